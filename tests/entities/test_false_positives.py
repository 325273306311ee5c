"""Ordinary words that look like names must stay ordinary words."""

from __future__ import annotations

import pytest

from khabar.document import Document, Span
from khabar.entities.stage import EntityStage


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def _run(stage: EntityStage, text: str, lang: str) -> Document:
    doc = Document(id="t", text=text, lang=lang, sentences=[Span(0, len(text))])
    return stage(doc)


def test_drone_is_not_the_houthi_tv_channel(stage: EntityStage) -> None:
    doc = _run(stage, "تصاعدت الهجمات بالطائرات المسيرة والصواريخ على القواعد العسكرية في غرب العراق.", "ar")
    assert all("المسيرة" not in m.text for m in doc.mentions)


def test_a_misspelled_name_does_not_span_function_words(stage: EntityStage) -> None:
    doc = _run(stage, "ويسعى قائد الفيلق منذ ذلك الحين إلى إعادة ترتيب العلاقة مع الفصائل المسلحة.", "ar")
    assert all("الحين" not in m.text for m in doc.mentions)


def test_a_surname_span_does_not_swallow_a_preposition(stage: EntityStage) -> None:
    text = "مسرور بارزانی امروز به بغداد رفت. نخست‌وزیر عراق نیز در تماس تلفنی با بارزانی گفت‌وگو کرد."
    doc = _run(stage, text, "fa")
    spans = [m.text for m in doc.mentions if m.entity == "masrour-barzani"]
    assert spans and all(not s.startswith("با ") for s in spans)
    for m in doc.mentions:
        assert m.text == text[m.start : m.end]


def test_a_verb_after_a_place_word_is_not_a_place(stage: EntityStage) -> None:
    doc = _run(stage, "وقصفت الطائرات الأمريكية مواقع تستخدمها الفصائل قرب الحدود مع سوريا.", "ar")
    assert all("تستخدمها" not in m.text for m in doc.mentions)


def test_the_base_is_not_al_qaeda_in_arabic(stage: EntityStage) -> None:
    doc = _run(stage, "وسقطت الصواريخ داخل القاعدة التي تستضيف قوات أمريكية غرب العراق.", "ar")
    assert all(m.entity != "al-qaeda" for m in doc.mentions)
    fa = _run(stage, "گروه تروریستی القاعده مسئولیت این حمله را بر عهده گرفت و القاعده بیانیه داد.", "fa")
    assert any(m.entity == "al-qaeda" for m in fa.mentions)


@pytest.mark.parametrize(("text", "lang", "adjective"), [
    ("سقط صاروخ على حي سكني في أطراف المدينة وأصاب منزلين.", "ar", "سكني"),
    ("وأصيب ثلاثة مزارعين في منطقة زراعية قرب الحدود.", "ar", "زراعية"),
    ("انفجرت عبوة ناسفة في قرية حدودية شمال المحافظة.", "ar", "حدودية"),
    ("یک موشک به منطقه مسکونی در حاشیه شهر اصابت کرد.", "fa", "مسکونی"),
])
def test_an_adjective_after_a_place_head_is_not_a_place(stage: EntityStage, text: str, lang: str, adjective: str) -> None:
    doc = _run(stage, text, lang)
    assert all(adjective not in m.text for m in doc.mentions)


def test_a_name_after_a_place_head_is_still_a_place(stage: EntityStage) -> None:
    doc = _run(stage, "وسقطت قذيفة على حي العامل وقرية كوجو في ساعة متأخرة من الليل.", "ar")
    texts = [m.text for m in doc.mentions]
    assert any("العامل" in t for t in texts) and any("كوجو" in t for t in texts)


def test_after_a_demonstrative_an_org_head_is_an_anaphor(stage: EntityStage) -> None:
    doc = _run(stage, "صدها نفر از نیروهای مسلح این سازمان ورودی‌های منطقه سبز بغداد را محاصره کردند.", "fa")
    assert all("ورودی" not in m.text for m in doc.mentions)


def test_a_weapon_type_is_not_a_place(stage: EntityStage) -> None:
    text = ("On Tuesday three Katyusha rockets hit the area near the airport, and later Grad rockets fell on "
            "farmland. Officials condemned the Kirkuk drone attack.")
    doc = _run(stage, text, "en")
    texts = {m.text for m in doc.mentions}
    assert "Katyusha" not in texts and "Grad" not in texts


def test_titles_and_ships_are_not_entities_of_their_own(stage: EntityStage) -> None:
    text = ("Interior Minister Ali Hassan, an ally of Parliament Speaker Nabih Berri, met the governor. "
            "Rebels struck the Panama-flagged tanker Golden Horizon off the coast. "
            "The Golden Horizon's owner said the crew was safe.")
    doc = _run(stage, text, "en")
    texts = {m.text for m in doc.mentions}
    assert "Parliament" not in texts and "Interior" not in texts
    assert not any("Golden Horizon" in t or t == "Horizon" for t in texts)
    assert "Nabih Berri" in texts


@pytest.mark.parametrize(("text", "verb"), [
    ("وقال البيان إن المحافظ سامان كريم طالب الحكومة الاتحادية بصرف الرواتب فوراً.", "طالب"),
    ("وأكدت المصادر أن الوزيرين سعد ناصر الدين غادرا القاعة قبل التصويت على البند.", "غادرا"),
    ("وأضاف أن النائبين جمال عادل ومحمود فاضل قالوا إن الجلسة رفعت.", "قالوا"),
])
def test_a_verb_after_a_name_is_not_part_of_it(stage: EntityStage, text: str, verb: str) -> None:
    doc = _run(stage, text, "ar")
    assert all(verb not in m.text for m in doc.mentions)


def test_a_name_does_not_swallow_the_outlet_it_spoke_to(stage: EntityStage) -> None:
    doc = _run(stage, "وقال المعلم آزاد كريم محمود لبغداد نيوز إن الإضراب سيستمر حتى صرف الرواتب المتأخرة.", "ar")
    names = [m.text for m in doc.mentions if m.type == "PER"]
    assert names and all("لبغداد" not in t for t in names)
