"""Turn bytes into text without ever crashing, and say how the encoding was known.

The order of evidence is:

1. a byte-order mark (UTF-32 LE/BE, UTF-8, UTF-16 LE/BE);
2. the NUL pattern of UTF-16/UTF-32 text without a BOM (ASCII markup interleaved with NULs);
3. the ``charset`` of the HTTP ``Content-Type`` header;
4. ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` in the first 4 KB;
5. strict UTF-8;
6. detection among the legacy encodings news sites use (Windows-1256, ISO-8859-6,
   Windows-1252), with charset-normalizer and a mixed-script sanity check.

A declared charset (steps 3-4) is trusted unless the bytes are invalid in it; a legacy
single-byte declaration on bytes that are valid, non-ASCII UTF-8 yields to UTF-8 (a common
CMS mistake). Guesses (steps 2 and 6, or a declaration overruled) set ``guessed``; invalid
sequences are replaced with U+FFFD and counted in ``replaced``.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

__all__ = ["Decoded", "decode_bytes", "sniff_binary", "looks_binary_text", "charset_from_content_type"]

LOGGER = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le (bom)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be (bom)"),
    (codecs.BOM_UTF8, "utf-8", "utf-8 (bom)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le (bom)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be (bom)"),
)

#: Labels browsers treat as Windows-1252 (WHATWG encoding standard).
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819"}

#: Candidates for detection when nothing is declared.
_DETECT = ("cp1256", "iso8859_6", "cp1252")

_META_RE = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_CT_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.IGNORECASE)

#: File signatures of formats that are certainly not text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O / Java class"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00asm", "WebAssembly"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)
_RIFF = b"RIFF"


@dataclass
class Decoded:
    """Text decoded from bytes, with the encoding label and how sure we are."""

    text: str
    encoding: str  # e.g. "utf-8 (bom)", "windows-1256 (meta)", "windows-1256 (guessed)"
    guessed: bool = False
    replaced: int = 0  # number of U+FFFD introduced for invalid sequences
    note: str = ""  # why a declaration was overruled, if it was


def charset_from_content_type(value: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if any."""
    if not value:
        return None
    m = _CT_CHARSET_RE.search(value)
    return m.group(1) if m else None


def sniff_binary(head: bytes) -> str | None:
    """Name of a binary format recognised from the first bytes, else None."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if name == "Windows executable" and b"PE\x00\x00" not in head[:1024]:
                continue  # "MZ" alone is too weak: a text file could start with it
            return name
    if head.startswith(_RIFF) and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if len(head) > 8 and head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _codec_name(label: str) -> str | None:
    """Python codec name for a charset label, mapping WHATWG aliases; None if unknown."""
    low = label.strip().lower()
    if low in _AS_1252:
        low = "cp1252"
    if low in ("unicode", "utf-16"):  # a BOM would have been found; UTF-16 without one is LE in practice
        low = "utf-16-le"
    if low in ("x-user-defined",):
        return None
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def _pretty(codec: str) -> str:
    """Human label for a Python codec name."""
    codec = _codec_name(codec) or codec
    return {
        "cp1256": "windows-1256",
        "cp1252": "windows-1252",
        "iso8859-6": "iso-8859-6",
        "utf-8": "utf-8",
        "utf-16-le": "utf-16-le",
        "utf-16-be": "utf-16-be",
    }.get(codec, codec)


def _nul_pattern(data: bytes) -> str | None:
    """Codec for UTF-16/32 text without BOM, recognised by NULs in alternate positions."""
    sample = data[:8192]
    n = len(sample)
    if n < 8 or sample.count(0) < max(2, n // 100):
        return None
    quads = n // 4
    if quads >= 4:
        pos = [sample[i::4][:quads].count(0) / quads for i in range(4)]
        if pos[2] > 0.95 and pos[3] > 0.95 and pos[1] > 0.5:
            return "utf-32-le"
        if pos[0] > 0.95 and pos[1] > 0.95 and pos[2] > 0.5:
            return "utf-32-be"
    half = n // 2
    evens, odds = sample[0::2][:half], sample[1::2][:half]
    even, odd = evens.count(0) / half, odds.count(0) / half
    if odd > 0.2 and even < 0.02:
        return "utf-16-le"
    if even > 0.2 and odd < 0.02:
        return "utf-16-be"
    # Arabic or Persian text: the high bytes are nearly all 0x06 (letters) or 0x00 (spaces).
    if odd > 0.02 and even < 0.01 and _concentrated(odds) and not _concentrated(evens):
        return "utf-16-le" if _strict(sample[: half * 2], "utf-16-le") is not None else None
    if even > 0.02 and odd < 0.01 and _concentrated(evens) and not _concentrated(odds):
        return "utf-16-be" if _strict(sample[: half * 2], "utf-16-be") is not None else None
    return None


def _concentrated(data: bytes) -> bool:
    """True when three byte values make up 90% of ``data`` (the high bytes of UTF-16 text)."""
    counts = sorted((data.count(b) for b in set(data)), reverse=True)
    return sum(counts[:3]) >= 0.9 * len(data)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(data: bytes, codec: str) -> tuple[str, int]:
    """Decode replacing invalid sequences; also return how many were replaced."""
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad:
        bad -= data.decode(codec, errors="ignore").count("\ufffd")  # U+FFFD present in the input
    return text, max(0, bad)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken sequences (a damaged UTF-8 page), else None."""
    text, bad = _lenient(data, "utf-8")
    if not bad:
        return text, 0
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if multibyte > 0 and bad / (multibyte + bad) < 0.1:
        return text, bad
    return None


