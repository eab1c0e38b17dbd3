"""What a launch launches (pure): the product vocabulary and the judgement of a launched
phrase. A product line has a product word ("platform", "app", "collection"), or is named as
a product (a name before a colon, a trade mark, a model number, a name in quotes, a coined
word), or an appositive says it is one; a minor word ("website", "campaign", "course")
rules it out when it is what the phrase names, not when it only qualifies a product. The
events reader (extract/events.py) asks :func:`launched_product` of every launch verb's
object; the vocabulary lists stand for the taxonomy of product categories the labelled
splits (tests/data/events) were read by, not for the titles themselves.
"""

from __future__ import annotations

import re

from .places import DEMONYMS, place

#: Objects of "launches" that are no product line a seller cares about.
MINOR = re.compile(
    r"\b(?:website|web site|site|campaign|fund|podcast|blog|newsletter|contest|giveaway|"
    r"sweepstakes|promotion|scholarship|webinar|event|series of events|book|album|song|"
    r"video|ad|ads|commercial|logo|rebrand|brand refresh|initiative|program|programme|"
    r"survey|report|index|guide|challenge|award|awards|competition|tour|store|shop|"
    r"restaurant|menu|presale|token|airdrop|nft|mission|rocket|satellite|strategy|"
    r"strategies|vision|roadmap|power\s+of|study|research|white\s*paper|e-?book|results|"
    r"findings|partnership|branch|location|office|podcast|project|discord|telegram|"
    r"community|channel|subreddit|concept|prototype|mockup|teaser|academy|sale|catalog|"
    r"catalogue|curriculum|agenda|stock|placement|exploration|drilling|course|masterclass|"
    r"training|certification|troop|season|festival|summit|conference|celebration|party|gala|"
    r"order|patent|trademark|memoir|ideathon|method|recap|cares|foundation|"
    r"documentary|film|single|lawsuit|pledge|movement|revolution|principle|philosophy|"
    r"grant|url|review|ido|experience|agenda|drive|cohort|insight|data|measure|date|"
    r"payment|innovation|development|series|recruitment|membership|club|enrollment|"
    r"opportunity|opportunities|auction|savings|rebate|incubator|warranty|"
    r"warranties|blueprint|playbook|paper|pilot|group|team|lab|labs|alliance|"
    r"registration|admission|funding|financing|loan|discount|coupon|resource|portal|"
    r"directory|support|school|college|phase|stage|trend|prediction|institute|university|"
    r"identity|offer|deal|discussion|stream|livestream|broadcast|episode|workshop|seminar|bootcamp|hackathon|meetup|ranking|list|board|committee|council|testnet|devnet)s?\b",
    re.IGNORECASE)

PRODUCT = re.compile(
    r"\b(?:platform|product|products|suite|app|application|service|solution|tool|tools|"
    r"agent|agents|model|models|api|software|device|devices|line|edition|version|feature|"
    r"features|services|solutions|platforms|apps|"
    r"plan|offering|marketplace|engine|assistant|copilot|sdk|cloud|system|collection|"
    r"collections|lineup|line-up|range|kit|kits|bundle|bundles|calculator|dashboard|"
    r"extension|plugin|plug-in|integration|chatbot|bot|wallet|exchange|card|terminal|chip|"
    r"chipset|sensor|robot|drone|vehicle|headset|wearable|game|console|camera|printer|"
    r"processor|network|protocol|browser|editor|builder|generator|scanner|tracker|"
    r"monitor|analyzer|simulator|ecosystem|mode|node|hydrofoil|technology|technologies|"
    r"therapy|therapies|treatment|psychotherapy|"
    # the concrete goods and services a product line is made of (a taxonomy of product
    # categories, not a list of the titles missed: a launch needs one of these words, a
    # name, or an appositive saying what it is)
    r"module|package|template|library|database|feed|alert|formula|hardware|firmware|"
    r"laptop|pc|phone|smartphone|tablet|speaker|headphone|earbud|display|appliance|"
    r"dispenser|purifier|filter|pump|valve|charger|battery|batteries|panel|inverter|"
    r"bike|ebike|e-bike|scooter|car|truck|ev|boat|aircraft|glasses|lens|lenses|helmet|"
    r"mount|bag|backpack|watch|jewelry|jewellery|furniture|mattress|recliner|lamp|"
    r"lighting|tile|apparel|clothing|footwear|shoe|sneaker|wig|cosmetic|skincare|"
    r"haircare|serum|cream|oil|supplement|vitamin|gummies|snack|beverage|drink|wine|"
    r"spirit|coffee|tea|toy|gear|equipment|instrument|machine|printer|implant|"
    r"vaccine|diagnostic|insurance|payment\s+gateway|checkout|subscription|tour|"
    r"menu\s+item|food|solver|computer|mvp|sock|case|converter|parser|recommender|material|"
    r"moisturizer|lotion|cleanser|shampoo|conditioner|fragrance|perfume|etf|vape|nutrient|"
    r"wizard|tech|practice|cookware|kitchenware|bakeware|tableware|dinnerware|drinkware|"
    r"glassware|housewares?|toolkit|toolbox|graph|compressor|heater|cooler|fan|vacuum|"
    r"bracelet|necklace|earring|pendant|rollup|indicator|"
    r"blender|grill|fryer|oven|refrigerator|fridge|washer|dryer|starter|drill|saw|mower|"
    r"trimmer|router|modem|subsidiary|subsidiaries|options(?=\s+on\s)|paddle|racket|racquet|"
    r"accessory|accessories|elevator|escalator|mask|keyboard|mouse|stylus|projector|"
    r"smartwatch|earphone|handheld|tier|robotaxi|assist|constellation)s?\b",
    re.IGNORECASE)

