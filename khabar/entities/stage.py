"""The ``entities`` document stage: mentions and the ids of the entities they name."""

from __future__ import annotations

import logging

from khabar.config import Settings
from khabar.document import Document
from khabar.entities.recognize import Recognizer
from khabar.kb import KnowledgeBase, load_kb, user_paths
from khabar.pipeline import stage

__all__ = ["EntityStage", "recognizer_for"]

LOGGER = logging.getLogger(__name__)

_CACHE: dict[int, Recognizer] = {}


def recognizer_for(kb: KnowledgeBase) -> Recognizer:
    """One :class:`Recognizer` per loaded knowledge base (the index takes about a second to build)."""
    rec = _CACHE.get(id(kb))
    if rec is None or rec.kb is not kb:
        rec = Recognizer(kb)
        _CACHE[id(kb)] = rec
    return rec


@stage("entities", requires=("text", "lang", "sentences"), assigns=("mentions", "entities"))
class EntityStage:
    """Finds people, organizations and places (knowledge base + rules + spaCy for English).

    The knowledge base (packaged files plus the user's ``kb_dir`` and ``kb_paths``), the lexicons
    and the spaCy model load once, here; :meth:`__call__` only reads them.
    """

    def __init__(self, settings: Settings | None = None, *, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings or Settings()
        self.kb = kb if kb is not None else load_kb(user_paths(self.settings))
        self.recognizer = recognizer_for(self.kb)

    def __call__(self, doc: Document) -> Document:
        doc.mentions = self.recognizer.recognize(doc.text or "", doc.lang)
        seen: dict[str, None] = {}
        for m in doc.mentions:
            if m.entity:
                seen.setdefault(m.entity, None)
        doc.entities = list(seen)
        LOGGER.debug("%s: %d mentions of %d entities", doc.id, len(doc.mentions), len(doc.entities))
        return doc
