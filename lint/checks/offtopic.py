"""The ``offtopic`` check type: a paragraph about some other story."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, repeat
from operator import gt, mul
from typing import NamedTuple

from lint.checks import CheckType, Key
from lint.document import Document, Paragraph
from lint.finding import Match
from lint.readstats import paragraph_lengths
from lint.speakers import unintroduced_speakers, unintroduced_titled
from lint.wordvectors import Bag, bag_of, dot

_EPS = 0.005            # keeps log(cosine) finite when nothing is shared
_WORD_CAP = 80          # beyond this length, a paragraph's overlap is as telling as it gets
_MEDIAN_MIN_WORDS = 15  # paragraphs long enough to define "a typical paragraph"
_DIGEST_MIN = 3         # this many off-topic paragraphs, and
_DIGEST_SHARE = 1 / 3   # more than this share of those judged: a digest, not an insertion
THRESHOLD = 0.35        # default score at which a paragraph is flagged
SHORT_THRESHOLD = 0.6   # ... and a paragraph of under SHORT_WORDS words
STRANGER_THRESHOLD = 0.05  # ... and one quoting a bare surname the article never names
MIN_WORDS = 12          # default: shorter paragraphs are not judged
MIN_PARAGRAPHS = 4      # default: articles with fewer paragraphs are skipped
# An inserted story that brings its own headline: a headline-like line inside the
# body (not a "READ MORE:" style label, which the boilerplate rules own) sharing
# under a quarter of its weight with the article, over a paragraph sharing under
# 30%. Such a pair is flagged whatever its score.
_BODY_START = 3
_FOREIGN_HEAD = 0.25
_FOREIGN_PARAGRAPH = 0.3
_TERMINAL = ".!?;,:\"'\u201d\u2019)"
_HEADLINE_MAX_WORDS = 20  # a headline or subhead line is shorter than this
_NEIGHBOUR_MIN_WORDS = 8  # shorter neighbours are page furniture, not the story
_NEIGHBOUR_OFF = 0.5      # a first-pass score this high: not a neighbour to compare with
SHORT_WORDS = 20          # a paragraph shorter than this is judged by a stricter cut
_SHORT_QUOTED = 0.5       # ... and not at all when mostly a quote (too few topic words)
_PREFIX_CHARS = 40        # paragraphs opening with the same characters are copies
_BIO_TAIL = 3             # an author's note sits among the last paragraphs
#: "Jane Q. Roe is a ...", "John Doe is Senior Editor ...", "Ann Lee writes for ...": a contributor's note
_BIO = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}"
                  r"(?:is\s+(?:an?\s|the\s|[A-Z])|(?:writes|covers|reports)\s+(?:for|about|on)\s)")
#: an obituary's survivors: "He is survived by his wife, ...": all new names, no topic words,
#: yet always about the article's subject
_SURVIVORS = re.compile(r"\b(?:(?:is|are|was) survived by|survivors include|(?:was|were) predeceased by)\b")
#: a label opening a line of page furniture: "READ MORE:", "See also:"
_LABEL = re.compile(r"(?:\w+\s+){0,2}\w+\s*:\s")
#: a quotation in one paragraph: curly, straight or doubled-apostrophe marks
_QUOTED = re.compile("\u201c[^\u201d]*\u201d?|\"[^\"]*\"?|''.*?(?:''|$)")


class Features(NamedTuple):
    """How much one paragraph (with its headline line, if any) shares with the rest."""

    cos: float          # cosine with the rest of the article
    damped: float       # ... with each rest term's weight square-rooted (no one name dominates)
    coverage: float     # share of the paragraph's weight whose terms occur elsewhere
    names_seen: float   # share of the paragraph's names that occur elsewhere (in any form)
    words: int          # words in the paragraph
    neighbour: float    # best cosine with the nearest real paragraph before or after
    relative: float     # cosine relative to the article's median paragraph
    main_names: float   # 1 when it names one of the article's recurring names, else 0
    new_names: float    # 1 when it has names and none of them occurs elsewhere, else 0
    quoted: float       # share of its characters inside quotation marks


# Weights of a logistic score over :class:`Features`, fitted once offline on
# labelled articles with inserted paragraphs and then frozen. Every feature is a
# plain measure of lexical or name overlap, nothing topic-specific. Larger = more
# off-topic. ``cos``, ``damped`` and ``neighbour`` enter as logarithms.
# bench/fit_offtopic.py refits them (a mix of the development set and a synthetic
# set, cross-validated by article). Its refit gave ``main_names`` a POSITIVE weight
# (same-field insertions name the field's famous people) and a stronger per-word
# weight, and did no better end to end on either set, so these weights stay; the
# name and quote features are measured (for the next refit) but weigh nothing yet.
# The positive per-word weight is kept on purpose: overlap measured on few words is
# noisier, so a short paragraph needs a clearer case (the refit confirms it: CV F1
# drops 0.04 without it).
WEIGHTS = {"bias": -8.922, "cos": -0.755, "damped": -1.017, "coverage": -2.403,
           "names_seen": -0.913, "words": 0.025, "neighbour": -0.330, "relative": -0.572,
           "main_names": 0.0, "new_names": 0.0, "quoted": 0.0}
#: features that enter the score as ``log(value + _EPS)``
_LOGGED = frozenset({"cos", "damped", "neighbour"})


def feature_values(f: Features) -> list[float]:
    """The features as the score reads them (logarithms taken, length capped)."""
    return [math.log(v + _EPS) if k in _LOGGED else
            float(min(v, _WORD_CAP)) if k == "words" else float(v)
            for k, v in zip(Features._fields, f)]


def score(f: Features, w: dict[str, float] = WEIGHTS) -> float:
    """The off-topic score (0-1) of one paragraph's features: the weighted sum of
    :func:`feature_values`, written out (this runs for every judged paragraph)."""
    x = (w["bias"] + w["cos"] * math.log(f.cos + _EPS)
         + w["damped"] * math.log(f.damped + _EPS)
         + w["coverage"] * f.coverage + w["names_seen"] * f.names_seen
         + w["words"] * min(f.words, _WORD_CAP)
         + w["neighbour"] * math.log(f.neighbour + _EPS) + w["relative"] * f.relative
         + w["main_names"] * f.main_names + w["new_names"] * f.new_names
         + w["quoted"] * f.quoted)
    return 1.0 / (1.0 + math.exp(-x))


def is_headline_line(text: str, min_words: int, words: int | None = None) -> bool:
    """A short line without closing punctuation: a headline or a subhead.

    ``words``: ``len(text.split())``, when already known.
    """
    if text[-1:] in _TERMINAL:
        return False
    return 3 <= (len(text.split()) if words is None else words) < min_words


@dataclass
class Analysis:
    """Per-paragraph bags, features and the paragraph each one's headline line is."""

    bags: list[Bag]
    total: dict[str, float]
    features: list[Features | None]
    heads: list[int | None]
    #: paragraphs led by a headline line that is foreign to the article
    foreign_head: set[int]

    @cached_property
    def scores(self) -> list[float | None]:
        """Each paragraph's off-topic score (:func:`score`), None where not judged."""
        return [score(f) if f else None for f in self.features]

    @cached_property
    def spread(self) -> dict[str, int]:
        """In how many paragraphs each term occurs (needed only to word a finding)."""
        counts: Counter[str] = Counter()
        for b in self.bags:
            counts.update(b.weights.keys())
        return counts


