"""The brief: one self-contained HTML file (no CDN, no external fonts, no script) plus the JSON result.

A stories index leads; each story shows its counts, a timeline of merged events (the articles'
own events, labelled unmerged, until merging has run), a map, who's who, the differences between
outlets and its sources. Every event, report and difference links to the sentence it rests on,
highlighted (``:target``) in the article's original text further down. The story parts are built
by :mod:`khabar.brief.story` and rendered by ``templates/story_parts.html.j2``, which the web app
reuses for its story page.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from khabar.document import Document, Entity, Span, Story
from khabar.result import build_result

from .story import LANG_NAMES, RTL, story_parts

__all__ = ["render_brief", "write_brief"]

LOGGER = logging.getLogger(__name__)
_KB_DEFAULT: Any = object()  # render_brief(kb=...) not given: load the packaged knowledge base

_env = Environment(
    loader=PackageLoader("khabar.brief", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


TYPE_NAMES = {"PER": "people", "ORG": "organizations", "LOC": "places"}


def _doc_entities(doc: Document, by_id: dict[str, Entity]) -> list[dict[str, Any]]:
    """Entities mentioned in one document, grouped by type, most mentioned first."""
    counts: Counter[str] = Counter(m.entity for m in doc.mentions if m.entity)
    groups: dict[str, list[dict[str, Any]]] = {}
    for eid, n in counts.most_common():
        ent = by_id.get(eid)
        if ent is None:
            continue
        seen = sorted({m.text for m in doc.mentions if m.entity == eid})
        groups.setdefault(ent.type, []).append({"entity": ent, "count": n, "as_written": seen})
    return [{"type": t, "label": TYPE_NAMES.get(t, t), "items": groups[t]} for t in ("PER", "ORG", "LOC") if t in groups]


class _Marks:
    """The evidence spans to mark in each article, each with one anchor id the brief links to.

    A span asked for twice gets the same anchor; a span overlapping one already marked links to
    that one (marks cannot nest), so every link lands on highlighted text.
    """

    def __init__(self, docs: Sequence[Document]) -> None:
        self.lengths = {d.id: len(d.text) for d in docs}
        self.marks: dict[str, list[tuple[int, int, str]]] = {}

    def anchor(self, doc_id: str, span: Span | None) -> str | None:
        n = self.lengths.get(doc_id)
        if span is None or n is None or not 0 <= span.start < span.end <= n:
            return f"doc-{doc_id}" if n is not None else None
        marks = self.marks.setdefault(doc_id, [])
        for a, b, mid in marks:
            if a == span.start and b == span.end:
                return mid
        for a, b, mid in marks:
            if a < span.end and span.start < b:
                return mid
        mid = f"m-{doc_id}-{len(marks)}"
        marks.append((span.start, span.end, mid))
        return mid

    def link(self, doc_id: str, span: Span | None, _event: str | None = None) -> str | None:
        mid = self.anchor(doc_id, span)
        return f"#{mid}" if mid else None


def _segments(text: str, marks: list[tuple[int, int, str]]) -> list[list[tuple[str, str | None]]]:
    """Paragraphs of ``text`` as (piece, mark id or None) runs; marked pieces are evidence spans."""
    marks = sorted((a, b, i) for a, b, i in marks if 0 <= a < b <= len(text))
    cuts: list[tuple[int, int, str | None]] = []
    pos = 0
    for a, b, mid in marks:
        if a < pos:
            continue  # overlapping evidence never reaches here (see _Marks): first span wins
        if a > pos:
            cuts.append((pos, a, None))
        cuts.append((a, b, mid))
        pos = b
    if pos < len(text):
        cuts.append((pos, len(text), None))
    paragraphs: list[list[tuple[str, str | None]]] = [[]]
    for a, b, mid in cuts:
        lines = text[a:b].split("\n")
        for k, line in enumerate(lines):
            if k:
                paragraphs.append([])
            if line:
                paragraphs[-1].append((line, mid))
    return [p for p in paragraphs if any(t.strip() for t, _ in p)]


def _doc_events(doc: Document, names: Any, marks: _Marks) -> list[dict[str, Any]]:
    """Events of one document, dated first, each with its English line and evidence anchor."""
    from khabar.events.render import render_event

    claims = {c.id: c for c in doc.claims}
    out = []
    for ev in doc.events:
        anchor = marks.anchor(doc.id, ev.evidence[0] if ev.evidence else None)
        when = ev.date or (f"{ev.date_window[0]} – {ev.date_window[1]}" if ev.date_window else "")
        evidence = " … ".join(doc.text[sp.start : sp.end] for sp in ev.evidence[:2])
        out.append({"event": ev, "anchor": anchor, "when": when, "line": render_event(ev, names, claims.get(ev.claim or "")),
                    "evidence": evidence})
    out.sort(key=lambda e: (e["when"] or "9999", e["anchor"] or ""))
    return out


def _load_kb() -> Any:
    """The packaged knowledge base (for roles), or None when it cannot load."""
    from khabar.errors import KhabarError
    from khabar.kb import load_kb

    try:
        return load_kb()
    except KhabarError as exc:  # the brief still renders, without roles from the knowledge base
        LOGGER.warning("knowledge base not loaded; who's who shows no roles: %s", exc)
        return None


def _story_views(stories: Sequence[Story], docs: Sequence[Document], names: Any, entity_of: Any, kb: Any,
                 marks: _Marks) -> list[dict[str, Any]]:
    """Stories for the brief: counts, timeline, who's who, differences, map, members and wire groups."""
    from .map import render_map

    by_id = {d.id: d for d in docs if not d.failed}
    views = []
    for n, st in enumerate(stories):
        members = [by_id[i] for i in st.documents if i in by_id]
        if not members:
            continue
        members.sort(key=lambda d: (d.published or "9999", d.id))
        dates = sorted(d.published for d in members if d.published)
        parts = story_parts(st, by_id, names, marks.link, entity_of=entity_of, kb=kb, anchor_prefix=f"s{n}-ev-")
        views.append({
            "story": st,
            "anchor": f"story-{n}",
            "members": members,
            "outlets": sorted({d.source.outlet for d in members if d.source.outlet}),
            "langs": sorted({LANG_NAMES.get(d.lang or "und", d.lang or "?") for d in members}),
            "span": (dates[0], dates[-1]) if dates else None,
            "syndication": [[by_id[i] for i in g if i in by_id] for g in st.syndication],
            "parts": parts,
            "map": render_map(parts.points, width=340),
        })
    views.sort(key=lambda v: (-len(v["members"]), v["span"] or ("9999",)))
    return views


