"""Turn input strings (files, folders, URLs, feeds, WARC, JSON Lines, ``-``) into Documents.

:func:`iter_documents` streams: folders are walked lazily, files read one at a time, and a
bad input becomes a Document carrying an error-level issue instead of stopping the batch.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..config import Settings
from ..document import Document, Source
from .decode import Decoded, charset_from_content_type, decode_bytes
from .feeds import feed_documents
from .fetch import Fetcher, outlet_from_url
from .jsonl import json_documents, jsonl_documents
from .make import decode_checked, error_doc, sniff_kind, text_doc
from .warc import warc_documents

__all__ = ["iter_documents", "count_inputs", "walk_files", "HTML_EXT", "TEXT_EXT", "SKIP_EXT"]

LOGGER = logging.getLogger(__name__)

HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
TEXT_EXT = (".txt", ".text")
FEED_EXT = (".xml", ".rss", ".atom", ".rdf")
JSON_EXT = (".jsonl", ".ndjson")
WARC_EXT = (".warc", ".warc.gz", ".arc", ".arc.gz")

#: Extensions that are never text: skipped with W006 without being read.
SKIP_EXT = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .heic .avif .pdf .zip .gz .tgz .bz2 .xz .7z .rar .tar "
    ".doc .docx .xls .xlsx .ppt .pptx .odt .ods .epub .mp3 .mp4 .m4a .wav .ogg .webm .mov .avi .mkv .flac "
    ".exe .dll .so .dylib .bin .class .jar .pyc .o .a .woff .woff2 .ttf .otf .eot .sqlite .db .parquet "
    ".css .js .mjs .map .wasm .iso .dmg .psd".split()
)

#: Companion files of a corpus folder (notes, configs, code) skipped silently while walking;
#: given by name they are W006 like any unsupported type.
IGNORED_IN_FOLDERS = frozenset(
    ".md .markdown .rst .yaml .yml .toml .ini .cfg .conf .py .sh .bat .ps1 .lock .log .csv .tsv .gitignore".split()
)
IGNORED_NAMES = frozenset("readme license licence copying notice changelog authors makefile dockerfile".split())

_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")


@dataclass
class _Budget:
    """Files still allowed from folders in this call (``max_files`` across all inputs)."""

    left: int
    warned: bool = False


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _scheme(value: str) -> str | None:
    """The URL scheme of a non-http input such as ``file://`` or ``javascript:``, else None."""
    m = _SCHEME_RE.match(value)
    if not m or len(m.group(1)) < 2:  # "C:\\..." is a Windows drive, not a scheme
        return None
    if os.path.exists(value):
        return None
    return m.group(1).lower()


def walk_files(root: str, budget: int | None = None) -> Iterator[str]:
    """Files under ``root``: sorted, depth-first, hidden entries skipped, symlink loops safe."""
    if budget is not None and budget <= 0:
        return
    seen: set[tuple[int, int]] = set()
    stack: list[str] = [root]
    produced = 0
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            LOGGER.info("skipping %s: already visited (symlink loop?)", folder)
            continue
        seen.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            LOGGER.warning("cannot list %s: %s", folder, exc)
            continue
        subdirs: list[str] = []
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=True):
                    subdirs.append(entry.path)
                    continue
                if not entry.is_file(follow_symlinks=True):
                    continue
            except OSError:
                continue
            if _ignored(entry.name):
                LOGGER.debug("skipping %s: not an article file", entry.path)
                continue
            yield entry.path
            produced += 1
            if budget is not None and produced >= budget:
                return
        stack.extend(reversed(subdirs))


def _ignored(name: str) -> bool:
    low = name.lower()
    stem, ext = os.path.splitext(low)
    return ext in IGNORED_IN_FOLDERS or (stem in IGNORED_NAMES and ext in ("", ".txt"))


#: Inner extensions read from gzip-compressed files (``page.html.gz``, ``dump.jsonl.gz``).
GZ_INNER = HTML_EXT + TEXT_EXT + FEED_EXT + JSON_EXT + (".json",)


def _ext(path: str) -> str:
    low = path.lower()
    for double in (".warc.gz", ".arc.gz"):
        if low.endswith(double):
            return double
    stem, ext = os.path.splitext(low)
    if ext == ".gz":
        inner = os.path.splitext(stem)[1]
        if inner in GZ_INNER:
            return inner + ".gz"
    return ext


