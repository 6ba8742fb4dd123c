"""Accuracy of the number extractor on the conformance cases and on the annotated samples.

    python -m tests.eval_numbers          # table for numbers only

Conformance (``../shared/conformance/numbers.jsonl``), per source, through an adapter:

- running text (no ``mode``): *strict* passes when newsx reports exactly as many numbers as
  expected and each expected item (in order) overlaps a reported span with the same value;
  *lenient* passes when every expected value is among the reported values (extras allowed).
  ``expected: []`` passes both only when nothing is reported.
- ``mode: whole-string``: one reported number must cover the whole string with the expected value
  (strict); lenient accepts the value anywhere. A whole-string negative passes when no single
  number covers the string.
- ``mode: single-price-string``: the first reported number has the price's value (strict), or
  any does (lenient).
- Values: durations compare in seconds (months/years as counts), ranges compare ``value``/``high``
  with ``min``/``max``, one-sided bounds (``more than 40``) with their bound; floats within 1e-6.

Deliberate deviations (reported as failures here, on purpose; see ``../shared/conformance/README.md``):
ranges are inclusive ``value``/``high`` (no mean ± uncertainty); ``a dozen`` is 12; ordinals stay
ordinals; IP addresses, phone numbers and identifiers give nothing; a lone ``one``/``a`` counts
only with a noun; scores and vote tallies (``3-1``, ``74-24``) are not numbers; European decimal
commas (``70,31``) are not read; unit conversions (``1 k.gs`` → grams) are not made: values stay as
written.

Samples (every ``tests/annotations/numbers*.jsonl``): each annotation is located in its sample in
order (word-bounded); a reported number matches when its span overlaps. Precision, recall, F1,
then over matched pairs: value accuracy, kind accuracy, counted-noun accuracy (case-insensitive,
``null`` included) and qualifier accuracy.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import regex

from extract import numbers
from extract.records import Number
from tests.splits import SPLITS, rows_by_sample, split_of

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "annotations"
SAMPLES = ROOT / "samples"

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_BY_LINE_RE = regex.compile(r"^By\s+\p{Lu}")


def same_value(got: object, want: object) -> bool:
    """Numbers equal within 1e-6 (relative); ``None`` only equals ``None``."""
    if want is None or got is None:
        return want is None and got is None
    if not isinstance(got, int | float) or not isinstance(want, int | float):
        return False
    return math.isclose(float(got), float(want), rel_tol=1e-6, abs_tol=1e-9)


def _want_value(item: dict[str, Any]) -> object:
    """The expected value in newsx's terms (seconds for durations, lower bound for ranges)."""
    value = item.get("value")
    if item.get("kind") == "duration" and isinstance(value, int | float):
        factor = _SECONDS.get(str(item.get("unit") or "").casefold().rstrip("s"))
        return value * factor if factor else value
    if value is None and "min" in item:
        return item["min"]
    if value is None and "max" in item:
        return item["max"]
    return value


def _value_ok(got: Number, item: dict[str, Any]) -> bool:
    if item.get("value") is None and "min" in item and "max" in item:
        return same_value(got.value, item["min"]) and same_value(got.high, item["max"])
    return same_value(got.value, _want_value(item))


def _overlaps(got: Number, start: int, end: int) -> bool:
    return got.start < end and start < got.end


def conformance_case(case: dict[str, Any]) -> tuple[bool, bool]:
    """(strict, lenient) pass for one conformance case."""
    text: str = case["text"]
    expected: list[dict[str, Any]] = case["expected"]
    got = numbers.extract_text(text)
    mode = case.get("mode")
    if mode == "whole-string":
        stripped = text.strip().rstrip(".!")
        lead = len(text) - len(text.lstrip())
        covering = [n for n in got if n.start <= lead and n.end >= lead + len(stripped)]
        if not expected:
            ok = not covering
            return ok, ok
        strict = len(covering) == 1 and _value_ok(covering[0], expected[0])
        lenient = any(_value_ok(n, expected[0]) for n in got)
        return strict, lenient
    if mode == "single-price-string":
        if not expected:
            return not got, not got
        strict = bool(got) and _value_ok(got[0], expected[0])
        return strict, any(_value_ok(n, expected[0]) for n in got)
    if not expected:
        return not got, not got
    lenient = all(any(_value_ok(n, item) for n in got) for item in expected)
    if len(got) != len(expected):
        return False, lenient
    for n, item in zip(got, expected, strict=True):
        if not _value_ok(n, item):
            return False, lenient
        want_text = item.get("text")
        if want_text:
            start = item.get("start")
            if start is None:
                start = text.find(want_text)
            if start >= 0 and not _overlaps(n, start, start + len(want_text)):
                return False, lenient
    return True, lenient


