"""Build Documents from bytes: decode, sniff the kind of content, record issues.

Every function here returns a :class:`~khabar.document.Document`; bad input becomes a
Document with ``text=""`` and an error-level issue, never an exception.
"""

from __future__ import annotations

import re
from typing import Any

from .. import errors
from ..document import Document, Source, document_id
from .decode import Decoded, decode_bytes, looks_binary_text, sniff_binary

__all__ = ["STAGE", "error_doc", "text_doc", "sniff_kind", "html_like"]

STAGE = "ingest"

_FEED_RE = re.compile(r"<(rss|feed|rdf:rdf)[\s>/]", re.IGNORECASE)
_HTML_RE = re.compile(
    r"<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|h[1-6]|br|table|span|a\s)[\s>/]",
    re.IGNORECASE,
)
_XML_DECL_RE = re.compile(r"^\s*<\?xml", re.IGNORECASE)


def error_doc(source: Source, code: str, detail: str, *, raw: str | None = None) -> Document:
    """A Document standing for an input that could not become text (severity error)."""
    identity = f"{code}\0{source.path or ''}\0{source.url or ''}\0{detail}".encode("utf-8", "replace")
    doc = Document(id=document_id(source, identity), source=source, raw=raw)
    doc.add_issue(STAGE, code, errors.message(code, detail), severity="error")
    return doc


def html_like(head: str) -> bool:
    """True when the start of a text looks like HTML markup."""
    return bool(_HTML_RE.search(head[:4096]))


def sniff_kind(text: str) -> str:
    """``"feed"``, ``"html"`` or ``"text"`` from the first characters of decoded content."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    feed = _FEED_RE.search(head[:2048])
    if feed:
        html = re.search(r"<html[\s>]", head[: feed.start()], re.IGNORECASE)
        if not html:
            return "feed"
    if html_like(head):
        return "html"
    if _XML_DECL_RE.match(head):
        return "xml"
    return "text"


def _issues_for_decoding(doc: Document, decoded: Decoded) -> None:
    if decoded.guessed:
        detail = f"read as {decoded.encoding}"
        if decoded.note:
            detail += f"; {decoded.note}"
        doc.add_issue(STAGE, "W004", errors.message("W004", detail))
    if decoded.replaced:
        doc.add_issue(
            STAGE, "W005", errors.message("W005", f"{decoded.replaced} invalid sequence(s) in {decoded.encoding}")
        )


def decode_checked(source: Source, data: bytes, http_charset: str | None = None) -> Decoded | Document:
    """Decoded text, or an error Document when the bytes are empty or binary."""
    if not data:
        return error_doc(source, "W001", source.path or source.url or "")
    magic = sniff_binary(data[:1024])
    if magic:
        return error_doc(source, "W002", f"{source.path or source.url}: looks like {magic}")
    decoded = decode_bytes(data, http_charset)
    if decoded.text[:8192].count("\x00") > 2 and not decoded.encoding.startswith(("utf-16", "utf-32")):
        return error_doc(source, "W002", f"{source.path or source.url}: NUL bytes in the content")
    if looks_binary_text(decoded.text):
        return error_doc(source, "W002", f"{source.path or source.url}: mostly control characters after decoding")
    if not decoded.text.strip():
        return error_doc(source, "W001", f"{source.path or source.url}: only whitespace")
    return decoded


def text_doc(
    source: Source,
    data: bytes,
    *,
    kind: str | None = None,
    http_charset: str | None = None,
    meta: dict[str, Any] | None = None,
    decoded: Decoded | None = None,
) -> Document:
    """A Document for one HTML or plain-text input.

    ``kind`` is ``"html"`` or ``"text"`` when the extension or content type says so; otherwise
    the content is sniffed (a plain-text file that is really HTML is read as HTML).
    """
    if decoded is None:
        checked = decode_checked(source, data, http_charset)
        if isinstance(checked, Document):
            return checked
        decoded = checked
    if kind not in ("html", "text"):
        kind = "html" if sniff_kind(decoded.text) == "html" else "text"
    source.content_type = "text/html" if kind == "html" else "text/plain"
    source.encoding = decoded.encoding
    doc = Document(id=document_id(source, data), source=source, raw=decoded.text)
    if meta:
        doc.meta.update({k: v for k, v in meta.items() if v not in (None, "")})
    _issues_for_decoding(doc, decoded)
    return doc
