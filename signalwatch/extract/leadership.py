"""Leadership changes from press releases, news and page changes (pure).

Gives the company span (the matcher resolves it), the person, the title as written, its
function and seniority, and the change (joined, promoted, departed). Board members and
advisors are not executive hires. In "Former CRO of Bar joins Foo as CEO" the company is
Foo (the one joined); Bar is only part of the person's description.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from ..match import common_words, normalise_name
from .caseless import Caseless, may_hold
from .funding import reported
from .gates import Words
from .places import place
from .text import (
    CLAUSE_BEFORE_SUBJECT,
    LEAD_IN,
    LISTING,
    TICKERS,
    WIRE,
    drop_appositive,
    first_subject,
    without_dateline,
)
from .titles import function, is_executive, seniority

#: A person's name as the prose readers below take it: two to four capitalised words.
_A_NAME = r"(?-i:[A-Z])[\w'’\-.]+(?:\s+(?-i:[A-Z])[\w'’\-.]+){1,3}"
#: A company's name as prose writes it: up to four capitalised words.
_A_COMPANY = r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})"

# Active forms only: "Acme appoints X"; passive ones ("X named CFO of Acme") are _NAMED_OF.
_HIRE_VERBS = (r"has\s+appointed|has\s+named|has\s+hired|"
               r"appoints?|names?|hires?|welcomes?\s+back|welcomes?|taps|elevates?|promotes?|"
               r"adds|selects|"
               r"announces(?: the)? appointment of|announces|brings on|brings|permanently appoints|"
               r"picks|recruits|introduces")
#: "Announces the Promotion of X to ...": what a company announcing tells is a promotion.
_PROMOTION_OF = re.compile(r"(?i)(?:the\s+)?promotions?\s+of\s")
_COMPANY_VERB = Caseless(
    rf"^(?P<company>.+?)\s+(?P<verb>{_HIRE_VERBS})\s+(?P<rest>.+)$")
_JOINS = re.compile(
    r"^(?P<person>.+?)\s+(?:joins|rejoins|joined|returns to|moves to|(?:is\s+set\s+|set\s+)?to\s+"
    r"join|will\s+join)\s+(?P<company>.+?)\s+"
    r"(?:as|in\s+(?:a\s+|the\s+)?(?:newly[- ]created|new)\s+(?:role|position)\s+(?:of|as))\s+"
    r"(?:its\s+|the\s+|new\s+|first\s+|first-ever\s+)*(?P<title>.+)$", re.IGNORECASE)
#: A company's legal form, whose full stop is its own ("Acme Inc.").
_LEGAL_FORM_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Cos|Bros|L\.P|N\.A|S\.A|A\.G)\.$")


def _without_full_stop(company: str) -> str:
    """A company span without the sentence's full stop ("as COO of Ficus Health."), a legal
    form's own kept ("Acme Inc.")."""
    return company[:-1] if company.endswith(".") and not _LEGAL_FORM_END.search(company) \
        else company


#: A rank that takes its function after "of" ("Head of Sales at Acme", "VP of Marketing
#: Strategy at digifora"): the company is the one after "at".
_BARE_RANK = re.compile(r"(?i)^(?:(?:senior|executive|group|global|regional|new)\s+)*(?:head|"
                        r"[es]?vp|vice\s+president|president|director|managing\s+director|"
                        r"general\s+manager)$")
#: (A copula may tell it: "Jane Roe is the newly appointed Head of Revenue at Ficus", "John
#: Doe is the new CEO of Gourd": the verb "is the new", whose person must be named.)
_NAMED_OF = Caseless(
    r"^(?P<person>.+?)\s+(?:(?:is|was|has been)\s+(?:(?:the|its|their)\s+newly\s+(?=appointed|"
    r"named|promoted|elevated|hired))?)?(?P<verb>named|appointed|promoted|elevated|(?<=newly\s)hired|"
    r"tapped|selected|becomes|became|has\s+become|is\s+(?:the|its|their)\s+new)\s+"
    r"(?:to\s+|as\s+)?(?:the\s+)?"
    r"(?:new\s+)?(?P<title>.+?)\s+"
    r"(?:of|at|for)\s+(?P<company>.+)$")
#: A departure in the perfect or the progressive ("has resigned", "is stepping down").
_HAS_LEFT = (r"has\s+(?:resigned|stepped\s+down|left|departed|exited|quit|retired)|"
             r"is\s+stepping\s+down|is\s+leaving")
_DEPARTS = re.compile(
    # (a company and a person of at most 200 characters each: unbounded, a hostile text of
    # thousands of titles was read in square time)
    r"^(?P<company>.{1,200}?)\s+(?P<title>(?:chief [a-z ]+officer|(?:co-)?ceo|cfo|coo|cto|"
    r"cmo|cro|cio|"
    # the person may go unnamed: "Rad Power Bikes CEO steps down"
    r"president|vp [a-z ]+|head of [a-z ]+|(?:top\s+|senior\s+)?exec|(?:co-?)?founder|"
    # "Deel's comms chief departs"
    r"(?:[a-z]+\s+)?chief))"
    r"(?:\s+(?P<person>.{1,200}?))?\s+"
    # "... Announces Plans To Step Down", "... Confirms Her Intention to Retire"
    r"(?:(?:announces|announced|confirms|confirmed|shares|reveals)\s+(?:(?:his|her|their)\s+)?"
    r"(?:plans?|intention|decision)\s+|(?:plans|intends|is\s+set|expects|is\s+expected)\s+)?"
    # (prose tells it in the past: "Intel CEO Pat Gelsinger stepped down from his role")
    r"(?:steps down|resigns|(?<!has\s)stepped down|(?<!has\s)resigned|" + _HAS_LEFT + "|"
    r"departs|leaves|exits|to step down|to depart|to leave|retires|to retire|is out|"
    # "CEO Oliver Kaltner to Transition to Advisory Role": out of the role
    r"(?:to|will)\s+transition\s+to\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:advisory|advisor|"
    r"adviser|consulting)\s+(?:role|position|capacity)|"
    r"announce[sd]\s+(?:his|her|their)\s+(?:exit|departure|resignation|retirement)|"
    r"is retiring|will retire|will step down|will leave|is departing|"
    # "Instacart CEO Jane Doe is joining OpenAI": the role at the company left
    r"(?:is\s+joining|to\s+join|leaves\s+for|departs\s+for|exits\s+for|goes\s+to|heads\s+to|"
    r"leaves\s+to\s+join|is\s+leaving\s+for|moves\s+to)"
    r"(?=\s+(?:[a-z\-]+\s+){0,3}(?-i:[A-Z])(?!.{0,60}\b(?:board|lineup|panel|stage|podcast|"
    r"conference|summit|event|show)\b)))\b",
    re.IGNORECASE)
_DEPARTS_AS = re.compile(
    r"^(?P<person>.+?)\s+(?:steps down|stepping down|resigns|departs|to step down|will step "
    r"down|retires|to retire|will retire|is retiring|announces\s+(?:his\s+|her\s+|their\s+)?"
    r"(?:retirement|departure|resignation)|leaves\s+(?:(?:his|her|their)\s+)?(?:role|post|"
    r"position)|exits|(?:is\s+|was\s+|has\s+been\s+)?(?:ousted|fired|removed|replaced|"
    r"pushed\s+out|out))\s+as\s+(?:the\s+)?(?P<title>.+?)\s+(?:of|at|for)\s+"
    r"(?:the\s+)?(?P<company>.+?)(?:[,;]|\s+(?:after|effective|following|amid)\s|$)",
    re.IGNORECASE)
#: "Jane Doe will step down as Fabrikam CEO": the company before the title.
_DEPARTS_AS_COMPANY_TITLE = re.compile(
    r"^(?P<person>.+?)\s+(?:steps down|resigns|departs|to step down|will step down|retires|"
    r"to retire|will retire|is retiring|exits|is stepping down|(?:is\s+|was\s+)?(?:ousted|"
    r"fired|replaced|out))\s+as\s+(?:the\s+)?(?P<company>(?-i:[A-Z0-9])[^,;]{0,60}?)\s+"
    r"(?P<title>ceo|cfo|coo|cto|cmo|cro|cio|president|chief [a-z ]+officer|chair(?:man)?|"
    r"head of [a-z ]+)\s*(?:[,;]|\s+(?:after|effective|following|amid)\s|$)",
    re.IGNORECASE)
#: "Founder of Fabrikam returns as CEO", "Jane Doe is back as CEO of Fabrikam": a return.
_RETURNS = re.compile(
    r"^(?:(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:co-?)?founder\s+of\s+(?:[\w\-]+\s+){0,3}?"
    r"(?P<company1>(?-i:[A-Z0-9])[^,;]{0,60}?)|(?P<person>[^,]{3,90}?))\s+(?:is\s+back|returns|"
    r"is\s+returning|comes\s+back)\s+as\s+(?:the\s+)?(?:new\s+|interim\s+)?(?P<title>ceo|cfo|"
    r"coo|cto|cmo|cro|president|chief [a-z ]+officer|head of [a-z ]+)"
    r"(?:\s+(?:of|at)\s+(?:(?:[a-z]+\s+){0,2})(?P<company2>(?-i:[A-Z0-9])[^,;]{0,60}?))?"
    r"(?:[,;]|\s+(?:after|following|amid|to)\s|$)", re.IGNORECASE)
#: "Wingtip Founder Jane Roe" (returning): the company, then its founder's name.
_FOUNDER_BEFORE_NAME = re.compile(r"^(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9])"
                                  r"[\w.&\-]*){0,3})\s+(?:co-?)?founder\s+(?=(?-i:[A-Z]))",
                                  re.IGNORECASE)


def _founder_span(span: str) -> str:
    """A headline's "Wingtip Inc. (NASDAQ: WING) Founder Jane Roe" without the wire's
    prefix and the listing in brackets."""
    return TICKERS.sub("", WIRE.sub("", span))


#: A career told between a join and its "as": "joins X after most recently serving".
_CAREER_BEFORE = re.compile(r"\s(?:after|following|having)\s", re.IGNORECASE)
#: "back" and where to before a title: "Welcomes X back to Financial Gravity as our CCO".
_BACK_TO = re.compile(r"\s+back(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[^,]{1,60}?)?(?=\s+as\s)",
                      re.IGNORECASE)
#: "Fintech Varo ..., replaces founder CEO": the company lets its executive go.
_REPLACES = re.compile(
    r"^(?P<company>.+?)\s+(?:replaces|ousts|fires|removes|dismisses|parts\s+ways\s+with)\s+"
    r"(?:its\s+)?(?:founder\s+|co-founder\s+|founding\s+|longtime\s+)?(?P<title>ceo|cfo|coo|cto|"
    r"president|chief [a-z ]+officer)\b", re.IGNORECASE)
#: "Rad Power Bikes already has a new CEO": the company names none yet.
_HAS_NEW = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;:]{0,60}?)\s+(?:already\s+|now\s+|finally\s+)?(?:has|gets|"
    r"names|picks|finds)\s+(?:a\s+|its\s+)?(?:new|next|permanent)\s+(?P<title>ceo|cfo|coo|cto|"
    r"cmo|cro|president|chief [a-z ]+officer)\s*(?:[,;:.]|$)", re.IGNORECASE)
#: "Faraday Future founder named co-CEO": a founder's new role at the company.
_FOUNDER_NAMED = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;:]{0,60}?)\s+(?:co-?)?founder\s+(?:is\s+)?(?:named|"
    r"appointed|returns\s+as|becomes)\s+(?:the\s+|its\s+|new\s+|interim\s+)*"
    r"(?P<title>(?:co-?)?(?:ceo|cfo|coo|cto|president|chair(?:man)?)|chief [a-z ]+officer)\b",
    re.IGNORECASE)
#: "Co-founder of Fabrikam departs", "Billionaire founder of Fabrikam replaced as CEO": the
#: title before the company, the person unnamed (a later "as TITLE" is the role left).
_TITLE_OF_DEPARTS = re.compile(
    r"^(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?(?P<title>(?:co-?)?founder(?:\s+and\s+"
    r"(?:ceo|cto|coo|cfo|president|chief [a-z ]+officer))?|chief [a-z ]+officer|ceo|cfo|coo|"
    r"cto|cmo|cro|cio|president|head of [a-z ]+)\s+of\s+(?P<company>(?-i:[A-Z0-9])[^,;]{0,60}?)"
    r"\s+(?:(?:is\s+|was\s+|has\s+been\s+)?(?:replaced|ousted|removed|fired|pushed\s+out)"
    r"|departs|leaves|exits|quits|steps\s+down|resigns|retires|is\s+out|to\s+step\s+down|"
    + _HAS_LEFT + "|"
    r"to\s+leave|to\s+depart)\b(?:\s+as\s+(?P<role>(?:its\s+|the\s+)?[\w\- ]{2,40}?)"
    r"(?=\s+(?:following|after|amid|effective|to)\b|[,;.]|$))?",
    re.IGNORECASE)
#: "Jane Doe, chief revenue officer of Fabrikam, steps down": the title in an appositive.
_NAME_TITLE_OF_DEPARTS = re.compile(
    r"^(?P<person>[^,]{3,60}),\s+(?:the\s+|a\s+)?(?P<title>[^,]{2,60}?)\s+(?:of|at)\s+"
    r"(?P<company>\w[^,]{0,60}),\s+(?:steps\s+down|resigns|departs|leaves|exits|"
    r"retires|is\s+out|" + _HAS_LEFT + "|"
    r"to\s+step\s+down|to\s+leave|will\s+step\s+down)\b",
    re.IGNORECASE)
#: "Fabrikam's new CEO is former Contoso exec Jane Doe": an announcement by copula.
_NEW_TITLE_IS = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;]{0,60}?)['’]s?\s+(?:new|next|incoming|first|"
    r"first-ever)\s+(?P<title>[^,;]{2,50}?)\s+is\s+(?P<person>[^,;]{3,80})$", re.IGNORECASE)
#: A headline opening with a subordinate clause ("As Intel welcomes a new CEO, a look at
#: ..."): background to the main clause, which carries the news.
_SUBORDINATE = re.compile(r"^(?:as|while|when|after|before|once|now that|why|how)\s",
                          re.IGNORECASE)
#: "Jane Doe leaves Fabrikam as CEO": the person leaves the company, named after the verb.
_LEAVES_COMPANY = re.compile(
    r"^(?P<person>.+?)\s+(?:departs|leaves|exits|quits|is\s+leaving|will\s+leave)\s+"
    r"(?!(?:his|her|their|the)\s)(?P<company>(?-i:[A-Z0-9])[^,;]{1,60}?)\s+as\s+"
    r"(?:its\s+|the\s+)?(?P<title>.+?)(?:[,;]|\s+(?:after|effective|following|amid|to)\s|$)",
    re.IGNORECASE)
_AS_TITLE = re.compile(
    r"\s+(?:as|to(?: the (?:role|position) of)?|to serve as|to be)\s+"
    r"(?:its\s+|their\s+|our\s+|the\s+|new\s+|first\s+|first-ever\s+|company['’]s\s+)*",
    re.IGNORECASE)
_TITLE_WORD_LIST = (
    "chief", "ceo", "cfo", "coo", "cto", "cmo", "cro", "cio", "ciso", "cpo", "cco", "cdo", "chro",
    "president", "vice president", "vp", "svp", "evp", "head", "director", "managing director",
    "general manager", "partner", "chairman", "officer")
_TITLE_WORDS = Caseless(rf"\b(?:{'|'.join(_TITLE_WORD_LIST)})\b")
#: One word that is no part of a person's name: a title's single words (what
#: _TITLE_WORDS' fullmatch of one lower-case ASCII word finds, without running it on every
#: word of every name), and the words a name follows.
_NOT_NAME_TOKENS = frozenset((
    *(w for w in _TITLE_WORD_LIST if " " not in w),
    "of", "the", "at", "and", "veteran", "executive", "former", "industry", "new",
    # (a board's posts: "Founder and Chair Emeritus, Dr. Guy Harvey")
    "chair", "chairwoman", "chairperson", "emeritus", "emerita"))
_TITLE_END = re.compile(
    r"\s+(?:to (?:lead|drive|support|accelerate|help|strengthen|advance|oversee|spearhead|"
    r"expand|scale|head|guide|build|steer|fuel|bolster|boost)|amid|as (?:the )?company|"
    r"following|after(?=\s)|effective|in (?:a|an|the)\b|with\b|who\b|for (?:its|the)\b|"
    # ("as a member of the management board on the 1st of January 2026": its date)
    r"on\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\.?\s+)?\d\w*|"
    # "as Its President in Historic AI Leadership Move", "CEO in Leadership Shake-Up": the
    # news told of the move, no part of its title
    r"in\s+(?:[\w\-]+\s+){0,3}?(?:move|shake-?up|transition|succession|overhaul|reshuffle|"
    r"restructuring|push|bid|effort|drive)\b|"
    # "as Chief Executive Officer of the Company": the company spoken of, no part of it
    r"of\s+the\s+(?i:company|firm|group|corporation|organi[sz]ation)"
    r"(?=[,.;]|\s+(?-i:[a-z])|$))\b"
    r"|\s*[;:(]|\s+[-–—]\s+|,\s+(?:a|an|the|effective|as|to|who|bringing|marking|"
    r"signaling|further|strengthening)\b|,\s+(?:[A-Z][a-z]+ing|Launches|Announces|Expands|"
    r"Reports|Completes|Adds|Names|Unveils|Signs)\b|"
    # "as Chief Development Officer and Renews Ruth Werhahn's Contract": a second predicate
    r"\s+and\s+(?-i:Renews|Announces|Appoints|Names|Promotes|Launches|Reports|Completes|"
    r"Unveils|Signs|Secures|Celebrates|Strengthens|Welcomes|Expands)\b|"
    # "New CFO and Expansion of Its Plant": a second piece of news
    r"\s+and\s+(?:the\s+)?(?-i:Expansion|Finalization|Completion|Closing|Launch|Acquisition|"
    r"Partnership|Results|Plans|Update|Opening|Approval|Agreement|Record|Strategic|Financial|"
    r"Quarterly|Annual|Merger)\b",
    re.IGNORECASE)
#: What before a title says it is no hire: a board's officer, a credit ("from Director X").
_NO_HIRE_BEFORE_TITLE = re.compile(r"(?i)\b(?:board(?:['’]s)?|from|by)\s*$")
#: A preposition or a conjunction a capital opens at a sentence's start: no part of the name
#: after it ("With Lisa at the helm", "Under John Doe, the firm ...").
_LEADING_WORDS = frozenset(("with", "for", "from", "under", "after", "before", "since",
                            "during", "through", "without", "among", "between", "like",
                            "when", "while", "once", "until", "unlike", "alongside",
                            # ("As John and I build on ...": a first name, no one's full name)
                            "as", "if", "because", "although", "though", "whether"))
#: The honorifics a name may carry ("Dr. Jane Roe"), and their alternation for patterns.
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof")
HONORIFIC_WORDS = "|".join(HONORIFICS)
#: Capitalised words that describe a person in a headline but are not their name.
_DESCRIPTORS = frozenset((
    "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof.", "sir", "veteran",
    "seasoned", "former", "industry", "fintech", "telecom", "tech", "technology", "executive",
    "leader", "co-founder", "cofounder", "founder", "vp", "svp", "evp", "chief", "officer",
    "new", "longtime", "long-time", "serial", "accomplished", "renowned", "award-winning",
    "development", "business", "sales", "marketing", "growth", "operations", "engineering",
    "product", "finance", "strategy", "digital", "global", "senior", "head", "director",
    "president", "partner", "manager", "expert", "specialist", "pioneer", "entrepreneur",
    # what a person is called before the name ("Digital Sports Media Innovator Ed Bunnell")
    "innovator", "visionary", "strategist", "trailblazer", "technologist", "operator",
    "investor", "banker", "scientist", "engineer", "researcher", "physician", "advocate",
    "authority", "luminary", "member", "alumnus", "alum",
))
#: Headline verbs that open a span of capitalised words before a name ("... and Names
#: Jane Roe as ..."): never part of the name.
_HEADLINE_VERBS = frozenset((
    "names", "appoints", "taps", "welcomes", "hires", "announces", "promotes", "elects",
    "selects", "adds", "introduces", "confirms", "reveals", "plans", "picks", "brings",
))
_NAME_TOKEN = re.compile(r"^(?:(?:d['’])?[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[A-Z]\.|\"[^\"]+\"|“[^”]+”|de|van|"
                         r"von|der|da|di|del|la|le|bin|al-\w+)$")


@dataclass(frozen=True)
class LeadershipCandidate:
    company: str
    person: str | None
    title: str
    function: str | None
    seniority: str | None
    change: str
    sentence: str


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", '"')


_COUNT_OF_PEOPLE = re.compile(
    r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|new|key)\b"
    r"|\b(?:leaders|executives|officers|members|directors|vps|partners|hires|appointments|"
    r"heads|managers)$")


#: "Rajni Natesan, MD, MBA as CEO": degrees between a name and its role.
_POSTNOMINALS_BEFORE_AS = re.compile(r"(?:,\s+(?:PhD|Ph\.D\.|MD|M\.D\.|MBA|CPA|CFA|Esq\.?|JD|"
                                     r"J\.D\.|DDS|RN|MPH|MS|MSc|"
                                     # a credential's letters ("Esq., CRCM", "CFP®")
                                     r"(?!(?:II|III|IV|VI|VII|VIII)\b)[A-Z]{2,6}®?))+"
                                     r"(?=,?\s+as\s)")
_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_GENERATIONS = ("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV")
_POSTNOMINALS = re.compile(r"(?:,?\s+(?:MBE|OBE|CBE|KBE|PhD|Ph\.D\.|MD|M\.D\.|MBA|CPA|CFA|"
                           r"Esq\.?|FACS|FRCSC|CM|DDS|RN|JD|J\.D\.)|"
                           # a credential's letters, not a generation ("Parrish, III")
                           r",\s+(?!(?:II|III|IV|VI|VII|VIII)\b)[A-Z]{2,6}®?)+$")


#: Words an organisation's name ends with and a person's never does ("Southern Star
#: Research", "Acme Holdings", "Gourd Therapeutics").
_ORGANISATION_WORDS = frozenset((
    "research", "group", "partners", "capital", "ventures", "holdings", "technologies",
    "solutions", "systems", "labs", "laboratories", "therapeutics", "pharmaceuticals",
    "biosciences", "sciences", "networks", "consulting", "corporation", "corp", "inc", "llc",
    "ltd", "plc", "foundation", "institute", "university", "college", "hospital", "services",
    "software", "studios", "industries", "enterprises", "agency", "association", "society",
    "council", "bank", "insurance", "logistics", "energy", "media", "health", "healthcare",
    "company", "companies", "advisors", "advisers", "associates", "management", "fund",
    "trust", "exchange", "network", "platform", "foods", "motors", "airlines", "pharma",
    # (an undertaking's name: "President Trump's Stargate Initiative")
    "initiative", "initiatives", "program", "programme", "project", "campaign", "summit",
    "conference", "awards", "index", "alliance", "coalition", "committee"))


def person_name(span: str) -> str | None:
    """The person's name at the end of a span like "Veteran Fintech Executive Kyle Zasky"
    or "Ex-Salesforce VP Kenn Van Hauen"; None when the span names no one."""
    span = span.strip(" ,")
    # "Frank R. Parrish, III", "John Doe, Jr.": the name, its generation kept as written
    if span.endswith(_GENERATIONS) and (gen := _GENERATION.search(span)) and (
            named := person_name(span[:gen.start()])):
        return named + gen.group(0)
    # honours and degrees after the name ("Dr Kieran West MBE", "Jane Roe, PhD") are no
    # part of it
    span = _POSTNOMINALS.sub("", span).strip(" ,")
    if span.endswith(".") and len(last := span.rsplit(None, 1)[-1]) > 3 and \
            last[:-1].isalpha() and not last[:-1].isupper():
        span = span[:-1]  # "named CFO Jane Roe.": the sentence's full stop, no initial
    tokens = span.split()
    # Walk back from the end while tokens look like parts of a name.
    name: list[str] = []
    for token in reversed(tokens):
        if token.endswith(("'s", "’s")):
            break  # "Felix Capital’s Julien Codorniou": the possessor is no part of the name
        if _NAME_TOKEN.match(token) and (low := token.lower()) not in _NOT_NAME_TOKENS and \
                (low.isascii() or not _TITLE_WORDS.fullmatch(low)):
            name.insert(0, token)
        else:
            break
    # "Veteran Pinterest And Google Leader Jon Kaplan", "Oncology Expert Dr. Guy Clifton":
    # the name starts after the last descriptor, honorific or connector
    cut = max((i for i, t in enumerate(name[:-1]) if t.lower() in _DESCRIPTORS
               or t.lower() in ("and", "&", "of", "expert", "leader")), default=-1)
    if cut >= 0 and len(name) - cut - 1 >= 2:
        name = name[cut + 1:]
    while name and (name[0].lower() in _DESCRIPTORS or name[0].lower().startswith("ex-")
                    or name[0].lower() in _LEADING_WORDS
                    or name[0].lower() in _HEADLINE_VERBS
                    or (name[0].isupper() and len(name[0]) <= 5 and span.upper() != span
                        # (an initial opens a name: "A. Michael Smith")
                        and not (len(name[0]) == 2 and name[0][1] == "." and len(name) >= 2))):
        name.pop(0)
    if len(name) == 1 and len(tokens) >= 2 and tokens[-1] == name[0] and \
            tokens[-2].rstrip(".") in HONORIFICS and name[0][1:].islower():
        name = tokens[-2:]  # "the appointment of Mr. Kwon": a surname with its honorific
    if not (2 <= len(name) <= 4):
        return None
    if name[-1].lower().strip(".,") in _ORGANISATION_WORDS:
        return None  # "Selects Southern Star Research as CRO": an organisation, no person
    # "Seven Key Leaders", "Three New Executives": a count of people, no one's name
    if _COUNT_OF_PEOPLE.search(" ".join(name)):
        return None
    if len(name) == 4 and not any(t.endswith(".") or t[0] in "\"“" or t.islower()
                                  for t in name[1:3]):  # (an initial, a nickname, "van der")
        name = name[-3:]
    if span.upper() == span and len(span) > 6:  # ALL CAPS release titles
        return " ".join(t.capitalize() if t.isupper() and len(t) > 2 else t for t in name)
    return " ".join(name)


def _title(rest: str) -> str:
    m = _TITLE_END.search(rest)
    title = rest[:m.start()] if m else rest
    if "’s " in title[:16] or "'s " in title[:16]:
        title = _OWNERS_WORD.sub("", title)  # "the company’s Chief Marketing Officer"
    return title.strip(" ,.\"'")


#: The company spoken of, owning a title: "company’s", "firm's".
_OWNERS_WORD = re.compile(r"(?i)^(?:the\s+)?(?:company|firm|group|bank|business)['’]s\s+")


#: Lower-case words inside a company's name ("Bank of America", "Technology at Arizona State").
_CONNECTORS = frozenset(("of", "and", "at", "for", "de", "la", "le", "the", "in", "on", "du",
                         "von", "van", "y", "e", "des", "del", "da", "di", "und", "&"))


#: Words that open a title before its title word ("Group President", "Interim CEO").
_TITLE_LEAD = frozenset(("group", "regional", "global", "executive", "senior", "interim",
                         "acting", "deputy", "associate", "division", "divisional", "area",
                         "country", "national", "new", "founding",
                         # a function before its title word ("National Sales Director")
                         "sales", "marketing", "product", "engineering", "operations",
                         "finance", "technology", "people", "revenue", "growth", "strategy",
                         "business", "development", "customer", "client", "legal", "data",
                         "digital", "brand", "partnerships", "communications"))


def _split_person_title(rest: str) -> tuple[str, str] | None:
    """"Kyle Zasky as Chief Executive Officer", "Christine Hayek Chief Operating Officer",
    "Gordon Robb CEO to Lead the Transition" (the title before "to", not after it)."""
    m = _AS_TITLE.search(rest)
    t = _TITLE_WORDS.search(rest)
    if m and not (t is not None and 0 < t.start() < m.start()
                  and m.group().strip().lower().startswith("to")):
        return rest[:m.start()], rest[m.end():]
    # "New Family Office Director Mitch Monson", "Chief Revenue Officer Jane Roe": the title
    # first, the name last
    if t and (name := person_name(rest)) and rest.rstrip().endswith(name) and \
            rest.rfind(name) > t.start() and \
            not any(w.lower() in _NOT_NAME_WORDS for w in name.split()) and \
            not _CONNECTOR.search(rest[t.start():rest.rfind(name)]):
        title = _NEW_BEFORE_TITLE.sub("", rest[:rest.rfind(name)].strip(" ,"))
        return name, title
    if t and t.start() > 0:
        start = t.start()
        if _FORMER.match(rest):
            after = list(itertools.takewhile(lambda w: w[:1].isupper(), rest[start:].split()[1:]))
            if person_name(" ".join(after[:4])):
                # "Former Live Nation Europe President Simon Lewis to Lead ...": what the
                # person was, the name after it; no new title told
                return None
            # "former Google DeepMind director to lead its AI lab": an unnamed hire
            return "", rest[start:]
        before = rest[:start].split()
        while before and before[-1].lower() in _TITLE_LEAD:  # "Parker Burke Group President"
            start = rest.rfind(before.pop(), 0, start)
        return rest[:start], rest[start:]
    return None


_FORMER = re.compile(r"(?i)^(?:former|ex-|onetime|one-time)\b")
#: A plural title, then two names: "New Family Office Directors Lauren Fischer and Dave
#: Fischer".
_PLURAL_TITLE_NAMES = re.compile(
    r"^(?:new\s+)?(?P<title>(?:(?-i:[A-Z])[\w&\-]*\s+){0,4}?(?:Directors|Officers|Presidents|"
    r"Managers|Heads|VPs|SVPs|EVPs))\s+(?P<a>(?-i:[A-Z])[\w.'’\-]+(?:\s+(?-i:[A-Z])[\w.'’\-]+)"
    r"{1,2})\s+(?:and|&)\s+(?P<b>(?-i:[A-Z])[\w.'’\-]+(?:\s+(?-i:[A-Z])[\w.'’\-]+){1,2})$",
    re.IGNORECASE)
#: The plural of an acronym title, its "s" ("Co-CEOs", "CFOs").
_PLURAL_TITLE = re.compile(r"(?<=[A-Z]{3})s$")
_NOT_NAME_WORDS = frozenset(("to", "lead", "for", "as", "and", "of", "the", "at", "in", "on",
                             "with", "drive", "head", "oversee", "run"))
#: Between a title and a name after it, a connector says the words are no name ("Vice
#: President of External Affairs", "Officer for London Branch").
_CONNECTOR = re.compile(r"(?i)\s(?:of|for|and|&|in|at|to|joins|with)\s")
_NEW_BEFORE_TITLE = re.compile(r"^(?:(?:its|the|a|an|new|incoming|our|their)\s+)+",
                               re.IGNORECASE)
_BOARD_END = re.compile(r"\s+(?:supervisory\s+|management\s+)?board(?:\s+of\s+directors)?$",
                        re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_OWNER_OF = re.compile(r"^(?P<owner>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)['’]s\s+"
                       r"(?P<rest>(?:[A-Z0-9]|[a-z]+[A-Z]).*)$")
#: A place's office or a unit of the owner's ("Avenue Z's Miami office"): the owner's.
_OWNERS_UNIT = re.compile(r"(?i)\s(?:office|offices|branch|division|unit|team|region|"
                          r"operations|business|hub)$")
_NAME_THEN_WORDS = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*)*)"
    r"\s+(?P<rest>(?-i:[a-z])[\w\-]*(?:\s+[\w\-]+)*)$")
#: A legal form or a listing between a name and the words after it ("Ficus Companies, Inc.
#: (OTC: FGCO) is excited to": the name is "Ficus Companies").
_FORM_BEFORE_WORDS = re.compile(
    rf"(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co|PLC)\.?(?:\s*\({LISTING}\))?|\s*\({LISTING}\))"
    r"(?=\s+(?-i:[a-z]))")
_CAPITAL = re.compile(r"[A-Z]")


_SOURCE_FIRST = re.compile(r"^\([^)]{2,40}\)\s*[-–—]\s*")
_SAID_IT = re.compile(r"(?:\s+(?:said|says|announced|has\s+announced)(?:\s+(?:on\s+)?"
                      r"(?-i:[A-Z][a-z]+day))?(?:\s+that)?\s+it|\s+(?:has|have|had)|['’](?-i:s))$",
                      re.IGNORECASE)


_AS_IN_TITLE = re.compile(r"(?i)\s+as\s+")
_OUR = re.compile(r"(?i)^(?:our|its|their|the)\s+")


