"""One run of a command: inputs → ``extract`` → filters → writer, with errors on stderr.

This is where the exit status is decided: 0 when every input was read (even with nothing found),
2 when any input or option was bad (the other inputs are still processed), 75 when the state file is
locked by another run, 130 on Ctrl-C. A broken pipe (``| head -1``) ends the run quietly with 0.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from cli import inputs, messages
from cli import state as state_mod
from cli.output import JsonLinesWriter, Writer, make_writer
from extract.records import Entry, Number, Quote

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_LOCKED = 75
EXIT_INTERRUPTED = 130

#: Record fields per command, in contract order (drives --fields and the CSV header).
FIELDS: dict[str, tuple[str, ...]] = {
    "entry": Entry.FIELDS,
    "quote": Quote.FIELDS,
    "number": Number.FIELDS,
}


#: Command names per record kind (the state file remembers which command wrote it).
COMMANDS = {"entry": "entries", "quote": "quotes", "number": "numbers"}


class UsageError(Exception):
    """A bad option value: reported as one line, exit 2, before any input is read."""


@dataclass(slots=True)
class Settings:
    """Every option a command takes (the CLI fills it; tests may build it directly)."""

    fmt: str = "auto"
    fields: str | None = None
    glob: str = "*.txt"
    layout: str = "auto"
    tz: str | None = None
    date: str | None = None
    now: str | None = None
    since: str | None = None
    until: str | None = None
    author: str | None = None
    speaker: str | None = None
    kind: str | None = None
    include_dates: bool = False
    state: str | None = None
    wait: bool = False
    dry_run: bool = False
    encoding: str | None = None
    text: bool = False
    jobs: int | None = None
    quiet: bool = False
    line_buffered: bool = False
    color: str = "auto"
    debug: bool = False


class Reporter:
    """Writes one-line messages to stderr and remembers whether any was an error."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.failed = False
        self._seen: set[str] = set()

    def __call__(self, message: str, is_error: bool) -> None:
        """Report ``message``; errors always, warnings unless quiet (each warning once)."""
        if is_error:
            self.failed = True
        elif self.quiet or message in self._seen:
            return
        else:
            self._seen.add(message)
        print(messages.line(message), file=sys.stderr, flush=True)


