"""The brief: one self-contained HTML file (no CDN, no external fonts) plus the JSON result."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from khabar.document import Document, Entity, Story
from khabar.result import build_result

__all__ = ["render_brief", "write_brief"]

RTL = {"ar", "fa", "ur", "ckb", "ps", "he"}
LANG_NAMES = {"ar": "Arabic", "fa": "Persian", "en": "English", "ur": "Urdu", "und": "unknown"}

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


def _segments(text: str, marks: list[tuple[int, int, str]]) -> list[list[tuple[str, str | None]]]:
    """Paragraphs of ``text`` as (piece, mark id or None) runs; marked pieces are evidence spans."""
    marks = sorted((a, b, i) for a, b, i in marks if 0 <= a < b <= len(text))
    cuts: list[tuple[int, int, str | None]] = []
    pos = 0
    for a, b, mid in marks:
        if a < pos:
            continue  # overlapping evidence: the first span wins, the link still points at it
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


def _doc_events(doc: Document, names: Any) -> tuple[list[dict[str, Any]], list[tuple[int, int, str]]]:
    """Events of one document, dated first, each with its English line and evidence anchor."""
    from khabar.events.render import render_event

    claims = {c.id: c for c in doc.claims}
    out, marks = [], []
    for ev in doc.events:
        anchor = f"ev-{doc.id}-{ev.id}"
        if ev.evidence:
            marks.append((ev.evidence[0].start, ev.evidence[0].end, anchor))
        when = ev.date or (f"{ev.date_window[0]} – {ev.date_window[1]}" if ev.date_window else "")
        evidence = " … ".join(doc.text[sp.start : sp.end] for sp in ev.evidence[:2])
        out.append({"event": ev, "anchor": anchor, "when": when, "line": render_event(ev, names, claims.get(ev.claim or "")),
                    "evidence": evidence})
    out.sort(key=lambda e: (e["when"] or "9999", e["anchor"]))
    return out, marks


def _story_views(stories: Sequence[Story], docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Stories for the brief: members, outlets, languages, independent sources, wire groups, map."""
    from .map import MapPoint, render_map

    by_id = {d.id: d for d in docs if not d.failed}
    views = []
    for st in stories:
        members = [by_id[i] for i in st.documents if i in by_id]
        if not members:
            continue
        members.sort(key=lambda d: (d.published or "9999", d.id))
        dates = sorted(d.published for d in members if d.published)
        points: dict[tuple[float, float], MapPoint] = {}
        for d in members:
            for ev in d.events:
                p = ev.place
                country = bool(p and p.entity and p.entity.startswith("csc:") and "-" not in p.entity)
                if p is not None and p.lat is not None and p.lon is not None and ev.mode == "asserted" and not country:
                    key = (round(p.lat, 2), round(p.lon, 2))
                    old = points.get(key)
                    points[key] = MapPoint(p.lat, p.lon, p.name_en, (old.weight + 1) if old else 1)
        views.append({
            "story": st,
            "members": members,
            "outlets": sorted({d.source.outlet for d in members if d.source.outlet}),
            "langs": sorted({LANG_NAMES.get(d.lang or "und", d.lang or "?") for d in members}),
            "span": (dates[0], dates[-1]) if dates else None,
            "syndication": [[by_id[i] for i in g if i in by_id] for g in st.syndication],
            "map": render_map(list(points.values())),
        })
    views.sort(key=lambda v: (-len(v["members"]), v["span"] or ("9999",)))
    return views


def render_brief(docs: Sequence[Document], entities: Sequence[Entity] = (), stories: Sequence[Story] = ()) -> str:
    """Render the brief for ``docs`` (documents that failed are listed as skipped inputs)."""
    by_id = {e.id: e for e in entities}

    def names(eid: str) -> str:
        ent = by_id.get(eid)
        return ent.name_en if ent is not None else eid
    ok = [d for d in docs if not d.failed]
    skipped = [d for d in docs if d.failed]
    ok.sort(key=lambda d: (d.published or "9999", d.title or ""))
    langs = Counter(d.lang or "und" for d in ok)
    outlets = sorted({d.source.outlet for d in ok if d.source.outlet})
    view = []
    for d in ok:
        events, marks = _doc_events(d, names)
        view.append({
            "doc": d,
            "dir": "rtl" if (d.lang or "") in RTL else "ltr",
            "lang_name": LANG_NAMES.get(d.lang or "und", d.lang),
            "paragraphs": _segments(d.text, marks),
            "events": events,
            "url": _safe_url(d.source.url),
            "where": d.source.url or d.source.path or "",
            "warnings": [i for i in d.issues if i.severity == "warning"],
            "entity_groups": _doc_entities(d, by_id),
        })
    return _env.get_template("brief.html.j2").render(
        docs=view,
        skipped=skipped,
        langs=[(LANG_NAMES.get(k, k), n) for k, n in langs.most_common()],
        stories=_story_views(stories, docs),
        outlets=outlets,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_brief(
    docs: Sequence[Document],
    output: str | Path,
    *,
    json_path: str | Path | None = None,
    entities: Sequence[Entity] = (),
    stories: Sequence[Story] = (),
) -> list[str]:
    """Write the HTML brief (and the JSON result if asked); returns the paths written."""
    written = []
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_brief(docs, entities, stories), encoding="utf-8")
    written.append(str(out))
    if json_path:
        jp = Path(json_path)
        jp.parent.mkdir(parents=True, exist_ok=True)
        result: dict[str, Any] = build_result(docs, entities, stories)
        jp.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(str(jp))
    return written
