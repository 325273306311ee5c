"""Accuracy gate for claims and attribution on the claims of ``bench/gold/events.yaml``.

Runs :func:`khabar.claims.find_claims` on every gold item (mentions from the ``entities`` stage when
``khabar.entities.stage`` imports, else from a plain knowledge-base name match written in
``bench/claims.py``) and compares precision/recall of (voice, kind) pairs per language and the
accuracy of cited chains with the floors in ``tests/claims/floors.json``. A floor only goes up.
The full report, with every miss: ``python bench/claims.py --errors``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("khabar_bench_claims", REPO / "bench" / "claims.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    t0 = time.perf_counter()
    rep: dict[str, Any] = _bench().evaluate()
    rep["wall"] = time.perf_counter() - t0
    by = rep["by_lang"]
    print("\nclaims gate:", "entities stage" if rep["entity_stage"] else "KB name match",
          f"{rep['claims_ms_per_doc']:.2f} ms/doc, {rep['wall']:.1f}s")
    for lang in ("ar", "fa", "en", "all"):
        s = by[lang]
        print(f"  {lang}: P {s['precision']:.3f} R {s['recall']:.3f} chain {s['chain_accuracy']:.3f} "
              f"event link {s['event_link_accuracy']:.3f} ({s['gold']} gold, {s['pred']} predicted)")
    return rep


@pytest.mark.parametrize("lang", sorted(FLOORS["precision"]))
def test_precision_floor(report: dict[str, Any], lang: str) -> None:
    p = report["by_lang"][lang]["precision"]
    assert p >= FLOORS["precision"][lang], f"{lang}: claim precision {p:.3f} fell below {FLOORS['precision'][lang]}"


@pytest.mark.parametrize("lang", sorted(FLOORS["recall"]))
def test_recall_floor(report: dict[str, Any], lang: str) -> None:
    r = report["by_lang"][lang]["recall"]
    assert r >= FLOORS["recall"][lang], f"{lang}: claim recall {r:.3f} fell below {FLOORS['recall'][lang]}"


def test_chain_accuracy_floor(report: dict[str, Any]) -> None:
    acc = report["by_lang"]["all"]["chain_accuracy"]
    assert acc >= FLOORS["chain_accuracy"]["all"], f"chain accuracy {acc:.3f} fell below the floor"


def test_event_link_accuracy_floor(report: dict[str, Any]) -> None:
    """A gold event's trigger falls in a claim whose voice is one of the event's gold claims."""
    acc = report["by_lang"]["all"]["event_link_accuracy"]
    assert acc >= FLOORS["event_link_accuracy"]["all"], f"event link accuracy {acc:.3f} fell below the floor"


def test_claims_are_fast(report: dict[str, Any]) -> None:
    assert report["claims_ms_per_doc"] <= FLOORS["max_ms_per_doc"]
    assert report["wall"] <= FLOORS["max_seconds"]
