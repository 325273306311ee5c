"""Sentence splitting for Arabic, Persian and English news text.

:func:`split_sentences` returns ``(start, end)`` spans into the *original* string, with the
surrounding whitespace and invisible format characters stripped. It never raises.

Rules:

- hard boundaries: line and paragraph breaks;
- sentence ends: ``. ! ? ؟ … ۔`` (runs such as ``?!`` or ``...`` count once), together with the
  closing quotes and brackets that follow, when whitespace or the end follows. In Arabic script a
  sentence end directly followed by a letter ("انتهى.وقال") also counts, unless it follows a single
  letter ("د.محمد");
- not a sentence end: a dot after an abbreviation ("Dr.", "U.S.", "e.g.", "د.", "2021م.",
  "1443هـ.", "ق.م."), after a single letter (initials "J. K. Rowling"), after a list number at
  the start of a sentence ("1."), before a lower-case Latin word ("etc. and"), a decimal number
  (3.5 and ٣٫٥ are never followed by whitespace);
- not inside quotes («...», “...”, "...") unless the end mark is followed by the closing quote,
  which then ends the sentence with it. A quote left open for more than
  ``QUOTE_SPAN_LIMIT`` characters is assumed unbalanced and ignored from then on;
- the Arabic comma "،" never splits. The semicolons "؛" and ";" are *soft* boundaries: a sentence
  longer than ``SOFT_LIMIT`` characters is cut after them;
- a sentence longer than ``MAX_LENGTH`` characters (text without punctuation) is cut at the last
  comma or whitespace before that length, or hard at that length if there is none;
- spans without any letter or digit ("***", "—") are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque

from khabar.lang.ar import norm as ar_norm
from khabar.lang.en import norm as en_norm
from khabar.lang.fa import norm as fa_norm

__all__ = ["split_sentences", "SOFT_LIMIT", "MAX_LENGTH", "QUOTE_SPAN_LIMIT"]

#: Sentences longer than this are also cut after "؛" / ";".
SOFT_LIMIT = 400
#: No sentence is longer than this many characters.
MAX_LENGTH = 1000
#: A quote open for longer than this is treated as unbalanced.
QUOTE_SPAN_LIMIT = 600

_TERMINATORS = ".!?…۔" + ar_norm.SENTENCE_END + fa_norm.SENTENCE_END
_SOFT = ";" + ar_norm.SOFT_BOUNDARY + fa_norm.SOFT_BOUNDARY
_CLOSERS = "»”\"’')]}"
_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"
_EVENT_RE = re.compile(f"([{_BREAKS}]+)|([«»“”\"])|([{re.escape(_TERMINATORS)}]+)")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_ACRONYM_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
_EDGE_JUNK = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f" \
    "\u3000\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff" \
    "\u061c\u00ad" + _BREAKS
_OPENERS = "«“\"'‘([{"
_ABBREVIATIONS = ar_norm.ABBREVIATIONS | fa_norm.ABBREVIATIONS | en_norm.ABBREVIATIONS
_SOFT_MIN_PIECE = 40
_TOKEN_LOOKBACK = 64  # longest token examined before a dot (keeps the scan linear)


def _has_content(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _token_before(text: str, pos: int) -> tuple[int, str]:
    """The whitespace-delimited token ending at ``pos`` (opening punctuation removed)."""
    k = pos
    floor = max(0, pos - _TOKEN_LOOKBACK)
    while k > floor and not text[k - 1].isspace():
        k -= 1
    return k, text[k:pos].lstrip(_OPENERS)


def _next_char(text: str, pos: int) -> str:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return text[pos] if pos < n else ""


def _is_abbreviation(text: str, dot: int, sentence_start: int) -> bool:
    """Whether the single dot at ``dot`` belongs to an abbreviation, initial or list number."""
    k, token = _token_before(text, dot)
    if not token:
        return False
    if token.isdigit():
        return not text[sentence_start:k].strip()  # "1." opening a list item
    word = token.lstrip("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
    if word != token and word in _ABBREVIATIONS:
        return True  # 2021م. / 1443هـ.
    if len(word) == 1 and word.isalpha():
        return True
    lower = word.lower()
    if lower in _ABBREVIATIONS or word in _ABBREVIATIONS or _ACRONYM_RE.match(word):
        return True
    return lower in en_norm.ABBREVIATIONS_BEFORE_NUMBER and _next_char(text, dot + 1).isdigit()


class _Quotes:
    """Open-quote state while scanning one line."""

    def __init__(self) -> None:
        self.guillemets: deque[int] = deque()  # positions of open «
        self.double: int | None = None  # position of an open “ or "

    def update(self, text: str, pos: int) -> None:
        ch = text[pos]
        if ch == "«":
            self.guillemets.append(pos)
        elif ch == "»":
            if self.guillemets:
                self.guillemets.pop()
        else:  # “ ” " : typists mix them up, so their side is read from the context
            before = text[pos - 1] if pos > 0 else " "
            after = text[pos + 1] if pos + 1 < len(text) else " "
            opens = before.isspace() or before in "([{:،,"
            closes = after.isspace() or not after.isalnum()
            if opens and not closes:
                self.double = pos
            elif closes and not opens:
                self.double = None
            else:
                self.double = pos if self.double is None else None

    def close(self, ch: str) -> None:
        """A quote mark right after a sentence end: it can only close a quote."""
        if ch == "»":
            if self.guillemets:
                self.guillemets.pop()
        elif ch != "«":
            self.double = None

    def inside(self, pos: int) -> bool:
        while self.guillemets and pos - self.guillemets[0] > QUOTE_SPAN_LIMIT:
            self.guillemets.popleft()
        if self.double is not None and pos - self.double > QUOTE_SPAN_LIMIT:
            self.double = None
        return bool(self.guillemets) or self.double is not None


def _boundaries(text: str) -> list[int]:
    """Cut positions (hard and sentence-final), in increasing order."""
    cuts: list[int] = []
    quotes = _Quotes()
    sentence_start = 0
    n = len(text)
    pos = 0
    while True:
        match = _EVENT_RE.search(text, pos)
        if match is None:
            break
        start, end = match.span()
        pos = end
        if match.group(1):
            cuts.append(start)
            sentence_start = end
            quotes = _Quotes()
            continue
        if match.group(2):
            quotes.update(text, start)
            continue
        cluster = match.group(3)
        # closing quotes and brackets right after the end mark belong to this sentence
        while end < n and text[end] in _CLOSERS:
            quotes.close(text[end])
            end += 1
        pos = end
        if quotes.inside(end):
            continue
        follower = text[end] if end < n else ""
        if follower and not follower.isspace():
            if not (_ARABIC_LETTER_RE.match(follower) and start > 0 and _ARABIC_LETTER_RE.match(text[start - 1])):
                continue
            if start < 2 or not _ARABIC_LETTER_RE.match(text[start - 2]):
                continue  # "د.محمد": a single letter before the dot is an abbreviation
        nxt = _next_char(text, end)
        if "a" <= nxt <= "z":
            continue
        if cluster == "." and _is_abbreviation(text, start, sentence_start):
            continue
        cuts.append(end)
        sentence_start = end
    return cuts


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _EDGE_JUNK or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_JUNK or text[end - 1].isspace()):
        end -= 1
    return start, end


def _soft_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long sentence after semicolons (pieces of at least ``_SOFT_MIN_PIECE`` characters)."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end):
        if text[i] in _SOFT and i + 1 - piece_start >= _SOFT_MIN_PIECE and end - (i + 1) >= _SOFT_MIN_PIECE:
            pieces.append((piece_start, i + 1))
            piece_start = i + 1
    pieces.append((piece_start, end))
    return pieces


def _chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence longer than ``MAX_LENGTH`` at commas or whitespace."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_LENGTH:
        limit = start + MAX_LENGTH
        cut = -1
        half = start + MAX_LENGTH // 2
        for i in range(limit - 1, half, -1):
            if text[i] in ",،;؛:" and text[i + 1].isspace():
                cut = i + 1
                break
        if cut < 0:
            for i in range(limit, start, -1):
                if text[i].isspace():
                    cut = i
                    break
        if cut <= start:
            cut = limit
            while cut > start + 1 and unicodedata.combining(text[cut]):
                cut -= 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; ``(start, end)`` spans into ``text``, in order, stripped,
    non-overlapping and non-empty. ``lang`` is accepted for future language-specific rules; the
    abbreviation lists of all three languages apply to any text, since news mixes scripts."""
    del lang  # the rules are script-based today
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*_boundaries(text), len(text)]:
        start, end = _strip(text, prev, cut)
        prev = cut
        if start >= end:
            continue
        pieces = _soft_split(text, start, end) if end - start > SOFT_LIMIT else [(start, end)]
        for p_start, p_end in pieces:
            for c_start, c_end in _chunk(text, p_start, p_end) if p_end - p_start > MAX_LENGTH else [(p_start, p_end)]:
                s, e = _strip(text, c_start, c_end)
                if s < e and _has_content(text[s:e]):
                    spans.append((s, e))
    return spans