def _minus(total: dict[str, float], *bags: Bag) -> dict[str, float]:
    """``total`` less the weights of ``bags``, without the terms left at (about) 0."""
    rest = {k: v for k, v in total.items() if v > 1e-9}
    for k in {k for b in bags for k in b.weights}:
        left = total[k] - sum(b.weights.get(k, 0.0) for b in bags)
        if left > 1e-9:
            rest[k] = left
        else:
            del rest[k]
    return rest


class Overlap(NamedTuple):
    """How a part of the article (one paragraph, or a paragraph with its headline
    line) overlaps the article minus that part."""

    cos: float          # cosine with the rest
    damped: float       # cosine with the rest's square-rooted weights
    covered: float      # the part's weight on terms that occur in the rest too
    norm: float         # the part's own Euclidean norm


class _RestOf:
    """Similarity of a part of the article with the article minus that part.

    Computed from the article's totals in one pass over the part's own terms
    (never re-summing the whole article, nor building the rest), which keeps a
    40-paragraph article well under a millisecond.
    """

    def __init__(self, total: dict[str, float]) -> None:
        self.total = total
        values = total.values()
        self.norm2 = sum(map(mul, values, values))
        self.mass = sum(total.values())

    def overlap(self, part: dict[str, float], alone: Bag | None = None) -> Overlap:
        """The part's :class:`Overlap` (its terms must all occur in ``total``).

        ``alone``: the part is this one paragraph's bag. Then each of its terms
        weighs at least as much in the total as in the part (a sum of
        non-negative weights never rounds below one of them), so its squared
        norm and its mass are the bag's own and only the terms that occur
        elsewhere too need a pass in Python.
        """
        total = self.total
        weights = list(part.values())
        totals = list(map(total.__getitem__, part))
        own2 = sum(map(pow, totals, repeat(2)))
        if alone is not None:
            p2, kept = alone.norm2, alone.mass
            shared = compress(zip(weights, totals), map(gt, totals, weights))
        else:
            p2 = sum(map(mul, weights, weights))
            kept = sum(map(min, weights, totals))
            shared = zip(weights, totals)
        dot = dot_root = left2 = covered = 0.0
        for v, t in shared:
            left = t - v          # the term's weight in the rest of the article
            if left > 0.0:
                dot += v * left
                dot_root += v * math.sqrt(left)
                left2 += left ** 2
                if left > 1e-9:
                    covered += v
        if not p2:
            return Overlap(0.0, 0.0, 0.0, 0.0)
        rest_norm2 = self.norm2 - own2 + left2
        rest_mass = self.mass - kept
        p = math.sqrt(p2)
        cos = dot / (p * math.sqrt(rest_norm2)) if rest_norm2 > 1e-12 else 0.0
        damped = dot_root / (p * math.sqrt(rest_mass)) if rest_mass > 1e-12 else 0.0
        return Overlap(cos, damped, covered, p)


