"""Tokens and words of a document in the unified key space, with offsets back to the display text.

A document is normalized once (:func:`khabar.text.normalize.normalize`), folded with
:func:`khabar.entities.keys.unify` (one character for one, so offsets are kept) and split into
**tokens** (runs of letters and digits; a ZWNJ splits tokens) and **words** (tokens joined by a
ZWNJ or nothing form one word: "خطیب‌زاده"). Knowledge-base matching walks tokens, so joined,
spaced and ZWNJ spellings agree; the name rules read words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from khabar.entities.keys import unify
from khabar.text.normalize import Normalized, normalize

__all__ = ["Token", "Word", "Analyzed", "analyze", "trim_span"]

_TOKEN_RE = re.compile(r"[^\W_]+")
ZWNJ = "\u200c"


@dataclass(frozen=True, slots=True)
class Token:
    """A run of letters/digits in the unified key: ``text`` and its ``[start, end)`` there."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Word:
    """Tokens joined by ZWNJ: ``key`` is their concatenation; ``gap`` the text before the word
    (spaces and punctuation since the previous word, stripped of spaces)."""

    key: str
    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    gap: str


@dataclass
class Analyzed:
    """A document ready for matching."""

    original: str
    lang: str
    norm: Normalized
    unified: str
    tokens: list[Token]
    words: list[Word]
    tok_word: list[int] = field(default_factory=list)  # token index -> word index
    _norm_starts: list[int] = field(default_factory=list, repr=False)
    _norm_ends: list[int] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)
    _orig_ends: list[int] = field(default_factory=list, repr=False)

    def words_in(self, start: int, end: int, original: bool = False) -> range:
        """Indexes of the words overlapping ``[start, end)`` (normalized offsets, or original ones)."""
        if original:
            if not self._orig_starts:
                spans = [self.span(w.start, w.end) for w in self.words]
                self._orig_starts = [s for s, _ in spans]
                self._orig_ends = [e for _, e in spans]
            starts, ends = self._orig_starts, self._orig_ends
        else:
            if not self._norm_starts:
                self._norm_starts = [w.start for w in self.words]
                self._norm_ends = [w.end for w in self.words]
            starts, ends = self._norm_starts, self._norm_ends
        lo = bisect.bisect_right(ends, start)
        hi = bisect.bisect_left(starts, end)
        return range(lo, max(lo, hi))

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span, trimmed of invisible characters."""
        s, e = self.norm.to_original(nstart, nend)
        return trim_span(self.original, s, e)


_INVISIBLE_CATS = {"Cf", "Zs", "Zl", "Zp", "Cc"}


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATS or ch == "\u0640"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop format characters (RLM, LRM, ZWNJ...), tatweel and spaces at both ends of a span.
    Combining marks after the last letter stay: they belong to it."""
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return start, end


def analyze(text: str, lang: str) -> Analyzed:
    """Normalize, unify and tokenize ``text`` written in ``lang``."""
    norm = normalize(text, lang)
    normalized = norm.text
    unified = unify(normalized)
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(unified)]
    words: list[Word] = []
    tok_word: list[int] = []
    i = 0
    prev_end = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and tokens[j].start == tokens[j - 1].end + 1 and normalized[tokens[j - 1].end] == ZWNJ:
            j += 1
        gap = normalized[prev_end:tokens[i].start].replace(" ", "").replace(ZWNJ, "")
        words.append(Word("".join(t.text for t in tokens[i:j]), tokens[i].start, tokens[j - 1].end, i, j, gap))
        tok_word.extend([len(words) - 1] * (j - i))
        prev_end = tokens[j - 1].end
        i = j
    return Analyzed(text, lang, norm, unified, tokens, words, tok_word)
