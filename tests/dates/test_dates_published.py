"""Publication dates from HTML, URLs and plain text (pages and texts written for these tests)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from khabar.dates import published_from_html, published_from_text, published_from_url

D = dt.date


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>t</title>{head}</head><body>{body}</body></html>'


# ---------------------------------------------------------------------------------------------- URL

URLS = [
    ("https://news.example.com/2021/07/06/rockets-hit-base", D(2021, 7, 6)),
    ("https://news.example.com/world/2021-07-06-rockets", D(2021, 7, 6)),
    ("https://news.example.com/a/20210706/rockets.html", D(2021, 7, 6)),
    ("https://news.example.com/story?id=7&date=2021-07-06", D(2021, 7, 6)),
    ("https://news.example.com/2021/7/6/story", D(2021, 7, 6)),
    ("https://www.example.ir/news/1400/04/15/story", D(2021, 7, 6)),
    ("https://news.example.com/2021/07/story", None),  # no day: nothing
    ("https://news.example.com/2021/02/30/story", None),  # no such day
    ("https://news.example.com/1994/05/06/old", None),  # before 1995
    ("https://news.example.com/article/123456789", None),
    ("https://news.example.com/1400/04/15/story", None),  # Jalali only on .ir hosts
    ("", None),
    ("not a url at all", None),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_published_from_url(url: str, expected: dt.date | None) -> None:
    assert published_from_url(url) == expected


def test_url_in_the_future_is_rejected() -> None:
    assert published_from_url("https://x.example/2031/01/02/a", now=D(2030, 1, 1)) is None
    assert published_from_url("https://x.example/2031/01/02/a") == D(2031, 1, 2)


# --------------------------------------------------------------------------------------------- HTML

def test_meta_published_time() -> None:
    html = page('<meta property="article:published_time" content="2021-07-06T09:14:00+03:00">'
                '<meta property="article:modified_time" content="2021-07-08T10:00:00+03:00">')
    assert published_from_html(html) == (D(2021, 7, 6), "meta")


def test_published_preferred_over_modified_whatever_the_order() -> None:
    html = page('<meta property="article:modified_time" content="2021-07-08T10:00:00+03:00">'
                '<meta name="pubdate" content="2021-07-06">')
    assert published_from_html(html) == (D(2021, 7, 6), "meta")


def test_modified_alone_is_not_taken_as_stated_publication() -> None:
    html = page('<meta property="article:modified_time" content="2021-07-08T10:00:00+03:00">')
    day, how = published_from_html(html, "https://x.example/2021/07/06/story")
    assert (day, how) == (D(2021, 7, 6), "url")


def test_json_ld_date_published() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h",
            "datePublished": "2021-07-06T09:14:00+03:00", "dateModified": "2021-07-07T09:14:00+03:00",
            "publisher": {"@type": "Organization", "name": "x"}}
    html = page(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert published_from_html(html) == (D(2021, 7, 6), "meta")


def test_json_ld_graph() -> None:
    data = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
                                                         {"@type": "Article", "datePublished": "2020-11-25"}]}
    html = page(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert published_from_html(html) == (D(2020, 11, 25), "meta")


def test_time_pubdate_and_itemprop() -> None:
    assert published_from_html(page(body='<time datetime="2021-07-06T10:00" pubdate>6 July</time>')) == (D(2021, 7, 6), "meta")
    html = page(body='<span itemprop="datePublished" content="2021-07-06">6 July 2021</span>')
    assert published_from_html(html) == (D(2021, 7, 6), "meta")


@pytest.mark.parametrize("name", ["dc.date.issued", "parsely-pub-date", "sailthru.date", "date", "DC.date"])
def test_other_meta_names(name: str) -> None:
    assert published_from_html(page(f'<meta name="{name}" content="2021-07-06">')) == (D(2021, 7, 6), "meta")


def test_utc_time_one_day_from_url_day_takes_the_url_day() -> None:
    # 01:09 UTC on the 9th is the evening of the 8th in the outlet's time zone, as its URL says.
    html = page('<meta property="article:published_time" content="2023-11-09T01:09:55+00:00">')
    assert published_from_html(html, "https://x.example/2023/11/08/story") == (D(2023, 11, 8), "url")
    # With an explicit local offset the stated day stands.
    html = page('<meta property="article:published_time" content="2023-11-09T01:09:55+03:00">')
    assert published_from_html(html, "https://x.example/2023/11/08/story") == (D(2023, 11, 9), "meta")


def test_jalali_meta_on_persian_page() -> None:
    html = page('<meta property="article:published_time" content="1400/04/15 10:30">', lang="fa")
    assert published_from_html(html) == (D(2021, 7, 6), "meta")


def test_arabic_byline_in_visible_text() -> None:
    html = page(body='<h1>صواريخ تسقط قرب قاعدة عين الأسد</h1><div class="post-date">الثلاثاء 6 يوليو 2021 - 09:15</div>'
                '<p>قالت مصادر أمنية إن الهجوم وقع في الخامس من يوليو.</p>', lang="ar")
    assert published_from_html(html) == (D(2021, 7, 6), "text")


def test_persian_byline_in_visible_text() -> None:
    html = page(body='<h1>حمله به پایگاه</h1><div class="news-info">کد خبر: ۸۴۳۸۷۶۲ | تاریخ انتشار: ۱۵ تیر ۱۴۰۰ - ۱۰:۳۰</div>'
                '<p>به گزارش خبرنگار، دیروز حمله‌ای رخ داد.</p>', lang="fa")
    assert published_from_html(html) == (D(2021, 7, 6), "text")


def test_future_and_ancient_meta_dates_are_rejected() -> None:
    html = page('<meta property="article:published_time" content="2031-07-06">')
    assert published_from_html(html, now=D(2030, 1, 1)) == (None, None)
    html = page('<meta property="article:published_time" content="1990-07-06">')
    assert published_from_html(html) == (None, None)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", page(body="<p>No date anywhere on this page.</p>"),
                                  "\x00\x01\x02 binary", "<<<>>>", page(body="<p>© 2021 Example News</p>")])
def test_nothing_found_is_none_never_today(html: str) -> None:
    assert published_from_html(html) == (None, None)


# --------------------------------------------------------------------------------------------- text

TEXTS = [
    ("ar", "مقتل ثلاثة في هجوم\nالأربعاء، 07 تموز/يوليو 2021 - 09:15 م\nبغداد - قالت مصادر إن الهجوم وقع في الخامس من يوليو 2021.",
     "مقتل ثلاثة في هجوم", D(2021, 7, 7)),
    ("ar", "بغداد (رويترز) - قالت مصادر.\nنص الخبر.\nنشر في: 2021/07/06", None, D(2021, 7, 6)),
    ("ar", "العنوان\nتاريخ النشر: 6 يوليو 2021\nآخر تحديث: 8 يوليو 2021", None, D(2021, 7, 6)),
    ("ar", "العنوان\nآخر تحديث: 8 يوليو 2021", None, D(2021, 7, 8)),
    ("ar", "العنوان\n26 ذو القعدة 1442 هـ\nالنص", None, D(2021, 7, 6)),
    ("fa", "حمله به پایگاه\nکد خبر: ۸۴۳۸۷۶۲ | تاریخ انتشار: ۱۵ تیر ۱۴۰۰ - ۱۰:۳۰\nبه گزارش ایرنا، در ۱۰ تیر ۱۴۰۰ حمله‌ای رخ داد.",
     None, D(2021, 7, 6)),
    ("fa", "سه‌شنبه ۱۵ تیر ۱۴۰۰ - ۱۰:۳۰\nمتن خبر", None, D(2021, 7, 6)),
    ("fa", "عنوان\n۱۴۰۰/۰۴/۱۵\nمتن", None, D(2021, 7, 6)),
    ("en", "Rockets hit Iraqi base\nWASHINGTON, July 6, 2021 (Reuters) - Rockets hit a base on Tuesday.",
     "Rockets hit Iraqi base", D(2021, 7, 6)),
    ("en", "Rockets hit Iraqi base\nBy John Smith | Posted on November 25, 2020\nThe attack, on 20 November 2020, killed two.",
     None, D(2020, 11, 25)),
    ("en", "Headline\nPublished: 6 July 2021 Updated: 8 July 2021", None, D(2021, 7, 6)),
]


@pytest.mark.parametrize(("lang", "text", "title", "expected"), TEXTS)
def test_published_from_text(lang: str, text: str, title: str | None, expected: dt.date) -> None:
    assert published_from_text(text, lang, title=title) == expected


EVENT_DATES_ONLY = [
    ("ar", "قالت مصادر أمنية إن الهجوم وقع في الخامس من يوليو 2021 عند الساعة العاشرة.\nوأضافت أن التحقيقات جارية."),
    ("ar", "الخبر\nفي 6 يوليو 2021 قتل ثلاثة"),
    ("fa", "به گزارش ایرنا، در ۱۰ تیر ۱۴۰۰ حمله‌ای رخ داد و سه نفر کشته شدند."),
    ("en", "The attack on 20 November 2020 killed two people and wounded several others in the city."),
    ("en", "Talks resumed.\nOfficials said the deal signed on July 6, 2021 in Vienna would hold."),
    ("en", "Title\nyesterday\ntoday"),
    ("ar", "العنوان\nأمس\nاليوم"),
]


@pytest.mark.parametrize(("lang", "text"), EVENT_DATES_ONLY)
def test_event_dates_are_not_publication_dates(lang: str, text: str) -> None:
    assert published_from_text(text, lang) is None


def test_title_dates_are_not_publication_dates() -> None:
    title = "Remembering 6 July 2021"
    assert published_from_text(f"{title}\nA look back at the day.", "en", title=title) is None


def test_text_date_in_the_future_is_rejected() -> None:
    assert published_from_text("Posted on November 25, 2030", "en", now=D(2021, 1, 1)) is None
    assert published_from_text("Posted on November 25, 2030", "en") == D(2030, 11, 25)


def test_dateline_not_found_past_the_first_lines() -> None:
    lines = ["Title"] + [f"Paragraph {i} of the article body." for i in range(20)] + ["More text", "Posted on July 6, 2021"]
    lines += [f"Footer line {i}" for i in range(10)]
    assert published_from_text("\n".join(lines), "en") is None


def test_todays_date_strip_before_the_headline_is_not_the_publication_date() -> None:
    html = page(body='<div class="top-date">الأحد 15 أغسطس 2021</div><h1>عنوان الخبر</h1>'
                '<p>قالت مصادر إن الهجوم وقع في الخامس من يوليو.</p>', lang="ar")
    assert published_from_html(html) == (None, None)
    html = page(body='<h1>عنوان الخبر</h1><div class="sidebar"><span class="date">الأحد 15 أغسطس 2021</span></div>'
                '<p>نص الخبر.</p>', lang="ar")
    assert published_from_html(html) == (None, None)


def _page_with_related(byline: str, lang: str = "ar") -> str:
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head><body>
<header><ul class="menu"><li>سياسة</li><li>اقتصاد</li></ul></header>
<div class="main"><h1>مجلس المحافظة يقر موازنة العام المقبل بعد جلسة طويلة</h1>
<div class="info">{byline}</div>
<div class="story"><p>أقر مجلس المحافظة في جلسة استمرت ست ساعات مشروع الموازنة بعد نقاشات بين الكتل.</p>
<p>وقال رئيس المجلس إن الموازنة تركز على مشاريع المياه والكهرباء في الأقضية والنواحي.</p></div>
<div class="more-news"><h4>اقرأ أيضاً</h4><ul>
<li><a href="/a/1">افتتاح جسر جديد على النهر</a> <span class="date">2024-02-11</span></li>
<li><a href="/a/2">انقطاع المياه عن أحياء المدينة</a> <span class="date">2024-02-08</span></li></ul></div>
<div class="comments"><div class="comment"><time>20/02/2024 09:15</time><p>خطوة جيدة</p></div></div>
</div></body></html>"""


def test_dates_of_listed_articles_are_not_the_page_date() -> None:
    html = _page_with_related("الموصل - نينوى اليوم | الثلاثاء 20 شباط 2024")
    assert published_from_html(html) == (dt.date(2024, 2, 20), "text")


def test_hijri_byline_with_its_gregorian_equivalent() -> None:
    html = _page_with_related("الموصل - نينوى اليوم | الثلاثاء 10 شعبان 1445هـ الموافق 20 شباط/فبراير 2024")
    assert published_from_html(html) == (dt.date(2024, 2, 20), "text")


def test_a_page_with_only_listed_dates_has_no_date() -> None:
    html = _page_with_related("الموصل - نينوى اليوم")
    day, _ = published_from_html(html)
    assert day not in (dt.date(2024, 2, 11), dt.date(2024, 2, 8))
