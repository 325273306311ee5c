"""Linking evidence to claims: :func:`claim_for` tells which claim a span of text belongs to."""

from __future__ import annotations

from khabar.document import Claim, Document, Span

__all__ = ["claim_for", "claim_covering"]


def claim_covering(claims: list[Claim], span: Span) -> Claim | None:
    """The claim whose span covers ``span``: the smallest covering one (a quote or a threat's content
    inside a sentence wins over the sentence), ties going to the earlier claim. When no claim covers
    the whole span, the one that overlaps it most; None when none overlaps."""
    best: Claim | None = None
    best_len = 0
    for c in claims:
        if c.span is None:
            continue
        if c.span.start <= span.start and span.end <= c.span.end:
            length = c.span.end - c.span.start
            if best is None or length < best_len:
                best, best_len = c, length
    if best is not None:
        return best
    overlap_best = 0
    for c in claims:
        if c.span is None:
            continue
        overlap = min(c.span.end, span.end) - max(c.span.start, span.start)
        if overlap > overlap_best:
            best, overlap_best = c, overlap
    return best


def claim_for(doc: Document, span: Span) -> str | None:
    """The id of the claim of ``doc`` that asserts the evidence ``span`` (see :func:`claim_covering`)."""
    c = claim_covering(doc.claims, span)
    return c.id if c is not None else None
