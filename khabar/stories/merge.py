"""Event merging inside a story: the same real event told by several documents becomes one Event.

:func:`merge_events` ``(docs, syndication, names)`` works in two passes, both conservative (an
analyst must be able to trust a merged event; two attacks a month apart never merge):

1. **Within a document** (:func:`_doc_reports`): the document's events of one type and mode that
   share a day (or a compatible date window), a compatible place and the same parties are one
   *report*. An undated mention ("the attack ...") joins the one dated report it is compatible
   with; when two would fit it stays on its own. A count is taken from the first sentence that
   gives it (later sentences often give parts: "two of the rockets were intercepted").
2. **Across documents** (:func:`merge_reports`): a report joins a merged event of the same type
   and mode when nothing contradicts (days at most one day apart, or a window holding the day;
   places within a distance that depends on how specific they are; parties equal or unknown) and
   something agrees: the same day, or — for undated reports — the same specific place, the
   same actor (when no place is given on one side), or the same count. A day apart needs a place or party agreeing too. One report per
   document per merged event.

Merged events come ordered by how many independent sources tell them in their lead (a
recalled event can have as many sources as the story's own), then by support.

The merged event keeps the best-supported values (support = independent sources, wire copies
folded): the most supported exact day (an exact day beats a window; a window that holds the day
is no conflict), the most specific well-supported place, the most supported actor, target and
counts. Values the reports give differently are kept in ``variants`` (never averaged), each with
its documents and evidence. Per document the merged event records the report's field values in
:class:`Report` (used by :mod:`.compare`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from khabar.document import Document, Event, EventSource, Place, Span, Variant

from .features import lead_end, parse_day

__all__ = ["SYMMETRIC", "Report", "Merged", "merge", "merge_events", "merge_reports", "doc_reports", "group_of", "place_compatible",
           "specificity", "is_weak", "canonical_quantity", "QUANTITY_FAMILIES", "DAY_TOLERANCE"]

#: Exact days at most this far apart can be the same event (Tuesday night / Wednesday dawn).
DAY_TOLERANCE = 1
#: Counts that different languages name differently (Persian موشک is a rocket or a missile).
QUANTITY_FAMILIES: dict[str, str] = {"missiles": "rockets", "rockets": "rockets"}
#: Types whose two parties have no order ("meeting between A and B"): a swap is no conflict, and
#: the parties do not keep two reports apart (a meeting has more parties than two slots).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: How far apart (km) two places may be and still be the same place, by specificity.
_RADIUS_KM = {0: 900.0, 1: 200.0, 2: 30.0, 3: 12.0}
_MODES_SAME = {"asserted": "asserted", "": "asserted"}


def is_weak(eid: str | None) -> bool:
    """A country id (``csc:IQ``): it names no party or place precisely enough to tell events apart."""
    return bool(eid and eid.startswith("csc:") and "-" not in eid)


def specificity(place: Place | None) -> int:
    """0 country, 1 province, 2 city (gazetteer), 3 site (a knowledge-base place: a base, an embassy)."""
    if place is None:
        return -1
    eid = place.entity or ""
    if eid.startswith("csc:"):
        return 1 if "-" in eid else 0
    if eid.startswith("gn:") or not eid:
        return 2
    return 3


def _km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_compatible(a: Place | None, b: Place | None) -> bool | None:
    """True/False when both places are known (same place or one inside the other), None otherwise."""
    if a is None or b is None:
        return None
    if a.entity and a.entity == b.entity:
        return True
    if not a.entity and not b.entity and a.name_en and a.name_en == b.name_en:
        return True
    d = _km(a, b)
    if d is None:
        # a place without coordinates (a minted name) is the same as one spelled alike ("Khormala",
        # "Khurmala oil field"); otherwise nothing says where it is, so it keeps the events apart
        return _spelled_alike(a.name_en, b.name_en)
    return d <= max(_RADIUS_KM[max(specificity(a), 0)], _RADIUS_KM[max(specificity(b), 0)])


#: Words of place names that say what kind of place it is, not which one.
_PLACE_WORDS = frozenset({
    "field", "fields", "airport", "international", "province", "governorate", "district", "region", "camp",
    "square", "river", "embassy", "consulate", "village", "crossing", "border", "street", "bridge", "hospital",
    "south", "north", "southern", "northern", "eastern", "western", "central", "city", "valley", "mount",
    "mountains", "island", "palace", "prison", "refinery", "plant", "station", "complex", "facility",
    "military", "naval", "harbour", "harbor", "market", "mosque", "school", "university", "company",
})


def _spelled_alike(a: str | None, b: str | None) -> bool:
    """Two English place names share a word of 5+ letters spelled nearly alike (ratio >= 0.8)."""
    if not a or not b:
        return False
    wa = {w for w in re.findall(r"[a-z]{5,}", a.casefold())} - _PLACE_WORDS
    wb = {w for w in re.findall(r"[a-z]{5,}", b.casefold())} - _PLACE_WORDS
    return any(x == y or SequenceMatcher(None, x, y).ratio() >= 0.8 for x in wa for y in wb)


def canonical_quantity(key: str) -> str:
    return QUANTITY_FAMILIES.get(key, key)


def _mode(ev: Event) -> str:
    return _MODES_SAME.get(ev.mode or "", ev.mode)


@dataclass
class Report:
    """One document's account of an event: its own events folded into one set of values."""

    document: str
    type: str
    mode: str
    events: list[Event] = field(default_factory=list)
    day: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    place: Place | None = None
    actor: str | None = None
    target: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)  # canonical keys
    quantity_keys: dict[str, str] = field(default_factory=dict)  # canonical -> key as extracted
    evidence: dict[str, Span] = field(default_factory=dict)  # field -> span in the document
    start: int = 0  # first evidence offset
    lead: bool = False

    def add(self, ev: Event, lead: int) -> None:
        self.events.append(ev)
        span = ev.evidence[0] if ev.evidence else None
        if span is not None and (not self.evidence.get("event")):
            self.evidence["event"] = span
            self.start = span.start
            self.lead = span.start < lead
        day = parse_day(ev.date)
        if day is not None and self.day is None:
            self.day = day
            if span:
                self.evidence["date"] = span
        if ev.date_window and self.window is None:
            w0, w1 = parse_day(ev.date_window[0]), parse_day(ev.date_window[1])
            if w0 and w1:
                self.window = (w0, w1)
        if ev.place is not None and (self.place is None or specificity(ev.place) > specificity(self.place)):
            self.place = ev.place
            if span:
                self.evidence["place"] = span
        for slot in ("actor", "target"):
            value = getattr(ev, slot)
            if value and (getattr(self, slot) is None or (is_weak(getattr(self, slot)) and not is_weak(value))):
                setattr(self, slot, value)
                if span:
                    self.evidence[slot] = span
        for key, value in ev.quantities.items():
            if value is None:
                continue
            ck = canonical_quantity(key)
            if ck not in self.quantities:  # the first sentence that gives a count wins
                self.quantities[ck] = int(value)
                self.quantity_keys[ck] = key
                if span:
                    self.evidence["quantities." + ck] = span

    @property
    def informative(self) -> bool:
        return bool(self.day or self.window or self.place or self.actor or self.target or self.quantities)


