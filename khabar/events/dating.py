"""Event dates: which time expression dates which event, resolved against the publication date.

Date expressions come from :func:`khabar.dates.find_dates` (absolute, ordinal-word, relative,
Jalali and Hijri dates, with ``base`` = the publication date). This module adds what an *event*
needs on top of it:

- **Attachment.** Every time expression of a sentence goes to its nearest anchor: an event
  trigger, a reporting verb ("said on Monday") or a denial ("نفى ... اليوم الاثنين"); a preceding
  anchor is preferred (time adverbs follow the verb in all three languages) and punctuation in
  between costs. An event gets the expression attached to it.
- **Sharing.** An undated event takes the date of the nearest dated event of the same sentence
  when it is joined to it by "and"/و or a consequence ("ما أسفر عن", "killing"), or when the
  dated event is a circumstance of it ("praised ... during a visit on Nov. 5"). Events embedded
  under a speech act ("condemned a strike that ..."), after a reporting verb, a clause break or a
  relative marker ("days later") share nothing. Nothing crosses a sentence boundary.
- **Anchored expressions** ("the previous day", "two days earlier", "بعد خمسة أيام", "دو روز
  بعد") count from the nearest earlier resolved date of the sentence; unresolved without one.
- **Two-digit years** ("5/7/21"), which ``find_dates`` skips, are read day/month/20yy in Arabic
  and Persian text when the publication date confirms the century and the result is not after
  it; an issue records the reading.
- **Windows** of past events end at the publication date; "earlier this month" ends the day
  before it. A bare weekday of a scheduled or cancelled event is the next such day.

Without a publication date, relative expressions stay unresolved (``find_dates`` is called
without a base): no date is ever taken from today.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.dates import DateMention
from khabar.events.context import Sent

__all__ = ["Anchor", "Dated", "sentence_dates", "attach_dates", "two_digit_years", "resolve_anchored", "adjust"]

_TWO_DIGIT = re.compile(r"(?<![\d/])(?<!\d\.)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?![\d/]|\.\d)")


@dataclass
class Dated:
    """A time expression of a sentence: tokens ``[start, end)`` and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date | None
    window: tuple[dt.date, dt.date] | None
    kind: str  # "absolute", "relative", "anchored", "two-digit"
    offset: int = 0  # days from the anchor date, for "anchored"
    bare_weekday: bool = False


def _tokens_of(sent: Sent, start: int, end: int) -> tuple[int, int] | None:
    toks = [t.i for t in sent.tokens if t.start < end and start < t.end]
    return (toks[0], toks[-1] + 1) if toks else None


@lru_cache(maxsize=8)
def _weekday_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    from khabar.events.lexicon import _norm

    mod = importlib.import_module(f"khabar.lang.{lang if lang in ('ar', 'fa', 'en') else 'en'}.dates")
    days = frozenset(_norm(w, lang) for w in getattr(mod, "WEEKDAYS", {}))
    fill = frozenset({_norm(w, lang) for w in getattr(mod, "DAY_WORDS", ())} | {"on", "يوم", "روز", "في", "در"})
    return days, fill


def _is_bare_weekday(sent: Sent, start: int, end: int) -> bool:
    days, fill = _weekday_words(sent.lang)
    words = [w for w in sent.words[start:end] if w not in fill]
    return " ".join(words) in days and len(words) >= 1


def sentence_dates(sent: Sent, mentions: list[DateMention], base: dt.date | None) -> list[Dated]:
    """The time expressions of one sentence: ``find_dates`` mentions inside it, anchored
    expressions and two-digit years."""
    out: list[Dated] = []
    for m in mentions:
        if m.end <= sent.start or m.start >= sent.end:
            continue
        span = _tokens_of(sent, m.start, m.end)
        if span is None:
            continue
        out.append(Dated(span[0], span[1], m.text, m.date, m.window, m.kind,
                         bare_weekday=m.kind == "relative" and _is_bare_weekday(sent, *span)))
    taken = {k for d in out for k in range(d.start, d.end)}
    out.extend(d for d in _anchored(sent) if not any(k in taken for k in range(d.start, d.end)))
    out.sort(key=lambda d: d.start)
    return out


