"""Loading and validating YAML rules.

One YAML file per rule; the file name is the rule name and the folder is the
pack: ``rules/Newslint/DuplicateHeadline.yml`` is rule ``Newslint.DuplicateHeadline``.
Validation is strict because a typo in a rule silently disables it: an unknown
key, a wrong type, a bad regex or a missing message is a :class:`RuleError`
(exit 2) whose one-line message names the file and the key.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lint.checks import (
    SCOPE_ALIASES,
    SCOPES,
    CheckType,
    Key,
    known_check_types,
    load_check_type,
)
from lint.finding import LEVELS

CATEGORIES = ("boilerplate", "duplicate", "garbled", "offtopic", "attribution", "copy",
              "grammar", "readability", "style")

#: Keys every rule may carry, whatever its check type (Vale's shared keys + ours).
COMMON_KEYS: dict[str, Key] = {
    "extends": Key((str,), required=True, help="the check type"),
    "message": Key((str,), required=True, help="what to say; %s takes the match"),
    "level": Key((str,), "warning", "suggestion | warning | error"),
    "category": Key((str,), "style", "one of: " + ", ".join(CATEGORIES)),
    "scope": Key((str, list), None, "where to look: " + " | ".join(SCOPES)),
    "limit": Key((int,), 0, "report at most this many findings per file (0: no limit)"),
    "link": Key((str,), "", "a page that explains the rule"),
    "description": Key((str,), "", "why the rule matters (shown by --explain)"),
    "fix": Key((bool,), False, "--fix may apply this rule's fix"),
    "defers_to": Key((list, str), None, "rule ids whose finding on the same text replaces "
                     "this rule's (one defect, one finding)"),
    "action": Key((dict,), None, "Vale's action (accepted for compatibility)"),
    "code": Key((bool,), False, "Vale's code key (accepted for compatibility)"),
}


class RuleError(Exception):
    """A rule that cannot be loaded: one line naming the file and the key."""

    def __init__(self, path: str | Path, message: str, key: str | None = None) -> None:
        self.path, self.key = str(path), key
        where = f"{path}: " + (f"key '{key}': " if key else "")
        super().__init__(where + message)


@dataclass
class Rule:
    """A loaded, validated rule, ready to instantiate its check type."""

    id: str
    path: str
    extends: str
    message: str
    level: str
    category: str
    scope: str | list[str]
    limit: int
    link: str
    description: str
    fix: bool
    options: dict[str, Any] = field(default_factory=dict)
    #: rules whose finding on the same text replaces this rule's (see :func:`_defers_to`)
    defers_to: tuple[str, ...] = ()
    check_class: type[CheckType] | None = None
    _validated: CheckType | None = field(default=None, repr=False, compare=False)

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def instantiate(self, context: dict[str, Any] | None = None) -> CheckType:
        """The rule's check, joined to a run with ``context``.

        The first call reuses the instance built when the rule was validated;
        later calls (another engine, another context) get a fresh one.
        """
        assert self.check_class is not None
        check, self._validated = self._validated, None
        if check is None:
            return self.check_class(self, context)
        check.bind(context or {})
        return check


def _suggest(word: str, choices: list[str]) -> str:
    near = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{near[0]}'?)" if near else ""


def _type_name(types: tuple[type, ...]) -> str:
    names = {str: "a string", int: "a whole number", float: "a number", bool: "true/false",
             list: "a list", dict: "a mapping"}
    return " or ".join(names.get(t, t.__name__) for t in types)


def _check_value(path: str, key: str, spec: Key, value: Any) -> Any:
    types = spec.types
    if float in types and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if isinstance(value, bool) and bool not in types:
        raise RuleError(path, f"expected {_type_name(types)}, got {value!r}", key)
    if not isinstance(value, types):
        raise RuleError(path, f"expected {_type_name(types)}, got {type(value).__name__} "
                        f"{value!r}"[:200], key)
    if spec.regex:
        from lint.patterns import compile_pattern

        items = list(value.keys()) if isinstance(value, dict) else \
            value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, str):
                raise RuleError(path, f"expected a string pattern, got {item!r}", key)
            try:
                compile_pattern(item)
            except Exception as exc:  # regex.error and friends
                raise RuleError(path, f"bad regex {item!r}: {exc}", key) from None
    return value


def build_rule(rule_id: str, path: str, data: Any) -> Rule:
    """Validate one rule's mapping and resolve its check type."""
    if not isinstance(data, dict):
        raise RuleError(path, "a rule file must be a YAML mapping of keys to values")
    extends = data.get("extends")
    if not isinstance(extends, str):
        raise RuleError(path, "missing (every rule names its check type)", "extends")
    try:
        cls = load_check_type(extends)
    except LookupError:
        raise RuleError(path, f"unknown check type '{extends}'"
                        + _suggest(extends, known_check_types()), "extends") from None
    except Exception as exc:
        raise RuleError(path, f"check type '{extends}' failed to load: {exc}",
                        "extends") from None
    allowed = {**COMMON_KEYS, **cls.keys}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in allowed:
            raise RuleError(path, f"unknown key for check type '{extends}'"
                            + _suggest(str(key), list(allowed)), str(key))
        values[key] = _check_value(path, key, allowed[key], value)
    for key, spec in allowed.items():
        if key not in values:
            if spec.required:
                raise RuleError(path, "missing (this key is required)", key)
            values[key] = spec.default
    if values["level"] not in LEVELS:
        raise RuleError(path, f"'{values['level']}' is not one of " + ", ".join(LEVELS)
                        + _suggest(values["level"], list(LEVELS)), "level")
    if values["category"] not in CATEGORIES:
        raise RuleError(path, f"'{values['category']}' is not one of " + ", ".join(CATEGORIES)
                        + _suggest(values["category"], list(CATEGORIES)), "category")
    scope = values["scope"] or cls.default_scope
    for sc in [scope] if isinstance(scope, str) else scope:
        if SCOPE_ALIASES.get(sc, sc) not in SCOPES:
            raise RuleError(path, f"unknown scope '{sc}'" + _suggest(str(sc), list(SCOPES)),
                            "scope")
    if values["limit"] < 0:
        raise RuleError(path, "must be 0 (no limit) or more", "limit")
    options = {k: values[k] for k in cls.keys}
    rule = Rule(id=rule_id, path=path, extends=extends, message=values["message"],
                level=values["level"], category=values["category"], scope=scope,
                limit=values["limit"], link=values["link"],
                description=values["description"].strip(), fix=values["fix"],
                options=options, check_class=cls,
                defers_to=_defers_to(path, rule_id, values["defers_to"]))
    try:
        rule._validated = cls(rule)   # let the check type reject bad combinations now
    except RuleError:
        raise
    except Exception as exc:
        raise RuleError(path, f"invalid rule: {exc}") from None
    return rule


