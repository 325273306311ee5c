"""The pages in real headless Debian chromium (Playwright): render at desktop and phone widths,
search in Arabic and Persian, click an event and see its evidence highlighted, live updates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from khabar.config import Settings
from khabar.store import SQLiteStore
from khabar.web import create_app
from khabar.web.server import ServerThread
from tests.browser import BROWSER_MARKS, Browser, Page, launch
from tests.web.sample import merged_stories, sample_documents, seed_stories

pytestmark = [*BROWSER_MARKS, pytest.mark.xdist_group("browser")]

DOCS = sample_documents()
BY_OUTLET = {d.source.outlet: d for d in DOCS}
AR_ATTACK, FA_ATTACK = BY_OUTLET["alfurat.example"], BY_OUTLET["ayenekhabar.example"]
AR_VISIT, FA_VISIT = BY_OUTLET["babilpress.example"], BY_OUTLET["tehran-daily.example"]
BY_ID = {d.id: d for d in DOCS}
STORIES = merged_stories(DOCS)  # merged events with every report, variants and differences
ATTACK = STORIES[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("ui") / "khabar.db"
    with SQLiteStore(db) as st:
        st.put_many(DOCS[:-1])
        seed_stories(st.conn, STORIES, st)
    with ServerThread(create_app(Settings(db=str(db)))) as srv:
        yield {"url": srv.url, "db": db}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert errors == [], errors  # no script error, no CSP violation, no failed asset


SHOTS = [
    ("home-stories", "/"),
    ("story", "/stories/st-attack"),
    ("document-ar-event", f"/documents/{AR_ATTACK.id}?event={AR_ATTACK.events[0].id}#hl"),
    ("document-fa", f"/documents/{FA_VISIT.id}"),
    ("entity", "/entities/esmail-qaani"),
    ("search-ar", "/search?q=عين+الأسد"),
    ("events", "/events"),
    ("documents", "/documents?lang=fa"),
]


def test_screenshots_desktop_and_phone(browser: Browser, site: dict[str, Any],
                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("screenshots")
    for width, height in ((1280, 900), (390, 844)):
        ctx = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        pg = ctx.new_page()
        for name, path in SHOTS:
            resp = pg.goto(site["url"] + path)
            assert resp is not None and resp.status == 200, path
            pg.wait_for_load_state("load")
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} overflows the {width}px viewport by {overflow}px"
            shot = out / f"{name}-{width}.png"
            pg.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 5_000
        ctx.close()
    print(f"screenshots in {out}")


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("عين الأسد", {AR_ATTACK.title, FA_ATTACK.title}),  # Arabic query, Arabic and Persian reports
        ("قاآنی", {AR_VISIT.title, FA_VISIT.title}),  # Persian spelling, both scripts
    ],
)
def test_search_from_the_header(page: Page, site: dict[str, Any], query: str, titles: set[str]) -> None:
    page.goto(site["url"] + "/documents")
    box = page.locator("header form.search input[name=q]")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    found = set(page.locator(".hits .doc-title").all_inner_texts())
    assert found == titles
    marks = page.locator(".hits mark").all_inner_texts()
    assert len(marks) == len(titles) and all(m.strip() for m in marks)
    assert page.locator(".hits .doc-title").first.get_attribute("dir") == "rtl"


def test_search_form_with_filters(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + "/search?q=" + "قاآنی")
    page.select_option("form.filters select[name=lang]", "fa")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**lang=fa**")
    assert "outlet=" not in page.url  # empty fields are dropped from the URL
    assert page.locator(".hits .doc-title").all_inner_texts() == [FA_VISIT.title]


def _highlighted(page: Page) -> str:
    return "".join(page.locator("#text .hl").all_text_contents())


def test_click_event_highlights_its_evidence(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + f"/documents/{AR_ATTACK.id}")
    assert page.locator("#text .hl").count() == 0
    assert page.locator("#text").get_attribute("dir") == "rtl"
    for k, ev in enumerate(AR_ATTACK.events):
        page.click(f"a[data-event-token=e{k}]")
        page.wait_for_function("document.querySelectorAll('#text .hl').length > 0")
        sp = ev.evidence[0]
        assert _highlighted(page) == AR_ATTACK.text[sp.start:sp.end]
        assert page.locator(".event-list li.active").count() == 1
        assert f"event={ev.id}" in page.url
        assert page.locator("#hl").count() == 1


def test_evidence_highlight_works_without_javascript(browser: Browser, site: dict[str, Any]) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    pg = ctx.new_page()
    ev = FA_ATTACK.events[0]
    pg.goto(site["url"] + f"/documents/{FA_ATTACK.id}?event={ev.id}#hl")
    sp = ev.evidence[0]
    assert _highlighted(pg) == FA_ATTACK.text[sp.start:sp.end]
    ctx.close()


def test_story_timeline_click_highlights_the_evidence_in_each_article(page: Page, site: dict[str, Any]) -> None:
    ev = ATTACK.events[0]
    page.goto(site["url"] + "/stories/st-attack")
    assert page.locator(".tl-item").count() == len(ATTACK.events)
    item = page.locator(".tl-item", has_text=ev.type).first
    assert f"{len(ev.documents)} sources" in item.inner_text()
    reports = item.locator(".tl-reports a.rep")
    assert reports.count() == len(ev.documents)
    for k in range(reports.count()):
        outlet = reports.nth(k).inner_text().replace("↗", "").strip()
        doc = BY_OUTLET[outlet]
        reports.nth(k).click()
        page.wait_for_url("**/documents/**")
        span = next(sp for sp in ev.evidence if sp.document == doc.id)
        assert _highlighted(page) == doc.text[span.start:span.end]
        assert page.locator("#text").get_attribute("dir") == ("ltr" if doc.lang == "en" else "rtl")
        page.go_back()


def _stored(page: Page) -> set[str]:
    """Ids of the story's articles the page lists (those in the store: one arrives late)."""
    hrefs = page.locator(".doc-list a.doc-title").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return {(h or "").rsplit("/", 1)[-1] for h in hrefs}


