"""Items -> signals, the pure core: :func:`signals_from_item` (funding and leadership in
one item, matched to an account), :func:`hiring_from_postings` (surges and senior roles),
and what makes two reports one event (:func:`dedupe_key`, :func:`same_event`,
:func:`merge_attributes`). No storage, no clock: ``stages/extract.py`` is the only caller
that reads and writes the store.
"""

from __future__ import annotations

import functools
import html
import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from ..match import (
    SPAN_EXACT,
    Matcher,
    common_words,
    composed,
    filter_confident,
    is_weak,
    normalise_name,
)
from ..types import IPO_FORMS, Evidence, Item, SignalIntent
from .caseless import Caseless
from .earnings import is_results_release, read_results, results_subject
from .events import find_events
from .funding import (
    NAME_WORDS,
    FundingCandidate,
    deal_cards,
    find_funding,
    named_subject,
    names_a_company,
    presale_told,
    reported,
    round_kind,
    round_named,
    roundup_rounds,
    token_sale,
)
from .gates import Words
from .hiring import HiringSettings, hiring_candidates, usual_postings
from .leadership import (
    ARRIVAL_WORDS,
    GROUP_NOUNS,
    HONORIFIC_WORDS,
    LeadershipCandidate,
    addressed_as_told,
    company_kept,
    group_move_told,
    listed_moves,
    members_named,
    people_named,
    person_name,
    roundup_moves,
    surname_first,
    titled_people,
    with_full_names,
)
from .money import Money, find_money
from .places import place
from .tech import DROP_DAYS, tech_changes
from .text import WIRE, article_text
from .titles import function, is_executive, level, seniority

#: (written to start with the space, so that re's search skips to the next space: the same
#: cuts as "(?<=[.!?])\s+(?=...)", a space run after a stop and before a capital)
_SENTENCE = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z\"“])")
#: How many sentences of a summary are read when the headline says nothing.
SUMMARY_SENTENCES = 3
#: How many sentences of a text are searched for the kind of a headline's round, told with
#: the headline's very figure.
_KIND_SENTENCES = 40


def sentences(item: Item) -> list[str]:
    """The headline first, then the summary's first sentences."""
    out = [html.unescape(item.title)] if item.title else []
    out += [s for s in _SENTENCE.split(unglued(item.summary or ""), maxsplit=SUMMARY_SENTENCES)
            [:SUMMARY_SENTENCES] if s]
    return out


#: A newsletter round-up: several companies' rounds in one item ("Funding Wire: 10 Deals",
#: "This week's funding roundup", "Who raised money this week", "Startup Digest: ...",
#: "This Week in European Tech", "Indian startups raised $171 Mn this week").
_ROUNDUP = Caseless(
    r"\b(?=[rfwdbstn])(?:round-?ups?|funding\s+(?:wire|recap|news|digest|report|galore)|"
    r"weekly\s+funding|startup\s+digest|digest:|this\s+week\s+in\s+(?:\w+\s+){0,2}tech|"
    r"(?:biggest|top)\s+(?:\w+\s+){0,3}(?:tech\s+)?(?:stories|deals|news|rounds)\s+(?:of\s+)?"
    r"(?:this|the)\s+week|"
    r"deals?\s+(?:for|worth|totall?ing)|who\s+raised|raised\s+this\s+week|biggest\s+"
    r"(?:rounds|raises|funding)|startups?\s+(?:that\s+)?raised|"
    r"startups\s+(?:raised?|secured?|bagged?|pulled\s+in)\s+(?:over\s+|more\s+than\s+)?"
    r"\S+\s+(?:\S+\s+)?(?:in\s+funding\s+)?(?:this|last)\s+week|"
    r"(?:startups?|funding)\s+[^.]{0,40}\b(?:this|last)\s+week\b|"
    # "Indian Startups Raise $3.1 Billion in Q1": startups, plural, raising is a sum of rounds
    r"the\s+week\s+that\s+was|week\s+in\s+review|weekly\s+(?:wrap|recap|digest)|"
    r"the\s+week\s+in\s+\w*tech\b|"
    r"startups\s+(?:collectively\s+)?(?:raise|raised|secure|secured|bag|bagged|attract|"
    r"attracted|pull|pulled|rake|raked)\b|raised\s+in\s+(?:\d+|seven|a)\s+(?:days|week))")
#: A newsletter's section of rounds, a heading on its own line ("New Fundings", "Massive
#: Fundings", ">> Notable and big funding rounds", "FUNDING NEWS", "Key Startup Funding
#: Deals Of This Week", "Venture Capital Deals"): the issue's round-ups.
_FUNDING_SECTION = re.compile(
    r"(?im)^[^\w\n]{0,8}(?:(?:new|massive|smaller|big|bigger|notable|biggest|top|key|other)\s+"
    r"(?:and\s+big\s+|but\s+not\s+crazy\s+big\s+)?)?(?:[\w\-]+\s+){0,2}"
    r"(?:fundings|funding\s+rounds|funding\s+news|funding\s+deals(?:\s+of\s+(?:this|the)\s+"
    r"week)?|venture\s+capital\s+deals|deals\s+of\s+the\s+week|noteworthy\s+deals)"
    r"[ \t]*:?[ \t]*$")
#: An amount of money in any form find_money reads ("$5M", "USD 200 million", "₹575 crore",
#: "Rs 50 cr"): counted cheaply (every item is tested).
_AMOUNT_SIGN = re.compile(r"[$€£₹]\s?\d")
_AMOUNT_WORD = re.compile(r"\b(?:USD|INR|EUR|GBP|Rs\.?)\s?\d|\d\s?(?:crore|cr|lakh)\b|"
                          r"\d\s?(?:million|billion|mn|bn)\s+(?:USD|EUR|GBP|INR)\b")


def _three_amounts(text: str) -> bool:
    """Whether a text names at least three amounts of money (signs first: cheapest)."""
    signs = 0
    for _ in _AMOUNT_SIGN.finditer(text):
        signs += 1
        if signs == 3:
            return True
    if not any(w in text for w in ("USD", "INR", "EUR", "GBP", "Rs", "crore", "lakh")):
        return False
    for _ in _AMOUNT_WORD.finditer(text):
        signs += 1
        if signs == 3:
            return True
    return False
#: Words such a heading holds: tried first (one cheap search of every item's text).
SECTION_WORDS = Caseless(r"fundings|funding\s+(?:rounds|news|deals)|capital\s+deals|"
                           r"deals\s+of\s+the\s+week|noteworthy\s+deals")
_CLAUSE = re.compile(r"(?<=[.!?;•·])\s+|\s+[•·|]\s+|\n+|\s+(?=(?:News|Website):)|"
                     # a brief's sentence run into the next: "... its network of African
                     # .Leigh Hollywood has been appointed"
                     r"\s\.(?=[A-Z][a-z])")
#: Sentences a page glued together: "... an investor relations-focused appointment.Earlier
#: this week, Celsius announced" (a word in small letters, its stop, a capital: not "U.S.",
#: "Dr.Roe", "Gourd.com", nor a name "Spore.Bio", "Data.World", "inDrive.Money").
_GLUED_STOP = re.compile(r"(?<![\w.@/\-])([a-z][a-z\-]*[a-z][.!?])(?=[A-Z][a-z])")
#: Its cheap sign, a full stop between a small letter and a capital (the pattern opening
#: with the stop itself is searched twenty times faster than one opening with a letter).
_GLUED_GATE = re.compile(r"\.(?=[A-Z])(?<=[a-z]\.)")


def unglued(text: str) -> str:
    """``text`` with a space after each stop a page glued to the next sentence (see
    _GLUED_STOP; its cheap sign first)."""
    return _GLUED_STOP.sub(r"\1 ", text) if _GLUED_GATE.search(text) else text


#: A clause cut after a middle initial: "... retiring CEO Richard A." then "Johnson, who" (a
#: nickname in brackets between: "Robert (“Bobby”) J." then "Long as CFO").
_ENDS_WITH_INITIAL = re.compile(r"\b(?-i:[A-Z])[a-z]+(?:\s+\([^()]{1,20}\))?\s+(?-i:[A-Z])\.$")
_SURNAME_GOES_ON = re.compile(r"^(?:\([^()]{1,20}\)\s+)?(?-i:[A-Z])[\w'’\-]+(?:,?\s+(?:Jr|Sr|II|"
                              r"III|IV)\b\.?)?(?:,|\.?$|\s+(?:"
                              r"will|has|had|is|was|who|and|joins|joined|takes|steps|said|says|"
                              r"left|leaves|resigned|retired|stepped|became|becomes|"
                              r"as|on|in|at|from|for|to|after|effective)\b)")
#: A list of people whose items a semicolon parts: "the departure of A, SVP of X; B, ...".
_LIST_OF_PEOPLE = re.compile(r"\b(?:departures?|exits?|resignations?|appointments?|"
                             r"additions?|(?:[Dd]eparting|[Oo]utgoing|[Nn]ew|[Ii]ncoming)\s+"
                             rf"(?:{'|'.join(GROUP_NOUNS)})(?:\s+coming\s+in)?|"
                             # ("These leaders include A, T; B, U": a group told before)
                             r"(?:These|Those)\s+(?:[\w\-]+\s+){0,2}?(?:"
                             rf"{'|'.join(GROUP_NOUNS)}|individuals))\s+(?:of|include)\s")
#: Where a clause never ends: after initials ("J.C. Penney"), "St." ("St. Mary's"), a month
#: before its day ("stepped down Nov. 19").
_NEVER_ENDS = re.compile(r"(?:\b(?-i:[A-Z])\.(?-i:[A-Z])\.|\bSt\.)$")
_MONTH_ENDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def _unwrapped(text: str) -> str:
    """A text whose sentences a page's layout broke over lines, each joined again: a line
    opening in lower case goes on the line before, a fragment of three words or fewer
    ending in lower case goes on with the next ("Miguel Patricio\nis replacing\nBernardo
    Hees\nat\nKraft Heinz"); a heading of its own ("Ficus CEO exits after a probe") stays."""
    lines: list[str] = []
    fragment = False
    for line in text.split("\n"):
        stripped = line.strip()
        if lines and stripped and (stripped[0].islower() or fragment):
            lines[-1] = f"{lines[-1]} {stripped}"
        else:
            lines.append(line)
        words = stripped.split()
        # (a fragment: three words or fewer, the last in lower case or a comma)
        fragment = 0 < len(words) <= 3 and stripped[-1] not in ".!?:;" and (
            words[-1][0].islower() or stripped[-1] == ",")
    return "\n".join(lines)


#: A company's legal form or a title's abbreviation a sentence goes on after ("Time Inc.
#: has tapped ...").
_GOES_ON_AFTER = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Dr|Mr|Ms|Mrs|Bros|Cos)\.$")


#: An honorific before a name: a clause never ends there ("has named Mr. David Ayanoglou"),
#: nor at an office's abbreviation before one ("has selected Fagan Harris, Gov. Wes Moore's
#: chief of staff, as its new president").
_HONORIFIC_ENDS = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Messrs|Gov|Sen|Rep|Gen|Lt|Col|Capt|Hon|"
                             r"Rev|Sgt|Adm)\.$")


#: Where a release's subheading runs into the sentence after it, no space between: a
#: lower-case letter or a closing bracket, then a capital ("... Strategic Expansion
#: MoveToobit is honoured", "Avenue Z MiamiBristol Jones has been named", "(CMO)Dr. Jane").
_RUN_IN = re.compile(rf"(?<=[a-z)])(?=(?:(?:{HONORIFIC_WORDS})\.\s+)?"
                     r"(?P<next>[A-Z][a-z]+(?:\s+[A-Z][\w'’\-]+)?))")
#: The word a run-in join is in ("MoveToobit", "(CMO)Dr."), and how far it is looked for
#: on either side of the join.
_GLUED_WORD = re.compile(r"\S+$")
_GLUED_CHARS = 40
#: The most joins of one clause tried.
_RUN_INS_TRIED = 8


def run_in_parts(clause: str, text: str) -> list[str]:
    """A clause of ``text`` cut where a subheading ran into its sentence: at a capital
    glued to the word before it whose words the clause already said as words of their own
    (the heading names the person or the company its sentence goes on with: "Bristol Jones
    Promoted to ... Avenue Z MiamiBristol Jones has been named"). A name written so
    ("SmartBear", "PayPal") recurs in its text, a join of two words does not: a glued word
    the text holds twice is not cut."""
    if (heading := _NAME_HEADING.match(clause)) and (again := re.compile(
            rf"\s(?=(?:(?:{HONORIFIC_WORDS})\.\s+)?{re.escape(heading.group('name'))}"
            r"(?:,|\s+(?-i:[a-z])))").search(clause, heading.end(),
                                            heading.end() + _HEADING_CHARS)):
        # "Dr. Jade Stinson Appointed Chief Science Officer Dr. Jade Stinson has been
        # appointed ...": a heading naming its person, its sentence naming them again
        return [clause[:again.start()].strip(), *run_in_parts(clause[again.end():], text)]
    if not _RUN_IN_GATE.search(clause):
        return [clause]
    cuts = []
    # (a few joins a clause: a text of thousands would be read in square time)
    for m in itertools.islice(_RUN_IN.finditer(clause), _RUN_INS_TRIED):
        said = m.group("next")
        glued = (_GLUED_WORD.search(clause, max(0, m.start() - _GLUED_CHARS), m.start())
                 or m).group(0) + clause[m.start():m.start() + _GLUED_CHARS].split(None, 1)[0]
        if len(said) >= 4 and text.count(glued) == 1 and re.search(
                rf"(?:^|[\s(“\"])(?:{re.escape(said)})\b", clause[:m.start()]):
            cuts.append(m.start())
    if not cuts:
        return [clause]
    return [clause[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(clause)], strict=True)]


#: A subheading that names a person and their move, headline style ("Youdy Sanon Appointed
#: Global Chief Marketing Officer"), and how far its sentence may be after it.
_NAME_HEADING = re.compile(rf"^(?:(?:{HONORIFIC_WORDS})\.\s+)?(?P<name>(?-i:[A-Z])[\w'’\-]+"
                           r"(?:\s+(?-i:[A-Z])[\w'’.\-]*){1,3})\s+(?:Appointed|Named|Promoted|"
                           r"Elevated|Joins|Hired|Tapped|Returns|Steps|Retires|Rejoins)\b")
