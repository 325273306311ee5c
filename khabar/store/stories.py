"""Store methods for stories and syndication (mixed into :class:`~khabar.store.SQLiteStore`).

Tables (migration ``0002_stories``):

- ``story_signatures``: one row per clustered document, what clustering needs (key, day,
  language, outlet, centered float16 embedding, weighted entities, main events, English names,
  all 5-gram shingle hashes). Re-clustering reads these, never the documents.
- ``shingle_index``: the sampled shingle hashes, an inverted index for wire-copy candidates.
- ``syndication_links``: document pairs sharing wire text, ``copy`` or ``partial``, with their
  coverage and the shared passages (character spans in each text).
- ``stories`` and ``story_documents``: the stories and their members (``floating`` = an undated
  document attached after clustering); ``story_entities``: the entities of each story's dated
  members, to find the stories an undated document may belong to.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from khabar.stories.features import MainEvent, Signature
from khabar.stories.syndication import MIN_SAMPLES, WINDOW_DAYS, Link, Passage, sample

__all__ = ["MIGRATION", "StoriesMixin"]

MIGRATION = (
    "0002_stories",
    """
    CREATE TABLE story_signatures (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        sort_key TEXT NOT NULL,
        day TEXT,
        lang TEXT,
        outlet TEXT,
        version INTEGER NOT NULL,
        embedding BLOB,
        entities TEXT NOT NULL,
        events TEXT NOT NULL,
        names TEXT NOT NULL,
        shingles BLOB NOT NULL
    );
    CREATE INDEX story_signatures_day ON story_signatures(day);
    CREATE INDEX story_signatures_key ON story_signatures(sort_key);
    CREATE TABLE shingle_index (
        h INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        day TEXT
    );
    CREATE INDEX shingle_index_h ON shingle_index(h, day);
    CREATE INDEX shingle_index_doc ON shingle_index(document_id);
    CREATE TABLE syndication_links (
        doc_a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc_b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        coverage_a REAL NOT NULL,
        coverage_b REAL NOT NULL,
        shared INTEGER NOT NULL,
        passages TEXT NOT NULL,
        PRIMARY KEY (doc_a, doc_b)
    );
    CREATE INDEX syndication_links_b ON syndication_links(doc_b);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        first_day TEXT,
        last_day TEXT,
        n_documents INTEGER NOT NULL,
        langs TEXT NOT NULL,
        independent_sources INTEGER NOT NULL,
        title_en TEXT,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX stories_last_day ON stories(last_day);
    CREATE TABLE story_documents (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        floating INTEGER NOT NULL DEFAULT 0,
        score REAL
    );
    CREATE INDEX story_documents_story ON story_documents(story_id);
    CREATE INDEX story_documents_key ON story_documents(sort_key);
    CREATE TABLE story_entities (
        entity TEXT NOT NULL,
        story_id TEXT NOT NULL,
        last_day TEXT,
        PRIMARY KEY (entity, story_id)
    );
    CREATE INDEX story_entities_story ON story_entities(story_id);
    """,
)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def sig_row(sig: Signature, version: int) -> tuple[Any, ...]:
    emb = sig.vec.astype(np.float16).tobytes() if sig.vec is not None else None
    events = [[e.type, _iso(e.day), e.place] for e in sig.events]
    return (sig.id, sig.key, _iso(sig.day), sig.lang, sig.outlet, version, emb,
            json.dumps(sig.entities, ensure_ascii=False, sort_keys=True), json.dumps(events, ensure_ascii=False),
            json.dumps(sig.names, ensure_ascii=False, sort_keys=True), sig.shingles.astype(np.int64).tobytes())


def sig_from_row(r: sqlite3.Row) -> Signature:
    vec = np.frombuffer(r["embedding"], dtype=np.float16).astype(np.float32) if r["embedding"] is not None else None
    return Signature(
        id=r["document_id"], key=r["sort_key"], day=_day(r["day"]), lang=r["lang"] or "und", outlet=r["outlet"],
        vec=vec, entities=json.loads(r["entities"]),
        events=[MainEvent(t, _day(d), p) for t, d, p in json.loads(r["events"])],
        shingles=np.frombuffer(r["shingles"], dtype=np.int64).copy(), names=json.loads(r["names"]),
    )


def _link_from_row(r: sqlite3.Row) -> Link:
    return Link(r["doc_a"], r["doc_b"], r["kind"], r["coverage_a"], r["coverage_b"], r["shared"],
                [Passage(*p["words"]) for p in json.loads(r["passages"])])


class StoriesMixin:
    """Story tables. Expects ``self.conn`` (sqlite3, autocommit, Row factory)."""

    conn: sqlite3.Connection

    # -- signatures ----------------------------------------------------------------------------
    def put_signatures(self, sigs: Iterable[Signature], version: int) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO story_signatures VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              [sig_row(s, version) for s in sigs])

    def signatures(self, ids: Iterable[str]) -> dict[str, Signature]:
        out: dict[str, Signature] = {}
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT * FROM story_signatures WHERE document_id IN ({','.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                out[r["document_id"]] = sig_from_row(r)
        return out

    def signature_versions(self, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            q = f"SELECT document_id, version, sort_key FROM story_signatures WHERE document_id IN ({','.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                out[r[0]] = (r[1], r[2])
        return out

    def undated_signature_entities(self) -> list[tuple[str, set[str]]]:
        rows = self.conn.execute("SELECT document_id, entities FROM story_signatures WHERE day IS NULL ORDER BY sort_key")
        return [(r[0], set(json.loads(r[1]))) for r in rows]

    # -- syndication ---------------------------------------------------------------------------
    def shingle_candidates(self, doc_id: str, day: dt.date | None, hashes: np.ndarray) -> list[str]:
        counts: dict[str, int] = {}
        samples = sample(hashes)
        window: list[Any] = []
        where = ""
        if day is not None:  # bounded by the window: boilerplate shingles of an outlet recur forever
            where = " AND (day IS NULL OR day BETWEEN ? AND ?)"
            window = [(day - dt.timedelta(days=WINDOW_DAYS)).isoformat(), (day + dt.timedelta(days=WINDOW_DAYS)).isoformat()]
        for i in range(0, len(samples), 400):
            chunk = samples[i : i + 400]
            q = f"SELECT document_id, day FROM shingle_index WHERE h IN ({','.join('?' * len(chunk))}){where}"
            for r in self.conn.execute(q, [*chunk, *window]):
                other, od = r[0], _day(r[1])
                if other == doc_id:
                    continue
                if day is not None and od is not None and abs((od - day).days) > WINDOW_DAYS:
                    continue
                counts[other] = counts.get(other, 0) + 1
        return sorted(d for d, c in counts.items() if c >= MIN_SAMPLES)

    def index_shingles(self, doc_id: str, day: dt.date | None, hashes: np.ndarray) -> None:
        self.conn.execute("DELETE FROM shingle_index WHERE document_id = ?", (doc_id,))
        self.conn.executemany("INSERT INTO shingle_index VALUES (?, ?, ?)",
                              [(h, doc_id, _iso(day)) for h in sample(hashes)])

    def put_links(self, doc_id: str, links: Iterable[Link], spans_of: Any) -> None:
        """Replace ``doc_id``'s links; ``spans_of(link)`` gives the character spans per passage."""
        self.conn.execute("DELETE FROM syndication_links WHERE doc_a = ? OR doc_b = ?", (doc_id, doc_id))
        rows = []
        for lk in links:
            chars = spans_of(lk)
            passages = [{"words": [p.a0, p.a1, p.b0, p.b1], "a": list(ca), "b": list(cb)}
                        for p, (ca, cb) in zip(lk.passages, chars, strict=True)]
            rows.append((lk.a, lk.b, lk.kind, lk.coverage_a, lk.coverage_b, lk.shared, json.dumps(passages)))
        self.conn.executemany("INSERT OR REPLACE INTO syndication_links VALUES (?,?,?,?,?,?,?)", rows)

    def links(self, ids: Iterable[str]) -> list[Link]:
        """Every link touching one of ``ids`` (sorted, distinct)."""
        ids = list(dict.fromkeys(ids))
        seen: dict[tuple[str, str], Link] = {}
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            marks = ",".join("?" * len(chunk))
            q = f"SELECT * FROM syndication_links WHERE doc_a IN ({marks}) OR doc_b IN ({marks})"
            for r in self.conn.execute(q, chunk + chunk):
                seen[(r["doc_a"], r["doc_b"])] = _link_from_row(r)
        return [seen[k] for k in sorted(seen)]

    def link_passages(self, a: str, b: str) -> list[dict[str, Any]]:
        x, y = (a, b) if a < b else (b, a)
        r = self.conn.execute("SELECT passages FROM syndication_links WHERE doc_a = ? AND doc_b = ?", (x, y)).fetchone()
        return json.loads(r[0]) if r else []

    # -- stories -------------------------------------------------------------------------------
    def story_members(self, story_ids: Iterable[str], *, floating: bool | None = None) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        ids = list(dict.fromkeys(story_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT story_id, document_id FROM story_documents WHERE story_id IN ({','.join('?' * len(chunk))})"
            if floating is not None:
                q += f" AND floating = {int(floating)}"
            for r in self.conn.execute(q + " ORDER BY sort_key", chunk):
                out.setdefault(r[0], []).append(r[1])
        return out

    def assignments(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str, bool]]:
        """doc id -> (story id, sort key, floating)."""
        out: dict[str, tuple[str, str, bool]] = {}
        ids = list(dict.fromkeys(doc_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT document_id, story_id, sort_key, floating FROM story_documents WHERE document_id IN ({','.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                out[r[0]] = (r[1], r[2], bool(r[3]))
        return out

    def dated_after(self, key: str) -> list[tuple[str, str]]:
        """(document id, story id) of the clustered dated documents with a key above ``key``."""
        q = "SELECT document_id, story_id FROM story_documents WHERE floating = 0 AND sort_key > ? ORDER BY sort_key"
        return [(r[0], r[1]) for r in self.conn.execute(q, (key,))]

    def stories_active_since(self, day: dt.date) -> list[str]:
        q = "SELECT id FROM stories WHERE last_day >= ? ORDER BY id"
        return [r[0] for r in self.conn.execute(q, (day.isoformat(),))]

    def stories_with_entities(self, entities: Iterable[str], limit: int = 64) -> list[str]:
        out: set[str] = set()
        for e in entities:
            q = "SELECT story_id FROM story_entities WHERE entity = ? ORDER BY last_day DESC, story_id LIMIT ?"
            out.update(r[0] for r in self.conn.execute(q, (e, limit)))
        return sorted(out)

    def set_assignments(self, rows: Iterable[tuple[str, str, str, bool, float | None]]) -> None:
        """(document, story, sort key, floating, score) rows, replacing earlier ones."""
        self.conn.executemany("INSERT OR REPLACE INTO story_documents VALUES (?,?,?,?,?)",
                              [(d, s, k, int(f), sc) for d, s, k, f, sc in rows])

    def drop_assignments(self, doc_ids: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM story_documents WHERE document_id = ?", [(d,) for d in doc_ids])

    def put_story_row(self, row: dict[str, Any], entities: Iterable[str]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO stories VALUES (:id, :first_day, :last_day, :n_documents, :langs,"
            " :independent_sources, :title_en, :data, :updated_at)", row)
        self.conn.execute("DELETE FROM story_entities WHERE story_id = ?", (row["id"],))
        self.conn.executemany("INSERT OR REPLACE INTO story_entities VALUES (?, ?, ?)",
                              [(e, row["id"], row["last_day"]) for e in entities])

    def delete_stories(self, ids: Iterable[str]) -> None:
        for sid in ids:
            self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            self.conn.execute("DELETE FROM story_entities WHERE story_id = ?", (sid,))

    def story_rows(self, *, limit: int | None = None, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        q = "SELECT * FROM stories"
        args: list[Any] = []
        if ids is not None:
            q += f" WHERE id IN ({','.join('?' * len(ids))})"
            args += list(ids)
        q += " ORDER BY coalesce(last_day, '0000') DESC, n_documents DESC, id"
        if limit is not None:
            q += " LIMIT ?"
            args.append(limit)
        out = []
        for r in self.conn.execute(q, args):
            d = dict(r)
            d["langs"] = json.loads(d["langs"])
            d["data"] = json.loads(d["data"])
            out.append(d)
        return out

    def clear_stories(self) -> None:
        for table in ("stories", "story_documents", "story_entities", "syndication_links", "shingle_index",
                      "story_signatures"):
            self.conn.execute(f"DELETE FROM {table}")
