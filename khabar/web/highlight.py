"""Cut a document's text into paragraphs of plain segments for safe, server-side highlighting.

The template escapes every segment; markup comes only from the template, never from the
article. Each segment knows the mention it belongs to (entity token), the events whose
evidence covers it (event tokens) and whether it is highlighted (the selected event or
span). Tokens are short ids made here (``n3``, ``e1``) so no attacker-controlled id ever
reaches an attribute the scripts read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from khabar.document import Mention, Span
from khabar.store import search as fts
from khabar.text.normalize import normalize

__all__ = ["Segment", "Marked", "segment_text", "snippet_match"]


@dataclass
class Segment:
    text: str
    entity: str | None = None  # the real entity id (for the link)
    entity_token: str | None = None  # n<k>: k-th distinct entity of the document
    events: list[str] = field(default_factory=list)  # e<k>: k-th event of the document
    hl: bool = False
    anchor: bool = False  # first highlighted segment: gets id="hl"


@dataclass
class Marked:
    """One annotation: a mention, an event's evidence, or a highlight."""

    start: int
    end: int
    kind: str  # "mention" | "event" | "hl"
    value: str = ""
    entity: str | None = None


def segment_text(
    text: str,
    mentions: Sequence[Mention] = (),
    evidence: Sequence[tuple[str, Sequence[Span]]] = (),
    highlight: Sequence[Span] = (),
    entity_tokens: dict[str, str] | None = None,
) -> list[list[Segment]]:
    """Paragraphs (split on newlines) of segments carrying mention, evidence and highlight marks."""
    n = len(text)
    tokens = entity_tokens if entity_tokens is not None else {}
    marks: list[Marked] = []
    for m in mentions:
        if 0 <= m.start < m.end <= n and m.entity:
            marks.append(Marked(m.start, m.end, "mention", tokens.setdefault(m.entity, f"n{len(tokens)}"), m.entity))
    for token, spans in evidence:
        marks += [Marked(s.start, s.end, "event", token) for s in spans if 0 <= s.start < s.end <= n]
    marks += [Marked(s.start, s.end, "hl") for s in highlight if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    paragraphs: list[list[Segment]] = [[]]
    anchored = False
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [m for m in marks if m.start <= a and b <= m.end]
        mention = min((m for m in inside if m.kind == "mention"), key=lambda m: m.end - m.start, default=None)
        events = list(dict.fromkeys(m.value for m in inside if m.kind == "event"))
        hl = any(m.kind == "hl" for m in inside)
        for k, piece in enumerate(text[a:b].split("\n")):
            if k and paragraphs[-1]:
                paragraphs.append([])
            if not piece:
                continue
            seg = Segment(piece, mention.entity if mention else None, mention.value if mention else None,
                          events, hl)
            if hl and not anchored:
                seg.anchor = anchored = True
            paragraphs[-1].append(seg)
    return [p for p in paragraphs if any(s.text.strip() for s in p)]


def snippet_match(text: str, query: str, *, width: int = 80) -> tuple[str, tuple[int, int] | None]:
    """A window of the original ``text`` around the first query match, and the match's offsets in it.

    Matching runs on the search key (so Arabic and Persian spellings and clitics meet);
    offsets are mapped back to the characters the article really has.
    """
    norm = normalize(text, "ar")
    best: tuple[int, int] | None = None
    for t in (t for t in fts.query_terms(query) if t):
        m = regex.search(r"\p{L}*" + regex.escape(t) + r"\p{L}*", norm.text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None:
        cut = text[: 2 * width]
        return cut.replace("\n", " ") + ("…" if len(text) > 2 * width else ""), None
    a, b = norm.to_original(*best)
    lo, hi = max(0, a - width), min(len(text), b + width)
    prefix = "…" if lo else ""
    out = prefix + text[lo:hi] + ("…" if hi < len(text) else "")
    start = len(prefix) + a - lo
    return out.replace("\n", " "), (start, start + (b - a))
