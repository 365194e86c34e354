"""Inline suppressions (Markdown and HTML comments), per-file-ignores, and
--report-unused-suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_rule, write_rule

from lint.engine import Engine
from lint.inputs import document_from_text
from lint.suppress import UNUSED_RULE_ID, covers, directives, parse_ids

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\ncategory: style\n"
          "scope: line\ntokens: [bridge]\n")
FERRY = ("extends: existence\nmessage: \"Ferry '%s'\"\nlevel: warning\nscope: line\n"
         "tokens: [ferry]\n")
OTHER = ("extends: existence\nmessage: \"Tunnel '%s'\"\nlevel: warning\nscope: line\n"
         "tokens: [tunnel]\n")


def engine(**context) -> Engine:
    rules = [make_rule("existence", rule_id="House.Bridge", scope="line", tokens=["bridge"]),
             make_rule("existence", rule_id="House.Ferry", scope="line", tokens=["ferry"]),
             make_rule("existence", rule_id="Other.Tunnel", scope="line",
                       tokens=["tunnel"])]
    return Engine(rules, context=context)


def hits(text: str, name: str = "a.md", **context) -> list[tuple[str, int]]:
    res = engine(**context).lint(document_from_text(name, text))
    return [(f.rule, f.line) for f in res.findings]


def test_parse_ids_and_prefixes() -> None:
    assert parse_ids(" House.Bridge, Other  -- quoted from the wire ") == \
        ("House.Bridge", "Other")
    assert parse_ids("  ") == ()
    assert covers("House", "House.Bridge") and covers("House.", "House.Bridge")
    assert covers("House.Bridge", "House.Bridge")
    assert not covers("Hou", "House.Bridge") and not covers("House.Bridg", "House.Bridge")
    kinds = [d.kind for d in directives(
        "<!-- newslint-disable -->x<!--newslint-enable-->"
        "<!-- newslint-disable-next-line A -->\n<!-- newslint-disable-line -->"
        "<!-- newslint-disable-file B -->\n<!-- newslint-disabled -->")]
    assert kinds == ["disable", "enable", "disable-next-line", "disable-line", "disable-file"]


def test_disable_enable_region() -> None:
    text = ("bridge one\n"
            "<!-- newslint-disable House.Bridge -->\n"
            "bridge two\nferry two\n"
            "<!-- newslint-enable -->\n"
            "bridge three\n")
    assert hits(text) == [("House.Bridge", 1), ("House.Ferry", 4), ("House.Bridge", 6)]


def test_disable_without_ids_silences_everything_until_the_end() -> None:
    text = "bridge one\n<!-- newslint-disable -->\nbridge two\nferry\ntunnel\n"
    assert hits(text) == [("House.Bridge", 1)]


def test_pack_prefix_and_partial_enable() -> None:
    text = ("<!-- newslint-disable House -->\n"
            "bridge and ferry\n"
            "<!-- newslint-enable House.Ferry -->\n"
            "bridge and ferry and tunnel\n"
            "<!-- newslint-enable -->\n"
            "bridge again\n")
    assert hits(text) == [("House.Ferry", 4), ("Other.Tunnel", 4), ("House.Bridge", 6)]


def test_enable_one_rule_inside_disable_all() -> None:
    text = ("<!-- newslint-disable -->\nbridge ferry\n"
            "<!-- newslint-enable House.Bridge -->\nbridge ferry tunnel\n")
    assert hits(text) == [("House.Bridge", 4)]


def test_next_line_same_line_and_file() -> None:
    text = ("<!-- newslint-disable-next-line House.Bridge -->\n"
            "bridge and ferry\n"
            "bridge again\n"
            "the bridge <!-- newslint-disable-line -->\n")
    assert hits(text) == [("House.Ferry", 2), ("House.Bridge", 3)]
    text = "bridge\n\nferry\n\n<!-- newslint-disable-file House.Ferry, Other -->\ntunnel\n"
    assert hits(text) == [("House.Bridge", 1)]


def test_html_comments_work_too() -> None:
    text = ("<html><body>\n<!-- newslint-disable-next-line -->\n<p>A bridge.</p>\n"
            "<p>A ferry.</p>\n<!-- newslint-disable House.Ferry -->\n<p>Another ferry.</p>\n"
            "</body></html>\n")
    assert hits(text, name="a.html") == [("House.Ferry", 4)]


def test_plain_text_has_no_comments() -> None:
    text = "<!-- newslint-disable-file -->\nbridge\n"
    assert hits(text, name="a.txt") == [("House.Bridge", 2)]


def test_unused_suppressions_are_reported_only_when_asked() -> None:
    text = ("<!-- newslint-disable-next-line House.Bridge -->\nbridge\n"
            "<!-- newslint-disable-next-line House.Ferry -->\nbridge\n"
            "<!-- newslint-disable-file Nope.Rule -->\n")
    assert hits(text) == [("House.Bridge", 4)]
    got = engine(report_unused_suppressions=True).lint(document_from_text("a.md", text))
    unused = [(f.line, f.column, f.severity) for f in got.findings if f.rule == UNUSED_RULE_ID]
    assert unused == [(3, 1, "warning"), (5, 1, "warning")]
    first = next(f for f in got.findings if f.rule == UNUSED_RULE_ID)
    assert "newslint-disable-next-line House.Ferry" in first.message
    assert first.match == "<!-- newslint-disable-next-line House.Ferry -->"


# -- through the command line ----------------------------------------------------

@pytest.fixture
def ws(tmp_path: Path) -> Path:
    write_rule(tmp_path / "rules", "House.Bridge", BRIDGE)
    write_rule(tmp_path / "rules", "House.Ferry", FERRY)
    write_rule(tmp_path / "rules", "Other.Tunnel", OTHER)
    (tmp_path / "news" / "archive").mkdir(parents=True)
    (tmp_path / "news" / "a.md").write_text(
        "# Works\n\n<!-- newslint-disable-next-line House.Bridge -->\nThe bridge shut.\n\n"
        "The ferry ran.\n\n<!-- newslint-disable-next-line Other -->\nNo match here.\n",
        encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("The bridge and the ferry and the tunnel.\n",
                                             encoding="utf-8")
    (tmp_path / "news" / "archive" / "c.txt").write_text("An old bridge and a tunnel.\n",
                                                         encoding="utf-8")
    return tmp_path


def rules_of(out: str) -> dict[str, list[tuple[str, int]]]:
    rep = json.loads(out)
    return {Path(f["path"]).name: [(x["rule"], x["line"]) for x in f["findings"]]
            for f in rep["files"]}


def test_cli_suppressions_and_unused_report(cli, ws) -> None:
    base = ["--rules", ws / "rules", "--select", "House,Other", "-j1", "--format", "json"]
    r = cli("--no-config", *base, ws / "news")
    assert rules_of(r.out)["a.md"] == [("House.Ferry", 6)]
    r = cli("--no-config", *base, "--report-unused-suppressions", ws / "news")
    assert rules_of(r.out)["a.md"] == [("House.Ferry", 6), (UNUSED_RULE_ID, 8)]


def test_per_file_ignores_from_the_config(cli, ws) -> None:
    (ws / ".newslint.yml").write_text(
        "rule-paths: [rules]\nselect: [House, Other]\n"
        "per-file-ignores:\n  'news/archive/*': [House]\n  'b.txt': Other.Tunnel\n",
        encoding="utf-8")
    r = cli("-j1", "--format", "json", ws / "news")
    got = rules_of(r.out)
    assert got["c.txt"] == [("Other.Tunnel", 1)]
    assert got["b.txt"] == [("House.Bridge", 1), ("House.Ferry", 1)]
    assert got["a.md"] == [("House.Ferry", 6)]
