"""Job titles (pure): function and level of a title as written.

Vocabulary: types.FUNCTIONS. Level, one taxonomy for leadership changes and postings alike
(:func:`level`): ``intern`` (intern, apprentice, trainee, working student), ``junior``
(junior, entry level, graduate, assistant, coordinator; "Executive Assistant to the CEO"
is not a C-level hire), ``ic``, ``manager`` (manager, team lead, lead, supervisor, chief of
staff), ``head`` (Head of, Director, General Manager, a firm's managing, general or
founding Partner: a Partner hired into a practice is not one), ``vp`` (Vice President,
SVP/EVP/AVP, Managing Director), ``c-level`` (Chief X Officer, CxO, President, a company's
founder or co-founder).
Seniority, the attribute signals carry, is the top three (``c-level``, ``vp``, ``head``),
else None: a "Team Lead" or an intern is never senior evidence. Word boundaries
everywhere: "Director of Engineering" is engineering, "CRO" is revenue, "Procurement" is
not "CRO".
"""

from __future__ import annotations

import functools
import re

from ..utils import ignorecase_key

_ABBREV = {
    "ceo": ("general management", "c-level"), "coo": ("operations", "c-level"),
    "cfo": ("finance", "c-level"), "cto": ("engineering", "c-level"),
    "cmo": ("marketing", "c-level"), "cro": ("revenue", "c-level"),
    "cio": ("engineering", "c-level"), "ciso": ("security", "c-level"),
    "cso": ("security", "c-level"), "cpo": ("product", "c-level"),
    "chro": ("people", "c-level"), "cdo": ("data", "c-level"), "cco": ("sales", "c-level"),
    "clo": ("legal", "c-level"), "gc": ("legal", "c-level"), "caio": ("data", "c-level"),
}

