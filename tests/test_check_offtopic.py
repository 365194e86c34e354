"""The offtopic check type: paragraphs of another story spliced into an article."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, lint_text, make_rule
from lint.checks.offtopic import analyse, score
from lint.document import Document
from lint.rules import RuleError, build_rule

DIR = FIXTURES / "offtopic"


def rule(**keys):
    return make_rule("offtopic", category="offtopic",
                     message="Paragraph is off-topic: about %s while the article is about %s",
                     **keys)


def findings(name: str, **keys) -> list[tuple[int, str]]:
    text = (DIR / name).read_text(encoding="utf-8")
    return [(f.line, f.message) for f in lint_text(text, rule(**keys), name=name).findings]


def test_football_paragraph_in_tax_story_is_flagged_with_what_it_is_about():
    found = findings("tax_story_football.txt")
    assert [line for line, _ in found] == [9]
    message = found[0][1]
    assert "goalkeeper" in message or "striker" in message
    assert "'tax'" in message          # what the article is about instead


def test_paragraph_introducing_a_new_person_on_the_same_story_is_not_flagged():
    assert findings("tax_story_new_person.txt") == []


def test_clean_article_is_not_flagged():
    assert findings("tax_story.txt") == []


def test_single_paragraph_article_is_never_flagged():
    assert findings("single_paragraph.txt") == []
    # even at the most eager settings the lone paragraph is not judged
    assert findings("single_paragraph.txt", threshold=0.01, min_paragraphs=2) == []


def test_inserted_story_with_its_own_headline_flags_both_lines():
    assert [line for line, _ in findings("tax_story_inserted_story.txt")] == [9, 10]


def test_headline_lines_off_keeps_only_the_paragraph():
    found = findings("tax_story_inserted_story.txt", headline_lines=False)
    assert [line for line, _ in found] == [10]


def test_golden_fixture_findings():
    expected = (DIR / "expected.txt").read_text().split()
    got = []
    for f in sorted(DIR.glob("*.txt")):
        if f.name == "expected.txt":
            continue
        result = lint_text(f.read_text(encoding="utf-8"), rule(), name=f.name)
        got += [f"{f.name}:{x.line}:{x.column}:Test.Rule" for x in result.findings]
    assert got == [e.replace("Newslint.OffTopic", "Test.Rule") for e in expected]


def test_short_paragraphs_are_not_judged():
    text = (DIR / "tax_story_football.txt").read_text(encoding="utf-8")
    doc = Document("a.txt", text)
    feats = analyse(doc.paragraphs, min_words=20, min_paragraphs=4).features
    for p, f in zip(doc.paragraphs, feats):
        if len(p.text.split()) < 20 or p.index == 0:
            assert f is None
    scored = [score(f) for f in feats if f]
    assert max(scored) > 0.5 and sorted(scored)[-2] < 0.05


DIGEST = """Five things to know today

The state Senate voted on Tuesday to approve a sweeping overhaul of the property tax law, capping annual increases in assessed home values and shifting the burden onto commercial landlords.

The visiting striker curled a free kick into the top corner in the 88th minute, and the goalkeeper could only watch as the ball beat him to seal an away win for the league leaders.

Forecasters at the weather service expect as many as nine hurricanes this summer, and harbor officials in several fishing villages have begun hauling boats inland and stockpiling sandbags.

A museum in the capital has reopened its dinosaur hall after a four-year renovation, displaying a nearly complete skeleton that paleontologists dug out of a quarry in the western desert.

Shares of chip makers slid for a third day as investors worried that demand for smartphones and laptops would weaken further before the holiday shopping season begins in earnest.
"""


def test_digest_of_unrelated_items_is_left_alone():
    doc = Document("d.txt", DIGEST)
    scored = [score(f) for f in analyse(doc.paragraphs, 20, 4).features if f]
    assert sum(s >= 0.35 for s in scored) >= 3      # each item looks off-topic alone...
    assert lint_text(DIGEST, rule()).findings == []  # ...so the article is a digest


@pytest.mark.parametrize("keys", [{"threshold": 1.5}, {"min_paragraphs": 1},
                                  {"min_words": 2}, {"threshold": "high"}])
def test_bad_keys_are_rule_errors(keys):
    with pytest.raises(RuleError):
        build_rule("T.R", "T/R.yml", {"extends": "offtopic", "message": "%s", **keys})


def test_word_frequencies_come_from_wordfreq_data_without_importing_it():
    import subprocess
    import sys

    code = ("import sys; from lint.wordstats import information;"
            "assert information('the') < 2 < 4 < information('goalkeeper');"
            "assert 'wordfreq' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(FIXTURES.parent))
    assert out.stdout.strip() == "ok", out.stderr
