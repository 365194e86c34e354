"""The ``offtopic`` check type: a paragraph about some other story."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from lint.checks import CheckType, Key
from lint.document import Document, Paragraph
from lint.finding import Match
from lint.wordvectors import Bag, bag_of, cosine

_EPS = 0.005            # keeps log(cosine) finite when nothing is shared
_WORD_CAP = 80          # beyond this length, more words say nothing new
_MEDIAN_MIN_WORDS = 15  # paragraphs long enough to define "a typical paragraph"
_DIGEST_MIN = 3         # this many off-topic paragraphs, and
_DIGEST_SHARE = 1 / 3   # more than this share of those judged: a digest, not an insertion
# An inserted story that brings its own headline: a headline-like line inside the
# body (not a "READ MORE:" style label, which the boilerplate rules own) sharing
# under a quarter of its weight with the article, over a paragraph sharing under
# 30%. Such a pair is flagged whatever its score.
_BODY_START = 3
_FOREIGN_HEAD = 0.25
_FOREIGN_PARAGRAPH = 0.3
_TERMINAL = ".!?;,:\"'\u201d\u2019)"


@dataclass(frozen=True)
class Features:
    """How much one paragraph (with its headline line, if any) shares with the rest."""

    cos: float          # cosine with the rest of the article
    damped: float       # ... with each rest term's weight square-rooted (no one name dominates)
    coverage: float     # share of the paragraph's weight whose terms occur elsewhere
    names_seen: float   # share of the paragraph's names that occur elsewhere
    words: int          # words in the paragraph
    neighbour: float    # best cosine with the paragraph before or after
    relative: float     # cosine relative to the article's median paragraph


# Weights of a logistic score over :class:`Features`, fitted once offline on
# labelled articles with inserted paragraphs and then frozen. Every feature is a
# plain measure of lexical overlap, nothing topic-specific. Larger = more off-topic.
WEIGHTS = {"bias": -8.922, "cos": -0.755, "damped": -1.017, "coverage": -2.403,
           "names_seen": -0.913, "words": 0.025, "neighbour": -0.330, "relative": -0.572}


def score(f: Features, w: dict[str, float] = WEIGHTS) -> float:
    """The off-topic score (0-1) of one paragraph's features."""
    x = (w["bias"] + w["cos"] * math.log(f.cos + _EPS)
         + w["damped"] * math.log(f.damped + _EPS)
         + w["coverage"] * f.coverage + w["names_seen"] * f.names_seen
         + w["words"] * min(f.words, _WORD_CAP)
         + w["neighbour"] * math.log(f.neighbour + _EPS) + w["relative"] * f.relative)
    return 1.0 / (1.0 + math.exp(-x))


def is_headline_line(text: str, min_words: int) -> bool:
    """A short line without closing punctuation: a headline or a subhead."""
    return 3 <= len(text.split()) < min_words and text[-1:] not in _TERMINAL


@dataclass
class Analysis:
    """Per-paragraph bags, features and the paragraph each one's headline line is."""

    bags: list[Bag]
    total: Counter
    features: list[Features | None]
    heads: list[int | None]
    #: paragraphs led by a headline line that is foreign to the article
    foreign_head: set[int]


def _minus(total: Counter, *bags: Bag) -> dict[str, float]:
    rest = {}
    for k, v in total.items():
        left = v - sum(b.weights.get(k, 0.0) for b in bags)
        if left > 1e-9:
            rest[k] = left
    return rest


class _RestOf:
    """Similarity of a part of the article with the article minus that part.

    Computed from the article's totals in time proportional to the part's own
    terms (never re-summing the whole article), which keeps a 40-paragraph
    article near a millisecond.
    """

    def __init__(self, total: Counter) -> None:
        self.total = total
        self.norm2 = sum(v * v for v in total.values())
        self.mass = sum(total.values())

    def left(self, key: str, part: dict[str, float]) -> float:
        return self.total.get(key, 0.0) - part.get(key, 0.0)

    def cosines(self, part: dict[str, float]) -> tuple[float, float]:
        """(cosine with the rest, cosine with the rest's square-rooted weights)."""
        p2 = sum(v * v for v in part.values())
        if not p2:
            return 0.0, 0.0
        dot = dot_root = 0.0
        for k, v in part.items():
            left = max(self.total.get(k, 0.0) - v, 0.0)
            dot += v * left
            dot_root += v * math.sqrt(left)
        rest_norm2 = self.norm2 - sum(self.total.get(k, 0.0) ** 2 for k in part) + \
            sum(max(self.total.get(k, 0.0) - v, 0.0) ** 2 for k, v in part.items())
        rest_mass = self.mass - sum(min(v, self.total.get(k, 0.0)) for k, v in part.items())
        p = math.sqrt(p2)
        cos = dot / (p * math.sqrt(rest_norm2)) if rest_norm2 > 1e-12 else 0.0
        damped = dot_root / (p * math.sqrt(rest_mass)) if rest_mass > 1e-12 else 0.0
        return cos, damped


