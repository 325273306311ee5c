"""Event merging inside a story, outlet differences and event titles (khabar.stories.merge,
.compare, .enrich), on small hand-written Arabic, Persian and English documents.

The documents carry their events as the events stage would give them (written by hand here, so
these tests do not move when the events stage changes); spans point at the sentences.
"""

from __future__ import annotations

import random

import pytest

from khabar.document import Document, Event, Mention, Place, Source, Span, Story
from khabar.stories.compare import sentence_keys
from khabar.stories.enrich import enrich_story, event_title, main_event, names_from_documents
from khabar.stories.merge import doc_reports, merge, merge_events, place_compatible

BAGHDAD = Place("gn:98182", "Baghdad", 33.34, 44.40)
EMBASSY = Place("us-embassy-baghdad", "US Embassy in Baghdad", 33.30, 44.39)
ERBIL = Place("gn:95446", "Erbil", 36.19, 44.01)
IRAQ = Place("csc:IQ", "Iraq", 33.0, 44.0)

NAMES = {"us-embassy-baghdad": "US Embassy in Baghdad", "gn:98182": "Baghdad", "gn:95446": "Erbil",
         "irq-resistance": "Islamic Resistance in Iraq", "m-miller": "Matthew Miller", "ibn-sina": "Ibn Sina Hospital",
         "kia": "Kia"}


def names(eid: str) -> str | None:
    return NAMES.get(eid)


def doc(doc_id: str, lang: str, published: str, sentences: list[str], events: list[dict],
        mentions: list[tuple[int, str, str]] = (), outlet: str | None = None) -> Document:
    """A document whose text is ``sentences`` joined by blank lines; ``events`` name their sentence
    by index (``s``); ``mentions`` are (sentence index, surface text, entity id)."""
    text, spans = "", []
    for s in sentences:
        if text:
            text += "\n\n"
        spans.append(Span(len(text), len(text) + len(s)))
        text += s
    evs = []
    for k, e in enumerate(events):
        e = dict(e)
        sp = spans[e.pop("s")]
        evs.append(Event(id=f"{doc_id}-ev{k}", evidence=[sp], **e))
    ms = []
    for i, surface, eid in mentions:
        at = text.index(surface, spans[i].start)
        ms.append(Mention(at, at + len(surface), surface, eid, "PER"))
    return Document(id=doc_id, source=Source(outlet=outlet or f"Outlet {doc_id}"), text=text, lang=lang,
                    published=published, sentences=spans, events=evs, mentions=ms)


AR = ["سقطت سبعة صواريخ فجر الجمعة على السفارة الأمريكية في بغداد.",
      "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.",
      "وكانت السفارة قد استهدفت الشهر الماضي بهجوم مماثل."]
FA = ["بامداد جمعه شش موشک به سفارت آمریکا در بغداد شلیک شد.",
      "یک موشک در نزدیکی بیمارستان ابن سینا فرود آمد."]
EN = ["Seven rockets hit the U.S. Embassy in Baghdad before dawn on Friday, officials said.",
      "State Department spokesman Matthew Miller urged Iraq to protect diplomats.",
      "Police later found the launcher on a Kia truck about 8 km away, with 2 unfired rockets."]


def attack(day: str | None = "2023-12-08", place: Place | None = EMBASSY, rockets: int | None = 7, s: int = 0,
           **kw: object) -> dict:
    q = {"rockets": rockets} if rockets is not None else {}
    return {"type": "ASSAULT", "date": day, "place": place, "quantities": q, "s": s, **kw}


@pytest.fixture
def story_docs() -> list[Document]:
    a = doc("a", "ar", "2023-12-08", AR, [attack(actor="irq-resistance"), attack(day=None, rockets=None, s=1),
                                          attack(day="2023-11-10", place=None, rockets=None, s=2)],
            mentions=[(1, "المقاومة الإسلامية في العراق", "irq-resistance")])
    f = doc("f", "fa", "2023-12-08", FA, [attack(rockets=6, place=BAGHDAD)],
            mentions=[(1, "ابن سینا", "ibn-sina")])
    e = doc("e", "en", "2023-12-08", EN, [attack(target="us-embassy-baghdad")],
            mentions=[(1, "Matthew Miller", "m-miller"), (2, "Kia", "kia")])
    return [a, f, e]


