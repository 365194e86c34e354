"""``--fix`` and ``--diff``: apply the fixes that rules declare safe.

A rule opts in with ``fix: true``; its check type puts the replacement in
``Match.fix`` (``""`` deletes the span) and the engine copies it to
``Finding.fix``. Only such findings are touched, and nothing is written
without ``--fix``: ``--diff`` prints the unified diff instead.

Edits are made to the *source* file. Finding offsets point into
``Document.text``; for plain text that is the file itself, for HTML and
Markdown :meth:`Document.source_offset` maps them back, and each edit is
checked against the source before it is made (an edit whose source text does
not match what was flagged is skipped, never guessed).

Deleting a whole line (a boilerplate line, a repeated headline or paragraph)
removes the line with its newline, and the blank line after it when the line
stood alone between blank lines, so no double blank lines remain; at the end
of the file the blank lines before it go instead. In HTML a line that is one
element holding only the flagged text (``<p>Related Articles</p>``) goes whole.

Fixes that overlap cannot all be applied at once: the non-overlapping ones
are, the text is linted again and the rest are tried again, for a few passes.
Only UTF-8 files are rewritten; line endings and a byte-order mark are kept.
The file is replaced atomically with its permissions kept (lint/fileio.py).
"""

from __future__ import annotations

import difflib
import html
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lint.fileio import atomic_write
from lint.finding import Finding
from lint.inputs import MAX_BYTES, document_from_text, looks_binary

if TYPE_CHECKING:
    from lint.engine import Engine, FileResult

MAX_PASSES = 4
FIXABLE_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm")

