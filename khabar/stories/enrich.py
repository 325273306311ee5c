"""A story's merged events, outlet differences and English title, from its documents.

:func:`enrich_story` ``(story, docs, names) -> Story`` is the one entry point: the store path
(:mod:`.service`) and the brief (``khabar brief``) both call it. It is a pure function of the
story's members, its wire groups and the names, so an incremental update and a batch run give
the same result.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence

from khabar.document import Document, Event, Story

from .compare import differences
from .features import MIN_PRIOR, entity_prior
from .merge import is_weak, merge, specificity

__all__ = ["enrich_story", "event_title", "main_event", "names_from_documents"]

LOGGER = logging.getLogger(__name__)

_WEAPONS = ("rockets", "missiles", "drones", "shells")


def names_from_documents(docs: Iterable[Document], *lookups: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """Entity id -> English name: the ``lookups`` first (knowledge base, linked entities), then
    the documents' geocoded places, then an English (else any) spelling of its mentions."""
    places: dict[str, str] = {}
    seen: dict[str, dict[str, int]] = {}
    for d in docs:
        for p in d.places:
            if p.entity and p.name_en:
                places.setdefault(p.entity, p.name_en)
        for ev in d.events:
            if ev.place is not None and ev.place.entity and ev.place.name_en:
                places.setdefault(ev.place.entity, ev.place.name_en)
        for m in d.mentions:
            if m.entity:
                counts = seen.setdefault(m.entity, {})
                key = m.text.strip()
                counts[key] = counts.get(key, 0) + (100 if key.isascii() else 1)

    def name(eid: str) -> str | None:
        for f in lookups:
            n = f(eid)
            if n:
                return n
        if eid in places:
            return places[eid]
        counts = seen.get(eid)
        return max(counts, key=lambda k: (counts[k], k)) if counts else None

    return name


#: Types that a town alone makes a title of ("Protest at Basra"); others need a party or a site.
_PLACE_TITLES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: Events this many days before a story's first article are background, never its title.
RECALLED_DAYS = 7


def main_event(events: Sequence[Event], published: Sequence[str] = ()) -> Event | None:
    """The event a story is about: the first asserted event (events come most sources telling it
    in their lead first) that says when, and who or where: a party, a site, or a town for an
    attack, a protest or arrests ("Meeting in Baghdad" says too little to title a story). An
    event more than :data:`RECALLED_DAYS` before the first publication day is a recalled one."""
    days = sorted(p[:10] for p in published if p)
    earliest = dt.date.fromisoformat(days[0]) - dt.timedelta(days=RECALLED_DAYS) if days else None
    for ev in events:
        if ev.mode != "asserted" or not (ev.date or ev.date_window):
            continue
        last = ev.date or (ev.date_window[1] if ev.date_window else None)
        if earliest is not None and last is not None and dt.date.fromisoformat(last[:10]) < earliest:
            continue
        parties = [p for p in (ev.actor, ev.target) if p and not is_weak(p)]
        where = specificity(ev.place)
        if parties or where >= 3 or (where == 2 and ev.type in _PLACE_TITLES):
            return ev
    return None


def event_title(ev: Event, names: Callable[[str], str | None]) -> str:
    """"Rocket attack on US Embassy in Baghdad at Green Zone, 2023-12-08" (render.py's style,
    without the counts)."""
    from khabar.events.render import render_event, render_quantities

    weapons = {k: v for k, v in ev.quantities.items() if k.split("_")[0] in _WEAPONS}
    actor = ev.actor if ev.actor and names(ev.actor) else None  # an id nobody can read is left out
    target = ev.target if ev.target and names(ev.target) and ev.target != actor else None
    bare = dataclasses.replace(ev, date=None, date_window=None, quantities=weapons, mode="asserted",
                               sources=[], variants=[], evidence=[], actor=actor, target=target)
    line = render_event(bare, lambda e: names(e) or e)
    tail = render_quantities(weapons)
    if tail and line.endswith(", " + tail):
        line = line[: -len(tail) - 2]
    when = ev.date or (f"between {ev.date_window[0]} and {ev.date_window[1]}" if ev.date_window else None)
    return f"{line}, {when}" if when else line


def enrich_story(story: Story, docs: Sequence[Document], names: Callable[[str], str | None], *,
                 kind_of: Callable[[str], str | None] | None = None) -> Story:
    """``story`` with merged ``events``, ``differences`` and an event-based ``title_en`` (the
    entity-based title stays when no event says who or where and when). ``docs`` are the story's
    member documents that are at hand (others are left out of the comparison)."""
    members = set(story.documents)
    own = [d for d in docs if d.id in members and not d.failed]
    synd = [g for g in ([x for x in g if x in {d.id for d in own}] for g in story.syndication) if len(g) > 1]
    order = sorted(own, key=lambda d: (d.published or "9999", d.id))
    events, merged = merge(order, synd, story_id=story.id)
    from khabar.events.render import render_event

    def line(ev: Event) -> str:
        return render_event(ev, lambda e: names(e) or e)

    outlets = {d.source.outlet.casefold() for d in own if d.source.outlet}

    def keep(eid: str) -> bool:  # outlets, agencies and countries are no detail
        return entity_prior(eid, None, kind_of) >= MIN_PRIOR and (names(eid) or "").casefold() not in outlets

    diffs = differences(order, events, merged, synd, names, line, keep)
    title = story.title_en
    main = main_event(events, [d.published for d in own if d.published])
    if main is not None:
        title = event_title(main, names)
    return dataclasses.replace(story, events=events, differences=diffs, title_en=title)
