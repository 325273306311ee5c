"""Persian event vocabulary (constants only, compiled by :mod:`khabar.events.lexicon`).

Words are written in standard Persian spelling with the zero-width non-joiner where it belongs; the
compiler normalizes them with the text's key rules. Persian names most events with a noun and a
light verb ("حمله کرد", "هدف قرار داد", "بازداشت شدند"): the nouns are listed in ``NOUNS`` and the
matcher reads the light verb that follows (``LIGHT_VERBS``) for tense, negation (ن-), the future
(خواهد) and the passive (شد). Simple verbs are listed in ``VERBS`` as (past stem, present stem);
the matcher accepts می‌/نمی‌/ن/ب before them and the personal endings after them. Nouns take the
plural and ezafe suffixes (ها، های، ات، ی، ای).
"""

from __future__ import annotations

#: Word order of the language, used by the role rules.
WORD_ORDER = "SOV"

#: Denials and cancellations follow the event they deny ("... را تکذیب کرد").
DENIAL_SCOPE = "before"

VERBS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ASSAULT": (("ربود", "ربا"), ("کوبید", "کوب")),
    "COERCE": (("گرفت",),),
    "REQUEST": (("خواست",),),
    "AGREE": (("پذیرفت", "پذیر"),),
    "CONSULT": (),
    "AID": (("فرستاد", "فرست"),),
    "RETREAT": (),
}

NOUNS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "حمله", "حملات", "هجوم", "تهاجم", "بمباران", "ترور", "کشتار", "تیراندازی", "درگیری", "درگیری‌ها",
        "سرنگون", "آتش‌باری", "گلوله‌باران", "موشک‌باران", "تجاوز", "تعرض", "عملیات انتحاری",
        "به آتش کشید", "اعدام", "ربودن", "آدم‌ربایی", "یورش",
    ),
    "COERCE": (
        "بازداشت", "دستگیر", "دستگیری", "توقیف", "اخراج", "تبعید", "سرکوب", "حبس", "محاصره", "مصادره",
        "برخورد قاطع", "برخورد", "ممنوع", "ممنوعیت", "بازداشت‌ها",
    ),
    "MOBILIZE": (
        "رزمایش", "مانور", "آماده‌باش",
    ),
    "THREATEN": (
        "تهدید", "هشدار", "وعده انتقام", "ارعاب",
    ),
    "PROTEST": (
        "اعتراض", "اعتراضات", "تجمع", "تظاهرات", "راهپیمایی", "اعتصاب", "تحصن", "اعتصابات",
    ),
    "ACCUSE": (
        "متهم", "محکوم", "انتقاد", "نکوهش", "سرزنش",
    ),
    "REJECT": (
        "رد", "مخالفت",
    ),
    "REQUEST": (
        "خواستار", "درخواست", "پیشنهاد", "فراخوان", "تقاضا", "مطالبه",
    ),
    "CONSULT": (
        "دیدار", "ملاقات", "گفت‌وگو", "گفتگو", "مذاکره", "مذاکرات", "نشست", "سفر", "تماس تلفنی", "رایزنی",
        "اجلاس", "گفت‌وگوی تلفنی", "دیدارها", "نشستی",
    ),
    "AGREE": (
        "توافق", "توافقنامه", "توافق‌نامه", "امضا", "موافقت", "قرارداد", "تفاهم‌نامه", "معاهده",
    ),
    "SUPPORT": (
        "قدردانی", "حمایت", "تمجید", "ستایش", "تبریک", "استقبال",
    ),
    "COOPERATE": (
        "همکاری", "عملیات مشترک", "گشت مشترک", "تبادل اطلاعات", "همکاری اطلاعاتی", "رزمایش مشترک",
    ),
    "AID": (
        "کمک", "کمک‌های بشردوستانه", "کمک‌رسانی", "امداد", "محموله کمک", "کمک‌های انسانی",
    ),
    "SANCTION": (
        "تحریم", "تحریم‌ها",
    ),
    "RETREAT": (
        "آزاد", "آزادی", "عقب‌نشینی", "خروج", "ترک", "تخلیه", "بازگشایی", "لغو تحریم",
    ),
}