_HEADING_CHARS = 160
#: A lower-case letter or a closing bracket glued to a capital (the cheap test first).
_RUN_IN_GATE = re.compile(r"[a-z)][A-Z]")


#: A clause whose first bracket closes one (opened in the clause before).
_CLOSES_FIRST = re.compile(r"^[^()]*\)")


def clauses_of(text: str) -> list[str]:
    """A text's clauses (sentences, list items, lines), a name's middle initial kept with
    the name ("Richard A. Johnson, who will remain chair" is one clause), as a company's
    legal form ("Time Inc. has tapped"), a line broken inside a sentence joined."""
    out: list[str] = []
    text = unglued(text)
    # (whether the last clause opens a list of people: searched once a clause, not again
    # each time an item of a long list joins it)
    listing = False
    for c in (c.strip() for c in _CLAUSE.split(_unwrapped(text) if "\n" in text else text)):
        if out and not listing and out[-1].endswith(";"):
            listing = _LIST_OF_PEOPLE.search(out[-1]) is not None
        # (the endings are searched in the last clause's tail: a clause a long list joined
        # item by item is not searched whole again at each item)
        tail = max(0, len(out[-1]) - _ENDING_CHARS) if out else 0
        if out and ((_ENDS_WITH_INITIAL.search(out[-1], tail) and _SURNAME_GOES_ON.match(c))
                    or (out[-1].endswith(";") and listing)
                    or ((c[:1].islower() or c[:1] in "(,")
                        and _GOES_ON_AFTER.search(out[-1], tail))
                    or _HONORIFIC_ENDS.search(out[-1], tail)
                    # ("(NYSE: TKR; www.x.com)": a bracket the next clause closes; not one
                    # a text never closed, which would join every clause after it)
                    or (out[-1].count("(") > out[-1].count(")") and _CLOSES_FIRST.match(c))
                    or _NEVER_ENDS.search(out[-1], tail)
                    or (c[:1].isdigit() and _MONTH_ENDS.search(out[-1], tail))):
            out[-1] = f"{out[-1]} {c}"
        else:
            out.append(c)
            listing = False
    return out


#: A release's defined term for its issuer, read as a move's company ("The Company would
#: like to welcome X as its new CFO").
_DEFINED_COMPANY = frozenset(("The Company", "the Company"))
#: How far from a clause's end its endings above are searched (each is a few words).
_ENDING_CHARS = 200


#: A clause that opens with its verb: the rest of the clause before (after a ";").
_VERB_FIRST = re.compile(r"^(?:raised|secured|closed|bagged|landed|received)\s")
#: A digest's headline lists its stories: "Startup Digest: A raises $5M, B acquires C & D".
_DIGEST_PARTS = re.compile(r",\s+|\s+&\s+|;\s+")


#: A round-up of people moves: "Retail appointments of the week", "CMO Moves Mid Dec
#: Update", "VC Comings and Goings", "Peoplewatch", "Movers and shakers".
_MOVES = Caseless(
    r"(?i)\b(?:appointments?\s+of\s+the\s+(?:week|month)|people\s+moves|(?:cmo|cfo|ceo|cto|cio|"
    r"executive|leadership|c-suite)\s+appointments|(?:cmo|cfo|ceo|cto|"
    r"c-suite|exec(?:utive)?|leadership|industry)\s+(?:moves|changes|shake-?ups?)|comings\s+and\s+"
    r"goings|peoplewatch|movers\s+(?:and|&)\s+shakers|who\s+moved|on\s+the\s+move|"
    r"(?:new\s+)?hires\s+(?:and|&)\s+(?:departures|promotions)|"
    # "20 Big Marketing Moves", "Executive Moves of the Week", "brands bring on new CMOs",
    # "Companies that changed CEOs", "The Great Reshuffle"
    r"(?:marketing|sales|tech|finance|hr|talent|people|c-suite)\s+moves|moves\s+of\s+the\s+"
    r"(?:week|month)|(?:bring|brings|bringing|name|names|naming|welcome|welcomes)\s+(?:on\s+)?"
    r"new\s+(?:ceo|cfo|cmo|cto|cio|coo|cro)s|changed\s+(?:their\s+)?(?:ceo|cfo|cmo|cto|cio)s|"
    r"(?:great|c-suite|leadership|executive|boardroom)\s+reshuffle|musical\s+chairs|"
    r"revolving\s+doors?|"
    # a column of news briefs, each its own story: "Global Briefs", "News in Brief"
    r"(?:global|world|business|industry|news|people)\s+briefs|news\s+in\s+brief)\b")


#: The words such a title needs, tested first as one plain alternation (cheap).
_MOVES_WORDS = Words(["appointment", "moves", "changes", "shake", "comings", "peoplewatch",
                      "movers", "who moved", "on the move", "hires ", "ceos", "cfos", "cmos",
                      "ctos", "cios", "coos", "cros", "reshuffle", "musical", "revolving",
                      "briefs", "in brief"])


#: A round-up's heading in capitals, a company then a person: "NIKE – JOHN DONAHOE".
_HEADING = re.compile(r"^(?P<company>[A-Z0-9][A-Z0-9&.'’\- ]{1,40}?)\s+[–—-]\s+"
                      r"[A-Z][A-Z .'’\-]{2,40}$")
#: An executive's title, as a text of people moves names them again and again (its words'
#: first letters first: the alternation is tried at few places).
_EXEC_TITLE = re.compile(r"\b(?=[CcVvPpHhESDdMm])(?:CEO|CFO|CMO|CTO|CIO|COO|CRO|CPO|CHRO|CCO|CDO|"
                         r"CSO|CISO|[Cc]hief\s+[A-Za-z]+\s+[Oo]fficer|[Cc]hief\s+[Ee]xecutive|"
                         r"(?:[Vv]ice\s+)?[Pp]resident|[Hh]ead\s+of|EVP|SVP|[Dd]irector\s+of|"
                         r"(?:[Cc]reative|[Mm]anaging|[Ee]xecutive)\s+[Dd]irector)s?\b")
#: A change of people: each move states one.
_CHANGE_WORD = Caseless(r"(?i)\b(?=[acdehijlnoprstw])(?:appointed|appointments?|named|hired|"
                        r"(?:conclude[sd]|complete[sd]|end(?:s|ed))\s+(?:his|her|their)\s+"
                        r"(?:service|tenure|term)|"
                        r"passing|passed\s+away|died|(?:shot\s+and\s+)?killed|"
                        r"hires|join|joins|outgoing|incoming|transition(?:s|ed|ing)?|"
                        r"joined|joining|promoted|promotions?|replace[sd]?|stepped\s+down|steps\s+down|"
                        r"stepping\s+down|(?:steps|stepped|stepping)\s+aside|assumes|assumed|"
                        r"leaving|(?:will|to)\s+leave|replacing|arrived|"
                        r"(?:is|was)\s+off\s+to|giving\s+up|move\s+on|brought\s+on|"
                        r"poach(?:ed|ing)|lured|luring|"
                        r"left|resign(?:ed|s|ation)|elevated|recruited|welcome[sd]?|exits?|"
                        r"departures?|succeed(?:s|ed|ing)?|retire[sd]?|takes\s+over|"
                        # ("Ryan Paterson will serve as chief executive officer": a post taken;
                        # not "will serve as the keynote speaker")
                        r"(?:will|to)\s+serve\s+as\s+(?:(?:its|the|our|their)\s+)?(?:new\s+|"
                        r"interim\s+)?(?:chief|ceo|cfo|coo|cto|cmo|cro|president))\b")


#: Words each change and each title above holds, in lower case: a text holding fewer of
#: them than a count asks holds fewer changes or titles (the patterns run only past this);
#: the change words also open the verbs the prose readers know ("appoints", "became"), a
#: clause without one states no move.
_CHANGE_STEMS = Words(["appoint", "name", "hire", "hiring", "join", "promot", "replac", "step",
                       "leaving", "leave", "left", "resign", "elevat", "recruit", "welcom",
                       "exit", "depart", "succeed", "retire", "take", "took", "tap", "becam",
                       "becom", "assum", "transition", "quit", "oust", "fired", "arrived",
                       "off", "giving", "move", "brought", "poach", "lur",
                       "serve", "hand", "resum", "return", "decid", "outgoing", "incoming",
                       "passing", "passed away", "conclude", "complete", "ended", "ends",
                       "died", "killed", *ARRIVAL_WORDS,
                       # (arrivals listed by their noun: "The new leaders coming in include")
                       "additions", "coming in", "new leaders", "new executives",
                       "new officers"],
                      word_start=True)
_TITLE_STEMS = Words(["ceo", "cfo", "cmo", "cto", "cio", "coo", "cro", "cpo", "chro", "cco",
                      "cdo", "cso", "ciso", "chief", "president", "vice", "head of", "evp",
                      "svp", "director", "creative", "managing", "executive"], word_start=True)


def _moves_told(text: str, titles: int, changes: int) -> bool:
    """Whether ``text`` names executives' titles ``titles`` times and changes of people
    ``changes`` times (up to 4 and 3: the counts the gates ask)."""
    found_titles, found_changes = _moves_counted(text)
    return found_titles >= titles and found_changes >= changes


@functools.lru_cache(maxsize=32)
def _moves_counted(text: str) -> tuple[int, int]:
    """How many executives' titles (up to 4) and changes of people (up to 3) ``text``
    names: the words first, in one pass each, then the patterns where the words allow
    (kept for the few texts an item is read in: both gates ask of the same summary)."""
    low = text.lower()
    titles = _TITLE_STEMS.count(low, 4)
    changes = _CHANGE_STEMS.count(low, 3) if titles else 0
    if not changes:  # (none without a title: not counted then)
        return 0, 0
    return (min(titles, sum(1 for _ in itertools.islice(_EXEC_TITLE.finditer(text), 4))),
            min(changes, sum(1 for _ in itertools.islice(_CHANGE_WORD.finditer(text), 3))))


def _many_moves(text: str) -> bool:
    """Whether a text reads as a list of people moves whatever its title: executives' titles
    four times or more and changes of people three times or more (counted cheaply; the
    round-up's reading then decides move by move)."""
    return _moves_told(text, 4, 3)


#: A business bought, then named by its buyer's name: "S3 will operate as Crush Software
#: Solutions LLC", "Gourd will be renamed Ficus".
_OPERATES_AS = re.compile(r"^[^,;]{2,60}?\s+(?:will\s+)?(?:(?:continue\s+to\s+)?operate|be\s+known|"
                          r"be\s+renamed|be\s+rebranded)\s+(?:as\s+)?(?P<name>(?-i:[A-Z])[\w&.\-]*"
                          r"(?:\s+(?-i:[A-Z])[\w&.\-]*){0,4})")
#: The company a clause speaks of: a name, maybe after words describing it, before its
#: verb ("US banking giant FIS is reportedly planning", "Ficus has pleaded guilty").
_CLAUSE_SUBJECT = re.compile(
    # (a name may open with a brand's lower-case prefix: "inGroup International LLC")
    r"^(?:[\w\-]+\s+){0,6}?(?P<name>(?-i:[A-Z]|[a-z]{1,3}[A-Z])[\w&.\-]*"
    r"(?:\s+(?-i:[A-Z])[\w&.\-]*){0,3})"
    # (a release's subject: its legal form, its listings, a long appositive before "today
    # announced": "D-Wave Quantum Inc. (NYSE: QBTS) (“D-Wave”), a leader in ..., and ...,
    # today announced")
    r"(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co|PLC)\.?)?(?:\s*\([^()]{1,60}\)){0,3}"
    r"(?:,[^,]{2,80},|,[^;]{2,240}?,(?=\s+today\s+announce))?\s+(?:today\s+)?"
    r"(?:is|are|has|have|was|were|will|said|says|announced|announces|reportedly|"
    r"agreed|plans|pleaded)\b")


#: A succeeded executive who stays one: "Sijbrandij will transition to executive chair"
#: (no move of their own: the successor's is the change; a teaser may cut the words).
_TO_EXECUTIVE_CHAIR = re.compile(r"\s+(?:will\s+)?(?:transition|move|become|serve|remain)\w*"
                                 r"\s+(?:to|as|into)?\s*(?:the\s+(?:role\s+of\s+)?|an?\s+)?"
                                 r"execut", re.IGNORECASE)


def _stays_executive(move: SignalIntent, text: str) -> bool:
    """Whether a departure's person, the text says, moves on to the executive chair."""
    person = str(move.attributes.get("person") or "")
    if move.attributes.get("change") != "departed" or not person or "xecut" not in text:
        return False
    surname = person.split()[-1]
    return any(_TO_EXECUTIVE_CHAIR.match(text, m.end())
               for m in re.finditer(re.escape(surname), text))


#: What a release says of someone already at the company it names them to a post of (the
#: company as ``at``, compared with the move's account): "the promotion of X", "X has been
#: promoted", "Since joining Ficus in 2021, X ...", "X joined Ficus in 2018 as Head of
#: Marketing", "X, who previously served as Ficus's CFO", "X previously served as Senior Vice
#: President, Public Policy at Ficus", "X has spent over 20 years at Ficus". ``{name}`` and
#: ``{surname}`` are the person's.
_AT = (r"(?P<at>the\s+(?:company|firm|organization|agency|bank|group)|"
       r"(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){0,3})")
