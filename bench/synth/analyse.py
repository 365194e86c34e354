#!/usr/bin/env python3
"""Split the proxy held-out set's false findings into "base" and "induced".

A false finding on a line whose text is also flagged (same category) in the
untouched dev base article is a *base* false finding (already visible on dev);
otherwise it is *induced*: the inserted material changed the rules' verdict on
an original line (a generalisation risk dev cannot show).

    python bench/synth/analyse.py /tmp/newslint-holdout
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from quality import run_newslint, to_findings  # noqa: E402

DEV = ROOT.parent / "shared" / "bench" / "dev"


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/newslint-holdout")
    rows = [json.loads(row) for row in (out / "labels.jsonl").read_text().splitlines() if row]
    bases = sorted({r["base"] for r in rows})
    base_f = to_findings(run_newslint([DEV / b for b in bases], []))
    hold_f = to_findings(run_newslint(sorted(out.glob("*.txt")), []))
    def line_text(d: Path, fn: str, ln: int) -> str:
        ls = (d / fn).read_text(encoding="utf-8").split("\n")
        return ls[ln - 1] if ln <= len(ls) else ""
    base_flag = {(f["file"], f["category"], line_text(DEV, f["file"], f["line"]))
                 for f in base_f if f["severity"] in ("warning", "error")}
    gold = {(r["file"], lab["line"], lab["kind"]) for r in rows for lab in r["labels"]}
    base_of = {r["file"]: r["base"] for r in rows}
    kinds = Counter()
    seen = set()
    for f in hold_f:
        if f["severity"] not in ("warning", "error"):
            continue
        key = (f["file"], f["line"], f["category"])
        if key in gold or key in seen:
            continue
        seen.add(key)
        t = line_text(out, f["file"], f["line"])
        induced = (base_of[f["file"]], f["category"], t) not in base_flag
        kinds[(f["category"], "induced" if induced else "base")] += 1
        if induced:
            print(f"INDUCED {f['file']}:{f['line']} {f['rule']}: {t[:140]}")
    for k, v in sorted(kinds.items()):
        print(k, v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
