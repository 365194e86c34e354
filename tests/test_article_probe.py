"""bench/article_probe.py: the moved-paragraph cases it builds say truly where the move went."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.article_probe import build_moved, line_of, paragraphs  # noqa: E402


def _article(tag: str, cluster: str) -> dict:
    body = [f"{tag} paragraph {k} says one thing.\nIt runs on a second line." if k == 2
            else f"{tag} paragraph {k} says one thing." for k in range(1, 7)]
    return {"id": tag, "cluster": cluster, "text": f"{tag} headline\n\n" + "\n\n".join(body) + "\n"}


def test_moved_paragraph_sits_on_the_line_the_truth_names(tmp_path):
    arts = [_article("alpha", "x"), _article("beta", "x"), _article("gamma", "y")]
    truth = build_moved(arts, tmp_path, random.Random(3))
    assert len(truth) == 5              # gamma's beat has no other story
    for name, t in truth.items():
        lines = (tmp_path / name).read_text(encoding="utf-8").split("\n")
        assert lines[t["line"] - 1] == t["text"].split("\n")[0]
        host = name.split("-")[0]
        donor = t["text"].split()[0]
        assert donor != host
        same = {a["id"]: a["cluster"] for a in arts}
        assert (same[donor] == same[host]) == (t["kind"] == "same_beat")
        assert t["line"] > 3                  # never before the first body paragraph


def test_line_of_counts_lines_inside_paragraphs():
    paras = paragraphs("H\n\nfirst\nsecond\n\nthird\n")
    assert paras == ["H", "first\nsecond", "third"]
    assert [line_of(paras, i) for i in range(3)] == [1, 3, 6]
