"""Strategic and financial events (pure): the rest of the trigger catalogue (issue #13).

One event per sentence, read around its verb: who acts (the subject before the verb),
what happens (the verb and its object), to whom (the object, for acquisitions and
partnerships, where both companies get the event):

- ``strategic``: ``expansion`` (enters or expands into a market or region, opens an
  office), ``product_launch`` (launches, unveils, debuts a product line; not a website, a
  campaign, a fund, a podcast ...), ``acquisition`` (the account buys), ``acquired`` (the
  account is bought: a disqualifying event for most ICPs), ``partnership``,
  ``ipo_filing`` (files for an IPO, an S-1 or F-1).
- ``financial``: ``missed_targets`` (results below estimates, expectations or
  guidance), ``guidance_cut`` (lowers its outlook), ``layoffs`` (cuts jobs,
  restructures).

Attributes: ``{type, detail}`` (DESIGN.md section 5). Each ICP says whether a type is a
trigger (``[icps.triggers.strategic] types``), a disqualifier (``disqualify``) or neither.

The clause is cleaned first (a wire's prefix, tickers, a label, a backer's appositive),
then one reader per kind tries it in a fixed order (acquisitions, IPOs, partnerships,
financial, expansions, launches); a reader either does not apply or gives the clause's
events. What was measured, and on which labelled titles: tests/data/events/SOURCES.md.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..match import common_words
from .funding import _RUMOUR_WORDS, reported
from .gates import Words
from .places import DEMONYMS, place
from .products import (
    A_WORK,
    LAUNCH_TAIL,
    MINOR,
    NEVER_A_PRODUCT,
    PRODUCT,
    is_minor,
    launched_product,
)
from .text import (
    CLAUSE_BEFORE_SUBJECT,
    LEAD_IN,
    TICKERS,
    WIRE,
    drop_appositive,
    first_subject,
    shouted,
    unshout,
)

_NAME = (r"(?P<subject>(?-i:[A-Z0-9]|[a-z]{1,8}(?=-?[A-Z])|"
         # "tonies Introduces ...", "iuvo Launches ...": a brand in lower case, then the
         # headline's capitalised verb
         r"[a-z][a-z0-9.\-]{1,20}(?=\s(?-i:[A-Z])[a-z]+s\b|"
         # ("elevendigits Ltd Expands ..."): its legal form, then the verb
         r"\s(?-i:Ltd|Inc|LLC|AG|GmbH|SA|SE|NV|BV|PLC|plc|Corp|Limited)\b))(?:[^,;:(]|"
         r"\([^)]{0,40}\)|"
         # "Fifty 1 Labs, Inc. (OTC: FITY)": a legal suffix after a comma is still the name
         r",\s(?:Inc|LLC|Ltd|Corp|Co|PLC|S\.A|AG|GmbH|N\.V|B\.V|PA|P\.A|PC|P\.C|PLLC|LLP|LP)"
         # ("Hippos, LLC's Division OG Yields": the name's possessive)
         r"\.?(?=[\s,(]|['’]s\s)){0,80}?)")
#: The other company, after up to four lower-case descriptor words ("media company X").
_OBJECT = (r"(?P<object>(?-i:[a-z]{1,3}(?=[A-Z])|(?:[a-z][\w\-’']*\s+){0,6}[A-Z0-9]|"
           # ("buys a humanoid robotics startup": one, unnamed)
           r"an?\s+(?:[a-z][\w\-]*\s+){0,5}(?:startup|company|firm|maker|developer|provider|"
           r"rival|competitor)\b)"
           r"[\w.&'’\-®™@ ]{0,60}?)")
#: Where a name ends: the end, a comma (not a thousands one: "90,000 ha") or bracket, a full
#: stop before a space (not the dot in "Triggy.AI" nor the last of "U.S."), or a word that
#: starts what follows it.
_END = (r"(?=\s*$|\s*(?:,(?!\d{3})|[;:(])|(?<!\.[A-Z])(?<!\bSt)(?<!\bMt)(?<!\bFt)\.(?=\s|$)|[—–]|"
        r"\s+(?:for|in|to|from|as|amid|after|with|and(?!\s+(?-i:A)ssociates\b|\s+(?-i:S)ons\b)|"
        r"on|at|by|through|via|—|–|-)\s)")


#: What "acquires" takes that is not a company.
_NOT_A_COMPANY = re.compile(
    r"(?i)(?:a\s+|an\s+|the\s+)?(?:large\s+|majority\s+|minority\s+|\d+(?:\.\d+)?\s*%?\s+|"
    r"exclusive\s+|additional\s+)?"
    r"(?:land|lands|property|properties|building|buildings|real\s+estate|collection|rights|"
    r"concessions?|"
    r"stake|shares|equipment|licen[cs]e|patents?|domain|site|sites|lot|acres|assets\s+in|"
    r"option\b|options\b|interests?\b|"
    r"(?:clients|customers|users|subscribers|talent|members)(?=\s*$)|"
    r"portfolio\s+of\s+loans|inventory|fleet|aircraft|vessels?|homes?|units?|acreage|"
    r"mineral|claims?|power|capacity|(?:[\w\-]+\s+)?(?:tokens|coins|bitcoin|ether))\b")


@dataclass(frozen=True)
class EventCandidate:
    kind: str       # strategic | financial
    type: str
    #: Words naming the company the event belongs to (the matcher resolves them).
    subject: str
    detail: str
    sentence: str
    rumour: bool = False


_ADVERBS = re.compile(r"(?:\s+(?:further|officially|now|also|quietly|finally|formally|abruptly|"
                      r"suddenly|temporarily|permanently|"
                      r"successfully|today|again|strategically|proudly|exclusively|"
                      r"jointly|rapidly|quickly|soon))+$", re.IGNORECASE)
#: "... Operations at Recently Acquired Mt. Vernon Mine": an event told as background.
_BACKGROUND = re.compile(r"(?i)\b(?:recently|newly|previously|already|formerly|once|"
                         r"at|the|its|their|of)$")


#: A unit acting for its company: "Endexx Corporation's HYLA Division", "Fifty 1 Labs, Inc.
#: (OTC: FITY) Subsidiary", "Vanarsdel Supervisory Board".
_UNIT = re.compile(
    r"(?:['’]s?\s+(?:[\w&.\-]+\s+){0,3}?)?\s*\b(?:subsidiary|division|unit|arm|business\s+unit|"
    r"(?:supervisory\s+|management\s+)?board|mainnet|testnet)$", re.IGNORECASE)
#: "AGC Biologics’ Chiba Site": a place of the company's (its words after a possessive): a
#: partner is the company; a site bought is no company acquired.
_A_SITE = re.compile(r"['’]s?\s+(?:[\w&.\-]+\s+){0,3}?(?:site|facility|plant|campus|factory|"
                     r"laboratory|lab)$", re.IGNORECASE)


#: A brand's one word or capitals ("CATL", "AgriLogiq", "3PRO TV", "Kovi").
_BRAND_LIKE = re.compile(r"(?-i:[A-Z0-9][a-z0-9]*[A-Z0-9][\w.\-]*(?:\s[A-Z0-9][\w.\-]*)?|"
                         r"[A-Z][a-z]+[\w.\-]*)")
#: A place's possessive before a name ("UK’s Deliveroo").
_PLACE_OWNS = re.compile(r"^((?-i:[A-Z])[\w.\-]*(?:\s(?-i:[A-Z])[\w.\-]*)?)['’]s\s+"
                         r"(?=(?-i:[A-Z0-9]))")
#: Who backs a company or what it is worth, before its name: "Bill Gates-backed Arnergy",
#: "$25B-valued Chime", "Texas-based Lamna".
_BACKED_PREFIX = re.compile(r"^(?:[\w$.,’'&]+\s+)?[\w$.,’'&]+-(?:backed|valued|owned|funded|"
                            r"based|headquartered|founded)\s+(?=\S)|"
                            # "$25 billion valuation Chime"
                            r"^(?:US)?[$€£][\d.,]+\s*(?:million|billion|trillion|[mbt]n?)?\s+"
                            r"valuation\s+(?=\S)", re.IGNORECASE)
_ANNOUNCED_UNIT = re.compile(
    r"^.+?\s+announces\s+(?:that\s+)?(?:its\s+)?(?:subsidiary|unit|division|portfolio\s+company)"
    r"\s+(?P<unit>(?-i:[A-Z0-9]).+)$", re.IGNORECASE)


#: "Golden Matrix Group Subsidiary BrightHy", "Neutra Corp's Subsidiary, Neutra Life
#: Sciences": the unit named after its parent acts.
_PARENTS_UNIT = re.compile(
    r"^.+?(?:['’]s?)?\s+(?:subsidiary|division|unit|portfolio\s+company|affiliate),?\s+"
    r"(?P<unit>(?-i:[A-Z0-9]).+)$", re.IGNORECASE)


def _clean(span: str) -> str:
    span = _HEADLINE_LEAD_IN.sub("", span.strip())
    if ("’s " in span or "'s " in span) and (own := _PLACE_OWNS.match(span)) and \
            place(own.group(1)) and _BRAND_LIKE.fullmatch(span[own.end():]) and \
            span[own.end():].lower() not in common_words():
        # "UK’s Deliveroo", "China’s CATL": where it is from, then a brand's one word or
        # capitals ("Georgia’s Own", "America's Meme Coin", "Zurich's Max International":
        # names of their own)
        span = span[own.end():]
    if "-" in span and (backer := _BACKED_PREFIX.match(span)):
        span = span[backer.end():]  # "Sequoia-backed Crosby", "$25B-valued Chime"
    if " as " in span and (named := _AS_THEN_NAME.match(span)) and \
            named.group("name").lower() not in common_words():
        span = named.group("name")  # "Musk Unifies His Space and AI Firms as SpaceX Buys"
    if " by " in span.lower():
        span = _POWERED_BY.sub("", span)  # "DC Wallet Powered by Radix": what runs it
    span = _UNIT.sub("", span).strip() or span
    if unit := _ANNOUNCED_UNIT.match(span) or _PARENTS_UNIT.match(span):
        span = unit.group("unit")  # "Xalles announces subsidiary CashX", "X Subsidiary Y"
    span = first_subject(span)  # "Littleton Ranch Opens Boarding Services and" ...
    # "D-Wave (NYSE: QBTS)": a ticker or a note in brackets ends nothing
    span = _TRAILING_BRACKETS.sub("", span)
    # "Milestone in AI - AIXtreme announces": the company is after the last dash or colon
    span = _DASH_OR_COLON.split(span)[-1]
    return _ADVERBS.sub("", span.strip(" ,:;—–-\"'“”‘’®™")).strip(" ®™")


_ACQUIRES = re.compile(
    rf"^{_NAME}\s+(?:has\s+|have\s+)?(?:agreed\s+to\s+|agrees\s+to\s+|to\s+|will\s+|"
    rf"(?:signs?|finali[sz]es|reaches|inks|enters\s+into|executes)\s+(?:a\s+|an\s+)?"
    rf"(?:definitive\s+|binding\s+|non-binding\s+)?"
    rf"(?:agreement|letter\s+of\s+intent|LOI|deal|term\s+sheet|indication\s+of\s+interest"
    rf"(?:\s+\(\s*IOI\s*\))?|IOI)\s+to\s+)?"
    # ("X to buy Y": news' own form, in lower case; title case's "to Buy" is mostly "Best
    # Crypto to Buy Now")
    rf"(?:acquires?|acquired|buys|(?P<buy>(?<=\bto\s)(?-i:buy))|bought|snaps\s+up|snapped\s+up|"
    rf"scoops\s+up|picks\s+up|"
    rf"completes\s+(?:the\s+)?(?:acquisition|purchase)\s+of|closes\s+(?:the\s+)?"
    rf"(?:acquisition|purchase)\s+of|announces\s+(?:the\s+)?(?:acquisition|purchase)\s+of)"
    # "Acquires Majority Stake in X": control of X is bought
    rf"\s+(?:an?\s+)?(?:(?:majority|controlling|(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s*%|"
    rf"(?:5[1-9]|[6-9]\d|100)\s+percent)\s+"
    rf"(?:stake|interest|ownership|shareholding)\s+in\s+)?{_OBJECT}{_END}", re.IGNORECASE)
#: A company sold to a buyer: "X Sells Y to Z", "X Completes Sale of Y to Z", "X Exits Y in
#: Strategic Sale to Z".
_SELLS = re.compile(
    rf"^{_NAME}\s+(?:sells|sold|divests|has\s+sold|agrees\s+to\s+sell|to\s+sell|"
    rf"(?:completes|closes|announces|finali[sz]es)\s+(?:the\s+)?(?:sale|divestiture)\s+of|exits)\s+"
    rf"(?P<sold>(?-i:[A-Z0-9]|[a-z]{{1,8}}(?=[A-Z]))[\w.&'’\-® ]{{1,50}}?)\s+"
    rf"(?:(?:in|through|via)\s+(?:an?\s+)?"
    rf"(?:strategic\s+|all-cash\s+|cash\s+)?(?:sale|transaction|deal)\s+)?to\s+"
    # (not a purpose: "Divests Map Dynamics to Focus on Core 3D Modeling")
    rf"(?!(?:(?:re)?focus|fund|support|accelerate|strengthen|streamline|concentrate|reinvest|"
    rf"pay|reduce|raise|invest|expand|grow|advance|pursue|simplify|unlock|prioriti[sz]e|"
    rf"sharpen|create|enhance|improve|drive|bolster|boost)\b){_OBJECT}{_END}",
    re.IGNORECASE)
#: A holding sold, not a company: "PayPay stake", "Its Shares in X".
_A_STAKE = re.compile(r"(?i)\b(?:stake|shares|interest|holding|holdings|position)$")
_ACQUIRED_BY = re.compile(
    rf"^{_NAME}\s+(?:is\s+|was\s+|to\s+be\s+|has\s+been\s+|gets\s+|agrees\s+to\s+be\s+)?"
    rf"(?:acquired|bought|snapped\s+up|purchased)\s+by\s+{_OBJECT}{_END}", re.IGNORECASE)
_PARTNERS = re.compile(
    rf"^{_NAME}\s+(?:partners|merges|(?:is\s+|are\s+)?partnering|has\s+partnered|partnered|"
    rf"teams\s+up|joins\s+forces|collaborates|(?:forms|forges|enters\s+(?:into\s+)?)"
    rf"(?:a\s+|an\s+)?(?:[\w\-]+\s+){{0,2}}?(?:partnership|alliance|collaboration)|(?:announces|introduces|unveils|launches|reveals)\s+"
    rf"(?:a\s+|new\s+)?(?:[\w$.\-]+\s+){{0,2}}?"
    rf"(?:partnership|alliance|collaboration)|signs\s+(?:a\s+)?(?:strategic\s+)?"
    rf"(?:partnership|alliance))\s+with\s+{_OBJECT}{_END}", re.IGNORECASE)
_LEGAL = r"(?:,\s(?:Inc|LLC|Ltd|Corp|Co|PLC|PA|LLP|LP|GmbH|AG)\.?)?"
_BOTH_PARTNER = re.compile(
    rf"^(?P<subject>(?-i:[A-Z0-9]|[a-z]{{1,8}}(?=[A-Z]))[^,;:]{{0,60}}?{_LEGAL})\s+(?:and|&)\s+"
    rf"{_OBJECT}{_LEGAL}\s+(?:to\s+|will\s+|plan\s+to\s+)?"
    rf"(?:enter\s+(?:into\s+)?(?:a\s+|an\s+)?(?:[\w\-]+\s+){{0,3}}?(?:partnership|alliance|"
    rf"joint\s+venture)|form\s+[^,;:]{{1,40}}?\s*[—–,-]\s*(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:partnership|joint\s+venture|alliance)|partner(?!\s*,\s+(?-i:[A-Z])[\w.]+\s+(?-i:[A-Z])|"
    rf"\s+(?:award|awards|program|programme|"
    rf"network|summit|finalist|of\s+the\s+year)|\s+(?-i:[A-Z])[\w'’\-]+\s+(?-i:[A-Z])[\w'’\-]+\s+"
    # "White Collar Defense Partner Jane Roe Joins Venable": a person's title
    rf"(?:joins|named|appointed|returns|rejoins)\b)|team\s+up|"
    rf"join\s+forces|collaborate|merge|are\s+partners|(?:have\s+|has\s+)?partnered|"
    rf"(?:are\s+)?(?:collaborating|partnering|teaming\s+up)(?=\s+(?:to|on|with|in|for)\s)|"
    rf"announces?\s+(?:a\s+|an\s+|the\s+|new\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:partnership|(?:launch\s+of\s+(?:a\s+|the\s+|their\s+)?)?joint\s+venture)|"
    # "A and B Extend Multi-Year Partnership", "... Launch New Collaboration"
    rf"(?:extend|expand|renew|deepen|strengthen|launch)\s+(?:their\s+|a\s+|an\s+|new\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:partnerships?|collaborations?|alliances?)|"
    # "Redwood and Rebus Partnership Elevates ...": the partnership is the subject
    rf"(?:strategic\s+)?(?:partnership|alliance|collaboration)(?=\s+(?-i:[A-Z])\w+s\s|"
    rf"\s+to\s)|"
    rf"(?:form|forge|launch|create|establish|set\s+up|forming|forging|launching|creating|"
    rf"establishing|setting\s+up)\s+(?:a\s+|an\s+)?(?:[\w$.\-]+\s+){{0,3}}?"
    # ("a joint chipmaking venture")
    rf"(?:partnership|alliance|joint\s+(?:[\w\-]+\s+)?venture)|sign\s+"
    rf"(?:a\s+|an\s+)?(?:(?:new|strategic|exclusive|global|multi-year)\s+)*"
    rf"(?:partnership|alliance|mou|memorandum\s+of\s+understanding))\b"
    # "... Announce Strategic Partnership With NYCRA": a third partner
    rf"(?:\s+(?:deal|agreement))?(?:\s+with\s+{_OBJECT.replace('object', 'third')}{_END})?",
    re.IGNORECASE)
#: Two companies before one verb, named as news headlines name them: "Google, Energy Dome
#: Partner to Deploy ...", "Octopus, BYD Collaborate ...", "A and B: A Partnership That ...".
#: Each name is capitalised words (a ticker in brackets allowed), so a person's title
#: ("Rick Wargo, Managing Partner at ...") or an appositive is no pair.
_PAIR_WORDS = (r"(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3}"
               r"(?:\s+\([^()]{2,30}\))?")
_COMMA_PAIR = re.compile(
    rf"^(?P<subject>{_PAIR_WORDS}),\s+(?P<object>{_PAIR_WORDS})\s+(?:to\s+|will\s+)?"
    rf"(?:partner|team\s+up|pair\s+up|join\s+forces|collaborate|merge|ink\s+(?:a\s+)?(?:\w+\s+)?"
    rf"(?:deal|partnership|pact))\s+(?:to|on|in|for)\b", re.IGNORECASE)
_COLON_PAIR = re.compile(
    rf"^(?P<subject>{_PAIR_WORDS})\s+(?:and|&)\s+(?P<object>{_PAIR_WORDS}):\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:partnership|alliance|collaboration|"
    rf"joint\s+venture)\b", re.IGNORECASE)
#: "A welcomes B as (a|its) ... partner": both are partners.
#: "Names Jin Chang as Partner", "Welcomes Jane Roe as New Managing Partner": a firm's
#: partner is a person hired, not a partnership.
_FIRM_PARTNER = re.compile(r"(?i)\bas\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:new\s+|newest\s+)?"
                           r"(?:(?:managing|equity|senior|general|founding|name|tax|"
                           r"audit|named|operating|venture|limited|advisory|principal)\s+)?"
                           r"partner\b")
_WELCOMES_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:welcomes|adds|names|selects|announces|identifies|chooses|taps|picks|"
    rf"signs|appoints)\s+{_OBJECT}\s+as\s+"
    rf"(?:a\s+|an\s+|its\s+|the\s+|new\s+|official\s+|[\w,.\-]+\s+){{0,4}}partner\b"
    rf"(?!\s+(?:award|awards|program|programme|summit|of\s+the\s+year))", re.IGNORECASE)
#: "Expands Wealth Portfolio with Acquisition of WerksGroup", "Expands into Rock Hill with
#: Addition of Sunshine Pediatrics": a purchase behind a growth.
_GROWS_BY_ACQUISITION = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|strengthens|bolsters|broadens|enters|extends|enhances|"
    rf"boosts|deepens|accelerates|builds)\b.{{0,100}}?\s(?:with|through|via|by)\s+(?:the\s+|its\s+)?"
    rf"(?:strategic\s+|planned\s+|pending\s+)?(?P<how>acquisition|purchase|addition|integration)"
    rf"\s+of\s+"
    rf"{_OBJECT}{_END}", re.IGNORECASE)
_GROWS_BY_NAMED_ACQUISITION = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|strengthens|bolsters|broadens|enters|extends|enhances|"
    rf"boosts|deepens|accelerates|builds)\b.{{0,100}}?\s(?:with|through|via|by|following|"
    rf"after)\s+(?:the\s+|its\s+)?"
    rf"(?:strategic\s+|planned\s+|pending\s+)?(?P<object>(?-i:[A-Z0-9])[\w.&'’\-® ]{{1,40}}?)\s+"
    rf"(?:acquisition|purchase)\b", re.IGNORECASE)
#: What a company buys that is a property or an asset, not a company: by the object's
#: last word ("Historic Commodore Hotel", "Mt Vernon Mine", "Ninth IOS Property").
_PROPERTY = re.compile(
    r"(?i)(?:\b(?:property|properties|mine|mines|hotel|hotels|inn|resort|claims?|project|"
    r"projects|land|acres|building|buildings|portfolio|campus|site|sites|center|centre|"
    r"ranch|farm|mall|plaza|tower|apartments?|multifamily|homes?|websites?|domains?|"
    r"deposit|field|well|wells|plant|facility|warehouse|asset|assets|shares|stock)$|"
    r"\bassets?\b(?!\s+manag)|"  # ("Taurus Asset Management" is a firm)
    r"\blicen[cs]es?\b|\bpatents?\b|\bpatented\b|\btrademarks?\b)")
_BRAND_LAST = re.compile(r"(?<=\w)\s+(?-i:Brand|Brands)$")
_ASSET_MANAGER = re.compile(r"(?i)\bassets?\s+manag")
_CORPORATE = re.compile(r"(?i)\b(?:inc|llc|ltd|corp|corporation|co|company|group|holdings|"
                        r"plc|gmbh|ag|sa|limited|partners|technologies)\.?$")


def _is_property(what: str) -> bool:
    """Whether what is bought is a property or an asset, not a company: a property word
    anywhere in it ("York Claims Adjacent", "Historic Commodore Hotel"), unless the name
    ends as a company's does ("Thee Mine Inc.")."""
    what = what.strip()
    if " " in what and (named := _name_after_description(what)) and named != what:
        what = named  # "data center provider Core Scientific": the provider, named
    if "sset" in what and _ASSET_MANAGER.search(what):
        return False  # "Taurus Asset Management": a firm that manages assets
    if _BOUGHT_FROM.match(what):
        return True  # "gold concessions from First Class Metals": bought from a company
    return bool(re.search(_PROPERTY.pattern.replace("$", "\\b"), what)) and \
        not _CORPORATE.search(what)


#: "X Expands Portfolio ... Through New Strategic Partnership": a partnership, partner
#: unnamed in the headline.
_THROUGH_PARTNERSHIP = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|strengthens|enters|accelerates|boosts|advances|"
    rf"broadens)\b.{{0,100}}?\s(?:through|via|thanks\s+to|with)\s+(?:a\s+|its\s+)?"
    rf"(?:new\s+)?(?:strategic\s+|commercial\s+|global\s+)?(?:partnerships?|alliances?|"
    rf"collaborations?|(?:[\w\-]+\s+){{0,3}}?(?:agreement|deal)(?=\s+with\s)|"
    # "Expands Distribution with Exclusive Licensing Agreement in Mississippi": a
    # partner's kind of agreement, the partner unnamed
    rf"(?:exclusive\s+|strategic\s+|new\s+|multi-year\s+)*(?:licensing|license|licence|"
    rf"distribution|supply|reseller)\s+(?:agreements?|deals?)(?!\s+with\s))"
    rf"(?!\s+(?:deal|agreement|program|summit))"
    rf"(?:\s+with\s+{_OBJECT}{_END})?", re.IGNORECASE)
#: "Expands AI Capabilities Through IQSTEL Partnership", "Strengthens Its Position with
#: Seabob Partnership", "Expands Reach Through AATAC Retail Deal": the partner is named
#: before the word.
_NAMED_PARTNERSHIP = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|strengthens|enters|accelerates|boosts|advances|broadens|"
    rf"extends|deepens|bolsters|enhances|builds|scales|renews)\b(?:.{{0,100}}?\s(?:through|via|"
    rf"with|thanks\s+to))?\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:(?:new|strategic|exclusive|global|key|"
    rf"landmark|multi-year|major|expanded)\s+)*"
    rf"(?P<object>(?-i:[A-Z0-9])[\w.&'’\-® ]{{0,40}}?)\s+(?:(?:retail|distribution|strategic|"
    rf"technology|commercial|licensing|channel|reseller)\s+)?(?:partnership|deal|alliance|"
    rf"collaboration)\b", re.IGNORECASE)
