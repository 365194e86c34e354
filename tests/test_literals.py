"""Required-literal screens (lint/literals.py): they may skip a regex only when it cannot match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import regex
from conftest import flagged, make_rule

from lint.literals import may_match, required_literals, screen_text


@pytest.mark.parametrize("pattern, expected", [
    ("abc", ("abc",)),
    ("a(?=x)bc", ("abc",)),                       # lookarounds consume nothing
    (r"\bfoo\d+bar", ("foo",)),
    ("a|b", ("a", "b")),
    ("(?:foo|bar)?baz", ("baz",)),
    (r"\x41BC", ("abc",)),                        # case-folded
    ("it is (?:important|interesting) to", ("it is interesting to", "it is important to")),
])
def test_required_literals_of_simple_patterns(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.mark.parametrize("pattern", [
    "(?i)abc",            # inline flags
    r"\p{L}+x",           # regex-only syntax
    "[[:alpha:]]]x",      # POSIX class: '[' inside a class
    r"(a)\1",             # backreference
    ".*",                 # nothing required
    "a{x",                # '{' that is no quantifier
])
def test_unsupported_or_unconstrained_patterns_give_no_screen(pattern):
    assert required_literals(pattern) is None
    assert may_match(None, "anything")


SAMPLES = [
    "Comments are moderated before they appear.",
    "Thank you for taking the time to write.",
    "For those who came in late, the story so far.",
    "AS PREVIOUSLY MENTIONED, nothing changed.",
    "Mixed Case Long Story Short here",
    "Nothing to see in this sentence at all.",
    "tha\u212ak you for your comments",         # KELVIN SIGN: matches 'k' when ignoring case
    "the \u017fign up \u017fheet",             # LONG S: matches 's' when ignoring case
]
PATTERNS = [
    r"\bcomments? (?:are|will be) (?:moderated|closed)",
    r"\bthank you for (?:taking the time|your (?:comments?|thoughts))",
    r"for those (?:of you )?who came in late",
    r"as (?:was )?(?:previously|already) (?:mentioned|stated|noted)",
    r"(?:to make a )?long story short",
    r"\b(?:sign up|subscribe)\b",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", SAMPLES)
def test_screen_never_hides_a_match(pattern, text):
    literals = required_literals(pattern)
    assert literals is not None
    for engine in (re, regex):
        if engine.search(pattern, text, engine.IGNORECASE):
            assert may_match(literals, screen_text(text)), (pattern, text)


def test_screen_rules_out_text_without_the_literals():
    literals = required_literals(PATTERNS[2])
    assert not may_match(literals, screen_text("The council met on Tuesday."))
    assert may_match(literals, screen_text("FOR THOSE who came in late"))


def test_turkish_i_is_never_screened():
    # 'i' matches U+0130 when ignoring case, but U+0130 does not case-fold to 'i'.
    text = "L\u0130ke this"
    assert regex.search("like", text, regex.IGNORECASE)
    assert screen_text(text) is None
    assert may_match(required_literals("like"), screen_text(text))


def test_existence_rule_still_finds_case_variants_behind_the_screen():
    rule = make_rule("existence", tokens=["thank you"], ignorecase=True, scope="sentence")
    assert flagged("We said THAN\u212a YOU to them.", rule) == ["THAN\u212a YOU"]
    assert flagged("We said goodbye to them.", rule) == []


def test_a_run_of_literal_characters_is_kept_whole_beside_its_neighbours():
    # The run is glued into one string before windows are tried; a window over
    # part of it would be less selective, so the result is the whole run, and
    # the neighbouring alternatives still extend it.
    assert required_literals(r"\bcomments? section (?:is|was) closed\b") == (
        " section was closed", " section is closed")
    assert required_literals(r"x\d+ thank you for reading") == (" thank you for reading",)


def _furniture_lines() -> list[str]:
    """Every line of the probe sets (furniture and look-alikes, prose, garbled
    paragraphs and their correct twins) and of the boilerplate fixtures."""
    root = Path(__file__).resolve().parent.parent
    lines = [rec[key] for p in sorted((root / "bench" / "probes").glob("*.jsonl"))
             for x in p.read_text(encoding="utf-8").splitlines() if x.strip()
             for rec in [json.loads(x)] for key in ("text", "clean", "garbled") if key in rec]
    for p in sorted((root / "fixtures" / "boilerplate").glob("*.txt")):
        lines += p.read_text(encoding="utf-8").splitlines()
    return lines


def test_furniture_wording_screens_never_hide_a_match():
    """Each ``X_LITERALS`` screen of the furniture cues (one is written by hand) lets
    through every line its regex ``X`` matches, on some 4,000 real-looking lines."""
    from lint.checks import furniture_wording as fw

    pairs = [(name, getattr(fw, name.removesuffix("_LITERALS"))) for name in dir(fw)
             if name.endswith("_LITERALS") and hasattr(fw, name.removesuffix("_LITERALS"))]
    assert len(pairs) >= 8
    lines = _furniture_lines()
    assert len(lines) > 3000
    matched = 0
    for name, pattern in pairs:
        literals = getattr(fw, name)
        for line in lines:
            if pattern.search(line):
                matched += 1
                assert may_match(literals, screen_text(line)), (name, line)
    assert matched > 100       # the regexes do match some of these lines


def test_shipped_screens_equal_the_recomputation():
    """lint/data/literal_screens.json is what the analysis gives today (regenerate
    with ``python -m lint.literals --write-screens`` after changing a cue)."""
    from lint.literals import (
        SCREENS_FILE,
        required_literals,
        screened_patterns,
        shipped_literals,
    )

    table = json.loads(SCREENS_FILE.read_text(encoding="utf-8"))
    patterns = screened_patterns()
    assert len(patterns) >= 9
    assert sorted(table) == sorted(patterns)
    for source in patterns:
        expected = required_literals(source)
        assert table[source] == (None if expected is None else list(expected))
        assert shipped_literals(source) == expected


def test_a_pattern_missing_from_the_shipped_table_is_worked_out():
    from lint.literals import required_literals, shipped_literals

    source = r"\bthank you for (?:reading|watching)\b"
    assert shipped_literals(source) == required_literals(source)
    assert shipped_literals(source) == ("thank you for ",)


def test_every_shipped_furniture_screen_screens_something():
    """A cue edit the literal analysis cannot follow (an inline ``(?-i:...)`` group,
    say) turns its screen off silently and costs every line a full regex scan:
    each screened cue must keep a screen."""
    from lint.literals import screened_patterns, shipped_literals

    off = [source[:60] for source in screened_patterns() if shipped_literals(source) is None]
    assert off == []
