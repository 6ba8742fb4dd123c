"""The README keeps up with the code: every option, every record field, the two set-up commands."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from cli.main import app
from extract.records import Entry, Number, Quote

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _options() -> list[str]:
    command = typer.main.get_command(app)
    names: set[str] = set()
    for sub in command.commands.values():  # type: ignore[attr-defined]
        for param in sub.params:
            names.update(opt for opt in param.opts if opt.startswith("--"))
    return sorted(names - {"--help"})


@pytest.mark.parametrize("option", _options())
def test_every_option_is_documented(option: str) -> None:
    assert f"`{option}" in README or f", {option}" in README, f"{option} missing from README"


@pytest.mark.parametrize(
    ("kind", "field"),
    [(cls.KIND, name) for cls in (Entry, Quote, Number) for name in cls.FIELDS],
)
def test_every_record_field_is_documented(kind: str, field: str) -> None:
    assert f"| `{field}` |" in README, f"{kind} field {field!r} missing from the README schema"


def test_ci_runs_the_readme_test_command() -> None:
    command = [
        line for line in CI_RUN.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ][-1]
    assert command in README


def test_readme_has_no_placeholders() -> None:
    for marker in ("_SCHEMA", "_SECTION", "TODO", "TBD"):
        assert marker not in README, marker