#: Several words in a row; each may carry suffixes.
PHRASES: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("هدف قرار", "مورد حمله", "آتش گشود", "به آتش کشید", "حمله موشکی", "حمله پهپادی"),
    "PROTEST": ("دست به اعتصاب", "دست به تجمع"),
    "COERCE": ("لغو مجوز", "به زندان"),
    "CONSULT": ("تماس تلفنی", "گفت‌وگوی تلفنی"),
}

#: Context classes: a word of the class must be within reach for a ``NEEDS`` trigger to count.
CONTEXT: dict[str, tuple[str, ...]] = {
    "projectile": (
        "موشک", "موشکی", "راکت", "پهپاد", "پهپادی", "خمپاره", "گلوله", "پرتابه", "بمب", "هواپیما", "جنگنده",
    ),
    "explosive": ("بمب", "خودروی بمب‌گذاری", "بمب‌گذاری", "انتحاری", "مین", "بمب‌گذاری‌شده", "انفجاری"),
    "force": ("نیرو", "نیروهای", "نیروها", "سرباز", "سربازان", "تجهیزات", "ناو", "یگان", "تیپ", "لشکر", "ناوگروه"),
    "aid": ("کمک", "کمک‌های", "بشردوستانه", "دارو", "غذا", "امدادی", "پزشکی", "اقلام", "محموله"),
    "weapons": ("پهپاد", "پهپادهای", "موشک", "موشک‌های", "سلاح", "تسلیحات", "جنگ‌افزار", "مهمات"),
    "people": ("محکوم", "زندانی", "متهم", "تبعه", "اتباع", "مجرم", "مظنون", "شهروند"),
    "permit": ("مجوز", "اعتبارنامه", "پروانه", "ویزا", "روادید"),
}

NEEDS: dict[str, tuple[str, str]] = {
    "شلیک": ("ASSAULT", "projectile"), "اصابت": ("ASSAULT", "projectile"), "پرتاب": ("ASSAULT", "projectile"),
    "انفجار": ("ASSAULT", "explosive"), "ارسال": ("AID", "weapons"), "تحویل": ("COOPERATE", "people"),
    "لغو": ("COERCE", "permit"), "استقرار": ("MOBILIZE", "force"), "اعزام": ("MOBILIZE", "force"),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("کشته", "کشت", "جان باختند", "جان باخت", "شهید", "شهادت", "کشته‌شدگان", "جان خود را از دست"),
    "wounded": ("زخمی", "مجروح", "مصدوم", "زخمی‌شدن", "مجروحان", "زخمی‌ها"),
    "arrested": ("بازداشت", "دستگیر", "دستگیری", "بازداشت‌شدگان"),
    "released": ("آزاد", "آزادی"),
}

OUTCOME_TYPES: dict[str, str] = {"killed": "ASSAULT", "wounded": "ASSAULT"}

OUTCOME_PASSIVE: tuple[str, ...] = ("کشته", "زخمی", "مجروح", "شهید", "جان باختند", "مصدوم")

