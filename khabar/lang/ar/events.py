"""Arabic event vocabulary (constants only, compiled by :mod:`khabar.events.lexicon`).

Words are written in plain Arabic spelling; the compiler normalizes them with the text's key rules
(hamza forms, ى/ي, ة/ه, no diacritics), so one spelling per word is enough. Inflection is handled by
the compiler, not by listing forms:

- ``VERBS``: per PLOVER type, tuples of forms of one verb: the perfect 3rd person masculine
  ("استهدف") and the imperfect ("يستهدف"; its person prefixes ي/ت/ن/أ are varied). Forms of weak
  verbs whose stem changes are listed too ("دعت", "التقت"). The matcher accepts the proclitics و/ف
  and ل/س before a verb and subject and object suffixes after it (استهدفت، واستهدفوا، استهدفها).
- ``NOUNS``: verbal nouns and nouns, with broken plurals listed. The matcher accepts و/ف, ب/ل/ك
  and the article before them and the feminine, dual, plural and pronoun suffixes after them.
- ``PHRASES``: several words in a row, each inflected as above.
- ``NEEDS``: words that name an event only when a word of a context class is near (within
  ``khabar.events.lexicon.NEED_WINDOW`` words): "سقطت" is an attack only near rockets.

The lists are general news vocabulary, not tuned to any test passage.
"""

from __future__ import annotations

VERBS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ASSAULT": (
        ("هاجم", "يهاجم"), ("قصف", "يقصف"), ("استهدف", "يستهدف"), ("ضرب", "يضرب"), ("اغتال", "يغتال"),
        ("أغار", "يغير"), ("أحرق", "يحرق"), ("اعتدى", "يعتدي", "اعتدت"),
        ("أسقط", "أسقطت"), ("شن", "يشن"), ("اقتحم", "يقتحم"), ("طعن", "يطعن"), ("أعدم", "يعدم"),
        ("خطف", "يخطف"), ("اختطف", "يختطف"), ("ذبح", "يذبح"), ("قنص", "يقنص"),
    ),
    "COERCE": (
        ("اعتقل", "يعتقل"), ("احتجز", "يحتجز"), ("داهم", "يداهم"), ("دهم", "يدهم"), ("ضبط", "يضبط"),
        ("طرد", "يطرد"), ("قمع", "يقمع"), ("صادر", "يصادر"),
        ("حظر", "يحظر"), ("أغلق", "يغلق"), ("حاصر", "يحاصر"), ("استولى", "يستولي", "استولت"),
    ),
    "MOBILIZE": (
        ("حشد", "يحشد"), ("استنفر", "يستنفر"),
    ),
    "THREATEN": (
        ("هدد", "يهدد"), ("توعد", "يتوعد"), ("حذر", "يحذر"), ("لوح", "يلوح"), ("أنذر", "ينذر"), ("مهددا",), ("محذرا",),
    ),
    "PROTEST": (
        ("تظاهر", "يتظاهر"), ("احتج", "يحتج"), ("اعتصم", "يعتصم"), ("أضرب",),
    ),
    "ACCUSE": (
        ("اتهم", "يتهم"), ("أدان", "يدين", "أدانت"), ("ندد", "يندد"), ("انتقد", "ينتقد"), ("استنكر", "يستنكر"),
    ),
    "REJECT": (
        ("رفض", "يرفض"),
    ),
    "REQUEST": (
        ("طالب", "يطالب"), ("دعا", "يدعو", "دعت", "دعوا"), ("ناشد", "يناشد"), ("حث", "يحث"), ("طلب", "يطلب"),
        ("اقترح", "يقترح"), ("ناشدت",), ("داعيا",), ("مطالبا",), ("مناشدا",),
    ),
    "CONSULT": (
        ("اجتمع", "يجتمع"), ("التقى", "يلتقي", "التقت", "التقوا"), ("زار", "يزور", "زارت"), ("استقبل", "يستقبل"),
        ("تباحث", "يتباحث"), ("اتصل", "يتصل"), ("بحث", "يبحث"), ("تشاور", "يتشاور"), ("فاوض", "يفاوض"),
    ),
    "AGREE": (
        ("اتفق", "يتفق"), ("وافق", "يوافق"),
    ),
    "SUPPORT": (
        ("رحب", "يرحب"), ("أشاد", "يشيد", "أشادت"), ("أيد", "يؤيد"), ("بارك", "يبارك"), ("هنأ", "يهنئ"),
    ),
    "COOPERATE": (
        ("تعاون", "يتعاون"), ("نسق", "ينسق"),
    ),
    "AID": (
        ("تبرع", "يتبرع"),
    ),
    "SANCTION": (
        ("عاقب", "يعاقب"),
    ),
    "RETREAT": (
        ("انسحب", "ينسحب"), ("أفرج", "يفرج"), ("أخلى", "يخلي", "أخلت"),
    ),
}

