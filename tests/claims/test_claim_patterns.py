"""Attribution patterns an analyst found wrong on unseen pages, written again in new sentences:
descriptions must read in English (names romanized or in their English form), and an outlet
spoken to is not a city named inside its title."""

from __future__ import annotations

from khabar.claims import find_claims
from khabar.document import Claim, Mention, Span
from khabar.text.sentences import split_sentences


def run(text: str, lang: str, *names: tuple[str, str, str], english: dict[str, str] | None = None) -> list[Claim]:
    mentions = []
    for surface, eid, typ in names:
        i = text.find(surface)
        assert i >= 0, surface
        mentions.append(Mention(i, i + len(surface), surface, eid, typ, "test"))
    spans = [Span(s, e) for s, e in split_sentences(text, lang)]
    return find_claims(text, lang, spans, mentions, names=english)


def arabic_script(text: str | None) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text or "")


def descriptions(claims: list[Claim]) -> list[str]:
    return [c.description or "" for claim in claims for c in claim.citing]


def test_a_place_in_a_description_takes_its_english_name() -> None:
    text = "وقال محافظ نينوى إن الطرق أعيد فتحها."
    claims = run(text, "ar", ("نينوى", "gn:99071", "LOC"), english={"gn:99071": "Nineveh"})
    found = descriptions(claims)
    assert found and not any(arabic_script(d) for d in found), found
    assert any("Nineveh" in d for d in found), found


def test_sources_in_a_city_read_in_english() -> None:
    text = "وقالت مصادر في الحسكة إن الطريق أغلق."
    claims = run(text, "ar", ("الحسكة", "gn:173", "LOC"), english={"gn:173": "Hasakah"})
    assert not any(arabic_script(d) for d in descriptions(claims)), descriptions(claims)


def test_an_unread_phrase_is_never_kept_in_arabic_script() -> None:
    text = "وقال قائممقام ناحية القيارة إن الأهالي عادوا إلى منازلهم."
    assert not any(arabic_script(d) for d in descriptions(run(text, "ar")))


def test_sources_speaking_to_an_outlet_named_after_a_city() -> None:
    text = "وقالت مصادر نيابية لـ«بغداد اليوم» إن الجلسة أرجئت."
    claims = run(text, "ar", ("بغداد", "gn:98182", "LOC"))
    assert claims and all(c.by != "gn:98182" for c in claims)
    assert all(c.entity != "gn:98182" for claim in claims for c in claim.citing)


def test_the_outlet_in_its_own_article_is_its_own_voice() -> None:
    text = "به گزارش خبرگزاری صدای دهوک، پلیس دو نفر را در این شهر بازداشت کرد."
    spans = [Span(s, e) for s, e in split_sentences(text, "fa")]
    own = find_claims(text, "fa", spans, [], outlet="خبرگزاری صدای دهوک")
    assert own and own[0].by is None and own[0].citing == [], own
    other = find_claims(text, "fa", spans, [], outlet="خبرگزاری دیگر")
    assert other and other[0].citing, other