#: Counted nouns for quantities: the key, then (singular, plural) spellings; numbers take the
#: singular in Persian ("دو پهپاد", "۱۲ خدمه").
QUANTITY_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "rockets": (("راکت", "راکت‌ها"), ("کاتیوشا", "کاتیوشاها")),
    "missiles": (("موشک", "موشک‌ها"), ("موشک بالستیک", "موشک‌های بالستیک"), ("موشک کروز", "موشک‌های کروز")),
    "drones": (("پهپاد", "پهپادها"), ("هواپیمای بدون سرنشین", "هواپیماهای بدون سرنشین")),
    "shells": (("خمپاره", "خمپاره‌ها"), ("گلوله توپ", "گلوله‌های توپ")),
    "aircraft": (("هواپیما", "هواپیماها"), ("جنگنده", "جنگنده‌ها"), ("بالگرد", "بالگردها"), ("فروند", "فروند")),
    "vehicles": (("خودرو", "خودروها"), ("نفربر", "نفربرها"), ("تانک", "تانک‌ها"), ("کامیون", "کامیون‌ها")),
    "tons": (("تن", "تن"),),
    "troops": (("نیرو", "نیروها"), ("سرباز", "سربازان"), ("نظامی", "نظامیان"), ("رزمنده", "رزمندگان"), ("نیروی", "نیروها")),
    "people": (
        ("نفر", "نفر"), ("شهروند", "شهروندان"), ("غیرنظامی", "غیرنظامیان"), ("عضو", "اعضا"), ("فعال", "فعالان"),
        ("مقام", "مقامات"), ("محکوم", "محکومان"), ("زندانی", "زندانیان"), ("خبرنگار", "خبرنگاران"),
        ("خدمه", "خدمه"), ("کارگر", "کارگران"), ("معترض", "معترضان"), ("کودک", "کودکان"), ("زن", "زنان"),
        ("مستشار", "مستشاران"), ("تبعه", "اتباع"), ("فرمانده", "فرماندهان"), ("شبه‌نظامی", "شبه‌نظامیان"),
        ("گروگان", "گروگان‌ها"), ("ایرانی", "ایرانیان"), ("آمریکایی", "آمریکاییان"), ("مظنون", "مظنونان"),
        ("متهم", "متهمان"), ("عضو", "اعضای"), ("سرنشین", "سرنشینان"),
    ),
    "usd": (("دلار", "دلار"),),
}

MISSILE_QUALIFIERS: tuple[str, ...] = ()

NUMBER_WORDS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15,
    "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40,
    "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200,
    "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
    "هزار": 1000, "یکهزار": 1000,
}

MULTIPLIERS: dict[str, int] = {"هزار": 1000, "میلیون": 1_000_000, "میلیارد": 1_000_000_000}

#: Number words that are also ordinary words ("نه" = no, "ده" = village, "سی" = CD, "صد").
AMBIGUOUS_NUMBERS: frozenset[str] = frozenset({"نه", "ده", "سی", "شش", "یک"})

BOUNDS: dict[str, str] = {
    "بیش از": ">", "بیشتر از": ">", "دست‌کم": ">=", "دست کم": ">=", "حداقل": ">=", "لااقل": ">=",
    "حدود": "~", "حدوداً": "~", "نزدیک به": "~", "قریب به": "~", "تقریباً": "~", "کمتر از": "<",
    "حداکثر": "<=", "تا": "<=",
}

VAGUE: tuple[str, ...] = ("صدها", "هزاران", "ده‌ها", "دهها", "چندین", "چند", "شماری", "تعدادی", "برخی")

NO_CASUALTIES: tuple[str, ...] = (
    "تلفات جانی نداشت", "بدون تلفات", "تلفاتی در پی نداشت", "خسارت جانی نداشت", "بدون تلفات جانی",
    "تلفات جانی در پی نداشت", "کسی زخمی نشد", "هیچ تلفاتی", "تلفات جانی نداشته است", "تلفات جانی نداشته",
    "تلفاتی نداشته", "تلفاتی نداشت", "تلفات جانی نداشتند",
)

NEGATIONS: tuple[str, ...] = ("هرگز", "هیچ")

DENIALS: tuple[str, ...] = ("تکذیب", "رد", "انکار")

CANCELS: tuple[str, ...] = ("لغو", "کنسل")

REPORT_NOUNS: tuple[str, ...] = ("گزارش", "گزارش‌ها", "خبر", "اخبار", "ادعا", "ادعای", "ادعاها", "اتهام", "اتهامات", "شایعه")