def run(kind: str, paths: list[str], settings: Settings) -> int:
    """Run one command over ``paths``; returns the exit status."""
    report = Reporter(settings.quiet)
    try:
        return _run(kind, paths, settings, report)
    except UsageError as exc:
        report(str(exc), True)
        return EXIT_ERROR
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print(messages.line(messages.INTERRUPTED), file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(kind: str, paths: list[str], settings: Settings, report: Reporter) -> int:
    from cli import filters
    from extract import entries as entries_mod

    fields = _parse_fields(settings.fields, kind)
    options = entries_mod.Options(
        layout=settings.layout,
        tz=_parse_tz(settings.tz),
        date=_parse_date(settings.date),
        # Relative stamps ("5h ago") count back from --now, else from the page's own time, else
        # from the clock; --since 24h counts back from --now or the clock.
        now=_parse_now(settings.now),
        now_default=datetime.now(UTC).replace(microsecond=0),
        quotes=kind in {"entry", "quote"},
        numbers=kind in {"entry", "number"},
        include_dates=settings.include_dates,
    )
    now = options.now or options.now_default
    selection = filters.build(kind, settings, now=now, tz=options.tz, report=report)

    if not paths:
        if inputs.stdin_is_terminal():
            raise UsageError(messages.NO_INPUT)
        paths = ["-"]

    fmt = settings.fmt
    if fmt == "auto":
        fmt = "table" if inputs.is_terminal(sys.stdout) else "jsonl"
    if fmt != "table":
        _utf8_stdout()
    color = {"always": True, "never": False}.get(settings.color)
    writer = make_writer(
        fmt,
        kind,
        fields,
        FIELDS[kind],
        line_buffered=settings.line_buffered or (fmt != "table" and inputs.is_terminal(sys.stdout)),
        color=color,
    )

    items = list(inputs.expand(paths, settings.glob, report))
    emitter = _Emitter(kind, settings, options, selection, writer, report, now)
    if settings.state is None:
        emitter.all(items)
        writer.close()
        return EXIT_ERROR if report.failed else EXIT_OK

    state_path = Path(settings.state)
    try:
        with state_mod.locked(state_path, wait=settings.wait):
            emitter.remembered = state_mod.load(state_path, COMMANDS[kind])
            emitter.all(items)
            writer.close()  # flushed before the state records anything as emitted
            if not settings.dry_run:
                state_mod.save(emitter.remembered)
    except state_mod.StateLocked as exc:
        report(str(exc), True)
        return EXIT_LOCKED
    except state_mod.StateError as exc:
        report(str(exc), True)
        return EXIT_ERROR
    return EXIT_ERROR if report.failed else EXIT_OK


@dataclass(slots=True)
class _Emitter:
    """One run's reading and writing: inputs in, selected records out, the state kept in step."""

    kind: str
    settings: Settings
    options: Any  # extract.entries.Options (imported lazily)
    selection: Any  # cli.filters.Selection
    writer: Writer
    report: Reporter
    now: datetime
    remembered: state_mod.State | None = None

    def all(self, items: list[inputs.Input]) -> None:
        """Extract every input and write the selected records (only new or edited ones with a state).

        With several files and ``--jobs`` > 1, files are extracted in worker processes and their
        output is replayed here in input order (``cli.parallel``).
        """
        from cli import parallel

        workers = parallel.worth_it(items, self.settings.jobs)
        with _progress(items, self.settings) as advance:
            if workers == 1:
                for item in items:
                    self.one(item)
                    advance(item)
                return
            # Without a state to consult, JSON Lines leave the workers finished: the parent copies.
            final = self.remembered is None and isinstance(self.writer, JsonLinesWriter)
            pool = parallel.Pool(workers, self.kind, self.settings, self.options, self.now, final)
            try:
                results = pool.run(items)
                for item in items:
                    if item.path is None:  # stdin stays in this process
                        self.one(item)
                    else:
                        _index, spool, messages = next(results)
                        for message, is_error in messages:
                            self.report(message, is_error)
                        if final:
                            parallel.copy_spool(spool, self.writer.out)
                        else:
                            for entry in parallel.read_spool(spool):
                                self.records(entry.source, entry.id, entry.content, entry.records)
                    advance(item)
            except BaseException:
                pool.close(abort=True)
                raise
            pool.close()

    def one(self, item: inputs.Input) -> None:
        """One input extracted in this process."""
        for entry in _entries_of(item, self.settings, self.options, self.report):
            if self.selection.accepts(entry):
                digest = state_mod.content_hash(entry) if self.remembered is not None else ""
                self.records(entry.source, entry.id, digest, self.selection.records(entry))

    def records(
        self, source: str, entry_id: str, digest: str, records: Iterable[dict[str, Any]]
    ) -> None:
        """Write one entry's records, unless the state says it was emitted unchanged before."""
        revision = 1
        if self.remembered is not None:
            found = self.remembered.revision_for(source, entry_id, digest)
            if found is None:
                return
            revision = found
        for record in records:
            if record.get("type") == "entry":
                record["revision"] = revision
            self.writer.write(record)
        if self.remembered is not None:
            self.remembered.mark(source, entry_id, digest, revision)


def _entries_of(
    item: inputs.Input, settings: Settings, options: Any, report: Reporter
) -> Iterator[Entry]:
    """Entries of one input; read and extraction errors are reported, never raised."""
    from extract import entries as entries_mod

    warned: set[str] = set()
    try:
        lines = inputs.read_lines(
            item, report, encoding=settings.encoding, force_text=settings.text
        )
        for entry in entries_mod.extract(lines, source=item.name, options=options):
            for warning in entry.warnings:
                if warning not in warned:
                    warned.add(warning)
                    report(f"{item.name}:{entry.line}: {warning}", False)
            yield entry
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except inputs.InputError as exc:
        report(str(exc), True)
    except LookupError as exc:  # an --encoding that Python's codecs do not know
        raise UsageError(f"--encoding: {exc}") from exc
    except TimeoutError as exc:  # a regex ran past its time limit: the rest of this file is skipped
        line = getattr(exc, "line", None)
        where = f"{item.name}:{line}" if line else item.name
        report(f"{where}: pattern timed out ({exc}); rest of the file skipped", True)
    except OSError as exc:
        report(messages.unreadable_reason(item.name, exc), True)
    except Exception as exc:
        if settings.debug:
            raise
        report(f"{item.name}: {messages.internal_error(exc)}", True)


def _parse_fields(raw: str | None, kind: str) -> list[str] | None:
    if not raw:
        return None
    names = [name.strip() for name in raw.split(",") if name.strip()]
    bad = [name for name in names if name not in FIELDS[kind]]
    if bad:
        raise UsageError(messages.unknown_fields(bad, FIELDS[kind]))
    return names


def _parse_tz(raw: str | None) -> tzinfo | None:
    if raw is None:
        return None
    from extract.timestamps import zone_for

    zone = zone_for(raw, None)
    if zone is None:
        from dateutil import tz

        zone = tz.gettz(raw)
    if zone is None:
        raise UsageError(f"--tz: unknown time zone {raw!r} (try Europe/London, UTC or +01:00)")
    return zone


def _parse_date(raw: str | None) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise UsageError(f"--date: {raw!r} is not a date like 2025-06-05") from exc


def _parse_now(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    from dateutil.parser import isoparse

    try:
        return isoparse(raw)
    except ValueError as exc:
        raise UsageError(f"--now: {raw!r} is not an ISO 8601 time like 2025-06-05T15:00") from exc


def _utf8_stdout() -> None:
    """Machine formats are always UTF-8 with ``\\n``, whatever the locale (cron's may be C)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", newline="\n")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _progress:
    """A transient progress bar on stderr for long runs, only on a terminal and never with -q."""

    def __init__(self, items: list[inputs.Input], settings: Settings) -> None:
        self.items = items
        self.total = sum(item.size() for item in items)
        self.enabled = (
            not settings.quiet
            and inputs.is_terminal(sys.stderr)
            and (len(items) > 20 or self.total > 8 * 1024 * 1024)
        )
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Callable[[inputs.Input], None]:
        if not self.enabled:
            return lambda item: None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("reading", total=self.total or len(self.items))

        def advance(item: inputs.Input) -> None:
            self.bar.advance(self.task, item.size() if self.total else 1)

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def guarded(app: Callable[..., Any]) -> None:
    """Run the Typer app so that Ctrl-C exits 130 and a closed pipe exits 0, without tracebacks."""
    try:
        app()
    except KeyboardInterrupt:
        print(messages.line(messages.INTERRUPTED), file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
