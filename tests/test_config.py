"""Configuration: finding `.newslint.yml` / `[tool.newslint]`, validating it, and how
its keys merge with command-line flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_rule

from lint.config import Config, find_config, load_config, selected
from lint.rules import RuleError

BRIDGE = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: warning\nscope: line\n"
          "tokens: [bridge]\n")
RIVER = ("extends: existence\nmessage: \"Found '%s'\"\nlevel: suggestion\nscope: line\n"
         "tokens: [river]\n")
ARTICLE = "The bridge crosses the river.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with its own rules folder and an article two folders down."""
    write_rule(tmp_path / "house-rules", "House.Bridge", BRIDGE)
    write_rule(tmp_path / "house-rules", "House.River", RIVER)
    write_rule(tmp_path / "house-rules", "Other.River", RIVER)
    art = tmp_path / "articles" / "2024"
    art.mkdir(parents=True)
    (art / "a.txt").write_text(ARTICLE)
    return tmp_path


def rules_hit(cli, *args) -> tuple[int, list[tuple[str, str]]]:
    res = cli("--format", "json", *args)
    assert res.code in (0, 1), res.err
    report = json.loads(res.out)
    return res.code, [(x["rule"], x["severity"]) for f in report["files"]
                      for x in f["findings"]]


BASE = "builtin-rules: false\nrule-paths: [house-rules]\n"


# -- discovery -----------------------------------------------------------------

def test_config_is_found_by_walking_up(project):
    cfg_file = project / ".newslint.yml"
    cfg_file.write_text(BASE)
    assert find_config(project / "articles" / "2024" / "a.txt") == cfg_file
    assert find_config(project / "articles") == cfg_file


def test_nearest_config_wins_and_yml_beats_pyproject_in_one_folder(project):
    (project / ".newslint.yml").write_text(BASE)
    (project / "articles" / "pyproject.toml").write_text("[tool.newslint]\nfail-on = 'warning'\n")
    assert find_config(project / "articles" / "2024") == project / "articles" / "pyproject.toml"
    (project / "articles" / ".newslint.yaml").write_text("fail-on: error\n")
    assert find_config(project / "articles" / "2024") == project / "articles" / ".newslint.yaml"


