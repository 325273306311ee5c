"""Arabic attribution data (constants only, used by :mod:`khabar.claims`).

Words are written in plain Arabic spelling; :mod:`khabar.claims.lexicon` normalizes them with the
same key rules as the text (hamza forms, ى/ي, ة/ه, no diacritics) and adds the conjunctions و/ف in
front of verbs, so one spelling per form is enough. The lists are general news vocabulary.

Arabic news puts the verb first ("قال المتحدث إن", "نقلت وكالة رويترز عن مصدر أن"): the speaker
follows the verb, the cited sources follow عن, the outlet a source spoke *to* follows لـ
("لوكالة فرانس برس"), and the reported content follows a complementizer (أن / إن / بأن) or a colon.
"""

from __future__ import annotations

#: Where the speaker stands relative to an attribution verb: "after" (verb-subject order).
SPEAKER_SIDE = "after"

#: Reporting verbs: the speaker asserts the content.
REPORT_VERBS: tuple[str, ...] = (
    "قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون",
    "ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر",
    "أفاد", "أفادت", "أفادوا", "يفيد", "تفيد",
    "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن",
    "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد",
    "كشف", "كشفت", "كشفوا", "يكشف", "تكشف",
    "أوضح", "أوضحت", "أوضحوا",
    "صرح", "صرحت", "صرحوا",
    "نقل", "نقلت", "نقلوا", "تنقل", "ينقل",
    "أورد", "أوردت",
    "زعم", "زعمت", "زعموا",
    "ادعى", "ادعت",
    "أبلغ", "أبلغت", "أبلغوا",
    "أشار", "أشارت",
    "كتب", "كتبت",
    "غرد", "غردت",
    "بث", "بثت",
    "روى", "روت",
    "أعلنه", "أعلنته", "ذكره", "ذكرته", "نقله", "نقلته", "أورده", "أوردته", "أفاد به", "أفادت به",
    "أكده", "أكدته", "قاله", "قالته", "كشفه", "كشفته", "نشره", "نشرته", "بثه", "بثته",
    "رأى", "رأت", "يرى", "ترى", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "جاء في",
)

#: Verbs that continue the previous speaker when no new speaker follows ("وأضاف أن", "وتابعت").
CONTINUE_VERBS: tuple[str, ...] = (
    "أضاف", "أضافت", "أضافوا", "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استطردت", "ختم", "ختمت",
)

#: Circumstantial participles ("مضيفاً أن", "مؤكدة أن"): the same speaker goes on inside one sentence.
PARTICIPLES: tuple[str, ...] = (
    "مضيفا", "مضيفة", "مضيفين", "مؤكدا", "مؤكدة", "مؤكدين", "مشيرا", "مشيرة", "موضحا", "موضحة",
    "لافتا", "لافتة", "معتبرا", "معتبرة", "واصفا", "واصفة", "منوها", "منوهة", "متابعا", "متابعة",
)

#: Denial verbs: the speaker denies the content (claim kind "denial").
DENY_VERBS: tuple[str, ...] = (
    "نفى", "نفت", "نفوا", "ينفي", "تنفي", "أنكر", "أنكرت", "دحض", "دحضت", "كذب", "كذبت",
)

#: Stance verbs (threaten, warn, vow, accuse): the act is the article's report, the content
#: (what is threatened, the accusation) is the speaker's claim.
STANCE_VERBS: tuple[str, ...] = (
    "هدد", "هددت", "هددوا", "يهدد", "تهدد",
    "توعد", "توعدت", "توعدوا",
    "حذر", "حذرت", "حذروا", "يحذر", "تحذر",
    "أنذر", "أنذرت",
    "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم",
)

#: Words that, put before a reporting verb, make it a trailing "as reported by" frame.
AS_WORDS: tuple[str, ...] = ("كما", "مثلما", "حسبما", "بحسب ما", "وفق ما", "وفقا لما", "طبقا لما")

#: Prepositional frames "according to X" (at the start: the rest is X's; at the end: what came before).
ACCORDING: tuple[str, ...] = (
    "بحسب", "حسب", "وفقا ل", "وفقا لـ", "وفق", "طبقا ل", "طبقا لـ", "نقلا عن", "على ذمة",
    "حسبما", "بحسب ما", "وفق ما", "وفقا لما", "طبقا لما", "على حد قول",
)

#: Inside a source phrase: "عن X" marks the next, inner, source of the chain.
CITE_MARKERS: tuple[str, ...] = ("عن", "نقلا عن")

#: Complementizers opening the reported content.
COMPLEMENTIZERS: tuple[str, ...] = ("أن", "إن", "بأن", "بإن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها",
                                    "أنهم", "إنهم", "بأنهم")

