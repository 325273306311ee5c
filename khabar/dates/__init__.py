"""Dates in Arabic, Persian and English news: date expressions in text and publication dates.

- ``find_dates(text, lang, base=...)``: every date expression (Gregorian, Jalali, Hijri; absolute
  and relative) with its exact span.
- ``find_anchored`` / ``resolve_anchored`` (days counted from another date: "the previous day",
  "اليوم السابق", "روز قبل"), ``find_two_digit_dates`` ("5/7/21", read only with an explanation)
  and ``weekday_for_tense`` (a bare weekday in a future clause): see ``khabar.dates.anchored``.
- ``published_from_html``, ``published_from_url``, ``published_from_text``: an article's own
  publication date, never today's date and never a file time.
"""

from __future__ import annotations

import logging

from khabar.dates.anchored import find_anchored, find_two_digit_dates, resolve_anchored, weekday_for_tense
from khabar.dates.published import published_from_html, published_from_text, published_from_url
from khabar.dates.text import DateMention, find_dates

__all__ = ["DateMention", "find_anchored", "find_dates", "find_two_digit_dates", "resolve_anchored",
           "weekday_for_tense", "published_from_html", "published_from_text", "published_from_url"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
