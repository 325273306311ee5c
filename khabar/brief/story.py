"""What a story shows, built once for both faces (the offline brief and the web app's story page).

:func:`story_parts` turns a :class:`~khabar.document.Story` and its member documents into plain
dicts: the **timeline** of merged events (or, while merging has not run, the articles' own
events grouped when identical and labelled unmerged), **who's who**, the **differences**
between outlets grouped by outlet, and the **map points**. Templates escape every value.

Where evidence lives differs between the faces (an anchor inside the brief, a highlighted
document page in the app), so the caller passes ``link(doc_id, span, event_id)`` which returns
the URL of that evidence; the brief's ``link`` also registers the span to mark in the article.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from khabar.document import Claim, Document, Entity, Event, Span, Story

from .map import MapPoint

__all__ = ["LinkFn", "StoryParts", "story_parts", "document_points", "kb_roles", "RTL", "LANG_NAMES", "direction", "WHOS_WHO_MAX"]

RTL = frozenset({"ar", "fa", "ur", "ckb", "ps", "he", "yi"})
LANG_NAMES = {"ar": "Arabic", "fa": "Persian", "en": "English", "ur": "Urdu", "und": "unknown"}
WHOS_WHO_MAX = 12
TIMELINE_MAX = 12
OUTLETS_MAX = 5
NEARBY_DEGREES = 12.0  # a document's mentioned places within this (|dlat| + |dlon|) of an event place are mapped
ROLE_WORDS = {"actor": "actor in", "target": "target of", "place": "place of"}

#: ``link(doc_id, span, event_id)`` -> URL of that evidence (None: nothing to link to).
LinkFn = Callable[[str, Span | None, str | None], str | None]


def css_token(value: str | None) -> str:
    """``value`` reduced to letters, digits and dashes, for a class name (never a stray quote or space)."""
    return re.sub(r"[^A-Za-z0-9-]", "", value or "")[:24] or "x"


def direction(lang: str | None) -> str:
    return "rtl" if (lang or "") in RTL else "ltr"


@dataclass
class StoryParts:
    timeline: list[dict[str, Any]]  # every event, in date order
    shown: list[dict[str, Any]]  # the timeline's lead: the best-supported events near the story's dates
    more: list[dict[str, Any]]  # the rest (collapsed), in date order
    merged: bool  # False: the timeline holds the articles' own events (merging has not run)
    whos_who: list[dict[str, Any]]
    whos_who_more: int  # entities left off the capped list
    differences: list[dict[str, Any]]  # grouped by outlet
    points: list[MapPoint]


def _when(ev: Event) -> str:
    if ev.date:
        return ev.date
    if ev.date_window:
        a, b = ev.date_window
        return a if a == b else f"{a} – {b}"
    return ""


def _line(ev: Event, names: Callable[[str], str]) -> str:
    """The English rendering without the date (the timeline shows it in its own column)."""
    from khabar.events.render import render_event

    return render_event(dataclasses.replace(ev, date=None, date_window=None), names)


def _attribution(claim: Claim | None, doc: Document, names: Callable[[str], str]) -> str:
    """"Reuters citing three militia sources"; the outlet when the claim names no speaker; "" for none."""
    from khabar.events.render import render_claim

    if claim is None:
        return ""
    if claim.by is None:
        if not claim.citing:
            return ""
        claim = dataclasses.replace(claim, by=None, kind="report")
        return render_claim(claim, names).replace("the article", _outlet(doc), 1)
    return render_claim(claim, names)


def _sort_key(ev: Event) -> str:
    return ev.date or (ev.date_window[0] if ev.date_window else "9999")


def _outlet(doc: Document) -> str:
    return doc.source.outlet or doc.title or doc.id


def _report(doc: Document, span: Span | None, link: LinkFn, event_id: str | None) -> dict[str, Any]:
    ok = span is not None and span.end <= len(doc.text)
    return {
        "doc_id": doc.id, "outlet": _outlet(doc), "lang": doc.lang or "", "lang_class": css_token(doc.lang or "und"),
        "lang_name": LANG_NAMES.get(doc.lang or "und", doc.lang),
        "dir": direction(doc.lang), "published": doc.published, "title": doc.title,
        "quote": doc.text[span.start : span.end].strip() if ok and span is not None else "",
        "link": link(doc.id, span if ok else None, event_id),
    }


def _claim_in(docs: Iterable[Document], claim_id: str | None) -> Claim | None:
    if not claim_id:
        return None
    for d in docs:
        for c in d.claims:
            if c.id == claim_id:
                return c
    return None


def _own_event(doc: Document, event_id: str | None) -> Event | None:
    return next((e for e in doc.events if e.id == event_id), None) if event_id else None


def _independent(doc_ids: Sequence[str], syndication: Sequence[Sequence[str]]) -> int:
    """Sources once wire copies are folded, counted as the stories package counts them."""
    from khabar.stories.merge import group_of

    group = group_of(syndication)
    return len({group(d) for d in doc_ids})


def _variant_text(about: str, value: Any, names: Callable[[str], str]) -> str:
    from khabar.events.render import render_quantities

    if about.startswith("quantities."):
        key = about.split(".", 1)[1]
        try:
            return render_quantities({key: int(value)})
        except (TypeError, ValueError):
            return f"{key}: {value}"
    if isinstance(value, Mapping):
        value = value.get("name_en") or value.get("entity") or value.get("start") or ""
    elif isinstance(value, (list, tuple)):
        value = " – ".join(str(v) for v in value)
    text = str(value) if value is not None else "unknown"
    if about in ("actor", "target", "place") and text:
        text = names(text)
    prefix = {"date": "on", "place": "at", "actor": "by", "target": "against"}.get(about, f"{about}:")
    return f"{prefix} {text}"


def _merged_item(ev: Event, k: int, story: Story, docs: Mapping[str, Document], names: Callable[[str], str],
                 link: LinkFn, anchor_prefix: str) -> dict[str, Any]:
    doc_ids = list(dict.fromkeys([*ev.documents, *(s.document for s in ev.sources)]))
    if not doc_ids:
        doc_ids = list(dict.fromkeys(sp.document for sp in ev.evidence if sp.document))
    supporting = [docs[i] for i in doc_ids if i in docs]
    supporting.sort(key=lambda d: (d.published or "9999", d.id))
    own: dict[str, list[Any]] = defaultdict(list)  # a document may report the event more than once
    for src in ev.sources:
        own[src.document].append(src)
    spans: dict[str, Span] = {}
    for sp in ev.evidence:
        if sp.document and sp.document not in spans:
            spans[sp.document] = sp
    attributions: list[str] = []
    reports = []
    for d in supporting:
        own_evs = [(src, _own_event(d, src.event)) for src in own.get(d.id, [])]
        own_ev = next((e for _, e in own_evs if e is not None and e.evidence), None)
        span = spans.get(d.id) or (own_ev.evidence[0] if own_ev is not None else None)
        if span is None and len(supporting) == 1 and ev.evidence and ev.evidence[0].document is None:
            span = ev.evidence[0]
        reports.append(_report(d, span, link, own_ev.id if own_ev is not None else None))
        for src, e in own_evs:
            attributions.append(_attribution(_claim_in([d], src.claim or (e.claim if e else None)), d, names))
    if not any(attributions) and ev.claim:
        for d in supporting:
            attributions.append(_attribution(_claim_in([d], ev.claim), d, names))
    variants = []
    outlet_of = {d.id: _outlet(d) for d in supporting}
    for v in ev.variants:
        vdocs = [docs[i] for i in v.documents if i in docs]
        vspan = next((sp for sp in v.evidence if sp.document in docs), None)
        vlink = link(vspan.document, vspan, None) if vspan is not None and vspan.document else None
        variants.append({"text": _variant_text(v.about, v.value, names),
                         "outlets": list(dict.fromkeys(outlet_of.get(d.id, _outlet(d)) for d in vdocs)) or ["some reports"],
                         "link": vlink})
    independent = ev.independent_sources if ev.independent_sources is not None else _independent(
        [d.id for d in supporting], story.syndication)
    return {
        "anchor": f"{anchor_prefix}{k}", "event": ev, "when": _when(ev), "type": ev.type, "mode": css_token(ev.mode),
        "line": _line(ev, names), "attribution": list(dict.fromkeys(a for a in attributions if a)),
        "sources": len(supporting), "independent": independent, "variants": variants, "reports": reports,
    }


def _dedupe_key(ev: Event) -> tuple[Any, ...]:
    place = (ev.place.entity or ev.place.name_en) if ev.place is not None else None
    return (ev.type, ev.actor, ev.target, place, ev.date, ev.date_window and tuple(ev.date_window), ev.mode,
            tuple(sorted(ev.quantities.items())))


def _unmerged_items(story: Story, members: Sequence[Document], names: Callable[[str], str], link: LinkFn,
                    anchor_prefix: str) -> list[dict[str, Any]]:
    """The articles' own events, identical ones (same type, parties, place, date, numbers) as one line."""
    groups: dict[tuple[Any, ...], list[tuple[Document, Event]]] = {}
    for d in members:
        for ev in d.events:
            groups.setdefault(_dedupe_key(ev), []).append((d, ev))
    items = []
    for pairs in sorted(groups.values(), key=lambda ps: (_sort_key(ps[0][1]), ps[0][1].type)):
        ev = pairs[0][1]
        seen_docs: dict[str, tuple[Document, Event]] = {}
        for d, e in pairs:
            seen_docs.setdefault(d.id, (d, e))
        attributions = []
        reports = []
        for d, e in seen_docs.values():
            attributions.append(_attribution(_claim_in([d], e.claim), d, names))
            reports.append(_report(d, e.evidence[0] if e.evidence else None, link, e.id))
        items.append({
            "anchor": f"{anchor_prefix}{len(items)}", "event": ev, "when": _when(ev), "type": ev.type, "mode": css_token(ev.mode),
            "line": _line(ev, names), "attribution": list(dict.fromkeys(a for a in attributions if a)),
            "sources": len(seen_docs), "independent": _independent(list(seen_docs), story.syndication),
            "variants": [], "reports": reports,
        })
    return items


