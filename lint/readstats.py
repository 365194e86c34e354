"""Counts and readability formulas over a stretch of text.

The variables are Vale's ``metric`` variables (words, sentences, syllables,
complex words, ...), so the ``metric`` and ``readability`` check types read the
same numbers. The formulas are the published ones, as textstat computes them;
:mod:`lint.syllables` supplies syllable counts without loading a dictionary.
"""

from __future__ import annotations

import math
import re
from typing import Callable

from lint import syllables
from lint.sentences import split_spans

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+", re.M)


def text_stats(text: str, *, paragraphs: int | None = None,
               syllable_count: Callable[[str], int] = syllables.count) -> dict[str, float]:
    """Vale's metric variables for ``text`` (pre, lists and headings are 0 for prose)."""
    words = _WORD.findall(text)
    syl = [syllable_count(w) if w[0].isalpha() else 1 for w in words]
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    sentences = sum(1 for b in blocks for _ in split_spans(b, 0, len(b))) or (1 if words else 0)
    return {
        "words": len(words),
        "sentences": sentences,
        "characters": sum(len(w) for w in words),
        "syllables": sum(syl),
        "polysyllabic_words": sum(1 for s in syl if s >= 3),
        # Gunning's "complex": 3+ syllables, not a name and not a hyphenated compound
        "complex_words": sum(1 for w, s in zip(words, syl)
                             if s >= 3 and not w[0].isupper() and "-" not in w),
        "long_words": sum(1 for w in words if len(w) > 6),
        "paragraphs": paragraphs if paragraphs is not None else len(blocks),
        "pre": 0,
        "lists": len(_LIST_ITEM.findall(text)),
        "headings": 0,
    }


def _per(a: float, b: float) -> float:
    return a / b if b else 0.0


def flesch_reading_ease(s: dict[str, float]) -> float:
    return 206.835 - 1.015 * _per(s["words"], s["sentences"]) \
        - 84.6 * _per(s["syllables"], s["words"])


def flesch_kincaid_grade(s: dict[str, float]) -> float:
    return 0.39 * _per(s["words"], s["sentences"]) \
        + 11.8 * _per(s["syllables"], s["words"]) - 15.59


def gunning_fog(s: dict[str, float]) -> float:
    return 0.4 * (_per(s["words"], s["sentences"]) + 100 * _per(s["complex_words"], s["words"]))


def smog_index(s: dict[str, float]) -> float:
    return 1.043 * math.sqrt(s["polysyllabic_words"] * _per(30, s["sentences"])) + 3.1291


def coleman_liau_index(s: dict[str, float]) -> float:
    letters = 100 * _per(s["characters"], s["words"])
    sents = 100 * _per(s["sentences"], s["words"])
    return 0.0588 * letters - 0.296 * sents - 15.8


def automated_readability_index(s: dict[str, float]) -> float:
    return 4.71 * _per(s["characters"], s["words"]) \
        + 0.5 * _per(s["words"], s["sentences"]) - 21.43


def words_per_sentence(s: dict[str, float]) -> float:
    return _per(s["words"], s["sentences"])


#: metric name -> formula over :func:`text_stats`
METRICS: dict[str, Callable[[dict[str, float]], float]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "words_per_sentence": words_per_sentence,
}
