"""Where a number can start: the cheap first pass of ``extract.numbers``.

A *trigger* is a digit run, a money sign, a vulgar fraction or a number word (``seven``, ``half``,
``hundreds``, and ``hour`` and friends, which open ``an hour and a half``). The expensive
candidate patterns run only at triggers, so this pass decides the extractor's floor speed. It is
done almost entirely in C:

- digits and signs with one small ``finditer`` (~80 MB/s);
- number words by *which* words occur (the window lower-cased, encoded, every byte but ``a-z``
  translated to a space, ``split``, set intersection: ~300 MB/s), then *where* with ``str.find``,
  each hit confirmed a whole word (``_word_end``: no word character on either side).

Text is read in windows of at most ``WINDOW`` characters, cut at a space, so the per-character
state (the lower-cased copy, its tokens) stays bounded on a 100 MB line. Short paragraphs are
scanned in batches joined by ``\\n`` (no trigger crosses a line end), and only paragraphs with a
trigger go on to the candidate patterns.

>>> triggers("Two of the 3 sites: www.x.org")
[(0, 3, 'w'), (11, 12, 'd'), (20, 29, 'u')]
>>> triggers("No number here.")
[]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

import regex

from extract import _numbers_data as data
from extract._limits import fuse

#: Longest stretch of text scanned at once (the lower-cased copy and its tokens are this size).
WINDOW = 2048

#: Number words and the duration words of ``an hour and a half``: a number can start at them.
TRIGGER_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            *data.UNITS,
            *data.TENS,
            *data.SCALES,
            "dozen",
            *data.ORDINALS,
            *data.VAGUE_WORDS,
            *data.FRACTION_WORDS,
            *("half", "hour", "minute", "day", "week", "month", "year", "fortnight", "decade"),
        },
        key=len,
        reverse=True,
    )
)
_TRIGGER_WORD_BYTES = frozenset(w.encode("ascii") for w in TRIGGER_WORDS)
#: Longest trigger word: how far a window's word search reads past the window's end.
_LONGEST_WORD = max(map(len, TRIGGER_WORDS))
# Every byte but a-z becomes a space: the number words are plain ASCII letters, so each one
# written as a whole word is then exactly one token (its neighbours, ASCII or not, are spaces).
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))

TRIGGER_WORD_RE = regex.compile(
    r"\b(?:\L<words>)\b   # a number word, whole",
    regex.VERBOSE | regex.IGNORECASE,
    words=TRIGGER_WORDS,
)
# Digits, apart from signs and URLs: a pattern that opens with ``\d`` scans at ~200 MB/s, one that
# opens with an alternation of classes at a third of that.
TRIGGER_DIGITS_RE = regex.compile(
    r"\d++(?:[,.:/]\d++)*+   # 117 / 1,200 / 04:20 / 9/11: one trigger",
    regex.VERBOSE,
)
#: Signs and fractions a number can start at (found with ``str.find``: they are rare).
TRIGGER_SIGNS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞$£€¥₹₴₽₩₦₺₪"
URL_RE = regex.compile(r"(?:https?://|www\.)\S++   # URLs: skipped whole", regex.VERBOSE | regex.I)


#: A trigger: ``(start, end, kind)``, kind ``d`` (a digit run, ``1,200``), ``o`` (a sign or a
#: vulgar fraction), ``w`` (a number word) or ``u`` (a URL, to skip whole).
Trigger = tuple[int, int, str]


def _word_end(text: str, i: int, j: int) -> int:
    """Where ``TRIGGER_WORD_RE`` matches at ``i``, given that ``text[i:j]`` lower-cases to a trigger
    word; -1 when it does not. With plain ASCII on both sides no regex is needed: the word is
    whole when neither neighbour is a word character (``\\b``), and no longer trigger word can
    match, since all are ASCII letters and would have to run on through the neighbour.

    >>> _word_end("sixty-one", 0, 5), _word_end("sixty", 0, 3), _word_end("(six)", 1, 4)
    (5, -1, 4)
    """
    before = text[i - 1 : i]
    after = text[j : j + 1]
    if before.isascii() and after.isascii():  # ``""`` past either end too
        if before.isalnum() or before == "_" or after.isalnum() or after == "_":
            return -1
        return j
    m = TRIGGER_WORD_RE.match(text, i)  # ``thousandſ``: ``ſ`` matches ``s`` under IGNORECASE
    return -1 if m is None else m.end()


def _window_triggers(text: str, a: int, b: int) -> list[Trigger]:
    """Triggers starting in ``text[a:b]`` (``b`` at a space or the end), in order."""
    low = text[a : b + _LONGEST_WORD].lower()
    # A window is at most ``WINDOW`` characters and the digit pattern is linear (possessive, one
    # run per iteration): like the line-shape tests, it needs no fuse, which would double its cost.
    hits = [(*m.span(), "d") for m in TRIGGER_DIGITS_RE.finditer(text, a, b)]
    for sign in TRIGGER_SIGNS:
        i = text.find(sign, a, b)
        while i >= 0:
            hits.append((i, i + 1, "o"))
            i = text.find(sign, i + 1, b)
    urls: list[Trigger] = []
    if "://" in low or "www." in low:
        urls = [(*m.span(), "u") for m in URL_RE.finditer(text, a, b, timeout=fuse(b - a))]
        # Digits and signs inside a URL are part of it (``www.x.org/2025``).
        hits = [h for h in hits if not any(s <= h[0] < e for s, e, _ in urls)]
        hits.extend(urls)
    found = _TRIGGER_WORD_BYTES.intersection(low.encode().translate(_LETTERS_ONLY).split())
    if not found:
        if len(hits) > 1:
            hits.sort()
        return hits
    at: dict[int, int] = {}  # start -> end of each number word
    if len(low) != min(b + _LONGEST_WORD, len(text)) - a:
        # Lower-casing moved the offsets (``İ``): let the regex find the words.
        at.update(m.span() for m in TRIGGER_WORD_RE.finditer(text, a, b, timeout=fuse(b - a)))
    else:
        size = b - a
        for raw in found:
            word = raw.decode()
            n = len(word)
            i = low.find(word, 0, size + n)
            while 0 <= i < size:
                if a + i not in at and (end := _word_end(text, a + i, a + i + n)) >= 0:
                    at[a + i] = end
                i = low.find(word, i + 1, size + n)
    for start, url_end, _ in urls:  # words inside a URL are part of it (``www.one.com``)
        for i in [i for i in at if start <= i < url_end]:
            del at[i]
    hits.extend((i, e, "w") for i, e in at.items())
    hits.sort()
    return hits


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text``, each cut just after a space."""
    n = len(text)
    a = 0
    while a < n:
        b = a + WINDOW
        if b >= n:
            yield a, n
            return
        cut = text.rfind(" ", a + WINDOW // 2, b)
        b = cut + 1 if cut >= 0 else b
        yield a, b
        a = b


def triggers(text: str) -> list[Trigger]:
    """Where a number can start in ``text``, in order (see ``Trigger``).

    >>> triggers("One, two-thirds; 1,200 at £5")
    [(0, 3, 'w'), (5, 8, 'w'), (9, 15, 'w'), (17, 22, 'd'), (26, 27, 'o'), (27, 28, 'd')]
    """
    return [hit for a, b in _windows(text) for hit in _window_triggers(text, a, b)]


def iter_triggers(text: str) -> Iterator[Trigger]:
    """``triggers(text)`` read lazily, one window at a time (bounded memory on a long line).

    >>> list(iter_triggers("seven ships")), list(iter_triggers("Ships sank."))
    ([(0, 5, 'w')], [])
    """
    for a, b in _windows(text):
        yield from _window_triggers(text, a, b)


def triggered(texts: Sequence[str]) -> Iterator[tuple[int, list[Trigger] | None]]:
    """For each text of ``texts`` with a trigger: ``(its index, its triggers)``, in order.

    Short texts are scanned in batches (joined by ``\\n``, at most ``WINDOW`` characters); a
    text longer than a window comes with ``None``: read it with ``iter_triggers``.

    >>> list(triggered(["No digits.", "Then 117 boats.", "x" * (WINDOW + 1)]))
    [(1, [(5, 8, 'd')]), (2, None)]
    """
    batch: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        if len(text) > WINDOW:
            yield from _batch_triggers(texts, batch)
            batch, size = [], 0
            yield i, None
            continue
        if size + len(text) > WINDOW:
            yield from _batch_triggers(texts, batch)
            batch, size = [], 0
        batch.append(i)
        size += len(text) + 1
    yield from _batch_triggers(texts, batch)


def _batch_triggers(
    texts: Sequence[str], batch: list[int]
) -> Iterator[tuple[int, list[Trigger] | None]]:
    """Scan the texts numbered ``batch`` as one string; hand each its own triggers."""
    if not batch:
        return
    joined = "\n".join(texts[i] for i in batch)
    hits = _window_triggers(joined, 0, len(joined))
    if not hits:
        return
    starts = [hit[0] for hit in hits]
    n = len(hits)
    k = 0
    offset = 0
    for i in batch:
        end = offset + len(texts[i])
        j = bisect_left(starts, end, k)  # the hits before the text's end are its own
        if j > k:
            if offset:
                yield i, [(t - offset, e - offset, kind) for t, e, kind in hits[k:j]]
            else:
                yield i, hits[k:j]
            if j == n:
                return
            k = j
        offset = end + 1
