"""Command-line interface: arguments, file discovery, reporting, exit codes.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage, config or rule errors (one line naming the file and the key).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from lint import __version__
from lint.config import Config, find_config, load_config, selected
from lint.engine import Engine, at_or_above
from lint.finding import LEVELS
from lint.inputs import InputProblem, discover, document_from_bytes
from lint.parallel import FileItem, TextItem, lint_all
from lint.postlint import PostLint
from lint.progress import Progress
from lint.report import FORMATS, Summary, get_reporter
from lint.rules import Rule, RuleError, builtin_rules_dir, load_rules

EPILOG = """\
examples:
  newslint article.txt                 lint one article, per-file report
  newslint articles/ --format json     a directory, machine-readable output
  cat a.txt | newslint -               lint standard input
  newslint --list-rules                every rule with its level and category
  newslint --explain Newslint.DuplicateHeadline
                                       what a rule looks for and why
  newslint --ignore Newslint.ReadabilityGrade,Newslint.CopiedText drafts/
  newslint --jsonl corpus.jsonl --jobs 2 --format json > findings.json
  newslint --diff article.txt          show the safe fixes; --fix applies them
  newslint --format sarif articles/ > newslint.sarif    (also: github, junit)

configuration: .newslint.yml (found by walking up from the first path) or
[tool.newslint] in pyproject.toml; flags override it. Keys: rule-paths, select,
ignore, rules (per-rule overrides), fail-on, exclude, extensions,
per-file-ignores, languagetool-url.

exit status: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage, configuration or rule error.
"""


class UsageError(Exception):
    """Bad command line: exit 2 with the message."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newslint", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Lint news articles for scraping and syndication defects: page "
                    "boilerplate, repeated headlines and paragraphs, garbled sentences, "
                    "unattributed quotes, off-topic paragraphs and copied text.",
        epilog=EPILOG)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories to lint; '-' reads standard input")
    p.add_argument("-f", "--format", choices=sorted(FORMATS), default=None,
                   help="output format (default: text)")
    p.add_argument("--fail-on", choices=LEVELS, default=None,
                   help="lowest level that makes the exit status 1 (default: error)")
    p.add_argument("--select", action="append", default=[], metavar="IDS",
                   help="run only these rules or packs (comma-separated, repeatable)")
    p.add_argument("--ignore", action="append", default=[], metavar="IDS",
                   help="skip these rules or packs (comma-separated, repeatable)")
    p.add_argument("--rules", action="append", default=[], metavar="DIR", dest="rule_dirs",
                   help="an extra rules folder holding <Pack>/<Rule>.yml (repeatable)")
    p.add_argument("--config", metavar="FILE", help="use this config file")
    p.add_argument("--no-config", action="store_true", help="ignore config files")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip paths matching this glob (repeatable)")
    p.add_argument("--stdin-filename", default="<stdin>", metavar="NAME",
                   help="name to report for '-' (its ending picks the format)")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="processes to lint with (default: all cores; 1: no process pool)")
    p.add_argument("--files-from", metavar="FILE",
                   help="also lint the paths listed in FILE, one per line ('-': stdin)")
    p.add_argument("--jsonl", action="store_true",
                   help="the inputs are JSONL corpora, one article per line; findings "
                        "name FILE:ID and the line within the article")
    p.add_argument("--jsonl-text", default="text", metavar="FIELD",
                   help="JSONL field holding the article text (default: text)")
    p.add_argument("--jsonl-id", default="id", metavar="FIELD",
                   help="JSONL field naming the article (default: id; else line number)")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress bar on stderr (shown only on a terminal, 50+ files)")
    p.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    p.add_argument("--explain", metavar="RULE",
                   help="explain a rule (Pack.Name, or the name alone) and exit")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text report (auto: on a terminal, unless NO_COLOR)")
    p.add_argument("--no-color", action="store_const", const="never", dest="color",
                   help="same as --color never")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="text format: only files with findings or notes")
    p.add_argument("--fix", action="store_true",
                   help="apply the safe fixes (rules with fix: true) and rewrite the files")
    p.add_argument("--diff", action="store_true",
                   help="print the fixes as a unified diff; write nothing (exit 1 if any)")
    p.add_argument("--baseline", metavar="FILE",
                   help="report and fail only on findings not recorded in FILE")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record today's findings in FILE (exit 0)")
    p.add_argument("--report-unused-suppressions", action="store_true",
                   help="warn about newslint-disable comments that silenced nothing")
    p.add_argument("--version", action="version", version=f"newslint {__version__}")
    return p


