"""Main text and metadata of an HTML page: trafilatura first, a simple fallback second.

:func:`extract_html` parses the page once, reads what trafilatura does not keep
(``<html lang>``, ``og:site_name``, ``<h1>``), runs ``trafilatura.bare_extraction`` on the
tree and turns its body into paragraphs separated by a blank line (list items one per line).
When trafilatura finds nothing, the visible text of the page is taken block by block and left
to khabar's boilerplate removal.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

__all__ = ["HtmlExtraction", "extract_html", "looks_truncated", "body_to_text"]

LOGGER = logging.getLogger(__name__)

_WS = re.compile(r"[^\S\n]+")
_DROP_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "template", "menu", "figcaption",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th section article main blockquote pre dd dt table figure".split()
)


@dataclass
class HtmlExtraction:
    """What an HTML page gave: title, body text, metadata, and how it was found."""

    title: str | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    method: str = "trafilatura"  # trafilatura | fallback | none
    h1: list[str] = field(default_factory=list)
    explanation: str = ""  # why nothing was found, when text is empty


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _text_of(el: etree._Element) -> str:
    """Text of a trafilatura body element, ``<lb/>`` as a newline."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            elif child.tag in ("list", "item"):
                parts.append("\n")
                walk(child)
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (_clean(ln) for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def body_to_text(body: etree._Element | None) -> str:
    """Paragraphs of a trafilatura body: blank line between blocks, list items one per line."""
    if body is None:
        return ""
    blocks: list[str] = []
    for child in body:
        if child.tag in ("table", "graphic", "ref") and not (child.text or "").strip():
            continue
        if child.tag == "list":
            items = [_text_of(item) for item in child if item.tag == "item"]
            text = "\n".join(i for i in items if i)
        else:
            text = _text_of(child)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def looks_truncated(html: str) -> bool:
    """A page that opens ``<html>``/``<body>`` but closes neither was cut off or is malformed."""
    head = html[:4096].lower()
    if "<html" not in head and "<body" not in head:
        return False
    tail = html[-4096:].lower()
    return "</html>" not in tail and "</body>" not in tail


def _page_meta(tree: HtmlElement) -> tuple[dict[str, Any], list[str]]:
    meta: dict[str, Any] = {}
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["html_lang"] = lang.strip().lower()
    for el in tree.iterfind(".//meta"):
        prop = (el.get("property") or el.get("name") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if not content:
            continue
        if prop == "og:site_name" and "og_site_name" not in meta:
            meta["og_site_name"] = content
        elif prop == "application-name" and "application_name" not in meta:
            meta["application_name"] = content
        elif prop == "og:title" and "og_title" not in meta:
            meta["og_title"] = content
    h1 = [_clean(h.text_content()) for h in tree.iterfind(".//h1")][:3]
    return meta, [h for h in h1 if h]


def _fallback_text(tree: HtmlElement) -> str:
    """Visible text block by block (navigation, forms and scripts dropped)."""
    body = tree.find(".//body")
    if body is None:
        body = tree if tree.tag != "html" else None
    if body is None:
        return ""
    for el in list(body.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text
    chunks: list[str] = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            if el.tail:
                chunks.append(el.tail)
            continue
        if el.tag in _BLOCK_TAGS:
            chunks.append("\n")
        if el.text:
            chunks.append(el.text)
        if el.tail:
            chunks.append(("\n" if el.tag in _BLOCK_TAGS else "") + el.tail)
    lines = (_clean(ln) for ln in "".join(chunks).split("\n"))
    return "\n\n".join(ln for ln in lines if ln)


def _wrap_fragment(html: str) -> str:
    head = html[:2048].lower()
    if "<html" in head or "<body" in head:
        return html
    return f"<html><body><div>{html}</div></body></html>"


def extract_html(
    html: str, url: str | None = None, *, favor_precision: bool = False, fast: bool = False
) -> HtmlExtraction:
    """Title, main text and metadata of ``html``; never raises on bad markup."""
    try:
        tree = load_html(_wrap_fragment(html))
    except Exception as exc:  # lxml can fail on pathological input
        LOGGER.debug("HTML parse failed: %r", exc)
        tree = None
    if tree is None:
        return HtmlExtraction(None, "", method="none", explanation="the HTML could not be parsed")
    meta, h1 = _page_meta(tree)
    result = None
    try:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=fast,
            favor_precision=favor_precision,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            deduplicate=False,
            # no dateparser fallback: it costs seconds per page; khabar's pubdate stage reads text dates
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # trafilatura bugs on odd pages must not lose the document
        LOGGER.info("trafilatura failed on %s: %r", url or "a page", exc)
    title = None
    text = ""
    if result is not None and not isinstance(result, dict):
        text = body_to_text(result.body) or (result.text or "").strip()
        title = result.title
        for key in ("sitename", "author", "hostname", "description", "date", "categories", "tags", "image"):
            value = getattr(result, key, None)
            if value:
                meta["trafilatura_date" if key == "date" else key] = value
    # trafilatura drops ZWNJ from titles and splits them itself: prefer the page's own title
    node = tree.find(".//title")
    page_title = _clean(node.text_content()) if node is not None else None
    title = meta.get("og_title") or page_title or (h1[0] if h1 else None) or title
    if page_title:
        meta["html_title"] = page_title
    if text:
        return HtmlExtraction(title, text, meta, "trafilatura", h1)
    text = _fallback_text(tree)
    if text:
        return HtmlExtraction(title, text, meta, "fallback", h1)
    if tree.find(".//body") is None:
        why = "the page has no <body>"
    else:
        why = "the <body> holds no visible text (scripts, navigation or images only?)"
    return HtmlExtraction(title, "", meta, "none", h1, explanation=why)
