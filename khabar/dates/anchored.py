"""Dates that need more than the publication date: days counted from another date of the text,
numeric dates with a two-digit year, and bare weekdays read by tense.

``find_dates`` reads what the publication date alone resolves. Three kinds of expression need
more, and their rules live here so that every caller (the events stage, the claims, a user of the
library) reads them the same way:

- **Anchored days** (:func:`find_anchored`, :func:`resolve_anchored`): "the previous day",
  "اليوم السابق", "روز قبل", "the next day", "two days later", "بعد خمسة أيام", "دو روز بعد" count
  from another date of the text, not from the publication date. :func:`find_anchored` returns them
  with ``kind="anchored"``, ``offset`` (days) and no date; :func:`resolve_anchored` gives each the
  nearest earlier exact date of the list it is given (the caller chooses the scope: khabar's
  events stage passes one sentence). After a window ("last week") or with no earlier date they
  stay unresolved: a day counted from a range is not a day.
- **Two-digit years** (:func:`find_two_digit_dates`): "5/7/21" is read only when the publication
  date makes the reading certain enough: the century of the publication year, the day not after
  the publication date and at most 366 days before it, and (in English) a day/month order that
  only one reading allows inside that range. Every such mention carries a ``note`` saying how it
  was read or why it was not; an unread one has neither ``date`` nor ``window``. Nothing is
  silently guessed: callers report the note (khabar's events stage as issue ``W040``).
- **Bare weekdays** (:func:`weekday_for_tense`): ``find_dates`` reads "الثلاثاء", "on Tuesday",
  "روز سه‌شنبه" without "last"/"next" as the most recent such day not after the publication date
  (past-tense news) and marks the mention with ``weekday``. In a future or scheduled clause ("will
  meet on Tuesday", "سيلتقي ... يوم الثلاثاء") it is the next such day on or after the
  publication date: :func:`weekday_for_tense` gives that reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
import re
from collections.abc import Sequence

from khabar.dates.calendars import GREGORIAN
from khabar.dates.lexicon import LANGS, alternation, key, lang_code, lexicon
from khabar.dates.normalize import normalize
from khabar.dates.text import DateMention

__all__ = ["find_anchored", "resolve_anchored", "find_two_digit_dates", "weekday_for_tense", "MAX_ANCHOR_DAYS",
           "TWO_DIGIT_RANGE_DAYS"]

#: Counts of days beyond this are not read as anchored days ("بعد 500 يوم" is not a date).
MAX_ANCHOR_DAYS = 400

#: A two-digit year is read only for a day at most this many days before the publication date.
TWO_DIGIT_RANGE_DAYS = 366

_TWO_DIGIT = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/]|[.-]\d)")
_EDGE_L = r"(?<![^\W_])"
_EDGE_R = r"(?![^\W_])"


@functools.cache
def _patterns(lang: str) -> re.Pattern[str] | None:
    if lang not in LANGS:
        return None
    mod = importlib.import_module(f"khabar.lang.{lang}.dates")

    def alt(name: str) -> str:
        return alternation(getattr(mod, name, ()))

    cards = alternation(list(getattr(mod, "CARDINALS", {})))
    count = rf"(?:\d{{1,3}}|{cards})"
    units = alt("ANCHOR_DAY_UNITS")
    forms = [
        rf"(?P<prev>{alt('ANCHOR_PREVIOUS_DAY')})",
        rf"(?P<next>{alt('ANCHOR_NEXT_DAY')})",
        rf"(?P<ab>{alt('ANCHOR_AFTER_BEFORE_COUNT')})\s+(?:(?P<abn>{count})\s+{units}|(?P<abd>{alt('ANCHOR_DUAL_DAYS')}))",
        rf"(?:(?P<aan>{count})\s+{units}|(?P<aad>{alt('ANCHOR_DUAL_DAYS')}))\s+(?P<aa>{alt('ANCHOR_AFTER_AFTER_COUNT')})",
        rf"(?:(?P<ban>{count})\s+{units}|(?P<bad>{alt('ANCHOR_DUAL_DAYS')}))\s+(?P<ba>{alt('ANCHOR_BEFORE_AFTER_COUNT')})",
    ]
    glued = "(?:[وف](?=\\S))?" if lang == "ar" else ""  # "وبعد يومين", "وفي اليوم التالي"
    return re.compile(_EDGE_L + glued + "(?:" + "|".join(forms) + ")" + _EDGE_R)


def _count(raw: str | None, lang: str) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    value = lexicon(lang).cardinals.get(key(raw))
    return value if isinstance(value, int) else None


def find_anchored(text: str, lang: str) -> list[DateMention]:
    """Expressions of days counted from another date of the text, in order, with ``offset`` in
    days (negative before the anchor) and no date. Never raises on any string."""
    code = lang_code(lang)
    pattern = _patterns(code)
    if not text or pattern is None:
        return []
    norm = normalize(text)
    out: list[DateMention] = []
    for m in pattern.finditer(norm.text):
        if m.group("prev"):
            offset = -1
        elif m.group("next"):
            offset = 1
        else:
            sign = -1 if m.group("ba") else 1
            raw = m.group("abn") or m.group("aan") or m.group("ban")
            n = 2 if (m.group("abd") or m.group("aad") or m.group("bad")) else _count(raw, code)
            if n is None or not 0 < n <= MAX_ANCHOR_DAYS:
                continue
            offset = sign * n
        start, end = norm.span(m.start(), m.end())
        out.append(DateMention(start, end, text[start:end], None, None, GREGORIAN, "anchored", offset=offset))
    return out


def resolve_anchored(mentions: Sequence[DateMention]) -> list[DateMention]:
    """The mentions in order, each anchored one dated from the nearest earlier mention with an
    exact date (a window in between breaks the chain; so does an unresolved anchored day)."""
    last: dt.date | None = None
    out: list[DateMention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.kind == "anchored":
            if last is not None and m.offset is not None:
                day = last + dt.timedelta(days=m.offset)
                m = dataclasses.replace(m, date=day, note=f"{m.offset:+d} days from {last.isoformat()}")
            last = m.date
        elif m.date is not None:
            last = m.date
        elif m.window is not None:
            last = None
        out.append(m)
    return out


def find_two_digit_dates(text: str, lang: str, *, base: dt.date | None = None) -> list[DateMention]:
    """Numeric dates with a two-digit year ("5/7/21", "05.07.21"), each with a ``note``; read (a
    ``date``) only under the conditions of the module notes, else ``date`` and ``window`` None."""
    if not text:
        return []
    code = lang_code(lang)
    norm = normalize(text)
    out: list[DateMention] = []
    for m in _TWO_DIGIT.finditer(norm.text):
        a, b, yy = int(m.group(1)), int(m.group(3)), int(m.group(4))
        start, end = norm.span(m.start(), m.end())
        written = text[start:end]
        date, note = _read_two_digit(a, b, yy, code, base, written)
        out.append(DateMention(start, end, written, date, None, GREGORIAN, "two-digit", note=note))
    return out


def _read_two_digit(a: int, b: int, yy: int, lang: str, base: dt.date | None, written: str) -> tuple[dt.date | None, str]:
    if base is None:
        return None, f"{written!r} has a two-digit year and the text has no publication date to fix its century; not read"
    year = (base.year // 100) * 100 + yy
    orders = [(a, b)] if lang in ("ar", "fa") else [(a, b), (b, a)]  # (day, month)
    readings: set[dt.date] = set()
    valid = False
    for day, month in orders:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        valid = True
        if d <= base and (base - d).days <= TWO_DIGIT_RANGE_DAYS:
            readings.add(d)
    if not valid:
        return None, f"{written!r} is not a valid date; not read"
    if len(readings) == 1:
        d = readings.pop()
        order = "day/month" if (d.day, d.month) == (a, b) else "month/day"
        return d, (f"two-digit year in {written!r} read as {d.isoformat()} ({order}, the century of the publication "
                   f"date {base.isoformat()}, not after it)")
    if readings:
        return None, f"{written!r} has a two-digit year and two readings of day and month; not read"
    return None, (f"{written!r} has a two-digit year that gives no day within {TWO_DIGIT_RANGE_DAYS} days before the "
                  f"publication date {base.isoformat()}; not read")


def weekday_for_tense(mention: DateMention, base: dt.date | None, *, future: bool) -> dt.date | None:
    """The day of a bare weekday mention for the tense of its clause: the most recent such day not
    after ``base`` in the past (what ``find_dates`` gives), the next one on or after ``base`` in a
    future or scheduled clause. Other mentions keep their date."""
    if mention.weekday is None or base is None or not future:
        return mention.date
    ahead = (mention.weekday - base.weekday()) % 7
    return base + dt.timedelta(days=ahead)
