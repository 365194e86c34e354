"""Style rules for spinner tics: the ``opener`` check type and the filler lists."""

from __future__ import annotations

import pytest
from conftest import flagged, lint_text, make_rule

from lint.rules import RuleError, builtin_rules_dir, load_rules

STYLE_RULES = ("Newslint.RepeatedOpener", "Newslint.SpinnerFiller", "Newslint.FillerPhrase")


@pytest.fixture(scope="module")
def builtin():
    rules = load_rules([builtin_rules_dir()], keep=lambda rid: rid in STYLE_RULES)
    assert sorted(r.id for r in rules) == sorted(STYLE_RULES)
    return {r.id: r for r in rules}


def opener_rule(**keys):
    keys.setdefault("first_words", ["according", "in", "on", "earlier"])
    return make_rule("opener", message="%s", **keys)


# -- the opener check type ---------------------------------------------------------
def test_same_introductory_phrase_in_consecutive_sentences_is_flagged():
    text = ("According to the port authority, ships waited for days. According to the "
            "port authority, the backlog cleared on Friday.\n")
    result = lint_text(text, opener_rule())
    (f,) = result.findings
    assert f.match == "According to the port authority"
    assert (f.line, f.column) == (1, text.index("According", 5) + 1)


def test_three_in_a_row_flags_the_second_and_third():
    text = ("In Ohio, turnout rose. In Ohio, two polling places closed early. "
            "In Ohio, lines formed by noon.\n")
    assert flagged(text, opener_rule()) == ["In Ohio", "In Ohio"]


@pytest.mark.parametrize("text", [
    # different openers
    "According to the port authority, ships waited. According to the union, they did not.\n",
    # not consecutive
    "In Ohio, turnout rose. Officials were pleased. In Ohio, lines formed by noon.\n",
    # a repeated subject is rhetoric, not an introductory phrase
    "We need roads, and we need them now. We need roads, the mayor's critics say.\n",
    # first word not an introductory word
    "Senator Hale, a Democrat, voted no. Senator Hale, a Democrat, later spoke.\n",
    # no comma: not an introductory phrase
    "In Ohio turnout rose sharply. In Ohio turnout fell in the cities.\n",
    # the same sentence twice is a duplicate, left to the duplicate rules
    "Earlier this month, the plant shut down. Earlier this month, the plant shut down.\n",
])
def test_not_flagged(text):
    assert flagged(text, opener_rule()) == []


def test_sentences_inside_quotes_are_skipped():
    text = ('"In this town, we look after each other. In this town, nobody is left '
            'behind," the mayor said.\n')
    assert flagged(text, opener_rule()) == []
    assert flagged(text, opener_rule(skip_quotes=False)) == ["In this town"]


def test_across_paragraphs_is_a_switch():
    text = ("Storm clears\n\nOn Monday, the storm moved east.\n\n"
            "On Monday, schools reopened across the county.\n")
    assert flagged(text, opener_rule()) == ["On Monday"]
    assert flagged(text, opener_rule(across_paragraphs=False)) == []


def test_opener_length_limits():
    text = ("According to a long report published by the regional transport office last "
            "spring, fares rose. According to a long report published by the regional "
            "transport office last spring, buses ran late.\n")
    assert flagged(text, opener_rule()) == []
    assert len(flagged(text, opener_rule(max_words=20))) == 1


def test_empty_first_words_accepts_any_opener():
    text = "Senator Hale, a Democrat, voted no. Senator Hale, for once, stayed silent.\n"
    assert flagged(text, opener_rule(first_words=[])) == ["Senator Hale"]


@pytest.mark.parametrize("keys", [{"min_words": 0}, {"min_words": 5, "max_words": 3},
                                  {"max_overlap": 1.5}, {"first_words": "in"},
                                  {"first_words": ["in", True]}])
def test_bad_opener_keys_are_rule_errors(keys):
    with pytest.raises(RuleError):
        opener_rule(**keys)


# -- the built-in rules ---------------------------------------------------------------
def test_builtin_levels(builtin):
    assert builtin["Newslint.RepeatedOpener"].level == "warning"
    assert builtin["Newslint.SpinnerFiller"].level == "warning"
    assert builtin["Newslint.FillerPhrase"].level == "suggestion"
    assert {r.category for r in builtin.values()} == {"style"}


def test_builtin_opener_words_are_all_words(builtin):
    words = builtin["Newslint.RepeatedOpener"].options["first_words"]
    assert "on" in words and all(isinstance(w, str) for w in words)


def test_builtin_repeated_opener(builtin):
    text = ("Ferry service resumes\n\nAccording to the harbour office, the ferry will sail "
            "again on Sunday. According to the harbour office, tickets go on sale today.\n")
    (f,) = lint_text(text, builtin["Newslint.RepeatedOpener"]).findings
    assert f.line == 3 and f.match == "According to the harbour office"


@pytest.mark.parametrize("sentence, phrase", [
    ("For those who came in late, the council voted to close the pool.",
     "For those who came in late"),
    ("Needless to say, the vote was close.", "Needless to say"),
    ("Let\u2019s face it, the pool was old.", "Let\u2019s face it"),
    ("The plan, in a nutshell, is to sell the land.", "in a nutshell"),
    ("For those of you who don't know, the pool opened in 1962.",
     "For those of you who don't know"),
])
def test_builtin_spinner_filler(builtin, sentence, phrase):
    text = f"Pool to close\n\nThe council met on Tuesday.\n\n{sentence}\n"
    (f,) = lint_text(text, builtin["Newslint.SpinnerFiller"]).findings
    assert (f.line, f.column, f.match) == (5, sentence.index(phrase) + 1, phrase)


def test_builtin_filler_phrase_is_a_suggestion(builtin):
    text = "Pool to close\n\nIt is worth noting that the pool lost money for years.\n"
    (f,) = lint_text(text, builtin["Newslint.FillerPhrase"]).findings
    assert f.severity == "suggestion" and f.match == "It is worth noting that"


def test_clean_article_has_no_style_findings(builtin):
    text = (
        "City council approves new budget\n\n"
        "By a 7-2 vote, the council approved the budget on Tuesday night.\n\n"
        "According to the finance director, the plan adds two officers and repairs "
        "three bridges. Critics said the cuts to library hours went too far.\n\n"
        "Those who came in late found the chamber full. \"We need the library. We need "
        "it open on Sundays,\" said Ana Ruiz, a teacher.\n\n"
        "In a statement, the mayor thanked the council. In March, the city will "
        "review the spending again.\n\n"
        "On Wednesday, the budget goes to the county. The county meets in June.\n")
    assert lint_text(text, *builtin.values()).findings == []
