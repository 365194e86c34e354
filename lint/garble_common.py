"""What the garble detector modules share: the :class:`Hit` they yield and the
regex pieces their patterns are built from.

The detectors live in several modules (``garble_words``, ``garble_gaps``,
``garble_structure``, ``garble_encoding``), each with one kind of evidence;
the pieces here keep their patterns agreeing on what a word edge, a space
inside a paragraph and an apostrophe are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Hit(NamedTuple):
    """One garbled spot: span, a short reason, and an optional safe fix."""

    start: int
    end: int
    reason: str
    fix: str | None = None


#: An apostrophe, straight or curly.
APOS = "['\u2019]"
#: Whitespace inside a paragraph: spaces, or one line break (never a blank line).
WS = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
#: The left edge of a word (hyphenated words stay whole).
LEFT = r"(?<![\w'\u2019-])"
#: The right edge of a word.
RIGHT = r"(?![\w'\u2019-])"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, apostrophes either way."""
    pats = sorted({re.escape(w).replace("'", APOS) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(pats) + ")"
