"""find_claims on sentences written for these tests (Arabic, Persian, English).

Mentions are placed by hand (the knowledge-base ids they would get), so these tests check
attribution alone, whatever the entities stage does.
"""

from __future__ import annotations

import pytest

from khabar.claims import claim_for, find_claims, voice_of
from khabar.document import Citation, Claim, Document, Mention, Span
from khabar.kb import load_kb
from khabar.text.sentences import split_sentences

KB = load_kb()


def run(text: str, lang: str, *names: tuple[str, str, str]) -> list[Claim]:
    """find_claims with mentions of (surface, entity id, type), each at its first occurrence."""
    mentions = []
    for surface, eid, etype in names:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, eid, etype, "test"))
    sentences = [Span(a, b) for a, b in split_sentences(text, lang)]
    claims = find_claims(text, lang, sentences, mentions, kb=KB)
    for c in claims:
        assert c.span is not None and 0 <= c.span.start < c.span.end <= len(text)
    return claims


def chain(c: Claim) -> list[str | None]:
    """The claim's voices, outermost first, as entity ids or descriptions."""
    return [x.entity if x.entity and not x.description else x.description for x in voice_of(c)]


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.by, c.citing, c.kind) for c in claims]
    return claims[0]


# ---------------------------------------------------------------------- Arabic
def test_ar_agency_citing_counted_sources() -> None:
    text = "نقلت وكالة رويترز عن 3 مصادر تابعة للميليشيات ومصدرين أمنيين أن طائرة مسيرة استهدفت مطار بغداد فجر اليوم."
    c = only(run(text, "ar", ("رويترز", "reuters", "ORG")))
    assert c.by == "reuters" and c.kind == "report"
    assert [x.description for x in c.citing] == ["three militia sources", "two security sources"]
    assert c.span == Span(0, len(text))


def test_ar_chain_of_two_outlets_and_unnamed_official() -> None:
    text = "نقلت قناة الجزيرة عن وكالة فرانس برس عن مسؤول أمريكي لم تسمه أن سفينة حربية عبرت مضيق هرمز."
    c = only(run(text, "ar", ("الجزيرة", "al-jazeera", "ORG"), ("فرانس برس", "afp", "ORG")))
    assert chain(c) == ["al-jazeera", "afp", "an unnamed US official"]


def test_ar_spokesperson_named_by_title_only() -> None:
    text = "قال المتحدث باسم وزارة الخارجية الإيرانية إن بلاده لن تتفاوض تحت الضغط."
    c = only(run(text, "ar", ("وزارة الخارجية الإيرانية", "iran-foreign-ministry", "ORG")))
    assert c.by is None
    assert c.citing == [Citation("iran-foreign-ministry", "the spokesperson for the Iranian Foreign Ministry")]


def test_ar_person_after_title_is_the_speaker() -> None:
    text = "أكد وزير الخارجية العماني بدر البوسعيدي أن مسقط مستعدة لنقل الرسائل بين الطرفين."
    c = only(run(text, "ar", ("بدر البوسعيدي", "badr-albusaidi", "PER")))
    assert c.by == "badr-albusaidi" and c.citing == []


def test_ar_anonymous_source_who_asked_not_to_be_named() -> None:
    text = "أفاد مسؤول عسكري طلب عدم الكشف عن اسمه بأن قافلة إمداد تعرضت لكمين قرب الحدود."
    c = only(run(text, "ar"))
    assert chain(c) == ["a military official who asked not to be named"]


def test_ar_source_told_an_outlet() -> None:
    text = "كشف مصدر دبلوماسي لوكالة الأناضول أن جولة جديدة من المفاوضات ستعقد في الدوحة."
    c = only(run(text, "ar", ("الأناضول", "anadolu", "ORG")))
    assert chain(c) == ["anadolu", "a diplomatic source"]


def test_ar_trailing_according_to_covers_the_sentence() -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على بلدة حدودية، بحسب المرصد السوري لحقوق الإنسان."
    c = only(run(text, "ar", ("المرصد السوري لحقوق الإنسان", "sohr", "ORG")))
    assert c.by == "sohr" and c.span.start == 0


def test_ar_denial_and_the_denied_report() -> None:
    text = "نفت وزارة الدفاع التركية أن تكون طائراتها قصفت قرية حدودية، كما أفادت وسائل إعلام محلية."
    claims = run(text, "ar", ("وزارة الدفاع التركية", "turkey-defense-ministry", "ORG"))
    assert [(c.by, c.kind) for c in claims] == [("turkey-defense-ministry", "denial"), (None, "report")]
    assert chain(claims[1]) == ["local media"]
    assert claims[0].span == claims[1].span


