"""The "places" stage: find place names, geocode every place mention, fill ``Document.places``.

It runs after the "entities" stage, whose LOC mentions (knowledge-base places, spaCy GPE/LOC/FAC
in English, minted ``new-loc-...`` ids) it geocodes. It also finds gazetteer names that no
mention covers, conservatively (see :mod:`khabar.places.scan`), and adds them as mentions with
``how="gazetteer"``. Every mention's ``text`` equals ``doc.text[start:end]``.

Resolution runs in three passes over all the place names of the document: context from the
names that are clear on their own (countries, provinces, unambiguous cities, the outlet's
country), then a choice for every name with that context, then a final choice with the context
of all choices (so "Alexandria" next to "Rapides Parish" is the one in Louisiana).
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.config import Settings
from khabar.document import Document, Mention, Place
from khabar.pipeline import stage
from khabar.places.gazetteer import Gazetteer, Hit, get_gazetteer
from khabar.places.keys import TextKey, arabic_clitic_variants, name_keys, text_key
from khabar.places.lexicon import EN_SUFFIX_TRIGGERS
from khabar.places.resolve import Context, anchor_distances, choose
from khabar.places.scan import Match, evidence_level, find_names, folded_words, required_level, trigger_before
from khabar.places.types import Candidate

__all__ = ["PlaceStage", "geocode", "lookup_name", "place_of"]

LOGGER = logging.getLogger(__name__)

_GAZ_PREFIXES = ("gn:", "csc:")


@dataclass
class _Item:
    """One place name of the document: an existing mention or a new match."""

    match: Match
    mention: Mention | None = None
    choice: tuple[Candidate, int, float] | None = None
    fixed: bool = False  # a knowledge-base place the mention is already linked to


def lookup_name(gaz: Gazetteer, name: str, lang: str = "") -> tuple[list[Hit], str, str | None]:
    """Candidates of a written name, with the key that found them and a trigger word it carries
    ("محافظة بغداد" -> the hits of بغداد with trigger "province"; "Basra Province" likewise)."""
    hits, key = gaz.lookup(name, lang)
    if hits:
        return hits, key, None
    tokens = [t.text for t in text_key(name).tokens]
    before, _, after = folded_words()
    if len(tokens) > 1:
        firsts = [tokens[0]] + [stem for stem, skip, _ in arabic_clitic_variants(tokens[0]) if skip]
        trig = next((before[w] for w in firsts if w in before), None)
        if trig:
            rest = " ".join(tokens[1:])
            hits, key = gaz.lookup(rest, lang)
            if hits:
                return hits, key, trig
        if tokens[-1] in after:
            hits, key = gaz.lookup(" ".join(tokens[:-1]), lang)
            if hits:
                return hits, key, after[tokens[-1]]
    return [], "", None


def place_of(cand: Candidate) -> Place:
    """The document-level record of a chosen place."""
    return Place(entity=cand.id, name_en=cand.name_en, lat=cand.lat, lon=cand.lon)


def geocode(name: str, lang: str, *, context: Sequence[str] = (), gazetteer: Gazetteer | None = None) -> Candidate | None:
    """The most likely place for ``name`` (written in ``lang``), or None.

    ``context`` holds other place names of the same text (countries, provinces, cities): they
    tilt the choice ("Alexandria" with context ["Louisiana"] is the US city). Used by the event
    stage for event places.
    """
    gaz = gazetteer or get_gazetteer()
    hits, key, trigger = lookup_name(gaz, name, lang)
    if not hits:
        return None
    ctx = Context(lang=lang)
    for other in context:
        o_hits, o_key, o_trig = lookup_name(gaz, other, lang)
        if o_key and o_key != key:
            _seed(ctx, o_hits, o_key, o_trig, gaz, lang, strong=True)
    chosen = choose(hits, ctx, trigger=trigger, key=key, gaz=gaz)
    return chosen[0] if chosen else None


def _seed(ctx: Context, hits: Sequence[Hit], key: str, trigger: str | None, gaz: Gazetteer, lang: str,
          *, strong: bool, chosen: tuple[Candidate, int, float] | None = None) -> None:
    """Add what one name says on its own (no context) to ``ctx``."""
    if chosen is None:
        chosen = choose(hits, Context(lang=lang), trigger=trigger, key=key, gaz=gaz)
    if chosen is None:
        return
    cand, _, margin = chosen
    if cand.kind == "country":
        if margin > 0.5:
            ctx.add_country(cand.country_code, 1.0 if strong else 0.6, key)
        return
    if cand.kind in ("province", "county") and cand.admin1 and cand.country_code:
        ctx.admin1.add((cand.country_code, cand.admin1))
    if margin >= 1.0 or cand.source == "kb":
        ctx.add_country(cand.country_code, 0.6 if strong else 0.4, key)
        if cand.lat is not None and cand.lon is not None:
            ctx.add_anchor(cand.lat, cand.lon, key)


#: Population above which a city that spaCy calls an organization is taken as the city.
_CITY_AS_ORG = 100_000


@stage("places", requires=("text", "lang", "mentions"), assigns=("places", "mentions"))
class PlaceStage:
    """Geocode place mentions and add gazetteer place names (see the module docstring)."""

    def __init__(self, settings: Settings | None = None, *, gazetteer: Gazetteer | None = None, kb: object = None,
                 min_population: int = 15000) -> None:
        self.settings = settings or Settings()
        if kb is None:
            from khabar.kb import load_kb, user_paths

            kb = load_kb(user_paths(self.settings))
        self.kb = kb
        self.gaz = gazetteer or get_gazetteer(kb, min_population=min_population)
        self._outlets: dict[str, str] | None = None
        self._person_words = _person_words(kb)
        self._local = threading.local()  # per-document memo; one stage object may serve threads

    # -- one document ----------------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        text = doc.text or ""
        lang = (doc.lang or "").split("-")[0].lower()
        if not text.strip():
            doc.places = []
            return doc
        if lang == "en":
            self._retype_cities(doc)
        tk = text_key(text)
        self._local.memo, self._local.alive = {}, []
        covered = bytearray(len(text))
        for m in doc.mentions:
            covered[m.start : m.end] = b"\x01" * (min(m.end, len(text)) - m.start)
        spans = [tk.original(t.start, t.end) for t in tk.tokens]
        items = [self._mention_item(m, tk, spans, lang) for m in doc.mentions if m.type == "LOC"]
        person_words = self._person_words | frozenset(
            t.text for m in doc.mentions if m.type == "PER" for t in text_key(m.text).tokens if len(t.text) > 2)
        found = [_Item(m) for m in find_names(text, tk, self.gaz, lang, covered, person_words)]
        ctx = self._context(doc, lang, items, found)
        for it in items + found:
            if not it.fixed:
                it.choice = self._choose(it, ctx)
        ctx = self._context(doc, lang, items, found, prev=ctx)
        accepted: list[_Item] = []
        for it in items + found:
            if not it.fixed:
                it.choice = self._choose(it, ctx)
            if it.mention is not None or self._accept(it, ctx):
                accepted.append(it)
        self._emit(doc, accepted, covered, ctx)
        self._local.memo, self._local.alive = {}, []
        return doc

    def _retype_cities(self, doc: Document) -> None:
        """spaCy's one-word ORG that is a large city, a province or a country by its English name is
        a place ("Erbil's West Emergency Hospital", "attacks on Erbil"): retyped LOC, to be geocoded."""
        memo: dict[str, bool] = {}
        for m in doc.mentions:
            if m.type != "ORG" or not (m.how or "").startswith("spacy") or " " in m.text.strip():
                continue
            if m.entity is not None and not m.entity.startswith("new-"):
                continue
            name = m.text.strip()
            if name not in memo:
                hits, _ = self.gaz.lookup(name, "en")
                memo[name] = any(
                    c.name_en.casefold() == name.casefold()
                    and (c.kind in ("country", "province") or (c.kind == "city" and c.population >= _CITY_AS_ORG))
                    for c, _ in hits)
            if memo[name]:
                m.type, m.entity = "LOC", None

    def _mention_item(self, m: Mention, tk: TextKey, spans: list[tuple[int, int]], lang: str) -> _Item:
        surface = m.text
        first = _token_at(spans, m.start)
        kb_place = self.gaz.get(m.entity) if m.entity else None
        if kb_place is not None and kb_place.has_coordinates:
            key = " ".join(t.text for t in text_key(surface).tokens)
            match = Match(m.start, m.end, key, [(kb_place, 0)], first, first)
            return _Item(match, m, (kb_place, 0, float("inf")), fixed=True)
        hits, key, trigger = lookup_name(self.gaz, surface, lang)
        match = Match(m.start, m.end, key, hits, first, first)
        if first is not None:
            before, match.prep = trigger_before(tk, first, lang)
            match.trigger = trigger or before
        else:
            match.trigger = trigger
        return _Item(match, m)

    def _outlet_country(self, doc: Document) -> str | None:
        hint = doc.meta.get("outlet_country") if isinstance(doc.meta, dict) else None
        if isinstance(hint, str) and hint:
            return hint.upper()
        outlet = (doc.source.outlet or "").strip() if doc.source else ""
        if not outlet:
            return None
        if self._outlets is None:
            table: dict[str, str] = {}
            for e in getattr(self.kb, "entities", {}).values():
                if e.type == "ORG" and e.country:
                    table[e.id] = e.country
                    for n in e.all_names():
                        for k in name_keys(n):
                            table.setdefault(k, e.country)
            self._outlets = table
        if outlet in self._outlets:
            return self._outlets[outlet]
        return next((self._outlets[k] for k in name_keys(outlet) if k in self._outlets), None)

    def _context(self, doc: Document, lang: str, items: list[_Item], found: list[_Item],
                 prev: Context | None = None) -> Context:
        """Context from the names that count: every existing mention, and new matches that need no
        evidence (first pass) or were accepted under ``prev`` (second pass, using the choices)."""
        ctx = Context(lang=lang)
        ctx.add_country(self._outlet_country(doc), 1.0)
        bare = Context(lang=lang)
        for it in items + found:
            m = it.match
            if not m.hits:
                continue
            if it.mention is None:
                if prev is not None:
                    if not self._accept(it, prev):
                        continue
                else:
                    if m.glued or m.lowercase_elsewhere:
                        continue
                    pre = self._choose(it, bare)
                    if pre is None or required_level(m, pre[0], pre[1], self.gaz, bare) > 0:
                        continue
            if it.fixed or (prev is not None and it.choice is not None):
                assert it.choice is not None
                cand, _, margin = it.choice
                if cand.kind == "country":
                    ctx.add_country(cand.country_code, 1.0, m.key)
                    continue
                if cand.kind in ("province", "county") and cand.admin1 and cand.country_code:
                    ctx.admin1.add((cand.country_code, cand.admin1))
                ctx.add_country(cand.country_code, 0.6 if (margin >= 1.0 or it.fixed) else 0.3, m.key)
                ctx.add_anchor(cand.lat, cand.lon, m.key)
            else:
                _seed(ctx, m.hits, m.key, m.trigger, self.gaz, lang, strong=it.mention is not None,
                      chosen=self._choose(it, bare, qualified=False))
        return ctx

    def _choose(self, it: _Item, ctx: Context, *, qualified: bool = True) -> tuple[Candidate, int, float] | None:
        """:func:`choose` for one name, memoized per context within a document (a name repeated
        ten times is scored once)."""
        m = it.match
        quals = m.qualifiers if qualified else []
        memo_key = (id(ctx), m.key, m.trigger, tuple(q.id for q in quals), id(m.hits) if not m.key else 0)
        if getattr(self._local, "memo", None) is None:  # called outside __call__ on this thread
            self._local.memo, self._local.alive = {}, []
        memo = self._local.memo
        if memo_key not in memo:
            self._local.alive.append(ctx)  # ids stay unique while the memo lives
            memo[memo_key] = choose(m.hits, ctx, trigger=m.trigger, key=m.key, gaz=self.gaz, qualifiers=quals)
        result: tuple[Candidate, int, float] | None = memo[memo_key]
        return result

    def _accept(self, it: _Item, ctx: Context) -> bool:
        if it.choice is None:
            return False
        cand, quality, _ = it.choice
        return evidence_level(it.match, cand, ctx) >= required_level(it.match, cand, quality, self.gaz, ctx)

    def _emit(self, doc: Document, accepted: list[_Item], covered: bytearray, ctx: Context | None = None) -> None:
        text = doc.text
        places: dict[str, Place] = {}
        new_mentions: list[Mention] = []
        for it in sorted(accepted, key=lambda x: x.match.start):
            m = it.match
            cand = it.choice[0] if it.choice else None
            if it.mention is not None:
                mention = it.mention
                if cand is not None and not self._linked(mention.entity) and _far_alternate(it, ctx):
                    cand = None  # "the village of Hamo" in Syria is not Hamm, Germany (an alternate name, 3,000 km away)
                if cand is not None and not self._linked(mention.entity):
                    mention.entity = cand.id
                if cand is not None:
                    places.setdefault(mention.entity or cand.id, _place(mention.entity, cand))
                elif mention.entity:
                    places.setdefault(mention.entity, Place(mention.entity, mention.text))
                continue
            if cand is None:
                continue
            start, end = m.start, m.end
            if m.suffix_end is not None and m.trigger in EN_SUFFIX_TRIGGERS and _suffix_fits(m.trigger, cand):
                end = m.suffix_end  # "Basra Province"
            if m.trigger_start is not None and _suffix_fits("province", cand) and not any(covered[m.trigger_start : start]):
                start = m.trigger_start  # "محافظة بغداد", "استان کرمانشاه", as the knowledge base writes them
            new_mentions.append(Mention(start, end, text[start:end], cand.id, "LOC", "gazetteer"))
            places.setdefault(cand.id, place_of(cand))
        if new_mentions:
            doc.mentions = sorted(doc.mentions + new_mentions, key=lambda x: (x.start, x.end))
        doc.places = list(places.values())
        LOGGER.debug("places: %d places, %d new mentions in %s", len(doc.places), len(new_mentions), doc.id)

    def _linked(self, entity: str | None) -> bool:
        """True for a knowledge-base or gazetteer id (kept); False for none or a minted id."""
        if not entity:
            return False
        return entity.startswith(_GAZ_PREFIXES) or entity in getattr(self.kb, "entities", {})


#: A place found under one of its alternate names (not its own) this far from every other place of
#: the document is a namesake, not the place meant.
FAR_ALTERNATE_KM = 1500.0


def _far_alternate(it: _Item, ctx: Context | None) -> bool:
    if it.choice is None or ctx is None:
        return False
    cand, quality, _ = it.choice
    if quality < 1 or cand.kind not in ("city", "county"):
        return False
    others = anchor_distances(cand, ctx, it.match.key)
    return bool(others) and others[0] > FAR_ALTERNATE_KM


def _person_words(kb: object) -> frozenset[str]:
    """Keys of the words of the knowledge base's person names and short forms ("بشار", "Sadr",
    "Hassan"): a town named like one is a person in "بشار الأسد" or "Sadr said"."""
    out: set[str] = set()
    for e in getattr(kb, "entities", {}).values():
        if e.type != "PER":
            continue
        names = [n for ns in e.names.values() for n in ns] + [n for ns in (e.short or {}).values() for n in ns]
        for n in names:
            for key in name_keys(n):
                out.update(t for t in key.split(" ") if len(t) > 2)
    return frozenset(out)


def _place(entity: str | None, cand: Candidate) -> Place:
    return Place(entity=entity or cand.id, name_en=cand.name_en, lat=cand.lat, lon=cand.lon)


def _suffix_fits(trigger: str, cand: Candidate) -> bool:
    if trigger == "province":
        return cand.kind in ("province", "region")
    if trigger == "county":
        return cand.kind == "county"
    return cand.kind == "city"


def _token_at(spans: list[tuple[int, int]], pos: int) -> int | None:
    """The number of the token whose original span contains ``pos`` (None if none)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if 0 <= i < len(spans) and spans[i][0] <= pos < max(spans[i][1], spans[i][0] + 1):
        return i
    return None
