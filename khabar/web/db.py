"""Store access for the web app: one read-only connection per worker thread, one writer.

Readers are plain SQLite connections with ``PRAGMA query_only`` (WAL lets them read while
an ingest writes), so every request sees what is committed at that moment: pages are live
as documents arrive. Expensive aggregates are cached per connection and dropped as soon as
``PRAGMA data_version`` says another connection committed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from khabar.store import SQLiteStore

__all__ = ["Database"]

T = TypeVar("T")


class _Local(threading.local):
    conn: sqlite3.Connection | None = None


class Database:
    """Per-thread readers over the store at ``path`` (migrated once on creation)."""

    MAX_CACHED = 2000

    def __init__(self, path: str) -> None:
        self.path = path
        SQLiteStore(path).close()  # create and migrate the file before readers open it
        self._local = _Local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer (ingest) at a time
        # one connection that only asks "did anyone commit since I last asked?" for the shared cache
        self._version_conn = self._connect()
        self._version = -1
        self._generation = 0
        self._cache: dict[Any, Any] = {}

    def _connect(self) -> sqlite3.Connection:
        c = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        c.row_factory = sqlite3.Row
        c.execute("PRAGMA query_only = ON")
        with self._lock:
            self._all.append(c)
        return c

    def conn(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        c = self._local.conn
        if c is None:
            c = self._local.conn = self._connect()
        return c

    def cached(self, key: Any, compute: Callable[[sqlite3.Connection], T]) -> T:
        """``compute(conn)`` memoized across threads until anyone commits to the database."""
        with self._lock:
            version = int(self._version_conn.execute("PRAGMA data_version").fetchone()[0])
            if version != self._version or len(self._cache) > self.MAX_CACHED:
                self._cache.clear()
                self._version = version
                self._generation += 1
            if key in self._cache:
                return self._cache[key]  # type: ignore[no-any-return]
            generation = self._generation
        value = compute(self.conn())
        with self._lock:
            if generation == self._generation:
                self._cache[key] = value
        return value

    def writer(self) -> SQLiteStore:
        """A new writing store; hold :attr:`write_lock` while using it."""
        return SQLiteStore(self.path)

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except sqlite3.ProgrammingError:
                    pass
            self._all.clear()
