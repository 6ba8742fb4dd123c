"""Property tests for ``extract.quotes``: it never raises, offsets always slice the source, and the
time it takes grows linearly with the text, whatever marks and cue words the text is made of."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import quotes
from extract.records import paragraphs_of

# Pieces that exercise every branch: every mark family, apostrophe shapes, cue words, names,
# titles, pronouns, punctuation and paragraph breaks.
PIECES = [
    "“", "”", '"', "'", "‘", "’", "„", "«", "»", "``", "''", "「", "」", "′", "″",
    " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", " - ", "?", "!",
    "said", "says", "told reporters", "added", "warned that", "according to", "so-called",
    "he", "she", "they", "the mayor", "officials", "Mr", "Ms", "President", "Ann Bo", "Tom Hale",
    "Police", "Kyiv’s", "’90s", "rock ’n’ roll", "Joneses’", "don't", "it’s", "x", "We won",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_never_raises_and_offsets_slice(text: str) -> None:
    got = quotes.extract_text(text)
    lines = {p.line for p in paragraphs_of(text)}
    for q in got:
        assert text[q.start : q.end] == q.text
        assert q.text and q.text == q.text.strip()
        assert q.line in lines
        assert q.kind in ("full", "partial", "scare")
    starts = [q.start for q in got]
    assert starts == sorted(starts)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for q in quotes.extract_text(text):
        assert text[q.start : q.end] == q.text


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        quotes.extract_text(text)
        best = min(best, time.perf_counter() - t0)
    return best


HOSTILE = [
    "“" * 2000,  # openers that never close
    '"' * 2000,  # straight marks only
    "‘Joneses’ " * 400,  # possessives inside an open single quote
    "“a” " * 800,  # many tiny quotes in one giant sentence
    "Ann Bo said “x” and Tom Hale said “y”, " * 200,  # many cues and names in one sentence
    "Mr A B C D E F G H said " * 200,  # long capitalised runs
    "According to Mr X, " * 300 + "“y”",  # a long lead of cues
    "“" + "word, " * 3000,  # an unclosed quote over a long paragraph
    # thousands of cued sentences in one paragraph (a per-quote slice of the paragraph made
    # these quadratic: 16,000 sentences took 5 s instead of 0.8 s)
    "Ann Bo said: “We will stay.” " * 1500,
    "Mr Doe told reporters “no” and the mayor, Tom Ash, said “maybe”. " * 600,
]


def test_time_grows_linearly_on_hostile_text() -> None:
    for unit in HOSTILE:
        small = _seconds(unit)
        large = _seconds(unit * 4)
        # four times the text may take at most about four times as long (generous for noise)
        assert large <= 10 * small + 0.01, (unit[:20], small, large)
