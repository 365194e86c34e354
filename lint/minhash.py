"""MinHash signatures for many small sets at once, and an LSH band join.

The copy check needs a MinHash signature for every sentence of every article.
datasketch's :class:`~datasketch.MinHash` does one set per object; building
30 objects per article costs more than linting the article. So the signatures
are computed here in one vectorised step per article, with datasketch's own
permutation parameters and its ``affine32`` scheme (MurmurHash3 finaliser, then
``a * h + b mod 2**32``): a signature from :func:`signatures` equals the
``hashvalues`` of a datasketch ``MinHash(num_perm, seed, hashfunc=identity)``
updated with the same shingle hashes (``tests/test_copy.py`` checks this).

The banding (``b`` bands of ``r`` rows) is datasketch's ``MinHashLSH`` choice
for the threshold (its ``_optimal_param``). Instead of datasketch's dict-of-sets
index (kilobytes per key), the bands are joined by sorting numpy arrays at the
end of the run: about 150 bytes per indexed sentence, and no Python loop per
sentence.

numpy is imported on first use only (a one-file run never loads it); datasketch
only for a threshold outside :data:`BAND_TABLE`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SEED = 1
_MIX = 0x9E3779B1              # odd multiplier combining word hashes into shingles


#: datasketch's optimal (bands, rows), ``_optimal_param(t, n, 0.25, 0.75)``, for
#: thresholds in steps of 0.05: recall-leaning weights, since every candidate
#: pair is verified against the full signatures. Tabled so that a corpus run
#: with the default thresholds does not import datasketch and scipy (0.5 s);
#: tests/test_copy.py checks the table against datasketch.
BAND_TABLE: dict[int, dict[float, tuple[int, int]]] = {
    32: {0.2: (11, 1), 0.25: (16, 2), 0.3: (16, 2), 0.35: (15, 2), 0.4: (11, 2),
         0.45: (10, 3), 0.5: (10, 3), 0.55: (9, 3), 0.6: (8, 4), 0.65: (8, 4),
         0.7: (6, 5), 0.75: (5, 6), 0.8: (4, 7), 0.85: (4, 8), 0.9: (3, 10),
         0.95: (2, 16)},
    64: {0.2: (32, 2), 0.25: (31, 2), 0.3: (21, 2), 0.35: (21, 3), 0.4: (21, 3),
         0.45: (19, 3), 0.5: (16, 4), 0.55: (16, 4), 0.6: (12, 5), 0.65: (12, 5),
         0.7: (10, 6), 0.75: (9, 7), 0.8: (7, 9), 0.85: (6, 10), 0.9: (4, 16),
         0.95: (3, 21)},
}
LSH_WEIGHTS = (0.25, 0.75)     # (false positive, false negative) weights


@cache
def permutations(num_perm: int, seed: int = SEED) -> np.ndarray:
    """datasketch's ``affine32`` permutation parameters ``(a, b)``.

    Generated exactly as ``datasketch.MinHash(num_perm, seed).permutations``
    (numpy's RandomState, odd ``a``), without importing datasketch.
    """
    import numpy as np

    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


@cache
def bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH ``(bands, rows)`` for a Jaccard threshold (datasketch's optimum)."""
    table = BAND_TABLE.get(num_perm, {})
    key = round(threshold * 20) / 20
    if abs(key - threshold) < 1e-9 and key in table:
        return table[key]
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, *LSH_WEIGHTS)
    return max(b, 1), r


def prepare(num_perms: Sequence[int], thresholds: Sequence[tuple[float, int]]) -> None:
    """Warm the caches (in the parent, before worker processes fork)."""
    import numpy  # noqa: F401  - imported once here, inherited by forked workers

    for n in num_perms:
        permutations(n)
    for t, n in thresholds:
        bands(t, n)


#: word -> :func:`word_hashes` value, for this process: a news vocabulary is
#: small, and a dict look-up is cheaper than encoding and hashing the word again
_WORD_HASHES: dict[str, int] = {}
_WORD_HASHES_MAX = 500_000      # then start afresh: memory stays bounded


