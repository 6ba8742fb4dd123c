"""Caption and credit shapes (entries-and-bylines.md §6) and the guards that keep prose out.

``CAPTIONS_NEW`` are our own lines in the catalogued shapes; ``NOT_CAPTIONS`` are body lines
that mention agencies, datelines and cross-references; ``CAPTIONS_XFAIL`` are known misses.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.captions import parse_caption, split_credit

SHARED = Path(__file__).resolve().parents[2] / "shared"

# (line, caption text, credit)
CAPTIONS_NEW = [
    (
        "Volunteers fill sandbags by the harbour wall (AFP/Getty)",
        "Volunteers fill sandbags by the harbour wall",
        "AFP/Getty",
    ),
    (
        "The senator arrives at the hearing (AP Photo/Dana Whitlow)",
        "The senator arrives at the hearing",
        "AP Photo/Dana Whitlow",
    ),
    (
        "Guests at the gala (Photo by Rui Matos/Getty Images for Harbour Arts Trust)",
        "Guests at the gala",
        "Photo by Rui Matos/Getty Images for Harbour Arts Trust",
    ),
    ("Smoke over the port (Ilya Brok/Reuters)", "Smoke over the port", "Ilya Brok/Reuters"),
    (
        "Rescuers at the scene. Photograph: Olena Marchuk/Reuters",
        "Rescuers at the scene.",
        "Olena Marchuk/Reuters",
    ),
    ("Photograph: Jon Healy/AFP/Getty Images", "", "Jon Healy/AFP/Getty Images"),
    ("Pic: PA", "", "PA"),
    (
        "Image caption: Queues formed outside polling stations",
        "Queues formed outside polling stations",
        None,
    ),
    ("Image source, Getty Images", "", "Getty Images"),
    ("Credit…Lia Brandt for The New York Times", "", "Lia Brandt for The New York Times"),
    ("© Marco Viel/The New York Times", "", "Marco Viel/The New York Times"),
    (
        "Delegates at the summit [File: Ross Amand/AP Photo]",
        "Delegates at the summit",
        "Ross Amand/AP Photo",
    ),
    (
        "Tents in a camp near Rafah, June 2. REUTERS/Samir Awad",
        "Tents in a camp near Rafah, June 2.",
        "REUTERS/Samir Awad",
    ),
    (
        "Orli Ben-Ami/Agence France-Presse — Getty Images",
        "",
        "Orli Ben-Ami/Agence France-Presse — Getty Images",
    ),
    (
        "The mayor in Detroit (AP Photo/Kim Ruiz) Photo: ASSOCIATED PRESS/Kim Ruiz",
        "The mayor in Detroit",
        "AP Photo/Kim Ruiz",
    ),
]

NOT_CAPTIONS = [
    (
        "agency mid-sentence",
        "The minister told Reuters (in an interview on Sunday) that talks would go on.",
    ),
    ("dateline", "BOISE, Idaho (AP) —"),
    ("dateline without dash", "BOISE, Idaho (AP)"),
    ("wire footer after a sentence", "Shares fell sharply in early trading. (Reuters)"),
    ("reported speech", "Inflation eased in May, the statistics office said (PA)"),
    ("party and state", "Senator Ann Ruiz (D-PA)"),
    ("cross reference", "… as she said earlier. (See 11.20am.)"),
    ("fraction", "Turnout was about 2/3 of the last election"),
    ("plain parenthesis", "The bridge (closed since May) reopens today"),
    ("body", "Firefighters worked through the night to contain the blaze."),
]

CAPTIONS_XFAIL = [
    ("credit without a known agency in parentheses", "Crowds in the square (Harbour Gazette)"),
]


@pytest.mark.parametrize(
    ("line", "text", "credit"), CAPTIONS_NEW, ids=[c[0][:40] for c in CAPTIONS_NEW]
)
def test_captions(line: str, text: str, credit: str | None) -> None:
    assert parse_caption(line) == (text, credit)


@pytest.mark.parametrize(("why", "line"), NOT_CAPTIONS, ids=[c[0] for c in NOT_CAPTIONS])
def test_not_captions(why: str, line: str) -> None:
    assert parse_caption(line) is None


@pytest.mark.parametrize(
    ("why", "line"),
    [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in CAPTIONS_XFAIL],
    ids=[c[0] for c in CAPTIONS_XFAIL],
)
def test_caption_known_misses(why: str, line: str) -> None:
    assert parse_caption(line) is not None


CREDITS = [
    ("AFP/Getty", None, ["AFP", "Getty"]),
    ("Olena Marchuk/Reuters", "Olena Marchuk", ["Reuters"]),
    ("AP Photo/Dana Whitlow", "Dana Whitlow", ["AP"]),
    ("Ross Amand/AP Photo", "Ross Amand", ["AP"]),
    ("REUTERS/Samir Awad", "Samir Awad", ["Reuters"]),
    ("Lia Brandt for The New York Times", "Lia Brandt", ["The New York Times"]),
    (
        "Orli Ben-Ami/Agence France-Presse — Getty Images",
        "Orli Ben-Ami",
        ["Agence France-Presse", "Getty Images"],
    ),
    ("PA", None, ["PA"]),
]


@pytest.mark.parametrize(
    ("credit", "photographer", "agencies"), CREDITS, ids=[c[0] for c in CREDITS]
)
def test_split_credit(credit: str, photographer: str | None, agencies: list[str]) -> None:
    assert split_credit(credit) == (photographer, agencies)


def test_catalogue_captions_from_shared() -> None:
    path = SHARED / "conformance" / "live_formats.jsonl"
    if not path.exists():
        pytest.skip("../shared is absent")
    with path.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle]
    captions = [c for c in cases if "caption_credit" in c.get("proposed", {})]
    assert captions
    for case in captions:
        assert any(parse_caption(p.strip()) for p in case["line"].split(" / ")), case["id"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(line: str) -> None:
    found = parse_caption(line)
    if found is not None:
        _text, credit = found
        assert credit is None or credit.strip()
        if credit is not None:
            split_credit(credit)


@pytest.mark.parametrize(
    "hostile",
    ["(" * 3000 + ")", "A/" * 2000 + "Reuters", "Photo: " + ":" * 3000, "Ab " * 150 + "(AFP)"],
    ids=["parens", "slashes", "colons", "long caption"],
)
def test_hostile_input_is_fast(hostile: str) -> None:
    started = time.perf_counter()
    parse_caption(hostile)
    assert time.perf_counter() - started < 0.05
