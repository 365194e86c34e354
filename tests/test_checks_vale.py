"""Vale's token check types with Vale's semantics for the keys they share:
existence, substitution, occurrence, repetition, conditional.

Each key gets a case that must be flagged and one that must not (proselint style),
and Vale rule files as Vale users write them must load and run unchanged.
"""

from __future__ import annotations

import pytest
from conftest import flagged, lint_text, make_rule, write_rule

from lint.rules import RuleError, load_rules

# -- existence ------------------------------------------------------------------

def test_existence_tokens_are_whole_words():
    rule = make_rule("existence", tokens=["bridge", "river ?crossing"])
    assert flagged("The bridge and the river crossing opened.", rule) == [
        "bridge", "river crossing"]
    assert flagged("The bridges and the rivercrossings opened.", rule) == []


def test_existence_is_case_sensitive_unless_ignorecase():
    assert flagged("Related Articles", make_rule("existence", tokens=["related articles"])) == []
    assert flagged("Related Articles", make_rule("existence", tokens=["related articles"],
                                                 ignorecase=True)) == ["Related Articles"]


def test_existence_nonword_drops_the_word_boundaries():
    assert flagged("We organize it.", make_rule("existence", tokens=["ize"])) == []
    assert flagged("We organize it.", make_rule("existence", tokens=["ize"],
                                                nonword=True)) == ["ize"]


def test_existence_raw_is_used_as_written():
    rule = make_rule("existence", raw=[r"\bREAD", r" MORE:", r" \w+"])
    assert flagged("READ MORE: Bridge news", rule) == ["READ MORE: Bridge"]
    assert flagged("READ MORE Bridge news", rule) == []


def test_existence_append_puts_tokens_after_raw():
    without = make_rule("existence", raw=[r"(?:very|really) "], tokens=["big", "small"])
    with_append = make_rule("existence", raw=[r"(?:very|really) "], tokens=["big", "small"],
                            append=True)
    text = "A very big plan and a really small one and a very good one."
    assert flagged(text, without) == ["very ", "really ", "very "]
    assert flagged(text, with_append) == ["very big", "really small"]


def test_existence_exceptions_are_left_alone():
    rule = make_rule("existence", tokens=[r"[A-Z]{4,}"], exceptions=["NATO"])
    assert flagged("NATO and UNHCR met.", rule) == ["UNHCR"]
    ic = make_rule("existence", tokens=["share"], ignorecase=True, exceptions=["Share"])
    assert flagged("SHARE this. share it.", ic) == []


def test_existence_message_takes_the_match():
    rule = make_rule("existence", message="Do not use '%s'.", tokens=["utilize"])
    [finding] = lint_text("We utilize it.", rule).findings
    assert finding.message == "Do not use 'utilize'."
    assert (finding.line, finding.column, finding.end_column) == (1, 4, 11)


def test_existence_scope_line_versus_paragraph():
    rule_line = make_rule("existence", scope="line", raw=["^Share this$"])
    text = "Share this\nThe plan. Share this\n"
    assert [f.line for f in lint_text(text, rule_line).findings] == [1]


def test_existence_needs_tokens_or_raw():
    with pytest.raises(RuleError):
        make_rule("existence")


# -- substitution -----------------------------------------------------------------

def test_substitution_message_is_replacement_then_found():
    rule = make_rule("substitution", message="Use '%s' instead of '%s'.",
                     swap={"utilize": "use", "in order to": "to"})
    result = lint_text("We utilize it in order to win.", rule)
    assert [f.message for f in result.findings] == ["Use 'use' instead of 'utilize'.",
                                                    "Use 'to' instead of 'in order to'."]


def test_substitution_regex_keys_and_ignorecase():
    rule = make_rule("substitution", swap={"(?:give|gave) rise to": "lead to"},
                     message="%s|%s")
    assert flagged("It gave rise to doubt.", rule) == ["gave rise to"]
    assert flagged("It Gave rise to doubt.", rule) == []
    ic = make_rule("substitution", swap={"(?:give|gave) rise to": "lead to"},
                   ignorecase=True)
    assert flagged("It Gave rise to doubt.", ic) == ["Gave rise to"]


