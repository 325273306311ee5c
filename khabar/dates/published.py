"""The publication date of an article: from its HTML metadata, its URL, or its own dateline.

Order in ``published_from_html``: dates stated as *published* in the head (meta tags, JSON-LD),
then the URL, then htmldate's reading of the markup (``original_date=True`` without its extensive
text search) and body microdata, then the visible text (a dated byline near the title, read with
khabar's own Arabic/Persian/Jalali/Hijri rules, then htmldate's extensive search). Every candidate must
fall between 1995-01-01 and ``now`` (or before 2100 when ``now`` is None). Nothing is ever taken
from today's date or a file time: when no date is found the answer is ``(None, None)``.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from lxml import etree

from khabar.dates.calendars import GREGORIAN, JALALI, to_gregorian
from khabar.dates.htmlmeta import MetaDate, body_dates, page_lang, parse_html, scan_markup
from khabar.dates.pubtext import OTHER_PAGE_WORDS, dateline_date, html_byline_date

LOGGER = logging.getLogger(__name__)

MIN_DATE = dt.date(1995, 1, 1)
MAX_DATE = dt.date(2099, 12, 31)

# /2021/07/06/, /2021-07-06-, _2021_07_06, ?date=2021-07-06
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")
# /20210706/, -20210706-
_URL_COMPACT = re.compile(r"(?<![\d])((?:199\d|20[0-9]\d))(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# Jalali in the path of an Iranian site: /1400/04/15/
_URL_JALALI = re.compile(r"(?<!\d)(1[34]\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")


def _ok(day: dt.date | None, now: dt.date | None) -> bool:
    return day is not None and MIN_DATE <= day <= (now or MAX_DATE)


def published_from_url(url: str, *, now: dt.date | None = None) -> dt.date | None:
    """A full publication day written in a URL (/2021/07/06/, /20210706/, ?date=2021-07-06).

    A year and month without a day (/2021/07/) gives nothing. Jalali dates (/1400/04/15/) are read
    on .ir hosts only.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    target = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    for m in _URL_YMD.finditer(target):
        day = to_gregorian(GREGORIAN, int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if _ok(day, now):
            return day
    for m in _URL_COMPACT.finditer(target):
        day = to_gregorian(GREGORIAN, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if _ok(day, now):
            return day
    host = (parts.hostname or "").lower()
    if host.endswith(".ir"):
        for m in _URL_JALALI.finditer(target):
            day = to_gregorian(JALALI, int(m.group(1)), int(m.group(3)), int(m.group(4)))
            if _ok(day, now):
                return day
    return None


def published_from_text(text: str, lang: str, *, title: str | None = None, now: dt.date | None = None) -> dt.date | None:
    """The article's own publication date from a dateline or byline near its start or end.

    Reads the first and last few lines only, and only dates that are marked as publication dates
    ("نشر في", "تاريخ انتشار", "Posted on", ...) or stand alone on their line or open a dateline;
    a date inside a sentence of the body ("في الخامس من يوليو") is an event date, not a
    publication date. The title line is skipped.
    """
    day = dateline_date(text or "", lang, title=title)
    return day if _ok(day, now) else None


_STATED = (("published", "head"), ("published", "jsonld"), ("created", "head"), ("created", "jsonld"))
_BODY = (("published", "body"), ("created", "body"))


def _choose(found: Iterable[MetaDate], now: dt.date | None, order: tuple[tuple[str, str], ...]) -> MetaDate | None:
    """The first date of the first (role, place) in ``order`` that has one."""
    ranked: dict[tuple[str, str], list[MetaDate]] = {}
    for item in found:
        if _ok(item.date, now):
            ranked.setdefault((item.role, item.place), []).append(item)
    for slot in order:
        if slot in ranked:
            return ranked[slot][0]
    return None


def _htmldate(html: str | etree._Element, *, extensive: bool, now: dt.date | None) -> dt.date | None:
    """htmldate's answer (``original_date=True``) within the sanity range, or ``None``.

    Given a parsed tree, htmldate works on a copy of it (no second parse, no change to ours).
    """
    try:
        from htmldate import find_date
    except ImportError:  # optional: without htmldate the markup and URL rules still apply
        return None
    kwargs: dict[str, object] = {"original_date": True, "extensive_search": extensive}
    if now is not None:
        kwargs["max_date"] = now.isoformat()
    try:
        found = find_date(html, **kwargs)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - a third-party parser must not stop the document
        LOGGER.debug("htmldate failed: %s", exc)
        return None
    if not found:
        return None
    try:
        day = dt.date.fromisoformat(found)
    except ValueError:
        return None
    return day if _ok(day, now) else None


#: Parts of a page that carry other pages' dates: lists of links, sidebars, comments, footers.
_OTHER_PAGES = etree.XPath(
    "//li | //aside | //nav | //footer | //*[@class or @id][re:test(concat(@class, ' ', @id),"
    f" '(^|[^a-z])({'|'.join(OTHER_PAGE_WORDS + ('readalso', 'comments?', 'most-?read', 'carousel'))})([^a-z]|$)', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)


def _without_lists(tree: etree._Element) -> etree._Element:
    """A copy of ``tree`` without the parts that list other pages (see ``_OTHER_PAGES``)."""
    root = copy.deepcopy(tree)
    for el in _OTHER_PAGES(root):
        if el.getparent() is not None:
            el.drop_tree()
    return root


def published_from_html(html: str, url: str | None = None, *, now: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """The publication date of a page and how it was found: ``(date, "meta" | "url" | "text")``.

    1. a published (or created) date in the head meta tags or JSON-LD; when it is a UTC time one
       day away from a full date in the URL, the URL's day wins (the outlet's local day);
    2. a full date in the URL;
    3. htmldate's reading of the markup (``original_date=True, extensive_search=False``);
    4. a published date in body microdata or ``<time>`` elements (after htmldate, which weighs
       them better: lists of other articles carry them too);
    5. a dated byline (own rules: Arabic, Persian, Jalali, Hijri month names);
    6. htmldate's extensive search of the text, except a bare 1 January (a copyright year), and
       not for Arabic or Persian pages.

    Returns ``(None, None)`` when nothing credible is found.
    """
    found, lang = scan_markup(html or "")
    url_day = published_from_url(url, now=now) if url else None
    stated = _choose(found, now, _STATED)
    if stated is not None:
        if stated.utc and url_day is not None and abs((stated.date - url_day).days) == 1:
            return url_day, "url"
        return stated.date, "meta"
    if url_day is not None:
        return url_day, "url"
    tree = parse_html(html)
    if tree is None:
        return None, None
    lang = lang or page_lang(tree)
    found = [item for item in found if item.place == "body"] + body_dates(tree, lang)
    day = _htmldate(tree, extensive=False, now=now)
    if day is not None and _htmldate(_without_lists(tree), extensive=False, now=now) != day:
        # the date came from a list of other articles, a sidebar or the comments: not this page's
        day = None
    if day is not None:
        return day, "meta"
    body = _choose(found, now, _BODY)
    if body is not None:
        return body.date, "meta"
    day = html_byline_date(tree, lang)
    if _ok(day, now):
        return day, "text"
    if lang in ("ar", "fa"):
        # htmldate's free-text search cannot tell a byline from a "today's date" strip in Arabic or
        # Persian pages, which khabar's own reader above has already searched.
        return None, None
    day = _htmldate(tree, extensive=True, now=now)
    if day is not None and (day.month, day.day) != (1, 1):
        # htmldate's text search turns a bare year (a copyright line) into 1 January: not a day.
        return day, "text"
    return None, None
