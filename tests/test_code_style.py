"""The code itself passes the linter settings in pyproject.toml's [tool.ruff].

Import order, unused names and pyupgrade fixes drift the moment nobody checks them;
running ruff here makes the test command the one place that does.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing_in_the_project_code() -> None:
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "lint", "tests", "bench"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
