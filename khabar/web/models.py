"""Pydantic models of the JSON API: they make the OpenAPI spec and validate every answer.

The event row is generated from the export's column declarations
(:data:`khabar.export.columns.EVENT_COLUMNS`), so the API, the CSV/Parquet exports and
``docs/exports.md`` describe events with the same names and meanings.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from khabar.export.columns import EVENT_COLUMNS, Column

__all__ = [
    "ErrorInfo",
    "ErrorResponse",
    "Page",
    "DocumentSummary",
    "SearchHit",
    "DocumentDetail",
    "EntityRef",
    "EntitySummary",
    "EntityDetail",
    "EventRow",
    "StorySummary",
    "StoryDetail",
    "IngestedDocument",
    "IngestResult",
    "Health",
]

T = TypeVar("T")


class ErrorInfo(BaseModel):
    status: int = Field(description="The HTTP status, repeated.")
    code: str = Field(description="Stable machine-readable code: not_found, invalid_request, unauthorized, ...")
    message: str = Field(description="What went wrong, for people.")
    details: list[Any] = Field(default_factory=list, description="Per-field problems (validation) or refused URLs.")


class ErrorResponse(BaseModel):
    """The one shape of every API error."""

    error: ErrorInfo


class Page(BaseModel, Generic[T]):
    """A page of results with the total and links to the neighbouring pages."""

    items: list[T]
    total: int = Field(description="Number of results across all pages.")
    limit: int
    offset: int
    next: str | None = Field(None, description="URL of the next page, or null on the last page.")
    prev: str | None = Field(None, description="URL of the previous page, or null on the first page.")


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    lang: str | None
    dir: str = Field(description="Text direction of the article: rtl or ltr.")
    outlet: str | None
    url: str | None
    published: str | None
    published_how: str | None
    chars: int
    html_url: str
    api_url: str


class SearchHit(DocumentSummary):
    snippet: str = Field(description="A window of the original text around the first match.")
    match: list[int] | None = Field(None, description="[start, end) of the match inside the snippet.")


class EntityRef(BaseModel):
    id: str
    type: str
    name_en: str
    html_url: str
    api_url: str


class EntitySummary(EntityRef):
    document_count: int


class StoryRef(BaseModel):
    id: str
    title_en: str | None
    html_url: str
    api_url: str


def _column_field(col: Column) -> tuple[Any, Any]:
    kinds: dict[str, Any] = {
        "string": str | None, "int": int | None, "float": float | None,
        "list": list[str], "json": dict[str, Any],
    }
    default: Any = None
    if col.type == "list":
        default = Field(default_factory=list, description=col.help)
    elif col.type == "json":
        default = Field(default_factory=dict, description=col.help)
    else:
        default = Field(None, description=col.help)
    return kinds[col.type], default


EventRow = create_model(  # type: ignore[call-overload]
    "EventRow",
    __config__=ConfigDict(extra="forbid"),
    **{c.name: _column_field(c) for c in EVENT_COLUMNS},
    html_url=(str | None, Field(None, description="The evidence highlighted in its article.")),
)


class DocumentDetail(BaseModel):
    """A document as in the khabar.result.v1 JSON, plus links and resolved names."""

    id: str
    source: dict[str, Any]
    lang: str | None
    dir: str
    published: str | None
    published_how: str | None
    title: str | None
    text: str
    sentences: list[list[int]]
    mentions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    issues: list[dict[str, Any]]
    entities: list[EntityRef]
    stories: list[StoryRef]
    html_url: str


class StorySummary(BaseModel):
    id: str
    title_en: str | None
    document_count: int
    independent_sources: int
    outlets: list[str]
    languages: list[str]
    first_published: str | None
    last_published: str | None
    event_count: int
    html_url: str
    api_url: str


class StoryDetail(StorySummary):
    documents: list[DocumentSummary]
    events: list[EventRow]  # type: ignore[valid-type]
    entities: list[EntityRef]
    syndication: list[list[str]]
    differences: list[dict[str, Any]]


class EntityDetail(BaseModel):
    id: str
    type: str
    name_en: str
    names: dict[str, list[str]]
    wikidata: str | None
    lat: float | None
    lon: float | None
    roles: list[str]
    in_knowledge_base: bool
    document_count: int
    documents: list[DocumentSummary] = Field(description="The most recent documents mentioning it.")
    documents_url: str = Field(description="All documents mentioning it (paginated).")
    events_url: str = Field(description="Events where it is actor, target or place (paginated).")
    stories: list[StoryRef]
    html_url: str


class IngestedDocument(BaseModel):
    id: str
    status: str = Field(description="new, updated, unchanged, or failed.")
    title: str | None
    lang: str | None
    issues: list[str] = Field(description="Issue codes recorded on the document.")
    html_url: str


class IngestResult(BaseModel):
    seen: int
    new: int
    updated: int
    unchanged: int
    failed: int
    documents: list[IngestedDocument]


class Health(BaseModel):
    ok: bool
    documents: int
    stories: int = Field(description="Number of stories (0 until story clustering has run).")
    version: str
