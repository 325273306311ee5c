"""Ingest from files and folders: walking, formats, bad input kept as error Documents."""

from __future__ import annotations

import io
import json
import os
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.config import Settings
from khabar.document import Document, Source, document_id
from khabar.ingest import count_inputs, iter_documents

AR_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>هجوم بطائرة مسيرة على قاعدة عين الأسد | الرافدين</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav>
<article><h1>هجوم بطائرة مسيرة على قاعدة عين الأسد</h1>
<p>الأنبار - قال مسؤولون أمنيون عراقيون إن طائرة مسيرة مفخخة استهدفت قاعدة عين الأسد الجوية غربي
محافظة الأنبار مساء الثلاثاء، من دون أن يسفر الهجوم عن إصابات بشرية.</p>
<p>وأضاف المسؤولون أن منظومة الدفاع الجوي في القاعدة تصدت للطائرة قبل وصولها إلى هدفها.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

FA_TEXT = """خبرگزاری نمونه | سیاسی

حمله پهپادی به پایگاه عین‌الاسد در غرب عراق

منابع امنیتی عراق اعلام کردند که یک پهپاد حامل مواد منفجره سه‌شنبه شب به پایگاه هوایی عین‌الاسد
در استان الانبار حمله کرد. این حمله تلفات جانی نداشت.
"""

S = Settings()


def docs(inputs: list[str], settings: Settings = S) -> list[Document]:
    return list(iter_documents(inputs, settings))


def codes(doc: Document) -> list[str]:
    return [i.code for i in doc.issues]


def test_html_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FA_TEXT, encoding="utf-8")
    a, b = docs([str(tmp_path / "a.html"), str(tmp_path / "b.txt")])
    assert a.source.kind == "file" and a.source.path == str(tmp_path / "a.html")
    assert a.source.content_type == "text/html" and a.source.encoding == "utf-8 (meta)"
    assert isinstance(a.raw, str) and "عين الأسد" in a.raw
    assert a.id == document_id(a.source, AR_PAGE.encode("utf-8"))
    assert b.source.content_type == "text/plain" and b.source.encoding == "utf-8"
    assert not a.issues and not b.issues


