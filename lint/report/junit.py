"""``--format junit``: JUnit XML, for GitLab CI test reports and Jenkins.

Every linted file is a ``<testsuite>`` (its ``file`` attribute is the path);
every finding is a ``<testcase>`` holding a ``<failure>`` whose ``type`` is the
rule id and whose text says where and what; a file without findings gets one
passing test case, so the report also shows what was checked; a skipped file
gets a ``<skipped>`` test case. The output keeps to the JUnit schema that
Jenkins' xunit plugin validates against (``junit-10.xsd``), which GitLab
also reads.

Totals on the root ``<testsuites>`` are only known at the end, so each file's
suite is rendered as soon as the file is done and kept as text until then.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from lint.engine import FileResult
from lint.report import Reporter, Summary

_XML_BAD = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters)."""
    return text.translate(_XML_BAD)


def attr(value: object) -> str:
    return quoteattr(clean(str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


class JunitReporter(Reporter):
    """One ``<testsuite>`` per file inside a ``<testsuites name="newslint">``."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.suites: list[str] = []
        self.tests = 0
        self.failures = 0

    def file(self, result: FileResult) -> None:
        path = result.path
        cases: list[str] = []
        skipped = 0
        if result.skipped:
            skipped = 1
            why = "; ".join(result.notes) or "skipped"
            cases.append(f'    <testcase name="newslint" classname={attr(path)} time="0">\n'
                         f'      <skipped message={attr(why)}/>\n    </testcase>\n')
        for f in result.findings:
            text = f"{path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule}]"
            flagged = " ".join(f.match.split())
            if flagged:
                text += f"\n> {flagged[:300]}"
            cases.append(
                f"    <testcase name={attr(f'{f.rule} at line {f.line}, column {f.column}')}"
                f" classname={attr(path)} time=\"0\">\n"
                f"      <failure type={attr(f.rule)} message={attr(f.message)}>"
                f"{escape(clean(text))}</failure>\n    </testcase>\n")
        if not cases:
            cases.append(f'    <testcase name="newslint" classname={attr(path)} time="0"/>\n')
        notes = "".join(f"{n}\n" for n in result.notes) if not result.skipped else ""
        out = (f"  <testsuite name={attr(path)} tests=\"{len(cases)}\" "
               f"failures=\"{len(result.findings)}\" errors=\"0\" skipped=\"{skipped}\" "
               f"time=\"0\" file={attr(path)}>\n" + "".join(cases))
        if notes:
            out += f"    <system-out>{escape(clean(notes))}</system-out>\n"
        self.suites.append(out + "  </testsuite>\n")
        self.tests += len(cases)
        self.failures += len(result.findings)

    def finish(self, summary: Summary) -> None:
        w = self.out.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w(f'<testsuites name="newslint" tests="{self.tests}" failures="{self.failures}" '
          f'errors="0" time="0">\n')
        for s in self.suites:
            w(s)
        w("</testsuites>\n")
