"""Shared helpers for the core test suite.

Two ways to exercise newslint: in-process (fast: build a rule from a dict, lint a
string, or call ``lint.cli.main`` with captured output) and as a subprocess
(``python -m lint``) where the test needs a real process: environment variables,
plug-ins found through installed metadata, blocked sockets.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lint.engine import Engine, FileResult
from lint.inputs import document_from_text
from lint.rules import Rule, build_rule

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def make_rule(extends: str, *, rule_id: str = "Test.Rule", path: str = "Test/Rule.yml",
              **keys: Any) -> Rule:
    """A validated rule built from keyword arguments (``message`` defaults to '%s')."""
    data: dict[str, Any] = {"extends": extends, "message": "%s", **keys}
    return build_rule(rule_id, path, data)


def lint_text(text: str, *rules: Rule, name: str = "article.txt") -> FileResult:
    """Lint ``text`` (named ``name``, whose ending picks the format) with ``rules``."""
    return Engine(list(rules)).lint(document_from_text(name, text))


def flagged(text: str, *rules: Rule, name: str = "article.txt") -> list[str]:
    """The flagged text of every finding, in report order."""
    return [f.match for f in lint_text(text, *rules, name=name).findings]


def write_rule(folder: Path, rule_id: str, body: str) -> Path:
    """Write ``<folder>/<Pack>/<Rule>.yml`` for ``rule_id`` = 'Pack.Rule'."""
    pack, name = rule_id.split(".")
    f = folder / pack / f"{name}.yml"
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(body, encoding="utf-8")
    return f


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``newslint`` in-process: ``cli(*args, stdin=b'...')`` -> CliResult."""
    def run(*args: str, stdin: bytes | None = None) -> CliResult:
        from lint.cli import main

        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        code = main([str(a) for a in args])
        cap = capsys.readouterr()
        return CliResult(code, cap.out, cap.err)

    return run


def run_module(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
               stdin: bytes | None = None,
               pythonpath: list[Path] | None = None) -> subprocess.CompletedProcess:
    """``python -m lint ARGS`` in a subprocess, with this source tree importable."""
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("GITHUB_ACTIONS", "NO_COLOR", "PYTHONPATH")}
    full_env["PYTHONPATH"] = os.pathsep.join(str(p) for p in [*(pythonpath or []), ROOT])
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "lint", *map(str, args)], cwd=cwd or ROOT,
                          env=full_env, input=stdin, capture_output=True, timeout=120)


def golden_lines(rule_ids: str, paths: list[Path]) -> dict[str, list[str]]:
    """Findings of ``rule_ids`` on ``paths`` as ``file:line:col:Rule.Id`` lines per file.

    The form of every golden ``*.expected`` file in fixtures/.
    """
    import json
    from contextlib import redirect_stdout

    from lint.cli import main

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["--no-config", "--select", rule_ids, "--format", "json",
                     *map(str, paths)])
    assert code in (0, 1)
    return {Path(f["path"]).name: [f"{Path(f['path']).name}:{x['line']}:{x['column']}:"
                                   f"{x['rule']}" for x in f["findings"]]
            for f in json.loads(buf.getvalue())["files"]}


def folder_findings(folder: Path, *rules: Rule) -> list[str]:
    """``file:line:col:Rule.Id`` lines for every article ``*.txt`` in ``folder``.

    ``expected.txt`` beside the articles holds the golden lines to compare with.
    """
    got: list[str] = []
    for f in sorted(folder.glob("*.txt")):
        if f.name == "expected.txt":
            continue
        result = lint_text(f.read_text(encoding="utf-8"), *rules, name=f.name)
        got += [f"{f.name}:{x.line}:{x.column}:{x.rule}" for x in result.findings]
    return got
