"""find_dates and the publication-date readers never raise and never invent a date, whatever the input."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.dates import find_dates, published_from_html, published_from_text, published_from_url

LANGS = ["ar", "fa", "en", "und"]

# Characters that matter to the rules: digits of three scripts, separators, month and weekday words.
PIECES = [
    "6", "٦", "۶", "2021", "٢٠٢١", "۱۴۰۰", "1442", "31", "30", "/", "-", ".", ",", "،", " ", "\n", "\u200c", "\u200f",
    "ـ", "ً", "يوليو", "تموز", "آب", "ماي", "مايو", "تیر", "تیرماه", "اسفند", "مه", "ذو القعدة", "هـ", "ه.ش", "م",
    "الثلاثاء", "سه‌شنبه", "Tuesday", "July", "May", "March", "الماضي", "گذشته", "last", "قبل", "پیش", "ago",
    "أمس", "دیروز", "yesterday", "الخامس", "من", "of", "the", "أواخر", "late", "mid-", "الأسبوع", "هفته", "week",
]


def check(text: str, lang: str, base: dt.date | None) -> None:
    for m in find_dates(text, lang, base=base):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.calendar in ("gregorian", "jalali", "hijri")
        assert m.kind in ("absolute", "relative")
        assert not (m.date is not None and m.window is not None)
        if m.window is not None:
            assert m.window[0] <= m.window[1]
        if base is None and m.kind == "relative":
            assert m.date is None and m.window is None


@given(st.text(max_size=300), st.sampled_from(LANGS), st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises(text: str, lang: str, base: dt.date | None) -> None:
    check(text, lang, base)


@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(LANGS), st.one_of(st.none(), st.dates()))
def test_date_like_soup_never_raises(pieces: list[str], lang: str, base: dt.date | None) -> None:
    check("".join(pieces), lang, base)


@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(LANGS))
def test_published_from_text_never_raises(pieces: list[str], lang: str) -> None:
    day = published_from_text("\n".join(pieces), lang, now=dt.date(2030, 1, 1))
    assert day is None or dt.date(1995, 1, 1) <= day <= dt.date(2030, 1, 1)


@given(st.text(max_size=200))
def test_published_from_url_never_raises(tail: str) -> None:
    day = published_from_url("https://example.com/" + tail)
    assert day is None or dt.date(1995, 1, 1) <= day < dt.date(2100, 1, 1)


@given(st.text(max_size=400))
def test_published_from_html_never_raises(html: str) -> None:
    day, how = published_from_html(html, now=dt.date(2030, 1, 1))
    assert (day is None) == (how is None)


@pytest.mark.parametrize("lang", LANGS)
def test_long_text_without_punctuation(lang: str) -> None:
    words = ["يوليو", "تیر", "July", "الماضي", "قبل", "هفته", "week", "6", "2021", "من", "كلمة", "واژه", "word"]
    rng = random.Random(7)
    text = " ".join(rng.choice(words) for _ in range(1200))[:5000]
    check(text, lang, dt.date(2021, 7, 8))
    check(text, lang, None)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_as_text(seed: int) -> None:
    rng = random.Random(seed)
    raw = bytes(rng.randrange(256) for _ in range(5000))
    for text in (raw.decode("latin-1"), raw.decode("utf-8", errors="replace"), raw.decode("cp1256", errors="replace")):
        for lang in LANGS:
            check(text, lang, dt.date(2021, 7, 8))
        published_from_text(text, "ar")
        published_from_html(text)


@given(st.lists(st.sampled_from(PIECES + ["كلمة", "واژه", "word", "  ", "\n\n"]), max_size=60), st.sampled_from(LANGS),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 1, 1))))
def test_anchor_windows_find_what_a_full_scan_finds(pieces: list[str], lang: str, base: dt.date | None) -> None:
    """The speed-up (patterns run only near their anchor words) changes no result."""
    from khabar.dates import text as text_module

    sample = " ".join(pieces)
    fast = find_dates(sample, lang, base=base)
    original = text_module.regions
    try:
        text_module.regions = lambda norm, gram: [(name, 0, len(norm)) for name in gram.forms]
        full = find_dates(sample, lang, base=base)
    finally:
        text_module.regions = original
    assert fast == full