def test_story_whos_who_lists_the_outlets_that_mention_each_entity(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + "/stories/st-attack")
    stored = _stored(page)
    cards = page.locator(".who-item")
    assert cards.count() >= 2
    for k in range(cards.count()):
        card = cards.nth(k)
        href = card.locator("a.who-name").get_attribute("href") or ""
        eid = href.rsplit("/", 1)[-1]
        want = {BY_ID[i].source.outlet for i in ATTACK.documents
                if i in stored and any(m.entity == eid for m in BY_ID[i].mentions)}
        assert {t.strip() for t in card.locator(".who-outlets .rep").all_inner_texts()} == want, eid
    target = page.locator(".who-item", has_text="US military")
    assert "target of" in target.inner_text()  # its role in the story's events


def test_story_differences_link_to_their_evidence(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + "/stories/st-attack")
    links = page.locator(".sp-diff a.diff-link")
    stored = _stored(page)
    assert links.count() == len([d for d in ATTACK.differences if d.document in stored]) >= 2
    for k in range(links.count()):
        links.nth(k).click()
        page.wait_for_url("**/documents/**")
        doc = BY_ID[page.url.split("/documents/", 1)[1].split("?", 1)[0]]
        (diff,) = [d for d in ATTACK.differences if d.document == doc.id]
        assert diff.evidence is not None and _highlighted(page) == diff.evidence.of(doc.text)
        page.go_back()


def test_document_page_maps_its_places(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + f"/documents/{AR_ATTACK.id}")
    labels = page.locator(".sp-map svg.map text").all_text_contents()
    assert labels == [AR_ATTACK.events[0].place.name_en]  # type: ignore[union-attr]


def test_mentions_link_to_entities_and_chips_highlight_mentions(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + f"/documents/{AR_VISIT.id}")
    page.hover("a.chip[href='/entities/esmail-qaani']")
    assert page.locator("#text a.m.hl-ent").all_inner_texts() == ["إسماعيل قاآني"]
    page.click("#text a.m[href='/entities/esmail-qaani']")
    page.wait_for_url("**/entities/esmail-qaani")
    assert page.locator("h1").inner_text().startswith("Esmail Qaani")
    assert page.locator(".kwic mark").count() == 2  # one mention context per document


def test_pages_are_live_in_the_browser(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + "/documents")
    titles = page.locator(".doc-title").all_inner_texts()
    late = DOCS[-1]
    assert late.title not in titles
    with SQLiteStore(site["db"]) as st:
        st.put(late)
    page.reload()
    assert late.title in page.locator(".doc-title").all_inner_texts()
