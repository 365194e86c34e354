"""Third-party check types through the entry-point group ``newslint.checks``, tested
for real: an installed distribution (a ``.dist-info`` folder) on the path of a
subprocess, found by importlib.metadata exactly as pip-installed plug-ins are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_module, write_rule

PLUGIN = '''
"""A newslint plug-in used by the test suite."""
from lint.checks import CheckType, Key, scope_spans
from lint.finding import Match


class Shouting(CheckType):
    """Flags words written in capitals (plug-in documentation for --explain)."""

    name = "shouting"
    keys = {"min_length": Key((int,), 4, "shortest capitalised word to flag")}
    default_scope = "line"

    def run(self, doc):
        import re
        for span in scope_spans(doc, self.rule.scope):
            for m in re.finditer(r"\\b[A-Z]{%d,}\\b" % self.options["min_length"], span.text):
                yield Match(span.start + m.start(), span.start + m.end(), (m.group(0),))


class Broken(CheckType):
    """Always fails: the run must go on without it."""

    name = "broken"

    def run(self, doc):
        raise RuntimeError("plug-in bug")
'''


@pytest.fixture
def plugin_env(tmp_path: Path) -> Path:
    """tmp_path/site holds the plug-in module and its dist-info; tmp_path/rules uses it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "newslint_shouting.py").write_text(PLUGIN)
    info = site / "newslint_shouting-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newslint-shouting\n"
                                   "Version: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[newslint.checks]\nshouting = newslint_shouting:Shouting\n"
        "broken = newslint_shouting:Broken\n")
    write_rule(tmp_path / "rules", "Plug.Shouting",
               "extends: shouting\nmessage: \"Shouting: '%s'\"\nlevel: error\n"
               "min_length: 5\n")
    write_rule(tmp_path / "rules", "Plug.Bridge",
               "extends: existence\nmessage: bridge\nlevel: warning\ntokens: [bridge]\n")
    (tmp_path / "a.txt").write_text("The bridge is OPEN.\nThe BRIDGE opened today.\n")
    return tmp_path


def lint_with_plugin(env: Path, *args: str):
    return run_module("--no-config", "--rules", env / "rules", "--select", "Plug", *args,
                      cwd=env, pythonpath=[env / "site"])


def test_plugin_check_type_runs_from_its_entry_point(plugin_env):
    proc = lint_with_plugin(plugin_env, "--format", "json", plugin_env / "a.txt")
    assert proc.returncode == 1, proc.stderr.decode()
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert [(x["rule"], x["line"], x["column"], x["match"]) for x in findings] == [
        ("Plug.Bridge", 1, 5, "bridge"), ("Plug.Shouting", 2, 5, "BRIDGE")]
    assert findings[1]["message"] == "Shouting: 'BRIDGE'"


def test_plugin_keys_are_validated_and_named_in_suggestions(plugin_env):
    write_rule(plugin_env / "rules", "Plug.Shouting",
               "extends: shouting\nmessage: x\nmin_lenght: 5\n")
    proc = lint_with_plugin(plugin_env, plugin_env / "a.txt")
    assert proc.returncode == 2
    assert "min_lenght" in proc.stderr.decode() and "min_length" in proc.stderr.decode()
    write_rule(plugin_env / "rules", "Plug.Shouting", "extends: shoutin\nmessage: x\n")
    proc = lint_with_plugin(plugin_env, plugin_env / "a.txt")
    assert proc.returncode == 2 and "did you mean 'shouting'" in proc.stderr.decode()


def test_plugin_documentation_is_explained(plugin_env):
    proc = lint_with_plugin(plugin_env, "--explain", "Plug.Shouting")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "check type 'shouting'" in out and "Flags words written in capitals" in out
    assert "shortest capitalised word to flag" in out


def test_failing_plugin_is_a_note_not_a_crash(plugin_env):
    write_rule(plugin_env / "rules", "Plug.Broken", "extends: broken\nmessage: x\n")
    proc = lint_with_plugin(plugin_env, "--format", "json", plugin_env / "a.txt")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    entry = json.loads(proc.stdout)["files"][0]
    assert {x["rule"] for x in entry["findings"]} == {"Plug.Bridge", "Plug.Shouting"}
    assert any("Plug.Broken" in n and "plug-in bug" in n for n in entry["notes"])


def test_without_the_distribution_the_check_type_is_unknown(plugin_env):
    proc = run_module("--no-config", "--rules", plugin_env / "rules", "--select", "Plug",
                      plugin_env / "a.txt", cwd=plugin_env)
    assert proc.returncode == 2
    assert "unknown check type 'shouting'" in proc.stderr.decode()