# Order matters: the first function whose pattern appears wins, most specific first.
_FUNCTION_PATTERNS: list[tuple[str, str]] = [
    ("revenue", r"revenue|growth|go[- ]to[- ]market|gtm|revops|revenue operations"),
    ("customer success", r"customer success|customer experience|customer support|"
                         r"client success|client services|customer care|support|cx"),
    ("sales", r"sales|business development|commercial|channel|partnerships?|alliances|"
              r"accounts?|account management|distribution|selling|bd"),
    ("marketing", r"marketing|brand|communications?|demand generation|content|pr|"
                  r"public relations|digital marketing|field marketing|seo"),
    ("security", r"security|information security|cyber ?security|trust"),
    ("data", r"data|analytics|ai|artificial intelligence|machine learning|ml|insights"),
    ("product", r"product|design|ux"),
    ("engineering", r"engineering|technology|technical|software|it|information technology|"
                    r"infrastructure|platform|r&d|research and development|devops|qa|"
                    r"quality assurance"),
    ("finance", r"finance|financial|accounting|treasurer|treasury|controller|investor "
                r"relations|fp&a|tax|audit"),
    ("people", r"people|human resources|hr|talent|recruiting|culture|people operations|"
               r"dei|diversity"),
    ("legal", r"legal|general counsel|counsel|compliance|regulatory|privacy|risk"),
    ("operations", r"operations?|operating|supply chain|logistics|facilities|procurement|"
                   r"manufacturing|administrative|administration"),
    ("general management", r"president|chief executive|executive officer|managing "
                           r"partner|general manager|country manager|founder|strategy|"
                           r"strategic|chairman|chairwoman|chair"),
]
_FUNCTIONS = [(f, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for f, p in _FUNCTION_PATTERNS]

_INTERN = re.compile(
    r"\b(?:interns?|internship|co-op|apprentice(?:ship)?|trainee|working student|werkstudent|"
    r"summer (?:analyst|associate)|student)\b", re.IGNORECASE)
_JUNIOR = re.compile(
    r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|"
    r"(?:executive |personal |administrative |sales |marketing )?assistant"
    r"(?! (?:vice|general counsel|director|professor|controller|treasurer))|"
    r"coordinator)\b", re.IGNORECASE)
_C_LEVEL = re.compile(
    r"\bchief\b(?! of staff)(?=.*\bofficer\b)|"
    # "chief executive" is the CEO with or without "officer" ("named chief executive")
    r"\bchief executive\b|"
    r"(?<!assistant )(?<!associate )(?<!deputy )\bgeneral counsel\b|"
    r"\b(?:ceo|coo|cfo|cto|cmo|cro|cio|ciso|cpo|chro|cdo|cco|caio)\b|"
    r"(?<!vice )(?<!vice-)\bpresident\b|"
    # a company's founder leads it ("Co-founder of X departs"); a "Founder in Residence" or
    # a "Founder's Associate" (a startup's junior generalist) does not
    r"\b(?:co-?)?founder\b(?!\s+in\s+residence|['’]?s?\s+(?:associate|assistant|office))",
    re.IGNORECASE)
_VP = re.compile(r"\b(?:vice[- ]president|vp|svp|evp|avp|managing director|member of the "
                 r"(?:management board|board of management)|management board member|"
                 # a Japanese company's executive officer (shikkō yakuin), not its chief
                 r"(?<!chief )executive officer)\b",
                 re.IGNORECASE)
_HEAD = re.compile(
    r"\b(?:head|director|general manager|chief(?! of staff))\b|"
    # a university's dean or provost leads a school or its faculties (the press policy's
    # "dean of a university's school", tests/data/signals/SOURCES.md)
    r"\b(?:dean|provost)\b(?!['’]s\s+list)|"
    # a firm's managing, general or founding partner leads it; a partner hired into a
    # practice ("Tax Partner", "named Partner") is no executive change (press policy,
    # tests/data/signals/SOURCES.md)
    r"\b(?:managing|general|founding|senior|executive|operating|venture|name)\s+partner\b"
    r"(?!s|\s+(?:manager|marketing|success|sales|development|engineer|account|operations|"
    r"programs?|ecosystem|solutions))|"
    r"\b(?:global|regional|practice|sales|revenue|marketing|engineering|business|senior) "
    r"leader\b|\bleader of\b|"
    # a firm's managing principal or managing attorney leads its practice (the policy's
    # "managing principal")
    r"\bmanaging\s+(?:principal|attorney)\b",
    re.IGNORECASE)
_MANAGER = re.compile(r"\b(?:manager|lead|leader|supervisor|chief of staff|foreman)\b",
                      re.IGNORECASE)
#: The levels, lowest first.
LEVELS = ("intern", "junior", "ic", "manager", "head", "vp", "c-level")
_NOT_EXECUTIVE = re.compile(
    # (a two-tier company's management board is its executives: "Member of the Management
    # Board", the German Vorstand; its supervisory board is a board)
    r"(?<!management )\bboard\b(?! of management)|\badvisory (?:board|council|committee)\b|"
    r"\badvisors?\b|\badvisers?\b|\btrustees?\b|"
    r"\bnon[- ]executive\b|\bindependent director\b|\bfellow\b|"
    r"\bambassador\b|\bmentor\b|\bchairman of the board\b|\banalyst$|"
    # a film's or a show's crafts, not a company's functions ("Director of Photography
    # for Documentary ...", "Art Director for a Music Video")
    r"\bdirector of photography\b|\b(?:art|casting|music(?:al)?|photography)\s+director\b|"
    # an investment firm's operating or venture partner works with its portfolio, senior
    # but no officer of the firm's functions (the press and headline sets' policy: a VC's
    # Venture Partner, an Operating Partner joining a venture firm are no moves); a
    # director "on" a team is a grade in it ("a director on the investment team"), not
    # the director of a function
    r"\b(?:operating|venture)\s+partner\b|^(?:an?\s+)?director\s+on\s+(?:the|its|our)\b",
    re.IGNORECASE,
)
_ABBREV_RE = re.compile(r"\b(" + "|".join(_ABBREV) + r")\b", re.IGNORECASE)


#: "Adobe exec Scott Belsky": a news headline's word for a senior leader, when it is the
#: whole title ("Account Executive" is a salesperson, "Executive Assistant" a junior).
_EXEC_ALONE = re.compile(r"^\s*(?:top\s+|senior\s+|longtime\s+|veteran\s+)?execs?\.?\s*$|"
                         r"^\s*(?:top|senior)\s+executives?\s*$", re.IGNORECASE)


#: Titles whose answers are kept: a feed's and a job board's titles repeat ("CEO", "Chief
#: Financial Officer", "Account Executive"), and every move and posting asks of its title
#: its level, function and whether it is executive (a tenth of a headline's reading).
_TITLES_KEPT = 8192


@functools.lru_cache(maxsize=_TITLES_KEPT)
def level(title: str) -> str:
    """Where a title sits in :data:`LEVELS` (see the module docstring)."""
    if _EXEC_ALONE.match(title):
        return "head"
    if _INTERN.search(title):
        return "intern"
    if _JUNIOR.search(title):
        return "junior"
    if _C_LEVEL.search(title):
        return "c-level"
    if _VP.search(title):
        return "vp"
    if _HEAD.search(title):
        return "head"
    if _MANAGER.search(title):
        return "manager"
    return "ic"


def seniority(title: str) -> str | None:
    """``c-level``, ``vp`` or ``head``; None below (managers, leads, ICs, juniors, interns)."""
    found = level(title)
    return found if found in ("head", "vp", "c-level") else None


@functools.lru_cache(maxsize=_TITLES_KEPT)
def function(title: str) -> str | None:
    """The function a title serves. For C-level abbreviations (CRO, CFO ...) the letter
    says it; otherwise the first matching family of words, most specific first."""
    # "Vice President" says the level, not the function.
    text = _VICE_PRESIDENT.sub(" ", title.replace("&amp;", "&"))
    m = _ABBREV_RE.search(text)
    chief = _CHIEF_X_OFFICER.search(text)
    if chief:
        text = chief.group(1)
    elif m and not _VP_WORD.search(text):
        return _ABBREV[ignorecase_key(m.group(1))][0]
    for name, pattern in _FUNCTIONS:
        if pattern.search(text):
            return name
    if chief and _EXECUTIVE.search(chief.group(1)):
        return "general management"
    if _HEAD_OF_UNIT.search(text):
        return "general management"  # the head of a business, not of a function
    return None


#: The head of a business unit or region ("head of Amazon MGM Studios", "Head of the
#: Consumer Division", "Head of EMEA"): its general manager (a function word, tried first,
#: says otherwise: "Head of EMEA Sales"; an acronym is no unit: "Head of QA").
_HEAD_OF_UNIT = re.compile(
    r"(?i:\bhead\s+of\s+(?:the\s+|its\s+)?)(?:(?:[\w&\-]+\s+){0,4}(?i:division|business|"
    r"unit|studios?|segment|subsidiary|region)\b|(?i:emea|apac|latam|amer|anz|dach|mena|"
    r"nordics|europe|asia|americas|north\s+america|(?:the\s+)?uk|(?:the\s+)?us)\b)")


@functools.lru_cache(maxsize=_TITLES_KEPT)
def is_executive(title: str) -> bool:
    """Board members, advisors, analysts, an investment firm's operating or venture
    partner and the like are not executive hires. A list of
    roles is executive when one of them is ("EVP, Chief Legal Officer, and Board
    Secretary"); an advisor's list of those advised is no list of roles ("Special Advisor
    to the Chairman, CEO, and Board of Directors")."""
    if _BARE_DIRECTOR.match(title) or _ADVISOR_TO.search(title):
        return False
    return any(_one_executive(r) for r in _ROLE_LIST.split(title) if r.strip())


def _one_executive(role: str) -> bool:
    """One role of a title (a "Director" in a list, "Director & Team Leader", keeps its
    sense: only a title that is nothing but "Director" is read as a seat or a grade)."""
    return not _NOT_EXECUTIVE.search(role) and seniority(role) is not None


#: An advisor's charge: "Special Advisor to the Chairman, CEO, and Board" (those advised).
_ADVISOR_TO = re.compile(r"(?i)\badvis[eo]rs?\s+to\b")
#: A release's "Director" alone, no function or unit: a board seat or a grade ("Names X to
#: Director", "Joins Y as Director"); news' lower-case "a former DeepMind director to lead
#: its lab" is a description, kept.
_BARE_DIRECTOR = re.compile(r"^(?:(?:A|An|The|New)\s+)*Director$")
_ROLE_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)


# Patterns the functions above use, compiled once at import (the first items
# a process read paid for compiling them; issue #13).
#: "Vice President" says the level, not the function.
_VICE_PRESIDENT = re.compile(r"\b(?:senior |executive )?vice[- ]president\b", re.IGNORECASE)
#: "Chief X Officer": X says the function.
_CHIEF_X_OFFICER = re.compile(r"\bchief\s+(.+?)\s+officer\b", re.IGNORECASE)
#: "Chief Executive Officer": general management.
_EXECUTIVE = re.compile(r"\bexecutive\b", re.IGNORECASE)
#: "VP": an abbreviation that is a level, not a function.
_VP_WORD = re.compile(r"\bvp\b", re.IGNORECASE)