#: A chair who founded the company, no executive post: "Joins X as Chairman and Co-Founder".
_CHAIR_AND_FOUNDER = re.compile(r"(?i)^(?:chair(?:man|woman|person)?\s+(?:and|&)\s+(?:co-?)?"
                                r"founder|(?:co-?)?founder\s+(?:and|&)\s+chair(?:man|woman|person)?)"
                                r"(?:$|\s+(?:in|with|of|at|for)\s)")


#: A title that is a person's honorific before their thing: "President Trump's Stargate
#: Initiative" (not "President of Women's Health").
_HONORIFIC_OWNER = re.compile(r"^(?:(?:vice\s+)?president|chairman|ceo|chief|governor|mayor|"
                              r"senator|prime\s+minister)\s+(?-i:[A-Z])[\w\-]+['’]s\s",
                              re.IGNORECASE)


#: A title a term's years open: "the 2025–2026 President" of an association is an elected
#: office for a year, "2024 CEO of the Year" an award; neither an executive's post.
_TERM_FIRST = re.compile(r"^(?:the\s+)?(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?\s")


#: A title that qualifies a noun after it, no one's post: "CEO Update on Growth Strategy",
#: "CEO Letter", "President's Award", "CFO Roundtable".
_TITLE_BEFORE_NOUN = re.compile(
    r"(?i)^(?:[\w\-]+\s+){0,2}?(?:ceo|cfo|coo|cto|cmo|cro|cio|president|founder)(?:['’]s)?\s+"
    r"(?:update|letter|message|interview|podcast|video|town\s+hall|roundtable|summit|award|"
    r"spotlight|series|insights?|forum|report|commentary|q&a|chat|council|panel|conference|"
    r"circle|club|network|survey|outlook|briefing)s?\b")


def _candidate(company: str, person: str | None, title: str, change: str,
               sentence: str) -> LeadershipCandidate | None:
    title = _title(title)
    if _TERM_FIRST.match(title) or _TITLE_BEFORE_NOUN.match(title):
        return None
    if " as " in title.lower():
        # "to Assume Role as Chairman and CEO": the role after "as"; "Named Chief Digital
        # Officer as House of Doge & Brag House Holdings Join Forces": a clause after the
        # title, no company of it
        before, after = _AS_IN_TITLE.split(title, maxsplit=1)
        if not is_executive(after) or is_executive(before):
            return None
        title = _title(_OUR.sub("", after))
    company = company.strip(" ,:;\"'")
    dept, _, after_dept = company.partition(", ")
    if after_dept and len(dept.split()) <= 3 and _a_department(dept) and \
            f"{title} of {dept}," in sentence:
        # "promoted to Vice President of Operations, Venture X": the function the title's,
        # the company after it
        title, company = f"{title} of {dept}", after_dept
    # "After raising $1 billion, fintech Varo closes ..., replaces founder CEO": a clause
    # before the subject is no part of it
    company = CLAUSE_BEFORE_SUBJECT.sub("", company)
    # "A granted ESOPs, B turned bullish, and Freshworks founder X announced his exit": a
    # list of news, the last clause the one whose title follows
    if ", and " in company:
        company = company.rsplit(", and ", 1)[1]
    # "23andMe files for bankruptcy protection, CEO resigns": the first predicate's subject
    company = first_subject(company)
    # "Vonovia Supervisory Board Appoints ...": the board acts for the company
    company = _BOARD_END.sub("", company) or company
    # "Acme's CEO Jane Doe steps down": for a leadership change the possessor is the company
    company = _POSSESSIVE_END.sub("", company).strip()
    # "CEO of Elon Musk's X", "Alphabet's Waymo": the company after its owner's possessive
    if owned := _OWNER_OF.match(company):
        # ("Avenue Z's Miami office": an owner's unit, the owner)
        company = owned.group("owner" if _OWNERS_UNIT.search(company) else "rest")
    company = WIRE.sub("", company)
    # "(Alliance News) - SIG PLC said Friday it", "Marks & Spencer has", "Comcast's": the
    # company without the reporting words, an auxiliary or a possessive after it
    company = _SAID_IT.sub("", _SOURCE_FIRST.sub("", company)).strip()
    # "AWS generative AI exec leaves": the exec's descriptors after the company's name
    if (named := _NAME_THEN_WORDS.match(_FORM_BEFORE_WORDS.sub("", company, count=1)
                                         if "(" in company or "," in company else company)) and \
            named.group("rest").split()[0] not in _CONNECTORS and all(
                w.islower() or (w.isupper() and len(w) <= 4)
                for w in named.group("rest").split()):
        company = named.group("name")  # (not "DNA testing company 23andMe")
    company = _SAID_IT.sub("", company).strip()
    if company.lower() in _TITLE_MODIFIERS or _A_TEAM_JOINED.fullmatch(company) or (
            f"{title} of {company}" in sentence and ((
                len(words := company.split()) <= 2 and not any(w.isupper() for w in words)
                and _a_department(company)) or _a_unit_function(company, title))):
        # "Youdy Sanon Appointed Global Chief Marketing Officer", "X became Vice President of
        # Operations": no company (the prose readers read the title whole); "named Head of
        # Google Solution Sales": a function for a brand, a department too
        return None
    if not title or not company or not is_executive(title) or len(title) > 90 or \
            _CHAIR_AND_FOUNDER.match(title) or _HONORIFIC_OWNER.match(title):
        return None
    if _TITLE_WORDS.search(company) and not _CAPITAL.search(company):
        return None
    if company[:1].islower() and _A_TIME_OF.match(company):
        return None  # ("will step down as CEO at the end of March": a time, no company)
    return LeadershipCandidate(company=company, person=person, title=title,
                               function=function(title), seniority=seniority(title),
                               change=change, sentence=sentence)


#: The months, a time after a title ("at the end of March"), no company.
_MONTHS = frozenset(("January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"))
#: A time told after a title's "at": "the end of March", "the beginning of 2026".
_A_TIME_OF = re.compile(r"(?:end|beginning|start|close|middle|turn)\s+of\s")
_APPOSITIVE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:former|ex-|veteran|longtime|seasoned)"
                         r"[^,]{0,80},\s+as\s+", re.IGNORECASE)
#: "Acme Expands Its Leadership Team, Appointing X as COO": the hire after the clause.
_TEAM_CLAUSE = re.compile(
    r"^(?P<company>.+?)\s+(?:expands|strengthens|bolsters|grows|builds\s+out|adds\s+to|"
    r"enhances|boosts)\s+(?:its\s+)?(?:executive\s+|senior\s+|c-suite\s+)?(?:leadership|"
    r"management|executive)(?:\s+team)?(?:\s*,|\s+with(?:\s+the)?)\s+(?:(?:appointing|"
    r"appointments?\s+of|hiring|hires?\s+of|adding|additions?\s+of|naming)\s+|"
    # "Strengthens Leadership Team with Eric Austvold as Chief Revenue Officer"
    r"(?=(?-i:[A-Z])[\w.'’\-]+(?:\s+(?-i:[A-Z])[\w.'’\-]+){1,3}\s+as\s))(?P<rest>.+)$",
    re.IGNORECASE)
_NEW_EXECUTIVES_WORDS = Words(("executives", "leaders", "team with"))
_ROLES_FILLED_WORDS = Words(("team with", "appointment of", "hiring of", "appoints ",
                             "names ", "hires "))
#: "Zingly.ai Expands Leadership Team with New CMO and CRO", "Acme Announces the
#: Appointment of Chief Operating Officer": executive roles filled, no one named.
_ROLES_FILLED = re.compile(
    r"^(?P<company>.+?)\s+(?:(?:expands|strengthens|bolsters|grows|builds\s+out|adds\s+to|"
    r"enhances|boosts)\s+(?:its\s+)?(?:executive\s+|senior\s+|c-suite\s+)?(?:leadership|"
    r"management|executive)\s+team\s+with\s+(?:a\s+|the\s+)?(?:new\s+)?|announces\s+(?:the\s+)?"
    r"(?:appointment|hiring)\s+of\s+(?:a\s+|its\s+)?(?:new\s+)?|"
    # "... and Appoints Managing Director": the headline ends at the role, no one named
    r"(?:and\s+)?(?:appoints|names|hires)\s+(?:a\s+|its\s+)?(?:(?:two|three|four|five|six|"
    r"\d+)\s+)?(?:new\s+)?(?=[^,;:]+$))"
    r"(?P<roles>(?:ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|president|chief\s+[a-z ]+?officer|"
    r"managing\s+director|general\s+manager|executive\s+director)s?"
    r"(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|president|"
    r"chief\s+[a-z ]+?officer|managing\s+director|general\s+manager|executive\s+director)s?)*)"
    # ("... of Chief Financial Officer and Director on the Board": the board seat is none)
    r"(?:\s+and\s+(?:a\s+)?(?:director|member)\s+(?:on|of|to)\s+(?:the|its)\s+board"
    r"(?:\s+of\s+directors)?)?\s*$", re.IGNORECASE)
#: "Jane Roe of Lamna to Serve as Proseware’s Chief Investment Officer and Assume Seat on
#: Board": the company before its title, as a possessive.
_SERVES_AS = re.compile(
    r"^(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})(?:\s+of\s+[^,]{2,60}?)?"
    r"\s+(?:to\s+serve|will\s+serve|serves|is\s+named|named|appointed|tapped|to\s+become|"
    r"becomes)\s+as\s+(?:the\s+)?(?P<company>(?-i:[A-Z])[\w.&'\- ]{1,50}?)['’]s\s+"
    r"(?:new\s+|next\s+|first\s+)?(?P<title>.+?)(?:\s+and\s+(?:assume|join|take)\b.*)?$",
    re.IGNORECASE)
#: "Concorde's Sydney Hockaday Promoted to Managing Director, Marketing": a company's own
#: person moved up, the company the possessor (a company after "of/at" is _NAMED_OF's).
_OWN_PERSON_PROMOTED = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9])[\w.&\-]*){0,3})['’]s?\s+"
    r"(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+(?:is\s+|has\s+been\s+)?"
    r"(?P<verb>promoted|elevated|named|appointed)\s+(?:to\s+|as\s+)?(?:the\s+)?(?:new\s+)?"
    r"(?P<title>(?:(?!\s(?:of|at)\s).)+)$", re.IGNORECASE)
#: Words that open a title, never end a company's name ("Named Executive Vice President
#: of X": no company "Executive").
_RANK_WORDS = frozenset(("executive", "senior", "vice", "deputy", "interim", "acting",
                         "associate", "assistant", "chief", "new"))
#: "Andrew Klein, M.D. named UNOS Chief Medical Officer": a person named to a title whose
#: company stands before it.
_NAMED_COMPANY_TITLE = re.compile(
    r"^(?:[^,]{1,40},\s*)?"  # a label before the news ("Blockchain + AI, ")
    r"(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,5}(?:,\s+[\w.]{2,6})*)"
    r"\s+(?:is\s+|was\s+|has\s+been\s+)?(?:named|appointed|tapped)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:new\s+)?"
    r"(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3}?)\s+"
    r"(?P<title>(?:chief\s+[a-z ]+?officer|ceo|cfo|coo|cto|cmo|cro|cio|president|"
    r"(?:senior\s+|executive\s+)?vice\s+president(?:\s+of\s+[\w ]+)?|general\s+counsel))$",
    re.IGNORECASE)
#: "Jane Roe Takes Over as CEO of Lamna", "Jane Roe Assumes Role of CFO at Lamna": a
#: person taking a company's role, the company after it.
_TAKES_A_ROLE = re.compile(
    r"^(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+"
    r"(?P<verb>takes\s+over|takes\s+the\s+helm|steps\s+in|steps\s+up|commences|"
    r"assumes\s+(?:the\s+)?(?:role|position|post))\s+(?:as|of)\s+(?:the\s+)?(?:new\s+)?"
    r"(?P<title>[^,;:]{2,60}?)\s+(?:of|at)\s+(?P<company>(?-i:[A-Z0-9])[^,;:]{1,60}?)"
    r"(?:,.*)?$", re.IGNORECASE)
#: "Eric Bernard Takes Over as Sonova CEO Effective September 15, 2025", "Jane Roe to Take
#: Over as Lamna CFO": the company's name before its title.
_TAKES_A_COMPANY_ROLE = re.compile(
    r"^(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+"
    r"(?:(?:to|will)\s+)?(?:takes?\s+over|takes?\s+the\s+helm|steps?\s+in|steps?\s+up)\s+as\s+"
    r"(?:the\s+)?(?:new\s+)?(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])"
    r"[\w.&'’\-]*){0,3}?)\s+(?P<title>chief\s+[a-z ]+?officer|ceo|cfo|coo|cto|cmo|cro|cio|"
    r"president)(?:\s+(?:effective|from|on|in)\b.*|,.*)?$", re.IGNORECASE)
#: "Aperam Marks New Chapter as Sud Sivaji Commences as Chief Executive Officer": the
#: company's news, the person's move after "as".
_AS_ONE_TAKES_OVER = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;:]{1,60}?)\s+(?-i:[A-Z])[a-z]+s\b[^,;:]{0,60}?\s+as\s+"
    r"(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+"
    r"(?:takes\s+over|takes\s+the\s+helm|steps\s+in|commences|starts|begins|"
    r"assumes\s+(?:the\s+)?role)\s+as\s+(?:the\s+)?(?:new\s+)?(?P<title>[^,;:]{2,60})$",
    re.IGNORECASE)
#: "Lamna Bolsters Leadership Team With New CFO Jane Roe", "steps up operations with new
#: CTO": a hire the company's news comes with.
_WITH_NEW = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;:]{1,60}?)\s+(?:bolsters|strengthens|expands|grows|"
    r"builds|boosts|enhances|rounds\s+out|completes|steps\s+up|adds\s+to)\b[^,;:]{0,60}?"
    r"\bwith\s+(?:a\s+|the\s+|its\s+)?new\s+(?P<rest>[^,;:]{2,80})$", re.IGNORECASE)
#: "Coconut Software Welcomes New Executives to Leadership Team": executives, unnamed.
_NEW_EXECUTIVES = re.compile(
    r"^(?P<company>.+?)\s+(?:(?:welcomes|adds|announces|names|appoints)\s+(?:two\s+|three\s+|"
    r"four\s+|several\s+|\d+\s+)?new\s+(?:senior\s+|c-suite\s+|c-level\s+|executive\s+)?"
    r"(?:executives|leaders)(?:\s+to\s+(?:its\s+)?"
    r"(?:executive\s+|senior\s+)?(?:leadership|management|executive)\s+team)?|"
    # "Tokenize Xchange Bolsters Leadership Team with Strategic Hire Amid Rapid Growth"
    r"(?:bolsters|expands|strengthens|grows|builds\s+out)\s+(?:its\s+)?(?:executive\s+|"
    r"senior\s+)?(?:leadership|management|executive)\s+team\s+with\s+(?:a\s+|two\s+|three\s+|"
    r"new\s+|key\s+|strategic\s+|senior\s+)*(?:hires?|appointments?|additions?)"
    r"(?:\s+(?:amid|as|to|for|in)\s.*)?)\s*$",
    re.IGNORECASE)
_TITLE_COMMA_NAME = re.compile(
    r"\s(?P<verb>welcomes|names|appoints|announces|hires|adds)\s+(?:its\s+)?(?:new\s+)?"
    r"(?P<title>(?-i:[A-Z])[\w&\- ]{1,40}?),\s+(?P<name>(?-i:[A-Z])[\w.'’\-]+(?:\s+(?-i:[A-Z])"
    r"[\w.'’\-]+){1,3}),", re.IGNORECASE)
#: "Names Jane Roe to Lead Its Sales Team": the person is to head what follows.
_TO_LEAD = re.compile(r"(?<=[a-z.])\s+to\s+(?:lead|head)\s+(?:its\s+|the\s+)?(?=(?-i:[A-Z]))",
                      re.IGNORECASE)
_A_UNIT = re.compile(r"(?i)^(?:[\w&\-]+,?\s+){0,4}(?:team|platform|division|business|unit|group|"
                     r"operations|sales|marketing|engineering|product|practice|region|office)\b")
#: "NextPlat Announces Passing of CEO Charles M. Fernandez": a death is a departure.
_PASSING = re.compile(
    r"^(?P<company>.+?)\s+(?:announces|mourns|confirms)\s+(?:the\s+)?(?:passing|death)\s+of\s+"
    r"(?:its\s+)?(?:(?:founder|co-founder|chairman)\s+and\s+)?(?P<title>ceo|cfo|coo|cto|cmo|cro|"
    r"president|chief [a-z ]+officer|founder|co-founder)\s*,?\s+(?P<person>[^,]{3,60}?)"
    r"(?:,|$)", re.IGNORECASE)
#: "Brings Erik Carlsen On Board as ...": "on board" is not part of the name.
_ON_BOARD = Caseless(r"\b(brings|welcomes)\s+(.+?)\s+(?:on\s+board|aboard)\s+as\b")


#: Substrings one of which every executive title has (a superset, checked first: cheap).
#: A word every departure form holds ("steps down", "resigns", "is out", "fired", "parts
#: ways with", "is joining OpenAI" ...): a superset, checked once per sentence.
_LEAVING = re.compile(r"step|resign|depart|leav|exit|retir|\bout\b|oust|fire[sd]|remov|replac|"
                      r"transition\s+to\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:advis|consult)|"
                      r"quit|join|goes\s+to|heads\s+to|moves\s+to|\bleft\b|dismiss|parts\s+ways")
#: A literal each of _LEAVING's words begins with (one pass in C before the pattern, which
#: has no common prefix to search by).
_LEAVING_WORDS = Words(("step", "resign", "depart", "leav", "exit", "retir", "out", "oust",
                        "fire", "remov", "replac", "transition", "quit", "join", "goes", "heads",
                        "moves", "left", "dismiss", "parts"))
_TITLE_HINTS = ("chief", "ceo", "cfo", "coo", "cto", "cmo", "cro", "cio", "ciso", "cpo",
                "chro", "cdo", "cco", "caio", "president", "vp", "vice", "head", "director",
                "officer", "partner", "leader", "counsel", "managing", "general manager",
                "founder", "exec", " to lead ", " to head ", "management board",
                "board of management", "dean", "provost")
#: The same hints as one automaton (extract/gates.py: one pass in C over the text).
_TITLE_HINTS_GATE = Words(_TITLE_HINTS)


def _predecessor_left(hired: LeadershipCandidate, before: str, sentence: str,
                      make: Callable[..., LeadershipCandidate | None]
                      ) -> LeadershipCandidate | None:
    """The one a hire succeeds ("Names X CEO, Succeeding Y"), leaving the title the hire
    takes at the hire's company (made by the reader's own ``make``); None for the hire."""
    if before == hired.person:
        return None
    return make(hired.company, before, hired.title, "departed", sentence)


def find_leadership(sentence: str) -> list[LeadershipCandidate]:
    """Leadership changes stated in one sentence (a headline or a release's lead)."""
    low = sentence.lower()
    if not _TITLE_HINTS_GATE.any(low):
        return []  # no executive title: no leadership change (is_executive needs one)
    if "named" in low and _NAMED_TO_A_LIST.search(sentence):
        return []  # "Named Among CIO Today's Top 50 World Leaders": a list, no role
    if "welcomes" in low and (m := _WELCOMES_MEMBER.match(sentence)) and \
            normalise_name(m.group("other")) != normalise_name(m.group("company")):
        return []  # "Forbes Business Council Welcomes X, CEO of Summit Restoration": a member
    if ("announced" in low or "named" in low or "appointed" in low) and (
            m := _ROLE_ANNOUNCED_AT.match(sentence)) and is_executive(m.group("title")) and (
            c := _candidate(m.group("company"), None, m.group("title"), "joined", sentence)):
        return [c]  # "CHIEF REVENUE OFFICER ANNOUNCED AT VECTOR CHOICE TECHNOLOGIES"
    # "Welcomes X as New CEO, Transitioning from Y", "Names X CEO, Succeeding Y": the
    # predecessor named after the hire leaves the role the hire takes
    if ("succeed" in low or "replac" in low or "transition" in low or "taking over" in low) \
            and (m := _SUCCEEDING.search(sentence)) and (before := person_name(m.group("who"))):
        found = [replace(c, sentence=sentence) for c in _headline_forms(
            sentence[:m.start()] + sentence[m.end():])]
        hired = [c for c in found if c.change in ("joined", "promoted") and c.person]
        if len(hired) == 1 and (gone := _predecessor_left(hired[0], before, sentence,
                                                          _candidate)):
            found.append(gone)
        return found
    if "succeed" in low or "replace" in low:
        # "Nabaltec AG: Dirk A. Muller Succeeds Gunther Spitzer as the New CFO": the one
        # joins the role the other leaves
        text = _unescape(" ".join(sentence.split()))
        if (m := _SUCCEEDS_AS.search(text)) and (new := person_name(m.group("person"))) and \
                (old := person_name(m.group("who"))) and new != old and is_executive(
                    m.group("title")):
            company = _without_full_stop(m.group("company") or (
                text[:m.start()] if m.group(0).startswith(":") else ""))
            joined = _candidate(company, new, m.group("title"), "joined", sentence)
            left = _candidate(company, old, m.group("title"), "departed", sentence)
            if joined and left:
                return [joined, left]
    return _headline_forms(sentence)


#: A person welcomed as a member, named by a role held elsewhere.
_WELCOMES_MEMBER = re.compile(
    r"^(?P<company>.+?)\s+welcomes\s+(?-i:[A-Z])[\w.'’\-]+(?:\s+(?-i:[A-Z])[\w.'’\-]+){1,3},\s+"
    r"(?:[\w\-]+\s+){1,5}?(?:of|at)\s+(?P<other>(?-i:[A-Z])[^,;:]{1,60}?)\s*$", re.IGNORECASE)
#: "Chief Revenue Officer Announced at Vector Choice Technologies", "New CFO Named at Acme":
#: a role filled, no one named.
_ROLE_ANNOUNCED_AT = re.compile(
    r"^(?:new\s+)?(?P<title>(?:chief\s+[a-z ]+?officer|ceo|cfo|coo|cto|cmo|cro|cio|president|"
    r"managing\s+director|general\s+manager))\s+(?:announced|named|appointed)\s+(?:at|for|by)\s+"
    r"(?P<company>(?-i:[A-Z0-9])[^,;:]{1,60}?)\s*$", re.IGNORECASE)
_PLURAL_ROLE = re.compile(r"(?<=[a-z])s$|(?<=[A-Z])s$")
_NAMED_TO_A_LIST = re.compile(
    r"(?i)\bnamed\s+(?:among|one\s+of|(?:to|on)\s+(?:the\s+)?(?:\S+\s+){0,6}?"
    r"(?:list|ranking|index|honou?r\s+roll))\b")
#: "X Succeeds Y as CFO of Acme", "Acme: X to Succeed Y as the New Chief Financial
#: Officer": the successor, the predecessor, the role and the company (after "of/at", else
#: before the colon).
_SUCCEEDS_AS = re.compile(
    r"(?:^|:\s+)(?P<person>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+"
    r"(?i:succeeds|to\s+succeed|will\s+succeed|replaces|to\s+replace|will\s+replace)\s+"
    r"(?P<who>(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*){1,3})\s+as\s+"
    r"(?i:the\s+)?(?i:new\s+)?(?P<title>[^,;:]{2,80}?)(?:\s+(?i:of|at)\s+"
    r"(?P<company>(?-i:[A-Z])[^,;:]{1,60}?))?(?=\s*(?:[,;:]|$)|\s+(?i:effective)\b)")


#: A predecessor named after a hire, in a clause of its own.
_SUCCEEDING = re.compile(
    r"(?i),\s+(?:succeeding|replacing|transitioning\s+from|taking\s+over\s+from|"
    r"who\s+(?:succeeds|replaces))\s+"
    # ("replacing co-founder X on Aug. 18": the one replaced, their description and the
    # date aside)
    r"(?:(?:co-?founder|founder|longtime|outgoing|former|current|interim)\s+(?:and\s+)?){0,2}"
    # (or a relative clause of theirs: "succeeding Bob Embry who joined the nonprofit in 1987")
    r"(?P<who>(?-i:[A-Z])[^,;:]{2,60}?)(?=\s*(?:[,;:]|$)|\s+(?:on|in|effective)\s+"
    r"(?-i:[A-Z0-9])|\s+who\s)")


def _headline_forms(sentence: str, clauses: bool = True) -> list[LeadershipCandidate]:
    """find_leadership past its test for a title word."""
    text = drop_appositive(LEAD_IN.sub("", _unescape(" ".join(sentence.split()))))
    if clauses and (": " in text or "; " in text or (
            (" - " in text or " – " in text) and _DASH_HIRE.search(text))) and \
            _TITLE_HINTS_GATE.any(after := text[text.find(": ") + 1 if ": " in text else 0:]
                                  .lower()) and _MOVE_WORDS_GATE.any(after) and (
            found := _clauses(text)):
        return found
    text = _ON_BOARD.sub(r"\1 \2 as", text)
    # "Welcomes Chief Technology Officer X To Its Leadership Team": the team is the company
    text = _TO_THE_TEAM.sub("", text)
    # "Welcomes New COO, Jeff Drobick, as Company Continues ...": the title, then the name
    # between commas
    if (m := _TITLE_COMMA_NAME.search(text)) and is_executive(m.group("title")) and \
            " as " not in m.group("title") and person_name(m.group("name")) == m.group("name"):
        text = (f"{text[:m.start()]} {m.group('verb')} {m.group('name')} as "
                f"{m.group('title')}{text[m.end() - 1:]}")
    # "Names Kristin Miller to Lead AI Mortgage QC Platform BlinkQC": its head (a named
    # person, a unit of the company; not "Taps IBN to Lead Corporate Communications" nor
    # "to Lead Customer Experience Strategy")
    if " as " not in text and (m := _TO_LEAD.search(text)) and \
            person_name(" ".join(text[:m.start()].split()[-3:])) and \
            _A_UNIT.search(text[m.end():]):
        text = text[:m.start()] + " as Head of " + text[m.end():]
    if may_hold(text, "leadership", "management", "executive") and (
            m := _TEAM_CLAUSE.match(text)):
        text = f"{m.group('company')} appoints {m.group('rest')}"
    if may_hold(text, "'s", "’s") and (m := _SERVES_AS.match(text)) and (
            person := person_name(m.group("person"))) and (
            c := _candidate(m.group("company"), person, m.group("title"), "joined", text)):
        return [c]  # "Jason Britton of Reflection to Serve as Newday Impact’s CIO"
    if (" as " in text or " of " in text) and (m := _TAKES_A_ROLE.match(text) or (
            (_AS_ONE_TAKES_OVER.match(text) or _TAKES_A_COMPANY_ROLE.match(text))
            if " as " in text else None)) and \
            (person := person_name(m.group("person"))) and \
            (c := _candidate(m.group("company"), person, m.group("title"), "joined", text)):
        return [c]
    if ("'s " in text or "’s " in text) and (m := _OWN_PERSON_PROMOTED.match(text)) and \
            (person := person_name(m.group("person"))) and is_executive(m.group("title")) and \
            (c := _candidate(m.group("company"), person, m.group("title"),
                             "promoted" if m.group("verb").lower() in ("promoted", "elevated")
                             else "joined", text)):
        return [c]
    if ("ewly " in text or "ew " in text) and ("’s " in text or "'s " in text) and (
            m := _NEWLY_APPOINTED.match(text)) and (
            person := person_name(m.group("person"))) == m.group("person") and (
            c := _candidate(m.group("company"), person, m.group("title"), "joined", text)):
        return [c]  # "Q&A with Jane Roe, Ficus’s Newly Appointed President & CEO"
    if (" named " in (low := text.lower()) or " appointed " in low) and \
            (m := _NAMED_COMPANY_TITLE.match(text)) and \
            m.group("company").split()[-1].lower() not in _RANK_WORDS and \
            (person := person_name(m.group("person").split(",")[0])) and \
            (c := _candidate(m.group("company"), person, m.group("title"), "joined", text)):
        return [c]
    if " with " in text.lower() and (m := _WITH_NEW.match(text)):
        # "with New CMO and CRO": each title a hire; "with new CTO and industrial
        # equipment": the titles only
        found = []
        for rest in _LIST_SEPARATOR.split(m.group("rest")):
            split = _split_person_title(rest)
            person, title = (person_name(split[0]), split[1]) if split else (None, rest)
            if is_executive(title) and (c := _candidate(m.group("company"), person, title,
                                                        "joined", text)):
                found.append(c)
        if found:
            return found
    low = text.lower()
    if _NEW_EXECUTIVES_WORDS.any(low) and (m := _NEW_EXECUTIVES.match(text)):
        return [c] if (c := _candidate(m.group("company"), None, "senior executives", "joined",
                                       text)) else []
    # (each tried only where a word it needs is: extraction must stay fast, issue #13)
    if _ROLES_FILLED_WORDS.any(low) and (m := _ROLES_FILLED.match(text)):
        # ("Three New Managing Directors": each role in the singular, one change)
        roles = [_PLURAL_ROLE.sub("", r) for r in _LIST_SEPARATOR.split(m.group("roles"))]
        return [c for role in roles if role and (c := _candidate(
            m.group("company"), None, role, "joined", text))]
    if may_hold(text, "passing", "death") and (m := _PASSING.match(text)) and (
            person := person_name(m.group("person"))) and (
            c := _candidate(m.group("company"), person, m.group("title"), "departed", text)):
        return [c]
    if not text:
        return []
    # every departure form needs one of these words: the costly patterns below that read
    # one run only where the sentence has one
    leaving = _LEAVING_WORDS.any(low := text.lower()) and _LEAVING.search(low) is not None
    for pattern, change, needs in ((_HAS_NEW, "joined", ("new", "next", "permanent")),
                                   (_FOUNDER_NAMED, "joined", ("founder",)),
                                   (_REPLACES, "departed", ())):
        if (change == "joined" or leaving) and (not needs or may_hold(text, *needs)) and (
                m := pattern.match(text)) and \
                not reported(text) and (
                c := _candidate(m.group("company"), None, m.group("title"), change, text)):
            return [c]
    if may_hold(text, "back", "return") and (m := _RETURNS.match(text)) and (
            company := m.group("company1") or m.group("company2") or (
                # "Wingtip Founder Jane Roe Returns as CEO": the founder's own company
                (named := m.group("person")) and "ounder " in named
                and (owner := _FOUNDER_BEFORE_NAME.match(_founder_span(named)))
                and owner.group("company"))):
        named = m.group("person")
        person = person_name(named) if named else None
        if not named or person:
            c = _candidate(company, person, m.group("title"), "joined", text)
            return [c] if c else []
    if leaving and (m := _DEPARTS_AS_COMPANY_TITLE.match(text)) and \
            person_name(m.group("person")):
        c = _candidate(m.group("company"), person_name(m.group("person")), m.group("title"),
                       "departed", text)
        if c:
            return [c]
    m = _DEPARTS_AS.match(text) if leaving else None
    if m:
        c = _candidate(m.group("company"), person_name(m.group("person")), m.group("title"),
                       "departed", text)
        return [c] if c else []
    if _SUBORDINATE.match(text) and "," in text:
        # the news is the main clause: "As Intel welcomes a new CEO, a look at ..." says
        # nothing new; "After its CEO left, Acme names Jane Doe CFO" names a CFO
        text = text.split(",", 1)[1].strip()
    # forms whose person, when the pattern has one, must read as a name
    for pattern, change in ((_NAME_TITLE_OF_DEPARTS, "departed"), (_NEW_TITLE_IS, "joined"),
                            (_TITLE_OF_DEPARTS, "departed"), (_LEAVES_COMPANY, "departed")):
        m = pattern.match(text) if leaving or change == "joined" else None
        if not m:
            continue
        named = m.groupdict().get("person")
        person = person_name(named) if named else None
        if named and not person:
            continue
        title = m.group("title")
        if role := _ITS_OR_THE.sub("", (m.groupdict().get("role") or "").strip()):
            title = role if is_executive(role) else title  # "founder of X replaced as CEO"
        c = _candidate(m.group("company"), person, title, change, text)
        if c:
            return [c]
    m = _DEPARTS.match(text) if leaving else None
    if m and m.group("person") and m.group("person").split()[0].lower() in (
            "who", "that", "which"):
        m = None  # "The CEO who stepped down from Acme said ...": a relative clause
    if m:
        person = m.group("person")
        c = _candidate(m.group("company"), person_name(person) if person else None,
                       m.group("title"), "departed", text)
        return [c] if c else []
    low = text.lower()
    m = _JOINS.match(text) if "join" in low or " to " in low else None  # (cost)
    if m and _CAREER_BEFORE.search(m.group("company")):
        return []  # "joins X after most recently serving as Head of Y at Z": a past title
    if m and not _BOARD.search(m.group("company")):
        c = _candidate(m.group("company"), person_name(m.group("person")), m.group("title"),
                       "joined", text)
        return [c] if c else []
    m = _COMPANY_VERB.match(text)
    if m and _TO_BOARD_OR_TALK.search(m.group("rest")):
        return []  # "Meta adds Jane Doe to its board", "Sessions welcomes CEO Jane Doe to talk"
    if m:
        verb = m.group("verb").lower()
        change = "promoted" if verb.startswith(("promot", "elevat", "permanently")) or (
            verb == "announces" and _PROMOTION_OF.match(m.group("rest"))) else "joined"
        out = []
        # "Appoints Kelly Wenzel as CMO and Martin Musierowicz as CRO": several people.
        # "Joonhyuk Choi, Former Target Health CEO, as Head of ...": the appositive goes
        rest = _POSTNOMINALS_BEFORE_AS.sub("", _APPOSITIVE.sub(" as ", m.group("rest")))
        if " back" in rest:
            rest = _BACK_TO.sub("", rest, count=1)  # "Welcomes X back to Ficus as our CCO"
        if plural := _PLURAL_TITLE_NAMES.match(rest):
            # "Welcomes New Family Office Directors Lauren Fischer and Dave Fischer": one
            # title for each name after it
            title = plural.group("title")[:-1]
            return [c for who in (plural.group("a"), plural.group("b"))
                    if (c := _candidate(m.group("company"), person_name(who), title, change,
                                        text))]
        parts = _NEXT_PERSON_IN_LIST.split(rest)
        splits = [_split_person_title(part) for part in parts]
        for at, part in enumerate(parts):
            split = splits[at]
            if split is None and at + 1 < len(parts) and (shared := splits[at + 1]) and \
                    person_name(part) == part.strip() and " as " in f" {parts[at + 1]} ":
                # "Names Jane Roe and John Doe as Co-CEOs", "Taps A and B to Lead Sales":
                # one title for both
                split = (part, shared[1])
            if split is None:
                continue
            person_span, title = split
            title = _PLURAL_TITLE.sub("", title)  # ("Co-CEOs": each a Co-CEO)
            if at and len(person_span.split()) >= 2 and " as " not in f" {part} " and \
                    person_name(person_span.split(",")[0]) is None:
                continue  # "as Senior Vice President and Business Unit Head": one person
            # "Joonhyuk Choi, Former Target Health CEO, as Head of ...": the name is first
            first = person_span.split(",")[0]
            if "," in person_span and not _GENERATION.search(person_span) and \
                    person_name(first):
                person_span = first
            if (words := person_span.split()) and \
                    words[-1].lower().strip(".,") in _ORGANISATION_WORDS:
                continue  # "Selects Southern Star Research as CRO": a vendor, no one hired
            if verb == "introduces" and not person_name(person_span):
                continue  # "Introduces Jane Roe as CEO" (a person), not a product "as" a role
            if _NO_HIRE_BEFORE_TITLE.search(person_span):
                # "Announces New Board President" (a board officer), "Announces the Series
                # X from Director and Executive Producer Y" (a credit)
                continue
            c = _candidate(m.group("company"), person_name(person_span), title, change, text)
            if c:
                out.append(c)
        return out
    m = _NAMED_OF.match(text)
    if m:
        verb = m.group("verb").lower()
        change = "promoted" if verb.startswith(("promot", "elevat")) else "joined"
        title, named = m.group("title"), m.group("company")
        if title.strip().lower() == "chief":
            return []  # "appointed Chief of Value-Based Care": a title, no company after "of"
        if title[:3].lower() == "by " and " as " not in title.lower():
            # "a member of the Commission on X appointed by then President Y": the passive's
            # agent, no title ("appointed by the board as CEO" gives its title after "as")
            return []
        if " at " in named and _BARE_RANK.match(title) and text[
                m.end("title"):m.start("company")].strip().lower() in ("of", "for"):
            # "Named Head of Sales at Acme": the title's function, then the company
            cut = named.index(" at ")
            title = f"{text[m.start('title'):m.start('company')]}{named[:cut]}"
            named = named[cut + 4:]
        # (a relative clause after the company is no part of it: "of Avenue Z's Miami
        # office, where she will oversee ... content, media, and PR")
        company = _without_full_stop(_AFTER_COMPANY.split(_RELATIVE_AFTER.split(named, 1)[0])[0])
        # (the name before its appositive: "Jane Roe, currently the Executive Vice President
        # of Renewable Power, was appointed ...", not the appositive's last capitals)
        person = person_name(m.group("person").split(", ", 1)[0]) if ", " in m.group(
            "person") else None
        person = person or person_name(m.group("person"))
        if person is None and verb.startswith(("becom", "becam", "has", "is ")):
            return []  # "Craveworthy Brands Invests and Becomes Managing Partner of X"
        c = _candidate(company, person, title, change, text)
        return [c] if c else []
    return []


