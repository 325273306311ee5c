"""The brief's story parts: timeline of merged events (with click-to-evidence into every supporting
article), the unmerged fallback, who's who, differences by outlet, and inert untrusted content."""

from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from khabar.brief import render_brief, write_brief
from khabar.brief.story import document_points, story_parts
from khabar.document import Difference, Document, Event, EventSource, Place, Span, Story, Variant
from khabar.kb import load_kb
from tests.web.sample import hostile_documents, hostile_stories, merged_stories, sample_documents

DOCS = sample_documents()
BY_ID = {d.id: d for d in DOCS}
STORIES = merged_stories(DOCS)
ATTACK, VISIT = STORIES


@pytest.fixture(scope="module")
def page() -> str:
    return render_brief(DOCS, (), STORIES)


def _marks(page: str) -> dict[str, tuple[str, str]]:
    """Mark id -> (its text, the id of the article it is in)."""
    out = {}
    for art in re.finditer(r'<article class="doc" id="doc-([^"]+)">(.*?)</article>', page, re.S):
        for m in re.finditer(r'<mark id="([^"]+)">(.*?)</mark>', art.group(2), re.S):
            out[m.group(1)] = (html.unescape(m.group(2)), art.group(1))
    return out


def _items(page: str) -> dict[str, str]:
    """Timeline item id -> its HTML."""
    return {m.group(1): m.group(2) for m in re.finditer(r'<li class="tl-item[^"]*" id="([^"]+)">(.*?)</li>\s*(?=<li class="tl-item|</ol>)',
                                                            page, re.S)}


def _links(chunk: str, cls: str) -> list[tuple[str, str]]:
    """(href, text) of the links of class ``cls`` in ``chunk``."""
    return [(html.unescape(m.group(1)), html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip())
            for m in re.finditer(rf'<a class="{cls}[^"]*" href="([^"]+)"[^>]*>(.*?)</a>', chunk, re.S)]