#: Where the name of what a title launches ends and its purpose or place begins.
LAUNCH_TAIL = re.compile(
    r"\s+(?:to|for|featuring|with|across|that|which|designed|aimed|built|powered|as|"
    r"amid|after|in|on|at)\s+|\s*[,;]\s+|\s+[—–-]\s+|"
    # "energy storage business and its first target is ...": a clause of its own
    r"\s+and\s+(?=(?:its|it|it’s|it's)\s)", re.IGNORECASE)

#: A publication, not a company: "January 2026 Biohacking Index Report", "New Book! ...".
A_WORK = re.compile(r"(?i)\b(?:report|index|study|survey|book|whitepaper)$|\bbook!")

#: A coined name closing a launched phrase, after what it is: "ynLSDe", "PayFlowX" (a
#: capital inside a word, after lower-case letters).
_COINED_LAST = re.compile(r"\s(?-i:[a-z]{1,3}[A-Z]{2,}\w*|[A-Z][a-z]+[A-Z]\w*)$")

_NAMES_BEFORE_COLON = re.compile(
    r"(?-i:[A-Z0-9][\w\-.+]*)(?:(?:,\s|\s(?:and|&)\s)(?-i:[A-Z0-9][\w\-.+]*))+:\s")

_OPENS_WITH_PARTICIPLE = re.compile(r"\s*(?-i:[A-Z])[a-z]+ing\s")

_MONEY_FIRST = re.compile(r"(?i)(?:an?\s+|the\s+|its\s+)?(?:US)?[$€£₹][\d.,]+\s*(?:million|"
                          r"billion|mn|bn|[mb])\b")

_AN_ADJECTIVE = re.compile(r"(?i)\w(?:ed|ing|al|ive|ic|ous|ary|ble)$")

#: A business a company starts for clients ("Launches Digital Marketing Agency", "a new kind
#: of AI-powered law firm"): sold like
#: a product, though a company's own name may end in the word ("Pulse Signal Agency"), so
#: it is no PRODUCT word (events' _NOT_A_MAKER reads those at a subject's end).
_A_NEW_BUSINESS = re.compile(r"\b(?:agency|firm(?!-))\b|(?<!the\s)\bbusiness$", re.IGNORECASE)
_SOLD = re.compile(rf"{PRODUCT.pattern}|{_A_NEW_BUSINESS.pattern}", re.IGNORECASE)
#: A launch verb in lower case: a headline in sentence case (news), where capitals mark names.
_VERB_IN_LOWER = re.compile(r"\s(?:launch|launches|launching|launched|unveils|unveiling|"
                            r"introduces|introducing|debuts|debuting|releases|releasing|"
                            r"rolls\s+out|rolling\s+out)\s")
_NAMED_LAST = re.compile(r"(?:(?:an?|the|its|new)\s+)(?:(?-i:[a-z])[\w\-]*\s+){1,6}"
                         r"((?-i:[A-Z])[\w\-]*(?:\s(?-i:[A-Z0-9])[\w\-]*){0,2})")