#: Relative pronouns: they end a source phrase ("مصادر في الشرطة التي أوضحت ...").
RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "ممن")

#: Generic outlet words before an outlet's name ("وكالة رويترز", "قناة الجزيرة").
OUTLET_WORDS: dict[str, str] = {
    "وكالة": "agency", "وكالة أنباء": "news agency", "وكالة الأنباء": "news agency", "قناة": "channel",
    "صحيفة": "newspaper", "موقع": "website", "شبكة": "network", "تلفزيون": "television", "التلفزيون": "television",
    "إذاعة": "radio", "الإذاعة": "radio", "مجلة": "magazine", "محطة": "station", "الوكالة الرسمية": "official agency",
}

#: "told our correspondent": the outlet is the article itself, not a cited outlet.
OWN_REPORTER: tuple[str, ...] = ("مراسلنا", "لمراسلنا", "مراسل", "لمراسل", "مندوبنا", "لمندوبنا")

#: Statement words between the verb and the body ("قال بيان لوزارة ..."), dropped from the speaker.
STATEMENT_WORDS: tuple[str, ...] = (
    "بيان", "البيان", "بلاغ", "تصريح", "تصريحات", "كلمة", "خطاب", "مؤتمر صحفي", "تغريدة", "منشور",
    "رسالة", "مقابلة", "حديث", "تقرير", "وثيقة", "في بيان", "في تصريح", "في كلمة", "عبر",
)

#: Anaphors that refer back to the last speaker ("وأضافت المصادر", "وقال المصدر").
ANAPHORS: tuple[str, ...] = (
    "المصدر", "المصادر", "المسؤول", "المسؤولون", "المسؤولين", "المتحدث", "الناطق", "البيان",
    "الوكالة", "الوزارة", "الوزير", "هو", "هي", "الأخير", "الأخيرة", "الرئيس", "المسؤولة",
)

#: Source nouns: word -> (English noun, grammatical number: 1 singular, 2 dual, 0 plural).
SOURCE_HEADS: dict[str, tuple[str, int]] = {
    "مصدر": ("source", 1), "مصدرا": ("source", 1), "مصادر": ("source", 0), "مصدران": ("source", 2),
    "مصدرين": ("source", 2),
    "مسؤول": ("official", 1), "مسؤولا": ("official", 1), "مسؤولون": ("official", 0),
    "مسؤولين": ("official", 0), "مسؤولان": ("official", 2), "مسؤولة": ("official", 1),
    "متحدث": ("spokesperson", 1), "متحدثة": ("spokesperson", 1), "ناطق": ("spokesperson", 1),
    "شاهد": ("witness", 1), "شهود": ("witness", 0), "شاهدا": ("witness", 1),
    "سكان": ("resident", 0), "ساكن": ("resident", 1), "أهالي": ("resident", 0),
    "ناشط": ("activist", 1), "ناشطون": ("activist", 0), "ناشطين": ("activist", 0), "نشطاء": ("activist", 0),
    "دبلوماسي": ("diplomat", 1), "دبلوماسيون": ("diplomat", 0), "دبلوماسيين": ("diplomat", 0),
    "مسعف": ("paramedic", 1), "مسعفون": ("paramedic", 0), "مسعفين": ("paramedic", 0),
    "طبيب": ("doctor", 1), "أطباء": ("doctor", 0),
    "ضابط": ("officer", 1), "ضباط": ("officer", 0), "باحث": ("researcher", 1), "باحثون": ("researcher", 0),
    "الباحث": ("researcher", 1), "الخبير": ("expert", 1), "المحلل": ("analyst", 1),
    "عنصر": ("member", 1), "عناصر": ("member", 0),
    "قيادي": ("leader", 1), "قياديون": ("leader", 0), "قياديين": ("leader", 0),
    "نائب": ("lawmaker", 1), "نواب": ("lawmaker", 0),
    "خبير": ("expert", 1), "خبراء": ("expert", 0),
    "محلل": ("analyst", 1), "محللون": ("analyst", 0),
    "مراقب": ("observer", 1), "مراقبون": ("observer", 0),
    "وسائل إعلام": ("media", 0), "وسائل الإعلام": ("media", 0), "الإعلام": ("media", 0),
    "تقارير": ("report", 0), "تقرير": ("report", 1), "صحف": ("newspaper", 0),
    "مواقع": ("website", 0), "مواقع إخبارية": ("news website", 0), "المواقع الإخبارية": ("news website", 0),
    "المواقع": ("website", 0), "قنوات": ("channel", 0), "منصات": ("platform", 0),
    "مصادر محلية": ("local source", 0), "جهات": ("party", 0),
}

