"""Shared fixtures. Test texts are written for khabar; no third-party pages live here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from khabar.config import Settings

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def khabar_settings(tmp_path: Path) -> Settings:
    """Settings with a database in a temporary folder and one worker."""
    return Settings(db=str(tmp_path / "khabar.db"), workers=1)


AR_ARTICLE = """\
<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الكاظمي يستقبل وزير الخارجية الإيراني في بغداد | وكالة الأنباء التجريبية</title>
<meta property="article:published_time" content="2021-07-06T09:14:00+03:00">
</head><body>
<a href="#main">تجاوز إلى المحتوى الرئيسي</a>
<nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li><li>رياضة</li></ul></nav>
<article><h1>الكاظمي يستقبل وزير الخارجية الإيراني في بغداد</h1>
<p>بغداد - استقبل رئيس الوزراء العراقي مصطفى الكاظمي، اليوم الثلاثاء، وزير الخارجية الإيراني في مكتبه
ببغداد، وبحث معه العلاقات الثنائية وملف المياه والحدود المشتركة بين البلدين.</p>
<p>وقال بيان صادر عن المكتب الإعلامي لرئيس الوزراء إن الجانبين ناقشا أيضاً التطورات الإقليمية
وسبل دعم الاستقرار في المنطقة، مؤكدين أهمية الحوار بين دول الجوار.</p>
<p>وأضاف البيان أن الوزير الإيراني نقل رسالة من الرئيس الإيراني إلى الكاظمي تتعلق بالتعاون الاقتصادي
ومشاريع الربط الكهربائي بين البلدين.</p>
</article>
<div class="tags">كلمات مفتاحية: العراق، إيران</div>
<p>اقرأ المزيد</p>
<footer>جميع الحقوق محفوظة © 2021</footer>
</body></html>
"""

FA_TEXT = """\
خطیب‌زاده: سفر هیئت ایرانی به بغداد با هدف گفت‌وگو درباره امنیت مرزها انجام شد

سخنگوی وزارت امور خارجه ایران روز دوشنبه در نشست خبری هفتگی خود گفت که سفر هیئت ایرانی به بغداد
با هدف گفت‌وگو درباره امنیت مرزهای مشترک و همکاری‌های اقتصادی انجام شده است.

وی افزود که دو طرف درباره بازگشایی گذرگاه‌های مرزی و تسهیل سفر زائران نیز گفت‌وگو کرده‌اند و
نتایج این دیدار در روزهای آینده اعلام خواهد شد.

دکمه بازگشت به بالا
"""

EN_ARTICLE = """\
<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Iraq and Iran discuss border security in Baghdad - Example Wire</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-07-07T10:00:00Z"}</script>
</head><body><header><nav>Home | World | Business | Sport</nav></header>
<main><article><h1>Iraq and Iran discuss border security in Baghdad</h1>
<p>BAGHDAD (Example Wire) - Iraqi and Iranian officials met in Baghdad on Tuesday to discuss border
security and trade, the Iraqi foreign ministry said in a statement.</p>
<p>The talks covered the reopening of border crossings for pilgrims and electricity payments, the
statement said, adding that a joint committee would meet again next month.</p>
<p>Posted on July 7, 2021 by Staff</p></article></main>
<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small folder of articles in three languages (HTML and text)."""
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "ar.html").write_text(AR_ARTICLE, encoding="utf-8")
    (d / "fa.txt").write_text(FA_TEXT, encoding="utf-8")
    (d / "en.html").write_text(EN_ARTICLE, encoding="utf-8")
    return d
