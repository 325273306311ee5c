"""Persian zero-width non-joiner (ZWNJ) cleaning and restoration for normalized keys.

Real pages write "شبهنظامیان" for "شبه‌نظامیان", "میگوید" or "می گوید" for "می‌گوید". The
canonical key writes the ZWNJ where the lexicon or the rules say standard orthography has it, so
all spellings of one word share a key. Decisions depend only on the word with its ZWNJs removed,
which makes normalization idempotent.

For a word ``s`` (ZWNJ removed), in order:

1. the lexicon: words of shekar's ``vocab.csv`` and ``compound_words.csv`` that contain a ZWNJ,
   grouped by their joined form; the most frequent spelling of the group wins (so "میگوید" ->
   "می‌گوید", but "اساس" stays "اساس" and does not become "اس‌اس");
2. a known joined word of ``vocab.csv`` stays as it is ("میز", "میلیون", "تنها", "هاشمی");
3. rules: verb prefix می/نمی before a verb form generated from ``verbs.csv``; a known word plus
   a directly attached ی/یی stays joined ("بهای", "تنهای"); a known stem (by frequency) before a
   plural, superlative or post-he suffix ("گروههای" -> "گروه‌های", "رسانهای" -> "رسانه‌ای");
4. otherwise the word is left as written (a ZWNJ the author typed is kept).

A prefix word or suffix word separated by one space is joined when the joined form is confirmed
by step 1 or 3 ("می گوید" -> "می‌گوید", "کتاب ها" -> "کتاب‌ها").

The lexicon is read from the installed ``shekar`` package the first time Persian is normalized.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.lang.fa import norm as fa
from khabar.text.chars import ZWNJ, map_chars

__all__ = ["apply_text_edits", "canonical_word", "cleanup_edits", "lexicon_available", "restore_edits"]

LOGGER = logging.getLogger(__name__)

Edit = tuple[int, int, str, Sequence[int]]

#: Arabic-script letters (after key mapping; marks and tatweel are gone by then).
_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
_NON_JOINING = "".join(sorted(fa.NON_JOINING))
_JOINING_CLASS = f"(?:(?![{_NON_JOINING}])[{_LETTERS}])"

_WORD_RE = re.compile(f"[{_LETTERS}]+(?:{ZWNJ}[{_LETTERS}]+)*")
# A ZWNJ that must go: a run of several, one not after a joining letter, one not before a letter.
_BAD_ZWNJ_RE = re.compile(f"{ZWNJ}{{2,}}|(?<!{_JOINING_CLASS}){ZWNJ}|{ZWNJ}(?![{_LETTERS}])")
_LETTER_RE = re.compile(f"[{_LETTERS}]")
_JOINING_RE = re.compile(_JOINING_CLASS)


@dataclass(frozen=True)
class _Lexicon:
    table: dict[str, str]  # joined form -> canonical spelling (groups with a ZWNJ spelling)
    freq: dict[str, int]  # joined form -> frequency (all known words)
    verb_forms: frozenset[str]  # inflected verb forms without prefix (گوید, رفتند, ...)
    participles: frozenset[str]  # past stem + ه (رفته, گفته)


def _lexicon_dir() -> Path | None:
    """The folder of shekar's data files, found without importing shekar (its import is slow)."""
    try:
        spec = importlib.util.find_spec(fa.LEXICON_PACKAGE.split(".")[0])
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))).joinpath(*fa.LEXICON_PACKAGE.split(".")[1:])
    return folder if folder.is_dir() else None


def _clean_zwnj(text: str) -> str:
    """Apply the cleanup rule of :func:`cleanup_edits` to a whole string."""
    if ZWNJ not in text:
        return text
    return apply_text_edits(text, cleanup_edits(text))


def apply_text_edits(text: str, edits: list[Edit]) -> str:
    """Apply edits to a string, ignoring offsets."""
    pieces: list[str] = []
    pos = 0
    for start, end, repl, _ in edits:
        pieces.append(text[pos:start])
        pieces.append(repl)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _keys(words: list[str]) -> list[str]:
    """Normalize many lexicon words at once (character map and ZWNJ cleanup)."""
    sep = "|"
    blob = _clean_zwnj(map_chars(sep.join(w.strip() for w in words), "fa"))
    keys = blob.split(sep)
    if len(keys) != len(words):  # a word contained the separator: fall back to one by one
        keys = [_clean_zwnj(map_chars(w.strip(), "fa")) for w in words]
    return keys