#: "AAM Announces Leadership Transition: ...", "Cherry SE: ...": a company, then its news.
_COMPANY_HEAD = re.compile(
    r"^(?:changes?\s+(?:in|to)\s+)?(?P<company>(?:[\w.&'’\-]+\s+){0,4}?[\w.&'’\-]+?)"
    r"(?:['’]s\s+(?:managing|management|executive)\s+board|\s+(?:announces|confirms|"
    r"reveals)\s+(?:(?:an?|the|its)\s+)?(?:new\s+)?(?:leadership|executive|management)\s+"
    r"(?:transition|changes?|updates?|appointments?|team|board))?$", re.IGNORECASE)
#: "to its executive team", "to Management Team" (a headline's: no article).
_TO_THE_TEAM = Caseless(r"(?i)\s+to\s+(?:(?:its|the|their|our)\s+)?"
                        r"(?:(?:executive|senior|global)\s+)?"
                        r"(?:leadership|executive|management)\s+team\b")
_BRACKETS = re.compile(r"\([^()]*\)")


def _masked_brackets(text: str) -> str:
    """The text with what brackets hold blanked, its length kept (a ticker's colons and
    semicolons, "(CSE: MAXX; OTC: X)", end no clause): positions found in it cut the text."""
    return _BRACKETS.sub(lambda m: "_" * len(m.group(0)), text)
#: Stems of every verb a clause of a move has (a cheap test before reading clauses).
_MOVE_WORDS_GATE = Words(("appoint", "name", "hire", "join", "promot", "welcom", "tap",
                          "elevat", "step", "resign", "depart", "leav", "retir", "transition",
                          "add", "select", "pick", "recruit", "brings", "becom",
                          # "...'s Managing Board: New CFO Hendrik Krampe": a hire told as
                          # a new title and a name
                          "new ceo", "new cfo", "new coo", "new cto", "new cmo", "new cro",
                          "new chief", "new president"), word_start=True)
_DASH_HIRE = re.compile(r"\s[-–—]\s(?:Hires|Names|Appoints|Welcomes|Promotes|Taps|Adds|"
                        r"Elevates)\s")
_CLAUSE_BREAK = re.compile(r"; |\s[-–—]\s(?=(?:Hires|Names|Appoints|Welcomes|Promotes|Taps|"
                           r"Adds|Elevates)\s)|"
                           # "A Becomes CEO, B Joins Management Board as CFO": a person's
                           # clause after a comma
                           r",\s(?=(?-i:[A-Z])[\w'’\-.]+(?:\s(?-i:[A-Z])[\w'’\-.]+){1,3}\s"
                           r"(?:Becomes|Joins|Is\s+Appointed|Appointed|Named|Promoted|Elevated|"
                           r"Steps\s+Down|Retires|Resigns)\b)")
#: A clause that opens with a hire's verb, its company left to the clause before.
_HIRE_FIRST = re.compile(r"^(?:hires|names|appoints|welcomes|promotes|taps|adds|elevates)\s",
                         re.IGNORECASE)
_BOARD_ONLY = re.compile(r"(?i)^(?:the\s+)?(?:supervisory|management|executive|administrative)?"
                         r"\s*(?:board(?:\s+of\s+directors)?)?$")
#: "Elaine Anghel Appointed as Chief Operating Officer", "Andreas Wesselmann Becomes CEO",
#: "Alexander Beck Joins Management Board as CFO": a person's move in a clause with no
#: company (the head's or the first clause's stands for it).
_APPOINTED_AS = re.compile(r"^(?P<person>.+?)\s+(?:is\s+|has\s+been\s+)?(?P<verb>appointed|"
                           r"named|promoted|elevated|becomes|joins\s+(?:the\s+)?(?:management|"
                           r"executive)\s+(?:board|team)\s+as|joins\s+as)\s+(?:as\s+|to\s+)?"
                           r"(?:the\s+)?(?:new\s+)?(?P<title>.+)$", re.IGNORECASE)
#: "B as Managing Director of Finance": a clause whose verb is the clause's before it.
_ELLIPTICAL_AS = re.compile(r"^(?P<person>[^,;:]{3,40}?)\s+as\s+(?:the\s+|its\s+)?(?:new\s+)?"
                            r"(?P<title>[^,;:]{2,80})$", re.IGNORECASE)
#: A clause that opens with the title of its person ("CEO Oliver Kaltner to ...").
_TITLE_FIRST = re.compile(r"^(?:new\s+)?(?:(?:co-)?ceo|cfo|coo|cto|cmo|cro|chief\s|president\b|"
                          r"founder\b)", re.IGNORECASE)


def _clauses(text: str) -> list[LeadershipCandidate]:
    """A headline of a company and its news after a colon, or of several clauses after
    semicolons ("Cherry SE: Rogier Volmer to Join Cherry SE as Interim CEO; CEO Oliver
    Kaltner to Transition to Advisory Role"): each clause read, the company the head
    names (or the first clause's) standing for a clause that names none."""
    # (a ticker's brackets hold colons and semicolons of their own: "(CSE: MAXX; OTC: X)")
    masked = _masked_brackets(text)
    colon = masked.find(": ")
    context = None
    body = text
    if colon > 0 and (m := _COMPANY_HEAD.match(text[:colon].strip())):
        context = m.group("company")
        body, masked = text[colon + 2:], masked[colon + 2:]
    # (and a dash before a hire verb: "X Invests in Client Experience - Hires New CCO, Y")
    cuts = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(masked)]
    starts, ends = [0, *(b for _, b in cuts)], [*(a for a, _ in cuts), len(body)]
    parts = [p for a, b in zip(starts, ends, strict=True) if (p := body[a:b].strip())]
    if context is None and len(parts) < 2:
        return []
    out: list[LeadershipCandidate] = []
    for at, part in enumerate(parts):
        found = _headline_forms(part, clauses=False)
        if not found and context is None and at == 0 and \
                (subject := first_subject(part)) != part and len(subject.split()) <= 5:
            # "Deep Market Making Recognizes ... as Co-Founders; X Appointed CFO": the
            # first clause's subject, though its news is no move
            context = subject
            continue
        if not found and context:
            if _TITLE_FIRST.match(part) or _HIRE_FIRST.match(part):
                # "CEO Oliver Kaltner to step down", "Hires New Chief Client Officer, X";
                # "New CFO Hendrik Krampe": a hire with its verb left out
                verb = "names " if part[:4].lower() == "new " else ""
                found = _headline_forms(f"{context} {verb}{part}", clauses=False)
            elif (m := _APPOINTED_AS.match(part)) and (person := person_name(
                    m.group("person"))) and (c := _candidate(
                    context, person, m.group("title"),
                    "promoted" if m.group("verb").lower().startswith(("promot", "elevat"))
                    else "joined", text)):
                found = [c]
            elif out and (m := _ELLIPTICAL_AS.match(part)) and \
                    person_name(m.group("person")) == m.group("person") and \
                    is_executive(m.group("title")) and (c := _candidate(
                        context, m.group("person"), m.group("title"), out[-1].change, text)):
                # "Names A as Managing Director of Marketing; B as Managing Director of
                # Finance": the first clause's verb goes on
                found = [c]
        # "KAP AG: Supervisory Board Appoints ...": the board acts for the company named
        found = [replace(c, company=context if context and _BOARD_ONLY.match(c.company)
                         else c.company, sentence=text) for c in found]
        out += found
        if context is None and found:
            context = found[0].company
    return out


# Patterns the functions above use, compiled once at import (the first items
# a process read paid for compiling them; issue #13).
#: A list's separators: comma, "and", "&".
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
#: Added "to its board" or welcomed "to talk": a seat or a guest, no executive move.
_TO_BOARD_OR_TALK = re.compile(
    r"(?i)\bto\s+(?:its|the|their)\s+(?:\w+\s+)?board\b|\bto\s+(?:talk|"
    r"speak|discuss|share|present|keynote|headline)\b")
#: ", and" before the next person of a list (a name, then "as"/"to" or a title).
_NEXT_PERSON_IN_LIST = re.compile(
    r"(?:\s+and|,)\s+(?!(?:Jr\.?|Sr\.?|II|III|IV)\s)(?=(?:[A-Z][\w'’\-.]*\s+){1,3}(?:(?:as|to)\s|"
    r"(?:Chief|CEO|CFO|COO|CTO|CMO|CRO|President|VP|Vice|Head|Director)\b))")
#: A role's leading "its" or "the".
_ITS_OR_THE = re.compile(r"^(?:its|the)\s+", re.IGNORECASE)
#: A board (joining one is no executive move).
_BOARD = re.compile(r"\bboard\b", re.IGNORECASE)
#: A relative clause after a company's name, no part of it: ", where she will oversee ...".
_RELATIVE_AFTER = re.compile(r",\s+(?:where|who|which|whose|while|when)\s", re.IGNORECASE)
#: Where a company's name ends: a preposition or a spaced dash.
_AFTER_COMPANY = re.compile(
    r"\s+(?:to|as|amid|after|in|on|from|effective|following|"
    r"starting|beginning)\s+|\s[–—-]\s")


# -- leadership in round-ups ---------------------------------------------------------------
# A newsletter's people moves are prose, not headlines (issue #13: leadership in every
# genre): the forms below read such sentences; a company left implicit ("Gunjan Soni has been
# appointed COO", "The company also appointed a new CEO, X") comes back as "" for the
# caller to take from the sentences before.

#: (a title's acronym after the name is no part of it: "named Jane Roe CEO")
#: A person's name of two to four capitalised words (no title's abbreviation among them),
#: a surname's particles in lower case as written ("Pieter van Rijn", "Rodolphe d’Avezac";
#: the particles person_name keeps, _NAME_TOKEN).
_PERSON_NAME = (r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’\-]+(?:\s+(?:(?-i:de|van|von|der|da|di|del|la|le|bin)"
                r"\s+){0,2}(?!(?-i:(?:CEO|CFO|COO|CTO|CMO|CRO|CIO|CISO|CPO|CHRO|CDO|CCO|SVP|EVP|"
                r"VP)\b|Vice\s+President\b))(?-i:d['’])?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’\-.]+){1,3}")
_PERSON = rf"(?P<person>{_PERSON_NAME})"
_PERSON2 = _PERSON.replace("?P<person>", "?P<person2>")
_A_TITLE = (r"(?:(?:co-|interim\s+|acting\s+|sole\s+|new\s+|group\s+)?(?:chief\s+[a-z ]+?officer|"
            r"chief\s+executive|ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|president|"
            r"(?:executive\s+|senior\s+)?vice\s+president(?:\s+of\s+[a-z ]+?)?|"
            r"head\s+of\s+[a-z ]+?|managing\s+director|general\s+manager|(?:co-)?founder|"
            # "Chief of Value-Based Care": the head of what follows (not "Chief of Staff")
            r"chief\s+of\s+(?!staff\b)[a-z][a-z\- ]+?|"
            # "Director of Customer Experience", "Finance Director" (a function's director)
            # (not an organisation's: "director of HVS Executive Search")
            r"(?:senior\s+|executive\s+)?director\s+of\s+(?!(?-i:[A-Z]{2,})\b)[a-z &]+?|"
            r"(?!board\b|the\b|a\b)[a-z]+\s+director|"
            r"[a-z]+\s+chief))")
_LEAVES_WORDS = (r"(?:will\s+exit|will\s+leave|is\s+leaving|has\s+(?:resigned|stepped\s+down|"
                 r"left|departed|quit)|steps\s+down|resigns|will\s+step\s+down|is\s+stepping\s+"
                 r"down|is\s+stepping\s+back|steps\s+back|announce[sd]\s+(?:his|her|their)\s+"
                 r"(?:exit|departure|resignation|retirement))")
#: "The Business Council of Australia's chief executive Jennifer Westacott will exit".
_OWN_TITLE_LEAVES = re.compile(
    rf"^(?:the\s+)?(?P<company>(?-i:[A-Z0-9])[^,;]{{1,60}}?)['’]s?\s+(?P<title>{_A_TITLE})\s+"
    rf"{_PERSON}\s+(?:(?:also|now)\s+)?{_LEAVES_WORDS}\b", re.IGNORECASE)
#: "Patrick Schmidt – the co-CEO of Global Fashion Group (parent of X) – has stepped down".
_DASHED_TITLE_LEAVES = re.compile(
    rf"^{_PERSON}\s+[–—-]\s+(?:the\s+|its\s+)?(?P<title>{_A_TITLE})\s+(?:of|at)\s+"
    rf"(?P<company>[^–—(]{{2,60}}?)(?:\s*\([^)]*\))?\s+[–—-]\s+(?:has\s+)?{_LEAVES_WORDS}\b",
    re.IGNORECASE)
#: "Christoph Barchewitz will take over operations as sole CEO".
_TAKES_OVER = re.compile(
    rf"^{_PERSON}\s+(?:will\s+)?(?:take|takes|took)\s+over\s+(?:[a-z]+\s+){{0,2}}?as\s+"
    rf"(?:the\s+)?(?P<title>{_A_TITLE})\b", re.IGNORECASE)
#: "Gunjan Soni has been appointed COO", "X was named chief revenue officer".
_BEEN_APPOINTED = re.compile(
    rf"^{_PERSON}\s+(?:has\s+been|have\s+been|was|is|will\s+be)\s+"
    # ("was also named", "has been officially appointed")
    r"(?:(?:also|now|officially|formally|recently|today|just)\s+)?(?:appointed|named|"
    rf"(?P<promoted>promoted|elevated)\s+to|tapped\s+as)\s+(?:as\s+)?(?:the\s+|its\s+)?"
    rf"(?P<title>{_A_TITLE})(?:\s+(?:of|at)\s+(?P<company>(?-i:[A-Z0-9])[\w.&'’\- ]{{1,50}}?))?"
    r"(?=\s+(?:and|to|effective|from|while|in|on|with)\b|[,.;]|$)", re.IGNORECASE)
#: "Microsoft's CEO, Satya Nadella, has hired ... Mark Penn for the new role of Chief
#: Strategy Officer".
_HIRED_FOR_ROLE = re.compile(
    rf"^(?P<company>(?-i:[A-Z0-9])[^,;']{{1,40}}?)['’]s\s+[^.]{{0,60}}?\b(?:has\s+)?(?:hired|"
    rf"appointed|named|tapped)\s+(?:[a-z][\w\-]*\s+){{0,4}}?{_PERSON}\s+(?:for|to|as)\s+"
    rf"(?:the\s+)?(?:new(?:ly[- ]created)?\s+)?(?:role|position|post)\s+of\s+"
    rf"(?P<title>(?-i:[A-Z])[\w ]{{2,40}}?)(?=[.,;]|$)")
#: "Telefónica's tumultuous start ... with confirmation of the exit of influential Chief
#: Operating Officer Ángel Vilá, digital chief Chema Alonso, and tech boss José Cerdán".
_EXITS_OF = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[^,;']{1,40}?)['’]s\s+.*?\b(?:exits?|departures?|"
    r"resignations?)\s+of\s+(?P<list>.+)$", re.IGNORECASE)
_TITLED_PERSON = re.compile(rf"^(?:[a-z][\w\-]*\s+)*?(?P<title>(?:(?-i:[A-Z])[\w\-]*\s+){{0,3}}"
                            rf"(?-i:Officer|Chief|President|CEO|CFO|COO|CTO|CMO)|[a-z]+\s+"
                            rf"(?:chief|boss|head))\s+{_PERSON}$")
#: "Walgreens appointed Neal Sample as its new EVP and CIO", "Chobani hired Tom Cullen from
#: Corsair as its CIO", "SIG PLC said Friday it has appointed Steve Francis as chief
#: executive officer": the company's past act, the person, then the title.
#: A second act of the company after a first's title: " and named B as COO" (read by the
#: slot reading, each act).
_SECOND_ACT = re.compile(r"\s+and\s+(?:has\s+)?(?-i:[a-z]+ed)\s")
_COMPANY_DID = re.compile(
    rf"^(?:the\s+)?(?P<company>(?-i:[A-Z0-9])[^,;]{{1,60}}?)\s+(?:(?:said|says|announced|has\s+"
    rf"announced)(?:\s+(?:on\s+)?(?-i:[A-Z][a-z]+day))?\s+(?:that\s+)?it\s+)?(?:has\s+)?"
    rf"(?:appointed|named|hired|(?P<promoted>promoted|elevated)|welcomed|recruited|tapped|invited|"
    rf"brought\s+on\s+board)\s+(?:(?:former|veteran|longtime)\s+(?:[\w\-]+\s+){{0,3}}?)?{_PERSON}"
    rf"(?:\s+from\s+[^,]{{2,60}}?)?\s+(?:as|to\s+be|to\s+the|to)\s+(?:its\s+|the\s+|new\s+|"
    rf"interim\s+)*(?P<title>[^,;]{{2,80}}?)(?=\s+(?:role|on|in|effective|after|following|"
    # (a second act ends the first's title: "as a Senior Advisor ... and appointed B as ...")
    rf"from|and\s+(?:has\s+)?(?-i:[a-z]+ed))\b|[,;.]|$)")
#: "Paul Appelbe has been appointed finance director by IT Services Ltd, a subsidiary of
#: ...": the employer as the passive's agent (only after "appointed": "named Top CFO by
#: Forbes" is an award).
_APPOINTED_BY = re.compile(
    rf"^{_PERSON}\s+(?:has\s+been|have\s+been|was|is|will\s+be)\s+appointed\s+(?:as\s+)?"
    r"(?:the\s+|its\s+|a\s+|new\s+)*(?P<title>[^,;]{2,60}?)\s+by\s+(?:the\s+board\s+of\s+)?"
    r"(?P<company>(?-i:[A-Z0-9])[^,;]{1,60}?)(?=\s+(?:to|as|effective|from|in|on|with)\b|"
    r"[,;.]|$)")
#: A comma a name's degrees left before its verb.
_COMMA_BEFORE_VERB = re.compile(r"(?<=[a-z]),\s(?=(?:was|is|has|have|had|will|were|would|"
                                # ("the appointment of Doug Williams, CPA, as Fractional CFO")
                                r"as|[a-z]+ed)\s)")
#: A nickname in brackets inside a name: "Sherilyn S. (Sheri) McCoy", "Robert (“Bobby”) J.
#: Long".
_NICKNAME = re.compile(r"\s\((?:(?-i:[A-Z])[a-z]+|[“\"](?-i:[A-Z])[\w.\- ]{0,14}[”\"])\)\s"
                       r"(?=(?-i:[A-Z]))")
#: A list item's number: "8. ", "3) ".
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s+(?=(?-i:[A-Z]))")
#: Degrees and honours after a name: "Michael Apkon, MD, PhD, president ...".
_DEGREES = re.compile(r",?\s+(?-i:MD|PhD|RN|MSN|BSN|MBA|DrPH|DNP|DO|JD|MPH|MHA|CPA|FACHE|FACS|"
                      r"FACP|PharmD|EdD|Esq)\.?(?=[,\s]|$)")
#: A state after a place: "in Waukon, Iowa," "in Enid, Okla.," (the place is no name's).
_STATE_AFTER_PLACE = re.compile(
    r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[A-Z]|S\.[A-Z]|D\.C)\.(?=[,\s])|"
    r",\s+(?:Iowa|Ohio|Utah|Texas|Maine|Alaska|Hawaii|Idaho|California|Florida|Georgia|Virginia|"
    r"Colorado|Arizona|Michigan|Illinois|Oregon|Nevada|Kentucky|Tennessee)(?=,)")
#: A place a company is based in: "Montgomery, Ala.-based Jackson Hospital".
_BASED_IN = re.compile(r"\b(?-i:[A-Z])[\w.\-]*(?:\s(?-i:[A-Z])[\w.]*)?(?:,\s+(?-i:[A-Z])[a-z]*\.?)?"
                       r"-based\s+(?=(?-i:[A-Z]))")
#: The degrees' words as written (a gate in front of _DEGREES; case kept: "MD", "PhD").
_DEGREE_WORDS = Words([" MD", "PhD", " RN", " MSN", " BSN", " MBA", "DrPH", " DNP", " DO",
                       " JD", " MPH", " MHA", " CPA", "FACHE", "FACS", "FACP", "PharmD", " EdD",
                       " Esq"])
#: A US state's abbreviation in brackets after a place: "Norton (Kan.) County Hospital".
_STATE_IN_BRACKETS = re.compile(
    r"\s\((?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|"
    r"Mo|Mont|Neb|Nev|N\.\s?[A-Z]|Okla|Ore|Pa|R\.I|S\.\s?[A-Z]|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|W\.\s?Va|"
    r"Iowa|Ohio|Utah|Texas|Maine|Alaska|Hawaii|Idaho)\.?\)")
#: A publication's attribution before the news it reports: "Adweek reports that",
#: "According to CNBC," (a company's own "X said" names the company: not this).
_ATTRIBUTION = re.compile(
    r"^(?:according\s+to\s+[^,]{2,60},\s+|(?-i:[A-Z])[\w.&'’\- ]{1,40}?\s+(?:reports|"
    r"reported|writes|wrote)(?:\s+that)?\s+(?!to\s))", re.IGNORECASE)
#: An adverb or a connective that opens a newsletter's sentence ("Similarly, UBS ...").
_OPENER = re.compile(r"(?i)^(?:similarly|for\s+example|for\s+instance|"
                     # "In addition to Chestnutt, ONEI also appointed ...": what else was
                     # done, then the clause's subject
                     r"in\s+addition(?:\s+to\s+[^,]{2,60})?|(?:along\s+with|alongside|besides)"
                     r"\s+[^,]{2,60}|"
                     r"additionally|meanwhile|elsewhere|also|likewise|separately|simultaneously|"
                     r"at\s+the\s+same\s+time|moreover|furthermore|"
                     # "On Oct. 23, 2025, X appointed ...", "To lead this initiative, X has
                     # appointed ...", "As part of that transition, X stepped down ..."
                     r"on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|"
                     r"to\s+(?:lead|head|drive|spearhead|oversee)\s+[^,]{2,60}|"
                     r"as\s+part\s+of\s+[^,]{2,60}|"
                     # "In a generational shift for one of Baltimore's most influential
                     # organizations, the Abell Foundation has selected ..."
                     r"in\s+(?:a|an)\s+[^,]{2,100}|"
                     # "During the quarter, Splash appointed ...", "In May, X named ...",
                     # "Earlier this year, ...", "Recently, ..."
                     r"(?:during|in|earlier|later|last|this|over|at\s+the\s+(?:start|end|"
                     r"beginning)\s+of)\s+(?:[\w\-]+\s+){0,3}?(?:quarter|year|month|week|spring|"
                     r"summer|fall|autumn|winter|january|february|march|april|may|june|july|"
                     r"august|september|october|november|december|\d{4})\b[^,]{0,20}|"
                     r"recently|earlier|previously|later|"
                     # "Concurrently, the Company appointed ...", "Subsequently, ...": a
                     # sentence adverb of the commonest kinds (not a name: "Lilly, Kelly")
                     r"(?-i:[A-Z][a-z]{2,}(?:ent|ant|al|ate|ive|ous|ing|ar)ly)|"
                     # "Expanding its leadership in backup and recovery, X today announced"
                     r"(?:expanding|building\s+on|continuing|reflecting|underscoring|furthering|"
                     r"strengthening|bolstering|reinforcing)\s+[^,]{2,100}|"
                     # "Effective August 4, 2025, the Board has appointed ..."
                     r"effective\s+(?:immediately|(?:as\s+of\s+|on\s+)?(?:(?-i:[A-Z])[a-z]+\.?"
                     r"\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?))),\s+")
#: A title as prose writes it before or after a name: "CFO", "a new COO", "its lead marketer",
#: "senior VP-marketing", "chief growth and marketing officer".
_PROSE_TITLE = (r"(?:(?:co-|interim\s+|acting\s+|new\s+|first\s+|global\s+|group\s+|senior\s+|"
                r"executive\s+)*(?:chief\s+[a-z ]+?officer|ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|"
                r"chro|president|(?:s|e)?vp(?:[\-\s]+[a-z\-]+)?|"
                r"vice\s+president(?:\s+of\s+[a-z ]+?)?|"
                r"head\s+of\s+[a-z ]+?|managing\s+director|general\s+manager|lead\s+marketer|"
                r"head\s+marketer|[a-z]+\s+chief)s?)")
#: "Target hired CMO Jeffrey Jones from indie shop McKinney", "UBS appointed a new COO,
#: Beatriz Martin, to oversee ...", "Dish Network appointed a former Procter & Gamble
#: leader, James Moorhead, as CMO", "The Wing hired Jen Cho as its lead marketer", "Guess
#: named Hub TV alum Amber Tarshis senior VP-marketing": the company's act, the title before
#: the name or after it.
_COMPANY_HIRED = re.compile(
    rf"^(?:the\s+)?(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){{0,4}})"
    rf"\s+(?:in\s+(?-i:[A-Z])[a-z]+\s+)?(?:has\s+|also\s+)?(?:appointed|named|hired|recruited|"
    rf"tapped|promoted|elevated|welcomed)\s+(?:(?:an?|its|the)\s+)?(?:"
    rf"(?P<title1>{_PROSE_TITLE}),?\s+{_PERSON}|"
    # (the words before a name skipped only where the name after them is no hire's own:
    # "named Jane Roe CEO, succeeding John Doe" is Jane Roe's)
    rf"(?:(?:former|ex-|veteran|longtime|company\s+veteran)\s+)?(?:[^,]{{2,60}},\s+)??"
    rf"(?:(?-i:[A-Z])[\w&\-]*\s+){{0,3}}?(?:[a-z][\w\-]*\s+){{0,2}}?{_PERSON2})"
    rf"(?:\s+from\s+[^,]{{2,60}}?)?(?:(?:,?\s+as\s+(?:its\s+|the\s+|their\s+)?"
    rf"(?P<title2>{_PROSE_TITLE})|\s+(?P<title3>{_PROSE_TITLE}))"
    # the company the title names, the hirer's unit or another ("Ficus Holdings named Jane
    # Roe CEO of Ficus Music")
    rf"(?:\s+(?:of|at)\s+(?P<company2>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*)"
    rf"{{0,4}}))?)?(?=[,;.]|\s+(?:to|in|on|after|amid|from|while|effective|following)\b|$)",
    re.IGNORECASE)
#: "CVS Health replaced CEO Karen Lynch with company veteran David Joyner", "Nestle in August
#: replaced CEO Mark Schneider, who led the company for eight years, with veteran Laurent
#: Freixe": who left and who came.
_REPLACED_WITH = re.compile(
    rf"^(?:the\s+)?(?:(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){{0,4}})"
    # "The coffee giant replaced ...": the company the round-up's heading named
    rf"|(?-i:[a-z][\w\-]*\s+){{1,3}}?(?:giant|company|firm|maker|retailer|chain|group|bank|"
    rf"insurer|startup|brand|carrier|conglomerate|chipmaker|automaker|airline|operator))"
    rf"\s+(?:in\s+(?-i:[A-Z])[a-z]+\s+)?replaced\s+(?:its\s+)?(?:(?P<title>{_PROSE_TITLE})\s+)?"
    rf"{_PERSON}(?:,\s+[^,]{{2,80}},)?\s+with\s+(?:[\w\-&]+\s+){{0,5}}?{_PERSON2}"
    # (the name is the one before "as", a clause or the end: "with Chipotle Mexican Grill head
    # Brian Niccol as its CEO")
    rf"(?=\s+as\s|[,;.]|\s+(?:in|on|after|amid|at|to|from|who)\b|$)"
    rf"(?:\s+as\s+(?:its\s+|the\s+)?(?P<title2>{_PROSE_TITLE}))?", re.IGNORECASE)
#: "Kate Rouch is leaving Facebook in favor of becoming Coinbase's first CMO".
_LEAVES_FOR_ROLE = re.compile(
    rf"^{_PERSON}\s+(?:is\s+leaving|has\s+left|left|will\s+leave)\s+(?P<company>(?-i:[A-Z0-9])"
    rf"[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){{0,3}})\s+(?:in\s+favou?r\s+of\s+becoming|"
    rf"to\s+become|to\s+join\s+as)\s+(?P<company2>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])"
    rf"[\w.&\-]*){{0,3}})['’]s\s+(?:first\s+|new\s+|next\s+)?(?P<title>{_PROSE_TITLE})\b",
    re.IGNORECASE)