NOUNS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "هجوم", "هجمات", "هجمة", "اعتداء", "اعتداءات", "قصف", "ضرب", "غارة", "غارات", "ضربة", "ضربات", "استهداف",
        "تفجير", "تفجيرات", "اغتيال", "اغتيالات", "إحراق", "حرق", "كمين", "اشتباك", "اشتباكات", "اقتحام",
        "عملية انتحارية", "هجوم انتحاري", "مجزرة", "مذبحة", "عدوان", "إعدام", "خطف", "اختطاف", "إسقاط",
    ),
    "COERCE": (
        "اعتقال", "اعتقالات", "احتجاز", "مداهمة", "مداهمات", "دهم", "طرد", "ترحيل", "قمع", "مصادرة", "توقيف",
        "حظر", "إغلاق", "حصار", "القبض", "حملة اعتقالات", "تضييق",
    ),
    "MOBILIZE": (
        "تعزيزات", "حشود", "مناورات", "مناورة", "تدريبات عسكرية", "استنفار", "تعبئة",
    ),
    "THREATEN": (
        "تهديد", "تهديدات", "وعيد", "تحذير", "تحذيرات", "إنذار",
    ),
    "PROTEST": (
        "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "احتجاج", "احتجاجات", "اعتصام", "اعتصامات", "إضراب",
        "وقفة احتجاجية", "عصيان مدني", "تجمع احتجاجي",
    ),
    "ACCUSE": (
        "اتهام", "اتهامات", "إدانة", "تنديد", "انتقاد", "انتقادات", "استنكار",
    ),
    "REJECT": (
        "رفض",
    ),
    "REQUEST": (
        "مطالبة", "مطالبات", "دعوة", "دعوات", "مناشدة", "مقترح", "اقتراح", "مبادرة",
    ),
    "CONSULT": (
        "اجتماع", "اجتماعات", "لقاء", "لقاءات", "زيارة", "زيارات", "محادثات", "مباحثات", "مفاوضات", "قمة",
        "مشاورات", "اتصال هاتفي", "مكالمة هاتفية", "جولة محادثات", "جولة مفاوضات", "استقبال",
    ),
    "AGREE": (
        "اتفاق", "اتفاقية", "اتفاقا", "توقيع", "مذكرة تفاهم", "معاهدة", "صفقة", "موافقة",
    ),
    "SUPPORT": (
        "ترحيب", "إشادة", "تأييد",
    ),
    "COOPERATE": (
        "تعاون", "تنسيق", "عملية مشتركة", "عمليات مشتركة", "دورية مشتركة", "دوريات مشتركة",
        "تدريبات مشتركة", "تبادل المعلومات", "تبادل معلومات",
    ),
    "AID": (
        "مساعدات", "مساعدات إنسانية", "إغاثة", "معونات", "معونة", "شحنة مساعدات", "قافلة مساعدات",
    ),
    "SANCTION": (
        "عقوبات", "العقوبات",
    ),
    "RETREAT": (
        "انسحاب", "إفراج", "إخلاء", "إطلاق سراح", "رفع الحظر", "رفع العقوبات", "تخفيف القيود", "إعادة فتح",
    ),
}

#: Several words in a row; the first word is inflected, the rest must follow directly.
PHRASES: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("فتح النار", "أطلق النار", "إطلاق النار", "إطلاق نار"),
    "COERCE": ("ألقى القبض", "ألقت القبض", "إلقاء القبض", "سحب اعتماد", "سحب اعتماد"),
    "RETREAT": ("أطلق سراح", "أطلقت سراح", "إطلاق سراح", "أعاد فتح", "أعادت فتح"),
    "CONSULT": ("أجرى اتصالا", "أجرى اتصالاً هاتفياً", "أجرت اتصالا"),
    "MOBILIZE": ("دفع بتعزيزات", "دفعت بتعزيزات"),
}

#: Context classes: a word of the class must be within reach for a ``NEEDS`` trigger to count.
CONTEXT: dict[str, tuple[str, ...]] = {
    "projectile": (
        "صاروخ", "صواريخ", "قذيفة", "قذائف", "طائرة مسيرة", "طائرات مسيرة", "مسيرة", "مسيرات", "هاون",
        "كاتيوشا", "رشقة", "درون", "مقذوف", "صاروخية", "صاروخي", "طائرة", "طائرات",
    ),
    "explosive": ("عبوة", "عبوات", "ناسفة", "مفخخة", "مفخخ", "سيارة مفخخة", "حزام ناسف", "انتحاري", "لغم", "ألغام"),
    "force": (
        "تعزيزات", "قوات", "قوة", "جنود", "جندي", "وحدات", "منظومة", "مدرعات", "دبابات", "آليات", "كتيبة",
        "لواء", "فرقة", "بوارج", "حاملة",
    ),
    "aid": ("مساعدات", "مساعدة", "إغاثة", "إغاثية", "أدوية", "أغذية", "غذائية", "طبية", "إنسانية", "معونات", "قمح"),
    "meeting": ("اجتماع", "اجتماعا", "جولة", "محادثات", "مباحثات", "مفاوضات", "قمة", "لقاء", "مؤتمر"),
    "agreement": ("اتفاق", "اتفاقا", "اتفاقية", "مذكرة", "معاهدة", "بروتوكول", "عقد", "عقدا"),
    "describe_as": ("بأنه", "بأنها", "بأنهم", "بالإرهابي", "بالإرهابية"),
    "weapons": ("أسلحة", "سلاح", "صواريخ", "طائرات", "مسيرات", "ذخائر", "ذخيرة", "معدات عسكرية"),
    "blame": ("المسؤولية", "مسؤولية"),
}

