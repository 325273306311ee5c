"""Persian date vocabulary: Jalali, Gregorian and Hijri month names, weekdays, number words, relative words.

Constants only. ``khabar.dates`` normalizes entries and text alike (Arabic and Persian yeh and
kaf, hamza forms, diacritics, digits; the zero-width non-joiner counts as a space), and a space
inside an entry matches any run of spaces, including none: "سه شنبه" also matches "سه‌شنبه" and
"سهشنبه". Jalali month names may be followed by "ماه" ("تیرماه"); that is handled by the matcher.
"""

from __future__ import annotations

JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

# Persian names of the Gregorian months, with the common spellings (French- and English-derived).
GREGORIAN_MONTHS: dict[str, int] = {
    "ژانویه": 1, "ژانویهٔ": 1, "ژانوییه": 1, "جنوری": 1,
    "فوریه": 2, "فبروری": 2,
    "مارس": 3, "مارچ": 3,
    "آوریل": 4, "آپریل": 4, "اپریل": 4,
    "مه": 5, "می": 5, "مئی": 5, "مای": 5,
    "ژوئن": 6, "ژوین": 6, "جون": 6,
    "ژوئیه": 7, "ژوییه": 7, "جولای": 7,
    "اوت": 8, "آگوست": 8, "اگوست": 8, "آگست": 8,
    "سپتامبر": 9, "سپتمبر": 9,
    "اکتبر": 10, "اکتوبر": 10,
    "نوامبر": 11, "نوفمبر": 11,
    "دسامبر": 12, "دسمبر": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "محرم الحرام": 1,
    "صفر": 2,
    "ربیع الاول": 3, "ربیع اول": 3, "ربیع الأول": 3,
    "ربیع الثانی": 4, "ربیع ثانی": 4, "ربیع الآخر": 4,
    "جمادی الاول": 5, "جمادی الاولی": 5, "جمادی اول": 5,
    "جمادی الثانی": 6, "جمادی الثانیه": 6, "جمادی الآخر": 6, "جمادی الآخره": 6, "جمادی ثانی": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذی القعده": 11, "ذیقعده": 11, "ذوالقعده": 11,
    "ذی الحجه": 12, "ذیحجه": 12, "ذوالحجه": 12,
}

# Month names that are everyday words: "تیر" (arrow, bullet: "۲۰ تیر" is also "20 bullets"),
# "مه" (fog), "می" (the verb prefix, wine), "صفر" (zero): a month only with a year next to them,
# or, for the Jalali ones, with "ماه" after them ("۲۲ تیرماه").
NEED_YEAR: frozenset[str] = frozenset({"تیر", "مه", "می", "مای", "جون", "صفر", "رجب", "مارچ"})

# Names that never stand alone as a month ("اواخر مهر" is fine only for the unambiguous ones).
NO_BARE_MONTH: frozenset[str] = frozenset(
    {"تیر", "مه", "می", "مئی", "مای", "جون", "صفر", "رجب", "مهر", "دی", "آذر", "بهمن", "اسفند", "شعبان",
     "رمضان", "محرم", "مارس", "مارچ", "اوت"}
)

# Python's weekday numbers: Monday = 0 ... Sunday = 6.
WEEKDAYS: dict[str, int] = {
    "دوشنبه": 0, "دو شنبه": 0,
    "سه شنبه": 1, "سشنبه": 1,
    "چهارشنبه": 2, "چهار شنبه": 2,
    "پنجشنبه": 3, "پنج شنبه": 3,
    "جمعه": 4, "آدینه": 4,
    "شنبه": 5,
    "یکشنبه": 6, "یک شنبه": 6,
}

DAY_ORDINALS: dict[str, int] = {
    "یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
    "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
    "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هفتدهم": 17, "هجدهم": 18, "هیجدهم": 18, "هژدهم": 18,
    "نوزدهم": 19, "بیستم": 20,
    "بیست و یکم": 21, "بیست و دوم": 22, "بیست و سوم": 23, "بیست و چهارم": 24, "بیست و پنجم": 25,
    "بیست و ششم": 26, "بیست و هفتم": 27, "بیست و هشتم": 28, "بیست و نهم": 29,
    "سی ام": 30, "سیام": 30, "سی و یکم": 31,
}

DAY_MONTH_LINKS: tuple[str, ...] = ("ماه",)

CARDINALS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
}

FEW_WORDS: frozenset[str] = frozenset({"چند", "چندین"})
MORE_THAN_WORDS: frozenset[str] = frozenset({"بیش از", "بیشتر از", "بالغ بر"})
ABOUT_WORDS: frozenset[str] = frozenset({"حدود", "حدودا", "نزدیک به", "کمتر از", "قریب"})

UNITS: dict[str, tuple[str, int]] = {
    "روز": ("day", 0), "هفته": ("week", 0), "ماه": ("month", 0), "سال": ("year", 0),
}

