"""``--jobs N``: files extracted in worker processes, output written in input order.

Each worker extracts one whole file and spools its selected entries to a temporary JSON Lines file
(one line per entry: its id, source, content hash and records), so neither the workers nor the main
process hold more than one entry at a time. The main process replays the spools in input order,
applies the state (which must stay in one process) and writes through the normal writer; messages a
worker produced are replayed in order too, so stderr reads as in a sequential run.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli import inputs
from cli.output import project, to_json

#: Messages a worker collected: ``(message, is_error)`` in order.
Reports = list[tuple[str, bool]]


@dataclass(slots=True)
class Spooled:
    """One entry as a worker spooled it."""

    id: str
    source: str
    content: str
    records: list[dict[str, Any]]


@dataclass(slots=True)
class _Job:
    index: int
    item: inputs.Input
    spool_dir: str
    kind: str
    settings: Any
    options: Any
    now: Any
    final: bool  # spool finished JSON Lines (no state to consult): the parent only copies them


def worth_it(items: list[inputs.Input], jobs: int | None) -> int:
    """How many worker processes to use (1 means: stay sequential)."""
    files = [item for item in items if item.path is not None]
    wanted = jobs if jobs is not None else (os.cpu_count() or 1)
    return max(1, min(wanted, len(files))) if len(files) > 1 else 1


def _work(job: _Job) -> tuple[int, str, Reports]:
    """Worker: extract one file, spool its selected entries, return the messages."""
    from cli import filters
    from cli.pipeline import _entries_of
    from cli.state import content_hash

    reports: Reports = []

    def report(message: str, is_error: bool) -> None:
        reports.append((message, is_error))

    selection = filters.build(job.kind, job.settings, now=job.now, tz=job.options.tz, report=report)
    path = os.path.join(job.spool_dir, f"{job.index:08d}.jsonl")
    fields = _fields(job)
    with open(path, "w", encoding="utf-8") as spool:
        for entry in _entries_of(job.item, job.settings, job.options, report):
            if not selection.accepts(entry):
                continue
            if job.final:
                for record in selection.records(entry):
                    spool.write(to_json(project(record, fields)) + "\n")
                continue
            line = {
                "id": entry.id,
                "source": entry.source,
                "content": content_hash(entry),
                "records": list(selection.records(entry)),
            }
            spool.write(json.dumps(line, ensure_ascii=False) + "\n")
    return job.index, path, reports


def _fields(job: _Job) -> list[str] | None:
    """The ``--fields`` selection (the parent has validated it)."""
    raw = job.settings.fields
    return [f.strip() for f in raw.split(",") if f.strip()] if raw else None


def copy_spool(path: str, out: Any) -> None:
    """Copy a finished spool (JSON Lines) to ``out`` and remove it."""
    try:
        with open(path, encoding="utf-8") as spool:
            while chunk := spool.read(1 << 16):
                out.write(chunk)
    finally:
        Path(path).unlink(missing_ok=True)


def read_spool(path: str) -> Iterator[Spooled]:
    """The entries a worker spooled, in order; the spool is removed once read."""
    try:
        with open(path, encoding="utf-8") as spool:
            for line in spool:
                data = json.loads(line)
                yield Spooled(data["id"], data["source"], data["content"], data["records"])
    finally:
        Path(path).unlink(missing_ok=True)


class Pool:
    """Runs ``_work`` for every file input ahead of the consumer; results come back in order."""

    def __init__(
        self, workers: int, kind: str, settings: Any, options: Any, now: Any, final: bool
    ) -> None:
        self.tmp = tempfile.TemporaryDirectory(prefix="newsx-")
        context = multiprocessing.get_context("fork")
        self.pool = context.Pool(workers)
        self.workers = workers
        self.kind, self.settings, self.options, self.now = kind, settings, options, now
        self.final = final

    def run(self, items: list[inputs.Input]) -> Iterator[tuple[int, str, Reports]]:
        """``(index, spool path, messages)`` per file input, in input order."""
        jobs = [
            _Job(
                i, item, self.tmp.name, self.kind, self.settings, self.options, self.now, self.final
            )
            for i, item in enumerate(items)
            if item.path is not None
        ]
        # Many small files: hand them out in chunks, so the per-task round trip does not dominate.
        chunk = max(1, min(32, len(jobs) // (self.workers * 8)))
        return self.pool.imap(_work, jobs, chunksize=chunk)

    def close(self, *, abort: bool = False) -> None:
        """Stop the workers (at once when aborting) and remove the spool directory."""
        if abort:
            self.pool.terminate()
        else:
            self.pool.close()
        self.pool.join()
        self.tmp.cleanup()
