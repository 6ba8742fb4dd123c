"""Micro-benchmark of the quote extractor, in process. Not a test: run it by hand.

    .venv/bin/python -m tests.bench_quotes            # best of 3
    .venv/bin/python -m tests.bench_quotes --repeat 5 --profile

Every ``samples/*.txt`` is segmented once (``extract.entries.extract_text`` with quotes and
numbers off, not timed); the entries' paragraphs are repeated until the corpus reaches about
4 MB (1 MB = 10^6 characters of paragraph text) and ``extract.quotes.extract`` is timed over every
entry. The best of ``--repeat`` runs is reported in MB/s of CPU time (``time.process_time``: the
figure per core, steady on a busy machine where wall-clock time is not) with the number of
records found, so a speed-up that loses records shows. A cProfile pass then reports the share of the time spent in
``extract/names.py`` (name finding and resolution); ``--profile N`` also prints the top N
functions. ``--timeout-cost`` times a second pass with every ``timeout=`` switched off (the
modules' ``MATCH_TIMEOUT`` set to None) to show what the regex-timeout contract costs.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from extract import names, quotes, sentences
from extract.entries import Options, extract_text
from extract.records import Paragraph

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
MB = 1_000_000


def corpus(size: int) -> tuple[list[list[Paragraph]], int]:
    """The entries of every sample (as paragraph lists), repeated to about ``size`` characters."""
    entries: list[list[Paragraph]] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = extract_text(text, source=path.name, options=Options(quotes=False, numbers=False))
        entries.extend(e.paragraphs for e in found if e.paragraphs)
    one = sum(len(p.text) for paras in entries for p in paras)
    times = max(1, -(-size // one))
    return entries * times, one * times


def run(entries: list[list[Paragraph]]) -> tuple[float, int]:
    """CPU seconds for one pass of the extractor over every entry, and the records found."""
    extract = quotes.extract
    start = time.process_time()
    found = 0
    for paragraphs in entries:
        for _ in extract(paragraphs):
            found += 1
    return time.process_time() - start, found


def names_share(entries: list[list[Paragraph]], top: int) -> float:
    """Share of the extractor's time spent in ``extract/names.py`` (cumulative, via cProfile)."""
    profiler = cProfile.Profile()
    profiler.enable()
    run(entries)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    # Time *inside* names.py functions plus what they call, counted once: sum the top-level
    # entries into names.py from quotes.py (cumulative time of find_mentions and AliasTable calls).
    in_names = 0.0
    for (filename, _line, _func), (_cc, _nc, _tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if not filename.endswith("names.py"):
            continue
        from_outside = sum(
            c[3] for caller, c in callers.items() if not caller[0].endswith("names.py")
        )
        in_names += from_outside if callers else ct
    if top:
        stats.sort_stats("tottime").print_stats(top)
    return in_names / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is kept)")
    parser.add_argument("--size", type=float, default=4.0, help="corpus size in MB")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print top N functions")
    parser.add_argument(
        "--timeout-cost", action="store_true", help="also time a pass without regex timeouts"
    )
    args = parser.parse_args()
    entries, chars = corpus(int(args.size * MB))
    best, found = min(run(entries) for _ in range(args.repeat))
    print(
        f"quotes  {chars / MB:5.2f} MB  {len(entries):6} entries  {found:6} quotes  "
        f"{best:6.3f} s  {chars / MB / best:6.2f} MB/s"
    )
    if args.timeout_cost:
        modules = [m for m in (quotes, names, sentences) if hasattr(m, "MATCH_TIMEOUT")]
        saved = [m.MATCH_TIMEOUT for m in modules]
        for m in modules:
            m.MATCH_TIMEOUT = None  # type: ignore[attr-defined]
        bare, _ = min(run(entries) for _ in range(args.repeat))
        for m, value in zip(modules, saved, strict=True):
            m.MATCH_TIMEOUT = value  # type: ignore[attr-defined]
        print(
            f"without timeouts {bare:6.3f} s  {chars / MB / bare:6.2f} MB/s  "
            f"(timeouts cost {(best - bare) / best:.0%} of the time)",
            file=sys.stdout,
        )
    share = names_share(entries, args.profile)
    print(f"share of time in extract/names.py (cProfile): {share:.0%}")


if __name__ == "__main__":
    main()