def test_ar_attribution_carries_over_to_the_next_sentence() -> None:
    text = "قال مصدر أمني عراقي إن صاروخين سقطا قرب السفارة. وأضاف المصدر أن الهجوم لم يسفر عن إصابات."
    c = only(run(text, "ar"))
    assert chain(c) == ["an Iraqi security source"]
    assert c.span.end >= text.index("إصابات")


def test_ar_carry_over_skips_an_unattributed_sentence() -> None:
    text = ("قال مصدر أمني عراقي إن صاروخين سقطا قرب السفارة. وتشهد العاصمة توترا منذ أسابيع. "
            "وأضاف أن الهجوم لم يسفر عن إصابات.")
    claims = run(text, "ar")
    assert [chain(c) for c in claims] == [["an Iraqi security source"], [], ["an Iraqi security source"]]
    assert [c.id for c in claims] == ["c1", "c2", "c3"]


def test_ar_a_new_frame_starts_a_new_claim() -> None:
    text = "قال مصدر أمني إن الهجوم وقع ليلا. وقالت وزارة الداخلية العراقية إن التحقيقات بدأت."
    claims = run(text, "ar", ("وزارة الداخلية العراقية", "iraq-interior-ministry", "ORG"))
    assert [chain(c) for c in claims] == [["a security source"], ["iraq-interior-ministry"]]


def test_ar_direct_quote_with_its_speaker() -> None:
    text = "وقال المبعوث الأممي هانس غروندبرغ: «نحن أمام فرصة حقيقية لتمديد الهدنة في اليمن»."
    c = only(run(text, "ar", ("هانس غروندبرغ", "hans-grundberg", "PER")))
    assert c.by == "hans-grundberg" and c.kind == "quote"
    assert text[c.span.start] == "«" and text[c.span.end - 1] == "»"


def test_ar_mid_sentence_frame_splits_the_sentence() -> None:
    text = ("تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجا على رفع الرسوم، وقالت الشرطة المحلية إن "
            "ثلاثة منهم اعتقلوا.")
    claims = run(text, "ar")
    assert [chain(c) for c in claims] == [[], ["the local police"]]
    assert claims[0].span.end <= text.index("وقالت") <= claims[1].span.start


def test_ar_threat_content_is_the_speakers_claim() -> None:
    text = "هدد زعيم جماعة الحوثي عبد الملك الحوثي باستهداف السفن المتجهة إلى إسرائيل في البحر الأحمر."
    claims = run(text, "ar", ("جماعة الحوثي", "houthis", "ORG"), ("عبد الملك الحوثي", "abdul-malik-al-houthi", "PER"))
    assert [(c.by, c.kind) for c in claims] == [(None, "report"), ("abdul-malik-al-houthi", "report")]
    article, threat = claims
    assert article.citing == [] and article.span.start == 0
    assert article.span.start <= threat.span.start and threat.span.end <= article.span.end
    doc = Document(id="t", text=text, lang="ar", claims=claims)
    trigger = text.index("باستهداف")
    assert claim_for(doc, Span(trigger, trigger + 8)) == threat.id
    assert claim_for(doc, Span(0, 3)) == article.id


def test_ar_unattributed_reporting_is_the_article() -> None:
    text = "وصلت قافلة مساعدات إلى مدينة غزة صباح اليوم. وتضم القافلة عشرين شاحنة."
    c = only(run(text, "ar"))
    assert c.by is None and c.citing == [] and c.span == Span(0, len(text))


def test_ar_kana_qad_order() -> None:
    text = "وكانت وكالة رويترز قد نقلت عن مصادر في الفصائل أن القائد الإيراني زار بغداد سرا."
    c = only(run(text, "ar", ("رويترز", "reuters", "ORG")))
    assert chain(c) == ["reuters", "faction sources"]


# ---------------------------------------------------------------------- Persian
def test_fa_outlet_reporting_agency_citing_sources() -> None:
    text = "به گزارش بی‌بی‌سی فارسی، خبرگزاری رویترز به نقل از سه منبع امنیتی گزارش داد که دو پهپاد به یک انبار مهمات حمله کردند."
    c = only(run(text, "fa", ("بی‌بی‌سی فارسی", "bbc-persian", "ORG"), ("رویترز", "reuters", "ORG")))
    assert chain(c) == ["bbc-persian", "reuters", "three security sources"]


