"""JSON Lines and JSON files: one object per article.

Fields read: ``html`` (else ``text``, ``content`` or ``body``), ``url``, ``title``,
``published``, ``outlet``, ``lang``. A ``.json`` file may hold one object or a list of them
(or be JSON Lines under the wrong extension). A bad line is a W015 error Document and the
next lines go on. The document id hashes the line's bytes (for ``.json``, the object's
canonical serialisation).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from typing import Any

from ..config import Settings
from ..document import Document, Source
from .decode import Decoded
from .fetch import outlet_from_url
from .make import error_doc, sniff_kind, text_doc

__all__ = ["jsonl_documents", "json_documents", "object_document"]

LOGGER = logging.getLogger(__name__)

_BODY_FIELDS = ("html", "text", "content", "body")


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)):
        return str(value)
    return None


def object_document(obj: Any, raw: bytes, path: str, where: str) -> Document:
    """The Document for one JSON object (or a W015 error Document)."""
    base = Source(kind="jsonl", path=path)
    if not isinstance(obj, dict):
        return error_doc(base, "W015", f"{where}: a JSON {type(obj).__name__}, not an object")
    url = _as_str(obj.get("url"))
    source = Source(kind="jsonl", path=path, url=url, outlet=_as_str(obj.get("outlet")) or outlet_from_url(url))
    body, field = None, None
    for name in _BODY_FIELDS:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            body, field = value, name
            break
    if body is None:
        return error_doc(source, "W015", f"{where}: no non-empty {', '.join(_BODY_FIELDS)} field")
    if field == "html":
        kind = "html"
    elif field == "text":
        kind = "text"
    else:
        kind = "html" if sniff_kind(body) == "html" else "text"
    meta = {
        "input_title": _as_str(obj.get("title")),
        "input_published": _as_str(obj.get("published") or obj.get("date")),
        "input_lang": _as_str(obj.get("lang") or obj.get("language")),
        "jsonl_line": where,
    }
    return text_doc(source, raw, kind=kind, meta=meta, decoded=Decoded(body, "utf-8 (json)"))


def jsonl_documents(path: str, settings: Settings, *, gz: bool = False) -> Iterator[Document]:
    """Documents for the lines of a JSON Lines file (gzip-compressed if ``gz``), streamed line by line."""
    cap = settings.max_bytes
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        lineno = 0
        while True:
            line = fh.readline(cap + 1)
            if not line:
                return
            lineno += 1
            where = f"{path}: line {lineno}"
            if len(line) > cap and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line without holding it
                    more = fh.readline(1 << 20)
                    if not more or more.endswith(b"\n"):
                        break
                yield error_doc(Source(kind="jsonl", path=path), "W003", f"{where}: over max_bytes {cap:,}")
                continue
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            stripped = line.strip()
            if not stripped:
                continue
            try:
                obj = json.loads(stripped.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield error_doc(Source(kind="jsonl", path=path), "W015", f"{where}: not UTF-8 ({exc.reason})")
                continue
            except json.JSONDecodeError as exc:
                yield error_doc(Source(kind="jsonl", path=path), "W015", f"{where}: {exc.msg} at column {exc.colno}")
                continue
            yield object_document(obj, stripped, path, where)


def json_documents(path: str, data: bytes, settings: Settings) -> Iterator[Document]:
    """Documents for a ``.json`` file: one object, a list of objects, or JSON Lines."""
    text = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        value = json.loads(text.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield error_doc(Source(kind="jsonl", path=path), "W015", f"{path}: not UTF-8 ({exc.reason})")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines under a .json name
            yield from jsonl_documents(path, settings)
            return
        yield error_doc(Source(kind="jsonl", path=path), "W015", f"{path}: {exc.msg} at line {exc.lineno}")
        return
    items = value if isinstance(value, list) else [value]
    for i, obj in enumerate(items):
        raw = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield object_document(obj, raw, path, f"{path}: item {i + 1}" if isinstance(value, list) else path)
