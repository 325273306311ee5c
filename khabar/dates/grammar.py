"""Regular expressions for date expressions, built from a language's ``Lexicon``.

All patterns run on the normalized text (``normalize.normalize``): ASCII digits, folded letters.
Each form has its own compiled pattern and a handler in ``khabar.dates.text``; overlapping
matches from different forms are settled there (the longest wins).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from khabar.dates.lexicon import LANGS, L, R, alternation, lexicon, raw_entries
from khabar.dates.normalize import fold

# A day number: not part of a longer number, a decimal, a time or a numeric date.
NUMDAY = r"(?<![\d.,:/\-])(?P<d>[0-3]?\d)(?:(?i:st|nd|rd|th)" + R + r")?(?!\d|[.:/\-]\d)"
# A four-digit year, alone.
YEAR4 = r"(?<![\d.,:/\-])(?P<y>\d{4})(?!\d|[.,/:\-]\d)"


_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])(?=\d))"
_START_RELDAY = r"(?:(?<!\w)|(?<=(?<!\w)[وفب]))"

# The dot of a Latin abbreviation ("Jul.", "Sept."), not a full stop after "March".
_ABBR_DOT = r"(?:(?<=[A-Za-z]{3})(?<![A-Za-z]{5})\.)?"


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns of one language, by form name.

    ``anchors`` maps a word (lower-cased matching form) to the forms that cannot match without
    such a word nearby (a month name for "dmy", a unit for "ago_after"...): those forms run only
    in windows around their anchor words, which keeps ``find_dates`` fast on long articles.
    The numeric forms run around digit groups ("2021-07-06", "06/07/2021"), "year" around
    four-digit numbers; ``MARGINS`` says how far from its anchor each form may reach.
    """

    lang: str
    forms: dict[str, re.Pattern[str]]
    anchors: dict[str, frozenset[str]]


# How far (characters before, after) an expression may reach from its anchor, by form.
MARGINS: dict[str, tuple[int, int]] = {
    "dmy": (100, 90), "mdy": (60, 60), "range": (60, 90), "mdy_range": (20, 60), "month": (60, 60), "ymd": (40, 40), "num_dmy": (60, 40),
    "year": (40, 30), "relday": (30, 30), "weekday": (40, 50), "period": (50, 30),
    "ago_before": (50, 30), "ago_after": (50, 30),
}


def _anchor_words(entries: list[str]) -> set[str]:
    """The first word of each entry, and the entry written without spaces."""
    words = set()
    for entry in entries:
        folded = fold(entry).lower().replace("-", " ").replace("'", "").replace(".", " ")
        parts = folded.split()
        if parts:
            words.add(parts[0])
            words.add("".join(parts))
    return words


def _year(rx: dict[str, str]) -> str:
    return (
        r"(?:" + L + rx["year_link"] + r"\s+)?" + YEAR4
        + r"(?:\s*(?P<era>" + rx["era"] + r")" + R + r")?"
    )


def _month(rx: dict[str, str]) -> str:
    # Jalali names may carry "ماه", glued or not ("تیرماه", "تیر ماه"); a second name may follow
    # after a slash or in brackets ("تموز/يوليو", "يوليو (تموز)").
    return (
        L + r"(?P<m>" + rx["month"] + r")(?:(?P<mah>\s*ماه)" + R + "|" + R + r")" + _ABBR_DOT
        + r"(?:\s*[/(\-]\s*" + L + r"(?P<m2>" + rx["month"] + r")" + R + _ABBR_DOT + r"(?:\s*\))?)?"
    )


def _weekday_prefix(rx: dict[str, str]) -> str:
    return (
        r"(?:(?:" + L + rx["day_word"] + r"\s+)?" + L + r"(?P<wd>" + rx["weekday_any"] + r")" + R
        + r"\.?\s*[,،\-]?\s*(?:" + rx["wd_link"] + r"\s+)?)"
    )