def _party_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or is_weak(a) or is_weak(b)


def _date_fit(a_day: dt.date | None, a_win: tuple[dt.date, dt.date] | None,
              b_day: dt.date | None, b_win: tuple[dt.date, dt.date] | None) -> float | None:
    """Agreement of two dates: 2 same day, 1 a day apart, 0.5 window fits, 0 unknown, None incompatible."""
    tol = dt.timedelta(days=DAY_TOLERANCE)
    if a_day and b_day:
        gap = abs((a_day - b_day).days)
        return 2.0 if gap == 0 else (1.0 if gap <= DAY_TOLERANCE else None)
    if a_day and b_win:
        return 0.5 if b_win[0] - tol <= a_day <= b_win[1] + tol else None
    if b_day and a_win:
        return 0.5 if a_win[0] - tol <= b_day <= a_win[1] + tol else None
    if a_win and b_win:
        return 0.5 if a_win[0] <= b_win[1] + tol and b_win[0] <= a_win[1] + tol else None
    return 0.0


def _fits_within(cluster: Report, ev: Event, lead: int) -> bool:
    """Can an event of the same document join ``cluster``? (same type and mode checked before)."""
    day = parse_day(ev.date)
    win = None
    if ev.date_window:
        w0, w1 = parse_day(ev.date_window[0]), parse_day(ev.date_window[1])
        win = (w0, w1) if w0 and w1 else None
    fit = _date_fit(cluster.day, cluster.window, day, win)
    if fit is None or (day and cluster.day and day != cluster.day):
        return False
    if place_compatible(cluster.place, ev.place) is False:
        return False
    in_lead = bool(ev.evidence) and ev.evidence[0].start < lead
    if ev.type in SYMMETRIC:
        return True
    for slot in ("actor", "target"):
        mine, theirs = getattr(cluster, slot), getattr(ev, slot)
        if not _party_ok(mine, theirs):
            return False
        if theirs and not is_weak(theirs) and (mine is None or is_weak(mine)) and not in_lead and not (day or win):
            return False  # an undated later mention naming a new party is another event (background)
    return True


