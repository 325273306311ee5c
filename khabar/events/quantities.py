"""Counts in event sentences: numbers in any digit set or in words, their bounds and counted nouns.

Numbers are read from digits (12, ١٢, ۱۲ — normalization folds them to ASCII — with thousands
separators, "300,000"), from number words ("سبعة", "پنج", "a dozen"), compounds ("خمسة وعشرون",
"بیست و پنج") and multipliers ("5 آلاف", "۲۵۰ هزار", "1.5 million"); from Arabic duals
("جنديين" = 2, also "مدنيَّين" when its vowels show the dual) and from singular counted nouns that
name one thing ("طائرة مسيّرة", "a ballistic missile"). Vague plurals ("آلاف", "hundreds") are not
counts, nor are numbers inside date expressions, percentages and years.

**Bounds.** ``Event.quantities`` is ``dict[str, int]``: an exact count is stored under its key
(``"killed": 7``); a bound under the key with a suffix that says which bound (the gold's string
form in brackets):

=================  =====================  ==========================
written            stored                 :func:`quantity_value`
=================  =====================  ==========================
أكثر من 10          ``rockets_over: 10``   ``">10"``
at least 25        ``killed_min: 25``     ``">=25"``
نحو 20              ``vehicles_about: 20`` ``"~20"``
fewer than 5       ``killed_under: 5``    ``"<5"``
up to 5            ``killed_max: 5``      ``"<=5"``
=================  =====================  ==========================

A key holds at most one of these forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from khabar.events.context import Sent

__all__ = ["Count", "find_counts", "no_casualty_spans", "store", "quantity_value", "BOUND_SUFFIXES"]

#: Key suffix of each bound.
BOUND_SUFFIXES: dict[str, str] = {">": "_over", ">=": "_min", "~": "_about", "<": "_under", "<=": "_max"}
_SUFFIX_BOUND = {v: k for k, v in BOUND_SUFFIXES.items()}

_DIGITS = re.compile(r"^(?:[\u0621-\u064a]{0,3})(\d+(?:\.\d+)?)$")
_DUAL_VOWELS = re.compile("\u064e\u0651?\u064a\u0652?\u0646\u0650?$|\u064e\u0651?\u064a\u0652?\u0646$")
_PROJECTILES = ("rockets", "missiles", "drones", "shells")
_NOT_COUNTS = frozenset({"%", "٪", "percent", "درصد", "بالمئة", "بالمائة", "درجة", "درجه", "عاما", "سنة", "ساله", "year",
                         "years", "سال", "عام", "کیلومتر", "كيلومتر", "km", "kilometres", "kilometers", "miles", "متر"})
_CLITIC_PREFIXES = ("وب", "و", "ب", "ف", "ل", "ك")
#: First words of multi-word numbers ("a dozen", "أحد عشر", "إحدى عشرة").
_PHRASE_STARTS = {"en": frozenset({"a"}), "ar": frozenset({"احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"}), "fa": frozenset()}


@dataclass(frozen=True)
class Count:
    """A count: tokens ``[start, end)`` from the bound word to the noun; ``noun`` is the token
    index of the counted noun (or of the number when there is none)."""

    start: int
    end: int
    value: int
    bound: str
    key: str | None
    noun: int


def store(quantities: dict[str, int], key: str, value: int, bound: str = "") -> None:
    """Put a count into an event's quantities unless the key already holds a value."""
    if any(k == key or (k.startswith(key + "_") and k[len(key):] in _SUFFIX_BOUND) for k in quantities):
        return
    quantities[key + BOUND_SUFFIXES.get(bound, "")] = value


def quantity_value(quantities: Mapping[str, int], key: str) -> int | str | None:
    """The count of ``key`` as an integer, or a bound as a string (">10", ">=25", "~20")."""
    if key in quantities:
        return quantities[key]
    for suffix, bound in _SUFFIX_BOUND.items():
        if key + suffix in quantities:
            return f"{bound}{quantities[key + suffix]}"
    return None


def _strip_clitic(word: str, lang: str) -> str:
    if lang == "ar":
        for p in _CLITIC_PREFIXES:
            if word.startswith(p) and len(word) > len(p) + 1:
                return word[len(p):]
    return word


