"""Limits shared by every extractor, so that no input can make newsx hang.

Two kinds of regex call, two defences (measured: a ``timeout=`` argument costs ~1.4 µs per call,
which on the per-line shape tests made the segmenter 40–60 % slower):

- **Unbounded subjects** (a paragraph, which may be a 100 MB line): every call passes
  ``timeout=fuse(len(subject))``. ``finditer``'s timeout covers the whole iteration, including
  the caller's work between matches, so a fixed limit would trip on a long but harmless paragraph;
  the fuse grows with the subject, far above what a linear pattern needs.
- **Line-shape tests** (stamp, byline, caption, chrome, headline): a line longer than
  ``LINE_SHAPE_MAX_CHARS`` is body text by definition and is never handed to them, so their
  patterns (linear by construction: no nested unbounded quantifiers) only ever see short
  strings and need no per-call timeout.

A call that still trips its fuse raises ``TimeoutError``; the CLI reports it as one error naming
the file and moves on to the next input.

>>> MATCH_TIMEOUT, fuse(0), fuse(10_000_000)
(1.0, 1.0, 3.0)
"""

from __future__ import annotations

from typing import Final

#: Seconds any one ``regex`` call may run on a short subject before it raises ``TimeoutError``.
MATCH_TIMEOUT: Final[float] = 1.0

#: Extra seconds allowed per character of a long subject: a 5 MB/s floor, some 10x below what a
#: linear pattern scans at, so only superlinear behaviour (or a frozen machine) trips it.
SECONDS_PER_CHAR: Final[float] = 2e-7

#: Longest line the line-shape patterns are tried on. Real stamp, byline, chrome and caption lines
#: are under 300 characters; a longer line is body text.
LINE_SHAPE_MAX_CHARS: Final[int] = 1000


class PatternTimeout(TimeoutError):
    """A regex call ran past its fuse while newsx read ``line`` (1-based) of a document.

    >>> str(PatternTimeout(12, "regex timed out")), PatternTimeout(12, "x").line
    ('regex timed out', 12)
    """

    def __init__(self, line: int | None, detail: str) -> None:
        super().__init__(detail)
        self.line = line


def fuse(length: int) -> float:
    """The ``timeout=`` for a regex call over a subject of ``length`` characters.

    >>> fuse(100) < 1.001, fuse(100_000_000) > 20
    (True, True)
    """
    return MATCH_TIMEOUT + length * SECONDS_PER_CHAR
