"""Golden files: fixtures/golden/<name>.<ext> is linted with the stable duplicate rules
and its findings, as ``file:line:col:Rule.Id`` lines, must equal <name>.expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES

GOLDEN = FIXTURES / "golden"
RULES = "Newslint.DuplicateHeadline,Newslint.DuplicateParagraph"
ARTICLES = sorted(p for p in GOLDEN.iterdir() if p.suffix != ".expected")


def test_every_golden_article_has_an_expected_file():
    assert ARTICLES
    for article in ARTICLES:
        assert article.with_suffix(".expected").is_file(), article.name


@pytest.fixture(scope="module")
def actual() -> dict[str, list[str]]:
    from contextlib import redirect_stdout
    from io import StringIO

    from lint.cli import main

    buf = StringIO()
    with redirect_stdout(buf):
        code = main(["--no-config", "--select", RULES, "--format", "json",
                     *map(str, ARTICLES)])
    assert code in (0, 1)
    return {Path(f["path"]).name: [f"{Path(f['path']).name}:{x['line']}:{x['column']}:"
                                   f"{x['rule']}" for x in f["findings"]]
            for f in json.loads(buf.getvalue())["files"]}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_golden(actual, article):
    expected = article.with_suffix(".expected").read_text(encoding="utf-8").split()
    assert actual[article.name] == expected