#: Words that describe a partnership, not name a partner.
_NOT_A_PARTNER = re.compile(
    r"(?i)(?:(?:new|strategic|exclusive|global|key|landmark|multi-year|major|expanded|"
    r"technology|retail|first|national|international|local|regional|brand|media|"
    r"marketing|content|community|channel|industry|commercial|distribution|licensing|"
    r"research|supply|joint|long-term|existing|ongoing|successful|exclusive)\s*)+$|"
    r"^(?:swiss|\w+(?:ish|ese|ian|ean|can))$|\s(?:through|via|with)\b")
#: "New Partnership Announced Between Zonit and World Cord Sets": both named after it.
_PARTNERSHIP_BETWEEN = re.compile(
    rf"^(?:an?\s+)?(?:(?:new|strategic|exclusive|global)\s+)*(?:partnership|alliance|"
    rf"collaboration)\s+(?:(?:is\s+)?(?:announced|formed|signed|forged|launched)\s+)?between\s+"
    rf"(?P<subject>(?-i:[A-Z0-9])[^,;:]{{0,60}}?)\s+(?:and|&)\s+{_OBJECT}{_END}", re.IGNORECASE)
#: "... Through Exclusive Distribution Agreement with AERXIO": the other party.
_AGREEMENT_WITH = re.compile(
    rf"\b(?:distribution|partnership|reseller|licensing|strategic|supply|channel)\s+"
    rf"(?:agreement|deal|pact|alliance)\s+with\s+{_OBJECT}{_END}", re.IGNORECASE)


#: A partner described, not named: "the World's Largest Home Improvement Retailer",
#: "Leading Banks" (a number is no description: "Four Seasons" is a name).
_DESCRIBED_PARTNER = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+)?(?:(?:world|nation|country|america|industry|region|"
    r"state|city|(?-i:[A-Z])\w+)['’]s\s+)?(?:largest|biggest|leading|fastest[\w\-]*|oldest|"
    r"several|multiple)\s")
#: What a group of partners is called when none is named ("Local California
#: Organizations", "Area Nonprofits").
_GROUP_NOUN = frozenset((
    "organizations", "organisations", "businesses", "nonprofits", "non-profits",
    "charities", "schools", "brands", "retailers", "companies", "firms", "partners",
    "leaders", "communities", "groups", "restaurants", "hospitals", "universities",
    "colleges", "institutions", "agencies", "banks", "shelters", "farmers", "artists",
    "creators", "influencers", "organizers", "providers", "developers", "startups",
    "suppliers", "distributors", "vendors", "manufacturers", "dealers", "customers",
    "clients", "investors", "lenders", "operators", "labels", "studios", "publishers",
    "consultants", "advisors", "advisers", "specialists", "experts", "contractors",
    "mosques", "churches", "temples", "synagogues", "centers", "centres", "libraries",
    "clinics", "pharmacies", "stores", "shops", "venues", "teams", "clubs", "cities",
    "towns", "counties", "governments", "ministries", "families", "members", "communities",
    "carriers", "insurers", "automakers"))


def _unnamed(partner: str) -> bool:
    """Whether a partner is described, not named: an ordinal or superlative description,
    or a group noun whose every word is ordinary or a place ("Local California
    Organizations"). The subject still has its partnership; the description gets none."""
    words = partner.replace("’", "'").split()
    if not words or _DESCRIBED_PARTNER.match(partner + " "):
        return True
    common = common_words()
    return words[-1].lower() in _GROUP_NOUN and all(
        w.lower() in common or w.lower() in DEMONYMS or w in ("&", "and") or place(w)
        for w in words[:-1])


def _named_partners(event: _Event, subject: str, text: str, m: re.Match[str]) -> _Found:
    """The subject's partnership with the partner a pattern named (its ``object`` group)
    and one for each partner, that one and those listed after it ("with B and C"); a
    partner described, not named, gets none (_unnamed)."""
    first = m.group("object")
    if _A_PERSON_PARTNER.search(first) or _A_YEAR_LAST.search(first.strip()):
        # a person, no company ("Partnership with Acclaimed Pianist Anton Nel"); an
        # occasion of a year ("Partnership With IREC 2025": a sponsorship)
        return []
    return [event("strategic", "partnership", subject, f"partners with {first}"),
            *(event("strategic", "partnership", partner, f"partners with {_clean(subject)}")
              for partner in (first, *_more_partners(text, m.end("object")))
              if not _unnamed(partner))]


def _more_partners(text: str, at: int) -> list[str]:
    """Partners listed after the first ("with B and C", "with B, C and D")."""
    out = []
    for _ in range(8):  # bounded: a list of partners is short
        m = _NEXT_PARTNER.match(text[at:])
        # ", Expanding Reach", ", Launches an Airdrop": a second predicate, no partner
        if m is None or _A_PREDICATE.match(m.group("o")):
            break
        out.append(m.group("o"))
        at += m.end()
    return out


_LEGAL_FORM_ALONE = re.compile(r"(?i)\s*(?:inc|llc|ltd|corp|co|plc|gmbh|ag|sa)\.?\s*$")
#: "Mullen, Bollinger Partner with EnviroCharge": two firms joined by a comma, then their
#: partner.
_PAIR_PARTNER_WITH = re.compile(
    rf"^(?P<a>(?-i:[A-Z0-9])[^,;:]{{1,40}}?),\s+(?P<b>(?-i:[A-Z0-9])[^,;:]{{1,40}}?)\s+"
    rf"(?:partner|team\s+up|join\s+forces|collaborate)\s+with\s+{_OBJECT}{_END}", re.IGNORECASE)
#: "Novela, Brilla Media, Numatec, and Chicano Hollywood Team Up to Launch ...".
_TEAM_LIST = re.compile(
    r"^(?P<members>(?-i:[A-Z0-9])[^:;]{3,200}?,[^:;]{3,200}?\s(?:and|&)\s[^:;,]{2,60}?)\s+"
    r"(?:team\s+up|join\s+forces|partner|collaborate|form\s+(?:a\s+)?(?:strategic\s+)?"
    r"(?:partnership|alliance|consortium)|announce\s+(?:a\s+)?(?:new\s+)?(?:strategic\s+)?"
    r"(?:partnership|alliance|collaboration))(?=\s+(?:to|with|on|for|in)\b|\s*$|\s*[,:;])",
    re.IGNORECASE)
_INKS_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:inks|signs|forms|forges|announces|unveils|expands|extends|deepens|renews|"
    rf"strengthens|advances|secures|lands|enters\s+(?:into)?)\s+"
    rf"(?:a\s+|an\s+|its\s+|new\s+|[\w$.\-]+\s+){{0,3}}"
    rf"(?:strategic\s+|commercial\s+|key\s+|global\s+)?(?:partnerships?|alliances?|ties|"
    rf"collaborations?|relationship(?=\s+with\s)|(?:agency|distribution|distributor|supply|"
    rf"licensing|reseller|cooperation|collaboration|commercial|co-marketing|referral)\s+"
    rf"(?:deal|agreement|pact)(?=\s+with\s))"
    rf"(?:\s+(?:agreement|agreements|deal|deals|pact|mou|memorandum\s+of\s+understanding))?"
    rf"\b(?:\s+with\s+{_OBJECT}{_END})?", re.IGNORECASE)
#: "Point B Expands Microsoft Partnership With Azure ...": the partner named before the
#: noun (what follows "with" is what was added, not a partner).
_PARTNER_BEFORE_NOUN = re.compile(
    rf"^{_NAME}\s+(?:expands|extends|deepens|renews|strengthens|broadens|enhances)\s+"
    rf"(?:its\s+)?(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){{0,2}}?)\s+"
    rf"(?:strategic\s+|global\s+)?partnership\b", re.IGNORECASE)
#: "X Announces New Email Templates, CloudFlare Partnership, and ...": the partner named
#: before the noun, one item of what a company announces.
_LISTED_PARTNERSHIP = re.compile(
    rf"^{_NAME}\s+(?:announces|unveils|celebrates|reveals|secures)\s+"
    rf"(?:[^,;:]{{1,60}},\s+(?:and\s+)?){{0,3}}?(?:a\s+|its\s+|the\s+|new\s+)?"
    rf"(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){{0,2}}?)\s+"
    rf"(?:strategic\s+|global\s+)?partnership(?=\s*(?:,|;|\band\b|$))", re.IGNORECASE)
#: "X Emerges as the Premier Claims & Billing Partner for Physicians": what a company
#: calls itself, no partners named.
_CALLED_A_PARTNER = re.compile(r"(?i)\b(?:emerges|is|as|remains|named)\s+(?:the|a|an|your)\s")
#: Words that link a clause, never part of a partner's name before "Partnership".
_LINKS = frozenset(("through", "with", "via", "by", "in", "to", "for", "of", "and", "the",
                    "its", "thanks", "position", "platform", "reach", "presence"))
#: Words that say what kind a partnership is, not who the partner is.
_PARTNERSHIP_KINDS = frozenset((
    "long-standing", "longstanding", "multi-year", "long-term", "decade-long", "year-long",
    "existing", "exclusive", "successful", "longtime", "landmark", "groundbreaking",
    "strategic", "global", "commercial", "international", "national", "regional", "local",
    "key", "new", "current", "technology", "technical", "distribution", "marketing",
    "research", "clinical", "oncology", "healthcare", "health", "retail", "supply",
    "channel", "reseller", "referral", "sales", "data", "cloud", "ai", "product",
    "innovation", "manufacturing", "logistics", "educational", "education", "community",
    "industry", "academic", "joint", "collaborative", "official", "preferred", "premier",
    "digital", "financial", "payments", "payment", "media", "content", "sponsorship"))
#: "Canadian Club Signs on as Official Partner of Canada Soccer", "X Becomes Official
#: Technology Partner of Y", "X Named Preferred Partner for Y": a company taken on as a
#: partner. A word saying what kind of partner is needed: a person hired is "named
#: Partner" with none.
_BECOMES_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:becomes|signs\s+on\s+as|is\s+named|named|joins\s+as|selected\s+as|is|"
    rf"chosen\s+as|announced\s+as|confirmed\s+as|appointed\s+as)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:official|exclusive|strategic|preferred|technology|global|founding|premier|"
    rf"presenting|title|integration|channel|reseller|certified|authori[sz]ed|"
    rf"implementation|delivery|distribution|marketing|media|payments?|cloud|data|"
    rf"innovation|logistics|supply|sponsorship)\s+)+(?:[\w\-]+\s+){{0,4}}?partner\s+"
    rf"(?:of|to|for)\s+(?:the\s+)?{_OBJECT}{_END}", re.IGNORECASE)
#: What is an event, not a company ("Marketing Partner for the 15th Annual ROTH Conference").
_AN_EVENT = re.compile(
    r"(?i)\b(?:annual|conference|symposium|summit|festival|expo|show|awards?|week|forum|gala|"
    r"fair|convention|tour|event|marathon|race|tournament|championships?|cup|games)\b")
#: A name's words, then a clause in lower case ("FINTECH.TV Make History with a ..."): the
#: words after the capitalised ones are no part of a name.
_NAME_THEN_CLAUSE = re.compile(r"(?-i:[A-Z0-9])\S*\s+(?:\S+\s+)*?"
                               r"(?!(?:of|and|de|du|la|the|for|von|van|da|del)\b)"
                               r"(?-i:[a-z])[a-z]+\s+(?-i:[a-z])")
#: A verb of the headline inside what was read as the second partner's name ("KD Global USA
#: Announce Strategic Alliance", "Mental Health America Forge Ground-breaking Partnership").
_VERB_IN_NAME = re.compile(
    r"\s(?:announce|form|forge|reaffirm|sign|launch|enter|make|create|establish|extend|"
    r"expand|renew|deepen|strengthen|unveil|celebrate|complete|finali[sz]e|seal|ink|"
    r"formali[sz]e|join|collaborate)s?\b|\sare\b|"
    r"\s(?:deploys|selects|adopts|taps|leverages|implements|integrates|uses)\b", re.IGNORECASE)
#: Partners taken into a network or a company into a partner's: "Expands Dealer Network With
#: Ziegler and Range Truck Group", "Joins hyperCORE International's Global Partner Site
#: Network", "XBO.com’s Strategic Partnership with Muinmos".
_NETWORK_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|extends|strengthens)\s+(?:its\s+)?(?:[\w\-]+\s+)?"
    rf"(?:dealer|distribution|distributor|reseller|partner|channel|retail|referral)\s+"
    rf"(?:network|program|programme)\s+(?:with|to\s+include|by\s+adding)\s+"
    rf"{_OBJECT}{_END}", re.IGNORECASE)
#: "Hodo Expands U.S. Retail Distribution Adding Meijer, Harris Teeter, and Giant Martin's":
#: stores that now carry the subject's goods.
_STORES_ADDED = re.compile(
    rf"^{_NAME}\s+(?:expands|grows|extends|widens|broadens)\s+(?:its\s+)?(?:[\w.\-]+\s+)?"
    rf"(?:retail\s+)?(?:distribution|retail\s+presence|retail\s+footprint|shelf\s+presence)\s+"
    rf"(?:by\s+adding|adding|to\s+include|with\s+the\s+addition\s+of)\s+{_OBJECT}{_END}",
    re.IGNORECASE)
_JOINS_PROGRAM = re.compile(
    rf"^{_NAME}\s+(?:joins|has\s+joined|becomes\s+part\s+of)\s+(?:the\s+)?"
    rf"(?P<object>(?-i:[A-Z0-9])[\w.&\-® ]{{0,40}}?)(?:['’]s?\s+|\s+)(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:partner|reseller|dealer|distribution|affiliate|isv|technology\s+partner)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:network|program|programme|ecosystem|community)\b",
    re.IGNORECASE)
#: "ECGI Holdings Joins TCA Venture Group as Affiliate": a firm joined as its affiliate.
_JOINS_AS_AFFILIATE = re.compile(
    rf"^{_NAME}\s+(?:joins|has\s+joined)\s+(?:the\s+)?"
    rf"(?P<object>(?-i:[A-Z0-9])[\w.&\-® ]{{0,40}}?)\s+as\s+(?:an?\s+)?(?:official\s+)?"
    rf"(?:affiliate|strategic\s+partner|member\s+firm)\b", re.IGNORECASE)
#: "Cardio Diagnostics Inks Groundbreaking Telehealth Agreement With Navierre": an agreement
#: with a named firm, of any kind but those that are no partnership (a settlement, a lease,
#: a loan, a purchase or merger, employment).
_AGREEMENT_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:inks|signs|enters\s+into|finalizes|finalises|executes)\s+(?:an?\s+|the\s+|"
    rf"its\s+)?(?P<kind>(?:[\w\-]+\s+){{0,3}}?)(?:agreement|mou|memorandum\s+of\s+understanding|"
    rf"pact)\s+with\s+{_OBJECT}{_END}", re.IGNORECASE)
_NOT_A_PARTNER_AGREEMENT = re.compile(
    r"(?i)\b(?:settlement|lease|leasing|loan|credit|purchase|merger|acquisition|employment|"
    r"separation|sale|settle|underwriting|placement|subscription|share|stock|definitive|"
    r"confidentiality|non-disclosure|nda)\b")
#: "AmeriLife Welcomes Elite Insurance Group to Its Rapidly Expanding Health Distribution
#: Network": a firm taken into a company's network.
_WELCOMES_TO_NETWORK = re.compile(
    rf"^{_NAME}\s+(?:welcomes|adds)\s+{_OBJECT}\s+to\s+(?:its|the|their)\s+(?:[\w\-]+\s+){{0,4}}?"
    rf"(?:network|program|programme|ecosystem|alliance|marketplace)\b", re.IGNORECASE)
_POSSESSIVE_PARTNERSHIP = re.compile(
    rf"^(?P<subject>(?-i:[A-Z0-9])[\w.&\-® ]{{0,40}}?)['’]s?\s+(?:new\s+|strategic\s+|"
    rf"global\s+|exclusive\s+|expanded\s+|extended\s+)*(?:partnership|alliance|collaboration)"
    rf"\s+with\s+"
    # the whole clause ("Just Got Sweeter" after it tells of one, not announces it; "Set
    # To Benefit Fans": what it will do)
    rf"{_OBJECT}(?=\s*$|\s+to\s|:|\s+(?:is\s+)?set\s+to\s)", re.IGNORECASE)
_IPO = re.compile(
    rf"^{_NAME}\s+(?:confidentially\s+|publicly\s+|officially\s+)?(?:files|filed|submits|"
    rf"submitted)\s+(?:for\s+(?:an?\s+|its\s+)?(?:U\.S\.\s+|US\s+|Nasdaq\s+|NYSE\s+)?IPO|"
    rf"(?:an?\s+|its\s+)?(?:draft\s+)?(?:registration\s+statement|S-1|F-1|IPO\s+"
    rf"(?:paperwork|papers|prospectus))|to\s+go\s+public|"
    rf"(?:its\s+)?(?:paperwork|papers|documents)\s+for\s+(?:an?\s+|its\s+)?IPO)\b", re.IGNORECASE)
#: A news headline's appositive between commas, before a verb in lower case: the name, then
#: what it is ("Groww, India’s biggest trading app, prepares", "Tapestry, a new app for
#: tracking social media, news, blogs, and more, will launch"), or what it is, then the
#: name ("Elon Musk’s AI company, xAI, acquires").
_NEWS_VERB_NEXT = (r"(?=(?:will|is|are|was|has|have|to|plans|prepares|launches|launch|raises|aims|"
                   r"acquires|buys|files|unveils|introduces|debuts|expands|opens|partners|"
                   r"teams|enters|eyes|lays|cuts|snaps|lands|nabs)\b)")
_NEWS_APPOSITIVE = re.compile(
    r"^(?P<name>(?-i:[A-Za-z0-9])[\w.&\-]*(?:\s(?-i:[A-Z0-9])[\w.&\-]*){0,3}),\s+"
    r"(?:the|an?|last|now|once|valued|founded|backed|maker|makers|creator|developer|owner|"
    r"operator|parent|home|(?P<owner>(?-i:[A-Z])[\w.\-]*"
    r"(?:\s(?-i:[A-Z])[\w.\-]*)?)['’]s)\s+.{3,120}?,\s+"
    + _NEWS_VERB_NEXT + r"|"
    r"^(?:[^,]{2,40}?\s(?-i:[a-z])[a-z]+),\s+(?P<name2>(?-i:[A-Za-z0-9])[\w.&\-]*"
    r"(?:\s(?-i:[A-Z0-9])[\w.&\-]*){0,2}),\s+" + _NEWS_VERB_NEXT)
#: A headline's leading name, up to four capitalised words, then a space (the group).
_LEAD_NAME = r"^((?-i:[A-Z])[\w.&’'\-]*(?:\s(?-i:[A-Z])[\w.&’'\-]*){0,3})\s+"
_NAME_THEN_VERB = re.compile(_LEAD_NAME + r"(?-i:[a-z]+s)\b")
_VOWS = re.compile(r"\s(?:pledges|vows|promises|commits)\s")
#: An occasion or a time before a news headline's subject (events only: funding's readers
#: take a subject so freed for the receiver of money it invests, "At the ALL IN conference,
#: ... Scale AI announced a $21-million investment"): "At WWDC 2025, Apple introduces",
#: "Nearly 10 years later, Tumblr TV launches".
_OCCASION_BEFORE_SUBJECT = re.compile(
    r"^(?:at|during|ahead\s+of|before|in\s+(?=(?-i:[A-Z])\w+\s+\d{4}\b)|"
    # "In a blow to Google Cloud, Replit partners with Microsoft"
    r"in\s+(?:a|an)(?=\s+(?:blow|move|bid|win|first|twist|shift|sign|surprise)\b))\s+[^,]{3,80},\s+"
    r"(?=\S)|"
    r"^(?:nearly|almost|about|over|more\s+than|just|some)?\s*(?:\d+|a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?)\s+(?:later|on|after\s+"
    r"[^,]{3,60}),\s+(?=\S)", re.IGNORECASE)
#: Quotes around ordinary words in lower case, a news writer's scare quotes, not a name.
_SCARE_QUOTES = re.compile(r"[‘“]((?-i:[a-z])[a-z\- ]{1,30})[’”]")
#: "Bird Buddy expands into insects with Wonder line": what a company grows into, then the
#: named line it does so with.
_EXPANDS_WITH_LINE = re.compile(
    rf"^{_NAME}\s+(?:expands|is\s+expanding|branches\s+out)\s+(?:into|to|beyond)\s+[^,;:]{{2,40}}?"
    rf"\s+with\s+(?:its\s+|a\s+|the\s+)?(?:new\s+)?(?P<object>(?-i:[A-Z])[\w\-’'™®]*"
    rf"(?:\s+(?-i:[A-Z])[\w\-’'™®]*){{0,2}})\s+(?P<kind>line|collection|range|series|lineup|"
    rf"brand)\b", re.IGNORECASE)
#: "Kleiner Perkins-backed Ambiq pops on IPO debut", "Figma’s IPO price hit a $19.3B
#: valuation": an offering made, told by how it went (not "ServiceTitan’s IPO is a big
#: winner", a judgement of one).
_IPO_DEBUT = re.compile(
    rf"^{_NAME}(?:['’]s\s+(?:stock|shares))?\s+(?:pops|popped|soars|soared|jumps|jumped|surges|"
    rf"surged|climbs|climbed|rises|rose|slides|slid|falls|fell|sinks|sank|stumbles|stumbled|"
    rf"opens\s+(?:higher|lower|flat))\s+(?:\d+%\s+)?(?:on|in|after|with)\s+(?:its\s+)?"
    rf"(?:[\w\-]+\s+){{0,3}}?(?:IPO|public\s+debut|market\s+debut|stock\s+market\s+debut|"
    rf"Nasdaq\s+debut|NYSE\s+debut)\b|"
    # "Figma’s IPO price hit ...", "Circle IPO soars", "Figure’s IPO filing marks ..."
    rf"^(?P<owner>(?-i:[A-Z])[\w.&\-]*(?:\s(?-i:[A-Z])[\w.&\-]*){{0,2}})(?:['’]s)?\s+IPO\s+"
    rf"(?:price|prices|priced|pricing|raises|raised|values|valued|will\s+value|could\s+value|opens|"
    rf"opened|pops|popped|soars|soared|filing|prospectus|paperwork|roadshow)\b", re.IGNORECASE)
_PARTNER_IS = re.compile(
    rf"^(?P<owner>(?-i:[A-Z])[\w.&\-]*(?:\s(?-i:[A-Z])[\w.&\-]*){{0,2}})['’]s\s+(?:latest|newest|"
    rf"new|next|first|second|third|biggest|newest)\s+(?:[\w\-]+\s+){{0,2}}?partner(?:\s+is|\?)\s+"
    rf"{_OBJECT}{_END}", re.IGNORECASE)
#: One word only a brand is: capitals, or a capital inside ("OpenAI", "VIVOPOWER", "xAI").
_A_BRAND = re.compile(r"(?-i:[A-Z0-9]{3,}|[A-Z][a-z]+[A-Z][\w]*|[a-z]+[A-Z][\w]*)")
_ACQUISITION_WORDS = Words(("acquisition", "buyout", "takeover"))
_DEBUT_WORDS = Words(("debut", " ipo"))
_DEAL_TO_BRING = re.compile(
    rf"^{_NAME}\s+(?:announces|signs|inks|strikes|seals|reaches|clinches)\s+(?:an?\s+)?(?:new\s+)?"
    rf"(?:deal|agreement|pact)\s+to\s+bring\s+(?P<object>(?-i:[A-Z])[\w.&’'\-]*"
    rf"(?:\s(?-i:[A-Z])[\w.&’'\-]*){{0,2}})\s+to\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w.’'\-]*"
    rf"(?:\s(?-i:[A-Z])[\w.’'\-]*)?)", re.IGNORECASE)
#: Two names joined by "and" ("Klarna and Deel"), each capitalised words.
_ONE_NAME = r"((?-i:[A-Z0-9])[\w.’'\-]*(?:\s(?-i:[A-Z0-9])[\w.’'\-]*){0,2})"
_TWO_NAMES = re.compile(rf"{_ONE_NAME}\s+(?:and|&)\s+{_ONE_NAME}")
#: "Roth Capital Partners Announces Closing of Silver Pegasus Acquisition Corp. (NASDAQ:
#: SPEGU) $115 Million IPO": a book-runner tells of another's offering, that one's IPO.
_CLOSING_OF_IPO = re.compile(
    r"(?i)\b(?:closing|pricing|completion)\s+of\s+(?!(?:its|the|their|an?|our)\s)"
    r"(?P<subject>(?-i:[A-Z])[\w.&'’\- ]{2,60}?)"
    r"\s+(?:\([^)]{1,40}\)\s+)?(?:(?:US)?\$[\d.,]+\s*(?:million|billion|[mb]n?)\s+)?"
    r"(?:upsized\s+)?(?:initial\s+public\s+offering|IPO)\b")
