#!/usr/bin/env python3
"""Detection quality of the default rules on the labelled development benchmark.

Runs ``newslint --format json`` over ``../shared/bench/dev/*.txt`` (or --dev DIR)
and scores the findings with that benchmark's own ``score.py``: recall,
precision and F1 per category, and false findings per clean article. Skips
cleanly (exit 0, a note) when the benchmark is not beside the project.

    python bench/quality.py [--dev DIR] [--by-subtype] [--json] [--misses CATEGORY]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = ROOT.parent / "shared" / "bench" / "dev"


def run_newslint(files: list[Path], extra: list[str]) -> dict:
    cmd = [sys.executable, "-m", "lint", "--format", "json", "--no-config", *extra,
           *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def to_findings(report: dict) -> list[dict]:
    """Flatten newslint's JSON into the scorer's finding list."""
    return [{"file": Path(f["path"]).name, "line": x["line"], "category": x["category"],
             "severity": x["severity"], "rule": x["rule"], "message": x["message"]}
            for f in report["files"] for x in f["findings"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="benchmark split folder")
    ap.add_argument("--by-subtype", action="store_true", help="recall per defect subtype")
    ap.add_argument("--json", action="store_true", help="print the score as JSON")
    ap.add_argument("--misses", metavar="CATEGORY",
                    help="also list missed labels and false findings of this category")
    ap.add_argument("newslint_args", nargs="*", help="extra newslint flags (after --)")
    args = ap.parse_args()
    score_py = args.dev.parent / "score.py"
    if not (args.dev / "labels.jsonl").is_file() or not score_py.is_file():
        print(f"bench/quality.py: skipped: no benchmark at {args.dev}")
        return 0
    spec = importlib.util.spec_from_file_location("bench_score", score_py)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    files = sorted(args.dev.glob("*.txt"))
    findings = to_findings(run_newslint(files, args.newslint_args))
    cases = scorer.load_labels(str(args.dev))
    result = scorer.score(cases, findings)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"$ python bench/quality.py   ({len(files)} articles in {args.dev})")
        scorer.print_table(result, args.by_subtype)
    if args.misses:
        show_misses(args.dev, cases, findings, args.misses)
    return 0


def show_misses(dev: Path, cases: dict, findings: list[dict], cat: str) -> None:
    """Missed labels and false findings of one category, with the line text."""
    pred = {(f["file"], f["line"]) : f for f in findings
            if f["category"] == cat and f["severity"] in ("warning", "error")}
    gold = {(fn, lab["line"]): lab for fn, labs in cases.items() for lab in labs if lab["kind"] == cat}

    def text(fn: str, line: int) -> str:
        lines = (dev / fn).read_text(encoding="utf-8").split("\n")
        return lines[line - 1][:150] if line <= len(lines) else ""

    print(f"\nMISSED {cat}:")
    for (fn, ln), lab in sorted(gold.items()):
        if (fn, ln) not in pred:
            print(f"  {fn}:{ln} [{lab.get('subtype')}] {text(fn, ln)}")
    print(f"\nFALSE {cat}:")
    for (fn, ln), f in sorted(pred.items()):
        if (fn, ln) not in gold:
            print(f"  {fn}:{ln} {f['rule']}: {text(fn, ln)}")


if __name__ == "__main__":
    sys.exit(main())