#: Plural nouns after أحد / إحدى ("one of the ..."), rendered "a <singular>".
ONE_OF: tuple[str, ...] = ("أحد", "إحدى")
PERSON_NOUNS: dict[str, str] = {
    "المعتصمين": "sit-in participant", "المحتجين": "protester", "المتظاهرين": "protester",
    "السكان": "resident", "الشهود": "witness", "الناجين": "survivor", "المسعفين": "paramedic",
    "الأطباء": "doctor", "الجنود": "soldier", "الضباط": "officer", "المسؤولين": "official",
    "النواب": "lawmaker", "القادة": "commander", "القياديين": "leader", "العناصر": "member",
    "المقاتلين": "fighter", "الناشطين": "activist", "الصحفيين": "journalist", "الأهالي": "resident",
}

#: Adjectives (masculine singular, without ال): the claims lexicon adds ة / ين / ون / ان / تين / ات.
MODIFIERS: dict[str, str] = {
    "أمني": "security", "عسكري": "military", "دبلوماسي": "diplomatic", "حكومي": "government",
    "محلي": "local", "مطلع": "informed", "رسمي": "official", "طبي": "medical", "استخباري": "intelligence",
    "استخباراتي": "intelligence", "سياسي": "political", "قضائي": "judicial", "برلماني": "parliamentary",
    "حزبي": "party", "ميداني": "field", "إعلامي": "media", "إخباري": "news", "مقرب": "close",
    "موثوق": "reliable", "رفيع": "senior", "كبير": "senior", "بارز": "senior", "مسلح": "armed",
    "حقوقي": "rights", "إنساني": "humanitarian", "أممي": "UN", "غربي": "Western", "أوروبي": "European",
    "خليجي": "Gulf", "عربي": "Arab", "إقليمي": "regional", "دولي": "international",
}

#: Nationality adjectives (masculine singular, without ال) -> English.
NATIONALITIES: dict[str, str] = {
    "عراقي": "Iraqi", "إيراني": "Iranian", "أمريكي": "US", "أميركي": "US", "إسرائيلي": "Israeli",
    "سوري": "Syrian", "لبناني": "Lebanese", "سعودي": "Saudi", "تركي": "Turkish", "كردي": "Kurdish",
    "كوردي": "Kurdish", "فلسطيني": "Palestinian", "يمني": "Yemeni", "أردني": "Jordanian", "مصري": "Egyptian",
    "قطري": "Qatari", "إماراتي": "Emirati", "بحريني": "Bahraini", "كويتي": "Kuwaiti", "عماني": "Omani",
    "روسي": "Russian", "فرنسي": "French", "بريطاني": "British", "ألماني": "German", "صيني": "Chinese",
    "أفغاني": "Afghan", "باكستاني": "Pakistani", "ليبي": "Libyan", "سوداني": "Sudanese", "تونسي": "Tunisian",
    "جزائري": "Algerian", "مغربي": "Moroccan", "أوكراني": "Ukrainian", "هندي": "Indian", "ياباني": "Japanese",
}

#: Phrases saying a source is not named -> "asked" (who asked not to be named) or "unnamed".
ANONYMITY: dict[str, str] = {
    "طلب عدم الكشف عن اسمه": "asked", "طلبت عدم الكشف عن اسمها": "asked", "طلب عدم ذكر اسمه": "asked",
    "طلب عدم الكشف عن هويته": "asked", "فضل عدم الكشف عن اسمه": "asked", "فضل عدم ذكر اسمه": "asked",
    "رفض الكشف عن اسمه": "asked", "طلبوا عدم الكشف عن أسمائهم": "asked", "فضلوا عدم الكشف عن أسمائهم": "asked",
    "طلب عدم نشر اسمه": "asked", "اشترط عدم ذكر اسمه": "asked", "شريطة عدم الكشف عن اسمه": "asked",
    "لم تسمه": "unnamed", "لم يسمه": "unnamed", "لم تسمهم": "unnamed", "لم تكشف عن اسمه": "unnamed",
    "لم تذكر اسمه": "unnamed", "لم يكشف عن اسمه": "unnamed", "لم تكشف هويته": "unnamed",
    "لم تكشف عن هويته": "unnamed", "لم يذكر اسمه": "unnamed", "دون أن تسميه": "unnamed",
    "لم يتم الكشف عن اسمه": "unnamed", "مجهول": "unnamed",
}

