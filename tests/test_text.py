from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from signalwatch.extract.text import html_to_text


def test_html_to_text() -> None:
    assert html_to_text(
        "<p>Hello <b>world</b> &amp; co</p><script>alert('<p>x</p>')</script>"
        "<style>p{color:red}</style><ul><li>a</li><li>b</li></ul>"
    ) == "Hello world & co\na\nb"
    assert html_to_text("Plain &amp; simple") == "Plain & simple"
    assert html_to_text("  many   spaces\u00a0here ") == "many spaces here"
    assert html_to_text("<div>cut me</div>", limit=3) == "cut"
    assert html_to_text("") == ""
    assert html_to_text("a<br/>b") == "a\nb"


@given(st.text().filter(lambda t: "<" not in t))
def test_never_raises_and_has_no_tags_left_from_markup(text: str) -> None:
    out = html_to_text(text)
    assert isinstance(out, str)
    assert "<script" not in html_to_text(f"<script>{text}</script>ok")


_PIECES = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<br/>", "<br>", "<a href=\"https://x.example/?a=1&amp;b=2\">",
    "</a>", "<img src='i.png' alt=\"x\"/>", "<div class=x>", "</div>", "<li>", "<em>", "</em>",
    "Acme", " raises ", "$5M", "&amp;", "&lt;b&gt;", "&#8217;", "&nbsp;", "\n", "  ", "é",
    "<span data-x='1'>", "</span>", "<h2 >", "</h2>", "<P>", "</LI>", "<", ">", "&", "<!-- c -->",
    "<script>x</script>", "<style>y</style>", "<a title='a>b'>",
])


@given(st.lists(_PIECES, max_size=30))
def test_simple_markup_reads_as_the_tokenizer_reads_it(pieces: list[str]) -> None:
    """The fast reading of simple markup (issue #11) gives what html.parser gives."""
    from signalwatch.extract import text as module

    markup = "".join(pieces)
    parser = module._TextParser()
    parser.feed(markup)
    parser.close()
    assert html_to_text(markup) == module._fold("".join(parser.parts))
