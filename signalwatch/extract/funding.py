"""Funding rounds from news and press items (pure).

Reads the headline first (news headlines state the round in one line), then the summary's
first sentences. Gives the *subject span* (the words naming the company that raised; the
matcher finds the account inside it), round, amount and currency, investors.

The investor may be the subject ("a16z backs Base Power in $200M round", "HTX Ventures
invests in Kelp DAO"): the company invested in is the round's. Not funding, by rule (each
a hard case in tests/data/signals and a unit test on made-up names): acquisitions and
mergers, a fund raising its own fund (or a firm named as an investor raising with no
round word), IPOs and IPO rumours, rounds only "in talks"/"aiming"/"trying"/"might",
layoffs, contracts, settlements and recoveries won for clients, patents and licences,
project financing, a listed company's offering, financing or placement, presales, a
grant its giver announces, an investor's own spending, lists and advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..match import common_words
from .caseless import Caseless
from .gates import Words
from .money import Money, find_money
from .places import place
from .text import CLAUSE_BEFORE_SUBJECT, LEAD_IN, drop_appositive, first_subject

ROUNDS = ("pre-seed", "seed", "pre-series a", "pre-series b", "pre-series c", "pre-series d",
          "pre-series e", "series a", "series b",
          "series c", "series d", "series e",
          "series f", "series g", "series h", "series i", "series j", "growth", "bridge",
          "debt", "grant", "convertible", "strategic", "unknown")

_VERBS = (r"raises|raised|raise|secures|secured|closes|closed|lands|landed|nabs|nabbed|"
          r"snaps up|snapped up|scoops up|scooped up|"
          r"bags|bagged|snags|snagged|gets|got|receives|received|picks up|picked up|"
          r"pull(?:s|ed) in|haul(?:s|ed) in|scores|scored|rake[sd] in|attract(?:s|ed)|"
          r"t(?:akes|ook) in|announces|announced|(?:is|are)\s+announcing|"
          r"completes|completed|banks|grab(?:s|bed)|taps|tapped|confirms|confirmed|cements|cemented|"
          r"locks down|locked down|nets|netted|(?:is\s+)?awarded|discloses|disclosed|"
          r"concludes|concluded|"
          r"wins(?=\s+(?:an?\s+|the\s+)?(?:[\w$.,’'\-]+\s+){0,5}?(?:grant|funding)\b)|"
          # "Agrofy adds $30m in Series C", "Mermade catches $3.3 million", "banked $140M":
          # verbs of money only before an amount
          r"(?:adds|added|books|booked)(?=\s+(?:an?\s+|another\s+)?(?:us|ca|a|s)?[$€£₹][\d.,]+\s?"
          r"(?:[mbk]n?|million|billion)?\s+(?:(?:[\w\-]+\s+){0,3}?(?:round|funding|seed|series|"
          r"investment|financing|fundraise)\b|at\s+(?:an?\s+)?(?:us)?[$€£₹][\d.,]+\s?"
          # ("Decart adds $32M at a $500M+ valuation": money taken at a valuation)
          r"(?:[mbk]n?|million|billion)?\+?\s+valuation\b))|"
          r"(?:catches|caught|banked|t(?:akes|ook)\s+on|finish(?:es|ed)\s+up(?:\s+its)?|"
          # "Agave ... finds $18M", "Blackbird gobbles up $50M", "Cynomi cinches $37M",
          # "Capsule captures $12M", "Foyer unlocks $6.2M", "Durin digs up $3.4M"
          r"finds|found|gobble[sd]\s+up|cinche[sd]|captur(?:es|ed)|unlock(?:s|ed)|"
          r"d(?:ig|ug)s?\s+up|dredge[sd]\s+up|"
          # "Youlify brought in $4.3 million", "Flow48 gathered $25 million"
          r"br(?:ings|ought)\s+in|gather(?:s|ed)|lock(?:s|ed)\s+in|"
          r"wrap(?:s|ped)\s+up(?:\s+its)?)(?=\s+(?:an?\s+)?(?:us|ca|a|s)?[$€£₹])|"
          r"(?:increases|raises|brings)\s+(?:its\s+)?total\s+"
          r"(?:funding|raised|investment)")
#: The first letters of every word the two patterns below can start at (the verbs of
#: _VERB_WORDS, and "has", "just", "reportedly", "officially", "now"): checked first, so
#: the long alternation is tried only at words that can open it (the search costs half).
_VERB_INITIALS = "abcdfghijklnoprstuw"  # ("adds", "catches", "banked" among them)
#: The same for _ANY_VERB, which also knows "valuation" and "valued at" (no verb of
#: _FUNDING_VERB starts so: its search is not widened).
_ANY_INITIALS = _VERB_INITIALS + "v"
_FUNDING_VERB = Caseless(
    rf"\b(?=[{_VERB_INITIALS}])(?<!\bto )(?<!\bto\s\s)"
    rf"(?:has |have |had |just |reportedly |officially |now )*"
    rf"(?P<verb>{_VERBS})\b")
#: Every way find_funding can read a round needs one of these words: a sentence without
#: any is skipped before the costlier patterns run (most sentences of a feed).
_ANY_VERB = Caseless(
    rf"\b(?=[{_ANY_INITIALS}])(?:{_VERBS}|raising|secure|joins?|joined|participat\w*|(?:co-)?(?:leads?|"
    rf"led|backs?|backed|"
    rf"invests?|invested|investment|inject(?:s|ed)?|pour(?:s|ed)?|"
    rf"puts?)|funding|round|series\s+[a-j]|seed|awards|approve[sd]|grant(?:s|ed)|"
    # "keeps on truckin' with $80M at $830M valuation" (_WITH_ROUND), "valued at $2B in new
    # funding" (_VALUED_IN_ROUND)
    rf"valuation|valued\s+at|stealth\s+with)\b")
#: Substrings of every verb _ANY_VERB knows (a superset, tested first because it is cheap).
_VERB_WORDS = ("rais", "secur", "clos", "land", "nab", "bag", "snag", "snap", "scoop", "add",
               "catch", "caught",
               "get", "got", "receiv", "award", "disclos", "wins", "conclud",
               "pick", "pull", "haul", "scor", "rake", "attract", "announc", "complet", "bank",
               "took in", "takes in", "took on", "takes on", "finish", "wrap",
               "grab", "lead", "led", "back", "invest", "inject", "pour", "put", "join",
               "particip", "funding", "round", "series", "seed", "tap", "confirm", "cement",
               "locks down", "locked down", "nets ", "netted", "total funding",
               "brings in", "brought in", "gather", "locks in", "locked in", "approv", "grant",
               "commenc", "kick", "valuation", "valued at", "finds ", "found ", "gobble",
               "stealth", "cinch", "captur", "unlock", "digs up", "dug up", "dredge")
#: The same words, each only at the start of a word as in _ANY_VERB ("together" holds no
#: "get"): one pass in C (extract/gates.py).
_VERB_WORDS_GATE = Words(_VERB_WORDS, word_start=True)
_LEADS_IN = re.compile(
    # ("... Led by 2 Board Members": a passive names the investors, and the subject raised)
    r"^(?P<investors>.+?)\s+(?:co-)?(?:leads?|led(?!\s+by\b)|backs?|backed(?!\s+by\b)|"
    r"invests?|invested|"
    r"injects?|injected|pours?|poured|puts?|joins?|joined|participates?\s+in|participated\s+in)\s+"
    r"(?P<rest>.+?)\s+(?:in|into|for)\s+(?P<subject>.+?)"
    # ("... into AI startup Scale AI and hired its CEO": a second predicate ends the name)
    r"(?:\s*[,:;—–-]\s+|\s+(?:to|as|amid|after|with|which|that|for)\s+|"
    r"\s+and\s+(?=(?-i:[a-z]+ed)\s)|$)",
    re.IGNORECASE)
#: "a16z backs Base Power in $200M round", "Tether backs Mansa in $10M seed round": the
#: company after the verb, the round after "in".
_BACKS_IN_ROUND = re.compile(
    r"^(?P<investors>.+?)\s+(?:co-)?(?:backs|backed|back|funds|funded|fund|leads|led|lead)\s+"
    r"(?P<subject>(?!(?:a|an|the|its)\s)[^,;]{2,80}?)\s+(?:in|with)\s+(?:a\s+|an\s+|its\s+|"
    r"their\s+)?(?P<rest>(?:[$€£]|US\$|CA\$)?[\d.,]*\s?(?:[mbk]n?|mln|million|billion)?\s*"
    r"(?:[\w\-]+\s+){0,2}?(?:round|funding|raise|seed|series\s+[a-j]|investment)\b.*)$",
    re.IGNORECASE)
#: "OmniRetail shakes up ... with $20M Series A", "Tabby doubles valuation ... in $160M
#: funding": a round named with its amount after "with" or "in".
_WITH_ROUND = re.compile(
    r"\s(?:with|in|after)\s+(?:a\s+|an\s+|its\s+|fresh\s+|new\s+)?(?P<rest>(?:[$€£]|US\$|"
    r"CA\$)\s?[\d.,]+\s?(?:[mbk]n?|mln|million|billion)?\s+(?:in\s+(?:new\s+|fresh\s+)?)?"
    r"(?:(?:pre-)?seed|series\s+[a-j]|funding|round|raise|financing|"
    # "keeps on truckin' with $80M at $830M valuation": money taken at a valuation
    r"at\s+(?:a\s+|an\s+)?(?:[$€£]|US\$)\s?[\d.,]+\s?(?:[mbk]n?|million|billion)?\+?"
    r"\s+valuation)\b.*)$", re.IGNORECASE)
#: A name of up to four capitalised words ("Valar Atomics", "AWS"): the patterns' company.
NAME_WORDS = r"(?-i:[A-Z0-9])[\w.&\-]*(?:\s+(?-i:[A-Z0-9])[\w.&\-]*){0,3}"
_STEALTH_OPENING = re.compile(
    r"^(?:Emerging|Coming\s+out|Launching|Stepping\s+out)\s+(?:of|from|out\s+of)\s+stealth\s+"
    rf"(?:\w+\s+)?with\s+(?P<money>[^,]{{3,80}}),\s+(?P<name>{NAME_WORDS})\s+"
    r"(?:is|was|has|will|plans|wants|aims|builds|makes)\b")
#: "Valar Atomics comes out of stealth with $19M and a pilot reactor site": a company's
#: first money, told with its debut (no round word needed).
_STEALTH_WITH_MONEY = re.compile(
    r"\s(?:out\s+of|from)\s+stealth\s+with\s+(?:a\s+|an\s+)?(?P<rest>(?:[$€£]|US\$|CA\$)\s?"
    r"[\d.,]+\s?(?:[mbk]n?|mln|million|billion)\b.*)$", re.IGNORECASE)
_VALUED_IN_ROUND = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3})\s+"
    r"(?:is\s+)?valued\s+at\s+(?:US)?[$€£₹][\d.,]+\s?(?i:[mbk]n?|million|billion)?\+?\s+"
    r"(?P<rest>in\s+(?:a\s+|its\s+)?(?:new\s+|fresh\s+|latest\s+)?(?:funding|round|"
    r"(?:funding|financing|investment)\s+round)\b.*)$")
#: A news headline's subject in sentence case: its leading name words, then a lower-case
#: verb ("OmniRetail shakes up ...", "AI insurtech Ominimo bags ...").
_LEAD_NAME = re.compile(
    r"^(?P<name>(?:[a-z][\w\-]*\s+){0,3}(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*)"
    r"{0,3})\s+(?=(?-i:[a-z]+s)\s)")
#: "Rerun's open source AI platform ... revs up with $17M seed": the platform's owner.
_OWNER = re.compile(r"^(?P<name>(?-i:[A-Z0-9])[\w.&\-]*(?:\s(?-i:[A-Z0-9])[\w.&\-]*){0,3})"
                    r"['’]s\s")
#: Substrings of the verbs an investor acts by (the patterns with the investor first).
_INVESTOR_VERB_WORDS = ("lead", "led", "back", "invest", "inject", "pour", "put", "join",
                        "particip", "fuels", "powers", "funds")
_INVESTOR_VERB_WORDS_GATE = Words(_INVESTOR_VERB_WORDS)
#: Where a company invested in is based, before its name ("in Bradenton, Fla.-based C&D
#: Industrial Maintenance"): an aside.
_BASED_ASIDE = (r"(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2},\s+(?-i:[A-Z])[\w.]*-based"
                r"\s+)?")
#: "HTX Ventures Invests in Kelp DAO to ...", "xAI to invest $300M in Telegram": a named
#: company invested in (not a plant, a project or a place).
_INVESTS_IN = re.compile(
    r"^(?P<investors>.+?)\s+(?:(?:invests|invested|has\s+invested|to\s+invest|will\s+invest)\s+"
    r"(?P<rest>(?:(?:an?\s+)?(?:additional\s+|another\s+)?(?:[$€£]|US\$)\s?[\d.,]+\s?"
    r"(?:[mbk]n?|mln|million|billion)?\s+)?)in(?:to)?|"
    # "Tumblr backs Tapestry, a timeline app ...", "has financially backed Tapestry, the ..."
    # (not "Backs Off", nor "Gold Backed Crypto Project": an adjective)
    r"(?:backs(?!\s+(?:off|down|away|out)\b)|(?:has|have|had)\s+(?:financially\s+)?backed"
    rf"(?!\s+by\b)))\s+{_BASED_ASIDE}(?P<subject>(?:(?:(?-i:[a-z][\w\-]*)\s+)"
    r"{0,4}?(?-i:startup|company|firm|maker|platform|provider|developer|brand|business|"
    r"marketplace|app|fintech|insurtech|proptech|lender|retailer)\s+)?"
    r"(?-i:[A-Z]|[a-z]{1,4}(?=[A-Z]))"
    r"[\w.&'’\- ]{0,60}?)"
    r"(?=\s+(?:to|as|for|amid|after|with|which|that|and)\s|\s*[,:;—–]|$)"
    r"(?!\s+(?:plant|facility|factory|project|site|campus|expansion|infrastructure|operations|"
    r"market|region|state|city)\b)", re.IGNORECASE)
#: A stake held, not an investment made, before "invested in": "as a shareholder
#: significantly invested in Ficus", "deeply invested in the outcome".
_A_STAKE = re.compile(r"\b(?:significantly|heavily|deeply|personally|emotionally|fully|"
                      r"substantially|highly|already)$")


def _invests_in(text: str) -> re.Match[str] | None:
    """_INVESTS_IN's match, unless its "investors" hold a stake rather than make an
    investment (_A_STAKE: "as a shareholder significantly invested in Ficus")."""
    m = _INVESTS_IN.match(text)
    return None if m is None or _A_STAKE.search(m.group("investors")) else m


#: "Cosmos Hub Approves $1 Million Grant to Dora Factory", "X Awards $500,000 in Funding
#: to Y": the giver first, the company that receives after "to".
_GRANT_TO = re.compile(
    r"^(?P<investors>.+?)\s+(?:awards|awarded|approves|approved|grants|granted|gives|"
    r"provides|extends)\s+(?P<rest>(?:an?\s+)?(?:(?:[$€£]|US\$)\s?[\d.,]+\s?"
    r"(?:[mbk]n?|mln|million|billion)?\s+)?(?:in\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:grant|funding|investment))\s+to\s+"
    r"(?P<subject>(?-i:[A-Z]|[a-z]{1,4}(?=[A-Z]))[\w.&'’\- ]{0,60}?)"
    r"(?=\s+(?:to|as|for|amid|after|with|which|that|and)\s|\s*[,:;—–]|$)", re.IGNORECASE)
#: Who receives a grant that is no company: "Grant to Freedom West Community Development
#: Corporation", "to Lincoln High School", "to the Museum of Flight".
_NOT_A_COMPANY = re.compile(r"(?i)\b(?:foundation|non-?profit|community\s+development|"
                            r"university|college|school|hospital|museum|library|church|"
                            r"clubs?|society|association|council|coalition|charit\w*)\b")
#: "Secures Full US$10M Investment in Tembo from Emirates Investment Office": the money
#: goes to the unit named after "in".
_CAMEL_FIRST = re.compile(r"[a-z]{1,6}[A-Z]")
#: What a company is before its name ("automated indoor farming startup ").
_DESCRIBED_FIRST = re.compile(r"^(?:(?:[a-z][\w\-]*|AI)\s+){0,4}?(?:startup|company|firm|maker|"
                              r"platform|provider|developer|brand|business|player|marketplace|"
                              r"app|fintech|insurtech|proptech|lender|retailer)\s+")
_INVESTMENT_IN_UNIT = re.compile(
    r"(?i)^\s*(?:full\s+|an?\s+)?(?:US|CA)?[$€£][\d.,]+\s*(?:[mbk]n?|mln|million|billion)?\s+"
    r"(?:strategic\s+)?investment\s+in(?:to)?\s+(?P<unit>(?-i:[A-Z0-9])[\w.&\- ]{1,40}?)\s+from\s")
#: "$10 Million Investment Secured! Hash AI Becomes ...": money, not a company, first.
_MONEY_FIRST = re.compile(r"^\s*(?:US)?[$€£]\s?\d")
#: "Poster Presentations, Upcoming Human Trials, Recently Secured Funding": a list's item.
_ADVERB_END = Caseless(r"(?i)\b(?:recently|previously|newly|already|once|last)$|"
                       # ("Their recently raised $2.5 million seed round will ...", "...,
                       # the recently secured funding ensures": a determiner, no name)
                       r"(?:^|\s)(?:the|their|its|his|her|our|an?)$")
#: A token or a coin raising, a cashtag ("via $TREAT"): crypto, no company's round.
_TOKEN_SUBJECT = Caseless(r"(?i)\b(?:token|coin|memecoin)$")  # ("Token Security" is a firm)
_CASHTAG = re.compile(r"(?<![\w$])\$(?-i:[A-Z]{2,10})\b")
#: "Industrial Automation Innovator Secures ...": what it is, not who.
_DESCRIBED_RAISER = re.compile(r"(?i)^(?:an?\s+)?(?:[a-z\-]+\s+){1,3}(?:innovator|pioneer|"
                               r"leader|provider|startup|developer)$")
#: "Safe Pro Group Inc. Price Target Raised to $12": an analyst's target, no money.
_PRICE_TARGET = re.compile(r"(?i)\bprice\s+target\b")
#: "Invests EUR 15 mn to Strengthen Position in the Hygiene Market": a market, no company.
_A_MARKET = re.compile(r"(?i)\b(?:market|markets|sector|industry|space|segment)$")
#: "in the Hygiene Market": a market after an article, no company ("The Fresh Market" is one).
_MARKET_PHRASE = re.compile(r"^(?:the|a|its|their)\s.*\b(?:market|markets|sector|industry|"
                            r"space|segment)$")
#: What one invests in that is an asset class, no company ("Invest in Crypto").
_ASSET_CLASS = re.compile(
    r"(?i)^(?:crypto(?:currenc(?:y|ies))?|bitcoin|ethereum|stocks?|bonds?|gold|silver|"
    r"real\s+estate|startups?|ai|uranium|equities|etfs?|private\s+(?:equity|credit|companies)|"
    r"infrastructure|commodities)$")
#: "X led the list with $50 million": first of a list, not an investor leading a round.
_LED_A_LIST = re.compile(r"(?i)(?:the|this)\s+(?:list|pack|chart|tally|segment|charge|way)\b")
#: A time after what money went into ("into Gold in Q1").
_WHEN_IN = re.compile(r"(?i)\s+(?:in|during)\s+(?:Q[1-4]|H[12]|\d{4})\b.*$")
#: Advisers hired to lead a raise, not investors: "Retains DelMorgan & Co. ... to Lead $40M".
_RETAINS = re.compile(r"(?i)\b(?:retains|engages|hires|appoints|taps)\b")
#: What money is "for" or "in" that is no company: "for Platform Upgrade", "for Global
#: Sports Expansion", "in CleanCore Solutions’ ... Treasury Framework".
_NOT_AN_INVESTEE = re.compile(r"(?i)\b(?:upgrade|expansion|development|growth|infrastructure|"
                              r"framework|strategy|treasury|program|programme|initiative|"
                              r"operations|efforts|assets)$|\b(?:upgrade|treasury|framework)\b|"
                              # a charity and a district: "Invests in Humane Society Silicon
                              # Valley", "Invests in Downtown Holland"
                              r"\b(?:humane\s+society|food\s+bank|animal\s+shelter|school\s+"
                              r"district|charit(?:y|ies))\b|^(?:downtown|uptown|midtown)\s|"
                              # a person backed: "Backs Local Miami Artist LCamero"
                              r"\b(?:artist|athlete|musician|author|player|candidate|student|"
                              r"filmmaker|creator|chef|team)\b")
#: The name after a description's last comma, a country's possessive before it ("...,
#: Estonia's Salv").
_NAME_AFTER_DESCRIPTION = re.compile(r",\s+(?:(?-i:[A-Z])[\w\-]+['’]s\s+)?(?P<name>(?-i:[A-Z0-9])"
                                     r"[\w.&\-]*(?:\s(?-i:[A-Z0-9])[\w.&\-]*){0,3})\s*$")
#: A subject that is a copular clause about something else ("The three-year credit line is
#: the second major lending vehicle Nubank").
_COPULA_FIRST = re.compile(r"(?i)^(?:the|this|that|it)\b[^,]{0,80}?\s(?:is|was)\s+(?:the|a|an)\s")
#: A subject that opens with the preposition of an investor's phrase.
_PREPOSITION_FIRST = re.compile(r"(?i)^(?:by|from)\s")
#: A charity event or campaign raising money ("Meals On Wheels Atlanta Golf Classic Raises
#: $130,000", "Walmart and Sam's Club Campaign Raises $378,000"): no company's round.
_BENEFIT_RAISER = Caseless(r"\b(?:golf\s+(?:classic|tournament|outing)|gala|campaign|"
                             r"fundraiser|telethon|radiothon|walk|5k|10k|marathon|ride|"
                             r"tournament|auction|luncheon|dinner|ball|appeal|giving\s+day|"
                             r"drive|nonprofit|non-profit|charity)$")
#: A wish or a call, not an investment made: "Trump Now Wants Retirement Funds to".
_WANTS_TO = re.compile(r"(?i)\b(?:wants?|urges?|calls\s+(?:on|for)|asks?|pushes|should|"
                       r"could|would)\b")
#: "Toyota has made its first investment into Interstellar", "Uber makes multimillion-
#: dollar investment in Nuro": a strategic investment, the company after "in".
_MAKES_INVESTMENT = re.compile(
    r"^(?P<investors>.+?)\s+(?:has\s+|have\s+)?(?:makes|made|announces|announced|completes|"
    r"completed)\s+(?:an?\s+|"
    r"its\s+|their\s+)?(?P<rest>(?:first\s+|strategic\s+|new\s+|minority\s+)*(?:[\w$\-.]+\s+)"
    r"{0,2}?investment)\s+(?:in|into)\s+"
    rf"{_BASED_ASIDE}(?P<subject>(?-i:[A-Z])[^,;]{{1,60}}?)"
    r"(?:\s*[,:;—–]\s*|\s+(?:to|as|amid|after|with|which|that|for)\s+|$)", re.IGNORECASE)
_LEADS_POSSESSIVE = re.compile(
    r"^(?P<investors>.+?)\s+(?:co-)?(?:leads?|led|backs?|fuels|powers|funds)\s+"
    r"(?P<subject>[A-Z][\w.&\- ]*?)['’]s\s+"
    r"(?P<rest>.*\b(?i:round|funding|raise|investment|series [a-j]|seed)\b.*)$")
_RUMOUR = Caseless(
    r"\b(?:in talks|talks to|in discussions|discussions to|aim(?:s|ing)? (?:for|to)|"
    r"seek(?:s|ing)?|looking to|trying to|hop(?:es|ing) to|plans? to raise|planning to|"
    r"is raising|are raising|could raise|set to raise|said to be|considering|mulls?|"
    r"eyes|eyeing|wants to raise|would raise|may raise|might raise|rumou?r)\b")
_ACQUISITION = Caseless(
    r"\b(?:acquires?|acquired|acquisition|acquiring|buys|bought|to buy|merges?|merger|"
    r"takeover|take over)\b")
_IPO = re.compile(r"\b(?:ipo|initial public offering|goes public|going public|spac|"
                  r"direct listing)\b", re.IGNORECASE)
#: Words that make a report of an event, not an announcement (any kind of signal).
REPORTED = re.compile(
    # (the first letters of the words below first: the alternation is tried at few words)
    r"(?:^report:\s)|\b(?=[rsacpiw])(?:reportedly|rumou?r(?:s|ed)?|"
    r"sources? (?:say|said|says|told|tell)|"
    r"(?:according to|citing|said|say) (?:unnamed |anonymous )?(?:sources|people|a person|"
    r"persons)|(?:people|persons?) (?:familiar|close|briefed|with knowledge)|"
    r"(?:according to|as per) (?:a |media |press |news )?reports?|"
    # "raised a reported $110M"
    r"a reported(?= (?:US)?[$€£₹])|"
    # "LangChain is raising a new round at about $1 billion valuation": not closed yet
    r"(?:is|are) raising(?= (?:a |an |its |their |new |fresh |(?:US)?[$€£₹]\d))|"
    r"(?:(?:is|are|was|were) )?said to (?:be|have)|in (?:early |advanced |final )?"
    r"(?:talks|discussions|negotiations) (?:to|with|for)|"
    # "Google revives talks to acquire Wiz": talks, not a deal
    r"(?:revives?|resumes?|restarts?|reopens?) (?:talks|discussions|negotiations) (?:to|with))\b",
    re.IGNORECASE)
#: A superset of the words REPORTED needs, one pass in C: most sentences have none, and
#: REPORTED is asked of every sentence by each reader (issue #13: extraction stays fast).
_REPORTED_GATE = Words(("report", "rumo", "source", "according", "citing", "said", "say",
                        "people", "person", "talks", "discussion", "negotiation",
                        "is raising", "are raising"))


def token_sale(text: str) -> bool:
    """Whether a sentence speaks of a token sale, presale, ICO or airdrop (no company's
    round: "DeFi Meme Token Raises Over $1.1 Million In Pre-sale")."""
    return (not text.isascii() or _TOKEN_SALE_WORDS.any(text.lower())) and \
        _TOKEN_SALE.search(text) is not None


def presale_told(text: str) -> bool:
    """Whether a text tells of its token presale or sale ("Join the presale", "Presale:
    https://..."): the money its headline tells is that sale's, no round."""
    low = text.lower()
    return ("sale" in low or "ico" in low or "ido" in low) and \
        _PRESALE.search(text) is not None


_PRESALE = re.compile(r"(?i)\b(?:pre-?sale|token\s+sale|ico|ido)\b")
#: Substrings every _TOKEN_SALE word holds (its cheap test first: it runs on every headline;
#: an ASCII text's lower case holds them wherever the case-folding pattern finds its words).
_TOKEN_SALE_WORDS = Words(("sale", "ico", "ido", "airdrop", "meme", "round"))


def reported(text: str) -> bool:
    """Whether a sentence tells of a report, not an announcement (REPORTED)."""
    return _REPORTED_GATE.any(text.lower()) and REPORTED.search(text) is not None


#: Reporting and intention words, set aside to read a rumoured round's company and terms.
_RUMOUR_WORDS = re.compile(
    # "is in discussions with top institutions to potentially secure": the talks and whom
    r"\b(?:is|are)\s+in\s+(?:early\s+|advanced\s+|final\s+)?(?:talks|discussions|"
    r"negotiations)\s+with\s+[^,.;]{2,80}?\s+to\s+(?:potentially\s+)?(?=raise|secure|close)|"
    r"(?:,\s*)?\b(?:(?:is|are|was|has|have) )?(?:reportedly|rumou?red(?: to be)?|"
    r"in (?:early |advanced |final )?(?:talks|discussions|negotiations) (?:to|for)|"
    r"(?:revives?|resumes?|restarts?|reopens?) (?:talks|discussions|negotiations) to|"
    r"(?:aim(?:s|ing)?|seek(?:s|ing)?|looking|trying|hop(?:es|ing)|plans?|planning|set|"
    r"wants?|expected|said) to(?: be)?|(?:is|are) (?=raising\b)|could|would|may|might|"
    r"(?:according to|citing) (?:unnamed |anonymous )?(?:sources|people|a person)"
    r"(?: familiar with [^,.;]*)?|sources? (?:say|said|says)|"
    r"(?<=\ba )reported(?= (?:US)?[$€£₹])|"
    r"(?:according to|as per) (?:a |media |press |news )?reports?(?: (?:first )?(?:filed |"
    r"published )?(?:by|in) [^,.;]*)?|"
    r"people (?:familiar|close|briefed) with [^,.;]*)\b", re.IGNORECASE)
#: What a company "secures" or "raises" that is no funding round a seller acts on: money
#: from customers or courts, listed-company securities offerings, token sales.
_NOT_A_ROUND = Caseless(
    r"\b(?:incubation|green\s+loans?|contracts?|orders?|purchase\s+orders?|settlements?|verdicts?|judgments?|awards?"
    r"\s+in|projects?\s+in|in\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:projects?|contracts?|orders?|"
    r"deals)|revenue|bookings|sales\s+of|sale\s+of|buyback|repurchase|"
    r"(?:registered\s+direct|public|secondary|at-the-market|convertible\s+notes?|notes|"
    r"preferred\s+stock|warrant|equity|direct)\s+offering|mou|memorandum\s+of\s+understanding|"
    r"(?:pre-?)?construction\s+loan|mortgage|financing\s+options|offering\s+of\s+(?:shares|units|notes)|"
    r"warrants?(?:\s+\w+)?\s+(?:exercise|inducement)|through\s+(?:a\s+)?warrant|"
    r"pre-?sale|token\s+sale|ico\b|ido\b|airdrop|preferred\s+equity|private\s+placement|"
    # ("its second funding phase taking place on Fjord Foundry": a public sale's phase)
    r"(?:funding|sale|investment)\s+phases?|"
    r"bought\s+deal|prospectus|patents?|(?:licen[cs]ing|distribution|supply|reseller)\s+"
    r"agreements?|recovery|recoveries|project\s+financing|refinanc\w*|senior\s+secured|"
    r"revolving|syndicated|offtake|price\s+target|restricted\s+stock|per\s+share|"
    r"humanitarian|royalty|stream(?:ing)?\s+agreement|loan\s+for|allocation|dividends?|"
    r"at-the-market|atm\s+(?:program|sales|offering)|continued\s+listing|hearings?\s+panel|"
    r"advertising|sponsorship|"
    # "a $1.8 billion financing indication from the Export-Import Bank": an intent to lend
    r"(?:financing|funding|loan)\s+indications?|letters?\s+of\s+interest|"
    # "Secures $31M Hotel Deal": a deal of some other kind
    r"[\d.,]+\s*(?:[mbk]n?|million|billion)?\s+(?!funding|financing|investment|equity|"
    r"venture|seed|series)[a-z][\w\-]*\s+deal|"
    r"(?:\d+(?:st|nd|rd|th))\s+(?:largest|"
    r"place|spot|position))\b")
#: Money raised for others or at a benefit, read past a purpose clause: "Day Center Funding
#: for New Participants", "Raises More Than $1 Million at Its ... Gala".
_NOT_A_ROUND_AFTER = Caseless(
    # "a US$100 million financing deal for a portfolio of U.S. community solar projects"
    r"\b(?:financing|funding|loan|investment)\s+(?:deal\s+|agreement\s+|package\s+)?for\s+"
    r"(?:a|the|its)\s+(?:portfolio\s+of\s+)?(?:[\w.\-]+\s+){0,4}?projects?\b|"
    r"\bfunding\s+for\s+(?:new\s+)?(?:participants|families|students|customers|"
    r"homeowners|patients|members|residents)\b|\bloan\s+for\s+(?:a\s+|the\s+|its\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:project|property|hotel|building|development|multifamily|"
    r"apartments?|homes?|community)\b|"
    # "Facility to Advance Montauban Project", "During 250-Mile Fundraising Ride", "on
    # Strong Stock Performance" (a listed company's sale of shares)
    r"\bto\s+(?:advance|fund|finance|develop|build)\s+(?:the\s+|its\s+|an?\s+)?(?:\S+\s+){0,4}?"
    r"project\b|\bloan\s+to\s+(?:develop|build|fund|finance)\b|\bfundraising\s+(?:ride|walk|run|event|gala|campaign|dinner)\b|"
    r"\bstock\s+performance\b|\bfinancing\s+(?:strategy|plan)\b|"
    # "raise equity, including offering up to $100 million in a common stock sale"
    r"\bcommon\s+stock\b|\b(?:stock|share)\s+sale\b|"
    r"\bfor\s+(?:a\s+)?(?:cause|charity|childhood\s+cancer|cancer\s+research|local\s+youth)\b|"
    # "Raises $378,000 for the Atlanta Community Food Bank": for a charity
    r"\bfor\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?(?:food\s+bank|humane\s+society|animal\s+"
    r"shelter|homeless\s+shelter|charit(?:y|ies))\b|"
    # "Raises $31,000 For Boys & Girls Clubs", "for St. Mary's Children's Hospital": for
    # those a charity serves
    r"\bfor(?<!software\sfor)(?<!platform\sfor)(?<!app\sfor)(?<!tools\sfor)"
    r"(?<!solutions\sfor)\s+(?!its\s|their\s|his\s|her\s)(?:the\s+|local\s+)?"
    r"(?:(?![\w'’&.\-]*ing\s|platform|app\s|tool|software)[\w'’&.\-]+\s+){0,3}?"
    r"(?:clubs?|hospitals?|schools?|"
    r"shelters?|veterans|families|children|kids|survivors|foundation)"
    r"(?:\s*$|\s*[,.;:!]|\s+(?:in|of|and|at)\b)|"
    # "Closes on Palladium Mesquite, a $36 Million Multifamily Community": real estate
    r"\bmultifamily\b|\bapartment\s+(?:complex|community)\b|\bsquare[- ]f(?:oo|ee)t\b|"
    r"\bat\s+(?:its|the|their|an?)\s+(?:\S+\s+){0,6}?"
    r"(?:gala|fundraiser|benefit|dinner|luncheon|telethon|auction|golf\s+(?:classic|tournament))\b")
#: Money a firm wins for someone else: "Secures $1.5 Million for Victim of Crash".
_FOR_CLIENT = re.compile(r"(?i)^\s*\S*\s*(?:[\w$.,]+\s+){0,3}for\s+(?:a\s+|the\s+|his\s+|her\s+|"
                         r"their\s+)?(?:victims?|clients?|famil(?:y|ies)|plaintiffs?|injured|"
                         r"widows?)\b")
_NOT_ANNOUNCED = re.compile(r"\b(?:might|may|could|would|considers|mulls)\s*$", re.IGNORECASE)
#: A purpose between the money and "in" ("Invests EUR 15 mn to Strengthen Position in the
#: Hygiene Market", "to expand data centers in Georgia"): the company's own spending.
_OWN_SPENDING = re.compile(r"\bto\s+[a-z]\w+\b", re.IGNORECASE)
_ROUND_NOUNS = frozenset(("financing", "funding", "round", "capital", "investment"))
#: A public body, whose grants are no company's round.
_PUBLIC_BODY = Caseless(r"\b(?:department|city|county|ministry|government|municipality|"
                          r"agency|authority|school\s+district|public\s+schools)\b")
#: A grant its giver announces ("Announces Prestigious Grant for Aspiring Professionals").
#: Also its recipients, winners or cycle, and a grant "supporting" or "benefiting" people
#: ("Announces Nationwide Grant Supporting Student Athletes", "Announces 27 ... Grant
#: Recipients").
_GRANT_GIVEN = re.compile(r"(?i)^\s*(?:an?\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?grants?\s+"
                          r"(?:(?:recipients|winners|cycle|applications|awardees)\b|"
                          r"(?:awards?\s+)?(?:program\s+)?(?:for|to|supporting|benefiting|"
                          r"honoring|helping)\s(?!its\s))")
#: Small patterns of the reading below, compiled once (extraction must stay fast).
_RELATIVE_END = Caseless(r"(?:,|^|\s)(?:which|who|that)(?:\s+(?:has|have|had))?\s*$",
                         re.IGNORECASE)
_ADVICE_OR_LIST = re.compile(r"(?i)\s*(?:how\s+)?to\s|(?:every|all|each)\s")
_COORDINATED = re.compile(r"(?:,|\band)\s*$")
#: "Tennr puts fax machines back in vogue ..., as it secures $18m": "it" is the first name.
_PRONOUN_END = Caseless(r"\b(?:as|and|while|after)\s+it\s*$", re.IGNORECASE)
#: A listed company (a ticker in brackets) and a placement of its shares.
_LISTED = re.compile(r"\((?:NASDAQ|NYSE|OTC\w*|TSX\w*|CSE|ASX|LSE|AIM|NEO|Cboe)\b[^)]*\)",
                     re.IGNORECASE)
#: What a listed company (a ticker in the headline) secures that is still a round a seller
#: acts on: a grant, a named series, an investment by a named investor, public
#: funding from a government body ("Funding from U.S. Department of Defense"). Its
#: facilities, sales, deals, offerings and bare "Secures $4.5 Million" are not.
_LISTED_ROUND = re.compile(
    r"(?i)\bgrants?\b|\b(?:dod|department|federal|government|agency)\s+awards?\b|\bseries\s+[a-j]\b|\bseed\b|\binvestments?\b|\bfunding\s+from\s+(?:the\s+)?"
    r"(?:u\.?s\.?\s+)?(?:department|dod|government|agency|ministry|federal|state|national)\b")
_EQUITY_PLACEMENT = re.compile(r"\bequity\s+investment\b|\bregistered\s+direct\b|\bpipe\b|"
                               r"\bfinancing\b|\bplacement\b|\bconvertible\s+(?:notes?|"
                               r"debentures?)\b",
                               re.IGNORECASE)
_NAME_THEN_APPOSITIVE = re.compile(r"^(?P<name>[^,]{2,60}),\s+(?:an?|the)\s")
_NEXT_PREDICATE = re.compile(r",\s+(?=[a-z]+s\s)|\s+and\s+(?=[a-z]+s\s)")
#: A second predicate in title case after a comma or "and" ("..., Signs Contract With X",
#: "... and Refinances Debt"): its news is not the round's.
_OTHER_PREDICATE = re.compile(
    r"(?:,|\s+and)\s+(?=(?:Signs|Secures|Lands|Refinances|Acquires|Launches|Expands|Opens|"
    r"Appoints|Names|Partners|Reports|Wins|Completes|Announces|Adds|Enters|Unveils|"
    r"Debuts|Introduces|Files|Receives|Achieves|Hires|Inks|Repays|Retires|Reduces|"
    r"Eliminates|Extends|Begins|Starts)\s)")
_IPO_LATE = re.compile(r"\bipo\b.{0,30}$", re.IGNORECASE)
#: An IPO right after the verb, or after the money ("raises $9 million from/in its IPO").
_IPO_NEXT = re.compile(r"\s*(?:(?:us)?[$€£]?\s?\d[\d.,]*\s*(?:million|billion|mn|bn|[mbk])?\s+"
                       r"(?:from|in|through|via|with)\s+)?(?:its|an|the|their)?\s*ipo\b",
                       re.IGNORECASE)
_ROUND_NOUN = re.compile(r"\bround\b", re.IGNORECASE)
_BACKER = re.compile(r"\bbacker\b", re.IGNORECASE)
_SECOND_DEAL = re.compile(r"\s+and\s+(?:secures|raises|lands|gets|adds|closes)\b")
_PURPOSE = re.compile(r"\s+(?:to|for|as|amid|after|with|led|from)\s")
_OPENER = re.compile(r"^(?:how|why|exclusive:|breaking:|report:)\s+", re.IGNORECASE)
#: A valuation as what was taken ("nabs $9.9B valuation"): no raise told.
_VALUATION_TAKEN = re.compile(r"(?i)^\s*(?:an?\s+)?(?:US|CA|A|S)?[$€£₹]\s?[\d.,]+\s?"
                              r"(?:[mbk]n?|million|billion)?\+?\s+valuation\b")
_VALUATION_AFTER = re.compile(r"\+?\s*valuation", re.IGNORECASE)
#: A token sale named before the verb ("X Reaches Final Presale Stage, Raises $4M").
_TOKEN_SALE = Caseless(r"(?i)\b(?=[ptiamc])(?:pre-?sale|token\s+sale|ico|ido|airdrop|meme\s+"
                       r"(?:token|coin)|memecoin|contribution\s+round|community\s+round|"
                       r"public\s+sale)\b")
_LAYOFFS = re.compile(r"\b(?:lay(?:s|ing)? off|layoffs?|cuts? (?:\d+ )?jobs|job cuts)\b",
                      re.IGNORECASE)
_FUND_OF_ITS_OWN = Caseless(
    r"\bfund\s+(?:[ivx]+|\d+)\b|\bfor\s+(?:a\s+|its\s+|the\s+)?(?:new\s+)?(?:[\w\-]+\s+){0,3}?"
    r"fund\b|(?:\b(?:new|first|second|third|fourth|fifth|debut|flagship|"
    r"early-stage|seed-stage|growth-stage|venture|opportunity|continuation|evergreen|"
    r"\w+-focused|its|their|a)|\$[\d.,]+\s?[mb]\w*)\s+fund\b|\bfirst close\b|\bfinal close\b|"
    r"\blimited partners\b|\blps\b", re.IGNORECASE)
def _own_fund(text: str) -> bool:
    """Whether the money is the investor's own fund (_FUND_OF_ITS_OWN), tried only where
    one of its words is (the pattern is costly and most sentences have none)."""
    low = text.lower()
    return ("fund" in low or "close" in low or "partners" in low or "lps" in low) and \
        _FUND_OF_ITS_OWN.search(text) is not None


_INVESTOR_SUBJECT = re.compile(
    # "early-stage fund Felicis", "VC firm Lux": the investor named after what it is
    r"\b(?:fund|vc|vc\s+firm|venture\s+firm|investment\s+firm|investor)\s+(?-i:[A-Z])[\w&.\-]*"
    r"(?:\s(?-i:[A-Z])[\w&.\-]*){0,2}$|"
    r"\b(?:ventures|capital|partners|vc|vcs|investors?|backer|fund|accelerator|"
    r"y combinator|techstars|a16z|andreessen horowitz|sequoia)\s*$", re.IGNORECASE)
_ROUND = re.compile(
    r"\b(?P<round>pre[- ]seed(?:ing)?|seed|pre[- ]series\s+(?P<pre_letter>[a-e])\b|"
    r"series[\s-]+(?P<letter>[a-j])\b|(?-i:(?P<bare_letter>[A-J]))\s+round\b|growth[- ]stage|"
    # "growth capital", not "to support growth"
    r"growth(?=\s+(?:round|funding|financing|equity|capital|investment))|"
    r"bridge|debt|venture debt|credit facility|grant|convertible(?: note)?|strategic|"
    r"mezzanine|late[- ]stage|extension)\b", re.IGNORECASE)
#: A kind of round's word that names none before another noun: "a strategic
#: collaboration", "a strategic partnership" (not "a strategic investment").
_NO_ROUND_NAMED = re.compile(r"(?i)strategic\s+(?!(?:rounds?|funding|financing|investments?|"
                             r"capital|raises?|backing|equity|investors?)\b)[a-z]")
#: Where an announcement's object ends: "a strategic collaboration | to launch ...".
_OBJECT_END = re.compile(r"\s+(?:to|with|for|that|which|between|among)\s|,\s")
#: An announcement's "that" clause before its object: "announced that it has secured".
_THAT_FIRST = re.compile(r"(?i)^\s*that\s+(?:it\s+|they\s+|the\s+company\s+)?(?:has\s+|have\s+|"
                         r"had\s+)?")
_ROUND_WORD = re.compile(r"\b(?:round|funding|financing|investment|capital|raise|fundraise|"
                         r"cash|backing|equity)\b", re.IGNORECASE)
_VALUATION = re.compile(r"(?:at|valuation of|valued at|worth|on|valuations?\s+to\s+"
                        r"(?:over|more\s+than|nearly|about)?)\s+(?:an?\s+)?$",
                        re.IGNORECASE)
_INVESTORS = Caseless(
    r"\b(?:led by|co-led by|from|backed by|with participation from|participation from|"
    r"including|joined by|investors? (?:including|such as))\s+(?P<names>.+?)"
    r"(?=\s+(?:to|as|for|at|in|amid|after|which|that|with participation|while|valuing)\b|"
    r"[.;:—–(]|,\s+(?:a|an|the|which|who|bringing|valuing|says?|sources)\b|$)")
_SPLIT_NAMES = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*(?=[A-Z])|;\s*")


@dataclass(frozen=True)
class FundingCandidate:
    """A funding round found in one piece of text."""

    #: Words naming the company that raised (the matcher resolves them).
    subject: str
    round: str
    amount: float | None
    currency: str | None
    investors: tuple[str, ...]
    #: The sentence that proves it.
    sentence: str
    #: Reported, not announced ("in talks to raise", "reportedly", "sources say"): kept as a
    #: low-confidence signal that shows in digests and never alerts on its own.
    rumour: bool = False


def _round(text: str) -> str:
    m = _ROUND.search(text)
    if not m:
        # "A and B received grants during the week": grants received, no other round
        return "grant" if _GRANTS_TAKEN.match(text) else "unknown"
    word = m.group("round").lower().replace("-", " ")
    if m.group("pre_letter"):
        return f"pre-series {m.group('pre_letter').lower()}"
    if m.group("letter") or m.group("bare_letter"):
        return f"series {(m.group('letter') or m.group('bare_letter')).lower()}"
    if word.startswith("pre"):
        return "pre-seed"
    if word.startswith("growth") or word in ("late stage", "mezzanine"):
        return "growth"
    if word in ("venture debt", "credit facility", "debt"):
        return "debt"
    if word.startswith("convertible"):
        return "convertible"
    if word == "extension":
        # "a $110 million extension to its Series B round": the round extended
        return _round(text[m.end():]) if _ROUND.search(text, m.end()) else "unknown"
    if word == "grants":
        return "grant"
    return word


#: An investor named after "from" or "led by" ("from Metals Acquisition"): a name, whatever
#: its words.
_NAMED_INVESTOR = re.compile(r"\b(?:from|(?:co-)?led\s+by|backed\s+by)(?:\s+(?-i:[A-Z0-9])"
                             r"[\w.&'’\-]*)+", re.IGNORECASE)
#: An amount of money first, and the words after it (the start of the two patterns below).
_AMOUNT_THEN = r"(?i)\s*(?:US|CA|A|S)?[$€£₹]\s?[\d.,]+\s?(?:[mbk]n?|mln|million|billion)?\s+"
#: "Announces $1.5M Raised after ...": money announced as raised.
_MONEY_RAISED = re.compile(_AMOUNT_THEN + r"(?:raised|in\s+(?:new\s+)?(?:funding|financing))\b")
_GRANTS_TAKEN = re.compile(r"\s*grants\b", re.IGNORECASE)
#: Money a lender or a dealer closed in its business, not raised: "closed $446 million across
#: 11 loans", "closed $2 billion in transactions".
_MONEY_DEPLOYED = re.compile(_AMOUNT_THEN + r"(?:in|across|of)\s+(?:\d+\s+|[a-z]+\s+)?(?:new\s+)?"
                             r"(?:loans?|lending|transactions?|deals?|originations?|financings?|"
                             r"acquisitions?|sales|orders|bookings|contracts?|leases?)\b")
#: "closed its Series A funding round at $22 million": the round's size after "at".
_ROUND_AT = re.compile(r"(?i)\b(?:round|funding|financing|raise)\s+at\s+$")


#: The round named in a phrase before the subject: "In its Series D round, Capillary raised
#: US$95 million", "As part of a seed round, Acme secured $2M".
_ROUND_PHRASE_FIRST = re.compile(
    r"(?i)^\s*(?:in|as\s+part\s+of|through|via|with)\s+(?:its|a|an|the|their|this|that)\s+"
    r"(?P<round>(?:[\w\-]+\s+){0,3}?(?:round|funding|financing|raise))\b[^,]{0,40},\s")
#: "bringing its total funding to", "bringing total credit facilities to": a total follows.
_TOTAL_BEFORE = re.compile(r"(?i)\bbringing\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,3}?"
                           r"(?:total|cumulative|overall)\b[^$€£₹]{0,40}?\bto\s+(?:about\s+|over\s+|"
                           r"more\s+than\s+|nearly\s+)?(?:US|CA|A|S)?$")
#: Less than this is no round's amount: a scale was left out ("$111.5 in its Series B").
_LEAST_ROUND = 1000


def _amount(text: str) -> Money | None:
    """The round's amount: the first money in ``text`` that is not a valuation, nor a sum
    no round has ("raising $111.5 in its Series B": the scale left out)."""
    for money in find_money(text):
        if money.amount < _LEAST_ROUND or _TOTAL_BEFORE.search(text[:money.start]):
            continue  # (", bringing total credit facilities to $800mn": a total)
        before = text[max(0, money.start - 25):money.start]
        after = text[money.end:money.end + 12]
        if (_VALUATION.search(before) and not _ROUND_AT.search(before)) or \
                _VALUATION_AFTER.match(after):
            continue
        return money
    return None


def _investors(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for m in _INVESTORS.finditer(text):
        for part in _SPLIT_NAMES.split(m.group("names")):
            part = _LEADING_FILLER.sub("", part).strip(" ,.")
            if part and part[0].isupper() and len(part) <= 60 and not find_money(part) \
                    and part.lower() not in ("others", "more") and part not in names:
                names.append(part)
    return tuple(names)


#: A list or a count of companies, not one ("19 US fintech startups", "Here are the 19 US
#: AI startups that").
_NOT_ONE_COMPANY = re.compile(
    r"(?i)^(?:here\s+(?:are|is)\s+)?(?:the\s+|these\s+)?(?:\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens?\s+of|several|many)\s+(?:\w+\s+){0,3}(?:startups|companies|"
    r"firms|businesses|brands|unicorns|schools|organi[sz]ations|nonprofits|charities|teams)\b|"
    # "– and attracted funding": a conjunction, no subject; "Startups": a kind, no name
    r"^(?:and|but|or|&|startups|companies|firms|businesses|brands)$|"
    # "AI startups attracted 25% of Europe's VC funding": a kind of company, plural
    r"(?-i:\b(?:startups|companies|firms|businesses|brands|unicorns|ventures))$")
_FOUNDED_BY = Caseless(r",?\s+(?:founded|co-founded|backed|started|built|run|led)\s+by\s",
                       re.IGNORECASE)


def _is_name_word(word: str) -> bool:
    """A word that can be part of a company's name: capitalised or camel-cased, not a
    short all-caps acronym such as "AI" or "US"."""
    letters = word.strip(",.;:()\"'“”")
    return any(c.isupper() for c in letters) and not (letters.isupper() and len(letters) <= 3)


def names_a_company(phrase: str) -> bool:
    """Whether a phrase holds a name (before any appositive): one capitalised word
    ("Fabrikam", "Arcade, an AI agent startup"), or a name word
    after the first (a headline's first word is capitalised whatever it is: "Payroll tool
    for clinics" names no one), or a first word cased like a name ("eBay", "OpenAI")."""
    if "," in phrase:  # "Arcade, an AI agent startup": the name before its appositive
        phrase = phrase.split(",", 1)[0]
    words = phrase.split()
    if len(words) <= 1:
        return bool(words) and _is_name_word(words[0])
    first = words[0].strip(",.;:()\"'“”")
    return any(_is_name_word(w) for w in words[1:]) or (
        any(c.isupper() for c in first[1:]) and not (first.isupper() and len(first) <= 3))


def _clean_subject(subject: str) -> str:
    subject = _OPENER.sub("", subject.strip())
    # "As account-to-account payments startups falter, Volume": a clause before the subject
    if "," in subject:
        subject = CLAUSE_BEFORE_SUBJECT.sub("", subject)
    if " on " in subject or "day" in subject or "week" in subject:
        # "Moglix on Monday": when, not who (before the first predicate is sought: "MDH
        # Partners today" holds no verb "partners")
        subject = _WHEN_AFTER.sub("", subject)
    # "X advances its project, raises £2M": the subject of the first predicate
    subject = first_subject(subject)
    # "SuperCloud Global Holdings, Inc. & Subsidiary SuperCloud International, Inc.": the
    # parent; "STYLE Protocol building to empower Gamers": the name before a participle
    subject = _AND_UNIT.split(subject, maxsplit=1)[0]
    subject = _HYPHEN_DESCRIPTOR.sub("", subject)
    # "420 with CNW — OHSU": a column's name before a dash; "a startup called Swap — which
    # is building tools ... — is announcing": a parenthesis between two
    if " — " in subject or " – " in subject:
        closed = subject.rstrip().endswith(("—", "–"))
        parts = _SPACED_DASH.split(subject.rstrip(" —–"))
        subject = parts[0] if closed else parts[-1]
    if ":" not in subject and (m := _NAME_THEN_PARTICIPLE.match(subject)):
        subject = m.group("name")
    if " on " in subject or "day" in subject or "week" in subject:
        subject = _WHEN_AFTER.sub("", subject)  # "Moglix on Monday": when, not who
    # "Digiplex also", "SpaceFields each", "K Fund (Spain)": the name without them
    if subject.endswith(")") or subject.rpartition(" ")[2] in _TRAILING_SET:
        subject = _TRAILING_WORDS.sub("", subject)
        if " on " in subject or "day" in subject:
            subject = _WHEN_AFTER.sub("", subject)  # ("The company on Thursday said it")
    # "Once Upon a Farm in the US", "Arkeon Biotechnologies of Vienna, Austria": a place
    # after the name; "Happy Viking superfood brand": what it is after the name
    if (" in " in subject or " of " in subject or " from " in subject) and (
            at := _PLACE_AFTER.search(subject)) and place(at.group("place")) and not (
            at.group("prep") != "in" and _OF_PLACE_NAME.search(subject[:at.start()])):
        subject = subject[:at.start()]  # (not "The Bank of London", "University of Utah")
    if subject.endswith(_KINDS) and (kind := _KIND_AFTER.search(subject)) and \
            _NAMED_BEFORE.search(subject[:kind.start()]):
        subject = subject[:kind.start()]
    if ("'s " in subject or "’s " in subject) and (owner := _OWNERS_THING.match(subject)):
        subject = owner.group("name")  # "AllSpice's platform has ... and just raised"
    if " called " in subject and (called := _CALLED.search(subject)):
        subject = called.group("name")  # "today a startup called Cynomi is announcing"
    return subject.strip(" ,:;—–-\"'“”‘’")


#: A company introduced by its name: "a London-founded startup called Swap".
_CALLED = re.compile(r"\b(?:startup|company|firm|maker|platform)\s+called\s+"
                     rf"(?P<name>{NAME_WORDS})$")
#: A company's product named in lower case: "AllSpice's platform" (its parent, rival or
#: investor is another company).
_OWNERS_THING = re.compile(rf"^(?P<name>{NAME_WORDS})"
                           r"['’]s\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}(?-i:platform|app|software|"
                           r"product|tool|service|network|marketplace|technology)$")


_OF_PLACE_NAME = re.compile(r"(?i)\b(?:bank|university|college|institute|museum|school|port|"
                            r"city|state|republic|society|council|hospital|church|district|county|"
                            r"government|kingdom|commonwealth|province|club|exchange)$")
_PLACE_AFTER = re.compile(r"\s+(?P<prep>in|of|from)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w.]*"
                          r"(?:,?\s+(?-i:[A-Z])[\w.]*){0,3})$")
_KINDS = ("brand", "startup", "company", "firm", "platform", "maker")
_KIND_AFTER = re.compile(r"(?<=[A-Za-z0-9])\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}(?-i:brand|startup|"
                         r"company|firm|platform|maker)$")
#: A name before what it is (not "The company": a determiner names no one).
_NAMED_BEFORE = re.compile(r"^(?-i:[A-Z0-9])(?=[\w.&'’\-]*[a-z])[\w.&'’\-]*(?<!^The)(?<!^An)"
                           r"(?<!^This)(?<!^Its)(?<!['’]s)$|\s(?-i:[A-Z0-9])(?=[\w.&'’\-]*[a-z])"
                           r"[\w.&'’\-]*(?<!['’]s)$")
_TRAILING_SET = frozenset(("also", "too", "now", "each", "both", "all", "together", "jointly",
                           "collectively", "will", "would", "could", "may", "might", "it",
                           "recently", "just", "was", "were", "been", "successfully",
                           "finally", "officially"))
#: ("Novoloop recently raised a $21 million Series B": the news, in lower case; "...,
#: Recently Secured Funding" in a title's list is no one's, "previously" is history)
_TRAILING_WORDS = re.compile(r"(?:\s+(?-i:also|too|now|each|both|all|together|jointly|"
                             r"collectively|will|would|could|may|might|recently|just|"
                             # "Ficus has successfully (raised ...)": the adverb and its
                             # auxiliary
                             r"successfully|finally|officially|has|have|had)|"
                             # "Ficus was (awarded $2 million ...)": a passive's auxiliary
                             r"\s+(?-i:was|were|(?:has|have|had)\s+been)|"
                             # "Fintech major Razorpay said it (has raised)"
                             r"\s+(?-i:said|says|claims|claimed)(?:\s+that)?\s+it|\s*\((?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?\))+$")
#: A time after the subject ("Moglix, on Monday, announced", "Acme this week raised").
_WHEN_AFTER = re.compile(
    r"(?i),?\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
    r"(?:this|last|earlier\s+this)\s+(?:week|month|year))\s*,?$")


#: "AI-Driven YouMatch App", "AAPI-Owned Three Ships Beauty": a hyphenated descriptor before
#: the name.
_HYPHEN_DESCRIPTOR = re.compile(r"^(?:[\w.]+-(?:driven|powered|based|owned|backed|led|"
                                r"focused|native|first))\s+(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
_AND_UNIT = Caseless(r"\s*(?:&|and)\s+(?:its\s+)?(?:wholly[- ]owned\s+)?subsidiary\b",
                     re.IGNORECASE)
_NAME_THEN_PARTICIPLE = re.compile(r"^(?P<name>(?:(?-i:[A-Z0-9])\S*\s+){1,5}?)"
                                   r"(?-i:[a-z]+ing)\s+to\s")


#: An appositive after the subject that runs to the round's verb, closed by a comma or not.
_APPOSITIVE_TO_VERB = re.compile(
    # (not through ", and B": "Both A, a brand, and B, a company, secured" lists two)
    # (nor a relative clause's verb: "Truth Terminal, the AI bot that secured $50,000")
    r"^(?P<name>[^,]{2,60}),\s+(?:the|a|an)\s+(?:(?!,\s+and\s+(?-i:[A-Z]))[^.;()]){3,160}?"
    r"(?<!\bthat)(?<!\bwhich)(?<!\bwho),?\s+"
    r"(?=(?:has\s+|have\s+|just\s+)?"
    r"(?:raised|raises|secured|secures|closed|closes|bagged|bags|landed|lands|received|receives|"
    r"nabbed|nabs|snagged|snags|picked\s+up|picks\s+up)\s+(?:an?\s+|its\s+)?(?:US|CA|A|S|Rs\.?\s?|"
    r"INR\s?|USD\s?|EUR\s?)?[$€£₹]?\s?\d)")
#: A country's flag after a name ("Stori 🇲🇽 raises"): regional indicator pairs, no part of
#: any name (newsletters of several countries mark each company so).
_FLAGS = re.compile("\\s*[\U0001F1E6-\U0001F1FF]{2}")
#: Every round a sentence states has money or a word for it (checked on lower case).
_MONEY_OR_ROUND = re.compile(
    r"[$€£₹¥]|\d\s?(?:[mbk]n?|mln|million|billion|crore|cr|lakh)\b|\b(?:usd|eur|gbp|inr|rs\.?)"
    r"\s?\d|round|fund|financ|invest|capital|rais|seed|series|grant|equity|cash|backing|"
    r"backs|backed|stake|injection")


#: The words of _MONEY_OR_ROUND whose presence alone answers it (one pass in C: most
#: sentences a round could be read from hold one).
_MONEY_OR_ROUND_WORDS = Words(("$", "€", "£", "₹", "¥", "round", "fund", "financ", "invest",
                               "capital", "rais", "seed", "series", "grant", "equity", "cash",
                               "backing", "backs", "backed", "stake", "injection"))


def money_or_round(low: str) -> bool:
    """Whether a lower-cased sentence holds money or a word for a round (_MONEY_OR_ROUND)."""
    return _MONEY_OR_ROUND_WORDS.any(low) or _MONEY_OR_ROUND.search(low) is not None


def find_funding(sentence: str) -> FundingCandidate | None:
    """One funding round in one sentence (a headline, or a sentence of a release). A
    reported or intended round ("reportedly in talks to raise", "..., sources say") is read
    with the reporting words set aside and comes back marked as a rumour."""
    found = _funding_in(sentence)
    if found is None and "$" in sentence and (told := _NAME_VERB_MONEY.match(sentence)) and \
            told.group("verb").lower() not in _NOT_MONEY_GOT and \
            names_a_company(told.group("name")) and not _NOT_A_ROUND.holds(
                sentence[told.end("money"):told.end("money") + 80]):
        # "Cynomi cinches $37M for its AI-based 'virtual CISO'", "Grand Games ... drinks up
        # $30M": a company, a verb of its own, money, then what the money is for (verbs of
        # money spent, lost, sought or counted are no round; _NOT_MONEY_GOT)
        found = _funding_in(f"{told.group('name')} raises {told.group('money')}"
                            f"{sentence[told.end('money'):]}")
        found = replace(found, sentence=sentence) if found is not None else None
    return found


def _funding_in(sentence: str) -> FundingCandidate | None:
    """find_funding's reading by the verbs and forms it knows."""
    low = sentence.lower()
    noun_phrase = ("'s " in low or "’s " in low or "s' " in low or "s’ " in low) and \
        _POSSESSIVE_ROUND.match(sentence.strip())
    if not noun_phrase and not _VERB_WORDS_GATE.any(low):
        return None  # no verb a round could be read from (checked as plain substrings)
    if not money_or_round(low):
        return None  # neither money nor a word for it: no round (most sentences of a feed)
    if "gross proceeds" in low:
        # "raised gross proceeds of $5 million", "for aggregate gross proceeds of ...": the
        # words of a securities offering (a listed company's placement or offering), which
        # is no venture round
        return None
    said = " ".join((sentence if sentence.isascii() else _FLAGS.sub("", sentence)).split())
    # (each rewrite below runs only where a cheap substring test says it can apply: most
    # sentences need none, and extraction must stay fast, issue #13)
    base = LEAD_IN.sub("", said) if ":" in said[:30] else said
    if " to " in base and any(w in low for w in _GLAD_WORDS) and (
            glad := _GLAD_TO_ANNOUNCE.search(base)) is not None:
        # "Ficus is pleased to announce the closing of its $5 million seed round", "... is
        # excited to announce that it has raised": a release's way of saying "announces"
        # (its own pronoun dropped: "Ficus has raised")
        # (the pronoun ends the match: "Ficus" and what follows it are the sentence)
        verb = " " if glad.group("own") else " announces "
        base = f"{base[:glad.start()]}{verb}{base[glad.end():]}"
    if base.startswith(("Emerging", "Coming out", "Launching", "Stepping out")) and (
            out_of := _STEALTH_OPENING.match(base)):
        # "Emerging from stealth today with $4 million in funding, ConfigHub is the ...":
        # the company the clause is about is named after it
        base = f"{out_of.group('name')} emerges from stealth with {out_of.group('money')}"
    # "Talon.One, a German company offering promotions, loyalty, and gamification platform,
    # raised", "Rubix, a tech startup raised": the appositive runs to the verb
    opened = _APPOSITIVE_TO_VERB.match(base) if (
        ", a " in base or ", an " in base or ", the " in base) else None
    text = f"{opened.group('name')} {base[opened.end():]}" if opened else drop_appositive(base)
    # "Float Financial, which aims to be the Brex of Canada, lands ...": the relative
    # clause is no part of the subject; "After raising $1 billion, fintech Varo closes
    # another $29 million": nor is a clause before it
    if ", which " in text or ", who " in text:
        text = _RELATIVE.sub(r"\g<name> ", text, count=1)
    if ("past " in low or "last " in low or "previous " in low) and (
            span := _SPAN_OF_PAST.search(text)) is not None and (
            span.start() == 0 or _MONEY_BEFORE_SPAN.search(text, 0, span.start())) and \
            not _STAGE_NAMED.search(text):
        # "In the last twelve months, AELF secured financing with several new lending
        # partners", "has raised $40 million over the past three years": a period's
        # financings, no one round (unless it names its stage: "In the past year, Ficus
        # raised a $20 million Series A")
        return None
    if "," in text and text[:1] in "AFDWTEadwte" and \
            (before := CLAUSE_BEFORE_SUBJECT.match(text)) and \
            not money_or_round(before.group(0).lower()):
        # (a clause that tells the round, "As part of a seed round, X secured $2M", is read)
        text = text[before.end():]
    if "," in text and text[:1] in "ETLOIDetloid":
        text = _WHEN_FIRST.sub("", text, count=1)  # "Earlier this week, Script Rock ..."
    if "," in text and text[:1] in "AaSs":
        text = _SOURCE_CLAUSE.sub("", text, count=1)
    # "Vibe coding helps Supabase nab $200M": the company helped is the one that raises
    if "help" in text:
        text = _HELPS.sub(lambda m: f"{m.group('name')} {m.group('verb')}s", text, count=1)
    if not text or (("lay" in low or "cut" in low) and _LAYOFFS.search(text)) or \
            not (noun_phrase or _ANY_VERB.holds(text)):
        return None
    if low.startswith("founded in ") and _FOUNDED_THEN_RAISED.match(said) and \
            not _ROUND_KIND_OR_NOW.search(said):
        return None  # "Founded in 2018, Nate raised over $50 million from ...": its history
    if ("over " in low or ("raised" in low and any(w in low for w in (
            "to date", "so far", "since", "at least", "total", "prior", "previous")))) and (
            total := _CUMULATIVE.search(text)) and not _ROUND_AFTER_TOTAL.match(
            text[total.end():]):
        return None  # "over its five years, BlockFi raised at least $1.4B": a total, no round
    # a report in a clause of its own ("Kalshi closes $185M round as rival Polymarket
    # reportedly seeks $200M", "... a series G round that reportedly increased its
    # valuation") leaves the main clause an announcement
    # (a quoted phrase reads as its words: "is in “advanced discussions with ...” to raise")
    told = text.replace("“", "").replace("”", "") if "“" in text else text
    if reported(told) and REPORTED.search(_REPORTED_VALUATION.sub("", _CLAUSE_AFTER.split(
            told, maxsplit=1)[0])):
        plain = " ".join(_RUMOUR_WORDS.sub(" ", told).split()).replace(" raising ", " raises ")
        for verb, third in _TO_THIRD.items():  # "in talks to secure $200M"
            plain = plain.replace(verb, third)
        found = _find_funding(plain) if plain else None
        return replace(found, sentence=said, rumour=True) if found else None
    if _BEFORE_FIRST.match(text):
        # "Prior to Reigning Champs, Luke co-founded, raised growth capital from Kleiner
        # Perkins and scaled RMG Networks": a career told, what came before
        return None
    if (opening := _TIME_CLAUSE_FIRST.match(text)) and not money_or_round(
            text[opening.end():].lower()):
        # "Just a few weeks after chipmaker Tenstorrent raised nearly $700 million,
        # developers can now try ...": a round told as the time of other news
        return None
    found = _find_funding(text)
    if found is None and (later := _AS_CLAUSE.search(text)):
        # "Yet another robotics firm lands funding, as Dexterity closes latest round"
        found = _find_funding(later.group("clause"))
    return replace(found, sentence=said) if found else None


#: "also secured funds this week", "raised fresh funds": money, its size untold.
_FUNDS_TAKEN = re.compile(r"(?i)\s*(?:(?:fresh|new|undisclosed|additional)\s+)?funds\b"
                          r"(?!\s+(?:for|to)\s)|"
                          # "Raises New Capital to Help Platforms ...": capital raised;
                          # "Raises Fresh Equity"; "Graphite raises cash", "Volume raises
                          # fresh cash"
                          r"\s*(?:fresh|new|additional)\s+(?:capital|equity)\b|"
                          r"\s*(?:(?:fresh|new|more|additional)\s+)?cash\b")
#: "attracted substantial investments", "attracts fresh capital": money, its size untold.
_ATTRACTED = re.compile(r"(?i)\s*(?:\w+\s+){0,2}?(?:investments?|funding|capital|investors?)\b")
#: Interest shown is no money taken: "has attracted considerable interest from major mining
#: companies for potential joint ventures or strategic investments", "received strong
#: investor interest" (not "interest-free loans").
_INTEREST_SHOWN = re.compile(r"(?i)\s*(?:[\w\-]+\s+){0,3}?interests?\b(?![\-‐])")
#: Money raised over a company's life, not a round: "over its five years of operations,
#: X raised at least $1.4 billion", "has raised $45 million to date", "raised a total of".
_CUMULATIVE = re.compile(
    r"(?i)\bover\s+(?:its|their|the\s+company['’]s)\s+(?:\w+\s+){0,3}?(?:years?|history|"
    r"lifetime|existence)\b|\braised\s+(?:at\s+least|a\s+total\s+of|in\s+total)\s|"
    r"\braised\s+(?:US)?[$€£]\s?[\d.,]+\s*(?:[mbk]n?|million|billion)?\s+in\s+total\b|"
    r"\braised\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?(?:US)?[$€£]\s?[\d.,]+\s*"
    r"(?:[mbk]n?|million|billion)?\s+(?:\w+\s+){0,3}?(?:to\s+date|so\s+far|since\s+"
    r"(?:its\s+)?(?:founding|inception|launch))\b|"
    # "has raised $2 million in prior funding": rounds before, no round now
    r"\braised\s+(?:more\s+than\s+|over\s+)?(?:US)?[$€£]\s?[\d.,]+\s*(?:[mbk]n?|million|"
    r"billion)?\s+in\s+(?:prior|previous|earlier)\s+(?:funding|financing|rounds?|capital)\b")
#: A span of the past longer than a month: "In the last twelve months,", "over the past
#: three years", "during the previous year" (a clause of its own, or right after money).
_SPAN_OF_PAST = re.compile(
    r"(?i)(?:^|\s)(?:in|over|during|within|throughout)\s+the\s+(?:last|past|previous|prior)\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty-four|several|few|couple\s+of)\s+(?:years|months|quarters)|year|decade)\b"
    r"(?:\s*,|(?=\s*[.;]|\s*$|\s+(?:alone|and|with|from|through)\b))")
#: Money right before such a span: "raised $40 million over the past three years".
_MONEY_BEFORE_SPAN = re.compile(r"(?i)[\d.,]+\s*(?:[mbk]n?|million|billion|crore|lakh)?\s*$")
#: A round's stage named: what makes a period's money a round after all.
_STAGE_NAMED = re.compile(r"(?i)\b(?:(?:pre-?)?seed|series\s+[a-j])\b")
_AUXILIARY_END = re.compile(r"(?i)\s+(?:has|have|had|will|would|also|reportedly)$")
#: A passive after "gets": "gets scooped up by", "got acquired by" (what is done to it).
_PASSIVE_BY = re.compile(r"(?i)\s+(?!(?:backed|funded|financed|capitalized|capitalised)\s)"
                         r"(?:[a-z]+ed|bought|sold|taken)(?:\s+up)?\s+by\s")
#: What an investor puts money into that is its own: "invested billions into its data
#: centers".
_OWN_THING = re.compile(r"(?i)\s*(?:its|their|our|his|her|my)\s")
#: The words a release's gladness to announce is said in (also the gate of the pattern
#: below, which has no literal to search for).
_GLAD_WORDS = ("pleased", "excited", "thrilled", "proud", "delighted", "happy", "glad",
               "honored", "honoured")
#: A release's announcing: "is pleased to announce", "are thrilled to share that it";
#: ``own`` a pronoun of the subject opening what is announced ("that it has raised").
_GLAD_TO_ANNOUNCE = re.compile(
    r"(?:\s+(?:is|are|was|were)|(?<=\w)['’]re)\s+(?:(?:very|so|truly|especially|extremely)\s+)?"
    rf"(?i:{'|'.join(_GLAD_WORDS)})\s+to\s+"
    r"(?i:announce|share|report|confirm)\s+(?:that\s+)?"
    r"(?:(?P<own>(?:it|they|we)\s+)(?=(?:has|have|had|just|recently|successfully|\w+ed)\s))?")
#: Money of a size told only roughly: "Meta has invested billions of dollars into ..."
_VAGUE_MONEY = re.compile(r"(?i)\s*(?:(?:hundreds|tens)\s+of\s+)?(?:millions|billions)\s+of\s+"
                          r"(?:dollars|euros|pounds|rupees)\s*$")
_VAGUE_MONEY_ANY = re.compile(r"(?i)\b(?:millions|billions)\s+of\s+(?:dollars|euros|pounds|"
                              r"rupees)\b")
#: A sentence that opens with what came before: "Prior to Reigning Champs, ...", "Before
#: joining Acme, ...".
_BEFORE_FIRST = re.compile(r"(?i)^(?:prior\s+to|before)\s[^,]{2,100},\s")
#: An opening clause of time: "Just a few weeks after X raised $700 million, ...".
_TIME_CLAUSE_FIRST = re.compile(
    r"(?i)^(?:just\s+)?(?:(?:a\s+few|a|two|three|several|\d+)\s+(?:days?|weeks?|months?|"
    r"years?)\s+)?(?:after|since|following)\s[^,]{3,150},\s*")
#: A headline's company, a verb of its own, money, then a purpose: "Cynomi cinches $37M for
#: its AI-based 'virtual CISO'", "Grand Games, the Turkish startup behind Magic Sort, drinks
#: up $30M".
_NAME_VERB_MONEY = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[\w.&+'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&+'’\-]*){0,3})"
    r"(?:,\s+[^,]{3,80},)?\s+(?P<verb>(?-i:[a-z]+s))(?:\s+(?:up|in|on|down))?\s+"
    r"(?:an?\s+|another\s+)?(?P<money>(?:US)?\$\s?[\d.,]+\s?(?i:[mbk]n?|million|billion)?)"
    r"(?=\s+(?:to|for|in|from|as|at|and)\s|\s*$|,)")
