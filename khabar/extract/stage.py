"""The ``extract`` stage: raw HTML or plain text -> title, clean body text and page metadata.

HTML goes through trafilatura (:mod:`khabar.extract.html`), plain text through
:func:`~khabar.extract.title.split_plain`; both then go through khabar's line-level
boilerplate removal (:mod:`khabar.extract.boilerplate`). Publication dates are left to the
``pubdate`` stage: trafilatura's date is kept in ``meta["trafilatura_date"]``, and lines that
carried a date but were removed as chrome are kept in ``meta["date_lines"]``.

``meta`` keys written here: ``extraction`` (trafilatura | fallback | plain | none),
``sitename``, ``og_site_name``, ``author``, ``hostname``, ``description``, ``categories``,
``tags``, ``html_lang``, ``trafilatura_date``, ``boilerplate_removed`` (count of lines),
``boilerplate_lines`` (the first of them), ``date_lines``, ``header_lines``, ``outlet_from``.

"""

from __future__ import annotations

import logging

from .. import errors
from ..config import Settings
from ..document import Document
from ..ingest.decode import decode_bytes
from ..ingest.make import sniff_kind
from ..pipeline import stage
from .boilerplate import norm_key, remove_boilerplate
from .html import extract_html, looks_truncated
from .title import clean_title, site_names, split_plain, title_site, unwrap

__all__ = ["ExtractStage", "STAGE"]

LOGGER = logging.getLogger(__name__)

STAGE = "extract"

#: How many removed lines are kept in ``meta["boilerplate_lines"]`` (for inspection).
KEEP_REMOVED = 40


@stage("extract", requires=("raw", "source"), assigns=("title", "text", "meta"))
class ExtractStage:
    """Main text, title and metadata of a Document's raw HTML or plain text.

    trafilatura runs in its balanced mode by default (``favor_precision=False``): khabar's own
    line-level boilerplate removal catches the chrome it lets through, and precision mode was
    measured to drop real paragraphs (a standfirst on the demo corpus) without removing any
    chrome that khabar's pass would have left.
    """

    def __init__(self, settings: Settings, *, favor_precision: bool = False) -> None:
        self.settings = settings
        self.favor_precision = favor_precision

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        if isinstance(raw, bytes):
            raw = decode_bytes(raw).text
        if not raw or not raw.strip():
            doc.text = ""
            doc.add_issue(STAGE, "W020", errors.message("W020", "the input is empty"), severity="error")
            return doc
        ctype = (doc.source.content_type or "").lower()
        is_html = "html" in ctype or (not ctype and sniff_kind(raw) == "html")
        if is_html:
            self._html(doc, raw)
        else:
            self._plain(doc, raw)
        if not doc.text:
            return doc
        if len(doc.text) < self.settings.min_text_chars:
            doc.add_issue(
                STAGE,
                "W021",
                errors.message(
                    "W021", f"{len(doc.text)} characters (min_text_chars is {self.settings.min_text_chars})"
                ),
            )
        return doc

    def _names(self, doc: Document, *extra: str | None) -> list[str]:
        return site_names(doc.source.outlet, *extra, doc.meta.get("hostname"))

    def _finish(
        self, doc: Document, title: str | None, body: str, names: list[str], h1: list[str], dates: list[str]
    ) -> None:
        cleaned = remove_boilerplate(body)
        given = doc.meta.get("input_title")
        headings = [*h1, cleaned.text.partition("\n")[0]]  # a headline repeated atop the body names the title
        raw_title = given if isinstance(given, str) and given.strip() else title
        doc.title = clean_title(raw_title, names, headings)
        site = title_site(raw_title, doc.title)
        if site and not doc.source.outlet:
            doc.source.outlet = site
            doc.meta["outlet_from"] = "title"
        text = cleaned.text
        if doc.title and text:
            first, _, rest = text.partition("\n")
            if norm_key(first) == norm_key(doc.title):
                text = rest.lstrip("\n")
        doc.text = text
        doc.meta["boilerplate_removed"] = len(cleaned.removed)
        if cleaned.removed:
            doc.meta["boilerplate_lines"] = [ln[:200] for ln in cleaned.removed[:KEEP_REMOVED]]
        dates = (dates + cleaned.date_lines)[:10]
        if dates:
            doc.meta["date_lines"] = dates

    def _html(self, doc: Document, raw: str) -> None:
        ex = extract_html(raw, doc.source.url, favor_precision=self.favor_precision)
        for key, value in ex.meta.items():
            doc.meta.setdefault(key, value)
        doc.meta["extraction"] = ex.method
        if not doc.source.outlet and (ex.meta.get("og_site_name") or ex.meta.get("sitename")):
            doc.source.outlet = ex.meta.get("og_site_name") or ex.meta.get("sitename")
            doc.meta["outlet_from"] = "og:site_name" if ex.meta.get("og_site_name") else "sitename"
        if looks_truncated(raw):
            doc.add_issue(STAGE, "W022", errors.message("W022", "no closing </body> or </html>"))
        names = self._names(doc, ex.meta.get("sitename"), ex.meta.get("og_site_name"), ex.meta.get("application_name"))
        self._finish(doc, ex.title, ex.text, names, ex.h1, [])
        if not doc.text:
            why = ex.explanation or "everything on the page looked like site chrome"
            doc.add_issue(STAGE, "W020", errors.message("W020", why), severity="error")

    def _plain(self, doc: Document, raw: str) -> None:
        doc.meta["extraction"] = "plain"
        names = self._names(doc)
        given = doc.meta.get("input_title")
        split = split_plain(raw, names, titled=isinstance(given, str) and bool(given.strip()))
        if split.header_lines:
            doc.meta["header_lines"] = split.header_lines[:10]
        if split.outlet and not doc.source.outlet:
            doc.source.outlet = split.outlet
            doc.meta["outlet_from"] = "header line"
        body = split.body
        if "\n\n" not in body.strip():  # one paragraph per line when no blank lines separate them
            body = "\n\n".join(ln for ln in body.split("\n") if ln.strip())
        self._finish(doc, split.title, body, names, [], split.date_lines)
        doc.text = unwrap(doc.text)
        if not doc.text:
            why = "the text has only a title line" if doc.title else "every line looked like site chrome"
            doc.add_issue(STAGE, "W020", errors.message("W020", why), severity="error")
