"""Process pool, ordering, spilling and the progress bar."""

from __future__ import annotations

import io

from conftest import FIXTURES

from lint.corpus import ResultBuffer
from lint.progress import Progress

CORPUS = FIXTURES / "corpus"


def test_jobs_1_and_jobs_2_give_identical_json_with_the_default_rules(cli):
    args = ("--no-config", "--format", "json", CORPUS / "articles", CORPUS / "seeds")
    one = cli(*args, "--jobs", "1")
    two = cli(*args, "--jobs", "2")
    assert one.code == two.code
    assert one.out == two.out
    assert '"Newslint.CopiedText"' in one.out


def test_jobs_2_keeps_input_order_in_the_text_report(cli):
    res = cli("--no-config", "--select", "Newslint.CopiedText", "-j", "2", "--format",
              "text", CORPUS / "seeds")
    heads = [ln.split()[0] for ln in res.out.splitlines() if ln.endswith("suggestions")]
    assert heads == sorted(heads) and len(heads) == 5


def test_negative_jobs_is_a_usage_error(cli):
    assert cli("--jobs", "-1", CORPUS / "articles").code == 2


def test_result_buffer_spills_to_disk_and_replays_in_order():
    buf = ResultBuffer(in_memory=2)
    for i in range(7):
        buf.append(("result", i))
    assert buf.file is not None and buf.items == []
    assert [i for _, i in buf] == list(range(7))


def test_result_buffer_in_memory_when_small():
    buf = ResultBuffer(in_memory=10)
    for i in range(3):
        buf.append(i)
    assert buf.file is None and list(buf) == [0, 1, 2]


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_long_runs(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    assert not Progress(100, io.StringIO()).enabled      # not a terminal
    assert not Progress(10, FakeTTY()).enabled           # too few files
    assert Progress(None, FakeTTY()).enabled             # JSONL: count unknown
    monkeypatch.setenv("TERM", "dumb")
    assert not Progress(100, FakeTTY()).enabled


def test_progress_bar_uses_no_colour_and_clears_itself(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    out = FakeTTY()
    bar = Progress(60, out)
    for _ in range(60):
        bar.update()
    bar.close()
    text = out.getvalue()
    assert "60/60 files" in text
    assert "\x1b[3" not in text and "\x1b[0m" not in text     # no colour codes
    assert text.endswith("\r\x1b[K")