def _split(values: list[str]) -> list[str]:
    return [v.strip() for raw in values for v in raw.split(",") if v.strip()]


def make_config(args: argparse.Namespace) -> Config:
    """Config file (explicit or discovered) with command-line flags on top."""
    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise RuleError(path, "config file not found")
        cfg = load_config(path)
    elif args.no_config:
        cfg = Config()
    else:
        start = next((Path(p) for p in args.paths if p != "-" and Path(p).exists()),
                     Path.cwd())
        found = find_config(start)
        cfg = load_config(found) if found else Config()
    if args.fail_on:
        cfg.fail_on = args.fail_on
    if args.select:
        cfg.select = _split(args.select)
    cfg.ignore = cfg.ignore + _split(args.ignore)
    cfg.exclude = cfg.exclude + args.exclude
    for d in args.rule_dirs:
        cfg.rule_paths.append(Path(d))
    return cfg


def load_selected_rules(cfg: Config) -> list[Rule]:
    """Built-in packs plus configured folders, filtered by select/ignore."""
    folders = ([builtin_rules_dir()] if cfg.builtin_rules else []) + cfg.rule_paths
    return load_rules(folders, cfg.rules, cfg.source,
                      keep=lambda rid: selected(rid, cfg.select, cfg.ignore))


def list_rules(rules: list[Rule], out: TextIO) -> None:
    """One line per rule: id, level, category, check type and what it flags."""
    width = max((len(r.id) for r in rules), default=10)
    out.write(f"{'RULE':<{width}}  {'LEVEL':<10} {'CATEGORY':<12} {'TYPE':<13} SUMMARY\n")
    for r in rules:
        summary = " ".join(r.description.split())
        cut = summary.find(". ")
        summary = summary[:cut + 1] if 0 < cut < 90 else summary
        if len(summary) > 90:
            summary = summary[:89].rstrip() + "\u2026"
        out.write(f"{r.id:<{width}}  {r.level:<10} {r.category:<12} {r.extends:<13} "
                  f"{summary}\n")


def explain(rule_id: str, rules: list[Rule], out: TextIO) -> None:
    import inspect

    # the exact id, then any case, then the bare rule name when one pack has it
    # ("GarbledTruncation" for "Newslint.GarbledTruncation")
    match = [r for r in rules if r.id == rule_id] or \
        [r for r in rules if r.id.lower() == rule_id.lower()] or \
        [r for r in rules if r.id.lower().rpartition(".")[2] == rule_id.lower()]
    if len(match) > 1:
        raise UsageError(f"rule name '{rule_id}' is in several packs: "
                         + ", ".join(r.id for r in match) + "; give the pack too")
    if not match:
        import difflib

        near = difflib.get_close_matches(rule_id, [r.id for r in rules], n=1)
        raise UsageError(f"no rule '{rule_id}'" + (f" (did you mean '{near[0]}'?)"
                                                   if near else ""))
    r = match[0]
    out.write(f"{r.id}  ({r.level}, category {r.category})\n")
    out.write(f"file: {r.path}\n")
    out.write(f"message: {r.message}\n")
    if r.description:
        out.write(f"\n{r.description}\n")
    if r.defers_to:
        out.write(f"\ndefers to: {', '.join(r.defers_to)} (one finding where both flag "
                  "the same text)\n")
    if r.link:
        out.write(f"\nmore: {r.link}\n")
    settings = {k: v for k, v in r.options.items() if v not in (None, [], {}, "")}
    if settings:
        out.write("\nsettings:\n")
        for k, v in settings.items():
            out.write(f"  {k}: {v!r}\n"[:300])
    doc = inspect.getdoc(r.check_class) or ""
    out.write(f"\ncheck type '{r.extends}':\n\n{doc}\n")
    if r.check_class and r.check_class.keys:
        out.write("\nkeys:\n")
        for k, spec in r.check_class.keys.items():
            out.write(f"  {k:<18} {spec.help}\n")


