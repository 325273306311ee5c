"""Accuracy of English forms chosen for Arabic names (``arabic-name-romanizer`` as khabar uses it).

    python bench/names.py [--data DIR] [--sample N] [--country CC]

Data (not shipped, never copied into the repository, never used to tune khabar's lexicons):

- ``<data>/names_wikidata_ar_en/wd_arabic.normalized.aligned.tokens``: ``english<TAB>a r a b i c<TAB>count``;
  a fixed sample of ``--sample`` rows (ordered by a hash of the row, so the same rows every run);
- ``<data>/names_anetac_translit/dev.ar`` and ``dev.en``: one name per line, aligned.

For each Arabic name the English form (top 1, and top 3) is compared case-insensitively with the
reference, and with a relaxed key that ignores vowels, doubled letters, hyphens, apostrophes and
the article (al-/el-). The default data folder is ``../shared/data`` beside the repository; when
it is absent the benchmark says so and exits 0. Note: the romanizer's own dictionary was built
from Wikidata labels, so the first set may overlap what it has seen.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
WIKIDATA = "names_wikidata_ar_en/wd_arabic.normalized.aligned.tokens"
ANETAC = "names_anetac_translit"


def relaxed(name: str) -> str:
    """Comparison key: lower case, no article, no vowels, no punctuation, no doubled letters."""
    s = name.casefold()
    s = re.sub(r"\b(?:al|el)[- ]", "", s)
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouyw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _join_chars(text: str) -> str:
    """"م و غ ي" -> "موغي"; a name already written as words is kept."""
    parts = text.split()
    return "".join(parts) if parts and all(len(p) == 1 for p in parts) else " ".join(parts)


def load_wikidata(data: Path, sample: int) -> list[tuple[str, str]] | None:
    path = data / WIKIDATA
    if not path.is_file():
        return None
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
            rows.append((cols[0].strip(), _join_chars(cols[1])))
    rows.sort(key=lambda r: hashlib.sha1(f"{r[0]}\t{r[1]}".encode()).hexdigest())
    return rows[:sample]


def load_anetac(data: Path) -> list[tuple[str, str]] | None:
    ar, en = data / ANETAC / "dev.ar", data / ANETAC / "dev.en"
    if not (ar.is_file() and en.is_file()):
        return None
    a = ar.read_text(encoding="utf-8").splitlines()
    e = en.read_text(encoding="utf-8").splitlines()
    return [(x.strip(), _join_chars(y)) for x, y in zip(e, a, strict=False) if x.strip() and y.strip()]


def score(pairs: list[tuple[str, str]], country: str) -> dict[str, float]:
    """accuracy@1 and @3, strict and relaxed, and names per second."""
    from khabar.entities.romanize import transliterator

    tr = transliterator()
    if tr is None:
        raise SystemExit("arabic-name-romanizer is not installed")
    names = [ar for _, ar in pairs]
    t0 = time.perf_counter()
    top = tr.transliterate_many(names, top_k=3, country=country)
    seconds = time.perf_counter() - t0
    n = len(pairs)
    s1 = s3 = r1 = r3 = 0
    for (gold, _), cands in zip(pairs, top, strict=True):
        texts = [c.text for c in cands]
        g, rg = gold.casefold(), relaxed(gold)
        s1 += bool(texts) and texts[0].casefold() == g
        s3 += any(t.casefold() == g for t in texts)
        r1 += bool(texts) and relaxed(texts[0]) == rg
        r3 += any(relaxed(t) == rg for t in texts)
    return {"n": n, "acc1": s1 / n, "acc3": s3 / n, "relaxed_acc1": r1 / n, "relaxed_acc3": r3 / n,
            "names_per_s": n / seconds if seconds else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder holding the name data sets")
    ap.add_argument("--sample", type=int, default=2000, help="rows taken from the Wikidata pairs")
    ap.add_argument("--country", default="IQ", help="country hint given to the romanizer (always one)")
    args = ap.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    sets = {"wikidata_ar_en": load_wikidata(args.data, args.sample), "anetac_dev": load_anetac(args.data)}
    if all(v is None for v in sets.values()):
        print(f"names benchmark skipped: no name data under {args.data}")
        return 0
    print(f"English forms of Arabic names (arabic-name-romanizer, country hint {args.country})")
    print(f"{'set':16} {'n':>5} {'acc@1':>6} {'acc@3':>6} {'relaxed@1':>9} {'relaxed@3':>9} {'names/s':>8}")
    for name, pairs in sets.items():
        if pairs is None:
            print(f"{name:16} skipped (absent)")
            continue
        r = score(pairs, args.country)
        print(f"{name:16} {r['n']:5d} {r['acc1']:6.3f} {r['acc3']:6.3f} {r['relaxed_acc1']:9.3f} "
              f"{r['relaxed_acc3']:9.3f} {r['names_per_s']:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
