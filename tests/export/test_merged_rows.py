"""Rows of the events export for a story's merged events (khabar.export.rows.story_event_rows)."""

from __future__ import annotations

from khabar.document import Document, Event, Place, Source, Span, Story
from khabar.export.names import EntityNames
from khabar.export.rows import story_event_rows
from khabar.stories.enrich import enrich_story

PLACE = Place("gn:95446", "Erbil", 36.19, 44.01)
TEXTS = {
    "ar": "انفجرت طائرة مسيرة مفخخة قرب مطار أربيل مساء الثلاثاء.",
    "fa": "یک پهپاد انتحاری سه‌شنبه شب در نزدیکی فرودگاه اربیل منفجر شد.",
    "en": "An explosives-laden drone struck near Erbil airport late on Tuesday, wounding one civilian.",
}


def _doc(doc_id: str, lang: str, outlet: str, wounded: int | None, day: str = "2021-07-06") -> Document:
    text = TEXTS[lang]
    q = {"drones": 1} | ({"wounded": wounded} if wounded is not None else {})
    ev = Event(id=f"{doc_id}-e", type="ASSAULT", place=PLACE, date=day, quantities=q, evidence=[Span(0, len(text))])
    return Document(id=doc_id, source=Source(outlet=outlet), text=text, lang=lang, published="2021-07-07",
                    sentences=[Span(0, len(text))], events=[ev])


def _rows() -> list[dict]:
    docs = [_doc("d1", "ar", "alpha.example", 0), _doc("d2", "ar", "beta.example", 0),
            _doc("d3", "en", "gamma.example", 1), _doc("d4", "fa", "delta.example", None, day="2021-06-01")]
    story = Story(id="st", documents=[d.id for d in docs], syndication=[["d1", "d2"]])
    story = enrich_story(story, docs, lambda _: None)
    return list(story_event_rows(story, {d.id: d for d in docs}, EntityNames(None)))


def test_one_row_per_merged_event_with_its_sources() -> None:
    rows = _rows()
    assert len(rows) == 2  # the June report is another event, not a variant
    main = next(r for r in rows if r["event_date"] == "2021-07-06")
    assert main["documents"] == ["d1", "d2", "d3"]
    assert main["sources"] == ["alpha.example", "beta.example", "gamma.example"]
    assert main["source_count"] == 3 and main["independent_source_count"] == 2  # d1, d2 share wire text
    assert main["evidence_document"] == "d1" and main["evidence"] == TEXTS["ar"]
    assert main["location"] == "Erbil"


def test_disagreeing_values_are_listed_not_averaged() -> None:
    main = next(r for r in _rows() if r["event_date"] == "2021-07-06")
    assert main["quantities"]["wounded"] == 0  # a tie of sources goes to the value more documents give
    assert sorted(main["variants"]) == ["wounded: 0 (alpha.example, beta.example)", "wounded: 1 (gamma.example)"]
