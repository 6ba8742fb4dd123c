"""Entry segmentation accuracy: annotated samples (``tests/annotations/entries*.jsonl``) and the seed.

A sample's entries are right when their number matches and, entry by entry, the authors, the
``published`` time (to the minute), the headline, the caption count, the start of the body and the
absence of caption/chrome text from the body all agree with the annotation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.entries import extract_text
from extract.records import Entry
from tests.splits import SPLITS, rows_by_sample, split_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ANNOTATIONS = ROOT / "tests" / "annotations"
CHECKS = ("count", "authors", "published", "headline", "captions", "body_starts", "body_excludes")


def load_annotations() -> dict[str, list[dict[str, Any]]]:
    """Expected entries per sample file name, in entry order."""
    by_sample = rows_by_sample("entries")
    for rows in by_sample.values():
        rows.sort(key=lambda r: r["entry"])
    return by_sample


def compare(got: list[Entry], want: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Per check: (passed, total) for one sample."""
    score = {check: [0, 0] for check in CHECKS}
    score["count"] = [int(len(got) == len(want)), 1]
    for entry, exp in zip(got, want, strict=False):
        checks = {
            "authors": [a.casefold() for a in entry.authors]
            == [a.casefold() for a in exp.get("authors", [])],
            "published": (entry.published or "")[:16] == (exp.get("published") or "")[:16]
            and (entry.published or "")[19:] == (exp.get("published") or "")[19:],
            "headline": (entry.headline or None) == (exp.get("headline") or None),
            "captions": len(entry.captions) == exp.get("captions", 0),
            "body_starts": entry.text.startswith(exp.get("body_starts", "")),
            "body_excludes": not any(x in entry.text for x in exp.get("body_excludes", [])),
        }
        for check, ok in checks.items():
            score[check][0] += int(ok)
            score[check][1] += 1
    for check in CHECKS[1:]:
        score[check][1] = max(score[check][1], len(want))  # missing entries count as failures
    return {k: (v[0], v[1]) for k, v in score.items()}


def evaluate(shared: Path | None) -> list[dict[str, Any]]:
    """Rows for ``tests.evaluate``: pass rate per check and split on the samples, and the seed."""
    rows: list[dict[str, Any]] = []
    totals: dict[str, dict[str, list[int]]] = {
        group: {check: [0, 0] for check in CHECKS} for group in (*SPLITS, "all")
    }
    for sample, want in load_annotations().items():
        path = SAMPLES / sample
        if not path.exists():
            continue
        got = extract_text(path.read_text(encoding="utf-8"), source=sample)
        for check, (ok, n) in compare(got, want).items():
            for group in (split_of(sample), "all"):
                totals[group][check][0] += ok
                totals[group][check][1] += n
    for group, checks in totals.items():
        for check, (ok, n) in checks.items():
            if n:
                rows.append(_row("samples", group, check, ok / n, n))
    if shared is not None:
        seed = shared / "seeds" / "liveblog_2025-06-05.txt"
        if seed.exists():
            got = extract_text(seed.read_text(encoding="utf-8"), source=seed.name)
            ok = (
                len(got) == 2
                and all(e.authors == ["Arpan Rai"] for e in got)
                and [e.published for e in got] == ["2025-06-05T04:20:00", "2025-06-05T04:08:00"]
                and len(got[0].captions) == 1
                and "AFP/Getty" not in got[0].text
            )
            rows.append(_row("seed", "all", "entries exact", float(ok), 1))
    return rows


def _row(dataset: str, group: str, metric: str, value: float, n: int) -> dict[str, Any]:
    return {
        "extractor": "entries",
        "dataset": dataset,
        "group": group,
        "metric": metric,
        "value": value,
        "n": n,
    }
