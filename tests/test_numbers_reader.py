"""Properties of the number reader's shortcuts: each cheap test stands in for a pattern or for
``Decimal`` arithmetic, and must give what the pattern or ``Decimal`` gives wherever it is used.

- ``_plain_digits`` / ``_plain_word``: the trigger itself is the match ``NUM_RE`` / ``WORDS_RE``
  would find (so no pattern runs);
- the gates (``_may_open_unit``, the ``*_TAILS`` tables, ``and_a_half``, ``_SCALE_TAIL_WORDS``,
  ``_LONGEST_GAP``): closed only where the pattern behind them cannot match;
- ``_noun_words``: the words ``NOUN_TAIL_RE`` takes where no ``of`` or determiner opens the tail;
- ``_scaled``, ``_times``: the value ``_num`` gives for the ``Decimal`` product;
- ``_fold``: same length, and an ASCII letter wherever ``IGNORECASE`` would match one;
- ``scan._word_end``: where ``TRIGGER_WORD_RE`` matches, without it when the neighbours are ASCII.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import _numbers_scan as scan
from extract import numbers

# Words joined by spaces, each with something glued after it half the time: the shapes the
# shortcuts rule out (glued letters and signs, space-grouped digits, runs of number words, units,
# qualifiers, case-fold traps ſ İ K) right next to the ones they take.
_CORES = st.sampled_from(
    ["1", "12", "117", "1,200", "3.5", "2025", "0800", "500", "one", "two", "twenty", "sixty",
     "hundred", "and", "point", "a", "half", "thirds", "hour", "of", "people", "per", "cent",
     "percent", "pc", "km", "miles", "mİles", "m", "p", "c", "at", "least", "about", "over",
     "aged", "minus", "miNus", "the", "Smith", "ſome", "Kg", "x", "ish", "(34", "June", "MM",
     "bn", "Million", "lakhs"]
)  # fmt: skip
_GLUED = st.sampled_from(
    ["", "", "", "", "%", "°", "m", "p", "ish", "-one", "-year", ",", ".", ")", "’s", "+",
     "\u00a0500", "\u00a0people", " 500", "-", "/2", ":30", "1", "ſ", "K", "_", "é"]
)  # fmt: skip
_TEXT = st.lists(st.tuples(_CORES, _GLUED).map("".join), min_size=1, max_size=12).map(" ".join)


def _key(m: regex.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), {k: v for k, v in m.groupdict().items() if v is not None}


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_plain_triggers_are_the_match_the_pattern_finds(text: str) -> None:
    text = numbers._plain_spaces(text)
    low = numbers._fold(text)
    for t, e, kind in scan.triggers(text):
        spaced = t > 0 and text[t - 1] == " "
        if kind == "d" and spaced and numbers._digit_fast(text, t, e):
            if numbers._plain_digits(text, t, e):
                m = numbers.NUM_RE.match(text, t, t + 400)
                assert _key(m) == ((t, e), {"num": text[t:e], "digits": text[t:e]}), text
        elif kind == "w" and spaced and numbers._word_fast(text, t, e) == "words":
            plain = numbers._plain_word(low, e)
            m = numbers.WORDS_RE.match(text, t, t + 400)
            assert not plain or _key(m) == ((t, e), {"words": text[t:e]}), text


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_gates_close_only_where_the_pattern_cannot_match(text: str) -> None:
    text = numbers._plain_spaces(text)
    reader = numbers._Reader(text, False)
    low = reader.low
    for pos in range(len(text) + 1):
        left = reader.left(pos)
        for pattern, tails in (
            (numbers.QUALIFIER_BEFORE_RE, numbers._QUALIFIER_TAILS),
            (numbers.AGED_BEFORE_RE, numbers._AGED_TAILS),
            (numbers.NAME_AGE_BEFORE_RE, numbers._NAME_AGE_TAILS),
            (numbers.ONE_IDIOM_BEFORE_RE, numbers._ONE_IDIOM_TAILS),
            (numbers.MINUS_BEFORE_RE, "minus "),
            (numbers.THE_BEFORE_RE, "the "),
        ):
            if pattern.search(left):
                assert reader.ends_before(pos, tails), (text, pos, pattern.pattern)
        if numbers.AND_A_HALF_RE.match(text, pos):
            assert reader.and_a_half(pos) is not None, (text, pos)
        unit = numbers.UNIT_TAIL_RE.match(text, pos)
        if unit is not None and not numbers._may_open_unit(text, low, pos):
            # Closed on a match only where the three-letter head rule (older than the word
            # gate, and kept: ``mİles`` reads as a noun) already said no.
            head = text[pos + (text[pos : pos + 1] == " ") :][:3].casefold()
            assert head not in numbers._UNIT_HEAD3, (text, pos)
            assert head[:2] not in numbers._UNIT_SHORT and head[:1] not in numbers._UNIT_SHORT


_DIGIT_RUNS = st.from_regex(r"\A(?:\d{1,3}(?:,\d{3}){0,4}|\d{1,20})(?:\.\d{1,12})?\Z")


@settings(max_examples=200, deadline=None)
@given(
    _DIGIT_RUNS,
    st.booleans(),
    st.sampled_from([1, 100, 1_000, 10**5, 10**6, 10**9, 10**12, 10**21]),
    st.sampled_from([1, 60, 3600, 86400, 1_209_600, numbers._CENT]),
)
def test_scaled_equals_the_decimal_product(
    raw: str, negative: bool, scale: int, factor: int | Decimal
) -> None:
    read = numbers._coefficient(raw)
    assert read is not None
    base = Decimal(raw.replace(",", ""))
    expected = numbers._num((-base if negative else base) * scale * factor)
    got = numbers._scaled(raw, *read, scale, factor, negative)
    assert got == expected and type(got) is type(expected), (raw, scale, factor)


@pytest.mark.parametrize(
    "raw",
    ["1234567890123456789012345678901", "0.1234567890123456789012345678", "99999999999999.99"],
    ids=["31-digits", "28-places", "cents-of-a-long-sum"],
)
def test_scaled_leaves_long_products_to_decimal(raw: str) -> None:
    read = numbers._coefficient(raw)
    assert read is not None
    for factor in (1, 3600, numbers._CENT):
        expected = numbers._num(Decimal(raw) * 10**6 * factor)
        assert numbers._scaled(raw, *read, 10**6, factor, False) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_fold_keeps_offsets_and_matches_ignorecase(text: str) -> None:
    low = numbers._fold(text)
    assert len(low) == len(text)
    for i, c in enumerate(text):
        for letter in "iks":
            if regex.fullmatch(letter, c, regex.IGNORECASE):
                assert low[i] == letter, (c, low[i])


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_word_end_is_where_the_trigger_word_pattern_ends(text: str) -> None:
    low = text.lower()
    if len(low) != len(text):
        return  # ``İ``: the scan lets the pattern find the words itself

    def letter(c: str) -> bool:
        return "a" <= c <= "z"

    # Where the scan asks: a trigger word that is a whole a-z run of the lower-cased text.
    for i in range(len(text)):
        for word in scan.TRIGGER_WORDS:
            j = i + len(word)
            if (
                low.startswith(word, i)
                and not letter(low[i - 1 : i])
                and not letter(low[j : j + 1])
            ):
                m = scan.TRIGGER_WORD_RE.match(text, i)
                expected = -1 if m is None else m.end()
                assert scan._word_end(text, i, i + len(word)) == expected, (text, i, word)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.integers(-(10**30), 10**30), st.decimals(-(10**6), 10**6, places=3)),
    st.sampled_from([1, 100, 10**6, 10**21]),
    st.sampled_from([1, 60, 604_800, numbers._CENT]),
)
def test_times_equals_the_decimal_product(value: int | Decimal, scale: int, factor: object) -> None:
    assert isinstance(factor, int | Decimal)
    expected = numbers._num(Decimal(value) * scale * factor)
    got = numbers._times(value, scale, factor)
    assert got == expected and type(got) is type(expected), (value, scale, factor)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_scale_gate_closes_only_where_the_scale_pattern_cannot_match(text: str) -> None:
    text = numbers._plain_spaces(text)
    low = numbers._fold(text)
    for pos in range(len(text)):
        if text[pos].isalpha():
            continue  # letters glued to the digits are read as such, not as a scale after them
        word = numbers._word_after(low, pos)
        if word.isalpha() and word not in numbers._SCALE_TAIL_WORDS:
            assert numbers.SCALE_TAIL_RE.match(text, pos) is None, (text, pos)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_noun_words_are_the_words_the_noun_pattern_takes(text: str) -> None:
    text = numbers._plain_spaces(text)
    low = numbers._fold(text)
    for pos in range(len(text) - 1):
        if text[pos] != " " or low.startswith(numbers._OF_OR_DETERMINER, pos + 1):
            continue
        tokens = numbers._noun_words(text, pos)
        if tokens is None:
            continue
        m = numbers.NOUN_TAIL_RE.match(text, pos)
        if m is None:
            assert tokens == [], (text, pos)
            continue
        assert m.group("partitive") is None and m.group("det") is None, (text, pos)
        words = m.group("words")[1:].split(" ")
        assert [t[0] for t in tokens] == words, (text, pos)
        assert all(text[s:e] == w for w, s, e in tokens)


_GAP_PIECES = st.sampled_from([" ", "-", "–", "—", "to", "and", "or", "about", "around", ",", "x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=9).map("".join))
def test_range_gaps_are_no_longer_than_the_join_reads(gap: str) -> None:
    if numbers.RANGE_GAP_RE.match(gap):
        assert len(gap) <= numbers._LONGEST_GAP, gap


@pytest.mark.parametrize("gap", [" and around ", " or about ", " - ", " and "])
def test_longest_range_gaps_join(gap: str) -> None:
    assert numbers.RANGE_GAP_RE.match(gap) and len(gap) <= numbers._LONGEST_GAP