@functools.lru_cache(maxsize=8)
def grammar(lang: str) -> Grammar:
    """The compiled date patterns for ``lang`` (any other code: all languages merged)."""
    code = lang if lang in LANGS else "und"
    lex = lexicon(code)
    rx = lex.rx
    month = _month(rx)
    year = _year(rx)
    wdpre = _weekday_prefix(rx)
    ordday = L + r"(?P<dw>" + rx["ord"] + r")" + R
    day = r"(?:(?:(?i:the)\s+)?(?:" + NUMDAY + "|" + ordday + "))"
    rel_after = r"(?P<rel>" + rx["yoff"] + "|" + rx["mod_after"] + r")" + R
    count = r"(?P<n>\d{1,3}|" + L + rx["card"] + R + "|" + L + rx["few"] + R + ")"
    quant = r"(?:(?P<q>" + L + rx["more"] + "|" + L + rx["about"] + r")\s+)?"
    week_phrase = (
        r"(?:(?:" + L + r"(?:من|of)\s+)?(?:(?P<wkmb>" + L + rx["mod_before"] + r")\s+" + L + r"(?P<wkp>" + rx["period"]
        + r")" + R + "|" + L + r"(?P<wkp2>" + rx["period"] + r")\s+(?P<wkma>" + rx["mod_after"] + r")" + R + "))"
    )
    day_from = r"(?<![\d.,:/\-])(?P<d1>[0-3]?\d)(?:(?i:st|nd|rd|th)" + R + r")?"
    day_to = r"(?P<d>[0-3]?\d)(?:(?i:st|nd|rd|th)" + R + r")?(?!\d|[.:/\-]\d)"
    range_sep = (r"(?:\s*[-–]\s*|\s+" + alternation(["to", "and", "through", "till", "until", "إلى", "حتى", "تا"])
                 + r"\s+|\s*و\s*)")
    forms = {
        # "5 و6 يوليو 2021", "5-6 July 2021", "۵ تا ۷ تیر ۱۴۰۰": a window of days
        "range": day_from + range_sep + day_to + r"(?:\s+" + rx["dm_link"] + r")?\s*[,،]?\s*" + month
        + r"(?:\s*[,،]?\s*" + year + r"|\s+" + rel_after + ")?",
        # "July 5-6, 2021"
        "mdy_range": month + r"\s*" + day_from + range_sep + day_to + r"(?:\s*[,،]?\s*" + year + ")?",
        # "الثلاثاء 6 يوليو 2021", "الخامس من تموز/يوليو", "30 يونيو الماضي", "6th of July, 2021"
        "dmy": wdpre + "?" + day + r"(?:\s+" + rx["dm_link"] + r")?\s*[,،]?\s*" + month
        + r"(?:\s*[,،]?\s*" + year + r"|\s+" + rel_after + ")?",
        # "Tuesday, July 6, 2021", "July 6th", "Jul. 6 2021"
        "mdy": wdpre + "?" + month + r"\s*" + NUMDAY + r"(?:\s*[,،]?\s*" + year + ")?",
        # "يوليو 2021", "أواخر يونيو", "في يونيو الماضي", "mid-July", "last June", "تیر ۱۴۰۰"
        "month": r"(?:(?P<prep>" + L + rx["prep"] + r")\s+)?(?P<body>(?P<part>" + L + rx["part"] + r")?(?:(?P<mb>"
        + L + rx["mod_before"] + r")\s+)?(?:(?:ماه|شهر|(?i:the\s+month\s+of))\s+)?" + month
        + r"(?:\s*[,،]?\s*" + year + r"|\s+" + rel_after + ")?)",
        # "2021-07-06", "1400/04/15"
        "ymd": r"(?<![\d.,:/\-])(?P<y>\d{4})(?P<s>[\-/.])(?P<mo>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d|[.,/:\-]\d)"
        + r"(?:\s*(?P<era>" + rx["era"] + r")" + R + r")?",
        # "06/07/2021", "Tue 06.07.2021"
        "num_dmy": wdpre + r"?(?<![\d.,:/\-])(?P<d>[0-3]?\d)(?P<s>[\-/.])(?P<mo>[0-3]?\d)(?P=s)(?P<y>\d{4})"
        + r"(?!\d|[.,/:\-]\d)(?:\s*(?P<era>" + rx["era"] + r")" + R + r")?",
        # "1442هـ", "عام 2019", "سال ۱۴۰۰", "in 2021", "late 2021"
        "year": r"(?P<part>" + L + rx["part"] + r")?(?:" + L + r"(?P<yw>" + rx["year_word"] + r")\s+)?" + YEAR4
        + r"(?:\s*(?P<era>" + rx["era"] + r")" + R + r")?",
        # "أمس", "اليوم", "دیروز", "yesterday" (Arabic و/ف/ب may be glued in front)
        "relday": r"(?P<rw>" + rx["relday"] + r")" + R,
        # "الثلاثاء الماضي", "يوم الثلاثاء", "سه‌شنبه هفته گذشته", "last Tuesday", "on Tuesday"
        "weekday": r"(?:(?P<dword>" + L + rx["day_word"] + r")\s+)?(?P<body>(?:(?P<mb>" + L + rx["mod_before"]
        + r")\s+)?" + L + r"(?P<wd>" + rx["weekday"] + r")" + R + r"(?:\s+(?:(?P<ma>" + rx["mod_after"] + r")" + R
        + r"|" + week_phrase + r"))?)",
        # "الأسبوع الماضي", "أواخر العام الماضي", "هفته گذشته", "امسال", "earlier this month", "last week"
        "period": r"(?P<part>" + L + rx["part"] + r")?(?:(?P<mb>" + L + rx["mod_before"] + r")\s+" + L + r"(?P<per>"
        + rx["period"] + r")" + R + "|" + L + r"(?P<per2>" + rx["period"] + r")\s+(?P<ma>" + rx["mod_after"] + r")" + R
        + "|" + L + r"(?P<ry>" + rx["ryear"] + r")" + R + ")",
        # "قبل ثلاثة أيام", "منذ يومين", "قبل أكثر من أسبوع"
        "ago_before": L + r"(?P<ago>" + rx["ago_before"] + r")\s+" + quant + r"(?:" + count + r"\s+)?" + L
        + r"(?P<u>" + rx["unit"] + r")" + R,
        # "سه روز پیش", "two weeks ago", "more than a week ago"
        "ago_after": quant + r"(?:" + count + r"\s*)?" + L + r"(?P<u>" + rx["unit"] + r")" + R + r"\s+(?P<ago>"
        + rx["ago_after"] + r")" + R,
    }
    # Every form starts at a word edge: checking that first makes the engine skip mid-word positions
    # at once (a letter prefix is allowed in front of a digit: "و6 يوليو").
    compiled = {name: re.compile((_START_RELDAY if name == "relday" else _START) + pattern) for name, pattern in forms.items()}
    entries = raw_entries(code)
    roles = {
        "months": ("dmy", "mdy", "month", "range", "mdy_range"),
        "weekdays": ("weekday",),
        "relday": ("relday",),
        "period": ("period", "weekday"),
        "ryear": ("period",),
        "unit": ("ago_before", "ago_after"),
    }
    anchors: dict[str, set[str]] = {}
    for role, names in roles.items():
        for word in _anchor_words(entries[role]):
            anchors.setdefault(word, set()).update(names)
    for word in _anchor_words(entries["months"]):  # "تیرماه": the Jalali names glued to "ماه"
        anchors.setdefault(word + "ماه", set()).update(roles["months"])
    anchors = {w: f for w, f in anchors.items() if w}
    return Grammar(code, compiled, {w: frozenset(f) for w, f in anchors.items()})


