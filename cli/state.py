"""Incremental runs (``--state FILE``): emit each entry once, re-emit it when its text changes.

The state maps, per source, each emitted entry's stable ``id`` to a hash of its content and the
revision last emitted. A run:

1. takes an exclusive lock on ``FILE.lock`` (another run holding it → exit 75, or wait with ``--wait``);
2. reads the state (unreadable, corrupt or written by another command → exit 2, never a silent reset);
3. emits only entries that are new (revision 1) or edited (revision n+1), remembering them in memory
   once their records were written;
4. after the output was flushed, writes the new state atomically: a temporary file in the same
   directory, ``fsync``, ``os.replace``, ``fsync`` of the directory. A run killed at any moment leaves
   the old state or the new one, and never marks an entry as emitted that was not written.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.records import Entry

STATE_VERSION = 1
#: Most ids remembered per source (oldest forgotten first): months of a busy live blog.
MAX_IDS_PER_SOURCE = 100_000


class StateError(Exception):
    """The state file cannot be used: one line, exit 2."""


class StateLocked(Exception):
    """Another run holds the lock: one line, exit 75."""


def content_hash(entry: Entry) -> str:
    """What counts as an edit: the headline and the body text.

    >>> from extract.records import Entry, Paragraph
    >>> e = Entry("-", 1, 1, 0, 5, paragraphs=[Paragraph("Text.", 0, 1)])
    >>> content_hash(e) == content_hash(e), len(content_hash(e))
    (True, 16)
    """
    key = (entry.headline or "") + "\x1f" + entry.text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class State:
    """The remembered entries, per source: ``{id: [content_hash, revision]}``."""

    path: Path
    command: str
    sources: dict[str, dict[str, list[Any]]] = field(default_factory=dict)

    def revision_for(self, source: str, entry_id: str, digest: str) -> int | None:
        """The revision to emit an entry with, or None when it was already emitted unchanged."""
        seen = self.sources.get(source, {}).get(entry_id)
        if seen is None:
            return 1
        if seen[0] == digest:
            return None
        return int(seen[1]) + 1

    def mark(self, source: str, entry_id: str, digest: str, revision: int) -> None:
        """Remember an entry as emitted (call only after its records were written)."""
        ids = self.sources.setdefault(source, {})
        # Re-insert, so the newest ids are last and the oldest are forgotten first.
        ids.pop(entry_id, None)
        ids[entry_id] = [digest, revision]
        while len(ids) > MAX_IDS_PER_SOURCE:
            del ids[next(iter(ids))]

    def to_json(self) -> dict[str, Any]:
        """The file's content."""
        return {"newsx_state": STATE_VERSION, "command": self.command, "sources": self.sources}


def load(path: Path, command: str) -> State:
    """Read the state file (a missing file is an empty state)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return State(path, command)
    except (OSError, UnicodeDecodeError) as exc:
        raise StateError(f"{path}: cannot read the state file: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StateError(
            f"{path}: corrupt state file ({exc.msg} at line {exc.lineno}); "
            "move it away to start afresh"
        ) from exc
    if not isinstance(data, dict) or data.get("newsx_state") != STATE_VERSION:
        raise StateError(f"{path}: not a newsx state file (version {STATE_VERSION})")
    if data.get("command") != command:
        raise StateError(
            f"{path}: state file belongs to `newsx {data.get('command')}`; "
            f"use one state file per command"
        )
    sources = data.get("sources")
    if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
        raise StateError(f"{path}: corrupt state file (bad 'sources')")
    return State(path, command, sources)


def save(state: State) -> None:
    """Write the state atomically: temporary file, fsync, rename, fsync of the directory."""
    directory = state.path.parent if str(state.path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{state.path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state.to_json(), handle, ensure_ascii=False, separators=(",", ":"))
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, state.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def locked(path: Path, *, wait: bool) -> Iterator[None]:
    """Hold an exclusive lock on ``PATH.lock`` for the whole run."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        handle = open(lock_path, "a+")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise StateError(f"{lock_path}: cannot create the lock file: {exc.strerror}") from exc
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StateLocked(
                f"{path}: locked by another newsx run; try again later or pass --wait"
            ) from exc
        yield
    finally:
        handle.close()  # closing releases the lock
