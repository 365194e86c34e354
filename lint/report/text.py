"""``--format text`` (default): a per-file report for people."""

from __future__ import annotations

from lint.engine import FileResult
from lint.report import Reporter, Summary

_COLORS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1",
           "note": "35"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class TextReporter(Reporter):
    """Header per file (path, score, words, counts), findings in line order, summary."""

    def paint(self, text: str, what: str) -> str:
        return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if self.color else text

    def file(self, result: FileResult) -> None:
        w = self.out.write
        if result.skipped:
            w(f"{self.paint(result.path, 'bold')}  skipped\n")
        else:
            counts = ", ".join(_plural(result.count(lv), lv)
                               for lv in ("error", "warning", "suggestion"))
            w(f"{self.paint(result.path, 'bold')}  score {result.score}/100  "
              f"{_plural(result.words, 'word')}  {counts}\n")
        for note in result.notes:
            w(f"  {self.paint('note', 'note')}  {note}\n")
        for f in result.findings:
            pos = f"{f.line}:{f.column}"
            level = self.paint(f"{f.severity:<10}", f.severity)
            w(f"  {pos:<8} {level} {f.rule:<32} {f.message}\n")
            flagged = " ".join(f.match.split())
            if flagged and flagged not in f.message:
                if len(flagged) > 100:
                    flagged = flagged[:97] + "..."
                w(f"  {'':<8} {self.paint('> ' + flagged, 'dim')}\n")
        w("\n")

    def finish(self, summary: Summary) -> None:
        for note in summary.notes:
            self.out.write(f"{self.paint('note', 'note')}  {note}\n")
        self.out.write(
            f"{_plural(summary.files, 'file')} checked: {_plural(summary.errors, 'error')}, "
            f"{_plural(summary.warnings, 'warning')}, "
            f"{_plural(summary.suggestions, 'suggestion')}\n")
