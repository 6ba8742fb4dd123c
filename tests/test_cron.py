"""Cron runs on the real installed command: ``--state`` emits each entry once, re-emits edits with
their revision, survives SIGKILL, refuses a corrupt state and a held lock (issue 5)."""

from __future__ import annotations

import fcntl
import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.installed import NEWSX, needs_newsx, newsx

pytestmark = needs_newsx


def post(n: int, body: str | None = None) -> str:
    """One trailer-layout post: its body, then the author glued to the time (newest first)."""
    hour, minute = divmod(n, 60)
    text = body or f"Update {n}: crews on the east bank moved {n + 3} pumps to the flooded depot."
    return f"{text}\nNell Okafor{1 + hour // 24} March 2025 {hour % 24:02d}:{minute:02d}\n"


def blog(posts: range) -> str:
    """A live blog holding ``posts``, newest first, as scrapers save it."""
    return "".join(post(n) for n in reversed(posts))


def records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def run_state(path: Path, state: Path, *extra: str) -> list[dict[str, object]]:
    result = newsx("entries", "--state", str(state), *extra, str(path))
    assert (result.returncode, result.stderr) == (0, "")
    return records(result.stdout)


def test_growing_blog_emits_everything_then_only_new_posts(tmp_path: Path) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 6)), encoding="utf-8")
    first = run_state(page, state)
    assert len(first) == 5 and {r["revision"] for r in first} == {1}

    page.write_text(blog(range(1, 8)), encoding="utf-8")  # the scraper rewrote it: two new posts
    second = run_state(page, state)
    assert [r["text"] for r in second] == [
        "Update 7: crews on the east bank moved 10 pumps to the flooded depot.",
        "Update 6: crews on the east bank moved 9 pumps to the flooded depot.",
    ]
    assert {r["id"] for r in second}.isdisjoint(r["id"] for r in first)
    assert run_state(page, state) == []  # nothing new: nothing emitted, exit 0, no stderr


def test_edited_post_is_emitted_again_with_its_revision(tmp_path: Path) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 4)), encoding="utf-8")
    first = run_state(page, state)
    original = next(r for r in first if "Update 2:" in str(r["text"]))
    # A correction late in the post keeps its stable id (stamp + first words): an edit.
    edited = post(2, "Update 2: crews on the east bank moved 5 pumps to the flooded depot by noon.")
    page.write_text(post(3) + edited + post(1), encoding="utf-8")
    again = run_state(page, state)
    assert [(r["id"], r["revision"]) for r in again] == [(original["id"], 2)]
    assert str(again[0]["text"]).endswith("by noon.")
    page.write_text(post(3) + edited.replace("by noon", "by dusk") + post(1), encoding="utf-8")
    assert [r["revision"] for r in run_state(page, state)] == [3]
    assert run_state(page, state) == []


def test_dry_run_shows_new_entries_and_keeps_the_state(tmp_path: Path) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 3)), encoding="utf-8")
    run_state(page, state)
    before = state.read_bytes()
    page.write_text(blog(range(1, 4)), encoding="utf-8")
    assert len(run_state(page, state, "--dry-run")) == 1
    assert state.read_bytes() == before
    assert len(run_state(page, state)) == 1  # the real run still emits it


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"newsx_state": 1, "command": "entries", "sour', "corrupt state file"),
        ('{"cursor": 42}', "not a newsx state file"),
        ('{"newsx_state": 1, "command": "quotes", "sources": {}}', "belongs to `newsx quotes`"),
        ("\x00\x01binary", "corrupt state file"),
    ],
    ids=["truncated-json", "foreign-json", "other-command", "binary-garbage"],
)
def test_corrupt_or_foreign_state_is_exit_2_never_a_reset(
    tmp_path: Path, content: str, message: str
) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 3)), encoding="utf-8")
    state.write_text(content, encoding="utf-8")
    result = newsx("entries", "--state", str(state), str(page))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert state.read_text(encoding="utf-8") == content  # left as found, for a human to look at


def test_concurrent_run_exits_75_and_wait_blocks_until_release(tmp_path: Path) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 3)), encoding="utf-8")
    with open(tmp_path / "state.json.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another run holds it
        result = newsx("entries", "--state", str(state), str(page))
        assert result.returncode == 75
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "locked by another newsx run" in result.stderr
        assert not state.exists()

        waiting = subprocess.Popen(
            [NEWSX, "entries", "--state", str(state), "--wait", str(page)],  # type: ignore[list-item]
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.0)
        assert waiting.poll() is None  # blocked on the lock, not failed
    out, err = waiting.communicate(timeout=60)  # lock released when the with-block closed it
    assert (waiting.returncode, err) == (0, "")
    assert len(records(out)) == 2


def test_sigkill_mid_run_then_clean_rerun_emits_everything_once(tmp_path: Path) -> None:
    page, state = tmp_path / "blog.txt", tmp_path / "state.json"
    page.write_text(blog(range(1, 4)), encoding="utf-8")
    first = run_state(page, state)
    committed = state.read_bytes()

    page.write_text(blog(range(1, 12001)), encoding="utf-8")  # a big rewrite: ~1 MB, 12000 posts
    proc = subprocess.Popen(
        [NEWSX, "entries", "--state", str(state), "--line-buffered", str(page)],  # type: ignore[list-item]
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    for _ in range(50):  # let it write some records: killed in the middle of its output
        assert proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert state.read_bytes() == committed  # the previous state, whole: nothing marked emitted
    json.loads(committed)

    rerun = run_state(page, state)
    ids = [r["id"] for r in rerun]
    assert len(ids) == len(set(ids)) == 12000 - 3  # every new post, each exactly once
    assert set(ids).isdisjoint(r["id"] for r in first)
    assert run_state(page, state) == []
    assert not list(tmp_path.glob(".state.json.*.tmp"))  # no temporary files left behind