_ALREADY_THERE = (  # (each with a word the text must hold before its pattern is tried)
    ("promotion", r"\bpromotion\s+of\s+(?:[\w\-]+\s+){0,3}?{name}\b"),
    ("promoted", r"\b{surname}\b[^.]{0,40}?\bhas\s+been\s+promoted\b"),
    ("promotion", r"\b(?:his|her|their)\s+promotion\b[^.]{0,60}?\b{surname}\b"),
    ("since joining", r"\bsince\s+joining\s+" + _AT + r"\b[^.]{0,80}?\b{surname}\b"),
    ("joined", r"\b{surname}\s+(?:first\s+)?joined\s+" + _AT + r"(?:\s+as\s+[^.]{0,60}?)?"
     r"\s+in\s+(?:\w+\s+(?:of\s+)?)?(?P<year>(?:19|20)\d\d)\b"),
    ("serve", r"\b{surname},?\s+who\s+(?:previously|most\s+recently|currently)\s+serve[sd]\s+"
     r"as\s+" + _AT + r"['’]s\s"),
    ("served", r"\b{surname}\s+(?:previously|most\s+recently)\s+served\s+as\s+[^.;]{2,80}?"
     r"\s+(?:at|of|for|with)\s+" + _AT + r"(?:\s*[.,;]|\s+and\s)"),
    ("spent", r"\b{surname}\s+has\s+spent\s+[^.]{0,30}?\s+(?:at|with)\s+" + _AT + r"\b"),
    # an interim made permanent: "X, who has served as interim CEO since May", "Interim
    # CEO X has been named"
    ("interim", r"\b{surname}\b[^.]{0,40}?\b(?:has\s+(?:been\s+)?serv(?:ed|ing)|had\s+been\s+"
     r"serving|was\s+(?:named|appointed))\s+as\s+(?:the\s+(?:company['’]s\s+)?|its\s+)?interim\b"),
    ("interim", r"\binterim\s+[\w\s&,]{2,60}?\b{name}\b(?!\s+as\s+interim)"),
    # the company's own rank before the name: "AWS VP Kathrin Renz will serve as managing
    # director of AWS' German corporate parent"
    ("vp", _AT + r"['’]?s?\s+(?:[SE])?VP\b[^.,;]{0,40}?\b{name}\b"),
    ("vice president", _AT + r"['’]?s?\s+(?:Senior\s+|Executive\s+)?Vice\s+President\b"
     r"[^.,;]{0,40}?\b{name}\b"),
)


def _as_promotion(move: SignalIntent, text: str, matcher: Matcher, floor: float,
                  alone: bool = False) -> SignalIntent:
    """A hire the text says was already at the company (see _ALREADY_THERE) is a promotion:
    a join in a year before the news's own, a post held there, since joining; a join told
    in the year of the news itself is the news. ``alone``: the text's only hire, whom "he"
    or "she" may stand for ("He joined Ficus UK in 2018 as Head of Marketing")."""
    person = str(move.attributes["person"])
    surname = person.split()[-1]
    if surname not in text:
        return move
    if alone:
        surname = f"(?:{re.escape(surname)}|(?-i:He|She))"
    low = text.lower()
    interim = "interim" in str(move.attributes.get("title") or "").lower()
    for word, form in _ALREADY_THERE:
        if word not in low or (interim and word == "interim"):
            continue  # (an interim's own appointment is the news, no interim made permanent)
        pattern = re.compile(form.replace("{name}", re.escape(person)).replace(
            "{surname}", surname if alone else re.escape(surname)), re.IGNORECASE)
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if (told := groups.get("year")) and int(told) >= move.occurred_at.year:
                continue  # ("joined Ficus in 2025 as CFO", in 2025's news: the join itself)
            at = groups.get("at") or ""
            if at and not at.lower().startswith("the ") and not _is_account(
                    at, move.account_id, text, matcher, floor):
                continue  # (another company: "previously served as CFO at Gourd")
            return replace(move, attributes={**move.attributes, "change": "promoted"})
    return move


def _is_account(name: str, account_id: str, text: str, matcher: Matcher, floor: float) -> bool:
    """Whether ``name`` is the account, itself or as the short name the text defines for it
    ("Arts Consulting Group (ACG)", then "joined ACG in 2021")."""
    for said in (name, short_names_in(text).get(normalise_name(name), "")):
        if said and (match := filter_confident(matcher.resolve(subject=said), floor)) and \
                match.account_id == account_id:
            return True
    return False


#: Words a hire's news uses to tell whom the hire succeeds (a departure the first statement
#: left untold).
_SUCCESSION_WORDS = Words(["succeed", "replac", "step down", "stepping down", "retir",
                           "resign", "transition", "depart"], word_start=True)
#: A clause whose subject is a pronoun, then a succession: "He will replace Z, who ...".
_HE_SUCCEEDS = re.compile(r"^(?:He|She)\s+(?P<verb>will\s+replace|replaces|will\s+succeed|"
                          r"succeeds|is\s+replacing|is\s+succeeding|takes\s+the\s+(?:seat|"
                          r"place)\s+of)\s+")
#: A title's unit after it: "of Industrial Motion", ", Reinforcement Materials Segment",
#: "of the BRAINBiocatalysts' enzyme products business".
_UNIT_OF = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+|its\s+)?|,\s+)(?-i:[A-Z]).*$|"
                      r"\s+(?:of|for)\s+(?:the|its)\s+.*$")
#: "new" before a hire's title, no part of the title the one before leaves.
_NEW_TITLE = re.compile(r"(?i)^(?:its\s+)?new\s+")
#: What follows a person's surname (or first name) told again before the verb: ", who most
#: recently served as vice president of operations," or ", a German national," (between
#: commas) or nothing.
_NAMED_AGAIN = re.compile(
    r"^(?:,\s+(?:who\s+)?[^,]{2,160},)?\s+(?:(?:will\s+join|(?:recently\s+)?joined|joins)\s+"
    r"[^,;]{2,60}?\s+(?:and|to)\s+(?=succeed\s|replace\s))?(?=(?:will\s+)?(?:replace|succeed|"
    r"is\s+replacing|"
    r"is\s+succeeding|takes\s+(?:over|the\s+helm|the\s+reins)\s+as\s))")
#: A nickname quoted inside a person's name: 'Edmund "Ted" Doering' (leadership's _NICKNAME
#: is one in brackets, "Sherilyn S. (Sheri) McCoy", cut from a sentence).
_QUOTED_NICKNAME = re.compile(r"\s[\"“]([A-Z][\w\-]+)[\"”]\s")


def _called_again(person: str) -> tuple[str, ...]:
    """The words a text may call a person by again, in the order tried: the surname, the
    first name (three letters or more), a nickname the name quotes ('Edmund "Ted" Doering',
    then "Ted recently joined ...")."""
    words = person.split()
    nick = _QUOTED_NICKNAME.search(person)
    return (words[-1], *([words[0]] if len(words[0]) > 2 else []),
            *([nick.group(1)] if nick else []))


#: The successor taking over as the one before leaves: "Carr takes the helm as Carey Boethel
#: departs to pursue ..." (read as "He succeeds Carey Boethel, who departs ...").
_TAKES_OVER_AS_LEAVES = re.compile(
    r"^(?:He|She)\s+(?:takes|will\s+take)\s+(?:over|the\s+helm|the\s+reins)\s+as\s+"
    r"(?P<person>[A-Z][\w'’\-.]+(?:\s+(?:[A-Z][\w'’\-.]+|d[aei]|v[ao]n|de\s+la|van\s+der)){1,3})"
    r"\s+(?P<rest>(?:departs|retires|steps\s+down|leaves|exits)\b.*)$")
#: The one before told by their leaving, untitled, after a hire: "This milestone completes
#: the succession plan ... following the retirement of Tim di Maulo at the end of 2025"
#: (the hire's title is the one left).
_LEAVING_OF_UNTITLED = re.compile(
    r"\b(?:following|after|upon|with|on)\s+the\s+(?:retirement|departure|resignation)\s+of\s+"
    r"(?=[A-Z][\w'’\-.]+(?:\s+(?:[A-Z][\w'’\-.]+|d[aei]|v[ao]n)){1,3}"
    r"(?:\s+(?:at|on|in|after|earlier|last|this|from)\b|\s*[.;]|$))")
#: A title opening what follows the verb: "former CEO Nick Shepherd", "current CEO X".
_TITLE_FIRST = re.compile(r"(?i)^(?:(?:former|current|outgoing|retiring|longtime|interim)\s+)?"
                          r"(?:CEO|CFO|COO|CTO|CMO|CRO|CIO|chief|president|vice|head|"
                          r"[a-z]+\s+(?:officer|director|president))\b")
#: A company named by its possessive before an executive: "Uber’s longtime executive".
_OWNER_SPOKEN = re.compile(r"(?<![\w.])(?P<name>(?-i:[A-Z])[\w&.\-]*(?:\s+(?-i:[A-Z])[\w&.\-]*)"
                           r"{0,2})['’]s\s+(?:(?:longtime|long-time|former|new|top|chief|"
                           r"current|outgoing|incoming)\s+)?(?:executive|exec|ceo|cfo|coo|cto|"
                           r"cmo|cio|cro|president|founder|co-founder|head|chief|marketer|"
                           r"leader)\b", re.IGNORECASE)
#: A place and a dash before a text's first sentence: "Plano, Texas—".
_PLACE_DASH = re.compile(r"^[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
                         r"\s*[—–]\s*(?=[A-Z])")
#: A line that is a name alone: a section's heading, whose company the lines after speak of.
_NAME_ALONE = re.compile(r"^(?P<name>(?-i:[A-Z])[\w&.\-]*(?:\s+(?-i:[A-Z])[\w&.\-]*){0,2})$")


#: A headline that announces a change of leaders in general words ("ESGold Announces
#: Leadership Transition as ...", "Clinilabs Expands Executive Leadership Team", "H&CO
#: Announces Key Leadership Appointments"): its text names them, once each (read as
#: moves_in_prose's).
_CHANGE_ANNOUNCED = re.compile(
    r"(?i)\b(?:leadership|executive|management|ceo|cfo)\s+(?:transitions?|changes?|"
    r"succession)\b|"
    r"\b(?:expand(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|bolster(?:s|ed|ing)?|grows?|"
    r"builds?\s+out|adds?\s+to|enhances?|deepens?|reinforces?)\s+(?:its\s+|the\s+|their\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:leadership|executive|management)\s+(?:team|bench|ranks)\b|"
    r"\b(?:leadership|executive|management)\s+(?:appointments|promotions|hires|additions)\b")
#: The words every headline _CHANGE_ANNOUNCED reads holds one of.
_CHANGE_ANNOUNCED_WORDS = Words(("transition", "change", "succession", "team", "bench",
                                 "ranks", "appointments", "promotions", "hires", "additions"))


def changes_announced(title: str) -> bool:
    """Whether a headline announces a change of leaders in general words (its words
    tested first: this asks of every item's headline, and few hold any)."""
    return _CHANGE_ANNOUNCED_WORDS.any(title.lower()) and \
        _CHANGE_ANNOUNCED.search(title) is not None


def moves_in_prose(text: str) -> bool:
    """Whether a text may tell people moves past its first statement: an executive's title
    and a change of people (counted cheaply; each clause then decides, and only a clause
    that names its person is read: a release about other news may tell one move in its
    fifth paragraph, "Matthew Ashley, Chief Medical Officer, joined the Executive
    Leadership Team")."""
    return len(text) >= 200 and _moves_told(text, 1, 1)


def is_moves_title(title: str) -> bool:
    """Whether a headline announces a round-up of people moves (its words tested first)."""
    return bool(title) and _MOVES_WORDS.any(title.lower()) and _MOVES.search(title) is not None


#: Words every round-up title the pattern reads holds one of (a gate: most titles hold none).
_ROUNDUP_WORDS = Words(["round", "funding", "digest", "week", "deal", "raise", "startup"])


def is_roundup_title(title: str) -> bool:
    """Whether a headline announces a round-up of several companies' rounds."""
    return bool(title) and _ROUNDUP_WORDS.any(title.lower()) and \
        _ROUNDUP.holds(title)


def has_funding_section(text: str) -> bool:
    """Whether a text holds a newsletter's section of rounds (a heading of its own)."""
    return ("unding" in text or "UNDING" in text or "eals" in text or "EALS" in text) and \
        SECTION_WORDS.holds(text) and _FUNDING_SECTION.search(text) is not None


def roundup_clauses(item: Item, roundup_title: bool | None = None) -> list[str]:
    """Every clause of a round-up's text, each read on its own (one round per company);
    a digest's headline gives one clause per story it lists. A text is a round-up by its
    title, a section of rounds, or three amounts of money (in any of the forms
    find_money reads: "$5M", "USD 200 million", "Rs 530 crore"). ``roundup_title``: whether
    the title is a round-up's, if the caller asked already."""
    summary = item.summary or ""
    title = item.title or ""
    if roundup_title is None:
        roundup_title = is_roundup_title(title)
    if not roundup_title and not is_moves_title(title) and (
            len(summary) < 200 or (not _three_amounts(summary)
                                   and not has_funding_section(summary)
                                   and not _many_moves(summary))):
        return []
    clauses: list[str] = []
    for c in clauses_of(summary):
        if clauses and _VERB_FIRST.match(c):
            clauses[-1] = f"{clauses[-1]} {c}"  # "...; raised $2.6m in their seed round"
        elif len(c) > 12:
            clauses.append(c)
    if ":" in title and roundup_title:
        head, stories = title.split(":", 1)
        # "From A To B: ...": the headline whole (its first and last rounds); a digest's
        # stories each a clause
        clauses = ([title] if head.startswith("From ") else [
            p.strip() for p in _DIGEST_PARTS.split(stories) if len(p.strip()) > 12]) + clauses
    return clauses


def _evidence(item: Item, sentence: str) -> Evidence:
    return Evidence(url=item.url, title=item.title, sentence=sentence, source=item.source,
                    published=item.published)


def _funding_attrs(c: FundingCandidate, rates: Mapping[str, float]) -> dict[str, Any]:
    usd = None
    if c.amount is not None and c.currency is not None and c.currency in rates:
        usd = round(c.amount * rates[c.currency], 2)
    return {"round": c.round, "amount": c.amount, "currency": c.currency, "amount_usd": usd,
            "investors": list(c.investors)}


def _leadership_attrs(c: LeadershipCandidate) -> dict[str, Any]:
    return {"person": c.person, "title": c.title, "function": c.function,
            "seniority": c.seniority, "change": c.change}


def _intent(kind: str, account_id: str, confidence: float, attrs: dict[str, Any],
            item: Item, sentence: str, now: datetime, matched: str | None = None
            ) -> SignalIntent:
    return SignalIntent(
        kind=kind, account_id=account_id, occurred_at=item.published or item.first_seen,
        detected_at=now, confidence=round(confidence, 3), attributes=attrs,
        evidence=(_evidence(item, sentence),), dedupe_key=dedupe_key(kind, account_id, attrs),
        item_ids=(item.id,) if item.id else (), history=item.history,
        # what matched the account, so a rep's "wrong company" can rule it out (issue #14)
        matched=matched,
    )


