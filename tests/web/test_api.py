"""The JSON API against a real uvicorn server on 127.0.0.1: pages of results, filters, search
across scripts, stories present or absent, one error shape for every error, security headers."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from khabar.config import Settings
from khabar.export.columns import EVENT_COLUMNS
from khabar.store import SQLiteStore
from khabar.web import create_app
from khabar.web.security import CSP
from khabar.web.server import ServerThread
from tests.web.sample import sample_documents, sample_stories, seed_stories

DOCS = sample_documents()
BY_OUTLET = {d.source.outlet: d for d in DOCS}
AR_ATTACK, EN_ATTACK, FA_ATTACK = BY_OUTLET["alfurat.example"], BY_OUTLET["mesowire.example"], BY_OUTLET["ayenekhabar.example"]
AR_VISIT, FA_VISIT = BY_OUTLET["babilpress.example"], BY_OUTLET["tehran-daily.example"]


def _store(path: Path, *, stories: bool) -> Path:
    with SQLiteStore(path) as st:
        st.put_many(DOCS)
        if stories:
            seed_stories(st.conn, sample_stories(DOCS), st)
        else:  # a row whose JSON is corrupt: reading it must give a 500 in the error shape
            st.conn.execute(
                "INSERT INTO documents (id, failed, data, ingested_at, updated_at) VALUES ('broken-doc', 1, '{', '', '')"
            )
    return path


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = _store(tmp_path_factory.mktemp("api") / "khabar.db", stories=False)
    with ServerThread(create_app(Settings(db=str(db)))) as srv, httpx.Client(base_url=srv.url, timeout=20) as c:
        yield c


@pytest.fixture(scope="module")
def api_stories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = _store(tmp_path_factory.mktemp("api-stories") / "khabar.db", stories=True)
    with ServerThread(create_app(Settings(db=str(db)))) as srv, httpx.Client(base_url=srv.url, timeout=20) as c:
        yield c


def _ids(resp: httpx.Response) -> set[str]:
    assert resp.status_code == 200, resp.text
    return {item["id"] for item in resp.json()["items"]}


def assert_error(resp: httpx.Response, status: int, code: str | None = None) -> dict:
    """The one error shape: {"error": {"status", "code", "message", "details"}}."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "details"}
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    assert isinstance(err["details"], list)
    assert "Traceback" not in resp.text
    if code:
        assert err["code"] == code
    return err


def test_health(api: httpx.Client) -> None:
    body = api.get("/api/health").json()
    assert body == {"ok": True, "documents": 6, "stories": 0, "version": body["version"]}


def test_documents_are_paginated_with_totals_and_links(api: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/api/documents?limit=4"
    pages = 0
    while url:
        body = api.get(url).json()
        assert body["total"] == 6 and body["limit"] == 4
        seen += [i["id"] for i in body["items"]]
        url = body["next"]
        pages += 1
    assert pages == 2 and sorted(seen) == sorted(d.id for d in DOCS)
    last = api.get("/api/documents?limit=4&offset=4").json()
    assert last["next"] is None and last["prev"] == "/api/documents?limit=4&offset=0"
    dates = [i["published"] for i in api.get("/api/documents").json()["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lang=fa", {FA_ATTACK.id, FA_VISIT.id}),
        ("outlet=mesowire.example", {EN_ATTACK.id}),
        ("from=2021-07-09&to=2021-07-31", {FA_ATTACK.id, BY_OUTLET["levantledger.example"].id}),
        ("entity=esmail-qaani", {AR_VISIT.id, FA_VISIT.id}),
        ("type=ASSAULT", {AR_ATTACK.id, EN_ATTACK.id, FA_ATTACK.id}),
        ("type=ASSAULT&lang=ar", {AR_ATTACK.id}),
        ("entity=no-such-entity", set()),
    ],
)
def test_document_filters(api: httpx.Client, query: str, expected: set[str]) -> None:
    resp = api.get(f"/api/documents?{query}")
    assert _ids(resp) == expected
    assert resp.json()["total"] == len(expected)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("عين الأسد", {AR_ATTACK.id, FA_ATTACK.id}),  # Arabic spelling finds the Persian عین الاسد too
        ("عین الاسد", {AR_ATTACK.id, FA_ATTACK.id}),  # and the other way round
        ("قاآنی", {AR_VISIT.id, FA_VISIT.id}),  # Persian ی finds Arabic ي
        ("قاآني", {AR_VISIT.id, FA_VISIT.id}),
        ("Ain al-Asad", {EN_ATTACK.id, BY_OUTLET["levantledger.example"].id}),
        ('"two Iraqi security sources"', {EN_ATTACK.id}),
        ("NEAR(x) OR * AND", set()),  # FTS5 syntax in user input is neutralized, not an error
    ],
)
def test_search_across_scripts(api: httpx.Client, q: str, expected: set[str]) -> None:
    resp = api.get("/api/search", params={"q": q})
    assert _ids(resp) == expected
    for hit in resp.json()["items"]:
        if hit["match"]:
            a, b = hit["match"]
            assert 0 <= a < b <= len(hit["snippet"])