#: "The MLB's new CMO is Karin Timpone, who joined from Marriott".
_NEW_TITLE_IS_PROSE = re.compile(
    rf"^(?:[\w\-]+\s+){{0,3}}?(?:[\w\-]+['’]s\s+)?(?:the\s+)?(?P<company>(?-i:[A-Z0-9])[\w.&\-]*"
    rf"(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){{0,3}})['’]s\s+new\s+(?P<title>{_PROSE_TITLE})\s+is\s+"
    rf"{_PERSON}(?=[,;.]|$)", re.IGNORECASE)
#: "He replaces Meinie Oldersma, who stepped down after three years": the one replaced.
_REPLACES_WHO_LEFT = re.compile(
    rf"\breplac(?:es|ed|ing)\s+{_PERSON},\s+who\s+(?:has\s+|had\s+)?(?:stepped\s+down|"
    rf"resigned|retired|left|departed)\b")
#: "Humphrey Singer stepped down from his role as group chief finance officer".
_LEFT_ROLE_AS = re.compile(
    rf"^{_PERSON}\s+(?:has\s+)?(?:stepped|steps)\s+down\s+from\s+(?:his|her|their)\s+"
    rf"(?:role|position|post)\s+as\s+(?:the\s+)?(?P<title>[^,;.]{{2,60}}?)(?=\s+(?:on|at|in|"
    rf"after|effective)\b|[,;.]|$)")
#: "The alt-protein company also appointed a new CEO, Liat Lachish Levy".
_COMPANY_APPOINTED = re.compile(
    rf"^(?:the|its)\s+(?:[\w\-]+\s+){{0,3}}?(?:company|startup|firm|business|group)\s+"
    rf"(?:also\s+|has\s+|recently\s+)*(?:appointed|named|hired|tapped)\s+(?:a\s+|its\s+)?"
    rf"(?:new\s+)?(?P<title>{_A_TITLE}),?\s+{_PERSON}", re.IGNORECASE)
#: "the departure of high-ranking executives from Indian startups such as A, B and C".
_EXECUTIVES_LEFT = re.compile(
    r"(?i)\b(?:departures?|exits?)\s+of\s+(?:[\w\-]+\s+){0,3}?executives\s+(?:from|at)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:such\s+as|including|like)\s+(?P<list>[^.;]+)")
_WHILE = re.compile(r",?\s+while\s+|;\s+|,\s+as\s+(?=(?-i:[A-Z])[\w\-]+\s+(?-i:[A-Z])[\w\-]+\s+"
                    r"(?:transitions|moves|joins|becomes|takes|steps|leaves|will|is|has|was|"
                    r"assumes|retires|departs)\b)")
_LIST_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _while_parts(said: str) -> list[str]:
    """A sentence cut at its clauses' joints (_WHILE), never inside brackets (a ticker's
    "(CSE: MAXX; OTC: MAXXF)")."""
    if "(" not in said:
        return _WHILE.split(said)
    masked = _masked_brackets(said)
    parts, at = [], 0
    for m in _WHILE.finditer(masked):
        parts.append(said[at:m.start()])
        at = m.end()
    return [*parts, said[at:]]


#: The role before the name: "Joining the company as Executive Vice President of Venue
#: Managed Services, Chad Thilborger will oversee ..." (the company the text speaks of, or
#: the one named: "Joining Ficus as CFO, Jane Roe brings ...").
_JOINING_AS_FIRST = re.compile(
    r"^Joining\s+(?:the\s+(?:company|team|firm|group|organi[sz]ation)|us|"
    r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3}))\s+as\s+"
    r"(?:its\s+|the\s+|our\s+|a\s+|an\s+|new\s+)*(?P<title>[^,;]{2,80}?),\s+"
    rf"{_PERSON}\s+(?:will|is|has|brings|joins|comes|was)\b")
#: The same told with the subject last: "Joining Anthony is Bruce J. Winter, Senior Managing
#: Director and Chief Operating Officer, responsible for ...", "Also joining the team is Jane
#: Roe, CFO" (a company of two words or more named; one word may be a person's first name).
_JOINING_IS = re.compile(
    r"^(?:Also\s+)?[Jj]oining\s+(?:the\s+(?:company|team|firm|group|organi[sz]ation)|us|him|her|"
    r"them|(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){1,3})|"
    r"(?-i:[A-Z])[\w'’\-]+)\s+(?:is|will\s+be)\s+"
    rf"{_PERSON}(?:,\s+(?:Jr|Sr)\.?)?,\s+(?:(?:its|the|our|a|an)\s+)?(?:new\s+)?"
    r"(?P<title>[^,;()]{2,80}?)(?=\s*[,;.(]|$)")
#: "Phil Roe appointed by Ficus Systems as Global Partner Strategy Director": the passive
#: with its agent before the title.
_APPOINTED_BY_AS = re.compile(
    rf"^{_PERSON}\s+(?:(?:has\s+been|was|is|will\s+be)\s+)?(?:appointed|named|hired|"
    r"promoted|tapped)\s+by\s+(?P<company>(?-i:[A-Z0-9])[\w.&'’\- ]{1,60}?)\s+as\s+"
    r"(?:its\s+|the\s+|a\s+|an\s+|new\s+)*(?P<title>[^,;.]{2,60}?)"
    r"(?=\s+(?:effective|from|in|on|to|with)\b|[,;.]|$)")
#: "As Chief Operating Officer, Jane Roe will lead ...", "As Director of Operations, Dan
#: Roe, CPA, is now responsible for ...": a release's new officer, the role first (not one
#: who "will continue to lead").
_AS_ROLE_FIRST = re.compile(
    r"^As\s+(?:the\s+|its\s+|our\s+)?(?:new\s+|newly\s+appointed\s+)?(?P<title>[^,;]{2,60}?),\s+"
    rf"(?P<person>(?:{HONORIFIC_WORDS})\.?\s+(?-i:[A-Z])[\w'’\-]+|{_PERSON_NAME})"
    r"(?:,\s+[A-Z]{2,5})?,?\s+(?:will\s+(?:lead|oversee|head|be\s+responsible|drive|direct|"
    r"manage|guide|spearhead)|is\s+now\s+responsible)\b")
#: "Paul Colangelo, who previously served as CEO of Avenu, will lead Neumo as Chief Executive
#: Officer": a person to lead a company in a title (the company named, or "the company").
_WILL_LEAD_AS = re.compile(
    rf"^{_PERSON}(?:,\s+[^,;]{{2,120}}?,)?\s+will\s+lead\s+(?:the\s+(?:company|firm|business)|"
    rf"{_A_COMPANY})\s+as\s+(?:its\s+|the\s+)?(?:new\s+)?(?P<title>{_A_TITLE})"
    r"(?=\s+(?:and|effective|from|while|on|with)\b|[,.;]|$)", re.IGNORECASE)
#: "Jane Roe will no longer serve as President": a departure told by what ends.
_NO_LONGER_SERVES = re.compile(
    rf"^{_PERSON}\s+(?:will\s+|shall\s+|does\s+|is\s+)?no\s+longer\s+(?:serves?|be|acts?)\s+"
    rf"(?:as\s+)?(?:the\s+|its\s+|our\s+)?(?:company['’]s\s+)?(?P<title>{_A_TITLE})"
    r"(?=\s+(?:of|at|and|effective|from|as|on)\b|[,.;]|$)", re.IGNORECASE)
#: "The new chief human resources officer, Sophie Ames, brings ...": the text names the
#: new officer its headline or its first sentence announced (the company the text's).
_NEW_TITLE_NAMED = re.compile(
    rf"^(?:the|our|its)\s+(?:company['’]s\s+)?(?:new|newly\s+appointed|newly\s+named)\s+"
    rf"(?P<title>{_A_TITLE}),\s+{_PERSON},\s", re.IGNORECASE)
#: "We were thrilled to welcome Doug Williams, CPA, as our Fractional CFO", "We are pleased
#: to welcome X as our new CFO": the announcer's own hire, said in the first person (the
#: company the text's).
_WE_WELCOME = re.compile(
    rf"^(?:we|i)\s+(?:(?:are|were|am|was)\s+(?:\w+\s+){{0,2}}?to\s+|(?:warmly\s+)?)"
    rf"welcome[ds]?\s+{_PERSON}(?:,\s+[A-Z][\w.]{{1,12}}(?:,\s+[A-Z][\w.]{{1,12}})*)?,?\s+"
    rf"(?:as|to\s+the\s+role\s+of)\s+(?:(?:our|the)\s+)?(?:new\s+)?(?:(?:fractional|"
    rf"outsourced|part-time|consulting|global)\s+)?(?P<title>{_A_TITLE})"
    r"(?=\s+(?:of|at|and|effective|from|on|to|who)\b|[,.;]|$)", re.IGNORECASE)
#: An act told as a gerund in a list of the company's news: "Recent achievements include
#: transferring all patents ..., and appointing veteran finance executive Mark Guerin as CFO"
#: (the company the text's).
_APPOINTING = re.compile(
    rf"^.{{0,300}}?(?:,\s+|\band\s+|\bincluding\s+|\bby\s+)(?:appointing|naming|hiring|"
    rf"welcoming|promoting)\s+(?:(?-i:[a-z])[\w\-]*\s+){{0,4}}?{_PERSON}(?:,\s+[^,]{{3,80}},)?"
    rf"\s+(?:as|to)\s+(?:(?:its|the|our|their)\s+)?(?:new\s+)?(?P<title>{_A_TITLE})"
    r"(?=\s+(?:of|at|and|effective|from|on|to|who|in)\b|[,.;]|$)", re.IGNORECASE)
#: The prose shapes, each with its change and the words it cannot match without.
_PROSE_SHAPES = (
    (_OWN_TITLE_LEAVES, "departed", ("exit", "leav", "resign", "step", "left", "depart",
                                     "quit", "retire")),
    (_DASHED_TITLE_LEAVES, "departed", ("–", "—", " - ")),
    (_TAKES_OVER, "promoted", ("take", "took")),
    (_BEEN_APPOINTED, "joined", ("appointed", "named", "promoted", "elevated", "tapped")),
    (_COMPANY_APPOINTED, "joined", ("company", "startup", "firm", "business", "group")),
    (_COMPANY_DID, "joined", ("appointed", "named", "hired", "promoted", "welcomed",
                              "recruited", "tapped", "on board", "elevated")),
    (_LEFT_ROLE_AS, "departed", ("stepped down", "steps down")),
    (_JOINING_AS_FIRST, "joined", ("joining ",)),
    (_JOINING_IS, "joined", ("joining ",)),
    (_NO_LONGER_SERVES, "departed", ("no longer",)),
    (_WILL_LEAD_AS, "joined", ("will lead",)),
    (_APPOINTED_BY_AS, "joined", ("ed by ",)),
    (_AS_ROLE_FIRST, "joined", ("will lead", "will oversee", "will head", "will be respons",
                                "will drive", "will direct", "will manage", "will guide",
                                "will spearhead", "is now respons")),
    (_NEW_TITLE_NAMED, "joined", ("new",)),
    (_WE_WELCOME, "joined", ("welcome",)),
    (_APPOINTING, "joined", ("appointing", "naming", "hiring", "welcoming", "promoting")),
)


_WHEN_END = re.compile(r"(?i)\s+(?:in|from|since)\s+(?:january|february|march|april|may|june|"
                       r"july|august|september|october|november|december|\d{4})\b.*$")


def _move(company: str, person: str | None, title: str, change: str,
          sentence: str) -> LeadershipCandidate | None:
    """A move whose company may be implicit (""): the title must be an executive's."""
    title = _title(_WHEN_END.sub("", title)).removeprefix("new ")  # ("as the new CFO")
    if not title or not is_executive(title):
        return None
    if company and _A_BOARD.fullmatch(company.strip()):
        company = ""  # "The Board has appointed X as CEO": the company spoken of
    if company:
        return _candidate(company, person, title, change, sentence)
    return LeadershipCandidate(company="", person=person, title=title,
                               function=function(title), seniority=seniority(title),
                               change=change, sentence=sentence)


#: The verbs _COMPANY_HIRED needs (tested first on lower case: most sentences have none).
_HIRED_WORDS = re.compile(r"appointed|named|hired|recruited|tapped|promoted|elevated|welcomed")
#: "a new COO", "its first CMO": the title without the word that says it is new.
_NEW_FIRST = re.compile(r"(?i)^(?:new|first)\s+")


def _prose_moves(part: str, said: str) -> list[LeadershipCandidate]:
    """The moves of newsletter prose a company states of itself: a hire with the title
    before or after the name, a replacement (who left, who came), a person leaving one
    company for another's title, "X's new CMO is Y"."""
    low = part.lower()
    out: list[LeadershipCandidate] = []

    def move(company: str, person: str | None, title: str, change: str,
             sentence: str) -> LeadershipCandidate | None:
        return _move(company, person, _NEW_FIRST.sub("", title), change, sentence)

    if "replaced " in low and (m := _REPLACED_WITH.match(part)):
        title = m.group("title") or m.group("title2") or ""
        for who, change in (("person", "departed"), ("person2", "joined")):
            if (person := person_name(m.group(who))) and (
                    c := move(m.group("company") or "", person, title, change, said)):
                out.append(c)
        return out
    if (" leaving " in low or " left " in low or " leave " in low) and (
            m := _LEAVES_FOR_ROLE.match(part)) and (person := person_name(m.group("person"))):
        # (the role left goes unsaid: the title is the one taken)
        for company, title, change in ((m.group("company"), "senior executive", "departed"),
                                       (m.group("company2"), m.group("title"), "joined")):
            if c := move(company, person, title, change, said):
                out.append(c)
        return out
    if "new " in low and " is " in low and (m := _NEW_TITLE_IS_PROSE.match(part)) and (
            person := person_name(m.group("person"))) and (
            c := move(m.group("company"), person, m.group("title"), "joined", said)):
        return [c]
    if _HIRED_WORDS.search(low) and (m := _COMPANY_HIRED.match(part)) and (
            title := m.group("title1") or m.group("title2") or m.group("title3")) and \
            not _ENDS_WITH_OF.search(title):  # ("Named Head of X at Zug Estates": a company)
        named = m.group("person") or m.group("person2")
        change = "promoted" if any(w in low for w in ("promoted", "elevated")) else "joined"
        # (a region's title is the hirer's: "named Jane Roe President of North America")
        company = (m.group("company2") or "").rstrip(".")
        if not company or place(company):
            company = m.group("company")
        if (person := person_name(named)) and (
                c := move(company, person, title, change, said)):
            return [c]
    return []


#: The words of the verbs of arrival besides "joins" ("signs on as", "comes on board as",
#: "takes on the role of", "will spearhead the unit as"): for the two word lists below and
#: the change words a text's clauses are gated by (extract/signals).
ARRIVAL_WORDS = ("takes on", "took on", "signs on", "signed on", "sign on", "on board as",
                 "aboard as", "will lead", "will head", "will spearhead")
#: The words of a copula telling an arrival ("Jane Roe is the new CEO of Ficus"): for the
#: same two word lists.
_COPULA_NEW_WORDS = ("is the new", "is its new", "is their new")
#: Words the slot reader's verbs, acts and nouns each hold (in lower case): a clause
#: without one states no change it could read ("Bluesky CEO Jay Graber pokes fun at ..."),
#: and is not read by its parts (cost). tests/test_gates.py checks each verb holds one.
_SLOT_WORDS = Words([
    "step", "resign", "announc", "quit", "retir", "depart", "leav", "left", "exit", "move on",
    "expand", "conclud", "complet", "ended", "ends", "be out", "plan to", "plans to", "releas",
    "dismiss", "terminat", "remov", "let go",
    "off to", "giving up", "transition", "oust", "fire", "join", "take over", "takes over",
    "took over", "taking over", "assum", "helm", "reins", "wheel", "serve as", "accept",
    "rejoin", "appoint", "named", "names", "hire", "tapped", "taps", "select", "chos",
    "elect", "becom", "becam", "promot", "elevat", "shifting", "moving", "succe", "replac",
    "brought", "recruit", "welcom", "added", "hiring", "poach", "lur", "parted", "lost",
    "incoming", "outgoing", "ouster", "handing in", "hands in", "handed in", "turned in",
    "turns in", "turning in", "naming", "tapping", "take on", "seat of", "place of",
    *ARRIVAL_WORDS, "taking on",
    "picked", "died", "dies", "passed away", "killed", *_COPULA_NEW_WORDS], word_start=True)


#: The words the change verbs' own words start with (their auxiliaries aside): a verb starts
#: at most _AUXILIARIES_SPAN characters before its first such word.
_CHANGE_VERB_WORDS = Words([
    "succe", "replac", "over", "helm", "reins", "wheel", "step", "resign", "announc", "quit",
    "conclud", "complet", "ended", "ends", "expand",
    "retir", "depart", "leav", "left", "exit", "move on", "out", "plan to", "plans to",
    "releas", "dismiss", "terminat", "remov", "let go", "off to", "giving up", "transition",
    "oust", "fire", "join", "assum", "accept", "rejoin", "appoint", "name", "hire", "tap",
    "select", "chos", "elect", "becom", "becam", "promot", "elevat", "shifting", "moving",
    "serve", "hand", "turn", "inform", "notif", "told", "decid", "resum", "return", "take on",
    *ARRIVAL_WORDS, "taking on",
    "seat of", "place of", "died", "dies", "passed", "killed", "shot", *_COPULA_NEW_WORDS],
    word_start=True)
#: The longest run of auxiliaries before a change verb's own word ("is set to also ").
_AUXILIARIES_SPAN = 24


def change_verbs(part: str) -> Iterator[re.Match[str]]:
    """Every change verb in ``part``, as ``_CHANGE_VERB.finditer`` finds them (lazily: a
    reader stops at the first it needs), tried only at the places shortly before a word such
    a verb holds (cost: the pattern is long, and most clauses with a title hold no change)."""
    pos = 0  # the next place a verb may start (past a verb found, past places tried)
    for word in _CHANGE_VERB_WORDS.starts(part.lower()):
        for at in range(max(pos, word - _AUXILIARIES_SPAN), word + 1):
            if (verb := _CHANGE_VERB.match(part, at)) is not None:
                yield verb
                pos = verb.end()
                break
        else:
            pos = max(pos, word + 1)


#: A dateline's place in capitals before a colon: "COPENHAGEN: ".
_PLACE_COLON = re.compile(r"^(?:[A-Z]{5,}|[A-Z]{3,}\s+[A-Z]{3,})(?<!\bINC)(?<!\bLTD)(?<!\bPLC)"
                          r"(?<!\bLLC)(?<!\bCORP):\s+(?=[A-Z])")
#: A company's or a person's word before what it tells: "Danske also said on Thursday
#: that", "The company announced that" (the clause after it is the news).
_SAID_THAT = re.compile(r"^(?:the\s+)?(?P<company>(?-i:[A-Z])[\w&.\-]*(?:\s+(?-i:[A-Z])[\w&.\-]*)"
                        r"{0,3}|company|bank|firm|group)\s+(?:also\s+)?(?:said|says|announced|"
                        r"confirmed)(?:\s+on\s+\w+day)?\s+that\s+(?=(?-i:[A-Z]))",
                        re.IGNORECASE)
#: A person's background between their name and the verb: ", who joined in 2019,",
#: ", previously brought in to ...," (not the post they hold now: ", who serves as Yahoo's
#: CTO,").
_NAME_ASIDE = re.compile(
    rf"^(?P<name>{_A_NAME}),\s+"
    r"(?:who\s+(?!(?:will|is|are|serves|has\s+(?:been|served)|currently|now)\b)|"
    r"previously\s|formerly\s|most\s+recently\s|recently\s|once\s)"
    r"[^,;]{2,120},\s+(?=(?:was|has|had|is|will|would|plans|announced|stepped|resigned|"
    r"retired|left|joined|joins|became|takes|took)\b)")


#: A list item's label before the announcer's own words: "Strengthened Leadership Team: We
#: were thrilled to welcome ...".
_LABEL_THEN_WE = re.compile(r"^(?:(?-i:[A-Z])[\w&'’\-]*\s+){0,5}(?-i:[A-Z])[\w&'’\-]*:\s+"
                            r"(?=(?:We|I|Our|The\s+[Cc]ompany)\s)")


#: An adverb between a subject and its act: "unanimously appointed", "formally named".
_ADVERB_BEFORE_ACT = re.compile(
    r"\b(?:unanimously|formally|officially|recently|subsequently|previously|quietly)\s+"
    r"(?=(?:appointed|named|elected|hired|promoted|selected|tapped|welcomed|added|confirmed)\b)")


#: What stands before a participle that describes a person rather than tells an act: a
#: possessive, an article, a preposition ("the Company's recently appointed CEO", "by
#: recently appointed CEO X").
_EPITHET_BEFORE = re.compile(r"(?i)(?:['’]s|\b(?:the|its|our|their|his|her|by|under|with|"
                             r"from))\s+$")
#: An appositive between dashes after a name, a verb after it: "Jane Roe—former president
#: of Ficus—will serve as CEO", "Jane Roe – the CFO – has resigned".
_DASHED_APPOSITIVE = re.compile(rf"(?P<name>{_A_NAME})\s*[—–]\s*(?P<aside>[^—–,;()]{{2,100}}?)"
                                r"\s*[—–]\s*(?=(?-i:[a-z]))")


def _plain_prose(said: str) -> str:
    """A sentence of prose with what no name or company holds set aside: a list item's
    number, a person's degrees ("Anosh Ahmed, MD, COO of ..."), a state after a place or in
    brackets ("in Enid, Okla.,", "Venice (Fla.) Regional"), "Montgomery, Ala.-based", a
    nickname ("Sherilyn S. (Sheri) McCoy"), brackets around the whole clause. Each only
    where its sign is (cost: every sentence naming a title comes here)."""
    if said[:1].isdigit():
        said = _LIST_NUMBER.sub("", said)  # "8. Hasan Zia was named ..."
    plain = _DEGREES.sub("", said) if _DEGREE_WORDS.any(said) else said
    if ", " in plain:
        plain = _STATE_AFTER_PLACE.sub("", plain)
    if plain != said:  # ("Hasan Zia, MD, was named", "X in Gloversville, N.Y., named": no
        said = _COMMA_BEFORE_VERB.sub(" ", plain)  # comma left before the verb)
    if ("(" in said[:60] or "/" in said[:60]) and said[:1].isupper() and (
            " -" in said[:100] or "–" in said[:100] or "—" in said[:100]):
        said = without_dateline(said)  # "BESSENBACH, GERMANY - July 20, 2026 (NEWMEDIAWIRE) -"
    if ":" in said[:24] and (place := _PLACE_COLON.match(said)):
        said = said[place.end():]  # "COPENHAGEN: Danske Bank named ..."
    if ":" in said[:60] and (label := _LABEL_THEN_WE.match(said)):
        said = said[label.end():]  # "Strengthened Leadership Team: We were thrilled to ..."
    if "ly " in said and (adverb := _ADVERB_BEFORE_ACT.search(said)) and \
            not _EPITHET_BEFORE.search(said, max(0, adverb.start() - 12), adverb.start()):
        # "the Board of Directors unanimously appointed X": the act's own words (not an
        # epithet's: "under the Company's recently appointed CEO, X")
        said = said[:adverb.start()] + said[adverb.end():]
    if ", " in said and (aside := _NAME_ASIDE.match(said)):
        # "Ronald Dreskin, previously brought in to support the restructuring, was named
        # interim CEO", "X, who joined in 2019, will step down": the person's background
        # aside, the person stands next to the verb
        said = f"{aside.group('name')} {said[aside.end():]}"
    if "-based " in said:
        said = _BASED_IN.sub("", said)
    if ("retiring " in said or "stepping down" in said) and (
            leaving := _PARTICIPLE_LEAVING.search(said)):
        # "recognizing Jane Roe, the president and CEO of Ficus retiring this year": the
        # clause a relative's "who is" opens ("Jane Roe, the CEO of Ficus, who is retiring")
        said = f"{said[:leaving.start('ing')].rstrip()}, who is {said[leaving.start('ing'):]}"
    if said.count("—") + said.count("–") >= 2 and (dashed := _DASHED_APPOSITIVE.search(said)):
        # "Duncan MacNaughton—former president and COO of Family Dollar—will serve as CEO":
        # an appositive between dashes, read as between commas
        said = f"{said[:dashed.end('name')]}, {dashed.group('aside')}, {said[dashed.end():]}"
    if "joining" in said or "would " in said:
        # "X is joining Ficus as CFO", "it was announced that X would be joining Ficus as
        # ...", "X would succeed Y": the forms of the future the verbs of change are read in
        said = _WOULD_AS_WILL.sub("will", _JOINING.sub("will join", said))
    if "(" in said:
        said = _NICKNAME.sub(" ", _STATE_IN_BRACKETS.sub("", said))
        if said[:1] == "(" and said.rstrip(".")[-1:] == ")":  # "(Jenny Ming, ... stepped down.)"
            said = said.rstrip(".")[1:-1].strip()
    return said


#: Where a list of clauses, each with its own named subject and verb of a move, goes on:
#: ", B has been promoted to ...", ", and C has joined ...".
_SUBJECTS_LISTED = re.compile(
    r",\s+(?:and\s+)?(?=(?-i:[A-Z])[\w'’\-.]+(?:\s+(?-i:[A-Z])[\w'’\-.]+){1,3}\s+(?:has|have)\s+"
    r"(?:been\s+(?:appointed|named|promoted|elevated|hired|tapped)|joined|assumed|stepped|left|"
    r"retired|resigned)\b)")

#: The same list told in the present, each a newcomer's arrival: "A joins as Chief Marketing
#: Officer, B signs on as Head of Games, and C takes on the role of Director of Product".
_SUBJECTS_ARRIVING = re.compile(
    r",\s+(?:and\s+)?(?=(?-i:[A-Z])[\w'’\-.]+(?:\s+(?-i:[A-Z])[\w'’\-.]+){1,3}\s+(?:joins|"
    r"signs\s+on|takes\s+(?:on\s+the\s+role|over)|comes\s+(?:on\s+board|aboard)|steps\s+into|"
    r"assumes|becomes|is\s+(?:appointed|named|promoted|elevated)|will\s+(?:join|serve|become|"
    r"take\s+over|assume))\b)")


def _arrivals_listed(part: str) -> list[str]:
    """``part`` cut into its arrivals (see _SUBJECTS_ARRIVING), where the clause before each
    cut tells a title of its own ("as ...", "the role of ..."): not "At Ficus, Jane Roe
    joins as CFO", whose opener is no one's move."""
    out, at = [], 0
    for m in itertools.islice(_SUBJECTS_ARRIVING.finditer(part), _MOST_LISTED):
        if " as " in part[at:m.start()] or " role of " in part[at:m.start()]:
            out.append(part[at:m.start()])
            at = m.end()
    return [*out, part[at:]]


#: " and B became ...", " and B was named ...": a second subject's own change after the
#: first's ("Tony Hamilton became President and Shane Graves became Vice President"), or
#: after a clause of another's ("... to retire, as Tony Hamilton became President").
_SUBJECTS_JOINED = re.compile(
    # ("... and founder Dimitri Gerontis will serve as chief operating officer": an epithet
    # before the name)
    r"\s+(?:and|as|while)\s+(?=(?:(?-i:[a-z])[\w\-]*\s+){0,2}?(?-i:[A-Z])[\w'’\-.]+"
    r"(?:\s+(?-i:[A-Z])[\w'’\-.]+){1,3}\s+(?:became|becomes|"
    r"will\s+become|was\s+(?:appointed|named|promoted|elevated|hired)|joined|joins|"
    r"will\s+serve\s+as)\b)")


#: ", and succeeds ...", " and will replace ...": a second predicate of the same subject.
_AND_SUCCEEDS = re.compile(r",?\s+and\s+(?=(?:will\s+)?(?:succeeds?|replaces?)\s)")
#: A clause whose subject is a person's name, the verb after it.
_PERSON_FIRST = re.compile(rf"^(?P<person>{_PERSON_NAME})\s+(?-i:[a-z])")


#: A company's clause, then a participle of its act on people: "The company has hired X
#: and promoted leaders from within, elevating A to ...", "Ficus grew its team, adding B as
#: CFO" (the participle's object a capitalised name).
_PARTICIPLE_ACT = re.compile(
    r"^(?P<subject>(?:the\s+)?(?-i:[A-Z])[^,;]{0,60}?)\s+(?:has\s+|have\s+)?(?-i:[a-z]+ed)\s"
    r"[^;]*?,\s+(?:and\s+)?(?P<verb>elevating|promoting|appointing|naming|hiring|adding|"
    r"tapping|welcoming)\s+(?=(?-i:[A-Z])[\w'’\-]+\s+(?-i:[A-Z]))", re.IGNORECASE)
_PAST_OF = {"elevating": "elevated", "promoting": "promoted", "appointing": "appointed",
            "naming": "named", "hiring": "hired", "adding": "added", "tapping": "tapped",
            "welcoming": "welcomed"}


def _participle_act(part: str) -> list[str]:
    """``part`` as its main clause and its participle's act, told as the subject's own (see
    _PARTICIPLE_ACT); [part] where it has none."""
    if not (act := _PARTICIPLE_ACT.match(part)):
        return [part]
    verb = _PAST_OF[act.group("verb").lower()]
    return [part[:act.start("verb")].rstrip(", ").removesuffix(" and"),
            f"{act.group('subject')} {verb} {part[act.end():]}"]


def _second_predicate(part: str) -> list[str]:
    """``part`` as its predicates, each with its subject, where the subject is a person and
    the second predicate succeeds or replaces someone (see _AND_SUCCEEDS), or takes a post
    after a description ("Kay Schaefer is a tech entrepreneur known for ... and will serve
    as chief product officer": _DESCRIBED_THEN)."""
    if " serve as " in part and (described := _DESCRIBED_THEN.match(part)):
        return [f"{described.group('person')} {described.group('rest')}"]
    if not (who := _PERSON_FIRST.match(part)) or not (then := _AND_SUCCEEDS.search(part)):
        return [part]
    return [part[:then.start()], f"{who.group('person')} {part[then.end():]}"]


#: A person described, then the post they will take: "X is a tech entrepreneur known for
#: ... and will serve as chief product officer".
_DESCRIBED_THEN = re.compile(rf"^(?P<person>{_PERSON_NAME}),?\s+(?:is|was)\s+(?:a|an)\s+"
                             r"[^;:]{2,200}?\s+and\s+(?P<rest>will\s+serve\s+as\s.+)$")


