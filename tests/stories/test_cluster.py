"""Online clustering on synthetic signatures (fast; real embeddings are in test_embedded.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import numpy as np

from khabar.document import Document, Event, Mention, Place, Span
from khabar.stories.cluster import Clusterer, ClusterParams
from khabar.stories.engine import MemoryEngine
from khabar.stories.features import LEAD_CHARS, MainEvent, Signature, entity_prior, signature_of, sort_key

RNG = np.random.default_rng(11)
DAY = dt.date(2024, 3, 3)


def topic() -> np.ndarray:
    v = RNG.standard_normal(384).astype(np.float32)
    return v / np.linalg.norm(v)


def near(t: np.ndarray, noise: float = 0.04) -> np.ndarray:
    v = t + RNG.standard_normal(384).astype(np.float32) * noise
    return (v / np.linalg.norm(v)).astype(np.float32)


def sig(doc_id: str, day: dt.date | None, vec: np.ndarray | None, lang: str = "ar", entities: dict | None = None,
        events: list[MainEvent] | None = None) -> Signature:
    return Signature(id=doc_id, key=sort_key(day, doc_id), day=day, lang=lang, outlet=None, vec=vec,
                     entities=entities or {}, events=events or [])


def clusters(sigs: list[Signature], params: ClusterParams | None = None) -> list[list[str]]:
    eng = MemoryEngine(params or ClusterParams())
    eng.syndication = False
    eng.add_all(sigs)
    return sorted(eng.clusters().values())


def test_same_story_in_three_languages_joins_and_another_stays_apart() -> None:
    a, b = topic(), topic()
    got = clusters([
        sig("a-ar", DAY, near(a), "ar", {"kirkuk-plant": 1.0}),
        sig("a-fa", DAY + dt.timedelta(days=1), near(a), "fa", {"kirkuk-plant": 1.0}),
        sig("a-en", DAY, near(a), "en"),
        sig("b-en", DAY, near(b), "en", {"muscat": 0.5}),
    ])
    assert got == [["a-ar", "a-en", "a-fa"], ["b-en"]]


def test_same_actors_and_place_outside_the_window_are_two_stories() -> None:
    t = topic()
    ents = {"us-embassy-baghdad": 1.0, "islamic-resistance-in-iraq": 0.8}
    got = clusters([sig("first", DAY, near(t), "ar", ents),
                    sig("second", DAY + dt.timedelta(days=32), near(t), "en", ents)])
    assert got == [["first"], ["second"]]


def test_different_event_dates_split_even_inside_the_window() -> None:
    t = topic()
    ents = {"us-embassy-baghdad": 1.0}
    first = [MainEvent("ASSAULT", DAY, "us-embassy-baghdad")]
    second = [MainEvent("ASSAULT", DAY + dt.timedelta(days=6), "us-embassy-baghdad")]
    got = clusters([
        sig("a1", DAY, near(t), "ar", ents, first),
        sig("a2", DAY + dt.timedelta(days=1), near(t), "fa", ents, first),
        sig("b1", DAY + dt.timedelta(days=6), near(t), "en", ents, second),
    ])
    assert got == [["a1", "a2"], ["b1"]]


def test_the_same_event_reported_days_later_still_joins() -> None:
    t = topic()
    ev = [MainEvent("ASSAULT", DAY, "khor-mor")]
    got = clusters([sig("day0", DAY, near(t), "ar", {"khor-mor": 1.0}, ev),
                    sig("day3", DAY + dt.timedelta(days=3), near(t), "en", {"khor-mor": 1.0}, ev)])
    assert got == [["day0", "day3"]]


def test_a_wire_copy_joins_its_original_whatever_the_embedding() -> None:
    eng = MemoryEngine(ClusterParams())
    clusterer = eng.clusterer
    clusterer.add(sig("wire", DAY, topic()))
    a = clusterer.add(sig("copy", DAY, topic()), copies=["wire"])
    b = clusterer.add(sig("stranger", DAY, topic()))
    assert not a.new and b.new


def test_result_does_not_depend_on_input_order() -> None:
    topics = [topic() for _ in range(6)]
    sigs = [sig(f"d{i:02d}", DAY + dt.timedelta(days=i % 4), near(topics[i % 6]), ["ar", "fa", "en"][i % 3],
                {f"e{i % 6}": 1.0, "shared": 0.3}) for i in range(30)]
    first = clusters(sigs)
    for seed in range(3):
        shuffled = sigs[:]
        random.Random(seed).shuffle(shuffled)
        assert clusters(shuffled) == first
    assert len(first) == 6


def test_the_active_window_is_bounded() -> None:
    c = Clusterer(ClusterParams(window_days=5))
    for i in range(60):
        day = DAY + dt.timedelta(days=i)
        c.evict(day - dt.timedelta(days=5))
        c.add(sig(f"d{i:02d}", day, topic()))
        assert len(c.active) <= 6


def test_undated_documents_attach_by_content_and_never_found_stories() -> None:
    t = topic()
    got = clusters([sig("dated", DAY, near(t), "ar", {"qaani": 1.0}),
                    sig("undated", None, near(t), "fa", {"qaani": 1.0}),
                    sig("lonely", None, topic(), "en", {"someone": 1.0})])
    assert got == [["dated", "undated"], ["lonely"]]


def test_main_day_and_entities_come_from_the_lead_not_the_background() -> None:
    text = "A" * (LEAD_CHARS + 200)
    lead = Event(id="e1", type="ASSAULT", date="2024-01-09", evidence=[Span(0, 80)],
                 place=Place(entity="us-embassy-baghdad", name_en="US Embassy"))
    background = Event(id="e2", type="ASSAULT", date="2023-12-08", evidence=[Span(LEAD_CHARS + 50, LEAD_CHARS + 120)])
    doc = Document(id="x", text=text, lang="en", published="2024-01-10", embedding=None, events=[lead, background],
                   mentions=[Mention(10, 20, "Qaani", "esmail-qaani", "PER"),
                             Mention(LEAD_CHARS + 60, LEAD_CHARS + 70, "Soleimani", "qasem-soleimani", "PER"),
                             Mention(30, 34, "Iraq", "csc:IQ", "LOC"),
                             Mention(40, 47, "Reuters", "reuters", "ORG")])
    s = signature_of(doc, shingles=np.zeros(0, dtype=np.int64), kind_of=lambda e: "agency" if e == "reuters" else None)
    assert s.day == dt.date(2024, 1, 9)
    assert s.events == [MainEvent("ASSAULT", dt.date(2024, 1, 9), "us-embassy-baghdad")]
    assert s.entities["esmail-qaani"] > s.entities["qasem-soleimani"] > 0
    assert "csc:IQ" not in s.entities and "reuters" not in s.entities
    assert s.key == "2024-01-09|x"


def test_entity_priors() -> None:
    assert entity_prior("csc:IR") == 0.0
    assert entity_prior("x", kind_of=lambda e: "media") == 0.0
    assert entity_prior("x", kind_of=lambda e: "person") == 1.0
    assert entity_prior("gn:98182") < entity_prior("new-per-abc")


def test_signature_is_stable_through_float16() -> None:
    vec = [float(x) for x in near(topic())]
    doc = Document(id="y", text="some words here for a text", lang="fa", published="2024-01-01", embedding=vec)
    s = signature_of(doc)
    assert s.vec is not None and s.vec.dtype == np.float32
    assert np.array_equal(s.vec, s.vec.astype(np.float16).astype(np.float32))
    again = dataclasses.replace(s)
    assert np.array_equal(again.vec, s.vec)
