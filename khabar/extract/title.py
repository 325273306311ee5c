"""Titles: strip the site name from ``<title>``, and find the title line of a plain text.

"Headline | Site", "Site - Headline", "Headline - خبرگزاری مهر | Mehr News Agency": edge parts
that name the site (its sitename, og:site_name, outlet or host) are dropped, the longest part
is never dropped. When no site name is known, an ``<h1>`` equal to one part decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .boilerplate import classify, norm_key

__all__ = ["clean_title", "title_site", "site_names", "PlainSplit", "split_plain", "unwrap"]

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|«|»|•|·|:)\s+|\s*\|\s*")
_COMPACT = re.compile(r"[\W_]+")
_TLDS = {"com", "net", "org", "ir", "iq", "info", "news", "co", "uk", "tv", "me", "example", "www", "ae", "sa", "lb"}

#: Words that make an edge part of a title look like an outlet name when no site name is known.
_OUTLET_MARKERS = (
    "news", "agency", "times", "post", "press", "tv", "online", "network", "نيوز", "وكالة", "قناة", "صحيفة",
    "خبرگزاری", "خبر", "نیوز", "روزنامه", "شبکه", "پایگاه", "tribune", "herald", "journal", "gazette", "daily",
    "monitor", "wire", "ledger", "الجزيرة", "العربية",
)  # fmt: skip

#: Longest title line accepted from a plain text; a longer first line is body text.
MAX_TITLE_CHARS = 250


def _compact(text: str) -> str:
    return _COMPACT.sub("", norm_key(text))


def site_names(*candidates: str | None) -> list[str]:
    """Comparable forms of the site's names, including the distinctive labels of a host."""
    out: list[str] = []
    for cand in candidates:
        if not cand:
            continue
        if "." in cand and " " not in cand.strip():  # a host name
            labels = [lb for lb in cand.lower().split(".") if lb and lb not in _TLDS]
            out.extend(_compact(lb) for lb in labels if len(lb) >= 3)
            out.append(_compact("".join(labels)))
        else:
            out.append(_compact(cand))
    return [c for c in dict.fromkeys(out) if len(c) >= 3]


def _is_site(part: str, names: Sequence[str]) -> bool:
    comp = _compact(part)
    if len(comp) < 2:
        return True  # an empty piece left by separators
    for name in names:
        if comp == name:
            return True
        if len(comp) >= 4 and comp in name and len(comp) >= 0.6 * len(name):
            return True
        if len(name) >= 4 and name in comp and len(name) >= 0.5 * len(comp):
            return True
    return False


_MARKER_KEYS = frozenset(norm_key(m) for m in _OUTLET_MARKERS)


def _outlet_like(part: str) -> bool:
    words = norm_key(part).split()
    return 0 < len(words) <= 5 and any(w in _MARKER_KEYS for w in words)


def clean_title(title: str | None, names: Sequence[str] = (), h1: Iterable[str] = ()) -> str | None:
    """The headline without the site name around it; None for an empty title."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if not title:
        return None
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    for heading in h1:
        heading = re.sub(r"\s+", " ", heading).strip()
        if heading and heading != title and _compact(heading) in {_compact(p) for p in parts}:
            return heading
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    start, end = 0, len(parts)
    changed = True
    while changed and end - start > 1:
        changed = False
        if end - 1 != longest and (_is_site(parts[end - 1], names) or _outlet_like(parts[end - 1])):
            end -= 1
            changed = True
        elif start != longest and (_is_site(parts[start], names) or _outlet_like(parts[start])):
            start += 1
            changed = True
    if start == 0 and end == len(parts):
        return title
    kept = _rejoin(title, parts, start, end)
    return kept or title


def title_site(title: str | None, cleaned: str | None) -> str | None:
    """The site name that :func:`clean_title` removed from ``title``, if it was one short piece."""
    if not title or not cleaned or cleaned == title or cleaned not in title:
        return None
    rest = title.replace(cleaned, " ", 1)
    pieces = [p.strip() for p in _SEPARATORS.split(rest) if p.strip(" -|–—:·•«»")]
    if not pieces or len(pieces[0].split()) > 5:
        return None
    return pieces[0].strip(" -|–—:·•«»") or None


def _rejoin(title: str, parts: list[str], start: int, end: int) -> str:
    """The original substring from parts[start] to parts[end-1] (inner separators kept)."""
    first, last = parts[start], parts[end - 1]
    i = title.find(first)
    j = title.rfind(last)
    if i < 0 or j < 0 or j + len(last) <= i:
        return " ".join(parts[start:end]).strip()
    return title[i : j + len(last)].strip()


@dataclass
class PlainSplit:
    """A plain text split into title, body and the chrome lines above the title."""

    title: str | None
    body: str
    header_lines: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)
    outlet: str | None = None  # named by the first line ("Outlet | Section", or the outlet alone)


def split_plain(text: str, names: Sequence[str] = (), *, titled: bool = False) -> PlainSplit:
    """Title = the first real line (skipping outlet names, breadcrumbs, dates, chrome); body = the rest.

    ``titled``: the input gave its title elsewhere (a JSONL ``title`` field, a feed entry), so the
    first real line is body, not title; a copy of the title atop the body is dropped later.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = PlainSplit(title=None, body="")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        why = classify(line)
        if why == "date":
            out.date_lines.append(line)
        elif why is not None or (len(line.split()) <= 5 and names and _is_site(line, names)):
            out.header_lines.append(line)
        elif _section_line(line) or _outlet_line(line, lines, i):
            if not out.header_lines and not out.date_lines:
                out.outlet = _SECTION_SEP.split(line)[0].strip()
            out.header_lines.append(line)
        else:
            break
        i += 1
    if i < len(lines) and not titled:
        first = lines[i].strip()
        if len(first) <= MAX_TITLE_CHARS:
            out.title = first
            i += 1
    out.body = "\n".join(lines[i:])
    return out


_SECTION_SEP = re.compile(r"\s+(?:\||>|»|›|/)\s+")


def _section_line(line: str) -> bool:
    """A line like "Outlet | Section | Subsection": short parts between separators, no sentence."""
    parts = _SECTION_SEP.split(line)
    return (
        len(parts) >= 2 and all(0 < len(p.split()) <= 4 for p in parts) and not line.rstrip().endswith((".", "؟", "?"))
    )


def _outlet_line(line: str, lines: list[str], i: int) -> bool:
    """A 1-3 word line above a longer headline-sized line is the outlet's name, not the title."""
    if len(line.split()) > 3 or len(line) > 30:
        return False
    for nxt in lines[i + 1 :]:
        nxt = nxt.strip()
        if not nxt:
            continue
        if classify(nxt) is not None or _section_line(nxt):
            continue
        return 4 <= len(nxt.split()) and len(nxt) <= MAX_TITLE_CHARS
    return False


_BULLET = re.compile(r"^\s*(?:[-–—•*▪◦·]|\d{1,3}[.)-]|[٠-٩۰-۹]{1,3}[.)-])\s")

#: A line this long that goes on in the next line of its paragraph was wrapped by hand.
WRAP_MIN_CHARS = 40


def unwrap(text: str) -> str:
    """Join hard-wrapped lines inside each paragraph of a plain text (list items stay apart)."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        merged = [lines[0]]
        for line in lines[1:]:
            prev = merged[-1]
            if len(prev) >= WRAP_MIN_CHARS and not _BULLET.match(line) and not prev.rstrip().endswith(":"):
                merged[-1] = prev.rstrip() + " " + line.lstrip()
            else:
                merged.append(line)
        out.append("\n".join(merged))
    return "\n\n".join(out)
