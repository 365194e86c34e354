"""Golden files: fixtures/golden/<name>.<ext> is linted with the stable duplicate rules
and its findings, as ``file:line:col:Rule.Id`` lines, must equal <name>.expected."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, golden_lines

GOLDEN = FIXTURES / "golden"
RULES = "Newslint.DuplicateHeadline,Newslint.DuplicateParagraph"
ARTICLES = sorted(p for p in GOLDEN.iterdir() if p.suffix != ".expected")


def test_every_golden_article_has_an_expected_file():
    assert ARTICLES
    for article in ARTICLES:
        assert article.with_suffix(".expected").is_file(), article.name


@pytest.fixture(scope="module")
def actual() -> dict[str, list[str]]:
    return golden_lines(RULES, ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_golden(actual, article):
    expected = article.with_suffix(".expected").read_text(encoding="utf-8").split()
    assert actual[article.name] == expected
