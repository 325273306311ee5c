"""Arabic date vocabulary: month names of every calendar in use, weekdays, number words, relative words.

Constants only. Spellings are written as they appear in print; ``khabar.dates`` normalizes both
these entries and the text (alef and yeh forms, taa marbuta, diacritics, tatweel, digits) before
matching, so listing "أغسطس" also covers "اغسطس" and "إغسطس". A space inside an entry matches
any run of spaces, including none ("ذو القعدة" also matches "ذوالقعدة").
"""

from __future__ import annotations

# Gregorian months: Egyptian/Gulf (يناير ...), Levantine/Iraqi (كانون الثاني ...), Maghrebi
# (جانفي ... in Algeria and Tunisia; يوليوز, غشت, شتنبر, نونبر, دجنبر in Morocco).
GREGORIAN_MONTHS: dict[str, int] = {
    "يناير": 1, "ينايِر": 1, "كانون الثاني": 1, "كانون ثاني": 1, "جانفي": 1, "جانفييه": 1,
    "فبراير": 2, "فبرايِر": 2, "شباط": 2, "فيفري": 2, "فبرير": 2,
    "مارس": 3, "آذار": 3,
    "أبريل": 4, "إبريل": 4, "ابريل": 4, "نيسان": 4, "أفريل": 4, "أبرِيل": 4,
    "مايو": 5, "أيار": 5, "ماي": 5, "مايس": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6, "يونيُو": 6,
    "يوليو": 7, "يوليه": 7, "يوليوز": 7, "تموز": 7, "جويلية": 7, "جويليه": 7,
    "أغسطس": 8, "أغسطُس": 8, "آب": 8, "أوت": 8, "غشت": 8,
    "سبتمبر": 9, "سبتمبَر": 9, "أيلول": 9, "شتنبر": 9, "سيبتمبر": 9,
    "أكتوبر": 10, "تشرين الأول": 10, "تشرين أول": 10, "أكتوبَر": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "تشرين ثاني": 11, "نونبر": 11,
    "ديسمبر": 12, "كانون الأول": 12, "كانون أول": 12, "دجنبر": 12, "ديسمبَر": 12,
}

# Jalali (Iranian solar) month names as Arabic outlets write them.
JALALI_MONTHS: dict[str, int] = {
    "فروردين": 1, "أرديبهشت": 2, "اردیبهشت": 2, "خرداد": 3, "تير": 4, "مرداد": 5, "شهريور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دي": 10, "بهمن": 11, "إسفند": 12, "اسفند": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3, "ربيع أول": 3,
    "ربيع الثاني": 4, "ربيع الآخر": 4, "ربيع ثاني": 4, "ربيع آخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى أولى": 5, "جمادى الأولي": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, "جمادى الثاني": 6, "جمادى ثانية": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذا القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12, "ذا الحجة": 12,
}

# Month names that are also ordinary words ("آب" is August and "returned"/"father" forms; "صفر" is
# zero; the Jalali "تير", "مهر", "دي" are everyday words in Arabic script): they count as a month
# only with a year next to them.
NEED_YEAR: frozenset[str] = frozenset({"آب", "صفر", "تير", "مهر", "دي", "رجب"})

# Names that never stand alone as a month ("في مارس", "أواخر نيسان"): they need a day or a year.
NO_BARE_MONTH: frozenset[str] = frozenset(
    {"آب", "صفر", "ماي", "مارس", "نيسان", "جوان", "رجب", "شعبان", "رمضان", "محرم", "مايس", "أوت",
     "تير", "مهر", "دي", "آذر", "بهمن", "خرداد", "مرداد"}
)

# Python's weekday numbers: Monday = 0 ... Sunday = 6.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الاتنين": 0,
    "الثلاثاء": 1, "الثلاثا": 1,
    "الأربعاء": 2, "الاربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}

# Ordinal day words ("الخامس من يوليو" is 5 July).
DAY_ORDINALS: dict[str, int] = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10,
    "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15,
    "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
    "العشرين": 20, "العشرون": 20,
    "الحادي والعشرين": 21, "الواحد والعشرين": 21, "الحادي والعشرون": 21,
    "الثاني والعشرين": 22, "الثاني والعشرون": 22,
    "الثالث والعشرين": 23, "الثالث والعشرون": 23,
    "الرابع والعشرين": 24, "الرابع والعشرون": 24,
    "الخامس والعشرين": 25, "الخامس والعشرون": 25,
    "السادس والعشرين": 26, "السادس والعشرون": 26,
    "السابع والعشرين": 27, "السابع والعشرون": 27,
    "الثامن والعشرين": 28, "الثامن والعشرون": 28,
    "التاسع والعشرين": 29, "التاسع والعشرون": 29,
    "الثلاثين": 30, "الثلاثون": 30,
    "الحادي والثلاثين": 31, "الواحد والثلاثين": 31, "الحادي والثلاثون": 31,
}

