"""Timestamp lines: recognise the stamp shapes live blogs print, and turn them into ISO 8601.

Only whole lines and line prefixes are read (entries-and-bylines.md §8, §11): a date that merely
occurs in a sentence is never a stamp. Parts are taken from named regex groups and the
``datetime`` is built explicitly; python-dateutil is used only for its zone database
(``tz.gettz``), never for parsing, so nothing depends on the machine's zone or emits
``UnknownTimezoneWarning``.

>>> s = classify_stamp("Jane Holt5 June 2025 04:20")
>>> (s.kind, s.author, s.raw, resolve(s).iso)
('trailer', 'Jane Holt', '5 June 2025 04:20', '2025-06-05T04:20:00')
>>> classify_stamp("The strikes began at 1am on 5 June 2025.") is None
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import regex
from dateutil import tz as dateutil_tz
from dateutil.relativedelta import relativedelta

from extract._limits import LINE_SHAPE_MAX_CHARS
from extract._lines_data import (
    AMBIGUOUS_ZONES,
    FIXED_ZONES,
    MONTHS,
    NAME_PARTICLES,
    NAMED_ZONES,
    NUMBER_WORDS,
    RELATIVE_UNITS,
    STAMP_LABELS,
    WEEKDAYS,
    ZONE_TOKENS,
)
from extract.records import Stamp

STAMP_KINDS = (
    "trailer",
    "header_author",
    "datetime",
    "date",
    "clock_tz",
    "clock",
    "relative",
    "updated",
    "bracket",
    "inline",
    "bbc",
    "epoch",
    "page_date",
)


@dataclass(slots=True)
class StampLine:
    """A stamp found on one line: its shape (``kind``), where it sits, and its parts as written.

    ``start``/``end`` are offsets into the line; ``line[start:end] == raw``. Missing parts are
    ``None``; ``resolve`` fills them from an anchor date, a page zone or ``now``.
    """

    kind: str
    raw: str
    start: int
    end: int
    author: str | None = None
    headline: str | None = None
    rest_start: int | None = None
    label: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None
    ago_seconds: int | None = None
    precision: str = "minute"
    epoch: int | None = None
    #: Calendar months of a relative stamp (``1 month ago``, ``2y ago``), kept apart from
    #: ``ago_seconds`` because a month has no fixed length. Additive to the issue's interface.
    ago_months: int | None = None


# --- pattern fragments ------------------------------------------------------------------------
# Every list is passed as a ``regex`` named list, which escapes the items and prefers the longest.


def _cased(words: object) -> list[str]:
    """Title, UPPER and as-given spellings of ``words`` (named lists match literally)."""
    out: set[str] = set()
    for word in words:  # type: ignore[attr-defined]
        out.update({word, word.title(), word.upper(), word[:1].upper() + word[1:]})
    return sorted(out)


_LISTS = {
    "months": _cased(MONTHS),
    "weekdays": _cased(WEEKDAYS),
    "zones": sorted(t for t in ZONE_TOKENS if t != "Z"),
    "labels": list(STAMP_LABELS),
    "numwords": _cased(NUMBER_WORDS),
    "units": list(RELATIVE_UNITS),
    "particles": sorted(NAME_PARTICLES),
}


def _compile(pattern: str, flags: int = regex.VERBOSE) -> regex.Pattern[str]:
    """Compile once at import, with the named lists above available as ``\\L<name>``."""
    lists: dict[str, Any] = _LISTS
    return regex.compile(pattern, flags, ignore_unused=True, **lists)


def _time(p: str = "") -> str:
    """A clock time with groups ``{p}h``, ``{p}m``, ``{p}s``, ``{p}ap`` (or ``{p}word``)."""
    return rf"""
    (?:
        (?P<{p}h>2[0-3]|[01]?\d)                            # hour, 0-23
        (?:
            [:.](?P<{p}m>[0-5]\d)                            # 09.15 / 04:20
            (?::(?P<{p}s>[0-5]\d)(?:\.\d{{1,9}}+)?)?         # :51 seconds, .678 fraction
          | h(?P<{p}m>[0-5]\d)                               # 10h11
        )?
        (?:\s?(?P<{p}ap>[AaPp])\.?\s?[Mm](?![\p{{L}}])\.?)?  # am, p.m., PM
        (?({p}m)|(?({p}ap)|(?!)))                           # a bare hour needs am/pm
      |
        (?P<{p}word>noon|midnight)                          # at noon
    )"""


def _zone(p: str = "") -> str:
    """A zone token with group ``{p}tz`` (explicit offsets first: they beat abbreviations)."""
    return rf"""
    (?P<{p}tz>
        (?:GMT|UTC|UT)\s?[+\-−]\s?\d{{1,2}}(?::?\d{{2}})?(?:\s*\(\L<zones>\))?   # GMT+1, UTC+5:30, GMT+0800 (CST)
      | [+\-−]\d{{2}}:?\d{{2}}(?![\d])(?:\s*\(\L<zones>\))?                    # +0100, -04:00
      | Z(?![\p{{L}}])                                                          # ISO 8601 Zulu
      | \(\L<zones>\)                                                            # (PDT)
      | \L<zones>(?![\p{{L}}\d])                                                 # BST, ET, British Summer Time
    )"""


_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\D|$|\d\d[.:]\d\d)"  # a year may be glued to a time: 201709.00
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>\L<months>)(?![\p{L}])\.?"

_DATE = rf"""
    (?:
        {_DAY}\.?(?:\s+of)?[\s-]+{_MONTH}(?:,?[\s-]*{_YEAR})?         # UK: 5 June 2025, 9th Aug, 2015
      | {_MONTH}\s+{_DAY}(?![\d:.])(?:,?\s*{_YEAR})?                 # US: June 5, 2025; Sep 03 2014
      | (?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)   # ISO 2022-11-19
      | (?P<n1>[0-3]?\d)\s?(?P<sep>[./])\s?(?P<n2>[01]?\d)\s?(?P=sep)\s?(?P<n3>\d{{4}}|\d\d)(?![\d])  # 29.02.2020, 08/17/14
    )"""

_LABEL = r"(?P<label>(?i:\L<labels>))(?:\s+(?:at|on))?\s*(?::|\s[-–—](?=\s))?\s*"  # Published: / Published -

# A whole line that is a date, with optional label, org, leading time, weekday, trailing time, zone.
DATETIME_RE = _compile(
    rf"""
    ^
    (?:{_LABEL})?                                        # Updated / Published / Last updated:
    (?:(?P<org>\p{{Lu}}[\p{{L}}&.'’]*+(?:\s\p{{Lu}}[\p{{L}}&.'’]*+){{0,4}})\s+\|\s+)?  # Associated Press |
    (?:{_time("a")}(?:\s*{_zone("a")})?\s*,?\s+)?        # time first: 12:16 a.m. ET, January 21, 2024
    (?:(?P<dow>\L<weekdays>)(?![\p{{L}}])\.?,?\s+)?       # Thursday / Tues / Fri,
    {_DATE}
    (?:
        (?:\s*[,@|]\s*|\s+at\s+|\s+|T|(?<=\d{{4}}))      # separator, ISO T, or a year glued to the time
        {_time()}
        (?:\s*{_zone()})?
    )?
    \s*\.?
    $
    """,
    regex.VERBOSE,
)

# The Unix ``date`` shape: Wed Aug 05 12:00:00 EDT 2015.
UNIX_DATE_RE = _compile(
    rf"""
    ^(?P<dow>\L<weekdays>)\s+{_MONTH}\s+{_DAY}\s+{_time()}(?:\s+{_zone()})?\s+{_YEAR}$
    """,
    regex.VERBOSE,
)

# A name-shaped author slot: capitalised tokens, particles between them (kept short: ≤5 tokens).
_AUTHOR = r"""
    \p{Lu}(?:[\p{L}'’\-]|\.(?!\d))*?
    (?:\s+(?:\L<particles>\s+)?\p{Lu}(?:[\p{L}'’\-]|\.(?!\d))*?){0,4}
"""

# Independent trailer: author glued (or not) to a full date and time; closes an entry.
TRAILER_RE = _compile(
    rf"""
    ^(?P<author>{_AUTHOR})
    \s?(?P<stamp>
        (?:(?P<dow>\L<weekdays>)(?![\p{{Ll}}])\.?,?\s+)?                # Thu, (glued to the name too)
        (?:{_DAY}\s+{_MONTH}\s+{_YEAR} | {_MONTH}\s+{_DAY},?\s+{_YEAR})  # 5 June 2025 / July 12, 2021
        ,?\s+(?:at\s+)?{_time()}(?:\s*{_zone()})?                       # 04:20 (BST), at 9:12 am
    )$
    """,
    regex.VERBOSE,
)

# Syndicated header: ``03:42 , Jane Doe`` (the space before the comma is real).
HEADER_AUTHOR_RE = _compile(
    rf"""
    ^(?P<stamp>(?P<h>2[0-3]|[01]?\d):(?P<m>[0-5]\d))\s*,\s*(?P<author>{_AUTHOR})$
    """,
    regex.VERBOSE,
)

# A clock with a zone as the whole line (9.50am BST, 15.42 CET), or a bare clock (16:45, 10:40pm).
CLOCK_RE = _compile(
    rf"""
    ^(?:{_time()})(?:\s*{_zone()})?$
    """,
    regex.VERBOSE,
)

# A number word needs a space before its unit, or ``and`` would read as ``an`` + ``d``.
_QTY_UNIT = r"(?:\d{1,6}+(?:\.\d+)?\s?|\L<numwords>\s+)\L<units>(?![\p{L}])"

# Relative stamps, whole line: 5h ago, 17 min ago, about an hour ago, just now.
RELATIVE_RE = _compile(
    rf"""
    ^(?:(?P<label>updated|posted|published)\s+)?
    (?:
        (?:(?:about|around|almost|nearly|over|more\ than)\s+)?   # about an hour ago
        (?P<parts>{_QTY_UNIT}(?:(?:\s*,\s*|\s+and\s+|\s+){_QTY_UNIT}){{0,6}})
        \s+ago
      |
        (?P<justnow>just\s+now|moments?\s+ago|a\s+moment\s+ago|now)   # no offset
    )\.?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_REL_PART_RE = _compile(
    r"(?:(?P<n>\d{1,6}+(?:\.\d+)?)\s?|(?P<n>\L<numwords>)\s+)(?P<unit>\L<units>)(?![\p{L}])",
    regex.VERBOSE | regex.IGNORECASE,
)

# ``Updated``, ``Updated at 17.02 CET`` (closes a post; sets ``updated``).
UPDATED_RE = _compile(
    rf"""
    ^(?P<label>(?:Last\s+)?[Uu]pdated)
    (?:(?:\s+at)?:?\s+(?P<stamp>{_time()}(?:\s*{_zone()})?))?
    \.?$
    """,
    regex.VERBOSE,
)

# ``[Posted at 2:51 p.m.] A woman…`` (CNN blogs, 2013): the stamp opens the post, text follows.
BRACKET_RE = _compile(
    rf"""
    ^\[(?P<stamp>
        (?:(?P<label>Posted|Updated|Published|Last\ updated)(?:\s+at)?:?\s+)?
        {_time()}(?:\s*{_zone()})?
    )\]\s*
    """,
    regex.VERBOSE,
)

# A line that starts with a time then text: 9.00am: Bad news…; 2:20AM Headline; 10:30 a.m. Brussels…
INLINE_RE = _compile(
    rf"""
    ^(?P<stamp>{_time()}(?:\s+{_zone()})?)
    (?<=[\p{{L}}.]|:\d\d)                          # ends in am/pm or :MM (not 9.50 or a bare 10)
    (?!\s*[-–—]\s*Source\b)                        # 01:23 - Source: CNN is a video length
    (?:
        \s*:\s+                                    # 9.00am: text
      | \s+[-–—]\s+(?=\p{{Lu}})                     # 9.00am - Text
      | \s+(?=[\p{{Lu}}"“‘'])                        # 2:20AM Headline
    )
    """,
    regex.VERBOSE,
)

# BBC: ``Headline textpublished at 07:16 British Summer Time 16 October 2023``.
BBC_RE = _compile(
    rf"""
    ^(?P<headline>.{{0,300}}?)\s?
    (?P<stamp>
        published\ at\s+(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)       # published at 07:16
        (?:\s+{_zone()})?                                          # British Summer Time
        (?:\s+{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)?                   # 16 October 2023
    )$
    """,
    regex.VERBOSE,
)

# Independent 2022 template: a 10-digit Unix time glued to the headline.
EPOCH_RE = _compile(
    r"""
    ^(?P<stamp>1[3-9]\d{8})(?!\d)       # 2011-2033 in seconds
    \s*(?=[\p{Lu}"“‘]|$)                # then a capitalised headline, or nothing
    """,
    regex.VERBOSE,
)

# Guardian page date: ``date 2022-11-19 6.14pm GMT`` (anchors bare times; never a boundary).
PAGE_DATE_RE = _compile(
    rf"""
    ^date\s+(?P<stamp>
        (?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)
        (?:\s+{_time()}(?:\s*{_zone()})?)?
    )$
    """,
    regex.VERBOSE,
)

# Page zone declarations: All times stated are UK; All times are Paris time (GMT+1); (all times local):
PAGE_TZ_RE = regex.compile(
    r"""
    ^(?:.*?\()?                                               # The Latest … (all times local):
    [Aa]ll\ times\ (?:(?:stated|shown|listed|given)\s+)?(?:are\s+)?(?:in\s+)?
    (?P<zone>[\p{L}][\p{L} ]{0,30}?)                           # UK / Paris time / ET / local
    (?:\s*\((?P<offset>(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)\))?   # (GMT+1)
    \)?[.:]?\)?:?$
    """,
    regex.VERBOSE,
)

_OFFSET_RE = regex.compile(
    r"""
    (?:(?<![\p{L}])(?:GMT|UTC|UT))?\s?        # optional GMT/UTC before the sign
    (?P<sign>[+\-−])\s?
    (?P<hh>\d{1,2})(?::?(?P<mm>\d\d))?        # +1, +0100, +05:30
    (?!\d)
    """,
    regex.VERBOSE,
)

# Cheap first test: stamp lines start with a digit or ``[``, end with a digit, or are short.
_MAX_SHORT = 48


def classify_stamp(line: str) -> StampLine | None:
    """Read a whole-line or line-prefix stamp; ``None`` for body text.

    Never a free-text date search: in-text times (``the 1am strikes``), video lengths
    (``01:23 - Source: CNN``), cross-references (``(See 2.49pm.)``) and scores give ``None``.

    >>> s = classify_stamp("9.50am BST")
    >>> (s.kind, s.hour, s.minute, s.tz)
    ('clock_tz', 9, 50, 'BST')
    >>> classify_stamp("01:23 - Source: CNN") is None
    True
    """
    if len(line) > LINE_SHAPE_MAX_CHARS:
        # A long line is body text, unless it opens with a stamp (``[Posted at 2:51 p.m.] …``):
        # read its head only, and keep only prefix shapes (a whole-line shape is never this long).
        found = classify_stamp(line[:LINE_SHAPE_MAX_CHARS])
        return found if found is not None and found.rest_start is not None else None
    stripped = line.strip()
    if not stripped:
        return None
    first, last = stripped[0], stripped[-1]
    timed_tail = last.isdigit() or _TIME_TAIL_RE.search(stripped) is not None
    if not (first.isdigit() or first == "[" or timed_tail or len(stripped) <= _MAX_SHORT):
        return None
    lead = len(line) - len(line.lstrip())
    text = stripped
    if first.isdigit() or first == "[":
        found = (
            _epoch(text)
            or _header_author(text)
            or _clock(text)
            or _relative(text)
            or _datetime(text)
            or _bracket(text)
            or _inline(text)
        )
    else:
        found = (
            _updated(text)
            or _relative(text)
            or _page_date(text)
            or _datetime(text)
            or _unix(text)
            or (_trailer(text) if timed_tail else None)
            or (_bbc(text) if timed_tail and "published at" in text else None)
        )
    if found is not None and lead:
        found.start += lead
        found.end += lead
        if found.rest_start is not None:
            found.rest_start += lead
    return found


# --- shape readers ----------------------------------------------------------------------------


def _epoch(text: str) -> StampLine | None:
    m = EPOCH_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    return StampLine(
        "epoch",
        m["stamp"],
        m.start("stamp"),
        m.end("stamp"),
        headline=rest or None,
        rest_start=m.end() if rest else None,
        epoch=int(m["stamp"]),
        precision="second",
    )


def _header_author(text: str) -> StampLine | None:
    if "," not in text:
        return None
    m = HEADER_AUTHOR_RE.match(text)
    if m is None:
        return None
    return StampLine(
        "header_author",
        m["stamp"],
        m.start("stamp"),
        m.end("stamp"),
        author=m["author"],
        hour=int(m["h"]),
        minute=int(m["m"]),
    )


def _clock(text: str) -> StampLine | None:
    m = CLOCK_RE.match(text)
    if m is None:
        return None
    stamp = StampLine("clock_tz" if m["tz"] else "clock", text, 0, len(text))
    return stamp if _fill_time(stamp, m) else None


def _relative(text: str) -> StampLine | None:
    if len(text) > 80:
        return None
    m = RELATIVE_RE.match(text)
    if m is None:
        return None
    stamp = StampLine("relative", text, 0, len(text), precision="second")
    if m["label"]:
        stamp.label = m["label"]
    if m["justnow"]:
        stamp.ago_seconds = 0
        return stamp
    seconds = 0.0
    months = 0
    finest = "month"
    for part in _REL_PART_RE.finditer(m["parts"]):
        number = part["n"].lower()
        count = float(number) if number[0].isdigit() else float(NUMBER_WORDS[number])
        unit_seconds, unit_months = RELATIVE_UNITS[part["unit"].lower()]
        seconds += count * unit_seconds
        months += round(count * unit_months)
        finest = _finer(finest, _unit_precision(unit_seconds))
    stamp.ago_seconds = round(seconds)
    stamp.ago_months = months or None
    stamp.precision = finest
    return stamp


def _unit_precision(unit_seconds: int) -> str:
    if unit_seconds == 0:
        return "month"
    if unit_seconds >= 86400:
        return "day"
    if unit_seconds >= 3600:
        return "hour"
    return "minute" if unit_seconds >= 60 else "second"


_PRECISION_ORDER = ("second", "minute", "hour", "day", "month")


def _finer(a: str, b: str) -> str:
    return a if _PRECISION_ORDER.index(a) < _PRECISION_ORDER.index(b) else b


def _datetime(text: str) -> StampLine | None:
    m = DATETIME_RE.match(text)
    if m is None:
        return None
    # The raw stamp starts at its first date or time part, after any label or ``Org |`` prefix.
    starts = [m.start(g) for g in _FIRST_PARTS if m[g] is not None]
    start = min(starts) if starts else 0
    end = len(text.rstrip(". "))
    stamp = StampLine("datetime", text[start:end], start, end, label=_label(m["label"]))
    if m["org"]:
        stamp.author = m["org"]
    if not _fill_date(stamp, m):
        return None
    has_time = m["h"] is not None or m["word"] is not None
    has_lead_time = m["ah"] is not None or m["aword"] is not None
    if has_time and has_lead_time:
        return None
    if has_time and not _fill_time(stamp, m):
        return None
    if has_lead_time and not _fill_time(stamp, m, "a"):
        return None
    if not (has_time or has_lead_time):
        stamp.kind = "date"
        stamp.precision = "day"
    return stamp


_FIRST_PARTS = ("ah", "aword", "dow", "day", "month", "year", "n1")


def _unix(text: str) -> StampLine | None:
    m = UNIX_DATE_RE.match(text)
    if m is None:
        return None
    stamp = StampLine("datetime", text, 0, len(text))
    if not _fill_date(stamp, m) or not _fill_time(stamp, m):
        return None
    return stamp


# A line that ends like a time: "… 9:12 am", "… 5.05 p.m.", "… 04:20 BST" (checked before the
# trailer and BBC patterns, which are the expensive ones).
_TIME_TAIL_RE = regex.compile(
    r"""(?:\d\s?(?:[ap]\.?m\.?|[AP]\.?M\.?) | \d\s\p{Lu}{2,5} | \d\sBritish\ Summer\ Time)$""",
    regex.VERBOSE,
)


def _trailer(text: str) -> StampLine | None:
    if len(text) > 120:
        return None
    m = TRAILER_RE.match(text)
    if m is None:
        return None
    author = m["author"]
    head = author.split()[0].rstrip(".,").lower()
    if head in MONTHS or head in _WEEKDAY_SET or head in _LABEL_WORDS:
        return None
    stamp = StampLine("trailer", m["stamp"], m.start("stamp"), m.end("stamp"), author=author)
    if not _fill_date(stamp, m) or not _fill_time(stamp, m):
        return None
    return stamp


_WEEKDAY_SET = frozenset(WEEKDAYS)
_LABEL_WORDS = frozenset(w.lower() for label in STAMP_LABELS for w in label.split())


def _updated(text: str) -> StampLine | None:
    if not (text.startswith(("Updated", "updated", "Last"))):
        return None
    m = UPDATED_RE.match(text)
    if m is None:
        return None
    if m["stamp"] is None:
        return StampLine("updated", text, 0, len(text), label=m["label"], precision="minute")
    stamp = StampLine("updated", m["stamp"], m.start("stamp"), m.end("stamp"), label=m["label"])
    return stamp if _fill_time(stamp, m) else None


def _bracket(text: str) -> StampLine | None:
    m = BRACKET_RE.match(text)
    if m is None:
        return None
    stamp = StampLine(
        "bracket",
        m["stamp"],
        m.start("stamp"),
        m.end("stamp"),
        label=m["label"],
        rest_start=m.end() if m.end() < len(text) else None,
    )
    return stamp if _fill_time(stamp, m) else None


def _inline(text: str) -> StampLine | None:
    m = INLINE_RE.match(text)
    if m is None:
        return None
    stamp = StampLine("inline", m["stamp"], 0, m.end("stamp"), rest_start=m.end())
    return stamp if _fill_time(stamp, m) else None


def _bbc(text: str) -> StampLine | None:
    m = BBC_RE.match(text)
    if m is None:
        return None
    stamp = StampLine(
        "bbc",
        m["stamp"],
        m.start("stamp"),
        m.end("stamp"),
        headline=m["headline"] or None,
        label="published",
        hour=int(m["h"]),
        minute=int(m["m"]),
        tz=m["tz"],
    )
    if m["month"] and not _fill_date(stamp, m):
        return None
    return stamp


def _page_date(text: str) -> StampLine | None:
    if not text.startswith("date "):
        return None
    m = PAGE_DATE_RE.match(text)
    if m is None:
        return None
    stamp = StampLine("page_date", m["stamp"], m.start("stamp"), m.end("stamp"), precision="day")
    if not _fill_date(stamp, m):
        return None
    if m["h"] is not None and not _fill_time(stamp, m):
        return None
    return stamp


def _label(label: str | None) -> str | None:
    """Normalise a label's spacing but keep its words (``Last updated``)."""
    return " ".join(label.split()) if label else None


# --- filling parts ----------------------------------------------------------------------------


def _g(m: regex.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or None when the pattern has no such group."""
    return m.groupdict().get(name)


def _fill_date(stamp: StampLine, m: regex.Match[str]) -> bool:
    """Set year/month/day from the match; False when the date does not exist (30 February)."""
    groups = m.groupdict()
    year: int | None
    if groups.get("n1") is not None:
        first, second, year_text = int(groups["n1"]), int(groups["n2"]), groups["n3"]
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year < 70 else 1900
        # Numeric dates are day-first (UK, Europe) unless the day cannot be a month, or the
        # stamp carries a US zone: ``08/17/14``, ``3/14/2016``; never a global ``dayfirst``.
        us_zone = (groups.get("tz") or "").strip("()").upper() in _US_ZONES
        if groups.get("sep") == "/" and (second > 12 or (us_zone and first <= 12)):
            first, second = second, first
        day, month = first, second
    else:
        month_text = groups["month"].rstrip(".").lower()
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    stamp.year, stamp.month, stamp.day = year, month, day
    return True


_US_ZONES = frozenset(
    {"ET", "CT", "PT", "MT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "MDT"}
)


def _fill_time(stamp: StampLine, m: regex.Match[str], p: str = "") -> bool:
    """Set hour/minute/second/tz and precision from the ``{p}`` time groups; False if impossible."""
    word = _g(m, f"{p}word")
    if word:
        stamp.hour, stamp.minute, stamp.precision = (12 if word == "noon" else 0), 0, "minute"
    else:
        hour = int(_g(m, f"{p}h") or 0)
        ampm = _g(m, f"{p}ap")
        if ampm:
            if not 1 <= hour <= 12:
                return False
            hour = hour % 12 + (12 if ampm in "Pp" else 0)
        stamp.hour = hour
        minute, second = _g(m, f"{p}m"), _g(m, f"{p}s")
        stamp.minute = int(minute) if minute else 0
        stamp.second = int(second) if second else None
        stamp.precision = "second" if second else "minute" if minute else "hour"
    zone = _g(m, f"{p}tz")
    if zone:
        stamp.tz = zone
    return True


# --- resolution -------------------------------------------------------------------------------


def stamp_datetime(stamp: StampLine, *, anchor: dt.date | None = None) -> dt.datetime | None:
    """Naive wall-clock datetime of the stamp (for ordering and rollover), or None without a date.

    The date comes from the stamp, else from ``anchor``; epoch stamps give UTC wall-clock time;
    relative stamps have no wall clock without ``now`` (use ``resolve``).

    >>> stamp_datetime(classify_stamp("16:45"), anchor=dt.date(2023, 2, 20))
    datetime.datetime(2023, 2, 20, 16, 45)
    >>> stamp_datetime(classify_stamp("16:45")) is None
    True
    """
    if stamp.epoch is not None:
        return dt.datetime.fromtimestamp(stamp.epoch, dt.UTC).replace(tzinfo=None)
    if stamp.kind == "relative":
        return None
    day = _stamp_date(stamp, anchor)
    if day is None:
        return None
    return dt.datetime(
        day.year, day.month, day.day, stamp.hour or 0, stamp.minute or 0, stamp.second or 0
    )


def _stamp_date(stamp: StampLine, anchor: dt.date | None) -> dt.date | None:
    if stamp.month is not None and stamp.day is not None:
        year = stamp.year if stamp.year is not None else (anchor.year if anchor else None)
        if year is None:
            return None
        try:
            return dt.date(year, stamp.month, stamp.day)
        except ValueError:
            return None
    return anchor


def resolve(
    stamp: StampLine,
    *,
    anchor: dt.date | None = None,
    tz: dt.tzinfo | None = None,
    page_tz: str | None = None,
    now: dt.datetime | None = None,
) -> Stamp:
    """Build the ``records.Stamp`` with an ISO 8601 ``iso`` (naive unless a zone is known).

    Date: the stamp's, else ``anchor`` (``date_inferred``). Zone: the stamp's own > ``page_tz``
    (a token such as ``UK``) > ``tz`` (the ``--tz`` option) > naive; ``tz_source`` says which.
    Relative stamps resolve against ``now``. A date-only stamp gives a date-only ``iso``.

    >>> resolve(classify_stamp("15.42 CET"), anchor=dt.date(2022, 11, 19)).iso
    '2022-11-19T15:42:00+01:00'
    >>> resolve(classify_stamp("5h ago")).iso is None
    True
    """
    raw = stamp.raw
    if stamp.kind == "relative":
        if now is None:
            return Stamp(raw, None, relative=True)
        # Calendar months first, then the fixed units (as dateparser does: 1 month 1 week ago).
        when = now - relativedelta(months=stamp.ago_months or 0)
        when -= dt.timedelta(seconds=stamp.ago_seconds or 0)
        return Stamp(
            raw, when.isoformat(), relative=True, tz_source="option" if now.tzinfo else None
        )
    if stamp.epoch is not None:
        when = dt.datetime.fromtimestamp(stamp.epoch, dt.UTC)
        return Stamp(raw, when.isoformat(), tz_source="stamp")
    has_date = stamp.month is not None and stamp.day is not None
    inferred = not has_date or stamp.year is None
    day = _stamp_date(stamp, anchor)
    if day is None or (stamp.hour is None and not has_date):
        return Stamp(raw, None)
    if stamp.hour is None:
        return Stamp(raw, day.isoformat(), date_inferred=inferred)
    wall = dt.datetime(
        day.year, day.month, day.day, stamp.hour, stamp.minute or 0, stamp.second or 0
    )
    zone, source = _pick_zone(stamp, day, tz, page_tz)
    if zone is not None:
        wall = wall.replace(tzinfo=zone)
    return Stamp(raw, wall.isoformat(), date_inferred=inferred, tz_source=source)


def _pick_zone(
    stamp: StampLine, day: dt.date, option: dt.tzinfo | None, page_tz: str | None
) -> tuple[dt.tzinfo | None, str | None]:
    if stamp.tz:
        # An ambiguous zone on the stamp (IST) leaves the time naive rather than guessing.
        return zone_for(stamp.tz, day), ("stamp" if zone_for(stamp.tz, day) else None)
    if page_tz:
        zone = zone_for(page_tz, day)
        if zone is not None:
            return zone, "page"
    if option is not None:
        return option, "option"
    return None, None


def zone_for(token: str, on: dt.date | None) -> dt.tzinfo | None:
    """The zone a token names (entries-and-bylines.md §8), or None when unknown or ambiguous.

    Explicit offsets beat abbreviations (``GMT+0800 (CST)`` → +08:00); ``ET``/``CT``/``PT`` and
    ``UK`` are date-dependent zones from ``dateutil.tz.gettz``; ``IST`` is ambiguous. ``on`` is
    accepted for callers that want a fixed offset for a day (``utcoffset`` on a datetime of it).

    >>> zone_for("BST", None)
    datetime.timezone(datetime.timedelta(seconds=3600))
    >>> zone_for("IST", None) is None
    True
    """
    if len(token) > LINE_SHAPE_MAX_CHARS:
        return None
    text = " ".join(token.replace("−", "-").split())
    if not text:
        return None
    offset = _OFFSET_RE.search(text)
    if offset is not None:
        hours, minutes = int(offset["hh"]), int(offset["mm"] or 0)
        if hours > 14 or minutes > 59:
            return None
        total = dt.timedelta(hours=hours, minutes=minutes)
        return dt.timezone(-total if offset["sign"] == "-" else total)
    bare = text.strip("() ")
    if bare in AMBIGUOUS_ZONES or bare.lower() in AMBIGUOUS_ZONES:
        return None
    for key in (bare, bare.upper(), bare.title()):
        if key in FIXED_ZONES:
            return dt.timezone(dt.timedelta(minutes=FIXED_ZONES[key]))
        if key in NAMED_ZONES:
            return dateutil_tz.gettz(NAMED_ZONES[key])
    for key, name in NAMED_ZONES.items():
        if key.lower() == bare.lower():
            return dateutil_tz.gettz(name)
    return None


def page_zone(line: str) -> str | None:
    """The zone a page declares for its times, as a token for ``zone_for``; else None.

    An explicit offset in the declaration wins; ``(all times local)`` gives ``local``, which
    ``zone_for`` leaves unresolved (the caller warns).

    >>> page_zone("All times stated are UK")
    'UK'
    >>> page_zone("All times are Paris time (GMT+1).")
    'GMT+1'
    >>> page_zone("All the times I went there.") is None
    True
    """
    text = line.strip()
    if "times" not in text or len(text) > 200:
        return None
    m = PAGE_TZ_RE.match(text)
    if m is None:
        return None
    if m["offset"]:
        return "".join(m["offset"].split())
    zone = m["zone"].strip()
    if zone.lower() in AMBIGUOUS_ZONES:
        return zone.lower()
    candidates = (zone, zone.removesuffix(" time"), f"{zone} time")
    for candidate in candidates:
        if zone_for(candidate, None) is not None:
            return candidate
    return None
