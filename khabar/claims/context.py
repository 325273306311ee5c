"""The per-document working state of claim finding: the normalized key, mentions and quotes.

All positions inside :mod:`khabar.claims` are offsets into the normalized key (see
:mod:`khabar.text.normalize`); they are mapped back to ``Document.text`` only when a claim's span
is written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from khabar.claims.lexicon import Lexicon
from khabar.document import Mention
from khabar.kb import KnowledgeBase
from khabar.text.normalize import normalize

__all__ = ["KMention", "Word", "Context", "OUTLET_KINDS"]

#: Knowledge-base kinds of entities that publish news (the outer voice of a claim).
OUTLET_KINDS = frozenset({"media", "agency"})

#: Quotation marks: opening -> closing. Straight double quotes pair with themselves.
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "‹": "›"}
#: A quotation longer than this is taken as unbalanced marks, not a quote.
MAX_QUOTE = 4000
#: Quotes of fewer words are labels ("scare quotes"), not quoted statements.
MIN_QUOTE_WORDS = 5

_AR_WORD = re.compile(r"[\w\u200c]*\w")
_EN_WORD = re.compile(r"\w[\w'’\-]*")


@dataclass(frozen=True, slots=True)
class KMention:
    """A mention placed in the key, with what the knowledge base knows of its entity."""

    start: int
    end: int
    entity: str | None
    type: str | None
    kind: str | None
    name_en: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


class Context:
    """Text, key, offsets, mentions and quotes of one document, and small look-ups over them."""

    def __init__(self, text: str, lex: Lexicon, mentions: list[Mention], kb: KnowledgeBase | None,
                 names: dict[str, str] | None = None) -> None:
        self.text = text
        self.lex = lex
        self.lang = lex.lang
        norm = normalize(text, lex.lang)
        self.norm = norm
        self.key = norm.text
        self.offsets = norm.offsets
        self.kb = kb
        self.own: str | None = None  # the publishing outlet's name, as descriptions spell it
        self._word_re = _EN_WORD if lex.lang == "en" else _AR_WORD
        kms: list[KMention] = []
        n = len(text)
        for m in mentions:
            if not (0 <= m.start < m.end <= n):
                continue
            ks, ke = self.to_key(m.start), self.to_key(m.end)
            if ke <= ks:
                continue
            kind = name_en = None
            typ = m.type
            if kb is not None and m.entity and m.entity in kb:
                e = kb[m.entity]
                kind, name_en, typ = e.kind, e.name_en, typ or e.type
            if not name_en and names and m.entity:
                name_en = names.get(m.entity)  # a gazetteer place or a new name, in English
            kms.append(KMention(ks, ke, m.entity, typ, kind, name_en, m.text))
        kms.sort(key=lambda k: (k.start, -k.end))
        self.mentions = kms
        self._mstarts = [k.start for k in kms]
        self.quotes = self._find_quotes()

    # ------------------------------------------------------------------ positions
    def to_key(self, pos: int) -> int:
        """The key offset of the first key character produced at or after original ``pos``."""
        return bisect.bisect_left(self.offsets, pos)

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """Map a key span to the original text, clamped to the text."""
        n = len(self.key)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end < start:
            start, end = end, start
        a, b = self.norm.to_original(start, end)
        return max(0, min(a, len(self.text))), max(0, min(b, len(self.text)))

    def original(self, start: int, end: int) -> str:
        a, b = self.to_text(start, end)
        return " ".join(self.text[a:b].split())

    # ------------------------------------------------------------------ words and mentions
    def words(self, start: int, end: int, cap: int | None = None) -> list[Word]:
        """The words of the key in ``[start, end)`` (the first ``cap`` of them when given)."""
        out: list[Word] = []
        for m in self._word_re.finditer(self.key, start, end):
            out.append(Word(m.start(), m.end(), m.group()))
            if cap is not None and len(out) >= cap:
                break
        return out

    def mentions_in(self, start: int, end: int) -> list[KMention]:
        i = bisect.bisect_left(self._mstarts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, pos: int, slack: int = 0) -> KMention | None:
        """A mention starting at ``pos`` (or up to ``slack`` characters later, for a clitic)."""
        i = bisect.bisect_left(self._mstarts, pos)
        if i < len(self.mentions) and self.mentions[i].start <= pos + slack:
            return self.mentions[i]
        return None

    def mention_covering(self, pos: int) -> KMention | None:
        i = bisect.bisect_right(self._mstarts, pos) - 1
        for j in range(i, max(-1, i - 8), -1):
            m = self.mentions[j]
            if m.start <= pos < m.end:
                return m
        return None

    def last_mention_before(self, pos: int, types: tuple[str, ...] = ("ORG",)) -> KMention | None:
        i = bisect.bisect_left(self._mstarts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.type in types and m.end <= pos:
                return m
            i -= 1
        return None

    def is_outlet(self, m: KMention) -> bool:
        if m.kind in OUTLET_KINDS:
            return True
        if m.kind is None:
            low = m.text.lower()
            return any(w in low for w in ("news", "agency", "times", "post", " tv", "press", "journal"))
        return False

    # ------------------------------------------------------------------ quotes
    def _find_quotes(self) -> list[tuple[int, int]]:
        """Quoted statements (at least MIN_QUOTE_WORDS words), as key spans including the marks."""
        text = self.text
        out: list[tuple[int, int]] = []
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            close = QUOTE_PAIRS.get(ch)
            if close is None:
                i += 1
                continue
            j = text.find(close, i + 1, min(n, i + 1 + MAX_QUOTE))
            if j < 0:
                i += 1
                continue
            inner = text[i + 1 : j]
            if len(inner.split()) >= MIN_QUOTE_WORDS:
                out.append((self.to_key(i), self.to_key(j + 1)))
            i = j + 1
        return out

    def quote_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The first statement quote lying inside ``[start, end)``."""
        for qs, qe in self.quotes:
            if qs >= start and qe <= end:
                return qs, qe
            if qs >= end:
                break
        return None