def analyse(paras: list[Paragraph], min_words: int, min_paragraphs: int) -> Analysis:
    """Features of every paragraph long enough to judge (None for the others).

    A paragraph right after a headline-like line is judged together with it:
    an inserted story often brings its own headline, and the two share words
    that the article does not.
    """
    n = len(paras)
    bags = [bag_of(p.text) for p in paras] if n >= min_paragraphs else []
    total: Counter = Counter()
    name_df: Counter = Counter()
    for b in bags:
        total.update(b.weights)
        name_df.update(b.names.keys())
    features: list[Features | None] = [None] * n
    heads: list[int | None] = [None] * n
    foreign: set[int] = set()
    lengths = [len(p.text.split()) for p in paras]
    judged = [i for i in range(1, n) if bags and lengths[i] >= min_words and bags[i].weights]
    if not judged:
        return Analysis(bags, total, features, heads, foreign)
    rest_of = _RestOf(total)
    plain = {i: rest_of.cosines(bags[i].weights)[0]
             for i in range(n) if lengths[i] >= _MEDIAN_MIN_WORDS or i in judged}
    typical = [v for i, v in plain.items() if lengths[i] >= _MEDIAN_MIN_WORDS]
    median = statistics.median(typical) if typical else 0.0
    for i in judged:
        unit = [bags[i]]
        head = i - 1 if i - 1 > 0 and is_headline_line(paras[i - 1].text, min_words) \
            and set(bags[i - 1].weights) & set(bags[i].weights) else None
        if head is not None:
            unit.append(bags[head])
            heads[i] = head
        weights: Counter = Counter()
        names: set[str] = set()
        for b in unit:
            weights.update(b.weights)
            names.update(b.names)
        cos, damped = rest_of.cosines(weights)
        mass = sum(weights.values())
        covered = sum(v for k, v in weights.items() if rest_of.left(k, weights) > 1e-9)
        # a name is unseen when no paragraph outside the unit mentions it
        unseen = sum(1 for k in names if name_df[k] <= sum(1 for b in unit if k in b.names))
        lo, hi = (head if head is not None else i) - 1, i + 1
        neighbour = max((cosine(weights, bags[j].weights) for j in (lo, hi) if 0 <= j < n),
                        default=0.0)
        if head is not None and head >= _BODY_START and ":" not in paras[head].text \
                and covered / mass < _FOREIGN_PARAGRAPH:
            hb = bags[head]
            head_covered = sum(v for k, v in hb.weights.items()
                               if rest_of.left(k, weights) > 1e-9)
            if head_covered / hb.mass < _FOREIGN_HEAD:
                foreign.add(i)
        features[i] = Features(
            cos=cos, damped=damped, coverage=covered / mass,
            names_seen=1.0 - unseen / len(names) if names else 1.0,
            words=lengths[i], neighbour=neighbour,
            relative=cos / median if median else 1.0)
    return Analysis(bags, total, features, heads, foreign)


