"""Finding and merging configuration.

Precedence, lowest first: built-in defaults, the config file (``.newslint.yml``
or ``.newslint.yaml`` found by walking up from the first linted path, else
``[tool.newslint]`` in the nearest ``pyproject.toml``), then command-line flags.
Unknown keys are errors (exit 2) naming the file and the key, as for rules.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lint.finding import LEVELS
from lint.rules import RuleError

CONFIG_NAMES = (".newslint.yml", ".newslint.yaml")

#: key -> (expected type, help) ; the help text doubles as documentation.
CONFIG_KEYS: dict[str, tuple[type, str]] = {
    "rule-paths": (list, "extra rule folders, each holding <Pack>/<Rule>.yml"),
    "builtin-rules": (bool, "load the built-in packs (default true)"),
    "select": (list, "rule ids or pack names to run (default: all)"),
    "ignore": (list, "rule ids or pack names to skip"),
    "rules": (dict, "per-rule overrides: {Rule.Id: {level: error, <key>: value}}"),
    "fail-on": (str, "lowest level that makes the exit status 1: " + " | ".join(LEVELS)),
    "exclude": (list, "glob patterns of paths not to lint"),
    "extensions": (list, "file endings linted when a directory is given"),
    "per-file-ignores": (dict, "{glob: [rule ids or packs]} ignored for matching paths"),
    "languagetool-url": (str, "LanguageTool server for the grammar rules"),
}


@dataclass
class Config:
    """Effective settings of one run."""

    source: str = "defaults"
    base_dir: Path = field(default_factory=Path.cwd)
    rule_paths: list[Path] = field(default_factory=list)
    builtin_rules: bool = True
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "error"
    exclude: list[str] = field(default_factory=list)
    extensions: list[str] = field(default_factory=lambda: [".txt", ".md", ".markdown",
                                                           ".html", ".htm"])
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    languagetool_url: str = ""


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a directory)."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (d / name).is_file():
                return d / name
        pp = d / "pyproject.toml"
        if pp.is_file() and _pyproject_section(pp) is not None:
            return pp
    return None


def _pyproject_section(path: Path) -> dict | None:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    section = data.get("tool", {}).get("newslint")
    return section if isinstance(section, dict) else None


def load_config(path: Path) -> Config:
    """Read and validate one config file."""
    if path.name == "pyproject.toml":
        data: Any = _pyproject_section(path) or {}
    else:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark else ""
            raise RuleError(path, f"invalid YAML: {where}{getattr(exc, 'problem', exc)}") \
                from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(path, f"cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(path, "the config must be a mapping of keys to values")
    cfg = Config(source=str(path), base_dir=path.parent)
    for key, value in data.items():
        key = str(key).replace("_", "-")
        if key not in CONFIG_KEYS:
            near = difflib.get_close_matches(key, list(CONFIG_KEYS), n=1)
            raise RuleError(path, "unknown config key" +
                            (f" (did you mean '{near[0]}'?)" if near else ""), key)
        want, _ = CONFIG_KEYS[key]
        if isinstance(value, str) and want is list:
            value = [value]
        if not isinstance(value, want):
            raise RuleError(path, f"expected a {want.__name__}, got {value!r}", key)
        apply_setting(cfg, key, value, path)
    return cfg


def apply_setting(cfg: Config, key: str, value: Any, source: Path | str) -> None:
    """Set one validated config key (also used for command-line overrides)."""
    if key == "rule-paths":
        cfg.rule_paths = [(cfg.base_dir / str(p)) for p in value]
    elif key == "fail-on":
        if value not in LEVELS:
            raise RuleError(source, f"'{value}' is not one of " + ", ".join(LEVELS), key)
        cfg.fail_on = value
    elif key == "extensions":
        cfg.extensions = [e if str(e).startswith(".") else f".{e}" for e in value]
    else:
        setattr(cfg, key.replace("-", "_"), value)


def selected(rule_id: str, select: list[str], ignore: list[str]) -> bool:
    """Whether a rule survives ``select``/``ignore`` (ids or pack prefixes)."""
    def hit(patterns: list[str]) -> bool:
        return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in patterns)

    return (not select or hit(select)) and not hit(ignore)