def doc_reports(doc: Document) -> list[Report]:
    """The document's events folded into reports (pass 1, see the module docstring)."""
    lead = lead_end(doc.text or "")
    events = sorted(doc.events, key=lambda e: (e.evidence[0].start if e.evidence else 0, e.id))
    groups: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for ev in events:
        if ev.mode == "hypothetical":
            continue
        groups[(ev.type, _mode(ev))].append(ev)
    out: list[Report] = []
    for (etype, mode), evs in groups.items():
        dated = [e for e in evs if e.date or e.date_window]
        undated = [e for e in evs if not (e.date or e.date_window)]
        clusters: list[Report] = []
        for ev in dated:
            home = next((c for c in clusters if _fits_within(c, ev, lead)), None)
            if home is None:
                home = Report(doc.id, etype, mode)
                clusters.append(home)
            home.add(ev, lead)
        n_dated = len(clusters)
        for ev in undated:
            fits = [c for c in clusters[:n_dated] if _fits_within(c, ev, lead)]
            if len(fits) > 1:  # between two dated reports: the nearest one told before it
                at = ev.evidence[0].start if ev.evidence else 0
                before = [c for c in fits if c.start <= at]
                fits = [max(before, key=lambda c: c.start)] if before else fits
            if len(fits) == 1:
                fits[0].add(ev, lead)
                continue
            if len(fits) > 1:
                rest = Report(doc.id, etype, mode)  # ambiguous between two dated reports: its own
                rest.add(ev, lead)
                clusters.append(rest)
                continue
            home = next((c for c in clusters[n_dated:] if _fits_within(c, ev, lead)), None)
            if home is None:
                home = Report(doc.id, etype, mode)
                clusters.append(home)
            home.add(ev, lead)
        out.extend(clusters)
    return sorted(out, key=lambda r: (r.start, r.type))


def group_of(syndication: Sequence[Sequence[str]]) -> Callable[[str], str]:
    """Document id -> its independent source key (the first member of its wire group, else itself)."""
    first: dict[str, str] = {}
    for g in syndication:
        key = min(g)
        for d in g:
            first[d] = key
    return lambda d: first.get(d, d)


@dataclass
class Merged:
    """A merged event under construction: its reports and the current best values."""

    type: str
    mode: str
    reports: list[Report] = field(default_factory=list)
    day: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    place: Place | None = None
    actor: str | None = None
    target: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(r.document for r in self.reports))

    def settle(self, group: Callable[[str], str]) -> None:
        """Recompute the best values from the reports."""
        self.day = _best([(r.day, r) for r in self.reports if r.day], group, earliest=True)
        wins = [r.window for r in self.reports if r.window]
        self.window = None
        if self.day is None and wins:
            lo, hi = max(w[0] for w in wins), min(w[1] for w in wins)
            self.window = (lo, hi) if lo <= hi else _best([(w, r) for r in self.reports if (w := r.window)], group)
        self.place = _best_place(self.reports, group)
        self.actor = _best_party([(r.actor, r) for r in self.reports if r.actor], group)
        self.target = _best_party([(r.target, r) for r in self.reports if r.target], group)
        keys = dict.fromkeys(k for r in self.reports for k in r.quantities)
        self.quantities = {k: v for k in keys if (v := _best([(r.quantities[k], r) for r in self.reports
                                                               if k in r.quantities], group)) is not None}


def _support(pairs: Iterable[tuple[Any, Report]], group: Callable[[str], str]) -> dict[Any, set[str]]:
    out: dict[Any, set[str]] = {}
    for value, r in pairs:
        out.setdefault(value, set()).add(group(r.document))
    return out


