"""Matching keys for place names: one key space for Arabic, Persian and Latin script.

A place name and a stretch of text match when their *keys* are equal. A key is the normalized
text (:func:`khabar.text.normalize.normalize` with its script-neutral rules: no diacritics,
tatweel or controls, digits to ASCII, Latin case-folded) passed through :data:`FOLD`, a one-to-one
character map that unifies alef, ya, kaf and ta marbuta across Arabic and Persian (the choices of
``khabar/lang/ar/norm.py``, applied to both). Because
the fold maps one character to one character, offsets computed by ``normalize`` stay valid.

Keys are sequences of *tokens* (runs of letters and digits) joined by one space, so "Salah
al-Din", "Salah al Din" and "salah-al-din" share the key ``salah al din``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from khabar.text.chars import table_for
from khabar.text.normalize import Normalized, normalize

__all__ = [
    "FOLD",
    "Token",
    "arabic_clitic_variants",
    "fold",
    "is_arabic_script",
    "letters",
    "name_keys",
    "persian_suffix_variants",
    "TextKey",
    "text_key",
    "tokenize_key",
]

ZWNJ = "\u200c"

#: One-to-one fold applied after normalization: Persian and Arabic letter choices merged, and the
#: zero-width non-joiner treated as a word boundary (Persian writes "عین‌الاسد" or "عین الاسد").
FOLD = str.maketrans({
    "ی": "ي", "ى": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ۂ": "ه",
    "ؤ": "و",
    "\u200c": " ",
})

_TOKEN = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# A gap between two tokens that a multi-word name may span: spaces, hyphens, apostrophes, and the
# dot of an abbreviation ("U.S.", "St. Louis").
_GAP_OK = re.compile(r"^[ \-'.]*$")
# Abbreviations written with a dot inside place names ("St. Louis", "Mt. Lebanon").
_ABBREVIATIONS = frozenset({"st", "mt", "ft", "ste", "pt"})

#: Arabic conjunctions and prepositions written attached to the next word, in the order they stack.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")


def _compose() -> dict[int, str | None]:
    """The English (script-neutral) normalization table followed by :data:`FOLD`, as one table
    for :meth:`str.translate` (used for names, which need no offsets)."""
    full = dict(table_for("en").full)
    out: dict[int, str | None] = {}
    for cp, value in full.items():
        out[cp] = value.translate(FOLD) if value else None
    for cp, value in FOLD.items():
        if cp not in out:
            out[cp] = value
    out[ord(ZWNJ)] = " "  # a word boundary in keys (the English table deletes it)
    return out


_NAME_TABLE = _compose()


def fold(key: str) -> str:
    """Apply :data:`FOLD` to an already normalized key."""
    return key.translate(FOLD)


def is_arabic_script(s: str) -> bool:
    return bool(_ARABIC.search(s))


def letters(key: str) -> int:
    """Number of letters and digits in a tokenized key (spaces excluded)."""
    return len(key) - key.count(" ")


def tokenize_key(key: str) -> str:
    """Tokens of a folded key joined by one space."""
    return " ".join(_TOKEN.findall(key))


def name_keys(name: str) -> set[str]:
    """Every key of one written name: normalized, folded, tokenized.

    A zero-width non-joiner counts as a word boundary ("عین‌الاسد" -> ``عين الاسد``); the joined
    reading (``عينالاسد``) is a second key, for texts that drop it.
    """
    out = set()
    key = " ".join(_TOKEN.findall(name.translate(_NAME_TABLE)))
    if key:
        out.add(key)
    if ZWNJ in name:
        joined = " ".join(_TOKEN.findall(name.replace(ZWNJ, "").translate(_NAME_TABLE)))
        if joined:
            out.add(joined)
    return out


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the folded text: ``text[start:end]`` in key coordinates."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextKey:
    """A text's folded key, its tokens, and the map back to the original."""

    norm: Normalized
    key: str
    tokens: tuple[Token, ...]

    def joinable(self, i: int) -> bool:
        """True when token ``i`` and token ``i + 1`` may belong to one name (no punctuation
        between them other than spaces, hyphens, apostrophes or an abbreviation dot)."""
        a, b = self.tokens[i], self.tokens[i + 1]
        gap = self.key[a.end : b.start]
        if not _GAP_OK.match(gap):
            return False
        return "." not in gap or len(a.text) == 1 or a.text in _ABBREVIATIONS

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the key span ``[start, end)``."""
        return self.norm.to_original(start, end)


def text_key(text: str) -> TextKey:
    """Normalize, fold and tokenize a whole text, keeping offsets back to ``text``.

    One normalization serves every language: the script-neutral rules of
    :func:`~khabar.text.normalize.normalize` (marks, tatweel, controls, digits, Latin case), then
    :data:`FOLD` for the Arabic and Persian letter choices. A ZWNJ is replaced by a space first (a
    one-to-one change, so offsets into the replaced text are offsets into ``text``).
    """
    norm = normalize(text.replace(ZWNJ, " "), "en")
    key = norm.text.translate(FOLD)
    tokens = tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(key))
    return TextKey(norm, key, tokens)


def arabic_clitic_variants(token: str) -> Iterator[tuple[str, int, str]]:
    """Readings of an Arabic token with attached clitics removed.

    Yields ``(stem, skip, clitic)``: the stem to look up, how many characters of the token the
    clitic occupies (the mention starts after them), and the clitic itself. The bare token comes
    first. "وببغداد" -> ("وببغداد", 0, ""), ("ببغداد", 1, "و"), ("بغداد", 2, "وب"); "للبصره" ->
    ("البصره", 1, "لل") (ل + ال: the alef of the article is not written).
    """
    yield token, 0, ""
    for conj in _CONJ:
        for prep in _PREP:
            clitic = conj + prep
            if clitic and token.startswith(clitic) and len(token) - len(clitic) >= 2:
                yield token[len(clitic) :], len(clitic), clitic
        lil = conj + "لل"
        if token.startswith(lil) and len(token) - len(lil) >= 2:
            yield "ال" + token[len(lil) :], len(lil) - 1, lil


#: Persian endings written attached to a name: the ezafe ی after a vowel ("آمریکای لاتین").
_FA_SUFFIXES = ("ي",)


def persian_suffix_variants(token: str) -> Iterator[tuple[str, int]]:
    """Readings of a Persian token without an attached ezafe: yields ``(stem, cut)``."""
    yield token, 0
    for suffix in _FA_SUFFIXES:
        if token.endswith(suffix) and len(token) > 3 and token[-2] in "او":
            yield token[: -len(suffix)], len(suffix)
