"""Sentence splitting: concrete Arabic, Persian and English cases plus properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.text.sentences import MAX_LENGTH, SOFT_LIMIT, split_sentences


def sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The talks ended. Both sides left! Will they return? Nobody knows.",
     ["The talks ended.", "Both sides left!", "Will they return?", "Nobody knows."]),
    ("en", "Dr. Smith met U.S. officials in Washington. They left.",
     ["Dr. Smith met U.S. officials in Washington.", "They left."]),
    ("en", "Mr. and Mrs. Jones arrived at 3.5 p.m. sharp. Then J. K. Rowling spoke.",
     ["Mr. and Mrs. Jones arrived at 3.5 p.m. sharp.", "Then J. K. Rowling spoke."]),
    ("en", "He cited Resolution No. 2231 on Jan. 16 in the text. It passed.",
     ["He cited Resolution No. 2231 on Jan. 16 in the text.", "It passed."]),
    ("en", "He said no. Then he left.", ["He said no.", "Then he left."]),
    ("en", "Weapons, drones, etc. were listed. Prices rose.",
     ["Weapons, drones, etc. were listed.", "Prices rose."]),
    ("en", '"We will respond," he said. "This is not over." The crowd cheered.',
     ['"We will respond," he said.', '"This is not over."', "The crowd cheered."]),
    ("en", "He said “we will win. we will not stop” and left. Next.",
     ["He said “we will win. we will not stop” and left.", "Next."]),
    ("en", "1. First point here\n2. Second point", ["1. First point here", "2. Second point"]),
    ("en", "Wait... what happened? Nobody knew…", ["Wait... what happened?", "Nobody knew…"]),
    ("ar", "قال المتحدث إن الاجتماع انتهى. وأضاف أن الوفد غادر. هل سيعود؟ لا أحد يعلم!",
     ["قال المتحدث إن الاجتماع انتهى.", "وأضاف أن الوفد غادر.", "هل سيعود؟", "لا أحد يعلم!"]),
    ("ar", "التقى د. محمد العلي بالوفد في بغداد، وناقش معه الأوضاع. ثم غادر.",
     ["التقى د. محمد العلي بالوفد في بغداد، وناقش معه الأوضاع.", "ثم غادر."]),
    ("ar", "تأسست الشركة عام 1998م. في دبي وتوسعت عام 1443هـ. إلى الرياض.",
     ["تأسست الشركة عام 1998م. في دبي وتوسعت عام 1443هـ. إلى الرياض."]),
    ("ar", "بلغ النمو ٣٫٥ بالمئة و3.5 بالمئة في الربع الثاني. وهذا جيد.",
     ["بلغ النمو ٣٫٥ بالمئة و3.5 بالمئة في الربع الثاني.", "وهذا جيد."]),
    ("ar", "وقال: «لن نقبل بذلك. هذا موقفنا النهائي». ثم غادر القاعة.",
     ["وقال: «لن نقبل بذلك. هذا موقفنا النهائي».", "ثم غادر القاعة."]),
    ("ar", "وقال الوزير: «لن نتراجع.» وغادر القاعة.", ["وقال الوزير: «لن نتراجع.»", "وغادر القاعة."]),
    ("ar", "انتهى الاجتماع.وقال المتحدث إن الوضع مستقر",
     ["انتهى الاجتماع.", "وقال المتحدث إن الوضع مستقر"]),
    ("ar", "عنوان الخبر\n\nنص الخبر الأول\nسطر آخر", ["عنوان الخبر", "نص الخبر الأول", "سطر آخر"]),
    ("ar", "الاجتماع قصير؛ والنتائج محدودة.", ["الاجتماع قصير؛ والنتائج محدودة."]),
    ("fa", "سخنگوی وزارت خارجه گفت: «ما مذاکره نمی‌کنیم. این موضع ماست.» او افزود که آمریکا مسئول است؟ ایرنا گزارش داد.",
     ["سخنگوی وزارت خارجه گفت: «ما مذاکره نمی‌کنیم. این موضع ماست.»", "او افزود که آمریکا مسئول است؟",
      "ایرنا گزارش داد."]),
    ("fa", "این بنا در سال ۵۰۰ ق.م. ساخته شد. دکتر د. احمدی آن را بررسی کرد.",
     ["این بنا در سال ۵۰۰ ق.م. ساخته شد.", "دکتر د. احمدی آن را بررسی کرد."]),
])
def test_concrete(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_soft_boundary_only_in_long_sentences() -> None:
    clause = "وأوضح المسؤول أن الحكومة ستواصل العمل على تحسين الخدمات في المحافظات كافة خلال العام المقبل"
    long_text = "؛ ".join([clause] * 6) + "."
    assert len(long_text) > SOFT_LIMIT
    parts = sentences(long_text, "ar")
    assert len(parts) == 6
    assert all(p.startswith("وأوضح") for p in parts)
    short = "؛ ".join([clause] * 2) + "."
    assert len(short) < SOFT_LIMIT
    assert sentences(short, "ar") == [short]


def test_arabic_comma_never_splits() -> None:
    text = "، ".join(["كلمة أخرى هنا"] * 20) + "."
    assert sentences(text, "ar") == [text]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_long_unpunctuated_text_is_chunked(lang: str) -> None:
    text = " ".join(["كلمة", "word", "واژه"][i % 3] for i in range(2000))  # ~9,000 characters
    spans = split_sentences(text, lang)
    assert len(spans) >= len(text) // MAX_LENGTH
    assert all(e - s <= MAX_LENGTH for s, e in spans)
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    # together the chunks cover every word
    assert " ".join(text[s:e] for s, e in spans) == text


def test_very_long_token_is_cut_hard() -> None:
    text = "ب" * 5000
    spans = split_sentences(text, "ar")
    assert len(spans) == 5 and all(e - s <= MAX_LENGTH for s, e in spans)


def test_empty_and_contentless() -> None:
    assert split_sentences("", "ar") == []
    assert split_sentences("   \n\n \u200f ", "fa") == []
    assert split_sentences("***\n— — —", "en") == []


def test_strips_invisible_edges() -> None:
    text = "\u200f\u00a0خبر عاجل.\u200e  "
    assert sentences(text, "ar") == ["خبر عاجل."]


_ALPHABET = "ابتثجحخدرزسشصعفقكلمنهوية  ..!?؟…،؛;«»“”\"'\n\t\u00a0\u200c\u200fABCabc0123٣٫٥dDrMrU.S"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=300), st.text(max_size=200)),
       lang=st.sampled_from(["ar", "fa", "en", "xx"]))
def test_spans_are_well_formed(text: str, lang: str) -> None:
    spans = split_sentences(text, lang)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert end - start <= MAX_LENGTH
        previous_end = end


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    sentence = "وأكد المسؤول أن العمل مستمر في جميع المناطق."
    text = "قال: «" + " ".join([sentence] * 30)  # the quote is never closed
    parts = sentences(text, "ar")
    assert len(parts) > 10
    assert all(len(p) <= 700 for p in parts)
