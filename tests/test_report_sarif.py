"""--format sarif: valid against the official SARIF 2.1.0 schema (a copy in
fixtures/), with rule metadata, regions and partialFingerprints that survive edits."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import FIXTURES, write_rule

SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\ncategory: style\n"
          "scope: line\ntokens: [bridge]\nlink: https://example.org/rules/bridge\n"
          "description: |\n  Bridges are flagged in tests.\n  Second line of help.\n")
FERRY = ("extends: existence\nmessage: \"Ferry '%s'\"\nlevel: suggestion\nscope: line\n"
         "fix: true\ntokens: [ferry]\n")
DUP = ("extends: duplicate\nmessage: \"%s: '%s'\"\nlevel: warning\ncategory: duplicate\n"
       "target: any\nmin_words: 3\nfix: true\n")


def validate(doc: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()) \
        .validate(doc)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    for rid, body in (("House.Bridge", BRIDGE), ("House.Ferry", FERRY),
                      ("House.Dup", DUP)):
        write_rule(tmp_path / "rules", rid, body)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "Council approves harbour plan\n\nThe bridge will close for repairs in June.\n\n"
        "Council approves harbour plan\n\nA ferry will run instead.\n", encoding="utf-8")
    (news / "b c.md").write_text("# Notes\n\nThe old bridge and the ferry.\n",
                                 encoding="utf-8")
    (news / "d.html").write_text("<html><body>\n<p>Late ferry times.</p>\n"
                                 "<p>The bridge &amp; the road.</p>\n</body></html>\n",
                                 encoding="utf-8")
    (news / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


def sarif(cli, ws: Path, *extra: str) -> dict:
    r = cli("--no-config", "--rules", ws / "rules", "--select", "House", "-j1",
            "--format", "sarif", *extra)
    assert r.code in (0, 1), r.err
    return json.loads(r.out)


def test_output_validates_against_the_official_schema(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    doc = sarif(cli, ws, "news")
    validate(doc)
    assert doc["version"] == "2.1.0" and len(doc["runs"]) == 1
    # the validator is strict enough to catch a broken log (so the check above means it)
    broken = json.loads(json.dumps(doc))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"][
        "startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
    broken = json.loads(json.dumps(doc))
    broken["runs"][0]["results"][0]["level"] = "suggestion"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_rule_metadata(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    run = sarif(cli, ws, "news")["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"House.Bridge", "House.Ferry", "House.Dup"}
    bridge = rules["House.Bridge"]
    assert bridge["shortDescription"]["text"] == "Bridges are flagged in tests."
    assert "Second line of help." in bridge["help"]["text"]
    assert "newslint --explain House.Bridge" in bridge["help"]["text"]
    assert bridge["helpUri"] == "https://example.org/rules/bridge"
    assert bridge["defaultConfiguration"]["level"] == "error"
    assert rules["House.Ferry"]["defaultConfiguration"]["level"] == "note"
    assert rules["House.Dup"]["defaultConfiguration"]["level"] == "warning"
    assert "duplicate" in rules["House.Dup"]["properties"]["tags"]
    for res in run["results"]:
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def _by_rule(run: dict) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]
        out.setdefault((loc["artifactLocation"]["uri"], res["ruleId"]), []).append(res)
    return out


def test_locations_regions_related_and_fixes(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    run = sarif(cli, ws, "news")["runs"][0]
    got = _by_rule(run)
    bridge = got[("news/a.txt", "House.Bridge")][0]
    loc = bridge["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert loc["region"] == {"startLine": 3, "startColumn": 5, "endLine": 3,
                             "endColumn": 11, "snippet": {"text": "bridge"}}
    assert bridge["level"] == "error" and bridge["message"]["text"] == "Found 'bridge'"
    dup = got[("news/a.txt", "House.Dup")][0]
    assert dup["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert dup["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert dup["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"][
        "startLine"] == 5
    assert "fixes" not in bridge                     # House.Bridge has no fix
    # spaces in paths are percent-encoded; HTML positions are those of the source
    assert ("news/b%20c.md", "House.Bridge") in got
    html_ferry = got[("news/d.html", "House.Ferry")][0]
    assert html_ferry["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert html_ferry["locations"][0]["physicalLocation"]["region"]["startColumn"] == 9
    html_bridge = got[("news/d.html", "House.Bridge")][0]
    assert html_bridge["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    # the binary file is reported as a tool notification, not silently dropped
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("binary" in n["message"]["text"] and n["locations"][0]["physicalLocation"][
        "artifactLocation"]["uri"] == "news/bin.txt" for n in notes)


def test_partial_fingerprints_survive_edits_elsewhere(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    art = ws / "news" / "a.txt"
    before = _by_rule(sarif(cli, ws, "news/a.txt")["runs"][0])
    text = art.read_text(encoding="utf-8")
    art.write_text(text.replace("\n\nA ferry", "\n\nNew paragraph one.\n\nAnother new "
                                "line here.\n\nA ferry"), encoding="utf-8")
    after = _by_rule(sarif(cli, ws, "news/a.txt")["runs"][0])
    ferry_b = before[("news/a.txt", "House.Ferry")][0]
    ferry_a = after[("news/a.txt", "House.Ferry")][0]
    assert ferry_a["locations"][0]["physicalLocation"]["region"]["startLine"] == \
        ferry_b["locations"][0]["physicalLocation"]["region"]["startLine"] + 4
    assert ferry_a["partialFingerprints"] == ferry_b["partialFingerprints"]
    # different findings have different fingerprints
    prints = [r["partialFingerprints"]["newslint/v1"] for rs in after.values() for r in rs]
    assert len(prints) == len(set(prints))


def test_same_text_twice_gets_two_fingerprints(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    art = ws / "news" / "twice.txt"
    art.write_text("Old bridge\n\nOld bridge\n", encoding="utf-8")
    results = sarif(cli, ws, "--select", "House.Bridge", "news/twice.txt")["runs"][0][
        "results"]
    assert len(results) == 2
    assert results[0]["partialFingerprints"] != results[1]["partialFingerprints"]


def test_empty_run_is_valid(cli, ws, monkeypatch) -> None:
    monkeypatch.chdir(ws)
    clean = ws / "clean.txt"
    clean.write_text("Nothing to see.\n", encoding="utf-8")
    doc = sarif(cli, ws, "clean.txt")
    validate(doc)
    assert doc["runs"][0]["results"] == []