def kb_roles(kb: Any, eid: str, *, limit: int = 3) -> list[str]:
    """"Supreme Leader of Iran (1989–)" lines for ``eid`` from the knowledge base, newest first."""
    ent = kb.get(eid) if kb is not None else None
    if ent is None:
        return []
    out = []
    for r in sorted(ent.roles, key=lambda r: -(r.start or 0)):
        org = kb.get(r.org) if r.org else None
        text = r.title
        if org is not None and org.name_en.lower() not in text.lower():
            text += f", {org.name_en}"
        if r.start or r.end:
            text += f" ({r.start or '?'}–{r.end or ''})"
        out.append(text)
    return out[:limit]


def _whos_who(story: Story, members: Sequence[Document], timeline: list[dict[str, Any]],
              entity_of: Callable[[str], Entity | None], kb: Any, entity_link: Callable[[str], str | None],
              cap: int) -> tuple[list[dict[str, Any]], int]:
    docs_of: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    outlets: dict[str, dict[str, str]] = defaultdict(dict)  # entity -> outlet -> language
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for d in members:
        for m in d.mentions:
            if m.entity:
                mentions[m.entity] += 1
                docs_of[m.entity].add(d.id)
                outlets[m.entity].setdefault(_outlet(d), d.lang or "")
                if m.type:
                    types[m.entity][m.type] += 1
        for eid in d.entities:
            docs_of[eid].add(d.id)
            outlets[eid].setdefault(_outlet(d), d.lang or "")
    roles: dict[str, list[dict[str, str]]] = defaultdict(list)
    for item in timeline:
        ev: Event = item["event"]
        for role, eid in (("actor", ev.actor), ("target", ev.target)):
            if eid:
                roles[eid].append({"role": ROLE_WORDS[role], "line": item["line"], "link": "#" + item["anchor"],
                                   "when": item["when"], "type": item["type"]})
    order = {e: k for k, e in enumerate(story.entities)}
    candidates = list(dict.fromkeys([*story.entities, *docs_of, *roles]))
    rows = []
    for eid in candidates:
        ent = entity_of(eid)
        etype = ent.type if ent is not None else (types[eid].most_common(1)[0][0] if types[eid] else "UNK")
        if etype in ("LOC", "GPE", "FAC"):
            continue  # places are on the map and in the timeline
        if not mentions[eid] and eid not in roles and (ent is None or ent.name_en == eid):
            continue  # named nowhere in the loaded articles and unknown to the knowledge base
        centrality = (len(order) - order[eid]) / max(len(order), 1) if eid in order else 0.0
        score = 3.0 * len(roles[eid]) + 2.0 * len(docs_of[eid]) + min(mentions[eid], 10) / 5 + 2.0 * centrality
        name = ent.name_en if ent is not None else eid
        role_lines = list(ent.roles) if ent is not None and ent.roles else kb_roles(kb, eid)
        ev_roles = list({(r["role"], r["type"], r["when"]): r for r in roles[eid]}.values())
        named = [{"name": o, "lang": lang, "lang_class": css_token(lang or "und")} for o, lang in sorted(outlets[eid].items(), key=lambda ol: (ol[1], ol[0]))]
        rows.append({
            "id": eid, "name": name, "type": etype, "type_class": css_token(etype), "roles": role_lines[:2], "events": ev_roles[:3],
            "more_events": max(0, len(ev_roles) - 3),
            "outlets": named[:OUTLETS_MAX], "more_outlets": [o["name"] for o in named[OUTLETS_MAX:]],
            "documents": len(docs_of[eid]), "mentions": mentions[eid], "score": score, "link": entity_link(eid),
        })
    rows.sort(key=lambda r: (-r["score"], r["name"].lower()))
    return rows[:cap], max(0, len(rows) - cap)


