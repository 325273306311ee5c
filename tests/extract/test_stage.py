"""The extract stage on pages written for these tests: text kept, chrome dropped, titles cleaned."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.config import Settings
from khabar.document import Document, Source, document_id
from khabar.extract.html import extract_html
from khabar.extract.stage import ExtractStage
from khabar.ingest import iter_documents
from khabar.pipeline import Pipeline, get_stage

AR_BODY = [
    "بغداد (رويترز) - قالت ثلاثة مصادر أمنية عراقية إن طائرة مسيرة مفخخة استهدفت قاعدة عين الأسد الجوية "
    "في محافظة الأنبار غربي العراق مساء الثلاثاء، من دون أن يسفر الهجوم عن إصابات بشرية.",
    "وأضافت المصادر أن منظومة الدفاع الجوي في القاعدة تصدت للطائرة قبل وصولها إلى هدفها، وأن فرقاً "
    "أمنية انتشرت في المناطق المحيطة بحثاً عن موقع الإطلاق.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما قال مسؤول في وزارة الدفاع إن التحقيقات جارية. "
    "وقال الوزير: اقرأ التقرير كاملاً قبل أن تحكم على أداء القوات الأمنية.",
]
AR_PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>طائرة مسيرة تستهدف قاعدة عين الأسد في الأنبار | شبكة الرافدين الإخبارية</title>
<meta property="og:site_name" content="شبكة الرافدين الإخبارية">
<meta property="og:title" content="طائرة مسيرة تستهدف قاعدة عين الأسد في الأنبار">
<meta property="article:published_time" content="2021-07-06T21:30:00+03:00">
<meta name="keywords" content="العراق, الأنبار">
</head><body>
<a class="skip" href="#main">تجاوز إلى المحتوى الرئيسي</a>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li>
<li><a href="/s">رياضة</a></li></ul></nav></header>
<div class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>
<main id="main"><article>
<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/iraq">العراق</a></div>
<h1>طائرة مسيرة تستهدف قاعدة عين الأسد في الأنبار</h1>
<div class="meta">الثلاثاء 6 يوليو 2021 - 21:30</div>
<p>{AR_BODY[0]}</p>
<figure><img src="/a.jpg"><figcaption>صورة: رويترز</figcaption></figure>
<p>{AR_BODY[1]}</p>
<p>اقرأ أيضاً: الكاظمي يتوعد منفذي الهجمات على البعثات الدبلوماسية</p>
<p>{AR_BODY[2]}</p>
<p>(رويترز)</p>
<div class="share"><p>شارك هذا الخبر</p><ul><li><a href="#">فيسبوك</a></li><li><a href="#">تويتر</a></li>
<li><a href="#">واتساب</a></li></ul></div>
<div class="tags"><p>كلمات مفتاحية: العراق، الأنبار، عين الأسد</p></div>
<h3>أخبار ذات صلة</h3>
<ul class="related"><li><a href="/1">هجوم صاروخي يستهدف مطار أربيل الدولي</a></li>
<li><a href="/2">الكاظمي يستقبل قائد القيادة المركزية الأمريكية</a></li>
<li><a href="/3">ارتفاع أسعار النفط مع تراجع المخزونات</a></li></ul>
</article></main>
<aside><h3>الأكثر قراءة</h3><ol><li><a href="/4">خبر أول في القائمة الجانبية</a></li></ol></aside>
<footer><p>جميع الحقوق محفوظة © 2021 شبكة الرافدين الإخبارية</p><p>تابعونا على</p></footer>
</body></html>"""

