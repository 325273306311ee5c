"""The brief in real headless Debian chromium (Playwright): click a timeline report or a difference
and see its sentence highlighted in the article (right-to-left where it is), who's who lists the
outlets, map labels never overlap, and the page fits desktop and phone widths."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from khabar.brief import write_brief
from khabar.brief.map import MapPoint, render_map
from tests.browser import BROWSER_MARKS, Browser, Page, launch
from tests.web.sample import merged_stories, sample_documents

pytestmark = [*BROWSER_MARKS, pytest.mark.xdist_group("browser")]

DOCS = sample_documents()
BY_ID = {d.id: d for d in DOCS}
STORIES = merged_stories(DOCS)
ATTACK = STORIES[0]


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("brief") / "brief.html"
    write_brief(DOCS, out, stories=STORIES)
    return out.as_uri()


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
    assert errors == [], errors


def _target(page: Page) -> dict[str, str | bool]:
    """The element the URL's fragment points at: its text, direction, highlight and visibility."""
    return page.evaluate("""() => {
        const el = document.querySelector(':target');
        if (!el) return {tag: '', text: '', dir: '', bg: '', visible: false};
        const box = el.getBoundingClientRect();
        return {tag: el.tagName.toLowerCase(), text: el.textContent,
                dir: el.closest('[dir]') ? el.closest('[dir]').getAttribute('dir') : '',
                bg: getComputedStyle(el).backgroundColor,
                visible: box.height > 0 && box.bottom > 0 && box.top < window.innerHeight};
    }""")


def test_click_a_timeline_report_highlights_its_sentence_in_the_article(page: Page, brief: str) -> None:
    page.goto(brief)
    attack = ATTACK.events[0]
    item = page.locator(".tl-item", has_text=attack.type).first
    reports = item.locator(".tl-reports a.rep")
    assert reports.count() == len(attack.documents)
    for k in range(reports.count()):
        link = reports.nth(k)
        outlet = link.inner_text().replace("↗", "").strip()
        doc = next(d for d in DOCS if d.source.outlet == outlet)
        link.click()
        page.wait_for_function("document.querySelector(':target') !== null")
        got = _target(page)
        span = next(sp for sp in attack.evidence if sp.document == doc.id)
        assert got["tag"] == "mark" and got["text"] == span.of(doc.text)
        assert got["dir"] == ("ltr" if doc.lang == "en" else "rtl")
        assert got["visible"] and got["bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
        page.go_back()


def test_whos_who_lists_the_outlets_that_mention_each_entity(page: Page, brief: str) -> None:
    page.goto(brief)
    story = page.locator(".story", has_text=ATTACK.title_en or "")
    for eid, name in (("reuters", "Reuters"), ("kataib-hezbollah", "Kataib Hezbollah")):
        card = story.locator(".who-item", has=page.locator(".who-name", has_text=name))
        shown = {t.strip() for t in card.locator(".who-outlets .rep").all_inner_texts()}
        want = {BY_ID[i].source.outlet for i in ATTACK.documents if any(m.entity == eid for m in BY_ID[i].mentions)}
        assert shown == want


def test_differences_link_to_their_evidence(page: Page, brief: str) -> None:
    page.goto(brief)
    links = page.locator(".sp-diff a.diff-link")
    assert links.count() == len(ATTACK.differences)
    seen = set()
    for k in range(links.count()):
        links.nth(k).click()
        page.wait_for_function("document.querySelector(':target') !== null")
        got = _target(page)
        matches = [d for d in ATTACK.differences if d.evidence and d.evidence.of(BY_ID[d.document].text) == got["text"]]
        assert got["tag"] == "mark" and got["visible"] and matches
        seen.add(matches[0].document)
        page.go_back()
    assert seen == {d.document for d in ATTACK.differences}


def test_who_acted_links_back_to_the_timeline(page: Page, brief: str) -> None:
    page.goto(brief)
    link = page.locator(".story .who-events a").first
    link.click()
    page.wait_for_function("document.querySelector(':target') !== null")
    assert page.evaluate("document.querySelector(':target').className").startswith("tl-item")


def test_map_labels_do_not_overlap_in_the_browser(page: Page) -> None:
    pts = [MapPoint(33.3406, 44.4009, "Baghdad", 3), MapPoint(33.3031, 44.3936, "Green Zone", 2),
           MapPoint(33.3010, 44.4300, "Karrada"), MapPoint(33.2625, 44.2346, "Baghdad International Airport"),
           MapPoint(33.29, 44.06, "Abu Ghraib"), MapPoint(33.52, 44.26, "Taji"), MapPoint(33.35, 43.78, "Fallujah"),
           MapPoint(33.42, 43.30, "Ramadi"), MapPoint(34.01, 44.14, "Balad"), MapPoint(36.19, 44.01, "Erbil")]
    for width in (340, 640):
        page.set_content(f"<!doctype html><body style='margin:0'>{render_map(pts, width=width)}</body>")
        boxes = page.evaluate("""() => [...document.querySelectorAll('svg.map text')].map(t => {
            const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom, t.textContent]; })""")
        assert len(boxes) >= 4
        assert any(b[4].startswith("Baghdad +") for b in boxes)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (width, a[4], b[4])


def test_screenshots_desktop_and_phone(browser: Browser, brief: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("brief-screenshots")
    for width, height in ((1280, 900), (390, 844)):
        ctx = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        pg = ctx.new_page()
        pg.goto(brief)
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"the brief overflows the {width}px viewport by {overflow}px"
        pg.screenshot(path=str(out / f"brief-{width}.png"), full_page=True)
        pg.locator(".story").first.screenshot(path=str(out / f"brief-story-{width}.png"))
        assert (out / f"brief-{width}.png").stat().st_size > 20_000
        ctx.close()
    print(f"screenshots in {out}")