def render_brief(docs: Sequence[Document], entities: Sequence[Entity] = (), stories: Sequence[Story] = (),
                 *, kb: Any = _KB_DEFAULT) -> str:
    """Render the brief for ``docs`` (documents that failed are listed as skipped inputs).

    ``kb`` gives the roles in who's who (a :class:`~khabar.kb.KnowledgeBase`); by default the
    packaged one is loaded; pass None to leave roles to ``entities``.
    """
    from khabar.export.names import EntityNames

    if kb is _KB_DEFAULT:
        kb = _load_kb()
    by_id = {e.id: e for e in entities}
    ok = [d for d in docs if not d.failed]
    resolver = EntityNames(kb)
    resolver.observe_all(ok)

    def names(eid: str) -> str:
        ent = by_id.get(eid)
        return ent.name_en if ent is not None else (resolver.name(eid) or eid)

    def entity_of(eid: str) -> Entity:
        ent = by_id.get(eid)
        # roles from the resolver name organizations by id: let who's who ask the knowledge base
        return ent if ent is not None else dataclasses.replace(resolver.entity(eid), roles=[])

    skipped = [d for d in docs if d.failed]
    ok.sort(key=lambda d: (d.published or "9999", d.title or ""))
    langs = Counter(d.lang or "und" for d in ok)
    outlets = sorted({d.source.outlet for d in ok if d.source.outlet})
    marks = _Marks(ok)
    story_views = _story_views(stories, docs, names, entity_of, kb, marks)
    in_stories: dict[str, list[dict[str, Any]]] = {}
    for sv in story_views:
        for d in sv["members"]:
            in_stories.setdefault(d.id, []).append(sv)
    view = []
    for d in ok:
        events = _doc_events(d, names, marks)
        view.append({
            "doc": d,
            "dir": "rtl" if (d.lang or "") in RTL else "ltr",
            "lang_name": LANG_NAMES.get(d.lang or "und", d.lang),
            "paragraphs": _segments(d.text, marks.marks.get(d.id, [])),
            "events": events,
            "marked": bool(marks.marks.get(d.id)),
            "stories": in_stories.get(d.id, []),
            "url": _safe_url(d.source.url),
            "where": d.source.url or d.source.path or "",
            "warnings": [i for i in d.issues if i.severity == "warning"],
            "entity_groups": _doc_entities(d, by_id),
        })
    return _env.get_template("brief.html.j2").render(
        docs=view,
        skipped=skipped,
        langs=[(LANG_NAMES.get(k, k), n) for k, n in langs.most_common()],
        stories=story_views,
        outlets=outlets,
        css=_parts_css(),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def _parts_css() -> Markup:
    """The story parts' stylesheet (shared with the web app, which serves it as a file)."""
    return Markup((resources.files("khabar.brief") / "static" / "parts.css").read_text(encoding="utf-8"))


def write_brief(
    docs: Sequence[Document],
    output: str | Path,
    *,
    json_path: str | Path | None = None,
    entities: Sequence[Entity] = (),
    stories: Sequence[Story] = (),
    kb: Any = _KB_DEFAULT,
) -> list[str]:
    """Write the HTML brief (and the JSON result if asked); returns the paths written."""
    written = []
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_brief(docs, entities, stories, kb=kb), encoding="utf-8")
    written.append(str(out))
    if json_path:
        jp = Path(json_path)
        jp.parent.mkdir(parents=True, exist_ok=True)
        result: dict[str, Any] = build_result(docs, entities, stories)
        jp.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(str(jp))
    return written
