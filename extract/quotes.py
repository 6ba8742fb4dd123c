"""Direct quotes and their speakers, from the paragraphs of one entry (``newsx quotes``).

Three steps, each one linear pass:

1. **Pairing** (:func:`_pair_marks`): one ``finditer`` over the quote-like characters of each
   paragraph, a small stack, and the rules of news copy: curly, straight, low-high (``„…“``),
   guillemets (also reversed), PTB ````…''``, CJK corners. Straight marks take their direction from
   their neighbours; apostrophes (``Moscow’s``, ``’90s``, ``rock ’n’ roll``, ``the Joneses’``) are
   never marks. Only the outermost quote is reported; quotes nested inside it are part of its text.
   Top-level single quotes count when curly (``‘…’``), or straight in an entry that has no double
   marks at all (single-quote house style).
2. **The news multi-paragraph rule**: a quote still open at the end of its paragraph continues when
   the next paragraph opens with a mark of the same weight; otherwise it ends at its paragraph's end
   (``unclosed: true``) and never swallows what follows. Because ``text`` must equal the source
   slice, a quote over several paragraphs is one record per paragraph piece, every piece with the
   same speaker, cue and verb; pieces after the first have ``how: "continuation"``.
3. **Attribution** on the paragraph with quote contents masked (so cue words inside quotes never
   count, and a quote's inner full stops do not split its sentence), then resolution of the speaker
   phrase with the entry's :class:`extract.names.AliasTable`.

``how`` names the attribution pattern, then ``/`` and the resolution when the speaker was not
written out in full:

========================  ===============================================================
``after``                 cue right after the quote: ``“…,” Mr Trump added`` / ``“…,” said X``
``before-colon``          cue before, ending in a colon: ``the US president said: “…”``
``before``                cue before, ending in a comma or the verb: ``Jo said sadly, “…”``
``partial``               fragment governed by a speech verb earlier in its sentence
                          (``warned that Russia will “respond”``); the verb's subject speaks
``sentence``              the quote's sentence ends with a cue (``… “a disgrace”, Smith said.``)
``according-to``          ``According to Mr X, Mr Y told him “…”``: X is the source
``dash``                  a signature after a dash: ``“…” — Jane Doe``
``account``               ``by his own account, “…”`` / ``in her words, “…”``: the possessive
``lead-in``               the previous paragraph ends with a colon cue or ``From X:``
``follow-on``             no cue: inherits the last speaker of the paragraph, or of the previous
                          paragraph when this one opens with the quote
``context``               no cue: the previous sentence has a speech or talk verb and a subject
``continuation``          a later paragraph piece of a multi-paragraph quote
``term`` / ``scare``      a title, nickname or scare quote (``kind: "scare"``, speaker null)
========================  ===============================================================

Resolutions (after the ``/``): ``pronoun`` (he/she → the latest fitting person), ``title``
(``Mr Trump`` → Donald Trump), ``descriptor`` (``the mayor`` → the person with that role),
``salience`` (a definite role with no binding → the entry's most-mentioned person).

>>> [(q.text, q.speaker, q.how) for q in extract_text('Ann Bo said: “We won.” Then “Fine,” she added.')]
[('We won.', 'Ann Bo', 'before-colon'), ('Fine,', 'Ann Bo', 'after/pronoun')]
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from extract._limits import fuse
from extract._quotes_data import (
    COORDINATORS,
    DETERMINERS,
    ELISIONS,
    GIVEN_NAME_GENDER,
    GROUP_NOUNS,
    INVERTING_LEMMAS,
    NOUN_LIKE_LEMMAS,
    ORG_NOUNS,
    ORG_OF_HEADS,
    ORG_VOICE_NOUNS,
    ORG_WORDS,
    PARTY_WORDS,
    PASSIVE_AUXILIARIES,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_STOP_WORDS,
    SPEECH_VERB_FORMS,
    STRONG_TERM_CUES,
    TALK_VERB_FORMS,
    TERM_CUES,
    TITLE_ABBREVIATIONS,
    TITLE_SMALL_WORDS,
    VERB_MODIFIERS,
)
from extract.names import AGE_NOUN_RE, AliasTable, Mention, find_mentions, split_name
from extract.records import Paragraph, Quote, paragraphs_of
from extract.sentences import sentence_spans

KIND = "quote"
FIELDS = Quote.FIELDS

# Joins an entry's blocks into one text for one regex pass (virtual coordinates: one character
# between blocks). Not a letter, digit, space or mark, so no name or mark match ever crosses it.
JOIN = "\x00"

# Stands in for every character inside a quote while attribution reads the paragraph: not a letter,
# digit, space or punctuation, so no cue, name or sentence boundary is ever found inside a quote.
MASK = "\ue000"

# Every look around a quote is bounded, so a huge sentence with many quotes stays linear.
_WINDOW = 300  # characters of context read before or after a quote for its cue
_LOOKAHEAD = 2000  # characters scanned to decide whether ``Joneses’`` closes a quote
_MAX_DEPTH = 16  # nesting deeper than this is noise (``“““““…``), not quotation

# Every quote-like character, one pass. Primes (″ ′) are not listed: ``5′11″`` is a height. A
# single mark between two letters or digits (``can’t``, ``O’Brien``) is always an apostrophe, so
# it is not reported at all: half the single marks of news copy never reach Python.
MARK_RE = regex.compile(
    r"""
      (?P<ptb_open>``)                 # LaTeX/PTB opening double quote
    | (?P<ptb_close>'')                # LaTeX/PTB closing double (or two straight singles)
    | (?P<mark>
          [“”„‟"«»「」『』]              # any one double or corner mark
        | (?<![\p{L}\p{N}])[‘’‚'`]       # a single mark not preceded by a letter or digit …
        | [‘’‚'`](?![\p{L}\p{N}])        # … or not followed by one (so not inside a word)
      )
    """,
    regex.VERBOSE,
)

# The letters right after a single mark, to test them against ELISIONS (``’Tis``, ``’n’``).
ELISION_WORD_RE = regex.compile(
    r"""
    \p{L}++        # a run of letters
    """,
    regex.VERBOSE,
)

# The words of a quote, to tell a title (``One Hundred Years of Solitude``) or a short scare quote.
QUOTE_WORD_RE = regex.compile(
    r"""
    [\p{L}\p{N}][\p{L}\p{N}’'-]*+   # a word, with inner apostrophes and hyphens
    """,
    regex.VERBOSE,
)

# Any double quote mark: an entry without one may use straight single quotes as its quote style.
DOUBLE_MARK_RE = regex.compile(
    r"""
    [“”„"«»]        # curly, low-high, straight or guillemet double marks
    """,
    regex.VERBOSE,
)

# Tokens for cue analysis: words (with inner apostrophes, hyphens and dots: ``O’Brien``, ``U.S``),
# a run of masked quote text, or one punctuation character, each with the white space before it.
# Read with ``findall`` (tuples, no match objects): offsets follow from the lengths, because
# white space is the only thing between tokens.
TOKEN_RE = regex.compile(
    r"""
    (?P<space>\s*+)                                 # white space before the token
    (?:
      (?P<word>[\p{L}\p{N}][\p{L}\p{N}’'&]*+         # a word: runs of letters, digits, ’ ' & …
        (?:[.\-][\p{L}\p{N}][\p{L}\p{N}’'&]*+)*+     # … joined by a dot or hyphen (U.S, O’Neill-Smith)
        (?:\.(?=\s\p{Lu})(?<=\b\L<titles>\.))?+)    # … a title keeps its stop (``Dr. Hannah``)
    | (?P<mask>\ue000++)                            # masked quote text
    | (?P<punct>--|[^\s\p{L}\p{N}\ue000])           # punctuation
    | \Z                                           # trailing white space: an empty token, skipped
    )
    """,
    regex.VERBOSE,
    titles=sorted(TITLE_ABBREVIATIONS, key=len, reverse=True),
)

# A US party and state tag after a name: ``Sen. Walter Brisco, D-Ohio, said`` (``R-N.Y``,
# ``I-Vt``); read from one token, so the tag never becomes the speaker.
PARTY_TAG_RE = regex.compile(
    r"""
    (?:D|R|I|Dem|Rep|Ind)           # the party letter
    -\p{Lu}[\p{L}.]*+               # a hyphen, then the state (``Ohio``, ``Calif``, ``N.Y``)
    """,
    regex.VERBOSE,
)

# A pronoun that refers back to the person just named: ``X, who lost her home`` (inside the
# relative clause) or ``X … . She has two sons`` (opening the next sentence).
REFERENT_RE = regex.compile(
    r"""
    (?:
      ,[ ](?:\d++,[ ])?+who\b                           # ", who" (perhaps after an age) …
      [^,.;:!?\x00\ue000]{0,100}?                        # … a short clause …
      \b(?P<rel>his|her|he|she)\b                       # … with a personal pronoun
    | [^.!?\x00\ue000]{0,300}+[.!?][”"’)]*+[ ]++         # the rest of the sentence, then …
      (?P<next>He|She|His|Her)\b                         # … a pronoun opening the next one
    )
    """,
    regex.VERBOSE,
)

# ``according to X`` (the source of the quoted words, whatever the clause's subject is).
ACCORDING_RE = regex.compile(
    r"""
    \b[Aa]ccording[ ]to[ ]++                                  # the cue
    (?P<who>(?:[\p{L}\p{N}’'.&-]++[ ]?+){1,6}?)                # a short speaker phrase …
    (?=[ ]*+(?:[,.;:\ue000“"]|$|[ ](?:that|who|which)\b))      # … ending at a comma or clause
    """,
    regex.VERBOSE,
)

# ``was paid, by his own account, “…”`` / ``in her own words, “…”``: right before the quote, the
# possessive names the source (resolved as the pronoun he, she or they).
ACCOUNT_RE = regex.compile(
    r"""
    \b(?:
      (?:by|on)[ ](?P<own>his|her|their)[ ]own[ ]account       # "by his own account"
    | in[ ](?P<words>his|her|their)[ ](?:own[ ])?+words         # "in her (own) words"
    )
    [ ]*+,?+[ ]*+$                                               # then only the quote mark
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A lead-in line: ``And from Chairwoman Rosenworcel:`` / ``From the desk of John Doe, VP, WSJ.``
FROM_LEAD_RE = regex.compile(
    r"""
    ^(?:And[ ]+)?[Ff]rom[ ]+                       # "From" or "And from"
    (?:the[ ]+desk[ ]+of[ ]+)?                     # the memo form
    (?P<who>\p{Lu}[\p{L}’'.-]*+(?:[ ]+\p{Lu}[\p{L}’'.-]*+){0,4})   # a capitalised name
    (?:,[^:\n]{0,80})?[:.]?\s*$                    # optional title and org, then the end
    """,
    regex.VERBOSE,
)

# A term cue right before a quote: ``the so-called “…”``, ``known as “…”``, ``dubbed “…”``.
TERM_CUE_RE = regex.compile(
    r"""
    (?<!\b(?:he|she|they|we|I|you|who)[ ])   # not ``what she called a “…”`` (speech) …
    (?<!\b(?:has|have|had)[ ](?:\p{Ll}+ly[ ])?)   # … nor ``Republicans have called “…”``: a
                                    # perfect tense has a subject, a participle (``a plan
                                    # called “…”``) names
    \b(?:\L<terms>)                 # the cue word(s) …
    (?:[ ]++(?:the|a|an))?+         # … perhaps an article (``known as the “mud mile”``) …
    [ ]*+$                          # … then only spaces up to the mark
    """,
    regex.VERBOSE | regex.IGNORECASE,
    terms=sorted(TERM_CUES, key=len, reverse=True),
)

# Term cues that never introduce speech (``called`` may: ``she called it “…”``).
STRONG_TERM_RE = regex.compile(
    r"""
    \b(?:\L<strong>)               # ``so-called``, ``dubbed``, ``known as`` …
    (?:[ ]++(?:the|a|an))?+        # … perhaps an article …
    [ ]*+$                         # … then only spaces up to the mark
    """,
    regex.VERBOSE | regex.IGNORECASE,
    strong=sorted(STRONG_TERM_CUES, key=len, reverse=True),
)

# The characters MARK_RE and DOUBLE_MARK_RE look for (``````/``''`` are two of them), apostrophes
# first: they are the commonest, so presence tests stop early.
_MARK_CHARS = "’'“”\"„‟«»「」『』‘‚`"
_DOUBLE_MARK_CHARS = '“”"„«»'
_OPENERS_DOUBLE = "“„‟«「『"
_CLOSERS_DOUBLE = "”»」』"
_PAIRS = {
    "“": '”"',
    "„": '“”"',
    "‟": '”"',
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    '"': '”"',
    "``": "''",
}
_PAIRS_SINGLE = {"‘": "’'", "‚": "‘’'", "'": "'’", "`": "'’"}
_BOUNDARY_BEFORE = set(" \t\n([{—–-:/\u00a0") | set("“„«‘‚\"'")
_PUNCT_AFTER = set(" \t\n.,;:!?)]}—–-…\u00a0") | set("”»’\"'")


@dataclass(slots=True)
class _Block:
    """A paragraph as attribution sees it: one or more source lines joined by ``\\n``."""

    lines: list[Paragraph]
    text: str
    starts: list[int]  # block offset of each line
    base: int = 0  # position of the block in the entry's virtual coordinates
    masked: str = ""
    # Split lazily (:func:`_split`): most blocks without quotes never need their sentences.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Span:
    """A quote found by pairing: pieces ``(block, content start, content end)`` and its marks."""

    pieces: list[tuple[int, int, int]]
    open_block: int
    open_pos: int  # offset of the opening mark in its block
    close_block: int
    close_end: int | None  # offset just past the closing mark, None when never closed


@dataclass(slots=True)
class _Cue:
    """An attribution: the speaker phrase and cue as written, the verb and the pattern."""

    phrase: str
    cue: str
    verb: str | None
    how: str
    at: int  # virtual position of the speaker phrase (for resolution order)
    head: str | None = None  # the part of ``phrase`` to resolve (``Officer Tusk`` of … )
    org: bool = False  # ``Organisers of Brackenfield Live``: the phrase names an organisation
    known_only: bool = False  # ``Starmer: “…”``: a speaker only if the entry named them before


# ---------------------------------------------------------------------------------------------
# 1. Blocks and mark pairing


def _blocks(paragraphs: Sequence[Paragraph]) -> list[_Block]:
    """Group lines into paragraphs: hard-wrapped copy (blank lines between short lines) is joined."""
    paras = list(paragraphs)
    if not paras:
        return []
    gaps = [b.line - a.line for a, b in itertools.pairwise(paras)]
    lengths = sorted(len(p.text) for p in paras)
    wrapped = any(g > 1 for g in gaps) and lengths[len(lengths) // 2] <= 100
    groups: list[list[Paragraph]] = [[paras[0]]]
    for gap, para in zip(gaps, paras[1:], strict=False):
        if wrapped and gap == 1:
            groups[-1].append(para)
        else:
            groups.append([para])
    blocks: list[_Block] = []
    base = 0
    for group in groups:
        starts: list[int] = []
        offset = 0
        for para in group:
            starts.append(offset)
            offset += len(para.text) + 1
        text = "\n".join(p.text for p in group)
        blocks.append(_Block(lines=group, text=text, starts=starts, base=base))
        base += len(text) + 1
    return blocks


def _is_apostrophe(text: str, pos: int, mark: str) -> bool:
    """True when the single mark at ``pos`` is an apostrophe (``can’t``, ``’90s``, ``’n’``)."""
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # inside a word: can’t, O’Brien, and misused ‘ in shouldn‘t
    if nxt.isdigit() and not prev.isalnum():
        return True  # ’90s, ’24
    if not prev.isalnum() and nxt.isalpha():
        word = ELISION_WORD_RE.match(text, pos + 1, pos + 8)
        if word is not None and word.group().casefold() in ELISIONS:
            rest = text[pos + 1 + len(word.group()) : pos + 2 + len(word.group())]
            if rest in ("", " ", "’", "'", ",", ".", "!", "?"):
                return True  # ’Tis, ’em, ’cause, rock ’n’ roll
    return pos >= 2 and text[pos - 1] == "n" and text[pos - 2] in "’'" and mark in "’'"


def _closes_later(text: str, pos: int, marks: str) -> bool:
    """True when a close-shaped single mark follows ``pos`` before the next opener-shaped one."""
    for m in MARK_RE.finditer(text, pos + 1, pos + _LOOKAHEAD):
        c = m.group()
        if c not in marks:
            continue
        p = m.start()
        prev = text[p - 1] if p > 0 else " "
        nxt = text[p + 1] if p + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue
        if not prev.isspace() and (nxt in _PUNCT_AFTER or nxt == " "):
            return True
        if prev.isspace():
            return False
    return False


def _marks_by_block(blocks: list[_Block], joined: str) -> list[list[tuple[int, int, str]]]:
    """``(start, end, mark)`` of every MARK_RE match, per block, in block offsets.

    One ``finditer`` over the whole entry (blocks joined by ``JOIN`` in virtual coordinates)
    instead of one per block: each regex call and match with a timeout costs a clock reading.
    ``JOIN`` is no letter, digit or mark, so every match stays inside its block and looks around
    it exactly as at the block's edge.
    """
    out: list[list[tuple[int, int, str]]] = [[] for _ in blocks]
    bi = 0
    base = 0
    limit = len(blocks[0].text)  # end of the current block in the joined text
    last = len(blocks) - 1
    for m in MARK_RE.finditer(joined, timeout=fuse(len(joined))):
        start, end = m.span()
        while start > limit and bi < last:
            bi += 1
            base = blocks[bi].base
            limit = base + len(blocks[bi].text)
        out[bi].append((start - base, end - base, m[0]))
    return out


def _pair_marks(blocks: list[_Block], single_style: bool, joined: str) -> list[_Span]:
    """Pair quote marks over the entry's blocks (stack per block, continuation across blocks)."""
    marks_of = _marks_by_block(blocks, joined)
    spans: list[_Span] = []
    carry: _Span | None = None  # a quote left open at the end of the previous block
    carry_weight = ""
    for bi, block in enumerate(blocks):
        text = block.text
        stack: list[tuple[str, int, str]] = []  # (mark, position, weight "d" or "s")
        current: _Span | None = None
        if carry is not None:
            lead = len(text) - len(text.lstrip())
            first = text[lead : lead + 1]
            reopen = (carry_weight == "d" and first in '“"„«') or (
                carry_weight == "s" and first in "‘'"
            )
            if reopen:
                current = carry
                stack.append((first, lead, carry_weight))
                current.pieces.append((bi, lead + 1, len(text)))
                start_at = lead + 1
            else:
                spans.append(carry)  # unclosed: bounded to its own paragraph
                start_at = 0
            carry = None
        else:
            start_at = 0
        marks = marks_of[bi]
        if start_at:
            if any(a < start_at < b for a, b, _ in marks):
                # A two-character mark across the re-opening one: match again from after it.
                marks = [
                    (*m.span(), m[0])
                    for m in MARK_RE.finditer(text, start_at, timeout=fuse(len(text)))
                ]
            else:
                marks = [mark for mark in marks if mark[0] >= start_at]
        for pos, end, token in marks:
            prev = text[pos - 1] if pos > 0 else " "
            nxt = text[end] if end < len(text) else " "
            if token == "''" and not (stack and stack[-1][0] == "``"):
                chars = [("'", pos), ("'", pos + 1)]
            else:
                chars = [(token, pos)]
            for c, p in chars:
                if c == "'" and len(chars) == 2:
                    prev = text[p - 1] if p > 0 else " "
                    nxt = text[p + 1] if p + 1 < len(text) else " "
                mend = p + len(c)
                can_open = (prev in _BOUNDARY_BEFORE or p == 0) and not nxt.isspace()
                can_close = not prev.isspace() and (nxt in _PUNCT_AFTER or mend >= len(text))
                if prev in ".!?,;:" and c in "'‘’" and nxt.isalpha():
                    # Glued to a stop on both sides (``he said.'I would …'``, ``rich,'he
                    # said``): it closes an open single quote, else opens one before a capital.
                    if stack and stack[-1][2] == "s":
                        can_open, can_close = False, True
                    elif prev in ".!?" and nxt.isupper():
                        can_open, can_close = True, False
                action = _decide(c, stack, can_open, can_close, text, p, single_style)
                if action == "open":
                    weight = "s" if c in _PAIRS_SINGLE else "d"
                    if len(stack) >= _MAX_DEPTH:
                        continue  # hostile nesting: deeper marks cannot change the outer quote
                    stack.append((c, p, weight))
                    if len(stack) == 1:
                        current = _Span([(bi, mend, -1)], bi, p, bi, None)
                elif action == "close":
                    weight = "s" if c in "’'" and stack and stack[-1][2] == "s" else "d"
                    depth = _closer_depth(stack, c)
                    if depth is None:
                        continue
                    del stack[depth:]
                    if not stack and current is not None:
                        b, a, _ = current.pieces[-1]
                        current.pieces[-1] = (b, a, p)
                        current.close_block = bi
                        current.close_end = mend
                        spans.append(current)
                        current = None
                    del weight
        if stack and current is not None:
            bottom_weight = stack[0][2]
            b, a, _ = current.pieces[-1]
            current.pieces[-1] = (b, a, len(text))
            current.close_block = bi
            if bottom_weight == "s" and current.open_block == bi:
                # An unclosed single mark is far more often a stray apostrophe than a quote; keep it
                # only if the next paragraph re-opens (continuation), else drop it.
                carry, carry_weight = current, "s"
            else:
                carry, carry_weight = current, bottom_weight
    if carry is not None and not (carry_weight == "s" and len(carry.pieces) == 1):
        spans.append(carry)
    # Unclosed single-weight quotes that never continued are dropped (see above).
    return [
        s
        for s in spans
        if s.close_end is not None or not (len(s.pieces) == 1 and _weight_of(blocks, s) == "s")
    ]


def _weight_of(blocks: list[_Block], span: _Span) -> str:
    return "s" if blocks[span.open_block].text[span.open_pos] in _PAIRS_SINGLE else "d"


def _closer_depth(stack: list[tuple[str, int, str]], c: str) -> int | None:
    """Index of the stack entry the closer ``c`` closes (the nearest compatible opener)."""
    for i in range(len(stack) - 1, max(-1, len(stack) - 5), -1):
        opener = stack[i][0]
        if c in _PAIRS.get(opener, "") or c in _PAIRS_SINGLE.get(opener, ""):
            return i
    return None


def _decide(
    c: str,
    stack: list[tuple[str, int, str]],
    can_open: bool,
    can_close: bool,
    text: str,
    pos: int,
    single_style: bool,
) -> str:
    """``open``, ``close`` or ``skip`` for one mark, from its shape and what is open."""
    if c == "''":
        return "close"  # PTB closer: only reaches here when a ```` `` ```` is open
    double_open = bool(stack) and any(w == "d" for _, _, w in stack)
    if c in _OPENERS_DOUBLE or c == "``":
        if c == "“" and stack and stack[-1][0] == "„":
            return "close"  # German/Polish „…“
        if c == "«" and stack and stack[-1][0] == "»":
            return "close"  # reversed guillemets »…«
        if c == "“" and double_open and can_close and not can_open:
            return "close"  # a sloppy copy closing with “
        return "open"
    if c in _CLOSERS_DOUBLE:
        if c == "»" and not (stack and "«" in (s[0] for s in stack)) and can_open and not can_close:
            return "open"  # reversed guillemets »…«
        if double_open and _closer_depth(stack, c) is not None:
            return "close"
        if c == "”" and not stack and can_open and not can_close:
            return "open"  # ”…” copies that use the right mark on both sides
        return "skip"
    if c == '"':
        if can_close and not can_open:
            return "close" if double_open else "skip"
        if can_open and not can_close:
            return "open"
        return "close" if double_open else "open"
    # Single marks: apostrophes first, then only at top level or closing a top-level single.
    if _is_apostrophe(text, pos, c):
        return "skip"
    single_open = bool(stack) and stack[-1][2] == "s"
    if c in "‘‚`" or (c == "'" and single_style and can_open and not can_close):
        if c == "‘" and single_open and can_close and not can_open:
            return "close"
        if stack or not can_open:
            return "skip"
        if c == "'" and not single_style:
            return "skip"
        return "open"
    if c in "’'":
        if c == "'" and not single_style and not single_open:
            return "skip"
        if not single_open or not can_close:
            return "skip"
        prev = text[pos - 1] if pos > 0 else " "
        if prev in "sS" and _closes_later(text, pos, "’'"):
            return "skip"  # the Joneses’ car … ’ closes later: this one is a possessive
        return "close"
    return "skip"


# ---------------------------------------------------------------------------------------------
# 2. Masking and tokens


def _mask(blocks: list[_Block], spans: list[_Span]) -> None:
    """Fill each block's ``masked`` text (its sentences are split on demand by :func:`_split`)."""
    interiors: list[list[tuple[int, int]]] = [[] for _ in blocks]
    for span in spans:
        for bi, a, b in span.pieces:
            interiors[bi].append((a, b))
    for bi, block in enumerate(blocks):
        text = block.text
        if not interiors[bi]:
            block.masked = text  # no quote here: nothing to hide
            continue
        parts: list[str] = []
        last = 0
        for a, b in sorted(interiors[bi]):
            if a < last:
                continue
            inner = text[a:b]
            keep = len(inner) - len(inner.rstrip(".!?,;:…—- "))
            parts.append(text[last:a])
            parts.append(MASK * (len(inner) - keep))
            parts.append(inner[len(inner) - keep :] if keep else "")
            last = b
        parts.append(text[last:])
        block.masked = "".join(parts)


def _split(block: _Block) -> list[int]:
    """The block's sentence starts, splitting its masked text on first use."""
    if not block.sentence_starts:
        spans = list(sentence_spans(block.masked)) or [(0, len(block.text))]
        block.sentences = _join_title_stops(block.masked, spans)
        block.sentence_starts = [s for s, _ in block.sentences]
    return block.sentence_starts


def _join_title_stops(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut after a title's full stop (``said Det. Insp. Karen Doyle``, ``Cllr. Pitt``)
    joined again: the splitter knows the common abbreviations, news copy uses more titles."""
    if len(spans) < 2:
        return spans
    out = [spans[0]]
    for start, end in spans[1:]:
        prev_start, prev_end = out[-1]
        if text[prev_end - 1 : prev_end] == "." and (
            text[max(prev_start, prev_end - 6) : prev_end - 1].rsplit(" ", 1)[-1] in _TITLE_STOPS
        ):
            out[-1] = (prev_start, end)
        else:
            out.append((start, end))
    return out


_TITLE_STOPS = frozenset(TITLE_ABBREVIATIONS) - {"St", "Sr", "Jr"}


def _sentence(block: _Block, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(block.sentence_starts or _split(block), pos) - 1
    return block.sentences[max(i, 0)]


Token = tuple[int, int, str, str]  # start, end, text, kind (word/mask/punct)


def _tokens(text: str, a: int, b: int) -> list[Token]:
    out: list[Token] = []
    append = out.append
    pos = a
    for space, word, mask, punct in TOKEN_RE.findall(text, a, b):
        pos += len(space)
        if word:
            end = pos + len(word)
            append((pos, end, word, "word"))
        elif mask:
            end = pos + len(mask)
            append((pos, end, mask, "mask"))
        elif punct:
            end = pos + len(punct)
            append((pos, end, punct, "punct"))
        else:
            continue  # white space up to the end of the window
        pos = end
    return out


def _lemma(word: str) -> str | None:
    # The forms are lower-case: look the word up first (one hash), test its case only on a hit.
    lemma = SPEECH_VERB_FORMS.get(word)
    return lemma if lemma is not None and word[:1].islower() else None


def _is_modifier(word: str) -> bool:
    low = word.casefold()
    return low in VERB_MODIFIERS or (low.endswith("ly") and len(low) > 4 and word.islower())


def _head_ok(words: list[str]) -> bool:
    """A speaker phrase must end in a name, a pronoun, a role or a group noun."""
    if not words:
        return False
    last = words[-1]
    low = last.casefold()
    if len(words) == 1 and low in PRONOUNS:
        return True
    if (
        last.islower()
        and low.endswith("s")
        and len(low) > 4
        and (len(words) == 1 or words[0].casefold() in ("the", "many", "some"))
        and low not in _NOT_PLURAL_SUBJECTS
    ):
        return True  # a bare plural subject: ``tenants say``, ``the critics said``
    if last[:1].isupper():
        return last.rstrip(".") not in ("The", "A", "An", "This", "That", "It")
    head = low.removesuffix("’s").removesuffix("'s")
    if (
        head not in ROLE_NOUNS
        and head not in GROUP_NOUNS
        and head not in ORG_NOUNS
        and AGE_NOUN_RE.fullmatch(head) is None
    ):
        return False
    first = words[0]
    return (
        first.casefold() in DETERMINERS
        or first[:1].isupper()
        or (len(words) == 1 and head in GROUP_NOUNS and head.endswith("s"))
        or first.endswith(("’s", "'s"))
    )


_PHRASE_STOP = SPEAKER_STOP_WORDS | COORDINATORS | {"that", "than", "because", "if", "so", "not"}


# Words ending in ``s`` that are not plural nouns able to speak.
_NOT_PLURAL_SUBJECTS = frozenset(
    "this thus always perhaps across unless whereas various previous serious famous news".split()
)

_OPENING_DETERMINERS = DETERMINERS - {"that", "this", "these", "those"}


def _phrase_back(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker phrase ending at token ``i`` (walking back), as token indexes, or None.

    ``The Department for Transport`` is one phrase (an organisation word before ``for``/``of``);
    ``Jonas Lindqvist of Alder Capital`` is the person before ``of``.
    """
    j = i
    while j >= 0 and i - j < 8:
        text, kind = toks[j][2], toks[j][3]
        if kind != "word":
            break
        low = text.casefold()
        if (low in _OPENING_DETERMINERS and text[:1].islower()) or low in ("the", "a", "an"):
            j -= 1
            break
        if text[:1].islower() and (
            low in _PHRASE_STOP or (low in SPEECH_VERB_FORMS and not _noun_after_article(toks, j))
        ):
            if low in ("of", "for") and j > 0 and toks[j - 1][2][:1].isupper() and j < i:
                if toks[j - 1][2].casefold() in ORG_VOICE_NOUNS:
                    return j + 1, i  # ``Organisers of Brackenfield Live``: the organisation
                before = _phrase_back(toks, j - 1)
                if before is not None and (
                    toks[j - 1][2] in ORG_WORDS or toks[j - 1][2] in ORG_OF_HEADS
                ):
                    return before[0], i  # ``the Department for Transport``
                if before is not None:
                    return before  # ``Jonas Lindqvist of Alder Capital``: the person
            break
        if low in PASSIVE_AUXILIARIES:
            break
        j -= 1
    start = j + 1
    if start > i:
        return None
    if (
        j >= 1
        and toks[j][2] in ("for", "of", "at")
        and toks[j - 1][2].casefold() in ORG_VOICE_NOUNS
    ):
        # ``a spokeswoman for the Department of Health``: the whole phrase, resolved to the org.
        start = j - 1
        if start >= 1 and toks[start - 1][2].casefold() in DETERMINERS:
            start -= 1
        return start, i
    if start >= 2 and toks[start - 1][2] in ("in", "at", "from", "inside") and start - 1 < i:
        # ``Republicans in the state Senate have called …``: the head is before the preposition.
        outer = _phrase_back(toks, start - 2)
        if outer is not None:
            return outer
    words = [t[2] for t in toks[start : i + 1]]
    # Trim leading sentence words that cannot start a speaker phrase (``But``, ``In``).
    while len(words) > 1 and words[0] in ("But", "And", "So", "Then", "Yet", "In", "On", "At"):
        start += 1
        words = words[1:]
    if not _head_ok(words):
        return None
    return start, i


def _noun_after_article(toks: list[Token], j: int) -> bool:
    """``the state Senate``, ``a post office``: a bare noun-like verb form after an article."""
    return (
        toks[j][2] in NOUN_LIKE_LEMMAS and j > 0 and toks[j - 1][2].casefold() in ("the", "a", "an")
    )


def _initial_phrase(toks: list[Token]) -> tuple[int, int] | None:
    """The sentence's opening noun phrase (``Italy's transport ministry`` welcomed …, saying)."""
    for end in range(min(6, len(toks)) - 1, -1, -1):
        if all(t[3] == "word" for t in toks[: end + 1]) and _head_ok(
            [t[2] for t in toks[: end + 1]]
        ):
            return _appositive_name(toks, end) or (0, end)
    return None


def _appositive_name(toks: list[Token], end: int) -> tuple[int, int] | None:
    """``The treasurer, Jim Coyle, has …``: the name between commas after a descriptor."""
    if toks[end][2][:1].isupper() or end + 2 >= len(toks) or toks[end + 1][2] != ",":
        return None
    n = end + 2
    while n < len(toks) and n - end <= 5 and toks[n][3] == "word" and toks[n][2][:1].isupper():
        n += 1
    if n - end - 2 >= 2 and n < len(toks) and toks[n][2] == ",":
        return end + 2, n - 1
    return None


_COORD = (-1, -1)


def _subject_before(toks: list[Token], v: int) -> tuple[int, int] | None:
    """The subject phrase of the verb at ``v`` (token indexes), ``_COORD`` for ``… but warned``."""
    i = v - 1
    while i >= 0 and toks[i][3] == "word" and _is_modifier(toks[i][2]):
        i -= 1
    if i > 0 and toks[i][2] == "." and toks[i - 1][2].casefold() in ("jr", "sr"):
        i -= 1  # ``Martin Hale Jr. said``
    if i < 0:
        return None
    text, kind = toks[i][2], toks[i][3]
    low = text.casefold()
    if kind == "word" and low in PASSIVE_AUXILIARIES:
        return None
    if kind == "word" and low in PRONOUNS:
        return i, i
    if low in COORDINATORS or text in ("–", "—", "-", "--", ";"):
        return _COORD
    if text == "," and toks[v][2].endswith("ing"):
        return _COORD  # ``…, saying it would …``: the participle shares the sentence's subject
    if text in (",", ")"):
        return _subject_across_asides(toks, i)
    return _phrase_back(toks, i)


def _subject_across_asides(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject before the asides that end at token ``i`` (a comma or a closing bracket).

    ``Hugh Hill, a doctor, said`` / ``Jo Li, 45, who ran the shop for 20 years, said`` /
    ``Sen. Walter Brisco, D-Ohio, said`` / ``Michael Furey (71) said``: asides are walked back one
    by one. A name between the commas is the subject when what comes before it describes it
    (``The council leader, Judith Farrow, said``; ``A spokesman for Linscott, Paul Garrity, said``).
    """
    skipped = False
    while i >= 0:
        if toks[i][2] == ")":
            j = i - 1
            while j >= 0 and i - j < 12 and toks[j][2] not in ("(", ")"):
                j -= 1
            if j <= 0 or toks[j][2] != "(":
                return None
            i, skipped = j - 1, True  # ``Michael Furey (71)``, ``Jo Li (D-Ohio)``
            continue
        if toks[i][2] != ",":
            break
        j = i - 1
        while j >= 0 and i - j < 16 and toks[j][2] != ",":
            j -= 1
        if j + 1 >= i:
            return None
        if j <= 0 or toks[j][2] != ",":
            # No comma before: the subject (and its last aside) start the clause.
            return _phrase_back(toks, i - 1) if skipped else None
        inner = toks[j + 1 : i]
        if len(inner) > 3 and inner[-1][2] == ")" and inner[-3][2] == "(":
            inner = inner[:-3]  # ``, Michael Furey (71),``: the name without its age
        if _is_aside(inner):
            i, skipped = j, True
            continue
        words = [t[2] for t in inner]
        inner_is_name = (
            all(t[3] == "word" for t in inner)
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and len(words) <= 4
        )
        if not inner_is_name:
            return None
        outer = _phrase_back(toks, j - 1)
        before = [t[2].casefold() for t in toks[max(0, j - 6) : j]]
        described = (
            any(w in _DESCRIBING for w in before)
            or any(w.endswith(("’s", "'s")) for w in before)
            or any(w in ROLE_NOUNS for w in before)
        )
        if outer is not None and toks[outer[1]][2][:1].isupper():
            preposition = any(
                toks[k][2] in ("for", "of", "at", "with")
                for k in range(max(0, outer[0] - 1), outer[1])
            )
            if not (preposition and described):
                return outer  # ``Tom Hale, Acme Ltd, said``: the name first
        if outer is not None or described:
            return j + 1, j + len(inner)  # ``The council leader, Judith Farrow, said``
        return None
    if skipped and i >= 0:
        return _phrase_back(toks, i)
    return None


_DESCRIBING = frozenset(("the", "its", "his", "her", "their", "our", "a", "an", "one", "another"))


def _is_aside(inner: list[Token]) -> bool:
    """Words between commas that describe the subject rather than name it: ``a doctor``, ``45``,
    ``who ran the shop``, ``D-Ohio``, ``Democrat of Ohio``, ``aged 70``."""
    first = inner[0][2]
    low = first.casefold()
    if low in ROLE_NOUNS and _titled_name(inner):
        return False  # ``Professor Sir Alan Keighley``: a title before a name names the subject
    return (
        low in DETERMINERS
        or low in _ASIDE_OPENERS
        or low in ROLE_NOUNS
        or _role_word(low)
        or (
            first.islower()
            and any(t[2] in ("of", "at", "for") for t in inner[1:4])
            and not any(_lemma(t[2]) for t in inner[:4])
        )
        or first.isdigit()
        or PARTY_TAG_RE.fullmatch(first) is not None
        or (first in PARTY_WORDS and (len(inner) == 1 or inner[1][2] in ("of", "from")))
    )


def _titled_name(inner: list[Token]) -> bool:
    """``Professor Sir Alan Keighley``, ``Dr Jo Li``: capitalised titles, then a name."""
    words = [t[2] for t in inner]
    if any(t[3] != "word" or not t[2][:1].isupper() for t in inner) or len(words) < 2:
        return False
    titles, name, _ = split_name(words)
    return bool(titles) and len(name) >= 2


# Prefixes of a role word (``co-chair``, ``vice-president``, ``ex-minister``).
_ROLE_PREFIXES = ("co-", "vice-", "ex-", "deputy-", "joint-", "acting-", "former-")


def _role_word(low: str) -> bool:
    """A role noun behind a prefix: ``co-chair``, ``vice-president``."""
    if "-" not in low:
        return False
    for prefix in _ROLE_PREFIXES:
        if low.startswith(prefix):
            return low[len(prefix) :] in ROLE_NOUNS
    return False


_ASIDE_OPENERS = frozenset(
    """
    who whose which from of aged now then herself himself themselves both each also once near
    in at on outside inside based formerly previously until currently speaking writing for
    representing acting
    """.split()
)


def _speaker_after(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The inverted speaker phrase starting at token ``k`` (``said Paul Martin, a detective``)."""
    j = k
    while j < len(toks) and j - k < 8:
        text, kind = toks[j][2], toks[j][3]
        if kind != "word":
            break
        low = text.casefold()
        if text[:1].islower() and (low in SPEAKER_STOP_WORDS or _is_modifier(text)):
            if j > k and low not in ("and",):
                break
            if low != "and":
                break
        j += 1
    if j == k:
        return None
    words = [t[2] for t in toks[k:j]]
    while words and words[-1].casefold() in ("and", "the", "a"):
        words.pop()
        j -= 1
    if not words:
        return None
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return k, k
    if not _head_ok(words):
        return None
    if not words[-1][:1].isupper() and j + 1 < len(toks) and toks[j][2] == ",":
        # ``said the authority's chairman, Roger Tremayne``: the name in apposition
        n = j + 1
        while n < len(toks) and n - j <= 4 and toks[n][3] == "word" and toks[n][2][:1].isupper():
            n += 1
        if n > j + 1 and (n >= len(toks) or toks[n][3] != "word"):
            return j + 1, n - 1
    return k, j - 1


# Lower-case words inside a name run (``Ursula von der Leyen``, ``Juan de la Fuente``) or joining
# two names (``Burton and Nick``).
_NAME_PARTICLES = frozenset(
    "and & de van von der den ter bin binti ibn al el da di do dos du del della le la".split()
)


def _resolvable(words: list[str]) -> str:
    """The part of a phrase to resolve: its trailing run of capitalised words (``little Amy`` →
    ``Amy``, ``Duty controller Helen Marsh`` → ``Helen Marsh``, ``Burton and Nick`` whole);
    descriptors (``the US president``) stay whole."""
    if not words or not words[-1][:1].isupper():
        return " ".join(words)
    i = len(words) - 1
    while i > 0 and (
        words[i - 1][:1].isupper()
        or words[i - 1] in _NAME_PARTICLES
        or (
            words[i - 1] in ("of", "for")
            and i > 1
            and (words[i - 2] in ORG_WORDS or words[i - 2] in ORG_OF_HEADS)
        )
    ):
        i -= 1
    run = words[i:]
    if run[0].casefold() in ("the", "and", "&"):
        run = run[1:] or run
    return " ".join(run)


def _voiced(toks: list[Token], ps: int, pe: int) -> bool:
    """The phrase ``ps..pe`` names an organisation through its voice: ``Organisers of X`` (the
    phrase is X) or ``a spokesman for X`` (X capitalised; ``for the company`` is a descriptor)."""
    if ps >= 2 and toks[ps - 1][2] in ("of", "for", "at"):
        return toks[ps - 2][2].casefold() in ORG_VOICE_NOUNS and toks[pe][2][:1].isupper()
    for k in range(ps, pe):
        if toks[k][2] in ("of", "for", "at") and k > ps:
            return toks[k - 1][2].casefold() in ORG_VOICE_NOUNS and toks[pe][2][:1].isupper()
    return False


def _make_cue(
    block: _Block, toks: list[Token], phrase: tuple[int, int], verb_i: int | None, how: str
) -> _Cue:
    ps, pe = phrase
    words = [t[2] for t in toks[ps : pe + 1]]
    spk_start, spk_end = toks[ps][0], toks[pe][1]
    if verb_i is None:
        a, b = spk_start, spk_end
        verb = None
    else:
        a = min(spk_start, toks[verb_i][0])
        b = max(spk_end, toks[verb_i][1])
        verb = SPEECH_VERB_FORMS.get(toks[verb_i][2]) or TALK_VERB_FORMS.get(toks[verb_i][2])
    phrase_text = block.text[spk_start:spk_end]
    cue = block.text[a:b]
    if len(cue) > 80 and verb_i is not None:
        cue = f"{phrase_text} … {toks[verb_i][2]}"
    return _Cue(
        phrase=phrase_text,
        cue=cue,
        verb=verb,
        how=how,
        at=block.base + spk_start,
        head=_resolvable(words),
        org=_voiced(toks, ps, pe),
    )


# ---------------------------------------------------------------------------------------------
# 3. Attribution


def _tail_cue(block: _Block, close_end: int) -> tuple[_Cue | None, bool]:
    """A cue right after the closing mark: ``, he said`` / ``said X`` / ``— Jane Doe``."""
    _s0, s1 = _sentence(block, max(close_end - 1, 0))
    end = min(max(s1, close_end), close_end + 200)
    nxt = block.masked.find(MASK, close_end, end)  # a cue never reaches past the next quote
    stop = end if nxt < 0 else nxt
    if stop <= close_end:
        return None, False  # the quote ends its sentence or paragraph: nothing to read
    toks = _tokens(block.masked, close_end, stop)
    i = 0
    dash = False
    while i < len(toks) and toks[i][2] in (",", ";", "—", "–", "-", "--"):
        dash = dash or (toks[i][2] != "," and toks[i][2] != ";")
        i += 1
    if i >= len(toks) or toks[i][3] != "word":
        return None, False
    lemma = _lemma(toks[i][2])
    if lemma is not None and lemma in INVERTING_LEMMAS:
        phrase = _speaker_after(toks, i + 1)
        if phrase is not None:
            return _make_cue(block, toks, phrase, i, "after"), True
    if toks[i][2] == "according" and i + 1 < len(toks) and toks[i + 1][2] == "to":
        phrase = _speaker_after(toks, i + 2)
        if phrase is not None:
            cue = _make_cue(block, toks, phrase, None, "according-to")
            cue.cue = block.text[toks[i][0] : toks[phrase[1]][1]]
            return cue, True
    for v in range(i, min(len(toks), i + 16)):
        if toks[v][3] == "mask" or (toks[v][3] != "word" and toks[v][2] not in ",()"):
            break  # commas and brackets may hold asides: ``“…,” Ruiz, 44, said``
        if _lemma(toks[v][2]) is None:
            continue
        phrase = _subject_before(toks, v)
        if phrase is not None and phrase != _COORD and phrase[0] == i:
            return _make_cue(block, toks, phrase, v, "after"), True
        break
    if dash:
        phrase = _speaker_after(toks, i)
        if phrase is not None and toks[phrase[1]][2][:1].isupper():
            return _make_cue(block, toks, phrase, None, "dash"), True
    return None, False


_NON_SPACE_RE = regex.compile(r"\S")


def _has_text(text: str, start: int, end: int) -> bool:
    """Any non-space character in ``text[start:end]``, without copying the slice.

    Slicing a long block once per quote made a 1 MB paragraph of quotes quadratic.

    >>> _has_text("  ab ", 0, 2), _has_text("  ab ", 0, 3)
    (False, True)
    """
    return _NON_SPACE_RE.search(text, start, end) is not None


def _signature_below(blocks: list[_Block], bi: int, close_end: int) -> _Cue | None:
    """A dash signature on the line after a quote that ends its paragraph:
    ``“…”`` / ``— Anupam Deka, general secretary, Assam Tea Workers’ Union``."""
    if _has_text(blocks[bi].masked, close_end, len(blocks[bi].masked)):
        return None
    below = blocks[bi + 1]
    head = below.masked.lstrip()[:2]
    if not head or head[0] not in "—–-":
        return None
    toks = _tokens(below.masked, 0, min(len(below.masked), _WINDOW))
    i = 0
    while i < len(toks) and toks[i][2] in ("—", "–", "-", "--"):
        i += 1
    if i == 0 or i >= len(toks) or toks[i][3] != "word" or not toks[i][2][:1].isupper():
        return None
    phrase = _speaker_after(toks, i)
    if phrase is None or not toks[phrase[1]][2][:1].isupper():
        return None
    # A signature is a name and its titles, never a clause (a bullet: ``- Jo Li was fined``).
    if len(below.masked) > 160 or any(
        t[2] in _CLAUSE_VERBS or _lemma(t[2]) is not None for t in toks[phrase[1] + 1 :]
    ):
        return None
    return _make_cue(below, toks, phrase, None, "dash")


_CLAUSE_VERBS = frozenset("is are was were has have had will would can could did does".split())


def _verbs_in(toks: list[Token]) -> list[int]:
    # The dictionary test first: most words are not speech verbs and cost one hash lookup.
    forms = SPEECH_VERB_FORMS
    return [i for i, t in enumerate(toks) if t[2] in forms and t[3] == "word" and _is_verb(toks, i)]


def _is_verb(toks: list[Token], i: int) -> bool:
    """A speech verb; a bare noun-like form (``the state``) only after ``they``/``we``/``I``."""
    word = toks[i][2]
    lemma = _lemma(word)
    if lemma is None:
        return False
    if word == lemma and lemma in NOUN_LIKE_LEMMAS:
        return i > 0 and toks[i - 1][2].casefold() in ("i", "we", "you", "they")
    return True


def _subject_of_verbs(toks: list[Token], verbs: list[int]) -> tuple[tuple[int, int], int] | None:
    """The last verb and its subject; a coordinated verb (``… but warned``) takes the subject of
    an earlier speech verb in the sentence (``Donald Trump has revealed …``)."""
    coordinated = False
    for n in range(len(verbs) - 1, -1, -1):
        phrase = _subject_before(toks, verbs[n])
        coordinated = coordinated or phrase == _COORD
        if phrase is not None and phrase != _COORD:
            coordinated_last = verbs[-1] != verbs[n] and _coordinated(toks, verbs[-1])
            return phrase, verbs[-1] if coordinated_last else verbs[n]
    if coordinated and verbs:
        initial = _initial_phrase(toks)
        if initial is not None and initial[1] < verbs[-1]:
            return initial, verbs[-1]
    return None


def _coordinated(toks: list[Token], v: int) -> bool:
    return _subject_before(toks, v) == _COORD


def _lead_cue(block: _Block, open_pos: int, starts_upper: bool) -> tuple[_Cue | None, bool]:
    """A cue before the quote in its sentence; returns ``(cue, full)``.

    ``full`` says the quote is introduced (``X said: “…”``); otherwise a found cue governs an
    embedded fragment (``warned that Russia will “respond”``).
    """
    s0, _ = _sentence(block, open_pos)
    lo = max(s0, open_pos - _WINDOW)
    # From the previous quote, or the window's start when none is in the window (a -1 from rfind
    # used to slice from the block's start: quadratic on a long paragraph of quotes).
    between = block.masked[max(lo, block.masked.rfind(MASK, lo, open_pos) + 1) : open_pos]
    if not between.strip(" \t\n“”„‟\"'‘’‚«»`"):
        return None, True  # nothing between the previous quote (or sentence start) and this one
    toks = _tokens(block.masked, lo, open_pos)
    if not toks:
        return None, True
    last_mask = max((i for i, t in enumerate(toks) if t[3] == "mask"), default=-1)
    local = toks[last_mask + 1 :]
    local = [t for t in local if t[2] not in ("“", '"', "‘", "„", "«", "'", "`")]
    last = local[-1][2] if local else ""
    if last in (".", "!", "?") and starts_upper:
        return None, True  # ``she said.'I cannot …'``: a stop glued to the quote ends the cue
    verbs_local = [i + last_mask + 1 for i in _verbs_in(local)]
    verbs_all = _verbs_in(toks)
    full = not local
    if local:
        if verbs_local:
            rest = len(toks) - 1 - verbs_local[-1]
            full = (
                (last == ":" and rest <= 16)
                or (last == "," and rest <= 5)
                or (rest == 0 and starts_upper)
            )
        else:
            full = last == ":" or (last == "," and starts_upper and len(local) <= 3)
    if verbs_local:
        cands = [v for v in verbs_all if v <= verbs_local[-1]]
        if not full:
            cands = _outer_that_verbs(toks, cands)
        found = _subject_of_verbs(toks, cands)
        if found is not None:
            phrase, v = found
            how = ("before-colon" if last == ":" else "before") if full else "partial"
            return _make_cue(block, toks, phrase, v, how), full
        v = verbs_local[-1]
        if full and _lemma(toks[v][2]) in INVERTING_LEMMAS:
            phrase2 = _speaker_after(toks, v + 1)
            if phrase2 is not None:
                return _make_cue(block, toks, phrase2, v, "before-colon"), full
    elif verbs_all and not full:
        found = _subject_of_verbs(toks, verbs_all)
        if found is not None:
            return _make_cue(block, toks, found[0], found[1], "partial"), False
    if last == ":" and last_mask < 0 and lo == s0:
        colon_phrase = _colon_speaker(toks)
        if colon_phrase is not None:
            colon_cue = _make_cue(block, toks, colon_phrase, None, "before-colon")
            # A bare label (``Starmer:``) is a speaker only if the entry named them before;
            # ``Update:`` or ``Full time:`` never are.
            colon_cue.known_only = toks[colon_phrase[1] + 1][2] == ":" and not (
                colon_phrase[1] > 0 and toks[0][2].casefold() in GIVEN_NAME_GENDER
            )
            return colon_cue, True
    return None, full


def _outer_that_verbs(toks: list[Token], verbs: list[int]) -> list[int]:
    """``X said that the senator would ask for …, but that the request “…”``: a fragment in a
    ``that``-clause coordinated with an earlier one belongs to the verb of the first ``that``
    (X's report), not to a speech verb inside the first clause. Returns the verbs to read."""
    if len(verbs) < 2:
        return verbs
    last = verbs[-1]
    coordinated = any(
        toks[k][2] == "that" and toks[k - 1][2] in ("but", "and")
        for k in range(last + 1, len(toks))
    )
    if not coordinated:
        return verbs
    for n, u in enumerate(verbs[:-1]):
        if any(t[2] == "that" for t in toks[u + 1 : min(u + 4, last)]):
            return verbs[: n + 1]
    return verbs


def _colon_speaker(toks: list[Token]) -> tuple[int, int] | None:
    """A speaker before a colon with no speech verb: ``Rachel Tan, on co-commentary: “…”`` /
    ``Tom Everly, speaking to Sky Sports at the break: “…”`` / ``Rachel Tan: “…”``."""
    c = 0
    while c < len(toks) and c < 6 and toks[c][3] == "word":
        c += 1
    if c == 0 or c >= len(toks) or toks[c][2] not in (",", ":"):
        return None
    words = [t[2] for t in toks[:c]]
    if not words[-1][:1].isupper() or not _head_ok(words):
        return None
    if toks[c][2] == ":":
        # ``Rachel Tan: “…”`` / ``Starmer: “…”``: the caller checks the name is known.
        return (0, c - 1) if c == len(toks) - 1 else None
    aside = [t for t in toks[c + 1 :] if t[2] not in ("“", '"', "‘", "„", "«", "'", "`")]
    if not 2 <= len(aside) <= 16 or aside[-1][2] != ":" or aside[0][2] not in _COLON_ASIDES:
        return None
    if any(t[3] != "word" for t in aside[:-1]):
        return None  # one aside only, no clause of its own
    return 0, c - 1


# Words that open the aside between a speaker and a colon (``X, on co-commentary:``).
_COLON_ASIDES = frozenset(
    """
    on speaking asked writing talking in at after responding reacting when via commenting
    posting interviewed addressing
    """.split()
)


def _according(block: _Block, pos: int) -> _Cue | None:
    s0, s1 = _sentence(block, pos)
    m = ACCORDING_RE.search(block.masked, max(s0, pos - _WINDOW), min(s1, pos + _WINDOW))
    if m is None:
        return None
    who = m.group("who").strip()
    words = who.split()
    if not words or not _head_ok(words):
        return None
    a = m.start("who")
    return _Cue(
        phrase=block.text[a : a + len(who)],
        cue=block.text[m.start() : a + len(who)],
        verb=None,
        how="according-to",
        at=block.base + a,
        head=_resolvable(words),
    )


def _account(block: _Block, pos: int, lead_start: int) -> _Cue | None:
    """``by his own account, “…”``: the possessive right before the quote is its source."""
    lo = max(lead_start, pos - 40)
    if "own" not in block.masked[lo:pos] and "words" not in block.masked[lo:pos]:
        return None  # the rare cue words are absent: no regex call
    m = ACCOUNT_RE.search(block.masked, lo, pos)
    if m is None:
        return None
    group = "own" if m.group("own") else "words"
    pronoun = _POSSESSIVE_PRONOUN[m.group(group).casefold()]
    return _Cue(
        phrase=m.group(group),
        cue=block.text[m.start() : m.end()].rstrip(" ,"),
        verb=None,
        how="account",
        at=block.base + m.start(group),
        head=pronoun,
    )


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _sentence_cue(block: _Block, close_end: int) -> _Cue | None:
    """A cue later in the quote's sentence after a comma: ``… “a disgrace”, Smith said.``"""
    _, s1 = _sentence(block, max(close_end - 1, 0))
    end = min(s1, close_end + _WINDOW)
    nxt = block.masked.find(MASK, close_end, end)
    toks = _tokens(block.masked, close_end, end if nxt < 0 else nxt)
    for v in _verbs_in(toks):
        if any(t[3] == "mask" for t in toks[:v]):
            return None
        phrase = _subject_before(toks, v)
        if (
            phrase is not None
            and phrase != _COORD
            and phrase[0] > 0
            and toks[phrase[0] - 1][2] == ","
        ):
            after = toks[v + 1 : v + 2]
            if not after or after[0][2] in (".", ",", ";") or after[0][3] == "word":
                return _make_cue(block, toks, phrase, v, "sentence")
    return None


def _context_cue(blocks: list[_Block], bi: int, open_pos: int) -> _Cue | None:
    """A cue in the previous sentence (same block, or the last of the previous block)."""
    block = blocks[bi]
    s0, _ = _sentence(block, open_pos)
    if _has_text(block.masked, 0, s0):
        prev_block = block
        p0, p1 = _sentence(block, max(s0 - 1, 0))
    elif bi > 0:
        prev_block = blocks[bi - 1]
        _split(prev_block)
        p0, p1 = prev_block.sentences[-1]
        m = FROM_LEAD_RE.match(prev_block.text[p0:p1], timeout=fuse(p1 - p0))
        if m is not None:
            a = p0 + m.start("who")
            who = m.group("who")
            return _Cue(
                who, prev_block.text[p0:p1].rstrip(":. "), None, "lead-in", prev_block.base + a, who
            )
    else:
        return None
    toks = _tokens(prev_block.masked, max(p0, p1 - _WINDOW), p1)
    lead_in = bool(toks) and toks[-1][2] == ":"
    verbs = [
        i
        for i, t in enumerate(toks)
        if t[3] == "word" and (_lemma(t[2]) or TALK_VERB_FORMS.get(t[2]))
    ]
    for v in reversed(verbs):
        phrase = _subject_before(toks, v)
        if phrase is None:
            continue
        if phrase == _COORD:
            found = _subject_of_verbs(toks, [u for u in verbs if u < v])
            if found is None:
                continue
            phrase = found[0]
        return _make_cue(prev_block, toks, phrase, v, "lead-in" if lead_in else "context")
    return None


def _term_cue_before(lead: str) -> bool:
    """A term cue (``so-called``, ``known as the``) right before the quote. Only the last
    characters can hold it (the pattern is anchored at the end): searching just them keeps its
    look-behinds from running at every position of a long lead."""
    return TERM_CUE_RE.search(lead, max(0, len(lead) - _TERM_CUE_SPAN)) is not None


def _strong_term_before(lead: str) -> bool:
    """A cue that only ever names (``so-called``, ``dubbed``, ``known as``) right before the
    quote: the quote is a term whatever follows it."""
    return STRONG_TERM_RE.search(lead, max(0, len(lead) - _TERM_CUE_SPAN)) is not None


# Longer than any term cue with its article and spaces (``known as the``).
_TERM_CUE_SPAN = max(len(t) for t in TERM_CUES) + 12


def _words(text: str) -> list[str]:
    return QUOTE_WORD_RE.findall(text, timeout=fuse(len(text)))


def _is_title(words: list[str]) -> bool:
    """``One Hundred Years of Solitude``: every content word capitalised."""
    if len(words) < 2:
        return False
    return (
        all(w[:1].isupper() or w.casefold() in TITLE_SMALL_WORDS for w in words)
        and words[0][:1].isupper()
    )


@dataclass(slots=True)
class _Speaker:
    name: str | None
    text: str | None
    cue: str | None
    verb: str | None


def extract(
    paragraphs: Sequence[Paragraph], *, source: str = "-", entry: int = 1
) -> Iterator[Quote]:
    """Quotes of ONE entry (the paragraphs of one live-blog post or one article), in text order.

    >>> [(q.text, q.speaker, q.partial) for q in extract(paragraphs_of('Li warned it would “respond”.'))]
    [('respond', 'Li', True)]
    >>> list(extract(paragraphs_of("No quotes here, only Moscow’s rock ’n’ roll.")))
    []
    """
    blocks = _blocks(paragraphs)
    if not blocks:
        return
    # The entry in virtual coordinates: blocks joined by JOIN, each at its ``base``.
    joined = JOIN.join([b.text for b in blocks])
    # Presence tests with ``str`` scans (C speed, no regex call): most entries hold an apostrophe,
    # so the first test usually stops at its first or second character.
    if not any(mark in joined for mark in _MARK_CHARS):
        return
    single_style = not any(mark in joined for mark in _DOUBLE_MARK_CHARS)
    spans = _pair_marks(blocks, single_style, joined)
    if not spans:
        return
    _mask(blocks, spans)
    # Names after the last quote can never resolve a speaker: do not look for them.
    last_block = max(max(span.close_block, span.open_block) for span in spans)
    mentions = _entry_mentions(blocks[: last_block + 1], joined)
    table = AliasTable()
    masked_text: list[str] = []

    def entry_text() -> str:
        if not masked_text:
            masked_text.append(JOIN.join([b.masked for b in blocks]))
        return masked_text[0]

    table.text = entry_text
    fed = 0
    last: _Speaker | None = None
    last_block = -1
    for span in spans:
        first_bi, a0, b0 = span.pieces[0]
        block = blocks[first_bi]
        content = block.text[a0:b0] if len(span.pieces) == 1 else block.text[a0:]
        stripped = content.strip()
        if not stripped:
            continue
        starts_upper = stripped[:1].isupper() or not stripped[:1].isalpha()
        tail: _Cue | None = None
        if span.close_end is not None:
            tail, _ = _tail_cue(blocks[span.close_block], span.close_end)
            if tail is None and span.close_block + 1 < len(blocks):
                tail = _signature_below(blocks, span.close_block, span.close_end)
        lead, full = _lead_cue(block, span.open_pos, starts_upper)
        lead_start = max(_sentence(block, span.open_pos)[0], span.open_pos - _WINDOW)
        lead_text = block.masked[lead_start : span.open_pos]
        if tail is not None and lead is not None and not full:
            cue: _Cue | None = tail  # “…,” she said beats an earlier verb in the sentence
            full = True
        elif tail is not None:
            cue = tail
        elif lead is not None and full:
            cue = lead
        else:
            cue = _according(block, span.open_pos) or _account(block, span.open_pos, lead_start)
            if cue is None:
                cue = lead
            if cue is None and span.close_end is not None:
                cue = _sentence_cue(blocks[span.close_block], span.close_end)
        if not full and tail is None and span.close_end is not None and not lead_text.strip():
            full = True
        if full and tail is None and not lead_text.strip() and span.close_end is not None:
            # “Clumsily worded” remarks …: a quote starting its sentence but read as part of it.
            after = blocks[span.close_block].masked[span.close_end : span.close_end + 3].lstrip()
            if after[:1].islower() and stripped.rstrip()[-1:] not in ".!?,;:…—-":
                full = False
        if len(span.pieces) > 1:
            full = True  # a quote running over paragraphs is speech, never a fragment or a term
        kind = "full" if full else "partial"
        how_term = ""
        if not full:
            # Only a fragment can be a title or a scare quote: read its words just then.
            words = _words(stripped)
            if _term_cue_before(lead_text) or _is_title(words):
                kind, how_term = "scare", "term"
            elif cue is None and len(words) <= 3:
                kind, how_term = "scare", "scare"
        elif (
            len(span.pieces) == 1
            and lead_text[-1:] == " "
            and _term_cue_before(lead_text)
            and (tail is None or _strong_term_before(lead_text))
            and len(_words(stripped)) <= 8
        ):
            # ``A group called “Parents for Safety” held a vigil``: a name after a naming verb,
            # read as its object; speech after it has a subject (``she called``, ``have called``).
            # After ``so-called``, ``dubbed`` … it is a term even before a cue (``the so-called
            # “levy” some owners had called for``).
            kind, how_term = "scare", "term"
        # Feed the alias table with every mention up to the cue (or the quote if no cue).
        horizon = max(block.base + span.open_pos, cue.at if cue is not None else 0)
        while fed < len(mentions) and mentions[fed].start <= horizon:
            table.add(mentions[fed])
            fed += 1
        if (
            cue is not None
            and cue.known_only
            and not table.knows(cue.head or cue.phrase, before=cue.at)
        ):
            cue = None  # ``Update: “…”``: a label, not a person the entry named
        speaker: _Speaker | None = None
        how: str | None = None
        if kind == "scare":
            how = how_term
        elif cue is not None:
            resolved = (
                table.resolve_org(cue.head or cue.phrase, at=cue.at)
                if cue.org
                else table.resolve(cue.head or cue.phrase, at=cue.at)
            )
            name, res = resolved
            if res == "group" and name is not None:
                table.last_group = name
            elif name is not None and res in ("name", "title", "pronoun", "descriptor", "salience"):
                low = (cue.head or "").casefold()
                table.touch(name, cue.at, gender=PRONOUNS.get(low))
            speaker = _Speaker(name, cue.phrase, cue.cue, cue.verb)
            how = cue.how if res in ("name", "group", "as-written") else f"{cue.how}/{res}"
        elif kind == "full":
            opens_block = not _has_text(block.masked, 0, span.open_pos)
            same_block = last is not None and last_block in (first_bi,)
            after_quote_para = last is not None and opens_block and last_block == first_bi - 1
            prev_colon = (
                first_bi > 0 and opens_block and blocks[first_bi - 1].text.rstrip().endswith(":")
            )
            if (same_block or after_quote_para) and not prev_colon and last is not None:
                speaker, how = last, "follow-on"
            else:
                ctx = _context_cue(blocks, first_bi, span.open_pos)
                if ctx is not None:
                    while fed < len(mentions) and mentions[fed].start <= ctx.at:
                        table.add(mentions[fed])
                        fed += 1
                    name, res = table.resolve(ctx.head or ctx.phrase, at=ctx.at)
                    speaker = _Speaker(name, ctx.phrase, ctx.cue, ctx.verb)
                    how = ctx.how if res in ("name", "group", "as-written") else f"{ctx.how}/{res}"
        if kind != "scare" and speaker is not None:
            last, last_block = speaker, span.close_block
        elif kind == "full" and speaker is None:
            last = None
        yield from _records(blocks, span, speaker, how, kind, source, entry)


def _entry_mentions(blocks: list[_Block], joined: str) -> list[Mention]:
    """Name mentions of the entry in virtual coordinates; the first of each sentence is a subject.

    One :func:`find_mentions` pass over the joined text of ``blocks`` (``JOIN`` keeps every name
    inside its block). A block's first candidate is always the subject of its sentence (a name is
    never before the first sentence start), so a block is split into sentences only when it holds
    a second candidate.
    """
    out: list[Mention] = []
    bases = [b.base for b in blocks]
    end = bases[-1] + len(blocks[-1].text)
    next_base = -1  # the current block ends before this virtual offset (-1: no block yet)
    block = blocks[0]
    first = -1  # block offset of the block's first candidate
    seen_sentence = -1
    for m in find_mentions(joined[:end], starts=bases[1:]):
        if next_base < 0 or m.start >= next_base:
            bi = bisect.bisect_right(bases, m.start) - 1
            block = blocks[bi]
            next_base = bases[bi + 1] if bi + 1 < len(bases) else end + 1
            first = -1
            seen_sentence = -1
        pos = m.start - block.base
        in_quote = block.masked[pos : pos + 1] == MASK
        if not in_quote and not m.possessive and not m.modifier:
            if first < 0:
                first = pos
                m.subject = True
            else:
                starts = _split(block)
                if seen_sentence < 0:
                    seen_sentence = bisect.bisect_right(starts, first) - 1
                si = bisect.bisect_right(starts, pos) - 1
                if si != seen_sentence:
                    m.subject = True
                    seen_sentence = si
        m.in_quote = in_quote
        out.append(m)
    _bind_pronouns(out, joined)
    return out


def _bind_pronouns(mentions: list[Mention], joined: str) -> None:
    """Gender from a pronoun bound to a person right after a mention: ``X, who lost her home``,
    or a subject followed by a sentence opening with ``She``/``His`` before anyone else is named
    (``Lindqvist, 54, works part time. She keeps a list``)."""
    for k, m in enumerate(mentions):
        if m.gender is not None or m.hint is not None or m.org or m.in_quote or m.possessive:
            continue  # known already (a given name is evidence enough), or not a person
        if not (m.subject or joined.startswith(", who", m.end)):
            continue
        bound = REFERENT_RE.match(joined, m.end, timeout=fuse(len(joined) - m.end))
        if bound is None:
            continue
        group = "rel" if bound.group("rel") else "next"
        if group == "next" and not m.subject:
            continue
        pronoun = bound.group(group)
        if k + 1 < len(mentions) and mentions[k + 1].start < bound.start(group):
            continue  # someone else is named first: the pronoun may be theirs
        m.gender = "f" if pronoun.casefold() in ("she", "her") else "m"


def _records(
    blocks: list[_Block],
    span: _Span,
    speaker: _Speaker | None,
    how: str | None,
    kind: str,
    source: str,
    entry: int,
) -> Iterator[Quote]:
    """One record per source piece of the quote (paragraph pieces, or lines that do not join)."""
    first = True
    unclosed = span.close_end is None
    for bi, a, b in span.pieces:
        block = blocks[bi]
        b = len(block.text) if b < 0 else b
        for line, start, text in _source_pieces(block, a, b):
            yield Quote(
                source=source,
                entry=entry,
                line=line,
                start=start,
                end=start + len(text),
                text=text,
                speaker=speaker.name if speaker else None,
                cue=speaker.cue if speaker else None,
                verb=speaker.verb if speaker else None,
                partial=kind == "partial",
                how=how if first else "continuation",
                speaker_text=speaker.text if speaker else None,
                kind=kind,
                unclosed=unclosed,
            )
            first = False


def _source_pieces(block: _Block, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """Map block offsets ``[a, b)`` (whitespace trimmed) to ``(line, source start, text)`` pieces."""
    text = block.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return
    li = bisect.bisect_right(block.starts, a) - 1
    cur_start = a
    while True:
        para = block.lines[li]
        line_end = block.starts[li] + len(para.text)
        nxt = li + 1
        joinable = (
            nxt < len(block.lines) and b > line_end and block.lines[nxt].start == para.end + 1
        )
        if b <= line_end or not joinable:
            piece_end = min(b, line_end)
            if piece_end > cur_start:
                yield (
                    block.lines[bisect.bisect_right(block.starts, cur_start) - 1].line,
                    _to_source(block, cur_start),
                    text[cur_start:piece_end],
                )
            if b <= line_end or nxt >= len(block.lines):
                return
            li = nxt
            cur_start = block.starts[li]
            continue
        li = nxt


def _to_source(block: _Block, pos: int) -> int:
    li = bisect.bisect_right(block.starts, pos) - 1
    return block.lines[li].start + pos - block.starts[li]


def extract_text(text: str, *, source: str = "-") -> list[Quote]:
    """Convenience: the whole text is one entry (``paragraphs_of(text)``).

    >>> [(q.text, q.speaker, q.how) for q in extract_text('“We will rebuild,” said Mayor Ann Lee.')]
    [('We will rebuild,', 'Ann Lee', 'after')]
    >>> extract_text('He called it a "')
    []
    """
    return list(extract(paragraphs_of(text), source=source))