PLANS: tuple[str, ...] = (
    "قرار است", "قرار بود", "برنامه دارد", "قصد دارد", "قصد دارند", "در نظر دارد", "تصمیم دارد",
    "برنامه‌ریزی", "قصد", "آماده می‌شود", "خواهد", "خواهند",
)

POSSIBLE: tuple[str, ...] = ("ممکن است", "می‌تواند", "آماده", "احتمال", "شاید", "آمادگی")

CONDITIONS: tuple[str, ...] = ("اگر", "در صورت", "درصورت", "چنانچه", "در صورتی که", "هرگاه")

REPORTING: tuple[str, ...] = (
    "گفت", "اعلام کرد", "اعلام", "گزارش داد", "افزود", "نوشت", "اظهار داشت", "بیان کرد", "تأکید کرد",
    "تاکید کرد", "خبر داد", "به گزارش", "به نقل از", "گفته", "اعلام کرده",
)

CLAUSE_BREAKS: tuple[str, ...] = ("در حالی که", "درحالی‌که", "اما", "ولی", "سپس", "پس از آنکه", "بعد از آنکه", "در حالیکه")

RELATIVES: tuple[str, ...] = ()

COORDINATORS: tuple[str, ...] = ("و", "سپس")

LATER_MARKERS: tuple[str, ...] = ("بعدها", "چند روز بعد", "روزها بعد", "ساعاتی بعد")
EARLIER_WORDS: tuple[str, ...] = ("پیش‌تر", "پیشتر")

PLACE_PREPOSITIONS: tuple[str, ...] = (
    "در", "به", "نزدیکی", "نزدیک", "حوالی", "اطراف", "شمال", "جنوب", "شرق", "غرب", "مقابل", "داخل",
    "محل", "از", "بر فراز", "سوی",
)

TARGET_PREPOSITIONS: tuple[str, ...] = ("به", "علیه", "بر علیه", "بر ضد", "ضد", "بر", "به سوی", "به سمت", "به طرف")

AGENT_PREPOSITIONS: tuple[str, ...] = ("توسط", "از سوی", "از طرف", "به دست")

PARTNER_PREPOSITIONS: tuple[str, ...] = ("با",)

OTHER_PREPOSITIONS: tuple[str, ...] = ("از", "برای", "درباره", "دربارهٔ", "نقل", "گزارش", "طی", "پس", "مانند")

#: The object marker: the noun phrase before it is the direct object.
OBJECT_MARKER = "را"

FORCE_NOUNS: tuple[str, ...] = (
    "مقامات", "مقام‌های", "دولت", "مسئولان", "مسئولین", "نیروهای", "نیروها", "نیرو", "سربازان", "نظامیان", "ارتش", "پهپادهای", "پهپاد", "جنگنده‌های",
    "جنگنده", "هواپیماهای", "حمله", "حملات", "موشک‌های", "ناوهای", "یگان‌های",
)

NATIONALITIES: dict[str, str] = {
    "آمریکایی": "US", "امریکایی": "US", "آمریکا": "US", "اسرائیلی": "IL", "ایرانی": "IR", "عراقی": "IQ",
    "سوری": "SY", "ترکیه‌ای": "TR", "ترک": "TR", "روس": "RU", "روسی": "RU", "سعودی": "SA", "اماراتی": "AE",
    "قطری": "QA", "کویتی": "KW", "بحرینی": "BH", "عمانی": "OM", "یمنی": "YE", "لبنانی": "LB",
    "اردنی": "JO", "مصری": "EG", "فلسطینی": "PS", "انگلیسی": "GB", "بریتانیایی": "GB", "فرانسوی": "FR",
    "آلمانی": "DE", "چینی": "CN", "اوکراینی": "UA", "پاکستانی": "PK", "افغان": "AF", "افغانستانی": "AF",
    "آذربایجانی": "AZ", "هندی": "IN", "ژاپنی": "JP", "ایتالیایی": "IT", "سوئدی": "SE", "ارمنی": "AM",
    "صهیونیستی": "IL",
}