def _defers_to(path: str, rule_id: str, value: str | list | None) -> tuple[str, ...]:
    """The ``defers_to`` key as a tuple of rule ids.

    Why the key exists: two rules sometimes see one defect from two sides (an
    inserted story's headline is both off-topic and a headline "of another
    story"). Reporting it twice doubles the penalty and, with ``--fix``, lets
    the weaker reading rewrite the text. A rule that names another in
    ``defers_to`` drops its finding wherever that rule flags overlapping
    text, and keeps it everywhere else, including when that rule is not run.
    """
    items = [value] if isinstance(value, str) else value or []
    out = []
    for item in items:
        if not isinstance(item, str) or item.count(".") != 1:
            raise RuleError(path, f"expected rule ids like 'Pack.Rule', got {item!r}",
                            "defers_to")
        if item == rule_id:
            raise RuleError(path, "a rule cannot defer to itself", "defers_to")
        out.append(item)
    return tuple(out)


def read_rule_file(path: Path) -> Any:
    """Parse one YAML rule file; a syntax error is a RuleError with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, f"cannot read: {exc}") from None
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(path, f"invalid YAML: {where}{problem}") from None


def rule_files(folder: Path) -> list[tuple[str, Path]]:
    """``(rule id, file)`` for every ``<Pack>/<Rule>.yml`` under a rules folder."""
    out = []
    for f in sorted(folder.glob("*/*.y*ml")):
        if f.suffix in (".yml", ".yaml"):
            out.append((f"{f.parent.name}.{f.stem}", f))
    return out


def builtin_rules_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or the source tree."""
    try:
        from importlib.resources import files

        p = Path(str(files("lint.builtin_rules")))
        if p.is_dir() and any(p.glob("*/*.yml")):
            return p
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def load_rules(folders: list[Path], overrides: dict[str, dict] | None = None,
               overrides_source: str = "config",
               keep: Callable[[str], bool] = lambda rule_id: True) -> list[Rule]:
    """Load the rules in ``folders`` that ``keep`` accepts (later folders win on an id).

    Files of rules that are not kept are not even parsed: a pre-commit run that
    selects one pack pays for that pack only.
    """
    overrides = overrides or {}
    found: dict[str, tuple[Path, Any]] = {}
    known: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            raise RuleError(folder, "rules folder not found")
        for rule_id, f in rule_files(folder):
            known.append(rule_id)
            if keep(rule_id):
                found[rule_id] = (f, read_rule_file(f))
    for rid in overrides:
        if rid not in known:
            raise RuleError(overrides_source, "no such rule" + _suggest(rid, known),
                            f"rules.{rid}")
    rules = []
    for rule_id in sorted(found):
        f, data = found[rule_id]
        if rule_id in overrides:
            if not isinstance(data, dict):
                raise RuleError(f, "a rule file must be a YAML mapping of keys to values")
            extra = overrides[rule_id]
            if not isinstance(extra, dict):
                raise RuleError(overrides_source, "expected a mapping of rule keys",
                                f"rules.{rule_id}")
            try:
                rules.append(build_rule(rule_id, str(f), {**data, **extra}))
            except RuleError as exc:
                raise RuleError(overrides_source, f"override of {rule_id}: {exc}") from None
            continue
        rules.append(build_rule(rule_id, str(f), data))
    for rule in rules:
        for other in rule.defers_to:
            if other not in known:
                raise RuleError(rule.path, f"no such rule '{other}'" + _suggest(other, known),
                                "defers_to")
    return rules