#: "Tryptamine Therapeutics launches on ASX": a first listing on a stock exchange.
_LISTS = re.compile(
    rf"^{_NAME}\s+(?:launches|debuts|lists|begins\s+trading|starts\s+trading|rings\s+the\s+"
    rf"(?:opening\s+)?bell)\s+on\s+(?:the\s+)?(?:ASX|NYSE|Nasdaq|LSE|TSX|TSXV|AIM|Euronext|HKEX|"
    rf"SGX|NSE|BSE|JSE|SIX|London\s+Stock\s+Exchange|Hong\s+Kong\s+Stock\s+Exchange|"
    rf"Australian\s+Securities\s+Exchange|New\s+York\s+Stock\s+Exchange|Toronto\s+Stock\s+"
    rf"Exchange)\b", re.IGNORECASE)
_IPO_PLANNED = re.compile(
    rf"^{_NAME}\s+(?:announces|plans|prices|launches|sets\s+terms\s+for|prepares\s+for|"
    rf"files\s+for|closes|completes|eyes|(?P<plural>eye|plan|file\s+for|prepare\s+for)|"
    # "contemplates IPO", "is weighing a potential IPO", "takes another step toward an IPO",
    # "races toward $11.5B IPO": an offering planned
    rf"contemplates|considers|(?:is\s+|be\s+)?(?:weighing|considering|mulling|exploring|eyeing)|"
    rf"weighs|(?:is\s+)?(?:once\s+again\s+|again\s+|still\s+)?working\s+on|"
    # "cuts IPO size to $308M", "aims for $11B in upcoming IPO"
    rf"(?:cuts|trims|raises|boosts|upsizes|lowers)(?=\s+(?:its\s+)?IPO\s+(?:size|target|range))|"
    rf"(?:aims|looks)\s+for\s+(?:up\s+to\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion|[mb]n?)?\s+"
    rf"(?:in|from|through|with)|"
    rf"mulls|explores|(?:takes|took)\s+(?:another|a|the\s+next|its\s+first)\s+step\s+"
    rf"towards?|(?:races|heads|moves|inches|edges|barrels|marches|speeds)\s+(?:closer\s+)?"
    rf"(?:towards?|to)|"
    rf"(?:secures|raises|rakes\s+in|nets|pulls\s+in|"
    rf"brings\s+in)\s+(?:US)?\$[\d.,]+\s*(?:million|"
    rf"billion|[mb]n?)?\s+(?:in|during|with|through))\s+(?:its\s+|an\s+|"
    rf"a\s+)?(?:planned\s+|proposed\s+|potential\s+|possible\s+|upcoming\s+)?(?:upsized\s+)?"
    rf"(?:(?:US)?\$[\d.,]+\s*(?:million|billion|[mb]n?)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:initial\s+public\s+offerings?|IPOs?|(?:US|U\.S\.|Nasdaq|NYSE|public|stock\s+market|"
    rf"stock\s+exchange)\s+listing)\b",
    re.IGNORECASE)
#: "Pvolve Signs First Franchise Agreements in Las Vegas", "Signs Landmark 45-Unit Deal in
#: India": units to open in a place (the place is checked by places.py).
_WITH_NEW_PRODUCT = re.compile(
    r"(?i)\s+with\s+(?:the\s+(?:launch|introduction|debut|unveiling)\s+of\s+|"
    r"(?=(?:the\s+|an?\s+|its\s+)?(?:new|exclusive|first|premium|own|two|three|four|five|"
    r"\d+)\b))(?P<what>.+)$")
_FRANCHISE_DEAL = re.compile(
    rf"^{_NAME}\s+(?:signs|inks|announces|secures|lands|strikes|enters\s+into)\s+"
    rf"(?:an?\s+|its\s+|first\s+)?(?:[\w\-]+\s+){{0,2}}?(?:\d+[\-\s]unit|franchise|"
    rf"master\s+franchise|multi-unit|area\s+development|development)\s+(?:franchise\s+|"
    rf"development\s+)?(?:deals?|agreements?)\s+(?:in|for|across|to\s+enter)\s+"
    rf"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w.&'’\- ]{{1,40}}?){_END}", re.IGNORECASE)
#: "Neptune Flood Could Gain $2.8B Valuation in IPO", "X Seeks Up to $1B Valuation in
#: U.S. IPO": the valuation an offering is to set, so the offering is planned.
_IPO_VALUATION = re.compile(
    rf"^{_NAME}\s+(?:could\s+|may\s+|would\s+|will\s+|to\s+)?(?:gain|get|fetch|reach|"
    rf"seeks?|targets?|eyes|aims?\s+for|sets?|hits?)\s+(?:(?:up\s+to|as\s+much\s+as|about|"
    rf"nearly|over)\s+)?(?:an?\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion|[mb]n?)?\s+"
    rf"valuation\s+in\s+(?:its\s+|an?\s+)?(?:planned\s+|upcoming\s+|proposed\s+)?"
    rf"(?:U\.?S\.?\s+|Nasdaq\s+|NYSE\s+|Hong\s+Kong\s+)?(?:IPO|initial\s+public\s+"
    rf"offering)\b", re.IGNORECASE)
_EXPANDS = re.compile(
    rf"^{_NAME}\s+(?:(?:expands|expand|is\s+expanding|expanding|(?:(?:is\s+)?(?:already\s+|now\s+)?"
    rf"(?:set|poised|planning|looking|trying|seeking|working|moving)\s+|plans\s+)?to\s+expand)\s+(?:operations\s+|business\s+|"
    rf"its\s+(?:operations|business|footprint|presence)\s+|(?:its\s+)?(?:[\w&\-.]+\s+){{0,6}}?"
    rf"(?:services?|operations|presence|footprint|offerings|coverage|solutions|availability|"
    rf"reach|territory|foothold|plans|products|network|brand|sales|distribution|"
    rf"manufacturing|production|care)\s+(?:further\s+)?"
    # "services for window contractors in Monterey": whom for, then where
    rf"(?:for\s+(?:[\w&\-]+\s+){{1,4}}?(?=in\s|across\s|to\s))?)?"
    rf"(?:in\s*to|into|in|to|across|throughout)|"
    rf"(?:(?:enters|is\s+entering)(?!\s+(?:into\s+)?(?:an?\s+)?(?:[\w\-]+\s+){{0,3}}?"
    # ("Enters Into Exclusive Agreement For ...": a deal made, no place entered)
    rf"(?:agreements?|deals?|contracts?|mou|letter|settlement|partnership|collaboration|"
    rf"alliance|joint\s+venture)\b)|moves\s+into|launches\s+in|debuts\s+in|"
    # (news' lower case, and a place named: "Uber Eats comes to Turkey"; title case's "Comes
    # To Baltimore" is mostly a show's)
    rf"(?-i:comes\s+to|arrives\s+in)|"
    # "Opens July 11 in Atlanta": the day, then the place
    rf"opens\s+(?:(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    rf"\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?in))\s+"
    # "Expands to Accept ...", "Expanding Its Network to Help ...": a purpose, no place
    rf"(?!(?:include|offer|provide|add|support|cover|serve|feature|accept|help|meet|better|"
    rf"bring|boost|enhance|strengthen|reach|tackle|drive|empower|enable|improve|increase|"
    rf"deliver|make|give|create|allow|capture|address|fuel|accelerate|power|assist|serve)\b)"
    rf"(?P<object>(?:the\s+)?(?-i:[A-Z0-9])[\w.&'’\- ]{{1,40}}?)(?:\s+markets?)?{_END}",
    re.IGNORECASE)
#: "Expands Territory with New Location in Buffalo", "Expands with New McKinney Location",
#: "Opens 27 New Locations", "Announces National Expansion": new places, named or counted.
_NEW_PLACES = re.compile(
    rf"^{_NAME}\s+(?:(?:expands|grows)\b.{{0,60}}?\bwith\s+(?:a\s+|its\s+)?|opens\s+)"
    rf"(?P<object>(?:new|second|third|fourth|fifth|\d+(?:st|nd|rd|th)?|two|three|four|five|six|"
    rf"seven|eight|nine|ten|first)\s+(?:new\s+)?(?:[\w\-.,]+\s+){{0,3}}?(?:office|location|"
    rf"headquarters|hub|store|branch|clinic|restaurant|facility|showroom|warehouse|bureau|"
    rf"studio|lab|laboratory|dealership|campus|plant|factory|center|centre)s?"
    rf"(?:\s+in\s+[\w.,\- ]{{2,40}}?)?){_END}", re.IGNORECASE)
#: "innoscripta SE Launches Expansion Into the United Kingdom": the expansion as a noun,
#: its place named.
_EXPANSION_INTO = re.compile(
    rf"^{_NAME}\s+(?:launches|announces|begins|starts|kicks\s+off|completes|marks|accelerates)\s+"
    rf"(?:its\s+|an?\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?expansion\s+(?:into|to|in)\s+"
    rf"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w.&'’\- ]{{1,40}}?){_END}", re.IGNORECASE)
_TO_GLOBAL_USERS = re.compile(
    rf"^{_NAME}\s+(?:expands|brings|rolls\s+out|opens(?:\s+up)?)\s+(?:its\s+|the\s+)?[^,;:]{{2,60}}?\s+"
    rf"to\s+(?:global|international|worldwide)\s+(?:users|audiences|customers|markets|"
    rf"advertisers|creators|developers)\b",
    re.IGNORECASE)
#: "Meteomatics eyes U.S. expansion": the expansion a company plans, its place first.
_PLACE_EXPANSION = re.compile(
    rf"^{_NAME}\s+(?:eyes|plans|targets|readies|prepares|mulls|weighs|announces|launches|begins|"
    rf"starts|kicks\s+off)\s+(?:its\s+|an?\s+)?(?P<object>(?-i:[A-Z])[\w.’'\-]*"
    rf"(?:\s(?-i:[A-Z])[\w.’'\-]*)?)\s+expansion\b", re.IGNORECASE)
_NATIONAL_EXPANSION = re.compile(
    rf"^{_NAME}\s+(?:announces|launches|begins|starts|kicks\s+off)\s+(?:its\s+|a\s+)?"
    rf"(?P<scope>national|nationwide|international|"
    rf"global|regional|european|u\.s\.|us|statewide)\s+expansion\b", re.IGNORECASE)
#: "Velocity Global Continues to Expand Global Footprint": a wider footprint, no place named.
_FOOTPRINT = re.compile(
    rf"^{_NAME}\s+(?:continues\s+to\s+|plans\s+to\s+|is\s+set\s+to\s+|to\s+)?"
    rf"(?:expands?|grows?|broadens?)\s+(?:its\s+)?(?P<scope>global|international|national|"
    rf"nationwide|u\.s\.|us|european|worldwide|north\s+american|asian|african|"
    rf"latin\s+american|middle\s+eastern|asia-pacific|apac|emea)\s+(?:market\s+)?"
    rf"(?:footprint|presence)\b"
    # (not "with ... Listing(s)": a token listed on an exchange goes nowhere; nor a presence
    # grown by contracts won, as older labels read "Expands Alabama Footprint With Two New
    # ... Contracts")
    rf"(?!.*\b(?:listings?|contracts?)\b)", re.IGNORECASE)
#: "Stream Realty Partners Triples Miami Footprint": a place's footprint multiplied.
#: (Grown "with" new contracts, a hire, a property bought or a distributor, a presence is no
#: new place: the older labels; with a new location it is.)
_FOOTPRINT_IN = re.compile(
    rf"^{_NAME}\s+(?:(?:doubles|triples|quadruples)\s+(?:its\s+)?"
    rf"(?P<object>(?-i:[A-Z])[\w.’'\- ]{{1,30}}?)\s+(?:footprint|presence)\b|"
    rf"(?:grows|expands|broadens)\s+(?:its\s+)?(?P<place>(?-i:[A-Z])[\w.’'\- ]{{1,30}}?)\s+"
    rf"(?:footprint|presence)\s+with\s+(?:a\s+|its\s+)?(?:new|second|third|fourth|fifth|\d+)\s+"
    rf"(?:[\w\-.’']+\s+){{0,3}}?(?:location|office|store|studio|clinic|branch|restaurant|"
    rf"showroom|facility|center|centre|hub)s?\b)", re.IGNORECASE)
_ABROAD_WORDS = Words(("abroad", "overseas", "internationally", "globally", "nationwide"))
#: "X Plans to Expand Abroad", "X Expands Internationally": a wider reach, no place named.
_ABROAD = re.compile(
    rf"^{_NAME}\s+(?:continues\s+to\s+|(?:plans?|intends?|looks?|aims?)\s+to\s+|"
    rf"is\s+set\s+to\s+|to\s+)?(?:expands?|is\s+expanding|expanding)\s+(?:its\s+"
    rf"(?:operations|business)\s+)?(?P<scope>internationally|abroad|overseas|globally|"
    rf"nationwide)\b", re.IGNORECASE)
#: "Google's AI Mode": a thing of a company (one or two words after its possessive): the
#: company acts through it.
_A_THING_OF = re.compile(r"['’]s\s+(?:AI\s+)?\w+(?:\s+\w+)?\s*$")
#: A salon, a barber or a spa opening its doors: a local business, no expansion (train1's
#: policy: "a salon chair or a barber shop opening").
_LOCAL_SALON = re.compile(r"(?i)\b(?:hair|salon|salons|barber|barbershop|nails?|lash|brows?|"
                          r"spa)\b")
#: A practice that opens is a new local business, not a company growing ("Cass Dental Opens
#: May 26 in St. Albert"; one that expands its services somewhere does grow).
_A_PRACTICE_OPENS = re.compile(r"(?i)\b(?:dental|dentistry|orthodontics|chiropractic|"
                               r"pediatrics|family\s+medicine)\b.*?\sopens\s")
_COUNTED_STORES = re.compile(r"(?i)^\d[\d,]*\s+|\s+(?:locations|stores|outlets|shops)\b.*$")
#: "Newton Golf Company Targets Japan’s Growing Golf Market": a market of a place aimed at.
_TARGETS_MARKET = re.compile(
    rf"^{_NAME}\s+(?:targets|eyes|sets\s+(?:its\s+)?sights\s+on|taps\s+into)\s+(?:the\s+)?"
    rf"(?P<object>(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){{0,2}}?)(?:['’]s?)?\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?markets?\b", re.IGNORECASE)
#: Events and venues that "open" or "expand": a fair, an expo, a museum, a season.
_VENUE = re.compile(
    r"(?i)\b(?:fair|expo|exhibition|festival|summit|conference|show|museum|week|season|"
    r"awards?|gala|scholarship|competition|applications|nominations|registration)$")
#: "Expands AI-Powered EHR Services Nationwide": a line of business taken wider.
_EXPANDS_WIDE = re.compile(
    rf"^{_NAME}\s+(?:expands|is\s+expanding)\s+(?:its\s+)?(?:[\w&\-]+\s+){{0,6}}?"
    rf"(?:services|operations|presence|footprint|offerings|coverage|availability)\s+"
    rf"(?P<object>nationwide|globally|internationally|worldwide|across\s+the\s+(?:u\.?s\.?|"
    rf"country|globe|world))\b", re.IGNORECASE)
_AT_NEW_LOCATION = re.compile(
    r"(?i)\s(?:at|with|opens|adds)\s+(?:a\s+|its\s+)?new\s+(?:[\w\-]+\s+)?(?:location|office|"
    r"clinic|store|branch|facility|showroom|studio)\s+in\s+(?P<object>(?-i:[A-Z])[\w.’'\- ]{1,30}"
    r"(?:,\s*(?-i:[A-Z])[\w.]*)?)")
_A_PRODUCT_LINE = re.compile(r"(?i)\b(?:product\s+line|line|lineup|line-up|collection|range)\s")
_LOWER_LAUNCH = re.compile(r"\s(?:launch|launches|launching|to\s+launch)\s")
_ALL_CAPITALISED = re.compile(r"(?-i:[A-Z0-9][\w\-.’']*)(?:\s(?-i:[A-Z0-9])[\w\-.’']*)*")
#: A question, no company ("Which Business Structure Fits Best When ...").
_A_QUESTION = re.compile(r"(?:Which|What|How|Why|Should|Could|Would|Does|Did)\s")
#: Short capitals that name a field or a coin, no company ("AI unveils", "BTC Enters").
_GENERIC_ACRONYMS = frozenset(("AI", "ML", "IT", "VR", "AR", "XR", "EV", "EVs", "BTC", "ETH",
                               "UK", "US", "EU", "USA", "GenAI", "LLM", "LLMs", "IoT", "SaaS"))
#: Kinds of actor in the plural, none named ("Startups launch products to catch ...").
_GENERIC_PLURALS = frozenset(("startups", "companies", "firms", "investors", "founders",
                              "brands", "retailers", "banks", "researchers", "scientists",
                              "developers", "users", "creators", "experts", "analysts",
                              "lawmakers", "regulators", "businesses", "vcs", "automakers"))
_COMES_TO = re.compile(r"\s+(?:comes\s+to|arrives\s+in)\b")
_FOR_OTHERS = re.compile(r"(?i)\s(?:for|helping|helps|help|to\s+help|lets|enabling|enables)\s+"
                         r"(?:[\w\-]+\s+){0,3}[\w\-]+s$")
_PURPOSE_TO_EXPAND = re.compile(r"(?i)\s+to\s+expand\b")
_A_HOPE = re.compile(r"(?i)\b(?:website|site|campaign|reboot|rebrand|initiative|program|"
                     r"programme|strategy|plans?|vision|roadmap|report|study|survey)\b")
_PLACE_ROLLOUT = re.compile(
    rf"^{_NAME}\s+(?:launches|begins|starts|announces|kicks\s+off|completes)\s+(?:its\s+|the\s+)?"
    rf"(?:first\s+)?(?P<object>(?-i:[A-Z])[\w.’'\- ]{{1,30}}?)\s+(?:deployment|rollout|roll-out|"
    rf"launch|operations|expansion)\s+of\b", re.IGNORECASE)
#: "Mountain Milling Co. Expands Nationwide Shipping for Cedar Lumber": its goods sent
#: across the country.
_SHIPS_WIDE = re.compile(
    rf"^{_NAME}\s+(?:expands|is\s+expanding|launches|adds)\s+(?:its\s+)?"
    rf"(?P<object>nationwide|national|international|global|worldwide)\s+(?:shipping|delivery|"
    rf"distribution)\b", re.IGNORECASE)
#: "Opens Empax Centre", "Launches Dubai Operations Center": a facility named, its place
#: in its name or not said.
_NAMED_FACILITY = re.compile(
    rf"^{_NAME}\s+(?:opens|opened|launches|unveils)\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:new\s+)?"
    rf"(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s(?-i:[A-Z])[\w.&'’\-]*){{0,3}}\s(?:office|"
    rf"headquarters|hub|HQ|center|centre|facility|plant|factory|warehouse|campus|clinic|"
    # ("new Mexico server region": a cloud's region in a country)
    rf"store|branch|showroom|(?:server|cloud|data\s+center|datacenter)\s+region|region)){_END}",
    re.IGNORECASE)
_OFFICE = re.compile(
    rf"^{_NAME}\s+(?:opens|opened|is\s+opening|will\s+open|unveils|launches)\s+(?:a\s+|an\s+|"
    rf"its\s+|new\s+|first\s+|second\s+|[\w\-,]+\s+){{0,5}}(?:office|offices|headquarters|hub|HQ|"
    rf"club|gym|clinic|dispensary|restaurant|shops?|cafe|café|bakery|salon|showroom|"
    rf"center|centre|facility|facilities|plant|factory|warehouse|campus|locations?|stores?|"
    rf"branch|branches|data\s+cent(?:er|re)s?|bureau|studio|lab|laboratory|dealership|doors)"
    rf"(?<!online\sstore)(?<!online\sstores)(?<!app\sstore)(?<!play\sstore)\s+in\s+"
    rf"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w.&'’\- ]{{1,40}}?){_END}", re.IGNORECASE)
_LAUNCHES = re.compile(
    rf"^{_NAME}\s*(?::|,(?=\s+to\s))?\s+(?:officially\s+)?(?:(?:is\s+)?(?:set|preparing|poised|"
    rf"ready|about)\s+to\s+|to\s+|will\s+|(?:plans|prepares)\s+to\s+|has\s+|have\s+|"
    rf"(?:is|are)\s+(?=launching|unveiling|introducing|debuting|releasing|rolling))?"
    rf"(?:launch(?:es|ed|ing)?|"
    rf"unveil(?:s|ed)?|debut(?:s|ed)?|introduce[sd]?|rolls?\s+out|release[sd]?|(?:is\s+(?:proud|pleased|"
    rf"excited|thrilled|delighted)\s+to\s+)?announces?\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:[\w\-]+\s+)?(?:launch|release)\s+of|(?:prepares|is\s+preparing|gears\s+up|readies)\s+for\s+(?:the\s+|its\s+)?"
    rf"(?:[\w\-]+\s+)?launch\s+of|"
    # "ITS Logistics Announces ITS Engage: A Centralized Ecosystem for ...": a name, then
    # what kind of product it is
    rf"announces(?=\s+(?-i:[A-Z])[\w\-.™®]*(?:\s+(?-i:[A-Z])[\w\-.™®]*){{0,3}}:\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,4}}?{PRODUCT.pattern}))\s+"
    rf"(?!to\s|in\s|with\s|on\s|of\s|for\s|by\s)"
    rf"(?P<object>.{{3,240}}?)(?:$|[.;!]\s|!$)", re.IGNORECASE)
#: "LincPlus Redefines NAS Innovation with Launch of LincStation S1": a predicate of the
#: subject's, then the launch it comes with.
_WITH_LAUNCH_OF = re.compile(
    r"^(?P<head>(?-i:[A-Z0-9a-z]).{2,120}?)\s+with\s+(?:the\s+)?(?:official\s+|global\s+|"
    r"commercial\s+)?launch\s+of\s+(?:the\s+|its\s+|a\s+|an\s+)?(?P<object>.{3,200})$",
    re.IGNORECASE)
#: "Ruley Launches to Bring ...", "GoldSyneX Officially Launched: ...", "devBlink AI Launches":
#: a launch with no object, the subject launching itself.
_LAUNCHES_BARE = re.compile(
    rf"^{_NAME}\s+(?:officially\s+)?(?:launches|launched|debuts|goes\s+live|announces\s+"
    rf"(?:its\s+|the\s+)?(?:official\s+)?launch|(?-i:will\s+launch|is\s+launching)|"
    rf"(?:is\s+)?set\s+to\s+launch|(?<!mainnet\s)(?<!testnet\s)(?<!token\s)(?-i:Launch)(?=\s*:))\s*"
    rf"(?:$|[:,!.]|\s+(?:to|as)\s+(?!launch)|\s+with\s+(?:[$€£]|US\$|\d|(?:\w+\s+)?funding|"
    rf"backing|(?:its\s+|the\s+)?first\b)|"
    # "is launching today — ...", "will launch in ‘early 2025’": when
    rf"\s+(?:today|tomorrow|this\s+(?:week|month|year|fall|spring|summer|winter)|next\s+"
    rf"(?:week|month|year)|in\s+[‘'\"“]?(?:early|late|mid)?[\s\-]*(?:(?:19|20)\d\d|q[1-4]|"
    rf"january|february|march|april|may|june|july|august|september|october|november|"
    rf"december)\b))", re.IGNORECASE)
#: "Expands Product Portfolio With Unveiling of X", "Expands Offerings to Include
#: Architect Services", "Expands Family Recreation Line with 500+ Ride On Toys": new
#: products in a line the company widens.
_WIDENS_LINE = re.compile(
    rf"^{_NAME}\s+(?:expands|extends|broadens|grows)\s+(?:its\s+)?(?:[\w&\-]+\s+){{0,4}}?"
    rf"(?:product\s+)?(?:portfolio|offerings?|line|lineup|range|suite|services|catalog|"
    rf"collection|category|menu|selection)(?:\s+(?P<link>with|to\s+include|to\s+offer|"
    rf"to\s+add|by\s+adding)\s+|:\s+)"
    rf"(?:(?:the\s+)?(?:launch|unveiling|introduction|debut)\s+of\s+)?(?P<object>.{{3,120}}?)"
    rf"(?:$|[.;!]\s|!$)", re.IGNORECASE)