UNKNOWN_ACTOR: tuple[str, ...] = ("ناشناس", "ناشناخته", "افراد مسلح", "مهاجمان ناشناس", "افراد ناشناس")

NOT_TRIGGERS: tuple[str, ...] = (
    "به اتهام", "محل استقرار", "در حمایت از", "با حمایت", "هدف از", "هدفش", "با هدف", "به هدف",
    "نخواست نامش", "خواست نامش", "نخواست نام", "ترک تحصیل", "رد پای", "رد پا", "سفرهای استانی", "تحت فشار", "کمک کرد تا", "کمک به", "آزاد اسلامی",
    "بازار آزاد", "آزادراه", "منطقه آزاد", "آزادی بیان",
    # a boycott of a vote and leadership are no sanction or coercion ("تحریم انتخابات", "به رهبری")
    "تحریم انتخابات", "تحریم انتخاباتی", "تحریم رای‌گیری", "تحریم همه‌پرسی", "به رهبری", "تحت رهبری",
    # a danger described, not a threat made ("تهدیدی برای امنیت کشتیرانی")
    "تهدیدی برای", "تهدید برای امنیت",
    # a ceasefire is the end of fire, not an attack
    "توقف حملات", "آتش‌بس",
)

#: Non-event words that make a compound verb with a simple trigger verb after them ("در رتبه بعدی
#: قرار گرفت", "تنش‌ها بالا گرفته است", "تصمیم گرفت"): the verb takes nobody.
COMPOUND_PREVERBS: tuple[str, ...] = (
    "قرار", "بالا", "تصمیم", "صورت", "انجام", "شکل", "نظر", "سر", "جشن", "پیش", "عهده", "تماس", "فاصله", "اوج",
    "سرچشمه", "یاد", "دست",
)

#: Nouns of abstaining before a light verb: the act before them did not happen ("از ازسرگیری حملات
#: خودداری کرد").
ABSTENTIONS: tuple[str, ...] = ("خودداری", "اجتناب", "امتناع")

#: Phrases naming a source before a name ("به گفته X"): the name is a source, never a party.
SOURCE_PHRASES: tuple[str, ...] = ("به گفته", "به گزارش", "به نقل از", "بنا بر اعلام", "بنا به اعلام", "طبق اعلام",
                                   "بر اساس اعلام", "براساس اعلام", "به اعلام")

#: Light verbs after an event noun: (past stem, present stem).
LIGHT_VERBS: tuple[tuple[str, str], ...] = (
    ("کرد", "کن"), ("شد", "شو"), ("داد", "ده"), ("زد", "زن"), ("گرفت", "گیر"), ("نمود", "نما"),
    ("کشید", "کش"), ("آورد", "آور"), ("داشت", "دار"), ("بست", "بند"), ("یافت", "یاب"),
    ("گشود", "گشا"), ("رساند", "رسان"), ("بود", "باش"), ("گذاشت", "گذار"), ("ساخت", "ساز"),
    ("انجامید", "انجام"), ("خورد", "خور"),
)

#: The future auxiliary stem (خواهد کرد).
FUTURE_AUX = "خواه"

#: Light verbs that make a passive after a transitive noun ("بازداشت شدند").
PASSIVE_LIGHT: tuple[str, ...] = ("شد", "شو", "گرفت", "گیر")

#: Nouns whose verb with شدن is active ("خواستار شد", "وارد شد").
ACTIVE_WITH_SHODAN: tuple[str, ...] = ("خواستار", "وارد", "موفق", "مانع", "حاضر", "متوجه", "آزاد", "متحمل", "درگیر")

#: Nouns that name an event only with a light verb after them ("آزاد کرد", "رد کرد", "حمایت کرد"):
#: alone they are common words ("آزاد" free, "رد" trace, "حمایت" support).
NEED_LIGHT_VERB: tuple[str, ...] = (
    "آزاد", "رد", "ترک", "حمایت", "کمک", "برخورد", "ممنوع", "تحویل", "استقبال", "امضا", "متهم", "محکوم",
    "مخالفت", "تخلیه", "همکاری", "تجمع",
)

