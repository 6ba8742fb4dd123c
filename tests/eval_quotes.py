"""Accuracy of the quote extractor on the conformance cases and on the annotated samples.

    python -m tests.eval_quotes           # table for quotes only

Conformance (``../shared/conformance/quotes.jsonl``), through the adapter its README asks for:

- a predicted quote is the logical quote (paragraph pieces joined); ``scare`` quotes and unclosed
  quotes are not predictions (CoreNLP reports neither);
- texts are compared after stripping quote marks, white space runs and trailing ``,.``; a match is
  equality, or one containing the other with at least 80 % of its length;
- the speaker is right when ``speaker_resolved`` (if given) matches ``speaker``, else when the
  source's raw ``speaker`` matches ``speaker_text`` or ``speaker`` — equal, or the same last word
  (surname or head noun: ``clown`` ↔ ``the clown``);
- cases with ``config: singleQuotes=true`` need a single-quote mode newsx does not switch on for
  text with double marks: they are reported in their own group, outside ``all``.

Samples (every ``tests/annotations/quotes*.jsonl``): each sample goes through
``extract.entries.extract_text`` when that exists (quotes of every entry), else is one entry.
Matching is in order; the speaker must equal the annotation (case-insensitive, ``null`` included).
Unclosed quotes count here (news copy loses closing marks; the annotations list such quotes).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import regex

from extract import quotes
from extract.records import Quote
from tests.splits import SPLITS, rows_by_sample, split_of

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "annotations"
SAMPLES = ROOT / "samples"

_MARKS_RE = regex.compile(r"[“”„‟\"«»‹›「」『』‘’‚'`]")
_SPACE_RE = regex.compile(r"\s+")


def normalise(text: str) -> str:
    """Quote text for comparison: no marks, single spaces, no trailing ``,.``."""
    text = _MARKS_RE.sub("", text)
    text = _SPACE_RE.sub(" ", text).strip()
    return text.rstrip(",. ").casefold()


def same_text(got: str, want: str) -> bool:
    """Equal after normalising, or one covers the other at ≥ 80 % of the longer one."""
    a, b = normalise(got), normalise(want)
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.8 * len(long_)


def _last_word(text: str | None) -> str:
    words = regex.findall(r"[\p{L}\p{N}]+", text or "")
    return words[-1].casefold() if words else ""


def same_speaker(got: str | None, want: str | None) -> bool:
    """Equal (case-insensitive), or the same last word (surname or head noun)."""
    if got is None or want is None:
        return got is None and want is None
    return got.casefold() == want.casefold() or _last_word(got) == _last_word(want)


def logical(records: list[Quote]) -> list[Quote]:
    """Join multi-paragraph pieces (``how: continuation``) into their first record."""
    out: list[Quote] = []
    for q in records:
        if q.how == "continuation" and out:
            head = out[-1]
            out[-1] = Quote(
                source=head.source,
                entry=head.entry,
                line=head.line,
                start=head.start,
                end=q.end,
                text=f"{head.text} {q.text}",
                speaker=head.speaker,
                cue=head.cue,
                verb=head.verb,
                partial=head.partial,
                how=head.how,
                speaker_text=head.speaker_text,
                kind=head.kind,
                unclosed=q.unclosed,
            )
        else:
            out.append(q)
    return out


def _match(got: list[Quote], want: list[dict[str, Any]]) -> list[tuple[Quote, dict[str, Any]]]:
    """Greedy in-order matching of predicted to expected quotes."""
    pairs: list[tuple[Quote, dict[str, Any]]] = []
    used: set[int] = set()
    for w in want:
        for i, g in enumerate(got):
            if i not in used and same_text(g.text, w["text"]):
                used.add(i)
                pairs.append((g, w))
                break
    return pairs


class _Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.spk_right = self.spk_n = 0
        self.passed = self.cases = 0

    def rows(self, dataset: str, group: str) -> list[dict[str, Any]]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        base = {"extractor": "quotes", "dataset": dataset, "group": group}
        out = [
            {
                **base,
                "metric": "pass",
                "value": self.passed / self.cases if self.cases else 0.0,
                "n": self.cases,
            },
            {**base, "metric": "precision", "value": p, "n": self.tp + self.fp},
            {**base, "metric": "recall", "value": r, "n": self.tp + self.fn},
            {**base, "metric": "f1", "value": f, "n": self.tp + self.fn},
        ]
        if self.spk_n:
            out.append(
                {
                    **base,
                    "metric": "speaker_accuracy",
                    "value": self.spk_right / self.spk_n,
                    "n": self.spk_n,
                }
            )
        return out


def _predicted(text: str, source: str = "-", *, unclosed: bool = False) -> list[Quote]:
    return [
        q
        for q in logical(quotes.extract_text(text, source=source))
        if q.kind in ("full", "partial") and (unclosed or not q.unclosed)
    ]


def conformance_cases(shared: Path) -> list[dict[str, Any]]:
    """The quote cases, each with ``want`` (texts without marks) and its evaluation group."""
    path = shared / "conformance" / "quotes.jsonl"
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        want = [
            {
                "text": q["quote"],
                "speaker": q.get("speaker"),
                "resolved": q.get("speaker_resolved"),
            }
            for q in case["quotes"]
        ]
        out_of_scope = "singleQuotes=true" in str(case.get("config", ""))
        cases.append({**case, "want": want, "out_of_scope": out_of_scope})
    return cases


def conformance_case_passes(case: dict[str, Any]) -> tuple[bool, list[Quote], int, int, int, int]:
    """Score one case: ``(passed, predicted, tp, fp, speaker right, speakers asserted)``."""
    got = _predicted(case["text"])
    pairs = _match(got, case["want"])
    spk_right = spk_n = 0
    for g, w in pairs:
        if w["resolved"] is not None:
            spk_n += 1
            spk_right += same_speaker(g.speaker, w["resolved"])
        elif w["speaker"] is not None:
            spk_n += 1
            spk_right += same_speaker(g.speaker_text, w["speaker"]) or same_speaker(
                g.speaker, w["speaker"]
            )
    tp = len(pairs)
    fp = len(got) - tp
    passed = tp == len(case["want"]) and fp == 0 and spk_right == spk_n
    return passed, got, tp, fp, spk_right, spk_n


def evaluate_conformance(shared: Path) -> list[dict[str, Any]]:
    """Rows per ``checks`` group, ``all`` (in scope) and ``singleQuotes (out of scope)``."""
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for case in conformance_cases(shared):
        passed, _, tp, fp, spk_right, spk_n = conformance_case_passes(case)
        groups = (
            ["singleQuotes (out of scope)"] if case["out_of_scope"] else [case["checks"], "all"]
        )
        for group in groups:
            t = tallies[group]
            t.cases += 1
            t.passed += passed
            t.tp += tp
            t.fp += fp
            t.fn += len(case["want"]) - tp
            t.spk_right += spk_right
            t.spk_n += spk_n
    rows: list[dict[str, Any]] = []
    for group in sorted(tallies, key=lambda g: (g == "all", g)):
        rows += tallies[group].rows("conformance/quotes.jsonl", group)
    return rows


def sample_annotations() -> dict[str, list[dict[str, Any]]]:
    """Expected quotes per sample file, from every ``tests/annotations/quotes*.jsonl``."""
    return rows_by_sample("quotes")


def sample_quotes(name: str) -> list[Quote]:
    """Predicted quotes of one sample, through the entry segmenter (as the CLI runs)."""
    from extract import entries

    text = (SAMPLES / name).read_text(encoding="utf-8")
    got: list[Quote] = []
    for entry in entries.extract_text(text, source=name):
        got += [q for q in logical(list(entry.quotes)) if q.kind in ("full", "partial")]
    return got


def evaluate_samples() -> list[dict[str, Any]]:
    """Rows per sample file and ``all`` on the annotated samples."""
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for name, want in sample_annotations().items():
        got = sample_quotes(name)
        pairs = _match(got, want)
        spk_right = sum(
            (g.speaker or "").casefold() == (w.get("speaker") or "").casefold() for g, w in pairs
        )
        partial_right = sum(g.partial == bool(w.get("partial")) for g, w in pairs)
        for group in (name, split_of(name), "all"):
            t = tallies[group]
            t.cases += 1
            t.passed += (
                len(pairs) == len(want) == len(got) and spk_right == len(pairs) == partial_right
            )
            t.tp += len(pairs)
            t.fp += len(got) - len(pairs)
            t.fn += len(want) - len(pairs)
            t.spk_right += spk_right
            t.spk_n += len(pairs)
    rows: list[dict[str, Any]] = []
    order = {**{s: i for i, s in enumerate(SPLITS)}, "all": len(SPLITS)}
    for group in sorted(tallies, key=lambda g: (order.get(g, -1), g)):
        rows += tallies[group].rows("samples", group)
    return rows


def evaluate(shared: Path | None) -> list[dict[str, Any]]:
    """All rows: conformance (when ``shared`` is given) and samples."""
    rows: list[dict[str, Any]] = []
    if shared is not None and (shared / "conformance" / "quotes.jsonl").is_file():
        rows += evaluate_conformance(shared)
    rows += evaluate_samples()
    return rows


def _failures(shared: Path) -> None:
    """Print every conformance case that does not pass (a debugging aid)."""
    for i, case in enumerate(conformance_cases(shared)):
        passed, got, *_ = conformance_case_passes(case)
        if passed:
            continue
        print(
            f"#{i} [{case['checks']}] {case['kind']}{' (out of scope)' if case['out_of_scope'] else ''}"
        )
        for w in case["want"]:
            print(
                f"   want {normalise(w['text'])[:60]!r} speaker={w['resolved'] or w['speaker']!r}"
            )
        for g in got:
            print(
                f"   got  {normalise(g.text)[:60]!r} speaker={g.speaker!r} text={g.speaker_text!r} how={g.how}"
            )


if __name__ == "__main__":
    import sys

    shared_path = ROOT.parent / "shared"
    from tests.evaluate import format_rows

    if "--failures" in sys.argv:
        _failures(shared_path)
    print(format_rows(evaluate(shared_path if shared_path.is_dir() else None)))
