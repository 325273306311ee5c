"""Wire copies: passage-level detection on texts written for these tests (ar, fa, en)."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.stories.syndication import (
    COPY_COVERAGE,
    MemoryIndex,
    groups,
    link,
    sample,
    shingle_hashes,
    spans,
)

AR_WIRE = """\
بغداد (وكالة الأنباء التجريبية) - قالت مصادر أمنية عراقية إن طائرة مسيرة مفخخة استهدفت فجر يوم الأحد محطة كهرباء الدبس شمال غربي كركوك، ما أدى إلى توقف وحدتين عن العمل وانقطاع التيار عن أحياء واسعة من المدينة.

وأضافت المصادر أن فرق الدفاع المدني تمكنت من إخماد الحريق الذي اندلع في أحد المحولات الرئيسية بعد نحو ساعتين، ولم تسجل إصابات بين العاملين في المحطة.

وقال متحدث باسم وزارة الكهرباء إن الفرق الفنية باشرت تقييم الأضرار، وإن إعادة الوحدتين إلى الخدمة قد تستغرق أسبوعاً على الأقل بحسب حجم التلف في المحولات.

ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما فتحت قيادة عمليات كركوك تحقيقاً لتحديد مكان انطلاق الطائرة المسيرة التي يرجح أنها أطلقت من منطقة زراعية قريبة.

وتعرضت منشآت الطاقة في المحافظة لعدة هجمات مماثلة خلال العامين الماضيين، وتقول السلطات إن الهدف منها إرباك إمدادات الكهرباء مع اقتراب فصل الصيف.
"""

# the same wire: own lead, one paragraph cut, reordered, a spelling change, a closing paragraph
AR_EDITED = """\
استيقظ سكان أحياء كركوك الشمالية على صوت انفجار قوي هز المنطقة قبيل الفجر، قبل أن تنقطع الكهرباء عن منازلهم لساعات طويلة.

وقالت مصادر أمنية عراقية إن طائرة مسيّرة مفخخة استهدفت فجر يوم الأحد محطة كهرباء الدبس شمال غربي كركوك، ما أدى إلى توقف وحدتين عن العمل وانقطاع التيار عن أحياء واسعة من المدينة.

ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما فتحت قيادة عمليات كركوك تحقيقاً لتحديد مكان انطلاق الطائرة المسيرة التي يرجح أنها أطلقت من منطقة زراعية قريبة.

وقال متحدث باسم وزارة الكهرباء إن الفرق الفنية باشرت تقييم الأضرار، وإن إعادة الوحدتين إلى الخدمة قد تستغرق أسبوعاً على الأقل بحسب حجم التلف في المحولات.

وطالب أعضاء في مجلس محافظة كركوك الحكومة الاتحادية بنشر منظومات دفاع جوي حول محطات الطاقة في المحافظة.
"""

AR_OTHER = """\
كركوك - أعلنت مديرية توزيع كهرباء كركوك اليوم الاثنين جدولاً جديداً لتوزيع ساعات التجهيز على الأحياء السكنية، في محاولة لتخفيف الضغط على الشبكة مع ارتفاع درجات الحرارة.

وقال مدير التوزيع في مؤتمر صحفي إن الجدول يمنح الأحياء السكنية عشرين ساعة يومياً، فيما تحصل المناطق الصناعية على اثنتي عشرة ساعة، داعياً المواطنين إلى ترشيد الاستهلاك.

وأشار إلى أن المديرية تعمل مع شركات القطاع الخاص على صيانة المحولات القديمة في مركز المدينة، وأن العمل سينتهي قبل نهاية الشهر المقبل.

وانتقد عدد من أصحاب المولدات الأهلية الجدول الجديد، وقالوا إنه سيرفع أسعار الأمبير في الأحياء التي تقل فيها ساعات التجهيز الحكومي.
"""

FA_WIRE = """\
به گزارش خبرگزاری آزمایشی، ناوگان نیروی دریایی صبح امروز سه‌شنبه یک فروند شناور حامل سوخت قاچاق را در نزدیکی جزیره لارک توقیف کرد و خدمه آن را برای تحقیقات به بندرعباس منتقل کرد.

فرمانده منطقه یکم دریایی گفت این شناور حدود دویست هزار لیتر گازوئیل قاچاق حمل می‌کرد و پس از چند ساعت تعقیب در آب‌های سرزمینی متوقف شد.

وی افزود که خدمه شناور دوازده نفر هستند و پرونده آنان به دادگاه ویژه قاچاق سوخت در استان هرمزگان ارسال شده است.

این دومین توقیف شناور حامل سوخت قاچاق در خلیج فارس طی ماه جاری است و مقام‌های محلی می‌گویند قاچاق سوخت در ماه‌های اخیر افزایش یافته است.
"""

FA_EDITED = """\
نیروی دریایی بار دیگر با یک شناور قاچاق سوخت در خلیج فارس برخورد کرد؛ این بار در نزدیکی جزیره لارک و پس از ساعت‌ها تعقیب.

ناوگان نیروی دریایی صبح امروز سه‌شنبه یک فروند شناور حامل سوخت قاچاق را در نزدیکی جزیره لارک توقیف کرد و خدمه آن را برای تحقیقات به بندرعباس منتقل کرد.

فرمانده منطقه یکم دریایی گفت این شناور حدود دویست هزار لیتر گازوئیل قاچاق حمل می‌کرد و پس از چند ساعت تعقیب در آب‌های سرزمینی متوقف شد.