class _Tags(HTMLParser):
    """Every tag name, attribute name and link of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        for k, v in attrs:
            self.attrs.add(k)
            if k == "href":
                self.hrefs.append(v or "")


def _names(eid: str) -> str:
    return eid


def test_timeline_lists_merged_events_with_counts_attribution_and_variants(page: str) -> None:
    items = _items(page)
    for ev in ATTACK.events:
        (chunk,) = [c for c in items.values() if ev.type in c and (ev.date or "") in c]
        text = html.unescape(re.sub(r"<[^>]+>", "", chunk))
        assert f"{len(ev.documents)} sources" in text or f"{len(ev.documents)} source " in text
        assert f"{ev.independent_sources} independent" in text
        for v in ev.variants:
            outlets = {BY_ID[d].source.outlet for d in v.documents}
            assert any(f"{v.value} {v.about.split('.')[-1]} per {o}" in " ".join(text.split()) for o in outlets)
    first = next(c for c in items.values() if "ASSAULT" in c)
    claim = next(c for c in DOCS[0].claims if c.id == ATTACK.events[0].sources[0].claim)
    assert f"Reuters citing {claim.citing[0].description}" in html.unescape(first)


def test_every_report_links_to_its_sentence_highlighted_in_its_article(page: str) -> None:
    marks = _marks(page)
    items = _items(page)
    checked = 0
    for ev in ATTACK.events + VISIT.events:
        (chunk,) = [c for c in items.values() if ev.type in c and (ev.date or "") in c]
        links = _links(chunk, "rep")
        assert len(links) == len(ev.documents)
        for href, outlet in links:
            doc = next(d for d in DOCS if d.source.outlet == outlet)
            span = next(sp for sp in ev.evidence if sp.document == doc.id)
            assert href.startswith("#")
            text, in_doc = marks[href[1:]]
            assert in_doc == doc.id and text == span.of(doc.text)
            checked += 1
    assert checked == sum(len(e.documents) for e in ATTACK.events + VISIT.events)


def test_original_sentences_keep_their_direction(page: str) -> None:
    for doc in DOCS[:3]:
        quote = re.search(r'<q dir="(rtl|ltr)" lang="' + doc.lang + r'">', page)
        assert quote is not None and quote.group(1) == ("ltr" if doc.lang == "en" else "rtl")


def test_without_merged_events_the_articles_events_are_shown_once_and_labelled(page: str) -> None:
    bare = [dataclasses.replace(s, events=[], differences=[]) for s in STORIES]
    out = render_brief(DOCS, (), bare)
    assert out.count("Not yet merged across outlets") == len(bare)
    items = _items(out)
    members = [BY_ID[i] for s in bare for i in s.documents]
    distinct = {(e.type, e.actor, e.target, e.date, e.date_window, tuple(sorted(e.quantities.items())))
                for d in members for e in d.events}
    assert len(items) == len(distinct) < sum(len(d.events) for d in members)
    marks = _marks(out)
    for chunk in items.values():  # each grouped line still links to the sentence of every article
        for href, outlet in _links(chunk, "rep"):
            doc = next(d for d in members if d.source.outlet == outlet)
            text, in_doc = marks[href[1:]]
            assert in_doc == doc.id and any(text == e.evidence[0].of(doc.text) for e in doc.events)
    assert "Not yet merged" not in page


def test_whos_who_names_roles_event_roles_and_outlets() -> None:
    kb = load_kb()
    docs = {d.id: d for d in DOCS}
    parts = story_parts(VISIT, docs, _names, lambda d, s, e: None, kb=kb)
    top = parts.whos_who[0]
    assert top["id"] == VISIT.events[0].actor  # the actor of the story's event leads
    qaani = kb.get(top["id"])
    assert qaani is not None and qaani.roles and top["roles"][0].startswith(qaani.roles[0].title)
    assert [r["role"] for r in top["events"]] == ["actor in"]
    mentioning = {docs[i].source.outlet for i in VISIT.documents if any(m.entity == top["id"] for m in docs[i].mentions)}
    assert {o["name"] for o in top["outlets"]} == mentioning
    assert all(r["type"] not in ("LOC", "GPE") for r in parts.whos_who)
    capped = story_parts(ATTACK, docs, _names, lambda d, s, e: None, whos_who_max=2)
    assert len(capped.whos_who) == 2 and capped.whos_who_more >= 1


def test_whos_who_in_the_brief_lists_each_outlet_that_mentions_the_entity(page: str) -> None:
    section = re.search(r'<section class="sp sp-who".*?</section>', page[page.index(ATTACK.title_en or ""):], re.S)
    assert section is not None
    for eid in ("reuters", "kataib-hezbollah"):
        name = eid.replace("-", " ").title()
        item = re.search(rf'<li class="who-item">(?:(?!</li>).)*?{name}.*?</li>', section.group(0), re.S | re.I)
        assert item is not None, name
        shown = {html.unescape(o) for o in re.findall(r"<bdi>([^<]+)</bdi>", item.group(0))}
        want = {BY_ID[i].source.outlet for i in ATTACK.documents if any(m.entity == eid for m in BY_ID[i].mentions)}
        assert shown == want


def test_differences_are_grouped_by_outlet_and_link_to_their_evidence(page: str) -> None:
    marks = _marks(page)
    section = re.search(r'<section class="sp sp-diff".*?</section>', page, re.S)
    assert section is not None
    groups = re.findall(r'<div class="diff-head"><bdi>([^<]+)</bdi>.*?</ul>', section.group(0), re.S)
    assert sorted(groups) == sorted({BY_ID[d.document].source.outlet for d in ATTACK.differences})
    links = _links(section.group(0), "diff-link")
    assert len(links) == len(ATTACK.differences)
    for diff in ATTACK.differences:
        assert diff.evidence is not None
        doc = BY_ID[diff.document]
        want = diff.evidence.of(doc.text)
        assert any(marks[h[1:]] == (want, doc.id) for h, _ in links)


def test_map_prefers_the_places_of_merged_events() -> None:
    far = Place(entity="far-away", name_en="Far Away", lat=10.0, lon=10.0)
    doc = DOCS[3]
    docs = dict(BY_ID)
    docs[doc.id] = dataclasses.replace(doc, events=[dataclasses.replace(doc.events[0], place=far)])
    parts = story_parts(VISIT, docs, _names, lambda d, s, e: None)
    assert [p.label for p in parts.points] == [VISIT.events[0].place.name_en]  # type: ignore[union-attr]
    assert parts.points[0].weight == len(VISIT.events[0].documents)
    bare = story_parts(dataclasses.replace(VISIT, events=[]), docs, _names, lambda d, s, e: None)
    assert "Far Away" in {p.label for p in bare.points}


def test_untrusted_text_in_stories_renders_inert(tmp_path: Path) -> None:
    docs = hostile_documents()
    (story,) = hostile_stories(docs)
    out = tmp_path / "brief.html"
    write_brief(docs, out, stories=[story], kb=None)
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text.lower() and "<img" not in text.lower() and "<iframe" not in text.lower()
    assert "<svg onload" not in text and "<style>body" not in text
    tags = _Tags()
    tags.feed(text)
    assert {"script", "img", "iframe", "svg"} & tags.names <= {"svg"}  # the map's svg, nothing else
    assert not [a for a in tags.attrs if a.startswith("on")]  # no event handler attribute anywhere
    assert all(h.startswith("#") for h in tags.hrefs)  # links stay inside the brief
    assert "&lt;script&gt;" in text


def test_brief_without_stories_or_kb_still_renders() -> None:
    out = render_brief(DOCS, (), (), kb=None)
    assert "Timeline" not in out and DOCS[0].title in html.unescape(out)
    story = Story(id="s", title_en="Lonely", documents=[DOCS[5].id])
    out = render_brief(DOCS, (), [story], kb=None)
    assert "Lonely" in out and "Not yet merged" in out


def test_a_span_outside_the_text_links_to_the_article_not_to_nothing() -> None:
    doc: Document = DOCS[5]
    ev = Event(id="x", type="REQUEST", evidence=[Span(10_000, 10_010, document=doc.id)], documents=[doc.id],
               sources=[EventSource(doc.id, "no-such-event")])
    out = render_brief(DOCS, (), [Story(id="s", documents=[doc.id], events=[ev])], kb=None)
    links = _links(next(iter(_items(out).values())), "rep")
    assert links == [(f"#doc-{doc.id}", doc.source.outlet)]


def test_a_documents_map_keeps_its_event_places_and_the_places_nearby() -> None:
    doc = DOCS[0]
    event_place = doc.events[0].place
    assert event_place is not None and event_place.lat is not None and event_place.lon is not None
    near = Place(entity="karrada", name_en="Karrada", lat=event_place.lat + 0.5, lon=event_place.lon + 1.9)
    far = Place(entity="washington", name_en="Washington", lat=38.9, lon=-77.0)
    country = Place(entity="csc:IQ", name_en="Iraq", lat=33.0, lon=44.0)
    mapped = dataclasses.replace(doc, places=[near, far, country])
    labels = [p.label for p in document_points(mapped)]
    assert labels == [event_place.name_en, "Karrada"]
    alone = dataclasses.replace(doc, events=[], places=[near, far])  # no events: every place it names
    assert {p.label for p in document_points(alone)} == {"Karrada", "Washington"}


def test_dangling_references_render_without_failing() -> None:
    """Merged events, variants and differences naming documents, events or claims the brief does not have."""
    doc = DOCS[0]
    ev = Event(id="e", type="ASSAULT", date_window=("2021-07-01", "2021-07-07"), documents=["gone", doc.id],
               evidence=[Span(0, 5, document="gone"), Span(3, 2_000_000, document=doc.id)],
               sources=[EventSource("gone", "x", "y"), EventSource(doc.id, "no-event", "no-claim")],
               variants=[Variant(about="quantities.rockets", value="many", documents=["gone"]),
                         Variant(about="place", value={"name_en": "Somewhere"}, documents=[doc.id])])
    story = Story(id="s", documents=["gone", doc.id], events=[ev],
                  differences=[Difference(document="gone", kind="unique", about="x"),
                               Difference(document=doc.id, kind="conflict", about="date", evidence=None, event="nope")])
    parts = story_parts(story, BY_ID, _names, lambda d, s, e: f"/{d}")
    (item,) = parts.timeline
    assert item["sources"] == 1 and item["when"] == "2021-07-01 – 2021-07-07"
    assert [r["link"] for r in item["reports"]] == [f"/{doc.id}"] and item["reports"][0]["quote"] == ""
    assert [v["text"] for v in item["variants"]] == ["rockets: many", "at Somewhere"]
    assert [g["outlet"] for g in parts.differences] == [doc.source.outlet]
    assert "2021-07-01" in render_brief(DOCS, (), [story], kb=None)