def work_items(args: argparse.Namespace, cfg: Config, notes: list[str],
               missing: list[str]) -> tuple[Iterator, int | None]:
    """What to lint, as work items for lint.parallel, and how many (None: unknown).

    Named paths that do not exist go to ``missing``: they are still reported
    (skipped, with a note) but make the run exit 2, so a typo in a CI script
    fails the build instead of passing it unlinted.
    """
    paths = list(args.paths)
    if args.files_from:
        if args.files_from == "-" and "-" in paths:
            raise UsageError("'-' cannot be both --files-from and an input")
        try:
            listed = sys.stdin.read() if args.files_from == "-" else \
                Path(args.files_from).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"--files-from {args.files_from}: "
                             f"{getattr(exc, 'strerror', None) or exc}") from None
        paths += [ln.strip() for ln in listed.splitlines()
                  if ln.strip() and not ln.lstrip().startswith("#")]
    if args.jsonl:
        from lint.jsonl import records

        def jsonl_items() -> Iterator:
            for p in paths:
                yield from records(p, args.jsonl_text, args.jsonl_id,
                                   args.stdin_filename if p == "-" else None)
        return jsonl_items(), None
    named = [p for p in paths if p != "-"]
    files, problems = discover(named, tuple(cfg.extensions), cfg.exclude)
    notes.extend(str(p) for p in problems)
    missing.extend(p for p in named if not os.path.lexists(p))

    def items() -> Iterator:
        if "-" in paths:
            try:
                doc = document_from_bytes(args.stdin_filename, sys.stdin.buffer.read())
                yield TextItem(doc.path, doc.source, notes=doc.notes)
            except InputProblem as exc:
                yield exc
        yield from (FileItem(f) for f in files)
    return items(), len(files) + ("-" in paths)


def use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def run(args: argparse.Namespace) -> int:
    cfg = make_config(args)
    rules = load_selected_rules(cfg)
    out = sys.stdout
    if args.list_rules:
        list_rules(rules, out)
        return 0
    if args.explain:
        explain(args.explain, rules, out)
        return 0
    if not args.paths and not args.files_from:
        raise UsageError("no files given (try: newslint article.txt, or '-' for stdin)")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    engine = Engine(rules, context={"languagetool_url": cfg.languagetool_url,
                                    "per_file_ignores": cfg.per_file_ignores,
                                    "config_dir": str(cfg.base_dir),
                                    "report_unused_suppressions":
                                        args.report_unused_suppressions})
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true"
                          and "github" in FORMATS else "text")
    reporter = get_reporter(fmt)(out, rules, color=use_color(args.color, out),
                                 version=__version__)
    summary = Summary()
    failing = 0
    post = PostLint(args, engine, summary, out)    # --fix/--diff, baselines
    reporter = post.reporter(reporter)
    missing: list[str] = []
    items, total = work_items(args, cfg, summary.notes, missing)
    bar = Progress(total, enabled=False if args.no_progress else None)
    results = lint_all(engine, items, args.jobs, on_result=bar.update, notes=summary.notes)
    for result in results:
        bar.close()
        result = post(result)
        summary.add(result)
        failing += at_or_above(result.findings, cfg.fail_on)
        if args.quiet and not (result.findings or result.notes):
            continue
        reporter.file(result)
    bar.close()
    summary.notes.extend(engine.run_notes())
    post.finish(__version__)
    reporter.finish(summary)
    if missing:
        print(f"newslint: not found, so not linted: {', '.join(missing)}", file=sys.stderr)
        return 2
    return post.exit_code(1 if failing else 0)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args)
    except (RuleError, UsageError) as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