#: "Direxion Expands Single Stock Leveraged & Inverse ETF Lineup for ...", "GARVEE.com
#: Expands Cordless Outdoor Snow Pusher Lineup, Meeting Demand": a product lineup widened,
#: the products not named (services or offerings widened are no launch: older labels).
_WIDENS_LINEUP = re.compile(
    rf"^{_NAME}\s+(?:expands|extends|broadens|grows)\s+(?:its\s+)?(?P<object>(?:[\w&\-]+\s+)"
    rf"{{1,6}}?(?:lineup|line-up|product\s+line|range|collection|product\s+suite))\b"
    rf"(?!\s+(?:with|to\s+include|by\s+adding|to|in|into|across|throughout)\s|:)",
    re.IGNORECASE)
#: What a bare launch says it launched: "RIA Circle Launches, Providing a Membership
#: Environment to ..." (a membership, minor: no product).
_BARE_SAYS_WHAT = re.compile(
    r"(?i)\s*[,:—–-]?\s*(?:providing|offering|creating|bringing|building|becoming|a|an|the)\s+"
    r"(?:an?\s+|the\s+|new\s+)?(?P<what>.{3,120})")
_EXPANDS_TO_OFFER = re.compile(
    rf"^{_NAME}\s+(?:expands|is\s+expanding)\s+(?:beyond\s+[^,;:]{{2,40}}?\s+)?to\s+"
    rf"(?:make|offer|sell|produce|provide|"
    rf"carry|manufacture)\s+(?P<object>(?-i:[A-Z0-9]).{{2,120}})$", re.IGNORECASE)
_WITH_X_LAUNCH = re.compile(
    r"^(?P<head>(?-i:[A-Z0-9a-z]).{2,120}?)\s+with\s+(?:the\s+|its\s+|a\s+|an\s+)?"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s)"  # (not a date)
    r"(?P<object>(?:[\w\-]+\s+){1,5}?)launch\s*$", re.IGNORECASE)
#: "Tesla Plans Geofenced Robotaxi Launch in Austin", "MusicFab Qobuz Converter Launch":
#: a launch named as a noun after what is launched.
_NOUN_LAUNCH = re.compile(
    rf"^{_NAME}\s+(?:announces|plans|prepares|celebrates|confirms|readies|schedules)\s+"
    rf"(?:the\s+|its\s+|a\s+)?(?P<object>(?:[\w\-]+\s+){{1,5}}?)(?:commercial\s+|official\s+|"
    rf"public\s+|global\s+|beta\s+|soft\s+|u\.?s\.?\s+)?launch\b", re.IGNORECASE)
#: What a widened line or a named launch is not: a purchase, a place, a partnership.
_NOT_NEW_PRODUCT = re.compile(r"(?i)(?:an?\s+|the\s+|its\s+)?(?:investment|acquisition|"
                              r"addition|new\s+(?:location|office)|partnership|patent)")
#: Subjects of a bare launch that are no company launching its product: a website, a
#: headline's generic opener, an event, a fund, a season.
_NOT_A_MAKER = re.compile(
    r"(?i)^(?:new|the|a|an|our|this)\s|\.(?:com|net|org|info|io|co\.uk)$|"
    r"\b(?:fund|website|site|campaign|season|event|summit|conference|festival|program|"
    r"programme|initiative|project|token|coin|memecoin|presale|sale|series|course|league|"
    r"board|committee|council|fest|auction|fundraiser|drive|testnet|devnet|portal)$|"
    r"\bseason\s+\d+$|"
    # a body formed, not a product: "The Professional Alliance for Child Centered Safety"
    r"^(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:alliance|coalition|consortium|federation)\b|"
    # an unnamed product ("Revolutionary AI-Powered Wellness Platform"), a version
    rf"{PRODUCT.pattern}$|\bv?\d+\.\d+|\bupdate\b")
#: "Crypto Faucets Launched by GetBlock": the launcher after "by".
_LAUNCHED_BY = re.compile(
    r"^(?P<object>(?-i:[A-Z0-9])[^,;:]{2,80}?)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:launched|unveiled|introduced|released|rolled\s+out)\s+by\s+"
    r"(?P<subject>(?-i:[A-Z0-9])[\w.&'’\- ]{0,60}?)" + _END, re.IGNORECASE)
#: "Dream Planet Launches on the App Store": the subject is the product.
_ON_A_STORE = (
    r"\s+on\s+(?:the\s+)?(?:apple\s+)?(?:app\s+store|google\s+play|play\s+store|steam|"
    r"product\s+hunt|kickstarter|indiegogo|shopify\s+app\s+store|aws\s+marketplace|"
    r"azure\s+marketplace|salesforce\s+appexchange|appexchange|amazon|walmart|etsy|ios|"
    r"android|telegram)\b")
_LAUNCHES_ON = re.compile(
    rf"^{_NAME}\s+(?:officially\s+)?(?:launches|launching|debuts|goes\s+live|is\s+now\s+live|"
    r"arrives)(?:\s+in\s+(?:open\s+|public\s+|closed\s+)?beta)?" + _ON_A_STORE,
    re.IGNORECASE)
#: "Unveils a New Era of HR Management with Transformative Modules": the era is no
#: product; what it comes with may be.
_NEW_ERA_WITH = re.compile(
    r"(?i)^(?:a\s+|the\s+)?(?:new\s+|next\s+)?(?:era|chapter|age|generation|wave|standard)\s+"
    r"(?:of|in|for)\s+[^,;:]{3,80}?\s+with\s+(?:the\s+|its\s+|new\s+)?(?P<what>.{3,200})$")
#: Words each reader below needs, checked before its pattern runs (extraction must stay
#: fast, issue #13).
_STORES_WORDS = Words(("distribution", "presence", "footprint"))
_AMBASSADOR_WORDS = Words(("ambassador", "spokes", " face"))
_OFFER_WORDS = Words((" to make", " to offer", " to sell", " to produce", " to provide",
                      " to carry", " to manufacture"))
_SELECTS_WORDS = Words(("selects", "chooses", "taps", "enlists", "engages", "hires"))
_ERA_WORDS = Words((" era ", " chapter ", " age ", " generation ", " wave ", " standard "))
#: "Announcing the Launch of Feynman Point Asset Management as an Independent ...": a firm
#: launching itself, named after the headline's lead.
_ANNOUNCING_LAUNCH_OF = re.compile(
    r"^(?:announcing|introducing|presenting)\s+the\s+(?:official\s+)?launch\s+of\s+"
    r"(?P<subject>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,5})"
    r"(?=\s*$|\s*[,:;]|\s+(?:as|to|for|in|with|—|–|-)\s)", re.IGNORECASE)
_LAUNCHES_WITH = re.compile(
    rf"^{_NAME}\s+(?:officially\s+)?(?:launches|debuts|goes\s+live)\s+with\s+(?:an?\s+|its\s+|"
    rf"the\s+)?(?!(?:[$€£]|US\$|\d|(?:\w+\s+)?funding|backing|first\b))(?P<object>.{{3,200}})$",
    re.IGNORECASE)
#: "Blue Trust Selects Vident, Brightlight, and Mammoth Technology to Launch ... Platform":
#: the subject launches, with the firms it chose.
_SELECTS_TO_LAUNCH = re.compile(
    rf"^{_NAME}\s+(?:selects|chooses|taps|enlists|engages|hires)\s+[^;:]{{2,120}}?\s+to\s+"
    rf"(?:launch|unveil|introduce|debut|roll\s+out|build\s+and\s+launch)\s+"
    rf"(?P<object>.{{3,200}})$", re.IGNORECASE)
#: "Cardition: Far-Infrared Wave Vehicle Stabilizer, Launches on Indiegogo": the maker
#: before the colon, what it makes after it.
#: "Mogabi V3 Electric Guitar, One-Man Band Capable, Launches on Kickstarter": the product
#: (the subject), what it is between commas, then where it launches.
_PRODUCT_COMMA_ON = re.compile(
    r"^(?P<subject>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,5}),\s+"
    r"(?P<what>[^,:;]{3,80}),\s+(?:officially\s+)?(?:launches|launching|debuts|goes\s+live)"
    + _ON_A_STORE, re.IGNORECASE)
_MAKER_COLON_ON = re.compile(
    r"^(?P<subject>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3}):\s+"
    r"[^,:;]{3,100},\s+(?:officially\s+)?(?:launches|launching|debuts|goes\s+live)"
    + _ON_A_STORE, re.IGNORECASE)
#: "Portable Dryer BreezeCare, Kickstarter Launch": the product, then where it launches.
_PLATFORM_LAUNCH = re.compile(rf"^{_NAME},\s+(?:kickstarter|indiegogo)\s+launch\s*$",
                              re.IGNORECASE)
#: "Acme emerges from stealth with an AI copilot": a company's first product, launched.
_STEALTH = re.compile(
    rf"^{_NAME}\s+(?:officially\s+)?(?:emerges|emerged|comes|came|launches|launched|steps|"
    rf"exits|exited|is\s+out|breaks)\s+(?:out\s+)?(?:of|from)\s+stealth\b(?P<object>.{{0,120}})",
    re.IGNORECASE)
_LAYOFFS = re.compile(
    rf"^{_NAME}\s+(?:is\s+|to\s+|will\s+)?(?:lays?\s+off|laid\s+off|cuts?\s+jobs\b|"
    rf"cuts?\s+(?:dozens|hundreds|thousands)\b|"
    rf"(?:sees|faces|suffers|is\s+hit\s+by|hit\s+by)\s+(?:more\s+|new\s+|another\s+round\s+of\s+|"
    rf"fresh\s+)?(?:layoffs|job\s+cuts)|"
    rf"(?:conducts|kicks\s+off|begins|starts|launches|carries\s+out|announces)\s+(?:a\s+|another\s+|"
    rf"a\s+new\s+|a\s+fresh\s+|a\s+second\s+|a\s+third\s+)?(?:round\s+of\s+)?layoffs?|"
    rf"conducts\s+layoffs?|shuts\s+down\s+(?:its\s+)?"
    rf"(?:[\w\-]+\s+){{0,3}}?(?:business|operations|unit|division|arm)\b|cuts?\s+(?:about\s+|"
    rf"nearly\s+|around\s+|over\s+|more\s+than\s+)?[\d,.%]+\s*(?:%\s+)?(?:of\s+(?:its\s+)?)?"
    rf"(?:jobs|staff|employees|workers|workforce|roles|positions|people)|slashes\s+"
    rf"(?:its\s+)?(?:workforce|headcount|staff|jobs)|announces\s+(?:a\s+)?"
    rf"(?:round\s+of\s+)?(?:layoffs|job\s+cuts|restructuring)|(?:begins|starts)\s+"
    rf"layoffs|restructures(?!\s+(?:its\s+)?(?:[\w\-]+\s+){{0,3}}?(?:unit|team|division|group|lab|"
    rf"labs|board)\b))\b(?P<object>.{{0,80}})", re.IGNORECASE)
#: "Consolidates Operations", "Expands Cost-Cutting Measures", "Implements Restructuring
#: Plan": a restructuring (tried only where "consolidat", "cost" or "restructuring" is).
_RESTRUCTURES = re.compile(
    rf"^{_NAME}\s+(?:is\s+|to\s+|will\s+)?(?:(?:consolidates?|consolidate)\s+(?:its\s+)?"
    rf"(?:[\w\-]+\s+)?operations|"
    rf"(?:announces|implements|expands|launches|unveils|begins|starts|deepens|extends)\s+"
    rf"(?:a\s+|an\s+|its\s+|new\s+|further\s+|additional\s+)?(?:[\w\-]+\s+)?"
    rf"(?:cost[- ]cutting|cost[- ]reduction|cost[- ]savings?|restructuring)\s+(?:measures|"
    rf"plan|program|programme|initiative|efforts))\b(?P<object>.{{0,80}})", re.IGNORECASE)
_RESTRUCTURE_WORDS = Words(("consolidat", "cost", "restructuring"))
#: Layoffs told as a noun: "Layoffs hit General Fusion", "It’s layoff ‘season’ at Phil
#: Libin’s Airtime" (the company after "at" or "hit").
_LAYOFFS_HIT = re.compile(
    r"^(?:it['’]s\s+)?(?:(?:more|new|fresh|another\s+round\s+of)\s+)?layoffs?\s+(?:['‘’]?season['’]?\s+)?"
    r"(?:hit|hits|at|strike|strikes|continue\s+at|come\s+to|reach)\s+(?:(?:[\w.&\-]+\s+){0,2}?"
    r"[\w.&\-]+['’]s\s+)?"
    rf"{_OBJECT}{_END}", re.IGNORECASE)
#: "Programmers bore the brunt of Microsoft’s layoffs", "Intel hits the brakes on its
#: automotive business, and layoffs have started": the company whose layoffs they are.
_LAYOFFS_OF = re.compile(
    r"\b(?P<subject>(?-i:[A-Z])[\w.&\-]*(?:\s(?-i:[A-Z])[\w.&\-]*){0,2})['’]s\s+(?:latest\s+|"
    r"recent\s+|new\s+|ongoing\s+)?(?:layoffs|job\s+cuts)\b")
_AND_LAYOFFS = re.compile(
    rf"^{_NAME}(?:\s+\w+s\b.{{0,80}}?,?\s+and\s+layoffs\s+(?:have\s+|had\s+)?(?:started|begun|"
    rf"began|followed|follow)\b|"
    # "Luminar secures up to $200M following CEO departure and layoffs": its own, before
    rf"\s+\w+s\b[^,;]{{0,60}}?\s(?:following|after|amid)\s+(?:(?:a|its|the|recent|"
    rf"ceo|cfo|mass|major|departure|exit|and|deep|sweeping|more|new|further)\s+){{0,4}}"
    rf"(?:layoffs|job\s+cuts)\b)", re.IGNORECASE)
#: "Lilium ceases operations, 1,000 workers laid off"; "Warner Bros to split ... in major
#: restructuring"; "Indeed, Glassdoor to lay off 1,300 staff".
_CLOSES_AND_CUTS = re.compile(
    rf"^{_NAME}\s+(?:ceases\s+operations|shuts\s+down|collapses|files\s+for\s+(?:bankruptcy|"
    rf"insolvency)),\s+(?:[\d,]+|hundreds|dozens|thousands)\s+(?:of\s+)?(?:workers|employees|"
    rf"staff|jobs)\s+(?:laid\s+off|cut|lost)\b", re.IGNORECASE)
_IN_RESTRUCTURING = re.compile(
    rf"^{_NAME}\s+(?:(?:to|will)\s+\w+|(?-i:[a-z]+s|[A-Z][a-z]+s(?=\s(?-i:[A-Z]))))\b.{{0,80}}?\bin\s+(?:a\s+)?(?:major\s+|sweeping\s+|"
    rf"broad\s+|company-wide\s+)?restructuring\b", re.IGNORECASE)
_TWO_LAY_OFF = re.compile(
    r"^(?P<a>(?-i:[A-Z])[\w.&\-]*(?:\s(?-i:[A-Z])[\w.&\-]*){0,2}),\s+(?P<b>(?-i:[A-Z])[\w.&\-]*"
    r"(?:\s(?-i:[A-Z])[\w.&\-]*){0,2})\s+(?:to\s+|will\s+)?lay\s+off\b", re.IGNORECASE)
_GUIDANCE = re.compile(
    rf"^{_NAME}\s+(?:cuts|lowers|slashes|trims|reduces|withdraws|pulls)\s+(?:its\s+)?"
    rf"(?:full[- ]year\s+|annual\s+|\d{{4}}\s+|fiscal\s+\d{{4}}\s+|FY\s?\d{{2,4}}\s+|"
    rf"quarterly\s+)?(?:[\w\-]+\s+){{0,3}}(?:guidance|forecast|outlook|projections?)\b"
    rf"(?P<object>.{{0,80}})", re.IGNORECASE)
_MISSES = re.compile(
    rf"^{_NAME}\s+(?:misses|missed|falls\s+short\s+of|fell\s+short\s+of|comes\s+in\s+"
    rf"below|came\s+in\s+below|reports?\s+(?:\w+\s+){{0,4}}below)\s+(?:\w+\s+){{0,4}}"
    rf"(?:estimates|expectations|forecasts?|guidance|targets?|consensus)\b"
    rf"(?P<object>.{{0,80}})", re.IGNORECASE)


#: Every pattern above needs one of these words: a sentence with none is skipped before
#: the patterns run (most sentences; extraction must stay fast, issue #13).
#: Every pattern above needs one of these words close to the start of the sentence (a
#: subject is at most 80 characters): plain substrings, checked before any pattern runs,
#: and only the patterns a word found could start are tried (extraction must stay fast,
#: issue #13). A superset on purpose: the patterns decide.
_GATE: dict[str, tuple[str, ...]] = {
    "acq": ("acquir", "acquisition", "addition of", "integration of", "buys", "bought", "snap",
            "scoops", "picks up", "purchas", " family", " buy "),
    "sale": ("sells", "sold", "sale of", "sale to", "divest"),
    # ("team", "ties" and "venture" alone had let in "leadership team", "opportunities" and
    # "venture capital": only their partnership forms)
    "partner": ("partner", "team up", "teams up", "teamed up", "teaming up", "team-up",
                "forces", "collaborat", "allian", " ties ", "tie-up", "tie up", "joint ", " jv",
                " mou", "memorandum", " deal", "relationship", "agreement", " pact", "network",
                " merge", " adding ", "to include", "affiliate", " pair up"),
    "ipo": ("file", "submit", "ipo", "public offering", "launches on", "debuts on",
            "lists on", "trading on", "bell on", " listing"),
    # ("lay" alone had let in "play", "display", "delay")
    "cuts": ("lay off", "lays off", "laying off", "layoff", "lay-off", "laid", "cut", "slash",
             "restructur", "lower", "trim", "reduc", "shut", "cease", "consolidat", "withdraw",
             "pull"),
    "miss": ("miss", "short", "below"),
    # ("enter" and "open" alone had let in "center", "enterprise" and "OpenAI")
    "expand": ("expand", "expansion", "enters", "entering", " enter ", "entered", "moves into",
               "open ", "opens", "opened", "opening", "target", "eyes",
               "sights", "taps into", " to bring ", " to establish ", "comes to", "arrives in"),
    "launch": ("unveil", "debut", "launch", "introduc", "roll", "releas", "stealth"),
}
#: How far into a sentence its verb can be.
_GATE_SPAN = 220
#: The same words, each labelled with its categories: one pass finds every category a
#: sentence can state (the gate runs on every sentence; extract/gates.py).
_GATE_WORDS = Words({w: [c for c, ws in _GATE.items() if w in ws]
                     for words in _GATE.values() for w in words})


def find_events(sentence: str) -> list[EventCandidate]:
    """The strategic or financial events one sentence states (an acquisition gives two:
    the buyer's and the bought's)."""
    if not sentence:
        return []
    head = sentence[:_GATE_SPAN].lower()
    cats = _GATE_WORDS.labels(head)
    if "announces " in head and ": " in head:
        cats = cats | {"launch"}  # "Announces ITS Engage: A Centralized Ecosystem"
    if not cats:
        return []
    if shouted(sentence):
        # a headline in capitals is read in title case (its appositives, possessives and
        # clauses are then seen as in any headline); each subject is given back as written
        original = " ".join(html.unescape(sentence).split())
        titled = unshout(original)
        out = []
        for e in _find_events(titled, cats):
            at = titled.find(e.subject)
            subject = original[at:at + len(e.subject)] if at >= 0 else e.subject.upper()
            out.append(replace(e, subject=subject, sentence=original))
        return out
    return _find_events(sentence, cats)


def _find_events(sentence: str, cats: set[str]) -> list[EventCandidate]:
    original = " ".join(html.unescape(sentence).split())
    if not original:
        return []
    rumour = reported(original)
    # a reported event is read with the reporting words set aside ("X reportedly in
    # talks to acquire Y" -> "X acquire Y"), and kept as a rumour
    text = " ".join(_RUMOUR_WORDS.sub(" ", original).split()) if rumour else original
    text = LEAD_IN.sub("", text)  # "Media Advisory: Comcast Partners With ..."
    # a newswire's prefix ("InvestorNewsBreaks – ") and exchange tickers in brackets are
    # not part of any name: "Sekur Private Data Ltd. (CSE: SKUR) (OTCQX: SWISF) Expands
    # Into Africa" is "Sekur Private Data Ltd. Expands Into Africa"
    if "Breaks" in text:
        text = WIRE.sub("", text)
    if "(" in text:
        text = " ".join(TICKERS.sub("", _FORMERLY.sub("", text)).split())
    if "(" in text:
        # "Quantum Intelligence Corp (QIC, Korea) Partner ...": an abbreviation in brackets
        text = _ABBREVIATION.sub("", text)
    if " by " in text or " By " in text or " BY " in text:
        text = _BY_APPOSITIVE.sub("", text, count=1)
    if " of " in text[:120] and _PARENT_WORDS.any(text[:120].lower()):
        text = _PARENT_APPOSITIVE.sub("", text, count=1)  # "Centcore, A Division of X, Inc.,"
    if "‘" in text or "“" in text:
        text = _SCARE_QUOTES.sub(r"\1", text)  # "reveals ‘deeper partnership’ with Nvidia"
    if ("-" in text[:60] or "valuation" in text[:40]) and \
            (backer := _BACKED_PREFIX.match(text)) and \
            text[backer.end():backer.end() + 1].isupper():
        text = text[backer.end():]  # "$25B-valued Chime files for an IPO"
    if text.count(", ", 0, 200) >= 2 and (appositive := _NEWS_APPOSITIVE.match(text)):
        # "Groww, India’s biggest trading app, prepares for IPO", "Elon Musk’s AI company,
        # xAI, acquires ...": the name next to its verb
        name = appositive.group("name") or appositive.group("name2")
        if (owner := appositive.group("owner")) and not place(owner):
            name = owner  # "Footnotes, TikTok’s crowdsourced fact-checks, launches": TikTok's
        text = f"{name} {text[appositive.end():]}"
    if "," in text[:100] and (clause := CLAUSE_BEFORE_SUBJECT.match(text) or
                              _OCCASION_BEFORE_SUBJECT.match(text)):
        text = text[clause.end():]  # "Founded by DeepMind alumnus, Latent Labs launches"
    if text.startswith("From "):
        # "From Deal-Making To Crypto Purchases, Cycurion Is Expanding ...": a lead-in
        text = _FROM_TO_LEAD.sub("", text, count=1)
    if "," in text[:60]:
        # "D1 Training, Premier Athletic Fitness Brand Expands into ...": what it is, after
        # its name
        text = _KIND_APPOSITIVE.sub(r"\g<name> ", text, count=1)
        # "WaterBuffalo, Vietnam's Iconic Meme Coin, Launches New App", "Acme, a Leading
        # Maker, Launches": an appositive with an article or a possessive, in title case
        text = _TITLED_APPOSITIVE.sub(r"\g<name> ", text, count=1)
    # "New Holding Enters the Rental Market: Alikson Group Acquires Apart Sharing": after a
    # lead-in and a colon, the clause that states an event is the news ("X Launches Y:
    # The Best Tool for Z" has none after its colon, and is read whole)
    bare = _BRACKETED.sub(lambda m: "_" * len(m.group(0)), text)  # "(NASDAQ: X)"
    at = bare.find(": ")
    head, colon, tail = (text[:at], ": ", text[at + 2:]) if at > 0 else (text, "", "")
    if colon and len(tail.split()) >= 3 and (tail[:1].isupper() or tail[:1].isdigit() or (
            tail[:1].islower() and _BRAND_IN_LOWER.match(tail))) and \
            len(head) < 120 and \
            (found := _events_in(tail, original, rumour, cats)):
        if _OCCASION_BEFORE.search(head):
            # "A New Kind of Craft Festival Takes Root ...: Wanderland Launches October 4":
            # what launches is the occasion the words before the colon name
            return [e for e in found if e.type != "product_launch"]
        # "Santos Muscle Nutrition: European Performance Supplement Brand Announces ...":
        # the name before the colon, what it is after it
        if len(head.split()) <= 5 and first_subject(head) == head:
            return [replace(e, subject=_clean(head)) if _described_company(e.subject) else e
                    for e in found]
        return found
    if colon and _LAUNCHING_WORD.match(tail) and \
            (subject := first_subject(head)) != head and \
            (found := _events_in(f"{subject} {'Launches' if tail[:1].isupper() else 'launches'} "
                                 f"{tail.split(None, 1)[1]}", original,
                                 rumour, cats)):
        return found  # "ToolsGroup Reimagines Supply Chain: Launching Decision Hub"
    if found := _events_in(text, original, rumour, cats):
        # "Alsco Acquires Topper Linen, Expands with Second Facility in Toronto": the
        # second predicate states an event of its own
        if (m := _SECOND_PREDICATE.search(text)) and (subject := first_subject(text)) != text:
            found = _further_predicates(subject, m, original, rumour, cats, found)
        elif not any(e is not None and e.type == "partnership" for e in found) and \
                (m := _PARTICIPLE_PREDICATE.search(text)) and \
                (subject := first_subject(text[:m.start()])) != text[:m.start()]:
            # "ClimateDoor Acquires X, Expanding Into the United States" (not a growth
            # through a partner: "Partners With Y, Expanding Distribution Across ...")
            seen = {(e.type, e.subject) for e in found}
            found += [e for e in _events_in(
                f"{subject} {_PARTICIPLE_VERB[m.group('verb')]} {m.group('rest')}", original,
                rumour, cats | {"expand"}) if (e.type, e.subject) not in seen]
        return found
    # "X Secures Contract in Virginia, Expanding U.S. Footprint": the participle's event
    if (m := _PARTICIPLE_PREDICATE.search(text)) and (subject := first_subject(
            text[:m.start()])) != text[:m.start()] and (found := _events_in(
            f"{subject} {_PARTICIPLE_VERB[m.group('verb')]} {m.group('rest')}", original,
            rumour, cats | {"expand"})):
        return found
    # "Introducing ELSA-16: Casela Technologies Powers the Future of ...": the product is
    # named first, its maker after the colon
    if (m := _INTRODUCING.match(text)) and not MINOR.search(m.group("what")):
        maker = first_subject(m.group("rest"))
        if maker != m.group("rest") and not _ARTICLE_FIRST.match(maker):
            return [EventCandidate("strategic", "product_launch", _clean(maker),
                                   f"launches {m.group('what')}", original, rumour)]
    # "X Secures Contracts and Expands Its Services Nationwide": the second predicate's
    # subject is the first one's
    if (m := _SECOND_PREDICATE.search(text)) and (subject := first_subject(text)) != text:
        if vow := _VOWS.search(subject):
            # "AWS pledges to spend $5B in Mexico, launches ...": a promise, then the news
            subject = subject[:vow.start()]
        elif " " in subject and _name_after_description(subject) is None and \
                (lead := _NAME_THEN_VERB.match(subject)):
            subject = lead.group(1)  # "Figma ignores the fear, files paperwork for an IPO"
        return _further_predicates(subject, m, original, rumour, cats, [])
    # "A Small Change Beneath the Desk, A Big Change in Life! — ROUMO Introduces ...": a
    # lead-in, then the news after the dash
    if (dash := _LEAD_DASH.search(text, 0, 160)) and len(text[dash.end():].split()) >= 3:
        return _events_in(text[dash.end():], original, rumour, cats)
    return []


