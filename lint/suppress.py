"""Inline suppressions and per-file ignores.

Formats that have comments (Markdown and HTML) can silence findings where
they are, with HTML comments that readers never see::

    <!-- newslint-disable Newslint.Byline -->        from here ...
    <!-- newslint-enable -->                          ... to here (or the end)
    <!-- newslint-disable-next-line Newslint -->      the next line only
    <!-- newslint-disable-line -->                    this line only
    <!-- newslint-disable-file Newslint.Dateline -->  the whole file

Rule ids are optional (none means every rule), may be pack prefixes
(``Newslint`` covers ``Newslint.Byline``) and are separated by spaces or
commas; text after `` -- `` is a free comment ("-- quoted from the agency
wire"). ``newslint-enable`` with ids re-enables only those rules.

Plain-text articles have no comments, so they use the baseline or the config
key ``per-file-ignores`` (``{glob: [rule ids or packs]}``), matched against the
path relative to the config file's folder.

With ``report_unused_suppressions`` every directive that silenced nothing
becomes a ``Newslint.UnusedSuppression`` warning, so stale directives do not
pile up and hide the next real defect.

This runs inside :meth:`lint.engine.Engine.lint`, next to the document's
source text, so it works the same when documents are linted in worker processes.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Any

from lint.document import Document
from lint.finding import Finding

UNUSED_RULE_ID = "Newslint.UnusedSuppression"
COMMENT_FORMATS = (".md", ".markdown", ".html", ".htm", ".xhtml")

_DIRECTIVE = re.compile(
    r"<!--[ \t]*newslint-(disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?=\s|-->)(.*?)-->", re.S)


def covers(pattern: str, rule_id: str) -> bool:
    """Whether a directive id (a rule id or a pack prefix) names ``rule_id``."""
    p = pattern.rstrip(".")
    return rule_id == p or rule_id.startswith(p + ".")


@dataclass
class Directive:
    """One suppression comment in the source."""

    kind: str
    ids: tuple[str, ...]          # empty: every rule
    start: int                    # source offsets of the comment
    end: int
    used: bool = False

    @property
    def text(self) -> str:
        return f"newslint-{self.kind}" + (" " + " ".join(self.ids) if self.ids else "")


@dataclass
class Region:
    """A stretch of source where some rules are silenced by one directive."""

    lo: int
    hi: float
    directive: Directive
    include: tuple[str, ...] | None          # None: all rules
    exclude: frozenset[str] = field(default_factory=frozenset)

    def silences(self, rule_id: str, where: int) -> bool:
        if not self.lo <= where < self.hi:
            return False
        if self.include is not None and not any(covers(p, rule_id) for p in self.include):
            return False
        return not any(covers(p, rule_id) for p in self.exclude)


def parse_ids(raw: str) -> tuple[str, ...]:
    """Rule ids of a directive body; text after `` -- `` is a comment."""
    raw = re.split(r"(?:^|\s)--(?:\s|$)", raw, maxsplit=1)[0]
    return tuple(t for t in re.split(r"[\s,]+", raw) if t)


def directives(source: str) -> list[Directive]:
    """Every newslint directive in ``source``, in order."""
    return [Directive(m.group(1), parse_ids(m.group(2)), m.start(), m.end())
            for m in _DIRECTIVE.finditer(source)]


def has_comments(path: str) -> bool:
    """Whether the file's format has comments (so inline directives apply)."""
    return path.lower().endswith(COMMENT_FORMATS)


def _line_bounds(starts: list[int], source: str, offset: int) -> tuple[int, int, int]:
    """(index, start, end) of the source line holding ``offset``."""
    i = bisect.bisect_right(starts, offset) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(source) + 1
    return i, starts[i], end


def regions(source: str, found: list[Directive]) -> list[Region]:
    """Turn directives into the source regions they silence."""
    starts = [0] + [m.end() for m in re.finditer("\n", source)]
    out: list[Region] = []
    open_: list[Region] = []
    for d in found:
        include = d.ids or None
        if d.kind == "disable-file":
            out.append(Region(0, math.inf, d, include))
        elif d.kind == "disable-line":
            _, lo, hi = _line_bounds(starts, source, d.start)
            out.append(Region(lo, hi, d, include))
        elif d.kind == "disable-next-line":
            i, _, _ = _line_bounds(starts, source, d.end)
            if i + 1 < len(starts):
                _, lo, hi = _line_bounds(starts, source, starts[i + 1])
                out.append(Region(lo, hi, d, include))
        elif d.kind == "disable":
            region = Region(d.end, math.inf, d, include)
            open_.append(region)
            out.append(region)
        else:  # enable
            still_open: list[Region] = []
            for r in open_:
                r.hi = d.start
                if not d.ids:
                    continue
                if r.include is not None and all(any(covers(e, p) for e in d.ids)
                                                 for p in r.include):
                    continue
                rest = Region(d.end, math.inf, r.directive, r.include,
                              r.exclude | frozenset(d.ids))
                still_open.append(rest)
                out.append(rest)
            open_ = still_open
    return out