#: A word that counts as a trigger of ``type`` only with a word of ``class`` near it.
NEEDS: dict[str, tuple[str, str]] = {
    "سقط": ("ASSAULT", "projectile"), "سقطت": ("ASSAULT", "projectile"), "سقوط": ("ASSAULT", "projectile"),
    "أطلق": ("ASSAULT", "projectile"), "يطلق": ("ASSAULT", "projectile"), "أطلقت": ("ASSAULT", "projectile"),
    "إطلاق": ("ASSAULT", "projectile"), "أطلقوا": ("ASSAULT", "projectile"), "تطلق": ("ASSAULT", "projectile"),
    "انفجر": ("ASSAULT", "explosive"), "انفجرت": ("ASSAULT", "explosive"), "انفجار": ("ASSAULT", "explosive"),
    "تنفجر": ("ASSAULT", "explosive"),
    "رمى": ("ASSAULT", "projectile"),
    "دفع": ("MOBILIZE", "force"), "دفعت": ("MOBILIZE", "force"), "يدفع": ("MOBILIZE", "force"),
    "نشر": ("MOBILIZE", "force"), "نشرت": ("MOBILIZE", "force"), "ينشر": ("MOBILIZE", "force"),
    "أرسل": ("AID", "aid"), "أرسلت": ("AID", "aid"), "يرسل": ("AID", "aid"), "إرسال": ("AID", "aid"),
    "قدم": ("AID", "aid"), "قدمت": ("AID", "aid"), "تقديم": ("AID", "aid"), "مقدمة": ("AID", "aid"),
    "زود": ("AID", "weapons"), "زودت": ("AID", "weapons"), "يزود": ("AID", "weapons"), "تزويد": ("AID", "weapons"),
    "عقد": ("CONSULT", "meeting"), "عقدت": ("CONSULT", "meeting"), "عقدا": ("CONSULT", "meeting"),
    "يعقد": ("CONSULT", "meeting"), "تعقد": ("CONSULT", "meeting"), "عقدتا": ("CONSULT", "meeting"),
    "وقع": ("AGREE", "agreement"), "وقعت": ("AGREE", "agreement"), "وقعا": ("AGREE", "agreement"),
    "يوقع": ("AGREE", "agreement"), "وقعتا": ("AGREE", "agreement"),
    "وصف": ("ACCUSE", "describe_as"), "وصفت": ("ACCUSE", "describe_as"), "وصفتها": ("ACCUSE", "describe_as"),
    "وصفه": ("ACCUSE", "describe_as"), "يصف": ("ACCUSE", "describe_as"),
    "توصل": ("AGREE", "agreement"), "توصلت": ("AGREE", "agreement"), "يتوصل": ("AGREE", "agreement"),
    "توصلا": ("AGREE", "agreement"),
    "حمل": ("ACCUSE", "blame"), "حملت": ("ACCUSE", "blame"), "يحمل": ("ACCUSE", "blame"),
}

#: Outcome words: they give a quantity (killed, wounded, ...) and, when no other attack word is in
#: the clause, an event of their own ("قُتل خمسة مدنيين").
OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": (
        "قتل", "قتلى", "مقتل", "مصرع", "استشهاد", "استشهد", "شهداء", "شهيد", "لقي حتفه", "لقوا حتفهم",
        "لقي مصرعه", "لقوا مصرعهم", "حصيلة القتلى", "يقتل", "أودى بحياة", "اغتيل", "اغتيلت",
    ),
    "wounded": ("إصابة", "إصابات", "أصيب", "يصاب", "جرح", "جرحى", "مصاب", "مصابين", "جريح", "إصابته"),
    "arrested": ("اعتقال", "اعتقل", "توقيف", "احتجاز", "القبض", "معتقلين", "ضبط", "ضبطت"),
    "released": ("إفراج", "أفرج", "إطلاق سراح", "أطلق سراح", "سراح"),
}

#: Which outcome kinds make an event of which type when alone in a clause.
OUTCOME_TYPES: dict[str, str] = {"killed": "ASSAULT", "wounded": "ASSAULT"}

#: Verbs whose subject is the victim: "أصيب جنديان" (two soldiers were wounded).
OUTCOME_PASSIVE: tuple[str, ...] = ("قتل", "أصيب", "استشهد", "يصاب", "جرح", "لقي حتفه", "اغتيل", "اغتيلت")

