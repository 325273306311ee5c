"""Shared pieces of attribution frames: the :class:`Frame` record, cues, and position helpers.

All positions are offsets into the normalized key of :class:`~khabar.claims.context.Context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.claims.context import Context
from khabar.document import Citation

__all__ = ["Frame", "Cue", "WINDOW", "skip_space", "window_end", "names_outlet", "last_punct", "words_between",
           "clause_start_before"]

#: The longest source phrase read after (Arabic) or before (Persian, English) a verb.
WINDOW = 220
_PUNCT = re.compile(r'[,.;:!?"()\[\]]')
_SPACE = re.compile(r"[\s\u200c]*")


@dataclass
class Frame:
    """One attribution inside a sentence (positions are key offsets)."""

    kind: str
    region: tuple[int, int]
    content: tuple[int, int]
    chain: list[Citation]
    prefix: bool
    attr: list[tuple[int, int]] = field(default_factory=list)
    as_report: bool = False
    extras: list[Citation] = field(default_factory=list)


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    text: str


# ---------------------------------------------------------------------- helpers
def skip_space(key: str, pos: int, limit: int) -> int:
    m = _SPACE.match(key, pos, limit)
    return m.end() if m else pos


def window_end(ctx: Context, pos: int, limit: int) -> tuple[int, str, int]:
    """Where a source phrase read forward from ``pos`` ends: (position, why, end of the marker)."""
    key, lex = ctx.key, ctx.lex
    best = (limit, "end", limit)
    m = lex.comp.search(key, pos, limit)
    if m:
        best = (m.start(), "comp", m.end())
    p = _PUNCT.search(key, pos, best[0])
    while p and p.group() == '"' and names_outlet(ctx, pos, p.start()):
        close = key.find('"', p.end(), min(limit, p.end() + 80))  # 'لـ"المرصاد"': the outlet spoken to
        if close < 0:
            break
        m = lex.comp.search(key, close, limit)
        best = (m.start(), "comp", m.end()) if m else (limit, "end", limit)
        p = _PUNCT.search(key, close + 1, best[0])
    if p:
        ch = p.group()
        why = {":": "colon", '"': "quote"}.get(ch, "comma" if ch in ",;" else "punct")
        best = (p.start(), why, p.end())
    if lex.relatives is not None:
        r = lex.relatives.search(key, pos, best[0])
        if r:
            best = (r.start(), "rel", r.start())
    return best


def names_outlet(ctx: Context, lo: int, pos: int) -> bool:
    """A quotation mark at ``pos`` opens an outlet's name: 'لـ"المرصاد"', 'صحيفة «الشرق الأوسط»'."""
    before = ctx.words(max(lo, pos - 30), pos)
    if not before or ctx.key[before[-1].end : pos].strip():
        return False
    last = before[-1].text
    if ctx.lang == "ar" and last in ("ل", "لـ"):
        return True
    two = " ".join(w.text for w in before[-2:])
    return last in ctx.lex.outlet_words or two in ctx.lex.outlet_words or (
        ctx.lang == "ar" and last.startswith(("ل", "و")) and last[1:] in ctx.lex.outlet_words)


def last_punct(ctx: Context, lo: int, hi: int, chars: str = ',;:"') -> int:
    """Position just after the last of ``chars`` in ``[lo, hi)``, or ``lo``; looks back at most 2 windows."""
    lo = max(lo, hi - 2 * WINDOW)
    seg = ctx.key[lo:hi]
    idx = max(seg.rfind(c) for c in chars)
    return lo + idx + 1 if idx >= 0 else lo


def words_between(ctx: Context, a: int, b: int, cap: int = 8) -> int:
    """How many words lie in ``[a, b)``, counting no further than ``cap``."""
    return len(ctx.words(a, b, cap=cap)) if b > a else 0


def clause_start_before(ctx: Context, u0: int, pos: int, frames: list[Frame]) -> int:
    u0 = max(u0, pos - WINDOW)
    cs = last_punct(ctx, u0, pos, ";:.")
    for f in frames:
        if f.prefix and f.content[0] <= pos and f.region[0] < pos:
            cs = max(cs, f.content[0] if f.kind == "according" else cs)
    m = ctx.lex.according.match(ctx.key, skip_space(ctx.key, cs, pos))
    if m:
        comma = ctx.key.find(",", m.end(), pos)
        if comma >= 0:
            cs = comma + 1
    return skip_space(ctx.key, cs, pos)
