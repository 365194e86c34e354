"""Rules from YAML: ids from paths, rule folders, strict validation (exit 2 with one
line naming the file and the key) and runaway regexes."""

from __future__ import annotations

import pytest
from conftest import lint_text, make_rule, write_rule

import lint.patterns as patterns
from lint.rules import RuleError, builtin_rules_dir, load_rules, rule_files

GOOD = "extends: existence\nmessage: \"Found '%s'\"\ntokens: [bridge]\n"


def test_rule_id_is_pack_dot_file_name(tmp_path):
    write_rule(tmp_path, "House.Bridges", GOOD)
    (tmp_path / "House" / "notes.txt").write_text("not a rule")
    (tmp_path / "loose.yml").write_text(GOOD)            # not inside a pack: ignored
    assert [rid for rid, _ in rule_files(tmp_path)] == ["House.Bridges"]
    [rule] = load_rules([tmp_path])
    assert (rule.id, rule.pack, rule.level, rule.category) == (
        "House.Bridges", "House", "warning", "style")


def test_yaml_extension_also_loads(tmp_path):
    f = tmp_path / "House" / "Other.yaml"
    f.parent.mkdir()
    f.write_text(GOOD)
    assert [r.id for r in load_rules([tmp_path])] == ["House.Other"]


def test_later_folder_wins_on_the_same_id(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_rule(a, "House.Rule", GOOD)
    write_rule(b, "House.Rule", GOOD.replace("bridge", "river"))
    [rule] = load_rules([a, b])
    assert rule.options["tokens"] == ["river"]


def test_rules_that_are_not_kept_are_not_parsed(tmp_path):
    write_rule(tmp_path, "House.Good", GOOD)
    write_rule(tmp_path, "House.Broken", "extends: [unclosed\n")
    assert [r.id for r in load_rules([tmp_path], keep=lambda rid: rid == "House.Good")] == [
        "House.Good"]
    with pytest.raises(RuleError, match="Broken"):
        load_rules([tmp_path])


def test_missing_rules_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="not found"):
        load_rules([tmp_path / "nope"])


def test_builtin_rules_are_found_and_valid():
    folder = builtin_rules_dir()
    rules = load_rules([folder])
    ids = {r.id for r in rules}
    assert {"Newslint.DuplicateHeadline", "Newslint.DuplicateParagraph"} <= ids
    for r in rules:
        assert r.id.startswith("Newslint.") or r.pack
        assert r.description, f"{r.id} has no description"


def test_overrides_change_level_and_keys(tmp_path):
    write_rule(tmp_path, "House.Rule", GOOD)
    [rule] = load_rules([tmp_path], {"House.Rule": {"level": "error", "tokens": ["river"]}})
    assert (rule.level, rule.options["tokens"]) == ("error", ["river"])


def test_override_of_unknown_rule_names_the_source(tmp_path):
    write_rule(tmp_path, "House.Rule", GOOD)
    with pytest.raises(RuleError) as exc:
        load_rules([tmp_path], {"House.Rul": {"level": "error"}}, ".newslint.yml")
    assert ".newslint.yml" in str(exc.value) and "House.Rule" in str(exc.value)


def test_bad_override_value_is_reported(tmp_path):
    write_rule(tmp_path, "House.Rule", GOOD)
    with pytest.raises(RuleError, match="level"):
        load_rules([tmp_path], {"House.Rule": {"level": "loud"}}, ".newslint.yml")


# -- strict validation through the command line ---------------------------------

BAD_RULES = {
    "unknown key": ("extends: existence\nmessage: x\ntokenz: [a]\n", "tokenz",
                    "did you mean 'tokens'"),
    "wrong type": ("extends: existence\nmessage: x\ntokens: abc\n", "tokens", "list"),
    "wrong bool": ("extends: existence\nmessage: x\nignorecase: 'yes'\ntokens: [a]\n",
                   "ignorecase", "true/false"),
    "bad regex": ("extends: existence\nmessage: x\ntokens: ['(a']\n", "tokens", "regex"),
    "bad raw regex": ("extends: existence\nmessage: x\nraw: ['(a', 'b']\n", "raw", "regex"),
    "bad swap regex": ("extends: substitution\nmessage: x\nswap: {'(a': b}\n", "swap", "regex"),
    "missing message": ("extends: existence\ntokens: [a]\n", "message", "missing"),
    "missing extends": ("message: x\ntokens: [a]\n", "extends", "missing"),
    "unknown extends": ("extends: existance\nmessage: x\ntokens: [a]\n", "extends",
                        "did you mean 'existence'"),
    "bad level": ("extends: existence\nmessage: x\nlevel: warn\ntokens: [a]\n", "level",
                  "did you mean 'warning'"),
    "bad category": ("extends: existence\nmessage: x\ncategory: styl\ntokens: [a]\n",
                     "category", "did you mean 'style'"),
    "bad scope": ("extends: existence\nmessage: x\nscope: sentance\ntokens: [a]\n", "scope",
                  "did you mean 'sentence'"),
    "negative limit": ("extends: existence\nmessage: x\nlimit: -1\ntokens: [a]\n", "limit",
                       "0"),
}


@pytest.mark.parametrize("name", sorted(BAD_RULES))
def test_invalid_rule_exits_2_with_one_line_naming_file_and_key(tmp_path, cli, name):
    body, key, hint = BAD_RULES[name]
    write_rule(tmp_path / "rules", "House.Bad", body)
    (tmp_path / "a.txt").write_text("A bridge.\n")
    res = cli("--no-config", "--rules", tmp_path / "rules", "--select", "House",
              tmp_path / "a.txt")
    assert res.code == 2
    assert res.out == ""
    lines = res.err.strip().splitlines()
    assert len(lines) == 1, res.err
    assert "Bad.yml" in lines[0]
    assert f"'{key}'" in lines[0]
    assert hint in lines[0]


