"""Stories in the store: incremental updates, the JSON ``stories``, and the listing.

``update_stories(store, doc_ids)`` is the hook the runner calls after ingest. It is
incremental and **equal to a batch run** over the same documents:

- documents are clustered in canonical order (day, then id); when a batch holds documents
  older than some already clustered, the clustered documents after the oldest new key are taken
  out of their stories and replayed with the new ones (a live feed only appends, so nothing is
  replayed; a back-fill replays the days after it);
- the active window is read back from ``story_signatures`` (nothing is re-embedded), and
  candidate lookup is bounded by the window (see :mod:`.cluster`);
- undated documents are attached after clustering and re-checked when a story they could belong
  to changes (see :mod:`.engine`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.document import Difference, Document, Event, Story

from .cluster import Clusterer, ClusterParams, StoryState, story_id_for
from .engine import attach_undated
from .features import Signature, signature_of
from .syndication import Link, groups, link, spans

__all__ = ["FEATURES_VERSION", "UpdateReport", "update_stories", "update_pending", "build_story_objects",
           "list_stories", "rebuild_stories", "kb_lookups", "story_title"]

LOGGER = logging.getLogger(__name__)

#: Bump when signatures change meaning (centering, weights): stale ones are recomputed.
FEATURES_VERSION = 1


@dataclass
class UpdateReport:
    documents: int = 0
    replayed: int = 0
    undated: int = 0
    links: int = 0
    stories_changed: int = 0
    stories_deleted: int = 0
    seconds: float = 0.0
    assignments: dict[str, str] = field(default_factory=dict)  # document -> story, for this update
    stories: list[str] = field(default_factory=list)  # stories whose membership changed (still existing)


def kb_lookups(kb: Any = None) -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """(kind_of, name_of) over the knowledge base (the packaged one plus the user's by default)."""
    if kb is None:
        try:
            from khabar.config import Settings
            from khabar.kb import load_kb, user_paths

            kb = load_kb(user_paths(Settings()))
        except Exception as exc:  # a broken user KB must not stop clustering
            LOGGER.warning("stories: knowledge base not loaded (%s); entity kinds guessed from ids", exc)
            kb = None

    def kind_of(eid: str) -> str | None:
        e = kb.get(eid) if kb is not None else None
        return e.kind if e is not None else None

    def name_of(eid: str) -> str | None:
        e = kb.get(eid) if kb is not None else None
        return e.name_en if e is not None else None

    return kind_of, name_of


def _state(sid: str, sigs: Sequence[Signature]) -> StoryState:
    st = StoryState(sid)
    for s in sorted(sigs, key=lambda s: s.key):
        st.add(s)
    return st


def _copies(store: Any, doc_id: str) -> list[str]:
    return sorted({lk.b if lk.a == doc_id else lk.a for lk in store.links([doc_id]) if lk.kind == "copy"})


def _syndicate(store: Any, sigs: Sequence[Signature], texts: dict[str, tuple[str, str]]) -> int:
    """Link each signature to the documents it shares wire text with; index its shingles."""

    def text_of(doc_id: str) -> tuple[str, str]:
        if doc_id not in texts:
            d = store.get(doc_id)
            texts[doc_id] = ((d.text if d else "") or "", (d.lang if d else None) or "und")
        return texts[doc_id]

    def spans_of(lk: Link) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        ta, la = text_of(lk.a)
        tb, lb = text_of(lk.b)
        sa = spans(ta, la, [(p.a0, p.a1) for p in lk.passages])
        sb = spans(tb, lb, [(p.b0, p.b1) for p in lk.passages])
        return list(zip(sa, sb, strict=False))

    n = 0
    for sig in sigs:
        found = []
        others = store.signatures(store.shingle_candidates(sig.id, sig.day, sig.shingles))
        for oid in sorted(others):
            lk = link(sig.id, sig.shingles, oid, others[oid].shingles)
            if lk is not None:
                found.append(lk)
        store.put_links(sig.id, found, spans_of)
        store.index_shingles(sig.id, sig.day, sig.shingles)
        n += len(found)
    return n


def update_stories(store: Any, doc_ids: Iterable[str], *, params: ClusterParams | None = None,
                   kb: Any = None) -> UpdateReport:
    """Add (or re-add) documents to the stories in ``store``; see the module docstring."""
    t0 = time.perf_counter()
    params = params or ClusterParams()
    report = UpdateReport()
    ids = list(dict.fromkeys(doc_ids))
    docs: list[Document] = [d for d in store.documents(ids=ids) if not d.failed]
    if not docs:
        return report
    kind_of, name_of = kb_lookups(kb)
    sigs = sorted((signature_of(d, kind_of=kind_of, name_of=name_of) for d in docs), key=lambda s: s.key)
    texts = {d.id: (d.text or "", d.lang or "und") for d in docs}
    report.documents = len(sigs)
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        previous = store.assignments([s.id for s in sigs])
        store.put_signatures(sigs, FEATURES_VERSION)
        report.links = _syndicate(store, sigs, texts)
        touched: set[str] = {sid for sid, _, _ in previous.values()}
        store.drop_assignments(previous)
        replay = _replay_set(store, sigs, previous, touched)
        report.replayed = len(replay) - sum(1 for s in sigs if s.day is not None)
        keys = {s.id: s.key for s in replay}
        for doc, sid, score in _cluster_dated(store, replay, params):
            touched.add(sid)
            report.assignments[doc] = sid
            store.set_assignments([(doc, sid, keys[doc], False, score)])
        lookups = (kind_of, name_of)
        _refresh(store, touched, lookups)  # story_entities must be current before undated documents look
        undated = _undated_to_check(store, sigs, touched)
        report.undated = len(undated)
        moved: set[str] = set()
        for sig in undated:
            old = store.assignments([sig.id]).get(sig.id)
            sid, score = _attach(store, sig, params)
            if old is None or old[0] != sid:
                moved.update([sid] + ([old[0]] if old else []))
            report.assignments[sig.id] = sid
            store.set_assignments([(sig.id, sid, sig.key, True, score)])
        _refresh(store, moved - touched, lookups)
        _refresh(store, touched & moved, lookups)
        alive = {r["id"] for r in store.story_rows(ids=sorted(touched | moved))} if touched | moved else set()
        report.stories = sorted(alive)
        report.stories_changed = len(alive)
        report.stories_deleted = len((touched | moved) - alive)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _replay_set(store: Any, sigs: Sequence[Signature], previous: dict[str, tuple[str, str, bool]],
                touched: set[str]) -> list[Signature]:
    """The dated signatures to cluster now: the new ones, plus every clustered document after the
    oldest new (or changed) key, taken out of its story first."""
    dated = [s for s in sigs if s.day is not None]
    keys = [s.key for s in dated] + [k for _, k, floating in previous.values() if not floating]
    if not keys:
        return []
    k0 = min(keys)
    later = [(d, sid) for d, sid in store.dated_after(k0) if d not in previous]
    new_ids = {s.id for s in dated}
    later = [(d, sid) for d, sid in later if d not in new_ids]
    if later:
        LOGGER.info("stories: %d clustered documents follow the oldest new key %s; replaying them", len(later), k0)
        store.drop_assignments([d for d, _ in later])
        touched.update(sid for _, sid in later)
    replay = {s.id: s for s in dated}
    replay.update(store.signatures([d for d, _ in later]))
    return sorted(replay.values(), key=lambda s: s.key)


def _cluster_dated(store: Any, replay: Sequence[Signature], params: ClusterParams) -> list[tuple[str, str, float]]:
    if not replay:
        return []
    first = replay[0].day
    assert first is not None
    clusterer = Clusterer(params)
    window = dt.timedelta(days=params.window_days)
    active = store.stories_active_since(first - window)
    members = store.story_members(active, floating=False)
    member_sigs = store.signatures([m for ms in members.values() for m in ms])
    for sid in sorted(members):
        sigs = [member_sigs[m] for m in members[sid] if m in member_sigs]
        if sigs:
            clusterer.load(_state(sid, sigs))
    out = []
    for sig in replay:
        assert sig.day is not None
        clusterer.evict(sig.day - window)
        a = clusterer.add(sig, _copies(store, sig.id))
        out.append((sig.id, a.story, a.score))
    return out


def _undated_to_check(store: Any, sigs: Sequence[Signature], touched: set[str]) -> list[Signature]:
    """New undated documents, and stored ones whose candidate stories changed."""
    check = {s.id for s in sigs if s.day is None}
    if touched:
        ents: set[str] = set()
        members = store.story_members(sorted(touched), floating=False)
        for sig in store.signatures([m for ms in members.values() for m in ms]).values():
            ents.update(sig.entities)
        floating = store.story_members(sorted(touched), floating=True)
        check.update(m for ms in floating.values() for m in ms)
        check.update(d for d, es in store.undated_signature_entities() if es & ents)
    found = store.signatures(sorted(check))
    return sorted((s for s in found.values() if s.day is None), key=lambda s: s.key)


def _attach(store: Any, sig: Signature, params: ClusterParams) -> tuple[str, float]:
    copies = _copies(store, sig.id)
    top = sorted(sig.entities.items(), key=lambda kv: (-kv[1], kv[0]))[: params.entity_keys]
    cand = set(store.stories_with_entities([e for e, _ in top], limit=params.entity_posting_cap))
    for sid, _, floating in store.assignments(copies).values():
        if not floating:
            cand.add(sid)
    if not cand:
        return story_id_for(sig.id), 0.0
    members = store.story_members(sorted(cand), floating=False)
    member_sigs = store.signatures([m for ms in members.values() for m in ms])
    states = [_state(sid, [member_sigs[m] for m in ms if m in member_sigs]) for sid, ms in sorted(members.items())]
    sid, score = attach_undated(sig, [s for s in states if s.members], copies, params)
    return (sid, round(score, 3)) if sid is not None else (story_id_for(sig.id), round(score, 3))


Lookups = tuple[Callable[[str], str | None], Callable[[str], str | None]]


def _refresh(store: Any, story_ids: Iterable[str], lookups: Lookups | None = None) -> tuple[int, int]:
    """Rewrite the rows of ``story_ids`` from their members; delete the empty ones. The row's
    ``data`` holds the merged events and outlet differences (:func:`khabar.stories.enrich.enrich_story`,
    from the member documents read back from the store) and the title is the main event's."""
    ids = sorted(set(story_ids))
    members = store.story_members(ids)
    empty = [sid for sid in ids if not members.get(sid)]
    store.delete_stories(empty)
    for sid in ids:
        ms = members.get(sid)
        if ms:
            row, entities = _story_row(store, sid, ms, lookups)
            store.put_story_row(row, entities)
    return len(ids) - len(empty), len(empty)


def _story_row(store: Any, sid: str, members: Sequence[str],
               lookups: Lookups | None = None) -> tuple[dict[str, Any], list[str]]:
    sigs = store.signatures(members)
    ordered = sorted((sigs[m] for m in members if m in sigs), key=lambda s: s.key)
    days = [s.day for s in ordered if s.day is not None]
    links = [lk for lk in store.links(members) if lk.a in sigs and lk.b in sigs]
    wire = groups(links, members)
    quotes = [[lk.a, lk.b] for lk in links if lk.kind == "partial"]
    independent = len(ordered) - sum(len(g) - 1 for g in wire)
    weights: Counter[str] = Counter()
    names: dict[str, str] = {}
    for s in ordered:
        weights.update(s.entities)
        names.update({k: v for k, v in s.names.items() if k not in names})
    top = [e for e, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:12]]
    # the title prefers knowledge-base entities over gazetteer or newly minted names
    titled = sorted(top, key=lambda e: (-weights[e] * (0.5 if e.startswith(("gn:", "new-")) else 1.0), e))
    langs = Counter(s.lang for s in ordered)
    first, last = (min(days), max(days)) if days else (None, None)
    data = {
        "documents": [s.id for s in ordered],
        "floating": [s.id for s in ordered if s.day is None],
        "syndication": wire,
        "quotes": quotes,
        "entities": [{"id": e, "name_en": names.get(e), "weight": round(weights[e], 3)} for e in top],
        "outlets": sorted({s.outlet for s in ordered if s.outlet}),
    }
    title = story_title(titled, names, first)
    story = _enriched(store, Story(id=sid, title_en=title, documents=data["documents"], syndication=wire),
                      names, lookups)
    data["events"] = [e.to_dict() for e in story.events]
    data["differences"] = [d.to_dict() for d in story.differences]
    row = {
        "id": sid, "first_day": first.isoformat() if first else None, "last_day": last.isoformat() if last else None,
        "n_documents": len(ordered), "langs": json.dumps(dict(sorted(langs.items()))),
        "independent_sources": independent, "title_en": story.title_en,
        "data": json.dumps(data, ensure_ascii=False), "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    dated_entities = sorted({e for s in ordered if s.day is not None for e in s.entities})
    return row, dated_entities


def _enriched(store: Any, story: Story, names: dict[str, str], lookups: Lookups | None) -> Story:
    """The story with its merged events, differences and event title, from its stored documents."""
    from .enrich import enrich_story, names_from_documents

    docs = [d for d in store.documents(ids=list(story.documents)) if not d.failed]
    if not any(d.events for d in docs) and not any(d.sentences for d in docs):
        return story
    kind_of, name_of = lookups if lookups is not None else (None, None)
    found = names_from_documents(docs, names.get, *([name_of] if name_of is not None else []))
    try:
        return enrich_story(story, docs, found, kind_of=kind_of)
    except Exception as exc:  # a bad event must not stop clustering: the story keeps its members
        LOGGER.warning("stories: events of story %s not merged (%s: %s)", story.id, type(exc).__name__, exc)
        return story


def story_title(entities: Sequence[str], names: dict[str, str], first: dt.date | None) -> str:
    """A short English label from the story's most weighted named entities (the fallback when
    no merged event says who or where and when: see :func:`khabar.stories.enrich.main_event`)."""
    named = [names[e] for e in entities if names.get(e)]
    label = ", ".join(dict.fromkeys(named[:3])) if named else "Untitled story"
    return f"{label} ({first.isoformat()})" if first else label


def update_pending(store: Any, *, params: ClusterParams | None = None, kb: Any = None) -> UpdateReport:
    """Cluster every stored document that is not in a story yet (or has a stale signature)."""
    rows = store.conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN story_signatures s ON s.document_id = d.id"
        " LEFT JOIN story_documents a ON a.document_id = d.id"
        " WHERE d.failed = 0 AND (a.document_id IS NULL OR s.version IS NULL OR s.version != ?)",
        (FEATURES_VERSION,),
    ).fetchall()
    return update_stories(store, [r[0] for r in rows], params=params, kb=kb)


