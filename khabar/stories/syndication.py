"""Syndication: documents that carry the same wire text, whole or in part.

Method (passage level, on matching keys):

1. The text is normalized with :func:`khabar.text.normalize.normalize` (letters unified per
   language, digits to ASCII, diacritics and tatweel gone) and cut into words; every run of
   :data:`SHINGLE` (5) words is hashed to 64 bits (:func:`shingle_hashes`).
2. A content-defined sample of the hashes (those ``h % SAMPLE == 0``, one in four) goes into an
   inverted index (in memory or the ``shingle_index`` table); a new document's candidates are
   the documents within :data:`WINDOW_DAYS` sharing at least :data:`MIN_SAMPLES` sampled hashes.
   Both sides of a copy sample the same shingles, so nothing is lost by sampling, and the cost
   per document depends on the documents sharing text with it, not on the size of the store.
3. Each candidate pair is aligned on all its shingles (:func:`align`): matching shingles on one
   diagonal form passages, small gaps (a changed spelling, an inserted clause) are bridged, and
   passages shorter than :data:`MIN_PASSAGE` words are dropped. Passages map back to character
   spans of each document's ``text``.
4. The pair is a **copy** when the shared passages cover at least :data:`COPY_COVERAGE` of one
   of the two texts (the copy's point of view: a site that adds its own lead and cuts paragraphs
   still consists mostly of the wire), and a **partial** copy when they share at least
   :data:`MIN_SHARED` words but cover less: an original article quoting two or three paragraphs.

**Choice:** copies fold into one independent source; a partial copy does not — the article
around the quote is the outlet's own reporting (as the gold corpus counts it). Partial links are
kept, with their passages, and shown in ``khabar stories`` and :func:`quote_links`.

Groups are the connected components of the copy links (an agency text republished by three
sites is one group even when two of the copies kept different paragraphs).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from khabar.text.normalize import normalize

__all__ = [
    "SHINGLE", "SAMPLE", "MIN_SAMPLES", "MIN_PASSAGE", "MIN_SHARED", "COPY_COVERAGE", "WINDOW_DAYS",
    "Passage", "Link", "tokens", "shingle_hashes", "sample", "align", "link", "spans", "groups", "MemoryIndex",
]

SHINGLE = 5
SAMPLE = 4
MIN_SAMPLES = 3
MIN_PASSAGE = 12
MIN_SHARED = 25
COPY_COVERAGE = 0.40
MAX_GAP = 6
WINDOW_DAYS = 14

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Passage:
    """Shared text: word ranges ``[a0, a1)`` of document a and ``[b0, b1)`` of document b."""

    a0: int
    a1: int
    b0: int
    b1: int


@dataclass
class Link:
    """Two documents sharing wire text. ``a < b`` by id."""

    a: str
    b: str
    kind: str  # "copy" | "partial"
    coverage_a: float
    coverage_b: float
    shared: int  # words of the larger side's union of passages
    passages: list[Passage] = field(default_factory=list)


def tokens(text: str, lang: str) -> tuple[list[str], list[tuple[int, int]], object]:
    """Words of the normalized text and their spans in the normalized key."""
    norm = normalize(text, lang)
    words: list[str] = []
    spans_: list[tuple[int, int]] = []
    for m in _WORD.finditer(norm.text):
        words.append(m.group())
        spans_.append((m.start(), m.end()))
    return words, spans_, norm


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def shingle_hashes(text: str, lang: str) -> np.ndarray:
    """64-bit hashes of every word 5-gram of the normalized ``text`` (in order)."""
    words = tokens(text, lang)[0]
    n = len(words) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    return np.fromiter((_hash(" ".join(words[i : i + SHINGLE])) for i in range(n)), dtype=np.int64, count=n)


def sample(hashes: np.ndarray) -> list[int]:
    """The content-defined sample that goes into the index (distinct, sorted)."""
    if hashes.size == 0:
        return []
    return sorted({int(h) for h in hashes[(hashes % SAMPLE) == 0]})


def align(ha: np.ndarray, hb: np.ndarray) -> list[Passage]:
    """Passages shared by two shingle sequences (word ranges, see :class:`Passage`)."""
    pos: dict[int, list[int]] = defaultdict(list)
    for j, h in enumerate(hb.tolist()):
        pos[h].append(j)
    diagonals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, h in enumerate(ha.tolist()):
        for j in pos.get(h, ()):
            diagonals[i - j].append((i, j))
    out: list[Passage] = []
    for diag in sorted(diagonals):
        pts = diagonals[diag]  # increasing i
        start = prev = pts[0]
        for p in pts[1:]:
            if p[0] - prev[0] > MAX_GAP:
                out.append(Passage(start[0], prev[0] + SHINGLE, start[1], prev[1] + SHINGLE))
                start = p
            prev = p
        out.append(Passage(start[0], prev[0] + SHINGLE, start[1], prev[1] + SHINGLE))
    out = [p for p in out if p.a1 - p.a0 >= MIN_PASSAGE]
    return sorted(out, key=lambda p: (p.a0, p.b0))


def _covered(ranges: Iterable[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(ranges):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def link(a: str, ha: np.ndarray, b: str, hb: np.ndarray) -> Link | None:
    """The link between documents ``a`` and ``b`` (shingle hashes ``ha``, ``hb``), or None."""
    if a > b:
        a, b, ha, hb = b, a, hb, ha
    passages = align(ha, hb)
    if not passages:
        return None
    na, nb = len(ha) + SHINGLE - 1, len(hb) + SHINGLE - 1
    ca = _covered((p.a0, p.a1) for p in passages)
    cb = _covered((p.b0, p.b1) for p in passages)
    shared = max(ca, cb)
    if shared < MIN_SHARED:
        return None
    cov_a, cov_b = ca / max(na, 1), cb / max(nb, 1)
    kind = "copy" if max(cov_a, cov_b) >= COPY_COVERAGE else "partial"
    return Link(a, b, kind, round(cov_a, 3), round(cov_b, 3), shared, passages)


def spans(text: str, lang: str, word_ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of ``text`` for word ranges of its normalized words."""
    _, word_spans, norm = tokens(text, lang)
    out = []
    for w0, w1 in word_ranges:
        if not word_spans or w0 >= len(word_spans):
            continue
        k0, k1 = word_spans[w0][0], word_spans[min(w1, len(word_spans)) - 1][1]
        out.append(norm.to_original(k0, k1))  # type: ignore[attr-defined]
    return out


