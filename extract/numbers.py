"""Numbers of one entry: every quantity with its value, kind, unit, qualifier and counted noun.

A cheap scan (``_numbers_scan``) finds where a number can start; the candidate patterns run only
there and find candidates *and* the shapes that look like numbers but are not counts (URLs, IP
addresses, phone numbers, identifiers such as ``Covid-19`` or ``Prop 19``, dates, times). Each
candidate is then read around it: the scale and unit to its right (``2.4 million``, ``£30m``,
``43.6 per cent``, ``one hour``), the qualifier to its left (``at least``), and the counted noun
phrase after it. Neighbours are joined last: ranges (``10-15``, ``between 10 and 15``) and compound
durations (``one hour and 15 minutes``) become one record; scores (``won 3-1``) and years are
dropped.

The reader is written for speed (several MB/s; most of its cost is Python per number), without
changing what any pattern decides:

- a trigger that is a candidate as it stands (``17``, ``seven``) is read without a match
  (``_plain_digits``, ``_plain_word``);
- each pattern around a number sits behind a cheap *gate*, a ``str`` test that is a necessary
  condition for it (``_QUALIFIER_TAILS``, ``_may_open_unit``, ``_noun_words``…), read on the
  paragraph folded once (``_fold``: lower-cased as ``IGNORECASE`` compares, same offsets);
- values are integer arithmetic (``_scaled``), ``Decimal`` only where a product passes 28 digits.

``tests/test_numbers_reader.py`` checks each shortcut against the pattern or arithmetic it stands
in for.

Text convention: ``text`` runs from the qualifier (when there is one) through the number, its
unit and its counted noun, exactly as written: ``at least four regions``, ``41 Russian aircraft``,
``£30m``, ``second-largest city``. ``source_text[start:end] == text`` always holds.

>>> [(n.text, n.value, n.kind, n.counts, n.qualifier) for n in extract_text(
...     "At least 17 people were hurt on 5 June 2025 at 1am, in Covid-19 wards.")]
[('At least 17 people', 17, 'cardinal', 'people', 'at least')]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import regex

from extract import _numbers_data as data
from extract import _numbers_scan as scan
from extract.records import Number, Paragraph, paragraphs_of

KIND = "number"
FIELDS = Number.FIELDS

# --------------------------------------------------------------------------- word tables
_CARDINAL_WORDS: dict[str, int] = {**data.UNITS, **data.TENS}
# ``score`` is left out: ``a score of`` is rare, ``the score`` is everywhere in sport.
_NUMBER_WORDS = sorted(
    {*_CARDINAL_WORDS, *data.SCALES, "dozen", *data.ORDINALS}, key=len, reverse=True
)
_PLURAL_FRACTIONS = sorted(
    {w for w in data.FRACTION_WORDS if w.endswith("s")}, key=len, reverse=True
)
_SINGULAR_FRACTIONS = sorted(
    {w for w in data.FRACTION_WORDS if not w.endswith("s")}, key=len, reverse=True
)
_MONTHS_CAP = sorted({m.capitalize() for m in data.MONTHS}, key=len, reverse=True)
_WEEKDAYS_CAP = sorted({w.capitalize() for w in data.WEEKDAYS}, key=len, reverse=True)
_CURRENCY_PREFIXES = sorted(data.CURRENCY_PREFIXES, key=len, reverse=True)
_CODE_PREFIXES = [c for c in _CURRENCY_PREFIXES if c.isalpha() and len(c) == 3 and c.isupper()]
_SIGN_PREFIXES = [c for c in _CURRENCY_PREFIXES if c not in _CODE_PREFIXES and c != "R"]
_DESIGNATORS = sorted(set(data.DESIGNATORS), key=len, reverse=True)
_LOWER_DESIGNATORS = sorted(set(data.LOWER_DESIGNATORS), key=len, reverse=True)
_NAMED = sorted(set(data.NAMED_NUMBERS), key=len, reverse=True)
_ZONES = sorted({z.upper() for z in data.ZONES if z.isalpha()}, key=len, reverse=True)

# The digits of one number: comma groups of exactly three, thin/no-break/plain-space groups of
# three (``12 500``), or a plain run; then optional decimals. Possessive so nothing backtracks.
_DIGITS = r"""
    (?:\d{1,3}(?:,\d{3})++(?![\d])                 # 1,200 / 12,500,000
      |\d{1,3}(?:[\u00A0\u202F\u2009\ ]\d{3})++(?![\d,]|\.\d)   # 12 500 (thin/NBSP/space)
      |\d++)                                       # 117
    (?:\.\d++)?                                    # decimals: 3.5
  | \.\d++                                         # .08
"""

# --------------------------------------------------------------------------- candidates
# One alternation finds candidates *and* the shapes to skip. It is kept as a list of branches so
# that each kind of position tries only the branches that can begin there: a digit never opens a
# month name, a letter never opens ``1,200``. The first matching branch wins, in list order, so
# every specialised pattern keeps the order of the full one and finds exactly what it would.
# Each entry: (group, first characters the branch can match: d=digit l=letter o=other, source).
_BRANCHES: tuple[tuple[str, str, str], ...] = (
    # --- things that are never numbers: consume them so nothing inside is read --------------
    ("skip", "l", r"(?:https?://|www\.)\S++                        # URLs"),
    (
        "skip",
        "dlo",
        r"(?<=@)[\w-]++(?:\.[\w-]++)++         # e-mail domains (user2024@ is an identifier)",
    ),
    ("skip", "d", r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![.]?\d)     # IPv4 addresses"),
    (
        "skip",
        "o",
        r"\+\d{1,3}(?:[\ .\-]?\(?\d{1,4}\)?){2,5}         # +44 20 7946 0000, +1-222-2222",
    ),
    ("skip", "o", r"\(\d{3}\)\ ?\d{3}-\d{4}                         # (555) 123-4567"),
    ("skip", "d", r"(?<![\d,.])\d{3}-\d{3}-\d{4}(?!\d)              # 555-123-4567"),
    ("skip", "d", r"(?<![\d,.])0\d{2,4}[\ \-]\d{3,4}[\ \-]\d{3,4}(?!\d)   # 0800 123 4567"),
    # Toll-free and local-rate numbers without a trunk 0 (Australia's 1800/1300 lines).
    ("skip", "d", r"(?<![\d,.])1[38]00[\ \-]?\d{3}[\ \-]?\d{3}(?!\d|[,.]\d)    # 1800 555 017"),
    # A radio frequency: AM/FM (or kHz/MHz) after a number no clock reads (``684 AM``, ``96.5FM``).
    (
        "skip",
        "d",
        r"(?<![\d,.])(?:[1-9]\d{2,3}|\d{2,3}\.\d)\ ?(?-i:AM|FM|kHz|MHz)(?![\w])   # 684 AM",
    ),
    (
        "skip",
        "d",
        # A trunk prefix (leading 0) or a 6-8 digit subscriber part: a phone number, never a
        # range (ranges of that size are written with commas): 0361-2237221, 020 79460000.
        r"(?<![\d,.])(?:0\d{1,4}[\ \-]\d{5,8}|\d{2,5}-\d{6,8})(?:-\d++)*+(?![\d,]|\.\d)   # 0361-2237221",
    ),
    (
        "skip",
        "l",
        r"(?=[\p{Lu}\dc])(?<![\w$£€])\L<named>(?![\w-])   # FTSE 100, Downing Street's No 10",
    ),
    (
        "skip",
        "d",
        r"^\d{1,2}[.)](?=\s)                              # list marker at paragraph start",
    ),
    (
        "skip",
        "d",
        r"(?<![\w.])(?:\d{1,3}/){1,2}\d{1,4}(?![\d/])(?=(?P<slash>))  # 9/11, 24/7, 5/6/2025",
    ),
    (
        "skip",
        "l",
        r"(?=[\p{Lu}i])(?<![\w$£€])(?-i:\L<desig>)\.?\ ?\d[\d.,]*+[\p{L}]*+  # Prop 19, Flight 370",
    ),
    (
        "skip",
        "d",
        # ... unless a unit follows: ``the river level 4 metres above normal`` is a measure.
        r"(?=\d)(?<=\b(?i:\L<ldesig>)\ )\d++[\p{L}]?(?![\w,.]\d)(?!\ (?:\L<meas>)\b)   # page 4, level 4",
    ),
    (
        "skip",
        "d",
        # Every number of a list after a plural designator: ``junctions 7 and 9``, ``platforms
        # 3, 4 and 5`` (bounded look-behind: at most six numbers before this one).
        r"(?=\d)(?<=\b(?i:\L<pdesig>)\ (?:\d{1,4}[\p{L}]?(?:,\ |,?\ (?:and|or|to|&)\ |[-–]))"
        r"{0,6})\d{1,4}[\p{L}]?(?![\w,.]\d)(?!\ (?:\L<meas>)\b)   # junctions 7 and 9",
    ),
    (
        "skip",
        "l",
        # A designator before a number word names something too: League Two, category two calls.
        r"(?=[\p{L}])(?<![\w$£€])(?:(?-i:\L<desig>)|\L<ldesigw>)\ \L<card>\b(?![-‑])   # League Two",
    ),
    (
        "skip",
        "l",
        r"(?<![\w$£€])(?=(?:\p{L}{1,24}+[-/]?){1,4}+\d)(?!(?-i:\L<codes>|Rs|R)\.?\ ?\d)"
        r"(?:\p{L}{1,24}+[-/]?){1,4}+\d[\p{L}\d]*+(?:[-/.]\p{L}*\d[\p{L}\d]*+)*+"
        r"   # Covid-19, MH17, G7, F-16, H1N1",
    ),
    (
        "skip",
        "d",
        r"(?<![\w,.])\d++\p{L}*+\d[\p{L}\d]*+             # 4x4, 2FA3 (digits, letters, digits)",
    ),
    # --- dates and times (reported only with include_dates) ---------------------------------
    (
        "date",
        "d",
        r"(?<![\w,.])\d{1,2}(?:st|nd|rd|th)?(?:\ of)?\ (?=\p{Lu})(?-i:\L<months>)\b\.?(?:,?\ \d{4}\b)?   # 5 June 2025",
    ),
    (
        "date",
        "l",
        r"(?=\p{Lu})(?-i:\L<months>)\.?\ \d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)(?:,?\ \d{4}\b)?   # June 5, 2025",
    ),
    ("date", "l", r"(?=\p{Lu})(?-i:\L<months>)\.?,?\ \d{4}\b        # June 2025"),
    (
        "date",
        "l",
        r"(?=\p{Lu})(?-i:\L<weekdays>)\b\.?\ (?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d|\ ?%)   # Wednesday 4",
    ),
    ("date", "d", r"(?<![\w.])\d{4}-\d{2}-\d{2}\b                   # 2025-06-05"),
    ("date", "d", r"(?<![\w.])\d{1,2}\.\d{1,2}\.\d{4}\b             # 05.06.2025"),
    ("date", "l", r"(?<![\w.'’-])(?:mid|early|late)-?\d{2,4}s\b     # mid-2000s"),
    ("date", "d", r"(?<![\w.])(?:1[0-9]|20)\d0s\b                   # the 1990s"),
    ("date", "o", r"(?<![\w])['’]\d0s\b                             # the ’90s"),
    (
        "date",
        "d",
        r"(?<![\w.,])(?:1[89]|20)\d\d[-–/](?:\d\d|(?:1[89]|20)\d\d)(?![\w%]|[.,]?\d)   # 2012-13, 1939–45",
    ),
    ("time", "d", r"(?<![\w.,:])\d{1,2}(?:[:.]\d{2}){1,2}\ ?(?i:[ap]\.?m\b\.?)   # 9.30pm"),
    ("time", "d", r"(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])  # 04:20"),
    ("time", "d", r"(?<![\w.,:])\d{1,2}\ ?(?i:[ap]\.m\.|[ap]m\b)    # 1am, 1 a.m."),
    ("time", "d", r"(?<![\w.,:])[012]\d[0-5]\d\ ?(?-i:\L<zones>)\b  # 0900 GMT"),
    ("time", "d", r"(?<![\w.,:])\d{1,2}\ o[’']clock\b               # 5 o'clock"),
    # --- ``an hour`` (a number only when joined: ``an hour and a half``) ---------------------
    (
        "anunit",
        "l",
        r"(?=[aA])(?<![\w])an?\ (?P<anword>hour|minute|day|week|month|year|fortnight|decade)\b(?![-‑])",
    ),
    # --- ratios and fractions ----------------------------------------------------------------
    (
        "ratio",
        "dl",
        r"""(?=[\p{L}\d]{1,9}+\ (?:in|out)\ )(?<![\w.,])(?P<rnum>\d{1,3}|\L<card>)
        \ (?:in|out\ of)[ ]
        (?P<rden>\d{1,3}(?:,\d{3})*+|\L<card>|(?:a|one)\ (?:hundred|thousand|million))\b(?![.,]\d)
        # one in five, 3 out of 10""",
    ),
    (
        "frac",
        "l",
        r"(?=\p{L}{1,9}+[\ \-][hqtfsenHQTFSEN])(?<![\w-])(?P<fnum>\L<card>|a|an)[\ \-](?P<fden>\L<pfrac>|\L<sfrac>)\b(?!-)   # two-thirds, a third",
    ),
    (
        "frac",
        "l",
        r"(?=[hH])(?<![\w-])(?P<fhalf>half)\b(?![-‑]|\ an?\ (?:\L<scale>|dozen)\b)   # half (of)",
    ),
    (
        "frac",
        "d",
        r"(?<![\w.,/])(?P<fdig>\d{1,3})/(?P<fdigden>\d{1,3})(?![\d/])   # 1/3 (9/11 skipped above)",
    ),
    ("frac", "do", r"(?P<vulgar>(?<![\w])(?:\d++\ ?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])   # 2½"),
    # --- vague amounts ----------------------------------------------------------------------
    (
        "vague",
        "l",
        r"(?=[tdhsmbTDHSMB])(?<![\w-])(?:tens|hundreds|dozens|scores)\ of\ (?:thousands|millions|billions)\b   # tens of thousands",
    ),
    (
        "vague",
        "l",
        r"(?=[tdhsmbclTDHSMBCL])(?<![\w-])(?:dozens|hundreds|thousands|millions|billions|trillions|lakhs|crores)\b(?!-)   # hundreds, lakhs",
    ),
    ("vague", "l", r"(?=[tdhsmbTDHSMB])(?<![\w-])scores(?=\ of\b)   # scores of"),
    # --- numbers written with digits (optionally after a currency sign or code) -------------
    (
        "num",
        "dlo",
        rf"""(?=[\d$£€¥₹₴₽₩₦₺₪.−\-\p{{Lu}}kz])
        (?<![\w.,/−]|\p{{L}}[-‑])                               # not glued to a word (a range dash is fine)
        (?:(?<![\w.,\-−/])(?P<neg>[-−])(?=[$£€]?\d))?         # sign: -5, −5
        (?P<cur>(?-i:\L<signs>)|(?-i:\L<codes>)(?=\ ?\d)|(?-i:R)(?=\d))?\ ?
        (?P<digits>{_DIGITS})
        (?![\d])
        (?P<glued>[\p{{L}}°%‰]++(?:/[hs](?![\p{{L}}]))?)?        # 17th, 1am, 10km, 2.3bn, 23C, 12%, 195km/h
    """,
    ),
    # --- numbers written as words ------------------------------------------------------------
    (
        "words",
        "l",
        r"""(?<![\w-])
        (?:(?P<halfa>half\ an?|an?)\ (?=(?:\L<scale>|dozen)\b))?   # a hundred, half a million
        \L<numword>
        (?:(?:[\ \-]|\ and\ |\ point\ )\L<numword>)*+             # twenty-one, one hundred and five
        (?![\w])
    """,
    ),
)

