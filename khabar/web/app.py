"""The FastAPI application: pages, JSON API, static files, security headers, one error shape.

:func:`create_app` builds the app for a store (``settings.db``); :func:`serve` runs it with
uvicorn. No asset comes from elsewhere: the CSS and the one script are packaged under
``khabar/web/static`` (the interactive API docs, which load from a CDN, are disabled; the
spec is at ``/api/openapi.json`` and a plain list at ``/api``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from starlette.concurrency import run_in_threadpool

import khabar
from khabar.config import Settings

from . import api, ingest, pages
from .context import WebContext
from .db import Database
from .errors import install_error_handlers
from .present import LANG_NAMES
from .security import SecurityHeaders

__all__ = ["create_app", "serve", "templates_env"]

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
BRIEF = HERE.parent / "brief"  # the brief's story-part templates and stylesheet


def templates_env() -> Environment:
    """Jinja with autoescape forced on for every template (the ``.html.j2`` names would not match
    ``select_autoescape``), undefined names an error, and the few filters the templates use."""
    env = Environment(
        # the story parts (timeline, who's who, differences) are the brief's macros, shared
        loader=ChoiceLoader([FileSystemLoader(str(HERE / "templates")), FileSystemLoader(str(BRIEF / "templates"))]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pathseg"] = lambda v: quote(str(v), safe="")
    env.filters["langname"] = lambda v: LANG_NAMES.get(v or "", v or "unknown")
    return env


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app serving the store at ``settings.db`` (created and migrated if missing)."""
    settings = settings or Settings()
    ctx = WebContext(settings=settings, db=Database(settings.db))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(ctx.kb)  # names for entity ids, loaded once before serving
        yield
        ctx.db.close()

    app = FastAPI(
        title="khabar",
        version=khabar.__version__,
        description="Stories, documents, entities and events from Arabic, Persian and English news. "
                    "Every error answers {\"error\": {\"status\", \"code\", \"message\", \"details\"}}.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.state.templates = Jinja2Templates(env=templates_env())
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.include_router(api.router)
    app.include_router(ingest.router)
    app.include_router(pages.router)
    app.mount("/static/brief", StaticFiles(directory=str(BRIEF / "static")), name="static-brief")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _add_security_scheme(app)
    return app


def _add_security_scheme(app: FastAPI) -> None:
    """Declare the bearer token that POST /api/ingest requires in the OpenAPI spec."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = build()
            spec.setdefault("components", {}).setdefault("securitySchemes", {})["bearerAuth"] = {
                "type": "http", "scheme": "bearer",
                "description": "The ingest_token from the khabar config (POST /api/ingest only).",
            }
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    if settings.ingest_token and host not in ("127.0.0.1", "localhost", "::1"):
        LOGGER.warning("POST /api/ingest is enabled on %s: anyone with the token can make this server fetch URLs", host)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False)
