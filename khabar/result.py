"""The JSON result (``khabar.result.v1``, see shared/design/OUTPUT.md): one object for tools."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .document import Document, Entity, Story

SCHEMA = "khabar.result.v1"


def document_json(doc: Document) -> dict[str, Any]:
    """A document as the contract names it; extra fields are allowed, these names are fixed."""
    s = doc.source
    return {
        "id": doc.id,
        "source": {"path": s.path, "url": s.url, "outlet": s.outlet, "kind": s.kind, "encoding": s.encoding},
        "lang": doc.lang,
        "published": doc.published,
        "published_how": doc.published_how,
        "title": doc.title,
        "text": doc.text,
        "sentences": [[sp.start, sp.end] for sp in doc.sentences],
        "mentions": [m.to_dict() for m in doc.mentions],
        "events": [e.to_dict() for e in doc.events],
        "claims": [c.to_dict() for c in doc.claims],
        "issues": [{"stage": i.stage, "code": i.code, "message": i.message, "severity": i.severity} for i in doc.issues],
    }


def build_result(
    docs: Iterable[Document],
    entities: Iterable[Entity] = (),
    stories: Iterable[Story] = (),
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "documents": [document_json(d) for d in docs],
        "entities": [e.to_dict() for e in entities],
        "stories": [s.to_dict() for s in stories],
    }