_NAMED_LISTS: dict[str, Any] = {
    "named": _NAMED,
    "desig": _DESIGNATORS,
    "ldesig": _LOWER_DESIGNATORS,
    "ldesigw": sorted(data.LOWER_WORD_DESIGNATORS, key=len, reverse=True),
    "pdesig": sorted(data.PLURAL_DESIGNATORS, key=len, reverse=True),
    "meas": sorted(data.UNITS_OF_MEASURE, key=len, reverse=True),
    "months": _MONTHS_CAP,
    "weekdays": _WEEKDAYS_CAP,
    "zones": _ZONES,
    "card": sorted(_CARDINAL_WORDS, key=len, reverse=True),
    "pfrac": _PLURAL_FRACTIONS,
    "sfrac": _SINGULAR_FRACTIONS,
    "signs": _SIGN_PREFIXES,
    "codes": _CODE_PREFIXES,
    "scale": sorted(data.SCALES, key=len, reverse=True),
    "numword": _NUMBER_WORDS,
}
_GROUP_NAME_RE = regex.compile(r"\(\?P<(?P<name>\w++)>")


def _candidate_pattern(starts: str) -> regex.Pattern[str]:
    """The branches of ``_BRANCHES`` that can begin with a ``starts`` character, in order.

    Groups whose branches are left out are still defined, in a branch that never matches, so
    the reader can ask any match for any group.

    >>> _candidate_pattern("d").match("1,200 homes").group("digits")
    '1,200'
    >>> _candidate_pattern("d").match("1,200 homes").group("fhalf") is None
    True
    """
    alternatives: list[str] = []
    for group, first, source in _BRANCHES:
        if starts not in first:
            continue
        if alternatives and alternatives[-1].startswith(f"(?P<{group}>"):
            alternatives[-1] = alternatives[-1][: -len(")\n")] + f"\n  | {source}\n)\n"
        else:
            alternatives.append(f"(?P<{group}>\n    {source}\n)\n")
    pattern = "\n  | ".join(alternatives)
    every = dict.fromkeys(group for group, _, _ in _BRANCHES)  # ordered, no duplicates
    for _, _, source in _BRANCHES:
        every.update(dict.fromkeys(m.group("name") for m in _GROUP_NAME_RE.finditer(source)))
    present = {m.group("name") for m in _GROUP_NAME_RE.finditer(pattern)}
    missing = "".join(f"(?P<{name}>)" for name in every if name not in present)
    if missing:
        pattern += f"\n  | (?!){missing}   # never matches: defines the groups left out\n"
    return regex.compile(
        pattern, regex.VERBOSE | regex.IGNORECASE, ignore_unused=True, **_NAMED_LISTS
    )


# Candidates beginning with a digit, a letter (at a word start), or a sign or mark.
CANDIDATE_DIGIT_RE = _candidate_pattern("d")
CANDIDATE_LETTER_RE = _candidate_pattern("l")
CANDIDATE_OTHER_RE = _candidate_pattern("o")

# The next word after a position (look-ahead for plurals and idioms).
NEXT_WORD_RE = regex.compile(r"\ (?P<w>\p{L}++)", regex.VERBOSE)

