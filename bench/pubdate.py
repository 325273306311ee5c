"""Publication-date accuracy on htmldate's evaluation pages: khabar next to htmldate, same pages, same run.

Reads ``shared/data/pubdate_htmldate/`` (``eval_default.json``: URL -> {"file", "date"}; the pages
in ``eval_default_html.tar.gz``) straight from the tarball, never copying it. Prints exact-day
accuracy (over all pages), coverage (pages given any date), precision (exact among those given a
date) and pages per second (second pass over the pages, so that imports and htmldate's caches
are warm for every tool; the first pass is shown in brackets) for:

- khabar ``published_from_html(html, url)``
- htmldate ``find_date(html, original_date=True)`` (its extensive search on)
- htmldate ``find_date(html, original_date=True, extensive_search=False)``
- htmldate ``find_date(html)`` (its defaults)

Exits 0 with a message when the data is absent. Usage:
``python bench/pubdate.py [--data DIR] [--limit N] [--errors N] [--no-url]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/pubdate_htmldate"

Page = tuple[str, str, str]  # url, html, gold date


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def load_pages(data: Path, limit: int | None = None) -> list[Page]:
    """(url, html, gold) for every page of the gold file found in the tarball."""
    gold = json.loads((data / "eval_default.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[tuple[str, str]]] = {}
    for url, entry in gold.items():  # one file may be the gold page of two URLs
        by_file.setdefault(entry["file"], []).append((url, entry["date"]))
    pages: list[Page] = []
    with tarfile.open(data / "eval_default_html.tar.gz") as tar:
        for member in tar:
            name = member.name.rsplit("/", 1)[-1]
            if not member.isfile() or name not in by_file:
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            html = _decode(handle.read())
            pages.extend((url, html, date) for url, date in by_file[name])
    pages.sort(key=lambda p: p[0])
    return pages[:limit] if limit else pages


def evaluate(name: str, pages: list[Page], run: Callable[[str, str], str | None], errors: int = 0) -> dict[str, float]:
    """Score one extractor; print a line and up to ``errors`` wrong answers."""
    cold = warm = 0.0
    for attempt in range(2):  # the second pass is timed with imports done and caches warm, for every tool alike
        exact = covered = 0
        wrong: list[tuple[str, str, str | None]] = []
        start = time.perf_counter()
        for url, html, gold in pages:
            found = run(html, url)
            if found:
                covered += 1
            if found == gold:
                exact += 1
            elif len(wrong) < errors:
                wrong.append((url, gold, found))
        if attempt == 0:
            cold = time.perf_counter() - start
        else:
            warm = time.perf_counter() - start
    seconds = warm
    n = len(pages) or 1
    result = {
        "accuracy": exact / n,
        "coverage": covered / n,
        "precision": exact / covered if covered else 0.0,
        "pages_per_s": len(pages) / seconds if seconds else 0.0,
        "cold_pages_per_s": len(pages) / cold if cold else 0.0,
    }
    print(f"{name:<52} accuracy {result['accuracy']:.4f}  coverage {result['coverage']:.4f}  "
          f"precision {result['precision']:.4f}  {result['pages_per_s']:6.1f} pages/s warm "
          f"({result['cold_pages_per_s']:.1f} first pass)")
    for url, gold, found in wrong:
        print(f"    {url}  gold {gold}  got {found}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with eval_default.json and the tarball")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong answers of khabar")
    parser.add_argument("--no-url", action="store_true", help="do not pass page URLs to khabar")
    parser.add_argument("--skip-htmldate", action="store_true", help="only run khabar")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if not (args.data / "eval_default.json").is_file() or not (args.data / "eval_default_html.tar.gz").is_file():
        print(f"pubdate benchmark skipped: no data in {args.data}")
        return 0

    from khabar.dates import published_from_html

    pages = load_pages(args.data, args.limit)
    print(f"{len(pages)} pages from {args.data}")

    def ours(html: str, url: str) -> str | None:
        day, _how = published_from_html(html, None if args.no_url else url)
        return day.isoformat() if isinstance(day, dt.date) else None

    evaluate("khabar published_from_html" + (" (no URL)" if args.no_url else ""), pages, ours, args.errors)
    if not args.skip_htmldate:
        from htmldate import find_date

        def htmldate_run(**kwargs: object) -> Callable[[str, str], str | None]:
            return lambda html, url: find_date(html, url=url, **kwargs)  # type: ignore[arg-type]

        evaluate("htmldate find_date(original_date=True)", pages, htmldate_run(original_date=True))
        evaluate("htmldate find_date(original_date=True, extensive=False)", pages,
                 htmldate_run(original_date=True, extensive_search=False))
        evaluate("htmldate find_date() defaults", pages, htmldate_run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
