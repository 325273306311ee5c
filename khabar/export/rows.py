"""Rows of the export tables, built from Documents and Stories (no I/O here).

Events: one row per *merged* event of each story when stories exist (its supporting documents,
outlets and the values reports disagree on); until then one row per event of each document. A
row's ``independent_source_count`` folds documents that share wire text (the story's
syndication groups) into one source each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.document import Claim, Document, Event, Span, Story

from .names import EntityNames

__all__ = [
    "event_row",
    "document_event_rows",
    "story_event_rows",
    "document_row",
    "EntityAggregate",
    "entity_rows",
    "aggregate_entities",
    "story_row",
    "member_meta",
    "render_event",
    "attribution",
    "evidence_text",
    "independent_count",
    "variant_texts",
]

TYPE_LABELS: dict[str, tuple[str, str]] = {
    # type: (noun, preposition introducing the target)
    "ASSAULT": ("Attack", "on"),
    "COERCE": ("Coercion", "against"),
    "MOBILIZE": ("Mobilization", "against"),
    "THREATEN": ("Threat", "against"),
    "PROTEST": ("Protest", "against"),
    "ACCUSE": ("Accusation", "against"),
    "REJECT": ("Rejection", "of"),
    "REQUEST": ("Request", "to"),
    "CONSULT": ("Meeting", "with"),
    "AGREE": ("Agreement", "with"),
    "SUPPORT": ("Support", "for"),
    "COOPERATE": ("Cooperation", "with"),
    "AID": ("Aid", "to"),
    "SANCTION": ("Sanctions", "on"),
    "RETREAT": ("Withdrawal", "from"),
}
MODE_NOTES = {"denied": "denied", "threatened": "threatened", "planned": "planned", "requested": "called for"}
_KILLED = ("killed", "dead", "deaths", "fatalities")
_WOUNDED = ("wounded", "injured", "injuries")


def _quantity(q: Mapping[str, int], keys: Sequence[str]) -> int | None:
    for k in keys:
        if k in q and q[k] is not None:
            return int(q[k])
    return None


def evidence_text(doc: Document | None, spans: Sequence[Span]) -> str | None:
    """The original text of ``spans`` in ``doc`` (joined with ' … '); None when out of range."""
    if doc is None or not spans:
        return None
    parts = [doc.text[s.start : s.end].strip() for s in spans if s.end <= len(doc.text)]
    parts = [p for p in parts if p]
    return " … ".join(parts) or None


def attribution(doc: Document | None, claim_id: str | None, names: EntityNames) -> str | None:
    """'Outlet citing …' for the claim an event belongs to (the outlet alone when no claim)."""
    if doc is None:
        return None
    claim: Claim | None = next((c for c in doc.claims if c.id == claim_id), None) if claim_id else None
    outlet = doc.source.outlet
    if claim is None:
        return outlet
    by = names.name(claim.by) or outlet
    cited = [names.name(c.entity) or c.description for c in claim.citing]
    cited = [c for c in cited if c]
    text = by or ""
    if cited:
        text += (" citing " if text else "") + ", ".join(cited)
    if outlet and by and by != outlet:
        text = f"{outlet}: {text}"
    return text or None


def render_event(ev: Event, names: EntityNames, source: str | None = None) -> str:
    """An English sentence built from the event's structure (no translation involved)."""
    noun, prep = TYPE_LABELS.get(ev.type, (ev.type.capitalize().replace("_", " "), "against"))
    out = noun
    actor, target = names.name(ev.actor), names.name(ev.target)
    if actor:
        out += f" by {actor}"
    if target:
        out += f" {prep} {target}"
    if ev.place is not None and ev.place.name_en:
        out += f" in {ev.place.name_en}"
    if ev.date:
        out += f", {ev.date}"
    elif ev.date_window:
        out += f", between {ev.date_window[0]} and {ev.date_window[1]}"
    counts = [f"{n} {k}" for k, n in sorted(ev.quantities.items()) if n is not None]
    if counts:
        out += "; " + ", ".join(counts)
    if ev.mode in MODE_NOTES:
        out += f" ({MODE_NOTES[ev.mode]})"
    if source:
        out += f" — {source}"
    return out


