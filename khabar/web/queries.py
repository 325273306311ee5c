"""Read-only queries over the khabar store, for the web app and the exports.

Every function takes an open ``sqlite3.Connection`` (the store's, or a per-thread reader)
and only reads. Entities and events live inside each document's JSON ``data`` for now, so
filters on them use SQLite's JSON functions behind a cheap ``instr`` pre-filter. Stories are
read when a ``stories`` table exists (see :func:`story_table`); without it the story
functions return empty results, and the views fall back to documents.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from khabar.document import Difference, Document, Event, Story
from khabar.store import search as fts

__all__ = [
    "DocRow",
    "Filters",
    "EventFilters",
    "count_documents",
    "list_documents",
    "search_documents",
    "get_document",
    "doc_rows",
    "iter_documents",
    "facets",
    "top_entities",
    "list_events",
    "story_table",
    "count_stories",
    "list_stories",
    "get_story",
    "stories_of_document",
    "iter_stories",
    "stories_for_entity",
]

_DOC_COLS = (
    "d.id, d.outlet, d.url, d.path, d.lang, d.published, d.published_how, d.title, length(d.text) AS chars,"
    " d.failed, d.rowid AS rowid"
)


@dataclass
class DocRow:
    """A document in a listing: metadata only, no text."""

    id: str
    outlet: str | None
    url: str | None
    path: str | None
    lang: str | None
    published: str | None
    published_how: str | None
    title: str | None
    chars: int
    failed: bool


def _doc_row(r: sqlite3.Row) -> DocRow:
    return DocRow(
        id=r["id"], outlet=r["outlet"], url=r["url"], path=r["path"], lang=r["lang"], published=r["published"],
        published_how=r["published_how"], title=r["title"], chars=r["chars"] or 0, failed=bool(r["failed"]),
    )


def _needle(value: str) -> str:
    """How a JSON string value appears in the stored ``data`` (json.dumps, ensure_ascii=False)."""
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Filters:
    """Document filters shared by listings and search. Dates are YYYY-MM-DD strings."""

    lang: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None
    event_type: str | None = None
    include_failed: bool = False

    def where(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if not self.include_failed:
            where.append("d.failed = 0")
        if self.lang:
            where.append("d.lang = ?")
            args.append(self.lang)
        if self.outlet:
            where.append("d.outlet = ?")
            args.append(self.outlet)
        if self.date_from:
            where.append("d.published >= ?")
            args.append(self.date_from)
        if self.date_to:
            where.append("d.published <= ?")
            args.append(self.date_to)
        if self.entity:
            where.append(
                "instr(d.data, ?) > 0 AND EXISTS (SELECT 1 FROM json_each(d.data, '$.entities') je WHERE je.value = ?)"
            )
            args += [_needle(self.entity), self.entity]
        if self.event_type:
            where.append(
                "instr(d.data, ?) > 0 AND EXISTS (SELECT 1 FROM json_each(d.data, '$.events') ev"
                " WHERE json_extract(ev.value, '$.type') = ?)"
            )
            args += [_needle(self.event_type), self.event_type]
        return where, args


def _sql_where(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


def count_documents(conn: sqlite3.Connection, f: Filters = Filters()) -> int:
    where, args = f.where()
    return int(conn.execute("SELECT count(*) FROM documents d" + _sql_where(where), args).fetchone()[0])


def list_documents(conn: sqlite3.Connection, f: Filters = Filters(), *, limit: int = 20, offset: int = 0) -> list[DocRow]:
    """Newest publication first (undated last), then newest ingested first."""
    where, args = f.where()
    sql = (f"SELECT {_DOC_COLS} FROM documents d" + _sql_where(where)
           + " ORDER BY d.published DESC, d.rowid DESC LIMIT ? OFFSET ?")
    return [_doc_row(r) for r in conn.execute(sql, [*args, limit, offset])]


def search_documents(
    conn: sqlite3.Connection, query: str, f: Filters = Filters(), *, limit: int = 20, offset: int = 0
) -> tuple[int, list[tuple[DocRow, str]]]:
    """Full-text search (FTS5, cross-script keys); returns the total and (row, text) pairs, best first.

    Ranking runs on the FTS table alone (only rowids go through the sort); document rows are
    read for the page only. Without filters the count is the FTS count (failed inputs have no
    indexed text); with filters, the matches are joined to the documents they filter on.
    """
    expr = fts.fts_query(query)
    if not expr:
        return 0, []
    where, args = Filters(**{**f.__dict__, "include_failed": True}).where()
    rank = "bm25(documents_fts, 5.0, 1.0, 0.5)"
    try:
        if where:
            base = (" FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
                    " WHERE documents_fts MATCH ?" + "".join(" AND " + w for w in where))
        else:
            base = " FROM documents_fts WHERE documents_fts MATCH ?"
        total = int(conn.execute("SELECT count(*)" + base, [expr, *args]).fetchone()[0])
        ranked = [r[0] for r in conn.execute(
            "SELECT documents_fts.rowid" + base + f" ORDER BY {rank} LIMIT ? OFFSET ?", [expr, *args, limit, offset])]
        if not ranked:
            return total, []
        rows = {r["rowid"]: r for r in conn.execute(
            f"SELECT {_DOC_COLS}, d.text AS body FROM documents d WHERE d.rowid IN ({','.join('?' * len(ranked))})",
            ranked)}
    except sqlite3.OperationalError:
        return 0, []
    return total, [(_doc_row(rows[i]), rows[i]["body"]) for i in ranked if i in rows]


def get_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    row = conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    return Document.from_dict(json.loads(row[0]))


def doc_rows(conn: sqlite3.Connection, ids: list[str]) -> dict[str, DocRow]:
    """Listing rows (no text, no JSON) of the documents ``ids`` that exist."""
    out: dict[str, DocRow] = {}
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        rows = conn.execute(f"SELECT {_DOC_COLS} FROM documents d WHERE d.id IN ({','.join('?' * len(chunk))})", chunk)
        out.update((r["id"], _doc_row(r)) for r in rows)
    return out


def iter_documents(conn: sqlite3.Connection, *, ids: list[str] | None = None, include_failed: bool = False) -> Iterator[Document]:
    """Documents oldest publication first (or those of ``ids``, in that order)."""
    if ids is not None:
        for i in ids:
            d = get_document(conn, i)
            if d is not None and (include_failed or not d.failed):
                yield d
        return
    sql = "SELECT data FROM documents" + ("" if include_failed else " WHERE failed = 0")
    sql += " ORDER BY coalesce(published, '9999'), rowid"
    for row in conn.execute(sql):
        yield Document.from_dict(json.loads(row[0]))


def facets(conn: sqlite3.Connection) -> dict[str, list[tuple[str, int]]]:
    """Languages, outlets and event types with their document counts (for filter menus)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for col in ("lang", "outlet"):
        rows = conn.execute(
            f"SELECT {col} AS v, count(*) AS n FROM documents WHERE failed = 0 AND {col} IS NOT NULL"
            f" GROUP BY {col} ORDER BY n DESC, v LIMIT 200"
        )
        out[col] = [(r["v"], r["n"]) for r in rows]
    rows = conn.execute(
        "SELECT json_extract(ev.value, '$.type') AS v, count(DISTINCT d.id) AS n"
        " FROM documents d, json_each(d.data, '$.events') ev"
        " WHERE d.failed = 0 AND instr(d.data, '\"events\": []') = 0 GROUP BY v ORDER BY n DESC, v LIMIT 100"
    )
    out["event_type"] = [(r["v"], r["n"]) for r in rows if r["v"]]
    return out