#: Number words -> count (0 for vague quantities: several, some).
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
    "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10,
    "عشر": 10, "عدة": 0, "بعض": 0, "عدد من": 0,
}
VAGUE_WORDS: dict[str, str] = {"عدة": "several", "بعض": "some", "عدد من": "several"}

#: Prepositions opening the tail of a source phrase -> English.
TAIL_PREPOSITIONS: dict[str, str] = {
    "في": "in", "من": "from", "داخل": "in", "ب": "in", "تابعة ل": "affiliated with", "تابع ل": "affiliated with",
    "تابعة لـ": "affiliated with", "مقربة من": "close to", "مقرب من": "close to", "قريبة من": "close to",
    "قريب من": "close to", "تابعة": "affiliated with", "تابع": "affiliated with", "التابعة": "affiliated with",
    "التابع": "affiliated with", "مطلعة على": "familiar with", "مطلع على": "familiar with", "لدى": "in", "باسم": "for",
}

#: Titles opening a speaker phrase with no name ("المتحدث باسم الوزارة") -> English.
TITLES: dict[str, str] = {
    "المتحدث باسم": "spokesperson for", "متحدث باسم": "spokesperson for", "الناطق باسم": "spokesperson for",
    "ناطق باسم": "spokesperson for", "المتحدثة باسم": "spokesperson for", "الناطقة باسم": "spokesperson for",
    "وزير": "minister of", "رئيس": "head of", "قائد": "commander of", "مدير": "director of",
    "نائب": "deputy of", "ممثل": "representative of", "سفير": "ambassador of", "مستشار": "adviser of",
    "محافظ": "governor of", "الأمين العام": "secretary-general of", "أمين عام": "secretary-general of",
    "مكتب": "office of", "مدير مكتب": "office director of", "زعيم": "leader of", "قائد عام": "commander of",
    "الأمين العام ل": "secretary-general of", "مبعوث": "envoy of", "المبعوث": "envoy of", "مستشار الأمن": "security adviser of",
}

#: Institutional nouns for rendering bodies that are not in the knowledge base ("قيادة عمليات البصرة"
#: -> "Basra Operations Command": the nouns of a construct chain are read in reverse order).
GLOSSARY: dict[str, str] = {
    "وزارة": "Ministry", "الدفاع": "Defense", "الداخلية": "Interior", "الخارجية": "Foreign Affairs",
    "الصحة": "Health", "الخزانة": "Treasury", "العدل": "Justice", "المالية": "Finance", "النفط": "Oil",
    "الكهرباء": "Electricity", "شرطة": "Police", "الشرطة": "Police", "قيادة": "Command", "عمليات": "Operations",
    "العمليات": "Operations", "خلية": "Cell", "الإعلام": "Media", "جهاز": "Service", "مكافحة": "Counter",
    "الإرهاب": "Terrorism", "مجلس": "Council", "هيئة": "Authority", "الحكومة": "Government",
    "حكومة": "Government", "الجيش": "Army", "جيش": "Army", "الرئاسة": "Presidency", "رئاسة": "Presidency",
    "مكتب": "Office", "المكتب": "Office", "محافظة": "Governorate", "المحافظة": "Province",
    "مديرية": "Directorate", "الاستخبارات": "Intelligence", "مفوضية": "Commission", "المفوضية": "Commission",
    "حقوق": "Rights", "السلطات": "Authorities", "سلطات": "Authorities", "البرلمان": "Parliament",
    "النيابة": "Prosecution", "الادعاء": "Prosecution", "المحكمة": "Court", "محكمة": "Court",
    "القضاء": "Judiciary", "الدفاع المدني": "Civil Defense", "الجمارك": "Customs", "الحدود": "Border",
    "الحرس": "Guard", "القوات": "Forces", "قوات": "Forces", "الأمن": "Security", "الجماعة": "Group",
    "الحركة": "Movement", "الحزب": "Party", "التحالف": "Coalition", "المنظمة": "Organization",
    "منظمة": "Organization", "المرصد": "Observatory", "مرصد": "Observatory", "جماعة": "Group",
    "حركة": "Movement", "حزب": "Party", "فصائل": "Factions", "الفصائل": "Factions", "فصيل": "Faction",
    "ميليشيات": "Militias", "الميليشيات": "Militias", "مليشيات": "Militias", "المليشيات": "Militias",
    "مكافحة الإرهاب": "Counter-Terrorism", "مكافحة الارهاب": "Counter-Terrorism", "الجهات": "Authorities",
    "إدارة": "Administration", "الإدارة": "Administration", "المتحدث": "Spokesperson",
    "القوات البحرية": "Navy", "القوات الجوية": "Air Force", "القوة الجوية": "Air Force", "سلاح الجو": "Air Force",
}