#: Verbs before money that tell money spent, lost, given, sought, counted or priced, no
#: money raised.
_NOT_MONEY_GOT = frozenset((
    "pays", "spends", "commits", "invests", "pumps", "pours", "puts", "hands", "gives",
    "donates", "loses", "drops", "sheds", "cuts", "slashes", "burns", "owes", "offers", "bids",
    "seeks", "eyes", "targets", "wants", "needs", "asks", "hits", "passes", "tops", "reaches",
    "crosses", "surpasses", "nears", "projects", "expects", "forecasts", "posts", "reports",
    "books", "earns", "makes", "generates", "launches", "unveils", "debuts", "introduces",
    "announces", "signs", "inks", "wins", "buys", "acquires", "sells", "shares", "distributes",
    "returns", "refunds", "settles", "fines", "faces", "sues", "charges", "costs", "prices",
    "values", "plans", "proposes", "earmarks", "allocates", "sets", "is", "was", "has", "gets",
    "takes", "adds", "saves", "lends", "borrows", "repays", "spins", "bets", "backs", "leads",
    "funds", "seeds", "closes", "opens", "files", "taps", "lands", "nabs", "bags", "raises",
    "secures", "scores", "snags", "grabs", "nets", "rakes", "hauls", "pulls", "picks",
    "scoops", "snaps", "catches", "banks", "captures", "unlocks", "cinches", "digs", "dredges",
    "finds", "gobbles", "attracts", "receives"))
