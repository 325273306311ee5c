"""Choosing among the candidates of a place name.

A name like "Alexandria", "بغداد" or "عمان" has several candidates. Each gets a score from:

- **kind**: a knowledge-base place is preferred (curated for the domain); a country keeps its
  name against a same-named city (the country reading dominates in news) unless a trigger word
  says otherwise, and a city named like its own country (Kuwait City for "الكويت") is demoted;
  a province is not a city — without a trigger word the smaller place wins ("بغداد" is the city,
  "محافظة بغداد" the province);
- **population** as a prior (log scale) and capital status;
- **how the key matched**: the candidate's primary name beats an alternate or derived one;
- **document context**: countries named in the document or the outlet's country, provinces or
  US states named in it (admin-1 match), proximity to the other places of the document, and
  the countries where the document's language is spoken (a weak prior).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from khabar.places.gazetteer import Gazetteer, Hit
from khabar.places.lexicon import LANG_COUNTRIES
from khabar.places.types import DERIVED, PRIMARY, Candidate

__all__ = ["Context", "choose", "distance_km", "score"]

_AREA_KINDS = frozenset({"province", "region", "county"})
_SMALL_KINDS = frozenset({"city", "district", "base", "crossing", "site", "embassy"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Context:
    """What the rest of the document says about where it is.

    ``countries`` maps country codes to a weight (1.0 named in the text or the outlet's country);
    ``inferred`` holds weaker support from places, per name key (a name never supports itself);
    ``admin1`` holds (country, admin-1 code) pairs of provinces
    or states named; ``anchors`` maps the coordinates of places already resolved to the name keys
    they were found by (a name is never its own anchor).
    """

    lang: str = ""
    countries: dict[str, float] = field(default_factory=dict)
    admin1: set[tuple[str, str]] = field(default_factory=set)
    anchors: dict[tuple[float, float], set[str]] = field(default_factory=dict)
    inferred: dict[str, dict[str, float]] = field(default_factory=dict)

    def add_country(self, cc: str | None, weight: float, key: str = "") -> None:
        """Record a country: named (``key=""``) or inferred from the place found by ``key``."""
        if not cc:
            return
        if key:
            per_key = self.inferred.setdefault(cc, {})
            if per_key.get(key, 0.0) < weight:
                per_key[key] = weight
        elif self.countries.get(cc, 0.0) < weight:
            self.countries[cc] = weight

    def country_weight(self, cc: str, key: str = "") -> float:
        """Support for country ``cc`` from everything but the name ``key`` itself."""
        w = self.countries.get(cc, 0.0)
        for k, v in self.inferred.get(cc, {}).items():
            if k != key and v > w:
                w = v
        return w

    def add_anchor(self, lat: float | None, lon: float | None, key: str) -> None:
        if lat is not None and lon is not None:
            self.anchors.setdefault((lat, lon), set()).add(key)

    @property
    def lang_countries(self) -> frozenset[str]:
        return LANG_COUNTRIES.get((self.lang or "").split("-")[0], frozenset())

    def nearest_km(self, cand: Candidate, key: str = "") -> float | None:
        """Distance to the nearest anchor found by another name, or None."""
        if cand.lat is None or cand.lon is None:
            return None
        best: float | None = None
        clat, clon = cand.lat, cand.lon
        for (lat, lon), keys in self.anchors.items():
            if key in keys and len(keys) == 1:
                continue
            if abs(lat - clat) > 10.0 or (best is not None and abs(lat - clat) * 111.0 > best):
                continue  # more than ~1,100 km (or than the best so far) apart in latitude alone
            d = distance_km(clat, clon, lat, lon)
            if best is None or d < best:
                best = d
        return best


def score(cand: Candidate, quality: int, ctx: Context, *, trigger: str | None = None, key: str = "",
          gaz: Gazetteer | None = None, qualifiers: Iterable[Candidate] = ()) -> float:
    """Score one candidate (higher is better); see the module docstring for the parts."""
    kind = cand.kind
    if cand.source == "kb":
        s = 4.0
    elif kind == "country":
        s = 4.0
    elif kind == "city":
        s = 1.0 + 0.4 * math.log10(max(cand.population, 1000)) + (0.5 if cand.capital else 0.0)
        if gaz is not None and cand.country_code and key and key in gaz.country_keys(cand.country_code):
            s -= 2.5  # "الكويت", "Djibouti": the country, unless a trigger says city
    elif kind in ("province", "region"):
        s = 3.2  # about a city of 250,000: a province beats a smaller namesake abroad
    else:
        s = 2.0
    s += 1.0 if quality == PRIMARY else (-1.0 if quality == DERIVED else 0.0)
    if trigger == "province":
        s += 4.0 if kind in ("province", "region") else (1.0 if kind == "county" else -1.0)
    elif trigger == "county":
        s += 4.0 if kind == "county" else 0.0
    elif trigger == "city":
        s += 3.0 if kind in _SMALL_KINDS else (-4.0 if kind == "country" else -2.0)
    elif trigger == "country":
        s += 4.0 if kind == "country" else 0.0
    cc = cand.country_code
    if cc:
        s += 1.5 * ctx.country_weight(cc, key)
        if cc in ctx.lang_countries:
            s += 0.4
        if cand.admin1 and (cc, cand.admin1) in ctx.admin1 and kind != "province":
            s += 1.5
    for q in qualifiers:  # "Alexandria, Louisiana": the qualifier names the state or country
        if q.kind == "country" and q.country_code == cc:
            s += 2.5
        elif q.kind == "province" and cc == q.country_code and cand.admin1 and cand.admin1 == q.admin1:
            s += 3.0
        elif q.kind == "province" and q.lat is not None and cand.lat is not None and q.lon is not None \
                and cand.lon is not None and distance_km(cand.lat, cand.lon, q.lat, q.lon) < 250:
            s += 2.0
    if kind != "country":
        d = ctx.nearest_km(cand, key)
        if d is not None:
            s += 1.2 if d < 50 else 0.8 if d < 200 else 0.4 if d < 600 else 0.0
    if not cand.has_coordinates:
        s -= 0.3
    return s


def choose(hits: Sequence[Hit], ctx: Context, *, trigger: str | None = None, key: str = "",
           gaz: Gazetteer | None = None, qualifiers: Iterable[Candidate] = ()) -> tuple[Candidate, int, float] | None:
    """The best candidate with the quality of its key and its margin over the runner-up
    (``inf`` when it had no rival). ``None`` for no hits."""
    if not hits:
        return None
    quals = list(qualifiers)
    scored: list[tuple[float, Candidate, int]] = []
    seen: set[str] = set()
    for cand, quality in hits:
        if cand.id in seen:
            continue
        seen.add(cand.id)
        scored.append((score(cand, quality, ctx, trigger=trigger, key=key, gaz=gaz, qualifiers=quals), cand, quality))
    cities = [c for _, c, _ in scored if c.kind in _SMALL_KINDS and c.lat is not None and c.lon is not None]
    if cities and trigger is None:
        scored = [(s - (1.0 if _nested(c, cities) else 0.0), c, q) for s, c, q in scored]
    scored.sort(key=lambda x: -x[0])
    best = scored[0]
    margin = best[0] - scored[1][0] if len(scored) > 1 else math.inf
    if not quals and trigger is None:
        major = _major_namesake(best[1], [c for _, c, _ in scored], ctx, key, gaz)
        if major is not None:
            return major, best[2], margin
    return best[1], best[2], margin


#: A town yields to a namesake at least this many times larger (or a capital) unless the text
#: qualifies it or places it near the document's other places.
NAMESAKE_RATIO = 20


def anchor_distances(cand: Candidate, ctx: Context, key: str) -> list[float]:
    """Distances (km, sorted) from ``cand`` to the places the document's other names resolved to
    (``key``'s own resolution is not its anchor); empty when ``cand`` has no coordinates."""
    if cand.lat is None or cand.lon is None:
        return []
    return sorted(distance_km(cand.lat, cand.lon, lat, lon)
                  for (lat, lon), keys in ctx.anchors.items() if not (key in keys and len(keys) == 1))


def _median_km(cand: Candidate, ctx: Context, key: str) -> float | None:
    """Median distance from ``cand`` to the places the document's other names resolved to."""
    ds = anchor_distances(cand, ctx, key)
    return ds[len(ds) // 2] if ds else None


def _major_namesake(best: Candidate, rivals: Sequence[Candidate], ctx: Context, key: str,
                    gaz: Gazetteer | None) -> Candidate | None:
    """A small town that shares its English name with a far larger city gives way to it when the
    document's other places are, on the whole, nearer the large one: an article on talks in
    Vienna that also mentions Washington means Vienna, Austria; "واشنطن" listed by the gazetteer
    only under a Utah town means Washington, D.C. With no other places, or a state or province
    named for the small one, the small one stays (a local paper's "Alexandria")."""
    # "capital" in GeoNames includes county seats, so population decides who is small
    if best.kind != "city" or best.population >= 300_000 or not best.name_en:
        return None
    if best.admin1 and (best.country_code, best.admin1) in ctx.admin1:
        return None
    here = _median_km(best, ctx, key)
    if here is None:
        return None
    pool = list(rivals)
    if gaz is not None:
        hits, _ = gaz.lookup(best.name_en, "en")
        pool += [c for c, _ in hits]
    big = [c for c in pool if c.kind == "city" and c.name_en == best.name_en and c.id != best.id
           and c.population >= NAMESAKE_RATIO * max(best.population, 1)]
    nearer = [(d, c) for c in big if (d := _median_km(c, ctx, key)) is not None and d < here]
    if not nearer:
        return None
    return min(nearer, key=lambda dc: (dc[0], -dc[1].population))[1]


def _nested(cand: Candidate, cities: Sequence[Candidate]) -> bool:
    """A province around a same-named city of its country (محافظة بغداد around بغداد): the bare
    name means the city, so the province is scored down unless a province word was written."""
    if cand.kind not in ("province", "region"):
        return False
    for c in cities:
        if c.id == cand.id or c.country_code != cand.country_code:
            continue
        if cand.lat is None or cand.lon is None or c.lat is None or c.lon is None:
            return True
        if distance_km(cand.lat, cand.lon, c.lat, c.lon) < 400:
            return True
    return False
