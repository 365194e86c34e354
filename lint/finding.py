"""Findings: what a rule reports about one place in one article."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, fields
from functools import cache

LEVELS = ("suggestion", "warning", "error")
LEVEL_RANK = {"suggestion": 0, "warning": 1, "error": 2}


@dataclass
class Match:
    """What a check type yields: a span of the document and what to say about it.

    ``args`` fill the ``%s`` placeholders of the rule's message; ``message``,
    when set, replaces the rule's message outright (for checks whose text is
    computed, e.g. "same as line 3"). ``fix`` is the replacement text for the
    span when the rule can be fixed safely (``""`` deletes it).
    """

    start: int
    end: int
    args: tuple = ()
    message: str | None = None
    fix: str | None = None
    related: list[dict] = field(default_factory=list)


@dataclass
class Finding:
    """One reported problem, stamped with rule, level and position."""

    path: str
    rule: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    match: str
    offset: int = 0
    end_offset: int = 0
    fix: str | None = None
    related: list[dict] = field(default_factory=list)
    #: stable identity across edits (lint/baseline.py); set by the engine
    fingerprint: str = ""

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule, self.end_line, self.end_column,
                self.message)

    def to_json(self) -> dict:
        """The JSON contract's finding object (DESIGN.md), plus extras."""
        # field by field: dataclasses.asdict deep-copies every value, which cost
        # more than the rest of JSON reporting; only ``related`` needs a copy
        d = {name: getattr(self, name) for name in _field_names(type(self))}
        d["related"] = deepcopy(self.related) if self.related else []
        d.pop("path")
        d.pop("offset")
        d.pop("end_offset")
        if d["fix"] is None:
            d.pop("fix")
        if not d["related"]:
            d.pop("related")
        if not d["fingerprint"]:
            d.pop("fingerprint")
        return d


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's field names, in order (``fields()`` rebuilds them per call)."""
    return tuple(f.name for f in fields(cls))
