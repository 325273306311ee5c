"""The gazetteer's record: one candidate place a name may refer to."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate", "KIND_ORDER", "PRIMARY", "ALTERNATE", "DERIVED", "LANG_AR", "LANG_FA"]

#: How a name key was obtained for a candidate (stored with each index entry).
PRIMARY, ALTERNATE, DERIVED = 0, 1, 2
#: Flags added to the quality of a name written in one language only ("ترکیه" is Persian for
#: Turkey; its key is also Arabic "تركية", "Turkish").
LANG_AR, LANG_FA = 4, 8

#: Kinds from the largest to the smallest place; used to tell "a province is not a city".
KIND_ORDER: dict[str, int] = {
    "country": 0, "region": 1, "province": 2, "county": 3, "city": 4, "district": 5,
    "base": 6, "crossing": 6, "site": 6, "embassy": 7,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to.

    ``id`` is stable: a knowledge-base id as is, ``gn:<geonameid>`` for GeoNames cities,
    ``gn:us-county-<fips>`` for US counties (no coordinates in the package), ``csc:<CC>`` for
    countries and ``csc:<CC>-<state code>`` for provinces from countrystatecity. ``population`` is
    0 where unknown (provinces, knowledge-base places). ``admin1`` is the GeoNames admin-1 code of a
    city or the state code of a province; the two agree only for the United States.
    """

    id: str
    name_en: str
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    population: int
    source: str  # "kb" | "geonames" | "csc"
    admin1: str | None = None
    capital: bool = False

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def size(self) -> int:
        """Position in :data:`KIND_ORDER`: smaller numbers are larger places."""
        return KIND_ORDER.get(self.kind, 6)
