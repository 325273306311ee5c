"""``POST /api/ingest``: URLs or uploaded files into the store, behind a bearer token.

The endpoint exists only when ``ingest_token`` is set (else 404). The token is checked in
constant time *before* the body is read. Every URL must pass the ingest SSRF guard
(:func:`khabar.ingest.check_url`): http(s) only, and no loopback, private, link-local or
reserved address unless ``allow_private_urls``; one refused URL refuses the whole request
(400, nothing ingested). Redirects are re-checked by the fetcher itself.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from khabar.document import Document
from khabar.ingest import check_url
from khabar.runners import process

from .context import WebContext, get_ctx
from .errors import ApiError
from .models import ErrorResponse, IngestResult
from .present import seg
from .security import token_matches

__all__ = ["router", "MAX_URLS", "MAX_FILES"]

MAX_URLS = 100
MAX_FILES = 100
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

router = APIRouter(prefix="/api")

_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "url": {"type": "array", "items": {"type": "string", "format": "uri"},
                            "description": "URLs to fetch (repeat the field)."},
                    "file": {"type": "array", "items": {"type": "string", "format": "binary"},
                             "description": "Files to read: .html .htm .txt .json .jsonl .xml .warc (repeat the field)."},
                },
            }
        },
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {"url": {"type": "array", "items": {"type": "string"}}}}
        },
    },
}


def _check_token(request: Request, ctx: WebContext) -> None:
    expected = ctx.settings.ingest_token
    if not expected:
        raise ApiError(404, "ingest is disabled: set ingest_token in the khabar config to enable POST /api/ingest",
                       code="ingest_disabled")
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token_matches(token.strip(), expected):
        raise ApiError(401, "a valid bearer token is required (Authorization: Bearer <ingest_token>)",
                       headers={"WWW-Authenticate": 'Bearer realm="khabar"'})


def _safe_filename(name: str | None, n: int) -> str:
    base = Path((name or "").replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip("._")[:120]
    return base or f"upload-{n}.html"


async def _save_uploads(files: list[UploadFile], folder: Path, cap: int) -> list[str]:
    paths: list[str] = []
    used: set[str] = set()
    for n, up in enumerate(files):
        name = _safe_filename(up.filename, n)
        while name in used:
            name = f"{n}-{name}"
        used.add(name)
        path = folder / name
        size = 0
        with path.open("wb") as out:
            while chunk := await up.read(1 << 16):
                size += len(chunk)
                if size > cap:
                    raise ApiError(413, f"{up.filename!r} is larger than max_bytes ({cap:,} bytes)")
                out.write(chunk)
        paths.append(str(path))
    return paths


def _run(ctx: WebContext, inputs: list[str]) -> dict[str, Any]:
    settings = ctx.settings.replace(workers=1)  # never fork inside the server
    seen: list[Document] = []
    with ctx.db.write_lock:
        with ctx.db.writer() as store:
            report = process(inputs, settings, store, on_document=seen.append)
    docs = [
        {"id": d.id, "status": "failed" if d.failed else "stored", "title": d.title, "lang": d.lang,
         "issues": [i.code for i in d.issues], "html_url": f"/documents/{seg(d.id)}"}
        for d in seen
    ]
    return {"seen": report.seen, "new": report.new, "updated": report.updated, "unchanged": report.unchanged,
            "failed": report.failed, "documents": docs}


@router.post(
    "/ingest",
    response_model=IngestResult,
    summary="Ingest URLs or uploaded files (needs the ingest token)",
    openapi_extra={"requestBody": _BODY, "security": [{"bearerAuth": []}]},
    responses={
        400: {"model": ErrorResponse, "description": "A URL was refused (scheme or non-public address)"},
        401: {"model": ErrorResponse, "description": "Missing or wrong bearer token"},
        404: {"model": ErrorResponse, "description": "Ingest is disabled (no ingest_token configured)"},
        413: {"model": ErrorResponse, "description": "A file is larger than max_bytes"},
        422: {"model": ErrorResponse, "description": "Nothing to ingest, or a malformed body"},
    },
)
async def ingest(request: Request) -> dict[str, Any]:
    """Fetch the ``url`` fields and read the ``file`` fields, run the document stages, store the results.

    Send ``Authorization: Bearer <ingest_token>``. Answers what was stored, per document.
    """
    ctx = get_ctx(request)
    _check_token(request, ctx)
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=MAX_URLS + MAX_FILES)
    except Exception as exc:  # malformed multipart bodies raise several types
        raise ApiError(422, f"the body is not a readable form: {exc}") from None
    try:
        urls = [str(v).strip() for v in form.getlist("url") if isinstance(v, str) and v.strip()]
        files = [v for v in form.getlist("file") if isinstance(v, UploadFile)]
        if not urls and not files:
            raise ApiError(422, "nothing to ingest: send one or more 'url' or 'file' form fields",
                           details=[{"loc": ["body"], "message": "no url or file field", "type": "missing"}])
        if len(urls) > MAX_URLS:
            raise ApiError(422, f"at most {MAX_URLS} URLs per request")
        allow = bool(ctx.settings.allow_private_urls)
        refused = []
        for url in urls:
            reason = await run_in_threadpool(check_url, url, allow)
            if reason:
                refused.append({"url": url, "reason": reason})
        if refused:
            raise ApiError(400, f"{len(refused)} URL(s) refused; nothing was ingested", code="url_refused",
                           details=refused)
        with tempfile.TemporaryDirectory(prefix="khabar-upload-") as tmp:
            paths = await _save_uploads(files, Path(tmp), int(ctx.settings.max_bytes))
            return await run_in_threadpool(_run, ctx, [*urls, *paths])
    finally:
        await form.close()