def test_substitution_ignores_text_already_equal_to_its_replacement():
    rule = make_rule("substitution", swap={"e-?mail": "email"})
    assert flagged("Send an email or an e-mail.", rule) == ["e-mail"]


def test_substitution_capture_groups_and_capitalize():
    rule = make_rule("substitution", message="%s", swap={r"within the (\w+) folder":
                                                         "in the $1 folder"})
    [f] = lint_text("It is within the tmp folder.", rule).findings
    assert f.message == "in the tmp folder"
    cap = make_rule("substitution", message="%s", swap={"utilize": "use"},
                    capitalize=True, ignorecase=True)
    assert [f.message for f in lint_text("Utilize it.", cap).findings] == ["Use"]


def test_substitution_exceptions_and_word_boundaries():
    rule = make_rule("substitution", swap={"irregardless": "regardless"},
                     exceptions=["Irregardless"])
    assert flagged("Irregardless, irregardless of it, irregardlessly.", rule) == [
        "irregardless"]


def test_substitution_requires_swap():
    with pytest.raises(RuleError, match="swap"):
        make_rule("substitution")


# -- occurrence -----------------------------------------------------------------

def test_occurrence_max_flags_the_scope_and_reports_the_count():
    rule = make_rule("occurrence", scope="sentence", max=5, token=r"\b\w+\b",
                     message="%s words")
    text = "One two three four five. One two three four five six."
    result = lint_text(text, rule)
    assert [(f.match, f.message) for f in result.findings] == [
        ("One two three four five six.", "6 words")]


def test_occurrence_min():
    rule = make_rule("occurrence", scope="paragraph", min=3, token=r"\d+")
    assert flagged("Scores 1 and 2.\n\nScores 1, 2 and 3.", rule) == ["Scores 1 and 2."]


def test_occurrence_needs_max_or_min_and_a_token():
    with pytest.raises(RuleError):
        make_rule("occurrence", token="a")
    with pytest.raises(RuleError, match="token"):
        make_rule("occurrence", max=2)


# -- repetition -----------------------------------------------------------------

def test_repetition_flags_back_to_back_tokens():
    rule = make_rule("repetition", tokens=[r"[^\s]+"], message="'%s' is repeated")
    result = lint_text("This is is a test of the bridge.", rule)
    assert [(f.match, f.message) for f in result.findings] == [("is is", "'is' is repeated")]
    assert flagged("This is a test, is it?", rule) == []


def test_repetition_punctuation_between_breaks_a_repeat():
    rule = make_rule("repetition", tokens=[r"\w+"])
    assert flagged("It was that, that was it.", rule) == []
    assert flagged("It was that that was it.", rule) == ["that that"]


def test_repetition_ignorecase():
    assert flagged("The the end.", make_rule("repetition", tokens=[r"\w+"])) == []
    assert flagged("The the end.", make_rule("repetition", tokens=[r"\w+"],
                                             ignorecase=True)) == ["The the"]


def test_repetition_alpha_skips_numbers():
    text = "It rose 10 10 times and and fell."
    assert flagged(text, make_rule("repetition", tokens=[r"\w+"])) == ["10 10", "and and"]
    assert flagged(text, make_rule("repetition", tokens=[r"\w+"], alpha=True)) == ["and and"]


def test_repetition_exceptions_and_paragraph_scope():
    rule = make_rule("repetition", tokens=[r"\w+"], exceptions=["had"])
    assert flagged("She had had enough.", rule) == []
    assert flagged("It ended\n\nended there.", make_rule("repetition", tokens=[r"\w+"])) == []


# -- conditional ----------------------------------------------------------------

ACRONYMS = dict(first=r"\b([A-Z]{3,5})\b", second=r"(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)",
                exceptions=["NATO"])


def test_conditional_flags_first_without_second():
    rule = make_rule("conditional", message="'%s' has no definition", **ACRONYMS)
    text = "The Harbour Works Board (HWB) met the PTA. The HWB and NATO agreed."
    result = lint_text(text, rule)
    assert [(f.match, f.message) for f in result.findings] == [
        ("PTA", "'PTA' has no definition")]


