"""Accuracy gate on the events gold set (bench/gold/events.yaml), like trafilatura's eval gate.

The floors live in ``tests/events/floors.json``, a little below the figures of
``python bench/events.py``; a floor only goes up (lower one on purpose, with the reason in the
commit). The run uses the real upstream stages (sentences, entities, places, claims), so the slot
floors for actor, target and place also guard what those stages give the event rules.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_events", REPO / "bench" / "events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    t0 = time.perf_counter()
    rep = _bench().evaluate()
    rep["wall"] = time.perf_counter() - t0
    return rep


def test_gold_file_validates() -> None:
    items = _bench().load_gold()
    assert len(items) >= 150
    assert sum(len(i.events) for i in items) >= 220
    assert sum(1 for i in items if i.set == "frames") >= 30


@pytest.mark.parametrize("lang", sorted(FLOORS["type_f1"]))
def test_event_f1_floor(report: dict[str, Any], lang: str) -> None:
    assert report["langs"][lang]["type"]["f1"] >= FLOORS["type_f1"][lang]


@pytest.mark.parametrize("lang", sorted(FLOORS["exact_date"]))
def test_exact_date_floor(report: dict[str, Any], lang: str) -> None:
    assert report["langs"][lang]["exact_date"] >= FLOORS["exact_date"][lang]


@pytest.mark.parametrize("lang", sorted(FLOORS["mode_accuracy"]))
def test_mode_accuracy_floor(report: dict[str, Any], lang: str) -> None:
    assert report["langs"][lang]["mode"]["acc"] >= FLOORS["mode_accuracy"][lang]


@pytest.mark.parametrize("lang", sorted(FLOORS["slots"]))
def test_slot_floors(report: dict[str, Any], lang: str) -> None:
    below = []
    for slot, floor in FLOORS["slots"][lang].items():
        got = report["langs"][lang][slot]
        for k in ("p", "r"):
            if got[k] < floor[k]:
                below.append(f"{slot}.{k} {got[k]:.2f} < {floor[k]:.2f}")
    assert not below, below


@pytest.mark.parametrize("name", sorted(FLOORS.get("sets", {})))
def test_set_floors(report: dict[str, Any], name: str) -> None:
    """Items written for frames tuned after them keep their own floors (overfitting shows as the
    gap between these figures and the base set's)."""
    got = report["sets"][name]["all"]
    floors = FLOORS["sets"][name]
    assert got["type"]["f1"] >= floors["type_f1"]
    below = [f"{slot}.{k} {got[slot][k]:.2f}" for slot in ("actor", "target", "place") for k in ("p", "r")
             if got[slot][k] < floors[slot][k]]
    assert not below, below


def test_gate_runs_in_time(report: dict[str, Any]) -> None:
    assert report["wall"] < FLOORS["seconds"]


def test_events_stage_stays_fast(report: dict[str, Any]) -> None:
    """CPU time of the events stage alone: per gold item, and on a 3,000-character article."""
    assert report["time_ms_per_doc"] < FLOORS["events_ms_per_item"]
    assert max(report["time_ms_3000"].values()) < FLOORS["events_ms_3000"]
