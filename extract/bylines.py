"""Bylines, author slots, datelines and role lines (entries-and-bylines.md §7).

Names are kept apart from roles, organisations and places: ``By Heather Chen and Andrew Raine,
CNN`` gives two authors and the org; ``Reuters`` is an org, never an author. Precision comes
first ("better fewer authors than bad authors"): every part of a byline line must read as a
name, role, organisation or place, or the line is not a byline.

>>> b = parse_byline("By Nina Patel and Tom Okafor, CNN")
>>> (b.authors, b.org)
(['Nina Patel', 'Tom Okafor'], 'CNN')
>>> parse_byline("Byrne Hobart wrote about it.") is None
True
"""

from __future__ import annotations

import html
from typing import Any

import regex

from extract._limits import LINE_SHAPE_MAX_CHARS, fuse
from extract._lines_data import (
    BYLINE_PREFIXES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORGANISATIONS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STAFF_WORDS,
)
from extract.records import Byline
from extract.timestamps import classify_stamp

_LISTS: dict[str, Any] = {
    "prefixes": list(BYLINE_PREFIXES),
    "orgs": list(ORGANISATIONS),
    "roleheads": [*ROLE_HEADS, *(h.title() for h in ROLE_HEADS)],
    "staff": list(STAFF_WORDS),
    "agencies": ["Reuters", "AP", "AFP", "PA", "CNN", "Bloomberg", "UPI", "dpa", "AAP", "CP"],
}


def _compile(pattern: str) -> regex.Pattern[str]:
    """Compile once at import, with the lexicons available as ``\\L<name>``."""
    return regex.compile(pattern, regex.VERBOSE, ignore_unused=True, **_LISTS)


# ``By``/``From``/``Edited by`` … as a whole word, then white space or a colon, then a capital.
PREFIX_RE = _compile(
    r"""
    ^(?P<prefix>(?i:\L<prefixes>))
    (?:\s*:\s*|\s+)            # By Jane / By:Jane (never Byrne)
    (?=[\p{Lu}(])              # a capital, or (earlier) before a name
    """
)

# Glue between a name and an organisation or role (``Lucy AshBBC News``,
# ``David CornockParliamentary correspondent``): cut before the lexicon item.
GLUE_RE = _compile(
    r"""
    (?<=\p{Ll})
    (?=
        (?:\L<orgs>)(?![\p{Ll}])                             # AshBBC News
      | (?:\p{Lu}\p{Ll}+\s){0,3}(?:\L<roleheads>)(?![\p{L}])  # CornockParliamentary correspondent
    )
    """
)

# A social handle at the end: ``@awzurcher``, ``@awzurcheron Twitter`` (glued ``on``).
HANDLE_RE = _compile(
    r"""
    \s*@(?P<handle>\w+?)(?:\s*on\s+(?:Twitter|X|Instagram|Bluesky))?\s*$
    """
)

# Shift markers in Guardian page bylines: ``(now)``, ``(earlier)``.
SHIFT_RE = _compile(
    r"""
    \s*\((?:now|earlier|later|today|overnight)\)\s*
    """
)

# Datelines: ``KYIV, June 5 (Reuters) - The…``, ``RALEIGH, N.C. (AP) —``, ``LONDON (Reuters) -The``.
DATELINE_RE = _compile(
    r"""
    (?P<lead>^|(?<=\s))
    (?:
        (?P<place>
            \p{Lu}[\p{Lu}'’.\-]++(?:\s\p{Lu}[\p{Lu}'’.\-]++){0,2}       # KYIV / NEW YORK (caps)
            (?:,\s\p{Lu}[\p{L}'’.\-]*+(?:\s\p{Lu}[\p{L}'’.\-]*+)?)?     # , N.C. / , Idaho / , New Mexico
          | \p{Lu}\p{Ll}++                                                 # Kyiv
        )
        (?:,\s+(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}))?                  # , June 5
        \s+
    )?
    \((?P<org>\L<agencies>)\)\s*[-—–]+\s*                                   # (Reuters) -
    """
)

# A dateline without an agency: ``KYIV, Ukraine — Russian forces…`` (upper-case place, dash).
BARE_DATELINE_RE = _compile(
    r"""
    ^(?P<place>\p{Lu}{2}[\p{Lu}'’.\-]*+(?:\s\p{Lu}{2}[\p{Lu}'’.\-]*+){0,2}
        (?:,\s+\p{Lu}[\p{L}.]++(?:\s\p{Lu}[\p{L}.]++)?)?)
    \s+(?:[—–]|--)\s+(?=\p{Lu})       # CALLOWAY FALLS -- The town…
    """
)