def _further_predicates(subject: str, m: re.Match[str], original: str, rumour: bool,
                        cats: set[str], found: list[EventCandidate]) -> list[EventCandidate]:
    """The events of each further predicate of the subject in turn, from the one ``m``
    found ("GoTo Foods Fuels Growth: Unveils X and Signs a 45-Unit Deal in India": a
    launch and an expansion), at most three; an event already found is not repeated."""
    for _ in range(3):
        seen = {(e.type, e.subject) for e in found}
        found += [e for e in _events_in(f"{subject} {m.group('rest')}", original, rumour, cats)
                  if (e.type, e.subject) not in seen]
        if (next_m := _SECOND_PREDICATE.search(m.group("rest"), 1)) is None:
            break
        m = next_m
    return found


#: "Star" names a person ("Wrestling Star"), except after the words that make it part of a
#: company's name ("Lone Star Circle of Care", "North Star", "Five Star", "New Star Spa").
_A_STAR = "".join(rf"(?<!\b{w}\s)" for w in (
    "lone", "north", "five", "four", "three", "gold", "golden", "morning", "bright", "silver",
    "blue", "red", "new", "all", "pole", "lucky", "white", "black", "dark", "super", "guiding"))
#: An actor that is a person or a place, not a company: "MetaWin Founder", "Author Jane
#: Doe", "Massachusetts-Based Advisor Joelle Spear", "High School Seniors", "India".
_PERSON_OR_PLACE = re.compile(
    r"(?i)\bdr\.\s|\b(?:founder|co-founder|cofounder|ceo|cio|cfo|coo|cto|author|authors|"
    r"advisor|adviser|"
    r"philanthropist|pastor|doctor|students?|alumni|seniors|entrepreneur|strategist|"
    r"entrepreneurs|artist|singer|rapper|influencer|educator|parent|parents|mom|"
    rf"dad|inventor|professor|teen|teens|{_A_STAR}star|actor|actress|athlete|veteran|graduate|"
    r"litigator|attorney|lawyer|skater|player|pick|stylist|celebrity|chef|"
    r"physician|nurse|dentist|therapist|ambassador|couple|husband|wife)\b|"
    # ("Antidote Professional Development" is a firm; "a Seasoned Professional" a person)
    r"\bprofessionals?$|"
    # a person by what they were ("Payments Expert and Former Banking Executive")
    r"\bformer\s+(?:[\w\-]+\s+){0,3}?(?:executive|officer|director|president|banker)s?$|"
    r"^(?-i:[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+)$|"
    r"(?:private\s+equity|investment|investor|buyout)\s+(?:group|firm|consortium)$|"
    r"^(?:one|some)\s+of\s+the\b|\s(?:and|&)$|"
    # what a subject is, praised, not its name: "Leading North Carolina Personal Injury
    # Lawyer", "Top Digital Marketing Agencies" (not "Best Buy", "Premier Inc.")
    r"^(?:the\s+)?(?:fastest|best|largest|leading|newest|luxury|premier|top|former)\s"
    r"(?:\S+\s+)*?(?:\S+(?<!s)(?<!\bnew)s|company|firm|brand|agency|provider|maker|"
    r"manufacturer|lawyer|attorney|photographer|speaker|author|expert|platform|exchange|"
    r"broker|dealer|retailer|supplier|distributor|developer|builder|contractor|consultant|"
    r"designer|producer|chain|startup|bank|lender|insurer|operator|clinic|practice|app|"
    r"phenomenon|destination|choice|\w+ed)$|"
    r"^(?:the\s+)?former\b|^top\s+\d+\s|"
    r"^(?:private|undisclosed|unnamed|local)\s+(?:investors?|buyers?|owners?)$|"
    # a buyout by the company's own people ("Acquired by Management Team")
    r"^(?:its\s+|the\s+|their\s+)?(?:(?:management|leadership|executive|founding)"
    r"(?:\s+team)?|employees|staff|founders|owners|shareholders|executives)$|"
    r"^(?:india|china|japan|russia|brazil|canada|mexico|germany|france|italy|spain|"
    r"australia|the\s+(?:uk|us|u\.s\.|eu)|uk|us|u\.s\.|eu|saudi\s+arabia|nigeria|"
    r"kenya|south\s+africa|singapore|indonesia|vietnam|korea|south\s+korea|turkey|"
    r"israel|egypt|pakistan|argentina|chile|colombia)$")
#: Where an object's whole phrase ends (past its "and"): a comma or a preposition.
_OBJECT_CLAUSE_END = re.compile(r"(?i),|\s+(?:in|to|for|from|with|at|on|near|adjacent)\s|"
                                # "Acquires Extend-WP and Expanding Their Portfolio": a
                                # second predicate, not the object
                                r"\s+and\s+(?=(?:expand|strengthen|grow|launch|enter|boost|"
                                r"add|accelerate|enhance|broaden|bolster|build|create|form|"
                                r"extend)\w*\b)")
#: "D1 Training, Premier Athletic Fitness Brand": a name, then what kind of company it is.
_KIND_AFTER_NAME = (r"^(?P<name>[^,]{2,50}),\s+(?:the\s+|an?\s+)?(?:[\w&'’\-]+\s+){0,5}"
                    r"(?i:brand|company|firm|provider|leader|maker|platform|startup|chain|agency|"
                    r"developer|manufacturer|retailer|franchise)")
_NAME_THEN_KIND = re.compile(_KIND_AFTER_NAME + "$")
#: The same between the subject and its verb.
_KIND_APPOSITIVE = re.compile(_KIND_AFTER_NAME + r"\s+(?=(?-i:[A-Z])[a-z]+s\b)")
_TITLED_APPOSITIVE = re.compile(
    r"^(?P<name>[^,]{2,60}),\s+(?:(?:an?|the)\s[^,]{2,80}|[^,]{0,40}['’]s\s[^,]{2,60}),\s+"
    r"(?=(?-i:[A-Z])[a-z]+s\b)")
#: An occasion launching is no maker's product ("Central Texas Strong Online Auction Launches").
_AN_OCCASION = re.compile(r"(?i)\S\s+(?:auction|fundraiser|campaign|festival|fair|drive|gala|"
                          r"walk|telethon|giveaway|contest|sweepstakes)$")  # ("Gala" is a name)
_OCCASION_BEFORE = re.compile(r"(?i)\b(?:festival|fair|gala|concert|conference|summit|"
                             r"expo|exhibition|tournament|race|marathon)\b")
#: A project is no company ("City of Madison's Bus Rapid Transit Project"; a city itself is
#: a partner by the labels' policy: "City of Seattle Partners with Comcast").
_PUBLIC_OR_PROJECT = re.compile(r"(?i)\bprojects?$")
#: A number is no company: "to Acquire 90,000 ha Uranium Concessions" bought no "90".
_A_NUMBER = re.compile(r"[\d.,\s]+")
#: A company described, not named: "a Well-Established Solid Waste Management Company",
#: "Major Banks", "Additional Business".
_UNNAMED = re.compile(r"(?:a|an|another)\s|(?i:several|multiple|various|numerous|additional|"
                      r"major\s+(?!league)|well-established|unnamed|undisclosed)\b|"
                      # "Moroccan client": what it is, in lower case, names no one
                      r".*\s(?:client|customer|partner|supplier|operator|lender|firm|company)s?$|"
                      r"(?i:.*\s(?:leaders|firms|providers|manufacturers)$)")
#: A subject that holds a clause, not a name: a finite verb after its first word ("Genesis
#: Holdings Finalizes Metrospaces Agreement and Prepares", "Direct Flight ... is"), or a
#: preposition opening it ("From Novel Therapies To Treat ...").
_CLAUSE_IN_SUBJECT = re.compile(
    r"\s(?:is|are|was|were|has|have|had|featured|following|highlights|finalizes|"
    r"finalises|prepares|celebrates|reports|says|reveals|completes)\b|(?-i:\swill)$|"
    # "Key Benefits of Partnering with ...": a phrase cut at its preposition, no name
    r"(?-i:\s(?:of|for|with|to|in|on|at|by|from))$|"
    r"^(?:from|as|with|after|when|while|amid|following)\s(?:\S+\s+){3}|^prepares$",
    re.IGNORECASE)
#: "ElevenLabs is (now) launching", "CrowdStrike says it will lay off", "Trump says
#: Microsoft is in talks to acquire": who acts, before an auxiliary or after "says".
_AUXILIARY_AFTER = re.compile(r"^(?P<name>.+?)\s+(?:is|are|was|were|has|have|had)"
                              r"(?:\s+(?:now|also|all|set|reportedly|officially|quietly|"
                              r"finally|already))*$")
_SAYS = re.compile(r"^(?P<who>.+?)\s+says\s+(?:that\s+)?(?P<name>.+)$")
_INTENDS_LAST = frozenset(("announces", "unveils", "reveals", "confirms", "outlines", "its",
                           "their", "plan", "plans", "intent", "intention"))
#: "X Announces Plans to Launch ...", "X Plans to Acquire ...": the verb of an intention
#: read with the subject (a plan's name, "Health Plans", keeps its word).
_INTENDS_AFTER = re.compile(
    r"(?i)^(?P<name>.+?)(?:\s+(?:announces|unveils|reveals|confirms|outlines)"
    r"(?:\s+(?:its|their))?(?:\s+(?:plans?|intent|intention))?|"
    r"(?<!health)(?<!dental)(?<!benefit)(?<!benefits)(?<!insurance)(?<!retirement)"
    r"(?<!medical)\s+plans)$")


def _reported_subject(subject: str) -> str:
    """The company in a subject that reports or conjugates ("Elon Musk says xAI" is
    xAI; "CrowdStrike says it" is CrowdStrike; "Arm is" is Arm; "Arm Announces Plans"
    is Arm)."""
    if m := _SAYS.match(subject):
        name = m.group("name")
        subject = m.group("who") if name.lower() in ("it", "they", "the company") else name
    if m := _AUXILIARY_AFTER.match(subject):
        subject = m.group("name")
    if subject.rsplit(None, 1)[-1].lower() in _INTENDS_LAST and \
            (m := _INTENDS_AFTER.match(subject)):
        subject = m.group("name")
    return subject
#: "CoralApp, Incubated by Binance Labs, Set to Launch ...": who backs the subject, between
#: commas, is no part of it.
_BY_APPOSITIVE = re.compile(r"(?<=\w),\s+(?:incubated|backed|founded|owned|led|supported|"
                            r"funded|acquired|powered)\s+by\s+[^,]{2,60},(?=\s)",
                            re.IGNORECASE)
_PARENT_WORDS = Words((", a ", ", an ", ", the "))
#: "Centcore, A Division of Mitesco, Inc., Announces ...": whose part the subject is,
#: between commas, is no part of it.
_PARENT_APPOSITIVE = re.compile(
    r"(?<=\w),\s+(?:a|an|the)\s+(?:division|subsidiary|unit|business\s+unit|brand|"
    r"portfolio\s+company|member|affiliate)\s+of\s+[^,]{2,60}?(?:,\s+(?:Inc|LLC|Ltd|Corp|Co|"
    r"PLC)\.?)?,(?=\s)", re.IGNORECASE)
#: "Introducing NAME: Maker verbs ...".
_INTRODUCING = re.compile(r"^(?:introducing|meet|say\s+hello\s+to)\s+(?P<what>[^:]{2,60}):\s+"
                          r"(?P<rest>(?-i:[A-Z0-9]).{5,})$", re.IGNORECASE)
#: A second predicate after "and" or a comma, opened by an event verb.
_SECOND_PREDICATE = re.compile(
    r"(?:,\s*|:\s+|\s+and\s+)(?P<rest>(?-i:[A-Z])?(?i:expands|launches|unveils|opens|partners|"
    r"acquires|enters|introduces|debuts|teams\s+up|"
    r"plans\s+(?:an?\s+|its\s+)?(?:[\w.\-]+\s+){0,2}?expansion|files\s+(?:paperwork\s+for\s+|for\s+)"
    r"(?:an?\s+|its\s+)?ipo|(?:prepares\s+for|contemplates|considers|"
    r"eyes|weighs|mulls|explores)\s+(?:an?\s+|its\s+)?(?:potential\s+|possible\s+)?"
    r"(?:ipo|initial\s+public\s+offering|(?:us|u\.s\.|nasdaq|nyse|public)\s+listing)|"
    # "..., Secures Halliburton Partnership": a partnership named as the second predicate
    r"(?:secures|signs|forms|forges|inks|announces|strikes|lands|reveals)\s+(?:[\w\-&.’']+\s+){0,4}?"
    r"(?:partnership|alliance|joint\s+venture|collaboration|(?:\d+[\-\s]unit|franchise|"
    r"development)\s+(?:deal|agreement)s?)(?=\s|$)|"
    # "..., Announces Plans to Expand Abroad": an intention stated as the second predicate
    r"(?:(?:announces|unveils|reveals)\s+(?:plans|intent|intention)|plans)\s+to\s+"
    r"(?:expand|launch|open|acquire|enter))\b.*)$", re.IGNORECASE)
_FROM_TO_LEAD = re.compile(r"^From\s[^,]{3,80}?\s[Tt]o\s[^,]{3,80},\s+(?=(?-i:[A-Z0-9]))")
#: A participle after a comma that states a second event of the subject ("Acquires X,
#: Expanding Into the United States", "Secures Contract in Virginia, Expanding U.S.
#: Footprint"): read as the verb it stands for.
_PARTICIPLE_PREDICATE = re.compile(r",\s+(?P<verb>Expanding|Entering|Opening)\s+(?P<rest>.+)$")
_PARTICIPLE_VERB = {"Expanding": "Expands", "Entering": "Enters", "Opening": "Opens"}


#: A person made a firm's partner: "Elevates VP Jane Roe to Partner".
_PROMOTED_TO_PARTNER = re.compile(
    r"(?i)\b(?:elevates|promotes|names|appoints|elevated|promoted|named|appointed)\b.{3,120}"
    r"\bto\s+(?:equity\s+|managing\s+|senior\s+|full\s+|name\s+)?partner\s*$")
