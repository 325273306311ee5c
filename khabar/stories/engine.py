"""The story engine in memory: syndication index + online clusterer + undated documents.

:class:`MemoryEngine` is what the benchmarks and tests drive directly; the store-backed
:func:`khabar.stories.service.update_stories` runs the same steps, reading the active window
from and writing the results to SQLite.

Order of work, for any batch: signatures are sorted by key; each **dated** document is linked
to the wire copies it shares text with, then clustered online; each **undated** document (no
publication date and no dated main event) is scored afterwards against the stories it shares an
entity or a wire copy with, ignoring time, and *attached* to the best one if the evidence is
strong enough (else it stands alone). Undated documents never change the stories dated ones are
compared with, so the result does not depend on when they arrived.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .cluster import Assignment, Clusterer, ClusterParams, StoryState, story_id_for
from .features import Signature
from .syndication import Link, MemoryIndex

__all__ = ["MemoryEngine", "attach_undated", "EPOCH"]

EPOCH = dt.date(1970, 1, 1)


def _day_number(day: dt.date | None) -> int | None:
    return None if day is None else (day - EPOCH).days


def attach_undated(sig: Signature, stories: Iterable[StoryState], copies: Iterable[str],
                   params: ClusterParams) -> tuple[str | None, float]:
    """The story an undated document belongs to (or None), scored without time."""
    scorer = Clusterer(params)
    for story in stories:
        scorer.load(StoryState(**{**story.__dict__, "slot": -1}))
    sid, score = scorer.best(sig, copies)
    return (sid, score) if sid is not None and score >= 0.0 else (None, score)


@dataclass
class MemoryEngine:
    """All documents in memory; deterministic for a given set of signatures."""

    params: ClusterParams = field(default_factory=ClusterParams)
    keep_archive: bool = True

    def __post_init__(self) -> None:
        self.clusterer = Clusterer(self.params)
        self.index = MemoryIndex()
        self.links: list[Link] = []
        self.copies: dict[str, set[str]] = defaultdict(set)
        self.assignments: dict[str, Assignment] = {}
        self.archive: dict[str, StoryState] = {}
        self.sigs: dict[str, Signature] = {}
        self.undated: list[Signature] = []
        self.syndication = True

    def add_all(self, sigs: Iterable[Signature]) -> None:
        """Process a whole batch (any order in, canonical order inside)."""
        batch = sorted(sigs, key=lambda s: s.key)
        for sig in batch:
            if sig.day is not None:
                self.add_dated(sig)
            else:
                self.undated.append(sig)
                self._link(sig)
        self.attach_all_undated()

    def _link(self, sig: Signature) -> list[str]:
        self.sigs[sig.id] = sig
        if not self.syndication or sig.shingles.size == 0:
            return []
        day = _day_number(sig.day)
        for lk in self.index.links_for(sig.id, day, sig.shingles):
            self.links.append(lk)
            if lk.kind == "copy":
                self.copies[lk.a].add(lk.b)
                self.copies[lk.b].add(lk.a)
        self.index.add(sig.id, day, sig.shingles)
        return sorted(self.copies.get(sig.id, ()))

    def add_dated(self, sig: Signature) -> Assignment:
        copies = self._link(sig)
        if sig.day is not None:
            gone = self.clusterer.evict(sig.day - dt.timedelta(days=self.params.window_days))
            if self.keep_archive:
                self.archive.update((s.id, s) for s in gone)
        a = self.clusterer.add(sig, copies)
        self.assignments[sig.id] = a
        return a

    def stories(self) -> dict[str, StoryState]:
        out = dict(self.archive)
        out.update(self.clusterer.active)
        return out

    def attach_all_undated(self) -> None:
        stories = self.stories()
        postings: dict[str, set[str]] = defaultdict(set)
        doc_story = {}
        for s in stories.values():
            for e in s.ent_n:
                postings[e].add(s.id)
            for m in s.members:
                doc_story[m] = s.id
        for sig in sorted(self.undated, key=lambda s: s.key):
            copies = sorted(self.copies.get(sig.id, ()))
            top = sorted(sig.entities.items(), key=lambda kv: (-kv[1], kv[0]))[: self.params.entity_keys]
            cand = {sid for e, _ in top for sid in postings.get(e, ())}
            cand |= {doc_story[c] for c in copies if c in doc_story}
            sid, score = attach_undated(sig, (stories[c] for c in sorted(cand)), copies, self.params)
            if sid is None:
                own = story_id_for(sig.id)
                self.assignments[sig.id] = Assignment(sig.id, own, round(score, 3) if cand else 0.0, True)
            else:
                self.assignments[sig.id] = Assignment(sig.id, sid, round(score, 3), False)

    def clusters(self) -> dict[str, list[str]]:
        """story id -> member document ids (dated and undated), sorted."""
        out: dict[str, list[str]] = defaultdict(list)
        for doc, a in self.assignments.items():
            out[a.story].append(doc)
        return {k: sorted(v) for k, v in sorted(out.items())}