def roundup_moves(sentence: str, prose: bool = True) -> list[LeadershipCandidate]:
    """The leadership changes one sentence of a newsletter states: the headline forms
    (find_leadership), and prose: "X's chief executive Y will exit", "Y – the co-CEO of X –
    has stepped down", "Y will take over as sole CEO", "Y has been appointed COO", "X's CEO
    has hired Y for the new role of Z", "the exit of COO A, digital chief B and ...", "the
    company also appointed a new CEO, Y", "the departure of executives from A, B and C". A
    company the sentence leaves implicit is "". ``prose``: False for a headline, which the
    headline forms alone read (the parts below read prose, see _slot_moves)."""
    said = " ".join(sentence.split()).lstrip("–—-•·*> ")  # (a list's bullet, a quote's ">")
    low = said.lower()
    hinted = _TITLE_HINTS_GATE.any(low)
    if not hinted and "executive" not in low and "replac" not in low:
        return []
    whole = said  # (before the plain reading drops a background aside: "previously CFO")
    if prose:
        said = _plain_prose(said)
    if prose and ";" in said and ((left := "parture" in said or "xits" in said
                                   or "parting " in said) or (
            "ddition" in said or "ppointment" in said)) and (
            listed := _moves_named(said)) and (left or len(listed) > 1):
        # "the departure of A, SVP of X; B, VP of Y; and C, ...", "the addition of ...,
        # including A as VP, East; B as VP, West; ...": one list (of hires, two or more)
        return listed
    out: list[LeadershipCandidate] = []
    # (a headline's clauses after semicolons are its head's news, read by _clauses: "Acme
    # Reports Growth; Appoints Jane Roe as CFO")
    parts = _while_parts(said) if " while " in said or (";" in said and prose) \
        or ", as " in said else [said]
    if prose and ", " in said and " has " in said:
        # "A has been appointed Company Secretary, B has been promoted to CTO, and C has
        # joined the company as ...": each clause its own subject's move (B's title had
        # gone to A, whose own is no executive's)
        parts = [clause for part in parts for clause in _SUBJECTS_LISTED.split(part)]
    if prose and ", " in said and " as " in said:
        parts = [clause for part in parts for clause in _arrivals_listed(part)]
    if prose and (" and " in said or " as " in said or " while " in said) and (
            "bec" in said or " was " in said or " join" in said or " serve " in said):
        # "A became President and B became Vice President of Operations": each its own
        parts = [clause for part in parts for clause in _SUBJECTS_JOINED.split(part)]
    if prose and " and " in said and ("succeed" in said or "replac" in said
                                      or " serve as " in said):
        # "Eric Bernard joined the Group on July 1, and succeeds Arnd Kaldowski, who has
        # served as CEO": the second predicate's subject is the first's
        parts = [clause for part in parts for clause in _second_predicate(part)]
    if prose and "ing " in said and ", " in said:
        # "The company ... promoted leaders from within, elevating A to X and B to Y": the
        # participle's act is the subject's own, read as its past ("The company elevated A
        # to X and B to Y")
        parts = [clause for part in parts for clause in _participle_act(part)]
    for part in parts:
        if prose and ": " in part[:_CAPS_HEADING_CHARS] and (
                heading := _CAPS_HEADING.match(part)):
            part = part[heading.end():]  # ("MOORE CHIEF OF STAFF TO HEAD ABELL FOUNDATION: ")
        if prose and (" report" in part or "ccording" in part or " write" in part):
            part = _ATTRIBUTION.sub("", part)  # "Adweek reports that Ficus has appointed"
        if prose and "," in part[:120]:
            part = _OPENER.sub("", part)  # ("Effective August 4, 2025, the Board has ...")
        if " role of " in part and (m := _HIRED_FOR_ROLE.match(part)) and (
                c := _move(m.group("company"), person_name(m.group("person")),
                           m.group("title"), "joined", said)):
            out.append(c)  # (before the headline forms, which read "CEO, X" as a company)
            continue
        if found := _prose_moves(_OPENER.sub("", part), said):
            out += found
            continue
        if " appointed " in part and " by " in part and (m := _APPOINTED_BY.match(part)) and (
                c := _move(m.group("company"), person_name(m.group("person")),
                           m.group("title"), "joined", said)):
            out.append(c)  # (before the headline forms, which read "by X" into the title)
            continue
        if "ed " in part and (m := _COMPANY_DID.match(part)) and not _SECOND_ACT.match(
                part, m.end("title")) and (
                c := _move("" if _THE_DESCRIBED.match(m.group("company").strip())
                           else m.group("company"), person_name(m.group("person")),
                           m.group("title"), "promoted" if m.group("promoted") else "joined",
                           said)):
            out.append(c)  # (before the headline forms: "X appointed Y as ..." is no passive)
            continue
        # (a headline read whole as find_leadership reads it, its succession forms first,
        # as the headline splits measure it; a sentence of prose by the forms themselves)
        found = find_leadership(part) if hinted else []
        if prose and found:
            if not all(c.person and _a_person(c.person) == c.person and _plausible(c.company)
                       and not _acts_itself(c.company, part)
                       for c in found) and (slot := _slot_moves(_OPENER.sub("", part))):
                found = slot  # prose the headline forms misread: "X, Y's CEO, announced"
            # (nor a title holding a date: "as of July 1, 2008, its President and CEO"; nor
            # a person's first name read as the company: "Andrew Drexler, the retailer's
            # senior vice president, ..., plans to leave" had been "Andrew")
            found = [c for c in found if _plausible(c.company) and not _YEAR.search(c.title)
                     and not (c.person is None and _first_name_of(c.company, part))]
        if found:
            out += found
            continue
        lowered = part.lower()
        for shape, change, words in _PROSE_SHAPES:
            # (each shape tried only where a word it needs is: most sentences have none)
            if any(w in lowered for w in words) and (m := shape.match(part)) and not (
                    shape is _COMPANY_DID and _SECOND_ACT.match(part, m.end("title"))) and not (
                    # ("Joining Jane is John Doe, CEO of Gourd": a guest, their own post)
                    shape is _JOINING_IS and _title_company(m.group("title"))[1]):
                groups = m.groupdict()
                c = _move(groups.get("company") or "", person_name(m.group("person")),
                          m.group("title"), "promoted" if groups.get("promoted") else change,
                          said)
                if c is not None:
                    out.append(c)
                    break
        else:
            if " role of " in part and (m := _HIRED_FOR_ROLE.match(part)):
                if c := _move(m.group("company"), person_name(m.group("person")),
                              m.group("title"), "joined", said):
                    out.append(c)
            elif (" exit" in lowered or "departure" in lowered or "resignation" in lowered) \
                    and (m := _EXITS_OF.match(part)):
                for item in _LIST_ITEMS.split(m.group("list").rstrip(" .")):
                    if (t := _TITLED_PERSON.match(item.strip())) and (
                            c := _move(m.group("company"), person_name(t.group("person")),
                                       t.group("title"), "departed", said)):
                        out.append(c)
            elif "replac" in lowered and (m := _REPLACES_WHO_LEFT.search(part)):
                if c := _move("", person_name(m.group("person")), "senior executive",
                              "departed", said):
                    out.append(c)  # ("executive": the role left goes unsaid)
            elif "executives" in lowered and (m := _EXECUTIVES_LEFT.search(part)):
                for item in _LIST_ITEMS.split(m.group("list").rstrip(" .")):
                    item = item.strip()
                    if item[:1].isupper() and (c := _move(item, None, "senior executive",
                                                          "departed", said)):
                        out.append(c)
            elif prose:
                out += _slot_moves(_OPENER.sub("", part))  # (its word gate first)
    if prose and " and " in said and " as " in said:
        out += _also_as(said, out)  # "A will join as VP of Marketing and B as CMO": B joins too
    if prose and len(out) == 1 and out[0].person and out[0].change in ("joined", "promoted") \
            and ("succeed" in low or "replac" in low or "taking over" in low
                 or "transition" in low) and (m := _SUCCEEDING.search(said)) and \
            (before := person_name(m.group("who"))) and (
            gone := _predecessor_left(out[0], before, said, _move)):
        # "X was appointed CEO, succeeding Interim CEO Tom Fitzgerald, who returns to his
        # role as CFO": the one succeeded leaves the title (as find_leadership reads it)
        out.append(gone)
    if prose and not out and " that " in said[:80] and (lead := _SAID_THAT.match(said)):
        # "Danske also said on Thursday that X will take over as ...": the clause it tells,
        # the company that said it that clause's where it names none
        told = lead.group("company") if lead.group("company")[:1].isupper() else ""
        out = [c if c.company or not told else replace(c, company=told)
               for c in roundup_moves(said[lead.end():])]
    out = [d for c in out for d in _each_given(c)]
    if out and any(c.change == "joined" and c.person for c in out):
        out = [_promoted_if_held(c, whole) for c in out]
    if out and (" and " in said or " but " in said) and (undone := _UNDONE.search(said)):
        # "when CEO X was fired and rehired within five days": a departure undone, no change
        out = [c for c in out if c.change != "departed" or not c.person
               or c.person.split()[-1] not in said[max(0, undone.start() - 80):undone.start()]]
    if prose:  # ("The Supervisory Board has appointed ...", "Building on a year of growth")
        # (nor, in prose, "director" alone whatever its case: "The Company also welcomes X
        # as its new director", a seat on the board, as a headline's "Director" is)
        out = [c for c in out if _plausible(c.company) and not _DIRECTOR_ALONE.match(c.title)]
        if out and (" not " in said or "no plan" in said) and _NOT_INTENDED.search(said):
            # "The Company does not currently intend to appoint a successor to the CTO
            # position", "has no plans to name a new CFO": no one comes
            out = [c for c in out if c.person or c.change != "joined"]
    return out


#: An appointment not intended: "does not (currently) intend to appoint", "has no plans to
#: name", "will not immediately replace".
_NOT_INTENDED = re.compile(
    r"(?i)\b(?:(?:does|do|did|will|would)\s+not\s+(?:\w+\s+)?(?:(?:intend|plan|expect|seek)\s+"
    r"to\s+)?|no\s+(?:current\s+|immediate\s+)?plans?\s+to\s+)(?:appoint|name|hire|replace|fill|"
    r"recruit|seek)\b")


#: A title that is "director" alone (see roundup_moves).
_DIRECTOR_ALONE = re.compile(r"(?i)^(?:(?:a|an|the|new|its|our|their)\s+)*director$")


#: The title a person holds already, in the appositive after their name: ", currently Chief
#: Strategy and Transformation Officer,", ", Chief Revenue Officer,", ", previously Chief
#: Financial Officer,", ", co-founder and former Chief Technology Officer of CareWork,".
_HELD_AFTER = re.compile(
    r"^,\s+(?P<when>currently|current|previously|until\s+now|formerly|former|existing|"
    r"its|our|the\s+company['’]s)?\s*(?:the\s+)?(?P<title>(?!who\b|which\b)[^,;()“\"]{2,80}?)"
    r"(?:\s+(?:of|at)\s+(?P<company>(?-i:[A-Z0-9])[^,;()]{1,60}?))?\s*,", re.IGNORECASE)
#: The title a person holds already, before their name: "co-founder and chief creative
#: officer Jane Roe, ..., has been appointed president" (in lower case, alone or after "its"
#: or "the company's": a capitalised one may follow another company's name; not "former":
#: held elsewhere, maybe).
_HELD_BEFORE = re.compile(
    r"(?:^|,\s+|\b(?:its|our|the\s+company['’]s)\s+)(?P<title>(?!former\b|ex-)[a-z][a-z\- ]{1,60}?)"
    r"(?<!\sand)(?<!\sor)(?<!\sas)(?<!\sto)(?<!\sby)\s+$")
#: A person's time at the company told beside their name: ", who has been with the company
#: for more than six years," (not "who joined the company in May": the new CFO's arrival).
_TENURE = re.compile(r"^,\s+who\s+(?:has\s+been\s+with|has\s+served)\s+(?:the|our)\s+"
                     r"(?:company|firm|team|group|organi[sz]ation)\b", re.IGNORECASE)
#: The verbs of arrival from outside: a person who "joins" comes from elsewhere.
_JOINS_WORD = re.compile(r"\bjoin(?:s|ed|ing)?\b|\bcomes?\s+(?:aboard|on\s+board)\b|"
                         r"\bwelcom(?:es|ed|ing)\b", re.IGNORECASE)


def _promoted_if_held(c: LeadershipCandidate, sentence: str) -> LeadershipCandidate:
    """A move read as a join whose ``sentence`` says the person held a title at the company
    already (see _HELD_AFTER, _HELD_BEFORE, _TENURE): a promotion. Not where the verb is
    one of arriving ("joins"), nor where the title held is another company's."""
    if c.change != "joined" or not c.person or (at := sentence.find(c.person)) < 0:
        return c
    after = sentence[at + len(c.person):]
    if _JOINS_WORD.search(after[:200]) or _JOINS_WORD.search(sentence[:at]):
        return c
    if _TENURE.match(after):
        return replace(c, change="promoted")
    if (held := _HELD_AFTER.match(after)) is not None and _held_title(held.group("title"), c):
        owner = held.group("company") or ""
        # ("SVP of Financial Operations", "Executive Vice President of Renewable Power": a
        # unit's ordinary words, no company's name)
        # (one ordinary word may be a company's name: "CEO and Founder of Chemistry")
        owner = "" if owner and (_a_department(owner) or (len(owner.split()) > 1 and all(
            w.lower() in common_words() for w in owner.split()))) else owner
        # (a post held at the company itself, or at none named; "former" with none named may
        # have been another's)
        own = not owner or normalise_name(owner) == normalise_name(c.company or "") or \
            owner.lower().startswith(("the company", "our company"))
        if own and (owner or not (held.group("when") or "").lower().startswith("former")):
            return replace(c, change="promoted")
        return c
    if (before := _HELD_BEFORE.search(sentence, max(0, at - 70), at)) is not None and \
            _held_title(before.group("title"), c):
        return replace(c, change="promoted")
    return c


#: A founder's words before a title held ("co-founder and chief creative officer"): no
#: post of the company's by themselves (the founder of a business bought, say).
_FOUNDER_AND = re.compile(r"(?i)^(?:co-?)?founder(?:\s+(?:and|&)\s+|,\s+|$)")
#: A board's chair: "Chairman of the Supervisory Board", "Chair".
_CHAIR_HELD = re.compile(r"(?i)^(?:vice[\s\-]+)?chair(?:man|woman|person)?\b")
#: A title that is the new one: "newly appointed Marketing Director".
_NEW_TITLE_WORDS = re.compile(r"(?i)^(?:newly|new|recently|incoming|interim)\b")


def _held_title(title: str, c: LeadershipCandidate) -> bool:
    """Whether ``title`` is an executive's post held before ``c``'s: not a founder's word
    alone, not the new post itself (an appositive may name it: "X, Chief Financial Officer
    of Y, commented: “As the newly appointed CFO ...”")."""
    title = _FOUNDER_AND.sub("", title.strip())
    # (a board's chair taking an executive's post rises too: "previously Chairman of the
    # Supervisory Board, was appointed ... Chief Executive Officer")
    if not title or _NEW_TITLE_WORDS.match(title) or not (
            is_executive(title) or _CHAIR_HELD.match(title)):
        return False
    return (function(title), seniority(title)) != (function(c.title), seniority(c.title))


#: A newsletter's heading in capitals run into its story's first sentence: "MOORE CHIEF OF
#: STAFF TO HEAD ABELL FOUNDATION: In a generational shift ..." (the story is read); four
#: words at least ("KAP AG: Supervisory Board Appoints ..." is a company's headline).
_CAPS_HEADING = re.compile(r"^(?:[^a-z:\s]+\s+){3,20}[^a-z:\s]+:\s+(?=(?-i:[A-Z]))")
_CAPS_HEADING_CHARS = 144


#: A departure undone in the same breath: "was fired and rehired", "ousted and then
#: reinstated", "resigned but later returned".
_UNDONE = re.compile(r"(?i)\b(?:fired|ousted|removed|dismissed|sacked|resigned|left|"
                     r"quit)\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:rehired|reinstated|"
                     r"returned|re-?appointed|brought\s+back)\b")


def _each_given(c: LeadershipCandidate) -> list[LeadershipCandidate]:
    """A move whose title runs on into the next person's ("Director of Operations and John
    Roe to Development Director": "elevated A to ... and B to ..."): each person's own
    move, the same company's and change."""
    if " and " not in c.title or (at := c.sentence.find(c.title)) < 0:
        return [c]
    title, more = _more_given(c.sentence[at:], c.title)
    if not more or (own := _move(c.company, c.person, title, c.change, c.sentence)) is None:
        return [c]
    return [own, *(d for person, role in more if (d := _move(
        c.company, person_name(person), role, c.change, c.sentence)) is not None)]


def _also_as(said: str, found: Sequence[LeadershipCandidate]) -> list[LeadershipCandidate]:
    """The further people of a move told once for several ("A will join as VP of Marketing
    and B as CMO"; "hiring A as head of production, B as head of product, and C as head of
    sourcing"): the same change at the same company as the move of the person named first,
    unless a move of that person was read already."""
    if not (m := _AND_NEXT_AS.search(said)) or not (who := _a_person(m.group("person"))) \
            or who != m.group("person") or any(c.person == who or who in c.title
                                               for c in found):
        # (a title that runs on into the second person's, "elevated A to X and B to Y", is
        # cut into each person's own by _each_given)
        return []
    first = next((c for c in found if c.person and c.person in said[:m.start()]
                  and c.title and c.title.lower() in said[:m.start()].lower()), None)
    if first is not None and first.person is not None:
        between: list[LeadershipCandidate] = []
        # (the people listed between the first and the last: ", B as head of product")
        at = said.lower().find(first.title.lower(), said.find(first.person))
        at = at + len(first.title) if at >= 0 else m.start()
        while len(between) < _MOST_LISTED and (nxt := _NEXT_AS.match(said, at)) and \
                nxt.start() < m.start() and (listed := _a_person(nxt.group("person"))) == \
                nxt.group("person") and not any(c.person == listed for c in found):
            if (c := _move(first.company, listed, nxt.group("role"), first.change,
                           said)) is not None:
                between.append(c)
            at = nxt.end()
        last = _move(first.company, who, m.group("role"), first.change, said)
        return [*between, *([last] if last is not None else [])]
    if (acts := _COMPANY_ACTS.search(said, 0, m.start())) is None:
        return []
    # "The Board has appointed A, <who A is>, as Interim Chairman, and B, <who B is>, as
    # Interim CEO": the act's second person, whatever became of the first
    subject = said[:acts.start()].strip(" ,")
    company = "" if not subject or _A_BOARD.fullmatch(subject) or _THE_DESCRIBED.match(
        subject) else _subject_company(subject.split(", ", 1)[0])
    change = "promoted" if acts.group(0).lower().strip().endswith(("promoted", "elevated")) \
        else "joined"
    also = _move(company if _plausible(company) else "", who, m.group("role"), change, said)
    return [also] if also is not None else []


# --- Who did what, read by its parts -------------------------------------------------------
# The shapes above each read one wording. What follows reads a clause by its parts, the way
# an analyst does: the verb that says a change (left, joined, promoted), the person it is
# said of (its subject, or its object when a company acts), the executive title the clause
# gives that person (before the name, in an appositive, or after "as"), and the company
# (a possessive before the title, "of/at X" after it, "joined X", "as X CEO"), else the
# company the round-up spoke of before. Tried only when no shape above read the clause.

#: The verb of a change, person first: "will step down", "announced his resignation",
#: "has joined", "takes over as", "assumes the role of", "has been promoted" (its words'
#: first letters first, as for _COMPANY_ACTS: the alternation is tried at few places).
_CHANGE_VERB = re.compile(
    r"\b(?=[abcdegh-jl-tw])(?:(?P<replaced>(?:will\s+|to\s+|and\s+)?be\s+(?:replaced|"
    r"succeeded)\s+by|(?:has|have)\s+been\s+(?:replaced|succeeded)\s+by)|"
    r"(?P<succeeds>(?:will\s+|is\s+to\s+|is\s+set\s+to\s+(?:also\s+)?)?"
    r"(?:succeed|succeeds|succeeded|replace|replaces|replaced|is\s+replacing|is\s+succeeding|"
    r"(?:was|has\s+been)\s+(?:named|tapped|appointed)\s+to\s+(?:replace|succeed)|"
    # "takes the seat of X", "will take the place of X as CFO"
    r"(?:will\s+)?(?:takes?|took)\s+the\s+(?:seat|place)\s+of)"
    r"(?=\s+(?:[a-z\-]+\s+){0,5}"
    r"(?-i:[A-Z]))|(?:will\s+|is\s+set\s+to\s+(?:also\s+)?)?(?:take|takes|took)\s+over\s+"
    r"(?:as\s+[^,;]{2,40}?\s+)?from(?=\s+(?:[a-z\-]+\s+){0,3}(?-i:[A-Z])))|"
    r"(?P<left>(?:will\s+|to\s+|is\s+to\s+)?step\s+down|steps\s+down|stepped\s+down|"
    # ("will be stepping back at the end of 2025 to become a strategic consultant")
    r"(?:(?:will|would)\s+(?:be\s+)?|is\s+|to\s+)?(?:step|steps|stepped|stepping)\s+back"
    r"(?=\s+(?:from|at|as|in|on|after|to|effective)\b|[,.;]|$)|"
    # ("temporarily steps aside to pursue a nomination")
    r"(?:temporarily\s+)?(?:steps|stepped|will\s+step|is\s+stepping)\s+aside|"
    # ("has concluded his service as Co-Manager", "completed her tenure as CEO")
    r"(?:has\s+|had\s+)?(?:concluded|concludes|completed|completes|ended|ends)\s+"
    r"(?:his|her|their)\s+(?:service|tenure|term)(?=\s+as\b)|"
    r"is\s+stepping\s+down|(?:has\s+|had\s+)?resign(?:s|ed)|(?:will\s+)?resign|"
    r"(?:will|would)\s+(?:be\s+)?(?:stepping\s+down|leaving|retiring|resigning|departing|"
    r"out\b|move\s+on)|"
    r"plans?\s+to\s+(?:leave|retire|step\s+down|depart)|(?:is|are)\s+(?:resigning|retiring)|"
    r"(?:is|are)\s+set\s+to\s+(?:leave|retire|step\s+down|depart|exit)|"
    # "has informed the Board of her decision to step down as", "decided to retire as"
    r"(?:(?:has\s+|had\s+)?(?:informed|notified|told)\s+the\s+(?:company['’]s\s+)?board"
    r"(?:\s+of\s+directors)?\s+of|(?:has\s+)?announced)\s+(?:his|her|their)\s+"
    r"(?:decision|intention|intent|plans?)\s+to\s+(?:step\s+down|retire|resign|leave|depart)|"
    r"(?:has\s+|had\s+)?decided\s+to\s+(?:step\s+down|retire|resign|leave|depart)|"
    # "has decided to pursue new opportunities outside of the company"
    r"(?:has\s+|had\s+)?(?:decided|chosen|elected)\s+to\s+pursue\s+(?:other|new)\s+"
    r"(?:[\w\-]+\s+)?(?:opportunities|interests|endeavou?rs|ventures|challenges)|"
    r"(?:was|has\s+been)\s+(?:released|dismissed|terminated|removed|let\s+go)|"
    r"left\s+(?:his|her|their)\s+job|"
    r"left(?=\s+(?:in|on|after|to|for)\s)|"
    r"(?:is|was)\s+off\s+to|(?:is|was)\s+giving\s+up\s+(?:his|her|their|the|one\s+of)|"
    r"announced\s+(?:his|her|their)\s+(?:resignation|retirement|departure|exit)|"
    r"(?:has\s+|had\s+)?(?:quit|retired|departed)|quits|retires|departs|will\s+retire|"
    # ("X, the founder and CEO of Y, was shot and killed", "has died", "passed away"): the
    # title left
    r"(?P<died>(?:has\s+|had\s+)?(?:died|passed\s+away)|dies|(?:was|has\s+been)\s+"
    r"(?:shot\s+and\s+)?killed)|"
    r"(?:is|are|was|will\s+be)\s+leaving|has\s+left|(?:will|is\s+to|to)\s+leave|"
    r"left\s+(?:his|her|their)\s+(?:position|post|role)|(?:will\s+|is\s+set\s+to\s+)?exit|exits|"
    r"(?:is|are)\s+exiting|(?:has\s+|had\s+)?left\s+the\s+(?:company|firm|group|business)|"
    r"(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+in\s+(?:his|her|their)\s+resignation|"
    r"is\s+moving\s+from|(?:has\s+)?transitioned\s+to\s+a\s+new\s+role\s+as\s+(?:non-executive\s+)?"
    r"chair(?:man|woman|person)?|(?:was|has\s+been)\s+(?:ousted|fired)|(?:has\s+)?announced\s+"
    r"that\s+[^,;]{2,40}?\s+will\s+be\s+(?:his|her|their)\s+last\s+day)|"
    # ("joined forces"; "X, Head of Marketing at Opal, joined by Y, ..., demonstrated": Y
    # came along on a stage, no one joined a company)
    r"(?P<joined>(?:(?:has\s+|had\s+)?joined|joins|(?:will|is\s+to|is\s+set\s+to)\s+join)"
    r"(?!\s+(?:forces|by)\b)|"
    r"(?:will\s+)?takes?\s+over\s+as|took\s+over\s+as|"
    r"(?:will\s+)?(?:take|takes|took|taking)\s+(?:over\s+)?the\s+(?:helm|reins|wheel)|"
    r"(?:stepped|steps|will\s+step)\s+into\s+the\s+roles?\s+of|(?:will|to)\s+serve\s+as|"
    r"accepted\s+(?:a|the)\s+(?:role|position|post)\s+(?:as|of)|(?:to|will)\s+rejoin|rejoins|"
    r"rejoined|will\s+be\s+rejoining|"
    # "has resumed his role as CEO", "returns as CEO" (a founder back at the helm)
    r"(?:has\s+|had\s+)?resumed\s+(?:his|her|their|the)\s+(?:role|position|post|duties)"
    r"(?=\s+(?:as|of)\s)|(?:will\s+)?(?:returns?|returned|is\s+returning)(?=\s+as\s)|"
    r"(?:assumes?|has\s+assumed)\s+the\s+(?:role|position|post)\s+of|"
    # "has agreed to take on the role of acting CEO"
    r"(?:(?:has|have)\s+agreed\s+to|will|to)\s+take\s+on\s+the\s+(?:role|position|post)\s+of|"
    r"(?:takes|took|is\s+taking)\s+on\s+the\s+(?:role|position|post)\s+of|"
    # ("signs on as Head of Games", "has come on board as CFO", "comes aboard as CRO")
    r"(?:(?:has|have|will)\s+)?(?:signs?|signed)\s+on(?=\s+as\s)|"
    r"(?:(?:has|have|will)\s+)?(?:comes?|came)\s+(?:on\s+board|aboard)(?=\s+as\s)|"
    # ("will spearhead the unit as President": the post of a unit's head, its title after)
    r"will\s+(?:lead|head|spearhead)\s+(?:the|its|our|their|this)\s+"
    r"(?:new\s+)?(?:[\w\-]+\s+){0,3}?(?:unit|division|business|team|practice|office|region|"
    r"operations|organi[sz]ation)(?=\s+as\s)|"
    # ("will assume the CEO role", a bullet's "X to assume CEO role effective ...")
    r"(?:will\s+|to\s+)?(?:assume|assumes|assumed)"
    r"(?=\s+(?:the\s+)?(?:[\w\-]+\s+){1,4}?(?:role|position|post)\b)|"
    # ("has just been appointed", "was recently named"; a copula's "is the newly appointed
    # Head of Revenue at Ficus")
    r"(?:has\s+(?:(?:now|also|just|recently|officially)\s+)?been|was|is|will\s+be)\s+"
    r"(?:(?:also|now|just|recently|officially|formally|(?:the|its|their)\s+newly)\s+)?"
    r"(?:appointed|named|hired|tapped|selected|chosen|elected)|"
    r"(?:will\s+|has\s+|have\s+)?becomes?|became|"
    # ("Jane Roe is the new CEO of Ficus, a maker of ...": a copula telling the arrival)
    r"is\s+(?:the|its|their)\s+new(?=\s))|"
    r"(?P<promoted>(?:has\s+been|have\s+been|was|were|is|is\s+being)\s+(?:(?:all|both)\s+)?"
    r"(?:promoted|elevated)|"
    # ("expands her role from Chief Legal Officer to ...", "has expanded his role to include")
    r"(?:has\s+|will\s+)?expand(?:s|ed)?\s+(?:his|her|their)\s+role(?=\s+(?:from|to)\s)|"
    r"(?:will\s+)?transitions?\s+to\s+the\s+(?:newly\s+created\s+|new\s+)?(?:role|position|"
    r"post)\s+of|(?:is|was)\s+(?:shifting|moving)\s+to\s+a\s+new\s+role(?:\s+(?:of|as))?|"
    r"(?:will\s+)?steps?\s+up\s+to|stepped\s+up\s+to))\b",
    re.IGNORECASE)
#: A company's act on a person: "Micron's board appointed company veteran X as CEO".
_COMPANY_ACTS = re.compile(r"\b(?=[abcehnprstw])(?:has\s+|have\s+)?(?:appointed|named|hired|tapped|"
                           r"recruited|promoted|elevated|brought\s+on|brought\s+in|selected|"
                           r"welcomed|added|picked|chose|chosen)\s",
                           re.IGNORECASE)
#: A company announcing a person as its new executive: "Ficus announces Jane Roe, former
#: COO of Gourd, as its new CEO" (read only when no verb of change is).
_ANNOUNCES = re.compile(r"\b(?:(?:has\s+)?announc(?:es|ed)|is\s+announcing)\s(?=(?-i:[A-Z]))",
                        re.IGNORECASE)
_AS_NEXT = re.compile(r"\s+as\s", re.IGNORECASE)
#: A person, then the company's new title as their appositive: "Q&A with Jane Roe, Ficus’s
#: Newly Appointed President & CEO", "Meet John Doe, Gourd's New CFO".
_NEWLY_APPOINTED = re.compile(
    rf"^(?:.{{0,40}}?\b(?:with|meet|and)\s+)?(?P<person>{_A_NAME}),\s+(?P<company>(?-i:[A-Z0-9])"
    r"[\w.&\-]*(?:\s+(?-i:[A-Z0-9])[\w.&\-]*){0,3})['’]s\s+(?:newly\s+(?:appointed|named|"
    r"elected|hired|promoted)|new)\s+(?P<title>(?-i:[A-Z])[^,;:]{1,60}?)\s*$", re.IGNORECASE)
#: A person named after the description an act gave: ", Robert Palleschi, as its new CEO".
_APPOSITIVE_PERSON = re.compile(rf"^,\s+(?P<person>{_A_NAME}),?(?=\s+as\s)")
#: Words between a person and the title an act gives them: an appositive ("Truett Horne,
#: currently an associate principal at McKinsey, as its ..."), "back" ("welcomed X back as").
#: (or the team they join: "has added X to its leadership team, serving as the company's new
#: Chief Financial Officer")
_BETWEEN_PERSON_AND_TITLE = re.compile(
    r"^(?:,\s+[^,]{2,80}?,?(?=\s+(?:as|to\s+(?:succeed|replace))\s)|\s+back(?=\s+as\s)|"
    r"\s+to\s+(?:its|the|our|their)\s+(?:[\w\-]+\s+){0,2}(?:team|bench|ranks),?(?:\s+serving)?"
    r"(?=\s+as\s))")
#: "to succeed Donna Boatright as CEO" after the person a company chose.
_TO_SUCCEED_AS = re.compile(rf"^,?\s+to\s+(?:succeed|replace)\s+(?P<person>{_A_NAME})\s+as\s+"
                            r"(?P<title>[^,;.]{2,60})")
#: A company's place after its name: "Veterans Memorial Hospital in Waukon".
_IN_PLACE = re.compile(r"\s+in\s+(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*)*$")
#: A second person an act names: "... Jane Roe and John Doe as ...".
_AND_A_PERSON = re.compile(rf"^\s+and\s+(?P<person>{_A_NAME})")
#: A title's plural, for two people given one title ("as creative directors").
_TITLES_PLURAL = re.compile(r"(?<=[a-z])s$")
#: A function's second word, never a preposition ("of marketing for Ficus").
_SECOND_WORD = (r"(?:\s+(?!(?:of|for|at|and|in|with|to|from|on|reporting|effective|based|who|"
                r"which|where|responsible|overseeing|leading)\b)[a-z]+)?")
#: A third word of a title's unit when it names a function: "Head of Google Solution Sales",
#: "Vice President of Global Channel Marketing".
_THIRD_WORD = (r"(?:\s+(?:sales|marketing|partnerships|alliances|engineering|operations|success|"
               r"development|strategy|products?|revenue|growth|communications|finance|"
               r"technology|research|design|people|talent|security|solutions|services|"
               r"initiatives|programs|relations|affairs)\b)?")
#: The executive title a clause gives a person.
_SLOT_TITLE = re.compile(
    rf"(?<![\w\-])(?:(?:co-|interim[\s\-]+|acting[\s\-]+|sole\s+|new\s+|permanent\s+|temporary\s+|executive\s+|"
    rf"senior\s+|corporate\s+|global\s+)*(?:chief\s+[a-z]+(?:\s+[a-z]+){{0,2}}?\s+officer|"
    rf"chief\s+executive|ceo|cfo|coo|cto|cmo|cro|cio|ciso|cpo|chro|cco|cdo|president|"
    # (a Japanese company's officers: "Representative Executive Officer")
    # (not the chief's, cut: "Executive Officer (CEO)" after "Chief")
    rf"(?<!chief\s)(?:representative\s+|managing\s+)?executive\s+officer(?!\s*\(ceo\))|"
    rf"(?:e|s)?vp\b(?:[\s\-]+(?:of\s+)?[a-z]+)?|vice[\s\-]+president(?:\s+(?:of|in\s+charge\s+of)"
    rf"\s+[a-z]+{_SECOND_WORD}{_THIRD_WORD})?|"
    # ("the head of Amazon MGM Studios": a business unit's name, whole)
    rf"head\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&\-]*\s+){{1,3}}(?:division|business|unit|"
    rf"studios?|segment|practice|vertical|department|desk)|"
    # ("the second head of the Abell Foundation": the head, of the organisation named; not
    # "head of the Americas at Ficus", a region's head at the company after it)
    # (the name ends there: "Head of the Web3 practice", "Co-Head of the Mid Corporate
    # vertical" are a unit's)
    rf"head(?=\s+of\s+the\s+(?>(?-i:[A-Z])[\w&\-]*(?:\s+(?-i:[A-Z])[\w&\-]*){{0,3}})"
    rf"(?:\s*[,.;:(]|\s*$|\s+(?:succeeding|replacing|effective|since|who|and)\b))|"
    rf"head\s+of\s+[a-z]+{_SECOND_WORD}{_THIRD_WORD}|managing\s+director|"
    # ("has joined as Director of Commercial Strategic Initiatives": a function's head)
    rf"director\s+of\s+(?!the\b|its\b)[a-z]+{_SECOND_WORD}{_THIRD_WORD}|"
    rf"executive\s+director|"
    rf"general\s+manager|(?:finance|financial|marketing|sales|engineering|technical|technology|"
    rf"creative|research|operations|commercial|product|design|it|hr)\s+director|"
    rf"(?:hr|it|marketing|finance|sales|technology|"
    # (a whole word, or its plural: "Blue Cross" holds no CRO)
    rf"product|digital|people)\s+chief))(?=s?(?!\w))", re.IGNORECASE)
