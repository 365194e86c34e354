"""JSONL corpora: records named FILE:ID, bad lines reported, the rest linted."""

from __future__ import annotations

import json

from conftest import run_module

SHARED = ("Officials at the port said the new crane would double the number of "
          "containers handled each day by next summer.")
OWN = "The weather on the coast stayed calm for most of the week, forecasters said."


def _write(tmp_path, lines: list[str]):
    f = tmp_path / "corpus.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_records_are_articles_named_file_colon_id_with_lines_within_the_record(cli, tmp_path):
    f = _write(tmp_path, [json.dumps({"id": "r1", "text": f"{OWN}\n\n{SHARED}"}),
                          json.dumps({"id": "r2", "text": SHARED})])
    res = cli("--no-config", "--jsonl", "--select", "Newslint.CopiedText", "--format",
              "json", f)
    files = {x["path"]: x for x in json.loads(res.out)["files"]}
    assert set(files) == {f"{f}:r1", f"{f}:r2"}
    assert [(x["line"], x["message"]) for x in files[f"{f}:r1"]["findings"]] == \
        [(3, f"Sentence also in {f}:r2:1")]


def test_malformed_lines_are_named_and_the_rest_still_linted(cli, tmp_path):
    f = _write(tmp_path, [json.dumps({"id": "a", "text": SHARED}),
                          "{not json",
                          json.dumps(["a", "list"]),
                          json.dumps({"id": "d", "body": "no text field"}),
                          json.dumps({"id": "e", "text": SHARED})])
    res = cli("--no-config", "--jsonl", "--select", "Newslint.CopiedText", "--format",
              "json", f)
    report = json.loads(res.out)
    by_path = {x["path"]: x for x in report["files"]}
    assert by_path[f"{f}:2"]["skipped"] and "line 2 is not valid JSON" in \
        by_path[f"{f}:2"]["notes"][0]
    assert "line 3 is not a JSON object" in by_path[f"{f}:3"]["notes"][0]
    assert "line 4 has no 'text' field" in by_path[f"{f}:d"]["notes"][0]
    assert by_path[f"{f}:a"]["findings"] and by_path[f"{f}:e"]["findings"]
    assert report["summary"]["files"] == 2


def test_text_and_id_fields_are_configurable(cli, tmp_path):
    f = _write(tmp_path, [json.dumps({"key": 7, "body": SHARED}),
                          json.dumps({"key": 8, "body": SHARED})])
    res = cli("--no-config", "--jsonl", "--jsonl-text", "body", "--jsonl-id", "key",
              "--select", "Newslint.CopiedText", "--format", "json", f)
    paths = [x["path"] for x in json.loads(res.out)["files"]]
    assert paths == [f"{f}:7", f"{f}:8"]


def test_jsonl_from_stdin_in_a_real_process():
    data = "\n".join(json.dumps({"id": i, "text": SHARED}) for i in ("x", "y")).encode()
    proc = run_module("--no-config", "--jsonl", "--select", "Newslint.CopiedText",
                      "--stdin-filename", "feed.jsonl", "--format", "json", "-",
                      stdin=data)
    report = json.loads(proc.stdout)
    assert [x["path"] for x in report["files"]] == ["feed.jsonl:x", "feed.jsonl:y"]
    assert report["files"][0]["findings"][0]["message"] == "Sentence also in feed.jsonl:y:1"
