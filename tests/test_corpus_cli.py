"""Corpus inputs on the command line: --files-from, stdin next to files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES

ARTICLES = FIXTURES / "corpus" / "articles"


def _paths(out: str) -> list[str]:
    return [Path(x["path"]).name for x in json.loads(out)["files"]]


def test_files_from_a_file_skips_blank_and_comment_lines(cli, tmp_path):
    lst = tmp_path / "list.txt"
    lst.write_text(f"# articles to check\n{ARTICLES / 'a_bridge.txt'}\n\n"
                   f"{ARTICLES / 'b_bridge_rewrite.txt'}\n", encoding="utf-8")
    res = cli("--no-config", "--select", "Newslint.CopiedText", "--format", "json",
              "--files-from", lst)
    assert _paths(res.out) == ["a_bridge.txt", "b_bridge_rewrite.txt"]
    assert "b_bridge_rewrite.txt:7" in res.out          # the copy across the two files


def test_files_from_stdin(cli):
    listed = f"{ARTICLES / 'c_library.txt'}\n{ARTICLES / 'a_bridge.txt'}\n".encode()
    res = cli("--no-config", "--select", "Newslint.CopiedText", "--format", "json",
              "--files-from", "-", stdin=listed)
    assert _paths(res.out) == ["a_bridge.txt", "c_library.txt"]


def test_files_from_a_missing_list_is_a_usage_error(cli, tmp_path):
    res = cli("--no-config", "--files-from", tmp_path / "nope.txt")
    assert res.code == 2 and "nope.txt" in res.err


def test_stdin_article_is_compared_with_the_files(cli):
    text = (ARTICLES / "b_bridge_rewrite.txt").read_bytes()
    res = cli("--no-config", "--select", "Newslint.CopiedText", "--format", "json",
              "--stdin-filename", "pasted.txt", "-", ARTICLES / "a_bridge.txt", stdin=text)
    report = json.loads(res.out)
    assert [x["path"] for x in report["files"]][0] == "pasted.txt"
    msgs = [x["message"] for x in report["files"][0]["findings"]]
    assert any("a_bridge.txt:11" in m for m in msgs)


def test_no_copy_findings_for_a_single_file(cli):
    res = cli("--no-config", "--select", "Newslint.CopiedText", "--format", "json",
              ARTICLES / "a_bridge.txt")
    assert json.loads(res.out)["files"][0]["findings"] == []
