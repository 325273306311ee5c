"""Corpus-level linking: one entity per real-world referent across documents and scripts.

:func:`link_entities` runs after the ``entities`` stage on a set of documents. It

1. merges **new** (minted) entities that are one referent: a surname-only entity into the unique
   full name whose surname it is ("الدراجي" seen alone -> "سعد الدراجي"), and a Latin-script name
   into the Arabic-script name whose romanization has the same consonant skeleton (within one
   edit) — "Saad al-Darraji" and "سعد الدراجي". Arabic and Persian spellings already share their
   minted id (:func:`khabar.entities.keys.mint_id`). Two entities seen side by side in one document
   are never merged, nor are two knowledge-base entities, nor a new name into a knowledge-base
   entity (a known variant would have matched the knowledge base in the first place);
2. rewrites the mentions' entity ids and ``Document.entities``;
3. builds the top-level entity list (``OUTPUT.md``): English name (knowledge base; else an English
   document's own spelling; else romanized with a country hint), names seen per script, Wikidata
   id, coordinates of knowledge-base places, roles, documents.

The result does not depend on the order of ``docs``.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from khabar.document import Document, Entity, Place
from khabar.entities.keys import is_arabic_script, latin_skeleton, script_of, skeleton, surname_skeleton
from khabar.entities.romanize import romanize_many
from khabar.kb import KnowledgeBase

__all__ = ["link_entities", "context_country"]

LOGGER = logging.getLogger(__name__)

#: Countries whose names the romanizer spells in the Mashriq way; other contexts fall back to Iraq.
#: Shortest consonant skeleton compared across scripts ("Amman"/"Oman" = "mn" is too short to tell).
MIN_CROSS_KEY = 4
#: Shortest consonant skeleton for merging two Latin spellings.
MIN_LATIN_MERGE = 5

_ARABIC_COUNTRIES = {"IQ", "SY", "LB", "JO", "PS", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "EG", "IR"}


@dataclass
class _Info:
    id: str
    type: str
    surfaces: Counter[tuple[str, str]] = field(default_factory=Counter)  # (script, text) -> count
    docs: set[str] = field(default_factory=set)
    countries: Counter[str] = field(default_factory=Counter)

    def best(self, scripts: Sequence[str]) -> str | None:
        """The fullest surface in the given scripts: most words, then most frequent, then sorted."""
        forms = [(t, c) for (s, t), c in self.surfaces.items() if s in scripts]
        if not forms:
            return None
        forms.sort(key=lambda tc: (-len(tc[0].split()), -tc[1], tc[0]))
        return forms[0][0]


def context_country(doc: Document, kb: KnowledgeBase) -> str:
    """The romanization hint for new names in ``doc``: IR for Persian, else the most frequent
    Arabic-speaking country (or Iran) among the knowledge-base entities it mentions, else IQ."""
    if doc.lang == "fa":
        return "IR"
    votes: Counter[str] = Counter()
    for m in doc.mentions:
        ent = kb.get(m.entity) if m.entity else None
        if ent is not None and ent.country in _ARABIC_COUNTRIES:
            votes[ent.country] += 1
    if not votes:
        return "IQ"
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def link_entities(docs: list[Document], kb: KnowledgeBase) -> list[Entity]:
    """Merge new entities across ``docs``, rewrite their mentions, and return the entity list."""
    infos = _collect(docs, kb)
    mapping = _merge(infos, kb)
    if mapping:
        for doc in docs:
            for m in doc.mentions:
                if m.entity in mapping:
                    m.entity = mapping[m.entity]
            doc.entities = list(dict.fromkeys(mapping.get(e, e) for e in doc.entities))
            _rename_references(doc, mapping)
        infos = _collect(docs, kb)
    places = {p.entity: p for d in docs for p in d.places if p.entity and p.name_en}
    return _entities(infos, kb, places)


def _rename_references(doc: Document, mapping: dict[str, str]) -> None:
    """Events, claims and places name entities too: they follow their mentions' new ids."""
    for place in doc.places:
        if place.entity in mapping:
            place.entity = mapping[place.entity]
    for ev in doc.events:
        if ev.actor in mapping:
            ev.actor = mapping[ev.actor]
        if ev.target in mapping:
            ev.target = mapping[ev.target]
        if ev.place is not None and ev.place.entity in mapping:
            ev.place.entity = mapping[ev.place.entity]
    for claim in doc.claims:
        if claim.by in mapping:
            claim.by = mapping[claim.by]
        for c in claim.citing:
            if c.entity in mapping:
                c.entity = mapping[c.entity]


def _collect(docs: list[Document], kb: KnowledgeBase) -> dict[str, _Info]:
    infos: dict[str, _Info] = {}
    for doc in docs:
        country = context_country(doc, kb)
        for m in doc.mentions:
            if not m.entity:
                continue
            info = infos.get(m.entity)
            if info is None:
                info = infos[m.entity] = _Info(m.entity, m.type or "MISC")
            info.surfaces[(script_of(m.text, doc.lang), " ".join(m.text.split()))] += 1
            info.docs.add(doc.id)
            info.countries[country] += 1
    return infos


