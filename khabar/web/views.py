"""The data behind each API answer and page, built once and shared by both faces.

Every function reads the store through the request's :class:`WebContext` and returns plain
dicts (validated by the API models, escaped by the templates). Stories, entities and events
degrade to empty results while the stages that make them are absent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from khabar.brief.map import render_map
from khabar.brief.story import StoryParts, document_points, story_parts
from khabar.document import Document, Event, Span, Story
from khabar.export.names import EntityNames
from khabar.result import document_json

from . import queries
from .context import WebContext
from .errors import ApiError
from .highlight import snippet_match
from .params import Paging
from .present import (
    direction,
    doc_summary,
    doc_url,
    entity_ref,
    event_out,
    load_docs,
    safe_url,
    seg,
    story_ref,
    story_summary,
)

__all__ = [
    "documents_page",
    "search_page",
    "document_detail",
    "stories_page",
    "story_detail",
    "story_page",
    "document_map",
    "evidence_link",
    "events_page",
    "entities_page",
    "entity_detail",
    "event_rows_for",
    "claims_for",
    "mention_contexts",
]

DOC_ID_MAX = 300


def documents_page(ctx: WebContext, f: queries.Filters, p: Paging) -> tuple[int, list[dict[str, Any]]]:
    conn = ctx.conn()
    total = ctx.count(f)
    rows = queries.list_documents(conn, f, limit=p.limit, offset=p.offset)
    return total, [doc_summary(r) for r in rows]


def search_page(ctx: WebContext, q: str, f: queries.Filters, p: Paging) -> tuple[int, list[dict[str, Any]]]:
    total, hits = queries.search_documents(ctx.conn(), q, f, limit=p.limit, offset=p.offset)
    out = []
    for row, text in hits:
        item = doc_summary(row)
        snippet, match = snippet_match(text, q)
        item["snippet"] = snippet
        item["match"] = list(match) if match else None
        out.append(item)
    return total, out


def _entity_ids(doc: Document) -> list[str]:
    return list(dict.fromkeys([*doc.entities, *(m.entity for m in doc.mentions if m.entity)]))


def document_detail(ctx: WebContext, doc_id: str) -> tuple[Document, dict[str, Any]]:
    """The document (for the page) and its API form (khabar.result.v1 fields plus links)."""
    doc = queries.get_document(ctx.conn(), doc_id) if len(doc_id) <= DOC_ID_MAX else None
    if doc is None:
        raise ApiError(404, f"no document with id {doc_id!r}")
    names = ctx.names([doc])
    out = document_json(doc)
    out["dir"] = direction(doc.lang)
    out["entities"] = [entity_ref(names, e) for e in _entity_ids(doc)]
    out["stories"] = [story_ref(s) for s in queries.stories_of_document(ctx.conn(), doc.id)] if ctx.has_stories() else []
    out["html_url"] = f"/documents/{seg(doc.id)}"
    out["source"]["url"] = safe_url(out["source"].get("url")) or out["source"].get("url")
    return doc, out


def stories_page(ctx: WebContext, p: Paging) -> tuple[int, list[dict[str, Any]]]:
    if not ctx.has_stories():
        return 0, []
    total, stories = ctx.story_list(p.limit, p.offset)
    rows = queries.doc_rows(ctx.conn(), [d for s in stories for d in s.documents])
    return total, [story_summary(s, rows) for s in stories]


def _story_and_docs(ctx: WebContext, story_id: str) -> tuple[Story, dict[str, Document]]:
    conn = ctx.conn()
    story = queries.get_story(conn, story_id) if ctx.has_stories() and len(story_id) <= DOC_ID_MAX else None
    if story is None:
        raise ApiError(404, f"no story with id {story_id!r}")
    return story, load_docs(conn, story.documents)


def story_detail(ctx: WebContext, story_id: str, loaded: tuple[Story, dict[str, Document]] | None = None,
                 names: EntityNames | None = None) -> dict[str, Any]:
    conn = ctx.conn()
    story, docs = loaded or _story_and_docs(ctx, story_id)
    names = names or ctx.names(list(docs.values()))
    out = story_summary(story, queries.doc_rows(conn, story.documents))
    members = [docs[i] for i in story.documents if i in docs]
    out["documents"] = [doc_summary(d) for d in members]
    events = []
    for ev in sorted(story.events, key=lambda e: e.date or (e.date_window[0] if e.date_window else "9999")):
        supporting = [docs[i] for i in (ev.documents or story.documents) if i in docs]
        events.append(event_out(ev, supporting, names, story_id=story.id, syndication=story.syndication))
    out["events"] = events
    eids = list(dict.fromkeys([*story.entities, *(e for d in members for e in _entity_ids(d))]))
    out["entities"] = [entity_ref(names, e) for e in eids]
    out["syndication"] = story.syndication
    out["syndication_docs"] = [[doc_summary(docs[i]) for i in g if i in docs] for g in story.syndication]
    out["differences"] = [d.to_dict() for d in story.differences]
    return out


def evidence_link(doc_id: str, span: Span | None, event: str | None) -> str:
    """The document page with this evidence highlighted (the span, else the document's own event)."""
    if span is not None:
        return doc_url(doc_id, span=(span.start, span.end))
    return doc_url(doc_id, event=event) if event else doc_url(doc_id)


def story_page(ctx: WebContext, story_id: str) -> tuple[dict[str, Any], StoryParts, Any]:
    """The story's API form plus what its page shows: timeline, who's who, differences (the brief's
    builder, :func:`khabar.brief.story.story_parts`) and the map."""
    loaded = _story_and_docs(ctx, story_id)
    story, docs = loaded
    names = ctx.names(list(docs.values()))
    data = story_detail(ctx, story_id, loaded, names)
    parts = story_parts(
        story, docs, lambda eid: names.name(eid) or eid, evidence_link,
        entity_of=lambda eid: dataclasses.replace(names.entity(eid), roles=[]),
        entity_link=lambda eid: f"/entities/{seg(eid)}", kb=ctx.kb(),
    )
    return data, parts, render_map(parts.points, width=360)


def document_map(doc: Document) -> Any:
    """The map of the document's event places and the places it mentions."""
    return render_map(document_points(doc), width=330)


def events_page(ctx: WebContext, f: queries.EventFilters, p: Paging) -> tuple[int, list[dict[str, Any]], str]:
    """Merged story events when stories have events, else per-document events; and which it was."""
    conn = ctx.conn()
    if ctx.has_stories():
        merged = ctx.cached("merged_events", lambda c: [(s, e) for s in queries.iter_stories(c) for e in s.events])
        if merged:
            meta = ctx.cached("doc_meta", lambda c: {r[0]: (r[1], r[2]) for r in
                                                     c.execute("SELECT id, lang, outlet FROM documents")})

            def reported(ids: list[str]) -> bool:
                return any((not f.lang or meta.get(i, (None, None))[0] == f.lang)
                           and (not f.outlet or meta.get(i, (None, None))[1] == f.outlet) for i in ids)

            chosen = [(s, e) for s, e in merged if f.matches(e.to_dict()) and reported(e.documents or s.documents)]
            chosen.sort(key=lambda se: se[1].date or (se[1].date_window[1] if se[1].date_window else ""), reverse=True)
            page = chosen[p.offset : p.offset + p.limit]
            docs = load_docs(conn, [d for s, e in page for d in (e.documents or s.documents)])
            names = ctx.names(list(docs.values()))
            items = []
            for s, e in page:
                supporting = [docs[i] for i in (e.documents or s.documents) if i in docs]
                items.append(event_out(e, supporting, names, story_id=s.id, syndication=s.syndication))
            return len(chosen), items, "stories"
    total, pairs = queries.list_events(conn, f, limit=p.limit, offset=p.offset)
    docs = load_docs(conn, [d for d, _ in pairs])
    names = ctx.names(list(docs.values()))
    items = []
    for doc_id, ev in pairs:
        if doc_id in docs:
            items.append(event_out(Event.from_dict(ev), [docs[doc_id]], names))
    return total, items, "documents"


def entities_page(ctx: WebContext, p: Paging) -> tuple[int, list[dict[str, Any]]]:
    total, rows = ctx.cached(("entities", p.limit, p.offset),
                             lambda c: queries.top_entities(c, limit=p.limit, offset=p.offset))
    names = ctx.names()
    items = []
    for eid, n in rows:
        ref = entity_ref(names, eid)
        ref["document_count"] = n
        items.append(ref)
    return total, items


def entity_detail(ctx: WebContext, eid: str, *, recent: int = 20) -> tuple[dict[str, Any], list[Document]]:
    """The entity with its most recent documents (also returned whole, for mention contexts)."""
    conn = ctx.conn()
    f = queries.Filters(entity=eid)
    count = ctx.count(f) if len(eid) <= DOC_ID_MAX else 0
    kb = ctx.kb()
    in_kb = kb is not None and eid in kb
    if count == 0 and not in_kb:
        raise ApiError(404, f"no entity with id {eid!r}")
    rows = queries.list_documents(conn, f, limit=recent)
    docs = list(load_docs(conn, [r.id for r in rows]).values())
    names = ctx.names(docs)
    e = names.entity(eid)
    out = {
        "id": eid, "type": e.type, "name_en": e.name_en, "names": e.names, "wikidata": e.wikidata,
        "lat": e.lat, "lon": e.lon, "roles": e.roles, "in_knowledge_base": in_kb, "document_count": count,
        "documents": [doc_summary(r) for r in rows],
        "documents_url": f"/api/documents?entity={seg(eid)}",
        "events_url": f"/api/events?entity={seg(eid)}",
        "stories": [story_ref(s) for s in queries.stories_for_entity(conn, eid)] if ctx.has_stories() else [],
        "html_url": f"/entities/{seg(eid)}",
    }
    return out, docs


def event_rows_for(ctx: WebContext, doc: Document) -> list[dict[str, Any]]:
    """The document's own events as rows (with their English rendering)."""
    names = ctx.names([doc])
    return [event_out(ev, [doc], names) for ev in doc.events]


def claims_for(ctx: WebContext, doc: Document) -> list[dict[str, Any]]:
    """Who asserts what in ``doc``: speaker, cited sources and the quoted or reported text."""
    names = ctx.names([doc])
    out = []
    for c in doc.claims:
        cited = [names.name(x.entity) or x.description for x in c.citing]
        span = c.span if c.span is not None and c.span.end <= len(doc.text) else None
        out.append({"id": c.id, "kind": c.kind, "by": names.name(c.by) or doc.source.outlet, "citing": [x for x in cited if x],
                    "text": span.of(doc.text) if span else None,
                    "span": [span.start, span.end] if span else None})
    return out


def mention_contexts(docs: list[Document], eid: str, *, width: int = 70) -> list[dict[str, Any]]:
    """For each document, its first mention of ``eid`` with the text around it."""
    out = []
    for doc in docs:
        m = next((m for m in doc.mentions if m.entity == eid and m.end <= len(doc.text)), None)
        if m is None:
            continue
        lo, hi = max(0, m.start - width), min(len(doc.text), m.end + width)
        out.append({
            "doc": doc_summary(doc),
            "before": ("…" if lo else "") + doc.text[lo : m.start].replace("\n", " "),
            "mention": doc.text[m.start : m.end],
            "after": doc.text[m.end : hi].replace("\n", " ") + ("…" if hi < len(doc.text) else ""),
            "count": sum(1 for x in doc.mentions if x.entity == eid),
            "span": [m.start, m.end],
        })
    return out
