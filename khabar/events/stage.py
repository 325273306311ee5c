"""The "events" document stage: ``Document.events`` from the text, mentions, places and dates."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from khabar.config import Settings
from khabar.document import Document, Event, Span
from khabar.errors import message
from khabar.events.context import World
from khabar.events.extract import Extraction, extract_events
from khabar.events.lexicon import LANGS, lexicon
from khabar.pipeline import stage

__all__ = ["EventStage", "PARTY_TYPES", "claim_lookup", "informative"]

LOGGER = logging.getLogger(__name__)


def claim_lookup(doc: Document) -> Callable[[Span], str | None] | None:
    """``claim_for(doc, span)`` of the claims package bound to ``doc``, or None if the package is
    not installed (events then have no claim)."""
    try:
        from khabar.claims import claim_for  # type: ignore[attr-defined]
    except Exception:  # the claims package is optional for this stage
        return None

    def lookup(span: Span) -> str | None:
        result: Any = claim_for(doc, span)
        return result if isinstance(result, str) or result is None else str(result)

    return lookup


#: Types that say who deals with whom: without an actor, a target or a place they say nothing.
PARTY_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})


def informative(event: Event) -> bool:
    """Whether an event tells an analyst enough to be stored: an actor, a target or a place; for
    an event that is not a dealing between parties (an attack, arrests, a protest; not the types
    of :data:`PARTY_TYPES`), a quantity or an exact day is enough too: a dated crackdown is a fact
    to count, a meeting of nobody is not. "Meeting, between 2021-06-21 and 2021-06-30 — the
    article" is dropped; "Rockets fell, 4 rockets, no casualties" stays. The stage applies it, so
    the brief, the exports and the stories all get the same events."""
    if event.actor or event.target or event.place is not None:
        return True
    return event.type not in PARTY_TYPES and (any(v is not None for v in event.quantities.values()) or
                                              event.date is not None)


def _resources(settings: Settings) -> tuple[Any, Any]:
    kb = gazetteer = None
    try:
        from khabar.kb import load_kb, user_paths

        kb = load_kb(user_paths(settings))
    except Exception as exc:  # events work without a knowledge base, with less knowledge
        LOGGER.warning("events: knowledge base not loaded (%r); place kinds come from ids only", exc)
    try:
        from khabar.places import get_gazetteer

        gazetteer = get_gazetteer(kb)
    except Exception as exc:  # the gazetteer refines capitals and coordinates; optional
        LOGGER.warning("events: gazetteer not loaded (%r); capitals are not read as states", exc)
    return kb, gazetteer


@stage("events", requires=("text", "lang", "sentences", "mentions", "places", "published", "claims"),
       assigns=("events",))
class EventStage:
    """PLOVER events with actor, target, place, date, quantities, mode, evidence and claim.

    The lexicons of the three languages, the knowledge base and the gazetteer load once here;
    :meth:`__call__` only reads them.
    """

    def __init__(self, settings: Settings | None = None, *, world: World | None = None) -> None:
        self.settings = settings or Settings()
        if world is None:
            kb, gazetteer = _resources(self.settings)
            world = World(kb, gazetteer)
        self.world = world
        #: Keep events with no actor, target or place (see :func:`informative`);
        #: off in the pipeline, on for measuring what the filter costs (``bench/events.py --keep-all``).
        self.keep_uninformative = False
        for lang in LANGS:
            lexicon(lang)

    def extract(self, doc: Document) -> Extraction:
        """The events of ``doc`` with their triggers (what :meth:`__call__` stores)."""
        return extract_events(
            doc.text or "", doc.lang, sentences=doc.sentences, mentions=doc.mentions, places=doc.places,
            published=doc.published, world=self.world, doc_id=doc.id, claim=claim_lookup(doc),
        ).keep(lambda found: self.keep_uninformative or informative(found.event))

    def __call__(self, doc: Document) -> Document:
        found = self.extract(doc)
        doc.events = [f.event for f in found.events]
        for code, detail in found.issues:
            doc.add_issue("events", code, message(code, detail) if code != "W090" else detail)
        LOGGER.debug("%s: %d events", doc.id, len(doc.events))
        return doc