def test_ids_are_stable(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(AR_PAGE, encoding="utf-8")
    first = [d.id for d in docs([str(tmp_path)])]
    second = [d.id for d in docs([str(tmp_path)])]
    assert first == second
    (tmp_path / "a.html").write_text(AR_PAGE + " ", encoding="utf-8")
    assert [d.id for d in docs([str(tmp_path)])] != first


def test_folder_walk_sorted_hidden_skipped_and_nested(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", ".git/e.txt", "z/.f.txt"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(FA_TEXT, encoding="utf-8")
    paths = [Path(d.source.path or "").relative_to(tmp_path).as_posix() for d in docs([str(tmp_path)])]
    assert paths == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]


def test_symlink_loop_is_safe(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(FA_TEXT, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "sub", tmp_path / "again")
    found = docs([str(tmp_path)])
    assert len(found) == 1


def test_max_files_stops_with_w008(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(FA_TEXT, encoding="utf-8")
    settings = Settings(max_files=3)
    found = docs([str(tmp_path)], settings)
    assert len(found) == 4
    assert codes(found[-1]) == ["W008"] and found[-1].failed
    assert count_inputs([str(tmp_path)], settings) == 3


def test_count_inputs_matches_progress(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "sub/c.txt"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(FA_TEXT, encoding="utf-8")
    extra = tmp_path / "x.html"
    extra.write_text(AR_PAGE, encoding="utf-8")
    inputs = [str(tmp_path / "sub"), str(extra), str(tmp_path / "missing.txt")]
    ticks: list[int] = []
    list(iter_documents(inputs, S, progress=ticks.append))
    assert count_inputs(inputs, S) == len(ticks) == 3
    assert count_inputs(["https://example.org/"], S) is None


@pytest.mark.slow
def test_ten_thousand_files_stream_quickly(tmp_path: Path) -> None:
    root = tmp_path / "many"
    for d in range(20):
        sub = root / f"d{d:02d}"
        sub.mkdir(parents=True)
        for i in range(500):
            (sub / f"{i:04d}.txt").write_bytes(f"Headline {d} {i}\n\nBody text of file {i}.\n".encode())
    ticks = [0]

    def progress(n: int) -> None:
        ticks[0] += n

    t0 = time.perf_counter()
    it = iter_documents([str(root)], S, progress=progress)
    first = next(it)
    assert first.source.path and first.source.path.endswith("d00/0000.txt")
    assert ticks[0] <= 1  # streaming: nothing read ahead
    n = 1 + sum(1 for _ in it)
    elapsed = time.perf_counter() - t0
    assert n == 10_000 and ticks[0] == 10_000
    assert elapsed < 30, f"10,000 files took {elapsed:.1f}s"


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (doc,) = docs([str(tmp_path / "empty.html")])
    assert codes(doc) == ["W001"] and doc.failed and doc.text == ""


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_bytes(b" \n\n \t\n")
    (doc,) = docs([str(tmp_path / "blank.txt")])
    assert codes(doc) == ["W001"] and doc.failed


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        ("noext", bytes(range(256)) * 16),
        ("random.txt", b"\x00\x01\x02\x03\xff\xfe\x10\x11" * 500),
    ],
)
def test_binary_content(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    (doc,) = docs([str(tmp_path / name)])
    assert codes(doc) == ["W002"] and doc.failed and doc.raw is None


@pytest.mark.parametrize("name", ["photo.png", "report.pdf", "archive.zip", "song.mp3"])
def test_unsupported_extensions(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"whatever")
    (doc,) = docs([str(tmp_path / name)])
    assert codes(doc) == ["W006"] and doc.failed


def test_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / "note").write_text(FA_TEXT, encoding="utf-8")
    page, note = docs([str(tmp_path / "page"), str(tmp_path / "note")])
    assert page.source.content_type == "text/html"
    assert note.source.content_type == "text/plain"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>', encoding="utf-8")
    (doc,) = docs([str(tmp_path / "data.xml")])
    assert codes(doc) == ["W006"]


def test_missing_path_is_an_error_document(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.html")
    (tmp_path / "ok.txt").write_text(FA_TEXT, encoding="utf-8")
    a, b = docs([missing, str(tmp_path / "ok.txt")])
    assert codes(a) == ["W007"] and a.failed and "no such file or directory" in a.issues[0].message
    assert a.source.path == missing
    assert not b.issues


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.html"
    p.write_text(AR_PAGE, encoding="utf-8")
    p.chmod(0)
    try:
        (doc,) = docs([str(p)])
    finally:
        p.chmod(0o644)
    assert codes(doc) == ["W007"]


def test_fifo_is_not_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.html")
    (doc,) = docs([str(tmp_path / "pipe.html")])
    assert codes(doc) == ["W007"]


def test_fifty_megabyte_page_is_skipped_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.write(b"<html><body><p>")
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "small.html").write_text(AR_PAGE, encoding="utf-8")
    tracemalloc.start()
    try:
        big_doc, small_doc = docs([str(big), str(tmp_path / "small.html")], Settings(max_bytes=20_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert codes(big_doc) == ["W003"] and big_doc.failed
    assert "52,428,800" in big_doc.issues[0].message
    assert not small_doc.issues
    assert peak < 5_000_000, f"peak {peak:,} bytes"


def test_error_ids_differ_for_same_name_in_different_folders(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "index.html").write_bytes(b"")
    a, b = docs([str(tmp_path)])
    assert a.id != b.id


def test_non_http_schemes_are_refused() -> None:
    found = docs(["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/a.html"])
    assert [codes(d) for d in found] == [["W014"]] * 3
    assert all(d.failed for d in found)


JSONL_LINES = [
    {
        "url": "https://www.alrafidain.example/p/1",
        "html": AR_PAGE,
        "title": "هجوم على عين الأسد",
        "published": "2021-07-06",
    },
    "this line is not json",
    {"text": FA_TEXT, "outlet": "خبرگزاری نمونه"},
    [1, 2, 3],
    {"url": "https://example.org/x", "title": "no body"},
    {"text": "Iraq hosted talks between Saudi and Iranian officials in Baghdad this month, an official said."},
]


def write_jsonl(path: Path) -> list[bytes]:
    lines = [(json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else x).encode() for x in JSONL_LINES]
    path.write_bytes(b"\n".join(lines) + b"\n\n")
    return lines


def test_jsonl_with_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    lines = write_jsonl(p)
    found = docs([str(p)])
    assert len(found) == 6
    good = [d for d in found if not d.failed]
    bad = [d for d in found if d.failed]
    assert len(good) == 3 and len(bad) == 3
    assert all(codes(d) == ["W015"] for d in bad)
    assert "line 2" in bad[0].issues[0].message
    first = found[0]
    assert first.source.kind == "jsonl" and first.source.url == "https://www.alrafidain.example/p/1"
    assert first.source.outlet == "alrafidain.example"
    assert first.source.content_type == "text/html"
    assert first.meta["input_title"] == "هجوم على عين الأسد" and first.meta["input_published"] == "2021-07-06"
    assert first.id == document_id(first.source, lines[0])
    third = found[2]
    assert third.source.outlet == "خبرگزاری نمونه" and third.source.content_type == "text/plain"
    assert third.raw == FA_TEXT


def test_json_file_list_and_object(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"text": FA_TEXT}, {"html": AR_PAGE}], ensure_ascii=False))
    (tmp_path / "one.json").write_text(json.dumps({"text": FA_TEXT, "url": "https://x.example/a"}))
    (tmp_path / "lines.json").write_text('{"text": "a b c d"}\n{"text": "e f g h"}\n')
    (tmp_path / "bad.json").write_text('{"text": ')
    found = docs([str(tmp_path / n) for n in ("list.json", "one.json", "lines.json", "bad.json")])
    assert [d.failed for d in found] == [False, False, False, False, False, True]
    assert found[1].source.content_type == "text/html"
    assert found[2].source.url == "https://x.example/a"
    assert codes(found[-1]) == ["W015"]


def write_warc(path: Path, gz: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        pages = [
            ("https://www.alrafidain.example/news/1", "text/html; charset=utf-8", AR_PAGE.encode("utf-8"), "200 OK"),
            ("https://www.alrafidain.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n....", "200 OK"),
            ("https://www.alrafidain.example/old", "text/html", b"", "301 Moved Permanently"),
            ("https://khabar.example/fa.txt", "text/plain; charset=utf-8", FA_TEXT.encode("utf-8"), "200 OK"),
        ]
        for uri, ctype, body, status in pages:
            headers = StatusAndHeaders(
                status,
                [("Content-Type", ctype), ("Last-Modified", "Tue, 06 Jul 2021 09:14:00 GMT")],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2021-07-06T10:00:00Z"},
            )
            writer.write_record(record)
        req_headers = StatusAndHeaders(
            "GET /news/1 HTTP/1.1", [("Host", "www.alrafidain.example")], is_http_request=True
        )
        req = writer.create_warc_record(
            "https://www.alrafidain.example/news/1", "request", payload=io.BytesIO(b""), http_headers=req_headers
        )
        writer.write_record(req)


@pytest.mark.parametrize("gz", [False, True])
def test_warc(tmp_path: Path, gz: bool) -> None:
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(p, gz)
    found = docs([str(p)])
    assert len(found) == 2, [(d.source.url, codes(d)) for d in found]
    page, text = found
    assert page.source.kind == "warc" and page.source.url == "https://www.alrafidain.example/news/1"
    assert page.source.path == str(p)
    assert page.source.fetched_at == "2021-07-06T10:00:00Z"
    assert page.source.http_date == "2021-07-06T09:14:00Z"
    assert page.source.outlet == "alrafidain.example"
    assert page.source.content_type == "text/html" and page.source.encoding == "utf-8 (http)"
    assert page.id == document_id(page.source, AR_PAGE.encode("utf-8"))
    assert text.source.content_type == "text/plain" and text.raw == FA_TEXT
    assert not page.issues and not text.issues


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, True)
    data = p.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    found = docs([str(cut)])
    assert found[0].source.url == "https://www.alrafidain.example/news/1" and not found[0].failed
    assert codes(found[-1]) == ["W016"] and found[-1].failed


def test_not_a_warc(tmp_path: Path) -> None:
    p = tmp_path / "fake.warc"
    p.write_text("this is not a WARC file at all\n" * 3)
    (doc,) = docs([str(p)])
    assert codes(doc) == ["W016"]


def test_windows_1256_file_guessed(tmp_path: Path) -> None:
    text = "قصف صاروخي على المنطقة الخضراء\n\nتعرضت المنطقة الخضراء وسط بغداد لقصف بثلاثة صواريخ مساء الأربعاء.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1256"))
    (doc,) = docs([str(tmp_path / "a.txt")])
    assert doc.raw == text
    assert doc.source.encoding == "windows-1256 (guessed)"
    assert codes(doc) == ["W004"] and not doc.failed


