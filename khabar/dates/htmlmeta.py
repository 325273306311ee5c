"""Publication dates stated in a page's markup: <meta> tags, JSON-LD, microdata, <time> and <abbr>.

``scan_markup`` reads meta tags and JSON-LD straight from the HTML text (no tree: most pages are
settled there); ``body_dates`` reads microdata and ``<time>``/``<abbr>`` elements from a parsed
tree. Each date is classed as "published", "created" or "modified" by the name that carries it,
and by where it sits ("head", "jsonld", "body"); ``khabar.dates.published`` decides among them.
Modified dates are collected but never taken as a publication date.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from khabar.dates.calendars import GREGORIAN, HIJRI, JALALI, to_gregorian
from khabar.dates.text import find_dates

LOGGER = logging.getLogger(__name__)

PUBLISHED_KEYS = frozenset(
    {
        "article:published_time", "article:published", "og:article:published_time", "og:published_time",
        "published_time", "published-time", "datepublished", "date_published", "pubdate", "publishdate",
        "publish-date", "publish_date", "pub_date", "pub-date", "publication_date", "publication-date",
        "publicationdate", "dc.date.issued", "dcterms.issued", "dc:date.issued", "citation_publication_date",
        "citation_date", "citation_online_date", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "original-publish-date", "og:pubdate", "cxenseparse:publishtime",
        "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "prism.publicationdate",
        "vr:published-time", "rnews:datepublished", "bt:pubdate", "sw-pubdate", "displaydate", "pdate",
        "article:post_date", "dc.date", "dc:date", "dcterms.date", "date", "og:release_date", "release_date",
        "analyticsattributes.articledate", "bepress_citation_date", "veeseo:date", "ob:date", "og:article:time",
        "acquia_lift:published_date", "publish_time", "news_date", "article_date", "date.published",
        "dc.date.available", "dcterms.available",
    }
)
CREATED_KEYS = frozenset(
    {"datecreated", "dc.date.created", "dcterms.created", "dc:date.created", "dcterms:created", "dc.created",
     "uploaddate", "created"}
)
MODIFIED_KEYS = frozenset(
    {"article:modified_time", "article:modified", "og:updated_time", "og:article:modified_time", "datemodified",
     "date_modified", "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "dc:date.modified",
     "shareaholic:article_modified_time", "revision_date", "dateupdate", "updated_time", "article:updated_time"}
)
_JSONLD_KEYS = {"datePublished": "published", "dateCreated": "created", "uploadDate": "created",
                "dateModified": "modified"}
_CLASS_PUBLISHED = re.compile(r"\b(?:published|entry-date|post-date|pubdate|publish-date|article-date|date-published)\b", re.I)
_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s_]|$|[+Z])")
_SLASHED = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")


@dataclass(frozen=True)
class MetaDate:
    """A date found in the markup."""

    date: dt.date
    role: str  # "published" | "created" | "modified"
    place: str  # "head" | "body" | "jsonld"
    source: str  # the key or element that carried it
    utc: bool = False  # a time given in UTC: the local day may be one earlier or later


_UTC = re.compile(r"\d[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$", re.I)


def is_utc(value: str) -> bool:
    """Whether a date-time string states its time in UTC."""
    return bool(_UTC.search(value or ""))


def page_lang(tree: etree._Element) -> str | None:
    """The two-letter language of the page from ``<html lang>``, content-language or og:locale."""
    values = [tree.get("lang"), tree.get("xml:lang")]
    for el in tree.iter("meta"):
        name = (el.get("http-equiv") or el.get("property") or "").lower()
        if name in ("content-language", "og:locale"):
            values.append(el.get("content"))
    for value in values:
        if value and len(value) >= 2 and value[:2].isalpha():
            return value[:2].lower()
    return None


def numeric_calendar(year: int, lang: str | None) -> str:
    """Calendar of a numeric year: 13xx-14xx is Jalali for Persian, Hijri for Arabic; otherwise
    whichever reading lands after 1995 (Jalali up to 1415, Hijri from 1420)."""
    if not 1300 <= year < 1500:
        return GREGORIAN
    if lang == "fa":
        return JALALI
    if lang == "ar":
        return HIJRI
    return JALALI if year <= 1415 else HIJRI if year >= 1420 else GREGORIAN


def parse_value(value: str, lang: str | None = None) -> dt.date | None:
    """A date from a machine or human date string: ISO, slashed Y/M/D (Jalali or Hijri when the year
    says so and ``lang`` agrees), RFC 822, or any absolute date ``find_dates`` reads."""
    value = (value or "").strip()
    if not value or len(value) > 200:
        return None
    m = _ISO.match(value) or _SLASHED.match(value)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return to_gregorian(numeric_calendar(year, lang), year, month, day)
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp in seconds or milliseconds
        try:
            return dt.datetime.fromtimestamp(int(value[:10]), tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    for mention in find_dates(value, lang if lang in ("ar", "fa", "en") else "und"):
        if mention.date is not None and mention.kind == "absolute":
            return mention.date
    return None


def _role(name: str) -> str | None:
    name = name.strip().lower()
    if name in PUBLISHED_KEYS:
        return "published"
    if name in CREATED_KEYS:
        return "created"
    if name in MODIFIED_KEYS:
        return "modified"
    return None


def _walk_jsonld(obj: object, depth: int = 0) -> Iterator[tuple[str, str, str]]:
    """(role, value, @type) for every date key in a JSON-LD object, depth-first, bounded."""
    if depth > 6:
        return
    if isinstance(obj, list):
        for item in obj[:50]:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(obj, dict):
        kind = obj.get("@type", "")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind)
        for k, role in _JSONLD_KEYS.items():
            value = obj.get(k)
            if isinstance(value, str):
                yield role, value, kind
        for k, value in obj.items():
            if isinstance(value, dict | list) and k not in ("publisher", "author", "isPartOf", "comment"):
                yield from _walk_jsonld(value, depth + 1)


_BODY_ELEMENTS = etree.XPath("//*[@itemprop][not(self::meta)] | //time | //abbr[@title]")
_ITEMPROP_ROLES = {"datepublished": "published", "datecreated": "created", "datemodified": "modified"}


def _jsonld_text(raw: str, lang: str | None) -> list[MetaDate]:
    if "date" not in raw:
        return []
    try:
        data = json.loads(raw.strip().rstrip(";"))
    except ValueError:
        return []
    out = []
    for role, value, kind in _walk_jsonld(data):
        day = parse_value(value, lang)
        if day is not None:
            out.append(MetaDate(day, role, "jsonld", kind or "jsonld", is_utc(value)))
    return out


def _marked_up(el: etree._Element, lang: str | None) -> MetaDate | None:
    """A body element carrying a date: itemprop microdata, <time pubdate>, <time class="published">."""
    prop = (el.get("itemprop") or "").lower()
    if prop in _ITEMPROP_ROLES:
        value = el.get("datetime") or el.get("content") or el.get("title") or el.text_content()
        day = parse_value(value, lang)
        return MetaDate(day, _ITEMPROP_ROLES[prop], "body", "itemprop") if day else None
    if prop:
        return None
    if el.tag == "time":
        value = el.get("datetime") or ""
        if not value:
            return None
        if el.get("pubdate") is None:
            parent = el.getparent()
            cls = (el.get("class") or "") + " " + ((parent.get("class") or "") if parent is not None else "")
            if not _CLASS_PUBLISHED.search(cls):
                return None
    elif el.tag == "abbr":
        if "published" not in (el.get("class") or ""):
            return None
        value = el.get("title") or ""
    else:
        return None
    day = parse_value(value, lang)
    return MetaDate(day, "published", "body", str(el.tag)) if day else None


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_LD_SCRIPT = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
_ATTR = re.compile(r"""([^\s=/>"']+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_BODY_TAG = re.compile(r"<body\b", re.I)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.I)


def _attrs(tag: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in _ATTR.findall(tag):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        out.setdefault(name.lower(), html_lib.unescape(value))
    return out


def scan_markup(html: str) -> tuple[list[MetaDate], str | None]:
    """Meta tags and JSON-LD read straight from the HTML text, without building a tree (fast path),
    and the page language from ``<html lang>`` or a content-language tag."""
    body = _BODY_TAG.search(html)
    body_at = body.start() if body else len(html)
    lang_match = _HTML_LANG.search(html, 0, min(len(html), 5000))
    lang = lang_match.group(1).lower() if lang_match else None
    tags = [(m.start(), _attrs(m.group(0))) for m in _META_TAG.finditer(html)]
    if lang is None:
        for _, attrs in tags:
            if (attrs.get("http-equiv") or attrs.get("property") or "").lower() in ("content-language", "og:locale"):
                value = attrs.get("content") or ""
                if len(value) >= 2 and value[:2].isalpha():
                    lang = value[:2].lower()
                    break
    found: list[MetaDate] = []
    for pos, attrs in tags:
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv") or ""
        if name.lower() == "parsely-page":
            try:
                value = str(json.loads(attrs.get("content") or "").get("pub_date", ""))
            except (ValueError, AttributeError):
                continue
            day = parse_value(value, lang)
            if day is not None:
                found.append(MetaDate(day, "published", "head", "parsely-page", is_utc(value)))
            continue
        role = _role(name)
        if role is None:
            continue
        content = attrs.get("content") or ""
        day = parse_value(content, lang)
        if day is not None:
            found.append(MetaDate(day, role, "head" if pos < body_at else "body", name.lower(), is_utc(content)))
    for m in _LD_SCRIPT.finditer(html):
        found.extend(_jsonld_text(m.group(1), lang))
    return found, lang


def body_dates(tree: etree._Element, lang: str | None = None) -> list[MetaDate]:
    """Dates marked up in the body of a parsed page: itemprop microdata, ``<time pubdate>``, ``<abbr>``."""
    found = []
    for el in _BODY_ELEMENTS(tree):
        item = _marked_up(el, lang)
        if item is not None:
            found.append(item)
    return found


def parse_html(html: str) -> etree._Element | None:
    """Parse a page with lxml, or ``None`` when it cannot be parsed."""
    if not html or not html.strip():
        return None
    try:
        if html.lstrip().startswith("<?xml"):
            html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        LOGGER.debug("unparseable HTML: %s", exc)
        return None
