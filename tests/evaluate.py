"""Accuracy report: every extractor on the conformance cases and on our annotated samples.

    python -m tests.evaluate            # table on stdout
    python -m tests.evaluate --json FILE  # also write the rows as JSON

The conformance cases live in ``../shared/conformance`` beside the project; without that folder
(a user's clone) only the project's own samples are evaluated. Each ``tests/eval_<area>.py``
module exposes ``evaluate(shared) -> list[row]``; this script only gathers and prints.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from tests import splits

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AREAS = ("entries", "bylines", "quotes", "numbers")


def shared_dir() -> Path | None:
    """``../shared`` when it is there (the developers' machines and CI), else None."""
    return SHARED if (SHARED / "conformance").is_dir() else None


def collect(shared: Path | None) -> list[dict[str, Any]]:
    """All rows from every area's ``evaluate()``."""
    rows: list[dict[str, Any]] = []
    for area in AREAS:
        try:
            module = importlib.import_module(f"tests.eval_{area}")
        except ModuleNotFoundError:
            continue
        rows.extend(module.evaluate(shared))
    return rows


def format_rows(rows: list[dict[str, Any]]) -> str:
    """A plain-text table: extractor, dataset, group, metric, value, n."""
    head = ("extractor", "dataset", "group", "metric", "value", "n")
    body = [
        (
            str(r["extractor"]),
            str(r["dataset"]),
            str(r["group"]),
            str(r["metric"]),
            f"{r['value']:.3f}" if isinstance(r["value"], float) else str(r["value"]),
            str(r["n"]),
        )
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in body]
    return "\n".join(lines)


# The summary: (extractor, metric) per column group, read from the split rows of the samples.
SUMMARY = (
    ("entries", "count", "entries: count"),
    ("entries", "authors", "authors"),
    ("entries", "published", "published"),
    ("entries", "body_excludes", "body clean"),
    ("quotes", "f1", "quotes: F1"),
    ("quotes", "speaker_accuracy", "speaker"),
    ("numbers", "f1", "numbers: F1"),
    ("numbers", "value_accuracy", "value"),
    ("numbers", "counts_accuracy", "counted noun"),
)
SPLIT_TITLES = {
    "dev": "dev samples (tuned on)",
    "holdout": "held-out 1 (blind, then tuned on)",
    "final": "held-out 2 (blind, then its misses used)",
    "blind": "held-out 3 (blind, then its misses used)",
    "unseen": "held-out 4 (blind, measured once, then its misses used)",
    "fresh": "held-out 5 (blind, never used)",
}


def summary_markdown(rows: list[dict[str, Any]]) -> str:
    """The README's accuracy table: one row per split, one column per headline metric."""
    index = {
        (r["extractor"], r["metric"], r["group"]): r for r in rows if r["dataset"] == "samples"
    }
    head = "| split | " + " | ".join(title for _, _, title in SUMMARY) + " |"
    lines = [head, "|---|" + "---:|" * len(SUMMARY)]
    for split, title in SPLIT_TITLES.items():
        cells = []
        for extractor, metric, _ in SUMMARY:
            row = index.get((extractor, metric, split))
            cells.append(f"{row['value']:.3f} (n={row['n']})" if row else "–")
        if any(c != "–" for c in cells):
            lines.append(f"| {title} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def conformance_markdown(rows: list[dict[str, Any]]) -> str:
    """Pass rates on the peers' cases (``../shared/conformance``), overall per extractor."""
    lines = ["| extractor | cases | metric | value |", "|---|---|---|---:|"]
    for r in rows:
        if r["dataset"].startswith("conformance") and r["group"] in {"all", "in scope"}:
            lines.append(
                f"| {r['extractor']} | {r['dataset']} (n={r['n']}) | {r['metric']} | {r['value']:.3f} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the report; ``--json FILE`` also writes the rows; ``--markdown`` the README tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the rows to this file as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the README summary tables")
    parser.add_argument(
        "--fresh", action="store_true", help="also read the untouched held-out set (measure once)"
    )
    parser.add_argument("--unseen", action="store_true", help=argparse.SUPPRESS)  # read always now
    args = parser.parse_args(argv)
    splits.INCLUDE_FRESH = args.fresh
    shared = shared_dir()
    if shared is None:
        print("../shared not found: conformance cases skipped, samples only", file=sys.stderr)
    rows = collect(shared)
    if args.markdown:
        print(summary_markdown(rows))
        print()
        print(conformance_markdown(rows))
    else:
        print(format_rows(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
