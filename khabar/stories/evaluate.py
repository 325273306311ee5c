"""Scoring story clusters and wire groups against a gold standard, and reading gold articles.

- :func:`bcubed`: B-cubed precision, recall and F1 of a clustering (Bagga & Baldwin 1998): per
  document, the share of its predicted cluster that is in its gold cluster (precision) and the
  share of its gold cluster that is in its predicted cluster (recall), averaged.
- :func:`pair_scores`: precision and recall of the *pairs* two groupings put together (used for
  wire groups: a pair is right when both documents carry the same wire text).
- :func:`score_events`: merged events against the gold's (for each gold event, the system event
  of its type sharing most documents: found, exactly the same documents and alone on its day,
  split, over-merged; day, place and count agreement).
- :func:`score_differences`: conflicts (document, field, value: precision and recall) and unique
  details (documents that have one; the figures the gold details name).
- :func:`read_header_article`: the article format of ``bench/gold/stories/articles`` (a header
  of ``key: value`` lines, ``---``, the title line, a blank line, the body).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["bcubed", "pair_scores", "pairs_of", "Scores", "GoldArticle", "read_header_article",
           "EventScores", "DifferenceScores", "score_events", "score_differences"]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Scores:
    """B-cubed scores over the documents in ``gold`` (doc id -> cluster label, both sides)."""
    docs = [d for d in gold if d in predicted]
    if not docs:
        return Scores(0.0, 0.0)
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for d in docs:
        by_pred.setdefault(predicted[d], set()).add(d)
        by_gold.setdefault(gold[d], set()).add(d)
    p = r = 0.0
    for d in docs:
        pc, gc = by_pred[predicted[d]], by_gold[gold[d]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    return Scores(p / len(docs), r / len(docs))


def pairs_of(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for g in groups:
        for a, b in itertools.combinations(sorted(set(g)), 2):
            out.add((a, b))
    return out


def pair_scores(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> Scores:
    """Pair precision/recall of two groupings (1.0 for an empty side with nothing to find)."""
    pp, gp = pairs_of(predicted), pairs_of(gold)
    hit = len(pp & gp)
    return Scores(hit / len(pp) if pp else 1.0, hit / len(gp) if gp else 1.0)


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    outlet: str | None
    url: str | None
    published: str | None
    lang: str | None
    title: str
    text: str


def read_header_article(path: str | Path) -> GoldArticle:
    """Read one ``header --- title body`` article (see the module docstring)."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{p}: no '---' line after the header")
    fields: dict[str, str | None] = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        fields[key.strip()] = None if value in ("", "null") else value
    title, _, text = body.lstrip("\n").partition("\n")
    return GoldArticle(p, fields.get("outlet"), fields.get("url"), fields.get("published"), fields.get("lang"),
                       title.strip(), text.strip())


# -- merged events and outlet differences against truth.yaml ------------------------------------

_ALIASES = {"missiles": "rockets"}
_YEAR = range(1900, 2101)


@dataclass
class EventScores:
    """Merged-event accuracy (see :func:`score_events`)."""

    gold: int = 0
    found: int = 0  # a system event of the gold type shares a document with the gold event
    exact: int = 0  # exactly one system event of that type covers exactly the gold documents
    split: int = 0  # more than one system event of the type, on the gold day, shares its documents
    over: int = 0  # the best system event also holds documents that do not report the gold event
    date_ok: int = 0
    dated: int = 0
    place_ok: int = 0
    placed: int = 0
    quantities_ok: int = 0
    quantities: int = 0
    coverage: float = 0.0  # mean Jaccard of the documents of the best system event

    def __str__(self) -> str:
        n = max(self.gold, 1)
        return (f"found {self.found}/{self.gold}, exact {self.exact}/{self.gold} ({self.exact / n:.3f}), "
                f"doc Jaccard {self.coverage:.3f}, split {self.split}, over-merged {self.over}; "
                f"date {self.date_ok}/{self.dated}, place {self.place_ok}/{self.placed}, "
                f"counts {self.quantities_ok}/{self.quantities}")


@dataclass
class DifferenceScores:
    conflicts_system: int = 0
    conflicts_gold: int = 0
    conflicts_slot_gold: int = 0  # gold conflicts about a field of a merged event (day, party, count)
    conflicts_hit: int = 0
    conflicts_slot_hit: int = 0
    unique_system: int = 0
    unique_gold: int = 0
    unique_docs: Scores = Scores(0.0, 0.0)  # documents with a unique detail, system vs gold
    figures_gold: int = 0  # figures named in gold unique details (measurable cross-lingually)
    figures_hit: int = 0

    @property
    def conflicts(self) -> Scores:
        return Scores(self.conflicts_hit / self.conflicts_system if self.conflicts_system else 1.0,
                      self.conflicts_hit / self.conflicts_gold if self.conflicts_gold else 1.0)

    @property
    def conflicts_slot_recall(self) -> float:
        return self.conflicts_slot_hit / self.conflicts_slot_gold if self.conflicts_slot_gold else 1.0

    @property
    def figures_recall(self) -> float:
        return self.figures_hit / self.figures_gold if self.figures_gold else 1.0


def _gold_events(truth: Mapping[str, Any]) -> dict[str, tuple[str, dict[str, Any], set[str]]]:
    """Gold event id -> (story, event, files reporting it)."""
    out: dict[str, tuple[str, dict[str, Any], set[str]]] = {}
    for s in truth["stories"]:
        for e in s["events"]:
            out[e["id"]] = (s["id"], e, set())
    for a in truth["articles"]:
        for eid in a.get("events") or []:
            out[eid][2].add(a["file"])
    return out


