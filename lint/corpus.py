"""The cross-document phase: checks that compare the articles of one run.

Per-document rules give their findings as soon as a file is linted. A corpus
rule (the ``copy`` check) can only speak once every article has been seen, and
the JSON contract wants all of a file's findings in that file's entry. So when
a corpus rule is active and two or more articles are linted:

1. each worker lints its article as usual and also returns the corpus rules'
   compact *signatures* of it (hashes and MinHash values, never the text);
2. the parent adds the signatures to each rule's index and **buffers** the
   file results in input order: in memory for the first
   :data:`MEMORY_RESULTS` files, then spilled to an anonymous temporary file,
   so memory stays flat however large the corpus;
3. at the end each index is resolved once, and the buffered results are
   replayed in order, each with its corpus findings merged in and re-sorted.

The reporter therefore sees the same stream of per-file results as in a run
without corpus rules, only later. Runs of one article, or with no corpus rule
selected, skip all of this (and never import numpy).
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

from lint.engine import Engine, FileResult
from lint.finding import Finding

#: results kept in memory before the buffer spills to a temporary file
MEMORY_RESULTS = 1000


def corpus_checks(engine: Engine) -> list:
    """The engine's ``(rule, check)`` pairs that compare documents."""
    return [(r, c) for r, c in engine.checks if getattr(c, "corpus", False)]


def signatures(engine: Engine, doc: Any) -> dict[str, Any]:
    """Every corpus rule's signature of ``doc`` (runs where the document was linted)."""
    out: dict[str, Any] = {}
    if not doc.text.strip():
        return out
    for rule, check in corpus_checks(engine):
        try:
            out[rule.id] = check.signature(doc)
        except Exception as exc:  # a buggy corpus check must not sink the run
            out[rule.id] = exc
    return out


def prepare(engine: Engine) -> None:
    """Let corpus checks load what they need once, before workers fork."""
    for _, check in corpus_checks(engine):
        prep = getattr(check, "prepare", None)
        if prep is not None:
            prep()


class ResultBuffer:
    """An append-only, replay-once list that spills to disk past a size."""

    def __init__(self, in_memory: int = MEMORY_RESULTS) -> None:
        self.limit = in_memory
        self.items: list[Any] = []
        self.file: Any = None
        self.count = 0

    def append(self, item: Any) -> None:
        self.count += 1
        if self.file is None:
            self.items.append(item)
            if len(self.items) > self.limit:
                self.file = tempfile.TemporaryFile(prefix="newslint-")
                for it in self.items:
                    pickle.dump(it, self.file, pickle.HIGHEST_PROTOCOL)
                self.items = []
        else:
            pickle.dump(item, self.file, pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[Any]:
        if self.file is None:
            items, self.items = self.items, []
            yield from items
            return
        self.file.flush()
        self.file.seek(0)
        try:
            while True:
                try:
                    yield pickle.load(self.file)
                except EOFError:
                    return
        finally:
            self.file.close()
            self.file = None


class CorpusPhase:
    """Collects signatures and buffered results; yields merged results at the end."""

    def __init__(self, engine: Engine) -> None:
        self.indexes = {rule.id: check.new_index() for rule, check in corpus_checks(engine)}
        self.buffer = ResultBuffer()
        self.failed: dict[str, str] = {}

    def add(self, result: FileResult, sigs: dict[str, Any] | None) -> None:
        kept: dict[str, Any] = {}
        for rule_id, index in self.indexes.items():
            sig = (sigs or {}).get(rule_id)
            if isinstance(sig, Exception):
                result.notes.append(f"rule {rule_id} failed on this file: "
                                    f"{type(sig).__name__}: {sig}")
            elif sig is not None and not result.skipped:
                kept[rule_id] = (len(index.paths), index.add(self.buffer.count, result.path,
                                                             sig))
        self.buffer.append((result, kept))

    def results(self) -> Iterator[FileResult]:
        """Resolve every index, then replay the buffered results in input order."""
        for rule_id, index in list(self.indexes.items()):
            try:
                index.finish()
            except Exception as exc:  # noqa: BLE001 - report, keep the other findings
                self.failed[rule_id] = f"{type(exc).__name__}: {exc}"
                del self.indexes[rule_id]
        for result, kept in self.buffer:
            extra: list[Finding] = []
            for rule_id, (slot, payload) in kept.items():
                index = self.indexes.get(rule_id)
                if index is not None:
                    extra.extend(index.findings(slot, payload))
            if extra and result.silencer is not None:
                extra = result.silencer.apply(result.findings, extra)
            if extra:
                result.findings.extend(extra)
                result.findings.sort(key=Finding.sort_key)
            yield result

    def notes(self) -> list[str]:
        return [f"rule {rid} failed in the corpus phase: {msg}"
                for rid, msg in self.failed.items()]


def merge_corpus(engine: Engine, pairs: Iterable[tuple[FileResult, dict | None]],
                 notes: list[str] | None = None) -> Iterator[FileResult]:
    """Run the corpus phase over ``(result, signatures)`` pairs in input order."""
    phase = CorpusPhase(engine)
    for result, sigs in pairs:
        phase.add(result, sigs)
    yield from phase.results()
    if notes is not None:
        notes.extend(phase.notes())
