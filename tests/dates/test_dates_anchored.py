"""Days counted from another date, two-digit years and bare weekdays by tense (khabar.dates.anchored).

Sentences written for these tests. 2021-07-20 is a Tuesday; 2024-05-10 is a Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.dates import find_anchored, find_dates, find_two_digit_dates, resolve_anchored, weekday_for_tense

D = dt.date
BASE = D(2021, 7, 20)


def resolved(text: str, lang: str, base: D | None = BASE) -> list[tuple[str, D | None]]:
    mentions = resolve_anchored(find_dates(text, lang, base=base) + find_anchored(text, lang))
    return [(m.kind, m.date) for m in mentions]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Gunmen attacked the convoy on 3 July 2021 and the army raided the village the next day.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 4))]),
    ("en", "The talks opened on 3 July 2021; the previous day, rockets hit the airport.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 2))]),
    ("en", "The ceasefire began on 3 July 2021 and collapsed two days later.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 5))]),
    ("ar", "هاجم مسلحون القافلة في 3 تموز 2021، وفي اليوم التالي داهم الجيش القرية.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 4))]),
    ("ar", "بدأت المحادثات في 3 تموز 2021، وكانت صواريخ قد سقطت على المطار في اليوم السابق.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 2))]),
    ("ar", "وقع الانفجار في 3 تموز 2021 وبعد خمسة أيام أعلنت الحكومة الحداد.",
     [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 8))]),
    ("fa", "مذاکرات در ۳ تیر ۱۴۰۰ آغاز شد و روز قبل چند راکت به فرودگاه اصابت کرده بود.",
     [("absolute", D(2021, 6, 24)), ("anchored", D(2021, 6, 23))]),
    ("fa", "آتش‌بس در ۳ تیر ۱۴۰۰ برقرار شد و دو روز بعد فرو پاشید.",
     [("absolute", D(2021, 6, 24)), ("anchored", D(2021, 6, 26))]),
])
def test_days_counted_from_an_earlier_date_of_the_text(lang: str, text: str, expected: list[tuple[str, D]]) -> None:
    assert resolved(text, lang) == expected


def test_an_anchored_day_without_an_earlier_date_stays_unresolved() -> None:
    assert resolved("The previous day, rockets hit the airport.", "en") == [("anchored", None)]
    assert resolved("وفي اليوم التالي داهم الجيش القرية.", "ar") == [("anchored", None)]


def test_a_window_is_no_anchor() -> None:
    # "last week" is a range: a day counted from it is not a day
    got = resolved("Clashes erupted last week and the army withdrew the next day.", "en")
    assert got[-1] == ("anchored", None)


def test_anchored_days_do_not_depend_on_the_publication_date() -> None:
    text = "Gunmen attacked the convoy on 3 July 2021 and the army raided the village the next day."
    assert resolved(text, "en", base=None) == [("absolute", D(2021, 7, 3)), ("anchored", D(2021, 7, 4))]


def test_implausible_counts_are_not_anchored_days() -> None:
    assert find_anchored("The war ended 900 days later.", "en") == []


@pytest.mark.parametrize("lang, text, base, date", [
    ("ar", "عقد الاجتماع في 5/7/21.", D(2021, 7, 20), D(2021, 7, 5)),  # day/month in Arabic
    ("fa", "جلسه در 5/7/21 برگزار شد.", D(2021, 7, 20), D(2021, 7, 5)),
    ("en", "The meeting was held on 13/7/21.", D(2021, 7, 20), D(2021, 7, 13)),  # only day/month is a date
    ("en", "The meeting was held on 7/13/21.", D(2021, 7, 20), D(2021, 7, 13)),  # only month/day is a date
    ("en", "The meeting was held on 7/9/21.", D(2021, 7, 20), D(2021, 7, 9)),  # 9 July; 7 September is after
])
def test_two_digit_years_read_with_an_explanation(lang: str, text: str, base: D, date: D) -> None:
    (m,) = find_two_digit_dates(text, lang, base=base)
    assert m.date == date and m.window is None
    assert m.note and "two-digit year" in m.note and date.isoformat() in m.note


@pytest.mark.parametrize("lang, text, base, why", [
    ("en", "The meeting was held on 5/7/21.", D(2021, 7, 20), "two readings"),  # 5 July or 7 May
    ("ar", "عقد الاجتماع في 5/7/21.", None, "no publication date"),
    ("ar", "عقد الاجتماع في 25/12/21.", D(2021, 7, 20), "no day within"),  # after the publication date
    ("ar", "عقد الاجتماع في 5/7/19.", D(2021, 7, 20), "no day within"),  # two years before: not certain
    ("ar", "عقد الاجتماع في 31/6/21.", D(2021, 7, 20), "not a valid date"),  # 31 June does not exist
])
def test_two_digit_years_never_silently_guessed(lang: str, text: str, base: D | None, why: str) -> None:
    (m,) = find_two_digit_dates(text, lang, base=base)
    assert m.date is None and m.window is None
    assert m.note and why in m.note


def test_find_dates_still_skips_two_digit_years() -> None:
    assert find_dates("The meeting was held on 5/7/21.", "en", base=D(2021, 7, 20)) == []


@pytest.mark.parametrize("lang, text", [
    ("ar", "يلتقي الوزيران يوم الثلاثاء."),
    ("ar", "الثلاثاء"),
    ("fa", "وزیران روز سه‌شنبه دیدار می‌کنند."),
    ("en", "The ministers will meet on Tuesday."),
])
def test_bare_weekday_past_and_future_readings(lang: str, text: str) -> None:
    base = D(2024, 5, 10)  # a Friday
    (m,) = find_dates(text, lang, base=base)
    assert m.weekday == 1
    assert m.date == D(2024, 5, 7)  # past-tense news: the most recent Tuesday
    assert weekday_for_tense(m, base, future=False) == D(2024, 5, 7)
    assert weekday_for_tense(m, base, future=True) == D(2024, 5, 14)  # a future clause: the next one


def test_weekday_of_the_publication_day_and_modified_weekdays() -> None:
    base = D(2024, 5, 10)
    (m,) = find_dates("on Friday", "en", base=base)
    assert weekday_for_tense(m, base, future=True) == base == m.date
    (m,) = find_dates("الثلاثاء الماضي", "ar", base=base)
    assert m.weekday is None  # "last Tuesday" says its own direction
    assert weekday_for_tense(m, base, future=True) == D(2024, 5, 7)
    (m,) = find_dates("on Tuesday", "en", base=None)
    assert m.date is None and weekday_for_tense(m, None, future=True) is None
