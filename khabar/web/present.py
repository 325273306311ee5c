"""Turn store rows, Documents and Stories into the plain dicts that the API and the pages share.

Nothing here writes HTML: templates escape these values. Links are built with every id
percent-encoded as one path segment, and only http(s) URLs are ever offered as links.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from khabar.document import Document, Event, Story
from khabar.export.names import EntityNames
from khabar.export.rows import event_row, story_row

from . import queries

__all__ = [
    "RTL",
    "direction",
    "safe_url",
    "seg",
    "doc_url",
    "doc_summary",
    "entity_ref",
    "story_ref",
    "story_summary",
    "event_out",
    "page_links",
    "LANG_NAMES",
]

RTL = frozenset({"ar", "fa", "ur", "ckb", "ps", "he", "yi"})
LANG_NAMES = {"ar": "Arabic", "fa": "Persian", "en": "English", "ur": "Urdu"}


def direction(lang: str | None) -> str:
    return "rtl" if (lang or "") in RTL else "ltr"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s), else None (no javascript:, data:, file: links ever)."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(c in url for c in "\r\n\t"):
        return url.strip()
    return None


def seg(value: str) -> str:
    """Percent-encode ``value`` as one path segment."""
    return quote(value, safe="")


def doc_url(doc_id: str, *, event: str | None = None, span: tuple[int, int] | None = None) -> str:
    url = f"/documents/{seg(doc_id)}"
    if event is not None:
        url += "?" + urlencode({"event": event}) + "#hl"
    elif span is not None:
        url += "?" + urlencode({"span": f"{span[0]}-{span[1]}"}) + "#hl"
    return url


def doc_summary(row: queries.DocRow | Document) -> dict[str, Any]:
    if isinstance(row, Document):
        row = queries.DocRow(
            id=row.id, outlet=row.source.outlet, url=row.source.url, path=row.source.path, lang=row.lang,
            published=row.published, published_how=row.published_how, title=row.title, chars=len(row.text),
            failed=row.failed,
        )
    return {
        "id": row.id,
        "title": row.title,
        "lang": row.lang,
        "dir": direction(row.lang),
        "outlet": row.outlet,
        "url": safe_url(row.url),
        "published": row.published,
        "published_how": row.published_how,
        "chars": row.chars,
        "html_url": doc_url(row.id),
        "api_url": f"/api/documents/{seg(row.id)}",
    }


def entity_ref(names: EntityNames, eid: str) -> dict[str, Any]:
    e = names.entity(eid)
    return {"id": eid, "type": e.type, "name_en": e.name_en, "html_url": f"/entities/{seg(eid)}",
            "api_url": f"/api/entities/{seg(eid)}"}


def story_ref(story: Story) -> dict[str, Any]:
    return {"id": story.id, "title_en": story.title_en, "html_url": f"/stories/{seg(story.id)}",
            "api_url": f"/api/stories/{seg(story.id)}"}


def story_summary(story: Story, rows: Mapping[str, queries.DocRow]) -> dict[str, Any]:
    """A story row (the export's columns) from its members' listing rows, plus links."""
    members = [rows[i] for i in story.documents if i in rows]
    out = story_row(story, [(r.outlet, r.lang, r.published) for r in members])
    out.pop("entities")
    out.pop("documents")
    out.update(story_ref(story))
    return out


def event_out(ev: Event, supporting: list[Document], names: EntityNames, *, story_id: str | None = None,
              syndication: Iterable[Iterable[str]] = ()) -> dict[str, Any]:
    """An event row (the export's columns) plus a link to its evidence, highlighted."""
    row = event_row(ev, supporting, names, story_id=story_id, syndication=[list(g) for g in syndication])
    first = supporting[0] if supporting else None
    if first is not None:
        if story_id is None:
            row["html_url"] = doc_url(first.id, event=ev.id)
        elif ev.evidence:
            row["html_url"] = doc_url(first.id, span=(ev.evidence[0].start, ev.evidence[0].end))
    return row


def page_links(path: str, params: Mapping[str, Any], total: int, limit: int, offset: int) -> tuple[str | None, str | None]:
    """URLs of the next and previous pages, keeping the other query parameters."""
    keep = {k: v for k, v in params.items() if k not in ("limit", "offset") and v not in (None, "")}

    def link(off: int) -> str:
        return path + "?" + urlencode({**keep, "limit": limit, "offset": off})

    nxt = link(offset + limit) if offset + limit < total else None
    prev = link(max(0, offset - limit)) if offset > 0 else None
    return nxt, prev


def load_docs(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Document]:
    return {d.id: d for d in queries.iter_documents(conn, ids=list(dict.fromkeys(ids)), include_failed=True)}