def test_one_merged_event_across_languages(story_docs: list[Document]) -> None:
    events, _ = merge(story_docs, story_id="st")
    main = [ev for ev in events if ev.date == "2023-12-08"]
    assert len(main) == 1
    ev = main[0]
    assert sorted(ev.documents) == ["a", "e", "f"]
    assert ev.independent_sources == 3
    assert ev.quantities == {"rockets": 7}  # two sources say 7, one says 6: kept apart, not averaged
    assert ev.place is not None and ev.place.entity == "us-embassy-baghdad"  # the most specific
    assert {(s.document, s.event) for s in ev.sources} >= {("a", "a-ev0"), ("f", "f-ev0"), ("e", "e-ev0")}
    assert all(sp.document in {"a", "e", "f"} for sp in ev.evidence)
    rockets = {v.value: v.documents for v in ev.variants if v.about == "quantities.rockets"}
    assert rockets == {7: ["a", "e"], 6: ["f"]}


def test_within_document_mention_joins_and_recalled_event_stays_apart(story_docs: list[Document]) -> None:
    reports = doc_reports(story_docs[0])
    days = sorted(str(r.day) for r in reports)
    assert days == ["2023-11-10", "2023-12-08"]
    main = next(r for r in reports if str(r.day) == "2023-12-08")
    assert [e.id for e in main.events] == ["a-ev0", "a-ev1"]


def test_attacks_a_month_apart_never_merge() -> None:
    one = doc("x", "en", "2023-12-08", EN[:1], [attack()])
    two = doc("y", "ar", "2024-01-09", AR[:1], [attack(day="2024-01-09", rockets=3)])
    events = merge_events([one, two], story_id="st")
    assert len(events) == 2
    assert all(len(e.documents) == 1 for e in events)


@pytest.mark.parametrize("other", [
    {"place": ERBIL},  # another city, same day
    {"type": "PROTEST"},  # another kind of event
    {"day": "2023-12-11"},  # three days apart
    {"mode": "threatened"},  # a threat is not the act
])
def test_incompatible_events_stay_separate(other: dict) -> None:
    base = doc("x", "en", "2023-12-08", EN[:1], [attack()])
    kw = {"day": other.get("day", "2023-12-08"), "place": other.get("place", EMBASSY)}
    ev = attack(**kw)
    if "type" in other:
        ev["type"] = other["type"]
    if "mode" in other:
        ev["mode"] = other["mode"]
    second = doc("y", "fa", "2023-12-08", FA[:1], [ev])
    assert len(merge_events([base, second])) == 2


def test_window_holding_the_day_is_no_conflict() -> None:
    day = doc("x", "en", "2023-12-08", EN[:1], [attack()])
    window = doc("y", "ar", "2023-12-10", AR[:1], [dict(attack(day=None), date_window=("2023-12-04", "2023-12-10"))])
    events, merged = merge([day, window], story_id="st")
    assert len(events) == 1 and events[0].date == "2023-12-08" and events[0].date_window is None
    story = enrich_story(Story(id="st", documents=["x", "y"]), [day, window], names)
    assert not [d for d in story.differences if d.kind == "conflict"]


def test_a_day_apart_merges_and_the_day_is_a_conflict() -> None:
    docs = [doc("x", "en", "2024-01-10", EN[:1], [attack(day="2024-01-09")]),
            doc("y", "ar", "2024-01-10", AR[:1], [attack(day="2024-01-09")]),
            doc("z", "fa", "2024-01-10", FA[:1], [attack(day="2024-01-10")])]
    story = enrich_story(Story(id="st", documents=["x", "y", "z"]), docs, names)
    assert len([e for e in story.events if e.type == "ASSAULT"]) == 1
    assert story.events[0].date == "2024-01-09"
    (c,) = [d for d in story.differences if d.kind == "conflict"]
    assert (c.document, c.value, c.about) == ("z", "2024-01-10", "date: 2024-01-10 (others: 2024-01-09)")
    assert c.event == story.events[0].id


def test_conflict_difference_points_to_the_sentence(story_docs: list[Document]) -> None:
    story = enrich_story(Story(id="st", documents=["a", "f", "e"]), story_docs, names)
    conflicts = [d for d in story.differences if d.kind == "conflict"]
    assert [(d.document, d.about, d.value) for d in conflicts] == [("f", "rockets: 6 (others: 7)", "6")]
    span = conflicts[0].evidence
    assert span is not None and span.document == "f"
    assert story_docs[1].text[span.start : span.end] == FA[0]


