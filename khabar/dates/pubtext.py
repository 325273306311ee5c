"""Publication dates written in an article's visible text: datelines and bylines.

Only the first and last few lines are read, and a date counts only when it is marked as a
publication date by a cue ("نشر في", "تاریخ انتشار", "Posted on"), stands alone on its line (with
at most a time, a weekday, a short byline or an agency name), or opens a dateline ("CAIRO, July 6,
2021 (Reuters) -"). A date inside a sentence is an event date and is ignored.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from khabar.dates.lexicon import key, lang_code, lexicon
from khabar.dates.normalize import fold
from khabar.dates.text import DateMention, find_dates

LOGGER = logging.getLogger(__name__)

HEAD_LINES = 6
TAIL_LINES = 4
LINE_CHARS = 240  # of a long line (a paragraph), only its beginning can hold a dateline
CUE_REACH = 40  # characters between a cue and its date

# Words that, right before a date, make it part of a sentence rather than a dateline.
_SENTENCE_WORDS = frozenset(
    key(w) for w in ("في", "منذ", "حتى", "قبل", "بعد", "من", "إلى", "الى", "حتي", "در", "از", "تا", "پس", "on", "in",
                     "since", "until", "before", "after", "from", "to", "of", "at", "between", "and", "و")
)
_DATELINE_AFTER = ("(", "-", "—", "–", ":", "|", "/", "—", "،", ",", "ـ")
_RESIDUE_DROP = re.compile(r"[\d\W_]+|\b(?:am|pm|gmt|utc|est|edt|cet|cest|ص|م|ق\.ظ|ب\.ظ|ساعت|الساعة|at)\b", re.I)
MAX_RESIDUE_LETTERS = 24


@dataclass(frozen=True)
class _Candidate:
    rank: int  # lower is better
    order: int
    date: dt.date


def _cue_before(pre: str, cues: list[str]) -> bool:
    tail = fold(pre[-CUE_REACH:]).lower()
    return any(cue in tail for cue in cues)


#: Words joining a date to the same date in another calendar ("1447هـ الموافق 15 أيلول 2025").
_SAME_DAY = frozenset(key(w) for w in ("الموافق", "موافق", "الموافق لـ", "برابر", "مطابق", "corresponding"))


def _residue_letters(line: str, mention: DateMention, weekdays: dict[str, int],
                     others: Sequence[DateMention] = ()) -> int:
    """Letters of the line that are not this date, another date of the line on the same day, a
    weekday or a calendar connector: a dateline has few ("بغداد - الرافدين | الأحد 11 تموز 2021")."""
    cut = sorted([(mention.start, mention.end)] + [(o.start, o.end) for o in others
                                                   if o is not mention and o.date == mention.date])
    parts, pos = [], 0
    for a, b in cut:
        if a >= pos:
            parts.append(line[pos:a])
            pos = b
    parts.append(line[pos:])
    rest = " ".join(parts)
    words = [w for w in _RESIDUE_DROP.sub(" ", rest).split() if key(w) not in weekdays and key(w) not in _SAME_DAY]
    return sum(len(w) for w in words)


def _classify(line: str, mention: DateMention, lang: str, head: bool,
              others: Sequence[DateMention] = ()) -> int | None:
    """Rank of a date in a head or tail line: 0 published cue, 1 dateline or standalone in the head,
    2 standalone in the tail, 3 updated cue; ``None`` when it is not a publication date."""
    lex = lexicon(lang if lang in ("ar", "fa", "en") else "und")
    pre = line[:mention.start]
    published = sorted((fold(c).lower() for c in lex.published_cues), key=len, reverse=True)
    updated = [fold(c).lower() for c in lex.updated_cues]
    if _cue_before(pre, updated):
        return 3
    if _cue_before(pre, published):
        return 0
    words = pre.split()
    if words and key(words[-1]) in _SENTENCE_WORDS:
        return None
    if _residue_letters(line, mention, lex.weekdays, others) <= MAX_RESIDUE_LETTERS:
        return 1 if head else 2
    post = line[mention.end:].lstrip()
    if head and mention.start <= 40 and post.startswith(_DATELINE_AFTER) and len(words) <= 4:
        return 1
    return None


def _lines(text: str, title: str | None) -> tuple[list[str], list[str]]:
    skip = fold(title).strip().lower() if title else None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and (skip is None or fold(ln).lower() != skip)]
    head = lines[:HEAD_LINES]
    tail = lines[max(HEAD_LINES, len(lines) - TAIL_LINES):]
    return head, tail


def dateline_date(text: str, lang: str, *, title: str | None = None) -> dt.date | None:
    """The best publication date in the head and tail lines of ``text``, or ``None``."""
    lang = lang_code(lang)
    head, tail = _lines(text, title)
    best: _Candidate | None = None
    order = 0
    for is_head, lines in ((True, head), (False, tail)):
        for line in lines:
            segment = line[:LINE_CHARS]
            mentions = find_dates(segment, lang)
            for mention in mentions:
                order += 1
                if mention.date is None or mention.kind != "absolute":
                    continue
                rank = _classify(segment, mention, lang, is_head, mentions)
                if rank is None:
                    continue
                cand = _Candidate(rank, order, mention.date)
                if best is None or (cand.rank, cand.order) < (best.rank, best.order):
                    best = cand
    return best.date if best else None


_BYLINE_XPATH = (
    "//*[not(self::script or self::style or self::a or self::li) and ("
    "contains(translate(@class,'DATEIMPUBLS','dateimpubls'),'date') or "
    "contains(translate(@class,'DATEIMPUBLS','dateimpubls'),'time') or "
    "contains(translate(@class,'BYLINE','byline'),'byline') or "
    "contains(translate(@class,'PUBLISH','publish'),'publish') or "
    "contains(translate(@id,'DATE','date'),'date'))]"
)


#: Class and id words of page parts that list *other* pages (related articles, sidebars, tickers):
#: their dates are not this page's. Shared with :mod:`khabar.dates.published`.
OTHER_PAGE_WORDS = ("related", "read-?also", "more-?news", "sidebar", "widget", "popular", "recommend", "latest",
                    "trending", "teaser", "ticker")
_CHROME = re.compile("|".join(("today", "current", "top-?bar", "top_bar", "header-top", "navbar", "breadcrumb",
                               "footer", "comment", "most-read", "weather", "prayer") + OTHER_PAGE_WORDS), re.I)


def _in_page_chrome(el: etree._Element) -> bool:
    """Whether an element sits in navigation, sidebars, footers, "today's date" strips or related lists."""
    node: etree._Element | None = el
    depth = 0
    while node is not None and depth < 12:
        if node.tag in ("nav", "footer", "aside", "li"):
            return True
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if _CHROME.search(marks):
            return True
        node = node.getparent()
        depth += 1
    return False


def _article_boxes(h1: etree._Element | None) -> list[etree._Element]:
    """The headline's parent and grandparent (not <body>): where a byline above the headline sits."""
    boxes = []
    node = h1.getparent() if h1 is not None else None
    while node is not None and len(boxes) < 2 and node.tag not in ("body", "html"):
        boxes.append(node)
        node = node.getparent()
    return boxes


