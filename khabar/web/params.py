"""Query parameters shared by the API and the pages: paging and filters, bounded and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from .errors import ApiError
from .queries import EventFilters, Filters

__all__ = ["Paging", "paging", "doc_filters", "event_filters", "MAX_LIMIT"]

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000

Lang = Annotated[str | None, Query(max_length=16, description="Language code: ar, fa, en, ...")]
Outlet = Annotated[str | None, Query(max_length=300, description="Outlet name, exactly as listed.")]
# A date, or empty (what a filter form sends for "any"): validated strictly in _iso, not by lax parsing.
_DATE_SCHEMA = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "maxLength": 0}, {"type": "null"}]}
DateFrom = Annotated[str | None, Query(alias="from", max_length=10, json_schema_extra=_DATE_SCHEMA,
                                      description="Earliest date, YYYY-MM-DD (inclusive); empty means any.")]
DateTo = Annotated[str | None, Query(alias="to", max_length=10, json_schema_extra=_DATE_SCHEMA,
                                    description="Latest date, YYYY-MM-DD (inclusive); empty means any.")]
EntityId = Annotated[str | None, Query(max_length=300, description="Entity id (e.g. esmail-qaani).")]
EventType = Annotated[str | None, Query(max_length=64, description="Event type (e.g. ASSAULT).")]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Results per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


def _iso(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD date, or a 422 in the one error shape (no lax parsing: "0" is not a date)."""
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)", details=[
            {"loc": ["query", name], "message": "Input should be a valid date in the format YYYY-MM-DD",
             "type": "date_from_datetime_parsing"}]) from None


def doc_filters(
    lang: Lang = None,
    outlet: Outlet = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: EntityId = None,
    type: EventType = None,  # noqa: A002 - the public parameter name
) -> Filters:
    """Filters on documents: language, outlet, publication date range, entity mentioned, event type found."""
    return Filters(lang=lang or None, outlet=outlet or None, date_from=_iso(date_from, "from"), date_to=_iso(date_to, "to"),
                   entity=entity or None, event_type=type or None)


def event_filters(
    type: EventType = None,  # noqa: A002 - the public parameter name
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: EntityId = None,
    lang: Lang = None,
    outlet: Outlet = None,
) -> EventFilters:
    """Filters on events: type, event date range (overlapping windows count), entity as actor, target or place."""
    return EventFilters(event_type=type or None, date_from=_iso(date_from, "from"), date_to=_iso(date_to, "to"),
                        entity=entity or None, lang=lang or None, outlet=outlet or None)