FA_BODY = [
    "به گزارش خبرگزاری نمونه، سخنگوی وزارت امور خارجه ایران روز دوشنبه در نشست خبری هفتگی گفت که "
    "جمهوری اسلامی ایران همواره از گفت‌وگو با همسایگان خود استقبال کرده است.",
    "وی در پاسخ به پرسشی درباره دیدار مقام‌های ایران و عربستان در بغداد، این خبر را نه تأیید و نه تکذیب کرد "
    "و افزود که نتایج گفت‌وگوها در زمان مناسب اعلام خواهد شد.",
    "کارشناسان معتقدند تغییر رویکرد دولت جدید آمریکا زمینه را برای کاهش تنش در منطقه فراهم کرده است.",
]
FA_PAGE = f"""<!DOCTYPE html>
<html lang="fa-IR" dir="rtl"><head><meta charset="utf-8">
<title>خطیب‌زاده: از گفت‌وگو با عربستان استقبال می‌کنیم - خبرگزاری نمونه | Nemuneh News Agency</title>
</head><body>
<nav><a href="/">صفحه اصلی</a> <a href="/pol">سیاسی</a> <a href="/int">بین‌الملل</a></nav>
<article>
<h1>خطیب‌زاده: از گفت‌وگو با عربستان استقبال می‌کنیم</h1>
<div class="news-code">کد خبر: ۱۲۳۴۵۶۷</div>
<div class="date">تاریخ انتشار: دوشنبه ۲۲ فروردین ۱۴۰۰ - ۱۱:۳۰</div>
<p>{FA_BODY[0]}</p>
<p>{FA_BODY[1]}</p>
<p>بیشتر بخوانید: واکنش ریاض به گزارش‌های رسانه‌ای درباره مذاکرات</p>
<p>{FA_BODY[2]}</p>
<p>انتهای پیام/</p>
<div class="short-link"><p>لینک کوتاه: https://nemuneh.example/x/abc</p></div>
<div class="tags"><p>برچسب‌ها</p><p>ایران، عربستان، عراق</p></div>
<p>اشتراک گذاری</p>
<h3>اخبار مرتبط</h3>
<ul><li><a href="/1">دیدار وزیر خارجه عراق با همتای ایرانی در تهران</a></li>
<li><a href="/2">نشست سران کشورهای منطقه در بغداد برگزار می‌شود</a></li></ul>
<p>دیدگاهتان را بنویسید</p>
</article>
<footer>تمامی حقوق این سایت محفوظ است. <a href="#top">دکمه بازگشت به بالا</a></footer>
</body></html>"""