# A role on its own line (BBC): ``Live editor, in Washington DC``; ``North America reporter``.
ROLE_LINE_RE = _compile(
    r"""
    ^(?P<role>(?:[\p{L}\-]+\s){0,3}(?:\L<roleheads>))(?![\p{L}])
    (?:,?\s+(?:in|at)\s+(?P<loc>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3})   # , in Washington DC
      |,\s*(?P<loc>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3})               # , Wales
    )?$
    """
)

# An organisation, optionally with staff words: ``CNN``, ``CNN staff``, ``Guardian staff and agencies``.
ORG_RE = _compile(
    r"""
    ^(?:The\s)?(?P<org>\L<orgs>)(?:\s(?:\L<staff>))?$
    """
)

# An organisation glued to the end of a name segment: ``GARY D. ROBERTSON Associated Press``.
ORG_SUFFIX_RE = _compile(
    r"""
    \s(?P<org>(?:The\s)?\L<orgs>)$
    """
)

# ``Name Of Org`` / ``Name for Org`` / ``Name from Org`` (one person's affiliation).
AFFILIATION_RE = _compile(
    r"""
    \s(?:[Oo]f|[Ff]or|[Ff]rom|[Aa]t)\s(?P<org>\p{Lu}.*)$
    """
)

# Connectors inside page bylines: ``, with updates from``, ``and (earlier)``.
CONNECTOR_RE = _compile(
    r"""
    ^(?:with\s+)?(?:updates|additional\s+reporting|reporting|contributions)\s+(?:from|by)\s+
    """
)

_NAME_TOKEN_RE = _compile(
    r"""
    ^(?:
        \p{Lu}\.(?:\p{Lu}\.)*                  # initials: D. / J.R.
      | \p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*  # Seán, O'Murchú, Chao-Fong, McDonald
    )$
    """
)

# Noise in author slots copied from pages: handles, clock times, quoted nicknames, e-mails.
AUTHOR_JUNK_RE = _compile(
    r"""
    @\w+                                       # @jenny_smith
  | \d{1,2}:\d\d\s?(?:[AaPp]\.?[Mm]\.?)?     # 11:57AM
  | "[^"]{1,40}"|“[^”]{1,40}”                  # John "The King" Doe
  | \S+@\S+\.\w+                              # e-mail address
    """
)

_AND_RE = regex.compile(r"\s+(?:and|&|und)\s+|\s*&\s*")
_MAX_LINE = 300


# A staff credit with no name: "Ledger Staff", "From staff reports", "Staff and wire reports".
STAFF_CREDIT_RE = _compile(
    r"""
    ^(?:From\s+)?(?:
        (?P<org>(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,4})[Ss]taff(?:\s+[Rr]eports?)?   # Ledger Staff
      | (?:[Ss]taff|[Ww]ire)(?:\s+and\s+wire)?\s+[Rr]eports?                    # staff reports
    )$
    """
)
# A role written between ``By`` and the name: "By health reporter Mei Lin Carter".
ROLE_FIRST_RE = _compile(
    r"""
    ^(?P<prefix>By)\s+
    (?P<role>(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}\L<roleheads>\s+)     # lower-case desk words, then the head
    (?P<rest>\p{Lu}.*)$
    """
)
_FOR_ORG_RE = regex.compile(r"\sFOR\s\p{Lu}")

# Small patterns used inside the readers below, compiled once (not per call).
_ESCAPED_UNICODE_RE = regex.compile(r"\\u([0-9a-fA-F]{4})")
_NOT_NAME_CHARS_RE = regex.compile(
    r"[_*]+|\d+|<[^>]*>|(?<!\p{L})\p{M}+|[^\p{L}\p{M}\s'’.,;&()@:\-—–|]"
)
_EMAIL_RE = regex.compile(r"\S+@\S+")
_NAME_HEAD_SPLIT_RE = regex.compile(r"\s[—–|-]\s|\s(?:from|of|for|at)\s|,")
_SEGMENT_SPLIT_RE = regex.compile(r"[;,·•]|\s\|\s")  # By A · Staff Reporter, By A | Org
_LEADING_AND_RE = regex.compile(r"^(?:and|&)\s+")
_NAME_IN_PLACE_RE = regex.compile(r"^(?P<who>.+?)\s+in\s+(?P<place>\p{Lu}.*)$")
_INITIALS_RE = regex.compile(r"\p{Lu}\.(?:\p{Lu}\.)*")
_LETTER_RUN_RE = regex.compile(r"\p{L}+")


