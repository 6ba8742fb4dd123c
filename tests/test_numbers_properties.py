"""Hypothesis properties of ``extract.numbers``: never raises, offsets slice to the text, digit-only
values round-trip, and time grows linearly with hostile input."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import numbers

# Text built from the characters and words numbers are made of, so the strategies hit the
# interesting paths (separators, signs, units, number words) rather than random letters.
_PIECES = st.sampled_from(
    [" ", "  ", ",", ".", "-", "–", "/", ":", "%", "£", "$", "€", "m", "bn", "km", "C", "th",
     "1", "12", "117", "1,200", "3.5", "2025", "one", "two", "hundred", "and", "a", "half",
     "quarter", "thirds", "second", "hour", "minutes", "of", "the", "people", "at least",
     "between", "to", "No", "Covid-", "aged", "per cent", "\u00a0", "−", "(", ")", "\n"]
)  # fmt: skip
NEWSY_TEXT = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    numbers.extract_text(text)


@settings(max_examples=200, deadline=None)
@given(NEWSY_TEXT)
def test_offsets_slice_to_text(text: str) -> None:
    for n in numbers.extract_text(text):
        assert text[n.start : n.end] == n.text
        assert n.start < n.end


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["ships", "homes", "staff"]))
def test_digit_values_round_trip(value: int, noun: str) -> None:
    grouped = f"{value:,}"
    found = numbers.extract_text(f"The fleet had {grouped} {noun} then.")
    assert [(n.value, n.counts) for n in found] == [(value, noun)]


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_decimal_values_round_trip(value: object) -> None:
    text = f"Prices rose by {value} points."
    found = numbers.extract_text(text)
    assert len(found) == 1
    assert abs(float(found[0].value or 0) - float(str(value))) < 1e-9


def _seconds(text: str) -> float:
    start = time.perf_counter()
    numbers.extract_text(text)
    return time.perf_counter() - start


def test_linear_time_on_hostile_input() -> None:
    # Long runs of the shapes that make regexes backtrack: digit groups, number words, hyphens.
    for unit in (
        "1,2" * 3 + " ",
        "one hundred and ",
        "1-",
        "a a ",
        "Covid-19-",
        "12 500 ",
        "a-b-",
        "+1 2 ",
        "aaaa@",
    ):
        small = _seconds(unit * 2_000)
        large = _seconds(unit * 8_000)
        assert large < max(small, 0.002) * 12, (unit, small, large)