def _number_at(sent: Sent, i: int) -> tuple[int, int] | None:
    """(value, end token) of a number starting at token ``i``."""
    words, lex = sent.words, sent.lex
    w = words[i]
    value: float | None = None
    end = i + 1
    m = _DIGITS.match(w)
    if m and (m.group(1) != w and sent.lang != "ar"):
        m = None
    if m:
        value = float(m.group(1))
        # thousands groups: "300 , 000" or "300٬000"
        while end + 1 < len(words) and words[end] in (",", "٬", "،") and re.fullmatch(r"\d{3}", words[end + 1]):
            value = value * 1000 + int(words[end + 1])
            end += 2
    else:
        n = lex.number_phrases.match(words, i) if lex.number_phrases is not None else 0
        if n:
            key = " ".join(words[i:i + n])
            value, end = float(lex.numbers.get(key, 0)) or None, i + n
        else:
            bare = _strip_clitic(w, sent.lang) if w not in lex.numbers else w
            if bare in lex.numbers:
                value = float(lex.numbers[bare])
            elif "-" in w and all(p in lex.numbers for p in w.split("-")):
                value = float(sum(lex.numbers[p] for p in w.split("-")))  # "twenty-three"
        if value is None:
            return None
        # compounds: "خمسة وعشرون", "بیست و پنج", "twenty-five" is one token with a hyphen
        while end < len(words):
            nxt = words[end]
            if sent.lang in ("ar", "fa") and nxt.startswith("و") and nxt[1:] in lex.numbers and len(nxt) > 2:
                value += lex.numbers[nxt[1:]]
                end += 1
            elif sent.lang == "fa" and nxt == "و" and end + 1 < len(words) and words[end + 1] in lex.numbers:
                value += lex.numbers[words[end + 1]]
                end += 2
            else:
                break
    if end < len(words) and words[end] in lex.multipliers:
        value *= lex.multipliers[words[end]]
        end += 1
    return int(value), end


def _bound_before(sent: Sent, i: int) -> tuple[str, int]:
    words = sent.words
    for length in (4, 3, 2, 1):
        s = i - length
        if s < 0:
            continue
        seq = list(words[s:i])
        for first in (seq[0], _strip_clitic(seq[0], sent.lang)):
            b = sent.lex.bounds.get(tuple([first] + seq[1:]))
            if b:
                return b, s
    return "", i


def _noun_after(sent: Sent, i: int) -> tuple[str | None, str, int]:
    """(key, number, token) of the counted noun at or after token ``i`` (skipping one adjective)."""
    words = sent.words
    skipped = 0
    for k in range(i, min(len(words), i + 6)):
        if sent.tokens[k].is_punct:
            break
        if sent.candidate(k) is not None:
            continue
        if k > i and _conjunct(sent, k):
            break  # "ست شركات وثلاثة أفراد", "six firms and two people": a number belongs to its own noun
        skipped += 1
        if skipped > 3:
            break
        phrases = sent.lex.quantity_phrases
        n = phrases.match(words, k) if phrases is not None else 0
        if n:
            found = sent.lex.quantity_phrase_keys.get(tuple(words[k:k + n]))
            if found is None and sent.lang == "ar":
                for first in (_strip_clitic(words[k], "ar"), words[k][2:], words[k][3:]):
                    found = sent.lex.quantity_phrase_keys.get((first,) + tuple(words[k + 1:k + n]))
                    if found:
                        break
            if found:
                key, number = found.split(":")
                return _qualified(sent, key, k + n), number, k
        q = sent.lex.quantity_noun(words[k])
        if q:
            return _qualified(sent, q[0], k + 1), q[1], k
    return None, "", i


def _conjunct(sent: Sent, k: int) -> bool:
    """Token ``k`` starts a new conjunct ("and", "و", "وثلاثة")."""
    w = sent.words[k]
    if w in ("and", "or", "و", "یا", "أو"):
        return True
    return sent.lang == "ar" and w.startswith("و") and len(w) > 3 and (
        w[1:] in sent.lex.numbers or sent.lex.quantity_noun(w[1:]) is not None)


def _qualified(sent: Sent, key: str, after: int) -> str:
    if key == "rockets":
        quals = sent.cue("MISSILE_QUALIFIERS")
        for k in range(after, min(len(sent.words), after + 2)):
            if quals.match(sent.words, k):
                return "missiles"
    return key