def word_hashes(tokens: Sequence[str]) -> list[int]:
    """A stable 32-bit hash per word (the same in every process and run): the
    CRC-32 of its UTF-8 bytes."""
    known = _WORD_HASHES
    try:
        return list(map(known.__getitem__, tokens))
    except KeyError:
        if len(known) > _WORD_HASHES_MAX:
            known.clear()
        for t in tokens:
            if t not in known:
                known[t] = zlib.crc32(t.encode("utf-8"))
        return list(map(known.__getitem__, tokens))


def shingles(hashes: np.ndarray, n: int) -> np.ndarray:
    """32-bit hashes of the word n-grams of one run of word hashes (uint32)."""
    import numpy as np

    out = hashes[: len(hashes) - n + 1].astype(np.uint32, copy=True)
    for i in range(1, n):
        out = out * np.uint32(_MIX) + hashes[i: len(hashes) - n + 1 + i].astype(np.uint32)
    return out


def run_shingles(hashes: np.ndarray, bounds: Sequence[int], n: int) -> tuple[np.ndarray, list[int]]:
    """:func:`shingles` of several runs at once, never across a run boundary.

    Run ``i`` is ``hashes[bounds[i]:bounds[i + 1]]`` (at least ``n`` words each).
    Returns the shingles back to back and where each run's shingles start, ready
    for :func:`signatures`: one vectorised pass instead of one call per run.
    """
    import numpy as np

    out = shingles(hashes, n)
    runs = len(bounds) - 1
    # the n-1 shingles that start in the last n-1 words of each run but the last
    # cross into the next run
    cross = np.array([b - k for b in bounds[1:-1] for k in range(n - 1, 0, -1)],
                     dtype=np.intp)
    if len(cross):
        out = np.delete(out, cross)
    return out, [bounds[i] - i * (n - 1) for i in range(runs)]


def fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch applies before permuting."""
    import numpy as np

    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signatures(shingle_hashes: np.ndarray, starts: Sequence[int],
               num_perm: int) -> np.ndarray:
    """MinHash signatures of consecutive sets, one row per set.

    ``shingle_hashes`` holds every set's shingle hashes back to back; set ``i``
    starts at ``starts[i]`` and runs to the next start. Every set must be
    non-empty.
    """
    import numpy as np

    a, b = permutations(num_perm)
    hv = fmix32(shingle_hashes.astype(np.uint32, copy=False))
    with np.errstate(over="ignore"):
        phv = hv[:, None] * a[None, :] + b[None, :]
    return np.minimum.reduceat(phv, np.asarray(starts, dtype=np.intp), axis=0)


def band_keys(sig: np.ndarray, band: int, rows: int) -> np.ndarray:
    """One 64-bit key per signature row for one band."""
    import numpy as np

    key = np.zeros(len(sig), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(band * rows, (band + 1) * rows):
            key = key * np.uint64(0x100000001B3) ^ sig[:, j].astype(np.uint64)
    return key


def group_partners(keys: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(u, v)`` of rows with equal keys and different owners.

    Not all pairs: each row is paired with the first row of its group and
    with the group's first row of another owner, and the group's first row
    with that row. That is all a copy
    report needs (one "also in" per sentence) and stays linear in the number
    of rows even when thousands of articles share a sentence.
    """
    import numpy as np

    n = len(keys)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    order = np.lexsort((np.arange(n), keys))
    ks = keys[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(ks[1:], ks[:-1], out=new[1:])
    gid = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    first = order[starts][gid]                      # each position's group head
    other = owner[order] != owner[first]
    u1, v1 = order[other], first[other]
    # the head's partner: the first position in its group with another owner
    pos = np.where(other, np.arange(n), n)
    firstother = np.minimum.reduceat(pos, starts)
    has = firstother < n
    u2, v2 = order[starts[has]], order[firstother[has]]
    # and every row with that first other-owner row (a second chance when the
    # head's own pairing is rejected, e.g. two near-duplicate articles)
    alt = np.full(len(starts), -1, dtype=np.int64)
    alt[has] = order[firstother[has]]
    alt_at = alt[gid]
    third = (alt_at >= 0) & (owner[order] != owner[np.maximum(alt_at, 0)])
    u3, v3 = order[third], alt_at[third]
    return (np.concatenate([u1, u2, u3]).astype(np.int64),
            np.concatenate([v1, v2, v3]).astype(np.int64))