def paragraph_bags(doc: Document) -> list[Bag]:
    """The weighted bag of words of each paragraph (computed once per document)."""
    return doc.memo("wordvectors.paragraph_bags",
                    lambda d: [bag_of(p.text) for p in d.paragraphs])


def _quoted_share(text: str) -> float:
    """The share of ``text``'s characters inside quotation marks (marks included)."""
    if "\"" not in text and "\u201c" not in text and "''" not in text:
        return 0.0
    inside = sum(m.end() - m.start() for m in _QUOTED.finditer(text))
    return min(1.0, inside / len(text)) if text else 0.0


def _is_bio(text: str, index: int, n: int) -> bool:
    """An author's or contributor's note near the end: "Jane Roe is a fellow at..."."""
    return index >= n - _BIO_TAIL and _BIO.match(text) is not None


def _is_prose(text: str) -> bool:
    """A sentence or more of running text, not a labelled link ("MORE: ...") or a
    menu ("a | b | c"): short lines of that kind are the boilerplate rules' business."""
    end = text.rstrip()[-2:]
    return any(c in ".!?" for c in end) and "|" not in text and _LABEL.match(text) is None


def _prefix(text: str) -> str:
    """The opening characters of a paragraph, folded: copies of a paragraph share them."""
    return text[:_PREFIX_CHARS].lower()