def test_search_with_filters(api: httpx.Client) -> None:
    assert _ids(api.get("/api/search", params={"q": "عين الأسد", "lang": "fa"})) == {FA_ATTACK.id}
    assert _ids(api.get("/api/search", params={"q": "قاآنی", "type": "CONSULT", "from": "2021-06-21"})) == {FA_VISIT.id}


def test_document_detail_spans_point_into_text(api: httpx.Client) -> None:
    body = api.get(f"/api/documents/{AR_ATTACK.id}").json()
    assert body["dir"] == "rtl" and body["lang"] == "ar" and body["text"] == AR_ATTACK.text
    for m in body["mentions"]:
        assert body["text"][m["start"]:m["end"]] == m["text"]
    ev = body["events"][0]
    assert "لهجوم" in body["text"][ev["evidence"][0]["start"]:ev["evidence"][0]["end"]]
    names = {e["id"]: e["name_en"] for e in body["entities"]}
    assert names["kataib-hezbollah"] == "Kataib Hezbollah"  # English name from the knowledge base
    assert body["stories"] == []


def test_entity_detail(api: httpx.Client) -> None:
    body = api.get("/api/entities/esmail-qaani").json()
    assert body["name_en"] == "Esmail Qaani" and body["in_knowledge_base"] and body["document_count"] == 2
    assert "اسماعیل قاآنی" in body["names"]["fa"]
    assert _ids(api.get(body["documents_url"])) == {AR_VISIT.id, FA_VISIT.id}
    listing = api.get("/api/entities?limit=2").json()
    assert listing["items"][0] == {**listing["items"][0], "id": "ain-al-asad-air-base", "document_count": 4}
    assert listing["next"]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", 8),
        ("type=CONSULT", 2),
        ("type=ASSAULT&entity=ain-al-asad-air-base", 3),
        ("entity=kataib-hezbollah", 2),  # actor of the two denials
        ("from=2021-06-20&to=2021-06-30", 1),  # the Persian report's window (06-14..06-20) overlaps
        ("from=2021-06-19&to=2021-06-19", 2),
        ("lang=en", 3),
    ],
)
def test_events_filters(api: httpx.Client, query: str, count: int) -> None:
    body = api.get(f"/api/events?{query}").json()
    assert body["total"] == count and len(body["items"]) == count


def test_event_rows_have_the_export_columns(api: httpx.Client) -> None:
    items = api.get("/api/events", params={"type": "ASSAULT", "lang": "ar"}).json()["items"]
    (row,) = items
    assert set(row) == {c.name for c in EVENT_COLUMNS} | {"html_url"}
    assert row["injuries"] == 2 and row["latitude"] == pytest.approx(33.7997)
    assert row["attribution"] == "alfurat.example: Reuters citing two Iraqi security sources"
    assert "لهجوم" in row["evidence"] and row["evidence_lang"] == "ar"
    assert row["html_url"].startswith(f"/documents/{AR_ATTACK.id}?event=")


def test_without_stories_views_fall_back_to_documents(api: httpx.Client) -> None:
    assert api.get("/api/stories").json() == {"items": [], "total": 0, "limit": 20, "offset": 0, "next": None, "prev": None}
    assert_error(api.get("/api/stories/st-attack"), 404, "not_found")
    home = api.get("/")
    assert home.status_code == 200 and "Stories appear here once story clustering" in home.text
    assert AR_ATTACK.title in home.text


