"""English names for new Arabic-script names, with ``arabic-name-romanizer`` (offline, MIT).

The romanizer is always given a country hint: without one it drifts to Maghrebi spellings
("Kacem" for قاسم). Persian-script names get "IR"; Arabic names the country of the context.
Organization head words (كتائب, سرايا ...) take their usual English forms ("Kataib", "Saraya")
and the rest is romanized. Results are cached; the model loads on first use.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from typing import Any

from khabar.entities.keys import unify
from khabar.entities.lexicon import lexicon
from khabar.text.normalize import normalize_key

__all__ = ["romanize_many", "tidy", "transliterator"]

LOGGER = logging.getLogger(__name__)

_ARTICLE_RE = re.compile(r"(?<=\s)(?:Al|El)[- ](?=\w)")
_PERSIAN_LETTERS = re.compile("[پچژگ]")


@functools.lru_cache(maxsize=1)
def transliterator() -> Any | None:
    """The romanizer (dictionary + ONNX model), or None when the package is missing."""
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:  # pragma: no cover - a declared dependency
        LOGGER.warning("arabic-name-romanizer is not installed: new names keep their original script")
        return None
    return Transliterator()


def tidy(name: str) -> str:
    """House style: "Saad Al-Darraji" -> "Saad al-Darraji"; single spaces."""
    name = " ".join(name.split())
    name = _ARTICLE_RE.sub("al-", name)
    return name


@functools.lru_cache(maxsize=20_000)
def _one(name: str, country: str) -> str:
    tr = transliterator()
    if tr is None:
        return name
    try:
        return str(tr.transliterate(name, country=country))
    except Exception as exc:  # the model must never break linking
        LOGGER.warning("romanizing %r failed: %r", name, exc)
        return name


def romanize_many(items: Sequence[tuple[str, str, str]]) -> list[str]:
    """English forms for ``(name, entity type, country hint)`` triples, in order."""
    lex = lexicon()
    out: list[str] = []
    for name, etype, country in items:
        words = name.split()
        prefix = ""
        if etype != "PER" and len(words) > 1:
            head = unify(normalize_key(words[0], "ar")).replace(" ", "")
            if head in lex.org_head_en:
                prefix = lex.org_head_en[head] + " "
                words = words[1:]
        hint = "IR" if _PERSIAN_LETTERS.search(name) and country not in ("IR", "AF") else country
        body = _one(" ".join(words), hint or "IQ")
        out.append(tidy(prefix + body))
    return out
