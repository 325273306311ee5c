"""Dates in Arabic, Persian and English news: date expressions in text and publication dates.

- ``find_dates(text, lang, base=...)``: every date expression (Gregorian, Jalali, Hijri; absolute
  and relative) with its exact span.
- ``published_from_html``, ``published_from_url``, ``published_from_text``: an article's own
  publication date, never today's date and never a file time.
"""

from __future__ import annotations

import logging

from khabar.dates.published import published_from_html, published_from_text, published_from_url
from khabar.dates.text import DateMention, find_dates

__all__ = ["DateMention", "find_dates", "published_from_html", "published_from_text", "published_from_url"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
