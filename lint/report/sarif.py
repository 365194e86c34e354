"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run with the tool's rule metadata (id, short and full description, help
text and link, default level, category tags) and one result per finding:
level, message, a physical location with a region (1-based lines; columns
counted in Unicode code points, as the run's ``columnKind`` says), related
locations ("first occurrence"), a fix when the rule has a safe one, and
``partialFingerprints`` (lint/baseline.py) so that code scanning recognises a
finding after the text around it moved. File notes and run notes (skipped
files, rules that could not run) become tool execution notifications.

Paths under the working directory are written relative to ``%SRCROOT%``
(which is what code scanning expects); others as ``file://`` URIs.

Results are streamed: memory stays flat however many files are linted.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from lint.baseline import fingerprint_of
from lint.engine import FileResult
from lint.finding import Finding
from lint.report import Reporter, Summary
from lint.rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
FINGERPRINT_KEY = "newslint/v1"
SRCROOT = "%SRCROOT%"


def project_url() -> str:
    """The project's home page from the installed package metadata, if it has one."""
    try:
        from importlib.metadata import metadata

        meta = metadata("newslint")
    except Exception:
        return ""
    url = meta.get("Home-page") or ""
    for entry in meta.get_all("Project-URL") or []:
        label, _, value = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source"):
            return value.strip()
    return url


def artifact_location(path: str) -> dict:
    """``artifactLocation`` for a reported path (relative to %SRCROOT% when possible)."""
    if path.startswith("<"):                      # <stdin>
        return {"uri": quote(path)}
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return {"uri": p.as_uri()}
    return {"uri": quote(p.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def rule_descriptor(rule: Rule, home: str = "") -> dict:
    """A SARIF ``reportingDescriptor`` for one rule."""
    template = rule.message.replace("'%s'", "...").replace("%s", "...")
    short = _first_line(rule.description) or template
    full = rule.description or short
    help_text = (f"{full}\n\nCategory: {rule.category}. Check type: {rule.extends}. "
                 f"Run `newslint --explain {rule.id}` for its settings."
                 + (" `newslint --fix` can fix it." if rule.fix else ""))
    d: dict = {
        "id": rule.id,
        "name": rule.id.split(".", 1)[-1],
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": SARIF_LEVEL[rule.level]},
        "properties": {"category": rule.category, "tags": [rule.category, rule.pack]},
    }
    if rule.link or home:
        d["helpUri"] = rule.link or home
    return d


def _region(line: int, col: int, end_line: int, end_col: int, snippet: str = "") -> dict:
    r = {"startLine": max(1, line), "startColumn": max(1, col),
         "endLine": max(line, end_line, 1), "endColumn": max(1, end_col)}
    if r["endLine"] == r["startLine"] and r["endColumn"] < r["startColumn"]:
        r["endColumn"] = r["startColumn"]
    if snippet:
        r["snippet"] = {"text": snippet}
    return r


class SarifReporter(Reporter):
    """A SARIF 2.1.0 log with one run (validated against the official schema in tests)."""

    _started = False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._first_result = True
        self.notifications: list[dict] = []
        home = project_url()
        self.index = {rid: i for i, rid in enumerate(self.rules)}
        driver = {"name": "newslint", "version": self.version or "0",
                  "semanticVersion": self.version or "0",
                  "rules": [rule_descriptor(r, home) for r in self.rules.values()]}
        if home:
            driver["informationUri"] = home
        head = {"$schema": SCHEMA_URI, "version": "2.1.0"}
        run_head = {"tool": {"driver": driver},
                    "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
                    "columnKind": "unicodeCodePoints"}
        text = json.dumps(head, ensure_ascii=False)[:-1] + ', "runs": [' + \
            json.dumps(run_head, ensure_ascii=False)[:-1] + ', "results": [\n'
        self.out.write(text)

    def result(self, f: Finding, path: str) -> dict:
        """The SARIF result for one finding."""
        loc = artifact_location(path)
        snippet = f.match if len(f.match) <= 500 else ""
        res: dict = {
            "ruleId": f.rule,
            "level": SARIF_LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": loc,
                "region": _region(f.line, f.column, f.end_line, f.end_column, snippet)}}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint_of(f)},
            "properties": {"category": f.category},
        }
        if f.rule in self.index:
            res["ruleIndex"] = self.index[f.rule]
        related = [r for r in f.related if isinstance(r.get("line"), int)]
        if related:
            res["relatedLocations"] = [
                {"id": i, "physicalLocation": {"artifactLocation": loc,
                                               "region": {"startLine": max(1, r["line"])}},
                 "message": {"text": str(r.get("message", "related"))}}
                for i, r in enumerate(related, 1)]
        if f.fix is not None:
            what = "Delete the flagged text" if f.fix == "" else f"Replace with '{f.fix}'"
            replacement: dict = {"deletedRegion": _region(f.line, f.column, f.end_line,
                                                          f.end_column)}
            if f.fix:
                replacement["insertedContent"] = {"text": f.fix}
            res["fixes"] = [{"description": {"text": what},
                             "artifactChanges": [{"artifactLocation": loc,
                                                  "replacements": [replacement]}]}]
        return res

    def file(self, result: FileResult) -> None:
        self._start()
        for note in result.notes:
            self.notifications.append({
                "level": "warning" if result.skipped else "note",
                "message": {"text": note},
                "locations": [{"physicalLocation": {
                    "artifactLocation": artifact_location(result.path)}}]})
        for f in result.findings:
            sep = "" if self._first_result else ",\n"
            self._first_result = False
            self.out.write(sep + json.dumps(self.result(f, result.path), ensure_ascii=False))

    def finish(self, summary: Summary) -> None:
        self._start()
        for note in summary.notes:
            self.notifications.append({"level": "note", "message": {"text": note}})
        invocation = {"executionSuccessful": True,
                      "workingDirectory": {"uri": Path.cwd().as_uri() + "/"},
                      "toolExecutionNotifications": self.notifications,
                      "properties": {"files": summary.files, "errors": summary.errors,
                                     "warnings": summary.warnings,
                                     "suggestions": summary.suggestions}}
        self.out.write("\n], \"invocations\": [%s]}]}\n"
                       % json.dumps(invocation, ensure_ascii=False))

