"""Stages and the pipeline that runs them over one Document at a time.

A stage is a registered callable that declares which Document fields it **requires** and
which it **assigns**::

    @stage("language", requires=("text",), assigns=("lang",))
    class LanguageStage:
        def __init__(self, settings: Settings): ...    # heavy resources load once
        def __call__(self, doc: Document) -> Document: ...

Plain functions ``def f(doc) -> doc`` can be stages too. :class:`Pipeline` checks the order
when it is built (error E007), and wraps every call: an exception on one document becomes
a coded issue (W090) on that document, and the remaining stages still run where they can.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .config import Settings
from .document import Document
from .errors import KhabarError

__all__ = ["stage", "StageInfo", "Pipeline", "REGISTRY", "INITIAL_FIELDS", "DEFAULT_STAGES"]

LOGGER = logging.getLogger(__name__)

#: Fields a Document has when it leaves ingest.
INITIAL_FIELDS: tuple[str, ...] = ("id", "source", "raw", "issues")

#: The document stages run by default, in order. Modules are imported lazily by name.
DEFAULT_STAGES: tuple[str, ...] = ("extract", "language", "pubdate", "sentences", "entities", "places", "claims", "events", "embed")

#: Where each registered stage lives, so a pipeline can import only what it uses.
STAGE_MODULES: dict[str, str] = {
    "extract": "khabar.extract.stage",
    "language": "khabar.stages.language",
    "pubdate": "khabar.stages.pubdate",
    "sentences": "khabar.stages.sentences",
    "entities": "khabar.entities.stage",
    "places": "khabar.places.stage",
    "claims": "khabar.claims.stage",
    "events": "khabar.events.stage",
    "embed": "khabar.stages.embed",
}


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    is_class: bool


REGISTRY: dict[str, StageInfo] = {}


def stage(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()) -> Callable[[Any], Any]:
    """Register a class (instantiated once with ``settings``) or a function as a stage."""

    def register(obj: Any) -> Any:
        REGISTRY[name] = StageInfo(name, obj, tuple(requires), tuple(assigns), isinstance(obj, type))
        obj.stage_name = name
        return obj

    return register


def get_stage(name: str) -> StageInfo:
    if name not in REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    if name not in REGISTRY:
        raise KhabarError("E008", f"{name!r}; known: {', '.join(sorted(set(REGISTRY) | set(STAGE_MODULES)))}")
    return REGISTRY[name]


def check_order(infos: Iterable[StageInfo], initial: Iterable[str] = INITIAL_FIELDS) -> None:
    """Raise E007 if a stage requires a field no earlier stage assigns."""
    have = set(initial)
    for info in infos:
        missing = [r for r in info.requires if r not in have]
        if missing:
            raise KhabarError("E007", f"stage {info.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        have.update(info.assigns)


@dataclass
class Pipeline:
    """Document stages in a checked order; call it on one Document."""

    names: Sequence[str] = DEFAULT_STAGES
    settings: Settings = field(default_factory=Settings)
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        infos = [get_stage(n) for n in self.names]
        check_order(infos)
        self._steps: list[tuple[StageInfo, Callable[[Document], Document]]] = []
        for info in infos:
            fn = info.factory(self.settings) if info.is_class else info.factory
            self._steps.append((info, fn))
            self.timings.setdefault(info.name, 0.0)

    @property
    def assigns(self) -> set[str]:
        out = set(INITIAL_FIELDS)
        for info, _ in self._steps:
            out.update(info.assigns)
        return out

    def __call__(self, doc: Document) -> Document:
        for info, fn in self._steps:
            if doc.failed:
                break
            t0 = time.perf_counter()
            try:
                result = fn(doc)
                if result is not None:
                    doc = result
            except Exception as exc:  # one bad document must not stop the batch
                LOGGER.warning("stage %s failed on %s: %r", info.name, doc.id, exc)
                doc.add_issue(info.name, "W090", f"stage failed: {type(exc).__name__}: {exc}")
            finally:
                self.timings[info.name] += time.perf_counter() - t0
        return doc
