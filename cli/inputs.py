"""Turning the command line's PATHS into decoded lines, one input at a time, without loading files.

Each input becomes an ``Input`` whose ``lines()`` yields decoded lines *with* their ``\\n`` (so the
library can count character offsets). Problems are reported through a callback as one-line messages
and never stop the other inputs: a bad byte is replaced and named, a binary file is skipped.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cli import messages

#: How much of a file is sniffed for NUL bytes (binary) and for the encoding.
SNIFF_BYTES = 8192

Report = Callable[[str, bool], None]
"""``report(message, is_error)``: errors make the run exit 2; warnings are hidden by ``--quiet``."""


class InputError(Exception):
    """An input that cannot be read at all (missing, a directory without files, unreadable)."""


@dataclass(slots=True)
class Input:
    """One input to read: a path as the user gave it (or found under a directory), or ``-``."""

    name: str
    path: Path | None  # None for stdin
    explicit: (
        bool  # named on the command line (binary → error) or found while recursing (→ warning)
    )

    def size(self) -> int:
        """Bytes on disk (0 for stdin and FIFOs), for the progress bar."""
        if self.path is None:
            return 0
        try:
            st = self.path.stat()
        except OSError:
            return 0
        return st.st_size if stat.S_ISREG(st.st_mode) else 0


def expand(paths: list[str], pattern: str, report: Report) -> Iterator[Input]:
    """Inputs in the order given; directories recursed in sorted order, dot-files skipped.

    Paths are never re-globbed: ``*.txt`` on the command line is the shell's business; ``pattern``
    only filters files found inside directories.
    """
    for given in paths:
        if given == "-":
            yield Input("-", None, explicit=True)
            continue
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:
            report(messages.unreadable(given, exc), True)
            continue
        if not exists:
            report(messages.missing(given), True)
        elif is_dir:
            found = False
            for child in _walk(path, pattern, report):
                found = True
                yield Input(str(child), child, explicit=False)
            if not found:
                report(messages.empty_dir(given, pattern), False)
        else:
            yield Input(given, path, explicit=True)


def _walk(top: Path, pattern: str, report: Report) -> Iterator[Path]:
    """Files under ``top`` matching ``pattern``, sorted, skipping dot-files and dot-directories."""
    try:
        children = sorted(top.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        report(messages.unreadable(str(top), exc), True)
        return
    for child in children:
        if child.name.startswith("."):
            continue
        try:
            if child.is_dir():
                yield from _walk(child, pattern, report)
            elif child.match(pattern):
                if not child.is_file():
                    # A FIFO or device met while recursing: opening it could block the run forever.
                    report(f"{child}: not a regular file, skipped", False)
                    continue
                yield child
        except OSError as exc:
            report(messages.unreadable(str(child), exc), True)


def open_binary(item: Input) -> BinaryIO:
    """The raw byte stream of an input; raises ``InputError`` with a one-line reason."""
    if item.path is None:
        return sys.stdin.buffer
    try:
        return open(item.path, "rb")
    except FileNotFoundError as exc:
        raise InputError(messages.vanished(item.name)) from exc
    except IsADirectoryError as exc:
        raise InputError(f"{item.name}: is a directory") from exc
    except OSError as exc:
        raise InputError(messages.unreadable_reason(item.name, exc)) from exc


def read_lines(
    item: Input,
    report: Report,
    *,
    encoding: str | None = None,
    force_text: bool = False,
) -> Iterator[str]:
    """Decoded lines of one input, each ending in ``\\n`` except perhaps the last.

    - ``encoding=None``: UTF-8 (a BOM is dropped); a file that is not UTF-8 but reads as
      Windows-1252 (Word's smart quotes, old sites) is decoded as such, with a warning. A byte that
      fits neither is one error naming line and byte offset; the line is kept with U+FFFD.
    - A NUL byte in the first 8 KiB means binary: skipped (error if named, warning if found in a
      directory) unless ``force_text``.

    Lines are split on ``\\n`` only (a lone ``\\r`` or U+2028 is text, as for grep).
    """
    stream = open_binary(item)
    try:
        try:
            head = stream.read(SNIFF_BYTES)
        except OSError as exc:
            raise InputError(messages.unreadable_reason(item.name, exc)) from exc
        if not force_text and b"\0" in head:
            report(messages.binary(item.name, head.index(b"\0")), item.explicit)
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding is None:
            encoding = "utf-16"
        if encoding is not None and codecs.lookup(encoding).name == "utf-16":
            yield from _read_utf16(head, stream)
            return
        yield from _decode_lines(item, head, stream, report, encoding)
    finally:
        if item.path is not None:
            stream.close()


def _raw_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """Byte lines (with ``\\n``) of ``head`` followed by the rest of ``stream``.

    ``head`` came from ``stream.read(SNIFF_BYTES)``, which only returns less at end of input.
    """
    pieces = head.split(b"\n")
    for piece in pieces[:-1]:
        yield piece + b"\n"
    tail = pieces[-1]
    if len(head) == SNIFF_BYTES:
        tail += stream.readline()  # complete the line the sniffed block cut in two
    if tail:
        yield tail
    if len(head) == SNIFF_BYTES:
        yield from stream


def _decode_lines(
    item: Input, head: bytes, stream: BinaryIO, report: Report, encoding: str | None
) -> Iterator[str]:
    """Decode byte lines: the given encoding, or UTF-8 with a Windows-1252 fallback."""
    chosen = encoding or "utf-8"
    sniffed = encoding is None and _looks_cp1252(head)
    if sniffed:
        chosen = "cp1252"
        report(messages.decoded_as_cp1252(item.name, 1), False)
    seen_non_ascii = False
    offset = 0  # byte offset of the current line, for messages
    for number, raw in enumerate(_raw_lines(head, stream), start=1):
        if number == 1 and chosen == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            offset += 3
            raw = raw[3:]
        try:
            line = raw.decode(chosen)
        except UnicodeDecodeError as exc:
            if encoding is None and chosen == "utf-8" and not seen_non_ascii and _is_cp1252(raw):
                # Everything before was ASCII, which reads the same in both: switch for the rest.
                chosen = "cp1252"
                report(messages.decoded_as_cp1252(item.name, number), False)
                line = raw.decode(chosen)
            else:
                report(messages.bad_byte(item.name, number, raw, exc, offset, chosen), True)
                line = raw.decode(chosen, errors="replace")
        if not seen_non_ascii and not raw.isascii():
            seen_non_ascii = True
        offset += len(raw)
        yield line


def _read_utf16(head: bytes, stream: BinaryIO) -> Iterator[str]:
    """UTF-16 (with BOM) is rare in news copies; decode it incrementally and split on ``\\n``."""
    decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    pending = ""
    chunk = head
    while True:
        text = pending + decoder.decode(chunk, final=not chunk)
        *complete, pending = text.split("\n")
        for line in complete:
            yield line + "\n"
        if not chunk:
            break
        chunk = stream.read(1 << 16)
    if pending:
        yield pending


def _looks_cp1252(head: bytes) -> bool:
    """The sniffed head is not UTF-8 but is valid Windows-1252 text."""
    try:
        # A multi-byte character may be cut at the end of the sniffed block: an incremental
        # decoder keeps such a tail pending instead of failing. (Dropping a fixed 3 bytes did not:
        # a block of 3-byte “ marks cut one byte into a character was taken for Windows-1252.)
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SNIFF_BYTES)
    except UnicodeDecodeError:
        return _is_cp1252(head)
    return False


def _is_cp1252(raw: bytes) -> bool:
    """``raw`` decodes as Windows-1252 (five byte values are undefined there)."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def is_terminal(stream: object) -> bool:
    """``stream.isatty()``, false for anything that is not a real terminal."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty else False
    except (ValueError, OSError):
        return False


def stdin_is_terminal() -> bool:
    """True when stdin is an interactive terminal (no piped input to read)."""
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, ValueError, OSError):
        return is_terminal(sys.stdin)