#: Counted nouns for quantities: the key, then (singular, plural) spellings. Duals are read from the
#: singular (جندي -> جنديان/جنديين = 2, طائرة -> طائرتان/طائرتين = 2).
QUANTITY_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "rockets": (
        ("صاروخ", "صواريخ"), ("كاتيوشا", "كاتيوشا"), ("قذيفة صاروخية", "قذائف صاروخية"), ("صاروخ كاتيوشا", "صواريخ كاتيوشا"),
        ("صاروخ غراد", "صواريخ غراد"),
    ),
    "missiles": (("صاروخ باليستي", "صواريخ باليستية"), ("صاروخ مجنح", "صواريخ مجنحة"), ("صاروخ كروز", "صواريخ كروز")),
    "drones": (
        ("طائرة مسيرة", "طائرات مسيرة"), ("مسيرة", "مسيرات"), ("طائرة بدون طيار", "طائرات بدون طيار"),
        ("طائرة مسيرة مفخخة", "طائرات مسيرة مفخخة"), ("درون", "درونات"),
    ),
    "shells": (("قذيفة", "قذائف"), ("قذيفة هاون", "قذائف هاون")),
    "aircraft": (("طائرة", "طائرات"), ("مقاتلة", "مقاتلات"), ("طائرة حربية", "طائرات حربية")),
    "vehicles": (("مدرعة", "مدرعات"), ("آلية", "آليات"), ("عربة", "عربات"), ("شاحنة", "شاحنات"), ("دبابة", "دبابات")),
    "tons": (("طن", "أطنان"),),
    "troops": (("جندي", "جنود"), ("عسكري", "عسكريين"), ("مقاتل", "مقاتلين"), ("عنصر", "عناصر")),
    "people": (
        ("شخص", "أشخاص"), ("مدني", "مدنيين"), ("قائد", "قادة"), ("مسؤول", "مسؤولين"), ("ناشط", "ناشطين"),
        ("متهم", "متهمين"), ("مشتبه", "مشتبهين"), ("مواطن", "مواطنين"), ("فلسطيني", "فلسطينيين"),
        ("طفل", "أطفال"), ("امرأة", "نساء"), ("عامل", "عمال"), ("سجين", "سجناء"), ("أسير", "أسرى"),
        ("رهينة", "رهائن"), ("صحفي", "صحفيين"), ("مسلح", "مسلحين"), ("متظاهر", "متظاهرين"), ("محتج", "محتجين"),
        ("سائح", "سياح"), ("معتقل", "معتقلين"), ("فرد", "أفراد"), ("عضو", "أعضاء"), ("نازح", "نازحين"),
        ("آخر", "آخرين"), ("شاب", "شبان"), ("مهاجر", "مهاجرين"), ("بحار", "بحارة"),
    ),
    "usd": (("دولار", "دولارات"),),
}

#: Words after a counted rocket that make it a missile ("صاروخ باليستي").
MISSILE_QUALIFIERS: tuple[str, ...] = ("باليستي", "باليستية", "مجنح", "مجنحة", "كروز", "فرط صوتي", "باليستيين", "باليستيان",
                                       "باليستيتين", "باليستيتان", "مجنحين", "مجنحان", "مجنحتين")

#: Cardinal number words. Feminine/masculine and case forms are listed; ``normalize`` folds ة/ه.
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12, "اثنتي عشرة": 12,
    "ثلاثة عشر": 13, "ثلاث عشرة": 13, "أربعة عشر": 14, "أربع عشرة": 14, "خمسة عشر": 15, "خمس عشرة": 15,
    "ستة عشر": 16, "ست عشرة": 16, "سبعة عشر": 17, "سبع عشرة": 17, "ثمانية عشر": 18, "ثماني عشرة": 18,
    "تسعة عشر": 19, "تسع عشرة": 19,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتين": 200, "مائتان": 200,
    "ألف": 1000, "ألفا": 1000, "ألفين": 2000, "ألفان": 2000,
}

#: Multipliers written after a number: "5 آلاف" = 5000, "30 ألف" = 30000, "ثلاثمئة".
MULTIPLIERS: dict[str, int] = {"ألف": 1000, "آلاف": 1000, "ألفا": 1000, "مليون": 1_000_000, "ملايين": 1_000_000,
                               "مئة": 100, "مائة": 100}

#: Number words that are also ordinary words; read as numbers only before a counted noun.
AMBIGUOUS_NUMBERS: frozenset[str] = frozenset({"ست", "عشر", "خمس", "سبع", "ألف"})

#: Bounds written before a number.
BOUNDS: dict[str, str] = {
    "أكثر من": ">", "ما يزيد على": ">", "ما يزيد عن": ">", "أزيد من": ">", "ما لا يقل عن": ">=",
    "لا يقل عن": ">=", "على الأقل": ">=", "نحو": "~", "حوالي": "~", "قرابة": "~", "زهاء": "~",
    "ما يقارب": "~", "ما يقرب من": "~", "أقل من": "<", "حتى": "<=",
}

#: Vague quantities that are never counted ("آلاف المحتجين").
VAGUE: tuple[str, ...] = ("آلاف", "مئات", "عشرات", "عدد", "عدة", "بضعة", "بعض", "العشرات", "المئات", "الآلاف")

#: "No casualties": both killed and wounded are 0.
NO_CASUALTIES: tuple[str, ...] = (
    "دون خسائر بشرية", "دون وقوع خسائر بشرية", "دون أن تسفر عن خسائر بشرية", "دون أن يسفر عن خسائر بشرية",
    "من دون وقوع إصابات", "دون وقوع إصابات", "من دون تسجيل إصابات", "دون تسجيل إصابات", "لم تسفر عن إصابات",
    "لم يسفر عن إصابات", "لم تقع إصابات", "لا إصابات", "دون إصابات", "من دون إصابات", "لم يسفر عن خسائر بشرية",
    "لم تسفر عن خسائر بشرية", "لم تسجل إصابات", "لم تسجل أي إصابات", "دون تسجيل أي إصابات",
)

