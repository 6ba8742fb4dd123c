"""Byline, author-slot, dateline and role-line shapes (entries-and-bylines.md §7, §11).

Our own lines in the catalogued shapes (``BYLINES_NEW``), bugs met while building
(``BYLINES_BUGS_CAUGHT``), lines that must not be bylines (``NOT_BYLINES``: prose, chrome, time
words, ``Byrne``), and known misses (``BYLINES_XFAIL``).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.bylines import parse_author, parse_byline, parse_dateline, parse_role_line

# (line, authors, role, org, location)
BYLINES_NEW = [
    ("By Priya Nair and Owen Castell, CNN", ["Priya Nair", "Owen Castell"], None, "CNN", None),
    (
        "By Ruth Ellery, Middle East correspondent, in Beirut",
        ["Ruth Ellery"],
        "Middle East correspondent",
        None,
        "Beirut",
    ),
    (
        "By HANNAH B. WOLCOTT Associated Press BOISE, Idaho (AP) —",
        ["Hannah B. Wolcott"],
        None,
        "Associated Press",
        "BOISE, Idaho",
    ),
    (
        "By PETRA LIND, MARCUS OYELARAN and JOSE ABREU Associated Press",
        ["Petra Lind", "Marcus Oyelaran", "Jose Abreu"],
        None,
        "Associated Press",
        None,
    ),
    ("Tomasz Wiley, Diplomatic Editor", ["Tomasz Wiley"], "Diplomatic Editor", None, None),
    ("By Iain FordeBBC News, Glasgow", ["Iain Forde"], None, "BBC News", "Glasgow"),
    (
        "Megan OrrellHealth correspondent, Cardiff",
        ["Megan Orrell"],
        "Health correspondent",
        None,
        "Cardiff",
    ),
    (
        "Carl BeaumontWashington reporter@cbeaumonton Twitter",
        ["Carl Beaumont"],
        "Washington reporter",
        None,
        None,
    ),
    ("by Fergus Dunlop Wales correspondent", ["Fergus Dunlop"], "Wales correspondent", None, None),
    ("Associated Press", [], None, "Associated Press", None),
    ("From CNN staff", [], None, "CNN", None),
    ("Guardian staff and agencies", [], None, "Guardian", None),
    (
        "Nadia Ferreira (now); Colm Healy, Ines Brandt and Yusuf Adeyemi (earlier)",
        ["Nadia Ferreira", "Colm Healy", "Ines Brandt", "Yusuf Adeyemi"],
        None,
        None,
        None,
    ),
    (
        "Ola Sandberg and (earlier) Kit Marlowe, Dana Fisk",
        ["Ola Sandberg", "Kit Marlowe", "Dana Fisk"],
        None,
        None,
        None,
    ),
    (
        "Live reporting from Ana Kos, with updates from Piet Smit in Kyiv",
        ["Ana Kos", "Piet Smit"],
        None,
        None,
        "Kyiv",
    ),
    ("Live updates by Rowan Steele", ["Rowan Steele"], None, None, None),
    ("Edited by Jo Marsh and Eliot Tan", ["Jo Marsh", "Eliot Tan"], "Editor", None, None),
    (
        "By Ali Haddad Of Northern State University and Ben Cole Of The Associated Press",
        ["Ali Haddad", "Ben Cole"],
        None,
        "Northern State University; The Associated Press",
        None,
    ),
    (
        "By Seán Ó Briain, Léa Fontaine-Roux and Kwame Mensah Jr., Reuters",
        ["Seán Ó Briain", "Léa Fontaine-Roux", "Kwame Mensah Jr."],
        None,
        "Reuters",
        None,
    ),
    ("Gideon van der Berg", ["Gideon van der Berg"], None, None, None),
    ("By:Rhea Kapoor", ["Rhea Kapoor"], None, None, None),
    (
        "Zara Okoye, Luis Prado, Mei Tanaka, Eamon Roche",
        ["Zara Okoye", "Luis Prado", "Mei Tanaka", "Eamon Roche"],
        None,
        None,
        None,
    ),
]

BYLINES_BUGS_CAUGHT = [
    # A dateline place once swallowed the org before it (``Associated Press RALEIGH``).
    (
        "By TOM REYES Associated Press LONDON (AP) —",
        ["Tom Reyes"],
        None,
        "Associated Press",
        "LONDON",
    ),
    # ``Of The Associated Press`` once lost to the org-suffix rule, leaving ``Name Of``.
    ("By Eve Lark Of The Associated Press", ["Eve Lark"], None, "The Associated Press", None),
]

NOT_BYLINES = [
    ("By inside a name", "Byrne Hobart wrote about the deal."),
    ("prose", "The minister said talks would resume next week."),
    ("headline", "Ferry operator cancels crossings as storm arrives"),
    ("chrome", "Key Points"),
    ("chrome 2", "Live Reporting"),
    ("email chrome", "Email The Author"),
    ("time words", "Hours Ago Lena Park"),
    ("empty post by", "Post by:"),
    ("From + weekday", "From Monday, buses will run every ten minutes"),
    ("role alone", "Europe correspondent"),
    ("label", "Breaking News"),
    ("lower-case start", "and then they left"),
    ("sentence ending", "Ruth Ellery."),
    ("credit", "Photograph: Ann Lee/Reuters"),
]

BYLINES_XFAIL = [
    ("glued date then reviewer", "By Jo PikeMay 3 2024Reviewed by Sam Hale", ["Jo Pike"]),
    ("title-case three-word headline", "Macron Meets Scholz", None),
]


def _row(b):  # type: ignore[no-untyped-def]
    return (b.authors, b.role, b.org, b.location)


@pytest.mark.parametrize(
    ("line", "authors", "role", "org", "location"),
    BYLINES_NEW + BYLINES_BUGS_CAUGHT,
    ids=[c[0][:40] for c in BYLINES_NEW + BYLINES_BUGS_CAUGHT],
)
def test_bylines(
    line: str, authors: list[str], role: str | None, org: str | None, location: str | None
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert _row(byline) == (authors, role, org, location)
    assert byline.raw == line


@pytest.mark.parametrize(("why", "line"), NOT_BYLINES, ids=[c[0] for c in NOT_BYLINES])
def test_not_bylines(why: str, line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("why", "line", "authors"),
    [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in BYLINES_XFAIL],
    ids=[c[0] for c in BYLINES_XFAIL],
)
def test_byline_known_misses(why: str, line: str, authors: list[str] | None) -> None:
    byline = parse_byline(line)
    assert (byline.authors if byline else None) == authors


AUTHOR_SLOTS = [
    ("Mara Quinlan", ["Mara Quinlan"], None),
    ("Reuters", [], "Reuters"),
    ("Lena Park @lenapark 9:41AM", ["Lena Park"], None),
    ("Lena Park — Harbour Gazette", ["Lena Park"], None),
    ("Lena Park from Harbour Gazette", ["Lena Park"], "Harbour Gazette"),
    ("Kit &amp; Dana Fisk", ["Kit", "Dana Fisk"], None),
    ("Lena_Park", ["Lena Park"], None),
    ('Lena "The Hammer" Park', ["Lena Park"], None),
    ("Tilly SharpeOctober 3, 2022 18:20", ["Tilly Sharpe"], None),
    ("2024", [], None),
    ("news@example.org", [], None),
]


@pytest.mark.parametrize(("slot", "authors", "org"), AUTHOR_SLOTS, ids=[a[0] for a in AUTHOR_SLOTS])
def test_parse_author(slot: str, authors: list[str], org: str | None) -> None:
    byline = parse_author(slot)
    assert (byline.authors, byline.org) == (authors, org)


DATELINES = [
    ("ODESA, March 2 (Reuters) - Port officials said", ("ODESA", "Reuters", 27)),
    ("BOISE, Idaho (AP) — A wildfire", ("BOISE, Idaho", "AP", 20)),
    ("PARIS (Reuters) -The bank said", ("PARIS", "Reuters", 17)),
    ("(Reuters) - Shares fell", (None, "Reuters", 12)),
    ("GENEVA, Switzerland — Delegates met", ("GENEVA, Switzerland", None, 22)),
    ("The bank (Reuters) said so", None),
    ("Officials said on Monday - nothing new", None),
]


@pytest.mark.parametrize(("line", "expected"), DATELINES, ids=[d[0][:25] for d in DATELINES])
def test_parse_dateline(line: str, expected: tuple[str | None, str | None, int] | None) -> None:
    assert parse_dateline(line) == expected


ROLE_LINES = [
    ("Live editor, in Washington DC", ("Live editor", "Washington DC")),
    ("Chief political correspondent", ("Chief political correspondent", None)),
    ("Business reporter, Lagos", ("Business reporter", "Lagos")),
    ("The editor resigned on Monday.", None),
    ("Jenny Smith Editor", None),
]


@pytest.mark.parametrize(("line", "expected"), ROLE_LINES, ids=[r[0] for r in ROLE_LINES])
def test_parse_role_line(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_role_line(line) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_never_crashes(line: str) -> None:
    byline = parse_byline(line)
    if byline is not None:
        assert all(a.strip() == a and a for a in byline.authors)
    parse_author(line)
    parse_dateline(line)
    parse_role_line(line)


@pytest.mark.parametrize(
    "hostile",
    ["By " + "Ab " * 100, "A" * 5000, "By " + "Ann Lee, " * 40, "KYIV " * 1000 + "(Reuters) -"],
    ids=["many tokens", "one long token", "long list", "long dateline"],
)
def test_hostile_input_is_fast(hostile: str) -> None:
    started = time.perf_counter()
    parse_byline(hostile)
    parse_author(hostile[:300])
    parse_dateline(hostile)
    assert time.perf_counter() - started < 0.05