def _anchored(sent: Sent) -> list[Dated]:
    """"the previous day", "two days earlier", "بعد خمسة أيام", "دو روز بعد"."""
    words = sent.words
    out: list[Dated] = []
    for i, n in sent.find("ANCHOR_PREVIOUS_DAY"):
        out.append(Dated(i, i + n, " ".join(words[i:i + n]), None, None, "anchored", -1))
    for i, n in sent.find("ANCHOR_NEXT_DAY"):
        out.append(Dated(i, i + n, " ".join(words[i:i + n]), None, None, "anchored", 1))
    lex = sent.lex
    for i, _ in sent.find("DAY_UNITS"):
        count = None
        j = i - 1
        if j >= 0 and words[j].isdigit():
            count = int(words[j])
        elif j >= 0 and words[j] in lex.numbers:
            count = lex.numbers[words[j]]
        elif words[i] in ("يومين", "يومان"):
            count, j = 2, i
        if count is None or not 0 < count < 400:
            continue
        if sent.lang == "ar" and j - 1 >= 0 and sent.match("ANCHOR_AFTER", j - 1):
            out.append(Dated(j - 1, i + 1, " ".join(words[j - 1:i + 1]), None, None, "anchored", count))
        elif i + 1 < len(words) and sent.match("ANCHOR_AFTER", i + 1):
            out.append(Dated(j, i + 2, " ".join(words[j:i + 2]), None, None, "anchored", count))
        elif i + 1 < len(words) and sent.match("ANCHOR_BEFORE", i + 1):
            out.append(Dated(j, i + 2, " ".join(words[j:i + 2]), None, None, "anchored", -count))
    return out