def _source_group(source: str) -> str:
    owner, repo = source.split("/")[:2]
    return f"{owner}/{repo}"


def evaluate_conformance(shared: Path) -> list[dict[str, Any]]:
    """Strict and lenient pass rates per source, and over all cases."""
    path = shared / "conformance" / "numbers.jsonl"
    if not path.exists():
        return []
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        strict, lenient = conformance_case(case)
        for group in (_source_group(case["source"]), "all"):
            tally = tallies[group]
            tally[0] += 1
            tally[1] += strict
            tally[2] += lenient
    rows: list[dict[str, Any]] = []
    for group, (n, strict_n, lenient_n) in sorted(tallies.items()):
        for metric, hits in (("pass", strict_n), ("pass_lenient", lenient_n)):
            rows.append(
                {
                    "extractor": "numbers",
                    "dataset": "conformance/numbers.jsonl",
                    "group": group,
                    "metric": metric,
                    "value": hits / n,
                    "n": n,
                }
            )
    return rows


def _sample_numbers(name: str, text: str) -> list[Number]:
    """Numbers of every entry of a sample, through the entry segmenter (as the CLI runs)."""
    from extract import entries

    found: list[Number] = []
    for entry in entries.extract_text(text, source=name):
        found.extend(entry.numbers)
    return found


def _locate(text: str, want: str, pos: int) -> tuple[int, int] | None:
    pattern = regex.compile(r"(?<![\w.,])" + regex.escape(want) + r"(?![\w])")
    m = pattern.search(text, pos)
    return (m.start(), m.end()) if m else None


def evaluate_samples() -> list[dict[str, Any]]:
    """Precision, recall, F1 and attribute accuracies, per split (dev, holdout, final) and over all."""
    gold = rows_by_sample("numbers")
    by_split: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    for sample, rows in gold.items():
        by_split[split_of(sample)][sample] = rows
    out: list[dict[str, Any]] = []
    for group in (*SPLITS, "all"):
        subset = gold if group == "all" else by_split.get(group, {})
        if subset:
            out += _score(subset, group)
    return out


def _score(gold: dict[str, list[dict[str, Any]]], group: str) -> list[dict[str, Any]]:
    """The metric rows for one set of annotated samples."""
    tp = n_pred = n_gold = 0
    value_ok = kind_ok = counts_ok = qual_ok = 0
    for sample, rows in gold.items():
        path = SAMPLES / sample
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        predicted = _sample_numbers(sample, text)
        n_pred += len(predicted)
        n_gold += len(rows)
        used: set[int] = set()
        pos = 0
        for row in rows:
            span = _locate(text, row["text"], pos)
            if span is None:
                continue
            pos = span[0] + 1
            match = next(
                (i for i, n in enumerate(predicted) if i not in used and _overlaps(n, *span)),
                None,
            )
            if match is None:
                continue
            used.add(match)
            got = predicted[match]
            tp += 1
            value_ok += same_value(got.value, row["value"])
            kind_ok += got.kind == row["kind"]
            counts_ok += (got.counts or "").casefold() == (row["counts"] or "").casefold()
            qual_ok += (got.qualifier or "") == (row["qualifier"] or "")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics = [
        ("precision", precision, n_pred),
        ("recall", recall, n_gold),
        ("f1", f1, n_gold),
        ("value_accuracy", value_ok / tp if tp else 0.0, tp),
        ("kind_accuracy", kind_ok / tp if tp else 0.0, tp),
        ("counts_accuracy", counts_ok / tp if tp else 0.0, tp),
        ("qualifier_accuracy", qual_ok / tp if tp else 0.0, tp),
    ]
    return [
        {
            "extractor": "numbers",
            "dataset": "samples",
            "group": group,
            "metric": metric,
            "value": value,
            "n": n,
        }
        for metric, value, n in metrics
    ]


def evaluate(shared: Path | None) -> list[dict[str, Any]]:
    """All rows: conformance per source (when ``shared`` is given), then the samples."""
    rows = evaluate_conformance(shared) if shared is not None else []
    return rows + evaluate_samples()


if __name__ == "__main__":
    shared_dir = ROOT.parent / "shared"
    for row in evaluate(shared_dir if shared_dir.is_dir() else None):
        print(
            f"{row['dataset']:28} {row['group']:28} {row['metric']:20} {row['value']:.3f}  n={row['n']}"
        )