#: A rumour's confidence is its match's times this: under any sensible alerting floor
#: (``matching.confidence_floor``), so it shows in digests and never alerts on its own.
RUMOUR_FACTOR = 0.5


def _unnamed_move(moves: Sequence[SignalIntent], sig: SignalIntent,
                  named: bool = False) -> int | None:
    """Where in ``moves`` the same account's move without a person stands, of the same
    change, function and rank as ``sig`` (which names its person): the same move, told again
    ("its CEO is stepping down", then "X, its CMO, will leave": two moves). ``named``: the
    other way round, where a move naming its person stands that ``sig`` (naming no one)
    tells again ("the appointment of X as CEO", then "said X, newly appointed CEO")."""
    return next((i for i, o in enumerate(moves) if o.account_id == sig.account_id
                 and bool(o.attributes.get("person")) is named
                 and o.attributes.get("change") == sig.attributes.get("change")
                 and o.attributes.get("function") == sig.attributes.get("function")
                 and o.attributes.get("seniority") == sig.attributes.get("seniority")), None)


#: A company's short name defined in a text: "Deep Market Making (Deep MM)", "Healthcare
#: Triangle, Inc. (Nasdaq: HCTI) (“HCTI” or the "Company")", "International Assets Advisory
#: (IAA)".
_SHORT_NAME = re.compile(
    r"\(\s*[“\"']?(?P<short>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})[”\"']?"
    r"(?:\s+or\s+(?:the\s+)?[“\"']?Company[”\"']?)?\s*\)")
#: The name right before a short name's brackets (a ticker's brackets between them allowed;
#: a mark after the name: "Vast Coworking Group™ (Vast)").
_NAME_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w.&\-]*(?:\s+(?:&\s+)?[A-Z][\w.&\-]*){0,5}?)[™®©℠]?"
    r"(?:,?\s+(?:Inc|LLC|Ltd|Corp)\.?)?"
    r"(?:\s*\([A-Za-z ]{2,20}:\s*[A-Z.]{1,8}\))?\s*$")


#: A title's last words naming what it is "of": "Vice President of Vast" (see
#: company_in_title in _signals_read).
_OF_NAME_AT_END = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w&.'’\-]*"
                             r"(?:\s+(?-i:[A-Z])[\w&.'’\-]*){0,3})$")


#: A listing in brackets: "(OTCQB: ONEI)", "(TSXV: ABC; OTCQB: ABCDF)"; each ticker is a
#: short name the text may call the company by ("ONEI also appointed ...").
_LISTING_BRACKETS = re.compile(r"\((?P<inside>[A-Za-z][A-Za-z \-]{1,20}:\s*[A-Z][^()]{0,40})\)")
#: A sentence's end inside the capitalised words before a short name ("News. Ficus"; not
#: "J.P. Morgan", "Co. Ltd").
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{2})\.\s+")
_TICKER_IN = re.compile(r"(?:^|[;,/|]\s*)[A-Za-z][A-Za-z \-]{1,20}:\s*(?P<short>[A-Z]{2,6})"
                        r"(?=[\s.;,/|]|$)")


def short_names_in(text: str) -> dict[str, str]:
    """The short names a text defines for companies, normalised, each to the full name
    ("deep mm" -> "Deep Market Making"): a short name starting with the name's first
    letter, in brackets right after it (a ticker's brackets between them allowed), or a
    ticker so starting in a listing's brackets right after it ("OneMeta Inc. (OTCQB:
    ONEI)")."""
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    found: list[tuple[int, tuple[str, ...]]] = [
        (m.start(), (m.group("short"),)) for m in _SHORT_NAME.finditer(text)]
    found += [(m.start(), tuple(t.group("short") for t in _TICKER_IN.finditer(
        m.group("inside")))) for m in _LISTING_BRACKETS.finditer(text)]
    for at, shorts in sorted(found):
        if not (before := _NAME_BEFORE.search(text, max(0, at - 120), at)):
            continue
        # (the name's words run on from the sentence before: "News. Ficus Metals Inc.")
        name = _SENTENCE_END_IN_NAME.split(before.group("name"))[-1]
        for short in shorts:
            if short[0] == name[0] and short != name and \
                    short.lower() not in ("company", "the"):
                out.setdefault(normalise_name(short), name)
    return out


def _office_of(company: str) -> str | None:
    """The company whose office a name gives by its city ("JLL Phoenix", "CBRE Dallas"):
    the name without a last word (or two) that is a place; None for any other name."""
    words = company.split()
    for n in (2, 1):
        if len(words) > n and words[-n][:1].isupper() and place(" ".join(words[-n:])) and \
                words[-n - 1].lower() not in ("of", "in", "at", "de", "and", "&"):
            return " ".join(words[:-n])
    return None


def _headline_into(moves: list[SignalIntent], moved: set[tuple[str, str]],
                   found: Sequence[LeadershipCandidate], named: Any, title: str) -> None:
    """The moves a headline states, into ``moves`` (once per account and person)."""
    rumour = reported(title)
    for c in found:
        sig = named("leadership", c.company, _leadership_attrs(c), rumour, title) \
            if c.company else None
        if sig is not None and (key := (sig.account_id, _mover(c.person))) not in moved:
            moved.add(key)
            moves.append(sig)


#: Capitalised words after a name, as far as a fuller name can go ("Surf Air" -> "Surf Air
#: Mobility Inc.").
_MORE_NAME = re.compile(r"(?:\s+(?:[A-Z][\w&\-]*\.?)){1,2}")
#: A capital inside a word: a name however its letters spell ("RepAir").
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
#: A letter and a digit in one word: a name ("G6", "3M").
_LETTER_AND_DIGIT = re.compile(r"\b(?:[A-Za-z]+\d|\d+[A-Za-z])\w*\b")


def fuller_names(subject: str, text: str) -> list[str]:
    """Names the text writes at least twice, or once to open the headline or a sentence,
    that begin with ``subject`` and go on ("Surf Air" in a release that writes "Surf Air
    Mobility" throughout; "RepAir Carbon is making ..." over "RepAir recently raised ..."),
    shortest first: a text's short form of the company it names in full. Only a subject
    that reads as a name (capitalised, at most four words, not one weak word)."""
    subject = subject.strip(" ,.;:")
    if not subject[:1].isupper() or text.count(subject) < 2 or len(subject.split()) > 4:
        return []
    # a common word ("Agave") is a short form only of a name that opens the headline or a
    # sentence ("Agave Games, the creator of Find the Cat, ..."); a word with a capital
    # inside ("RepAir") is a name, whatever its letters spell
    # (so is one with a digit among its letters: "G6")
    weak = is_weak(normalise_name(subject)) and not _INNER_CAPITAL.search(subject) and \
        not _LETTER_AND_DIGIT.search(subject)
    out: list[str] = []
    at = text.find(subject)
    while at >= 0 and len(out) < 4:
        end = at + len(subject)
        if (at == 0 or not text[at - 1].isalnum()) and (more := _MORE_NAME.match(text, end)):
            words = more.group(0).split()
            for n in range(1, len(words) + 1):
                full = " ".join((subject, *words[:n])).rstrip(".")
                opens = text.startswith(full) or f"\n{full}" in text or f". {full}" in text
                if full not in out and (opens or (text.count(full) >= 2 and not weak)):
                    out.append(full)
        at = text.find(subject, end)
    return sorted(out, key=len)


#: A company's web suffix after its name: "AuraChat.ai", "Monday.com".
_WEB_SUFFIX = re.compile(r"(?i)(?<=\w)\.(?:ai|io|com|co|app|xyz|net|org|tech)$")
#: A bracket in a subject: "D-Wave (NYSE: QBTS)" is the short name "D-Wave" with its listing.
_IN_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)")
#: A word of a name, as _SPELLED_NAME splits it.
_WORD_AT = re.compile(r"[^\s]+")
#: A name of two to six capitalised words, the words an acronym may skip between them.
_SPELLED_NAME = re.compile(r"\b(?-i:[A-Z])[\w\-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?"
                           r"(?-i:[A-Z])[\w\-]*){1,5}")


#: A short form of a name's first word and its other words' initials: "tick-TS".
_WORD_AND_INITIALS = re.compile(r"(?P<word>[A-Za-z][a-z]{1,15})-(?P<initials>[A-Z]{2,5})")
#: A company's legal form after its name: " AG", " Inc.", ", LLC".
_LEGAL_AFTER = re.compile(r",?\s+(?:AG|SE|GmbH|Inc|LLC|Ltd|Corp|plc|PLC|NV|BV|SA|AB|ASA|Oy)"
                          r"\.?$")


def acronym_names(subject: str, text: str) -> list[str]:
    """The names the text writes whose words' initials spell ``subject`` (an acronym of two
    to six capitals: "SACP" in a release that writes "Second Avenue Capital Partners"; or
    a name's first word, a hyphen and its other words' initials, a legal form after it
    allowed: "tick-TS AG" in one that writes "tick Trading Software AG"), each once, in the
    text's order."""
    subject = subject.strip(" ,.;:")
    if "-" in subject and (short := _WORD_AND_INITIALS.fullmatch(
            _LEGAL_AFTER.sub("", subject))) is not None:
        # "tick-TS AG" in a release that writes "tick Trading Software AG": a name's first
        # word, then its other words' initials
        form = re.compile(rf"(?<![\w\-]){re.escape(short.group('word'))}" + "".join(
            rf"\s+{c}[\w\-]*" for c in short.group("initials")) + r"(?![\w\-])")
        return list(dict.fromkeys(m.group(0) for m in form.finditer(text)))
    if not (2 <= len(subject) <= 6 and subject.isalpha() and subject.isupper()) or \
            subject[0] not in text:
        return []
    out: list[str] = []
    for m in _SPELLED_NAME.finditer(text):
        # (the name's capitalised words with where each stands: the name runs from the
        # first spelling word to the last, the small words between kept)
        words = [w for w in _WORD_AT.finditer(text, m.start(), m.end())
                 if w.group(0)[:1].isupper()]
        for start in range(len(words) - len(subject) + 1):
            spelled = words[start:start + len(subject)]
            if "".join(w.group(0)[0] for w in spelled) == subject and (
                    name := text[spelled[0].start():spelled[-1].end()]) not in out:
                out.append(name)
    return out


#: A release's headline that opens with its issuer and a verb of its news: "R. STAHL
#: Preparing Gradual Leadership Transition", "Trident Zoetic Strengthens Global Leadership
#: Team", "Krasdale Foods Announces New Appointments".
_ISSUER_FIRST = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){0,3}?)"
    r"(?:\s+\([^()]{1,40}\))?\s+(?-i:Announces|Appoints|Names|Promotes|Strengthens|Expands|"
    r"Adds|Welcomes|Unveils|Prepares|Preparing|Bolsters|Builds|Elevates|Hires|Taps|Reviews|"
    r"Enhances|Grows|Completes|Confirms|Reports)\b")


#: A release's first sentence, its company announcing: "EHC, Inc., a trailblazer in the
#: construction industry ..., is excited to announce", "Ficus (NYSE: FCS) today announced".
_ANNOUNCER_FIRST = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){0,4}?)"
    r"(?:,?\s+(?:Inc|LLC|Ltd|Corp|Corporation|Co|plc|PLC)\.?)?(?:\s*\([^()]{1,60}\))*"
    r"(?:,\s+[^;]{3,200}?,)?\s+(?:today\s+|has\s+)?(?:announced|announces|is\s+(?:\w+\s+)?"
    r"(?:excited|pleased|proud|thrilled|delighted|honou?red)\s+to\s+announce)\b")


#: A headline of a company's executive speaking for it: "Galaxy Gaming CEO Matt Reback
#: Discusses Q1 Financial Success", "Altiplano Metals CEO Discusses Expansion Plans".
_EXECUTIVE_SPEAKS = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){0,3}?)\s+"
    r"(?-i:CEO|CFO|President|Chairman|Founder)\s+(?:(?-i:[A-Z])[\w.'’\-]*\s+){0,3}"
    r"(?-i:Discusses|Shares|Provides|Outlines|Highlights|Talks|Reviews|Explains|Updates|"
    r"Details|Says|Reflects)\b")


def _issuer(title: str, text: str = "") -> str:
    """The company a release's headline opens with (see _ISSUER_FIRST) or whose executive
    it says speaks (_EXECUTIVE_SPEAKS); where the headline names none, the company its
    ``text`` opens announcing (_ANNOUNCER_FIRST); "" if none."""
    headline = WIRE.sub("", title)
    m = _ISSUER_FIRST.match(headline) or _EXECUTIVE_SPEAKS.match(headline) or \
        _ANNOUNCER_FIRST.match(text[:400])
    return m.group("name") if m else ""


#: A move's title that names a group, no one role: "senior executives", "exec", "leaders".
_GROUP_TITLE = re.compile(r"(?i)^(?:(?:top|senior|new|key|two|three|several)\s+)*"
                          r"(?:execs?|executives?|leaders?|leadership|management)\b")


def _without_moves_told_twice(found: list[SignalIntent]) -> list[SignalIntent]:
    """``found`` less the unnamed moves the item names the people of: "announce two
    significant additions to its executive team", then each named. An unnamed move of a
    group's title, or of a named move's function and change at its account, is theirs,
    told twice (not "its chief executive is stepping down" beside a CMO who leaves)."""
    named = {(o.account_id, o.attributes.get("change"), o.attributes.get("function"))
             for o in found if o.kind == "leadership" and o.attributes.get("person")}
    if not named:
        return found
    changed = {(account, change) for account, change, _ in named}
    return [o for o in found if not (
        o.kind == "leadership" and not o.attributes.get("person")
        and (o.account_id, o.attributes.get("change")) in changed
        and (_GROUP_TITLE.match(str(o.attributes.get("title") or "")) or (
            o.attributes.get("function") is not None and (
                o.account_id, o.attributes.get("change"), o.attributes.get("function"))
            in named)))]


