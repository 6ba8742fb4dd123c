"""Which evaluation split a sample belongs to, and where the annotations of each split live.

- ``dev``: the samples the extractors were written and tuned on;
- ``holdout``: ``holdout-*.txt``, written and annotated blind, then used to find general misses;
- ``final``: ``final-*.txt``, written and annotated blind; its error categories were then used too;
- ``blind``: ``blind-*.txt`` (annotations in ``tests/annotations/blind/``), written and annotated
  blind, measured once in aggregate, then used to find general misses;
- ``unseen``: ``unseen-*.txt`` (annotations in ``tests/annotations/unseen/``), written and annotated
  blind, measured once on the code of issues 2–6, then its misses used;
- ``fresh``: ``fresh-*.txt`` (annotations in ``tests/annotations/fresh/``), written and annotated
  blind and read only by ``python -m tests.evaluate --fresh``: measured once, the honest figure for
  text nobody on the team has seen.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SPLITS = ("dev", "holdout", "final", "blind", "unseen", "fresh")
ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
#: Set by ``tests.evaluate --fresh``; everything else leaves the fresh annotations alone.
INCLUDE_FRESH = False
#: Kept for ``--unseen`` (the unseen set is read always now that it has been measured).
INCLUDE_UNSEEN = True


def split_of(sample: str) -> str:
    """``final-x.txt`` → ``final``; ``holdout-x.txt`` → ``holdout``; anything else → ``dev``.

    >>> split_of("final-court.txt"), split_of("blind-x.txt"), split_of("wire-article.txt")
    ('final', 'blind', 'dev')
    """
    for split in SPLITS[1:]:
        if sample.startswith(split + "-"):
            return split
    return "dev"


def rows_by_sample(kind: str) -> dict[str, list[dict[str, Any]]]:
    """Every annotation row of ``kind``, grouped by sample file name, in file order.

    >>> all(rows and rows[0]["sample"] == name for name, rows in rows_by_sample("quotes").items())
    True
    """
    by_sample: dict[str, list[dict[str, Any]]] = {}
    for path in annotation_files(kind):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                by_sample.setdefault(row["sample"], []).append(row)
    return by_sample


def annotation_files(kind: str) -> Iterator[Path]:
    """Annotation files for ``kind`` (``entries``, ``quotes``, ``numbers``) of the readable splits.

    >>> all(p.name.startswith("quotes") for p in annotation_files("quotes"))
    True
    """
    folders = [ANNOTATIONS, ANNOTATIONS / "blind", ANNOTATIONS / "unseen"]
    if INCLUDE_FRESH:
        folders.append(ANNOTATIONS / "fresh")
    for folder in folders:
        yield from sorted(folder.glob(f"{kind}*.jsonl"))