def per_file_patterns(path: str, mapping: dict[str, Any] | None,
                      base_dir: str | Path | None = None) -> list[str]:
    """Rule ids and packs that ``per-file-ignores`` turns off for ``path``.

    A glob matches the path relative to the config's folder, the path as given,
    or the bare file name; a leading ``**/`` also matches at the top level.
    """
    if not mapping:
        return []
    candidates = {path.replace("\\", "/"), Path(path).name}
    if base_dir is not None:
        try:
            rel = Path(path).resolve().relative_to(Path(base_dir).resolve())
            candidates.add(PurePosixPath(rel).as_posix())
        except (ValueError, OSError):
            pass
    out: list[str] = []
    for glob, ids in mapping.items():
        globs = {str(glob)}
        if str(glob).startswith("**/"):
            globs.add(str(glob)[3:])
        if any(fnmatch(c, g) for c in candidates for g in globs):
            out.extend([ids] if isinstance(ids, str) else [str(i) for i in ids])
    return out


def _unused_finding(doc: Document, d: Directive) -> Finding:
    line, col = doc.source_position(d.start)
    end_line, end_col = doc.source_position(d.end)
    what = "any rule's finding" if not d.ids else "a finding of " + ", ".join(d.ids)
    return Finding(doc.path, UNUSED_RULE_ID, "style", "warning", line, col, end_line,
                   end_col, f"Unused suppression '{d.text}': it silenced {what} here "
                   f"no more; remove it", doc.source[d.start:d.end], -1, -1)


def apply_suppressions(doc: Document, findings: list[Finding],
                       context: dict[str, Any] | None = None) -> list[Finding]:
    """The findings that survive inline directives and ``per-file-ignores``.

    ``context`` keys used: ``per_file_ignores`` ({glob: ids}), ``config_dir``
    (where the globs are rooted) and ``report_unused_suppressions`` (bool).
    """
    kept, _ = suppress(doc, findings, context)
    return kept


def suppress(doc: Document, findings: list[Finding], context: dict[str, Any] | None = None
             ) -> tuple[list[Finding], Silencer | None]:
    """:func:`apply_suppressions`, plus a :class:`Silencer` that applies the same
    directives and ignores to findings that only come later (the corpus phase's
    copy findings), or None when the file has neither."""
    context = context or {}
    ignored = per_file_patterns(doc.path, context.get("per_file_ignores"),
                                context.get("config_dir"))
    if ignored:
        findings = [f for f in findings if not any(covers(p, f.rule) for p in ignored)]
    found = directives(doc.source) \
        if has_comments(doc.path) and "newslint-" in doc.source else []
    if not found:
        return findings, Silencer(tuple(ignored), []) if ignored else None
    active = regions(doc.source, found)
    kept: list[Finding] = []
    for f in findings:
        where = doc.source_offset(f.offset)
        hits = [r for r in active if r.silences(f.rule, where)]
        for r in hits:
            r.directive.used = True
        if not hits:
            kept.append(f)
    if context.get("report_unused_suppressions"):
        kept.extend(_unused_finding(doc, d) for d in found
                    if d.kind != "enable" and not d.used)
        kept.sort(key=Finding.sort_key)
    return kept, Silencer.of(doc, tuple(ignored), active)


Position = tuple[int, int]          # 1-based (line, column) in the source file


@dataclass
class LineRegion:
    """A :class:`Region` by source positions rather than offsets: a finding made
    in the corpus phase knows where it is, but not its offset."""

    lo: Position
    hi: Position | None             # None: to the end of the file
    include: tuple[str, ...] | None
    exclude: frozenset[str]
    directive: Position             # where its directive starts

    def silences(self, rule_id: str, where: Position) -> bool:
        if where < self.lo or (self.hi is not None and where >= self.hi):
            return False
        if self.include is not None and not any(covers(p, rule_id) for p in self.include):
            return False
        return not any(covers(p, rule_id) for p in self.exclude)


@dataclass
class Silencer:
    """A file's per-file ignores and directive regions, small enough to travel
    with its result from a worker process to the corpus phase."""

    ignored: tuple[str, ...]
    regions: list[LineRegion]

    @classmethod
    def of(cls, doc: Document, ignored: tuple[str, ...], active: list[Region]) -> Silencer:
        pos = doc.source_position
        return cls(ignored, [LineRegion(pos(r.lo), None if r.hi == math.inf else pos(int(r.hi)),
                                        r.include, r.exclude, pos(r.directive.start))
                             for r in active])

    def apply(self, findings: list[Finding], late: list[Finding]) -> list[Finding]:
        """The ``late`` findings that survive; a directive that silences one is
        used after all, so its unused-suppression warning leaves ``findings``."""
        kept: list[Finding] = []
        used: set[Position] = set()
        for f in late:
            if any(covers(p, f.rule) for p in self.ignored):
                continue
            hits = [r for r in self.regions if r.silences(f.rule, (f.line, f.column))]
            used.update(r.directive for r in hits)
            if not hits:
                kept.append(f)
        if used:
            findings[:] = [f for f in findings if not (f.rule == UNUSED_RULE_ID and
                                                       (f.line, f.column) in used)]
        return kept
