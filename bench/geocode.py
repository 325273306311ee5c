"""Place recognition and geocoding: khabar's "places" stage on its own gold passages and on LGL.

First, in domain: the LOC marks of ``bench/gold/entities.yaml`` (khabar's Arabic, Persian and
English news passages): recognition precision/recall/F1 per language (overlap), the share of gold
places that get coordinates, and the share whose chosen English name agrees with the gold one
(a proxy: the gold set has names, not coordinates).

Then LGL (English US local news).

Reads ``shared/data/geocoding_lgl/lgl.xml`` (588 articles, 5,088 toponyms with character offsets,
GeoNames ids and coordinates; 626 toponyms have no coordinates), never copying it. For every
article it runs the "entities" stage first when ``khabar.entities.stage`` exists (so spaCy's
GPE/LOC/FAC mentions are included), otherwise only the gazetteer matching of the places stage,
then the places stage. Prints:

- recognition precision / recall / F1 of LOC mentions against the gold toponyms, by exact span
  and by overlap (one-to-one);
- geocoding accuracy within 161 km (100 miles) over the gold toponyms with coordinates, using the
  coordinates khabar chose for the mention that overlaps each one (unrecognized toponyms count
  as misses; the accuracy among recognized ones is shown too), and the mean and median error;
- the same for :func:`khabar.places.geocode` on the gold toponym strings directly, with the
  article's other gold toponyms as context;
- articles per second of the stage run (after a warm-up).

LGL is small-town US news, far from khabar's domain (Middle East news; the gazetteer keeps
GeoNames places of 15,000 inhabitants or more by default, and has no coordinates for US
counties): read the figures with that in mind. ``--outlet-country US`` gives every document the
hint an operator who knows the outlets would give. Exits 0 with a message when the data is absent.

Usage: ``python bench/geocode.py [--data DIR] [--limit N] [--min-population {500,1000,5000,15000}]
[--outlet-country CC] [--errors N] [--no-entities]``
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import logging
import re
import statistics
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/geocoding_lgl"
KM_161 = 161.0


@dataclass
class Toponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    fcode: str = ""


@dataclass
class Article:
    docid: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)


def load_articles(data: Path, limit: int | None = None) -> list[Article]:
    """Articles of ``lgl.xml`` with their gold toponyms (spans checked against the text)."""
    root = ET.parse(data / "lgl.xml").getroot()
    out: list[Article] = []
    bad = 0
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        art = Article(node.get("docid", ""), text)
        for t in node.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            phrase = t.findtext("phrase") or ""
            if text[start:end] != phrase:
                bad += 1
                continue
            gaz = t.find("gaztag")
            lat = lon = None
            if gaz is not None and gaz.findtext("lat") and gaz.findtext("lon"):
                lat, lon = float(gaz.findtext("lat") or 0), float(gaz.findtext("lon") or 0)
            fcode = (gaz.findtext("fcode") or "") if gaz is not None else ""
            art.toponyms.append(Toponym(start, end, phrase, lat, lon, fcode))
        out.append(art)
        if limit and len(out) >= limit:
            break
    if bad:
        print(f"note: {bad} gold toponyms whose offsets do not match the text were skipped")
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap_pairs(pred: list[tuple[int, int]], gold: list[Toponym]) -> dict[int, int]:
    """One-to-one gold index -> pred index for overlapping spans (largest overlap first)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            ov = min(pe, g.end) - max(ps, g.start)
            if ov > 0:
                pairs.append((ov, gi, pi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def build_steps(settings: Any, min_population: int, entities: bool = True) -> tuple[list[Any], str]:
    """The stage objects to run: sentences + entities when the entities stage exists, then places."""
    from khabar.places.stage import PlaceStage

    steps: list[Any] = []
    how = "gazetteer matching only (khabar.entities.stage not found)"
    try:
        if not entities:
            how = "gazetteer matching only (--no-entities)"
            raise ModuleNotFoundError
        importlib.import_module("khabar.entities.stage")
    except ModuleNotFoundError:
        pass
    else:
        from khabar.pipeline import REGISTRY, get_stage

        for name in ("sentences", "entities"):
            info = REGISTRY.get(name) or get_stage(name)
            steps.append(info.factory(settings) if info.is_class else info.factory)
        how = "entities stage (spaCy + knowledge base) + places stage"
    steps.append(PlaceStage(settings, min_population=min_population))
    return steps, how


def lgl_scores(articles: list[Article], steps: list[Any], outlet_country: str | None = None,
               errors: int = 0) -> dict[str, Any]:
    """Run the steps on every article and score recognition and geocoding (see the module doc)."""
    from khabar.document import Document
    from khabar.places import geocode
    from khabar.places.resolve import distance_km

    def process(a: Article) -> Document:
        doc = Document(id=a.docid, text=a.text, lang="en")
        if outlet_country:
            doc.meta["outlet_country"] = outlet_country
        for step in steps:
            doc = step(doc) or doc
        return doc

    for a in articles[: min(20, len(articles))]:  # warm-up (spaCy, caches)
        process(a)
    t0 = time.perf_counter()
    docs = [process(a) for a in articles]
    elapsed = time.perf_counter() - t0

    n_pred = tp_exact = tp_overlap = in_other = n_coord = n_sub = 0
    errs_e2e: list[float] = []
    errs_sub: list[float] = []  # below country level (GeoNames feature codes PCL*)
    misses: list[str] = []
    for a, doc in zip(articles, docs, strict=True):
        locs = [m for m in doc.mentions if m.type == "LOC"]
        coords = {p.entity: (p.lat, p.lon) for p in doc.places}
        pred = [(m.start, m.end) for m in locs]
        n_pred += len(pred)
        gold_spans = {(t.start, t.end) for t in a.toponyms}
        tp_exact += sum(1 for s in set(pred) if s in gold_spans)
        pairs = _overlap_pairs(pred, a.toponyms)
        tp_overlap += len(pairs)
        others = [(m.start, m.end) for m in doc.mentions if m.type != "LOC"]
        for gi, g in enumerate(a.toponyms):
            if gi not in pairs and any(s < g.end and g.start < e for s, e in others):
                in_other += 1
            if g.lat is None or g.lon is None:
                continue
            n_coord += 1
            sub = not g.fcode.startswith("PCL")
            n_sub += sub
            pi = pairs.get(gi)
            if pi is None:
                continue
            lat, lon = coords.get(locs[pi].entity, (None, None))
            d = float("inf") if lat is None or lon is None else distance_km(g.lat, g.lon, lat, lon)
            errs_e2e.append(d)
            if sub:
                errs_sub.append(d)
            if d > KM_161 and len(misses) < errors:
                misses.append(f"  {g.phrase!r} -> {locs[pi].entity} ({d:.0f} km)")

    t0 = time.perf_counter()
    errs_direct: list[float] = []
    for a in articles:
        phrases = [t.phrase for t in a.toponyms]
        for i, g in enumerate(a.toponyms):
            if g.lat is None or g.lon is None:
                continue
            ctx = [p for j, p in enumerate(phrases) if j != i and p != g.phrase]
            cand = geocode(g.phrase, "en", context=ctx, gazetteer=steps[-1].gaz)
            if cand is not None and cand.lat is not None and cand.lon is not None:
                errs_direct.append(distance_km(g.lat, g.lon, cand.lat, cand.lon))
    direct_s = time.perf_counter() - t0
    n_gold = sum(len(a.toponyms) for a in articles)
    return {
        "articles": len(articles), "gold": n_gold, "pred": n_pred, "in_other": in_other,
        "exact": _prf(tp_exact, n_pred, n_gold), "overlap": _prf(tp_overlap, n_pred, n_gold),
        "e2e": (errs_e2e, n_coord), "sub": (errs_sub, n_sub), "direct": (errs_direct, n_coord),
        "acc161_e2e": _acc(errs_e2e, n_coord), "acc161_direct": _acc(errs_direct, n_coord),
        "seconds": elapsed, "chars": sum(len(a.text) for a in articles),
        "direct_per_s": n_coord / direct_s if direct_s else 0.0, "misses": misses,
    }


def _acc(errs: list[float], n_all: int) -> float:
    return sum(1 for e in errs if e <= KM_161) / n_all if n_all else 0.0


def print_lgl(sc: dict[str, Any]) -> None:
    print(f"\nrecognition ({sc['pred']} predicted LOC mentions, {sc['gold']} gold toponyms)")
    for label in ("exact", "overlap"):
        p, r, f = sc[label]
        print(f"  {label:8s}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  missed gold toponyms inside a PER/ORG/other mention (e.g. 'Ohio' in 'Ohio State University'): "
          f"{sc['in_other']}")
    _report("geocoding, end to end (gold toponyms with coordinates; unrecognized = miss)", *sc["e2e"])
    _report("  the same below country level (countries' centroids differ between GeoNames and countrystatecity)",
            *sc["sub"])
    _report("geocoding the gold strings directly (khabar.places.geocode, other gold toponyms as context)",
            *sc["direct"])
    print(f"  ({sc['direct_per_s']:.0f} names/s)")
    n = max(1, sc["articles"])
    print(f"\nspeed: {sc['articles'] / sc['seconds']:.1f} articles/s ({sc['seconds'] / n * 1000:.1f} ms/article,"
          f" {sc['chars'] / n:.0f} chars)")
    if sc["misses"]:
        print("\nsome geocoding errors > 161 km:")
        print("\n".join(sc["misses"]))


def run(data: Path, limit: int | None, min_population: int, outlet_country: str | None, errors: int,
        entities: bool = True) -> None:
    from khabar.config import Settings

    t0 = time.perf_counter()
    steps, how = build_steps(Settings(), min_population, entities)
    print(f"setup {time.perf_counter() - t0:.2f} s; {how}; GeoNames cities >= {min_population} inhabitants"
          + (f"; outlet country {outlet_country}" if outlet_country else ""))
    print_gold(gold_scores(steps))
    if not (data / "lgl.xml").is_file():
        print(f"\nLGL data not found at {data}; LGL section skipped (pass --data DIR)")
        return
    articles = load_articles(data, limit)
    print(f"\nLGL: {len(articles)} articles, {sum(len(a.toponyms) for a in articles)} gold toponyms, "
          f"{sum(1 for a in articles for t in a.toponyms if t.lat is not None)} with coordinates")
    print_lgl(lgl_scores(articles, steps, outlet_country, errors))


GOLD = ROOT / "bench" / "gold" / "entities.yaml"
_MARK = re.compile(r"\[\[([^|\]]+)\|(PER|ORG|LOC)\|([^\]]+)\]\]")


def _unmark(marked: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """Text without ``[[surface|TYPE|English]]`` marks, and (start, end, surface, TYPE, English)."""
    out: list[str] = []
    spans: list[tuple[int, int, str, str, str]] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        surface = m.group(1)
        spans.append((pos, pos + len(surface), surface, m.group(2), m.group(3)))
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def _name_key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    name = re.sub(r"\b(al|el|ad|as|ar|an|at|the|province|governorate|city)\b", " ", name)
    return re.sub(r"[^a-z0-9]", "", name)


def gold_scores(steps: list[Any]) -> dict[str, dict[str, float]]:
    """In-domain check on khabar's own entity gold passages (Arabic, Persian, English news): per
    language, LOC recognition P/R/F1 (overlap) and the shares of gold places that get coordinates
    and a matching English name. Empty when the gold file is absent."""
    import yaml

    from khabar.document import Document

    if not GOLD.is_file():
        return {}
    passages = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["passages"]
    out: dict[str, dict[str, float]] = {}
    for lang in ("ar", "fa", "en"):
        n_gold = n_pred = tp_pred = tp_gold = coords = names = 0
        for p in passages:
            if p["lang"] != lang:
                continue
            text, spans = _unmark(p["text"])
            doc = Document(id=p["id"], text=text, lang=lang)
            for step in steps:
                doc = step(doc) or doc
            locs = [m for m in doc.mentions if m.type == "LOC"]
            places = {pl.entity: pl for pl in doc.places}
            gold = [g for g in spans if g[3] == "LOC"]
            n_gold += len(gold)
            n_pred += len(locs)
            tp_pred += sum(1 for m in locs if any(g[0] < m.end and m.start < g[1] for g in gold))
            for g in gold:
                hit = next((m for m in locs if m.start < g[1] and g[0] < m.end), None)
                if hit is None:
                    continue
                tp_gold += 1
                place = places.get(hit.entity)
                if place is not None and place.lat is not None:
                    coords += 1
                    ratio = difflib.SequenceMatcher(None, _name_key(place.name_en), _name_key(g[4])).ratio()
                    names += ratio >= 0.75
        prec = tp_pred / n_pred if n_pred else 0.0
        rec = tp_gold / n_gold if n_gold else 0.0
        out[lang] = {"gold": n_gold, "pred": n_pred, "P": prec, "R": rec,
                     "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                     "coords": coords / max(1, n_gold), "names": names / max(1, n_gold)}
    return out


def print_gold(scores: dict[str, dict[str, float]]) -> None:
    if not scores:
        print(f"\n(no {GOLD.relative_to(ROOT)}: in-domain section skipped)")
        return
    print(f"\nkhabar gold passages ({GOLD.relative_to(ROOT)}): LOC mentions, overlap match")
    print("  lang  gold  pred    P     R     F1   with coords  English name agrees")
    for lang, s in scores.items():
        print(f"  {lang:4s} {s['gold']:5.0f} {s['pred']:5.0f}  {s['P']:.3f} {s['R']:.3f} {s['F1']:.3f}"
              f"   {s['coords']:.3f}        {s['names']:.3f}")


def _report(title: str, errs: list[float], n_all: int) -> None:
    """acc@161km over all ``n_all`` gold toponyms and among the answered ones; mean/median error."""
    within = sum(1 for e in errs if e <= KM_161)
    finite = [e for e in errs if e != float("inf")]
    print(f"\n{title}")
    print(f"  acc@161km {within / n_all if n_all else 0:.3f} over {n_all}"
          f"   among answered {within / len(errs) if errs else 0:.3f} ({len(errs)} answered,"
          f" {len(finite)} with coordinates)")
    if finite:
        print(f"  error km: mean {statistics.fmean(finite):.0f}  median {statistics.median(finite):.0f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding lgl.xml")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--min-population", type=int, default=15000, choices=(500, 1000, 5000, 15000))
    ap.add_argument("--outlet-country", default=None, help="ISO code given to every document as the outlet's country")
    ap.add_argument("--errors", type=int, default=0, help="print up to N geocoding errors")
    ap.add_argument("--no-entities", action="store_true", help="skip the entities stage (gazetteer matching only)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    run(args.data, args.limit, args.min_population, args.outlet_country, args.errors, not args.no_entities)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
