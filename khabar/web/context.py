"""What every request handler needs: settings, the database, the knowledge base (for names)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from khabar.config import Settings
from khabar.document import Document, Story
from khabar.export.names import EntityNames
from khabar.kb import KnowledgeBase

from . import queries
from .db import Database

__all__ = ["WebContext", "get_ctx"]

LOGGER = logging.getLogger(__name__)


@dataclass
class WebContext:
    settings: Settings
    db: Database
    _kb: KnowledgeBase | None = None
    _kb_loaded: bool = False
    _kb_lock: threading.Lock = field(default_factory=threading.Lock)

    def kb(self) -> KnowledgeBase | None:
        """The knowledge base (packaged + user files), loaded once; None if it cannot load."""
        if not self._kb_loaded:
            with self._kb_lock:
                if not self._kb_loaded:
                    from khabar.errors import KhabarError
                    from khabar.kb import load_kb, user_paths

                    try:
                        self._kb = load_kb(user_paths(self.settings))
                    except KhabarError as exc:
                        LOGGER.warning("knowledge base not loaded; entity names fall back to mentions: %s", exc)
                    self._kb_loaded = True
        return self._kb

    def names(self, docs: list[Document] | tuple[Document, ...] = ()) -> EntityNames:
        """A fresh resolver (one per request) that has seen ``docs``' spellings."""
        names = EntityNames(self.kb())
        names.observe_all(docs)
        return names

    def conn(self) -> sqlite3.Connection:
        return self.db.conn()

    def story_count(self) -> int:
        """Number of stories (0 while story clustering has not run, or without story tables)."""
        return self.db.cached("story_count", queries.count_stories)  # type: ignore[no-any-return]

    def story_table(self) -> queries.StoryTable | None:
        return self.db.cached("story_table", queries.story_table)  # type: ignore[no-any-return]

    def has_stories(self) -> bool:
        return self.story_count() > 0

    def story_list(self, limit: int, offset: int) -> tuple[int, list[Story]]:
        return queries.list_stories(self.conn(), limit=limit, offset=offset, total=self.story_count())

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        return self.db.cached("facets", queries.facets)

    def count(self, f: queries.Filters) -> int:
        return self.db.cached(("count", f), lambda c: queries.count_documents(c, f))

    def cached(self, key: Any, compute: Any) -> Any:
        return self.db.cached(key, compute)


def get_ctx(request: Request) -> WebContext:
    return request.app.state.ctx  # type: ignore[no-any-return]
