"""Hostile and odd inputs on the real installed command: encodings, binary files, FIFOs, line ends,
a 100 MB line, crafted near-miss lines; and a regex timeout reported as one error (issue 5)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from tests.installed import NEWSX, needs_newsx, newsx

ARTICLE = "Harbour talks resume\nBy Ines Calloway\nThe port authority said 40 cranes were idle.\n"


def entries_of(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


ENCODED_FROM_NEW = [
    ("utf8-bom", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), 0, ""),
    (
        "cp1252-smart-quotes",
        "Harbour talks resume\nBy Ines Calloway\n\u201cWe are idle,\u201d the port chief said.\n".encode(
            "cp1252"
        ),
        0,
        "decoded as Windows-1252",
    ),
]


@needs_newsx
@pytest.mark.parametrize(
    ("name", "data", "code", "warning"), ENCODED_FROM_NEW, ids=[c[0] for c in ENCODED_FROM_NEW]
)
def test_encodings_decode_to_utf8(
    tmp_path: Path, name: str, data: bytes, code: int, warning: str
) -> None:
    page = tmp_path / f"{name}.txt"
    page.write_bytes(data)
    result = newsx("entries", str(page))
    assert result.returncode == code
    assert (warning in result.stderr) if warning else result.stderr == ""
    (entry,) = entries_of(result.stdout)
    assert entry["authors"] == ["Ines Calloway"]
    assert "\ufeff" not in result.stdout and "\x93" not in result.stdout


@needs_newsx
def test_undecodable_byte_is_one_error_naming_the_byte_offset(tmp_path: Path) -> None:
    page = tmp_path / "bad.txt"
    # 0x81 is undefined in Windows-1252 too, after a UTF-8 line: no fallback can read it.
    page.write_bytes("Caf\u00e9 owners met.\n".encode() + b"Stalls \x81 closed.\n")
    result = newsx("entries", str(page))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"{page}:2:" in result.stderr and "byte offset 25" in result.stderr
    assert len(entries_of(result.stdout)) == 1  # the rest survives with U+FFFD


@needs_newsx
def test_binary_file_among_good_ones_exit_2_good_ones_processed(tmp_path: Path) -> None:
    good1, good2, blob = tmp_path / "a.txt", tmp_path / "c.txt", tmp_path / "b.txt"
    good1.write_text(ARTICLE, encoding="utf-8")
    good2.write_text(ARTICLE.replace("40", "41"), encoding="utf-8")
    blob.write_bytes(b"GIF89a\x00\x01" + b"\x00" * 64)
    result = newsx("entries", str(good1), str(blob), str(good2))
    assert result.returncode == 2
    assert [e["source"] for e in entries_of(result.stdout)] == [str(good1), str(good2)]
    assert result.stderr.count("\n") == 1 and "binary file skipped" in result.stderr
    # Met while recursing a directory: a warning only; --text forces reading.
    recursed = newsx("entries", str(tmp_path))
    assert recursed.returncode == 0 and "binary file skipped" in recursed.stderr
    assert newsx("entries", "--text", str(blob)).returncode == 0


@needs_newsx
def test_fifo_in_a_directory_is_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes to it: opening it would block forever
    result = newsx("entries", str(tmp_path), timeout=30)
    assert result.returncode == 0
    assert "pipe.txt: not a regular file, skipped" in result.stderr
    assert len(entries_of(result.stdout)) == 1


@needs_newsx
def test_empty_missing_and_good_files_together(tmp_path: Path) -> None:
    empty, good = tmp_path / "empty.txt", tmp_path / "good.txt"
    empty.write_bytes(b"")
    good.write_text(ARTICLE, encoding="utf-8")
    result = newsx("entries", str(empty), str(tmp_path / "gone.txt"), str(good))
    assert result.returncode == 2
    assert [e["source"] for e in entries_of(result.stdout)] == [str(good)]
    assert result.stderr.count("\n") == 1 and "gone.txt: no such file" in result.stderr


BLOG = (
    "Ferries resumed at dawn.\u00a0Crews counted 12 wrecks.\n"
    "\u200bPia Lenz5 June 2025 04:20\n"
    "\n"
    "The mayor said: \u201cWe will rebuild.\u201d\n"
    "Pia Lenz5 June 2025 04:08\n"
)


@needs_newsx
def test_crlf_gives_the_same_entries_as_lf_and_lone_cr_is_one_line(tmp_path: Path) -> None:
    lf, crlf, cr = tmp_path / "lf.txt", tmp_path / "crlf.txt", tmp_path / "cr.txt"
    lf.write_bytes(BLOG.encode())
    crlf.write_bytes(BLOG.replace("\n", "\r\n").encode())
    cr.write_bytes(BLOG.replace("\n", "\r").encode())
    keys = ("authors", "published", "text", "quotes")
    lf_entries = entries_of(newsx("entries", str(lf)).stdout)
    crlf_entries = entries_of(newsx("entries", str(crlf)).stdout)
    assert len(lf_entries) == 2
    assert [{k: e[k] for k in keys} for e in crlf_entries] == [
        {k: e[k] for k in keys} for e in lf_entries
    ]
    # Lines end at \n only (documented): a lone-CR file is one long line, read as one article.
    lone = newsx("entries", str(cr))
    assert lone.returncode == 0
    assert [e["line"] for e in entries_of(lone.stdout)] == [1]


# Near-miss lines that make a backtracking pattern try every split: stamps, bylines, captions,
# quotes and numbers shapes repeated with the closing piece missing.
CRAFTED_NEW = [
    ("stamp-digits", "1" * 5000 + ":" + "2" * 5000 + "x"),
    ("clock-runs", "12:30 " * 3000 + "BST?"),
    ("trailer-glue", "Ann Bo" * 2000 + "5 June 2025 04:2"),
    ("byline-and-chain", "By " + "Ann Bo and " * 1500 + ","),
    ("caption-slashes", "Crowds gather " + "/Getty" * 3000 + " (AFP"),
    ("quote-marks", "\u201c" * 4000 + "said Ann Bo" + "\u201d" * 10),
    ("number-digits", "1,000," * 4000 + "000.5.5%"),
    ("abbreviation-dots", "U.S." * 5000 + "x."),
    ("spaces-and-stops", ". " * 20000 + "A"),
]


@needs_newsx
@pytest.mark.parametrize(("name", "line"), CRAFTED_NEW, ids=[c[0] for c in CRAFTED_NEW])
def test_crafted_line_finishes_in_bounded_time(tmp_path: Path, name: str, line: str) -> None:
    page = tmp_path / f"{name}.txt"
    page.write_text(f"{line}\n{line}\nPia Lenz5 June 2025 04:08\n", encoding="utf-8")
    started = time.monotonic()
    result = newsx("entries", str(page), timeout=60)
    assert time.monotonic() - started < 20
    assert result.returncode == 0, result.stderr
    for entry in entries_of(result.stdout):
        assert isinstance(entry["text"], str)


def test_regex_timeout_is_one_error_naming_the_file_and_others_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern that does backtrack catastrophically (planted) trips its fuse: one error line."""
    from cli.main import app
    from extract import _limits, bylines

    evil = regex.compile(r"(?P<place>.*?(?:a|a)+)(?P<org>)$")  # exponential on a near miss
    monkeypatch.setattr(bylines, "DATELINE_RE", evil)
    monkeypatch.setattr(_limits, "MATCH_TIMEOUT", 0.2)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text("The pumps ran " + "a" * 60 + ".\n", encoding="utf-8")
    good.write_text("Ferries resumed.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["entries", "--jobs", "1", str(bad), str(good), "-f", "jsonl"])
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"newsx: {bad}") and "timed out" in errors[0]


@needs_newsx
def test_100_mb_single_line_is_processed_in_bounded_memory(tmp_path: Path) -> None:
    size = 100 * 1024 * 1024
    page = tmp_path / "one-line.txt"
    with open(page, "wb") as handle:
        handle.write(b"crews cleared the road " * (size // 23))
    started = time.monotonic()
    result = subprocess.run(
        [NEWSX, "quotes", str(page)],  # type: ignore[list-item]
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=300,
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 120
    # Bytes read, the decoded line and one working copy: a small multiple of the line, not 20x.
    assert peak < 5 * size