#: Words that, right before a trigger, negate it.
NEGATIONS: tuple[str, ...] = ("لم", "لن", "لا", "ليس", "لما", "دون أن", "بدون أن")

#: Verbs of abstaining: the act after them (within a few words) did not happen ("امتنعت عن استئناف
#: الغارات").
ABSTENTIONS: tuple[str, ...] = ("امتنع", "امتنعت", "يمتنع", "تمتنع", "الامتناع", "امتناع", "تجنب", "تجنبت", "يتجنب",
                                "تتجنب", "أحجم", "أحجمت", "يحجم", "تحجم")

#: Phrases naming a source before a name ("بحسب X"): the name is a source, never a party.
SOURCE_PHRASES: tuple[str, ...] = ("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقلا عن", "نقلاً عن", "طبقا", "بحسب ما أفادت",
                                   "بحسب ما أفاد", "بحسب ما ذكرت", "بحسب ما ذكر")

#: Denial verbs and nouns: the events they govern are denied ("نفى أن يكون ... قد التقى").
DENIALS: tuple[str, ...] = ("نفى", "ينفي", "نفت", "نفي", "كذب", "يكذب", "تكذيب", "دحض", "فند")

#: Cancellations: a cancelled or called-off event is denied.
CANCELS: tuple[str, ...] = ("ألغى", "ألغي", "ألغيت", "يلغي", "إلغاء", "ألغت")

#: Nouns for reports: rejecting a report is a denial, not a REJECT ("رفض الاتهامات").
REPORT_NOUNS: tuple[str, ...] = ("التقارير", "تقارير", "الأنباء", "أنباء", "الاتهامات", "المزاعم", "مزاعم", "الادعاءات",
                                 "ادعاءات", "الروايات", "الشائعات", "الأخبار")

#: Cues of intention and schedule: the events they govern are planned.
PLANS: tuple[str, ...] = (
    "تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط", "كانت تخطط", "كان يخطط", "من المقرر", "المقرر", "مقررا",
    "مقرر", "مقررة", "سوف", "من المتوقع", "يتوقع أن", "تستعد", "يستعد", "تسعى", "يسعى", "قررت", "قرر",
)

#: Cues of readiness or possibility: the events they govern are hypothetical.
POSSIBLE: tuple[str, ...] = ("مستعدة", "مستعد", "مستعدون", "ربما", "يمكن", "يمكن أن", "احتمال", "قد يتم", "جاهزة", "جاهز",
                             "استعداد", "استعدادها", "استعداده", "استعدادهم")

#: Conditional cues: the events of the condition are hypothetical.
CONDITIONS: tuple[str, ...] = ("إذا", "اذا", "لو", "في حال", "في حالة", "وإذا", "ولو")

#: Reporting verbs: they take their own time expression ("قال ... أمس") and stop date sharing.
REPORTING: tuple[str, ...] = (
    "قال", "قالت", "يقول", "أعلن", "أعلنت", "يعلن", "أفاد", "أفادت", "أكد", "أكدت", "يؤكد", "ذكر", "ذكرت",
    "أوضح", "أوضحت", "صرح", "صرحت", "نقل", "نقلت", "كشف", "كشفت", "أشار", "أشارت", "أضاف", "أضافت",
    "أفادت", "بحسب", "وفق", "وفقا", "حسب", "نقلا",
    # adverbial participles of reporting ("مضيفاً أن ..."): a new reported clause
    "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة",
)

#: Words that end a clause: after them a new clause starts (scope of a cue, date sharing).
CLAUSE_BREAKS: tuple[str, ...] = (
    "في حين", "بينما", "فيما", "حيث", "ثم", "لكن", "غير أن", "إلا أن", "بعد أن", "قبل أن", "وسط", "كما",
)

#: Relative pronouns: a relative clause is not in the scope of a cue before it.
RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "ممن")

#: Coordinating conjunctions (written apart or attached as و/ف).
COORDINATORS: tuple[str, ...] = ("و", "ف", "ثم")

#: Days counted from another date ("بعد خمسة أيام", "اليوم السابق") are read by khabar.dates.anchored.
#: A relative marker without a count: the clause is not dated by the sentence's date.
LATER_MARKERS: tuple[str, ...] = ("لاحقا", "لاحقاً", "بعد أيام", "بعد ساعات", "في وقت لاحق")
#: Window-clipping words: "earlier" excludes the day of writing.
EARLIER_WORDS: tuple[str, ...] = ("في وقت سابق",)

#: Prepositions before a place ("في بغداد", "قرب مطار بغداد").
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "في", "ب", "قرب", "بالقرب من", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "وسط", "محيط", "أطراف", "ضواحي", "على", "عند", "من", "إلى", "باتجاه", "نحو", "غرب", "جنوب غربي",
    "شمال شرقي", "شمال غربي", "جنوب شرقي", "قبالة",
)

#: Prepositions before a target ("هجوم على القاعدة", "ضد").
TARGET_PREPOSITIONS: tuple[str, ...] = ("على", "ضد", "باتجاه", "نحو", "بحق", "عن")

#: Prepositions before the agent of a passive or a noun ("من قبل", "على يد").
AGENT_PREPOSITIONS: tuple[str, ...] = ("من قبل", "على يد", "على أيدي", "بواسطة")