def html_byline_date(tree: etree._Element, lang: str | None) -> dt.date | None:
    """A dated byline in a page: a short element whose class names a date, else the lines after the
    first ``<h1>``. Written for Arabic and Persian pages, whose month names general tools miss."""
    code = lang_code(lang)
    try:
        elements = tree.xpath(_BYLINE_XPATH)[:60]
    except etree.XPathError:
        elements = []
    h1 = tree.find(".//h1")
    order = {el: i for i, el in enumerate(tree.iter())} if h1 is not None and elements else {}
    boxes = _article_boxes(h1)
    for el in elements:
        # A byline follows the headline or shares its box; a date elsewhere before it is the
        # site's "today" strip or a menu.
        if h1 is not None and order.get(el, -1) < order.get(h1, 0) and not any(el in box.iter() for box in boxes):
            continue
        if _in_page_chrome(el):
            continue
        text = " ".join(el.itertext()).strip()
        if not text or len(text) > 160:
            continue
        for mention in find_dates(text, code):
            if mention.date is not None and mention.kind == "absolute":
                return mention.date
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    chunks: list[str] = []
    size = 0
    for el in h1.itersiblings():
        if el.tag in ("script", "style") or not isinstance(el.tag, str) or _in_page_chrome(el):
            continue
        text = "\n".join(t.strip() for t in el.itertext() if t.strip())
        chunks.append(text)
        size += len(text)
        if size > 800:
            break
    return dateline_date("\n".join(chunks), code) if chunks else None
