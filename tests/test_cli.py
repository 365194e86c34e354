"""The command line: inputs (files, directories, stdin), reports (text and the JSON
contract), stable order, exit codes, --list-rules, --explain and colour."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_module, write_rule

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\ncategory: style\n"
          "scope: line\ntokens: [bridge]\ndescription: Bridges are flagged in tests.\n")
RIVER = ("extends: existence\nmessage: River word\nlevel: warning\nscope: line\n"
         "tokens: [river]\n")
FERRY = ("extends: existence\nmessage: \"Ferry '%s'\"\nlevel: suggestion\nscope: line\n"
         "tokens: [ferry]\n")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A workspace: rules in rules/, articles in news/ (nested, mixed endings)."""
    for rid, body in (("House.Bridge", BRIDGE), ("House.River", RIVER),
                      ("House.Ferry", FERRY)):
        write_rule(tmp_path / "rules", rid, body)
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "b.txt").write_text("The river rose.\nA ferry ran.\nThe bridge held.\n")
    (news / "a.md").write_text("# Bridge news\n\nThe bridge opened.\n")
    (news / "sub" / "c.html").write_text("<p>The river.</p>\n<p>The bridge.</p>\n")
    (news / "sub" / "d.htm").write_text("<p>Calm day.</p>\n")
    (news / "e.markdown").write_text("Calm day.\n")
    (news / "skip.json").write_text("{}")
    (news / ".hidden").mkdir()
    (news / ".hidden" / "x.txt").write_text("bridge\n")
    return tmp_path


def house(ws: Path, *args) -> list[str]:
    return ["--no-config", "--rules", str(ws / "rules"), "--select", "House", *map(str, args)]


# -- inputs -----------------------------------------------------------------------

def test_directory_is_searched_recursively_for_article_endings(ws, cli):
    res = cli(*house(ws, "--format", "json", ws / "news"))
    paths = [Path(f["path"]).relative_to(ws / "news").as_posix()
             for f in json.loads(res.out)["files"]]
    assert paths == ["a.md", "b.txt", "e.markdown", "sub/c.html", "sub/d.htm"]


def test_files_are_sorted_and_output_is_stable(ws, cli):
    news = ws / "news"
    first = cli(*house(ws, news / "sub" / "c.html", news / "b.txt", news / "a.md"))
    second = cli(*house(ws, news / "a.md", news / "sub" / "c.html", news / "b.txt"))
    assert first.out == second.out
    assert first.out == cli(*house(ws, news / "sub" / "c.html", news / "b.txt",
                                   news / "a.md")).out
    heads = [ln.split()[0] for ln in first.out.splitlines() if ln and not ln[0].isspace()
             and "score" in ln]
    assert heads == sorted(heads)


def test_stdin_dash(ws, cli):
    res = cli(*house(ws, "--format", "json", "-"), stdin=b"Over the bridge.\n")
    [entry] = json.loads(res.out)["files"]
    assert entry["path"] == "<stdin>"
    assert [(x["line"], x["column"], x["rule"]) for x in entry["findings"]] == [
        (1, 10, "House.Bridge")]
    assert res.code == 1


def test_stdin_filename_picks_the_format(ws, cli):
    res = cli(*house(ws, "--format", "json", "--stdin-filename", "page.html", "-"),
              stdin=b"<html>\n<p>Over the\n   bridge.</p></html>\n")
    [entry] = json.loads(res.out)["files"]
    assert entry["path"] == "page.html"
    assert [(x["line"], x["column"]) for x in entry["findings"]] == [(3, 4)]


# -- text report -----------------------------------------------------------------

def test_text_report_layout(ws, cli):
    res = cli(*house(ws, ws / "news" / "b.txt"))
    lines = res.out.splitlines()
    path = str(ws / "news" / "b.txt")
    assert lines[0] == (f"{path}  score 84/100  9 words  1 error, 1 warning, "
                        "1 suggestion")
    findings = [ln for ln in lines[1:] if re.match(r"\s+\d+:\d+", ln)]
    assert [ln.split()[:3] for ln in findings] == [
        ["1:5", "warning", "House.River"], ["2:3", "suggestion", "House.Ferry"],
        ["3:5", "error", "House.Bridge"]]
    assert findings[2].rstrip().endswith("Found 'bridge'")
    # a message that does not quote its text is followed by the flagged text
    assert lines[lines.index(findings[0]) + 1].strip() == "> river"
    assert lines[-1] == "1 file checked: 1 error, 1 warning, 1 suggestion"


