"""The transplant check: a paragraph that also stands in another article, where it fits."""

from __future__ import annotations

import json
import math
import pickle
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES

from lint.checks.offtopic import document_analysis, is_digest, off_topic_paragraphs
from lint.checks.transplant import (
    ROW_FIELDS,
    Transplant,
    TransplantIndex,
    TransplantSignature,
)
from lint.inputs import document_from_text
from lint.rules import RuleError, builtin_rules_dir, load_rules

FOLDER = FIXTURES / "corpus" / "transplant"
RULE = "Newslint.TransplantedParagraph"


def transplant_check(**overrides) -> Transplant:
    rules = load_rules([builtin_rules_dir()], {RULE: overrides} if overrides else {},
                       keep=lambda rid: rid == RULE)
    return rules[0].instantiate({})


def findings(cli, *paths: Path, jobs: int = 1) -> list[tuple[str, int, int, str]]:
    res = cli("--no-config", "--select", RULE, "-j", jobs, "--format", "json", *paths)
    return [(Path(f["path"]).name, x["line"], x["column"], x["message"])
            for f in json.loads(res.out)["files"] for x in f["findings"]]


# -- end to end, on a small corpus of invented local news ----------------------
def test_golden_transplants_are_flagged_where_they_were_put_and_not_where_they_fit(cli):
    got = findings(cli, FOLDER)
    home = (FOLDER / "transit_fares.txt").as_posix()
    assert got == [
        ("council_housing.txt", 9, 1,
         f"Paragraph belongs to another article: it also stands in {home}:7, where it "
         "fits (off-topic score here 0.60, there 0.00)"),
        # same field, same city: too close for the off-topic check alone (0.10)
        ("library_hours.txt", 9, 1,
         f"Paragraph belongs to another article: it also stands in {home}:13, where it "
         "fits (off-topic score here 0.10, there 0.00)"),
    ]


def test_the_offtopic_rule_alone_misses_the_same_field_transplant(cli):
    res = cli("--no-config", "--select", "Newslint.OffTopic", "--format", "json",
              FOLDER / "library_hours.txt")
    assert json.loads(res.out)["files"][0]["findings"] == []


def test_without_the_article_it_came_from_nothing_is_flagged(cli):
    assert findings(cli, FOLDER / "council_housing.txt", FOLDER / "library_hours.txt",
                    FOLDER / "transit_fares_update.txt") != []     # the update is a home too
    assert findings(cli, FOLDER / "council_housing.txt", FOLDER / "library_hours.txt") == []
    assert findings(cli, FOLDER / "library_hours.txt") == []


def test_two_workers_give_the_same_findings_as_one(cli):
    assert findings(cli, FOLDER, jobs=2) == findings(cli, FOLDER, jobs=1)


# -- the index, on hand-made rows ---------------------------------------------
def sig(*rows: tuple[int, float, bool, int]) -> TransplantSignature:
    """Rows of (hash, score, may be flagged, line); texts for the flaggable ones."""
    arr = np.array([(h, s, host, line, 1, line, 40) for h, s, host, line in rows],
                   dtype=ROW_FIELDS)
    texts = {i: f"paragraph {r[0]}" for i, r in enumerate(rows) if r[2]}
    return TransplantSignature(arr, pickle.dumps(texts) if texts else b"")


def resolve(*sigs: TransplantSignature, **overrides) -> dict[str, list[tuple[int, str]]]:
    index = TransplantIndex(transplant_check(**overrides))
    kept = [index.add(n, f"{chr(97 + n)}.txt", s) for n, s in enumerate(sigs)]
    index.finish()
    return {f"{chr(97 + n)}.txt": [(f.line, f.message) for f in index.findings(n, k)]
            for n, k in enumerate(kept)}


def test_flagged_in_the_article_where_it_scores_off_topic_naming_its_home():
    got = resolve(sig((1, 0.0, False, 3), (7, 0.01, False, 5)),
                  sig((2, 0.0, False, 3), (7, 0.12, True, 9)))
    assert got == {"a.txt": [], "b.txt": [(9, "Paragraph belongs to another article: it "
                                           "also stands in a.txt:5, where it fits "
                                           "(off-topic score here 0.12, there 0.01)")]}


def test_a_home_that_does_not_judge_the_paragraph_counts_as_fitting():
    got = resolve(sig((7, math.nan, False, 3)), sig((7, 0.2, True, 9)))
    assert got["b.txt"] == [(9, "Paragraph belongs to another article: it also stands in "
                                "a.txt:3, where it fits (off-topic score here 0.20, "
                                "there unjudged)")]


@pytest.mark.parametrize("home_score", [0.02, 0.06, 0.3])
def test_no_home_when_the_paragraph_fits_neither_article(home_score):
    # lifted paragraphs score 0.01 or less where they were written: 0.02 is
    # only a loose fit, and two loose fits say nothing about where it belongs
    assert resolve(sig((7, home_score, home_score >= 0.03, 3)),
                   sig((7, 0.2, True, 9)))["b.txt"] == []


def test_a_low_score_here_counts_beside_a_close_fit_at_home():
    # 0.04 is what one own paragraph in twenty scores; beside 0.00 at home it
    # still says where the paragraph belongs
    got = resolve(sig((7, 0.004, False, 3)), sig((7, 0.04, True, 9)))
    assert got["b.txt"] == [(9, "Paragraph belongs to another article: it also stands in "
                                "a.txt:3, where it fits (off-topic score here 0.04, "
                                "there 0.00)")]
    assert resolve(sig((7, 0.012, False, 3)), sig((7, 0.04, True, 9)))["b.txt"] != []


