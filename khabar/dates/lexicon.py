"""Date vocabulary of a language, read from ``khabar.lang.<code>.dates`` and compiled for matching.

Each entry is folded like the text (``normalize.fold``) and turned into a regular-expression
alternative: a space matches any run of spaces (including none, for "ذوالقعدة" and Persian words
written without their zero-width non-joiner), a hyphen matches a hyphen or spaces, an apostrophe
or a dot is optional. Lookups go through ``key()``, which removes exactly those differences.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType

from khabar.dates.calendars import GREGORIAN, HIJRI, JALALI
from khabar.dates.normalize import fold

LOGGER = logging.getLogger(__name__)

LANGS = ("ar", "fa", "en")

# No letter before / after: word edges that work for Arabic script and Latin alike (digits allowed).
L = r"(?<![^\W\d_])"
R = r"(?![^\W\d_])"

_KEY_DROP = re.compile(r"[\s\-'.]+")


def lang_code(lang: str | None) -> str:
    """"ar", "fa" or "en" from a language tag ("ar-IQ", "FA", "en_US"); "und" for anything else."""
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGS else "und"


def key(text: str) -> str:
    """Lookup key of a matched word or lexicon entry."""
    return _KEY_DROP.sub("", fold(text)).lower()


def _entry_regex(entry: str) -> str:
    out: list[str] = []
    for token_index, token in enumerate(fold(entry).split()):
        if token_index:
            out.append(r"\s*")
        # Arabic "و" glued to the next word may also be written apart: "والعشرين", "و العشرين".
        if len(token) > 1 and token.startswith("و") and token[1] == "ا":
            out.append(r"و\s*")
            token = token[1:]
        for ch in token:
            if ch == "-":
                out.append(r"[\s-]*")
            elif ch == "'":
                out.append("'?")
            elif ch == ".":
                out.append(r"\.?\s*")
            else:
                out.append(re.escape(ch))
    return "".join(out)


def alternation(entries: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """A non-capturing alternation of ``entries``, longest first; never matches the empty string."""
    sensitive = set(case_sensitive)
    plain: list[str] = []
    exact: list[str] = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        if not fold(entry).strip():
            continue
        if entry in sensitive:
            exact.append(_entry_regex(entry))
            exact.append(_entry_regex(entry.upper()))
        else:
            plain.append(_entry_regex(entry))
    parts = []
    if plain:
        parts.append("(?i:" + "|".join(plain) + ")")
    parts.extend(exact)
    if not parts:
        return r"(?!x)x"
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class MonthName:
    """What a month word means."""

    calendar: str
    month: int
    need_year: bool  # an everyday word too: a month only with a year next to it
    bare_ok: bool  # may stand without a day or year ("أواخر يونيو", "in June")


def _keyed(mapping: Mapping[str, object]) -> dict[str, object]:
    return {key(k): v for k, v in mapping.items()}


@dataclass
class Lexicon:
    """Compiled date vocabulary of one language (or of several merged)."""

    lang: str
    months: dict[str, MonthName] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)
    rel_days: dict[str, int] = field(default_factory=dict)
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    mods: dict[str, str] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    year_offsets: dict[str, int] = field(default_factory=dict)
    rel_years: dict[str, int] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    eras: dict[str, str] = field(default_factory=dict)
    few: frozenset[str] = frozenset()
    more: frozenset[str] = frozenset()
    about: frozenset[str] = frozenset()
    need_day_word: frozenset[str] = frozenset()
    published_cues: tuple[str, ...] = ()
    updated_cues: tuple[str, ...] = ()
    rx: dict[str, str] = field(default_factory=dict)  # regex fragments by role
    entries: dict[str, list[str]] = field(default_factory=dict)  # raw entries by role, for anchors


def _load(lang: str) -> ModuleType:
    return importlib.import_module(f"khabar.lang.{lang}.dates")


def _get(mod: ModuleType, name: str, default: object) -> object:
    return getattr(mod, name, default)


@functools.lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    """The compiled vocabulary for ``lang``; any other code gets Arabic, Persian and English merged."""
    langs = (lang,) if lang in LANGS else LANGS
    mods = [_load(code) for code in langs]
    lex = Lexicon(lang=lang if lang in LANGS else "und")

    month_entries: list[str] = []
    case_sensitive: set[str] = set()
    wd_entries: list[str] = []
    wd_abbr: list[str] = []
    lists: dict[str, list[str]] = {
        name: []
        for name in ("ord", "card", "unit", "relday", "mod_after", "mod_before", "period", "yoff", "ryear",
                     "part", "era", "few", "more", "about", "year_link", "year_word", "wd_link", "day_word",
                     "dm_link", "prep", "ago_before", "ago_after")
    }
    not_after: set[str] = set()
    not_before: set[str] = set()
    need_day_word: set[str] = set()
    pub: list[str] = []
    upd: list[str] = []
    for mod in mods:
        cs = set(_get(mod, "CASE_SENSITIVE", frozenset()))  # type: ignore[arg-type]
        case_sensitive |= cs
        need_year = {key(n) for n in _get(mod, "NEED_YEAR", frozenset())}  # type: ignore[attr-defined]
        no_bare = {key(n) for n in _get(mod, "NO_BARE_MONTH", frozenset())}  # type: ignore[attr-defined]
        for cal, attr in ((GREGORIAN, "GREGORIAN_MONTHS"), (JALALI, "JALALI_MONTHS"), (HIJRI, "HIJRI_MONTHS")):
            for name, month in getattr(mod, attr, {}).items():
                k = key(name)
                info = MonthName(cal, month, k in need_year, k not in no_bare and k not in need_year)
                old = lex.months.get(k)
                if old is not None and (old.calendar, old.month) != (cal, month):
                    LOGGER.debug("month word %s is ambiguous across languages; keeping the first", name)
                    continue
                lex.months[k] = info
                month_entries.append(name)
        weekdays = getattr(mod, "WEEKDAYS", {})
        abbrs = getattr(mod, "WEEKDAY_ABBREVIATIONS", {})
        lex.weekdays.update(_keyed(weekdays))  # type: ignore[arg-type]
        lex.weekdays.update(_keyed(abbrs))  # type: ignore[arg-type]
        wd_entries += list(weekdays)
        wd_abbr += list(abbrs)
        lex.ordinals.update(_keyed(mod.DAY_ORDINALS))  # type: ignore[arg-type]
        lex.cardinals.update(_keyed(mod.CARDINALS))  # type: ignore[arg-type]
        lex.units.update(_keyed(mod.UNITS))  # type: ignore[arg-type]
        lex.rel_days.update(_keyed(mod.RELATIVE_DAYS))  # type: ignore[arg-type]
        lex.mods.update(_keyed(mod.MODIFIERS_AFTER))  # type: ignore[arg-type]
        lex.mods.update(_keyed(mod.MODIFIERS_BEFORE))  # type: ignore[arg-type]
        lex.periods.update(_keyed(mod.PERIODS))  # type: ignore[arg-type]
        lex.year_offsets.update(_keyed(mod.YEAR_OFFSETS_AFTER))  # type: ignore[arg-type]
        lex.rel_years.update(_keyed(mod.RELATIVE_YEARS))  # type: ignore[arg-type]
        lex.parts.update(_keyed(mod.PARTS))  # type: ignore[arg-type]
        lex.eras.update(_keyed(mod.ERA_MARKERS))  # type: ignore[arg-type]
        not_after |= {key(w) for w in mod.RELATIVE_DAY_NOT_AFTER}
        not_before |= {key(w) for w in mod.RELATIVE_DAY_NOT_BEFORE}
        need_day_word |= {key(w) for w in mod.WEEKDAYS_NEED_DAY_WORD}
        pub += list(mod.PUBLISHED_CUES)
        upd += list(mod.UPDATED_CUES)
        for name, attr in (("ord", "DAY_ORDINALS"), ("card", "CARDINALS"), ("unit", "UNITS"),
                           ("relday", "RELATIVE_DAYS"), ("mod_after", "MODIFIERS_AFTER"),
                           ("mod_before", "MODIFIERS_BEFORE"), ("period", "PERIODS"), ("yoff", "YEAR_OFFSETS_AFTER"),
                           ("ryear", "RELATIVE_YEARS"), ("part", "PARTS"), ("era", "ERA_MARKERS"),
                           ("few", "FEW_WORDS"), ("more", "MORE_THAN_WORDS"), ("about", "ABOUT_WORDS"),
                           ("year_link", "YEAR_LINKS"), ("year_word", "YEAR_WORDS"), ("wd_link", "WEEKDAY_LINKS"),
                           ("day_word", "DAY_WORDS"), ("dm_link", "DAY_MONTH_LINKS"), ("prep", "MONTH_PREPOSITIONS"),
                           ("ago_before", "AGO_BEFORE"), ("ago_after", "AGO_AFTER")):
            lists[name] += list(getattr(mod, attr))
    lex.not_after = frozenset(not_after)
    lex.not_before = frozenset(not_before)
    lex.need_day_word = frozenset(need_day_word)
    lex.few = frozenset(key(w) for w in lists["few"])
    lex.more = frozenset(key(w) for w in lists["more"])
    lex.about = frozenset(key(w) for w in lists["about"])
    lex.published_cues = tuple(pub)
    lex.updated_cues = tuple(upd)

    lex.entries = {"months": month_entries, "weekdays": wd_entries + wd_abbr, "relday": lists["relday"],
                   "period": lists["period"], "ryear": lists["ryear"], "unit": lists["unit"]}
    rx = lex.rx
    rx["month"] = alternation(month_entries, case_sensitive)
    rx["weekday"] = alternation(wd_entries)
    rx["weekday_any"] = alternation(wd_entries + wd_abbr)
    for name, entries in lists.items():
        rx[name] = alternation(entries, case_sensitive)
    # Parts written with a trailing hyphen ("mid-July") need no space after them.
    rx["part"] = "(?:" + "|".join(
        alternation([p]) + (r"\s*" if p.endswith("-") else r"\s+") for p in sorted(set(lists["part"]), key=len, reverse=True)
    ) + ")" if lists["part"] else r"(?!x)x"
    return lex


def raw_entries(lang: str) -> dict[str, list[str]]:
    """Lexicon entries by role ("months", "weekdays", "relday", "period", "ryear", "unit")."""
    return lexicon(lang).entries
