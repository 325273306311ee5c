"""Line-level removal of site chrome in Arabic, Persian and English.

Rules are conservative: a line is removed when it *is* a chrome phrase ("اقرأ المزيد",
"Share this"), or is short and *starts* with one ("اقرأ أيضاً: …", "کد خبر: …"), or is a
copyright/cookie line, a photo credit alone on its line ("(رويترز)", "Photo: AFP"), a
breadcrumb, a date-only line, a navigation menu at the start, or a run of short headline-like
lines at the end (a related-links box). A real sentence that merely contains a chrome word
stays. Matching uses a normalized key (see :func:`norm_key`). The phrases live in
``khabar/lang/{ar,fa,en}/boilerplate.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.ar import boilerplate as ar
from ..lang.en import boilerplate as en
from ..lang.fa import boilerplate as fa

__all__ = ["norm_key", "classify", "is_date_only", "link_like", "Cleaned", "remove_boilerplate", "split_blocks"]

_LANGS = (ar, fa, en)

_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INVISIBLE = re.compile(r"[\u200d\u200e\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069]")
_LETTERS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
        "ک": "ك", "ڪ": "ك",
        "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
        "ؤ": "و",
        "\u200c": " ",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)  # fmt: skip
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")

MAX_PREFIX_WORDS = 20
MAX_CONTAINS_WORDS = 45
MAX_LINK_WORDS = 16
_END_PUNCT = re.compile(r"[.!?؟…۔:;؛»\"”)]\s*$")
_SENTENCE_END = re.compile(r"[.!?؟…۔]\s*[\"”»)]?\s*$")
_BREADCRUMB_SEP = re.compile(r"\s*(?:>|»|›|/|\||::|→|←|‹|«)\s*")
_DATE_NUMERIC = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}|\d{1,2}:\d{2}")
_TOKENS = re.compile(r"[^\W\d_]+|\d+")


def norm_key(text: str) -> str:
    """A matching key: Arabic/Persian letter variants folded, marks and ZWNJ dropped, casefolded."""
    s = unicodedata.normalize("NFKC", text)
    s = _MARKS.sub("", s)
    s = _INVISIBLE.sub("", s)
    s = s.translate(_LETTERS).casefold()
    s = _SPACES.sub(" ", s).strip()
    return _EDGES.sub("", s)


def _phrase_pattern(phrase: str, *, prefix: bool) -> str:
    keep_colon = phrase.rstrip().endswith(":")
    words = norm_key(phrase).split()
    body = r"\s*".join(re.escape(w) for w in words)
    if prefix:
        return body + (r"\s*:" if keep_colon else r"(?!\w)")
    return body


def _alternation(phrases: Iterable[str], *, prefix: bool) -> re.Pattern[str]:
    pats = sorted({_phrase_pattern(p, prefix=prefix) for p in phrases if norm_key(p)}, key=len, reverse=True)
    if prefix:
        return re.compile(r"^(?:" + "|".join(pats) + ")")
    return re.compile(r"(?:" + "|".join(pats) + ")")


@dataclass(frozen=True)
class _Rules:
    lines: re.Pattern[str]
    related: re.Pattern[str]
    prefixes: re.Pattern[str]
    date_prefixes: re.Pattern[str]
    contains: re.Pattern[str]
    credit: re.Pattern[str]
    credit_start: re.Pattern[str]
    agencies: re.Pattern[str]
    date_words: frozenset[str]
    date_fillers: frozenset[str]
    home: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    def gather(name: str) -> list[str]:
        return [p for lang in _LANGS for p in getattr(lang, name)]

    credit_words = _alternation(gather("CREDIT_WORDS"), prefix=False).pattern
    agency = _alternation(gather("AGENCIES"), prefix=False).pattern
    return _Rules(
        lines=_alternation(gather("LINES"), prefix=False),
        related=_alternation(gather("RELATED_HEADINGS"), prefix=False),
        prefixes=_alternation(gather("PREFIXES"), prefix=True),
        date_prefixes=_alternation(gather("DATE_PREFIXES"), prefix=True),
        contains=_alternation(gather("CONTAINS"), prefix=False),
        credit=re.compile(r"^(?:" + credit_words + r")\s*(?:[:،,/|]|-\s)"),
        credit_start=re.compile(r"^(?:" + credit_words + r")(?!\w)"),
        agencies=re.compile(r"^(?:" + agency + r")(?:\s*(?:[/،,|-]|via|و)\s*(?:" + agency + r"))*$"),
        date_words=frozenset(norm_key(w) for w in gather("DATE_WORDS")),
        date_fillers=frozenset(k for w in gather("DATE_FILLERS") for k in norm_key(w).split()),
        home=frozenset(norm_key(w) for w in gather("BREADCRUMB_HOME")),
    )


def is_date_only(line: str, key: str | None = None) -> bool:
    """True for a line that is only a date/time ("الأحد 12 مايو 2024", "۲۲ تیر ۱۴۰۰ - ۱۰:۳۰")."""
    if len(line) > 80:
        return False
    key = norm_key(line) if key is None else key
    tokens = _TOKENS.findall(key)
    if not any(t.isdigit() for t in tokens):
        return False
    rules = _rules()
    strong = False
    for t in tokens:
        if t.isdigit():
            continue
        if t in rules.date_words:
            strong = True
        elif t not in rules.date_fillers:
            return False
    return strong or bool(_DATE_NUMERIC.search(key))


def _breadcrumb(line: str) -> bool:
    parts = [p for p in _BREADCRUMB_SEP.split(line.strip()) if p]
    if len(parts) < 2 or len(line.split()) > 15:
        return False
    return norm_key(parts[0]) in _rules().home


def link_like(line: str) -> bool:
    """A short line that reads like a headline or a link: few words, no sentence ending."""
    words = len(line.split())
    return 2 <= words <= MAX_LINK_WORDS and len(line) <= 140 and not _END_PUNCT.search(line)


def classify(line: str) -> str | None:
    """Why a line is chrome: "chrome", "related", "date", "credit" or "breadcrumb"; None to keep it."""
    stripped = line.strip()
    if not stripped:
        return None
    if len(stripped) > 80 and stripped.count(" ") >= MAX_CONTAINS_WORDS:
        return None  # long enough to be a paragraph: no rule below applies
    key = norm_key(stripped)
    if not key:  # punctuation, bullets, separators only
        return "chrome"
    rules = _rules()
    words = len(key.split())
    if rules.related.fullmatch(key):
        return "related"
    if rules.lines.fullmatch(key):
        return "chrome"
    if words <= MAX_PREFIX_WORDS:
        if rules.date_prefixes.match(key) and any(ch.isdigit() for ch in key):
            return "date"
        if rules.prefixes.match(key):
            return "chrome"
        if stripped.startswith(("©", "(c)", "(C)", "Copyright", "copyright")):
            return "chrome"
    if words <= MAX_CONTAINS_WORDS and rules.contains.search(key):
        return "chrome"
    if words <= 12:
        if rules.agencies.fullmatch(key) and stripped.startswith(("(", "[")):  # a bare name may be attribution
            return "credit"
        if rules.credit.match(key):
            return "credit"
        if stripped.startswith("(") and stripped.endswith(")") and rules.credit_start.match(key):
            return "credit"
    if is_date_only(stripped, key):
        return "date"
    if _breadcrumb(stripped):
        return "breadcrumb"
    return None


@dataclass
class Cleaned:
    """Text after boilerplate removal, with what was removed."""

    text: str
    removed: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)


def split_blocks(text: str) -> list[list[str]]:
    """Paragraphs (separated by blank lines) as lists of non-empty, stripped lines."""
    blocks = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def remove_boilerplate(text: str) -> Cleaned:
    """Remove chrome lines from ``text``; paragraphs stay separated by a blank line."""
    blocks = split_blocks(text)
    flat = [(bi, line) for bi, lines in enumerate(blocks) for line in lines]
    keep = [True] * len(flat)
    out = Cleaned(text="")
    in_related = False
    for i, (_, line) in enumerate(flat):
        why = classify(line)
        if why == "related":
            in_related = True
        elif in_related and why is None and link_like(line):
            why = "related"
        else:
            in_related = False if why is None else in_related
        if why:
            keep[i] = False
            (out.date_lines if why == "date" else out.removed).append(line)
    _drop_menu_at_start(flat, keep, out)
    _drop_related_tail(flat, keep, out)
    rebuilt: dict[int, list[str]] = {}
    for (bi, line), k in zip(flat, keep, strict=True):
        if k:
            rebuilt.setdefault(bi, []).append(line)
    out.text = "\n\n".join("\n".join(lines) for _, lines in sorted(rebuilt.items()))
    return out


def _drop_menu_at_start(flat: list[tuple[int, str]], keep: list[bool], out: Cleaned) -> None:
    """A navigation menu: four or more 1-3 word lines before the first real paragraph."""
    run: list[int] = []
    for i, (_, line) in enumerate(flat):
        if not keep[i]:
            continue
        if len(line.split()) <= 3 and not _SENTENCE_END.search(line):
            run.append(i)
            continue
        break
    if len(run) >= 4:
        for i in run:
            keep[i] = False
            out.removed.append(flat[i][1])


def _drop_related_tail(flat: list[tuple[int, str]], keep: list[bool], out: Cleaned) -> None:
    """Three or more headline-like lines closing the text are a related-links list.

    Kept when the line before them ends with a colon (an introduced list is content).
    """
    run: list[int] = []
    for i in range(len(flat) - 1, -1, -1):
        if not keep[i]:
            continue
        if link_like(flat[i][1]) and len(flat[i][1].split()) >= 3:
            run.append(i)
            continue
        if flat[i][1].rstrip().endswith((":", "：")):
            return
        break
    if len(run) >= 3 and len(run) < sum(keep):
        for i in run:
            keep[i] = False
            out.removed.append(flat[i][1])
