"""Vale's ``repetition`` check type."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckType, Key, scope_spans
from lint.checks._tokens import exception_set
from lint.document import Document
from lint.finding import Match
from lint.patterns import compile_pattern, finditer


class Repetition(CheckType):
    """Flags a token repeated back to back: "the the" (Vale's ``repetition``).

    ``tokens`` are regexes; consecutive matches with only whitespace between
    them and the same text (compared case-insensitively with ``ignorecase``)
    are a repetition. With ``alpha: true`` only alphabetic matches count.
    ``%s`` is the repeated text.

    Example::

        extends: repetition
        message: "'%s' is repeated."
        alpha: true
        ignorecase: true
        tokens: ['[^\\s]+']
    """

    name = "repetition"
    keys = {"tokens": Key((list,), None, "regexes for the tokens to compare",
                          required=True, regex=True),
            "alpha": Key((bool,), False, "only alphabetic tokens count"),
            "ignorecase": Key((bool,), False, "compare regardless of case"),
            "exceptions": Key((list,), [], "tokens that may repeat (e.g. 'had')"),
            "vocab": Key((bool,), True, "Vale's vocab switch (accepted for compatibility)")}

    def setup(self) -> None:
        o = self.options
        self.pattern = compile_pattern("|".join(f"(?:{t})" for t in o["tokens"]),
                                       o["ignorecase"])
        self.exceptions = exception_set(o["exceptions"], o["ignorecase"])

    def run(self, doc: Document) -> Iterator[Match]:
        o = self.options
        text = doc.text
        for span in scope_spans(doc, self.rule.scope):
            prev = None
            for m in finditer(self.pattern, text, span.start, span.end):
                tok = m.group(0)
                if o["alpha"] and not tok.isalpha():
                    prev = None
                    continue
                key = tok.lower() if o["ignorecase"] else tok
                if prev is not None and prev[0] == key and not text[prev[2]:m.start()].strip() \
                        and key not in self.exceptions:
                    yield Match(prev[1], m.end(), (tok,))
                prev = (key, m.start(), m.end())
