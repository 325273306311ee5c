"""The JSON API under ``/api``: stories, documents, entities, events and search, paginated.

Lists answer ``{"items", "total", "limit", "offset", "next", "prev"}``; every error answers
the one shape of :mod:`khabar.web.errors`. The OpenAPI spec is at ``/api/openapi.json``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

import khabar

from . import queries, views
from .context import WebContext, get_ctx
from .models import (
    DocumentDetail,
    DocumentSummary,
    EntityDetail,
    EntitySummary,
    ErrorResponse,
    EventRow,
    Health,
    Page,
    SearchHit,
    StoryDetail,
    StorySummary,
)
from .params import Paging, doc_filters, event_filters, paging
from .present import page_links

__all__ = ["router"]

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Not found"},
    422: {"model": ErrorResponse, "description": "Invalid parameters"},
    500: {"model": ErrorResponse, "description": "Server error"},
}

router = APIRouter(prefix="/api", responses=ERRORS)

Ctx = Annotated[WebContext, Depends(get_ctx)]
Pg = Annotated[Paging, Depends(paging)]
Id = Annotated[str, Path(min_length=1, max_length=300)]


def _page(request: Request, total: int, items: list[dict[str, Any]], p: Paging, **extra: Any) -> dict[str, Any]:
    nxt, prev = page_links(request.url.path, dict(request.query_params), total, p.limit, p.offset)
    return {"items": items, "total": total, "limit": p.limit, "offset": p.offset, "next": nxt, "prev": prev, **extra}


@router.get("/health", response_model=Health, summary="Liveness and store size")
def health(ctx: Ctx) -> dict[str, Any]:
    return {"ok": True, "documents": ctx.count(queries.Filters()), "stories": ctx.story_count(),
            "version": khabar.__version__}


@router.get("/stories", response_model=Page[StorySummary], summary="Stories, most recent first")
def list_stories(request: Request, ctx: Ctx, p: Pg) -> dict[str, Any]:
    """Stories (empty until story clustering has run on the store)."""
    total, items = views.stories_page(ctx, p)
    return _page(request, total, items, p)


@router.get("/stories/{story_id}", response_model=StoryDetail, summary="One story")
def get_story(ctx: Ctx, story_id: Id) -> dict[str, Any]:
    """A story with its documents, merged events (with evidence links), entities and outlet differences."""
    return views.story_detail(ctx, story_id)


@router.get("/documents", response_model=Page[DocumentSummary], summary="Documents, newest first")
def list_documents(request: Request, ctx: Ctx, p: Pg, f: Annotated[queries.Filters, Depends(doc_filters)]) -> dict[str, Any]:
    total, items = views.documents_page(ctx, f, p)
    return _page(request, total, items, p)


@router.get("/documents/{doc_id}", response_model=DocumentDetail, summary="One document")
def get_document(ctx: Ctx, doc_id: Id) -> dict[str, Any]:
    """The document as in the khabar.result.v1 JSON (spans index into ``text``), with entity and story links."""
    return views.document_detail(ctx, doc_id)[1]


@router.get("/entities", response_model=Page[EntitySummary], summary="Entities by number of documents")
def list_entities(request: Request, ctx: Ctx, p: Pg) -> dict[str, Any]:
    total, items = views.entities_page(ctx, p)
    return _page(request, total, items, p)


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity")
def get_entity(ctx: Ctx, entity_id: Id) -> dict[str, Any]:
    """English and native names, knowledge-base facts, and the documents that mention it."""
    return views.entity_detail(ctx, entity_id)[0]


@router.get("/events", response_model=Page[EventRow], summary="Events (ACLED-like rows)")  # type: ignore[valid-type]
def list_events(request: Request, ctx: Ctx, p: Pg,
                f: Annotated[queries.EventFilters, Depends(event_filters)]) -> dict[str, Any]:
    """Merged story events when stories exist, per-document events until then; newest first.

    ``from``/``to`` keep events whose date or date window overlaps the range; ``entity`` matches
    the actor, the target or the place.
    """
    total, items, _source = views.events_page(ctx, f, p)
    return _page(request, total, items, p)


@router.get("/search", response_model=Page[SearchHit], summary="Full-text search across languages")
def search(request: Request, ctx: Ctx, p: Pg, f: Annotated[queries.Filters, Depends(doc_filters)],
           q: Annotated[str, Query(min_length=1, max_length=500, description="Words; \"quoted phrase\" for a phrase.")]) -> dict[str, Any]:
    """FTS5 over titles and texts; Arabic and Persian spellings (ي/ی, ك/ک, clitics) match each other."""
    total, items = views.search_page(ctx, q, f, p)
    return _page(request, total, items, p)
