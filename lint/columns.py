"""Growing numpy columns for the corpus phase's indexes.

A corpus index receives one small array per article; keeping tens of
thousands of them, or concatenating them all at the end in one go, would
cost memory twice. :class:`Column` merges them into blocks as they come.
"""

from __future__ import annotations

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
