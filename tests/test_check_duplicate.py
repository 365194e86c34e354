"""The ``duplicate`` check type, through the two built-in rules that use it."""

from __future__ import annotations

import pytest
from conftest import lint_text, make_rule

from lint.rules import RuleError, builtin_rules_dir, load_rules

IDS = ("Newslint.DuplicateHeadline", "Newslint.DuplicateParagraph")


@pytest.fixture(scope="module")
def dup_rules():
    return load_rules([builtin_rules_dir()], keep=lambda rid: rid in IDS)


def found(text: str, rules) -> list[tuple[int, str]]:
    return [(f.line, f.rule.split(".")[1]) for f in lint_text(text, *rules).findings]


HEAD = "Council backs new river bridge"
LEDE = "The council voted on Tuesday to fund a new bridge over the river."
MORE = "It will open next year, officials said on Wednesday."


def test_repeated_headline_is_flagged_on_the_copy_only(dup_rules):
    text = f"{HEAD}\n{LEDE}\n{HEAD}\n{MORE}\n"
    assert found(text, dup_rules) == [(3, "DuplicateHeadline")]


def test_repeated_paragraph_is_flagged_on_the_later_copy(dup_rules):
    text = f"{HEAD}\n{LEDE}\n{MORE}\n{LEDE}\n"
    result = lint_text(text, *dup_rules)
    assert [(f.line, f.rule) for f in result.findings] == [(4, "Newslint.DuplicateParagraph")]
    assert result.findings[0].message.startswith("Repeats line 2")
    assert result.findings[0].related == [{"line": 2, "message": "first occurrence"}]


def test_three_copies_flag_the_second_and_third(dup_rules):
    text = f"{HEAD}\n{LEDE}\n{LEDE}\n{MORE}\n{LEDE}\n"
    assert found(text, dup_rules) == [(3, "DuplicateParagraph"), (5, "DuplicateParagraph")]


def test_clean_article_has_no_findings(dup_rules):
    text = (f"{HEAD}\n{LEDE}\n{MORE}\nThe bridge will carry two lanes of traffic and a "
            "cycle path.\nCouncillors who voted against it cited the cost.\n")
    assert found(text, dup_rules) == []


@pytest.mark.parametrize("copy", [
    "COUNCIL BACKS NEW RIVER BRIDGE",
    "Council  backs   new river bridge",
    "Council backs new river bridge Posted",
    "Council backs new river bridge - Video",
    "Council backs new river bridge [...]",
    "  Council backs new river bridge.  ",
])
def test_headline_copy_normalisation(dup_rules, copy):
    text = f"{HEAD}\n{LEDE}\n{copy}\n{MORE}\n"
    assert found(text, dup_rules) == [(3, "DuplicateHeadline")]


def test_curly_and_straight_quotes_compare_equal(dup_rules):
    para = "The mayor called the bridge \u201ca lifeline\u201d for the east side."
    straight = para.replace("\u201c", '"').replace("\u201d", '"')
    text = f"{HEAD}\n{para}\n{MORE}\n{straight}\n"
    assert found(text, dup_rules) == [(4, "DuplicateParagraph")]


def test_near_repeat_is_flagged(dup_rules):
    long = ("The council voted on Tuesday to fund a new bridge over the river, which "
            "engineers say will carry two lanes of traffic and a cycle path.")
    variant = long.replace("Tuesday", "Monday")
    text = f"{HEAD}\n{long}\n{MORE}\n{variant}\n"
    result = lint_text(text, *dup_rules)
    assert [(f.line, f.message.split(":")[0]) for f in result.findings] == [
        (4, "Nearly repeats line 2")]


def test_different_paragraphs_sharing_words_are_not_near_repeats(dup_rules):
    other = "The council voted on Tuesday against a plan to close the library."
    assert found(f"{HEAD}\n{LEDE}\n{MORE}\n{other}\n", dup_rules) == []


def test_truncated_teaser_is_flagged_once(dup_rules):
    teaser = "The council voted on Tuesday to fund a new"
    text = f"{HEAD}\n{teaser}\n{LEDE}\n{MORE}\n"
    assert found(text, dup_rules) == [(2, "DuplicateParagraph")]


def test_headline_restated_by_a_longer_lede_is_not_a_truncated_copy(dup_rules):
    head = "Council backs new river bridge for the east side"
    lede = head + " after a long debate on Tuesday night."
    assert found(f"{head}\n{lede}\n{MORE}\n", dup_rules) == []


def test_short_lines_are_page_furniture_not_duplicates(dup_rules):
    text = f"{HEAD}\nShare this\n{LEDE}\nShare this\n{MORE}\n"
    assert found(text, dup_rules) == []


def test_first_occurrence_is_never_flagged_whatever_the_order(dup_rules):
    text = f"{LEDE}\n{MORE}\n{LEDE}\n{MORE}\n"
    lines = [line for line, _ in found(text, dup_rules)]
    assert lines == [3, 4]


def test_target_key_is_validated():
    with pytest.raises(RuleError):
        make_rule("duplicate", target="title")
    with pytest.raises(RuleError):
        make_rule("duplicate", near=1.5)


