"""Reporters: turn file results into output. They never judge; they only format.

Each reporter streams: :meth:`Reporter.file` is called once per linted file in
a stable order, then :meth:`Reporter.finish` once, so memory stays flat on
large corpora. Formats are looked up by name in :data:`FORMATS` and imported
only when chosen.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TextIO

from lint.engine import FileResult
from lint.rules import Rule

FORMATS: dict[str, str] = {
    "text": "lint.report.text:TextReporter",
    "json": "lint.report.json_report:JsonReporter",
    "sarif": "lint.report.sarif:SarifReporter",
    "github": "lint.report.github:GithubReporter",
    "junit": "lint.report.junit:JunitReporter",
}


@dataclass
class Summary:
    """Counts over the whole run."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    suggestions: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        self.files += 0 if result.skipped else 1
        self.errors += result.count("error")
        self.warnings += result.count("warning")
        self.suggestions += result.count("suggestion")


class Reporter:
    """Base class: subclasses override :meth:`file` and :meth:`finish`."""

    def __init__(self, out: TextIO, rules: list[Rule], *, color: bool = False,
                 version: str = "") -> None:
        self.out = out
        self.rules = {r.id: r for r in rules}
        self.color = color
        self.version = version

    def file(self, result: FileResult) -> None:
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        raise NotImplementedError


def get_reporter(name: str) -> type[Reporter]:
    module, _, attr = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