#: Prepositions before a second party of a meeting or agreement ("التقى X بـ Y", "مع").
PARTNER_PREPOSITIONS: tuple[str, ...] = ("مع", "ب", "بين")

#: Prepositions that never introduce an actor or a target (sources, purposes, times).
OTHER_PREPOSITIONS: tuple[str, ...] = ("عن", "وفق", "حسب", "بحسب", "لدى", "منذ", "خلال", "عبر")

#: Generic nouns for armed forces: "القوات الأمريكية" with a nationality means the state.
FORCE_NOUNS: tuple[str, ...] = (
    "السلطات", "سلطات", "الحكومة", "حكومة", "مسؤولين", "مسؤولون", "دبلوماسيين", "قوات", "القوات", "قوة", "جنود", "جندي", "جنديين", "جنديان", "طائرات", "طائرة", "مقاتلات", "غارة",
    "غارات", "قصف", "ضربة", "ضربات", "بوارج", "سفن", "زوارق", "طائرات حربية", "مدفعية", "دبابات",
    "عسكريين", "مسيرة", "مسيرات", "صواريخ", "عبوة", "جيش", "الجيش", "البحرية", "سلاح الجو",
)

#: Adjectives of nationality (masculine singular; the compiler adds ة/ية, ين/يين, ون plural forms)
#: and the ISO country code of the state they name.
NATIONALITIES: dict[str, str] = {
    "أمريكي": "US", "أميركي": "US", "امريكي": "US", "إسرائيلي": "IL", "إيراني": "IR", "عراقي": "IQ",
    "سوري": "SY", "تركي": "TR", "روسي": "RU", "سعودي": "SA", "إماراتي": "AE", "قطري": "QA", "كويتي": "KW",
    "بحريني": "BH", "عماني": "OM", "يمني": "YE", "لبناني": "LB", "أردني": "JO", "مصري": "EG",
    "فلسطيني": "PS", "بريطاني": "GB", "فرنسي": "FR", "ألماني": "DE", "صيني": "CN", "أوكراني": "UA",
    "باكستاني": "PK", "أفغاني": "AF", "ليبي": "LY", "تونسي": "TN", "جزائري": "DZ", "مغربي": "MA",
    "سوداني": "SD", "أذربيجاني": "AZ", "هندي": "IN", "ياباني": "JP", "إيطالي": "IT", "إسباني": "ES",
    "كندي": "CA", "أسترالي": "AU", "هولندي": "NL", "بلجيكي": "BE", "سويدي": "SE", "نرويجي": "NO",
    "يوناني": "GR", "قبرصي": "CY", "إثيوبي": "ET", "صومالي": "SO", "أرميني": "AM", "كوري": "KR",
}

#: Phrases meaning "unknown/unidentified": an actor so described is none.
UNKNOWN_ACTOR: tuple[str, ...] = ("مجهولة الهوية", "مجهول الهوية", "مجهولون", "مجهولين", "مجهولة", "مسلحون مجهولون")

#: Phrases that look like triggers but are not (idioms). Matched on whole words.
NOT_TRIGGERS: tuple[str, ...] = (
    "طلب عدم الكشف", "طلبت عدم الكشف", "طلب عدم ذكر", "طلب عدم نشر", "طالبا عدم", "طلب عدم", "طلب المساعدة", "دعم فني", "أطلق عليه", "أطلق عليها",
    "ضرب موعد", "ضربا من", "حمل السلاح", "يحمل اسم", "تحمل اسم", "قصف جبهة", "بحث عن", "البحث عن",
    "شن حملة انتخابية", "إطلاق حملة", "أطلق حملة", "أطلقت حملة", "إطلاق مبادرة", "ضبط النفس", "ضبط الأمن",
    # a ceasefire is the end of fire, not an attack ("تثبيت وقف إطلاق النار")
    "وقف إطلاق النار", "وقف إطلاق نار", "وقف النار", "لوقف إطلاق النار", "بوقف إطلاق النار",
    # a purpose of a march or sit-in, not a demand of its own ("مسيرة ... للمطالبة بـ")
    "للمطالبة", "مطالبين", "مطالبة ب",
    # a danger described, not a threat made ("يهدد حرية الملاحة", "يشكل تهديدا للأمن")
    "يهدد حرية", "يهدد الملاحة", "يهدد أمن", "يهدد الأمن", "يهدد الاستقرار", "يهدد السلم", "يهدد استقرار",
    "يهدد سلامة", "يهدد حياة", "تهديدا للملاحة", "تهديدا لأمن", "تهديدا للأمن", "تهديدا للاستقرار",
    "تهديد للملاحة", "تهديد لأمن", "تهديد للأمن", "تهديد للاستقرار", "تهديدا لحرية", "تهديد لحرية",
    # leadership, not coercion ("التحالف بقيادة السعودية")
    "بقيادة", "تحت قيادة",
)

#: Words that, shortly before a noun trigger, make it a reference to a framework, not an event.
FRAME_BLOCKERS: tuple[str, ...] = ("بموجب", "وفق", "وفقا", "ضمن", "بنود", "خرق", "انتهاك", "نقض")  # "خرق الحظر": a rule broken

