"""Persian attribution data (constants only, used by :mod:`khabar.claims`).

Words are written in standard Persian spelling (with ZWNJ where orthography has it);
:mod:`khabar.claims.lexicon` normalizes them with the same key rules as the text, so "می گوید",
"میگوید" and "می‌گوید" all match. Lists are general news vocabulary.

Persian puts the verb last: the speaker opens the clause ("ناصر کنعانی، سخنگوی وزارت امور خارجه،
... تکذیب کرد"), the cited sources follow "به نقل از", and the content follows "که" or a colon
("اعلام کرد که ...", "گفت: «...»"). "به گزارش X، ..." opens a sentence reported by X.
"""

from __future__ import annotations

#: Where the speaker stands relative to an attribution verb: "before" (subject-object-verb order).
SPEAKER_SIDE = "before"

#: Past-tense endings added to every verb below: plural "ند", perfect "ه است" / "ه‌اند".
VERB_ENDINGS: tuple[str, ...] = ("", "ند", "ه است", "ه‌است", "ه‌اند", "ه اند", "ه بود", "ه بودند", "ه‌بود")

#: Reporting verbs (third person past; the endings above are added).
REPORT_VERBS: tuple[str, ...] = (
    "گفت", "اعلام کرد", "گزارش داد", "اظهار داشت", "اظهار کرد", "بیان کرد", "نوشت", "تأکید کرد",
    "تاکید کرد", "خاطرنشان کرد", "خاطر نشان کرد", "تصریح کرد", "مدعی شد", "ادعا کرد", "فاش کرد",
    "افشا کرد", "اطلاع داد", "خبر داد", "عنوان کرد", "اعلام داشت", "توییت کرد", "منتشر کرد", "اذعان کرد",
    "تأیید کرد", "تایید کرد", "یادآور شد", "یادآوری کرد", "ابراز داشت",
)
#: Present-tense reporting forms ("می‌گوید").
REPORT_PRESENT: tuple[str, ...] = ("می‌گوید", "می‌گویند", "اعلام می‌کند", "گزارش می‌دهد", "می‌نویسد")

#: Verbs that continue the previous speaker ("وی افزود", "او ادامه داد").
CONTINUE_VERBS: tuple[str, ...] = ("افزود", "ادامه داد", "اضافه کرد", "همچنین گفت", "آمده است", "آمده")

#: Denial verbs (claim kind "denial").
DENY_VERBS: tuple[str, ...] = ("تکذیب کرد", "انکار کرد", "تکذیب نمود", "نفی کرد")

#: Stance verbs: threaten, warn, accuse. The act is the article's, the content the speaker's.
STANCE_VERBS: tuple[str, ...] = ("تهدید کرد", "هشدار داد", "متهم کرد", "متهم ساخت")

#: "as X reported" before a verb makes it a trailing frame.
AS_WORDS: tuple[str, ...] = ("آن‌طور که", "آنطور که", "چنانکه", "چنان که", "همانطور که", "همان‌طور که")

#: Prepositional frames "according to X" ("به گزارش X، ...").
ACCORDING: tuple[str, ...] = (
    "به گزارش", "به نقل از", "بنا بر گزارش", "بنابر گزارش", "بنا به گزارش", "طبق گزارش", "به گفته",
    "بر اساس گزارش", "براساس گزارش", "بنا بر اعلام", "به اعلام", "بنا به اعلام", "طبق اعلام", "به نوشته",
    "به ادعای", "به روایت",
)

#: Inside a source phrase: "به نقل از X" marks the next, inner, source.
CITE_MARKERS: tuple[str, ...] = ("به نقل از",)

#: Complementizers opening the reported content.
COMPLEMENTIZERS: tuple[str, ...] = ("که",)

#: Relative words ending a source phrase.
RELATIVES: tuple[str, ...] = ()

