"""The five seed articles (fixtures/seeds, with their known defects in expected.yaml)
linted with the default rules, one file at a time as a pre-commit hook would.

* Every required ``duplicate`` and ``boilerplate`` defect is caught on its line with
  its category.
* No must_not_flag line carries a warning or error of the listed categories.
* Required defects of the other categories are checked for each category that some
  default rule already covers; a category with no rule yet is skipped with a reason.
"""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import FIXTURES, run_module

from lint.rules import CATEGORIES, builtin_rules_dir, load_rules

SEEDS = FIXTURES / "seeds"
EXPECTED = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))
CORE = ("duplicate", "boilerplate")
SEVERE = {"warning", "error"}


@pytest.fixture(scope="module")
def findings() -> dict[str, list[dict]]:
    """Default-rule findings per seed file (each file linted on its own)."""
    out: dict[str, list[dict]] = {}
    for name in EXPECTED["files"]:
        proc = run_module("--no-config", "--format", "json", SEEDS / name)
        assert proc.returncode in (0, 1), proc.stderr.decode()[-2000:]
        [entry] = json.loads(proc.stdout)["files"]
        out[name] = entry["findings"]
    return out


def _defects(kinds) -> list[tuple[str, int, str, str]]:
    return [(name, d["line"], d["kind"], d["note"])
            for name, spec in EXPECTED["files"].items()
            for d in spec.get("defects", []) if d.get("required") and d["kind"] in kinds]


def _must_not_flag() -> list[tuple[str, int, tuple[str, ...], str]]:
    return [(name, m["line"], tuple(m["kinds"]), m["note"])
            for name, spec in EXPECTED["files"].items() for m in spec.get("must_not_flag", [])]


def _caught(found: list[dict], line: int, kind: str) -> bool:
    return any(x["line"] == line and x["category"] == kind for x in found)


def test_the_seed_fixtures_are_complete():
    assert sorted(EXPECTED["files"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert _defects(CORE), "no required duplicate/boilerplate defects to test"


@pytest.mark.parametrize("name, line, kind, note", _defects(CORE),
                         ids=lambda v: str(v)[:24])
def test_required_core_defect_is_caught(findings, name, line, kind, note):
    assert _caught(findings[name], line, kind), f"{name}:{line} {kind} missed: {note}"


@pytest.mark.parametrize("name, line, kinds, note", _must_not_flag(),
                         ids=lambda v: str(v)[:24])
def test_must_not_flag_line_stays_clean(findings, name, line, kinds, note):
    bad = [f"{x['rule']} ({x['category']}, {x['severity']}): {x['message'][:80]}"
           for x in findings[name]
           if x["line"] == line and x["category"] in kinds and x["severity"] in SEVERE]
    assert not bad, f"{name}:{line} ({note}) was flagged: {bad}"


def _default_categories() -> set[str]:
    return {r.category for r in load_rules([builtin_rules_dir()])}


OTHER = sorted({d["kind"] for spec in EXPECTED["files"].values()
                for d in spec.get("defects", []) if d.get("required")} - set(CORE))


@pytest.mark.parametrize("kind", OTHER)
def test_required_defects_of_other_categories(findings, kind):
    assert kind in CATEGORIES
    if kind not in _default_categories():
        pytest.skip(f"no default rule has category '{kind}' yet")
    missed = [f"{name}:{line} {note}" for name, line, _, note in _defects({kind})
              if not _caught(findings[name], line, kind)]
    assert not missed, f"required {kind} defects missed: {missed}"


def test_a_required_defect_is_reported_under_its_own_category_only(findings):
    """One defect, one finding: a labelled line carries no warning or error of
    another tracked category (an inserted story's headline is off-topic, not
    also a related-stories link)."""
    tracked = {d["kind"] for spec in EXPECTED["files"].values()
               for d in spec.get("defects", [])}
    doubled = []
    for name, spec in EXPECTED["files"].items():
        kinds: dict[int, set[str]] = {}
        for d in spec.get("defects", []):
            kinds.setdefault(d["line"], set()).add(d["kind"])
        for x in findings[name]:
            if x["line"] in kinds and x["severity"] in SEVERE and \
                    x["category"] in tracked - kinds[x["line"]] - {"copy"}:
                doubled.append(f"{name}:{x['line']} {x['rule']} ({x['category']})")
    assert not doubled, doubled
