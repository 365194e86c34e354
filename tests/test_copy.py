"""The copy check: sentences and articles shared between the articles of one run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from lint.checks.copy import SENTENCE_PERM
from lint.engine import Engine
from lint.parallel import TextItem, lint_all
from lint.rules import builtin_rules_dir, load_rules
from lint.textutil import normalise

CORPUS = FIXTURES / "corpus"

LEAD = ("Harbour officials said the new ferry terminal would open in the spring after "
        "two years of delays caused by flooding.")
SPUN = ("Harbour officials said the new ferry terminal would open in the autumn after "
        "two years of hold-ups caused by flooding.")
OTHER = ("The school board voted on Thursday to extend the lunch break by ten minutes "
         "from the start of next term.")
FILLER = ("A spokesman for the operator declined to say how many crossings a day the "
          "terminal would handle once it is running.")


def copy_engine(**overrides) -> Engine:
    rules = load_rules([builtin_rules_dir()], {"Newslint.CopiedText": overrides} if
                       overrides else {}, keep=lambda rid: rid == "Newslint.CopiedText")
    return Engine(rules)


def run_corpus(texts: dict[str, str], jobs: int = 1, **overrides) -> dict[str, list]:
    """Lint named texts as one run; {name: [(line, column, message), ...]}."""
    items = [TextItem(name, text) for name, text in texts.items()]
    out = {}
    for r in lint_all(copy_engine(**overrides), items, jobs):
        out[r.path] = [(f.line, f.column, f.message) for f in r.findings]
    return out


def test_exact_copy_is_flagged_on_both_sides_naming_the_other_file_and_line():
    got = run_corpus({"a.txt": f"{OTHER}\n\n{LEAD}\n", "b.txt": f"{FILLER}\n\n{LEAD}\n",
                      "c.txt": f"{OTHER.replace('school', 'parish')[:40]}\n"})
    assert got["a.txt"] == [(3, 1, "Sentence also in b.txt:3")]
    assert got["b.txt"] == [(3, 1, "Sentence also in a.txt:3")]
    assert got["c.txt"] == []


def test_case_quotes_whitespace_and_us_variants_do_not_hide_a_copy():
    a = "Officials in the U.S. say the \u201cnew\u201d rules will cut costs for small farms."
    b = 'officials in the USA   say the "new" rules will cut costs for small farms.'
    got = run_corpus({"a.txt": a, "b.txt": b})
    assert got["a.txt"] and got["b.txt"]
    assert normalise("the U.S. Army", country_variants=True) == \
        normalise("the US Army", country_variants=True)


def test_lightly_spun_sentence_is_a_near_copy_and_can_be_switched_off():
    texts = {"a.txt": f"{LEAD}\n", "b.txt": f"{SPUN}\n"}
    got = run_corpus(texts)
    assert len(got["a.txt"]) == 1 and "nearly the same as b.txt:1" in got["a.txt"][0][2]
    assert len(got["b.txt"]) == 1 and "nearly the same as a.txt:1" in got["b.txt"][0][2]
    assert run_corpus(texts, near=0.0) == {"a.txt": [], "b.txt": []}


def test_different_sentences_sharing_a_few_words_are_not_copies():
    a = "The council said the bridge would reopen to traffic on Friday after repairs."
    b = "The council said the library would close early on Friday for a staff meeting."
    assert run_corpus({"a.txt": a, "b.txt": b}) == {"a.txt": [], "b.txt": []}


def test_a_quote_both_articles_quote_is_not_a_copy_unless_configured():
    quote = "We will not let this project fail, whatever the cost turns out to be"
    a = f'"{quote}," the mayor said on Monday.'
    b = f"\u201c{quote},\u201d the mayor said on Monday."
    assert run_corpus({"a.txt": a, "b.txt": b}) == {"a.txt": [], "b.txt": []}
    got = run_corpus({"a.txt": a, "b.txt": b}, quotes=True)
    assert got["a.txt"] and got["b.txt"]


def test_a_sentence_quoted_in_one_article_and_unquoted_in_the_other_is_a_copy():
    a = ('The minister spoke briefly. "The harbour will reopen by the end of the month. '
         'Everyone has worked hard," she said.')
    b = "Cranes stood idle on the quay all weekend. " \
        "The harbour will reopen by the end of the month."
    got = run_corpus({"a.txt": a, "b.txt": b})
    assert [(ln, col) for ln, col, _ in got["a.txt"]] == [(1, a.index('"The harbour') + 1)]
    assert [(ln, col) for ln, col, _ in got["b.txt"]] == [(1, b.index("The harbour") + 1)]


def test_short_sentences_are_not_compared():
    a = "Read the full story here.\n\nShare this article now.\n"
    assert run_corpus({"a.txt": a, "b.txt": a}) == {"a.txt": [], "b.txt": []}


def test_consecutive_copied_sentences_make_one_finding():
    para = f"{LEAD} {FILLER}"
    got = run_corpus({"a.txt": para, "b.txt": f"{OTHER}\n\n{para}\n"}, document=0.0)
    assert got["a.txt"] == [(1, 1, "2 sentences also in b.txt:3")]


def test_near_duplicate_articles_get_one_document_finding():
    body = "\n\n".join(f"Paragraph {i} of the report says {LEAD.lower()}" for i in range(6))
    a = "Storm closes the harbour\n\n" + body
    b = "Storm shuts the harbour\n\n" + body
    got = run_corpus({"a.txt": a, "b.txt": b})
    assert len(got["a.txt"]) == 1 and got["a.txt"][0][:2] == (1, 1)
    assert "Whole article nearly duplicates b.txt" in got["a.txt"][0][2]
    assert len(got["b.txt"]) == 1


def test_text_in_more_articles_than_max_articles_is_stock_text():
    texts = {f"{i}.txt": f"{LEAD}\n" for i in range(4)}
    assert all(run_corpus(texts).values())
    assert not any(run_corpus(texts, max_articles=3).values())


def test_one_article_alone_gets_no_copy_findings():
    got = run_corpus({"a.txt": f"{LEAD}\n\n{LEAD}\n"})
    assert got == {"a.txt": []}


def test_golden_corpus_articles(cli):
    assert_golden(cli, CORPUS / "articles", CORPUS / "articles.golden")


def test_golden_corpus_seeds_finds_the_four_known_copies(cli):
    assert_golden(cli, CORPUS / "seeds", CORPUS / "seeds.golden")


def assert_golden(cli, folder: Path, golden: Path) -> None:
    res = cli("--no-config", "--select", "Newslint.CopiedText", "-j", "1", "--format",
              "json", folder)
    report = json.loads(res.out)
    got = [f"{Path(f['path']).name}:{x['line']}:{x['column']}:{x['rule']}"
           for f in report["files"] for x in f["findings"]]
    assert got == golden.read_text(encoding="utf-8").split()


def test_signatures_equal_datasketch_minhash():
    np = pytest.importorskip("numpy")
    datasketch = pytest.importorskip("datasketch")
    from lint import minhash

    sets = [np.array([1, 2, 3, 99], dtype=np.uint32),
            np.array([7, 5_000_000_000 % 2**32, 42], dtype=np.uint32)]
    starts = [0, len(sets[0])]
    ours = minhash.signatures(np.concatenate(sets), starts, SENTENCE_PERM)
    for row, values in zip(ours, sets):
        m = datasketch.MinHash(num_perm=SENTENCE_PERM, seed=minhash.SEED,
                               hashfunc=lambda x: x)
        m.update_batch([int(v) for v in values])
        assert row.tolist() == m.hashvalues.tolist()


def test_shingles_of_several_runs_never_cross_a_run_boundary():
    np = pytest.importorskip("numpy")
    from lint import minhash

    runs = [np.array([5, 6, 7], dtype=np.uint32), np.array([8, 9, 10, 11], dtype=np.uint32),
            np.array([12, 13], dtype=np.uint32)]
    for n in (2, 3):                      # (a run shorter than n has no shingles)
        kept = [r for r in runs if len(r) >= n]
        b = [0]
        for r in kept:
            b.append(b[-1] + len(r))
        got, starts = minhash.run_shingles(np.concatenate(kept), b, n)
        one_by_one = [minhash.shingles(r, n) for r in kept]
        assert got.tolist() == np.concatenate(one_by_one).tolist()
        assert starts == [sum(len(x) for x in one_by_one[:i]) for i in range(len(kept))]


def test_word_hashes_are_crc32_of_the_utf8_word_every_time():
    import zlib

    from lint import minhash

    words = ["harbour", "caf\u00e9", "harbour", "2019"]
    expected = [zlib.crc32(w.encode("utf-8")) for w in words]
    assert minhash.word_hashes(words) == expected
    assert minhash.word_hashes(words) == expected      # (now from the cache)


def test_sentence_units_travel_as_bytes_and_come_back_whole():
    from lint.checks.copy import Unit, pack_units, unpack_units

    units = [Unit(3, 1, 3, 80, 1, "First sentence."), Unit(4, 1, 5, 2, 2, "Second \u201cone\u201d.")]
    payload = pack_units(units, units[0])
    assert isinstance(payload, bytes)
    assert unpack_units(payload) == (units, units[0])
    assert unpack_units(pack_units([], None)) == ([], None)


def test_band_table_is_datasketchs_optimum():
    pytest.importorskip("scipy")
    from datasketch.lsh import _optimal_param

    from lint import minhash

    for n, table in minhash.BAND_TABLE.items():
        for t in (0.5, 0.8, 0.9):
            assert table[t] == _optimal_param(t, n, *minhash.LSH_WEIGHTS)


def test_single_file_run_never_imports_numpy():
    code = ("import sys; from lint.cli import main; "
            f"main(['--no-config', {str(CORPUS / 'articles' / 'a_bridge.txt')!r}]); "
            "sys.stdout.write('NUMPY' if 'numpy' in sys.modules else 'CLEAN')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.stdout.endswith("CLEAN"), proc.stderr[-500:]


def lint_files(tmp_path: Path, files: dict[str, str], jobs: int = 1,
               context: dict | None = None) -> dict[str, list[tuple[str, int]]]:
    """Lint files on disk as one run; {name: [(rule, line), ...]}."""
    from lint.parallel import FileItem

    rules = load_rules([builtin_rules_dir()], {},
                       keep=lambda rid: rid == "Newslint.CopiedText")
    items = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        items.append(FileItem(str(tmp_path / name), name))
    return {r.path: [(f.rule, f.line) for f in r.findings]
            for r in lint_all(Engine(rules, context or {}), items, jobs)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_inline_directives_silence_copy_findings(tmp_path, jobs):
    quoted_on_purpose = (f"{OTHER}\n\n<!-- newslint-disable-next-line Newslint.CopiedText "
                         f"-- agency copy, licensed -->\n{LEAD}\n\n{FILLER}\n")
    got = lint_files(tmp_path, {"a.md": quoted_on_purpose, "b.md": f"{FILLER}\n\n{LEAD}\n"},
                     jobs)
    assert got["a.md"] == [("Newslint.CopiedText", 6)]           # FILLER is still a copy
    assert got["b.md"] == [("Newslint.CopiedText", 1), ("Newslint.CopiedText", 3)]


def test_a_directive_used_only_by_a_copy_finding_is_not_reported_unused(tmp_path):
    a = f"{OTHER}\n\n{LEAD} <!-- newslint-disable-line Newslint.CopiedText -->\n"
    b = f"{OTHER}\n\nAn unrelated line here. <!-- newslint-disable-line -->\n"
    got = lint_files(tmp_path, {"a.md": a, "b.md": b, "c.md": f"{LEAD}\n"},
                     context={"report_unused_suppressions": True})
    assert got["a.md"] == [("Newslint.CopiedText", 1)]           # OTHER, shared with b
    assert got["b.md"] == [("Newslint.CopiedText", 1), ("Newslint.UnusedSuppression", 3)]
    assert got["c.md"] == [("Newslint.CopiedText", 1)]


def test_per_file_ignores_reach_copy_findings(tmp_path):
    got = lint_files(tmp_path, {"wire.txt": f"{LEAD}\n", "own.txt": f"{LEAD}\n"},
                     context={"per_file_ignores": {"wire.txt": ["Newslint.CopiedText"]}})
    assert got["wire.txt"] == []
    assert got["own.txt"] == [("Newslint.CopiedText", 1)]
