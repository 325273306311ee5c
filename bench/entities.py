"""Entity recognition and cross-script linking accuracy on ``bench/gold/entities.yaml``.

    python bench/entities.py [--gold FILE] [--json] [--errors]

Prints precision/recall/F1 per language and per type, with exact span match and with a lenient
(overlapping span) match — the type must agree in both — then cross-script linking accuracy: over
pairs of gold mentions with the same English name in different passages, the fraction that got
the same entity id (pairs where both mentions were found), separately for knowledge-base and
invented entities, plus false merges (one id for two gold names). Finally the English-name
accuracy of knowledge-base entities and of new entities against the gold English names.
The CI gate (``tests/entities/test_gold_gate.py``) calls :func:`evaluate`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "gold" / "entities.yaml"
MARK_RE = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]|]*)\|([^\[\]|]*)\]\]")
TYPES = ("PER", "ORG", "LOC")


@dataclass
class GoldMention:
    start: int
    end: int
    text: str
    type: str
    name_en: str


@dataclass
class Passage:
    id: str
    lang: str
    text: str
    mentions: list[GoldMention]
    invented: set[str] = field(default_factory=set)


def load_gold(path: Path = GOLD) -> list[Passage]:
    """Parse and validate the gold file (the checks of bench/gold/README.md)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[Passage] = []
    seen_types: dict[str, str] = {}
    for item in data["passages"]:
        raw = item["text"]
        parts: list[str] = []
        mentions: list[GoldMention] = []
        pos = 0
        length = 0
        for m in MARK_RE.finditer(raw):
            before = raw[pos:m.start()]
            parts.append(before)
            length += len(before)
            surface, etype, name = m.groups()
            if etype not in TYPES:
                raise ValueError(f"{item['id']}: bad type {etype!r}")
            if seen_types.setdefault(name, etype) != etype:
                raise ValueError(f"{item['id']}: {name!r} has two types")
            mentions.append(GoldMention(length, length + len(surface), surface, etype, name))
            parts.append(surface)
            length += len(surface)
            pos = m.end()
        parts.append(raw[pos:])
        text = "".join(parts)
        if any(ch in text for ch in "[]|"):
            raise ValueError(f"{item['id']}: leftover mark characters")
        for gm in mentions:
            assert text[gm.start:gm.end] == gm.text
        invented: set[str] = set()
        note = item.get("note") or ""
        if note.startswith("kb-absent:"):
            invented = {n.strip() for n in note[len("kb-absent:"):].split(".")[0].split(";") if n.strip()}
        out.append(Passage(item["id"], item["lang"], text, mentions, invented))
    return out


def run_system(passages: list[Passage], kb: Any = None, places: bool = False) -> tuple[list[Any], list[Any], float]:
    """Run the entities stage (and the places stage after it, with ``places``) on every passage,
    then corpus linking. Returns docs, entities, seconds."""
    from khabar.document import Document, Span
    from khabar.entities import EntityStage, link_entities
    from khabar.text.sentences import split_sentences

    stage = EntityStage(kb=kb)
    after = None
    if places:
        from khabar.places.stage import PlaceStage

        after = PlaceStage(kb=stage.kb)
    docs = []
    t0 = time.perf_counter()
    for p in passages:
        doc = Document(id=p.id, text=p.text, lang=p.lang)
        doc.sentences = [Span(s, e) for s, e in split_sentences(p.text, p.lang)]
        doc = stage(doc)
        docs.append(after(doc) if after is not None else doc)
    entities = link_entities(docs, stage.kb)
    return docs, entities, time.perf_counter() - t0


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "sys": n_sys, "gold": n_gold}


def _score(pairs: list[tuple[list[GoldMention], list[Any]]], lenient: bool) -> dict[str, Any]:
    tp = n_sys = n_gold = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            for k, s in enumerate(system):
                if k in used or s.type != g.type:
                    continue
                hit = (s.start < g.end and g.start < s.end) if lenient else (s.start, s.end) == (g.start, g.end)
                if hit:
                    used.add(k)
                    tp += 1
                    break
    return _prf(tp, n_sys, n_gold)


def evaluate(gold_path: Path = GOLD, kb: Any = None, places: bool = False) -> dict[str, Any]:
    """All figures as a dict (see the module docstring). ``places`` also runs the places stage."""
    passages = load_gold(gold_path)
    docs, entities, seconds = run_system(passages, kb, places)
    by_id = {e.id: e for e in entities}
    report: dict[str, Any] = {"passages": len(passages), "seconds": round(seconds, 2), "by_lang": {},
                              "by_type": {}}
    groups: dict[str, list[tuple[list[GoldMention], list[Any]]]] = defaultdict(list)
    for p, d in zip(passages, docs, strict=True):
        for lang in (p.lang, "all"):
            groups[f"lang:{lang}"].append((p.mentions, d.mentions))
        for t in TYPES:
            groups[f"type:{t}"].append(([g for g in p.mentions if g.type == t], [m for m in d.mentions if m.type == t]))
    for key, pairs in sorted(groups.items()):
        kind, name = key.split(":")
        report["by_" + kind][name] = {"exact": _score(pairs, False), "lenient": _score(pairs, True)}
    report["linking"] = _linking(passages, docs, by_id)
    return report


def _found(p: Passage, doc: Any) -> list[tuple[GoldMention, Any]]:
    """Gold mentions with the system mention that covers most of them (any type): the overlap must
    be at least half of the longer of the two spans."""
    out = []
    for g in p.mentions:
        best, best_overlap = None, 0.0
        for m in doc.mentions:
            overlap = min(m.end, g.end) - max(m.start, g.start)
            ratio = overlap / max(m.end - m.start, g.end - g.start)
            if m.entity and ratio >= 0.5 and ratio > best_overlap:
                best, best_overlap = m, ratio
        out.append((g, best))
    return out