def _best(pairs: Sequence[tuple[Any, Report]], group: Callable[[str], str], *, earliest: bool = False) -> Any:
    """The value with most independent support; ties go to the earliest day (``earliest``) or the
    value given first."""
    if not pairs:
        return None
    support = _support(pairs, group)
    docs: dict[Any, set[str]] = {}
    for v, r in pairs:
        docs.setdefault(v, set()).add(r.document)
    order = {v: i for i, (v, _) in reversed(list(enumerate(pairs)))}
    return min(support, key=lambda v: (-len(support[v]), -len(docs[v]), v if earliest else order[v]))


def _best_party(pairs: Sequence[tuple[str, Report]], group: Callable[[str], str]) -> str | None:
    """The best-supported party; a country only when no report names anyone more precise and
    two independent sources name it (a lone country is often a misread role)."""
    strong = [(v, r) for v, r in pairs if not is_weak(v)]
    if strong:
        return _best(strong, group)
    best = _best(list(pairs), group)
    return best if best is not None and len(_support(pairs, group)[best]) >= 2 else None


def _best_place(reports: Sequence[Report], group: Callable[[str], str]) -> Place | None:
    places: dict[str, Place] = {}
    pairs = []
    for r in reports:
        if r.place is not None:
            key = r.place.entity or r.place.name_en
            places.setdefault(key, r.place)
            pairs.append((key, r))
    if not pairs:
        return None
    support = _support(pairs, group)
    order = {v: i for i, (v, _) in reversed(list(enumerate(pairs)))}
    # well supported first (two independent sources are enough), then the most specific
    best = min(support, key=lambda k: (-min(len(support[k]), 2), -specificity(places[k]), -len(support[k]), order[k]))
    return places[best]


def _score(m: Merged, r: Report) -> float | None:
    """How well report ``r`` fits merged event ``m`` (None: it must not join)."""
    if m.type != r.type or m.mode != r.mode or r.document in m.documents:
        return None
    fit = _date_fit(m.day, m.window, r.day, r.window)
    if fit is None:
        return None
    same_place = place_compatible(m.place, r.place)
    if same_place is False:
        return None
    place_anchor = bool(same_place) and max(specificity(m.place), specificity(r.place)) >= 2
    parties_agree = 0
    parties_differ = False
    same_actor = False
    if m.type in SYMMETRIC:  # a meeting between A and B is one between B and A
        ours = {p for p in (m.actor, m.target) if p and not is_weak(p)}
        theirs = {p for p in (r.actor, r.target) if p and not is_weak(p)}
        parties_agree = len(ours & theirs)
        same_actor = parties_agree > 0
    else:
        for slot in ("actor", "target"):
            a, b = getattr(m, slot), getattr(r, slot)
            if a and b and not is_weak(a) and not is_weak(b):
                if a == b:
                    parties_agree += 1
                    same_actor = same_actor or slot == "actor"
                else:
                    parties_differ = True
    if parties_differ and not (fit >= 2 and place_anchor):
        return None
    counts_agree = sum(1 for k, v in r.quantities.items() if m.quantities.get(k) == v)
    counts_differ = any(k in m.quantities and m.quantities[k] != v for k, v in r.quantities.items())
    anchored = fit >= 2 or (fit >= 1 and (place_anchor or parties_agree)) or (fit > 0 and place_anchor) or \
        (fit == 0 and (place_anchor or parties_agree >= 2 or (same_actor and same_place is None)
                       or (counts_agree and not counts_differ and any(r.quantities.values()))))
    if not anchored:
        return None
    # what two articles lead with is more likely one event than a lead and a recalled one
    leads = 1.0 if r.lead and any(x.lead for x in m.reports) else 0.0
    return fit + (1.0 if place_anchor else 0.0) + parties_agree + 0.5 * counts_agree + leads


def merge_reports(reports: Sequence[Report], group: Callable[[str], str]) -> list[Merged]:
    """Pass 2: fold the reports of all documents into merged events (see the module docstring)."""
    merged: list[Merged] = []
    # dated reports first (they anchor), then windows, then undated; stable by the given order
    ranked = sorted(enumerate(reports), key=lambda ir: (0 if ir[1].day else 1 if ir[1].window else 2,
                                                        not ir[1].lead, ir[0]))
    for _, r in ranked:
        best, best_score = None, None
        for m in merged:
            s = _score(m, r)
            if s is not None and (best_score is None or s > best_score):
                best, best_score = m, s
        if best is None:
            best = Merged(r.type, r.mode)
            merged.append(best)
        best.reports.append(r)
        best.settle(group)
    return merged


