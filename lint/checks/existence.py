"""Vale's ``existence`` check type."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.checks import CheckType, Key
from lint.checks._tokens import TOKEN_KEYS, exception_set, scoped_matches
from lint.document import Document
from lint.finding import Match
from lint.literals import required_literals
from lint.patterns import compile_pattern, word_alternation


class Existence(CheckType):
    """Flags any occurrence of the listed tokens (Vale's ``existence``).

    ``tokens`` is a list of regexes, joined into one alternation with word
    boundaries (unless ``nonword: true``); ``raw`` is a list of regex pieces
    concatenated as they are (with ``append: true`` the tokens follow them).
    ``%s`` in the message is the matched text.

    Example::

        extends: existence
        message: "Boilerplate line: '%s'"
        category: boilerplate
        ignorecase: true
        tokens: ['related articles', 'like this:']
    """

    name = "existence"
    keys = {**TOKEN_KEYS,
            "tokens": Key((list,), [], "regexes to look for", regex=True),
            "raw": Key((list,), [], "regex pieces concatenated as they are", regex=False),
            "append": Key((bool,), False, "append tokens to raw instead of replacing")}
    default_scope = "paragraph"

    def setup(self) -> None:
        o = self.options
        tokens, raw = o["tokens"], o["raw"]
        if not tokens and not raw:
            raise ValueError("an existence rule needs 'tokens' or 'raw'")
        parts = []
        if raw:
            parts.append("".join(str(r) for r in raw))
        if tokens and (o["append"] or not raw):
            parts.append(word_alternation([str(t) for t in tokens], o["nonword"]))
        try:
            self.pattern = compile_pattern("".join(parts), o["ignorecase"])
        except regex.error as exc:   # raw pieces are only checked once joined
            from lint.rules import RuleError

            raise RuleError(self.rule.path, f"bad regex once joined: {exc}",
                            "raw" if raw else "tokens") from None
        self.exceptions = exception_set(o["exceptions"], o["ignorecase"])
        self.literals = required_literals(self.pattern.pattern)

    def run(self, doc: Document) -> Iterator[Match]:
        for m in scoped_matches(doc, self.rule.scope, self.pattern, self.exceptions,
                                self.options["ignorecase"], self.literals):
            # a rule marked ``fix: true`` (boilerplate lines) is fixed by deleting the match
            yield Match(m.start(), m.end(), (m.group(0),), fix="" if self.rule.fix else None)