def test_unique_details_name_entities_and_figures(story_docs: list[Document]) -> None:
    story = enrich_story(Story(id="st", documents=["a", "f", "e"]), story_docs, names)
    unique = {(d.document, d.about) for d in story.differences if d.kind == "unique"}
    assert ("e", "an added detail naming Matthew Miller") in unique
    assert ("e", "an added detail naming Kia with the figures 2, 8") in unique
    assert ("f", "an added detail naming Ibn Sina Hospital") in unique
    assert ("a", "an added detail naming Islamic Resistance in Iraq") in unique  # only it names the claimant
    assert not any(d == "a" and "Matthew" in about for d, about in unique)
    # the lead sentences say the same in three languages: none of them is a detail
    assert not any(d.evidence is not None and d.evidence.start == 0 for d in story.differences if d.kind == "unique")


def test_wire_copies_share_no_unique_detail_and_fold_into_one_source() -> None:
    wire = doc("w1", "en", "2023-12-08", EN, [attack(rockets=5)], mentions=[(1, "Matthew Miller", "m-miller")])
    copy = doc("w2", "en", "2023-12-08", EN, [attack(rockets=5)], mentions=[(1, "Matthew Miller", "m-miller")])
    other = doc("o", "ar", "2023-12-08", AR[:1], [attack(rockets=7)])
    story = Story(id="st", documents=["w1", "w2", "o"], syndication=[["w1", "w2"]])
    out = enrich_story(story, [wire, copy, other], names)
    ev = out.events[0]
    assert ev.independent_sources == 2 and len(ev.documents) == 3
    assert ev.quantities == {"rockets": 5}  # two documents, one source each side: ties go to more documents
    assert [d for d in out.differences if d.kind == "unique" and "Miller" in d.about] == []
    conflicts = [d for d in out.differences if d.kind == "conflict"]
    assert [(d.document, d.value) for d in conflicts] == [("o", "7")]


def test_lone_document_has_no_differences() -> None:
    one = doc("x", "en", "2023-12-08", EN, [attack()], mentions=[(1, "Matthew Miller", "m-miller")])
    out = enrich_story(Story(id="st", documents=["x"]), [one], names)
    assert out.differences == []


def test_order_of_documents_does_not_matter(story_docs: list[Document]) -> None:
    base = enrich_story(Story(id="st", documents=["a", "f", "e"]), story_docs, names).to_dict()
    shuffled = list(story_docs)
    random.Random(3).shuffle(shuffled)
    assert enrich_story(Story(id="st", documents=["a", "f", "e"]), shuffled, names).to_dict() == base


def test_title_from_the_main_event(story_docs: list[Document]) -> None:
    out = enrich_story(Story(id="st", title_en="fallback", documents=["a", "f", "e"]), story_docs, names)
    assert out.title_en == "Rocket attack by Islamic Resistance in Iraq on US Embassy in Baghdad, 2023-12-08"


def test_title_falls_back_without_a_usable_event() -> None:
    vague = doc("x", "en", "2023-12-08", EN[:1], [{"type": "ASSAULT", "s": 0}])
    out = enrich_story(Story(id="st", title_en="Baghdad (2023-12-08)", documents=["x"]), [vague], names)
    assert out.title_en == "Baghdad (2023-12-08)"
    assert main_event(out.events) is None


def test_event_title_drops_counts_and_keeps_the_weapon() -> None:
    ev = Event(id="e", type="ASSAULT", target="us-embassy-baghdad", date="2023-12-08",
               quantities={"rockets": 7, "wounded": 2})
    assert event_title(ev, names) == "Rocket attack on US Embassy in Baghdad, 2023-12-08"


def test_place_compatibility() -> None:
    assert place_compatible(BAGHDAD, EMBASSY) is True
    assert place_compatible(BAGHDAD, ERBIL) is False
    assert place_compatible(IRAQ, BAGHDAD) is True
    assert place_compatible(None, BAGHDAD) is None


def test_sentence_figures_skip_years_and_days_of_months() -> None:
    d = doc("x", "ar", "2023-12-08", ["أطلقت ٧ صواريخ في ٨ كانون الأول ٢٠٢٣ عند الساعة 22:30 من مسافة 12 كيلومترا."], [])
    ((_, _, figures),) = sentence_keys(d)
    assert figures == {"7", "22:30", "12"}


