"""Finite verb forms ("felt", "found", "carries"), read off English word-pair counts.

Why: a sentence that opens "Indeed, felt compelled ..." or "But carries a
symbolic value" has lost its subject, because a finite verb cannot follow a
sentence adverb or a conjunction at the start of a sentence with nothing in
between. Knowing that a word is a finite verb needs no tagger: in symspellpy's
Google Books pair counts (:mod:`lint.bigrams`) a finite verb follows "he",
"she" or "it" at least :data:`RATIO` times as often as it follows a
determiner ("the", "a", "his", ...) and as often as it follows "to". So
"felt", "found" and "carries" pass, while "voters" (after "the"), "remember"
(after "to", an imperative could open a sentence) and "published" (an
adjective after "the") do not. A few closed-class words that pass the test
("from", "never", "tonight") and the verbs news does put before their subject
("Then came the news", "Indeed, said one aide, ...") are left out.

The set is a fixed function of the data, so it ships as
``lint/data/finite_verbs.txt``: the detector never loads the full lists, and
works without symspellpy. ``python -m lint.finite_verbs`` regenerates it; a
test checks the shipped file against the recomputation.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from lint.garble_lexicon import FINITE_AUX, MODALS, SPEECH_VERBS

FILE = Path(__file__).resolve().parent / "data" / "finite_verbs.txt"
#: How many times more often a finite verb follows "he"/"she"/"it" than a
#: determiner, and than "to".
RATIO = 5
_SUBJECTS = frozenset({"he", "she", "it"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "their", "this"})
#: Words the counts let through that are not finite verbs, or are verbs that
#: take an inverted subject in news prose.
_LEFT_OUT = frozenset("""
again into away anyway onto upon across till everywhere okay except among according
towards toward alive elsewhere kinda also from never been against along apart unless
therefore tomorrow tonight thus forever whenever ought hath wont based
comes came goes went follows followed remains remained lies lay stands stood sits sat
rests rested arrives arrived begins began
""".split()) | SPEECH_VERBS | FINITE_AUX | MODALS


def compute() -> set[str]:
    """The finite verbs, recomputed from symspellpy's lists (empty without them)."""
    from lint import bigrams

    after_subject: dict[str, int] = {}
    after_determiner: dict[str, int] = {}
    after_to: dict[str, int] = {}
    for first, word in bigrams.listed_pairs():
        if first in _SUBJECTS:
            table = after_subject
        elif first in _DETERMINERS:
            table = after_determiner
        elif first == "to":
            table = after_to
        else:
            continue
        table[word] = table.get(word, 0) + bigrams.bigram(first, word)
    return {w for w, n in after_subject.items()
            if w.isascii() and w.isalpha() and w.islower() and not w.endswith("ly")
            and w not in _LEFT_OUT and n >= RATIO * max(after_determiner.get(w, 0), 1)
            and n >= RATIO * after_to.get(w, 0)}


@lru_cache(maxsize=1)
def finite_verbs() -> frozenset[str]:
    """The shipped set (recomputed if the file is missing)."""
    from lint.fileio import read_listing

    try:
        return frozenset(read_listing(FILE))
    except OSError:
        return frozenset(compute())


def write(path: Path = FILE) -> int:
    """Write :func:`compute` to ``path`` (the shipped file); returns the count."""
    from lint import bigrams
    from lint.fileio import write_listing

    if not bigrams.available():
        raise RuntimeError("symspellpy's frequency lists are not installed")
    verbs = sorted(compute())
    write_listing(path, [
        "Finite verb forms (past or third person) for Newslint.GarbledMissingSubject:",
        f"words that follow he/she/it at least {RATIO} times as often as a determiner",
        "and as \"to\", less a few closed-class words and inverting verbs.",
        f"Source: symspellpy's {', '.join(bigrams.source_names())}.",
        "Generated; regenerate with: python -m lint.finite_verbs",
        "(tests/test_check_garble.py checks that this file equals the recomputation)",
    ], verbs)
    return len(verbs)


if __name__ == "__main__":
    if sys.argv[1:]:
        sys.exit("usage: python -m lint.finite_verbs   (rewrites lint/data/finite_verbs.txt)")
    print(f"{write()} verbs written to {FILE}")