#: A company before a title: "Pfizer’s CEO", "A&P’s new CEO", "Apple CEO".
_OWNER_BEFORE = re.compile(
    r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})"
    r"(?:['’]s?\s+(?:[A-Z]{2,5}\s+\([A-Z]+\)\s+)?|\s+)(?:(?:former|new|first)\s+)?$")
#: A company after a title or a verb: "CEO of Pfizer", "joined Groundwork as".
_COMPANY_AFTER = re.compile(r"^\s*(?:of|at|for|with|from)?\s*(?:the\s+)?" + _A_COMPANY)
#: Words that say the company is the one spoken of already.
_THE_COMPANY = re.compile(r"(?i)^\s*(?:the|its|their|our)\s+(?:company|firm|group|business)\b")
_PRONOUN_SAID = re.compile(r"(?i)(?:,?\s+(?:announced|said|confirmed)(?:\s+[^,]{2,30}?)?"
                           r"(?:\s+that)?\s+(?:she|he|they))$")
#: A lead-in naming the company of the news after its colon: "Two departures at Grey NY:".
_LEAD_AT = re.compile(r"^[^:]{0,60}?\b(?:at|from|of)\s+(?P<company>(?-i:[A-Z0-9])[\w.&\-]*"
                      r"(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3}):\s+")
#: A board speaking for its company: "The board of directors for Best Buy announced that".
_BOARD_SAID = re.compile(r"^(?:the\s+)?board(?:\s+of\s+directors)?\s+(?:of|for|at)\s+"
                         r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})\s+"
                         r"(?:said|announced|confirmed)(?:\s+that)?\s+", re.IGNORECASE)
#: "’d" before "be": "would" ("announced that he’d be stepping down").
_CONTRACTED_WOULD = re.compile(r"['’]d(?=\s+be\b)")
#: A person's appositive, then its participle of leaving: ", the president and CEO of the
#: foundation retiring this year" (the appositive without a verb or a comma of its own).
_PARTICIPLE_LEAVING = re.compile(
    rf"{_A_NAME},\s+(?:the|its|our|their)\s+(?:(?!(?:is|was|has|will|who)\s)[^,;.]){{2,100}}?\s+"
    r"(?P<ing>retiring|stepping\s+down)\b")
#: A change told in the progressive: "will be joining", "would be joining", "is joining"
#: with the title taken ("is joining Ficus as CFO"; "Instacart CEO X is joining OpenAI"
#: tells the role left, see _DEPARTS).
_JOINING = re.compile(r"\b(?:(?:will|would)\s+be\s+joining|(?:is|are)\s+joining"
                      r"(?=[^.;]{0,80}?\sas\s))\b")
#: A change told in reported speech's future: "would join", "would succeed", "would be
#: appointed" (read as "will ...").
_WOULD_AS_WILL = re.compile(
    r"\bwould(?=\s+(?:join|rejoin|succeed|replace|take\s+over|become|step\s+(?:down|aside|into)|"
    r"leave|retire|resign|depart|assume|serve\s+as|transition|be\s+(?:appointed|named|hired|"
    r"promoted|elevated|replaced|succeeded)\b))")
#: A company stating its own change: "Baidu said ...", "Google said Mr Wang quit as ...".
_COMPANY_SAID = re.compile(
    rf"^{_A_COMPANY}\s+"
    r"(?:today\s+)?(?:said|says|announced|confirmed)(?:\s+(?:on\s+)?(?-i:[A-Z][a-z]+day|today))?"
    r"\s+(?:that\s+)?")
#: What follows "named" when it is an honour: "Top CFO", "among", "one of", "a finalist".
_AN_HONOUR = re.compile(r"(?i)^\s*(?:as\s+|to\s+)?(?:the\s+|a\s+|an\s+)?(?:top|best|most|"
                        r"one\s+of|among|winner|finalist|honou?ree|\d)")
#: A quotation that opens inside a clause, a capital after it: what the quote says is read.
_QUOTE_OPENS = re.compile(r"[,:]\s+[\"“](?=(?-i:[A-Z]))")
_HONORIFIC = re.compile(rf"^(?:{HONORIFIC_WORDS})\.?\s+")
#: The last word of a company's, a unit's or a publication's name, never of a person's
#: ("the head of AT&T's Human Resources announced her departure").
_NOT_A_PERSON_END = frozenset((
    "resources", "relations", "services", "group", "team", "board", "department", "division",
    "unit", "office", "affairs", "operations", "inc", "corp", "company", "ltd", "llc", "times",
    "journal", "news", "street", "capital", "partners", "holdings", "systems", "technologies",
    "technology", "research", "media", "labs", "bank", "fund", "university", "institute",
    "association", "council", "committee", "studios", "network", "software", "foods",
    "stores", "corporation", "international", "global", "america", "americas", "europe",
    "ai", "io", "hq", "show", "forum", "summit", "conference", "awards", "podcast",
    "hospital", "clinic", "center", "centre", "health", "healthcare", "hotel", "hotels",
    "resort", "resorts", "brands", "worldwide",
    # a title's last word ("its CFO and Corporate Secretary, X": X is the person)
    "secretary", "officer", "director", "president", "treasurer", "counsel", "chairman",
    "chairwoman", "chairperson", "controller", "founder", "co-founder"))
#: A board acting for its company: "Micron Technology's board appointed ...".
_BOARD_ACTS = re.compile(r"(?i)(?:['’]s)?\s+board(?:\s+of\s+directors)?$")
#: A board acting with no company named ("The Board has appointed"): the company's own.
_A_BOARD = re.compile(r"(?i)(?:the\s+)?(?:supervisory\s+|management\s+)?board"
                      r"(?:\s+of\s+directors)?")
#: What comes between a person and the title a company gives them: "as", "to be", "its".
_GIVEN_TITLE = re.compile(r"(?i)^,?\s*(?:as|to\s+be|to)?\s*(?:its|the|their|a|an)?\s*"
                          r"(?:(?:company|firm|group)['’]s\s+)?(?:(?:new|next|first)\s+)?"
                          r"(?:(?:newly[- ]created\s+)?(?:role|position|"
                          r"post)\s+of\s+(?:the\s+)?)?")
#: The seat an act gives after a person's appositive title: "X, Executive Director of the
#: Global Institute, to its Board of Directors" (the title is the one held elsewhere).
_SEAT_AFTER = re.compile(r"(?i)^[^;]{0,120}?,\s+to\s+(?:its|the|our|their)\s+(?:[\w\-]+\s+){0,2}?"
                         r"board\b")
#: A person a company acts on, after the words that describe them ("company veteran X").
_ACTED_ON = re.compile(r"^(?:(?-i:[a-z])[\w\-]*,?\s+){0,4}?(?P<person>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’\-.]+"
                       r"(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’\-.]+){1,3})")


def _a_person(span: str) -> str | None:
    """The person's name ``span`` ends with (person_name), not a unit's or a company's."""
    who = person_name(span)
    if who and who.split()[-1].lower().strip(".,") in _NOT_A_PERSON_END:
        return None
    return who


#: A company span that is a clause, not a name: "Sheri McCoy, who heads the unit",
#: "Under the plan, which includes ...".
_CLAUSE_IN_NAME = re.compile(r",\s+(?:who|which|whose|where|when|while|as|after|currently)\b|"
                             r"\s(?:after|before|when|while|since|because|until)\s")
#: A listed company's exchange and ticker after its name: "GAP (NYSE)".
_LISTING = re.compile(r"\s+(?:[A-Z]{1,5}\s+)?\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX)\b[^)]*\)$")
#: Lower-case words that describe a company before its name: "Memory chipmaker Micron".
_DESCRIBED = re.compile(r"^(?:(?-i:[A-Z])[\w\-]*\s+)?(?:(?-i:[a-z])[\w\-]*\s+)+(?=(?-i:[A-Z0-9]))")
#: A subject that is the company spoken of, described: "The independent New York-based agency".
_THE_DESCRIBED = re.compile(r"(?i)^(?:the|its|this)\s+(?:[\w\-]+\s+){0,4}(?:agency|company|firm|"
                            r"group|startup|bank|business|maker|giant|retailer|chain|network|"
                            r"brand|insurer|lender|operator|provider|"
                            # ("the Web3 division is announcing X as its Head of ...")
                            r"division|unit|practice)"
                            # ("The company also named", "the firm today appointed")
                            r"(?:\s+(?:also|today|recently|has|have|then|now|officially))*$")


#: Words that open a sentence and are no company: "One announcement ... for a CEO".
_NO_COMPANY = frozenset(("the", "a", "an", "one", "this", "that", "it", "he", "she", "they",
                         "we", "his", "her", "their", "its", "i", "we're", "we’re", "i'm",
                         "i’m", "our", "you",
                         # (a sentence's determiner or adjective: "New hires include X as T")
                         "new", "these", "those", "other", "recent"))
#: A year in a span: "Micron in 1984 and served" is a clause of history, no name.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A time gone by, a change told as background: "stepped down last September", "back in
#: October".
_LAST_PERIOD = re.compile(r"(?i)\b(?:last\s+(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|year|month|fall|spring|summer|"
                          r"winter)|back\s+in)\b")
#: A year a career is told by ("joined Ficus in 1984", "since 2007"); an effective date
#: ("takes over as CEO effective September 15, 2025") is the news itself.
_CAREER_YEAR = re.compile(r"\b(?:in|since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b",
                          re.IGNORECASE)


#: Words a name holds in lower case ("Bank of America", "Procter & Gamble").
_NAME_JOINERS = frozenset(("of", "and", "&", "the", "de", "du", "des", "la", "le", "for",
                           "on", "in", "at", "y", "von", "van", "der", "den", "da", "di"))


def _acts_itself(company: str, part: str) -> bool:
    """Whether a company span is the clause's subject doing a change itself ("Charles
    Giancarlo took over as CEO of Avaya after Lou D’Ambrosio resigned": a person)."""
    return part.startswith(company) and _CHANGE_VERB.match(part[len(company):].lstrip()) is not None


def _first_name_of(company: str, part: str) -> bool:
    """Whether ``company`` is the first name of the person ``part`` opens with, their
    appositive after ("Andrew Drexler, the retailer's senior vice president, ...")."""
    if not company or " " in company or not (
            m := re.match(rf"{re.escape(company)}\s+(?-i:[A-Z])[a-z'’\-]+(?=,)", part)):
        return False
    return person_name(m.group(0)) == m.group(0)


def _plausible(company: str) -> bool:
    """Whether a company span is a name (or implicit, ""), not a clause, a sentence's first
    word, a year's history or a title ("... from the post of Vice President"). A name of
    several words ends with a name's word: "Novidea further", "Mitiga today", "..., one of
    America’s largest brands of services" are clauses; so is a quotation's first word."""
    if not company:
        return True
    words = company.split()
    if len(words) > 1 and words[-1] in ("the", "a", "an", "of", "and", "its"):
        return False  # ("Just months over the uproar over X's handling of ..., the": a clause)
    if len(words) > 1 and ((words[-1][:1].islower() and words[-1] not in _NAME_JOINERS)
                           or (words[0] in ("the", "a", "an") and len(words) == 2)):
        return False  # ("the Americas": a region said with its article, no company's name)
    if ", " in company and person_name(head := company.split(", ", 1)[0]) == head:
        return False  # "Jane Roe, Ficus's CMO, will leave": a person, then her company
    if len(words) == 1 and company.islower() and company.strip(" .,") in common_words():
        return False  # ("... and senior vice president of finance": a function, lower-case)
    if company.count("(") != company.count(")") or company[:1] == ")":
        return False  # ("CYBN) (Cboe CA: CYBN)": a listing's remains)
    return company[:1] not in "“\"‘'([" and not _CLAUSE_IN_NAME.search(company) and \
        not _FORMER_FIRST.match(company) and not _TITLE_EDGE.search(company) and \
        company.lower() not in _NO_COMPANY and not _YEAR.search(company) and \
        not is_executive(company.strip(" ."))


def _subject_company(subject: str) -> str:
    """The company a subject names, without its listing or the words describing it."""
    return _DESCRIBED.sub("", _LISTING.sub("", subject.strip()))


#: A count just before a title: a group of that many.
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|"
                             r"\d+)\s+$")
#: How far before a title its count is looked for (the longest count word and a space).
_COUNT_CHARS = 12


#: An advisor's charge before a title: "Senior Advisor to the Chief Executive Officer", "a
#: Special Advisor to the Chairman, CEO, and Board" (the title is the one advised).
_ADVISED_BEFORE = re.compile(r"(?i)\badvis[eo]rs?\s+to\s+(?:the\s+|its\s+|our\s+)?"
                             r"(?:[\w\-]+,?\s+){0,3}$")
#: How far before a title an advisor's charge is looked for.
_ADVISED_CHARS = 60
#: A director's title by its unit ("Director of Development"), the unit a function's.
_DIRECTOR_OF = re.compile(r"(?i)director\s+of\s+")


def _slot_title(text: str) -> re.Match[str] | None:
    """The first executive title in ``text`` (not one counted: "Rally's team of three
    managing directors" is a group; "A and B as co-presidents" are both)."""
    for m in _SLOT_TITLE.finditer(text):
        if _COUNTED_BEFORE.search(text, max(0, m.start() - _COUNT_CHARS), m.start()):
            continue
        if "dvis" in text[max(0, m.start() - _ADVISED_CHARS):m.start()] and \
                _ADVISED_BEFORE.search(text, max(0, m.start() - _ADVISED_CHARS), m.start()):
            continue  # ("a Special Advisor to the Chairman, CEO, and Board": those advised)
        if (of := _DIRECTOR_OF.match(m.group(0))) and not all(
                w.lower() in common_words() for w in m.group(0)[of.end():].split()):
            continue  # ("director of FCS Executive Search": an organisation's, no unit)
        if is_executive(m.group(0)):
            return m
    return None


#: Words that qualify a title, capitalised with it, and name no company.
_TITLE_MODIFIERS = frozenset(("consulting", "fractional", "interim", "acting", "part-time",
                              "outsourced", "virtual", "deputy", "associate", "assistant",
                              "executive", "senior", "global", "regional", "group", "founding",
                              "incoming", "outgoing", "permanent",
                              # an epithet before the title ("Long-Serving Director of
                              # Engineering Matt Easley Retires")
                              "long-serving", "long-standing", "long-time", "longtime",
                              "veteran", "retiring"))


def _owner(before_title: str) -> str:
    """The company a title's possessive or modifier names ("Pfizer’s PFE (NYSE) CEO"); not
    a word of the title's own kind ("Consulting Chief Financial Officer", "Fractional
    CMO")."""
    m = _OWNER_BEFORE.search(before_title)
    if m is None or m.group("company").lower() in _TITLE_MODIFIERS:
        return ""
    return _without_headline_as(m.group("company"))


def _without_headline_as(name: str) -> str:
    """A name without the "As" a headline's capitals ran into it ("Joins Benchmark
    Strategies As Senior Director")."""
    return name.removesuffix(" As")


def _title_company(text: str) -> tuple[str, str]:
    """The executive title ``text`` names and the company it names with it: its possessor
    before, "of/at X" after."""
    if not (t := _slot_title(text)):
        return "", ""
    company = _owner(text[:t.start()])
    if not company and (unit := _UNIT_AT.match(text[t.end():])):
        company = unit.group("company")  # "President of the Windows division at Microsoft"
    elif not company and (after := _COMPANY_AFTER.match(
            tail := _AND_TITLE.sub("", text[t.end():], count=1))) and \
            tail.lstrip()[:3].lower() in ("of ", "at ", "for"):
        company = after.group("company")  # ("president and COO of Sibley Memorial Hospital")
    elif not company:
        company = _company_of(text[t.end():], t.group(0))  # ("EVP of product design for X")
    if company and _a_department(company):
        return f"{t.group(0)} of {company}", ""  # "Managing Director of Institutional Sales"
    if company.rstrip(".").lower() in _SPOKEN_OF:
        return t.group(0), ""  # ("Director of Communications of the Company": its issuer)
    return t.group(0), company


def _a_unit_function(name: str, title: str) -> bool:
    """Whether the name after a title short of the C-level is a function of a unit, a brand
    or a region ("Head of Google Solution Sales", "Head of US Operations"), no company."""
    return 2 <= len(words := name.split()) <= 4 and seniority(title) != "c-level" and \
        _a_department(" ".join(words[1:]))


def _a_department(name: str) -> bool:
    """Whether a name after a title is a department, not a company: ordinary words that
    name a function ("Institutional Sales", "Business Development"), none a name."""
    ordinary = common_words()
    return function(name) is not None and all(w.lower() in ordinary for w in name.split())


#: A second title after the first: "president and COO (of X)".
_AND_TITLE = re.compile(r"^\s+and\s+(?:[\w\-]+\s+){0,2}?(?=(?:of|at|for)\s)")
#: A title's unit, then its company: "of the Windows division at Microsoft".
_UNIT_AT = re.compile(r"^\s+of\s+(?:the\s+|its\s+)?(?:[\w&\-]+\s+){1,4}?(?:division|unit|group|"
                      r"business|team|department|office|arm|segment)\s+(?:at|of)\s+"
                      r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})",
                      re.IGNORECASE)


#: A hire's clause going on to the one before leaving: "after the retirement of", "following
#: the passing of".
_AFTER_LEAVING = re.compile(r"(?i)\b(?:after|following|upon)\s+the\s+(?:retirement|passing|"
                            r"death|departure|resignation)\s+of\s")


def _mover_key(person: str | None) -> str:
    """A person's surname, lower-cased, to tell one mover from another in a clause."""
    return person.split()[-1].lower() if person else ""


def _slot_moves(part: str) -> list[LeadershipCandidate]:
    """A change read by its parts (see above), or companies' acts listed ("A hiring X as
    its CFO and B poaching Y from C to become its CIO"); [] unless verb, person and title
    all are."""
    if "thank" in part and ("wish" in part or "endeavo" in part) and (
            thanked := _thanked_farewell(part)):
        return thanked  # "We thank X for his years serving as CFO and wish him well"
    if not _SLOT_WORDS.any(part.lower()):
        if ((" will " in part or "transitioning" in part) and _stays_on(part)) or \
                _board_chair_said(part):
            return _moved_aside(part)
        if "ddition" in part or ("nclude" in part and ("ncoming " in part or "new " in part)):
            # "... will lead the company with the addition of X as COO", "Additions include
            # X as COO", "The new leaders coming in include ..."
            return _moves_named(part)
        return []
    found = _slot_reading(part)
    if found and ("romotion of" in part or "ppointment of" in part) and \
            len(named := _moves_named(part)) > len(found):
        # "announce the promotion of A, who has been promoted to T, and B who has been
        # promoted to U": the list the noun names, each person's move (the verb's reading
        # holds the first alone)
        found = named
    if found and _AFTER_LEAVING.search(part):
        # "X was named CEO after the passing of Chairman and CEO Y": Y left, too
        people = {_mover_key(c.person) for c in found}
        found += [c for c in _moves_named(part) if c.change == "departed"
                  and _mover_key(c.person) not in people]
    if not found and _ACT_LISTED_WORDS.any(part) and _ACT_LISTED.search(part):
        found = _acts_listed(part, part)
    if not found and ("going " in part or "coming " in part or "newly " in part
                      or "recently a" in part
                      or "As the new" in part
                      or "parting " in part or "tiring " in part
                      or "parture" in part
                      or "xit" in part or "ppointment" in part or "tirement of" in part
                      or "romotion" in part or "ddition" in part or "hiring of" in part
                      or "hire of" in part or "hires" in part
                      or "signation of" in part or "uster of" in part):
        found = _moves_named(part)
    if not found and "new " in part and " who " in part and " joined " in part:
        found = _new_who_joined(part)
    if not found and _LET_GO_WORDS.any(part.lower()):
        found = _let_go(part)
    if not found and (_stays_on(part) or _board_chair_said(part)):
        found = _moved_aside(part)
    return found


#: A farewell: "I also want to thank X for his commitment ... serving as CFO and wish him
#: well in his future endeavours" (the thanks and the wishes both: a departure).
_THANKED = re.compile(
    rf"\bthank(?:s|ed)?\s+(?P<person>{_A_NAME})\s+for\s+(?:his|her|their)\s+[^.;]{{0,120}}?"
    r"\b(?:serving|service|tenure|time|years?|work|leadership)\s+as\s+(?:our\s+|the\s+|its\s+)?"
    r"(?P<title>[^,.;]{2,60}?)\s+(?:and|,)\s+(?:we\s+|I\s+)?wish(?:es)?\s+(?:him|her|them)\b")


#: A new officer said to have joined: "says the new CEO Martin Luttich, who joined tick-TS
#: AG on October 1, 2025" (the company a brand in lower case may open: "tick-TS"); not one
#: who joined as another ("who joined Ficus in 2019 as CFO": a promotion since).
_NEW_WHO_JOINED = re.compile(
    r"\b(?:the\s+|its\s+|our\s+)?new\s+(?P<said>(?-i:[A-Z])[^:;()]{3,100}?),\s+who\s+"
    r"(?:has\s+)?(?:recently\s+|just\s+)?joined\s+"
    r"(?:(?:the\s+(?:company|firm|group|team)|us)\b|(?P<company>(?:[a-z]{2,12}-)?"
    r"(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3}))(?![^,;.]{0,60}\bas\s)")


def _new_who_joined(part: str) -> list[LeadershipCandidate]:
    """A join told by a new officer's epithet and "who joined" (see _NEW_WHO_JOINED); the
    company the one joined, or left implicit ("who joined the company"). The person is the
    epithet's last two to four capitalised words (after a comma if one parts them: "the new
    CFO, Jane Roe, who joined")."""
    if (m := _NEW_WHO_JOINED.search(part)) is None:
        return []
    said = m.group("said")
    if "," in said:
        splits = [tuple(x.strip() for x in said.rsplit(",", 1))]
    else:
        words = said.split()
        splits = [(" ".join(words[:-n]), " ".join(words[-n:]))
                  for n in (2, 3, 4) if len(words) > n]
    for title, person in splits:
        if title and person and _a_person(person) == person and (
                c := _move(m.group("company") or "", person, title, "joined", part)):
            return [c]
    return []


def _thanked_farewell(part: str) -> list[LeadershipCandidate]:
    """A departure told as thanks and wishes (see _THANKED)."""
    if not (m := _THANKED.search(part)) or not (who := _a_person(m.group("person"))) or \
            who != m.group("person"):
        return []
    c = _move("", who, m.group("title"), "departed", part)
    return [c] if c else []


#: An executive staying on in a role that is no executive's, which the successor's news
#: tells: "Co-founder and former CEO Jane Roe will remain with the Company as a Senior
#: Advisor", "John Doe, the founder of Gourd and current Ficus CEO, will move to a
#: Founder's role".
_MOVED_ASIDE = re.compile(
    rf"(?:^|[,;]\s+|\b(?:and|former|outgoing|current)\s+)(?P<lead>(?:(?-i:[A-Z])[\w.&\-]*\s+)?"
    rf"[\w\- ]{{0,30}}?)\s*(?P<person>{_A_NAME})(?P<appositive>,\s+[^,]{{3,120}}?,)?\s+will\s+"
    r"(?:remain|stay|continue)?\s*(?:on\s+)?(?:with\s+the\s+(?i:company|firm|organi[sz]ation)\s+)?"
    r"(?:(?:move|transition|shift)\s+(?:in)?to\s+(?:a|an|the)\s+|as\s+(?:a|an|the)\s+)"
    r"(?P<role>[^,.;]{3,60})")
#: A current executive moving to lead another unit: "with current CEO Mansoor Jan
#: transitioning to lead MAX Power's U.S. subsidiary", "John Doe, the current CFO, will
#: transition to head the new ventures unit" (the title said is the one left).
_TO_LEAD_ANOTHER = re.compile(
    rf"(?:\b(?:current|outgoing)\s+(?P<title>[^,;]{{2,40}}?)\s+(?P<person>{_A_NAME})|"
    rf"(?P<person2>{_A_NAME}),\s+(?:the\s+|our\s+|its\s+)?(?:current|outgoing)\s+"
    r"(?P<title2>[^,;]{2,60}),)\s+(?:will\s+transition|is\s+transitioning|transitioning|"
    r"will\s+move|is\s+moving|moving)\s+to\s+(?:lead|head|run|oversee)\s",
    re.IGNORECASE)
#: What an executive stays on as, no executive's role: an advisor, a board seat, a chair, a
#: founder's or emeritus role.
_ASIDE_ROLE = re.compile(r"(?i)\b(?:advis[eo]r|consultant|board|director\b|chair|founder|"
                         r"emerit|ambassador|special\s+(?:advis|counsel))")


#: An executive appointed the board's chair: "Jane Roe, co-founder and CEO, has been
#: appointed Vice Chairman of the Ficus board" (an executive chairman stays an executive).
_TO_BOARD_CHAIR = re.compile(
    rf"(?P<person>{_A_NAME}),\s+(?P<appositive>[^,]{{2,80}}),\s+(?:has\s+been|was|is|will\s+be)\s+"
    r"(?:appointed|named|elected)\s+(?:as\s+)?(?:the\s+)?(?:(?:vice|deputy|non-executive)"
    r"[\s\-]+)?chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?board\b",
    re.IGNORECASE)


def _to_board_chair(part: str) -> list[LeadershipCandidate]:
    """An executive leaving the post for the board's chair (see _TO_BOARD_CHAIR)."""
    if not (m := _TO_BOARD_CHAIR.search(part)) or not (who := _a_person(m.group("person"))) \
            or who != m.group("person") or not (t := _slot_title(m.group("appositive"))) \
            or _FORMERLY.search(m.group("appositive")):
        return []  # ("X, former chairman and CEO of Y, has been named chairman of the
        # board": a post left long before, no executive's now)
    c = _move("", who, t.group(0), "departed", part)
    return [c] if c else []


def _stays_on(part: str) -> bool:
    """Whether a part holds _MOVED_ASIDE's verbs (staying on, moving to another role)."""
    return " remain" in part or " stay" in part or " continue" in part or " move " in part \
        or " transition" in part


def _board_chair_said(part: str) -> bool:
    """Whether a part holds _TO_BOARD_CHAIR's words (a chair, a board)."""
    return "hair" in part and " board" in part


def _moved_aside(part: str) -> list[LeadershipCandidate]:
    """An executive's departure told as the role they stay on in (see _MOVED_ASIDE): their
    executive title, said before the name or in its appositive, is the one they leave."""
    if "hair" in part and (chaired := _to_board_chair(part)):
        return chaired
    if " to " in part and (led := _TO_LEAD_ANOTHER.search(part)) and (
            who := _a_person(named := led.group("person") or led.group("person2"))) and \
            named.endswith(who) and (t := _slot_title(
            f"{led.group('title') or ''} {named[:-len(who)]} {led.group('title2') or ''}")):
        c = _move("", who, t.group(0), "departed", part)
        return [c] if c else []
    if not (m := _MOVED_ASIDE.search(part)) or not _ASIDE_ROLE.search(m.group("role")):
        return []
    who = _a_person(m.group("person"))
    if not who or not m.group("person").endswith(who):
        return []
    # (the words before the name that _A_NAME took with it: "CEO" in "Former CEO John Doe")
    said = f"{m.group('lead')} {m.group('person')[:-len(who)]} {m.group('appositive') or ''}"
    if not (t := _slot_title(said)) or not re.search(
            r"(?i)\b(?:former|current|outgoing)\b", part[max(0, m.start() - 12):m.end()]):
        return []  # (a title held now or just left, said as such)
    company = _owner(said[:t.start()]) or ""
    c = _move(company if _plausible(company) else "", who, t.group(0), "departed", part)
    return [c] if c else []


#: A company letting an executive go: "The Home Depot, which parted ways with its CEO and
#: chairman, Robert Nardelli", "J.C. Penney terminated Catherine West, its COO", "Sears
#: Holdings also lost its CFO, Craig Monaghan", "Express lost its co-presidents, A and B".
_LET_GO_WORDS = Words(["parted ways", "terminated", "fired", "ousted", "dismissed", " lost "])
_LET_GO = re.compile(
    r"(?:^|(?<=\s))(?P<company>(?-i:[A-Z0-9])[\w.&’'\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&’'\-]*){0,4})"
    r"(?:\s+(?:division|unit|arm|business))?"
    r"(?:,\s+(?:which|who)|\s+(?:also|has|had|abruptly))?\s+(?:parted\s+ways\s+with|terminated|"
    r"fired|ousted|dismissed|lost)\s+(?:(?:its|their)\s+(?P<title>[^,]{2,60}?),\s+"
    rf"(?P<people>{_A_NAME}(?:\s+and\s+{_A_NAME})?)|(?P<person>{_A_NAME}),\s+(?:its|their)\s+"
    r"(?P<after>[^,.;]{2,60}))")


def _let_go(part: str) -> list[LeadershipCandidate]:
    """Departures a company caused or suffered (see _LET_GO)."""
    if not (m := _LET_GO.search(part)):  # ("... occurred at X, which parted ways with")
        return []
    company = _BOARD_ACTS.sub("", re.sub(r"['’]s?\s+(?-i:[A-Z])\w+$", "", m.group("company"))
                              if re.search(r"['’]s?\s", m.group("company")) else m.group("company"))
    title = m.group("title") or m.group("after") or ""
    people = re.split(r"\s+and\s+", m.group("people")) if m.group("people") else \
        [m.group("person")]
    title = _TITLES_PLURAL.sub("", title) if len(people) > 1 else title
    return [c for who in people if (name := _a_person(who)) and (
        c := _move(company, name, title, "departed", part)) is not None]


#: What joins a person named in a list of moves to the title they are given: "as", a
#: promotion's "to" ("to the role of"), or a clause that says it again (", who has been
#: promoted to").
_GIVEN = (r"(?:\s+as\s+|\s+to\s+(?:the\s+(?:new\s+)?(?:role|position|post|title)\s+of\s+)?|"
          r",?\s+who\s+(?:has\s+been|was|is|will\s+be)\s+(?:promoted|elevated|appointed|named)"
          r"\s+(?:to\s+(?:the\s+(?:new\s+)?(?:role|position|post|title)\s+of\s+)?|as\s+))")


#: A move told as a noun: "The departure of ex-Skype CEO Tony Bates as head of business
#: development", "The other outgoing executive vice president is Tami Reller", "incoming
#: chief creative officer Adam Kerj".
_MOVE_NAMED = re.compile(
    # ("Departing executives include A, T; B, U": a list of exits)
    r"\b(?:(?P<listed>(?:exits|departures|resignations|(?:departing|outgoing|exiting)\s+"
    r"(?:executives|leaders|officers))\s+(?:include|included|were)\s+|"
    r"(?:departure|departures|exits|exit)\s+of\s+(?=(?-i:[A-Z])[\w'’\-.]+\s+(?-i:[A-Z])[^,]{1,40},\s+"
    r"[^,;]{3,80};))|"
    r"(?P<noun>departure|exit|resignation|retirement|ouster|passing|death)\s+of\s+"
    r"(?P<who>[^,:;]{3,80}?)"
    r"(?=\s+(?:as|from|comes|is|was|has|will|at)\b|\s*[,:;.])(?:\s+as\s+(?P<as>[^,:;]{2,60}))?|"
    # ("key leadership appointments, including A as CEO and B as ...")
    # ("The new leaders coming in include A as T, B as U": arrivals listed by their noun)
    rf"(?P<appointment>(?:(?P<promotion>promotions?)|appointments?|additions?|hiring|hires?|"
    r"(?:new|incoming)\s+(?:leaders|executives|officers|(?:team\s+)?members)(?:\s+(?:coming"
    r"\s+in|joining(?:\s+(?:the\s+(?:company|team)|us))?))?(?=\s+include))"
    # ("the addition of several professionals who have joined its team, including A as")
    rf"(?:\s+of(?:\s+[^,;.()]{{3,160}}?,?\s+(?:including|such\s+as))?|"
    # ("key hires: A as General Counsel, ..., and B as ...")
    rf"\s+(?:such\s+as|including|include[sd]?)|,\s+(?:such\s+as|including)|:)\s+"
    # ("the appointment of industry veteran Andrea Huels as ...": a description before)
    r"(?:(?:industry|company|longtime|long-time|seasoned|veteran|executive|former)\s+){0,2}"
    rf"(?P<named>{_A_NAME})(?:,\s+(?-i:[A-Z]{{2,5}})\.?,?)?"
    # ("include A & B who will head Brand Performance": two people given one unit to head)
    rf"(?:\s+(?:&|and)\s+(?P<named2>{_A_NAME})(?=,?\s+who\s+will\s+(?:head|lead)\s))?"
    # ("of A, current President and CEO of the Petroleum Technology Research Centre
    # (PTRC), as Chief Executive Officer": their appositive)
    r"(?:,\s+[^,;]{2,120}?,)?"
    # (a promotion "to" its title: "the promotion of A to CFO", "of A, who has been promoted
    # to Director of Service Delivery")
    rf"(?:{_GIVEN}|(?P<heads>,?\s+who\s+will\s+(?:head|lead)\s+(?=(?-i:[A-Z]))))"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?P<role>[^,;.]{2,60}))|"
    # ("Led by newly appointed CEO X, Ficus aims ...": a join told by its person's epithet)
    # ("under the Company's recently appointed CEO, Dr. Jordan P. Balencic": an honorific and
    # a middle initial)
    r"(?P<way>outgoing|exiting|departing|retiring|incoming|(?:newly|recently)\s+(?:appointed|"
    r"named|hired|promoted))\s+"
    r"(?P<title>[^,:;]{2,60}?),?\s+(?:is\s+|was\s+)?"
    # ("this open letter from incoming CEO, Frank Casella:")
    rf"(?:(?:{HONORIFIC_WORDS})\.\s+)?(?P<person>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])\.)?"
    r"(?:\s+(?-i:[A-Z])[\w'’\-]+){1,2})(?=\s+(?-i:[a-z])|[,.;:]|$))",
    re.IGNORECASE)