# --------------------------------------------------------------------------- right context
_SCALE_WORDS = sorted(data.SCALES, key=len, reverse=True)
# A scale after digits: ``2.4 million``, ``£30m``, ``$2.3bn``, ``5 thousand``.
SCALE_TAIL_RE = regex.compile(
    r"""
    (?:\ (?P<word>\L<scale>)(?![\w-])                   # spaced word scale: 2.4 million
      |\ ?(?P<short>bn|mn|mln|trn|tn|(?-i:MM))(?![\w])   # short scale, glued or spaced: 2.3 bn
                                                        # (``MM`` upper-case only: ``5 mm`` is a length)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    scale=sorted({*data.SCALES, *data.PLURAL_SCALES}, key=len, reverse=True),
)
_MEASURE_WORDS = sorted(
    {k for k in data.UNITS_OF_MEASURE if k not in data.GLUED_ONLY_UNITS}, key=len, reverse=True
)
_DURATION_WORDS = sorted(data.DURATION_UNITS, key=len, reverse=True)
_PERCENT_WORDS = sorted(data.PERCENT_WORDS, key=len, reverse=True)
_CURRENCY_WORDS = sorted(data.CURRENCY_WORDS, key=len, reverse=True)
# What follows the number (and its scale): percent, currency name, time unit or unit of measure.
UNIT_TAIL_RE = regex.compile(
    r"""
    \ ?
    (?:
        (?P<percent>\L<pct>)(?![\w])                    # 43.6 per cent, 12%, 25 basis points
      | (?P<currency>\L<curw>)(?![\w])                  # 30,000 pounds, 5 cents
      | (?:(?:consecutive|straight|successive|full|whole)\ )?    # 58 consecutive days
        (?P<duration>\L<dur>)(?![\w])                   # 15 minutes, 3 hrs
      | (?P<measure>\L<meas>)(?![\w])                   # 10 km, 5 miles, 23 degrees
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    pct=_PERCENT_WORDS,
    curw=_CURRENCY_WORDS,
    dur=_DURATION_WORDS,
    meas=_MEASURE_WORDS,
)
# Hyphen compounds after a number: ``27-year-old``, ``48-hour``, ``200-strong``, ``second-largest``.
HYPHEN_TAIL_RE = regex.compile(
    r"""
    [-‑](?P<first>\p{L}++)(?:[-‑](?P<second>\p{L}++))?   # one or two hyphenated words
    """,
    regex.VERBOSE,
)
# A qualifier glued after the number: ``30-odd``, ``30-plus``, ``30+``.
PLUS_TAIL_RE = regex.compile(r"(?P<plus>\+)(?![\d])", regex.VERBOSE)
# ``and a half`` after a duration or a cardinal (``an hour and a half``, ``two and a half``).
AND_A_HALF_RE = regex.compile(r"\ and\ a\ half\b", regex.VERBOSE | regex.IGNORECASE)
# Up to four words after the number: the counted noun phrase is cut from these in Python.
NOUN_TAIL_RE = regex.compile(
    r"""
    (?P<partitive>\ of)?                                   # hundreds of people, two of the …
    (?P<det>\ (?:the|their|its|his|her|our|those|these|them|us|all|a|an|your|my))?
    (?P<words>(?:\ [\p{L}](?:[\p{L}'’]|-(?=\p{L}))*+){1,4})   # words joined by single spaces
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# After ``of the``: an owner and/or a number before the counted noun (``of the region's 1,100``).
PARTITIVE_INNER_RE = regex.compile(
    r"""
    (?:\ (?:the|their|its|his|her|our|those|these|your|my))?   # of the, of its
    (?P<poss>\ \p{L}[\p{L}\-]*+(?:['’]s|s['’]))?          # the agency's, the states'
    (?P<num>\ (?:\d++(?:[,.]\d++)*+|\L<card>)(?:\ (?:\L<scale>))?)?   # 138, three, 1.2 million
    (?=\ \p{L})
    """,
    regex.VERBOSE | regex.IGNORECASE,
    card=sorted(_CARDINAL_WORDS, key=len, reverse=True),
    scale=sorted(data.SCALES, key=len, reverse=True),
)
# A year inside a partitive (``95 per cent of their 2019 level``) is not a count.
YEAR_RE = regex.compile(r"\ (?:1[89]|20)\d\d", regex.VERBOSE)
# One word of the noun tail.
NOUN_WORD_RE = regex.compile(r"(?P<w>[\p{L}](?:[\p{L}'’]|-(?=\p{L}))*+)", regex.VERBOSE)

# --------------------------------------------------------------------------- left context
# Every ``*_BEFORE_RE`` ends in ``\Z`` and runs with ``(?r)`` (reverse): the search starts at the
# end of the left window, where the match must end, instead of trying every start position
# (~0.5 µs instead of ~3-4 µs per call, same matches).
_QUALIFIERS = sorted(set(data.QUALIFIERS), key=len, reverse=True)
# A qualifier just before the number: ``at least 17``, ``approximately one hour``.
QUALIFIER_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?P<q>\L<quals>)\ \Z", regex.VERBOSE | regex.IGNORECASE, quals=_QUALIFIERS
)
# Words before a four-digit number that make it a year (``in 2010``, ``since 1991``).
YEAR_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:\L<lead>)\ \Z|(?:\L<months>)\ \Z|[-–]\Z",
    regex.VERBOSE | regex.IGNORECASE,
    lead=sorted(data.YEAR_LEAD_WORDS, key=len, reverse=True),
    months=_MONTHS_CAP,
)
# ``$10-`` before ``15m``: the scale of a money range (``$10-15m``).
CURRENCY_RANGE_BEFORE_RE = regex.compile(r"(?r)[$£€][\d.,]++\ ?[-–]\ ?\Z", regex.VERBOSE)
# A range continues after a lone ``one`` (``one to two per cent``, ``one or two``).
RANGE_NEXT_RE = regex.compile(
    r"\ (?:to|or)\ (?:\d|two|three|four|five|six|seven|eight|nine|ten)\b",
    regex.VERBOSE | regex.IGNORECASE,
)
# Between the ages of a list (``ages 4 and 7``, ``aged 4, 6 and 9``).
AGE_LIST_GAP_RE = regex.compile(r"(?:,\ |\ and\ |,\ and\ )\Z", regex.VERBOSE)
# ``minus five``.
MINUS_BEFORE_RE = regex.compile(r"(?r)(?<![\w])minus\ \Z", regex.VERBOSE | regex.IGNORECASE)
# ``aged 34``, ``age 34``.
AGED_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:aged|age|ages)\ \Z", regex.VERBOSE | regex.IGNORECASE
)
# ``John Smith, 34,`` or ``Smith (34)``: a capitalised name then a comma or an opening bracket.
NAME_AGE_BEFORE_RE = regex.compile(r"(?r)\p{Lu}\p{Ll}++(?:,\ |\ \()\Z", regex.VERBOSE)
# ``81 years old``, ``six months of age``: after a duration, the words that make it an age.
AGE_OLD_TAIL_RE = regex.compile(r"\ (?:old|of\ age)(?![\w])", regex.VERBOSE | regex.IGNORECASE)
# ``By 16, he was …``: a comma and a subject pronoun after an age opening its sentence.
AGE_CLAUSE_AFTER_RE = regex.compile(
    r",\ (?:he|she|they|we|(?-i:I))\ ", regex.VERBOSE | regex.IGNORECASE
)
# ``half past eight``, ``quarter to nine``: the words of a clock time before its hour.
CLOCK_PHRASE_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:half\ past|quarter\ past|quarter\ to)\ \Z",
    regex.VERBOSE | regex.IGNORECASE,
)
# Words that make a following ``one`` an idiom (``no one``, ``the one``).
ONE_IDIOM_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:no|any|every|each|some|the|this|that|which|little|loved|only|last|big)\ \Z",
    regex.VERBOSE | regex.IGNORECASE,
)
# ``at first``, ``in the first place`` … idioms before an ordinal word.
ORDINAL_IDIOM_BEFORE_RE = regex.compile(r"(?r)(?<![\w])at\ \Z", regex.VERBOSE | regex.IGNORECASE)
# The definite article before a digit ordinal (``on the 5th``: a date when no noun follows).
THE_BEFORE_RE = regex.compile(r"(?r)(?<![\w])the\ \Z", regex.VERBOSE | regex.IGNORECASE)
# ``between`` or ``from`` opening a range.
BETWEEN_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?P<w>between|from)\ \Z", regex.VERBOSE | regex.IGNORECASE
)
# A change verb governing ``from X to Y`` in the same clause (then it is two numbers).
CHANGE_BEFORE_RE = regex.compile(
    r"(?<![\w])(?:\L<verbs>)(?![\w])[^.;:!?]*+\Z",
    regex.VERBOSE | regex.IGNORECASE,
    verbs=sorted(data.CHANGE_VERBS, key=len, reverse=True),
)
# Result words around a hyphenated pair (``won 3-1``, ``a 5-4 ruling``).
SCORE_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:\L<w>)(?:\ (?:a|an|the|by|of|with))?\ \Z",
    regex.VERBOSE | regex.IGNORECASE,
    w=sorted(data.SCORE_LEAD_WORDS, key=len, reverse=True),
)
SCORE_AFTER_RE = regex.compile(
    r"\ (?:\L<w>)\b", regex.VERBOSE | regex.IGNORECASE, w=sorted(data.SCORE_TAIL_WORDS)
)
# ``called 911`` and ``911 dispatcher``.
EMERGENCY_BEFORE_RE = regex.compile(
    r"(?r)(?<![\w])(?:\L<w>)\ \Z", regex.VERBOSE | regex.IGNORECASE, w=data.EMERGENCY_LEAD_WORDS
)
EMERGENCY_AFTER_RE = regex.compile(
    r"\ (?:\L<w>)\b", regex.VERBOSE | regex.IGNORECASE, w=data.EMERGENCY_TAIL_WORDS
)
# What may sit between two parts of a range or a compound duration.
RANGE_GAP_RE = regex.compile(
    r"""
    \A(?:
        \ ?(?P<dash>[-–—])\ ?                   # 10-15, 10 – 15
      | \ (?P<to>to|and|or)\ (?:about\ |around\ )?   # 10 to 15, between 10 and 15, 10 or 11
      | (?P<plain>\ |,\ |\ and\ )               # 2 hrs 15 mins, one hour and 15 minutes
    )\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LONGEST_GAP = len(" and around ")  # the longest text ``RANGE_GAP_RE`` accepts
# Years at the start of a span (``2012-13``, ``1939–45``, ``2019/20``).
YEAR_SPAN_RE = regex.compile(r"[-–/](?P<end>\d{2}|\d{4})(?![\d\w])", regex.VERBOSE)

_LEFT_WINDOW = 60
# Cheap necessary conditions for the ``*_BEFORE_RE`` patterns: what the folded left window must
# end with for the pattern to match (``str.endswith`` in C, ~0.1 µs, against ~0.5-1 µs for the
# reverse search). The pattern still decides whenever the gate opens.
_QUALIFIER_TAILS = tuple(f"{q.casefold()} " for q in data.QUALIFIERS)
_AGED_TAILS = ("aged ", "age ", "ages ")
_NAME_AGE_TAILS = (", ", " (")
_ONE_IDIOM_TAILS = tuple(
    f"{w} " for w in "no any every each some the this that which little loved only last big".split()
)
_BETWEEN_TAILS = ("between ", "from ")
_BACK = 40
_AHEAD = 400  # room for spelled-out numbers (``two hundred thirty-four quintillion …``)

# Where ``CANDIDATE_RE`` can begin (its leading look-ahead as a one-character match).
START_RE = regex.compile(
    r"""
    (?P<d>\d)                                       # a digit
  | (?P<l>(?<![\w])\p{L})                          # the first letter of a word
  | (?P<o>[$£€¥₹₴₽₩₦₺₪+.'’½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞−-])      # signs, marks that open a number
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words right before a trigger where a candidate can begin (``Prop 19``, ``June 5``, ``USD 200``,
# ``a dozen``, ``an hour``, ``FTSE 100``, ``League Two``); elsewhere only the trigger's own token
# is tried, which saves a failed match of the letter patterns before most numbers.
_OPENERS = frozenset(
    w.casefold()
    for w in (
        *data.DESIGNATORS,
        *data.LOWER_DESIGNATORS,
        *data.LOWER_WORD_DESIGNATORS,
        *data.MONTHS,
        *data.WEEKDAYS,
        *(phrase.split()[0] for phrase in data.NAMED_NUMBERS),  # the named branch opens there
        *(c for c in data.CURRENCY_PREFIXES if c[:1].isalpha()),
        *scan.TRIGGER_WORDS,
        "a",
        "an",
        "half",
    )
)


@dataclass(slots=True)
class _Cand:
    """A candidate number inside one paragraph (offsets relative to the paragraph)."""

    start: int
    end: int  # end of the number (and unit), before the counted noun
    value: int | float | None
    kind: str
    unit: str | None = None
    counts: str | None = None
    qualifier: str | None = None
    high: int | float | None = None
    noun_end: int = -1  # end of the counted noun, when one is attached
    scale: int = 1  # multiplier as written (for ranges: ``$10-15m``)
    factor: int | Decimal = 1  # unit factor: seconds per hour, ``_CENT`` for cents
    scale_half: bool = False  # ``two hours and a half``
    joined: bool = False  # already the sum of two durations
    latent: bool = False  # ``an hour``: only kept when joined (``an hour and a half``)
    is_word: bool = False  # written with words (``one`` needs a noun to count)
    year_like: bool = False  # four digits 1800–2099 without separators
    digits_only: bool = False  # a bare digit run (score / range member)
    ordinal_word: bool = False
    bare_int: bool = False  # written as a plain digit run (``1079``, not ``1,079`` or ``3.5``)
    cents_in: str = "USD"  # the currency a ``c``/``cent`` amount is in (the paragraph's last)

    @property
    def span_end(self) -> int:
        return max(self.end, self.noun_end)


def _num(value: Decimal | int) -> int | float:
    """``Decimal`` → ``int`` when integral, else ``float`` (an ``int`` stays as it is)."""
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_CENT = Decimal("0.01")  # the factor of a minor unit (cents, pence)
# Products below 2**90 have at most 28 digits: ``Decimal`` (28-digit context) computes them
# exactly, so integer arithmetic gives the same value.
_EXACT_BITS = 90


def _factor(factor: float) -> int | Decimal:
    """A unit factor from the word tables (``1``, ``0.01``) as ``_Cand.factor`` holds it."""
    return int(factor) if factor == int(factor) else Decimal(str(factor))


def _times(value: int | Decimal, scale: int, factor: int | Decimal) -> int | float:
    """``value`` × ``scale`` × ``factor`` as ``_num`` gives it for the ``Decimal`` product: on
    integers when all three are and the product has at most 28 digits.

    >>> _times(3, 1000, 3600), _times(Decimal("2.5"), 1, 60), _times(45, 1, _CENT)
    (10800000, 150, 0.45)
    """
    if isinstance(value, int) and isinstance(factor, int):
        product = value * scale * factor
        if product.bit_length() <= _EXACT_BITS:
            return product
    return _num(Decimal(value) * scale * factor)


def _coefficient(raw: str) -> tuple[int, int] | None:
    """The digits ``raw`` (``1,200``, ``12 500``, ``3.5``, ``.08``) as a coefficient and a number of
    decimal places; None when unreadable.

    >>> _coefficient("1,200"), _coefficient("3.05"), _coefficient(".08")
    ((1200, 0), (305, 2), (8, 2))
    """
    cleaned = raw.replace(",", "")
    if " " in cleaned or not cleaned.isascii():
        for space in (" ", "\u00a0", "\u202f", "\u2009"):
            cleaned = cleaned.replace(space, "")
    whole, _, places = cleaned.partition(".")
    try:
        return int(whole + places), len(places)
    except ValueError:
        return None


def _scaled(
    raw: str, coefficient: int, places: int, scale: int, factor: int | Decimal, negative: bool
) -> int | float:
    """``raw`` (read as ``coefficient`` and ``places``) times ``scale`` and ``factor``, signed: an
    ``int`` when whole, else the nearest float — the value ``_num`` gives for the ``Decimal``
    product, computed on integers; a product too long for that is left to ``Decimal``.

    >>> _scaled("3.5", 35, 1, 10**6, 1, False), _scaled("45", 45, 0, 1, _CENT, True)
    (3500000, -0.45)
    """
    if isinstance(factor, int):
        times, per = scale * factor, 1
    elif factor == _CENT:
        times, per = scale, 100
    else:
        times, per = 0, 0  # no such factor in the tables: let Decimal decide
    product = coefficient * times
    if per == 0 or product.bit_length() > _EXACT_BITS:
        base = _parse_digits(raw) or Decimal(0)
        return _num((-base if negative else base) * scale * factor)
    if negative:
        product = -product
    den: int = per * 10**places
    if product % den == 0:
        return product // den
    return product / den


def _parse_digits(raw: str) -> Decimal | None:
    """``1,200`` / ``12 500`` / ``3.5`` / ``.08`` → Decimal (None when unreadable)."""
    cleaned = raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    cleaned = cleaned.replace(" ", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _combine_words(
    words: list[tuple[str, int, int]],
) -> list[tuple[int, int, int | Decimal, bool]]:
    """Split a run of number words into well-formed numbers.

    Returns ``(first_token, last_token, value, is_ordinal)`` for each number, greedily: a token that
    cannot extend the current number (``sixty fifteen``, ``one two``) starts the next one.
    """
    out: list[tuple[int, int, int | Decimal, bool]] = []
    i = 0
    n = len(words)
    while i < n:
        total = 0
        current = 0
        last = ""  # unit | teen | ten | hundred | scale | and | point
        last_scale = 10**30
        start = i
        j = i
        ordinal = False
        decimals = ""
        while j < n:
            word = words[j][0].casefold()
            if word == "and":
                if last in ("hundred", "scale") and j + 1 < n:
                    nxt = words[j + 1][0].casefold()
                    if nxt in _CARDINAL_WORDS:
                        last = "and"
                        j += 1
                        continue
                break
            if word == "point":
                if last in ("unit", "teen", "ten", "hundred", "scale") and j + 1 < n:
                    k = j + 1
                    digits = ""
                    while k < n and data.UNITS.get(words[k][0].casefold(), 99) <= 9:
                        digits += str(data.UNITS[words[k][0].casefold()])
                        k += 1
                    if digits:
                        decimals = digits
                        j = k
                        last = "point"
                break
            if last == "point":
                break
            if word in data.UNITS or word in data.TENS:
                val = _CARDINAL_WORDS[word]
                kind = "ten" if word in data.TENS else ("unit" if val < 10 else "teen")
                fits_after_ten = last == "ten" and kind == "unit" and current % 10 == 0
                if not (last in ("", "hundred", "scale", "and") or fits_after_ten):
                    break
                current += val
                last = kind
                j += 1
                continue
            if word in data.ORDINALS:
                val = data.ORDINALS[word]
                if val >= 100:
                    if last in ("unit", "teen", "ten", "") and (current or last == ""):
                        current = (current or 1) * val
                    else:
                        break
                elif last in ("", "hundred", "scale", "and") or (
                    last == "ten" and val < 10 and current % 10 == 0
                ):
                    current += val
                else:
                    break
                ordinal = True
                j += 1
                break
            if word == "hundred":
                if last in ("unit", "teen", "ten") and 0 < current % 1000 < 100 and current < 100:
                    current *= 100
                elif last in ("", "and") and current == 0:
                    current = 100
                elif last in ("unit", "teen", "ten") and current >= 100:
                    break
                else:
                    break
                last = "hundred"
                j += 1
                continue
            if word in data.SCALES or word in data.COUNT_NOUNS:
                scale = data.SCALES.get(word) or data.COUNT_NOUNS[word]
                if scale >= last_scale:
                    break
                if last in ("", "and"):
                    current = current or 1
                total += current * scale
                current = 0
                last_scale = scale
                last = "scale"
                j += 1
                continue
            break
        if j == start:  # a lone connector or an unusable word: skip it
            i += 1
            continue
        last_token = j - 1
        while last_token > start and words[last_token][0].casefold() in ("and", "point"):
            last_token -= 1
        value: int | Decimal = total + current  # exact; ``Decimal`` only for decimals
        if decimals:
            value = Decimal(value) + Decimal("0." + decimals)
        out.append((start, last_token, value, ordinal))
        i = j
    return out


_COMPARATIVES = frozenset(data.COMPARATIVES)
# The determiners of ``NOUN_TAIL_RE`` (``half the street``, ``two of their homes``).
_DETERMINERS = frozenset("the their its his her our those these them us all a an your my".split())
# What ``UNIT_TAIL_RE`` can match, by its first three characters (case-folded; shorter units
# whole): after a number, text that opens with none of them has no unit, without a regex call.
_UNIT_STRINGS = frozenset(
    w.casefold()
    for w in (
        *data.PERCENT_WORDS,
        *data.CURRENCY_WORDS,
        *data.DURATION_UNITS,
        *data.UNITS_OF_MEASURE,
        "consecutive",
        "straight",
        "successive",
        "full",
        "whole",
    )
)
_UNIT_HEAD3 = frozenset(w[:3] for w in _UNIT_STRINGS if len(w) >= 3)
_UNIT_SHORT = frozenset(w for w in _UNIT_STRINGS if len(w) < 3)
# The first words of the units: a unit that is a word (or opens with one) must be the whole
# letter run after the number, since ``UNIT_TAIL_RE`` wants no word character after it.
_UNIT_FIRST_WORDS = frozenset(w.split(" ")[0] for w in _UNIT_STRINGS)
# Closing punctuation after a word (none is a word character).
_WORD_CLOSERS = ".,;:!?)]}'\"’”"


def _word_after(low: str, pos: int) -> str:
    """The word after ``pos`` (past one space), without closing punctuation, in the folded text
    (``_fold``): a letter run there means a whole word, which a word pattern must match whole.

    >>> _word_after("17 people, said", 2), _word_after("5%", 1)
    ('people', '%')
    """
    if low[pos : pos + 1] == " ":
        pos += 1
    return low[pos : pos + 24].split(" ", 1)[0].rstrip(_WORD_CLOSERS)


def _may_open_unit(text: str, low: str, pos: int, word: str | None = None) -> bool:
    """Whether a unit (or a glued ``+``) may follow a number ending at ``pos`` (``low``: the text
    folded by ``_fold``): the unit's first three letters must follow (``%``, ``m²`` whole), and a
    unit that is a word must be the whole word there.

    >>> _may_open_unit("5 per cent", "5 per cent", 1), _may_open_unit("5 people", "5 people", 1)
    (True, False)
    """
    if text[pos : pos + 1] == "+":
        return True
    if word is None:
        word = _word_after(low, pos)
    if text[pos : pos + 1] == " ":
        pos += 1
    if word.isalpha() and word not in _UNIT_FIRST_WORDS:
        return False  # a letter run then a non-word character: no unit unless it is one
    head = text[pos : pos + 3].casefold()
    return head in _UNIT_HEAD3 or head[:2] in _UNIT_SHORT or head[:1] in _UNIT_SHORT


_SCALE_FIRST = frozenset(w[0] for w in (*data.SCALES, *data.PLURAL_SCALES, "bn", "mn", "tn", "m"))
# Every word ``SCALE_TAIL_RE`` can match, folded: a whole word after the number must be one.
_SCALE_TAIL_WORDS = frozenset(
    w.casefold() for w in (*data.SCALES, *data.PLURAL_SCALES, "bn", "mn", "mln", "trn", "tn", "mm")
)
# After a span of time, these make it a time phrase, not part of a counted noun (``days before``).
_TIME_ADVERBS = frozenset("before after ago later earlier since into early late".split())
# Comparatives of amount or position, never adjectives of the noun (``2 fewer minutes``).
_QUANTITY_COMPARATIVES = frozenset("fewer short clear behind ahead up down".split())
# Words before ``a quarter`` that make it a period (``once a quarter``, ``in a quarter``).
_PERIOD_LEADS = frozenset("once twice times per each every in from".split())


def _is_plural(word: str) -> bool:
    """A plural-looking noun (``drones``, ``people``) — the heuristic, not a dictionary."""
    low = word.casefold()
    if low in data.IRREGULAR_PLURALS:
        return True
    long_enough = len(low) > 3 or (len(word) > 2 and word[:-1].isupper())  # ``MPs``, ``CEOs``
    return long_enough and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


# A first word that may open ``NOUN_TAIL_RE``'s partitive or determiner group (then the pattern
# reads the tail; elsewhere ``_noun_words`` does).
_OF_OR_DETERMINER = ("of ", *(f"{d} " for d in sorted(_DETERMINERS)))
# Words that end a noun phrase wherever they come: stop words, number words, scales.
_NOUN_BREAKS = frozenset({*data.NOUN_STOP_WORDS, *_CARDINAL_WORDS, *data.SCALES})
_NOUN_WINDOW = 160  # characters read for the four words of a noun tail


def _noun_words(text: str, pos: int) -> list[tuple[str, int, int]] | None:
    """The words ``NOUN_TAIL_RE``'s ``words`` group takes at ``pos`` when neither ``of`` nor a
    determiner opens the tail: up to four words, each after one space, the last one cut where a
    character that cannot go on a word comes. None when a piece may be cut by the window.

    >>> _noun_words("17 people's homes, said", 2)
    [("people's", 3, 11), ('homes', 12, 17)]
    """
    pieces = text[pos + 1 : pos + 1 + _NOUN_WINDOW].split(" ", 4)
    if len(pieces) < 5 and pos + 1 + _NOUN_WINDOW < len(text):
        return None
    tokens: list[tuple[str, int, int]] = []
    s = pos + 1
    for piece in pieces[:4]:
        if piece.isascii() and piece.isalpha():  # a whole word: letters only
            tokens.append((piece, s, s + len(piece)))
            s += len(piece) + 1
            continue
        m = NOUN_WORD_RE.match(piece)  # ``people's``, ``well-known``, ``homes,``
        if m is None:
            break
        word = m.group()
        tokens.append((word, s, s + len(word)))
        if len(word) < len(piece):
            break
        s += len(word) + 1
    return tokens


def _noun_after(
    text: str, low: str, pos: int, value: int | float | None, kind: str
) -> tuple[str | None, int]:
    """The counted noun phrase starting at ``pos`` and where it ends (``pos`` when none).

    ``low`` is ``text`` folded (``_fold``).

    >>> t = "At least 17 people were hurt"
    >>> _noun_after(t, t.lower(), 11, 17, "cardinal"), _noun_after(t, t.lower(), 18, 17, "cardinal")
    (('people', 18), (None, 18))
    """
    if kind in ("duration", "date", "time", "year"):
        return None, pos  # ``83 minutes gone``: durations count nothing unless hyphenated
    # Cheap exits before the regex: a noun phrase starts with a space and a letter, and not
    # with a stop word (save ``of``, and a determiner after a fraction: ``half the street``).
    if text[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].isalpha():
        return None, pos
    space = text.find(" ", pos + 1, pos + 24)
    first = text[pos + 1 : space if space > 0 else pos + 24].casefold()
    if (
        first in data.NOUN_STOP_WORDS
        and first != "of"
        and not (kind == "fraction" and first in _DETERMINERS)
    ):
        return None, pos
    tokens = None if low.startswith(_OF_OR_DETERMINER, pos + 1) else _noun_words(text, pos)
    partitive = False
    det = False
    if tokens is None:
        m = NOUN_TAIL_RE.match(text, pos)
        if m is None:
            return None, pos
        partitive = m.group("partitive") is not None
        det = m.group("det") is not None
        if det and not partitive and kind != "fraction":
            return None, pos  # ``two the`` never happens; ``half the street`` does
        if partitive:
            inner = PARTITIVE_INNER_RE.match(text, m.end("partitive"))
            year = inner is not None and YEAR_RE.fullmatch(inner.group("num") or "") is not None
            if inner is not None and (inner.group("poss") or inner.group("num")) and not year:
                # ``17 of the agency's 138 critical systems``: the noun after the owner and its
                # number is what is counted; the span stops before that number (it has a record
                # of its own), after the owner: ``17 of the agency's``.
                noun, noun_end = _noun_after(text, low, inner.end(), None, "cardinal")
                if noun is None:
                    return None, pos
                if inner.group("num"):
                    stop = inner.end("poss") if inner.group("poss") else m.start()
                    return noun, max(stop, pos)
                return noun, noun_end
        # The words group is `` word`` repeated: its words are its space-separated pieces.
        tokens = []
        s = m.start("words") + 1
        for word in m.group("words")[1:].split(" "):
            tokens.append((word, s, s + len(word)))
            s += len(word) + 1
    kept = tokens[: _noun_length(tokens, value, kind)]
    return _noun_phrase(text, pos, kept, value, kind, partitive, det)


_IRREGULAR_PAST = frozenset({*data.PAST_VERBS, *data.IRREGULAR_PARTICIPLES})
# Kinds that carry a unit and count the noun phrase after it (``£14.95 Sunday roast``, ``a 6.4
# per cent tax increase``): a singular compound of up to three words, not its first word only.
_UNIT_KINDS = frozenset("money percent distance weight area volume speed energy power".split())


def _noun_length(tokens: list[tuple[str, int, int]], value: int | float | None, kind: str) -> int:
    """How many of ``tokens`` (the words after a number) the noun phrase may take: it stops at a
    stop word, a number word, a verb, a time phrase, a name after a noun (each check is pure, so
    their order is free: the cheap set look-ups come first)."""
    singular = value == 1 or kind in ("ordinal", "age", "compound")
    n = len(tokens)
    k = 0
    for i in range(n):
        word = tokens[i][0]
        low = word.casefold()
        if low in _NOUN_BREAKS:
            if not (k and low in data.COMPOUND_TAIL_NOUNS and not _is_plural(tokens[k - 1][0])):
                break
            # ``pay rise``, ``rate cut``: a compound noun, not a verb after a singular noun
            k += 1
            break
        if "-" in word:
            head = low.split("-")[0]
            if head in data.NOUN_STOP_WORDS and head not in data.HYPHEN_ADJECTIVE_HEADS:
                break
        nxt = tokens[i + 1][0] if i + 1 < n else ""
        if low in _COMPARATIVES and (
            k
            or low in _QUANTITY_COMPARATIVES
            or not _is_plural(nxt)
            or nxt.casefold() in data.NOUN_STOP_WORDS
        ):
            break  # ``40 per cent smaller``; but ``60,000 older cars`` counts older cars
        if k:
            if len(low) > 4 and low.endswith(("ed", "ly")):
                break  # participles and adverbs end a noun phrase (``buildings damaged``)
            if low in _IRREGULAR_PAST:
                break  # ``steel truss span built in 1958``
            prev = tokens[k - 1][0]
            if low in data.DURATION_UNITS and nxt.casefold() in _TIME_ADVERBS:
                break  # ``wheat days before harvest``
            if (
                low in data.DURATION_UNITS or (len(low) > 5 and low.endswith("ing"))
            ) and _is_plural(prev):
                break  # ``crops weeks before``, ``accidents involving tank cars``
            capital = word[0].isupper()
            if singular and capital and not prev[0].isupper():
                break  # ``21-year-old striker Leo Barros``: the name is not the noun
            # An ordinal ranks one noun (``17th floor``), a name (``3rd Assault Brigade``) or an
            # adjective + noun (``second league appearance``, ``annual loss``); never a verb in -s.
            name_goes_on = capital and prev[0].isupper()
            if kind == "ordinal" and not name_goes_on and (k > 1 or low.endswith("s")):
                break
        k += 1
    return k


def _noun_phrase(
    text: str,
    pos: int,
    kept: list[tuple[str, int, int]],
    value: int | float | None,
    kind: str,
    partitive: bool,
    det: bool,
) -> tuple[str | None, int]:
    """The noun phrase ``kept`` trimmed to what a number of ``kind`` counts: a verb is no noun
    (``thousands marched``), a plural ends it (``17 people``), a singular count stops before one.
    ``(None, pos)`` when nothing is left.
    """
    first = kept[0][0].casefold() if kept else ""
    if (
        len(kept) == 1
        and kind in _UNIT_KINDS
        and len(first) > 5
        and first.endswith("ing")
        and text[kept[0][2] + 1 : kept[0][2] + 8].casefold().split(" ", 1)[0]
        in data.VERB_OBJECT_DETERMINERS
    ):
        return None, pos  # ``98 per cent backing the walkout``: a verb and its object
    if first.endswith(("ed", "ly")) and kind != "ordinal" and len(first) > 4 and not partitive:
        plural_after = any(_is_plural(t[0]) for t in kept[1:])
        if len(kept) == 1 or value == 1 or not plural_after:
            kept = []  # ``thousands marched``, ``one rated``: a verb, not a noun
    if kept and kind == "ordinal" and first.endswith(("est", "most")):
        kept = kept[1:2] if len(kept) > 1 else []
    if not kept:
        return None, pos
    singular = value == 1 or kind in ("ordinal", "age", "compound")
    if kind == "fraction" and det:
        kept = kept[:2]  # ``half the car park``, ``half the sports hall``: a share of one thing
    elif not singular:
        if len(kept) == 1:
            plural_at = 0 if _is_plural(kept[0][0]) else -1
        else:
            plural_at = max((i for i, t in enumerate(kept) if _is_plural(t[0])), default=-1)
        if plural_at >= 0:
            kept = kept[: plural_at + 1]
        elif kind in ("cardinal", "vague", "fraction", "range", "age"):
            kept = kept[:2] if partitive else kept[:1]
        elif kind in _UNIT_KINDS:
            # a compound noun, up to a name after a lower-case word (``$5m deal Smith signed``)
            cut = next(
                (
                    i
                    for i, t in enumerate(kept[:3])
                    if i and t[0][0].isupper() and kept[i - 1][0][0].islower()
                ),
                min(len(kept), 3),
            )
            kept = kept[:cut]
        else:
            kept = kept[:1]
    else:
        cut = next((i for i, t in enumerate(kept) if i and _is_plural(t[0])), len(kept))
        kept = kept[:cut]
    if partitive and kind == "cardinal" and not kept:
        return None, pos
    return text[kept[0][1] : kept[-1][2]], kept[-1][2]


class _Reader:
    """Reads one paragraph's candidate matches into ``_Cand`` objects (values, kinds, units)."""

    def __init__(self, text: str, include_dates: bool) -> None:
        self.text = text
        #: ``text`` folded (``_fold``) once: the gates before the left-context patterns read it.
        self.low = _fold(text)
        self.include_dates = include_dates
        #: Further numbers found in one run of words (``one two three``), read after the first.
        self.extra_words: list[tuple[int, int, int | Decimal, bool]] = []
        #: The last dollar-like currency named in the paragraph: what ``3c`` or ``45 cents`` is in.
        self.cents_in = "USD"

    def left(self, pos: int) -> str:
        """The text just before ``pos`` (a bounded window, so look-behinds stay cheap)."""
        return self.text[pos - _LEFT_WINDOW if pos > _LEFT_WINDOW else 0 : pos]

    def ends_before(self, pos: int, tails: str | tuple[str, ...]) -> bool:
        """Whether the folded left window of ``pos`` ends with ``tails`` (a gate: see
        ``_QUALIFIER_TAILS``)."""
        return self.low.endswith(tails, pos - _LEFT_WINDOW if pos > _LEFT_WINDOW else 0, pos)

    def and_a_half(self, pos: int) -> regex.Match[str] | None:
        """``AND_A_HALF_RE`` at ``pos``, tried only where the folded text has the words."""
        if not self.low.startswith(" and a half", pos):
            return None
        return AND_A_HALF_RE.match(self.text, pos)

    def dispatch(self, m: regex.Match[str]) -> _Cand | None:
        """One candidate match → a candidate number, or None for non-numbers."""
        group = m.lastgroup
        if group in ("date", "time"):
            return _Cand(m.start(), m.end(), None, group) if self.include_dates else None
        if group == "anunit":
            return self._an_unit(m)
        if group == "ratio":
            return self._ratio(m)
        if group == "frac":
            return self._fraction(m)
        if group == "vague":
            return _Cand(m.start(), m.end(), None, "vague")
        if group == "num":
            return self._digits(m)
        if group == "words":
            return self._words(m)
        return None  # skip, slash

    # ------------------------------------------------------------------ shapes
    def _an_unit(self, m: regex.Match[str]) -> _Cand | None:
        """``an hour``: kept only as ``an hour and a half`` or joined (``an hour and 15 minutes``)."""
        unit, secs = data.DURATION_UNITS[m.group("anword").casefold()]
        cand = _Cand(m.start(), m.end(), secs, "duration", unit=unit, latent=True)
        cand.factor = secs
        half = self.and_a_half(m.end())
        if half is not None:
            cand.value = _num(Decimal(secs) * Decimal("1.5"))
            cand.end = half.end()
            cand.latent = False
        return cand

    def _ratio(self, m: regex.Match[str]) -> _Cand | None:
        num = _small_value(m.group("rnum"))
        den = _small_value(m.group("rden"))
        if num is None or not den or num >= den:
            return None
        return _Cand(m.start(), m.end(), _num(Decimal(num) / Decimal(den)), "fraction")

    def _fraction(self, m: regex.Match[str]) -> _Cand | None:
        text = self.text
        after = text[m.end() : m.end() + 4].casefold()
        if m.group("fhalf"):
            return self._half(m)
        if m.group("fdig"):
            num, den = int(m.group("fdig")), int(m.group("fdigden"))
            if den == 0 or num >= den or den > 100:
                return None
            return _Cand(m.start(), m.end(), _num(Decimal(num) / Decimal(den)), "fraction")
        if m.group("vulgar"):
            raw = m.group("vulgar")
            whole = _parse_digits(raw[:-1].strip()) if len(raw) > 1 else Decimal(0)
            value = float(whole or 0) + data.VULGAR_FRACTIONS[raw[-1]]
            return _Cand(m.start(), m.end(), round(value, 6), "fraction")
        fnum = m.group("fnum").casefold()
        fden = m.group("fden").casefold()
        den = data.FRACTION_WORDS[fden]
        num = 1 if fnum in ("a", "an") else _CARDINAL_WORDS[fnum]
        plural = fden.endswith("s")
        # ``a third of``, and ``cut by a third`` (a share of a change).
        has_of = after.startswith(" of") or self.left(m.start()).casefold().endswith("by ")
        if fden == "half":
            if fnum in ("a", "an") and not has_of:
                return None  # ``and a half`` belongs to the number before it
            if fnum not in ("a", "an", "one"):
                return None
        elif not plural and not has_of:
            nxt = NEXT_WORD_RE.match(text, m.end())
            word = nxt.group("w").casefold() if nxt else ""
            noun_next = bool(word) and word not in data.NOUN_STOP_WORDS
            if fden in data.ORDINALS and noun_next:  # ``a third term``: an ordinal after all
                start = m.start("fden")
                cand = _Cand(start, m.end(), data.ORDINALS[fden], "ordinal", is_word=True)
                cand.ordinal_word = True
                return cand
            before = self.left(m.start()).casefold().split()[-1:]
            if word in data.QUARTER_PERIOD_TAILS or (before and before[0] in _PERIOD_LEADS):
                return None  # ``a quarter earlier``, ``twice a quarter``: a period of time
            # ``fell by roughly a quarter``, ``a third, say officials``: a share, no ``of``.
        if plural and num == 1:
            return None
        if num >= den:
            return None
        return _Cand(m.start(), m.end(), _num(Decimal(num) / Decimal(den)), "fraction")

    def _half(self, m: regex.Match[str]) -> _Cand | None:
        """``half of``, ``half the`` (a fraction) and ``half an hour`` (a duration)."""
        text = self.text
        nxt = NEXT_WORD_RE.match(text, m.end())
        word = nxt.group("w").casefold() if nxt else ""
        if word in ("an", "a"):
            d = UNIT_TAIL_RE.match(text, nxt.end() if nxt else m.end())
            if d is not None and d.group("duration"):
                unit, secs = data.DURATION_UNITS[d.group("duration").casefold()]
                return _Cand(m.start(), d.end(), _num(Decimal(secs) / 2), "duration", unit=unit)
        if word in ("of", "the", "its", "their", "his", "her", "our", "all", "a", "an", "them"):
            left = self.left(m.start()).casefold()
            if left.endswith(("second ", "first ", "other ", "a ", "and ")):
                return None  # ``the second half of``, ``and a half``
            return _Cand(m.start(), m.end(), 0.5, "fraction")
        return None

    def plain(self, trigger: scan.Trigger) -> _Cand | None:
        """A trigger that is a candidate as it stands (``_plain_digits``, ``_plain_word``)."""
        t, e, kind = trigger
        if kind == "d":
            return self.digits_at(t, e, self.text[t:e], None, False, None, e)
        return self.words_at(t, self.text[t:e], None)

    def _digits(self, m: regex.Match[str]) -> _Cand | None:
        """Digits with an optional sign, currency, glued suffix, scale and unit."""
        raw_digits, cur, neg_sign, glued = m.group("digits", "cur", "neg", "glued")
        glued_end = m.end("glued") if glued else -1
        return self.digits_at(
            m.start(), m.end("digits"), raw_digits, cur, bool(neg_sign), glued, glued_end
        )

    def digits_at(
        self,
        start: int,
        end: int,
        raw_digits: str,
        cur: str | None,
        neg: bool,
        glued: str | None,
        glued_end: int,
    ) -> _Cand | None:
        """The number whose digits ``raw_digits`` end at ``end`` (``start``: its sign or currency;
        ``glued``: letters glued after it, up to ``glued_end``)."""
        read = _coefficient(raw_digits)
        if read is None:
            return None
        cand = _Cand(start, end, None, "cardinal", cents_in=self.cents_in)
        cand.bare_int = raw_digits.isdigit() and not cur
        if self.ends_before(cand.start, "minus ") and MINUS_BEFORE_RE.search(self.left(cand.start)):
            neg = True
            cand.start -= len("minus ")
        cand.year_like = (
            not cur
            and not neg
            and len(raw_digits) == 4
            and raw_digits.isdigit()
            and 1800 <= int(raw_digits) <= 2199
        )
        cand.digits_only = not cur and not neg
        if cur:
            cand.kind = "money"
            cand.unit = data.CURRENCY_PREFIXES.get(cur) or data.CURRENCY_PREFIXES[cur.upper()]
            if cand.unit in data.CENT_CURRENCIES:
                self.cents_in = cand.unit
        if glued:
            cand.end = glued_end
            if not self._glued(cand, glued):
                return None
        else:
            word = _word_after(self.low, end)  # ``people`` in ``17 people``: no scale, no unit
            if not word.isalpha() or word in _SCALE_TAIL_WORDS:
                self._scale_tail(cand)
                if cand.end != end:
                    word = _word_after(self.low, cand.end)
            self._unit_tail(cand, word)
        if cand.kind != "cardinal" or cand.scale != 1 or cand.unit is not None:
            cand.digits_only = False
        cand.value = _scaled(raw_digits, *read, cand.scale, cand.factor, neg)
        return self._classify(cand, raw_digits)

    def _scale_tail(self, cand: _Cand) -> None:
        """``2.4 million``, ``5 thousand``, ``$2.3 bn`` after the digits."""
        first = self.text[cand.end : cand.end + 1]
        if first == " ":
            first = self.text[cand.end + 1 : cand.end + 2]
        if first.casefold() not in _SCALE_FIRST:
            return
        s = SCALE_TAIL_RE.match(self.text, cand.end)
        if s is None:
            return
        if s.group("word"):
            word = s.group("word").casefold()
            cand.scale = data.SCALES.get(word) or data.PLURAL_SCALES[word]
        else:
            cand.scale = data.SHORT_SCALES[
                s.group("short").lower() if s.group("short") != "MM" else "MM"
            ]
        cand.end = s.end()

    def _glued(self, cand: _Cand, glued: str) -> bool:
        """Letters glued to digits: ordinal suffix, scale, unit, percent — False for identifiers."""
        low = glued.casefold()
        cand.digits_only = False
        if low in ("st", "nd", "rd", "th"):
            cand.kind = "ordinal"
            return True
        if glued in data.SHORT_SCALES or low in data.SHORT_SCALES:
            scale = data.SHORT_SCALES.get(glued) or data.SHORT_SCALES[low]
            if cand.kind == "money" or low in ("bn", "tn", "trn", "mn", "mln"):
                cand.scale = scale
                self._unit_tail(cand)
                return True
            if low == "b":
                return False
            # ``1.5m people`` counts people; ``100m sprint``, ``a 10k run`` are distances.
            nxt = NEXT_WORD_RE.match(self.text, cand.end)
            word = nxt.group("w") if nxt else ""
            if (
                word and (_is_plural(word) or word.casefold() == "of")
            ) or CURRENCY_RANGE_BEFORE_RE.search(self.left(cand.start)):
                cand.scale = scale
                self._unit_tail(cand)
                return True
            cand.kind = "distance"
            cand.unit = "m" if low == "m" else "km"
            return True
        if low in data.PERCENT_WORDS:
            cand.unit = data.PERCENT_WORDS[low]
            cand.kind = "percent" if cand.unit in ("%", "‰") else "cardinal"
            return True
        if low in data.DURATION_UNITS and (len(low) > 1 or low == "h"):
            cand.unit, secs = data.DURATION_UNITS[low]
            cand.kind = "duration"
            cand.factor = secs
            return True
        if glued == "c" and cand.kind == "cardinal":
            # Lower-case ``c``: cents (``3c a litre``) unless the words around speak of heat
            # (``highs of 23c``). Cents are reported in major units, like ``50p``: 3c → 0.03.
            if self._temperature_words(cand):
                cand.kind, cand.unit = "temperature", "°C"
            else:
                cand.kind, cand.unit, cand.factor = "money", self.cents_in, _CENT
            return True
        if low in data.UNITS_OF_MEASURE and (len(glued) > 1 or glued in "CFgl"):
            cand.kind, cand.unit, _ = data.UNITS_OF_MEASURE[low]
            return True  # ``5G`` and ``3D`` are names, ``5g`` is grams
        if low == "p" and cand.kind == "cardinal":
            cand.kind, cand.unit, cand.factor = "money", "GBP", _CENT
            return True
        return False  # 5G, 3D, 2FA: identifiers

    def _temperature_words(self, cand: _Cand) -> bool:
        """Whether a temperature word sits in the few words before ``cand`` or right after it."""
        before = self.left(cand.start)[-40:].casefold().split()[-4:]
        nxt = NEXT_WORD_RE.match(self.text, cand.end)
        words = [w.strip(".,;:()'\"‘’“”") for w in before]
        if nxt is not None:
            words.append(nxt.group("w").casefold())
        return any(w in data.TEMPERATURE_CUES for w in words)

    def _unit_tail(self, cand: _Cand, word: str | None = None) -> None:
        """Percent, currency name, duration or unit of measure after the number (``word``: the
        word after it, when known: ``_word_after``)."""
        text = self.text
        if not _may_open_unit(text, self.low, cand.end, word):
            return  # ``17 people``, ``17,``: no unit (the common case, without a regex call)
        u = UNIT_TAIL_RE.match(text, cand.end)
        if u is None:
            plus = PLUS_TAIL_RE.match(text, cand.end)
            if plus is not None:
                cand.end = plus.end()
                cand.qualifier = "more than"
            return
        if u.group("percent"):
            cand.unit = data.PERCENT_WORDS[u.group("percent").casefold()]
            cand.kind = "percent" if cand.unit in ("%", "‰") else "cardinal"
        elif u.group("currency"):
            word = u.group("currency").casefold()
            code, factor = data.CURRENCY_WORDS[word]
            if word in ("won", "p") or (cand.kind == "money" and word not in ("cents", "cent")):
                return  # ``Spain won 3``; ``$5 dollars`` never stacks
            if word in ("pound", "pounds") and (
                text[u.end() : u.end() + 4].casefold() == " of " or "weigh" in self.left(cand.start)
            ):
                cand.kind, cand.unit = "weight", "lb"
            else:
                if word in ("cent", "cents"):
                    code = self.cents_in  # ``45 cents`` after ``A$284m`` is Australian
                cand.kind, cand.unit, cand.factor = "money", code, _factor(factor)
        elif u.group("duration"):
            word = u.group("duration").casefold()
            if word in data.AGE_DURATION_UNITS and cand.kind == "cardinal":
                old = AGE_OLD_TAIL_RE.match(text, u.end())
                if old is not None:  # ``I am 81 years old``: an age, not a span of time
                    cand.kind, cand.unit = "age", data.AGE_DURATION_UNITS[word]
                    cand.end = old.end()
                    return
            cand.unit, secs = data.DURATION_UNITS[word]
            cand.kind = "duration"
            cand.factor = secs
            half = self.and_a_half(u.end())
            if half is not None:
                cand.scale_half = True
                cand.end = half.end()
                return
        else:
            cand.kind, cand.unit, _ = data.UNITS_OF_MEASURE[u.group("measure").casefold()]
        cand.end = u.end()

    def _classify(self, cand: _Cand, raw_digits: str) -> _Cand | None:
        """Years, ages, ``911``, ``the 5th`` (a date) — the digit shapes that are not counts."""
        text = self.text
        if cand.scale_half and isinstance(cand.value, int | float):
            cand.value = _num(Decimal(str(cand.value)) + Decimal(cand.factor) / 2)
        if (
            cand.kind == "cardinal"
            and raw_digits in ("911", "999", "112")
            and (
                EMERGENCY_BEFORE_RE.search(self.left(cand.start))
                or EMERGENCY_AFTER_RE.match(text, cand.end)
            )
        ):
            return None  # the emergency number
        if (
            cand.kind == "ordinal"
            and self.ends_before(cand.start, "the ")
            and THE_BEFORE_RE.search(self.left(cand.start))
        ):
            nxt = NOUN_TAIL_RE.match(text, cand.end)
            if (nxt is None or nxt.group("partitive")) and 0 < float(cand.value or 0) <= 31:
                return _Cand(cand.start, cand.end, None, "date") if self.include_dates else None
        if cand.year_like and cand.kind == "cardinal" and self._is_year(cand):
            if self.include_dates:
                return _Cand(cand.start, cand.end, cand.value, "year")
            return None
        if (
            cand.kind == "cardinal"
            and cand.digits_only
            and not (text[cand.end : cand.end + 1] in "-‑" and HYPHEN_TAIL_RE.match(text, cand.end))
        ):
            if self.ends_before(cand.start, _AGED_TAILS) and AGED_BEFORE_RE.search(
                self.left(cand.start)
            ):
                cand.kind = "age"
            elif (
                text.endswith(_NAME_AGE_TAILS, 0, cand.start)
                and NAME_AGE_BEFORE_RE.search(self.left(cand.start))
                and isinstance(cand.value, int)
                and 0 < cand.value < 120
                and (text[cand.end : cand.end + 1] in (",", ")") or text.startswith(" (", cand.end))
            ):
                cand.kind = "age"  # ``John Smith, 34,`` / ``Smith (34)`` / ``Tanya, 48 (pictured)``
        return cand

    def _is_year(self, cand: _Cand) -> bool:
        """A four-digit 1800–2099 is a year unless it counts something (``2000 troops``)."""
        if self.ends_before(cand.start, _QUALIFIER_TAILS) and QUALIFIER_BEFORE_RE.search(
            self.left(cand.start)
        ):
            return False
        nxt = NEXT_WORD_RE.match(self.text, cand.end)
        if nxt is not None:
            word = nxt.group("w").casefold()
            if _is_plural(word) and word not in data.YEAR_NOUNS:
                return False
        return True

    def _words(self, m: regex.Match[str]) -> _Cand | None:
        """A run of number words (a ``WORDS_RE`` match)."""
        return self.words_at(m.start(), m.group(), m.group("halfa"))

    def words_at(self, at: int, run: str, halfa: str | None) -> _Cand | None:
        """The run of number words ``run`` at ``at`` (after ``halfa``: ``a``, ``half a``): the
        first well-formed number now, the rest via ``extra_words``."""
        text = self.text
        # The run is words joined by single spaces or hyphens (``twenty-one``, ``one hundred and
        # five``): its words are its pieces between those.
        words: list[tuple[str, int, int]] = []
        s = at
        for word in run.replace("-", " ").split(" "):
            words.append((word, s, s + len(word)))
            s += len(word) + 1
        body = words[len(halfa.split()) :] if halfa else words
        parts = _combine_words(body)
        if not parts:
            return None
        first, last, value, ordinal = parts[0]
        if halfa and halfa.casefold().startswith("half"):
            value = Decimal(value) / 2
        start = at if halfa else body[first][1]
        self.extra_words = [(body[f][1], body[la][2], v, o) for f, la, v, o in parts[1:]]
        cand = _Cand(start, body[last][2], _num(value), "ordinal" if ordinal else "cardinal")
        if _capitalised_after_capital(text, cand.start):
            return None  # ``League Two``, ``Channel Four``: a name, not a count
        cand.is_word = True
        cand.ordinal_word = ordinal
        return self.word_tail(cand, value)

    def word_tail(self, cand: _Cand, value: int | Decimal) -> _Cand | None:
        """Sign, scale, ``and a half`` and unit after a number written in words."""
        text = self.text
        if self.ends_before(cand.start, "minus ") and MINUS_BEFORE_RE.search(self.left(cand.start)):
            cand.start -= len("minus ")
            value = -value
        if cand.kind == "ordinal":
            cand.value = _num(value)
            return cand
        half = self.and_a_half(cand.end)
        if half is not None and not UNIT_TAIL_RE.match(text, cand.end):
            value += Decimal("0.5")
            cand.end = half.end()
        self._scale_tail(cand)
        self._unit_tail(cand)
        cand.value = _times(value, cand.scale, cand.factor)
        if (
            cand.kind == "duration"
            and value == 1
            and text[cand.start : cand.end].casefold() in ("one day", "one time")
        ):
            return None  # ``one day`` is an idiom, not a span of time
        return self._classify(cand, "")


def _capitalised_after_capital(text: str, start: int) -> bool:
    """A capitalised number word right after a capitalised word, mid-sentence: part of a name.

    >>> _capitalised_after_capital("They sit in League Two.", 19)
    True
    >>> _capitalised_after_capital("It ended. Two goals", 10)
    False
    """
    if not text[start : start + 1].isupper() or text[start - 1 : start] != " ":
        return False
    before = text[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
    return before[:1].isupper() and before.isalpha()


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    """The last ``n`` words right before ``start`` (case-folded), or ``[]`` when not adjacent.

    >>> _words_before("call the Helpline on 1079", 21)
    ['helpline', 'on']
    >>> _words_before("(52)", 1)
    []
    """
    if text[start - 1 : start] != " ":
        return []
    return [w.lstrip("\"'‘“(") for w in text[max(0, start - 40) : start].casefold().split()[-n:]]


def _small_value(raw: str) -> int | None:
    """The value of a short number (``five``, ``a hundred``, ``1,000``) in a ratio."""
    low = raw.casefold()
    if low in _CARDINAL_WORDS:
        return _CARDINAL_WORDS[low]
    lead, _, scale = low.partition(" ")
    if lead in ("a", "one") and scale in data.SCALES:
        return data.SCALES[scale]
    digits = _parse_digits(raw)
    return int(digits) if digits is not None else None


def _attach(text: str, low: str, cand: _Cand, include_dates: bool = False) -> _Cand | None:
    """Hyphen compounds, counted noun and qualifier; drop idioms (``one of``, ``at first``);
    identifiers and clock times read from the words around (``dial 311``, ``at 3 in the
    morning``: a time, kept only with ``include_dates``)."""
    if cand.kind in ("date", "time", "year"):
        return cand
    window = cand.start - _LEFT_WINDOW if cand.start > _LEFT_WINDOW else 0
    h = HYPHEN_TAIL_RE.match(text, cand.end) if text[cand.end : cand.end + 1] in "-‑" else None
    if h is not None and cand.kind in ("cardinal", "ordinal", "fraction"):
        first = h.group("first").casefold()
        second = (h.group("second") or "").casefold()
        compound = f"{first}-{second}" if second else first
        if cand.is_word and cand.value == 0:
            return None  # ``zero-hours contracts``, ``zero-sum``
        if compound in data.AGE_WORDS or (first == "year" and second == "old"):
            cand.kind = "age"
            cand.unit = "year" if first.startswith("year") else first
            cand.end = h.end()
        elif first in ("odd", "plus", "something", "some"):
            cand.qualifier = "about" if first == "odd" else "more than"
            cand.end = h.start() + 1 + len(h.group("first"))
        elif cand.kind == "ordinal" and (
            first.endswith(("est", "most")) or first in data.RANK_MODIFIERS
        ):
            cand.end = h.start() + 1 + len(h.group("first"))  # ``second-largest city``
        elif cand.kind == "ordinal" and not second:
            cand.counts = h.group("first")  # ``first-quarter``, ``second-round``
            cand.noun_end = h.end()
        elif (
            first in data.DURATION_UNITS
            and cand.kind == "cardinal"
            and isinstance(cand.value, int | float)
        ):
            unit, secs = data.DURATION_UNITS[first]
            cand.kind = "duration"
            cand.unit = unit
            cand.value = _num(Decimal(str(cand.value)) * secs)
            cand.end = h.start() + 1 + len(h.group("first"))
        elif (
            first in data.CURRENCY_WORDS
            and len(first) > 1
            and first not in ("won", "pound", "pounds")  # ``a 20-pound bag``: weight
            and cand.kind == "cardinal"
            and not second
            and isinstance(cand.value, int | float)
        ):
            code, factor = data.CURRENCY_WORDS[first]
            if first in ("cent", "cents"):
                code = cand.cents_in
            cand.kind, cand.unit = "money", code  # ``a 45-cent cut``: 0.45 in major units
            cand.value = _num(Decimal(str(cand.value)) * Decimal(str(factor)))
            cand.end = h.start() + 1 + len(h.group("first"))
        elif first in data.UNITS_OF_MEASURE and cand.kind == "cardinal":
            kind, unit, _f = data.UNITS_OF_MEASURE[first]
            cand.kind, cand.unit = kind, unit
            cand.end = h.start() + 1 + len(h.group("first"))
        elif first == "strong" and cand.kind == "cardinal":
            cand.end = h.start() + 1 + len(h.group("first"))
        elif cand.kind == "cardinal" and not second and first not in data.NOUN_STOP_WORDS:
            if cand.is_word and cand.value in (0, 1) and first in data.ONE_HYPHEN_IDIOMS:
                return None  # ``one-off``, ``zero-tolerance``
            if first in data.FRACTION_WORDS or first in _CARDINAL_WORDS:
                return None
            cand.counts = h.group("first")
            cand.noun_end = h.end()
    if cand.counts is None:
        # After a hyphen compound (``48-hour truce``, ``a 10-mile walk``) the noun is singular.
        compound = h is not None and cand.end == h.start() + 1 + len(h.group("first"))
        noun, noun_end = _noun_after(
            text, low, cand.end, cand.value, "compound" if compound else cand.kind
        )
        if noun is not None:
            cand.counts = noun
            cand.noun_end = noun_end
    if (
        cand.kind == "cardinal"
        and cand.counts is None
        and isinstance(cand.value, int)
        and 0 < cand.value <= 12
        and low.endswith(("past ", "to "), window, cand.start)
        and CLOCK_PHRASE_BEFORE_RE.search(text[window : cand.start])
    ):
        if not include_dates:
            return None  # ``they rang at half past eight``: a clock time
        cand.kind, cand.value = "time", None
        return cand
    # (``_by_context`` reads only minute spans and bare integers: the test here saves the call.)
    kind = cand.kind
    context: str | None = ""
    if (kind == "duration" and cand.factor == 60) or (
        kind == "cardinal" and cand.digits_only and cand.bare_int
    ):
        context = _by_context(text, cand)
    elif kind == "cardinal" and cand.counts is None and _dotted_clock(text, cand):
        context = "time"
    if context != "":
        if context is None:
            return None
        cand.kind = context
        if context == "temperature":  # a body or air temperature: Celsius below 60, else °F
            cand.unit = "°C" if isinstance(cand.value, int) and cand.value <= 60 else "°F"
        if context == "time":
            cand.value, cand.counts, cand.noun_end = None, None, -1
            return cand if include_dates else None
    if cand.is_word and text[cand.start].isupper() and _number_word_in_name(text, cand):
        return None  # ``Four Mound Road``, ``homes in Seven Sisters``: a place's name
    if cand.is_word and cand.value == 1 and _one_speaker(text, cand):
        return None  # ``One user, Jo Koh, wrote``: "a certain user", not a count
    # Lone words only count with a noun: ``one of``, ``no one``, ``at first``, ``a second``.
    if cand.is_word and cand.kind == "cardinal" and cand.value in (0, 1):
        after = text[cand.end : cand.end + 12].casefold()
        nxt = NEXT_WORD_RE.match(after)
        in_range = RANGE_NEXT_RE.match(text, cand.end) is not None  # ``one to two per cent``
        if not in_range and (
            nxt is None or nxt.group("w") in data.ONE_IDIOMS or cand.counts is None
        ):
            return None
        if low.endswith(_ONE_IDIOM_TAILS, window, cand.start) and ONE_IDIOM_BEFORE_RE.search(
            text[window : cand.start]
        ):
            return None
    if cand.ordinal_word:
        before = _words_before(text, cand.start, 1)
        if cand.counts is None and before and before[0] in data.RANK_LEADS:
            return cand  # ``Dunmore sit second``: a place in a table needs no noun
        if (
            cand.value == 1 and ORDINAL_IDIOM_BEFORE_RE.search(text[window : cand.start])
        ) or cand.counts is None:
            return None
        head = cand.counts.casefold().split()[0]
        verb = head in data.PAST_VERBS or (len(head) > 4 and head.endswith("ed"))
        if cand.value == 1 and verb and not (before and before[0] in data.ORDINAL_DETERMINERS):
            return None  # ``she first arrived``: an adverb (``the first elected mayor`` stays)
        if cand.counts.casefold().split()[0] in data.ORDINAL_IDIOMS:
            return None
        if text[cand.start].isupper() and cand.counts[0].isupper():
            return None  # ``First Baptist Church``, ``Second World War``: names
    q = None
    if low.endswith(_QUALIFIER_TAILS, window, cand.start):
        q = QUALIFIER_BEFORE_RE.search(text[window : cand.start])
    if q is not None and cand.qualifier is None and cand.kind != "ordinal":  # ``move up to 11th``
        word = q.group("q")
        if word.casefold() == "over" and not _over_is_more_than(text, cand, q.start()):
            return cand
        if word.casefold() == "up to" and _up_is_a_particle(text[window : cand.start][: q.start()]):
            return cand
        cand.qualifier = data.QUALIFIER_SYNONYMS.get(word.casefold(), word.casefold())
        cand.start -= len(word) + 1
    return cand


def _number_word_in_name(text: str, cand: _Cand) -> bool:
    """A capitalised number word inside a place's name: before a capitalised word and a street
    suffix (``Four Mound Road``), or mid-sentence after a lower-case word and before a
    capitalised one (``homes in Seven Sisters``). A title-case headline (``Storm Kills Four
    People``) has a capitalised word before it and no street suffix: still a count.

    >>> _number_word_in_name("along Four Mound Road", _Cand(6, 10, 4, "cardinal"))
    True
    >>> _number_word_in_name("Storm Kills Four People", _Cand(12, 16, 4, "cardinal"))
    False
    """
    words = text[cand.end : cand.end + 40].split(" ", 3)[1:3]
    if not words or not words[0][:1].isupper():
        return False
    if words[0].rstrip(".,;:") in data.STREET_SUFFIXES:
        return True
    if len(words) > 1 and words[0].isalpha() and words[1].rstrip(".,;:") in data.STREET_SUFFIXES:
        return True
    if text[cand.start - 1 : cand.start] != " ":
        return False
    before = text[max(0, cand.start - 24) : cand.start - 1].rsplit(" ", 1)[-1]
    return before.isalpha() and before.islower()  # ``in Seven Sisters``: mid-sentence


def _one_speaker(text: str, cand: _Cand) -> bool:
    """``One resident said``, ``One user, Jo Koh, wrote``: ``One`` opening a sentence before a
    singular noun and a comma or a speech verb is "a certain", not a count.

    >>> _one_speaker("One user, Jo Koh, wrote", _Cand(0, 3, 1, "cardinal", counts="user"))
    True
    >>> _one_speaker("One user paid", _Cand(0, 3, 1, "cardinal", counts="user"))
    False
    """
    if text[cand.start : cand.start + 4] != "One " or cand.counts is None or " " in cand.counts:
        return False
    back = text[max(0, cand.start - 3) : cand.start].rstrip(" ")
    if back and back[-1] not in '.!?\n”"':
        return False
    noun_end = text.find(cand.counts, cand.end)
    if noun_end < 0:
        return False
    after = text[noun_end + len(cand.counts) : noun_end + len(cand.counts) + 12]
    if after.startswith(","):
        return True
    nxt = after.split(" ", 2)[1:2]
    return bool(nxt) and nxt[0] in data.ONE_SPEAKER_VERBS


def _dotted_clock(text: str, cand: _Cand) -> bool:
    """``at 7.45``, ``from 9.30``, ``7.45 this morning``: an hour and minutes written with a
    dot and no unit or noun is a clock time (``shares closed at 7.45`` is a value).

    >>> _dotted_clock("I got the text at 7.45 and", _Cand(18, 22, 7.45, "cardinal"))
    True
    >>> _dotted_clock("shares closed at 7.45 ", _Cand(17, 21, 7.45, "cardinal"))
    False
    """
    if DOTTED_CLOCK_RE.fullmatch(text, cand.start, cand.end) is None:
        return False
    if text[cand.end : cand.end + 16].casefold().startswith(data.CLOCK_TAILS):
        return True
    before = _words_before(text, cand.start)
    if not before or before[-1] not in data.DOTTED_CLOCK_LEADS:
        return False
    return len(before) < 2 or before[0] not in data.DOTTED_VALUE_VERBS


def _by_context(text: str, cand: _Cand) -> str | None:
    """What the words around a bare number make of it: ``None`` (a phone or service number),
    ``"time"`` (a clock time), ``"age"``, or ``""`` (nothing: keep it as it is).

    >>> _by_context("dial 311 now", _Cand(5, 8, 311, "cardinal", digits_only=True, bare_int=True))
    >>> _by_context("since 5, she", _Cand(6, 7, 5, "cardinal", digits_only=True, bare_int=True))
    'time'
    >>> _by_context("lost 5, she", _Cand(5, 6, 5, "cardinal", digits_only=True, bare_int=True))
    ''
    """
    if cand.kind == "duration" and cand.factor == 60 and cand.noun_end <= cand.end:
        if text[cand.start - 1 : cand.start] == "(" and text[cand.end : cand.end + 1] == ")":
            return "time"  # ``1-0 (67 mins)``: the match clock, a point in time, not a span
        return ""
    if cand.kind != "cardinal" or not cand.digits_only or not cand.bare_int:
        return ""
    if _between_name_words(text, cand.start, cand.end):
        return None  # ``the OMX Stockholm 30 Index``: part of a name
    before = _words_before(text, cand.start)
    last = before[-1] if before else ""
    if last in data.PHONE_LEAD_WORDS or (
        last == "on" and len(before) > 1 and before[-2] in data.PHONE_LEAD_WORDS
    ):
        return None  # ``dial 311``, ``the helpline 1079``, ``the hotline on 988``
    value = cand.value if isinstance(cand.value, int) else -1
    if cand.counts is not None:
        return ""
    if last in data.CALL_VERBS:
        return None  # ``call 111``, where ``called 40 witnesses`` counts witnesses
    if 0 < value <= 12 and text[cand.end : cand.end + 16].casefold().startswith(data.CLOCK_TAILS):
        return "time"  # ``at 3 in the morning``, ``by 10 tonight``
    if 0 <= value <= 24 and last in data.CLOCK_LEADS:
        return "time"  # ``waiting since 5``
    if 0 < value < 120 and (
        last in data.AGE_LEADS or (len(before) == 2 and (before[0], last) in data.AGE_LEAD_PAIRS)
    ):
        return "age"  # ``She's 78``, ``he turned 60``
    if (
        12 < value < 100  # ``At 5, he …`` may be a clock time: only ages past the clock's hours
        and last in data.AGE_CLAUSE_LEADS
        and text[cand.start - 3 : cand.start - 2].isupper()
        and AGE_CLAUSE_AFTER_RE.match(text, cand.end)
    ):
        return "age"  # ``By 16, he was touring``
    if (
        last == "of"
        and len(before) == 2
        and before[0] in data.TEMPERATURE_OF_LEADS
        and (value <= 60 or 90 <= value <= 130)  # plausible °C, else plausible °F
    ):
        return "temperature"  # ``a temperature of 39``, ``a fever of 103``
    return ""


def _between_name_words(text: str, start: int, end: int) -> bool:
    """A bare number between two capitalised words, the second singular: part of a name
    (``OMX Stockholm 30 Index``, ``Apollo 11 Mission``); a plural after it is what it counts
    (``Storm Kills 12 People`` in a title-case headline).

    >>> _between_name_words("the OMX Stockholm 30 Index was flat", 18, 20)
    True
    >>> _between_name_words("Russia Fires 40 Missiles", 13, 15)
    False
    """
    if text[start - 1 : start] != " " or text[end : end + 1] != " ":
        return False
    head, _, before = text[max(0, start - 30) : start - 1].rpartition(" ")
    # Title-case words both sides (not ``GHz 8 MB``, units), the first one mid-sentence (not
    # ``Its 30 …`` opening a sentence, where a capital says nothing).
    if not (before[:1].isupper() and before[1:].islower() and before.isalpha()):
        return False
    if not head[-1:].isalnum():
        return False
    after = text[end + 1 : end + 31].split(" ", 1)[0]
    return (
        len(after) > 2
        and after[:1].isupper()
        and after[1:].islower()
        and after.isalpha()
        and not _is_plural(after)
    )


def _up_is_a_particle(before: str) -> bool:
    """Whether the ``up`` of ``up to`` after ``before`` (the clause so far) belongs to a verb
    (``put the price of a pint up to``): then ``to`` names a level and there is no qualifier.

    >>> _up_is_a_particle("owners put the price of a pint "), _up_is_a_particle("winds of ")
    (True, False)
    """
    clause = before.replace(";", ",").rsplit(",", 1)[-1].casefold().split()
    if clause[-1:] == ["by"]:
        return False  # ``put prices up by up to 5%``: the bound of the change
    return any(w in data.UP_PHRASAL_VERBS for w in clause[-8:])


def _over_is_more_than(text: str, cand: _Cand, over_at: int) -> bool:
    """Whether ``over`` before ``cand`` means "more than" (not "during", not a phrasal verb).

    >>> c = _Cand(19, 28, 2, "duration")
    >>> _over_is_more_than("$12.5 million over two years", c, 14)
    False
    """
    before = text[max(0, cand.start - _LEFT_WINDOW) : cand.start][:over_at].casefold().split()
    last = before[-1].strip(",;:") if before else ""
    if cand.kind == "duration":
        # ``waited over two hours`` / ``over 20 years ago``: more than; ``£5m over two years``,
        # ``Over two years, the council …``: during.
        ago = text[cand.span_end : cand.span_end + 4].casefold() == " ago"
        return ago or last in data.OVER_MORE_THAN_LEADS
    return last not in data.OVER_PHRASAL_VERBS  # ``handed over €41,000``


def _join_step(text: str, a: _Cand, b: _Cand) -> tuple[_Cand | None, _Cand | None]:
    """``a`` (held) meets the next number ``b``: ``(what to give out, what to hold next)``.

    Ranges and compound durations become one held record (it may join the next one too); a
    score drops both sides; ``aged 4, 6 and 9`` makes ``b`` an age too.
    """
    if (
        0 < b.start - a.end <= _LONGEST_GAP
        and a.noun_end <= a.end
        and a.kind not in ("date", "time", "year")
    ):
        gap = RANGE_GAP_RE.match(text[a.end : b.start])
        if gap is not None:
            joined = _join_pair(text, a, b, gap)
            if isinstance(joined, str):  # a score: neither side is a count
                return None, None
            if joined is not None:
                return None, joined
    if (
        a.kind == "age"
        and b.kind == "cardinal"
        and b.digits_only
        and AGE_LIST_GAP_RE.match(text, a.span_end, b.start)
    ):
        b.kind = "age"  # ``aged 4, 6 and 9``
    return a, b


def _join_pair(text: str, a: _Cand, b: _Cand, gap: regex.Match[str]) -> _Cand | str | None:
    """One record for ``a``+``b`` (range, duration), ``"drop"`` for a score, or None."""
    left = text[max(0, a.start - _LEFT_WINDOW) : a.start]
    word = (gap.group("to") or "").casefold()
    if (
        a.kind == "duration"
        and b.kind == "duration"
        and (gap.group("plain") in (" ", " and ") or word == "and")
    ):
        if (
            a.unit == "s"
            and b.unit == "s"
            and not a.joined
            and b.factor < a.factor
            and isinstance(b.value, int | float)
            and isinstance(a.value, int | float)
            and b.value < a.factor
        ):
            return _Cand(
                a.start,
                b.end,
                _num(Decimal(str(a.value)) + Decimal(str(b.value))),
                "duration",
                unit="s",
                qualifier=a.qualifier,
                counts=b.counts,
                noun_end=b.noun_end,
                joined=True,
            )
        return None
    if gap.group("plain") is not None:
        return None
    if (
        a.value is None
        or b.value is None
        or not isinstance(a.value, int | float)
        or not isinstance(b.value, int | float)
    ):
        return None
    if a.kind in ("age", "ordinal", "fraction", "vague") or b.kind in (
        "ordinal",
        "fraction",
        "vague",
    ):
        return None
    dash = gap.group("dash")
    between = BETWEEN_BEFORE_RE.search(left)
    if dash and a.digits_only and b.digits_only:
        if SCORE_BEFORE_RE.search(left) or SCORE_AFTER_RE.match(text, b.end):
            return "drop"
        if a.value >= b.value:
            return "drop"  # ``52-48``, ``3-1``: a score or a vote, not a range
    if (
        word == "to"
        and a.digits_only
        and b.digits_only
        and a.value > b.value
        and not CHANGE_BEFORE_RE.search(left)
    ):
        return "drop"  # ``passed by 286 to 134``: a tally
    if word == "and" and not (between and between.group("w").casefold() == "between"):
        return None
    if word == "to" and (
        CHANGE_BEFORE_RE.search(left)
        or (between and between.group("w").casefold() == "from" and CHANGE_BEFORE_RE.search(left))
    ):
        return None
    if word == "or" and not (a.kind == "cardinal" and a.unit is None and a.is_word == b.is_word):
        return None
    # A bare number takes its partner's unit and scale (``10-15%``, ``$10-15m``, ``5 to 10 km``).
    if a.kind != "cardinal" and b.kind != "cardinal" and a.kind != b.kind:
        return None
    if a.scale == 1 and b.scale != 1 and a.value < b.value / b.scale:
        low = Decimal(str(a.value)) * b.scale  # ``$10-15m``: the scale is written once
    else:
        low = Decimal(str(a.value))
    if a.kind == "cardinal" and b.kind == "duration" and isinstance(b.value, int | float):
        opens = between is not None and (
            word == "and" or (word == "to" and between.group("w").casefold() == "from")
        )
        return _duration_range(
            a, b, a.start - len(between.group(0)) if between and opens else a.start
        )
    high = Decimal(str(b.value))
    if low >= high:
        return None
    start = a.start
    if between is not None and (
        word == "and" or (word == "to" and between.group("w").casefold() == "from")
    ):
        start = a.start - len(between.group(0))
    qualifier = a.qualifier
    return _Cand(
        start,
        b.end,
        _num(low),
        "range",
        unit=b.unit or a.unit,
        counts=b.counts,
        qualifier=qualifier,
        high=_num(high),
        noun_end=b.noun_end,
    )


# A duration's unit as written, by its canonical unit and factor (``11 days``: s × 86400): the
# ends of a duration range are reported as written (``two to three years``: 2 to 3, year).
_DURATION_NAMES = {
    ("s", 1): "second",
    ("s", 60): "minute",
    ("s", 3600): "hour",
    ("s", 86400): "day",
    ("s", 604800): "week",
    ("s", 1209600): "fortnight",
    ("month", 1): "month",
    ("year", 1): "year",
    ("year", 10): "decade",
    ("year", 100): "century",
}


def _duration_range(a: _Cand, b: _Cand, start: int) -> _Cand | None:
    """``two to three years``, ``between 3 and 11 days``: a bare number then a duration, one
    range in the duration's written unit; None when the ends are not increasing.

    >>> r = _duration_range(_Cand(0, 3, 2, "cardinal"), _Cand(7, 18, 3, "duration", unit="year"), 0)
    >>> (r.value, r.high, r.unit) if r else None
    (2, 3, 'year')
    >>> _duration_range(_Cand(0, 1, 5, "cardinal"), _Cand(5, 11, 3, "duration", unit="year"), 0)
    """
    name = _DURATION_NAMES.get((b.unit or "", int(b.factor)))
    if (
        name is None
        or a.unit is not None
        or not isinstance(a.value, int | float)
        or not isinstance(b.value, int | float)
    ):
        return None
    high = Decimal(str(b.value)) / Decimal(b.factor)
    low = Decimal(str(a.value))
    if low >= high:
        return None
    return _Cand(
        start,
        b.end,
        _num(low),
        "range",
        unit=name,
        counts=b.counts,
        qualifier=a.qualifier,
        high=_num(high),
        noun_end=b.noun_end,
    )


_MATCH_BY_START = {
    "d": CANDIDATE_DIGIT_RE.match,
    "l": CANDIDATE_LETTER_RE.match,
    "o": CANDIDATE_OTHER_RE.match,
}


def _branch_pattern(group: str) -> regex.Pattern[str]:
    """One group of ``_BRANCHES`` alone (same source, same flags, same lists): what the full
    candidate pattern finds wherever no earlier branch can match.

    >>> _branch_pattern("num").match("17 people").group("digits")
    '17'
    """
    sources = [source for g, _, source in _BRANCHES if g == group]
    body = "\n  | ".join(sources)
    return regex.compile(
        f"(?P<{group}>\n    {body}\n)",
        regex.VERBOSE | regex.IGNORECASE,
        ignore_unused=True,
        **_NAMED_LISTS,
    )


# --------------------------------------------------------------------------- fast paths
# Most triggers can only begin the digits branch (``17 people``, ``1,200,``) or the number-words
# branch (``seven ministers``), or nothing at all (``a day``); the full candidate pattern tries
# ~25 branches first (4-9 µs). The tests below are *sufficient* conditions, read from the branch
# sources, for every earlier branch to fail: then the branch alone (~1 µs) gives the same match.
# ``tests/test_numbers_properties.py`` checks the equivalence on generated text.
NUM_RE = _branch_pattern("num")
WORDS_RE = _branch_pattern("words")
# After a digit run: characters that may open another branch (ranges and phone numbers, glued
# letters: ``17th``, ``4x4``, ``1990s``; vulgar fractions: ``2½``).
_DIGIT_STOPS = frozenset("-‐‑–—/½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
# First letters after ``N `` that may open a date (``5 June``), a time (``5 pm``, ``5 GMT``,
# ``5 o'clock``) or a ratio (``3 in 10``): checked further in ``_digit_fast``.
_SPACED_STOPS = frozenset("aApPoOiI½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
_LDESIG_TAILS = tuple(d.casefold() for d in data.LOWER_DESIGNATORS)
_FRACTION_HEADS = tuple(w.casefold() for w in data.FRACTION_WORDS)
_NUMBER_WORD_SET = frozenset(w.casefold() for w in _NUMBER_WORDS)
# Pure duration triggers (``day``, ``year``): alone they begin no candidate.
_DURATION_TRIGGERS = frozenset("hour minute day week month year fortnight decade".split())
# Written forms that may begin a designator, a date or a currency code (case-sensitive branches).
_CASED_HEADS = tuple(
    sorted(
        {
            *data.DESIGNATORS,
            *(m.capitalize() for m in (*data.MONTHS, *data.WEEKDAYS)),
            *(c for c in data.CURRENCY_PREFIXES if c[:1].isalpha()),
        }
    )
)
# Named numbers by their first word (``First Minister``, ``Five Eyes``), case-folded.
_NAMED_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _phrase in data.NAMED_NUMBERS:
    _head = _phrase.casefold().replace("-", " ").split()[0]
    _NAMED_BY_HEAD[_head] = (*_NAMED_BY_HEAD.get(_head, ()), _phrase.casefold())
# Letters, hyphens and slashes: what ``Covid-19``'s branch may cross before its digit.
_LETTER_RUN_RE = regex.compile(r"[\p{L}\-/]*+   # two-3, one/2a", regex.VERBOSE)


# Hours and minutes with a dot (``7.45``, ``19.30``): checked only for a bare cardinal.
DOTTED_CLOCK_RE = regex.compile(
    r"""
    (?: [01]?\d | 2[0-3] ) \. [0-5]\d          # hour 0-23, a dot, minutes 00-59
    """,
    regex.VERBOSE,
)

# A plural designator and the start of a number list, ending where the next number starts.
_PDESIG_LIST_RE = regex.compile(
    r"""
    \b (?i:\L<pdesig>) \x20                      # junctions, platforms, routes
    (?: \d{1,4} \p{L}? (?: ,\x20 | ,?\x20 (?:and|or|to|&) \x20 | [-–] ) ){0,6}  # 7 and
    \Z                                          # … right before the number tested
    """,
    regex.VERBOSE,
    pdesig=sorted(data.PLURAL_DESIGNATORS, key=len, reverse=True),
)


def _digit_fast(text: str, t: int, e: int) -> bool:
    """Whether only the digits branch can match at the digit run ``text[t:e]`` (after a space).

    >>> _digit_fast("said 17 people", 5, 7), _digit_fast("on 5 June", 3, 4)
    (True, False)
    """
    token = text[t:e]
    if ":" in token or "/" in token or token.count(".") > 1:
        return False  # times, dates, fractions, IP addresses
    if token in ("1800", "1300") and text[e + 1 : e + 2].isdecimal():
        return False  # ``1800 555 017``: a toll-free line (the phone branch)
    if e < len(text):
        c = text[e]
        if c.isalpha() or c in _DIGIT_STOPS:
            return False
        if c == " ":
            x = text[e + 1 : e + 2]
            if token[0] == "0" or x.isupper() or x in _SPACED_STOPS:
                # phone numbers; 5 June, 0900 GMT; 5 pm, 5 o'clock, 5 of June, 3 in 10, 2 ½
                after = text[e + 1 : e + 5].casefold()
                if (
                    token[0] == "0"
                    or x.isupper()
                    or x not in "aApPoOiI"
                    or after[1:2] in (".", "m")
                    or after.startswith(("o'", "o’", "of", "in ", "out "))
                ):
                    return False
    # ``page 4``, ``room 101``: a designator just before (look-behind branch).
    if text[max(0, t - 13) : t - 1].casefold().endswith(_LDESIG_TAILS):
        return False
    # ``junctions 7 and 9``: a number of a list after a plural designator (look-behind branch).
    return _PDESIG_LIST_RE.search(text, max(0, t - 48), t) is None


def _word_fast(text: str, t: int, e: int) -> str:
    """Which branch alone decides the number word ``text[t:e]`` at a word start: ``"words"``,
    ``"none"`` (a duration word that begins nothing alone), or ``""`` (use the full pattern).

    >>> _word_fast("seven ministers", 0, 5), _word_fast("a day", 2, 5), _word_fast("Day 3", 0, 3)
    ('words', 'none', '')
    """
    word = text[t:e]
    low = word.casefold()
    if low in _NUMBER_WORD_SET:
        kind = "words"
    elif low in _DURATION_TRIGGERS:
        kind = "none"
    else:
        return ""  # fractions, vague amounts: several branches
    if word.startswith(_CASED_HEADS):
        return ""
    named = _NAMED_BY_HEAD.get(low)
    if named and text[t : t + 32].casefold().startswith(named):
        return ""
    if e < len(text):
        c = text[e]
        if c in "-/":
            run = _LETTER_RUN_RE.match(text, e)
            if run is not None and text[run.end() : run.end() + 1].isdecimal():
                return ""  # ``two-3``: an identifier
        if c in " -" and kind == "words":
            after = text[e : e + 12].casefold()
            if after.startswith((" in ", " out ")) or after[1:].startswith(_FRACTION_HEADS):
                return ""  # ``one in five``, ``two-thirds``
    return kind


def _plain_digits(text: str, t: int, e: int) -> bool:
    """Whether ``NUM_RE`` at the digit run ``text[t:e]`` (where ``_digit_fast`` holds) matches that
    run alone: plain ASCII digits, then nothing that could join them (glued letters, ``%``, a
    space-grouped ``12 500``). The run is then a candidate as it stands, without a match.

    >>> _plain_digits("said 17 people", 5, 7), _plain_digits("a 12 500 crowd", 2, 4)
    (True, False)
    """
    if not (text.isascii() or text[t:e].isascii()) or not text[t:e].isdigit():
        return False
    c = text[e : e + 1]
    if c == " ":
        x = text[e + 1 : e + 2]
        return x.isascii() and not x.isdigit()  # ``x == ""`` too
    return c == "" or (c.isascii() and not c.isalnum() and c != "%")


# What may follow a number word in a longer run (``twenty-one``, ``one hundred and five``,
# ``two point five``): the first three letters of each (every number word has three or more).
_RUN_HEADS = frozenset(w[:3] for w in (*_NUMBER_WORDS, "and", "point"))


def _plain_word(low: str, e: int) -> bool:
    """Whether the number word ending at ``e`` (where ``_word_fast`` said ``"words"``) is the
    whole ``WORDS_RE`` match: no further number word joins it (``low``: the folded text).

    >>> _plain_word("seven ministers", 5), _plain_word("twenty-one", 6)
    (True, False)
    """
    return low[e : e + 1] not in (" ", "-") or low[e + 1 : e + 4] not in _RUN_HEADS


def _candidate_matches(
    text: str, triggers: Iterable[scan.Trigger], low: str | None = None
) -> Iterator[regex.Match[str] | scan.Trigger]:
    """Candidate matches, tried only in small windows around ``triggers`` (``scan.triggers``);
    a trigger that is a candidate as it stands (``17``, ``seven``) comes as itself.

    The candidate patterns are precise but cost microseconds per character; the trigger scan
    finds the few places a number can be (digits, money signs, number words) at tens of MB/s.
    Each window starts ``_BACK`` characters before a trigger (room for ``Prop``, ``Covid-``,
    ``June``, ``an hour and``) and may run ``_AHEAD`` past it; look-behinds still see the text
    before. Where only one branch can begin, that branch alone is tried (``_digit_fast``), and
    where its match would be the trigger itself, no pattern runs (``_plain_digits``).
    """
    if low is None:
        low = _fold(text)
    pos = 0
    by_start = _MATCH_BY_START
    for trigger in triggers:
        t, t_end, kind = trigger
        if t < pos:
            continue
        if kind == "u":
            pos = t_end  # a URL is skipped whole
            continue
        # Start at the word before the trigger (``Prop 19``, ``June 5``, ``US$4``, ``a dozen``) or
        # at the start of a glued token (``Covid-19``): str.rfind is C-fast.
        floor = t - _BACK if t - _BACK > pos else pos
        spaced = t > floor and text[t - 1] == " "
        if spaced:
            start = text.rfind(" ", floor, t - 1) + 1 or floor
            prev = text[start : t - 1].strip("([{\"'“‘").casefold()
            if prev not in _OPENERS and prev.rstrip(".,") not in _OPENERS:
                start = t  # ``the 5``, ``said 17``: nothing can begin at the word before
        else:
            start = text.rfind(" ", floor, t) + 1 or floor
        endpos = t + _AHEAD  # (past the end is the end)
        if start == t:
            # One place to try: pick the pattern by the trigger's first character (what
            # ``START_RE`` would say: triggers are digits, signs or the first letter of a word).
            if kind == "d" and spaced and _digit_fast(text, t, t_end):
                if _plain_digits(text, t, t_end):
                    yield trigger
                    pos = t_end
                    continue
                m = NUM_RE.match(text, t, endpos)
            elif kind == "w" and (spaced or t == 0):
                fast = _word_fast(text, t, t_end)
                if fast == "none":
                    continue
                if fast and _plain_word(low, t_end):
                    yield trigger
                    pos = t_end
                    continue
                m = (WORDS_RE if fast else CANDIDATE_LETTER_RE).match(text, t, endpos)
            else:
                c = text[t]
                m = by_start["d" if c.isdecimal() else "l" if c.isalpha() else "o"](text, t, endpos)
            if m is not None:
                yield m
                pos = m.end() if m.end() > t else t + 1
            continue
        while True:
            # The leftmost match starting in [start, t]: ``search`` would go on scanning up to
            # ``endpos`` for a match it then throws away, so try only the few places where one
            # can begin (the previous word, the trigger itself).
            m = None
            for begin in START_RE.finditer(text, start, t + 1):
                m = by_start[begin.lastgroup](text, begin.start(), endpos)  # type: ignore[index]
                if m is not None:
                    break
            if m is None:
                break
            yield m
            pos = start = max(m.end(), m.start() + 1)
            if pos > t:
                break


def _paragraph_numbers(
    text: str, triggers: Iterable[scan.Trigger], include_dates: bool
) -> Iterator[_Cand]:
    """Every number of one paragraph, offsets relative to ``text``, read as a stream (only the
    candidate being joined is held, so a 100 MB line needs no per-character state)."""
    reader = _Reader(text, include_dates)
    low = reader.low
    consumed = 0  # a candidate's unit or scale may swallow the next match (``2.4 million``)
    held: _Cand | None = None  # the last number, until the next one shows whether they join
    for m in _candidate_matches(text, triggers, low):
        if isinstance(m, tuple):
            if m[0] < consumed:
                continue
            got = reader.plain(m)
        else:
            if m.start() < consumed:
                continue
            got = reader.dispatch(m)
        found: Sequence[_Cand | None] = (got,)
        if reader.extra_words:
            found = [got]
            for s, e, v, o in reader.extra_words:  # ``one two three`` → three numbers
                kind = "ordinal" if o else "cardinal"
                more = _Cand(s, e, _num(v), kind, is_word=True, ordinal_word=o)
                found.append(reader.word_tail(more, v))
            reader.extra_words = []
        for got in found:
            if got is None:
                continue
            if got.end > consumed:
                consumed = got.end
            b = _attach(text, low, got, include_dates)
            if b is None:
                continue
            if held is None:
                held = b
                continue
            if b.start - held.end <= _LONGEST_GAP or held.kind == "age":
                out, held = _join_step(text, held, b)
            else:  # far apart: nothing to join (the common case, without a call)
                out, held = held, b
            if out is not None and not out.latent:
                yield out
    if held is not None and not held.latent:
        yield held


# Space-like characters (Unicode ``Zs``: no-break, thin, figure, ideographic spaces …) read as a
# plain space, so ``300\u00a0firefighters`` counts firefighters like ``300 firefighters``. Each is
# one character for one, so offsets are unchanged and records still slice the paragraph as written.
_SPACE_LIKE = "".join(
    c for c in map(chr, range(0x3001)) if c != " " and unicodedata.category(c) == "Zs"
)

# The only characters that match an ASCII letter under ``regex.IGNORECASE`` yet do not lower-case
# to it (``İ`` lower-cases to two characters): ``_fold`` maps them first.
_FOLD_TRAPS = str.maketrans({"\u0130": "i", "\u017f": "s"})


def _fold(text: str) -> str:
    """``text`` lower-cased as the ``IGNORECASE`` patterns compare ASCII words, same length.

    >>> _fold("At Least \u017fix")
    'at least six'
    """
    if not text.isascii() and ("\u0130" in text or "\u017f" in text):
        text = text.translate(_FOLD_TRAPS)
    return text.lower()


def _plain_spaces(text: str) -> str:
    """``text`` with every space-like character as a plain space (same length, same offsets).

    >>> _plain_spaces("300\u00a0firefighters, 12\u202f500 fans")
    '300 firefighters, 12 500 fans'
    """
    if text.isascii():
        return text
    for c in _SPACE_LIKE:  # ``in`` is a C search per character (a regex call costs more)
        if c in text:
            text = text.replace(c, " ")
    return text


def extract(
    paragraphs: Sequence[Paragraph],
    *,
    source: str = "-",
    entry: int = 1,
    include_dates: bool = False,
) -> Iterator[Number]:
    """Numbers of ONE entry's body paragraphs, in text order.

    >>> [(n.text, n.value, n.kind, n.start) for n in extract(paragraphs_of("Covid-19 hit 1,200 homes."))]
    [('1,200 homes', 1200, 'cardinal', 13)]
    >>> list(extract(paragraphs_of("No one left at 04:20 on 5 June.")))
    []
    """
    texts = [p.text for p in paragraphs]
    for i, triggers in scan.triggered(texts):
        para = paragraphs[i]
        text = texts[i]
        try:
            found = _paragraph_numbers(
                _plain_spaces(text),
                scan.iter_triggers(text) if triggers is None else triggers,
                include_dates,
            )
            for c in found:
                start, end = c.start, (c.end if c.end > c.noun_end else c.noun_end)
                yield Number(
                    source=source,
                    entry=entry,
                    line=para.line,
                    start=para.start + start,
                    end=para.start + end,
                    text=text[start:end],
                    value=c.value,
                    kind=c.kind,
                    unit=c.unit,
                    counts=c.counts,
                    qualifier=c.qualifier,
                    high=c.high,
                )
        except TimeoutError:  # a pattern ran away: the caller reports it (issue 5)
            raise
        except Exception:  # never raise on odd text; a bad paragraph yields the rest
            continue


def extract_text(text: str, *, source: str = "-", include_dates: bool = False) -> list[Number]:
    """Convenience: the whole text is one entry (``paragraphs_of(text)``).

    >>> [(n.text, n.value, n.unit) for n in extract_text("Profits rose 12% to £30m.")]
    [('12%', 12, '%'), ('£30m', 30000000, 'GBP')]
    >>> extract_text("He dialled 911 from a G7 summit.")
    []
    """
    return list(extract(paragraphs_of(text), source=source, include_dates=include_dates))
