"""What the events stage keeps (an event must say something), and the date rules it takes from
khabar.dates: anchored days, two-digit years, bare weekdays in future clauses. Sentences written
for these tests; 2024-05-10 is a Friday."""

from __future__ import annotations

import pytest

from khabar.document import Document, Event, Mention, Place, Span
from khabar.errors import CODES
from khabar.events import EventStage, World, extract_events
from khabar.events.stage import PARTY_TYPES, informative
from khabar.text.sentences import split_sentences


def document(text: str, lang: str, published: str | None, names: dict[str, tuple[str, str]]) -> Document:
    doc = Document(id="t-say-less", text=text, lang=lang, published=published)
    doc.sentences = [Span(s, e) for s, e in split_sentences(text, lang)]
    for surface, (eid, typ) in names.items():
        i = text.find(surface)
        assert i >= 0, surface
        doc.mentions.append(Mention(i, i + len(surface), surface, eid, typ, "test"))
    return doc


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(world=World())


@pytest.mark.parametrize("lang, text", [
    ("en", "The meeting was held late last month."),
    ("ar", "عقد الاجتماع أواخر الشهر الماضي."),
    ("fa", "این دیدار اواخر ماه گذشته برگزار شد."),
    ("en", "Officials signed an agreement last week."),
])
def test_a_dealing_of_nobody_nowhere_is_dropped(stage: EventStage, lang: str, text: str) -> None:
    assert extract_events(text, lang, published="2021-07-08").events, "the extractor still finds it"
    assert stage(document(text, lang, "2021-07-08", {})).events == []


@pytest.mark.parametrize("lang, text, names", [
    ("en", "Antony Blinken met officials late last month.", {"Antony Blinken": ("blinken", "PER")}),
    ("ar", "عقد الاجتماع في بغداد أواخر الشهر الماضي.", {"بغداد": ("gn:98182", "LOC")}),
    ("fa", "وزیران با ایران اواخر ماه گذشته دیدار کردند.", {"ایران": ("csc:IR", "LOC")}),
])
def test_a_dealing_with_a_party_or_a_place_is_kept(stage: EventStage, lang: str, text: str,
                                                   names: dict[str, tuple[str, str]]) -> None:
    assert [e.type for e in stage(document(text, lang, "2021-07-08", names)).events] == ["CONSULT"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Four rockets fell near the airport without causing casualties yesterday."),  # quantities
    ("ar", "سقطت أربعة صواريخ قرب المطار أمس."),
    ("en", "Police detained protesters on 3 July 2021."),  # an exact day
])
def test_an_attack_or_arrest_with_a_quantity_or_a_day_is_kept(stage: EventStage, lang: str, text: str) -> None:
    assert stage(document(text, lang, "2021-07-08", {})).events


def test_the_rule_by_type() -> None:
    assert {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"} <= PARTY_TYPES and "ASSAULT" not in PARTY_TYPES
    empty = Event(id="e", type="CONSULT", date_window=("2021-06-21", "2021-06-30"))
    assert not informative(empty)
    assert informative(Event(id="e", type="CONSULT", place=Place("gn:98182", "Baghdad")))
    assert informative(Event(id="e", type="ASSAULT", quantities={"rockets": 4}))
    assert not informative(Event(id="e", type="ASSAULT", date_window=("2021-06-21", "2021-06-30")))
    assert not informative(Event(id="e", type="REQUEST", date="2021-06-21"))


# -- dates read by khabar.dates --------------------------------------------------------------------

def only_date(text: str, lang: str, published: str | None) -> tuple[str | None, list[str]]:
    found = extract_events(text, lang, published=published)
    dates = [f.event.date for f in found.events]
    assert len(set(dates)) == 1, [(f.event.type, f.event.date) for f in found.events]
    return dates[0], [m for _, m in found.issues]


@pytest.mark.parametrize("lang, text, date", [
    ("en", "The foreign ministers will meet in Riyadh on Tuesday.", "2024-05-14"),
    ("ar", "سيلتقي وزيرا الخارجية في الرياض يوم الثلاثاء.", "2024-05-14"),
    ("fa", "وزیران خارجه روز سه‌شنبه در ریاض دیدار خواهند کرد.", "2024-05-14"),
    ("en", "The foreign ministers met in Riyadh on Tuesday.", "2024-05-07"),
    ("ar", "التقى وزيرا الخارجية في الرياض يوم الثلاثاء.", "2024-05-07"),
    ("fa", "وزیران خارجه روز سه‌شنبه در ریاض دیدار کردند.", "2024-05-07"),
])
def test_a_bare_weekday_is_read_by_the_tense_of_its_clause(lang: str, text: str, date: str) -> None:
    assert only_date(text, lang, "2024-05-10")[0] == date


@pytest.mark.parametrize("lang, text, date", [
    ("en", "Talks opened on 3 July 2021. Rockets struck the airport the previous day.", None),  # another sentence
    ("en", "Talks opened on 3 July 2021, and rockets struck the airport the previous day.", "2021-07-02"),
    ("en", "Rockets struck the airport the previous day.", None),  # nothing to count from
    ("ar", "بدأت المحادثات في 3 تموز 2021، وسقطت صواريخ على المطار في اليوم السابق.", "2021-07-02"),
    ("fa", "مذاکرات در ۳ تیر ۱۴۰۰ آغاز شد و روز قبل چند راکت به فرودگاه اصابت کرد.", "2021-06-23"),
])
def test_the_previous_day_counts_from_a_date_of_its_sentence(lang: str, text: str, date: str | None) -> None:
    found = extract_events(text, lang, published="2021-07-08").events
    attacks = [f.event.date for f in found if f.event.type == "ASSAULT"]
    assert attacks and attacks[-1] == date


def test_two_digit_years_are_explained_as_w040(stage: EventStage) -> None:
    doc = stage(document("ضبطت الشرطة في 5/7/21 خلية من ستة أشخاص في بغداد.", "ar", "2021-07-08",
                         {"بغداد": ("gn:98182", "LOC")}))
    assert [e.date for e in doc.events] == ["2021-07-05"]
    assert [i.code for i in doc.issues] == ["W040"] and "W040" in CODES
    assert "read as 2021-07-05" in doc.issues[0].message
    doc = stage(document("Police arrested six people in Baghdad on 5/7/21.", "en", "2021-07-08",
                         {"Baghdad": ("gn:98182", "LOC")}))
    assert [e.date for e in doc.events] == [None]
    assert "two readings" in doc.issues[0].message
