"""Micro-benchmark of the number extractor, in process. Not a test: run it by hand.

    .venv/bin/python -m tests.bench_numbers            # both corpora, best of 3
    .venv/bin/python -m tests.bench_numbers --repeat 5

Two corpora, built from ``samples/*.txt`` by plain repetition (deterministic, nothing downloaded):

- **dense**: the number-dense samples ``samples/numbers-*.txt`` repeated to about 2 MB;
- **news**: every sample repeated to about 4 MB (ordinary news: most sentences hold no number).

Each corpus is split into paragraphs once (``paragraphs_of``, not timed) and ``numbers.extract`` is
timed over all of them; the best of ``--repeat`` runs is reported in MB/s (1 MB = 10^6 characters
of source text), with the number of records found, so a speed-up that loses records shows. Time is
this process's CPU time (``time.process_time``): the figure is per core and does not move when
other work shares the machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extract import numbers
from extract.records import Paragraph, paragraphs_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
MB = 1_000_000


def corpus(pattern: str, size: int) -> str:
    """The samples matching ``pattern`` joined and repeated until the text reaches ``size``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob(pattern))]
    one = "\n\n".join(t.strip() for t in texts) + "\n\n"
    return one * max(1, -(-size // len(one)))


def run(paragraphs: list[Paragraph]) -> tuple[float, int]:
    """Seconds for one pass of the extractor over ``paragraphs``, and the records found."""
    start = time.process_time()
    found = sum(1 for _ in numbers.extract(paragraphs))
    return time.process_time() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus (best is kept)")
    args = parser.parse_args()
    for name, pattern, size in (("dense", "numbers-*.txt", 2 * MB), ("news", "*.txt", 4 * MB)):
        text = corpus(pattern, size)
        paragraphs = paragraphs_of(text)
        best, found = min(run(paragraphs) for _ in range(args.repeat))
        print(
            f"{name:6} {len(text) / MB:5.2f} MB  {len(paragraphs):6} paragraphs  "
            f"{found:6} numbers  {best:6.3f} s  {len(text) / MB / best:6.2f} MB/s"
        )


if __name__ == "__main__":
    main()