def test_invalid_utf8_file_records_w005(tmp_path: Path) -> None:
    data = FA_TEXT.encode("utf-8").replace("پ".encode(), b"\xda", 1)
    (tmp_path / "a.txt").write_bytes(data)
    (doc,) = docs([str(tmp_path / "a.txt")])
    assert "W005" in codes(doc) and not doc.failed
    assert "\ufffd" in str(doc.raw)


def test_utf16_files(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(FA_TEXT.encode("utf-16"))
    (tmp_path / "nobom.html").write_bytes(AR_PAGE.encode("utf-16-be"))
    a, b = docs([str(tmp_path / "bom.txt"), str(tmp_path / "nobom.html")])
    assert a.raw == FA_TEXT and a.source.encoding == "utf-16-le (bom)"
    assert b.raw == AR_PAGE and b.source.encoding == "utf-16-be (guessed)"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(AR_PAGE.encode("utf-8"))))
    (doc,) = docs(["-"])
    assert doc.source.path == "-" and doc.source.content_type == "text/html" and not doc.issues


def test_error_documents_roundtrip(tmp_path: Path) -> None:
    (doc,) = docs([str(tmp_path / "missing")])
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert isinstance(again.source, Source)


def test_folder_companions_skipped_but_named_ones_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FA_TEXT, encoding="utf-8")
    for name in ("README.md", "truth.yaml", "LICENSE", "notes.csv"):
        (tmp_path / name).write_text("not an article", encoding="utf-8")
    found = docs([str(tmp_path)])
    assert [Path(d.source.path or "").name for d in found] == ["a.txt"]
    assert count_inputs([str(tmp_path)], S) == 1
    (named,) = docs([str(tmp_path / "README.md")])
    assert codes(named) == ["W006"]


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "story.php").write_text(AR_PAGE, encoding="utf-8")
    (doc,) = docs([str(tmp_path / "story.php")])
    assert doc.source.content_type == "text/html" and not doc.issues