#: Generic outlet words before an outlet's name.
OUTLET_WORDS: dict[str, str] = {
    "خبرگزاری": "news agency", "روزنامه": "newspaper", "شبکه": "network", "پایگاه خبری": "news website",
    "پایگاه اینترنتی": "website", "سایت": "website", "تلویزیون": "television", "رادیو": "radio", "نشریه": "magazine",
    "شبکه تلویزیونی": "television network", "شبکه خبری": "news network", "شبکه ماهواره‌ای": "satellite channel",
    "روزنامه‌ی": "newspaper", "خبرگزاری رسمی": "official news agency", "پایگاه خبری-تحلیلی": "news website",
    "صداوسیما": "state broadcaster", "تلویزیون دولتی": "state television",
}

#: "told our correspondent": the outlet is the article itself.
OWN_REPORTER: tuple[str, ...] = ("خبرنگار ما", "به خبرنگار ما", "خبرنگار", "به خبرنگار")

#: Statement words dropped from the speaker ("بیانیه X").
STATEMENT_WORDS: tuple[str, ...] = ("بیانیه", "در بیانیه‌ای", "در بیانیه ای", "اطلاعیه", "در اطلاعیه‌ای", "پیام")

#: Anaphors referring back to the last speaker.
ANAPHORS: tuple[str, ...] = ("وی", "او", "این مقام", "این منبع", "این منابع", "این سخنگو", "ایشان", "این خبرگزاری",
                             "این رسانه", "این شبکه", "این روزنامه", "این وزارتخانه", "این نهاد", "این سازمان")
PRONOUNS: tuple[str, ...] = ("وی", "او", "ایشان")

#: Source nouns -> (English noun, number: 1 singular, 2 dual, 0 plural).
SOURCE_HEADS: dict[str, tuple[str, int]] = {
    "منبع": ("source", 1), "منابع": ("source", 0), "مقام": ("official", 1), "مقامات": ("official", 0),
    "مقام‌ها": ("official", 0), "مسئول": ("official", 1), "مسئولان": ("official", 0), "مسؤول": ("official", 1),
    "مسؤولان": ("official", 0), "سخنگو": ("spokesperson", 1), "شاهد": ("witness", 1), "شاهدان": ("witness", 0),
    "شاهدان عینی": ("eyewitness", 0), "ساکنان": ("resident", 0), "فعال": ("activist", 1), "فعالان": ("activist", 0),
    "دیپلمات": ("diplomat", 1), "دیپلمات‌ها": ("diplomat", 0), "افسر": ("officer", 1), "پزشک": ("doctor", 1),
    "کارشناس": ("expert", 1), "کارشناسان": ("expert", 0), "نماینده": ("lawmaker", 1), "نمایندگان": ("lawmaker", 0),
    "رسانه": ("media outlet", 1), "رسانه‌ها": ("media", 0), "رسانه‌های": ("media", 0), "گزارش‌ها": ("report", 0),
    "کانال": ("channel", 1), "کانال‌ها": ("channel", 0), "کانال‌های": ("channel", 0), "سایت‌ها": ("website", 0),
    "سایت‌های": ("website", 0), "منابع محلی": ("local source", 0),
}
ONE_OF: tuple[str, ...] = ("یکی از",)
PERSON_NOUNS: dict[str, str] = {
    "معترضان": "protester", "تظاهرکنندگان": "protester", "ساکنان": "resident", "شاهدان": "witness",
    "نیروهای امدادی": "rescuer", "پزشکان": "doctor", "نظامیان": "soldier", "مسئولان": "official",
    "نمایندگان": "lawmaker", "فرماندهان": "commander", "فعالان": "activist", "خبرنگاران": "journalist",
}

