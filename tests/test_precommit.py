"""The pre-commit hook, run by the real ``pre-commit`` tool.

``pre-commit try-repo`` clones the hook repository at a commit and pip-installs
it into a fresh environment, exactly as a user's ``repo:``/``rev:`` entry does.
It only sees committed files (and, for a dirty checkout, tracked changes), so
the test copies the package sources into a temporary git repository and
commits them there; the project's own git state is never touched.

Needs git, pre-commit and pip access to the package index (this machine's pip
configuration); takes about half a minute per run. Set NEWSLINT_SKIP_PRECOMMIT=1
to skip it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"
# what `pip install .` needs; copied rather than cloned so uncommitted work is tested
SOURCES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "lint",
           "rules")


def _pre_commit() -> list[str] | None:
    exe = Path(sys.executable).with_name("pre-commit")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pre-commit")
    return [found] if found else None


PRE_COMMIT = _pre_commit()
pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(PRE_COMMIT is None,
                       reason="pre-commit is not installed (pip install '.[test]')"),
    pytest.mark.skipif(os.environ.get("NEWSLINT_SKIP_PRECOMMIT") == "1",
                       reason="NEWSLINT_SKIP_PRECOMMIT=1"),
]

GIT_ENV = {"GIT_AUTHOR_NAME": "newslint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "newslint tests",
           "GIT_COMMITTER_EMAIL": "tests@example.invalid", "GIT_CONFIG_NOSYSTEM": "1"}


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV", "PYTHONPATH"))
           and k != "GITHUB_ACTIONS"}
    env.update(GIT_ENV)
    env["PRE_COMMIT_HOME"] = str(home / "pre-commit-home")
    env["NO_COLOR"] = "1"
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def test_manifest_is_valid() -> None:
    r = subprocess.run([*PRE_COMMIT, "validate-manifest", str(HOOKS)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    text = HOOKS.read_text(encoding="utf-8")
    assert "language: python" in text and "id: newslint" in text


def test_try_repo_fails_on_a_defective_article_and_passes_on_a_clean_one(
        tmp_path: Path) -> None:
    env = _env(tmp_path)
    hook_repo = tmp_path / "hook-repo"
    hook_repo.mkdir()
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, hook_repo / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            shutil.copy(src, hook_repo / name)
    if not (hook_repo / "README.md").exists():      # pyproject's readme must exist to build
        (hook_repo / "README.md").write_text("# newslint\n", encoding="utf-8")
    _git(hook_repo, env, "init", "-q")
    _git(hook_repo, env, "add", "-A")
    _git(hook_repo, env, "commit", "-q", "-m", "newslint under test")
    rev = _git(hook_repo, env, "rev-parse", "HEAD")

    articles = tmp_path / "articles"
    articles.mkdir()
    _git(articles, env, "init", "-q")
    # a fixed rule selection keeps this test about the hook, not about rule tuning
    (articles / ".newslint.yml").write_text(
        "select: [Newslint.DuplicateHeadline, Newslint.DuplicateParagraph]\n",
        encoding="utf-8")
    (articles / "defective.txt").write_text(
        "Town opens new library on the river\n\n"
        "Town opens new library on the river\n\n"
        "The library opened its doors on Saturday with a reading for children.\n",
        encoding="utf-8")
    (articles / "clean.md").write_text(
        "# Town opens new library\n\n"
        "The library opened its doors on Saturday with a reading for children.\n\n"
        "Its shelves hold twelve thousand books, the librarian said.\n",
        encoding="utf-8")
    _git(articles, env, "add", "-A")

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([*PRE_COMMIT, "try-repo", str(hook_repo), "newslint",
                               "--ref", rev, "--files", *files],
                              cwd=articles, env=env, capture_output=True, text=True,
                              timeout=300)

    bad = try_repo("defective.txt")
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert "Failed" in out and "Newslint.DuplicateHeadline" in out and "3:1" in out
    good = try_repo("clean.md")
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out