#: A speaker telling their own arrival: "X, CFO of Y, commented: “As the newly appointed CFO,
#: I am excited".
_SELF_NEW = re.compile(
    rf"(?P<person>{_A_NAME}),\s+(?P<appositive>[^“\"]{{2,120}}?),?\s+(?:commented|said|stated|"
    r"added|noted|remarked)[:,]?\s+[“\"]As\s+the\s+(?:newly[\s\-]+(?:appointed|named|hired)\s+|"
    r"new\s+)(?P<title>[^,;.]{2,60}),\s+I\b")
#: A person and the title they are given: "John Doe as COO" (their appositive between),
#: "John Doe to COO" or "John Doe who has been promoted to COO" (a promotion's).
_AS_ROLE = (rf"(?P<person>{_A_NAME})(?:,\s+[^,;]{{2,100}}?,)?{_GIVEN}"
            r"(?:a\s+|an\s+|the\s+|its\s+)?(?P<role>[^,;.]{2,60})")
#: A second appointment after the first's title: "... as CFO and John Doe as COO".
_AND_NEXT_AS = re.compile(r",?\s+and\s+" + _AS_ROLE)
#: The next appointment of a list after one's title: "... as CFO, John Doe as COO, and Jane
#: Roe as the new Head of Sales".
_NEXT_AS = re.compile(r"(?:,\s+who\s+[^,;]{2,120}?(?=,))?"  # (the one before's clause)
                      r"(?:,\s+(?:and\s+)?|,?\s+and\s+|"
                      # ("... capital markets, East; B as ...": a list between semicolons,
                      # a title's region before each)
                      r"(?:,\s+(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,2})?;\s+"
                      r"(?:and\s+)?)" + _AS_ROLE)
#: The most appointments one list is read for.
_MOST_LISTED = 12
#: The company announcing a move told as a noun: "Ficus (NASDAQ: FICS), a maker of ...,
#: today announced the appointment of".
_ANNOUNCER = re.compile(
    r"^(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})"
    # ("Forum Health, LLC, the first nationwide network of ..., is pleased to announce")
    r"(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co|PLC|LLP|LP|GmbH|AG)\.?(?=[\s,]))?"
    r"(?:\s+\([^()]{1,60}\))?(?:,[^,]{2,160},)?\s+(?:today\s+|just\s+)?(?:has\s+)?(?i:announced|"
    r"announces|is\s+(?:pleased|excited|proud|delighted|thrilled|honou?red)\s+to\s+announce|"
    r"confirmed|confirms)\s+(?:today\s+)?(?i:the\s+|its\s+)?$")
#: A person whose appositive tells their move: "said Jane Roe, Founder and outgoing
#: Executive Director of Ficus", "John Doe, the incoming CFO of Gourd, said".
_APPOSITIVE_MOVE = re.compile(
    # (a post held before it: "X, the former Executive Producer of Y and the newly appointed
    # Chief Innovative Officer (CIO) of Creta,")
    # (the first epithet first: "the outgoing CEO of X and incoming CEO of Y" is X's)
    rf"(?P<person>{_A_NAME}),\s+(?:the\s+)?(?:[^,;()]{{1,80}}?\s+(?:and|&)\s+(?:the\s+)?)??"
    r"(?P<way>outgoing|incoming|newly\s+(?:appointed|named|hired))\s+(?P<title>[^,;:()]{2,60}?)"
    r"(?:\s+\((?-i:[A-Z]{2,6})\))?(?:\s+(?:of|at)\s+"
    r"(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*){0,3})|(?=\s*[,(]))",
    re.IGNORECASE)
#: The company after a title's function (and another): " and IR at The Platform Group".
_AT_AFTER_FUNCTION = re.compile(r"(?:\s+(?:and|&)\s+[A-Za-z]{2,20})?\s+at\s+" + _A_COMPANY)
#: A title ending with a preposition: the words after it are its company, not a person.
_ENDS_WITH_OF = re.compile(r"\s(?:of|at|for|with)$", re.IGNORECASE)
#: A listed person and their title: "Denise Johnson, president of Gap Adult".
_LISTED_EXIT = re.compile(r"(?:^|[,;]\s+(?:and\s+)?|\s+and\s+)(?P<person>(?-i:[A-Z])[\w'’\-.]+"
                          r"(?:\s+(?:(?-i:[A-Z])[\w'’\-.]+|[“\"][^”\"]{1,15}[”\"])){1,3}),\s+"
                          r"(?P<title>[^,;]{3,80}?)(?=[,;]\s+and\s+|,\s+(?-i:[A-Z])|;|\.?$)")
#: The company a sentence goes on with: ", Rosewood Hotel Group has added ...".
_CLAUSE_COMPANY = re.compile(r"^,\s+(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])"
                             r"[\w.&\-]*){0,3})\s+(?:has|have|is|was|will|said|announced)\b")


#: A year told before a move's noun: "the early 2025 addition of", "its 2019 appointment of".
_DATED_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
#: A further role of one person's list of titles: ", Chief Financial Officer", ", and Chief
#: Compliance Officer" (not the next person's ", and Rohit Dhake to Managing Director").
_ROLE_LISTED = re.compile(r",\s+(?:and\s+)?(?P<role>(?-i:[A-Z])[^,;.]{1,60}?)(?=\s*[,;.]|$)")


#: The person a title's appositive names: ", Praveen Varshney, with immediate effect".
_APPOSITIVE_PERSON_AFTER = re.compile(rf",\s+(?P<person>{_A_NAME}?)(?=\s*[,;.]|$)")
#: A person's title in the appositive after their name: ", its Chief Financial Officer".
_APPOSITIVE_TITLE = re.compile(r",\s+(?:(?:its|the|our|their)\s+)?(?P<title>[^,;.()]{2,60}?)"
                               r"(?=\s*[,;.]|$)")


#: A role's words that give a title to someone: the next person's ("B to Managing Director").
_GIVEN_IN_ROLE = re.compile(r"\s(?:to|as|who)\s")


def _with_roles_listed(part: str, at: int, role: str) -> str:
    """A title read at ``at`` with the further titles the same person is given after it
    ("Partner, Chief Financial Officer, and Chief Compliance Officer"), up to four."""
    end = at + len(role)
    for _ in range(4):
        more = _ROLE_LISTED.match(part, end)
        if more is None or not _TITLE_HINTS_GATE.any(more.group("role").lower()) or \
                _GIVEN_IN_ROLE.search(more.group("role")):
            break
        end = more.end()
    return part[at:end]


#: Hires or promotions told by their count and title, then their people: "announced today
#: the addition of two managing directors, Pam Roe and Gina Doe", "the promotion of three
#: vice presidents: A, B and C".
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED_MOVES = re.compile(
    r"\b(?:(?P<promotion>promotions?)|appointments?|additions?|hiring)\s+of\s+"
    rf"(?:{'|'.join(_COUNT_WORDS)}|[2-9])\s+(?:new\s+)?"
    r"(?P<titles>[a-z][a-z \-]{2,40}?s)(?:,|:)\s+"
    r"(?P<people>(?-i:[A-Z])[^;:.()]{3,200}?)(?=\s*[.;]|\s*$|,\s+(?:who|each|both)\b)",
    re.IGNORECASE)
#: Between the people of such a list.
_PEOPLE_APART = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _counted_moves(part: str) -> list[LeadershipCandidate]:
    """The moves of a count, a title and a list of people (see _COUNTED_MOVES); the
    company the announcer's. Every item must be a person's name, and as many as counted."""
    if (m := _COUNTED_MOVES.search(part)) is None or not (
            said := _ANNOUNCER.match(part[:m.start()])):
        return []
    people = _PEOPLE_APART.split(m.group("people").strip())
    counted = m.group(0).split()[2].lower()
    if str(len(people)) != counted and _COUNT_WORDS.get(counted) != len(people):
        return []
    title = m.group("titles")[:-1]  # ("managing directors": each a managing director)
    change = "promoted" if m.group("promotion") else "joined"
    out = []
    for named in people:
        if _a_person(named) != named or (
                c := _move(said.group("company"), named, title, change, part)) is None:
            return []
        out.append(c)
    return out


def _change_of_way(way: str) -> str:
    """The change a person's epithet tells: "outgoing" (or "exiting", "departing",
    "retiring") departed, "newly promoted" promoted, "incoming" and "newly appointed / named /
    hired" joined."""
    way = way.lower()
    return "departed" if way in ("outgoing", "exiting", "departing", "retiring") else \
        "promoted" if way.endswith("promoted") else "joined"


def _moves_named(part: str) -> list[LeadershipCandidate]:
    """Moves told as nouns (see _MOVE_NAMED): a departure's person and title, an outgoing
    executive (departed) or an incoming one (joined); the company is the title's own
    possessor, or the one spoken of. A person's appositive may tell it too: "said Jane Roe,
    Founder and outgoing Executive Director of Ficus"."""
    out: list[LeadershipCandidate] = []
    if "As the new" in part and (told := _SELF_NEW.search(part)) and is_executive(
            told.group("title")) and (who := _a_person(told.group("person"))) == told.group(
            "person"):
        # "X, Chief Financial Officer of AI Era Corp., commented: “As the newly appointed
        # CFO, I am excited ...": the speaker's own arrival
        title, company = _title_company(told.group("appositive"))
        if (c := _move(company, who, title or told.group("title"), "joined", part)) is not None:
            return [c]
    if (m := _APPOSITIVE_MOVE.search(part)) and (who := _a_person(m.group("person"))) == \
            m.group("person"):
        company, title = _without_full_stop(m.group("company") or ""), m.group("title")
        if company and _a_department(company) and (at_company := _AT_AFTER_FUNCTION.match(
                part, m.end("company"))):
            # "newly appointed Head of HR and IR at The Platform Group": the functions the
            # title's, the company after "at"
            title = part[m.start("title"):at_company.start()]
            company = at_company.group("company")
        if company and (place(company) or _a_unit_function(company, title)):
            # "X, the newly appointed Head of LATAM": a region's head, the company unsaid
            # ("Head of US Operations": a function there)
            company, title = "", part[m.start("title"):m.end("company")]
        if (c := _move(company, who, title, _change_of_way(m.group("way")), part)) is not None:
            return [c]
    if " of " in part and (counted := _counted_moves(part)):
        return counted
    for m in _MOVE_NAMED.finditer(part):
        if m.group("listed"):
            # "The most recent exits include A, president of X, and B, EVP for Y." (a list's
            # first items: a longer list is no release's, and each move costs the item's
            # reading a search of its text)
            for n, item in enumerate(_LISTED_EXIT.finditer(part[m.end():])):
                if n >= 2 * _MOST_LISTED:
                    break
                title, company = _title_company(item.group("title"))
                if (who := _a_person(item.group("person"))) and _plausible(company) and (
                        c := _move(company, who, title, "departed", part)) is not None:
                    out.append(c)
            break
        if m.group("appointment") and _DATED_BEFORE.search(part, 0, m.start()):
            continue  # "the early 2025 addition of Charlie Thomas as CEO": a hire of before
        if m.group("appointment"):
            # "With the appointment of Joanna Gunn as a Chief Brand Officer, Rosewood Hotel
            # Group has added ...": the company the sentence goes on with; "Ficus announced
            # the appointment of A as CFO and B as COO": the one announcing, each person
            # (a list: "the appointments of A as CFO, B as COO and C as CTO", "recent
            # appointments such as A as X for Ficus, B as the new Head of Y, ...": each
            # person with their title, and the company a title names, else the first's)
            hires: list[tuple[str, str]] = []
            at = m.start("role")
            named, role = m.group("named"), m.group("role")
            while True:
                # (the next person's "and B as ..." ends a title, searched past the 60
                # characters a title is read for: "... Director of Service Delivery and
                # Julie Davenport who has been promoted to ...")
                if (both := _AND_NEXT_AS.search(part[at:at + len(role) + 120])) is not None \
                        and both.start() < len(role):
                    role = role[:both.start()]
                elif len(role) < 60:
                    role = _with_roles_listed(part, at, role)
                at += len(role)
                if not hires and m.group("heads"):
                    role = f"Head of {role}"  # ("A & B who will Head Brand Performance")
                hires.append((named, role))
                if len(hires) == 1 and m.group("named2"):
                    hires.append((m.group("named2"), role))
                if len(hires) >= _MOST_LISTED or not (nxt := _NEXT_AS.match(part, at)):
                    break
                named, role, at = nxt.group("person"), nxt.group("role"), nxt.start("role")
            title, company = _title_company(hires[0][1])
            if not company and (then := _CLAUSE_COMPANY.match(part[m.end():])):
                company = then.group("company")
            if not company and (said := _ANNOUNCER.match(part[:m.start()])):
                company = said.group("company")
            change = "promoted" if m.group("promotion") else "joined"
            for n, (named, role) in enumerate(hires):
                role_title, own = (title, "") if n == 0 else _title_company(role)
                role_title = role_title or role  # (a title no slot names: "Director")
                if (who := _a_person(named)) and _plausible(own or company) and (
                        c := _move(own or company, who, role_title, change, part)) is not None:
                    out.append(c)
            continue
        if m.group("noun"):
            who, span = _a_person(m.group("who")), m.group("who")
            if not who and (then := _APPOSITIVE_PERSON_AFTER.match(part, m.end("who"))) and (
                    named := _a_person(then.group("person"))) == then.group("person") and \
                    _slot_title(span):
                # "the resignation of its CFO and Corporate Secretary, X, with immediate
                # effect": the person the title's appositive names
                who, span = named, f"{span} {named}"
            if not who or not span.endswith(who.split()[-1]):
                continue
            title, company = _title_company(m.group("as") or span[:span.rfind(who)])
            if not title:
                title, company = _title_company(span[:span.rfind(who)])
            if not title and (told := _APPOSITIVE_TITLE.match(part, m.end("who"))):
                # "the retirement of Jennifer Stein, Managing Director": the title after
                title, company = _title_company(told.group("title"))
            if not company and (said := _ANNOUNCER.match(part[:m.start()])):
                company = said.group("company")  # "GTN Announces Retirement of ..."
            change = "departed"
        else:
            who = _a_person(m.group("person"))
            if not who or who != m.group("person") or _ENDS_WITH_OF.search(m.group("title")):
                continue  # ("outgoing Executive Director of Elevate Youth": no person after)
            title, company = _title_company(m.group("title"))
            change = _change_of_way(m.group("way"))
            if not company and (said := _ANNOUNCER.match(part[:m.start()])):
                company = said.group("company")  # "X just announced its incoming CEO, Y"
        if company and _held_before(company, part):
            company = ""  # ("ex-Skype CEO X": a title held before, another company)
        if _plausible(company) and (c := _move(company, who, title, change, part)) is not None:
            out.append(c)
    return out


def _slot_reading(part: str) -> list[LeadershipCandidate]:
    """A change read by its parts (see above); [] unless verb, person and title all are."""
    said = part
    company_said = ""
    if (quoted := _QUOTE_OPENS.search(part)) is not None:
        part = part[quoted.end():]  # 'X confirmed, "Baidu said Y had joined ...'
    part = _CONTRACTED_WOULD.sub(" would", part)  # "he’d be stepping down"
    if ": " in part and (lead := _LEAD_AT.match(part)):
        company_said, part = lead.group("company"), part[lead.end():]  # "Two exits at X: ..."
    if (board := _BOARD_SAID.match(part)) is not None:
        company_said, part = board.group("company"), part[board.end():]
    elif (m := _COMPANY_SAID.match(part)) and (
            not person_name(m.group("company")) or _slot_title(part[m.end():][:30])):
        # ("Thomson Reuters announced CEO Jim Smith will ...": a name that could be a
        # person's is a company when a title follows what it said)
        company_said, part = m.group("company"), part[m.end():]
    acts = _COMPANY_ACTS.search(part)
    verb: re.Match[str] | None = None
    for verb in change_verbs(part):
        if not (verb.group("succeeds") or verb.group("replaced")) or (
                acts and acts.start() < verb.start()):
            break
        if found := _succession(part, verb, company_said, said):
            return found
        # ("X, who succeeded Y in 2019, will leave Ficus": the change is the next verb)
    else:
        verb = None
    out: list[LeadershipCandidate] = []
    if verb and (not acts or verb.start() <= acts.start()):
        change = "departed" if verb.group("left") else \
            "promoted" if verb.group("promoted") else "joined"
        before, after = part[:verb.start()].rstrip(), part[verb.end():]
        if pronoun := _PRONOUN_SAID.search(before):  # "HR Chief X announced she will be
            # leaving", "X, CEO of Y, announced in the fall that he'd be stepping down"
            before = before[:pronoun.start()] + ("," if pronoun.group(0)[:1] == "," else "")
        # "CEO Jane Roe (JR) also handing in her resignation": the name, its nickname and
        # an adverb aside
        before = _AFTER_NAME.sub("", before)
        appositive = ""
        if before.endswith(", who"):
            before = before[:-5]
            if ", " in before and not _a_person(before.rpartition(", ")[2]):
                # "Jane Roe, Chair of Ficus, who was appointed CEO": the person before
                # the appositive, which tells where they are
                # (a post they hold now: "a partner at Gourd", "former CFO of Ficus" are no
                # post at the company whose title the clause gives)
                # (looked for near the clause's start, where the speaker is named: a
                # clause of a thousand commas is not read in square time)
                for cut in (i for i in range(min(len(before), _APPOSITIVE_CHARS))
                            if before.startswith(", ", i)):
                    if (who := _a_person(before[:cut])) and before[:cut].endswith(
                            who.split()[-1]):
                        if _HELD_POST.search(tail := before[cut + 2:]) and \
                                not _FORMERLY.search(tail):
                            before, appositive = before[:cut], tail
                        break
        elif before.endswith(","):  # "Meta's CBO, Marne Levine, will step down"
            head, _, appositive = before[:-1].rpartition(", ")
            if not head:
                return []
            for _ in range(2):
                # "Brian Nagle, Senior Vice President, Controller, has been appointed": an
                # appositive of several titles, each between commas
                # (the last a post in capitals, "Controller", that no title word need name)
                shorter, _, more = head.rpartition(", ")
                if ", " not in head or _a_person(head) == head.strip() or not _slot_title(more) or \
                        not appositive[:1].isupper() or len(appositive.split()) > 6:
                    break
                head, appositive = shorter, f"{more}, {appositive}"
            before = head
        elif ", " in before and (t := _slot_title(tail := before.rpartition(", ")[2])) and \
                t.start() <= 4 and _a_person(head := before.rpartition(", ")[0]) and \
                head.endswith(str(_a_person(head)).split()[-1]):
            # an appositive left unclosed: "Steven Sinofsky, the President of the Windows
            # division at Microsoft would be leaving"
            before, appositive = head, tail
        # the title a departure leaves: the head's when the appositive is the name
        # ("<title>, <Person>,"), else the appositive's or the words before the name
        subjects = _subjects(before, appositive)
        # what the verb's own words say: "joined Groundwork as VP", "as Apple CEO", "the
        # role of Executive VP", "as chief executive"
        rest = after[:160]
        if change == "promoted" and (moved := _FROM_TO.match(rest)):
            rest = " to " + rest[moved.end():]  # ("promoted from VP of Sales to CRO": CRO)
        ahead = verb.group(0).lower().startswith(("will", "is ", "are ", "to ", "set "))
        if not subjects or (not ahead and (_CAREER_YEAR.search(rest[:40]) or _LAST_PERIOD.search(
                rest[:50]))) or (change != "departed" and _AN_HONOUR.match(rest)):
            # "joined Ficus in 1984 and served as ...": a career told; "named Top CFO by
            # X Magazine", "named among the best CEOs": an honour, no role
            return []
        out += _subject_moves(subjects, verb, change, rest, company_said, appositive, said)
    elif acts:
        out += _company_acts(part, said)
    elif "nnounc" in said and _ANNOUNCES.search(said):
        out += _company_acts(said, said, _ANNOUNCES)  # "Ficus announces X as its new CEO"
    return out


#: The title a promotion leaves, then the one it gives: "from Chief Legal Officer to" (and
#: "to include", said of a role expanded).
_FROM_TO = re.compile(r"^\s+from\s+(?:(?:the|his|her|their)\s+)?(?:(?:role|position|post)\s+"
                      r"of\s+)?[^,;()]{2,60}?\s+to(?:\s+include)?(?=\s)", re.IGNORECASE)
#: The text between two acts of one company ends with "and" ("... as CFO and named").
_AND_END = re.compile(r"(?:^|[\s,])and$")


def _company_acts(part: str, said: str,
                  acting: re.Pattern[str] = _COMPANY_ACTS) -> list[LeadershipCandidate]:
    """Each company's act on a person in a clause: "Memory chipmaker Micron Technology's
    board appointed company veteran Mark Durcan as chief executive", "A day after X named
    ..., JWT has elevated Lynn Power to president and Y has replaced ..." (the company, the
    person, the title given)."""
    out: list[LeadershipCandidate] = []
    start = -1  # where the text of the act before ends (-1: no act before)
    last_subject = ""  # the company of the act before
    for acts in acting.finditer(part):
        before, start = part[max(start, 0):acts.start()].rstrip(), acts.end()
        drawn = ""
        m = _DESCRIBED_NAMED.match(part[acts.end():])
        if m is not None and _a_person(m.group("person")) == m.group("person"):
            # "has picked the head of British insurer Beazley PLC, Andrew Horton, as its
            # next chief executive": the name after the description (and the company the
            # description says they head, one they leave)
            if held := _HEAD_OF.search(m.group("desc")) or _FROM_COMPANY_END.search(
                    m.group("desc")):
                drawn = held.group("company")  # (or "an executive from Hilton Worldwide")
        elif not (m := _ACTED_ON.match(part[acts.end():])):
            continue
        rest = part[acts.end() + m.end():]
        who = _a_person(m.group("person"))
        if (named := _APPOSITIVE_PERSON.match(rest)) and (
                real := _a_person(named.group("person"))) == named.group("person"):
            # "has selected a franchising executive from Hilton Worldwide, Robert Palleschi,
            # as its new CEO": the name after the description is the person (and the
            # company the description says they come from, one they leave)
            if re.search(r"\bfrom\s+$", part[acts.end():acts.end() + m.start("person")]):
                drawn = m.group("person")
            who, rest = real, rest[named.end():]
        elif not who or not m.group("person").endswith(who):
            continue
        # the company: the clause's subject, or after an act before it, the last name
        # before this act ("..., JWT has elevated")
        acted_before = acting.search(part, 0, acts.start()) is not None
        if acted_before and _AND_END.search(before):
            # "Acme has appointed A as CFO and named B as COO": the same company's second
            # act ("and" was read as its name)
            subject = last_subject
        else:
            subject = _BOARD_ACTS.sub("", before if not acted_before
                                      else re.split(r",\s+|\s+and\s+", before)[-1])
            if ", " in subject:  # ("Concurrently, the Company appointed")
                subject = _OPENER.sub("", subject, count=1)
            if subject.strip().lower() in ("the", "its", "our", "their"):
                subject = ""  # ("The Board has promoted": the company's own board)
            subject = "" if _THE_DESCRIBED.match(subject) or _A_BOARD.fullmatch(
                subject.strip()) else _IN_PLACE.sub("", _subject_company(
                    subject.split(", ", 1)[0]))
        last_subject = subject
        # (its appositive, its place aside; "The Board has appointed": the company spoken of)
        if rest[:2] == ", ":
            rest = _POSTNOMINALS_BEFORE_AS.sub("", rest, count=1)  # "X, MD, MBA as its CEO"
        if not _TO_SUCCEED_AS.match(rest):
            rest = _BETWEEN_PERSON_AND_TITLE.sub("", rest, count=1)
        if acting is _ANNOUNCES and not _AS_NEXT.match(rest):
            continue  # "announces X as its new CEO" (not "announced X, its CFO, will leave")
        people = [who]
        if (more := _AND_A_PERSON.match(rest)) and (other := _a_person(more.group("person"))):
            people.append(other)  # "has hired Jane Roe and John Doe as executive directors"
            rest = rest[more.end():]
        if (gone := _TO_SUCCEED_AS.match(rest)) and (
                left_by := _a_person(gone.group("person"))) and (
                t := _slot_title(gone.group("title"))):
            # "selected Doug Dippel to succeed Donna Boatright as CEO": both moves ("has
            # promoted X, its President, to succeed Y as CEO": a promotion)
            risen = "promoted" if acts.group(0).lower().strip().endswith(
                ("promoted", "elevated")) else "joined"
            out += [c for c in (_move(subject, who, t.group(0), risen, said),
                                _move(subject, left_by, t.group(0), "departed", said))
                    if c is not None]
            start = acts.end() + m.end()
            continue
        if (t := _slot_title(rest[:80])) and _GIVEN_TITLE.fullmatch(rest[:t.start()]):
            if rest[:1] == "," and _SEAT_AFTER.match(rest[t.end():]):
                continue  # "has appointed X, Executive Director of Y, to its Board": a seat
            change = "promoted" if acts.group(0).lower().strip().endswith(
                ("promoted", "elevated")) else "joined"
            title = _TITLES_PLURAL.sub("", t.group(0)) if len(people) > 1 else t.group(0)
            out += [c for person in people
                    if (c := _move(subject, person, title, change, said)) is not None]
            out += _left_drawn_from(drawn, who, said)  # "an executive from Hilton Worldwide"
            start = acts.end() + m.end() + t.end()
    return out


#: A company's act told as a noun's complement, in a list of moves: "Marqeta hiring X as
#: its new CFO and American Express poaching Y from Wells Fargo to become its new CIO".
_ACT_LISTED = re.compile(r"\s(?=[ahlnprt])(?:hiring|poaching|luring|naming|appointing|tapping|"
                         r"recruiting|promoting)\s+")
_ACT_LISTED_WORDS = Words([" hiring ", " poaching ", " luring ", " naming ", " appointing ",
                           " tapping ", " recruiting ", " promoting "])
#: The person acted on, up to where the clause goes on: "Visa veteran Mike Milotich".
_ACTED_ON_LISTED = re.compile(r"^(?P<person>[^,;]{3,80}?)(?=\s+(?:as|from|to)\s)")
#: The company a person is drawn from: "from Wells Fargo".
_DRAWN_FROM = re.compile(r"^\s+from\s+(?:[a-z\-]+\s+){0,3}" + _A_COMPANY)
#: What comes between a person and the title a listed act gives them.
_LISTED_TITLE = re.compile(r"(?i)^\s*(?:as|to\s+(?:become|be|serve\s+as))\s+(?:its|the|their|a|"
                           r"an)?\s*$")


#: A description, then the person it describes, before the title given: "the head of
#: British insurer Beazley PLC, Andrew Horton, as".
_DESCRIBED_NAMED = re.compile(
    rf"^(?P<desc>(?:the|a|an)\s+[^,;]{{3,80}}?),\s+(?P<person>{_A_NAME}),?(?=\s+as\s)")
#: ... at the end of a description.
_NAME_AT_END = _A_COMPANY + "$"
#: The company a description says the person comes from: "executive from Hilton Worldwide".
_FROM_COMPANY_END = re.compile(r"\bfrom\s+" + _NAME_AT_END)
#: The company a description says the person heads: "head of British insurer Beazley PLC".
_HEAD_OF = re.compile(r"(?i)\b(?:head|chief\s+executive|ceo|president|boss)\s+(?:of|at)\s+"
                      r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,3}?" + _NAME_AT_END)


def _more_given(text: str, title: str) -> tuple[str, list[tuple[str, str]]]:
    """``title``, read at the start of ``text``, cut where the next person of a list is
    given their own ("Director of Operations and John Roe to Development Director"); and
    those next persons with the words of their titles, in order (up to _MOST_LISTED)."""
    more: list[tuple[str, str]] = []
    both = _AND_NEXT_AS.search(text, 0, len(title) + 120)
    if both is None or both.start() >= len(title) or \
            _a_person(both.group("person")) != both.group("person"):
        return title, more
    title, at = title[:both.start()], both.start()
    while len(more) < _MOST_LISTED and (nxt := _NEXT_AS.match(text, at)) and \
            _a_person(nxt.group("person")) == nxt.group("person"):
        role = nxt.group("role")
        if (cut := _AND_NEXT_AS.search(text, nxt.start("role"), nxt.end("role") + 120)) and \
                cut.start() < nxt.end("role"):
            role = text[nxt.start("role"):cut.start()]
        more.append((nxt.group("person"), role))
        at = nxt.start("role") + len(role)
    return title, more


def _left_drawn_from(company: str, who: str | None, said: str) -> list[LeadershipCandidate]:
    """The departure of a person a company drew from another: they left it ("senior
    executive": the role left goes unsaid)."""
    if not company or not _plausible(company):
        return []
    c = _move(company, who, "senior executive", "departed", said)
    return [c] if c else []


def _acts_listed(part: str, said: str) -> list[LeadershipCandidate]:
    """The moves of companies' acts listed as "A hiring X as T, B poaching Y from C to
    become T": each act's company (the name before it), person and title; a person drawn
    from a company left it."""
    out: list[LeadershipCandidate] = []
    start = 0
    for act in _ACT_LISTED.finditer(part):
        if act.start() < start:
            continue
        head = re.split(r",\s+|\s+and\s+", part[start:act.start()])[-1]
        subject = _subject_company(head)
        if not subject[:1].isupper() or not _plausible(subject):
            continue
        rest = part[act.end():]
        if not (m := _ACTED_ON_LISTED.match(rest)) or not (who := _a_person(m.group("person"))) \
                or not m.group("person").endswith(who):
            continue
        rest = rest[m.end():]
        drawn = _DRAWN_FROM.match(rest)
        if drawn:
            rest = rest[drawn.end():]
        if (t := _slot_title(rest[:80])) and _LISTED_TITLE.fullmatch(rest[:t.start()]) and (
                c := _move(subject, who, _NEW_FIRST.sub("", t.group(0)), "joined", said)) \
                is not None:
            out.append(c)
            if drawn:
                out += _left_drawn_from(drawn.group("company"), who, said)  # "from Wells Fargo"
            start = len(part) - len(rest) + t.end()
    return out


#: Where a list of names parts: "A, B, and C".
_NAMES_LISTED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _subjects(before: str, appositive: str) -> list[tuple[str, str, str]]:
    """Who a change is said of, each with the words that may hold their title: the
    appositive's name ("Meta's CBO, Marne Levine, will"), else the name the subject ends
    with, or two names joined by "and" ("former Skype CEO A and CMO B are leaving")."""
    who = _a_person(appositive) if appositive else None
    if who and who == appositive.strip():
        return [(who, before, "")]
    spans = [before]
    if not appositive and " and " in before:
        head, _, tail = before.rpartition(" and ")
        if ", " in head and len(parts := _NAMES_LISTED.split(before)) >= 3 and all(
                person_name(p) == p for p in parts[1:]) and person_name(parts[0]):
            # "Monica Lazarus, Beth Cyphers, and Halley Firestone were all promoted to"
            spans = parts
        elif (one := person_name(head)) and (two := person_name(tail)) and \
                not is_executive(one) and not is_executive(two):
            spans = [head, tail]
    out = []
    for span in spans:
        who = _a_person(_HONORIFIC.sub("", span.rsplit(", ", 1)[-1]))
        if not who or not span.endswith(who.split()[-1]):
            return []
        pre = span[:span.rfind(who)][-60:]
        out.append((who, appositive or pre, pre))
    return out


#: A person named with a title, its owner before it: "Astronomer CEO Andy Byron", "incoming
#: CEO Stephanie Ferris", "Uber’s COO Jane Roe".
_TITLED_NAME = re.compile(
    r"(?:(?P<owner>(?-i:[A-Z])[\w&.\-]*(?:\s+(?-i:[A-Z])[\w&.\-]*){0,2}?)(?:['’]s)?\s+)?"
    r"(?P<title>CEO|CFO|COO|CTO|CMO|CRO|CIO|CPO|[Pp]resident|[Cc]hief\s+[A-Za-z]+(?:\s+"
    r"[Oo]fficer)?|[Hh]ead\s+of\s+[A-Z][a-z]+)\s+(?P<name>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])\.)?"
    r"\s+(?-i:[A-Z])[\w\-]+)")