def find_counts(sent: Sent, skip: list[tuple[int, int]], triggers: set[int] | None = None) -> list[Count]:
    """Counts of the sentence; ``skip`` holds token ranges of date expressions, ``triggers`` the
    tokens of event words (a bound word inside one, "handed over 150", is not a bound)."""
    words = sent.words
    taken = [False] * len(words)
    for s, e in skip:
        for k in range(s, e):
            taken[k] = True
    out: list[Count] = []
    i = 0
    while i < len(words):
        if taken[i] or sent.tokens[i].is_punct:
            i += 1
            continue
        w = words[i]
        if not (w[-1:].isdigit() or w in sent.lex.numbers or "-" in w or _strip_clitic(w, sent.lang) in sent.lex.numbers
                or w in _PHRASE_STARTS.get(sent.lang, ())):
            i += 1
            continue
        num = _number_at(sent, i)
        if num is None:
            i += 1
            continue
        value, end = num
        if end < len(words) and words[end] in _NOT_COUNTS or (1300 <= value <= 2100 and end - i == 1 and words[i].isdigit()
                                                                and not sent.lex.quantity_noun(words[min(end, len(words) - 1)])):
            i = end
            continue
        if sent.lang == "ar" and words[i] in ("واحد", "اثنين", "اثنان", "اثنتين", "اثنتان") and i > 0:
            key, number, noun = _noun_after(sent, i - 1)
            if key is None:
                i = end
                continue
        else:
            key, number, noun = _noun_after(sent, end)
            if words[i] in sent.lex.numbers and words[i] in getattr(sent.lex.data, "AMBIGUOUS_NUMBERS", ()) and key is None:
                i = end
                continue
        bound, start = _bound_before(sent, i)
        if triggers and any(k in triggers for k in range(start, i)):
            bound, start = "", i
        stop = max(end, _phrase_end(sent, noun) if key else end)
        out.append(Count(start, stop, value, bound, key, noun if key else i))
        for k in range(i, stop):
            taken[k] = True
        i = stop
    out.extend(_implicit(sent, taken))
    out.sort(key=lambda c: c.start)
    return out


def _implicit(sent: Sent, taken: list[bool]) -> list[Count]:
    """Duals ("جنديين") and singular counted nouns ("طائرة مسيّرة", "a ballistic missile")."""
    out: list[Count] = []
    words = sent.words
    k = 0
    while k < len(words):
        w = words[k]
        if taken[k] or sent.tokens[k].is_punct:
            k += 1
            continue
        if sent.lang == "en":
            if w in ("a", "an") and k + 1 < len(words):
                key, number, noun = _noun_after(sent, k + 1)
                after = _phrase_end(sent, noun)
                modifier = after < len(words) and sent.lex.is_trigger_word(words[after])
                if key and number == "sg" and not modifier and not any(taken[k + 1:noun + 1]):
                    out.append(Count(k, noun + 1, 1, "", key, noun))
                    k = noun + 1
                    continue
            k += 1
            continue
        if sent.lang != "ar" or (sent.lex.quantity_noun(w) is None and not (
                sent.lex.quantity_phrases is not None and sent.lex.quantity_phrases.match(words, k))):
            k += 1
            continue
        key, number, noun = _noun_after(sent, k)
        if key is None or noun != k:
            k += 1
            continue
        end = _phrase_end(sent, k)
        raw = sent.tokens[k].raw
        if number == "du" or (number == "pl" and _DUAL_VOWELS.search(raw)):
            out.append(Count(k, end, 2, "", key, k))
        elif number == "sg" and key in _PROJECTILES and not _definite(w) and not (k > 0 and taken[k - 1]):
            out.append(Count(k, end, 1, "", key, k))
        k = end
    return out


def _phrase_end(sent: Sent, k: int) -> int:
    phrases = sent.lex.quantity_phrases
    n = phrases.match(sent.words, k) if phrases is not None else 0
    if n:
        return k + n
    end = k + 1
    while end < len(sent.words) and sent.lex.quantity_noun(sent.words[end]):
        end += 1
    return end


def _definite(word: str) -> bool:
    return word.startswith(("ال", "وال", "بال", "فال", "لل", "كال", "وبال"))


def no_casualty_spans(sent: Sent) -> list[int]:
    """Token positions where the sentence says nobody was killed or wounded."""
    return [i for i, _ in sent.find("NO_CASUALTIES")]