#: A company's owner or founder by name, acting for it ("Seasoned Silbar Security Owner
#: Natasha Swan Expands ...").
_OWNER_NAMED = re.compile(
    r"^(?:(?:seasoned|veteran|longtime|long-time|proud)\s+)?(?P<company>(?-i:[A-Z0-9])"
    r"[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,4}?)\s+(?:owner|founder|co-founder)\s+"
    r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])\.)?\s+(?-i:[A-Z])[\w'’\-]+$", re.IGNORECASE)
#: People told by what they made: "Pioneers Behind Puttshack", "The Team Behind X".
_PEOPLE_BEHIND = re.compile(r"(?i)\b(?:pioneers?|minds?|people|team|founders?|creators?|"
                            r"makers?)\s+behind\b")
#: Makes an event of a subject span, or None where the span names no company.
_Event = Callable[[str, str, str, str], "EventCandidate | None"]
_Found = list["EventCandidate | None"]


def _events_in(text: str, original: str, rumour: bool,
               cats: set[str]) -> list[EventCandidate]:
    """The events one clause states, read around its verb (see find_events). Each reader
    below answers None where its kind of event does not apply (the next one reads), or
    the events it found, an empty list included (the clause is read)."""

    def event(kind: str, type_: str, subject: str, detail: str) -> EventCandidate | None:
        subject = _reported_subject(_clean(subject))
        if (" owner " in subject.lower() or " founder " in subject.lower()) and \
                (owned := _OWNER_NAMED.match(subject)):
            subject = owned.group("company")  # "Silbar Security Owner Natasha Swan Expands"
        if named := _NAME_THEN_KIND.match(subject):
            subject = named.group("name")  # "D1 Training, Premier Athletic Fitness Brand"
        if subject in _GENERIC_ACRONYMS or subject.lower() in _GENERIC_PLURALS or \
                _A_QUESTION.match(subject):
            return None  # "Deciphering city skies: AI unveils ...": no company
        if ("’s " in subject or "'s " in subject) and (own := _OWNER_THEN_WORDS.match(subject)) \
                and _CORPORATE.search(own.group("rest")) and \
                len(own.group("rest").split()) >= 2:
            subject = own.group("rest")  # "Jay-Z’s Marcy Venture Partners": the firm's name
        if " " in subject:
            if (named_as := _name_after_description(subject)) is None:
                return None  # "Crypto wallet integrated with Telegram": described, not named
            subject = named_as
        if type_ in ("partnership", "acquired") and ("’" in subject or "'" in subject) and \
                (site := _A_SITE.search(subject)):
            if type_ == "acquired":
                return None  # "bought Foxconn’s Ohio factory": a place, not the company
            subject = subject[:site.start()]
        if type_ == "expansion" and (unit := _NEW_BRANCH_OF.match(subject)):
            subject = unit.group("name")  # "New Mitchell & Danoff Law Firm Branch Opens In"
        if ("’s " in subject or "'s " in subject) and type_ in ("expansion", "product_launch") \
                and (own := _OWNER_THEN_WORDS.match(subject)) and (((
                own.group("rest").islower() or "-" in own.group("rest")) and all(
                w.lower() in common_words() for w in re.split(r"[\s\-]+", own.group("rest"))))
                # "WiSA's Datavault Technology": a product of the company's, named
                or PRODUCT.fullmatch(own.group("rest").split()[-1])
                # "ZenaTech's ZenaDrone": a brand named from the company's own stem
                or _same_stem(own.group("owner"), own.group("rest"))
                # "OpenAI’s Sora": a brand's one coined name ("Sam's Club", "Plato’s Closet"
                # and "Musk’s Starlink" stay: a person's name is no brand's)
                or (_A_BRAND.fullmatch(own.group("owner")) is not None
                    and " " not in own.group("rest").strip()
                    and own.group("rest").strip().lower() not in common_words())):
            # "Activate’s Cutting-Edge Gaming Expands to ...", "Telegram’s crypto wallet
            # launches": what a company has, described, not named (a name's own possessive,
            # "Sam’s Club", "Bernie’s Book Bank", stays)
            subject = own.group("owner")
        if not subject or len(subject) > 80 or _PERSON_OR_PLACE.search(subject) or \
                _QUOTE_INSIDE.search(subject) or \
                ("behind" in subject.lower() and _PEOPLE_BEHIND.search(subject)) or \
                _A_NUMBER.fullmatch(subject) or _PUBLIC_OR_PROJECT.search(subject) or \
                (type_ == "product_launch" and _AN_OCCASION.search(subject)) or \
                _UNNAMED.match(subject) or _CLAUSE_IN_SUBJECT.search(subject) or \
                A_WORK.search(subject) or (type_ == "acquired" and _described_company(subject)):
            return None
        return EventCandidate(kind, type_, subject, detail.strip(" ,.;"), original, rumour)

    found: _Found = []
    for reader in (_acquisitions, _ipo, _partnerships, _financial, _expansions, _launches):
        if (read := reader(text, cats, event)) is not None:
            found = read
            break
    # "Kin Launches Home Insurance in Missouri": whatever else the clause states, the
    # company goes to a place
    events = [e for e in found if e is not None]
    # "X Expands Footprint with New Offices and Strategic Partnerships", "X Announces Key
    # Partnerships": partnerships the subject made, none named
    low = text.lower()
    if "partnerships" in low and not any(e.type == "partnership" for e in events) and \
            (p := _UNNAMED_PARTNERSHIPS.search(text)):
        head = text[:p.start()]
        subject = head.split(": ", 1)[0] if _TITLED_THEN_NEWS.match(head) else \
            first_subject(head)
        if subject != head and (e := event("strategic", "partnership", subject,
                                             "new partnerships")):
            events.append(e)
    # "X Launches Y in Partnership with Z", "X to Host a Workshop in Partnership with Z":
    # what the subject does, it does with a partner
    if ("partnership with" in low or "collaboration with" in low) and \
            not any(e.type == "partnership" for e in events) and \
            (p := _IN_PARTNERSHIP_WITH.search(text)):
        events += _partnered(text, p, event)
    if not events and " helps " in low and (m := _HELPS_TO.match(text)) and \
            first_subject(m.group("subject")) == m.group("subject"):
        events += _events_in(f"{m.group('who')} {m.group('verb')}s {m.group('rest')}", original,
                             rumour, cats | {"expand", "launch"})
    if "partnership" in low and not any(e.type == "partnership" for e in events) and \
            (p := _WITH_IN_PARTNERSHIP.search(text) or _partnership_named_last(text)) and \
            (subject := first_subject(text[:p.start()])) != text[:p.start()]:
        events += [e for e in _partners(event, subject, p.group("object")) if e is not None]
    if " as " in text and not any(e.type == "partnership" for e in events) and \
            (p := _WITH_AS_PARTNER.search(text)) and (
                (subject := first_subject(text[:p.start()])) != text[:p.start()] or (
                    (aux := _NAME_THEN_AUX.match(text)) and (subject := aux.group(1)))):
        # "AWS is launching an AI agent marketplace next week with Anthropic as a partner"
        events += [e for e in _partners(event, _VERB_AFTER.sub("", subject), p.group("object"))
                   if e is not None]
    if "ipo" in cats and not any(e.type == "ipo_filing" for e in events) and \
            (p := _IPO_IN_CLAUSE.search(text)) and \
            ((subject := first_subject(text[:p.start()])) != text[:p.start()] or (
                (to := _NAME_TO_VERB.match(text)) and (subject := to.group(1)))) and \
            (e := event("strategic", "ipo_filing", subject, "plans an IPO")):
        events.append(e)  # "Figma looks to raise nearly $1B as it kicks off its IPO roadshow"
    if "launch" in cats and not any(e.type == "product_launch" for e in events) and \
            " it " in low and (p := _AS_IT_LAUNCHES.search(text)) and \
            (what := launched_product(p.group("object"), text)) and \
            (subject := first_subject(text[:p.start()])) != text[:p.start()] and \
            (e := event("strategic", "product_launch", subject, f"launches {what}")):
        events.append(e)  # "Huma completes Series D ... as it launches Huma Cloud Platform"
    if "acq" in cats and not any(e.type == "acquisition" for e in events) and \
            (" it " in low or " via " in low or " through " in low or " with " in low) and \
            (p := _AS_IT_CLOSES.search(text)) and (bought := _the_bought(p.group("object"))) and (
                (subject := first_subject(text[:p.start()])) != text[:p.start()] or (
                    (comes := _COMES_TO.search(text, 0, p.start())) and
                    (subject := text[:comes.start()])) or (
                    # "AMD takes aim at Nvidia’s ... with Brium acquisition"
                    (lead := _NAME_THEN_VERB.match(text)) and (subject := lead.group(1)))):
        # "Stripe makes $1.1B crypto bet as it closes on Bridge acquisition"
        events += [e for e in _bought(event, subject, bought) if e is not None]
    if cats & {"expand", "launch"} and not any(e.type == "expansion" for e in events) and \
            (where := _goes_to_place(text)):
        # the companies the clause's other events name ("Uber and WeRide launch robotaxi
        # service in Abu Dhabi": two makers), else its subject
        # ("Expands Testing Across Scandinavia with Spjotgard Partnership": the partner
        # named after the verb does not go)
        who = [] if _PARTNERS_TO_BRING.match(text) else list(dict.fromkeys(
            e.subject for e in events if e.type in ("product_launch", "partnership")
            and e.subject in where[0]))
        # ("Lyft and China’s Baidu look to bring robotaxis to Europe": each goes)
        events += [e for x in who or _AND_WORD.split(where[0])
                   if (e := event("strategic", "expansion", x, f"expands into {where[1]}"))]
    if "launch" in cats and " on " in text and (m := _LAUNCH_ON_PARTNER_IN.match(text)) and \
            (where_on := place(m.group("object"))) and not _unnamed(m.group("partner")) and \
            not _AN_OPEN_STORE.match(m.group("partner")):
        # "Avride launches sidewalk delivery bots on Uber Eats in Jersey City": a partner's
        # platform carries it, in a place it goes to
        if not any(e.type == "partnership" for e in events):
            events += [e for e in _partners(event, m.group("subject"), m.group("partner"))
                       if e is not None]
        if not any(e.type == "expansion" for e in events) and \
                (e := event("strategic", "expansion", m.group("subject"),
                            f"expands into {where_on}")):
            events.append(e)
    return events


#: Where anyone may sell, no partner: app stores, operating systems, crowdfunding sites.
_AN_OPEN_STORE = re.compile(r"(?i)(?:(?:apple\s+)?app\s+store|google\s+play|play\s+store|ios|"
                            r"android|windows|macos|linux|web|steam|kickstarter|indiegogo|"
                            r"product\s+hunt)$")
_LAUNCH_ON_PARTNER_IN = re.compile(
    rf"^{_NAME}\s+(?:to\s+|will\s+)?launch(?:es)?\s+(?P<what>[^,;:]{{3,60}}?)\s+on\s+(?:the\s+)?"
    rf"(?P<partner>(?-i:[A-Z])[\w.&’'\-]*(?:\s(?-i:[A-Z])[\w.&’'\-]*){{0,2}})(?:['’]s)?"
    rf"(?:\s+(?:platform|app|network|marketplace))?(?:\s+(?:this|next)\s+\w+)?\s+in\s+"
    rf"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w.&’'\- ]{{1,40}}?){_END}", re.IGNORECASE)
#: A partner named after "in/through (strategic) partnership/collaboration with".
_IN_PARTNERSHIP_WITH = re.compile(
    r"(?i)[\s,]\s*(?:in|through|via)\s+(?:a\s+|an\s+|its\s+)?(?:(?:new|strategic|exclusive|"
    r"global|close|official)\s+)?(?:partnership|collaboration)\s+with\s+(?:the\s+)?"
    r"(?P<object>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?:of\s+|for\s+|&\s+)?"
    r"(?-i:[A-Z0-9])[\w.&'’\-]*){0,5})")
#: The verb that opens a predicate ("Launches", "to Host", "expands its").
_VERB_FIRST = re.compile(r"^(?:to\s+)?\S+\s+(?:(?:its|their|the|a|an)\s+)?")
#: "Girl Scouts of Southeast Florida to Host ...": a subject before "to" and its verb.
_SUBJECT_TO_VERB = re.compile(r"^(?P<subject>(?-i:[A-Z0-9]|[a-z]{1,6}(?=[A-Z])).{1,80}?)\s+to\s+"
                              r"(?-i:[A-Za-z])[a-z]+\s")


def _partnered(text: str, m: re.Match[str], event: _Event) -> list[EventCandidate]:
    """The subject's and the partner's partnerships where a clause's predicate is done "in
    partnership with" a named company (the subject before the clause's verb; none where
    no predicate is found, or the partner is a person or described)."""
    head = text[:m.start()].strip(" ,")
    subject = first_subject(head)
    if subject == head and (to := _SUBJECT_TO_VERB.match(head)):
        subject = to.group("subject")
    partners = [m.group("object"), *_more_partners(text, m.end("object"))]
    partners = [x for x in partners if not _unnamed(x)]
    # what is done with the partner: a minor thing (a programme, a workshop, a troop, an
    # album) makes no partnership a seller acts on (train1's and blind11's labels)
    done = _VERB_FIRST.sub("", head[len(subject):].strip(" ,"))
    if subject == head or not partners or is_minor(done) or (
            first := event("strategic", "partnership", subject,
                           f"partners with {partners[0]}")) is None:
        return []  # (a subject that names no company partners no one)
    found = [event("strategic", "partnership", x, f"partners with {_clean(subject)}")
             for x in partners]
    return [first, *(e for e in found if e is not None)]


#: Partnerships a subject made, none named: after "with", "and", a comma or a verb of
#: news, qualified as new, key, strategic ... ("Seamless Brand Partnerships" are a feature,
#: "to Pursue Partnerships" an intention, "VP of Publisher Partnerships" a role).
_UNNAMED_PARTNERSHIPS = re.compile(
    r"(?i)(?:\b(?:with|and|announces|unveils|inks|forms|secures|deepens|expands)|,)\s+"
    r"(?:(?:new|key|strategic|global|international|multiple|several|major|additional|local)"
    r"\s+)+(?:(?!brand\b)[\w\-]+\s+){0,2}?partnerships\b(?!\s+(?:with|in\s+[A-Z]|manager|"
    r"director|team|lead)\b)")
#: "Buddha Coin: Igniting Momentum with ...": a short name, a colon, then its news told
#: by a verb.
_TITLED_THEN_NEWS = re.compile(
    r"^(?-i:[A-Z0-9])[^:]{1,40}:\s+(?-i:[A-Z])[a-z]+(?:s|ing)\s")
_ABBREVIATION = re.compile(
    r"\s\((?-i:[A-Z][A-Z0-9&]{1,7})(?:,\s*(?-i:[A-Z])[a-z]+)?\)(?=[\s,:;]|$)")
_TEMPORARY = re.compile(r"(?i)\b(?:temporary|pop-up|popup|interim|mobile)\b")
#: A company going somewhere: the verb, then (within 100 characters) "in", "into", "to" or
#: "across" and capitalised words that places.py finds a place in.
_GOES = re.compile(
    rf"^{_NAME}\s+(?:(?:is\s+|are\s+)?(?:set\s+to|plans?\s+to|poised\s+to|looks?\s+to|aims?\s+to|"
    rf"seeks?\s+to|to)\s+)?"
    rf"(?:launch(?:es)?|relaunch(?:es)?|introduces?|debuts?|rolls?\s+out|expands?|extends?|enters?|"
    rf"brings?)\b", re.IGNORECASE)
#: "A Partners With B to Bring Neural Wearables to Japan": A goes there with a partner.
_PARTNERS_TO_BRING = re.compile(
    rf"^{_NAME}\s+(?:partners|teams\s+up|joins\s+forces|collaborates)\s+with\s+[^,;:]{{2,60}}?\s+"
    rf"to\s+(?:bring|launch|expand|introduce|take|establish|open)\b", re.IGNORECASE)
#: ("Tesla Inc. Plans Geofenced Robotaxi Launch in Austin": a launch named as a noun, its
#: verb before it, not a subject that launches)
_PLANS_IN_NAME = re.compile(r"(?i)\s(?:plans|announces|prepares|readies|schedules|confirms|"
                            r"celebrates|eyes|targets)\s")
_TO_PLACE = re.compile(
    r"\s(?:in|into|to|across|throughout|for(?=\s+(?:the\s+)?(?-i:[A-Z])\w+\s+(?i:markets?)\b))\s+"
    r"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w.’'\-]*"
    r"(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w.’'\-]*){0,5})", re.IGNORECASE)


#: "Expands Exploration Efforts in Chile": work, not the company going there.
_EFFORTS = re.compile(r"(?i)\b(?:efforts|exploration|drilling|research|outreach|advocacy)\b|"
                      # a team grown where it is ("Expands Office Brokerage Team in Los
                      # Angeles"), not a new one somewhere ("with New Sales Team in Orlando")
                      r"^(?!.*\bnew\b)(?i:.*\b(?:team|teams|staff|workforce|headcount)\b)")
_MONEY_PUT_IN = re.compile(r"(?i)\b(?:investments?|stakes?|position|holdings)$")
#: Words in -ing that name a trade or a line of work, not a participle opening a clause
#: ("Expands Its Digital Marketing Practice to Malaysia", "Drug Testing Across Scandinavia"):
#: picked from the -ing words the shared titles put before "Services", "Solutions",
#: "Company", "Industry" and the like.
_TRADE_ING = (
    "accounting|advertising|banking|betting|billing|branding|brewing|broadcasting|building|"
    "catering|charging|cleaning|clothing|coaching|coating|coding|computing|consulting|cooling|"
    "coworking|"
    "detailing|dining|engineering|fencing|flooring|gaming|hauling|hosting|housing|imaging|"
    "landscaping|learning|leasing|lending|lighting|machining|manufacturing|marketing|mining|"
    "monitoring|moving|nursing|outsourcing|packaging|painting|parking|paving|planning|"
    "plumbing|podcasting|printing|processing|publishing|recycling|remodeling|roasting|"
    "roofing|screening|shipping|staffing|streaming|testing|ticketing|towing|tracking|"
    "trading|training|trucking|tutoring|vending|waterproofing|welding")
_CLAUSE_BEFORE_PLACE = re.compile(
    r"(?i)[,;:—–]|\s(?:for|to|that|which|with|as|at|on|from|of)\s|"
    # a participle opens a clause ("Helping ..."); "Leading", "Pioneering" only qualify
    r"(?!(?:leading|pioneering|groundbreaking|exciting|amazing|outstanding|emerging|growing|"
    rf"existing|upcoming|engaging|cutting|continuing|{_TRADE_ING})\s)\b\w+ing\s|"
    r"^(?:to|as|at)\s")


def _goes_to_place(text: str) -> tuple[str, str] | None:
    """An expansion where a launch or an expansion names a place it goes to ("Launches
    Ride-Hailing In Riyadh", "Expands Seed Trait Platform to South America", "set to
    launch Sleep Shots into Canadian Market"); not for a minor thing ("Launches Campaign
    in Texas"), nor where the subject runs on past a verb of its own. The subject and the
    place, or None."""
    m = _PARTNERS_TO_BRING.match(text) or _GOES.match(text)
    if m is None or first_subject(m.group("subject")) != m.group("subject") or \
            _PLANS_IN_NAME.search(m.group("subject")) or \
            _VENUE.search(_clean(m.group("subject"))) or \
            _VERB_IN_NAME.search(m.group("subject")) or \
            (_POSSESSIVE_END.search(m.group("subject").strip())
             and not m.group(0).endswith("s")):
        return None  # ("Starlink’s launch in India": a launch spoken of, not made)
    for to in _TO_PLACE.finditer(text, m.end()):
        what = _ACCESS_TO.sub("", text[m.end():to.start()].strip())
        # what goes there is a thing, not a clause on what for or whom ("Platform for
        # Safer Purchases in the U.S.", "Solutions to Address Drone Problems in New
        # Jersey"): those say where the product is used, not that the company moves
        if to.start() - m.end() > 100 or _CLAUSE_BEFORE_PLACE.search(what):
            break
        if where := place(to.group("object")):
            launch = not _EXPAND_OR_EXTEND.match(text[m.end("subject"):].strip())
            if launch and _ACROSS.match(to.group(0)):
                continue  # "Launches Fire Watch Services Across Ohio": offered there, no move
            if re.sub(r"(?i)^the\s+", "", where).casefold() in text[:to.start()].casefold():
                return None  # "Jaz Philippines ... Launch ... in the Philippines": at home
            if what and ((launch and is_minor(what) and not (
                    # (news' "to launch TikTok Shop in France": a name, not a shop)
                    _LOWER_LAUNCH.search(text) and _ALL_CAPITALISED.fullmatch(what)))
                         or NEVER_A_PRODUCT.search(what)
                         or _MONEY_PUT_IN.search(what) or _EFFORTS.search(what)):
                return None  # "Launches Campaign in Texas", "Expands Investment in Thailand"
            return m.group("subject"), where
    return None


#: What a company is, said instead of its name ("UK Fuel Distributor", "Leading Pet Food
#: Maker"): the last word, after words that are all ordinary, places or acronyms.
_COMPANY_NOUN = re.compile(
    r"(?i)^(?:distributors?|company|companies|firm|provider|business|maker|manufacturer|"
    r"operator|developer|producer|retailer|chain|startup|agency|supplier|brand|insurer|"
    r"lender|bank|carrier|integrator|reseller|installer|contractor)$")


def _described_company(subject: str) -> bool:
    """What is bought, described and not named: a place or a describing word first, then
    ordinary words, then what kind of company ("UK Fuel Distributor", "Leading Pet Food
    Maker"; "Joy of Wine Company" and "Around The Block Moving Company" are names)."""
    words = subject.replace("-", " ").split()
    if len(words) < 2 or not _COMPANY_NOUN.match(words[-1]) or not (
            place(words[0]) or words[0].lower() in _DESCRIBING or words[0].lower() in DEMONYMS):
        return False
    common = common_words()
    return all(w.lower() in common or place(w) or (w.isupper() and len(w) <= 3)
               for w in words[1:-1])


_DESCRIBING = frozenset(("leading", "top", "major", "local", "regional", "national", "global",
                         "independent", "family", "private", "specialty", "boutique",
                         "well", "established", "premier", "prominent"))


def _bought(event: _Event, buyer: str, bought: str) -> _Found:
    bought = _BRAND_LAST.sub("", bought)  # "Acquires Go Fast Sports Brand": the brand
    """An acquisition: the buyer's event and the bought company's."""
    return [event("strategic", "acquisition", buyer, f"acquires {bought}"),
            event("strategic", "acquired", bought, f"acquired by {_clean(buyer)}")]


def _partners(event: _Event, one: str, other: str) -> _Found:
    """A partnership: an event for each of the two partners (none with a person: "Artistic
    Partnership with Acclaimed Pianist Anton Nel" is no company's)."""
    if _A_PERSON_PARTNER.search(other) or _A_YEAR_LAST.search(other.strip()):
        return []
    return [event("strategic", "partnership", one, f"partners with {other}"),
            event("strategic", "partnership", other, f"partners with {_clean(one)}")]


def _sold(text: str, event: _Event) -> _Found | None:
    """A company sold to a buyer: the buyer's acquisition, the sold company acquired (the
    seller's divestiture is no event of the taxonomy)."""
    if (m := _SELLS.match(text)) and not _is_property(m.group("sold")) and \
            not _A_STAKE.search(m.group("sold")) and \
            not _NOT_A_COMPANY.match(m.group("sold")) and \
            m.group("sold").split()[0].lower() not in ("its", "their", "a", "an", "the"):
        return _bought(event, m.group("object"), m.group("sold"))
    return None


def _acquisitions(text: str, cats: set[str], event: _Event) -> _Found | None:
    if "option" in text.lower() and _OPTION_TO_ACQUIRE.search(text):
        return []  # "Receives Clearance for Option to Acquire Pincell": not bought yet
    if "acq" not in cats:
        # "Landon Capital Partners Exits iMemories in Strategic Sale to Ancestry"
        return _sold(text, event) if "sale" in cats else None
    if _BOUGHT_DEAL.search(text):
        return []  # "Launches Bought Deal Offering": an offering of shares
    if " family" in text.lower() and (m := _WELCOMES_TO_FAMILY.match(text)):
        # "Clay Cooley Auto Group Welcomes Arlington's Ford Dealership to Its Expanding
        # Family": bought (what is bought described, not named: the buyer's event only)
        return [e for e in (event("strategic", "acquisition", m.group("subject"),
                                  f"acquires {m.group('object')}"),) if e]
    grows = (_GROWS_BY_ACQUISITION, _GROWS_BY_NAMED_ACQUISITION)
    if (m := _ACQUIRES.match(text)) and _HELPING_IN_NAME.search(m.group("subject")):
        return None  # "Launches App Helping Banks Acquire Clients": a purpose, no purchase
    if (m := _ACQUIRES.match(text) or _ACQUIRED_BY.match(text)
            or _GROWS_BY_ACQUISITION.match(text)
            or _GROWS_BY_NAMED_ACQUISITION.match(text)) and (
            _NOT_A_COMPANY.match(m.group("object")) or _is_property(m.group("object"))
            # "the Cabot Copper and Gold Project": the object's name runs past its "and"
            or (m.re is _ACQUIRES and _is_property(_OBJECT_CLAUSE_END.split(
                text[m.start("object"):], maxsplit=1)[0]))):
        # "acquires land", "acquires a large collection of paperbacks", "acquires the
        # Historic Commodore Hotel"; a growth by such a purchase may still be an expansion
        # ("Expands Into Australia With Acquisition of Import Licenses")
        return None if m.re in grows else []
    if (m := _ACQUIRES.match(text) or _ACQUIRED_BY.match(text)) and \
            _BACKGROUND.search(m.group("subject")):
        return []  # "Prepares for Operations at Recently Acquired Mt. Vernon Mine"
    if (m := _ACQUIRED_BY.match(text)) and (_A_QUOTED_WORK.match(text) or _QUOTE_INSIDE.search(
            m.group("subject"))):
        return []  # a work bought ("\"EVIL'S EDEN: ...\" True Crime Acquired by Publisher")
    if (" acquired" in text or " bought" in text) and \
            (m := _TO_BE_ACQUIRED.match(text)) and not _ACQUIRED_BY.match(text) and \
            not _is_property(m.group("subject")) and not _NOT_A_COMPANY.match(m.group("subject")):
        # "Bench to be acquired after abruptly shutting down": bought, the buyer unnamed
        return [e for e in (event("strategic", "acquired", m.group("subject"), "acquired"),)
                if e]
    if _ACQUISITION_WORDS.any(text.lower()) and (m := _CLOSES_ACQUISITION.match(text)) and \
            (bought := _the_bought(m.group("object"))):
        return _bought(event, m.group("subject"), bought)
    if m := _ACQUIRED_BY.match(text):
        return [event("strategic", "acquired", m.group("subject"),
                      f"acquired by {m.group('object')}"),
                event("strategic", "acquisition", m.group("object"),
                      f"acquires {_clean(m.group('subject'))}")]
    if m := _ACQUIRES.match(text):
        if _A_BID.search(m.group("subject")):
            return []  # "Amazon submits last-minute bid to acquire TikTok": an offer
        buyer = _clean(m.group("subject"))
        if m.group("buy") and " " in buyer and _name_after_description(buyer) != buyer:
            # "MrBeast is reportedly now among those trying to buy TikTok", "Perplexity
            # offers to buy Chrome": wishes and offers told around the verb, no purchase
            return []
        return _bought(event, m.group("subject"), m.group("object"))
    if "sale" in cats and (sold := _sold(text, event)) is not None:
        return sold
    m = _GROWS_BY_ACQUISITION.match(text) or _GROWS_BY_NAMED_ACQUISITION.match(text)
    if m is None:
        return None
    if _ADDITION_OF_A_PERSON.search(text):
        return []  # "Expands Its Litigation Practice with the Addition of Jane Roe": a hire
    if m.re is _GROWS_BY_ACQUISITION and m.group("how").lower() == "integration" and \
            not _CORPORATE.search(m.group("object").strip()):
        return None  # "Integration of Academy Videos" is a feature ("of X Consulting LLC" a firm)
    if m.re is _GROWS_BY_NAMED_ACQUISITION and (
            _NOT_A_PARTNER.search(m.group("object").strip())
            or m.group("object").strip().lower() in common_words()):
        return None  # a named purchase names a company: "With Strategic Acquisition" none
    out = _bought(event, m.group("subject"), m.group("object"))
    if (where := _EXPANDS.match(text)) and _EXPANDS_INTO.match(text[m.end("subject"):]):
        out.append(event("strategic", "expansion", m.group("subject"),
                         f"expands into {where.group('object')}"))
    return out


def _ipo(text: str, cats: set[str], event: _Event) -> _Found | None:
    if "ipo" in cats and (m := _IPO.match(text) or _IPO_PLANNED.match(text)
                          or _LISTS.match(text) or _IPO_VALUATION.match(text)
                          or (_DEBUT_WORDS.any(text.lower()) and _IPO_DEBUT.match(text))):
        if m.re is _IPO_DEBUT:
            return [event("strategic", "ipo_filing", m.group("subject") or m.group("owner"),
                          "goes public")]
        if m.re is _IPO_PLANNED and m.group("plural") and \
                (pair := _TWO_NAMES.fullmatch(m.group("subject"))):
            # "Klarna and Deel eye IPOs": each one's
            return [event("strategic", "ipo_filing", pair.group(i), "plans an IPO")
                    for i in (1, 2)]
        return [event("strategic", "ipo_filing", m.group("subject"), "files for an IPO")]
    if "ipo" in cats and (m := _CLOSING_OF_IPO.search(text)) and \
            not _PERSON_OR_PLACE.search(m.group("subject")):
        return [event("strategic", "ipo_filing", m.group("subject"), "prices or closes an IPO")]
    return None


def _partnerships(text: str, cats: set[str], event: _Event) -> _Found | None:
    if " bring " in text and (m := _DEAL_TO_BRING.match(text)) and \
            (brought_to := place(m.group("place"))):
        # "Jio announces deal to bring Starlink to India": partners, and the brought one goes
        return [*_partners(event, m.group("subject"), m.group("object")),
                event("strategic", "expansion", m.group("object"), f"expands into {brought_to}")]
    if "partner" not in cats:
        return None
    if (" is " in text or "?" in text) and (m := _PARTNER_IS.match(text)):
        # "Uber’s latest robotaxi partner is China’s Baidu"
        return _partners(event, m.group("owner"), m.group("object"))
    if "Partner, " in text and _PARTNER_TITLE_NAME.search(text):
        return None  # "Craig, Kelley & Faultless Partner, David W. Craig, Achieves ...": a title
    if (m := _BECOMES_COMPANY_PARTNER.match(text)) and \
            first_subject(m.group("subject")) == m.group("subject") and \
            not _PERSON_OR_PLACE.search(m.group("subject")):
        # "Evolvous Becomes Microsoft Solutions Partner": a level in a company's programme
        return _partners(event, m.group("subject"), m.group("object"))
    if " becomes " in text.lower() and (m := _BECOMES_OWNER.match(text)) and \
            first_subject(m.group("subject")) == m.group("subject"):
        # "Craveworthy Brands Invests and Becomes Managing Partner of Gregorys Coffee": it
        # takes control, a purchase
        return _bought(event, m.group("subject"), m.group("object"))
    if text.rstrip().lower().endswith("partner") and _PROMOTED_TO_PARTNER.search(text):
        return []  # "Milemarker Elevates VP ... Jessica Perez to Partner": a promotion
    if (m := _PARTNER_STATUS.match(text)) and (partner := m.group("object") or
                                               m.group("program")):
        return _partners(event, m.group("subject"), partner)
    if " partner " in text.lower() and (m := _WITH_KIND_PARTNER.search(text)) and \
            (subject := first_subject(text[:m.start()])) != text[:m.start()]:
        return _partners(event, subject, m.group("object"))
    if _AMBASSADOR_WORDS.any(text.lower()) and _AS_AMBASSADOR.search(text):
        return None  # "Partners with UFC Legend Urijah Faber as Brand Ambassador": a person
    if (m := _PARTNER_BEFORE_NOUN.match(text) or (
            _LISTED_PARTNERSHIP.match(text) if "partnership" in text.lower() else None)) and \
            m.group("object").split()[0].lower() not in _PARTNERSHIP_KINDS and not any(
                w.lower() in _LINKS for w in m.group("object").split()):
        return [event("strategic", "partnership", m.group("subject"),
                      f"partners with {m.group('object')}"),
                event("strategic", "partnership", m.group("object"),
                      f"partners with {_clean(m.group('subject'))}")]
    if (m := _WELCOMES_PARTNER.match(text)) and (
            _PERSON_OR_PLACE.search(m.group("object")) or _FIRM_PARTNER.search(text)):
        return []  # "Law Firm Welcomes Accomplished Litigator Jane Roe as New Partner"
    if m := _PARTNERSHIP_BETWEEN.match(text):
        return _partners(event, m.group("subject"), m.group("object"))
    both = _BOTH_PARTNER.match(text)
    if both and (_NAME_THEN_CLAUSE.search(both.group("object"))
                 # ("Ackerman & Co. Partnering with ...": one name, its legal form)
                 or _LEGAL_FORM_ALONE.match(both.group("object"))
                 or _VERB_IN_NAME.search(both.group("object"))
                 or _VERB_IN_NAME.search(both.group("subject"))
                 or _CALLED_A_PARTNER.search(both.group("subject"))):
        both = None  # "A & B Make History with a Groundbreaking Partnership": no name
    if both and _SECOND_VERB.match(both.group("object")):
        return []  # "Dune Integrates the TRON Network and Joins HackaTRON as a Partner"
    if (m := ("," in text[:90] and _COMMA_PAIR.match(text)) or (
            ":" in text and _COLON_PAIR.match(text)) or None) and not both:
        one, other = _clean(m.group("subject")), _clean(m.group("object"))
        if place(one) or place(other):
            return []  # "UAE, US Collaborate on AI": governments, no companies
        return _named_partners(event, m.group("subject"), text, m)
    if m := both or _WELCOMES_PARTNER.match(text):
        out = _partners(event, m.group("subject"), m.group("object"))
        if m.re is _BOTH_PARTNER and (third := m.group("third")):
            out.append(event("strategic", "partnership", third, "partners with "
                             f"{_clean(m.group('subject'))} and "
                             f"{_clean(m.group('object'))}"))
        return out
    if (m := _NAMED_PARTNERSHIP.match(text)) and \
            not _NOT_A_PARTNER.search(m.group("object").strip()) and \
            m.group("object").strip().lower() not in common_words() and \
            m.group("object").split()[0].lower() not in _PARTNERSHIP_KINDS:
        # (one ordinary word names no partner: "Strengthens Oncology Partnership")
        out = _partners(event, m.group("subject"), m.group("object"))
        # "Expands Presence in New Jersey with Liberty Door Partnership": a place too
        if where := _OFFICE.match(text) or _EXPANDS.match(text):
            out.append(event("strategic", "expansion", m.group("subject"),
                             f"expands into {where.group('object')}"))
        elif wide := _FOOTPRINT.match(text):
            # "Expands Asian Market Footprint With NH Investment Partnership"
            out.append(event("strategic", "expansion", m.group("subject"),
                             f"expands its {wide.group('scope')} footprint"))
        return out
    if m := _INKS_PARTNER.match(text) or _THROUGH_PARTNERSHIP.match(text):
        out = _named_partners(event, m.group("subject"), text, m) if m.group("object") \
            else [event("strategic", "partnership", m.group("subject"), "new partnerships")]
        # "Expands into Egypt and North Africa Through Exclusive Distribution Agreement
        # with X": a place too
        if m.re is _THROUGH_PARTNERSHIP and (where := _EXPANDS.match(text)):
            out.insert(0, event("strategic", "expansion", m.group("subject"),
                                f"expands into {where.group('object')}"))
        return out
    agreement = _AGREEMENT_PARTNER.match(text)
    if agreement and _NOT_A_PARTNER_AGREEMENT.search(agreement.group("kind")):
        agreement = None  # a settlement, a lease, a purchase, a confidentiality agreement
    if (m := _NETWORK_PARTNER.match(text) or (_STORES_WORDS.any(text.lower()) and
                                              _STORES_ADDED.match(text)) or
            _JOINS_PROGRAM.match(text) or
            (" as " in text and _JOINS_AS_AFFILIATE.match(text)) or
            _POSSESSIVE_PARTNERSHIP.match(text) or _WELCOMES_TO_NETWORK.match(text) or
            agreement) and len(m.group("object").split()) <= 5:
        return _named_partners(event, m.group("subject"), text, m)
    if (m := _BECOMES_PARTNER.match(text)) and \
            not _PERSON_OR_PLACE.search(_clean(m.group("subject"))) and \
            not _AN_EVENT.search(m.group("object")):
        return [event("strategic", "partnership", m.group("subject"),
                      f"partners with {m.group('object')}"),
                *(event("strategic", "partnership", partner,
                        f"partners with {_clean(m.group('subject'))}")
                  for partner in (m.group("object"), *_more_partners(text, m.end("object"))))]
    if m := _PARTNERS.match(text):
        return _named_partners(event, m.group("subject"), text, m)
    if m := _PAIR_PARTNER_WITH.match(text):
        members = [m.group("a"), m.group("b"), m.group("object")]
        if _PEOPLE_BEHIND.search(m.group("a")):
            # "Pioneers Behind Puttshack, Bounce and Flight Club Darts Partner With Lucra":
            # people, and the companies they made; the named partner's alone
            members = [m.group("object")]
        return [event("strategic", "partnership", x, "partners with "
                      + ", ".join(_clean(y) for y in members if y != x)) for x in members]
    if m := _TEAM_LIST.match(text):
        # "A, B, C and D Team Up to ...": each one a partner; in a list with commas "&"
        # joins words of one name ("Ashby & Gabriel, Advaiya")
        members = [x for x in _MEMBER_SEPARATOR.split(m.group("members"))
                   if x.strip() and not _LEGAL_FORM_ALONE.match(x)]
        if any(_PARENT_OR_SUBSIDIARY.search(x) for x in members):
            return []  # "X, Inc., Parent Company of Y and Z Announce ...": one group
        return [event("strategic", "partnership", x, "partners with "
                      + ", ".join(_clean(y) for y in members if y != x)) for x in members]
    return None


def _financial(text: str, cats: set[str], event: _Event) -> _Found | None:
    if "cuts" in cats and ((m := _LAYOFFS.match(text)) or (m := _LAYOFFS.match(
            drop_appositive(text))) or (m := _CLOSES_AND_CUTS.match(text)) or (
            _RESTRUCTURE_WORDS.any(text.lower()) and (m := _RESTRUCTURES.match(text)))):
        # ("Commercetools, a pioneer in ‘headless commerce’, lays off": the appositive goes)
        return [event("financial", "layoffs", m.group("subject"),
                      text[m.start("subject") + len(m.group("subject")):].strip()[:120])]
    if "cuts" in cats and (m := _TWO_LAY_OFF.match(text)):
        return [event("financial", "layoffs", x, "lays off") for x in (m.group("a"),
                                                                        m.group("b"))]
    if "cuts" in cats:
        if m := _LAYOFFS_HIT.match(text):
            return [event("financial", "layoffs", m.group("object"), "layoffs")]
        if (m := _AND_LAYOFFS.match(text) or _IN_RESTRUCTURING.match(text)) and \
                first_subject(m.group("subject")) == m.group("subject"):
            return [event("financial", "layoffs", m.group("subject"),
                          text[len(m.group("subject")):].strip()[:120])]
        if m := _LAYOFFS_OF.search(text):
            return [event("financial", "layoffs", m.group("subject"), "layoffs")]
    for cat, pattern, type_ in (("cuts", _GUIDANCE, "guidance_cut"),
                                ("miss", _MISSES, "missed_targets")):
        if cat in cats and (m := pattern.match(text)):
            return [event("financial", type_, m.group("subject"),
                          text[len(m.group("subject")):].strip()[:120])]
    return None


def _expansions(text: str, cats: set[str], event: _Event) -> _Found | None:
    if cats & {"expand", "launch"} and (
            m := _OFFICE.match(text) or _EXPANDS.match(text) or _EXPANDS_WIDE.match(text)
            or _NEW_PLACES.match(text) or _NAMED_FACILITY.match(text)) and \
            not _VENUE.search(_clean(m.group("subject"))):
        if _TEMPORARY.search(text[m.end("subject"):m.start("object")]):
            return []  # "Opens Temporary Hurricane Support Center in Sarasota": no growth
        if m.re is _EXPANDS and _COMES_TO.match(text, m.end("subject")) and \
                not place(m.group("object")):
            return None  # "OpenStack comes to the Linux Foundation": no place
        if m.re is _EXPANDS and _FOR_OTHERS.search(m.group("subject")):
            return None  # "Fuse raises $6.6M to fix a payment problem for companies
            # expanding to MENA": those it serves expand, not the subject
        if m.re is _EXPANDS and _PURPOSE_TO_EXPAND.match(text, m.end("subject")) and \
                (head := first_subject(m.group("subject"))) != m.group("subject") and \
                _A_HOPE.search(m.group("subject")[len(head):]):
            # "Announces Website Reboot to Expand Services in West Texas": what is done is
            # minor, the expansion a hope (a deal inked "to Expand Into Dubai" is one)
            return None
        where = m.group("object").strip()
        # "Alaska's Role Expands in ...": a thing that grows, not a company expanding
        thing = _A_PLACES_THING.search(m.group("subject").strip())
        online = _ONLINE_STORE.search(where)
        media = _AUDIENCE.search(where)
        phrase = _OBJECT_CLAUSE_END.split(text[m.start("object"):], maxsplit=1)[0].strip()
        # ("Dubai's Real Estate Sector": a place's, still a place)
        industry = _AN_INDUSTRY.search(phrase) and not place(re.split(r"['’]", phrase)[0])
        salon = m.re is _EXPANDS and (_LOCAL_SALON.search(_clean(m.group("subject"))) or
                                      _A_PRACTICE_OPENS.search(text, 0, m.end("subject") + 7))
        if thing or online or media or industry or salon or _A_STAGE.match(where):
            return []
        if m.re is _EXPANDS and _LAUNCHES_IN.match(text[m.end("subject"):]) and \
                not place(where) and (
                len(where.split()) == 1 or _COUNTED_STORES.search(where)) and \
                not _A_LOCALITY.search(where):
            # "Act Bar Launches in Earthbar", "Jubi Brand Launches in 229 MAPCO Locations":
            # a retailer carries it (a partnership), no place
            shop = _COUNTED_STORES.sub("", where).strip()
            return _partners(event, m.group("subject"), shop) if shop[:1].isupper() else []
        if m.re is _EXPANDS and not place(where) and \
                not place(text[m.start("object"):m.end()]) and where.split()[-1].lower() in \
                common_words() and not any(place(w) for w in where.split()) and (
                new := _WITH_NEW_PRODUCT.match(text, m.end())) and (
                what := launched_product(new.group("what"), text)):
            # "Expands into Hemp with New CBD Offerings": a line of business (an ordinary
            # word last, no place's name) entered with a product: the launch is the event
            return [event("strategic", "product_launch", m.group("subject"),
                          f"launches {what}")]
        launched = []
        if m.re is _EXPANDS and (new := _WITH_NEW_PRODUCT.match(text, m.end())) and (
                what := launched_product(new.group("what"), text)) and PRODUCT.search(what) \
                and not _NEW_PLACES_WORD.search(new.group("what")):
            # "Expands in Thailand with new LinguaBot solution": the product it goes with (a
            # new clinic is the place it opens, no product)
            launched = [event("strategic", "product_launch", m.group("subject"),
                              f"launches {what}")]
        how = {_OFFICE: "opens an office in", _EXPANDS_WIDE: "expands",
               _NEW_PLACES: "opens", _NAMED_FACILITY: "opens"}.get(m.re, "expands into")
        out = [event("strategic", "expansion", m.group("subject"), f"{how} {where}"),
               *launched]
        # "... Through Exclusive Distribution Agreement with AERXIO": a partner too
        if deal := _AGREEMENT_WITH.search(text, m.end("object")):
            out += _partners(event, m.group("subject"), deal.group("object"))
        # "Expands to Brazil's PIX with DPMaxBrazil": the name it goes with, last
        elif (along := _WITH_NAME_LAST.match(text, m.end("object"))) and not (
                PRODUCT.search(along.group("object")) or _NEW_PLACES_WORD.search(
                    along.group("object")) or place(along.group("object"))) and \
                re.split(r"[\s\-]+", along.group("object"))[0].lower() not in common_words():
            # (a name's first word is no ordinary word: not "Limited-Time Specials")
            out += _partners(event, m.group("subject"), along.group("object"))
        return out
    low = text.lower()
    if ("unit" in low or "franchise" in low or "development" in low) and \
            (m := _FRANCHISE_DEAL.match(text)) and (where := place(m.group("object"))) and \
            first_subject(m.group("subject")) == m.group("subject"):
        return [event("strategic", "expansion", m.group("subject"),
                      f"signs a franchise deal in {where}")]
    if "expand" in cats and (m := _TARGETS_MARKET.match(text)) and (
            place(m.group("object")) or m.group("object").lower() in DEMONYMS):
        return [event("strategic", "expansion", m.group("subject"),
                      f"targets the {m.group('object')} market")]
    if "launch" in cats and (m := _PLACE_ROLLOUT.match(text)) and (
            where := place(m.group("object"))):
        # "Launches California Deployment of Licensed Bitcoin ATM Network": goes there
        return [event("strategic", "expansion", m.group("subject"), f"expands into {where}")]
    if "new " in text.lower() and (at := _AT_NEW_LOCATION.search(text)) and (
            where := place(at.group("object"))) and (
            subject := first_subject(text[:at.start()])) != text[:at.start()]:
        # "Expands Services with Dr. X, M.D., FACP, at New Location in Alexandria, VA"
        return [event("strategic", "expansion", subject, f"opens in {where}")]
    if "expand" in cats and (m := _SHIPS_WIDE.match(text)):
        return [event("strategic", "expansion", m.group("subject"),
                      f"ships {m.group('object').lower()}")]
    if "expand" in cats and (m := _EXPANSION_INTO.match(text)) and (
            where := place(m.group("object"))):
        return [event("strategic", "expansion", m.group("subject"), f"expands into {where}")]
    if "expand" in cats and (m := _NATIONAL_EXPANSION.match(text)):
        return [event("strategic", "expansion", m.group("subject"),
                      f"announces a {m.group('scope')} expansion")]
    if "expand" in cats and " expansion" in low and (m := _PLACE_EXPANSION.match(text)) and (
            where := place(m.group("object")) or (
                m.group("object").lower() in DEMONYMS and m.group("object"))):
        # "Meteomatics eyes U.S. expansion", "Lamna plans Indian expansion"
        return [event("strategic", "expansion", m.group("subject"), f"plans an expansion "
                      f"into {where}")]
    if ("footprint" in low or "presence" in low) and (m := _FOOTPRINT_IN.match(text)) and (
            where := place(m.group("object") or m.group("place"))):
        return [event("strategic", "expansion", m.group("subject"),
                      f"grows its footprint in {where}")]
    if "expand" in cats and (m := _FOOTPRINT.match(text)):
        return [event("strategic", "expansion", m.group("subject"),
                      f"expands its {m.group('scope')} footprint")]
    if "expand" in cats and (" global " in low or " international " in low or
                             " worldwide " in low) and (m := _TO_GLOBAL_USERS.match(text)):
        # "X expands its vertical video feed to global users": its product goes abroad (a
        # possessor's product, the possessor: "Meta’s Threads opens up ads to ...")
        return [event("strategic", "expansion", _possessor(m.group("subject")),
                      "expands globally")]
    if "expand" in cats and _ABROAD_WORDS.any(text.lower()) and (m := _ABROAD.match(text)):
        # "Google’s AI Mode expands globally": the company's product goes abroad, so does
        # the company (news_events_blind3's label)
        return [event("strategic", "expansion", _possessor(m.group("subject")),
                      f"expands {m.group('scope').lower()}")]
    return None


def _launches(text: str, cats: set[str], event: _Event) -> _Found | None:
    if "expand" in cats and (m := _WIDENS_LINE.match(text)) and not _NOT_NEW_PRODUCT.match(
            m.group("object")) and (what := launched_product(m.group("object"), text) or
                                    _new_in_line(m.group("object")) or
                                    _offered(m.group("object"), m.group("link")) or
                                    _added_to_product_line(m, text)):
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if "expand" in cats and " with " in text and (m := _EXPANDS_WITH_LINE.match(text)):
        # "Bird Buddy expands into insects with Wonder line": a new product line named
        return [event("strategic", "product_launch", m.group("subject"),
                      f"launches the {m.group('object')} {m.group('kind')}")]
    if "expand" in cats and _OFFER_WORDS.any(text.lower()) and (
            m := _EXPANDS_TO_OFFER.match(text)) and (
            what := LAUNCH_TAIL.split(m.group("object"), maxsplit=1)[0].strip()) and \
            not is_minor(what) and not place(what):
        # "BYD Expands to Make PHEVs in Addition to EVs": what it now makes is a product
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if "expand" in cats and (m := _WIDENS_LINEUP.match(text)) and not is_minor(m.group("object")):
        return [event("strategic", "product_launch", m.group("subject"),
                      f"widens its {m.group('object')}")]
    if "launch" not in cats:
        return None
    if (m := _ANNOUNCING_LAUNCH_OF.match(text)) and not _NOT_A_MAKER.search(m.group("subject")):
        return [event("strategic", "product_launch", m.group("subject"), "launches")]
    if m := _STEALTH.match(text):
        what = m.group("object").strip(" ,;:-–—")
        return [event("strategic", "product_launch", m.group("subject"),
                      f"emerges from stealth {what}".strip())]
    maker = _MAKER_COLON_ON.match(text) if ": " in text else \
        _PRODUCT_COMMA_ON.match(text) if ", " in text else None
    if maker and (_NOT_A_MAKER.search(maker.group("subject")) or (
            maker.re is _PRODUCT_COMMA_ON and is_minor(maker.group("what")))):
        # ("New Clear Series: ..., Launching on Kickstarter": no maker; "OLEG, Award-Winning
        # Documentary ..., Debuts on Amazon Prime": a film)
        maker = None
    if m := _LAUNCHES_ON.match(text) or _PLATFORM_LAUNCH.match(text) or maker:
        return [event("strategic", "product_launch", m.group("subject"),
                      text[m.end("subject"):].strip(" :"))]
    if (m := _LAUNCHED_BY.match(text)) and not is_minor(
            LAUNCH_TAIL.split(m.group("object"), maxsplit=1)[0]):
        return [event("strategic", "product_launch", m.group("subject"),
                      f"launches {m.group('object')}")]
    if (m := _LAUNCHES.match(text)) and _A_DATE_FIRST.match(m.group("object")):
        # "Light Phone III launches March 27": when, not what; the subject is launched,
        # as a bare launch is (not "The Professional Alliance for ... Launched September 10")
        subject = m.group("subject")
        if _NOT_A_MAKER.search(_clean(subject)) or _NOT_A_MAKER.search(subject.strip()):
            return None
        return [event("strategic", "product_launch", subject, "launches")]
    if (m := _LAUNCHES.match(text)) and (what := launched_product(m.group("object"), text) or
                                         _named_after_maker(m.group("object"),
                                                            m.group("subject"))) \
            and not _runs_on(text, m):
        subject = m.group("subject")
        if _TO_OR_WILL.match(text, m.end("subject")):
            subject = first_subject(subject)  # "X Selects Y to Launch ...": X launches
        verb = text[m.end("subject"):].lstrip().lower()
        # "Topo Finance and Composed Launch ...": a joint launch, one event each
        makers = _AND_OR_AMPERSAND.split(subject) if verb.startswith(
            ("launch ", "unveil ", "introduce ", "debut ", "release ")) and \
            not _PERSON_OR_PLACE.search(_clean(subject)) else [subject]
        return [event("strategic", "product_launch", who, f"launches {what}")
                for who in makers]
    if _ERA_WORDS.any(text.lower()) and (m := _LAUNCHES.match(text)) and (
            era := _NEW_ERA_WITH.match(m.group("object"))) and \
            not _runs_on(text, m) and (what := launched_product(era.group("what"), text)):
        # "Unveils a New Era of HR Management with ... Modules": what comes with the era
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if " with " in text.lower() and (m := _LAUNCHES_WITH.match(text)) and not _NOT_A_MAKER.search(
            _clean(m.group("subject"))) and (what := _with_product(m.group("object"), text)):
        # "ValueZone Launches with an Exclusive Free Investment Plan": the company starts
        # out with its product (a product word needed: not a novel, a sponsor, a focus)
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if _SELECTS_WORDS.any(text.lower()) and (m := _SELECTS_TO_LAUNCH.match(text)) and (
            what := launched_product(m.group("object"), text)):
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if text.lower().endswith(" launch") and (m := _WITH_X_LAUNCH.match(text)) and \
            (subject := first_subject(m.group("head"))) != m.group("head") and \
            (what := launched_product(m.group("object"), text)):
        # "LendFi Revolutionizes DeFi Landscape with Comprehensive App Launch"
        return [event("strategic", "product_launch", subject, f"launches {what}")]
    if "launch of" in text.lower() and (m := _WITH_LAUNCH_OF.match(text)) and \
            (subject := first_subject(m.group("head"))) != m.group("head") and \
            (what := launched_product(m.group("object"), text)):
        return [event("strategic", "product_launch", subject, f"launches {what}")]
    if (m := _NOUN_LAUNCH.match(text)) and not _NOT_NEW_PRODUCT.match(m.group("object")) and (
            what := launched_product(m.group("object"), text)):
        return [event("strategic", "product_launch", m.group("subject"), f"launches {what}")]
    if (m := _LAUNCHES_BARE.match(text)) and \
            not _NOT_A_MAKER.search(_clean(m.group("subject"))) and not _runs_on(text, m) \
            and not ((said := _BARE_SAYS_WHAT.match(text, m.end())) and is_minor(
                LAUNCH_TAIL.split(said.group("what"), maxsplit=1)[0])) \
            and not _NOT_A_MAKER.search(m.group("subject").strip()) \
            and not _ENDS_WITH_BE.search(_clean(m.group("subject"))):
        # ("Direct Flight from Singapore to Lhasa is Officially Launched": a thing
        # launched, its maker unnamed)
        # "Ruley Launches to Bring Rule Clarity", "devBlink AI Launches": the company's own
        # first product is launched (a website, an event or a fund launching is not)
        return [event("strategic", "product_launch", m.group("subject"), "launches")]
    return None


def _new_in_line(phrase: str) -> str | None:
    """What is new in a product line widened ("Expands Hugs Product Line With New Cannabis
    Tinctures"): a product by where it goes, whatever its word, unless minor."""
    what = LAUNCH_TAIL.split(phrase, maxsplit=1)[0].strip()
    # (not cut short at an abbreviation's dot: "New U.S" names a place, no product)
    if _NEW_FIRST.match(what) and len(what.split()) > 1 and not is_minor(what) and \
            not place(what.split()[-1]) and not place(what.split()[-1] + "."):
        return what
    return None


def _with_product(phrase: str, text: str) -> str | None:
    """The product a company launches "with" (a product word needed: not a novel, a
    sponsor, a focus), or the one after a comma ("With Industry First, All-Mist Skincare
    Line")."""
    for part in (phrase, *phrase.split(", ", 1)[1:]):
        if (what := launched_product(part, text)) and PRODUCT.search(what):
            return what
    return None


def _named_after_maker(phrase: str, maker: str) -> str | None:
    """A product named by a maker's own name and a word more ("Response24 Connect" of
    Response24, "Acme Cloud" of Acme): named, whatever its word."""
    what = LAUNCH_TAIL.split(phrase, maxsplit=1)[0].strip()
    words = what.split()
    names = {w.lower() for w in re.split(r"[\s,&]+", maker) if len(w) > 2}
    # (the maker's word no ordinary one: "Balfour Senior Living ... Launch Living Lab" no)
    if 2 <= len(words) <= 4 and words[0].lower() in names and \
            words[0].lower() not in common_words() and all(
            w[:1].isupper() or w[:1].isdigit() for w in words) and not is_minor(what) and \
            not is_minor(phrase):
        return what
    return None


#: Words in lower case that join a name's words ("Bank of America", "Lamna de Mexico",
#: "Ross Dress for Less", "Item by Item", "HUMAN Clothing x Miller McCoy"): function
#: words, where a description's words are nouns and adjectives ("startup", "maker").
_NAME_JOINS = frozenset(("and", "of", "de", "del", "la", "le", "du", "von", "van", "der",
                         "the", "y", "e", "di", "da", "dos", "das", "für", "&", "a", "an",
                         "for", "by", "to", "in", "at", "on", "with", "from", "as", "into",
                         "via", "x", "or", "is", "are", "was", "its", "our", "my", "your"))
_UNIT_WORDS = frozenset(("arm", "unit", "division", "subsidiary", "affiliate", "branch"))
_CAMEL = re.compile(r"[a-z]{1,6}[A-Z]")
#: People a news headline names by what they are ("Harvard dropouts", "Serial founder
#: DIVINE", "hip-hop legend RAKIM"): no company acts.
_PEOPLE_NOUNS = frozenset((
    "founder", "founders", "cofounder", "cofounders", "co-founder", "co-founders", "ceo",
    "engineer", "engineers", "dropouts", "veteran", "veterans", "alumnus", "alumni",
    "executive", "executives", "exec", "execs", "researcher", "researchers", "twins",
    "scientist", "scientists", "employees", "investor", "investors", "developers", "students",
    "doctor", "doctors", "leaders", "staff", "workers", "creator", "creators", "brothers",
    "sisters", "couple", "duo", "trio", "legend", "rapper", "singer", "actor", "actress",
    "billionaire", "entrepreneur", "author", "vc"))
#: A company's thing that acts for it in a news headline ("Shein app", "Telegram’s crypto
#: wallet", "Alibaba’s Qwen team").
_ITS_THINGS = frozenset(("app", "apps", "wallet", "team", "platform", "unit", "division",
                         "arm", "service", "subsidiary", "chatbot", "assistant", "store"))
#: What stands after a brand written in lower case, not a name of its own ("elevendigits
#: Ltd", "innoscripta SE", "astr Partners").
_LEGAL_OR_GENERIC = re.compile(r"(?i)^(?:inc|llc|ltd|corp|co|plc|gmbh|ag|sa|se|nv|bv|ab|as|oy|"
                               r"spa|srl|partners|group|holdings|labs?|limited)\.?$")
#: Words before a name that say where it is, not what it is ("Integrated with Telegram").
_BEFORE_A_PLACE = frozenset(("with", "by", "of", "for", "in", "on", "to", "from", "at", "into",
                             "via", "and", "&", "the", "a", "an", "behind"))


def _name_after_description(subject: str) -> str | None:
    """A news headline's subject as a name: the capitalised words after what the company
    is said to be, in lower case ("Food delivery startup Wonder" -> "Wonder", "rival
    Skipper" -> "Skipper"); None where lower-case words say what it is and no name follows
    them ("Crypto wallet integrated with Telegram", "Cloud veterans"). A subject with no
    ordinary lower-case word is kept ("Talent Tokenization Startup Trendex", "Bank of
    America")."""
    words = subject.split()
    lower = [i for i, w in enumerate(words)
             if w.isalpha() and w.islower() and w not in _NAME_JOINS]
    if words[0].lower() in ("a", "an", "another"):
        return None if lower else subject  # "A troubled SPAC": one, unnamed
    if not lower or (lower == [0] and len(words) == 2 and _LEGAL_OR_GENERIC.match(words[1])):
        return subject
    last = lower[-1]
    if words[last] in _UNIT_WORDS and last + 2 < len(words) and words[last + 1] == "of":
        # "investment arm of Pendulum Holdings": the parent named
        return _name_after_description(" ".join(words[last + 2:]))
    if words[last].endswith("ing") or \
            any(w.lower() in _PEOPLE_NOUNS for w in words[:last + 1]):
        # "VC Victor Lazarte is leaving Benchmark", "Serial founder DIVINE", "Harvard
        # dropouts": a clause or people, no company acting
        return None
    run = words[last + 1:]
    if run and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINS or
                   _CAMEL.match(w) for w in run) and words[last] not in _BEFORE_A_PLACE and \
            (run[0][:1].isupper() or run[0][:1].isdigit() or _CAMEL.match(run[0])):
        return " ".join(run)  # "Food delivery startup Wonder", "Trading platform eToro"
    head = words[:lower[0]]
    if head and words[last] in _ITS_THINGS and \
            all(w[:1].isupper() or w[:1].isdigit() for w in head):
        # "Shein app", "Telegram’s crypto wallet", "Alibaba’s Qwen team": the company's
        # thing acts, the company is named first ("Crypto wallet ...": no name)
        for i, w in enumerate(head):
            if w[-2:] in ("’s", "'s"):
                return " ".join([*head[:i], w[:-2]])
        if head[0].lower() not in common_words() and head[0].lower() not in DEMONYMS and \
                not place(head[0]):
            return " ".join(head)
    return None


