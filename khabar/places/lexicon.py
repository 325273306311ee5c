"""Language data for places: trigger words, prepositions, country names. Constants only.

These are written for khabar (they belong with ``khabar/lang/<lang>/`` and can move there). Every
word is compared after normalization and :data:`khabar.places.keys.FOLD`, so one spelling of each
is enough (أ/ا, ی/ي, ة/ه are merged).
"""

from __future__ import annotations

__all__ = [
    "ARAB_COUNTRIES",
    "EXTRA_CITY_NAMES",
    "COMPOUND_PREFIXES",
    "CALENDAR_WORDS",
    "COUNTRY_NAMES",
    "DIRECTION_WORDS",
    "EN_SUFFIX_TRIGGERS",
    "LANG_COUNTRIES",
    "LATIN_ARTICLES",
    "LATIN_PARTICLES",
    "LATIN_SYNONYMS",
    "PREPOSITIONS",
    "SPEECH_VERBS",
    "TRIGGERS_BEFORE",
]

#: Nouns that announce the kind of the place that follows ("مدينة بعقوبة", "استان خوزستان",
#: "city of Basra"). Keyed by the kind they select; "city" covers towns, villages and districts.
TRIGGERS_BEFORE: dict[str, frozenset[str]] = {
    "province": frozenset({
        "محافظة", "محافظات", "ولاية", "إقليم", "اقليم", "مقاطعة",  # ar
        "استان", "استانهای", "ایالت",  # fa
        "province", "governorate", "state",  # en ("province of X")
    }),
    "city": frozenset({
        "مدينة", "مدينتي", "مدن", "بلدة", "بلدات", "قرية", "قرى", "ناحية", "قضاء", "العاصمة", "عاصمة", "حي",
        "شهر", "شهرهای", "شهرستان", "روستای", "روستا", "بخش", "پایتخت", "بندر", "منطقه",
        "city", "town", "village", "capital", "district", "suburb", "port",
    }),
    "country": frozenset({
        "دولة", "بلاد", "جمهورية", "مملكة", "المملكة", "سلطنة", "إمارة",
        "کشور", "جمهوری", "پادشاهی",
        "country", "republic", "kingdom",
    }),
}

#: English words after a name that say what it is ("Anbar Province", "Rapides Parish").
EN_SUFFIX_TRIGGERS: dict[str, frozenset[str]] = {
    "province": frozenset({"province", "governorate", "state", "region", "oblast", "prefecture"}),
    "county": frozenset({"county", "parish", "borough"}),
    "city": frozenset({"city", "town", "village", "township"}),
}

#: Words before a name that make a place reading likely (weak context): locative prepositions and
#: directions. Arabic ب/ل attached to the name count too (see ``khabar.places.scan``).
PREPOSITIONS: dict[str, frozenset[str]] = {
    "ar": frozenset({
        "في", "من", "إلى", "الى", "نحو", "قرب", "بالقرب", "داخل", "خارج", "حول", "أطراف", "اطراف",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "مناطق",
        "منطقة", "أنحاء", "انحاء", "عبر", "بين", "مدخل", "محيط",
    }),
    "fa": frozenset({
        "در", "به", "از", "تا", "نزدیک", "حوالی", "اطراف", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب",
        "مرکز", "سمت", "میان", "بین", "سوی", "مناطق",
    }),
    "en": frozenset({
        "in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across", "toward",
        "towards", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "of", "via", "through", "throughout", "between", "visited", "visit",
    }),
}

#: Capitalized English words that may stand before a place name without making it part of a
#: longer proper name ("Northern Iraq", "Greater Baghdad").
DIRECTION_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater", "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "downtown", "rural", "in", "at", "near", "from",
})

#: English verbs of saying: a name right before one is a speaker ("Taylor said"), unless it is a
#: country or a capital (metonymy: "Washington said").
SPEECH_VERBS: frozenset[str] = frozenset({
    "said", "says", "told", "added", "stated", "explained", "noted", "wrote", "argued", "asked",
    "announced", "declined", "testified", "recalled", "insisted", "replied", "confirmed",
})

#: Day and month names (keys): never places on their own in English text.
CALENDAR_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})

