"""The web app (``khabar serve``): pages and a JSON API over the store.

Importing this package does not import FastAPI: :mod:`khabar.web.queries` (plain SQLite
reads) is also used by the exports. Use :func:`create_app` / :func:`serve`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from khabar.config import Settings

__all__ = ["create_app", "serve"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the FastAPI app for the store at ``settings.db``."""
    from .app import create_app as _create

    return _create(settings)


def serve(settings: Settings, **kwargs: Any) -> None:
    """Run the app with uvicorn (``host``, ``port``, ``log_level``)."""
    from .app import serve as _serve

    _serve(settings, **kwargs)
