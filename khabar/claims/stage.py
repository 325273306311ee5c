"""The ``claims`` document stage."""

from __future__ import annotations

import logging

from khabar.claims.find import find_claims
from khabar.config import Settings
from khabar.document import Document
from khabar.kb import KnowledgeBase, load_kb, user_paths
from khabar.pipeline import stage

__all__ = ["ClaimStage"]

LOGGER = logging.getLogger(__name__)


@stage("claims", requires=("text", "lang", "sentences", "mentions"), assigns=("claims",))
class ClaimStage:
    """Finds who asserts each sentence: outlet, speaker, and the chain of sources they cite.

    The knowledge base (packaged plus the user's files) loads once, here.
    """

    def __init__(self, settings: Settings | None = None, *, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings or Settings()
        self.kb = kb if kb is not None else load_kb(user_paths(self.settings))

    def __call__(self, doc: Document) -> Document:
        names = {e.id: e.name_en for e in doc.entities if getattr(e, "name_en", None)}
        names.update({p.entity: p.name_en for p in doc.places if p.entity and p.name_en})
        doc.claims = find_claims(doc.text or "", doc.lang, doc.sentences, doc.mentions, kb=self.kb, names=names,
                                 outlet=doc.source.outlet if doc.source is not None else None)
        LOGGER.debug("%s: %d claims", doc.id, len(doc.claims))
        return doc
