"""Bad input: long sentences, no punctuation, mixed scripts, odd spans and mentions never crash
find_claims, and every span stays inside the text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.claims import find_claims
from khabar.document import Claim, Mention, Span
from khabar.kb import load_kb

KB = load_kb()


def check(claims: list[Claim], text: str) -> None:
    assert [c.id for c in claims] == [f"c{i + 1}" for i in range(len(claims))]
    for c in claims:
        assert c.span is not None and 0 <= c.span.start < c.span.end <= len(text)
        assert c.kind in ("report", "quote", "denial")
        assert c.by is None or isinstance(c.by, str)


@pytest.mark.parametrize("lang,piece", [
    ("ar", "قال مصدر أمني إن الهجوم استهدف القاعدة و"),
    ("fa", "به گزارش ایرنا منبع آگاه گفت که حمله"),
    ("en", "the official said that two sources told Reuters"),
    ("ar", "قال "),
    ("fa", "گفت "),
    ("en", "said "),
])
def test_five_thousand_characters_without_punctuation(lang: str, piece: str) -> None:
    text = (piece + " ") * (5000 // (len(piece) + 1) + 1)
    text = text[:5000]
    t0 = time.perf_counter()
    claims = find_claims(text, lang, [Span(0, len(text))], [], kb=KB)
    assert time.perf_counter() - t0 < 5.0  # linear: well under a second on one core
    check(claims, text)


def test_mixed_scripts_and_stray_quotes() -> None:
    text = ('قال المتحدث «إن Reuters said that گزارش داد که " «« ”” 2021م. و Iran’s ministry denied it. '
            "به گزارش IRNA، الوكالة نقلت عن sources »")
    for lang in ("ar", "fa", "en", "tr", None):
        check(find_claims(text, lang, [], [], kb=KB), text)


def test_empty_and_whitespace() -> None:
    assert find_claims("", "ar", [], [], kb=KB) == []
    check(find_claims("   \n ", "en", [], [], kb=KB), "   \n ")


def test_unknown_language_gives_the_article_voice() -> None:
    text = "Le ministre a déclaré que la frontière restait fermée."
    claims = find_claims(text, "fr", [], [], kb=KB)
    assert [(c.by, c.citing) for c in claims] == [(None, [])]


def test_spans_and_mentions_out_of_bounds_are_ignored() -> None:
    text = "Reuters said two rockets hit the base."
    sentences = [Span(0, 10_000), Span(5, 3_000)]
    mentions = [Mention(0, 7, "Reuters", "reuters", "ORG"), Mention(30, 900, "x", "afp", "ORG"),
                Mention(3, 2, "bad", None, None)]
    claims = find_claims(text, "en", sentences, mentions, kb=KB)
    check(claims, text)
    assert claims[0].by == "reuters"


def test_same_input_same_claims() -> None:
    text = "نقلت وكالة رويترز عن مصدرين أمنيين أن صاروخا سقط قرب المطار. وأضاف المصدران أن التحقيق مستمر."
    mentions = [Mention(11, 17, "رويترز", "reuters", "ORG")]
    a = find_claims(text, "ar", [], mentions, kb=KB)
    b = find_claims(text, "ar", [], mentions, kb=KB)
    assert [c.to_dict() for c in a] == [c.to_dict() for c in b]
    assert [Claim.from_dict(c.to_dict()) for c in a] == a


_ALPHABET = st.sampled_from(list("قالنفىأكدعنمصدر گزارشکهتکذیب saidtoldReuters,.،؛:«»“”\"\n ٠١٢۳") +
                            ["قال ", "نفت ", "بحسب ", "به گزارش ", "گفت: ", " said ", " told ", " according to ",
                             "«", "»", "عن ", "به نقل از ", " citing "])


@given(st.lists(_ALPHABET, max_size=120).map("".join), st.sampled_from(["ar", "fa", "en"]),
       st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=6),
       st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30), st.sampled_from(["PER", "ORG", "LOC", None]),
                          st.sampled_from(["reuters", "irna", None, "new-per-x1"])), max_size=5))
def test_fuzz_never_crashes(text: str, lang: str, spans: list[tuple[int, int]],
                            mentions: list[tuple[int, int, str | None, str | None]]) -> None:
    sentences = [Span(min(a, b), max(a, b)) for a, b in spans]
    ms = [Mention(a, a + n, text[a : a + n], eid, typ) for a, n, typ, eid in mentions]
    check(find_claims(text, lang, sentences, ms, kb=KB), text)
