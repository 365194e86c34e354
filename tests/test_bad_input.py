"""Bad input never stops a run: each problem gets a clear note and the other files
are still linted. And newslint never modifies the files it reads."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import write_rule

import lint.inputs as inputs
from lint.inputs import decode, document_from_bytes, looks_binary

RULE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\nscope: line\n"
        "tokens: [bridge]\n")
GOOD = "The bridge opened on Tuesday.\n"


@pytest.fixture
def run(tmp_path, cli):
    """Lint paths with one 'bridge' rule; returns (exit code, {file name: entry}, report)."""
    write_rule(tmp_path / "rules", "House.Bridge", RULE)

    def go(*paths):
        res = cli("--no-config", "--rules", tmp_path / "rules", "--select", "House",
                  "--format", "json", *paths)
        assert "Traceback" not in res.err
        report = json.loads(res.out)
        return res.code, {Path(f["path"]).name: f for f in report["files"]}, report

    return go


def good_file(folder: Path) -> Path:
    f = folder / "good.txt"
    f.write_text(GOOD)
    return f


def test_empty_file(tmp_path, run):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n  \n\t\n")
    code, files, _ = run(empty, blank, good_file(tmp_path))
    assert files["empty.txt"]["findings"] == [] and "empty" in files["empty.txt"]["notes"][0]
    assert files["blank.txt"]["findings"] == []
    assert files["good.txt"]["findings"][0]["line"] == 1
    assert code == 1


def test_binary_file_is_skipped_with_a_note(tmp_path, run):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, files, report = run(png, good_file(tmp_path))
    entry = files["image.txt"]
    assert entry.get("skipped") is True and "binary" in entry["notes"][0]
    assert files["good.txt"]["findings"]
    assert report["summary"]["files"] == 1


def test_looks_binary():
    assert looks_binary(b"abc\x00def")
    assert looks_binary(bytes(range(1, 9)) * 100)
    assert not looks_binary("Caf\u00e9 \u201cquoted\u201d\n\tTabbed.\r\n".encode())
    assert not looks_binary(b"")


def test_cp1252_file_is_decoded_with_a_note_and_no_text_lost(tmp_path, run):
    f = tmp_path / "old.txt"
    f.write_bytes(b"Caf\xe9 owners cheered.\n\x93The bridge is ours,\x94 one said.\n")
    code, files, _ = run(f)
    entry = files["old.txt"]
    assert any("UTF-8" in n and "cp1252" in n for n in entry["notes"])
    [finding] = entry["findings"]
    assert (finding["line"], finding["column"]) == (2, 6)


def test_mixed_encoding_keeps_every_line():
    data = ("Na\u00efve \u201cplans\u201d in UTF-8.\n".encode()
            + b"Caf\xe9 and \x93quotes\x94 in cp1252.\n"
            + "Back to UTF-8: \u00e9t\u00e9.\n".encode()
            + b"Undefined \x81 byte.\n")
    text, notes = decode(data, "mixed.txt")
    assert text.split("\n") == ["Na\u00efve \u201cplans\u201d in UTF-8.",
                                "Caf\u00e9 and \u201cquotes\u201d in cp1252.",
                                "Back to UTF-8: \u00e9t\u00e9.", "Undefined \x81 byte.", ""]
    assert "\ufffd" not in text
    assert notes == ["not valid UTF-8; byte(s) on line(s) 2, 4 decoded as cp1252"]


def test_a_line_mixing_both_encodings_keeps_both_right():
    text, notes = decode(b"Caf\xe9 ol\xc3\xa9, \x93quoted\x94 \xe2\x80\x94 done.\n", "m.txt")
    assert text == "Caf\u00e9 ol\u00e9, \u201cquoted\u201d \u2014 done.\n"
    assert notes == ["not valid UTF-8; byte(s) on line(s) 1 decoded as cp1252"]


def test_utf8_bom_and_utf16_are_decoded():
    text, notes = decode(b"\xef\xbb\xbfHello.\n", "a.txt")
    assert (text, notes) == ("Hello.\n", [])
    doc = document_from_bytes("b.txt", "Bridge \u00e9t\u00e9.\n".encode("utf-16"))
    assert doc.text == "Bridge \u00e9t\u00e9.\n"
    assert any("UTF-16" in n for n in doc.notes)


def test_crlf_line_endings_give_the_right_columns(tmp_path, run):
    f = tmp_path / "dos.txt"
    f.write_bytes(b"First line.\r\nThe bridge.\r\n")
    _, files, _ = run(f)
    [finding] = files["dos.txt"]["findings"]
    assert (finding["line"], finding["column"], finding["match"]) == (2, 5, "bridge")


def test_vanished_file_is_reported_and_the_run_goes_on(tmp_path, run):
    code, files, _ = run(tmp_path / "gone.txt", good_file(tmp_path))
    entry = files["gone.txt"]
    assert entry.get("skipped") is True and "not found" in entry["notes"][0]
    assert files["good.txt"]["findings"]
    assert code == 2          # a named path that does not exist fails the run


def test_directory_with_no_articles(tmp_path, run):
    empty = tmp_path / "nothing"
    (empty / "deeper").mkdir(parents=True)
    (empty / "data.csv").write_text("a,b\n")
    code, files, report = run(empty, good_file(tmp_path))
    assert list(files) == ["good.txt"]
    assert any("no articles" in n and "nothing" in n for n in report["summary"]["notes"])


def test_huge_file_is_skipped(tmp_path, run, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("The bridge is long. " * 100)
    code, files, _ = run(big, good_file(tmp_path))
    assert files["big.txt"].get("skipped") is True
    assert "limit" in files["big.txt"]["notes"][0]
    assert files["good.txt"]["findings"]


def test_huge_and_broken_inputs_in_the_text_report(tmp_path, cli, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_BYTES", 1000)
    (tmp_path / "big.txt").write_text("x " * 1000)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    res = cli("--no-config", "--select", "Newslint.DuplicateParagraph",
              tmp_path / "big.txt", tmp_path / "bin.txt", tmp_path / "gone.txt")
    assert res.code == 2 and "Traceback" not in res.err     # gone.txt: a missing path
    assert [ln.endswith("  skipped") for ln in res.out.splitlines()].count(True) == 3
    assert "2.0 KB is over the 1000 bytes limit" in res.out
    assert res.out.rstrip().endswith("0 files checked: 0 errors, 0 warnings, 0 suggestions")


def test_newslint_never_modifies_what_it_lints(tmp_path, cli):
    files = {
        "a.txt": b"Bridge news\nThe bridge opened.\nBridge news\nRelated Articles\n",
        "b.md": b"---\ntitle: x\n---\n# Bridge\n\nThe bridge.\n",
        "c.html": b"<p>The bridge.</p>",
        "d.txt": b"Caf\xe9 bridge.\r\n",
    }
    stamps = {}
    for name, data in files.items():
        f = tmp_path / name
        f.write_bytes(data)
        os.utime(f, (1_000_000_000, 1_000_000_000))
        stamps[name] = f.stat().st_mtime_ns
    before = sorted(p.name for p in tmp_path.iterdir())
    res = cli("--no-config", tmp_path)
    assert res.code in (0, 1), res.err
    for name, data in files.items():
        f = tmp_path / name
        assert f.read_bytes() == data
        assert f.stat().st_mtime_ns == stamps[name]
    assert sorted(p.name for p in tmp_path.iterdir()) == before
