"""The ``swapped_words`` garble detector (Newslint.GarbledSwap) and lint.bigrams.

The detector judges adjacent words with symspellpy's English word-pair counts,
read from the package's data files without importing it. All example sentences
are written for these tests.
"""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT, lint_text, run_module

from lint import bigrams
from lint.rules import build_rule, read_rule_file

RULE_PATH = ROOT / "rules" / "Newslint" / "GarbledSwap.yml"

needs_data = pytest.mark.skipif(not bigrams.installed(),
                                reason="symspellpy's frequency lists are not installed")


def swap_rule():
    return build_rule("Newslint.GarbledSwap", str(RULE_PATH), read_rule_file(RULE_PATH))


def hits(text: str) -> list[str]:
    return [f.match for f in lint_text(text, swap_rule()).findings]


# -- the data -------------------------------------------------------------------

@needs_data
def test_counts_come_from_the_lists():
    assert bigrams.available()
    assert bigrams.bigram("comment", "on") > bigrams.FLOOR
    assert bigrams.bigram("on", "comment") == 0
    assert bigrams.bigram("of", "the") > bigrams.bigram("the", "of")
    assert bigrams.unigram("the") > bigrams.unigram("house") > 0
    assert bigrams.unigram("qzxv") == 0
    assert bigrams.total() > bigrams.unigram("the")