def parse_byline(line: str) -> Byline | None:
    """A byline line → ``Byline(raw, authors, role, org, location)``, or None when it is not one.

    ``By`` counts only as a whole word followed by a capital (never ``Byrne Hobart``); glued
    names (``By Lucy AshBBC News, Warsaw``), upper-case wire bylines (kept in ``raw``,
    title-cased in ``authors``) and agency-only lines (``Reuters`` → org) are read. A line of
    prose returns None.

    >>> b = parse_byline("By Sara Lind, Europe correspondent, in Vienna")
    >>> (b.authors, b.role, b.location)
    (['Sara Lind'], 'Europe correspondent', 'Vienna')
    >>> parse_byline("The minister said talks would resume.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return None
    if not (text[0].isupper() or text.startswith(("by ", "(", "by:"))):
        return None
    staff = STAFF_CREDIT_RE.match(text)
    if staff is not None:
        # "Ledger Staff", "From staff reports": the desk speaks, no one is named.
        org = staff["org"].strip() if staff["org"] else None
        return Byline(raw=text, org=org)
    role_first = ROLE_FIRST_RE.match(text)
    if role_first is not None:
        # "By health reporter Mei Lin Carter": the role stands before the name.
        parsed = parse_byline(f"{role_first['prefix']} {role_first['rest']}")
        if parsed is not None and parsed.authors:
            parsed.raw, parsed.role = text, parsed.role or role_first["role"].strip()
            return parsed
    if text.split(" ", 1)[-1].isupper() and _FOR_ORG_RE.search(text):
        # "By GEMMA HATHERLEY FOR MAILONLINE": read the capitals as words ("For Mailonline").
        parsed = parse_byline(
            _LETTER_RUN_RE.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)
        )
        if parsed is not None:
            parsed.raw = text
            return parsed
    prefix = PREFIX_RE.match(text)
    if prefix is None and text[-1] in ".!?:\"”'":
        return None
    return _parse(text, prefix, strict=True)


def parse_author(text: str) -> Byline:
    """Text known to be an author slot (a trailer's or header's name part) → a ``Byline``.

    Names are split from roles and organisations; an organisation alone gives ``authors=[]``
    with ``org`` set; junk (digits, handles, e-mail) gives no authors.

    >>> parse_author("Jane Doe").authors
    ['Jane Doe']
    >>> b = parse_author("Reuters")
    >>> (b.authors, b.org)
    ([], 'Reuters')
    """
    raw = text.strip()
    if len(raw) > LINE_SHAPE_MAX_CHARS:
        return Byline()  # a paragraph, not a name: keep the patterns off unbounded text
    trailer = classify_stamp(raw)
    if trailer is not None and trailer.kind == "trailer" and trailer.author:
        raw = trailer.author  # ``Jenny SmithJuly 12, 2021 08:05``: the name part only
    cleaned = html.unescape(raw)
    cleaned = _ESCAPED_UNICODE_RE.sub(lambda m: chr(int(m[1], 16)), cleaned)
    cleaned = AUTHOR_JUNK_RE.sub(" ", cleaned)
    cleaned = _NOT_NAME_CHARS_RE.sub(" ", cleaned)
    cleaned = _EMAIL_RE.sub(" ", cleaned)  # e-mail addresses are not names
    cleaned = " ".join(cleaned.split()).strip(" ,;:-—–|")
    if not cleaned:
        return Byline(raw=raw or None)
    prefix = PREFIX_RE.match(cleaned)
    parsed = _parse(cleaned, prefix, strict=False)
    if parsed is not None:
        parsed.raw = raw
        return parsed
    # Lenient fallback: the leading name-shaped tokens before any separator (``Jenny Smith —
    # Site``, ``Jenny Smith from Site``).
    head = _NAME_HEAD_SPLIT_RE.split(cleaned, maxsplit=1)[0]
    name = _name(head.strip(), strict=False)
    return Byline(raw=raw, authors=[name] if name else [])


def _parse(text: str, prefix: regex.Match[str] | None, *, strict: bool) -> Byline | None:
    """Shared reader: prefix, dateline tail, handle, glue, then segment by segment."""
    raw = text
    byline = Byline(raw=raw)
    body = text[prefix.end() :] if prefix else text
    if prefix and prefix["prefix"].lower() == "edited by":
        byline.role = "Editor"
    dateline_org = None
    tail = DATELINE_RE.search(body)
    if tail is not None and (tail.end() == len(body) or tail.start() > 0):
        byline.location = tail["place"]
        dateline_org = tail["org"]
        body = body[: tail.start()].rstrip(" ,")
    body = HANDLE_RE.sub("", body)
    body = GLUE_RE.sub(", ", body)
    body = SHIFT_RE.sub(" ", body)
    segments = [s.strip() for s in _SEGMENT_SPLIT_RE.split(body) if s.strip()]
    if not segments:
        byline.org = dateline_org
        return byline if byline.org else None
    authors: list[str] = []
    orgs: list[str] = []
    for index, segment in enumerate(segments):
        if not _read_segment(segment, index, byline, authors, orgs, strict=strict):
            return None
    byline.org = "; ".join(dict.fromkeys(orgs)) if orgs else dateline_org
    byline.authors = list(dict.fromkeys(authors))
    if not byline.authors and not byline.org:
        return None
    if not byline.authors and byline.role and not prefix:
        return None
    return byline


def _read_segment(
    segment: str,
    index: int,
    byline: Byline,
    authors: list[str],
    orgs: list[str],
    *,
    strict: bool,
) -> bool:
    """Read one comma/semicolon segment into ``byline``; False when it is not byline material."""
    segment = CONNECTOR_RE.sub("", segment)
    segment = _LEADING_AND_RE.sub("", segment)
    if not segment:
        return True
    if segment.startswith(("in ", "at ")):
        place = _place(segment[3:])
        if place is None:
            return False
        byline.location = byline.location or place
        return True
    org = ORG_RE.match(segment)
    if org is not None:
        orgs.append(_org_name(org["org"]))
        return True
    role = ROLE_LINE_RE.match(segment)
    if role is not None and (
        ((index > 0 or not strict) and _is_role(role["role"]))
        # After a name and a comma, a capitalised desk before the role head is still a role:
        # "Jane Doe, Showbiz Reporter", "Jane Doe, Rural affairs reporter".
        or (index > 0 and authors and _is_desk_role(role["role"]))
    ):
        byline.role = byline.role or role["role"]
        if role["loc"]:
            byline.location = byline.location or role["loc"]
        return True
    # Names joined by ``and``/``&``; each may carry ``in Place``, a trailing role, or an org.
    people = [p.strip() for p in _AND_RE.split(segment) if p.strip()]
    found_any = False
    for person in people:
        person = _LEADING_AND_RE.sub("", person)
        name = _person(person, byline, orgs, strict=strict)
        if name is None:
            break
        authors.append(name)
        found_any = True
    else:
        if found_any:
            return True
    if authors or orgs or byline.role:
        # After a name, a capitalised segment is a place (``BBC News, Warsaw``).
        place = _place(segment)
        if place is not None and not found_any:
            byline.location = byline.location or place
            return True
    return False


def _person(text: str, byline: Byline, orgs: list[str], *, strict: bool) -> str | None:
    """One person's slot: ``Name``, ``Name in Place``, ``Name Role``, ``Name Org``, ``Name Of Org``."""
    located = _NAME_IN_PLACE_RE.match(text)
    if located is not None and _place(located["place"]):
        text = located["who"]
        byline.location = byline.location or located["place"]
    affiliation = AFFILIATION_RE.search(text)
    if affiliation is not None:
        orgs.append(
            _title(affiliation["org"]) if affiliation["org"].isupper() else affiliation["org"]
        )
        text = text[: affiliation.start()]
    suffix = ORG_SUFFIX_RE.search(text)
    if suffix is not None and suffix.start() > 0:
        orgs.append(_org_name(suffix["org"]))
        text = text[: suffix.start()]
    tokens = text.split()
    # A role read from the right, without a separator: ``Libby Brooks Scotland correspondent``.
    if len(tokens) >= 3 and tokens[-1].lower() in _ROLE_HEADS:
        min_name = 3 if _is_initial(tokens[1]) or tokens[1] in NAME_PARTICLES else 2
        start = len(tokens) - 1
        while start - 1 >= min_name and tokens[start - 1].lower() in ROLE_MODIFIERS:
            start -= 1
        if start == len(tokens) - 1 and start - 1 >= min_name:
            start -= 1
        byline.role = byline.role or " ".join(tokens[start:])
        tokens = tokens[:start]
    return _name(" ".join(tokens), strict=strict)