#: A company's history told from its founding: "Founded in 2018, Nate raised over $50
#: million from investors like Coatue" (a round's kind or a time of the news says otherwise:
#: "Founded in 2023, Ficus raised a $5 million seed round this week").
_FOUNDED_THEN_RAISED = re.compile(r"(?i)founded\s+in\s+(?:\d{4}|the\s+\w+)\s*,")
_ROUND_KIND_OR_NOW = re.compile(r"(?i)\b(?:(?:pre-?)?seed|series\s+[a-j]|today|this\s+(?:week|"
                                r"month)|yesterday|has\s+just|announced|announces)\b")
#: "raised a total of A$1.2million in a seed funding round": a round after all.
_ROUND_AFTER_TOTAL = re.compile(r"(?i)\s*(?:(?:US|A|C|S)?[$€£₹]\s?[\d.,]+\s?(?:[mbk]n?|million|"
                                r"billion)?\s+)?in\s+(?:an?|its|their)\s+(?:[\w\-]+\s+){0,3}?"
                                r"(?:round|funding|financing)\b")
#: A report about the valuation after the round ("a Series G round that reportedly increased
#: its valuation to $20bn"): the round itself is stated.
_REPORTED_VALUATION = re.compile(
    r"(?i)\s+(?:that|which)\s+(?:\w+\s+){0,2}?reportedly\s+(?:\w+\s+){0,4}?valu.*$|"
    # "bags £42m funding round after reportedly being hit with a winding-up petition": a
    # report about something else, after the round
    r"\s+(?:after|amid|despite|following|as)\s+(?:\w+\s+){0,2}?reportedly\s+(?:being|facing|"
    r"having|getting|losing|cutting|laying)\b.*$")
