"""The installed ``newsx`` command as a real process: stdin, exit codes, errors, pipes, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from tests.installed import NEWSX, needs_newsx, newsx

ROOT = Path(__file__).resolve().parents[1]

pytestmark = needs_newsx

BLOG = "Crews cleared 12 roads before dawn.\nAnn Bo5 June 2025 04:08\n"


def test_stdin_to_jsonl_and_quiet_success() -> None:
    result = newsx("entries", stdin=BLOG)
    assert result.returncode == 0
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["published"] == "2025-06-05T04:08:00"
    assert record["source"] == "-"


def test_missing_file_exit_2_one_line(tmp_path: Path) -> None:
    result = newsx("quotes", str(tmp_path / "gone.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsx: ") and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exit_2() -> None:
    result = newsx("entries", "--bogus")
    assert result.returncode == 2
    assert "No such option" in result.stderr


def test_version() -> None:
    result = newsx("--version")
    assert (result.returncode, result.stdout.startswith("newsx ")) == (0, True)


def test_head_closes_pipe_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BLOG * 20000, encoding="utf-8")
    pipeline = f"'{NEWSX}' entries '{big}' | head -1; echo \"status=${{PIPESTATUS[0]}}\""
    result = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, timeout=120)
    lines = result.stdout.splitlines()
    assert json.loads(lines[0])["type"] == "entry"
    assert lines[-1] == "status=0"
    assert result.stderr == ""


def test_sigint_exits_130(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [NEWSX, "entries", str(fifo)],  # type: ignore[list-item]
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    writer = os.open(fifo, os.O_WRONLY)  # newsx is now blocked reading the FIFO
    os.write(writer, b"Some text.\n")
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    os.close(writer)
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_samples_run_clean() -> None:
    result = newsx("entries", "--format", "jsonl", str(ROOT / "samples"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert all(json.loads(line)["type"] == "entry" for line in result.stdout.splitlines())