def _possessor(subject: str) -> str:
    """The company whose thing a subject names ("Google’s AI Mode" -> "Google"), else the
    subject."""
    thing = _A_THING_OF.search(subject)
    return subject[:thing.start()] if thing else subject


def _the_bought(name: str) -> str | None:
    """The company a "<Name> acquisition" names, its deal's kind set aside ("All-Stock
    FreeChain" is FreeChain); None for no company ("Majority", "$59 Million Missouri",
    "Office")."""
    name = _DEAL_KIND.sub("", name).strip()
    if not name or name.split()[0].lower() in _NOT_THE_BOUGHT or place(name) or \
            _is_property(name):
        return None
    return name


def _same_stem(owner: str, rest: str) -> bool:
    """Whether a possessor's thing is named from the possessor's own stem ("ZenaTech's
    ZenaDrone", its first four letters and more), so a brand of the company's."""
    one, two = owner.split()[0].lower(), rest.split()[0].lower()
    stem = 0
    while stem < min(len(one), len(two)) and one[stem] == two[stem]:
        stem += 1
    return len(rest.split()) <= 2 and stem >= 4 and one != two


def _partnership_named_last(text: str) -> re.Match[str] | None:
    """ "... for German Market with FPF Partnership": a partner named just before the
    title's last word, unless the name is a place's ("with Swiss Partnership")."""
    m = _WITH_NAME_PARTNERSHIP.search(text)
    if m is None:
        return None
    first = m.group("object").split()[0]
    return None if first.lower() in DEMONYMS or place(first) else m


