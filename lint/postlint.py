"""Between linting and reporting: ``--fix``/``--diff``, ``--baseline``, ``--write-baseline``.

The CLI hands every :class:`FileResult` to a :class:`PostLint` before the
reporter sees it, in input order and in the parent process (fixing rewrites
files, so it is never done in a worker):

1. ``--fix`` / ``--diff``: the file is fixed (lint/fix.py); with ``--fix`` it
   is rewritten and the result is replaced by a fresh lint of the fixed file,
   so the report shows what is left. Standard input and JSONL records are
   never fixed.
2. ``--write-baseline``: the findings are recorded (all of them).
3. ``--baseline``: findings the baseline knows are dropped.

``--diff`` prints the unified diff on standard output instead of a report and
exits 1 when there is something to fix (like ``ruff --diff``); the file is not
touched. ``--write-baseline`` exits 0: today's findings are accepted.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from lint.baseline import Baseline, BaselineWriter
from lint.engine import Engine, FileResult
from lint.finding import Finding
from lint.report import Reporter, Summary


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class DiffOnlyReporter(Reporter):
    """For ``--diff``: the diffs are the output; a one-line summary goes to stderr."""

    def __init__(self, post: PostLint, err: TextIO) -> None:
        super().__init__(err, [])
        self.post = post

    def file(self, result: FileResult) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        p = self.post
        self.out.write(f"newslint: would fix {_plural(p.fixed, 'finding')} in "
                       f"{_plural(p.changed_files, 'file')}\n")


class PostLint:
    """Applies fixes and baselines to each result (see the module docstring)."""

    def __init__(self, args: argparse.Namespace, engine: Engine, summary: Summary,
                 out: TextIO | None = None) -> None:
        self.engine = engine
        self.summary = summary
        self.out = out or sys.stdout
        self.fix = bool(getattr(args, "fix", False))
        self.diff = bool(getattr(args, "diff", False))
        self.stdin_name = args.stdin_filename if "-" in (args.paths or []) else None
        self.jsonl = bool(getattr(args, "jsonl", False))
        self.baseline = Baseline.load(args.baseline) if getattr(args, "baseline", None) \
            else None
        self.writer = BaselineWriter(args.write_baseline) \
            if getattr(args, "write_baseline", None) else None
        self.fixed = 0
        self.changed_files = 0
        self.corpus_rules = {r.id for r, _ in engine.corpus_checks}
        if self.fix or self.diff:
            if self.stdin_name is not None:
                summary.notes.append("standard input is never fixed: --fix and --diff "
                                     "only rewrite article files")
            if self.jsonl:
                summary.notes.append("JSONL records are never fixed: --fix and --diff "
                                     "only rewrite article files")

    def reporter(self, reporter: Reporter) -> Reporter:
        """The reporter to use: the chosen one, or none at all for ``--diff``."""
        return DiffOnlyReporter(self, sys.stderr) if self.diff else reporter

    def _fixable(self, result: FileResult) -> bool:
        from lint.fix import fixable_path

        return (not result.skipped and not self.jsonl and result.path != self.stdin_name
                and any(f.fix is not None for f in result.findings)
                and fixable_path(result.path))

    def _apply_fix(self, result: FileResult) -> FileResult:
        from lint.fix import carry_over, fix_file, relint

        ff = fix_file(result.path, self.engine, write=self.fix and not self.diff)
        if ff.note:
            result.notes.append(ff.note)
        if ff.outcome is None or not ff.outcome.changed:
            return result
        self.fixed += ff.outcome.applied
        self.changed_files += 1
        if self.diff:
            self.out.write(ff.diff)
            return result
        fresh = relint(result.path, self.engine)
        fresh.findings.extend(carry_over(
            [f for f in result.findings if f.rule in self.corpus_rules], fresh.path))
        fresh.findings.sort(key=Finding.sort_key)
        fresh.notes.insert(0, f"fixed {_plural(ff.outcome.applied, 'finding')} ("
                           + ", ".join(f"{r} x{n}" for r, n in ff.outcome.rules.items())
                           + ")")
        return fresh

    def __call__(self, result: FileResult) -> FileResult:
        if (self.fix or self.diff) and self._fixable(result):
            result = self._apply_fix(result)
        if self.writer is not None:
            self.writer.add(result)
        if self.baseline is not None:
            self.baseline.filter(result)
        return result

    def finish(self, version: str = "") -> None:
        """Write the baseline; add run notes. Call before the reporter's finish."""
        if self.writer is not None:
            n = self.writer.write(version)
            self.summary.notes.append(f"wrote baseline {self.writer.path} "
                                      f"({_plural(n, 'finding')})")
        if self.baseline is not None and self.baseline.hidden:
            self.summary.notes.append(f"{_plural(self.baseline.hidden, 'finding')} "
                                      f"known to the baseline {self.baseline.path} not shown")

    def exit_code(self, code: int) -> int:
        """The run's exit status, given the usual one."""
        if self.diff:
            return 1 if self.changed_files else 0
        if self.writer is not None:
            return 0
        return code