#: Words that, shortly before a noun trigger, make it a reference to a framework, not an event.
FRAME_BLOCKERS: tuple[str, ...] = ("طبق", "براساس", "بر اساس", "چارچوب", "مفاد", "نقض")  # "نقض ممنوعیت ورود": a rule broken

#: Nouns for protesters: an attack or storming by them is a PROTEST.
PROTESTERS: tuple[str, ...] = ("معترضان", "معترض", "تظاهرکنندگان", "اغتشاشگران", "هواداران")

#: Complementizers: the clause after them has its own subject ("اعلام کرد که ...").
COMPLEMENTIZERS: tuple[str, ...] = ("که",)

#: Raids: an arrest reported with a raid in the same sentence is the same event.
RAIDS: tuple[str, ...] = ("یورش", "هجوم")

#: Prepositions that make an event noun a circumstance of another act ("در دیدار", "طی سفر"):
#: such a noun is outside the scope of a request or denial before it.
CIRCUMSTANTIAL: tuple[str, ...] = ("در", "طی", "در جریان", "پس از", "بعد از", "قبل از", "حین")

#: Consequence links: a clause they introduce shares the date of the clause before it.
CONSEQUENCES: tuple[str, ...] = ("در نتیجه", "در پی آن")

#: Words for buildings: an organization named after one is a place ("ساختمان مجلس").
BUILDINGS: tuple[str, ...] = ("ساختمان", "مقر", "سفارت", "کنسولگری", "مقابل ساختمان")

#: Shooting down: the drone or missile is the target, not the weapon (no count of it).
SHOOT_DOWN: tuple[str, ...] = ("سرنگون", "ساقط", "منهدم")

#: Nouns after which an event noun is a modifier, not an event (none needed in Persian).
MODIFIED_HEADS: tuple[str, ...] = ()

#: Prepositions of topic: a place after them is what was discussed, not where ("درباره مذاکرات وین").
TOPIC_PREPOSITIONS: tuple[str, ...] = ("درباره", "دربارهٔ", "پیرامون", "در مورد", "در خصوص", "در رابطه با")

#: Verbs that carry an event noun ("رزمایشی ... برگزار کرد", "عملیاتی ... انجام داد").
SUPPORT_VERBS: tuple[str, ...] = ("برگزار", "انجام", "اجرا", "آغاز", "صورت")

#: Prepositions of the recipient of aid or a handover, of a source, of a pair.
RECIPIENT_PREPOSITIONS: tuple[str, ...] = ("به", "برای")
FROM_PREPOSITIONS: tuple[str, ...] = ("از",)
BETWEEN_PREPOSITIONS: tuple[str, ...] = ("بین", "میان")

#: Adjectives between an attack noun and the name of its author ("حمله موشکی رژیم صهیونیستی").
ATTACK_ADJECTIVES: tuple[str, ...] = ("هوایی", "موشکی", "پهپادی", "توپخانه‌ای", "زمینی", "دریایی")

#: Prepositions that mark the target of a threat, accusation or demand ("threatened action against X").
AGAINST_PREPOSITIONS: tuple[str, ...] = ("علیه", "بر ضد", "ضد")

#: Phrases naming the authority that ordered an act ("به دستور X"): X is the actor, never the
#: target (khabar.events.roles, "orderer").
ORDER_PHRASES: tuple[str, ...] = (
    "به دستور", "به فرمان", "بنا به دستور", "بنا بر دستور", "طبق دستور", "با دستور", "به دستورِ", "به امر",
    "به حکم", "بنا به فرمان",
)

#: Verbs of carrying out an act whose agent follows ("انجام شده توسط" is covered by توسط).
EXECUTION_VERBS: tuple[str, ...] = ()