def test_gzipped_pages_text_and_jsonl_are_read(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "a.html.gz").write_bytes(gzip.compress(AR_PAGE.encode("utf-8")))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(FA_TEXT.encode("utf-8")))
    lines = [json.dumps({"url": f"https://example.com/{i}", "text": FA_TEXT}, ensure_ascii=False) for i in range(3)]
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    out = docs([str(tmp_path)])
    assert len(out) == 5 and not any(d.failed for d in out)
    html = next(d for d in out if d.source.path and d.source.path.endswith("a.html.gz"))
    assert html.source.content_type == "text/html" and "عين الأسد" in html.raw


def test_broken_and_oversized_gzip_are_explained_skips(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(AR_PAGE.encode("utf-8"))[:40])
    (tmp_path / "fake.html.gz").write_bytes(b"<html>not compressed at all</html>")
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 2_000_000))
    (tmp_path / "ok.html").write_text(AR_PAGE, encoding="utf-8")
    out = {Path(d.source.path).name: d for d in docs([str(tmp_path)], Settings(max_bytes=1_000_000))}
    assert codes(out["cut.html.gz"]) == ["W017"] and out["cut.html.gz"].failed
    assert codes(out["fake.html.gz"]) == ["W017"]
    assert codes(out["bomb.html.gz"]) == ["W003"]
    assert not out["ok.html"].failed  # the rest of the batch goes on