class OffTopic(CheckType):
    """Flags a paragraph whose words and names are far from the rest of the article.

    Scrapers and spinners splice in paragraphs from other stories: a sports
    report in the middle of a tax story, a finance brief in a politics piece.
    Each paragraph of ``min_words`` or more is compared with the rest of the
    article (headline included) as a bag of words weighted by how rare each
    word is in English (frequencies from the installed ``wordfreq`` data, read
    once per process on first use), with names counting double. Several
    overlap measures (cosine with the whole rest, share of the paragraph's
    weight and names found elsewhere, similarity to its neighbours and to the
    article's typical paragraph) combine into a score from 0 to 1; a paragraph
    scoring ``threshold`` or more is flagged. A real paragraph that brings in a
    new person still shares the story's subject; an inserted one shares little
    beyond everyday words.

    Articles with fewer than ``min_paragraphs`` paragraphs are skipped (there
    is too little "rest" to compare with), the first paragraph is never
    flagged, and short paragraphs are left to the boilerplate rules. The one
    exception: a short headline-like line (no closing punctuation) right before
    a paragraph, sharing words with it, is judged together with it and flagged
    with it (``headline_lines``): it is the inserted story's own headline. When
    that line, inside the body, shares under a quarter of its weight with the
    article and its paragraph under 30%, the pair is flagged whatever the score:
    an article does not carry another story's headline.

    An article where three or more paragraphs, over a third of those judged,
    look off-topic is a digest or round-up (many stories by design) and is
    left alone: an insertion is an outlier, and a digest has none.

    The message's ``%s`` placeholders are the paragraph's distinctive terms and
    the article's main terms, quoted and comma-separated.

    Keys: ``threshold`` (0-1, default 0.35), ``min_words`` (20),
    ``min_paragraphs`` (4), ``terms`` (3, how many terms each ``%s`` names),
    ``headline_lines`` (true).
    """

    name = "offtopic"
    keys = {"threshold": Key((float,), 0.35, "off-topic score (0-1) at which to flag"),
            "min_words": Key((int,), 20, "shorter paragraphs are not judged"),
            "min_paragraphs": Key((int,), 4, "skip articles with fewer paragraphs"),
            "terms": Key((int,), 3, "how many terms the message names"),
            "headline_lines": Key((bool,), True,
                                  "also flag the inserted story's headline line")}
    default_scope = "paragraph"

    def setup(self) -> None:
        if not 0.0 < self.options["threshold"] < 1.0:
            raise ValueError("'threshold' is a score between 0 and 1")
        if self.options["min_paragraphs"] < 2:
            raise ValueError("'min_paragraphs' must be at least 2 (never judge a lone "
                             "paragraph)")
        if self.options["min_words"] < 4:
            raise ValueError("'min_words' below 4 leaves too few words to judge")

    def analyse(self, doc: Document) -> Analysis:
        return analyse(doc.paragraphs, self.options["min_words"],
                       self.options["min_paragraphs"])

    def scores(self, doc: Document) -> list[float | None]:
        """Each paragraph's off-topic score, or None where it is not judged."""
        return [score(f) if f else None for f in self.analyse(doc).features]

    def run(self, doc: Document) -> Iterator[Match]:
        a = self.analyse(doc)
        paras = doc.paragraphs
        threshold = self.options["threshold"]
        flagged = [i for i, f in enumerate(a.features)
                   if f and (score(f) >= threshold or i in a.foreign_head)]
        judged = sum(1 for f in a.features if f)
        if len(flagged) >= _DIGEST_MIN and len(flagged) > _DIGEST_SHARE * judged:
            return      # a digest or round-up: many topics by design, no outlier
        for i in flagged:
            head = a.heads[i]
            unit = [a.bags[i]] + ([a.bags[head]] if head is not None else [])
            rest = _minus(a.total, *unit)
            merged = Bag()
            for b in unit:
                merged.weights.update(b.weights)
                for k, v in b.surface.items():
                    merged.surface.setdefault(k, v)
            about = self._terms(merged, rest)
            article = self._article_terms(a.bags, {i, head}, rest)
            if head is not None and self.options["headline_lines"]:
                yield Match(paras[head].start, paras[head].end, (about, article))
            yield Match(paras[i].start, paras[i].end, (about, article))

    def _terms(self, bag: Bag, rest: dict[str, float]) -> str:
        """The paragraph's distinctive terms: heavy, and rare in the rest."""
        ranked = sorted(bag.weights, key=lambda k: -bag.weights[k] * (0.2 if k in rest else 1))
        return ", ".join(f"'{bag.surface[k]}'" for k in ranked[:self.options["terms"]])

    def _article_terms(self, bags: list[Bag], skip: set, rest: dict[str, float]) -> str:
        """The article's main terms: heavy and spread over several paragraphs."""
        spread: Counter = Counter()
        surface: dict[str, str] = {}
        for j, b in enumerate(bags):
            if j not in skip:
                spread.update(b.weights.keys())
                for k, s in b.surface.items():
                    surface.setdefault(k, s)
        ranked = sorted(rest, key=lambda k: -(rest[k] * spread[k]))
        return ", ".join(f"'{surface[k]}'" for k in ranked[:self.options["terms"]])