def test_stories_list_detail_and_merged_events(api_stories: httpx.Client) -> None:
    body = api_stories.get("/api/stories").json()
    assert body["total"] == 2
    attack = api_stories.get("/api/stories/st-attack").json()
    assert attack["document_count"] == 4 and set(attack["languages"]) == {"ar", "en", "fa"}
    (ev,) = attack["events"]
    assert ev["source_count"] == 3 and ev["independent_source_count"] == 2  # ar + en share wire text
    assert ev["story_id"] == "st-attack" and ev["html_url"].startswith(f"/documents/{AR_ATTACK.id}?span=")
    events = api_stories.get("/api/events").json()
    assert {e["event_id"] for e in events["items"]} == {"st-attack-ev1", "st-visit-ev1"}
    doc = api_stories.get(f"/api/documents/{FA_ATTACK.id}").json()
    assert [s["id"] for s in doc["stories"]] == ["st-attack"]
    assert "Rocket attack on US forces" in api_stories.get("/").text


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/no-such-thing", 404, "not_found"),
        ("GET", "/api/documents/no-such-document", 404, "not_found"),
        ("GET", "/api/entities/no-such-entity", 404, "not_found"),
        ("GET", "/api/documents?limit=0", 422, "invalid_request"),
        ("GET", "/api/documents?limit=abc", 422, "invalid_request"),
        ("GET", "/api/documents?offset=-1", 422, "invalid_request"),
        ("GET", "/api/events?from=2021-13-45", 422, "invalid_request"),
        ("GET", "/api/search", 422, "invalid_request"),
        ("GET", "/api/search?q=" + "x" * 501, 422, "invalid_request"),
        ("DELETE", "/api/documents", 405, "method_not_allowed"),
        ("POST", "/api/ingest", 404, "ingest_disabled"),
        ("GET", "/api/documents/broken-doc", 500, "internal_error"),
    ],
)
def test_one_error_shape(api: httpx.Client, method: str, path: str, status: int, code: str) -> None:
    err = assert_error(api.request(method, path), status, code)
    if status == 422 and "limit=0" in path:
        assert err["details"][0]["loc"] == ["query", "limit"]


def test_pages_answer_html_errors(api: httpx.Client) -> None:
    resp = api.get("/documents/no-such-document")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "no document with id" in resp.text


@pytest.mark.parametrize("path", ["/", "/documents", f"/documents/{AR_ATTACK.id}", "/api/documents", "/static/khabar.css",
                                  "/api/nothing", "/api/documents/broken-doc", "/search?q=x"])
def test_security_headers_everywhere(api: httpx.Client, path: str) -> None:
    h = api.get(path).headers
    assert h["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"
    assert h["x-frame-options"] == "DENY"


def test_pages_load_only_packaged_assets(api: httpx.Client) -> None:
    html = api.get(f"/documents/{AR_ATTACK.id}").text
    assert '<script src="/static/khabar.js" defer></script>' in html
    assert html.count("<script") == 1 and "style=" not in html and "http://" not in html.split("<body>")[0]
    assert api.get("/static/khabar.js").status_code == 200


def test_openapi_spec(api: httpx.Client) -> None:
    spec = api.get("/api/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/documents", "/api/documents/{doc_id}",
              "/api/entities/{entity_id}", "/api/events", "/api/search", "/api/ingest"):
        assert p in paths, p
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"type", "from", "to", "entity", "limit", "offset"} <= params
    for path, ops in paths.items():
        for op in ops.values():
            ref = op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorResponse"), path
    assert "multipart/form-data" in paths["/api/ingest"]["post"]["requestBody"]["content"]
    assert not any(p.startswith("/documents") for p in paths)  # pages are not in the API spec
    assert api.get("/docs").status_code == 404  # the CDN-based docs UI is disabled


def test_pages_are_live(tmp_path: Path) -> None:
    """A document written while the server runs shows up on the next request."""
    db = tmp_path / "live.db"
    with SQLiteStore(db) as st:
        st.put_many(DOCS[:2])
    with ServerThread(create_app(Settings(db=str(db)))) as srv, httpx.Client(base_url=srv.url) as c:
        assert c.get("/api/documents").json()["total"] == 2
        assert c.get("/api/health").json()["documents"] == 2
        with SQLiteStore(db) as st:
            st.put(DOCS[3])
        assert c.get("/api/documents").json()["total"] == 3
        assert c.get("/api/health").json()["documents"] == 3  # cached counts are dropped on change
        assert DOCS[3].title in c.get("/").text


def test_khabar_serve_command(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with SQLiteStore(db) as st:
        st.put_many(DOCS)
    with socket.socket() as probe:  # a free port, released for the server to take
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read() if proc.stdout else ""
                time.sleep(0.1)
        assert resp.json()["documents"] == 6
    finally:
        proc.terminate()
        proc.wait(10)


def test_reader_connections_cannot_write(tmp_path: Path) -> None:
    from khabar.web.db import Database

    db = Database(str(tmp_path / "ro.db"))
    with pytest.raises(sqlite3.OperationalError):
        db.conn().execute("DELETE FROM documents")
    db.close()
