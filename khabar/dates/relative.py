"""Resolving relative date expressions against a reference day (usually the publication date).

Conventions (all documented in ``khabar.dates``):

- A day and month without a year ("30 يونيو") take the year that puts them closest to the
  reference day (a tie goes to the past): "25 December" written on 2 January is the one just
  past, "elections on Oct. 10" written on 9 June the coming one. A month alone likewise.
- "الماضي"/"last" means strictly before the reference day, "المقبل"/"next" strictly after it.
- A bare weekday ("يوم الثلاثاء", "on Tuesday") is the most recent such day, the reference day
  included (the wire-copy convention "said on Tuesday").
- Weeks start on Monday for English and on Saturday for Arabic and Persian; "last week" is the
  previous calendar week. Months and years are Jalali for Persian and Gregorian otherwise.
- "N days ago" is exact; "N weeks ago" is a window of +-3 days, "N months ago" of +-15 days and
  "N years ago" of +-61 days around the same day that far back; "more than N units ago" is the
  window from 2N to N units back; "a few days ago" is 2 to 7 days back.
"""

from __future__ import annotations

import datetime as dt

from khabar.dates.calendars import (
    GREGORIAN,
    JALALI,
    add_months,
    from_gregorian,
    month_length,
    month_window,
    to_gregorian,
    year_window,
)

Window = tuple[dt.date, dt.date]

WEEK_START = {"en": 0, "ar": 5, "fa": 5}  # Python weekday numbers: Monday = 0, Saturday = 5
PERIOD_CALENDAR = {"fa": JALALI}


def period_calendar(lang: str) -> str:
    """Calendar in which "last month" and "this year" are counted for ``lang``."""
    return PERIOD_CALENDAR.get(lang, GREGORIAN)


def shift_days(base: dt.date, days: int) -> dt.date | None:
    """``base`` moved by ``days``, or ``None`` outside the representable range."""
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        return None


def day_month(calendar: str, month: int, day: int, base: dt.date, rel: str | int | None) -> dt.date | None:
    """Resolve a day and month without a year.

    ``rel`` is "past", "next", "this", a year offset (int) or ``None`` (nearest, past-biased).
    """
    here = from_gregorian(calendar, base)
    if here is None:
        return None
    year = here[0]
    if isinstance(rel, int) and not isinstance(rel, bool):
        return to_gregorian(calendar, year + rel, month, day)
    if rel == "this":
        return to_gregorian(calendar, year, month, day)
    candidates = [c for c in (to_gregorian(calendar, year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if rel == "past":
        past = [c for c in candidates if c < base]
        return max(past) if past else None
    if rel == "next":
        future = [c for c in candidates if c > base]
        return min(future) if future else None
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - base).days), c > base))


def month_only(calendar: str, month: int, base: dt.date, rel: str | int | None) -> Window | None:
    """Resolve a month without a year to its window (same conventions as ``day_month``)."""
    here = from_gregorian(calendar, base)
    if here is None:
        return None
    year, current, _ = here
    if isinstance(rel, int) and not isinstance(rel, bool):
        return month_window(calendar, year + rel, month)
    if rel == "this":
        return month_window(calendar, year, month)
    if rel == "past":
        return month_window(calendar, year if month < current else year - 1, month)
    if rel == "next":
        return month_window(calendar, year if month > current else year + 1, month)
    if month == current:
        return month_window(calendar, year, month)
    back = (current - month) % 12  # months back to the previous occurrence
    forward = 12 - back
    target = year - 1 if month > current else year
    if forward < back:
        target += 1
    return month_window(calendar, target, month)


def weekday(target: int, base: dt.date, rel: str | None) -> dt.date | None:
    """Resolve a weekday: "past" is strictly before ``base``, "next" strictly after, ``None`` on or before."""
    diff = (base.weekday() - target) % 7
    if rel == "past":
        return shift_days(base, -(diff or 7))
    if rel == "next":
        ahead = (target - base.weekday()) % 7
        return shift_days(base, ahead or 7)
    if rel == "this":
        ahead = (target - base.weekday()) % 7
        return shift_days(base, ahead if ahead <= 3 else ahead - 7)
    return shift_days(base, -diff)


