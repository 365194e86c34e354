"""Linting many inputs: serially or in a process pool, always in input order.

Inputs travel as small *work items* (a path, or the text of a stdin or JSONL
record), not as Documents: each worker reads and parses its own files, so the
parent does no per-file work beyond reporting.

* One input, or ``--jobs 1``: no pool at all (a pre-commit run starts fast).
* Otherwise a pool of ``jobs`` processes. Each worker gets the engine once,
  through the pool initializer (on Linux the processes fork, so the loaded
  rules are inherited, not re-read). ``imap`` with chunks of :data:`CHUNKSIZE` keeps the
  results in input order, so the output is byte-identical to a serial run.
* Flat memory: the parent feeds the pool through a bounded window, so a
  million-record JSONL file is never all in flight at once.
* Corpus rules (the copy check) run when two or more inputs are linted: the
  worker returns their signatures with each result and :mod:`lint.corpus`
  merges the corpus findings in at the end.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from lint.engine import Engine, FileResult
from lint.inputs import InputProblem


@dataclass
class FileItem:
    """A file to read and lint (``display`` is the name reports show)."""

    path: str
    display: str | None = None


@dataclass
class TextItem:
    """Text already read (stdin, a JSONL record); ``notes`` travel with it."""

    name: str
    text: str
    line_offset: int = 0
    notes: list[str] = field(default_factory=list)


WorkItem = FileItem | TextItem | InputProblem

#: inputs per message to and from a worker: large enough that the parent's
#: per-message work (pickling, the pool's threads) stays small, small enough
#: that the last chunks still spread over the workers
CHUNKSIZE = 16
_ENGINE: Engine | None = None
_CORPUS = False


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def lint_item(engine: Engine, item: WorkItem, corpus: bool) -> tuple[FileResult, Any]:
    """Lint one work item; also return corpus signatures when ``corpus``."""
    from lint.inputs import document_from_text, read_document

    if isinstance(item, InputProblem):
        return FileResult(item.path, notes=[item.message], skipped=True), None
    try:
        if isinstance(item, FileItem):
            doc = read_document(item.path, item.display)
        else:
            doc = document_from_text(item.name, item.text, item.line_offset)
            doc.notes.extend(item.notes)
            if not item.text.strip():
                doc.notes.append("empty text: nothing to lint")
    except InputProblem as exc:
        return FileResult(exc.path, notes=[exc.message], skipped=True), None
    result = engine.lint(doc)
    sigs = None
    if corpus:
        from lint.corpus import signatures

        sigs = signatures(engine, doc)
    return result, sigs


def _init_worker(engine: Engine, corpus: bool) -> None:
    """Pool initializer: keep the engine for every item this process lints."""
    import signal

    global _ENGINE, _CORPUS
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C
    _ENGINE, _CORPUS = engine, corpus


def _work(item: WorkItem) -> tuple[FileResult, Any]:
    assert _ENGINE is not None
    return lint_item(_ENGINE, item, _CORPUS)


def _pool_results(engine: Engine, items: Iterable[WorkItem], jobs: int,
                  corpus: bool) -> Iterator[tuple[FileResult, Any]]:
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    window = threading.Semaphore(jobs * CHUNKSIZE * 8)
    stop = threading.Event()

    def feed() -> Iterator[WorkItem]:
        for it in items:
            window.acquire()
            if stop.is_set():
                return
            yield it

    # Everything loaded so far (modules, compiled rules, the engine) lives as long
    # as the workers do: frozen, their garbage collector never walks it again,
    # and it does not touch (and so copy) the pages they share with the parent.
    gc.freeze()
    try:
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(engine, corpus))
    finally:
        gc.unfreeze()
    try:
        for pair in pool.imap(_work, feed(), chunksize=CHUNKSIZE):
            window.release()
            yield pair
        pool.close()
    finally:
        stop.set()                    # unblock the feeder thread if we stopped early
        window.release(jobs * CHUNKSIZE * 8 + 1)
        pool.terminate()
        pool.join()


def lint_all(engine: Engine, items: Iterable[WorkItem], jobs: int = 0, *,
             on_result: Callable[[FileResult], None] | None = None,
             notes: list[str] | None = None) -> Iterator[FileResult]:
    """One result per item, in input order, corpus findings included.

    ``jobs`` 0 means all cores. ``on_result`` is called as each file is linted
    (before the corpus phase): the progress bar hangs there.
    """
    from lint.corpus import corpus_checks

    it = iter(items)
    head = list(islice(it, 2))
    corpus = len(head) >= 2 and bool(corpus_checks(engine))
    jobs = jobs or default_jobs()

    def rest() -> Iterator[WorkItem]:
        yield from head
        yield from it

    if corpus:
        from lint.corpus import prepare

        prepare(engine)           # numpy/datasketch loaded once, before the fork
    if jobs <= 1 or len(head) < 2:
        pairs: Iterator[tuple[FileResult, Any]] = (lint_item(engine, x, corpus)
                                                   for x in rest())
    else:
        pairs = _pool_results(engine, rest(), jobs, corpus)

    def tapped() -> Iterator[tuple[FileResult, Any]]:
        for pair in pairs:
            if on_result is not None:
                on_result(pair[0])
            yield pair

    if not corpus:
        for result, _ in tapped():
            yield result
        return
    from lint.corpus import merge_corpus

    yield from merge_corpus(engine, tapped(), notes)