def groups(links: Iterable[Link], members: Iterable[str] | None = None) -> list[list[str]]:
    """Connected components (size >= 2) of the copy links, restricted to ``members``."""
    keep = set(members) if members is not None else None
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for lk in links:
        if lk.kind != "copy" or (keep is not None and (lk.a not in keep or lk.b not in keep)):
            continue
        ra, rb = find(lk.a), find(lk.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        comps[find(x)].append(x)
    return sorted((sorted(c) for c in comps.values() if len(c) > 1), key=lambda g: g[0])


class MemoryIndex:
    """In-memory inverted index of sampled shingles (the store has the same in SQL)."""

    def __init__(self) -> None:
        self.postings: dict[int, list[str]] = defaultdict(list)
        self.days: dict[str, int | None] = {}
        self.hashes: dict[str, np.ndarray] = {}

    def add(self, doc_id: str, day: int | None, hashes: np.ndarray) -> None:
        if doc_id in self.hashes:
            return
        self.hashes[doc_id] = hashes
        self.days[doc_id] = day
        for h in sample(hashes):
            self.postings[h].append(doc_id)

    def candidates(self, doc_id: str, day: int | None, hashes: np.ndarray) -> list[str]:
        counts: dict[str, int] = defaultdict(int)
        for h in sample(hashes):
            for other in self.postings.get(h, ()):
                if other != doc_id:
                    counts[other] += 1
        out = []
        for other, c in counts.items():
            od = self.days.get(other)
            if c >= MIN_SAMPLES and (day is None or od is None or abs(od - day) <= WINDOW_DAYS):
                out.append(other)
        return sorted(out)

    def links_for(self, doc_id: str, day: int | None, hashes: np.ndarray) -> list[Link]:
        out = []
        for other in self.candidates(doc_id, day, hashes):
            lk = link(doc_id, hashes, other, self.hashes[other])
            if lk is not None:
                out.append(lk)
        return out