def _iso(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value is not None else None)


def score_events(truth: Mapping[str, Any], stories: Iterable[Any], doc_of_file: Mapping[str, str],
                 place_name: Any = None) -> EventScores:
    """Each gold merged event against the system events of the story holding its documents."""
    import datetime as dt

    out = EventScores()
    by_doc = {d: st for st in stories for d in st.documents}
    jaccards = []
    for _story, g, files in _gold_events(truth).values():
        gold_docs = {doc_of_file[f] for f in files if f in doc_of_file}
        if not gold_docs:
            continue
        out.gold += 1
        owners = [by_doc[d] for d in gold_docs if d in by_doc]
        if not owners:
            continue
        st = max(owners, key=lambda s: (owners.count(s), s.id))
        cands = [e for e in st.events if e.type == g["type"] and set(e.documents) & gold_docs]
        if not cands:
            jaccards.append(0.0)
            continue
        out.found += 1
        best = max(cands, key=lambda e: (len(set(e.documents) & gold_docs) / len(set(e.documents) | gold_docs),
                                         e.independent_sources or 0))
        jac = len(set(best.documents) & gold_docs) / len(set(best.documents) | gold_docs)
        jaccards.append(jac)
        gday = _iso(g.get("date"))
        near = []
        for e in cands:
            if gday and e.date:
                if abs((dt.date.fromisoformat(e.date) - dt.date.fromisoformat(gday)).days) <= 1:
                    near.append(e)
            elif not gday:
                near.append(e)
        out.split += int(len(near) > 1)
        out.over += int(bool(set(best.documents) - gold_docs))
        out.exact += int(set(best.documents) == gold_docs and len(near) <= 1)
        if gday:
            out.dated += 1
            out.date_ok += int(best.date == gday)
        if g.get("place"):
            out.placed += 1
            name = (best.place.name_en or "") if best.place is not None else ""
            words = {w.strip("(),").lower() for w in name.replace("(", " ").split() if len(w.strip("(),")) > 3}
            out.place_ok += int(bool(words) and any(w in g["place"].lower() for w in words))
        for k, v in (g.get("quantities") or {}).items():
            if not isinstance(v, int):
                continue
            out.quantities += 1
            got = {_ALIASES.get(kk, kk): vv for kk, vv in best.quantities.items()}
            out.quantities_ok += int(got.get(_ALIASES.get(k, k)) == v)
    out.coverage = sum(jaccards) / len(jaccards) if jaccards else 0.0
    return out


def _field(about: str) -> str:
    f = about.split(":", 1)[0].strip().replace(" ", "_")
    return _ALIASES.get(f, f)


def _numbers(text: str) -> set[str]:
    import re

    out = set()
    for m in re.finditer(r"\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text):
        v = m.group().replace(",", "")
        if ":" in v or (float(v) not in (0, 1) and int(float(v)) not in _YEAR):
            out.add(v)
    return out


def score_differences(truth: Mapping[str, Any], stories: Iterable[Any], doc_of_file: Mapping[str, str],
                      names: Any = None) -> DifferenceScores:
    """Conflicts (document, field and value) and unique details (per document; figures) against gold."""
    out = DifferenceScores()
    diffs = [d for st in stories for d in st.differences]
    conflicts = [d for d in diffs if d.kind == "conflict"]
    uniques = [d for d in diffs if d.kind == "unique"]
    out.conflicts_system = len(conflicts)
    out.unique_system = len(uniques)
    slot_fields = {"date", "actor", "target", "place"}
    for s in truth["stories"]:
        for e in s["events"]:
            slot_fields.update(_ALIASES.get(k, k) for k in (e.get("quantities") or {}))
    matched: set[int] = set()
    gold_unique_docs, sys_unique_docs = set(), {d.document for d in uniques}
    for a in truth["articles"]:
        doc = doc_of_file.get(a["file"])
        if doc is None:
            continue
        for c in a.get("conflicts") or []:
            field_ = _ALIASES.get(c["about"], c["about"])
            out.conflicts_gold += 1
            slot = field_ in slot_fields and c.get("value") is not None
            out.conflicts_slot_gold += int(slot)
            want = _iso(c.get("value"))
            for i, d in enumerate(conflicts):
                if i in matched or d.document != doc or _field(d.about) != field_:
                    continue
                got = d.value or ""
                if want is not None and (got == want or (field_ in ("actor", "target") and want.lower() in got.lower())):
                    matched.add(i)
                    out.conflicts_hit += 1
                    out.conflicts_slot_hit += int(slot)
                    break
        if a.get("unique"):
            gold_unique_docs.add(doc)
            out.unique_gold += len(a["unique"])
            mine = " ".join(f"{d.about} {d.value or ''}" for d in uniques if d.document == doc)
            found = _numbers(mine)
            for u in a["unique"]:
                for n in _numbers(u):
                    out.figures_gold += 1
                    out.figures_hit += int(n in found)
    hit = len(gold_unique_docs & sys_unique_docs)
    out.unique_docs = Scores(hit / len(sys_unique_docs) if sys_unique_docs else 1.0,
                             hit / len(gold_unique_docs) if gold_unique_docs else 1.0)
    return out
