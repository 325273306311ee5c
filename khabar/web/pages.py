"""The HTML pages: stories (or documents while stories are absent), documents, entities, events, search.

Pages read the store on every request, so they are live while documents are ingested.
Templates autoescape every value; evidence highlighting is computed here from offsets
(:mod:`khabar.web.highlight`) and rendered as escaped segments.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from khabar.document import Span

from . import queries, views
from .context import WebContext, get_ctx
from .highlight import segment_text
from .params import Paging, doc_filters, event_filters, paging
from .present import LANG_NAMES, direction, page_links, safe_url

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

Ctx = Annotated[WebContext, Depends(get_ctx)]
Pg = Annotated[Paging, Depends(paging)]
_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")
_WIKIDATA = re.compile(r"^Q\d{1,12}$")


def _render(request: Request, name: str, nav: str, **context: Any) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, {"nav": nav, "lang_names": LANG_NAMES, **context})  # type: ignore[no-any-return]


def _pager(request: Request, total: int, p: Paging) -> dict[str, Any]:
    nxt, prev = page_links(request.url.path, dict(request.query_params), total, p.limit, p.offset)
    return {"total": total, "first": p.offset + 1 if total else 0, "last": min(total, p.offset + p.limit),
            "next": nxt, "prev": prev}


def _filter_values(request: Request) -> dict[str, str]:
    keys = ("lang", "outlet", "from", "to", "entity", "type", "q")
    return {k: request.query_params.get(k, "") for k in keys}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, ctx: Ctx, p: Pg) -> Response:
    """Stories when they exist; the newest documents otherwise."""
    if ctx.has_stories():
        total, items = views.stories_page(ctx, p)
        if total:
            return _render(request, "stories.html.j2", "stories", stories=items, pager=_pager(request, total, p))
    return _documents(request, ctx, p, queries.Filters(), "home")


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, ctx: Ctx, p: Pg) -> Response:
    total, items = views.stories_page(ctx, p)
    return _render(request, "stories.html.j2", "stories", stories=items, pager=_pager(request, total, p),
                   stories_available=ctx.has_stories())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, ctx: Ctx, story_id: str) -> Response:
    data, parts, story_map = views.story_page(ctx, story_id)
    return _render(request, "story.html.j2", "stories", story=data, parts=parts, story_map=story_map)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, ctx: Ctx, p: Pg, f: Annotated[queries.Filters, Depends(doc_filters)]) -> Response:
    return _documents(request, ctx, p, f, "documents")


def _documents(request: Request, ctx: WebContext, p: Paging, f: queries.Filters, nav: str) -> Response:
    total, items = views.documents_page(ctx, f, p)
    return _render(request, "documents.html.j2", nav, docs=items, pager=_pager(request, total, p),
                   facets=ctx.facets(), values=_filter_values(request), stories_available=ctx.has_stories())


def _highlight(doc_events: list[Any], event: str | None, span: str | None, text_len: int) -> tuple[list[Span], int | None]:
    """Spans to highlight for ``?event=`` or ``?span=a-b``, and the index of the selected event."""
    if event is not None:
        for k, ev in enumerate(doc_events):
            if ev.id == event:
                return list(ev.evidence), k
    if span and (m := _SPAN.match(span)):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 <= a < b <= text_len:
            return [Span(a, b)], None
    return [], None


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(
    request: Request, ctx: Ctx, doc_id: str,
    event: Annotated[str | None, Query(max_length=300)] = None,
    span: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    doc, data = views.document_detail(ctx, doc_id)
    hl, selected = _highlight(doc.events, event, span, len(doc.text))
    tokens: dict[str, str] = {}
    evidence = [(f"e{k}", ev.evidence) for k, ev in enumerate(doc.events)]
    paragraphs = segment_text(doc.text, doc.mentions, evidence, hl, tokens)
    rows = {r["event_id"]: r for r in views.event_rows_for(ctx, doc)}
    events = [{"token": f"e{k}", "row": rows.get(ev.id, {}), "id": ev.id, "selected": k == selected}
              for k, ev in enumerate(doc.events)]
    entities = [{**ref, "token": tokens.get(ref["id"])} for ref in data["entities"]]
    claims = views.claims_for(ctx, doc)
    return _render(request, "document.html.j2", "documents", doc=doc, data=data, paragraphs=paragraphs,
                   events=events, entities=entities, claims=claims, dir=direction(doc.lang),
                   doc_map=views.document_map(doc),
                   source_url=safe_url(doc.source.url), highlighted=bool(hl))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, ctx: Ctx, p: Annotated[Paging, Depends(paging)]) -> Response:
    total, items = views.entities_page(ctx, p)
    return _render(request, "entities.html.j2", "entities", entities=items, pager=_pager(request, total, p))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, ctx: Ctx, entity_id: str) -> Response:
    data, docs = views.entity_detail(ctx, entity_id)
    contexts = views.mention_contexts(docs, entity_id)
    wikidata = data["wikidata"] if data["wikidata"] and _WIKIDATA.match(data["wikidata"]) else None
    _total, events, _source = views.events_page(ctx, queries.EventFilters(entity=entity_id), Paging(20, 0))
    return _render(request, "entity.html.j2", "entities", entity=data, contexts=contexts, wikidata=wikidata,
                   events=events)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, ctx: Ctx, p: Pg, f: Annotated[queries.EventFilters, Depends(event_filters)]) -> Response:
    total, items, source = views.events_page(ctx, f, p)
    return _render(request, "events.html.j2", "events", events=items, pager=_pager(request, total, p), source=source,
                   facets=ctx.facets(), values=_filter_values(request))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, ctx: Ctx, p: Pg, f: Annotated[queries.Filters, Depends(doc_filters)],
           q: Annotated[str, Query(max_length=500)] = "") -> Response:
    total, hits = views.search_page(ctx, q, f, p) if q.strip() else (0, [])
    for h in hits:
        m = h.get("match")
        s = h["snippet"]
        h["parts"] = (s[: m[0]], s[m[0] : m[1]], s[m[1] :]) if m else (s, "", "")
    return _render(request, "search.html.j2", "search", q=q, hits=hits, pager=_pager(request, total, p),
                   facets=ctx.facets(), values=_filter_values(request))


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> Response:
    """A plain list of the API's operations, from the OpenAPI spec (no external assets)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return _render(request, "api.html.j2", "api", ops=ops)


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)