_RELATIVE = re.compile(r"^(?P<name>[^,]{2,60}),\s+(?:which|who)\s+(?!rais|secur|land|clos)"
                       # (a list in the clause: "Pronto, which provides cleaning, laundry
                       # and home services ..., has raised": the clause ends before a verb)
                       r"(?:[^,]{1,80},\s+(?!(?:has|have|had|just|recently|now|today|on)\s|"
                       r"(?-i:[a-z]+(?:s|ed))\s)){0,3}"
                       r"[^,]{3,80},\s+")
#: "As per the recent report by Wamda, startups ...": who counted, not who raised.
_SOURCE_CLAUSE = re.compile(r"^(?:according\s+to|as\s+per)\s+(?:the\s+)?(?:(?:recent|latest|"
                            r"new)\s+)?(?:report|data|figures|analysis)\s+(?:by|from)\s+"
                            r"[^,]{2,60},\s+", re.IGNORECASE)
_WHEN_FIRST = re.compile(r"^(?:(?:earlier|later)\s+this\s+(?:week|month|year)|(?:this|last)\s+"
                         r"(?:week|month)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                         r"earlier\s+today|today|"
                         # ("In the past year, Ficus raised a $20 million Series A")
                         r"(?:in|over|during)\s+the\s+(?:last|past)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:days?|weeks?|months?|quarters?|years?))\s*,\s+(?=\S)",
                         re.IGNORECASE)
