"""Bad input: impossible dates, two-digit years, mixed calendars, future publication dates, very
long sentences, text without punctuation and arbitrary strings. No crash, no invented date, and an
explained issue where the result is uncertain."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.document import Mention, Span
from khabar.events import extract_events

TODAY_LIKE = "2021-07-08"


def issues(text: str, lang: str, published: str | None) -> list[str]:
    return [m for _, m in extract_events(text, lang, published=published).issues]


@pytest.mark.parametrize("lang, text", [
    ("ar", "انفجرت عبوة ناسفة في 31 حزيران الماضي داخل سوق في الموصل."),
    ("en", "Rockets struck the base on 31 June 2021."),
    ("fa", "پهپادها روز ۳۱ اسفند ۱۴۰۱ به پایگاه حمله کردند."),  # 1401 is not a leap year
])
def test_a_day_that_does_not_exist_gives_no_date_and_an_issue(lang: str, text: str) -> None:
    found = extract_events(text, lang, published="2021-07-05" if lang != "fa" else "2023-03-25")
    assert [(f.event.date, f.event.date_window) for f in found.events] == [(None, None)]
    assert any("not a valid date" in m for _, m in found.issues)


def test_two_digit_year_without_certainty_is_not_read() -> None:
    found = extract_events("Rockets struck the base on 6/7/21.", "en", published=TODAY_LIKE)
    assert [f.event.date for f in found.events] == [None]
    assert any("two-digit year" in m for _, m in found.issues)
    found = extract_events("ضبطت الشرطة في 5/7/21 خلية.", "ar", published=None)
    assert [f.event.date for f in found.events] == [None]


def test_mixed_calendars_that_disagree_give_no_date() -> None:
    text = "سپاه روز ۱۰ مرداد ۱۴۰۳ (۲۰ ژوئن ۲۰۲۴) یک نفتکش را توقیف کرد."
    found = extract_events(text, "fa", published="2024-08-01")
    assert [f.event.date for f in found.events] == [None]
    assert any("name different days" in m for _, m in found.issues)
    text = "سپاه روز ۱۰ مرداد ۱۴۰۳ (۳۱ جولای ۲۰۲۴) یک نفتکش را توقیف کرد."
    assert [f.event.date for f in extract_events(text, "fa", published="2024-08-01").events] == ["2024-07-31"]


def test_future_publication_date_leaves_relative_dates_unresolved() -> None:
    found = extract_events("Rockets struck the base yesterday.", "en", published="2999-01-01")
    assert [f.event.date for f in found.events] == [None]
    assert any("in the future" in m for _, m in found.issues)


def test_unreadable_publication_date() -> None:
    found = extract_events("Rockets struck the base yesterday.", "en", published="not a date")
    assert [f.event.date for f in found.events] == [None]
    assert found.issues


def test_very_long_sentence_without_punctuation() -> None:
    piece = "هاجم مسلحون قرية في ديالى مساء الثلاثاء ما أدى إلى مقتل أحد عشر مدنيا "
    text = piece * 80  # about 5,500 characters, no punctuation at all
    t0 = time.perf_counter()
    found = extract_events(text, "ar", sentences=[Span(0, len(text))], published="2021-10-28")
    assert time.perf_counter() - t0 < 5
    assert found.events
    for f in found.events:
        assert f.event.date in (None, "2021-10-26")
        assert all(0 <= s.start < s.end <= len(text) for s in f.event.evidence)
        assert all(s.end - s.start <= 1500 for s in f.event.evidence)


@pytest.mark.parametrize("lang, piece", [
    ("en", "militias attacked the base on the orders of their commander the previous day and again on 5/7/21 "),
    ("ar", "استهدفت صواريخ القاعدة التي تضم قوات أمريكية بأمر من القائد في اليوم السابق وفي 5/7/21 "),
    ("fa", "پهپادها به دستور فرمانده روز قبل و در 5/7/21 به پایگاه محل استقرار نیروهای آمریکایی حمله کردند "),
])
def test_long_text_with_the_new_frames_and_dates_stays_linear(lang: str, piece: str) -> None:
    """5,000 characters without sentence punctuation, full of order phrases, hosted forces,
    anchored days and two-digit years: no crash, no anchored day counted from nothing, each
    two-digit year explained, and twice the text costs about twice the time."""
    def spent(n: int) -> float:
        text = piece * n
        t0 = time.perf_counter()
        found = extract_events(text, lang, sentences=[Span(0, len(text))], published=TODAY_LIKE)
        took = time.perf_counter() - t0
        assert all(f.event.date in (None, "2021-07-05") for f in found.events)
        notes = [m for _, m in found.issues if "two-digit" in m]
        assert notes and all("5/7/21" in m for m in notes)
        return took

    small, large = spent(25), spent(50)  # about 2,500 and 5,000 characters
    assert large < 5
    assert large < 4 * small + 0.2


def test_repeated_trigger_words() -> None:
    text = "attack " * 2000
    found = extract_events(text, "en", published=TODAY_LIKE)
    assert all(f.event.type == "ASSAULT" for f in found.events)


@pytest.mark.parametrize("lang", ["ar", "fa", "en", "ur", "", None])
def test_empty_and_unsupported(lang: str | None) -> None:
    assert extract_events("", lang).events == []
    assert extract_events("\u200c\u200c \n\n", lang).events == []
    if lang not in ("ar", "fa", "en"):
        assert extract_events("Rockets struck the base.", lang).events == []


ALPHABET = st.sampled_from(list("abc حمله قصف هجوم اعتقال ۱۲ ١٢ 12 ,.،؛!؟ \u200c\n«»()-/:") + [
    "31 حزيران", "5/7/21", "yesterday", "أمس", "دیروز", "killed", "قتل", "کشته", "اگر", "إذا", "if ", "denied ",
    "نفى ", "تکذیب ", "more than ", "أكثر من ", "بیش از "])


@given(parts=st.lists(ALPHABET, max_size=80), lang=st.sampled_from(["ar", "fa", "en"]),
       published=st.sampled_from([None, "2021-01-01", "2999-12-31", "bad"]))
def test_never_raises_and_spans_stay_inside(parts: list[str], lang: str, published: str | None) -> None:
    text = "".join(parts)
    mentions = [Mention(0, min(3, len(text)), text[:3], "csc:US", "LOC", "test")] if text else []
    found = extract_events(text, lang, mentions=mentions, published=published)
    for f in found.events:
        assert 0 <= f.trigger.start <= f.trigger.end <= len(text)
        for s in f.event.evidence:
            assert 0 <= s.start <= s.end <= len(text)
        assert f.event.mode in ("asserted", "denied", "threatened", "planned", "requested", "hypothetical")
        if f.event.date_window:
            assert f.event.date_window[0] <= f.event.date_window[1]