def signals_from_item(item: Item, matcher: Matcher, *, rates: Mapping[str, float],
                      floor: float, now: datetime) -> list[SignalIntent]:
    """Funding and leadership signals an item proves, matched to accounts. Pure."""
    if not (item.title or "").isascii() or not (item.summary or "").isascii():
        # a decomposed letter ("u" + U+0308) reads as the composed one the accounts hold
        item = replace(item, title=composed(item.title), summary=composed(item.summary))
    if item.summary and (said := article_text(item.summary)) != item.summary:
        item = replace(item, summary=said)  # (a release's dateline, a blog's feed footer)
    found = _signals_read(item, matcher, rates=rates, floor=floor, now=now)
    found = _without_moves_told_twice(found)
    text = item.summary or ""
    if text and any(w in text for w in ("join", "romot", "serv", "spent", "nterim")):
        # a hire the text says was already at the company: a promotion (a text of one hire
        # may say it of "he" or "she")
        hires = sum(o.kind == "leadership" and o.attributes.get("change") == "joined"
                    for o in found)
        found = [_as_promotion(o, text, matcher, floor, alone=hires == 1)
                 if o.kind == "leadership" and o.attributes.get("change") == "joined"
                 and o.attributes.get("person") else o for o in found]
    return found


def _signals_read(item: Item, matcher: Matcher, *, rates: Mapping[str, float],
                  floor: float, now: datetime) -> list[SignalIntent]:
    """signals_from_item's reading (see there) of an item whose text is as the readers take
    it (composed, without a dateline, a feed footer or Markdown)."""
    urls = [item.url] if item.url else []
    out: list[SignalIntent] = []
    if item.type == "posting":
        return out  # postings make hiring signals, per account (see hiring_from_postings)
    if item.type == "page_change":
        d = item.data
        title = str(d.get("title") or "")
        match = filter_confident(matcher.resolve(account_id=item.account_id,
                                                 company=item.company, urls=urls,
                                                 source=item.source), floor)
        if match and is_executive(title):
            attrs = {"person": d.get("person"), "title": title, "function": function(title),
                     "seniority": seniority(title), "change": d.get("change", "joined")}
            out.append(_intent("leadership", match.account_id, match.confidence, attrs, item,
                               item.summary or item.title, now, match.key))
        return out
    if item.type == "tech_change":  # a website's tools, fingerprinted (extract/fingerprints)
        d = item.data
        match = filter_confident(matcher.resolve(account_id=item.account_id,
                                                 company=item.company, urls=urls,
                                                 source=item.source), floor)
        if match and d.get("tool") and d.get("change") in ("uses", "adopted", "dropped"):
            attrs = {"tool": d["tool"], "category": d.get("category") or "",
                     "change": d["change"], "seen_on": "website"}
            intent = _intent("technographic", match.account_id, match.confidence, attrs,
                             item, item.summary or item.title, now, match.key)
            # what a site ran when first seen is what it uses, never news
            out.append(replace(intent, history=intent.history or d["change"] == "uses"))
        return out
    if item.type == "filing":
        match = filter_confident(matcher.resolve(company=item.company, source=item.source),
                                 floor)
        form = str(item.data.get("form") or "D").upper()
        if form.startswith("8-K"):
            return _eight_k(item, match, now) if match else out
        if form in IPO_FORMS:  # a registration statement: the company files to go public
            if match:
                attrs = {"type": "ipo_filing", "detail": f"files Form {form} with the SEC"}
                out.append(_intent("strategic", match.account_id, match.confidence, attrs,
                                   item, item.title, now, match.key))
            return out
        amount = item.data.get("amount_sold") or item.data.get("amount_offered")
        if match:
            attrs = {"round": "unknown", "amount": amount, "currency": "USD" if amount else None,
                     "amount_usd": amount, "investors": [],
                     "filing": item.data.get("form", "D")}
            out.append(_intent("funding", match.account_id, match.confidence, attrs, item,
                               item.title, now, match.key))
        return out

    aliases: list[dict[str, str]] = []  # the short names the text defines, once read

    def short_names() -> dict[str, str]:
        """The short names the item's text gives companies (read when first needed)."""
        if not aliases:
            aliases.append(short_names_in(item.summary or ""))
        return aliases[0]

    whole: list[str] = []  # the item's headline and text, joined once when first needed

    def whole_text() -> str:
        if not whole:
            whole.append(f"{item.title}\n{item.summary or ''}")
        return whole[0]

    issued_by: list[str] = []  # the headline's issuer, read once when first needed

    def issuer() -> str:
        """The company the item's headline opens with (see _issuer)."""
        if not issued_by:
            # (a headline that names no issuer: the company the text opens announcing)
            issued_by.append(_issuer(item.title or "", item.summary or ""))
        return issued_by[0]

    about: list[str] = []  # the company the release is about, read once when first needed

    def subject_of_release() -> str:
        """The company the item's text is about (see release_subject)."""
        if not about:
            about.append(release_subject(matcher, html.unescape(item.title or ""),
                                         item.summary or ""))
        return about[0]

    def named(kind: str, subject: str | None, attrs: dict[str, Any], rumour: bool,
              sentence: str) -> SignalIntent | None:
        """The signal of one company a sentence names, rumours marked and discounted. A
        move at a company's office named by its city ("Moves to JLL Phoenix as Managing
        Director") is the company's: the name without the city is tried first."""
        match = filter_confident(
            matcher.resolve(subject=subject, account_id=item.account_id, urls=urls,
                            source=item.source), floor)
        if subject and (not match or match.confidence < SPAN_EXACT or (
                "(" + subject.strip() + ")") in (item.summary or "")) and (
                defined_names := short_names()) and (
                full := defined_names.get(normalise_name(subject)) or defined_names.get(
                    normalise_name(_IN_BRACKETS.sub("", subject)))):
            # "Deep Market Making (Deep MM)", then "X joined Deep MM as CFO": the text's own
            # short name for a company is that company (before a word of it that is another
            # account's name: "MM"; and before another account of that very name:
            # "Nonprofits Insurance Alliance (NIA)", then "NIA Appoints ..." is not the
            # account "NIA"); the full name whole, not a word of it
            defined = filter_confident(matcher.resolve(subject=full, urls=(),
                                                       source=item.source), floor)
            if defined and defined.key == normalise_name(full):
                match = defined
        if subject and not match:
            # "current Surf Air CEO" in a release that writes "Surf Air Mobility" throughout:
            # the short form of the company the text names in full (that whole name)
            for full in (*fuller_names(subject, whole_text()),
                         *acronym_names(subject, whole_text()),
                         # "AuraChat.ai" in a text whose headline writes "AuraChat"
                         *([bare] if (bare := _WEB_SUFFIX.sub("", subject.strip(" ,.")))
                           != subject.strip(" ,.") and bare in whole_text() else [])):
                fuller = filter_confident(matcher.resolve(subject=full, urls=(),
                                                          source=item.source), floor)
                if fuller and fuller.key == normalise_name(full):
                    match = fuller
                    break
        if match and kind == "leadership" and subject and (key := match.key or "") and \
                len(key) < len(subject) and subject.lower().endswith(key) and \
                (office := _office_of(subject)) and \
                normalise_name(subject[len(office):]) == match.key:
            # (the city itself read as the company: the company's own name instead)
            match = filter_confident(matcher.resolve(subject=office, urls=(),
                                                     source=item.source), floor) or match
        elif not match and kind == "leadership" and subject and (
                office := _office_of(subject)):
            # "Moves to JLL Phoenix", "Head of Compliance for ATFX Australia": no account
            # named so, the company's own name (whole: the office's name is the company's)
            whole = filter_confident(matcher.resolve(subject=office, urls=(),
                                                     source=item.source), floor)
            match = whole if whole and whole.key == normalise_name(office) else None
        if not match:
            return None
        confidence = match.confidence
        if rumour:
            attrs["rumour"] = True
            confidence *= RUMOUR_FACTOR
        return _intent(kind, match.account_id, confidence, attrs, item, sentence, now,
                       match.key)

    # a company's own earnings release: its results and outlook against guidance
    results: list[SignalIntent] = []
    if is_results_release(item.title or ""):
        subject = results_subject(item.title or "")
        for finding in read_results(item.summary or ""):
            got = named("financial", subject, {"type": finding.type, "detail": finding.detail},
                        False, finding.sentence)
            if got is not None:
                results.append(got)
    moves: list[SignalIntent] = []
    moved: set[tuple[str, str]] = set()
    persons: dict[str, str] = {}  # the persons a text of moves names in full, by surname
    titled_names: list[frozenset[str]] = []  # the persons it names after a title, once read
    headline: list[list[LeadershipCandidate]] = []  # the headline's moves, once read

    def headline_moves() -> list[LeadershipCandidate]:
        """The headline's moves, read by the headline forms alone (once an item)."""
        if not headline:
            headline.append(roundup_moves(html.unescape(item.title), prose=False)
                            if item.title else [])
        return headline[0]

    read: dict[str, list[LeadershipCandidate]] = {}  # each clause read once

    def company_in_title(c: LeadershipCandidate) -> LeadershipCandidate:
        """A move whose company went unread, its title ending "of X" where X is a company
        the accounts or the text name so ("Paula Mercer, former VP of Operations, has been
        promoted to Vice President of Vast", the text having written "Vast Coworking Group
        (Vast)"): X's move, its title the words before. A title of a function ("Vice
        President of Global Partnerships") stays whole."""
        if c.company or " of " not in c.title or not (
                of := _OF_NAME_AT_END.search(c.title)):
            return c
        name = of.group("name")
        if function(name) is not None or (normalise_name(name) not in short_names() and (
                (match := filter_confident(matcher.resolve(subject=name, source=item.source),
                                           floor)) is None
                or match.key != normalise_name(name))):
            return c
        return replace(c, company=name, title=c.title[:of.start()])

    def moves_of(clause: str) -> list[LeadershipCandidate]:
        """roundup_moves of a clause, a surname alone read as the person the text named
        in full (the text's names gathered when a clause first needs them)."""
        if (surname := surname_first(clause)) or "ongratulations on your " in clause:
            if not persons:
                persons.update(people_named(item.summary or "") or {"": ""})
            clause = with_full_names(clause, persons) if surname else \
                addressed_as_told(clause, persons)
        if (got := read.get(clause)) is None:
            got = read[clause] = [company_in_title(c) for c in roundup_moves(clause)] \
                if not told_as_past(clause, (item.published or now).year) else []
            if any(c.company and person_name(c.company) == c.company for c in got):
                # "Led by CEO Tori Poulter, ...", then "Tori has appointed X as Head of
                # Sales": the act of the person's company, the one spoken of
                if not titled_names:
                    titled_names.append(titled_people(item.summary or ""))
                got = read[clause] = [replace(c, company="") if c.company in titled_names[0]
                                      else c for c in got]
        if any(c.person and _HONORED_SURNAME.match(c.person) for c in got):
            # "Mr. Cartwright will ...": the person the text named in full, once
            if not persons:
                persons.update(people_named(item.summary or "") or {"": ""})
            got = [_named_in_full(c, persons) for c in got]
        return got

    spoken: list[str] = []  # the names clauses without a move spoke of, since the last move
    last_hire: list[tuple[str, str]] = []  # the people clauses named taking a title, in order
    group_told: list[str] = []  # the change the clause before told of a group, its members unsaid

    def read_moves(clause: str, context: str, named_only: bool = False) -> str:
        """The people moves one clause of a round-up states, into ``moves``, once per
        account and person; a company left implicit ("Gunjan Soni has been appointed COO")
        is the one a clause before spoke of: the latest a move named, or a later clause's
        subject that is an account ("US payments giant FIS is reportedly planning ...",
        then "Ferris was appointed president"; resolved only when a move needs it).
        Returns the context for the next clause. ``named_only``: moves whose person the
        clause names, only (then a clause without a word of change is not read)."""
        if heading := _HEADING.match(clause.strip()):
            spoken.clear()
            return heading.group("company")  # "STARBUCKS – LAXMAN NARASIMHAN": whose news
        reading = clause
        listed = None
        if group_told and (listed := members_named(clause, group_told[0])):
            # "several Executive Committee members will be moving on ...", then "These
            # leaders include A, who served as CEO; B, CFO; ...": the group's departures
            reading = listed
        group_told.clear()
        subject_said = clause
        titled = clause[honorific.end():] if last_hire and (
            honorific := _HONORIFIC.match(clause)) else clause
        again = next((word for word in _called_again(last_hire[-1][0])
                      if titled.startswith(word)), "") if last_hire else ""
        if again and (said_again := _NAMED_AGAIN.match(titled[len(again):])):
            # "X named Timothy Graham president. Graham, who most recently served as ...,
            # succeeds Chris Coughlin" ("Mr. Weed succeeds ...", "Viktor, a German
            # national, will succeed ..."): read as "He succeeds ..." (the person just named)
            after_name = titled[len(again) + said_again.end():]
            # ("Mr. Moore will join the company's leadership team and succeed X")
            subject_said = f"He will {after_name}" if after_name.startswith((
                "succeed ", "replace ")) else f"He {after_name}"
        if last_hire and (over := _TAKES_OVER_AS_LEAVES.match(subject_said)):
            subject_said = f"He succeeds {over.group('person')}, who {over.group('rest')}"
        if last_hire and (he := _HE_SUCCEEDS.match(subject_said)):
            # "X has named Y as its group CRO. He will replace Z, who ...": he is Y, and Z
            # left the title Y takes (unless the clause gives Z's own)
            person, title = last_hire[-1]
            # ("President of Industrial Motion": no company; "new CFO": the one left is CFO)
            title = _NEW_TITLE.sub("", _UNIT_OF.sub("", title))
            rest = subject_said[he.end():]
            reading = f"{person} {he.group('verb')} " + (
                rest if _TITLE_FIRST.match(rest) else f"{title} {rest}")
        elif last_hire and ("tirement of" in clause or "parture of" in clause or "signation of"
                            in clause) and (left := _LEAVING_OF_UNTITLED.search(clause)) and \
                " back in " not in clause:  # (not "... back in November 2017 following the
            # departure of X": a past told as background)
            # (the title the last hire takes, before the name: "the retirement of CEO X")
            title = _NEW_TITLE.sub("", _UNIT_OF.sub("", last_hire[-1][1]))
            reading = f"{clause[:left.end()]}{title} {clause[left.end():]}"
        found = moves_of(reading) if not named_only or _CHANGE_STEMS.any(
            (reading if listed else clause).lower()) else []
        if not found:
            if "—" in clause[:40] or "–" in clause[:40]:
                clause = _PLACE_DASH.sub("", clause, count=1)  # "Plano, Texas—J.C. Penney is"
            if " as " in clause and (renamed := _OPERATES_AS.match(clause)):
                # "S3 will operate as Crush Software Solutions LLC": the business spoken of
                # next by its new name
                spoken.append(renamed.group("name"))
            elif said := _CLAUSE_SUBJECT.match(clause) or _NAME_ALONE.match(clause):
                spoken.append(said.group("name"))  # (a section's heading: "Uber")
            elif ("'s " in clause or "’s " in clause) and (
                    owner := _OWNER_SPOKEN.search(clause)):
                # "According to CNBC, Uber’s longtime executive X is stepping out": the
                # company whose people the clause speaks of
                spoken.append(owner.group("name"))
            if kept := company_kept(clause):
                # ("X will continue as CDO along with others at G6": the text's full name)
                spoken.append(next(iter(fuller_names(kept, whole_text())), kept))
            if group := group_move_told(clause):
                group_told.append(group)
            return context
        rumour = reported(clause)
        named_company = ""
        for c in found:
            if named_only and not c.person:
                continue
            if c.company in _DEFINED_COMPANY:
                # "The Company would like to welcome X as its new CFO": the release's defined
                # term, read below as the rest of the clause's "the Company" is
                c = replace(c, company="")
            if not c.company and spoken:
                # (a name that is one common word is no company spoken of by a clause's
                # subject alone: "AI is taking off" speaks of no account aliased "AI"; a
                # short one, "KBR", is)
                context = next((name for name in reversed(spoken) if (
                    spoken_match := filter_confident(matcher.resolve(
                        subject=name, source=item.source), floor)) and not (
                    spoken_match.key and spoken_match.key in common_words())), context)
                spoken.clear()
            # ("... as Chief Executive Officer of the Company": a release's defined term, its
            # issuer, whatever was spoken of last)
            company = c.company or (issuer() if any(
                term in clause for term in _DEFINED_COMPANY) and issuer()
                                    else context) or subject_of_release()
            sig = named("leadership", company, _leadership_attrs(c), rumour, clause) \
                if company else None
            if sig is not None and c.person and (sig.account_id, "") in moved and (
                    at := _unnamed_move(moves, sig)) is not None:
                # "Pfizer CEO Resigns", then "Jeffrey Kindler, Pfizer's CEO, announced his
                # resignation": one move, the person the later clause names
                moves[at] = replace(sig, evidence=(*moves[at].evidence, *sig.evidence))
                moved.add((sig.account_id, _mover(c.person)))
            elif sig is not None and not c.person and (
                    at := _unnamed_move(moves, sig, named=True)) is not None:
                moves[at] = replace(moves[at], evidence=(*moves[at].evidence, *sig.evidence))
            elif sig is not None and c.person and (told := next((
                    o for o in moves if o.account_id != sig.account_id
                    and o.attributes.get("change") == c.change
                    and _mover(o.attributes.get("person")) == _mover(c.person)),
                    None)) is not None:
                # one person's one change, told again with a unit read as a company ("as
                # president of Industrial Motion"): the company is the one told first
                if told.matched and not named_company:
                    named_company = context = told.matched
                c = replace(c, company="")
            elif sig is not None and (
                    key := (sig.account_id, _mover(c.person))) not in moved:
                moved.add(key)
                moves.append(sig)
            if c.person and c.change in ("joined", "promoted") and c.title:
                last_hire.append((c.person, c.title))
            if c.company and not named_company:
                # the clause's first company is its news ("X, the former CEO of Y, will
                # assume the CEO role at Z": Z, not Y, is spoken of next)
                named_company = context = c.company
                spoken.clear()
        return context

    def with_listed(found: list[SignalIntent], spoken_of: str) -> list[SignalIntent]:
        """``found`` and the moves a release announces, then lists by name ("announces the
        promotion of several team members", then "Philander Franklin, Vice President of
        ..."), each person once per account."""
        listed = listed_moves(item.summary) if item.summary else []
        if not listed:
            return found
        moved_already = {(o.account_id, _mover(o.attributes.get("person")))
                         for o in found if o.kind == "leadership"}
        found = list(found)
        for c in listed:
            sig = named("leadership", c.company or spoken_of or _headline_company(
                item.title or ""), _leadership_attrs(c), False, c.sentence)
            if sig is not None and (
                    mover := (sig.account_id, _mover(c.person))) not in moved_already:
                moved_already.add(mover)
                found.append(sig)
        return found

    cards = deal_cards(item.summary or "")
    roundup_title = is_roundup_title(item.title or "")
    if len(cards) >= 2 or (cards and roundup_title):
        # a newsletter's deal cards: the publisher's own fields, one round per company
        seen_cards: set[str] = set()
        for card in cards:
            match = filter_confident(matcher.resolve(subject=card.subject, urls=(),
                                                     source=item.source), floor)
            if match and match.account_id not in seen_cards:
                seen_cards.add(match.account_id)
                results.append(_intent("funding", match.account_id, match.confidence,
                                       _funding_attrs(card, rates), item, card.sentence, now,
                                       match.key))
        # the newsletter's prose around its cards: its people moves ("... and Freshworks
        # founder Girish Mathrubootham announced his exit")
        context = ""
        for clause in roundup_clauses(item, roundup_title):
            for part in run_in_parts(clause, item.summary or ""):
                context = read_moves(part, context)
        return results + moves
    single: list[SignalIntent] = []
    # a headline's token sale or presale: the text's money is that sale's, no round
    token_told = bool(item.title) and token_sale(item.title or "")
    clauses = roundup_clauses(item, roundup_title)
    if clauses:  # a newsletter round-up: every company's round, one signal each
        seen: set[str] = set()
        previous = ""
        # the company the headline names is the one its text speaks of first ("Twitter hires
        # ... as CMO", then "the departure of A, SVP; B, VP; ...")
        context = next((c.company for c in headline_moves() if c.company), "")
        if not roundup_title and item.title:
            # a release's headline states its own moves ("Ficus Appoints A as CMO and B as
            # CFO"), its text then telling them again and more: the headline's first
            _headline_into(moves, moved, headline_moves(), named, html.unescape(item.title))
            last_hire.extend((c.person, c.title) for c in headline_moves()
                             if c.person and c.change in ("joined", "promoted"))
        for clause in clauses:
            deals = roundup_rounds(clause, previous) if not token_told else []
            resolved = [filter_confident(matcher.resolve(
                subject=deal.subject.rsplit(":", 1)[-1], account_id=item.account_id, urls=(),
                source=item.source), floor) for deal in deals]
            if not any(resolved) and out and out[-1].attributes.get("round") == "unknown" \
                    and (named_round := round_named(clause)):
                # "Calii raises $22.5 million. Dalus Capital co-led the Series A round for
                # the Mexican company.": the round of the company before
                out[-1] = replace(out[-1], attributes={**out[-1].attributes,
                                                       "round": named_round},
                                  evidence=(*out[-1].evidence, _evidence(item, clause)))
            for deal, match in zip(deals, resolved, strict=True):
                if match and match.account_id in seen and not deal.rumour:
                    # named first without its amount or round, then with it: both kept,
                    # the second sentence their evidence too
                    at = next(i for i, o in enumerate(out) if o.account_id == match.account_id)
                    had = out[at].attributes
                    more = _funding_attrs(deal, rates)
                    fill = {k: more[k] for k in ("amount", "currency", "amount_usd")
                            if had.get("amount") is None and more.get("amount") is not None}
                    if had.get("round") == "unknown" and deal.round != "unknown":
                        fill["round"] = deal.round
                    if fill and not had.get("rumour"):
                        out[at] = replace(out[at], attributes={**had, **fill},
                                          evidence=(*out[at].evidence, _evidence(item, clause)))
                elif match and match.account_id not in seen:
                    seen.add(match.account_id)
                    attrs = _funding_attrs(deal, rates)
                    confidence = match.confidence
                    if deal.rumour:  # reported, not announced: shown, never alerted
                        attrs["rumour"] = True
                        confidence *= RUMOUR_FACTOR
                    out.append(_intent("funding", match.account_id, confidence, attrs, item,
                                       clause, now, match.key))
            if deals and names_a_company(deals[-1].subject):
                # (not "Throughout his career, X has successfully raised $250M": no company)
                context = deals[-1].subject
            if not any(resolved):  # the round-up's people moves
                for part in run_in_parts(clause, item.summary or ""):
                    context = read_moves(part, context)
            previous = clause
        # a list of rounds, or a round-up by its title; an ordinary article that names
        # three amounts is read the ordinary way
        if len(out) >= 2 or (out and (roundup_title
                                      or has_funding_section(item.summary or ""))):
            return results + with_listed(out + moves, "")
        if moves and (len(moves) >= 2 or roundup_title or is_moves_title(item.title or "")
                      or _many_moves(item.summary or "")):
            return results + with_listed(out + moves, "")  # a round-up of people moves
        single, out = out, []  # kept if the ordinary reading below finds nothing
    said_of = ""  # the company the first statement is about
    # a headline's round at a company it describes without naming: the text is read on for
    # that round only ("Ukrainian messaging service ... secures funding", then "FemSMS ...
    # has received funding"; a headline naming a company no account is ends the reading)
    round_told = False
    said = sentences(item)  # (split once: every pass below reads the same sentences)
    read_to = -1  # the sentence the first statement was read from
    raisers: list[str] = []  # who the sentences read said raised (accounts or not)
    previous = ""
    for at, sentence in enumerate(said):
        found: list[SignalIntent | None] = []
        before, previous = previous, sentence
        funding = None if token_told and at > 0 else _round_in(
            sentence, (before, said_of, item.title or "") if at > 0 else None)
        if funding is not None:
            raisers.append(funding.subject)
            found = [named("funding", funding.subject, _funding_attrs(funding, rates),
                           funding.rumour, sentence)]
            said_of = funding.subject
            if at == 0 and item.title and _CHANGE_STEMS.any(sentence.lower()):
                # "X Raises $1.2M in Seed Funding and Appoints Y as CEO": a headline's round
                # and its move both
                rumour = reported(sentence)
                found += [named("leadership", c.company, _leadership_attrs(c), rumour,
                                sentence) for c in headline_moves() if c.company]
            if at == 0 and item.title and not any(found) and not funding.rumour and \
                    not names_a_company(funding.subject):
                round_told = True
                continue
        elif round_told:
            continue
        elif people := (moves_of(sentence) if at > 0 or not item.title else headline_moves()):
            rumour = reported(sentence)
            # (a move of the text that leaves its company implicit: the issuer's)
            found = [named("leadership", c.company or (issuer() if at > 0 else ""),
                           _leadership_attrs(c), rumour, sentence)
                     for c in people]
            if not any(found):
                # "Functional Medicine Network Strengthens Leadership with Appointment of CFO",
                # then "Forum Health, LLC, ... announce the appointment of X": a move at a
                # company no account is named so may be told of one in the next sentence
                continue
            said_of = next((c.company for c in people if c.company), "")
        elif events := find_events(sentence):
            found = [named(e.kind, e.subject, {"type": e.type, "detail": e.detail}, e.rumour,
                           sentence) for e in events]
            said_of = events[0].subject
        else:
            continue
        out.extend(sig for sig in found if sig is not None)
        read_to = at
        break
    text_split: list[str] | None = None  # the text's clauses, once split
    if out and not token_told and item.summary and all(
            o.kind in ("strategic", "financial") and o.attributes.get("type") != "acquired"
            for o in out):
        # a first statement of the company's launch or move, its round told after it
        # ("Savant Labs launched its automation platform ...", then "The company ... said
        # it had raised $18.5 million in a Series A round"): that company's round, read on
        # (a company bought is told its past: "WaveForms ... last raised $40 million")
        # (past the first sentences, in a release's body: "In addition to product
        # development, Alusid has successfully raised £1.13 million", a clause that tells a
        # round in words and nothing that makes it the past or another's, _NOT_ITS_ROUND;
        # not in a crowdfunding campaign's release, whose money is the campaign's or its
        # background)
        if len(item.summary) > _TEASER_LIMIT and not _CAMPAIGN_TOLD.search(item.summary):
            text_split = clauses_of(item.summary)  # (kept for the moves' reading below)
        later = [c for c in text_split[SUMMARY_SENTENCES:]
                 if _TOLD_ROUND_WORDS.any(c.lower()) and not _NOT_ITS_ROUND.search(c)] \
            if text_split is not None else []
        for sentence in (*said[read_to + 1:], *later):
            if (funding := _round_in(sentence, ("", said_of, ""))) is None:
                continue
            sig = named("funding", funding.subject, _funding_attrs(funding, rates),
                        funding.rumour, sentence)
            if sig is not None and sig.account_id == out[0].account_id:
                out.append(sig)
                break
    if not out and not single and not token_told and item.title and \
            item.summary and len(item.summary) <= _TEASER_LIMIT and \
            _TOLD_ROUND_WORDS.any(item.summary.lower()) and \
            not _BOUGHT_OR_LISTED.search(item.title) and \
            not any(names_a_company(who) for who in raisers):
        # a news item about one company whose round its teaser tells in words the readings
        # above do not parse ("Uno Platform is targeting enterprise developers", then "And
        # it's finding customers and investors, including $2.54 million in seed funding"):
        # the round of the company the item is about (a release's or a post's long text
        # tells of many companies and sums: not read so)
        out = _topic_round(item, said, named, rates)
    if (moves_in_prose(item.summary or "") or changes_announced(item.title or "") or (
            any(o.kind == "leadership" for o in out) and _SUCCESSION_WORDS.any(
                (item.summary or "").lower())) or (
            item.summary and any(o.kind == "leadership" and not o.attributes.get("person")
                                 for o in out))):
        # an article telling people moves past its first statement ("X says A and B are
        # leaving the company. C was promoted to ..."), a hire's news telling whom the
        # hire succeeds ("He succeeds X, who will continue as a Board member"), or a move
        # the first statement leaves unnamed ("Tempo Welcomes New CEO", then "... the
        # appointment of Vic Chynoweth as its new Chief Executive Officer"): every
        # clause read for moves, the first statement's kept, a move it left without a
        # person completed by a later one
        # (a text the round-up reading read first and found no round-up starts afresh)
        moves[:] = [o for o in out if o.kind == "leadership"]
        moved.clear()
        spoken.clear()
        last_hire.clear()
        moved.update((o.account_id, _mover(o.attributes.get("person")))
                     for o in moves)
        last_hire.extend((str(o.attributes["person"]), str(o.attributes.get("title") or ""))
                         for o in moves if o.attributes.get("person")
                         and o.attributes.get("change") in ("joined", "promoted"))
        # (a move no clause names the company of is the issuer's: "R. STAHL Preparing
        # Gradual Leadership Transition", then "Dr. Mathias Hallmann will step down")
        context = said_of or issuer()
        for clause in (text_split if text_split is not None
                       else clauses_of(item.summary or "")):
            for part in run_in_parts(clause, item.summary or ""):
                if len(part) > 12:
                    context = read_moves(part, context, named_only=True)
        out = [o for o in out if o.kind != "leadership"] + [
            o for o in moves if not _stays_executive(o, item.summary or "")]
    out = with_listed(out, said_of)
    if not token_told and item.title and out and any(
            o.kind == "funding" and o.evidence[0].title == o.evidence[0].sentence for o in out) \
            and presale_told(item.summary or ""):
        # "BlockDAG Network Raised $42 Million ...", its text linking "Presale:
        # https://purchase.blockdag.network": the headline's money is that sale's
        out = [o for o in out if o.kind != "funding"]
    shown = next((at for at, o in enumerate(out) if o.kind == "funding"
                  and not o.attributes.get("rumour")
                  and o.evidence[0].title == o.evidence[0].sentence), None) \
        if item.title and item.summary and not single and out else None
    exact = shown is not None and out[shown].attributes.get("amount") is not None and \
        not _ABOUT.search(item.title or "")
    if shown is not None and not exact:
        # a headline's round whose terms the text tells: "Prosperr.io Secures Funding ...",
        # then "has secured a $1.55 Million pre-seed funding round"; "Bookclubz ... Raises
        # Over $1 Million", then "has raised $1.07 million" (the text's figure, when the
        # headline's is that figure rounded)
        had = out[shown].attributes
        for sentence in said[1:]:
            if (told := find_funding(sentence)) is None or told.rumour or (text_said := named(
                    "funding", told.subject, _funding_attrs(told, rates), False,
                    sentence)) is None or text_said.account_id != out[shown].account_id:
                continue
            if fill := _terms_told(had, text_said.attributes):
                out[shown] = replace(out[shown], attributes={**had, **fill},
                                     evidence=(*out[shown].evidence, *text_said.evidence))
            break
        key = out[shown].matched or ""
        if had.get("amount") is None and out[shown].attributes.get("amount") is None and \
                key and not key.startswith(("domain:", "source")):
            # "Amazon backs ... startup Lumotive", then "Lumotive reopened its February
            # Series B round ..., increasing the size of the round to $59 million": a
            # sentence naming the company with a stage and money tells the round's terms
            for sentence in said[1:]:
                if key not in normalise_name(sentence) or not (money := find_money(sentence)):
                    continue
                if kind := _stage_named(sentence):
                    # (the round's own sum, before any total it brings)
                    out[shown] = replace(out[shown], attributes={
                        **had, "round": kind, **_sum_attrs(money[0], rates)},
                        evidence=(*out[shown].evidence, _evidence(item, sentence)))
                    break
    elif shown is not None and exact and out[shown].attributes.get("round") == "unknown":
        # the kind of a headline's round the text names with the headline's figure: "Gigs
        # ... gets $73M", then "has raised $73 million in a Series B round"; "The latest is
        # Orca AI, which closed a Series B funding round of $72.5 million" (a sentence of
        # other figures only tells another sum: a total, an earlier round)
        had = out[shown].attributes
        # (a whole release may tell it past the sentences a summary is read for: "Briefly Bio
        # launches with $1.2m funding", its fourth sentence "... has secured a $1.2m
        # pre-seed funding round")
        for sentence in [*said[1:], *_SENTENCE.split(item.summary or "", maxsplit=_KIND_SENTENCES)[
                SUMMARY_SENTENCES:_KIND_SENTENCES]]:
            if not (kind := _stage_named(sentence)) or not any(
                    m.currency == had.get("currency") and m.amount == had.get("amount")
                    for m in find_money(sentence)):
                continue
            out[shown] = replace(out[shown], attributes={**had, "round": kind},
                                 evidence=(*out[shown].evidence, _evidence(item, sentence)))
            break
        else:
            # "VUZ gets $12M ...", then "The pre-Series C funding round, led by ...": the
            # round the text names with a determiner is the headline's
            for sentence in said[1:]:
                if (kind := round_named(sentence)) and _a_stage(kind):
                    out[shown] = replace(out[shown], attributes={**had, "round": kind},
                                         evidence=(*out[shown].evidence,
                                                   _evidence(item, sentence)))
                    break
    if clauses and single and not any(o.kind == "funding" for o in out) and not (
            _CAMPAIGN_TOLD.search(item.summary or "")):
        # a text of several amounts whose one round is past its first sentences ("More
        # than half of it was raised by BYJU'S ($250 million)"; not a crowdfunding
        # campaign's release: its money is the campaign's or the campaign's background)
        out = [o for o in out if o.account_id != single[0].account_id] + single
    elif single:
        # "Letswork raises seed" in the headline, "$2.1 million in a seed funding round" in
        # the text: the headline's round, its untold terms filled from the text
        body = {s.account_id: s for s in single}
        for at, o in enumerate(out):
            if o.kind == "funding" and (text_said := body.get(o.account_id)) is not None and \
                    not o.attributes.get("rumour") and not text_said.attributes.get("rumour"):
                had = o.attributes
                if fill := _terms_told(had, text_said.attributes):
                    out[at] = replace(o, attributes={**had, **fill},
                                      evidence=(*o.evidence, *text_said.evidence))
    stated = {(r.account_id, r.attributes.get("type")) for r in results}
    return results + [sig for sig in out if sig.kind != "financial"
                      or (sig.account_id, sig.attributes.get("type")) not in stated]


