"""Exports of the store: events, documents, entities and stories as CSV, JSON Lines, Parquet or JSON.

``khabar export KIND --format FMT`` calls :func:`export`. The events table is ACLED-like (one
row per merged event of each story when stories exist, per document event until then) and
loads directly into pandas, R or QGIS; every column is declared in :mod:`khabar.export.columns`
and documented in ``docs/exports.md``. ``--format json`` writes the ``khabar.result.v1`` JSON
(see OUTPUT.md) whatever the kind.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from typing import IO, Any

from khabar.result import build_result
from khabar.web import queries

from .columns import TABLES, Column
from .names import EntityNames, load_names
from .rows import (
    aggregate_entities,
    document_event_rows,
    document_row,
    entity_rows,
    member_meta,
    story_event_rows,
    story_row,
)
from .writers import write_csv, write_jsonl, write_parquet

__all__ = ["KINDS", "FORMATS", "TABLES", "Column", "EntityNames", "load_names", "export", "table_rows"]

LOGGER = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())

KINDS = ("events", "documents", "entities", "stories")
FORMATS = ("csv", "jsonl", "parquet", "json")


def table_rows(conn: sqlite3.Connection, kind: str, names: EntityNames) -> Iterator[dict[str, Any]]:
    """The rows of table ``kind`` read from the store behind ``conn``."""
    if kind == "documents":
        for doc in queries.iter_documents(conn):
            yield document_row(doc)
    elif kind == "entities":
        yield from entity_rows(aggregate_entities(queries.iter_documents(conn), names), names)
    elif kind == "stories":
        for story in queries.iter_stories(conn):
            yield story_row(story, member_meta(queries.iter_documents(conn, ids=story.documents)))
    elif kind == "events":
        yield from _event_rows(conn, names)
    else:
        raise ValueError(f"unknown export kind {kind!r}; use one of {', '.join(KINDS)}")


def _event_rows(conn: sqlite3.Connection, names: EntityNames) -> Iterator[dict[str, Any]]:
    stories = [s for s in queries.iter_stories(conn) if s.events]
    if stories:
        for story in stories:
            docs = {d.id: d for d in queries.iter_documents(conn, ids=story.documents)}
            names.observe_all(docs.values())
            yield from story_event_rows(story, docs, names)
        return
    for doc in queries.iter_documents(conn):
        if doc.events:
            names.observe(doc)
            yield from document_event_rows(doc, names)


def export(
    conn: sqlite3.Connection,
    kind: str,
    fmt: str,
    out: IO[bytes],
    *,
    names: EntityNames | None = None,
    excel: bool = False,
) -> int:
    """Write table ``kind`` in format ``fmt`` to the binary stream ``out``; returns rows (or documents) written."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}; use one of {', '.join(KINDS)}")
    names = names if names is not None else EntityNames(None)
    if fmt == "json":
        return _write_result(conn, out, names)
    columns = TABLES[kind]
    rows = table_rows(conn, kind, names)
    if fmt == "csv":
        return write_csv(rows, columns, out, excel=excel)
    if fmt == "jsonl":
        return write_jsonl(rows, columns, out)
    if fmt == "parquet":
        return write_parquet(rows, columns, out)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _write_result(conn: sqlite3.Connection, out: IO[bytes], names: EntityNames) -> int:
    """The whole store as one ``khabar.result.v1`` object."""
    docs = list(queries.iter_documents(conn))
    aggs = aggregate_entities(docs, names)
    entities = []
    for eid, agg in aggs.items():
        e = names.entity(eid)
        e.documents = agg.documents
        entities.append(e)
    result = build_result(docs, entities, list(queries.iter_stories(conn)))
    out.write(json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")
    return len(docs)