def _verb_forms(verbs_csv: str) -> tuple[frozenset[str], frozenset[str]]:
    forms: set[str] = set()
    participles: set[str] = set()
    rows = [row for row in csv.reader(io.StringIO(verbs_csv)) if len(row) >= 2]
    presents, pasts = _keys([r[0] for r in rows]), _keys([r[1] for r in rows])
    for present, past in zip(presents, pasts, strict=True):
        if present and _WORD_RE.fullmatch(present):
            if present[-1] in "او":
                forms.update(present + e for e in fa.PRESENT_VOWEL_ENDINGS)
            if present[-1] != "ا":
                forms.update(present + e for e in fa.PRESENT_ENDINGS)
        if past and _WORD_RE.fullmatch(past):
            forms.update(past + e for e in fa.PAST_ENDINGS)
            participles.add(past + "ه")
    return frozenset(forms), frozenset(participles)


@functools.cache
def _lexicon() -> _Lexicon:
    """Load and index shekar's word lists (once)."""
    folder = _lexicon_dir()
    try:
        if folder is None:
            raise FileNotFoundError(f"package {fa.LEXICON_PACKAGE} not installed")
        vocab_csv = (folder / fa.LEXICON_VOCAB).read_text(encoding="utf-8")
        compounds = (folder / fa.LEXICON_COMPOUNDS).read_text(encoding="utf-8")
        verbs_csv = (folder / fa.LEXICON_VERBS).read_text(encoding="utf-8")
    except OSError as exc:
        LOGGER.warning("Persian lexicon not available (%s); ZWNJ restoration uses rules only", exc)
        return _Lexicon({}, {}, frozenset(), frozenset())

    entries: list[tuple[str, int]] = []
    for line in vocab_csv.splitlines():
        word, _, count = line.rpartition(",")
        if word and count.isdigit():
            entries.append((word, int(count)))
    entries.extend((line, 0) for line in compounds.splitlines() if line.strip())

    freq: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    for key, (_, count) in zip(_keys([w for w, _ in entries]), entries, strict=True):
        if not key or not _WORD_RE.fullmatch(key):
            continue
        if ZWNJ in key:
            group = spellings.setdefault(key.replace(ZWNJ, ""), {})
            group[key] = group.get(key, 0) + count
        else:
            freq[key] = freq.get(key, 0) + count

    table: dict[str, str] = {}
    for joined, group in spellings.items():
        candidates = [(count, 1, form) for form, count in group.items()]
        if joined in freq:
            candidates.append((freq[joined], 0, joined))
        table[joined] = max(candidates)[2]
        # a stem known only as a curated compound still counts as a known word for the rules
        freq[joined] = max(freq.get(joined, 0), max(group.values()), fa.MIN_STEM_FREQUENCY)
    forms, participles = _verb_forms(verbs_csv)
    LOGGER.debug("Persian lexicon: %d words, %d ZWNJ groups, %d verb forms", len(freq), len(table), len(forms))
    return _Lexicon(table, freq, forms, participles)


def lexicon_available() -> bool:
    """Whether shekar's lexicon could be loaded."""
    return bool(_lexicon().freq)


def _attach(stem: str, suffix: str) -> str:
    """Write ``suffix`` after ``stem`` with a ZWNJ if the stem's last letter joins."""
    return stem + suffix if stem[-1] in fa.NON_JOINING else stem + ZWNJ + suffix


def _split_suffix(s: str, lex: _Lexicon) -> str | None:
    best: tuple[int, str, str] | None = None
    for suffixes, after_heh in (
        (fa.PLURAL_SUFFIXES, False), (fa.COMPARATIVE_SUFFIXES, False), (fa.HEH_SUFFIXES, True),
    ):
        for suffix in suffixes:
            if not s.endswith(suffix):
                continue
            stem = s[: -len(suffix)]
            if len(stem) < fa.MIN_STEM_LENGTH or (after_heh and not stem.endswith("ه")):
                continue
            count = lex.freq.get(stem, 0)
            if after_heh and stem in lex.participles:
                count = max(count, fa.MIN_STEM_FREQUENCY)
            if count >= fa.MIN_STEM_FREQUENCY and (best is None or count > best[0]):
                best = (count, stem, suffix)
    if best is None:
        return None
    _, stem, suffix = best
    return _attach(lex.table.get(stem, stem), suffix)


