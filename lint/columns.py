"""numpy helpers shared by the corpus phase's indexes.

A corpus index receives one small array per article; keeping tens of
thousands of them, or concatenating them all at the end in one go, would
cost memory twice. :class:`Column` merges them into blocks as they come.
At the end, :func:`repeated_groups` finds the text hashes that occur more
than once, in one sort rather than a dictionary of every hash.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Any


class Column:
    """One growing numpy column: small per-article arrays, merged into blocks.

    ``take`` builds the final array block by block, freeing each block as it
    goes, so the end of the run never holds the column twice.
    """

    BLOCK = 4096

    def __init__(self) -> None:
        self.small: list[Any] = []
        self.blocks: list[Any] = []

    def append(self, arr: Any) -> None:
        self.small.append(arr)
        if len(self.small) >= self.BLOCK:
            import numpy as np

            self.blocks.append(np.concatenate(self.small))
            self.small = []

    def take(self, dtype: Any, width: int = 0) -> Any:
        import numpy as np

        if self.small:
            self.blocks.append(np.concatenate(self.small))
            self.small = []
        total = sum(len(b) for b in self.blocks)
        out = np.empty((total, width) if width else total, dtype=dtype)
        pos = 0
        while self.blocks:
            b = self.blocks.pop(0)
            out[pos:pos + len(b)] = b
            pos += len(b)
        return out


def repeated_groups(values: Any) -> Iterator[list[int]]:
    """For each value that occurs more than once in the 1-D array ``values``, the
    indexes where it occurs, ascending; groups come in ascending order of value."""
    import numpy as np

    n = len(values)
    if n < 2:
        return
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n)
    for g in np.flatnonzero(ends - starts > 1).tolist():
        yield order[starts[g]:ends[g]].tolist()


def owner(first_rows: Sequence[int], row: int) -> int:
    """The article whose rows hold ``row``, given each article's first row in
    index order (``first_rows[k]``: article ``k``'s first row, then the total)."""
    return bisect.bisect_right(first_rows, row) - 1
