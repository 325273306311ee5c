"""Outlet comparison inside a story: what one document reports differently, or alone.

:func:`differences` gives :class:`~khabar.document.Difference` records, fewer and right rather
than many and noisy:

- **conflict**: a document's value of a merged event's field (day, actor, target, a count)
  differs from the merged value, which more sources give (more independent sources, or as many
  and more documents): when the reports split evenly there is no "others' value" to differ from,
  and the split stays visible in the merged event's ``variants``. ``about`` reads
  "rockets: 6 (others: 7)"; ``value`` is the document's value; the evidence is its sentence.
- **unique**, three kinds, only when the story has two independent sources or more. Each
  document is compared with every other one, its wire copies included: shared wire text is
  never unique to one member, and what an edited copy adds is.

  * a count of a merged event that only this document gives ("wounded: 2"; a bound and an
    exact count of the same thing are the same detail; zeros and vague counts are left out);
  * an event only this document reports, when it is concrete (asserted, a day within
    :data:`UNIQUE_EVENT_DAYS` of the story's main event, and a party, a specific place or a
    count);
  * a sentence with concrete details that no other document of the story has: specific
    entities (knowledge-base or gazetteer ids: compared across languages by id, never by
    words; outlets, agencies and countries are no detail), figures and clock times (digits of
    every script read as ASCII; years and the days of dates left out). A sentence needs two
    such new figures, or one named entity, and :data:`MIN_WORDS` words; a document gets at
    most :data:`MAX_SENTENCES` of them, the richest first, and none that already holds one of
    its conflicts or unique counts.

``about`` is a short English phrase ("an added detail naming Matthew Miller, Tigris"); the
evidence span (with ``document`` set) is the original sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from khabar.document import Difference, Document, Event, Span
from khabar.events.quantities import BOUND_SUFFIXES
from khabar.text.normalize import normalize

from .merge import SYMMETRIC, Merged, group_of, is_weak, specificity

__all__ = ["differences", "conflicts", "unique_details", "sentence_keys", "MAX_SENTENCES"]

MAX_SENTENCES = 3
#: Shorter sentences (bylines, captions, "share this") are never details.
MIN_WORDS = 6
#: Counts too generic to be a detail when only one report gives them.
VAGUE_COUNTS = frozenset({"people"})
#: An event only one outlet reports counts when its day is this close to the story's main day.
UNIQUE_EVENT_DAYS = 3

_NUMBER = re.compile(r"(?<![\d:.,])(\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:])")
_WORD = re.compile(r"\w+")
_MONTHS: frozenset[str] | None = None


def _months() -> frozenset[str]:
    global _MONTHS
    if _MONTHS is None:
        words: set[str] = set()
        for lang in ("ar", "fa", "en"):
            try:
                mod = __import__(f"khabar.lang.{lang}.dates", fromlist=["x"])
            except ImportError:
                continue
            for table in ("GREGORIAN_MONTHS", "JALALI_MONTHS", "HIJRI_MONTHS"):
                for w in getattr(mod, table, {}):
                    words.update(_fold(w).split())
                    words.update(normalize(w, lang).text.split())
        words.update({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
        _MONTHS = frozenset(words)
    return _MONTHS


#: Digits of every script to ASCII, Arabic thousands/decimal marks to ASCII ones.
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)},
           0x066C: ",", 0x066B: "."}


def _fold(text: str) -> str:
    """A cheap matching key for figures and month words: digits to ASCII, case folded."""
    return text.translate(_DIGITS).casefold()


def _label(about: str) -> str:
    return about.split(".", 1)[1].replace("_", " ") if about.startswith("quantities.") else about


def _text_of(about: str, value: object, names: Callable[[str], str | None]) -> str:
    if about in ("actor", "target") and isinstance(value, str):
        return names(value) or value
    return str(value)


def conflicts(event: Event, merged: Merged, syndication: Sequence[Sequence[str]],
              names: Callable[[str], str | None]) -> list[Difference]:
    """Per document, the fields of ``event`` it gives a different value for."""
    if (event.independent_sources or 0) < 2:
        return []
    group = group_of(syndication)
    out = []
    for r in merged.reports:
        fields: list[tuple[str, object, object]] = []
        if r.day and merged.day and r.day != merged.day:
            fields.append(("date", r.day.isoformat(), merged.day.isoformat()))
        for slot in ("actor", "target") if merged.type not in SYMMETRIC else ():
            mine, best = getattr(r, slot), getattr(merged, slot)
            if mine and best and mine != best and not is_weak(mine) and not is_weak(best):
                fields.append((slot, mine, best))
        for k, v in r.quantities.items():
            span = r.evidence.get("quantities." + k)
            if v == 0 and not (span is not None and r.lead and span.start == r.start):
                continue  # a zero outside the lead sentence is mostly "no one among the staff ..."
            if k in merged.quantities and merged.quantities[k] != v:
                fields.append(("quantities." + k, v, merged.quantities[k]))
        for about, mine, best in fields:
            if _support(merged, about, best, group) <= _support(merged, about, mine, group):
                continue  # no majority (a tie of sources and documents): neither value is "the others'"
            span = r.evidence.get(about) or r.evidence.get("event")
            mine_t, best_t = _text_of(about, mine, names), _text_of(about, best, names)
            out.append(Difference(document=r.document, kind="conflict", about=f"{_label(about)}: {mine_t} (others: {best_t})",
                                  evidence=Span(span.start, span.end, r.document) if span else None,
                                  event=event.id, value=mine_t))
    return out


def _support(merged: Merged, about: str, value: object, group: Callable[[str], str]) -> tuple[int, int]:
    """(independent sources, documents) giving ``value`` for field ``about``."""
    docs = {r.document for r in merged.reports if _value(r, about) == value}
    return len({group(d) for d in docs}), len(docs)


def _value(r: object, about: str) -> object:
    if about == "date":
        day = getattr(r, "day", None)
        return day.isoformat() if day else None
    if about.startswith("quantities."):
        return getattr(r, "quantities", {}).get(about.split(".", 1)[1])
    return getattr(r, about, None)


def _base(key: str) -> str:
    """The counted thing of a quantity key ("rockets_over" -> "rockets")."""
    for suffix in BOUND_SUFFIXES.values():
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def _quantity_uniques(event: Event, merged: Merged) -> list[Difference]:
    """Counts only one report gives (a bound, "more than 10 rockets", counts as the same thing
    as an exact "12 rockets")."""
    out = []
    keys = {k for r in merged.reports for k in r.quantities}
    for k in sorted(keys):
        holders = [r for r in merged.reports if any(_base(x) == _base(k) for x in r.quantities)]
        if len(holders) != 1:
            continue
        for r in holders:
            v = r.quantities[k]
            if not v or _base(k) in VAGUE_COUNTS:
                continue  # "no one was hurt" is rarely a detail of its own, nor "people"
            span = r.evidence.get("quantities." + k) or r.evidence.get("event")
            out.append(Difference(document=r.document, kind="unique", about=f"{_label('quantities.' + k)}: {v}",
                                  evidence=Span(span.start, span.end, r.document) if span else None,
                                  event=event.id, value=str(v)))
    return out


def _near(event: Event, main_day: dt.date | None) -> bool:
    if not event.date or main_day is None:
        return not event.date
    return abs((dt.date.fromisoformat(event.date) - main_day).days) <= UNIQUE_EVENT_DAYS


def _concrete(event: Event, main_day: dt.date | None) -> bool:
    if event.mode != "asserted" or not event.date or not _near(event, main_day):
        return False
    strong = [p for p in (event.actor, event.target) if p and not is_weak(p)]
    return bool(strong or specificity(event.place) >= 2 or any(event.quantities.values()))


def sentence_keys(doc: Document) -> list[tuple[Span, set[str], set[str]]]:
    """Per sentence: its span, the specific entity ids mentioned in it, and its figures."""
    months = _months()
    spans = doc.sentences or [Span(0, len(doc.text))]
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    out = []
    for sp in spans:
        ents = {m.entity for m in mentions if m.entity and sp.start <= m.start < sp.end and _specific(m.entity)}
        text = _fold(doc.text[sp.start : sp.end])
        figures = set()
        for m in _NUMBER.finditer(text):
            raw = m.group(1)
            value = raw.replace(",", "")
            if ":" not in value:
                try:
                    num = float(value)
                except ValueError:
                    continue
                if 1300 <= num <= 2100 or num in (0, 1):
                    continue  # years (Gregorian, Jalali, Hijri); "one"
                if num <= 31 and _near_month(text, m.start(), m.end(), months):
                    continue  # the day of a date
            figures.add(value)
        out.append((sp, ents, figures))
    return out


def _near_month(text: str, start: int, end: int, months: frozenset[str]) -> bool:
    before = _WORD.findall(text[max(0, start - 24) : start])[-1:]
    after = _WORD.findall(text[end : end + 24])[:1]
    return any(w in months for w in before + after)


def _specific(eid: str) -> bool:
    """An entity that can tell details apart across languages: a knowledge-base or gazetteer id
    (minted ids of new names differ per script until corpus linking, and countries say little)."""
    return not is_weak(eid) and not eid.startswith("new-loc-")


def _doc_keys(doc: Document, sentences: Sequence[tuple[Span, set[str], set[str]]]) -> tuple[set[str], set[str]]:
    ents: set[str] = set()
    figures: set[str] = set()
    for _, e, f in sentences:
        ents |= e
        figures |= f
    ents.update(m.entity for m in doc.mentions if m.entity)
    for p in doc.places:
        if p.entity:
            ents.add(p.entity)
    for ev in doc.events:
        ents.update(x for x in (ev.actor, ev.target, ev.place.entity if ev.place else None) if x)
        figures.update(str(v) for v in ev.quantities.values() if v is not None)
    return ents, figures


def unique_details(docs: Sequence[Document], events: Sequence[Event], merged: Mapping[str, Merged],
                   syndication: Sequence[Sequence[str]], names: Callable[[str], str | None],
                   render: Callable[[Event], str] | None = None,
                   keep: Callable[[str], bool] = lambda _: True,
                   told: Sequence[Difference] = ()) -> list[Difference]:
    """Details only one document of the story gives (see the module docstring); sentences of
    ``told`` differences (the conflicts) are not repeated as details."""
    group = group_of(syndication)
    groups = {group(d.id) for d in docs}
    if len(groups) < 2:
        return []
    out: list[Difference] = []
    main_day = next((dt.date.fromisoformat(e.date) for e in events if e.date), None)
    covered: dict[str, list[Span]] = {}
    for ev in events:
        m = merged.get(ev.id)
        if m is None:
            continue
        if len(ev.documents) >= 2:
            if _near(ev, main_day):
                out.extend(_quantity_uniques(ev, m))
        elif _concrete(ev, main_day):
            line = render(ev) if render is not None else ev.type.lower()
            for r in m.reports:
                span = r.evidence.get("event")
                out.append(Difference(document=r.document, kind="unique", about=f"an event only this report gives: {line}",
                                      evidence=Span(span.start, span.end, r.document) if span else None,
                                      event=ev.id, value=line))
    for d in [*told, *out]:
        if d.evidence is not None:
            covered.setdefault(d.document, []).append(d.evidence)
    out.extend(_sentence_uniques(docs, names, covered, keep))
    return out


def _sentence_uniques(docs: Sequence[Document], names: Callable[[str], str | None],
                      covered: Mapping[str, list[Span]], keep: Callable[[str], bool]) -> list[Difference]:
    per_doc = {d.id: sentence_keys(d) for d in docs}
    keys = {d.id: _doc_keys(d, per_doc[d.id]) for d in docs}
    out = []
    for d in docs:
        other_ents: set[str] = set()
        other_figs: set[str] = set()
        for o in docs:
            if o.id != d.id:
                other_ents |= keys[o.id][0]
                other_figs |= keys[o.id][1]
        found = []
        for sp, ents, figs in per_doc[d.id]:
            if any(c.start < sp.end and sp.start < c.end for c in covered.get(d.id, [])):
                continue
            new_e = sorted(e for e in ents if e not in other_ents and keep(e))
            new_f = sorted((f for f in figs if f not in other_figs), key=lambda f: (len(f), f))
            if not new_e and len(new_f) < 2:
                continue
            if len(_WORD.findall(d.text[sp.start : sp.end])) < MIN_WORDS:
                continue  # a byline or a caption, not a detail
            found.append((len(new_e) * 2 + len(new_f), sp, new_e, new_f))
        found.sort(key=lambda t: (-t[0], t[1].start))
        for _, sp, new_e, new_f in sorted(found[:MAX_SENTENCES], key=lambda t: t[1].start):
            named = [n for n in dict.fromkeys(names(e) or "" for e in new_e) if n]
            parts = []
            if named:
                parts.append("naming " + ", ".join(named[:4]))
            if new_f:
                parts.append(("with the figures " if len(new_f) > 1 else "with the figure ") + ", ".join(new_f[:4]))
            about = "an added detail " + " ".join(parts) if parts else "an added detail"
            out.append(Difference(document=d.id, kind="unique", about=about, evidence=Span(sp.start, sp.end, d.id),
                                  value=", ".join(named + new_f) or None))
    return out


def differences(docs: Sequence[Document], events: Sequence[Event], merged: Mapping[str, Merged],
                syndication: Sequence[Sequence[str]], names: Callable[[str], str | None],
                render: Callable[[Event], str] | None = None,
                keep: Callable[[str], bool] = lambda _: True) -> list[Difference]:
    """``keep(entity_id)``: whether naming that entity is a detail (outlets and agencies are not)."""
    """Conflicts and unique details of a story (conflicts first, then by document order)."""
    out: list[Difference] = []
    for ev in events:
        m = merged.get(ev.id)
        if m is not None:
            out.extend(conflicts(ev, m, syndication, names))
    out.extend(unique_details(docs, events, merged, syndication, names, render, keep, told=list(out)))
    pos = {d.id: i for i, d in enumerate(docs)}
    return sorted(out, key=lambda x: (x.kind != "conflict", pos.get(x.document, 0),
                                      x.evidence.start if x.evidence else 0, x.about))