#: A subject that describes and names nothing: a determiner, then lower-case words and
#: acronyms only ("Yet another AI robotics firm", "a prominent seed-stage firm").
_GENERIC_SUBJECT = re.compile(r"^(?:[Yy]et\s+)?(?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat|"
                              r"[Tt]hese|[Ss]ome)\s+(?:(?:[a-z][\w\-]*|[A-Z]{1,4})\s+)*"
                              r"[a-z][\w\-]*$")
#: Substrings the two patterns below need (tested first: extraction must stay fast).
_OPENED_WORDS = ("commenc", "kick", "opens", "launches", "initiat", "starts", "begins")
_GIVES_WORDS = ("award", "approv", "grants ", "granted", "gives", "provides", "extends")
#: A round begun with its anchor or lead investor named.
_ROUND_OPENED = re.compile(
    r"^(?P<subject>.+?)\s+(?:commences|kicks\s+off|kicked\s+off|opens|launches|initiates|"
    r"starts|begins)\s+(?:its\s+|a\s+|the\s+)?(?:first\s+|new\s+|second\s+|latest\s+)?"
    r"(?P<rest>(?:(?:pre-seed|seed|series\s+[a-j]|funding|investment|strategic|financing)\s+)+"
    r"round)\s+(?:(?:with|led\s+by|anchored\s+by)\s+(?P<investor>(?-i:[A-Z0-9])[^,;]{1,60}?)"
    r"\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:anchor|lead|cornerstone)\s+investors?\b|"
    r"anchored\s+by\s+(?P<anchor>(?-i:[A-Z0-9])[^,;]{1,60}?)(?=\s*[,;]|\s+(?:to|as|for)\s|$))",
    re.IGNORECASE)
#: A person described, not named: "A 24-year-old who ...", "A former Uber engineer who ...".
_A_PERSON_DESCRIBED = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\b|(?:[\w\-]+\s+){0,4}?"
                                 r"[\w\-]+\s+who\s)|"
                                 # a career told: "Throughout his career, X has raised"
                                 r"^[^,]{0,40}\b(?i:his|her|their)\s+(?:[\w\-]+\s+)?"
                                 r"(?i:career)\b")
#: A person told by what they are, not a company: "Google vet", "Ex-Meta engineer", "One of
#: Europe's top AI researchers" (in lower case, as news writes them: "Lamna Engineers" is a
#: name). The words are one set: the pattern is built from it, and the set is the cheap
#: test on a subject's last word before it.
_PERSON_NOUNS = frozenset((
    "vet", "veteran", "alum", "alumnus", "engineer", "engineers", "researcher", "researchers",
    "scientist", "scientists", "executive", "executives", "exec", "execs", "founder",
    "founders", "co-founder", "co-founders", "cofounder", "cofounders", "entrepreneur",
    "entrepreneurs", "billionaire", "professor", "student", "students", "dropout", "dropouts",
    "teen", "teens"))
_A_PERSON_NOUN = re.compile(
    r"(?:^(?i:one\s+of|ex-|former)\b.*|\b)(?:"
    + "|".join(sorted(map(re.escape, _PERSON_NOUNS), key=len, reverse=True))
    + r")$|^(?i:ex-|former\s).*\b(?i:engineer|executive|exec|founder|researcher|vet|veteran)$")
_PERSONS_OWNER = re.compile(r"^((?-i:[A-Z0-9])[^\s'’]*(?:\s(?-i:[A-Z0-9])[^\s'’]*){0,3})['’]s\s")
#: The company a person raised for, named after "for" ("$8M for Continua to bring ...").
_FOR_COMPANY = re.compile(
    r"^\s*(?:\S+\s+){1,4}?for\s+(?P<name>(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,2})"
    r"(?=\s+(?:to|as|in|that|which)\b|\s*[,;:]|\s*$)")
#: A doctor by name ("Dr. Michael Lebow Announces the ... Grant"): a person, who gives a
#: grant or raises for a cause, no company ("Dr. Reddy's" is one: its possessive).
_A_DOCTOR = re.compile(r"^Dr\.?\s+(?:[A-Z][a-z]+\.?\s+){1,2}(?:[A-Z]\.\s+)?[A-Z][a-z\-]+$")
#: Where a headline's main clause ends and a clause about something else begins.
_CLAUSE_AFTER = re.compile(r",?\s+(?:as|while|whereas|but)\s+(?:rival|competitor|its\s+rival|"
                           r"peer|(?-i:[A-Z]))", re.IGNORECASE)
_AS_CLAUSE = re.compile(r",\s+as\s+(?P<clause>(?-i:[A-Z]).{5,})$")
_HELPS = re.compile(r"^.{0,80}?\bhelps?\s+(?P<name>(?-i:[A-Z0-9])[\w.&\-]*(?:\s(?-i:[A-Z0-9])"
                    r"[\w.&\-]*){0,2})\s+(?P<verb>nab|raise|land|secure|bag|snag|close)\b")


#: "Acme's $20M Series A will fund ...": the round as a noun phrase of its company.
_POSSESSIVE_ROUND = re.compile(
    r"^(?:inside\s+|with\s+|after\s+)?(?P<subject>(?-i:[A-Z])[\w.&'’\- ]{1,60}?)(?:['’]s|"
    r"(?<=s)['’])\s+"
    r"(?:new\s+|latest\s+|fresh\s+|oversubscribed\s+|record\s+)?(?P<rest>(?:[$€£]|US\$|CA\$)"
    r"\s?[\d.,]+\s?(?:[mbk]n?|mln|million|billion)?\s+(?:(?:(?:pre-)?seed|pre-series\s+[a-e]|"
    r"series\s+[a-j]|growth|bridge)\b(?:\s+(?:round|funding|raise))?|(?:(?-i:[A-J])\s+)?"
    r"(?:round|raise|funding)\b)|"
    # "Bitlight Labs' Seed Round Led by Gate Ventures": no amount, its leader named
    r"(?:(?:pre-)?seed|pre-series\s+[a-e]|series\s+[a-j])\s+(?:round|funding)\s+(?:co-)?led\s+"
    r"by\b)", re.IGNORECASE)


#: An announced investment the announcer makes: "HTX Ventures Announces Strategic Investment
#: in Figment Capital" (read as "invests in"), "Alphabet Announces $6.8B AI Investment
#: Package for the UK" (money the announcer spends: no round).
_ANNOUNCES_INVESTING = re.compile(
    r"^(?P<head>.+?)\s+(?:announces|announced|unveils|unveiled|reveals|revealed|commits|"
    r"pledges)\s+(?:a\s+|an\s+|its\s+)?(?P<money>(?:US|CA|A)?[$€£]\s?[\d.,]+\s?(?:[mbk]n?|mln|"
    r"million|billion)?\+?\s+)?(?:[\w\-]+\s+){0,2}?investments?(?:\s+(?:package|plan|programme|"
    r"program|commitment))?\s+(?P<prep>in|into|for|across)\s+", re.IGNORECASE)


_WHEN_AFTER_HEAD = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:today|yesterday|recently|has|have)$")


def _find_funding(text: str) -> FundingCandidate | None:
    if ("nvestment" in text or "NVESTMENT" in text) and (
            spent := _ANNOUNCES_INVESTING.match(text)):
        if spent.group("prep").lower() in ("for", "across"):
            return None  # ("... Investment Package for the UK": the announcer spends it)
        # "X Announces Strategic Investment in Y": X invests, Y is the one funded
        head = _WHEN_AFTER_HEAD.sub("", spent.group("head"))  # ("The Fund (MDBF) today")
        found = _read_funding(f"{head} invests {spent.group('money') or ''}in "
                              f"{text[spent.end():]}")
        if found is not None and found.round == "unknown" and \
                "strategic" in spent.group(0).lower():
            found = replace(found, round="strategic")
        return replace(found, sentence=text) if found is not None else None
    return _read_funding(text)


