"""``--format json``: the machine-readable contract of DESIGN.md, streamed."""

from __future__ import annotations

import json

from lint.engine import FileResult
from lint.report import Reporter, Summary


class JsonReporter(Reporter):
    """One JSON object: ``version``, ``files`` (path, score, stats, findings), ``summary``."""

    _first = True

    def file(self, result: FileResult) -> None:
        head = '{"version": %s, "files": [\n' % json.dumps(self.version) if self._first \
            else ",\n"
        self._first = False
        entry = {"path": result.path, "score": result.score,
                 "stats": {"words": result.words},
                 "findings": [f.to_json() for f in result.findings]}
        if result.notes:
            entry["notes"] = result.notes
        if result.skipped:
            entry["skipped"] = True
        self.out.write(head + json.dumps(entry, ensure_ascii=False))

    def finish(self, summary: Summary) -> None:
        if self._first:
            self.out.write('{"version": %s, "files": [' % json.dumps(self.version))
        body = {"files": summary.files, "errors": summary.errors,
                "warnings": summary.warnings, "suggestions": summary.suggestions}
        if summary.notes:
            body["notes"] = summary.notes
        self.out.write('\n], "summary": %s}\n' % json.dumps(body, ensure_ascii=False))