def top_entities(conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0) -> tuple[int, list[tuple[str, int]]]:
    """Entity ids by number of documents mentioning them; and how many entities there are."""
    base = (" FROM documents d, json_each(d.data, '$.entities') je"
            " WHERE d.failed = 0 AND instr(d.data, '\"entities\": []') = 0")
    total = int(conn.execute("SELECT count(DISTINCT je.value)" + base).fetchone()[0])
    rows = conn.execute(
        "SELECT je.value AS id, count(DISTINCT d.id) AS n" + base + " GROUP BY je.value ORDER BY n DESC, id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return total, [(r["id"], r["n"]) for r in rows]


@dataclass(frozen=True)
class EventFilters:
    """Filters on events: type, date range (overlapping the event's date or window), entity."""

    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None
    lang: str | None = None
    outlet: str | None = None

    def matches(self, ev: dict[str, Any]) -> bool:
        """The same test in Python (for merged events read from stories)."""
        if self.event_type and ev.get("type") != self.event_type:
            return False
        start, end = _event_bounds(ev)
        if self.date_from and (end is None or end < self.date_from):
            return False
        if self.date_to and (start is None or start > self.date_to):
            return False
        if self.entity:
            place = ev.get("place") or {}
            if self.entity not in (ev.get("actor"), ev.get("target"), place.get("entity")):
                return False
        return True


def _event_bounds(ev: dict[str, Any]) -> tuple[str | None, str | None]:
    window = ev.get("date_window") or [None, None]
    return ev.get("date") or window[0], ev.get("date") or window[1]


_EV_START = "coalesce(json_extract(ev.value, '$.date'), json_extract(ev.value, '$.date_window[0]'))"
_EV_END = "coalesce(json_extract(ev.value, '$.date'), json_extract(ev.value, '$.date_window[1]'))"


def list_events(
    conn: sqlite3.Connection, f: EventFilters = EventFilters(), *, limit: int = 50, offset: int = 0
) -> tuple[int, list[tuple[str, dict[str, Any]]]]:
    """Per-document events, latest event date first: the total and (document id, event dict) pairs."""
    where = ["d.failed = 0", "instr(d.data, '\"events\": []') = 0"]
    args: list[Any] = []
    if f.lang:
        where.append("d.lang = ?")
        args.append(f.lang)
    if f.outlet:
        where.append("d.outlet = ?")
        args.append(f.outlet)
    if f.event_type:
        where += ["instr(d.data, ?) > 0", "json_extract(ev.value, '$.type') = ?"]
        args += [_needle(f.event_type), f.event_type]
    if f.entity:
        where += ["instr(d.data, ?) > 0",
                  "? IN (json_extract(ev.value, '$.actor'), json_extract(ev.value, '$.target'),"
                  " json_extract(ev.value, '$.place.entity'))"]
        args += [_needle(f.entity), f.entity]
    if f.date_from:
        where.append(f"{_EV_END} >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append(f"{_EV_START} <= ?")
        args.append(f.date_to)
    base = " FROM documents d, json_each(d.data, '$.events') ev" + _sql_where(where)
    total = int(conn.execute("SELECT count(*)" + base, args).fetchone()[0])
    rows = conn.execute(
        "SELECT d.id AS doc_id, ev.value AS event" + base
        + f" ORDER BY {_EV_START} DESC, d.published DESC, d.rowid DESC, ev.key LIMIT ? OFFSET ?",
        [*args, limit, offset],
    )
    return total, [(r["doc_id"], json.loads(r["event"])) for r in rows]


# -- stories ------------------------------------------------------------------------------
#
# Stories live in the ``stories`` table of migration 0002 (khabar/store/stories.py): columns
# id, first_day, last_day, n_documents, langs, independent_sources, title_en, data (JSON with
# documents, syndication, entities, and -- once event merging lands -- events and differences),
# with ``story_documents`` and ``story_entities`` as indexes. A bare ``stories (id, data)``
# table holding Story.to_dict() JSON is read too. Anything else reads as "no stories".


@dataclass(frozen=True)
class StoryTable:
    """Which story columns and index tables the store has."""

    columns: frozenset[str]
    order: str
    members_table: bool
    entities_table: bool


def _columns(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    return frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))


def story_table(conn: sqlite3.Connection) -> StoryTable | None:
    """The stories table when it exists and holds story JSON; None otherwise."""
    cols = _columns(conn, "stories")
    if "data" not in cols or "id" not in cols:
        return None
    if "last_day" in cols:
        order = "coalesce(last_day, '0000') DESC, " + ("n_documents DESC, " if "n_documents" in cols else "") + "id"
    elif "updated_at" in cols:
        order = "updated_at DESC, id"
    else:
        order = "rowid DESC"
    return StoryTable(columns=cols, order=order,
                      members_table={"story_id", "document_id"} <= _columns(conn, "story_documents"),
                      entities_table={"story_id", "entity"} <= _columns(conn, "story_entities"))


def _story(row: sqlite3.Row) -> Story | None:
    """A Story from a row of either layout; None when the JSON is unreadable."""
    try:
        data = json.loads(row["data"])
        keys = row.keys()
        entities = [e["id"] if isinstance(e, dict) else e for e in data.get("entities", [])]
        return Story(
            id=row["id"],
            title_en=row["title_en"] if "title_en" in keys else data.get("title_en"),
            documents=list(data.get("documents", [])),
            independent_sources=int((row["independent_sources"] if "independent_sources" in keys
                                     else data.get("independent_sources")) or 0),
            syndication=[list(g) for g in data.get("syndication", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            differences=[Difference.from_dict(d) for d in data.get("differences", [])],
            entities=[e for e in entities if isinstance(e, str)],
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def count_stories(conn: sqlite3.Connection) -> int:
    if story_table(conn) is None:
        return 0
    return int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])


def list_stories(conn: sqlite3.Connection, *, limit: int = 20, offset: int = 0,
                 total: int | None = None) -> tuple[int, list[Story]]:
    """A page of stories, most recent first (only ids go through the sort; JSON is read for the page)."""
    t = story_table(conn)
    if t is None:
        return 0, []
    if total is None:
        total = int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])
    ids = [r[0] for r in conn.execute(f"SELECT id FROM stories ORDER BY {t.order} LIMIT ? OFFSET ?", (limit, offset))]
    return total, _stories_by_ids(conn, ids)


