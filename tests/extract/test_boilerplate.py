"""khabar's line-level boilerplate removal: chrome goes, real sentences stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.extract.boilerplate import classify, is_date_only, norm_key, remove_boilerplate
from khabar.extract.title import clean_title, site_names, split_plain, title_site

CHROME_LINES = [
    # Arabic
    "تجاوز إلى المحتوى الرئيسي", "اقرأ المزيد", "إقرأ المزيد", "اقرأ أيضا", "اقرأ أيضاً:", "اقرا ايضا",
    "اقرأ أيضاً: الكاظمي يستقبل وفداً إيرانياً في بغداد", "كلمات مفتاحية", "كلمات مفتاحية: العراق، إيران",
    "الكلمات الدلالية", "شارك", "شارك هذا الخبر", "شارك هذا الخبر:", "تابعونا على", "جميع الحقوق محفوظة",
    "جميع الحقوق محفوظة © 2021 شبكة الرافدين", "مقالات ذات صلة", "أخبار ذات صلة", "الأكثر قراءة", "(رويترز)",
    "(أ ف ب)", "صورة: رويترز", "الرئيسية > سياسة > العراق", "فيسبوك", "إعلان",
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
    # Persian
    "دیدگاهتان را بنویسید", "دکمه بازگشت به بالا", "اخبار مرتبط", "مطالب مرتبط", "برچسب‌ها", "برچسب ها",
    "برچسبها", "برچسب‌ها: ایران، عراق", "کد خبر: ۱۲۳۴۵۶۷", "کد خبر", "لینک کوتاه", "لینک کوتاه: https://x.example/a",
    "اشتراک گذاری", "اشتراک‌گذاری", "ارسال نظر", "انتهای پیام/", "عکس: ایرنا", "تمامی حقوق این سایت محفوظ است.",
    "بیشتر بخوانید: واکنش ریاض به گزارش‌ها",
    # English
    "Read more", "Read more:", "READ MORE: Iraq's prime minister vows to hunt attackers", "Related:", "Share this",
    "Share this article", "Subscribe to our newsletter", "All rights reserved", "© 2021 Example Wire. All rights reserved.",
    "Click here", "Click here to sign up for alerts", "Advertisement", "- Advertisement -", "Follow us on Twitter",
    "We use cookies to improve your experience. By using this site you accept our cookie policy.",
    "Photo: Reuters", "(Photo by Ahmad Al-Rubaye/AFP via Getty Images)", "(Reuters)", "Home > World > Middle East",
    "Skip to main content", "Tags: Iraq, Iran", "Posted in World",
]  # fmt: skip

REAL_LINES = [
    "وقال الوزير: اقرأ التقرير كاملاً قبل أن تحكم على أداء القوات الأمنية.",
    "وشارك في الاجتماع ممثلون عن الفصائل المسلحة ووزارة الدفاع.",
    "بغداد (رويترز) - قالت ثلاثة مصادر أمنية إن طائرة مسيرة استهدفت قاعدة عين الأسد.",
    "قالت وكالة رويترز إن الاجتماع عقد في بغداد.",
    "وأضاف أن جميع الحقوق التي نص عليها الاتفاق يجب أن تحترم من قبل الطرفين في المرحلة المقبلة.",
    "بغداد - المدار - الخميس 25 آذار/مارس 2021",
    "به گزارش خبرگزاری نمونه، سخنگوی وزارت امور خارجه گفت که مطالب مرتبط با این سفر ساختگی است.",
    "وی افزود: کد خبر را در اختیار رسانه‌ها قرار نمی‌دهیم، اما جزئیات سفر به‌زودی اعلام می‌شود و گفت‌وگوها ادامه دارد.",
    "BAGHDAD, July 7 (Reuters) - Two rockets struck Baghdad's Green Zone, officials said.",
    "Residents said they read more about the attack on social media before officials confirmed it.",
    "Share prices in Tehran fell after the announcement.",
    "Photos show the damage was extensive.",
    "Published reports say the meeting lasted eight hours.",
    "Related to the case, two suspects were arrested.",
    "3 killed in Baghdad blast",
    "Reuters",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_classified(line: str) -> None:
    assert classify(line) is not None, line


@pytest.mark.parametrize("line", REAL_LINES)
def test_real_lines_are_kept(line: str) -> None:
    assert classify(line) is None, line


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 12 مايو 2024",
        "الثلاثاء، 6 يوليو 2021 - 21:30",
        "۲۲ تیر ۱۴۰۰ - ۱۰:۳۰",
        "دوشنبه ۲۲ فروردین ۱۴۰۰",
        "July 7, 2021",
        "Updated 10:30 GMT, 7 July 2021",
        "2021-07-07 10:30",
        "تاریخ انتشار: دوشنبه ۲۲ فروردین ۱۴۰۰ - ۱۱:۳۰",
        "Posted on July 7, 2021 by Staff",
        "نشر في 6 يوليو 2021",
    ],
)
def test_date_lines(line: str) -> None:
    assert classify(line) == "date", line


def test_date_only_needs_a_date_word_or_pattern() -> None:
    assert not is_date_only("3 killed in Baghdad")
    assert not is_date_only("مقتل 3 في بغداد")
    assert is_date_only("12/07/2021")


def test_norm_key_folds_variants() -> None:
    assert norm_key("اقرأ أيضاً:") == norm_key("اقرا ايضا")
    assert norm_key("برچسب‌ها") == "برچسب ها"
    assert norm_key("كلمة") == norm_key("کلمه")
    assert norm_key("۱۲۳") == "123" == norm_key("١٢٣")
    assert norm_key("  Read   MORE!  ") == "read more"


def test_related_block_and_trailing_links_removed() -> None:
    text = "\n\n".join(
        [
            "First real paragraph about the attack on the base, officials said.",
            "Second real paragraph with more details from the ministry.",
            "Related stories",
            "Drone attack on Erbil airport wounds civilian",
            "Iraq hosts talks between Saudi and Iranian officials",
        ]
    )
    out = remove_boilerplate(text)
    assert out.text.split("\n\n") == [
        "First real paragraph about the attack on the base, officials said.",
        "Second real paragraph with more details from the ministry.",
    ]
    assert len(out.removed) == 3


def test_trailing_run_of_headlines_without_heading() -> None:
    text = (
        "وقال المسؤول إن التحقيقات جارية لمعرفة الجهة المسؤولة عن الهجوم.\n\n"
        "هجوم صاروخي يستهدف مطار أربيل الدولي\n"
        "الكاظمي يستقبل قائد القيادة المركزية الأمريكية\n"
        "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"
    )
    out = remove_boilerplate(text)
    assert out.text == "وقال المسؤول إن التحقيقات جارية لمعرفة الجهة المسؤولة عن الهجوم."


def test_introduced_list_at_the_end_is_kept() -> None:
    text = (
        "The new sanctions target three institutions:\n"
        "the central bank of Iran\n"
        "the national oil company board\n"
        "the naval forces of the guards"
    )
    assert remove_boilerplate(text).text == text


def test_two_short_lines_at_the_end_are_kept() -> None:
    text = "A paragraph that ends the story properly.\n\nOfficials declined to comment\nThe investigation continues"
    assert remove_boilerplate(text).text == text


def test_navigation_menu_at_start() -> None:
    text = "Home\nWorld\nMiddle East\nBusiness\nSport\n\nThe real story starts here and continues for a while."
    assert remove_boilerplate(text).text == "The real story starts here and continues for a while."


def test_paragraph_breaks_kept_and_lines_inside() -> None:
    text = "Para one line one\nPara one line two\n\n\n\nPara two.\n\nShare this\n\nPara three."
    out = remove_boilerplate(text)
    assert out.text == "Para one line one\nPara one line two\n\nPara two.\n\nPara three."


def test_date_lines_are_reported() -> None:
    out = remove_boilerplate("Posted on July 7, 2021\n\nThe story.")
    assert out.text == "The story."
    assert out.date_lines == ["Posted on July 7, 2021"]
    assert out.removed == []


@given(st.text(max_size=400))
def test_never_raises_and_only_removes(text: str) -> None:
    out = remove_boilerplate(text)
    kept = [ln for ln in out.text.split("\n") if ln]
    source = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    for ln in kept:
        assert ln in source


def test_site_names_and_title() -> None:
    names = site_names("www.mehrnews.com", "خبرگزاری مهر")
    assert "mehrnews" in names
    assert clean_title("عنوان الخبر | الرافدين", site_names("الرافدين")) == "عنوان الخبر"
    assert clean_title("Site News - Headline about talks in Baghdad", site_names("Site News")) == (
        "Headline about talks in Baghdad"
    )
    assert clean_title("Headline | Section | Example Wire", site_names("Example Wire"), ["Headline"]) == "Headline"
    assert clean_title("  ", []) is None
    assert clean_title(None, []) is None


def test_split_plain_skips_header_lines() -> None:
    split = split_plain("الرئيسية > العراق\n\nالأحد 12 مايو 2024\n\nعنوان الخبر الحقيقي هنا\n\nنص الخبر.\n")
    assert split.title == "عنوان الخبر الحقيقي هنا"
    assert split.header_lines == ["الرئيسية > العراق"]
    assert split.date_lines == ["الأحد 12 مايو 2024"]
    assert split.body.strip() == "نص الخبر."


def test_title_site() -> None:
    assert title_site("سفر قاآنی به بغداد - خبرگزاری مهر | Mehr News Agency", "سفر قاآنی به بغداد") == "خبرگزاری مهر"
    assert title_site("الفرات اليوم :: بعد زيارة طائب", "بعد زيارة طائب") == "الفرات اليوم"
    assert title_site("Same", "Same") is None
