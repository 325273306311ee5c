"""Scoring story clusters and wire groups against a gold standard, and reading gold articles.

- :func:`bcubed`: B-cubed precision, recall and F1 of a clustering (Bagga & Baldwin 1998): per
  document, the share of its predicted cluster that is in its gold cluster (precision) and the
  share of its gold cluster that is in its predicted cluster (recall), averaged.
- :func:`pair_scores`: precision and recall of the *pairs* two groupings put together (used for
  wire groups: a pair is right when both documents carry the same wire text).
- :func:`read_header_article`: the article format of ``bench/gold/stories/articles`` (a header
  of ``key: value`` lines, ``---``, the title line, a blank line, the body).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["bcubed", "pair_scores", "pairs_of", "Scores", "GoldArticle", "read_header_article"]


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
