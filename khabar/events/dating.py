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
  بعد"), **two-digit years** ("5/7/21") and **bare weekdays** are read by ``khabar.dates``
  (:func:`~khabar.dates.find_anchored`, :func:`~khabar.dates.resolve_anchored`,
  :func:`~khabar.dates.find_two_digit_dates`, :func:`~khabar.dates.weekday_for_tense`); here an
  anchored day counts from the nearest earlier exact date *of its sentence*, and a bare weekday of
  a planned or future event (or a cancelled scheduled one) is read forward.
- **Windows** of past events end at the publication date; "earlier this month" ends the day
  before it.

Without a publication date, relative expressions stay unresolved (``find_dates`` is called
without a base): no date is ever taken from today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.dates import DateMention, weekday_for_tense
from khabar.dates import resolve_anchored as resolve_mentions
from khabar.events.context import Sent

__all__ = ["Anchor", "Dated", "sentence_dates", "attach_dates", "resolve_anchored", "adjust"]


@dataclass
class Dated:
    """A time expression of a sentence: tokens ``[start, end)`` and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date | None
    window: tuple[dt.date, dt.date] | None
    kind: str  # "absolute", "relative", "anchored", "two-digit", "conflict"
    mention: DateMention | None = None

    @property
    def bare_weekday(self) -> bool:
        return self.mention is not None and self.mention.weekday is not None

    @property
    def note(self) -> str | None:
        return self.mention.note if self.mention is not None else None


def _tokens_of(sent: Sent, start: int, end: int) -> tuple[int, int] | None:
    toks = [t.i for t in sent.tokens if t.start < end and start < t.end]
    return (toks[0], toks[-1] + 1) if toks else None


def sentence_dates(sent: Sent, mentions: Sequence[DateMention], extra: Sequence[DateMention] = ()) -> list[Dated]:
    """The time expressions of one sentence: the ``find_dates`` mentions inside it, then the
    ``extra`` ones (anchored days, two-digit years) that overlap none of them."""
    out: list[Dated] = []
    for group in (mentions, extra):
        taken = [(d.start, d.end) for d in out]
        for m in group:
            if m.end <= sent.start or m.start >= sent.end:
                continue
            span = _tokens_of(sent, m.start, m.end)
            if span is None or any(s < span[1] and span[0] < e for s, e in taken):
                continue
            out.append(Dated(span[0], span[1], m.text, m.date, m.window, m.kind, m))
    out.sort(key=lambda d: d.start)
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


def resolve_anchored(sent_dates: list[Dated]) -> None:
    """Date the anchored expressions of a sentence from the nearest earlier exact date of the same
    sentence (:func:`khabar.dates.resolve_anchored`; a cleared conflict is no anchor)."""
    if not any(d.kind == "anchored" for d in sent_dates):
        return
    proxies = []
    for i, d in enumerate(sent_dates):
        base = d.mention or DateMention(i, i + 1, d.text, None, None, "gregorian", d.kind)
        proxies.append(dataclasses.replace(base, start=i, end=i + 1, date=d.date, window=d.window, kind=d.kind))
    for d, m in zip(sent_dates, resolve_mentions(proxies), strict=True):
        if d.kind == "anchored":
            d.date = m.date


def adjust(d: Dated, base: dt.date | None, mode: str, scheduled: bool, earlier: bool) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """The final date or window of an event from its expression (see the module notes)."""
    date, window = d.date, d.window
    if base is None:
        return date, window
    if date is not None and d.mention is not None and d.bare_weekday:
        date = weekday_for_tense(d.mention, base, future=scheduled)
    if window is not None and mode in ("asserted", "denied") and not scheduled:
        lo, hi = window
        limit = base - dt.timedelta(days=1) if earlier else base
        if lo <= limit < hi:
            window = (lo, limit)
    return date, window