کارشناسان می‌گویند اختلاف قیمت سوخت در ایران و کشورهای همسایه انگیزه اصلی قاچاق است.
"""

EN_WIRE = """\
MUSCAT (Test Wire) - Oman's foreign minister said on Sunday that a new round of talks between the two delegations would take place next week, after a first session that both sides described as constructive and businesslike.

The minister said the delegations spent nearly three hours in separate rooms of the same building while Omani officials carried messages between them, and that they agreed to keep the venue and the format unchanged.

Neither delegation released a statement after the session. A diplomat briefed on the talks said the next meeting would focus on a timetable for the first practical steps.

Oil prices rose slightly in Asian trading on Monday as investors weighed the chances of an agreement.
"""

EN_ANALYSIS = """\
Analysis: a format that suits both sides

The choreography in Muscat mattered as much as the substance. Both governments needed to show their domestic audiences that they were neither surrendering nor walking away, and a format of separate rooms let each tell its own story about what happened.

As the wire reported on Sunday: the minister said the delegations spent nearly three hours in separate rooms of the same building while Omani officials carried messages between them, and that they agreed to keep the venue and the format unchanged.

Our own sources describe a more tense evening than the official readouts suggest. One participant said the first hour was spent arguing over the order of the agenda, and that the mediators twice threatened to end the session early.

Whether the format survives a second round is the real test. Hardliners on both sides have already attacked it, and the mediators know that a single leak could end the process before it starts.
"""


def _link(a: str, ta: str, la: str, b: str, tb: str, lb: str):
    return link(a, shingle_hashes(ta, la), b, shingle_hashes(tb, lb))


@pytest.mark.parametrize(
    ("wire", "edited", "lang", "passages"),
    [(AR_WIRE, AR_EDITED, "ar", 2), (FA_WIRE, FA_EDITED, "fa", 1)],
    ids=["ar", "fa"],
)
def test_edited_republication_is_a_copy(wire: str, edited: str, lang: str, passages: int) -> None:
    lk = _link("wire", wire, lang, "site", edited, lang)
    assert lk is not None and lk.kind == "copy"
    assert max(lk.coverage_a, lk.coverage_b) >= COPY_COVERAGE
    assert len(lk.passages) >= passages  # reordered paragraphs are separate passages


def test_unrelated_texts_on_the_same_topic_are_not_linked() -> None:
    assert _link("wire", AR_WIRE, "ar", "other", AR_OTHER, "ar") is None
    assert _link("a", AR_EDITED, "ar", "b", AR_OTHER, "ar") is None
    assert _link("fa", FA_WIRE, "fa", "en", EN_WIRE, "en") is None


def test_quoting_two_paragraphs_is_a_partial_copy() -> None:
    lk = _link("wire", EN_WIRE, "en", "analysis", EN_ANALYSIS, "en")
    assert lk is not None and lk.kind == "partial"
    assert groups([lk]) == []  # a partial copy does not fold into the wire's source


def test_passages_map_to_the_shared_text_in_each_document() -> None:
    lk = _link("a-wire", AR_WIRE, "ar", "b-site", AR_EDITED, "ar")
    assert lk is not None
    sa = spans(AR_WIRE, "ar", [(p.a0, p.a1) for p in lk.passages])
    sb = spans(AR_EDITED, "ar", [(p.b0, p.b1) for p in lk.passages])
    joined_a = " ".join(AR_WIRE[s:e] for s, e in sa)
    joined_b = " ".join(AR_EDITED[s:e] for s, e in sb)
    assert "قيادة عمليات كركوك تحقيقاً" in joined_a and "قيادة عمليات كركوك تحقيقاً" in joined_b
    assert "استيقظ سكان" not in joined_b  # the site's own lead is not wire text
    for (s, e) in sa + sb:
        assert 0 <= s < e


def test_groups_are_connected_components_of_copy_links() -> None:
    h = {k: shingle_hashes(t, "ar") for k, t in {"x1": AR_WIRE, "x2": AR_EDITED, "x3": AR_OTHER}.items()}
    tail = AR_WIRE.split("\n\n", 2)[2]  # a third site that kept only the last paragraphs
    h["x4"] = shingle_hashes(tail, "ar")
    links = [lk for a, b in [("x1", "x2"), ("x1", "x4"), ("x2", "x4"), ("x1", "x3")]
             if (lk := link(a, h[a], b, h[b])) is not None]
    assert groups(links) == [["x1", "x2", "x4"]]
    assert groups(links, members=["x1", "x4"]) == [["x1", "x4"]]


def test_memory_index_finds_copies_within_the_window_only() -> None:
    index = MemoryIndex()
    index.add("wire", 100, shingle_hashes(AR_WIRE, "ar"))
    index.add("other", 100, shingle_hashes(AR_OTHER, "ar"))
    edited = shingle_hashes(AR_EDITED, "ar")
    assert [lk.kind for lk in index.links_for("site", 101, edited)] == ["copy"]
    assert index.links_for("late", 200, edited) == []  # a copy three months later is not looked for
    assert [lk.b for lk in index.links_for("undated", None, edited)] == ["wire"]


def test_shingles_ignore_diacritics_digits_and_spacing() -> None:
    a = shingle_hashes("قال   المتحدثُ إن ٣ صواريخ سقطت قرب السفارة صباح اليوم", "ar")
    b = shingle_hashes("قال المتحدث إن 3 صواريخ سقطت قرب السفارة صباح اليوم", "ar")
    assert np.array_equal(a, b)
    assert all(h % 4 == 0 for h in sample(a))