def _linking(passages: list[Passage], docs: list[Any], by_id: dict[str, Any]) -> dict[str, Any]:
    from khabar.kb import load_kb

    kb = load_kb()
    invented = set().union(*(p.invented for p in passages))
    occurrences: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)  # name -> (doc, lang, id)
    id_names: dict[str, set[str]] = defaultdict(set)
    name_checks: dict[str, dict[tuple[str, str], bool]] = {"kb": {}, "new": {}}
    wrong_names: set[str] = set()
    for p, d in zip(passages, docs, strict=True):
        for g, m in _found(p, d):
            occurrences[g.name_en].append((p.id, p.lang, m.entity if m else None))
            if m is None:
                continue
            id_names[m.entity].add(g.name_en)
            ent = by_id.get(m.entity)
            if ent is not None:
                kind = "kb" if m.entity in kb else "new"
                ok = _same_name(ent.name_en, g.name_en, kind == "new")
                name_checks[kind][(m.entity, g.name_en)] = ok
                if not ok:
                    wrong_names.add(f"{kind}: {ent.name_en} (gold {g.name_en})")
    stats = {k: {"pairs": 0, "found": 0, "same": 0} for k in ("kb", "invented", "cross_script")}
    for name, occ in occurrences.items():
        kind = "invented" if name in invented else "kb"
        for (d1, l1, e1), (d2, l2, e2) in combinations(occ, 2):
            if d1 == d2:
                continue
            for k in (kind, "cross_script") if l1 != l2 else (kind,):
                stats[k]["pairs"] += 1
                if e1 and e2:
                    stats[k]["found"] += 1
                    stats[k]["same"] += e1 == e2
    out: dict[str, Any] = {}
    for k, s in stats.items():
        out[k] = {**s, "accuracy": round(s["same"] / s["found"], 4) if s["found"] else 0.0}
    out["wrong_names"] = sorted(wrong_names)
    out["split"] = sorted(f"{name}: {', '.join(sorted({str(e) for _, _, e in occ}))}"
                          for name, occ in occurrences.items() if len({e for _, _, e in occ if e}) > 1)
    out["false_merges"] = sorted(f"{eid}: {' / '.join(sorted(n))}" for eid, n in id_names.items() if len(n) > 1)
    for kind, checks in name_checks.items():
        ok = sum(checks.values())
        out[f"name_en_{kind}"] = {"entities": len(checks), "correct": ok,
                                  "accuracy": round(ok / len(checks), 4) if checks else 0.0}
    return out


def _same_name(system: str, gold: str, relaxed: bool) -> bool:
    if system.casefold() == gold.casefold():
        return True
    if not relaxed:
        return False
    from khabar.entities.keys import latin_skeleton

    return latin_skeleton(system) == latin_skeleton(gold)


def _print(report: dict[str, Any], verbose: bool = False) -> None:
    print(f"entities gold set: {report['passages']} passages, system time {report['seconds']} s")
    print(f"{'':10} {'exact P':>8} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}   {'gold':>5}")
    for kind in ("lang", "type"):
        for name, r in report["by_" + kind].items():
            e, le = r["exact"], r["lenient"]
            print(f"{kind[:4] + ' ' + name:10} {e['p']:8.3f} {e['r']:6.3f} {e['f1']:6.3f}   "
                  f"{le['p']:9.3f} {le['r']:6.3f} {le['f1']:6.3f}   {e['gold']:5d}")
    lk = report["linking"]
    print("linking (pairs of gold mentions of one entity in different passages, both found):")
    for k in ("kb", "invented", "cross_script"):
        s = lk[k]
        print(f"  {k:13} accuracy {s['accuracy']:.3f}  ({s['same']}/{s['found']} found of {s['pairs']} pairs)")
    for k in ("kb", "new"):
        s = lk[f"name_en_{k}"]
        print(f"  name_en {k:5} accuracy {s['accuracy']:.3f}  ({s['correct']}/{s['entities']})")
    print(f"  false merges: {len(lk['false_merges'])}")
    for fm in lk["false_merges"]:
        print(f"    {fm}")
    if verbose:
        print("  split entities (one gold name, several ids):")
        for s in lk["split"]:
            print(f"    {s}")
        print("  English names that differ from the gold:")
        for s in lk["wrong_names"]:
            print(f"    {s}")


def _errors(gold_path: Path, places: bool = False) -> None:
    passages = load_gold(gold_path)
    docs, _, _ = run_system(passages, places=places)
    for p, d in zip(passages, docs, strict=True):
        gold = {(g.start, g.end, g.type) for g in p.mentions}
        system = {(m.start, m.end, m.type) for m in d.mentions}
        missed = [f"{p.text[s:e]}/{t}" for s, e, t in sorted(gold - system)]
        extra = [f"{p.text[s:e]}/{t}" for s, e, t in sorted(system - gold)]
        if missed or extra:
            print(f"{p.id}\n  missed: {' | '.join(missed)}\n  extra:  {' | '.join(extra)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--errors", action="store_true", help="list missed and extra mentions per passage")
    ap.add_argument("--with-places", action="store_true",
                    help="run the places stage after the entities stage (gazetteer place names)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list split entities and wrong English names")
    args = ap.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.errors:
        _errors(args.gold, args.with_places)
        return 0
    report = evaluate(args.gold, places=args.with_places)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print(report, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