def test_fa_agency_citing_anonymous_source() -> None:
    text = "خبرگزاری تسنیم به نقل از یک منبع آگاه که نخواست نامش فاش شود نوشت که مذاکرات هفته آینده از سر گرفته می‌شود."
    c = only(run(text, "fa", ("تسنیم", "tasnim", "ORG")))
    assert chain(c) == ["tasnim", "an informed source who asked not to be named"]


def test_fa_denial_by_title_only_speaker_and_denied_media() -> None:
    text = "سخنگوی وزارت امور خارجه ایران گزارش رسانه‌های غربی درباره ارسال موشک به روسیه را تکذیب کرد."
    claims = run(text, "fa", ("وزارت امور خارجه ایران", "iran-foreign-ministry", "ORG"))
    assert [c.kind for c in claims] == ["denial", "report"]
    assert claims[0].citing[0].entity == "iran-foreign-ministry"
    assert "spokesperson" in (claims[0].citing[0].description or "")
    assert chain(claims[1]) == ["Western media"]


def test_fa_quote_then_he_added_quote() -> None:
    text = ("سردار رمضان شریف، سخنگوی سپاه، گفت: «این رزمایش پیامی روشن برای دشمنان منطقه است.» "
            "وی افزود: «نیروهای ما در آمادگی کامل به سر می‌برند و به هر تهدیدی پاسخ می‌دهند.»")
    claims = run(text, "fa", ("رمضان شریف", "ramezan-sharif", "PER"), ("سپاه", "irgc", "ORG"))
    assert {c.by for c in claims} == {"ramezan-sharif"}
    assert all(c.kind == "quote" for c in claims)
    assert claims[-1].span.end >= text.index("پاسخ")


def test_fa_verb_final_report() -> None:
    text = "سپاه پاسداران اعلام کرد که یک نفتکش خارجی را در خلیج فارس توقیف کرده است."
    c = only(run(text, "fa", ("سپاه پاسداران", "irgc", "ORG")))
    assert c.by == "irgc" and c.kind == "report"


def test_fa_threat_nested_claim() -> None:
    text = "فرمانده نیروی دریایی ارتش تهدید کرد که هر کشتی متجاوز در تنگه هرمز هدف قرار خواهد گرفت."
    claims = run(text, "fa")
    assert claims[0].by is None and claims[0].citing == []
    assert len(claims) == 2 and claims[1].citing and "commander" in (claims[1].citing[0].description or "")


def test_fa_according_to_unknown_outlet_keeps_its_name() -> None:
    text = "به گزارش پایگاه خبری صدای مرز، سه کولبر در نزدیکی مرز زخمی شدند."
    c = only(run(text, "fa"))
    desc = c.citing[0].description or "" if c.citing else ""
    assert c.by is None and "Marz" in desc and not any("\u0600" <= ch <= "\u06ff" for ch in desc)  # romanized


# ---------------------------------------------------------------------- English
def test_en_sources_told_an_outlet() -> None:
    text = "Two drones hit a fuel depot near Erbil on Monday, two Kurdish security officials told Reuters."
    c = only(run(text, "en", ("Reuters", "reuters", "ORG")))
    assert chain(c) == ["reuters", "two Kurdish security officials"]
    assert c.span.start == 0


def test_en_according_to_opening_the_sentence() -> None:
    text = "According to the Syrian Observatory for Human Rights, the strike killed four fighters."
    c = only(run(text, "en", ("Syrian Observatory for Human Rights", "sohr", "ORG")))
    assert c.by == "sohr"


def test_en_anonymity_and_citing_chain() -> None:
    text = ("The tanker was seized near Fujairah, the Associated Press reported, citing a maritime security "
            "official who spoke on condition of anonymity.")
    c = only(run(text, "en", ("Associated Press", "ap", "ORG")))
    assert c.by == "ap"
    assert c.citing and "maritime security official" in (c.citing[0].description or "")


def test_en_denial() -> None:
    text = "Iran's foreign ministry on Tuesday denied that it had sent drones to Russia."
    c = only(run(text, "en", ("Iran's foreign ministry", "iran-foreign-ministry", "ORG")))
    assert (c.by, c.kind) == ("iran-foreign-ministry", "denial")


def test_en_neither_confirmed_nor_denied_is_no_denial() -> None:
    text = "The spokesman neither confirmed nor denied the meeting."
    assert [c.kind for c in run(text, "en")] == ["report"]


def test_en_passive_reported_is_not_attribution() -> None:
    text = "A rocket struck the airport. No casualties were reported."
    c = only(run(text, "en"))
    assert c.by is None and c.citing == []