#: The capitalised words a launched phrase opens with, past its article ("Community Notes").
_CAPITALISED_RUN = re.compile(r"(?:(?:the|its|an?|new)\s+)*(?-i:[A-Z0-9])[\w\-.’']*"
                              r"(?:\s+(?-i:[A-Z0-9])[\w\-.’']*)*")
#: A quarter, a half or a year, no name ("releases Q3 financial number").
_A_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d*|\d{4})$")
#: The first capitalised word of a launched phrase, past its article.
_CAPITALISED_FIRST = re.compile(r"(?:(?:the|its|an?|new|two|three|four)\s+)*((?-i:[A-Z])[\w\-.]*)")
#: "an AI-powered collaborative moodboard": a thing said to run on a technology is made.
_TECH_DESCRIBED = re.compile(r"(?i)(?:(?:an?|new|its|the)\s+)*(?:[\w\-]+\s+)?(?:ai|gen\s*ai|"
                             r"llm|blockchain|cloud)-(?:powered|based|driven|native|enabled)\s+\w")
_FIRST_OF_KIND = re.compile(r"(?i)(?:the\s+)?(?:world|industry|nation|america|market|"
                            r"(?-i:[A-Z])[\w.]+)['’]s\s+"
                            r"(?:very\s+)?first(?:-ever)?\s+"
                            # (a place opened is no product: "World’s First ... Facility")
                            r"(?!.*\b(?:facility|facilities|center|centre|plant|factory|hub|"
                            r"campus|school|clinic|store)\b)\S")
#: A price before what is launched ("its $1,799 Pixel 10 Pro Fold"), not money offered
#: ("$20 Million Offering").
_PRICE_FIRST = re.compile(r"^(?P<det>(?:the\s+|its\s+|an?\s+|new\s+)?)(?:US)?[$€£][\d,]+(?:\.\d\d)?"
                          r"(?!\s*(?:million|billion|mn|bn|[mbk])\b)"
                          # ("a $7.99 per month, ad-free Premium Lite subscription")
                          r"(?:\s*(?:per|a|/)\s*(?:month|year|mo|yr)\b,?|-a-month|-per-month)?"
                          r"\s+(?=(?-i:[A-Z0-9])|(?:[\w\-]+\s+){0,3}(?-i:[A-Z]))",
                          re.IGNORECASE)
#: A quote's close: ” or ’ not inside a word ("TikTok’s" is no close).
_CLOSING_QUOTE = re.compile(r"”|’(?![a-z])")
_PLANS_FOR = re.compile(r"(?i)(?:the\s+|its\s+)?(?:[\w\-]+\s+)?plans\s+(?:for|to)\s|"
                        # "Unveils Plan to Support AI Uptake" (not "Health Plan to Cover")
                        r"(?:the\s+|its\s+|a\s+)?plan\s+to\s")
_AS_A_SERVICE = re.compile(r"(?i)\s+as\s+a\s+service\b")
_A_MAINNET = re.compile(r"(?i)(?:its\s+|the\s+)?(?:[\w\-]+\s+)?mainnet")

_TRADE_MARKED = re.compile(
    r"(?:the\s+|its\s+|new\s+)?(?-i:[A-Z0-9])\S*(?:\s(?-i:[A-Z0-9])\S*){0,3}?"
    r"(?:\s*[™®]|(?<=[a-z])(?-i:TM)|\s*\((?:TM|R)\))(?=[\s,:;]|$)")


#: Minor whatever their case: a name ending so names no product ("... Flex Fund 2").
_HARD_MINOR = re.compile(r"(?i)\b(?:funds?|tokens?|coins?|campaigns?|podcasts?|programs?|"
                         r"programmes?|foundations?|scholarships?|awards?|conferences?|summits?|"
                         r"festivals?)\b(?:\s+\d+)?$")
_APP_STORE = re.compile(r"(?i)\bapp\s+stores?$")
_ONLY_ADJECTIVES = re.compile(r"(?i)(?:an?|the|its|their)\s+(?:new|bigger|smaller|faster|cheaper|"
                             r"lighter|thinner|redesigned)")