EN_BODY = [
    "BAGHDAD, July 7 (Example Wire) - Two rockets struck Baghdad's heavily fortified Green Zone late on "
    "Wednesday, one of them landing about 300 metres from the U.S. embassy, Iraqi security officials said.",
    "An Iraqi civilian was lightly wounded by flying glass, the officials said. No group claimed responsibility. "
    "Residents said they read more about the attack on social media before officials confirmed it.",
    "The embassy's air defence system was activated and sirens sounded inside the compound, according to "
    "videos shared online, which could not be independently verified.",
]
EN_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Rockets hit Baghdad's Green Zone near US embassy | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
</head><body>
<a href="#content">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies to improve your experience. By using this site you accept our cookie policy.</p></div>
<header><nav>Home | World | Middle East | Business</nav></header>
<article id="content">
<h1>Rockets hit Baghdad's Green Zone near US embassy</h1>
<p class="byline">Posted on July 7, 2021 by Staff</p>
<p>{EN_BODY[0]}</p>
<p>Advertisement</p>
<p>{EN_BODY[1]}</p>
<p>Read more: Iraq's prime minister vows to hunt down rocket attackers</p>
<p>{EN_BODY[2]}</p>
<p>Photo: Reuters</p>
<p>Share this article</p>
<p>Subscribe to our newsletter</p>
<h3>Related stories</h3>
<ul><li><a href="/1">Drone attack on Erbil airport wounds civilian</a></li>
<li><a href="/2">Iraq hosts talks between Saudi and Iranian officials</a></li></ul>
</article>
<footer><p>© 2021 Example Wire. All rights reserved.</p><p>Follow us on Twitter</p></footer>
</body></html>"""

CHROME = {
    "ar": [
        "تجاوز إلى المحتوى", "اقرأ أيضاً", "شارك هذا الخبر", "كلمات مفتاحية", "أخبار ذات صلة", "فيسبوك",
        "جميع الحقوق محفوظة", "ملفات تعريف الارتباط", "الأكثر قراءة", "هجوم صاروخي يستهدف مطار أربيل", "صورة: رويترز",
        "تابعونا",
    ],
    "fa": [
        "کد خبر", "لینک کوتاه", "برچسب‌ها", "اخبار مرتبط", "اشتراک گذاری", "دیدگاهتان را بنویسید",
        "دکمه بازگشت به بالا", "بیشتر بخوانید", "دیدار وزیر خارجه عراق با همتای ایرانی", "تمامی حقوق",
        "انتهای پیام",
    ],
    "en": [
        "Skip to main content", "cookies", "Advertisement", "Read more:", "Share this", "Subscribe",
        "Related stories", "Drone attack on Erbil", "All rights reserved", "Follow us", "Photo: Reuters", "Posted on",
    ],
}  # fmt: skip
PAGES = {"ar": (AR_PAGE, AR_BODY), "fa": (FA_PAGE, FA_BODY), "en": (EN_PAGE, EN_BODY)}
TITLES = {
    "ar": "طائرة مسيرة تستهدف قاعدة عين الأسد في الأنبار",
    "fa": "خطیب‌زاده: از گفت‌وگو با عربستان استقبال می‌کنیم",
    "en": "Rockets hit Baghdad's Green Zone near US embassy",
}

S = Settings()
STAGE = ExtractStage(S)


def html_doc(html: str, url: str | None = None, path: str | None = "page.html") -> Document:
    source = Source(kind="url" if url else "file", url=url, path=None if url else path, content_type="text/html")
    return Document(id=document_id(source, html), source=source, raw=html)


def text_doc(text: str) -> Document:
    source = Source(kind="file", path="a.txt", content_type="text/plain")
    return Document(id=document_id(source, text), source=source, raw=text)


def codes(doc: Document) -> list[str]:
    return [i.code for i in doc.issues]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_article_text_kept_and_chrome_removed(lang: str) -> None:
    page, body = PAGES[lang]
    doc = STAGE(html_doc(page))
    for para in body:
        assert para in doc.text, para[:40]
    for chrome in CHROME[lang]:
        assert chrome not in doc.text, chrome
    assert doc.title == TITLES[lang]
    assert "\n\n" in doc.text
    assert doc.text.split("\n\n")[0] == body[0]
    assert doc.text.split("\n\n")[-1] == body[-1]
    assert doc.meta["extraction"] == "trafilatura"
    assert not [i for i in doc.issues if i.code != "W021"]


def test_meta_and_outlet() -> None:
    doc = STAGE(html_doc(AR_PAGE))
    assert doc.meta["html_lang"] == "ar"
    assert doc.meta["sitename"] == "شبكة الرافدين الإخبارية"
    assert doc.meta["trafilatura_date"] == "2021-07-06"
    assert doc.source.outlet == "شبكة الرافدين الإخبارية"
    assert doc.published is None
    fa = STAGE(html_doc(FA_PAGE))
    assert fa.meta["html_lang"] == "fa-ir"
    assert any("۲۲ فروردین ۱۴۰۰" in line for line in fa.meta["date_lines"])
    assert fa.meta["boilerplate_removed"] >= 5


def test_outlet_from_url_is_kept() -> None:
    doc = STAGE(html_doc(EN_PAGE, url="https://www.examplewire.example/world/1"))
    doc.source.outlet = "examplewire.example"
    doc = STAGE(doc)
    assert doc.source.outlet == "examplewire.example"
    assert doc.title == TITLES["en"]


def test_extract_is_registered() -> None:
    info = get_stage("extract")
    assert info.factory is ExtractStage
    assert info.requires == ("raw", "source")
    assert set(info.assigns) == {"title", "text", "meta"}


def test_through_the_pipeline(tmp_path: Path) -> None:
    (tmp_path / "ar.html").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    pipe = Pipeline(names=("extract",), settings=S)
    out = [pipe(d) for d in iter_documents([str(tmp_path)], S)]
    assert out[0].title == TITLES["ar"] and out[0].text
    assert codes(out[1]) == ["W001"]


@pytest.mark.parametrize(
    ("title", "sitename", "expected"),
    [
        ("Rockets hit Green Zone | Example Wire", "Example Wire", "Rockets hit Green Zone"),
        ("Example Wire - Rockets hit Green Zone", "Example Wire", "Rockets hit Green Zone"),
        ("Rockets hit Green Zone - Example Wire", None, "Rockets hit Green Zone"),
        ("Iran - US talks resume in Vienna", None, "Iran - US talks resume in Vienna"),
        ("قاآني في بغداد.. رسائل تهدئة للفصائل | بابل برس", "بابل برس", "قاآني في بغداد.. رسائل تهدئة للفصائل"),
        ("الجزيرة نت - مصادر: اجتماع في بغداد", "الجزيرة نت", "مصادر: اجتماع في بغداد"),
        ("سفر قاآنی به بغداد - خبرگزاری مهر | Mehr News Agency", None, "سفر قاآنی به بغداد"),
        ("Headline only", "Example Wire", "Headline only"),
    ],
)
def test_title_site_name_stripped(title: str, sitename: str | None, expected: str) -> None:
    meta = f'<meta property="og:site_name" content="{sitename}">' if sitename else ""
    page = (
        f"<html><head><title>{title}</title>{meta}</head><body><article>"
        f"<p>{EN_BODY[0]}</p><p>{EN_BODY[2]}</p></article></body></html>"
    )
    doc = STAGE(html_doc(page))
    assert doc.title == expected


def test_title_from_host_name() -> None:
    page = f"<html><head><title>Talks resume | ExampleWire</title></head><body><p>{EN_BODY[0]}</p></body></html>"
    doc = html_doc(page, url="https://www.examplewire.example/a")
    doc.source.outlet = "examplewire.example"
    assert STAGE(doc).title == "Talks resume"


def test_truncated_html_still_extracted() -> None:
    cut = AR_PAGE[: AR_PAGE.index(AR_BODY[1][:30]) + 40]
    doc = STAGE(html_doc(cut))
    assert AR_BODY[0] in doc.text
    assert "W022" in codes(doc)
    assert not doc.failed


def test_malformed_html() -> None:
    page = f"<html><body><div><p>{EN_BODY[0]}<p>{EN_BODY[1]}</div></span></b><table><tr><td>x</body>"
    doc = STAGE(html_doc(page))
    assert EN_BODY[0] in doc.text and EN_BODY[1] in doc.text


def test_page_without_body() -> None:
    doc = STAGE(html_doc("<html><head><title>Only a head</title></head></html>"))
    assert codes(doc) == ["W020"] and doc.failed and doc.text == ""
    assert "no <body>" in doc.issues[0].message


def test_page_with_only_chrome() -> None:
    page = "<html><body><nav><a>Home</a></nav><p>Share this</p><p>Advertisement</p><p>Read more</p></body></html>"
    doc = STAGE(html_doc(page))
    assert codes(doc) == ["W020"] and doc.failed


def test_short_text_w021() -> None:
    page = "<html><head><title>Brief</title></head><body><article><p>Two rockets hit the Green Zone.</p></article></body></html>"
    doc = STAGE(html_doc(page))
    assert doc.text == "Two rockets hit the Green Zone."
    assert codes(doc) == ["W021"] and not doc.failed


def test_fallback_when_trafilatura_finds_nothing() -> None:
    page = "<html><body><div>Two rockets struck the Green Zone on Wednesday night.</div></body></html>"
    ex = extract_html(page)
    assert "Two rockets struck the Green Zone" in ex.text


def test_feed_fragment_as_html() -> None:
    doc = html_doc("<p>Summary of the missing page, kept as the document.</p>")
    doc = STAGE(doc)
    assert doc.text == "Summary of the missing page, kept as the document."


def test_input_title_wins() -> None:
    doc = html_doc(EN_PAGE)
    doc.meta["input_title"] = "Given title"
    assert STAGE(doc).title == "Given title"


def test_raw_bytes_are_decoded() -> None:
    doc = html_doc(AR_PAGE)
    doc.raw = AR_PAGE.encode("utf-8")
    assert AR_BODY[0] in STAGE(doc).text


def test_empty_raw_w020() -> None:
    doc = text_doc("   \n")
    assert codes(STAGE(doc)) == ["W020"]


def test_idempotent() -> None:
    doc = STAGE(html_doc(FA_PAGE))
    first = (doc.title, doc.text, dict(doc.meta))
    doc.issues.clear()
    doc = STAGE(doc)
    assert (doc.title, doc.text, doc.meta) == first


PLAIN_AR = """المرصاد العراقي | سياسة

