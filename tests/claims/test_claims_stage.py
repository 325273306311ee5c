"""The claims stage in a pipeline, and claim_for linking evidence to claims."""

from __future__ import annotations

from khabar.claims import ClaimStage, claim_covering, claim_for, voice_of
from khabar.config import Settings
from khabar.document import Citation, Claim, Document, Mention, Span
from khabar.kb import load_kb
from khabar.pipeline import REGISTRY, check_order, get_stage


def test_stage_is_registered_with_its_contract() -> None:
    info = REGISTRY["claims"]
    assert info.requires == ("text", "lang", "sentences", "mentions")
    assert info.assigns == ("claims",)
    assert info.factory is ClaimStage


def test_stage_fills_claims() -> None:
    text = "قالت وكالة تسنيم إن طائرة مسيرة أسقطت قرب الحدود. وأضافت الوكالة أن الطائرة كانت تحمل كاميرات."
    doc = Document(id="d1", text=text, lang="ar", sentences=[Span(0, 49), Span(50, len(text))],
                   mentions=[Mention(5, 16, "وكالة تسنيم", "tasnim", "ORG", "kb")])
    doc = ClaimStage(Settings(), kb=load_kb())(doc)
    assert [(c.id, c.by, c.kind) for c in doc.claims] == [("c1", "tasnim", "report")]
    assert doc.claims[0].span == Span(0, len(text))
    assert Document.from_dict(doc.to_dict()).claims == doc.claims


def test_order_check_needs_mentions_before_claims() -> None:
    import pytest

    from khabar.errors import KhabarError

    with pytest.raises(KhabarError):
        check_order([get_stage("claims")], initial=("text", "lang", "sentences"))
    check_order([get_stage("claims")], initial=("text", "lang", "sentences", "mentions"))


def _claims() -> list[Claim]:
    return [
        Claim("c1", None, [], Span(0, 100)),
        Claim("c2", "reuters", [Citation(None, "two sources")], Span(20, 60)),
        Claim("c3", None, [Citation("irgc", None)], Span(100, 160), kind="quote"),
    ]


def test_claim_for_prefers_the_smallest_covering_claim() -> None:
    doc = Document(id="d", text="x" * 200, claims=_claims())
    assert claim_for(doc, Span(30, 40)) == "c2"
    assert claim_for(doc, Span(5, 15)) == "c1"
    assert claim_for(doc, Span(110, 120)) == "c3"


def test_claim_for_falls_back_to_the_largest_overlap() -> None:
    doc = Document(id="d", text="x" * 200, claims=_claims())
    assert claim_for(doc, Span(90, 130)) == "c3"
    assert claim_for(doc, Span(170, 180)) is None
    assert claim_for(Document(id="e"), Span(0, 1)) is None
    assert claim_covering([], Span(0, 1)) is None


def test_voice_of() -> None:
    c1, c2, c3 = _claims()
    assert voice_of(c1) == []
    assert voice_of(c2) == [Citation("reuters", None), Citation(None, "two sources")]
    assert voice_of(c3) == [Citation("irgc", None)]
