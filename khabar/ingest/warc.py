"""WARC files (``.warc``, ``.warc.gz``): each HTML or text ``response`` record is a Document.

Records are streamed with warcio; a record larger than ``max_bytes`` is skipped with W003
without being held in memory. A corrupt or truncated file ends with a W016 error Document
after the records that could be read.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from ..config import Settings
from ..document import Document, Source
from .decode import charset_from_content_type
from .fetch import http_date_iso, outlet_from_url
from .make import error_doc, sniff_kind, text_doc

__all__ = ["warc_documents"]

LOGGER = logging.getLogger(__name__)

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _read_capped(stream: Any, cap: int) -> bytes | None:
    """Up to ``cap`` bytes of a record's payload; None when it is larger (the rest is drained)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            while stream.read(65536):
                pass
            return None
        chunks.append(chunk)


def _signature(path: str) -> bytes:
    """The first bytes of the (possibly gzipped) file."""
    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh) as gz:
                return gz.read(16)
        return fh.read(16)


def warc_documents(path: str, settings: Settings) -> Iterator[Document]:
    """Documents for the HTML/text response records of the WARC file at ``path``."""
    count = 0
    try:
        start = _signature(path)
        if not start.startswith((b"WARC/", b"filedesc://")):
            raise ValueError(f"does not start with a WARC header ({start[:8]!r})")
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date")
                http = record.http_headers
                ctype = ""
                http_date = None
                if http is not None:
                    status = http.get_statuscode()
                    if status and not str(status).startswith("2"):
                        continue  # redirects and error pages are not articles
                    ctype = http.get_header("Content-Type") or ""
                    http_date = http_date_iso(http.get_header("Last-Modified") or http.get_header("Date"))
                elif record.rec_type == "resource":
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                mime = ctype.split(";", 1)[0].strip().lower()
                if mime and mime not in _TEXT_TYPES:
                    continue  # images, scripts and styles in a crawl are not documents
                source = Source(
                    kind="warc", path=path, url=uri, outlet=outlet_from_url(uri), fetched_at=date, http_date=http_date
                )
                data = _read_capped(record.content_stream(), settings.max_bytes)
                count += 1
                if data is None:
                    yield error_doc(source, "W003", f"{uri}: WARC record over max_bytes {settings.max_bytes:,}")
                    continue
                kind = "html" if "html" in mime else "text" if mime == "text/plain" else None
                doc = text_doc(source, data, kind=kind, http_charset=charset_from_content_type(ctype))
                if kind is None and not doc.failed and sniff_kind(str(doc.raw)) == "feed":
                    continue  # a feed captured in the crawl: its entries are in their own records
                yield doc
    except Exception as exc:  # warcio raises many kinds on corrupt input; none may stop the batch
        LOGGER.info("WARC %s unreadable after %d records: %r", path, count, exc)
        yield error_doc(
            Source(kind="warc", path=path), "W016", f"{path}: after {count} record(s): {type(exc).__name__}: {exc}"
        )