def test_conditional_second_may_come_after_first():
    rule = make_rule("conditional", **ACRONYMS)
    assert flagged("The HWB met. Later the Harbour Works Board (HWB) voted.", rule) == []


def test_conditional_without_capture_group_compares_whole_matches():
    rule = make_rule("conditional", first=r"\bsaid\b", second=r"\bsaid\b(?= by)")
    assert flagged("It was said.", rule) == ["said"]


def test_conditional_exceptions_are_matched_exactly():
    rule = make_rule("conditional", **ACRONYMS)
    assert flagged("NATO met.", rule) == []
    assert flagged("NATOS met.", rule) == ["NATOS"]


# -- Vale rules load unchanged ------------------------------------------------------

VALE_RULES = {
    "Vale.Repetition": """\
extends: repetition
message: "'%s' is repeated!"
level: error
alpha: true
tokens:
  - '[^\\s]+'
""",
    "Style.Hedging": """\
extends: existence
message: "Consider removing '%s'."
level: warning
ignorecase: true
link: https://example.org/hedging
action:
  name: remove
tokens:
  - rather
  - somewhat
  - a bit
""",
    "Style.Wordiness": """\
extends: substitution
message: "Consider using '%s' instead of '%s'."
level: suggestion
ignorecase: true
nonword: false
vocab: false
action:
  name: replace
swap:
  at this point in time: now
  '(?:give|gave) rise to': lead to
""",
    "Style.SentenceLength": """\
extends: occurrence
message: "Try to keep sentences short (< 12 words)."
scope: sentence
level: suggestion
max: 12
token: \\b(\\w+)\\b
""",
    "Style.Acronyms": """\
extends: conditional
message: "'%s' has no definition."
level: warning
ignorecase: false
scope: text
first: '\\b([A-Z]{3,5})\\b'
second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
exceptions:
  - API
  - HTML
""",
    "Style.Headings": """\
extends: existence
message: "Avoid '%s' in headings."
scope: heading
level: warning
code: false
tokens:
  - Breaking
""",
}


def test_vale_style_rule_files_load_and_run_unchanged(tmp_path):
    for rule_id, body in VALE_RULES.items():
        write_rule(tmp_path, rule_id, body)
    rules = load_rules([tmp_path])
    assert sorted(r.id for r in rules) == sorted(VALE_RULES)
    assert {r.id: r.category for r in rules}["Vale.Repetition"] == "style"
    text = ("Breaking: bridge plan approved\n\n"
            "At this point in time the the plan gave rise to the CXO question, and "
            "the HTML page says so to every single reader who comes by.\n")
    result = lint_text(text, *rules)
    got = {(f.rule, f.match) for f in result.findings}
    assert ("Vale.Repetition", "the the") in got
    assert ("Style.Wordiness", "At this point in time") in got
    assert ("Style.Wordiness", "gave rise to") in got
    assert ("Style.Acronyms", "CXO") in got
    assert ("Style.Headings", "Breaking") in got
    assert ("Style.SentenceLength", text.split("\n\n")[1].strip()) in got
    assert not any(f.rule == "Style.Hedging" for f in result.findings)
    assert not any(f.match == "HTML" for f in result.findings)


# -- shared keys -------------------------------------------------------------------

def test_limit_caps_findings_per_file():
    rule = make_rule("existence", tokens=["bridge"], limit=2)
    assert flagged("bridge bridge bridge bridge", rule) == ["bridge", "bridge"]


def test_level_category_and_link_are_stamped_on_findings():
    rule = make_rule("existence", tokens=["bridge"], level="error", category="boilerplate",
                     link="https://example.org/r")
    [f] = lint_text("A bridge.", rule).findings
    assert (f.rule, f.severity, f.category) == ("Test.Rule", "error", "boilerplate")
    assert rule.link == "https://example.org/r"


def test_fix_is_reported_only_for_rules_that_allow_it():
    swap = {"utilize": "use"}
    assert lint_text("We utilize it.", make_rule("substitution", swap=swap)).findings[0].fix \
        is None
    assert lint_text("We utilize it.", make_rule("substitution", swap=swap, fix=True)
                     ).findings[0].fix == "use"
