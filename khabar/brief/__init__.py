"""The brief: one self-contained HTML file (no CDN, no external fonts) plus the JSON result."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from khabar.document import Document, Entity
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


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


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


def render_brief(docs: Sequence[Document], entities: Sequence[Entity] = ()) -> str:
    """Render the brief for ``docs`` (documents that failed are listed as skipped inputs)."""
    by_id = {e.id: e for e in entities}
    ok = [d for d in docs if not d.failed]
    skipped = [d for d in docs if d.failed]
    ok.sort(key=lambda d: (d.published or "9999", d.title or ""))
    langs = Counter(d.lang or "und" for d in ok)
    outlets = sorted({d.source.outlet for d in ok if d.source.outlet})
    view = [
        {
            "doc": d,
            "dir": "rtl" if (d.lang or "") in RTL else "ltr",
            "lang_name": LANG_NAMES.get(d.lang or "und", d.lang),
            "paragraphs": _paragraphs(d.text),
            "url": _safe_url(d.source.url),
            "where": d.source.url or d.source.path or "",
            "warnings": [i for i in d.issues if i.severity == "warning"],
            "entity_groups": _doc_entities(d, by_id),
        }
        for d in ok
    ]
    return _env.get_template("brief.html.j2").render(
        docs=view,
        skipped=skipped,
        langs=[(LANG_NAMES.get(k, k), n) for k, n in langs.most_common()],
        outlets=outlets,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_brief(
    docs: Sequence[Document],
    output: str | Path,
    *,
    json_path: str | Path | None = None,
    entities: Sequence[Entity] = (),
) -> list[str]:
    """Write the HTML brief (and the JSON result if asked); returns the paths written."""
    written = []
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_brief(docs, entities), encoding="utf-8")
    written.append(str(out))
    if json_path:
        jp = Path(json_path)
        jp.parent.mkdir(parents=True, exist_ok=True)
        result: dict[str, Any] = build_result(docs, entities)
        jp.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(str(jp))
    return written
