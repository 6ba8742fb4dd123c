"""Table-driven tests for ``extract.numbers``.

Cases are written by the team in the shapes the design notes catalogue (``numbers.md`` §2–§4);
none is copied from the seed or the conformance files. Lists are named by origin:
``*_NEW`` (shapes from the issue), ``*_BUGS_CAUGHT`` (regressions found while building),
``*_XFAIL`` (known misses, strict so a fix is noticed). The seed test reads
``../shared/seeds`` at test time and skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import numbers
from extract.records import Number, paragraphs_of

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "liveblog_2025-06-05.txt"


def _one(text: str) -> Number:
    found = numbers.extract_text(text)
    assert len(found) == 1, [(n.text, n.value, n.kind) for n in found]
    return found[0]


# (sentence, expected text, value, kind, unit, counts, qualifier, high)
SHAPES_NEW = [
    ("The firm shed 1,200 jobs.", "1,200 jobs", 1200, "cardinal", None, "jobs", None, None),
    ("Rainfall reached 3.5 inches.", "3.5 inches", 3.5, "distance", "in", None, None, None),
    ("Some 12 500 fans came.", "Some 12 500 fans", 12500, "cardinal", None, "fans", "some", None),
    ("It fell to -5 overnight.", "-5", -5, "cardinal", None, None, None, None),
    ("Lows of −7C are likely.", "−7C", -7, "temperature", "°C", None, None, None),
    ("Seven ministers resigned.", "Seven ministers", 7, "cardinal", None, "ministers", None, None),
    ("She won twenty-one medals.", "twenty-one medals", 21, "cardinal", None, "medals", None, None),
    (
        "A hundred and five pupils sat it.",
        "A hundred and five pupils",
        105,
        "cardinal",
        None,
        "pupils",
        None,
        None,
    ),
    ("A dozen ferries sailed.", "A dozen ferries", 12, "cardinal", None, "ferries", None, None),
    (
        "Half a million tourists came.",
        "Half a million tourists",
        500000,
        "cardinal",
        None,
        "tourists",
        None,
        None,
    ),
    (
        "The town has 2.4 million residents.",
        "2.4 million residents",
        2400000,
        "cardinal",
        None,
        "residents",
        None,
        None,
    ),
    ("The club paid £30m.", "£30m", 30000000, "money", "GBP", None, None, None),
    ("It raised $2.3bn.", "$2.3bn", 2300000000, "money", "USD", None, None, None),
    ("A €1.5 billion deal.", "€1.5 billion deal", 1500000000, "money", "EUR", "deal", None, None),
    ("He was fined 30,000 pounds.", "30,000 pounds", 30000, "money", "GBP", None, None, None),
    ("Turnout was 43.6 percent.", "43.6 percent", 43.6, "percent", "%", None, None, None),
    ("Turnout was 43.6 per cent.", "43.6 per cent", 43.6, "percent", "%", None, None, None),
    ("Sales fell 12%.", "12%", 12, "percent", "%", None, None, None),
    ("Rates rose 25 basis points.", "25 basis points", 25, "cardinal", "bp", None, None, None),
    ("She lives on the 17th floor.", "17th floor", 17, "ordinal", None, "floor", None, None),
    ("It is his fifth term.", "fifth term", 5, "ordinal", None, "term", None, None),
    (
        "Leeds, the third-biggest city, voted.",
        "third-biggest city",
        3,
        "ordinal",
        None,
        "city",
        None,
        None,
    ),
    (
        "Three-quarters of nurses agreed.",
        "Three-quarters of nurses",
        0.75,
        "fraction",
        None,
        "nurses",
        None,
        None,
    ),
    (
        "Half of the flats were empty.",
        "Half of the flats",
        0.5,
        "fraction",
        None,
        "flats",
        None,
        None,
    ),
    (
        "One in five adults smoke.",
        "One in five adults",
        0.2,
        "fraction",
        None,
        "adults",
        None,
        None,
    ),
    (
        "Between 10 and 15 boats sank.",
        "Between 10 and 15 boats",
        10,
        "range",
        None,
        "boats",
        None,
        15,
    ),
    ("Some 10-15 boats sank.", "Some 10-15 boats", 10, "range", None, "boats", "some", 15),
    ("A trek of 10 to 15 miles.", "10 to 15 miles", 10, "range", "mi", None, None, 15),
    ("Bids of $10-15m came in.", "$10-15m", 10000000, "range", "USD", None, None, 15000000),
    ("A 27-year-old man was held.", "27-year-old man", 27, "age", "year", "man", None, None),
    ("The victim, aged 81, died.", "81", 81, "age", None, None, None, None),
    ("Ann Low, 34, of Leeds, said so.", "34", 34, "age", None, None, None, None),
    (
        "The talks lasted one hour and 15 minutes.",
        "one hour and 15 minutes",
        4500,
        "duration",
        "s",
        None,
        None,
        None,
    ),
    ("It took an hour and a half.", "an hour and a half", 5400, "duration", "s", None, None, None),
    ("Wait half an hour.", "half an hour", 1800, "duration", "s", None, None, None),
    ("A 48-hour truce began.", "48-hour truce", 172800, "duration", "s", "truce", None, None),
    ("He served three years.", "three years", 3, "duration", "year", None, None, None),
    ("Dozens of homes flooded.", "Dozens of homes", None, "vague", None, "homes", None, None),
    ("Hundreds of people fled.", "Hundreds of people", None, "vague", None, "people", None, None),
    ("Thousands marched.", "Thousands", None, "vague", None, None, None, None),
    (
        "Tens of thousands of troops massed.",
        "Tens of thousands of troops",
        None,
        "vague",
        None,
        "troops",
        None,
        None,
    ),
    (
        "At least 40 Russian jets were hit.",
        "At least 40 Russian jets",
        40,
        "cardinal",
        None,
        "Russian jets",
        "at least",
        None,
    ),
    (
        "Nearly 300 flights were cancelled.",
        "Nearly 300 flights",
        300,
        "cardinal",
        None,
        "flights",
        "nearly",
        None,
    ),
    (
        "More than 2,000 homes lost power.",
        "More than 2,000 homes",
        2000,
        "cardinal",
        None,
        "homes",
        "more than",
        None,
    ),
    ("Up to 90 staff may go.", "Up to 90 staff", 90, "cardinal", None, "staff", "up to", None),
    ("The storm brought 70mph gusts.", "70mph gusts", 70, "speed", "mph", "gusts", None, None),
    ("The fire spread over 2.5 acres.", "over 2.5 acres", 2.5, "area", "acre", None, "over", None),
    ("It hit 35C in Seville.", "35C", 35, "temperature", "°C", None, None, None),
    # a unit number counts the compound after it (the third held-out set: ``steel truss span``)
    (
        "The 100m sprint final.",
        "100m sprint final",
        100,
        "distance",
        "m",
        "sprint final",
        None,
        None,
    ),
    ("A 1,500-page report.", "1,500-page", 1500, "cardinal", None, "page", None, None),
    ("The loan costs 50p a day.", "50p", 0.5, "money", "GBP", None, None, None),
    (
        "Two of the victims were named.",
        "Two of the victims",
        2,
        "cardinal",
        None,
        "victims",
        None,
        None,
    ),
    ("Shares fell 30-odd points.", "30-odd points", 30, "cardinal", None, "points", "about", None),
    ("It is 10km long.", "10km", 10, "distance", "km", None, None, None),
    ("The debt is USD34.6 million.", "USD34.6 million", 34600000, "money", "USD", None, None, None),
    ("They hired one nurse.", "one nurse", 1, "cardinal", None, "nurse", None, None),
]

# Sentences with no number at all: dates, times, years, identifiers, idioms (issue list).
NON_NUMBERS_NEW = [
    "It happened on 5 June 2025.",
    "It happened on June 5.",
    "It happened on June 5th, 2024.",
    "The blast came at 1am.",
    "The blast came at 1 a.m. local time.",
    "The post went up at 04:20.",
    "The plant opened in 2010.",
    "It was built in the 1990s.",
    "It was built in the mid-2000s.",
    "Covid-19 cases rose.",
    "Voters backed Prop 19.",
    "She called 911 at once.",
    "A 911 dispatcher answered.",
    "He returned to No 10.",
    "The G7 met.",
    "The A1 was shut.",
    "An F-16 crashed.",
    "Call 0800 123 4567 now.",
    "Call +44 20 7946 0000 now.",
    "The server at 192.168.1.2 failed.",
    "See https://example.org/2024/06/05/story-17 for more.",
    "One of the guards left.",
    "No one was hurt.",
    "At first, nobody noticed.",
    "One day, it will end.",
    "It took a year.",
    "A drone hit the roof.",
    "Someone called.",
    "The attack on 9/11 changed that.",
    "The shop opens 24/7.",
    "Liverpool won 3-1.",
    "A 5-4 ruling settled it.",
    "The vote split 52-48.",
    "The FTSE 100 slipped.",
    "The S&P 500 rose.",
    "The 2012-13 season ended.",
    "The 1939-45 war ended.",
    "Flight 370 vanished.",
    "Turn to page 4.",
    "They meet on Wednesday 4 July.",
    "The 5G rollout stalled.",
    "The MH17 report came out.",
    "Wait a second.",
    "The first lady spoke.",
]

BUGS_CAUGHT = [
    # A spaced ``mm`` was read as the ``MM`` scale and raised, losing the whole paragraph.
    (
        "Up to 25 mm of rain fell.",
        "Up to 25 mm of rain",
        25,
        "distance",
        "mm",
        "rain",
        "up to",
        None,
    ),
    ("Gauges showed 5-6 mm overnight.", "5-6 mm", 5, "range", "mm", None, None, 6),
    ("The $40 MM loan closed.", "$40 MM loan", 40_000_000, "money", "USD", "loan", None, None),
    # Space-like characters between a number and its noun behave like a space.
    (
        "Some 300\u00a0firefighters came.",
        "Some 300\u00a0firefighters",
        300,
        "cardinal",
        None,
        "firefighters",
        "some",
        None,
    ),
    ("Crews saw 12\u2009drones.", "12\u2009drones", 12, "cardinal", None, "drones", None, None),
    ("Prices rose 4.5\u202fper cent.", "4.5\u202fper cent", 4.5, "percent", "%", None, None, None),
    ("It cost £30\u00a0million.", "£30\u00a0million", 30_000_000, "money", "GBP", None, None, None),
    # "2.4 million dollars" once gave a second record for "million".
    (
        "They raised 2.4 million dollars.",
        "2.4 million dollars",
        2400000,
        "money",
        "USD",
        None,
        None,
        None,
    ),
    # "half a million" once split into "half" and "a million".
    (
        "Half a million people left.",
        "Half a million people",
        500000,
        "cardinal",
        None,
        "people",
        None,
        None,
    ),
    # "$10-15m" once read "15m" as fifteen metres.
    ("Offers of £2-3bn were made.", "£2-3bn", 2000000000, "range", "GBP", None, None, 3000000000),
    # "one hour and 15 minutes" once gave two durations.
    (
        "It lasted one hour and 20 minutes.",
        "one hour and 20 minutes",
        4800,
        "duration",
        "s",
        None,
        None,
        None,
    ),
    # a negative sign once dropped from glued units.
    ("Lows of -12F.", "-12F", -12, "temperature", "°F", None, None, None),
    # "2000 troops" is a count, not a year.
    ("Some 2000 troops moved.", "Some 2000 troops", 2000, "cardinal", None, "troops", "some", None),
]

# General rules for the error categories seen on blind held-out text (phones, designators, clock
# times, ``over``/``up to`` that are not approximators, units, ages, counted nouns, misses).
CONTEXT_RULES_NEW = [
    # ``over`` as "during" before a span of time; "more than" after a verb of waiting/lasting
    (
        "The grant is spread over three years.",
        "three years",
        3,
        "duration",
        "year",
        None,
        None,
        None,
    ),
    (
        "She waited over three hours.",
        "over three hours",
        10800,
        "duration",
        "s",
        None,
        "over",
        None,
    ),
    # ``over`` of a phrasal verb; ``up to`` before a rank
    ("The agency handed over €12,500.", "€12,500", 12500, "money", "EUR", None, None, None),
    ("The win lifts them up to 14th.", "14th", 14, "ordinal", None, None, None, None),
    # speeds, cents (major units), hyphenated currency, litres in the billions
    ("The jet reached 240km/h on the runway.", "240km/h", 240, "speed", "km/h", None, None, None),
    ("Gusts hit 45 knots.", "45 knots", 45, "speed", "kn", None, None, None),
    ("Petrol rose 4c a litre.", "4c", 0.04, "money", "USD", None, None, None),
    ("Diesel got a 38-cent rebate.", "38-cent rebate", 0.38, "money", "USD", "rebate", None, None),
    ("Highs of 31c are forecast.", "31c", 31, "temperature", "°C", None, None, None),
    ("The dam released 55 gigalitres.", "55 gigalitres", 55, "volume", "GL", None, None, None),
    # ages from the words around a bare number
    ("He's 81 and still farming.", "81", 81, "age", None, None, None, None),
    ("Resident Joan Pike (64) was rescued.", "64", 64, "age", None, None, None, None),
    ("Her father turned 90 in May.", "90", 90, "age", None, None, None, None),
    # counted nouns: an owner before the noun, time phrases and participles after it, compounds
    (
        "A fifth of the city’s rail bridges need work.",
        "A fifth of the city’s rail bridges",
        0.2,
        "fraction",
        None,
        "rail bridges",
        None,
        None,
    ),
    (
        "They lost 80,000 hectares of wheat days before harvest.",
        "80,000 hectares of wheat",
        80000,
        "area",
        "ha",
        "wheat",
        None,
        None,
    ),
    (
        "Police logged 52 crashes involving e-scooters.",
        "52 crashes",
        52,
        "cardinal",
        None,
        "crashes",
        None,
        None,
    ),
    (
        "Half the sports hall was flooded.",
        "Half the sports hall",
        0.5,
        "fraction",
        None,
        "sports hall",
        None,
        None,
    ),
    (
        "The plan covers around 4,000 smaller farms.",
        "around 4,000 smaller farms",
        4000,
        "cardinal",
        None,
        "smaller farms",
        "around",
        None,
    ),
    # fractions without ``of``, ordinals of halves and table places, Indian scales
    (
        "Bookings dropped by about a third.",
        "about a third",
        1 / 3,
        "fraction",
        None,
        None,
        "about",
        None,
    ),
    ("They tired badly in the second half.", "second half", 2, "ordinal", None, "half", None, None),
    ("Westbury sit third in the table.", "third", 3, "ordinal", None, None, None, None),
    (
        "The storm hit lakhs of households.",
        "lakhs of households",
        None,
        "vague",
        None,
        "households",
        None,
        None,
    ),
    ("The fund paid out 3 lakhs.", "3 lakhs", 300000, "cardinal", None, None, None, None),
    ("The scheme cost Rs 40 crore.", "Rs 40 crore", 400000000, "money", "INR", None, None, None),
]

# Not counts: phone and service numbers, designators with digits or number words, clock times
# inside a sentence, ``first`` as an adverb, the match clock after a score.
CONTEXT_NON_NUMBERS_NEW = [
    "Call the council on 0413-5566789 for details.",
    "Residents should dial 311 to report potholes.",
    "The toll-free hotline 1098 is open all week.",
    "Ring the hotline on 988 if you need help.",
    "If in doubt, call 111.",
    "Members of Local 1199 walked out.",
    "The hospital declared level 3 of its winter plan.",
    "Paramedics were sent to category one calls.",
    "Rovers were relegated to League One.",
    "The school moved to Phase Two.",
    "The council is in Tier 2.",
    "They had queued since 6 and left.",
    "They were gone by 9 tonight.",
    "The alarm sounded at 4 in the morning.",
    "She first arrived in the town as a teacher.",
    "The pair first met at university.",
    "Harlow lead 2-0 (54 mins).",
    "Profit was up from a quarter earlier.",
]

# Round 4 (shapes of the unseen set, in our own words): plural designators, dotted clock times,
# number words in place names, ``One <noun>`` as "a certain", adverbs of place after a unit.
ROUND4_NON_NUMBERS_NEW = [
    "The motorway is shut between junctions 4 and 6.",
    "Trains will call at platforms 2, 3 and 5 only.",
    "Buses on routes 11-12 are diverted.",
    "Platforms 1 and 2 reopened at noon.",
    "I heard the siren at 6.15 this morning.",
    "The library is open from 9.30 on weekdays.",
    "Crews had worked since 5.40 to clear it.",
    "Crews closed Three Oaks Lane overnight.",
    "Water rose around homes in Seven Sisters.",
    "One resident said the road had flooded twice.",
    "One shopper, Mei Lin, wrote: that is too dear.",
]

ROUND4_MULTI_NEW = [
    (
        "Gates 3 and 4 were shut and 120 passengers waited.",
        [("120 passengers", 120, "cardinal", None, "passengers")],
    ),
    (
        "Shares closed at 7.45 after 12 trades.",
        [("7.45", 7.45, "cardinal", None, None), ("12 trades", 12, "cardinal", None, "trades")],
    ),
    (
        "Winds hit 70mph inland while 40 homes lost power.",
        [("70mph", 70, "speed", "mph", None), ("40 homes", 40, "cardinal", None, "homes")],
    ),
    (
        "The pool is 11 miles inland, and One Tree Hill is 3 miles off.",
        [("11 miles", 11, "distance", "mi", None), ("3 miles", 3, "distance", "mi", None)],
    ),
    (
        "One user paid 15 dollars. Four people died.",
        [
            ("One user", 1, "cardinal", None, "user"),
            ("15 dollars", 15, "money", "USD", None),
            ("Four people", 4, "cardinal", None, "people"),
        ],
    ),
]

# Sentences with several numbers: (sentence, [(text, value, kind, unit, counts), ...]).
CONTEXT_MULTI_NEW = [
    (
        "After an NZ$40m grant, fares fell 9c.",
        [("NZ$40m grant", 40000000, "money", "NZD", "grant"), ("9c", 0.09, "money", "NZD", None)],
    ),
    (
        "Nine of the council's 214 depots closed.",
        [
            ("Nine of the council's", 9, "cardinal", None, "depots"),
            ("214 depots", 214, "cardinal", None, "depots"),
        ],
    ),
    (
        "Two of the 30 new trams failed.",
        [
            ("Two", 2, "cardinal", None, "new trams"),
            ("30 new trams", 30, "cardinal", None, "new trams"),
        ],
    ),
    (
        "They called 40 witnesses, then rang 999.",
        [("40 witnesses", 40, "cardinal", None, "witnesses")],
    ),
]

CONTEXT_RULES_XFAIL = [
    # a plural Indian scale after a number word is not combined yet (digits are: ``3 lakhs``)
    ("The fund paid two lakhs.", "two lakhs", 200000, "cardinal", None, None, None, None),
]

SHAPES_XFAIL = [
    # compound ordinal adjectives with a second hyphen word are not split yet
    (
        "The world's second-most-visited city.",
        "second-most-visited city",
        2,
        "ordinal",
        None,
        "city",
        None,
        None,
    ),
    # "1h 15m": a glued ``m`` after hours is minutes, read as metres today
    ("Her time was 1h 15m.", "1h 15m", 4500, "duration", "s", None, None, None),
]

# Shapes from the third held-out review (our own sentences, same shapes).
HELDOUT3_NEW = [
    # currency words after a number: money in that currency, no counted noun
    (
        "Its shares ended at 212.40 kronor.",
        "212.40 kronor",
        212.4,
        "money",
        "SEK",
        None,
        None,
        None,
    ),
    (
        "Sales rose to 4.7 billion kronor in the quarter.",
        "4.7 billion kronor",
        4700000000,
        "money",
        "SEK",
        None,
        None,
        None,
    ),
    (
        "The fund sold the stake for 3 billion Norwegian crowns.",
        "3 billion Norwegian crowns",
        3000000000,
        "money",
        "NOK",
        None,
        None,
        None,
    ),
    (
        "A coffee costs 45 Danish kroner there.",
        "45 Danish kroner",
        45,
        "money",
        "DKK",
        None,
        None,
        None,
    ),
    ("Rent is 6,500 dirhams a month.", "6,500 dirhams", 6500, "money", "AED", None, None, None),
    (
        "He was paid 900 Canadian dollars.",
        "900 Canadian dollars",
        900,
        "money",
        "CAD",
        None,
        None,
        None,
    ),
    # ages read from context: ``years old``, a name then ``, 48 (``, ``By 16, he``
    (
        "“I am 77 years old,” she told the panel.",
        "77 years old",
        77,
        "age",
        "year",
        None,
        None,
        None,
    ),
    ("The foal is five weeks old.", "five weeks old", 5, "age", "week", None, None, None),
    ("Priya Nair, 39 (left), opened the bakery.", "39", 39, "age", None, None, None, None),
    ("By 17, she was singing in clubs.", "17", 17, "age", None, None, None, None),
    # a bare number after ``temperature of``/``fever of``; ``because`` ends a noun phrase
    (
        "He worked with a temperature of 38 because he needed the pay.",
        "38",
        38,
        "temperature",
        "°C",
        None,
        None,
        None,
    ),
    ("She ran a fever of 102 all night.", "102", 102, "temperature", "°F", None, None, None),
    # a bare number then a duration: one range in the duration's written unit
    (
        "Repairs could take two to four years.",
        "two to four years",
        2,
        "range",
        "year",
        None,
        None,
        4,
    ),
    (
        "A rash shows between two and 14 days later.",
        "between two and 14 days",
        2,
        "range",
        "day",
        None,
        None,
        14,
    ),
    ("Wait 5-10 minutes, then stir.", "5-10 minutes", 5, "range", "minute", None, None, 10),
    # counted nouns after a unit: a singular compound, stopped by a participle or a verb
    (
        "A 4.5 per cent fare increase is due.",
        "4.5 per cent fare increase",
        4.5,
        "percent",
        "%",
        "fare increase",
        None,
        None,
    ),
    (
        "Staff won a 12 per cent pay rise.",
        "12 per cent pay rise",
        12,
        "percent",
        "%",
        "pay rise",
        None,
        None,
    ),
    (
        "The £11.50 Friday lunch sold out.",
        "£11.50 Friday lunch",
        11.5,
        "money",
        "GBP",
        "Friday lunch",
        None,
        None,
    ),
    (
        "A 900-foot concrete arch bridge built in 1931 shut.",
        "900-foot concrete arch bridge",
        900,
        "distance",
        "ft",
        "concrete arch bridge",
        None,
        None,
    ),
    (
        "Nurses gave 91 per cent backing the offer.",
        "91 per cent",
        91,
        "percent",
        "%",
        None,
        None,
        None,
    ),
    (
        "Nearly a third of delayed operations resumed.",
        "Nearly a third of delayed operations",
        1 / 3,
        "fraction",
        None,
        "delayed operations",
        "nearly",
        None,
    ),
    (
        "The mine made 90,000 to 95,000 metric tons of zinc.",
        "90,000 to 95,000 metric tons of zinc",
        90000,
        "range",
        "t",
        "zinc",
        None,
        95000,
    ),
    # ``up`` of a phrasal verb before ``to``: a level reached, not an upper bound
    (
        "The brewery put the price of a bottle up to £6.20.",
        "£6.20",
        6.2,
        "money",
        "GBP",
        None,
        None,
        None,
    ),
    (
        "Gusts of up to 70 mph are forecast.",
        "up to 70 mph",
        70,
        "speed",
        "mph",
        None,
        "up to",
        None,
    ),
]
HELDOUT3_NON_NUMBERS_NEW = [
    # the hour of a clock time in words
    "The bus came at half past seven as usual.",
    "We left at quarter to nine.",
    # toll-free lines without a trunk 0, radio frequencies, road and line designators
    "For advice ring Healthline on 1800 246 810 at any hour.",
    "The council line, 1300 975 310, is staffed until late.",
    "Listeners can tune in to 774 AM or 102.3 FM for updates.",
    "The road is shut at milepost 88 near the river.",
    "Trucks queued back to mile marker 40 overnight.",
    # a number inside a title-case name
    "The benchmark Helsinki Growth 25 Index edged lower.",
    # a year-like number naming debt by its maturity
    "The yield on its 2031 bonds climbed sharply.",
]

# Near misses of the rules above: each stays a number.
HELDOUT3_MULTI_NEW: list[tuple[str, list[tuple[str, float, str, str | None, str | None]]]] = [
    ("He farmed for 60 years at the mill.", [("60 years", 60, "duration", "year", None)]),
    ("Storm Leaves 12 Families Homeless", [("12 Families", 12, "cardinal", None, "Families")]),
    ("It was 1800 when 300 troops landed.", [("300 troops", 300, "cardinal", None, "troops")]),
    (
        "The lab moved 400 Petri dishes.",
        [("400 Petri dishes", 400, "cardinal", None, "Petri dishes")],
    ),
]


def _shape_ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [str(c[1]) for c in cases]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "unit", "counts", "qualifier", "high"),
    [*SHAPES_NEW, *BUGS_CAUGHT, *CONTEXT_RULES_NEW, *HELDOUT3_NEW]
    + [
        pytest.param(*c, marks=pytest.mark.xfail(strict=True))
        for c in [*SHAPES_XFAIL, *CONTEXT_RULES_XFAIL]
    ],
    ids=_shape_ids(
        [
            *SHAPES_NEW,
            *BUGS_CAUGHT,
            *CONTEXT_RULES_NEW,
            *HELDOUT3_NEW,
            *SHAPES_XFAIL,
            *CONTEXT_RULES_XFAIL,
        ]
    ),
)
def test_shape(
    sentence: str,
    text: str,
    value: float | None,
    kind: str,
    unit: str | None,
    counts: str | None,
    qualifier: str | None,
    high: float | None,
) -> None:
    got = _one(sentence)
    assert (got.text, got.value, got.kind, got.unit, got.counts, got.qualifier, got.high) == (
        text,
        value,
        kind,
        unit,
        counts,
        qualifier,
        high,
    )
    assert sentence[got.start : got.end] == got.text


@pytest.mark.parametrize(
    "sentence",
    [
        *NON_NUMBERS_NEW,
        *CONTEXT_NON_NUMBERS_NEW,
        *HELDOUT3_NON_NUMBERS_NEW,
        *ROUND4_NON_NUMBERS_NEW,
    ],
    ids=[
        *NON_NUMBERS_NEW,
        *CONTEXT_NON_NUMBERS_NEW,
        *HELDOUT3_NON_NUMBERS_NEW,
        *ROUND4_NON_NUMBERS_NEW,
    ],
)
def test_not_a_number(sentence: str) -> None:
    assert [n.text for n in numbers.extract_text(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [*CONTEXT_MULTI_NEW, *HELDOUT3_MULTI_NEW, *ROUND4_MULTI_NEW],
    ids=[c[0] for c in [*CONTEXT_MULTI_NEW, *HELDOUT3_MULTI_NEW, *ROUND4_MULTI_NEW]],
)
def test_numbers_of_a_sentence(
    sentence: str, want: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    got = [(n.text, n.value, n.kind, n.unit, n.counts) for n in numbers.extract_text(sentence)]
    assert got == want


def test_clock_times_are_times_with_include_dates() -> None:
    got = numbers.extract_text("The alarm sounded at 4 in the morning.", include_dates=True)
    assert [(n.kind, n.text) for n in got] == [("time", "4")]


def test_one_record_per_number_never_summed() -> None:
    text = "Two nurses and seven porters were hurt. Two wards shut."
    got = [(n.text, n.value) for n in numbers.extract_text(text)]
    assert got == [("Two nurses", 2), ("seven porters", 7), ("Two wards", 2)]


def test_include_dates_reports_dates_times_years() -> None:
    text = "On 5 June 2025 at 04:20, as in 2010, 12 boats sank."
    got = [(n.kind, n.text) for n in numbers.extract_text(text, include_dates=True)]
    assert got == [
        ("date", "5 June 2025"),
        ("time", "04:20"),
        ("year", "2010"),
        ("cardinal", "12 boats"),
    ]


def test_list_marker_at_line_start_is_not_a_number() -> None:
    assert numbers.extract_text("1. The mayor spoke.\n2. Four roads shut.")[0].text == "Four roads"


def test_offsets_and_lines_across_paragraphs() -> None:
    text = "Intro line.\n\nThen 117 boats came.\nAnd 41 more."
    got = list(numbers.extract(paragraphs_of(text), source="x.txt", entry=3))
    assert [(n.line, n.text, n.entry, n.source) for n in got] == [
        (3, "117 boats", 3, "x.txt"),
        (4, "41", 3, "x.txt"),
    ]
    assert all(text[n.start : n.end] == n.text for n in got)


def test_interface() -> None:
    assert numbers.KIND == "number"
    assert numbers.FIELDS == Number.FIELDS


# ---------------------------------------------------------------------------------- the seed
SEED_WANT = [
    ("one hour and 15 minutes", 4500, "duration", None, "approximately"),
    ("117 drones", 117, "cardinal", "drones", None),
    ("four regions", 4, "cardinal", "regions", "at least"),
    ("41 Russian aircraft", 41, "cardinal", "Russian aircraft", None),
    ("17 people", 17, "cardinal", "people", "at least"),
    ("second-largest", 2, "ordinal", "city", None),
    ("two children", 2, "cardinal", "children", None),
    ("seven apartment buildings", 7, "cardinal", "apartment buildings", None),
    ("Two buildings", 2, "cardinal", "buildings", None),
    ("one drone", 1, "cardinal", "drone", None),
    ("17th floor", 17, "ordinal", "floor", None),
    ("second floor", 2, "ordinal", "floor", None),
]


def _seed_numbers() -> tuple[str, list[Number]]:
    if not SEED.exists():
        pytest.skip("../shared/seeds is absent")
    src = SEED.read_text(encoding="utf-8")
    paras = paragraphs_of(src)
    entry1 = [p for p in paras if p.line <= 7]
    entry2 = [p for p in paras if 11 <= p.line <= 14]
    found = list(numbers.extract(entry1, source="seed", entry=1))
    found += list(numbers.extract(entry2, source="seed", entry=2))
    return src, found


def test_seed_numbers_exactly() -> None:
    src, found = _seed_numbers()
    assert len(found) == len(SEED_WANT), [n.text for n in found]
    for n, (text, value, kind, counts, qualifier) in zip(found, SEED_WANT, strict=True):
        assert text in n.text
        assert (n.value, n.kind, n.counts, n.qualifier) == (value, kind, counts, qualifier)
        assert src[n.start : n.end] == n.text


def test_seed_non_numbers() -> None:
    _, found = _seed_numbers()
    for n in found:
        for bad in ("1am", "2025", "04:", "Wednesday", "yesterday", "a year", "a drone", "one of"):
            assert bad not in n.text
