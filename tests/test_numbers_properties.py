"""Hypothesis properties of ``extract.numbers``: never raises, offsets slice to the text, digit-only
values round-trip, and time grows linearly with hostile input."""

from __future__ import annotations

import time

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import _numbers_scan as scan
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


# Pieces that open or nearly open the branches the fast paths rule out (dates, times, ratios,
# fractions, phone numbers, designators, named numbers, identifiers).
_NEAR_MISSES = st.sampled_from(
    [" ", "  ", ",", ".", "-", "–", "/", ":", "%", "£", "$", "1", "12", "117", "1,200", "3.5",
     "2025", "0800", "one", "two", "hundred", "a", "half", "thirds", "second", "hour", "of",
     "in", "out", "June", "pm", "a.m.", "o'clock", "GMT", "page", "Day", "day", "year", "First",
     "Minister", "five", "Eyes", "½", "@", "x", "-3", "/2", "people", "\u00a0"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_NEAR_MISSES, min_size=1, max_size=16).map("".join))
def test_fast_paths_equal_the_full_pattern(text: str) -> None:
    # Wherever a fast path is taken, the branch alone must find what the full pattern finds.
    def key(m: regex.Match[str] | None) -> object:
        if m is None:
            return None
        return m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}

    for t, e, kind in scan.triggers(text):
        end = min(len(text), t + 400)
        if kind == "d" and t > 0 and text[t - 1] == " " and numbers._digit_fast(text, t, e):
            fast = numbers.NUM_RE.match(text, t, end)
            assert key(fast) == key(numbers.CANDIDATE_DIGIT_RE.match(text, t, end)), text
        elif kind == "w" and (t == 0 or text[t - 1] == " "):
            how = numbers._word_fast(text, t, e)
            full = numbers.CANDIDATE_LETTER_RE.match(text, t, end)
            if how == "none":
                assert full is None, text
            elif how == "words":
                assert key(numbers.WORDS_RE.match(text, t, end)) == key(full), text


@settings(max_examples=100, deadline=None)
@given(NEWSY_TEXT)
def test_triggers_are_every_whole_number_word_digit_run_and_sign(text: str) -> None:
    words = {m.span() for m in scan.TRIGGER_WORD_RE.finditer(text)}
    digits = {m.span() for m in scan.TRIGGER_DIGITS_RE.finditer(text)}
    signs = {(i, i + 1) for i, c in enumerate(text) if c in scan.TRIGGER_SIGNS}
    got = scan.triggers(text)
    assert [t[:2] for t in got] == sorted(words | digits | signs)


def test_windows_and_batches_find_the_same_triggers() -> None:
    # A line longer than a window is scanned in windows; short lines in joined batches.
    line = "Some 1,200 homes, two-thirds of them, lost power for a day; £30m, www.x.org/2 one. "
    long_line = line * (3 * scan.WINDOW // len(line))
    assert list(scan.iter_triggers(long_line)) == [
        (t + k * len(line), e + k * len(line), kind)
        for k in range(len(long_line) // len(line))
        for t, e, kind in scan.triggers(line)
    ]
    texts = [line, "No number.", line, long_line, line]
    got = dict(scan.triggered(texts))
    assert got == {0: scan.triggers(line), 2: scan.triggers(line), 3: None, 4: scan.triggers(line)}
