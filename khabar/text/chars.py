"""Character tables for key normalization, built once at import.

A :class:`CharTable` maps single characters of the original text to their key form. It is split
in two parts so that :func:`khabar.text.normalize.normalize` can run at C speed:

- ``one_to_one``: characters replaced by exactly one character (letters, digits, punctuation,
  whitespace -> space). Applied with :meth:`str.translate`; string length is unchanged.
- ``special``: characters deleted (marks, tatweel, format controls) or expanded to several
  characters (ligatures such as ﷲ or ﬁ). ``special_re`` finds their runs in the original.

Every table value is closed under the table itself (a fixpoint), so mapping is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from khabar.lang.ar import norm as ar_norm
from khabar.lang.en import norm as en_norm
from khabar.lang.fa import norm as fa_norm

__all__ = ["CharTable", "ZWNJ", "table_for", "map_chars"]

ZWNJ = "\u200c"

#: Characters removed from every key: Arabic harakat and Quranic marks, superscript alef,
#: tatweel, Latin combining marks, bidi and other format controls, variation selectors, controls.
_DELETE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x0008), (0x000E, 0x001B), (0x007F, 0x0084), (0x0086, 0x009F),  # C0/C1 controls
    (0x00AD, 0x00AD),  # soft hyphen
    (0x0300, 0x036F),  # Latin combining marks (also CGJ U+034F)
    (0x0610, 0x061A),  # Arabic honorific and small high marks
    (0x061C, 0x061C),  # Arabic letter mark (ALM)
    (0x0640, 0x0640),  # tatweel / kashida
    (0x064B, 0x065F),  # harakat, shadda, sukun, combining hamza/madda
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x08D3, 0x08E1), (0x08E3, 0x08FF),  # extended Arabic marks
    (0x180E, 0x180E),  # Mongolian vowel separator (format)
    (0x200B, 0x200B), (0x200D, 0x200F),  # ZWSP, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # LRE, RLE, PDF, LRO, RLO
    (0x2060, 0x2064), (0x2066, 0x206F),  # word joiner, invisible operators, LRI..PDI, deprecated
    (0xFE00, 0xFE0F), (0xFE20, 0xFE2F),  # variation selectors, combining half marks
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
)

#: Whitespace that becomes a plain space (runs are collapsed later).
_WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

#: Light unification of punctuation.
_PUNCTUATION: dict[str, str] = {
    **dict.fromkeys("«»“”„‟″‶〝〞＂❝❞", '"'),
    **dict.fromkeys("‘’‚‛′‵‹›❛❜", "'"),
    **dict.fromkeys("‐‑‒–—―⁃−﹘﹣－", "-"),
    "…": "...",
    "،": ",",  # Arabic comma
    "٬": ",",  # Arabic thousands separator
    "؛": ";",  # Arabic semicolon
    "؟": "?",  # Arabic question mark
    "٪": "%",  # Arabic percent
    "٫": ".",  # Arabic decimal separator
    "۔": ".",  # Urdu full stop
    "٭": "*",
}

#: Arabic-Indic and Extended (Persian/Urdu) digits -> ASCII.
_DIGITS: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}

#: Blocks where compatibility decomposition (NFKC) is applied: Latin and Hebrew presentation
#: forms, Arabic presentation forms A and B, small and vertical forms, fullwidth ASCII.
_NFKC_RANGES: tuple[tuple[int, int], ...] = (
    (0xFB00, 0xFB4F), (0xFB50, 0xFDFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFE70, 0xFEFE),
    (0xFF01, 0xFF5E),
)

#: Precomposed Latin letters whose diacritics are stripped.
_LATIN_RANGES: tuple[tuple[int, int], ...] = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))

#: Blocks of cased scripts where case folding is applied.
_CASEFOLD_RANGES: tuple[tuple[int, int], ...] = (
    (0x0041, 0x005A), (0x00B5, 0x00B5), (0x00C0, 0x052F), (0x1E00, 0x1FFF), (0x2C00, 0x2C7F),
    (0xA640, 0xA69F), (0xA720, 0xA7FF), (0xFF21, 0xFF3A),
)


@dataclass(frozen=True)
class CharTable:
    """Per-language character mapping (see the module docstring)."""

    lang: str
    one_to_one: dict[int, int]
    special: dict[str, str]
    special_re: re.Pattern[str]
    full: dict[int, str | None]
    keep_zwnj: bool


def _strip_latin(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold()


def _base_map() -> dict[str, str]:
    """Rules shared by all languages, before the fixpoint."""
    table: dict[str, str] = {}
    for lo, hi in _NFKC_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch:
                table[ch] = nf
    for lo, hi in _CASEFOLD_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = ch.casefold()
            if folded != ch:
                table[ch] = folded
    for lo, hi in _LATIN_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch).startswith("L"):
                stripped = _strip_latin(ch)
                if stripped != ch and stripped:
                    table[ch] = stripped
    table.update(en_norm.LATIN_EXTRA)
    table.update(_PUNCTUATION)
    table.update(_DIGITS)
    for ch in _WHITESPACE:
        table[ch] = " "
    for lo, hi in _DELETE_RANGES:
        for cp in range(lo, hi + 1):
            table[chr(cp)] = ""
    return table


def _closure(table: dict[str, str]) -> dict[int, str | None]:
    """Apply the table to its own values until nothing changes, so mapping is idempotent."""
    trans: dict[int, str | None] = {ord(k): v for k, v in table.items()}
    for _ in range(8):
        changed = False
        for key, value in trans.items():
            if value:
                new = value.translate(trans)
                if new.strip() == "" and not chr(key).isspace():
                    new = ""  # e.g. an isolated shadda form: marks only, no letter
                if new != value:
                    trans[key] = new
                    changed = True
        if not changed:
            break
    else:  # pragma: no cover - would mean a cycle in the tables
        raise RuntimeError("character table does not converge")
    result: dict[int, str | None] = {}
    for key, value in trans.items():
        if value == chr(key):
            continue
        result[key] = value if value else None
    return result


def _char_class(codepoints: list[int]) -> str:
    """A regex character class body for the given code points, with ranges merged."""
    parts: list[str] = []
    cps = sorted(codepoints)
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


def _build(lang: str, base: dict[str, str], letters: dict[str, str], keep_zwnj: bool) -> CharTable:
    base = dict(base)
    base.update(letters)
    if not keep_zwnj:
        base[ZWNJ] = ""
    full = _closure(base)
    one_to_one: dict[int, int] = {}
    special: dict[str, str] = {}
    for key, value in full.items():
        if value is not None and len(value) == 1:
            one_to_one[key] = ord(value)
        else:
            special[chr(key)] = value or ""
    pattern = re.compile(f"[{_char_class([ord(c) for c in special])}]+")
    return CharTable(lang, one_to_one, special, pattern, full, keep_zwnj)


_BASE = _base_map()
_TABLES: dict[str, CharTable] = {
    "ar": _build("ar", _BASE, ar_norm.LETTER_MAP, ar_norm.KEEP_ZWNJ),
    "fa": _build("fa", _BASE, fa_norm.LETTER_MAP, fa_norm.KEEP_ZWNJ),
    "en": _build("en", _BASE, {}, en_norm.KEEP_ZWNJ),
}
del _BASE


def table_for(lang: str) -> CharTable:
    """The table for a language code ("ar", "fa-IR", "EN" ...); other languages use the English
    (script-neutral) table: Latin folding and the shared Arabic-script cleanup, no letter merging."""
    code = (lang or "").split("-")[0].split("_")[0].lower()
    return _TABLES.get(code, _TABLES["en"])


def map_chars(text: str, lang: str) -> str:
    """Character mapping only (no whitespace collapsing, no offsets). Used to prepare lexicons."""
    return text.translate(table_for(lang).full)