# Words that may join an ordinal day to its month: "الخامس من يوليو", "الخامس من شهر يوليو".
DAY_MONTH_LINKS: tuple[str, ...] = ("من شهر", "من", "شهر")

# Cardinal numbers used in durations ("قبل ثلاثة أيام").
CARDINALS: dict[str, int] = {
    "واحد": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
    "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
    "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}

# Vague counts ("قبل بضعة أيام"): resolved to a window of two to seven units.
FEW_WORDS: frozenset[str] = frozenset({"بضعة", "بضع", "عدة"})

# "أكثر من أسبوع" (more than a week): a window between one and two units back.
MORE_THAN_WORDS: frozenset[str] = frozenset({"أكثر من", "ما يزيد على", "ما يزيد عن", "أزيد من"})
ABOUT_WORDS: frozenset[str] = frozenset({"نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقرب من", "أقل من"})

# Duration units: word -> (unit, count implied by the word; 0 = needs a number before it).
UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1), "أيام": ("day", 0), "يوما": ("day", 0), "يومين": ("day", 2), "يومان": ("day", 2),
    "أسبوع": ("week", 1), "أسابيع": ("week", 0), "أسبوعا": ("week", 0), "أسبوعين": ("week", 2),
    "شهر": ("month", 1), "أشهر": ("month", 0), "شهور": ("month", 0), "شهرا": ("month", 0), "شهرين": ("month", 2),
    "عام": ("year", 1), "أعوام": ("year", 0), "عاما": ("year", 0), "عامين": ("year", 2),
    "سنة": ("year", 1), "سنوات": ("year", 0), "سنين": ("year", 0), "سنتين": ("year", 2),
}

# "قبل ثلاثة أيام", "منذ يومين": the word comes before the duration.
AGO_BEFORE: tuple[str, ...] = ("قبل", "منذ")
AGO_AFTER: tuple[str, ...] = ()

# Day words relative to the reference day.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0, "هذا اليوم": 0, "الليلة": 0, "صباح اليوم": 0, "مساء اليوم": 0, "ظهر اليوم": 0,
    "أمس": -1, "الأمس": -1, "البارحة": -1, "يوم أمس": -1, "مساء أمس": -1, "صباح أمس": -1, "ليلة أمس": -1,
    "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2,
    "غدا": 1, "الغد": 1, "يوم غد": 1, "صباح غد": 1, "مساء غد": 1, "بعد غد": 2,
}

# A day word is not a date when the neighbouring word makes it a name or "that day".
# ("روسيا اليوم", "المصري اليوم", "صحيفة الغد": names of channels and newspapers)
RELATIVE_DAY_NOT_AFTER: frozenset[str] = frozenset(
    {"روسيا", "ذلك", "نفس", "ذات", "في", "هذا", "مصر", "العالم", "الوطن", "عرب", "المصري", "العراق", "صحيفة",
     "جريدة", "قناة", "موقع", "برنامج", "حزب", "تيار", "وكالة", "منذ"}
)
RELATIVE_DAY_NOT_BEFORE: frozenset[str] = frozenset(
    {"التالي", "السابق", "الأول", "الثاني", "الثالث", "الأخير", "الوطني", "العالمي", "الدولي",
     "نفسه", "ذاته", "الذي", "التي", "الموعود", "العربي", "الحاجة", "القريب", "البعيد"}
)

# Modifiers written after a noun: "الثلاثاء الماضي", "الأسبوع المقبل", "30 يونيو الماضي".
MODIFIERS_AFTER: dict[str, str] = {
    "الماضي": "past", "الماضية": "past", "المنصرم": "past", "المنصرمة": "past", "الفائت": "past",
    "الفائتة": "past", "السابق": "past",
    "المقبل": "next", "المقبلة": "next", "القادم": "next", "القادمة": "next",
    "الجاري": "this", "الجارية": "this", "الحالي": "this", "الحالية": "this",
}
MODIFIERS_BEFORE: dict[str, str] = {"هذا": "this", "هذه": "this"}

# Period nouns for "الأسبوع الماضي", "الشهر الجاري", "العام المقبل".
PERIODS: dict[str, str] = {
    "الأسبوع": "week", "الاسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year",
}

