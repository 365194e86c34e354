"""JSONL corpora: one article per line, ``{"id": ..., "text": ...}``.

Each record becomes one linted article named ``<file>:<id>`` (the id field's
value, or the record's line number when it has none), with line numbers
counted within the record's text. A line that is not a JSON object, or lacks
the text field, is reported as a skipped input naming the file and line; the
other records are still linted. Records are read one at a time, so a corpus of
any size streams through in constant memory.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO

from lint.inputs import InputProblem
from lint.parallel import TextItem, WorkItem


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputProblem(path, "skipped: file not found", "error") from None
    except OSError as exc:
        raise InputProblem(path, f"skipped: {exc.strerror or exc}", "error") from None


def records(path: str, text_field: str = "text", id_field: str = "id",
            display: str | None = None) -> Iterator[WorkItem]:
    """Work items for the records of one JSONL file (``-`` is standard input)."""
    name = display or ("<stdin>" if path == "-" else path)
    try:
        stream = _open(path)
    except InputProblem as exc:
        yield exc
        return
    try:
        for n, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield InputProblem(f"{name}:{n}", f"skipped: line {n} is not valid JSON "
                                   f"({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(rec, dict):
                yield InputProblem(f"{name}:{n}", f"skipped: line {n} is not a JSON object")
                continue
            text = rec.get(text_field)
            rid = rec.get(id_field)
            rid = str(n) if rid is None or rid == "" else str(rid)
            label = f"{name}:{rid}"
            if not isinstance(text, str):
                what = "has no" if text is None else "has a non-string"
                yield InputProblem(label, f"skipped: line {n} {what} '{text_field}' field"
                                   + (f" (fields: {', '.join(map(str, list(rec)[:8]))})"
                                      if text is None else ""))
                continue
            yield TextItem(label, text)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
