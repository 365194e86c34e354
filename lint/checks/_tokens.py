"""Shared machinery of the Vale-style token checks (existence, substitution, ...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from lint.checks import Key, scope_spans
from lint.document import Document
from lint.literals import may_match, screen_text
from lint.patterns import finditer

#: Keys every Vale token check shares.
TOKEN_KEYS: dict[str, Key] = {
    "ignorecase": Key((bool,), False, "match regardless of case"),
    "nonword": Key((bool,), False, "do not add word boundaries around tokens"),
    "exceptions": Key((list,), [], "matches to leave alone (exact strings)"),
    "vocab": Key((bool,), True, "Vale's vocab switch (accepted for compatibility)"),
}


def exception_set(values: Iterable[str], ignorecase: bool) -> set[str]:
    return {v.lower() if ignorecase else v for v in values}


def scoped_matches(doc: Document, scope, pattern: regex.Pattern[str],
                   exceptions: set[str], ignorecase: bool,
                   literals: tuple[str, ...] | None = None) -> Iterator[regex.Match[str]]:
    """Every match of ``pattern`` inside the rule's scope, exceptions removed.

    ``literals`` (from :func:`lint.literals.required_literals`): when the
    document holds none of them, the pattern cannot match and is not run.
    """
    if not may_match(literals, doc.memo("literals.screen_text", lambda d: screen_text(d.text))):
        return
    seen: set[tuple[int, int]] = set()
    for span in scope_spans(doc, scope):
        for m in finditer(pattern, doc.text, span.start, span.end):
            if m.end() == m.start():
                continue
            key = m.group(0).lower() if ignorecase else m.group(0)
            if key in exceptions or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            yield m
