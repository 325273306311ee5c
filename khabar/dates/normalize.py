"""Matching form of a text, with a map back to the original characters.

Dates are matched on a normalized copy of the text: Arabic-Indic and Persian digits become ASCII,
the Arabic and Persian letter variants that spellings mix (yeh, kaf, alef with hamza, taa marbuta)
are folded, the zero-width non-joiner becomes a space, and diacritics, tatweel and direction marks
are dropped. Every character kept maps to exactly one character of the original, so a match in the
normalized copy gives an exact span in the original string.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_FOLD: dict[int, str] = {}
for _zero in (0x0660, 0x06F0, 0x07C0, 0xFF10):  # Arabic-Indic, Persian, NKo, fullwidth digits
    for _i in range(10):
        _FOLD[_zero + _i] = str(_i)
for _src, _dst in {
    "ى": "ي", "ی": "ي", "ئ": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي",
    "ک": "ك", "ڪ": "ك",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ۆ": "و",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه", "ۃ": "ه",
    "\u200c": " ",  # zero-width non-joiner: a word-internal space in Persian
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u060c": "،",  # keep the Arabic comma itself
    "\u2044": "/", "\u2215": "/",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bf": "'", "\u02be": "'",
}.items():
    _FOLD[ord(_src)] = _dst

# Characters dropped from the matching form: harakat, superscript alef, tatweel, ZWJ, direction marks,
# soft hyphen, byte order mark.
_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\ufeff]")


_DROP_RUN = re.compile("(?:" + _DROP.pattern + ")+")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized copy of a text and the map back to the original offsets.

    ``cuts`` holds, for each run of dropped characters, the normalized position after which it
    was dropped and the number of characters dropped up to and including it.
    """

    original: str
    text: str
    cut_at: tuple[int, ...] = ()
    dropped: tuple[int, ...] = ()

    def offset(self, pos: int) -> int:
        """Original offset of normalized position ``pos`` (``len(text)`` maps to the original's end)."""
        if pos >= len(self.text):
            return len(self.original)
        i = bisect.bisect_right(self.cut_at, pos) - 1
        return pos + (self.dropped[i] if i >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text back to the original text.

        Marks dropped right after the last character (a tanween, a tatweel) belong to the span.
        """
        if not self.cut_at:
            return start, end
        return self.offset(start), self.offset(end) if end > start else self.offset(start)


def fold(text: str) -> str:
    """The matching form of a short string (a lexicon entry), without the offset map."""
    return _DROP.sub("", text.translate(_FOLD))


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for date matching, keeping a map to the original offsets."""
    folded = text.translate(_FOLD)  # one character for one character
    cut_at: list[int] = []
    dropped: list[int] = []
    total = 0
    for run in _DROP_RUN.finditer(folded):
        cut_at.append(run.start() - total)
        total += run.end() - run.start()
        dropped.append(total)
    if not cut_at:
        return Normalized(text, folded)
    return Normalized(text, _DROP_RUN.sub("", folded), tuple(cut_at), tuple(dropped))