def period(unit: str, offset: int, base: dt.date, lang: str) -> Window | None:
    """The calendar week, month or year ``offset`` periods from the one containing ``base``."""
    if unit == "week":
        start = shift_days(base, -((base.weekday() - WEEK_START.get(lang, 0)) % 7) + 7 * offset)
        end = shift_days(start, 6) if start else None
        return (start, end) if start and end else None
    calendar = period_calendar(lang)
    here = from_gregorian(calendar, base)
    if here is None:
        return None
    if unit == "month":
        year, month = add_months(here[0], here[1], offset)
        return month_window(calendar, year, month)
    if unit == "year":
        return year_window(calendar, here[0] + offset)
    return None


def rolling(unit: str, base: dt.date) -> Window | None:
    """"The past week/month/year": the days up to ``base``."""
    days = {"week": 7, "month": 30, "year": 365}.get(unit)
    start = shift_days(base, -days) if days else None
    return (start, base) if start else None


def slice_window(window: Window, part: str | None, base: dt.date | None = None, calendar: str = GREGORIAN) -> Window | None:
    """The early / mid / late third of a window, or the part before or after ``base``.

    A month is cut at days 10 and 20 of its own calendar, a year at months 4 and 8, a week at
    days 2 and 4.
    """
    if part is None:
        return window
    start, end = window
    if part == "sofar":
        return (start, min(end, base)) if base and base >= start else None
    if part == "rest":
        return (max(start, base), end) if base and base <= end else None
    span = (end - start).days + 1
    if span <= 7:
        cuts = {"early": (0, 2), "mid": (2, 4), "late": (4, span - 1)}
    elif span <= 31:
        first = from_gregorian(calendar, start)
        if first is None:
            return None
        length = month_length(calendar, first[0], first[1]) or span
        cuts = {"early": (0, 9), "mid": (10, 19), "late": (20, length - 1)}
    else:
        here = from_gregorian(calendar, start)
        if here is None:
            return None
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(part)
        if months is None:
            return None
        a = month_window(calendar, here[0], months[0])
        b = month_window(calendar, here[0], months[1])
        return (a[0], b[1]) if a and b else None
    if part not in cuts:
        return None
    lo, hi = cuts[part]
    a, b = shift_days(start, lo), shift_days(start, hi)
    return (a, min(b, end)) if a and b else None


def ago(unit: str, count: int | None, quantity: str | None, base: dt.date, lang: str) -> tuple[dt.date | None, Window | None]:
    """Resolve "N units ago" to a day or a window; ``count`` None means "a few"."""
    if count is None:  # "a few days ago", "قبل أيام"
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        a, b = shift_days(base, -7 * days), shift_days(base, -2 * days)
        return (None, (a, b)) if a and b else (None, None)
    if quantity == "more":
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        a, b = shift_days(base, -2 * count * days), shift_days(base, -count * days - (1 if unit == "day" else 0))
        return (None, (a, b)) if a and b else (None, None)
    if unit == "day":
        return shift_days(base, -count), None
    if unit == "week":
        a, b = shift_days(base, -7 * count - 3), shift_days(base, -7 * count + 3)
        return (None, (a, min(b, base))) if a and b else (None, None)
    # "two months ago", "a year ago": around the same day that many months back (+-15 days for
    # months, +-61 days for years), not the whole calendar month or year.
    months = count if unit == "month" else 12 * count
    year, month = add_months(base.year, base.month, -months)
    if not 1 <= year <= 9999:
        return None, None
    day = min(base.day, month_length(GREGORIAN, year, month) or 28) if 1000 <= year else min(base.day, 28)
    centre = dt.date(year, month, day)
    slack = 15 if unit == "month" else 61
    a, b = shift_days(centre, -slack), shift_days(centre, slack)
    return (None, (a, min(b, base))) if a and b else (None, None)