def _gunzip(path: str, cap: int) -> bytes:
    """The decompressed bytes of ``path``, at most ``cap + 1`` (a gzip bomb stops at the cap)."""
    with gzip.open(path, "rb") as fh:
        return fh.read(cap + 1)


def _read_file(path: str, settings: Settings, fetcher: Fetcher) -> Iterator[Document]:
    """Documents from one file, chosen by extension, else by sniffing the content."""
    source = Source(kind="file", path=path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield error_doc(source, "W007", f"{path}: no such file or directory")
        return
    except OSError as exc:
        yield error_doc(source, "W007", f"{path}: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(st.st_mode):
        yield error_doc(source, "W007", f"{path}: not a regular file")
        return
    ext = _ext(path)
    if ext in SKIP_EXT or ext in IGNORED_IN_FOLDERS:
        yield error_doc(source, "W006", f"{path}: {ext} files are not read")
        return
    if st.st_size == 0:
        yield error_doc(source, "W001", path)
        return
    if ext in WARC_EXT:
        if not os.access(path, os.R_OK):
            yield error_doc(Source(kind="warc", path=path), "W007", f"{path}: permission denied")
            return
        yield from warc_documents(path, settings)
        return
    if ext.removesuffix(".gz") in JSON_EXT:
        try:
            yield from jsonl_documents(path, settings, gz=ext.endswith(".gz"))
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield error_doc(Source(kind="jsonl", path=path), "W017", f"{path}: {exc}")
        except OSError as exc:
            yield error_doc(Source(kind="jsonl", path=path), "W007", f"{path}: {exc.strerror or exc}")
        return
    if ext.endswith(".gz"):
        try:
            data = _gunzip(path, settings.max_bytes)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield error_doc(source, "W017", f"{path}: {exc}")
            return
        except OSError as exc:
            yield error_doc(source, "W007", f"{path}: {exc.strerror or exc}")
            return
        if len(data) > settings.max_bytes:
            yield error_doc(source, "W003", f"{path}: decompresses to more than max_bytes {settings.max_bytes:,}")
            return
        if not data:
            yield error_doc(source, "W001", f"{path} (decompressed)")
            return
        inner = ext.removesuffix(".gz")
        if inner == ".json":
            yield from json_documents(path, data, settings)
        else:
            yield from _from_bytes(source, data, inner, settings, fetcher)
        return
    if st.st_size > settings.max_bytes:
        yield error_doc(source, "W003", f"{path}: {st.st_size:,} bytes > max_bytes {settings.max_bytes:,}")
        return
    try:
        with open(path, "rb") as fh:
            data = _read_upto(fh, st.st_size, settings.max_bytes)
    except OSError as exc:
        yield error_doc(source, "W007", f"{path}: {exc.strerror or exc}")
        return
    if len(data) > settings.max_bytes:  # grew since stat
        yield error_doc(source, "W003", f"{path}: more than max_bytes {settings.max_bytes:,}")
        return
    if ext == ".json":
        yield from json_documents(path, data, settings)
        return
    yield from _from_bytes(source, data, ext, settings, fetcher)


def _read_upto(fh: BinaryIO, expected: int, cap: int) -> bytes:
    """The file's bytes, at most ``cap + 1`` (reading ``expected`` first: ``read(n)`` allocates n)."""
    data = fh.read(min(expected, cap) + 1)
    if len(data) <= expected:
        return data
    chunks = [data]
    size = len(data)
    while size <= cap:  # the file grew since it was measured
        chunk = fh.read(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _from_bytes(source: Source, data: bytes, ext: str, settings: Settings, fetcher: Fetcher) -> Iterator[Document]:
    """Documents from the bytes of a file (or stdin), by extension and content."""
    checked = decode_checked(source, data)
    if isinstance(checked, Document):
        yield checked
        return
    decoded: Decoded = checked
    sniffed = sniff_kind(decoded.text)
    ref = source.path or "-"
    if sniffed == "feed" and ext not in TEXT_EXT + HTML_EXT:
        yield from feed_documents(data, feed_ref=ref, feed_is_url=False, fetcher=fetcher, settings=settings)
        return
    if ext in HTML_EXT:
        yield text_doc(source, data, kind="html", decoded=decoded)
    elif ext in TEXT_EXT:
        yield text_doc(source, data, kind="text", decoded=decoded)
    elif ext in FEED_EXT or sniffed == "xml":
        yield error_doc(source, "W006", f"{ref}: XML that is not an RSS, Atom or RDF feed")
    else:  # no extension, or one khabar does not know: go by content
        yield text_doc(source, data, kind=sniffed if sniffed in ("html", "text") else None, decoded=decoded)


def _read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Document]:
    """Documents from one URL: a page, or the entries of a feed."""
    fetched = fetcher.fetch(url)
    final = fetched.final_url or url
    source = Source(
        kind="url", url=final, outlet=outlet_from_url(final), fetched_at=fetched.fetched_at, http_date=fetched.http_date
    )
    if not fetched.ok:
        source.url = url
        yield error_doc(source, fetched.code or "W010", fetched.detail)
        return
    data = fetched.data or b""
    ctype = (fetched.content_type or "").lower()
    charset = charset_from_content_type(ctype)
    head = decode_bytes(data[:4096], charset).text if data else ""
    if any(t in ctype for t in ("rss", "atom", "rdf")) or sniff_kind(head) == "feed":
        yield from feed_documents(
            data,
            feed_ref=final,
            feed_is_url=True,
            fetcher=fetcher,
            settings=settings,
            content_type=fetched.content_type,
        )
        return
    meta = {"requested_url": url} if final != url else None
    kind = "html" if "html" in ctype else "text" if ctype.startswith("text/plain") else None
    yield text_doc(source, data, kind=kind, http_charset=charset, meta=meta)


def _read_stdin(settings: Settings, fetcher: Fetcher) -> Iterator[Document]:
    source = Source(kind="file", path="-")
    try:
        data = _read_upto(sys.stdin.buffer, 0, settings.max_bytes)
    except (OSError, ValueError, AttributeError) as exc:
        yield error_doc(source, "W007", f"stdin: {exc}")
        return
    if len(data) > settings.max_bytes:
        yield error_doc(source, "W003", f"stdin: more than max_bytes {settings.max_bytes:,}")
        return
    if not data:
        yield error_doc(source, "W001", "stdin")
        return
    yield from _from_bytes(source, data, "", settings, fetcher)


def _one_input(
    value: str, settings: Settings, fetcher: Fetcher, budget: _Budget, progress: Callable[[int], None] | None
) -> Iterator[Document]:
    """Documents from one input string; ``progress(1)`` after each file or URL consumed."""
    if value == "-":
        yield from _read_stdin(settings, fetcher)
    elif _is_url(value):
        yield from _read_url(value, settings, fetcher)
    elif _scheme(value):
        yield error_doc(
            Source(kind="url", url=value), "W014", f"{value}: scheme {_scheme(value)!r} is not http or https"
        )
    elif os.path.isdir(value):
        for path in walk_files(value, None):
            if budget.left <= 0:
                if not budget.warned:
                    budget.warned = True
                    yield error_doc(
                        Source(kind="file", path=value),
                        "W008",
                        f"stopped at max_files {settings.max_files:,} in {value}; the remaining files were not read",
                    )
                return
            budget.left -= 1
            yield from _read_file(path, settings, fetcher)
            if progress:
                progress(1)
        return
    else:
        yield from _read_file(value, settings, fetcher)
    if progress:
        progress(1)


def iter_documents(
    inputs: Iterable[str], settings: Settings, *, progress: Callable[[int], None] | None = None
) -> Iterator[Document]:
    """Documents from files, folders, URLs, feeds, WARC and JSON Lines, in input order.

    Never raises for bad input: each problem is a Document with an error-level issue
    (W001-W016). ``progress(1)`` is called once per file or URL consumed.
    """
    budget = _Budget(left=settings.max_files)
    with Fetcher(settings) as fetcher:
        for value in inputs:
            yield from _one_input(value, settings, fetcher, budget, progress)


def count_inputs(inputs: Iterable[str], settings: Settings) -> int | None:
    """How many ``progress`` units :func:`iter_documents` will report, or None if unknown.

    Counts files (walking folders without reading them, up to ``max_files``); returns None
    when an input is a URL or stdin. Pass a list: ``inputs`` is iterated here.
    """
    total = 0
    folder_budget = settings.max_files
    for value in inputs:
        if value == "-" or _is_url(value):
            return None
        if os.path.isdir(value):
            found = sum(1 for _ in walk_files(value, folder_budget))
            folder_budget -= found
            total += found
        else:
            total += 1
    return total
