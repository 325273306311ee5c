"""Stores keep Documents and everything derived from them. SQLite is the embedded default."""

from __future__ import annotations

from .sqlite import SQLiteStore, StoredDocument

__all__ = ["SQLiteStore", "StoredDocument", "open_store"]


def open_store(path: str) -> SQLiteStore:
    """Open (and migrate) the store at ``path``; ``:memory:`` works for tests."""
    return SQLiteStore(path)
