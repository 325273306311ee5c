"""Frequent words, per language: a place name that is also one needs context in text.

Many places are named like words: "كان" (Cannes; "was"), "الجديدة" (El Jadida; "the new"),
"المدينة" (Medina; "the city"), "خبر" (Khobar; Persian "news"), "مرکزی" (Markazi; "central"). The
lists come from packages already installed with khabar, ranked by frequency:

- Arabic and English: jusText's stop lists (``justext/stoplists``), the most frequent words of
  Wikipedia in each language, in rank order (2,771 Arabic and 503 English words);
- Persian: the first :data:`PERSIAN_TOP` words by frequency of shekar's vocabulary
  (``shekar/data/files/vocab.csv``), plus jusText's Persian list.

Such lists contain frequent *place* names too (تهران ranks 91st in Persian, بغداد 573rd in
Arabic); :func:`khabar.places.scan.required_level` therefore exempts capitals and large cities of
the countries where the language is spoken.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from khabar.places.keys import name_keys

__all__ = ["PERSIAN_TOP", "VERY_COMMON", "common_ranks", "prime"]

LOGGER = logging.getLogger(__name__)

#: How many of shekar's most frequent Persian words count as frequent.
PERSIAN_TOP = 3000
#: Ranks below this are function words and everyday nouns ("كان", "مدينة", "شهر", "خبر").
VERY_COMMON = 400

_JUSTEXT = {"ar": "Arabic.txt", "fa": "Persian.txt", "en": "English.txt"}


def _read(package: str, *parts: str) -> str | None:
    """A data file of an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    try:
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(package)
        path = Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)
        return path.read_text(encoding="utf-8")
    except OSError:
        LOGGER.warning("word list %s/%s not found: place names that are common words are not flagged",
                       package, "/".join(parts))
        return None


def _add(table: dict[str, int], words: list[str]) -> None:
    for rank, word in enumerate(words, 1):
        word = word.strip()
        if not word:
            continue
        for key in name_keys(word):
            if table.get(key, 10**9) > rank:
                table[key] = rank


_TABLES: dict[str, dict[str, int]] | None = None


def common_ranks() -> dict[str, dict[str, int]]:
    """``{lang: {key: rank}}`` for "ar", "fa" and "en" (rank 1 is the most frequent); read once
    per process (or taken from the gazetteer's disk cache, see :func:`prime`)."""
    global _TABLES
    if _TABLES is None:
        _TABLES = _read_ranks()
    return _TABLES


def prime(tables: dict[str, dict[str, int]]) -> None:
    """Use ranks loaded from the gazetteer's disk cache instead of reading the word lists."""
    global _TABLES
    if _TABLES is None and set(tables) == {"ar", "fa", "en"}:
        _TABLES = tables


#: The rank given to the words of khabar's own attribution vocabulary ("بيان" statement, "مصدر"
#: source, "تقرير" report): everyday news nouns that Wikipedia's most frequent words miss; a
#: place named like one ("Bayan", Kuwait) then needs more than a preposition before it.
NEWS_WORD_RANK = VERY_COMMON // 2


def _add_news_words(table: dict[str, int], lang: str) -> None:
    import importlib

    try:
        mod = importlib.import_module(f"khabar.lang.{lang}.attribution")
    except ImportError:  # pragma: no cover - packaged with khabar
        return
    words: list[str] = []
    for name in ("STATEMENT_WORDS", "REPORT_VERBS", "DENY_VERBS", "SOURCE_HEADS", "PERSON_NOUNS", "ANAPHORS"):
        words += [w for w in getattr(mod, name, ()) if " " not in w]
    for word in words:
        for key in name_keys(word):
            table[key] = min(table.get(key, 10**9), NEWS_WORD_RANK)


def _read_ranks() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"ar": {}, "fa": {}, "en": {}}
    for lang, fname in _JUSTEXT.items():
        text = _read("justext", "stoplists", fname)
        if text:
            _add(out[lang], text.split("\n"))
    for lang in ("ar", "fa"):
        _add_news_words(out[lang], lang)
    vocab = _read("shekar", "data", "files", "vocab.csv")
    if vocab:
        rows: list[tuple[int, str]] = []
        for line in vocab.split("\n"):
            word, _, freq = line.rpartition(",")
            if word and freq.strip().isdigit():
                rows.append((int(freq), word))
        rows.sort(reverse=True)
        fa: dict[str, int] = {}
        _add(fa, [w for _, w in rows[:PERSIAN_TOP]])
        for key, rank in fa.items():
            if out["fa"].get(key, 10**9) > rank:
                out["fa"][key] = rank
    return out