#: Nouns for protesters: an attack or storming by them is a PROTEST.
PROTESTERS: tuple[str, ...] = ("محتجون", "محتجين", "متظاهرون", "متظاهرين", "أنصار", "مناصرو", "مناصري")

#: Word order of the language, used by the role rules.
WORD_ORDER = "VSO"

#: Denials and cancellations come before the event they deny ("نفى أن يكون ... قد التقى").
DENIAL_SCOPE = "after"

#: Complementizers: the clause after them has its own subject ("قالت ... إن 5 فلسطينيين قُتلوا").
COMPLEMENTIZERS: tuple[str, ...] = ("أن", "إن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "أنهم")

#: Raids: an arrest reported with a raid in the same sentence is the same event.
RAIDS: tuple[str, ...] = ("دهم", "مداهمة", "داهم", "مداهمات", "حملة دهم")

#: Prepositions that make an event noun a circumstance of another act ("خلال زيارته", "في اتصال"):
#: such a noun is outside the scope of a request or denial before it.
CIRCUMSTANTIAL: tuple[str, ...] = ("خلال", "في", "أثناء", "في أثناء", "إبان", "عقب", "بعد", "قبل")

#: Consequence links: a clause they introduce shares the date of the clause before it.
CONSEQUENCES: tuple[str, ...] = ("أسفر", "أسفرت", "ما أسفر", "مما أسفر", "أدى", "أدت", "ما أدى", "مما أدى", "وأسفر", "وأسفرت")

#: Words for buildings: an organization named after one is a place ("مبنى البرلمان", "مقر").
BUILDINGS: tuple[str, ...] = ("مبنى", "مقر", "سفارة", "قنصلية")

#: Shooting down: the drone or missile is the target, not the weapon (no count of it).
SHOOT_DOWN: tuple[str, ...] = ("أسقط", "أسقطت", "إسقاط", "اسقاط", "يسقط")

#: Nouns after which an event noun is a modifier, not an event (none needed in Arabic).
MODIFIED_HEADS: tuple[str, ...] = ()

#: Prepositions of topic: a place after them is what was discussed, not where ("بشأن", "حول").
TOPIC_PREPOSITIONS: tuple[str, ...] = ("بشأن", "حول", "عن", "بخصوص", "إزاء")

#: Verbs that carry an event noun ("نفذ ... عملية", "شن ... هجوماً", "أجرى ... مناورات"): their
#: subject is the event's actor.
SUPPORT_VERBS: tuple[str, ...] = (
    "نفذ", "نفذت", "ينفذ", "تنفذ", "شن", "شنت", "يشن", "تشن", "أجرى", "أجرت", "يجري", "تجري", "عقد", "عقدت",
    "يعقد", "تعقد", "قام", "قامت", "يقوم", "تقوم", "سير", "سيرت", "بدأ", "بدأت", "أطلق", "أطلقت", "فرض", "فرضت",
    "يفرض", "تفرض", "رد", "ردت", "يرد", "ترد", "شارك", "شاركت", "يشارك", "تشارك", "تعتزم", "يعتزم", "تنوي", "ينوي",
    "قرر", "قررت", "تخطط", "يخطط", "واصل", "واصلت", "جدد", "جددت",
)

#: Prepositions of the recipient of aid or a handover, of a source ("طلب من X"), of a pair.
RECIPIENT_PREPOSITIONS: tuple[str, ...] = ("إلى", "ل")
FROM_PREPOSITIONS: tuple[str, ...] = ("من",)
BETWEEN_PREPOSITIONS: tuple[str, ...] = ("بين",)

#: Adjectives between an attack noun and the nationality of its author ("غارة جوية أمريكية").
ATTACK_ADJECTIVES: tuple[str, ...] = ("جوية", "جوي", "صاروخية", "صاروخي", "مدفعية", "مدفعي", "بحرية", "برية", "إسرائيلية")

#: Prepositions that mark the target of a threat, accusation or demand ("threatened action against X").
AGAINST_PREPOSITIONS: tuple[str, ...] = ("ضد", "على")

#: Phrases naming the authority that ordered an act ("بأمر من X"): X is the actor, never the
#: target (khabar.events.roles, "orderer").
ORDER_PHRASES: tuple[str, ...] = (
    "بأمر من", "بأوامر من", "بأمر", "بأوامر", "بتوجيه من", "بتوجيهات من", "بتوجيه", "بتوجيهات", "بتكليف من",
    "بإيعاز من", "بقرار من", "بناء على أوامر", "بناء على أمر", "بناء على توجيهات", "بناء على تعليمات", "بتعليمات من",
)

#: Verbs of carrying out an act, with the act as an attached pronoun, whose subject is the agent
#: ("هجوم نفذته جماعة الحوثي", "غارة شنتها مقاتلات إسرائيلية").
EXECUTION_VERBS: tuple[str, ...] = (
    "نفذته", "نفذتها", "نفذها", "نفذه", "نفذوه", "شنته", "شنتها", "شنها", "شنه", "تبنته", "تبنتها", "تبناه", "تبناها",
    "أطلقته", "أطلقتها", "أطلقها", "أطلقه",
)

#: Words of a relative clause or appositive saying whose forces a facility hosts ("قاعدة عين الأسد
#: التي تضم قوات أمريكية"): an attack on the facility targets them.
HOST_WORDS: tuple[str, ...] = (
    "تضم", "يضم", "تستضيف", "يستضيف", "تؤوي", "يؤوي", "تتمركز", "يتمركز", "تتواجد", "يتواجد", "توجد", "يوجد",
    "تنتشر", "ينتشر", "المستضيفة", "المستضيف",
)

#: Facility nouns of an appositive naming the facility's owner ("مقرا لجهاز الموساد").
FACILITY_NOUNS: tuple[str, ...] = ("قاعدة", "مقر", "مقرا", "مقراً", "موقع", "مواقع", "مقار", "منشأة", "معسكر")

#: Verbs of undergoing: the subject of "تعرضت X لهجوم" is the target of the event noun after ل.
UNDERGO_VERBS: tuple[str, ...] = ("تعرضت", "تعرض", "يتعرض", "تتعرض", "وتعرضت", "وتعرض")

#: Words after a facility naming its owner ("منشأة بقيق التابعة لشركة أرامكو"): the owner is the target.
OWNER_WORDS: tuple[str, ...] = ("التابعة", "التابع", "المملوكة", "المملوك", "العائدة", "العائد")

NOT_TRIGGERS = NOT_TRIGGERS + ORDER_PHRASES

#: Phrases of affiliation: the name after them is a patron, never a participant.
AFFILIATIONS: tuple[str, ...] = ("المدعومة من", "المدعوم من", "المدعومين من", "المدعومون من", "المدعومتين من", "المقربة من", "المقرب من",
                                 "المقربين من", "الموالية", "الموالي", "الموالين", "المرتبطة", "المرتبط",
                                 "الحليفة", "القريبة من", "المتحالفة مع", "المتحالف مع", "المتحالفين مع")

#: Event nouns whose genitive is the one it befell ("اغتيال X", "مقتل X", "اعتقال X"): that name is
#: the target, never the actor.
PATIENT_NOUNS: tuple[str, ...] = ("اغتيال", "مقتل", "قتل", "اعتقال", "توقيف", "احتجاز", "اختطاف", "خطف", "استشهاد",
                                  "إعدام", "تصفية")


#: Words of motion or access: a place after them is a destination, not where the event happened
#: ("سفينة متجهة إلى ميناء", "حظر الدخول إلى موانئ").
MOTION_WORDS: tuple[str, ...] = ("متجهة", "متجه", "المتجهة", "المتجه", "في طريقها", "في طريقه", "أبحرت", "تبحر", "يبحر",
                                 "الدخول", "دخول", "بالدخول", "الوصول", "وصول", "عبور", "العبور", "قادمة", "القادمة",
                                 "عائدة", "وجهتها", "مقصدها")

#: Words of dispersal by non-lethal force: an attack with them is coercion ("الغاز المسيل للدموع").
DISPERSAL_WORDS: tuple[str, ...] = ("المسيل للدموع", "مسيل للدموع", "الرصاص المطاطي", "رصاص مطاطي", "خراطيم المياه",
                                    "خراطيم مياه", "لتفريق", "بتفريق", "تفريق")

#: Nouns of a sitting: withdrawing from one is a walkout, a protest ("انسحب الوزراء من الجلسة").
SESSION_WORDS: tuple[str, ...] = ("جلسة", "الجلسة", "جلسات", "بجلسة", "لجلسة")

#: Words of protest as a purpose ("احتجاجا على"): a withdrawal they explain is a walkout.
PROTEST_PURPOSE: tuple[str, ...] = ("احتجاجا", "احتجاجاً", "اعتراضا", "اعتراضاً", "احتجاج على", "احتجاجا على")

#: Money and information: releasing them is a payment or a publication, not a release of
#: people ("الإفراج عن الرواتب").
RELEASED_THINGS: tuple[str, ...] = ("النتائج", "نتائج", "بيانات", "البيانات", "تقرير", "التقرير", "مقطع", "فيديو", "رواتب", "الرواتب", "أموال", "الأموال", "مستحقات", "المستحقات", "ميزانية", "الميزانية",
                                "تمويل", "التمويل", "مبالغ", "المبالغ", "الأرصدة", "أرصدة", "دفعة", "الدفعة", "حصة", "حصة")

#: Words of labour: a strike near them is a stoppage of work (no labour nouns needed: إضراب is
#: never an attack).
LABOUR_WORDS: tuple[str, ...] = ()

#: Members of a sitting: their withdrawal is a walkout ("انسحب الوزراء الخمسة").
WALKOUT_MEMBERS: tuple[str, ...] = ("الوزراء", "وزراء", "النواب", "نواب", "الأعضاء", "أعضاء", "ممثلو", "ممثلي")

#: Words introducing slogans: an event word inside the quoted slogan is no event ("لافتات كتب عليها «...»").
SLOGAN_WORDS: tuple[str, ...] = ("لافتات", "لافتة", "شعارات", "شعار", "هتافات", "هتفوا", "هتف", "رددوا", "يرددون", "مرددين",
                                 "كتب عليها", "كتبت عليها")

#: Words of a start date ("إضراب اعتبارا من الاثنين"): a protest called to start then is planned.
START_WORDS: tuple[str, ...] = ("اعتبارا من", "اعتبارا", "ابتداء من", "ابتداء", "بدءا من", "بدءا")