def test_only_rows_marked_flaggable_are_flagged():
    # the worker clears the mark under min_score and in digests
    assert resolve(sig((7, 0.0, False, 3)), sig((7, 0.5, False, 9))) == \
        {"a.txt": [], "b.txt": []}


def test_two_articles_that_share_two_paragraphs_are_versions_of_one_story():
    story = sig((7, 0.0, False, 3), (8, 0.0, False, 5))
    update = sig((7, 0.2, True, 3), (8, 0.0, False, 5))
    assert resolve(story, update)["b.txt"] == []


def test_a_paragraph_in_more_than_max_articles_is_stock_text():
    four = [sig((7, 0.0, False, 3)), sig((7, 0.0, False, 3)), sig((7, 0.0, False, 3)),
            sig((7, 0.2, True, 9))]
    assert resolve(*four)["d.txt"] == []
    assert resolve(*four, max_articles=4)["d.txt"] != []
    # stock text does not make two articles versions of one story either
    assert resolve(sig((1, 0.0, False, 1), (7, 0.0, False, 3)),
                   sig((1, 0.0, False, 1), (7, 0.2, True, 9)),
                   sig((1, 0.0, False, 1)), sig((1, 0.0, False, 1)))["b.txt"] != []


def test_the_home_is_the_first_fitting_article_in_input_order():
    got = resolve(sig((7, 0.2, False, 3)), sig((7, 0.0, False, 4)), sig((7, 0.0, False, 5)),
                  sig((7, 0.3, True, 9)), max_articles=4)
    assert got["d.txt"][0][1].startswith("Paragraph belongs to another article: it also "
                                         "stands in b.txt:4,")


def test_fewer_than_two_paragraphs_in_the_whole_run_resolve_to_nothing():
    assert resolve(sig((7, 0.3, True, 9))) == {"a.txt": []}
    assert resolve(sig(), sig()) == {"a.txt": [], "b.txt": []}


# -- the worker side ----------------------------------------------------------
TOPICS = [
    "The striker scored twice in the second half as the visitors came from behind to win "
    "the cup tie in front of a sold-out stadium on Saturday night.",
    "Forecasters expect heavy snow across the northern mountains by Thursday, with drifts "
    "closing passes and avalanche warnings in force for the weekend.",
    "Shares in the chipmaker fell nine percent after it cut its revenue forecast, dragging "
    "the technology index lower for a third straight session.",
    "Simmer the lentils with garlic, cumin and a bay leaf for twenty minutes, then stir in "
    "the spinach and a squeeze of lemon before serving.",
    "The film follows a retired lighthouse keeper who befriends a runaway teenager, and "
    "critics have praised its quiet score and long coastal shots.",
    "Astronomers using the new telescope found water vapour in the atmosphere of a planet "
    "orbiting a red dwarf about forty light years away.",
]


def test_a_digest_offers_no_paragraph_for_flagging():
    text = "Morning briefing: six stories\n\n" + "\n\n".join(TOPICS) + "\n"
    doc = document_from_text("digest.txt", text)
    a = document_analysis(doc)
    assert is_digest(a, off_topic_paragraphs(a))
    rows = transplant_check().signature(doc).rows
    assert len(rows) == len(TOPICS) and not rows["host"].any()
    assert (rows["score"][1:] > 0.08).any()       # off-topic scores, yet not flaggable


def test_signature_marks_paragraphs_scoring_min_score_or_more():
    doc = document_from_text("x.txt", (FOLDER / "library_hours.txt").read_text("utf-8"))
    s = transplant_check().signature(doc)
    assert s.rows["host"].tolist() == [False, False, False, True, False, False]
    assert s.rows["line"].tolist() == [3, 5, 7, 9, 11, 13]      # paragraphs of 12+ words
    scores = document_analysis(doc).scores[1:]                  # the headline is too short
    assert s.rows["score"].tolist() == pytest.approx(scores)
    assert not transplant_check(min_score=0.2, home_max=0.05).signature(doc).rows["host"].any()


@pytest.mark.parametrize("overrides, key", [({"home_max": 0.1, "min_score": 0.1}, "home_max"),
                                            ({"max_articles": 1}, "max_articles"),
                                            ({"min_score": 1.5}, "min_score")])
def test_bad_options_are_rule_errors_naming_the_key(overrides, key):
    with pytest.raises((RuleError, ValueError), match=key):
        transplant_check(**overrides)


# -- the helpers the two corpus checks share ------------------------------------
def test_repeated_groups_lists_each_repeated_value_once_in_index_order():
    from lint.columns import repeated_groups

    values = np.array([5, 3, 5, 9, 3, 5], dtype=np.uint64)
    assert list(repeated_groups(values)) == [[1, 4], [0, 2, 5]]
    assert list(repeated_groups(np.array([1, 2, 3], dtype=np.uint64))) == []
    assert list(repeated_groups(np.array([], dtype=np.uint64))) == []


def test_hash64_is_the_same_in_another_process():
    import subprocess
    import sys

    from lint.textutil import hash64

    code = "from lint.textutil import hash64; print(hash64('the same paragraph'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert int(out) == hash64("the same paragraph") != hash64("the same paragraph.")
    assert 0 <= hash64("") < 2 ** 64
