"""Date expressions in Arabic, Persian and English text, in the Gregorian, Jalali and Hijri calendars.

``find_dates`` returns every date expression with its exact span in the given string, the day
it names (``date``) or the inclusive range it names (``window``), the calendar it was written in
and whether it needed a reference day (``kind == "relative"``).

Decisions, on the side of returning nothing rather than a wrong date:

- A day that does not exist (31 June, 30 Esfand of a common year, 30 of a 29-day Hijri month) is
  dropped, never rolled over or clamped.
- Two-digit years are skipped ("6 July 21", "06/07/21"): the expression is not returned at all.
- Numeric day/month order: D/M/Y for Arabic and Persian; for English D/M/Y when it is the only
  valid reading or when both numbers agree; when both readings are valid and differ ("06/07/2021")
  an adjacent weekday decides, otherwise the mention carries no ``date`` and a ``window`` from the
  earlier to the later reading. Y/M/D ("2021-07-06") is never reordered.
- Four-digit years 1300-1499 in numeric dates are Jalali in Persian text and Hijri in Arabic text
  (unless an era marker says otherwise); in English they are not read.
- A month alone is read only when unambiguous and introduced ("في يونيو", "أواخر يونيو",
  "last June"); words that are also common words ("آب", "مه", "تیر", "صفر") count as months only
  with a day and a year (or "ماه") next to them.
- Relative expressions and days without a year are returned with ``kind="relative"``; they are
  resolved only when ``base`` is given (see ``khabar.dates.relative`` for the conventions) and
  otherwise have ``date=None, window=None``: nothing is ever resolved against today.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from khabar.dates import relative
from khabar.dates.calendars import (
    GREGORIAN,
    HIJRI,
    JALALI,
    day_possible,
    from_gregorian,
    month_window,
    to_gregorian,
    year_window,
)
from khabar.dates.grammar import grammar, regions
from khabar.dates.lexicon import LANGS, Lexicon, MonthName, key, lang_code, lexicon
from khabar.dates.normalize import normalize

LOGGER = logging.getLogger(__name__)

Window = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    ``start``/``end`` index the original string (``text == original[start:end]``). ``date`` is set
    when the exact day is known, ``window`` (inclusive, Gregorian) when only a range is known; both
    are ``None`` for a relative expression read without a reference day. ``calendar`` is the
    calendar the expression was written in; ``kind`` is "absolute" or "relative" (needed a
    reference day, including a day and month without a year); :mod:`khabar.dates.anchored` adds
    "anchored" (days counted from another date, ``offset``) and "two-digit" (``note`` says how it
    was read or why not). ``weekday`` (0 = Monday) marks a bare weekday ("الثلاثاء", "on Tuesday"),
    read as the most recent such day; :func:`khabar.dates.weekday_for_tense` reads it in a future
    clause.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    window: Window | None
    calendar: str
    kind: str
    offset: int | None = None
    note: str | None = None
    weekday: int | None = None


@dataclass(frozen=True)
class _Hit:
    start: int  # in the normalized text
    end: int
    date: dt.date | None
    window: Window | None
    calendar: str
    kind: str
    weekday: int | None = None


_TWO_DIGIT_YEAR = re.compile(r"\s*[,،]?\s*'?\d{2}(?!\d)")
_PERIOD_CAL_DEFAULT = {"fa": JALALI}


def _num(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _era_calendar(lex: Lexicon, era: str | None, lang: str) -> str | None:
    if not era:
        return None
    cal = lex.eras.get(key(era))
    if cal == "h":
        return JALALI if lang == "fa" else HIJRI
    return cal


def _era_fits(era_cal: str | None, month_cal: str) -> bool:
    if era_cal is None:
        return True
    return era_cal == month_cal


class _Reader:
    """Handlers for each form; one instance per ``find_dates`` call."""

    def __init__(self, text: str, lang: str, base: dt.date | None) -> None:
        self.text = text
        self.lang = lang
        self.base = base
        self.lex = lexicon(lang if lang in LANGS else "und")

    # -- shared pieces -------------------------------------------------------------------------

    def month(self, m: re.Match[str]) -> MonthName | None:
        info = self.lex.months.get(key(m.group("m")))
        if info is None:
            return None
        if m.group("m2"):
            other = self.lex.months.get(key(m.group("m2")))
            if other is None or (other.calendar, other.month) != (info.calendar, info.month):
                return None
        return info

    def rel_value(self, word: str | None) -> str | int | None:
        if not word:
            return None
        k = key(word)
        if k in self.lex.year_offsets:
            return self.lex.year_offsets[k]
        return self.lex.mods.get(k)

    def two_digit_year_follows(self, end: int) -> bool:
        return bool(_TWO_DIGIT_YEAR.match(self.text, end))

    # -- absolute forms ------------------------------------------------------------------------

    def dmy(self, m: re.Match[str]) -> _Hit | None:
        info = self.month(m)
        if info is None:
            return None
        day = _num(m.group("d")) if m.group("d") else self.lex.ordinals.get(key(m.group("dw") or ""))
        if day is None:
            return None
        if not day_possible(info.calendar, info.month, day):
            return self.veto(m)
        year = _num(m.group("y"))
        if year is None:
            if info.need_year and not m.group("mah"):
                return None
            if self.two_digit_year_follows(m.end()):
                return None
            return self.day_month(m, info, day, self.rel_value(m.group("rel")))
        if not _era_fits(_era_calendar(self.lex, m.group("era"), self.lang), info.calendar):
            return None
        date = to_gregorian(info.calendar, year, info.month, day)
        if date is None:
            return self.veto(m)
        return _Hit(m.start(), m.end(), date, None, info.calendar, "absolute")

    @staticmethod
    def veto(m: re.Match[str]) -> _Hit:
        """A day that does not exist ("31 يونيو 2021"): nothing inside it may be read as a date either."""
        return _Hit(m.start(), m.end(), None, None, GREGORIAN, "veto")

    def mdy(self, m: re.Match[str]) -> _Hit | None:
        info = self.month(m)
        if info is None:
            return None
        day = _num(m.group("d"))
        if day is None:
            return None
        if not day_possible(info.calendar, info.month, day):
            return self.veto(m) if m.group("y") else None
        year = _num(m.group("y"))
        if year is None:
            # "July 6" only with a Latin month name: in Arabic script the number after a month is a count.
            if not m.group("m").isascii() or info.need_year or self.two_digit_year_follows(m.end()):
                return None
            return self.day_month(m, info, day, None)
        if not _era_fits(_era_calendar(self.lex, m.group("era"), self.lang), info.calendar):
            return None
        date = to_gregorian(info.calendar, year, info.month, day)
        if date is None:
            return self.veto(m)
        return _Hit(m.start(), m.end(), date, None, info.calendar, "absolute")

    def day_range(self, m: re.Match[str]) -> _Hit | None:
        """"5 و6 يوليو 2021", "July 5-6, 2021": the window from the first day to the second."""
        info = self.month(m)
        if info is None:
            return None
        first, last = int(m.group("d1")), int(m.group("d"))
        if not first < last:
            return None
        if not (day_possible(info.calendar, info.month, first) and day_possible(info.calendar, info.month, last)):
            return self.veto(m)
        year = _num(m.group("y"))
        if year is None:
            if info.need_year and not m.groupdict().get("mah") or self.two_digit_year_follows(m.end()):
                return None
            if m.re.groupindex.get("rel") is None and not m.group("m").isascii():
                return None
            window = None
            if self.base:
                end = relative.day_month(info.calendar, info.month, last, self.base,
                                         self.rel_value(m.groupdict().get("rel")))
                here = from_gregorian(info.calendar, end) if end else None
                start = to_gregorian(info.calendar, here[0], info.month, first) if here else None
                window = (start, end) if start and end else None
            return _Hit(m.start(), m.end(), None, window, info.calendar, "relative")
        if not _era_fits(_era_calendar(self.lex, m.group("era"), self.lang), info.calendar):
            return None
        start_day = to_gregorian(info.calendar, year, info.month, first)
        end_day = to_gregorian(info.calendar, year, info.month, last)
        if start_day is None or end_day is None:
            return self.veto(m)
        return _Hit(m.start(), m.end(), None, (start_day, end_day), info.calendar, "absolute")

    def day_month(self, m: re.Match[str], info: MonthName, day: int, rel: str | int | None) -> _Hit:
        date = relative.day_month(info.calendar, info.month, day, self.base, rel) if self.base else None
        return _Hit(m.start(), m.end(), date, None, info.calendar, "relative")

    def month_form(self, m: re.Match[str]) -> _Hit | None:
        info = self.month(m)
        if info is None:
            return None
        part = self.lex.parts.get(key(m.group("part"))) if m.group("part") else None
        year = _num(m.group("y"))
        start = m.start("body")
        if year is not None:
            if not _era_fits(_era_calendar(self.lex, m.group("era"), self.lang), info.calendar):
                return None
            window = month_window(info.calendar, year, info.month)
            if window is not None and part is not None:
                window = relative.slice_window(window, part, None, info.calendar)
            if window is None:
                return None
            return _Hit(start, m.end(), None, window, info.calendar, "absolute")
        rel = self.rel_value(m.group("rel") or m.group("mb"))
        if not info.bare_ok or not (m.group("prep") or part or rel is not None):
            return None
        if not m.group("part") and not m.group("mb") and not m.group("rel"):
            start = m.start("m")
        window = relative.month_only(info.calendar, info.month, self.base, rel) if self.base else None
        if window is not None and part is not None:
            window = relative.slice_window(window, part, self.base, info.calendar)
        return _Hit(start, m.end(), None, window, info.calendar, "relative")

    def numeric_calendar(self, year: int, era: str | None) -> str | None:
        era_cal = _era_calendar(self.lex, era, self.lang)
        if era_cal is not None:
            return era_cal
        if 1900 <= year <= 2200:
            return GREGORIAN
        if 1300 <= year < 1500:
            return {"fa": JALALI, "ar": HIJRI}.get(self.lang)
        return None

    def ymd(self, m: re.Match[str]) -> _Hit | None:
        year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        cal = self.numeric_calendar(year, m.group("era"))
        if cal is None:
            return None
        date = to_gregorian(cal, year, month, day)
        if date is None:
            return self.veto(m)
        return _Hit(m.start(), m.end(), date, None, cal, "absolute")

    def num_dmy(self, m: re.Match[str]) -> _Hit | None:
        year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        cal = self.numeric_calendar(year, m.group("era"))
        if cal is None:
            return None
        dmy = to_gregorian(cal, year, month, day)
        mdy = to_gregorian(cal, year, day, month)
        if dmy is None and mdy is None:
            return self.veto(m)
        if dmy is None or mdy is None or dmy == mdy or self.lang in ("ar", "fa"):
            return _Hit(m.start(), m.end(), dmy or mdy, None, cal, "absolute")
        wd = m.group("wd")
        want = self.lex.weekdays.get(key(wd)) if wd else None
        if want is not None and (dmy.weekday() == want) != (mdy.weekday() == want):
            date = dmy if dmy.weekday() == want else mdy
            return _Hit(m.start(), m.end(), date, None, cal, "absolute")
        return _Hit(m.start(), m.end(), None, (min(dmy, mdy), max(dmy, mdy)), cal, "absolute")

    def year_form(self, m: re.Match[str]) -> _Hit | None:
        year = int(m.group("y"))
        era = m.group("era")
        part = self.lex.parts.get(key(m.group("part"))) if m.group("part") else None
        if not (era or m.group("yw") or part):
            return None
        cal = _era_calendar(self.lex, era, self.lang)
        if cal is None:
            if self.lang == "fa" and 1300 <= year < 1500:
                cal = JALALI
            elif 1900 <= year <= 2100:
                cal = GREGORIAN
            else:
                return None
        window = year_window(cal, year)
        if window is not None and part is not None:
            window = relative.slice_window(window, part, None, cal)
        if window is None:
            return None
        start = m.start("part") if m.group("part") else m.start("y")
        return _Hit(start, m.end(), None, window, cal, "absolute")

    # -- relative forms ------------------------------------------------------------------------

    def _word_before(self, pos: int) -> str:
        words = self.text[max(0, pos - 30):pos].split()
        return key(words[-1]) if words else ""

    def _word_after(self, pos: int) -> str:
        words = self.text[pos:pos + 30].split()
        return key(words[0]) if words else ""

    def relday(self, m: re.Match[str]) -> _Hit | None:
        before = self._word_before(m.start())
        if before in self.lex.not_after or self._word_after(m.end()) in self.lex.not_before:
            return None
        if before.isdigit() or before in self.lex.cardinals:  # "۲۰ روز گذشته": the past 20 days, not yesterday
            return None
        offset = self.lex.rel_days.get(key(m.group("rw")))
        if offset is None:
            return None
        date = relative.shift_days(self.base, offset) if self.base else None
        return _Hit(m.start(), m.end(), date, None, self.default_calendar(), "relative")

    def default_calendar(self) -> str:
        return _PERIOD_CAL_DEFAULT.get(self.lang, GREGORIAN)

    def weekday(self, m: re.Match[str]) -> _Hit | None:
        target = self.lex.weekdays.get(key(m.group("wd")))
        if target is None:
            return None
        bare = not (m.group("dword") or m.group("mb") or m.group("ma") or m.group("wkp") or m.group("wkp2"))
        if bare and key(m.group("wd")) in self.lex.need_day_word:
            return None
        start = m.start("body")
        if m.group("wkp") or m.group("wkp2"):
            unit = self.lex.periods.get(key(m.group("wkp") or m.group("wkp2")))
            rel = self.rel_value(m.group("wkmb") or m.group("wkma"))
            if unit != "week" or rel not in ("past", "next", "this"):
                return None
            date = None
            if self.base:
                week = relative.period("week", {"past": -1, "next": 1, "this": 0}[rel], self.base, self.lang)
                if week:
                    date = next((week[0] + dt.timedelta(days=i) for i in range(7)
                                 if (week[0] + dt.timedelta(days=i)).weekday() == target), None)
            return _Hit(start, m.end(), date, None, self.default_calendar(), "relative")
        rel = self.rel_value(m.group("mb") or m.group("ma"))
        if rel == "rolling":
            rel = "past"
        if isinstance(rel, int):
            return None
        date = relative.weekday(target, self.base, rel) if self.base else None
        return _Hit(start, m.end(), date, None, self.default_calendar(), "relative", target if rel is None else None)

    def period(self, m: re.Match[str]) -> _Hit | None:
        part = self.lex.parts.get(key(m.group("part"))) if m.group("part") else None
        start = m.start()
        if m.group("ry"):
            offset = self.lex.rel_years.get(key(m.group("ry")))
            unit, rel = "year", offset
        else:
            unit = self.lex.periods.get(key(m.group("per") or m.group("per2") or ""))
            rel = self.rel_value(m.group("mb") or m.group("ma"))
        if unit is None or rel is None or isinstance(rel, bool):
            return None
        cal = relative.period_calendar(self.lang) if unit in ("month", "year") else self.default_calendar()
        window = None
        if self.base:
            if rel == "rolling":
                window = relative.rolling(unit, self.base)
            else:
                offset = rel if isinstance(rel, int) else {"past": -1, "next": 1, "this": 0}.get(rel)
                if offset is None:
                    return None
                window = relative.period(unit, offset, self.base, self.lang)
            if window is not None and part is not None:
                window = relative.slice_window(window, part, self.base, cal)
        elif part in ("sofar", "rest") and rel not in ("this", 0):
            return None
        return _Hit(start, m.end(), None, window, cal, "relative")

    def ago_before(self, m: re.Match[str]) -> _Hit | None:
        return self.ago(m, bare_is_few=True)

    def ago_after(self, m: re.Match[str]) -> _Hit | None:
        return self.ago(m, bare_is_few=False)

    def ago(self, m: re.Match[str], *, bare_is_few: bool) -> _Hit | None:
        """"قبل ثلاثة أيام", "منذ أيام" (a few days), "سه روز پیش", "two weeks ago"."""
        unit, implied = self.lex.units.get(key(m.group("u")), (None, 0))
        if unit is None:
            return None
        after = self._word_after(m.end())
        if after in ("من", "of", "از", "على"):
            return None  # "قبل يومين من الانتخابات": before another event, not before the reference day
        raw = m.group("n")
        count: int | None
        if raw is None:
            count = implied or None
            if count is None and not bare_is_few:  # "days ago" without a number
                return None
        elif raw.isdigit():
            count = int(raw)
        elif key(raw) in self.lex.few:
            count = None
        else:
            count = self.lex.cardinals.get(key(raw))
            if count is None:
                return None
        if count is not None and not 0 < count <= 400:
            return None
        quantity = None
        if m.group("q"):
            quantity = "more" if key(m.group("q")) in self.lex.more else "about"
        date, window = (None, None)
        if self.base:
            date, window = relative.ago(unit, count, quantity, self.base, self.lang)
        return _Hit(m.start(), m.end(), date, window, self.default_calendar(), "relative")


_HANDLERS: dict[str, Callable[[_Reader, re.Match[str]], _Hit | None]] = {
    "dmy": _Reader.dmy,
    "mdy": _Reader.mdy,
    "range": _Reader.day_range,
    "mdy_range": _Reader.day_range,
    "month": _Reader.month_form,
    "ymd": _Reader.ymd,
    "num_dmy": _Reader.num_dmy,
    "year": _Reader.year_form,
    "relday": _Reader.relday,
    "weekday": _Reader.weekday,
    "period": _Reader.period,
    "ago_before": _Reader.ago_before,
    "ago_after": _Reader.ago_after,
}

# Settling overlaps: the longest match wins; at equal length, absolute before relative.
_KIND_RANK = {"veto": 0, "absolute": 1, "relative": 2}


def find_dates(text: str, lang: str, *, base: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, without overlaps.

    ``lang`` is "ar", "fa" or "en" (a tag such as "ar-IQ" counts as "ar"; any other code reads
    the three vocabularies together).
    ``base`` is the reference day for relative expressions (for an article: its publication
    date); without it relative expressions are returned unresolved (``date`` and ``window`` None).
    Never raises on any string.
    """
    if not text:
        return []
    lang = lang_code(lang)
    norm = normalize(text)
    reader = _Reader(norm.text, lang, base)
    gram = grammar(lang)
    hits: list[_Hit] = []
    for name, start, stop in regions(norm.text, gram):
        handler = _HANDLERS[name]
        for match in gram.forms[name].finditer(norm.text, start, stop):
            if match.end() == match.start():
                continue
            try:
                hit = handler(reader, match)
            except (ValueError, OverflowError, KeyError) as exc:  # a value outside a calendar's range
                LOGGER.debug("date form %s skipped %r: %s", name, match.group(0), exc)
                continue
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    hits.sort(key=lambda h: (-(h.end - h.start), _KIND_RANK[h.kind], h.start))
    chosen: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in hits:
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        chosen.append(hit)
        taken.append((hit.start, hit.end))
    chosen.sort(key=lambda h: h.start)
    out = []
    for hit in chosen:
        if hit.kind == "veto":
            continue
        start, end = norm.span(hit.start, hit.end)
        out.append(DateMention(start, end, text[start:end], hit.date, hit.window, hit.calendar, hit.kind,
                               weekday=hit.weekday))
    return out
