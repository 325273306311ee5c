"""What story clustering needs to know about one document: its :class:`Signature`.

A signature is computed once per document from the fields the document stages filled, and is
stored (``story_signatures``), so re-clustering never re-reads or re-embeds a document:

- ``key``: the canonical processing order, ``"YYYY-MM-DD|<id>"`` (``"|<id>"`` when undated).
- ``day``: the day the article is about. The main event's date when the events stage found one
  in the lead, else the publication date. Events an article only *mentions* (background in
  later paragraphs) never set it.
- ``vec``: the embedding, centered per language and re-normalized (:mod:`.calibration`).
- ``entities``: canonical entity id -> weight. Weights come from the kind of entity (a person,
  a base or a ministry says much about a story, a country or a news agency almost nothing) and
  from where it is mentioned (mentions in the lead paragraph count fully, later ones half).
- ``events``: the main events (type, date, place entity) when the events stage ran: asserted
  events of the lead dated on the main day (or undated); a recalled event is left out.
- ``shingles``: 64-bit hashes of the word 5-grams of the normalized text (syndication).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from khabar.document import Document

from .calibration import center

__all__ = ["Signature", "MainEvent", "signature_of", "entity_prior", "lead_end", "LEAD_CHARS", "sort_key", "parse_day"]

#: The lead is the first paragraph of the body, at most LEAD_CHARS characters (and the first
#: MIN_LEAD characters at least, so a dateline line does not end it).
LEAD_CHARS = 600
MIN_LEAD = 150
#: Weight of a mention after the lead (background paragraphs mention other stories' actors).
LATER_FACTOR = 0.5
#: Entities with a prior below this are not used at all.
MIN_PRIOR = 0.05

# Prior weight by knowledge-base kind. Countries and agencies name no story; specific sites,
# bases, people and armed groups are what tell two stories of the same week apart.
KIND_PRIOR: dict[str, float] = {
    "person": 1.0, "site": 1.0, "base": 1.0, "embassy": 1.0, "crossing": 1.0, "company": 0.9,
    "armed_group": 0.8, "party": 0.7, "district": 0.8, "security": 0.7, "military": 0.6,
    "ministry": 0.5, "parliament": 0.5, "government": 0.4, "intl": 0.4, "province": 0.5,
    "region": 0.4, "other": 0.5, "media": 0.0, "agency": 0.0,
}
TYPE_PRIOR: dict[str, float] = {"PER": 1.0, "ORG": 0.7, "LOC": 0.6}


@dataclass(frozen=True)
class MainEvent:
    type: str
    day: dt.date | None
    place: str | None


@dataclass
class Signature:
    id: str
    key: str
    day: dt.date | None
    lang: str
    outlet: str | None
    vec: np.ndarray | None  # centered, normalized float32 (384,)
    entities: dict[str, float] = field(default_factory=dict)
    events: list[MainEvent] = field(default_factory=list)
    shingles: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    names: dict[str, str] = field(default_factory=dict)  # entity id -> English name, when known


def parse_day(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def sort_key(day: dt.date | None, doc_id: str) -> str:
    return f"{day.isoformat() if day else ''}|{doc_id}"


def entity_prior(entity_id: str, mention_type: str | None = None, kind_of: Callable[[str], str | None] | None = None) -> float:
    """Prior weight of an entity id (0 for countries, agencies and outlets)."""
    if entity_id.startswith("csc:"):  # countries (country-state-city ids)
        return 0.0
    kind = kind_of(entity_id) if kind_of is not None else None
    if kind is not None:
        return KIND_PRIOR.get(kind, 0.5)
    if entity_id.startswith("gn:"):  # gazetteer cities and towns
        return 0.5
    if entity_id.startswith("new-per-"):
        return 0.9
    if entity_id.startswith("new-loc-"):
        return 0.4  # minted place names are often countries or regions spelled unusually
    if entity_id.startswith("new-org-"):
        return 0.6
    return TYPE_PRIOR.get(mention_type or "", 0.6)


def lead_end(text: str) -> int:
    """End of the lead: the first paragraph (at least :data:`MIN_LEAD` characters), at most
    :data:`LEAD_CHARS`. Background ("the attack came two days after ...") follows it."""
    end = text.find("\n", MIN_LEAD)
    return min(end if end >= 0 else len(text), LEAD_CHARS)


def _entity_weights(doc: Document, kind_of: Callable[[str], str | None] | None) -> dict[str, float]:
    weights: dict[str, float] = {}
    lead = lead_end(doc.text or "")
    for m in doc.mentions:
        if not m.entity:
            continue
        prior = entity_prior(m.entity, m.type, kind_of)
        if prior < MIN_PRIOR:
            continue
        w = prior * (1.0 if m.start < lead else LATER_FACTOR)
        if w > weights.get(m.entity, 0.0):
            weights[m.entity] = w
    if not doc.mentions:  # an entities stage that only fills doc.entities
        for e in doc.entities:
            prior = entity_prior(e, None, kind_of)
            if prior >= MIN_PRIOR:
                weights[e] = prior * LATER_FACTOR
    return {k: round(v, 3) for k, v in sorted(weights.items())}


def _names(doc: Document, name_of: Callable[[str], str | None] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in doc.places:
        if p.entity and p.name_en:
            out[p.entity] = p.name_en
    for m in doc.mentions:
        if m.entity and m.entity not in out:
            name = name_of(m.entity) if name_of is not None else None
            if name:
                out[m.entity] = name
            elif m.type == "PER" and m.text.isascii():
                out[m.entity] = m.text
    return dict(sorted(out.items()))


def _main_events(doc: Document) -> list[MainEvent]:
    """Asserted events whose evidence starts in the lead: what the article reports, not recalls."""
    out: list[MainEvent] = []
    for ev in doc.events:
        if ev.mode not in ("asserted", "", None):
            continue
        starts = [s.start for s in ev.evidence]
        if starts and min(starts) >= LEAD_CHARS:
            continue
        place = ev.place.entity if ev.place is not None else None
        out.append(MainEvent(ev.type, parse_day(ev.date), place))
    return out


def _main_day(doc: Document, events: Iterable[MainEvent]) -> dt.date | None:
    published = parse_day(doc.published)
    days = [e.day for e in events if e.day is not None]
    if days:
        # the earliest lead event within a week before publication (a follow-up's lead recalls
        # the day it happened); events far from the publication date are not trusted
        near = [d for d in days if published is None or -1 <= (published - d).days <= 7]
        if near:
            return min(near)
    return published


def signature_of(
    doc: Document,
    *,
    shingles: np.ndarray | None = None,
    kind_of: Callable[[str], str | None] | None = None,
    name_of: Callable[[str], str | None] | None = None,
) -> Signature:
    """The signature of one processed document (see the module docstring)."""
    from .syndication import shingle_hashes

    lang = (doc.lang or "und").split("-")[0].lower()
    events = _main_events(doc)
    day = _main_day(doc, events)
    # a dated lead event far from the main day is a recalled one ("the February attack ...")
    events = [e for e in events if e.day is None or (day is not None and abs((e.day - day).days) <= 1)]
    vec = center(np.asarray(doc.embedding, dtype=np.float32), lang) if doc.embedding else None
    if vec is not None:  # float16 precision, as stored: a signature read back is identical
        vec = vec.astype(np.float16).astype(np.float32)
    if shingles is None:
        shingles = shingle_hashes(doc.text or "", lang)
    return Signature(
        id=doc.id,
        key=sort_key(day, doc.id),
        day=day,
        lang=lang,
        outlet=doc.source.outlet if doc.source else None,
        vec=vec,
        entities=_entity_weights(doc, kind_of),
        events=events,
        shingles=shingles,
        names=_names(doc, name_of),
    )