def test_text_report_clean_and_skipped_files(ws, cli):
    res = cli(*house(ws, ws / "news" / "e.markdown", ws / "news" / "gone.txt"))
    out = res.out
    assert "e.markdown  score 100/100  2 words  0 errors, 0 warnings, 0 suggestions" in out
    assert "gone.txt  skipped" in out and "not found" in out
    assert out.rstrip().endswith("1 file checked: 0 errors, 0 warnings, 0 suggestions")


def test_quiet_hides_clean_files(ws, cli):
    res = cli(*house(ws, "-q", ws / "news" / "e.markdown", ws / "news" / "b.txt"))
    assert "e.markdown" not in res.out and "b.txt" in res.out


# -- JSON contract ------------------------------------------------------------------

INT = {"type": "integer", "minimum": 0}
FINDING = {
    "type": "object",
    "required": ["rule", "category", "severity", "line", "column", "end_line",
                 "end_column", "message", "match"],
    "properties": {
        "rule": {"type": "string", "pattern": r"^[^.\s]+\.[^.\s]+$"},
        "category": {"enum": ["boilerplate", "duplicate", "garbled", "offtopic",
                              "attribution", "copy", "grammar", "readability", "style"]},
        "severity": {"enum": ["suggestion", "warning", "error"]},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
        "message": {"type": "string"},
        "match": {"type": "string"},
    },
}
REPORT_SCHEMA = {
    "type": "object",
    "required": ["version", "files", "summary"],
    "properties": {
        "version": {"type": "string", "minLength": 1},
        "files": {"type": "array", "items": {
            "type": "object",
            "required": ["path", "score", "stats", "findings"],
            "properties": {
                "path": {"type": "string"},
                "score": {"type": "integer", "minimum": 0, "maximum": 100},
                "stats": {"type": "object", "required": ["words"],
                          "properties": {"words": INT}},
                "findings": {"type": "array", "items": FINDING},
            }}},
        "summary": {"type": "object",
                    "required": ["files", "errors", "warnings", "suggestions"],
                    "properties": {k: INT for k in ("files", "errors", "warnings",
                                                    "suggestions")}},
    },
}