def independent_count(doc_ids: Sequence[str], docs: Mapping[str, Document], syndication: Sequence[Sequence[str]]) -> int:
    """Number of sources once documents sharing wire text are folded into one."""
    group_of: dict[str, int] = {}
    for i, group in enumerate(syndication):
        for d in group:
            group_of[d] = i
    keys: set[Any] = set()
    for d in doc_ids:
        if d in group_of:
            keys.add(("group", group_of[d]))
        else:
            doc = docs.get(d)
            keys.add(("outlet", doc.source.outlet) if doc is not None and doc.source.outlet else ("doc", d))
    return len(keys)


def event_row(
    ev: Event,
    supporting: Sequence[Document],
    names: EntityNames,
    *,
    story_id: str | None = None,
    syndication: Sequence[Sequence[str]] = (),
) -> dict[str, Any]:
    """One ACLED-like row; the evidence is quoted from the first supporting document."""
    first = supporting[0] if supporting else None
    own_claim = next((src.claim for src in ev.sources if first is not None and src.document == first.id), None)
    claim_id = own_claim or (ev.claim if not ev.sources else None)
    spans = [sp for sp in ev.evidence if sp.document in (None, first.id if first else None)]
    window = ev.date_window
    start = ev.date or (window[0] if window else None)
    end = ev.date or (window[1] if window else None)
    outlets = list(dict.fromkeys(d.source.outlet for d in supporting if d.source.outlet))
    by_id = {d.id: d for d in supporting}
    source = attribution(first, claim_id, names)
    place = ev.place
    return {
        "event_id": ev.id,
        "story_id": story_id,
        "event_date": ev.date,
        "date_window_start": start,
        "date_window_end": end,
        "date_precision": "day" if ev.date else ("window" if window else None),
        "event_type": ev.type,
        "sub_type": getattr(ev, "sub_type", None),
        "mode": ev.mode,
        "actor1": names.name(ev.actor),
        "actor1_id": ev.actor,
        "actor2": names.name(ev.target),
        "actor2_id": ev.target,
        "location": place.name_en if place else None,
        "location_id": place.entity if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "fatalities": _quantity(ev.quantities, _KILLED),
        "injuries": _quantity(ev.quantities, _WOUNDED),
        "quantities": dict(ev.quantities),
        "sources": outlets,
        "source_count": len(outlets) or len(supporting),
        "independent_source_count": independent_count(list(by_id), by_id, syndication),
        "documents": [d.id for d in supporting],
        "variants": variant_texts(ev, by_id, names),
        "published": min((d.published for d in supporting if d.published), default=None),
        "evidence": evidence_text(first, spans),
        "evidence_lang": first.lang if first else None,
        "evidence_document": first.id if first else None,
        "attribution": source,
        "claim": render_event(ev, names, source),
    }


def variant_texts(ev: Event, docs: Mapping[str, Document], names: EntityNames) -> list[str]:
    """'rockets: 6 (Outlet A, Outlet B)' for each value of each field the reports disagree on."""
    out = []
    for v in ev.variants:
        field_ = v.about.split(".", 1)[1] if v.about.startswith("quantities.") else v.about
        value = names.name(v.value) if v.about in ("actor", "target") and isinstance(v.value, str) else v.value
        outlets = list(dict.fromkeys((docs[d].source.outlet or d) if d in docs else d for d in v.documents))
        out.append(f"{field_.replace('_', ' ')}: {value} ({', '.join(outlets)})")
    return out


def document_event_rows(doc: Document, names: EntityNames) -> Iterator[dict[str, Any]]:
    """Per-document events (used until stories and merged events exist)."""
    for ev in doc.events:
        yield event_row(ev, [doc], names)


