"""Normalization of Arabic, Persian and English text into *matching keys*, with offsets back.

The normalized text is never shown: it is the key used for dictionary look-ups, name matching and
full-text search. Every character of it records where it came from in the original, so a match
found in the key maps back to the exact characters of the display text.

Rules (all languages): Arabic presentation forms and other compatibility characters to their base
letters (NFKC on those blocks only), no tatweel, no harakat or Quranic marks, no bidi or format
controls, Arabic-Indic and Persian digits to ASCII, every whitespace run to one space (the result
is stripped), Latin case-folded and without diacritics, quotes and dashes unified. Per-language
letter choices are documented in ``khabar/lang/<lang>/norm.py``; Persian also gets its zero-width
non-joiners cleaned and restored (:mod:`khabar.text.zwnj`).

The pipeline runs in phases, each producing a string and an offset list:

1. character mapping (``str.translate`` plus a regex for the few deleted/expanded characters);
2. Persian only: removal of ZWNJ where it is invisible or misplaced;
3. whitespace collapsing;
4. Persian only: ZWNJ restoration by lexicon and rules, joining "می گوید" -> "می‌گوید".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.text.chars import CharTable, table_for

__all__ = ["Normalized", "normalize", "normalize_key"]

# An edit replaces s[start:end] by text whose characters come from the given original offsets.
Edit = tuple[int, int, str, Sequence[int]]

_SPACE_RUN = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized key and its map back to the original text.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the index in the original of the
    character that produced ``text[i]``, and ``offsets[-1]`` is the length of the original. The
    entries never decrease.
    """

    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to a span ``(o_start, o_end)`` of the original.

        The original span covers every character that produced the key span, including marks and
        controls that normalization deleted after its last character. Raises ``ValueError`` for a
        span outside ``0 <= start <= end <= len(text)``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside normalized text of length {n}")
        offsets = self.offsets
        o_start = offsets[start]
        if start == end:
            return o_start, o_start
        o_end = offsets[end]
        last = offsets[end - 1]
        if o_end == last and self.text[end - 1] != "\u200c":
            # the span ends inside the expansion of one original character (e.g. ﷲ -> الله):
            # extend to the end of that character
            k = end
            while k < n and offsets[k] == last:
                k += 1
            o_end = offsets[k]
        return o_start, max(o_end, o_start)


def apply_edits(s: str, offsets: list[int] | None, edits: list[Edit]) -> tuple[str, list[int] | None]:
    """Apply sorted, non-overlapping edits to ``s`` and its offsets (``None`` = identity)."""
    if not edits:
        return s, offsets
    if offsets is None:
        offsets = list(range(len(s) + 1))
    pieces: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for start, end, repl, repl_offsets in edits:
        if start > pos:
            pieces.append(s[pos:start])
            new_offsets.extend(offsets[pos:start])
        if repl:
            pieces.append(repl)
            new_offsets.extend(repl_offsets)
        pos = end
    pieces.append(s[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(pieces), new_offsets


def _map_chars(text: str, table: CharTable) -> tuple[str, list[int] | None]:
    """Phase 1: per-character mapping, with offsets."""
    mapped = text.translate(table.one_to_one)
    special = table.special
    edits: list[Edit] = []
    for match in table.special_re.finditer(text):
        start, end = match.span()
        if end - start == 1:
            value = special[text[start]]
            edits.append((start, end, value, [start] * len(value)))
            continue
        parts: list[str] = []
        part_offsets: list[int] = []
        for i in range(start, end):
            value = special[text[i]]
            if value:
                parts.append(value)
                part_offsets.extend([i] * len(value))
        edits.append((start, end, "".join(parts), part_offsets))
    return apply_edits(mapped, None, edits)


def _collapse_spaces(s: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """Phase 3: one space for every run, none at the ends (all whitespace is a space by now)."""
    if "  " not in s and not s.startswith(" ") and not s.endswith(" "):
        return s, offsets
    edits: list[Edit] = []
    n = len(s)
    lead = n - len(s.lstrip(" "))
    if lead == n:
        return apply_edits(s, offsets, [(0, n, "", ())])
    if lead:
        edits.append((0, lead, "", ()))
    trail_start = len(s.rstrip(" "))
    for match in _SPACE_RUN.finditer(s, lead, trail_start):
        edits.append((match.start() + 1, match.end(), "", ()))
    if trail_start < n:
        edits.append((trail_start, n, "", ()))
    return apply_edits(s, offsets, edits)


def normalize(text: str, lang: str) -> Normalized:
    """Normalize ``text`` of language ``lang`` ("ar", "fa", "en"; others get the shared rules only)
    into a matching key with offsets back into ``text``. Idempotent: normalizing the key again
    gives the same key."""
    table = table_for(lang)
    s, offsets = _map_chars(text, table)
    if table.keep_zwnj:
        from khabar.text import zwnj

        s, offsets = apply_edits(s, offsets, zwnj.cleanup_edits(s))
        s, offsets = _collapse_spaces(s, offsets)
        s, offsets = apply_edits(s, offsets, zwnj.restore_edits(s, offsets))
    else:
        s, offsets = _collapse_spaces(s, offsets)
    if offsets is None:
        return Normalized(s, tuple(range(len(s) + 1)))
    return Normalized(s, tuple(offsets))


def normalize_key(text: str, lang: str) -> str:
    """The normalized key only: ``normalize(text, lang).text``, for dictionary keys and FTS."""
    table = table_for(lang)
    if table.keep_zwnj:
        return normalize(text, lang).text
    mapped = text.translate(table.full)
    if "  " in mapped or mapped.startswith(" ") or mapped.endswith(" "):
        mapped = _SPACE_RUN.sub(" ", mapped).strip(" ")
    return mapped