def python_prints(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (so module caches start empty)."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@needs_data
def test_symspellpy_is_not_imported():
    assert python_prints("import sys; from lint import bigrams; assert bigrams.available(); "
                         "print('symspellpy' in sys.modules)") == "False"


@needs_data
def test_shipped_swap_pairs_equal_the_recomputation():
    from lint import garble_words

    text = garble_words._SW_PAIRS_FILE.read_text(encoding="utf-8")
    shipped = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert shipped == sorted(set(shipped))
    assert set(shipped) == garble_words.swap_pairs(), (
        "lint/data/swap_pairs.txt is stale: python -m lint.garble_words --write-swap-pairs")
    assert {"be will", "we why", "been has", "have would"} <= set(shipped)


SCREEN_TEXT = ("We\u2019re in it, 'the plan' rock'n'roll is he be will do don't go "
               "X the ab'cd ef ''so far'' (by now) caf\u00e9 to \u00e9we why")
SCREEN_PAIRS = [("in", "it"), ("the", "plan"), ("is", "he"), ("he", "be"), ("be", "will"),
                ("will", "do"), ("so", "far"), ("by", "now"), ("we", "why")]


def test_pair_regex_reads_whole_lower_case_tokens():
    from lint.garble_words import _SW_PAIR

    assert _SW_PAIR.findall(SCREEN_TEXT) == SCREEN_PAIRS


def test_screen_sees_every_pair_the_regex_reads():
    from lint.garble_words import _sw_screen

    for pair in SCREEN_PAIRS:
        assert _sw_screen(SCREEN_TEXT, frozenset([pair])), pair
    for pair in [("re", "in"), ("roll", "is"), ("do", "don"), ("ab", "cd"), ("cd", "ef"),
                 ("it", "the"), ("caf", "to"), ("to", "we"), ("plan", "rock")]:
        assert not _sw_screen(SCREEN_TEXT, frozenset([pair])), pair


@needs_data
def test_article_without_a_candidate_pair_leaves_the_lists_unread():
    code = ("from lint import bigrams, garble_words as g; from lint.document import Document; "
            "d = Document('a', 'The council will meet on Monday to review the budget.'); "
            "assert list(g.swapped_words(d)) == []; "
            "print(bigrams._tables.cache_info().currsize)")
    assert python_prints(code) == "0"


@needs_data
def test_missing_pair_file_falls_back_to_the_lists(monkeypatch, tmp_path):
    from lint import garble_words

    monkeypatch.setattr(garble_words, "_SW_PAIRS_FILE", tmp_path / "none.txt")
    garble_words._sw_pairs.cache_clear()
    try:
        assert "used be" in hits("She said she used be to a teacher in the town before the war.")
    finally:
        garble_words._sw_pairs.cache_clear()


# -- swaps that must be flagged ------------------------------------------------

@needs_data
@pytest.mark.parametrize("text,flag", [
    ("She said she used be to a teacher in the town before the war.", "used be"),
    ("That is we why are asking the council for a second vote on the plan.",
     "we why"),
    ("The treasurer, who I have would hired again, left the firm in May.",
     "have would"),
    # the word before the pair is a sentence-opening determiner
    ("The mine will close later. The will project extend its life by 12 years.",
     "will project"),
])
def test_swapped_neighbours_are_flagged(text, flag):
    assert flag in hits(text)


@needs_data
def test_a_pair_grammar_forbids_outright_is_left_to_word_order():
    from lint.rules import builtin_rules_dir, load_rules

    both = load_rules([builtin_rules_dir()], {}, keep=lambda rid: rid in (
        "Newslint.GarbledSwap", "Newslint.GarbledWordOrder"))
    found = lint_text("The mayor said that he be will cleared of every charge.", *both)
    assert [(f.rule, f.match) for f in found.findings] == [
        ("Newslint.GarbledWordOrder", "be will")]


@needs_data
def test_without_word_order_the_swap_rule_reports_the_pair_itself():
    """The hand-off is the rule's ``defers_to`` key: when GarbledWordOrder is
    not run, nothing replaces GarbledSwap's finding, so it stays."""
    from lint.rules import builtin_rules_dir, load_rules

    alone = load_rules([builtin_rules_dir()], {},
                       keep=lambda rid: rid == "Newslint.GarbledSwap")
    found = lint_text("The mayor said that he be will cleared of every charge.", *alone)
    assert [(f.rule, f.match) for f in found.findings] == [("Newslint.GarbledSwap", "be will")]


# -- look-alikes that must pass ---------------------------------------------------

@needs_data
@pytest.mark.parametrize("text", [
    # coordinations, in either order
    "Council members and residents met on Tuesday; residents and members agreed.",
    # names (capitalised words) next to function words
    "The plan was drafted by Warren and backed by Gates in the Senate.",
    # a verb that is rare in books before its object
    "She was hired to broker a truce between the two unions last spring.",
    "The group hopes to chair the panel and to craft the report itself.",
    # questions invert auxiliary and subject
    "What will things be like after the vote? Where were we when it passed?",
    # floating adverbs
    "They criticized the board for again raising fees, and argued again over rent.",
    # a clause after a verb of thinking, speech verbs before auxiliaries
    "If voters decide they cannot wait, the law that he said had failed will go.",
    # a noun after a preposition, a determiner before an adjective
    "Activists met at house parties to discuss his open support for the bill.",
    "Ordinary prose: the committee will meet on Monday to review the budget.",
    # a verb or predicate before a preposition; "done being" (finished being)
    "The bill would keep the government open through Dec. 9, setting up a showdown.",
    "\"We have been patient,\" he said. \"We are done being patient.\"",
    # an embedded question: a wh-word, its noun, then the clause's subject
    "Nobody could say which version the House would vote on, or when.",
    # a sentence-opening determiner before an auxiliary used as a noun
    "The will of the people prevailed. The may pole stood. This will project power.",
    # a plural noun as the predicate of "be"; "that" opening a noun phrase
    "What we are talking about now are services people can see and feel.",
    "State inspectors were months behind, and the final ordinance includes that exemption.",
])
def test_ordinary_sentences_pass(text):
    assert hits(text) == []


# -- without the data --------------------------------------------------------------

def test_missing_data_reports_nothing_and_notes_it(monkeypatch):
    monkeypatch.setattr(bigrams, "_data_dir", lambda: None)
    bigrams._tables.cache_clear()
    try:
        assert not bigrams.installed() and not bigrams.available()
        assert bigrams.bigram("comment", "on") == 0 and bigrams.unigram("the") == 0
        r = swap_rule()
        result = lint_text("He be will cleared, and that is we why are asking.", r)
        assert result.findings == []
        check = r.check_class(r)
        notes = check.run_notes()
        assert len(notes) == 1 and "symspellpy" in notes[0]
    finally:
        bigrams._tables.cache_clear()


@needs_data
def test_no_note_when_the_data_is_there():
    r = swap_rule()
    assert r.check_class(r).run_notes() == []


def test_damaged_data_degrades(monkeypatch, tmp_path):
    (tmp_path / "frequency_bigramdictionary_en_1.txt").write_text("on comment x\n")
    (tmp_path / "frequency_dictionary_en_1.txt").write_text("the notanumber\n")
    monkeypatch.setattr(bigrams, "_data_dir", lambda: tmp_path)
    bigrams._tables.cache_clear()
    try:
        assert not bigrams.available()
        assert bigrams.bigram("on", "comment") == 0
    finally:
        bigrams._tables.cache_clear()


# -- no network -------------------------------------------------------------------

@needs_data
def test_swap_rule_makes_no_network_attempt(tmp_path):
    from test_no_network import _blocked_env

    site, log = _blocked_env(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nThe mayor said that he be will cleared soon.\n")
    proc = run_module("--no-config", "--format", "json", str(article), cwd=tmp_path,
                      pythonpath=[site], env={"NEWSLINT_TEST_SOCKET_LOG": str(log)})
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr, stderr[-2000:]
    report = json.loads(proc.stdout)
    rules = {f["rule"] for f in report["files"][0]["findings"]} if report.get("files") else set()
    lines = log.read_text().splitlines()
    assert lines and all(ln == "loaded" for ln in lines), lines
    assert "Newslint.GarbledSwap" in rules or "Newslint.GarbledWordOrder" in rules
