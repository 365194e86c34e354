"""English word-pair (bigram) and word counts, read straight from symspellpy's data.

The ``swapped_words`` garble detector asks how common "comment on" and "on
comment" are in English at large. The PyPI package ``symspellpy`` ships two
plain-text frequency lists built from Google Books n-grams:

* ``frequency_bigramdictionary_en_243_342.txt``: about 243,000 lines
  ``word1 word2 count``, every pair seen at least about 6.4 million times (so a
  pair that is missing is *rare*, not impossible);
* ``frequency_dictionary_en_82_765.txt``: about 83,000 lines ``word count``,
  most frequent first (the first :data:`WORD_LIMIT` are read).

Importing symspellpy is not needed to read them, so this module only locates
the package (``importlib.util.find_spec`` does not import it) and reads the two
files once per process, on first use. A dictionary of 243,000 pairs would cost
about 0.1 s to build, too much for a pre-commit hook; instead the bigram lines
are kept as one sorted list of strings (a C-level ``split`` and ``sort`` of an
almost sorted file, about 25 ms) and a pair is found by binary search (under a
microsecond). Nothing is downloaded: when the package or its files are
missing, :func:`available` is false and callers skip their work.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

#: Name patterns of the two files inside the symspellpy package.
_BIGRAM_GLOB = "frequency_bigramdictionary_en_*.txt"
_UNIGRAM_GLOB = "frequency_dictionary_en_*.txt"
#: The bigram list's smallest count: a pair not listed was seen fewer times.
FLOOR = 6_400_000
#: How many of the most frequent words to read from the word list (sorted by
#: count, most frequent first): down to about 500,000 occurrences. Rarer words
#: count as unknown (0); reading all 83,000 would cost 20 ms instead of 5.
WORD_LIMIT = 30_000


class _Tables(NamedTuple):
    pairs: list[str]             # "word1 word2 count" lines, sorted
    words: dict[str, str]        # word -> count (as text; converted on use)
    total: int                   # sum of the word counts read


def _data_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("symspellpy")   # locates, does not import
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root)
        if any(path.glob(_BIGRAM_GLOB)) and any(path.glob(_UNIGRAM_GLOB)):
            return path
    return None


def _read(directory: Path, pattern: str) -> str:
    path = sorted(directory.glob(pattern))[-1]
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@lru_cache(maxsize=1)
def _tables() -> _Tables | None:
    directory = _data_dir()
    if directory is None:
        return None
    try:
        pairs = _read(directory, _BIGRAM_GLOB).split("\n")
        head = _read(directory, _UNIGRAM_GLOB).split("\n", WORD_LIMIT)
    except (OSError, UnicodeDecodeError):
        return None
    flat = "\n".join(head[:WORD_LIMIT]).split()
    pairs.sort()
    words = dict(zip(flat[0::2], flat[1::2]))
    try:
        total = sum(map(int, words.values()))
    except ValueError:           # not the format we know: degrade, never crash
        return None
    if not pairs or not words or total <= 0:
        return None
    return _Tables(pairs, words, total)


def installed() -> bool:
    """Whether the frequency lists are present (without reading them)."""
    return _data_dir() is not None


def available() -> bool:
    """Whether the frequency lists were found (loads them on first call)."""
    return _tables() is not None


def total() -> int:
    """The sum of the word counts read (0 without data): the words left out
    (see :data:`WORD_LIMIT`) add only a few per cent."""
    t = _tables()
    return t.total if t else 0


def unigram(word: str) -> int:
    """How often the lower-case ``word`` occurs (0: not listed, or no data)."""
    t = _tables()
    if t is None:
        return 0
    n = t.words.get(word)
    return int(n) if n is not None else 0


def bigram(first: str, second: str) -> int:
    """How often the lower-case pair ``first second`` occurs (0: below
    :data:`FLOOR`, or no data)."""
    t = _tables()
    if t is None:
        return 0
    key = f"{first} {second} "
    pairs = t.pairs
    i = bisect_left(pairs, key)
    if i < len(pairs) and pairs[i].startswith(key):
        try:
            return int(pairs[i][len(key):])
        except ValueError:
            return 0
    return 0


def listed_pairs() -> Iterator[tuple[str, str]]:
    """Every ``(word1, word2)`` of the bigram list, in sorted order (nothing
    without data). Lines are split on whitespace only: callers that need the
    count confirm it with :func:`bigram`, which is the ground truth."""
    t = _tables()
    if t is None:
        return
    for line in t.pairs:
        parts = line.split(None, 2)
        if len(parts) == 3:
            yield parts[0], parts[1]


def source_names() -> list[str]:
    """The file names of the two lists in use (empty without data)."""
    directory = _data_dir()
    if directory is None:
        return []
    return [sorted(directory.glob(p))[-1].name for p in (_BIGRAM_GLOB, _UNIGRAM_GLOB)]
