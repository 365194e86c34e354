"""The ``transplant`` check type: a paragraph that belongs to another article of the run."""

from __future__ import annotations

import math
import pickle
from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.checks import CheckType, Key
from lint.checks.offtopic import (
    MIN_PARAGRAPHS,
    MIN_WORDS,
    document_analysis,
    is_digest,
    off_topic_paragraphs,
)
from lint.columns import Column, owner, repeated_groups
from lint.document import Document
from lint.finding import Finding, Match
from lint.readstats import paragraph_lengths
from lint.textutil import hash64, paragraph_norms

if TYPE_CHECKING:
    import numpy as np

#: One compared paragraph: the hash of its normalised text, its off-topic score
#: in its own article (NaN where that article does not judge it), whether it may
#: be flagged there, and where it stands.
ROW_FIELDS = [("hash", "u8"), ("score", "f4"), ("host", "?"), ("line", "i4"),
              ("col", "i4"), ("end_line", "i4"), ("end_col", "i4")]
_TEXT_MAX = 300


class TransplantSignature(NamedTuple):
    """The compact form of one article that the corpus phase indexes: one row
    (:data:`ROW_FIELDS`) per paragraph of ``min_words`` or more, and the texts of
    the paragraphs that may be flagged, pickled (unpacked only for a finding)."""

    rows: np.ndarray
    payload: bytes


class Transplant(CheckType):
    """Flags a paragraph that also stands in another article of the run, where it fits.

    Scrapers and spinners pad an article with a paragraph lifted from another
    story. When that other story is linted in the same run (a directory, a
    file list, a JSONL corpus), the paragraph's two homes can be compared:
    the off-topic score (the ``offtopic`` check's measure of how little a
    paragraph shares with the rest of its article) is low in the article it
    was written for and higher in the one it was put into. A paragraph is
    flagged where it scores ``min_score`` or more while the same paragraph
    (after normalising case, whitespace, punctuation and quote style) scores
    ``home_max`` or less in another article, or stands there unjudged (in an
    article of fewer than ``min_paragraphs`` paragraphs, say).

    This catches insertions too close to the host's subject for the
    ``offtopic`` check alone (another article on the same election, the same
    company): a score of 0.05 says little by itself (one paragraph in twenty
    of an article's own scores 0.03 or more), but beside a score of 0.00 in
    the article the paragraph came from, it says where the paragraph belongs.
    Lifted paragraphs score 0.01 or less at home, so ``home_max`` is kept
    that tight: a paragraph that fits both articles only loosely is left
    alone.

    What is left alone:

    * two versions of one story: the paragraph must be the **only** one the
      two articles share, so an article and its update, or a story and its
      syndicated copy, never count as a paragraph's two homes;
    * stock text: a paragraph in more than ``max_articles`` articles (an
      editor's note, a standing disclaimer) is nobody's transplant;
    * digests and round-ups (many off-topic paragraphs by design), the
      headline, author notes and mostly quoted short paragraphs, which the
      ``offtopic`` check does not judge either.

    Runs only when two or more articles are linted together; the copy check
    reports the same text as copied, this one says which article it belongs
    to. The message names the other article and line, with both scores.

    Keys: ``min_score`` (0.03), ``home_max`` (0.015), ``max_articles`` (3),
    ``min_words`` (12) and ``min_paragraphs`` (4), the last two as for the
    ``offtopic`` check (with the same values, the two share one analysis).
    """

    name = "transplant"
    corpus = True
    keys = {"min_score": Key((float,), 0.03,
                             "off-topic score in this article at which to flag"),
            "home_max": Key((float,), 0.015,
                            "highest off-topic score in the article it fits"),
            "max_articles": Key((int,), 3,
                                "text in more articles than this is stock text"),
            "min_words": Key((int,), MIN_WORDS, "shorter paragraphs are not compared"),
            "min_paragraphs": Key((int,), MIN_PARAGRAPHS,
                                  "articles with fewer paragraphs are not judged")}
    default_scope = "paragraph"

    def setup(self) -> None:
        o = self.options
        for key in ("min_score", "home_max"):
            if not 0.0 <= o[key] <= 1.0:
                raise ValueError(f"'{key}' is a score between 0 and 1")
        if o["home_max"] >= o["min_score"]:
            raise ValueError("'home_max' must be below 'min_score'")
        if o["max_articles"] < 2:
            raise ValueError("'max_articles' must be at least 2 (a paragraph and its home)")
        if o["min_words"] < 4 or o["min_paragraphs"] < 2:
            raise ValueError("'min_words' must be at least 4 and 'min_paragraphs' at least 2")

    def run(self, doc: Document) -> list[Match]:
        """Nothing per document: see :meth:`signature` and the corpus phase."""
        return []

    def signature(self, doc: Document) -> TransplantSignature:
        """The article's paragraphs, hashed and scored (runs in the worker)."""
        import numpy as np

        o = self.options
        a = document_analysis(doc, o["min_words"], o["min_paragraphs"])
        hosts_ok = not is_digest(a, off_topic_paragraphs(a))
        lengths = paragraph_lengths(doc)
        rows: list[tuple] = []
        texts: dict[int, str] = {}
        norms = paragraph_norms(doc)
        for p, sc in zip(doc.paragraphs, a.scores):
            if lengths[p.index] < o["min_words"]:
                continue
            norm = norms[p.index]
            if not norm:
                continue
            s = math.nan if sc is None else sc
            host = hosts_ok and s >= o["min_score"]
            if host:
                texts[len(rows)] = p.text if len(p.text) <= _TEXT_MAX \
                    else p.text[:_TEXT_MAX - 3] + "..."
            rows.append((hash64(norm), s, host, *doc.position(p.start), *doc.position(p.end)))
        return TransplantSignature(np.array(rows, dtype=ROW_FIELDS),
                                   pickle.dumps(texts, pickle.HIGHEST_PROTOCOL) if texts
                                   else b"")

    def new_index(self) -> TransplantIndex:
        """The parent-side index for this rule (see :class:`TransplantIndex`)."""
        return TransplantIndex(self)


