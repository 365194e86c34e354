"""Packaging: a non-editable install must ship the built-in YAML rules (``rules/`` is
installed as the package ``lint.builtin_rules``) and the ``newslint`` console script.

The wheel is built offline from a copy of the source tree (so the work tree gets no
build/ or egg-info litter) with the build tools already installed in the test
environment (``setuptools``, ``wheel``: see the ``test`` extra in pyproject.toml).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, src / name)
    for name in ("lint", "rules"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    dist = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "--no-index", "-q", "-w", str(dist), "."],
                          cwd=src, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [whl] = dist.glob("newslint-*.whl")
    return whl


def test_wheel_ships_every_builtin_rule(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = sorted(ROOT.glob("rules/*/*.yml"))
    assert rule_files, "no built-in rules in the source tree"
    for f in rule_files:
        assert f"lint/builtin_rules/{f.parent.name}/{f.name}" in names
    assert "lint/builtin_rules/__init__.py" in names
    for module in ("lint/cli.py", "lint/checks/existence.py", "lint/report/json_report.py"):
        assert module in names


def test_wheel_ships_the_generated_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "lint" / "data").iterdir()
                     if p.suffix in (".txt", ".json"))
    assert "lint/data/literal_screens.json" in shipped
    for name in shipped:
        assert name in names


def test_wheel_declares_the_console_script(wheel):
    with zipfile.ZipFile(wheel) as z:
        [ep] = [n for n in z.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = z.read(ep).decode()
    assert "[console_scripts]" in text and "newslint = lint.cli:main" in text


def test_installed_wheel_finds_its_rules_outside_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                           "-q", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    run = subprocess.run([sys.executable, "-m", "lint", "--no-config", "--select",
                          "Newslint.DuplicateHeadline", "--explain",
                          "Newslint.DuplicateHeadline"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    [file_line] = [ln for ln in run.stdout.splitlines() if ln.startswith("file: ")]
    rule_path = Path(file_line[len("file: "):])
    assert rule_path.is_relative_to(target), file_line
    assert rule_path.parent.parent.name == "builtin_rules"


def test_console_script_lists_rules_from_any_directory(tmp_path):
    script = Path(sys.prefix) / "bin" / "newslint"
    if not script.exists():
        pytest.skip(f"newslint is not installed into {sys.prefix} (pip install '.[test]')")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([str(script), "--no-config",
                           "--select", "Newslint.DuplicateHeadline,Newslint.DuplicateParagraph",
                           "--list-rules"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    ids = [ln.split()[0] for ln in proc.stdout.splitlines()]
    assert ids == ["RULE", "Newslint.DuplicateHeadline", "Newslint.DuplicateParagraph"]