def analyse(paras: list[Paragraph], min_words: int, min_paragraphs: int,
            bags: list[Bag] | None = None, lengths: list[int] | None = None,
            weights: dict[str, float] = WEIGHTS) -> Analysis:
    """Features of every paragraph long enough to judge (None for the others).

    A paragraph right after a headline-like line is judged together with it:
    an inserted story often brings its own headline, and the two share words
    that the article does not. ``bags`` and ``lengths`` (words per paragraph)
    may be passed in when already computed. ``weights`` score the first pass,
    whose likely off-topic paragraphs are then skipped as neighbours.
    """
    n = len(paras)
    features: list[Features | None] = [None] * n
    heads: list[int | None] = [None] * n
    foreign: set[int] = set()
    if n < min_paragraphs:
        return Analysis([], {}, features, heads, foreign)
    if lengths is None:
        lengths = [len(p.text.split()) for p in paras]
    judged = [i for i in range(1, n) if lengths[i] >= min_words]
    if bags is None:
        bags = [bag_of(p.text) for p in paras]
    total: dict[str, float] = {}
    for b in bags:
        for k, v in b.weights.items():
            total[k] = v + total.get(k, 0)
    judged = [i for i in judged if bags[i].weights and not _is_bio(paras[i].text, i, n)
              and not _SURVIVORS.search(paras[i].text)
              and (lengths[i] >= SHORT_WORDS or _is_prose(paras[i].text)
                   and _quoted_share(paras[i].text) < _SHORT_QUOTED)]
    if not judged:
        return Analysis(bags, total, features, heads, foreign)
    name_df: Counter = Counter()          # paragraphs naming each name
    for b in bags:
        name_df.update(b.names.keys())
    # paragraphs that say nothing about the article's subject as neighbours:
    # page furniture (short lines) and copies of another paragraph
    heads_of = [_prefix(p.text) for p in paras]
    copies = Counter(heads_of)
    unfit = {j for j in range(n) if lengths[j] < _NEIGHBOUR_MIN_WORDS
             or copies[heads_of[j]] > 1}
    rest_of = _RestOf(total)
    # every paragraph long enough to be typical is measured once; a judged
    # paragraph with no headline line reuses its measure
    judged_set = set(judged)
    alone = {i: rest_of.overlap(bags[i].weights, bags[i])
             for i in range(n) if lengths[i] >= _MEDIAN_MIN_WORDS or i in judged_set}
    typical = [o.cos for i, o in alone.items() if lengths[i] >= _MEDIAN_MIN_WORDS]
    median = statistics.median(typical) if typical else 0.0
    units: dict[int, tuple[dict[str, float], float, int]] = {}
    for i in judged:
        bag = bags[i]
        prev = i - 1
        head = prev if prev > 0 and is_headline_line(paras[prev].text, _HEADLINE_MAX_WORDS,
                                                     lengths[prev]) \
            and not bags[prev].weights.keys().isdisjoint(bag.weights) else None
        if head is None:
            unit, names, o = bag.weights, bag.names, alone[i]
        else:
            heads[i] = head
            hb = bags[head]
            unit = dict(bag.weights)
            for k, v in hb.weights.items():
                unit[k] = v + unit.get(k, 0)
            names = dict(bag.names)
            for k in hb.names:
                names[k] = names.get(k, 0) + 1
            o = rest_of.overlap(unit)
        own = 1 if head is None else 2
        # a name is seen when another paragraph has its word in any form; one of
        # the article's main names when two other paragraphs name it
        seen = sum(1 for k in names if total[k] - unit[k] > 1e-9)
        main = any(name_df[k] - min(own, names[k]) >= 2 for k in names)
        lo = (head if head is not None else i) - 1
        units[i] = (unit, o.norm, lo)
        coverage = o.covered / sum(unit.values())
        if head is not None and head >= _BODY_START and ":" not in paras[head].text \
                and coverage < _FOREIGN_PARAGRAPH:
            hb = bags[head]
            head_covered = sum(v for k, v in hb.weights.items()
                               if total[k] - unit[k] > 1e-9)
            if head_covered / hb.mass < _FOREIGN_HEAD:
                foreign.add(i)
        features[i] = Features(
            cos=o.cos, damped=o.damped, coverage=coverage,
            names_seen=seen / len(names) if names else 1.0,
            words=lengths[i],
            neighbour=_neighbour(bags, unit, o.norm, lo, i + 1, unfit),
            relative=o.cos / median if median else 1.0,
            main_names=1.0 if main else 0.0,
            new_names=1.0 if names and not seen else 0.0,
            quoted=_quoted_share(paras[i].text))
    # second pass: a paragraph next to an inserted one is also compared with
    # the real paragraph beyond it (the better of the two counts: two adjacent
    # paragraphs on one new subject still vouch for each other)
    off = {i for i in judged if score(features[i], weights) >= _NEIGHBOUR_OFF}  # type: ignore[arg-type]
    if off:
        unfit |= off
        for i in judged:
            unit, norm, lo = units[i]
            f = features[i]
            if f is not None and (lo in off or i + 1 in off):
                beyond = _neighbour(bags, unit, norm, lo, i + 1, unfit)
                if beyond > f.neighbour:
                    features[i] = f._replace(neighbour=beyond)
    return Analysis(bags, total, features, heads, foreign)


def _neighbour(bags: list[Bag], unit: dict[str, float], norm: float, before: int,
               after: int, unfit: set[int]) -> float:
    """The best cosine of ``unit`` with the nearest fit paragraph at or before
    ``before`` and at or after ``after``."""
    best = 0.0
    for j, step in ((before, -1), (after, 1)):
        while 0 <= j < len(bags) and j in unfit:
            j += step
        if 0 <= j < len(bags) and norm:
            d = dot(unit, bags[j].weights)
            if d:
                best = max(best, d / (norm * bags[j].norm))
    return best


def document_analysis(doc: Document, min_words: int = MIN_WORDS,
                      min_paragraphs: int = MIN_PARAGRAPHS) -> Analysis:
    """The document's :class:`Analysis`, computed once per document and shared by
    every rule that asks with the same ``min_words`` and ``min_paragraphs``."""

    def compute(doc: Document) -> Analysis:
        if len(doc.paragraphs) < min_paragraphs:     # too short: no bags needed
            return analyse(doc.paragraphs, min_words, min_paragraphs)
        return analyse(doc.paragraphs, min_words, min_paragraphs,
                       paragraph_bags(doc), paragraph_lengths(doc))
    return doc.memo(f"offtopic.analysis:{min_words}:{min_paragraphs}", compute)


