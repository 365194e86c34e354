"""``--format github``: GitHub Actions workflow commands, shown as annotations.

Each finding becomes one line that the Actions runner turns into an
annotation on the pull request's diff::

    ::error file=news/a.txt,line=3,endLine=3,col=1,endColumn=64,title=...::Repeats line 1

Levels map to the runner's commands: error -> ``::error``, warning ->
``::warning``, suggestion -> ``::notice``. Escaping follows the runner's
rules (actions/toolkit ``command.ts``): in the message, ``%``, CR and LF
become ``%25``, ``%0D``, ``%0A``; in property values ``:`` and ``,`` also
become ``%3A`` and ``%2C``, since they separate the properties.

Paths are made relative to ``GITHUB_WORKSPACE`` when they are inside it, so
annotations land on the right file. The CLI picks this format by itself when
``GITHUB_ACTIONS=true`` and no ``--format`` was given.
"""

from __future__ import annotations

import os
from pathlib import Path

from lint.engine import FileResult
from lint.report import Reporter, Summary

COMMAND = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``file=``, ``title=`` ...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    """One workflow command line, e.g. ``::error file=a.txt,line=3::message``."""
    body = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items()
                    if v is not None and v != "")
    return f"::{name}{' ' + body if body else ''}::{escape_data(message)}\n"


def workspace_path(path: str) -> str:
    """``path`` relative to the checkout (``GITHUB_WORKSPACE``) when it is inside it."""
    if path.startswith("<"):
        return path
    base = os.environ.get("GITHUB_WORKSPACE")
    p = Path(path)
    if base and p.is_absolute():
        try:
            return p.relative_to(base).as_posix()
        except ValueError:
            pass
    return p.as_posix()


class GithubReporter(Reporter):
    """Workflow commands, one per finding, and a plain summary line at the end."""

    def file(self, result: FileResult) -> None:
        path = workspace_path(result.path)
        w = self.out.write
        for note in result.notes:
            w(command("warning" if result.skipped else "notice", note, file=path,
                      title="newslint"))
        for f in result.findings:
            same_line = f.end_line == f.line
            w(command(COMMAND.get(f.severity, "warning"), f.message, file=path,
                      line=f.line, endLine=f.end_line, col=f.column,
                      endColumn=f.end_column if same_line else None,
                      title=f"{f.rule} ({f.severity})"))

    def finish(self, summary: Summary) -> None:
        for note in summary.notes:
            self.out.write(command("notice", note, title="newslint"))
        self.out.write(f"newslint: {summary.files} files checked: {summary.errors} errors, "
                       f"{summary.warnings} warnings, {summary.suggestions} suggestions\n")