#: An amount a headline gives roughly: "Raises Over $1 Million", "Nearly $5M", "$2M+".
_ABOUT = re.compile(r"(?i)\b(?:over|more\s+than|nearly|almost|about|approximately|around|"
                    r"roughly|close\s+to|north\s+of|upwards\s+of)\s+(?:US|CA|A)?[$€£₹]|"
                    r"[$€£₹]\s?[\d.,]+\s?(?:[mbk]n?|million|billion)?\+")


#: A sentence whose subject names no one but stands for the company spoken of: "It's now
#: raised ...", "The company, which competes with ..., said it had raised ...".
_PRONOUN_FIRST = re.compile(r"^(?:It['’]s|It|The\s+(?:company|startup|firm|business|platform))"
                            r"(?=[\s,])")
_PRONOUN = re.compile(r"(?i)^(?:it|it['’]s|the\s+(?:company|startup|firm|business|platform))$")


#: A headline that leads with a company's thing: "Little Umbrella's next Jackbox-style
#: game pits you ..." (not a person's company: "Elon Musk's Neuralink closes ...").
_HEADLINE_OWNER = re.compile(rf"^(?P<name>{NAME_WORDS})['’]s\s+(?=[a-z])")


def _owner_first(text: str) -> str | None:
    """The company whose thing a sentence leads with ("Openvibe's clever app ...")."""
    owner = _HEADLINE_OWNER.match(text)
    return owner.group("name") if owner and names_a_company(owner.group("name")) else None


