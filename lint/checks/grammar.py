"""The ``grammar`` check type: LanguageTool's findings as newslint findings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from lint.checks import CheckType, Key, scope_spans
from lint.document import Document, Span
from lint.finding import Match
from lint.languagetool import LanguageToolUnavailable, LTMatch, Service

#: where the run's shared :class:`Service` lives in the run context
CONTEXT_KEY = "_languagetool_service"


class Grammar(CheckType):
    """Reports what LanguageTool finds (agreement, wrong word forms, ...).

    Each paragraph in scope is sent to a LanguageTool server (answers cached
    for the run) and the matches whose category or rule id the rule selects
    become findings, placed on the exact words LanguageTool points at.

    Keys:

    ``categories``
        LanguageTool category ids to report, e.g. ``[GRAMMAR, CONFUSED_WORDS]``.
    ``rules``
        LanguageTool rule ids to report whatever their category (they are also
        enabled on the server, so default-off rules can be asked for).
    ``disabled_rules`` / ``disabled_categories``
        never report these (rule ids are also disabled on the server).
        With neither ``categories`` nor ``rules``, everything else is reported.
    ``language``
        LanguageTool language code (default ``en-US``).
    ``skip_quotes``
        ignore matches inside direct quotations (default true): speakers are
        quoted as they spoke, and "correcting" a quote is the bigger error.
    ``skip_headline``
        ignore the headline (default true): headlinese drops verbs and articles.
    ``min_words``
        skip paragraphs shorter than this (default 4): lone labels and bylines
        are other rules' business.

    The message's ``%s`` placeholders take, in order: LanguageTool's message,
    its rule id, its category id and its first suggested replacement.

    Where LanguageTool is: the ``languagetool-url`` config key, else the
    ``NEWSLINT_LANGUAGETOOL_URL`` environment variable, else a LanguageTool
    that language-tool-python already unpacked on this machine (never
    downloaded; a private server is started for the run). The config beats
    the environment; ``languagetool-url: off`` turns LanguageTool off.
    Without any of them, or when the server does not answer, grammar rules
    are skipped with one note for the whole run; the exit status is not
    affected. A server that fails mid-run stops grammar checking from that
    file on, with a note on that file and one for the run.

    Example::

        extends: grammar
        message: "%s"
        category: grammar
        categories: [GRAMMAR]
        disabled_rules: [WHITESPACE_RULE]
    """

    name = "grammar"
    keys = {
        "categories": Key((list,), [], "LanguageTool category ids to report"),
        "rules": Key((list,), [], "LanguageTool rule ids to report (enabled on the server)"),
        "disabled_rules": Key((list,), [], "LanguageTool rule ids never to report"),
        "disabled_categories": Key((list,), [], "LanguageTool category ids never to report"),
        "language": Key((str,), "en-US", "LanguageTool language code"),
        "skip_quotes": Key((bool,), True, "ignore matches inside direct quotations"),
        "skip_headline": Key((bool,), True, "do not check the headline"),
        "min_words": Key((int,), 4, "skip paragraphs with fewer words"),
    }
    default_scope = "paragraph"

    def setup(self) -> None:
        o = self.options
        for key in ("categories", "rules", "disabled_rules", "disabled_categories"):
            bad = [v for v in o[key] if not isinstance(v, str) or not v.strip()]
            if bad:
                raise ValueError(f"'{key}' must list LanguageTool ids (strings), got {bad[0]!r}")
        self.categories = frozenset(c.upper() for c in o["categories"])
        self.rule_ids = frozenset(o["rules"])
        self.disabled_rules = frozenset(o["disabled_rules"])
        self.disabled_categories = frozenset(c.upper() for c in o["disabled_categories"])
        params = {"language": o["language"]}
        if self.rule_ids:
            params["enabledRules"] = ",".join(sorted(self.rule_ids))
        if self.disabled_rules:
            params["disabledRules"] = ",".join(sorted(self.disabled_rules))
        self.params = params
        self._join()

    def bind(self, context: dict[str, Any]) -> None:
        super().bind(context)
        self._join()

    def _join(self) -> None:
        if "languagetool_url" in self.context:
            # A real run (the engine's context, not rule validation): find
            # LanguageTool now, in the parent process, so that a process pool
            # forks with it resolved: one probe, at most one local server, and
            # the "skipped" note in the parent where run notes are collected.
            self.service.client()

    # -- the run's LanguageTool --------------------------------------------------
    @property
    def service(self) -> Service:
        svc = self.context.get(CONTEXT_KEY)
        if svc is None:
            svc = Service(self.context.get("languagetool_url") or None)
            self.context[CONTEXT_KEY] = svc
        return svc

    def run_notes(self) -> list[str]:
        svc = self.context.get(CONTEXT_KEY)
        return [svc.note] if svc is not None and svc.note else []

    # -- checking ----------------------------------------------------------------
    def wanted(self, m: LTMatch) -> bool:
        """Whether this rule reports LanguageTool match ``m``."""
        if m.rule_id in self.disabled_rules or m.category_id.upper() in self.disabled_categories:
            return False
        if not self.categories and not self.rule_ids:
            return True
        return m.category_id.upper() in self.categories or m.rule_id in self.rule_ids

    def spans(self, doc: Document) -> Iterator[Span]:
        """The stretches to send: the rule's scope less the headline and short bits."""
        head = doc.headline if self.options["skip_headline"] else None
        seen: set[tuple[int, int]] = set()
        for span in scope_spans(doc, self.rule.scope):
            if (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            if head is not None and span.start >= head.start and span.end <= head.end:
                continue
            if len(span.text.split()) < self.options["min_words"]:
                continue
            yield span

    def run(self, doc: Document) -> Iterator[Match]:
        svc = self.service
        if svc.client() is None:
            return
        svc.files.add(doc.path)
        quotes = [(q.start, q.end) for q in doc.quotes] if self.options["skip_quotes"] else []
        for span in self.spans(doc):
            client = svc.client()
            if client is None:
                return
            try:
                found = client.check(span.text, self.params)
            except LanguageToolUnavailable as exc:
                svc.fail(exc, doc.path)
                # Raised once per process so that the file says why (the run
                # note of a pool worker never reaches the parent); later files
                # skip silently.
                raise LanguageToolUnavailable(
                    f"{exc}; grammar checking stops here") from None
            yield from self.to_matches(span.start, found, quotes)

    def to_matches(self, base: int, found: list[LTMatch],
                   quotes: Sequence[tuple[int, int]] = ()) -> Iterator[Match]:
        """LanguageTool matches of a text starting at ``base`` as newslint matches."""
        for m in found:
            if not self.wanted(m):
                continue
            start = base + m.offset
            end = start + max(m.length, 1)
            if any(qs <= start and end <= qe for qs, qe in quotes):
                continue
            first = m.replacements[0] if m.replacements else ""
            yield Match(start, end, (m.message, m.rule_id, m.category_id, first),
                        fix=first if m.replacements else None)


def service_of(context: dict[str, Any]) -> Service | None:
    """The run's LanguageTool service, if a grammar rule created one (for tests/tools)."""
    return context.get(CONTEXT_KEY)