def _before_tail(full: str) -> str:
    """The launched phrase up to its purpose, place or clause (LAUNCH_TAIL), not stopping
    inside a quoted name ("a new ‘TikTok for Artists’ platform")."""
    for m in LAUNCH_TAIL.finditer(full):
        head = full[:m.start()]
        if m.group(0).strip() == "," and _ONLY_ADJECTIVES.fullmatch(head.strip()):
            continue  # "a new, more efficient Llama model": adjectives, then the product
        opened = max(head.rfind("‘"), head.rfind("“"))
        if opened < 0 or _CLOSING_QUOTE.search(head, opened + 1):
            return head
    return full


def launched_product(full: str, text: str) -> str | None:
    """What a launch verb's object names, when it is a product line (the words up to
    the clause that says what for); None for a website, a fund, a campaign, an update.

    A product line has a product word ("platform", "app", "collection"), or is named as
    a product ("Valkyrie:", "the AINOTE Air 2", "the MX-2 Disc", a name in quotes or a
    trade mark), or an appositive says it is one ("OnboardIQ, the First AI-Driven
    Solution"). A minor word ("website", "campaign", "curriculum") rules it out when it
    is what the phrase names (its last word), not when it only qualifies a product
    ("Video Analytics Platform", "Telegram Game")."""
    full = _AND_A_PLURAL.split(full, maxsplit=1)[0]
    if " as a " in full.lower():
        full = _AS_A_SERVICE.sub(" as-a-Service", full)  # "Marketing as a Service Offering"
    if _PLANS_FOR.match(full) and "launch plans" not in text.lower():
        # "Unveils Plans for Exciting Second Funding Phase": intentions ("Launch Plans for
        # the Vows Platform" is a launch planned)
        return None
    full = _PRICE_FIRST.sub(r"\g<det>", full)  # "its $1,799 Pixel 10 Pro Fold": the product
    what = _before_tail(full)
    if _A_MAINNET.fullmatch(what.strip()):
        return what.strip()  # "Everclear Launches Mainnet": its network goes live
    # capitalised words before a purpose ("to ...") or a place ("in ...") name a product
    # only where the headline is not in title case (there every word is capitalised:
    # "Launches Rescue Resource Ranch to Support Dogs" names nothing)
    title_case = sum(w[:1].isupper() for w in text.split()) > 0.6 * len(text.split())
    after = r"on|for|with" if title_case else r"on|for|to|with|in"
    named = re.match(r"(?:the\s+|its\s+|new\s+)?(?-i:[A-Z0-9]|[a-z]{1,6}(?=[A-Z]))[\w\-.!+™®]*"
                     r"(?:\s(?-i:[A-Z0-9])"
                     rf"[\w\-.+]*){{0,3}}(?::|\s*(?:[™®]|\((?:TM|R)\))|"
                     rf"\s+(?:{after})\s)", full) is not None
    # a trade mark after capitalised words of any kind ("Moe’s Casa MexicanaTM"); names
    # joined by "and" before a colon ("LMBO and REKT: Bold Trades ...")
    named = named or _TRADE_MARKED.match(full) is not None or \
        _NAMES_BEFORE_COLON.match(full) is not None
    # (the name launched and places are capitalised in any headline: they do not make one
    # title case, "TikTok to launch TikTok Shop in France, Germany, and Italy")
    named_run = set(run.group(0).split()) if (run := _CAPITALISED_RUN.match(what)) else set()
    long_words = [w for w in text.split() if len(w) > 3 and w not in named_run
                  and not place(w.strip(",.;:")) and w.strip(",.;:").lower() not in DEMONYMS]
    sentence_case = _VERB_IN_LOWER.search(text) is not None and \
        sum(w[:1].isupper() for w in long_words) < 0.6 * len(long_words)
    if not named and sentence_case and (first := _CAPITALISED_FIRST.match(what)) and \
            not place(first.group(1)) and first.group(1).lower() not in DEMONYMS and \
            "-" not in first.group(1) and not _A_PERIOD.match(first.group(1)):
        # in a headline in sentence case a capitalised word is a name: "launching
        # Community Notes in the US", "launches Flex processing for cheaper AI tasks"
        named = True
    if not named and sentence_case and (last := _NAMED_LAST.fullmatch(what.strip())) and \
            not place(last.group(1)) and last.group(1).split()[0].lower() not in DEMONYMS and \
            not _A_PERIOD.match(last.group(1)):
        named = True  # "a more affordable color screen Kindle": what it is, then its name
    # a model name ("the AINOTE Air 2", "Pixel 9"): capitalised words, then a model
    # number that is not a year
    model = _MODEL_NAME.fullmatch(what.strip())
    # or a model code among its words ("the MX-2 Midrange Disc", "the X1 Carbon")
    code = _MODEL_CODE.match(what.strip())
    # a name in quotes ("“FreedomCar-CONNECT”", "'Sticky' Premium Flower") or one word
    # that only a name is ("IgnitionX", "HRVerse")
    quoted = _QUOTED_NAME.match(what.strip())
    coined = _COINED_WORD.fullmatch(what.strip()) or \
        _COINED_OR_CAPITALS.fullmatch(what.strip()) or \
        _COINED_LAST.search(what.strip())  # "Liquid Staking Derivatives ynLSDe"
    named = named or model is not None or code is not None or quoted is not None or \
        coined is not None
    # what an appositive says it is ("OnboardIQ, the First AI-Driven Solution for ...")
    described = _APPOSITIVE_KIND.match(full)
    # what is launched up to its purpose, a place or a time kept in ("Pay at Hotel
    # Feature Across US Properties")
    wide = _UP_TO_PURPOSE.split(full, maxsplit=1)[0]
    if described is not None and not PRODUCT.search(what) and \
            not _TRADE_MARKED.match(full) and \
            is_minor(LAUNCH_TAIL.split(described.group(1), maxsplit=1)[0]):
        return None  # "'Sweet Indian Stories' — A Campaign to ...": a name, said to be minor
    if "," in full and A_WORK.search(full.strip()):
        return None  # "the 2024 Global Technology, Media & Telecom Industry Report": a work
    # "The World's First Modular Digital Laser ...", "Industry's First ...": a thing new
    # of its kind is a product (unless minor: "World's First Energy Token")
    kind_word = _FIRST_OF_KIND.match(what) or (sentence_case and _TECH_DESCRIBED.match(what)) or \
        PRODUCT.search(what) or (
        described is not None and _SOLD.search(
            LAUNCH_TAIL.split(described.group(1), maxsplit=1)[0])) or (
        PRODUCT.search(wide) and not is_minor(wide)) or _A_NEW_BUSINESS.search(what)
    # ("KOINFOLD Pay 2.0: Enhanced Crypto Wallet": what the colon says it is can say update)
    # (in sentence case a name's capitalised words are a name, whatever they mean:
    # "Community Notes"; the lower-case words after it still say what it is: "Texas
    # campaign")
    judged = what
    if sentence_case and (run := _CAPITALISED_RUN.match(what)) and \
            (run.end() == len(what.rstrip()) or what[run.end():].strip().lower() in (
                "series", "lineup", "line", "range", "family", "collection")) and \
            NEVER_A_PRODUCT.search(what) is None and not _HARD_MINOR.search(run.group(0)):
        judged = "product"  # "Community Notes", "the Pixel 10 series"
    if _APP_STORE.search(judged):
        judged = _APP_STORE.sub("marketplace", judged)  # an app store is sold, no shop
    if (kind_word or named) and not is_minor(judged) and \
            not _AN_UPDATE.search(_AND.split(what, maxsplit=1)[0]) and \
            not (":" in what and _AN_UPDATE.match(what.split(":", 1)[1].strip())) and \
            not _IN_AN_UPDATE.search(full):
        return what
    return None