ABOUT_WORDS = {"date": "the date", "place": "the place", "actor": "who acted", "target": "the target",
               "claim": "the attribution", "event": "an event", "mode": "whether it happened"}


def _about(about: str) -> str:
    if about.startswith("quantities."):
        return "the number " + about.split(".", 1)[1].replace("_", " ")
    return ABOUT_WORDS.get(about, about.replace("_", " "))


def _differences(story: Story, docs: Mapping[str, Document], timeline: list[dict[str, Any]], link: LinkFn) -> list[dict[str, Any]]:
    lines = {item["event"].id: item for item in timeline}
    groups: dict[str, dict[str, Any]] = {}
    for diff in story.differences:
        doc = docs.get(diff.document)
        if doc is None:
            continue
        g = groups.setdefault(_outlet(doc), {"outlet": _outlet(doc), "lang": doc.lang or "", "lang_class": css_token(doc.lang or "und"),
                                             "lang_name": LANG_NAMES.get(doc.lang or "und", doc.lang), "items": []})
        span = diff.evidence
        if span is not None and span.document not in (None, doc.id):
            other = docs.get(span.document or "")
            doc = other or doc
        ev_item = lines.get(diff.event or "")
        rep = _report(doc, span, link, None)
        about = _about(diff.about)
        value = diff.value if diff.value and str(diff.value) not in about else None  # "rockets: 12" says it already
        event_line = ev_item["line"] if ev_item and ev_item["line"] not in about else None
        g["items"].append({
            "kind": diff.kind, "kind_class": css_token(diff.kind), "about": about, "value": value,
            "quote": rep["quote"], "dir": rep["dir"], "lang": rep["lang"], "link": rep["link"], "title": doc.title,
            "event_line": event_line, "event_link": "#" + ev_item["anchor"] if ev_item else None,
        })
    out = sorted(groups.values(), key=lambda g: (-len(g["items"]), g["outlet"]))
    for g in out:
        g["items"].sort(key=lambda i: (i["kind"] != "conflict", i["about"]))
    return out


