"""Reproducible performance benchmark for newsx (issue 6). Not a test: run it by hand.

    .venv/bin/python -m tests.benchmark            # full run (8 MB corpus, 200 MB memory test)
    .venv/bin/python -m tests.benchmark --quick    # a small run for a quick look
    .venv/bin/python -m tests.benchmark --json bench-out/benchmark.json

It builds its corpora deterministically from ``samples/*.txt`` (a seeded shuffle of their
entries) under ``bench-out/`` (git-ignored), then measures in one run:

- the **floor**: one ``regex`` ``finditer`` over the same text, in process (words, and quote marks);
- ``newsx entries``, ``quotes`` and ``numbers`` as whole processes (median of several runs), in MB/s
  and as a ratio to the floor — absolute times vary between machines, ratios much less;
- the same extraction in process, with and without the quote and number extractors (what each
  extractor costs relative to segmentation alone);
- start-up of ``newsx entries`` on a one-paragraph file (whole process, warm and cold regex cache);
- peak RSS of ``newsx entries`` on a small and a large input (must be flat in input size);
- ``--jobs 1`` against ``--jobs 2`` over many article files (scaling, and identical output).

It prints a table and writes the figures as JSON. Timing is never asserted anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
MB = 1_000_000

#: Invented reporters for the re-assembled posts (no real bylines are copied).
AUTHORS = (
    "Maya Castellano",
    "Tom Whitlow",
    "Priya Nandakumar",
    "Aled Rhys-Jones",
    "Nadia Osei",
    "Conor Breslin",
    "Hanna Lindqvist",
    "Samuel Adeyemi",
    "Lucía Ferrer",
    "Oskar Wiśniewski",
)
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# The floor: the simplest useful single-regex scans over the same text.
FLOOR_WORDS_RE = regex.compile(r"\w++")
FLOOR_QUOTES_RE = regex.compile(r"[\"“”‘’«»]")


@dataclass(slots=True)
class Config:
    """Sizes and repetitions of one benchmark run."""

    corpus_mb: float  # the throughput corpus (one trailer-layout live blog)
    small_mb: float  # memory test, small input
    big_mb: float  # memory test, large input
    article_files: int  # --jobs scaling
    runs: int  # whole-process repetitions (the median is reported)
    startup_runs: int
    seed: int


FULL = Config(
    corpus_mb=8, small_mb=1, big_mb=200, article_files=200, runs=3, startup_runs=10, seed=6
)
QUICK = Config(corpus_mb=1, small_mb=1, big_mb=8, article_files=40, runs=3, startup_runs=5, seed=6)


@dataclass(slots=True)
class Run:
    """One child process: wall time, CPU time and its own peak RSS."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    returncode: int


# --------------------------------------------------------------------------- corpus


def sample_posts() -> list[list[str]]:
    """Every entry of every sample as a list of lines (headline first, then body paragraphs).

    The samples are cut with newsx's own segmenter, keeping only text lines (no bylines or
    stamps), so the re-assembled corpus gets its boundaries only from the trailers added here.
    """
    from extract.entries import Options, extract_text

    posts: list[list[str]] = []
    options = Options(quotes=False, numbers=False)
    for path in sorted(SAMPLES.glob("*.txt")):
        for entry in extract_text(path.read_text(encoding="utf-8"), options=options):
            lines = [entry.headline] if entry.headline else []
            lines += [p.text for p in entry.paragraphs]
            if any(lines):
                posts.append(lines)
    if not posts:
        sys.exit(f"no entries found under {SAMPLES}")
    return posts


def trailer_blog(posts: list[list[str]], size: float, seed: int) -> Iterator[str]:
    """A trailer-layout live blog of about ``size`` bytes: shuffled posts, newest first, each
    ending with ``Author5 June 2025 04:20`` (varied authors, times going back 2–25 minutes)."""
    rng = random.Random(seed)
    when = datetime(2025, 6, 5, 23, 58)
    written = 0
    while written < size:
        order = list(range(len(posts)))
        rng.shuffle(order)
        for index in order:
            lines = posts[index]
            trailer = (
                f"{rng.choice(AUTHORS)}{when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
            )
            chunk = "\n".join([*lines, trailer]) + "\n"
            yield chunk
            written += len(chunk.encode("utf-8"))
            when -= timedelta(minutes=rng.randint(2, 25))
            if written >= size:
                return


