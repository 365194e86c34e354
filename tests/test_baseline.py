"""--write-baseline / --baseline: fingerprints that survive edits elsewhere,
new findings still reported, atomic writes that keep permissions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import write_rule

from lint.fileio import atomic_write

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\ncategory: style\n"
          "scope: line\ntokens: [bridge]\n")
FURNITURE = ("extends: existence\nmessage: \"Page furniture: '%s'\"\nlevel: error\n"
             "category: boilerplate\nscope: line\nraw: ['^(?:Share this|Related)$']\n")

ARTICLE = ("Harbour plan approved\n\n"
           "The council voted on Tuesday to rebuild the harbour wall.\n\n"
           "Work on the old bridge starts in spring, officials said.\n\n"
           "Share this\n")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    write_rule(tmp_path / "rules", "House.Bridge", BRIDGE)
    write_rule(tmp_path / "rules", "House.Furniture", FURNITURE)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def lint(cli, ws: Path, *extra):
    r = cli("--no-config", "--rules", ws / "rules", "--select", "House", "-j1",
            "--format", "json", *extra)
    assert r.code != 2, r.err
    return r.code, json.loads(r.out) if r.out.strip().startswith("{") else None


def findings(report: dict) -> list[tuple[str, int]]:
    return [(f["rule"], f["line"]) for file in report["files"] for f in file["findings"]]


def test_round_trip_with_lines_inserted_above(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    code, rep = lint(cli, ws, "news", "--write-baseline", "baseline.json")
    assert code == 0                                  # writing a baseline accepts today
    assert findings(rep) == [("House.Bridge", 5), ("House.Furniture", 7)]
    data = json.loads((ws / "baseline.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["rule"], e["line"]) for e in data["findings"]] == \
        [("news/a.txt", "House.Bridge", 5), ("news/a.txt", "House.Furniture", 7)]
    code, rep = lint(cli, ws, "news", "--baseline", "baseline.json")
    assert code == 0 and findings(rep) == []
    # insert paragraphs above both findings: lines move, fingerprints do not
    art = ws / "news" / "a.txt"
    art.write_text(ARTICLE.replace("The council", "A new first paragraph.\n\nAnd a "
                                   "second one.\n\nThe council"), encoding="utf-8")
    code, rep = lint(cli, ws, "news")
    assert findings(rep) == [("House.Bridge", 9), ("House.Furniture", 11)]
    code, rep = lint(cli, ws, "news", "--baseline", "baseline.json")
    assert code == 0 and findings(rep) == []
    assert any("known to the baseline" in n for n in rep["summary"].get("notes", []))


def test_new_findings_are_reported_and_fail(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    lint(cli, ws, "news", "--write-baseline", "baseline.json")
    art = ws / "news" / "a.txt"
    # a second, identical furniture line and a new bridge sentence
    art.write_text(ARTICLE + "\nA new bridge opens later.\n\nShare this\n", encoding="utf-8")
    code, rep = lint(cli, ws, "news", "--baseline", "baseline.json")
    assert code == 1
    assert findings(rep) == [("House.Bridge", 9), ("House.Furniture", 11)]


def test_an_edited_finding_is_new(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    lint(cli, ws, "news", "--write-baseline", "baseline.json")
    art = ws / "news" / "a.txt"
    art.write_text(ARTICLE.replace("old bridge starts", "rail bridge begins"),
                   encoding="utf-8")
    code, rep = lint(cli, ws, "news", "--baseline", "baseline.json")
    assert code == 1 and findings(rep) == [("House.Bridge", 5)]


def test_baseline_paths_are_relative_to_the_baseline_file(cli, ws, monkeypatch,
                                                         tmp_path_factory) -> None:
    monkeypatch.chdir(ws)
    lint(cli, ws, "news", "--write-baseline", "baseline.json")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)
    code, rep = lint(cli, ws, ws / "news", "--baseline", ws / "baseline.json")
    assert code == 0 and findings(rep) == []


def test_missing_or_broken_baseline_is_a_usage_error(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    r = cli("--no-config", "--rules", ws / "rules", "news", "--baseline", "nope.json")
    assert r.code == 2 and "nope.json" in r.err and "not found" in r.err
    (ws / "bad.json").write_text("{not json", encoding="utf-8")
    r = cli("--no-config", "--rules", ws / "rules", "news", "--baseline", "bad.json")
    assert r.code == 2 and "bad.json" in r.err
    (ws / "bad.json").write_text('{"findings": [{"path": 3}]}', encoding="utf-8")
    r = cli("--no-config", "--rules", ws / "rules", "news", "--baseline", "bad.json")
    assert r.code == 2 and "findings[0]" in r.err


def test_rewriting_a_baseline_keeps_its_permissions(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    base = ws / "baseline.json"
    base.write_text("{}", encoding="utf-8")
    os.chmod(base, 0o640)
    lint(cli, ws, "news", "--write-baseline", "baseline.json")
    assert (base.stat().st_mode & 0o777) == 0o640
    assert json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert sorted(p.name for p in ws.iterdir()) == ["baseline.json", "news", "rules"]


def test_atomic_write_leaves_the_old_file_when_it_fails(tmp_path, monkeypatch) -> None:
    target = tmp_path / "f.txt"
    target.write_text("old\n", encoding="utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]      # no temp file left


def test_atomic_write_new_file_and_symlink(tmp_path) -> None:
    new = tmp_path / "new.txt"
    atomic_write(new, "x\n")
    assert new.read_text(encoding="utf-8") == "x\n"
    mask = os.umask(0)
    os.umask(mask)
    assert (new.stat().st_mode & 0o777) == 0o666 & ~mask
    link = tmp_path / "link.txt"
    link.symlink_to(new)
    atomic_write(link, b"y\r\n")
    assert link.is_symlink() and new.read_bytes() == b"y\r\n"