#: Adjectives of institutions; they go before the nouns in English ("المفوضية العليا" -> "High Commission").
GLOSSARY_ADJECTIVES: dict[str, str] = {
    "العليا": "High", "الأعلى": "Supreme", "الوطني": "National", "الوطنية": "National", "العامة": "General",
    "العام": "General", "الجوية": "Air", "البحرية": "Naval", "المشتركة": "Joint", "الاتحادية": "Federal",
    "الاتحادي": "Federal", "الأمني": "Security", "الأمنية": "Security", "المستقلة": "Independent",
}

#: Prepositional tails kept after the nouns ("لحقوق الإنسان" -> "for Human Rights").
GLOSSARY_TAILS: dict[str, str] = {
    "لحقوق الإنسان": "for Human Rights", "لحقوق الانسان": "for Human Rights", "في إقليم كردستان": "in Kurdistan",
    "في الأمم المتحدة": "at the United Nations", "لدى الأمم المتحدة": "to the United Nations",
}

#: Nouns of media that publish the reports a denial rejects ("ما نشرته بعض المواقع الإخبارية").
MEDIA_HEADS: tuple[str, ...] = (
    "وسائل إعلام", "وسائل الإعلام", "المواقع الإخبارية", "مواقع إخبارية", "مواقع التواصل", "صحف",
    "الصحف", "تقارير إعلامية", "قنوات", "القنوات", "منصات", "حسابات", "وكالات", "مواقع",
)
#: Words before a media noun ("بعض المواقع") -> English.
MEDIA_QUANTIFIERS: dict[str, str] = {"بعض": "some", "عدة": "several", "عدد من": "several"}

#: Pronouns used as a speaker ("وقال هو ..."), which carry the previous speaker over.
PRONOUNS: tuple[str, ...] = ("هو", "هي", "هم")

#: Honorifics, ranks and roles written before a personal name; skipped when reading a speaker
#: ("وزير الخارجية القطري الشيخ محمد ...": the name is the speaker).
HONORIFICS: tuple[str, ...] = (
    "السيد", "السيدة", "الشيخ", "الحاج", "الدكتور", "الأستاذ", "الأمير", "الملك", "الإمام", "آية الله",
    "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "الفريق أول", "الجنرال", "القاضي",
    "النائب", "الوزير", "السفير", "الرئيس", "القيادي", "الزعيم", "المستشار", "الركن", "رئيس الوزراء",
    "رئيس الحكومة", "رئيس الجمهورية", "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "زعيم", "قائد",
    "الأمين العام", "أمين عام", "المرشد", "رئيس", "وزير", "نائب", "مستشار", "سفير", "محافظ", "المبعوث",
    "مبعوث", "المتحدث", "الناطق", "حجة الإسلام",
)

#: Words inside a source phrase that add nothing to its English description.
FILLERS: tuple[str, ...] = ("المستوى", "الرفيع", "الرفيعة", "رفيعة المستوى", "في المنطقة", "قوله", "قولها", "قولهم", "متطابقة", "متطابقه", "مختلفة",
                            "تأكيده", "تأكيدها")

#: "بيان صادر عن X" (a statement issued by X): here عن names the author, not a cited source.
ISSUED_BY: tuple[str, ...] = ("صادر عن", "الصادر عن", "صادرة عن", "الصادرة عن", "صدر عن")

#: Possessive speakers ("وقال مكتبه", "المتحدث باسمه"): the owner is the last person or body named.
POSSESSIVES: dict[str, str] = {
    "مكتبه": "office", "مكتبها": "office", "المتحدث باسمه": "spokesperson", "المتحدث باسمها": "spokesperson",
    "الناطق باسمه": "spokesperson", "الناطق باسمها": "spokesperson", "متحدث باسمه": "spokesperson",
    "متحدث باسمها": "spokesperson", "مستشاره": "adviser", "مساعده": "aide", "حكومته": "government",
    "وزارته": "ministry", "قيادتها": "command", "إعلامه": "media office",
}

#: Words that end a speaker phrase: what follows names someone else ("الإدارة ... برئاسة ترامب").
STOPS: tuple[str, ...] = ("برئاسة", "بقيادة", "بزعامة", "بعد", "قبل", "خلال", "عقب")

#: Phrases naming the outlet a source spoke to, as "told" does ("در گفت‌وگو با خبرگزاری تسنیم").
TOLD_PHRASES: tuple[str, ...] = ("في حديث ل", "في حديث لـ", "في تصريح ل", "في تصريح لـ", "في تصريحات ل", "في مقابلة مع", "في حوار مع")
