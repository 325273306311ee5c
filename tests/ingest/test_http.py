"""Ingest from URLs and feeds against a real HTTP server on 127.0.0.1 (no mocks, no internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from khabar.config import Settings
from khabar.document import Document
from khabar.ingest import check_url, iter_documents
from khabar.ingest.fetch import Fetcher

AR_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الكاظمي يستقبل وزير الخارجية الإيراني | الرافدين</title></head><body>
<article><h1>الكاظمي يستقبل وزير الخارجية الإيراني</h1>
<p>بغداد - استقبل رئيس الوزراء العراقي مصطفى الكاظمي وزير الخارجية الإيراني في بغداد، وبحث معه
العلاقات الثنائية وملف المياه والحدود المشتركة بين البلدين.</p></article></body></html>"""

EN_PAGE = """<!doctype html><html lang="en"><head><title>Rockets hit Green Zone - Example Wire</title></head>
<body><article><h1>Rockets hit Green Zone</h1><p>Two rockets struck Baghdad's Green Zone late on Wednesday,
security officials said, one landing near the U.S. embassy.</p></article></body></html>"""

FA_TEXT = "حمله پهپادی به فرودگاه اربیل\n\nفرودگاه بین‌المللی اربیل سه‌شنبه شب هدف حمله پهپادی قرار گرفت.\n"


