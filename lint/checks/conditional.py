"""Vale's ``conditional`` check type."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckType, Key, scope_spans
from lint.document import Document
from lint.finding import Match
from lint.patterns import compile_pattern, finditer


class Conditional(CheckType):
    """Flags ``first`` when ``second`` never appears (Vale's ``conditional``).

    The classic use: an acronym (``first``, with a capture group) that the
    article never spells out (``second`` captures the acronym where it is
    defined). A ``first`` match whose group 1 text (or whole text, without a
    group) is captured somewhere by ``second`` is fine; ``exceptions`` are
    always fine. ``%s`` is the matched text.

    Example::

        extends: conditional
        message: "'%s' has no definition."
        first: '\\b([A-Z]{3,5})\\b'
        second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
        exceptions: [FBI, CIA, NATO]
    """

    name = "conditional"
    keys = {"first": Key((str,), None, "the regex that needs a second", required=True,
                         regex=True),
            "second": Key((str,), None, "the regex that satisfies it", required=True,
                          regex=True),
            "exceptions": Key((list,), [], "first-matches that need nothing"),
            "ignorecase": Key((bool,), False, "match regardless of case"),
            "vocab": Key((bool,), True, "Vale's vocab switch (accepted for compatibility)")}
    default_scope = "document"

    def setup(self) -> None:
        ic = self.options["ignorecase"]
        self.first = compile_pattern(self.options["first"], ic)
        self.second = compile_pattern(self.options["second"], ic)

    @staticmethod
    def _key(m) -> str:
        return m.group(1) if m.re.groups else m.group(0)

    def run(self, doc: Document) -> Iterator[Match]:
        spans = list(scope_spans(doc, self.rule.scope))
        defined = {self._key(m) for s in spans
                   for m in finditer(self.second, doc.text, s.start, s.end)}
        defined |= set(self.options["exceptions"])
        for s in spans:
            for m in finditer(self.first, doc.text, s.start, s.end):
                if self._key(m) not in defined and m.group(0) not in defined:
                    yield Match(m.start(), m.end(), (m.group(0),))
