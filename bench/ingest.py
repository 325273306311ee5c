"""Ingest + extraction throughput and memory, next to trafilatura alone on the same pages.

Generates news pages in Arabic, Persian and English (site chrome included, sizes varied) in a
temporary folder, then measures:

1. khabar: ``iter_documents`` + the ``extract`` stage (+ language id and normalization when
   ``khabar.text`` provides them): documents/s and peak memory (tracemalloc);
2. ``trafilatura.extract()`` alone on the same files;
3. extraction quality on the generated pages, where the truth is known: share of body
   paragraphs kept (recall) and of chrome lines leaked, for ``favor_precision`` on and off.

Usage: ``python bench/ingest.py [--pages 2000] [--seed 7] [--keep DIR]``. Prints figures only.
"""

from __future__ import annotations

import argparse
import importlib
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from khabar.config import Settings  # noqa: E402
from khabar.extract.stage import ExtractStage  # noqa: E402
from khabar.ingest import iter_documents  # noqa: E402

SENTENCES = {
    "ar": [
        "قال مسؤولون أمنيون عراقيون إن طائرة مسيرة مفخخة استهدفت قاعدة عين الأسد الجوية غربي الأنبار",
        "وأضافت المصادر أن منظومة الدفاع الجوي تصدت للطائرة قبل وصولها إلى هدفها من دون إصابات",
        "وذكر بيان لخلية الإعلام الأمني أن القوات عثرت على منصة الإطلاق في منطقة زراعية قريبة",
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم، فيما تتهم واشنطن فصائل مسلحة موالية لطهران",
        "واستقبل رئيس الوزراء مصطفى الكاظمي وفداً إيرانياً رفيعاً لبحث ملف المياه والحدود",
        "وأكد المتحدث باسم الحكومة أن بغداد ترفض أن تكون ساحة لتصفية الحسابات الإقليمية",
        "وتأتي الزيارة قبل أشهر من الانتخابات البرلمانية المقررة في العاشر من أكتوبر المقبل",
        "وقال قيادي في أحد الفصائل إن الاجتماع ناقش التنسيق وخفض وتيرة الهجمات العلنية",
    ],
    "fa": [
        "به گزارش خبرگزاری نمونه، سخنگوی وزارت امور خارجه ایران روز دوشنبه در نشست خبری هفتگی سخن گفت",
        "وی افزود که جمهوری اسلامی ایران همواره از گفت‌وگو با همسایگان خود استقبال کرده است",
        "منابع امنیتی عراق اعلام کردند که یک پهپاد حامل مواد منفجره به پایگاه عین‌الاسد حمله کرد",
        "فرمانده نیروی قدس سپاه پاسداران در سفری اعلام‌نشده با رهبران گروه‌های عراقی دیدار کرد",
        "کارشناسان معتقدند تغییر رویکرد دولت آمریکا زمینه را برای کاهش تنش فراهم کرده است",
        "وزارت کشور اقلیم کردستان در بیانیه‌ای اعلام کرد که این حمله تلفات جانی نداشته است",
        "سعید خطیب‌زاده گزارش‌های رسانه‌های غربی درباره این سفر را ساختگی و بی‌پایه خواند",
        "نتایج این گفت‌وگوها در روزهای آینده از مجاری رسمی اعلام خواهد شد",
    ],
    "en": [
        "Two rockets struck Baghdad's heavily fortified Green Zone late on Wednesday, security officials said",
        "An Iraqi civilian was lightly wounded by flying glass and no group claimed responsibility",
        "The commander of Iran's Quds Force flew into Baghdad for talks with the leaders of armed factions",
        "Iraq hosted a round of direct talks between senior Saudi and Iranian officials earlier this month",
        "The embassy's air defence system was activated and sirens sounded inside the compound",
        "Prime Minister Mustafa al-Kadhimi has condemned the attacks as terrorist acts against Iraq",
        "Officials said the launch platform was found on a small truck in a farming area nearby",
        "The talks focused on the war in Yemen and on a string of attacks on Saudi oil facilities",
    ],
}
END = {"ar": ".", "fa": ".", "en": "."}

