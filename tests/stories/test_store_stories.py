"""Stories in the SQLite store: incremental equals batch, undated documents, syndication, CLI.

Embeddings here are synthetic (a language's mean vector plus a topic direction), so these
tests need no model; test_embedded.py runs the real one.
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.document import Document, Mention, Source, Story
from khabar.store import SQLiteStore
from khabar.stories import build_story_objects, list_stories, rebuild_stories, update_pending, update_stories
from khabar.stories.calibration import centering_means


def _texts() -> tuple[str, str, str]:
    """The Arabic wire texts of test_syndication.py (test modules are not importable by name)."""
    spec = importlib.util.spec_from_file_location("_stories_texts", Path(__file__).with_name("test_syndication.py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.AR_WIRE, mod.AR_EDITED, mod.AR_OTHER


AR_WIRE, AR_EDITED, AR_OTHER = _texts()

RNG = np.random.default_rng(5)
TOPICS = [RNG.standard_normal(384).astype(np.float32) for _ in range(5)]


def fake_embedding(topic: int, lang: str) -> list[float]:
    """Like a real e5 vector: the language's mean plus a topic direction plus noise."""
    t = TOPICS[topic] / np.linalg.norm(TOPICS[topic])
    v = centering_means()[lang] + 0.25 * t + 0.012 * RNG.standard_normal(384).astype(np.float32)
    return [float(x) for x in v / np.linalg.norm(v)]


def make_docs() -> list[Document]:
    docs = []
    spec = [  # (topic, lang, day offset or None, entity)
        (0, "ar", 0, "kirkuk-plant"), (0, "fa", 1, "kirkuk-plant"), (0, "en", 1, None), (0, "ar", 2, "kirkuk-plant"),
        (1, "en", 0, "muscat"), (1, "fa", 0, "muscat"), (1, "ar", 3, "muscat"),
        (2, "ar", 20, "basra"), (2, "en", 21, "basra"), (2, "fa", None, "basra"),
        (3, "fa", 40, "lark"), (3, "ar", 55, "lark"), (4, "en", None, "nobody"),
    ]
    for i, (topic, lang, day, ent) in enumerate(spec):
        text = f"document {i} about topic {topic} " * 5
        mentions = [Mention(0, 8, "x", ent, "PER")] if ent else []
        published = f"2024-03-{1 + day:02d}" if day is not None and day < 30 else (
            f"2024-04-{day - 29:02d}" if day is not None else None)
        docs.append(Document(id=f"doc{i:02d}", source=Source(outlet=f"outlet{i % 4}"), text=text, title=f"t{i}",
                             lang=lang, published=published, embedding=fake_embedding(topic, lang), mentions=mentions))
    return docs


def stories_of(store: SQLiteStore) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in build_story_objects(store))


@pytest.fixture
def docs() -> list[Document]:
    return make_docs()


def test_batch_clusters_by_topic_and_time(tmp_path: Path, docs: list[Document]) -> None:
    with SQLiteStore(tmp_path / "b.db") as store:
        store.put_many(docs)
        update_stories(store, [d.id for d in docs])
        got = stories_of(store)
    assert got == [["doc00", "doc01", "doc02", "doc03"], ["doc04", "doc05", "doc06"], ["doc07", "doc08", "doc09"],
                   ["doc10"], ["doc11"], ["doc12"]]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_incremental_updates_equal_the_batch(tmp_path: Path, docs: list[Document], seed: int) -> None:
    with SQLiteStore(tmp_path / "batch.db") as store:
        store.put_many(docs)
        update_stories(store, [d.id for d in docs])
        batch = build_story_objects(store)
    ids = [d.id for d in docs]
    random.Random(seed).shuffle(ids)
    with SQLiteStore(tmp_path / "inc.db") as store:
        store.put_many(docs)
        for k in range(0, len(ids), 3):
            update_stories(store, ids[k : k + 3])
        update_stories(store, ids[:4])  # re-adding documents changes nothing
        inc = build_story_objects(store)
    key = lambda s: s.id  # noqa: E731
    assert [s.to_dict() for s in sorted(inc, key=key)] == [s.to_dict() for s in sorted(batch, key=key)]


def test_rebuild_and_pending(tmp_path: Path, docs: list[Document]) -> None:
    with SQLiteStore(tmp_path / "p.db") as store:
        store.put_many(docs)
        report = update_pending(store)
        assert report.documents == len(docs)
        first = stories_of(store)
        assert update_pending(store).documents == 0
        rebuild_stories(store)
        assert stories_of(store) == first


def test_story_objects_follow_the_result_contract(tmp_path: Path, docs: list[Document]) -> None:
    with SQLiteStore(tmp_path / "c.db") as store:
        store.put_many(docs)
        update_stories(store, [d.id for d in docs])
        stories = build_story_objects(store)
        rows = list_stories(store)
    assert all(isinstance(s, Story) for s in stories)
    d = stories[0].to_dict()
    for field in ("id", "title_en", "documents", "independent_sources", "syndication", "events", "differences"):
        assert field in d
    assert Story.from_dict(d) == stories[0]
    big = next(r for r in rows if r["n_documents"] == 4)
    assert big["langs"] == {"ar": 2, "en": 1, "fa": 1} and big["first_day"] == "2024-03-01"


def test_wire_copies_fold_into_one_source(tmp_path: Path) -> None:
    emb = fake_embedding(0, "ar")
    docs = [Document(id=i, text=t, title=i, lang="ar", published="2024-03-03", embedding=emb, source=Source(outlet=i))
            for i, t in (("wire", AR_WIRE), ("site", AR_EDITED), ("other", AR_OTHER + AR_WIRE.split("\n\n")[4]))]
    with SQLiteStore(tmp_path / "s.db") as store:
        store.put_many(docs)
        update_stories(store, ["wire", "site", "other"])
        (story,) = build_story_objects(store)
        passages = store.link_passages("site", "wire")
        links = store.links(["wire"])
    assert story.syndication == [["site", "wire"]]
    assert story.independent_sources == 2
    assert [lk.kind for lk in links] == ["copy"]
    assert passages and all(p["a"][0] < p["a"][1] and p["b"][0] < p["b"][1] for p in passages)
    site_span = passages[0]["a"]  # "site" < "wire": a is the site
    assert AR_EDITED[site_span[0]:site_span[1]] in AR_EDITED


def test_cli_lists_stories_as_table_and_json(tmp_path: Path, docs: list[Document]) -> None:
    db = tmp_path / "cli.db"
    with SQLiteStore(db) as store:
        store.put_many(docs)
    runner = CliRunner()
    res = runner.invoke(main, ["stories", "--db", str(db), "--update", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 6 and {"id", "title_en", "documents", "langs", "independent_sources"} <= set(rows[0])
    res = runner.invoke(main, ["stories", "--db", str(db)])
    assert res.exit_code == 0 and "doc" not in res.stdout.split("\n")[0][:3]
