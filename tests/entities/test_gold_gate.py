"""Accuracy gate on the entities gold set (bench/gold/entities.yaml), like trafilatura's eval gate.

The floors live in ``tests/entities/floors.json``; a floor only goes up (lower one on purpose, with
the reason in the commit). The full report is ``python bench/entities.py``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_entities", REPO / "bench" / "entities.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    t0 = time.perf_counter()
    rep = _bench().evaluate()
    rep["wall"] = time.perf_counter() - t0
    return rep


@pytest.mark.parametrize("lang", sorted(FLOORS["exact_f1"]))
def test_f1_floor_per_language(report, lang):
    f1 = report["by_lang"][lang]["exact"]["f1"]
    assert f1 >= FLOORS["exact_f1"][lang], f"{lang}: exact F1 {f1:.3f} fell below {FLOORS['exact_f1'][lang]}"


@pytest.mark.parametrize("etype", sorted(FLOORS["type_f1"]))
def test_f1_floor_per_type(report, etype):
    f1 = report["by_type"][etype]["exact"]["f1"]
    assert f1 >= FLOORS["type_f1"][etype], f"{etype}: exact F1 {f1:.3f} fell below {FLOORS['type_f1'][etype]}"


@pytest.mark.parametrize("kind", sorted(FLOORS["linking"]))
def test_linking_floor(report, kind):
    acc = report["linking"][kind]["accuracy"]
    assert acc >= FLOORS["linking"][kind], f"{kind} linking {acc:.3f} fell below {FLOORS['linking'][kind]}"


def test_no_more_false_merges(report):
    assert len(report["linking"]["false_merges"]) <= FLOORS["max_false_merges"]


def test_gate_is_fast(report):
    assert report["wall"] < 45  # about 8 s on an idle 2-core machine; generous against CI load
