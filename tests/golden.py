"""Golden outputs: what ``newsx entries --format jsonl samples/NAME`` gives for every sample.

    python -m tests.golden          # rewrite tests/expected/*.jsonl from the current code

Review the diff (``git diff tests/expected``) before committing: every changed line is a change in
what newsx extracts from our own annotated samples. ``tests/test_golden.py`` fails until then.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED = ROOT / "tests" / "expected"


def render(sample: Path) -> str:
    """The JSON Lines the CLI writes for one sample (source named as ``samples/NAME``)."""
    from cli.output import to_json
    from extract.entries import extract

    source = f"samples/{sample.name}"
    with open(sample, encoding="utf-8", newline="\n") as handle:
        return "".join(to_json(entry.to_dict()) + "\n" for entry in extract(handle, source=source))


def expected_path(sample: Path) -> Path:
    """``tests/expected/NAME.jsonl`` for ``samples/NAME.txt``."""
    return EXPECTED / (sample.stem + ".jsonl")


def main() -> int:
    """Rewrite every expected file; print which ones changed."""
    EXPECTED.mkdir(exist_ok=True)
    for sample in sorted(SAMPLES.glob("*.txt")):
        path = expected_path(sample)
        new = render(sample)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new != old:
            path.write_text(new, encoding="utf-8")
            count = sum(1 for line in new.splitlines() if json.loads(line))
            print(f"updated {path.relative_to(ROOT)} ({count} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
