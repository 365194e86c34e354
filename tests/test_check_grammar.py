"""The grammar check type and its LanguageTool client.

LanguageTool itself is not needed: its /v2/check answers (hand-written in the
server's JSON format, fixtures/grammar/) are converted directly, or served by a
tiny fake server on 127.0.0.1 to exercise the real HTTP path. One integration
test talks to a real server when NEWSLINT_LANGUAGETOOL_URL names one.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from conftest import FIXTURES, ROOT, make_rule

from lint.checks.grammar import service_of
from lint.engine import Engine
from lint.inputs import document_from_text
from lint.languagetool import (
    ENV_URL,
    Client,
    LanguageToolUnavailable,
    LTMatch,
    Service,
    api_base,
    local_install,
    parse_answer,
    resolve_url,
    start_local_server,
)
from lint.rules import RuleError

GRAMMAR_DIR = FIXTURES / "grammar"
ARTICLE = (GRAMMAR_DIR / "article.txt").read_text(encoding="utf-8")
RECORDED: dict[str, Any] = json.loads((GRAMMAR_DIR / "recorded_answers.json")
                                      .read_text(encoding="utf-8"))
#: a real server for the integration test (read before the fixtures clear the variable)
REAL_URL = os.environ.get(ENV_URL, "")
LANGUAGES = json.loads((GRAMMAR_DIR / "languages.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def no_languagetool_env(monkeypatch, tmp_path):
    """No server from the environment and no local install, unless a test adds one."""
    monkeypatch.delenv(ENV_URL, raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-lt-here"))


def grammar_rule(**keys: Any):
    keys.setdefault("category", "grammar")
    return make_rule("grammar", rule_id="Test.Grammar", path="Test/Grammar.yml", **keys)


def closed_port() -> int:
    """A localhost port with nobody listening (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- a fake LanguageTool ---------------------------------------------------------
class FakeLT:
    """Answers /v2/languages and /v2/check from recorded answers; counts requests."""

    def __init__(self, answers: dict[str, Any], check_status: int = 200) -> None:
        self.answers = answers
        self.check_status = check_status
        self.checks: list[dict[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, payload: Any) -> None:
                body = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path.startswith("/v2/languages"):
                    self._send(200, LANGUAGES)
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
                if not self.path.startswith("/v2/check"):
                    self._send(404, {"error": "not found"})
                    return
                fake.checks.append(form)
                if fake.check_status != 200:
                    self._send(fake.check_status, {"error": "internal"})
                    return
                self._send(200, fake.answers.get(form.get("text", ""), {"matches": []}))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)

    def __enter__(self) -> FakeLT:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_lt() -> Iterator[FakeLT]:
    with FakeLT(RECORDED) as lt:
        yield lt


def lint_with(rules: list, texts: list[str], url: str) -> tuple[Engine, list]:
    engine = Engine(rules, context={"languagetool_url": url})
    results = [engine.lint(document_from_text(f"a{i}.txt", t)) for i, t in enumerate(texts)]
    return engine, results


# -- converting answers ------------------------------------------------------------
def test_parse_answer_reads_positions_ids_and_replacements():
    text = next(iter(RECORDED))
    matches = parse_answer(RECORDED[text], text)
    assert [(text[m.offset:m.offset + m.length], m.rule_id, m.category_id) for m in matches] \
        == [("city's", "EN_QUOTES", "TYPOGRAPHY"),
            ("bridges is", "PLURAL_SUBJECT_SINGULAR_VERB", "GRAMMAR")]
    assert matches[1].replacements == ("bridges are",)
    assert matches[1].message.startswith("The verb 'is'")
    assert matches[1].issue_type == "grammar"


def test_parse_answer_converts_utf16_offsets_after_astral_characters():
    text = "Fans cheered \U0001F600 as the team were late."
    utf16_offset = len(text[:text.index("were")].encode("utf-16-le")) // 2
    answer = {"matches": [{"offset": utf16_offset, "length": 4, "message": "m",
                           "rule": {"id": "R", "category": {"id": "GRAMMAR"}}}]}
    (m,) = parse_answer(answer, text)
    assert text[m.offset:m.offset + m.length] == "were"


def test_parse_answer_drops_malformed_entries_and_clamps():
    text = "Short text."
    answer = {"matches": [{"message": "no offset"}, "junk",
                          {"offset": 6, "length": 99, "rule": {"id": "X"}}]}
    (m,) = parse_answer(answer, text)
    assert (m.offset, m.length, m.rule_id, m.category_id, m.replacements) == (6, 5, "X", "", ())


def test_to_matches_maps_offsets_from_the_span_start_and_fills_args():
    check = grammar_rule(categories=["GRAMMAR"]).instantiate()
    found = [LTMatch(4, 7, "Agreement.", "AGR", "GRAMMAR", ("are", "were"))]
    (m,) = list(check.to_matches(100, found))
    assert (m.start, m.end) == (104, 111)
    assert m.args == ("Agreement.", "AGR", "GRAMMAR", "are")
    assert m.fix == "are"


# -- choosing what to report -----------------------------------------------------------
MIX = [LTMatch(0, 1, "a", "AGR", "GRAMMAR"), LTMatch(2, 1, "b", "MORFOLOGIK_RULE_EN_US", "TYPOS"),
       LTMatch(4, 1, "c", "EN_QUOTES", "TYPOGRAPHY"), LTMatch(6, 1, "d", "A_AN", "GRAMMAR")]


@pytest.mark.parametrize("keys, expected", [
    ({}, ["AGR", "MORFOLOGIK_RULE_EN_US", "EN_QUOTES", "A_AN"]),
    ({"categories": ["GRAMMAR"]}, ["AGR", "A_AN"]),
    ({"categories": ["grammar"]}, ["AGR", "A_AN"]),
    ({"rules": ["EN_QUOTES"]}, ["EN_QUOTES"]),
    ({"categories": ["TYPOS"], "rules": ["A_AN"]}, ["MORFOLOGIK_RULE_EN_US", "A_AN"]),
    ({"categories": ["GRAMMAR"], "disabled_rules": ["A_AN"]}, ["AGR"]),
    ({"disabled_categories": ["TYPOS", "TYPOGRAPHY"]}, ["AGR", "A_AN"]),
])
def test_rule_selects_by_category_and_rule_id(keys, expected):
    check = grammar_rule(**keys).instantiate()
    assert [m.rule_id for m in MIX if check.wanted(m)] == expected


def test_request_parameters_enable_and_disable_rule_ids():
    check = grammar_rule(rules=["B_RULE", "A_RULE"], disabled_rules=["X"], language="en-GB")
    params = check.instantiate().params
    assert params == {"language": "en-GB", "enabledRules": "A_RULE,B_RULE",
                      "disabledRules": "X"}


@pytest.mark.parametrize("keys", [{"categories": [3]}, {"rules": [""]},
                                  {"categories": "GRAMMAR"}, {"language": 5}])
def test_bad_keys_are_rule_errors(keys):
    with pytest.raises(RuleError):
        grammar_rule(**keys)


# -- the real HTTP path, against the fake server ---------------------------------------
def golden() -> list[str]:
    return (GRAMMAR_DIR / "expected.txt").read_text(encoding="utf-8").split()


def test_article_findings_match_the_golden_file(fake_lt):
    rule = grammar_rule(categories=["GRAMMAR"])
    engine = Engine([rule], context={"languagetool_url": fake_lt.url})
    result = engine.lint(document_from_text("article.txt", ARTICLE))
    got = [f"article.txt:{f.line}:{f.column}:{f.rule}" for f in result.findings]
    assert got == golden()
    assert result.findings[0].match == "bridges is"
    assert engine.run_notes() == []


def test_quotes_and_headline_are_checked_when_asked(fake_lt):
    rule = grammar_rule(categories=["GRAMMAR"], skip_quotes=False)
    _, (result,) = lint_with([rule], [ARTICLE], fake_lt.url)
    assert [f.match for f in result.findings] == ["bridges is", "We was", "bridges is"]


def test_each_distinct_paragraph_is_sent_once_per_run(fake_lt):
    rule = grammar_rule(categories=["GRAMMAR"])
    other = grammar_rule(categories=["MISC"])
    _, results = lint_with([rule, other], [ARTICLE, ARTICLE], fake_lt.url)
    sent = [c["text"] for c in fake_lt.checks]
    # headline (skipped) and the repeated paragraph are not sent again; the
    # second rule and the second file reuse the answers
    assert sorted(sent) == sorted(RECORDED)
    assert [f.match for f in results[1].findings] == ["bridges is", "the the", "bridges is"]


def test_request_carries_language_and_rule_parameters(fake_lt):
    rule = grammar_rule(rules=["WE_WAS"], disabled_rules=["EN_QUOTES"], language="en-GB")
    lint_with([rule], ["The mayor said the work was finished early."], fake_lt.url)
    (form,) = fake_lt.checks
    assert (form["language"], form["enabledRules"], form["disabledRules"]) == \
        ("en-GB", "WE_WAS", "EN_QUOTES")


def test_server_url_may_include_v2_and_env_is_used_without_config(fake_lt, monkeypatch):
    monkeypatch.setenv(ENV_URL, fake_lt.url + "/v2/")
    _, (result,) = lint_with([grammar_rule(categories=["GRAMMAR"])], [ARTICLE], "")
    assert len(result.findings) == 2


def test_failure_mid_run_stops_grammar_with_one_note():
    with FakeLT(RECORDED, check_status=500) as lt:
        rules = [grammar_rule(categories=["GRAMMAR"]), grammar_rule(rules=["X"])]
        engine, results = lint_with(rules, [ARTICLE, ARTICLE, ARTICLE], lt.url)
    assert all(not r.findings for r in results)
    # the file where it failed says why (as the rule's failure); later files are quiet
    (file_note,) = results[0].notes
    assert "HTTP 500" in file_note and "grammar checking stops here" in file_note
    assert results[1].notes == results[2].notes == []
    assert len(lt.checks) == 1
    (note,) = engine.run_notes()
    assert note.startswith("grammar rules stopped at a0.txt (file 1)") and "HTTP 500" in note


# -- skipping when there is no LanguageTool ------------------------------------------------
def test_no_server_configured_skips_with_one_note_for_the_run():
    rules = [grammar_rule(categories=["GRAMMAR"]), grammar_rule(categories=["TYPOS"])]
    engine, results = lint_with(rules, [ARTICLE, ARTICLE], "")
    assert all(not r.findings and not r.notes for r in results)
    (note,) = engine.run_notes()
    assert note.startswith("grammar rules skipped: no LanguageTool server configured")
    assert ENV_URL in note


def test_refused_connection_skips_with_one_note():
    port = closed_port()
    engine, results = lint_with([grammar_rule()], [ARTICLE, ARTICLE],
                                f"http://127.0.0.1:{port}")
    assert all(not r.findings and not r.notes for r in results)
    (note,) = engine.run_notes()
    assert "connection refused" in note and str(port) in note
    svc = service_of(engine.context)
    assert svc is not None and svc.client() is None


def test_a_server_that_never_answers_times_out():
    with socket.socket() as listener:          # listens, never accepts or answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        client = Client(f"http://127.0.0.1:{port}/v2", read_timeout=0.2)
        with pytest.raises(LanguageToolUnavailable, match="timed out"):
            client.probe()
        with pytest.raises(LanguageToolUnavailable, match="timed out"):
            client.check("Some text to check.", {"language": "en-US"})


def test_off_setting_wins_over_the_environment(fake_lt, monkeypatch):
    monkeypatch.setenv(ENV_URL, fake_lt.url)
    engine, (result,) = lint_with([grammar_rule()], [ARTICLE], "off")
    assert not result.findings and fake_lt.checks == []
    assert engine.run_notes() == ["grammar rules skipped: LanguageTool is turned off "
                                  f"(languagetool-url or {ENV_URL} says so)"]


def test_cli_prints_the_note_once_and_exits_zero(cli, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    res = cli("--no-config", "--select", "Newslint.Grammar", "--fail-on", "suggestion",
              art, tmp_path / "b.txt")
    assert res.code == 0
    assert res.out.count("grammar rules skipped") == 1


def test_process_pool_resolves_once_and_notes_once(cli, tmp_path):
    paths = []
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        paths.append(tmp_path / f"{name}.txt")
    res = cli("--no-config", "--select", "Newslint.Grammar", "--jobs", "2", *paths)
    assert res.code == 0
    assert res.out.count("grammar rules skipped") == 1


def test_process_pool_reports_grammar_findings(cli, tmp_path, fake_lt):
    (tmp_path / ".newslint.yml").write_text(f"languagetool-url: {fake_lt.url}\n")
    paths = []
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        paths.append(tmp_path / f"{name}.txt")
    res = cli("--select", "Newslint.Grammar", "--jobs", "2", "--format", "json", *paths)
    report = json.loads(res.out)
    assert [[f["line"] for f in file["findings"]] for file in report["files"]] == \
        [[3, 9]] * 3


def test_cli_uses_the_config_key(cli, tmp_path, fake_lt):
    (tmp_path / ".newslint.yml").write_text(f"languagetool-url: {fake_lt.url}\n")
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = cli("--select", "Newslint.Grammar", "--format", "json", art)
    report = json.loads(res.out)
    assert [(f["line"], f["category"]) for f in report["files"][0]["findings"]] == \
        [(3, "grammar"), (9, "grammar")]
    assert res.code == 0                    # warnings do not fail the default --fail-on


# -- where LanguageTool comes from ------------------------------------------------------------
@pytest.mark.parametrize("configured, env, expected", [
    ("http://a:1", {ENV_URL: "http://b:2"}, ("http://a:1", "languagetool-url")),
    ("", {ENV_URL: "http://b:2"}, ("http://b:2", ENV_URL)),
    (None, {}, (None, "")),
    ("  ", {ENV_URL: " "}, (None, "")),
    ("off", {ENV_URL: "http://b:2"}, (None, "off")),
    ("", {ENV_URL: "none"}, (None, "off")),
])
def test_resolve_url_precedence(configured, env, expected):
    assert resolve_url(configured, env) == expected


@pytest.mark.parametrize("url, base", [
    ("http://lt:8081", "http://lt:8081/v2"),
    ("http://lt:8081/", "http://lt:8081/v2"),
    ("http://lt:8081/v2/", "http://lt:8081/v2"),
    ("lt.example:8010", "http://lt.example:8010/v2"),
    ("https://host/prefix/v2", "https://host/prefix/v2"),
])
def test_api_base(url, base):
    assert api_base(url) == base


def test_local_install_is_looked_for_without_creating_anything(tmp_path):
    missing = tmp_path / "cache"
    assert local_install({"LTP_PATH": str(missing)}) is None
    assert not missing.exists()
    (missing / "LanguageTool-6.3").mkdir(parents=True)      # no jar: an unfinished unpack
    assert local_install({"LTP_PATH": str(missing)}) is None
    for version in ("6.3", "6.4"):
        d = missing / f"LanguageTool-{version}"
        d.mkdir(exist_ok=True)
        (d / "languagetool-server.jar").write_bytes(b"")
    assert local_install({"LTP_PATH": str(missing)}) == missing / "LanguageTool-6.4"


@pytest.mark.skipif(shutil.which("java") is None, reason="needs java on PATH")
def test_a_broken_local_install_is_a_note_not_a_crash(tmp_path, monkeypatch):
    install = tmp_path / "LanguageTool-6.4"
    install.mkdir()
    (install / "languagetool-server.jar").write_bytes(b"not a jar")
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    with pytest.raises(LanguageToolUnavailable, match="exited at start|did not start"):
        start_local_server(install, timeout=30)
    svc = Service(None)
    assert svc.client() is None and svc.note and svc.note.startswith("grammar rules skipped")


def test_local_install_without_java_is_a_note(tmp_path, monkeypatch):
    install = tmp_path / "LanguageTool-6.4"
    install.mkdir()
    (install / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(LanguageToolUnavailable, match="'java' is not on PATH"):
        start_local_server(install)


def test_client_cache_is_per_text_and_parameters(fake_lt):
    client = Client(api_base(fake_lt.url))
    text = next(iter(RECORDED))
    a = client.check(text, {"language": "en-US"})
    b = client.check(text, {"language": "en-US"})
    client.check(text, {"language": "en-GB"})
    assert a is b and len(a) == 2 and len(fake_lt.checks) == 2


def test_a_server_that_is_not_languagetool_is_refused():
    class NotLT(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            body = b"<html>hello</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), NotLT)
    t = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    t.start()
    try:
        svc = Service(f"http://127.0.0.1:{server.server_address[1]}")
        assert svc.client() is None and "did not answer with JSON" in (svc.note or "")
    finally:
        server.shutdown()
        server.server_close()


# -- cost when unused -------------------------------------------------------------------------
def test_no_languagetool_code_is_imported_without_a_grammar_rule():
    code = ("import sys\n"
            "from lint.cli import load_selected_rules\n"
            "from lint.config import Config\n"
            "rules = load_selected_rules(Config(select=['Newslint.DuplicateHeadline']))\n"
            "assert rules, 'rule not found'\n"
            "print(sorted(m for m in sys.modules if 'language' in m or 'grammar' in m))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# -- a real LanguageTool, when one is configured ------------------------------------------------
@pytest.mark.skipif(not REAL_URL, reason=f"set {ENV_URL} to a LanguageTool server to run "
                                          f"this test")
def test_real_languagetool_server():
    url = REAL_URL
    text = ("Storm hits coast\n\nThe two ministers has agreed on a plan. He go to the "
            "capital every weeks to meet they.\n")
    engine, (result,) = lint_with([grammar_rule(categories=["GRAMMAR"])], [text], url)
    assert engine.run_notes() == []
    assert result.findings, "a real LanguageTool flags 'ministers has' / 'He go'"
    assert all(f.line == 3 for f in result.findings)