def _read_funding(text: str) -> FundingCandidate | None:
    low = text.lower()
    owned = "'s " in low or "’s " in low or "s' " in low or "s’ " in low
    if owned and (m := _POSSESSIVE_ROUND.match(text)) and not _FUNDING_VERB.holds(
            text[:m.start("rest")]) and not _LEADS_POSSESSIVE.match(text):
        money = _amount(m.group("rest"))
        return FundingCandidate(
            subject=_clean_subject(m.group("subject")), round=_round(m.group("rest")),
            amount=money.amount if money else None,
            currency=money.currency if money else None,
            investors=_investors(text[m.end():]), sentence=text)
    if "round" in low and ("anchor" in low or "lead" in low) and any(
            w in low for w in _OPENED_WORDS) and (m := _ROUND_OPENED.match(text)) and \
            names_a_company(m.group("subject")) and not _BACKER.search(m.group("subject")):
        # "SphereX Commences First Funding Round with Fundamental Labs as Anchor Investor": a
        # round begun is one when its anchor or lead investor is named ("Launches Seed
        # Round" alone is an intention)
        return FundingCandidate(
            subject=_clean_subject(m.group("subject")), round=_round(m.group("rest")),
            amount=None, currency=None,
            investors=((m.group("investor") or m.group("anchor")).strip(),),
            sentence=text)
    rumour = False
    # (each costlier pattern runs only where a word it needs is in the text)
    investing = _INVESTOR_VERB_WORDS_GATE.any(low)
    possessive = _LEADS_POSSESSIVE.match(text) if owned and investing else None
    leads = _LEADS_IN.match(text) if investing else None
    verb = _FUNDING_VERB.search(text)
    backs = (any(w in low for w in ("back", "fund", "lead", "led ")) and _BACKS_IN_ROUND.match(
        text)) or ("investment" in low and _MAKES_INVESTMENT.match(text)) or (
        ("invest" in low or "backs " in low or "backed " in low) and _invests_in(text)) or ((
        "grant" in low or "funding" in low) and any(w in low for w in _GIVES_WORDS)
        and _GRANT_TO.match(text)) or None
    investors: tuple[str, ...]
    # an investment named as such ("Invests in Kelp DAO") is a round without an amount
    invested = backs is not None and backs.re in (_INVESTS_IN, _GRANT_TO)
    # ("automated indoor farming startup Stacked Farm": what it is, then its name)
    bare_name = _DESCRIBED_FIRST.sub("", backs.group("subject")) if invested and backs else ""
    starts_named = bare_name[:1].isupper() or bare_name[:1].isdigit() or \
        _CAMEL_FIRST.match(bare_name) is not None
    if backs is not None and invested and (not starts_named or any(
            w[:1].islower() and w not in ("of", "and", "the", "de", "for")
            for w in bare_name.split()[1:])):
        backs = None  # "invests in Mississippi community bank advancing ...": no name
        invested = False
    if backs is not None and backs.re is _GRANT_TO and (
            _NOT_A_COMPANY.search(backs.group("subject"))
            or backs.group("subject").strip().lower() in common_words()):
        backs = None  # a grant to a school or a charity; "Grant to Expand ...": a purpose
        invested = False
    if backs is not None and invested and (
            _ASSET_CLASS.match(backs.group("subject").strip())
            or _NOT_AN_INVESTEE.search(backs.group("subject").strip())
            or _A_MARKET.search(backs.group("subject"))
            or place(backs.group("subject").strip(" ,.;:"))
            or _WANTS_TO.search(backs.group("investors"))):
        backs = None  # "Wants Retirement Funds to Invest in Crypto": no company, no deal
        invested = False
    # (after a verb a capital opens a name; only a headline's first word is capitalised
    # whatever it is)
    if backs and (verb is None or backs.start("subject") < verb.start() or (
            # ("X announced that its investment arm, Y, has made a strategic investment in
            # Z": Z's round, the announcement X's)
            backs.re is _MAKES_INVESTMENT and verb.group("verb").lower().startswith(
                "announc"))) and (
            names_a_company(backs.group("subject")) or backs.group("subject")[:1].isupper()):
        # (a backing's money may follow its company: "TDK backs Ultraviolette with $21M")
        subject, rest = backs.group("subject"), backs.group("rest") or text[backs.end(
            "subject"):]
        # "Nvidia is latest investor to back ...": the investor is the clause's first name
        investors = (_AUX_OR_AND.split(backs.group("investors").strip(), maxsplit=1)[0],)
    elif possessive and (verb is None or possessive.start("subject") < verb.start()):
        subject, rest = possessive.group("subject"), possessive.group("rest")
        investors = (possessive.group("investors").strip(),)
    elif leads and (_NOT_ANNOUNCED.search(leads.group("investors"))
                    or _OWN_SPENDING.search(leads.group("rest"))
                    or _RETAINS.search(leads.group("investors"))
                    or _LED_A_LIST.match(leads.group("rest"))
                    or _NOT_AN_INVESTEE.search(leads.group("subject").strip())
                    or place(leads.group("subject").strip(" ,.;:"))
                    or _ASSET_CLASS.match(_WHEN_IN.sub("", leads.group("subject")).strip())
                    or leads.group("subject").strip().lower() in _ROUND_NOUNS
                    or _OWN_THING.match(leads.group("subject"))):
        # "SpaceX might invest $2 billion in xAI", "AWS will invest $11B to expand data
        # centers in Georgia", "Co-Leads C$56.1M in Financing": no one's round
        return None
    elif leads and (verb is None or leads.start("rest") <= verb.start()) and (
            find_money(leads.group("rest")) or _ROUND.search(leads.group("rest"))
            or _ROUND_WORD.search(leads.group("rest")) or _VAGUE_MONEY.match(
                leads.group("rest"))):
        subject, rest = leads.group("subject"), leads.group("rest")
        investors = (_AUXILIARY_END.sub("", leads.group("investors").strip()),)  # ("Meta has")
    elif verb is None and (held := _WITH_ROUND.search(text) or _STEALTH_WITH_MONEY.search(
            text)) and (
            lead := _LEAD_NAME.match(text) or _OWNER.match(text)) and \
            lead.end() <= held.start() and not _INVESTOR_VERB.search(text[:held.start()]):
        subject, rest = lead.group("name"), held.group("rest")
        investors = ()
    elif verb is None and (valued := _VALUED_IN_ROUND.match(text)):
        # "Zeta valued at $2B in new funding": a round told by its valuation (the money
        # raised untold)
        subject, rest = valued.group("name"), valued.group("rest")
        investors = ()
    elif verb is not None and verb.group("verb").lower() in ("taps", "tapped") and not \
            _MONEY_NEXT.match(text[verb.end():]):
        return None  # "Waymo taps Avis to manage its fleet": no money tapped
    elif verb is not None and verb.group("verb").lower() in ("gets", "got") and \
            _PASSIVE_BY.match(text, verb.end()):
        return None  # "Next Insurance gets scooped up by Munich Re for $2.6B": it is bought
    elif verb is not None:
        # "in talks to raise", "reportedly aiming": a round not (yet) closed is a rumour.
        rumour = rumour or _RUMOUR.holds(text[max(0, verb.start() - 35):verb.end() + 15])
        subject, rest = text[:verb.start()], text[verb.end():]
        if verb.group("verb").lower().startswith("clos"):
            rest = _CLOSES_ON.sub(" ", rest)  # "closes on $7M"
            if _MONEY_DEPLOYED.match(rest):
                return None  # "BridgeInvest closed $446 million across 11 loans"
        investors = ()
        if verb.group("verb").lower() in ("announces", "announced", "is announcing",
                                          "are announcing") and _GRANT_GIVEN.match(rest):
            return None
        if _PUBLIC_BODY.holds(subject) and _GRANT.search(rest[:80]):
            return None  # "Carlsbad Department of Development Awarded Grant": public money
        if verb.group("verb").lower() in ("announces", "announced", "is announcing",
                                          "are announcing", "completes", "completed",
                                          "closes", "closed", "confirms", "confirmed") and not (
                ((told := _ROUND.search(rest[:60])) and (not _NO_ROUND_NAMED.match(
                    rest, told.start()) or find_money(rest[:told.start()]))) or
                _ROUND_WORD.search(
                        rest[:60] if not verb.group("verb").lower().startswith("announc")
                        else _OBJECT_END.split(_THAT_FIRST.sub("", rest[:80]).strip(),
                                               maxsplit=1)[0]) or (
                    verb.group("verb").lower().startswith("clos")
                    and find_money(rest[:40])) or _MONEY_RAISED.match(rest)):
            # ("closes another $29 million" is a round: money closed; "announced a strategic
            # collaboration to launch C2C Private Equity LLC": no round, nor the equity of a
            # name after the object; "Announces $500 Million Strategic Transaction": money)
            return None
    else:
        return None
    if _RELATIVE_END.search(subject.strip()) or _ADVICE_OR_LIST.match(subject):
        # "Acme, which raised $10M last year, launches ...", "Every startup that has
        # raised ...", "How to raise a seed round": not a round's news
        return None
    said_before = subject  # everything before the verb, a first predicate included
    subject = _clean_subject(subject)
    # "Fastino trains AI models on cheap GPUs and just raised", "Cino cracks bill-splitting
    # ..., raises": the name before the first predicate's verb
    if (_COORDINATED.search(said_before.strip()) or _PRONOUN_END.search(said_before)) and \
            not _FOUNDED_BY.search(
            said_before) and (lead := _LEAD_NAME.match(said_before.strip())) and \
            names_a_company(lead.group("name")):
        subject = lead.group("name")
    if (named := _NAME_THEN_APPOSITIVE.match(subject)) and \
            names_a_company(named.group("name")):
        subject = named.group("name")  # "Hammerspace, an ... used by Nvidia, Meta and Tesla"
    if unit := _INVESTMENT_IN_UNIT.match(rest):
        subject = unit.group("unit")  # "VivoPower Secures $10M Investment in Tembo from X"
    if _TOKEN_SUBJECT.search(subject) or _CASHTAG.search(text) or \
            token_sale(rest[:200]) or _DESCRIBED_RAISER.match(subject):
        return None  # "Dtec token announces ...", "via $TREAT", "... Memecoins on Solana"
    if not subject or len(subject) > 120 or _NOT_ONE_COMPANY.search(subject) or \
            _PRICE_TARGET.search(subject) or _ADVERB_END.search(subject) or \
            _MONEY_FIRST.match(subject) or \
            _MARKET_PHRASE.match(subject):
        return None
    if _COPULA_FIRST.search(subject):
        # "The credit line is the second major lending vehicle Nubank has raised": the name
        # in a relative clause of what the sentence says something is
        return None
    if _PREPOSITION_FIRST.match(subject):
        return None  # "X led a $2M Seed round led by Canary": "by Canary" raised nothing
    if _BENEFIT_RAISER.holds(subject):
        return None  # a charity golf classic's, gala's or campaign's raise
    if _GENERIC_SUBJECT.match(subject) or _A_PERSON_DESCRIBED.match(subject) or \
            _A_DOCTOR.match(subject):
        # "Yet another AI robotics firm lands funding", "a seed-stage firm", "A 24-year-old
        # who exited his first company to Coinbase raises": no company named
        return None
    # "AI agents startup, founded by Google and DeepMind alums, raises": who founded it is
    # not who raised; what is left must name a company
    described = _FOUNDED_BY.split(subject, maxsplit=1)
    if len(described) > 1:
        named_after = _NAME_AFTER_DESCRIPTION.search(described[-1])
        subject = described[0].strip(" ,")
        if not names_a_company(subject) and named_after and names_a_company(
                named_after.group("name")):
            # "An AML startup founded by former workers at X and Y, Estonia's Salv has
            # raised": the description first, the name after its comma
            subject = named_after.group("name")
        elif not names_a_company(subject):
            return None
    if subject.rsplit(None, 1)[-1].lower() in _PERSON_NOUNS and _A_PERSON_NOUN.search(subject):
        # "Google vet raises $8M for Continua": a person raised for the company named
        # after "for", "Affiniti's founders raise": for the company they are of; "Ex-Meta
        # engineer raises $14M for AI-powered software": for none named
        if named_for := _FOR_COMPANY.match(rest):
            subject = named_for.group("name")
        elif (owner := _PERSONS_OWNER.match(subject)) and names_a_company(owner.group(1)):
            subject = owner.group(1)
        else:
            return None
    # "Safara raises $14M, acquires rival Skipper": a second predicate's purchase is its
    # own news, not the round's
    first_clause = _NEXT_PREDICATE.split(rest, maxsplit=1)[0]
    # (an investor's name is no purchase: "$5 million investment from Metals Acquisition")
    if _ACQUISITION.holds(subject) or _ACQUISITION.holds(
            _NAMED_INVESTOR.sub(" ", first_clause[:80])):
        return None
    if _IPO.search(subject) or _IPO_LATE.search(subject) \
            or _IPO_NEXT.match(rest):
        return None
    lead = _LEAD_NAME.match(said_before.strip() + " is ")
    if (_INVESTOR_SUBJECT.search(subject) or (lead and _INVESTOR_SUBJECT.search(
            lead.group("name")))) and (_own_fund(rest) or not (
            _ROUND.search(rest) or _ROUND_NOUN.search(rest))):
        return None  # "VC Insight Partners nabs another $12.5B": its own fund
    # (a fund named as the investor, "from M12, Microsoft Venture Fund", is no fund raised)
    if _BACKER.search(subject) or _own_fund(_INVESTORS.sub(" ", rest)):
        return None
    # The round is described before any second deal ("... and secures $200M debt") and
    # outside investor names ("led by ICONIQ Growth").
    own = _SECOND_DEAL.split(rest, maxsplit=1)[0]
    # what was secured, before any purpose clause ("... to expand its cook-to-order service")
    head = _PURPOSE.split(own, maxsplit=1)[0]
    # ("Raises Fresh Equity, Refinances Debt": the debt is the second predicate's news)
    head, own_clause = _OTHER_PREDICATE.split(head, maxsplit=1)[0], \
        _OTHER_PREDICATE.split(own, maxsplit=1)[0]
    if _NOT_A_ROUND.holds(head[:120]) or _NOT_A_ROUND_AFTER.holds(own_clause[:200]) or \
            token_sale(said_before) or token_sale(head[:120]) or \
            _FOR_CLIENT.match(own) or (_LISTED.search(said_before) and (
                _EQUITY_PLACEMENT.search(own) or not _LISTED_ROUND.search(own))):
        return None  # contracts, settlements, offerings of listed shares, warrants, presales
    if _INTEREST_SHOWN.match(own):
        return None  # "has attracted considerable interest from ... for potential investments"
    if (taken := _VALUATION_TAKEN.match(own)) and not _ROUND_WORD.search(
            own[taken.end():taken.end() + 40]):
        return None  # "Anysphere nabs $9.9B valuation, soars past $500M ARR": no round told
    money = _amount(own_clause)
    round_ = _round(_INVESTORS.sub(" ", own_clause))
    if round_ == "unknown" and (first := _ROUND_PHRASE_FIRST.match(said_before)):
        round_ = _round(first.group("round"))  # "In its Series D round, Capillary raised"
    if (first := _ROUND_PHRASE_FIRST.match(subject)) and subject[first.end():].strip():
        subject = subject[first.end():].strip()  # (the phrase is no part of the name)
    if money is None and round_ == "unknown" and not invested and \
            not _SAYS_FUNDING.search(rest) and not _VAGUE_MONEY_ANY.search(rest) and not (
                verb is not None and verb.group("verb").lower().startswith("attract")
                and _ATTRACTED.match(rest)) and not _FUNDS_TAKEN.match(rest):
        return None
    return FundingCandidate(
        subject=subject,
        round=round_,
        amount=money.amount if money else None,
        currency=money.currency if money else None,
        investors=tuple(dict.fromkeys((*investors, *_investors(rest)))),
        sentence=text,
        rumour=rumour,
    )


# -- deal cards --------------------------------------------------------------------------

#: One field of a newsletter's deal card, on its own line ("🧗 Round: Series A",
#: "💰 Amount Raised: €32M", "Investors: Alven, Bpifrance"); an emoji or bullet may lead.
_CARD_FIELD = re.compile(
    r"(?im)^[^\w\n]{0,12}(?P<key>company|startup|round|stage|funding\s+round|amount(?:\s+raised)?|"
    r"raised|round\s+size|investors?|lead\s+investors?|backers|led\s+by)\b[ \t]*:?[ \t]*"
    r"(?P<value>[^:\s][^\n]{0,299})$")
_CARD_KEYS = {"company": "company", "startup": "company", "round": "round", "stage": "round",
              "funding round": "round", "amount": "amount", "amount raised": "amount",
              "raised": "amount", "round size": "amount", "investor": "investors",
              "investors": "investors", "lead investor": "investors",
              "lead investors": "investors", "backers": "investors", "led by": "investors"}


_TABLE_FUND = re.compile(r"(?i)\bfirst\s+close|\bfinal\s+close|\bfund\s*raising\b|\bfund\b")


def _table_rows(text: str) -> list[dict[str, str]]:
    """A newsletter's table of rounds ("Company | Amount | Round | Lead investor(s) |"),
    each row a card: the header's columns named as the cards' fields are."""
    rows: list[dict[str, str]] = []
    keys: list[str | None] | None = None
    for line in text.splitlines():
        if line.count("|") < 2:
            keys = None if rows or keys is None else keys
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if keys is None:
            named = [_CARD_KEYS.get(" ".join(c.lower().replace("(s)", "s").split()))
                     for c in cells]
            if "company" in named and ("amount" in named or "round" in named):
                keys = named
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue  # the header's rule
        row = {k: v for k, v in zip(keys, cells, strict=False) if k and v}
        if row.get("company"):
            rows.append(row)
    return rows


def deal_cards(text: str) -> list[FundingCandidate]:
    """The rounds a newsletter lists as deal cards: blocks of ``Company:``, ``Round:``,
    ``Amount Raised:``, ``Investors:`` lines, each card one company's round. The
    publisher's own fields are read as such (no sentence to interpret); a card without a
    round or an amount is no round. "Undisclosed" is no amount."""
    if "ompany" not in text and "tartup" not in text:
        return []
    cards: list[dict[str, str]] = _table_rows(text) if "|" in text else []
    for m in _CARD_FIELD.finditer(text):
        key = _CARD_KEYS[" ".join(m.group("key").lower().split())]
        value = m.group("value").strip()
        if key == "company":
            cards.append({"company": value})
        elif cards and key not in cards[-1]:
            cards[-1][key] = value
    out = []
    for card in cards:
        # "Advanced Machine Intelligence (AMI)": the whole span, the matcher finds either
        company = card["company"].strip(" .,;")
        if not company or ("round" not in card and "amount" not in card):
            continue
        if _own_fund(" ".join(card.values())) or _TABLE_FUND.search(card.get("round", "")):
            continue  # "L Catterton India Fund | $200 Mn | First Close (Fundraising)"
        money = _amount(card.get("amount", ""))
        # (the field names a round: "Growth" is a growth round)
        round_ = _round(card["round"] + " round") if card.get("round") else _round(
            card.get("amount", ""))
        investors = tuple(n.strip() for n in _SPLIT_NAMES.split(card.get("investors", ""))
                          if n.strip() and n.strip().lower() not in ("undisclosed", "n/a"))
        shown = " · ".join(f"{k.capitalize()}: {card[k]}" for k in
                           ("company", "round", "amount") if k in card)
        out.append(FundingCandidate(
            subject=company, round=round_, amount=money.amount if money else None,
            currency=money.currency if money else None, investors=investors[:10],
            sentence=shown))
    return out


# Patterns the functions above use, compiled once at import (the first items
# a process read paid for compiling them; issue #13).
#: A spaced dash: a column's name before it ("420 with CNW — OHSU").
_SPACED_DASH = re.compile(r"\s[—–]\s")
#: Words that say a round when no money or round name does ("a new round", "funding").
_SAYS_FUNDING = re.compile(
    r"\b(?:a|new|its|fresh|latest|funding|financing|investment)\s+(?:\w+\s+)?round\b|"
    r"\bfunding\b|\bfinancing\b|\b(?:first|strategic|an)\s+investment\b|"
    r"\binvestments?\s+(?:from|by|(?:co-)?led)\b|"
    # "Secures Scilex Investment": an investment, its investor named before it; "gets
    # Visa backing", "gets fresh backing" (not "validator backing")
    r"^\s*(?:[\w\-]+\s+){0,2}investments?\b|"
    r"^\s*(?:fresh\s+|new\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,2}backing\b",
    re.IGNORECASE)
#: Where an investor's name ends: an auxiliary, "and", "to" or a comma.
_AUX_OR_AND = re.compile(r"\s+(?:is|are|was|has|have|had|and|to|,)\s+")
#: Words before an investor's name in a list ("the", "existing investors", "and").
_LEADING_FILLER = re.compile(
    r"^(?:the|existing investors?|investors?|others?|and)\s+",
    re.IGNORECASE)
#: An investor's verb (back, invest, lead, participate) before a round.
_INVESTOR_VERB = re.compile(r"(?i)\b(?:back|invest|lead|participat)\w*\b")
#: Money right after the verb ("taps $5M"), an article allowed.
_MONEY_NEXT = re.compile(
    r"\s+(?:(?:a|an|its|fresh|new|another)\s+)?(?:[$€£]|US\$|CA\$)\s?\d")
#: "closes on $7M": the "on" before the amount.
_CLOSES_ON = re.compile(r"^\s+on\s+(?=[$€£]|US\$|CA\$|\d)")
#: A grant (public money when a public body is the subject).
_GRANT = re.compile(r"(?i)\bgrants?\b")


# -- round-ups ---------------------------------------------------------------------------
# A newsletter's round-up names several companies' rounds in one sentence, or names the
# company in one sentence and the round in the next; these read such sentences (issue #13:
# "round-up and list sentences").

#: "Porter, an on-demand goods agency, which secured USD 200 million ...", "Tide (fintech),
#: which landed $120 million": a company, then a relative clause stating its round.
_WHICH_RAISED = re.compile(
    r"(?:,\s+|\s+)(?:which|who|that)\s+(?:has\s+|had\s+|also\s+|just\s+)*(?=(?:raised|secured|"
    r"landed|bagged|closed|picked\s+up|received|got|snagged|netted|pulled\s+in|raked\s+in|"
    r"attracted|took\s+(?:on|in)|finished\s+up|wrapped\s+up|banked)\b)", re.IGNORECASE)
#: "smallcase securing $50 million", "Kaco announcing an undisclosed funding round": a
#: company, then a gerund stating its round.
_GERUND_RAISED = re.compile(
    r"(?<=[\w.)'’])\s+(?:also\s+)?(?:securing|raising|bagging|landing|closing|netting|"
    r"picking\s+up|garnering|grabbing|announcing)\s+(?=(?:US\$|USD|Rs|INR|₹|S\$|A\$|C\$|[$€£]|"
    r"an?\s+(?:undisclosed\s+)?(?:[\w\-]+\s+){0,2}?(?:round|funding|sum|amount)\b|"
    r"undisclosed))", re.IGNORECASE)
_NOT_BEFORE_GERUND = frozenset(("after", "before", "while", "by", "collectively", "together",
                                "jointly", "since", "without"))
#: A relative clause's sentence resuming its own predicate after it (", promised ...").
_RESUMES = re.compile(r",\s+(?:(?:also|then|has|had|have|is|was)\s+)?(?-i:[a-z]+(?:ed|s))\s+"
                      r"(?!by\b)")
#: A name that is the object of a preposition or a verb of writing ("about X", "of X").
_OBJECT_OF = re.compile(r"(?i)\b(?:about|of|on)\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’\-]*"
                        r"(?:\s(?-i:[A-Z])[\w.&'’\-]*){0,3}(?:,[^,]{0,60})?$")