#: What is launched that is a change to what exists, not a product line: "Version 2",
#: "Air Conditioner Upgrades", "Enhanced Mobile App", "Improved Passive Income Options".
_AN_UPDATE = re.compile(
    r"(?i)\b(?:update|updates|upgrade|upgrades|version\s+\d|v\d+|updated|upgraded|redesign|"
    r"redesigned|revamped|refreshed|enhancements?|improvements?|capabilities)\b|"
    r"^(?:the\s+|its\s+|an?\s+)?(?:new\s+)?(?:enhanced|improved|advanced\s+options)\b|"
    # "Global Community Platform 2.0", "Futures V2.0 System": a version of what exists
    r"(?-i:[A-Z])\w*\s+[vV]?\d+\.\d+(?:\.\d+)?\b(?!\s*(?i:[mb]n?|million|billion|%))")

#: "Smart Market Monitor Feature in Latest App Upgrade": a feature of an update.
_IN_AN_UPDATE = re.compile(r"(?i)\bin\s+(?:its\s+|the\s+)?(?:latest|new|newest)\s+(?:\w+\s+)?"
                           r"(?:update|upgrade|release|version)\b|"
                           # "New Features on AISight": added to what exists
                           r"^(?:new\s+)?features?\s+on\s")

#: "tZERO Connect": a coined word from a lower-case letter, with up to two words after it.
_COINED_OR_CAPITALS = re.compile(r"(?-i:[a-z]{1,3}[A-Z][\w™®]*(?:\s[A-Z][\w\-]*){0,2})")


