"""The embedded SQLite store: one file, WAL, named migrations, FTS5 search.

Documents are stored whole (``to_dict`` JSON, without the raw page) next to a few columns
used for listing and filtering; the raw page is kept compressed so stages can be re-run
without fetching again. Writing the same document twice changes nothing (same content ->
same id). Issues are mirrored in their own table so ``khabar docs --issues`` can list them.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.document import Document
from khabar.errors import KhabarError

from . import search
from .stories import MIGRATION as _STORIES_MIGRATION
from .stories import StoriesMixin

LOGGER = logging.getLogger(__name__)

SCHEMA_NAME = "khabar"

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_documents",
        """
        CREATE TABLE documents (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT, path TEXT, url TEXT, outlet TEXT,
            lang TEXT, published TEXT, published_how TEXT,
            title TEXT, text TEXT NOT NULL DEFAULT '',
            failed INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_lang ON documents(lang);
        CREATE INDEX documents_outlet ON documents(outlet);
        CREATE TABLE raw_pages (
            id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            raw BLOB NOT NULL
        );
        CREATE TABLE issues (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            input TEXT,
            stage TEXT NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL
        );
        CREATE INDEX issues_document ON issues(document_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, body, stems, tokenize = "unicode61 remove_diacritics 2"
        );
        """,
    ),
    _STORIES_MIGRATION,
)


@dataclass
class StoredDocument:
    """A row of the documents listing (no body text)."""

    id: str
    kind: str | None
    path: str | None
    url: str | None
    outlet: str | None
    lang: str | None
    published: str | None
    published_how: str | None
    title: str | None
    failed: bool
    chars: int
    issues: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(StoriesMixin):
    """Store backed by one SQLite file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "khabar.db") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise KhabarError("E005", f"{self.path}: {exc}") from None

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in c.execute("SELECT name FROM migrations")}
        known = {name for name, _ in MIGRATIONS}
        unknown = done - known
        if unknown:
            raise KhabarError("E006", f"{self.path} has migrations {sorted(unknown)}")
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            LOGGER.info("applying migration %s to %s", name, self.path)
            c.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(sql):
                    c.execute(statement)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    @property
    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    # -- writing ---------------------------------------------------------------------------
    def put(self, doc: Document) -> str:
        """Insert or update one document. Returns "new", "updated" or "unchanged"."""
        return self.put_many([doc])[0]

    def put_many(self, docs: Iterable[Document]) -> list[str]:
        out: list[str] = []
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for doc in docs:
                out.append(self._put(doc))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return out

    def _put(self, doc: Document) -> str:
        c = self.conn
        data = doc.to_dict()
        data.pop("raw", None)
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
        row = c.execute("SELECT rowid, data FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row["data"] == blob:
            return "unchanged"
        now = _now()
        s = doc.source
        cols = (s.kind, s.path, s.url, s.outlet, doc.lang, doc.published, doc.published_how,
                doc.title, doc.text, int(doc.failed), blob)
        if row is None:
            cur = c.execute(
                "INSERT INTO documents (kind, path, url, outlet, lang, published, published_how, title, text,"
                " failed, data, id, ingested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*cols, doc.id, now, now),
            )
            rowid = cur.lastrowid
            status = "new"
        else:
            rowid = row["rowid"]
            c.execute(
                "UPDATE documents SET kind=?, path=?, url=?, outlet=?, lang=?, published=?, published_how=?,"
                " title=?, text=?, failed=?, data=?, updated_at=? WHERE id=?",
                (*cols, now, doc.id),
            )
            c.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
            c.execute("DELETE FROM issues WHERE document_id = ?", (doc.id,))
            status = "updated"
        if doc.raw is not None:
            raw = doc.raw.encode("utf-8", "surrogatepass") if isinstance(doc.raw, str) else doc.raw
            c.execute("INSERT OR REPLACE INTO raw_pages VALUES (?, ?)", (doc.id, zlib.compress(raw, 6)))
        if doc.text or doc.title:
            title_key = search.key(doc.title or "")
            body_key = search.key(doc.text)
            c.execute(
                "INSERT INTO documents_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                (rowid, title_key, body_key, search.stems(title_key + " " + body_key)),
            )
        where = s.url or s.path
        c.executemany(
            "INSERT INTO issues VALUES (?, ?, ?, ?, ?, ?)",
            [(doc.id, where, i.stage, i.code, i.severity, i.message) for i in doc.issues],
        )
        return status

    # -- reading ---------------------------------------------------------------------------
    def get(self, doc_id: str, *, with_raw: bool = False) -> Document | None:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = Document.from_dict(json.loads(row["data"]))
        if with_raw:
            raw = self.conn.execute("SELECT raw FROM raw_pages WHERE id = ?", (doc_id,)).fetchone()
            if raw is not None:
                doc.raw = zlib.decompress(raw["raw"]).decode("utf-8", "surrogatepass")
        return doc

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def count(self, *, failed: bool | None = None) -> int:
        if failed is None:
            return len(self)
        return int(self.conn.execute("SELECT count(*) FROM documents WHERE failed = ?", (int(failed),)).fetchone()[0])

    def documents(self, *, ids: Iterable[str] | None = None, include_failed: bool = False) -> Iterator[Document]:
        """All documents (or those with ``ids``), oldest publication first."""
        if ids is not None:
            for i in ids:
                d = self.get(i)
                if d is not None and (include_failed or not d.failed):
                    yield d
            return
        sql = "SELECT data FROM documents"
        if not include_failed:
            sql += " WHERE failed = 0"
        sql += " ORDER BY coalesce(published, '9999'), rowid"
        for row in self.conn.execute(sql):
            yield Document.from_dict(json.loads(row["data"]))

    def listing(
        self,
        *,
        lang: str | None = None,
        outlet: str | None = None,
        include_failed: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredDocument]:
        where, args = [], []
        if not include_failed:
            where.append("d.failed = 0")
        if lang:
            where.append("d.lang = ?")
            args.append(lang)
        if outlet:
            where.append("d.outlet = ?")
            args.append(outlet)
        sql = (
            "SELECT d.id, d.kind, d.path, d.url, d.outlet, d.lang, d.published, d.published_how, d.title,"
            " d.failed, length(d.text) AS chars,"
            " (SELECT count(*) FROM issues i WHERE i.document_id = d.id) AS issues FROM documents d"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(d.published, '0000') DESC, d.rowid"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [_stored(r) for r in self.conn.execute(sql, args)]

    def issues(self, *, severity: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT document_id, input, stage, code, severity, message FROM issues"
        args: list[Any] = []
        if severity:
            sql += " WHERE severity = ?"
            args.append(severity)
        sql += " ORDER BY rowid"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def search(self, query: str, *, limit: int = 20) -> list[tuple[StoredDocument, str]]:
        """Full-text search across languages. Returns (document, snippet) pairs, best first."""
        expr = search.fts_query(query)
        if not expr:
            return []
        sql = (
            "SELECT d.id, d.kind, d.path, d.url, d.outlet, d.lang, d.published, d.published_how, d.title,"
            " d.failed, length(d.text) AS chars, 0 AS issues, d.text AS body"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 5.0, 1.0, 0.5) LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (expr, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            LOGGER.warning("search %r -> %r failed: %s", query, expr, exc)
            return []
        return [(_stored(r), search.snippet(r["body"], query)) for r in rows]


def _stored(r: sqlite3.Row) -> StoredDocument:
    return StoredDocument(
        id=r["id"], kind=r["kind"], path=r["path"], url=r["url"], outlet=r["outlet"], lang=r["lang"],
        published=r["published"], published_how=r["published_how"], title=r["title"],
        failed=bool(r["failed"]), chars=r["chars"] or 0, issues=r["issues"] or 0,
    )


def _statements(sql: str) -> list[str]:
    """Split a migration script on complete statements (sqlite3.complete_statement)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
