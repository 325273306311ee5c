"""Offsets survive diacritics, tatweel, bidi marks, ZWNJ and Latin inside Arabic script (Hypothesis)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.entities.stage import recognizer_for
from khabar.kb import load_kb

AR_PIECES = ["قال", "علي خامنئي", "إن", "وبغداد", "للحشد الشعبي", "العميد ضرغام الفتلاوي", "كتائب حزب الله",
             "في", "و", "وكالة رويترز", "الكاظمي", "أمس", "«", "»", "،", ".", "Antony Blinken", "2024", "٣٠٠"]
FA_PIECES = ["گفت", "آیت‌الله خامنه‌ای", "در", "حوثی‌ها", "سردار ضرغام الفتلاوی", "با", "خبرگزاری تسنیم",
             "کتائب حزب‌الله", "به", "،", ".", "Marco Rubio", "۱۴۰۳", "«", "»"]
MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"]  # harakat, shadda, tatweel
BIDI = ["\u200e", "\u200f", "\u061c", "\u2067", "\u2069", "\u202b", "\u202c"]
ZW = ["\u200c", "\u200b", "\ufeff"]


@pytest.fixture(scope="module")
def rec():
    return recognizer_for(load_kb())


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


@st.composite
def noisy(draw, pieces: list[str]) -> tuple[str, str]:
    """A clean text and the same text with invisible noise inserted."""
    words = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=14))
    clean = " ".join(words)
    out = []
    for i, ch in enumerate(clean):
        out.append(ch)
        nxt = clean[i + 1] if i + 1 < len(clean) else ""
        if _is_arabic_letter(ch) and _is_arabic_letter(nxt) and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(MARKS)))
        if ch == " " and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(BIDI + ["\u200b"])))
    return clean, "".join(out)


def _check_spans(text, mentions):
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.text == text[m.start:m.end]
        for ch in (m.text[0], m.text[-1]):
            assert not ch.isspace() and unicodedata.category(ch) != "Cf", repr(m.text)


@given(noisy(AR_PIECES))
def test_arabic_offsets_and_noise_invariance(rec, pair):
    clean, dirty = pair
    got_clean = rec.recognize(clean, "ar")
    got_dirty = rec.recognize(dirty, "ar")
    _check_spans(clean, got_clean)
    _check_spans(dirty, got_dirty)
    assert [m.entity for m in got_dirty] == [m.entity for m in got_clean]


@given(noisy(FA_PIECES))
def test_persian_offsets_and_noise_invariance(rec, pair):
    clean, dirty = pair
    got_clean = rec.recognize(clean, "fa")
    got_dirty = rec.recognize(dirty, "fa")
    _check_spans(clean, got_clean)
    _check_spans(dirty, got_dirty)
    assert [m.entity for m in got_dirty] == [m.entity for m in got_clean]


@given(st.text(alphabet=st.sampled_from(list("بغداد خامنئي عليكم ") + MARKS + BIDI + ZW + list("Ali .،«»\n"))),
       st.sampled_from(["ar", "fa", "en"]))
def test_random_text_never_breaks_offsets(rec, text, lang):
    _check_spans(text, rec.recognize(text, lang))


def test_known_offsets_with_marks(rec):
    text = "نجا رئيس الوزراء \u200f مُصْطَفَى الكَاظِمِي\u200e من محاولة، وظهر الكـاظمي لاحقاً."
    got = rec.recognize(text, "ar")
    assert [m.text for m in got] == ["مُصْطَفَى الكَاظِمِي", "الكـاظمي"]
    assert {m.entity for m in got} == {"mustafa-al-kadhimi"}