def test_json_report_follows_the_contract(ws, cli):
    from lint import __version__

    res = cli(*house(ws, "--format", "json", ws / "news"))
    report = json.loads(res.out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["version"] == __version__
    by_path = {Path(f["path"]).name: f for f in report["files"]}
    b = by_path["b.txt"]
    assert (b["score"], b["stats"]["words"]) == (84, 9)
    assert b["findings"][2] == {**b["findings"][2], "rule": "House.Bridge",
                                "category": "style", "severity": "error", "line": 3,
                                "column": 5, "end_line": 3, "end_column": 11,
                                "message": "Found 'bridge'", "match": "bridge"}
    assert report["summary"] == {**report["summary"], "files": 5, "errors": 3,
                                 "warnings": 2, "suggestions": 1}


def test_json_report_with_no_files_is_still_valid(ws, cli):
    empty = ws / "empty"
    empty.mkdir()
    res = cli(*house(ws, "--format", "json", empty))
    report = json.loads(res.out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["files"] == [] and report["summary"]["files"] == 0


def test_json_findings_are_in_line_order(ws, cli):
    res = cli(*house(ws, "--format", "json", ws / "news" / "b.txt"))
    findings = json.loads(res.out)["files"][0]["findings"]
    assert [(x["line"], x["column"]) for x in findings] == sorted(
        (x["line"], x["column"]) for x in findings)


# -- exit codes ----------------------------------------------------------------

def test_exit_codes_follow_fail_on(ws, cli):
    b = ws / "news" / "b.txt"
    calm = ws / "news" / "e.markdown"
    assert cli(*house(ws, calm)).code == 0
    assert cli(*house(ws, b)).code == 1                       # an error; default fail-on
    assert cli(*house(ws, "--ignore", "House.Bridge", b)).code == 0
    assert cli(*house(ws, "--ignore", "House.Bridge", "--fail-on", "warning", b)).code == 1
    ferry = ["--no-config", "--rules", ws / "rules", "--select", "House.Ferry"]
    assert cli(*ferry, "--fail-on", "warning", b).code == 0
    assert cli(*ferry, "--fail-on", "suggestion", b).code == 1


def test_exit_2_for_usage_errors(ws, cli):
    res = cli("--no-config")
    assert res.code == 2 and "no files" in res.err
    res = cli(*house(ws, "--explain", "House.Bridgee"))
    assert res.code == 2 and "did you mean 'House.Bridge'" in res.err
    with pytest.raises(SystemExit) as exc:
        cli("--format", "yaml", "x.txt")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli("--fail-on", "loud", "x.txt")
    assert exc.value.code == 2


def test_missing_rules_folder_exits_2(ws, cli):
    res = cli("--no-config", "--rules", ws / "nope", ws / "news")
    assert res.code == 2 and "nope" in res.err


# -- rule listing and explanations -------------------------------------------------

def test_list_rules(ws, cli):
    res = cli(*house(ws, "--list-rules"))
    assert res.code == 0
    rows = [ln.split()[:4] for ln in res.out.splitlines()]
    assert rows == [["RULE", "LEVEL", "CATEGORY", "TYPE"],
                    ["House.Bridge", "error", "style", "existence"],
                    ["House.Ferry", "suggestion", "style", "existence"],
                    ["House.River", "warning", "style", "existence"]]
    assert "Bridges are flagged in tests." in res.out


def test_list_rules_shows_the_builtin_packs(cli):
    res = cli("--no-config", "--select", "Newslint.DuplicateHeadline,Newslint.DuplicateParagraph",
              "--list-rules")
    assert [ln.split()[0] for ln in res.out.splitlines()] == [
        "RULE", "Newslint.DuplicateHeadline", "Newslint.DuplicateParagraph"]


def test_explain_prints_rule_and_check_type_documentation(ws, cli):
    res = cli(*house(ws, "--explain", "House.Bridge"))
    assert res.code == 0
    out = res.out
    assert out.startswith("House.Bridge  (error, category style)")
    assert "Bridges are flagged in tests." in out
    assert "check type 'existence'" in out
    assert "Flags any occurrence of the listed tokens" in out      # the class docstring
    assert re.search(r"^\s+nonword\s+\S", out, re.M)                # the keys' help
    assert "tokens: ['bridge']" in out


def test_explain_builtin_rule(cli):
    res = cli("--no-config", "--explain", "Newslint.DuplicateHeadline")
    assert res.code == 0 and "check type 'duplicate'" in res.out


def test_explain_takes_the_rule_name_without_its_pack(cli):
    res = cli("--no-config", "--explain", "duplicateheadline")
    assert res.code == 0 and res.out.startswith("Newslint.DuplicateHeadline  (")


def test_explain_asks_for_the_pack_when_a_rule_name_is_in_two(ws, cli, tmp_path):
    pack = tmp_path / "extra" / "Other"
    pack.mkdir(parents=True)
    (pack / "DuplicateHeadline.yml").write_text(
        "extends: existence\nmessage: '%s'\nlevel: warning\ncategory: style\ntokens: [x]\n")
    res = cli("--no-config", "--rules", str(tmp_path / "extra"), "--explain", "DuplicateHeadline")
    assert res.code == 2
    assert "Newslint.DuplicateHeadline" in res.err and "Other.DuplicateHeadline" in res.err


# -- colour ------------------------------------------------------------------------

ESC = "\x1b["


def test_no_colour_when_not_a_tty_and_forced_with_always(ws, cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    b = ws / "news" / "b.txt"
    assert ESC not in cli(*house(ws, b)).out
    assert ESC in cli(*house(ws, "--color", "always", b)).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC in cli(*house(ws, "--color", "always", b)).out
    assert ESC not in cli(*house(ws, b)).out


def _run_on_tty(args: list[str], env: dict[str, str]) -> str:
    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PYTHONPATH")}
    full_env.update(env, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "lint", *args], stdout=slave,
                          stderr=subprocess.DEVNULL, env=full_env, timeout=120)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.returncode in (0, 1)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_tty_unless_no_color(ws):
    args = house(ws, ws / "news" / "b.txt")
    assert ESC in _run_on_tty(args, {})
    plain = _run_on_tty(args, {"NO_COLOR": "1"})
    assert "House.Bridge" in plain and ESC not in plain
    assert ESC not in _run_on_tty(args + ["--color", "never"], {})


def test_python_dash_m_version():
    from lint import __version__

    proc = run_module("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"newslint {__version__}"


def test_a_named_path_that_does_not_exist_fails_the_run_after_linting_the_rest(ws, cli):
    res = cli(*house(ws, ws / "news" / "e.markdown", ws / "news" / "gone.txt"))
    assert res.code == 2
    assert "e.markdown" in res.out                     # the rest is still reported
    assert res.err.strip().endswith("not found, so not linted: " + str(ws / "news" / "gone.txt"))
    listed = ws / "list.txt"
    listed.write_text(f"{ws / 'news' / 'e.markdown'}\n", encoding="utf-8")
    assert cli(*house(ws, "--files-from", listed)).code == 0
    listed.write_text(f"{ws / 'news' / 'typo.md'}\n", encoding="utf-8")
    assert cli(*house(ws, "--files-from", listed)).code == 2