def merge_events(docs: Sequence[Document], syndication: Sequence[Sequence[str]] = (),
                 names: Callable[[str], str | None] | None = None, *, story_id: str = "") -> list[Event]:
    """The merged events of a story's documents (``names`` is unused here, kept for symmetry
    with :func:`khabar.stories.compare.differences`). Informative events only (a type alone,
    with no date, place, party or count, says nothing); most independent sources first."""
    merged, _ = merge(docs, syndication, story_id=story_id)
    return merged


def merge(docs: Sequence[Document], syndication: Sequence[Sequence[str]] = (), *,
          story_id: str = "") -> tuple[list[Event], dict[str, Merged]]:
    """Merged events and, per merged event id, the :class:`Merged` behind it (for comparison)."""
    order = sorted(docs, key=lambda d: (d.published or "9999", d.id))
    group = group_of(syndication)
    reports = [r for d in order for r in doc_reports(d)]
    out: list[tuple[Event, Merged]] = []
    for m in merge_reports(reports, group):
        if not any(r.informative for r in m.reports):
            continue
        out.append((_event(m, group, story_id), m))
    pos = {d.id: i for i, d in enumerate(order)}
    # what the articles lead with first (a recalled event can have many sources), then support
    out.sort(key=lambda em: (-len({group(r.document) for r in em[1].reports if r.lead}),
                             -(em[0].independent_sources or 0), em[0].date or "9999",
                             min(pos[d] for d in em[0].documents), em[0].id))
    return [e for e, _ in out], {e.id: m for e, m in out}


def _event(m: Merged, group: Callable[[str], str], story_id: str) -> Event:
    keys = sorted(f"{r.document}/{ev.id}" for r in m.reports for ev in r.events)
    eid = "mev-" + hashlib.sha1(("|".join([story_id, *keys])).encode()).hexdigest()[:14]
    first = m.reports[0]
    claim = next((ev.claim for r in m.reports for ev in r.events if ev.claim), None)
    sources = [EventSource(document=r.document, event=ev.id, claim=ev.claim) for r in m.reports for ev in r.events]
    evidence = []
    for r in m.reports:
        span = r.evidence.get("event")
        if span is not None:
            evidence.append(Span(span.start, span.end, r.document))
    quantities = {}
    for k, v in m.quantities.items():
        named = [r.quantity_keys[k] for r in m.reports if k in r.quantity_keys]
        quantities[max(set(named), key=lambda n: (named.count(n), n == k)) if named else k] = v
    return Event(
        id=eid, type=m.type, actor=m.actor, target=m.target, place=m.place,
        date=m.day.isoformat() if m.day else None,
        date_window=(m.window[0].isoformat(), m.window[1].isoformat()) if m.window and not m.day else None,
        quantities=quantities, evidence=evidence, claim=claim or first.events[0].claim, mode=m.mode,
        documents=m.documents, sources=sources, independent_sources=len({group(d) for d in m.documents}),
        variants=_variants(m),
    )


def _variants(m: Merged) -> list[Variant]:
    """Values the reports give differently, each with its documents and evidence (all values
    of a field once the reports disagree on it, the merged one included)."""
    fields: dict[str, list[tuple[Any, Report, Span | None]]] = defaultdict(list)
    for r in m.reports:
        if r.day:
            fields["date"].append((r.day.isoformat(), r, r.evidence.get("date")))
        for slot in ("actor", "target"):
            v = getattr(r, slot)
            if v and not is_weak(v):
                fields[slot].append((v, r, r.evidence.get(slot)))
        for k, v in r.quantities.items():
            fields["quantities." + k].append((v, r, r.evidence.get("quantities." + k)))
    out = []
    for about, values in fields.items():
        distinct = list(dict.fromkeys(v for v, _, _ in values))
        if len(distinct) < 2:
            continue
        for value in distinct:
            rs = [(r, sp) for v, r, sp in values if v == value]
            out.append(Variant(about=about, value=value, documents=list(dict.fromkeys(r.document for r, _ in rs)),
                               evidence=[Span(sp.start, sp.end, r.document) for r, sp in rs if sp is not None]))
    return out