def test_en_inverted_quote_and_carry_over() -> None:
    text = ('"We will respond at a time of our choosing," said a senior Hezbollah official, who asked not to be '
            'named. "Nobody should doubt it."')
    claims = run(text, "en")
    assert claims[0].kind == "quote"
    assert chain(claims[0]) == ["a senior Hezbollah official who asked not to be named"]
    assert all(chain(c) == chain(claims[0]) for c in claims)
    assert claims[-1].span.end >= text.index("doubt")


def test_en_he_added_continues_the_speaker() -> None:
    text = ("Prime Minister Mohammed Shia al-Sudani said the government would protect foreign missions. "
            "He added that the attackers would be found.")
    c = only(run(text, "en", ("Mohammed Shia al-Sudani", "mohammed-shia-al-sudani", "PER")))
    assert c.by == "mohammed-shia-al-sudani"
    assert c.span == Span(0, len(text))


def test_en_quote_across_sentences_is_one_claim() -> None:
    text = ('"The attack was cowardly. It will not go unanswered. We know who did it," the defence minister said '
            'on Sunday.')
    sentences = [Span(0, 26), Span(27, 52), Span(53, len(text))]
    claims = find_claims(text, "en", sentences, [], kb=KB)
    quote = [c for c in claims if c.kind == "quote"]
    assert len(quote) == 1 and quote[0].span.start == 0 and quote[0].span.end >= text.index("did it")
    assert chain(quote[0]) == ["the defence minister"]


def test_en_told_reporters_is_not_an_outlet() -> None:
    text = "The minister told reporters that the border crossing would reopen on Friday."
    c = only(run(text, "en"))
    assert chain(c) == ["the minister"]


@pytest.mark.parametrize("lang,text", [
    ("ar", "أعلنت وزارة الصحة أن عدد الإصابات ارتفع."),
    ("fa", "وزارت بهداشت اعلام کرد که شمار مبتلایان افزایش یافته است."),
    ("en", "The health ministry said the number of cases had risen."),
])
def test_every_claim_is_numbered_in_text_order(lang: str, text: str) -> None:
    claims = run(text + " " + text, lang)
    assert [c.id for c in claims] == [f"c{i + 1}" for i in range(len(claims))]
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)


# ---------------------------------------------------------------------- regressions from the demo corpus
def test_ar_quoted_outlet_name_citing_sources() -> None:
    text = "وذكرت صحيفة «النهار» نقلاً عن مصادر مطلعة أن الحكومة ستعقد جلسة طارئة غدا."
    c = only(run(text, "ar"))
    assert chain(c) == ["Al Nahar", "informed sources"]  # the name as written, romanized


def test_ar_state_television_citing_a_military_source() -> None:
    text = "ونقل التلفزيون الرسمي السوري عن مصدر عسكري قوله إن الدفاعات الجوية تصدت لصواريخ معادية."
    c = only(run(text, "ar"))
    assert chain(c) == ["the official Syrian television", "a military source"]


def test_ar_his_office_said() -> None:
    text = "ودعا رئيس الوزراء محمد شياع السوداني إلى التهدئة، وقال مكتبه في بيان إن الحكومة لن تسمح بالفوضى."
    claims = run(text, "ar", ("محمد شياع السوداني", "mohammed-shia-al-sudani", "PER"))
    assert claims[-1].citing == [Citation("mohammed-shia-al-sudani", "the office of Mohammed Shia al-Sudani")]


def test_en_spokesman_for_an_organization() -> None:
    text = "A spokesman for the US-led coalition said no coalition personnel were hurt."
    c = only(run(text, "en", ("US-led coalition", "us-led-coalition", "ORG")))
    assert c.by is None and c.citing[0].entity == "us-led-coalition"
    assert c.citing[0].description == "a spokesman for the US-led coalition"


def test_en_claimed_responsibility_and_noun_reports_are_not_attribution() -> None:
    text = "No group claimed responsibility for the blast. Media reports said the toll could rise."
    claims = run(text, "en")
    assert chain(claims[0]) == []


def test_en_second_verb_keeps_the_subject() -> None:
    text = ('Spokesman Ned Price said the United States "will protect its personnel" and accused '
            '"Iran-aligned groups" of the attacks.')
    claims = run(text, "en", ("Ned Price", "ned-price", "PER"))
    assert {c.by for c in claims} == {"ned-price"}


def test_en_anaphor_picks_the_matching_earlier_voice() -> None:
    text = ("Iraq hosted the talks, an Iraqi government official said. A Saudi official denied that any talks took "
            'place. "A second round is planned," the Iraqi official said.')
    claims = run(text, "en")
    assert chain(claims[-1]) == ["an Iraqi government official"]
