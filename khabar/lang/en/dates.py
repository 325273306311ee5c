"""English date vocabulary: month names (Gregorian, and Jalali and Hijri as transliterated), weekdays,
number words, relative words.

Constants only. Matching in ``khabar.dates`` ignores case except for the names in ``CASE_SENSITIVE``
("May" the month, "may" the verb). A space inside an entry matches any run of spaces and a hyphen
matches a hyphen or a space.
"""

from __future__ import annotations

GREGORIAN_MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4,
    "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}

JALALI_MONTHS: dict[str, int] = {
    "Farvardin": 1, "Ordibehesht": 2, "Khordad": 3, "Tir": 4, "Mordad": 5, "Amordad": 5,
    "Shahrivar": 6, "Mehr": 7, "Aban": 8, "Azar": 9, "Dey": 10, "Dei": 10, "Bahman": 11, "Esfand": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "Muharram": 1, "Moharram": 1,
    "Safar": 2,
    "Rabi al-Awwal": 3, "Rabi' al-Awwal": 3, "Rabi ul-Awwal": 3, "Rabi I": 3,
    "Rabi al-Thani": 4, "Rabi' al-Thani": 4, "Rabi al-Akhir": 4, "Rabi' al-Akhir": 4, "Rabi ul-Akhir": 4, "Rabi II": 4,
    "Jumada al-Ula": 5, "Jumada al-Awwal": 5, "Jumada al-Oula": 5, "Jumada I": 5,
    "Jumada al-Thani": 6, "Jumada al-Akhirah": 6, "Jumada al-Akhira": 6, "Jumada II": 6,
    "Rajab": 7,
    "Sha'ban": 8, "Shaban": 8, "Shaaban": 8,
    "Ramadan": 9, "Ramazan": 9,
    "Shawwal": 10,
    "Dhu al-Qadah": 11, "Dhu al-Qa'dah": 11, "Dhu al-Qi'dah": 11, "Dhul-Qadah": 11, "Dhul Qadah": 11, "Zul Qadah": 11,
    "Dhu al-Hijjah": 12, "Dhul-Hijjah": 12, "Dhul Hijjah": 12, "Zul Hijjah": 12,
}

# Matched with their exact capitalization only (or in capitals): "May" and "March" are also verbs.
CASE_SENSITIVE: frozenset[str] = frozenset({"May", "March", "Mar", "Jan", "Sept", "Sep", "Dec", "Aug", "Jun", "Jul"})

NEED_YEAR: frozenset[str] = frozenset({"Tir", "Mehr", "Dey", "Dei", "Azar", "Aban", "Safar", "Rajab", "Bahman"})
NO_BARE_MONTH: frozenset[str] = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
     "Tir", "Mehr", "Dey", "Dei", "Azar", "Aban", "Safar", "Rajab", "Bahman", "Ramadan", "Ramazan",
     "Muharram", "Moharram", "Shaban", "Sha'ban", "Shaaban"}
)

WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
# Abbreviations count only in front of a date ("Tue, 6 Jul 2021").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6,
}

DAY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

DAY_MONTH_LINKS: tuple[str, ...] = ("of",)

CARDINALS: dict[str, int] = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2,
}
FEW_WORDS: frozenset[str] = frozenset({"a few", "few", "several"})
MORE_THAN_WORDS: frozenset[str] = frozenset({"more than", "over"})
ABOUT_WORDS: frozenset[str] = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "less than"})

UNITS: dict[str, tuple[str, int]] = {
    "day": ("day", 0), "days": ("day", 0), "week": ("week", 0), "weeks": ("week", 0),
    "month": ("month", 0), "months": ("month", 0), "year": ("year", 0), "years": ("year", 0),
}

AGO_BEFORE: tuple[str, ...] = ()
AGO_AFTER: tuple[str, ...] = ("ago",)

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1,
    "the day before yesterday": -2,
    "tomorrow": 1, "the day after tomorrow": 2,
}
RELATIVE_DAY_NOT_AFTER: frozenset[str] = frozenset({"usa", "russia", "china", "india", "pakistan", "of"})
RELATIVE_DAY_NOT_BEFORE: frozenset[str] = frozenset({"show", "programme", "program", "newspaper"})

MODIFIERS_AFTER: dict[str, str] = {}
MODIFIERS_BEFORE: dict[str, str] = {
    "last": "past", "past": "rolling", "previous": "past",
    "next": "next", "coming": "next", "this": "this", "this coming": "next",
}

PERIODS: dict[str, str] = {"week": "week", "month": "month", "year": "year"}

YEAR_OFFSETS_AFTER: dict[str, int] = {"last year": -1, "this year": 0, "next year": 1}

PARTS: dict[str, str] = {
    "early": "early", "the beginning of": "early", "the start of": "early", "beginning of": "early",
    "mid": "mid", "mid-": "mid", "the middle of": "mid", "middle of": "mid",
    "late": "late", "the end of": "late", "end of": "late", "the close of": "late",
    "earlier": "sofar", "later": "rest",
}

YEAR_LINKS: tuple[str, ...] = ("of",)
YEAR_WORDS: tuple[str, ...] = ("in", "since", "during", "until", "year", "by", "from")

ERA_MARKERS: dict[str, str] = {
    "AH": "hijri", "A.H.": "hijri", "SH": "jalali", "S.H.": "jalali", "AP": "jalali",
    "CE": "gregorian", "AD": "gregorian", "A.D.": "gregorian", "C.E.": "gregorian",
}

WEEKDAY_LINKS: tuple[str, ...] = ()
DAY_WORDS: tuple[str, ...] = ()

PUBLISHED_CUES: tuple[str, ...] = (
    "Published on", "Published", "Posted on", "Posted", "Date published", "First published", "Dated", "Date",
    "Released",
)
UPDATED_CUES: tuple[str, ...] = ("Last updated", "Updated on", "Updated", "Last modified", "Modified")

MONTH_PREPOSITIONS: tuple[str, ...] = ("in", "during", "since", "until", "by", "through", "throughout")

RELATIVE_YEARS: dict[str, int] = {}

WEEKDAYS_NEED_DAY_WORD: frozenset[str] = frozenset()

#: Days counted from another date of the text (``khabar.dates.anchored``): "the day before/after".
ANCHOR_PREVIOUS_DAY: tuple[str, ...] = ("the previous day", "the day before", "a day earlier", "the preceding day",
                                        "the eve")
ANCHOR_NEXT_DAY: tuple[str, ...] = ("the next day", "the following day", "a day later", "the day after")
#: "two days later" (count before the word).
ANCHOR_AFTER_BEFORE_COUNT: tuple[str, ...] = ()
ANCHOR_AFTER_AFTER_COUNT: tuple[str, ...] = ("later", "afterwards", "after that")
ANCHOR_BEFORE_AFTER_COUNT: tuple[str, ...] = ("earlier", "before that", "prior")
ANCHOR_DAY_UNITS: tuple[str, ...] = ("day", "days")
ANCHOR_DUAL_DAYS: tuple[str, ...] = ()
