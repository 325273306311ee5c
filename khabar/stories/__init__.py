"""Stories across languages: wire copies (syndication), online clustering, the ``stories`` result.

Public surface (imported lazily, so the store can import the signature types without a cycle):

- :func:`update_stories` ``(store, doc_ids)``: the hook the runner calls after ingest.
- :func:`update_pending` ``(store)``: cluster every stored document not in a story yet.
- :func:`build_story_objects` ``(store) -> list[Story]``: the JSON ``stories``.
- :func:`list_stories` ``(store)``: rows for ``khabar stories``.
- :func:`enrich_story` ``(story, docs, names) -> Story``: merged events, outlet differences and
  the event title (the store calls it when a story changes; the brief again after entity linking).
- :func:`merge_events` ``(docs, syndication)`` and :func:`differences`: the two steps behind it.
- :class:`MemoryEngine`: the same clustering in memory (benchmarks, tests).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__all__ = [
    "update_stories", "update_pending", "rebuild_stories", "build_story_objects", "list_stories", "UpdateReport",
    "ClusterParams", "Clusterer", "MemoryEngine", "Signature", "signature_of", "enrich_story", "merge_events",
    "differences",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_WHERE = {
    "update_stories": "service", "update_pending": "service", "rebuild_stories": "service",
    "build_story_objects": "service", "list_stories": "service", "UpdateReport": "service",
    "ClusterParams": "cluster", "Clusterer": "cluster", "MemoryEngine": "engine",
    "Signature": "features", "signature_of": "features", "enrich_story": "enrich", "merge_events": "merge",
    "differences": "compare",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(name)