def test_names_prefer_lookups_then_places_then_english_spellings() -> None:
    d = doc("x", "en", "2023-12-08", EN, [attack(place=BAGHDAD)], mentions=[(1, "Matthew Miller", "new-per-mm")])
    found = names_from_documents([d], {"gn:98182": "Baghdad city"}.get)
    assert found("gn:98182") == "Baghdad city"
    assert found("new-per-mm") == "Matthew Miller"
    assert found("nothing") is None


def _fake_embedding() -> object:
    """fake_embedding of test_store_stories.py (test modules are not importable by name)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("_stories_store", Path(__file__).with_name("test_store_stories.py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.fake_embedding


def test_store_keeps_merged_events_and_incremental_equals_batch(tmp_path: object, story_docs: list[Document]) -> None:
    from khabar.store import SQLiteStore
    from khabar.stories import build_story_objects, update_stories

    fake = _fake_embedding()
    for d in story_docs:
        d.embedding = fake(0, d.lang)  # type: ignore[operator]
    batch = SQLiteStore(str(tmp_path) + "/batch.db")  # type: ignore[operator]
    batch.put_many(story_docs)
    update_stories(batch, [d.id for d in story_docs])
    (story,) = build_story_objects(batch)
    # names: the test ids are not in the knowledge base, so the mention's own spelling is used
    assert story.title_en == "Rocket attack by المقاومة الإسلامية في العراق on US Embassy in Baghdad, 2023-12-08"
    assert sorted(story.events[0].documents) == ["a", "e", "f"]
    assert [(d.document, d.value) for d in story.differences if d.kind == "conflict"] == [("f", "6")]
    one_by_one = SQLiteStore(str(tmp_path) + "/incremental.db")  # type: ignore[operator]
    one_by_one.put_many(story_docs)
    for d in reversed(story_docs):
        update_stories(one_by_one, [d.id])
    (again,) = build_story_objects(one_by_one)
    assert again.to_dict() == story.to_dict()


def test_an_undated_lead_joins_the_lead_event_not_a_recalled_one() -> None:
    airport = Place("erbil-airport", "Erbil International Airport", 36.24, 43.96)
    recalled = {"type": "ASSAULT", "date_window": ("2021-03-21", "2021-04-20"), "place": airport,
                "quantities": {"drones": 1}, "s": 2}
    first = doc("x", "en", "2021-07-07", EN, [attack(day="2021-07-06", place=airport, rockets=None), recalled])
    undated = doc("y", "ar", None, AR, [attack(day=None, place=airport, rockets=None, quantities={"drones": 1})])
    undated.events[0].quantities = {"drones": 1}
    events = merge_events([first, undated], story_id="st")
    main = next(e for e in events if e.date == "2021-07-06")
    assert sorted(main.documents) == ["x", "y"]


def test_a_recalled_event_never_titles_the_story() -> None:
    old = {"type": "ASSAULT", "date": "2016-01-03", "place": EMBASSY, "s": 2}
    vague = {"type": "CONSULT", "date": "2021-04-09", "place": BAGHDAD, "s": 0}
    docs = [doc("x", "en", "2021-04-10", EN, [vague, old]), doc("y", "ar", "2021-04-10", AR, [vague, old])]
    out = enrich_story(Story(id="st", title_en="Entities (2021-04-09)", documents=["x", "y"]), docs, names)
    assert out.title_en == "Entities (2021-04-09)"


def test_a_place_without_coordinates_merges_only_with_one_spelled_alike() -> None:
    field = Place("khurmala-oil-field", "Khurmala oil field", 35.93, 43.80)
    minted = Place("new-loc-khormala-1", "Khormala")
    elsewhere = Place("new-loc-sinjar-2", "Sinjar")
    a = doc("a", "en", "2025-12-03", EN, [attack(day="2025-12-03", place=field, rockets=None)])
    b = doc("b", "fa", "2025-12-03", FA, [attack(day="2025-12-03", place=minted, rockets=None)])
    c = doc("c", "ar", "2025-12-03", AR, [attack(day="2025-12-03", place=elsewhere, rockets=None)])
    events = merge_events([a, b, c], story_id="st")
    together = [e for e in events if "a" in e.documents]
    assert len(together) == 1 and sorted(together[0].documents) == ["a", "b"]
    assert any(e.documents == ["c"] for e in events)  # nothing says Sinjar is the oil field
