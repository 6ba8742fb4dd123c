"""The installed ``newsx`` command, for tests that run it as a real process.

It is looked up beside the running Python first (the project's virtual environment), then on PATH;
tests that need it are skipped with ``needs_newsx`` when it is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NEWSX = shutil.which("newsx", path=str(Path(sys.executable).parent)) or shutil.which("newsx")

needs_newsx = pytest.mark.skipif(NEWSX is None, reason="newsx is not installed in this environment")


def newsx(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``newsx ARGS`` with ``stdin`` as input; colour off, output captured as text."""
    return subprocess.run(
        [NEWSX, *args],  # type: ignore[list-item]
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "NO_COLOR": "1"},
    )
