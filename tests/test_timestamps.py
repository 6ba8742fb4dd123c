"""Timestamp line shapes (entries-and-bylines.md §8–§11).

Cases are our own lines written in the shapes the design note catalogues (``*_NEW``), bugs met
while building (``*_BUGS_CAUGHT``), the §11 false-positive guards (``NOT_STAMPS``) and known
misses (``*_XFAIL``). The shared catalogue lines are read at test time from ``../shared`` and
skipped when it is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.timestamps import classify_stamp, page_zone, resolve, stamp_datetime, zone_for

SHARED = Path(__file__).resolve().parents[2] / "shared"
ANCHOR = dt.date(2024, 3, 9)

# (line, kind, author, iso resolved with ANCHOR and no zone options)
STAMPS_NEW = [
    ("Mara Quinlan7 March 2024 22:05", "trailer", "Mara Quinlan", "2024-03-07T22:05:00"),
    ("Dev Okonjo-Hart 12 May 2023 09:41", "trailer", "Dev Okonjo-Hart", "2023-05-12T09:41:00"),
    ("Tilly SharpeOctober 3, 2022 18:20", "trailer", "Tilly Sharpe", "2022-10-03T18:20:00"),
    ("21:17 , Oren Fabre", "header_author", "Oren Fabre", "2024-03-09T21:17:00"),
    ("08:02 , Lise de Wit", "header_author", "Lise de Wit", "2024-03-09T08:02:00"),
    ("Saturday 9 March 2024 10.05 GMT", "datetime", None, "2024-03-09T10:05:00+00:00"),
    ("Updated 9 March 2024, 11:30 GMT", "datetime", None, "2024-03-09T11:30:00+00:00"),
    ("Monday 18 September 201708.30 BST", "datetime", None, "2017-09-18T08:30:00+01:00"),
    ("Updated 4:05 p.m. ET, March 9, 2024", "datetime", None, "2024-03-09T16:05:00-05:00"),
    ("11:12 AM ET, November 3rd, 2015", "datetime", None, "2015-11-03T11:12:00-05:00"),
    ("June 12th, 2024, 09:15 AM", "datetime", None, "2024-06-12T09:15:00"),
    ("Reuters | April 2, 2019 6:40 pm", "datetime", "Reuters", "2019-04-02T18:40:00"),
    ("July 4, 2023", "date", None, "2023-07-04"),
    ("Tuesday 14 February", "date", None, "2024-02-14"),
    ("10.20am GMT", "clock_tz", None, "2024-03-09T10:20:00+00:00"),
    ("18.03 CET", "clock_tz", None, "2024-03-09T18:03:00+01:00"),
    ("8.15pm BST", "clock_tz", None, "2024-03-09T20:15:00+01:00"),
    ("13:58", "clock", None, "2024-03-09T13:58:00"),
    ("11:05pm", "clock", None, "2024-03-09T23:05:00"),
    ("Updated at 19.44 CET", "updated", None, "2024-03-09T19:44:00+01:00"),
    ("Updated", "updated", None, None),
    (
        "[Posted at 4:07 p.m.] Rescue crews reached the village",
        "bracket",
        None,
        "2024-03-09T16:07:00",
    ),
    ("[Updated at 9:12 a.m. ET] Polls open across", "bracket", None, "2024-03-09T09:12:00-05:00"),
    ("7.40am: Good morning and welcome", "inline", None, "2024-03-09T07:40:00"),
    ("3:35PM Ferry services suspended", "inline", None, "2024-03-09T15:35:00"),
    ("11:45 a.m. Officials confirm the closure", "inline", None, "2024-03-09T11:45:00"),
    (
        "Storm warnings extendedpublished at 14:02 Greenwich Mean Time 9 March 2024",
        "bbc",
        None,
        "2024-03-09T14:02:00+00:00",
    ),
    ("1709971200Flood barriers raised along the river", "epoch", None, "2024-03-09T08:00:00+00:00"),
    ("date 2023-04-01 7.02pm BST", "page_date", None, "2023-04-01T19:02:00+01:00"),
    ("Thu Mar 07 09:15:00 EST 2024", "datetime", None, "2024-03-07T09:15:00-05:00"),
    ("2024-03-07T09:15:00+05:30", "datetime", None, "2024-03-07T09:15:00+05:30"),
    ("Tue Mar 05 2024 16:00:00 GMT+0800 (CST)", "datetime", None, "2024-03-05T16:00:00+08:00"),
]

RELATIVE_NEW = [
    ("3h ago", "2024-03-09T09:00:00"),
    ("42 min ago", "2024-03-09T11:18:00"),
    ("about an hour ago", "2024-03-09T11:00:00"),
    ("2 days ago", "2024-03-07T12:00:00"),
    ("1 month ago", "2024-02-09T12:00:00"),
    ("Just now", "2024-03-09T12:00:00"),
    ("1 hour and 5 minutes ago", "2024-03-09T10:55:00"),
]

STAMPS_BUGS_CAUGHT = [
    # ``and`` once read as ``an`` + ``d`` (one day) inside a multi-unit relative stamp.
    ("1 week and 2 days ago", "relative", None, None),
    # ISO ``T`` separator between date and time.
    ("2021-06-30T23:59:00Z", "datetime", None, "2021-06-30T23:59:00+00:00"),
    # A weekday is never a trailer's author.
    ("Friday 8 March 2024 17:10", "datetime", None, "2024-03-08T17:10:00"),
]

# §11 guards and ordinary body text: never a stamp.
NOT_STAMPS = [
    ("in-text time", "Residents were woken by the 3am explosions near the depot."),
    ("video duration", "02:47 - Source: CNN"),
    ("cross reference", "… she said in her statement. (See 1.12pm.)"),
    ("score", "2-0"),
    ("match minute", "74 min: Ortega curls it wide"),
    ("in-text zone", "Voting closes by 8:00 p.m. EST (0100 GMT)."),
    ("number line", "12.5"),
    ("count start", "14 people were taken to hospital"),
    ("date in prose", "On 5 June 2025 the council met again."),
    ("month word", "May we ask whether the plan will work?"),
    ("impossible date", "February 30, 2024"),
    ("hour past 12 with pm", "14:05 pm"),
    ("epoch then lower case", "1709971200 was the value logged"),
    ("empty", "   "),
]

STAMPS_XFAIL = [
    ("agency label before a clock", "Wire Desk at 6:17 a.m. EST"),
    ("weekday alone", "Friday"),
    ("compact numeric", "202403091015"),
]


@pytest.mark.parametrize(
    ("line", "kind", "author", "iso"),
    STAMPS_NEW + STAMPS_BUGS_CAUGHT,
    ids=[c[0][:40] for c in STAMPS_NEW + STAMPS_BUGS_CAUGHT],
)
def test_stamp_shapes(line: str, kind: str, author: str | None, iso: str | None) -> None:
    stamp = classify_stamp(line)
    assert stamp is not None
    assert stamp.kind == kind
    assert stamp.author == author
    assert line[stamp.start : stamp.end] == stamp.raw
    if kind != "relative":
        assert resolve(stamp, anchor=ANCHOR).iso == iso


@pytest.mark.parametrize(("line", "iso"), RELATIVE_NEW, ids=[c[0] for c in RELATIVE_NEW])
def test_relative_stamps(line: str, iso: str) -> None:
    stamp = classify_stamp(line)
    assert stamp is not None and stamp.kind == "relative"
    result = resolve(stamp, now=dt.datetime(2024, 3, 9, 12, 0))
    assert result.iso == iso
    assert result.relative
    assert resolve(stamp).iso is None  # no --now, no time


@pytest.mark.parametrize(("why", "line"), NOT_STAMPS, ids=[c[0] for c in NOT_STAMPS])
def test_not_stamps(why: str, line: str) -> None:
    assert classify_stamp(line) is None


@pytest.mark.parametrize(
    ("why", "line"),
    [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in STAMPS_XFAIL],
    ids=[c[0] for c in STAMPS_XFAIL],
)
def test_known_misses(why: str, line: str) -> None:
    assert classify_stamp(line) is not None


def test_rest_start_and_headline() -> None:
    line = "[Posted at 4:07 p.m.] Rescue crews reached the village"
    stamp = classify_stamp(line)
    assert stamp is not None and stamp.rest_start is not None
    assert line[stamp.rest_start :] == "Rescue crews reached the village"
    assert stamp.label == "Posted"
    bbc = classify_stamp("Storm warnings extendedpublished at 14:02 GMT 9 March 2024")
    assert bbc is not None and bbc.headline == "Storm warnings extended"
    epoch = classify_stamp("1709971200Flood barriers raised")
    assert epoch is not None and epoch.headline == "Flood barriers raised"


def test_leading_space_offsets() -> None:
    line = "  10.20am GMT"
    stamp = classify_stamp(line)
    assert stamp is not None and line[stamp.start : stamp.end] == stamp.raw


# --- zones ------------------------------------------------------------------------------------

ZONES = [
    ("GMT", dt.date(2024, 1, 10), 0),
    ("BST", dt.date(2024, 7, 10), 60),
    ("British Summer Time", None, 60),
    ("CEST", None, 120),
    ("EET", None, 120),
    ("EDT", None, -240),
    ("PST", None, -480),
    ("AEDT", None, 660),
    ("GMT+1", None, 60),
    ("UTC+5:30", None, 330),
    ("-0930", None, -570),
    ("GMT+0800 (CST)", None, 480),  # an explicit offset beats the abbreviation
    ("(PDT)", None, -420),
]


@pytest.mark.parametrize(("token", "on", "minutes"), ZONES, ids=[z[0] for z in ZONES])
def test_fixed_zones(token: str, on: dt.date | None, minutes: int) -> None:
    zone = zone_for(token, on)
    assert zone is not None
    assert zone.utcoffset(dt.datetime(2024, 1, 1)) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("token", "winter", "summer"),
    [("ET", -300, -240), ("PT", -480, -420), ("UK", 0, 60), ("CT", -360, -300)],
)
def test_date_dependent_zones(token: str, winter: int, summer: int) -> None:
    zone = zone_for(token, None)
    assert zone is not None
    assert zone.utcoffset(dt.datetime(2024, 1, 15, 12)) == dt.timedelta(minutes=winter)
    assert zone.utcoffset(dt.datetime(2024, 7, 15, 12)) == dt.timedelta(minutes=summer)


@pytest.mark.parametrize("token", ["IST", "local", "XYZ", ""])
def test_unknown_or_ambiguous_zones(token: str) -> None:
    assert zone_for(token, None) is None


def test_zone_precedence() -> None:
    clock = classify_stamp("13:58")
    tagged = classify_stamp("13:58 CET")
    assert clock is not None and tagged is not None
    option = dt.timezone(dt.timedelta(hours=-3))
    assert resolve(tagged, anchor=ANCHOR, page_tz="UK", tz=option).tz_source == "stamp"
    page = resolve(clock, anchor=ANCHOR, page_tz="UK", tz=option)
    assert (page.iso, page.tz_source) == ("2024-03-09T13:58:00+00:00", "page")
    opt = resolve(clock, anchor=ANCHOR, tz=option)
    assert (opt.iso, opt.tz_source) == ("2024-03-09T13:58:00-03:00", "option")
    naive = resolve(clock, anchor=ANCHOR)
    assert (naive.iso, naive.tz_source, naive.date_inferred) == ("2024-03-09T13:58:00", None, True)
    ambiguous = classify_stamp("13:58 IST")
    assert ambiguous is not None
    assert resolve(ambiguous, anchor=ANCHOR).iso == "2024-03-09T13:58:00"  # left naive


def test_no_date_no_iso() -> None:
    stamp = classify_stamp("13:58")
    assert stamp is not None
    assert resolve(stamp).iso is None
    assert stamp_datetime(stamp) is None
    assert stamp_datetime(stamp, anchor=ANCHOR) == dt.datetime(2024, 3, 9, 13, 58)


PAGE_ZONES = [
    ("All times stated are UK", "UK"),
    ("All times are Paris time (GMT+1).", "GMT+1"),
    ("All times ET", "ET"),
    ("The Latest on the storm (all times local):", "local"),
    ("All the times she had warned them", None),
    ("Times are changing.", None),
]


@pytest.mark.parametrize(("line", "zone"), PAGE_ZONES, ids=[p[0][:30] for p in PAGE_ZONES])
def test_page_zone(line: str, zone: str | None) -> None:
    assert page_zone(line) == zone


def test_dateutil_never_warns() -> None:
    # pytest runs with filterwarnings=error, so an UnknownTimezoneWarning would fail here.
    for line in ("5:10 PM ET March 5 2024", "09:15 BST", "Updated 5 June 2025, 04:20 BST"):
        stamp = classify_stamp(line)
        if stamp is not None:
            resolve(stamp, anchor=ANCHOR)


# --- properties and speed ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_never_crashes_and_offsets_slice(line: str) -> None:
    line = line.replace("\n", " ").replace("\r", " ")
    stamp = classify_stamp(line)
    if stamp is not None:
        assert line[stamp.start : stamp.end] == stamp.raw
        resolve(stamp, anchor=ANCHOR, now=dt.datetime(2024, 3, 9, 12))


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 5000,
        "Ab " * 2000 + "5 June 2025 04:20",
        "9:" * 3000,
        "A" * 3000 + "published at 07:16",
    ],
    ids=["digits", "many names", "colons", "long headline"],
)
def test_hostile_input_is_fast(hostile: str) -> None:
    started = time.perf_counter()
    classify_stamp(hostile)
    assert time.perf_counter() - started < 0.05


def test_catalogue_lines_from_shared() -> None:
    path = SHARED / "conformance" / "live_formats.jsonl"
    if not path.exists():
        pytest.skip("../shared is absent")
    with path.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle]
    stamped = [c for c in cases if "proposed" in c and "time" in c["proposed"]]
    hits = sum(
        any(classify_stamp(p.strip()) is not None for p in c["line"].split(" / ")) for c in stamped
    )
    assert hits >= len(stamped) - 1
