"""find_dates: absolute and relative date expressions in Arabic, Persian and English (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.dates import DateMention, find_dates

D = dt.date
BASE = D(2021, 7, 8)  # a Thursday


def only(text: str, lang: str, base: dt.date | None = BASE) -> DateMention:
    found = find_dates(text, lang, base=base)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


# (lang, text, expected span text, date, calendar)
ABSOLUTE = [
    ("ar", "الثلاثاء 6 يوليو 2021", "الثلاثاء 6 يوليو 2021", D(2021, 7, 6), "gregorian"),
    ("ar", "وقع الهجوم في 6 تموز/يوليو 2021 قرب المطار", "6 تموز/يوليو 2021", D(2021, 7, 6), "gregorian"),
    ("ar", "في 6 يوليو/تموز 2021", "6 يوليو/تموز 2021", D(2021, 7, 6), "gregorian"),
    ("ar", "٦ يوليو ٢٠٢١", "٦ يوليو ٢٠٢١", D(2021, 7, 6), "gregorian"),
    ("ar", "يوم 6 يوليو (تموز) 2021", "6 يوليو (تموز) 2021", D(2021, 7, 6), "gregorian"),
    ("ar", "15 كانون الثاني 2020", "15 كانون الثاني 2020", D(2020, 1, 15), "gregorian"),
    ("ar", "3 شباط 2020", "3 شباط 2020", D(2020, 2, 3), "gregorian"),
    ("ar", "20 آذار 2019", "20 آذار 2019", D(2019, 3, 20), "gregorian"),
    ("ar", "9 نيسان 2003", "9 نيسان 2003", D(2003, 4, 9), "gregorian"),
    ("ar", "15 أيار 2018", "15 أيار 2018", D(2018, 5, 15), "gregorian"),
    ("ar", "5 حزيران 1967", "5 حزيران 1967", D(1967, 6, 5), "gregorian"),
    ("ar", "4 آب 2020", "4 آب 2020", D(2020, 8, 4), "gregorian"),
    ("ar", "11 أيلول 2001", "11 أيلول 2001", D(2001, 9, 11), "gregorian"),
    ("ar", "17 تشرين الأول 2019", "17 تشرين الأول 2019", D(2019, 10, 17), "gregorian"),
    ("ar", "2 تشرين الثاني 2017", "2 تشرين الثاني 2017", D(2017, 11, 2), "gregorian"),
    ("ar", "31 كانون الأول 2020", "31 كانون الأول 2020", D(2020, 12, 31), "gregorian"),
    ("ar", "25 يناير 2011", "25 يناير 2011", D(2011, 1, 25), "gregorian"),
    ("ar", "14 فبراير 2005", "14 فبراير 2005", D(2005, 2, 14), "gregorian"),
    ("ar", "1 إبريل 2021", "1 إبريل 2021", D(2021, 4, 1), "gregorian"),
    ("ar", "30 يونيه 2013", "30 يونيه 2013", D(2013, 6, 30), "gregorian"),
    ("ar", "23 يوليه 1952", "23 يوليه 1952", D(1952, 7, 23), "gregorian"),
    ("ar", "20 اغسطس 2021", "20 اغسطس 2021", D(2021, 8, 20), "gregorian"),
    ("ar", "6 أكتوبر 1973", "6 أكتوبر 1973", D(1973, 10, 6), "gregorian"),
    ("ar", "8 ديسمبر 2024", "8 ديسمبر 2024", D(2024, 12, 8), "gregorian"),
    ("ar", "14 جانفي 2011", "14 جانفي 2011", D(2011, 1, 14), "gregorian"),
    ("ar", "22 فيفري 2019", "22 فيفري 2019", D(2019, 2, 22), "gregorian"),
    ("ar", "5 أفريل 2020", "5 أفريل 2020", D(2020, 4, 5), "gregorian"),
    ("ar", "8 ماي 1945", "8 ماي 1945", D(1945, 5, 8), "gregorian"),
    ("ar", "12 جوان 2019", "12 جوان 2019", D(2019, 6, 12), "gregorian"),
    ("ar", "5 جويلية 1962", "5 جويلية 1962", D(1962, 7, 5), "gregorian"),
    ("ar", "20 أوت 1955", "20 أوت 1955", D(1955, 8, 20), "gregorian"),
    ("ar", "20 غشت 1953", "20 غشت 1953", D(1953, 8, 20), "gregorian"),
    ("ar", "30 يوليوز 2021", "30 يوليوز 2021", D(2021, 7, 30), "gregorian"),
    ("ar", "الخامس من يوليو 2021", "الخامس من يوليو 2021", D(2021, 7, 5), "gregorian"),
    ("ar", "الحادي والعشرين من يونيو 2020", "الحادي والعشرين من يونيو 2020", D(2020, 6, 21), "gregorian"),
    ("ar", "الحادي و العشرين من يونيو 2020", "الحادي و العشرين من يونيو 2020", D(2020, 6, 21), "gregorian"),
    ("ar", "الأول من شهر مايو 2019", "الأول من شهر مايو 2019", D(2019, 5, 1), "gregorian"),
    ("ar", "يونيو من العام 2021", None, None, "gregorian"),
    ("ar", "الأربعاء، 07 تموز/يوليو 2021 - 09:15", "الأربعاء، 07 تموز/يوليو 2021", D(2021, 7, 7), "gregorian"),
    ("ar", "6 يوليو 2021م", "6 يوليو 2021م", D(2021, 7, 6), "gregorian"),
    ("ar", "26 ذو القعدة 1442 هـ", "26 ذو القعدة 1442 هـ", D(2021, 7, 6), "hijri"),
    ("ar", "26 ذي القعدة 1442هـ", "26 ذي القعدة 1442هـ", D(2021, 7, 6), "hijri"),
    ("ar", "1 رمضان 1442 هـ", "1 رمضان 1442 هـ", D(2021, 4, 13), "hijri"),
    ("ar", "10 محرم 1443", "10 محرم 1443", D(2021, 8, 18), "hijri"),
    ("ar", "15 شعبان 1442", "15 شعبان 1442", D(2021, 3, 28), "hijri"),
    ("ar", "١٥ جمادى الآخرة ١٤٤٢", "١٥ جمادى الآخرة ١٤٤٢", D(2021, 1, 28), "hijri"),
    ("ar", "2021-07-06", "2021-07-06", D(2021, 7, 6), "gregorian"),
    ("ar", "2021/07/06", "2021/07/06", D(2021, 7, 6), "gregorian"),
    ("ar", "06/07/2021", "06/07/2021", D(2021, 7, 6), "gregorian"),
    ("ar", "٠٦/٠٧/٢٠٢١", "٠٦/٠٧/٢٠٢١", D(2021, 7, 6), "gregorian"),
    ("ar", "1442/11/26 هـ", "1442/11/26 هـ", D(2021, 7, 6), "hijri"),
    ("ar", "الخميس، 6 يوليو 2021", "الخميس، 6 يوليو 2021", D(2021, 7, 6), "gregorian"),  # a wrong weekday: the date wins
    ("fa", "۲۲ تیر ۱۴۰۰", "۲۲ تیر ۱۴۰۰", D(2021, 7, 13), "jalali"),
    ("fa", "سه‌شنبه ۱۵ تیر ۱۴۰۰", "سه‌شنبه ۱۵ تیر ۱۴۰۰", D(2021, 7, 6), "jalali"),
    ("fa", "سه شنبه ۱۵ تیرماه ۱۴۰۰", "سه شنبه ۱۵ تیرماه ۱۴۰۰", D(2021, 7, 6), "jalali"),
    ("fa", "۱۵ تیر ماه سال ۱۴۰۰", "۱۵ تیر ماه سال ۱۴۰۰", D(2021, 7, 6), "jalali"),
    ("fa", "۱۴۰۰/۰۴/۱۵", "۱۴۰۰/۰۴/۱۵", D(2021, 7, 6), "jalali"),
    ("fa", "۱۴۰۰-۰۴-۱۵", "۱۴۰۰-۰۴-۱۵", D(2021, 7, 6), "jalali"),
    ("fa", "۱ فروردین ۱۴۰۰", "۱ فروردین ۱۴۰۰", D(2021, 3, 21), "jalali"),
    ("fa", "۱۳ آبان ۱۳۵۸", "۱۳ آبان ۱۳۵۸", D(1979, 11, 4), "jalali"),
    ("fa", "۲۲ بهمن ۱۳۵۷", "۲۲ بهمن ۱۳۵۷", D(1979, 2, 11), "jalali"),
    ("fa", "۳۰ اسفند ۱۳۹۹", "۳۰ اسفند ۱۳۹۹", D(2021, 3, 20), "jalali"),
    ("fa", "پانزدهم تیر ۱۴۰۰", "پانزدهم تیر ۱۴۰۰", D(2021, 7, 6), "jalali"),
    ("fa", "بیست و دوم خرداد ۱۴۰۰", "بیست و دوم خرداد ۱۴۰۰", D(2021, 6, 12), "jalali"),
    ("fa", "۱۵ تیر ۱۴۰۰ ه.ش", "۱۵ تیر ۱۴۰۰ ه.ش", D(2021, 7, 6), "jalali"),
    ("fa", "۶ ژوئیه ۲۰۲۱", "۶ ژوئیه ۲۰۲۱", D(2021, 7, 6), "gregorian"),
    ("fa", "۶ جولای ۲۰۲۱", "۶ جولای ۲۰۲۱", D(2021, 7, 6), "gregorian"),
    ("fa", "۸ ژانویه ۲۰۲۰", "۸ ژانویه ۲۰۲۰", D(2020, 1, 8), "gregorian"),
    ("fa", "۳ ژانوییه ۲۰۲۰", "۳ ژانوییه ۲۰۲۰", D(2020, 1, 3), "gregorian"),
    ("fa", "۱۴ فوریه ۲۰۲۱", "۱۴ فوریه ۲۰۲۱", D(2021, 2, 14), "gregorian"),
    ("fa", "۲۰ مارس ۲۰۲۱", "۲۰ مارس ۲۰۲۱", D(2021, 3, 20), "gregorian"),
    ("fa", "۱ آوریل ۲۰۲۱", "۱ آوریل ۲۰۲۱", D(2021, 4, 1), "gregorian"),
    ("fa", "۹ مه ۲۰۲۱", "۹ مه ۲۰۲۱", D(2021, 5, 9), "gregorian"),
    ("fa", "۱۰ ژوئن ۲۰۲۱", "۱۰ ژوئن ۲۰۲۱", D(2021, 6, 10), "gregorian"),
    ("fa", "۴ اوت ۲۰۲۰", "۴ اوت ۲۰۲۰", D(2020, 8, 4), "gregorian"),
    ("fa", "۴ آگوست ۲۰۲۰", "۴ آگوست ۲۰۲۰", D(2020, 8, 4), "gregorian"),
    ("fa", "۱۱ سپتامبر ۲۰۰۱", "۱۱ سپتامبر ۲۰۰۱", D(2001, 9, 11), "gregorian"),
    ("fa", "۷ اکتبر ۲۰۲۳", "۷ اکتبر ۲۰۲۳", D(2023, 10, 7), "gregorian"),
    ("fa", "۳ نوامبر ۲۰۲۰", "۳ نوامبر ۲۰۲۰", D(2020, 11, 3), "gregorian"),
    ("fa", "۲۵ دسامبر ۲۰۲۰", "۲۵ دسامبر ۲۰۲۰", D(2020, 12, 25), "gregorian"),
    ("fa", "۲۶ ذی‌القعده ۱۴۴۲", "۲۶ ذی‌القعده ۱۴۴۲", D(2021, 7, 6), "hijri"),
    ("fa", "۱۰ محرم ۱۴۴۳ ه.ق", "۱۰ محرم ۱۴۴۳ ه.ق", D(2021, 8, 18), "hijri"),
    ("en", "posted on November 25, 2020", "November 25, 2020", D(2020, 11, 25), "gregorian"),
    ("en", "July 6, 2021", "July 6, 2021", D(2021, 7, 6), "gregorian"),
    ("en", "Tuesday, July 6, 2021", "Tuesday, July 6, 2021", D(2021, 7, 6), "gregorian"),
    ("en", "6 July 2021", "6 July 2021", D(2021, 7, 6), "gregorian"),
    ("en", "the 6th of July, 2021", "the 6th of July, 2021", D(2021, 7, 6), "gregorian"),
    ("en", "Jul. 6, 2021", "Jul. 6, 2021", D(2021, 7, 6), "gregorian"),
    ("en", "Sept. 11, 2001", "Sept. 11, 2001", D(2001, 9, 11), "gregorian"),
    ("en", "JULY 6, 2021", "JULY 6, 2021", D(2021, 7, 6), "gregorian"),
    ("en", "Tue, 06 Jul 2021 10:00:00 GMT", "Tue, 06 Jul 2021", D(2021, 7, 6), "gregorian"),
    ("en", "2021-07-06", "2021-07-06", D(2021, 7, 6), "gregorian"),
    ("en", "2021-07-06T10:00:00Z", "2021-07-06", D(2021, 7, 6), "gregorian"),
    ("en", "25/12/2020", "25/12/2020", D(2020, 12, 25), "gregorian"),
    ("en", "12/25/2020", "12/25/2020", D(2020, 12, 25), "gregorian"),
    ("en", "07/07/2021", "07/07/2021", D(2021, 7, 7), "gregorian"),
    ("en", "Tuesday 06/07/2021", "Tuesday 06/07/2021", D(2021, 7, 6), "gregorian"),  # the weekday decides
    ("en", "the first of May 2020", "the first of May 2020", D(2020, 5, 1), "gregorian"),
    ("en", "26 Dhu al-Qadah 1442 AH", "26 Dhu al-Qadah 1442 AH", D(2021, 7, 6), "hijri"),
    ("en", "15 Tir 1400", "15 Tir 1400", D(2021, 7, 6), "jalali"),
]


@pytest.mark.parametrize(("lang", "text", "span", "date", "calendar"), ABSOLUTE)
def test_absolute(lang: str, text: str, span: str | None, date: dt.date | None, calendar: str) -> None:
    m = only(text, lang)
    if span is not None:
        assert m.text == span
    if date is not None:
        assert m.date == date
        assert m.window is None
    assert m.calendar == calendar
    assert m.kind == "absolute"


# Month and year, or a year with its era: a window, no day.
WINDOWS = [
    ("ar", "يوليو 2021", (D(2021, 7, 1), D(2021, 7, 31)), "gregorian"),
    ("ar", "في شباط 2020", (D(2020, 2, 1), D(2020, 2, 29)), "gregorian"),
    ("ar", "يونيو من العام 2021", (D(2021, 6, 1), D(2021, 6, 30)), "gregorian"),
    ("ar", "أواخر يونيو 2021", (D(2021, 6, 21), D(2021, 6, 30)), "gregorian"),
    ("ar", "منتصف مايو 2020", (D(2020, 5, 11), D(2020, 5, 20)), "gregorian"),
    ("ar", "1442هـ", (D(2020, 8, 20), D(2021, 8, 8)), "hijri"),
    ("ar", "رمضان 1442 هـ", (D(2021, 4, 13), D(2021, 5, 12)), "hijri"),
    ("ar", "عام 2019", (D(2019, 1, 1), D(2019, 12, 31)), "gregorian"),
    ("fa", "تیر ۱۴۰۰", (D(2021, 6, 22), D(2021, 7, 22)), "jalali"),
    ("fa", "اسفند ۱۳۹۹", (D(2021, 2, 19), D(2021, 3, 20)), "jalali"),
    ("fa", "اواخر خرداد ۱۴۰۰", (D(2021, 6, 11), D(2021, 6, 21)), "jalali"),
    ("fa", "سال ۱۴۰۰", (D(2021, 3, 21), D(2022, 3, 20)), "jalali"),
    ("fa", "ژوئیه ۲۰۲۱", (D(2021, 7, 1), D(2021, 7, 31)), "gregorian"),
    ("en", "July 2021", (D(2021, 7, 1), D(2021, 7, 31)), "gregorian"),
    ("en", "in February 2020", (D(2020, 2, 1), D(2020, 2, 29)), "gregorian"),
    ("en", "mid-July 2021", (D(2021, 7, 11), D(2021, 7, 20)), "gregorian"),
    ("en", "late 2021", (D(2021, 9, 1), D(2021, 12, 31)), "gregorian"),
    ("en", "in 2019", (D(2019, 1, 1), D(2019, 12, 31)), "gregorian"),
    ("ar", "5 و6 يوليو 2021", (D(2021, 7, 5), D(2021, 7, 6)), "gregorian"),
    ("ar", "5-6 تموز/يوليو 2021", (D(2021, 7, 5), D(2021, 7, 6)), "gregorian"),
    ("ar", "من 5 إلى 7 يوليو 2021", (D(2021, 7, 5), D(2021, 7, 7)), "gregorian"),
    ("fa", "۵ تا ۷ تیر ۱۴۰۰", (D(2021, 6, 26), D(2021, 6, 28)), "jalali"),
    ("en", "July 5-6, 2021", (D(2021, 7, 5), D(2021, 7, 6)), "gregorian"),
    ("en", "5 to 7 July 2021", (D(2021, 7, 5), D(2021, 7, 7)), "gregorian"),
    ("fa", "مه ۲۰۲۱", (D(2021, 5, 1), D(2021, 5, 31)), "gregorian"),
]


@pytest.mark.parametrize(("lang", "text", "window", "calendar"), WINDOWS)
def test_windows(lang: str, text: str, window: tuple[dt.date, dt.date], calendar: str) -> None:
    m = only(text, lang, base=None)
    assert m.date is None
    assert m.window == window
    assert m.calendar == calendar
    assert m.kind == "absolute"


def test_ambiguous_numeric_english_is_a_window() -> None:
    m = only("06/07/2021", "en")
    assert m.date is None
    assert m.window == (D(2021, 6, 7), D(2021, 7, 6))


# Relative to BASE = Thursday 8 July 2021: (lang, text, span, date, window)
RELATIVE = [
    ("ar", "أمس", "أمس", D(2021, 7, 7), None),
    ("ar", "وقال أمس إن", "أمس", D(2021, 7, 7), None),
    ("ar", "يوم أمس", "يوم أمس", D(2021, 7, 7), None),
    ("ar", "اليوم", "اليوم", D(2021, 7, 8), None),
    ("ar", "أول أمس", "أول أمس", D(2021, 7, 6), None),
    ("ar", "غدا", "غدا", D(2021, 7, 9), None),
    ("ar", "غداً", "غداً", D(2021, 7, 9), None),
    ("ar", "الثلاثاء الماضي", "الثلاثاء الماضي", D(2021, 7, 6), None),
    ("ar", "الخميس الماضي", "الخميس الماضي", D(2021, 7, 1), None),
    ("ar", "الأحد المقبل", "الأحد المقبل", D(2021, 7, 11), None),
    ("ar", "قال يوم الثلاثاء", "الثلاثاء", D(2021, 7, 6), None),
    ("ar", "الأسبوع الماضي", "الأسبوع الماضي", None, (D(2021, 6, 26), D(2021, 7, 2))),
    ("ar", "الشهر الماضي", "الشهر الماضي", None, (D(2021, 6, 1), D(2021, 6, 30))),
    ("ar", "العام الماضي", "العام الماضي", None, (D(2020, 1, 1), D(2020, 12, 31))),
    ("ar", "مطلع الشهر الجاري", "مطلع الشهر الجاري", None, (D(2021, 7, 1), D(2021, 7, 10))),
    ("ar", "أواخر يونيو", "أواخر يونيو", None, (D(2021, 6, 21), D(2021, 6, 30))),
    ("ar", "أوائل يوليو", "أوائل يوليو", None, (D(2021, 7, 1), D(2021, 7, 10))),
    ("ar", "30 يونيو الماضي", "30 يونيو الماضي", D(2021, 6, 30), None),
    ("ar", "في الخامس من يوليو", "الخامس من يوليو", D(2021, 7, 5), None),
    ("ar", "في السابع من تموز", "السابع من تموز", D(2021, 7, 7), None),
    ("ar", "الحادي والعشرين من يونيو", "الحادي والعشرين من يونيو", D(2021, 6, 21), None),
    ("ar", "6 يوليو من العام الماضي", "6 يوليو من العام الماضي", D(2020, 7, 6), None),
    ("ar", "في يونيو الماضي", "يونيو الماضي", None, (D(2021, 6, 1), D(2021, 6, 30))),
    ("ar", "في يوليو المقبل", "يوليو المقبل", None, (D(2022, 7, 1), D(2022, 7, 31))),
    ("ar", "قبل ثلاثة أيام", "قبل ثلاثة أيام", D(2021, 7, 5), None),
    ("ar", "منذ يومين", "منذ يومين", D(2021, 7, 6), None),
    ("ar", "قبل أسبوعين", "قبل أسبوعين", None, (D(2021, 6, 21), D(2021, 6, 27))),
    ("ar", "قبل أكثر من أسبوع", "قبل أكثر من أسبوع", None, (D(2021, 6, 24), D(2021, 7, 1))),
    ("ar", "قبل 5 أيام", "قبل 5 أيام", D(2021, 7, 3), None),
    ("fa", "دیروز", "دیروز", D(2021, 7, 7), None),
    ("fa", "امروز", "امروز", D(2021, 7, 8), None),
    ("fa", "فردا", "فردا", D(2021, 7, 9), None),
    ("fa", "هفته گذشته", "هفته گذشته", None, (D(2021, 6, 26), D(2021, 7, 2))),
    ("fa", "هفته آینده", "هفته آینده", None, (D(2021, 7, 10), D(2021, 7, 16))),
    ("fa", "ماه گذشته", "ماه گذشته", None, (D(2021, 5, 22), D(2021, 6, 21))),  # Khordad 1400
    ("fa", "سال گذشته", "سال گذشته", None, (D(2020, 3, 20), D(2021, 3, 20))),  # 1399
    ("fa", "سه‌شنبه گذشته", "سه‌شنبه گذشته", D(2021, 7, 6), None),
    ("fa", "سه‌شنبه هفته گذشته", "سه‌شنبه هفته گذشته", D(2021, 6, 29), None),
    ("fa", "روز سه‌شنبه", "سه‌شنبه", D(2021, 7, 6), None),
    ("fa", "سه روز پیش", "سه روز پیش", D(2021, 7, 5), None),
    ("fa", "۲ هفته قبل", "۲ هفته قبل", None, (D(2021, 6, 21), D(2021, 6, 27))),
    ("fa", "۲۲ تیرماه", "۲۲ تیرماه", D(2021, 7, 13), None),
    ("fa", "۱۰ خرداد", "۱۰ خرداد", D(2021, 5, 31), None),
    ("en", "yesterday", "yesterday", D(2021, 7, 7), None),
    ("en", "Today", "Today", D(2021, 7, 8), None),
    ("en", "tomorrow", "tomorrow", D(2021, 7, 9), None),
    ("en", "last Tuesday", "last Tuesday", D(2021, 7, 6), None),
    ("en", "next Monday", "next Monday", D(2021, 7, 12), None),
    ("en", "said on Tuesday", "Tuesday", D(2021, 7, 6), None),
    ("en", "on Thursday", "Thursday", D(2021, 7, 8), None),
    ("en", "last week", "last week", None, (D(2021, 6, 28), D(2021, 7, 4))),
    ("en", "this week", "this week", None, (D(2021, 7, 5), D(2021, 7, 11))),
    ("en", "earlier this month", "earlier this month", None, (D(2021, 7, 1), D(2021, 7, 8))),
    ("en", "last year", "last year", None, (D(2020, 1, 1), D(2020, 12, 31))),
    ("en", "late June", "late June", None, (D(2021, 6, 21), D(2021, 6, 30))),
    ("en", "mid-July", "mid-July", None, (D(2021, 7, 11), D(2021, 7, 20))),
    ("en", "in March", "March", None, (D(2021, 3, 1), D(2021, 3, 31))),
    ("en", "last June", "last June", None, (D(2021, 6, 1), D(2021, 6, 30))),
    ("en", "on June 21", "June 21", D(2021, 6, 21), None),
    ("en", "3 days ago", "3 days ago", D(2021, 7, 5), None),
    ("en", "two weeks ago", "two weeks ago", None, (D(2021, 6, 21), D(2021, 6, 27))),
    ("en", "a week ago", "a week ago", None, (D(2021, 6, 28), D(2021, 7, 4))),
    ("en", "more than a week ago", "more than a week ago", None, (D(2021, 6, 24), D(2021, 7, 1))),
    ("en", "a few days ago", "a few days ago", None, (D(2021, 7, 1), D(2021, 7, 6))),
    ("en", "the past week", "past week", None, (D(2021, 7, 1), D(2021, 7, 8))),
    ("ar", "بين 5 و 6 يوليو", "5 و 6 يوليو", None, (D(2021, 7, 5), D(2021, 7, 6))),
    ("en", "July 5 to 7", "July 5 to 7", None, (D(2021, 7, 5), D(2021, 7, 7))),
    ("fa", "روز گذشته گفت", "روز گذشته", D(2021, 7, 7), None),
    ("ar", "قبل عام", "قبل عام", None, (D(2020, 5, 8), D(2020, 9, 7))),
    ("ar", "قبل شهرين", "قبل شهرين", None, (D(2021, 4, 23), D(2021, 5, 23))),
    ("ar", "أواخر شهر يونيو", "أواخر شهر يونيو", None, (D(2021, 6, 21), D(2021, 6, 30))),
    ("fa", "اواخر ماه خرداد", "اواخر ماه خرداد", None, (D(2021, 6, 11), D(2021, 6, 21))),
]


@pytest.mark.parametrize(("lang", "text", "span", "date", "window"), RELATIVE)
def test_relative_with_base(lang: str, text: str, span: str, date: dt.date | None, window: tuple[dt.date, dt.date] | None) -> None:
    m = only(text, lang)
    assert m.text == span
    assert m.kind == "relative"
    assert m.date == date
    assert m.window == window


@pytest.mark.parametrize(("lang", "text", "span", "date", "window"), RELATIVE)
def test_relative_without_base_is_unresolved(lang: str, text: str, span: str, date: object, window: object) -> None:
    m = only(text, lang, base=None)
    assert m.text == span
    assert m.kind == "relative"
    assert m.date is None
    assert m.window is None


def test_day_month_without_year_nearest_with_past_bias() -> None:
    # Written on 2 January: "25 December" is the one just past, "10 January" the one just ahead.
    assert only("25 ديسمبر", "ar", base=D(2022, 1, 2)).date == D(2021, 12, 25)
    assert only("10 يناير", "ar", base=D(2022, 1, 2)).date == D(2022, 1, 10)
    assert only("30 يونيو الماضي", "ar", base=D(2021, 6, 10)).date == D(2020, 6, 30)
    assert only("30 يونيو المقبل", "ar", base=D(2021, 6, 10)).date == D(2021, 6, 30)


def test_nearest_occurrence_may_be_ahead() -> None:
    # "Iraq is due to hold elections on Oct. 10", written on 9 June 2021.
    assert only("elections on Oct. 10", "en", base=D(2021, 6, 9)).date == D(2021, 10, 10)
    assert only("in October", "en", base=D(2021, 7, 7)).window == (D(2021, 10, 1), D(2021, 10, 31))


def test_jalali_day_month_uses_jalali_year_of_base() -> None:
    # 10 Farvardin written in Esfand 1399: the coming one (1400), resolved in the Jalali calendar.
    m = only("۱۰ فروردین", "fa", base=D(2021, 3, 15))
    assert m.date == D(2021, 3, 30)
    assert m.calendar == "jalali"


def test_several_in_one_text() -> None:
    text = (
        "بغداد - قالت مصادر يوم الثلاثاء إن صاروخين سقطا قرب القاعدة، بعد هجوم مماثل في 30 يونيو الماضي، "
        "وكانت الحكومة أعلنت في الخامس من يوليو/تموز الجاري خطة جديدة. نشر في: الأربعاء، 07 تموز/يوليو 2021"
    )
    found = find_dates(text, "ar", base=BASE)
    assert [m.text for m in found] == [
        "الثلاثاء", "30 يونيو الماضي", "الخامس من يوليو/تموز الجاري", "الأربعاء، 07 تموز/يوليو 2021",
    ]
    assert [m.date for m in found] == [D(2021, 7, 6), D(2021, 6, 30), D(2021, 7, 5), D(2021, 7, 7)]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_hijri_and_gregorian_side_by_side() -> None:
    text = "الثلاثاء 26 ذو القعدة 1442 هـ الموافق 6 يوليو 2021 م"
    found = find_dates(text, "ar")
    assert [(m.date, m.calendar) for m in found] == [(D(2021, 7, 6), "hijri"), (D(2021, 7, 6), "gregorian")]


# Things that are not dates, or not days that exist.
NOT_DATES = [
    ("ar", "قال المتحدث الآن إن العدد بلغ 150 قتيلا في 12 محافظة"),
    ("ar", "ارتفع الرقم إلى 2021 دولارا و 15 سيارة"),
    ("ar", "مايوه السباحة وماينز"),
    ("ar", "شرب الماء وآب إلى بيته"),
    ("ar", "قطع المياه عن 20 آب"),
    ("ar", "نقلت قناة روسيا اليوم الخبر"),
    ("ar", "في اليوم التالي"),
    ("ar", "في أمس الحاجة"),
    ("ar", "الرئيس رجب طيب أردوغان"),
    ("ar", "قبل يومين من الانتخابات"),
    ("ar", "31 يونيو 2021"),
    ("ar", "30 فبراير 2020"),
    ("ar", "6 يوليو 21"),
    ("ar", "06/07/21"),
    ("ar", "30 شوال 1442"),  # Shawwal 1442 has 29 days
    ("fa", "۳۰ اسفند ۱۴۰۰"),  # 1400 is not a leap year
    ("fa", "در مه غلیظ دید کم بود"),
    ("fa", "۲۰ تیر شلیک شد"),
    ("fa", "می‌شود گفت"),
    ("fa", "۳۲ تیر ۱۴۰۰"),
    ("fa", "طی ۲۰ روز گذشته"),  # the past twenty days, not yesterday
    ("ar", "31-32 يوليو 2021"),
    ("en", "Officials may 5 times review it"),
    ("en", "USA Today reported"),
    ("en", "31 June 2021"),
    ("en", "February 29, 2021"),
    ("en", "Version 3.10 was released with 1,200 fixes"),
    ("en", "the march 5 km east"),
    ("en", "at 10:30 on the 5th floor"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang, base=BASE) == []


def test_unknown_language_reads_all_vocabularies() -> None:
    text = "۱۵ تیر ۱۴۰۰ و 6 يوليو 2021 and July 6, 2021"
    assert [m.date for m in find_dates(text, "und")] == [D(2021, 7, 6)] * 3


def test_spans_survive_diacritics_and_direction_marks() -> None:
    text = "\u200fنُشِرَ فِي ٦ يُولْيُو ٢٠٢١\u200f"
    m = only(text, "ar")
    assert m.date == D(2021, 7, 6)
    assert m.text.startswith("٦") and "٢٠٢١" in m.text


def test_empty_and_whitespace() -> None:
    assert find_dates("", "ar") == []
    assert find_dates("   \n\t ", "fa") == []
