"""Check types: the Python behind YAML rules.

A rule's ``extends:`` names a check type. Built-in types live one per module in
this package and are imported only when a loaded rule uses them, so a run that
selects three rules imports three modules. Third-party types register through
the entry-point group ``newslint.checks``::

    [project.entry-points."newslint.checks"]
    shouting = "my_pkg.checks:Shouting"

Every check type subclasses :class:`CheckType`, declares its own keys in
``keys`` (validated strictly when the rule loads) and yields :class:`Match`
objects from :meth:`CheckType.run`. Its docstring is its user documentation:
``newslint --explain RULE`` prints it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from lint.document import Span
from lint.finding import Match

if TYPE_CHECKING:
    from lint.document import Document
    from lint.rules import Rule

ENTRY_POINT_GROUP = "newslint.checks"

BUILTIN: dict[str, str] = {
    "existence": "lint.checks.existence:Existence",
    "substitution": "lint.checks.substitution:Substitution",
    "occurrence": "lint.checks.occurrence:Occurrence",
    "repetition": "lint.checks.repetition:Repetition",
    "conditional": "lint.checks.conditional:Conditional",
    "duplicate": "lint.checks.duplicate:Duplicate",
    "boilerplate": "lint.checks.boilerplate:Boilerplate",
    "garble": "lint.checks.garble:Garble",
    "attribution": "lint.checks.attribution:Attribution",
    "offtopic": "lint.checks.offtopic:OffTopic",
    "readability": "lint.checks.readability:Readability",
    "metric": "lint.checks.metric:Metric",
    "grammar": "lint.checks.grammar:Grammar",
    "copy": "lint.checks.copy:Copy",
    "transplant": "lint.checks.transplant:Transplant",
    "opener": "lint.checks.opener:RepeatedOpener",
}

# Vale scope names map onto ours so that Vale rules run unchanged.
SCOPE_ALIASES = {"text": "paragraph", "summary": "paragraph", "heading": "headline",
                 "title": "headline", "heading.h1": "headline", "heading.h2": "headline",
                 "list": "line", "blockquote": "paragraph", "document": "document"}
SCOPES = ("raw", "document", "line", "paragraph", "sentence", "headline", "quote")


@dataclass(frozen=True)
class Key:
    """One rule key a check type accepts: allowed Python types, default, help."""

    types: tuple[type, ...]
    default: Any = None
    help: str = ""
    required: bool = False
    regex: bool = False          # the value (or each item / mapping key) is a regex


class CheckType:
    """Base class of all check types (see the module docstring)."""

    name: ClassVar[str] = ""
    keys: ClassVar[dict[str, Key]] = {}
    default_scope: ClassVar[str] = "paragraph"
    #: True for checks that compare documents with each other (see engine).
    corpus: ClassVar[bool] = False

    def __init__(self, rule: Rule, context: dict[str, Any] | None = None) -> None:
        self.rule = rule
        self.options: dict[str, Any] = rule.options
        #: run-wide settings from the config (e.g. ``languagetool_url``)
        self.context: dict[str, Any] = context or {}
        self.setup()

    def setup(self) -> None:
        """Prepare compiled patterns etc. once per rule (not per document)."""

    def bind(self, context: dict[str, Any]) -> None:
        """Join a run: the instance built to validate the rule is reused by the
        engine (set-up is start-up cost in a pre-commit hook), so work that
        needs the run's settings belongs here, not in :meth:`setup`."""
        self.context = context

    def run(self, doc: Document) -> Iterable[Match]:
        """Yield matches for one document."""
        raise NotImplementedError

    def run_notes(self) -> list[str]:
        """Notes for the whole run (e.g. "grammar rules skipped: no LanguageTool")."""
        return []


def scope_spans(doc: Document, scope: str | list[str]) -> Iterator[Span]:
    """The stretches of ``doc`` a rule with this scope looks at."""
    scopes = [scope] if isinstance(scope, str) else scope
    for sc in scopes:
        sc = SCOPE_ALIASES.get(sc, sc)
        if sc in ("raw", "document"):
            yield Span(0, len(doc.text), doc.text)
        elif sc == "line":
            yield from (ln for ln in doc.lines if ln.text.strip())
        elif sc == "paragraph":
            yield from doc.paragraphs
        elif sc == "sentence":
            yield from doc.sentences
        elif sc == "headline":
            if doc.headline is not None:
                yield doc.headline
        elif sc == "quote":
            yield from doc.quotes


def load_check_type(name: str) -> type[CheckType]:
    """Import the check type called ``name`` (built-in or entry point)."""
    target = BUILTIN.get(name)
    if target is None:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name == name:
                target = ep.value
                break
    if target is None:
        raise LookupError(name)
    module, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, CheckType)):
        raise TypeError(f"{target} is not a newslint CheckType")
    return cls


def known_check_types() -> list[str]:
    """Names of every check type available: built-in and installed plug-ins."""
    from importlib.metadata import entry_points

    return sorted(set(BUILTIN) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})
