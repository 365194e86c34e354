"""A progress line on standard error for long runs.

Shown only when stderr is a terminal, the run has at least :data:`MIN_FILES`
inputs (or an unknown count, as with JSONL), and ``TERM`` is not ``dumb``. It
uses nothing but a carriage return and an erase-to-end-of-line, never colour,
so ``NO_COLOR`` terminals and logs are not garbled; it is cleared when the run
ends, so it never mixes with the report on stdout.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

MIN_FILES = 50
_INTERVAL = 0.1


class Progress:
    """``update()`` once per linted file; ``close()`` at the end."""

    def __init__(self, total: int | None, stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0
        if enabled is None:
            enabled = wanted(total, self.stream)
        self.enabled = enabled
        self._shown = False

    def update(self, _result: object = None) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < _INTERVAL and self.done != self.total:
            return
        self._last = now
        rate = self.done / max(now - self.start, 1e-6)
        if self.total:
            width = 24
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            line = f"[{bar}] {self.done}/{self.total} files  {rate:,.0f}/s"
        else:
            line = f"{self.done} files  {rate:,.0f}/s"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def message(self, text: str) -> None:
        """Replace the bar with a phase note (e.g. "comparing articles...")."""
        if self.enabled:
            self.stream.write("\r" + text + "\x1b[K")
            self.stream.flush()
            self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def wanted(total: int | None, stream: TextIO) -> bool:
    """Whether a bar belongs on ``stream`` for a run of ``total`` inputs."""
    if total is not None and total < MIN_FILES:
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()