@functools.lru_cache(maxsize=200_000)
def canonical_word(s: str) -> str | None:
    """Canonical spelling of the Persian word ``s`` (normalized letters, no ZWNJ), or ``None``
    when neither the lexicon nor the rules know it (the caller then keeps the word as written)."""
    lex = _lexicon()
    hit = lex.table.get(s)
    if hit is not None:
        return hit
    if s in lex.freq or s in lex.verb_forms:
        return s
    for prefix in fa.VERB_PREFIXES:
        if s.startswith(prefix) and s[len(prefix):] in lex.verb_forms:
            return prefix + ZWNJ + s[len(prefix):]
    for clitic in fa.JOINED_CLITICS:
        base = s[: -len(clitic)]
        if s.endswith(clitic) and len(base) >= fa.MIN_STEM_LENGTH and lex.freq.get(base, 0) >= fa.MIN_STEM_FREQUENCY:
            return lex.table.get(base, base) + clitic
    return _split_suffix(s, lex)


def cleanup_edits(s: str) -> list[Edit]:
    """Edits removing ZWNJs that are doubled, follow a non-joining letter or a non-letter, or do
    not precede a letter."""
    if ZWNJ not in s:
        return []
    edits: list[Edit] = []
    for match in _BAD_ZWNJ_RE.finditer(s):
        start, end = match.span()
        if end - start > 1 and start > 0 and end < len(s) and _JOINING_RE.fullmatch(s[start - 1]) \
                and _LETTER_RE.fullmatch(s[end]):
            edits.append((start + 1, end, "", ()))  # keep one of the run
        else:
            edits.append((start, end, "", ()))
    return edits


def _align(src: str, src_offsets: Sequence[int], dst: str) -> list[int]:
    """Offsets for ``dst``, which equals ``src`` up to ZWNJs and spaces between letters."""
    out: list[int] = []
    i = 0
    for ch in dst:
        if ch in (ZWNJ, " "):
            if i < len(src) and src[i] in (ZWNJ, " "):
                out.append(src_offsets[i])
                i += 1
            else:
                out.append(src_offsets[i])  # inserted: points at the next letter
            continue
        while src[i] in (ZWNJ, " "):
            i += 1
        out.append(src_offsets[i])
        i += 1
    return out


def _stripped(word: str) -> str:
    return word.replace(ZWNJ, "") if ZWNJ in word else word


def restore_edits(s: str, offsets: list[int] | None) -> list[Edit]:
    """Edits writing each Persian word of ``s`` in its canonical spelling (see module docs)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(s)]
    if not words:
        return []
    edits: list[Edit] = []
    n = len(words)
    i = 0
    while i < n:
        start, end, word = words[i]
        plain = _stripped(word)
        canon = canonical_word(plain) or word
        # "می گوید" -> "می‌گوید" (not "ماه می گذشته" nor "۱۵ می ۲۰۲۴")
        if plain in fa.VERB_PREFIXES and i + 1 < n and words[i + 1][0] == end + 1 and s[end] == " " \
                and not _after_month_word(s, start, words, i):
            joined = canonical_word(plain + _stripped(words[i + 1][2]))
            if joined is not None and joined.startswith(plain + ZWNJ):
                end, plain, canon = words[i + 1][1], joined.replace(ZWNJ, ""), joined
                i += 1
        # "کتاب ها" -> "کتاب‌ها", "نیرو ها" -> "نیروها", "گفته اند" -> "گفته‌اند"
        while i + 1 < n and words[i + 1][0] == end + 1 and s[end] == " " \
                and _stripped(words[i + 1][2]) in fa.SPACE_JOIN_SUFFIXES:
            suffix = _stripped(words[i + 1][2])
            joined = canonical_word(plain + suffix)
            if joined is None or joined not in (canon + ZWNJ + suffix, canon + suffix) \
                    or (joined == canon + suffix and canon[-1] not in fa.NON_JOINING):
                break
            end, plain, canon = words[i + 1][1], plain + suffix, joined
            i += 1
        if canon != s[start:end]:
            src_offsets = offsets[start:end] if offsets is not None else range(start, end)
            edits.append((start, end, canon, _align(s[start:end], src_offsets, canon)))
        i += 1
    return edits


def _after_month_word(s: str, start: int, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``start`` follows a number or "ماه" (so "می" is the month May)."""
    if start >= 2 and s[start - 1] == " " and s[start - 2].isdigit():
        return True
    return i > 0 and words[i - 1][1] == start - 1 and _stripped(words[i - 1][2]) in fa.MONTH_CONTEXT