def _is_country(entity: str | None) -> bool:
    return bool(entity and entity.startswith("csc:") and "-" not in entity)


def _points(story: Story, members: Sequence[Document], timeline: list[dict[str, Any]]) -> list[MapPoint]:
    """Places of the timeline's events (merged events when there are), weighted by supporting reports."""
    points: dict[tuple[float, float], MapPoint] = {}

    def add(ev: Event, weight: int, anchor: str) -> None:
        p = ev.place
        if p is None or p.lat is None or p.lon is None or ev.mode != "asserted" or _is_country(p.entity):
            return
        key = (round(p.lat, 2), round(p.lon, 2))
        old = points.get(key)
        points[key] = MapPoint(p.lat, p.lon, p.name_en, (old.weight if old else 0) + weight,
                               old.anchor if old else anchor)

    for item in timeline:
        add(item["event"], max(item["sources"], 1), item["anchor"])
    if not points:  # merged events without places: the articles' own
        for d in members:
            for ev in d.events:
                add(ev, 1, "")
    return list(points.values())


def _lead(timeline: list[dict[str, Any]], members: Sequence[Document], cap: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split the timeline: at most ``cap`` events to show first (most sources, dated near the story), the rest."""
    if len(timeline) <= cap:
        return timeline, []
    days = sorted(d.published for d in members if d.published)
    lo = hi = None
    if days:
        try:
            lo = (date.fromisoformat(days[0]) - timedelta(days=14)).isoformat()
            hi = (date.fromisoformat(days[-1]) + timedelta(days=1)).isoformat()
        except ValueError:
            lo = hi = None

    def score(item: dict[str, Any]) -> tuple[float, str]:
        ev: Event = item["event"]
        start = _sort_key(ev)
        end = ev.date or (ev.date_window[1] if ev.date_window else "")
        near = lo is not None and hi is not None and start <= hi and (end or start) >= lo
        # say less: an event with no party, or no date at all, is shown first only if many sources carry it
        formed = (2.0 if ev.actor or ev.target else -3.0) + (0.0 if ev.date or ev.date_window else -2.0)
        return (3.0 * item["sources"] + 2.0 * item["independent"] + (4.0 if near else 0.0) + formed
                + (1.0 if ev.mode == "asserted" else 0.0) + (0.5 if item["attribution"] else 0.0), item["anchor"])

    keep = {item["anchor"] for item in sorted(timeline, key=score, reverse=True)[:cap]}
    return [i for i in timeline if i["anchor"] in keep], [i for i in timeline if i["anchor"] not in keep]


def story_parts(
    story: Story,
    docs: Mapping[str, Document],
    names: Callable[[str], str],
    link: LinkFn,
    *,
    entity_of: Callable[[str], Entity | None] = lambda _eid: None,
    entity_link: Callable[[str], str | None] = lambda _eid: None,
    kb: Any = None,
    anchor_prefix: str = "tl-",
    whos_who_max: int = WHOS_WHO_MAX,
    timeline_max: int = TIMELINE_MAX,
) -> StoryParts:
    """The timeline, who's who, differences and map points of ``story`` (members looked up in ``docs``)."""
    members = [docs[i] for i in story.documents if i in docs and not docs[i].failed]
    members.sort(key=lambda d: (d.published or "9999", d.id))
    if story.events:
        events = sorted(story.events, key=lambda e: (_sort_key(e), e.id))
        timeline = [_merged_item(ev, k, story, docs, names, link, anchor_prefix) for k, ev in enumerate(events)]
    else:
        timeline = _unmerged_items(story, members, names, link, anchor_prefix)
    whos, more = _whos_who(story, members, timeline, entity_of, kb, entity_link, whos_who_max)
    shown, rest = _lead(timeline, members, timeline_max)
    return StoryParts(
        timeline=timeline, shown=shown, more=rest, merged=bool(story.events), whos_who=whos, whos_who_more=more,
        differences=_differences(story, docs, timeline, link), points=_points(story, members, timeline),
    )


def document_points(doc: Document) -> list[MapPoint]:
    """One article's map: the places of its events (weighted by events) and the places it mentions."""
    points: dict[tuple[float, float], MapPoint] = {}

    def add(lat: float | None, lon: float | None, name: str, entity: str | None, weight: int) -> None:
        if lat is None or lon is None or _is_country(entity):
            return
        key = (round(lat, 2), round(lon, 2))
        old = points.get(key)
        points[key] = MapPoint(lat, lon, old.label if old else name, (old.weight if old else 0) + weight)

    for ev in doc.events:
        if ev.place is not None and ev.mode == "asserted":
            add(ev.place.lat, ev.place.lon, ev.place.name_en, ev.place.entity, 2)
    events = list(points.values())
    for p in doc.places:
        key = (round(p.lat, 2), round(p.lon, 2)) if p.lat is not None and p.lon is not None else None
        if key is None or key in points:
            continue
        # a place named in passing far from where things happened (Washington, in a Baghdad story)
        # would zoom the map out to the world: only nearby places join the events' places
        if events and all(abs(p.lat - e.lat) + abs(p.lon - e.lon) > NEARBY_DEGREES for e in events):  # type: ignore[operator]
            continue
        add(p.lat, p.lon, p.name_en, p.entity, 1)
    return list(points.values())
