"""Stories across languages: wire copies (syndication), online clustering, the ``stories`` result.

Public surface (imported lazily, so the store can import the signature types without a cycle):

- :func:`update_stories` ``(store, doc_ids)``: the hook the runner calls after ingest.
- :func:`update_pending` ``(store)``: cluster every stored document not in a story yet.
- :func:`build_story_objects` ``(store) -> list[Story]``: the JSON ``stories``.
- :func:`list_stories` ``(store)``: rows for ``khabar stories``.
- :class:`MemoryEngine`: the same clustering in memory (benchmarks, tests).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__all__ = [
    "update_stories", "update_pending", "rebuild_stories", "build_story_objects", "list_stories", "UpdateReport",
    "ClusterParams", "Clusterer", "MemoryEngine", "Signature", "signature_of",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_WHERE = {
    "update_stories": "service", "update_pending": "service", "rebuild_stories": "service",
    "build_story_objects": "service", "list_stories": "service", "UpdateReport": "service",
    "ClusterParams": "cluster", "Clusterer": "cluster", "MemoryEngine": "engine",
    "Signature": "features", "signature_of": "features",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(name)