الرئيسية > العراق

ثماني ساعات في بغداد.. ماذا طلب طائب من قادة الفصائل؟

الأحد ١١ تموز ٢٠٢١

بغداد - المرصاد العراقي - كشف مصدر سياسي مطلع أن رئيس منظمة استخبارات الحرس الثوري الإيراني أمضى ثماني ساعات في بغداد الأسبوع الماضي.

وقال المصدر إن الزيارة لم يعلن عنها مسبقاً، وإن الاجتماعات عقدت في مقر قريب من مطار بغداد.

اقرأ المزيد
- هجوم صاروخي يستهدف قاعدة عين الأسد غربي الأنبار
- الكاظمي يوجه بفتح تحقيق في استهداف البعثات الدبلوماسية
شارك هذا الخبر
الوسوم: طائب، الفصائل
جميع الحقوق محفوظة © المرصاد العراقي
"""

PLAIN_EN = """Iraq confirms it hosted Saudi-Iranian talks
Iraq hosted a round of direct talks between senior Saudi and Iranian officials in Baghdad earlier this month.
"The meeting took place in Baghdad, it was positive," the official said.
Related:
Kadhimi meets Saudi crown prince in Riyadh
Houthi drone intercepted over southern Saudi Arabia, coalition says
Share this article
"""


def test_plain_text_title_and_body() -> None:
    doc = STAGE(text_doc(PLAIN_AR))
    assert doc.title == "ثماني ساعات في بغداد.. ماذا طلب طائب من قادة الفصائل؟"
    assert doc.text.startswith("بغداد - المرصاد العراقي - كشف مصدر")
    assert doc.text.endswith("قريب من مطار بغداد.")
    assert doc.source.outlet == "المرصاد العراقي"
    assert doc.meta["date_lines"] == ["الأحد ١١ تموز ٢٠٢١"]
    assert doc.meta["boilerplate_removed"] == 6
    assert doc.published is None
    assert doc.meta["extraction"] == "plain"


def test_plain_text_single_newlines() -> None:
    doc = STAGE(text_doc(PLAIN_EN))
    assert doc.title == "Iraq confirms it hosted Saudi-Iranian talks"
    assert doc.text.split("\n\n") == [
        "Iraq hosted a round of direct talks between senior Saudi and Iranian officials in Baghdad earlier this month.",
        '"The meeting took place in Baghdad, it was positive," the official said.',
    ]


def test_plain_text_without_title_line() -> None:
    long_first = " ".join(["The talks lasted five hours and covered Yemen, oil and the border crossings."] * 5)
    doc = STAGE(text_doc(long_first + "\n\nSecond paragraph of the article.\n"))
    assert doc.title is None
    assert doc.text.startswith("The talks lasted")


def test_plain_text_title_only() -> None:
    doc = STAGE(text_doc("Only a headline here\n"))
    assert codes(doc) == ["W020"] and doc.title == "Only a headline here"


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no demo corpus yet")
def test_demo_corpus_extracts_without_errors() -> None:
    found = [STAGE(d) for d in iter_documents([str(EXAMPLES)], S)]
    assert found
    for doc in found:
        assert not doc.failed, (doc.source.path, [i.message for i in doc.issues])
        assert doc.title and len(doc.text) > 200, doc.source.path


@given(st.text(max_size=600), st.sampled_from(["text/html", "text/plain", None]))
def test_never_raises(raw: str, ctype: str | None) -> None:
    source = Source(kind="file", path="x", content_type=ctype)
    doc = STAGE(Document(id="x", source=source, raw=raw))
    assert isinstance(doc.text, str)
    assert doc.text or doc.failed


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<br>",
                "<html>",
                "<body>",
                "<script>",
                "</table>",
                "Two rockets hit the Green Zone.",
                "اقرأ أيضاً",
                " ",
                "\n",
                "<!--",
                "-->",
                "&amp;",
                "<h1>",
            ]
        ),
        max_size=60,
    )
)
def test_tag_soup_never_raises(parts: list[str]) -> None:
    doc = STAGE(html_doc("".join(parts)))
    assert isinstance(doc.text, str)


def test_plain_text_hard_wraps_joined() -> None:
    text = (
        "Iraq and Iran agree on border crossings\n\n"
        "Iraqi and Iranian officials agreed on Tuesday to reopen two border\n"
        "crossings for pilgrims, the Iraqi foreign ministry said.\n\n"
        "The agreement covers:\n- the Mehran crossing\n- the Shalamcheh crossing\n"
    )
    doc = STAGE(text_doc(text))
    assert doc.text.split("\n\n") == [
        "Iraqi and Iranian officials agreed on Tuesday to reopen two border crossings for pilgrims, "
        "the Iraqi foreign ministry said.",
        "The agreement covers:\n- the Mehran crossing\n- the Shalamcheh crossing",
    ]


def test_plain_text_with_given_title_keeps_first_paragraph() -> None:
    # a JSONL or feed body whose title came in its own field: the first line is body, not title
    body = "Iraq hosted a round of direct talks in Baghdad.\n\nThe meeting lasted five hours, officials said.\n"
    doc = text_doc(body)
    doc.meta["input_title"] = "Iraq confirms talks"
    doc = STAGE(doc)
    assert doc.title == "Iraq confirms talks"
    assert doc.text.startswith("Iraq hosted a round of direct talks")
    # the same title repeated atop the body is still dropped from the text
    doc2 = text_doc("Iraq confirms talks\n\n" + body)
    doc2.meta["input_title"] = "Iraq confirms talks"
    doc2 = STAGE(doc2)
    assert doc2.text.startswith("Iraq hosted a round of direct talks")