_WORD = re.compile(r"[^\W\d_]+")
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMERIC_DATE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}")
_SPACE = re.compile(r"\s")


def _windows(text: str, positions: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows around anchors, ending at whitespace so no word is cut at a window's edge."""
    out: list[tuple[int, int]] = []
    size = len(text)
    for a, b in positions:
        start = max(0, a - before)
        stop = b + after
        if stop >= size:
            stop = size
        else:
            space = _SPACE.search(text, stop)
            stop = space.start() if space else size
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], stop))
        else:
            out.append((start, stop))
    return out


def regions(text: str, gram: Grammar) -> list[tuple[str, int, int]]:
    """(form, start, stop): the stretches of ``text`` where each form can possibly match."""
    found: dict[str, list[tuple[int, int]]] = {}
    anchors = gram.anchors
    for word in _WORD.finditer(text):
        forms = anchors.get(word.group().lower())
        if forms:
            span = word.span()
            for name in forms:
                found.setdefault(name, []).append(span)
    found["year"] = [m.span() for m in _YEAR_DIGITS.finditer(text)]
    numeric = [m.span() for m in _NUMERIC_DATE.finditer(text)]
    found["ymd"] = found["num_dmy"] = numeric
    regions = []
    for name in gram.forms:
        spots = found.get(name)
        if spots:
            before, after = MARGINS[name]
            regions.extend((name, a, b) for a, b in _windows(text, spots, before, after))
    return regions