#: Where a name in a list or after a list's verb begins.
_LIST_OPENER = re.compile(
    r"(?i)^.*\b(?:including|included|include|includes|encompassed|were|was|are|is|like|"
    r"such\s+as|by|followed\s+by|trailed\s+by)\s+|^.*?:\s+")
#: "startups that garnered funding include A, B and C", "Other notable recipients included
#: A, B and C", "Worthy of mention are startups like A, B": funded companies listed.
_RECIPIENTS = Caseless(
    r"(?i)\b(?:(?P<head>(?:startups|companies|firms|ventures|brands|rounds|raises|"
    r"fundraises)\b[^.;:]{0,60}?|(?:recipients|raisers|fundraisers)\s+(?:\w+\s+)?)"
    r"\b(?:include|included|includes|including|were|are|like|such\s+as)|"
    r"(?P<passive>(?:funding|investments?|rounds?|capital)\s+(?:\w+\s+)?(?:secured|raised|"
    r"received|landed|bagged|closed)\s+by|(?:the\s+)?list\s+(?:further\s+|also\s+)?"
    r"(?:includes|included|comprises))|"
    r"(?P<after>(?:followed|trailed)\s+(?:closely\s+)?by))\s+(?P<list>[^.;:]+)")
#: Words that say the sentence is about money raised (a list is read only in one).
_MONEY_WORDS = re.compile(r"(?i)\b(?:rais\w*|fund\w*|investments?|recipients?|secur\w*|"
                          r"garner\w*|deals?|rounds?|backed|fundraises?)\b")
#: "VerSe Innovation ($805 million - Series J)": a name, then its amount in brackets.
_BRACKETED_DEAL = re.compile(
    r"\b(?P<name>(?-i:[A-Z0-9]|[a-z]{1,6}(?=[A-Z]))[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9a-z])[\w.&'’\-]*)"
    r"{0,4}?)\s*\(\s*"
    r"(?P<deal>(?:US\$|USD\s?|Rs\.?\s?|INR\s?|₹|[$€£])\s?[\d.,]+[^()]{0,40})\)")
#: "A, B, and C also attracted substantial investments": a list before the verb.
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: Each item's amount when the sentence says so ("secured $20 million each"); a combined
#: amount ("collectively", "together", "a combined") is no single company's.
_EACH = re.compile(r"(?i)\beach\b")
_COMBINED = re.compile(r"(?i)\b(?:collectively|together|combined|jointly|in\s+total|a\s+total)\b")
#: A sentence's subject named by a pronoun or as "the company": the company of the clause
#: before it ("Woodoo is using wood. It has raised $31 million").
_PRONOUN_SUBJECT = re.compile(r"(?i)^(?:it|the\s+(?:company|startup|firm|business|platform))$")
#: Company noun phrases in a clause that own a round ("Curefoods' $37 million funding round",
#: "VerSe Innovation's $805 Mn mammoth round").
_OWNED_ROUND = re.compile(
    r"(?P<name>(?-i:[A-Z0-9]|[a-z]{1,6}(?=[A-Z]))[\w.&\-]*(?:\s(?-i:[A-Z0-9])[\w.&\-]*){0,4})"
    r"(?:['’]s|(?<=s)['’])\s+(?P<rest>(?:US\$|USD\s?|Rs\.?\s?|INR\s?|₹|[$€£])\s?[\d.,]+\s?"
    r"(?:[mbk]n?|mln|million|billion|crore|cr)?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:round|raise|fundraise|funding|financing)\b(?:\s+(?:led\s+by|from)\s+[^,;]+)?)",
    re.IGNORECASE)
#: A round after the clause's own news: "after raising", ", raising", "collectively raising".
_RAISING = re.compile(r"(?:,\s+|\s+after\s+)(?P<combined>(?:collectively|together|jointly)\s+)?"
                      r"(?:raising|scoring|netting|bagging|having\s+(?:raised|secured|closed|"
                      r"bagged|landed))\s+(?=(?:US\$|USD|Rs|INR|₹|[$€£]|an?\s|\d|funds?\b|funding\b|"
                      r"capital\b|money\b))", re.IGNORECASE)
#: "... with a $17 million debt round", "... with $5.5 million each": the money a verb took.
_WITH_MONEY = re.compile(
    r"\s+with\s+(?:a|an|its|their|his|her)?\s*(?:(?:impressive|stellar|massive|fresh|new)\s+)?"
    r"(?P<rest>(?:US\$|USD\s?|Rs\.?\s?|INR\s?|₹|[$€£])\s?[\d.,]+\s?(?:[mbk]n?|mln|million|"
    r"billion|crore|cr)?(?:\s*\([^()]{1,24}\))?\s+(?:(?:[\w\-]+\s+){0,2}?(?:round|fundraise|raise|funding|financing)"
    r"\b|each\b).*)$", re.IGNORECASE)
#: "... joined the summer program with a funding of $500,000": the money, named as such.
_WITH_FUNDING_OF = re.compile(
    r"\s+with\s+(?:a|an)?\s*(?:funding|investment|backing)\s+of\s+(?P<rest>(?:US\$|USD\s?|"
    r"Rs\.?\s?|INR\s?|₹|[$€£])\s?[\d.,]+.*)$", re.IGNORECASE)
#: A name with what it is before it ("electric motorcycle maker Raptee", "SaaS platform
#: Scalekit"): two such joined by "and" are two companies.
_DESCRIBED_NAME = re.compile(r"(?:[\w\-]+\s+){0,4}?(?-i:[a-z][\w\-]*)\s+(?-i:[A-Z0-9]|"
                             r"[a-z]{1,6}(?=[A-Z]))\S*(?:\s(?-i:[A-Z0-9])\S*){0,3}$")
#: Where a clause's subject ends: a past-tense verb, an auxiliary, or "led"/"lead" after a
#: capitalised word ("Healthtech firm Pharmeasy emerged", "A and B led with").
_SUBJECT_END = re.compile(
    r"(?<=[A-Za-z0-9.)'’])\s+(?:(?:also|then|just|each|both)\s+)?(?-i:(?:is|was|are|were|has|"
    r"had|have|will|lead|leads|led|saw|[a-z][\w\-]*ed))\b")
#: "Following closely is X", "Topping the list was X", "Leading the pack is X".
_INVERTED = re.compile(r"^(?-i:[A-Z][a-z]+)(?:\s+[a-z]+){0,3}\s+(?:is|was)\s+"
                       r"(?P<subject>[^,]+?),?$")
_CLEFT = re.compile(r"\bit\s+(?:was|is)\s+(?:the\s+)?(?P<subject>[^,]{2,80}?)\s+that\s+\S+")
#: Where a sentence's last clause begins (", while X acqui-hired Y after raising $150M").
_LAST_CLAUSE = re.compile(r",\s+(?:while|and|but|whereas)\s+|;\s+")
_SENTENCE_ADVERB = re.compile(r"(?i)^(?:among\s+them|in\s+addition|additionally|also|meanwhile|"
                              r"elsewhere|similarly|likewise|further|notably|in\s+other\s+news),"
                              r"\s*")


def named_subject(text: str) -> str | None:
    """The words before a clause's first verb, when they name a company ("Refute is a
    London-based startup ...": Refute)."""
    if (m := _LEADING_SUBJECT.match(" ".join(text.split()))) is None:
        return None
    subject = m.group("subject")
    if not names_a_company(subject) and ", " in subject:
        # ("In a world of vibe coding startups, Uno Platform is ...": after the opening)
        subject = subject.rpartition(", ")[2]
    return subject if names_a_company(subject) else None


def leading_subject(text: str) -> str | None:
    """The subject of a clause before its verb, when it holds a name; after the verb when
    the clause is inverted ("Following closely is braces maker Zenyum")."""
    text = _SENTENCE_ADVERB.sub("", " ".join(text.split()))
    if (inverted := _INVERTED.match(text)) and names_a_company(inverted.group("subject")):
        return inverted.group("subject")
    if (cleft := _CLEFT.search(text)) and names_a_company(cleft.group("subject")):
        return cleft.group("subject")  # "it was neobank Aspire that clinched the top spot"
    for m in _SUBJECT_END.finditer(text):
        subject = text[:m.start()].strip(" ,")
        if names_a_company(subject):
            return subject  # ("The arena saw VRO Hospitality lead": past "saw", a name)
    return None


_PRONOUN_START = re.compile(r"^(?:It|The\s+(?:company|startup|firm|business|platform))\s+")
#: A round named as such: "the over-subscribed Series A round", "eFishery's Series D round".
_NAMED_ROUND = re.compile(
    r"(?i)\b(?:the|its|this|that|(?-i:[A-Z])[\w.]*['’]s)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?P<round>(?:pre-)?seed|pre-series\s+[a-e]|series\s+[a-j](?:-\d)?)\s+"
    r"(?:round|funding|cash|financing|extension|bridge)\b")


def round_kind(text: str) -> str:
    """The kind of round a text names ("a Series B funding round of $72.5 million": series
    b), "unknown" when it names none."""
    return _round(text)


def round_named(clause: str) -> str | None:
    """The round a sentence names without its company's money ("Dalus Capital co-led the
    Series A round"), for the round of the sentence before."""
    m = _NAMED_ROUND.search(clause) if ("eries" in clause or "eed" in clause) else None
    return _round(m.group("round")) if m else None


#: A clause's leading subject: the words before its first verb.
_LEADING_SUBJECT = re.compile(
    r"^(?P<subject>.{2,80}?)\s+(?:is|was|has|had|have|are|were|will|uses|makes|builds|"
    r"offers|provides|helps|develops|operates|runs|sells)\b")


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_ARTICLE = re.compile(r"(?:an?|the)\s")
_AND_FIRST = re.compile(r"(?i)^(?:and|&)\s+")
#: Words of a list sentence that are no item, and where a list ends.
_NOT_IN_LIST = re.compile(r"(?i)\b(?:this|last)\s+week\b.*$|\b(?:also|all|both)\b")
_AFTER_LIST = re.compile(r"(?i),?\s+(?:the\s+latter|the\s+former|which|who|that|among|"
                         # ("Mydawa with $20 million": an item's own amount stays)
                         r"with(?!\s+(?:US\$|USD|Rs|INR|₹|[$€£])\s?\d)|"
                         r"to|for|in\s+(?:its|their|a|an)|amid|after|during)\b.*$")
#: Where one deal's words end and the next company's begin.
_NEXT_DEAL = re.compile(r",\s+and\s+|;\s+|\s+and\s+(?=(?:[a-z][\w\-]*\s+){0,3}[A-Z])")
_DEAL_END = re.compile(r",\s+and\s+|;\s+")
_AFTER_MONEY = re.compile(r"(?:[$€£₹]\s?[\d.,]+\s?(?:[mbk]n?|mln|million|billion|crore|cr)?|"
                          r"\b(?:round|funding|financing))\b[^,]{0,40},\s+", re.IGNORECASE)
#: An alias or a description between commas: one company, no list.
_ALIAS = re.compile(r"(?i)\b(?:aka|a\.k\.a\.|formerly|also\s+known\s+as)\b|,\s+(?:an?|the)\s")
_RAISERS = re.compile(r"(?i)(?:recipients|raisers|fundraisers)")
#: Money in brackets that is no raise: a valuation, a market cap, revenue.
_NOT_A_RAISE = re.compile(r"(?i)valu|\bcap\b|revenue|sales|profit|loss|arr\b|income|worth|"
                          r"market")


def _name_before(text: str) -> str:
    """The company named at the end of ``text`` (before a relative clause): what follows
    the list's verb or the last comma-joined item, an appositive or a bracket dropped."""
    text = _TRAILING_BRACKET.sub("", text.strip())
    # "Porter, an on-demand goods transport agency": the name before its appositive
    parts = [p.strip() for p in text.split(",")]
    while len(parts) > 1 and (_ARTICLE.match(parts[-1]) or not any(
            c.isupper() for c in parts[-1])):
        parts.pop()
    text = parts[-1]
    text = _AND_FIRST.sub("", text)
    return _LIST_OPENER.sub("", text, count=1).strip(" ,;")


#: A sentence adverb before a list ("Additionally, A, B and C raised"): no item.
_ADVERB_FIRST = re.compile(r"(?i)^(?:additionally|also|meanwhile|besides|further(?:more)?|"
                           r"among\s+them|"
                           r"moreover|elsewhere|in\s+addition|similarly|notably|likewise),\s*")


def _list_items(span: str) -> list[str]:
    """The names a list holds ("robotics company Posha, edtech firm Footprints and Alt
    DRX"), each a span the matcher resolves; lower-case words and places are kept, the
    matcher decides."""
    span = _ADVERB_FIRST.sub("", span.strip())
    span = _NOT_IN_LIST.sub(" ", span)
    span = _AFTER_LIST.sub("", span)
    items = [i.strip(" .") for i in _LIST_SPLIT.split(span)]
    return [i for i in items if i and any(c.isupper() or c.isdigit() for c in i)
            and len(i.split()) <= 8]


def roundup_rounds(clause: str, previous: str = "") -> list[FundingCandidate]:
    """Every round one clause of a round-up states (see _clause_rounds), and the rounds of
    a list's other items ("with A raising $6 million, B raising $1.3 million, and C
    announcing an undisclosed round"; "... with X grabbed the highest amount ($100m)")."""
    said = " ".join((clause if clause.isascii() else _FLAGS.sub("", clause)).split())
    out = _clause_rounds(said, previous)
    if "," in said and (len(find_money(said)) >= 2 or not all(
            names_a_company(o.subject) for o in out)) and not any(
            o.rumour for o in out) and not reported(said.split(",", 1)[0]) and \
            not _FUNDS_HEAD.search(said.split(",", 1)[0]):
        # (not in a report, nor in a sentence about funds: "Two new funds ...: K Fund
        # raised €50 million, while Daphni secured €150 million")
        more = _more_in_segments(said, list(out))
        if len(more) > len(out):  # the list's items replace a subject that named no one
            out = [o for o in out if names_a_company(o.subject)] + more[len(out):]
    return out


_FUNDS_HEAD = re.compile(r"(?i)\bfunds?\b")
#: "D2C wellness brand Traya spearheaded the list": the first of a list of rounds.
_LIST_LEAD = re.compile(r"^(?P<name>.{2,80}?)\s+(?:spearheaded|topped|headed|led)\s+the\s+"
                        r"(?:list|pack|chart|tally)\b")


