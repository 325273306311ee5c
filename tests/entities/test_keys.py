"""Matching keys and minted ids."""

from __future__ import annotations

import pytest

from khabar.entities.keys import latin_skeleton, mint_id, name_key, script_of, skeleton


@pytest.mark.parametrize(("a", "b"), [
    ("سعد الدراجي", "سعد الدراجی"),
    ("أبو حيدر الكناني", "ابوحیدر الکنانی"),
    ("حميد رضا زارع بور", "حمیدرضا زارع‌پور"),
    ("عبد الستار الجنابي", "عبدالستار الجنابی"),
    ("تل الزعفران", "تل زعفران"),
    ("سرايا ثأر المهندس", "سرایا ثار المهندس"),
])
def test_arabic_and_persian_spellings_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)
    assert mint_id("PER", a) == mint_id("PER", b)


@pytest.mark.parametrize(("a", "b"), [("سعد الدراجي", "سعيد الدراجي"), ("كاروان سندي", "كامران سندي")])
def test_different_names_differ(a, b):
    assert mint_id("PER", a) != mint_id("PER", b)


def test_type_is_part_of_the_id():
    assert mint_id("PER", "بدر الجنابي") != mint_id("ORG", "بدر الجنابي")
    assert mint_id("PER", "بدر الجنابي").startswith("new-per-")


def test_latin_skeleton_ignores_article_vowels_and_doubles():
    assert latin_skeleton("Saad al-Darraji") == latin_skeleton("Sa'ad Al Daraji")
    assert latin_skeleton("Amman") != latin_skeleton("Tehran")
    assert mint_id("LOC", "Amman") != mint_id("LOC", "Yemen")


def test_name_key_joins_spaced_and_zwnj_forms():
    assert name_key("خامنه‌ای", "fa") == name_key("خامنه ای", "fa") == name_key("خامنهای", "fa")
    assert name_key("حزب الله", "ar") == name_key("حزب‌الله", "fa")
    assert name_key("al-Kadhimi", "en") == name_key("Al Kadhimi", "en")


def test_script_of():
    assert script_of("Saad", "ar") == "en"
    assert script_of("سعد", "fa") == "fa"
    assert script_of("سعد", "ar") == "ar"
    assert script_of("گل‌آباد", None) == "fa"
