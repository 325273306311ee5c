"""English names and facts for entity ids: the knowledge base first, the mentions seen second.

Documents carry entity *ids* (a knowledge-base id, or an id minted for a newly found name);
exports and the web app show people names. :class:`EntityNames` resolves an id through the
knowledge base and, for minted ids, through the mention texts it has been shown (the most
frequent English spelling, else the most frequent spelling in any script).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from khabar.document import Document, Entity
from khabar.kb import KnowledgeBase

__all__ = ["EntityNames", "load_names"]

LOGGER = logging.getLogger(__name__)


class EntityNames:
    """Resolves entity ids to :class:`~khabar.document.Entity` records (name, type, names per script)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb
        self._seen: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self._types: dict[str, Counter[str]] = defaultdict(Counter)
        self._places: dict[str, tuple[str, float | None, float | None]] = {}

    def observe(self, doc: Document) -> None:
        """Remember the spellings and types that ``doc`` uses for each entity it mentions."""
        lang = doc.lang or "und"
        for m in doc.mentions:
            if m.entity:
                self._seen[m.entity][lang][m.text.strip()] += 1
                if m.type:
                    self._types[m.entity][m.type] += 1
        for p in doc.places:  # geocoded places carry an English name and coordinates
            if p.entity and p.name_en and (p.entity not in self._places or self._places[p.entity][1] is None):
                self._places[p.entity] = (p.name_en, p.lat, p.lon)

    def observe_all(self, docs: Iterable[Document]) -> None:
        for d in docs:
            self.observe(d)

    def name(self, eid: str | None) -> str | None:
        """The English name of ``eid`` (None for None)."""
        if not eid:
            return None
        return self.entity(eid).name_en

    def entity(self, eid: str) -> Entity:
        """An :class:`Entity` for ``eid``; unknown ids get their most frequent spelling as name."""
        kb = self.kb.get(eid) if self.kb is not None else None
        seen = self._seen.get(eid, {})
        place = self._places.get(eid)
        names: dict[str, list[str]] = {lang: [n for n, _ in c.most_common()] for lang, c in seen.items()}
        if kb is not None:
            merged = {lang: list(dict.fromkeys(ns)) for lang, ns in kb.names.items()}
            for lang, ns in names.items():
                merged[lang] = list(dict.fromkeys(merged.get(lang, []) + ns))
            roles = [r.title + (f" ({r.org})" if r.org else "") for r in kb.roles]
            lat, lon = (kb.lat, kb.lon) if kb.lat is not None or place is None else place[1:]
            return Entity(id=eid, type=kb.type, name_en=kb.name_en, names=merged, wikidata=kb.wikidata,
                          lat=lat, lon=lon, roles=roles)
        types = self._types.get(eid)
        etype = types.most_common(1)[0][0] if types else ("LOC" if place else "UNK")
        if place is not None:
            return Entity(id=eid, type=etype, name_en=place[0], names=names, lat=place[1], lon=place[2])
        return Entity(id=eid, type=etype, name_en=_best_name(eid, seen), names=names)


def _best_name(eid: str, seen: dict[str, Counter[str]]) -> str:
    if "en" in seen and seen["en"]:
        return seen["en"].most_common(1)[0][0]
    total: Counter[str] = Counter()
    for c in seen.values():
        total.update(c)
    return total.most_common(1)[0][0] if total else eid


def load_names(kb_paths: Iterable[str | Path] = ()) -> EntityNames:
    """Names backed by the packaged knowledge base plus ``kb_paths``; without it if it fails to load."""
    from khabar.errors import KhabarError
    from khabar.kb import load_kb

    try:
        return EntityNames(load_kb(list(kb_paths)))
    except KhabarError as exc:
        LOGGER.warning("knowledge base not loaded, entity names fall back to mentions: %s", exc)
        return EntityNames(None)
