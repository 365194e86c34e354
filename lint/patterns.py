"""Rule regexes: compiled with the ``regex`` module and run under a time limit.

Python's ``re`` cannot be interrupted, so one rule with catastrophic
backtracking (``(a|aa)+$``) would hang a pre-commit hook forever. ``regex``
accepts the same syntax and a ``timeout``: a runaway rule is stopped, reported
once, and the rest of the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

#: Seconds one rule may spend matching one stretch of text.
MATCH_TIMEOUT = 1.0


class RuleRunaway(Exception):
    """A rule's regex exceeded :data:`MATCH_TIMEOUT` (catastrophic backtracking)."""


def compile_pattern(pattern: str, ignorecase: bool = False) -> regex.Pattern[str]:
    """Compile a rule regex (``re`` syntax); raises ``regex.error`` when invalid.

    MULTILINE, so that ``^`` and ``$`` anchor at the edges of each line (as Vale
    anchors them at the edges of each scope), not only of the whole file.
    """
    flags = regex.V0 | regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0)
    return regex.compile(pattern, flags)


def finditer(pattern: regex.Pattern[str], text: str, start: int = 0,
             end: int | None = None) -> Iterator[regex.Match[str]]:
    """``pattern.finditer`` under the time limit; raises RuleRunaway when exceeded."""
    try:
        yield from pattern.finditer(text, start, len(text) if end is None else end,
                                    timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise RuleRunaway(pattern.pattern) from None


def search(pattern: regex.Pattern[str], text: str, start: int = 0,
           end: int | None = None) -> regex.Match[str] | None:
    """``pattern.search`` under the time limit."""
    try:
        return pattern.search(text, start, len(text) if end is None else end,
                              timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise RuleRunaway(pattern.pattern) from None


def word_alternation(tokens: list[str], nonword: bool = False) -> str:
    """Vale's token list as one regex: ``\\b(?:a|b)\\b`` (no boundaries if nonword)."""
    body = "|".join(f"(?:{t})" for t in tokens)
    return f"(?:{body})" if nonword else rf"(?<![\w])(?:{body})(?![\w])"