def iter_stories(conn: sqlite3.Connection) -> Iterator[Story]:
    t = story_table(conn)
    if t is None:
        return
    for r in conn.execute(f"SELECT * FROM stories ORDER BY {t.order}"):
        s = _story(r)
        if s is not None:
            yield s


def get_story(conn: sqlite3.Connection, story_id: str) -> Story | None:
    if story_table(conn) is None:
        return None
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    return _story(row) if row is not None else None


def _stories_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[Story]:
    """Stories ``ids`` in that order (missing or unreadable ones left out); one query per 500."""
    unique = list(dict.fromkeys(ids))
    found: dict[str, Story] = {}
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        for r in conn.execute(f"SELECT * FROM stories WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            s = _story(r)
            if s is not None:
                found[s.id] = s
    return [found[i] for i in unique if i in found]


def stories_of_document(conn: sqlite3.Connection, doc_id: str) -> list[Story]:
    t = story_table(conn)
    if t is None:
        return []
    if t.members_table:
        ids = [r[0] for r in conn.execute("SELECT story_id FROM story_documents WHERE document_id = ?", (doc_id,))]
        return _stories_by_ids(conn, ids)
    rows = conn.execute("SELECT * FROM stories WHERE instr(data, ?) > 0", (_needle(doc_id),))
    return [s for s in map(_story, rows) if s is not None and doc_id in s.documents]


def stories_for_entity(conn: sqlite3.Connection, entity: str, *, limit: int = 50) -> list[Story]:
    t = story_table(conn)
    if t is None:
        return []
    if t.entities_table:
        ids = [r[0] for r in conn.execute(
            "SELECT story_id FROM story_entities WHERE entity = ? ORDER BY last_day DESC, story_id LIMIT ?"
            if "last_day" in _columns(conn, "story_entities") else
            "SELECT story_id FROM story_entities WHERE entity = ? ORDER BY story_id LIMIT ?", (entity, limit))]
        return _stories_by_ids(conn, ids)
    rows = conn.execute("SELECT * FROM stories WHERE instr(data, ?) > 0 LIMIT ?", (_needle(entity), limit * 4))
    return [s for s in map(_story, rows) if s is not None and entity in s.entities][:limit]
