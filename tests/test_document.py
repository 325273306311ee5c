from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.document import (
    Citation,
    Claim,
    Document,
    Entity,
    Event,
    Issue,
    Mention,
    Place,
    Source,
    Span,
    Story,
    document_id,
)

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
opt_text = st.none() | text
spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, 10_000), st.integers(0, 10_000))
places = st.builds(Place, entity=opt_text, name_en=text, lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180))
dates = st.none() | st.dates().map(lambda d: d.isoformat())
events = st.builds(
    Event,
    id=text,
    type=st.sampled_from(["ASSAULT", "CONSULT", "ACCUSE"]),
    actor=opt_text,
    target=opt_text,
    place=st.none() | places,
    date=dates,
    date_window=st.none() | st.tuples(st.dates().map(str), st.dates().map(str)),
    quantities=st.dictionaries(st.sampled_from(["killed", "wounded", "rockets"]), st.integers(0, 1000)),
    evidence=st.lists(spans, max_size=3),
    claim=opt_text,
    documents=st.lists(text, max_size=3),
)
documents = st.builds(
    Document,
    id=text,
    source=st.builds(Source, kind=st.sampled_from(["file", "url"]), path=opt_text, url=opt_text, outlet=opt_text),
    raw=st.none() | text | st.binary(max_size=64),
    title=opt_text,
    text=text,
    lang=st.sampled_from([None, "ar", "fa", "en"]),
    published=dates,
    sentences=st.lists(spans, max_size=4),
    mentions=st.lists(st.builds(Mention, start=st.integers(0, 99), end=st.integers(0, 99), text=text, entity=opt_text), max_size=3),
    entities=st.lists(text, max_size=3),
    places=st.lists(places, max_size=2),
    events=st.lists(events, max_size=2),
    claims=st.lists(
        st.builds(Claim, id=text, by=opt_text, citing=st.lists(st.builds(Citation, entity=opt_text, description=opt_text), max_size=2), span=st.none() | spans),
        max_size=2,
    ),
    embedding=st.none() | st.lists(st.floats(allow_nan=False, width=32), max_size=4),
    issues=st.lists(st.builds(Issue, stage=text, code=st.sampled_from(["W001", "W020"]), message=text), max_size=2),
    meta=st.dictionaries(st.sampled_from(["author", "sitename"]), text),
)


@given(documents)
def test_document_round_trips_losslessly(doc: Document) -> None:
    data = doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(data)))
    assert again == doc
    assert again.to_dict() == data


@given(st.builds(Story, id=text, title_en=opt_text, documents=st.lists(text, max_size=3), events=st.lists(events, max_size=2)))
def test_story_round_trips(story: Story) -> None:
    assert Story.from_dict(json.loads(json.dumps(story.to_dict()))) == story


def test_entity_round_trip_keeps_names_per_script() -> None:
    e = Entity(id="kb:taeb", type="PER", name_en="Hossein Taeb", names={"ar": ["حسين طائب"], "fa": ["حسین طائب"]})
    assert Entity.from_dict(e.to_dict()).names["fa"] == ["حسین طائب"]


def test_span_rejects_reversed_offsets() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)


def test_document_id_is_stable_and_depends_on_bytes_and_source() -> None:
    a = document_id(Source(path="/x/a.html"), b"same bytes")
    assert a == document_id(Source(path="/elsewhere/a.html"), b"same bytes")
    assert a != document_id(Source(path="/x/a.html"), b"other bytes")
    assert a != document_id(Source(url="https://example.org/a"), b"same bytes")


def test_failed_means_an_error_level_issue() -> None:
    d = Document(id="x")
    d.add_issue("ingest", "W021", "short")
    assert not d.failed
    d.add_issue("ingest", "W001", "empty", severity="error")
    assert d.failed
