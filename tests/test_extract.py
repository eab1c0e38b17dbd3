from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalwatch.extract.funding import find_funding
from signalwatch.extract.hiring import HiringSettings
from signalwatch.extract.leadership import find_leadership, person_name
from signalwatch.extract.money import find_money
from signalwatch.extract.signals import hiring_from_postings, same_event
from signalwatch.extract.titles import function, is_executive, seniority
from signalwatch.types import Item

from .conftest import NOW


def _wire_item(title: str, summary: str) -> Item:
    """A feed item of a newswire, as the collector stores one."""
    return Item(id=1, source="wire", key="1", type="entry", title=title, url=None,
                summary=summary, published=NOW, updated=None, company=None, data={},
                first_seen=NOW, last_seen=NOW)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Acme raises $25M", 25e6, "USD"),
        ("a $1.2 billion round", 1.2e9, "USD"),
        ("€10 million seed", 10e6, "EUR"),
        ("£5.5m Series A", 5.5e6, "GBP"),
        ("CA$3M pre-seed", 3e6, "CAD"),
        ("raises 40 crore rupees", 4e8, "INR"),
        ("raised $500,000 in", 5e5, "USD"),
        ("US$ 12 million", 12e6, "USD"),
        ("a 2 million euros round", 2e6, "EUR"),
    ],
)
def test_money(text, amount, currency) -> None:
    (money,) = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["m", "bn", "k"]))
def test_decimal_amounts_are_exact(hundredths: int, scale: str) -> None:
    """"$8.2m" is 8,200,000 (8.2 * 1e6 in floats is 8199999.999999999): what a digest
    shows and what dedupes two reports of one round must be the amount written."""
    whole, part = divmod(hundredths, 100)
    (money,) = find_money(f"raises ${whole}.{part:02d}{scale}")
    factor = {"m": 10**6, "bn": 10**9, "k": 10**3}[scale]
    assert money.amount == float(hundredths * factor // 100)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # a local dollar written "$", its conversion in brackets: the conversion is sure
        ("Ficus has secured $28.35m (US$20m) in a series B round", 20e6, "USD"),
        ("Ficus raises $46.38 million (about US$32.5 million)", 32.5e6, "USD"),
        ("Ficus raises $5 million (~€4.6 million)", 4.6e6, "EUR"),
        ("Ficus raises S$28m (US$20m)", 28e6, "SGD"),  # (the first names its dollar)
    ],
)
def test_a_bare_dollar_then_its_conversion(text, amount, currency) -> None:
    assert (find_money(text)[0].amount, find_money(text)[0].currency) == (amount, currency)
    found = find_funding(text)
    assert found is not None and (found.amount, found.currency) == (amount, currency)


def test_a_bare_dollar_then_brackets_of_something_else_is_kept() -> None:
    assert [m.amount for m in find_money("Ficus raises $5m ($4m of it in equity)")] == \
        [5e6, 4e6]
    assert [m.amount for m in find_money("Ficus raises $5m (series A)")] == [5e6]


def test_a_round_of_a_few_dollars_is_a_scale_left_out() -> None:
    """"raising $111.5 in its Series B" (a newsletter's slip for $111.5 million) is a
    round with its amount untold, not a round of $111.50."""
    found = find_funding("Ficus raised $111.5 in its Series B round led by Gourd Capital.")
    assert found is not None and found.round == "series b" and found.amount is None
    assert find_funding("Ficus raises $500k pre-seed").amount == 500e3


@pytest.mark.parametrize("text", ["32% fewer rounds", "in 2024", "Fund III", "Rs 40"])
def test_not_money(text) -> None:
    assert find_money(text) == []


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["M", "B", "K"]))
def test_money_scales(number: int, scale: str) -> None:
    (money,) = find_money(f"raises ${number}{scale}")
    assert money.amount == number * {"K": 1e3, "M": 1e6, "B": 1e9}[scale]


@pytest.mark.parametrize(
    ("text", "subject", "round_", "amount", "investors"),
    [
        ("Acme Ventures leads $20M round in Foo", "Foo", "unknown", 20e6, ("Acme Ventures",)),
        ("Krafton leads Cashfree’s $53M funding at $700M valuation", "Cashfree", "unknown",
         53e6, ("Krafton",)),
        ("Lamna Capital fuels Woodgrove’s $19M funding to help boost AI deployments",
         "Woodgrove", "unknown", 19e6, ("Lamna Capital",)),
        ("Lamna Capital powers Woodgrove’s $19M Series A", "Woodgrove", "series a", 19e6,
         ("Lamna Capital",)),
        ("Breathe lands $21M Series B to predict battery performance", "Breathe", "series b",
         21e6, ()),
        ("Insurtech Bestow lands $120M Series D from Goldman Sachs, Smith Point Capital",
         "Insurtech Bestow", "series d", 120e6, ("Goldman Sachs", "Smith Point Capital")),
        ("ElevenLabs has raised a new round at $3B+ valuation led by ICONIQ Growth",
         "ElevenLabs", "unknown", None, ("ICONIQ Growth",)),
        ("Kiwi Labs raises £5.5m seed round led by Balderton Capital", "Kiwi Labs", "seed",
         5.5e6, ("Balderton Capital",)),
        ("Foo raises $10M to fund expansion", "Foo", "unknown", 10e6, ()),
        # the investors as the subject (a real newswire title)
        ("Agent Capital, Mitsubishi Tanabe Subsidiary Join $130 Million Series B for Swiss "
         "Startup GlycoEra", "Swiss Startup GlycoEra", "series b", 130e6,
         ("Agent Capital, Mitsubishi Tanabe Subsidiary",)),
        ("Sequoia participates in $20M Series A for Acme", "Acme", "series a", 20e6,
         ("Sequoia",)),
        # the investor as the subject, the company after "backs" or "investment in"
        ("Lamna backs grid provider Proseware in $10M seed round", "grid provider Proseware",
         "seed", 10e6, ("Lamna",)),
        ("Lamna is latest investor to back AV startup Proseware in $203M funding round",
         "AV startup Proseware", "unknown", 203e6, ("Lamna",)),
        ("Lamna is exploring rockets and has made its first investment into Proseware Space",
         "Proseware Space", "unknown", None, ("Lamna",)),
        # a round as the object of another verb, or as its company's noun phrase
        ("Proseware shakes up Africa’s B2B market with $20M Series A", "Proseware", "series a",
         20e6, ()),
        ("Proseware doubles valuation to $3.3B in $160M funding as it plans IPO", "Proseware",
         "unknown", 160e6, ()),
        ("Proseware’s $106M raise backs its shift to licensing", "Proseware", "unknown",
         106e6, ()),
        # a purchase in a second predicate is not the round's
        ("Hotel platform Proseware raises $14M, acquires rival Margie",
         "Hotel platform Proseware", "unknown", 14e6, ()),
        # money tapped; an investment confirmed; a lettered round; a platform's owner; a name
        # before an appositive that holds commas
        ("Proseware Fusion taps $36M in fresh funds for its reactor", "Proseware Fusion",
         "unknown", 36e6, ()),
        ("Proseware confirms ‘significant’ investment from Lamna, says CEO is leaving",
         "Proseware", "unknown", None, ("Lamna",)),
        ("Proseware’s $55M C round will help bring its tools to Europe", "Proseware",
         "series c", 55e6, ()),
        ("Proseware’s open source platform for robots revs up with $17M seed", "Proseware",
         "seed", 17e6, ()),
        ("Proseware, a data wrangler used by Lamna, Margie and Tesla, raises $100M",
         "Proseware", "unknown", 100e6, ()),
        # more verbs; the company a trend "helps"; a relative clause, a leading clause, a
        # first predicate with a verb the rules do not know; a rival's rumour apart
        ("Proseware CO2 cements $124M Series B to slash carbon", "Proseware CO2", "series b",
         124e6, ()),
        ("Proseware locks down $20M seed round for its motor", "Proseware", "seed", 20e6, ()),
        ("Vibe coding helps Proseware nab $200M at $2B valuation", "Proseware", "unknown",
         200e6, ()),
        ("Proseware Financial, which aims to be the Brex of Canada, lands US$48.5M Series B",
         "Proseware Financial", "series b", 48.5e6, ()),
        ("After raising $1 billion, fintech Proseware closes another $29 million",
         "fintech Proseware", "unknown", 29e6, ()),
        ("Proseware trains AI models on cheap GPUs and just raised $17.5M led by Lamna",
         "Proseware", "unknown", 17.5e6, ("Lamna",)),
        ("Proseware closes $185M round as rival Margie reportedly seeks $200M", "Proseware",
         "unknown", 185e6, ()),
        ("Yet another AI robotics firm lands major funding, as Proseware closes latest round",
         "Proseware", "unknown", None, ()),
        # an investment in a named company, no amount; total funding raised to an amount; a
        # subject that is "it"
        ("Lamna Ventures Invests in Proseware DAO to Accelerate Restaking",
         "Proseware DAO", "unknown", None, ("Lamna Ventures",)),
        ("Proseware Increases Total Funding to Over $27M through Strategic Follow-On Financing",
         "Proseware", "strategic", 27e6, ()),
        ("Proseware puts fax machines back in vogue using AI, as it secures $18m from Lamna",
         "Proseware", "unknown", 18e6, ("Lamna",)),
        # a fund named as the investor; investments co-led; money closed "on"
        ("Proseware raises series A from M12, Lamna Venture Fund to Transform Care",
         "Proseware", "series a", None, ("M12", "Lamna Venture Fund")),
        ("Proseware Chain Secures New Investments Co-led by Lamna Group and Margie Labs",
         "Proseware Chain", "unknown", None, ("Lamna Group", "Margie Labs")),
        ("Proseware Focus Closes on $7M to Advance Its Chicken Concept", "Proseware Focus",
         "unknown", 7e6, ()),
        # a verb's word inside a name; a parent and its unit; a name before a participle; a
        # hyphenated descriptor; a column's name before a dash; a grant awarded
        ("AAPI-Owned Three Ships Beauty Raises $2.5 Million", "Three Ships Beauty", "unknown",
         2.5e6, ()),
        ("Proseware Global Holdings, Inc. & Subsidiary Proseware International, Inc. Raises $23 "
         "Million in Funding", "Proseware Global Holdings, Inc.", "unknown", 23e6, ()),
        ("STYLE Proseware building to empower Gamers Closes $2.5M Seed", "STYLE Proseware",
         "seed", 2.5e6, ()),
        ("420 with CNW — Proseware Receives $6.7M Grant to Study Cannabis", "Proseware",
         "grant", 6.7e6, ()),
        ("Proseware Medical Center Awarded Grant to Implement a Security System",
         "Proseware Medical Center", "grant", None, ()),
        # a round disclosed; a possessive round with no amount; an investor named before
        # "Investment"; growth only as a round's kind
        ("Proseware Discloses $2.2 Million in Pre-Seed Funding, Giving Teams Visibility",
         "Proseware", "pre-seed", 2.2e6, ()),
        ("Bitcoin Builder Proseware Labs' Seed Round Led by Lamna Ventures",
         "Bitcoin Builder Proseware Labs", "seed", None, ()),
        ("NewsBreaks – Proseware AI Inc. (NASDAQ: PRSW) Secures Lamna Investment, IBM Amendment",
         "Proseware AI Inc. (NASDAQ: PRSW)", "unknown", None, ()),
        ("Proseware Raises $10M in Growth Capital from Lamna", "Proseware", "growth", 10e6,
         ("Lamna",)),
        # a round concluded; a firm whose name starts with "Token"; "The X Company" is a name
        ("Proseware Concludes $5.2 Million Funding Round, Led by Lamna", "Proseware", "unknown",
         5.2e6, ("Lamna",)),
        ("Token Proseware just raised $20M to stop them.", "Token Proseware", "unknown", 20e6,
         ()),
        # a grant won; money into a unit named after "in"; a listed company's grant and its
        # investor's investment still count; an investee in camel case
        ("Proseware Wins California Energy Commission $5.8M Grant for an EV Lab",
         "Proseware", "grant", None, ()),
        ("LAMNA SECURES FULL US$10M INVESTMENT IN PROSEWARE FROM EMIRATES INVESTMENT OFFICE",
         "PROSEWARE", "unknown", 10e6, ("EMIRATES INVESTMENT OFFICE",)),
        ("NewsBreaks – Proseware Ltd. (NYSE American: PRSW) Secures DoD Grant to Advance Research",
         "Proseware Ltd. (NYSE American: PRSW)", "grant", None, ()),
        ("NewsBreaks – Proseware Inc. (TSXV: PRSW) Secures Definitive $18.4M DoD Award to Build",
         "Proseware Inc. (TSXV: PRSW)", "unknown", 18.4e6, ()),
        # a purpose after the investee is the round's, not the investor's own spending
        ("Lamna Ventures Invests in Babylon to Advance Trustless Bitcoin Staking", "Babylon",
         "unknown", None, ("Lamna Ventures",)),
    ],
)
def test_funding(text, subject, round_, amount, investors) -> None:
    c = find_funding(text)
    assert c is not None
    assert (c.subject, c.round, c.amount, c.investors) == (subject, round_, amount, investors)


@pytest.mark.parametrize(
    "text",
    [
        "Foo acquires Bar for $50M",
        "Foo lays off 20% of staff after raising $10M",
        "Hitachi Ventures raises $400M fund to invest in everything",
        "Construct Capital raises $300M fund for defense and manufacturing tech",
        "Cursor in talks to raise at a $10B valuation",
        "CoreWeave prices its IPO to raise at least $2.2 billion",
        "Rocket Lab backer Outset raises $25M to fund New Zealand’s deep tech moonshots",
        "Substack introduces a $20M funding guarantee to entice creators",
        "Perplexity offers to buy Chrome for billions more than it’s raised",
        "A nonprofit is using AI agents to raise money for charity",
        # an investor's own fund, with no round word; a list; advice
        "New York powerhouse VC Lamna Partners nabs another $12.5B after $8B in exits",
        "Lamna Ventures sticks to its diversity strategy, raises $208M",
        "After a string of successes, early-stage fund Lamna raises fresh $900M",
        "Every fusion startup that has raised over $100M",
        "How to actually raise a seed round: advice from top investors",
        "Proseware taps Lamna to manage its robotaxi fleet in Dallas",
        "Amid a tech boom, a prominent seed-stage firm locks down €75 million",
        "Lamna closes $650 million for new India fund",
        # money won for a client; a listed company's equity placement; no company named
        "Lamna & Associates P.C. Secures $1.5 Million for Victim of Crash with Squad Car",
        "NewsBreaks – Lamna Pharmaceuticals (NASDAQ: LMNA) Secures $3M Equity Investment",
        "The Lamna Bank Fund invests in Mississippi community bank advancing homeownership",
        # patents, licences, recoveries, project financing, a ranking; a grant given; an
        # investment only considered; an investor's own spending; an adviser's financing
        "Lamna BioPharma Secures an Additional Patent for Its $32 Billion Market",
        "Lamna Group (OTC: LMNA) Secures Exclusive Licensing Agreement With Proseware Beer",
        "Lamna Law Secures $3,250,000 Recovery for Workplace Injury Victim",
        "Lamna Corp. Announces $100 Million Project Financing from Proseware Group",
        "Dr. Jane Roe Announces Prestigious Grant for Aspiring Healthcare Professionals",
        "Lamna's SpaceX might invest $2 billion in Proseware",
        "Lamna says it'll invest 'at least' $11B to expand data center infrastructure in Georgia",
        "Lamna Canada Advises Tiny Ltd. on an Acquisition and Co-Leads C$56.1M in Financing",
        "Lamna Gold Corp. (CSE: LMNA) Closes C$3.45M Financing to Advance Its Project",
        # an investment MOU; an equity offering; a construction loan; customer financing;
        # funding for a programme's participants; money raised at a gala; a public body's
        # grant; a listed company's convertible note
        "Lamna Secures $1 Million Strategic Investment MOU with Proseware Ventures",
        "Lamna Quantum Inc. (NYSE: LMNA) Secures $400 Million in Equity Offering",
        "The Lamna Palm Beach Secures $62.5 Million Pre-Construction Loan",
        "Lamna Roofing Announces Expanded Financing Options to Help Homeowners",
        "Lamna Care Announces Specialized Day Center Funding for New Participants",
        'LAMNA CHICAGO RAISES MORE THAN $1 MILLION AT ITS "A MIND IS" GALA',
        "Lamna Department of Development Awarded Grant from Proseware Alliance",
        "NewsBreaks – LamnaPays, Inc. (Nasdaq: LMNA) Secures $7M Convertible Note to Fuel Growth",
        # corporate finance that is no venture round; an analyst's price target; a wish;
        # a VC firm's own funding "to support growth"; a meme token's grant
        "Lamna Secures $14.91 Million Refinancing for Hilton Garden Inn Green Bay",
        "Lamna Capital Advisory Closes $12 Million Bridge Loan for Class A Multifamily Project",
        "Lamna Entertainment Closes $900 Million Senior Secured Credit Facility",
        "Lamna Metals Corp Lands Strategic Offtake Deal with Proseware for Tanbreez",
        "Lamna Pharmaceuticals Secures $1 Million At $7 Per Share In Restricted Stock Deal",
        "NewsBreaks – Lamna Group Inc. (NASDAQ: LMNA) Price Target Raised to $12",
        "Trump Now Wants Retirement Funds to Invest in Crypto",
        "Lamna Ventures adds Jane Roe to team, receives fresh funding to support growth",
        "Aptos-based meme token LAMNA Receives grant funding and on the path to contend",
        "Lamna Management has secured an astounding €100M+ in Humanitarian Funding for Proseware",
        # a surname that is a verb; a giver's grant awards; a charity's ride; an allocation;
        # a financing strategy; a project's facility; a listed company's share sale; a
        # market invested in; a list's "Recently Secured Funding"
        "Dr. John Won Oral Surgeon Announces Grant for Healthcare Students Nationwide",
        "Governor Roe Announces State Grant Awards to Support Smart Manufacturing Efforts",
        "Lamna Foundation (LF) Raises More than $110,000 During 250-Mile Fundraising Ride",
        "Lamna New Markets Awarded $50 million in 2023 Allocation Round",
        "LMNA Withdraws S-1, Announces Shift to More Flexible Financing Strategy",
        "NewsBreaks – Lamna Corp. (CSE: LMNA) Secures Up to C$9 Million Facility to Advance "
        "Montauban Project",
        "Lamna Group Raises $90 million on Strong Stock Performance",
        "Lamna Invests EUR 15 mn to Strengthen Position in the Hygiene Market",
        "Poster Presentations, Upcoming Trials, Recently Secured Funding And More: Lamna’s Plans",
        # from press_blind11: money for an upgrade, in another's treasury framework; a
        # DeFi contribution round; charity; an advertising commitment; advisers retained
        "Lamna Invests $3 Million for Platform Upgrade Including New Design",
        "Lamna House Invests $4 Million in Proseware’s Dogecoin Treasury Framework",
        "ETH Restaking Protocol Lamna Raises $5.2M in Contribution Round",
        "Bank Leaders Paddle for a Cause, Helping Raise More Than $200,000 for Childhood Cancer",
        "Lamna Secures $100 Million Advertising Commitment From Proseware",
        "NewsBreaks – Lamna, Inc. Retains Proseware & Co. to Lead $40M Capital Raise for Expansion",
        # from press_blind12: at-the-market sales, a listing decision, a loan to build, a
        # token or a cashtag, a description raising
        "Lamna Therapeutics Secures $6.6 Million Through At-The-Market Stock Sales in July",
        "Lamna, Inc. Announces Nasdaq Hearings Panel's Grant of the Company's Request",
        "Lamna BLOX Lands $1.15 Billion Green Loan to Develop Atlanta Data Center Campus",
        "AI project Lamna token announces reaching USD 2 million in seed round",
        "Lamna Raises 12 Million in a Strategic Venture Capital Round via $TREAT",
        "Industrial Automation Innovator Secures Strategic Growth Financing from Lamna & Co.",
        # a listed company's facility, sale or bare sum; a dividend; a deal of another kind;
        # money before any name
        "NewsBreaks – Lamna Software Inc. (NASDAQ: LMNA) Secures $60M Credit Facility",
        "NewsBreaks – Lamna Labs Inc. (NASDAQ: LMNA) Closes $23.6M Sale to Focus on Core Lines",
        "NewsBreaks – Lamna Energy Ltd. (NASDAQ: LMNA) Secures $4.5 Million and Extends Campaign",
        "Lamna Maritime (NASDAQ: LMNA) Raises Dividend Following Record-Breaking Q2 Results",
        "Lamna Holdings Inc. Secures $31M Hotel Deal, $80M AI-Robotics Push",
        "$10 Million Investment Secured! Lamna Becomes the First AI Mining Company to Raise",
        "Lamna USA Closes on Lamna Mesquite, a $36 Million Multifamily Community in Mesquite, TX",
        # from press_blind13: a purchase after "including" (no investor), charity events,
        # campaigns and beneficiaries, a charity or a downtown invested in, an incubation
        "Ficus Announces Strategic Collaboration with Gourd including the Acquisition of $10M of "
        "GRD",
        "Lamna Atlanta Golf Classic Raises $130,000",
        "Ficus and Gourd Campaign Raises $378,000 for the Atlanta Community Food Bank",
        "Ficus Raises $50,000 for the Lamna County Humane Society",
        "National Nonprofit Ficus Love Invests in Humane Society Lamna Valley to Save Pets",
        "Ficus Equity Partners Invests in Downtown Lamna with 208 River Ave Purchase",
        "Ficus Announced the Incubation of Gourd Pre-Seed | The New Frontier in Gaming",
        # from press_blind14: grants given to people, a grant's recipients, a raise for those
        # a charity serves, a grant to a nonprofit kind or to a purpose
        "Dr. Jane Roe Announces Nationwide Grant Supporting Student Athletes' Goals",
        "Lamna Community Foundation Announces 27 Catalyst Grant Recipients Championing Art",
        "Ficus Marks 30 Years, Raises $31,000 For Boys & Girls Clubs",
        "Ficus Raises $40,000 for Lamna Children's Hospital in Memphis",
        "LAMNA AWARDS $7 MILLION GRANT TO FICUS WEST COMMUNITY DEVELOPMENT CORPORATION",
        "Lamna Foundation Awards $228,641 Vision Grant to Expand and Equip a Clinic",
        # from news_blind8: a person described, not a company named
        "A 24-year-old who exited his first company to Lamna raises $3M for his next venture",
        "A 25-year-old police drone founder just raised $75M led by Index",
        # from press_blind17: a doctor by name announcing a grant gives it; a nonprofit's
        # raise
        'Dr. John Roe Announces the "Healthcare Made-Easy Grant" to Support Innovators',
        "Lamna Inside Nonprofit Launches New Website, Raises $7K in May, and Expands Services",
        # from news_blind10: people described, no company named
        "Ex-Lamna engineer raises $14M for AI-powered customer service software",
        "One of Europe’s top AI researchers raised a $13M seed to crack the models",
        "Lamna valued at $2B",
        # from press_blind21: an adviser group joining with its clients' assets
        "Lamna Planning Group Joins Ficus From Gourd Financial With $110 Million in Client "
        "Assets",
        # a round begun with no investor named is an intention
        "Ficus Launches Seed Round to Fund Its Growth",
        # a valuation taken, no raise told; revenue booked
        "Lamna’s Ficus nabs $9.9B valuation, soars past $500M ARR",
        "Ficus books $75M in revenue",
    ],
)
def test_not_funding(text) -> None:
    assert find_funding(text) is None


@pytest.mark.parametrize(("text", "subject", "round_", "amount", "investors"), [
    # the giver first, the company after "to" (press_blind14, press_blind12)
    ("Lamna Hub Approves $1 Million Grant to Ficus Factory for Quadratic Funding Initiative",
     "Ficus Factory", "grant", 1e6, ("Lamna Hub",)),
    ("Lamna Foundation Awards Contributor Grant to Ficus for ZK Hardware Acceleration",
     "Ficus", "grant", None, ("Lamna Foundation",)),
    ("Lamna Awards $2M in Funding to Ficus Labs to Scale Battery Recycling",
     "Ficus Labs", "unknown", 2e6, ("Lamna",)),
    # capital raised without an amount; a raise for a company's own platform
    ("Ficus Raises New Capital to Help Platforms Reach Their Potential", "Ficus", "unknown",
     None, ()),
    ("Ficus Raises $3M Seed for Platform Serving Families", "Ficus", "seed", 3e6, ()),
    ("Ficus Raises $3M for Software for Schools", "Ficus", "unknown", 3e6, ()),
    # from news_blind8: what the investee is before its name; an amount "in new funding"
    ("Jane Roe invests in wedding marketplace Ficus", "wedding marketplace Ficus", "unknown",
     None, ("Jane Roe",)),
    ("Ficus moves remittances further into Asia and Europe with $53M in new funding", "Ficus",
     "unknown", 53e6, ()),
    # a round begun with its anchor or lead investor named (press_blind14)
    ("Ficus Commences First Funding Round with Lamna Labs as Anchor Investor", "Ficus",
     "unknown", None, ("Lamna Labs",)),
    ("Ficus Opens Series A Round Anchored by Lamna Ventures", "Ficus", "series a", None,
     ("Lamna Ventures",)),
    # from news_blind9: cash raised, a clause before the subject, a round booked, money
    # added to a named round; a valuation told with its round
    ("As account-to-account payments startups falter, Ficus raises fresh cash", "Ficus",
     "unknown", None, ()),
    ("Lamna-backed code review platform Ficus raises cash",
     "Lamna-backed code review platform Ficus",
     "unknown", None, ()),
    ("Hotel management platform Ficus books $75M round led by Lamna Global",
     "Hotel management platform Ficus", "unknown", 75e6, ("Lamna Global",)),
    ("Ficus adds another $44 million to its Series B", "Ficus", "series b", 44e6, ()),
    ("Ficus lands $1B valuation in new round", "Ficus", "unknown", None, ()),
    # from press_blind17: equity raised; a second predicate's news is not the round's
    ("Ficus Raises Fresh Equity, Refinances Debt in Profitable Push", "Ficus", "unknown",
     None, ()),
    ("Ficus Raises $5M Seed Round, Signs Contract with Lamna", "Ficus", "seed", 5e6, ()),
    # from news_blind10: a person raised for the company named after "for", or for the
    # company they are of; money taken at a valuation; a round told by its valuation
    ("Lamna vet raises $8M for Ficus to bring AI agents to group chats", "Ficus", "unknown",
     8e6, ()),
    ("Ficus’s 20- and 22-year-old founders raise $17M led by Lamna", "Ficus", "unknown",
     17e6, ("Lamna",)),
    ("Ficus keeps on truckin’ with $80M at $830M valuation for its insurance", "Ficus",
     "unknown", 80e6, ()),
    ("Ficus adds $32M at a $500M+ valuation to build AI tech", "Ficus", "unknown", 32e6, ()),
    ("Ficus valued at $2B in new funding", "Ficus", "unknown", None, ()),
])
def test_grants_given_to_a_company_and_capital_raised(text, subject, round_, amount,
                                                      investors) -> None:
    c = find_funding(text)
    assert c is not None
    assert (c.subject, c.round, c.amount, c.investors) == (subject, round_, amount, investors)


@pytest.mark.parametrize(
    ("text", "subject", "amount"),
    [
        ("Harvey reportedly in discussions to raise $250M at $5B valuation", "Harvey", 250e6),
        ("ElevenLabs has raised a new round at $3B+ valuation led by ICONIQ Growth, sources say",
         "ElevenLabs", None),
        ("Atlas Freight is in early talks to raise $80M", "Atlas Freight", 80e6),
        ("Acme is raising $20M, according to people familiar with the matter", "Acme", 20e6),
        ("Globex is said to have raised $15M Series A", "Globex", 15e6),
    ],
)
def test_a_reported_round_is_a_rumour(text, subject, amount) -> None:
    """Issue #13: kept, with the company and terms read, but marked as a rumour."""
    c = find_funding(text)
    assert c is not None and c.rumour
    assert (c.subject, c.amount) == (subject, amount)
    assert c.sentence == text
    assert not find_funding("Harvey raises $250M at $5B valuation").rumour


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ramp appoints Jane Doe as Chief Revenue Officer",
         [("Ramp", "Jane Doe", "Chief Revenue Officer", "revenue", "c-level", "joined")]),
        ("Former CRO of Bar joins Foo as CEO",
         [("Foo", None, "CEO", "general management", "c-level", "joined")]),
        ("TransLogic Promotes Jeff Huntington to VP of Engineering for North America",
         [("TransLogic", "Jeff Huntington", "VP of Engineering for North America",
           "engineering", "vp", "promoted")]),
        ("Acme CFO Maria Chen steps down",
         [("Acme", "Maria Chen", "CFO", "finance", "c-level", "departed")]),
        ("Taylor Carr Named President of Allied Universal Technology Services",
         [("Allied Universal Technology Services", "Taylor Carr", "President",
           "general management", "c-level", "joined")]),
        ("SmartBear Appoint Kelly Wenzel as CMO and Martin Musierowicz as CRO",
         [("SmartBear", "Kelly Wenzel", "CMO", "marketing", "c-level", "joined"),
          ("SmartBear", "Martin Musierowicz", "CRO", "revenue", "c-level", "joined")]),
    ],
)
def test_leadership(text, expected) -> None:
    got = [(c.company, c.person, c.title, c.function, c.seniority, c.change)
           for c in find_leadership(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maple Data appoints John Smith to its Board of Directors",
        "Former Cisco Systems COO Maria Martinez Appointed to Alkira Advisory Board",
        "Acme names new office in Paris",
        # a board seat by another verb; a speaker welcomed to an event; a CEO joining a
        # board is no departure
        "Meta adds Stripe CEO Jane Doe and John Roe to its board",
        "Acme Sessions welcomes Tanka CEO Jane Doe to talk AI-native startups",
        "Stripe CEO Jane Doe is joining Meta’s board of directors",
        "Jane Doe, CEO of Wingtip, is joining our StrictlyVC London lineup",
        # a partner hired into a firm's practice is no executive change
        "Jane R. Roe named Partner at The Wingtip Law Group, P.A.",
        "Wingtip LLP Welcomes Jane Roe as New Partner, Spearheading Injury Practice",
    ],
)
def test_board_and_advisors_are_not_hires(text) -> None:
    assert find_leadership(text) == []


@pytest.mark.parametrize(
    ("title", "fn", "level"),
    [
        ("Chief Revenue Officer", "revenue", "c-level"), ("VP Sales", "sales", "vp"),
        ("Head of RevOps", "revenue", "head"), ("Director of Procurement", "operations", "head"),
        ("Vice President", None, "vp"), ("CMO", "marketing", "c-level"),
        ("Senior Software Engineer", "engineering", None),
        ("Customer Success Manager", "customer success", None),
    ],
)
def test_titles(title, fn, level) -> None:
    assert (function(title), seniority(title)) == (fn, level)


def test_is_executive() -> None:
    assert is_executive("Chief Executive Officer")
    assert not is_executive("Member of the Board of Directors")
    assert not is_executive("Senior Software Engineer")
    # an investment firm's operating or venture partner, and a director "on" a team (a
    # grade in it), are no officers of a function; a firm's managing partner leads it
    assert not is_executive("Operating Partner")
    assert not is_executive("venture partner supporting the investment team")
    assert not is_executive("director on the investment team")
    assert is_executive("Managing Partner")
    assert is_executive("Director of Sales")
    assert seniority("Operating Partner") == "head"  # (senior evidence, for job boards)


def test_person_name() -> None:
    assert person_name("Veteran Fintech Executive Kyle Zasky") == "Kyle Zasky"
    assert person_name("Ex-Salesforce VP Kenn Van Hauen") == "Kenn Van Hauen"
    assert person_name("Former CRO of Bar") is None


def test_same_event() -> None:
    a = {"round": "series a", "amount_usd": 25e6}
    assert same_event("funding", a, {"round": "unknown", "amount_usd": 25.5e6})
    assert not same_event("funding", a, {"round": "series b", "amount_usd": 25e6})
    assert not same_event("funding", a, {"round": "series a", "amount_usd": 60e6})
    assert same_event("leadership", {"person": "Jane Doe", "change": "joined"},
                      {"person": "JANE DOE", "change": "joined"})
    assert not same_event("leadership", {"person": "Jane Doe", "change": "joined"},
                          {"person": "Jane Doe", "change": "departed"})


def _posting(i: int, title: str, dept: str, days_ago: float, closed: bool = False) -> Item:
    when = NOW - timedelta(days=days_ago)
    return Item(id=i, source="greenhouse:acme", key=f"job:{i}", type="posting", title=title,
                url=f"https://jobs.example/{i}", summary="", published=when, updated=None,
                company="Acme", data={"department": dept}, first_seen=NOW, last_seen=NOW,
                account_id="acme", closed_at=NOW if closed else None)


def test_hiring_surge_against_baseline() -> None:
    postings = [_posting(i, "Account Executive", "Sales", 3 + i) for i in range(6)]
    postings += [_posting(10 + i, "Account Executive", "Sales", 30 + 20 * i) for i in range(4)]
    postings += [_posting(20 + i, "Software Engineer", "Engineering", 5 + i) for i in range(2)]
    postings += [_posting(30, "VP of Sales", "Sales", 2)]
    signals = hiring_from_postings("acme", postings, now=NOW, settings=HiringSettings())
    kinds = {(s.attributes["department"], s.attributes["type"]) for s in signals}
    assert kinds == {("sales", "surge"), ("sales", "senior")}
    surge = next(s for s in signals if s.attributes["type"] == "surge")
    # 7 recent sales postings (incl. the VP) against 4 in 84 days = 1 per 21 days
    assert (surge.attributes["recent"], surge.attributes["baseline"],
            surge.attributes["growth"], surge.attributes["openings"]) == (7, 1.0, 6.0, 11)
    assert not surge.history


def test_no_surge_at_a_steady_pace() -> None:
    postings = [_posting(i, "Account Executive", "Sales", 5 * i + 1) for i in range(21)]
    assert [s for s in hiring_from_postings("acme", postings, now=NOW,
                                            settings=HiringSettings())
            if s.attributes["type"] == "surge"] == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Team Lead, Security", None), ("Tech Lead", None), ("Security Engineering Intern", None),
    ("Executive Assistant to the CEO", None), ("Chief of Staff", None),
    ("Junior Account Executive", None), ("Graduate Software Engineer", None),
    ("Partner Manager", None), ("Summer Intern - Office of the CFO", None),
    ("Chief Revenue Officer", "c-level"), ("CRO", "c-level"), ("President", "c-level"),
    ("Vice President of Sales", "vp"), ("Assistant Vice President", "vp"),
    ("Managing Director", "vp"), ("Head of Growth", "head"), ("Director of Engineering", "head"),
    ("Associate Director, Marketing", "head"), ("General Partner", "head"),
    ("Managing Partner", "head"), ("Tax Partner", None), ("Partner", None),
    ("Global Leader of Health & Benefits", "head"),
    ("chief executive", "c-level"), ("Group Chief Executive", "c-level"),
    ("Executive Assistant to the Chief Executive", None), ("Chief Scientist", "head"),
    # a university's dean or provost leads a school or its faculties; a student's list no
    ("Dean of the School of Business", "head"), ("Provost", "head"), ("Dean's List", None),
])
def test_seniority_from_the_title_taxonomy(title: str, expected: str | None) -> None:
    from signalwatch.extract.titles import seniority

    assert seniority(title) == expected


def test_interns_are_no_surge_and_never_its_evidence() -> None:
    interns = [_posting(i, "Security Intern", "Security", 1 + i) for i in range(8)]
    assert hiring_from_postings("acme", interns, now=NOW, settings=HiringSettings()) == []
    postings = [_posting(i, "Security Engineer", "Security", 5 + i) for i in range(5)]
    postings += [_posting(40, "Junior Security Analyst", "Security", 1),
                 _posting(41, "Security Intern", "Security", 0.5)]
    surge = next(s for s in hiring_from_postings("acme", postings, now=NOW,
                                                  settings=HiringSettings())
                 if s.attributes["type"] == "surge")
    assert surge.attributes["recent"] == 6  # the intern is not counted
    assert surge.evidence[0].title == "Security Engineer"  # the newest above junior level
    assert "usual" not in surge.evidence[0].sentence or "on average" in surge.evidence[0].sentence


@pytest.mark.parametrize(("title", "kind"), [
    ("Harvey reportedly in discussions to raise $250M at $5B valuation", "funding"),
    ("Harvey appoints Jane Doe as Chief Revenue Officer, people familiar with the matter say",
     "leadership"),
])
def test_rumours_are_signals_under_the_alerting_floor(title: str, kind: str) -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    item = Item(id=1, source="news", key="1", type="entry", title=title, url=None, summary="",
                published=NOW, updated=None, company=None, data={}, first_seen=NOW,
                last_seen=NOW)
    found = signals_from_item(item, Matcher([Account("h", "Harvey")]), rates={}, floor=0.8,
                              now=NOW)
    assert [(s.kind, s.account_id, s.attributes.get("rumour")) for s in found] == [
        (kind, "h", True)]
    assert found[0].confidence < 0.8


@pytest.mark.parametrize(("text", "expected"), [
    # real headlines (TechCrunch feed snapshots and newswire titles in the shared data)
    ("Epic Games acquires Loci to introduce automated 3D tagging",
     [("acquisition", "Epic Games"), ("acquired", "Loci")]),
    ("Food delivery startup Wonder acquires media company Tastemade for $90M",
     [("acquisition", "Wonder"), ("acquired", "Tastemade")]),
    ("Hiber Acquires Srett Industrie", [("acquisition", "Hiber"), ("acquired", "Srett Industrie")]),
    ("Intelagen Partners with Google Looker to Deliver Business Insights",
     [("partnership", "Intelagen"), ("partnership", "Google Looker")]),
    ("WordPress maker Automattic lays off 16% of staff",
     [("layoffs", "Automattic")]),
    ("Google launches a new Pixel Journal app", [("product_launch", "Google")]),
    # the rest of the class
    ("Notion is acquired by Salesforce for $1B",
     [("acquired", "Notion"), ("acquisition", "Salesforce")]),
    ("Figma confidentially files for IPO", [("ipo_filing", "Figma")]),
    ("Klarna files F-1 for U.S. IPO", [("ipo_filing", "Klarna")]),
    ("Snowflake cuts full-year product revenue forecast", [("guidance_cut", "Snowflake")]),
    ("Acme misses Wall Street revenue estimates as demand slows",
     [("missed_targets", "Acme")]),
    ("Stripe expands into India", [("expansion", "Stripe")]),
    ("Ramp opens new office in London", [("expansion", "Ramp")]),
    ("Gong cuts 7% of workforce", [("layoffs", "Gong")]),
    # what is launched is read up to the clause that says what for (a "guide" or a
    # "campaign" there is not the product); retail lines count as products
    ("Northwind Launches AI Assistant to Guide Claims Adjusters", [
        ("product_launch", "Northwind")]),
    ("Contoso Unveils Autumn Knitwear Collection Featuring Recycled Wool", [
        ("product_launch", "Contoso")]),
    ("Fabrikam Introduces Managed Backup Services for Small Clinics", [
        ("product_launch", "Fabrikam")]),
    # joint ventures and "welcomes B as a partner": both sides
    ("Tailspin and Wingtip Announce Launch of Joint Venture", [
        ("partnership", "Tailspin"), ("partnership", "Wingtip")]),
    ("Litware Welcomes Proseware as Official Technology Partner", [
        ("partnership", "Litware"), ("partnership", "Proseware")]),
    # a line of business taken to a place
    ("Adatum Expands Fleet Maintenance Services in Lisbon", [("expansion", "Adatum")]),
    ("Adatum Expands Its Field Services Across Texas", [("expansion", "Adatum")]),
    # a partnership agreement names its partner; a product launched on a store; a passive
    # launch names its launcher after "by"
    ("Margie Signs Partnership Agreement With Trey Research", [
        ("partnership", "Margie"), ("partnership", "Trey Research")]),
    ("Lamna Launches on the App Store and Google Play", [("product_launch", "Lamna")]),
    ("Invoice Autopilot Launched by Alpine Ski House", [("product_launch", "Alpine Ski House")]),
    ("New Website Launched by Alpine Ski House", []),
    # a model name; what an appositive says the launched thing is; a joint launch
    ("Lamna Launches the Aero Band 2", [("product_launch", "Lamna")]),
    ("Lamna Unveils the 2025 Industry Report", []),
    ("Lamna Launches ClaimIQ, the First AI-Driven Platform for Insurers",
     [("product_launch", "Lamna")]),
    ("Lamna and Trey Research Launch The Cash Calculator to Help Savers",
     [("product_launch", "Lamna"), ("product_launch", "Trey Research")]),
    ("iLamna Launches the Aero Band 2", [("product_launch", "iLamna")]),
    # a unit acts for its company; a legal suffix after a comma; a partner not yet named
    ("Litware Corporation's Nova Division Partners With Proseware, Expanding Reach", [
        ("partnership", "Litware Corporation"), ("partnership", "Proseware")]),
    ("Newsbreaks – Litware, Inc. (OTC: LTW) Subsidiary Partners With Proseware to Grow", [
        ("partnership", "Litware, Inc."), ("partnership", "Proseware")]),
    ("Litware Expands Portfolio Through New Strategic Partnership",
     [("partnership", "Litware")]),
    # a label before the company; the clause after a lead-in and a colon; a second
    # predicate; services for someone in a place, or nationwide
    ("Media Advisory: Litware Partners With Proseware to Host a Summit", [
        ("partnership", "Litware"), ("partnership", "Proseware")]),
    ("New Holding Enters the Rental Market: Litware Acquires Proseware in a Big Deal", [
        ("acquisition", "Litware"), ("acquired", "Proseware")]),
    ("Litware Secures Hospital Contracts and Expands Its EHR Services Nationwide",
     [("expansion", "Litware")]),
    ("Litware, Inc. Expands Installation Services for Window Contractors in Monterey, CA",
     [("expansion", "Litware, Inc.")]),
    ("Lamna Announces the Launch of the MX-2 Midrange Disc", [("product_launch", "Lamna")]),
    # a concept car; a title-case purpose clause names nothing; a thing that grows
    ("Lamna Unveils Sports Car Concept to Boost Its EV Sales", []),
    ("Lamna Ranch Launches Rescue Resource Ranch to Support Dogs in Crisis", []),
    ("Litware Inc. (TSX: LTW): Alaska's Role Expands in Critical Minerals", []),
    # more ways to partner: a present participle, a suffix after a comma, two companies
    # entering one, a joint entity, a list of partners, partners after "with"
    ("Northwind, PA is partnering with Proseware to offer care", [
        ("partnership", "Northwind, PA"), ("partnership", "Proseware")]),
    ("Litware, Inc. and Proseware, LLC Enter Strategic VAR Partnership", [
        ("partnership", "Litware, Inc."), ("partnership", "Proseware")]),
    ("Litware and Proseware form LitPro—a partnership entity to build plants", [
        ("partnership", "Litware"), ("partnership", "Proseware")]),
    ("Litware, Proseware, Margie and Lamna Team Up to Launch a Studio", [
        ("partnership", "Litware"), ("partnership", "Proseware"), ("partnership", "Margie"),
        ("partnership", "Lamna")]),
    ("Litware Announces Strategic Partnerships with Proseware and Margie", [
        ("partnership", "Litware"), ("partnership", "Proseware"), ("partnership", "Margie")]),
    ("Litware Expands into Egypt Through Exclusive Distribution Agreement with Proseware", [
        ("expansion", "Litware"), ("partnership", "Litware"), ("partnership", "Proseware")]),
    ("Litware Deepens Ties with Proseware, Launches a Points Airdrop", [
        ("partnership", "Litware"), ("partnership", "Proseware")]),
    # more ways to launch: preparing for a launch, a product introduced by name first, a
    # "Company: Launching" headline, a feature with a place in its name, a trade mark
    ("Lamna Prepares for National Launch of AeroCalm(TM) Tea in Late Summer",
     [("product_launch", "Lamna")]),
    ("Introducing ZX-9: Lamna Powers the Future of Optical Networks",
     [("product_launch", "Lamna")]),
    ("Introducing Doggo: The Next Big Meme Token", []),
    ("Lamna: Launching Their AI-Driven Platform for Recruiters", [("product_launch", "Lamna")]),
    ("Lamna Introduces Industry-first Pay at Hotel Feature Across US Properties",
     [("product_launch", "Lamna")]),
    ("Groundbreaking Study Unveils the 528 Frequency as a Key to Life Extension", []),
    # a company out of stealth launches its first product
    ("Fabrikam Emerges From Stealth to Automate Claims With an AI Agent",
     [("product_launch", "Fabrikam")]),
    ("Why Founders Stay in Stealth Longer Than They Used To", []),
    # a wire's prefix and a list of tickers are no part of a name; a name with a dot in
    # it ends at a space, not at the dot; a trade mark after a partner's name
    ("TechNewsBreaks – Litware Ltd. (CSE: LTW) (OTCQX: LTWWF) (FSE: L1T) Expands Into "
     "Africa with Focus on Banks", [("expansion", "Litware Ltd.")]),
    ("Litware (LTW) Signs LOI to Acquire Proseware.AI to Advance Engagement",
     [("acquisition", "Litware"), ("acquired", "Proseware.AI")]),
    ("Lamna® Partners with Proseware® on First Ever Recycled Trainer",
     [("partnership", "Lamna"), ("partnership", "Proseware")]),
    # a minor word that only qualifies a product is no minor launch; one that names the
    # thing launched, or a token anywhere, is
    ("Lamna Unveils AI-Powered Video Analytics Platform, Revolutionizing Retail",
     [("product_launch", "Lamna")]),
    ("Lamna Introduces Premium Membership Program Offering Concierge Services", []),
    ("Lamna Introduces Game-Changing Airdrop Collection Mechanism", []),
    ("Lamna Launches Change Management Curriculum for Finance Teams", []),
    ("Lamna Launches Spectacular Black Friday Sale: Up to 50% Off", []),
    # a product named in quotes, or by one coined word
    ("Lamna Launches “Lamna-CONNECT” — A Concierge for Seniors", [("product_launch", "Lamna")]),
    ("Lamna Launches ClaimForge to Drive Precision Marketing", [("product_launch", "Lamna")]),
    # a person or a country is no account
    ("Acme Founder Launches $ROCKY Coin Platform on Base", []),
    ("Massachusetts-Based Advisor Jane Roe Launches Independent Platform", []),
    ("India Unveils First System Leveraging Quantum Computing", []),
    # more ways to partner: two that "have partnered", sign an MOU, extend a partnership,
    # with a third named; a partner named before the word; a person welcomed as partner
    ("Lamna and Proseware have Partnered to Enhance Patient Check-In", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna and Proseware Sign Strategic MOU to Launch Telecom Services in Canada", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna and Proseware Extend Multi-Year Partnership", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna & Proseware Announce Strategic Partnership With Margie Retail Association", [
        ("partnership", "Lamna"), ("partnership", "Proseware"),
        ("partnership", "Margie Retail Association")]),
    ("Lamna Expands AI Capabilities Through Proseware Partnership to Launch Agents", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna Expands Exclusive Proseware-Margie Partnership, Defining Car Finance", [
        ("partnership", "Lamna"), ("partnership", "Proseware-Margie")]),
    ("Lamna Expands Reach of Its Soda Through Proseware Retail Deal", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    # a wider footprint is an expansion (blind9's label of the same title; the partner,
    # described by its country only, is named by no one)
    ("Lamna Expands Global Footprint with Swiss Partnership", [("expansion", "Lamna")]),
    ("Lamna Law Welcomes Accomplished Litigator Jane Roe as New Partner", []),
    # a purchase behind a growth, a stake that gives control, an LOI; a property is no
    # company
    ("Lamna Expands Wealth Portfolio with Acquisition of Proseware Group", [
        ("acquisition", "Lamna"), ("acquired", "Proseware Group")]),
    ("Lamna Pediatrics Expands into Rock Hill with Addition of Margie Pediatrics", [
        ("acquisition", "Lamna Pediatrics"), ("acquired", "Margie Pediatrics"),
        ("expansion", "Lamna Pediatrics")]),
    ("Lamna Holdings to Acquire Majority Stake in Football Club Proseware", [
        ("acquisition", "Lamna Holdings"), ("acquired", "Football Club Proseware")]),
    ("Lamna Investments Acquires Historic Commodore Hotel from Proseware", []),
    ("Lamna Resources acquires Mt Vernon Mine, expects gold production", []),
    # new places: a location, counted locations, a national expansion, a named facility;
    # a fair opens nowhere
    ("Lamna Expands Territory With New Location in Buffalo, NY", [("expansion", "Lamna")]),
    ("LAMNA OPENS 27 NEW LOCATIONS AND ACHIEVES SALES GROWTH", [("expansion", "LAMNA")]),
    ("Lamna Dental Supply Announces National Expansion, Emerging as a Partner",
     [("expansion", "Lamna Dental Supply")]),
    ("Lamna opens Empax Centre to target care gaps", [("expansion", "Lamna")]),
    ("The Lamna International Optical Fair Opens in Early November", []),
    # a launch with no object: the company's own; not a website's, an unnamed product's
    ("Ruley Launches to Bring Instant Rule Clarity to Every Game", [
        ("product_launch", "Ruley")]),
    ("Lamna.com Launches: The Ultimate Portal for Insights", []),
    ("Revolutionary AI-Powered Wellness Platform Launches to Transform Habits", []),
    # who backs the subject is no part of it; securities and exploration are no products
    ("Lamna, Incubated by Proseware Labs, Set to Launch First AI Phone for Web3", [
        ("product_launch", "Lamna")]),
    ("Lamna Housing Trust Launches Preferred Stock Offering", []),
    ("Lamna Resources Unveils Strategic Exploration Plans for Gold Projects", []),
    # a list of partners keeps "&" inside a name; a firm's new partner is a hire; a
    # partnership as the subject; a name opening in lower case
    ("Ashby & Gabriel, Lamna, and Proseware partner to offer Services", [
        ("partnership", "Ashby & Gabriel"), ("partnership", "Lamna"),
        ("partnership", "Proseware")]),
    ("Lamna Insurance Names Jin Chang as Partner", []),
    ("Lamna and Proseware Partnership Elevates Agility for Supply Chains", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("tLamna and Proseware Partner to Bring Transparency to Voting", [
        ("partnership", "tLamna"), ("partnership", "Proseware")]),
    ("Lamna Announces Partnership with U.S. Figure Skater Jane Roe", [
        ("partnership", "Lamna")]),
    # a purchase named before the word; an event told as background; claims bought
    ("Lamna.com Expands Into Concerts With Proseware Ventures Acquisition", [
        ("acquisition", "Lamna.com"), ("acquired", "Proseware Ventures"),
        ("expansion", "Lamna.com")]),
    ("Lamna Resources Prepares for Operations at Recently Acquired Mt. Vernon Mine", []),
    ("Lamna Gold Corp. Expands Land Position with Acquisition of York Claims Adjacent "
     "to Its Project", []),
    # plural subjects, plans to expand, a first listing, a second predicate's own event
    ("Lamna Kitchen Experts Expand Across San Jose", [
        ("expansion", "Lamna Kitchen Experts")]),
    ("Lamna Dress for Less to Expand in the Detroit Area", [
        ("expansion", "Lamna Dress for Less")]),
    ("Lamna Therapeutics launches on ASX with a new formulation", [
        ("ipo_filing", "Lamna Therapeutics")]),
    ("Lamna Uniforms Acquires Proseware Linen, Expands with Second Facility in Toronto", [
        ("acquisition", "Lamna Uniforms"), ("acquired", "Proseware Linen"),
        ("expansion", "Lamna Uniforms")]),
    # a subject that runs past a predicate of its own; an online store is no place
    ("Lamna Provides Corporate Update including New Product Launches, Partner Wins", []),
    ("Lamna Unveils State-of-the-Art Online Store for Filters in El Paso, TX", []),
    # a hire "with the addition of" a person; an offering of shares; an event's partner;
    # the unit an announcement names; generic buyers; licences bought
    ("Lamna Law Expands Its Litigation Practice With the Addition of Jane Roe", []),
    ("Lamna Mining Launches Bought Deal Offering to Raise Up to C$10 Million", []),
    ("Lamna Integrates the Proseware Network and Joins Margie Season 6 as a Partner", []),
    ("Lamna Learning Named a 2024 Geo and Global Proseware Partner Award Finalist", []),
    ("Lamna announces subsidiary Proseware partners with Margie Tech to enhance cards", [
        ("partnership", "Proseware"), ("partnership", "Margie Tech")]),
    ("Asia-Based Private Equity Group Acquires Proseware Systems, Inc.", [
        ("acquired", "Proseware Systems")]),
    ("Lamna Corp. Expands Into Australia With Acquisition of Import Licenses", [
        ("expansion", "Lamna Corp.")]),
    # concrete goods are product lines; a version, a resource, support, a second thing
    ("Lamna Launches Kinky Curly Half Wig and Short Bob Glueless Wig", [
        ("product_launch", "Lamna")]),
    ("Lamna Unveils Invisible Display AI Glasses", [("product_launch", "Lamna")]),
    ("Lamna Announces Launch of Lamna Platform v25", []),
    ("Lamna Launches Tailored Support for New Trading Users", []),
    ("Lamna eSummit Unveils 2025 Agenda and First Speakers", []),
    ("Lamna Milk Bank Launches Cares Program and Marks 50 Years of Service", []),
    # a stake gives control only above half; rights and concessions are no company; a
    # purchase "with strategic acquisition" names none; a platform is no partner
    ("Lamna Holdings Acquires 19% Stake in Payment Institution Proseware", []),
    ("Lamna Holdings Acquires 51% Stake in Proseware", [
        ("acquisition", "Lamna Holdings"), ("acquired", "Proseware")]),
    ("Lamna Group Enters Into Agreement to Acquire Exclusive Rights to a Water Source", []),
    ("Lamna Resources acquires gold concessions from Proseware Metals", []),
    ("LAMNA EXPANDS PRESENCE IN DOWNTOWN NASHVILLE, TN WITH STRATEGIC ACQUISITION", [
        ("expansion", "LAMNA")]),
    ("Lamna Expands Clean-Energy Platform Through Partnership With Proseware", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    # a brand in lower case; a product line widened; a launch named as a noun; a company
    # launching with its funding
    ("lamna Introduces Lamnabox Lite: Growing the Audio Ecosystem", [
        ("product_launch", "lamna")]),
    ("Lamna Expands Reference Design Kit Portfolio with Industry-Specific Bundles", [
        ("product_launch", "Lamna")]),
    ("Lamna Health Expands Product Portfolio With Unveiling of Klotho Patch Wearables", [
        ("product_launch", "Lamna Health")]),
    ("Lamna Expands Portfolio with Investment in a Football Club", []),
    ("Lamna LLC Expands Cloud Services Portfolio with Integration of Proseware Consulting LLC", [
        ("acquisition", "Lamna LLC"), ("acquired", "Proseware Consulting LLC")]),
    ("Lamna Expands Patient Education With Integration of Lamna Academy Videos", []),
    ("Lamna Ltd. Acquires Proseware Shares as Part of a Market Campaign", []),
    ("Lamna Plans Geofenced Robotaxi Service Launch in Austin", [("product_launch", "Lamna")]),
    ("Lamna Bio launches with $1.2m funding to help scientists", [
        ("product_launch", "Lamna Bio")]),
    # a partnership forged, named as the subject, widened, or taken on as an official
    # partner (an event's marketing partner is none; a hired "Managing Partner" is a person)
    ("Lamna and Proseware Forge Strategic Partnership to Widen Access to RF Parts", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna Robotics and Proseware Partnership to Improve Patent Filing", [
        ("partnership", "Lamna Robotics"), ("partnership", "Proseware")]),
    ("Lamna Expands Collaboration with Proseware", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna Trust Expands Fund Services Relationship With Proseware Partners", [
        ("partnership", "Lamna Trust"), ("partnership", "Proseware Partners")]),
    ("Lamna Club Signs on as Official Partner of Proseware Soccer and Woodgrove League", [
        ("partnership", "Lamna Club"), ("partnership", "Proseware Soccer"),
        ("partnership", "Woodgrove League")]),
    ("Lamna Digital Named Marketing Partner for the 15th Annual Proseware Conference", []),
    ("Jane Roe Named Managing Partner of Lamna Law", []),
    ("Lamna & PROSEWARE.TV Make History with a Groundbreaking Partnership to Air News", []),
    # a partner described, not named; a clause where a subject should be; an improvement
    # of what exists is no launch
    ("Lamna Partners with Major Banks to Fund AI Projects", [("partnership", "Lamna")]),
    ("Lamna Signs Letter of Intent to Acquire a Well-Established Waste Company", [
        ("acquisition", "Lamna")]),
    ("Lamna Holdings Finalizes Proseware Agreement and Prepares Launch of First Platform",
     []),
    ("Lamna Hair Highlights Recent Launch of Slip Wig", []),
    ("Lamna Introduces Enhanced Mobile App and Expanded Mining Options", []),
    ("Lamna.com Unveils Air Conditioner Upgrades for New Refrigerant", []),
    ("Lamna Introduces BNPL Platform Capabilities, Including KYC Integration", []),
    # who acts in a reported or progressive clause; a deal finalised to buy
    ("Lamna is launching its own speech-to-text model", [("product_launch", "Lamna")]),
    ("Jane Roe says Lamna acquired Proseware", [
        ("acquisition", "Lamna"), ("acquired", "Proseware")]),
    ("Lamna says it will lay off 500 workers", [("layoffs", "Lamna")]),
    ("Lamna Inc. Finalizes Deal to Acquire Proseware House", [
        ("acquisition", "Lamna Inc."), ("acquired", "Proseware House")]),
    ("Direct Flight from Lamna to Proseware is Officially Launched", []),
    # a company going to a place: a launch in it (each maker), an expansion to it; not
    # where the place only says where a product is used, nor for a minor thing or money
    ("Lamna Launches Personalized Home Insurance in Missouri", [
        ("product_launch", "Lamna"), ("expansion", "Lamna")]),
    ("Lamna Launches Ride-Hailing In Riyadh, Strengthens Footprint In Saudi Arabia", [
        ("expansion", "Lamna")]),
    ("Lamna Expands Light-Activated Seed Trait Platform to South America", [
        ("expansion", "Lamna")]),
    ("Lamna Telecom Expands High-Speed Fiber Internet to Rural Minnesota Communities", [
        ("expansion", "Lamna Telecom")]),
    ("Lamna Brands set to launch Sleep Shots into Canadian Market", [
        ("expansion", "Lamna Brands")]),
    ("Lamna and Proseware launch robotaxi service in Abu Dhabi", [
        ("product_launch", "Lamna"), ("product_launch", "Proseware"),
        ("expansion", "Lamna"), ("expansion", "Proseware")]),
    ("Lamna Launches Vehicle History Platform for Safer Used Car Purchases in the U.S.", [
        ("product_launch", "Lamna")]),
    ("Lamna Introduces Anti-Drone Solutions to Address Drone Problems in New Jersey", [
        ("product_launch", "Lamna")]),
    ("Lamna Launches Awareness Campaign in Texas", []),
    ("Lamna Tec Expands Investment in Thailand to US$34.3 Million", []),
    ("Lamna’s launch in India now a matter of when, not if", []),
    ("Lamna Launches Home Insurance in Minutes", [("product_launch", "Lamna")]),
    # partners in a network or a programme, a possessive partnership, a deal of a kind, a
    # list of partners announcing one, a venture named with its size
    ("Lamna Inc. Expands Dealer Network With Proseware and Woodgrove Truck Group", [
        ("partnership", "Lamna Inc."), ("partnership", "Proseware"),
        ("partnership", "Woodgrove Truck Group")]),
    ("Lamna Research Joins Proseware International's Global Partner Site Network", [
        ("partnership", "Lamna Research"), ("partnership", "Proseware International")]),
    ("KYC Reshapes the Crypto Realm: Lamna.com’s Strategic Partnership with Proseware", [
        ("partnership", "Lamna.com"), ("partnership", "Proseware")]),
    ("Lamna’s Partnership with Brand Ambassador Jane Roe Just Got Sweeter", []),
    ("Lamna Subsidiary Proseware Signs Agency Deal with Woodgrove Global to Grow", [
        ("partnership", "Proseware"), ("partnership", "Woodgrove Global")]),
    ("Lamna, Proseware Health, Woodgrove and Fabrikam Announce Strategic Partnership to Heal", [
        ("partnership", "Lamna"), ("partnership", "Proseware Health"),
        ("partnership", "Woodgrove"), ("partnership", "Fabrikam")]),
    ("Lamna IM and Proseware Launch $1B Affordable Housing Joint Venture", [
        ("partnership", "Lamna IM"), ("partnership", "Proseware")]),
    ("Lamna Forges a Game-Changing Partnership with Proseware to Promote Games", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    ("Lamna Identifies Proseware as Stealth Data Center Partner", [
        ("partnership", "Lamna"), ("partnership", "Proseware")]),
    # an IPO closed; a joint launch written "And"; a launch after another predicate; a
    # launch announced bare; a store's doors, a news bureau, sales in a place
    ("Lamna Acquisition I Corp. Closes $250 Million IPO", [
        ("ipo_filing", "Lamna Acquisition I Corp.")]),
    ("Lamna And Proseware Electric Introduce Pedestrian Safety Solution To Cut Deaths", [
        ("product_launch", "Lamna"), ("product_launch", "Proseware Electric")]),
    ("Lamna Upgrades Its AI Engine and Introduces a New HDR Conversion Model", [
        ("product_launch", "Lamna")]),
    ("Lamna Announces Launch with First Two Games: Meme Party and Ludo", [
        ("product_launch", "Lamna")]),
    ("Lamna Sports Opens Doors in Cranberry with a Mission", [("expansion", "Lamna Sports")]),
    ("Lamna News Expands Global Coverage with New Bureau in Greenland", [
        ("expansion", "Lamna News")]),
    ("Lamna RV Centers Expands RV Sales in Mesa, AZ, With OPUS Campers", [
        ("expansion", "Lamna RV Centers")]),
    # minor things launched: a phase, a promotion (after "&"), trends, a workshop, an
    # institute; a board launched; a report or a book is no maker; a couple is no company
    ("Lamna Launches Second Phase: Embracing the Future of Technology", []),
    ("Lamna Launches 2025 Mid-Year & Anniversary Promotion on Test Equipment", []),
    ("Lamna Events Unveils Latest Marriage Proposal Trends for Dubai", []),
    ("Lamna Consulting GmbH Launches Strategic Business Workshop on Design", []),
    ("Lamna College to Launch Jane Roe Institute for Entrepreneurship", []),
    ("Advisory Board Launched to Guide HR Skills Evolution", []),
    ("January 2026 Lamna Index Report Introduces an Invite-Only Expert Model", []),
    ("New Book! The Rise of Lamna Introduces VUCA MAX System to Navigate AI", []),
    ("Bradenton Couple Opens First Lamna Sauna Studio in Heritage Harbour", []),
    ("Lamna Launches MyndSystem Platform and Website for Recovery", [
        ("product_launch", "Lamna")]),
    ("Lamna Holdings Portfolio Company Proseware Launches $5 Million Regulation D Offering",
     []),
    ("Lamna Industries, Inc., Parent Company of Proseware and Woodgrove Group Announce a "
     "Collaboration", []),
    ("Lamna Unveils New Brand Identity and Platform Redesign", []),
    # from blind13: an agreement with a named firm (not a confidentiality one), a firm
    # welcomed to a network, a market of a place targeted, a facility of any size opened,
    # product categories; not: a person's "Partner" title, an award, a described company
    # bought, people expanded to, a salon opening, a feature in an upgrade, an offer, a
    # fest, tokens bought
    ("Lamna Diagnostics Inks Groundbreaking Telehealth Agreement With Proseware", [
        ("partnership", "Lamna Diagnostics"), ("partnership", "Proseware")]),
    ("Lamna Executes a Confidentiality Agreement With Proseware Limited", []),
    ("Lamna Signs Commercial Framework Agreement with Moroccan client", [
        ("partnership", "Lamna")]),
    ("Lamna Welcomes Proseware Group to Its Rapidly Expanding Distribution Network", [
        ("partnership", "Lamna"), ("partnership", "Proseware Group")]),
    ("Lamna Golf Company Targets Japan’s Growing Golf Market Through Direct Sales", [
        ("expansion", "Lamna Golf Company")]),
    ("Lamna Fitness Unveils a Luxurious 60,000-Square-Foot Club in Flatiron", [
        ("expansion", "Lamna Fitness")]),
    ("Lamna Delight Launches Healthy Grain-Free Cat Food", [("product_launch", "Lamna Delight")]),
    ("Investigations and White Collar Defense Partner Jane Roe Joins Lamna", []),
    ("Inc. Names Lamna Offices as a 2024 Power Partner Award Winner", []),
    ("Lamna PLC Signs Heads of Terms to Acquire UK Fuel Distributor for £50M", [
        ("acquisition", "Lamna PLC")]),
    ("Lamna Credit Returns to The Amelia, Expands to Porsche Enthusiasts", []),
    ("Unique Hair Experience Opens in Georgetown", []),
    ("Lamna Introduces Smart Market Monitor Feature in Latest App Upgrade", []),
    ("Lamna Unveils New Features on Proseware Image Management System", []),
    ("Lamna's Roadhouse Launches Hearty Gift Card Offer of Buy $50 Get $10", []),
    ("Lamna Micro Fest Launches as America’s First National Film Festival", []),
    ("Lamna Technologies Secures $20 Million Facility to Acquire Trump Tokens", []),
    # from blind14: a name ending in "arm" keeps it; an em dash ends a name, "St." does
    # not; an IPO eyed or raised in; two firms announcing a partnership; two firms and a
    # partner after a comma; a partner "to bring" something to a place; a coined name from
    # a lower-case letter; a service expanded to a place; a range widened after a colon
    ("LamnaFarm Unveils Special Staking Packages Ahead of Bitcoin Halving", [
        ("product_launch", "LamnaFarm")]),
    ("Lamna Media Group Acquires Proseware News—Unveiling a 24/7 Global Channel", [
        ("acquisition", "Lamna Media Group"), ("acquired", "Proseware News")]),
    ("Lamna Family Foundation Partners with United Way of St. Lucie to Present a Fair", [
        ("partnership", "Lamna Family Foundation"), ("partnership", "United Way of St. Lucie")]),
    ("Lamna Eyes $1 Billion Indian Bottling IPO as It Deepens Local Partnerships", [
        ("ipo_filing", "Lamna"), ("partnership", "Lamna")]),
    ("NewsBreaks – Lamna Energy (NASDAQ: LMNA) Secures $33M in IPO", [
        ("ipo_filing", "Lamna Energy")]),
    ("Lamna Labs, Inc. and Proseware Corp Announces Strategic Partnership", [
        ("partnership", "Lamna Labs, Inc."), ("partnership", "Proseware Corp")]),
    ("Lamna, Proseware Partner with Woodgrove to Create a Mobile Charging Solution", [
        ("partnership", "Lamna"), ("partnership", "Proseware"), ("partnership", "Woodgrove")]),
    ("Lamna Devices Ltd. Partners With Proseware to Bring Neural Wearables to Japan", [
        ("partnership", "Lamna Devices Ltd."), ("partnership", "Proseware"),
        ("expansion", "Lamna Devices Ltd.")]),
    ("tLamna Launches tLamna Connect to Power Institutional Access", [
        ("product_launch", "tLamna")]),
    ("Lamna Expanding Fiber Broadband Service in Mineral Wells, Texas", [
        ("expansion", "Lamna")]),
    ("Lamna Expands Successful Pilot Program to Washington, Launching Rentals", [
        ("expansion", "Lamna")]),
    ("Lamna Marine Service Expands Product Range: Safety Equipment Now Available Online", [
        ("product_launch", "Lamna Marine Service")]),
    # not: a patent bought, an .io site, a discussion, a stream, exploration efforts, a
    # purpose after "to"
    ("Lamna's AI Drone Company Acquires Drone Design Patent From Former Parent Company", []),
    ("LamnaAdvice.io Debuts: A Premier Destination for Insightful Investment Guidance", []),
    ("Lamna Unveils Esteemed OEM Panel Discussion at I&E 2024: Insights into Fleets", []),
    ("Lamna Media Corporation Launches First Live Stream on Sports.com with Proseware", []),
    ("Lamna Resources Corporation Expands Exploration Efforts in Chile and Argentina", []),
    ("Lamna Ratings Expands Services to Assist Veterans in Securing Benefits", []),
    # layoffs as news headlines tell them: as a noun, after an appositive, in a department,
    # two companies, after a closure, a business line shut, a major restructuring; a
    # unit reorganised is none
    ("Layoffs hit Lamna Fusion as the fusion power startup runs short on cash", [
        ("layoffs", "Lamna Fusion")]),
    ("Lamna conducts layoffs in Proseware Studios, impacting a VR app", [("layoffs", "Lamna")]),
    ("It’s layoff ‘season’ at Jane Roe’s Lamna", [("layoffs", "Lamna")]),
    ("Programmers bore the brunt of Lamna’s layoffs in its home state", [("layoffs", "Lamna")]),
    ("Lamna hits the brakes on its automotive business, and layoffs have started", [
        ("layoffs", "Lamna")]),
    ("Lamna, a pioneer in ‘headless commerce’, lays off dozens of staff", [("layoffs", "Lamna")]),
    ("Lamna cuts jobs in Sustainability department", [("layoffs", "Lamna")]),
    ("Lamna, Proseware to lay off 1,300 staff amid AI push", [
        ("layoffs", "Lamna"), ("layoffs", "Proseware")]),
    ("Electric aircraft startup Lamna ceases operations, 1,000 workers laid off", [
        ("layoffs", "Lamna")]),
    ("Lamna shuts down its ride-hail business to focus on EV charging", [("layoffs", "Lamna")]),
    ("Lamna abruptly shuts down US car-sharing operations", [("layoffs", "Lamna")]),
    ("Lamna Bros to split cable and streaming businesses in major restructuring", [
        ("layoffs", "Lamna Bros")]),
    ("Lamna restructures its AI unit under ‘Superintelligence Labs’", []),
    # each of two going to a place; a hire "with addition of" is no purchase (nor, since
    # blind37's label, a team grown where it is an expansion)
    ("Lamna and Proseware look to bring robotaxis to Europe next year", [
        ("expansion", "Lamna"), ("expansion", "Proseware")]),
    ("Lamna Expands Office Brokerage Team in Los Angeles with Addition of Jane Roe as SVP", []),
    # from blind15: launching "in" a retailer is a partnership with it (not with a place);
    # "U.S." among the words before what grows; a relaunch in a place; access expanded to
    # a place; two firms merging; product categories; a generic partner is none
    ("Lamna Bar Launches in Proseware: Redefining Protein Bars with a Purpose", [
        ("partnership", "Lamna Bar"), ("partnership", "Proseware")]),
    ("Lamna Brand Launches in 229 PROSEWARE Locations Across the US", [
        ("partnership", "Lamna Brand"), ("partnership", "PROSEWARE")]),
    ("Lamna Launches in 10 U.S. Cities", [("expansion", "Lamna")]),
    ("Lamna Expands U.S. Manufacturing in Arlington", [("expansion", "Lamna")]),
    ("Lamna Media Relaunches Proseware in Mexico to Drive LATAM Expansion", [
        ("expansion", "Lamna Media")]),
    ("Lamna Pharmacy Expands Access to Dermatologist-Approved Skincare in the U.S", [
        ("expansion", "Lamna Pharmacy")]),
    ("Lamna and Proseware Philippines Merge to Launch AI Accounting Software", [
        ("partnership", "Lamna"), ("partnership", "Proseware Philippines")]),
    ("Bitcoin Without The Whiplash? Lamna Unveils Risk-Mitigated CBOJ ETF", [
        ("product_launch", "Lamna")]),
    ("Lamna Group Partners with Drone Industry Leaders to Advance Threat Detection", [
        ("partnership", "Lamna Group")]),
    # not events a seller can use
    ("Woodgrove Launches Official Discord Server to Unite Its Community", []),
    ("Woodgrove Launches Soil Restoration Project with State University", []),
    ("Par LED Lights Launches Dazzling New Website", []),
    ("Key Cambridge, UK VC launches $126M fund to stem later stage flight", []),
    ("Ramp enters the beta phase", []),
    ("A comprehensive list of 2024 tech layoffs", []),
    ("The company expands its platform with new features", []),
    # from blind16: a thousands comma ends no name, a club is a membership, a colon that
    # says "Enhanced" is an update
    ("Lamna Mining Signs LOI to Acquire 90,000 ha Uranium Concessions in Paraguay", []),
    ("Lamna Subsidiary Acquires 22,000-Square-Foot Facility to Advance Treatment", []),
    ("Lamna Unveils Lamna Club, a Premium Membership Offering for Crypto Enthusiasts", []),
    ("Lamna Group Unveils WOODPAY™ Pay 2.0: Enhanced Crypto Wallet With New Features", []),
    ("Lamna Acquires Woodgrove, a 1,200-Store Chain", [("acquisition", "Lamna"),
                                                       ("acquired", "Woodgrove")]),
])
def test_strategic_and_financial_events(text: str, expected: list) -> None:
    from signalwatch.extract.events import find_events

    assert [(e.type, e.subject) for e in find_events(text)] == expected


def test_a_reported_acquisition_is_a_rumour() -> None:
    from signalwatch.extract.events import find_events

    found = find_events("Atlassian reportedly in talks to acquire Loom")
    assert [(e.type, e.subject, e.rumour) for e in found] == [
        ("acquisition", "Atlassian", True), ("acquired", "Loom", True)]


def test_being_acquired_disqualifies_and_layoffs_count_only_when_asked() -> None:
    from dataclasses import replace

    from signalwatch.icp import parse_icps
    from signalwatch.score import ScoreSettings, decide, disqualifying_event
    from signalwatch.types import Evidence, FitResult, Signal

    def event(i: int, kind: str, type_: str) -> Signal:
        return Signal(i, kind, "a", NOW, NOW, 0.95, {"type": type_, "detail": "x"},
                      (Evidence("https://x/", "t", "s"),), f"k{i}")

    plain = parse_icps([{"name": "p"}], file="t.toml")[0]
    asks = parse_icps([{"name": "q", "triggers": {
        "financial": {"types": ["layoffs"], "weight": 0.5},
        "strategic": {"types": ["expansion"], "disqualify": ["acquired", "ipo_filing"]}}}],
        file="t.toml")[0]
    acquired = event(1, "strategic", "acquired")
    assert disqualifying_event([acquired], plain) is acquired  # by default
    assert disqualifying_event([event(2, "strategic", "ipo_filing")], asks) is not None
    assert disqualifying_event([replace(acquired, attributes={
        "type": "acquired", "rumour": True})], plain) is None  # a rumour rules nothing out
    assert disqualifying_event([replace(acquired, attributes={
        "type": "acquired", "doubt": {"probability": 0.01, "words": [], "of": "acquisition"}})],
        plain) is None  # nor a headline the event model doubts

    def run(icp, *signals):
        return decide(account_name="Acme", fit=FitResult("a", icp.name, 90.0, "A"), icp=icp,
                      new_signals=list(signals), live_signals=[], state=AccountState(),
                      settings=ScoreSettings(), now=NOW)

    from signalwatch.score import AccountState

    assert run(plain, acquired).action == "drop"
    assert "disqualified by a recent event" in run(plain, acquired).reason
    assert run(plain, event(3, "financial", "layoffs")).action == "drop"  # neither
    assert run(asks, event(4, "financial", "layoffs")).action == "alert"  # a trigger
    assert run(plain, event(5, "strategic", "expansion")).action == "alert"
    assert run(asks, event(6, "strategic", "partnership")).action == "drop"


def test_tools_named_in_job_descriptions() -> None:
    from signalwatch.extract.tech import tools_in

    assert tools_in("Experience with Salesforce, Outreach, Gong is a plus.") == {
        "Salesforce", "Outreach", "Gong"}
    assert tools_in("You will lead community outreach and gong-show events.") == set()
    assert tools_in("Grow a new segment of the market.") == set()
    assert tools_in("Our stack: Snowflake and Looker.") == {"Snowflake", "Looker"}
    assert tools_in("Proficiency in SFDC and Sales Navigator") == {
        "Salesforce", "LinkedIn Sales Navigator"}


def _job(i: int, text: str, days_ago: float) -> Item:
    p = _posting(i, "Account Executive", "Sales", days_ago)
    return Item(**{**p.__dict__, "summary": text})


def test_tech_uses_then_adopted_then_dropped() -> None:
    from signalwatch.extract.signals import technographics_from_postings

    first = [_job(1, "Experience with Salesforce and Outreach.", 300)]
    found = technographics_from_postings("acme", first, {}, now=NOW)
    assert {(s.attributes["tool"], s.attributes["change"], s.history) for s in found} == {
        ("Salesforce", "uses", True), ("Outreach", "uses", True)}
    known = {"Salesforce": NOW - timedelta(days=300), "Outreach": NOW - timedelta(days=300)}
    later = [*first, *[_job(10 + i, "You know Salesforce and Gong.", 10 + i) for i in range(5)]]
    found = technographics_from_postings("acme", later, known, now=NOW)
    changes = {(s.attributes["tool"], s.attributes["change"]) for s in found}
    # Gong is new; Outreach has not been named for 180+ days among 5 recent postings
    assert changes == {("Gong", "adopted"), ("Outreach", "dropped")}
    adopted = next(s for s in found if s.attributes["change"] == "adopted")
    assert not adopted.history and adopted.attributes["category"] == "conversation intelligence"


def test_a_team_growing_over_months_and_a_first_revops_hire() -> None:
    # 4 sales roles in the six months before, 12 in the last six (4 of them filled)
    postings = [_posting(i, "Account Executive", "Sales", 200 + 30 * i) for i in range(4)]
    postings += [_posting(100 + i, "Account Executive", "Sales", 25 + 12 * i,
                          closed=i < 4) for i in range(12)]
    postings += [_posting(200, "Revenue Operations Manager", "Operations", 3)]
    found = hiring_from_postings("acme", postings, now=NOW, settings=HiringSettings())
    growth = next(s for s in found if s.attributes["type"] == "growth")
    assert (growth.attributes["recent"], growth.attributes["baseline"],
            growth.attributes["filled"]) == (12, 4.0, 4)
    first = next(s for s in found if s.attributes["type"] == "first_role")
    assert first.attributes["title"] == "Revenue Operations Manager"
    # a second RevOps role is not a first; a new board (no history) makes neither
    again = [*postings, _posting(201, "Sales Operations Analyst", "Operations", 120)]
    assert not any(s.attributes["type"] == "first_role" for s in hiring_from_postings(
        "acme", again, now=NOW, settings=HiringSettings()))
    fresh = [_posting(300 + i, "Account Executive", "Sales", 5 + i) for i in range(8)]
    fresh.append(_posting(400, "RevOps Lead", "Operations", 2))
    assert {s.attributes["type"] for s in hiring_from_postings(
        "acme", fresh, now=NOW, settings=HiringSettings())} <= {"surge", "senior"}


@pytest.mark.parametrize(("text", "expected"), [
    # newswire headline forms (press-release archive in the shared data)
    ("RockBreaks – ESGold Corp. (CSE: ESAU) (OTCQB: ESAUF) Appoints Gordon Robb CEO to Lead "
     "Transition into Production at Montauban", [("Gordon Robb", "CEO")]),
    ("Standard Lithium Ltd. (NYSE American: SLI) Appoints Michael Lutgring as General Counsel",
     [("Michael Lutgring", "General Counsel")]),
    ("Fluke Corporation Names Parker Burke Group President To Lead Connected Reliability",
     [("Parker Burke", "Group President")]),
    ("Impact Networking Brings Erik Carlsen On Board as New Chief Sales Officer",
     [("Erik Carlsen", "Chief Sales Officer")]),
    ("Lotto.com Expands Executive Leadership Team, Appointing Ruxandra Tereanu as Chief "
     "Operating Officer and Amanda Coyle as Vice President of Human Resources",
     [("Ruxandra Tereanu", "Chief Operating Officer"),
      ("Amanda Coyle", "Vice President of Human Resources")]),
    # a person named to lead a unit; executives welcomed, unnamed; a company ended by a dash
    ("Lamna Holdings, Inc. Names Jane Roe to Lead AI Mortgage QC Platform BlinkQC",
     [("Jane Roe", "Head of AI Mortgage QC Platform BlinkQC")]),
    ("Lamna Software Welcomes New Executives to Leadership Team", [(None, "senior executives")]),
    ("Jane Roe Named CEO of Lamna AI – Leading Innovation in Workplace Solutions",
     [("Jane Roe", "CEO")]),
    ("Lamna Welcomes Back Jane Roe as EVP, Chief Legal Officer, and Board Secretary",
     [("Jane Roe", "EVP, Chief Legal Officer, and Board Secretary")]),
    ("Lamna Xchange Bolsters Leadership Team with Strategic Hire Amid Rapid Growth",
     [(None, "senior executives")]),
    ("Jane Roe joins Lamna as Chief Market Analyst", []),
    # a title, then the name between commas; a list of roles with one executive
    ("Lamna Alliance Welcomes New COO, Jane Roe, as Company Continues to Grow",
     [("Jane Roe", "COO")]),
    ("Jane Roe Joins Lamna as Senior Advisor and Head of Financial Market Strategy",
     [("Jane Roe", "Senior Advisor and Head of Financial Market Strategy")]),
    # a title before the name; the company as a possessive after "to serve as"
    ("Lamna Welcomes New Family Office Director Jane Roe",
     [("Jane Roe", "Family Office Director")]),
    ("Lamna Names Chief Revenue Officer Jane Roe", [("Jane Roe", "Chief Revenue Officer")]),
    ("Lamna Names Jane Roe Senior Vice President of External Affairs",
     [("Jane Roe", "Senior Vice President of External Affairs")]),
    ("Jane Roe of Proseware Management to Serve as Lamna Impact’s Chief Investment Officer and "
     "Assume Seat on Board of Directors", [("Jane Roe", "Chief Investment Officer")]),
    # a function before its title word; "Strengthens Executive Leadership with Appointment"
    ("Lamna Names Jane Roe National Sales Director for ACA",
     [("Jane Roe", "National Sales Director for ACA")]),
    ("Lamna Strengthens Executive Leadership with Appointment of Dr. Jane Roe as Chief "
     "Business Officer", [("Jane Roe", "Chief Business Officer")]),
    # degrees between a name and its role; a hire after a round in the same headline
    ("Lamna Precision Raises $1.2 Million in Seed Funding and Appoints Health Tech Leader "
     "Jane Roe, MD, MBA as CEO", [("Jane Roe", "CEO")]),
    # not: a firm or an unnamed veteran "to lead" something; a strategy led
    ("Lamna Inc. Taps IBN to Lead Corporate Communications Amid Drug Advancements", []),
    ("Lamna Inc. Taps Biotech Veteran to Lead Next Phase of Growth", []),
    ("Lamna Logic Appoints Jane Roe to Lead Customer Experience Strategy", []),
])
def test_leadership_in_newswire_forms(text: str, expected: list) -> None:
    assert [(c.person, c.title) for c in find_leadership(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # from press_blind15: a company, a colon, then its news; clauses after semicolons, the
    # company of the head standing for a clause that names none
    ("Lamna Announces Leadership Transition: Jane Roe Appointed as Chief Operating Officer",
     [("Lamna", "Jane Roe", "Chief Operating Officer", "joined")]),
    ("Lamna SE: John Doe to Join Lamna SE as Interim CEO; CEO Jane Roe to Transition to "
     "Advisory Role at Conclusion of Contract", [("Lamna SE", "John Doe", "Interim CEO", "joined"),
                                               ("Lamna SE", "Jane Roe", "CEO", "departed")]),
    ("Lamna Names Jane Roe CEO; John Doe Named CFO",
     [("Lamna", "Jane Roe", "CEO", "joined"), ("Lamna", "John Doe", "CFO", "joined")]),
    ("Lamna AG: Supervisory Board Appoints Jane Roe as Chief Transformation Officer",
     [("Lamna AG", "Jane Roe", "Chief Transformation Officer", "joined")]),
    # a ticker's own colons and semicolons are no clauses
    ("Lamna Mining (CSE: LMNA; OTC: LMNAF) Appoints Jane Roe as CEO",
     [("Lamna Mining (CSE: LMNA; OTC: LMNAF)", "Jane Roe", "CEO", "joined")]),
    # a generation after a comma is the name's; a possessor before it is not
    ("Lamna Corp. Appoints John R. Doe, III as President",
     [("Lamna Corp.", "John R. Doe, III", "President", "joined")]),
    ("Proseware Capital’s Jane Roe to join Lamna as Chief Operating Officer",
     [("Lamna", "Jane Roe", "Chief Operating Officer", "joined")]),
    # a film's crafts are no company's executives
    ("Lamna Welcomes Jane Roe, DFF as Director of Photography for Documentary", []),
    ("Lamna Studios Announces Production Designer Jane Roe as Art Director for a Music Video",
     []),
    # from press_blind16: a first clause with no move still names the company; a dash
    # before a hire's verb; the leadership team a hire is welcomed to; one person's two titles
    ("Lamna Recognizes Jane Roe and John Doe as Co-Founders; Mary Major Appointed Chief "
     "Financial Officer", [("Lamna", "Mary Major", "Chief Financial Officer", "joined")]),
    ("Lamna Invests in Top-Tier Client Experience - Hires New Chief Client Strategy Officer, "
     "Jane Roe", [("Lamna", "Jane Roe", "Chief Client Strategy Officer", "joined")]),
    ("Lamna Global Welcomes Chief Technology Officer Jane Roe To Its Leadership Team",
     [("Lamna Global", "Jane Roe", "Chief Technology Officer", "joined")]),
    ("Lamna Appoints Mr. John Doe as Senior Vice President and Business Unit Head",
     [("Lamna", "John Doe", "Senior Vice President", "joined")]),
    ("Lamna Bio Corp. Appoints New COO and Communications Director to Accelerate Growth",
     [("Lamna Bio Corp.", None, "New COO", "joined"),
      ("Lamna Bio Corp.", None, "Communications Director", "joined")]),
    # from press_blind17: the predecessor a hire takes over from leaves; a clause after a
    # semicolon whose verb is the first clause's; what a person was is no name, nor the
    # company a "former" title names
    ("Lamna Welcomes Jane Roe as New CEO, Transitioning from John Doe",
     [("Lamna", "Jane Roe", "CEO", "joined"), ("Lamna", "John Doe", "CEO", "departed")]),
    ("Lamna Names Jane Roe CEO, Succeeding John Doe",
     [("Lamna", "Jane Roe", "CEO", "joined"), ("Lamna", "John Doe", "CEO", "departed")]),
    ("Lamna Names Jane Roe as Managing Director of Marketing; John Doe as Managing Director "
     "of Finance", [("Lamna", "Jane Roe", "Managing Director of Marketing", "joined"),
                    ("Lamna", "John Doe", "Managing Director of Finance", "joined")]),
    ("Lamna Appoints Former Proseware Europe President John Doe to Lead Lamna.com Rollout",
     []),
    ("Lamna taps former Proseware DeepMind director to lead its AI research lab",
     [("Lamna", None, "director", "joined")]),
    # from press_blind18: two people, one title; clauses of people's moves after a
    # company's "New Management Team:"; what a person is called before the name
    ("Lamna Names Jane Roe and John Doe as Co-CEOs",
     [("Lamna", "Jane Roe", "Co-CEO", "joined"), ("Lamna", "John Doe", "Co-CEO", "joined")]),
    ("Lamna Taps Jane Roe-Major and John Doe to Lead Sales and Marketing Efforts",
     [("Lamna", "Jane Roe-Major", "Head of Sales and Marketing Efforts", "joined"),
      ("Lamna", "John Doe", "Head of Sales and Marketing Efforts", "joined")]),
    ("Lamna AG Announces New Management Team: Jane Roe Becomes CEO, John Doe Joins "
     "Management Board as CFO", [("Lamna AG", "Jane Roe", "CEO", "joined"),
                                 ("Lamna AG", "John Doe", "CFO", "joined")]),
    ("Lamna Sports Appoints Digital Sports Media Innovator John Doe as New CEO",
     [("Lamna Sports", "John Doe", "CEO", "joined")]),
    # from press_blind19: a new title and a name after a company's "Managing Board:"; a
    # person taking a role, the company after it or before "as"; a hire a company's news
    # comes "with"; a release's bare "Director" is a seat or a grade, not in a list of roles
    ("Change in Lamna Pharmacy's Managing Board: New CFO John Doe",
     [("Lamna Pharmacy", "John Doe", "CFO", "joined")]),
    ("Jane Roe Takes Over as CEO of Lamna", [("Lamna", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe Assumes Role of CEO at Lamna, Succeeding John Doe",
     [("Lamna", "Jane Roe", "CEO", "joined"), ("Lamna", "John Doe", "CEO", "departed")]),
    ("Lamna Marks New Chapter as Jane Roe Commences as Chief Executive Officer",
     [("Lamna", "Jane Roe", "Chief Executive Officer", "joined")]),
    ("Lamna Bolsters Leadership Team With New CFO Jane Roe",
     [("Lamna", "Jane Roe", "CFO", "joined")]),
    ("Lamna.ai Expands Leadership Team with New CMO and CRO",
     [("Lamna.ai", None, "CMO", "joined"), ("Lamna.ai", None, "CRO", "joined")]),
    ("Lamna Metals steps up operations with new CTO and industrial equipment",
     [("Lamna Metals", None, "CTO", "joined")]),
    ("Lamna Names Jane Roe to Director", []),
    # from press_blind23: one person succeeding another as an executive, the company after
    # "of" or before the colon (a board seat is no executive role)
    ("Lamna AG: Jane A. Roe Succeeds John Doe as the New Chief Financial Officer; CEO's "
     "Contract Extended", [("Lamna AG", "Jane A. Roe", "Chief Financial Officer", "joined"),
                           ("Lamna AG", "John Doe", "Chief Financial Officer", "departed")]),
    ("Jane Roe to Succeed John Doe as Chief Executive Officer of Lamna, Effective May 1",
     [("Lamna", "Jane Roe", "Chief Executive Officer", "joined"),
      ("Lamna", "John Doe", "Chief Executive Officer", "departed")]),
    ("Jane Roe Succeeds John Doe as Board Chair of Lamna", []),
    # from press_blind24: a role filled with no one named, after a second predicate; a
    # person added to a team "as" a role; a clause after the title ("as X and Y Join
    # Forces") gives no company; the role a person is "to Assume ... as"
    ("The Lamna Agency (LA) Enters New Era as Investment Agency and Appoints Managing "
     "Director", [("The Lamna Agency (LA)", None, "Managing Director", "joined")]),
    ("Lamna Appoints Chief Financial Officer", [("Lamna", None, "Chief Financial Officer",
                                                "joined")]),
    ("Lamna Strengthens Leadership Team with Jane Roe as Chief Revenue Officer (CRO)",
     [("Lamna", "Jane Roe", "Chief Revenue Officer", "joined")]),
    ("Jane Roe Named Chief Digital Officer as House of Lamna & Woodgrove Holdings Join Forces",
     []),
    ("Lamna Announces Jane Roe to Assume Role as Chairman and CEO",
     [("Lamna", "Jane Roe", "Chairman and CEO", "joined")]),
    # from press_blind25: an initial opens a name; named among a list is no role; roles
    # counted in the plural are one role filled
    ("A. Jane Roe Joins Lamna Bank & Trust as SVP, Chief Audit Executive",
     [("Lamna Bank & Trust", "A. Jane Roe", "SVP, Chief Audit Executive", "joined")]),
    ("Jane Roe Named Among CIO Today’s Top 50 World Leaders for 2025", []),
    ("Lamna Names Three New Managing Directors",
     [("Lamna", None, "Managing Director", "joined")]),
    # from press_blind26: a role "Announced At" a company with no one named; new C-suite
    # executives, the headline ending there; a member welcomed by a role held elsewhere
    ("CHIEF REVENUE OFFICER ANNOUNCED AT LAMNA TECHNOLOGIES",
     [("LAMNA TECHNOLOGIES", None, "CHIEF REVENUE OFFICER", "joined")]),
    ("LAMNA HEALTH APPOINTS TWO NEW C-SUITE EXECUTIVES",
     [("LAMNA HEALTH", None, "senior executives", "joined")]),
    ("Lamna Business Council Welcomes Jane Roe, CEO of Woodgrove Restoration", []),
    # from press_blind20: a unit led whose words hold a comma; a board seat after the roles
    ("Lamna Data Ltd. Appoints John Doe to Lead Government, Corporate Sales in Africa",
     [("Lamna Data Ltd.", "John Doe", "Head of Government, Corporate Sales in Africa",
       "joined")]),
    ("Lamna Triangle Announces the Appointment of Chief Financial Officer and Director on "
     "the Board", [("Lamna Triangle", None, "Chief Financial Officer", "joined")]),
    # from press_blind21: a credential after a name (not a generation); a plural title
    # before two names; a person named to a title the company stands before
    ("Lamna Bank Hires John Anthony Doe, Esq., CRCM as Senior Vice President",
     [("Lamna Bank", "John Anthony Doe", "Senior Vice President", "joined")]),
    ("Lamna Corp. Appoints John R. Doe, III as President",
     [("Lamna Corp.", "John R. Doe, III", "President", "joined")]),
    ("Lamna Gravity Welcomes New Family Office Directors Jane Roe and John Doe",
     [("Lamna Gravity", "Jane Roe", "Family Office Director", "joined"),
      ("Lamna Gravity", "John Doe", "Family Office Director", "joined")]),
    ("John Doe, M.D. named LAMNA Chief Medical Officer",
     [("LAMNA", "John Doe", "Chief Medical Officer", "joined")]),
    # from press_blind22: a company's own person moved up, the company the possessor
    ("Lamna’s Jane Roe Promoted to Managing Director, Marketing",
     [("Lamna", "Jane Roe", "Managing Director", "promoted")]),
    ("Lamna's Jane Roe Named CFO", [("Lamna", "Jane Roe", "CFO", "joined")]),
    ("Lamna's Jane Roe Named CFO of Woodgrove", [("Woodgrove", "Jane Roe", "CFO", "joined")]),
    ("Lamna Financial Lines Appoints John Doe as Director & Team Leader",
     [("Lamna Financial Lines", "John Doe", "Director & Team Leader", "joined")]),
])
def test_leadership_in_clauses_and_names(text: str, expected: list) -> None:
    assert [(c.company, c.person, c.title, c.change) for c in find_leadership(text)] == expected


def test_a_newsletter_roundup_gives_each_company_its_round() -> None:
    """Issue #13: round-ups and list sentences, where a company is not the headline's."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Between January 26 and January 30, startups raising money included Aviwell, "
               "Twin and Atlas V. Round: Series A Amount Raised: €11M News: Aviwell closed an "
               "€11M Series A to scale its microbiome discovery platform. Round: Seed News: "
               "Twin raised €8M in a seed round led by Elaia. News: Founded in 2017, Atlas V "
               "has built a reputation in VR. With this €5M raise led by HTC, Atlas V is "
               "diversifying into games. Meanwhile Dowgo reportedly raised €2M.")
    item = Item(id=1, source="wire", key="1", type="entry",
                title="Funding Wire February 2: Aviwell €11M Round Leads 10 Deals For €41.8M",
                url=None, summary=summary, published=NOW, updated=None, company=None,
                data={}, first_seen=NOW, last_seen=NOW)
    matcher = Matcher([Account("av", "Aviwell"), Account("tw", "Twin"),
                       Account("at", "Atlas V"), Account("dw", "Dowgo")])
    found = signals_from_item(item, matcher, rates={"EUR": 1.08}, floor=0.8, now=NOW)
    by = {s.account_id: s for s in found}
    # Atlas V is in the list of startups that raised (its own clause names no subject);
    # Dowgo's round is reported: kept as a rumour, under the alerting floor
    assert set(by) == {"av", "tw", "at", "dw"}
    assert (by["av"].attributes["round"], by["av"].attributes["amount"]) == ("series a", 11e6)
    assert (by["tw"].attributes["round"], by["tw"].attributes["amount"]) == ("seed", 8e6)
    assert by["at"].attributes["amount"] is None and not by["at"].attributes.get("rumour")
    assert by["dw"].attributes["rumour"] is True and by["dw"].confidence < 0.8
    assert not any(s.attributes.get("rumour") for k, s in by.items() if k != "dw")


@pytest.mark.parametrize(("text", "company", "person", "title"), [
    ("Jane Doe to retire as CEO of Acme after 20 years", "Acme", "Jane Doe", "CEO"),
    ("John Roe steps down as CFO of Globex", "Globex", "John Roe", "CFO"),
    ("Mary Major is retiring as President of Initech, effective March 1", "Initech",
     "Mary Major", "President"),
    ("Christine Whitney Sanchez Announces Retirement as Chief Culture Officer for Enterprise "
     "Technology at Arizona State University",
     "Enterprise Technology at Arizona State University", "Christine Whitney Sanchez",
     "Chief Culture Officer"),
    # the announcement of a plan to leave; a name with an apostrophe
    ("Northwind Traders CFO Mary O'Neil Announces Plans to Retire", "Northwind Traders",
     "Mary O'Neil", "CFO"),
    ("Tailspin Toys President Sean O’Hara Confirms His Decision to Step Down", "Tailspin Toys",
     "Sean O’Hara", "President"),
    # a news headline that names no one: the change is still the company's
    ("Wingtip Toys CEO steps down", "Wingtip Toys", None, "CEO"),
    # progressive and future forms; a co-founder or a function's chief; the company
    # before the title; a CEO leaving for another company
    ("Wingtip CEO Jane Doe is retiring", "Wingtip", "Jane Doe", "CEO"),
    ("Wingtip co-founder John Roe is leaving the self-driving truck startup", "Wingtip",
     "John Roe", "co-founder"),
    ("Wingtip’s comms chief departs amidst a lawsuit", "Wingtip", None, "comms chief"),
    ("Jane Doe will step down as Wingtip Toys CEO", "Wingtip Toys", "Jane Doe", "CEO"),
    ("Wingtip CEO Jane Doe is joining Proseware", "Wingtip", "Jane Doe", "CEO"),
    # the company after its owner's possessive
    ("Jane Doe steps down as CEO of John Roe’s Wingtip", "Wingtip", "Jane Doe", "CEO"),
    # a plan to step down; an exec's descriptors after the company's name
    ("Wingtip’s chief customer officer Jane Doe plans to step down, per filing", "Wingtip",
     "Jane Doe", "chief customer officer"),
    ("WTT generative AI exec leaves to launch startup", "WTT", None, "exec"),
    # a CEO heading or going to another company; a company replacing its CEO; a label
    ("Wingtip’s CEO goes to Google; the acquisition falls apart", "Wingtip", None, "CEO"),
    ("Week in Review: Wingtip CEO heads to Proseware", "Wingtip", None, "CEO"),
    ("After raising $1 billion, fintech Wingtip closes another $29 million, replaces founder "
     "CEO", "fintech Wingtip", None, "CEO"),
])
def test_departures(text: str, company: str, person: str | None, title: str) -> None:
    (c,) = find_leadership(text)
    assert (c.company, c.person, c.title, c.change) == (company, person, title, "departed")


@pytest.mark.parametrize(("text", "company", "person", "title"), [
    ("Jane Doe is back as CEO of fintech Wingtip, after years of controversy",
     "Wingtip", "Jane Doe", "CEO"),
    ("Founder of battery startup Wingtip Energy returns as CEO following new funding",
     "Wingtip Energy", None, "CEO"),
    ("Wingtip Bikes already has a new CEO", "Wingtip Bikes", None, "CEO"),
    ("Wingtip Future founder named co-CEO three years after being sidelined",
     "Wingtip Future", None, "co-CEO"),
    ("Wingtip Triangle Announces the Appointment of Chief Operating Officer",
     "Wingtip Triangle", None, "Chief Operating Officer"),
])
def test_returns_are_joins(text: str, company: str, person: str | None, title: str) -> None:
    (c,) = find_leadership(text)
    assert (c.company, c.person, c.title, c.change) == (company, person, title, "joined")


def test_roles_filled_and_a_passing() -> None:
    got = [(c.company, c.person, c.title, c.change)
           for c in find_leadership("Wingtip.ai Expands Leadership Team with New CMO and CRO")]
    assert got == [("Wingtip.ai", None, "CMO", "joined"), ("Wingtip.ai", None, "CRO", "joined")]
    (c,) = find_leadership("Wingtip Corp. Announces Passing of CEO Jane M. Roe, Appoints "
                           "Interim Leadership")
    assert (c.company, c.person, c.title, c.change) == ("Wingtip Corp.", "Jane M. Roe", "CEO",
                                                        "departed")


def test_a_headline_verb_is_never_part_of_the_name() -> None:
    (c,) = find_leadership("The Regional Growers Guild Announces Its 2025 Awards and Names "
                           "Ana Lima as Executive Director")
    assert (c.person, c.title) == ("Ana Lima", "Executive Director")


def test_a_name_before_its_appositive_and_people_in_a_comma_list() -> None:
    found = find_leadership("Syntekabio Appoints Joonhyuk Choi, Former Target Health CEO, as "
                            "Head of US Operations")
    assert [(c.person, c.title) for c in found] == [("Joonhyuk Choi", "Head of US Operations")]
    found = find_leadership("NextPlat Corp Names Rodney Barreto Chairman, David Phipps CEO")
    assert ("David Phipps", "CEO") in [(c.person, c.title) for c in found]


def test_appositives_and_relative_clauses_around_the_verb() -> None:
    c = find_funding("Zopa, the UK neobank, snaps up $87M at a $1B+ valuation")
    assert c is not None and (c.subject, c.amount) == ("Zopa", 87e6)
    # a round told in a relative clause is background, not the news
    assert find_funding("Acme, which raised $10M last year, launches a new product") is None
    assert [(c.company, c.person) for c in find_leadership(
        "Acme, the payments company, appoints Jane Doe as CFO")] == [("Acme", "Jane Doe")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Doe ousted as CEO of Acme", ("Acme", "Jane Doe", "CEO", "departed")),
    ("Jane Doe became CEO of Acme in March", ("Acme", "Jane Doe", "CEO", "joined")),
    ("Jane Doe has become the new CFO of Initech", ("Initech", "Jane Doe", "CFO", "joined")),
    ("John Roe joins Globex in newly created role of Chief Revenue Officer",
     ("Globex", "John Roe", "Chief Revenue Officer", "joined")),
    ("Acme's CEO Jane Doe steps down", ("Acme", "Jane Doe", "CEO", "departed")),
    # the person leaves the company named after the verb
    ("Jane Doe leaves Initech as chief revenue officer after six years",
     ("Initech", "Jane Doe", "chief revenue officer", "departed")),
    ("John Roe departs Globex as CEO, joins a rival",
     ("Globex", "John Roe", "CEO", "departed")),
    # the title before the company, no one named; a later "as" is the role left
    ("Co-founder of Tailspin Toys departs the company",
     ("Tailspin Toys", None, "Co-founder", "departed")),
    ("Billionaire founder of Wingtip replaced as CEO following an inquiry",
     ("Wingtip", None, "CEO", "departed")),
    # a subordinate clause is background: the main clause carries the news
    ("After its CEO left, Northwind names Jane Doe CFO",
     ("Northwind", "Jane Doe", "CFO", "joined")),
    # the title in an appositive; a perfect tense; an announcement by copula
    ("Jane Doe, chief revenue officer of Litware, steps down",
     ("Litware", "Jane Doe", "chief revenue officer", "departed")),
    ("Proseware's head of sales has resigned", ("Proseware", None, "head of sales", "departed")),
    ("CEO of Fabrikam, a robotics startup, has resigned", ("Fabrikam", None, "CEO", "departed")),
    ("Margie's new CEO is former Contoso exec John Roe", ("Margie", "John Roe", "CEO", "joined")),
    # a second predicate shares the first one's subject
    ("Trey Research files for bankruptcy protection, CEO resigns",
     ("Trey Research", None, "CEO", "departed")),
    ("Adatum acquires startup Lamna, brings on new CEO", ("Adatum", None, "new CEO", "joined")),
    ("Vanarsdel Supervisory Board Appoints Jane Doe as Chief Development Officer",
     ("Vanarsdel", "Jane Doe", "Chief Development Officer", "joined")),
    # a news headline's "exec": a senior leader
    ("Litware exec Jane Doe departs for a rival studio",
     ("Litware", "Jane Doe", "exec", "departed")),
])
def test_leadership_beyond_names_and_appoints(text: str, expected: tuple) -> None:
    """Issue #13: departures, "became", a newly created role, the company as a possessive."""
    (c,) = find_leadership(text)
    assert (c.company, c.person, c.title, c.change) == expected


@pytest.mark.parametrize(("text", "round_", "amount", "currency"), [
    ("Acme raises $5 million in a pre-Series A round", "pre-series a", 5e6, "USD"),
    ("Acme raises $4M pre-Series A", "pre-series a", 4e6, "USD"),
    ("Acme raises €1.5 mln", "unknown", 1.5e6, "EUR"),
    ("Acme closes $12M round, its Series A, led by Accel", "series a", 12e6, "USD"),
    ("Acme raises Rs 50 crore in Series B", "series b", 5e8, "INR"),
])
def test_less_common_amounts_and_rounds(text: str, round_: str, amount: float,
                                        currency: str) -> None:
    c = find_funding(text)
    assert c is not None and (c.round, c.amount, c.currency) == (round_, amount, currency)


def test_a_round_named_as_its_company_s_noun_phrase() -> None:
    """Issue #13: the company only as a possessive of the round."""
    c = find_funding("Acme's $20M Series A will fund its expansion into Europe")
    assert c is not None and (c.subject, c.round, c.amount) == ("Acme", "series a", 20e6)
    c = find_funding("Inside Acme's $5M seed round led by Sequoia")
    assert c is not None and (c.subject, c.investors) == ("Acme", ("Sequoia",))
    assert find_funding("Acme's revenue grew 20% to $5M") is None


@pytest.mark.parametrize(("text", "subject"), [
    # a list or a count of companies is no one company's round
    ("12 European climate startups have raised over $40M this year", None),
    ("Here are the 7 US robotics companies that raised $100M or more", None),
    # who founded or backs it is not who raised: the description must name a company
    ("Payroll tool for clinics, founded by former Gusto engineers, raises $6M seed", None),
    ("Fabrikam, founded by ex-Stripe engineers, raises $12M Series A", "Fabrikam"),
])
def test_a_round_needs_one_named_company(text: str, subject: str | None) -> None:
    c = find_funding(text)
    assert (c.subject if c else None) == subject


def test_a_name_before_its_appositive_and_founders_clause_keeps_its_round() -> None:
    c = find_funding("Tailwind, an AI agent infrastructure startup founded by former Okta exec "
                     "Jo Park, has raised $12 million from Laude Ventures")
    assert c is not None and (c.subject, c.amount) == ("Tailwind", 12e6)


def test_every_labelled_split_is_reported_by_one_command() -> None:
    from signalwatch.extract.evaluate import report_splits

    lines = report_splits(Path(__file__).parent / "data")
    names = {line.split()[0] for line in lines}
    assert {"events/blind3.jsonl", "events/train/train1.jsonl", "signals/press_blind2.jsonl",
            "signals/press_blind3.jsonl", "signals/news_blind5.jsonl"} <= names
    assert all(" P " in line and " R " in line for line in lines)


CARDS = """Weekly Funding Recap
📇 Company: Northwind Robotics
🔍 Description: Northwind builds warehouse robots. Founded in 2021.
🧗 Round: Series A
💰 Amount Raised: €12.5M
🏦 Investors: Alpha Ventures, Beta Capital and Gamma Partners
🗞️ News: Northwind Robotics has secured €12.5M to expand in Germany.
📇 Company: Contoso Health (CH)
🧗 Round: Seed
💰 Amount $3M
🏦 Investors:
👨💼 Founders: Jane Doe
📇 Company: Tailspin
🧗 Round: Pre-Seed
💰 Amount Raised: Undisclosed
📇 Company: Fourth Coffee
🔍 Description: a café chain with no round in its card.
"""


def test_deal_cards_are_read_field_by_field() -> None:
    """Issue #13: a newsletter's deal cards (the publisher's own fields)."""
    from signalwatch.extract.funding import deal_cards

    got = [(c.subject, c.round, c.amount, c.currency, c.investors) for c in deal_cards(CARDS)]
    assert got == [
        ("Northwind Robotics", "series a", 12.5e6, "EUR",
         ("Alpha Ventures", "Beta Capital", "Gamma Partners")),
        ("Contoso Health (CH)", "seed", 3e6, "USD", ()),  # an empty field takes no line
        ("Tailspin", "pre-seed", None, None, ()),
    ]  # Fourth Coffee: no round, no amount: no card
    assert deal_cards("Our company: we make tools. Round: of applause.") == []


def test_a_roundup_in_a_feed_is_read_from_the_whole_post() -> None:
    """A newsletter's feed gives an excerpt as the description and the post in
    content:encoded: a round-up is read from the post (its deals are not in the excerpt);
    any other item keeps its teaser."""
    from xml.sax.saxutils import escape

    from signalwatch.collect.feeds import parse_feed
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    post = "".join(f"<p>{escape(line)}</p>" for line in CARDS.splitlines())

    def rss(title: str) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content='
                '"http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><item>'
                f"<title>{title}</title><link>https://n.example/p</link><guid>p</guid>"
                "<description>This week: Northwind, Contoso and more.</description>"
                f"<content:encoded><![CDATA[{post}]]></content:encoded></item></channel>"
                "</rss>").encode()

    (wire,), _ = parse_feed(rss("Funding Wire March 2: Northwind €12.5M Leads 3 Deals"))
    (other,), _ = parse_feed(rss("Northwind opens a Berlin office"))
    assert "Amount Raised: €12.5M" in wire.summary
    assert other.summary == "This week: Northwind, Contoso and more."
    item = Item(id=1, source="wire", key=wire.key, type="entry", title=wire.title,
                url=wire.url, summary=wire.summary, published=NOW, updated=None,
                company=None, data={}, first_seen=NOW, last_seen=NOW)
    matcher = Matcher([Account("n", "Northwind Robotics"), Account("c", "Contoso Health"),
                       Account("g", "Gamma Partners")])
    found = {s.account_id: s for s in signals_from_item(item, matcher, rates={"EUR": 1.08},
                                                         floor=0.8, now=NOW)}
    assert set(found) == {"n", "c"}  # an investor is not a company that raised
    n = found["n"]
    assert (n.attributes["round"], n.attributes["amount"], n.attributes["amount_usd"]) == (
        "series a", 12.5e6, 13.5e6)
    assert n.evidence[0].sentence == ("Company: Northwind Robotics · Round: Series A · "
                                      "Amount: €12.5M")


def test_a_headline_whose_main_clause_announces_nothing() -> None:
    assert find_leadership("As Contoso welcomes a new CEO, a look at where it stands") == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Co-founder", "c-level"), ("Founder and CEO", "c-level"),
    ("Founder's Associate", "ic"), ("Founders Associate", "ic"),
    ("Founder in Residence", "ic"), ("Founding Engineer", "ic"),
    ("exec", "head"), ("top executive", "head"), ("Account Executive", "ic"),
    ("Executive Assistant", "junior"),
])
def test_founders_lead_their_company(title: str, expected: str) -> None:
    from signalwatch.extract.titles import level

    assert level(title) == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("Woodgrove advances its copper project, raises £2 million", "Woodgrove"),
    ("Woodgrove Inc. (NASDAQ: WGB) Offers a Strategic Update and Announces the Closing of "
     "$14 Million Series B", "Woodgrove Inc. (NASDAQ: WGB)"),
])
def test_a_second_predicate_shares_the_first_subject(text: str, subject: str) -> None:
    c = find_funding(text)
    assert c is not None and c.subject == subject


@pytest.mark.parametrize("text", [
    "Woodgrove Subsidiary Secures $1.2 Million in New UAE Energy Projects",
    "Woodcoin (WDC) Reaches Final Presale Stage, Raises Over $4 Million",
])
def test_projects_and_token_presales_are_no_rounds(text: str) -> None:
    assert find_funding(text) is None


def test_a_count_of_people_is_no_ones_name() -> None:
    from signalwatch.extract.leadership import person_name

    assert person_name("Seven Key Leaders") is None
    assert person_name("Three New Executives") is None
    (c,) = find_leadership("Fabrikam Elevates Seven Key Leaders to Senior VP Roles")
    assert (c.company, c.person, c.change) == ("Fabrikam", None, "promoted")


def test_places_are_read_from_the_gazetteer() -> None:
    from signalwatch.extract.places import place

    assert place("Missouri") == "Missouri"
    assert place("the UAE") == "the UAE"
    assert place("U.S.") == "U.S."
    assert place("Rural Minnesota Communities") == "Rural Minnesota Communities"
    assert place("the Irish Market") == "the Irish Market"
    assert place("La Marque, Texas") == "La Marque, Texas"  # a town, then its state
    assert place("Texas, North Carolina, and New Mexico") == "Texas"
    assert place("Riyadh, Strengthens Footprint") == "Riyadh"
    # ordinary words are no places, even where a city bears the name ("Mobile", Alabama)
    for words in ("Minutes", "Help Drivers", "Mobile", "Higher Education", "Depression", ""):
        assert place(words) is None, words


def test_verb_initials_cover_every_funding_verb_word() -> None:
    """The funding patterns are tried only at words starting with one of _ANY_INITIALS
    (_FUNDING_VERB: _VERB_INITIALS); every word they read (each has a stem in _VERB_WORDS,
    their documented superset) must start so."""
    from signalwatch.extract import funding

    assert {w[0] for w in funding._VERB_WORDS} <= set(funding._ANY_INITIALS)
    assert {w[0] for w in funding._VERB_WORDS if not w.startswith("valu")} <= \
        set(funding._VERB_INITIALS)
    for word in ("raises", "Secures", "closes", "nabs", "wins", "discloses", "is awarded",
                 "joins", "participates", "co-leads", "invests", "funding", "Series", "seed"):
        assert funding._ANY_VERB.search(f"Acme {word} a $5M round"), word



# -- round-ups from other newsletters (issue #13: round-up and list sentences) -------------
# Categories measured on newsletter round-ups this project had not read (digests, weekly
# funding reports, a VC newsletter's "fundings" section); written on made-up names.

def _rounds(clause: str, previous: str = "") -> list[tuple]:
    from signalwatch.extract.funding import roundup_rounds

    return [(c.subject, c.round, c.amount, c.currency, c.rumour)
            for c in roundup_rounds(clause, previous)]


@pytest.mark.parametrize(("clause", "expected"), [
    # several companies' rounds in one sentence, each in a relative clause
    ("Other growth-stage rounds encompassed fintech Lamna, which raised USD 40 million in "
     "its Series C round, and design startup Proseware, which secured $35 million led by "
     "Fabrikam.", [("fintech Lamna", "series c", 40e6, "USD", False),
                   ("design startup Proseware", "unknown", 35e6, "USD", False)]),
    ("Notable investments included Lamna, an on-demand freight agency, which secured USD 200 "
     "million in its Series F funding round.", [("Lamna", "series f", 200e6, "USD", False)]),
    # names with their amounts in brackets; a valuation in brackets is no round
    ("Top raisers included Lamna ($805 million - Series J), Proseware ($304 million), and "
     "tinyCo ($20 million - Series B).", [("Lamna", "series j", 805e6, "USD", False),
                                         ("Proseware", "unknown", 304e6, "USD", False),
                                         ("tinyCo", "series b", 20e6, "USD", False)]),
    ("Lamna ($1.2 billion valuation) leads the chart.", []),
    # a list of companies that raised, amounts untold
    ("Other early-stage startups that garnered funding include robotics company Lamna, "
     "edtech firm Proseware and Contoso.", [
         ("robotics company Lamna", "unknown", None, None, False),
         ("edtech firm Proseware", "unknown", None, None, False),
         ("Contoso", "unknown", None, None, False)]),
    ("Through its pooled funds, Fabrikam lets you invest in companies like Lamna and "
     "Proseware.", []),
    ("Additionally, logistics firm Lamna, foodtech company Proseware, and Contoso also "
     "attracted substantial investments this week.", [
         ("logistics firm Lamna", "unknown", None, None, False),
         ("foodtech company Proseware", "unknown", None, None, False),
         ("Contoso", "unknown", None, None, False)]),
    # one company and its description is no list (the description runs to the verb)
    ("7lamna, a four-year-old, Saskatoon, Saskatchewan-based maker of scheduling software, "
     "has raised $3.5 million in new funding from Fabrikam.", [
         ("7lamna", "unknown", 3.5e6, "USD", False)]),
    # a round after the clause's main news
    ("Roll-up firm Lamna has entered the unicorn club after raising $111.5 million in its "
     "Series B funding round led by Fabrikam.", [
         ("Roll-up firm Lamna", "series b", 111.5e6, "USD", False)]),
    # a report about the valuation after a stated round leaves the round stated
    ("Co-working provider Lamna has raised $760m in a series G round that reportedly "
     "increased its valuation to $20bn.", [
         ("Co-working provider Lamna", "series g", 760e6, "USD", False)]),
    ("According to a report first filed by Handelsblatt, Berlin-based grocer Lamna has raked "
     "in €150 million from existing investors.", [
         ("Berlin-based grocer Lamna", "unknown", 150e6, "EUR", True)]),
    # money raised over a company's life is no round
    ("According to Crunchbase data, over its five years of operations, Lamna raised at least "
     "$1.4 billion from investors.", []),
    ("AI startups attracted 25% of Europe's VC funding", []),
])
def test_roundup_sentences(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


def test_a_roundup_pronoun_names_the_company_of_the_clause_before() -> None:
    assert _rounds("It has raised $31 million to scale its technology platform.",
                   "Paris-based biotech Lamna is using low-grade wood products.") == [
        ("Paris-based biotech Lamna", "unknown", 31e6, "USD", False)]


@pytest.mark.parametrize(("text", "subject", "round_"), [
    ("Lamna, a Noida-based marketplace, on Monday, announced that it has raised $120 million "
     "in a Series E round", "Lamna", "series e"),
    ("Lamna completed a $50 million series-D funding.", "Lamna", "series d"),
])
def test_funding_subject_without_its_time_and_hyphenated_series(text: str, subject: str,
                                                                round_: str) -> None:
    found = find_funding(text)
    assert found is not None and (found.subject, found.round) == (subject, round_)


def test_a_digest_and_a_newsletter_section_are_round_ups() -> None:
    """A digest's headline lists its stories; a daily newsletter (its title a date) is a
    round-up by its section of rounds; rupee crores count as amounts."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    def item(title: str, summary: str) -> Item:
        return Item(id=1, source="wire", key="1", type="entry", title=title, url=None,
                    summary=summary, published=NOW, updated=None, company=None, data={},
                    first_seen=NOW, last_seen=NOW)

    matcher = Matcher([Account("la", "Lamna"), Account("pr", "Proseware"),
                       Account("co", "Contoso"), Account("fa", "Fabrikam")])
    digest = item("Startup Digest: Lamna gets $86 mn in Series C round, Contoso acquires "
                  "Fabrikam & Proseware's ESOP pool",
                  "Here are the top headlines from the startup space.\nProseware raises Rs 530 "
                  "crore in Series B funding round led by Tribe.")
    by = {s.account_id: s.attributes for s in signals_from_item(
        digest, matcher, rates={"INR": 0.012}, floor=0.8, now=NOW) if s.kind == "funding"}
    assert set(by) == {"la", "pr"}
    assert (by["la"]["round"], by["la"]["amount"]) == ("series c", 86e6)
    assert (by["pr"]["amount"], by["pr"]["currency"]) == (5.3e9, "INR")
    daily = item("StrictlyVC: March 3", "Friday! A short issue today.\nTop News\nFabrikam "
                 "posted results.\nNew Fundings\nLamna, a year-old, Oslo-based maker of "
                 "software, has raised $2.4 million in funding. More here.\nProseware has "
                 "raised $3.5 million in seed funding.")
    by = {s.account_id: s.attributes for s in signals_from_item(
        daily, matcher, rates={}, floor=0.8, now=NOW) if s.kind == "funding"}
    assert set(by) == {"la", "pr"} and by["pr"]["round"] == "seed"


def test_a_feed_reads_a_newsletters_post_when_it_holds_a_section_of_rounds() -> None:
    from signalwatch.collect.feeds import parse_feed

    def feed(content: str) -> bytes:
        return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/'
                '1.0/modules/content/"><channel><title>n</title><item><title>March 3</title>'
                '<link>https://example.org/p</link><description>Friday!</description>'
                f'<content:encoded><![CDATA[{content}]]></content:encoded></item></channel>'
                '</rss>').encode()

    (with_section,), _ = parse_feed(feed("<p>Friday!</p><h3>Massive Fundings</h3><p>Lamna "
                                         "has raised $20 million.</p>"), {}, "https://e.org/")
    assert "Lamna has raised" in with_section.summary
    (plain,), _ = parse_feed(feed("<p>Friday!</p><p>Lamna has raised $20 million.</p>"), {},
                             "https://e.org/")
    assert plain.summary == "Friday!"


@pytest.mark.parametrize(("clause", "expected"), [
    # a round in a "that" clause, then the companies that followed it
    ("The growth deals were spearheaded by Lamna, a dairy brand that raised a stellar $20 "
     "million, trailed by Proseware, Contoso, and Fabrikam.", [
         ("Lamna", "unknown", 20e6, "USD", False), ("Proseware", "unknown", None, None, False),
         ("Contoso", "unknown", None, None, False), ("Fabrikam", "unknown", None, None, False)]),
    # companies' rounds as possessive noun phrases, one or several in a sentence
    ("Other notable rounds included Lamna Finance's $400 million funding round led by Tailspin, "
     "Fabrikam Foods' $37 million funding round from Northwind, and Contoso Housing's $30 "
     "million Series D funding round led by Litware.", [
         ("Lamna Finance", "unknown", 400e6, "USD", False),
         ("Fabrikam Foods", "unknown", 37e6, "USD", False),
         ("Contoso Housing", "series d", 30e6, "USD", False)]),
    ("Leading this week's funding was Lamna's $805 Mn mammoth round.",
     [("Lamna", "unknown", 805e6, "USD", False)]),
    # the round in a participle after the company's news; a combined amount is no one's
    ("Healthtech firm Lamna emerged as the top recipient, raising Rs 1,700 crore ($193 "
     "million) in a debt round from Tailspin.", [
         ("Healthtech firm Lamna", "debt", 1.7e10, "INR", False)]),
    ("Fintech platforms Lamna and Proseware followed, collectively raising Rs 250 crore ($30 "
     "million).", [("Fintech platforms Lamna", "unknown", None, None, False),
                   ("Proseware", "unknown", None, None, False)]),
    # the money a verb took "with"; "each" gives every company the amount
    ("Foodtech unicorn Lamna rounded out the list with a $17 million debt round from Tailspin.",
     [("Foodtech unicorn Lamna", "debt", 17e6, "USD", False)]),
    ("Among them, SaaS platform Lamna and jewelry brand Proseware led with $5.5 million each.",
     [("SaaS platform Lamna", "unknown", 5.5e6, "USD", False),
      ("jewelry brand Proseware", "unknown", 5.5e6, "USD", False)]),
    ("Fintech startup Lamna and deeptech venture Proseware each secured $5 million.", [
        ("Fintech startup Lamna", "unknown", 5e6, "USD", False),
        ("deeptech venture Proseware", "unknown", 5e6, "USD", False)]),
    ("Additionally, motorcycle maker Lamna and education startup Proseware received grants "
     "during the week.", [("motorcycle maker Lamna", "grant", None, None, False),
                          ("education startup Proseware", "grant", None, None, False)]),
    # one name with "and" in it stays one company
    ("Johnson and Johnson secured $5 million in funding.",
     [("Johnson and Johnson", "unknown", 5e6, "USD", False)]),
    # a round closed "at" its size; a fund closed after raising is the investor's own
    ("Fintech startup Lamna closed its Series A funding round at $22 million from Tailspin.",
     [("Fintech startup Lamna", "series a", 22e6, "USD", False)]),
    ("Lamna Capital, a young investment firm, has closed their fund at €87 million after "
     "raising an initial €53 million last year.", []),
    ("Two new notable funds have seen the light of day: Lamna Fund (Spain) raised €50 million",
     []),
    ("Mumbai-based startup Lamna also raised Rs 25 crore in a pre-series A round.",
     [("Mumbai-based startup Lamna", "pre-series a", 2.5e8, "INR", False)]),
    ("Lamna — a startup that turns farm waste into carbon — has raised $6.2 million in a seed "
     "round led by Tailspin.", [("Lamna", "seed", 6.2e6, "USD", False)]),
    # a weekly report's headline: its first and last rounds
    ("From Lamna To Proseware: Indian Startups Raised $171 Mn This Week", [
        ("Lamna", "unknown", None, None, False), ("Proseware", "unknown", None, None, False)]),
])
def test_roundup_sentences_more_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    # a gerund per company, a lower-case brand named by its place
    ("Key highlights include lamnacase securing $50 million in a Series D round and "
     "Proseware raising $29.5 million in a Series E round led by Tailspin.", [
         ("lamnacase", "series d", 50e6, "USD", False),
         ("Proseware", "series e", 29.5e6, "USD", False)]),
    # a list of deals, each comma its company; intended rounds are rumours
    ("Several funding activities were also announced, with Lamna set to raise $25 million, "
     "Proseware raising $25 million, and Contoso in talks to secure $200 million.", [
         ("Proseware", "unknown", 25e6, "USD", False),
         ("Lamna", "unknown", 25e6, "USD", True),
         ("Contoso", "unknown", 200e6, "USD", True)]),
    ("Other notable funding rounds included Lamna, Proseware and Contoso among others.", [
        ("Lamna", "unknown", None, None, False), ("Proseware", "unknown", None, None, False),
        ("Contoso", "unknown", None, None, False)]),
    ("Nigerian startups led the region, with significant funding secured by Lamna, "
     "Proseware, and others.", [("Lamna", "unknown", None, None, False),
                                ("Proseware", "unknown", None, None, False)]),
    # a list of deals names its acquisitions too: none is a round
    ("Notable deals included Lamna's acquisition of Proseware and Contoso.", []),
    # a passive round; a ranked list's line; money in brackets around a stated round
    ("This figure excludes the $298 million raised by South Africa's Lamna Fibre Network "
     "from Tailspin Bank.", [("Lamna Fibre Network", "unknown", 298e6, "USD", False)]),
    ("1. Lamna, $6B, artificial intelligence: the startup officially announced its "
     "long-awaited fundraise.", [("Lamna", "unknown", 6e9, "USD", False)]),
    ("Lamna Industries closed a jaw-dropping $2.5B Series G, while Proseware ($900M, Series "
     "C) and Contoso ($600M, Series F) delivered blockbuster raises.", [
         ("Proseware", "series c", 900e6, "USD", False),
         ("Contoso", "series f", 600e6, "USD", False),
         ("Lamna Industries", "series g", 2.5e9, "USD", False)]),
    # the money of a programme "with a funding of"; "grabbed"
    ("Rwanda-based Lamna joined Tailspin's summer program with a funding of $500,000.",
     [("Lamna", "unknown", 5e5, "USD", False)]),
    ("Out of the 32 startups, 3 announced undisclosed funding, with car subscription startup "
     "Lamna grabbed the highest amount ($100m) in disclosed funding for February.", [
         ("car subscription startup Lamna", "unknown", 100e6, "USD", False)]),
    # a sentence about funds lists no company's round
    ("Two new notable funds have seen the light of day: Lamna Fund raised €50 million, "
     "while Proseware secured €150 million.", []),
    # a report about something else after the round leaves the round stated
    ("The Bank of Lamna bags £42m funding round after reportedly being hit with a "
     "winding-up petition", [("The Bank of Lamna", "unknown", 42e6, "GBP", False)]),
])
def test_roundup_sentences_third_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    # background in a relative clause is no news: the sentence's own verb resumes after it,
    # or the company is what someone wrote "about"
    ("The hotel startup Lamna, for example, which raised $1.55 billion in funding from "
     "Tailspin, promised local hoteliers big fees.", []),
    ("Earlier this year, I wrote about Lamna, the meal delivery startup that raised more than "
     "$125 million in venture funding.", []),
    # the news form stays: the relative clause ends the sentence
    ("The standout of the week was Lamna, a Mumbai-based fintech platform, which raised $120 "
     "million, entering the unicorn club.", [("Lamna", "unknown", 120e6, "USD", False)]),
    ("More than half of it was raised by LAMNA'S ($250 million).",
     [("LAMNA'S", "unknown", 250e6, "USD", False)]),
    ("Tailspin poured $250 million into Lamna, the workplace collaboration platform.",
     [("Lamna", "unknown", 250e6, "USD", False)]),
    ("DealStreetAsia data shows one mega deal: the $188-million private equity investment in "
     "Lamna.ai, a Singapore-based provider of surgical technologies.",
     [("Lamna.ai", "unknown", 188e6, "USD", False)]),
    # (a Singapore paper's "$" is its dollar: the conversion in brackets is the amount)
    ("Following closely is braces manufacturer Lamna, having secured $19.42m (US$13.6m) in a "
     "series A funding.", [("braces manufacturer Lamna", "series a", 13.6e6, "USD", False)]),
    ("In the ninth edition of the list, it was the neobank Lamna that clinched the top spot, "
     "with $46.38m (US$32.5m) in funding from a series A round.",
     [("neobank Lamna", "unknown", 32.5e6, "USD", False)]),
    ("Fintech major Lamna said it has raised $160 million at a valuation of $3 billion in "
     "Series E funding.", [("Fintech major Lamna", "series e", 160e6, "USD", False)]),
])
def test_roundup_sentences_fourth_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


def test_a_newsletters_table_of_rounds() -> None:
    from signalwatch.extract.funding import deal_cards

    text = ("Daily Funding Roundup\nCompany | Amount | Round | Lead investor(s) | Sector |\n"
            "---|---|---|---|---|\nLamna India Fund | $200 Mn | First Close (Fundraising) | IFC "
            "| Private Equity Fund |\nProseware | ₹4 Cr | Seed / Funding | Tailspin; Northwind | "
            "Healthtech |\nContoso | $5M | Series A | Litware | SaaS |\n")
    assert [(c.subject, c.round, c.amount, c.currency, c.investors) for c in deal_cards(text)] == [
        ("Proseware", "seed", 4e7, "INR", ("Tailspin", "Northwind")),
        ("Contoso", "series a", 5e6, "USD", ("Litware",))]


@pytest.mark.parametrize(("clause", "expected"), [
    # one-line deals of a weekly newsletter
    ("Lamna completes $135 million fundraise.", [("Lamna", "unknown", 135e6, "USD", False)]),
    ("Lamna adds $30m in Tailspin-led Series C round to grow.",
     [("Lamna", "series c", 30e6, "USD", False)]),
    ("Lamna catches $3.3 million for cultivated scallops from Tailspin & others.",
     [("Lamna", "unknown", 3.3e6, "USD", False)]),
    ("Smart farm startup Lamna banked $140 million.",
     [("Smart farm startup Lamna", "unknown", 140e6, "USD", False)]),
    ("Once Upon a Lamna in the US closed a $52 million Series D round.",
     [("Once Upon a Lamna", "series d", 52e6, "USD", False)]),
    ("Jane Roe's Lamna superfood brand raises $2 million.",
     [("Jane Roe's Lamna", "unknown", 2e6, "USD", False)]),
    ("The Bank of Lamna bags £42m funding round.",
     [("The Bank of Lamna", "unknown", 42e6, "GBP", False)]),
    # a round for a company, several in a list
    ("Other deals include a $387 million Series C for the cultured meat startup Lamna Foods, "
     "a $136 million Series B for plant-based startup Proseware and a $130 million Series B "
     "for dairy startup Contoso.", [
         ("cultured meat startup Lamna Foods", "series c", 387e6, "USD", False),
         ("plant-based startup Proseware", "series b", 136e6, "USD", False),
         ("dairy startup Contoso", "series b", 130e6, "USD", False)]),
    # names and amounts paired "respectively"
    ("The list was followed by software platform Lamna, NBFC Proseware, and housing finance "
     "company Contoso which raised $30 million, $26 million, and $10 million funding, "
     "respectively.", [("software platform Lamna", "unknown", 30e6, "USD", False),
                       ("NBFC Proseware", "unknown", 26e6, "USD", False),
                       ("housing finance company Contoso", "unknown", 10e6, "USD", False)]),
    ("Wellness brand Lamna spearheaded the list followed by retailer Proseware and AI "
     "platform Contoso.", [("Wellness brand Lamna", "unknown", None, None, False),
                           ("retailer Proseware", "unknown", None, None, False),
                           ("AI platform Contoso", "unknown", None, None, False)]),
    ("The list further includes adventure programs Lamna and AI startup Proseware.", [
        ("adventure programs Lamna", "unknown", None, None, False),
        ("AI startup Proseware", "unknown", None, None, False)]),
    ("Tailspin-led Lamna Electric led the list with $50 million in debt funding.",
     [("Lamna Electric", "debt", 50e6, "USD", False)]),
    ("Further, personal care brand Lamna and luggage brand Proseware also secured funds this "
     "week.", [("personal care brand Lamna", "unknown", None, None, False),
               ("luggage brand Proseware", "unknown", None, None, False)]),
    ("Family office Tailspin invests in automated indoor farming startup Lamna Farm.",
     [("automated indoor farming startup Lamna Farm.", "unknown", None, None, False)]),
    ("Lamna, the payments unicorn, raised a reported $110M from Tailspin.",
     [("Lamna", "unknown", 110e6, "USD", True)]),
    # not: money a firm adds that is no round; an arts body's grant-like investment
    ("Lamna Adds $878 Million in Assets Under Management", []),
    ("Tailspin Arts Commission Invests in the USA International Harp Competition", []),
])
def test_roundup_sentences_fifth_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


def test_a_roundup_pronoun_company_and_a_round_named_in_the_next_sentence() -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Foodtech funding\nLamna is out to prevent food waste. The company just added "
               "$250 million in Series E funding.\nProseware raises $22.5 million. Tailspin "
               "co-led the Series A round for the Mexican company.\nContoso raises $5 million "
               "in seed funding.")
    item = Item(id=1, source="wire", key="1", type="entry",
                title="The Week in AgriFoodTech: Lamna, Proseware raise", url=None,
                summary=summary, published=NOW, updated=None, company=None, data={},
                first_seen=NOW, last_seen=NOW)
    matcher = Matcher([Account("la", "Lamna"), Account("pr", "Proseware"),
                       Account("co", "Contoso"), Account("ta", "Tailspin")])
    by = {s.account_id: s for s in signals_from_item(item, matcher, rates={}, floor=0.8,
                                                     now=NOW)}
    assert set(by) == {"la", "pr", "co"}
    assert (by["la"].attributes["round"], by["la"].attributes["amount"]) == ("series e", 250e6)
    assert by["pr"].attributes["round"] == "series a" and len(by["pr"].evidence) == 2
    assert by["co"].attributes["round"] == "seed"


@pytest.mark.parametrize(("clause", "expected"), [
    ("Earlier this week, Lamna, a software firm based in Australia, has raised a total of "
     "A$1.2million in a seed funding round led by Tailspin.",
     [("Lamna", "seed", 1.2e6, "AUD", False)]),
    ("There were some big winners such as food supply chain company Lamna which took on $28 "
     "million, and hydrogen company Proseware which finished up its $42 million series A.", [
         ("food supply chain company Lamna", "unknown", 28e6, "USD", False),
         ("hydrogen company Proseware", "series a", 42e6, "USD", False)]),
    ("Lamna has raised $45 million to date.", []),
])
def test_roundup_sentences_sixth_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Lamna Council's chief executive Jane Roe will exit the association within the next "
     "18 months.", [("Lamna Council", "Jane Roe", "departed")]),
    ("Jane Roe – the co-CEO of Lamna Group (parent of Contoso) – has stepped down from her "
     "role.", [("Lamna Group", "Jane Roe", "departed")]),
    ("Lamna Group co-CEO Jane Roe steps down", [("Lamna Group", "Jane Roe", "departed")]),
    ("John Doe will take over operations as sole CEO while Mary Major has been appointed COO "
     "and will join the management board.", [("", "John Doe", "promoted"),
                                             ("", "Mary Major", "joined")]),
    ("Lamna's CEO, John Doe, has hired former operative Jane Roe for the new role of Chief "
     "Strategy Officer.", [("Lamna", "Jane Roe", "joined")]),
    ("Lamna's tumultuous start continues, with the exit of influential Chief Operating "
     "Officer Ángel Vilá and digital chief Jane Roe.", [("Lamna", "Ángel Vilá", "departed"),
                                                         ("Lamna", "Jane Roe", "departed")]),
    ("Lamna founder Jane Roe announced her exit.", [("Lamna", "Jane Roe", "departed")]),
    ("The alt-protein company also appointed a new CEO, Jane Roe, who will lead expansion.",
     [("", "Jane Roe", "joined")]),
    ("The week also saw the departure of high-ranking executives from startups such as "
     "Lamna and Proseware.", [("Lamna", None, "departed"), ("Proseware", None, "departed")]),
    # not: a person's move with no executive title; a board seat
    ("Jane Roe has been appointed to the advisory board.", []),
])
def test_people_moves_in_prose(sentence: str, expected: list) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_round_up_of_people_moves_gives_every_change_and_the_implicit_company() -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Lamna Group co-CEO Jane Roe steps down\nJane Roe – the co-CEO of Lamna Group – "
               "has stepped down from her role.\nJohn Doe will take over operations as sole CEO "
               "while Mary Major has been appointed COO.\nContoso founder Ann Lee announced "
               "her exit.")
    item = _wire_item("Retail appointments of the week", summary)
    matcher = Matcher([Account("la", "Lamna Group"), Account("co", "Contoso")])
    got = sorted((s.account_id, s.attributes["person"], s.attributes["change"])
                 for s in signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW))
    assert got == [("co", "Ann Lee", "departed"), ("la", "Jane Roe", "departed"),
                   ("la", "John Doe", "promoted"), ("la", "Mary Major", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("– Lamna Boots Alliance appointed Jane Roe as its new EVP and CIO in November after the "
     "departure of former CIO John Doe.", [("Lamna Boots Alliance", "Jane Roe", "joined")]),
    ("– Lamna hired Jane Roe from Contoso as its CIO in July.", [("Lamna", "Jane Roe", "joined")]),
    ("– Lamna brought on board Jane Roe as its chief information and digital officer.",
     [("Lamna", "Jane Roe", "joined")]),
    ("(Alliance News) - Lamna PLC said Friday it has appointed Jane Roe as chief executive "
     "officer on a permanent basis.", [("Lamna PLC", "Jane Roe", "joined")]),
    ("Lamna & Sons has announced that it has appointed former Contoso director Jane Roe as its "
     "new interim group chief financial officer.", [("Lamna & Sons", "Jane Roe", "joined")]),
    ("Lamna's venture capital arm has appointed the co-founder of dating app Contoso, Jane Roe, "
     "as managing director.", [("Lamna", "Jane Roe", "joined")]),
    ("He replaces John Doe, who stepped down after three years in the role.",
     [("", "John Doe", "departed")]),
    ("John Doe stepped down from his role as group chief finance officer on 31 December.",
     [("", "John Doe", "departed")]),
])
def test_people_moves_in_prose_second_forms(sentence: str, expected: list) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize("title", [
    # neither money nor a word for it: no round, whatever "strategic" or "debt" says
    "Lamna Announces Strategic Partnership with Contoso to Empower Tradespeople",
    "Lamna Announces Strategic Intent to Spin Off Mission Technology Solutions",
    "Lamna Corporation Announces Closing of Convertible Senior Notes",
    "Lamna Minerals Corp. Announces Shares for Debt Agreement",
])
def test_no_round_without_money_or_a_word_for_it(title: str) -> None:
    assert find_funding(title) is None


def test_a_strategic_partnership_is_an_event_not_a_round() -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    item = Item(id=1, source="wire", key="1", type="entry",
                title="Lamna Announces Strategic Partnership with Contoso to Empower Trades",
                url=None, summary="", published=NOW, updated=None, company=None, data={},
                first_seen=NOW, last_seen=NOW)
    got = signals_from_item(item, Matcher([Account("la", "Lamna"), Account("co", "Contoso")]),
                            rates={}, floor=0.8, now=NOW)
    assert {(s.kind, s.attributes.get("type")) for s in got} == {("strategic", "partnership")}


@pytest.mark.parametrize("summary", [
    ", ".join(f"Firm{i} Labs, a maker, which raised ${i}M" for i in range(2000)),
    " ".join(f"Name{i} (${i} million - Series A)," for i in range(3000)),
    " ".join(f"Lamna{i}'s $5 million funding round," for i in range(3000)),
    " – ".join(f"Jane Roe{i} – the co-CEO of Lamna" for i in range(3000)),
    " ".join(f"Lamna{i} securing $5 million and" for i in range(3000)),
    "startups that raised include " * 3000,
])
def test_a_hostile_round_up_is_read_whole_and_gives_each_account_once(summary: str) -> None:
    """A 60,000-character round-up with no sentence end (the most a feed's post is read):
    every shape of the round-up reading over it, one signal per account at most."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    item = Item(id=1, source="wire", key="1", type="entry", title="Weekly funding roundup",
                url=None, summary=summary[:60000], published=NOW, updated=None, company=None,
                data={}, first_seen=NOW, last_seen=NOW)
    matcher = Matcher([Account("f7", "Firm7 Labs"), Account("n9", "Name9"),
                       Account("l3", "Lamna3")])
    got = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    keys = [(s.kind, s.account_id, s.attributes.get("person")) for s in got]
    assert len(keys) == len(set(keys)) and {s.account_id for s in got} <= {"f7", "n9", "l3"}


def test_relative_clause_deals_joined_by_commas_only() -> None:
    assert _rounds("Big rounds: Lamna Labs, a maker, which raised $6M, Proseware, a lender, "
                   "which raised $7M, Contoso, which raised $8M.") == [
        ("Lamna Labs", "unknown", 6e6, "USD", False), ("Proseware", "unknown", 7e6, "USD", False),
        ("Contoso", "unknown", 8e6, "USD", False)]


@pytest.mark.parametrize(("clause", "expected"), [
    ("As per the recent report by Lamna Data, Startups in the Middle East secured $764 million "
     "in funding across 42 rounds.", []),
    ("UAE's cloud kitchen Lamna, which raised $804 million in total funding.", []),
    ("Mega-rounds played a major role, spearheaded by a $250M debt raise for Lamna in Saudi "
     "Arabia, Proseware's $200M Series D in the UAE.", [("Lamna", "debt", 250e6, "USD", False),
                                                       ("Proseware", "series d", 200e6, "USD",
                                                        False)]),
])
def test_roundup_sentences_last_forms(clause: str, expected: list) -> None:
    assert _rounds(clause) == expected


@pytest.mark.parametrize(("sentence", "subject", "round_", "amount"), [
    ("In its Series D round, Ficus raised an impressive US$95 million.", "Ficus", "series d",
     95e6),
    ("As part of a seed round, Ficus Labs secured $2M from angels.", "Ficus Labs", "seed", 2e6),
    # the round the verb's object names wins over a phrase before the subject
    ("In its Series B round, Ficus raised $5M in a Series C extension", "Ficus", "series c",
     5e6),
    ("In the funding news, Ficus raised $5M", "Ficus", "unknown", 5e6),
])
def test_a_round_named_before_the_subject(sentence, subject, round_, amount) -> None:
    found = find_funding(sentence)
    assert found is not None
    assert (found.subject, found.round, found.amount) == (subject, round_, amount)


@pytest.mark.parametrize(("clause", "expected"), [
    ("Ficus, a Rwandan health startup, secured the highest funding at $21 million, followed by "
     "Kenyan startup Gourd with $20 million.",
     [("Ficus", 21e6), ("Kenyan startup Gourd", 20e6)]),
    ("Startups that raised funding this week include Gourd with $4M and Lamna.",
     [("Gourd", 4e6), ("Lamna", None)]),
    # "with" and no amount still ends the list
    ("Startups that raised funding this week include Gourd and Lamna, with more to come.",
     [("Gourd", None), ("Lamna", None)]),
])
def test_a_listed_company_with_its_own_amount(clause, expected) -> None:
    from signalwatch.extract.funding import roundup_rounds

    got = [(d.subject.split(": ")[-1].split(",")[0], d.amount) for d in roundup_rounds(clause)]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the employer as the passive's agent, an appositive after it
    ("Jane Roe has been appointed finance director by Ficus Services Ltd, a wholly owned "
     "subsidiary of Gourd Holdings.", [("Ficus Services Ltd", "Jane Roe", "finance director")]),
    ("Jane Roe was appointed chief executive by the board of Ficus Holdings on Monday.",
     [("Ficus Holdings", "Jane Roe", "chief executive")]),
    # an award "by" a magazine is no employer
    ("Jane Roe has been named Top CFO by Lamna Magazine.", []),
    # a list of news: the clause before the title is the company's
    ("Ficus granted ESOPs worth ₹20.6 Cr, Gourd turned bullish on Lamna, and Tailspin founder "
     "Jane Roe announced his exit.", [("Tailspin", "Jane Roe", "founder")]),
])
def test_moves_by_an_employer_and_in_a_list_of_news(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.title) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus secured nearly $20 million for its platform, and Gourd brought in $4.3 million to "
     "automate billing.", [("Ficus", 20e6), ("Gourd", 4.3e6)]),
    ("Ficus secured $15 million, Gourd gathered $25 million, and Lamna secured $20 million in "
     "respective funding rounds.", [("Ficus", 15e6), ("Gourd", 25e6), ("Lamna", 20e6)]),
    # verbs of money only before an amount
    ("Ficus gathers feedback from its users", []),
    ("Ficus brings in a new CEO", []),
])
def test_newsletter_verbs_brought_in_and_gathered(sentence, expected) -> None:
    from signalwatch.extract.funding import roundup_rounds

    assert [(d.subject, d.amount) for d in roundup_rounds(sentence)] == expected


def test_a_deal_card_newsletters_prose_is_read_for_people_moves() -> None:
    """Cards give the rounds; the prose around them may state a move, read as in any
    round-up (and only a move: no round is read from the prose twice)."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("The day saw Ficus grant ESOPs worth ₹20.6 Cr, Gourd turn bullish on Lamna, "
               "and Tailspin founder Jane Roe announced his exit.\n"
               "Company | Amount | Round | Lead investor(s) |\n|---|---|---|---|\n"
               "Proseware | $200 Mn | Series B | Contoso Capital |\n"
               "Fabrikam | ₹4 Cr | Seed | Northwind |\n")
    item = _wire_item("Daily Funding Roundup – 5th September", summary)
    matcher = Matcher([Account(k, n) for k, n in (
        ("ta", "Tailspin"), ("pr", "Proseware"), ("fa", "Fabrikam"), ("fi", "Ficus"),
        ("go", "Gourd"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert sorted((s.kind, s.account_id) for s in found) == [
        ("funding", "fa"), ("funding", "pr"), ("leadership", "ta")]
    (move,) = [s for s in found if s.kind == "leadership"]
    assert (move.attributes["person"], move.attributes["change"]) == ("Jane Roe", "departed")


@pytest.mark.parametrize(("title", "subject", "amount"), [
    # a passive "Led by" names investors: the subject raised
    ("Ficus Holdings Secures Additional $2,000,000 Led by 2 Board Members, Completing "
     "Previously Announced $5 Million in Funding", "Ficus Holdings", 2e6),
    # an investor whose name holds "Acquisition" buys nothing
    ("Gourd Resources secures $5 million investment from Lamna Acquisition for Tailspin Mine",
     "Gourd Resources", 5e6),
    ("Ficus Announces $1.5M Raised after closing the Early and Private Rounds", "Ficus", 1.5e6),
])
def test_press_rounds_from_press_blind13(title, subject, amount) -> None:
    found = find_funding(title)
    assert found is not None and (found.subject, found.amount) == (subject, amount)


def test_a_company_becoming_a_managing_partner_is_no_hire() -> None:
    assert find_leadership("Ficus Brands Invests and Becomes Managing Partner of Gourd Coffee "
                           "to Double Down on Hospitality") == []
    (c,) = find_leadership("Jane Roe Becomes Managing Director of Gourd Coffee")
    assert (c.company, c.person) == ("Gourd Coffee", "Jane Roe")


@pytest.mark.parametrize(("clause", "expected"), [
    # one possessive for a list of companies, their amounts paired when as many
    ("Putting the UAE ahead with UAE's Ficus and Gourd's $58 million and $25 million landing "
     "among the top five deals in the region.", [("Ficus", 58e6), ("Gourd", 25e6)]),
    # one amount for all: each a round, its amount untold
    ("The rise was mostly backed by Ficus, Gourd, and Lamna's $100 million-plus mega deals.",
     [("Ficus", None), ("Gourd", None), ("Lamna", None)]),
    # one deal between two companies is no one's round
    ("Ficus and Gourd's $5 million deal closed on Friday.", []),
])
def test_companies_listed_before_one_possessive(clause, expected) -> None:
    from signalwatch.extract.funding import roundup_rounds

    assert [(d.subject, d.amount) for d in roundup_rounds(clause)] == expected


def test_a_headlines_round_takes_its_terms_from_the_text() -> None:
    """"Ficus raises seed" in the headline, its amount in the text (a text of amounts read
    as a possible round-up first): one signal, the headline's, its amount filled."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("The region's most-funded startups include Gourd, which raised a total of $198 "
               "million, and Lamna, which raised $804 million in total funding. Ficus has it "
               "all worked out. The UAE-based platform for shared spaces Ficus raised $2.1 "
               "million in a seed funding round to expand its operations to Saudi Arabia.")
    item = _wire_item("MENA's 50 most-funded startups; Ficus raises seed", summary)
    matcher = Matcher([Account("fi", "Ficus"), Account("go", "Gourd"), Account("la", "Lamna")])
    (sig,) = signals_from_item(item, matcher, rates={"USD": 1.0}, floor=0.8, now=NOW)
    assert sig.account_id == "fi"
    assert (sig.attributes["round"], sig.attributes["amount"]) == ("seed", 2.1e6)
    assert len(sig.evidence) == 2  # the headline and the sentence that gave the amount


@pytest.mark.parametrize(("clause", "expected"), [
    ("Worthy of mention are startups like Ficus, Gourd, and Lamna, the latter two of which "
     "chose not to disclose their fundraising figures.", ["Ficus", "Gourd", "Lamna"]),
    ("Activity was also seen in Iraq, though this amount could be higher as Ficus, Gourd, and "
     "Lamna did not disclose their investment values.", ["Ficus", "Gourd", "Lamna"]),
    # companies listed for another reason
    ("Some of the biggest names kept away from startups last month including Ficus and Gourd "
     "which didn't feature in any of August's publicly promoted funding deals.", []),
    ("Startups had to be no more than seven years old, excluding companies like Ficus, which "
     "raised a total of $198 million, and Gourd.", []),
])
def test_companies_whose_amounts_went_untold(clause, expected) -> None:
    from signalwatch.extract.funding import roundup_rounds

    got = roundup_rounds(clause)
    assert [d.subject for d in got] == expected
    assert all(d.amount is None for d in got)


def test_money_with_in_the_clause_after_a_subject_that_names_no_one() -> None:
    from signalwatch.extract.funding import roundup_rounds

    got = roundup_rounds("Other startups in the region also raised funds, and Lamna-based Ficus "
                         "Care joined Gourd's summer program with a funding of $500,000.")
    assert [(d.subject, d.amount) for d in got] == [("Ficus Care", 500e3)]


@pytest.mark.parametrize(("clause", "expected"), [
    # an appositive that runs to the verb: unclosed, or with commas of its own
    ("Ficus Data Sciences, a tech startup raised Rs 6.2 crore in seed round from Gourd "
     "Partners, family offices, and high net worth individuals (HNIs).",
     [("Ficus Data Sciences", "seed", 6.2e7)]),
    ("Lamna.One, a German company offering promotions, loyalty, and gamification platform, "
     "raised €114.7 million.", [("Lamna.One", "unknown", 114.7e6)]),
    # not through a list of two companies, nor into a relative clause's verb
    ("Both Ficus, a home essentials brand, and Gourd Technologies, a consumer electronics "
     "company, secured $20 million each.",
     [("Ficus", "unknown", 20e6), ("Gourd Technologies", "unknown", 20e6)]),
    # the description first, the name after its comma
    ("An AML startup founded by former workers at Gourd and Lamna, Estonia’s Ficus has raised "
     "$2 million in seed funding.", [("Ficus", "seed", 2e6)]),
    # "locks in" money; an extension is of the round it names
    ("Ficus, an insurtech based in Berlin, Germany, locks in $110 million extension to its "
     "Series B round.", [("Ficus", "series b", 110e6)]),
    # no round: an investor's phrase, green loans, a total, a copula about something else
    ("Ficus led a $2 Million Seed round led by Gourd with funding from Lamna.", []),
    ("Ficus Secures €433 Million in Green Loans, Gourd Struggles with Financing Issues", []),
    ("The three-year credit line is the second major lending vehicle Ficus has raised since "
     "the pandemic, bringing total credit facilities to $800mn following the $650mn "
     "syndicated bank line secured last year.", []),
])
def test_round_up_forms_from_blind8(clause, expected) -> None:
    from signalwatch.extract.funding import roundup_rounds

    assert [(d.subject, d.round, d.amount) for d in roundup_rounds(clause)] == expected


def test_the_promise_of_a_bot_that_secured_money_is_no_round() -> None:
    assert find_funding("The promise and warning of Ficus Terminal, the AI bot that secured "
                        "$50,000 in Bitcoin from Jane Roe") is None


def test_amounts_with_the_currency_after_count_toward_a_round_up() -> None:
    from signalwatch.extract.signals import _three_amounts

    assert _three_amounts("Ficus raised 50 million USD, Gourd received 29 million USD and "
                          "Lamna 4.5 million USD.")
    assert not _three_amounts("Ficus raised 50 million users and 29 million downloads in USD "
                              "terms.")


def test_flags_and_places_in_an_issue_title() -> None:
    """A newsletter issue's title lists its stories after a dash, each company with its
    country's flag: the round is the company's, a country invested in is none."""
    from signalwatch.extract.funding import roundup_rounds

    got = roundup_rounds("Issue #40 - Ficus 🇧🇷 to invest $159 Million in Colombia 🇨🇴 amid "
                         "record profits, Gourd 🇺🇾 allegations send stock into freefall, and "
                         "Lamna 🇲🇽 raises $50 Million in debt financing.")
    assert [(d.subject, d.round, d.amount) for d in got] == [("Lamna", "debt", 50e6)]
    assert find_funding("Ficus to invest $1B in Singapore to boost adoption of AI") is None
    assert find_funding("Tailspin Ventures invests $5M in Ficus").subject == "Ficus"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gourd Health replaced CEO Jane Roe with company veteran John Doe after investors "
     "pressured the company.",
     [("Gourd Health", "Jane Roe", "departed"), ("Gourd Health", "John Doe", "joined")]),
    ("Lamna in August replaced CEO Mark Major, who led the company for eight years, with "
     "veteran Ann Lee, at a time when it is struggling.",
     [("Lamna", "Mark Major", "departed"), ("Lamna", "Ann Lee", "joined")]),
    ("Similarly, Ficus appointed a new COO, Jane Roe, to oversee the final stages of its "
     "integration of Gourd, a move critical to its plans.", [("Ficus", "Jane Roe", "joined")]),
    ("For example, Ficus hired CMO John Doe from indie shop Gourd, while Lamna named Tailspin "
     "alum Ann Lee senior VP-marketing.",
     [("Ficus", "John Doe", "joined"), ("Lamna", "Ann Lee", "joined")]),
    ("Ficus appointed a former Gourd leader, John Doe, as CMO.", [("Ficus", "John Doe", "joined")]),
    ("Jane Roe is leaving Ficus in favor of becoming Gourd’s first CMO.",
     [("Ficus", "Jane Roe", "departed"), ("Gourd", "Jane Roe", "joined")]),
    ("American sportball’s The Ficus’s new CMO is Jane Roe, who joined from Gourd.",
     [("Ficus", "Jane Roe", "joined")]),
    # no executive title, no move
    ("Ficus hired Jane Roe to lead its community events.", []),
    ("Ficus replaced its logo with a new one designed by Jane Roe.", []),
])
def test_people_moves_in_newsletter_prose(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("title", "moves"), [
    ("Companies that changed CEOs this year", True),
    ("Change Gauge: 20 Big Marketing Moves From the First Half", True),
    ("Ficus, Gourd and other brands bring on new CMOs", True),
    ("CEOs In The News: The Great Reshuffle Accelerates", True),
    ("Ficus moves its headquarters to Austin", False),
    ("Gourd names new CEO", False),
])
def test_titles_of_people_moves_round_ups(title, moves) -> None:
    from signalwatch.extract.signals import is_moves_title

    assert is_moves_title(title) is moves


def test_a_text_of_many_moves_is_read_as_their_round_up() -> None:
    """Whatever its title, a text naming executives' titles again and again with changes
    of people is read move by move (an ordinary article stops at its first statement)."""
    from signalwatch.extract.signals import _many_moves, signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Ficus has announced that it has appointed former Gourd director Jane Roe as its "
               "new interim group chief financial officer. Pending the announcement of a new "
               "permanent group CFO, Roe is joining the business in January. She will report "
               "to CEO John Doe. Ann Lee stepped down from her role as group chief finance "
               "officer on 31 December.")
    assert _many_moves(summary)
    assert not _many_moves("Ficus raised $5M. Its CEO said the round will fund hiring.")
    item = _wire_item("Ficus appoints interim CFO", summary)
    matcher = Matcher([Account("fi", "Ficus"), Account("go", "Gourd")])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert sorted((s.account_id, s.attributes["person"], s.attributes["change"])
                  for s in found) == [("fi", "Ann Lee", "departed"), ("fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a change read by its parts: the verb, the person it is said of, the title the clause
    # gives them, the company (a possessive, "of X", "joined X", "as X CEO"), else implicit
    ("Ficus's chief revenue officer, Jane Roe, will step down from her role on March 3, "
     "staying on as an adviser.", [("Ficus", "Jane Roe", "departed")]),
    ("John Doe, Gourd’s GRD (NYSE) CEO for the last six years, announced his resignation on "
     "Monday.", [("Gourd", "John Doe", "departed")]),
    ("Ann Lee, who serves as Lamna’s chief technology officer, has announced that May 2 will "
     "be her last day.", [("Lamna", "Ann Lee", "departed")]),
    ("Jane Roe takes over as Ficus CEO", [("Ficus", "Jane Roe", "joined")]),
    # an effective date is the news, a year after "in" or "since" a career told
    ("Jane Roe takes over as Ficus CEO effective September 15, 2025.",
     [("Ficus", "Jane Roe", "joined")]),
    ("Tailspin said Mark Major had joined the company as a vice-president in charge of "
     "sales.", [("Tailspin", "Mark Major", "joined")]),
    ("Jane Roe, one of Ficus's first employees and former vice president of marketing for "
     "Ficus, has joined Gourd as vice president of marketing.",
     [("Gourd", "Jane Roe", "joined"), ("Ficus", "Jane Roe", "departed")]),
    ("Fruit grower Lamna Holdings' board appointed company veteran Ann Lee as chief "
     "executive a day after the founder retired.", [("Lamna Holdings", "Ann Lee", "joined")]),
    ("Ficus (NYSE), often called simply Ficus Foods, has appointed John Doe its new CEO.",
     [("Ficus", "John Doe", "joined")]),
    # the title before the name is the one held; the role taken is after the verb
    ("Ficus CEO Jane Roe joins Gourd's board of directors.", []),
    ("Former Ficus CEO John Doe has joined Gourd as a strategic advisor.", []),
    # a unit or a date is no person, no company, no title
    ("To start, the head of Ficus's Human Resources announced her departure amid layoffs.",
     []),
    ("John Doe joined Ficus in 1984 and served as chief technology officer before becoming "
     "chief operating officer in 2007.", []),
    ("He is said to have been promoted to the President post from the post of Vice "
     "President.", []),
])
def test_people_moves_read_by_their_parts(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_round_ups_move_without_its_person_takes_the_person_named_next() -> None:
    """A heading says the CEO resigned; the next sentence names him: one move, his."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Friday, July 23\n\nAgainst the Grain - Gourd CEO Resigns Unexpectedly\n\n"
               "John Doe, Gourd’s CEO for the last four years, announced his resignation on "
               "Sunday. Ficus appointed Jane Roe as its new CFO. The Lamna board named Ann Lee "
               "president. Tailspin's COO Mark Major has stepped down.")
    item = _wire_item("Management turnover as a change agent", summary)
    matcher = Matcher([Account("go", "Gourd"), Account("fi", "Ficus"), Account("ta", "Tailspin")])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert sorted((s.account_id, s.attributes["person"], s.attributes["change"])
                  for s in found) == [("fi", "Jane Roe", "joined"),
                                      ("go", "John Doe", "departed"),
                                      ("ta", "Mark Major", "departed")]


def test_a_headline_is_read_by_the_headline_forms_even_with_an_entity() -> None:
    """The headline is the first sentence read; the prose reading is for the sentences
    after it, whether or not the headline holds an HTML entity ("&amp;")."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    # (a wording only the prose reading knows)
    title = ("Tailspin Blockchain, for instance, recently recruited an outsider, Jane Roe, as "
             "its new CEO")
    matcher = Matcher([Account("ta", "Tailspin Blockchain")])
    for headline in (title, "Blockchain &amp; AI, " + title):
        item = _wire_item(headline, "")
        assert signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW) == []
    item = _wire_item("Tailspin news", "Blockchain and AI. " + title + ".")
    assert [(s.account_id, s.attributes["change"]) for s in signals_from_item(
        item, matcher, rates={}, floor=0.8, now=NOW)] == [("ta", "joined")]


def test_one_person_familiar_makes_a_report() -> None:
    from signalwatch.extract.funding import reported

    assert reported("Ficus will name Jane Roe to lead its unit, one person familiar with the "
                    "situation said.")
    assert reported("Gourd plans a reshuffle, a person close to the company said.")
    assert not reported("Ficus named Jane Roe president, the company said.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus CEO Jane Roe stepped down from her role on Dec. 1, less than four years in.",
     [("Ficus", "Jane Roe", "departed")]),
    ("Gourd CFO John Doe resigned last week.", [("Gourd", "John Doe", "departed")]),
    ("Ficus’s head of venture has resigned", [("Ficus", None, "departed")]),
    ("The CEO who stepped down from Ficus said the board had been told.", []),
])
def test_departures_told_in_the_past(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Lamna Executes Term Sheet to Acquire Woodgrove Systems With Strong Defence Ties",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Systems")]),
    # a project bought, whose name runs past its "and"; a second predicate is no object
    ("Lamna Signs LOI to Acquire the Cabot Copper and Gold Project in Newfoundland", []),
    ("Lamna Acquires Woodgrove and Expanding Their Commerce Portfolio",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna Partners With ViRx@Stanford on AI-Driven Pandemic Preparedness",
     [("partnership", "Lamna"), ("partnership", "ViRx@Stanford")]),
    ("New Partnership Announced Between Lamna and Woodgrove Cord Sets",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Cord Sets")]),
    ("Lamna Global Continues to Expand Global Footprint", [("expansion", "Lamna Global")]),
    ("Lamna Expands Global Reach with New Exchange Listing on Woodgrove", []),
    ("Lamna Training, Premier Athletic Fitness Brand Expands into Forsyth County",
     [("expansion", "Lamna Training")]),
    ("Lamna Community Launches Global Community Platform 2.0 Led by Jane Roe", []),
    ("Lamna Launches Investment Opportunity in a Moment for Coal", []),
    ("Central Lamna Online Auction Launches July 21 to Support Flood Relief", []),
    ("Lamna Supply, Inc. Expands Partnership with City of Woodgrove's Bus Rapid Transit Project",
     [("partnership", "Lamna Supply, Inc.")]),
    # a long title: the launch is read whatever follows its product
    ("Lamna Launches LamnaExplore™ Fibrosis: An AI-Powered Pathology Breakthrough in "
     "Fibrosis, Collagen, and Fiber Quantification Directly from Whole Slide Images",
     [("product_launch", "Lamna")]),
])
def test_events_from_blind17(title, expected) -> None:
    from signalwatch.extract.events import find_events

    assert [(e.type, e.subject) for e in find_events(title)] == expected


@pytest.mark.parametrize(("title", "expected"), [
    # the partner named before "Partnership" (what follows "with" is what was added); a
    # word of kind names none
    ("Lamna Expands Woodgrove Partnership With Azure Analytics Specialization",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna Expands Long-Standing Partnership with Woodgrove",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna Strengthens Oncology Partnership", [("partnership", "Lamna")]),
    # what a company calls itself is no partnership
    ("Lamna Emerges as the Premier Claims &amp; Billing Partner for Top U.S. Physicians", []),
    # a teaser before a colon, the news after it even when it opens with a digit; a shop
    ("Dessert for Everyone: 16 Lamnas Opens Frozen Yogurt and Soft Serve Shop in Brooklyn, NY",
     [("expansion", "16 Lamnas")]),
    # care expanded in a place; a title-case appositive with an article or a possessive
    ("Lamna VNA & Hospice Expands Registered Nursing Care in Monterey",
     [("expansion", "Lamna VNA & Hospice")]),
    ("Lamna, Vietnam's Iconic Meme Coin, Launches New App", [("product_launch", "Lamna")]),
    ("Lamna, Woodgrove and Proseware Partner to Build a Grid",
     [("partnership", "Lamna"), ("partnership", "Woodgrove"), ("partnership", "Proseware")]),
    # from blind19: a participle's event after a comma (not a growth through a partner);
    # "From A To B, " before the subject; an app launched on iOS; an agreement a growth
    # goes through; savings and rebates are no products
    ("Lamna Acquires Woodgrove Partners, Expanding Into the United States",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Partners"), ("expansion", "Lamna")]),
    ("Lamna Ltd. Secures Second Monitoring Contract in Virginia, Expanding U.S. Footprint",
     [("expansion", "Lamna Ltd.")]),
    ("Lamna's Division Partners With Woodgrove, Expanding Distribution Across U.S. Locations",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("From Deal-Making To Crypto Purchases, Lamna Is Expanding Its Footprint In Cybersecurity",
     [("expansion", "Lamna")]),
    ("Lamna App Launches on iOS and Android, Bringing Connections to Life",
     [("product_launch", "Lamna App")]),
    ("Lamna Corp. Expands Global Reach Through Smart Technology Agreement With Woodgrove Group",
     [("partnership", "Lamna Corp."), ("partnership", "Woodgrove Group")]),
    ("Lamna Introduces Unprecedented Savings for Extended Stays in NYC", []),
    # from blind20: a partner described, not named, gets no event (a number is no
    # description: "Four Seasons" is a name); a partner named before "Partnership" among
    # what is announced; a partner's kind of agreement, unnamed; a verb of intention is no
    # part of the subject; an intention after a comma; a growth abroad; partnerships made,
    # none named
    ("Lamna Partners With Local California Organizations to Support Food Drives",
     [("partnership", "Lamna")]),
    ("Lamna partners with the World's Largest Home Improvement Retailer",
     [("partnership", "Lamna")]),
    ("Lamna Partners with Four Seasons to Provide Guests with Cars",
     [("partnership", "Lamna"), ("partnership", "Four Seasons")]),
    ("Lamna Announces New Email Templates, Woodgrove Partnership, and Enhanced Automation",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna Expands Distribution with Exclusive Licensing Agreement in Ohio",
     [("partnership", "Lamna")]),
    ("Lamna Announces Plans to Launch AI Platform", [("product_launch", "Lamna")]),
    ("Lamna Plans to Acquire Woodgrove Inc.",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Inc")]),
    ("Lamna Health Plans to Acquire Woodgrove Inc.",
     [("acquisition", "Lamna Health Plans"), ("acquired", "Woodgrove Inc")]),
    ("Lamna Accelerates Growth with New Franchise Agreements, Announces Plans to Expand "
     "Abroad", [("expansion", "Lamna")]),
    ("Lamna Accelerates International Growth, Expands into South America",
     [("expansion", "Lamna")]),
    ("Lamna Expands Internationally", [("expansion", "Lamna")]),
    # (the company's own growth abroad: news_events_blind3 labels Google's so)
    ("Lamna's AI Mode expands globally, adds new features", [("expansion", "Lamna")]),
    ("Lamna Coin: Igniting Momentum with Strategic Supply Burn and Strategic Partnerships",
     [("partnership", "Lamna Coin")]),
    ("Lamna Advances with New Semiconductor Technology and Strategic Partnerships",
     [("partnership", "Lamna")]),
    ("Lamna Expands International Footprint with New Offices and Strategic Partnerships",
     [("expansion", "Lamna"), ("partnership", "Lamna")]),
    ("Lamna Transforms the Creator Economy with Seamless Brand Partnerships", []),
    ("Lamna to Pursue Partnerships at BIO 2025", []),
    # from blind21: a partner "in partnership with" what the subject does (not a minor
    # thing done); a line of business is no place; people behind companies partner no
    # one; a person made partner; the launch a predicate comes with; a practice launched;
    # a testnet is none; launches on Telegram, in beta, on Kickstarter after a dash or as
    # a noun; "is proud to announce a launch of"; a stock analysis tool is a product
    ("Lamna Launches Scheduling Platform in Partnership with Woodgrove Network",
     [("product_launch", "Lamna"), ("partnership", "Lamna"),
      ("partnership", "Woodgrove Network")]),
    ("Lamna Announces Return to Nevada in Strategic Partnership with Woodgrove Partners "
     "Group and Proseware", [("partnership", "Lamna"),
                             ("partnership", "Woodgrove Partners Group"),
                             ("partnership", "Proseware")]),
    ("Lamna Foundation Launches Scout Troop 611 in Partnership with Woodgrove America", []),
    ("Lamna Scouts to Host a Girls Workshop in Partnership with Woodgrove Voters", []),
    ("Lamna Energy Expands Into Lucrative Oil And Gas Industry With Certified Storage", []),
    ("Lamna 3D Inks Deal to Expand Into Dubai's Real Estate Sector With a New Development",
     [("expansion", "Lamna 3D")]),
    ("Pioneers Behind Lamna, Ficus and Gourd Darts Partner With Woodgrove Sports To Launch "
     "Padel", [("partnership", "Woodgrove Sports")]),
    ("Team behind Lamna launches a multi-feed app called Tapestry", []),
    ("Lamna Elevates VP of Growth Jane Roe to Partner", []),
    ("Lamna Instruments Simplifies Chlorine Monitoring with Launch of Woodgrove DCP007 "
     "Photometer", [("product_launch", "Lamna Instruments")]),
    ("Lamna Pivots Beyond Native Ads with Launch of Marketplace", [("product_launch", "Lamna")]),
    ("Lamna North Launches Public Affairs Practice Led by Jane Roe",
     [("product_launch", "Lamna North")]),
    ("Lamna Chain Testnet Launched, Showcasing 5 Key Advantages", []),
    ("The new Lamna DeFi Wallet launches in open beta on Telegram and web app",
     [("product_launch", "Lamna DeFi Wallet")]),
    ("Vehicle-Mounted Stand for Laptops – Lamna STAND Launching on Kickstarter",
     [("product_launch", "Lamna STAND")]),
    ("Portable Dryer Lamna, Kickstarter Launch", [("product_launch", "Portable Dryer Lamna")]),
    ("Lamna to Retail is proud to announce a successful launch of a new licensed product",
     [("product_launch", "Lamna to Retail")]),
    ("Lamna Launches Advanced Free Stock Analysis Tool - Tailored for Traders",
     [("product_launch", "Lamna")]),
    # from blind22: a company sold to a buyer (not a stake, not "to Focus on"); a parent
    # between commas; a company's owner acting for it; "Professional" in a firm's name;
    # an "in Partnership" partner; a partnership secured; adjectives in -ing before a
    # place; an indication of interest to acquire; a described partner with a place's
    # possessive; a date launched on; a body formed is no product
    ("Lamna Capital Partners Exits iWoodgrove in Strategic Sale to Proseware",
     [("acquisition", "Proseware"), ("acquired", "iWoodgrove")]),
    ("Lamna Completes Sale of Woodgrove Inc. to Proseware",
     [("acquisition", "Proseware"), ("acquired", "Woodgrove Inc.")]),
    ("Lamna sells Woodgrove stake to Proseware for $279.2 million", []),
    ("Lamna Divests Woodgrove Dynamics to Focus on Core 3D Modeling Business", []),
    ("Lamna, A Division of Woodgrove, Inc., Announces Launch of Crypto Processing Services",
     [("product_launch", "Lamna")]),
    ("Seasoned Lamna Security Owner Jane Roe Expands Business Security Services to the "
     "Houston Market", [("expansion", "Lamna Security")]),
    ("Lamna Professional Development and Woodgrove at Work Announce Strategic Partnership",
     [("partnership", "Lamna Professional Development"), ("partnership", "Woodgrove at Work")]),
    ("Lamna Media Secures $11.6 Million Football Partnership in India",
     [("partnership", "Lamna Media")]),
    ("Lamna Launches Leading Telemedicine Service in Hawaii",
     [("product_launch", "Lamna"), ("expansion", "Lamna")]),
    ("Lamna Executes Indication of Interest ( IOI ) to Acquire a Leading Fintech Company",
     [("acquisition", "Lamna")]),
    ("Lamna Lands Clinical Trial Partnership With India’s Leading Orthopedic Hospital Group",
     [("partnership", "Lamna")]),
    ("Lamna Secures Supply Agreement with Woodgrove, Achieves Strong Growth Milestones",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Minimalist Lamna Phone III launches March 27",
     [("product_launch", "Minimalist Lamna Phone III")]),
    ("The Professional Alliance for Lamna Safety Launched September 10 to Lead Standards", []),
    # from blind23: a startup or research accelerator, a warranty, a blueprint, a dated plan
    # are no products (a chip accelerator is); a subject's predicate "Incorporates"; an
    # affiliate named before its partner's name, "And Associates" kept; "an" before a
    # partnership of two; money raised during an IPO; a continent's market footprint with a
    # named partnership
    ("Lamna X launches Women’s Health R&D Accelerator in Heidelberg", []),
    ("Lamna Debuts Powerful Lamna-10 AI Accelerator Bringing GenAI To Edge Devices",
     [("product_launch", "Lamna")]),
    ("Lamna Launches the Best Residential Paint Warranty in Texas", []),
    ("Lamna Unveils Strategic Blueprint for Turning Financial Data into Revenue Growth", []),
    ("Lamna Unveils 2025-2026 Plan for Multi-Feature Ecosystem", []),
    ("Lamna AI Incorporates Four Delaware Subsidiaries to Launch Independent Data Exchanges",
     [("product_launch", "Lamna AI")]),
    ("The Lamna Bank Partners With Woodgrove Affiliate Proseware And Associates",
     [("partnership", "The Lamna Bank"), ("partnership", "Proseware And Associates")]),
    ("Lamna Health and Woodgrove Announce an Exclusive Distribution Partnership in Turkey",
     [("partnership", "Lamna Health"), ("partnership", "Woodgrove")]),
    ("Cryptocurrency Exchange Lamna Rakes in $425m During its IPO",
     [("ipo_filing", "Cryptocurrency Exchange Lamna")]),
    ("Lamna Expands Asian Market Footprint With Woodgrove Securities Partnership to Scale",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Securities"),
      ("expansion", "Lamna")]),
    # from blind24: a temporary centre is no growth; partners described with "&"; an
    # exchange listing is no launch; an option bought is no company; an abbreviation in
    # brackets after a partner's name
    ("Lamna Opens Temporary Hurricane Support Center in Sarasota, FL", []),
    ("Lamna Partners With Charities & Hospitals to Revolutionize Community Engagement",
     [("partnership", "Lamna")]),
    ("Lamna Set to Launch Woodgrove Listing on March 8th, 2024.", []),
    ("Lamna Resources Announces Acquisition of an Option to Acquire a Tungsten Project", []),
    ("Lamna and Woodgrove Intelligence Corp (WIC, Korea) Partner On Drug Development",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Intelligence Corp")]),
    # from blind25: a trade in -ing before the place ("Marketing", "Testing") is no clause;
    # "across" a place for an expansion, not for a launch; the partner named after the verb
    # does not go; a place in the company's own name is home
    ("Lamna Expands Its Digital Marketing Practice to Malaysia", [("expansion", "Lamna")]),
    ("Lamna Expands Drug Testing Across Scandinavia with Woodgrove Partnership",
     [("partnership", "Lamna"), ("partnership", "Woodgrove"), ("expansion", "Lamna")]),
    ("Lamna Launches Fire Watch Services Across Ohio", [("product_launch", "Lamna")]),
    ("Lamna Philippines Launches Accounting Software in the Philippines",
     [("product_launch", "Lamna Philippines")]),
    # a launch party is no launch; a buyout by the management names no buyer
    ("Lamna Vodka Takes Center Stage at Woodgrove Launch Party with Seasonal Flavors", []),
    ("The Lamna Group Acquired by Management Team, Ushering in a New Era",
     [("acquired", "The Lamna Group")]),
    # a restructuring told as cost cuts or operations consolidated
    ("Lamna Inc. Expands Cost-Cutting Measures, Consolidates Operations",
     [("layoffs", "Lamna Inc.")]),
    # two companies joined by a comma or before a colon; "to" before the verb; a country
    # is no partner; a partner group described
    ("Lamna, Woodgrove to Partner on AI Infrastructure", [("partnership", "Lamna"),
                                                           ("partnership", "Woodgrove")]),
    ("Lamna and Woodgrove to Partner on AI Infrastructure",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna and Woodgrove Ventures: A Partnership That Will Level Up Your Business",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Ventures")]),
    ("UAE, Lamna Collaborate on AI Project", []),
    ("Lamna, Record Labels Partner to Develop AI Music Tools", [("partnership", "Lamna")]),
    # a partnership as a second predicate; the valuation an IPO is to set
    ("Lamna Energy Advances Exploration Program, Secures Woodgrove Partnership",
     [("partnership", "Lamna Energy"), ("partnership", "Woodgrove")]),
    ("Lamna Flood Could Gain $2.8B Valuation in IPO", [("ipo_filing", "Lamna Flood")]),
    ("Lamna Hits $50 Million Valuation in Seed Round", []),
    # each further predicate after a colon; a franchise deal in a place; a trade mark
    ("Lamna Foods Fuels Global Growth: Unveils Moe’s Casa WoodTM and Signs 45-Unit Deal "
     "in India", [("product_launch", "Lamna Foods"), ("expansion", "Lamna Foods")]),
    ("Lamna Signs 12-Unit Development Deal in Texas", [("expansion", "Lamna")]),
    # a line of business entered with a product is its launch; a town stays a place
    ("Lamna Expands into Hemp with New Premium CBD Offerings",
     [("product_launch", "Lamna")]),
    ("Lamna Expands into Chanhassen with Major Fiber Network", [("expansion", "Lamna")]),
    # a title in capitals read in title case, its subject given back as written; a maker
    # before a colon and its product on a crowdfunding site; a firm chosen to launch; what
    # comes with "a new era"
    ("LAMNA, THE PREMIUM DIRECT-TO-CONSUMER WINERY, LAUNCHES LIMITED EDITION OF ALL EIGHT "
     "PROFILES", [("product_launch", "LAMNA")]),
    ("Lamna: Far-Infrared Wave Vehicle Current Stabilizer, Launches on Indiegogo",
     [("product_launch", "Lamna")]),
    ("New Lamna Series: Board Game Accessories, Launching on Kickstarter", []),
    ("Lamna Trust Selects Woodgrove, Tailspin, and Contoso Technology to Launch Private "
     "Investing Platform", [("product_launch", "Lamna Trust")]),
    ("Lamna Selects Woodgrove to Launch New Investing Platform",
     [("product_launch", "Lamna")]),
    ("LamnaHR Unveils a New Era of HR Management with Transformative Modules and AI-Powered "
     "Chat Assistant", [("product_launch", "LamnaHR")]),
    # from blind26: what is new in a widened product line, whatever its word (not a patent);
    # a parent's possessive after its legal form; a coined name closing the phrase; an
    # occasion named before the colon; goods in -ware; stores added to a distribution; names
    # joined by "and" before a colon; "Continuing" qualifies; "expands to make"; a bare
    # launch of a membership
    ("Lamna Expands Hugs Product Line With New Cannabis Tinctures",
     [("product_launch", "Lamna")]),
    ("Lamna Corp. Expands IP Portfolio with New U.S. Patent Filings", []),
    ("Woodgrove, LLC's Cultivation Division Lamna Yields Expands Hugs Product Line With New "
     "Cannabis Tinctures", [("product_launch", "Lamna Yields")]),
    ("Lamna Launches Liquid Staking Derivatives ynLSDe", [("product_launch", "Lamna")]),
    ("A New Kind of Craft Festival Takes Root in Maryland: Lamna Launches October 4", []),
    ("Lamna's Kitchen Introduces First-Ever PFAS-Free Cookware",
     [("product_launch", "Lamna's Kitchen")]),
    ("Lamna Expands U.S. Retail Distribution Adding Woodgrove, Tailspin, and Contoso's To "
     "Meet Growing Demand", [("partnership", "Lamna"), ("partnership", "Woodgrove"),
                             ("partnership", "Tailspin"), ("partnership", "Contoso's")]),
    ("Lamna Unveils LMBO and REKT: Bold Trades For, and Against, the Crypto Industry",
     [("product_launch", "Lamna")]),
    ("Lamna Expands Real Estate Continuing Education Catalog into Arizona",
     [("expansion", "Lamna")]),
    ("Lamna Expands to Make PHEVs in Addition to EVs", [("product_launch", "Lamna")]),
    ("Lamna Circle Launches, Providing a Membership Environment to Share Best Practices", []),
    # from blind27: a participle after a product's colon says what it does; a resource a
    # bare launch becomes; a pair collaborating; centres opened; partners helping establish
    # a headquarters; a company launching with its product; services widened to offer or
    # include something; a person is no partner; a name after an expansion's "with"; a deal
    # entered is no market entered
    ("Lamna 360 Introduces “Political Power Up”: Revolutionizing Campaign Strategy",
     [("product_launch", "Lamna 360")]),
    ("Lamna Magazine Launches, Becoming the Definitive Resource for Consulting Professionals",
     []),
    ("Lamna and Woodgrove Communications Collaborating to Launch ATSC 3.0 Solutions",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Communications")]),
    ("Lamna & Co. Partnering with Woodgrove Group on Retail Project",
     [("partnership", "Lamna & Co."), ("partnership", "Woodgrove Group")]),
    ("Lamna Health Opens First of Five Longevity Centers in Chicago",
     [("expansion", "Lamna Health")]),
    ("Lamna Partners with Woodgrove to Establish a New Headquarters in Austin",
     [("partnership", "Lamna"), ("partnership", "Woodgrove"), ("expansion", "Lamna")]),
    ("LamnaZone Launches with an Exclusive Free Investment Plan to Enhance Access",
     [("product_launch", "LamnaZone")]),
    ("Lamna Season 7 Launches With Woodgrove Cloud as Diamond Sponsor", []),
    ("Lamna Law Expands Its Legal Services to Include Estate Planning",
     [("product_launch", "Lamna Law")]),
    ("Lamna Mozart Announces 2-Year Artistic Partnership with Acclaimed Pianist Anton Nel", []),
    ("Lamna Payments Expands to Brazil's PIX with WoodgroveBrazil",
     [("expansion", "Lamna Payments"), ("partnership", "Lamna Payments"),
      ("partnership", "WoodgroveBrazil")]),
    ("Lamna Bar Opens in Palm Beach Gardens with Limited-Time Specials",
     [("expansion", "Lamna Bar")]),
    ("Lamna Cloud Enters Strategic Collaboration with Woodgrove",
     [("partnership", "Lamna Cloud"), ("partnership", "Woodgrove")]),
    ("Lamna Gold Enters Into Exclusive Agreement For $75 Million Cash Acquisition Offer", []),
    # from blind28: a superlative before what a subject is makes a description, not before
    # a name ("Best Buy"); toolkits and graphs; a coined name in capitals; a product on
    # Kickstarter described between commas (not a film); a sponsorship of a year's event;
    # a person as ambassador; a day before the place opened in; a dental practice opening
    ("Best Lamna Partners with Woodgrove to Sell Robots",
     [("partnership", "Best Lamna"), ("partnership", "Woodgrove")]),
    ("Top Digital Marketing Agencies Partner with Lamna", []),
    ("Leading U.S. Telehealth Platform Lamna Expands to Germany",
     [("expansion", "Leading U.S. Telehealth Platform Lamna")]),
    ("Lamna launches the essential toolkit for video meetings", [("product_launch", "Lamna")]),
    ("Lamna Unveils Next Generation Contextual and Identity Graph Built for CTV",
     [("product_launch", "Lamna")]),
    ("Fintech Platform Lamna, Inc. Launches NILVault to Help Universities",
     [("product_launch", "Fintech Platform Lamna, Inc.")]),
    ("Lamna V3 Electric Guitar, One-Man Band Capable, Launches on Kickstarter",
     [("product_launch", "Lamna V3 Electric Guitar")]),
    ("LAMNA, Award-Winning Documentary Narrated by Jane Roe, Debuts on Amazon Prime", []),
    ("Lamna Mfg Announces Proud Partnership With IREC 2025 at Midland Air and Space", []),
    ("Lamna & Nails Opens 50th Location, Partners with UFC Legend John Doe as Brand "
     "Ambassador", [("expansion", "Lamna & Nails")]),
    ("Lamna Ice Cream Opens July 11 in Atlanta", [("expansion", "Lamna Ice Cream")]),
    ("Lamna Dental Opens May 26 in St. Albert and Is Now Accepting New Patients", []),
    # from blind29: a name run by another ("Powered by"); a phrase cut at a preposition is
    # no subject; a partnership named by its possessor; an official partner of a club;
    # tools and appliances; "Expands Beyond X to Offer"; a stake's interest bought; money
    # first is an offering; a new product an expansion comes with (not a clinic); a
    # footprint multiplied, or grown with a new location
    ("Lamna Wallet Powered by Woodgrove Announces Partnership with Contoso",
     [("partnership", "Lamna Wallet"), ("partnership", "Contoso")]),
    ("Key Benefits of Partnering with a Trusted Clinical Research Team", []),
    ("Lamna's Expanded Partnership With Woodgrove League Set To Benefit Fans",
     [("partnership", "Lamna"), ("partnership", "Woodgrove League")]),
    ("The Lamna Firm is the Official Personal Injury Law Firm Partner of Woodgrove FC",
     [("partnership", "The Lamna Firm"), ("partnership", "Woodgrove FC")]),
    ("Lamna Electric Corp. Launches Portable Jump Starter + Air Compressor",
     [("product_launch", "Lamna Electric Corp.")]),
    ("Lamna Expands Beyond Parsing to Offer AI-Powered Recruitment Solutions",
     [("product_launch", "Lamna")]),
    ("LAMNA POWERED BY N6 ACQUIRES INTEREST IN FAST-GROWING APPAREL COMPANY WOODGROVE", []),
    ("Lamna Company Launches $20.55 Million All-Cash DST Offering Near Providence, R.I.", []),
    ("Lamna launches a $200 monthly subscription plan", [("product_launch", "Lamna")]),
    ("Lamna AI expands in Thailand with new LinguaBot solution as it addresses AI demand",
     [("expansion", "Lamna AI"), ("product_launch", "Lamna AI")]),
    ("Lamna Health Expands Its Footprint in the DC Metro with a New Integrative Health Clinic",
     [("expansion", "Lamna Health")]),
    ("Lamna Realty Partners Triples Miami Footprint Amid Rapid Florida Growth",
     [("expansion", "Lamna Realty Partners")]),
    ("Lamna Pilates Expands Florida Footprint with New Dr. Phillips Studio Opening",
     [("expansion", "Lamna Pilates")]),
    ("Lamna Expands Alabama Footprint With Two New Electronic Monitoring Contracts", []),
    # from blind30: an option to acquire is no purchase; a work's title in quotes bought by
    # a publisher; a name announced with what kind of product it is after a colon; a coined
    # name with a trade mark inside; a quoted name after what it is; coworking is a trade;
    # a subsidiary launched (a division stays none: older labels)
    ("Lamna Receives Italian Clearance for Option to Acquire Biotech Firm Woodgrove", []),
    ('"EVIL\'S EDEN: Only Murders in Lamna" True Crime Acquired by Publisher Woodgrove', []),
    ("Lamna Logistics Announces Lamna Engage: A Centralized Ecosystem for Shippers",
     [("product_launch", "Lamna Logistics")]),
    ("Lamna International Launches ioRinse™MR: A Revolutionary Oral Rinse",
     [("product_launch", "Lamna International")]),
    ("LAMNA Introduces the Innovative Footrest 'Dual Rest LC99' on Kickstarter",
     [("product_launch", "LAMNA")]),
    ("Lamna K Launches the Best Coworking Spaces in Toronto, Ontario",
     [("expansion", "Lamna K")]),
    ("Lamna Triangle Inc. Launched Its New Subsidiary, QuantumNexis, on June 16",
     [("product_launch", "Lamna Triangle Inc.")]),
    ("Lamna Analytics Launches New OEM Business Division", []),
    # from blind31: institutions named as a group are no partner; an asset manager is a
    # firm bought; options on futures; a partner signed "as" an ordinal partner; a name in
    # lower case then capitals; a clause before "as" and the name that acts; the product
    # after "With Industry First,"; a report whose title holds a comma
    ("Lamna Therapy Partners with Mosques and Community Centers to Improve Access",
     [("partnership", "Lamna Therapy")]),
    ("Lamna Acquires Woodgrove Asset Management, Adds $1.4 Billion in Assets",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Asset Management")]),
    ("Navigating Market Volatility: Lamna Launches Options On VIX Futures",
     [("product_launch", "Lamna")]),
    ("Lamna Group Launches New Financing Options Citing Strong Performance", []),
    ("LamnaMoney Signs Woodgrove Bank as 1,500th FI Partner",
     [("partnership", "LamnaMoney"), ("partnership", "Woodgrove Bank")]),
    ("Lamna Precision Medicine and xCures Form Strategic Partnership to Transform Outcomes",
     [("partnership", "Lamna Precision Medicine"), ("partnership", "xCures")]),
    ("Musk Unifies His Space and AI Firms as Lamna Buys xAI",
     [("acquisition", "Lamna"), ("acquired", "xAI")]),
    ("Korean Beauty Brand LAMNA SKIN Launches With Industry First, All-Mist Skincare Line",
     [("product_launch", "Korean Beauty Brand LAMNA SKIN")]),
    ("Lamna International Unveils the 2024 Global Technology, Media & Telecom Industry Report",
     []),
    # from blind32: two words qualifying one product before "and"; a market named by its
    # nation; a lower-case brand before its legal form; a new product counted after "with";
    # an agency appointed as a partner (a firm's operating partner is a person); a partner
    # level in a named company's programme; a partner named after its kind; a lead-in before
    # a dash; bracelets; an expansion "into" a place as a noun; a firm launching itself
    # after "Announcing the Launch of"; a name before a colon and what it is after it
    ("Lamna Launches META Single Stock Leveraged and Inverse ETFs",
     [("product_launch", "Lamna")]),
    ("Lamna Unveils 2025 Agenda and First Speakers", []),
    ("lamnadigits Ltd Expands Reach Across Swedish Loan Comparison Market With Three "
     "Specialized Platforms", [("expansion", "lamnadigits Ltd"),
                               ("product_launch", "lamnadigits Ltd")]),
    ("Lamna Technologies, Inc. Appoints The Woodgrove Agency as Global Marketing Partner",
     [("partnership", "Lamna Technologies, Inc."), ("partnership", "The Woodgrove Agency")]),
    ("Lamna Capital Partners Appoints Jane Roe as Operating Partner", []),
    ("Lamna Dynamics Achieves AWS Advanced Tier Partner Status, Enhancing Cloud Offerings",
     [("partnership", "Lamna Dynamics"), ("partnership", "AWS")]),
    ("Lamna Learning Elevates to Partner Tier in Woodgrove Cloud Authorized Training Partner "
     "Program", [("partnership", "Lamna Learning"), ("partnership", "Woodgrove Cloud")]),
    ("Lamna Expands Reach Within the USA with New Distribution Partner Woodgrove Technologies",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Technologies")]),
    ("Lamna Law Expands Employment Practice With Partner Jane Roe", []),
    ("A Small Change Beneath the Desk, A Big Change in Life! — LAMNA Introduces the "
     "Innovative Footrest 'Dual Rest LC99' on Kickstarter", [("product_launch", "LAMNA")]),
    ("Lamna Jewelry Unveils the Ultimate Platinum Cuban Chain Bracelet for Men",
     [("product_launch", "Lamna Jewelry")]),
    ("lamnascripta SE Launches Expansion Into the United Kingdom",
     [("expansion", "lamnascripta SE")]),
    ("Announcing the Launch of Lamna Point Asset Management as an Independent Platform",
     [("product_launch", "Lamna Point Asset Management")]),
    ("Lamna Muscle Nutrition: European Performance Supplement Brand Announces Expansion into "
     "the United States", [("expansion", "Lamna Muscle Nutrition")]),
    # from blind33: a company's thing described after its possessive (a name's own
    # possessive stays); a mainnet, a rollup, an indicator; stablecoins are no products (a
    # product backed by one is); a place cut at a title-case preposition; a launch named as
    # a noun after "Plans"; shipping widened nationwide; a brand bought; a lineup widened
    ("LAMNA’S CUTTING-EDGE GAMING EXPANDS TO MISSISSAUGA", [("expansion", "LAMNA")]),
    ("Lamna’s crypto wallet launches in the US", [("expansion", "Lamna")]),
    ("Woodgrove Teams Up With Lamna’s Club to Fight Hunger",
     [("partnership", "Woodgrove"), ("partnership", "Lamna’s Club")]),
    ("Lamna Launches Mainnet To Scale Chain Abstraction", [("product_launch", "Lamna")]),
    ("Lamna introduces Ethereum’s first parallel execution rollup",
     [("product_launch", "Lamna")]),
    ("Lamna Markets Introduces Real-Time Signals Indicator to Enhance Precision",
     [("product_launch", "Lamna Markets")]),
    ("Lamna Launches MBRL Stablecoin on the TRON Blockchain", []),
    ("Lamna Holdings Launches Stablecoin-Backed Home Equity Product for Liquidity",
     [("product_launch", "Lamna Holdings")]),
    ("Lamna Media Corporation Launches Lamna.com Studios in Mexico With Premiere of Original "
     "Series", [("expansion", "Lamna Media Corporation")]),
    # (a robotaxi is a product since news_events_blind; blind10 labels this a launch)
    ("Lamna Inc. Plans Geofenced Robotaxi Launch in Austin Amid Safety Concerns",
     [("product_launch", "Lamna Inc.")]),
    ("Lamna Milling Co. Expands Nationwide Shipping for Cedar Lumber",
     [("expansion", "Lamna Milling Co.")]),
    ("Lamna Ventures Inc. Acquires Woodgrove Sports Brand in Move Into Beverages",
     [("acquisition", "Lamna Ventures Inc."), ("acquired", "Woodgrove Sports")]),
    ("Lamna Expands Single Stock Leveraged & Inverse ETF Lineup for Exposure to Woodgrove",
     [("product_launch", "Lamna")]),
    # from blind34: paddles and accessories; what an appositive after a hyphen says; a
    # product suite widened; a company helped to expand; a firm named with "with" in a
    # partnership told after it; a launch in an "as it launches" clause
    ("Lamna Sports Introduces Officially Licensed Notre Dame Pickleball Paddles",
     [("product_launch", "Lamna Sports")]),
    ("Lamna Protocol Launches Odyssey - an L1 blockchain solution powered by renewables",
     [("product_launch", "Lamna Protocol")]),
    ("Woodgrove Group's Division Lamnabet Expands Sports Wagering Product Suite",
     [("product_launch", "Lamnabet")]),
    ("Woodgrove Helps LIC Favorite Lamna Expand with New Jackson Park Location",
     [("expansion", "LIC Favorite Lamna")]),
    ("Lamna Media Corporation Launches Lamna.com Studios With Woodgrove Entertainment in "
     "Revenue-Driven Content Partnership", [("partnership", "Lamna Media Corporation"),
                                             ("partnership", "Woodgrove Entertainment")]),
    ("Lamna completes Series D with total financing of over $80m as it launches Lamna Cloud "
     "Platform with GenAI integrations", [("product_launch", "Lamna")]),
    # from blind35: an app "Helping Banks Acquire Clients" buys nothing; a former name in
    # brackets; "Has Introduced"; a passive launch, not a launch "by" the subject; elevators;
    # a company becoming another's managing partner buys it; a place's deployment of a
    # network; a firm's "Partner, <Name>," is a person's title; a brand in lower case after
    # a colon; a product launched by a maker, its purpose holding a minor word
    ("Lamna Launches White-Label Financial Health App Helping Banks Acquire Clients",
     [("product_launch", "Lamna")]),
    ("Woodgrove Federal Credit Union Acquires Members First of Maryland Federal Credit Union",
     [("acquisition", "Woodgrove Federal Credit Union"),
      ("acquired", "Members First of Maryland Federal Credit Union")]),
    ("Lamna Holdings Group (Formerly Woodgrove Enterprises Inc.) Expands Global Portfolio With "
     "Acquisition of Contoso Bali", [("acquisition", "Lamna Holdings Group"),
                                      ("acquired", "Contoso Bali")]),
    ("Lamna.com Has Introduced Document Kit as Per Latest Version of ISO 20121:2024",
     [("product_launch", "Lamna.com")]),
    ("New CryptoStaking Strategies Introduced by Lamna to Maximize Investor Returns", []),
    ("Lamna Lifts Introduces Innovative Residential Elevators to Homes Across the USA",
     [("product_launch", "Lamna Lifts")]),
    ("Lamna Brands Invests and Becomes Managing Partner of Woodgrove Coffee to Double Down",
     [("acquisition", "Lamna Brands"), ("acquired", "Woodgrove Coffee")]),
    ("Lamna Bancorp Launches California Deployment of Licensed Bitcoin ATM Network",
     [("expansion", "Lamna Bancorp")]),
    ("Lamna, Kelley & Woodgrove Partner, David W. Lamna, Achieves Recertification in Law", []),
    ("Transforming Private-Pay Senior Care: eLamna Launches Home Care Platform Potentially "
     "Saving Families Money", [("product_launch", "eLamna")]),
    ("2025 Desktop Payroll Software for Accountants with Direct Deposit Support Launched by "
     "Lamna Solutions", [("product_launch", "Lamna Solutions")]),
    # from blind36: a presence grown with a contract is none; a named product of the
    # company's after its possessive; marketing as a service; plans for something are
    # intentions (launch plans are a launch); a product named by its maker's own word; a
    # launch named as a noun after "with"; a new location somewhere after a long clause;
    # a company's giving programme
    ("Lamna Ltd. Expands European Presence with New $7 Million German Contract", []),
    ("Lamna's Datavault Technology Launches Academic Credential Verification Platform",
     [("product_launch", "Lamna")]),
    ("Lamna Launches Comprehensive Marketing as a Service Offering",
     [("product_launch", "Lamna")]),
    ("Lamna Protocol Unveils Plans for Exciting Second Funding Phase With Woodgrove", []),
    ("Lamna Technologies, LLC Announces Capitalization and Launch Plans for the Lamna "
     "Platform", [("product_launch", "Lamna Technologies, LLC")]),
    ("Woodgrove Group and Lamna24 launch Lamna24 Connect, transforming Crisis Management",
     [("product_launch", "Woodgrove Group"), ("product_launch", "Lamna24")]),
    ("LendLamna Revolutionizes DeFi Landscape with Comprehensive App Launch",
     [("product_launch", "LendLamna")]),
    ("Lamna Health Centers Expands Services with Dr. Jane Roe, M.D., FACP, at New Location in "
     "Alexandria, VA", [("expansion", "Lamna Health Centers")]),
    ("Lamna Launches Lamna Cares to Expand Charitable Impact Across Cannabis", []),
    # from blind37: growth nationwide; a team grown by a hire is none; a company made a
    # named company's partner; a business welcomed to a family is acquired; a reboot meant
    # to expand is no expansion; a new branch's firm; a product line grown by a product;
    # a launch for a demonym's market; a partnership named at the end of a launch
    ("Lamna Cups Expands Nationwide Retail Presence with Launch in Woodgrove Market",
     [("expansion", "Lamna Cups")]),
    ("Lamna Expands Office Brokerage Team in Denver with Addition of Jane Roe as Senior Vice "
     "President", []),
    ("Lamna Becomes Woodgrove Solutions Partner",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna Auto Group Welcomes Denver's Ford Dealership to Its Expanding Family",
     [("acquisition", "Lamna Auto Group")]),
    ("The Lamna Firm Announces Denver Website Reboot to Expand Injury Services in Colorado", []),
    ("New Lamna &amp; Roe Law Firm Branch Opens In Monterey",
     [("expansion", "Lamna & Roe Law Firm")]),
    ("Lamna Holdings Expands Woodgrove Product Line With Ginger Peanut Butter Cups",
     [("product_launch", "Lamna Holdings")]),
    ("Lamna Motors Relaunches FIVE RS EV for German Market with Woodgrove Partnership",
     [("partnership", "Lamna Motors"), ("partnership", "Woodgrove"),
      ("expansion", "Lamna Motors")]),
    # from blind38: a launch prepared, a launch after "Inc., to"; a brand named from the
    # company's stem; a new agency; a partner's site is the partner (a site bought is no
    # company acquired); a white paper, service-level agreements and a plan to do something
    # are no products; a book-runner closing another's IPO; "Star" inside a company's name;
    # a thing first of its kind (not a facility)
    ("Lamna Prepares to Launch New CPAP Pillows Mask to Market",
     [("product_launch", "Lamna")]),
    ("Lamna Technology Inc., to Launch The World's First Modular Laser Level",
     [("product_launch", "Lamna Technology Inc.")]),
    ("LamnaTech's LamnaDrone Announces the Launch of the IQ Nano Drone",
     [("product_launch", "LamnaTech")]),
    ("Woodgrove Group Unveils Strategic Expansion With Launch of LAMNA, a modern funnel agency",
     [("product_launch", "Woodgrove Group")]),
    ("Lamna Bridge Agency Launches to Redefine Marketing Performance",
     [("product_launch", "Lamna Bridge Agency")]),
    ("Lamna Partners with Woodgrove Biologics’ Chiba Site to Develop Therapeutics",
     [("partnership", "Lamna"), ("partnership", "Woodgrove Biologics")]),
    ("Lamna reportedly bought Woodgrove’s Ohio factory for its AI project",
     [("acquisition", "Lamna")]),
    ("Lamna Unveils Groundbreaking White Paper on Recruitment Trends", []),
    ("Lamna Quantum Introduces Service-Level Agreements for Cloud Service Customers", []),
    ("Lamna Commission Unveils Plan to Support AI Uptake", []),
    ("Roe Capital Partners, LLC Announces Closing of Lamna Acquisition Corp. (NASDAQ: LAMU) "
     "$115 Million IPO", [("ipo_filing", "Lamna Acquisition Corp.")]),
    ("Lamna Partners with Lone Star Circle of Care to Optimize Coding",
     [("partnership", "Lamna"), ("partnership", "Lone Star Circle of Care")]),
    ("Lamna Partners with Wrestling Star John Doe", [("partnership", "Lamna")]),
    ("Lamna Launches the World’s First Chemputation Facility Revolutionizing Design", []),
    # from news_events_blind (the news genre): what a company is said to be in lower case
    # before its name; its thing acting for it; people and clauses are no company; backers
    # and valuations before a name; a clause of who founded it; an appositive with "its";
    # a quoted name holding "for"; a price before a model; rumoured talks revived; a joint
    # venture of two; IPOs two companies eye; trying to expand; scare quotes; a line
    # expanded into; a project's codename with what it is after the colon
    ("Food delivery startup Lamna acquires media company Woodgrove for $90M",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna app relaunches in India with Woodgrove partnership",
     [("partnership", "Lamna"), ("partnership", "Woodgrove"), ("expansion", "Lamna")]),
    ("Lamna’s crypto wallet launches in the US", [("expansion", "Lamna")]),
    ("Crypto wallet integrated with Lamna introduces crypto trading and yield features", []),
    ("Harvard dropouts to launch AI smart glasses that record every conversation", []),
    ("VC Jane Roe is leaving Lamna to launch her own firm", []),
    ("Serial founder ROE launches creator app with hip-hop legend DOE", []),
    ("Lamna scraps plans for an IPO", []),
    ("Sequoia-backed Lamna launches a new kind of AI-powered law firm",
     [("product_launch", "Lamna")]),
    ("$25B-valued Lamna files for an IPO, reveals $33M deal with Woodgrove",
     [("ipo_filing", "Lamna")]),
    ("Founded by DeepMind alumnus, Lamna Labs launches with $50M to make biology programmable",
     [("product_launch", "Lamna Labs")]),
    ("Lamna launches Nova Premier, its most capable AI model yet", [("product_launch", "Lamna")]),
    ("Lamna quietly launches a new ‘Lamna for Artists’ platform", [("product_launch", "Lamna")]),
    ("Lamna unveils its $1,799 Pixel 10 Pro Fold", [("product_launch", "Lamna")]),
    ("Lamna revives talks to acquire Woodgrove at higher valuation",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna and Woodgrove are reportedly launching a joint chipmaking venture",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna and Woodgrove eye IPOs, and Proseware embraces crypto",
     [("ipo_filing", "Lamna"), ("ipo_filing", "Woodgrove")]),
    ("Lamna is already trying to expand its robotaxi service to Arizona",
     [("expansion", "Lamna")]),
    ("Lamna unveils AI model for payments, reveals ‘deeper partnership’ with Woodgrove",
     [("product_launch", "Lamna"), ("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna expands into insects with Wonder line", [("product_launch", "Lamna")]),
    ("Lamna unveils Project Mariner: AI agents to use the web for you",
     [("product_launch", "Lamna")]),
    ("Lamna Launches Project Hope: A Campaign for Kids", []),
    # from news_events_blind2: news' "to buy" (not title case's "Best Crypto to Buy Now",
    # nor a wish or an offer around the verb); "is launching"; IPOs weighed, contemplated,
    # stepped toward; bought with no buyer named; an acquisition closed, in a clause too;
    # layoffs that came before; a cloud region in a country; a name in capitals in a
    # sentence-case headline, first or last; a time or an occasion before the subject; a
    # place's possessive before a brand; expanding for others; a field's acronym
    ("Lamna to buy automotive software firm Woodgrove Auto for $625M",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Auto")]),
    ("Lamna Is The Best Crypto To Buy Now", []),
    ("Lamna offers to buy Woodgrove for billions more than it has raised", []),
    ("Lamna is launching Community Notes in the US next week", [("product_launch", "Lamna")]),
    ("Lamna is reportedly weighing a potential IPO", [("ipo_filing", "Lamna")]),
    ("$25 billion valuation Lamna takes another step toward an IPO", [("ipo_filing", "Lamna")]),
    ("Lamna to be acquired after abruptly shutting down", [("acquired", "Lamna")]),
    ("Lamna closes $6.4B Woodgrove acquisition",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna makes $1.1B crypto bet as it closes on Woodgrove acquisition",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna Completes Triple Acquisition of Woodgrove Wealth and Ficus Group", []),
    ("Lamna secures up to $200M following CEO departure and layoffs", [("layoffs", "Lamna")]),
    ("Lamna pledges to spend $5B in Mexico, launches new Mexico server region",
     [("expansion", "Lamna")]),
    ("Lamna introduces a more affordable color screen Kindle", [("product_launch", "Lamna")]),
    ("Lamna launches Flex processing for cheaper, slower AI tasks",
     [("product_launch", "Lamna")]),
    ("Lamna releases Q3 financial number showing positive adjusted EBITDA", []),
    ("At WWDC 2025, Lamna introduces an AI-powered Shortcuts app",
     [("product_launch", "Lamna")]),
    ("Lamna to buy UK’s Woodgrove for $3.86B",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Georgia’s Own Expands Partnership With Lamna Athletics",
     [("partnership", "Georgia’s Own"), ("partnership", "Lamna Athletics")]),
    ("Lamna raises $6.6M to fix a payment problem for companies expanding to MENA", []),
    ("Deciphering city skies: AI unveils GNSS error identification", []),
    # from news_events_blind3: a company's latest partner named; an IPO told by how its
    # debut or price went (not judged); a place's expansion planned; a news appositive
    # (the name's, or its owner's); "will launch in early 2025", "is launching today"; a
    # brand's coined product after its possessive; a lower-case brand's product; a
    # company's product growing abroad; a metro area of two cities
    ("Lamna’s latest robotaxi partner is China’s Woodgrove",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Sequoia-backed Lamna pops on IPO debut", [("ipo_filing", "Lamna")]),
    ("Lamna’s IPO price hit a $19.3B valuation out of the gate", [("ipo_filing", "Lamna")]),
    ("Lamna’s IPO is a big winner that could inspire fintechs", []),
    ("Lamna eyes U.S. expansion for its weather forecasting tools", [("expansion", "Lamna")]),
    ("Lamna, India’s biggest trading app, prepares for IPO", [("ipo_filing", "Lamna")]),
    ("Footnotes, Lamna’s crowdsourced fact-checks, launches in the US",
     [("expansion", "Lamna")]),
    ("Jane Roe’s AI company, LamnaAI, acquires a generative AI video startup",
     [("acquisition", "LamnaAI")]),
    ("Tapestry, a new app for tracking social media, news, blogs, and more, will launch in "
     "‘early 2025’", [("product_launch", "Tapestry")]),
    ("OpenLamna’s Sora is launching today — here are highlights",
     [("product_launch", "OpenLamna")]),
    ("Plato’s Closet Opens New Location in Williamsburg", [("expansion", "Plato’s Closet")]),
    ("Lamna unveils watchOS 26 with new design and a Workout Buddy feature",
     [("product_launch", "Lamna")]),
    ("Lamna and Woodgrove launch drone deliveries in Dallas-Fort Worth",
     [("product_launch", "Lamna"), ("product_launch", "Woodgrove"), ("expansion", "Lamna"),
      ("expansion", "Woodgrove")]),
    # from news_events_blind4: plural kinds are no actors; a provider described then named
    # is no property; "merges with" an arm of a named parent; a person's firm named by its
    # own name; another round of layoffs; an IPO in a clause ("as it kicks off its IPO
    # roadshow", "ahead of IPO", "and plans IPO"); a second predicate's planned expansion;
    # "comes to <place> via <Name> acquisition" (lower case; "comes to" no place is none);
    # a launch on a partner's platform in a place; a price per month before a product
    ("Startups launch products to catch people using AI cheating app Lamna", []),
    ("Lamna acquires data center provider Woodgrove Scientific in $9B stock deal",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove Scientific")]),
    ("Jane Roe’s Lamna Venture Partners merges with investment arm of Woodgrove Holdings",
     [("partnership", "Lamna Venture Partners"), ("partnership", "Woodgrove Holdings")]),
    ("Lamna kicks off another round of layoffs amid CEO’s sudden resignation",
     [("layoffs", "Lamna")]),
    ("Lamna looks to raise nearly $1B as it kicks off its IPO roadshow",
     [("ipo_filing", "Lamna")]),
    ("Lamna to relocate HQ to India ahead of IPO", [("ipo_filing", "Lamna")]),
    ("IPO hopeful Lamna scored major win to sell in the EU, plans UK expansion",
     [("expansion", "Lamna")]),
    ("Lamna Eats comes to Turkey via $700M Woodgrove Go acquisition",
     [("expansion", "Lamna Eats"), ("acquisition", "Lamna Eats"), ("acquired", "Woodgrove Go")]),
    ("Lamna comes to the Linux Foundation", []),
    ("Lamna launches sidewalk delivery bots on Woodgrove Eats in Jersey City",
     [("product_launch", "Lamna"), ("partnership", "Lamna"), ("partnership", "Woodgrove Eats"),
      ("expansion", "Lamna")]),
    ("Lamna launches app on App Store in the US", [("product_launch", "Lamna")]),
    ("Lamna launches a $7.99 per month, ad-free Premium Lite subscription",
     [("product_launch", "Lamna")]),
    ("Lamna pledges to spend $5B in Mexico, launches new Mexico server region",
     [("expansion", "Lamna")]),
    # from news_events_blind5: IPOs told by how they went, without a possessive or by the
    # stock; "barrels toward an IPO"; a driver assist; a place's first of a kind; a model of
    # one capital; a name launched in a sentence-case headline with places after it; a deal
    # to bring a company to a place; a feed to global users; labs, teams and groups are no
    # products
    ("Lamna IPO soars, giving hope to more startups waiting to go public",
     [("ipo_filing", "Lamna")]),
    ("Lamna’s stock soared in its highly anticipated IPO, market cap instantly hit $45B",
     [("ipo_filing", "Lamna")]),
    ("Lamna’s IPO filing marks Jane Roe’s return to public markets", [("ipo_filing", "Lamna")]),
    ("Lamna raises $10B as it barrels toward an IPO", [("ipo_filing", "Lamna")]),
    ("Lamna will launch hands-off highway driver assist ‘in a few weeks’",
     [("product_launch", "Lamna")]),
    ("Lamna launches India’s first private satellite constellation", [("product_launch", "Lamna")]),
    ("Lamna launches Z Fold7 and Z Flip7, adds a cheaper Z Flip7 FE to its lineup",
     [("product_launch", "Lamna")]),
    ("Lamna to launch Lamna Shop in France, Germany, and Italy",
     [("product_launch", "Lamna"), ("expansion", "Lamna")]),
    ("Lamna announces deal to bring Woodgrove to India just hours after a similar partnership",
     [("partnership", "Lamna"), ("partnership", "Woodgrove"), ("expansion", "Woodgrove")]),
    ("Lamna expands its vertical video feed to global users", [("expansion", "Lamna")]),
    ("Jane Roe launches Lamna, a nonprofit AI safety lab", []),
    ("Lamna Unveils Elite Technical Leadership Team for Its Bio Plastics", []),
    # from blind39: a company's launch as a noun before a colon (not a mainnet's); "Set to
    # Launch in April"; a listing prepared or eyed is an IPO; joined as an affiliate;
    # alliances launched are none
    ("Lamna Launch: Open For A New Era Of Real Estate Investing",
     [("product_launch", "Lamna")]),
    ("Lamna Layer2 Mainnet Launch: TVL Surpasses $600 Million on Day One", []),
    ("LamnaCopy Set to Launch in April, Revolutionizing Trading Across Exchanges",
     [("product_launch", "LamnaCopy")]),
    ("Lamna Prepares for US Listing", [("ipo_filing", "Lamna")]),
    ("Lamna Reports Strong Financial Performance for 2023, Eyes Nasdaq Listing",
     [("ipo_filing", "Lamna")]),
    ("Lamna Holdings Inc. Joins Woodgrove Venture Group as Affiliate to Expand Deal Flow",
     [("partnership", "Lamna Holdings Inc."), ("partnership", "Woodgrove Venture Group")]),
    ("Lamna.com Launches Alliances for HR Professionals", []),
    # from news_events_blind6: "said to be eyeing" an IPO (a rumour), an IPO aimed for, a
    # size cut, worked on, paperwork filed after a first clause; an unnamed startup bought;
    # a bid is no purchase; a business started; a partner named "as a partner"; data
    # centers opened in a country; "a new, more efficient" model; a model's series; a
    # question is no company; a fund's name in capitals stays minor
    ("Trading platform Lamna said to be eyeing $5B US IPO in 2025", [("ipo_filing", "Lamna")]),
    ("Lamna, last valued at $25B, aims for $11B in upcoming IPO", [("ipo_filing", "Lamna")]),
    ("Lamna cuts IPO size to $308M, seeking $1.4B post-money valuation",
     [("ipo_filing", "Lamna")]),
    ("Lamna is once again working on its IPO that could raise $1B", [("ipo_filing", "Lamna")]),
    ("Lamna ignores the fear, files paperwork for an IPO", [("ipo_filing", "Lamna")]),
    ("Lamna buys a humanoid robotics startup", [("acquisition", "Lamna")]),
    ("Lamna reportedly submits last-minute bid to acquire Woodgrove", []),
    ("Lamna Materials launches energy storage business and its first target is data centers",
     [("product_launch", "Lamna Materials")]),
    ("Lamna Analytics Launches New OEM Business Division", []),
    ("Lamna is launching an AI agent marketplace next week with Woodgrove as a partner",
     [("product_launch", "Lamna"), ("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna, a $19B AI compute provider, opens its first international data centers in the UK",
     [("expansion", "Lamna")]),
    ("Lamna unveils a new, more efficient Llama model", [("product_launch", "Lamna")]),
    ("Lamna launches the Pixel 10 series, base model now has three cameras",
     [("product_launch", "Lamna")]),
    ("Which Business Structure Fits Best When Launching a Consulting Business?", []),
    ("Lamna Impact and partners launch SSBCI-Supported Washington Small Business Flex Fund 2",
     []),
    # from news_events_blind7: a partner named after a question mark; "moves closer to"
    # an IPO; an IPO that "will value" a company; "with <Name> acquisition" (its deal's
    # kind set aside; no place, property or sum as the bought); a pair "pair up"; a
    # possessor's product opened to global advertisers; "Acquisition Corporation" is a name
    ("Lamna’s latest autonomous vehicle partner? Chinese startup Woodgrove",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna moves closer to a blockbuster IPO that could raise $1.5B", [("ipo_filing", "Lamna")]),
    ("Lamna’s IPO will value it at $250M, 73% less than its last private valuation",
     [("ipo_filing", "Lamna")]),
    ("Lamna takes aim at Nvidia’s AI hardware dominance with Woodgrove acquisition",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna Secures Leading ASIC Market Position With All-Stock Woodgrove Acquisition",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("Lamna REIT Expands Portfolio with $59 Million Missouri Acquisition", []),
    ("Lamna Signs Letter of Intent to Merge with Woodgrove Acquisition Corporation", []),
    ("Lamna, Woodgrove pair up to launch robotaxi service in US",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna’s Threads opens up ads to global advertisers", [("expansion", "Lamna")]),
    # from blind40: a firm's partner speaking is no partnership; a portal launched by no
    # one; a list of partners ends at a preposition; "in Collaboration with" after a
    # lower-case brand's plan
    ("Roe, Doe & Lamna Partner, Jane R. Roe to Speak at 36th Annual Lawyers Seminar", []),
    ("Provider Portal Launched to Support Healthcare Access", []),
    ("Lamna Partners with Woodgrove, To Streamline Cross-Border Deployments",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("pLamna Finance to launch Premier BTC Liquid Staking Solution in Collaboration with "
     "Woodgrove", [("product_launch", "pLamna Finance"), ("partnership", "pLamna Finance"),
                   ("partnership", "Woodgrove")]),
    # from news_events_blind8: an appositive of what the company makes; "In a blow to
    # ..., " before the subject; dozens cut
    ("Lamna, maker of the AI coding agent Devin, acquires Woodgrove",
     [("acquisition", "Lamna"), ("acquired", "Woodgrove")]),
    ("In a blow to Google Cloud, Lamna partners with Woodgrove",
     [("partnership", "Lamna"), ("partnership", "Woodgrove")]),
    ("Lamna cuts dozens on manufacturing team ahead of R2 launch", [("layoffs", "Lamna")]),
])
def test_events_from_blind18_and_later(title, expected) -> None:
    """Event classes from blind18 to blind40 and the news splits, each written on made-up
    names (the blind titles themselves stay in their splits)."""
    from signalwatch.extract.events import find_events

    assert [(e.type, e.subject) for e in find_events(title)] == expected


def test_a_headings_company_for_the_move_described_after_it() -> None:
    """A round-up's heading in capitals names the company ("GOURD – JANE ROE"); the next
    sentence calls it by what it is ("The coffee giant replaced ..."): the heading's."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("The following is a list of top-management shake ups this year:\n"
               "FICUS – JOHN DOE\nFicus CEO John Doe stepped down from his role on Dec. 1.\n"
               "GOURD – JANE ROE\nThe coffee giant replaced Jane Roe with Lamna Grill head "
               "Ann Lee as its CEO in August.\n")
    item = _wire_item("Companies that changed CEOs this year", summary)
    matcher = Matcher([Account("fi", "Ficus"), Account("go", "Gourd"),
                       Account("la", "Lamna Grill")])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert sorted((s.account_id, s.attributes["person"], s.attributes["change"])
                  for s in found) == [("fi", "John Doe", "departed"),
                                      ("go", "Ann Lee", "joined"),
                                      ("go", "Jane Roe", "departed")]


def test_a_title_in_capitals_is_read_in_title_case_letter_for_letter() -> None:
    from signalwatch.extract.text import shouted, unshout

    title = "LAMNA’S TEMBO LAUNCHES THE FULL ELECTRIC TUSKER WITH FIRST 50 ORDERS"
    assert shouted(title)
    assert not shouted("Lamna Launches the Full Electric Tusker, NASA-Grade AI")
    assert not shouted("LAMNA ACQUIRES X")  # too short to tell
    titled = unshout(title)
    assert titled == "Lamna’s Tembo Launches the Full Electric Tusker with First 50 Orders"
    assert len(titled) == len(title)


def test_an_article_telling_moves_past_its_first_statement() -> None:
    """An ordinary article stops at its first statement, except for people moves: a text
    naming titles and changes of people is read clause by clause for moves whose person
    is named; a move without a person after the first statement is not added."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Ficus says its chief executive is stepping down after a decade. Jane Roe, "
               "Ficus's chief marketing officer, will leave the company in March. Gourd has "
               "appointed John Doe as its new CFO. Lamna's chief is stepping down, too, as "
               "the results came in below what the board expected of it.")
    item = _wire_item("Ficus loses two executives", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus"), ("go", "Gourd"),
                                                  ("la", "Lamna"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    moves = sorted((s.account_id, s.attributes["person"] or "")
                   for s in found if s.kind == "leadership")
    # (the chief executive who steps down and the CMO who leaves are two moves)
    assert moves == [("fi", ""), ("fi", "Jane Roe"), ("go", "John Doe")]


def test_a_digest_by_its_title_keeps_its_one_move() -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Here is our pick of the week's stories.\nFicus is reportedly looking to cut "
               "jobs under its new chief executive.\nGourd appoints Jane Roe as new CEO\n"
               "Payments company Gourd has appointed its president Jane Roe as its new CEO.\n"
               "Lamna to shut down amid a series of financial challenges.")
    item = _wire_item("Top five stories of the week", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus"), ("go", "Gourd"),
                                                  ("la", "Lamna"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert [(s.account_id, s.attributes["person"]) for s in found
            if s.kind == "leadership"] == [("go", "Jane Roe")]


@pytest.mark.parametrize(("company", "plausible"), [
    ("With the addition of Jane Roe, Ficus further", False), ("“Jane", False),
    ("NEW YORK–(BUSINESS WIRE)–Ficus today", False), ("We’re", False),
    ("Ficus", True), ("Payments giant Ficus", True), ("Bank of Gourd", True), ("ficus", True),
])
def test_a_company_span_in_prose_ends_with_a_name(company, plausible) -> None:
    from signalwatch.extract.leadership import _plausible

    assert _plausible(company) is plausible


@pytest.mark.parametrize(("sentence", "expected"), [
    # a successor and the one succeeded: two moves, the title said of either
    ("Jane Roe will succeed retiring CEO John A. Doe, who will remain chair of the board.",
     [("", "Jane Roe", "joined"), ("", "John A. Doe", "departed")]),
    ("Jane Roe is set to also take over as CEO from John Doe on 1 January 2027.",
     [("", "Jane Roe", "joined"), ("", "John Doe", "departed")]),
    ("Jane Roe replaces John Doe as CFO of Ficus.",
     [("Ficus", "Jane Roe", "joined"), ("Ficus", "John Doe", "departed")]),
    # a succession told as a career, or inside a relative clause, is no news
    ("Jane Roe succeeded John Doe as CEO in 2019.", []),
    ("Jane Roe succeeded her father at the helm.", []),
    # a publication's attribution is no company
    ("Adweek reports that Ficus has appointed Jane Roe as its new CMO.",
     [("Ficus", "Jane Roe", "joined")]),
    # two people leaving; a title held before ("former Gourd CEO") names another company
    ("Ficus says former Gourd CEO John Doe and Chief Marketing Officer Jane Roe are leaving "
     "the company.", [("Ficus", "John Doe", "departed"), ("Ficus", "Jane Roe", "departed")]),
    ("Former Gourd CEO and strategy chief John Doe has left the firm.",
     [("", "John Doe", "departed")]),
    # a change told ahead with its date; a role taken "at" a company
    ("John Doe will exit his current position as CEO of Ficus in 2027.",
     [("Ficus", "John Doe", "departed")]),
    ("Jane Roe will assume the CEO role at Ficus on Sept. 1.", [("Ficus", "Jane Roe", "joined")]),
    ("Jane Roe, who served as head of markets for Ficus, has now been named as the company’s "
     "new CEO.", [("", "Jane Roe", "joined")]),
])
def test_people_moves_in_prose_by_their_parts(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_surname_alone_is_the_person_the_text_named_in_full() -> None:
    from signalwatch.extract.leadership import people_named, with_full_names

    text = ("It began with Ficus CEO John Doe’s resignation in mid-July. Jane Roe, the former "
            "CFO of Gourd, will join Lamna. Doe stepped down on July 24.")
    people = people_named(text)
    assert with_full_names("Doe stepped down on July 24.", people) == \
        "Ficus CEO John Doe stepped down on July 24."
    assert with_full_names("Roe will succeed him.", people) == "Jane Roe will succeed him."
    assert with_full_names("Gourd said so.", people) == "Gourd said so."


def test_a_digests_company_is_the_one_its_clause_speaks_of() -> None:
    """A move whose company goes unsaid takes the account the clauses before spoke of,
    whether or not they stated a move; a person named by surname is the one named before."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Here is our pick of the week.\nFicus to cut jobs under new CEO\nUS payments "
               "giant Ficus is reportedly planning to cut thousands of jobs under incoming "
               "CEO Jane Roe’s strategy.\nRoe was appointed as president in February this "
               "year and is set to also take over as CEO from John A. Doe on 1 January.")
    item = _wire_item("Top five stories of the week", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus"), ("go", "Gourd"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert sorted((s.account_id, s.attributes["person"]) for s in found
                  if s.kind == "leadership") == [("fi", "Jane Roe")]


def test_a_middle_initial_does_not_end_a_clause() -> None:
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("Jane Roe will succeed retiring CEO John A. Doe, who will stay. "
                      "Ficus said so.") == [
        "Jane Roe will succeed retiring CEO John A. Doe, who will stay.", "Ficus said so."]
    # a name ending in a letter, then the next item
    assert clauses_of("Startups included Ficus and Atlas V. Round: Seed") == [
        "Startups included Ficus and Atlas V.", "Round: Seed"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # companies' acts listed as the complements of a noun, a person drawn from a company
    ("Other moves include card company Ficus hiring Gourd veteran Jane Roe as its new chief "
     "financial officer and bank Lamna poaching John Doe from Tailspin to become its new "
     "chief information officer.",
     [("Ficus", "Jane Roe", "joined"), ("Lamna", "John Doe", "joined"),
      ("Tailspin", "John Doe", "departed")]),
    ("The team is hiring engineers as fast as it can.", []),
    ("Ficus is hiring Jane Roe as a consultant.", []),
    # leaving for a role elsewhere: two moves
    ("Head of Sales, Jane Roe also left the company to become CEO of Gourd.",
     [("", "Jane Roe", "departed"), ("Gourd", "Jane Roe", "joined")]),
    # idioms of taking a role; a resignation handed in, a nickname and an adverb between
    ("Jane Roe, who joined just months earlier, takes the wheel as COO.",
     [("", "Jane Roe", "joined")]),
    ("Ficus has pleaded guilty, with founder and CEO John Doe (JD) also handing in his "
     "resignation.", [("", "John Doe", "departed")]),
    # two clauses joined by ", as": each read
    ("Ficus has appointed Jane Roe as its new CMO, as John Doe transitions to the newly "
     "created role of Chief Experience Officer.",
     [("Ficus", "Jane Roe", "joined"), ("", "John Doe", "promoted")]),
    # a region with its article is no company
    ("Jane Roe became the company’s new vice president for the Americas.",
     [("", "Jane Roe", "joined")]),
])
def test_people_moves_in_prose_told_otherwise(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # passive successions: the one replaced leaves, the one replacing joins
    ("Ficus announced CEO John Doe will be replaced by Gourd senior adviser Jane Roe.",
     [("Ficus", "Jane Roe", "joined"), ("Ficus", "John Doe", "departed")]),
    ("Ficus announced CEO John Doe will move on at the start of next year.",
     [("Ficus", "John Doe", "departed")]),
    # an announcement that "he’d be stepping down", an appositive naming the company
    ("John Doe, CEO of Ficus Corp., announced in the fall that he’d be stepping down in "
     "March 2027.", [("Ficus Corp.", "John Doe", "departed")]),
    # a departure for a role elsewhere; a post left "at" a company
    ("Jane Roe left for the CEO’s position at switchmaker Gourd Networks.",
     [("Gourd Networks", "Jane Roe", "joined")]),
    ("Jane Roe would be leaving her post as VP-marcom integration at Ficus.",
     [("Ficus", "Jane Roe", "departed")]),
    ("And Jane Roe, the CCO of Ficus, is giving up one of the best jobs in the business.",
     [("Ficus", "Jane Roe", "departed")]),
    ("Founder and Creative Chairman Jane Roe stepped into the roles of CEO and creative "
     "chairman at Ficus Interactive.", [("Ficus Interactive", "Jane Roe", "joined")]),
    # two people given one title by a company, a company described
    ("Ad agency Ficus has brought on Jane Roe and John Doe as creative directors.",
     [("Ficus", "Jane Roe", "joined"), ("Ficus", "John Doe", "joined")]),
    ("The independent New York-based agency has hired Jane Roe and John Doe as executive "
     "creative directors.", [("", "Jane Roe", "joined"), ("", "John Doe", "joined")]),
    # a lead-in naming the company; a subject doing the change is no company
    ("Two departures at Ficus NY: EVP, group account director John Doe resigned.",
     [("Ficus NY", "John Doe", "departed")]),
    ("John Doe took over as CEO of Ficus Inc. after Jane Roe resigned for health reasons.",
     [("Ficus Inc", "John Doe", "joined")]),
    # a career told in the past perfect is no company's move
    ("He had joined the company just 18 months after he joined Ficus as its chief creative "
     "officer.", []),
])
def test_people_moves_in_prose_of_recaps_and_columns(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_sentence_a_page_broke_over_lines_is_one_clause() -> None:
    from signalwatch.extract.signals import clauses_of

    text = ("Jane Roe\nis replacing\nJohn Doe\nat\nFicus\namid weak sales.\nFicus CEO exits after "
            "a long probe\nGourd Holdings, the parent, said so.\nTime Inc. has tapped Ann Lee as "
            "executive design director.")
    assert clauses_of(text) == [
        "Jane Roe is replacing John Doe at Ficus amid weak sales.",
        "Ficus CEO exits after a long probe", "Gourd Holdings, the parent, said so.",
        "Time Inc. has tapped Ann Lee as executive design director."]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a departure, then its successor
    ("Ficus announced CEO John Doe will move on next year and be replaced by chief product "
     "officer Jane Roe.", [("Ficus", "John Doe", "departed"), ("Ficus", "Jane Roe", "joined")]),
    ("Ficus CEO John Doe will move into an executive chairman role at the company and be "
     "replaced by parks chairman Jane Roe effective immediately.",
     [("Ficus", "Jane Roe", "joined"), ("Ficus", "John Doe", "departed")]),
    # an appositive left unclosed, a unit's company
    ("It was announced that John Doe, the President of the Windows division at Ficus would "
     "be leaving the company.", [("Ficus", "John Doe", "departed")]),
    # moves told as nouns
    ("The departure of ex-Gourd CEO John Doe as head of business development comes as no "
     "surprise.", [("", "John Doe", "departed")]),
    ("The other outgoing executive vice president is Jane Roe and her duties will pass on.",
     [("", "Jane Roe", "departed")]),
    ("Jane Roe and incoming chief creative officer John Doe become the top leaders.",
     [("", "John Doe", "joined")]),
    # each company's act of a clause
    ("A day after Gourd named a new head of its office, Ficus has elevated Jane Roe to "
     "president of its flagship office.", [("Ficus", "Jane Roe", "promoted")]),
    ("Jane Roe is shifting to a new role of global president of retail.",
     [("", "Jane Roe", "promoted")]),
])
def test_people_moves_told_as_nouns_and_after_departures(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list item's number, a person's degrees, a state in brackets
    ("8. Jane Roe, MD, was named president and COO of Ficus Memorial Hospital in Washington.",
     [("Ficus Memorial Hospital", "Jane Roe", "joined")]),
    ("John Doe, MD, PhD, president and CEO of Ficus Medical Center in Boston, plans to step "
     "down in September.", [("Ficus Medical Center", "John Doe", "departed")]),
    ("Jane Roe left her job as CEO of Venice (Fla.) Ficus Health.",
     [("Venice Ficus Health", "Jane Roe", "departed")]),
    ("John Doe was released as CEO of Norton (Kan.) Ficus Hospital after a probe.",
     [("Norton Ficus Hospital", "John Doe", "departed")]),
    # a board speaking for its company; a nickname inside a name
    ("The board of directors for Ficus announced that John Doe has resigned as chief "
     "executive officer.", [("Ficus", "John Doe", "departed")]),
    ("Gourd announced that it has appointed Sherilyn S. (Sheri) Roe as CEO.",
     [("Gourd", "Sherilyn S. Roe", "joined")]),
    # more verbs of change
    ("Jane Roe accepted a role as COO of Ficus Health.", [("Ficus Health", "Jane Roe", "joined")]),
    ("Jane Roe was selected in June as COO of Ficus Health.",
     [("Ficus Health", "Jane Roe", "joined")]),
    ("John Doe, executive vice president of private brands, will step up to executive vice "
     "president, chief stores officer.", [("", "John Doe", "promoted")]),
    ("He will replace current CEO John Doe, who is resigning from his job.",
     [("", "John Doe", "departed")]),
    # a departure told as background
    ("The company’s last CFO, John Doe, stepped down last September after a year.", []),
])
def test_people_moves_in_trade_lists(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_initials_a_saint_and_a_months_day_end_no_clause() -> None:
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("J.C. Penney terminated Jane Roe. John Doe, COO of St. Mary's, stepped "
                      "down Nov. 19 as part of a plan.") == [
        "J.C. Penney terminated Jane Roe.",
        "John Doe, COO of St. Mary's, stepped down Nov. 19 as part of a plan."]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a company letting executives go
    ("One of the biggest dust-ups occurred at Ficus, which parted ways with its CEO and "
     "chairman, John Doe, after a six-year tenure.", [("Ficus", "John Doe", "departed")]),
    ("Ficus terminated Jane Roe, its COO, after just six months on the job.",
     [("Ficus", "Jane Roe", "departed")]),
    ("Ficus’ Express division lost its co-presidents, Jane Roe and John Doe, both of whom "
     "left to head up other companies.",
     [("Ficus", "Jane Roe", "departed"), ("Ficus", "John Doe", "departed")]),
    # a list of exits, each with its title and company
    ("The most recent exits include Jane Roe, president of Ficus Adult, and John Doe, "
     "executive VP of product design for Gourd.",
     [("Ficus Adult", "Jane Roe", "departed"), ("Gourd", "John Doe", "departed")]),
    # an appointment told as a noun, its company the clause's subject
    ("With the appointment of Jane Roe as a Chief Brand Officer, Ficus Hotel Group has added "
     "strong leadership.", [("Ficus Hotel Group", "Jane Roe", "joined")]),
    # a description before the person an act names; a successor and the one succeeded
    ("Ficus has selected a franchising executive from Gourd Worldwide, Jane Roe, as its new "
     "CEO.", [("Ficus", "Jane Roe", "joined"), ("Gourd Worldwide", "Jane Roe", "departed")]),
    ("Ficus Memorial Hospital in Sweetwater, Texas, selected John Doe RN, MSN, to succeed "
     "Jane Roe as CEO.", [("Ficus Memorial Hospital", "John Doe", "joined"),
                          ("Ficus Memorial Hospital", "Jane Roe", "departed")]),
    ("Jane Roe, COO of Montgomery, Ala.-based Ficus Hospital, stepped down Nov. 19.",
     [("Ficus Hospital", "Jane Roe", "departed")]),
    # a region is no company
    ("Jane Roe is being promoted from his previous job of vice president of sales for North "
     "America.", [("", "Jane Roe", "promoted")]),
])
def test_people_moves_let_go_listed_and_described(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_list_of_departures_parted_by_semicolons_and_a_headlines_company() -> None:
    """"the departure of A, SVP of engineering; B, VP of HR; and C, ..." is one clause of
    moves; the company the headline names is the one its text speaks of first."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Ficus may have lost four top executives on Monday, but it gained a chief "
               "marketing officer on Tuesday with the hiring of Jane Roe, a former vice president "
               "at Gourd. The company announced Monday the departure of Alex Doe, senior vice "
               "president of engineering; Brian “Skip” Poe, vice president of human resources; "
               "and Kevin Moe, senior vice president of product. The chief executive said they "
               "had chosen to leave the company.")
    item = _wire_item("Ficus hires former Gourd exec as chief marketing officer", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus"), ("go", "Gourd"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    people = {s.attributes["person"] for s in found if s.kind == "leadership"}
    assert {"Alex Doe", "Kevin Moe"} <= people and any("Poe" in str(p) for p in people)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus, for instance, recently recruited an outsider, Jane Roe, as its new CRO.",
     [("Ficus", "Jane Roe", "joined")]),
    ("Jane Roe will replace John Doe, SVP of the central marketing group at Ficus, who will "
     "leave the company at the end of the summer.",
     [("Ficus", "Jane Roe", "joined"), ("Ficus", "John Doe", "departed")]),
])
def test_people_moves_recruited_and_replaced(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_he_or_she_succeeding_is_the_person_just_named() -> None:
    """"X has named A as its new group chief risk officer. He will replace B, who is moving
    to Gourd": he is A, and B leaves the title A takes; a title the clause gives B is B's."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Ficus Bank has named Jane Roe as its new group chief risk officer. She will "
               "replace John Doe, who is moving to Gourd after an orderly handover. Ficus "
               "Bank's chief executive said the appointment strengthens its risk function, "
               "and the departing officer leaves with the bank's best wishes.")
    item = _wire_item("Ficus Bank names group chief risk officer", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus Bank"), ("go", "Gourd"))])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    moves = sorted((s.account_id, s.attributes["person"], s.attributes["change"])
                   for s in found if s.kind == "leadership")
    assert ("fi", "John Doe", "departed") in moves and ("fi", "Jane Roe", "joined") in moves


@pytest.mark.parametrize(("sentence", "expected"), [
    # a decision to leave told to the board, a decision taken, a founder back at the helm
    ("Ficus today announced that Jane Roe has informed the Board of Directors of her decision "
     "to step down as Chief Executive Officer after accepting a new opportunity.",
     [("Ficus", "Jane Roe", "departed")]),
    ("Ficus announced that John Doe has decided to retire as CFO.",
     [("Ficus", "John Doe", "departed")]),
    ("Ficus today announced that company founder Jane Roe has resumed her role as CEO, "
     "effective immediately.", [("Ficus", "Jane Roe", "joined")]),
    ("Jane Roe returns as CEO of Ficus", [("Ficus", "Jane Roe", "joined")]),
    # a board acting names no company (the one spoken of); a date's clause opens no name
    ("Effective August 4, 2025, the Board has appointed John Doe as Interim CEO.",
     [("", "John Doe", "joined")]),
    ("The Supervisory Board has appointed Jane Roe as Chief Investment Officer.",
     [("", "Jane Roe", "joined")]),
    ("Effective immediately, Ficus has named Jane Roe as CFO.", [("Ficus", "Jane Roe", "joined")]),
])
def test_people_moves_in_press_release_bodies(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize("title", [
    "Ficus Founder Jane Roe Returns as CEO to Lead Its Next Phase",
    "WireBreaks – Ficus Inc. (NASDAQ: FICS) Co-Founder Jane Roe Returns as CEO",
])
def test_a_founder_returning_joins_their_company(title) -> None:
    from signalwatch.extract.leadership import roundup_moves

    (c,) = roundup_moves(title, prose=False)
    assert (c.company.removesuffix(" Inc."), c.person, c.title, c.change) == (
        "Ficus", "Jane Roe", "CEO", "joined")


def test_a_blogs_feed_footer_is_no_statement() -> None:
    """WordPress ends every entry's text with "The post <headline> appeared first on
    <site>."; it retells the headline and must not be read as the text's own words."""
    from signalwatch.extract.text import without_feed_footer

    body = "Ficus named Jane Roe CFO. She joins from Gourd."
    assert without_feed_footer(f"{body} The post Ficus Names Jane Roe CFO appeared first on "
                               "citybiz.") == body
    assert without_feed_footer(body) == body


def test_a_releases_headline_moves_and_its_texts_retelling_are_one_each() -> None:
    """A release whose text names many titles and changes (read clause by clause) keeps the
    moves its headline states, and a later unnamed retelling of a named move ("said X,
    newly appointed CEO of Ficus") is that move, not a second one."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    summary = ("Ficus, a maker of garden tools, today announced the appointment of Jane Roe "
               "as Chief Marketing Officer and John Doe as Chief Financial Officer. Roe joins "
               "from Gourd, where she was vice president of marketing; Doe was previously "
               "director of finance at Melon. \"I am thrilled to join Ficus,\" said Jane Roe, "
               "newly appointed CMO of Ficus. Both report to CEO Alex Poe, who was named "
               "president last year and who welcomed the hires.")
    item = _wire_item("Ficus Appoints Jane Roe as CMO and John Doe as CFO", summary)
    matcher = Matcher([Account(k, n) for k, n in (("fi", "Ficus"), ("go", "Gourd"),
                                                  ("me", "Melon"))])
    found = [s for s in signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
             if s.kind == "leadership" and s.account_id == "fi"]
    assert sorted((s.attributes["person"], s.attributes["title"]) for s in found) == [
        ("Jane Roe", "CMO"), ("John Doe", "CFO")]


@pytest.mark.parametrize(("title", "expected"), [
    ("Blockchain + AI , Former Gourd Member Jane Roe was Appointed as Ficus Chain CEO",
     [("Ficus Chain", "Jane Roe", "CEO")]),
    ("Jane Roe was Appointed CEO of Ficus", [("Ficus", "Jane Roe", "CEO")]),
    ("Ficus Introduces Jane Roe as CEO To Lead the Next Phase of Growth",
     [("Ficus", "Jane Roe", "CEO")]),
    ("Q&A with Jane Roe, Ficus Moisan’s Newly Appointed President & CEO",
     [("Ficus Moisan", "Jane Roe", "President & CEO")]),
    ("Meet John Doe, Gourd's New CFO", [("Gourd", "John Doe", "CFO")]),
    ("Ficus Strengthens Executive Team With Appointments of Jane Roe as CFO and John Doe as COO",
     [("Ficus", "Jane Roe", "CFO"), ("Ficus", "John Doe", "COO")]),
    # an organisation chosen "as CRO" (a clinical research organisation) is no one hired
    ("Ficus Inc. Selects Southern Star Research as CRO for Phase IIa Trial", []),
    # a title's rank words never end a company ("Named Executive Vice President of X")
    ("Jane Roe, MD, MBA Named Executive Vice President of Ficus Society",
     [("Ficus Society", "Jane Roe", "Executive Vice President")]),
    ("Jane Roe, Ficus’s new head of sales, talks growth", []),
])
def test_headline_forms_of_release_headlines(title, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.title) for c in roundup_moves(title, prose=False)] == \
        expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus (OTC: FICS), a maker of garden tools with offices in three states, announced the "
     "appointment of Jane Roe, CFA, as chief financial officer and John Doe as chief operating "
     "officer.", [("Ficus", "Jane Roe", "chief financial officer"),
                  ("Ficus", "John Doe", "chief operating officer")]),
    ("With the appointment of Jane Roe as Chief Brand Officer, Ficus Group has added a leader.",
     [("Ficus Group", "Jane Roe", "Chief Brand Officer")]),
])
def test_appointments_told_as_nouns_name_each_person(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.title) for c in roundup_moves(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second person told with the first's verb
    ("This November, Jane Roe will join as Vice President of Marketing and John Doe as Chief "
     "Marketing Officer.", [("", "Jane Roe", "joined"), ("", "John Doe", "joined")]),
    # a company announcing a person as its new executive, past a long appositive
    ("Ficus, a local nonprofit dedicated to cultivating a lifelong love of the outdoors, "
     "announces Jane Roe, former Program Director at Gourd, as its new Executive Director.",
     [("Ficus", "Jane Roe", "joined")]),
    ("Ficus announced Jane Roe, its CFO, will leave the company.",
     [("Ficus", "Jane Roe", "departed")]),
    ("Ficus announced Q3 results as its CFO left.", []),
    # a move told in a person's appositive, "incoming" with a comma, a hyphenated interim
    ("\"I could not be more excited,\" said John Doe, Founder and outgoing Executive Director "
     "of Ficus Youth.", [("Ficus Youth", "John Doe", "departed")]),
    ("Ficus Air Inc. (NYSE:FAIR), a regional airline, just announced its incoming "
     "interim-CEO, Jane Roe, a pioneer in aviation.", [("Ficus Air Inc.", "Jane Roe", "joined")]),
    # an executive staying on in a role that is no executive's leaves the title
    ("Co-founder and former CEO John Doe will remain with the Company as a Senior Advisor "
     "and member of the Board of Directors.", [("", "John Doe", "departed")]),
    ("In a CEO transition, John Doe, the founder of Gourd and current Ficus CEO, will move to "
     "a \"Founder’s\" role.", [("Ficus", "John Doe", "departed")]),
    ("Jane Roe will remain as CEO.", []),
    ("Jane Roe, CEO of Ficus, will remain as chair of the board.", []),
])
def test_people_moves_in_press_release_bodies_second_round(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_releases_dateline_and_markdown_are_no_part_of_its_text() -> None:
    from signalwatch.extract.text import article_text

    assert article_text("BOSTON, MA, June 03, 2024 /24-7PressRelease/ -- Ficus names Jane Roe "
                        "CEO.") == "Ficus names Jane Roe CEO."
    assert article_text("OCOEE, FL - (NewMediaWire) - September 11, 2024 - Ficus Inc. has "
                        "named") == "Ficus Inc. has named"
    assert article_text("WASHINGTON & FORT WORTH, Texas–(BUSINESS WIRE)–Ficus named") == \
        "Ficus named"
    assert article_text("--News Direct--\n\nFicus named") == "Ficus named"
    assert article_text("![Jane Roe joins Ficus as CFO](https://x/y.jpg)\n\nFicus named "
                        "[Jane Roe](https://x) CFO.") == "Ficus named Jane Roe CFO."
    # a sentence's own date is no dateline
    text = "Ficus raised $5M on June 3, 2024 - a record."
    assert article_text(text) == text


def test_one_person_however_the_name_is_written() -> None:
    """"Andrew S. Klein" in the text, "Andrew Klein" in the headline, "Dr. Andrew Klein"
    elsewhere: one person, so one move and one dedupe key."""
    from signalwatch.extract.signals import dedupe_key

    keys = {dedupe_key("leadership", "fi", {"person": p, "change": "joined"})
            for p in ("Andrew S. Klein", "Andrew Klein", "Dr. Andrew Klein")}
    assert len(keys) == 1
    assert dedupe_key("leadership", "fi", {"person": "Frank R. Parrish, III",
                                           "change": "joined"}) == \
        dedupe_key("leadership", "fi", {"person": "Frank Parrish", "change": "joined"})
    assert len({dedupe_key("leadership", "fi", {"person": p, "change": "joined"})
                for p in ("Jane Roe", "John Roe")}) == 2


def test_a_move_at_an_office_named_by_its_city_is_the_companys() -> None:
    """"Moves to Gourd Phoenix as Managing Director": the account is Gourd, not an account
    named after the city."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    matcher = Matcher([Account("go", "Gourd"), Account("ph", "Phoenix")])
    item = _wire_item("Jane Roe Moves to Gourd Phoenix as Managing Director", "")
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert [(s.account_id, s.attributes["person"]) for s in found] == [("go", "Jane Roe")]
    # and with no account named after the place: the office's company, named whole
    for title, found_ids in (("Jane Roe Moves to Gourd Phoenix as Managing Director", ["go"]),
                             ("Jane Roe Joins Gourd Australia as Head of Compliance", ["go"]),
                             ("Jane Roe Joins Gourd Labs Australia as CFO", [])):
        found = signals_from_item(_wire_item(title, ""), Matcher([Account("go", "Gourd")]),
                                  rates={}, floor=0.8, now=NOW)
        assert [s.account_id for s in found] == found_ids, title


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second person of the same act, each with an appositive, whatever became of the first
    ("The Board has appointed John Doe, Chair of the Audit Committee, as Interim Chairman, "
     "and Jane Roe, current President of Global Operations, as Interim CEO.",
     [("", "Jane Roe", "joined")]),
    ("Ficus hired Jane Roe as an adviser and John Doe as a consultant.", []),
    # "X, the incoming CFO, will oversee": an appositive with no company
    ("* Jane Roe, the incoming Chief Financial Officer (CFO), will oversee finance.",
     [("", "Jane Roe", "joined")]),
    # a farewell: thanks and wishes both
    ("I also want to thank John Doe for his commitment to the Company over the past four years "
     "serving as CFO and wish him well in his future endeavours.", [("", "John Doe", "departed")]),
    ("We thank Jane Roe for her leadership as CEO and look forward to the next decade.", []),
])
def test_people_moves_in_press_release_bodies_third_round(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def test_a_clause_goes_on_after_an_honorific_and_a_middle_initial() -> None:
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("Ficus has named Mr. John Doe as its new CFO. It thanked Ms. Jane Roe.") \
        == ["Ficus has named Mr. John Doe as its new CFO.", "It thanked Ms. Jane Roe."]
    assert clauses_of("Gourd mourns its CEO Charles M. Fernandez on May 24. He led it.") == [
        "Gourd mourns its CEO Charles M. Fernandez on May 24.", "He led it."]


def test_a_short_name_the_text_defines_is_its_company() -> None:
    """"Ficus Market Making (Ficus MM) ... Jane Roe joined Ficus MM as CFO": the account
    Ficus Market Making; a short name only where the text defines it, and only the full
    name whole (not a word of it that is another account's name)."""
    from signalwatch.extract.signals import short_names_in, signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    assert short_names_in("Healthcare Ficus, Inc. (Nasdaq: HCFI) (“HCFI” or the \"Company\"), "
                          "a leader") == {"hcfi": "Healthcare Ficus"}
    assert short_names_in("Acme raised money (NASDAQ: ACME) today (Reuters)") == {}
    summary = ("Ficus Market Making (Ficus MM), a maker of trading tools, named its founders. "
               "In addition, Jane Roe joined Ficus MM as the Chief Financial Officer, and the "
               "company's CEO welcomed her. John Doe, its CTO, hired two engineers; the "
               "president said the chief operating officer and the head of sales joined too.")
    item = _wire_item("Ficus Market Making names founders", summary)
    matcher = Matcher([Account("fi", "Ficus Market Making"), Account("mm", "MM")])
    found = signals_from_item(item, matcher, rates={}, floor=0.8, now=NOW)
    assert ("fi", "Jane Roe") in {(s.account_id, s.attributes.get("person")) for s in found}
    # the text's short name before another account of that very name: "QIA" here is the
    # Quintelo Insurance Alliance the release names in full, not the account "QIA"
    item = _wire_item("QIA Appoints Jane Roe as Chief Financial Officer",
                      "Quintelo Insurance Alliance (QIA), an insurer of nonprofits, named "
                      "Jane Roe as its Chief Financial Officer.")
    accounts = [Account("qi", "Quintelo Insurance Alliance"), Account("q", "QIA")]
    found = signals_from_item(item, Matcher(accounts), rates={}, floor=0.8, now=NOW)
    assert {s.account_id for s in found} == {"qi"}
    found = signals_from_item(item, Matcher(accounts[1:]), rates={}, floor=0.8, now=NOW)
    assert {s.account_id for s in found} == {"q"}  # (no account of the full name: "QIA")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The company also named Jane Roe, MD, MBA as its Chief Executive Officer.",
     [("", "Jane Roe", "joined")]),
    ("The firm today appointed Jane Roe as CFO.", [("", "Jane Roe", "joined")]),
])
def test_people_moves_in_press_release_bodies_fourth_round(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.change) for c in roundup_moves(sentence)] == expected


def _prose_moves(sentence: str) -> list[tuple[str, str | None, str, str]]:
    """(company, person, title, change) of each move roundup_moves reads in a sentence."""
    from signalwatch.extract.leadership import roundup_moves

    return [(c.company, c.person, c.title, c.change) for c in roundup_moves(sentence)]


def _release_moves(title: str, summary: str, accounts: tuple[tuple[str, str], ...]) -> list:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    matcher = Matcher([Account(k, n) for k, n in accounts])
    found = signals_from_item(_wire_item(title, summary), matcher, rates={}, floor=0.8, now=NOW)
    return sorted((s.kind, s.account_id, s.attributes.get("person"), s.attributes.get("change"))
                  for s in found)


def test_a_headline_with_a_round_and_a_move_gives_both() -> None:
    assert _release_moves("Ficus Raises $1.2 Million in Seed Funding and Appoints Health Tech "
                          "Leader Jane Roe, MD, MBA as CEO", "", (("fi", "Ficus"),)) == [
        ("funding", "fi", None, None), ("leadership", "fi", "Jane Roe", "joined")]


def test_a_successor_told_by_surname_and_a_unit_read_as_no_company() -> None:
    """"X named Timothy Graham president of Industrial Motion. Graham, who most recently
    served as ..., succeeds Chris Coughlin": Coughlin leaves, at X; the unit "Industrial
    Motion" (also an account's name's end) is no company of either move."""
    summary = ("The Ficus Company (NYSE: FIC; www.ficus.com), a maker of bearings and "
               "industrial motion, today announced the appointment of Timothy A. Graham as "
               "president of Industrial Motion and an officer of the company. Graham, who most "
               "recently served as vice president of operations for Engineered Bearings, "
               "succeeds Christopher A. Coughlin. Coughlin, who announced his retirement earlier "
               "this year, will remain with the company. The chief executive said the new "
               "president joined at a good time and thanked the outgoing executive vice "
               "president and the chief operating officer.")
    moves = _release_moves("Ficus Appoints Timothy A. Graham President of Industrial Motion",
                           summary, (("fi", "Ficus"), ("mo", "Motion")))
    assert moves == [("leadership", "fi", "Christopher A. Coughlin", "departed"),
                     ("leadership", "fi", "Timothy A. Graham", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus Welcomes Jane Roe back to Ficus as our Chief Compliance Officer",
     [("Ficus", "Jane Roe", "Chief Compliance Officer", "joined")]),
    # a career between the join and its "as" is no title of the join
    ("Jane joins Ficus after most recently serving as the Head of Cell Technology at Gourd.",
     []),
    ("Jane Roe joins Ficus as CFO after ten years at Gourd.",
     [("Ficus", "Jane Roe", "CFO", "joined")]),
    # an executive appointed the board's (vice, non-executive) chair leaves the post
    ("John Doe, co-founder and CEO, has been appointed Vice Chairman of the Ficus board.",
     [("", "John Doe", "CEO", "departed")]),
    ("Jane Roe, our CEO, has been named Executive Chairman of the board.", []),
    ("John Doe, an investor, was elected chairman of the board.", []),
])
def test_people_moves_in_press_release_bodies_fifth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_hires_news_tells_whom_the_hire_succeeds() -> None:
    """A short release whose first statement is a hire, then "He succeeds X, who will
    continue as a Board member" ("Mr. Roe succeeds ..."): X leaves; a succeeded executive
    moving to the executive chair is no move of their own."""
    summary = ("Ficus (NYSE: FIC) announced the appointment of John Roe, Ph.D., as Chief "
               "Executive Officer and member of its Board of Directors, effective Apr. 22. "
               "He succeeds Alex Poe, who will continue as a Board member. Dr. Roe brings over "
               "30 years of experience in oncology.")
    assert _release_moves("Ficus Appoints John Roe as CEO", summary, (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Alex Poe", "departed"), ("leadership", "fi", "John Roe", "joined")]
    chaired = ("Ficus has named a new CEO, Jane Roe, effective immediately. Roe, who has also "
               "been appointed to the board, succeeds CEO Alex Poe. Poe will transition to "
               "executive chair of the board.")
    assert _release_moves("Ficus names Jane Roe as its new CEO", chaired, (("fi", "Ficus"),)) \
        == [("leadership", "fi", "Jane Roe", "joined")]


def test_a_headlines_second_predicate_ends_its_title() -> None:
    from signalwatch.extract.leadership import roundup_moves

    (c,) = roundup_moves("Ficus Board Appoints Jane Roe as Chief Development Officer and Renews "
                         "John Doe's Contract Ahead of Schedule", prose=False)
    assert (c.person, c.title) == ("Jane Roe", "Chief Development Officer")


def test_the_one_before_told_by_leaving_after_a_hire() -> None:
    """press_bodies7's round: a predecessor told only by "takes the helm as X departs" or
    "following the retirement of X" leaves the title the hire takes; a company whose legal
    form stands before its appositive ("Ficus, LLC, the first network of ..., is pleased to
    announce the appointment of") announces."""
    helm = ("Gourd today announced the promotion of Jane Roe to president of Gourd. Roe takes "
            "the helm as John Doe departs to pursue new opportunities outside the industry.")
    assert _release_moves("Jane Roe Named President of Gourd", helm, (("go", "Gourd"),)) == [
        ("leadership", "go", "Jane Roe", "promoted"), ("leadership", "go", "John Doe",
                                                       "departed")]  # (her "promotion")
    retired = ("Ficus today announced that Jane Roe has officially assumed the role of Chief "
               "Executive Officer, effective 1 January 2026. This completes the succession plan "
               "initiated in September following the retirement of John van Doe at the end of "
               "2025. The broader team has been in place since October.")
    assert _release_moves("Ficus Marks New Chapter as Jane Roe Commences as CEO", retired,
                          (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Jane Roe", "joined"), ("leadership", "fi", "John van Doe",
                                                     "departed")]
    # a name described in its own words is not taken for the hire's predecessor
    mentor = ("Ficus named Jane Roe CFO. She joined Ficus in 2010 following the retirement of "
              "John Doe, the firm's founder, and has led its finance team since 2019.")
    assert _release_moves("Ficus Names Jane Roe CFO", mentor, (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Jane Roe", "promoted")]  # (at Ficus since 2010)
    legal = ("Ficus, LLC, the first nationwide network of integrative medicine providers, is "
             "pleased to announce the appointment of Jane Roe as its new chief financial "
             "officer. Jane brings a record of results to Ficus.")
    assert _release_moves("Medicine Network Strengthens Leadership with Appointment of "
                          "Visionary Chief Financial Officer", legal, (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("headline", "title"), [
    ("Ficus Appoints Jane Roe as Its President in Historic Leadership Move", "President"),
    ("Ficus Names Jane Roe CEO in Leadership Shake-Up", "CEO"),
    ("Ficus Appoints Jane Roe as Head of Sales in North America",
     "Head of Sales in North America"),
])
def test_a_headlines_news_of_the_move_is_no_part_of_its_title(headline, title) -> None:
    from signalwatch.extract.leadership import roundup_moves

    (c,) = roundup_moves(headline, prose=False)
    assert (c.person, c.title) == ("Jane Roe", title)


def test_a_releases_short_form_of_the_company_it_names_in_full() -> None:
    """A release writing "Gourd Air Mobility" throughout calls it "Gourd Air" once: that is
    the account (the whole name written twice, or once to open the text or a sentence; a
    subject naming nothing longer is left)."""
    from signalwatch.extract.signals import fuller_names

    summary = ("Gourd Air Mobility Inc. (NYSE: GAM) announced its interim CEO, Jane Roe. In a "
               "CEO transition, John Doe, the founder of Ficus and current Gourd Air CEO, will "
               "move to a \"Founder's\" role. Gourd Air Mobility also reported results.")
    assert _release_moves("Gourd Air Mobility Appoints Jane Roe as Interim CEO", summary,
                          (("ga", "Gourd Air Mobility"), ("fi", "Ficus"))) == [
        ("leadership", "ga", "Jane Roe", "joined"), ("leadership", "ga", "John Doe",
                                                     "departed")]
    assert fuller_names("Gourd Air", summary) == ["Gourd Air Mobility",
                                                  "Gourd Air Mobility Inc"]  # (it opens)
    # written once: the short form's only when the whole name opens the text or a sentence
    assert fuller_names("Gourd Air", "Once Gourd Air Mobility, then Gourd Air.") == []
    assert fuller_names("Gourd Air", "Gourd Air Mobility once, then Gourd Air.") == [
        "Gourd Air Mobility"]
    assert fuller_names("Air", summary) == []  # (one weak word reads as no name)


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline's clauses after semicolons: the head's news ("&amp;" holds one too)
    ("Ficus Reports Strong Growth and Metrics; Appoints Banking Veteran Jane Roe as CFO",
     [("Ficus", "Jane Roe", "CFO", "joined")]),
    ("Ficus Appoints Jane Roe as VP of Marketing &amp; Client Strategy",
     [("Ficus", "Jane Roe", "VP of Marketing & Client Strategy", "joined")]),
    # read whole as find_leadership reads it (the headline splits' measure)
    ("Ficus Names Jane Roe CEO, Succeeding John Doe",
     [("Ficus", "Jane Roe", "CEO", "joined"), ("Ficus", "John Doe", "CEO", "departed")]),
    ("Forbes Business Council Welcomes Jane Roe, CEO of Ficus", []),
])
def test_headlines_read_whole(headline, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.title, c.change)
            for c in roundup_moves(headline, prose=False)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ticker's semicolons are no clause's end; an appositive between the name and "as"
    ("Ficus Mining (CSE: FICS; OTC: FICSF; FRANKFURT: 89N) announced the appointment of "
     "Jane (Jan) Roe, current President and CEO of the Gourd Research Centre (GRC), as Chief "
     "Executive Officer effective Dec. 8.",
     [("Ficus Mining", "Jane Roe", "Chief Executive Officer", "joined")]),
    # a title held elsewhere, then a board seat: no move
    ("Ficus Mining has appointed John Doe, Executive Director of the Gourd Institute for "
     "Energy, Minerals and Society, to its Board of Directors.", []),
    # (its own CFO made CEO: a promotion, read so since session 48)
    ("Ficus has appointed Jane Roe, its CFO, as CEO.",
     [("Ficus", "Jane Roe", "CEO", "promoted")]),
    # a current executive moving to lead another unit leaves the title
    ("The company is advancing its Arizona project, with current CEO John Doe transitioning "
     "to lead the company's U.S. subsidiary focused on a spinout.",
     [("", "John Doe", "CEO", "departed")]),
    ("Jane Roe, the current head of sales, will transition to lead marketing.",
     [("", "Jane Roe", "head of sales", "departed")]),
])
def test_people_moves_in_press_release_bodies_eighth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_headlines_unnamed_move_named_by_the_text() -> None:
    summary = ("BOSTON -- Ficus, a software company, is pleased to announce the appointment of "
               "Jane Roe as its new Chief Executive Officer. Roe is poised to build on a record "
               "year.")
    assert _release_moves("Ficus Welcomes New CEO to Lead the Next Chapter of Growth", summary,
                          (("fi", "Ficus Software"),)) == [
        ("leadership", "fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("sentence", "subject", "round_"), [
    # an announced investment the announcer makes: the one invested in is funded
    ("Gourd Ventures Announces Strategic Investment in Ficus Robotics", "Ficus Robotics",
     "strategic"),
    ("The Gourd Fund (GF) today announced an investment in Ficus Bank, a subsidiary of Acme.",
     "Ficus Bank", "unknown"),
    ("Alphabet Announces $6.8B AI Investment Package for the UK", None, None),
    ("Ficus Announces $5 Million Investment from Gourd Capital", "Ficus", "unknown"),
    # project-level financing is no company's round
    ("Ficus and Gourd Group have announced a US$100 million financing deal for a portfolio of "
     "U.S. community solar projects.", None, None),
])
def test_announced_investments_and_project_financing(sentence, subject, round_) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None, found.round if found else None) == (
        subject, round_)


def test_a_releases_round_named_past_its_headline_and_a_token_sale() -> None:
    """A headline's round at a company named otherwise: the text read on for that round
    ("Ukrainian messaging service ... secures funding", then "Ficus ... has received
    funding"); a headline's presale: the text's money is the sale's, no round."""
    summary = ("NEW YORK -- Ficus, a messaging service that provides resources for women and "
               "girls affected by war, has received generous funding to expand its reach. "
               "First launched in 2022, the project has supported 900 women.")
    assert _release_moves("Ukrainian messaging service offering support to women secures "
                          "funding to expand reach", summary, (("fi", "Ficus"),)) == [
        ("funding", "fi", None, None)]
    presale = ("As Bitcoin nears new highs, a new token trends on X. Ficus has raised over "
               "$1.14M in funding in just over a month. The Ficus DEX supports cross-chain "
               "trades.")
    assert _release_moves("Global Trending DeFi Meme Token Raises Over $1.1 Million In "
                          "Pre-sale", presale, (("fi", "Ficus"),)) == []


def test_a_headline_naming_a_company_that_is_no_account_ends_the_reading() -> None:
    summary = ("NEW YORK -- Gourd Labs, a maker of sensors, has raised $5 million. Ficus has "
               "raised $2 million in a separate round.")
    assert _release_moves("Gourd Labs Raises $5 Million Seed Round", summary,
                          (("fi", "Ficus"),)) == []


@pytest.mark.parametrize(("headline", "expected"), [
    # a rank whose function follows "of": the company is the one after "at"
    ("Jane Roe Named Head of Sales at Ficus", ("Ficus", "Head of Sales", "sales")),
    ("Jane Roe Named New Head of Project Development & Construction Projects at Ficus Estates",
     ("Ficus Estates", "Head of Project Development & Construction Projects", None)),
    ("Jane Roe Promoted to VP of Marketing Strategy at Ficus",
     ("Ficus", "VP of Marketing Strategy", "marketing")),
    ("Jane Roe Named Chief Operating Officer of Ficus", ("Ficus", "Chief Operating Officer",
                                                          "operations")),
])
def test_a_ranks_function_then_its_company(headline, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    (c,) = roundup_moves(headline, prose=False)
    assert (c.company, c.title, c.function) == expected
    assert c.person == "Jane Roe"


def test_a_community_role_at_a_company_is_no_executive() -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert roundup_moves("Jane Roe Named Executive Community Leader of the Future of Payroll "
                         "and Workforce Management at Ficus.com", prose=False) == []


@pytest.mark.parametrize(("headline", "expected"), [
    ("Ficus Announces New Board President and Finalization of Acquisition Agreement", []),
    ("Ficus Films Announces the Anthology Series Gourd from Director and Executive Producer "
     "Jane Roe", []),
    ("Ficus Announces New CFO and Expansion of Its Plant", [(None, "New CFO")]),
    ("Ficus Appoints Jane Roe as Chief Financial Officer and Treasurer",
     [("Jane Roe", "Chief Financial Officer and Treasurer")]),
])
def test_no_hire_before_a_title_and_news_after_it(headline, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.person, c.title) for c in roundup_moves(headline, prose=False)] == expected


@pytest.mark.parametrize(("span", "name"), [
    ("Jane Roe.", "Jane Roe"), ("John Doe, Jr.", "John Doe, Jr."), ("Jane R.", "Jane R."),
    ("A. Michael Smith", "A. Michael Smith")])
def test_a_sentences_full_stop_is_no_part_of_a_name(span, name) -> None:
    from signalwatch.extract.leadership import person_name

    assert person_name(span) == name


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title's acronym after the name is no part of it
    ("Ficus named Jane Roe CEO.", [("Ficus", "Jane Roe", "CEO", "joined")]),
    ("Gourd Corp appointed Jane Roe CFO on Monday.", [("Gourd Corp", "Jane Roe", "CFO", "joined")]),
    # the one succeeded leaves the title, in prose as in headlines
    ("Ficus named Jane Roe CEO, succeeding John Doe, who retires.",
     [("Ficus", "Jane Roe", "CEO", "joined"), ("Ficus", "John Doe", "CEO", "departed")]),
    ("Jane Roe, PharmD, PhD, was appointed Chief Executive Officer, succeeding Interim CEO John "
     "Doe, who returns to his role as CFO.",
     [("", "Jane Roe", "Chief Executive Officer", "joined"),
      ("", "John Doe", "Chief Executive Officer", "departed")]),
    ("Ficus hired Jane Roe, a veteran banker, as CFO.", [("Ficus", "Jane Roe", "CFO", "joined")]),
])
def test_prose_hires_with_a_title_after_the_name_and_a_predecessor(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_hire_named_again_by_first_name_succeeds() -> None:
    summary = ("ZURICH -- Ficus announced the appointment of Viktor Roe as its new Chief "
               "Financial Officer. Viktor, a German national, will succeed John Doe, who "
               "departs by end November as previously announced. He brings 20 years of "
               "experience.")
    assert _release_moves("Ficus Announces Appointment of Viktor Roe as Its New CFO", summary,
                          (("fi", "Ficus"),)) == [
        ("leadership", "fi", "John Doe", "departed"), ("leadership", "fi", "Viktor Roe",
                                                       "joined")]


def test_press_bodies9_round_predecessors_interims_and_opportunities() -> None:
    """press_bodies9's round: the one a hire succeeds leaves the bare title when the hire's
    runs "of the <unit>" ("of the BRAINBiocatalysts' enzyme products business" had made the
    unit's possessive the company); "has decided to pursue new opportunities" leaves; "has
    assumed the position of Interim CFO" joins; a career's money ("Throughout his career, X
    has successfully raised over $250M") is no company the later clauses speak of."""
    succeeded = ("ZURICH -- Ficus AG, a maker of enzymes, has appointed Jane Roe-Smith as "
                 "Executive Vice President of the GourdCatalysts' enzyme products business, "
                 "effective September 1.\n\n Roe-Smith succeeds John Doe-Black, who retired on "
                 "January 1, 2025.")
    assert _release_moves("Ficus AG Appoints Jane Roe-Smith as Executive Vice President of "
                          "the GourdCatalysts' Enzyme Products Business", succeeded,
                          (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Jane Roe-Smith", "joined"),
        ("leadership", "fi", "John Doe-Black", "departed")]
    interim = ("Ficus Co. (NASDAQ: FIC), a maker of chargers, has announced that it has named "
               "Jane Roe as its new Chief Financial Officer. Roe previously served as CFO at "
               "Gourd Payments. Throughout her career, Roe has successfully raised over $250M "
               "in capital through VC, PE and family offices. Starting her career at Acorn, "
               "Roe has served in finance roles. The announcement of Roe as Ficus's incoming "
               "CFO follows news that John Doe, Ficus's previous Chief Financial Officer, has "
               "decided to pursue new opportunities outside of Ficus. To help ensure a smooth "
               "transition, Alex Poe, a senior advisor from Birch Consulting, has assumed the "
               "position of Interim Chief Financial Officer until Roe joins Ficus.")
    assert _release_moves("Ficus Names Jane Roe Chief Financial Officer", interim,
                          (("fi", "Ficus"), ("go", "Gourd Payments"),
                           ("bi", "Birch Consulting"))) == [
        ("leadership", "fi", "Alex Poe", "joined"), ("leadership", "fi", "Jane Roe", "joined"),
        ("leadership", "fi", "John Doe", "departed")]


def test_press_funding2_round_approximate_headline_amounts_and_presales() -> None:
    """press_funding2's round: a headline's rough amount ("Raises Over $1 Million") is the
    text's exact one where the text's rounds to it ("$1.07 million"), not another figure
    ("$1.5 million"); a headline's money whose text tells of its presale ("Presale:
    https://...") is that sale's, no round."""
    told = ("Camden, Maine-based Ficus Inc., which runs an app to manage book clubs, has raised "
            "$1.07 million as its co-founders bid to turn a hobby into a business.")
    other = told.replace("$1.07 million", "$1.5 million")
    title = "Ficus, Maker of App to Manage Book Clubs, Raises Over $1 Million"
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    matcher = Matcher([Account("fi", "Ficus")])
    amounts = [[s.attributes["amount"] for s in signals_from_item(
        _wire_item(title, text), matcher, rates={}, floor=0.8, now=NOW)] for text in (told, other)]
    assert amounts == [[1070000.0], [1000000.0]]
    sale = ("Crypto projects have flipped finance on its head. Ficus Network is turning heads "
            "and raised over $42 million in its pre-seed funding phase.\n\nRead About Ficus "
            "Presale: Website: https://ficus.example Presale: https://purchase.ficus.example")
    assert _release_moves("Ficus Network Raised $42 Million while Bitcoin Hits $71,000", sale,
                          (("fi", "Ficus Network"),)) == []
    assert _release_moves("Ficus Network Raised $42 Million while Bitcoin Hits $71,000",
                          sale.split("\n\n")[0], (("fi", "Ficus Network"),)) == [
        ("funding", "fi", None, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a quote's ">" before a round-up's item, as a list's bullet
    ("> Ficus announced that Jane Roe will retire as CEO, effective immediately.",
     [("Ficus", "Jane Roe", "CEO", "departed")]),
    # "the new"/"its next" before the title an act gives
    ("Ficus appointed Jane Roe its next CFO.", [("Ficus", "Jane Roe", "CFO", "joined")]),
    # the person's background aside between the name and the verb
    ("Jane Roe, previously brought in to support the restructuring, was named interim CEO.",
     [("", "Jane Roe", "interim CEO", "joined")]),
    ("Jane Roe, who joined Ficus in 2019, was named interim CEO.",
     [("", "Jane Roe", "interim CEO", "joined")]),
    # (not the post held now: "who serves as Gourd's CTO" tells the company and the title)
    ("Jane Roe, who serves as Gourd’s chief technology officer, has announced that June 3rd "
     "will be her last day.", [("Gourd", "Jane Roe", "chief technology officer", "departed")]),
])
def test_roundup_round_quotes_next_titles_and_asides(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_surname_first_is_the_person_the_text_named_anywhere() -> None:
    """"She will replace Pietro Beccari. Beccari is set to succeed ...": the surname is the
    person named in full mid-sentence (the last resort after titled names and names opening
    a clause); a surname two people share is no one's."""
    from signalwatch.extract.leadership import people_named, with_full_names

    text = ("Ficus named Jane Roe as CEO. She will replace John Doe. Doe is set to succeed Alex "
            "Poe as CEO of Gourd. Talks with Mary Smith and Tom Smith went on.")
    people = people_named(text)
    assert with_full_names("Doe is set to succeed Alex Poe as CEO of Gourd.", people) == \
        "John Doe is set to succeed Alex Poe as CEO of Gourd."
    assert "Smith" not in people


def test_clauses_keep_a_generation_after_a_middle_initial() -> None:
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("Former Chief Customer Officer Joseph M. Roe III left in August. Jane "
                      "Doe joined.") == [
        "Former Chief Customer Officer Joseph M. Roe III left in August.", "Jane Doe joined."]


def test_a_round_up_reads_its_dateline_company_and_no_background_departure() -> None:
    """"Plano, Texas—Ficus is shaking up its executive team": Ficus is the company the
    clauses after it speak of ("the retailer announced that ..."); "... back in November
    2017 following the departure of X" is a past told as background, no move."""
    summary = ("Plano, Texas—Ficus is shaking up its executive team as it looks to escape a "
               "slump. On Tuesday, the retailer announced that Jane Roe, executive vice "
               "president of private brands, will step up to executive vice president, chief "
               "stores officer. The retailer also added Alex Poe, currently an associate "
               "principal at McKinsey, as its chief transformation officer. The retailer is "
               "reviving the position of chief merchant officer after giving it the boot back "
               "in November 2017 following the departure of John Doe. The chief executive "
               "officer and the chief financial officer each named a deputy.")
    assert _release_moves("Ficus CEO makes 2 C-suite moves", summary, (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Alex Poe", "joined"), ("leadership", "fi", "Jane Roe", "promoted")]


def test_a_company_named_by_its_possessive_is_the_one_spoken_of() -> None:
    """"According to CNBC, Ficus’s longtime executive X is stepping out ...", then "Jane
    Roe, who joined just months earlier, takes the wheel as COO": the company whose
    executive a clause without a move speaks of is the one the next move is at."""
    summary = ("Technology firms saw shifts this week. According to CNBC, Ficus’s longtime "
               "executive John Doe is stepping out after nearly 13 years. Jane Roe, who joined "
               "just months earlier, takes the wheel as COO, overseeing mobility. Gourd has "
               "appointed Alex Poe as its new CMO. Gourd also named Mary Major as its CFO.")
    assert _release_moves("Technology firms rewire changes at the top of the executive tree",
                          summary, (("fi", "Ficus"), ("go", "Gourd"))) == [
        ("leadership", "fi", "Jane Roe", "joined"), ("leadership", "go", "Alex Poe", "joined"),
        ("leadership", "go", "Mary Major", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title's first words are no company ("Current Senior Vice President of Stores X")
    ("Current Senior Vice President of Stores John Doe is leaving the company Jan. 20 to "
     "pursue another opportunity, a Ficus spokesperson said.", []),
    # nor a person's first name before their appositive
    ("Jane Roe, the retailer’s senior vice president, chief accounting officer and "
     "controller, plans to leave the company at the end of March.", []),
    # blind9's round: a dateline's place before a colon is no part of the company
    ("COPENHAGEN: Ficus Bank named Jane Roe as its finance chief on Thursday.",
     [("Ficus Bank", "Jane Roe", "finance chief", "joined")]),
    # (a company in capitals before a colon is the company)
    ("KAP AG: Supervisory Board Appoints Jane Roe as Chief Transformation Officer",
     [("KAP AG", "Jane Roe", "Chief Transformation Officer", "joined")]),
    # the company that said it, for the clause it tells
    ("Ficus also said on Thursday that Jane Roe, who oversees the bank's Swedish operations, "
     "will take over as head of wealth management from John Doe.",
     [("Ficus", "Jane Roe", "head of wealth", "promoted")]),
    ("Jane Roe has agreed to take on the role of acting CEO.",
     [("", "Jane Roe", "acting CEO", "joined")]),
    ("Ficus Ltd, a global insurance group, has named vice-chairman Jane Roe to the "
     "newly-created role of chief operating officer.",
     [("Ficus Ltd", "Jane Roe", "chief operating officer", "joined")]),
    ("Jane Roe takes the place of John Doe as CFO.",
     [("", "Jane Roe", "CFO", "joined"), ("", "John Doe", "CFO", "departed")]),
    # "is set to retire from X": a departure, from the company after "from"
    ("John Doe, the acting CEO, is set to retire from Ficus in December this year.",
     [("Ficus", "John Doe", "acting CEO", "departed")]),
    # a description, then the person it describes: the company they head, one they leave
    ("Ficus Group has picked the head of British insurer Gourd PLC, Jane Roe, as its next "
     "chief executive.", [("Ficus Group", "Jane Roe", "chief executive", "joined"),
                          ("Gourd PLC", "Jane Roe", "senior executive", "departed")]),
    ("Ficus has selected a franchising executive from Gourd Worldwide, Jane Roe, as its new "
     "CEO.", [("Ficus", "Jane Roe", "CEO", "joined"),
              ("Gourd Worldwide", "Jane Roe", "senior executive", "departed")]),
    # a clause before the subject is no company ("..., the bank chief executive has ..."
    # had been read at "Just months after the uproar over Ficus’s handling of redraws, the")
    ("Just months after the uproar over Ficus’s handling of redraws, the bank chief executive "
     "has announced his departure.", []),
])
def test_round_up_forms_of_blind7_and_blind9(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_briefs_column_reads_every_brief_and_briefs_run_together() -> None:
    """"Global Briefs": each brief its own story, read for moves; a brief run into the next
    (". . . .Jane Roe has been appointed", "African .Jane Roe") is cut there."""
    from signalwatch.extract.signals import clauses_of

    summary = ("Ficus has won permission to open an office in Singapore. . . .Gourd has acquired "
               "a controlling interest in Acorn, extending its network of African .Jane Roe has "
               "been appointed chief underwriting officer of Birch Risk Insurance Ltd., a "
               "Bermuda-based insurer. . . .Members of the market could fall to fewer than 8,000.")
    assert "Jane Roe has been appointed chief underwriting officer of Birch Risk Insurance " \
        "Ltd., a Bermuda-based insurer." in clauses_of(summary)
    assert _release_moves("GLOBAL BRIEFS", summary, (("bi", "Birch Risk Insurance"),)) == [
        ("leadership", "bi", "Jane Roe", "joined")]


def test_press_bodies10_round_chairs_datelines_successors_and_texts_read_twice() -> None:
    """press_bodies10's round: a chair who co-founded holds no executive post; a dateline
    opening a clause past the text's first line ("ZUG, SWITZERLAND - July 20, 2026
    (NEWMEDIAWIRE) - Ficus SE ... has appointed") names no company; "X will join the
    company's leadership team and succeed Y, who will retire" is Y's departure; a text the
    round-up reading read first (it names three amounts) and found no round-up is read
    for moves afresh ("Separately, Ficus announced it has named X as the company’s Chief
    Marketing Officer" had been lost: the first reading's moves were remembered)."""
    from signalwatch.extract.leadership import roundup_moves

    assert roundup_moves("Jane Roe has joined Ficus as Chairman and Co-Founder in combination "
                         "with a strategic investment.") == []
    dated = ("* Long-time Ficus manager to take over as head of the EMEA region\n\n ZUG, "
             "SWITZERLAND - July 20, 2026 (NEWMEDIAWIRE) - Ficus SE, a supplier of trailer "
             "parts, has appointed Jane Roe as the new President EMEA, effective September 1, "
             "2026. He succeeds John Doe, who will be taking on a new role outside the group.")
    joins = ("ASHEVILLE, NC, May 07, 2024 /24-7PressRelease/ -- Ficus Corporation today "
             "announced the appointment of Jane Roe as its new Chief Financial Officer. Ms. Roe "
             "will join the company's leadership team and succeed John Doe, who will retire in "
             "June 2024.")
    for title, text in (("Ficus Appoints Jane Roe as President EMEA", dated),
                        ("Ficus Announces Jane Roe as New Chief Financial Officer", joins)):
        assert _release_moves(title, text, (("fi", "Ficus"),)) == [
            ("leadership", "fi", "Jane Roe", "joined"), ("leadership", "fi", "John Doe",
                                                         "departed")]
    amounts = ("Ficus Group (NASDAQ: FIC) was added to the Russell 3000 index. About $18.1 "
               "trillion in assets are benchmarked against the indexes, and $10.6 trillion in "
               "the U.S. alone. The company reported $0.21 a share. Separately, Ficus Group "
               "announced it has named Jane Roe as the company’s Chief Marketing Officer (CMO). "
               "“We are delighted to welcome Ms. Jane Roe as our new CMO,” said its CEO.")
    assert _release_moves("Ficus Group In Growth Mode: Added To The Russell 3000 Index, Names "
                          "New Chief Marketing Officer", amounts, (("fi", "Ficus Group"),)) == [
        ("leadership", "fi", "Jane Roe", "joined")]


def test_press_funding3_round_text_terms_and_dollar_codes() -> None:
    """press_funding3's round: a headline's round that tells no amount ("Ficus Secures
    Funding to Launch ...") takes the text's terms ("has secured a $1.55 Million pre-seed
    funding round"); a bare "$" followed by a currency code is that code's dollar ("$2.75
    million CAD")."""
    from signalwatch.extract.money import find_money
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    assert [(m.amount, m.currency) for m in find_money("a $2.75 million CAD growth round")] == [
        (2750000.0, "CAD")]
    assert [(m.amount, m.currency) for m in find_money("Closes $5M USD Seed")] == [
        (5000000.0, "USD")]
    text = ("Ficus.io, a leading fintech platform, has secured a $1.55 Million pre-seed funding "
            "round. The round was led by a prominent angel investor.")
    (found,) = signals_from_item(_wire_item("Ficus.io Secures Funding to Launch AI Tax Tool", text),
                                 Matcher([Account("fi", "Ficus.io")]), rates={}, floor=0.8,
                                 now=NOW)
    assert (found.attributes["round"], found.attributes["amount"]) == ("pre-seed", 1550000.0)


def test_a_headline_that_breaks_through_then_raises_is_its_subjects_round() -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding("Ficus Breaks Through with the Universal Stable on Bitcoin, Raises "
                         "$2.25MM Seed Round")
    assert found is not None and (found.subject, found.round, found.amount) == (
        "Ficus", "seed", 2250000.0)


@pytest.mark.parametrize("succeeded", [
    "Dr. John Doe who founded Ficus 30 years ago and will be transitioning into a new role "
    "as Founder and Senior Advisor",
    "Dr. John Doe, who founded Ficus 30 years ago",
    "retiring CEO Mr. John Doe",
])
def test_the_one_a_hire_succeeds_leaves_whatever_their_honorific(succeeded: str) -> None:
    """"Roe succeeds Dr. John Doe who ...": an honorific's full stop ends no name."""
    moves = _release_moves("Ficus Names Jane Roe as President",
                           "Ficus announced today that Senior Vice President Jane Roe has been "
                           f"appointed as its new President. Roe succeeds {succeeded}.",
                           (("f", "Ficus"),))
    assert moves == [("leadership", "f", "Jane Roe", "joined"),
                     ("leadership", "f", "John Doe", "departed")]


@pytest.mark.parametrize("sentence", [
    "Ficus today announced the appointments of Jane Roe as Chief Financial Officer, John Doe "
    "as Chief Operating Officer and Mary Major as the new Head of Sales.",
    "It goes with other recent appointments such as Fintech Pioneer Jane Roe as Chief "
    "Financial Officer for Ficus, John Doe as Chief Operating Officer, and Mary Major as the "
    "new Head of Sales.",
    "Other recent appointments include Jane Roe as Chief Financial Officer for Ficus, John Doe "
    "as Chief Operating Officer and Mary Major as Head of Sales.",
])
def test_a_list_of_appointments_gives_each_person_their_title(sentence: str) -> None:
    moves = _prose_moves(sentence)
    assert [(m[1], m[3]) for m in moves] == [("Jane Roe", "joined"), ("John Doe", "joined"),
                                             ("Mary Major", "joined")]
    assert [m[0] for m in moves] in (["Ficus"] * 3, [""] * 3)
    assert "Chief Operating Officer" in moves[1][2] and "Head of Sales" in moves[2][2]


def test_a_department_after_a_title_is_no_company() -> None:
    """"Managing Director of Institutional Sales": a unit of the company spoken of; "Chief
    Strategic Officer for Ficus Global": Ficus Global's."""
    (move,) = _prose_moves("Ficus announced the appointment of John Doe as Managing Director "
                           "of Institutional Sales.")
    assert move == ("Ficus", "John Doe", "Managing Director of Institutional Sales", "joined")
    (move,) = _prose_moves("Ficus announced the appointment of John Doe as Chief Strategic "
                           "Officer for Gourd Global.")
    assert move[0] == "Gourd Global"


@pytest.mark.parametrize(("said", "change"), [
    ("Ficus announced the promotion of Jane Roe to Chief Operating Officer.", "promoted"),
    ("Roe joined Ficus in 2019 as Head of Marketing and has led its growth since.",
     "promoted"),
    ("Roe joined the company in March of 2021.", "promoted"),
    ("Since joining Ficus in 2021, Roe has built its sales team.", "promoted"),
    ("Roe, who previously served as Ficus's Chief Financial Officer, will lead it.",
     "promoted"),
    ("Roe previously served as Senior Vice President, Operations at Ficus.", "promoted"),
    ("Roe has spent over 20 years at Ficus.", "promoted"),
    ("She previously served as the Group President of Ficus and as CEO of Gourd Bank.",
     "promoted"),
    ("Gourd Bank (GB) said Roe joined GB in 2018.", "joined"),  # another company's short name
    # a new hire: her past elsewhere, or her join told in the news's own year
    ("Roe previously served as Chief Financial Officer at Gourd.", "joined"),
    ("Prior to joining Ficus, Roe spent 20 years at Gourd.", "joined"),
    ("Roe joined Ficus in 2026 as its Chief Operating Officer.", "joined"),
    # the text's only hire, as "she"
    ("She joined the organization in 2011 on the restaurant side.", "promoted"),
    # an interim made permanent
    ("Roe, who has served as interim Chief Operating Officer since May, takes the post.",
     "promoted"),
    ("The board thanked interim Chief Operating Officer Jane Roe.", "promoted"),
])
def test_a_hire_the_text_says_was_already_there_is_a_promotion(said: str, change: str) -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    item = replace(_wire_item("Ficus Appoints Jane Roe as Chief Operating Officer",
                              "Ficus today named Jane Roe its Chief Operating Officer. " + said),
                   published=datetime(2026, 3, 1, tzinfo=UTC))
    matcher = Matcher([Account("f", "Ficus"), Account("g", "Gourd Bank")])
    found = signals_from_item(item, matcher, rates={}, floor=0.8,
                              now=datetime(2026, 3, 2, tzinfo=UTC))
    assert [(s.account_id, s.attributes["person"], s.attributes["change"])
            for s in found] == [("f", "Jane Roe", change)]


def test_he_or_she_is_no_one_in_particular_when_a_text_names_two_hires() -> None:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    item = _wire_item("Ficus Appoints Jane Roe as CFO and John Doe as COO",
                      "Ficus today named Jane Roe its Chief Financial Officer and John Doe its "
                      "Chief Operating Officer. She joined Ficus in 2015 as its controller.")
    found = signals_from_item(item, Matcher([Account("f", "Ficus")]), rates={}, floor=0.8,
                              now=NOW)
    assert sorted((s.attributes["person"], s.attributes["change"]) for s in found) == [
        ("Jane Roe", "joined"), ("John Doe", "joined")]


def _news_signals(title: str, summary: str, *names: str) -> list:
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    matcher = Matcher([Account(f"a{i}", n) for i, n in enumerate(names)])
    return signals_from_item(_wire_item(title, summary), matcher, rates={"USD": 1.0, "EUR": 1.1},
                             floor=0.8, now=NOW)


@pytest.mark.parametrize(("title", "summary", "expected"), [
    # the text tells the headline's figure with the round's kind: that kind
    ("Ficus, an 'MVNO in a box', gets $73M to power mobile networks",
     "Ficus, a platform for mobile networks, has raised $73 million in a Series B round of "
     "funding. The announcement comes as companies add networks.", "series b"),
    ("Boosted by defense, Ficus pulls in $72.5M for its autonomous shipping platform",
     "The autonomous navigation market is projected to pass $11 billion by 2028. The latest is "
     "Ficus, which closed a Series B funding round of $72.5 million.", "series b"),
    # a whole release may tell it past the sentences a summary is read for
    ("Ficus launches with $1.2m funding to help scientists reproduce experiments",
     "Science is in a reproducibility crisis. Most reproductions fail. Solving this, Ficus "
     "has launched with software. With this launch, Ficus has secured a $1.2m pre-seed "
     "funding round. It was led by Gourd VC.", "pre-seed"),
    # another figure is another sum (a total, an earlier round): the kind stays untold
    ("Ficus lands $40M to grow its fleet",
     "Ficus has raised $120 million in a Series C round to date.", "unknown"),
    ("Ficus lands $40M to grow its fleet",
     "The deal follows the $12 million Series A Ficus closed in 2023.", "unknown"),
])
def test_a_headlines_amount_and_the_texts_round_kind(title, summary, expected) -> None:
    (sig,) = [s for s in _news_signals(title, summary, "Ficus") if s.kind == "funding"]
    assert sig.attributes["round"] == expected


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Ficus Atomics comes out of stealth with $19M and a pilot reactor site", "Ficus Atomics"),
    ("Gourd emerges from stealth with $30M to build the 'Stripe for security'", "Gourd"),
    ("Ficus, the startup behind Find the Cat, finds $18M", "Ficus"),
    ("Gourd gobbles up $50M for its payment-loyalty app for restaurants", "Gourd"),
    ("Gourd recently raised a $21 million Series B to build its first plant.", "Gourd"),
    ("Gourd just raised $5M", "Gourd"),
    # history, or no one named
    ("Gourd previously raised $4M from angels.", None),
    ("Their recently raised $2.5 million seed round will be instrumental.", None),
    ("Gourd comes out of stealth with a new reactor design", None),
    ("Ficus Partners today announces the closing of $111.5 million in financing from Lamna.",
     None),
    # a company's history told from its founding
    ("Founded in 2018, Gourd raised over $50 million from investors like Ficus, most "
     "recently raising a bridge.", None),
    ("Founded in 2023, Gourd raised a $5 million seed round this week.", "Founded in 2023, Gourd"),
    # an investor as the subject, the money told roughly; its own things are no round
    ("Ficus has invested billions of dollars into AI startup Gourd AI and hired its CEO.",
     "AI startup Gourd AI"),
    ("Ficus has invested billions of dollars into its data centers.", None),
])
def test_news_verbs_of_a_round(sentence, subject) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None) == subject


def test_a_short_name_of_the_company_the_headline_opens_with() -> None:
    """"RepAir Carbon is making ..." over "RepAir recently raised ...": the short form is the
    company's; a common word is one only of a name opening the headline or a sentence."""
    (sig,) = _news_signals("FicAir Carbon is making carbon removal machines",
                           "FicAir recently raised a $15 million extension to its Series A.",
                           "FicAir Carbon")
    assert sig.account_id == "a0" and sig.attributes["round"] == "series a"
    (sig,) = _news_signals("Gourd, the startup behind Find the Cat, finds $18M",
                           "Gourd Games, the creator of Find the Cat, will grow its team.",
                           "Gourd Games")
    assert sig.account_id == "a0"
    # the fuller name only inside a sentence, the short one a common word: no one
    assert _news_signals("Gourd finds $18M for its games",
                         "Investors backed the maker of Gourd Games this week.",
                         "Gourd Games") == []


@pytest.mark.parametrize(("title", "expected"), [
    ("head of Amazon MGM Studios", "general management"),
    ("Head of the Consumer Division", "general management"),
    ("Head of EMEA", "general management"),
    ("Head of EMEA Sales", "sales"),
    # an acronym is a function's, no unit's
    ("Head of QA", "engineering"), ("Head of SEO", "marketing"), ("Head of CX", "customer success"),
    ("Head of BD", "sales"), ("Head of ML", "data"), ("Head of DEI", "people"),
    ("Head of ESG", None),
])
def test_the_head_of_a_business_unit_or_region(title, expected) -> None:
    from signalwatch.extract.titles import function

    assert function(title) == expected


def test_a_departing_heads_unit_is_the_title_whole() -> None:
    from signalwatch.extract.leadership import roundup_moves

    (move,) = roundup_moves("Gourd said this week that Jane Roe is stepping down as the head of "
                            "Gourd MGM Studios after six years.")
    assert (move.company, move.title, move.function, move.change) == (
        "Gourd", "head of Gourd MGM Studios", "general management", "departed")


@pytest.mark.parametrize(("title", "summary", "expected"), [
    # a pronoun stands for the company the sentence before leads with
    ("As disinformation explodes, here comes the startup counterattack",
     "Companies are as vulnerable as people. Ficus is a London-based startup that detects "
     "disinformation. It’s now raised a £2.3 million pre-seed round led by Lamna.",
     [("a0", "pre-seed", 2.3e6)]),
    # a launch told first, the company's round after it
    ("Ficus Labs is an automation platform for business analysts",
     "Ficus Labs launched its automation platform for data analysts in 2023. The company, "
     "which competes with the likes of Gourd, on Thursday said it had raised $18.5 million in "
     "a Series A round led by Lamna.", [("a0", "series a", 18.5e6)]),
    # a company bought is told its past, no round
    ("Lamna acquires AI audio startup Ficus",
     "Ficus, founded just eight months ago, last raised $40 million in a round led by Gourd.",
     []),
    # "gets" done to it: bought, not money got
    ("Ficus gets scooped up by Lamna for $2.6B", "Lamna has signed an agreement to acquire "
     "Ficus.", []),
])
def test_a_news_items_round_told_past_its_first_statement(title, summary, expected) -> None:
    got = [(s.account_id, s.attributes["round"], s.attributes["amount"])
           for s in _news_signals(title, summary, "Ficus Labs" if "Labs" in title else "Ficus",
                                  "Lamna", "Gourd") if s.kind == "funding"]
    assert got == expected


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Pronto, which provides cleaning, laundry and home services within 10 minutes, has "
     "raised $2M at a $12.5M valuation.", "Pronto"),
    ("Float, which aims to be the Brex of Canada, lands $50M", "Float"),
    ("Ficus's platform has landed customers such as Gourd and just raised a $15 million "
     "Series A round.", "Ficus"),
    ("Ficus’s parent company raised $5M", "Ficus’s parent company"),  # another company
    ("Ficus gets backed by Lamna with $5M", "Ficus"),
    ("Ficus got acquired by Lamna for $5M", None),
    ("Ficus last raised $40 million in 2021.", None),
])
def test_subjects_of_a_news_sentences_round(sentence, subject) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None) == subject


def test_a_pre_series_round_beyond_b() -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding("Ficus raises $12M in a pre-Series C funding round")
    assert found is not None and found.round == "pre-series c"


@pytest.mark.parametrize(("sentence", "subject", "rumour"), [
    ("SMBs are becoming more proactive, and today a startup called Ficus is announcing $37 "
     "million in funding to meet that demand.", "Ficus", False),
    ("Today a London-founded startup called Ficus — which is building tools for merchants — "
     "is announcing $40 million in funding to expand.", "Ficus", False),
    ("Emerging from stealth today with $4 million in funding, Ficus is the handiwork of three "
     "cloud veterans.", "Ficus", False),
    ("Ficus cinches $37M for its AI-based 'virtual CISO'", "Ficus", False),
    ("Ficus digs up $3.4M to automate drills", "Ficus", False),
    ("Ficus captures $12M to build its video editor", "Ficus", False),
    ("Ficus claims it is in “advanced discussions with various capital sources” to raise "
     "emergency funding.", "Ficus", True),
    # no money: no round
    ("Ficus is announcing a new product line today.", None, False),
])
def test_more_news_forms_of_a_round(sentence, subject, rumour) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None) == subject
    assert found is None or found.rumour is rumour


def test_the_company_of_a_headline_that_leads_with_its_thing() -> None:
    """"Ficus's next game pits you ...", then "The company announced on Thursday its $2
    million seed funding round": the headline's company (no sentence before names one)."""
    (sig,) = _news_signals("Ficus’s next party game pits you against an AI host",
                           "Party games are making a comeback. Among the startups joining the "
                           "trend, the forecast looks good for one startup. The company "
                           "announced on Thursday its $2 million seed funding round.",
                           "Ficus")
    assert (sig.kind, sig.account_id, sig.attributes["round"]) == ("funding", "a0", "seed")


def test_a_round_being_raised_is_a_rumour() -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding("AI infrastructure startup Ficus is raising a new round at about $1 "
                         "billion valuation led by Lamna.")
    assert found is not None and found.rumour and found.subject.endswith("Ficus")
    assert find_funding("The city is raising taxes on startups") is None


def test_the_company_after_a_sentence_leading_with_its_thing() -> None:
    (sig,) = _news_signals("Lamna and others back Ficus, an app for the open social web",
                           "Ficus’s clever app that joins open social networks just got a "
                           "boost. The company on Tuesday announced that it has received "
                           "outside investment of $800,000 in a round led by Gourd.",
                           "Ficus", "Lamna", "Gourd")
    assert (sig.kind, sig.account_id, sig.attributes["amount"]) == ("funding", "a0", 800e3)


@pytest.mark.parametrize(("title", "summary", "expected"), [
    # the company the item is about, its round told in words no reading parses
    ("In a world of vibe coding startups, Ficus is targeting enterprise developers",
     "And it's finding customers and investors, including $2.54 million in seed funding.",
     [("a0", "seed", 2.54e6)]),
    ("From a school project to $18.3M: enzymes are coming for plastic waste",
     "A U.K. startup, born of its founder's school project, has secured an oversubscribed "
     "$18.3 million in Series A funding. Founded in 2019 in London, Ficus is now a team of 30.",
     [("a0", "series a", 18.3e6)]),
    # the past, a fund, the market, another's round after which: none
    ("Ficus wants to be the AI operating system for policy",
     "Ficus previously raised $4 million in seed funding.", []),
    ("Ficus now lets developers use Gourd's chips",
     "Just a few weeks after chipmaker Gourd raised nearly $700 million in funding, "
     "developers can try its chips on Ficus.", []),
    ("Ficus is chasing the healthcare opportunity",
     "VC funding into AI tools for healthcare was projected to hit $11 billion last year.", []),
    ("Elon Musk's Ficus faces a new lawsuit",
     "Investors put $650 million into a Series E round last month.", []),
])
def test_the_round_of_the_company_a_news_item_is_about(title, summary, expected) -> None:
    got = [(s.account_id, s.attributes["round"], s.attributes["amount"])
           for s in _news_signals(title, summary, "Ficus", "Gourd", "Elon Musk")
           if s.kind == "funding"]
    assert got == expected


def test_more_news_rounds_and_not_rounds() -> None:
    from signalwatch.extract.funding import find_funding

    assert find_funding("Ficus Corp., a truckmaker, has taken steps to repay its debts and "
                        "raise equity, including offering up to $100 million in a common stock "
                        "sale.") is None  # a listed company's offering
    found = find_funding("Ficus has attracted $4 million in pre-seeding funding from investors.")
    assert found is not None and found.round == "pre-seed"
    (sig,) = _news_signals("Lamna backs programmable optics startup Ficus",
                           "Ficus reopened its February Series B round to add Lamna's "
                           "Industrial Innovation Fund, increasing the size of the round to $59 "
                           "million.", "Ficus", "Lamna")
    assert (sig.account_id, sig.attributes["round"], sig.attributes["amount"]) == (
        "a0", "series b", 59e6)


def test_the_companys_own_vp_given_a_new_post_is_promoted() -> None:
    (sig,) = _news_signals("Ficus establishes a new German corporate presence",
                           "Ficus is forming a new parent company in Germany. Ficus VP Jane Roe "
                           "will serve as managing director of Ficus' German corporate parent.",
                           "Ficus")
    assert (sig.kind, sig.attributes["person"], sig.attributes["change"]) == (
        "leadership", "Jane Roe", "promoted")


@pytest.mark.parametrize(("sentence", "subject"), [
    # a verb of the company's own before money and a purpose: a round, whatever the verb
    ("Ficus, the Turkish startup behind Magic Sort, drinks up $30M", "Ficus"),
    ("Ficus slurps up $12M to build robots", "Ficus"),
    ("Ficus reveals $20M in backing to fix problems in vibe coding", "Ficus"),
    # money paid, spent, sought, counted or priced
    ("Ficus pays $30M to settle lawsuit over children's data", None),
    ("Ficus unveils $2,000 RTX 5090 GPU", None),
    ("Ficus eyes $500M in revenue as it adds customers", None),
    ("Ficus commits $500M to US manufacturing", None),
])
def test_a_companys_own_verb_before_money_and_a_purpose(sentence, subject) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None) == subject


@pytest.mark.parametrize(("sentence", "subject", "amount"), [
    ("Lamna backs Ficus, a timeline app for the open social web", "Ficus", None),
    ("Lamna backs Ficus with $21M to take its motorcycles global", "Ficus", 21e6),
    ("African fintech Ficus gets Lamna backing, plans contactless payments",
     "African fintech Ficus", None),
    ("Social platform Lamna has financially backed Ficus, the newly launched app.", "Ficus",
     None),
    # no company backed with money
    ("Lamna Backs Off Proposed Cannabis Incubator, Says State Will Find New Site", None, None),
    ("Ficus Goes Live, Introducing the First Gold Backed Crypto Project", None, None),
    ("Lamna Inc. Backs Local Miami Artist Jane Roe: A Stellar Art Installation", None, None),
    ("As a decentralized chain, Ficus has secured validator backing from nine brands.",
     None, None),
])
def test_a_backing_is_a_round_of_untold_size(sentence, subject, amount) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None, found.amount if found else None) == (
        subject, amount)


def test_a_headlines_round_named_by_the_text_with_a_determiner() -> None:
    (sig,) = _news_signals("Ficus gets $12M for its immersive video experiences",
                           "Ficus, a startup known for immersive video, has raised $12 million "
                           "as it expands. The pre-Series C funding round, led by Lamna, ...",
                           "Ficus", "Lamna")
    assert (sig.attributes["round"], sig.attributes["amount"]) == ("pre-series c", 12e6)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ficus announced the promotion of Jane Roe to Chief Financial Officer.",
     [("Ficus", "Jane Roe", "Chief Financial Officer", "promoted")]),
    ("Ficus is excited to announce the promotion of Jane Roe, who has been promoted to "
     "Director of Service Delivery and John Doe who has been promoted to Finance Director.",
     [("Ficus", "Jane Roe", "Director of Service Delivery", "promoted"),
      ("Ficus", "John Doe", "Finance Director", "promoted")]),
    # one person given several titles, then the next person
    ("Ficus Partners, a private equity firm, is proud to announce the promotions of Jane Roe "
     "to Partner, Chief Financial Officer, and Chief Compliance Officer, and John Doe to "
     "Managing Director.",
     [("Ficus Partners", "Jane Roe", "Chief Financial Officer", "promoted"),
      ("Ficus Partners", "John Doe", "Managing Director", "promoted")]),
    ("Ficus today announced the addition of Jane Roe as Chief Revenue Officer.",
     [("Ficus", "Jane Roe", "Chief Revenue Officer", "joined")]),
    ("Ficus announced the hiring of Jane Roe as CMO.", [("Ficus", "Jane Roe", "CMO", "joined")]),
    # a retirement told as a noun, the title in the appositive; and told with "will be"
    ("Ficus announced the retirement of Jane Roe, its Chief Financial Officer.",
     [("Ficus", "Jane Roe", "Chief Financial Officer", "departed")]),
    ("Ficus Tax Network (FTN) today announced Jane Roe, Managing Director, will be retiring "
     "from FTN on August 1, 2024.", [("FTN", "Jane Roe", "Managing Director", "departed")]),
    # one company's two acts
    ("Ficus has appointed Jane Roe as CFO and named John Doe as COO.",
     [("Ficus", "Jane Roe", "CFO", "joined"), ("Ficus", "John Doe", "COO", "joined")]),
    ("Ficus has welcomed Jane Roe as a Senior Advisor to Ficus and appointed John Doe as "
     "General Manager of Europe.", [("Ficus", "John Doe", "General Manager", "joined")]),
    # none: a hire of before, a promotion that is an offer, a function read as a company
    ("These appointments come on the heels of the early 2025 addition of Jane Roe as chief "
     "executive officer.", []),
    ("Ficus announced a promotion to its customers.", []),
    ("John Doe was also named president and chief operating officer with Jane Roe appointed "
     "chief strategy officer and senior vice president of finance.",
     [("", "John Doe", "president", "joined")]),
])
def test_moves_told_as_promotions_additions_and_retirements(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_headline_announcing_a_promotion_is_one() -> None:
    from signalwatch.extract.leadership import roundup_moves

    (move,) = roundup_moves("Ficus Announces the Promotion of Jane Roe to Chief Operating "
                            "Officer", prose=False)
    assert (move.company, move.person, move.change) == ("Ficus", "Jane Roe", "promoted")


def test_no_hire_of_an_honorific_nor_an_initiative() -> None:
    """"President Trump's Stargate Initiative" holds an executive word: no title, no name."""
    assert find_leadership("Ficus Announces Strategic Integration of AI in Support of "
                           "President Trump's Stargate Initiative") == []


@pytest.mark.parametrize(("summary", "expected"), [
    # paragraphs opening "Name, Title." under an announcement of promotions
    ("Ficus, Inc. (Nasdaq: FICS), a drone company, today announces the promotion of several "
     "team members in its sales areas.\n\n“We are pleased,” said CEO John Major.\n\n"
     "Jane Roe, Vice President of Business Development for the Americas. Jane will focus on "
     "sales.\n\nJohn Doe, Director of Administration. John has worked with Ficus for years.\n\n"
     "About Ficus\n\nFicus makes drones.",
     [("Jane Roe", "promoted"), ("John Doe", "promoted")]),
    # bullets under the new members of a team
    ("Ficus Partners, LLC, an asset manager, today announced additional members of its Senior "
     "Leadership team.\n\nThe new members of the Ficus Senior Leadership team includes:\n\n"
     "* Jane Roe, Co-Founder, Chief Operating Officer, and Chief Financial Officer\n"
     "* Mary Major, Managing Director and Head of Business Operations\n"
     "* Joe Bloggs, Analyst\n\n“I am so excited,” said Mr. Graves.",
     [("Jane Roe", "joined"), ("Mary Major", "joined")]),
    # "Name - Title:" bullets after "Joining them are"
    ("Ficus today announced the formation of a technical leadership team.\n\nJoining them are "
     "three industrial leaders:\n\n* Jane Roe - Vice President of Engineering: Former "
     "Chrysler executive.\n* John Doe - Applications Engineering Manager: A veteran.",
     [("Jane Roe", "joined")]),
    # a speaker's paragraph is no list's item
    ("Ficus today announced the appointment of a new director.\n\nJohn Doe, CEO of Ficus, "
     "commented, “We are delighted.”", []),
    # no announcement: a list of names and titles is no news
    ("Ficus is led by:\n\n* Jane Roe, Chief Executive Officer\n* John Doe, CFO", []),
])
def test_a_release_listing_the_people_it_announces(summary, expected) -> None:
    from signalwatch.extract.leadership import listed_moves

    assert [(c.person, c.change) for c in listed_moves(summary)] == expected
    assert all(c.company.startswith("Ficus") for c in listed_moves(summary))


def test_a_release_listing_the_people_it_announces_signals_each() -> None:
    found = _news_signals(
        "Ficus Announces Management Team Promotions",
        "Ficus, Inc. (Nasdaq: FICS) today announces the promotion of several team members."
        "\n\nJane Roe, Vice President of Sales. Jane will lead sales.\n\nJohn Doe, Director of "
        "Administration. John will lead administration.", "Ficus")
    assert sorted((s.attributes["person"], s.attributes["change"]) for s in found) == [
        ("Jane Roe", "promoted"), ("John Doe", "promoted")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Ficus Private Investment Company LLC announced a strategic collaboration to launch Ficus "
     "Private Equity LLC, a co-investment fund.", False),
    ("Ficus Announces Strategic Relationship with Gourd Financial", False),
    ("Prior to Ficus, Jane co-founded Gourd, raised growth capital from Kleiner Perkins and "
     "scaled it.", False),
    ("Ficus announced that it has secured strategic investments from several institutions.",
     True),
    ("Ficus Announces $500 Million Strategic Transaction with Gourd Capital Partners", True),
    ("Ficus today announced that it has entered into a funding agreement with Gourd valued at "
     "up to $70 million.", True),
])
def test_an_announcement_is_a_round_only_when_its_object_is(sentence: str, found: bool) -> None:
    assert (find_funding(sentence) is not None) is found


def test_an_acronym_is_the_name_the_text_spells_out() -> None:
    from signalwatch.extract.signals import acronym_names

    text = "Ficus Avenue Capital Partners, the finance affiliate of Gourd, said FACP grew."
    assert acronym_names("FACP", text) == ["Ficus Avenue Capital Partners"]
    assert acronym_names("FTN", "Ficus Tax Network (FTN) today announced") == [
        "Ficus Tax Network"]
    assert acronym_names("Ficus", text) == [] and acronym_names("XYZ", text) == []


@pytest.mark.parametrize(("title", "summary", "names", "expected"), [
    # the company a move leaves implicit: the release's subject, after its listings
    ("Ficus Metals Inc. (TSX: FCM) Announces CFO Transition",
     "Ficus Metals (TSX: FCM) (NYSE American: FCM) announced leadership changes within its "
     "finance team. Effective Nov. 10, longtime Chief Financial Officer Jane Roe retired after "
     "nearly a decade in the role. The company appointed John Doe as interim CFO, effective "
     "immediately.", ("Ficus Metals",), [("Jane Roe", "departed"), ("John Doe", "joined")]),
    # a president named by the company's acronym
    ("Ficus Street Capital Partners Announces Leadership Changes",
     "Ficus Street Capital Partners, the finance affiliate of Gourd Holdings, today announced "
     "a leadership transition as Jane Roe, President of FSCP, retired effective May 31, 2025.",
     ("Ficus Street Capital Partners", "Gourd Holdings"), [("Jane Roe", "departed")]),
    # a headline naming the company by its short name with its listing
    ("Ficus (NYSE: FICS) Announces Hiring of New Chief Human Resources Officer",
     "Ficus Quantum Inc. (NYSE: FICS) (“Ficus”), a leader in quantum computing, and the "
     "first supplier of quantum computers, today announced the appointment of Jane Roe as its "
     "new Chief Human Resources Officer.", ("Ficus Quantum",), [("Jane Roe", "joined")]),
    # "has promoted the following", bullets with a standing before a dash
    ("Ficus Capital Partners Announces Leadership Promotions",
     "Ficus Capital Partners, a lender, today announced a leadership transition.\n\nAs part "
     "of this transition, Ficus has promoted the following individuals to new leadership "
     "roles:\n\n* Jane Roe, Founding Member – Head of Originations\n* John Doe, Head of Deal "
     "Execution\n\nWhile these new roles strengthen the firm, Mary Major will lead it.",
     ("Ficus Capital Partners",), [("Jane Roe", "promoted"), ("John Doe", "promoted")]),
])
def test_a_release_s_moves_at_the_company_it_speaks_of(title, summary, names, expected) -> None:
    found = _news_signals(title, summary, *names)
    assert sorted((s.attributes["person"], s.attributes["change"]) for s in found
                  if s.kind == "leadership") == sorted(expected)
    assert {s.account_id for s in found if s.kind == "leadership"} == {"a0"}


def test_a_bio_or_a_speaker_is_no_listed_move() -> None:
    from signalwatch.extract.leadership import listed_moves

    text = ("Ficus today announced the appointment of John Doe as Chief Strategy Officer.\n\n"
            "Before Gourd, he served as the National Senior Vice President at Gourd Health.\n\n"
            "Jane Roe, Ficus CEO: “Mr. Doe is an experienced executive.”")
    assert listed_moves(text) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # each clause its own subject's move (the CTO's title had gone to the secretary)
    ("Jane Roe has been appointed Company Secretary, John Doe has been promoted to Chief "
     "Technology Officer (CTO), and Mary Major has joined the company as Vice President of "
     "Corporate Development.",
     [("John Doe", "Chief Technology Officer"),
      ("Mary Major", "Vice President of Corporate Development")]),
    # a function's director, before or after its function
    ("Jane Roe has been promoted to Director of Sales.", [("Jane Roe", "Director of Sales")]),
    ("Jane Roe has been named Director of Business Insights & Retail Technology.",
     [("Jane Roe", "Director of Business Insights & Retail Technology")]),
    ("Jane Roe has been named Finance Director.", [("Jane Roe", "Finance Director")]),
    # a board seat: none
    ("Jane Roe has been appointed Board Director.", []),
])
def test_passive_moves_of_directors_and_listed_clauses(sentence, expected) -> None:
    assert [(m[1], m[2]) for m in _prose_moves(sentence)] == expected


def test_an_organisation_s_director_is_no_move_at_the_company_spoken_of() -> None:
    """"named director of FCS Executive Search": the organisation's, never a move left
    implicit (which the text's company would take)."""
    assert all(m[0].startswith("FCS") for m in _prose_moves(
        "Jane Roe has been named director of FCS Executive Search, Europe, the world's "
        "leading hospitality consulting organization."))


def test_an_unnamed_move_the_text_names_is_dropped() -> None:
    found = _news_signals(
        "Ficus Expands Leadership Team with Key Appointments",
        "Ficus, a trading firm, is pleased to announce two significant additions to its "
        "executive team. Jane Roe has been appointed as the new Chief Technology Officer, and "
        "John Doe has joined as the Head of Compliance.", "Ficus")
    assert sorted(s.attributes["person"] for s in found if s.kind == "leadership") == [
        "Jane Roe", "John Doe"]


def test_the_role_before_the_name() -> None:
    assert _prose_moves("Joining the company as Executive Vice President of Venue Services, "
                        "Jane Roe will oversee its growth.") == [
        ("", "Jane Roe", "Executive Vice President of Venue Services", "joined")]
    assert _prose_moves("Joining Ficus as CFO, Jane Roe brings 20 years of experience.") == [
        ("Ficus", "Jane Roe", "CFO", "joined")]
    assert _prose_moves("Joining the team as an intern, Jane Roe will learn.") == []


def test_a_departure_told_by_what_ends_and_a_new_officer_named_after_the_title() -> None:
    assert _prose_moves("Jane Roe will no longer serve as President, and Ficus has no plans "
                        "to appoint a successor.") == [("", "Jane Roe", "President", "departed")]
    assert _prose_moves("The new chief human resources officer, Jane Roe, brings 25 years "
                        "of experience.") == [
        ("", "Jane Roe", "chief human resources officer", "joined")]
    assert _prose_moves("The new product, Ficus One, brings speed.") == []
    # a surname with its honorific is a person; an opener before the clause is no subject
    assert _prose_moves("Ficus is honoured to announce the appointment of Mr. Lamna as "
                        "CEO.") == [("Ficus", "Mr. Lamna", "CEO", "joined")]
    assert _prose_moves("Simultaneously, Ficus welcomes Jane Roe as CFO and John Doe as "
                        "COO.") == [("Ficus", "Jane Roe", "CFO", "joined"),
                                    ("Ficus", "John Doe", "COO", "joined")]


def test_openers_counts_and_first_names() -> None:
    # a date, a purpose or a part before the clause is no subject
    assert _prose_moves("On Oct. 23, 2025, Ficus appointed Jane Roe as CEO and John Doe as "
                        "CFO.") == [("Ficus", "Jane Roe", "CEO", "joined"),
                                    ("Ficus", "John Doe", "CFO", "joined")]
    assert _prose_moves("To lead this initiative, Ficus has appointed Jane Roe as CTO.") == [
        ("Ficus", "Jane Roe", "CTO", "joined")]
    # people told by their count and title, then their names: each one
    assert _prose_moves("Ficus, a consulting firm, announced today the addition of two "
                        "managing directors, Jane Roe and Mary Major.") == [
        ("Ficus", "Jane Roe", "managing director", "joined"),
        ("Ficus", "Mary Major", "managing director", "joined")]
    assert _prose_moves("Ficus announced the addition of two new products, Alpha and "
                        "Beta.") == []
    assert _prose_moves("Ficus announced the addition of three managing directors, Jane Roe "
                        "and Mary Major.") == []  # (not as many as counted)
    # a team of counted titles is no one's title
    assert _prose_moves("Jane Roe will join Ficus's team of three managing directors and "
                        "four venture partners.") == []
    # a preposition opening a sentence is no part of a name
    assert person_name("With Lisa") is None
    assert person_name("Under John Doe") == "John Doe"


def test_more_ways_a_release_tells_a_new_officer() -> None:
    # "Chief of X" is a title, not a chief of a company X
    assert _prose_moves("* Jane Roe has been appointed Chief of Value-Based Care.") == [
        ("", "Jane Roe", "Chief of Value-Based Care", "joined")]
    assert _prose_moves("Jane Roe has been appointed Chief of Staff.") == []
    # the passive with its agent before the title
    assert _prose_moves("Jane Roe appointed by Ficus Systems as Global Partner Strategy "
                        "Director") == [
        ("Ficus Systems", "Jane Roe", "Global Partner Strategy Director", "joined")]
    # a long participle phrase before the clause
    assert _prose_moves("Expanding its leadership in high security backup and recovery for "
                        "demanding IT environments, Ficus today announced it has appointed "
                        "Jane Roe as its CFO.") == [("Ficus", "Jane Roe", "CFO", "joined")]
    # the role first, then the new officer and what they will now do
    assert _prose_moves("As Chief Operating Officer, Jane Roe will lead Ficus's "
                        "operations.") == [("", "Jane Roe", "Chief Operating Officer", "joined")]
    assert _prose_moves("As Director of Operations, John Doe, CPA, is now responsible for "
                        "its systems.") == [("", "John Doe", "Director of Operations", "joined")]
    assert _prose_moves("As CEO, Jane Roe will continue to lead the company.") == []
    # a managing attorney or principal leads a firm's practice
    assert is_executive("Managing Attorney") and not is_executive("Senior Attorney")
    # a word of the title's own kind before it names no company
    assert _prose_moves("Ficus is pleased to announce the addition of Jane Roe as Consulting "
                        "Chief Financial Officer (CFO) and John Doe as an Advisor.") == [
        ("Ficus", "Jane Roe", "Chief Financial Officer", "joined")]


def test_an_honorific_and_surname_is_the_person_named_in_full() -> None:
    # ("As Chief Operating Officer, Mr. Cartwright will be responsible ..." after "the
    # appointment of Dwight Cartwright": one person, not a second move)
    from signalwatch.extract.leadership import LeadershipCandidate
    from signalwatch.extract.signals import _named_in_full

    move = LeadershipCandidate(company="", person="Mr. Roe", title="COO", function=None,
                               seniority="c-level", change="joined", sentence="")
    assert _named_in_full(move, {"Roe": "Ficus COO Dwight Roe"}).person == "Dwight Roe"
    assert _named_in_full(move, {"Doe": "Jane Doe"}).person == "Mr. Roe"
    assert _named_in_full(move, {}).person == "Mr. Roe"


def test_a_subheading_run_into_its_sentence_is_cut_from_it() -> None:
    from signalwatch.extract.signals import run_in_parts

    clause = ("Mr. Lamna Appointed as Ficus Asia CEO in Strategic Expansion MoveFicus is "
              "honoured to announce the appointment of Mr. Lamna as the CEO of Ficus Asia.")
    assert run_in_parts(clause, clause) == [
        "Mr. Lamna Appointed as Ficus Asia CEO in Strategic Expansion Move",
        "Ficus is honoured to announce the appointment of Mr. Lamna as the CEO of Ficus Asia."]
    clause = "1. Jane Roe, MD – Chief Medical Officer (CMO)Dr. Jane Roe brings 20 years."
    assert run_in_parts(clause, clause)[1] == "Dr. Jane Roe brings 20 years."
    # a name written with an inner capital recurs in its text: not cut
    clause = "Bear Stearns veteran joins SmartBear as CFO."
    assert run_in_parts(clause, clause + " About SmartBear") == [clause]
    assert run_in_parts("Jane Roe joins PayPal as CFO.", "Jane Roe joins PayPal as CFO.") == [
        "Jane Roe joins PayPal as CFO."]
    # a few joins a clause are tried (a hostile text of thousands is not read in square time)
    names = [f"Name{chr(97 + i)} Roe" for i in range(12)]
    clause = " ".join(names) + " " + "".join(f"word{n} said." for n in names)
    assert len(run_in_parts(clause, clause)) <= 9


def test_a_heading_naming_its_person_is_cut_from_the_sentence_naming_them_again() -> None:
    from signalwatch.extract.signals import run_in_parts

    clause = ("Dr. Jane Roe Appointed Chief Science Officer Dr. Jane Roe has been appointed "
              "Chief Science Officer of Ficus.")
    assert run_in_parts(clause, clause) == [
        "Dr. Jane Roe Appointed Chief Science Officer",
        "Dr. Jane Roe has been appointed Chief Science Officer of Ficus."]
    # a name said once is no heading's
    clause = "Jane Roe Appointed Chief Science Officer of Ficus in a Move Praised by Analysts."
    assert run_in_parts(clause, clause) == [clause]


def test_a_word_of_a_title_s_own_kind_before_it_is_no_company_in_a_heading() -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person) for c in roundup_moves(
        "Jane Roe Appointed Global Chief Marketing Officer")] == []
    assert [(c.company, c.person) for c in roundup_moves(
        "Jane Roe Appointed Ficus Chief Marketing Officer")] == [("Ficus", "Jane Roe")]


@pytest.mark.parametrize(("title", "summary", "expected"), [
    # a title "of" the short name the text gives the company: that company's
    ("FICUS GROUP REPORTS RECORD YEAR AND BOLSTERS LEADERSHIP TEAM",
     "Ficus Coworking Group™ (Ficus), the largest franchisor of offices, announced its "
     "results today. The company has promoted several leaders to its executive team. They "
     "include: • Jane Roe, former VP of Operations, has been promoted to Vice President of "
     "Ficus. Roe has led the team for years.", [("Jane Roe", "promoted")]),
    # a list of "Name – Title" headings in a text whose paragraphs ran together, each with
    # its paragraph after it
    ("Ficus Announces Key Leadership Appointments",
     "Ficus is pleased to announce the appointment of two executives to its leadership "
     "team, who bring decades of experience.  Jane Roe – Chief Financial Officer  Jane Roe "
     "has been a leader of the firm's practice for years. She will lead its finance.  John "
     "Doe – Chief Operating Officer (COO)  John Doe will lead the firm's operations.",
     [("Jane Roe", "joined"), ("John Doe", "joined")]),
])
def test_a_release_s_moves_told_in_its_body(title, summary, expected) -> None:
    from signalwatch.extract.signals import changes_announced

    # a headline that says the leadership team grows or its leaders are appointed has its
    # text read for the people (as one that announces a leadership transition)
    assert changes_announced(title)
    assert changes_announced("Ficus Launches Consulting Division and Expands Leadership Team")
    assert not changes_announced("Ficus Expands Its Sales Team in Texas")
    found = _news_signals(title, summary, "Ficus Coworking Group", "Ficus")
    assert sorted((s.attributes["person"], s.attributes["change"]) for s in found
                  if s.kind == "leadership") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time before the clause is no subject
    ("During the quarter, Ficus appointed Jane Roe as Chief Financial Officer.",
     [("Ficus", "Jane Roe", "Chief Financial Officer")]),
    ("In May, Ficus appointed Jane Roe as Chief Financial Officer.",
     [("Ficus", "Jane Roe", "Chief Financial Officer")]),
    # two subjects' own changes in one sentence, after a clause of another's
    ("The founders retired, as Jane Roe became President and John Doe became Vice President "
     "of Operations.", [("", "Jane Roe", "President"),
                        ("", "John Doe", "Vice President of Operations")]),
    # the announcer's own hire, in the first person (a list item's label before it)
    ("* Strengthened Leadership Team: We were thrilled to welcome Jane Roe, CPA, as our "
     "Fractional CFO, bringing expertise.", [("", "Jane Roe", "CFO")]),
    ("We welcome Jane Roe as our guest speaker.", []),
])
def test_moves_told_in_releases_about_other_news(sentence, expected) -> None:
    from signalwatch.extract.leadership import roundup_moves

    assert [(c.company, c.person, c.title) for c in roundup_moves(sentence)] == expected


def test_the_gross_proceeds_of_an_offering_are_no_round() -> None:
    # the words of a securities offering (a listed company's placement): no venture round
    assert find_funding("Ficus raised gross proceeds of $5 million in the arrangement.") is None
    assert find_funding("Ficus completed an equity raise, issuing 153M shares for gross "
                        "proceeds of $69.5M.") is None
    assert find_funding("Ficus raised $5 million in a seed round.") is not None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second predicate of the same subject
    ("Jane Roe joined the Group on July 1, 2025, and succeeds John Doe, who has served as CEO "
     "since April 2018.", [("", "Jane Roe", "CEO", "joined"), ("", "John Doe", "CEO", "departed")]),
    # an adverb before the act; "of the Company" is the company spoken of
    ("On February 11, 2026, the Board of Directors unanimously appointed Jane Roe as Chief "
     "Executive Officer of the Company.", [("", "Jane Roe", "Chief Executive Officer", "joined")]),
    ("Ficus appointed Jane Roe as Chief Executive Officer of the Company Store.",
     [("Ficus", "Jane Roe", "Chief Executive Officer of the Company Store", "joined")]),
    # a title the appositive gives, the team joined no company
    ("Jane Roe, Chief Medical Officer, joined the Executive Leadership Team in Austin.",
     [("", "Jane Roe", "Chief Medical Officer", "joined")]),
    ("Jane Roe joined the Executive Leadership Team as Chief Medical Officer.",
     [("", "Jane Roe", "Chief Medical Officer", "joined")]),
    # an act told as a gerund in a list of the company's news; "the new" no part of a title
    ("Recent achievements include publishing data, and appointing veteran finance executive "
     "Jane Roe as CFO.", [("", "Jane Roe", "CFO", "joined")]),
    ("Additionally, the company has added Jane Roe as the new Chief Financial Officer.",
     [("", "Jane Roe", "Chief Financial Officer", "joined")]),
    ("She is known for naming products as brands.", []),
])
def test_moves_told_in_releases_about_other_news_2(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_one_move_told_past_a_release_s_first_statement_is_read() -> None:
    from signalwatch.extract.leadership import roundup_moves
    from signalwatch.extract.signals import _issuer, moves_in_prose

    # a headline, the company's name before its title
    assert [(c.company, c.person) for c in roundup_moves(
        "Jane Roe Takes Over as Ficus CEO Effective September 15, 2025", prose=False)] == [
        ("Ficus", "Jane Roe")]
    # an interview's headline names the company whose executive speaks
    assert _issuer("Ficus CEO Jane Roe Discusses Q1 Financial Success") == "Ficus"
    assert moves_in_prose("Ficus won an award for its clinics this year, its fourth. " * 3
                          + "John Doe, Chief Medical Officer, joined the team.")
    found = _news_signals(
        "Ficus CEO Jane Roe Discusses Q1 Financial Success and Future Plans",
        "Ficus CEO Jane Roe joined a podcast host to discuss the company's focus on table "
        "games. Based in Las Vegas, Ficus has been in business for 30 years. Roe shared the "
        "company's first-quarter results, with record revenues. Additionally, the company has "
        "added John Doe as the new Chief Financial Officer. Doe brings experience.", "Ficus")
    assert [(s.attributes["person"], s.attributes["title"]) for s in found] == [
        ("John Doe", "Chief Financial Officer")]
    # one person, whether the text gives a middle name in full or as an initial
    found = _news_signals(
        "Dr. John L. Doe Appointed Regional Medical Director at Ficus",
        "Ficus proudly announces the appointment of Dr. John Lister Doe, MD, as Regional "
        "Medical Director. A surgeon with 40 years of experience, Dr. Doe joins the team "
        "to lead its clinics in the region and will serve patients across three states.",
        "Ficus")
    assert len([s for s in found if s.kind == "leadership"]) == 1


def test_a_release_s_issuer_is_the_company_its_text_opens_announcing() -> None:
    from signalwatch.extract.signals import _issuer

    assert _issuer("Ficus Transitions to Employee-Ownership", "Ficus, Inc., a trailblazer in "
                   "the construction industry renowned for its services, is excited to "
                   "announce the transition to an ESOP.") == "Ficus"
    assert _issuer("Results", "Ficus (NYSE: FCS) today announced results.") == "Ficus"
    assert _issuer("Results", "The company announced today that it moved.") == ""
    found = _news_signals(
        "Ficus Transitions to Employee-Ownership",
        "Ficus, Inc., a builder of roads, is excited to announce the transition to an "
        "employee stock ownership plan. The plan enabled the founders to retire, while "
        "ensuring continuity as Jane Roe became President and John Doe became Vice President "
        "of Operations. Every employee can become an owner.", "Ficus")
    assert sorted(s.attributes["person"] for s in found) == ["Jane Roe", "John Doe"]


def test_a_first_name_is_the_one_person_the_text_named_so() -> None:
    from signalwatch.extract.leadership import people_named, with_full_names

    text = ("Ficus launched a consulting practice, led by executive Lisa Roe. Lisa joins "
            "Ficus as the Managing Director of Consulting. With Lisa at the helm, it grows.")
    people = people_named(text)
    assert with_full_names("Lisa joins Ficus as the Managing Director of Consulting.",
                           people).startswith("Lisa Roe joins")
    # a first name two people share is no one's
    people = people_named("Lisa Roe and Lisa Doe joined. Lisa joins Ficus as CFO.")
    assert with_full_names("Lisa joins Ficus as CFO.", people) == "Lisa joins Ficus as CFO."


@pytest.mark.parametrize(("title", "summary", "expected"), [
    # a headline's leadership transition: its text read for the moves it names
    ("Ficus Corp. (CSE: FCS) Announces Leadership Transition as Its Mine Nears Production",
     "Ficus (CSE: FCS) announced a strategic leadership transition aligned with its push "
     "toward production. Jane Roe will no longer serve as President, and Ficus has no "
     "plans to appoint a successor to the role at this time.", ("Jane Roe", "departed")),
    # a new officer the headline does not name, named by the text: one move, named
    ("Ficus (NYSE: FCS) Adds New Chief Human Resources Officer to Management Team",
     "Ficus (NYSE: FCS) recently announced the appointment of a new chief human resources "
     "officer to its executive team. The new chief human resources officer, Jane Roe, "
     "brings more than 25 years of experience.", ("Jane Roe", "joined")),
])
def test_a_headline_s_leadership_news_has_its_text_name_the_people(title, summary,
                                                                    expected) -> None:
    found = _news_signals(title, summary, "Ficus")
    assert [(s.attributes["person"], s.attributes["change"]) for s in found] == [expected]


def test_a_move_no_clause_names_the_company_of_is_the_issuer_s() -> None:
    from signalwatch.extract.signals import _issuer

    assert _issuer("F. Ficus Preparing Gradual Leadership Transition") == "F. Ficus"
    assert _issuer("FicusNewsBreaks – Ficus Metals Inc. (TSX: FCM) Announces CFO Transition") \
        == "Ficus Metals Inc."
    assert _issuer("Jane Roe Joins Ficus as CFO") == ""
    found = _news_signals(
        "F. Ficus Preparing Gradual Leadership Transition",
        "At its meeting today, the Supervisory Board laid the groundwork for a handover of "
        "company management. In accordance with the agreements reached, Dr. Jane Roe will "
        "step down from her position as CEO and leave the company as of 31 December 2025.",
        "F. Ficus")
    assert [(s.attributes["person"], s.attributes["change"]) for s in found] == [
        ("Jane Roe", "departed")]


@pytest.mark.parametrize(("sentence", "subject"), [
    # where the company is based, told before its name
    ("Gourd Capital, the buyout unit of Lamna Partners, has announced a strategic growth "
     "investment in Bradenton, Fla.-based Ficus Industrial Maintenance, a provider of door "
     "services.", "Ficus Industrial Maintenance"),
    ("Gourd Ventures invests in Austin, Texas-based Ficus Labs to grow its team.",
     "Ficus Labs"),
    # an announcement of an investment an arm of the announcer made
    ("Gourd Holdings (OTC: GRD), announced that its investment arm, Lamna Ventures, has made "
     "a strategic investment in Ficus.ai, a sales automation platform.", "Ficus.ai"),
])
def test_an_investment_in_a_company_described_or_announced(sentence, subject) -> None:
    found = find_funding(sentence)
    assert found is not None and found.subject == subject


def test_a_company_written_with_its_web_suffix_is_the_account() -> None:
    (sig,) = _news_signals(
        "Gourd Holdings Backs Sales Platform Ficus",
        "Gourd Holdings (OTC: GRD), announced that its investment arm, Lamna Ventures, has "
        "made a strategic investment in Ficus.ai, a sales automation platform.", "Ficus",
        "Gourd Holdings")
    assert sig.account_id == "a0" and sig.attributes["round"] == "strategic"


def test_an_unnamed_move_is_dropped_beside_any_named_move_of_its_function() -> None:
    """Named hires of one change and several functions (a CFO, then a CTO), and an unnamed
    new CFO: the unnamed one is the named CFO's, whichever named move came last; an unnamed
    CMO (no named one) stays, and so does any move at another account."""
    from signalwatch.extract.signals import _without_moves_told_twice

    (base,) = _news_signals("Ficus names Jane Roe as CFO", "", "Ficus")

    def move(person: str | None, function: str, account: str = "a0") -> object:
        return replace(base, account_id=account, attributes={
            **base.attributes, "person": person, "function": function, "change": "joined"})

    found = [move("Jane Roe", "finance"), move("John Doe", "engineering"), move(None, "finance"),
             move(None, "marketing"), move(None, "finance", "a1")]
    kept = _without_moves_told_twice(found)
    assert [(m.account_id, m.attributes["person"], m.attributes["function"]) for m in kept] == [
        ("a0", "Jane Roe", "finance"), ("a0", "John Doe", "engineering"),
        ("a0", None, "marketing"), ("a1", None, "finance")]


_MONEY_PIECES = st.sampled_from([
    "$", "US$", "us$", "HK$", "€", "£", "₹", "Rs.", "rs", "CAD", "usd", "a", "x", "_", ".",
    ",", " ", "  ", "-", "5", "12", "1,000", "2.5", "٣", "0.75", "M", "m", "bn", "million",
    "Billion", "crore", "lakh", "k", "dollars", "euros", "EUR", "yen", "(", ")", "~", "and"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_MONEY_PIECES, max_size=16).map("".join))
def test_money_is_found_where_finditer_would_find_it(text):
    # find_money tries its pattern only where a run of digits is near (money._money_in);
    # the matches are the ones a scan of every position finds
    from signalwatch.extract.money import MONEY, _money_in

    assert [(m.span(), m.groupdict()) for m in _money_in(text)] == [
        (m.span(), m.groupdict()) for m in MONEY.finditer(text)]


def _covered_release(then: str) -> str:
    return ("DALLAS, TX -- Gourd Partners updates its coverage on Ficus Inc. Ficus’s third "
            "quarter reflects continued progress toward its first launch. Recently Ficus "
            "achieved several milestones, including the acceptance of its filing. Pipeline "
            "Update: Ficus’s pipeline is led by its lead product, and Ficus is advancing a "
            "second one. Balance Sheet: As of the quarter, Ficus had $6.1M in cash. "
            f"Management Update: Ficus further strengthened its leadership. {then} With "
            "more than 25 years of commercial experience, he will oversee the launch. About "
            "Gourd: Gourd Partners is a capital markets advisory firm.")


def test_a_move_whose_company_goes_unsaid_is_the_company_the_release_is_about() -> None:
    """A move told without its company in a release whose headline names the company the
    text speaks of most (an analyst's note on a company it covers): that company's; not
    where the text speaks of another company about as often, nor in a round-up."""
    move = ("Jane Roe continues as Interim CEO alongside Executive Chairman John Doe, while "
            "industry veteran Jim Poe has been appointed Chief Commercial Officer.")
    accounts = (("fi", "Ficus"), ("go", "Gourd Partners"))
    title = "Gourd Partners Updates Coverage on Ficus Inc. 3Q25"
    assert _release_moves(title, _covered_release(move), accounts) == [
        ("leadership", "fi", "Jim Poe", "joined")]
    # a text speaking of two companies (a parent and its unit) is no one's by default
    both = _covered_release(move)
    for said in ("Recently Ficus", "and Ficus is", "quarter, Ficus"):
        both = both.replace(said, said.replace("Ficus", "Gourd Partners"))
    assert _release_moves(title, both, accounts) == []
    # a headline naming no account: none
    assert _release_moves("Coverage Updated", _covered_release(move), accounts) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a join told by its person's epithet; the company the sentence's subject, unread here
    ("Led by newly appointed CEO Jane Roe, Ficus aims to turn old mines into producers.",
     [("", "Jane Roe", "CEO", "joined")]),
    # a region's head: the region is the title's, no company
    ("Jane Roe, the newly appointed Head of LATAM, brings a blend of experience.",
     [("", "Jane Roe", "Head of LATAM", "joined")]),
    # one verb, a list of people each given their own title
    ("Ficus elevated Jane Roe to Director of Operations and John Doe to Development Director.",
     [("Ficus", "Jane Roe", "Director of Operations", "promoted"),
      ("Ficus", "John Doe", "Development Director", "promoted")]),
    ("Ficus promoted Jane Roe to CFO and John Doe to the role of Chief Operating Officer.",
     [("Ficus", "Jane Roe", "CFO", "promoted"),
      ("Ficus", "John Doe", "Chief Operating Officer", "promoted")]),
    # a departure undone in the same breath is no change
    ("A film will portray the time at Ficus when co-founder and CEO Jane Roe was fired and "
     "rehired within a span of five days.", []),
    ("Ficus CEO Jane Roe was fired on Monday.", [("Ficus", "Jane Roe", "CEO", "departed")]),
    # the one replaced after their description, a date after the name
    ("Jane Roe, a former Navy officer, has been named CEO, replacing co-founder John Doe on "
     "Aug. 18.", [("", "Jane Roe", "CEO", "joined"), ("", "John Doe", "CEO", "departed")]),
    # hires told as the noun "addition", each person's nickname aside
    ("Ficus’s management team will lead the combined company with the addition of Jane "
     "(“JR”) Roe as Chief Operating Officer and John (“Johnny”) Doe as Chief Financial Officer.",
     [("", "Jane Roe", "Chief Operating Officer", "joined"),
      ("", "John Doe", "Chief Financial Officer", "joined")]),
    ("In addition, Ficus launched a new product line for its Chief Financial Officer clients.",
     []),
])
def test_people_moves_in_whole_releases_thirteenth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_clause_cut_after_a_nicknamed_persons_initial_goes_on() -> None:
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("Ficus added Robert (“Bobby”) J. Long as CFO. He starts today.") == [
        "Ficus added Robert (“Bobby”) J. Long as CFO.", "He starts today."]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "has become" after an appositive, its company left to the text
    ("Jane Roe, founder and the firm's longest-serving partner, has become chief executive "
     "officer where she will serve clients.",
     [("", "Jane Roe", "chief executive officer", "joined")]),
    ("John Doe has become a household name in the region.", []),
    # a participle of the subject's act after its clause: both people, each their title
    ("The company has hired a manager and promoted leaders from within, elevating Jane Roe to "
     "Director of Operations and John Doe to Development Director.",
     [("", "Jane Roe", "Director of Operations", "promoted"),
      ("", "John Doe", "Development Director", "promoted")]),
    ("Ficus expanded its leadership team, adding Jane Roe as Chief Financial Officer.",
     [("Ficus", "Jane Roe", "Chief Financial Officer", "joined")]),
    ("Jane Roe joined Ficus in 2019, adding Gourd Labs to her list of clients.", []),
    # a relative clause after the company is no part of it; an owner's office the owner's
    ("Jane Roe has been named Vice President and Managing Director of Ficus’s Miami office, "
     "where she will oversee content, media, and PR.",
     [("Ficus", "Jane Roe", "Vice President and Managing Director", "joined")]),
    # a bullet's infinitive, its role without "the"; "the role of" too
    ("Jane Roe to assume CEO role effective 1 January 2027",
     [("", "Jane Roe", "CEO", "joined")]),
    ("Ficus is excited to announce that Jane Roe will assume the role of COO, effective today.",
     [("", "Jane Roe", "COO", "joined")]),
    # "is announcing X as its ...", a division of the company that tells it no company
    ("Additionally, the Web3 division is announcing Jane Roe as its Head of Product reporting "
     "to John Doe.", [("", "Jane Roe", "Head of Product", "joined")]),
    # a function after the title's "of", then the company after a comma
    ("Jane Roe has been promoted to Vice President of Operations, Ficus Labs.",
     [("Ficus Labs", "Jane Roe", "Vice President of Operations", "promoted")]),
    ("Jane Roe will assume a new role at Ficus.", []),
])
def test_people_moves_in_whole_releases_fourteenth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_move_told_of_a_careers_past_is_no_move() -> None:
    """A bio's "In 2001, he was tapped by ... as President" or "was appointed as Director
    ... from 2001-2007" tells a past the item's year has left behind: no move. The item's own
    year, or a term that runs on, still is."""
    from signalwatch.extract.signals import told_as_past

    year = NOW.year
    assert told_as_past(f"In {year - 3}, he was tapped by the CEO of Gourd as President.", year)
    assert told_as_past("Jane Roe was appointed as the Director of Development for Gourd "
                        f"from {year - 20}-{year - 14}.", year)
    assert not told_as_past(f"In {year}, Ficus appointed Jane Roe as CEO.", year)
    assert not told_as_past(f"Jane Roe was appointed CFO for a further 5 years from {year} "
                            f"until {year + 5}.", year)
    bio = ("Ficus names its new board chair. John Doe joined Ficus's board in March. "
           f"Doe was appointed as the Director of Development for Gourd from {year - 20}-"
           f"{year - 14}. In {year - 5}, he was tapped by the CEO of Gourd as President of "
           "its regional network.")
    assert _release_moves("Ficus Welcomes John Doe to Its Board", bio,
                          (("fi", "Ficus"), ("go", "Gourd"))) == []


def test_a_ceo_stepping_aside_and_an_interim_assuming_the_role_are_moves() -> None:
    """"Steps aside" is a departure and "assumes interim CEO role" a move, in a sentence and
    in a release whose only words of change they are (its bullets tell them)."""
    assert _prose_moves("Jane Roe steps aside as CEO of Ficus") == [
        ("Ficus", "Jane Roe", "CEO", "departed")]
    bullets = ("* Ficus receives approval for its lead product in Europe\n"
               "* CEO Jane Roe temporarily steps aside to pursue a political nomination while "
               "Chairman John Doe assumes interim CEO role during the launch\n"
               "* A supply partnership extends Ficus's reach to new markets and customers\n"
               "The market for such products is growing quickly as regulation changes.")
    assert _release_moves("Ficus Inc.: When Regulatory Momentum Meets Leadership Continuity",
                          bullets, (("fi", "Ficus"),)) == [
        ("leadership", "fi", "Jane Roe", "departed"), ("leadership", "fi", "John Doe", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a service or tenure concluded is a departure
    ("Jane Roe has concluded her service as Chief Operating Officer of Ficus.",
     [("Ficus", "Jane Roe", "Chief Operating Officer", "departed")]),
    ("John Doe completed his tenure as Chief Financial Officer of Gourd on June 30.",
     [("Gourd", "John Doe", "Chief Financial Officer", "departed")]),
    # a promotion's title is the one it gives, not the one it leaves
    ("Jane Roe has been promoted from Vice President of Sales to Chief Revenue Officer.",
     [("", "Jane Roe", "Chief Revenue Officer", "promoted")]),
    ("Jane Roe was promoted to Chief Operating Officer, effective May 1.",
     [("", "Jane Roe", "Chief Operating Officer", "promoted")]),
    ("Jane Roe expands her role from Chief Legal Officer to Chief Operating Officer.",
     [("", "Jane Roe", "Chief Operating Officer", "promoted")]),
    ("John Doe has expanded his role to include Chief Technology Officer.",
     [("", "John Doe", "Chief Technology Officer", "promoted")]),
    # controls: a term completed without a title, a role expanded to a place
    ("Jane Roe completed her term.", []),
    ("John Doe expanded his role to the wider region.", []),
])
def test_a_tenure_concluded_and_a_role_expanded(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_an_honoured_surname_after_an_opening_phrase_is_the_person_named_in_full() -> None:
    """"As part of that transition, Mr. Doe stepped down as Co-CEO": the person the release
    named in full; a first name is read so only where the clause opens with it (after "In
    doing so," "Ficus has named ..." is the company's act, whoever "Ficus Roe" is)."""
    from signalwatch.extract.leadership import people_named, with_full_names

    people = people_named("Effective July 15, John Q. Doe has concluded his term. Jane Roe "
                          "joins as CFO. Ficus Roe is a brand.")
    assert with_full_names("As part of that transition, Mr. Doe stepped down as CEO.",
                           people) == "As part of that transition, John Q. Doe stepped down as CEO."
    assert with_full_names("Dr. Roe will lead finance.", people) == "Jane Roe will lead finance."
    assert with_full_names("In doing so, Ficus has named Jane Roe as CFO.", people) == \
        "In doing so, Ficus has named Jane Roe as CFO."
    text = ("inFicus Holdings LLC today announced an important milestone in the company's "
            "growth and the strengthening of its governance. Effective July 15th, John Q. Doe "
            "has completed a planned leadership succession that began last year. As part of "
            "that transition, Mr. Doe stepped down as Co-Chief Executive Officer, and his "
            "responsibilities were gradually transferred to Jane Roe.")
    assert _release_moves("inFicus Holdings Completes Planned Leadership Transition", text,
                          (("fi", "inFicus Holdings"),)) == [
        ("leadership", "fi", "John Q. Doe", "departed")]


def test_a_release_about_an_account_named_by_a_common_word_is_that_accounts() -> None:
    """A common word is no account's name alone ("Anchor" is weak), but a release whose
    headline writes the account's longer name in full ("Anchor Corporation’s Board ...") is
    about it: a move its text tells without a company is Anchor's; and a successor who
    "recently joined Anchor to succeed" someone, told by the nickname the text gave, makes
    the one succeeded leave the title the successor takes."""
    text = ("DENVER, July 30 /PRNewswire/ — The board of directors of the company today "
            "declared a cash dividend of 20 cents per share, payable in September.\n\n"
            "The Board also elected John “Jack” Doe to serve as Chief Information Officer "
            "(CIO) of the corporation. Jack recently joined Anchor to succeed Jane Roe, who is "
            "planning to retire from the company at the end of September. Jack brings more "
            "than three decades of IT leadership experience.\n\nAnchor will announce its "
            "second quarter earnings on Tuesday. Anchor will hold its regular quarterly call "
            "on the company's results.")
    assert _release_moves("Anchor Corporation’s Board Declares Quarterly Dividend And Elects "
                          "New Officer", text, (("an", "Anchor Corporation"),)) == [
        ("leadership", "an", "Jane Roe", "departed"),
        ("leadership", "an", "John “Jack” Doe", "joined")]
    # a headline naming only the common word is no one's
    assert _release_moves("Anchor Board Declares Quarterly Dividend And Elects New Officer",
                          text, (("an", "Anchor Corporation"),)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a hire after the one before left: both moves (the company of neither is "Chief
    # Executive Officer John")
    ("Jane Roe was named CEO after the retirement of Chief Executive Officer John Doe.",
     [("", "Jane Roe", "CEO", "joined"), ("", "John Doe", "Chief Executive Officer",
                                          "departed")]),
    ("Jane Roe was named CEO earlier this month after the passing of Chairman of the Board "
     "and Chief Executive Officer John Doe, Jr., M.D.",
     [("", "Jane Roe", "CEO", "joined"), ("", "John Doe", "Chief Executive Officer",
                                          "departed")]),
    ("Jane Roe was named CEO of Ficus after the death of her father John Doe.",
     [("Ficus", "Jane Roe", "CEO", "joined")]),
    # a person to lead a company in a title
    ("John Doe, who previously served as CEO of Gourd, will lead Ficus as Chief Executive "
     "Officer and will be joined by key members of its leadership team.",
     [("Ficus", "John Doe", "Chief Executive Officer", "joined")]),
    ("Jane Roe will lead the company as its new Chief Executive Officer.",
     [("", "Jane Roe", "Chief Executive Officer", "joined")]),
    ("Jane Roe will continue to lead Ficus as CEO.", []),
    # an appointment whose person a description opens
    ("* Recent appointment of industry veteran Jane Roe as Chief Growth Officer brings over "
     "20 years of experience",
     [("", "Jane Roe", "Chief Growth Officer", "joined")]),
])
def test_a_hire_after_a_passing_one_to_lead_and_a_veterans_appointment(sentence,
                                                                         expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_headline_naming_one_account_counts_with_its_text() -> None:
    """A release whose headline names one account, and whose text names it twice and another
    account once (in a quote), is about the first: its bulleted appointment is that
    account's."""
    text = ("* Ficus AI’s modular data centers enable rapid deployment for organizations of "
            "all sizes\n* Recent appointment of industry veteran Jane Roe as Chief Growth "
            "Officer brings over 20 years of strategy experience from large companies\n"
            "* Gourd’s CFO stated “computing power is the company’s biggest challenge.”\n\n"
            "The artificial intelligence revolution faces an infrastructure bottleneck that "
            "only the largest corporations can afford. That is the market Ficus AI (OTCQB: "
            "FCAI) is addressing with its approach.")
    assert _release_moves("Ficus AI Inc. (FCAI): Democratizing AI Through Modular "
                          "Infrastructure", text, (("fi", "Ficus AI"), ("go", "Gourd"))) == [
        ("leadership", "fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "exiting", "departing", "retiring" before a title and a name: that person leaves
    ("Roe, along with exiting CEO John Doe, was to lead the turnaround at Ficus.",
     [("", "John Doe", "CEO", "departed")]),
    ("The board thanked departing CFO Jane Roe for her service.",
     [("", "Jane Roe", "CFO", "departed")]),
    ("The board thanked retiring CFO Jane Roe for her service.",
     [("", "Jane Roe", "CFO", "departed")]),
    ("The company is retiring old debt.", []),
])
def test_an_exiting_or_retiring_executive_leaves(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "joined by": someone came along on a stage; no one joined a company
    ("Jane Roe, Head of Marketing at Ficus, joined by John Doe, VP of Marketing at Gourd, "
     "demonstrated how the platform works.", []),
    ("Jane Roe has joined Ficus as VP of Marketing.",
     [("Ficus", "Jane Roe", "VP of Marketing", "joined")]),
    # what else was done, then the clause's subject: "In addition to X, Y also appointed"
    ("In addition to Doe, FICX also appointed Jane Roe as Senior Vice-President of Sales.",
     [("FICX", "Jane Roe", "Senior Vice-President of Sales", "joined")]),
    ("Along with the new plant, Gourd named Jane Roe as Chief Operating Officer.",
     [("Gourd", "Jane Roe", "Chief Operating Officer", "joined")]),
    # a company inviting a person to join as (or to serve as) its executive
    ("Additionally, Ficus invited former Gourd Global VP Jane Roe to join as Ficus Global VP, "
     "leveraging her experience.", [("Ficus", "Jane Roe", "Ficus Global VP", "joined")]),
    ("Ficus invited John Doe to serve as CFO.", [("Ficus", "John Doe", "CFO", "joined")]),
    ("Ficus invited John Doe to speak at its conference.", []),
    ("Ficus invited CEO John Doe to join a panel as moderator.", []),
])
def test_people_moves_in_whole_releases_nineteenth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_ticker_the_text_lists_is_its_company() -> None:
    """"Ficus Metals Inc. (OTCQB: FIMX) ... FIMX also appointed Jane Roe as CFO": the account
    Ficus Metals; a ticker so only where it starts with the name's first letter and the
    listing's brackets follow the name."""
    from signalwatch.extract.signals import short_names_in

    assert short_names_in("News. Ficus Metals Inc. (OTCQB: FIMX) is a miner.") == {
        "fimx": "Ficus Metals"}
    assert short_names_in("Ficus Metals Corp. (TSXV: FM; OTCQB: FMCXF) said.") == {
        "fm": "Ficus Metals", "fmcxf": "Ficus Metals"}
    assert short_names_in("Ficus Metals Corp. (NYSE: GRD) said.") == {}
    summary = ("Ficus Metals Inc. (OTCQB: FIMX) is making progress.\n\nIn addition to John "
               "Doe, FIMX also appointed Jane Roe as Chief Financial Officer.")
    assert _release_moves("Ficus Metals Breaks Ground", summary,
                          (("fi", "Ficus Metals"), ("gd", "Gourd"))) == [
        ("leadership", "fi", "Jane Roe", "joined")]


def test_a_person_named_with_a_title_acts_for_the_company_spoken_of() -> None:
    """"Led by CEO Jane Roe, Ficus ...", then "Jane has appointed John Doe as Head of Sales":
    the act of the company the release is about (its headline's, which the text writes by
    its first word), not of a company called "Jane Roe"; a company whose name reads as a
    person's ("Gourd Sachs") still acts itself."""
    summary = ("LEHI, UT, May 27, 2025 /24-7PressRelease/ -- Ficus Widgets, a fast-growing "
               "brand, announces the relaunch of "
               "its program. Led by CEO Jane Roe, Ficus continues to grow. Jane has appointed "
               "John Doe as Head of Sales to guide the next chapter. Ficus offers widgets. "
               "The program is powered by Quince. Ficus says it is ready.")
    accounts = (("fi", "Ficus Widgets"), ("qu", "Quince"), ("gs", "Gourd Sachs"))
    assert _release_moves("Ficus Widgets Relaunches Its Program", summary, accounts) == [
        ("leadership", "fi", "John Doe", "joined")]
    assert _release_moves("Gourd Sachs names a CFO", "Gourd Sachs has appointed John Doe as "
                          "Chief Financial Officer.", accounts) == [
        ("leadership", "gs", "John Doe", "joined")]


def test_a_headlines_company_written_by_its_first_word_is_the_releases_subject() -> None:
    from signalwatch.extract.signals import release_subject
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    matcher = Matcher([Account("fi", "Ficus Widgets"), Account("qu", "Quince"),
                       Account("tx", "Texas Widgets")])
    text = "Ficus grows. Quince powers it. Ficus sells. Ficus Widgets says so."
    assert release_subject(matcher, "Ficus Widgets Relaunches Program", text) == "Ficus Widgets"
    # (a place is no short form: "Texas" is the state)
    text = "Texas grows. Quince powers it. Texas sells. Texas Widgets says so."
    assert release_subject(matcher, "Texas Widgets Relaunches Program", text) == ""


@pytest.mark.parametrize(("sentence", "expected"), [
    # an executive's death leaves the title held (as "the passing of" does)
    ("John Doe, the founder and CEO of conservative group Ficus, was shot and killed "
     "Wednesday while speaking on a campus.", [("Ficus", "John Doe", "CEO", "departed")]),
    ("John Doe, CEO of Ficus, died on Tuesday.", [("Ficus", "John Doe", "CEO", "departed")]),
    ("Ficus CEO John Doe passed away unexpectedly on Monday.",
     [("Ficus", "John Doe", "CEO", "departed")]),
    ("Ficus CEO John Doe Dies at 85", [("Ficus", "John Doe", "CEO", "departed")]),
    # a title held before is no title left
    ("John Doe, former CEO of Ficus, died on Tuesday.", []),
    ("Former Ficus CEO John Doe dies at 85", []),
    ("John Doe, who retired as CEO of Ficus in 2010, died on Tuesday.", []),
    ("Ficus's CEO said the project was killed.", []),
])
def test_an_executives_death_leaves_the_title(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the person a title's appositive names ("its CFO and Corporate Secretary, X"); a
    # title's last word is no person's name
    ("On November 8, 2024, the Company announced the resignation of its Chief Financial "
     "Officer (“CFO”) and Corporate Secretary, John Doe, with immediate effect.",
     [("", "John Doe", "Chief Financial Officer", "departed")]),
    ("Ficus announced the resignation of its CFO, John Doe, with immediate effect.",
     [("Ficus", "John Doe", "CFO", "departed")]),
    ("Ficus announced the departure of its sales team, effective today.", []),
    # the one an appointment "takes over from" leaves the title
    ("On April 10, 2025, the Company announced appointment of Jane Roe, MD, PhD as Chief "
     "Executive Officer (“CEO”), taking over from John Doe, who continues to be a Director.",
     [("", "Jane Roe", "Chief Executive Officer", "joined"),
      ("", "John Doe", "Chief Executive Officer", "departed")]),
    # a legal form and a listing between the company and "is excited to welcome"
    ("Ficus Companies, Inc. (OTC: FGCO), a leading provider of financial services, is excited "
     "to welcome Jane Roe back to Ficus as our Chief Compliance Officer",
     [("Ficus Companies", "Jane Roe", "Chief Compliance Officer", "joined")]),
    ("Ficus (OTC: FGCO) is excited to welcome Jane Roe as our Chief Compliance Officer",
     [("Ficus", "Jane Roe", "Chief Compliance Officer", "joined")]),
])
def test_people_moves_in_whole_releases_twenty_second_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_bracket_a_text_never_closes_does_not_join_every_clause_after_it() -> None:
    from signalwatch.extract.signals import clauses_of

    text = ("Ficus lost $5.2 million (2024: loss of $0.21 per share. On June 2, 2025, Ficus "
            "appointed Jane Roe as CFO. It grew. The year ended well.")
    assert "On June 2, 2025, Ficus appointed Jane Roe as CFO." in clauses_of(text)
    # (a bracket opened just before a full stop still holds its clause together)
    assert clauses_of("Ficus (a maker of gears. Based in Ohio) named Jane Roe CEO. It grew.") \
        == ["Ficus (a maker of gears. Based in Ohio) named Jane Roe CEO.", "It grew."]


@pytest.mark.parametrize(("clause", "year", "past"), [
    ("John Doe was appointed CEO of Ficus in 2016, transitioning from his post at Gourd.",
     2026, True),
    ("Jane Roe was appointed CEO of Ficus, a coding franchise, in August 2023.", 2025, True),
    ("Jane Roe was appointed CEO of Ficus in December 2024.", 2025, False),
    ("John Doe, who was appointed CEO in 2019, will step down in June.", 2026, False),
    ("John Doe, who has led Ficus since 2010 and joined its board in 2015, will retire as CEO.",
     2026, False),
    ("Jane Roe joined Ficus in 2025 as CFO.", 2026, False),
])
def test_a_move_its_verb_dates_two_years_back_is_told_as_past(clause, year, past) -> None:
    from signalwatch.extract.signals import told_as_past

    assert told_as_past(clause, year) is past


@pytest.mark.parametrize(("sentence", "expected"), [
    # "appointed by X": the passive's agent, no title (an obituary's commission seat)
    ("He was a member of the Commission on Improving Economic Opportunity in Communities "
     "Dependent on Gourd Production appointed by then President John Doe, and served on "
     "boards of Ficus.", []),
    ("Jane Roe appointed by the board as CEO of Ficus",
     [("Ficus", "Jane Roe", "CEO", "joined")]),
])
def test_an_agent_after_appointed_is_no_title(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "subject"), [
    # a passive's auxiliary is no part of the company that was awarded the money
    ("Ficus Metals (TSX.V: FIC) was awarded an additional $18.4 million funding from the "
     "Department of Defense.", "Ficus Metals (TSX.V: FIC)"),
    ("Ficus has been awarded $5 million in funding from the EIC Accelerator.", "Ficus"),
    ("Ficus has raised $5 million.", "Ficus"),
])
def test_a_passive_award_names_its_company(sentence, subject) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert found is not None and found.subject == subject


@pytest.mark.parametrize(("sentence", "expected"), [
    # a surname's particles ("van", "van der", "d’") are part of the name
    ("Ficus named Jane van der Roe CEO.", [("Ficus", "Jane van der Roe", "CEO", "joined")]),
    ("Ficus appointed Jane d’Arbois as Chief Operating Officer.",
     [("Ficus", "Jane d’Arbois", "Chief Operating Officer", "joined")]),
    # the company a title names after a hire: the hirer's division or another
    ("As part of the integration, Ficus Holdings named Jane van Roe CEO of Gourd Music, "
     "reporting into John Doe, Ficus Holdings CEO.",
     [("Gourd Music", "Jane van Roe", "CEO", "joined")]),
    ("Ficus named Jane Roe President of North America.",  # (a region: the hirer's)
     [("Ficus", "Jane Roe", "President", "joined")]),
    ("Ficus named Jane Roe CEO.", [("Ficus", "Jane Roe", "CEO", "joined")]),
    # an adverb between the auxiliary and the participle
    ("Jane Roe has just been appointed CEO at Ficus, the leading maker of gears, where she "
     "will focus on growth.", [("Ficus", "Jane Roe", "CEO", "joined")]),
    # appointments listed after a comma ("appointments, including A as CEO")
    ("Ficus's relocation of its headquarters to Austin, Texas, and key leadership "
     "appointments, including Jane Roe as CEO and John Doe as Chairman of the Board, signal "
     "a new era.", [("", "Jane Roe", "CEO", "joined")]),
])
def test_people_moves_in_whole_releases_twenty_fourth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a heading run into the paragraph after it starts a line of its own
    ("A 100% Reserve Ratio in JuneIn June, Jane Roe became CFO.",
     "A 100% Reserve Ratio in June\nIn June, Jane Roe became CFO."),
    ("Shareholder ReturnsThe Company is buying back shares.",
     "Shareholder Returns\nThe Company is buying back shares."),
    ("Ficus Raises $9 Million From IPOIn Ficus’s IPO, shares sold at $4.",
     "Ficus Raises $9 Million From IPO\nIn Ficus’s IPO, shares sold at $4."),
    # a name that ends in "In", "On" or an opener's letters is none
    ("Connect on LinkedIn Profile pages.", "Connect on LinkedIn Profile pages."),
    ("Ficus runs on macOS The update came.", "Ficus runs on macOS The update came."),
])
def test_a_heading_run_into_its_paragraph_is_parted(text, expected) -> None:
    from signalwatch.extract.text import article_text

    assert article_text(text) == expected


@pytest.mark.parametrize(("sentence", "subject"), [
    # an adverb before the verb is no part of the company ("has successfully raised")
    ("Ficus has successfully raised £1.13 million from new and existing investors.", "Ficus"),
    ("Ficus has finally closed its $5 million seed round.", "Ficus"),
    # a person's career told is no company's round, nor money raised in rounds before
    ("Throughout his career, John Doe has successfully raised over $250M in capital.", None),
    ("Ficus has also raised $2 million in prior funding, positioning itself for growth.",
     None),
    ("Ficus raised $2 million in seed funding.", "Ficus"),
    # money from an IPO is no round
    ("Ficus Raises $9 Million From IPO", None),
    ("Ficus raised $9 million in its IPO.", None),
    ("Ficus raises $9 million from Gourd Ventures", "Ficus"),
])
def test_a_rounds_company_without_its_adverb_and_no_ipo(sentence, subject) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert (found.subject if found else None) == subject


def test_a_launch_releases_round_told_deep_in_its_body_is_read() -> None:
    """A release whose first statement is a launch: its company's round told past the first
    sentences is read; a total or a past round there is not."""
    filler = " ".join(f"The tiles passed test number {i} with good results." for i in range(30))
    body = ("Ficus has launched its first range of floor tiles through Gourd Tiles. "
            f"{filler} In addition to product development, Ficus has successfully raised "
            "£1.13 million from new and existing investors. It plans to list later.")
    found = _release_moves("Ficus Launches Eco-Friendly Floor Tiles", body, (("fi", "Ficus"),))
    assert ("funding", "fi", None, None) in found
    past = body.replace("Ficus has successfully raised £1.13 million",
                        "Ficus has raised £1.13 million to date")
    assert ("funding", "fi", None, None) not in _release_moves(
        "Ficus Launches Eco-Friendly Floor Tiles", past, (("fi", "Ficus"),))
    # (a crowdfunding campaign's release: its money is the campaign's or its background)
    campaign = body.replace("It plans to list later.",
                            "Its equity crowdfunding campaign closes in April.")
    assert ("funding", "fi", None, None) not in _release_moves(
        "Ficus Launches Eco-Friendly Floor Tiles", campaign, (("fi", "Ficus"),))


def test_a_crowdfunding_campaigns_release_tells_no_round() -> None:
    """A release about a crowdfunding campaign still inviting investors: the money its text
    tells past its first sentences is the campaign's or its background (the labels'
    policy); the same text without the campaign tells a round."""
    body = ("Ficus, a maker of medical devices, is gaining traction as it nears the close of "
            "its {campaign} on Gourd Markets. The company reported $8,000 in pre-orders and "
            "$11,000 in its first 30 days of sales. The device improves comfort. Ficus has "
            "also secured $1.6 million in investment from institutions, including Gourd "
            "Hospital. Ficus is inviting investors to take part.")
    title = "Ficus Gains Early Revenue Ahead of Campaign Close"
    accounts = (("fi", "Ficus"),)
    assert ("funding", "fi", None, None) not in _release_moves(
        title, body.format(campaign="equity crowdfunding campaign"), accounts)
    assert ("funding", "fi", None, None) in _release_moves(
        title, body.format(campaign="sales season"), accounts)


@pytest.mark.parametrize(("headline", "expected"), [
    # a title a term's years open is an association's elected office, or an award
    ("Jane Roe Became the 2025–2026 President of the Gourd Teaching Association", []),
    ("Jane Roe Named 2024 CEO of the Year by Gourd Magazine", []),
    ("Jane Roe Became the President of Gourd Teaching", [("Gourd Teaching", "President")]),
])
def test_a_terms_office_is_no_executives_post(headline, expected) -> None:
    from signalwatch.extract.leadership import find_leadership

    assert [(c.company, c.title) for c in find_leadership(headline)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a join told in an appositive after a post held before it
    ("Meanwhile, Jane Roe, the former Executive Producer of Gourd Games and the newly appointed "
     "Chief Innovative Officer (CIO) of Ficus, a game platform, presented her vision.",
     [("Ficus", "Jane Roe", "Chief Innovative Officer", "joined")]),
    ("Jane Roe, the outgoing CEO of Ficus and incoming CEO of Applications at Gourd.",
     [("Ficus", "Jane Roe", "CEO", "departed")]),  # (the first epithet's)
    # a promotion told in a relative clause after a speaker's appositive post
    ("“We grew,” said Jane Roe, Director, Founder and Chairman of Ficus.com, who was recently "
     "appointed CEO.", [("Ficus.com", "Jane Roe", "CEO", "promoted")]),
    ("Jane Roe, a partner at Gourd Ventures, who was appointed CEO, said it grew.", []),
    ("Jane Roe, former CFO of Ficus, who was appointed CEO, said it grew.", []),
    ("Jane Roe, who was recently appointed CEO of Ficus, said it grew.",
     [("Ficus", "Jane Roe", "CEO", "joined")]),
])
def test_people_moves_in_whole_releases_twenty_fifth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_first_name_a_quote_opens_is_no_full_name() -> None:
    """"As John and I build on ..." in a quote: "As John" is no person's full name; "John
    also assumes the role of co-CEO" is John Doe's, as the text first named him."""
    body = ("Ficus today announced that John Doe will join the company’s Management Board. "
            "John also assumes the role of co-CEO alongside CEO Jane Roe, effective "
            "immediately. Jane Roe said: “As John and I build on our close partnership, as "
            "co-CEOs I am confident we have the vision to grow.”")
    found = _release_moves("Ficus Announces Leadership Updates", body, (("fi", "Ficus"),))
    assert found and all(person == "John Doe" for _, _, person, _ in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "stepping back" leaves the title held
    ("After 20 years with us, Jane Roe, our current president, will be stepping back at the "
     "end of 2025 to become a strategic consultant.", [("", "Jane Roe", "president",
                                                         "departed")]),
    ("Investors stepped back from the market.", []),
    # a title's functions before "at" its company ("Head of HR and IR at Ficus Group")
    ("Jane Roe, newly appointed Head of HR and IR at Ficus Group: “I am very pleased.”",
     [("Ficus Group", "Jane Roe", "Head of HR", "joined")]),
    # a list of people promoted to one title in the plural
    ("Our management team members; Jane Roe, John Doe, Mary Major, and Richard Roe were all "
     "promoted to senior vice presidents.",
     [("", name, "senior vice president", "promoted")
      for name in ("Jane Roe", "John Doe", "Mary Major", "Richard Roe")]),
    ("Jane Roe and John Doe were promoted to CFO and COO.", []),  # (whose is which: unsaid)
])
def test_people_moves_in_whole_releases_twenty_sixth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("clause", "subjects"), [
    # the money of a listed company's offering the clause before "raising" tells
    ("On September 25, 2024, Ficus closed an underwritten public offering, raising $2.37 "
     "million through the issuance of 473,000 American Depositary Shares (ADS).", []),
    ("Ficus has entered the unicorn club after raising $111.5M in its Series B.", ["Ficus"]),
    # an indication of financing, or a letter of interest, is no money received
    ("Furthermore, Ficus Resources received a $1.8 billion financing indication from the "
     "Export-Import Bank of the United States.", []),
    ("Ficus received a letter of interest for up to $1.8 billion from the Export-Import Bank.",
     []),
])
def test_an_offerings_money_and_an_indication_are_no_rounds(clause, subjects) -> None:
    from signalwatch.extract.funding import roundup_rounds

    assert [r.subject for r in roundup_rounds(clause)] == subjects


@pytest.mark.parametrize(("sentence", "expected"), [
    # a degree between a name and "as" ("Doug Williams, CPA, as Fractional CFO")
    ("• The appointment of Jane Roe, CPA, as Fractional CFO ensures stronger oversight.",
     [("", "Jane Roe", "CFO", "joined")]),
    # an epithet's person before a colon
    ("Ficus is pleased to offer shareholders this open letter from incoming CEO, Jane Roe:",
     [("", "Jane Roe", "CEO", "joined")]),
    # a person joined is an interviewer, even where a title follows in pasted-twice text
    ("Ficus CEO Jane Roe joined John Doe from Gourd to Ficus CEO Jane Roe joined John Doe "
     "from Gourd to announce the re-initiation of exploration.", []),
    ("Jane Roe joined Morgan Stanley in May, becoming its CFO.",
     [("Morgan Stanley", "Jane Roe", "CFO", "joined")]),
])
def test_people_moves_in_whole_releases_twenty_seventh_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # a title that qualifies a noun after it is no one's post
    ("Ficus Announces Filing of Q4 2024 Financials, Removal of Yield Sign, and CEO Update on "
     "Growth Strategy", []),
    ("Ficus Names Jane Roe CEO", [("Ficus", "CEO")]),
])
def test_a_title_before_a_noun_is_no_post(headline, expected) -> None:
    from signalwatch.extract.leadership import find_leadership

    assert [(c.company, c.title) for c in find_leadership(headline)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a release's "is pleased to announce": its way of saying "announces"
    ("Ficus is pleased to announce the closing of its $5 million seed round.",
     ("Ficus", "seed", 5_000_000)),
    ("Ficus, a maker of robots, is pleased to announce the completion of a $5 million Series "
     "A financing.", ("Ficus", "series a", 5_000_000)),
    ("Ficus is excited to announce that it has raised $5 million in seed funding.",
     ("Ficus", "seed", 5_000_000)),
    ("Ficus is thrilled to announce it raised $5 million.", ("Ficus", "unknown", 5_000_000)),
    ("Ficus is pleased to announce that Gourd Ventures has invested $5 million in the "
     "company.", None),  # (as "Ficus announced that Gourd Ventures has invested ...")
    # a public sale's phase is no round
    ("Ficus is pleased to announce its second funding phase taking place on Gourd Foundry, "
     "after a successful conclusion of the private seed round.", None),
    ("Ficus raised $5 million in the first phase of its Series A.",
     ("Ficus", "series a", 5_000_000)),
    # a span of the past: its financings, no one round (unless it names the round's stage)
    ("In the last twelve months, Ficus secured financing with several new lending partners "
     "and increased the size of its fleet.", None),
    ("Ficus has raised $40 million over the past three years.", None),
    ("Over the past decade, Ficus has raised more than $100 million.", None),
    ("In the past year, Ficus raised a $20 million Series A led by Gourd.",
     ("Ficus", "series a", 20_000_000)),
    ("In the last month, Ficus raised $20 million in a Series A.",
     ("Ficus", "series a", 20_000_000)),
    ("Ficus, which tripled revenue over the past year, raised $20 million from Gourd.",
     ("Ficus", "unknown", 20_000_000)),
])
def test_a_releases_announcing_and_a_periods_financings(sentence, expected) -> None:
    from signalwatch.extract.funding import find_funding

    found = find_funding(sentence)
    assert ((found.subject, found.round, found.amount) if found else None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a new officer's epithet and "who joined": a join at the company joined
    ("“We grow,” says the new CEO Jane Roe, who joined Ficus AG on October 1, 2025, after "
     "her career at Gourd Bank.", [("Ficus AG", "Jane Roe", "CEO", "joined")]),
    ("“We grow,” said new Chief Operating Officer John Doe, who joined Ficus last month.",
     [("Ficus", "John Doe", "Chief Operating Officer", "joined")]),
    ("The new CFO, Jane Roe, who joined the company in May, said margins rose.",
     [("", "Jane Roe", "CFO", "joined")]),
    # one who joined as another is no new hire; nor one who joined without an epithet
    ("Our new CEO John Doe, who joined Ficus in 2019 as CFO, said the plan is sound.", []),
    ("John Doe, who joined Ficus in May, said the new product is great.", []),
])
def test_people_moves_in_whole_releases_twenty_eighth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_short_form_of_a_names_first_word_and_initials_is_that_name() -> None:
    """"ficus-TS AG" in a release that writes "ficus Trading Software AG": that company."""
    from signalwatch.extract.signals import acronym_names

    text = "ficus Trading Software AG is growing. ficus-TS AG lists in Dusseldorf."
    assert acronym_names("ficus-TS AG", text) == ["ficus Trading Software"]
    assert acronym_names("ficus-XY AG", text) == []
    body = ("ficus Trading Software AG is expanding its services. “We build on this,” says "
            "the new CEO Jane Roe, who joined ficus-TS AG on October 1, 2025.")
    found = _release_moves("ficus Trading Software AG Expands Its Business", body,
                           (("fi", "ficus Trading Software"),))
    assert found == [("leadership", "fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a join told in reported speech's future or in the progressive
    ("The IPO was a precursor to growth, as it was announced that former Gourd CEO, Jane "
     "Roe, would be joining Ficus as chief sales officer.",
     [("Ficus", "Jane Roe", "chief sales officer", "joined")]),
    ("Jane Roe is joining Ficus as chief sales officer.",
     [("Ficus", "Jane Roe", "chief sales officer", "joined")]),
    ("Jane Roe will be joining Ficus as chief sales officer.",
     [("Ficus", "Jane Roe", "chief sales officer", "joined")]),
    ("Ficus said Jane Roe would succeed John Doe as CEO of Ficus.",
     [("Ficus", "Jane Roe", "CEO", "joined"), ("Ficus", "John Doe", "CEO", "departed")]),
    ("Gourd CEO Jane Roe is joining Ficus",  # (the role left, as before)
     [("Gourd", "Jane Roe", "CEO", "departed")]),
    ("Jane Roe would like to thank the board.", []),
    # an appositive of several posts, each between commas
    # (a promotion since session 48: the posts held are the company's)
    ("and John Doe, Senior Vice President, Controller, has been appointed Chief Financial "
     "Officer.", [("", "John Doe", "Chief Financial Officer", "promoted")]),
    # an appositive's participle of leaving ("its CEO retiring this year")
    ("Ficus will honor Jane Roe, its CEO retiring this year after 13 years.",
     [("", "Jane Roe", "CEO", "departed")]),
    # joining a relative in an act is no hire; a board's posts are no name
    ("Artist and Ficus Founder and Chair Emeritus, Dr. John Doe, will join his daughter, "
     "Foundation CEO Jane Doe, in sharing stories of their explorations.", []),
    ("Jane Roe will join Ficus as CEO.", [("Ficus", "Jane Roe", "CEO", "joined")]),
])
def test_people_moves_in_whole_releases_twenty_ninth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_the_headline_departure_form_reads_a_company_of_bounded_length() -> None:
    """A headline's company before its title, and the person after it, are read up to 200
    characters each: a hostile text of thousands of titles ("Jane Roe, the CEO of Ficus"
    800 times, then "retiring.") had been read in square time (1.3 s for 21,000 characters,
    20 s for 86,000 through a whole item)."""
    from signalwatch.extract.leadership import _DEPARTS

    assert _DEPARTS.match("Ficus CEO Jane Roe steps down") is not None
    assert _DEPARTS.match("word " * 50 + "Ficus CEO Jane Roe steps down") is None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a newcomer's arrival in the verbs releases use beside "joins"
    ("Jane Roe signs on as Chief Revenue Officer.",
     [("", "Jane Roe", "Chief Revenue Officer", "joined")]),
    ("Jane Roe has signed on as CFO.", [("", "Jane Roe", "CFO", "joined")]),
    ("Jane Roe comes on board as Chief Revenue Officer.",
     [("", "Jane Roe", "Chief Revenue Officer", "joined")]),
    ("Jane Roe takes on the role of Chief Revenue Officer.",
     [("", "Jane Roe", "Chief Revenue Officer", "joined")]),
    # a unit's new head, the title after its unit
    ("Seasoned cloud leader Jane Roe will spearhead the unit as President.",
     [("", "Jane Roe", "President", "joined")]),
    ("Jane Roe will lead the new sales team as Vice President of Sales.",
     [("", "Jane Roe", "Vice President of Sales", "joined")]),
    # several arrivals in one sentence, each its own clause
    ("Cross-industry veteran Jane Roe joins as Chief Marketing Officer, John Doe signs on as "
     "Head of Games (Game Design), and Max Mole takes on the role of Chief Product Officer.",
     [("", "Jane Roe", "Chief Marketing Officer", "joined"),
      ("", "John Doe", "Head of Games", "joined"),
      ("", "Max Mole", "Chief Product Officer", "joined")]),
    # controls: no arrival, and an opener that tells none
    ("Jane Roe will lead the discussion as moderator.", []),
    ("Jane Roe signs on the dotted line.", []),
])
def test_people_moves_in_whole_releases_thirtieth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_listed_addition_may_open_its_paragraph_with_what_the_person_will_do() -> None:
    """"Ficus announced the addition of a team", then a paragraph "Jane Roe, Executive Vice
    President, will lead Ficus Industrial in Ohio.": a listed hire, as "Jane Roe, Executive
    Vice President." would be (not "... will present at the congress")."""
    from signalwatch.extract.leadership import listed_moves

    text = ("Ficus announced today the addition of a market-leading industrial team in "
            "Ohio.\n\nJane Roe, Executive Vice President & Principal, will lead Ficus "
            "Industrial in Ohio. She will work with the team.\n\nAbout Ficus\n\nFicus is a "
            "brokerage.")
    assert [(c.company, c.person, c.title, c.change) for c in listed_moves(text)] == [
        ("Ficus", "Jane Roe", "Executive Vice President & Principal", "joined")]
    assert listed_moves(text.replace("will lead Ficus Industrial", "will present data")) == []


def test_a_launch_release_reads_on_for_the_leader_it_names() -> None:
    """A unit's launch, then "Seasoned cloud leader Jane Roe will spearhead the unit as
    President", and a welcome: the launch and the join both."""
    body = ("Ficus, a leading cloud partner, today announced the launch of its Work AI "
            "business unit. Seasoned cloud leader Jane Roe will spearhead the unit as "
            "President.\n\n\"We are excited to welcome Jane Roe,\" says John Doe, CEO. Prior "
            "to joining Ficus, she served as Director at Gourd.")
    found = _release_moves("Ficus Launches Work AI Business Unit with Cloud Veteran at Helm",
                           body, (("fi", "Ficus"),))
    assert found == [("leadership", "fi", "Jane Roe", "joined"), ("strategic", "fi", None, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # hires told as a group's addition, then each by name and title
    ("Ficus announced the addition of three executives, including Jane Roe as chief revenue "
     "officer and John Doe as chief financial officer.",
     [("Ficus", "Jane Roe", "chief revenue officer", "joined"),
      ("Ficus", "John Doe", "chief financial officer", "joined")]),
    # a list of them between semicolons, a region after a title
    ("Ficus announces the addition of several seasoned industry professionals who have "
     "joined their distribution team this year, including Jane Roe as vice president of "
     "capital markets, East; John Doe as vice president of capital markets, West; and Max "
     "Mole as advisor concierge.",
     [("Ficus", "Jane Roe", "vice president of capital markets", "joined"),
      ("Ficus", "John Doe", "vice president of capital markets", "joined")]),
    ("Ficus announced the appointment of Jane Roe as CFO.",
     [("Ficus", "Jane Roe", "CFO", "joined")]),
    # controls: a group's addition naming no one's title
    ("Ficus announced the addition of three stores, including one in Ohio.", []),
])
def test_a_groups_addition_names_its_people(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_groups_addition_listed_between_semicolons_is_one_clause() -> None:
    """"the addition of ..., including A as VP, East; B as VP, West; and C as ...": one
    clause (its items no sentences of their own), as a list of departures is."""
    from signalwatch.extract.signals import clauses_of

    text = ("Ficus, a maker of fine, sturdy, small boats, announces the addition of several "
            "professionals who have joined its team, including Jane Roe as vice president of "
            "sales, East; John Doe as vice president of sales, West; and Max Mole as "
            "concierge. In addition, Ficus has partnered with Gourd.")
    assert len(clauses_of(text)) == 2
    found = _release_moves("Ficus Announces New Hires", text, (("fi", "Ficus"),))
    assert found == [("leadership", "fi", "Jane Roe", "joined"),
                     ("leadership", "fi", "John Doe", "joined")]


def test_sentences_a_page_glued_together_are_read_apart() -> None:
    """"... an investor relations-focused appointment.Earlier this week, Ficus announced":
    two sentences (not "U.S.", "Dr.Roe", "Gourd.com")."""
    from signalwatch.extract.signals import clauses_of

    assert clauses_of("Ficus hired an advisor.Earlier this week, Ficus named a CFO.") == [
        "Ficus hired an advisor.", "Earlier this week, Ficus named a CFO."]
    for kept in ("Ficus opened in the U.S.A. in May.", "Ficus named Dr.Roe CFO.",
                 "Ficus bought Gourd.com in May."):
        assert clauses_of(kept) == [kept]


def test_a_managing_director_named_by_first_name_after_an_opener_steps_down() -> None:
    """A release glued together: "... the appointment.Earlier this week, Ficus announced
    that John Doe would join the board as executive director ... To this end, Jane has
    decided to step down as Ficus' managing director": her departure (by her full name,
    which the text gave before), and no executive's join (a board seat)."""
    body = ("Ficus Resources Ltd (ASX:FIC) director Jane Roe joins Gourd's Max Mole to discuss "
            "a board restructure and an investor relations-focused appointment.Earlier this "
            "week, Ficus announced that John Doe would join the board as executive director, "
            "lending investment expertise.The move comes after the company secured a permit."
            "To this end, Jane has decided to step down as Ficus' managing director in order "
            "to devote her time to the project.In her new role as non-executive director, "
            "Roe will continue to lend the board her expertise.")
    found = _release_moves("Ficus Resources galvanises board", body,
                           (("fi", "Ficus Resources"), ("go", "Gourd")))
    assert found == [("leadership", "fi", "Jane Roe", "departed")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an appositive between dashes, read as between commas
    ("Post-closing, Jane Roe—former president and COO of Gourd—will serve as chairman and "
     "CEO.", [("", "Jane Roe", "CEO", "joined"), ("Gourd", "Jane Roe", "president", "departed")]),
    ("Jane Roe — the chief financial officer — has resigned.",
     [("", "Jane Roe", "chief financial officer", "departed")]),
    # a board joined as an executive director is a seat; as CFO, an executive's post
    ("Jane Roe will join the board as executive director.", []),
    ("Jane Roe joined the Ficus board as CFO.", [("Ficus", "Jane Roe", "CFO", "joined")]),
    ("Jane Roe will join Ficus as executive director.",
     [("Ficus", "Jane Roe", "executive director", "joined")]),
])
def test_people_moves_in_whole_releases_thirty_first_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_stake_held_is_no_round() -> None:
    """"Jane Roe, as a shareholder significantly invested in Ficus, ...": a stake held (a
    quote's words had been a round's investors); "Gourd Ventures invested in Ficus" is."""
    from signalwatch.extract.funding import find_funding

    assert find_funding("Jane Roe, as a shareholder significantly invested in Ficus, "
                        "supports the plan.") is None
    assert find_funding("Gourd Ventures, already invested in Ficus, led the round.") is None
    found = find_funding("Gourd Ventures invested in Ficus, a maker of boats.")
    assert found is not None and found.subject == "Ficus"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title's unit a brand's function: a department, the title whole
    ("Gourd announced that Jane Roe has been named Head of Ficus Solution Sales.",
     [("Gourd", "Jane Roe", "Head of Ficus Solution Sales", "joined")]),
    ("Gourd named Jane Roe Vice President of Global Channel Marketing.",
     [("Gourd", "Jane Roe", "Vice President of Global Channel Marketing", "joined")]),
    # (a name is no "Vice": "Jane Roe Vice" had been the person, "President" the title)
    ("Gourd named Jane Roe Vice President of Sales.",
     [("Gourd", "Jane Roe", "Vice President of Sales", "joined")]),
    # a sentence adverb before "the Company" is no company
    ("Concurrently, the Company appointed Jane Roe as CFO and added CEO John Doe to the "
     "Board of Directors.", [("", "Jane Roe", "CFO", "joined")]),
    # a two-tier company's executive body left
    ("At the same time, Dr. Jane Roe will step down from both the Managing Directorate and "
     "the Supervisory Board effective 31 March 2026.",
     [("", "Jane Roe", "Managing Director", "departed")]),
    ("John Doe is leaving the Management Board of Ficus AG at his own request.",
     [("Ficus AG", "John Doe", "Member of the Management Board", "departed")]),
    # a unit's function after an epithet's title: the title whole, the company spoken of
    ("“I am honored to join Gourd,” said Jane Roe, newly appointed Head of US Operations.",
     [("", "Jane Roe", "Head of US Operations", "joined")]),
    # hires listed after a colon, a relative clause after each title
    ("The expansion was enabled by key hires: Jane Roe as General Counsel, who has worked as "
     "our outside litigator, and John Doe as Vice President of Sales, who will anchor our "
     "presence in these markets.",
     [("", "Jane Roe", "General Counsel", "joined"),
      ("", "John Doe", "Vice President of Sales", "joined")]),
    # controls: a C-level title's "of X" names its company; a board left is a seat; a
    # name ending in -ly before its verb is the company
    ("Gourd named Jane Roe CEO of Ficus Sales.",
     [("Ficus Sales", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe will step down from the Supervisory Board.", []),
    ("Lilly, the drugmaker, appointed Jane Roe as CFO.", [("Lilly", "Jane Roe", "CFO", "joined")]),
])
def test_people_moves_in_whole_releases_thirty_second_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_management_board_joined_is_an_executives_post() -> None:
    """"joins Ficus Group as a member of the management board on the 1st of January 2026":
    a two-tier company's executive (its Vorstand), the title without its date."""
    from signalwatch.extract.leadership import find_leadership

    assert [(c.company, c.person, c.title, c.change) for c in find_leadership(
        "Christian Roe joins Ficus Group as a member of the management board on the 1st of "
        "January 2026")] == [
        ("Ficus Group", "Christian Roe", "a member of the management board", "joined")]
    assert find_leadership("Christian Roe joins Ficus Group as a member of the supervisory "
                           "board") == []


def test_an_analysts_note_tells_its_companys_appointment_as_the_companys() -> None:
    """A coverage note on Ficus: "Concurrently, the Company appointed Jane Roe as CFO" is
    Ficus' hire (the adverb had been read as the company)."""
    body = ("Gourd Capital initiated coverage on Ficus. Ficus reported a net loss of C$1.9M. "
            "In July 2025, Ficus completed a private placement. Concurrently, the Company "
            "appointed Jane Roe as CFO and added CEO John Doe to the Board of Directors.")
    assert _release_moves("Gourd Capital Initiates Coverage on Ficus Corp. (CSE: FIC)", body,
                          (("fi", "Ficus"), ("go", "Gourd Capital"))) == [
        ("leadership", "fi", "Jane Roe", "joined")]


def test_a_lenders_loans_closed_are_no_round() -> None:
    """"Ficus closed $446 million across 11 loans": a lender's business, no round (it had
    been read as Ficus' round); money closed in funding still is one."""
    from signalwatch.extract.funding import find_funding

    assert find_funding("In H1 2025, Ficus closed $446 million across 11 loans.") is None
    assert find_funding("Ficus closed $5 billion in transactions in 2025.") is None
    found = find_funding("Ficus closed $20 million in new funding.")
    assert found is not None and found.subject == "Ficus"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a function's director, the post joined
    ("Jane Roe has joined as Director of Commercial Strategic Initiatives.",
     [("", "Jane Roe", "Director of Commercial Strategic Initiatives", "joined")]),
    # two posts taken in one sentence, an epithet before the second name
    ("Jane Roe will serve as chief executive officer and founder John Doe will serve as "
     "chief operating officer.",
     [("", "Jane Roe", "chief executive officer", "joined"),
      ("", "John Doe", "chief operating officer", "joined")]),
    # a person described, then the post they will take
    ("Jane Roe is a tech entrepreneur known for scaling digital businesses and will serve as "
     "chief product officer.", [("", "Jane Roe", "chief product officer", "joined")]),
    # whom the new officer spoke with is no company of the title
    ("Jane Roe was recently named co-CEO and spoke with Gourd about her exciting vision for "
     "the company.",
     [("", "Jane Roe", "co-CEO", "joined")]),
    # a post left long before is no executive's leaving for the board's chair
    ("Jane Roe, former chairman and CEO of Gourd, has been named chairman of the board.", []),
    # a promotion's list read whole where the verb's reading holds its first alone
    ("Ficus is excited to announce the promotion of Jane Roe, who has been promoted to "
     "Director of Service Delivery and John Doe who has been promoted to Finance Director.",
     [("Ficus", "Jane Roe", "Director of Service Delivery", "promoted"),
      ("Ficus", "John Doe", "Finance Director", "promoted")]),
    # the release's defined term is its issuer, no company "Company"
    ("Ficus Corp. today announced the appointments of Jane Roe as Chief Operating Officer "
     "and John Doe, DPhil, as Director of Communications of the Company.",
     [("Ficus Corp.", "Jane Roe", "Chief Operating Officer", "joined"),
      ("Ficus Corp.", "John Doe", "Director of Communications", "joined")]),
    # an epithet before a title is no company; a headline's capital "As" no part of one
    ("Award-Winning Ficus Celebrates An Addition and A Departure - Long-Serving Director of "
     "Engineering Jane Roe Retires", [("", "Jane Roe", "Director of Engineering", "departed")]),
    ("# Jane Roe Joins Ficus Strategies As Senior Director Of Public Affairs Ficus "
     "Strategies, Boston’s leading public affairs firm, announced today that Jane Roe has "
     "joined the firm as "
     "Senior Director of Public Affairs.",
     [("Ficus Strategies", "Jane Roe", "Senior Director Of Public Affairs", "joined")]),
    # controls: an executive made the board's chair leaves the post; a speaker's part and a
    # film's craft are no posts
    ("Jane Roe, co-founder and CEO, has been appointed Vice Chairman of the Ficus board.",
     [("", "Jane Roe", "CEO", "departed")]),
    ("Jane Roe will serve as the keynote speaker.", []),
    ("Jane Roe has joined as Director of Photography.", []),
])
def test_people_moves_in_whole_releases_thirty_third_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_an_acquisitions_release_reads_on_for_the_posts_it_gives() -> None:
    """An acquisition's release, then "Jane Roe will serve as chief executive officer and
    founder John Doe will serve as chief operating officer": the acquisition and both joins
    (a post taken counts as a change of people, so the text is read past its first
    statement); a speaker's part does not."""
    body = ("Ficus Software announced it has acquired Gourd Systems, developer of the largest "
            "yard management system used by more than 200 yards in the U.S. and Canada. "
            "Gourd will operate as Ficus Software. Jane Roe will serve as chief executive "
            "officer and founder John Doe will serve as chief operating officer.")
    accounts = (("fi", "Ficus Software"), ("go", "Gourd Systems"))
    found = _release_moves("Ficus Software Expands with Acquisition of Gourd Systems", body,
                           accounts)
    assert ("leadership", "fi", "Jane Roe", "joined") in found
    assert ("leadership", "fi", "John Doe", "joined") in found
    quiet = body.replace("Jane Roe will serve as chief executive officer and founder John Doe "
                         "will serve as chief operating officer.",
                         "Jane Roe will serve as the keynote speaker at its user meeting.")
    assert not [f for f in _release_moves("Ficus Software Expands with Acquisition of Gourd "
                                          "Systems", quiet, accounts) if f[0] == "leadership"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Japanese company's executive officers
    ("Jane Roe will step down as Representative Executive Officer, Executive Chairperson and "
     "ESG Officer at the end of March 2026.",
     [("", "Jane Roe", "Representative Executive Officer", "departed")]),
    ("Jane Roe, currently Corporate Officer, will be appointed Executive Officer and Ficus "
     "Division Head, effective April 1, 2026.",
     [("", "Jane Roe", "Executive Officer", "joined")]),
    # an advisor's charge is no title of the advisor's
    ("Jane Roe joined Ficus as a Special Advisor to the Chairman, CEO, and Board of "
     "Directors.", []),
    # a speaker telling their own arrival
    ("John Doe, Chief Financial Officer of Ficus Corp., commented: “As the newly appointed "
     "CFO, I am excited to build on the momentum.”",
     [("Ficus Corp.", "John Doe", "Chief Financial Officer", "joined")]),
    # controls: the chief executive is still C-level; a new year is no post
    ("Jane Roe will step down as Chief Executive Officer in March.",
     [("", "Jane Roe", "Chief Executive Officer", "departed")]),
    ("John Doe, CEO of Ficus, said: “As the new year begins, I am excited to grow.”", []),
])
def test_people_moves_in_whole_releases_thirty_fourth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_successor_to_an_executive_officer_names_the_one_who_leaves() -> None:
    """A release's bullets: "A, currently Corporate Officer, will be appointed Executive
    Officer ... He will succeed B, who will transition to Senior Advisor to the Chief
    Executive Officer" (B leaves the post A takes; the CEO B advises is no post of B's)."""
    body = ("Ficus unveiled its corporate strategy for the next five years, with a focus on "
            "growth, simplicity and accountability across its divisions.\n\n"
            "Leadership Transitions\n\n* Jane Roe, currently Corporate Officer and Co-head "
            "of the Surgical Division, will be appointed Executive Officer and Surgical "
            "Division Head, effective April 1, 2026. She will succeed John Doe, who will "
            "transition to Senior Advisor to the Chief Executive Officer, supporting Ficus' "
            "strategic priorities.")
    found = _release_moves("Ficus Unveils Corporate Strategy", body, (("fi", "Ficus"),))
    assert ("leadership", "fi", "Jane Roe", "joined") in found or \
        ("leadership", "fi", "Jane Roe", "promoted") in found
    assert ("leadership", "fi", "John Doe", "departed") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time after a title's "at" is no company
    ("Jane Roe will step down as Chief Executive Officer at the end of March.",
     [("", "Jane Roe", "Chief Executive Officer", "departed")]),
    ("Jane Roe will retire as president at the close of the fiscal year.",
     [("", "Jane Roe", "president", "departed")]),
    # controls: a company's name holding such words, or a month's
    ("Jane Roe resigns as CEO of The Turn of the Century Group",
     [("Turn of the Century Group", "Jane Roe", "CEO", "departed")]),
    ("Jane Roe joins May Department Stores as CFO.",
     [("May Department Stores", "Jane Roe", "CFO", "joined")]),
])
def test_a_time_after_a_title_is_no_company(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected



@pytest.mark.parametrize(("sentence", "expected"), [
    # a copula telling the arrival, the company's description after it
    ("Jane Roe is the newly appointed Head of Revenue at Ficus, a maker of garden pots.",
     [("Ficus", "Jane Roe", "Head of Revenue", "joined")]),
    ("John Doe is the new chief executive of Gourd, a maker of garden pots.",
     [("Gourd", "John Doe", "chief executive", "joined")]),
    # controls: no executive's title after "is the new"; the new post is no one's
    ("Jane Roe is the new face of Ficus, a maker of garden pots.", []),
    ("Pricing is the new growth engine of Ficus, a maker of garden pots.", []),
    ("Who is the new CEO of Ficus, a maker of garden pots?", []),
])
def test_people_moves_in_whole_releases_thirty_fifth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_interest_shown_is_no_round() -> None:
    """"has attracted considerable interest from major mining companies for potential joint
    ventures or strategic investments": interest, no money taken (it had been read as a
    strategic round); money raised is still a round, "interest-free" loans too."""
    from signalwatch.extract.funding import find_funding

    assert find_funding("Ficus has attracted considerable interest from major mining companies "
                        "for potential joint ventures or strategic investments.") is None
    assert find_funding("Ficus received strong investor interest in its $5 million seed "
                        "round.") is None
    for told in ("Ficus raised $5 million in interest-free loans.",
                 "Ficus raises $3 million in a round that drew interest from Gourd."):
        found = find_funding(told)
        assert found is not None and found.subject == "Ficus" and found.amount, told


@pytest.mark.parametrize(("sentence", "expected"), [
    # the middle of a list of hires told once ("hiring A as T, B as U, and C as V")
    ("The company has also expanded its production team, hiring Jane Roe as head of "
     "production, John Doe as head of product, and Mary Major as head of sourcing.",
     [("", "Jane Roe", "head of production", "joined"),
      ("", "John Doe", "head of product", "joined"),
      ("", "Mary Major", "head of sourcing", "joined")]),
    # the head of an organisation named after "the", and the one succeeded with a relative
    # clause of theirs
    ("Jane Roe will become the second head of the Ficus Foundation, succeeding John Doe who "
     "joined the nonprofit in 1987.",
     [("Ficus Foundation", "Jane Roe", "head", "joined"),
      ("Ficus Foundation", "John Doe", "head", "departed")]),
    # an opening phrase before the subject
    ("In a generational shift for one of Boston's most influential organizations, the Ficus "
     "Foundation has selected Jane Roe as its new president.",
     [("Ficus Foundation", "Jane Roe", "president", "joined")]),
    # a newsletter's heading in capitals run into its story
    ("ROE TO HEAD FICUS FOUNDATION: The Ficus Foundation has selected Jane Roe as its new "
     "president.", [("The Ficus Foundation", "Jane Roe", "president", "joined")]),
    # an epithet's "recently appointed", an honorific and a middle initial
    ("The stage is set for a new chapter under the Company's recently appointed CEO, Dr. Jane "
     "A. Roe.", [("", "Jane A. Roe", "CEO", "joined")]),
    # the subject last: "Joining X is Y, title"
    ("Joining Jane is John Doe, Senior Managing Director and Chief Operating Officer, "
     "responsible for strategic leadership.",
     [("", "John Doe", "Senior Managing Director and Chief Operating Officer", "joined")]),
    # controls: a unit's head; a region's head at a company; a guest with a post elsewhere;
    # a board's unanimous act (the adverb still read away)
    ("Jane Roe has joined as Head of the Web3 practice.",
     [("", "Jane Roe", "Head of the Web3 practice", "joined")]),
    ("Jane Roe was named head of the Americas at Ficus.",
     [("Ficus", "Jane Roe", "head of the Americas", "joined")]),
    ("Joining Jane is John Doe, CEO of Gourd, who will speak.", []),
    ("The Board of Directors unanimously appointed Jane Roe as CEO.",
     [("", "Jane Roe", "CEO", "joined")]),
])
def test_people_moves_in_whole_releases_thirty_sixth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_list_of_those_joining_names_the_company_they_join() -> None:
    """"Also joining Ficus Capital from Gourd Financial are A, B, and C", then a bullet for
    each, "Name, Title, leads / supports / will manage ...": each a join at Ficus Capital
    (the list's company, not the release's), a generational suffix no part of the title."""
    from signalwatch.extract.leadership import listed_moves

    text = ("Gourd Holdings, Inc. is pleased to announce the addition of a new team at its "
            "subsidiary, Ficus Capital.\n\nAlso joining Ficus Capital from Gourd Financial "
            "are Jane Roe, John Doe, and Richard Major, Jr., who will support the team.\n\n"
            "* Jane Roe, Senior Vice President and Senior Underwriter, leads the underwriting "
            "department.\n* John Doe, Vice President and Senior Underwriter, supports "
            "transaction underwriting.\n* Richard Major, Jr., Managing Director and "
            "Relationship Manager, will manage client relationships.\n\n“We are glad,” said "
            "the CEO.")
    assert [(c.company, c.person, c.title, c.change) for c in listed_moves(text)] == [
        ("Ficus Capital", "Jane Roe", "Senior Vice President and Senior Underwriter",
         "joined"),
        ("Ficus Capital", "John Doe", "Vice President and Senior Underwriter", "joined"),
        ("Ficus Capital", "Richard Major", "Managing Director and Relationship Manager",
         "joined")]


def test_an_interviewers_congratulations_tell_the_appointment() -> None:
    """A Q&A's "Jane, congratulations on your recent appointment as President & COO of
    Ficus Trust Company": Jane Roe (named in full before) joined."""
    body = ("Jane Roe serves as President and Chief Operating Officer of Ficus Trust Company, "
            "an independent corporate trustee. Before joining Ficus, she served as CEO of "
            "Gourd Trust LLC.\n\nJane, congratulations on your recent appointment as "
            "President & COO of Ficus Trust Company. What inspired you to join?")
    assert _release_moves("Q&A with Jane Roe, President & COO of Ficus Trust Company", body,
                          (("fi", "Ficus Trust Company"), ("go", "Gourd Trust"))) == [
        ("leadership", "fi", "Jane Roe", "joined")]


def test_a_common_word_spoken_of_is_no_company_of_a_move() -> None:
    """"AI is taking off ...", then a move whose company the sentence leaves unsaid: not the
    account aliased "AI" (a common word as a clause's subject speaks of no company; it had
    been taken when the name spoken of after it, "FN", is no account's own name); the
    company the release is about."""
    from signalwatch.extract.signals import signals_from_item
    from signalwatch.match import Matcher
    from signalwatch.types import Account

    body = ("AI is taking off and that's not lost on Ficus Network Inc. (FN) investors. FN "
            "says its assistants help customers.\n\nIt's an area that Jane Roe, now co-CEO of "
            "FN after the promotion of John Doe to the newly created role of co-CEO, will "
            "head up.")
    matcher = Matcher([Account("fi", "Ficus Network"),
                       Account("go", "Gourd AI", aliases=("AI",))])
    found = signals_from_item(_wire_item("AI's Promise: FN Collaborates With Sail", body),
                              matcher, rates={}, floor=0.8, now=NOW)
    assert [(s.account_id, s.attributes.get("person")) for s in found
            if s.kind == "leadership"] == [("fi", "John Doe")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title the person holds already, beside their name: a promotion
    ("Jane Roe, currently Chief Strategy Officer, will serve as interim CFO.",
     [("", "Jane Roe", "interim CFO", "promoted")]),
    ("In addition, the Company announced that Jane Roe, Chief Revenue Officer, has also been "
     "appointed President.", [("", "Jane Roe", "President", "promoted")]),
    ("Jane Roe, previously Chairman of the Supervisory Board, was appointed Chief Executive "
     "Officer.", [("", "Jane Roe", "Chief Executive Officer", "promoted")]),
    ("Jane Roe, who has been with the company for more than six years, has been appointed "
     "Chief Marketing Officer.", [("", "Jane Roe", "Chief Marketing Officer", "promoted")]),
    ("As part of the reshuffle, co-founder and chief creative officer Jane Roe has been "
     "appointed president.", [("", "Jane Roe", "president", "promoted")]),
    ("Jane Roe, SVP of Financial Operations, has been appointed Chief Financial Officer.",
     [("", "Jane Roe", "Chief Financial Officer", "promoted")]),
    # controls: a post held elsewhere, or "former" with no company; a verb of arriving; the
    # new post named beside the name; a founder's word alone
    ("Jane Roe, CFO of Gourd, was named CEO of Ficus.", [("Ficus", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe, formerly Chief Operating Officer, was named CEO.",
     [("", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe, currently CFO, has joined Ficus as CEO.", [("Ficus", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe, who joined Gourd in 2019, was named CEO of Ficus.",
     [("Ficus", "Jane Roe", "CEO", "joined")]),
    ("Jane Roe will serve as chief executive officer and founder John Doe will serve as "
     "chief operating officer.",
     [("", "Jane Roe", "chief executive officer", "joined"),
      ("", "John Doe", "chief operating officer", "joined")]),
])
def test_a_title_held_already_makes_the_move_a_promotion(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a board's promotion of its president to succeed the chief executive, an opener before
    ("Effective January 1, 2026, the Board has promoted Jane Roe, Ficus' President and Chief "
     "Commercial Officer, to succeed John Doe as the Company's Chief Executive Officer (CEO).",
     [("", "Jane Roe", "Chief Executive Officer", "promoted"),
      ("", "John Doe", "Chief Executive Officer", "departed")]),
    # a person added to a team, "serving as" the company's new officer
    ("Ficus has added Jane A. Roe to its leadership team, serving as the company's new Chief "
     "Financial Officer (CFO).", [("Ficus", "Jane A. Roe", "Chief Financial Officer", "joined")]),
    # a title held in a unit named in ordinary words
    ("Jane Roe, currently the Executive Vice President of Renewable Power, was appointed "
     "President of Ficus Renewables.",
     [("Ficus Renewables", "Jane Roe", "President", "promoted")]),
    # controls: a choice from outside to succeed; a team joined as no executive
    ("The Board has selected Jane Roe to succeed John Doe as CEO.",
     [("", "Jane Roe", "CEO", "joined"), ("", "John Doe", "CEO", "departed")]),
    ("Ficus has added Jane Roe to its team as a sales engineer.", []),
])
def test_people_moves_in_whole_releases_thirty_seventh_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # arrivals listed by their noun, two people given one unit to head
    ("The new leaders coming in include Jane Roe & John Doe who will Head Brand Performance, "
     "Mary Major as Central Operations Head, Richard Miles as Head of Sales.",
     [("", "Jane Roe", "Head of Brand Performance", "joined"),
      ("", "John Doe", "Head of Brand Performance", "joined"),
      ("", "Mary Major", "Central Operations Head", "joined"),
      ("", "Richard Miles", "Head of Sales", "joined")]),
    ("Additions include Jane Roe as Head of Brand Performance, John Doe as Head of Sales.",
     [("", "Jane Roe", "Head of Brand Performance", "joined"),
      ("", "John Doe", "Head of Sales", "joined")]),
    # "New" opening the sentence is no company
    ("New hires include Jane Roe as Chief Revenue Officer, John Doe as Head of Sales.",
     [("", "Jane Roe", "Chief Revenue Officer", "joined"),
      ("", "John Doe", "Head of Sales", "joined")]),
    # departures listed by their noun, semicolons between
    ("Departing executives include Jane Roe, who served as President and CEO; John Doe, Chief "
     "Brand Officer; and Mary Major, Chief Financial Officer.",
     [("", "Jane Roe", "President", "departed"),
      ("", "John Doe", "Chief Brand Officer", "departed"),
      ("", "Mary Major", "Chief Financial Officer", "departed")]),
    # controls: leaders in place listed; a list of customers
    ("Key leaders in the Global Capability Center of Ficus include Jane Roe as Group General "
     "Counsel, John Doe as Group CFO.", []),
    ("Our new customers include Ficus, Gourd and others.", []),
])
def test_people_moves_in_whole_releases_thirty_eighth_round(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_a_group_leaving_then_named_and_a_company_kept_by_its_short_name() -> None:
    """A bought company's leaders: "X will continue as T along with several others at G7"
    makes the short name's company (G7 Hospitality) the one the next moves leave unsaid; a
    group's departure told, then its members named ("These leaders include A, who served
    as President and CEO; B, T; ..."), each a departure there."""
    body = ("Ficus today announced that it has completed its acquisition of G7 Hospitality, "
            "the leading economy lodging franchisor. Ficus plans to accelerate the growth of "
            "G7 Hospitality's operations.\n\nFicus plans to add hotels. Jane Roe will continue "
            "as Chief Development Officer along with several others at G7. The new leaders "
            "coming in include John Doe as Head of Sales, Mary Major as Head of Revenue.\n\n"
            "As part of this transition, several Executive Committee members will be moving "
            "on to new opportunities. These leaders include Richard Miles, who served as "
            "President and CEO; Sam Poe, Chief Brand Officer; and Ann Lee, Chief Financial "
            "Officer. These changes will take effect immediately.")
    assert [m for m in _release_moves("Ficus Completes Acquisition of G7 Hospitality", body, (
        ("fi", "Ficus"), ("g7", "G7 Hospitality"))) if m[0] == "leadership"] == [
        ("leadership", "g7", "Ann Lee", "departed"),
        ("leadership", "g7", "John Doe", "joined"),
        ("leadership", "g7", "Mary Major", "joined"),
        ("leadership", "g7", "Richard Miles", "departed"),
        ("leadership", "g7", "Sam Poe", "departed")]


def test_a_group_of_results_named_after_a_group_is_no_list_of_moves() -> None:
    """The sentence after a group's move is read as its members only when it names them as
    people of a post ("These leaders include ..."), not "These results include ..."."""
    body = ("Ficus said several executives will be leaving the company. These results "
            "include Jane Roe's unit, which grew 10%. Gourd was not affected.")
    assert _release_moves("Ficus Reports Results", body, (("fi", "Ficus"),)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a university's new dean (press_whole39)
    ("Ficus University Appoints Dr. Jane Roe as Dean for the School of Arts, Humanities, and "
     "Education", [("Ficus University", "Jane Roe", "Dean", "joined")]),
    # controls: "Dean" a person's first name; a student's "Dean's List"
    ("Dean Roe Joins Ficus as Chief Financial Officer",
     [("Ficus", "Dean Roe", "Chief Financial Officer", "joined")]),
    ("Jane Roe made the Dean's List at Ficus University.", []),
])
def test_a_universitys_new_dean_is_a_move(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected


def test_the_companys_defined_term_is_the_issuer_and_a_bare_director_a_board_seat() -> None:
    """A release's "the Company" (its defined term for the issuer) opening a sentence, "The
    Company would like to welcome X as its new CFO", is the issuer, as the term is inside a
    sentence; "The Company also welcomes Y as its new director" is a seat on the board, as a
    headline's bare "Director" is (press_whole40)."""
    body = ("Ficus Beverage Group, Inc. (NYSE American: FICB) (\"Ficus\" or \"the Company\"), a "
            "portfolio company of beverage brands, today announced a reverse stock split.\n\n"
            "2. The Company would like to welcome Jane Roe as its new CFO. Jane comes to us "
            "with a wealth of experience.\n3. The Company also welcomes John Doe as its new "
            "director. The Company is honored to have him join the Board.")
    assert [m for m in _release_moves("Ficus Beverage Group Discusses Stock Split", body, (
        ("fi", "Ficus Beverage Group"), ("go", "Gourd"))) if m[0] == "leadership"] == [
        ("leadership", "fi", "Jane Roe", "joined")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an appointment not intended: no one comes (press_whole27's Exasol, read once its "The
    # Company" was the issuer)
    ("The Company does not currently intend to appoint a successor to the CTO position in "
     "the near term.", []),
    ("Ficus has no plans to appoint a new CFO.", []),
    # controls: an unnamed hire told; a named one beside a negation
    ("Ficus has named a new CFO.", [("Ficus", None, "new CFO", "joined")]),
    ("Ficus said it does not intend to hire a CFO; Jane Roe was named CEO.",
     [("", "Jane Roe", "CEO", "joined")]),
])
def test_an_appointment_not_intended_is_no_move(sentence, expected) -> None:
    assert _prose_moves(sentence) == expected
