"""Vale's ``occurrence`` check type."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckType, Key, scope_spans
from lint.document import Document
from lint.finding import Match
from lint.patterns import compile_pattern, finditer


class Occurrence(CheckType):
    """Counts a token in each scope and flags too many or too few (Vale's ``occurrence``).

    ``token`` is a regex; ``max`` flags a scope where it occurs more often,
    ``min`` one where it occurs less often. The finding covers the whole scope
    (so it is reported on the line where the scope starts). ``%s`` in the
    message is the count.

    Example (sentences of more than 45 words)::

        extends: occurrence
        message: "Sentence of %s words: long sentences in scraped copy are often two run together."
        scope: sentence
        max: 45
        token: '\\b\\w+\\b'
    """

    name = "occurrence"
    keys = {"token": Key((str,), None, "regex to count", required=True, regex=True),
            "max": Key((int,), 0, "flag a scope with more than this many (0: no maximum)"),
            "min": Key((int,), 0, "flag a scope with fewer than this many (0: no minimum)"),
            "ignorecase": Key((bool,), False, "count regardless of case")}
    default_scope = "sentence"

    def setup(self) -> None:
        if not self.options["max"] and not self.options["min"]:
            raise ValueError("an occurrence rule needs 'max' or 'min'")
        self.pattern = compile_pattern(self.options["token"], self.options["ignorecase"])

    def run(self, doc: Document) -> Iterator[Match]:
        hi, lo = self.options["max"], self.options["min"]
        for span in scope_spans(doc, self.rule.scope):
            hits = list(finditer(self.pattern, doc.text, span.start, span.end))
            if hi and len(hits) > hi:
                yield Match(span.start, span.end, (str(len(hits)),))
            elif lo and len(hits) < lo:
                yield Match(span.start, span.end, (str(len(hits)),))
