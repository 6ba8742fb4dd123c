"""The start-up cache of compiled patterns: same results as compiling, and never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from cli.regex_cache import PatternCache

PATTERN = r"(?P<n>\d++)\s(?P<unit>\L<units>)\b"
UNITS = ["homes", "trains", "flood warnings"]
TEXT = "About 140 homes and 62 trains; 23 flood warnings in force."


def _spans(pattern: regex.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m["unit"]) for m in pattern.finditer(TEXT)]


def test_a_saved_pattern_is_loaded_and_matches_the_same(tmp_path: Path) -> None:
    path = tmp_path / "regex.pickle"
    first = PatternCache(path)
    compiled = first.compile(PATTERN, regex.IGNORECASE, units=UNITS)
    first.save()
    assert path.exists()

    second = PatternCache(path)
    loaded = second.compile(PATTERN, regex.IGNORECASE, units=list(reversed(UNITS)))
    assert second.new == 0  # came from the file, named lists compared as sets
    assert (
        _spans(loaded)
        == _spans(compiled)
        == [
            (6, 15, "homes"),
            (20, 29, "trains"),
            (31, 48, "flood warnings"),
        ]
    )


@pytest.mark.parametrize(
    ("label", "change"),
    [
        ("other flags", {"flags": 0}),
        ("other named list", {"units": ["homes"]}),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_different_key_compiles_afresh(tmp_path: Path, label: str, change: dict) -> None:
    path = tmp_path / "regex.pickle"
    first = PatternCache(path)
    first.compile(PATTERN, regex.IGNORECASE, units=UNITS)
    first.save()
    args = {"flags": regex.IGNORECASE, "units": UNITS, **change}
    second = PatternCache(path)
    second.compile(PATTERN, args.pop("flags"), **args)
    assert second.new == 1, label


@pytest.mark.parametrize(
    "content", [b"", b"not a pickle", b"\x80\x05N."], ids=["empty", "garbage", "pickled None"]
)
def test_a_corrupt_file_means_compiling_as_usual(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.pickle"
    path.write_bytes(content)
    cache = PatternCache(path)
    assert _spans(cache.compile(PATTERN, units=UNITS))[0] == (6, 15, "homes")
    cache.save()  # replaced by a good file
    assert PatternCache(path).loaded


def test_an_unwritable_folder_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = PatternCache(blocker / "sub" / "regex.pickle")  # parent is a file: cannot create
    cache.compile(PATTERN, units=UNITS)
    cache.save()  # no exception


def test_errors_are_still_raised(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "regex.pickle")
    with pytest.raises(regex.error):
        cache.compile(r"(unbalanced")
    with pytest.raises(regex.error):
        cache.compile(r"\L<missing>")