#: A person a clause opens with, then a comma or a verb: "Mary Dillon, the former CEO".
_NAME_FIRST = re.compile(r"^(?P<name>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])\.)?\s+(?-i:[A-Z])[\w\-]+)"
                         r"(?=,|\s+(?:will|has|had|is|was|who|joined|joins|left|takes|took)\b)")
#: A person's full name anywhere: a first name, an initial maybe, a surname.
_NAME_ANYWHERE = re.compile(r"(?<![\w&.\-])(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])\.)?\s+"
                            r"(?-i:[A-Z])[a-z][\w\-’']*[a-z](?![\w&])(?!\s+(?-i:[A-Z]))")
#: A clause opening with a surname alone, then a verb: "Dillon will succeed", "Byron
#: stepped down"; an honorific may stand before it ("Mr. Codina stepped down") and a short
#: phrase of circumstance before that ("As part of that transition, Mr. Codina ...", "In
#: 2019, Roe joined ...": kept, so a clause telling a career's past is still read as one).
_SURNAME_FIRST = re.compile(
    r"^(?P<lead>(?-i:[A-Z])[^,;:.!?\"“”()]{1,45},\s+(?:\d{4},\s+)?)?"
    rf"(?P<named>(?:(?:{HONORIFIC_WORDS})\.?\s+)?"
    r"(?P<surname>(?-i:[A-Z])[\w\-]+))(?=\s+(?:will|has|had|is|was|joined|joins|left|leaves|"
    r"stepped|steps|takes|took|became|becomes|resigned|resigns|retired|retires|succeeds|"
    r"replaces|then|also|who|announced|said)\b)")


#: The nouns of a group of executives ("several Executive Committee members", "These leaders
#: include", "Departing officers include"): one list for the patterns that must agree on
#: them (here, and signals' clauses kept together as a list of people).
GROUP_NOUNS = ("members", "executives", "leaders", "officers")
_GROUP_NOUN = "|".join(GROUP_NOUNS)
#: A group's move told before its members are named: "several Executive Committee members
#: will be moving on to new opportunities", "three new executives have joined the team".
_GROUP_MOVES = re.compile(
    r"(?i)\b(?:several|two|three|four|five|six|seven|eight|a\s+number\s+of|some|other)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?(?:{_GROUP_NOUN})\s+(?:(?P<left>(?:will\s+"
    r"(?:be\s+)?|are\s+|have\s+)?(?:moving\s+on|leaving|departing|stepping\s+down|step\s+down|"
    r"leave|depart|left|departed|exiting|exited))|(?P<came>(?:will\s+(?:be\s+)?|are\s+|have\s+)?"
    r"(?:join|joining|joined|coming\s+in)))\b")
#: The group's nouns as _GROUP_MOVES reads them, whatever the first letter's case (its gate).
_GROUP_STEMS = (*(noun[1:] for noun in GROUP_NOUNS), *(noun[1:].upper() for noun in GROUP_NOUNS))
#: Its members named in the next sentence: "These leaders include A, T; B, U".
_GROUP_NAMED = re.compile(rf"^(?:These|Those|The)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_GROUP_NOUN}|"
                          r"individuals)\s+(?:include|included|are)\s+")


def group_move_told(clause: str) -> str:
    """The change a clause tells of a group whose members it leaves to the next ("several
    Executive Committee members will be moving on to new opportunities": "departed"; "three
    new executives have joined": "joined"), else "" (the pattern tried only where a group's
    noun stands: most clauses have none)."""
    if not any(stem in clause for stem in _GROUP_STEMS) or (
            m := _GROUP_MOVES.search(clause)) is None:
        return ""
    return "departed" if m.group("left") else "joined"


def members_named(clause: str, change: str) -> str | None:
    """The clause after one that told a group's move, read as the list of that move when it
    names the group's members ("These leaders include A, who served as CEO; B, CFO" after a
    group's departure: "Departures include A, ...; B, CFO"), else None."""
    if (m := _GROUP_NAMED.match(clause)) is None:
        return None
    noun = "Departures" if change == "departed" else "Additions"
    return f"{noun} include {clause[m.end():]}"


#: A person kept in their post at a company: "X will continue as Chief Development Officer
#: along with several others at G6" (the company whose leadership the text goes on with).
_KEPT_AT = re.compile(
    r"\b(?:will\s+)?(?:continue|continues|remain|remains|stay|stays)\s+(?:on\s+)?as\s+"
    r"[^,;.]{2,80}?\bat\s+(?P<company>(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9&])[\w.&\-]*)"
    r"{0,3})")


def company_kept(clause: str) -> str:
    """The company a clause keeps a person's post at (see _KEPT_AT), else ""."""
    if " at " not in clause or (m := _KEPT_AT.search(clause)) is None:
        return ""
    return m.group("company").rstrip(".")


def surname_first(clause: str) -> bool:
    """Whether a clause opens with a word alone, then a verb (maybe a surname)."""
    return _SURNAME_FIRST.match(clause) is not None


def people_named(text: str) -> dict[str, str]:
    """Each person a text names in full, by surname: how it named them with a title
    ("Astronomer CEO Andy Byron") or else by name alone, the first time."""
    titled: dict[str, str] = {}
    named: dict[str, str] = {}
    for m in _TITLED_NAME.finditer(text):
        surname = m.group("name").split()[-1]
        if person_name(m.group("name")) == m.group("name"):
            titled.setdefault(surname, m.group(0))
    for clause in re.split(r"(?<=[.!?])\s+|\n+", text):
        if (first := _NAME_FIRST.match(clause.strip())) and person_name(first.group("name")):
            named.setdefault(first.group("name").split()[-1], first.group("name"))
    # a name told anywhere else, the last resort ("She will replace Pietro Beccari.", then
    # "Beccari is set to succeed ..."); a surname two people share is no one's
    anywhere: dict[str, str] = {}
    for m in _NAME_ANYWHERE.finditer(text):
        if person_name(m.group(0)) == m.group(0):
            surname = m.group(0).split()[-1]
            if anywhere.setdefault(surname, m.group(0)) != m.group(0):
                anywhere[surname] = ""
    return {**{k: v for k, v in anywhere.items() if v}, **named, **titled}


def titled_people(text: str) -> frozenset[str]:
    """The people a text names after a title ("Astronomer CEO Andy Byron", "Led by CEO Tori
    Poulter"): persons for sure, whatever their names spell (a clause they open, "Tori
    Poulter has appointed X as Head of Sales", is their company's act, not a company's
    called "Tori Poulter")."""
    return frozenset(m.group("name") for m in _TITLED_NAME.finditer(text)
                     if person_name(m.group("name")) == m.group("name"))


#: What only a person does, after their name: "has decided to step down", "will retire".
_A_PERSONS_LEAVING = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:decided\s+to\s+|will\s+|is\s+set\s+to\s+)?(?:step(?:s|ped)?\s+"
    r"down|retire[sd]?|resign(?:s|ed)?)\b")


def with_full_names(clause: str, people: Mapping[str, str]) -> str:
    """A clause that opens with a surname alone ("Byron stepped down on July 24"), the
    person as the text first named them ("Astronomer CEO Andy Byron stepped down ..."); an
    honorific with it is the name's ("As part of it, Mr. Byron ..." reads "As part of it,
    Astronomer CEO Andy Byron ...")."""
    if (m := _SURNAME_FIRST.match(clause)) and (full := people.get(m.group("surname")) or (
            # (a first name only where the clause opens with it: "In doing so, Mariner has
            # named ..." is the company's act, whoever "Mariner Independent" is; or where
            # what follows only a person does: "To this end, Peter has decided to step down")
            (m.group("named") == m.group(0) or _A_PERSONS_LEAVING.match(clause, m.end()))
            and _by_first_name(people, m.group("surname")))):
        return clause[:m.start("named")] + full + clause[m.end():]
    return clause


#: An interviewer's congratulations to the one interviewed, by first name: "Jonathan,
#: congratulations on your recent appointment as President & COO of Wealth Advisors Trust
#: Company (WATC)."
_CONGRATULATED = re.compile(
    r"^(?P<first>(?-i:[A-Z])[a-z]{2,20}),\s+congratulations\s+on\s+your\s+(?:recent\s+|new\s+)?"
    r"(?P<act>appointment|promotion)\s+(?=(?:as|to)\s)", re.IGNORECASE)


def addressed_as_told(clause: str, people: Mapping[str, str]) -> str:
    """A clause congratulating the one a text interviews on their appointment ("Jonathan,
    congratulations on your recent appointment as President & COO of X"), told in the third
    person ("Jonathan Connolly was appointed as President & COO of X"), the person as the
    text named them in full; the clause itself otherwise."""
    if (m := _CONGRATULATED.match(clause)) and (full := _by_first_name(
            people, m.group("first"))):
        verb = "was promoted" if m.group("act").lower() == "promotion" else "was appointed"
        return f"{person_name(full) or full} {verb} {clause[m.end():]}"
    return clause


def _by_first_name(people: Mapping[str, str], word: str) -> str:
    """The one person of ``people`` whose first name ``word`` is ("Lisa joins HCA as ...",
    after "led by ... Lisa Richardson"); "" when none, or more than one, is."""
    found = {name for told in people.values() if (name := person_name(told))
             and name.split()[0] == word}
    return found.pop() if len(found) == 1 else ""


#: What may stand between a name and its verb: a nickname in brackets, an adverb.
_AFTER_NAME = re.compile(r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:also|then|now|recently|reportedly|"
                         r"too|officially|formally))?$")


#: An auxiliary after a clause's subject.
_AUXILIARY = re.compile(r"\s(?:will|would|has|have|is|was)\s")
#: The one succeeded, after the verb: "retiring CEO Richard Roe", "Jane Doe as CFO" (an
#: honorific's full stop ends nothing: "Dr. Bruce Thibodeau").
_SUCCEEDED = re.compile(r"^\s*(?P<who>[^,;]{2,80}?)(?=\s*[,;]|(?<!\b[A-Z])"
                        + "".join(rf"(?<!\b{h})" for h in HONORIFICS) + r"\.(?:\s|$)|"
                        r"\s+(?:as|on|in|at|effective|who|when|after|starting|beginning|next|"
                        r"this|later)\b|\s*$)")
#: An honorific left before a name once the name is cut away ("Dr. " of "Dr. Jane Roe").
_HONORIFIC_END = re.compile(rf"(?:^|\s)(?:{HONORIFIC_WORDS})\.?\s*$")
#: A year an event happened in: "succeeded X in 2019" tells a career, not the news.
_PAST_YEAR = re.compile(r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


def _succession(part: str, verb: re.Match[str], company_said: str,
                said: str) -> list[LeadershipCandidate]:
    """"A will succeed retiring CEO B", "A replaces B as CFO", "A will take over as CEO
    from B": A joins in the title B leaves (the title said of B, or after "as"); the company
    is the title's possessor, the company that said it, else the one before."""
    before = part[:verb.start()].rstrip()
    if verb.group(0).lower().startswith("and ") and (aux := list(_AUXILIARY.finditer(before))):
        before = before[:aux[0].start()]  # "A will move into a chairman role and be replaced by B"
    subjects = _subjects(before, "") if not before.endswith((",", "who", "which")) else []
    past = verb.group(0).lower().startswith(("succeeded", "replaced", "took"))
    if len(subjects) != 1 or (past and _PAST_YEAR.search(part, verb.end(), verb.end() + 60)) or \
            not (obj := _SUCCEEDED.match(part[verb.end():])):
        return []  # ("who succeeded X in 2019": background; "succeeded X in 2019": a career)
    who = subjects[0][0]
    gone = _a_person(obj.group("who"))
    if not gone or not obj.group("who").endswith(gone.split()[-1]) or gone == who:
        return []
    held = _HONORIFIC_END.sub("", obj.group("who")[:obj.group("who").rfind(gone)])
    if verb.group("replaced"):  # "CEO A will be replaced by B": A leaves the title A held
        who, gone, held = gone, who, subjects[0][1]
    title, company = _title_company(held)
    if not title:  # "as CFO" in the verb ("take over as CEO from") or after the name
        title, company = _title_company(verb.group(0) + " " + part[verb.end() + obj.end():][:60])
    if company and _FORMER_FIRST.match(company):
        company = ""
    company = (company or company_said).rstrip(".")
    if not _plausible(company):
        return []
    return [c for c in (_move(company, who, title, "joined", said),
                        _move(company, gone, title, "departed", said)) if c is not None]


#: A successor named after a departure: "... and be replaced by chief product officer B".
_AND_REPLACED_BY = re.compile(r"\band\s+(?:will\s+)?be\s+(?:replaced|succeeded)\s+by\s+"
                              r"(?P<who>[^,;.]{3,80}?)(?=\s*[,;.]|\s+(?:as|on|in|at|effective|"
                              r"who)\b|\s*$)")
#: A departure for a role elsewhere: "left for the CEO’s position at Arista Networks".
_LEFT_FOR = re.compile(r"(?i)^\s*for\s+(?:the\s+|a\s+)?")
#: A departure's purpose, a role elsewhere: "left the company to become CEO of AOL".
_TO_BECOME = re.compile(r"(?i)^\s*(?:the\s+(?:company|firm|group)\s+)?(?:to|for)\s+"
                        r"(?:become|be|serve\s+as|take\s+over\s+as|join\s+\S+\s+as)\s+")


#: "Former" or "Ex-" first in a company span: a title held there before ("Former Skype
#: CEO X has left the firm": the firm is another).
_FORMER_FIRST = re.compile(r"(?i)^(?:former|ex)\b")
#: A span that opens or ends as a title does ("Current Senior Vice President of Stores X":
#: "Current Senior Vice" is no company).
_TITLE_EDGE = re.compile(r"(?i)^(?:current|outgoing|incoming)(?:\s|$)|\s(?:senior|executive|vice|"
                         r"chief|deputy|assistant)$")


def _held_before(company: str, sentence: str) -> bool:
    """Whether a company span names where a title was held before: "Former Skype", or
    "former Skype" / "ex-Skype" in the sentence (the change it tells is at another)."""
    return _FORMER_FIRST.match(company) is not None or re.search(
        rf"(?i)\b(?:former|ex-?)\s*{re.escape(company)}\b", sentence) is not None


#: The company after a title: "of adidas", "role at Foot Locker", "position with Ficus".
#: Words in lower case describing a company before its name ("switchmaker Arista").
_LOWER_DESCRIPTION = re.compile(r"^(?:(?-i:[a-z])[\w\-]*\s+){1,3}(?=(?-i:[A-Z]))")
_OF_COMPANY = re.compile(r"^(?:['’]s)?\s*(?:(?:(?!(?:after|following|upon|amid|before|since|"
                         r"when|while|succeeding|replacing)\b)[\w\-]+\s+){0,3}?"
                         r"(?:role|position|post)?\s*(?:of|at|for)|"
                         # ("named co-CEO and spoke with Benzinga": with whom after words is no
                         # company of the title)
                         r"(?:(?:role|position|post)\s+)?with)\s+")
#: The nouns a release calls its issuer by ("the Company"): the company spoken of.
_SPOKEN_OF = frozenset(("company", "firm", "group", "corporation", "business", "bank",
                        "organization", "organisation"))
#: A region a title covers, no company: "for North America", "for EMEA".
_REGION = re.compile(r"(?:North|South|Latin|Central|Western|Eastern|Northern|Southern)?\s*"
                     r"(?:America|Americas|Europe|EMEA|APAC|APJ|Asia|Asia Pacific|Africa|"
                     r"Middle East|Pacific|Nordics|DACH|UK|US|U\.S\.|Canada|China|India|Japan|"
                     r"Australia|Benelux|Iberia)\b\.?$")
#: A name written in lower case, one word, the clause going on after it ("adidas in 2023").
_LOWER_NAME = re.compile(r"^(?-i:[a-z])[\w\-]+(?=\s+(?:in|on|from|effective|after|next)\b|"
                         r"\s*[.,;]|\s*$)")


def _company_of(after_title: str, title: str = "") -> str:
    """The company named right after a title ("... CEO of Ficus in 2023": Ficus; after an
    abbreviation, "CEO of adidas", a brand written in lower case, one word, not an article;
    "president of retail" names a function)."""
    if not (m := _OF_COMPANY.match(after_title)):
        return ""
    if c := _COMPANY_AFTER.match(_LOWER_DESCRIPTION.sub("", after_title[m.end():], count=1)):
        if _REGION.match(c.group("company")) or \
                c.group("company").rstrip(".").lower() in _SPOKEN_OF or \
                c.group("company").rstrip(".") in _MONTHS:
            # ("vice president of sales for North America": a region; "Director of
            # Communications of the Company": the release's defined term, its issuer; "CEO
            # at the end of March": a time)
            return ""
        return c.group("company").rstrip(".")  # ("at switchmaker Arista Networks")
    if title.isupper() and (low := _LOWER_NAME.match(after_title[m.end():])) and \
            low.group(0) not in _NO_COMPANY and low.group(0) not in _NAME_JOINERS:
        return low.group(0)
    return ""


#: A two-tier company's executive body left: "from both the Managing Directorate", "the
#: Management Board" (its supervisory board is a board, left by a board member).
_MANAGEMENT_LEFT = re.compile(r"(?i)^\s+(?:from\s+)?(?:both\s+)?(?:the|its)\s+(?:company['’]s\s+)?"
                              r"(?P<body>managing\s+directorate|management\s+board|board\s+of\s+"
                              r"management)\b")
#: The company a departure is from, named right after its verb: "retire from QBE in".
_LEFT_FROM = re.compile(r"^\s*from\s+(?!(?:the|his|her|their|its|a|an)\s)" + _A_COMPANY
                        + r"(?=\s+(?:in|on|at|after|effective|to|and)\b|[,.;]|$)")


#: A company's team joined, no company named: "the Executive Leadership Team", "its senior
#: management team".
_A_TEAM_JOINED = re.compile(r"(?i)^\s*(?:the|its|our|their)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:leadership|management|executive|c-suite)\s+team\b")


#: A title held no longer: "former", "ex-", "retired", "onetime".
_FORMERLY = re.compile(r"(?i)(?:\b(?:former|formerly|retired|onetime|one-time|past)\b|\bex-)")


#: A person joined, an interviewer: "joined Steve Darling from Proactive to discuss" (not
#: "joined Morgan Stanley from Citi as CFO").
_JOINED_A_PERSON = re.compile(r"^\s+(?P<name>(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+)\s+from\s"
                              r"(?![^.]{0,80}\b(?:as|becom\w*)\s)")
#: A person one joins in something, named by a possessive: "will join his daughter, ...",
#: "joined her co-host" (not "joins his father's company as CEO").
_JOINED_KIN = re.compile(r"^\s+(?:his|her|their|our|my)\s+(?:[\w\-]+\s+){0,2}?(?:daughter|son|"
                         r"wife|husband|father|mother|brother|sister|family|colleagues?|friends?|"
                         r"co-?hosts?|hosts?|fellow\s+\w+)\b(?!['’]s)")
#: How far into a clause a person before an appositive is looked for.
_APPOSITIVE_CHARS = 160
#: A founder's, a board's or an executive's post in an appositive (not "a partner at").
_HELD_POST = re.compile(r"(?i)\b(?:founder|co-founder|chair(?:man|woman|person)?|director|"
                        r"president|officer|ceo|cfo|coo|cto|cmo|cro|cio|head)\b")
#: The company an appositive ends with: "Director, Founder and Chairman of YXT.com".
_AT_COMPANY_END = re.compile(r"\s(?:of|at)\s+(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*"
                             r"(?:\s+(?-i:[A-Z0-9&])[\w.&'’\-]*){0,3})$")


#: A board joined, the title it gives after "as": "the board as executive director", "the
#: Ficus board of directors as ...".
_JOINED_BOARD = re.compile(r"^\s+[^,;.]{0,80}?\bboard\b[^,;.]{0,80}?\s+as\s", re.IGNORECASE)


def _subject_moves(subjects: list[tuple[str, str, str]], verb: re.Match[str], change: str,
                   rest: str, company_said: str, appositive: str,
                   said: str) -> list[LeadershipCandidate]:
    """The moves of a change said of ``subjects`` (see _slot_moves)."""
    out: list[LeadershipCandidate] = []
    # (a death leaves the title held only if it was still held)
    died = change == "departed" and verb.group("died") is not None
    for who, held, pre in subjects:
        title, company = "", ""
        if died and _FORMERLY.search(f"{pre} {held}"):
            continue  # "X, former CEO of Ficus, died": no title left (one was, before)
        if change == "departed":
            title, company = _title_company(held)
            if not title and pre and held != pre:  # (the appositive's, then the name's words)
                title, company = _title_company(pre)
            if company and _held_before(company, said):
                company = ""  # "former Skype CEO X has left the firm": another firm
            if not company and (left_from := _LEFT_FROM.match(rest)):
                company = left_from.group("company")  # "is set to retire from QBE in ..."
            if not title and (t := _slot_title(rest)) and t.start() < 60 and \
                    not _LEFT_FOR.match(rest):
                title = t.group(0)  # "will exit his position as CEO of adidas"
                company = company or _owner(rest[:t.start()]) or _company_of(rest[t.end():],
                                                                             title)
            if not title and (body := _MANAGEMENT_LEFT.match(rest)):
                # "will step down from both the Managing Directorate and the Supervisory
                # Board", "leaves the Management Board": a two-tier company's executive
                title = "Managing Director" if "directorate" in body.group("body").lower() \
                    else "Member of the Management Board"
                company = company or _company_of(rest[body.end():], title)
        else:
            # the role taken is the one after the verb; a title before the name is the one
            # held ("Acme CEO Jane Roe joins Beta's board", "Ex-Acme CEO X joins Y as
            # advisor": no executive change at either)
            if verb.group("joined") and "join" in verb.group(0).lower() and ((
                    (host := _JOINED_A_PERSON.match(rest)) and person_name(
                        host.group("name")) == host.group("name"))
                    or _JOINED_KIN.match(rest)):
                # "X joined Steve Darling from Proactive to ...": an interview; "will join
                # his daughter, ..., in sharing ...": in company, no hire
                continue
            team = _A_TEAM_JOINED.match(rest) if "team" in rest[:60].lower() else None
            if not team and not _THE_COMPANY.match(rest) and (
                    joined := _COMPANY_AFTER.match(rest)) and \
                    verb.group("joined") and "join" in verb.group(0).lower() and \
                    not _slot_title(joined.group("company")):
                company = _without_headline_as(joined.group("company"))
            if team and not _slot_title(rest[team.end():][:60]) and held and (
                    t := _slot_title(held)) and t.start() <= 4:
                # "Matthew Ashley, Chief Medical Officer, joined the Executive Leadership
                # Team": the title the appositive gives, at the company spoken of
                title = t.group(0)
            elif (t := _slot_title(rest)) and t.start() < 60:
                if len(subjects) > 1 and rest[t.end():t.end() + 1] != "s":
                    # several people given one title, in the plural ("were promoted to vice
                    # presidents"); "to CFO and COO" tells whose is which only in order
                    continue
                title = t.group(0)
                if owner := _owner(rest[:t.start()]):
                    company = owner
                elif not company:  # "will assume the CEO role at Foot Locker"
                    company = _company_of(rest[t.end():], title)
                if not company and appositive and not _FORMERLY.search(appositive) and \
                        _HELD_POST.search(appositive) and (
                        at := _AT_COMPANY_END.search(appositive)) and verb.group(0).lower(
                        ).startswith(("was", "has", "is", "will")):
                    # "Jane Roe, Chair of Ficus, who was appointed CEO": a post at the
                    # company the appositive says they are at already, a promotion
                    company, change = at.group("company"), "promoted"
        if change == "joined" and title and "join" in verb.group(0).lower() and \
                _JOINED_BOARD.match(rest) and seniority(title) != "c-level":
            continue  # "would join the board as executive director": a seat on the board
        company = company or company_said
        left = _move(company, who, title, change, said) if _plausible(company) else None
        if left is not None:
            out.append(left)
            if (then := _AND_REPLACED_BY.search(rest)) and (
                    successor := _a_person(then.group("who"))) and \
                    then.group("who").endswith(successor.split()[-1]) and (
                    c := _move(company, successor, title, "joined", said)) is not None:
                out.append(c)  # "CEO A will move on ... and be replaced by CPO B"
        if change == "departed" and (to := _TO_BECOME.match(rest) or _LEFT_FOR.match(rest)) and \
                (t := _slot_title(rest[to.end():][:60])) and t.start() < 8 and \
                (new_company := _owner(rest[to.end():][:t.start()]) or _company_of(
                    rest[to.end() + t.end():], t.group(0))) and \
                normalise_name(new_company) != normalise_name(company) and \
                (c := _move(new_company, who, t.group(0), "joined", said)) is not None:
            # "left the company to become CEO of AOL", "left for the CEO’s position at X"
            out.append(c)
        if left is not None and change == "joined" and appositive and (
                former := re.search(r"\bformer\s+(.{2,80})", appositive)):
            # "X, former VP of Marketing for SugarCRM, has joined Groundwork": she left
            old_title, old = _title_company(former.group(1))
            if old and normalise_name(old) != normalise_name(company) and (
                    c := _move(old, who, old_title, "departed", said)) is not None:
                out.append(c)
    return out


#: A sentence announcing moves whose people a list after it names: "today announces the
#: promotion of several team members", "announced additional members of its Senior
#: Leadership team", "Joining them are three ... leaders", "The new members of the ...
#: team include:".
_LIST_ANNOUNCED = Caseless(
    r"(?i)\b(?:announce[sd]?|announcing|welcomes?|welcomed|introduces?|unveils?)\b[^.]{0,120}?"
    r"\b(?:promotions?|promoted|appointments?|appointed|additions?|new\s+members|members\s+of"
    r"\s+(?:its|the|our)\b|new\s+hires|leadership\s+team|management\s+team|executive\s+team)\b|"
    # "SACP has promoted the following individuals ... to new leadership roles:"
    r"\b(?:promoted|appointed|named|hired|welcomed|added)\s+the\s+following\b|"
    # ("Also joining Peapack Capital from Flagstar Financial are A, B, C, and D": a company
    # the people join, the list's own)
    r"^(?:(?:also\s+)?joining\s+(?:them|the\s+team|us|him|her|(?P<joined>[^,.;:]{2,60}?)(?:\s+from"
    r"\s+[^,.;:]{2,60}?)?(?=\s+are\b))\s+(?:are|is)|the\s+new\s+members\b[^.:]{0,80}"
    r"\binclude|(?:the\s+)?(?:promotions|appointments|new\s+hires|additions)\s+(?:are|include))\b")
#: One item of such a list, a line of its own: "* Cass Traub, Co-Founder, Chief Operating
#: Officer, and Chief Financial Officer", "Philander Franklin, Vice President of Business
#: Development for the Americas. Philander will ...", "* Larry Lyons - Vice President of
#: Engineering: Former Chrysler ...".
_LIST_ITEM = re.compile(
    rf"^(?:[*•·\-–]\s*)?(?P<person>{_A_NAME}),?\s*(?:,\s+|\s[-–—]\s+)"
    r"(?P<title>[^.:;\n]{2,120}?)\s*(?:[.:](?:\s|$)|$)")
#: An item told as a paragraph's subject, its title between commas before the verb that
#: says what the person will do ("Richard Schwartz, Executive Vice President & Senior
#: Managing Principal, will lead SRS Industrial in Southern California.").
#: (A generational suffix after the name: "Nicholas L. Cremonese, Jr., Managing Director
#: and Relationship Manager, will manage ..."; what the person does now: "Lori Gresko,
#: Senior Vice President and Senior Underwriter, leads the underwriting department".)
_LIST_ITEM_ACTING = re.compile(
    rf"^(?:[*•·\-–]\s*)?(?P<person>{_A_NAME})(?:,\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+"
    r"(?P<title>[^.:;\n]{2,120}?),\s+"
    r"(?=(?:will\s+(?:lead|head|oversee|serve|join|manage|direct|run|support)|leads|heads|"
    r"oversees|manages|directs|runs|supports|is\s+responsible|joins|has\s+joined|"
    r"is\s+joining)\s)")
#: A clause after a listed "title" ("Jane Roe, Executive Vice President, will present data
#: in Ohio."): a sentence about the person, no title (its "and" goes on with one).
_PREDICATE_AFTER = re.compile(r",\s+(?!and\b|or\b)(?-i:[a-z])")
#: A paragraph that opens with a speaker ("Brian Goodman, CEO of Golden Matrix Group,
#: commented, “...”"): a quote, no list's item.
_SPOKEN = re.compile(r"[\"“”]|\b(?:said|says|commented|comments|added|adds|stated|states|"
                     r"noted|notes|explained|remarked|shared|continued)\b")
#: A quote after a list item's colon: a speaker, no item.
_QUOTE_NEXT = re.compile(r"\s*[\"“”]")
#: A dash between a listed person's standing and their title ("Founding Member – Head of").
_DASHED_ROLE = re.compile(r"\s[–—-]\s")
#: The most lines read between an announcement and its list's first item (a quote, a
#: paragraph of context), and the most items one list gives.
_BEFORE_LIST = 3
_MOST_ITEMS = 12
#: A paragraph break of a text run together: two spaces or more.
_PARAGRAPH_GAP = re.compile(r"\s{2,}")
#: The company a text's announcing sentence opens with ("ZenaTech, Inc. (Nasdaq: ZENA)
#: ..., today announces"): its leading capitalised words.
_OPENING_NAME = re.compile(r"^(?P<company>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9&])"
                           r"[\w.&'’\-]*){0,4}?)(?=\s*[,(]|\s+(?:today|has|have|is|announce))")


def listed_moves(text: str) -> list[LeadershipCandidate]:
    """The moves of a release that announces them, then lists the people: each listed
    person with their title, the change the announcement tells (a promotion, else a
    hire), at the company the text's first announcing sentence opens with ("" if none).
    A list is the lines after the announcement that each give a name and a title (a
    bullet, or a paragraph opening "Name, Title."), up to a line that is none; or lines
    of "Name – Title" alone, each with its paragraphs after it ("Jane Roe – Chief
    Financial Officer", then "Jane Roe has been ...")."""
    if ("\n" not in text and "  " not in text) or not _LIST_ANNOUNCED.search(text):
        return []
    # (a release whose paragraphs a feed or an archive ran together keeps their breaks as
    # runs of spaces: "... global expansion.  Eduardo Carrillo – President, Tax Division
    # Eduardo Carrillo has been ...")
    lines = [x.strip() for x in (text.splitlines() if "\n" in text else _PARAGRAPH_GAP.split(
        text)) if x.strip()]
    company = ""
    for line in lines:
        if "announc" in line.lower() and (opening := _OPENING_NAME.match(line)):
            company = opening.group("company")
            break
    out: list[LeadershipCandidate] = []
    seen: set[str] = set()
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if line.startswith("About ") or (announced := _LIST_ANNOUNCED.search(line)) is None:
            continue
        change = "promoted" if "promot" in announced.group(0).lower() else "joined"
        # (the company the list's line says they join, else the release's)
        joined = announced.group("joined") or ""
        at_company = joined if joined[:1].isupper() and person_name(joined) is None else company
        waited = items = 0
        headings = False  # the items so far each a line of its own, "Name – Title" alone
        while at < len(lines) and items < _MOST_ITEMS and not lines[at].startswith("About "):
            item = _LIST_ITEM_ACTING.match(lines[at]) or _LIST_ITEM.match(lines[at])
            # (a title is written capitalised; a speaker's colon opens a quote: "Phil
            # Hagerman, Forum Health CEO: “Mr. Whelan is ...”"; "Before Banner, he served")
            who = _a_person(item.group("person")) if item and item.group("title")[:1].isupper() \
                and not _SPOKEN.search(item.group("title")) and not _QUOTE_NEXT.match(
                    lines[at], item.end()) and not _PREDICATE_AFTER.search(
                    item.group("title")) else None
            if item is None or who != item.group("person"):
                if (items and not headings) or waited >= _BEFORE_LIST or (
                        item is None and _LIST_ANNOUNCED.search(lines[at])):
                    break  # (a line announcing its own list starts that list)
                # (a list of headings has each one's paragraph after it)
                waited += 1
                at += 1
                continue
            headings = (items == 0 or headings) and item.end() == len(lines[at]) and \
                _DASHED_ROLE.search(item.group(0)) is not None
            items += 1
            waited = 0
            at += 1
            title = item.group("title").strip()
            if (dashed := _DASHED_ROLE.search(title)) and not is_executive(
                    title[:dashed.start()]):
                title = title[dashed.end():]  # "Founding Member – Head of Originations"
            if who and who not in seen and (c := _move(
                    at_company, who, title, change, item.group(0))) is not None:
                seen.add(who)
                out.append(c)
    return out
