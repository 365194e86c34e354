"""--format junit: JUnit XML that Jenkins' schema accepts and GitLab can read.

Validated with lxml against fixtures/junit-10.xsd, the schema Jenkins' xUnit
plugin checks JUnit reports with (there is no official JUnit schema).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import FIXTURES, write_rule

etree = pytest.importorskip("lxml.etree", reason="lxml validates the XML schema")

BRIDGE = ("extends: existence\nmessage: \"Found '%s' & <more>\"\nlevel: error\n"
          "category: style\nscope: line\ntokens: [bridge]\n")
FERRY = ("extends: existence\nmessage: \"Ferry '%s'\"\nlevel: suggestion\nscope: line\n"
         "tokens: [ferry]\n")


def schema():
    return etree.XMLSchema(etree.parse(str(FIXTURES / "junit-10.xsd")))


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    write_rule(tmp_path / "rules", "House.Bridge", BRIDGE)
    write_rule(tmp_path / "rules", "House.Ferry", FERRY)
    news = tmp_path / "news"
    news.mkdir()
    (news / 'a "q" & <b>.txt').write_text("The bridge \x07opened.\nA ferry ran.\n"
                                          "The bridge held.\n", encoding="utf-8")
    (news / "clean.txt").write_text("Calm day.\n", encoding="utf-8")
    (news / "bin.txt").write_bytes(b"\x00\x00binary")
    return tmp_path


def run_junit(cli, ws: Path) -> tuple[int, str]:
    r = cli("--no-config", "--rules", ws / "rules", "--select", "House", "-j1",
            "--format", "junit", ws / "news")
    return r.code, r.out


def test_validates_against_the_jenkins_junit_schema(cli, ws) -> None:
    code, out = run_junit(cli, ws)
    assert code == 1
    doc = etree.fromstring(out.encode("utf-8"))
    s = schema()
    assert s.validate(doc), s.error_log
    # the schema really checks: a test case without its required name is rejected
    doc.find(".//testcase").attrib.pop("name")
    assert not s.validate(doc)


def test_structure_counts_and_escaping(cli, ws) -> None:
    _, out = run_junit(cli, ws)
    root = ET.fromstring(out)
    assert root.tag == "testsuites" and root.get("name") == "newslint"
    suites = {Path(s.get("file")).name: s for s in root.findall("testsuite")}
    assert set(suites) == {'a "q" & <b>.txt', "clean.txt", "bin.txt"}
    bad = suites['a "q" & <b>.txt']
    cases = bad.findall("testcase")
    assert (bad.get("tests"), bad.get("failures")) == ("3", "3")
    failures = [c.find("failure") for c in cases]
    assert [f.get("type") for f in failures] == ["House.Bridge", "House.Ferry",
                                                  "House.Bridge"]
    assert failures[0].get("message") == "Found 'bridge' & <more>"
    assert ":1:5: error: Found 'bridge' & <more> [House.Bridge]" in failures[0].text
    assert all(c.get("classname") == bad.get("file") for c in cases)
    clean = suites["clean.txt"]
    assert (clean.get("tests"), clean.get("failures")) == ("1", "0")
    assert clean.find("testcase").find("failure") is None
    skipped = suites["bin.txt"]
    assert skipped.find("testcase/skipped") is not None
    assert "binary" in skipped.find("testcase/skipped").get("message")
    assert root.get("tests") == "5" and root.get("failures") == "3"


def test_no_files_is_still_a_valid_report(cli, tmp_path) -> None:
    write_rule(tmp_path / "rules", "House.Bridge", BRIDGE)
    empty = tmp_path / "empty"
    empty.mkdir()
    r = cli("--no-config", "--rules", tmp_path / "rules", "--select", "House", "-j1",
            "--format", "junit", empty)
    doc = etree.fromstring(r.out.encode("utf-8"))
    assert schema().validate(doc)
