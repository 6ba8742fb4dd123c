"""Plain records that every extractor yields, and the paragraphs they read.

Every record serialises with ``to_dict()`` into the JSON Lines contract (schema 1): the common keys
``type, source, entry, line, start, end`` first, in that order, then the record's own keys. Offsets
are *character* offsets into the decoded source text, end exclusive, so ``source_text[start:end]``
is the span the record came from.

>>> p = Paragraph("He said “yes”.", start=10, line=2)
>>> p.end
24
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

#: Keys every record starts with, in this order (the README documents them).
COMMON_FIELDS: tuple[str, ...] = ("type", "source", "entry", "line", "start", "end")


def _common(kind: str, record: _Record) -> dict[str, Any]:
    """The six keys every record starts with, in ``COMMON_FIELDS`` order."""
    return {
        "type": kind,
        "source": record.source,
        "entry": record.entry,
        "line": record.line,
        "start": record.start,
        "end": record.end,
    }


@dataclass(slots=True)
class Paragraph:
    """One line of an entry's body, exactly as written in the source.

    ``text`` is the source line without its line ending and trailing white space, so
    ``source_text[start:start + len(text)] == text``. ``line`` is the 1-based line number.
    """

    text: str
    start: int
    line: int

    @property
    def end(self) -> int:
        """Offset just past the paragraph's last character."""
        return self.start + len(self.text)


def paragraphs_of(text: str, *, start: int = 0, line: int = 1) -> list[Paragraph]:
    """Split ``text`` on ``\\n`` into non-empty paragraphs with their offsets and line numbers.

    A convenience for callers that hold a whole entry in memory (tests, the library API);
    the streaming path builds paragraphs line by line instead.

    >>> [(p.text, p.start, p.line) for p in paragraphs_of("One.\\r\\n\\nTwo.")]
    [('One.', 0, 1), ('Two.', 7, 3)]
    """
    out: list[Paragraph] = []
    offset = start
    for number, raw in enumerate(text.split("\n"), start=line):
        stripped = raw.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if stripped.strip():
            out.append(Paragraph(stripped[lead:], offset + lead, number))
        offset += len(raw) + 1
    return out


@dataclass(slots=True)
class _Record:
    """Where a record comes from: the fields every record starts with (``COMMON_FIELDS``)."""

    source: str
    entry: int
    line: int
    start: int
    end: int


@dataclass(slots=True)
class Quote(_Record):
    """A direct quote: the quoted words (without marks) and who said them."""

    text: str
    speaker: str | None = None
    cue: str | None = None
    verb: str | None = None
    partial: bool = False
    how: str | None = None
    #: The speaker as written in the cue (``he``, ``Mr Trump``, ``the mayor``), before resolution.
    speaker_text: str | None = None
    #: ``full``, ``partial``, ``scare`` (a term or title in quotes, never given a speaker) …
    kind: str = "full"
    #: True when the quote was opened but never closed in its paragraph.
    unclosed: bool = False

    KIND = "quote"
    FIELDS = (
        *COMMON_FIELDS,
        "text",
        "speaker",
        "cue",
        "verb",
        "partial",
        "how",
        "speaker_text",
        "kind",
        "unclosed",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record (schema 1), keys in ``FIELDS`` order."""
        return {
            **_common("quote", self),
            "text": self.text,
            "speaker": self.speaker,
            "cue": self.cue,
            "verb": self.verb,
            "partial": self.partial,
            "how": self.how,
            "speaker_text": self.speaker_text,
            "kind": self.kind,
            "unclosed": self.unclosed,
        }


@dataclass(slots=True)
class Number(_Record):
    """A number as written, its value, and what it counts."""

    text: str
    value: int | float | None
    kind: str
    unit: str | None = None
    counts: str | None = None
    qualifier: str | None = None
    high: int | float | None = None

    KIND = "number"
    FIELDS = (
        *COMMON_FIELDS,
        "text",
        "value",
        "kind",
        "unit",
        "counts",
        "qualifier",
        "high",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record (schema 1), keys in ``FIELDS`` order."""
        return {
            **_common("number", self),
            "text": self.text,
            "value": self.value,
            "kind": self.kind,
            "unit": self.unit,
            "counts": self.counts,
            "qualifier": self.qualifier,
            "high": self.high,
        }


@dataclass(slots=True)
class Caption:
    """A photo caption or credit line, kept out of the body, quotes and numbers."""

    text: str
    credit: str | None
    line: int
    start: int

    def to_dict(self) -> dict[str, Any]:
        """``{text, credit, line, start}``."""
        return {"text": self.text, "credit": self.credit, "line": self.line, "start": self.start}


@dataclass(slots=True)
class Byline:
    """A byline as written (``raw``) and its parts: names apart from role, organisation, place."""

    raw: str | None = None
    authors: list[str] = field(default_factory=list)
    role: str | None = None
    org: str | None = None
    location: str | None = None
    #: A wire dateline as written (``OSLO, Nov 18 (Reuters) -``), cut from the body's first line.
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{raw, role, org, location, dateline}`` (the names go to the entry's ``authors``)."""
        return {
            "raw": self.raw,
            "role": self.role,
            "org": self.org,
            "location": self.location,
            "dateline": self.dateline,
        }


@dataclass(slots=True)
class Stamp:
    """A parsed timestamp: ISO 8601 text plus how it was read."""

    raw: str
    iso: str | None
    relative: bool = False
    date_inferred: bool = False
    tz_source: str | None = None  # "stamp" | "page" | "option" | None (naive)

    def to_dict(self) -> dict[str, Any]:
        """``{raw, iso, relative, date_inferred, tz_source}``."""
        return {
            "raw": self.raw,
            "iso": self.iso,
            "relative": self.relative,
            "date_inferred": self.date_inferred,
            "tz_source": self.tz_source,
        }


@dataclass(slots=True)
class Entry(_Record):
    """One live-blog post, or one whole article."""

    id: str = ""
    authors: list[str] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    published: str | None = None
    updated: str | None = None
    headline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    layout: str = "article"
    stamp: Stamp | None = None
    labels: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    revision: int = 1
    #: An article's standfirst (the summary between headline and byline), kept out of the body.
    standfirst: str | None = None
    #: Where each source line went: ``{line: "body" | "headline" | "byline" | "stamp" | "caption"
    #: | "label" | "standfirst" | "page" | "chrome"}``. Not part of the JSON record.
    line_roles: dict[int, str] = field(default_factory=dict, repr=False)

    KIND = "entry"
    FIELDS = (
        *COMMON_FIELDS,
        "id",
        "authors",
        "byline",
        "published",
        "updated",
        "headline",
        "text",
        "captions",
        "quotes",
        "numbers",
        "layout",
        "stamp",
        "labels",
        "revision",
        "standfirst",
    )

    @property
    def text(self) -> str:
        """The body: paragraphs joined by newlines (captions, bylines and chrome left out)."""
        return "\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record (schema 1), keys in ``FIELDS`` order."""
        return {
            **_common("entry", self),
            "id": self.id,
            "authors": list(self.authors),
            "byline": self.byline.to_dict(),
            "published": self.published,
            "updated": self.updated,
            "headline": self.headline,
            "text": self.text,
            "captions": [c.to_dict() for c in self.captions],
            "quotes": [q.to_dict() for q in self.quotes],
            "numbers": [n.to_dict() for n in self.numbers],
            "layout": self.layout,
            "stamp": self.stamp.to_dict() if self.stamp else None,
            "labels": list(self.labels),
            "revision": self.revision,
            "standfirst": self.standfirst,
        }
