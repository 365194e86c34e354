"""Vale's ``substitution`` check type."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint.checks import CheckType, Key
from lint.checks._tokens import TOKEN_KEYS, exception_set, scoped_matches
from lint.document import Document
from lint.finding import Match
from lint.literals import required_literals
from lint.patterns import compile_pattern, word_alternation

_GROUP_REF = re.compile(r"\$(\d)")


def _expand(template: str, m) -> str:
    """Vale's ``$1`` capture-group references in a replacement, filled from ``m``."""
    def group(ref: re.Match[str]) -> str:
        n = int(ref.group(1))
        return (m.group(n) or "") if 0 < n <= m.re.groups else ref.group(0)

    return _GROUP_REF.sub(group, template)


class Substitution(CheckType):
    """Suggests a replacement for each listed phrase (Vale's ``substitution``).

    ``swap`` maps a regex to its preferred replacement; ``$1``, ``$2`` in a
    replacement stand for the regex's capture groups, as in Vale. The message's
    first ``%s`` is the replacement, the second the text found. A match that
    already equals its replacement is not flagged.

    Example::

        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        swap:
          'for those who came in late,?': ''
    """

    name = "substitution"
    keys = {**TOKEN_KEYS,
            "swap": Key((dict,), {}, "regex -> replacement", required=True, regex=True),
            "capitalize": Key((bool,), False, "match the case of the first letter"),
            "append": Key((bool,), False, "Vale's append switch (accepted for compatibility)"),
            "pos": Key((str,), "", "Vale's part-of-speech filter (not supported; ignored)")}

    def setup(self) -> None:
        o = self.options
        if not o["swap"]:
            raise ValueError("'swap' must map at least one pattern to its replacement")
        self.swaps = [(compile_pattern(f"^(?:{k})$", o["ignorecase"]), str(v))
                      for k, v in o["swap"].items()]
        self.pattern = compile_pattern(word_alternation(list(o["swap"]), o["nonword"]),
                                       o["ignorecase"])
        self.exceptions = exception_set(o["exceptions"], o["ignorecase"])
        self.literals = required_literals(self.pattern.pattern)

    def run(self, doc: Document) -> Iterator[Match]:
        ic = self.options["ignorecase"]
        for m in scoped_matches(doc, self.rule.scope, self.pattern, self.exceptions, ic,
                                self.literals):
            found = m.group(0)
            for full, replacement in self.swaps:
                whole = full.match(found)
                if whole:
                    replacement = _expand(replacement, whole)
                    if self.options["capitalize"] and found[:1].isupper():
                        replacement = replacement[:1].upper() + replacement[1:]
                    if replacement == found or (ic and replacement.lower() == found.lower()):
                        break
                    yield Match(m.start(), m.end(), (replacement, found), fix=replacement)
                    break