def two_digit_years(sent: Sent, text: str, base: dt.date | None, taken: list[Dated]) -> list[Dated]:
    """Day/month/two-digit-year dates ("5/7/21") in Arabic and Persian text, read as 20yy when the
    publication date makes the century certain and the day is not after it."""
    if base is None or sent.lang not in ("ar", "fa"):
        return []
    out = []
    for m in _TWO_DIGIT.finditer(text):
        d, mo, yy = (int(g) for g in m.groups())
        year = (base.year // 100) * 100 + yy
        try:
            day = dt.date(year, mo, d)
        except ValueError:
            continue
        if day > base or (base - day).days > 366:
            continue
        span = _tokens_of(sent, sent.start + m.start(), sent.start + m.end())
        if span is None or any(t.start < span[1] and span[0] < t.end for t in taken):
            continue
        out.append(Dated(span[0], span[1], m.group(0), day, None, "two-digit"))
    return out


@dataclass(frozen=True)
class Anchor:
    """A word a time expression can date: an event trigger (``event`` its index), a reporting
    verb or a denial (``event`` None)."""

    start: int
    end: int
    event: int | None
    embedded: bool = False  # an event governed by a speech act or a cue (threatened, requested, ...)
    noun: bool = False
    reporting: bool = False
    participle: bool = False  # "..., accusing": takes no time expression written before it


#: Costs of the attachment: per word of distance, with the anchor before or after the expression;
#: per comma in between (an expression set off by commas modifies what precedes it); per clause
#: boundary in between. Persian puts the verb last, so an anchor after the expression is the norm.
_COSTS = {
    "ar": {"before": 1.0, "after": 1.5, "comma_before": 3.0, "comma_after": 8.0},
    "en": {"before": 1.0, "after": 1.5, "comma_before": 3.0, "comma_after": 8.0},
    "fa": {"before": 1.5, "after": 1.0, "comma_before": 3.0, "comma_after": 2.0},
}
_CLAUSE_COST = 8.0
_EMBEDDED_FACTOR = 4.0
_FA_NOUN_FACTOR = 2.0
_MAX_COST = 22.0


def _cost(sent: Sent, a: Anchor, d: Dated) -> float | None:
    costs = _COSTS.get(sent.lang, _COSTS["en"])
    if a.end <= d.start:
        gap = range(a.end, d.start)
        dist, per, comma = d.start - a.end, costs["before"], costs["comma_before"]
        if a.reporting and any(sent.match("COMPLEMENTIZERS", k) or sent.words[k] in (":", "«", "“") for k in gap):
            return None  # "قال إن ... أمس", "گفت: «... دیروز": the date is in what was said
    else:
        gap = range(d.end, a.start)
        dist, per, comma = a.start - d.end, costs["after"], costs["comma_after"]
        if a.embedded or a.reporting:
            per *= _EMBEDDED_FACTOR
    if a.noun and sent.lang == "fa" and a.start >= d.end:
        per *= _FA_NOUN_FACTOR  # the Persian clause is dated by its verb, at the end
    commas = sum(1 for k in gap if sent.tokens[k].text in (",", ";", ":", "(", ")", "«", "»"))
    clauses = sum(1 for k in gap if sent.match("CLAUSE_BREAKS", k) or sent.match("COMPLEMENTIZERS", k))
    if a.start >= d.end and sent.lang != "fa":
        # "raided X on Monday and arrested Y": a time before "and" closes the first clause
        clauses += sum(1 for k in gap if sent.match("COORDINATORS", k) or
                       (sent.lang == "ar" and sent.words[k].startswith("و") and sent.lex.is_trigger_word(sent.words[k])))
        if a.participle:
            return None
    return dist * per + comma * commas + _CLAUSE_COST * clauses


def attach_dates(sent: Sent, anchors: list[Anchor], dates: list[Dated]) -> dict[int, Dated]:
    """Event index -> the time expression that dates it directly (each expression goes to its
    cheapest anchor; an expression too far from every anchor dates nothing)."""
    owned: dict[int, tuple[float, Dated]] = {}
    for d in dates:
        best: tuple[float, int | None] | None = None
        for a in anchors:
            if a.start < d.end and d.start < a.end:
                continue
            c = _cost(sent, a, d)
            if c is not None and c <= _MAX_COST and (best is None or c < best[0]):
                best = (c, a.event)
        if best is None or best[1] is None:
            continue
        j = best[1]
        if j not in owned or best[0] < owned[j][0] or (owned[j][1].date is None and d.date is not None
                                                       and best[0] <= owned[j][0] + 2):
            owned[j] = (best[0], d)
    return {j: d for j, (_, d) in owned.items()}


def conflicts(sent: Sent, dates: list[Dated]) -> list[tuple[Dated, Dated]]:
    """Two expressions of one day side by side, in two calendars, that disagree ("۱۰ مرداد ۱۴۰۳
    (۲۰ ژوئن ۲۰۲۴)"). Both are cleared: khabar does not choose between them."""
    out = []
    for a, b in zip(dates, dates[1:], strict=False):
        gap = [sent.words[k] for k in range(a.end, b.start)]
        if len(gap) > 2 or any(w.isalnum() and w not in ("او", "أو", "or", "یا", "الموافق", "مصادف", "برابر") for w in gap):
            continue
        if a.date and b.date and a.date != b.date:
            out.append((a, b))
            a.date = b.date = None
            a.kind = b.kind = "conflict"
    return out


def unread_two_digit_years(text: str, taken: list[tuple[int, int]]) -> list[str]:
    """Numeric dates with a two-digit year that no reading covers ("6/7/21" in English)."""
    return [m.group(0) for m in _TWO_DIGIT.finditer(text) if not any(s <= m.start() < e for s, e in taken)]


def resolve_anchored(sent_dates: list[Dated]) -> None:
    """Resolve anchored expressions against the nearest earlier resolved date of the sentence."""
    last: dt.date | None = None
    for d in sent_dates:
        if d.kind == "anchored":
            if last is not None:
                d.date = last + dt.timedelta(days=d.offset)
            continue
        if d.date is not None:
            last = d.date
        elif d.window is not None:
            last = None


def adjust(d: Dated, base: dt.date | None, mode: str, scheduled: bool, earlier: bool) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """The final date or window of an event from its expression (see the module notes)."""
    date, window = d.date, d.window
    if base is None:
        return date, window
    if date is not None and d.bare_weekday and scheduled and date < base:
        date = date + dt.timedelta(days=7)
    if window is not None and mode in ("asserted", "denied") and not scheduled:
        lo, hi = window
        limit = base - dt.timedelta(days=1) if earlier else base
        if lo <= limit < hi:
            window = (lo, limit)
    return date, window