_LATIN_EXT = re.compile(r"[\u00c0-\u024f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_MIXED = re.compile(r"[\u0600-\u06ff][\u00c0-\u024f]|[\u00c0-\u024f][\u0600-\u06ff]")


def _mixed_score(text: str) -> float:
    """Share of letters that sit in an implausible Arabic/Latin-accent mix (lower is better)."""
    letters = len(_LATIN_EXT.findall(text)) + len(_ARABIC.findall(text))
    if not letters:
        return 0.0
    return len(_MIXED.findall(text)) / letters


def _detect(data: bytes) -> tuple[str, str] | None:
    """Pick a legacy encoding: charset-normalizer over the candidates, checked for script mixing."""
    candidates: list[tuple[str, str]] = []
    for codec in _DETECT:
        text = _strict(data, codec)
        if text is not None:
            candidates.append((codec, text))
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    try:
        best = from_bytes(data[:65536], cp_isolation=[c for c, _ in candidates]).best()
    except Exception:  # pragma: no cover - the detector must never break ingest
        LOGGER.debug("charset-normalizer failed", exc_info=True)
        best = None
    ranked = sorted(candidates, key=lambda ct: _mixed_score(ct[1][:65536]))
    if best is not None:
        chosen = _codec_name(best.encoding)
        for codec, text in candidates:
            if codec == chosen and _mixed_score(text[:65536]) <= _mixed_score(ranked[0][1][:65536]) + 0.01:
                return codec, text
    return ranked[0]


def decode_bytes(data: bytes, http_charset: str | None = None, *, sniff_meta: bool = True) -> Decoded:
    """Decode ``data`` following the documented order of evidence. Never raises."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text, bad = _lenient(data[len(bom) :], codec)
            return Decoded(text, label, replaced=bad)

    nul = _nul_pattern(data)
    if nul:
        text, bad = _lenient(data, nul)
        return Decoded(text, f"{nul} (guessed)", guessed=True, replaced=bad)

    declared: list[tuple[str, str]] = []
    if http_charset:
        declared.append((http_charset, "http"))
    if sniff_meta:
        m = _META_RE.search(data[:4096])
        if m:
            declared.append((m.group(1).decode("ascii", "replace"), "meta"))
    note = ""
    for label, how in declared:
        codec = _codec_name(label)
        if codec is None:
            note = f"unknown charset {label!r} ignored"
            continue
        if codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            continue  # a UTF-16 declaration readable in ASCII is false (the NUL test failed)
        text = _strict(data, codec)
        if text is not None:
            if codec != "utf-8" and not data.isascii():
                utf8 = _strict(data, "utf-8")
                if utf8 is not None:  # valid non-ASCII UTF-8 is no accident
                    return Decoded(
                        utf8,
                        f"utf-8 ({how} said {_pretty(codec)})",
                        guessed=True,
                        note=f"declared {_pretty(codec)} but the bytes are UTF-8",
                    )
            return Decoded(text, f"{_pretty(codec)} ({how})")
        note = f"declared {_pretty(codec)} ({how}) but the bytes are invalid in it"
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return Decoded(utf8, f"utf-8 ({how} said {_pretty(codec)})", guessed=True, note=note)
        if codec == "utf-8":
            damaged = _mostly_utf8(data)
            if damaged is not None:
                return Decoded(damaged[0], f"utf-8 ({how})", replaced=damaged[1])
        found = _detect(data) if codec == "utf-8" else None
        if found is not None:
            return Decoded(found[1], f"{_pretty(found[0])} (guessed)", guessed=True, note=note)
        text, bad = _lenient(data, codec)
        return Decoded(text, f"{_pretty(codec)} ({how})", replaced=bad, note=note)

    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", note=note)
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return Decoded(damaged[0], "utf-8", replaced=damaged[1], note=note)
    found = _detect(data)
    if found is not None:
        return Decoded(found[1], f"{_pretty(found[0])} (guessed)", guessed=True, note=note)
    text, bad = _lenient(data, "utf-8")
    return Decoded(text, "utf-8 (invalid)", replaced=bad, note=note)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def looks_binary_text(text: str, sample: int = 8192) -> bool:
    """True when decoded text is mostly control characters or replacement marks."""
    head = text[:sample]
    if not head:
        return False
    return len(_CONTROL.findall(head)) / len(head) > 0.05
