"""--format github: workflow-command annotations and GitHub's escaping rules.

The runner (actions/runner, ``ActionCommand.cs``) splits ``::name props::data``
at the first ``::`` after the name, splits properties at ``,`` and each at its
first ``=``, then unescapes ``%25 %0D %0A`` (and ``%3A %2C`` in properties).
The decoder below does exactly that, so a message or path that is not escaped
properly comes back different (or splits wrongly) and the test fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_rule

from lint.engine import FileResult
from lint.finding import Finding
from lint.report import Summary
from lint.report.github import GithubReporter, command, escape_data, escape_property

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\ncategory: style\n"
          "scope: line\ntokens: [bridge]\n")
FERRY = ("extends: existence\nmessage: \"Ferry '%s'\"\nlevel: suggestion\nscope: line\n"
         "tokens: [ferry]\n")


def _unescape(text: str, prop: bool) -> str:
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for code, ch in pairs + [("%25", "%")]:
        text = text.replace(code, ch)
    return text


def decode(line: str) -> tuple[str, dict[str, str], str]:
    """Parse one workflow command the way the Actions runner does."""
    assert line.startswith("::") and "\n" not in line.rstrip("\n")
    body = line.rstrip("\n")[2:]
    head, sep, data = body.partition("::")
    assert sep, line
    name, _, props = head.partition(" ")
    out: dict[str, str] = {}
    for part in filter(None, props.split(",")):
        key, eq, value = part.partition("=")
        assert eq, f"property without '=': {part!r} in {line!r}"
        out[key] = _unescape(value, prop=True)
    return name, out, _unescape(data, prop=False)


def test_escape_data_and_property_follow_the_runner_rules() -> None:
    assert escape_data("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b"
    assert escape_property("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext%3A a%2C b"
    assert escape_data("%0A") == "%250A"       # an escape-looking text stays itself


@pytest.mark.parametrize("message", ["plain", "100% sure", "line one\nline two",
                                     "a: b, c", "windows\r\nend", "%0A literal",
                                     "trailing %"])
def test_message_round_trips_through_the_runner_decoder(message: str) -> None:
    line = command("warning", message, file="news/a, b: c%.txt", line=3, title="T: x, y")
    name, props, data = decode(line)
    assert (name, data) == ("warning", message)
    assert props == {"file": "news/a, b: c%.txt", "line": "3", "title": "T: x, y"}


def _finding(**kw) -> Finding:
    base = dict(path="x", rule="House.Bridge", category="style", severity="error", line=2,
                column=5, end_line=2, end_column=11, message="Found 'bridge'",
                match="bridge")
    base.update(kw)
    return Finding(**base)


def test_reporter_levels_positions_and_escaping(tmp_path: Path) -> None:
    import io

    out = io.StringIO()
    rep = GithubReporter(out, [])
    rep.file(FileResult("dir/odd, name: 100%.txt", findings=[
        _finding(),
        _finding(severity="warning", message="two\nlines, with: colon", line=4,
                 end_line=5, end_column=3),
        _finding(severity="suggestion", line=7, end_line=7)]))
    rep.file(FileResult("gone.txt", notes=["skipped: file not found"], skipped=True))
    rep.finish(Summary(files=1, errors=1, warnings=1, suggestions=1))
    lines = out.getvalue().splitlines(keepends=True)
    cmds = [decode(ln) for ln in lines if ln.startswith("::")]
    assert [c[0] for c in cmds] == ["error", "warning", "notice", "warning"]
    name, props, data = cmds[0]
    assert props == {"file": "dir/odd, name: 100%.txt", "line": "2", "endLine": "2",
                     "col": "5", "endColumn": "11", "title": "House.Bridge (error)"}
    assert data == "Found 'bridge'"
    # a span over two lines: no endColumn (GitHub ignores columns across lines)
    assert "endColumn" not in cmds[1][1] and cmds[1][1]["endLine"] == "5"
    assert cmds[1][2] == "two\nlines, with: colon"
    assert cmds[3][1]["file"] == "gone.txt" and "not found" in cmds[3][2]
    # raw output really is escaped: one physical line per command
    assert "::warning file=dir/odd%2C name%3A 100%25.txt," in out.getvalue()
    assert "two%0Alines, with: colon" in out.getvalue()


def test_absolute_paths_are_made_relative_to_the_workspace(tmp_path: Path,
                                                            monkeypatch) -> None:
    import io

    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    out = io.StringIO()
    GithubReporter(out, []).file(FileResult(str(tmp_path / "news" / "a.txt"),
                                            findings=[_finding()]))
    assert decode(out.getvalue())[1]["file"] == "news/a.txt"


@pytest.fixture
def house(tmp_path: Path) -> Path:
    write_rule(tmp_path / "rules", "House.Bridge", BRIDGE)
    write_rule(tmp_path / "rules", "House.Ferry", FERRY)
    return tmp_path


def test_cli_chooses_github_format_inside_actions(house: Path, cli, monkeypatch) -> None:
    art = house / "weird, name: 5%.txt"
    art.write_text("Quiet start.\nThe bridge opened.\nA ferry ran.\n", encoding="utf-8")
    args = ["--no-config", "--rules", house / "rules", "--select", "House", "-j1", art]
    monkeypatch.chdir(house)
    plain = cli(*args)
    assert not plain.out.startswith("::")            # not in Actions: text report
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    import contextlib
    import io

    from lint.cli import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main([str(a) for a in args])
    assert code == 1
    cmds = [decode(ln) for ln in buf.getvalue().splitlines(keepends=True)
            if ln.startswith("::")]
    assert [(c[0], c[1]["line"], c[1]["col"]) for c in cmds if "line" in c[1]] == \
        [("error", "2", "5"), ("notice", "3", "3")]
    assert cmds[0][1]["file"].endswith("weird, name: 5%.txt")
    # an explicit --format still wins inside Actions
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main([str(a) for a in args] + ["--format", "json"])
    assert buf.getvalue().lstrip().startswith("{")
