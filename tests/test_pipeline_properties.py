"""Whole-pipeline properties over generated news-shaped text (issue 5): no exception, offsets slice
to the text, entries in order and disjoint, every non-blank line accounted for, CLI output valid
JSON Lines."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.main import app
from extract import chrome
from extract.entries import extract_text

NAMES = ["Pia Lenz", "Tom Avery", "Nell Okafor", "Ines Calloway"]
WORDS = ["crews", "the", "pumps", "said", "mayor", "Harbour", "12", "4.5%", "£3m", "at least six"]
MARKS = ["\u201c", "\u201d", '"', "\u2018", "\u2019", "'"]
ODD = ["\u00a0", "\u200b", "\r", "\t", "\ufeff", "  "]

trailer = st.builds(
    lambda name, day, h, m: f"{name}{day} June 2025 {h:02d}:{m:02d}",
    st.sampled_from(NAMES),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
)
clock = st.builds(lambda h, m: f"{h}.{m:02d}am BST", st.integers(1, 12), st.integers(0, 59))
byline = st.builds(lambda name: f"By {name}", st.sampled_from(NAMES))
caption = st.builds(lambda w: f"Crews at the {w} depot (AFP/Getty)", st.sampled_from(WORDS))
chrome_line = st.sampled_from(["Share", "Show key events only", "Key Points", "Summary"])
sentence = st.builds(
    lambda words, mark1, mark2, end: (
        f"{mark1}{' '.join(words).capitalize()}{end}{mark2} said Pia Lenz."
    ),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from([".", ",", "", "!"]),
)
odd_text = st.builds(
    lambda a, odd, b: f"{a}{odd}{b}",
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(max_size=30),
)
line = st.one_of(
    trailer,
    clock,
    byline,
    caption,
    chrome_line,
    sentence,
    odd_text,
    st.just(""),
    st.text(max_size=60),
)
document = st.lists(line, max_size=30).map(lambda lines: "\n".join(lines))

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _blank(text: str) -> bool:
    return not text.strip(
        " \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff\u2007\u202f\u2009\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
    )


@SETTINGS
@given(document)
def test_entries_slice_cover_and_never_overlap(text: str) -> None:
    entries = extract_text(text)
    claimed: dict[int, int] = {}
    previous_end = -1
    for entry in entries:
        assert entry.start >= previous_end  # in order, no overlap
        previous_end = entry.end
        for paragraph in entry.paragraphs:
            assert text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text
        for record in [*entry.quotes, *entry.numbers]:
            assert text[record.start : record.end] == record.text
        for number in entry.line_roles:
            assert number not in claimed, (
                f"line {number} in entries {claimed[number]} and {entry.entry}"
            )
            claimed[number] = entry.entry
    in_block = False  # the bullets under "Key Points" (up to a blank line) are chrome too
    for number, raw in enumerate(text.split("\n"), start=1):
        line = " ".join(raw.replace("\u00a0", " ").split())
        if _blank(raw):
            in_block = False
            continue
        if number in claimed:
            in_block = False
            continue
        # A line no entry holds must be page chrome, a closing line, or a chrome-block bullet.
        kind = chrome.line_kind(line)
        assert kind is not None or in_block, (number, raw)
        in_block = in_block or (kind == "chrome" and chrome.opens_chrome_block(line))


@SETTINGS
@given(document)
def test_cli_output_is_valid_json_lines(text: str) -> None:
    result = CliRunner().invoke(app, ["entries", "-", "--text", "--format", "jsonl"], input=text)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" or result.stdout.endswith("\n")
    for row in result.stdout.split("\n")[:-1]:  # JSON Lines ends records with \n only
        record = json.loads(row)
        assert record["type"] == "entry" and record["source"] == "-"


def test_output_survives_splitlines_readers() -> None:
    result = CliRunner().invoke(app, ["entries", "-", "--format", "jsonl"], input="0\x850\n")
    assert [json.loads(row)["type"] for row in result.stdout.splitlines()] == ["entry"]
