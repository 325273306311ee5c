"""The story page reuses the brief's story parts: merged timeline, who's who, differences, map, and
the labelled fallback to the articles' own events while merging has not run; the shared stylesheet
is served from this server (the Content-Security-Policy allows no inline style)."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from khabar.config import Settings
from khabar.store import SQLiteStore
from khabar.web import create_app
from khabar.web.server import ServerThread
from tests.web.sample import merged_stories, sample_documents, seed_stories

DOCS = sample_documents()
BY_ID = {d.id: d for d in DOCS}
MERGED = merged_stories(DOCS)
UNMERGED = dataclasses.replace(MERGED[0], id="st-unmerged", events=[], differences=[])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = tmp_path_factory.mktemp("story-page") / "khabar.db"
    with SQLiteStore(db) as st:
        st.put_many(DOCS)
        seed_stories(st.conn, [*MERGED, UNMERGED], st)
    with ServerThread(create_app(Settings(db=str(db)))) as srv, httpx.Client(base_url=srv.url, timeout=20) as c:
        yield c


def _links(page: str, cls: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(rf'<a class="{cls}[^"]*" href="([^"]+)"', page)]


def _highlighted(client: httpx.Client, url: str) -> tuple[str, str]:
    """(document id, the text the document page highlights) for an evidence link."""
    page = client.get(url).text
    doc_id = urlparse(url).path.rsplit("/", 1)[-1]
    text = "".join(html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r'class="[^"]*\bhl\b[^"]*"[^>]*>(.*?)</(?:a|span)>', page))
    return doc_id, text


def test_merged_timeline_links_every_report_to_its_highlighted_sentence(client: httpx.Client) -> None:
    story = MERGED[0]
    page = client.get(f"/stories/{story.id}").text
    assert page.count('class="tl-item') == len(story.events)
    links = _links(page, "rep")
    assert len(links) == sum(len(e.documents) for e in story.events)
    want = {(sp.document, sp.of(BY_ID[sp.document or ""].text)) for e in story.events for sp in e.evidence}
    got = {_highlighted(client, u) for u in links}
    assert got == want
    assert all(parse_qs(urlparse(u).query).get("span") for u in links)


def test_unmerged_story_shows_each_articles_events_once_and_says_so(client: httpx.Client) -> None:
    page = client.get(f"/stories/{UNMERGED.id}").text
    assert "Not yet merged across outlets" in page
    members = [BY_ID[i] for i in UNMERGED.documents]
    distinct = {(e.type, e.actor, e.target, e.date, e.date_window) for d in members for e in d.events}
    assert page.count('class="tl-item') == len(distinct)
    for url in _links(page, "rep"):
        doc_id, text = _highlighted(client, url)
        assert any(text == e.evidence[0].of(BY_ID[doc_id].text) for e in BY_ID[doc_id].events)
    assert "Not yet merged" not in client.get(f"/stories/{MERGED[0].id}").text


def test_story_page_has_who_is_who_differences_and_map(client: httpx.Client) -> None:
    story = MERGED[0]
    page = client.get(f"/stories/{story.id}").text
    assert 'class="sp sp-who"' in page and 'class="sp sp-diff"' in page and '<svg class="map"' in page
    diffs = _links(page, "diff-link")
    assert {_highlighted(client, u) for u in diffs} == {
        (d.document, d.evidence.of(BY_ID[d.document].text)) for d in story.differences if d.evidence}
    names = re.findall(r'<a class="who-name" href="/entities/([^"]+)"', page)
    assert names and "ain-al-asad-air-base" not in names  # places are on the map, not in who's who


def test_shared_stylesheet_is_served_from_this_server(client: httpx.Client) -> None:
    resp = client.get("/static/brief/parts.css")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/css")
    assert ".tl-item" in resp.text
    page = client.get(f"/stories/{MERGED[0].id}")
    assert '<link rel="stylesheet" href="/static/brief/parts.css">' in page.text
    assert "style-src 'self'" in page.headers["content-security-policy"]
