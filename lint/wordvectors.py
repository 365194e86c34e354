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
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from lint.wordstats import information

#: Information content (-log10 frequency) below which a word carries no topic.
FLOOR = 2.0
#: Multiplier for capitalised words inside a sentence (likely names).
NAME_WEIGHT = 2.0

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]")
#: Spellings of one name that would otherwise never meet ("US" the country vs "us").
#: Keys are as wordfreq spells them, so their frequencies are found.
_ACRONYMS = {"us": "u.s", "usa": "u.s", "usa.": "u.s", "uk": "u.k"}
_OPENERS = (".", "\"", "\u201c", "?", "!", "''")   # a capital after these opens a sentence


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
    """One paragraph's weighted terms, its names, and a readable form of each term."""

    weights: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    surface: dict[str, str] = field(default_factory=dict)

    @property
    def mass(self) -> float:
        return sum(self.weights.values())


@lru_cache(maxsize=100_000)
def _term(token: str) -> tuple[str, float, str]:
    """(stem key, weight before any name bonus, readable form) of one token."""
    low = token.lower().replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if token.isupper() or "." in token:      # an acronym: "U.S.", "US", "NATO"
        bare = low.replace(".", "")
        low = _ACRONYMS.get(bare, bare)
    return stem(low), information(low) - FLOOR, token.replace("\u2019", "'").removesuffix("'s")


def bag_of(text: str) -> Bag:
    """The weighted terms of one piece of text."""
    bag = Bag()
    weights, names, surface = bag.weights, bag.names, bag.surface
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        key, weight, shown = _term(token)
        if weight <= 0:
            continue
        start = m.start()
        if token[0].isupper() and start > 0 and \
                not text[max(0, start - 3):start].rstrip().endswith(_OPENERS):
            weight *= NAME_WEIGHT
            names[key] += 1
        weights[key] += weight
        if key not in surface:
            surface[key] = shown
    return bag


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)