def write_blog(path: Path, posts: list[list[str]], size: float, seed: int) -> Path:
    """Stream a trailer blog to ``path`` (never held in memory: the large one is 200 MB)."""
    if path.exists() and path.stat().st_size >= size:
        return path  # same seed and size: the same bytes as last time
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for chunk in trailer_blog(posts, size, seed):
            out.write(chunk)
    return path


def write_articles(folder: Path, posts: list[list[str]], count: int, seed: int) -> Path:
    """``count`` article files of 4–30 KB: a headline, a ``By`` line, a date line, then the
    paragraphs of shuffled posts."""
    rng = random.Random(seed + 1)
    if folder.exists() and len(list(folder.glob("*.txt"))) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paragraphs = [line for lines in posts for line in lines[1:]] or [posts[0][0]]
    headlines = [lines[0] for lines in posts]
    day = datetime(2025, 6, 5, 9, 0)
    for number in range(count):
        target = rng.randint(4_000, 30_000)
        lines = [
            rng.choice(headlines),
            f"By {rng.choice(AUTHORS)}",
            f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        ]
        size = 0
        while size < target:
            line = rng.choice(paragraphs)
            lines.append(line)
            size += len(line) + 1
        (folder / f"article-{number:04d}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        day -= timedelta(hours=rng.randint(1, 30))
    return folder


# --------------------------------------------------------------------------- measuring


def newsx_command() -> list[str]:
    """The installed console script beside this interpreter (what users run)."""
    script = Path(sys.executable).with_name("newsx")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from cli.main import run; run()"]


# Spawns one measured child from a fresh, small interpreter. Linux counts the memory a child had
# before ``exec`` (a fork of its parent) in its ``ru_maxrss``: spawned from this process, which
# holds the corpus, every child would report at least this process's size. ``ru_maxrss`` is a
# maximum, so a ~10 MB helper adds nothing to a child larger than itself.
_SPAWN_HELPER = """
import json, os, sys, time
cmd, cwd = json.loads(sys.argv[1]), sys.argv[2]
os.chdir(cwd)
null = os.open(os.devnull, os.O_WRONLY)
start = time.perf_counter()
pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[
    (os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
                  usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))
"""


def run_child(cmd: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Run one child (stdout and stderr to /dev/null) and return its own time and peak RSS.

    ``wait4`` in a fresh helper gives this one child's rusage, so the peak RSS is per run, not a
    maximum over every child this process ever had, nor inflated by this process's own size.
    """
    helper = [sys.executable, "-S", "-c", _SPAWN_HELPER, json.dumps(list(cmd)), str(ROOT)]
    done = subprocess.run(helper, env=env, capture_output=True, text=True, check=True)
    seconds, cpu, maxrss_kib, returncode = json.loads(done.stdout)
    return Run(
        seconds=seconds,
        cpu_seconds=cpu,
        peak_rss_mb=maxrss_kib / 1024,  # KiB on Linux
        returncode=returncode,
    )


def median_run(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None) -> Run:
    """The run with the median wall time out of ``runs``."""
    done = sorted((run_child(cmd, env) for _ in range(runs)), key=lambda r: r.seconds)
    bad = [r.returncode for r in done if r.returncode != 0]
    if bad:
        print(f"  warning: {' '.join(cmd[-3:])} exited {bad[0]}", file=sys.stderr)
    return done[len(done) // 2]


def floor_mb_s(text: str, pattern: regex.Pattern[str], repeats: int = 3) -> float:
    """MB/s of one ``finditer`` pass of ``pattern`` over ``text`` (best of ``repeats``)."""
    size = len(text.encode("utf-8"))
    best = min(_timed(lambda: sum(1 for _ in pattern.finditer(text))) for _ in range(repeats))
    return size / best / MB


def _timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def in_process_mb_s(path: Path, *, quotes: bool, numbers: bool, repeats: int = 2) -> float:
    """MB/s of ``extract.entries.extract`` over the lines of ``path`` (no CLI, no output)."""
    from extract.entries import Options, extract

    options = Options(quotes=quotes, numbers=numbers)
    size = path.stat().st_size

    def work() -> None:
        with open(path, encoding="utf-8", newline="") as lines:
            for _ in extract(lines, source=path.name, options=options):
                pass

    best = min(_timed(work) for _ in range(repeats))
    return size / best / MB


# --------------------------------------------------------------------------- the run


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "regex": regex.__version__,
        "platform": platform.platform(),
    }


def benchmark(cfg: Config, out: Path) -> dict[str, object]:
    """Build the corpora and take every measurement; returns the JSON-ready results."""
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"machine": machine(), "config": asdict(cfg)}
    newsx = newsx_command()
    posts = sample_posts()
    # Corpora are reused between runs while the samples and the seed are unchanged.
    tag = hashlib.sha1(repr((posts, cfg.seed)).encode("utf-8")).hexdigest()[:8]
    results["corpus"] = {"samples_tag": tag, "sample_entries": len(posts)}

    def blog(size_mb: float) -> Path:
        return write_blog(out / f"blog-{tag}-{size_mb:g}mb.txt", posts, size_mb * MB, cfg.seed)

    corpus, small, big = blog(cfg.corpus_mb), blog(cfg.small_mb), blog(cfg.big_mb)
    articles = write_articles(
        out / f"articles-{tag}-{cfg.article_files}", posts, cfg.article_files, cfg.seed
    )
    one = out / "one-paragraph.txt"
    one.write_text(
        "The harbour board said on Tuesday it would spend £4.5m repairing the north pier, "
        "which was closed to 1,200 fishing boats after a storm.\n",
        "utf-8",
    )
    size_mb = corpus.stat().st_size / MB
    # Measure newsx as installed: pip byte-compiles packages, but this environment may set
    # PYTHONDONTWRITEBYTECODE, which would make every child re-compile ``cli`` and ``extract``.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "cli", "extract"],
        cwd=ROOT,
        check=False,
        stdout=subprocess.DEVNULL,
    )
    print(f"corpus: {size_mb:.1f} MB, {len(posts)} sample entries reshuffled", file=sys.stderr)

    # The floor, on the same text, in this process.
    text = corpus.read_text(encoding="utf-8")
    floor = floor_mb_s(text, FLOOR_WORDS_RE)
    results["floor"] = {"words_mb_s": floor, "quote_marks_mb_s": floor_mb_s(text, FLOOR_QUOTES_RE)}
    del text

    # Whole processes, JSON Lines into /dev/null.
    commands: dict[str, dict[str, float]] = {}
    for command in ("entries", "quotes", "numbers"):
        print(f"timing newsx {command} …", file=sys.stderr)
        run = median_run([*newsx, command, "--format", "jsonl", str(corpus)], cfg.runs)
        commands[command] = {
            "seconds": run.seconds,
            "cpu_seconds": run.cpu_seconds,
            "mb_s": size_mb / run.seconds,
            "floor_ratio": floor / (size_mb / run.seconds),
            "peak_rss_mb": run.peak_rss_mb,
        }
    results["commands"] = commands

    # In process: what segmentation costs alone, and what each extractor adds.
    print("timing in process …", file=sys.stderr)
    segment = in_process_mb_s(corpus, quotes=False, numbers=False)
    with_quotes = in_process_mb_s(corpus, quotes=True, numbers=False)
    with_numbers = in_process_mb_s(corpus, quotes=False, numbers=True)
    full = in_process_mb_s(corpus, quotes=True, numbers=True)
    results["in_process"] = {
        "segment_mb_s": segment,
        "segment_quotes_mb_s": with_quotes,
        "segment_numbers_mb_s": with_numbers,
        "full_mb_s": full,
        "quotes_cost_x_segment": segment / with_quotes,  # issue: ≤ 2
        "numbers_cost_x_segment": segment / with_numbers,
    }

    # Start-up: a one-paragraph file, whole process; warm cache, then a cold one per run.
    print("timing start-up …", file=sys.stderr)
    base = median_run([sys.executable, "-c", "pass"], cfg.startup_runs)
    version = median_run([*newsx, "--version"], cfg.startup_runs)
    entries_cmd = [*newsx, "entries", "--format", "jsonl", str(one)]
    run_child(entries_cmd)  # warm the regex cache and the page cache
    warm = median_run(entries_cmd, cfg.startup_runs)
    colds = []
    for _ in range(cfg.runs):
        with tempfile.TemporaryDirectory() as empty:
            colds.append(run_child(entries_cmd, {**os.environ, "NEWSX_CACHE_DIR": empty}))
    cold = sorted(colds, key=lambda r: r.seconds)[len(colds) // 2]
    results["startup_ms"] = {
        "python": base.seconds * 1000,
        "version": version.seconds * 1000,
        "entries_one_paragraph": warm.seconds * 1000,
        "entries_one_paragraph_cold_cache": cold.seconds * 1000,
    }

    # Memory: the same command on a small and a large input.
    print(f"memory: {cfg.small_mb:g} MB and {cfg.big_mb:g} MB …", file=sys.stderr)
    small_run = run_child([*newsx, "entries", "--format", "jsonl", str(small)])
    big_run = run_child([*newsx, "entries", "--format", "jsonl", str(big)])
    results["memory"] = {
        "small_mb": small.stat().st_size / MB,
        "small_peak_rss_mb": small_run.peak_rss_mb,
        "big_mb": big.stat().st_size / MB,
        "big_peak_rss_mb": big_run.peak_rss_mb,
        "big_seconds": big_run.seconds,
        "growth_mb": big_run.peak_rss_mb - small_run.peak_rss_mb,
    }

    # --jobs: many article files, sequential against two workers; output must be identical.
    print(f"--jobs over {cfg.article_files} files …", file=sys.stderr)
    jobs: dict[str, object] = {"files": cfg.article_files}
    article_mb = sum(p.stat().st_size for p in articles.glob("*.txt")) / MB
    for n in (1, 2):
        run = median_run(
            [*newsx, "entries", "--format", "jsonl", "--jobs", str(n), str(articles)], cfg.runs
        )
        jobs[f"jobs{n}_seconds"] = run.seconds
        jobs[f"jobs{n}_mb_s"] = article_mb / run.seconds
    jobs["mb"] = article_mb
    jobs["speedup"] = float(jobs["jobs1_seconds"]) / float(jobs["jobs2_seconds"])  # type: ignore[arg-type]
    outputs = [
        subprocess.run(
            [*newsx, "entries", "--format", "jsonl", "--jobs", str(n), str(articles)],
            capture_output=True,
            cwd=ROOT,
            check=False,
        ).stdout
        for n in (1, 2)
    ]
    jobs["same_output"] = outputs[0] == outputs[1]
    results["jobs"] = jobs
    return results


# --------------------------------------------------------------------------- report


def table(r: dict[str, object]) -> str:
    """The results as a Markdown table (the README's Performance section shows it)."""
    floor = r["floor"]["words_mb_s"]  # type: ignore[index]
    cmd = r["commands"]  # type: ignore[assignment]
    inp = r["in_process"]  # type: ignore[assignment]
    st = r["startup_ms"]  # type: ignore[assignment]
    mem = r["memory"]  # type: ignore[assignment]
    jobs = r["jobs"]  # type: ignore[assignment]
    rows = [
        ("regex floor: one `\\w++` finditer, in process", f"{floor:.1f} MB/s", "1.0x", ""),
        (
            "regex floor: quote marks, in process",
            f"{r['floor']['quote_marks_mb_s']:.1f} MB/s",  # type: ignore[index]
            "",
            "",
        ),
    ]
    for command in ("entries", "quotes", "numbers"):
        c = cmd[command]  # type: ignore[index]
        target = "≥ 5 MB/s, ≤ 5x floor" if command == "entries" else ""
        rows.append(
            (
                f"`newsx {command} --format jsonl` (whole process, median)",
                f"{c['mb_s']:.2f} MB/s",
                f"{c['floor_ratio']:.1f}x slower",
                _verdict(target, c["mb_s"] >= 5 and c["floor_ratio"] <= 5),
            )
        )
    rows += [
        (
            "in process: segmentation only",
            f"{inp['segment_mb_s']:.2f} MB/s",
            f"{floor / inp['segment_mb_s']:.1f}x slower",
            "",
        ),  # type: ignore[index]
        (
            "in process: + quotes",
            f"{inp['segment_quotes_mb_s']:.2f} MB/s",
            f"cost {inp['quotes_cost_x_segment']:.1f}x segmentation",
            _verdict("≤ 2x", inp["quotes_cost_x_segment"] <= 2),
        ),  # type: ignore[index]
        (
            "in process: + numbers",
            f"{inp['segment_numbers_mb_s']:.2f} MB/s",
            f"cost {inp['numbers_cost_x_segment']:.1f}x segmentation",
            "",
        ),  # type: ignore[index]
        (
            "in process: full (quotes + numbers)",
            f"{inp['full_mb_s']:.2f} MB/s",
            f"{floor / inp['full_mb_s']:.1f}x slower",
            "",
        ),  # type: ignore[index]
        ("start-up: `python -c pass`", f"{st['python']:.0f} ms", "", ""),  # type: ignore[index]
        ("start-up: `newsx --version`", f"{st['version']:.0f} ms", "", ""),  # type: ignore[index]
        (
            "start-up: `newsx entries` one paragraph",
            f"{st['entries_one_paragraph']:.0f} ms",
            "",
            _verdict("≤ 150 ms", st["entries_one_paragraph"] <= 150),
        ),  # type: ignore[index]
        (
            "start-up: same, cold regex cache",
            f"{st['entries_one_paragraph_cold_cache']:.0f} ms",
            "",
            "first run only",
        ),  # type: ignore[index]
        (
            f"peak RSS: `newsx entries`, {mem['small_mb']:.0f} MB input",
            f"{mem['small_peak_rss_mb']:.1f} MB",
            "",
            _verdict("< 80 MB", mem["small_peak_rss_mb"] < 80),
        ),  # type: ignore[index]
        (
            f"peak RSS: `newsx entries`, {mem['big_mb']:.0f} MB input",
            f"{mem['big_peak_rss_mb']:.1f} MB",
            f"+{mem['growth_mb']:.1f} MB",
            _verdict(
                "flat (±10 MB), < 80 MB",
                abs(mem["growth_mb"]) <= 10 and mem["big_peak_rss_mb"] < 80,
            ),
        ),  # type: ignore[index]
        (
            f"`--jobs 1`, {jobs['files']} files ({jobs['mb']:.1f} MB)",
            f"{jobs['jobs1_seconds']:.2f} s",
            "",
            "",
        ),  # type: ignore[index]
        (
            "`--jobs 2`, same files",
            f"{jobs['jobs2_seconds']:.2f} s",
            f"{jobs['speedup']:.2f}x speed-up",
            _verdict("≥ 1.7x, same output", jobs["speedup"] >= 1.7 and jobs["same_output"]),
        ),  # type: ignore[index]
    ]
    head = ("measurement", "result", "relative", "target")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(4)]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
        for row in [head, tuple("-" * w for w in widths), *rows]
    ]
    m = r["machine"]
    lines.append("")
    lines.append(
        f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, regex {m['regex']}."
    )  # type: ignore[index]
    return "\n".join(lines)


def _verdict(target: str, ok: bool) -> str:
    if not target:
        return ""
    return f"{target}: {'met' if ok else 'NOT met'}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``--quick``, ``--json FILE``, ``--out DIR``, ``--big-mb N``."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmark", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="small corpora, for a quick look")
    parser.add_argument(
        "--json", type=Path, help="write the results here (default: OUT/benchmark.json)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out", help="where corpora go")
    parser.add_argument("--big-mb", type=float, help="size of the large memory-test input")
    parser.add_argument("--corpus-mb", type=float, help="size of the throughput corpus")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    if args.big_mb is not None:
        cfg = replace(cfg, big_mb=args.big_mb)
    if args.corpus_mb is not None:
        cfg = replace(cfg, corpus_mb=args.corpus_mb)
    results = benchmark(cfg, args.out)
    results["table"] = table(results)
    target = args.json or args.out / "benchmark.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(results["table"])
    print(f"\nJSON: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