def rebuild_stories(store: Any, *, params: ClusterParams | None = None, kb: Any = None) -> UpdateReport:
    """Drop every story, link and signature and cluster the whole store again."""
    store.clear_stories()
    return update_pending(store, params=params, kb=kb)


def build_story_objects(store: Any) -> list[Story]:
    """The stories of the store as :class:`~khabar.document.Story` (JSON ``stories``)."""
    out = []
    for r in store.story_rows():
        data = r["data"]
        out.append(Story(
            id=r["id"], title_en=r["title_en"], documents=list(data["documents"]),
            independent_sources=int(r["independent_sources"]), syndication=[list(g) for g in data["syndication"]],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            differences=[Difference.from_dict(d) for d in data.get("differences", [])],
            entities=[e["id"] for e in data["entities"]],
        ))
    return out


def list_stories(store: Any, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows for ``khabar stories``: id, title, dates, documents, languages, independent sources."""
    return [{
        "id": r["id"], "title_en": r["title_en"], "first_day": r["first_day"], "last_day": r["last_day"],
        "documents": r["data"]["documents"], "n_documents": r["n_documents"], "langs": r["langs"],
        "independent_sources": r["independent_sources"], "syndication": r["data"]["syndication"],
        "quotes": r["data"]["quotes"], "outlets": r["data"]["outlets"],
    } for r in store.story_rows(limit=limit)]