_OPEN_TAGS = re.compile(r"[ \t]*(?:<[A-Za-z][^<>]*>[ \t]*)*")
_CLOSE_TAGS = re.compile(r"[ \t]*(?:</[A-Za-z][^<>]*>[ \t]*)*")
_TAG = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` with ``text``.

    A whole-line deletion (``lines``) spans ``[line start, newline)`` until
    :func:`expand` merges neighbouring ones and takes in their blank lines.
    """

    start: int
    end: int
    text: str
    rules: tuple[str, ...]
    lines: bool = False


@dataclass
class FixOutcome:
    """What fixing one text did."""

    original: str
    fixed: str
    applied: int = 0                      # findings fixed
    rules: dict[str, int] = field(default_factory=dict)
    skipped: int = 0                      # fixes not applied (mismatch, overlap left)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def _same_text(source_slice: str, flagged: str, is_html: bool) -> bool:
    if is_html:
        source_slice = html.unescape(_TAG.sub("", source_slice))
    return " ".join(source_slice.split()) == " ".join(flagged.split())


def _line_span(source: str, start: int, end: int) -> tuple[int, int]:
    """Start of the line holding ``start``; end (the newline) of the line holding ``end``."""
    a = source.rfind("\n", 0, start) + 1
    b = source.find("\n", end)
    return a, len(source) if b < 0 else b


def _blank(line: str) -> bool:
    return not line.strip()


def delete_lines(source: str, a: int, line_end: int) -> tuple[int, int]:
    """The range to delete for whole lines ``source[a:line_end]`` (``line_end`` at a
    newline or the end), taking the surrounding blank lines into account."""
    b = line_end + 1 if line_end < len(source) else line_end
    if b >= len(source):                       # the last line of the file
        k = a
        while k > 0:                           # drop the blank lines before it too
            prev = source.rfind("\n", 0, k - 1) + 1
            if not _blank(source[prev:k - 1]):
                break
            k = prev
        if line_end == len(source) and k > 0:  # no final newline: keep it that way
            k -= 1
        return k, b
    prev_blank = a == 0 or _blank(source[source.rfind("\n", 0, a - 1) + 1:a - 1])
    if prev_blank:
        nxt = source.find("\n", b)
        nxt = len(source) if nxt < 0 else nxt
        if _blank(source[b:nxt]):
            b = nxt + 1 if nxt < len(source) else nxt
    return a, b


def source_edit(doc, f: Finding) -> Edit | None:
    """The edit of the source file that applies ``f.fix``; None when unsafe."""
    if f.fix is None or f.offset < 0 or f.end_offset < f.offset:
        return None
    is_html = doc.source_map is not None
    s = doc.source_offset(f.offset)
    e = doc.source_offset(f.end_offset - 1) + 1 if f.end_offset > f.offset else s
    source = doc.source
    if not (0 <= s <= e <= len(source)) or not _same_text(source[s:e], f.match, is_html):
        return None
    if f.fix == "":
        a, line_end = _line_span(source, s, e)
        before, after = source[a:s], source[e:line_end]
        whole = (_blank(before) and _blank(after)) or (
            is_html and _OPEN_TAGS.fullmatch(before) is not None
            and _CLOSE_TAGS.fullmatch(after) is not None)
        if whole:
            return Edit(a, line_end, "", (f.rule,), lines=True)
        if s > 0 and e < len(source) and source[s - 1] == " " and source[e] == " ":
            e += 1                             # "a X b" -> "a b", not "a  b"
        return Edit(s, e, "", (f.rule,))
    return Edit(s, e, html.escape(f.fix, quote=False) if is_html else f.fix, (f.rule,))


def expand(source: str, edits: list[Edit]) -> list[Edit]:
    """Merge whole-line deletions of neighbouring lines into blocks, then widen each
    block over the blank lines it would leave behind (:func:`delete_lines`)."""
    blocks: list[Edit] = []
    for ed in sorted((e for e in edits if e.lines), key=lambda e: (e.start, e.end)):
        if blocks and ed.start <= blocks[-1].end + 1:
            last = blocks[-1]
            blocks[-1] = Edit(last.start, max(last.end, ed.end), "", last.rules + ed.rules,
                              True)
        else:
            blocks.append(ed)
    widened = [Edit(*delete_lines(source, b.start, b.end), "", b.rules) for b in blocks]
    return widened + [e for e in edits if not e.lines]


def choose(edits: list[Edit]) -> list[Edit]:
    """Non-overlapping edits, earliest first (identical edits count once)."""
    chosen: list[Edit] = []
    for ed in sorted(edits, key=lambda x: (x.start, x.end, x.rules, x.text)):
        if chosen and (chosen[-1].start, chosen[-1].end, chosen[-1].text) == \
                (ed.start, ed.end, ed.text):
            last = chosen[-1]
            chosen[-1] = Edit(last.start, last.end, last.text, last.rules + ed.rules)
            continue
        if chosen and (ed.start < chosen[-1].end or
                       (ed.start == chosen[-1].start and ed.start == ed.end)):
            continue
        chosen.append(ed)
    return chosen


def apply_edits(source: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (as returned by :func:`choose`)."""
    out, pos = [], 0
    for ed in edits:
        out.append(source[pos:ed.start])
        out.append(ed.text)
        pos = ed.end
    out.append(source[pos:])
    return "".join(out)


def fix_text(name: str, text: str, engine: Engine,
             keep: Callable[[Finding], bool] | None = None,
             max_passes: int = MAX_PASSES) -> FixOutcome:
    """Lint ``text`` (LF line endings) as file ``name`` and apply its fixes, re-linting
    between passes until nothing fixable is left or ``max_passes`` is reached."""
    outcome = FixOutcome(text, text)
    for _ in range(max_passes):
        doc = document_from_text(name, outcome.fixed)
        result = engine.lint(doc)
        todo = [f for f in result.findings if f.fix is not None and (keep is None or keep(f))]
        edits = [ed for ed in (source_edit(doc, f) for f in todo) if ed is not None]
        chosen = choose(expand(outcome.fixed, edits))
        done = sum(len(ed.rules) for ed in chosen)
        outcome.skipped = len(todo) - done
        if not chosen:
            break
        outcome.fixed = apply_edits(outcome.fixed, chosen)
        outcome.applied += done
        for ed in chosen:
            for rule in ed.rules:
                outcome.rules[rule] = outcome.rules.get(rule, 0) + 1
    return outcome


def fixable_path(path: str, extensions: tuple[str, ...] = FIXABLE_EXTENSIONS) -> bool:
    """Only real article files are rewritten (never stdin, never JSONL records)."""
    return os.path.isfile(path) and path.lower().endswith(extensions)


def read_for_fix(path: str) -> tuple[str, bool, bool] | str:
    """(LF text, had CRLF, had BOM) of a file, or why it cannot be fixed."""
    p = Path(path)
    if p.stat().st_size > MAX_BYTES:
        return "too large to fix"
    data = p.read_bytes()
    if looks_binary(data):
        return "binary file"
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data[3 if bom else 0:].decode("utf-8")
    except UnicodeDecodeError:
        return "not valid UTF-8, so it is not rewritten"
    crlf = "\r\n" in text
    if "\r" in text.replace("\r\n", ""):
        return "has bare CR line endings, so it is not rewritten"
    return text.replace("\r\n", "\n"), crlf, bom


def unified_diff(path: str, before: str, after: str) -> str:
    """``diff -u`` style, with ``a/`` and ``b/`` prefixes as git and patch expect."""
    shown = path.replace(os.sep, "/")
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True),
                                 fromfile=f"a/{shown}", tofile=f"b/{shown}")
    out = []
    for ln in lines:
        out.append(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n")
    return "".join(out)


@dataclass
class FileFix:
    """The outcome of ``--fix``/``--diff`` on one file."""

    path: str
    outcome: FixOutcome | None = None
    diff: str = ""
    note: str = ""


def fix_file(path: str, engine: Engine, *, write: bool,
             keep: Callable[[Finding], bool] | None = None) -> FileFix:
    """Fix one article file; with ``write`` the file is rewritten atomically."""
    got = read_for_fix(path)
    if isinstance(got, str):
        return FileFix(path, note=f"not fixed: {got}")
    text, crlf, bom = got
    outcome = fix_text(path, text, engine, keep)
    ff = FileFix(path, outcome)
    if not outcome.changed:
        return ff
    ff.diff = unified_diff(path, text, outcome.fixed)
    if write:
        new = outcome.fixed.replace("\n", "\r\n") if crlf else outcome.fixed
        atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"))
    return ff


def relint(path: str, engine: Engine) -> FileResult:
    """Lint a file again after it was fixed (for the report of what is left)."""
    from lint.inputs import read_document

    return engine.lint(read_document(path))


def carry_over(findings: list[Finding], path: str) -> list[Finding]:
    """Findings made outside :meth:`Engine.lint` (corpus rules), moved to where their
    text now stands in the fixed file; ones whose text is gone are dropped."""
    if not findings:
        return []
    from dataclasses import replace

    from lint.inputs import read_document

    doc = read_document(path)
    out: list[Finding] = []
    for f in findings:
        i = doc.text.find(f.match) if f.match else -1
        if i < 0:
            continue
        j = i + len(f.match)
        (line, col), (end_line, end_col) = doc.position(i), doc.position(j)
        out.append(replace(f, line=line, column=col, end_line=end_line,
                           end_column=end_col, offset=i, end_offset=j))
    return out
