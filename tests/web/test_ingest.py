"""POST /api/ingest: only with a token, bearer checked, SSRF guard on every URL, uploads stored live."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from khabar.config import Settings
from khabar.web import create_app
from khabar.web.server import ServerThread
from tests.web.sample import HOSTILE_PAGE

# with the untrusted-content tests: the worker that runs them builds the document pipeline once
pytestmark = pytest.mark.xdist_group("pipeline")

TOKEN = "s3cret-ingest-token"
EN_TEXT = (
    "Iraqi and Iranian officials met in Baghdad on Tuesday to discuss border security and trade, the Iraqi foreign "
    "ministry said in a statement. The talks covered the reopening of border crossings for pilgrims and electricity "
    "payments, the statement said, adding that a joint committee would meet again next month."
)
FA_TEXT = (
    "سفر هیئت ایرانی به بغداد برای گفت‌وگو درباره امنیت مرزها\n\n"
    "سخنگوی وزارت امور خارجه ایران روز دوشنبه در نشست خبری هفتگی خود گفت که سفر هیئت ایرانی به بغداد با هدف "
    "گفت‌وگو درباره امنیت مرزهای مشترک و همکاری‌های اقتصادی انجام شده است.\n\n"
    "وی افزود که دو طرف درباره بازگشایی گذرگاه‌های مرزی و تسهیل سفر زائران نیز گفت‌وگو کرده‌اند و نتایج این "
    "دیدار در روزهای آینده اعلام خواهد شد.\n"
)

REFUSED = [
    "http://127.0.0.1:8000/admin",
    "http://localhost/",
    "http://10.0.0.5/internal",
    "http://10.255.255.1:8080/",
    "http://169.254.169.254/latest/meta-data/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://[::1]/",
    "http://0.0.0.0/",
    "http://2130706433/",  # 127.0.0.1 written as one number
    "file:///etc/passwd",
    "/etc/passwd",
    "ftp://example.com/file.txt",
    "javascript:alert(1)",
    "gopher://127.0.0.1:25/",
    "-",
]


def _server(tmp: Path, **settings: object) -> ServerThread:
    return ServerThread(create_app(Settings(db=str(tmp / "ingest.db"), workers=1, **settings)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with _server(tmp_path_factory.mktemp("guarded"), ingest_token=TOKEN, max_bytes=50_000) as srv:
        with httpx.Client(base_url=srv.url, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
            yield c


@pytest.fixture(scope="module")
def article_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A loopback web server with one article, standing for a site on a private network."""
    root = tmp_path_factory.mktemp("site")
    (root / "article.html").write_text(
        f"<html><head><title>Border talks in Baghdad</title></head><body><article><h1>Border talks in Baghdad</h1>"
        f"<p>{EN_TEXT}</p></article></body></html>", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a: object, **kw: object) -> None:
            super().__init__(*a, directory=str(root), **kw)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/article.html"
    httpd.shutdown()
    httpd.server_close()


def _error(resp: httpx.Response, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert set(err) == {"status", "code", "message", "details"} and err["status"] == status and err["code"] == code
    return err


def test_disabled_without_a_token(tmp_path: Path) -> None:
    with _server(tmp_path) as srv:
        resp = httpx.post(srv.url + "/api/ingest", data={"url": "https://example.com/"},
                          headers={"Authorization": "Bearer anything"})
    assert "ingest_token" in _error(resp, 404, "ingest_disabled")["message"]


@pytest.mark.parametrize("auth", [None, "", "Bearer", "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x",
                                  f"Bearer {TOKEN[:-1]}"])
def test_bearer_token_is_required(guarded: httpx.Client, auth: str | None) -> None:
    headers = {} if auth is None else {"Authorization": auth}
    resp = httpx.post(str(guarded.base_url) + "/api/ingest", files={"file": ("a.txt", EN_TEXT.encode())},
                      headers=headers)
    _error(resp, 401, "unauthorized")
    assert resp.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("url", REFUSED)
def test_private_and_non_http_urls_are_refused(guarded: httpx.Client, url: str) -> None:
    before = guarded.get("/api/health").json()["documents"]
    err = _error(guarded.post("/api/ingest", data={"url": url}), 400, "url_refused")
    assert err["details"][0]["url"] == url and err["details"][0]["reason"]
    assert guarded.get("/api/health").json()["documents"] == before


def test_one_refused_url_refuses_the_whole_request(guarded: httpx.Client, article_site: str) -> None:
    err = _error(guarded.post("/api/ingest", data={"url": [article_site, "http://169.254.169.254/"]}), 400,
                 "url_refused")
    assert [d["url"] for d in err["details"]] == [article_site, "http://169.254.169.254/"]  # the site is on loopback


def test_private_urls_allowed_when_the_operator_says_so(tmp_path: Path, article_site: str) -> None:
    with _server(tmp_path, ingest_token=TOKEN, allow_private_urls=True) as srv:
        resp = httpx.post(srv.url + "/api/ingest", data={"url": article_site},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["seen"] == 1 and body["failed"] == 0 and body["new"] == 1
        (doc,) = body["documents"]
        assert doc["title"] == "Border talks in Baghdad" and doc["lang"] == "en"
        stored = httpx.get(srv.url + f"/api/documents/{doc['id']}").json()
        assert stored["source"]["url"] == article_site and "border security" in stored["text"]


def test_uploads_are_stored_and_served_live(guarded: httpx.Client) -> None:
    before = guarded.get("/api/documents").json()["total"]
    files = [("file", ("talks.txt", EN_TEXT.encode(), "text/plain")),
             ("file", ("../../etc/سفر.txt", FA_TEXT.encode(), "text/plain")),
             ("file", ("page.html", HOSTILE_PAGE.encode(), "text/html"))]
    resp = guarded.post("/api/ingest", files=files)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["seen"] == 3 and body["failed"] == 0
    langs = sorted(d["lang"] for d in body["documents"])
    assert langs == ["en", "en", "fa"]
    assert guarded.get("/api/documents").json()["total"] == before + 3
    fa = next(d for d in body["documents"] if d["lang"] == "fa")
    assert guarded.get(fa["html_url"]).status_code == 200
    hits = guarded.get("/api/search", params={"q": "گفت‌وگو"}).json()
    assert fa["id"] in {h["id"] for h in hits["items"]}
    again = guarded.post("/api/ingest", files=files[:1]).json()
    assert again["new"] == 0 and again["documents"][0]["id"] == body["documents"][0]["id"]  # same bytes, same id
    assert guarded.get("/api/documents").json()["total"] == before + 3


def test_upload_limits(guarded: httpx.Client) -> None:
    _error(guarded.post("/api/ingest", files={"file": ("big.txt", b"x" * 60_000)}), 413, "too_large")
    _error(guarded.post("/api/ingest", data={"nothing": "here"}), 422, "invalid_request")
    _error(guarded.post("/api/ingest", content=b"--broken", headers={"content-type": "multipart/form-data; boundary=zz"}),
           422, "invalid_request")