def off_topic_paragraphs(a: Analysis, cut: float = THRESHOLD,
                        short_cut: float = SHORT_THRESHOLD) -> list[int]:
    """Indexes of the paragraphs that score off-topic (``short_cut`` for those of
    under :data:`SHORT_WORDS` words), or that carry a foreign headline line."""
    return [i for i, (f, s) in enumerate(zip(a.features, a.scores))
            if f and (s >= (cut if f.words >= SHORT_WORDS else short_cut)  # type: ignore[operator]
                      or i in a.foreign_head)]


def is_digest(a: Analysis, off: list[int]) -> bool:
    """Whether ``off`` (:func:`off_topic_paragraphs`) makes the article a digest or
    round-up: three or more paragraphs, over a third of those judged, mean many
    stories by design, where an inserted paragraph is a lone outlier."""
    judged = sum(1 for f in a.features if f)
    return len(off) >= _DIGEST_MIN and len(off) > _DIGEST_SHARE * judged


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
    is too little "rest" to compare with) and the first paragraph is never
    flagged. Paragraphs of ``min_words`` (12) or more are judged; one of under
    20 words must score ``short_threshold`` (its few words make its overlap a
    noisier measure), and is not judged at all when it is mostly a quotation,
    lacks closing punctuation, opens with a "LABEL:" or is a "|" menu (page
    furniture, which the boilerplate rules own). A contributor's note among the
    last three paragraphs ("Jane Roe is a fellow at ...") is not judged either,
    nor is an obituary's list of survivors ("He is survived by his wife, ..."),
    whose names are all new and which is always about the article's subject.
    The one exception: a short headline-like line (no closing punctuation) right before
    a paragraph, sharing words with it, is judged together with it and flagged
    with it (``headline_lines``): it is the inserted story's own headline. When
    that line, inside the body, shares under a quarter of its weight with the
    article and its paragraph under 30%, the pair is flagged whatever the score:
    an article does not carry another story's headline.

    Names (capitalised words inside a sentence, including after "Mr." or a
    middle initial) are compared on their own: a paragraph whose names all
    appear nowhere else in the article is measured as such, while one that
    brings in a new person alongside the story's people is not. Similarity to
    the neighbouring paragraphs looks past page furniture, copies of another
    paragraph and paragraphs that themselves look off-topic, so a real
    paragraph next to an insertion is compared with the real one beyond it.

    A paragraph that quotes someone by surname alone ("... ,'' Gainey said"),
    or gives one with a title only ("Mr. Rubio", "Chief Williams"), when that
    surname occurs nowhere else in the article is flagged from
    ``stranger_threshold`` (0.05) up: news names a person in full on first
    reference, so a bare surname no earlier paragraph introduced was written
    for another article, and the paragraph already shares little with this one.

    An article where three or more paragraphs, over a third of those judged,
    look off-topic is a digest or round-up (many stories by design) and is
    left alone: an insertion is an outlier, and a digest has none.

    The message's ``%s`` placeholders are the paragraph's distinctive terms and
    the article's main terms, quoted and comma-separated.

    Keys: ``threshold`` (0-1, default 0.35), ``short_threshold`` (0.6),
    ``stranger_threshold`` (0.05; set it to ``threshold`` to turn the surname
    test off), ``min_words`` (12),
    ``min_paragraphs`` (4), ``terms`` (3, how many terms each ``%s`` names),
    ``headline_lines`` (true).
    """

    name = "offtopic"
    keys = {"threshold": Key((float,), THRESHOLD, "off-topic score (0-1) at which to flag"),
            "short_threshold": Key((float,), SHORT_THRESHOLD,
                                   f"the score at which to flag a paragraph of under "
                                   f"{SHORT_WORDS} words"),
            "stranger_threshold": Key((float,), STRANGER_THRESHOLD,
                                      "the score at which to flag a paragraph quoting a "
                                      "bare surname the article never names"),
            "min_words": Key((int,), MIN_WORDS, "shorter paragraphs are not judged"),
            "min_paragraphs": Key((int,), MIN_PARAGRAPHS,
                                  "skip articles with fewer paragraphs"),
            "terms": Key((int,), 3, "how many terms the message names"),
            "headline_lines": Key((bool,), True,
                                  "also flag the inserted story's headline line")}
    default_scope = "paragraph"

    def setup(self) -> None:
        for key in ("threshold", "short_threshold", "stranger_threshold"):
            if not 0.0 < self.options[key] < 1.0:
                raise ValueError(f"'{key}' is a score between 0 and 1")
        if self.options["min_paragraphs"] < 2:
            raise ValueError("'min_paragraphs' must be at least 2 (never judge a lone "
                             "paragraph)")
        if self.options["min_words"] < 4:
            raise ValueError("'min_words' below 4 leaves too few words to judge")

    def analyse(self, doc: Document) -> Analysis:
        """The document's :class:`Analysis` (shared by rules with the same keys)."""
        return document_analysis(doc, self.options["min_words"],
                                 self.options["min_paragraphs"])

    def scores(self, doc: Document) -> list[float | None]:
        """Each paragraph's off-topic score, or None where it is not judged."""
        return self.analyse(doc).scores

    def run(self, doc: Document) -> Iterator[Match]:
        a = self.analyse(doc)
        paras = doc.paragraphs
        flagged = off_topic_paragraphs(a, self.options["threshold"],
                                       self.options["short_threshold"])
        if is_digest(a, flagged):
            return      # a digest or round-up: many topics by design, no outlier
        strangers = self._strangers(doc, a, flagged)
        for i in sorted([*flagged, *strangers]):
            head = a.heads[i]
            unit = [a.bags[i]] + ([a.bags[head]] if head is not None else [])
            rest = _minus(a.total, *unit)
            merged = Bag()
            for b in unit:
                for k, v in b.weights.items():
                    merged.weights[k] = v + merged.weights.get(k, 0)
                for k, v in b.surface.items():
                    merged.surface.setdefault(k, v)
            about = self._terms(merged, rest)
            if i in strangers:
                about += f" ({strangers[i]}, named nowhere else in the article)"
            article = self._article_terms(a, {i, head}, rest)
            if head is not None and self.options["headline_lines"]:
                yield Match(paras[head].start, paras[head].end, (about, article))
            yield Match(paras[i].start, paras[i].end, (about, article))

    def _strangers(self, doc: Document, a: Analysis, flagged: list[int]) -> dict[int, str]:
        """Paragraphs not in ``flagged`` scoring ``stranger_threshold`` or more
        that quote a bare surname, or give a titled one ("Mr. Rubio"), the
        article never names -> what the message says of them."""
        low = self.options["stranger_threshold"]
        done = set(flagged)
        out = {}
        for i, s in enumerate(a.scores):
            if s is not None and s >= low and i not in done:
                speakers = unintroduced_speakers(doc, i)
                notes = [f"quotes '{n}'" for n in speakers] + [
                    f"mentions '{n}'" for n in unintroduced_titled(doc, i)
                    if n.split()[-1] not in speakers]
                if notes:
                    out[i] = "and " + ", ".join(notes)
        return out

    def _terms(self, bag: Bag, rest: dict[str, float]) -> str:
        """The paragraph's distinctive terms: heavy, and rare in the rest."""
        ranked = sorted(bag.weights, key=lambda k: -bag.weights[k] * (0.2 if k in rest else 1))
        return ", ".join(f"'{bag.surface[k]}'" for k in ranked[:self.options["terms"]])

    def _article_terms(self, a: Analysis, skip: set, rest: dict[str, float]) -> str:
        """The article's main terms: heavy and spread over several paragraphs.

        A term's spread is counted over the paragraphs not in ``skip``: the
        article's counts (once per document) less the skipped paragraphs' terms,
        rather than recounting every other paragraph for each finding.
        """
        spread = dict(a.spread)
        for j in skip:
            if j is not None:
                for k in a.bags[j].weights:
                    spread[k] -= 1
        terms = list(rest)
        heft = list(map(mul, rest.values(), map(spread.__getitem__, terms)))
        # heaviest first; equal ones in article order (the sort is stable)
        ranked = sorted(range(len(terms)), key=heft.__getitem__, reverse=True)
        return ", ".join(f"'{self._first_spelling(a.bags, skip, terms[j])}'"
                         for j in ranked[:self.options["terms"]])

    @staticmethod
    def _first_spelling(bags: list[Bag], skip: set, term: str) -> str:
        """How the first paragraph not in ``skip`` that has ``term`` spells it."""
        return next(b.surface[term] for j, b in enumerate(bags)
                    if j not in skip and term in b.surface)