def test_any_target_reports_both_kinds():
    rule = make_rule("duplicate", target="any", min_words=3)
    text = f"{HEAD}\n{LEDE}\n{HEAD}\n{LEDE}\n"
    assert [f.line for f in lint_text(text, rule).findings] == [3, 4]


def test_teaser_of_a_lede_that_opens_with_a_dateline(dup_rules):
    lede = ("MILLBROOK (Coast Wire) - The council voted on Tuesday to fund a new bridge "
            "over the river, ending years of debate.")
    teaser = "The council voted on Tuesday to fund a new bridge Posted"
    text = f"{HEAD}\n{teaser}\n{lede}\n{MORE}\n"
    assert found(text, dup_rules) == [(2, "DuplicateParagraph")]


def test_pull_quote_ending_in_a_full_stop_is_not_a_truncated_copy(dup_rules):
    pull = "\u201cWe will not let the river divide this town again."
    full = ("\u201cWe will not let the river divide this town again,\u201d the mayor said "
            "at the opening.")
    assert found(f"{HEAD}\n{LEDE}\n{pull}\n{MORE}\n{full}\n", dup_rules) == []
    cut = "\u201cWe will not let the river divide this town \u2026"
    assert found(f"{HEAD}\n{LEDE}\n{cut}\n{MORE}\n{full}\n", dup_rules) == [
        (3, "DuplicateParagraph")]


@pytest.mark.parametrize("text, expected", [
    ("Plain ASCII, with PUNCTUATION!  Posted", "plain ascii with punctuation"),
    ("\u201cQuoted\u201d text \u2014 here\u2026", "quoted text here"),
    ("Caf\u00e9 \ufb01ne", "caf\u00e9 fine"),
    ("Tab\tand\x1cgroup sep", "tab and group sep"),
])
def test_normalise_ascii_and_unicode_paths(text, expected):
    from lint.textutil import normalise
    assert normalise(text) == expected


def test_both_duplicate_rules_share_one_normalisation_per_document():
    from lint.inputs import document_from_text
    from lint.textutil import paragraph_norms
    doc = document_from_text("a.txt", "Town hall reopens after repairs\n\nThe hall reopened.\n")
    first = paragraph_norms(doc)
    assert first == ["town hall reopens after repairs", "the hall reopened"]
    assert paragraph_norms(doc) is first


# -- a copy with a scraper's tail: a word or two found nowhere else, or a bracketed tag --

@pytest.mark.parametrize("copy", [
    f"{HEAD} Slideshow",
    f"{HEAD} - Live",
    f"{HEAD} | Latest Coverage",
    f"{HEAD} (Analysis)",
    f"{HEAD} \u2192",
])
def test_headline_copy_with_a_short_unknown_tail_is_flagged(dup_rules, copy):
    text = f"{HEAD}\n{LEDE}\n{copy}\n{MORE}\n"
    assert found(text, dup_rules) == [(3, "DuplicateHeadline")]


@pytest.mark.parametrize("copy", [
    f"{HEAD} next year",               # both tail words are the article's own
    f"{HEAD} gets final approval vote",  # three new words: a different line
])
def test_line_with_a_tail_of_the_articles_words_or_a_long_tail_is_not_a_copy(dup_rules, copy):
    text = f"{HEAD}\n{LEDE}\n{copy}\n{MORE}\n"
    assert found(text, dup_rules) == []


def test_paragraph_copy_with_a_tail_is_flagged_after_its_original(dup_rules):
    text = f"{HEAD}\n{LEDE}\n{MORE}\n{LEDE} Sponsored\n"
    assert found(text, dup_rules) == [(4, "DuplicateParagraph")]


def test_tailed_copy_is_flagged_even_before_its_plain_twin_but_never_the_headline(dup_rules):
    text = f"{HEAD}\n{LEDE} Sponsored\n{MORE}\n{LEDE}\n"
    assert found(text, dup_rules) == [(2, "DuplicateParagraph")]
    assert found(f"{HEAD} Slideshow\n{LEDE}\n{HEAD}\n{MORE}\n", dup_rules) == []


@pytest.mark.parametrize("teaser", [
    "The council voted on Tuesday to fund a new (more)",
    "The council voted on Tuesday to fund a new [\u2026]",
    "The council voted on Tuesday to fund a new \u00bb",
])
def test_teaser_ending_in_a_marker_is_a_truncated_copy(dup_rules, teaser):
    text = f"{HEAD}\n{teaser}\n{LEDE}\n{MORE}\n"
    assert found(text, dup_rules) == [(2, "DuplicateParagraph")]


def test_paragraph_copy_with_another_spelling_of_the_country_is_a_repeat(dup_rules):
    """Spinners and re-editing swap "U.S." for "US" or "USA"; the copy is the same
    paragraph (paragraph comparison folds the variants, as copy detection does)."""
    lede = "The U.S. council voted on Tuesday to fund a new bridge over the river."
    text = f"{HEAD}\n{lede}\n{MORE}\n{lede.replace('U.S.', 'USA')}\n"
    assert found(text, dup_rules) == [(4, "DuplicateParagraph")]