class TransplantIndex:
    """What the parent keeps about the run's articles for one transplant rule.

    Memory: 29 bytes per compared paragraph (:data:`ROW_FIELDS`), about 7 MB
    for 20,000 articles of a dozen paragraphs; the texts of the few paragraphs
    that may be flagged travel with their article's buffered result.
    """

    def __init__(self, check: Transplant) -> None:
        self.check = check
        self.rule = check.rule
        self.paths: list[str] = []
        self.first_row: list[int] = [0]
        self._rows = Column()
        self.rows: Any = None
        self.home: dict[int, int] = {}     # flagged row -> the row of its home

    def add(self, doc_no: int, path: str, sig: TransplantSignature) -> bytes:
        """Index one article; returns what must travel with its result."""
        self.paths.append(path)
        self.first_row.append(self.first_row[-1] + len(sig.rows))
        self._rows.append(sig.rows)
        return sig.payload

    def finish(self) -> None:
        """Pair every paragraph that scores off-topic with an article it fits."""
        import numpy as np

        o = self.check.options
        rows = self.rows = self._rows.take(np.dtype(ROW_FIELDS))
        self._rows = Column()
        n = len(rows)
        if n < 2:
            return
        owner = np.repeat(np.arange(len(self.paths)),
                          np.diff(np.array(self.first_row, dtype=np.int64))).tolist()
        shared: Counter[tuple[int, int]] = Counter()   # paragraphs two articles share
        groups: list[list[int]] = []
        for members in repeated_groups(rows["hash"]):
            docs = sorted({owner[m] for m in members})
            if not 2 <= len(docs) <= o["max_articles"]:
                continue
            shared.update(combinations(docs, 2))
            if rows["host"][members].any():
                groups.append(members)
        scores, hosts = rows["score"].tolist(), rows["host"].tolist()
        home_max = o["home_max"]
        for members in groups:
            for u in members:
                if not hosts[u]:
                    continue
                for v in members:
                    a, b = owner[u], owner[v]
                    if a != b and shared[(min(a, b), max(a, b))] == 1 and \
                            not scores[v] > home_max:        # NaN: unjudged there, fits
                        self.home[u] = v
                        break

    def findings(self, slot: int, payload: bytes) -> list[Finding]:
        """The findings of the article indexed in ``slot`` (``payload``: what
        :meth:`add` returned for it)."""
        base, end = self.first_row[slot], self.first_row[slot + 1]
        flagged = [u for u in range(base, end) if u in self.home]
        if not flagged:
            return []
        texts: dict[int, str] = pickle.loads(payload)
        rule, rows = self.rule, self.rows
        out: list[Finding] = []
        for u in flagged:
            v = self.home[u]
            r, h = rows[u], rows[v]
            there = "unjudged" if math.isnan(float(h["score"])) else f"{float(h['score']):.2f}"
            where = f"{self.paths[owner(self.first_row, v)]}:{int(h['line'])}"
            msg = (f"Paragraph belongs to another article: it also stands in {where}, "
                   f"where it fits (off-topic score here {float(r['score']):.2f}, "
                   f"there {there})")
            out.append(Finding(self.paths[slot], rule.id, rule.category, rule.level,
                               int(r["line"]), int(r["col"]), int(r["end_line"]),
                               int(r["end_col"]), msg, texts[u - base]))
        out.sort(key=Finding.sort_key)
        return out[:rule.limit] if rule.limit else out