def _added_to_product_line(m: re.Match[str], text: str) -> str | None:
    """What a product line (not services) is widened "with": a product, whatever its word
    ("Expands Blazy Product Line With Cannabis-Infused Peanut Butter Cups")."""
    if (m.group("link") or "").lower() != "with" or not _A_PRODUCT_LINE.search(
            text, m.end("subject"), m.start("object")):
        return None
    what = LAUNCH_TAIL.split(m.group("object"), maxsplit=1)[0].strip()
    return what if len(what.split()) >= 2 and not is_minor(what) and not place(what) else None


def _offered(phrase: str, link: str | None) -> str | None:
    """What a line is widened "to offer" or "to include" ("Expands its Services to Offer
    Accessible Placement at Detox Centers"): offered, so a product, unless minor."""
    if not link or not link.lower().startswith("to "):
        return None
    what = LAUNCH_TAIL.split(phrase, maxsplit=1)[0].strip()
    return what if what and not is_minor(what) and not place(what) else None


def _runs_on(text: str, m: re.Match[str]) -> bool:
    """Whether a matched subject runs on past a predicate of its own that is neither
    coordinated with the event's verb ("X Secures Contracts and Expands ...") nor opens a
    purpose ("X Aligns Its Focus to Launch ..."): "SKYX Provides Corporate Update
    including New Product Launches" states no launch."""
    span = m.group("subject")
    head = first_subject(span)
    if head == span:
        return False
    if _ENDS_WITH_AND.search(span):
        return False
    return not _TO_OR_WILL.match(text[m.end("subject"):])


#: "Easy Dynamics Achieves AWS Advanced Tier Partner Status", "NetCom Learning Elevates to
#: Partner Tier in Google Cloud Authorized Training Partner Program": a partner level in a
#: named company's programme is a partnership with that company.
_PARTNER_STATUS = re.compile(
    rf"^{_NAME}\s+(?:achieves|earns|attains|secures|receives|gains|reaches|elevates\s+to|"
    rf"advances\s+to|is\s+awarded)\s+(?:(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])"
    rf"[\w.&'’\-]*){{0,2}}?)\s+(?:[\w\-]+\s+){{0,3}}?partner\s+(?:status|tier|designation|level)|"
    rf"(?:[\w\-]+\s+){{0,2}}?partner\s+(?:status|tier|level)\s+in\s+(?:the\s+)?"
    rf"(?P<program>(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){{0,1}}))\b",
    re.IGNORECASE)
#: "Expands Reach Within the USA with New Distribution Partner Impulse Technologies": the
#: partner named after its kind.
_WITH_KIND_PARTNER = re.compile(
    r"(?i)\swith\s+(?:a\s+|its\s+)?(?:new\s+)?(?:distribution|channel|technology|strategic|"
    r"reseller|retail|payments?|integration|implementation|logistics|marketing|delivery|"
    r"manufacturing|supply|referral|licensing)\s+partner\s+"
    r"(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){0,3})\s*$")
_AS_AMBASSADOR = re.compile(r"(?i)\bpartner\w*\s+with\s+.{2,60}?\s+as\s+(?:\w+\s+){0,2}"
                            r"(?:ambassador|spokesperson|spokesman|spokeswoman|face)\b")
_A_YEAR_LAST = re.compile(r"\s(?:19|20)\d\d$")
_A_PERSON_PARTNER = re.compile(
    r"(?i)\b(?:pianist|violinist|cellist|musician|composer|conductor|singer|rapper|artist|"
    r"actor|actress|athlete|author|chef|designer|photographer|influencer|comedian)\s+"
    r"(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+$")
_WITH_NAME_LAST = re.compile(
    r"\s+with\s+(?P<object>(?!(?i:new|its|the|a|an|first|second|third)\s)(?-i:[A-Z])"
    r"[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){0,3})\s*$")
_NEW_PLACES_WORD = re.compile(
    r"(?i)\b(?:office|location|headquarters|hub|store|branch|clinic|restaurant|facility|"
    r"showroom|warehouse|studio|lab|campus|plant|factory|center|centre)s?\b")
_NEW_FIRST = re.compile(r"(?i)(?:an?\s+|the\s+|its\s+)?new\s")


_A_DATE_FIRST = re.compile(r"(?i)^(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")


# Patterns the functions above use, compiled once at import (the first items
# a process read paid for compiling them; issue #13).
#: A quotation mark inside a subject: a work's title cut by a colon ("Only Murders in Los
#: Angeles\" True Crime"), no company's name.
_QUOTE_INSIDE = re.compile(r"(?<=\S)[\"”“]")
#: A clause, then "as" and the name that acts ("Musk Unifies His Space and AI Firms as
#: SpaceX"): the clause has a verb of its own.
_AS_THEN_NAME = re.compile(
    r"^\S+\s+(?-i:[A-Z][a-z]+s)\s.*?\sas\s+(?P<name>(?-i:[A-Z0-9])[\w.&'’\-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3})$")
_LEAD_DASH = re.compile(r"\s[—–-]\s+(?=(?-i:[A-Z0-9])\S*(?:\s+(?-i:[A-Z0-9&])\S*){0,4}\s+"
                        r"(?-i:[A-Z])[a-z]+s\s)")
#: "New Mitchell & Danoff Law Firm Branch" (Opens In ...): the firm's new unit, the firm grows.
_NEW_BRANCH_OF = re.compile(r"^(?i:new)\s+(?P<name>.{3,60}?)\s+(?i:branch|location|office|store|"
                            r"showroom|clinic|studio|restaurant)$")
#: A company's possession described in ordinary words ("Activate’s Cutting-Edge Gaming"):
#: the company acts.
_OWNER_THEN_WORDS = re.compile(r"^(?P<owner>[^’']{2,40})['’]s\s+(?P<rest>[^’']+)$")
#: "Pride Holdings Group (Formerly Parliament House Enterprises Inc.)": a former name in
#: brackets is no part of the name.
_FORMERLY = re.compile(r"(?i)\s*\((?:formerly|f/k/a|fka|previously|known\s+as)\s[^()]{2,80}\)")
#: "RTL Helps LIC Favorite FER Expand with New Jackson Park Location": the company helped
#: does what follows.
_HELPS_TO = re.compile(
    rf"^{_NAME}\s+helps\s+(?P<who>(?-i:[A-Z0-9])[\w.&'’\- ]{{1,60}}?)\s+(?:to\s+)?"
    rf"(?P<verb>expand|launch|enter|open|grow)\s+(?P<rest>.+)$", re.IGNORECASE)
#: "Launches Sports.com Studios With GOATS Entertainment in Revenue-Driven Content
#: Partnership": the firm named after "with", in a partnership said after it.
_WITH_IN_PARTNERSHIP = re.compile(
    r"\swith\s+(?P<object>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’\-]*){0,3})\s+"
    r"in\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:partnership|collaboration|alliance|"
    r"joint\s+venture)\b", re.IGNORECASE)
#: "Relaunches FIVE RS EV for German Market with FPF Partnership": the partner named last.
_WITH_NAME_PARTNERSHIP = re.compile(
    r"\swith\s+(?:a\s+|its\s+|new\s+)?(?P<object>(?-i:[A-Z0-9])[\w.&'’\-]*(?:\s+(?-i:[A-Z0-9])"
    r"[\w.&'’\-]*){0,2}?)\s+(?:strategic\s+)?partnership\s*$", re.IGNORECASE)
_A_BID = re.compile(r"(?i)\b(?:bid|bids|offer|offers|proposal|tender)\b")
#: "Bench to be acquired after abruptly shutting down": bought, no buyer named.
_TO_BE_ACQUIRED = re.compile(
    # (news' lower case: "Historic Prescott Estates is Acquired for $20 Million" is a
    # property sold)
    rf"^{_NAME}\s+(?:is\s+|to\s+be\s+|will\s+be\s+|has\s+been\s+|gets\s+)(?-i:acquired|bought)"
    rf"(?=\s*$|\s*[,:;—–]|\s+(?:after|amid|as|following|in\s+(?:a|an)\b|for\s+(?:US)?[$€£]))",
    re.IGNORECASE)
_ACQUISITION_NAMED = (r"(?:on\s+)?(?:its\s+|the\s+)?(?:(?:US)?[$€£][\d.,]+\s*(?:million|billion|"
                      r"[mb]n?)?\s+)?(?P<object>(?-i:[A-Z])[\w.&'’\-]*(?:\s(?-i:[A-Z])[\w.&'’\-]*)"
                      r"{0,3})\s+(?:acquisition|buyout|takeover)\b(?!\s+(?:corp|corporation|company|co|"
                      r"inc|ltd|holdings|partners)\b)")
#: What stands before "Acquisition" that names no company bought ("Finalizes Majority
#: Acquisition of ...", "Completes Triple Acquisition of ...", "Closes Asset Acquisition").
_NOT_THE_BOUGHT = frozenset(("million", "billion", "mn", "bn", "m", "b",
                             "majority", "minority", "strategic", "triple", "double", "first",
                             "second", "third", "initial", "asset", "assets", "stake", "major",
                             "final", "planned", "proposed", "pending", "historic", "landmark",
                             "transformational", "transformative", "accretive", "previously",
                             "office", "property", "land", "building", "portfolio", "hotel",
                             "real"))
#: Words of a deal's kind before the bought company's name ("All-Stock FreeChain
#: Acquisition"): set aside.
_DEAL_KIND = re.compile(r"(?i)^(?:(?:all-stock|all-cash|cash|stock|cash-and-stock|strategic|"
                        r"planned|proposed|pending|previously\s+announced)\s+)+")
#: "Stripe closes on Bridge acquisition", "X completes $2B Y acquisition".
_CLOSES_ACQUISITION = re.compile(
    rf"^{_NAME}\s+(?:closes|completes|finali[sz]es|wraps\s+up|seals)\s+{_ACQUISITION_NAMED}",
    re.IGNORECASE)
#: "Stripe makes $1.1B crypto bet as it closes on Bridge acquisition": one in a clause.
_AS_IT_CLOSES = re.compile(
    # ("Uber Eats comes to Turkey via $700M Trendyol Go acquisition")
    rf"\s(?:(?:as|while|after)\s+it\s+(?:closes|completes|finali[sz]es|wraps\s+up|seals)|via|"
    rf"through|with)\s+(?:an?\s+)?{_ACQUISITION_NAMED}", re.IGNORECASE)
#: A news headline's name, then its plan ("Flipkart to relocate HQ ...").
_NAME_TO_VERB = re.compile(_LEAD_NAME + r"(?:to|will)\s+(?-i:[a-z])")
_NAME_THEN_AUX = re.compile(_LEAD_NAME + r"(?:is|are|will|to)\s+(?-i:[a-z])")
_WITH_AS_PARTNER = re.compile(
    r"\swith\s+(?P<object>(?-i:[A-Z0-9])[\w.&’'\-]*(?:\s(?-i:[A-Z0-9])[\w.&’'\-]*){0,2})\s+as\s+"
    r"(?:a\s+|an\s+|its\s+)?(?:launch\s+|founding\s+|strategic\s+)?partner\b", re.IGNORECASE)
#: An auxiliary left at a subject's end ("AWS is").
_VERB_AFTER = re.compile(r"\s+(?:is|are|was|will)$")
#: An IPO in a clause after the subject's first predicate: "as it kicks off its IPO
#: roadshow", "and plans IPO", "ahead of IPO".
_IPO_IN_CLAUSE = re.compile(
    r"(?i)\s(?:(?:as|while)\s+it\s+|and\s+)(?:kicks\s+off|launches|starts|begins|prepares\s+for|"
    r"files\s+for|plans|eyes|readies|(?:barrels|races|heads|moves|marches|speeds)\s+towards?)"
    r"\s+(?:its\s+|an?\s+)?(?:planned\s+|potential\s+)?"
    r"(?:IPO|initial\s+public\s+offering)\b|"
    r"\sahead\s+of\s+(?:its\s+|an?\s+)?(?:planned\s+|potential\s+|expected\s+)?IPO\b")
#: "Huma completes Series D ... as it launches Huma Cloud Platform": a launch in a clause.
_AS_IT_LAUNCHES = re.compile(
    r"(?i)\s(?:as|while|and)\s+it\s+(?:launches|unveils|introduces|debuts|rolls\s+out)\s+"
    r"(?P<object>.{3,200})$")
#: "Evolvous Becomes Microsoft Solutions Partner": a level in a company's partner programme.
_BECOMES_COMPANY_PARTNER = re.compile(
    rf"^{_NAME}\s+(?:becomes|is\s+named|named|joins\s+as)\s+(?:an?\s+)?(?:official\s+|certified\s+)?"
    rf"(?P<object>(?-i:[A-Z])[\w.&'’\-]*)\s+(?:[\w\-]+\s+){{0,3}}?partner\s*$", re.IGNORECASE)
#: "Clay Cooley Auto Group Welcomes Arlington's Ford Dealership to Its Expanding Family".
_WELCOMES_TO_FAMILY = re.compile(
    rf"^{_NAME}\s+welcomes\s+(?P<object>.{{3,80}}?)\s+(?:to|into)\s+(?:its|the|our)\s+"
    rf"(?:growing\s+|expanding\s+)?(?:family|portfolio)\b", re.IGNORECASE)
#: A company that takes control of another ("Invests and Becomes Managing Partner of
#: Gregorys Coffee", "Becomes Majority Owner of X").
_BECOMES_OWNER = re.compile(
    rf"^{_NAME}\s+(?:invests\s+and\s+)?becomes\s+(?:the\s+)?(?:managing\s+partner|majority\s+"
    rf"(?:owner|shareholder)|controlling\s+(?:owner|shareholder)|sole\s+owner)\s+(?:of|in)\s+"
    rf"{_OBJECT}{_END}", re.IGNORECASE)
_BRAND_IN_LOWER = re.compile(r"[a-z]{1,3}[A-Z]")  # "eCaregivers", "iPhone"
_PARTNER_TITLE_NAME = re.compile(
    r"\bPartner,\s+(?-i:[A-Z])[\w.’']*(?:\s+(?-i:[A-Z])[\w.’']*){1,3}(?:,|\s+(?:to|will|is|has|"
    r"joins|speaks|named|elected)\s)")
_HELPING_IN_NAME = re.compile(r"(?i)\s(?:helping|helps|enabling|enables|letting|lets|allowing|"
                              r"allows)\s")
_OPTION_TO_ACQUIRE = re.compile(r"(?i)\boption\s+to\s+(?:acquire|buy|purchase)\b")
#: A work's title in quotes ("\"EVIL'S EDEN: ...\" True Crime Acquired by Publisher"): a
#: book or a film bought, no company.
_A_QUOTED_WORK = re.compile(r"^[“\"‘']")
_POWERED_BY = re.compile(r"(?<=\w)\s+(?:powered|backed|owned|operated|supported|run)\s+by\s+"
                         r"(?-i:[A-Z]).*$", re.IGNORECASE)
#: A headline's lead-in word ("How", "Exclusive:").
_HEADLINE_LEAD_IN = re.compile(r"^(?:how|why|exclusive:|breaking:|report:|update:)\s+",
                               re.IGNORECASE)
#: A note in brackets at the end ("(NYSE: QBTS)").
_TRAILING_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
#: Lower-case words, then "from": a thing bought from a company.
_BOUGHT_FROM = re.compile(r"(?:[a-z][\w\-]*\s+){1,4}from\s")
#: A bracketed note, blanked so its colon splits nothing.
_BRACKETED = re.compile(r"\([^)]*\)")
#: A "bought deal": an offering of shares, no acquisition.
_BOUGHT_DEAL = re.compile(r"(?i)\bbought\s+deal\b")
#: A team "with the addition of" a person: a hire.
_ADDITION_OF_A_PERSON = re.compile(
    r"(?i)\b(?:practices?|team|bench|leadership|board)\s+with\s+(?:the\s+)?"
    r"addition\b|\baddition\s+of\s+[^,]{2,60}?\s+as\s")
#: A span that ends with "and", a comma or "&".
_ENDS_WITH_AND = re.compile(r"(?:\band|,|&)\s*$")
#: A spaced dash, a colon or a question mark: the company is after the last.
_DASH_OR_COLON = re.compile(r"\s[-–—]\s|:\s|\?\s")
#: The next partner of a list (", and B", "& C").
_NEXT_PARTNER = re.compile(
    r"\s*(?:,\s*and|,|and|&)\s+(?P<o>(?-i:[A-Z0-9])[\w.&'’\- ]{0,60}?)"
    r"(?=\s*$|\s*[,;:.(]|\s+(?i:to|for|in|on|and|&|—|–|-)\s)")
#: A tail after a colon that opens with "launching" or the like.
_LAUNCHING_WORD = re.compile(r"(?i)(?:launching|introducing|unveiling)\s")
#: "access to" before what goes to a place.
_ACCESS_TO = re.compile(r"(?i)^access\s+to\s+")
#: "expands into" or "grows to" after the subject.
_EXPANDS_INTO = re.compile(r"(?i)\s*(?:expands|grows)\s+(?:in\s*to|into|to)\b")
#: An object that opens with a verb: a second clause, no partner.
_SECOND_VERB = re.compile(
    r"(?i)(?:joins|integrates|launches|expands|announces|unveils|named)\b")
#: A place's role, market, sector ...: a thing that grows.
_A_PLACES_THING = re.compile(
    r"(?i)['’]s?\s+(?:role|market|economy|share|sector|industry|demand|"
    r"influence|importance|footprint|presence|population)$")
#: An online store or office: no place.
_ONLINE_STORE = re.compile(
    r"(?i)\b(?:online|virtual|digital|e-?commerce|web)\s+(?:store|"
    r"shop|office|hub|storefront)")
#: Networks, customers, fans ...: an audience, no place.
_AUDIENCE = re.compile(
    r"(?i)\b(?:networks|outlets|channels|platforms|publications|"
    r"stations|partners|clients|customers|users|enthusiasts|fans|"
    r"audiences|members|families|patients|students|investors|buyers|"
    r"owners|drivers|gamers|creators|developers|professionals)$")
#: "Expands Into Lucrative Oil And Gas Industry": a line of business, not a place (the
#: whole phrase read, past its "and").
_AN_INDUSTRY = re.compile(r"(?i)\b(?:industry|industries|sector|sectors|vertical|verticals)$")
#: "to", "will" or "set to" after the subject: its verb is further on.
_TO_OR_WILL = re.compile(r"\s*(?:to|will|is\s+set\s+to|set\s+to)\s", re.IGNORECASE)
#: A second predicate, not a partner (", Expanding Reach").
_A_PREDICATE = re.compile(
    r"(?i)\w+ing\b|of\s|(?:for|to|in|at|with|on|by)\s|(?:launch|expand|add|sign|unveil|open|"
    r"introduc|deepen|announc|secur|rais|achiev|report|complet|receiv|win|post|hit)\w*\b")
#: A possessive ending ("Starlink's launch").
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: Beta, preview, stealth, public: a stage, no place.
_A_STAGE = re.compile(r"(?i)(?:the\s+)?(?:beta|preview|stealth|public|general)\b")
#: "launches in" or "debuts in" after the subject.
_LAUNCHES_IN = re.compile(r"(?i)\s*(?:launches|debuts)\s+in\b")
#: A joint launch's "and" or "&".
_AND_OR_AMPERSAND = re.compile(r"(?i)\s+(?:and|&)\s+")
#: A subject ending in "is", "was" ...: a passive, no maker.
_ENDS_WITH_BE = re.compile(r"(?i)\s(?:is|are|was|were|been)$")
#: A span that opens with an article or a pronoun: no maker's name.
_ARTICLE_FIRST = re.compile(r"(?i)(?:the|a|an|this|our)\s")
#: An expanding verb, as opposed to a launch.
_EXPAND_OR_EXTEND = re.compile(r"(?i)expand|extend")
#: "across" or "throughout" a place: offered there, no move.
_ACROSS = re.compile(r"(?i)\s(?:across|throughout)\s")
#: The separators of a list of partners (comma, "and").
_MEMBER_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
#: A parent or a subsidiary: one group, no partnership.
_PARENT_OR_SUBSIDIARY = re.compile(r"(?i)\b(?:parent|subsidiary)\b")
#: A county, city, state, region: a place's word.
_A_LOCALITY = re.compile(r"(?i)\b(?:county|city|cities|states?|area|region|metro)\b")
#: An "and" between names.
_AND_WORD = re.compile(r"\s+and\s+")