#: Words that begin a compound place or person name: a known name right after one is part of a
#: longer name the gazetteer lacks ("بنت جبيل" is not Byblos, "تل عفر", "بندر عباس"), so it is
#: not taken alone.
COMPOUND_PREFIXES: frozenset[str] = frozenset({
    "بنت", "بن", "ابن", "ابو", "أبو", "ام", "أم", "عبد", "ذي", "ذو", "تل", "عين", "راس", "رأس", "دير", "كفر",
    "بيت", "جبل", "وادي", "بئر", "قصر", "سيدي", "خان", "مرج", "برج", "حمام", "سوق", "جديدة", "نهر",
    "بندر", "قلعه", "چشمه", "کوه", "تپه", "دشت", "امامزاده", "شهرک", "جزیره", "رود",
})

#: Lower-case words allowed inside a capitalized Latin place name ("Ain al-Asad", "Bab el-Mandeb").
LATIN_PARTICLES: frozenset[str] = frozenset({
    "al", "el", "ad", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ul", "ud", "ur", "bin", "bint",
    "ibn", "abu", "bani", "beni", "de", "del", "della", "der", "di", "do", "dos", "du", "da", "das",
    "des", "la", "le", "les", "los", "las", "of", "the", "and", "on", "upon", "y", "e", "en", "sur",
    "am", "im", "in", "by", "over", "under", "s", "i",
})

#: Latin articles written before Arabic names: "Al Anbar" is also found as "Anbar".
LATIN_ARTICLES: tuple[str, ...] = ("al", "el", "ad", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ul")

#: Abbreviation pairs used in Latin place names; each is also indexed with the other spelling.
LATIN_SYNONYMS: dict[str, str] = {"saint": "st", "st": "saint", "mount": "mt", "mt": "mount",
                                  "fort": "ft", "ft": "fort", "sainte": "ste", "ste": "sainte"}

#: Countries where the language is official: a weak prior for places named in that language.
ARAB_COUNTRIES: frozenset[str] = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
)
LANG_COUNTRIES: dict[str, frozenset[str]] = {
    "ar": ARAB_COUNTRIES,
    "fa": frozenset({"IR", "AF", "TJ"}),
    "en": frozenset({"US", "GB", "CA", "AU", "IE", "NZ"}),
}