@pytest.mark.parametrize("body", [
    "extends: existence\nmessage: \"x\ntokens: [a\n",
    "extends: existence\n  message: x\n",
    "- a list\n- not a mapping\n",
    "",
])
def test_malformed_yaml_exits_2_with_one_line(tmp_path, cli, body):
    write_rule(tmp_path / "rules", "House.Bad", body)
    res = cli("--no-config", "--rules", tmp_path / "rules", "--list-rules")
    assert res.code == 2
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and "Bad.yml" in lines[0], res.err
    assert "Traceback" not in res.err


def test_yaml_syntax_error_names_the_line(tmp_path, cli):
    write_rule(tmp_path / "rules", "House.Bad", "extends: existence\nmessage: x\ntokens:\n\t- a\n")
    res = cli("--no-config", "--rules", tmp_path / "rules", "--list-rules")
    assert res.code == 2 and "line " in res.err and "invalid YAML" in res.err


# -- runaway regexes --------------------------------------------------------------

def test_runaway_regex_is_stopped_and_other_findings_survive(monkeypatch):
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.05)
    runaway = make_rule("existence", rule_id="House.Runaway", nonword=True, scope="line",
                        raw=["(a|aa)+$"])
    sane = make_rule("existence", rule_id="House.Bridge", tokens=["bridge"])
    text = "The bridge opened.\n" + "a" * 60 + "b\nAnother bridge.\n"
    result = lint_text(text, runaway, sane)
    assert [(f.rule, f.line) for f in result.findings] == [("House.Bridge", 1),
                                                           ("House.Bridge", 3)]
    assert len(result.notes) == 1
    assert "House.Runaway" in result.notes[0] and "stopped" in result.notes[0]


def test_runaway_note_reaches_the_report(tmp_path, cli, monkeypatch):
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.05)
    write_rule(tmp_path / "rules", "House.Runaway",
               "extends: existence\nmessage: x\nscope: line\nraw: ['(a|aa)+$']\n")
    write_rule(tmp_path / "rules", "House.Bridge", GOOD)
    f = tmp_path / "a.txt"
    f.write_text("The bridge opened.\n" + "a" * 60 + "b\n")
    res = cli("--no-config", "--rules", tmp_path / "rules", "--select", "House",
              "--format", "json", f)
    import json

    report = json.loads(res.out)
    [entry] = report["files"]
    assert [x["rule"] for x in entry["findings"]] == ["House.Bridge"]
    assert any("House.Runaway" in n for n in entry["notes"])


def test_engine_reuses_the_check_built_for_validation():
    """Set-up runs once per rule in a normal run: validation's instance joins the run."""
    from conftest import make_rule

    rule = make_rule("existence", tokens=["bridge"])
    validated = rule._validated
    assert validated is not None
    first = rule.instantiate({"k": 1})
    assert first is validated and first.context == {"k": 1}
    second = rule.instantiate({"k": 2})
    assert second is not validated and second.context == {"k": 2}


# -- defers_to: one defect, one finding --------------------------------------------------

def _tokens_rule(rule_id: str, token: str, **keys):
    return make_rule("existence", rule_id=rule_id, path=f"{rule_id.replace('.', '/')}.yml",
                     tokens=[token], **keys)


def test_a_deferring_rule_drops_its_finding_where_the_other_flags_the_same_text():
    wide = _tokens_rule("House.Wide", r"Related stories", defers_to=["House.Narrow"])
    narrow = _tokens_rule("House.Narrow", "stories")
    found = lint_text("Related stories\n\nRelated links\n", wide, narrow)
    assert [(f.rule, f.line) for f in found.findings] == [("House.Narrow", 1)]


def test_a_deferring_rule_keeps_findings_the_other_rule_does_not_cover():
    wide = _tokens_rule("House.Wide", r"Related \w+", defers_to="House.Narrow")
    narrow = _tokens_rule("House.Narrow", "stories")
    found = lint_text("Related stories\n\nRelated links\n", wide, narrow)
    assert [(f.rule, f.line) for f in found.findings] == [
        ("House.Narrow", 1), ("House.Wide", 3)]
    # and everywhere when the other rule is not run
    alone = lint_text("Related stories\n\nRelated links\n", wide)
    assert [(f.rule, f.line) for f in alone.findings] == [("House.Wide", 1), ("House.Wide", 3)]


@pytest.mark.parametrize("value,error", [
    (["House.Nope"], "no such rule 'House.Nope'"),
    (["House.Othr"], "did you mean 'House.Other'"),
    (["Bare"], "expected rule ids like 'Pack.Rule'"),
    ([3], "expected rule ids"),
    (["House.Self"], "cannot defer to itself"),
])
def test_bad_defers_to_is_an_error_naming_the_key(tmp_path, value, error):
    import yaml

    write_rule(tmp_path, "House.Other", GOOD)
    write_rule(tmp_path, "House.Self", GOOD + yaml.safe_dump({"defers_to": value}))
    with pytest.raises(RuleError, match="defers_to") as info:
        load_rules([tmp_path])
    assert error in str(info.value)


def test_explain_names_the_rules_a_rule_defers_to(cli):
    out = cli("--explain", "Newslint.RelatedStories").out
    assert "defers to: Newslint.OffTopic" in out
