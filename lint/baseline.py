"""Fingerprints and baselines: adopt newslint on an archive without fixing it first.

``--write-baseline FILE`` records today's findings; ``--baseline FILE`` then
reports (and fails on) only findings that are not in it. A finding is known by
a *fingerprint*, not by its line number, so that inserting or editing text
elsewhere in the article does not turn old findings into "new" ones:

    rule id + the flagged text (normalised: case, spacing, quote style and
    punctuation ignored) + up to three words on either side on the same line
    + which occurrence of that combination it is in the file.

The same fingerprints are SARIF's ``partialFingerprints``, so GitHub code
scanning also follows a finding across commits. Fingerprints are computed in
:meth:`lint.engine.Engine.lint`, where the document text is at hand.

The baseline file is JSON, sorted, with paths relative to the baseline's own
folder (so it works from any working directory) and is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from lint.document import Document
from lint.fileio import atomic_write
from lint.finding import Finding
from lint.rules import RuleError
from lint.textutil import normalise, words

if TYPE_CHECKING:
    from lint.engine import FileResult

CONTEXT_WORDS = 3
CONTEXT_CHARS = 200       # enough for CONTEXT_WORDS whole words
FORMAT_VERSION = 1


def _flagged_form(text: str) -> str:
    return normalise(text) or " ".join(text.split())


def _context(doc: Document, f: Finding) -> tuple[str, str]:
    """A few words before and after the flagged text, on the same line."""
    text = doc.text
    if f.offset < 0 or f.end_offset < f.offset or f.end_offset > len(text):
        return "", ""
    line_start = text.rfind("\n", 0, f.offset) + 1
    line_end = text.find("\n", f.end_offset)
    line_end = len(text) if line_end < 0 else line_end
    # A bounded window: on a file that is one long line, tokenising the whole
    # line for every finding would make fingerprinting quadratic.
    before = words(text[max(line_start, f.offset - CONTEXT_CHARS):f.offset])[-CONTEXT_WORDS:]
    after = words(text[f.end_offset:min(line_end, f.end_offset + CONTEXT_CHARS)])[:CONTEXT_WORDS]
    return " ".join(before), " ".join(after)


def assign_fingerprints(doc: Document, findings: list[Finding]) -> None:
    """Give every finding of ``doc`` its stable fingerprint (in place)."""
    seen: Counter[str] = Counter()
    for f in findings:
        before, after = _context(doc, f)
        key = "\0".join((f.rule, _flagged_form(f.match), before, after))
        n = seen[key]
        seen[key] += 1
        f.fingerprint = hashlib.sha256(f"{key}\0{n}".encode()).hexdigest()[:32]


def fingerprint_of(f: Finding) -> str:
    """``f.fingerprint``, or one without context for findings made outside the engine."""
    if f.fingerprint:
        return f.fingerprint
    key = "\0".join((f.rule, _flagged_form(f.match), "", "", "nocontext"))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _key_path(path: str, base: Path) -> str:
    """A finding's path as stored in a baseline kept in folder ``base``."""
    if path.startswith("<") or not os.path.exists(path):
        return path.replace("\\", "/")
    rel = os.path.relpath(os.path.abspath(path), base)
    return PurePosixPath(*Path(rel).parts).as_posix()


class Baseline:
    """Known findings read from a baseline file."""

    def __init__(self, path: str | Path, known: Counter[tuple[str, str]]) -> None:
        self.path = Path(path)
        self.base = self.path.resolve().parent
        self.known = known
        self.hidden = 0

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """Read a baseline file; a missing or malformed file is an exit-2 error."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise RuleError(p, "baseline file not found (create it with "
                            "--write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(p, f"cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise RuleError(p, f"not a newslint baseline: invalid JSON at line "
                            f"{exc.lineno}") from None
        entries = data.get("findings") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise RuleError(p, "not a newslint baseline: no 'findings' list", "findings")
        known: Counter[tuple[str, str]] = Counter()
        for i, e in enumerate(entries):
            if not (isinstance(e, dict) and isinstance(e.get("path"), str)
                    and isinstance(e.get("fingerprint"), str)):
                raise RuleError(p, "each entry needs a 'path' and a 'fingerprint'",
                                f"findings[{i}]")
            known[(e["path"], e["fingerprint"])] += 1
        return cls(p, known)

    def new_findings(self, result: FileResult) -> list[Finding]:
        """The findings of ``result`` that the baseline does not know."""
        path = _key_path(result.path, self.base)
        fresh: list[Finding] = []
        for f in result.findings:
            k = (path, fingerprint_of(f))
            if self.known[k] > 0:
                self.known[k] -= 1
                self.hidden += 1
            else:
                fresh.append(f)
        return fresh

    def filter(self, result: FileResult) -> FileResult:
        """Drop known findings from ``result`` (in place) and return it."""
        result.findings = self.new_findings(result)
        return result


class BaselineWriter:
    """Collects findings during a run and writes them as a baseline at the end."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.base = self.path.resolve().parent
        self.entries: list[dict] = []

    def add(self, result: FileResult) -> None:
        path = _key_path(result.path, self.base)
        for f in result.findings:
            self.entries.append({"path": path, "rule": f.rule,
                                 "fingerprint": fingerprint_of(f),
                                 "line": f.line, "message": f.message})

    def add_all(self, results: Iterable[FileResult]) -> None:
        for r in results:
            self.add(r)

    def write(self, version: str = "") -> int:
        """Write the file atomically; returns how many findings it records."""
        self.entries.sort(key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]))
        body = {"tool": "newslint", "newslint_version": version,
                "format": FORMAT_VERSION,
                "comment": "Known findings: with --baseline, newslint reports only "
                           "findings not listed here. Regenerate with --write-baseline.",
                "findings": self.entries}
        atomic_write(self.path, json.dumps(body, indent=1, ensure_ascii=False) + "\n")
        return len(self.entries)
