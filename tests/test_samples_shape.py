"""The annotations in ``tests/annotations/`` agree with the samples they describe.

Annotations are the ground truth newsx is measured against, so a typo in one silently lowers (or
raises) a score. These checks catch the mechanical slips: a row naming a missing sample, a quoted or
counted ``text`` that is not in the sample verbatim, rows out of text order, entries misnumbered,
a ``published`` value that is not ISO 8601, keys missing or misspelt.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ANNOTATIONS = ROOT / "tests" / "annotations"

ENTRY_KEYS = {
    "sample",
    "entry",
    "authors",
    "published",
    "headline",
    "captions",
    "body_starts",
    "body_excludes",
}
QUOTE_KEYS = {"sample", "text", "speaker", "partial"}
NUMBER_KEYS = {"sample", "text", "value", "kind", "counts", "qualifier"}
NUMBER_KINDS = {
    "cardinal",
    "ordinal",
    "fraction",
    "percent",
    "money",
    "quantity",
    "duration",
    "range",
    "age",
    "vague",
    # physical quantities (the numbers issue names these kinds)
    "distance",
    "weight",
    "temperature",
    "area",
    "volume",
    "speed",
}
QUOTE_MARKS = "“”‘’\"'«»„"


def _rows(pattern: str) -> list[tuple[str, dict[str, Any]]]:
    """``(id, row)`` for every JSON line of every annotation file matching ``pattern``."""
    out: list[tuple[str, dict[str, Any]]] = []
    folders = (ANNOTATIONS, ANNOTATIONS / "blind", ANNOTATIONS / "unseen", ANNOTATIONS / "fresh")
    for path in [p for folder in folders for p in sorted(folder.glob(pattern))]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                out.append((f"{path.name}:{number}", json.loads(line)))
    return out


def _sample_text(name: str) -> str:
    # newline="" keeps CRLF and every other byte as written: "verbatim" means verbatim.
    with open(SAMPLES / name, encoding="utf-8", newline="") as fh:
        return fh.read()


def _flat(text: str) -> str:
    """White space folded: a hard-wrapped sample breaks quotes across lines."""
    return " ".join(text.split())


_MARKS = str.maketrans(dict.fromkeys(QUOTE_MARKS, None))


def _bare(text: str) -> str:
    """No marks, no white space of any kind (NBSP too): a quote over paragraphs re-opens its marks."""
    return "".join(text.translate(_MARKS).split())


ENTRY_ROWS = _rows("entries*.jsonl")
QUOTE_ROWS = _rows("quotes*.jsonl")
NUMBER_ROWS = _rows("numbers*.jsonl")
ALL_ROWS = ENTRY_ROWS + QUOTE_ROWS + NUMBER_ROWS


def _ids(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [f"{rid}:{row.get('sample')}" for rid, row in rows]


def test_annotations_exist() -> None:
    assert ENTRY_ROWS and QUOTE_ROWS and NUMBER_ROWS


@pytest.mark.parametrize(("rid", "row"), ALL_ROWS, ids=_ids(ALL_ROWS))
def test_row_names_an_existing_sample(rid: str, row: dict[str, Any]) -> None:
    assert (SAMPLES / row["sample"]).is_file(), f"{rid}: no samples/{row['sample']}"


@pytest.mark.parametrize(("rid", "row"), ENTRY_ROWS, ids=_ids(ENTRY_ROWS))
def test_entry_row_shape_and_verbatim_texts(rid: str, row: dict[str, Any]) -> None:
    assert set(row) == ENTRY_KEYS, rid
    assert isinstance(row["entry"], int) and row["entry"] >= 1
    assert isinstance(row["captions"], int) and row["captions"] >= 0
    assert all(isinstance(a, str) and a.strip() == a and a for a in row["authors"])
    if row["published"] is not None:
        datetime.fromisoformat(row["published"])  # raises on anything but ISO 8601
    text = _sample_text(row["sample"])
    folded = text.replace("\u00a0", " ").casefold()
    for author in row["authors"]:
        # Case-insensitive: AP prints bylines in capitals (GARY D. ROBERTSON).
        assert author.casefold() in folded, f"{rid}: author {author!r} not in the sample"
    verbatim = [row["body_starts"], *row["body_excludes"]]
    if row["headline"] is not None:
        verbatim.append(row["headline"])
    for snippet in verbatim:
        assert snippet and snippet in text, f"{rid}: {snippet!r} not in the sample"


@pytest.mark.parametrize(("rid", "row"), QUOTE_ROWS, ids=_ids(QUOTE_ROWS))
def test_quote_row_shape_and_verbatim_text(rid: str, row: dict[str, Any]) -> None:
    assert set(row) == QUOTE_KEYS, rid
    assert isinstance(row["partial"], bool)
    assert row["speaker"] is None or (isinstance(row["speaker"], str) and row["speaker"])
    quote = row["text"]
    # The outer marks are left off; a nested quote may end the text (``… the ‘cost of it’``).
    nested_close = quote[-1:] in "’'\"”" and any(mark in quote[:-1] for mark in "‘'\"“")
    assert quote and quote[0] not in QUOTE_MARKS, f"{rid}: marks left on"
    assert quote[-1] not in QUOTE_MARKS or nested_close, f"{rid}: marks left on"
    assert _bare(quote) in _bare(_sample_text(row["sample"])), f"{rid}: {quote!r} not in the sample"


@pytest.mark.parametrize(("rid", "row"), NUMBER_ROWS, ids=_ids(NUMBER_ROWS))
def test_number_row_shape_and_verbatim_text(rid: str, row: dict[str, Any]) -> None:
    assert set(row) == NUMBER_KEYS, rid
    assert row["kind"] in NUMBER_KINDS, f"{rid}: kind {row['kind']!r}"
    if row["kind"] == "vague":  # "hundreds of members": no value, by the numbers contract
        assert row["value"] is None, rid
    else:
        assert isinstance(row["value"], int | float) and not isinstance(row["value"], bool)
    assert row["qualifier"] is None or row["qualifier"] == row["qualifier"].lower()
    assert row["text"] in _sample_text(row["sample"]), f"{rid}: {row['text']!r} not in the sample"


def _by_file_and_sample(
    rows: list[tuple[str, dict[str, Any]]],
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rid, row in rows:
        groups.setdefault((rid.split(":")[0], row["sample"]), []).append(row)
    return groups


ORDERED_GROUPS = sorted(_by_file_and_sample(QUOTE_ROWS + NUMBER_ROWS).items())


@pytest.mark.parametrize(
    ("key", "rows"), ORDERED_GROUPS, ids=[f"{f}:{s}" for (f, s), _ in ORDERED_GROUPS]
)
def test_quotes_and_numbers_are_in_text_order(
    key: tuple[str, str], rows: list[dict[str, Any]]
) -> None:
    """Each row is found after the previous one, so repeats (``143 passengers`` twice) line up too."""
    text = _bare(_sample_text(key[1]))
    position = 0
    for row in rows:
        found = text.find(_bare(row["text"]), position)
        assert found >= 0, f"{key}: {row['text']!r} not found after offset {position}"
        position = found + len(_bare(row["text"]))


ENTRY_GROUPS = sorted(_by_file_and_sample(ENTRY_ROWS).items())


@pytest.mark.parametrize(
    ("key", "rows"), ENTRY_GROUPS, ids=[f"{f}:{s}" for (f, s), _ in ENTRY_GROUPS]
)
def test_entries_are_numbered_from_one(key: tuple[str, str], rows: list[dict[str, Any]]) -> None:
    assert [r["entry"] for r in rows] == list(range(1, len(rows) + 1)), key
    text = _sample_text(key[1])
    starts = [text.find(r["body_starts"]) for r in rows]
    assert starts == sorted(starts), f"{key}: body_starts out of text order"