_ROLE_HEADS = frozenset(h for h in ROLE_HEADS if " " not in h)


def _name(text: str, *, strict: bool) -> str | None:
    """A person's name as written (all-caps title-cased), or None when it is not name-shaped."""
    tokens = text.split()
    if not tokens or len(tokens) > 5 or (strict and len(tokens) < 2):
        return None
    if ORG_RE.match(text):
        return None
    out: list[str] = []
    for position, token in enumerate(tokens):
        bare = token.rstrip(",")
        if position and (bare in NAME_PARTICLES):
            out.append(bare)
            continue
        if position and bare in NAME_SUFFIXES:
            out.append(bare)
            continue
        if bare.lower().rstrip(".") in NOT_NAME_WORDS:
            return None
        if not _NAME_TOKEN_RE.match(bare):
            if strict or not bare[:1].islower() or len(tokens) > 1:
                return None
            bare = bare.title()  # an author slot ``abc`` (trafilatura title-cases it)
        out.append(bare)
    if all(_is_initial(t) for t in out):
        return None
    if all(t.isupper() and len(t) > 2 for t in out if not _is_initial(t)):
        out = [_title(t) if not _is_initial(t) else t for t in out]
    return " ".join(out)


def _is_initial(token: str) -> bool:
    return _INITIALS_RE.fullmatch(token) is not None