CHROME = {
    "ar": {
        "skip": "تجاوز إلى المحتوى الرئيسي", "nav": ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات"],
        "cookie": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "also": "اقرأ أيضاً: {h}",
        "share": ["شارك هذا الخبر", "فيسبوك", "تويتر", "واتساب"], "tags": "كلمات مفتاحية: العراق، إيران، بغداد",
        "related": "أخبار ذات صلة", "popular": "الأكثر قراءة", "credit": "(رويترز)",
        "footer": "جميع الحقوق محفوظة © 2021 {site}", "follow": "تابعونا على", "more": "اقرأ المزيد",
        "comment": "أضف تعليق",
    },
    "fa": {
        "skip": "رفتن به محتوای اصلی", "nav": ["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی", "بین‌الملل"],
        "cookie": "این سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.", "also": "بیشتر بخوانید: {h}",
        "share": ["اشتراک گذاری", "تلگرام", "توییتر", "واتساپ"], "tags": "برچسب‌ها: ایران، عراق، بغداد",
        "related": "اخبار مرتبط", "popular": "پربازدیدترین", "credit": "عکس: ایرنا",
        "footer": "تمامی حقوق برای {site} محفوظ است.", "follow": "کد خبر: ۱۲۳۴۵۶۷", "more": "لینک کوتاه",
        "comment": "دیدگاهتان را بنویسید",
    },
    "en": {
        "skip": "Skip to main content", "nav": ["Home", "World", "Middle East", "Business", "Sport"],
        "cookie": "We use cookies to improve your experience. By using this site you accept our cookie policy.",
        "also": "Read more: {h}", "share": ["Share this article", "Facebook", "Twitter", "Email"],
        "tags": "Tags: Iraq, Iran, Baghdad", "related": "Related stories", "popular": "Most read",
        "credit": "Photo: Reuters", "footer": "© 2021 {site}. All rights reserved.", "follow": "Follow us on Twitter",
        "more": "Advertisement", "comment": "Leave a comment",
    },
}  # fmt: skip
SITES = {
    "ar": ["شبكة الرافدين", "بابل برس", "صوت الخليج"],
    "fa": ["خبرگزاری نمونه", "نگاه نو"],
    "en": ["Example Wire", "Gulf Monitor"],
}


@dataclass
class Page:
    path: Path
    lang: str
    body: list[str]
    chrome: list[str]


def _para(rng: random.Random, lang: str) -> str:
    n = rng.randint(1, 4)
    return " ".join(rng.choice(SENTENCES[lang]) + END[lang] for _ in range(n))


def make_page(rng: random.Random, lang: str, i: int) -> tuple[str, list[str], list[str]]:
    """One page: HTML, its body paragraphs, and the chrome lines placed on it."""
    c = CHROME[lang]
    site = rng.choice(SITES[lang])
    headline = f"{rng.choice(SENTENCES[lang])[:60]} {i}"
    body = [f"{_para(rng, lang)} ({i}.{k})" for k in range(rng.choice([2, 3, 5, 8, 12, 20, 40]))]
    related = [f"{rng.choice(SENTENCES[lang])[:50]} {i}-{k}" for k in range(rng.randint(2, 5))]
    chrome_inline = [c["also"].format(h=related[0]), c["credit"], c["more"]]
    paras = list(body)
    for line in chrome_inline:
        paras.insert(rng.randint(1, len(paras)), line)
    inner = "\n".join(f"<p>{p}</p>" for p in paras)
    share = "".join(f"<li><a href='#'>{s}</a></li>" for s in c["share"])
    rel = "".join(f"<li><a href='/r/{k}'>{h}</a></li>" for k, h in enumerate(related))
    nav = "".join(f"<li><a href='/{k}'>{n}</a></li>" for k, n in enumerate(c["nav"]))
    rtl = ' dir="rtl"' if lang != "en" else ""
    html = f"""<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8">
<title>{headline} | {site}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2021-07-{1 + i % 28:02d}T10:00:00Z">
<script>var x = {i};</script><style>.a{{color:red}}</style></head><body>
<a class="skip" href="#main">{c["skip"]}</a><header><nav><ul>{nav}</ul></nav></header>
<div class="cookie-banner"><p>{c["cookie"]}</p></div>
<main id="main"><article><h1>{headline}</h1>
{inner}
<div class="share"><ul>{share}</ul></div><p class="tags">{c["tags"]}</p>
<h3>{c["related"]}</h3><ul class="related">{rel}</ul>
<form class="comments"><h4>{c["comment"]}</h4><textarea></textarea></form>
</article></main><aside><h3>{c["popular"]}</h3><ol>{rel}</ol></aside>
<footer><p>{c["footer"].format(site=site)}</p><p>{c["follow"]}</p></footer></body></html>"""
    chrome = [c["skip"], c["cookie"], c["tags"], c["related"], c["popular"], c["footer"].format(site=site), c["follow"]]
    chrome += chrome_inline + c["share"][:1] + related
    return html, body, chrome


def generate(folder: Path, pages: int, seed: int) -> list[Page]:
    rng = random.Random(seed)
    out = []
    for i in range(pages):
        lang = ("ar", "fa", "en")[i % 3]
        html, body, chrome = make_page(rng, lang, i)
        path = folder / lang / f"{i:05d}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        out.append(Page(path, lang, body, chrome))
    return out


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def text_steps() -> Callable[[str], None] | None:
    """Language id + normalization from ``khabar.text``, when that package provides them."""
    detect = _optional("khabar.text.langid", "detect_language")
    normalize = _optional("khabar.text.normalize", "normalize")
    if detect is None:
        return None

    def run(text: str) -> None:
        found = detect(text)
        lang = found[0] if isinstance(found, tuple) else getattr(found, "lang", found)
        if normalize is not None:
            normalize(text, lang)

    return run


