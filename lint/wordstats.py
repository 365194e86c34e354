"""Background English word frequencies, read straight from ``wordfreq``'s data.

The off-topic check weights words by how surprising they are in English at large
(a rare word shared by two paragraphs says far more than a shared "said").
``import wordfreq`` costs about 0.1 s (it pulls in ftfy, regex and more) and its
first lookup another 0.1 s, which would eat most of a pre-commit hook's budget.
The frequencies themselves are one small gzipped msgpack file inside the
package, so this module locates that file without importing the package and
decodes it once per process, on first use, in about 10 ms. Nothing is
downloaded: when the data cannot be found every word counts as equally rare,
and the caller still works (only less precisely).
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

#: Information content (-log10 of the frequency) given to words missing from the list.
#: The small list stops at a frequency of 1e-6, so an unknown word is rarer than that.
UNKNOWN_IC = 6.5


def _data_file(lang: str) -> Path | None:
    spec = importlib.util.find_spec("wordfreq")   # locates, does not import, the package
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / "data" / f"small_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=4)
def information_table(lang: str = "en") -> dict[str, float]:
    """``word -> -log10(frequency)`` for the common words of ``lang``.

    wordfreq's "cB" format lists words in buckets of one centibel each: the
    words in bucket ``i`` have frequency ``10 ** (-i / 100)``.
    """
    path = _data_file(lang)
    if path is None:
        return {}
    try:
        import msgpack  # a dependency of wordfreq itself

        with gzip.open(path, "rb") as fh:
            data = msgpack.load(fh, raw=False)
    except Exception:  # a damaged or unexpected file: degrade, never crash
        return {}
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        return {}
    table: dict[str, float] = {}
    for i, bucket in enumerate(data[1:]):
        ic = i / 100.0
        for word in bucket:
            table.setdefault(word, ic)
    return table


def information(word: str, lang: str = "en") -> float:
    """How surprising a (lower-case) word is: -log10 of its frequency in ``lang``."""
    return information_table(lang).get(word, UNKNOWN_IC)