#: Adjectives after a source noun (Persian puts them after) -> English.
MODIFIERS: dict[str, str] = {
    "امنیتی": "security", "نظامی": "military", "دیپلماتیک": "diplomatic", "سیاسی": "political",
    "دولتی": "government", "محلی": "local", "آگاه": "informed", "مطلع": "informed", "رسمی": "official",
    "پزشکی": "medical", "اطلاعاتی": "intelligence", "قضایی": "judicial", "پارلمانی": "parliamentary",
    "ارشد": "senior", "بلندپایه": "senior", "عالی‌رتبه": "senior", "نزدیک": "close", "موثق": "reliable",
    "مسلح": "armed", "حقوق بشری": "rights", "غربی": "Western", "اروپایی": "European", "عربی": "Arab",
    "خارجی": "foreign", "داخلی": "domestic", "منطقه‌ای": "regional", "بین‌المللی": "international",
    "تلگرامی": "Telegram", "خبری": "news", "اجتماعی": "social", "مجازی": "online",
}

#: Nationality adjectives -> English.
NATIONALITIES: dict[str, str] = {
    "عراقی": "Iraqi", "ایرانی": "Iranian", "آمریکایی": "US", "امریکایی": "US", "اسرائیلی": "Israeli",
    "صهیونیستی": "Israeli", "سوری": "Syrian", "لبنانی": "Lebanese", "سعودی": "Saudi", "ترکیه‌ای": "Turkish",
    "ترک": "Turkish", "کرد": "Kurdish", "فلسطینی": "Palestinian", "یمنی": "Yemeni", "اردنی": "Jordanian",
    "مصری": "Egyptian", "قطری": "Qatari", "اماراتی": "Emirati", "بحرینی": "Bahraini", "کویتی": "Kuwaiti",
    "عمانی": "Omani", "روس": "Russian", "روسی": "Russian", "فرانسوی": "French", "انگلیسی": "British",
    "بریتانیایی": "British", "آلمانی": "German", "چینی": "Chinese", "افغان": "Afghan", "پاکستانی": "Pakistani",
    "اوکراینی": "Ukrainian", "هندی": "Indian", "ژاپنی": "Japanese",
}

#: Phrases saying a source is not named -> "asked" or "unnamed".
ANONYMITY: dict[str, str] = {
    "که نخواست نامش فاش شود": "asked", "که نخواست نامش فاش گردد": "asked", "که نخواست نامش ذکر شود": "asked",
    "که نخواست نامش برده شود": "asked", "که خواست نامش فاش نشود": "asked", "که خواستند نامشان فاش نشود": "asked",
    "که نخواستند نامشان فاش شود": "asked", "که نامش فاش نشد": "unnamed", "که نامش اعلام نشد": "unnamed",
    "بی‌نام": "unnamed", "ناشناس": "unnamed", "با شرط فاش نشدن نامش": "asked", "به شرط ناشناس ماندن": "asked",
}

#: Number words -> count (0 for vague: several, some).
NUMBER_WORDS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    "چند": 0, "برخی": 0, "برخی از": 0, "بعضی": 0, "بعضی از": 0, "شماری از": 0, "تعدادی از": 0,
}
VAGUE_WORDS: dict[str, str] = {
    "چند": "several", "برخی": "some", "برخی از": "some", "بعضی": "some", "بعضی از": "some",
    "شماری از": "several", "تعدادی از": "several",
}

#: Prepositions opening the tail of a source phrase -> English.
TAIL_PREPOSITIONS: dict[str, str] = {
    "در": "in", "از": "from", "نزدیک به": "close to", "وابسته به": "affiliated with", "مطلع از": "familiar with",
}

#: Titles before a body ("سخنگوی وزارت ...", ezafe written or not) -> English.
TITLES: dict[str, str] = {
    "سخنگوی": "spokesperson for", "سخنگو": "spokesperson for", "وزیر": "minister of", "رئیس": "head of",
    "فرمانده": "commander of", "مدیر": "director of", "مدیرکل": "director-general of", "معاون": "deputy of",
    "نماینده": "representative of", "سفیر": "ambassador of", "مشاور": "adviser of", "دبیر": "secretary of",
    "دادستان": "prosecutor of", "استاندار": "governor of", "دفتر": "office of",
}

