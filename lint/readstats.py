"""Counts and readability formulas over a stretch of text.

The variables are Vale's ``metric`` variables (words, sentences, syllables,
complex words, ...), so the ``metric`` and ``readability`` check types read the
same numbers. The formulas are the published ones, as textstat computes them;
:mod:`lint.syllables` supplies syllable counts without loading a dictionary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from lint import syllables
from lint.sentences import split_spans

if TYPE_CHECKING:
    from lint.document import Document, Span

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+", re.M)
_LIST_MARKS = frozenset("-*+\u20220123456789")
_BLOCK_BREAK = re.compile(r"\n\s*\n")


def text_stats(text: str, *, paragraphs: int | None = None,
               syllable_count: Callable[[str], int] = syllables.count) -> dict[str, float]:
    """Vale's metric variables for ``text`` (pre, lists and headings are 0 for prose)."""
    words = _WORD.findall(text)
    if syllable_count is syllables.count:
        counts = WordCounts.of(words)
    else:
        syl = [syllable_count(w) if w[0].isalpha() else 1 for w in words]
        counts = WordCounts(len(words), sum(map(len, words)), sum(syl),
                            sum(1 for s in syl if s >= 3),
                            sum(1 for w, s in zip(words, syl) if s >= 3 and _plain(w)),
                            sum(1 for w in words if len(w) > 6))
    blocks = [b for b in _BLOCK_BREAK.split(text) if b.strip()]
    sentences = sum(1 for b in blocks for _ in split_spans(b, 0, len(b))) or (1 if words else 0)
    return counts.stats(sentences, paragraphs if paragraphs is not None else len(blocks),
                        len(_LIST_ITEM.findall(text)))


def _plain(word: str) -> bool:
    """Gunning's "complex" words exclude names and hyphenated compounds."""
    return not word[0].isupper() and "-" not in word


#: Width of each count packed into one integer by :func:`_word_code`: a stretch of
#: text would need four billion characters before one count spilled into the next.
_FIELD = 32
_MASK = (1 << _FIELD) - 1


@lru_cache(maxsize=65536)
def _word_code(word: str) -> int:
    """One word's counts (see :class:`WordCounts`) packed into one integer.

    Cached per distinct spelling (news repeats its words, so most lookups are a
    cache hit), and packed so that one C-level ``sum`` adds all six counts over
    a paragraph, instead of a Python-level pass per count.
    """
    syl = syllables.count(word) if word[0].isalpha() else 1
    poly = int(syl >= 3)
    fields = (1, len(word), syl, poly, int(poly and _plain(word)), int(len(word) > 6))
    return sum(f << i * _FIELD for i, f in enumerate(fields))


class WordCounts(NamedTuple):
    """The word-level counts of a stretch of text (everything but sentences)."""

    words: int
    characters: int
    syllables: int
    polysyllabic_words: int
    complex_words: int
    long_words: int

    @classmethod
    def of(cls, words: list[str]) -> WordCounts:
        return cls.unpack(sum(map(_word_code, words)))

    @classmethod
    def unpack(cls, code: int) -> WordCounts:
        """The counts from a sum of :func:`_word_code` values."""
        return cls(*((code >> i * _FIELD) & _MASK for i in range(len(cls._fields))))

    def stats(self, sentences: int, paragraphs: int, lists: int) -> dict[str, float]:
        """Vale's metric variables (pre and headings are 0 for prose)."""
        return {**self._asdict(), "sentences": sentences, "paragraphs": paragraphs,
                "pre": 0, "lists": lists, "headings": 0}


# -- per-document counts, computed once and shared by every rule -----------------------
class _Counts(NamedTuple):
    """One paragraph's counts: packed word counts, sentences, list items."""

    code: int
    sentences: int
    lists: int


def _paragraph_counts(doc: Document) -> list[_Counts]:
    out = []
    for p in doc.paragraphs:
        text = p.text
        # a list item starts a line: a paragraph's first character or one after a newline
        lists = len(_LIST_ITEM.findall(text)) if text[0] in _LIST_MARKS or "\n" in text \
            else 0
        out.append(_Counts(sum(map(_word_code, _WORD.findall(text))),
                           len(doc.sentences_in(p)), lists))
    return out


