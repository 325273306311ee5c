"""Event types from trigger words in Arabic, Persian and English, with clitics and inflections.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from khabar.document import Mention
from khabar.events import extract_events
from khabar.events.context import World, build_sentence
from khabar.events.lexicon import lexicon
from khabar.events.tokens import tokenize
from khabar.events.triggers import find_triggers


def run(text: str, lang: str, names: dict[str, tuple[str, str]] | None = None, published: str | None = "2023-05-10"):
    mentions = []
    for surface, (eid, typ) in (names or {}).items():
        i = text.find(surface)
        assert i >= 0, surface
        mentions.append(Mention(i, i + len(surface), surface, eid, typ, "test"))
    return extract_events(text, lang, mentions=mentions, published=published)


def types(text: str, lang: str) -> list[str]:
    return [f.event.type for f in run(text, lang).events]


TYPE_CASES = [
    # Arabic
    ("ar", "قصفت طائرات حربية مواقع في ريف دمشق أمس.", "ASSAULT"),
    ("ar", "اعتقلت الشرطة 15 شخصاً في المدينة يوم الجمعة.", "COERCE"),
    ("ar", "نشرت روسيا تعزيزات عسكرية جديدة في الساحل.", "MOBILIZE"),
    ("ar", "هدد الحرس الثوري بالرد على أي اعتداء.", "THREATEN"),
    ("ar", "تظاهر مئات الطلاب أمام مبنى الوزارة.", "PROTEST"),
    ("ar", "اتهمت الحكومة المعارضة بإثارة الفوضى.", "ACCUSE"),
    ("ar", "رفضت الحكومة اللبنانية المبادرة الجديدة.", "REJECT"),
    ("ar", "دعا البرلمان الحكومة إلى الاستقالة.", "REQUEST"),
    ("ar", "التقى وزير الخارجية نظيره التركي في أنقرة.", "CONSULT"),
    ("ar", "وقعت الدولتان اتفاقية للتجارة الحرة.", "AGREE"),
    ("ar", "رحبت الجامعة العربية بالمبادرة.", "SUPPORT"),
    ("ar", "سيّرت القوتان دورية مشتركة قرب الحدود.", "COOPERATE"),
    ("ar", "أرسلت الكويت مساعدات طبية إلى السودان.", "AID"),
    ("ar", "فرضت بريطانيا عقوبات على خمسة مسؤولين.", "SANCTION"),
    ("ar", "انسحبت القوات من البلدة بعد أسابيع من القتال.", "RETREAT"),
    # Persian
    ("fa", "پهپادها دیروز به یک انبار مهمات حمله کردند.", "ASSAULT"),
    ("fa", "پلیس ۲۰ نفر را در این شهر بازداشت کرد.", "COERCE"),
    ("fa", "ارتش رزمایشی در دریای خزر برگزار کرد.", "MOBILIZE"),
    ("fa", "فرمانده سپاه دشمنان را تهدید کرد.", "THREATEN"),
    ("fa", "کارگران معدن مقابل استانداری تجمع کردند.", "PROTEST"),
    ("fa", "دولت مخالفان را به ایجاد آشوب متهم کرد.", "ACCUSE"),
    ("fa", "پارلمان این طرح را رد کرد.", "REJECT"),
    ("fa", "سازمان ملل خواستار آتش‌بس فوری شد.", "REQUEST"),
    ("fa", "وزیر خارجه با همتای خود در مسقط دیدار کرد.", "CONSULT"),
    ("fa", "دو کشور یک توافقنامه امنیتی امضا کردند.", "AGREE"),
    ("fa", "دولت از این تصمیم استقبال کرد.", "SUPPORT"),
    ("fa", "دو کشور عملیات مشترکی علیه قاچاقچیان انجام دادند.", "COOPERATE"),
    ("fa", "نخستین محموله کمک‌های بشردوستانه امروز به بندر رسید.", "AID"),
    ("fa", "اتحادیه اروپا هشت مقام را تحریم کرد.", "SANCTION"),
    ("fa", "نیروها از این منطقه عقب‌نشینی کردند.", "RETREAT"),
    # English
    ("en", "Jets struck a weapons depot near the airport on Friday.", "ASSAULT"),
    ("en", "Police detained 15 people in the capital.", "COERCE"),
    ("en", "The army deployed additional troops to the border.", "MOBILIZE"),
    ("en", "The militia threatened to retaliate.", "THREATEN"),
    ("en", "Thousands of teachers protested outside parliament.", "PROTEST"),
    ("en", "The ministry accused the opposition of inciting unrest.", "ACCUSE"),
    ("en", "The cabinet rejected the plan on Sunday.", "REJECT"),
    ("en", "The council urged both sides to show restraint.", "REQUEST"),
    ("en", "The two ministers met in Geneva on Tuesday.", "CONSULT"),
    ("en", "The two countries signed a trade agreement.", "AGREE"),
    ("en", "The league welcomed the decision.", "SUPPORT"),
    ("en", "The two armies cooperated closely against the smugglers.", "COOPERATE"),
    ("en", "The convoy delivered humanitarian aid to the town.", "AID"),
    ("en", "Britain sanctioned five officials.", "SANCTION"),
    ("en", "The troops withdrew from the town.", "RETREAT"),
]


@pytest.mark.parametrize("lang, text, etype", TYPE_CASES)
def test_every_type_in_every_language(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)


@pytest.mark.parametrize("word", ["استهدفت", "واستهدف", "يستهدف", "تستهدف", "واستهدفت", "استهدفها", "باستهداف"])
def test_arabic_clitics_and_inflections(word: str) -> None:
    assert types(f"{word} القوات موقعاً قرب الحدود.", "ar") == ["ASSAULT"]


@pytest.mark.parametrize("verb", ["حمله کرد", "حمله کردند", "حمله می‌کنند", "حمله نکردند", "حمله خواهند کرد"])
def test_persian_light_verb_forms(verb: str) -> None:
    assert types(f"شبه‌نظامیان به پایگاه {verb}.", "fa") == ["ASSAULT"]


def test_persian_light_verb_sets_the_trigger_span() -> None:
    text = "سپاه مقرهای گروه را هدف قرار داده است."
    found = run(text, "fa").events
    assert [text[f.trigger.start:f.trigger.end] for f in found] == ["هدف قرار داده است"]


def test_english_inflections_and_phrases() -> None:
    assert types("Rockets were fired at the base.", "en") == ["ASSAULT"]
    assert types("Gunmen shot dead a judge.", "en") == ["ASSAULT"]
    assert types("The rebels handed over the prisoners.", "en") == ["COOPERATE"]
    assert types("Israel has called up reservists.", "en") == ["MOBILIZE"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "أفاد مصدر طلب عدم الكشف عن اسمه بأن الوضع هادئ."),  # a "request" that is an idiom
    ("ar", "سقطت الحكومة بعد تصويت البرلمان."),  # سقط without rockets is not an attack
    ("ar", "وزارة الصحة تعلن الأرقام الجديدة."),  # "وزارة" is not "و + زار + ه"
    ("en", "The minister said the economy grew."),  # "aid" inside "said"
    ("en", "The pound slumped against the dollar."),
    ("en", "Prices hit a record high on Monday."),
    ("en", "He fired the coach after the defeat."),  # fired without a projectile
    ("fa", "نرخ دلار در بازار آزاد افزایش یافت."),
    ("fa", "منبعی که نخواست نامش فاش شود این خبر را داد."),
])
def test_look_alikes_are_not_events(lang: str, text: str) -> None:
    assert types(text, lang) == []


def test_triggers_need_their_context_word() -> None:
    assert types("سقطت ثلاثة صواريخ على القاعدة.", "ar") == ["ASSAULT"]
    assert types("انفجرت عبوة ناسفة في السوق.", "ar") == ["ASSAULT"]
    assert types("سه راکت به پایگاه اصابت کرد.", "fa") == ["ASSAULT"]


def test_trigger_inside_an_entity_name_is_not_an_event() -> None:
    text = "أصدر مجلس التعاون الخليجي بياناً."
    found = run(text, "ar", {"مجلس التعاون الخليجي": ("gcc", "ORG")}).events
    assert found == []


def test_a_verb_and_its_event_noun_are_one_event() -> None:
    assert types("شنت الطائرات هجوماً على المدينة.", "ar") == ["ASSAULT"]
    assert types("غارة إسرائيلية استهدفت مدرسة في المدينة.", "ar") == ["ASSAULT"]
    assert types("Police arrested 12 people in overnight raids.", "en") == ["COERCE"]


def test_find_triggers_records_voice_and_tense() -> None:
    text = "أُطلقت صواريخ على القاعدة."
    sent = build_sentence(0, 0, len(text), tokenize(text, "ar"), lexicon("ar"), [], World())
    (t,) = find_triggers(sent)
    assert t.type == "ASSAULT" and t.has("passive")
    text = "ستُعقد الجولة المقبلة من المحادثات في مسقط."
    sent = build_sentence(0, 0, len(text), tokenize(text, "ar"), lexicon("ar"), [], World())
    assert any(t.has("future") for t in find_triggers(sent))


def test_outcome_alone_is_an_attack_and_joins_its_attack_otherwise() -> None:
    assert types("قُتل خمسة مدنيين في المدينة.", "ar") == ["ASSAULT"]
    assert types("Jets struck the camp, killing four people.", "en") == ["ASSAULT"]
