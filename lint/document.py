"""The document model: one article, with its structure computed on demand.

Check types read a :class:`Document`, never a file. Everything beyond the raw
text (paragraphs, sentences, quotes, headline candidates) is a cached property,
so a rule that needs no sentences pays for none.

Offsets are into :attr:`Document.text` (the analysis text). For plain text that
is the file itself; for HTML and Markdown it is the extracted prose, and
:meth:`Document.position` maps an offset back to the line and column of the
source file through :attr:`Document.source_map`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from lint.sentences import split_spans

_TERMINAL = ".!?:;\"'\u201d\u2019)]\u2026"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: Words after which an opening quotation mark starts a scare quote or a title
#: ("who are \u201csomewhat liberal", "the so-called \u201cBig Five"), not a
#: speaker's words that could run on into the next paragraph.
_CLAUSE_WORDS = frozenset("""
the a an are is was were be been being as of so-called called dubbed labeled labelled
very more most
""".split())


@dataclass(frozen=True)
class Span:
    """A stretch of the analysis text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph: a blank-line separated block, or one line of a one-per-line file."""

    index: int


@dataclass(frozen=True)
class Quote(Span):
    """A direct quotation, marks included; ``closed`` is False when it never ends."""

    paragraphs: tuple[int, ...]
    closed: bool

    @property
    def inner(self) -> str:
        """The quoted words without the quote marks."""
        return self.text.strip("\"'\u201c\u201d\u2018\u2019 \n")


class Document:
    """One article. ``path`` is what reports show; ``text`` is what checks read."""

    def __init__(self, path: str, text: str, *, source: str | None = None,
                 source_map: list[tuple[int, int]] | None = None,
                 line_offset: int = 0) -> None:
        self.path = path
        self.text = text
        self.source = text if source is None else source
        self.source_map = source_map
        self.line_offset = line_offset
        self.notes: list[str] = []
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """A per-document value shared by every check that asks for ``key``.

        Several check types need the same derived data (word tokens, normalised
        paragraphs, syllable counts); the first to ask computes it once. Keys
        are namespaced by convention: ``"<module>.<what>"``.
        """
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
            return value

    # -- positions ---------------------------------------------------------
    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.source))
        return starts

    @cached_property
    def _map_keys(self) -> list[int]:
        return [a for a, _ in self.source_map or ()]

    def source_offset(self, offset: int) -> int:
        """Map an analysis-text offset to an offset in the source file."""
        if not self.source_map:
            return offset
        i = max(0, bisect.bisect_right(self._map_keys, offset) - 1)
        a, s = self.source_map[i]
        return s + (offset - a)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of an analysis-text offset."""
        return self.source_position(self.source_offset(offset))

    def source_position(self, src: int) -> tuple[int, int]:
        """1-based (line, column) of an offset into the source file itself."""
        src = min(max(src, 0), len(self.source))
        line = bisect.bisect_right(self._line_starts, src) - 1
        return line + 1 + self.line_offset, src - self._line_starts[line] + 1

    # -- structure ---------------------------------------------------------
    @cached_property
    def lines(self) -> list[Span]:
        """Every line of the analysis text, blank ones included."""
        out, pos = [], 0
        for raw in self.text.split("\n"):
            out.append(Span(pos, pos + len(raw), raw))
            pos += len(raw) + 1
        return out

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs in order.

        Blocks are separated by blank lines. Inside a block, each line is its own
        paragraph (scraped files often put one paragraph per line) unless the line
        is visibly hard-wrapped: it ends without terminal punctuation and the next
        line carries on in lower case.
        """
        spans: list[tuple[int, int]] = []
        last = ""      # last visible character of the paragraph being built ("": none)
        for line in self.lines:
            stripped = line.text.strip()
            if not stripped:
                spans.append((-1, -1))
                last = ""
                continue
            if last and last not in _TERMINAL and stripped[0].islower():
                spans[-1] = (spans[-1][0], line.end)
            else:
                spans.append((line.start, line.end))
            last = stripped[-1]
        out: list[Paragraph] = []
        for s, e in spans:
            if s < 0:
                continue
            raw = self.text[s:e]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            out.append(Paragraph(s + lead, s + lead + len(body), body, len(out)))
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of every paragraph, in order (never crossing a paragraph)."""
        return [Span(s, e, self.text[s:e])
                for p in self.paragraphs for s, e in split_spans(self.text, p.start, p.end)]

    def sentences_in(self, para: Paragraph) -> list[Span]:
        """The sentences of one paragraph."""
        lo = bisect.bisect_left(self._sentence_starts, para.start)
        hi = bisect.bisect_left(self._sentence_starts, para.end)
        return self.sentences[lo:hi]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing ``offset``, if any."""
        starts = self._paragraph_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def _scare_quote(self, at: int) -> bool:
        """Whether the opening mark at ``at`` stands inside a clause, after a
        plain word ("... those who are \u201csomewhat liberal), ..."): a scare
        quote or a stray mark, which never runs on into the next paragraph as a
        speaker's words do (those open a paragraph or follow a colon, a comma or
        a speech verb's clause)."""
        before = self.text[max(0, at - 30):at]
        m = re.search(r"([A-Za-z]+) $", before)
        return m is not None and m.group(1).lower() in _CLAUSE_WORDS

    @cached_property
    def quotes(self) -> list[Quote]:
        """Direct quotations, including ones that run over several paragraphs.

        Curly quotes open and close by shape; straight ``"`` and doubled ``''``
        alternate. By newsroom convention a quote that runs on into the next
        paragraph leaves its closing mark off and reopens there; a quote still
        open at the end of a paragraph that is not followed by a reopening mark
        is closed there and marked ``closed=False``.
        """
        marks = re.compile("\u201c|\u201d|\"|''(?!')")
        quotes: list[Quote] = []
        open_at: int | None = None
        open_paras: list[int] = []
        paras = self.paragraphs
        for i, p in enumerate(paras):
            skip_reopen = open_at is not None
            for m in marks.finditer(self.text, p.start, p.end):
                mark = m.group(0)
                if skip_reopen and m.start() == p.start:
                    skip_reopen = False
                    continue
                skip_reopen = False
                if open_at is None:
                    if mark != "\u201d":
                        open_at, open_paras = m.start(), [i]
                elif mark == "\u201c":   # a new opening mark: the old quote never closed
                    quotes.append(Quote(open_at, m.start(), self.text[open_at:m.start()],
                                        tuple(open_paras), False))
                    open_at, open_paras = m.start(), [i]
                else:
                    quotes.append(Quote(open_at, m.end(), self.text[open_at:m.end()],
                                        tuple(open_paras), True))
                    open_at = None
            if open_at is not None:
                nxt = paras[i + 1] if i + 1 < len(paras) else None
                if nxt is not None and (nxt.text[:1] in "\u201c\"" or nxt.text.startswith("''")) \
                        and not self._scare_quote(open_at):
                    open_paras.append(i + 1)
                    continue
                quotes.append(Quote(open_at, p.end, self.text[open_at:p.end],
                                    tuple(open_paras), False))
                open_at = None
        return quotes

    @cached_property
    def headline_candidates(self) -> list[Paragraph]:
        """Paragraphs near the top that read like a headline.

        Short (at most 25 words), not ending in sentence punctuation, among the
        first five paragraphs.
        """
        out = []
        for p in self.paragraphs[:5]:
            n = len(p.text.split())
            if 2 <= n <= 25 and p.text.rstrip()[-1:] not in ".!?;,":
                out.append(p)
        return out

    @cached_property
    def headline(self) -> Paragraph | None:
        """The article's headline: the first paragraph, when it reads like one."""
        if self.paragraphs and self.headline_candidates and \
                self.headline_candidates[0].index == 0:
            return self.paragraphs[0]
        return None

    @cached_property
    def word_count(self) -> int:
        """Words in the analysis text (a hyphenated compound is one word, as in editors)."""
        return len(re.findall(r"\w+(?:['\u2019-]\w+)*", self.text))
