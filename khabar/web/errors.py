"""One error shape for every API error, and plain HTML error pages for the site.

Every ``/api`` error answers ``{"error": {"status", "code", "message", "details"}}`` with the
HTTP status repeated inside, whether it is a 404, a validation error (422), a refused token
(401), a refused URL (400) or an unexpected failure (500, logged; no traceback is sent).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .security import SECURITY_HEADERS

__all__ = ["ApiError", "error_body", "install_error_handlers", "CODES_BY_STATUS"]

LOGGER = logging.getLogger(__name__)

CODES_BY_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}


class ApiError(Exception):
    """An error with its status, a stable ``code`` and a human message."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 details: list[Any] | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES_BY_STATUS.get(status, "error")
        self.message = message
        self.details = details or []
        self.headers = headers


def error_body(status: int, code: str, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "details": details or []}}


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/")


def _respond(request: Request, err: ApiError) -> Response:
    # 500s are answered outside the middleware stack: add the security headers here too
    headers = {**SECURITY_HEADERS, **(err.headers or {})}
    if _is_api(request):
        return JSONResponse(error_body(err.status, err.code, err.message, err.details), status_code=err.status,
                            headers=headers)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:
        return HTMLResponse(f"<h1>{err.status}</h1>", status_code=err.status, headers=headers)
    return templates.TemplateResponse(request, "error.html.j2", {"err": err, "nav": ""}, status_code=err.status,
                                      headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        out.append({"loc": loc, "message": str(e.get("msg", "")), "type": str(e.get("type", ""))})
    return out


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through :func:`_respond` (JSON under /api, HTML elsewhere)."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _respond(request, exc)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
        if status == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _respond(request, ApiError(status, message, headers=getattr(exc, "headers", None)))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = _validation_details(exc)
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        where = ".".join(first["loc"][1:] or first["loc"])
        return _respond(request, ApiError(422, f"{where}: {first['message']}" if where else first["message"],
                                          details=details))

    async def server_error(request: Request, exc: Exception) -> Response:
        LOGGER.exception("error serving %s %s", request.method, request.url.path, exc_info=exc)
        return _respond(request, ApiError(500, "internal error: the server failed to answer this request"))

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)
