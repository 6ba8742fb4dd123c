"""Photo captions and credit lines (entries-and-bylines.md §6): kept out of bodies and bylines.

A caption line ends with a credit (``… outside Moscow (AFP/Getty)``, ``… Photograph: X/Reuters``,
``… REUTERS/Mohammed Salem``) or is one (``Pic: AP``, ``Credit…X for The New York Times``,
``© X``). Credits are recognised by their shape plus an agency or photographer; a sentence that
merely names Reuters in parentheses, or a dateline's ``(AP)``, is not a caption.

>>> parse_caption("Crowds gather outside the station in Lviv (AFP/Getty)")
('Crowds gather outside the station in Lviv', 'AFP/Getty')
>>> parse_caption("Officials told Reuters (the news agency) about the plan.") is None
True
"""

from __future__ import annotations

from typing import Any

import regex

from extract._limits import LINE_SHAPE_MAX_CHARS
from extract._lines_data import CAPTION_LABELS, PHOTO_AGENCIES, SLASH_AGENCIES

_LISTS: dict[str, Any] = {
    "labels": list(CAPTION_LABELS),
    "agencies": list(PHOTO_AGENCIES),
    "slash_agencies": list(SLASH_AGENCIES),
}

_NAME = r"\p{Lu}[\p{L}'’\-.]*+(?:\s(?:de\s|van\s|al\s|bin\s|da\s)?\p{Lu}[\p{L}'’\-.]*+){0,3}"

# BBC caption and source labels: ``Image caption: …``, ``Image source, Getty Images``.
BBC_CAPTION_RE = regex.compile(
    r"""
    ^(?:
        (?:Image|Video|Media)\ caption,?:?\s+(?P<caption>.+)      # Image caption: text
      | (?:Image|Video|Media)\ source,?:?\s+(?P<credit>.+)        # Image source, Getty Images
    )$
    """,
    regex.VERBOSE,
)

# A credit label and its credit, at the start of the line or after the caption text.
LABEL_CREDIT_RE = regex.compile(
    r"""
    (?:^|(?<=\S)\s+|(?<=[.!?]))                    # line start, or after the caption text
    (?P<label>\L<labels>)
    (?:\s*:\s*|…|\.\.\.\s*|\s+by\s+)               # Photograph: / Credit… / Photo by
    (?P<credit>[^:…]{2,100})$                      # the credit itself, no further label
    """,
    regex.VERBOSE,
    ignore_unused=True,
    **_LISTS,
)

# ``© Vincent Alban/The New York Times`` as the line or its tail.
COPYRIGHT_RE = regex.compile(
    r"""
    (?:^|\s)©\s*(?P<credit>[^©]{2,100})$
    """,
    regex.VERBOSE,
)

# Bracket tail: ``[File: Carolyn Kaster/AP Photo]``, ``[Reuters]``.
BRACKET_CREDIT_RE = regex.compile(
    r"""
    (?:^|\s)\[
    (?:(?:File|Photo|Image|Pictured|Picture)\s*:\s*)?     # File: marks an archive photo
    (?P<credit>[^\[\]]{2,100})
    \]$
    """,
    regex.VERBOSE,
)

# Trailing parenthesis: ``(AFP/Getty)``, ``(AP Photo/Alex Brandon)``, ``(Mohammed Salem/Reuters)``.
PAREN_CREDIT_RE = regex.compile(
    r"""
    (?:^|\s)\((?P<credit>[^()]{2,120})\)$
    """,
    regex.VERBOSE,
)

# Agency slash tail: ``REUTERS/Mohammed Salem``; ``Menahem Kahana/Agence France-Presse — Getty Images``.
SLASH_CREDIT_RE = regex.compile(
    rf"""
    (?:^|(?<=[\s.,;]))
    (?P<credit>
        (?:\L<slash_agencies>)/{_NAME}(?:/[\p{{L}} ]{{2,30}})?          # REUTERS/Name
      | {_NAME}(?:/|\ for\ )(?:\L<agencies>)(?:\s?[—–-]\s?Getty\ Images)?  # Name/Agency, Name for Org
    )$
    """,
    regex.VERBOSE,
    ignore_unused=True,
    **_LISTS,
)

# An agency or credit word inside a credit, as a whole word (``PA`` yes, ``D-PA`` no).
AGENCY_WORD_RE = regex.compile(
    r"""
    (?<![\p{L}\-])(?:\L<agencies>)(?![\p{L}\-])
    """,
    regex.VERBOSE,
    ignore_unused=True,
    **_LISTS,
)

# ``Name/Agency`` or ``Photo by Name``: a credit even when the agency is not in our list.
# ``(ABC News: Tom Kearney)``, ``(Supplied: Ann Bo)``: a source, a colon, a photographer.
ORG_COLON_CREDIT_RE = regex.compile(
    rf"""
    ^(?!(?:Note|Update|Updated|Correction|Clarification|Editor|See|Read|Watch|Listen)\b)  # notes, not credits
    \p{{Lu}}[\p{{L}}&.\-]*(?:\ \p{{Lu}}[\p{{L}}&.\-]*){{0,3}}   # ABC News, Supplied, Getty Images
    :\ {_NAME}$                                              # : Tom Kearney
    """,
    regex.VERBOSE,
)
NAMED_CREDIT_RE = regex.compile(
    rf"""
    ^(?:(?:Photo|Photograph|Picture|Image)(?:\s+by|:)\s+)?{_NAME}/\p{{Lu}}[\p{{L}}\ &.\-]*$
    """,
    regex.VERBOSE,
)

# A dateline ending before a bare agency: ``RALEIGH, N.C. (AP)`` is not a caption.
DATELINE_TAIL_RE = regex.compile(
    r"""
    (?:^|\s)\p{Lu}{3,}(?:[\s,.]+\p{Lu}[\p{Lu}.]*)*,?$
    """,
    regex.VERBOSE,
)

