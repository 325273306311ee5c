"""Online story clustering at scale: per-document time and peak memory at 1k, 10k and 100k documents.

Synthetic documents, generated with a fixed seed: stories are born uniformly over one year and
last 1-5 days; each has a random unit "topic" vector per story and 2-4 synthetic entity ids
drawn from a Zipf-like pool (so popular entities recur across many stories, as prime ministers
and capitals do); each document is its story's vector plus noise (cosine to the centre about
0.6 after centering, like same-story pairs of real articles), in a random language of ar/fa/en,
with 1-3 of its story's entities and 0-2 random ones, and a publication day inside the story's
span. Documents are fed in canonical order through the same :class:`~khabar.stories.cluster.Clusterer`
the store uses (in memory here: the store adds the same work per document plus SQLite I/O,
see ``--store``).

Printed per size: documents, stories found, mean per-document time (and of the last 10% only,
which is what a growing store sees), the active window's largest size, peak memory allocated by
the clustering (a second, traced pass: the signatures themselves are not counted), and B-cubed
F1 against the generating stories (a sanity check, not an accuracy figure).

Usage: ``python bench/stories_scale.py [--sizes 1000,10000,100000] [--store N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from khabar.stories.cluster import Clusterer, ClusterParams  # noqa: E402
from khabar.stories.evaluate import bcubed  # noqa: E402
from khabar.stories.features import Signature, sort_key  # noqa: E402

DIM = 384
LANGS = ("ar", "fa", "en")
START = dt.date(2024, 1, 1)


def synthetic(n: int, seed: int = 7) -> tuple[list[Signature], dict[str, str]]:
    """``n`` signatures in canonical order and their generating story labels."""
    rng = np.random.default_rng(seed)
    n_stories = max(1, n // 5)
    pool = max(50, n_stories // 2)
    zipf = 1.0 / np.arange(1, pool + 1) ** 0.9
    zipf /= zipf.sum()
    born = rng.integers(0, 365, n_stories)
    span = rng.integers(0, 5, n_stories)
    centres = rng.standard_normal((n_stories, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    story_ents = [[f"syn:e{int(e)}" for e in rng.choice(pool, rng.integers(2, 5), p=zipf, replace=False)]
                  for _ in range(n_stories)]
    sigs, labels = [], {}
    for i in range(n):
        s = int(rng.integers(0, n_stories))
        vec = centres[s] + rng.standard_normal(DIM).astype(np.float32) * 0.045
        vec /= np.linalg.norm(vec)
        vec = vec.astype(np.float16).astype(np.float32)
        day = START + dt.timedelta(days=int(born[s] + rng.integers(0, span[s] + 1)))
        own = list(rng.choice(story_ents[s], rng.integers(1, len(story_ents[s]) + 1), replace=False))
        noise = [f"syn:e{int(e)}" for e in rng.choice(pool, rng.integers(0, 3), p=zipf)]
        ents = {str(e): 1.0 for e in own} | {str(e): 0.5 for e in noise if e not in own}
        doc_id = f"d{i:07d}"
        sigs.append(Signature(id=doc_id, key=sort_key(day, doc_id), day=day, lang=LANGS[int(rng.integers(0, 3))],
                              outlet=None, vec=vec, entities=ents))
        labels[doc_id] = f"s{s}"
    sigs.sort(key=lambda x: x.key)
    return sigs, labels


def run_memory(sigs: list[Signature], params: ClusterParams) -> dict[str, float]:
    clusterer = Clusterer(params)
    window = dt.timedelta(days=params.window_days)
    predicted: dict[str, str] = {}
    times = np.zeros(len(sigs))
    peak_active = 0
    for i, sig in enumerate(sigs):
        t = time.perf_counter()
        assert sig.day is not None
        clusterer.evict(sig.day - window)
        a = clusterer.add(sig)
        times[i] = time.perf_counter() - t
        predicted[sig.id] = a.story
        peak_active = max(peak_active, len(clusterer.active))
    tail = times[int(len(times) * 0.9):]
    return {"mean_ms": times.mean() * 1e3, "tail_ms": tail.mean() * 1e3, "stories": len(set(predicted.values())),
            "active": peak_active, "predicted": predicted}  # type: ignore[dict-item]


def run_store(sigs: list[Signature], params: ClusterParams, batch: int = 200) -> dict[str, float]:
    """The store path: signatures written, then ``update_stories``-like batches via the service."""
    from khabar.document import Document
    from khabar.store import SQLiteStore
    from khabar.stories import service

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "scale.db"))
        store.put_many(Document(id=s.id, text="", published=s.day.isoformat() if s.day else None) for s in sigs)
        store.put_signatures(sigs, service.FEATURES_VERSION)
        times = []
        for k in range(0, len(sigs), batch):
            chunk = sigs[k : k + batch]
            t = time.perf_counter()
            store.conn.execute("BEGIN IMMEDIATE")
            out = service._cluster_dated(store, chunk, params)
            store.set_assignments([(d, sid, next(s.key for s in chunk if s.id == d), False, sc) for d, sid, sc in out])
            service._refresh(store, {sid for _, sid, _ in out})
            store.conn.execute("COMMIT")
            times.append((time.perf_counter() - t) / len(chunk))
        store.close()
    return {"mean_ms": float(np.mean(times)) * 1e3, "tail_ms": float(np.mean(times[int(len(times) * 0.9):])) * 1e3}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--no-memory", action="store_true", help="skip the traced second pass (peak memory)")
    ap.add_argument("--store", type=int, default=0, metavar="N", help="also run N documents through the SQLite store")
    args = ap.parse_args(argv)
    params = ClusterParams()
    print(f"{'docs':>8} {'stories':>8} {'ms/doc':>8} {'last10%':>8} {'window':>7} {'peak MB':>8} {'B3 F1':>6}")
    for n in [int(x) for x in args.sizes.split(",") if x]:
        sigs, labels = synthetic(n)
        r = run_memory(sigs, params)  # timed without tracing (tracemalloc slows Python ~2x)
        peak = float("nan")
        if not args.no_memory:
            tracemalloc.start()
            run_memory(sigs, params)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        f1 = bcubed(r["predicted"], labels).f1  # type: ignore[arg-type]
        print(f"{n:>8} {r['stories']:>8} {r['mean_ms']:>8.2f} {r['tail_ms']:>8.2f} {r['active']:>7} {peak:>8.1f} {f1:>6.3f}",
              flush=True)
    if args.store:
        sigs, _ = synthetic(args.store)
        r = run_store(sigs, params)
        print(f"store path, {args.store} documents in batches of 200: {r['mean_ms']:.2f} ms/doc "
              f"(last 10%: {r['tail_ms']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
