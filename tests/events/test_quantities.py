"""Quantities: digits in three digit sets, number words, duals, bounds, singular counted nouns."""

from __future__ import annotations

import pytest

from khabar.document import Event
from khabar.events import extract_events, quantity_value
from khabar.events.quantities import store


def events(text: str, lang: str) -> list[Event]:
    return [f.event for f in extract_events(text, lang, published="2023-05-10").events]


def quantities(text: str, lang: str, etype: str = "ASSAULT") -> dict[str, int]:
    found = [e for e in events(text, lang) if e.type == etype]
    assert len(found) == 1, [(e.type, e.quantities) for e in events(text, lang)]
    return found[0].quantities


@pytest.mark.parametrize("digits", ["12", "١٢", "۱۲"])
def test_digits_in_every_digit_set(digits: str) -> None:
    assert quantities(f"قُتل {digits} شخصاً في قصف على المدينة.", "ar") == {"killed": 12}
    assert quantities(f"{digits} نفر در این حمله کشته شدند.", "fa") == {"killed": 12}


@pytest.mark.parametrize("lang, text, expected", [
    ("ar", "أسفر القصف عن مقتل سبعة مدنيين وإصابة ثلاثة عشر آخرين.", {"killed": 7, "wounded": 13}),
    ("ar", "أسفر القصف عن مقتل خمسة وعشرين شخصاً.", {"killed": 25}),
    ("fa", "در این حمله پنج نفر کشته و بیست و سه نفر زخمی شدند.", {"killed": 5, "wounded": 23}),
    ("en", "The strike killed seven civilians and wounded twenty-three others.", {"killed": 7, "wounded": 23}),
    ("en", "A dozen rockets were fired at the base.", {"rockets": 12}),
])
def test_number_words(lang: str, text: str, expected: dict[str, int]) -> None:
    assert quantities(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("أسفر الهجوم عن إصابة جنديين بجروح.", {"wounded": 2}),
    ("أصيب جنديان في الهجوم.", {"wounded": 2}),
    ("أطلق المسلحون صاروخين على القاعدة.", {"rockets": 2}),
    ("أسفر الانفجار عن مقتل مدنيَّين اثنين.", {"killed": 2}),
    ("استهدفت طائرة مسيّرة مفخخة القاعدة.", {"drones": 1}),
])
def test_arabic_duals_and_singular_counted_nouns(text: str, expected: dict[str, int]) -> None:
    assert quantities(text, "ar") == expected


def test_english_singular_counted_nouns() -> None:
    assert quantities("The Houthis fired a ballistic missile at the city.", "en") == {"missiles": 1}
    assert quantities("A rocket attack killed an American contractor.", "en") == {"killed": 1}


@pytest.mark.parametrize("lang, text, key, value", [
    ("ar", "سقط أكثر من عشرة صواريخ على القاعدة.", "rockets", ">10"),
    ("ar", "قصفت الطائرات المدينة ما أدى إلى مقتل نحو 20 شخصاً.", "killed", "~20"),
    ("fa", "در این حمله دست‌کم ۵ نفر کشته شدند.", "killed", ">=5"),
    ("fa", "بیش از ۱۰ نفر در این حمله زخمی شدند.", "wounded", ">10"),
    ("en", "The airstrike killed at least 25 fighters.", "killed", ">=25"),
    ("en", "More than 100 people were killed in the shelling.", "killed", ">100"),
])
def test_bounds(lang: str, text: str, key: str, value: str) -> None:
    assert quantity_value(quantities(text, lang), key) == value


def test_bound_storage_keys() -> None:
    q: dict[str, int] = {}
    store(q, "rockets", 10, ">")
    store(q, "rockets", 3)  # a key holds one value: the first one found
    store(q, "killed", 25, ">=")
    store(q, "vehicles", 20, "~")
    assert q == {"rockets_over": 10, "killed_min": 25, "vehicles_about": 20}
    assert [quantity_value(q, k) for k in ("rockets", "killed", "vehicles", "drones")] == [">10", ">=25", "~20", None]


@pytest.mark.parametrize("lang, text", [
    ("ar", "سقطت ثلاثة صواريخ قرب المطار دون وقوع إصابات."),
    ("ar", "سقطت ثلاثة صواريخ قرب المطار دون أن تسفر عن خسائر بشرية."),
    ("fa", "سه موشک به اطراف فرودگاه اصابت کرد اما تلفات جانی نداشت."),
    ("en", "Three rockets struck near the airport. No casualties were reported."),
])
def test_no_casualties_is_zero(lang: str, text: str) -> None:
    q = quantities(text, lang)
    assert q.get("killed") == 0 and q.get("wounded") == 0


def test_rockets_and_missiles() -> None:
    assert quantities("أطلقت إيران أكثر من عشرة صواريخ باليستية على القاعدة.", "ar") == {"missiles_over": 10}
    assert quantities("سپاه با سه موشک مقر گروه را هدف قرار داد.", "fa") == {"missiles": 3}
    assert quantities("سه راکت به پایگاه اصابت کرد.", "fa") == {"rockets": 3}


def test_counts_go_to_the_event_that_takes_them() -> None:
    found = events("اعتقلت الشرطة 15 شخصاً في المدينة.", "ar")
    assert [(e.type, e.quantities) for e in found] == [("COERCE", {"arrested": 15})]
    found = events("أعلنت وزارة الدفاع إجراء مناورات بمشاركة 5 آلاف جندي.", "ar")
    assert [(e.type, e.quantities) for e in found] == [("MOBILIZE", {"troops": 5000})]
    found = events("Israel has called up 300,000 reservists.", "en")
    assert [(e.type, e.quantities) for e in found] == [("MOBILIZE", {"troops": 300000})]
    found = events("اتحادیه اروپا هشت مقام را تحریم کرد.", "fa")
    assert [(e.type, e.quantities) for e in found] == [("SANCTION", {"people": 8})]


def test_vague_plurals_years_and_percentages_are_not_counts() -> None:
    assert quantities("تظاهر آلاف المحتجين في الساحة.", "ar", "PROTEST") == {}
    assert quantities("Hundreds of people protested in 2020 over a 5% price rise.", "en", "PROTEST") == {}


def test_a_shot_down_drone_is_not_a_weapon_count() -> None:
    assert quantities("پدافند هوایی یک پهپاد جاسوسی را سرنگون کرد.", "fa") == {}
