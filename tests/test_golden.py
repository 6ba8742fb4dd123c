"""Every sample's full output equals its checked-in golden file (``python -m tests.golden`` rewrites them).

The golden files are reviewed output, so this test catches any change in what newsx extracts from
the samples; the accuracy against the hand annotations is measured by ``tests/evaluate.py``.
"""

from __future__ import annotations

import json

import pytest

from tests.golden import SAMPLES, expected_path, render

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[s.name for s in SAMPLE_FILES])
def test_sample_matches_golden_output(sample):  # type: ignore[no-untyped-def]
    path = expected_path(sample)
    assert path.exists(), f"no golden file for {sample.name}: run python -m tests.golden"
    got = [json.loads(line) for line in render(sample).splitlines()]
    want = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(want), f"{sample.name}: {len(got)} entries, golden has {len(want)}"
    for g, w in zip(got, want, strict=True):
        assert g == w, (
            f"{sample.name} entry {w['entry']} differs (python -m tests.golden, then review)"
        )


def test_every_golden_file_has_its_sample() -> None:
    names = {s.stem for s in SAMPLE_FILES}
    orphans = [
        p.name for p in expected_path(SAMPLE_FILES[0]).parent.glob("*.jsonl") if p.stem not in names
    ]
    assert not orphans
