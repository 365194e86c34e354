"""Running rules over documents.

The engine turns each check type's :class:`Match` objects into
:class:`Finding` objects (rule id, category, level, message, source
position), applies each rule's ``limit``, and keeps findings in a stable order.
A rule that fails (a runaway regex, a bug in a plug-in) is reported as a note on
the file and the run goes on: one bad rule never costs the other findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lint.checks import CheckType
from lint.document import Document
from lint.finding import LEVEL_RANK, Finding, Match
from lint.patterns import MATCH_TIMEOUT, RuleRunaway
from lint.rules import Rule
from lint.suppress import Silencer, suppress

_PLACEHOLDER = re.compile(r"%s")
PENALTY = {"error": 10, "warning": 5, "suggestion": 1}


@dataclass
class FileResult:
    """Everything the reporters need to know about one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: bool = False
    #: the file's suppressions, for findings added after it was linted (copy findings)
    silencer: Silencer | None = None

    @property
    def score(self) -> int:
        """0-100 quality score: 100 less 10 per error, 5 per warning, 1 per suggestion."""
        return max(0, 100 - sum(PENALTY[f.severity] for f in self.findings))

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.severity == level)


def format_message(template: str, args: tuple) -> str:
    """Vale-style message: each ``%s`` takes the next argument, in order."""
    it = iter(args)
    return _PLACEHOLDER.sub(lambda m: str(next(it, m.group(0))), template)


class Engine:
    """Holds instantiated rules and lints documents with them."""

    def __init__(self, rules: list[Rule], context: dict[str, Any] | None = None) -> None:
        self.rules = rules
        self.context = context or {}
        self.checks: list[tuple[Rule, CheckType]] = [(r, r.instantiate(self.context))
                                                     for r in rules]
        self.defers = {r.id: r.defers_to for r in rules if r.defers_to}

    def run_notes(self) -> list[str]:
        """Run-level notes of every check (each said once)."""
        notes: list[str] = []
        for _, check in self.checks:
            notes.extend(n for n in check.run_notes() if n not in notes)
        return notes

    @property
    def corpus_checks(self) -> list[tuple[Rule, CheckType]]:
        return [(r, c) for r, c in self.checks if c.corpus]

    def lint(self, doc: Document) -> FileResult:
        """Run every per-document rule over ``doc``."""
        result = FileResult(doc.path, words=doc.word_count, notes=list(doc.notes))
        if not doc.text.strip():
            return result
        for rule, check in self.checks:
            if check.corpus:
                continue
            try:
                matches = list(check.run(doc))
            except RuleRunaway:
                result.notes.append(f"rule {rule.id} stopped: its regex ran longer than "
                                    f"{MATCH_TIMEOUT:g}s on this file (catastrophic "
                                    f"backtracking?); fix {rule.path}")
                continue
            except Exception as exc:  # a buggy plug-in must not sink the run
                result.notes.append(f"rule {rule.id} failed on this file: "
                                    f"{type(exc).__name__}: {exc}")
                continue
            result.findings.extend(self.to_findings(rule, doc, matches))
        if self.defers:
            result.findings = drop_deferred(result.findings, self.defers)
        result.findings.sort(key=Finding.sort_key)
        from lint.baseline import assign_fingerprints

        result.findings, result.silencer = suppress(doc, result.findings, self.context)
        assign_fingerprints(doc, result.findings)
        return result

    @staticmethod
    def to_findings(rule: Rule, doc: Document, matches: Iterable[Match]) -> list[Finding]:
        """Stamp matches with rule, level and position; apply the rule's limit."""
        out: list[Finding] = []
        for m in sorted(matches, key=lambda m: (m.start, m.end)):
            line, col = doc.position(m.start)
            end_line, end_col = doc.position(max(m.start, m.end))
            text = doc.text[m.start:m.end]
            message = m.message or format_message(rule.message, m.args)
            out.append(Finding(doc.path, rule.id, rule.category, rule.level, line, col,
                               end_line, end_col, message, text, m.start, m.end,
                               m.fix if rule.fix else None, m.related))
            if rule.limit and len(out) >= rule.limit:
                break
        return out


def drop_deferred(findings: list[Finding], defers: dict[str, tuple[str, ...]]) -> list[Finding]:
    """``findings`` less those of a rule that defers (its ``defers_to`` key) to a
    rule with a finding on overlapping text (the same offset, for empty spans)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        spans.setdefault(f.rule, []).append((f.offset, f.end_offset))

    def replaced(f: Finding) -> bool:
        for other in defers.get(f.rule, ()):
            for s, e in spans.get(other, ()):
                if s < f.end_offset and f.offset < e or s == f.offset:
                    return True
        return False

    return [f for f in findings if not replaced(f)]


def at_or_above(findings: Iterable[Finding], level: str) -> int:
    """How many findings are at ``level`` or more severe."""
    floor = LEVEL_RANK[level]
    return sum(1 for f in findings if LEVEL_RANK[f.severity] >= floor)