def rss(base: str) -> str:
    items = [
        ("الكاظمي يستقبل وزير الخارجية", f"{base}/ar.html", "ملخص الخبر الأول"),
        ("Missing page", f"{base}/missing", "<p>Summary of the missing page, kept as the document.</p>"),
        ("Slow page", f"{base}/slow", "The slow page summary."),
        ("English page", f"{base}/en.html", "summary"),
        ("English page again", f"{base}/en.html", "duplicate link"),
        ("Persian text", f"{base}/fa.txt", "خلاصه"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{u}</link><description><![CDATA[{d}]]></description>"
        f"<pubDate>Tue, 06 Jul 2021 09:14:00 GMT</pubDate></item>"
        for t, u, d in items
    )
    body += "<item><title>No link</title><description>An entry with only its own text.</description></item>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>{body}</channel></rss>'


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:x</id><updated>2021-07-06T09:00:00Z</updated>
<entry><title>Green Zone</title><link href="{base}/en.html"/><id>urn:1</id><updated>2021-07-07T10:00:00Z</updated>
<summary>Rockets.</summary></entry>
<entry><title>Gone</title><link href="{base}/missing"/><id>urn:2</id><updated>2021-07-07T11:00:00Z</updated>
<content type="html">&lt;p&gt;Full content of the gone entry, long enough to read.&lt;/p&gt;</content></entry>
</feed>"""


class Handler(BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/ar.html":
            self.send(
                200, AR_PAGE.encode(), "text/html; charset=utf-8", {"Last-Modified": "Tue, 06 Jul 2021 09:14:00 GMT"}
            )
        elif path == "/cp1256.html":
            self.send(200, AR_PAGE.replace("utf-8", "windows-1256").encode("cp1256"), "text/html; charset=windows-1256")
        elif path == "/en.html":
            self.send(200, EN_PAGE.encode(), "text/html")
        elif path == "/fa.txt":
            self.send(200, FA_TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/rss.xml":
            self.send(200, rss(base).encode(), "application/rss+xml")
        elif path == "/atom.xml":
            self.send(200, atom(base).encode(), "application/atom+xml")
        elif path == "/feed-as-html":
            self.send(200, rss(base).encode(), "text/html")
        elif path == "/broken-feed.xml":
            self.send(200, b"<rss><channel><item><title>broken", "application/rss+xml")
        elif path == "/slow":
            time.sleep(2.0)
            self.send(200, EN_PAGE.encode(), "text/html")
        elif path == "/redirect":
            self.send(301, b"", "text/html", {"Location": f"{base}/ar.html"})
        elif path in ("/loop1", "/loop2"):
            self.send(302, b"", "text/html", {"Location": f"{base}/loop2" if path == "/loop1" else f"{base}/loop1"})
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path == "/big":
            self.send(200, b"<html><body>" + b"<p>word </p>" * 20_000 + b"</body></html>", "text/html")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for _ in range(100):
                    chunk = b"<p>" + b"x" * 4000 + b"</p>"
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/empty":
            self.send(200, b"", "text/html")
        elif path == "/error":
            self.send(500, b"oops", "text/plain")
        else:
            self.send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LOCAL = Settings(allow_private_urls=True, http_timeout=0.5, http_max_redirects=3)


def docs(inputs: list[str], settings: Settings = LOCAL) -> list[Document]:
    return list(iter_documents(inputs, settings))


def codes(doc: Document) -> list[str]:
    return [i.code for i in doc.issues]


def test_page(server: str) -> None:
    (doc,) = docs([f"{server}/ar.html"])
    assert not doc.issues
    assert doc.source.kind == "url" and doc.source.url == f"{server}/ar.html"
    assert doc.source.outlet == "127.0.0.1"
    assert doc.source.content_type == "text/html" and doc.source.encoding == "utf-8 (http)"
    assert doc.source.http_date == "2021-07-06T09:14:00Z"
    assert doc.source.fetched_at and doc.source.fetched_at.endswith("Z")
    assert doc.raw == AR_PAGE
    assert LOCAL.user_agent in Handler.user_agents


def test_same_page_same_id(server: str) -> None:
    (a,) = docs([f"{server}/ar.html"])
    (b,) = docs([f"{server}/ar.html"])
    assert a.id == b.id


def test_http_charset(server: str) -> None:
    (doc,) = docs([f"{server}/cp1256.html"])
    assert doc.source.encoding == "windows-1256 (http)"
    assert "الكاظمي" in str(doc.raw)


def test_plain_text_url(server: str) -> None:
    (doc,) = docs([f"{server}/fa.txt"])
    assert doc.source.content_type == "text/plain" and doc.raw == FA_TEXT


def test_redirect_final_url(server: str) -> None:
    (doc,) = docs([f"{server}/redirect"])
    assert doc.source.url == f"{server}/ar.html"
    assert doc.meta["requested_url"] == f"{server}/redirect"


def test_redirect_loop_w012(server: str) -> None:
    (doc,) = docs([f"{server}/loop1"])
    assert codes(doc) == ["W012"] and doc.failed


def test_errors_do_not_stop_the_batch(server: str) -> None:
    found = docs(
        [f"{server}/missing", f"{server}/error", f"{server}/empty", f"{server}/image.png", f"{server}/ar.html"]
    )
    assert [codes(d) for d in found] == [["W010"], ["W010"], ["W001"], ["W006"], []]
    assert "404" in found[0].issues[0].message


def test_timeout_w011(server: str) -> None:
    t0 = time.perf_counter()
    found = docs([f"{server}/slow", f"{server}/ar.html"])
    assert time.perf_counter() - t0 < 1.9
    assert codes(found[0]) == ["W011"] and found[0].failed
    assert not found[1].issues


def test_size_cap_while_streaming(server: str) -> None:
    small = LOCAL.replace(max_bytes=50_000)
    found = docs([f"{server}/big", f"{server}/big-chunked", f"{server}/ar.html"], small)
    assert [codes(d) for d in found] == [["W003"], ["W003"], []]


def test_unreachable_host_w010() -> None:
    (doc,) = docs(["http://127.0.0.1:9/"], LOCAL.replace(http_timeout=2.0))
    assert codes(doc) in (["W010"], ["W011"])


def test_rss_feed(server: str) -> None:
    found = docs([f"{server}/rss.xml"])
    urls = [d.source.url for d in found]
    assert urls == [
        f"{server}/ar.html",
        f"{server}/missing",
        f"{server}/slow",
        f"{server}/en.html",
        f"{server}/fa.txt",
        None,
    ]
    ar, missing, slow, en, fa, nolink = found
    assert all(d.source.kind == "feed" and d.source.feed == f"{server}/rss.xml" for d in found)
    assert not ar.issues and ar.raw == AR_PAGE
    assert ar.meta["input_title"] == "الكاظمي يستقبل وزير الخارجية"
    assert ar.meta["input_published"] == "2021-07-06T09:14:00Z"
    assert codes(missing) == ["W010"] and not missing.failed
    assert missing.source.content_type == "text/html" and "Summary of the missing page" in str(missing.raw)
    assert "feed entry's own content" in missing.issues[0].message
    assert codes(slow) == ["W011"] and slow.raw == "The slow page summary."
    assert slow.source.content_type == "text/plain"
    assert not en.issues and not fa.issues and fa.source.content_type == "text/plain"
    assert nolink.raw == "An entry with only its own text." and not nolink.issues


def test_atom_feed(server: str) -> None:
    found = docs([f"{server}/atom.xml"])
    assert [d.source.url for d in found] == [f"{server}/en.html", f"{server}/missing"]
    assert found[0].meta["input_published"] == "2021-07-07T10:00:00Z"
    assert codes(found[1]) == ["W010"] and "Full content of the gone entry" in str(found[1].raw)


def test_feed_detected_by_content(server: str) -> None:
    found = docs([f"{server}/feed-as-html"])
    assert len(found) == 6


def test_feed_max_entries(server: str) -> None:
    found = docs([f"{server}/rss.xml"], LOCAL.replace(feed_max_entries=2))
    assert len(found) == 2


def test_broken_feed_w013(server: str) -> None:
    (doc,) = docs([f"{server}/broken-feed.xml", f"{server}/ar.html"])[:1]
    assert codes(doc) == ["W013"] and doc.failed


def test_feed_file_links_to_server(server: str, tmp_path: Path) -> None:
    p = tmp_path / "saved.rss"
    p.write_text(rss(server), encoding="utf-8")
    found = docs([str(p)])
    assert len(found) == 6
    assert found[0].source.url == f"{server}/ar.html" and found[0].source.feed == str(p)
    assert found[-1].source.path == str(p)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/ar.html",
        "http://localhost:{port}/ar.html",
        "http://10.0.0.1/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/ar.html",
        "http://0.0.0.0:{port}/",
        "file:///etc/passwd",
        "gopher://example.org/",
    ],
)
def test_ssrf_refused(server: str, url: str) -> None:
    port = server.rsplit(":", 1)[1]
    strict = Settings(allow_private_urls=False, http_timeout=1.0)
    t0 = time.perf_counter()
    (doc,) = docs([url.format(port=port)], strict)
    assert codes(doc) == ["W014"] and doc.failed
    assert time.perf_counter() - t0 < 1.0


def test_check_url() -> None:
    assert check_url("http://10.1.2.3/", allow_private=False)
    assert check_url("http://[::ffff:127.0.0.1]/", allow_private=False)
    assert check_url("http://10.1.2.3/", allow_private=True) is None
    assert check_url("javascript:alert(1)", allow_private=True)
    assert check_url("http:///nohost", allow_private=True)
    assert check_url("http://93.184.215.14/", allow_private=False) is None


def test_redirect_hops_are_guarded() -> None:
    fetcher = Fetcher(Settings(allow_private_urls=False))
    with pytest.raises(Exception, match="non-public"):
        fetcher._guard(httpx.Request("GET", "http://169.254.169.254/latest"))
    fetcher.close()


def test_one_bad_feed_entry_link_scheme(server: str, tmp_path: Path) -> None:
    feed = rss(server).replace(f"{server}/fa.txt", "javascript:alert(1)")
    p = tmp_path / "f.xml"
    p.write_text(feed, encoding="utf-8")
    found = docs([str(p)])
    bad = [d for d in found if d.source.url == "javascript:alert(1)"]
    assert len(bad) == 1 and codes(bad[0]) == ["W014"] and bad[0].raw == "خلاصه"


class _OnlyFirstHopPrivate:
    """Settings whose allow_private_urls is True once (the first hop), then False (the redirect)."""

    def __init__(self) -> None:
        base = Settings()
        for name in ("max_bytes", "http_timeout", "http_max_redirects", "user_agent"):
            setattr(self, name, getattr(base, name))
        self.calls = 0

    @property
    def allow_private_urls(self) -> bool:
        self.calls += 1
        return self.calls <= 2  # fetch() pre-check and the request hook of the first hop


def test_redirect_to_refused_address_is_stopped(server: str) -> None:
    fetcher = Fetcher(_OnlyFirstHopPrivate())  # type: ignore[arg-type]
    try:
        result = fetcher.fetch(f"{server}/redirect")
    finally:
        fetcher.close()
    assert result.code == "W014" and "redirected" in result.detail


def test_the_connection_itself_is_checked_not_only_the_url() -> None:
    # DNS rebinding: the name may resolve to a public address when the URL is checked and to a
    # private one when httpx connects; the transport resolves and checks the address it connects to
    from khabar.ingest.fetch import _CheckedBackend

    backend = _CheckedBackend()
    with pytest.raises(Exception, match="non-public"):
        backend.connect_tcp("localhost", 80, timeout=1.0)
    with pytest.raises(Exception, match="non-public"):
        backend.connect_tcp("127.0.0.1", 9, timeout=1.0)
    fetcher = Fetcher(Settings(allow_private_urls=False))
    assert isinstance(fetcher.client._transport._pool._network_backend, _CheckedBackend)
    fetcher.close()
