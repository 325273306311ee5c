"""RSS/Atom feeds: each entry's linked page is fetched; the entry's own content is the fallback.

A feed is recognised by content (``<rss``, ``<feed``, ``<rdf:RDF``), whether it came from a
URL or a file. Entry pages are fetched a few at a time, in feed order.
"""

from __future__ import annotations

import calendar
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import feedparser

from .. import errors
from ..config import Settings
from ..document import Document, Source, document_id
from .decode import charset_from_content_type
from .fetch import Fetched, Fetcher, outlet_from_url
from .make import STAGE, error_doc, html_like, text_doc

__all__ = ["FeedEntry", "parse_feed", "feed_documents", "ordered_map"]

LOGGER = logging.getLogger(__name__)

#: How many entry pages are fetched at once.
FETCH_WORKERS = 4

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class FeedEntry:
    """What khabar keeps of one feed entry."""

    link: str | None
    title: str | None
    published: str | None  # ISO 8601 UTC, from the entry's published/updated date
    content: str | None  # the entry's full content, else its summary
    content_is_html: bool


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError, OverflowError):
        return None


def _entry(raw: Any) -> FeedEntry:
    content, ctype = None, ""
    for item in raw.get("content") or []:
        if item.get("value"):
            content, ctype = item["value"], item.get("type") or ""
            break
    if not content:
        detail = raw.get("summary_detail") or {}
        content, ctype = raw.get("summary") or None, detail.get("type") or ""
    # feedparser calls most summaries text/html; only real markup makes them HTML here
    is_html = content is not None and (html_like(content) or ("xhtml" in ctype and "<" in content))
    return FeedEntry(
        link=(raw.get("link") or "").strip() or None,
        title=(raw.get("title") or "").strip() or None,
        published=_iso(raw.get("published_parsed") or raw.get("updated_parsed")),
        content=content,
        content_is_html=is_html,
    )


def parse_feed(
    data: bytes, base_url: str | None = None, content_type: str | None = None
) -> tuple[dict[str, Any], list[FeedEntry], str | None]:
    """Parse feed bytes: (feed info, entries, error). Never fetches anything itself."""
    headers = {}
    if base_url:
        headers["content-location"] = base_url
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # feedparser should not raise, but a bad feed must not stop the batch
        return {}, [], f"{type(exc).__name__}: {exc}"
    entries = [_entry(e) for e in parsed.entries]
    info = {"title": parsed.feed.get("title"), "encoding": parsed.get("encoding"), "version": parsed.get("version")}
    if not entries and (parsed.bozo or not parsed.get("version")):
        exc = parsed.get("bozo_exception")
        return info, [], str(exc) if exc else "no feed entries found"
    return info, entries, None


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``map`` in a thread pool with at most ``workers`` calls in flight, results in order."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="khabar-fetch")
    window: deque[Future[R]] = deque()
    try:
        for item in items:
            window.append(pool.submit(fn, item))
            if len(window) >= workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _entry_doc(
    entry: FeedEntry, fetched: Fetched | None, feed_ref: str, feed_is_url: bool, info: dict[str, Any]
) -> Document:
    meta = {"input_title": entry.title, "input_published": entry.published, "feed_title": info.get("title")}
    if fetched is not None and fetched.ok:
        final = fetched.final_url or fetched.url
        source = Source(
            kind="feed",
            url=final,
            outlet=outlet_from_url(final),
            fetched_at=fetched.fetched_at,
            feed=feed_ref,
            http_date=fetched.http_date,
        )
        if final != entry.link:
            meta["requested_url"] = entry.link
        ctype = (fetched.content_type or "").lower()
        kind = "html" if "html" in ctype else "text" if ctype.startswith("text/plain") else None
        page = text_doc(
            source, fetched.data or b"", kind=kind, http_charset=charset_from_content_type(ctype), meta=meta
        )
        if not page.failed or not entry.content:
            return page
        issue = page.issues[-1]
        fetched = Fetched(
            url=fetched.url,
            fetched_at=fetched.fetched_at,
            code=issue.code,
            detail=f"{final}: {errors.CODES[issue.code].summary}",
        )

    source = Source(
        kind="feed",
        url=entry.link,
        path=None if feed_is_url else feed_ref,
        outlet=outlet_from_url(entry.link) or (outlet_from_url(feed_ref) if feed_is_url else None),
        feed=feed_ref,
        fetched_at=fetched.fetched_at if fetched else None,
    )
    if not entry.content or not entry.content.strip():
        if fetched is None:
            return error_doc(source, "W013", f"{feed_ref}: an entry has neither a link nor content")
        return error_doc(source, fetched.code or "W010", f"{fetched.detail}; the entry has no content to fall back on")
    raw = entry.content
    source.content_type = "text/html" if entry.content_is_html else "text/plain"
    source.encoding = f"{info.get('encoding') or 'utf-8'} (feed)"
    doc = Document(id=document_id(source, raw), source=source, raw=raw)
    doc.meta.update({k: v for k, v in meta.items() if v})
    doc.meta["from_feed_content"] = True
    if fetched is not None:
        code = fetched.code or "W010"
        doc.add_issue(STAGE, code, errors.message(code, f"{fetched.detail}; used the feed entry's own content instead"))
    return doc


def feed_documents(
    data: bytes,
    *,
    feed_ref: str,
    feed_is_url: bool,
    fetcher: Fetcher,
    settings: Settings,
    content_type: str | None = None,
) -> Iterator[Document]:
    """Documents for the entries of one feed (a W013 error Document if it cannot be read)."""
    info, entries, problem = parse_feed(data, feed_ref if feed_is_url else None, content_type)
    if problem:
        kind_source = Source(kind="feed", url=feed_ref if feed_is_url else None, path=None if feed_is_url else feed_ref)
        yield error_doc(kind_source, "W013", f"{feed_ref}: {problem}")
        return
    if len(entries) > settings.feed_max_entries:
        LOGGER.info("feed %s: %d entries, reading the first %d", feed_ref, len(entries), settings.feed_max_entries)
        entries = entries[: settings.feed_max_entries]
    if not entries:
        LOGGER.warning("feed %s has no entries", feed_ref)
        return
    seen: set[str] = set()
    unique: list[FeedEntry] = []
    for entry in entries:
        key = entry.link or f"#{len(unique)}"
        if key in seen:
            continue
        seen.add(key)
        unique.append(entry)

    def work(entry: FeedEntry) -> tuple[FeedEntry, Fetched | None]:
        if not entry.link:
            return entry, None
        t0 = time.monotonic()
        fetched = fetcher.fetch(entry.link)
        LOGGER.debug("fetched %s in %.2fs: %s", entry.link, time.monotonic() - t0, fetched.code or fetched.status)
        return entry, fetched

    for entry, fetched in ordered_map(work, unique, FETCH_WORKERS):
        yield _entry_doc(entry, fetched, feed_ref, feed_is_url, info)