def _clause_rounds(clause: str, previous: str = "") -> list[FundingCandidate]:
    """Every round one clause of a round-up states: several companies' rounds in one
    sentence ("A, which raised $40M, and B, which secured $35M"), a list of companies that
    raised ("startups that garnered funding include A, B and C"), names with amounts in
    brackets ("VerSe ($805 million - Series J), Udaan ($275 million)"), or one round whose
    company is a pronoun naming the clause before (``previous``)."""
    said = " ".join((clause if clause.isascii() else _FLAGS.sub("", clause)).split())
    if "respectively" in said and (paired := _respectively(said)):
        return paired
    out: list[FundingCandidate] = []
    # several "<name>, which raised ..." in one sentence: each read as its own sentence
    marks = list(_WHICH_RAISED.finditer(said)) if (
        " which " in said or " who " in said or " that " in said) else []
    if "ing " in said:
        # "smallcase securing $50 million in a Series D round and Lendingkart raising $29.5
        # million", "Kaco announcing an undisclosed funding round": a gerund per company
        # (not "after raising", ", collectively raising": the clause's own news first)
        gerunds = [g for g in _GERUND_RAISED.finditer(said)
                   if said[:g.start()].rstrip()[-1:] != ","
                   and said[:g.start()].rsplit(None, 1)[-1].lower() not in _NOT_BEFORE_GERUND]
        marks = sorted(marks + gerunds, key=lambda m: m.start())
    for i, m in enumerate(marks):
        start = marks[i - 1].end() if i else 0
        before = said[start:m.start()]
        if i:  # the previous deal's words end at its ", and" / ";" (or its money, then ",")
            cut = _NEXT_DEAL.split(before)
            if len(cut) == 1:
                cut = _AFTER_MONEY.split(before)
            before = cut[-1] if len(cut) > 1 else ""
        end = marks[i + 1].start() if i + 1 < len(marks) else len(said)
        deal = _DEAL_END.split(said[m.end():end])[0]
        if m.re is _WHICH_RAISED and (_RESUMES.search(deal) or _OBJECT_OF.search(before)):
            # background, not the news: "Oyo, for example, which raised $1.55 billion from
            # SoftBank, promised hoteliers ...", "I wrote about Munchery, the startup that
            # raised more than $125 million"
            continue
        name = _name_before(before)
        # (a brand in lower case, "smallcase securing $50 million", is named by its place)
        if name and (names_a_company(name) or (m.re is _GERUND_RAISED and name.isalpha()
                                                and name.islower() and len(name) > 3)):
            verb = "raised " if m.re is _GERUND_RAISED else ""
            found = find_funding(f"{name} {verb}{deal}")
            if found is not None:
                out.append(replace(found, sentence=said))
    if out:
        named = {o.subject for o in out}
        bracketed = [FundingCandidate(
            subject=name, round=_round(d.group("deal")), amount=money.amount,
            currency=money.currency, investors=(), sentence=said)
            for d in _BRACKETED_DEAL.finditer(said) if "(" in said
            and not _NOT_A_RAISE.search(d.group("deal"))
            and (name := _LIST_OPENER.sub("", d.group("name"), count=1).strip(" ,"))
            and name not in named and names_a_company(name)
            and (money := _amount(d.group("deal"))) is not None]
        return out + bracketed + _listed_after(said, out)
    if "(" in said and (deals := [d for d in _BRACKETED_DEAL.finditer(said)
                                  if not _NOT_A_RAISE.search(d.group("deal"))]):
        for d in deals:
            name = _LIST_OPENER.sub("", d.group("name"), count=1).strip(" ,")
            money = _amount(d.group("deal"))
            if name and names_a_company(name):
                out.append(FundingCandidate(
                    subject=name, round=_round(d.group("deal")),
                    amount=money.amount if money else None,
                    currency=money.currency if money else None, investors=(),
                    sentence=said))
        if out:
            # "Anduril closed a $2.5B Series G, while A ($900M, Series C) ...", "..., and
            # Ivory Coast fintech, Bizao raised $8.2m": rounds stated around the brackets
            head, tail = said[:deals[0].start()], said[deals[-1].end():]
            for part in (head, _DEAL_END.split(tail)[-1] if tail else ""):
                more = find_funding(part) if part.strip() else None
                if more is not None and more.subject not in {o.subject for o in out}:
                    out.append(replace(more, sentence=said))
            return out
    if ("'s $" in said or "’s $" in said) and (owners := _listed_owners(said)):
        return owners
    if ("'s " in said or "’s " in said or "s' " in said or "s’ " in said) and len(
            owned := [m for m in _OWNED_ROUND.finditer(said) if names_a_company(m.group("name"))]
    ) >= 2:
        # "DMI Finance's $400 million funding round led by X, Curefoods' $37 million funding
        # round from Y, and AVIOM's $30 million Series D": each company's round
        out = []
        for m in owned:
            money = _amount(m.group("rest"))
            out.append(FundingCandidate(
                subject=m.group("name"), round=_round(m.group("rest")),
                amount=money.amount if money else None,
                currency=money.currency if money else None, investors=(), sentence=said))
        return out
    if "," in said[:60] and (ranked := _RANKED_DEAL.match(said)):
        # "1. xAI, $6B, artificial intelligence: ...": a list of the biggest rounds
        money = _amount(ranked.group("money"))
        if money is not None:
            return [FundingCandidate(subject=ranked.group("name").strip(),
                                     round=_round(said[ranked.end():ranked.end() + 200]),
                                     amount=money.amount, currency=money.currency,
                                     investors=(), sentence=said)]
    # "More than half of it was raised by BYJU'S ($250 million)", "the $188-million private
    # equity investment in UltraGreen.ai", "the $298 million raised by X from Y": a company
    # and its money, the company not the sentence's subject
    for word, shape in ((" by ", _RAISED_BY_BRACKET), ("investment in", _INVESTMENT_NOUN),
                        (" by ", _RAISED_BY)):
        if word in said and (told := shape.search(said)) and names_a_company(
                told.group("name")):
            money = _amount(told.group("money"))
            return [FundingCandidate(subject=told.group("name"), round=_round(told.group(0)),
                                     amount=money.amount if money else None,
                                     currency=money.currency if money else None,
                                     investors=(), sentence=said)]
    if said.startswith("From ") and (ranged := _FROM_TO.match(said)) and _MONEY_WORDS.search(
            ranged.group("rest")):
        # "From Agilitas Sports To Rooter: Indian Startups Raised $171 Mn This Week": a
        # weekly report's headline names its first and last rounds
        return [FundingCandidate(subject=name.strip(), round="unknown", amount=None,
                                 currency=None, investors=(), sentence=said)
                for name in (ranged.group("first"), ranged.group("last"))
                if names_a_company(name)]
    if " for " in said and len(fors := [m for m in _ROUND_FOR.finditer(said)
                                         if names_a_company(m.group("name"))]) >= 1:
        # "a $400 million Series E round for indoor vertical farming company Plenty", "Other
        # deals include a $387 million Series C for the cultured meat startup UPSIDE Foods"
        return [FundingCandidate(
            subject=m.group("name").rstrip(" .,;"), round=_round(m.group("round")),
            amount=money.amount if (money := _amount(m.group("money"))) else None,
            currency=money.currency if money else None, investors=(), sentence=said)
            for m in fors]
    found = find_funding(said)
    if found is None and _INTENT.search(said):
        # "Apna Mart set to raise $25 million": a round intended, not closed: a rumour
        found = _intended(said)
    if found is None and len(owned := [m for m in _OWNED_ROUND.finditer(said) if names_a_company(
            m.group("name"))] if "'s " in said or "’s " in said else []) == 1:
        # "Leading this week's funding was VerSe Innovation's $805 Mn mammoth round"
        money = _amount(owned[0].group("rest"))
        found = FundingCandidate(
            subject=owned[0].group("name"), round=_round(owned[0].group("rest")),
            amount=money.amount if money else None,
            currency=money.currency if money else None, investors=(), sentence=said)
    combined = False
    if (found is None or not names_a_company(found.subject)) and (
            raising := _RAISING.search(said)) and not _own_fund(said[:raising.start()]) and (
            subject := leading_subject(last := _LAST_CLAUSE.split(said[:raising.start()])[-1])
    ) and not _NOT_A_ROUND.holds(last):
        # (not the money of what the clause says was done: "Nova closed an underwritten
        # public offering, raising $2.37 million" is a listed company's offering)
        # "X has entered the unicorn club after raising $111.5M in its Series B", "Y emerged
        # as the top recipient, raising Rs 1,700 crore", "A and B followed, collectively
        # raising Rs 250 crore" (a combined amount: no one company's)
        found = find_funding(f"{subject} raised {said[raising.end():]}") or found
        found = replace(found, sentence=said) if found else None
        combined = bool(raising.group("combined"))
    if (found is None or not names_a_company(found.subject)) and (
            held := _WITH_MONEY.search(said) or _WITH_FUNDING_OF.search(said)) and (
            subject := leading_subject(_LAST_CLAUSE.split(said[:held.start()])[-1])):
        # (the clause of the money: "Others also raised funds, and Eden Care joined Y
        # Combinator's program with a funding of $500,000")
        # "Rebel Foods rounded out the list with a $17 million debt round", "A and B led
        # with $5.5 million each"
        found = find_funding(f"{subject} raised {held.group('rest')}")
        found = replace(found, sentence=said) if found else None
    if found is not None and _PRONOUN_SUBJECT.match(found.subject) and previous and (
            lead := _LEADING_SUBJECT.match(" ".join(previous.split()))):
        found = replace(found, subject=lead.group("subject"))
    elif found is None and previous and (pronoun := _PRONOUN_START.match(said)) and (
            lead := _LEADING_SUBJECT.match(" ".join(previous.split()))):
        # "Apeel Sciences ... is out to prevent waste. The company just added $250 million"
        found = find_funding(f"{lead.group('subject')} {said[pronoun.end():]}")
        found = replace(found, sentence=said) if found else None
    if found is not None:
        bare = _ADVERB_FIRST.sub("", found.subject.strip())
        pair = bare.count(" and ") == 1 and "," not in bare and (
            _EACH.search(said) or combined or all(
                _DESCRIBED_NAME.match(i.strip()) for i in bare.split(" and ")))
        items = _list_items(found.subject) if (
            found.subject.count(",") >= 2 or found.subject.lower().startswith("both ")
            or pair) else []
        # a list holds names only ("A, B, and C"); "7shifts, a four-year-old, Saskatoon-based
        # maker" is one company and its description
        parts = [p for p in _LIST_SPLIT.split(_ADVERB_FIRST.sub("", found.subject.strip()))
                 if p.strip()]
        if len(items) >= 2 and len(items) == len(parts) and all(
                names_a_company(i) for i in items) and not _ALIAS.search(found.subject):
            # "Celcius Logistics, The Good Bug, and Blissclub also attracted investments":
            # each company its round; an amount only where each had it
            each = _EACH.search(said) is not None and not _COMBINED.search(said) and \
                not combined
            return [replace(found, subject=item, amount=found.amount if each else None,
                            currency=found.currency if each else None) for item in items]
        return [found, *_listed_after(said, [found])]
    if (listed := _RECIPIENTS.search(said)) and not _ACQUISITION.holds(
            listed.group("list")) and (
            _MONEY_WORDS.search(listed.group("head") or "") or listed.group("passive")
            or _RAISERS.match(listed.group("head") or "")
            # "Worthy of mention are startups like A, B and C, the latter two of which chose
            # not to disclose their fundraising figures": amounts untold, rounds stated
            or (listed.group("head") and _UNDISCLOSED.search(listed.group("list")))
            or (listed.group("after") and (find_money(said[:listed.start()])
                                           or _MONEY_WORDS.search(said[:listed.start()])
                                           or _LIST_LEAD.match(said)))):
        # a list of companies that raised, their amounts not given; "Traya spearheaded the
        # list followed by A, B and C": the list's leader too
        lead = _LIST_LEAD.match(said)
        return [_listed_round(item, _round(said[:listed.start()]), said)
                for item in ([lead.group("name")] if lead else [])
                + _list_items(listed.group("list"))]
    if (untold := _UNTOLD_BY.search(said)) and len(items := _list_items(_CONJUNCTION.split(
            untold.group("list"))[-1])) >= 2 and all(names_a_company(i) for i in items):
        # "as Orisdi, BonLili, and Alsaree3 did not disclose their investment values"
        return [_listed_round(item, "unknown", said) for item in items]
    return []


#: Where a clause about the list begins: "though this amount could be higher as A, B".
_CONJUNCTION = re.compile(r"(?i)\b(?:as|while|since|because|though|although|but)\s+")
#: Amounts a list's companies did not disclose: their rounds are stated, untold.
_UNDISCLOSED = re.compile(r"(?i)\b(?:not\s+to\s+disclose|did\s+not\s+disclose|didn['’]t\s+"
                          r"disclose|undisclosed)\b[^.]{0,40}?\b(?:fundrais\w*|funding|"
                          r"investments?|amounts?|figures|sums?|values?|rounds?)\b")
_UNTOLD_BY = re.compile(r"(?:^|,\s+|\bas\s+|\bwhile\s+)(?P<list>(?-i:[A-Z])[^.;:]{2,120}?)\s+"
                        r"(?:did\s+not|didn['’]t|chose\s+not\s+to)\s+disclose\s+(?:their|the)\s+"
                        r"(?:investment|funding|fundraising|deal)\s+(?:values?|amounts?|figures|"
                        r"sizes?)\b", re.IGNORECASE)


#: "with Apna Mart set to raise $25 million, Country Delight raising $25 million, and Groww
#: in talks to secure $200 million": each comma's company and its round.
_SEGMENT = re.compile(r",\s+(?:and\s+)?|;\s+")
_SEGMENT_LEAD = re.compile(r"(?i)^(?:with|while|and|as)\s+")


def _more_in_segments(said: str, out: list[FundingCandidate]) -> list[FundingCandidate]:
    """``out`` and the rounds of a list's other items, each item read on its own."""
    named = {o.subject for o in out}
    for part in _SEGMENT.split(said):
        part = _SEGMENT_LEAD.sub("", part.strip())
        if not part or any(n in part or part in n for n in named):
            continue
        found = find_funding(part) or (_intended(part) if _INTENT.search(part) else None)
        if found is not None and names_a_company(found.subject):
            out.append(replace(found, sentence=said))
            named.add(found.subject)
    return out


#: A round intended, not closed: "set to raise", "aiming to raise", "plans to secure".
_INTENT = re.compile(r"(?i)\b(?:set|aim(?:s|ing)?|plans?|planning|looking|seeking|seeks|"
                     r"expected|preparing|gearing\s+up)\s+to\s+(?:raise|secure|close|land)\b")
_TO_THIRD = {" raise ": " raises ", " secure ": " secures ", " close ": " closes ",
             " land ": " lands "}


def _intended(text: str) -> FundingCandidate | None:
    """A round a company is set or aiming to raise, read as a rumour."""
    plain = " ".join(_RUMOUR_WORDS.sub(" ", text).split())
    for verb, third in _TO_THIRD.items():
        plain = plain.replace(verb, third)
    found = _find_funding(plain) if plain else None
    return replace(found, sentence=text, rumour=True) if found else None


#: "1. xAI, $6B, artificial intelligence: ...", "3. (tied) Scale AI, $1B, ...": a ranked
#: list of rounds, a name and its amount before a colon.
_RANKED_DEAL = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:\([^)]{1,10}\)\s+)?(?P<name>[^,:]{1,40}),\s+(?P<money>(?:US\$|[A-Z]{0,2}"
    r"[$€£₹])\s?[\d.,]+\s?(?i:[mbk]n?|million|billion)?),\s+[^:]{1,60}:")
#: "the $298 million raised by South Africa's Metro Fibre Network from Standard Chartered".
_RAISED_BY = re.compile(
    r"(?P<money>(?:US\$|USD\s?|Rs\.?\s?|INR\s?|₹|[A-Z]{0,2}[$€£])\s?[\d.,]+\s?(?:[mbk]n?|mln|"
    r"million|billion|crore|cr)?)\s+(?:\w+\s+)?(?:raised|secured|received|bagged)\s+by\s+"
    r"(?:[A-Z][\w ]{1,30}['’]s\s+)?(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])"
    r"[\w.&'’\-]*){0,4})")


_NAME_SPAN = (r"(?-i:[A-Z0-9]|[a-z]{1,6}(?=[A-Z]))[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*)"
              r"{0,4}")
_MONEY_SPAN = (r"(?:US\$|USD\s?|Rs\.?\s?|INR\s?|₹|[A-Z]{0,2}[$€£])\s?[\d.,]+[\s\-]?(?:[mbk]n?|"
               r"mln|million|billion|crore|cr)?")
_OWNER_NAME = r"(?-i:[A-Z])[\w.&\-]*(?:\s(?-i:[A-Z])[\w.&\-]*){0,3}"
#: "Floward, Nana, and Halan's $100 million-plus mega deals", "Tabby and Qlub's $58 million
#: and $25 million landing among the top five deals": companies listed, one possessive for
#: all, then their amounts.
_LISTED_OWNERS = re.compile(
    rf"(?P<list>(?:{_OWNER_NAME}['’]s\s+)?{_OWNER_NAME}(?:\s*,\s*{_OWNER_NAME})*,?\s+(?:and|&)\s+"
    rf"{_OWNER_NAME})['’]s\s+(?P<amounts>{_MONEY_SPAN}[\w\-+]*(?:\s*(?:,|and|&)\s*{_MONEY_SPAN})*)"
    r"\s+(?:[\w\-+]+\s+){0,5}?(?P<what>deals?|rounds?|raises|fundraises|funding|"
    r"investments?)\b")


def _listed_owners(said: str) -> list[FundingCandidate]:
    """The rounds of companies listed before one possessive: each its own amount when the
    amounts are as many as the names ("Tabby and Qlub's $58 million and $25 million"),
    none when one amount stands for all ("... Halan's $100 million-plus mega deals")."""
    m = _LISTED_OWNERS.search(said)
    if m is None:
        return []
    names = []
    for item in _LIST_SPLIT.split(m.group("list")):
        item = item.strip()
        if (owner := _PLACE_OWNER.match(item)) and place(owner.group(1)):
            item = item[owner.end():]  # "UAE's Tabby": the company, not its country
        if item:
            names.append(item)
    amounts = [_amount(a.group(0)) for a in re.finditer(_MONEY_SPAN, m.group("amounts"))]
    if len(names) < 2 or not all(names_a_company(n) for n in names):
        return []
    each = len(amounts) == len(names)
    if not each and not m.group("what").lower().endswith("s"):
        return []  # "A and B's $5 million deal": one deal between them, no one's round
    return [FundingCandidate(subject=name, round="unknown",
                             amount=money.amount if each and money else None,
                             currency=money.currency if each and money else None,
                             investors=(), sentence=said)
            for name, money in zip(names, amounts if each else [None] * len(names),
                                   strict=True)]


_PLACE_OWNER = re.compile(r"^([\w.\- ]{2,30}?)['’]s\s+")


_RAISED_BY_BRACKET = re.compile(
    rf"\b(?:was|were|is)\s+raised\s+by\s+(?P<name>{_NAME_SPAN})\s*\(\s*(?P<money>{_MONEY_SPAN})"
    r"\s*\)", re.IGNORECASE)
_INVESTMENT_NOUN = re.compile(
    rf"(?P<money>{_MONEY_SPAN})\s+(?:[\w\-]+\s+){{0,3}}?investment\s+in(?:to)?\s+"
    rf"(?P<name>{_NAME_SPAN})", re.IGNORECASE)


#: A weekly report's headline: "From A To B: Indian Startups Raised $72 Mn This Week".
_FROM_TO = re.compile(r"^From\s+(?P<first>.{2,50}?)\s+[Tt]o\s+(?P<last>.{2,50}?)\s*[:—–]\s+"
                      r"(?P<rest>.+)$")


def _listed_after(said: str, found: list[FundingCandidate]) -> list[FundingCandidate]:
    """Companies a sentence lists after its stated rounds ("Country Delight raised $20
    million, trailed by Captain Fresh, OneCard and Wiz Freight"): each a round, untold."""
    listed = _RECIPIENTS.search(said)
    if listed is None or not listed.group("after"):
        return []
    named = {f.subject for f in found}
    return [_listed_round(item, "unknown", said)
            for item in _list_items(listed.group("list")) if item not in named]


#: A listed company with its own amount: "followed by Kenyan startup Mydawa with $20
#: million", "Ubenwa ($2.5m)".
_ITEM_MONEY = re.compile(rf"^(?P<name>.+?)\s*(?:\s(?:with|at)\s+|\(\s*)(?P<money>{_MONEY_SPAN})"
                         r"\s*\)?$", re.IGNORECASE)


def _listed_round(item: str, round_: str, said: str) -> FundingCandidate:
    """The round of one company a list names, its amount when the item gives one."""
    money = _amount(m.group("money")) if (m := _ITEM_MONEY.match(item)) else None
    return FundingCandidate(subject=m.group("name") if m and money else item, round=round_,
                            amount=money.amount if money else None,
                            currency=money.currency if money else None, investors=(),
                            sentence=said)


_ROUND_FOR = re.compile(
    rf"(?P<money>{_MONEY_SPAN})\s+(?P<round>(?:(?:pre-)?seed|pre-series\s+[a-e]|series\s+[a-j]|"
    r"growth|debt|bridge)(?:\s+(?:round|funding|financing|extension|raise))?|(?:funding\s+)?"
    r"(?:round|raise))\s+"
    rf"for\s+(?:the\s+)?(?P<name>(?:(?-i:[a-z][\w\-]*)\s+){{0,5}}?{_NAME_SPAN})",
    re.IGNORECASE)
#: "A, B, C and D which raised $30 million, $26 million, $10 million and $4.2 million
#: funding, respectively": the n-th company the n-th amount.
_RESPECTIVE_VERB = re.compile(r"(?i)\s+(?:which|who|that)?\s*(?:raised|secured|bagged|received|"
                              r"got|landed)\s+")


def _respectively(said: str) -> list[FundingCandidate]:
    """The rounds of a "respectively" sentence, when its names and amounts pair up."""
    verb = _RESPECTIVE_VERB.search(said)
    if verb is None:
        return []
    head = said[:verb.start()]
    listed = _RECIPIENTS.search(head)
    names = _list_items(listed.group("list") if listed else _LIST_OPENER.sub("", head, count=1))
    money = find_money(said[verb.end():])
    if len(names) < 2 or len(names) != len(money):
        return []
    return [FundingCandidate(subject=name, round="unknown", amount=m.amount,
                             currency=m.currency, investors=(), sentence=said)
            for name, m in zip(names, money, strict=True)]