class _Clusters:
    """Union-find over entity ids that refuses to join two clusters seen in one document."""

    def __init__(self, infos: dict[str, _Info]) -> None:
        self.parent = {k: k for k in infos}
        self.docs = {k: set(v.docs) for k, v in infos.items()}
        # Arabic-script minted ids (script-independent) represent a cluster before Latin ones
        self.rank = {k: (0 if v.best(("ar", "fa")) else 1, k) for k, v in infos.items()}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.docs[ra] & self.docs[rb]:
            return False
        keep, drop = sorted((ra, rb), key=self.rank.__getitem__)
        self.parent[drop] = keep
        self.docs[keep] |= self.docs.pop(drop)
        return True


def _merge(infos: dict[str, _Info], kb: KnowledgeBase) -> dict[str, str]:
    minted = sorted(k for k in infos if k not in kb)
    if len(minted) < 2:
        return {}
    clusters = _Clusters({k: infos[k] for k in minted})
    arabic = [k for k in minted if infos[k].best(("ar", "fa"))]
    latin = [k for k in minted if not infos[k].best(("ar", "fa")) and infos[k].best(("en",))]
    # 1. surname-only entities into the unique full name with that surname (same script family)
    for group, key_of, sur_of in ((arabic, skeleton, surname_skeleton), (latin, latin_skeleton, _latin_surname)):
        scripts = ("ar", "fa") if group is arabic else ("en",)
        fulls: dict[tuple[str, str], list[str]] = defaultdict(list)
        for k in group:
            name = infos[k].best(scripts) or ""
            if infos[k].type == "PER" and len(name.split()) >= 2:
                fulls[(infos[k].type, sur_of(name))].append(k)
        for k in group:
            name = infos[k].best(scripts) or ""
            if infos[k].type == "PER" and len(name.split()) == 1:
                targets = fulls.get((infos[k].type, key_of(name)), [])
                if len(targets) == 1:
                    clusters.union(k, targets[0])
    # 2. Latin spellings of one name ("Tel al-Zaafaran", "Tal al-Zafaran")
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in latin:
        key = latin_skeleton(infos[k].best(("en",)) or "")
        if len(key) >= MIN_LATIN_MERGE:
            by_skeleton[(infos[k].type, key)].append(k)
    for group_ids in by_skeleton.values():
        for other in group_ids[1:]:
            clusters.union(group_ids[0], other)
    # 3. Latin names into Arabic-script names with the same romanized skeleton
    if latin and arabic:
        items = [(infos[k].best(("ar", "fa")) or "", infos[k].type, _country(infos[k])) for k in arabic]
        romans = romanize_many(items)
        rom_keys = {k: latin_skeleton(r) for k, r in zip(arabic, romans, strict=True)}
        for lk in latin:
            lname = infos[lk].best(("en",)) or ""
            lkey = latin_skeleton(lname)
            if len(lkey) < MIN_CROSS_KEY:
                continue
            best: list[tuple[int, str]] = []
            for ak in arabic:
                if infos[ak].type != infos[lk].type:
                    continue
                d = OSA.distance(lkey, rom_keys[ak])
                limit = 0 if min(len(lkey), len(rom_keys[ak])) < 6 else 1
                if d <= limit:
                    best.append((d, ak))
            best.sort()
            if best and (len(best) == 1 or best[0][0] < best[1][0]):
                clusters.union(lk, best[0][1])
    mapping: dict[str, str] = {}
    for k in minted:
        root = clusters.find(k)
        if root != k:
            mapping[k] = root
    return mapping


def _latin_surname(name: str) -> str:
    return latin_skeleton(name.split()[-1]) if name.split() else ""


def _country(info: _Info) -> str:
    if not info.countries:
        return "IQ"
    return sorted(info.countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _entities(infos: dict[str, _Info], kb: KnowledgeBase, places: dict[str, Place] | None = None) -> list[Entity]:
    out: list[Entity] = []
    to_romanize: list[tuple[int, tuple[str, str, str]]] = []
    for eid in sorted(infos):
        info = infos[eid]
        names: dict[str, list[str]] = {}
        for (script, text), _ in sorted(info.surfaces.items()):
            names.setdefault(script, [])
            if text not in names[script]:
                names[script].append(text)
        ent = kb.get(eid)
        if ent is not None:
            roles = [r.title + (f" ({r.start}–{r.end or ''})" if r.start else "") for r in ent.roles]
            out.append(Entity(eid, ent.type, ent.name_en, names, ent.wikidata, ent.lat, ent.lon, roles,
                              sorted(info.docs)))
            continue
        place = (places or {}).get(eid)
        if place is not None and not is_arabic_script(place.name_en):  # a gazetteer place: its English name and coordinates, not a romanization
            out.append(Entity(eid, "LOC", place.name_en, names, None, place.lat, place.lon, [], sorted(info.docs)))
            continue
        english = info.best(("en",))
        if english and (len(english.split()) > 1 or not info.best(("ar", "fa"))):
            name_en = english
        else:
            source = info.best(("ar", "fa")) or english or eid
            name_en = source
            if is_arabic_script(source):
                to_romanize.append((len(out), (source, info.type, _country(info))))
        out.append(Entity(eid, info.type, name_en, names, None, None, None, [], sorted(info.docs)))
    if to_romanize:
        for (pos, _), name in zip(to_romanize, romanize_many([t for _, t in to_romanize]), strict=True):
            out[pos].name_en = name
    return out