# After a day and month or a month: "6 يوليو من العام الماضي" -> year offset from the reference.
YEAR_OFFSETS_AFTER: dict[str, int] = {
    "من العام الماضي": -1, "من السنة الماضية": -1, "من العام المنصرم": -1, "العام الماضي": -1,
    "من العام الجاري": 0, "من العام الحالي": 0, "من هذا العام": 0, "من السنة الجارية": 0,
    "من السنة الحالية": 0, "من هذه السنة": 0, "الجاري": 0, "الحالي": 0,
    "من العام المقبل": 1, "من العام القادم": 1, "من السنة المقبلة": 1, "العام المقبل": 1,
}

# Part of a month or period: "أواخر يونيو", "مطلع الشهر الجاري", "منتصف العام الماضي".
PARTS: dict[str, str] = {
    "أوائل": "early", "أول": "early", "مطلع": "early", "بداية": "early", "بدايات": "early", "مستهل": "early",
    "منتصف": "mid", "أواسط": "mid",
    "أواخر": "late", "نهاية": "late", "آخر": "late", "نهايات": "late", "ختام": "late",
    "في وقت سابق من": "sofar", "وقت سابق من": "sofar", "في وقت لاحق من": "rest", "وقت لاحق من": "rest",
}

# Words between a month and its year: "يونيو من العام 2021", "يونيو عام 2021".
YEAR_LINKS: tuple[str, ...] = ("من العام", "من عام", "من سنة", "عام", "العام", "سنة")

# A year standing alone is a year only after one of these ("عام 2019") or with an era marker.
YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "سنة", "لعام", "بعام")

# Era markers after a year; "h" is the bare ه/هـ, lunar in Arabic.
ERA_MARKERS: dict[str, str] = {
    "هـ": "hijri", "ه": "hijri", "هجري": "hijri", "هجرية": "hijri", "للهجرة": "hijri",
    "م": "gregorian", "ميلادي": "gregorian", "ميلادية": "gregorian", "للميلاد": "gregorian",
    "ه.ش": "jalali", "هجري شمسي": "jalali",
}

# Words that join a weekday to the date after it: "الثلاثاء الموافق 6 يوليو".
WEEKDAY_LINKS: tuple[str, ...] = ("الموافق", "المقبل الموافق", "الماضي الموافق")

# The day before a weekday: "يوم الثلاثاء".
DAY_WORDS: tuple[str, ...] = ("يوم", "ليلة", "صباح", "مساء", "فجر", "ظهر")

# Dateline and byline cues for the publication date.
PUBLISHED_CUES: tuple[str, ...] = (
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "نُشر في", "نشر يوم", "تم النشر", "تاريخ الخبر",
    "بتاريخ", "التاريخ", "نشر", "منشور",
)
UPDATED_CUES: tuple[str, ...] = ("آخر تحديث", "تاريخ التحديث", "تم التحديث", "محدث", "تحديث")

# Before a bare month name: "في يونيو", "خلال أيار".
MONTH_PREPOSITIONS: tuple[str, ...] = ("في", "خلال", "منذ", "حتى", "بحلول", "قبل", "بعد")

# Year words that stand alone.
RELATIVE_YEARS: dict[str, int] = {}

# Weekday names that are dates only after a day word ("يوم الأحد"; "الأحد" is also "the one").
WEEKDAYS_NEED_DAY_WORD: frozenset[str] = frozenset({"الأحد"})

#: Days counted from another date of the text (``khabar.dates.anchored``): "the day before/after".
ANCHOR_PREVIOUS_DAY: tuple[str, ...] = ("في اليوم السابق", "اليوم السابق", "عشية ذلك", "في اليوم الذي سبقه")
ANCHOR_NEXT_DAY: tuple[str, ...] = ("في اليوم التالي", "اليوم التالي", "في اليوم الذي تلاه", "غداة ذلك", "صباح اليوم التالي")
#: "بعد N أيام" (count after the word) and "N أيام قبل ذلك" (count before the word).
ANCHOR_AFTER_BEFORE_COUNT: tuple[str, ...] = ("بعد",)
ANCHOR_AFTER_AFTER_COUNT: tuple[str, ...] = ("لاحقا", "لاحقاً", "بعد ذلك")
ANCHOR_BEFORE_AFTER_COUNT: tuple[str, ...] = ("قبلها", "قبل ذلك")
ANCHOR_DAY_UNITS: tuple[str, ...] = ("يوم", "أيام", "يوما", "يوماً")
#: Dual day words: the count is in the word ("بعد يومين").
ANCHOR_DUAL_DAYS: tuple[str, ...] = ("يومين", "يومان")
