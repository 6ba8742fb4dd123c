"""Sentence spans inside one paragraph, including sentences glued by copy-paste.

News copied from web pages loses the space between paragraphs (``officials said.Kharkiv mayor``),
so a full stop between a lower-case word and a capitalised one ends a sentence even without a
space. Abbreviations (``Mr.``, ``U.S.``, ``No.``) and decimals (``3.5``) never do.

>>> text = "The wounded include two children, officials said.Local mayor Ann Bo said it."
>>> [text[s:e] for s, e in sentence_spans(text)]
['The wounded include two children, officials said.', 'Local mayor Ann Bo said it.']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from extract._limits import fuse

# Words that take a full stop without ending a sentence. Keep lower-case; compared case-folded.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr rev gen col lt sgt capt cpt maj adm gov sen rep hon pres
    det insp supt cllr coun fr gda cpl pte cmdr brig supt sup ald atty
    no nos vs v etc inc ltd co corp dept univ fig approx est jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft u.s u.k u.n e.g i.e a.m p.m op cf al ave blvd rd
    """.split()
)

# A sentence ends at terminal punctuation, optionally followed by closing quotes or brackets, then
# either white space + an opening character (capital, digit, quote) or — the glue case — directly a
# capitalised word after a lower-case letter (``said.Kharkiv``).
_BOUNDARY_RE = regex.compile(
    r"""
    (?P<stop>[.!?…]+)                     # terminal punctuation
    (?P<close>["”’'»)\]]*+)               # closing quotes or brackets stay with the sentence
    (?:
        (?P<space>\s++)                   # ordinary case: white space …
        (?=[\p{Lu}\p{N}"“‘'«(\[])         # … then something that can open a sentence
      |
        (?<=\p{Ll}{2}[.!?])               # glue case: lower-case word, stop, no space …
        (?=\p{Lu}\p{Ll})                  # … then a capitalised word
    )
    """,
    regex.VERBOSE,
)

# The word just before a full stop, to test it against ABBREVIATIONS (``U.S`` keeps inner dots).
# Characters that may stand before the word a full stop follows: "(Mr.", "“Dr.".
_OPENERS = "\"'“‘«([{"
#: How far back from a full stop that word is looked for. Searching from the paragraph's start
#: instead made every stop cost the whole paragraph so far: quadratic, 58 s on a 128 KB line.
#: Every abbreviation is far shorter, so a longer word cut by the window never matches one.
_LAST_WORD_WINDOW = 32


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` for each sentence of ``text`` (offsets into ``text``).

    >>> list(sentence_spans("Mr. Doe left. He said: “Bye.” Then silence"))
    [(0, 13), (14, 29), (30, 42)]
    >>> list(sentence_spans(""))
    []
    """
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    # One search per boundary rather than one finditer: finditer's timeout would also count the
    # caller's work between sentences, so a long harmless paragraph could trip it.
    pos = start
    while (m := _BOUNDARY_RE.search(text, pos, timeout=fuse(n - pos))) is not None:
        pos = m.end()
        if m.start() < start:
            continue
        if m.group("stop") == "." and not m.group("close"):
            # The word before the stop, from a bounded window with str methods (no regex call):
            # abbreviations and single initials ("J. Smith") do not end a sentence.
            window = text[max(0, m.start() - _LAST_WORD_WINDOW) : m.start()].rsplit(None, 1)
            token = window[-1].lstrip(_OPENERS) if window else ""
            if token.casefold() in ABBREVIATIONS or (len(token) == 1 and token.isupper()):
                continue
        end = m.end("close")
        if end > start:
            yield (start, end)
        start = m.end()
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield (start, end)