def is_minor(phrase: str) -> bool:
    """Whether a launched phrase names something minor: a token, an airdrop, a giveaway
    anywhere in it; or, in the noun phrase before a participle that opens a clause
    ("Membership Program | Offering ..."), a minor word with no product word after it
    ("Crowdfunding Campaign", but not "Video Analytics Platform")."""
    if NEVER_A_PRODUCT.search(phrase) or _MONEY_FIRST.match(phrase):
        return True  # ("$20.55 Million All-Cash DST Offering": money offered, no product)
    # "Second Phase: Embracing ...", "ProtoPod: A Bold New Podcast": either side of a colon
    # can say it is minor
    parts = _COLON_OR_DASH.split(phrase, maxsplit=1)
    # (a participle after the colon says what it does, not what it is: "“Political Power
    # Up”: Revolutionizing Campaign Strategy")
    if len(parts) == 2 and ((is_minor(parts[0]) and not (
            _A_CODENAME.match(parts[0]) and _says_product(parts[1]))) or (
            not _OPENS_WITH_PARTICIPLE.match(parts[1]) and is_minor(parts[1]))):
        # ("Project Mariner: AI agents to use the web": a project's name, then what it is,
        # a product)
        return True
    whole = _CLAUSE_PARTICIPLE.split(phrase, maxsplit=1)[0]
    # "2025 Agenda and First Speakers": the first of two things launched decides; "Mid-Year
    # & Anniversary Promotion": so does the last word of both, joined
    first = _AND.split(whole, maxsplit=1)[0]
    # ("Single Stock Leveraged and Inverse ETFs": two words that qualify one product, the
    # noun after "and", which decides)
    second = whole[len(first):].split()[1:]  # (past "and" / "&")
    if first != whole and 1 <= len(second) <= 3 and PRODUCT.fullmatch(second[-1]) and \
            _AN_ADJECTIVE.search(first) and not _ends_minor(" ".join(second)):
        return False
    return _ends_minor(first) or (first != whole and not PRODUCT.search(first)
                                  and _ends_minor(whole, empty=False))


_A_CODENAME = re.compile(r"(?:the\s+)?project\s+(?-i:[A-Z])\w*$", re.IGNORECASE)


def _says_product(phrase: str) -> bool:
    """Whether the words after a colon say a product ("AI agents to use the web")."""
    head = LAUNCH_TAIL.split(phrase, maxsplit=1)[0]
    return PRODUCT.search(head) is not None and not is_minor(head)


def _ends_minor(head: str, empty: bool = True) -> bool:
    """Whether a noun phrase has a minor word with no product word after it."""
    words = _QUOTES_AND_MARKS.sub(" ", head).split()
    if not words:
        return empty
    last_minor = max((i for i, w in enumerate(words) if MINOR.fullmatch(w)),
                     default=-1)
    return last_minor >= 0 and not any(PRODUCT.fullmatch(w) for w in words[last_minor + 1:])

#: Things that are never a product line, wherever they stand in the phrase.
NEVER_A_PRODUCT = re.compile(
    r"(?i)\b(?:airdrops?|tokens?|presales?|nfts?|giveaways?|sweepstakes|contests?|tge|"
    r"(?:exchange\s+|\w+\s+)?listings?|"
    r"scholarships?|meme\s*coins?|memecoins?|ido|ico|raffles?|shares|bonds?|"
    r"stablecoins?(?!-)|(?:usd|stable|dollar)\s+coins?|"
    r"service[\s\-]level\s+agreements?|"
    # (shares sold, not "Stock Analysis Tool", "Stock Screener")
    r"stock(?!\s+(?:analysis|trading|market|screener|research|picking|photos?|images?|"
    r"footage|tracker|alerts?|app|leveraged|etfs?)\b)|"
    r"(?:senior|convertible|secured|unsecured|exchangeable)\s+notes|"
    r"debentures|private\s+placement|public\s+offering|exploration|drilling|"
    r"(?:regulation|reg)\s+(?:d|a\+?|cf|s)\s+offering|[\d.,]+\s*(?:million|billion|[mb])\s+"
    r"(?:\w+\s+){0,2}offering|"
    r"(?:e-?commerce|online|shopping)\s+(?:platform|store|site|shop)|"
    # a programme for startups or research, not a chip ("Hailo-10 AI Accelerator")
    r"(?:r&d|startup|business|venture|growth|labs|incubation)\s+accelerator|"
    # "Unveils 2025-2026 Plan": a roadmap, not a subscription plan
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+plans?)\b")

