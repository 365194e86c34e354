"""--fix and --diff: golden results on copies of the seed articles, idempotence,
nothing written without --fix, safe rewriting (permissions, line endings, BOM),
HTML/Markdown sources, overlapping fixes, and inputs that are never fixed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES, write_rule
from regen_fix_golden import SELECTIONS

from lint.fix import delete_lines

INPUT = FIXTURES / "fix" / "input"
GOLDEN = FIXTURES / "fix" / "golden"
SEEDS = sorted(p.name for p in INPUT.glob("*.txt"))

FURNITURE = ("extends: existence\nmessage: \"Page furniture: '%s'\"\nlevel: error\n"
             "category: boilerplate\nscope: line\nfix: true\n"
             "raw: ['^(?:Share this story|Related)$']\n")
WORD = ("extends: existence\nmessage: \"Word '%s'\"\nlevel: warning\nscope: line\n"
        "fix: true\ntokens: [story]\n")
TYPO = ("extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nlevel: warning\n"
        "scope: line\nfix: true\nswap: {Relatd: Related}\n")
NOFIX = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: error\nscope: line\n"
         "tokens: [harbour]\n")


def select_args(selection: list[str]) -> list[str]:
    return ["--select", ",".join(selection)] if selection else []


@pytest.mark.parametrize("selection", sorted(SELECTIONS))
def test_fix_matches_golden_and_rerun_is_clean(cli, tmp_path, selection) -> None:
    for name in SEEDS:
        shutil.copy(INPUT / name, tmp_path / name)
    sel = select_args(SELECTIONS[selection])
    r = cli("--no-config", "-j1", "--fix", *sel, *sorted(tmp_path.glob("*.txt")))
    assert r.code in (0, 1), r.err
    for name in SEEDS:
        want = (GOLDEN / selection / name).read_text(encoding="utf-8")
        got = (tmp_path / name).read_text(encoding="utf-8")
        assert got == want, (f"{selection}/{name} differs from the golden file; if the "
                             f"rules changed on purpose, run tests/regen_fix_golden.py")
    again = cli("--no-config", "-j1", "--format", "json", *sel,
                *sorted(tmp_path.glob("*.txt")))
    left = [(f["rule"], f["line"]) for file in json.loads(again.out)["files"]
            for f in file["findings"] if "fix" in f]
    assert left == []


def test_duplicate_fix_golden_really_removes_the_repeats() -> None:
    # the golden files are not just copies of the input
    changed = [n for n in SEEDS if (GOLDEN / "duplicates" / n).read_bytes()
               != (INPUT / n).read_bytes()]
    assert len(changed) >= 3
    text = (GOLDEN / "duplicates" / "001_c7f61e981a04d405.txt").read_text(encoding="utf-8")
    assert text.count("Now the USA wants other countries to stop using Huawei products") == 1
    assert "\n\n\n" not in text


def test_diff_prints_a_patch_and_writes_nothing(cli, tmp_path) -> None:
    sel = select_args(SELECTIONS["duplicates"])
    for name in SEEDS:
        shutil.copy(INPUT / name, tmp_path / name)
    before = {n: ((tmp_path / n).read_bytes(), (tmp_path / n).stat().st_mtime_ns)
              for n in SEEDS}
    r = cli("--no-config", "-j1", "--diff", *sel, *sorted(tmp_path.glob("*.txt")))
    assert r.code == 1
    assert r.out.startswith("--- a/") and "+++ b/" in r.out and "would fix" in r.err
    after = {n: ((tmp_path / n).read_bytes(), (tmp_path / n).stat().st_mtime_ns)
             for n in SEEDS}
    assert after == before
    if shutil.which("patch"):
        work = tmp_path / "patched"
        work.mkdir()
        for n in SEEDS:
            shutil.copy(INPUT / n, work / n)
        diff = r.out.replace(str(tmp_path).lstrip("/") + "/", "")
        subprocess.run(["patch", "-s", "-p1", "-d", str(work)], input=diff.encode(),
                       check=True, capture_output=True)
        for n in SEEDS:
            assert (work / n).read_bytes() == (GOLDEN / "duplicates" / n).read_bytes()
    clean = tmp_path / "clean.txt"
    clean.write_text("Nothing repeated here at all.\n", encoding="utf-8")
    r = cli("--no-config", "-j1", "--diff", *sel, clean)
    assert (r.code, r.out) == (0, "")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    for rid, body in (("House.Furniture", FURNITURE), ("House.Word", WORD),
                      ("House.Typo", TYPO), ("House.NoFix", NOFIX)):
        write_rule(tmp_path / "rules", rid, body)
    return tmp_path


def house(cli, ws: Path, *args, select: str = "House", **kw):
    return cli("--no-config", "--rules", ws / "rules", "--select", select, "-j1", *args,
               **kw)


ARTICLE = ("Harbour reopens\n\nThe harbour reopened today after repairs.\n\n"
           "Related\n\nShips queued at dawn.\n\nShare this story\n")
FIXED = ("Harbour reopens\n\nThe harbour reopened today after repairs.\n\n"
         "Ships queued at dawn.\n")


def test_nothing_is_written_without_fix(cli, ws) -> None:
    art = ws / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    stamp = art.stat().st_mtime_ns
    r = house(cli, ws, art, select="House.Furniture")
    assert r.code == 1
    assert art.read_text(encoding="utf-8") == ARTICLE and art.stat().st_mtime_ns == stamp


def test_fix_keeps_permissions_crlf_and_bom(cli, ws) -> None:
    art = ws / "a.txt"
    art.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    os.chmod(art, 0o640)
    r = house(cli, ws, "--fix", art, select="House.Furniture")
    assert r.code == 0 and "fixed 2 findings" in r.out
    assert art.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode()
    assert (art.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in ws.iterdir()) == ["a.txt", "rules"]   # no temp files


def test_report_after_fix_shows_what_is_left(cli, ws) -> None:
    art = ws / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    r = house(cli, ws, "--fix", "--format", "json", art,
              select="House.Furniture,House.NoFix")
    rep = json.loads(r.out)
    assert [(f["rule"], f["line"]) for f in rep["files"][0]["findings"]] == \
        [("House.NoFix", 3)]
    assert r.code == 1                      # the unfixable error still fails the run
    assert art.read_text(encoding="utf-8") == FIXED


def test_overlapping_and_chained_fixes_take_several_passes(cli, ws) -> None:
    art = ws / "a.txt"
    # Word's deletion of "story" overlaps Furniture's deletion of the whole line (only
    # one may apply); Typo turns "Relatd" into "Related", a furniture line that only
    # the next pass, after linting the fixed text again, can delete.
    art.write_text("Harbour reopens\n\nThe harbour reopened today after repairs.\n\n"
                   "Relatd\n\nShare this story\n", encoding="utf-8")
    r = house(cli, ws, "--fix", art, select="House.Furniture,House.Typo,House.Word")
    assert r.code == 0, r.out
    assert art.read_text(encoding="utf-8") == \
        "Harbour reopens\n\nThe harbour reopened today after repairs.\n"
    assert "fixed 3 findings" in r.out


def test_html_and_markdown_fix_the_source(cli, ws) -> None:
    page = ws / "a.html"
    page.write_text("<html><body>\n<h1>Harbour reopens</h1>\n<p>Ships queued.</p>\n"
                    "<p>Related</p>\n<p>The harbour &amp; the quay reopened.</p>\n"
                    "</body></html>\n", encoding="utf-8")
    md = ws / "a.md"
    md.write_text("# Harbour reopens\n\nShips queued.\n\nRelated\n\nThe quay reopened.\n",
                  encoding="utf-8")
    r = house(cli, ws, "--fix", page, md, select="House.Furniture")
    assert r.code == 0, r.out
    assert page.read_text(encoding="utf-8") == (
        "<html><body>\n<h1>Harbour reopens</h1>\n<p>Ships queued.</p>\n"
        "<p>The harbour &amp; the quay reopened.</p>\n</body></html>\n")
    assert md.read_text(encoding="utf-8") == \
        "# Harbour reopens\n\nShips queued.\n\nThe quay reopened.\n"


def test_stdin_and_non_utf8_files_are_never_rewritten(cli, ws) -> None:
    r = house(cli, ws, "--fix", "-", select="House.Furniture", stdin=ARTICLE.encode())
    assert "standard input is never fixed" in r.out and r.code == 1
    latin = ws / "latin.txt"
    data = ARTICLE.replace("repairs", "r\xe9parations").encode("cp1252")
    latin.write_bytes(data)
    r = house(cli, ws, "--fix", latin, select="House.Furniture")
    assert latin.read_bytes() == data and "not fixed: not valid UTF-8" in r.out


def test_jsonl_records_are_never_fixed(cli, ws) -> None:
    from lint.cli import build_parser

    if "--jsonl" not in build_parser().format_help():
        pytest.skip("this build has no --jsonl input")
    corpus = ws / "c.jsonl"
    line = json.dumps({"id": "a", "text": ARTICLE}) + "\n"
    corpus.write_text(line, encoding="utf-8")
    r = house(cli, ws, "--jsonl", "--fix", corpus, select="House.Furniture")
    assert corpus.read_text(encoding="utf-8") == line
    assert "JSONL records are never fixed" in r.out


def _delete(src: str, line_no: int) -> str:
    lines = src.split("\n")
    a = sum(len(ln) + 1 for ln in lines[:line_no])
    x, y = delete_lines(src, a, a + len(lines[line_no]))
    return src[:x] + src[y:]


@pytest.mark.parametrize("src, line_no, want", [
    ("H\n\nH\n\nBody\n", 2, "H\n\nBody\n"),        # between blank lines: one blank goes too
    ("Top\n\nBody\n", 0, "Body\n"),                 # first line: no leading blank left
    ("a\nR\nb\n", 1, "a\nb\n"),                     # inside a block: just the line
    ("a\nR\n\nb\n", 1, "a\n\nb\n"),                 # keeps the paragraph break after it
    ("X\n\nRA\n", 2, "X\n"),                        # last line: no trailing blank line
    ("X\n\nRA", 2, "X"),                            # ... and no final newline added
])
def test_whole_line_deletion_leaves_no_double_blank_lines(src, line_no, want) -> None:
    assert _delete(src, line_no) == want