def test_pyproject_without_section_is_passed_over(project):
    (project / ".newslint.yml").write_text(BASE)
    (project / "articles" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(project / "articles" / "a.txt") == project / ".newslint.yml"


def test_pyproject_section(project, cli):
    (project / "pyproject.toml").write_text(
        "[tool.newslint]\nbuiltin-rules = false\nrule-paths = ['house-rules']\n"
        "select = ['House']\n")
    _, hits = rules_hit(cli, project / "articles")
    assert hits == [("House.Bridge", "warning"), ("House.River", "suggestion")]


def test_no_config_flag_ignores_the_file(project, cli):
    (project / ".newslint.yml").write_text("not-a-key: true\n")
    target = project / "articles" / "2024" / "a.txt"
    assert cli("--select", "Newslint.DuplicateHeadline", target).code == 2
    assert cli("--no-config", "--select", "Newslint.DuplicateHeadline", target).code == 0


def test_explicit_config_file(project, cli, tmp_path):
    other = tmp_path / "elsewhere.yml"
    other.write_text("builtin-rules: false\nrule-paths: [house-rules]\nselect: [House.River]\n")
    _, hits = rules_hit(cli, "--config", other, project / "articles")
    assert hits == [("House.River", "suggestion")]
    res = cli("--config", tmp_path / "missing.yml", project / "articles")
    assert res.code == 2 and "missing.yml" in res.err


# -- keys and merging ----------------------------------------------------------------

def test_rule_paths_are_relative_to_the_config_file(project, cli, monkeypatch):
    (project / ".newslint.yml").write_text(BASE)
    monkeypatch.chdir(project / "articles")
    _, hits = rules_hit(cli, "2024/a.txt")
    assert ("House.Bridge", "warning") in hits


def test_select_and_ignore_by_id_or_pack(project, cli):
    (project / ".newslint.yml").write_text(BASE + "select: [House]\nignore: [House.River]\n")
    _, hits = rules_hit(cli, project / "articles")
    assert hits == [("House.Bridge", "warning")]


def test_cli_select_overrides_and_ignore_adds(project, cli):
    (project / ".newslint.yml").write_text(BASE + "select: [House]\nignore: [House.River]\n")
    _, hits = rules_hit(cli, "--select", "House,Other", "--ignore", "House.Bridge",
                        project / "articles")
    assert hits == [("Other.River", "suggestion")]


def test_per_rule_level_and_parameter_overrides(project, cli):
    (project / ".newslint.yml").write_text(
        BASE + "select: [House]\nrules:\n  House.Bridge: {level: error, tokens: [crosses]}\n")
    res = cli("--format", "json", project / "articles")
    report = json.loads(res.out)
    [f] = [x for x in report["files"][0]["findings"] if x["rule"] == "House.Bridge"]
    assert (f["severity"], f["match"]) == ("error", "crosses")
    assert res.code == 1


def test_override_of_a_missing_rule_is_an_error(project, cli):
    (project / ".newslint.yml").write_text(BASE + "rules:\n  House.Brige: {level: error}\n")
    res = cli(project / "articles")
    assert res.code == 2
    assert ".newslint.yml" in res.err and "House.Brige" in res.err and "House.Bridge" in res.err


def test_fail_on_from_config_and_cli_override(project, cli):
    (project / ".newslint.yml").write_text(BASE + "select: [House]\nfail-on: warning\n")
    assert cli(project / "articles").code == 1
    assert cli("--fail-on", "error", project / "articles").code == 0
    (project / ".newslint.yml").write_text(BASE + "select: [House]\n")
    assert cli(project / "articles").code == 0
    assert cli("--fail-on", "suggestion", project / "articles").code == 1


def test_exclude_globs_from_config_and_cli(project, cli):
    (project / "articles" / "2024" / "draft-b.txt").write_text(ARTICLE)
    (project / "articles" / "2024" / "c.md").write_text(ARTICLE)
    (project / ".newslint.yml").write_text(BASE + "select: [House]\nexclude: ['draft-*']\n")
    res = cli("--format", "json", project / "articles")
    assert [Path(f["path"]).name for f in json.loads(res.out)["files"]] == ["a.txt", "c.md"]
    res = cli("--format", "json", "--exclude", "*.md", project / "articles")
    assert [Path(f["path"]).name for f in json.loads(res.out)["files"]] == ["a.txt"]


@pytest.mark.parametrize("body, key", [
    ("fail_on: loud\n", "fail-on"),
    ("selct: [House]\n", "selct"),
    ("select: 3\n", "select"),
    ("rules: [a]\n", "rules"),
    ("exclude: {a: b}\n", "exclude"),
])
def test_bad_config_exits_2_naming_file_and_key(project, cli, body, key):
    (project / ".newslint.yml").write_text(body)
    res = cli(project / "articles")
    assert res.code == 2
    [line] = res.err.strip().splitlines()
    assert ".newslint.yml" in line and f"'{key}'" in line


def test_unknown_key_suggests_the_near_name(tmp_path):
    f = tmp_path / ".newslint.yml"
    f.write_text("selct: [House]\n")
    with pytest.raises(RuleError, match="did you mean 'select'"):
        load_config(f)


def test_malformed_config_yaml(project, cli):
    (project / ".newslint.yml").write_text("select: [House\n")
    res = cli(project / "articles")
    assert res.code == 2 and "invalid YAML" in res.err and "Traceback" not in res.err


def test_load_config_values(tmp_path):
    f = tmp_path / ".newslint.yml"
    f.write_text("rule-paths: [r]\nselect: House\nfail-on: suggestion\nextensions: [txt]\n"
                 "languagetool_url: http://localhost:8081\n")
    cfg = load_config(f)
    assert cfg.rule_paths == [tmp_path / "r"]
    assert cfg.select == ["House"]
    assert cfg.fail_on == "suggestion"
    assert cfg.extensions == [".txt"]
    assert cfg.languagetool_url == "http://localhost:8081"
    assert Config().fail_on == "error" and Config().builtin_rules


@pytest.mark.parametrize("rule_id, select, ignore, keep", [
    ("House.Bridge", [], [], True),
    ("House.Bridge", ["House"], [], True),
    ("House.Bridge", ["House."], [], True),
    ("House.Bridge", ["Hous"], [], False),
    ("House.Bridge", ["Other", "House.Bridge"], [], True),
    ("House.Bridge", [], ["House"], False),
    ("House.Bridge", ["House"], ["House.Bridge"], False),
    ("House.Bridges", ["House.Bridge"], [], False),
])
def test_selected(rule_id, select, ignore, keep):
    assert selected(rule_id, select, ignore) is keep
