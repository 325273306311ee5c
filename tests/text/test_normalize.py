"""Normalization keys: concrete cases per language, ZWNJ restoration, offsets and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from khabar.text.normalize import Normalized, normalize, normalize_key
from khabar.text.zwnj import lexicon_available

ZWNJ = "\u200c"
LANGS = ("ar", "fa", "en")


def key(text: str, lang: str) -> str:
    return normalize(text, lang).text


# ---------------------------------------------------------------- shared rules

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("text", "expected"), [
    ("مُحَمَّدٌ", "محمد"),  # harakat
    ("الــــعراق", "العراق"),  # tatweel
    ("\u200fبغداد\u200e", "بغداد"),  # RLM / LRM
    ("\u202bبغداد\u202c", "بغداد"),  # RLE / PDF
    ("\u2067بغداد\u2069", "بغداد"),  # RLI / PDI
    ("\ufeffبغداد", "بغداد"),  # BOM
    ("بغ\u00adداد", "بغداد"),  # soft hyphen
    ("بغ\u200dداد", "بغداد"),  # ZWJ
    ("١٢٣٤٥٦٧٨٩٠", "1234567890"),  # Arabic-Indic digits
    ("۱۲۳۴۵۶۷۸۹۰", "1234567890"),  # Persian digits
    ("٣٫٥٪", "3.5%"),
    ("ﻻ", "لا"),  # lam-alef presentation form
    ("ﷲ", "الله"),  # ligature
    ("ﺑﻐﺪاد", "بغداد"),  # presentation forms
    ("  a\u00a0\u2009b\t\n\n c  ", "a b c"),  # whitespace runs, NBSP, thin space
    ("Reuters", "reuters"),
    ("Erdoğan İSTANBUL", "erdogan istanbul"),
    ("“quoted” «quoted» ‘x’", '"quoted" "quoted" \'x\''),
    ("2020–2021 — x", "2020-2021 - x"),
    ("ﬁnance Ｆｕｌｌ", "finance full"),
    ("", ""),
    ("   ", ""),
])
def test_shared_rules(lang: str, text: str, expected: str) -> None:
    assert key(text, lang) == expected


def test_language_code_variants() -> None:
    assert key("أحمد", "ar-EG") == key("أحمد", "AR") == "احمد"
    assert key("علي", "fa_IR") == "علی"
    assert key("Éric", "fr") == "eric"  # unknown languages get the shared rules


# ---------------------------------------------------------------- Arabic

@pytest.mark.parametrize(("text", "expected"), [
    ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),
    ("على مستشفى", "علي مستشفي"),
    ("الجزيرة", "الجزيره"),
    ("مسؤول رئيس", "مسوول رييس"),
    ("الرئیس الإیرانی فی کربلاء", "الرييس الايراني في كربلاء"),  # Persian ye/kaf on an Arabic page
    ("الأمم\u200cالمتحدة", "الاممالمتحده"),  # ZWNJ has no place in Arabic keys
])
def test_arabic_letters(text: str, expected: str) -> None:
    assert key(text, "ar") == expected


def test_arabic_decomposed_hamza_matches_precomposed() -> None:
    assert key("ا\u0654حمد", "ar") == key("أحمد", "ar")
    assert key("ا\u0653منه", "ar") == key("آمنة", "ar")
    assert key("مسو\u0654ول", "ar") == key("مسؤول", "ar")


# ---------------------------------------------------------------- Persian letters

@pytest.mark.parametrize(("text", "expected"), [
    ("علي كريمي", "علی کریمی"),
    ("الجزيرة", "الجزیره"),
    ("آمریکا", "امریکا"),
    ("خانۀ", "خانه"),
    ("خانهٔ", "خانه"),
    ("رئیس", "رییس"),
    ("سؤال", "سوال"),
    ("۱۴۰۳", "1403"),
])
def test_persian_letters(text: str, expected: str) -> None:
    assert key(text, "fa") == expected


# ---------------------------------------------------------------- Persian ZWNJ

needs_lexicon = pytest.mark.skipif(not lexicon_available(), reason="shekar lexicon not installed")


@needs_lexicon
@pytest.mark.parametrize("spellings", [
    ("میگوید", "می گوید", "می‌گوید", "مي‌گويد"),
    ("نمیخواهند", "نمی خواهند", "نمی‌خواهند"),
    ("شبهنظامیان", "شبه‌نظامیان"),
    ("گروههای", "گروه‌های", "گروه های"),
    ("کتابها", "کتاب ها", "کتاب‌ها"),
    ("بزرگترین", "بزرگ ترین", "بزرگ‌ترین"),
    ("گفتهاند", "گفته اند", "گفته‌اند"),
    ("گونهای", "گونه ای", "گونه‌ای"),
    ("نیروها", "نیرو ها", "نیرو‌ها"),
    ("هستهای", "هسته ای", "هسته‌ای"),
    ("برنامههای", "برنامه های", "برنامه‌های"),
])
def test_zwnj_spellings_share_one_key(spellings: tuple[str, ...]) -> None:
    keys = {key(s, "fa") for s in spellings}
    assert len(keys) == 1, keys


@needs_lexicon
@pytest.mark.parametrize(("text", "expected"), [
    ("میگوید", "می‌گوید"),
    ("می گوید", "می‌گوید"),
    ("شبهنظامیان", "شبه‌نظامیان"),
    ("گروههای", "گروه‌های"),
    ("بزرگترین", "بزرگ‌ترین"),
    ("هستهای", "هسته‌ای"),
    ("خانههای", "خانه‌های"),
    ("بازگشتهاند", "بازگشته‌اند"),  # participle + اند
    ("نیرو‌ها", "نیروها"),  # ZWNJ after a non-joining letter is invisible: dropped
    ("کتاب\u200c\u200cها", "کتاب‌ها"),  # doubled ZWNJ
    ("\u200cکتاب\u200c ها", "کتاب‌ها"),  # ZWNJ at word edges
])
def test_zwnj_canonical_form(text: str, expected: str) -> None:
    assert key(text, "fa") == expected


@needs_lexicon
@pytest.mark.parametrize("word", [
    "میز", "میلیون", "میانه", "هاشمی", "میدان", "میزان", "میراث", "میوه", "میهمان", "میلاد", "میان",
    "تنها", "بهترین", "بیشتر", "اساس", "همسر", "آنها", "هاشمی‌نژاد", "دختر", "مینا",
    "بهای", "تنهای", "انتهای", "رهای", "سهام", "الهام", "اتهام", "مهام",  # known word + ی, or in the lexicon
    "پیتر", "وینتر", "هانتر", "کلاستر", "دکستر", "میشل", "میرحسین", "میسی",  # foreign names
])
def test_zwnj_never_splits_real_words(word: str) -> None:
    assert ZWNJ not in key(word.replace(ZWNJ, ""), "fa")


@needs_lexicon
@pytest.mark.parametrize(("text", "expected"), [
    ("ماه می گذشته", "ماه می گذشته"),  # May, not the verb prefix
    ("۱۵ می ۲۰۲۴", "15 می 2024"),
    ("تن ها", "تن ها"),  # not joined into تنها (alone)
    ("به ترین", "به ترین"),  # the joined form بهترین has no ZWNJ at the junction
])
def test_zwnj_space_joins_are_conservative(text: str, expected: str) -> None:
    assert key(text, "fa") == expected


def test_zwnj_kept_when_unknown() -> None:
    # an author's ZWNJ in a word neither lexicon nor rules know is kept
    assert key("فلان‌بهمانستان", "fa") == "فلان‌بهمانستان"


# ---------------------------------------------------------------- offsets

def test_offsets_map_back_through_deletions() -> None:
    text = "  مُحَمَّدٌ\u200f   قالَ"
    n = normalize(text, "ar")
    assert n.text == "محمد قال"
    s, e = n.to_original(0, 4)
    assert text[s:e].startswith("مُحَمَّدٌ") and normalize(text[s:e], "ar").text == "محمد"
    s, e = n.to_original(5, 8)
    assert text[s:e] == "قالَ"


def test_offsets_through_expansion() -> None:
    text = "بسم ﷲ اليوم"
    n = normalize(text, "ar")
    assert n.text == "بسم الله اليوم"
    assert n.to_original(4, 8) == (4, 5)  # الله <- ﷲ
    assert n.to_original(5, 7) == (4, 5)  # part of an expansion maps to the whole character
    assert n.to_original(9, 14) == (6, 11)


@needs_lexicon
def test_offsets_through_zwnj_restoration() -> None:
    text = "او می گوید شبهنظامیان رفتند"
    n = normalize(text, "fa")
    assert n.text == "او می‌گوید شبه‌نظامیان رفتند"
    start = n.text.index("می‌گوید")
    assert text[slice(*n.to_original(start, start + len("می‌گوید")))] == "می گوید"
    start = n.text.index("شبه")
    assert text[slice(*n.to_original(start, start + len("شبه‌نظامیان")))] == "شبهنظامیان"
    assert text[slice(*n.to_original(start, start + 3))] == "شبه"  # the inserted ZWNJ is zero-width


def test_to_original_rejects_bad_spans() -> None:
    n = normalize("abc", "en")
    for start, end in ((-1, 2), (2, 1), (0, 4)):
        with pytest.raises(ValueError):
            n.to_original(start, end)
    assert n.to_original(1, 1) == (1, 1)


def test_normalized_is_frozen() -> None:
    n = normalize("abc", "en")
    assert isinstance(n, Normalized)
    with pytest.raises(AttributeError):
        n.text = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- properties

_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةپچژگکی"
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0655\u0670\u0640"
_CONTROLS = "\u200c\u200d\u200e\u200f\u202b\u202c\ufeff\u00ad"
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬"
_OTHER = " \u00a0\u2009\n\t.,،؛؟!«»“”-—…ﻻﺑﻐﺪﷲﬁAbcÉéİßẞǅ"
# whole words and affixes, so that the lexicon and the join rules are exercised
_FA_PIECES = [
    "می", "نمی", "گوید", "خواهند", "ها", "های", "هایی", "ترین", "تر", "اند", "ای", "ام", "کتاب", "خانه",
    "گروه", "نیرو", "شبه", "نظامیان", "بزرگ", "گفته", "هسته", "ماه", "تن", "میز", "هاشمی", "۱۵", "آمریکا",
    "ی", "ه", "ا", "\u200c",
]

arabic_text = st.text(alphabet=st.sampled_from(_ARABIC + _MARKS + _CONTROLS + _DIGITS + _OTHER), max_size=60)
pieces_text = st.lists(
    st.tuples(st.sampled_from(_FA_PIECES), st.sampled_from(["", " ", "\u200c", "  "])), max_size=12,
).map(lambda parts: "".join(a + b for a, b in parts))
any_text = st.one_of(arabic_text, pieces_text, st.text(max_size=40))
lang_st = st.sampled_from(LANGS)

_PROPS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPS
@given(text=any_text, lang=lang_st)
@example(text="می می گوید", lang="fa")
@example(text="کتاب ها ها", lang="fa")
@example(text="ﱞ ﹰ", lang="ar")
@example(text="شف ه\u200cآ", lang="fa")  # a suffix word written with a stray ZWNJ
def test_idempotent(text: str, lang: str) -> None:
    once = normalize(text, lang).text
    assert normalize(once, lang).text == once


@_PROPS
@given(text=any_text, lang=lang_st)
def test_offsets_well_formed(text: str, lang: str) -> None:
    n = normalize(text, lang)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    assert all(0 <= o <= len(text) for o in n.offsets)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:], strict=False))


@_PROPS
@given(text=any_text, lang=lang_st)
def test_key_function_agrees(text: str, lang: str) -> None:
    assert normalize_key(text, lang) == normalize(text, lang).text


@_PROPS
@given(text=any_text, lang=lang_st)
def test_whole_words_map_back(text: str, lang: str) -> None:
    n = normalize(text, lang)
    for match in re.finditer(r"[^ ]+", n.text):
        start, end = n.to_original(match.start(), match.end())
        assert 0 <= start <= end <= len(text)
        original_key = normalize(text[start:end], lang).text
        if any(ch in text[start:end] for ch in "\ufdfa\ufdfb\ufdfd"):
            continue  # phrase ligatures expand to several words
        assert original_key == match.group(), (text[start:end], match.group())
