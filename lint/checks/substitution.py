"""Vale's ``substitution`` check type."""

from __future__ import annotations

from typing import Iterator

from lint.checks import CheckType, Key
from lint.checks._tokens import TOKEN_KEYS, exception_set, scoped_matches
from lint.document import Document
from lint.finding import Match
from lint.patterns import compile_pattern, word_alternation


class Substitution(CheckType):
    """Suggests a replacement for each listed phrase (Vale's ``substitution``).

    ``swap`` maps a regex to its preferred replacement. The message's first
    ``%s`` is the replacement, the second the text found. A match that already
    equals its replacement is not flagged.

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

    def run(self, doc: Document) -> Iterator[Match]:
        ic = self.options["ignorecase"]
        for m in scoped_matches(doc, self.rule.scope, self.pattern, self.exceptions, ic):
            found = m.group(0)
            for full, replacement in self.swaps:
                if full.match(found):
                    if self.options["capitalize"] and found[:1].isupper():
                        replacement = replacement[:1].upper() + replacement[1:]
                    if replacement == found or (ic and replacement.lower() == found.lower()):
                        break
                    yield Match(m.start(), m.end(), (replacement, found), fix=replacement)
                    break
