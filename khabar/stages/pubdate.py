"""Publication date stage: HTML metadata, then the URL, then the article's own text.

A date never comes from the file's modification time or from today. A date later than
the fetch (or than today, for files) is rejected with W026 rather than kept.
"""

from __future__ import annotations

import datetime as dt

from khabar.config import Settings
from khabar.dates.published import published_from_html, published_from_text, published_from_url
from khabar.document import Document
from khabar.errors import message
from khabar.pipeline import stage


def _limit(doc: Document) -> dt.date:
    """The latest plausible publication day: the fetch day, else today (a day of slack for time zones)."""
    day = dt.date.today()
    if doc.source.fetched_at:
        try:
            day = dt.date.fromisoformat(doc.source.fetched_at[:10])
        except ValueError:
            pass
    return day + dt.timedelta(days=1)


@stage("pubdate", requires=("raw", "source", "text", "lang", "meta"), assigns=("published", "published_how"))
class PubdateStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        now = _limit(doc)
        found: dt.date | None = None
        how: str | None = None
        given = doc.meta.get("input_published")  # a jsonl or feed "published" field
        if given:
            try:
                found, how = dt.date.fromisoformat(str(given)[:10]), "meta"
            except ValueError:
                doc.add_issue("pubdate", "W026", message("W026", f"unreadable given date {given!r}"))
        is_html = (doc.source.content_type or "").endswith("html")
        if found is None and is_html and isinstance(doc.raw, str):
            found, how = published_from_html(doc.raw, doc.source.url, now=now)
        if found is None and doc.source.url:
            found = published_from_url(doc.source.url)
            how = "url" if found else None
        if found is None and doc.text:
            found = published_from_text(doc.text, doc.lang or "und", title=doc.title, now=now)
            how = "text" if found else None
        if found is not None and found > now:
            doc.add_issue("pubdate", "W026", message("W026", f"{found.isoformat()} is after {now.isoformat()}"))
            found, how = None, None
        if found is None:
            doc.add_issue("pubdate", "W025", message("W025"))
        doc.published = found.isoformat() if found else None
        doc.published_how = how
        return doc