def paragraph_stats(doc: Document, index: int) -> dict[str, float]:
    """:func:`text_stats` of ``doc``'s paragraph ``index``.

    Every paragraph's words are counted once per document (and the document's
    totals summed from them); sentences come from :attr:`Document.sentences`
    (the same splitter over the same paragraph), which the sentence-scope rules
    have usually built already.
    """
    made: dict[int, dict[str, float]] = doc.memo("readstats.paragraphs", lambda _: {})
    stats = made.get(index)
    if stats is None:
        c = doc.memo("readstats.counts", _paragraph_counts)[index]
        stats = made[index] = WordCounts.unpack(c.code).stats(c.sentences, 1, c.lists)
    return stats


def document_stats(doc: Document) -> dict[str, float]:
    """:func:`text_stats` of the whole document (``paragraphs`` = its paragraph count).

    Summed from the paragraphs' counts: words never cross a paragraph boundary and
    every non-blank character belongs to a paragraph, so the sums are exact.
    Sentences are split per blank-line block, as :func:`text_stats` does, so a
    block of several one-line paragraphs is re-split as a whole (a line without
    closing punctuation runs on into the next line's sentence).
    """
    return doc.memo("readstats.document", _document_stats)


def _is_paragraph(doc: Document, span: Span) -> bool:
    index = getattr(span, "index", None)
    paras = doc.paragraphs
    return index is not None and index < len(paras) and paras[index] is span


def span_stats(doc: Document, span: Span, *,
               paragraphs: int | None = None) -> dict[str, float]:
    """:func:`text_stats` of a stretch of ``doc``: the shared counts for the whole
    document or one of its paragraphs, fresh counts (with ``paragraphs`` as given)
    for anything else. The returned dict is shared: read it, never change it."""
    if span.start == 0 and span.end == len(doc.text):
        return document_stats(doc)
    if _is_paragraph(doc, span):
        return paragraph_stats(doc, span.index)        # type: ignore[attr-defined]
    return text_stats(span.text, paragraphs=paragraphs)


def paragraph_lengths(doc: Document) -> list[int]:
    """Whitespace-separated words in each paragraph (computed once per document)."""
    return doc.memo("readstats.paragraph_lengths",
                    lambda d: [len(p.text.split()) for p in d.paragraphs])


def span_length(doc: Document, span: Span) -> int:
    """``len(span.text.split())``, from :func:`paragraph_lengths` where it can be:
    whitespace never belongs to a word, so the document's count is their sum."""
    if span.start == 0 and span.end == len(doc.text):
        return sum(paragraph_lengths(doc))
    if _is_paragraph(doc, span):
        return paragraph_lengths(doc)[span.index]      # type: ignore[attr-defined]
    return len(span.text.split())


def _document_stats(doc: Document) -> dict[str, float]:
    per = doc.memo("readstats.counts", _paragraph_counts)
    paras = doc.paragraphs
    text = doc.text
    sentences = 0
    block = 0                  # index of the first paragraph of the current block
    for i in range(len(paras)):
        if i + 1 < len(paras) and text.count("\n", paras[i].end, paras[i + 1].start) < 2:
            continue           # no blank line before the next paragraph: same block
        if block == i:
            sentences += per[i].sentences
        else:
            sentences += len(split_spans(text, paras[block].start, paras[i].end))
        block = i + 1
    counts = WordCounts.unpack(sum(c.code for c in per))
    # a list item starts a line: some paragraph's first character, or one after a
    # newline inside a (hard-wrapped) paragraph; with neither, there is none
    lists = len(_LIST_ITEM.findall(text)) if any(
        p.text[0] in _LIST_MARKS or "\n" in p.text for p in paras) else 0
    return counts.stats(sentences or (1 if counts.words else 0), len(paras), lists)


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