#: Words of a relative clause or appositive saying whose forces a facility hosts ("پایگاه
#: عین‌الاسد، محل استقرار نیروهای آمریکایی"): an attack on the facility targets them.
HOST_WORDS: tuple[str, ...] = ("محل استقرار", "محل حضور", "میزبان", "محل اسکان")

#: Facility nouns of an appositive naming the facility's owner ("مقر جاسوسی موساد").
FACILITY_NOUNS: tuple[str, ...] = ("پایگاه", "مقر", "مقرهای", "مواضع", "پایگاه‌های", "تأسیسات", "مراکز", "مرکز")

#: Verbs of undergoing ("مورد حمله قرار گرفت" is a passive trigger already).
UNDERGO_VERBS: tuple[str, ...] = ()

#: Words after a facility naming its owner ("پالایشگاه متعلق به آرامکو"): the owner is the target.
OWNER_WORDS: tuple[str, ...] = ("متعلق به", "وابسته به", "تحت مالکیت")

NOT_TRIGGERS = NOT_TRIGGERS + ORDER_PHRASES

#: Phrases of affiliation: the name after them is a patron, never a participant.
AFFILIATIONS: tuple[str, ...] = ("نزدیک به", "وابسته به", "مورد حمایت", "تحت حمایت", "طرفدار", "حامی", "همسو با",
                                 "مرتبط با", "تحت امر")

#: Event nouns whose genitive (ezafe) is the one it befell ("ترور X", "بازداشت X"): that name is
#: the target, never the actor.
PATIENT_NOUNS: tuple[str, ...] = ("ترور", "قتل", "کشته شدن", "شهادت", "بازداشت", "دستگیری", "ربودن", "آدم‌ربایی",
                                  "اعدام", "توقیف")


#: Words of motion or access: a place after them is a destination, not where the event happened.
MOTION_WORDS: tuple[str, ...] = ("به مقصد", "عازم", "در مسیر", "در راه", "ورود", "ورود به", "عبور", "حرکت", "رهسپار")

#: Words of dispersal by non-lethal force: an attack with them is coercion ("گاز اشک‌آور").
DISPERSAL_WORDS: tuple[str, ...] = ("اشک‌آور", "اشک آور", "گلوله پلاستیکی", "گلوله‌های پلاستیکی", "ماشین آب‌پاش", "متفرق")

#: Nouns of a sitting: leaving one is a walkout, a protest ("جلسه را ترک کردند").
SESSION_WORDS: tuple[str, ...] = ("جلسه", "نشست", "صحن")

#: Words of protest as a purpose ("در اعتراض به"): a withdrawal they explain is a walkout.
PROTEST_PURPOSE: tuple[str, ...] = ("در اعتراض", "به نشانه اعتراض", "در اعتراض به", "در اعتراض")

#: Money and information: releasing them is a payment or a publication, not a release of
#: people ("آزادسازی حقوق").
RELEASED_THINGS: tuple[str, ...] = ("نتایج", "گزارش", "ویدئو", "ویدیو", "آمار", "دارایی", "دارایی‌ها", "پول", "منابع مالی", "بودجه", "وجوه")

#: Words of labour: a strike near them is a stoppage of work (اعتصاب is never an attack).
LABOUR_WORDS: tuple[str, ...] = ()

#: Members of a sitting: their withdrawal is a walkout.
WALKOUT_MEMBERS: tuple[str, ...] = ("وزیران", "وزرای", "نمایندگان", "اعضای")

#: Words introducing slogans: an event word inside the quoted slogan is no event.
SLOGAN_WORDS: tuple[str, ...] = ("پلاکارد", "پلاکاردهایی", "شعار", "شعارهای", "شعارهایی", "سر دادند", "نوشته شده بود")

#: Words of a start date ("اعتصاب از روز دوشنبه"): a protest called to start then is planned.
START_WORDS: tuple[str, ...] = ("از روز", "از فردا", "از دوشنبه", "از شنبه", "از یکشنبه", "از سه‌شنبه", "از چهارشنبه",
                                "از پنجشنبه", "از جمعه")