#: Country names as the press writes them, where the packaged data lacks a form or has a wrong
#: one (countrystatecity has "ديك رومى" — the bird — for Turkey and swaps the Koreas in Persian).
#: For the countries listed here these names replace the package's Arabic and Persian names.
COUNTRY_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "IQ": {"ar": ("العراق", "جمهورية العراق"), "fa": ("عراق",), "en": ("Iraq", "Republic of Iraq")},
    "IR": {"ar": ("إيران", "ايران", "الجمهورية الإسلامية الإيرانية", "الجمهورية الإسلامية في إيران"),
           "fa": ("ایران", "جمهوری اسلامی ایران"), "en": ("Iran", "Islamic Republic of Iran")},
    "SY": {"ar": ("سوريا", "سورية", "الجمهورية العربية السورية"), "fa": ("سوریه",), "en": ("Syria",)},
    "LB": {"ar": ("لبنان",), "fa": ("لبنان",), "en": ("Lebanon",)},
    "JO": {"ar": ("الأردن", "المملكة الأردنية الهاشمية"), "fa": ("اردن",), "en": ("Jordan",)},
    "IL": {"ar": ("إسرائيل", "اسرائيل"), "fa": ("اسرائیل", "رژیم صهیونیستی", "اسراییل"), "en": ("Israel",)},
    "PS": {"ar": ("فلسطين", "دولة فلسطين", "الأراضي الفلسطينية"), "fa": ("فلسطین",),
           "en": ("Palestine", "State of Palestine", "Palestinian territories")},
    "SA": {"ar": ("السعودية", "المملكة العربية السعودية"), "fa": ("عربستان", "عربستان سعودی"),
           "en": ("Saudi Arabia", "Kingdom of Saudi Arabia")},
    "YE": {"ar": ("اليمن",), "fa": ("یمن",), "en": ("Yemen",)},
    "AE": {"ar": ("الإمارات", "الامارات", "الإمارات العربية المتحدة", "دولة الإمارات"),
           "fa": ("امارات", "امارات متحده عربی"), "en": ("United Arab Emirates", "UAE", "the Emirates")},
    "QA": {"ar": ("قطر",), "fa": ("قطر",), "en": ("Qatar",)},
    "KW": {"ar": ("الكويت", "دولة الكويت"), "fa": ("کویت",), "en": ("Kuwait",)},
    "BH": {"ar": ("البحرين", "مملكة البحرين"), "fa": ("بحرین",), "en": ("Bahrain",)},
    "OM": {"ar": ("عمان", "سلطنة عمان"), "fa": ("عمان",), "en": ("Oman",)},
    "EG": {"ar": ("مصر", "جمهورية مصر العربية"), "fa": ("مصر",), "en": ("Egypt",)},
    "TR": {"ar": ("تركيا", "الجمهورية التركية"), "fa": ("ترکیه",), "en": ("Turkey", "Türkiye", "Turkiye")},
    "US": {"ar": ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا",
                  "أميركا", "امريكا", "اميركا"),
           "fa": ("آمریکا", "امریکا", "ایالات متحده", "ایالات متحده آمریکا"),
           "en": ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America")},
    "GB": {"ar": ("بريطانيا", "المملكة المتحدة"), "fa": ("بریتانیا", "انگلیس", "انگلستان"),
           "en": ("United Kingdom", "Britain", "Great Britain", "UK", "U.K.")},
    "RU": {"ar": ("روسيا", "روسيا الاتحادية"), "fa": ("روسیه",), "en": ("Russia", "Russian Federation")},
    "CN": {"ar": ("الصين",), "fa": ("چین",), "en": ("China",)},
    "FR": {"ar": ("فرنسا",), "fa": ("فرانسه",), "en": ("France",)},
    "DE": {"ar": ("ألمانيا", "المانيا"), "fa": ("آلمان",), "en": ("Germany",)},
    "AF": {"ar": ("أفغانستان", "افغانستان"), "fa": ("افغانستان",), "en": ("Afghanistan",)},
    "PK": {"ar": ("باكستان",), "fa": ("پاکستان",), "en": ("Pakistan",)},
    "LY": {"ar": ("ليبيا",), "fa": ("لیبی",), "en": ("Libya",)},
    "SD": {"ar": ("السودان",), "fa": ("سودان",), "en": ("Sudan",)},
    "DZ": {"ar": ("الجزائر",), "fa": ("الجزایر",), "en": ("Algeria",)},
    "MA": {"ar": ("المغرب", "المملكة المغربية"), "fa": ("مراکش", "مغرب"), "en": ("Morocco",)},
    "TN": {"ar": ("تونس",), "fa": ("تونس",), "en": ("Tunisia",)},
    "AZ": {"ar": ("أذربيجان", "اذربيجان"), "fa": ("جمهوری آذربایجان",), "en": ("Azerbaijan",)},
    "AM": {"ar": ("أرمينيا", "ارمينيا"), "fa": ("ارمنستان",), "en": ("Armenia",)},
    "KR": {"ar": ("كوريا الجنوبية",), "fa": ("کره جنوبی",), "en": ("South Korea", "Republic of Korea")},
    "KP": {"ar": ("كوريا الشمالية",), "fa": ("کره شمالی",), "en": ("North Korea",)},
    "IN": {"ar": ("الهند",), "fa": ("هند",), "en": ("India",)},
    "UA": {"ar": ("أوكرانيا", "اوكرانيا"), "fa": ("اوکراین",), "en": ("Ukraine",)},
    "IT": {"ar": ("إيطاليا", "ايطاليا"), "fa": ("ایتالیا",), "en": ("Italy",)},
    "NL": {"ar": ("هولندا",), "fa": ("هلند",), "en": ("Netherlands", "the Netherlands", "Holland")},
    "VA": {"ar": ("الفاتيكان",), "fa": ("واتیکان",), "en": ("Vatican", "Vatican City", "Holy See")},
}


#: Names of GeoNames cities (by geonameid) that its alternate names lack: the Persian spellings
#: of capitals and Iraqi cities the Persian press writes daily, and the English forms news uses.
EXTRA_CITY_NAMES: dict[str, tuple[str, ...]] = {
    "4140963": ("واشنگتن", "واشینگتن"),  # Washington, D.C.
    "71137": ("صنعا",),  # Sanaa
    "173377": ("قامیشلو", "قامشلو", "القامشلي", "Qamishli", "Qamishlo"),  # Qamishli
    "99454": ("فلوجه",),  # Fallujah
    "91597": ("سامرا",),  # Samarra
    "99347": ("حله",),  # Hillah
    "98854": ("ناصریه",),  # Nasiriyah
    "99608": ("عماره",),  # Amarah
}