#: A participle that opens a clause after a noun phrase ("... Program Offering ...").
_CLAUSE_PARTICIPLE = re.compile(
    r"\s+(?:offering|featuring|providing|enabling|empowering|helping|making|allowing|"
    r"bringing|giving|delivering|transforming|revolutionizing|redefining|combining|"
    r"connecting|supporting|designed|aimed|built|powered|saving|potentially|cutting|"
    r"reducing|unlocking|simplifying|streamlining|accelerating)\s+", re.IGNORECASE)

#: A model name: capitalised words, then a model number that is no year ("the AINOTE
#: Air 2", "Pixel 10 Pro Fold").
_MODEL_NAME = re.compile(
    r"(?:the\s+|its\s+|new\s+)?(?-i:[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*)"
    r"{0,2})\s(?!(?:19|20)\d\d\b)(?-i:[A-Z]?\d{1,4}[A-Za-z]{0,3})"
    # ("Pixel 10 Pro Fold": the model's words after its number)
    r"(?:\s(?-i:[A-Z][a-z]+)){0,2}")

#: A model code among a phrase's words ("the MX-2 Midrange Disc", "the X1 Carbon").
_MODEL_CODE = re.compile(
    r"(?:the\s+|its\s+|new\s+)?(?:\S+\s+){0,2}?(?-i:[A-Z]{1,4}-?\d{1,4}"
    r"[A-Za-z]?)(?:\s(?-i:[A-Z])[\w\-]*){0,3}$")

#: A name in quotes, first or last ("“FreedomCar-CONNECT”", "the Footrest 'Dual Rest'").
_QUOTED_NAME = re.compile(r"(?:the\s+|its\s+|new\s+)?[“\"'‘][^”\"'’]{2,60}[”\"'’]|"
                          # "the Innovative Footrest 'Dual Rest LC99'": named last
                          r"(?:the\s+|its\s+|new\s+|an?\s+)?(?:[\w\-]+\s+){1,4}"
                          r"[“\"‘'](?=[A-Z0-9])[^”\"'’]{2,60}[”\"'’]$")

#: What an appositive says a launched name is ("OnboardIQ, the First AI-Driven Solution").
_APPOSITIVE_KIND = re.compile(r"[^,—–]{2,60}(?:,|\s[—–-])\s+(?i:the|a|an|its|their)\s+"
                              r"([^,]{3,100})")

#: A colon or a spaced dash: either side can say a phrase is minor.
_COLON_OR_DASH = re.compile(r":\s|\s[—–-]\s")

#: "and" before a second, plural thing launched: the first one is read.
_AND_A_PLURAL = re.compile(r"\s+and\s+(?=(?-i:[A-Z])[a-z]+s\b)")

#: One word only a name is ("IgnitionX", "HRVerse").
_COINED_WORD = re.compile(r"(?-i:[A-Z][a-z]+[A-Z][\w]*|[A-Z]+[a-z]+[A-Z][\w]*|"
                          r"[A-Z]{2,}[a-z]{2,}\w*)")

#: Where what is launched ends: its purpose, a clause, a colon or a dash.
_UP_TO_PURPOSE = re.compile(
    r"\s+(?:to|that|which|designed|aimed|built|powered|featuring|as|for|"
    r"with)\s+|"
    r"\s*[,;:]\s+|\s+[—–-]\s+")

#: Two things joined: the first decides.
_AND = re.compile(r"\s+(?:and|&)\s+")

#: Quotes and marks set aside before a phrase's words are read.
_QUOTES_AND_MARKS = re.compile(r"[“”\"'‘’:!.]")