def story_event_rows(story: Story, docs: Mapping[str, Document], names: EntityNames) -> Iterator[dict[str, Any]]:
    """The merged events of ``story``, each with every supporting document."""
    for ev in story.events:
        ids = ev.documents or story.documents
        supporting = [docs[i] for i in ids if i in docs]
        yield event_row(ev, supporting, names, story_id=story.id, syndication=story.syndication)


def document_row(doc: Document) -> dict[str, Any]:
    s = doc.source
    return {
        "id": doc.id,
        "url": s.url,
        "path": s.path,
        "outlet": s.outlet,
        "lang": doc.lang,
        "published": doc.published,
        "published_how": doc.published_how,
        "title": doc.title,
        "chars": len(doc.text),
        "mention_count": len(doc.mentions),
        "event_count": len(doc.events),
        "entities": list(doc.entities),
        "event_types": [e.type for e in doc.events],
        "issues": [i.code for i in doc.issues],
        "text": doc.text,
    }


@dataclass
class EntityAggregate:
    """What the documents say about one entity (built by :func:`entity_rows`)."""

    documents: list[str] = field(default_factory=list)
    mentions: int = 0
    outlets: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)


def aggregate_entities(docs: Iterable[Document], names: EntityNames) -> dict[str, EntityAggregate]:
    """Entity id -> aggregate, observing every document's spellings into ``names``."""
    out: dict[str, EntityAggregate] = {}
    for doc in docs:
        names.observe(doc)
        per_doc = Counter(m.entity for m in doc.mentions if m.entity)
        for eid in dict.fromkeys([*doc.entities, *per_doc]):
            agg = out.setdefault(eid, EntityAggregate())
            agg.documents.append(doc.id)
            agg.mentions += per_doc.get(eid, 0)
            if doc.source.outlet:
                agg.outlets[doc.source.outlet] += 1
            if doc.published:
                agg.dates.append(doc.published)
    return out


def entity_rows(aggs: Mapping[str, EntityAggregate], names: EntityNames) -> Iterator[dict[str, Any]]:
    """One row per entity, most documents first."""
    for eid, agg in sorted(aggs.items(), key=lambda kv: (-len(kv[1].documents), kv[0])):
        e = names.entity(eid)
        yield {
            "id": eid,
            "type": e.type,
            "name_en": e.name_en,
            "names_ar": e.names.get("ar", []),
            "names_fa": e.names.get("fa", []),
            "names_en": e.names.get("en", []),
            "wikidata": e.wikidata,
            "latitude": e.lat,
            "longitude": e.lon,
            "roles": e.roles,
            "document_count": len(agg.documents),
            "mention_count": agg.mentions,
            "outlets": [o for o, _ in agg.outlets.most_common()],
            "first_seen": min(agg.dates, default=None),
            "last_seen": max(agg.dates, default=None),
            "documents": agg.documents,
        }


def story_row(story: Story, members: Sequence[tuple[str | None, str | None, str | None]]) -> dict[str, Any]:
    """One row per story; ``members`` are the (outlet, lang, published) of its stored documents."""
    dates = [p for _, _, p in members if p]
    return {
        "id": story.id,
        "title_en": story.title_en,
        "document_count": len(story.documents),
        "independent_sources": story.independent_sources,
        "outlets": list(dict.fromkeys(o for o, _, _ in members if o)),
        "languages": list(dict.fromkeys(lg for _, lg, _ in members if lg)),
        "first_published": min(dates, default=None),
        "last_published": max(dates, default=None),
        "event_count": len(story.events),
        "entities": list(story.entities),
        "documents": list(story.documents),
    }


def member_meta(docs: Iterable[Document]) -> list[tuple[str | None, str | None, str | None]]:
    """(outlet, lang, published) of each document, for :func:`story_row`."""
    return [(d.source.outlet, d.lang, d.published) for d in docs]
