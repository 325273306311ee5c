"""Attacker-controlled articles render inert: proved in real chromium that no script from an
article ever runs (title unchanged, no dialog, no handler attribute, no javascript: link), and
that the Content-Security-Policy would block an inline script even if one slipped through."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from khabar.config import Settings
from khabar.store import SQLiteStore
from khabar.web import create_app
from khabar.web.server import ServerThread
from tests.browser import BROWSER_MARKS, Browser, launch
from tests.web.sample import HOSTILE_PAGE, PAYLOADS, hostile_documents, hostile_stories, seed_stories

TOKEN = "hostile-test-token"

# with the ingest tests: the worker that runs them builds the document pipeline once
pytestmark = pytest.mark.xdist_group("pipeline")


def browser_test(f: Any) -> Any:
    """Mark a test as needing the browser (skipped with the reason when it is absent)."""
    for mark in reversed(BROWSER_MARKS):
        f = mark(f)
    return f


HOSTILE = hostile_documents()
EVIL_ENTITY = HOSTILE[0].mentions[-1].entity or ""
EVIL_EVENT = HOSTILE[0].events[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A store of hostile documents plus a hostile HTML page ingested through POST /api/ingest."""
    db = tmp_path_factory.mktemp("hostile") / "khabar.db"
    with SQLiteStore(db) as st:
        st.put_many(HOSTILE)
        seed_stories(st.conn, hostile_stories(HOSTILE), st)
    with ServerThread(create_app(Settings(db=str(db), ingest_token=TOKEN, workers=1))) as srv:
        resp = httpx.post(srv.url + "/api/ingest", files={"file": ("breaking.html", HOSTILE_PAGE.encode(), "text/html")},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert resp.status_code == 200, resp.text
        (ingested,) = resp.json()["documents"]
        assert ingested["status"] == "stored"
        yield {"url": srv.url, "ingested": ingested["id"]}


def _paths(site: dict[str, Any]) -> list[str]:
    return [
        "/", "/stories", "/stories/hostile-story",
        "/documents", "/documents/hostile-0", "/documents/hostile-1", f"/documents/{site['ingested']}",
        f"/documents/hostile-0?event={quote(EVIL_EVENT.id)}", "/documents/hostile-0?span=0-40",
        "/search?q=script", "/search?q=" + quote("img onerror"), "/search?q=" + quote(PAYLOADS[0]),
        "/entities", f"/entities/{quote(EVIL_ENTITY, safe='')}", "/entities/" + quote("javascript:alert(1)", safe=""),
        "/events", "/events?type=" + quote(EVIL_EVENT.type), "/api", "/nothing-here" + quote("<script>x</script>"),
        f"/documents?entity={quote(EVIL_ENTITY)}",
    ]


class _Tags(HTMLParser):
    """Every start tag and attribute the browser would build from the served HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_served_html_contains_no_live_markup_from_articles(site: dict[str, Any]) -> None:
    for path in _paths(site):
        resp = httpx.get(site["url"] + path)
        assert resp.status_code in (200, 404), path
        if path.startswith(("/documents/", "/stories/")):
            assert resp.status_code == 200, path
        if path == "/stories/hostile-story":  # the story parts are there, payloads as text
            assert "tl-item" in resp.text and "diff-link" in resp.text and "&lt;script&gt;" in resp.text
        parser = _Tags()
        parser.feed(resp.text)
        tags = {t for t, _ in parser.tags}
        assert not tags & {"img", "iframe", "style", "object", "embed", "base", "form-action"}, path
        # the only svg is khabar's own map (its place names are escaped text, see test_map.py)
        assert all(a.get("class") == "map" for t, a in parser.tags if t == "svg"), path
        scripts = [a for t, a in parser.tags if t == "script"]
        assert scripts == [{"src": "/static/khabar.js", "defer": None}], path
        for tag, attrs in parser.tags:
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            assert "style" not in attrs, (path, tag)
            href = (attrs.get("href") or "").strip().lower()
            assert not href.startswith(("javascript:", "data:", "vbscript:")), (path, href)
        title = re.search(r"<title>(.*?)</title>", resp.text, re.S)
        assert title is not None and "<" not in title.group(1), path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


PROBE = """() => ({
    title: document.title,
    pwned: typeof window.__pwned !== 'undefined',
    handlers: [...document.querySelectorAll('*')].filter(el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter(a => /^\\s*(javascript|data|vbscript):/i.test(a.getAttribute('href'))).length,
    live: document.querySelectorAll('img, svg:not(.map), iframe, object, embed, body style, [style]').length,
    inlineScripts: [...document.scripts].filter(s => !s.src).length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
    textShown: [...document.querySelectorAll('#text p, .doc-title')].every(p => getComputedStyle(p).display !== 'none'),
})"""


@browser_test
def test_no_article_script_ever_runs_in_the_browser(browser: Browser, site: dict[str, Any]) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    dialogs: list[str] = []
    violations: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    for path in _paths(site):
        page.goto(site["url"] + path)
        page.wait_for_load_state("load")
        expected = page.evaluate("document.querySelector('title').textContent")
        for sel in ("#text a.m", "#text p", ".chip", ".doc-title", ".event-link", "td"):  # onmouseover payloads
            for el in page.locator(sel).all()[:6]:
                el.hover(timeout=2000)
        page.wait_for_timeout(50)
        state = page.evaluate(PROBE)
        assert state["title"] == expected and "PWNED" not in state["title"], path
        assert not state["pwned"] and state["handlers"] == 0 and state["jsLinks"] == 0, (path, state)
        assert state["live"] == 0 and state["inlineScripts"] == 0, (path, state)
        assert state["bodyShown"] and state["textShown"], (path, state)
    assert dialogs == []
    assert violations == []  # nothing even tried to run
    ctx.close()


@browser_test
def test_csp_blocks_inline_script_even_if_markup_slipped_through(browser: Browser, site: dict[str, Any]) -> None:
    ctx = browser.new_context()
    page = ctx.new_page()
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(site["url"] + "/documents/hostile-0")
    ran = page.evaluate("""() => new Promise(done => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.appendChild(s);
        const img = document.createElement('img');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', 'window.__inline = 2');
        document.body.appendChild(img);
        setTimeout(() => done(typeof window.__inline !== 'undefined'), 300);
    })""")
    assert ran is False
    assert blocked, "the Content-Security-Policy did not report the blocked inline script"
    ctx.close()