def _title(word: str) -> str:
    """``O'BRIEN`` → ``O'Brien``, ``ZAKIR-HUSSAIN`` → ``Zakir-Hussain`` (``str.title`` would give ``O'Brien`` too, but also ``Mcx``)."""
    return _LETTER_RUN_RE.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _place(text: str) -> str | None:
    """A short capitalised place (``Warsaw``, ``Washington DC``, ``Wales``), else None."""
    text = text.strip().rstrip(".")
    tokens = text.split()
    if not 1 <= len(tokens) <= 4:
        return None
    for token in tokens:
        if not (token[:1].isupper() or token in ("of", "the", "and")):
            return None
        if token.lower() in _NOT_PLACE:
            return None
    return text


_NOT_PLACE = frozenset({"said", "says", "the", "by", "updated", "share", "copy"})


def _is_role(role: str) -> bool:
    """A role phrase: the head plus ≤3 modifiers, each a known role modifier or a lower-case word
    that is not chrome (``Live editor``, ``North America reporter``; not ``Jenny Smith Editor``)."""
    for word in role.split():
        low = word.lower()
        if low in ROLE_MODIFIERS or low in _ROLE_HEADS:
            continue
        if word.islower() and low not in NOT_NAME_WORDS:
            continue
        return False
    return True


def _is_desk_role(role: str) -> bool:
    """A role head after up to three desk words of letters only (``Rural affairs reporter``).

    >>> _is_desk_role("Showbiz Reporter"), _is_desk_role("Reporter"), _is_desk_role("3 Reporter")
    (True, True, False)
    """
    return all(word.replace("-", "").replace("&", "").isalpha() for word in role.split())


def _org_name(org: str) -> str:
    """Canonical spelling of an agency abbreviation seen in a dateline (``AP`` → ``AP``)."""
    return org.strip()


def parse_dateline(line: str) -> tuple[str | None, str | None, int] | None:
    """A dateline at the start of a line → ``(location, org, offset where the body starts)``.

    >>> parse_dateline("KYIV, June 5 (Reuters) - The ministry said…")
    ('KYIV', 'Reuters', 25)
    >>> parse_dateline("LONDON (Reuters) -The fund said")
    ('LONDON', 'Reuters', 18)
    >>> parse_dateline("The mayor (Reuters reported) said.") is None
    True
    """
    # The first paragraph of an article can be any length: the fuse grows with it.
    m = DATELINE_RE.match(line, timeout=fuse(len(line)))
    if m is not None:
        return m["place"], m["org"], m.end()
    bare = BARE_DATELINE_RE.match(line, timeout=fuse(len(line)))
    if bare is not None:
        return bare["place"], None, bare.end()
    return None


def parse_role_line(line: str) -> tuple[str, str | None] | None:
    """A role line under a name (BBC) → ``(role, location)``; None otherwise.

    >>> parse_role_line("Live editor, in Washington DC")
    ('Live editor', 'Washington DC')
    >>> parse_role_line("The editor resigned on Monday.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > 80 or not text[0].isupper():
        return None
    m = ROLE_LINE_RE.match(text)
    if m is None or not _is_role(m["role"]):
        return None
    return m["role"], m["loc"]