# "سه روز پیش", "دو هفته قبل": the word comes after the duration.
AGO_BEFORE: tuple[str, ...] = ()
AGO_AFTER: tuple[str, ...] = ("پیش", "قبل")

RELATIVE_DAYS: dict[str, int] = {
    "امروز": 0, "امشب": 0, "بامداد امروز": 0, "صبح امروز": 0, "عصر امروز": 0,
    "دیروز": -1, "دیشب": -1, "روز گذشته": -1, "شب گذشته": -1, "بامداد دیروز": -1,
    "پریروز": -2, "پریشب": -2,
    "فردا": 1, "فردا شب": 1, "پس فردا": 2,
}
RELATIVE_DAY_NOT_AFTER: frozenset[str] = frozenset({"ایران", "همان", "آن", "تا"})
RELATIVE_DAY_NOT_BEFORE: frozenset[str] = frozenset({"ایران"})

MODIFIERS_AFTER: dict[str, str] = {
    "گذشته": "past", "پیش": "past", "قبل": "past", "اخیر": "past",
    "آینده": "next", "بعد": "next", "آتی": "next", "دیگر": "next",
    "جاری": "this",
}
MODIFIERS_BEFORE: dict[str, str] = {"این": "this", "همین": "this"}

PERIODS: dict[str, str] = {"هفته": "week", "ماه": "month", "سال": "year"}

YEAR_OFFSETS_AFTER: dict[str, int] = {
    "سال گذشته": -1, "سال قبل": -1, "سال پیش": -1, "پارسال": -1,
    "امسال": 0, "سال جاری": 0, "همین سال": 0,
    "سال آینده": 1, "سال بعد": 1, "سال آتی": 1,
}

PARTS: dict[str, str] = {
    "اوایل": "early", "اوائل": "early", "ابتدای": "early", "آغاز": "early", "اول": "early",
    "اواسط": "mid", "نیمه": "mid", "میانه": "mid",
    "اواخر": "late", "پایان": "late", "انتهای": "late", "آخر": "late",
}

YEAR_LINKS: tuple[str, ...] = ("سال", "ماه سال")
YEAR_WORDS: tuple[str, ...] = ("سال",)

# "ه" alone is read as the marker of the calendar the month name belongs to.
ERA_MARKERS: dict[str, str] = {
    "ه.ش": "jalali", "هـ.ش": "jalali", "ه ش": "jalali", "ش": "jalali", "هجری شمسی": "jalali", "شمسی": "jalali",
    "ه.ق": "hijri", "هـ.ق": "hijri", "ه ق": "hijri", "ق": "hijri", "هجری قمری": "hijri", "قمری": "hijri",
    "م": "gregorian", "میلادی": "gregorian",
    "ه": "h", "هـ": "h",
}

WEEKDAY_LINKS: tuple[str, ...] = ("مورخ",)
DAY_WORDS: tuple[str, ...] = ("روز", "شب", "صبح", "عصر", "بامداد")

PUBLISHED_CUES: tuple[str, ...] = (
    "تاریخ انتشار", "زمان انتشار", "تاریخ نشر", "منتشر شده در", "منتشر شده", "انتشار", "تاریخ خبر",
    "کد خبر", "تاریخ", "مورخ",
)
UPDATED_CUES: tuple[str, ...] = ("به روز رسانی", "بروزرسانی", "آخرین بروزرسانی", "ویرایش")

MONTH_PREPOSITIONS: tuple[str, ...] = ("در", "از", "تا", "طی", "در ماه", "از ماه", "تا ماه")

RELATIVE_YEARS: dict[str, int] = {"امسال": 0, "پارسال": -1}

WEEKDAYS_NEED_DAY_WORD: frozenset[str] = frozenset()

#: Days counted from another date of the text (``khabar.dates.anchored``): "the day before/after".
ANCHOR_PREVIOUS_DAY: tuple[str, ...] = ("روز قبل از آن", "روز پیش از آن", "یک روز قبل از آن", "روز قبل", "یک روز قبل")
ANCHOR_NEXT_DAY: tuple[str, ...] = ("روز بعد از آن", "روز بعد", "فردای آن روز", "یک روز بعد")
#: "دو روز بعد" (count before the word); "قبل" alone after a count is "ago", read by find_dates.
ANCHOR_AFTER_BEFORE_COUNT: tuple[str, ...] = ()
ANCHOR_AFTER_AFTER_COUNT: tuple[str, ...] = ("بعد", "پس از آن", "بعد از آن")
ANCHOR_BEFORE_AFTER_COUNT: tuple[str, ...] = ("قبل‌تر", "پیش‌تر", "قبل از آن", "پیش از آن")
ANCHOR_DAY_UNITS: tuple[str, ...] = ("روز",)
ANCHOR_DUAL_DAYS: tuple[str, ...] = ()