def run_khabar(
    folder: Path, settings: Settings, *, favor_precision: bool = False, text: bool = False, keep: bool = False
) -> tuple[float, int, dict[str, str]]:
    """Seconds and documents for ingest + extract (+ text steps), and the texts when ``keep``."""
    stage = ExtractStage(settings, favor_precision=favor_precision)
    steps = text_steps() if text else None
    texts: dict[str, str] = {}
    t0 = time.perf_counter()
    n = 0
    for doc in iter_documents([str(folder)], settings):
        doc = stage(doc)
        if steps is not None and doc.text:
            steps(doc.text)
        if keep:
            texts[doc.source.path or ""] = doc.text
        n += 1
    return time.perf_counter() - t0, n, texts


def run_trafilatura(pages: list[Page], keep: bool = False) -> tuple[float, dict[str, str]]:
    texts: dict[str, str] = {}
    t0 = time.perf_counter()
    for page in pages:
        html = page.path.read_text(encoding="utf-8")
        out = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
        if keep:
            texts[str(page.path)] = out
    return time.perf_counter() - t0, texts


def peak_of(fn: Callable[[], object]) -> int:
    """Peak traced allocation (bytes) while ``fn`` runs."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def quality(pages: list[Page], texts: dict[str, str], ignore_zwnj: bool = False) -> tuple[float, float]:
    """(share of body paragraphs found, share of chrome lines leaked) over all pages."""
    kept = total = leaked = chrome = 0

    def fold(s: str) -> str:
        return s.replace("\u200c", "") if ignore_zwnj else s

    for page in pages:
        text = fold(texts.get(str(page.path), ""))
        total += len(page.body)
        kept += sum(1 for p in page.body if fold(p) in text)
        chrome += len(page.chrome)
        leaked += sum(1 for c in page.chrome if fold(c) in text)
    return kept / max(total, 1), leaked / max(chrome, 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, default=None, help="write the pages here and keep them")
    args = ap.parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        folder = args.keep or Path(tmp)
        t0 = time.perf_counter()
        pages = generate(folder, args.pages, args.seed)
        size = sum(p.path.stat().st_size for p in pages)
        print(f"generated {len(pages):,} pages ({size / 1e6:.1f} MB, ar/fa/en) in {time.perf_counter() - t0:.1f}s")

        k_time, n, k_texts = run_khabar(folder, settings, keep=True)
        t_time, t_texts = run_trafilatura(pages, keep=True)
        print(f"khabar ingest+extract:        {n:,} docs in {k_time:5.1f}s = {n / k_time:4.0f} docs/s")
        print(
            f"trafilatura.extract() alone:  {len(pages):,} docs in {t_time:5.1f}s = {len(pages) / t_time:4.0f} docs/s"
        )
        print(f"ratio khabar / trafilatura (time): {k_time / t_time:.2f}x")
        if text_steps() is not None:
            x_time, _, _ = run_khabar(folder, settings, text=True)
            print(f"khabar + langid + normalize:  {n:,} docs in {x_time:5.1f}s = {n / x_time:4.0f} docs/s")

        sample = pages[: min(len(pages), 300)]
        sub = folder / "sample"
        for p in sample:
            target = sub / p.path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(p.path.read_bytes())
        k_peak = peak_of(lambda: run_khabar(folder, settings))
        t_peak = peak_of(lambda: run_trafilatura(pages))
        print(
            f"peak traced memory over {n:,} docs: khabar {k_peak / 1e6:.1f} MB, trafilatura alone {t_peak / 1e6:.1f} MB"
        )

        r, leak = quality(pages, k_texts)
        tr, tleak = quality(pages, t_texts)
        tz, _ = quality(pages, t_texts, ignore_zwnj=True)
        print(
            f"quality khabar (default, favor_precision=False): body paragraphs kept {r:6.1%}, chrome lines leaked {leak:5.1%}"
        )
        for p in sample:
            p.path = sub / p.path.relative_to(folder)
        _, _, precise_texts = run_khabar(sub, settings, favor_precision=True, keep=True)
        r2, leak2 = quality(sample, precise_texts)
        print(
            f"quality khabar (favor_precision=True):   body paragraphs kept {r2:6.1%}, chrome lines leaked {leak2:5.1%}"
            f"  ({len(sample)} pages)"
        )
        print(
            f"quality trafilatura.extract() alone:     body paragraphs kept {tr:6.1%}, chrome lines leaked {tleak:5.1%}"
            f"  ({tz:.1%} kept if ZWNJ is ignored: extract() drops U+200C from Persian)"
        )
        print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