def release_subject(matcher: Matcher, title: str, text: str) -> str:
    """The company a release is about, for a move its text tells without naming the company
    ("... while industry veteran Jim Poe has been appointed Chief Commercial Officer" in an
    analyst's note headed "Gourd Partners Updates Coverage on Ficus Inc."): the account the
    text names most often, where the headline names it too and the text names no other
    account even half as often (the note speaks of the company it covers; "X and its
    subsidiary, Y, have announced changes in Y management" speaks of both, and is no one's
    by default). "" otherwise, and for a round-up (each of whose moves is its own
    paragraph's company's)."""
    if not title or not text or is_roundup_title(title):
        return ""
    # (names the matcher holds weak, common words such as "Phase", are counted by no one,
    # but where the headline writes the account's longer name in full: "Ball Corporation’s
    # Board ...", then "Ted recently joined Ball")
    said = {key.key: title[start:end] for start, end, key in matcher.mentions(title)
            if not key.weak or (len(key.display.split()) > len(title[start:end].split())
                                and key.display in title)}
    if not said:
        return ""
    # (a headline naming one account counts with the text's naming: "BluSky AI Inc. (BSAI):
    # ...", then the text names it twice and OpenAI once, in a quote)
    counts = Counter([*(said if len(said) == 1 else ()), *(
        key.key for _, _, key in matcher.mentions(text) if not key.weak or key.key in said)])
    if len(said) == 1:
        # (the headline's company written by its first word alone: "Shala Hormone Health
        # Relaunches ...", then "Shala continues ..." six times)
        key = next(iter(said))
        counts[key] += _short_form_count(said[key], text)
    top = counts.most_common(2)
    if not top or top[0][0] not in said or (len(top) > 1 and top[1][1] * 2 >= top[0][1]):
        return ""
    return said[top[0][0]]


def _short_form_count(name: str, text: str) -> int:
    """How often ``text`` writes the company ``name`` by its first word alone ("Shala" for
    "Shala Hormone Health"): a name of two words or more whose first word is no common word
    nor a place; the name written in full not counted."""
    words = name.split()
    first = words[0].strip(",.")
    if len(words) < 2 or not first[:1].isupper() or is_weak(normalise_name(first)) or \
            place(first):
        return 0
    alone = re.findall(rf"(?<![\w&\-]){re.escape(first)}(?![\w&\-])(?!\s+{re.escape(words[1])})",
                       text)
    return len(alone)


def _headline_company(title: str) -> str:
    """The company a headline leads with (its subject, or the owner of its subject), the
    referent of a text's "the company" when no sentence before names one; "" if none."""
    return _owner_first(title) or named_subject(title) or ""


def _round_in(sentence: str, context: tuple[str, str, str] | None) -> FundingCandidate | None:
    """find_funding of a sentence of an item's text; with ``context`` (the sentence before,
    the company the item spoke of, the headline) a pronoun subject stands for the company
    the sentence before leads with, else the one spoken of, else the headline's ("Refute is
    a London-based startup that ...", then "It's now raised a £2.3 million pre-seed
    round")."""
    funding = find_funding(sentence)
    if context is None or (pronoun := _PRONOUN_FIRST.match(sentence)) is None or (
            funding is not None and not _PRONOUN.match(funding.subject.strip(" ,"))):
        return funding
    before, said_of, title = context
    if not (who := (named_subject(before) or _owner_first(before) if before else None)
            or said_of or _headline_company(title)):
        return funding
    again = find_funding(who + sentence[pronoun.end():])
    return replace(again, sentence=sentence) if again is not None else None


#: Words every round's stage is named with (a gate before the stage's pattern).
_STAGE_WORDS = Words(["seed", "series"])


def _stage_named(sentence: str) -> str | None:
    """The stage of a round a sentence names ("a Series B funding round": series b;
    pre-seed, seed, pre-series), None for none or a kind that is no stage ("a late-stage
    company", "strategic")."""
    kind = round_kind(sentence) if _STAGE_WORDS.any(sentence.lower()) else "unknown"
    return kind if _a_stage(kind) else None


def _a_stage(kind: str) -> bool:
    """Whether a round's kind is a stage (pre-seed, seed, a series, a pre-series)."""
    return kind.endswith("seed") or "series" in kind


def _sum_attrs(money: Money, rates: Mapping[str, float]) -> dict[str, Any]:
    """A round's amount, currency and amount in US dollars (None at an unknown rate)."""
    return {"amount": money.amount, "currency": money.currency, "amount_usd": money.usd(rates)}


#: The longest text read as a news item's teaser, about one company (characters).
_TEASER_LIMIT = 1000
#: Words of a round told (a gate: most texts hold none).
_TOLD_ROUND_WORDS = Words(["funding", "round", "seed", "series", "raised", "investment"])
#: A sentence telling a round: money with a word for a round, or a stage named.
_TOLD_ROUND = re.compile(r"(?i)\b(?:funding|round|seed|series\s+[a-j]|raised|investment)\b")
#: What makes a sentence's money no round of the company the item is about: history, a
#: total, a fund, the market's figures, someone else's purchase.
_NOT_ITS_ROUND = Caseless(
    r"(?i)\b(?:previously|last\s+(?:raised|valued|year|month)|to\s+date|in\s+total|so\s+far|"
    r"after|following|"
    r"total\s+of|since\s+(?:its\s+)?(?:founding|inception|launch)|back\s+in|founded\s+in|"
    r"in\s+20\d\d|(?:its|a|new|first|second|third|fourth|fifth|sixth|latest)\s+"
    r"(?:[\w$.,€£\-]+\s+){0,3}?funds?\b|vc\s+funding|venture\s+funding|funding\s+(?:into|for)\s+(?:the\s+)?"
    r"(?:sector|industry|space|market|startups)|startups|market|projected|valuation\s+of|"
    r"acqui\w+|bought|buy|ipo|went\s+public|spac|billion\s+in\s+revenue|revenue|grants?|"
    r"crowdfund\w*|kickstarter|donat\w+|contract)\b")
#: A crowdfunding campaign a text tells of (its money is the campaign's).
_CAMPAIGN_TOLD = Caseless(r"\b(?:crowdfunding\s+(?:campaign|offering|raise|round)|startengine|"
                          r"wefunder|reg(?:ulation)?\s+(?:cf|crowdfunding))\b")
#: A headline of an investor backing a company: the company after the verb.
_BACKED_IN_HEADLINE = re.compile(
    r"^.{2,80}?\s+(?:backs|invests\s+in|bets\s+on|doubles\s+down\s+on)\s+(?P<who>[^,:;]{2,80}?)"
    r"(?:[,:;]|\s+(?:to|for|with|in|as|amid|after)\s|['’]s\s|$)")
#: An investor's name or description: no company a round is raised by.
_AN_INVESTOR = re.compile(r"(?i)\b(?:capital|ventures|partners|vc|fund|investors?|backer)\b")
#: A headline of a company bought or listed: its text's money is the deal's, or history.
_BOUGHT_OR_LISTED = Caseless(r"(?i)\b(?:acquir\w*|acquisition|buys|bought|merge\w*|ipo|"
                             r"goes\s+public|spac|sued|lawsuit|fund)\b")


