"""Weighted bags of words for comparing paragraphs with each other.

A word's weight is how surprising it is in English at large
(:mod:`lint.wordstats`) less a floor, so that "the", "said" and "also" weigh
nothing and "goalkeeper" or "sanctions" weigh a lot; a capitalised word inside
a sentence (a name, most likely) weighs double, because who and where a
paragraph is about says most about its topic. Words are folded to a crude stem
("sanctions" -> "sanction") so that inflections still meet.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import mul

from lint.wordstats import information

#: Information content (-log10 frequency) below which a word carries no topic.
FLOOR = 2.0
#: Multiplier for capitalised words inside a sentence (likely names).
NAME_WEIGHT = 2.0

#: A word ("don't", "well-known") or a dotted acronym ("U.S."). Written to start
#: with a plain letter class (the acronym branch checks, looking back, that the
#: letter was a capital) so that the regex engine skips spaces and punctuation
#: in C: the same tokens as ``(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]``.
_TOKEN = re.compile(r"[A-Za-z](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[A-Za-z'\u2019\-]*[A-Za-z])")
#: The same, capturing, for ``split``: separators at even, tokens at odd indexes.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: Spellings of one name that would otherwise never meet ("US" the country vs "us").
#: Keys are as wordfreq spells them, so their frequencies are found.
_ACRONYMS = {"us": "u.s", "usa": "u.s", "usa.": "u.s", "uk": "u.k"}
_OPENERS = (".", "\"", "\u201c", "?", "!", "''")   # a capital after these opens a sentence
#: Abbreviated titles whose full stop does not end a sentence ("Mr. Cruz" is a name).
TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
                    "Capt", "Sgt", "Prof", "Rev", "Sens", "Reps", "Messrs"})
#: A separator ending in a middle initial ("Joel B. Pollak"): not a sentence end either.
_INITIAL = re.compile(r"\s[A-Z]\.\s*$")


def opens_sentence(previous: str, separator: str) -> bool:
    """Whether a capitalised token after ``previous`` (a token, or "" at the start)
    and ``separator`` (the text between them) starts a sentence."""
    before = previous + separator
    if not before or not before[-3:].rstrip().endswith(_OPENERS):
        return not before
    if previous in TITLES and separator.strip() == ".":
        return False
    return _INITIAL.search(separator) is None


def stem(word: str) -> str:
    """A crude English stem: enough to make plurals and -ed/-ing forms meet."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return word


@dataclass
class Bag:
    """One paragraph's weighted terms, its names, and a readable form of each term.

    Plain dicts in first-occurrence order: ``weights`` (term -> weight),
    ``names`` (term -> times it appears as a name), ``surface`` (term -> the
    spelling to show). ``mass`` and ``norm2`` are computed once, on first use:
    fill a bag before reading them.
    """

    weights: dict[str, float] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)

    @cached_property
    def mass(self) -> float:
        return sum(self.weights.values())

    @cached_property
    def norm2(self) -> float:
        """The squared Euclidean norm of ``weights``."""
        values = self.weights.values()
        return sum(map(mul, values, values))

    @property
    def norm(self) -> float:
        return math.sqrt(self.norm2)


@lru_cache(maxsize=100_000)
def _term(token: str) -> tuple[str, float, str, bool] | None:
    """(stem key, weight before any name bonus, readable form, capitalised?) of one
    token, or None for an everyday word that weighs nothing."""
    low = token.lower().replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if token.isupper() or "." in token:      # an acronym: "U.S.", "US", "NATO"
        bare = low.replace(".", "")
        low = _ACRONYMS.get(bare, bare)
    weight = information(low) - FLOOR
    if weight <= 0:
        return None
    return (stem(low), weight, token.replace("\u2019", "'").removesuffix("'s"),
            token[0].isupper())


def bag_of(text: str) -> Bag:
    """The weighted terms of one piece of text.

    A capitalised word counts as a name unless it opens the text or a sentence
    (its three preceding characters, trailing spaces dropped, end with one of
    :data:`_OPENERS`), a full stop after a title ("Mr.") or a middle initial
    ("Joel B.") excepted.
    """
    bag = Bag()
    weights, names, surface = bag.weights, bag.names, bag.surface
    pieces = _TOKEN_SPLIT.split(text)
    for i, term in enumerate(map(_term, pieces[1::2])):
        if term is None:
            continue
        key, weight, shown, capital = term
        if capital:
            sep = 2 * i                # the text between the previous token and this one
            # tokens are 2+ characters, so the previous token and the separator
            # always hold the three characters before this token
            if not opens_sentence(pieces[sep - 1] if sep else "", pieces[sep]):
                weight *= NAME_WEIGHT
                names[key] = names.get(key, 0) + 1
        old = weights.get(key)
        if old is None:
            weights[key] = weight
            surface[key] = shown
        else:
            weights[key] = old + weight
    return bag


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (summed over the shorter one's shared terms)."""
    if len(a) > len(b):
        a, b = b, a
    shared = list(filter(b.__contains__, a))
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    d = dot(a, b)
    if not d:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return d / (na * nb)
