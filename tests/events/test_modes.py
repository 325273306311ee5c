"""Negation and modality: asserted, denied, threatened, planned, requested, hypothetical."""

from __future__ import annotations

import pytest

from khabar.events import extract_events


def modes(text: str, lang: str) -> dict[str, str]:
    """Mode by type (each type once in these sentences)."""
    out: dict[str, str] = {}
    for f in extract_events(text, lang, published="2023-05-10").events:
        assert f.event.type not in out, f.event.type
        out[f.event.type] = f.event.mode
    return out


@pytest.mark.parametrize("lang, text, expected", [
    # denials: the denied event is denied, nothing else is
    ("ar", "نفى المتحدث أن يكون الوزير قد التقى مسؤولين أمريكيين.", {"CONSULT": "denied"}),
    ("ar", "نفت الوزارة أن تكون طائراتها قد قصفت المخيم.", {"ASSAULT": "denied"}),
    ("fa", "وزارت خارجه خبر دیدار وزیر با مقامات اسرائیلی را تکذیب کرد.", {"CONSULT": "denied"}),
    ("en", "The ministry denied that the minister had met Israeli officials.", {"CONSULT": "denied"}),
    ("en", "Iran denied supplying drones to Russia.", {"AID": "denied"}),
    # negation of the verb itself
    ("ar", "لم تستهدف الطائرات أي موقع مدني.", {"ASSAULT": "denied"}),
    ("fa", "نیروها به این روستا حمله نکردند.", {"ASSAULT": "denied"}),
    ("en", "The army did not attack the village.", {"ASSAULT": "denied"}),
    # cancellations
    ("ar", "أُلغي اجتماع كان مقرراً بين الوزيرين يوم الأربعاء.", {"CONSULT": "denied"}),
    ("en", "The government called off the summit.", {"CONSULT": "denied"}),
])
def test_denied(lang: str, text: str, expected: dict[str, str]) -> None:
    assert modes(text, lang) == expected


def test_denial_governs_only_the_first_event() -> None:
    text = "نفى المتحدث أن يكون الوزير قد التقى مسؤولين خلال زيارته إلى عمّان."
    found = [f.event for f in extract_events(text, "ar").events]
    assert sorted(e.mode for e in found) == ["asserted", "denied"]


@pytest.mark.parametrize("lang, text, expected", [
    ("ar", "هدد زعيم الجماعة بضرب منشآت حيوية.", {"THREATEN": "asserted", "ASSAULT": "threatened"}),
    ("ar", "حذّر الأمين العام من أن الحزب سيضرب المنصات.", {"THREATEN": "asserted", "ASSAULT": "threatened"}),
    ("fa", "فرمانده تهدید کرد که پایگاه‌ها را هدف قرار خواهد داد.", {"THREATEN": "asserted", "ASSAULT": "threatened"}),
    ("en", "The militia threatened to attack the base.", {"THREATEN": "asserted", "ASSAULT": "threatened"}),
])
def test_threatened(lang: str, text: str, expected: dict[str, str]) -> None:
    assert modes(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("ar", "طالب البرلمان الحكومة بالعمل على انسحاب القوات الأجنبية.", {"REQUEST": "asserted", "RETREAT": "requested"}),
    ("ar", "دعا المجلس إلى الإفراج عن المعتقلين.", {"REQUEST": "asserted", "RETREAT": "requested"}),
    ("fa", "رئیس‌جمهور خواستار خروج نیروهای خارجی از منطقه شد.", {"REQUEST": "asserted", "RETREAT": "requested"}),
    ("en", "The group called on the authorities to release the journalists.", {"REQUEST": "asserted", "RETREAT": "requested"}),
])
def test_requested(lang: str, text: str, expected: dict[str, str]) -> None:
    assert modes(text, lang) == expected


def test_request_scope_ends_at_a_relative_clause() -> None:
    text = "The group called on the authorities to release the journalists, who were detained last month."
    assert modes(text, "en") == {"REQUEST": "asserted", "RETREAT": "requested", "COERCE": "asserted"}


def test_circumstance_of_a_request_is_asserted() -> None:
    text = "The prime minister asked the envoy in a phone call to begin preparing the withdrawal of troops."
    assert modes(text, "en") == {"REQUEST": "asserted", "CONSULT": "asserted", "RETREAT": "requested"}


@pytest.mark.parametrize("lang, text, etype", [
    ("ar", "تعتزم الوزارة إجراء مناورات عسكرية واسعة الشهر المقبل.", "MOBILIZE"),
    ("ar", "ستُعقد الجولة المقبلة من المحادثات في مسقط.", "CONSULT"),
    ("fa", "قرار است وزیر هفته آینده به تهران سفر کند.", "CONSULT"),
    ("en", "The government plans to hold talks with the rebels next week.", "CONSULT"),
    ("en", "The two leaders will meet in Paris on Friday.", "CONSULT"),
])
def test_planned(lang: str, text: str, etype: str) -> None:
    assert modes(text, lang)[etype] == "planned"


@pytest.mark.parametrize("lang, text, expected", [
    ("ar", "هدد بضرب المنشآت إذا شنت الدولة أي هجوم جديد.", {"THREATEN": "asserted", "ASSAULT": None}),
    ("fa", "اگر دشمن به تأسیسات ما حمله کند، پاسخ خواهیم داد.", {"ASSAULT": "hypothetical"}),
    ("en", "Aid convoys could resume if Israel reopened the crossing.", {"AID": "hypothetical", "RETREAT": "hypothetical"}),
])
def test_hypothetical(lang: str, text: str, expected: dict[str, str | None]) -> None:
    found = extract_events(text, lang).events
    got = {}
    for f in found:
        got.setdefault(f.event.type, []).append(f.event.mode)
    for etype, mode in expected.items():
        if mode is None:  # two events of the type: the threatened strike and the hypothetical attack
            assert sorted(got[etype]) == ["hypothetical", "threatened"]
        else:
            assert got[etype] == [mode]


def test_reporting_is_not_a_mode() -> None:
    text = "قالت مصادر أمنية إن ثلاثة صواريخ سقطت على القاعدة."
    assert modes(text, "ar") == {"ASSAULT": "asserted"}


def test_rejecting_a_report_is_a_denial_not_a_rejection() -> None:
    assert modes("The ministry rejected reports that its jets struck the camp.", "en") == {"ASSAULT": "denied"}