def _topic_companies(item: Item, said: Sequence[str]) -> list[str]:
    """Who a news item may be about, first first: the company its headline leads with,
    then those its text's first sentences name as subjects ("Founded in 2019 in London,
    Epoch Biodesign is ...")."""
    found = [_headline_company(item.title or "")]
    if (backed := _BACKED_IN_HEADLINE.match(item.title or "")) is not None:
        found.append(backed.group("who"))  # "Amazon backs programmable optics startup X"
    found += [named_subject(sentence) or _owner_first(sentence) or ""
              for sentence in said[1:4]]
    return [who for who in found if who and not _AN_INVESTOR.search(who)]


def _topic_round(item: Item, said: Sequence[str], named: Any,
                 rates: Mapping[str, float]) -> list[SignalIntent]:
    """The round of the company a news item is about (the first of _topic_companies that
    is an account), told in one sentence of its text by money or a stage with a word for
    a round, when nothing makes it another's or the past (see _NOT_ITS_ROUND); a report
    of it is a rumour."""
    for sentence in said[1:]:
        if not _TOLD_ROUND_WORDS.any(sentence.lower()) or not _TOLD_ROUND.search(sentence):
            continue
        money = [m for m in find_money(sentence)
                 if not sentence[m.end:m.end + 12].lstrip().lower().startswith("valuation")]
        kind = _stage_named(sentence)
        if (not money and not kind) or _NOT_ITS_ROUND.search(sentence):
            continue
        attrs: dict[str, Any] = {"round": kind or "unknown", "investors": [], **(
            _sum_attrs(money[0], rates) if money else {"amount": None, "currency": None,
                                                       "amount_usd": None})}
        rumour = reported(sentence)
        return next(([sig] for topic in _topic_companies(item, said)
                     if (sig := named("funding", topic, dict(attrs), rumour, sentence))), [])
    return []


def _terms_told(had: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """What a text's reading of a round (``new``) adds to a headline's (``had``): the amount
    the headline left untold or told rounded, the round's kind it left unknown."""
    fill = {k: new[k] for k in ("amount", "currency", "amount_usd")
            if new.get("amount") is not None and (had.get("amount") is None or (
                had.get("currency") == new.get("currency")
                and _rounded_from(had["amount"], new["amount"])))}
    if had.get("round") == "unknown" and new.get("round") != "unknown":
        fill["round"] = new["round"]
    return fill


def _rounded_from(shown: float, exact: float) -> bool:
    """Whether a headline's amount is the text's, rounded: "Raises Over $1 Million" over
    "has raised $1.07 million" (the text's figure is the round's; "$32.8M" over "an
    additional $10M", or "$100M" over "$120M", is another figure)."""
    if shown == exact or shown <= 0 or exact <= 0:
        return False
    digits = len(f"{shown:.15g}".replace(".", "").replace("-", "").strip("0")) or 1
    scale = 10 ** (math.floor(math.log10(exact)) + 1 - digits)
    return abs(round(exact / scale) * scale - shown) < scale / 2 and \
        abs(exact - shown) <= shown / 10


def _eight_k(item: Item, match: Any, now: datetime) -> list[SignalIntent]:
    """An account's 8-K: item 2.05 (exit or disposal costs) is a restructuring; item 2.02
    is read through its earnings release, when the collector fetched it."""
    out = []
    items = [str(i) for i in item.data.get("items") or ()]
    if "2.05" in items:
        attrs = {"type": "layoffs", "detail": "files an 8-K under item 2.05 (costs "
                 "associated with exit or disposal activities: a restructuring)"}
        out.append(_intent("financial", match.account_id, match.confidence, attrs, item,
                           item.title, now, match.key))
    if "2.02" in items and item.data.get("exhibit"):
        link = item.data.get("exhibit_url") or item.url
        for finding in read_results(str(item.data["exhibit"])):
            attrs = {"type": finding.type, "detail": finding.detail, "filing": "8-K 2.02"}
            intent = _intent("financial", match.account_id, match.confidence, attrs, item,
                             finding.sentence, now, match.key)
            ev = intent.evidence[0]
            out.append(replace(intent, evidence=(replace(ev, url=link),)))
    return out


def hiring_from_postings(account_id: str, postings: Sequence[Item], *, now: datetime,
                         settings: HiringSettings) -> list[SignalIntent]:
    """Hiring surges and new senior postings of one account. Pure.

    Never history: they are computed from the ATS's own posting dates against ``now``, so
    a surge found on a board's first poll is a current surge, not old news."""
    out = []
    for c in hiring_candidates(postings, now=now, settings=settings):
        attrs: dict[str, Any] = {"department": c.department, "openings": c.openings,
                                 "baseline": c.baseline, "growth": c.growth, "type": c.type,
                                 "recent": c.recent, "window_days": settings.recent_days}
        if c.type == "senior":
            attrs["title"] = c.title
            sentence = f"New senior posting: {c.title} ({c.department})."
        elif c.type == "first_role":
            attrs["title"] = c.title
            sentence = f"First posting of its kind on the board: {c.title} ({c.department})."
        elif c.type == "growth":
            attrs.update(window_days=settings.trend_days, filled=c.filled)
            sentence = (f"{c.recent} {c.department} roles posted in the last "
                        f"{settings.trend_days} days against {c.baseline:g} in the same time "
                        f"before; {c.filled} already filled, {c.openings} open.")
        else:
            sentence = (f"{c.recent} {c.department} postings in the last "
                        f"{settings.recent_days} days; {usual_postings(c.baseline)} in the "
                        f"same time before; {c.openings} open.")
        # the evidence a rep reads: the newest posting above junior level if there is one
        shown = [p for p in c.items if level(p.title) not in ("intern", "junior")] \
            or list(c.items)
        newest = max(shown, key=lambda p: p.published or p.first_seen)
        out.append(SignalIntent(
            kind="hiring", account_id=account_id,
            occurred_at=newest.published or newest.first_seen, detected_at=now,
            confidence=1.0, attributes=attrs,
            evidence=(Evidence(url=newest.url, title=newest.title, sentence=sentence,
                               source=newest.source, published=newest.published),),
            dedupe_key=dedupe_key("hiring", account_id, attrs),
            item_ids=tuple(p.id for p in c.items), history=False,
        ))
    return out


#: A clause told of a past period: a span of years that ended ("from 2001-2007", "between
#: 2015 and 2019"), or a year that opens it ("In 2001, he was tapped by ...").
_PAST_SPAN = re.compile(r"\b(?:from|between)\s+(?:19|20)\d\d\s*(?:-|–|—|to|and|until|through)"
                        r"\s*(?P<end>(?:19|20)\d\d)\b")
_YEAR_OPENS = re.compile(r"^(?:In|By)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d),\s")


#: A move the clause's own verb dates: "X was appointed CEO of Ficus in 2016", "joined
#: Ficus in August 2023 as ..." (not a relative clause's background: ", who was appointed
#: CEO in 2019, will step down", ", who has led Ficus since 2010 and joined its board in
#: 2015, will retire").
_DATED_MOVE = re.compile(
    r"(?<!who\s)(?<!which\s)(?<!that\s)\b(?:(?:was|were)\s+(?:appointed|named|promoted|"
    r"elevated|hired|tapped|elected|recruited)|joined|became)\b[^.;()]{0,80}?\bin\s+"
    r"(?:(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b")


def told_as_past(clause: str, year: int) -> bool:
    """Whether a clause tells a move of a career's past, as seen in ``year`` (the item's):
    a period of years that ended before it, a bare earlier year opening the clause ("In
    2001, he was tapped by the CEO of Comcast ..."; "from 2001-2007"), or a move its verb
    dates two years or more before ("was appointed CEO of Ficus in 2016"; a year before may
    be last winter's news, told in January). A move of the item's own year, or a term that
    runs on ("from 2026 until 2031"), is not."""
    if (opens := _YEAR_OPENS.match(clause)) and int(opens.group("year")) < year:
        return True
    if " in " in clause and (dated := _DATED_MOVE.search(clause)) and \
            int(dated.group("year")) <= year - 2 and ", who " not in clause[:dated.start()]:
        return True  # "X was appointed CEO of Wrench Group in 2016" (a Q&A's background)
    return ("from " in clause or "between " in clause) and any(
        int(m.group("end")) < year for m in _PAST_SPAN.finditer(clause))


#: A person written as an honorific and a surname ("Mr. Cartwright").
_HONORED_SURNAME = re.compile(rf"^(?:{HONORIFIC_WORDS})\.?\s+(?P<surname>[A-Z][\w'’\-]+)$")


def _named_in_full(move: LeadershipCandidate, persons: Mapping[str, str]) -> LeadershipCandidate:
    """A move whose person is an honorific and a surname, with the name the text gave that
    surname in full ("Dwight Cartwright"), where it gave one."""
    if (m := _HONORED_SURNAME.match(move.person or "")) and (
            full := person_name(persons.get(m.group("surname"), ""))) and \
            full.split()[-1] == m.group("surname"):
        return replace(move, person=full)
    return move


@functools.lru_cache(maxsize=4096)
def _person_key(name: Any) -> str:
    """Who a person is, however a text writes the name: "Andrew S. Klein", "Andrew Klein"
    and "Dr. Andrew Klein" are one person (a middle initial, an honorific and a generation
    aside)."""
    words = normalise_name(_HONORIFIC.sub("", str(name or ""))).split()
    if len(words) > 2 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()  # ("Frank R. Parrish, III" is "Frank R. Parrish")
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


_HONORIFIC = re.compile(rf"^(?:{HONORIFIC_WORDS})\.?\s+", re.IGNORECASE)


def _mover(name: Any) -> str:
    """Who a person is within one item's text: the first and last words of _person_key
    ("Easton L. Manderson" and "Easton Lister Manderson" are one person; stored signals
    keep _person_key, so their keys do not change)."""
    words = _person_key(name).split()
    return " ".join(words[:1] + words[-1:]) if len(words) > 2 else " ".join(words)


def dedupe_key(kind: str, account_id: str, attrs: Mapping[str, Any]) -> str:
    """A readable key of the event (the exact test of sameness is :func:`same_event`)."""
    if kind == "funding":
        return f"funding:{account_id}:{attrs.get('round')}"
    if kind == "leadership":
        who = _person_key(attrs.get("person")) or _person_key(attrs.get("title"))
        return f"leadership:{account_id}:{who}:{attrs.get('change')}"
    if kind in ("strategic", "financial"):
        return f"{kind}:{account_id}:{attrs.get('type')}"
    if kind == "technographic":
        return f"technographic:{account_id}:{attrs.get('tool')}:{attrs.get('change')}"
    extra = f":{_person_key(attrs.get('title'))}" if attrs.get("type") in (
        "senior", "first_role") else ""
    return f"hiring:{account_id}:{attrs.get('department')}:{attrs.get('type')}{extra}"


def same_event(kind: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two signals of one account and kind report the same real-world event.

    Funding: the same round (or one of them unknown) and amounts within 20% (or one
    unknown): "raises $25M" and "lands $25.5 million Series A" are one round.
    Leadership: the same person (or, without names, the same title) and the same change.
    Hiring: the same department and type (and title, for senior postings)."""
    if kind == "funding":
        ra, rb = a.get("round"), b.get("round")
        if ra != rb and "unknown" not in (ra, rb):
            return False
        xa, xb = a.get("amount_usd"), b.get("amount_usd")
        if xa and xb:
            return abs(xa - xb) <= 0.2 * max(xa, xb)
        return True
    if kind == "leadership":
        if a.get("change") != b.get("change"):
            return False
        pa, pb = _person_key(a.get("person")), _person_key(b.get("person"))
        if pa and pb:
            return pa == pb
        return _person_key(a.get("title")) == _person_key(b.get("title"))
    if kind == "technographic":
        return (a.get("tool"), a.get("change")) == (b.get("tool"), b.get("change"))
    if kind in ("strategic", "financial"):
        # the same type of event within the window; two partnerships with different
        # companies are two events
        if a.get("type") != b.get("type"):
            return False
        return a.get("type") not in ("partnership", "acquisition") or \
            normalise_name(str(a.get("detail") or "")) == normalise_name(
                str(b.get("detail") or ""))
    return dedupe_key("hiring", "", a) == dedupe_key("hiring", "", b)


def merge_attributes(kind: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Fill what the first report left out (an amount, a round, investors, a name)."""
    merged = dict(old)
    for key, value in new.items():
        if merged.get(key) in (None, "unknown", [], "") and value not in (None, "unknown", []):
            merged[key] = value
    if kind == "funding":
        merged["investors"] = list(dict.fromkeys([*old.get("investors", []),
                                                  *new.get("investors", [])]))
    if "doubt" not in old or "doubt" not in new:  # one report reads it plainly
        merged.pop("doubt", None)
    if kind == "hiring":
        merged.update({k: v for k, v in new.items() if k in ("openings", "recent", "growth",
                                                             "baseline")})
    return merged


def technographics_from_postings(account_id: str, postings: Sequence[Item],
                                 known: Mapping[str, datetime], *,
                                 now: datetime) -> list[SignalIntent]:
    """Tools an account adopted or dropped, or uses (first seen: history, never an alert),
    from its job descriptions. Pure."""
    out = []
    for c in tech_changes(postings, known, now=now):
        attrs = {"tool": c.tool, "category": c.category, "change": c.change}
        p = c.posting
        sentence = (f"{c.tool} named in the job description of {p.title!r}" if p is not None
                    else f"{c.tool} named in none of the postings of the last "
                    f"{DROP_DAYS} days")
        when = (p.published or p.first_seen) if p is not None else now
        out.append(SignalIntent(
            kind="technographic", account_id=account_id, occurred_at=when, detected_at=now,
            confidence=1.0, attributes=attrs,
            evidence=(Evidence(url=p.url if p else None, title=p.title if p else "",
                               sentence=sentence, source=p.source if p else None,
                               published=p.published if p else None),),
            dedupe_key=dedupe_key("technographic", account_id, attrs),
            item_ids=(p.id,) if p is not None and p.id else (),
            history=c.change == "uses", matched="source"))
    return out
