"""Cutting a stream of lines into entries: live-blog posts, or one whole article.

The layout is decided per document from a bounded look-ahead (design note §5):

- **trailer**: each post *ends* with a byline glued to its time (``Jane Doe5 June 2025 04:20``);
- **header**: each post *starts* with a stamp line (``9.50am BST``, ``16:45``, ``5h ago``,
  ``03:42 , Jane Doe``, ``[Posted at 2:51 p.m.] …``, ``… published at 07:16 …``);
- **article**: fewer than two boundary stamps: the whole document is one entry, with the byline
  and dateline read from its first lines.

Every line goes to exactly one place: an entry's headline, body paragraphs, byline/stamp lines or
captions — or it is chrome (``Share``, ``Show key events only``) and dropped. Entries are yielded as
soon as they are complete, so memory holds one entry plus the look-ahead, never the file.

>>> text = "Rain falls on the city.\\nJane Doe5 June 2025 04:20\\nRoads closed.\\nJane Doe5 June 2025 04:08\\n"
>>> [(e.authors, e.published, e.text) for e in extract_text(text)]
[(['Jane Doe'], '2025-06-05T04:20:00', 'Rain falls on the city.'), (['Jane Doe'], '2025-06-05T04:08:00', 'Roads closed.')]
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

import regex

from extract import bylines, captions, chrome, numbers, quotes, timestamps
from extract._limits import LINE_SHAPE_MAX_CHARS, PatternTimeout, fuse
from extract.records import Byline, Caption, Entry, Number, Paragraph, Quote, Stamp

KIND = "entry"
FIELDS = Entry.FIELDS

#: A section kicker ("Local News", "OBITUARIES") is at most this many words.
KICKER_MAX_WORDS = 3

#: Byline lines are short: longer lines, or unprefixed lines of more words, are not tried.
BYLINE_MAX_CHARS = 200
BYLINE_MAX_WORDS = 12

#: Longest line that a credit on the next line can turn into a caption.
CAPTION_MAX_CHARS = 300

#: Most lines a ``Key Points`` block may hold.
CHROME_BLOCK_MAX = 15
#: A header layout's page header (title, standfirst, byline, date) is at most this many lines.
PAGE_HEADER_MAX_LINES = 10

#: How much of a document is read before the layout is decided.
LOOKAHEAD_LINES = 400
LOOKAHEAD_CHARS = 512 * 1024

# Stamps that open a post in the header layout.
OPENING_KINDS = frozenset(
    {
        "header_author",
        "clock_tz",
        "relative",
        "clock",
        "bracket",
        "inline",
        "bbc",
        "epoch",
        "datetime",
    }
)
# Strong evidence for a header layout (a bare clock or a full date line alone is weak evidence).
STRONG_OPENING_KINDS = frozenset(
    {"header_author", "clock_tz", "relative", "bracket", "inline", "bbc", "epoch"}
)

# A headline: short, starts with a capital, digit or quote, and does not end like a sentence.
_HEADLINE_RE = regex.compile(
    r"""
    ^(?=[\p{Lu}\p{N}"“‘'])      # starts like a title
    (?!.*[.,;:]$)               # no sentence-final stop (a question or exclamation is fine)
    .{3,150}$                   # short
    """,
    regex.VERBOSE,
)


def _is_headline(text: str) -> bool:
    """``_HEADLINE_RE`` behind its own length limit, so it never runs on a long paragraph."""
    return len(text) <= 150 and _HEADLINE_RE.match(text) is not None


# Characters that look like spaces in copied pages; they read as spaces for classification.
_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " "})
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _spaces_normalised(text: str) -> str:
    """``text`` with space-like characters as plain spaces.

    Most lines have none; four ``in`` tests cost ~60 ns where ``str.translate`` costs ~5 µs a line.

    >>> _spaces_normalised("9.50\u00a0am BST"), _spaces_normalised("9.50 am")
    ('9.50 am BST', '9.50 am')
    """
    if text.isascii() or not (
        "\u00a0" in text or "\u2007" in text or "\u202f" in text or "\u2009" in text
    ):
        return text
    return text.translate(_SPACE_LIKE)


@dataclass(frozen=True, slots=True)
class Options:
    """How to read a document (the CLI's ``--layout``, ``--tz``, ``--date``, ``--now``)."""

    layout: str = "auto"
    tz: tzinfo | None = None
    date: date | None = None
    #: ``--now``: relative stamps ("5h ago") count back from it.
    now: datetime | None = None
    #: Without ``--now``: the page's own time when it states one, else this (the CLI: the clock).
    now_default: datetime | None = None
    quotes: bool = True
    numbers: bool = True
    include_dates: bool = False


@dataclass(slots=True)
class _Line:
    """A non-blank source line with its classification."""

    text: str  # as written, without line end and surrounding white space
    start: int  # offset of text[0] in the source
    number: int
    kind: str  # chrome | label | closing | page_tz | stamp | caption | body
    stamp: timestamps.StampLine | None = None
    caption: tuple[str, str | None] | None = None
    blank_before: bool = False
    updated: timestamps.StampLine | None = None  # "Posted …, updated …": the second stamp
    norm: str = ""  # ``text`` with space-like characters read as spaces (classification only)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class _Draft:
    """An entry being assembled."""

    lines: list[_Line] = field(default_factory=list)  # every line that belongs to it
    headline: str | None = None
    headline_line: _Line | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    byline: Byline | None = None
    byline_raw: list[str] = field(default_factory=list)
    stamps: list[timestamps.StampLine] = field(default_factory=list)
    updated: timestamps.StampLine | None = None
    labels: list[str] = field(default_factory=list)
    opened: bool = False  # started by an opening stamp (header layout)
    standfirst: list[Paragraph] = field(default_factory=list)
    dropped: list[_Line] = field(default_factory=list)  # chrome met while this entry was open
    dateline: str | None = None
    byline_line_last: bool = False  # the previous content line was a byline

    @property
    def empty(self) -> bool:
        return not self.lines

    @property
    def has_content(self) -> bool:
        return bool(
            self.paragraphs
            or self.headline
            or self.captions
            or self.byline
            or self.stamps
            or self.labels
        )


def extract_text(text: str, *, source: str = "-", options: Options | None = None) -> list[Entry]:
    """All entries of a document held in memory (tests, library use).

    >>> [e.layout for e in extract_text("Headline here\\nBy Ann Bo\\nIt rained.\\n")]
    ['article']
    """
    return list(extract(_split_n(text), source=source, options=options))


def _split_n(text: str) -> list[str]:
    """Split on ``\\n`` only (a lone ``\\r`` is not a line end), keeping the ends."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def extract(
    lines: Iterable[str], *, source: str = "-", options: Options | None = None
) -> Iterator[Entry]:
    """Entries of one document, yielded as each is complete.

    ``lines`` are the decoded source lines *with* their ``\\n`` (as file iteration gives them), so
    offsets count every character. ``source`` names the document in the records.

    >>> [e.headline for e in extract(["9.50am BST\\n", "Talks resume\\n", "Envoys met.\\n"], options=Options(date=date(2025, 6, 5)))]
    ['Talks resume']
    """
    opts = options or Options()
    classified = _classify(lines)
    head: list[_Line] = []
    for item in classified:
        head.append(item)
        if len(head) >= LOOKAHEAD_LINES or item.start >= LOOKAHEAD_CHARS:
            break
    layout, openers = _detect_layout(head)
    if opts.layout != "auto" and opts.layout != layout:
        layout, openers = opts.layout, OPENING_KINDS
    stream = _chain(head, classified)
    segmenter = _Segmenter(source, layout, openers, opts)
    try:
        yield from segmenter.run(stream)
    except TimeoutError as exc:
        if isinstance(exc, PatternTimeout):
            raise
        # Say where: the entry being built, or the line being read.
        raise PatternTimeout(segmenter.current_line, str(exc)) from exc


def _chain(head: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from head
    yield from rest


def _classify(lines: Iterable[str]) -> Iterator[_Line]:
    """Non-blank lines with offsets, line numbers and their shape."""
    offset = 0
    blank = False
    for number, raw in enumerate(lines, start=1):
        start = offset
        offset += len(raw)
        stripped = raw.rstrip()
        text = stripped.lstrip()
        if text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
            lead = len(text) - len(text.lstrip(_INVISIBLE + " \t"))
            text = text.strip(_INVISIBLE + " \t")
            start += lead
        if not text or text.isspace():
            blank = True
            continue
        start += len(stripped) - len(stripped.lstrip())
        yield _classify_line(text, start, number, blank)
        blank = False


def _classify_line(text: str, start: int, number: int, blank_before: bool) -> _Line:
    norm = _spaces_normalised(text)
    line = _Line(text, start, number, "body", blank_before=blank_before, norm=norm)
    kind = chrome.line_kind(norm)
    if kind is not None:
        line.kind = kind
    elif timestamps.page_zone(norm) is not None:
        line.kind = "page_tz"
    else:
        line.stamp, line.updated = _stamps_of(norm)
        if line.stamp is not None:
            line.kind = "stamp"
        else:
            line.caption = captions.parse_caption(norm)
            if line.caption is not None:
                line.kind = "caption"
    return line


def _stamps_of(norm: str) -> tuple[timestamps.StampLine | None, timestamps.StampLine | None]:
    """The stamp a line states, and a second "updated" stamp on the same line.

    Beyond what ``classify_stamp`` reads, page metadata lines join two stamps or add a tail:
    ``Posted Tue 4 Feb 2025 at 6:10am AEDT, updated …``, ``Published: 09:14 BST, 21 June 2019 |
    Updated: 11:02 BST, 21 June 2019``, ``Published Sep 18, 2024 • 4 minute read``,
    ``Updated on: March 7, 2025 / 2:41 PM PST / CBS News``.

    >>> first, second = _stamps_of("Posted 4 Feb 2025 at 6:10am, updated 4 Feb 2025 at 9:32am")
    >>> (first.hour, second.hour)
    (6, 9)
    """
    stamp = timestamps.classify_stamp(norm)
    if stamp is not None or len(norm) > STAMP_LINE_MAX_CHARS or not _HAS_DIGIT_RE.search(norm):
        return stamp, None
    pair = _STAMP_PAIR_RE.match(norm)
    if pair is not None:
        first, _ = _stamps_of(pair["first"])
        second, _ = _stamps_of(pair["second"])
        if first is not None:
            return first, second
    cleaned = _STAMP_TAIL_RE.sub("", norm).replace(" / ", ", ")
    if cleaned != norm:
        return timestamps.classify_stamp(cleaned), None
    return None, None


def _detect_layout(head: list[_Line]) -> tuple[str, frozenset[str]]:
    """The layout of a document from its first lines (§5), and which stamp kinds open its posts.

    Only kinds seen at least twice open posts, so a page date under the page headline (one
    ``Thu 12 Jun 2025 17.05 BST``) anchors the date without starting a post of its own.
    """
    trailers = 0
    first_trailer_after_body = False
    seen_body = False
    counts: dict[str, int] = {}
    previous_inline = False
    for i, line in enumerate(head):
        if line.kind == "body":
            seen_body = True
        if line.kind != "stamp" or line.stamp is None:
            previous_inline = False
            continue
        kind = line.stamp.kind
        if kind == "trailer":
            trailers += 1
            first_trailer_after_body = first_trailer_after_body or seen_body
        elif kind == "inline":
            # Two time-prefixed lines in a row are an agenda inside a post, not boundaries.
            nxt = head[i + 1] if i + 1 < len(head) else None
            agenda = previous_inline or (
                nxt is not None and nxt.stamp is not None and nxt.stamp.kind == "inline"
            )
            if not agenda:
                counts[kind] = counts.get(kind, 0) + 1
            previous_inline = True
            continue
        elif kind in OPENING_KINDS:
            counts[kind] = counts.get(kind, 0) + 1
        previous_inline = False
    strong = sum(n for k, n in counts.items() if k in STRONG_OPENING_KINDS)
    weak = sum(n for k, n in counts.items() if k not in STRONG_OPENING_KINDS)
    if trailers >= 1 and first_trailer_after_body and trailers >= strong:
        return "trailer", frozenset()
    if strong >= 2 or (strong >= 1 and weak >= 1) or weak >= 3:
        return "header", _openers(counts)
    return "article", frozenset()


def _openers(counts: dict[str, int]) -> frozenset[str]:
    """Stamp kinds that open posts: those seen twice or more (a relative stamp brings its clock)."""
    kinds = {kind for kind, n in counts.items() if n >= 2}
    if "relative" in kinds:
        kinds.add("clock")  # Sky: "5h ago" / "16:45"
    if not kinds:
        kinds = set(counts) & STRONG_OPENING_KINDS or set(counts)
    return frozenset(kinds)


class _Segmenter:
    """The state machine that groups classified lines into drafts and builds entries."""

    def __init__(self, source: str, layout: str, openers: frozenset[str], opts: Options) -> None:
        self.source = source
        self.layout = layout
        self.openers = openers
        self.opts = opts
        self.count = 0
        self.anchor: date | None = opts.date
        self.anchor_inferred = opts.date is not None
        self.page_tz: str | None = None
        self.previous_time: datetime | None = None
        self.warned_undated = False
        self.in_chrome_block = False
        self.in_contact_block = False
        self.block_left = 0
        self.page_byline: Byline | None = None
        self.current_line: int | None = None  # for error messages
        self.page_lines: list[int] = []
        self.page_draft: _Draft | None = None  # kept in case no post follows
        self.page_time: datetime | None = (
            None  # the page header's latest stamp, when zoned  # page-header lines, accounted to the first post
        )

    # -- driving -------------------------------------------------------------------------------

    def run(self, stream: Iterator[_Line]) -> Iterator[Entry]:
        draft = _Draft()
        pending: list[_Line] = []  # lines that belong to the next entry (a day header)
        lines = _Peekable(stream)
        for line in lines:
            self.current_line = line.number
            if self.in_contact_block:
                # "To contact the reporters on this story:" / name at e-mail …, to a blank line
                if not line.blank_before and line.kind in {"body", "chrome"}:
                    draft.dropped.append(line)
                    continue
                self.in_contact_block = False
            if self.in_chrome_block:
                if self._chrome_bullet(line, lines.peek()):
                    self.block_left -= 1
                    draft.dropped.append(line)
                    continue
                self.in_chrome_block = False
            if line.kind == "chrome":
                self.in_contact_block = chrome.opens_contact_block(line.text)
                self.in_chrome_block = chrome.opens_chrome_block(line.text)
                self.block_left = CHROME_BLOCK_MAX
                if (
                    self.in_chrome_block
                    and self.count == 0
                    and draft.has_content
                    and not draft.opened
                    and not any(s.kind == "trailer" for s in draft.stamps)
                    and self._is_page_header(draft)
                ):
                    # Title / standfirst / "Key Points": what came before the block is the
                    # page header, not the first post.
                    self._absorb_page_header(draft)
                    draft = _Draft()
                draft.dropped.append(line)
                continue
            if line.kind == "closing":
                # "We are ending our live coverage of …" opening the last post is its text;
                # a notice outside any post (top of an archived page) is page furniture.
                if draft.opened or draft.paragraphs or draft.headline:
                    self._add_content(draft, line)
                else:
                    draft.dropped.append(line)
                continue
            if line.kind == "page_tz":
                self.page_tz = timestamps.page_zone(line.norm)
                draft.lines.append(line)
                continue
            stamp = line.stamp
            if stamp is not None and stamp.kind == "inline" and self._is_agenda(line, draft, lines):
                line.kind, line.stamp, stamp = "body", None, None
            if stamp is not None:
                if stamp.kind in {"date", "page_date", "datetime"}:
                    self._set_anchor(stamp)
                if self.layout == "trailer" and stamp.kind == "trailer":
                    self._add_stamp(draft, line)
                    yield self._build(draft)
                    draft = _Draft()
                    continue
                if self.layout == "header" and stamp.kind in self.openers:
                    if draft.opened and not draft.paragraphs and not draft.headline:
                        self._add_stamp(draft, line)  # "5h ago" / "16:45": one opening
                        continue
                    moved = self._take_headline(draft) if stamp.kind == "header_author" else None
                    if (
                        not draft.opened
                        and self.count == 0
                        and (draft.lines or draft.dropped)
                        and self._is_page_header(draft)
                    ):
                        self._absorb_page_header(draft)
                    elif draft.has_content:
                        yield self._build(draft)
                    draft = _Draft(opened=True)
                    if moved is not None:
                        draft.lines.append(moved)
                        draft.headline, draft.headline_line = moved.text, moved
                    for held in pending:
                        self._add_stamp(draft, held)
                    pending.clear()
                    self._add_stamp(draft, line)
                    continue
                if self.layout == "header" and stamp.kind == "date" and draft.has_content:
                    pending.append(line)
                    continue
                self._add_stamp(draft, line)
                continue
            self._add_content(draft, line)
        if pending:
            for held in pending:
                draft.lines.append(held)
        if self.count == 0 and self.page_draft is not None and self.page_draft.lines:
            # A page header with no post after it: it is the document's only content.
            self.page_lines = []
            yield self._build(self.page_draft)
        if draft.has_content:
            yield self._build(draft)

    def _chrome_bullet(self, line: _Line, nxt: _Line | None) -> bool:
        """Inside a ``Key Points`` block: a bullet, or already the first post's headline?

        The bullets repeat later headlines, so they look like headlines too; the post's own
        headline is the short line that is followed by body text.
        """
        if line.blank_before or line.kind != "body" or self.block_left <= 0:
            return False
        if not _is_headline(line.text):
            return True
        return nxt is not None and nxt.kind == "body" and _is_headline(nxt.text)

    def _is_agenda(self, line: _Line, draft: _Draft, lines: _Peekable) -> bool:
        """A time-prefixed line next to another one is an agenda item inside a post."""
        nxt = lines.peek()
        if nxt is not None and nxt.stamp is not None and nxt.stamp.kind == "inline":
            return True
        previous = draft.lines[-1] if draft.lines else None
        return (
            previous is not None
            and previous.kind == "body"
            and _AGENDA_RE.match(previous.text, timeout=fuse(len(previous.text))) is not None
        )

    def _is_page_header(self, draft: _Draft) -> bool:
        """Lines before the first post of a header layout: a title, standfirst, byline, date."""
        long_paragraphs = [p for p in draft.paragraphs if len(p.text) > 400]
        return len(draft.lines) <= PAGE_HEADER_MAX_LINES and not long_paragraphs

    def _absorb_page_header(self, draft: _Draft) -> None:
        """Keep what the page header says for the posts: its byline (not its editors), its date."""
        if self.page_draft is not None:
            # A header in two parts (title, then "Key Points", then the page date): one header.
            earlier = self.page_draft
            draft.lines[:0] = earlier.lines
            draft.dropped[:0] = earlier.dropped
            draft.byline = draft.byline or earlier.byline
            draft.byline_raw[:0] = earlier.byline_raw
            draft.stamps[:0] = earlier.stamps
            draft.headline = draft.headline or earlier.headline
            draft.headline_line = draft.headline_line or earlier.headline_line
            draft.paragraphs[:0] = earlier.paragraphs
            draft.captions[:0] = earlier.captions
            draft.labels[:0] = earlier.labels
        self.page_draft = draft
        self.page_lines = [line.number for line in draft.lines + draft.dropped]
        byline = draft.byline
        raw = " / ".join(draft.byline_raw)
        if byline is None:
            stamp_authors = [s.author for s in draft.stamps if s.author]
            if stamp_authors:
                byline = bylines.parse_author(stamp_authors[0])
                raw = stamp_authors[0]
        if (
            byline is not None
            and byline.authors
            and not _EDITORS_RE.match(raw, timeout=fuse(len(raw)))
        ):
            self.page_byline = Byline(
                raw or None, list(byline.authors), byline.role, byline.org, byline.location
            )
        for stamp in [*draft.stamps, *([draft.updated] if draft.updated else [])]:
            if stamp.year and stamp.month and stamp.day:
                self._set_anchor(stamp)
                self.previous_time = timestamps.stamp_datetime(stamp)
                self.page_time = _parse_iso(
                    timestamps.resolve(stamp, tz=self.opts.tz, page_tz=self.page_tz).iso
                )

    # -- adding lines --------------------------------------------------------------------------

    def _add_stamp(self, draft: _Draft, line: _Line) -> None:
        stamp = line.stamp
        assert stamp is not None
        draft.lines.append(line)
        if line.updated is not None:
            draft.updated = line.updated
        if stamp.kind == "updated" or (_is_update_label(stamp.label) and draft.stamps):
            # "Updated on …" after the published stamp; an opening "[Updated at …]" of a post
            # (no stamp before it) is its publication time.
            draft.updated = stamp
            return
        if stamp.kind in {"date", "page_date"} and draft.stamps:
            return
        draft.stamps.append(stamp)
        if stamp.author:
            parsed = bylines.parse_author(stamp.author)
            if parsed.authors or parsed.org:
                self._merge_byline(draft, parsed)
        if stamp.headline and not draft.headline:
            draft.headline = self._split_label(draft, stamp.headline.strip())
        if stamp.rest_start is not None and stamp.rest_start < len(line.text):
            rest = line.text[stamp.rest_start :]
            lead = len(rest) - len(rest.lstrip())
            rest = rest.strip()
            if rest:
                start = line.start + stamp.rest_start + lead
                if (
                    not draft.headline
                    and not draft.paragraphs
                    and stamp.kind == "inline"
                    and _is_headline(rest)
                ):
                    draft.headline = rest
                else:
                    draft.paragraphs.append(Paragraph(rest, start, line.number))

    def _add_content(self, draft: _Draft, line: _Line) -> None:
        """A caption, label or text line: headline, byline, role line or body paragraph."""
        draft.lines.append(line)
        if line.kind == "caption" and line.caption is not None:
            text, credit = line.caption
            if text or not self._caption_above(draft, line, credit):
                draft.captions.append(Caption(text, credit, line.number, line.start))
            return
        if line.kind == "label":
            draft.labels.append(line.text)
            return
        text, norm = line.text, line.norm
        if draft.paragraphs and _is_credit_only(norm) and self._caption_above(draft, line, norm):
            return
        near_top = len(draft.paragraphs) < 3
        if len(norm) <= LINE_SHAPE_MAX_CHARS and _CREDIT_TRAILER_RE.match(norm):
            self._add_credit_trailer(draft, norm, text)
            return
        headline_slot = (
            draft.headline is None
            and not draft.paragraphs
            and (self.layout != "article" or not draft.byline)
        )
        if headline_slot and not draft.byline and _KICKER_RE.match(norm):
            draft.labels.append(text)  # "LOCAL NEWS" above the headline: a section kicker
            line.kind = "label"
            return
        if near_top and _byline_sized(norm):
            byline = bylines.parse_byline(norm)
            prefixed = _BYLINE_PREFIX_RE.match(norm) is not None
            if (
                byline is not None
                and headline_slot
                and not prefixed
                and _is_headline(norm)
                and not _names_only(byline, norm)
            ):
                byline = None  # "Sin bin for Vipers captain" in a headline's place is a headline
            if byline is not None:
                if (
                    draft.byline_line_last
                    and byline.role
                    and not _BYLINE_PREFIX_RE.match(norm, timeout=fuse(len(norm)))
                ):
                    # "Callum Baird" / "BBC Scotland transport correspondent": the second line
                    # is the role (and desk) of the person named on the first.
                    self._merge_role(draft, byline, text)
                    return
                if self.layout == "article" and draft.headline and 0 < len(draft.paragraphs) <= 2:
                    # Headline / standfirst / By line: the lines between are the standfirst.
                    draft.standfirst.extend(draft.paragraphs)
                    draft.paragraphs.clear()
                elif self._headline_above_byline(draft, line):
                    # Stamp / "Departures resume, but delays will ripple." / By …: a post's
                    # headline may end with a full stop; the byline under it says what it is.
                    first = draft.paragraphs.pop()
                    draft.headline = first.text
                    draft.headline_line = next(x for x in draft.lines if x.number == first.line)
                self._merge_byline(draft, byline, raw=text)
                draft.byline_line_last = True
                return
            role = bylines.parse_role_line(norm) if near_top else None
            if role is not None and draft.byline_line_last:
                # By Jane Doe / Business reporter
                self._merge_role(draft, Byline(role=role[0], location=role[1]), text)
                return
            if role is not None and draft.byline is None and len(norm.split()) <= 4:
                # "Special Correspondent": a byline that names a role and no one
                self._merge_byline(draft, Byline(role=role[0], location=role[1]), raw=text)
                draft.byline_line_last = True
                return
            if role is not None and self._name_line_before(draft):
                name_line = draft.paragraphs.pop() if draft.paragraphs else None
                name_text = name_line.text if name_line else (draft.headline or "")
                if name_line is None:
                    draft.headline = None
                person = bylines.parse_author(name_text)
                person.role, person.location = role
                self._merge_byline(draft, person, raw=f"{name_text} / {text}")
                return
        if (
            draft.headline is not None
            and draft.headline_line is not None
            and not draft.paragraphs
            and not draft.byline
            and len(draft.headline.split()) <= KICKER_MAX_WORDS
            and _is_headline(norm)
            and len(norm.split()) > KICKER_MAX_WORDS
        ):
            # "Local News" / "Kingsford council votes to close …": the short line was a kicker.
            draft.labels.append(draft.headline)
            draft.headline_line.kind = "label"
            draft.headline, draft.headline_line = self._split_label(draft, text), line
            return
        if (
            draft.headline is None
            and not draft.paragraphs
            and _is_headline(norm)
            and (self.layout != "article" or not draft.byline)
        ):
            draft.headline, draft.headline_line = self._split_label(draft, text), line
            return
        draft.byline_line_last = False
        start = line.start
        glued = _GLUED_CHROME_RE.match(norm)
        if glued is not None:
            # "AdvertisementThe village …": a page's button glued to the text after it.
            text, start = text[glued.end() :], start + glued.end()
        if not draft.paragraphs and (
            self.layout == "article" or not draft.byline or not draft.byline.location
        ):
            dateline = bylines.parse_dateline(norm)
            if dateline is not None:
                # "OSLO, Nov 18 (Reuters) - Text…": the dateline goes to the byline, the text on.
                location, org, offset = dateline
                merged = draft.byline or Byline()
                merged.location = merged.location or location
                merged.org = merged.org or org
                draft.byline = merged
                draft.dateline = text[:offset].strip()
                rest = text[offset:]
                lead = len(rest) - len(rest.lstrip())
                text, start = rest.strip(), start + offset + lead
                if not text:
                    return
        draft.paragraphs.append(Paragraph(text, start, line.number))

    def _caption_above(self, draft: _Draft, line: _Line, credit: str | None) -> bool:
        """A credit alone on its line (``Getty Images``) makes the short line just above a caption.

        Only when that line is a body paragraph right above, with no blank line between: under a
        headline, a lone agency name is the byline (``Reuters``).
        """
        last = draft.paragraphs[-1] if draft.paragraphs else None
        if (
            last is None
            or line.blank_before
            or last.line != line.number - 1
            or len(last.text) > CAPTION_MAX_CHARS
        ):
            return False
        draft.paragraphs.pop()
        draft.captions.append(Caption(last.text, credit, last.line, last.start))
        for held in draft.lines:
            if held.number == last.line:
                held.kind = "caption"
        line.kind = "caption"
        return True

    def _add_credit_trailer(self, draft: _Draft, norm: str, text: str) -> None:
        """``Reporting by A in Oslo and B; Editing by C``: reporters are authors, editors are not.

        The line is byline material either way, never body text.
        """
        draft.byline_raw.append(text)
        for part in norm.split(";"):
            part = part.strip().rstrip(".")
            if not _REPORTERS_RE.match(part, timeout=fuse(len(part))):
                continue
            byline = bylines.parse_byline(
                _REPORTERS_RE.sub("By ", part, count=1, timeout=fuse(len(part)))
            )
            if byline is not None:
                byline.location = None  # "in Oslo" is where the reporter was, not the dateline
                byline.raw = None  # the line itself is already in byline_raw, as written
                self._merge_byline(draft, byline)

    def _split_label(self, draft: _Draft, headline: str) -> str:
        """``BreakingCoastguard says…`` → label ``Breaking``, headline ``Coastguard says…``."""
        m = _GLUED_LABEL_RE.match(headline, timeout=fuse(len(headline)))
        if m is None:
            return headline
        draft.labels.append(m["label"])
        return headline[m.end() :].lstrip()

    def _merge_role(self, draft: _Draft, role_line: Byline, text: str) -> None:
        """Attach a role line to the byline above it; name-like words before the role are a desk."""
        merged = draft.byline or Byline()
        merged.role = merged.role or role_line.role
        merged.org = merged.org or role_line.org or (" ".join(role_line.authors) or None)
        merged.location = merged.location or role_line.location
        draft.byline = merged
        draft.byline_raw.append(text)
        draft.byline_line_last = False

    def _headline_above_byline(self, draft: _Draft, line: _Line) -> bool:
        """In a post: one short line between the opening stamp and this byline is the headline."""
        if not draft.opened or draft.headline is not None or len(draft.paragraphs) != 1:
            return False
        first = draft.paragraphs[0]
        return first.line == line.number - 1 and len(first.text) <= CAPTION_MAX_CHARS

    def _name_line_before(self, draft: _Draft) -> bool:
        """The previous content line is a bare name (``Matt Murphy`` above ``Live editor, …``)."""
        last = draft.paragraphs[-1].text if draft.paragraphs else draft.headline
        if not last or len(last) > 60:
            return False
        parsed = bylines.parse_author(last)
        return bool(parsed.authors) and not parsed.org

    def _merge_byline(self, draft: _Draft, byline: Byline, raw: str | None = None) -> None:
        if raw is not None or byline.raw:
            draft.byline_raw.append(raw or byline.raw or "")
        if draft.byline is None:
            draft.byline = Byline(
                None, list(byline.authors), byline.role, byline.org, byline.location
            )
            return
        merged = draft.byline
        for name in byline.authors:
            if name not in merged.authors:
                merged.authors.append(name)
        merged.role = merged.role or byline.role
        merged.org = merged.org or byline.org
        merged.location = merged.location or byline.location

    def _take_headline(self, draft: _Draft) -> _Line | None:
        """Before ``03:42 , Jane Doe`` the headline is the previous short line (Yahoo copies)."""
        if not draft.lines:
            return None
        last = draft.lines[-1]
        if last.kind != "body" or not _is_headline(last.text):
            return None
        if draft.paragraphs and draft.paragraphs[-1].start == last.start:
            draft.paragraphs.pop()
        elif draft.headline_line is last:
            draft.headline, draft.headline_line = None, None
        else:
            return None
        draft.lines.pop()
        return last

    # -- dates ---------------------------------------------------------------------------------

    def _set_anchor(self, stamp: timestamps.StampLine) -> None:
        if stamp.year and stamp.month and stamp.day:
            self.anchor = date(stamp.year, stamp.month, stamp.day)
            self.anchor_inferred = False
            self.previous_time = None

    def _resolve(self, stamp: timestamps.StampLine) -> Stamp:
        """The stamp as ISO text; bare times take the anchor date, rolled to stay near the last."""
        if stamp.ago_seconds is not None or (stamp.year and stamp.month and stamp.day):
            resolved = timestamps.resolve(
                stamp, tz=self.opts.tz, page_tz=self.page_tz, now=self._reference_now()
            )
            when = timestamps.stamp_datetime(stamp)
            if when is not None and stamp.ago_seconds is None:
                self.anchor, self.previous_time = when.date(), when
            return resolved
        anchor = self.anchor
        if anchor is not None and stamp.hour is not None:
            candidate = timestamps.stamp_datetime(stamp, anchor=anchor)
            if candidate is not None and self.previous_time is not None:
                # Choose the day that keeps this post within 12 hours of its neighbour.
                options = [candidate + timedelta(days=d) for d in (-1, 0, 1)]
                best = min(options, key=lambda c: abs(c - self.previous_time))  # type: ignore[operator]
                anchor = best.date()
                candidate = best
            if candidate is not None:
                self.previous_time = candidate
                self.anchor = anchor
        return timestamps.resolve(
            stamp, anchor=anchor, tz=self.opts.tz, page_tz=self.page_tz, now=self._reference_now()
        )

    # -- building ------------------------------------------------------------------------------

    def _build(self, draft: _Draft) -> Entry:
        self.count += 1
        first, last = draft.lines[0], draft.lines[-1]
        self.current_line = first.number
        entry = Entry(
            source=self.source,
            entry=self.count,
            line=first.number,
            start=first.start,
            end=max(line.end for line in draft.lines),
            headline=draft.headline,
            paragraphs=draft.paragraphs,
            captions=draft.captions,
            layout=self.layout,
            labels=draft.labels,
            standfirst="\n".join(p.text for p in draft.standfirst) or None,
        )
        del last
        entry.line_roles = self._line_roles(draft)
        byline = draft.byline or Byline()
        byline.raw = " / ".join(draft.byline_raw) or None
        byline.dateline = draft.dateline
        if not byline.authors and self.page_byline is not None:
            page = self.page_byline
            byline = Byline(page.raw, list(page.authors), page.role, page.org, page.location)
        opening = self._opening_stamp(draft)
        if opening is not None:
            entry.stamp = self._resolve(opening)
            entry.published = entry.stamp.iso
            if byline.raw is None and opening.author:
                byline.raw = opening.author.strip()
            if entry.published is None and not opening.ago_seconds and not self.warned_undated:
                self.warned_undated = True
                entry.warnings.append("times without a date (pass --date YYYY-MM-DD to date them)")
        if draft.updated is not None:
            entry.updated = self._resolve(draft.updated).iso
        entry.byline = byline
        entry.authors = list(byline.authors)
        entry.id = _entry_id(entry, opening)
        if self.opts.quotes:
            entry.quotes = list(
                quotes.extract(entry.paragraphs, source=self.source, entry=entry.entry)
            )
        if self.opts.numbers:
            entry.numbers = list(
                numbers.extract(
                    entry.paragraphs,
                    source=self.source,
                    entry=entry.entry,
                    include_dates=self.opts.include_dates,
                )
            )
        return entry

    def _line_roles(self, draft: _Draft) -> dict[int, str]:
        """Where each source line of the entry went (for ``--explain``-style checks and tests)."""
        roles = dict.fromkeys(self.page_lines, "page")
        self.page_lines = []
        body = {p.line for p in draft.paragraphs}
        standfirst = {p.line for p in draft.standfirst}
        for line in draft.dropped:
            roles[line.number] = "chrome"
        for line in draft.lines:
            if line is draft.headline_line or (line.stamp and line.stamp.headline):
                role = "headline"
            elif line.number in body:
                role = "body"
            elif line.kind in {"stamp", "caption", "label"}:
                role = line.kind
            elif line.number in standfirst:
                role = "standfirst"
            else:
                role = "byline"  # byline, role and credit lines, page zone notes
            roles[line.number] = role
        return roles

    def _reference_now(self) -> datetime | None:
        """What relative stamps count back from: ``--now``, else the page's time, else the clock.

        A copied page was rendered when it was saved, close to the time its header states;
        counting from that keeps a re-read of an old copy reproducible.
        """
        return self.opts.now or self.page_time or self.opts.now_default

    def _opening_stamp(self, draft: _Draft) -> timestamps.StampLine | None:
        """The stamp that dates the entry: the most precise of its stamp lines."""
        if not draft.stamps:
            return None
        timed = [s for s in draft.stamps if s.hour is not None]
        if self.layout == "trailer":
            trailers = [s for s in draft.stamps if s.kind == "trailer"]
            if trailers:
                return trailers[-1]
        # Sky prints "5h ago" then "16:45": the clock is exact, the relative stamp gives the day.
        relative = next((s for s in draft.stamps if s.ago_seconds is not None), None)
        clock = next((s for s in timed if s.ago_seconds is None), None)
        if relative is not None and clock is not None and clock.year is None:
            # A date written in the document beats one computed from --now: a copy may be old.
            reference = self._reference_now()
            if self.anchor is None and reference is not None:
                when = reference - timedelta(seconds=relative.ago_seconds or 0)
                self.anchor, self.previous_time = when.date(), None
            return clock
        return clock or relative or draft.stamps[0]


_AGENDA_RE = regex.compile(
    r"^(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?:[ap]\.?m\.?)?:\s", regex.IGNORECASE
)

# Wire trailers that credit reporters (and editors) at the end of a story.
_CREDIT_TRAILER_RE = regex.compile(
    r"""^\(?(?:
        (?:Additional\ )?[Rr]eporting\ by | Writing\ by | Compiled\ by | Editing\ by
      | Contributing:\  | With\ reporting\ by
    )\ ?""",
    regex.VERBOSE,
)
# The parts of a credit trailer that name reporters (authors), not editors.
_REPORTERS_RE = regex.compile(
    r"^\(?(?:(?:Additional\ )?[Rr]eporting\ by|Writing\ by|With\ reporting\ by|Contributing:)\ ",
    regex.VERBOSE,
)

_WORD_RE = regex.compile(r"\w+")

# A label glued to the headline after it (BBC: "BreakingCabinet Office…", "2. Pinned …").
_GLUED_LABEL_RE = regex.compile(
    r"""
    ^(?:\d{1,3}\.\s+)?                                    # numbered post
    (?P<label>Breaking|Pinned|Key\ event|Summary|Post\ update)
    (?=\p{Lu}\p{Ll}|\s*[:–-]\s)                           # glued to a capitalised word, or a colon/dash
    [\s:–-]*
    """,
    regex.VERBOSE,
)

#: Page metadata lines (dates, bylines) are short; longer lines are not read as stamp pairs.
STAMP_LINE_MAX_CHARS = 160
_HAS_DIGIT_RE = regex.compile(r"\d")
# Two stamps on one line: "Posted …, updated …", "Published: … | Updated: …".
_STAMP_PAIR_RE = regex.compile(
    r"^(?P<first>.+?)\s*[,|•·]\s*(?P<second>(?:[Uu]pdated|Last\ updated|UPDATED)\b.+)$",
    regex.VERBOSE,
)
# Tails after a page stamp: reading time ("• 4 minute read"), the outlet ("/ CBS News").
_STAMP_TAIL_RE = regex.compile(
    r"""
    \s*[•·|]\s*\d{1,3}\s*(?:minutes?|mins?)\ read\s*$        # • 4 minute read
    | \s/\s\p{Lu}[\p{L}&.\ ]{1,30}$                           # / CBS News
    """,
    regex.VERBOSE,
)

# Chrome glued to the start of a paragraph by copy-paste ("AdvertisementThe village…").
_GLUED_CHROME_RE = regex.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Sponsored|Read\ more|Continue\ reading)(?=\p{Lu}\p{Ll})",
    regex.VERBOSE,
)

# A section kicker above a headline: one to three capitalised words ("LOCAL NEWS", "WORLD").
_KICKER_RE = regex.compile(
    r"^(?=.{4})\p{Lu}[\p{Lu}&'’\-]++(?:\ \p{Lu}[\p{Lu}&'’\-]++){0,2}$", regex.VERBOSE
)

# A byline line with its own prefix ("By …", "From …") starts a new byline.
_BYLINE_PREFIX_RE = regex.compile(
    r"^(?:By|BY|From|Words\ by|Reporting\ by|Live\ (?:updates|reporting)\ by)\ ", regex.VERBOSE
)

# A page credit for editors, who are not the posts' authors.
_EDITORS_RE = regex.compile(
    r"^(?:Edited|Produced|Compiled)\ by\b", regex.VERBOSE | regex.IGNORECASE
)


def _names_only(byline: Byline, line: str) -> bool:
    """The line is nothing but the names read from it (``Callum Baird``, ``Ann Bo and Tom Ash``).

    >>> _names_only(Byline(authors=["Ann Bo"]), "ANN BO"), _names_only(Byline(authors=["Sin bin"], org="Vipers captain"), "Sin bin for Vipers captain")
    (True, False)
    """
    if not byline.authors or byline.org or byline.role or byline.location:
        return False
    words = {w.casefold() for w in line.replace(",", " ").split()} - {"and", "&"}
    return words == {w.casefold() for name in byline.authors for w in name.split()}


def _parse_iso(iso: str | None) -> datetime | None:
    """``datetime.fromisoformat`` for full timestamps; None for dates alone or nothing.

    >>> _parse_iso("2025-03-07T14:41:00-08:00").hour, _parse_iso("2025-03-07")
    (14, None)
    """
    if not iso or "T" not in iso:
        return None
    return datetime.fromisoformat(iso)


def _is_update_label(label: str | None) -> bool:
    """``Updated``, ``Updated on``, ``Last updated``.

    >>> _is_update_label("Last updated"), _is_update_label("Published")
    (True, False)
    """
    return label is not None and label.casefold().replace("last ", "").startswith("updated")


def _byline_sized(line: str) -> bool:
    """Cheap test before the byline reader: a byline prefix, or a short line (≤ 12 words).

    Prose paragraphs near the top of an entry are common; reading each as a byline was a third of
    the segmenter's time, and real bylines without ``By`` are names and roles in a few words.

    >>> _byline_sized("By Ann Bo and Tom Ash, Reuters"), _byline_sized("Ann Bo, Political Editor")
    (True, True)
    >>> _byline_sized("The council voted on Tuesday to approve the plan after a long debate that ran late.")
    False
    """
    if len(line) > BYLINE_MAX_CHARS:
        return False
    return _BYLINE_PREFIX_RE.match(line) is not None or line.count(" ") < BYLINE_MAX_WORDS


def _is_credit_only(line: str) -> bool:
    """A line that is nothing but a photo agency credit: ``Getty Images``, ``AFP via Getty Images``.

    >>> _is_credit_only("AFP via Getty Images"), _is_credit_only("Getty Images said so.")
    (True, False)
    """
    if len(line) > 60 or line[-1:] in ".!?":
        return False
    photographer, agencies = captions.split_credit(line)
    return (
        photographer is None
        and bool(agencies)
        and all(captions.AGENCY_WORD_RE.fullmatch(a, timeout=fuse(len(a))) for a in agencies)
    )


def _entry_id(entry: Entry, opening: timestamps.StampLine | None) -> str:
    """Stable id: authors + absolute stamp as written + first 12 body words (§5).

    A relative stamp (``5h ago``) changes between scrapes, so it never enters the id.
    """
    stamp = ""
    if opening is not None and opening.ago_seconds is None:
        stamp = " ".join(opening.raw.split())
    head = (entry.headline or "") + " " + " ".join(p.text for p in entry.paragraphs[:3])
    words = [
        m.group()
        for m in itertools.islice(  # the first 12 words only: stop scanning there
            _WORD_RE.finditer(head, timeout=fuse(len(head))),
            12,
        )
    ]
    key = "\x1f".join(
        [
            ";".join(a.casefold() for a in entry.authors),
            stamp,
            " ".join(w.casefold() for w in words),
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class _Peekable:
    """An iterator with one line of look-ahead (for agenda lists)."""

    def __init__(self, it: Iterator[_Line]) -> None:
        self._it = it
        self._next: _Line | None = None
        self._done = False

    def __iter__(self) -> _Peekable:
        return self

    def __next__(self) -> _Line:
        if self._next is not None:
            value, self._next = self._next, None
            return value
        return next(self._it)

    def peek(self) -> _Line | None:
        if self._next is None and not self._done:
            try:
                self._next = next(self._it)
            except StopIteration:
                self._done = True
        return self._next


__all__ = ["FIELDS", "KIND", "Entry", "Number", "Options", "Quote", "extract", "extract_text"]
