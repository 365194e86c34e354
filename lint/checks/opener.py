"""The ``opener`` check type: one introductory phrase opening sentence after sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import accumulate

from lint.checks import CheckType, Key
from lint.document import Document, Span
from lint.finding import Match
from lint.textutil import fold_quotes, words

# An introductory phrase: capitalised start (after an opening quote mark, if
# any), no sentence punctuation or quote marks inside, closed by a comma.
_OPENER = re.compile(r"\s*[\"'\u201c\u2018]?(?P<op>[A-Z][^,;:.!?\"()\[\]\u201c\u201d]{1,100}?),\s")


class RepeatedOpener(CheckType):
    """Flags the same introductory phrase opening consecutive sentences.

    "According to the Journal, officials warned allies. According to the
    Journal, they also offered aid." Article spinners and hasty rewrites
    repeat an attribution or time phrase because each sentence was rewritten
    on its own; an editor would say it once. The finding is on the second
    opener.

    Only an opener closed by a comma counts (an introductory phrase, not a
    sentence's subject), and only when its first word is in ``first_words``
    (prepositions, time and linking adverbs: "According to ...", "In
    Washington, ...", "Earlier this month, ..."), so that rhetorical
    repetition of a subject ("We need a border. We need a wall.") is left
    alone. Sentences inside direct quotes are skipped: speakers repeat
    themselves. Two sentences that say mostly the same thing after the opener
    are a duplicate, not a tic, and are left to the duplicate rules.

    Keys: ``first_words`` (words an opener may start with; empty: any),
    ``min_words``/``max_words`` (opener length, default 2-8 words),
    ``max_overlap`` (share of the shorter remainder's words the two sentences
    may have in common before they count as a duplicate; default 0.6),
    ``across_paragraphs`` (also compare the last sentence of a paragraph with
    the first of the next; default true), ``skip_quotes`` (default true).
    ``%s`` in the message is the repeated opener.

    Example::

        extends: opener
        message: "'%s' opens two sentences in a row."
        category: style
        first_words: [according, in, on, after, earlier]
    """

    name = "opener"
    keys = {
        "first_words": Key((list,), [], "words an introductory phrase may start with"),
        "min_words": Key((int,), 2, "shortest opener, in words"),
        "max_words": Key((int,), 8, "longest opener, in words"),
        "max_overlap": Key((float,), 0.6, "above this word overlap the pair is a duplicate"),
        "across_paragraphs": Key((bool,), True, "compare across a paragraph break too"),
        "skip_quotes": Key((bool,), True, "ignore sentences inside direct quotes"),
    }
    default_scope = "sentence"

    def setup(self) -> None:
        o = self.options
        if o["min_words"] < 1 or o["max_words"] < o["min_words"]:
            raise ValueError("need 1 <= min_words <= max_words")
        if not 0 <= o["max_overlap"] <= 1:
            raise ValueError("'max_overlap' must be between 0 and 1")
        bad = [w for w in o["first_words"] if not isinstance(w, str)]
        if bad:      # e.g. a bare `on` in YAML is read as true
            raise ValueError(f"'first_words' must list words (quote them), got {bad[0]!r}")
        self.first_words = frozenset(w.lower() for w in o["first_words"])

    def opener(self, sentence: Span) -> tuple[str, int, int] | None:
        """``(normalised opener, start, end)`` of a sentence's introductory phrase."""
        m = _OPENER.match(sentence.text)
        if not m:
            return None
        ws = words(fold_quotes(m.group("op")))
        if not self.options["min_words"] <= len(ws) <= self.options["max_words"]:
            return None
        if self.first_words and ws[0] not in self.first_words:
            return None
        return " ".join(ws), sentence.start + m.start("op"), sentence.start + m.end("op")

    def _overlap(self, a: Span, b: Span, cut_a: int, cut_b: int) -> float:
        rest_a = set(words(fold_quotes(a.text[cut_a - a.start:])))
        rest_b = set(words(fold_quotes(b.text[cut_b - b.start:])))
        if not rest_a or not rest_b:
            return 1.0
        return len(rest_a & rest_b) / min(len(rest_a), len(rest_b))

    def run(self, doc: Document) -> Iterator[Match]:
        o = self.options
        quotes = sorted(doc.quotes, key=lambda q: q.start) if o["skip_quotes"] else []
        # a sentence starts inside a quote iff the furthest end among the quotes
        # starting at or before it lies beyond it (a bisection, not a scan)
        q_starts = [q.start for q in quotes]
        q_reach = list(accumulate((q.end for q in quotes), max))
        paragraph_of = {}
        if not o["across_paragraphs"]:
            for p in doc.paragraphs:
                for s in doc.sentences_in(p):
                    paragraph_of[s.start] = p.index
        prev: tuple[Span, tuple[str, int, int] | None] | None = None
        for s in doc.sentences:
            i = bisect.bisect_right(q_starts, s.start)
            if i and q_reach[i - 1] > s.start:
                prev = (s, None)
                continue
            cur = self.opener(s)
            if prev is not None and cur is not None and prev[1] is not None:
                (ps, (pkey, _, pend)), (key, start, end) = (prev[0], prev[1]), cur
                same_para = o["across_paragraphs"] or \
                    paragraph_of.get(ps.start) == paragraph_of.get(s.start)
                if key == pkey and same_para and \
                        self._overlap(ps, s, pend, end) <= o["max_overlap"]:
                    yield Match(start, end, (doc.text[start:end],))
            prev = (s, cur)
