"""Every message newsx writes to stderr: one physical line, ``newsx: PATH[:LINE]: what; hint``.

Kept in one place so the wording stays consistent and tests can refer to it.
"""

from __future__ import annotations

PROG = "newsx"

NO_INPUT = "no input (pass FILES, or - to read stdin)"
INTERRUPTED = "interrupted"


def line(message: str) -> str:
    """The message as written to stderr, folded to one physical line."""
    return f"{PROG}: " + " ".join(message.split())


def missing(path: str) -> str:
    """A path named on the command line does not exist."""
    return f"{path}: no such file or directory"


def vanished(path: str) -> str:
    """A file that disappeared between listing and reading."""
    return f"{path}: file vanished before it could be read"


def unreadable(path: str, exc: OSError) -> str:
    """A path that cannot be listed or opened."""
    return unreadable_reason(path, exc)


def unreadable_reason(path: str, exc: OSError) -> str:
    """The OS's reason in lower case, without the errno noise."""
    reason = (exc.strerror or str(exc)).lower()
    return f"{path}: cannot read: {reason}"


def empty_dir(path: str, pattern: str) -> str:
    """A directory with no matching file."""
    return f"{path}: no files matching {pattern} (use --glob to change the pattern)"


def binary(path: str, nul_at: int) -> str:
    """A file with a NUL byte in its first block."""
    return f"{path}: binary file skipped (NUL byte at offset {nul_at}); use --text to read it"


def decoded_as_cp1252(path: str, line_number: int) -> str:
    """A file that is not UTF-8 but reads as Windows-1252."""
    where = f"{path}:{line_number}" if line_number > 1 else path
    return f"{where}: not UTF-8, decoded as Windows-1252 (pass --encoding to choose)"


def bad_byte(
    path: str, line_number: int, raw: bytes, exc: UnicodeDecodeError, offset: int, encoding: str
) -> str:
    """An undecodable byte: line, column, file byte offset, and what was done about it."""
    byte = raw[exc.start]
    return (
        f"{path}:{line_number}: invalid {encoding_label(encoding)} byte 0x{byte:02x} at byte offset "
        f"{offset + exc.start} (column {exc.start + 1}); line kept with U+FFFD "
        f"(try --encoding cp1252 or latin-1)"
    )


def encoding_label(encoding: str) -> str:
    """``utf-8`` → ``UTF-8`` for messages."""
    return {"utf-8": "UTF-8", "cp1252": "Windows-1252"}.get(encoding, encoding)


def unknown_fields(bad: list[str], valid: tuple[str, ...]) -> str:
    """``--fields`` named something the record type does not have."""
    return f"unknown field(s) {', '.join(bad)}; valid fields: {', '.join(valid)}"


def internal_error(exc: BaseException) -> str:
    """A bug in newsx: say so, and how to see the traceback."""
    return f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)"
