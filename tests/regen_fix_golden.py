"""Regenerate the golden results of ``--fix`` (fixtures/fix/golden/<selection>/).

The inputs are copies of the seed articles in fixtures/fix/input/. Two rule
selections are kept:

* ``duplicates``: only Newslint.DuplicateHeadline and Newslint.DuplicateParagraph,
  so the golden files change only when the duplicate check does;
* ``default``: every default rule, which changes whenever rules are tuned.

Run after changing rules, then read the diff of the golden files before
committing them (they are the expected output of tests/test_fix.py)::

    .venv/bin/python tests/regen_fix_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUT = ROOT / "fixtures" / "fix" / "input"
GOLDEN = ROOT / "fixtures" / "fix" / "golden"

SELECTIONS: dict[str, list[str]] = {
    "duplicates": ["Newslint.DuplicateHeadline", "Newslint.DuplicateParagraph"],
    "default": [],
}


def fixed_text(selection: list[str], path: Path) -> str:
    """What ``newslint --no-config [--select ...] --fix`` makes of ``path``."""
    from lint.cli import load_selected_rules
    from lint.config import Config
    from lint.engine import Engine
    from lint.fix import fix_text, read_for_fix

    cfg = Config(select=list(selection))
    engine = Engine(load_selected_rules(cfg), context={"languagetool_url": ""})
    got = read_for_fix(str(path))
    assert not isinstance(got, str), got
    text, crlf, bom = got
    assert not crlf and not bom, "the seed copies are LF, no BOM"
    return fix_text(path.name, text, engine).fixed


def main() -> int:
    sys.path.insert(0, str(ROOT))
    for name, selection in SELECTIONS.items():
        out = GOLDEN / name
        out.mkdir(parents=True, exist_ok=True)
        for src in sorted(INPUT.glob("*.txt")):
            new = fixed_text(selection, src)
            target = out / src.name
            old = target.read_text(encoding="utf-8") if target.exists() else None
            target.write_bytes(new.encode("utf-8"))
            state = "unchanged" if old == new else "written"
            print(f"{target.relative_to(ROOT)}: {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
