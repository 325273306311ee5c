"""Decoding: BOMs, declarations, UTF-16 without BOM, legacy Arabic code pages, broken bytes."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.ingest.decode import charset_from_content_type, decode_bytes, looks_binary_text, sniff_binary

AR = (
    "قال مسؤولون عراقيون إن هجوماً بطائرة مسيرة استهدف قاعدة عين الأسد الجوية في محافظة الأنبار "
    "غربي العراق مساء الثلاثاء، دون أن يسفر عن إصابات، فيما فتحت القوات الأمنية تحقيقاً في الحادث."
)
# Persian as Windows-1256 can hold it: Arabic yeh (ي) instead of Persian yeh (ی).
FA_1256 = "به گزارش خبرگزاري مهر، وزير امور خارجه ايران امروز در ديدار با همتاي عراقي خود درباره گسترش همکاري‌هاي دوجانبه گفتگو کرد."
FA = "به گزارش خبرگزاری مهر، وزیر امور خارجه ایران امروز در دیدار با همتای عراقی خود درباره گسترش همکاری‌های دوجانبه گفتگو کرد."
EN = "The minister’s visit to Baghdad — his first since the election — drew criticism from rivals."


def html(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (codecs.BOM_UTF8 + AR.encode("utf-8"), "utf-8 (bom)"),
        (codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), "utf-16-le (bom)"),
        (codecs.BOM_UTF16_BE + AR.encode("utf-16-be"), "utf-16-be (bom)"),
        (codecs.BOM_UTF32_LE + AR.encode("utf-32-le"), "utf-32-le (bom)"),
        (codecs.BOM_UTF32_BE + AR.encode("utf-32-be"), "utf-32-be (bom)"),
    ],
)
def test_bom_decides(data: bytes, label: str) -> None:
    d = decode_bytes(data, http_charset="iso-8859-1")
    assert d.encoding == label
    assert d.text == AR
    assert not d.guessed and d.replaced == 0


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec: str) -> None:
    data = html(AR).encode(codec)
    d = decode_bytes(data)
    assert d.encoding == f"{codec} (guessed)"
    assert AR in d.text
    assert d.guessed


def test_utf16_plain_arabic_text_without_bom() -> None:
    text = (AR + "\n") * 5
    d = decode_bytes(text.encode("utf-16-le"))
    assert d.text == text


def test_http_charset_wins_over_meta() -> None:
    data = html(AR, '<meta charset="utf-8">').encode("cp1256")
    d = decode_bytes(data, http_charset="windows-1256")
    assert d.encoding == "windows-1256 (http)"
    assert AR in d.text


@pytest.mark.parametrize(
    "meta",
    ['<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'],
)
def test_windows_1256_declared_in_meta(meta: str) -> None:
    d = decode_bytes(html(AR, meta).encode("cp1256"))
    assert d.encoding == "windows-1256 (meta)"
    assert AR in d.text
    assert not d.guessed


@pytest.mark.parametrize("text", [AR, FA_1256])
def test_windows_1256_undeclared_is_guessed(text: str) -> None:
    d = decode_bytes(html(text).encode("cp1256"))
    assert d.encoding == "windows-1256 (guessed)"
    assert d.guessed
    assert text in d.text


def test_iso_8859_6_declared_and_undeclared() -> None:
    declared = decode_bytes(html(AR, '<meta charset="iso-8859-6">').encode("iso8859_6"))
    assert declared.encoding == "iso-8859-6 (meta)"
    assert AR in declared.text
    guessed = decode_bytes(html(AR).encode("iso8859_6"))
    assert guessed.encoding == "iso-8859-6 (guessed)"
    assert AR in guessed.text


def test_windows_1252_english_guessed() -> None:
    d = decode_bytes(html(EN).encode("cp1252"))
    assert d.encoding == "windows-1252 (guessed)"
    assert EN in d.text


def test_latin1_label_means_windows_1252() -> None:
    d = decode_bytes(html(EN).encode("cp1252"), http_charset="ISO-8859-1")
    assert d.encoding == "windows-1252 (http)"
    assert EN in d.text


def test_plain_utf8_is_not_a_guess() -> None:
    d = decode_bytes(html(FA).encode("utf-8"))
    assert d.encoding == "utf-8"
    assert not d.guessed
    assert FA in d.text


def test_wrong_legacy_declaration_on_utf8_bytes() -> None:
    d = decode_bytes(html(AR, '<meta charset="windows-1256">').encode("utf-8"))
    assert d.encoding.startswith("utf-8")
    assert d.guessed
    assert AR in d.text


def test_utf8_declared_but_bytes_are_windows_1256() -> None:
    d = decode_bytes(html(AR, '<meta charset="utf-8">').encode("cp1256"))
    assert d.encoding == "windows-1256 (guessed)"
    assert AR in d.text
    assert "declared utf-8" in d.note


def test_invalid_utf8_sequences_are_replaced_and_counted() -> None:
    data = html(FA).encode("utf-8")
    broken = data.replace("گ".encode(), b"\xda", 1)
    d = decode_bytes(broken)
    assert d.encoding.startswith("utf-8")
    assert d.replaced >= 1
    assert "\ufffd" in d.text
    assert FA[10:] in d.text


def test_unknown_charset_label_is_ignored() -> None:
    d = decode_bytes(html(AR, '<meta charset="x-klingon">').encode("utf-8"))
    assert AR in d.text
    assert "unknown charset" in d.note


def test_content_type_charset() -> None:
    assert charset_from_content_type("text/html; charset=Windows-1256") == "Windows-1256"
    assert charset_from_content_type('text/html; charset="utf-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


def test_binary_signatures() -> None:
    assert sniff_binary(b"%PDF-1.7\n") == "PDF"
    assert sniff_binary(b"\x89PNG\r\n\x1a\n") == "PNG image"
    assert sniff_binary(b"PK\x03\x04rest") is not None
    assert sniff_binary(b"<html>") is None
    assert sniff_binary(b"MZ is a text that starts like an exe") is None


def test_control_characters_mean_binary() -> None:
    assert looks_binary_text("\x01\x02\x03abc\x04\x05" * 20)
    assert not looks_binary_text(AR)


@given(st.binary(max_size=2048))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    d = decode_bytes(data)
    assert isinstance(d.text, str)
    d = decode_bytes(data, http_charset="utf-8")
    assert isinstance(d.text, str)


@given(st.text(max_size=300))
def test_utf8_roundtrip(text: str) -> None:
    d = decode_bytes(text.encode("utf-8"))
    if "\x00" not in text:
        assert d.text == text or d.encoding.endswith("(guessed)")


def test_random_bytes_are_binary() -> None:
    data = os.urandom(4096)
    d = decode_bytes(data)
    assert looks_binary_text(d.text) or "\x00" in d.text
