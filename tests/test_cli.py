"""The ``newsx`` command through Typer's ``CliRunner``: formats, fields, inputs, errors, exit codes.

stdout and stderr are asserted separately (typer ≥ 0.16 keeps them apart).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from extract import __version__

runner = CliRunner()

LIVE_BLOG = (
    "Flood barriers held overnight, the agency said.\n"
    "“We were lucky,” the river warden, Tom Ash, said.\n"
    "Ann Bo5 June 2025 04:20\n"
    "Crews cleared 12 roads before dawn.\n"
    "Ann Bo5 June 2025 04:08\n"
)

ARTICLE = (
    "Council approves new bridge\n"
    "By Jane Doe and John Roe, Reuters\n"
    "The council voted 7-2 on Tuesday to build the £30m bridge, its leader said.\n"
)


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    path = tmp_path / "blog.txt"
    path.write_text(LIVE_BLOG, encoding="utf-8")
    return path


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsx {__version__}"


@pytest.mark.parametrize("command", ["entries", "quotes", "numbers"])
def test_help_has_examples(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"newsx {command}" in result.stdout


def test_entries_jsonl_when_piped(blog: Path) -> None:
    result = runner.invoke(app, ["entries", str(blog)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    records = jsonl(result.stdout)
    assert [r["type"] for r in records] == ["entry", "entry"]
    assert [r["published"] for r in records] == ["2025-06-05T04:20:00", "2025-06-05T04:08:00"]
    assert list(records[0])[:6] == ["type", "source", "entry", "line", "start", "end"]
    assert records[0]["authors"] == ["Ann Bo"]


def test_offsets_point_into_the_source(blog: Path) -> None:
    source = blog.read_text(encoding="utf-8")
    result = runner.invoke(app, ["numbers", str(blog)])
    records = jsonl(result.stdout)
    assert records, result.stderr
    for record in records:
        assert source[record["start"] : record["end"]] == record["text"]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("jsonl", lambda out: len(jsonl(out)) == 2),
        ("json", lambda out: len(json.loads(out)) == 2),
        ("csv", lambda out: len(list(csv.reader(io.StringIO(out)))) == 3),
        ("table", lambda out: "Ann Bo" in out and "{" not in out),
    ],
    ids=["jsonl", "json", "csv", "table"],
)
def test_formats(blog: Path, fmt: str, check: object) -> None:
    result = runner.invoke(app, ["entries", "--format", fmt, str(blog)])
    assert result.exit_code == 0, result.stderr
    assert check(result.stdout)  # type: ignore[operator]


def test_fields_select_and_order(blog: Path) -> None:
    result = runner.invoke(app, ["entries", "--fields", "published,entry", str(blog)])
    assert result.exit_code == 0
    assert jsonl(result.stdout)[0] == {"published": "2025-06-05T04:20:00", "entry": 1}


def test_csv_header_follows_fields(blog: Path) -> None:
    result = runner.invoke(app, ["entries", "-f", "csv", "--fields", "entry,authors", str(blog)])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["entry", "authors"]
    assert rows[1] == ["1", '["Ann Bo"]']


def test_unknown_field_is_a_usage_error(blog: Path) -> None:
    result = runner.invoke(app, ["entries", "--fields", "published,bogus", str(blog)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown field(s) bogus" in result.stderr
    assert "valid fields:" in result.stderr


def test_table_cells_are_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He said it [sic] was fine [/b] and left.\n", encoding="utf-8")
    result = runner.invoke(app, ["entries", "-f", "table", "--fields", "text", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "[sic]" in result.stdout and "[/b]" in result.stdout


def test_stdin_dash() -> None:
    result = runner.invoke(app, ["entries", "-"], input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert records[0]["source"] == "-"
    assert records[0]["authors"] == ["Jane Doe", "John Roe"]
    assert records[0]["byline"]["org"] == "Reuters"


def test_no_paths_reads_piped_stdin() -> None:
    result = runner.invoke(app, ["quotes"], input="“Go,” she said.\n")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == 1 and records[0]["text"].startswith("Go")


def test_missing_file_is_reported_and_others_still_processed(blog: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["entries", str(missing), str(blog)])
    assert result.exit_code == 2
    assert len(jsonl(result.stdout)) == 2
    assert result.stderr.strip() == f"newsx: {missing}: no such file or directory"


def test_directory_recursion_sorted_and_glob(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second file text.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First file text.\n", encoding="utf-8")
    (tmp_path / "skip.md").write_text("Not read.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not read either.\n", encoding="utf-8")
    result = runner.invoke(app, ["entries", "--fields", "source", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    sources = [Path(r["source"]).name for r in jsonl(result.stdout)]
    assert sources == ["a.txt", "two.txt"]
    result = runner.invoke(app, ["entries", "--fields", "source", "--glob", "*.md", str(tmp_path)])
    assert [Path(r["source"]).name for r in jsonl(result.stdout)] == ["skip.md"]


def test_binary_file_named_is_an_error(tmp_path: Path, blog: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    result = runner.invoke(app, ["entries", str(binary), str(blog)])
    assert result.exit_code == 2
    assert "binary file skipped (NUL byte at offset 8); use --text" in result.stderr
    assert len(jsonl(result.stdout)) == 2


def test_binary_file_in_directory_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x01")
    (tmp_path / "y.txt").write_text("Text here.\n", encoding="utf-8")
    result = runner.invoke(app, ["entries", str(tmp_path)])
    assert result.exit_code == 0
    assert "binary file skipped" in result.stderr
    quiet = runner.invoke(app, ["entries", "-q", str(tmp_path)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("\x93We will stay,\x94 the mayor said.\n".encode("latin-1"))
    result = runner.invoke(app, ["quotes", str(path)])
    assert result.exit_code == 0
    assert "decoded as Windows-1252" in result.stderr
    assert jsonl(result.stdout)[0]["text"].startswith("We will stay")


def test_bom_is_dropped_and_offsets_count_characters(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe 17th floor.\n".encode())
    result = runner.invoke(app, ["numbers", str(path)])
    assert result.exit_code == 0 and result.stderr == ""
    record = jsonl(result.stdout)[0]
    assert record["text"].startswith("17th")
    assert "\ufeffThe 17th floor."[record["start"] : record["end"]] != record["text"]
    assert "The 17th floor."[record["start"] : record["end"]] == record["text"]


def test_invalid_utf8_after_utf8_text_is_one_error_with_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café opens.\n".encode() + b"Bad \x81 byte here.\n")
    result = runner.invoke(app, ["entries", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsx: {path}:2: invalid UTF-8 byte 0x81 at byte offset 17")
    assert "Bad \ufffd byte" in jsonl(result.stdout)[0]["text"]


def test_empty_file_gives_nothing_and_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["entries", str(path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_bad_option_values_exit_2(blog: Path) -> None:
    for args in (["--tz", "Mars/Olympus"], ["--date", "5 June"], ["--since", "yesterday"]):
        result = runner.invoke(app, ["entries", *args, str(blog)])
        assert result.exit_code == 2, args
        assert result.stderr.startswith("newsx: "), args
        assert result.stdout == ""


def test_since_until_half_open(blog: Path) -> None:
    result = runner.invoke(
        app, ["entries", "--since", "2025-06-05T04:08", "--until", "2025-06-05T04:20", str(blog)]
    )
    assert [r["published"] for r in jsonl(result.stdout)] == ["2025-06-05T04:08:00"]


def test_author_filter(blog: Path) -> None:
    assert jsonl(runner.invoke(app, ["entries", "--author", "ann", str(blog)]).stdout)
    assert not jsonl(runner.invoke(app, ["entries", "--author", "zed", str(blog)]).stdout)
