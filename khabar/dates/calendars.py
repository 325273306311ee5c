"""Conversions between the Gregorian, Jalali (Iranian solar) and Hijri (Umm al-Qura) calendars.

Every function returns ``None`` for a day that does not exist (31 June, 30 Esfand of a common
year, 30 of a 29-day Hijri month) or lies outside the supported years: no date is ever invented
by clamping or rolling over. Jalali conversions use ``jdatetime``, Hijri ones ``hijridate``
(Umm al-Qura tables, 1343-1500 AH, about 1924-2077).
"""

from __future__ import annotations

import datetime as dt
import logging

import jdatetime
from hijridate import Gregorian, Hijri

LOGGER = logging.getLogger(__name__)

GREGORIAN = "gregorian"
JALALI = "jalali"
HIJRI = "hijri"
CALENDARS = (GREGORIAN, JALALI, HIJRI)

# Years accepted in each calendar when reading text (wider than publication dates).
YEAR_RANGE: dict[str, tuple[int, int]] = {
    GREGORIAN: (1000, 2200),
    JALALI: (1200, 1600),
    HIJRI: (1343, 1500),
}

# The longest a month can be in any year, to reject "31 June" even when the year is unknown.
_MAX_MONTH_DAYS: dict[str, tuple[int, ...]] = {
    GREGORIAN: (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    JALALI: (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30),
    HIJRI: (30,) * 12,
}


def year_ok(calendar: str, year: int) -> bool:
    """Whether ``year`` is in the supported range of ``calendar``."""
    low, high = YEAR_RANGE[calendar]
    return low <= year <= high


def day_possible(calendar: str, month: int, day: int) -> bool:
    """Whether ``day`` of ``month`` exists in at least one year of ``calendar``."""
    return 1 <= month <= 12 and 1 <= day <= _MAX_MONTH_DAYS[calendar][month - 1]


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a day in ``calendar``, or ``None`` when that day does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= 31) or not year_ok(calendar, year):
        return None
    try:
        if calendar == GREGORIAN:
            return dt.date(year, month, day)
        if calendar == JALALI:
            g = jdatetime.date(year, month, day).togregorian()
            return dt.date(g.year, g.month, g.day)
        if calendar == HIJRI:
            g = Hijri(year, month, day).to_gregorian()
            return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None
    raise ValueError(f"unknown calendar {calendar!r}")


def month_length(calendar: str, year: int, month: int) -> int | None:
    """Days in a month, or ``None`` when the month is outside the supported range."""
    if not (1 <= month <= 12) or not year_ok(calendar, year):
        return None
    try:
        if calendar == GREGORIAN:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return (nxt - dt.timedelta(days=1)).day
        if calendar == JALALI:
            if month <= 6:
                return 31
            if month <= 11:
                return 30
            return 30 if jdatetime.date(year, 1, 1).isleap() else 29
        if calendar == HIJRI:
            return int(Hijri(year, month, 1).month_length())
    except (ValueError, OverflowError):
        return None
    raise ValueError(f"unknown calendar {calendar!r}")


def month_window(calendar: str, year: int, month: int, first: int = 1, last: int | None = None) -> tuple[dt.date, dt.date] | None:
    """Gregorian first and last day of a month (or of days ``first``..``last`` of it)."""
    length = month_length(calendar, year, month)
    if length is None:
        return None
    last = length if last is None else min(last, length)
    start = to_gregorian(calendar, year, month, max(1, first))
    end = to_gregorian(calendar, year, month, last)
    if start is None or end is None or end < start:
        return None
    return start, end


def year_window(calendar: str, year: int) -> tuple[dt.date, dt.date] | None:
    """Gregorian first and last day of a year of ``calendar``."""
    start = month_window(calendar, year, 1)
    end = month_window(calendar, year, 12)
    if start is None or end is None:
        return None
    return start[0], end[1]


def from_gregorian(calendar: str, day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) of a Gregorian date in ``calendar``, or ``None`` outside the supported range."""
    try:
        if calendar == GREGORIAN:
            return day.year, day.month, day.day
        if calendar == JALALI:
            j = jdatetime.date.fromgregorian(date=day)
            return j.year, j.month, j.day
        if calendar == HIJRI:
            h = Gregorian(day.year, day.month, day.day).to_hijri()
            return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None
    raise ValueError(f"unknown calendar {calendar!r}")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away (any calendar with twelve months)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