#: Institutional nouns (read in reverse order, like an ezafe chain) -> English.
GLOSSARY: dict[str, str] = {
    "وزارت": "Ministry", "دفاع": "Defense", "کشور": "Interior", "امور خارجه": "Foreign Affairs",
    "خارجه": "Foreign Affairs", "بهداشت": "Health", "اطلاعات": "Intelligence", "دادگستری": "Justice",
    "پلیس": "Police", "دادستانی": "Prosecutor's Office", "قوه قضاییه": "Judiciary", "ستاد": "Headquarters",
    "فرماندهی": "Command", "سپاه": "IRGC", "ارتش": "Army", "دولت": "Government", "سازمان": "Organization",
    "شورای": "Council", "شورا": "Council", "مجلس": "Parliament", "دفتر": "Office", "ریاست جمهوری": "Presidency",
    "استانداری": "Governorate", "فرمانداری": "County Office", "نیروی انتظامی": "Police", "دادگاه": "Court",
    "امور بین‌الملل": "International Affairs", "روابط عمومی": "Public Relations", "گمرک": "Customs",
    "مرزبانی": "Border Guard", "کمیته": "Committee", "کمیسیون": "Commission", "اتحادیه": "Union",
    "نیروی": "Force", "نیروی دریایی": "Navy", "نیروی هوایی": "Air Force", "نیروی زمینی": "Ground Force",
    "نیروی هوافضا": "Aerospace Force", "نیروی قدس": "Quds Force", "گروه": "Group", "گروه‌ها": "Groups", "گروه‌های": "Groups", "شبه‌نظامیان": "Militias", "نیروهای": "Forces",
}
GLOSSARY_ADJECTIVES: dict[str, str] = {
    "عالی": "Supreme", "ملی": "National", "کل": "General", "مشترک": "Joint", "انتظامی": "Police",
}
GLOSSARY_TAILS: dict[str, str] = {}

#: Nouns of media that publish the reports a denial rejects ("گزارش رسانه‌های غربی").
MEDIA_HEADS: tuple[str, ...] = (
    "رسانه‌های", "رسانه‌ها", "کانال‌های", "کانال‌ها", "سایت‌های", "شبکه‌های اجتماعی", "فضای مجازی",
    "برخی رسانه‌ها", "روزنامه‌های", "خبرگزاری‌های",
)
MEDIA_QUANTIFIERS: dict[str, str] = {"برخی": "some", "برخی از": "some", "بعضی": "some", "بعضی از": "some",
                                     "چند": "several"}

#: Honorifics, ranks and roles written before a personal name, skipped when reading a speaker.
HONORIFICS: tuple[str, ...] = (
    "آقای", "خانم", "دکتر", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "امیر", "دریادار", "آیت‌الله",
    "آیت الله", "حجت‌الاسلام", "حجت الاسلام", "حجت‌الاسلام والمسلمین", "شیخ", "سید", "مهندس",
    "سرلشکر پاسدار", "سردار سرلشکر", "سرتیپ پاسدار", "ژنرال", "رئیس‌جمهور", "رئیس جمهور", "وزیر",
)

#: Possessive speakers ("دفتر وی", "سخنگوی او"): the owner is the last person or body named.
POSSESSIVES: dict[str, str] = {
    "دفتر وی": "office", "دفتر او": "office", "سخنگوی وی": "spokesperson", "سخنگوی او": "spokesperson",
    "دفترش": "office", "سخنگویش": "spokesperson",
}

#: Words that end a speaker phrase: what follows names someone else.
STOPS: tuple[str, ...] = ("به رهبری", "به ریاست", "وابسته به", "پس از", "قبل از", "پیش از")

#: Phrases naming the outlet a source spoke to, as "told" does ("در گفت‌وگو با خبرگزاری تسنیم").
TOLD_PHRASES: tuple[str, ...] = ("در گفت‌وگو با", "در گفتگو با", "در گفت و گو با", "در مصاحبه با")