# Reported speech before a bare ``(Reuters)``: wire copy, not a picture.
REPORTED_RE = regex.compile(
    r"""
    (?<![\p{L}])(?:said|says|told|added|according\ to|reported|reports)(?![\p{L}])
    """,
    regex.VERBOSE,
)

_QUICK_TAIL = ("Photo", "Pic", "Image", "Credit", "©", "/", "Illustration", "caption", "source")
_MAX_CAPTION = 600
_SENTENCE_END = frozenset(".!?”\"’',;:")
_BBC_HEADS = ("Image", "Video", "Media")


def parse_caption(line: str) -> tuple[str, str | None] | None:
    """A caption or credit line → ``(caption text without the credit, credit)``, else None.

    The text is ``""`` for a credit-only line (``Pic: AP``); the credit is None for a BBC
    ``Image caption:``. A doubled credit (``(AP Photo/X) Photo: ASSOCIATED PRESS/X``) keeps the
    first one written.

    >>> parse_caption("Photograph: Ann Lee/Reuters")
    ('', 'Ann Lee/Reuters')
    >>> parse_caption("RALEIGH, N.C. (AP)") is None
    True
    """
    text = line.strip()
    if not text or len(text) > _MAX_CAPTION:
        return None
    last = text[-1]
    # Fast negative path: a credit ends the line with a name, an agency or a bracket, never
    # with sentence punctuation (only a BBC ``Image caption: …`` may end in a full stop).
    if last in _SENTENCE_END and not text.startswith(_BBC_HEADS):
        return None
    if last not in ")]" and not any(word in text[-120:] for word in _QUICK_TAIL):
        return None
    bbc = BBC_CAPTION_RE.match(text)
    if bbc is not None:
        return (bbc["caption"], None) if bbc["caption"] else ("", bbc["credit"].strip())
    found = _strip_credit(text)
    if found is None:
        return None
    caption, credit = found
    # A second credit before the first (the doubled AP form): keep the earlier one written.
    again = _strip_credit(caption)
    if again is not None:
        caption, credit = again
    return caption, credit


def _strip_credit(text: str) -> tuple[str, str] | None:
    """Split one trailing credit off ``text``: ``(rest, credit)`` or None."""
    for pattern, check in _TAIL_RULES:
        m = pattern.search(text)
        if m is None:
            continue
        credit = m["credit"].strip().rstrip(".")
        rest = text[: m.start()].rstrip()
        if check and not _is_credit(credit, rest):
            continue
        return rest, credit
    return None


def _is_credit(credit: str, rest: str) -> bool:
    """True when a parenthesised or bracketed tail reads as a photo credit, not prose."""
    if NAMED_CREDIT_RE.match(credit) or ORG_COLON_CREDIT_RE.match(credit):
        return True
    if AGENCY_WORD_RE.search(credit) is None:
        return False
    words = credit.split()
    if len(words) > 12 or credit[:1].islower():
        return False
    bare_agency = "/" not in credit and len(words) <= 2
    if bare_agency:
        # ``(Reuters)`` alone ends wire copy or a dateline; as a caption it needs caption text
        # that is not a sentence and not an upper-case dateline place.
        if len(rest.split()) < 3 or rest.endswith((".", "!", "?", "”", '"', ":", "—", "-")):
            return False
        if DATELINE_TAIL_RE.search(rest) or REPORTED_RE.search(rest):
            return False
    return True


_TAIL_RULES: tuple[tuple[regex.Pattern[str], bool], ...] = (
    (LABEL_CREDIT_RE, False),
    (COPYRIGHT_RE, False),
    (BRACKET_CREDIT_RE, True),
    (PAREN_CREDIT_RE, True),
    (SLASH_CREDIT_RE, False),
)


# The pieces of a credit: ``Name/Agency``, ``Name for Org``, ``AFP via Getty Images``.
_CREDIT_SPLIT_RE = regex.compile(r"/|\s+for\s+|\s+via\s+|\s[—–]\s")
_CREDIT_LABEL_RE = regex.compile(r"^(?:Photo|Photograph|Picture|Image)(?:\s+by|:)\s*")
_NAME_RE = regex.compile(_NAME)


def split_credit(credit: str) -> tuple[str | None, list[str]]:
    """A credit → ``(photographer, agencies)``; agencies are normalised (``AP Photo`` → ``AP``).

    >>> split_credit("Stefan Rousseau/AFP/Getty Images")
    ('Stefan Rousseau', ['AFP', 'Getty Images'])
    >>> split_credit("AP")
    (None, ['AP'])
    """
    if len(credit) > LINE_SHAPE_MAX_CHARS:
        return None, []
    parts = [p.strip() for p in _CREDIT_SPLIT_RE.split(credit) if p.strip()]
    photographer: str | None = None
    agencies: list[str] = []
    for part in parts:
        label = _CREDIT_LABEL_RE.sub("", part)
        canonical = _AGENCY_CANON.get(label.lower())
        if canonical is None and AGENCY_WORD_RE.fullmatch(label):
            canonical = label
        if canonical is not None:
            if canonical not in agencies:
                agencies.append(canonical)
        elif photographer is None and _NAME_RE.fullmatch(label):
            photographer = label
        elif label[:1].isupper():
            agencies.append(label)
    return photographer, agencies


_AGENCY_CANON = {
    "ap": "AP",
    "ap photo": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "Agence France-Presse",
    "getty": "Getty",
    "getty images": "Getty Images",
    "epa": "EPA",
    "epa-efe": "EPA-EFE",
    "pa": "PA",
    "pa wire": "PA",
    "pa media": "PA",
}
