"""Trigger words: where a sentence names an event, of which PLOVER type, and how the verb is inflected.

:func:`find_triggers` reads every token with the compiled lexicon (clitics and inflections
handled there), prefers the longest phrase, drops idioms (``NOT_TRIGGERS``), words inside entity
names, words that need a context word they do not have (``NEEDS``), and nouns introduced as a
framework ("under the deal"). It records the grammatical features the mode and role rules use:
``passive``, ``neg`` (negated), ``future``, ``subj`` (Persian subjunctive), ``article`` (a
definite noun), ``present``.

:func:`find_outcomes` finds the words of casualties, arrests and releases ("قُتل", "زخمی",
"wounding"), which carry quantities and, alone in a clause, an event of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.events.context import Sent
from khabar.events.lexicon import NEED_WINDOW, Analysis, Entry

__all__ = ["Trigger", "Outcome", "find_triggers", "find_outcomes"]

_DAMMA = "\u064f"
_ZW = "\u200c"
_FA_PREFIXES = ("نمی" + _ZW, "می" + _ZW, "نمی", "می", "ن", "ب", "")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
_FA_AUX = frozenset({"است", "اند", "بود", "بودند", "باشد", "باشند", "شد", "شده", "شدند", "اند."})


@dataclass
class Trigger:
    """An event word or phrase: tokens ``[start, end)`` of the sentence."""

    type: str
    start: int
    end: int
    kind: str  # "verb" | "noun"
    entry: str
    features: frozenset[str] = frozenset()
    weak: bool = False  # an outcome word standing for an event ("قُتل خمسة")
    parts: tuple[tuple[int, int], ...] = ()  # other words of the same event ("شنت ... هجوما")
    support: int | None = None  # token of a verb that carries this event noun ("نفذ ... عملية")

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *self.parts]

    def has(self, feature: str) -> bool:
        return feature in self.features


@dataclass(frozen=True)
class Outcome:
    """A casualty, arrest or release word: tokens ``[start, end)``, ``kind`` killed/wounded/..."""

    start: int
    end: int
    kind: str


def _continues(sent: Sent, a: Analysis, i: int) -> bool:
    words = sent.words
    for j in range(1, len(a.entry.words)):
        k = i + j
        if k >= len(words):
            return False
        if words[k] == a.entry.words[j]:
            continue
        if not any(b.entry == a.entry and b.index == j for b in sent.lex.analyses(words[k])):
            return False
    return True


def _best(sent: Sent, i: int) -> Analysis | None:
    best: Analysis | None = None
    noun_only = sent.lang == "ar" and sent.tokens[i].raw.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
    for a in sent.lex.analyses(sent.words[i]):
        if a.index != 0 or not _continues(sent, a, i):
            continue
        if noun_only and a.entry.kind == "verb":
            continue  # a word ending in ta marbuta is never a verb ("وزارة" is not "و + زاره")
        if best is None or len(a.entry.words) > len(best.entry.words) or (
                len(a.entry.words) == len(best.entry.words) and a.rank < best.rank):
            best = a
    return best


def _has_context(sent: Sent, entry: Entry, start: int, end: int) -> bool:
    lo, hi = max(0, start - NEED_WINDOW[0]), min(len(sent.words), end + NEED_WINDOW[1])
    phrases = sent.lex.context_phrases.get(entry.needs or "")
    for k in range(lo, hi):
        if start <= k < end:
            continue
        if entry.needs in sent.lex.context_classes(sent.words[k]):
            return True
        if phrases is not None and phrases.match(sent.words, k):
            return True
    return False


def _framed(sent: Sent, start: int) -> bool:
    """A noun after "under"/"بموجب"/"طبق" within three words names a framework, not an event."""
    for k in range(max(0, start - 3), start):
        if sent.match("FRAME_BLOCKERS", k):
            # "came under attack": a verb of undergoing ends in the blocker, and the noun is an event
            return not any(sent.match("UNDERGO_VERBS", j) and j + sent.match("UNDERGO_VERBS", j) == k + 1
                           for j in range(max(0, k - 2), k + 1))
    return False


def _masked(sent: Sent, skip: list[tuple[int, int]]) -> list[bool]:
    masked = [t.is_punct for t in sent.tokens]
    for s, e in skip:
        for k in range(s, e):
            masked[k] = True
    for c in sent.candidates:
        if c.how == "mention":
            for k in range(c.start, c.end):
                masked[k] = True
    for i, n in sent.find("NOT_TRIGGERS"):
        for k in range(i, i + n):
            masked[k] = True
    for t in sent.tokens:
        if t.text in sent.lex.numbers:  # "اثنين" is two, not a form of أثنى
            masked[t.i] = True
    for s, e in _slogans(sent):
        for k in range(s, e):
            masked[k] = True
    return masked


_OPEN = {"«": "»", '"': '"', "“": "”"}


def _after_slogan_word(sent: Sent, i: int) -> bool:
    """A slogan word within four words before token ``i``, or before a chain of quotations joined
    by "و"/"and" ("لافتات كتب عليها «...» و«...»")."""
    k = i - 1
    seen = 0
    while k >= 0 and seen < 4:
        if sent.match("SLOGAN_WORDS", k):
            return True
        w = sent.tokens[k].text
        if w in ("»", '"', "”"):  # skip back over an earlier quotation of the chain
            k -= 1
            while k >= 0 and sent.tokens[k].text not in _OPEN:
                k -= 1
            k -= 1
            continue
        if sent.tokens[k].is_punct and w not in _OPEN:
            return False
        seen += 1
        k -= 1
    return False


def _slogans(sent: Sent) -> list[tuple[int, int]]:
    """Quoted slogans ("لافتات كتب عليها «أطلقوا سراح زملائنا»", "placards reading "Free our
    colleagues""): token ranges whose event words name no event."""
    out = []
    toks = sent.tokens
    for q in toks:
        close = _OPEN.get(q.text)
        if close is None or not _after_slogan_word(sent, q.i):
            continue
        end = next((t.i for t in toks[q.i + 1:] if t.text == close), None)
        if end is not None and end - q.i <= 12:
            out.append((q.i + 1, end))
    return out


def find_triggers(sent: Sent, skip: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """Every trigger of the sentence, in order, without overlaps; ``skip`` holds token ranges
    (time expressions) that never hold a trigger ("فجر اليوم" is dawn, not a bombing)."""
    masked = _masked(sent, skip or [])
    out: list[Trigger] = []
    n = len(sent.words)
    i = 0
    while i < n:
        if masked[i]:
            i += 1
            continue
        a = _best(sent, i)
        if a is None:
            i += 1
            continue
        entry = a.entry
        end = i + len(entry.words)
        if any(masked[k] for k in range(i, end)) or (entry.needs and not _has_context(sent, entry, i, end)):
            i += 1
            continue
        if sent.lang == "en" and entry.kind == "verb" and _noun_context(sent, i):
            noun = next((b.entry for b in sent.lex.analyses(sent.words[i]) if b.index == 0 and b.entry.kind == "noun"
                         and b.entry.type == entry.type and len(b.entry.words) == len(entry.words)), None)
            if noun is not None:
                entry = noun  # "in overnight raids", "a prominent protest leader"
        if entry.kind == "noun" and (_framed(sent, i) or sent.match("MODIFIED_HEADS", end)):
            i = end  # "under the deal", "a protest leader"
            continue
        features = {a.feature} if a.feature else set()
        if sent.lang == "fa":
            if i > 0 and sent.words[i - 1] in ("این", "آن", "همین"):
                features.add("article")
            light = _fa_light(sent, end, entry)
            if light is None and entry.light:
                i += 1
                continue
            if light is not None:
                end, more = light
                features |= more
        elif sent.lang == "ar":
            features |= _ar_features(sent, i)
        else:
            features |= _en_features(sent, i, end)
        if sent.lang == "fa" and entry.kind == "verb" and len(entry.words) == 1 and i > 0 and \
                sent.match("COMPOUND_PREVERBS", i - 1):
            i += 1  # "در رتبه بعدی قرار گرفت": a compound verb of another sense
            continue
        if _abstained(sent, i):
            i = end  # "refrained from resuming strikes": no event, not even a denied one
            continue
        kind = "verb" if (entry.kind == "verb" or (sent.lang == "fa" and end > i + len(entry.words))) else "noun"
        if sent.lang == "en" and i > 0 and sent.words[i - 1] in _DETERMINERS and kind == "noun":
            features.add("article")
        out.append(Trigger(entry.type, i, end, kind, entry.key, frozenset(features)))
        i = end
    if sent.lang == "fa":
        _shared_light_verbs(sent, out)
        _fa_predicates(sent, out)
        out = [t for t in out if not t.has("abstained")]
    _support_verbs(sent, out)
    return _retype(sent, out)


def _near(sent: Sent, name: str, t: Trigger, before: int, after: int) -> bool:
    """A word of the cue ``name`` within ``before`` words before or ``after`` words after ``t``."""
    return any(t.start - before <= i <= t.end + after - 1 for i, _ in sent.find(name))


def _retype(sent: Sent, triggers: list[Trigger]) -> list[Trigger]:
    """Acts named by the words of another type: an attack with tear gas or water cannon that kills
    nobody is coercion (a dispersal); a "strike" of workers is a protest; a withdrawal from a
    session, or in protest, is a walkout (a protest); a release of salaries or funds is no event."""
    sov = getattr(sent.lex.data, "WORD_ORDER", "SVO") == "SOV"
    lethal = any(o.kind == "killed" for o in find_outcomes(sent)) if sent.find("DISPERSAL_WORDS") else False
    out: list[Trigger] = []
    for t in triggers:
        new = t.type
        if t.type == "ASSAULT" and not lethal and _near(sent, "DISPERSAL_WORDS", t, 6, 7):
            new = "COERCE"
        elif t.type == "ASSAULT" and t.kind == "noun" and "strike" in t.entry.split() and \
                _near(sent, "LABOUR_WORDS", t, 8, 8):
            new = "PROTEST"
        elif t.type == "RETREAT":
            before, after = (5, 1) if sov else (0, 9)
            if _near(sent, "SESSION_WORDS", t, before, after) or _near(sent, "PROTEST_PURPOSE", t, 0, 12) or \
                    _near(sent, "WALKOUT_MEMBERS", t, 5, 1 if sov else 4):
                new = "PROTEST"  # "انسحب الوزراء الخمسة من القاعة": a walkout
            elif _near(sent, "RELEASED_THINGS", t, 4 if sov else 2, 1 if sov else 4):
                continue  # "الإفراج عن رواتب الموظفين", "results released by": no release of people
        elif t.type == "CONSULT" and any(sent.lex.outcome(sent.words[k])
                                          for k in range(t.end, min(len(sent.words), t.end + 3))):
            continue  # "المستشفيات استقبلت عشرين مصابا": hospitals receiving the wounded meet nobody
        out.append(t if new == t.type else Trigger(new, t.start, t.end, t.kind, t.entry, t.features, t.weak, t.parts,
                                                   t.support))
    return out


def _abstained(sent: Sent, i: int) -> bool:
    """An act after a verb of abstaining within five words of its clause ("refrained from resuming
    strikes", "امتنعت أنقرة عن استئناف الغارات"): it did not happen."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if sent.tokens[k].is_punct:
            return False
        if sent.match("ABSTENTIONS", k):
            return True
    return False


def _fa_predicates(sent: Sent, triggers: list[Trigger]) -> None:
    """"خواستار آتش‌بس فوری شد", "رزمایشی در دریای خزر برگزار کرد": a Persian event noun whose light
    verb comes after its complement is the verb of its clause."""
    taken = {k for t in triggers if t.kind == "verb" for k in range(t.start, t.end)}
    # "این حمله تلفات جانی نداشته": the verb of a no-casualty phrase is not the attack's own verb
    quiet = {k for i, n in sent.find("NO_CASUALTIES") for k in range(i, i + n)}
    for j, t in enumerate(triggers):
        if t.kind != "noun":
            continue
        abstained = False
        for k in range(t.end, min(len(sent.words), t.end + 7)):
            w = sent.words[k]
            if sent.tokens[k].is_punct or w == "را" or k in taken or k in quiet or sent.match("COMPLEMENTIZERS", k):
                break
            if sent.lex.outcome(w):
                break  # "این حمله تلفات جانی نداشته": the verb of the casualties, not of the attack
            if sent.match("ABSTENTIONS", k):
                abstained = True  # "از ازسرگیری حملات ... خودداری کرد": the act did not happen
            light = _fa_light(sent, k, Entry(t.type, "noun", tuple(t.entry.split())))
            if light is not None and not sent.lex.is_trigger_word(w):
                feats = set(t.features) | light[1] | ({"neg", "abstained"} if abstained else set())
                triggers[j] = Trigger(t.type, t.start, t.end, "verb", t.entry, frozenset(feats), t.weak, t.parts)
                taken.update(range(k, light[0]))
                break


def _support_verbs(sent: Sent, triggers: list[Trigger]) -> None:
    """An event noun after a verb that carries it ("نفذ الجيش ... عملية مشتركة", "carried out an
    attack") takes that verb as its support: the verb's subject is the event's actor."""
    if sent.lang == "fa":
        return
    for j, t in enumerate(triggers):
        if t.kind != "noun":
            continue
        lo = max((u.end for u in triggers if u.end <= t.start), default=0)
        for k in range(t.start - 1, max(lo - 1, t.start - 9), -1):
            if sent.tokens[k].is_punct:
                break
            if sent.match("SUPPORT_VERBS", k):
                triggers[j] = Trigger(t.type, t.start, t.end, t.kind, t.entry, t.features, t.weak, t.parts, k)
                break


def _noun_context(sent: Sent, i: int) -> bool:
    """English: a word after a determiner or a preposition (within two words) is a noun."""
    for k in range(i - 1, max(-1, i - 3), -1):
        w = sent.words[k]
        if w in _DETERMINERS or sent.match("PLACE_PREPOSITIONS", k) or sent.match("OTHER_PREPOSITIONS", k):
            return True
        if sent.tokens[k].is_punct or sent.lex.is_trigger_word(w) or sent.candidate(k) is not None:
            return False
    return False


def _shared_light_verbs(sent: Sent, triggers: list[Trigger]) -> None:
    """"توقیف و ... بازداشت کرد", "دیدار و ... گفت‌وگو کرد": a Persian event noun joined by و to a
    later compound verb shares its light verb (it is a verb of its own clause)."""
    for j, t in enumerate(triggers[:-1]):
        if t.kind == "noun" and t.end < len(sent.words) and sent.words[t.end] == "و":
            nxt = next((u for u in triggers[j + 1:] if u.kind == "verb"), None)
            if nxt is not None and nxt.start - t.end <= 12 and not any(
                    sent.tokens[k].is_punct for k in range(t.end, nxt.start)):
                triggers[j] = Trigger(t.type, t.start, t.end, "verb", t.entry, t.features | (nxt.features - {"passive"}))


def _ar_features(sent: Sent, i: int) -> set[str]:
    out: set[str] = set()
    raw = sent.tokens[i].raw
    k = raw.find(_DAMMA)
    if 0 < k <= 4 and sum(ch.isalpha() for ch in raw[:k]) <= 3:
        out.add("passive")
    prev = i - 1
    if prev >= 0 and sent.match("NEGATIONS", prev):
        out.add("neg")
    if prev >= 0 and sent.words[prev] in ("سوف", "وسوف"):
        out.add("future")
    return out


def _en_features(sent: Sent, start: int, end: int) -> set[str]:
    out: set[str] = set()
    words = sent.words
    word = words[start]
    participle = word.endswith("ed") or word in ("struck", "shot", "held", "hit", "met", "withdrawn", "seized", "taken")
    for k in range(start - 1, max(-1, start - 4), -1):
        if sent.tokens[k].is_punct:
            break
        if sent.match("PASSIVE_AUX", k) and participle:
            out.add("passive")
        if sent.match("NEGATIONS", k):
            out.add("neg")
        if words[k] in ("will", "would", "shall", "'ll"):
            out.add("future")
    if start >= 1 and words[start - 1] in ("the", "this", "that", "these", "those"):
        out.add("article")
    if start >= 2 and words[start - 2] in ("the", "this", "that") and not sent.tokens[start - 1].is_punct:
        out.add("article")
    return out


def _fa_light(sent: Sent, j: int, entry: Entry) -> tuple[int, set[str]] | None:
    """The light verb after a Persian event noun: (new end, features), or None."""
    words = sent.words
    n = len(words)
    feats: set[str] = set()
    if j < n and words[j].lstrip("ن").startswith("خواه") and len(words[j]) <= 7:
        feats.add("future")
        if words[j].startswith("ن"):
            feats.add("neg")
        j += 1
    if j < n and words[j] == "قرار":
        j += 1
    if j >= n:
        return None
    word = words[j]
    for prefix in _FA_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):].lstrip(_ZW)
        found = sent.lex.light_forms.get(rest)
        if found is None:
            continue
        stem, tense = found
        if prefix.startswith("ن") and not (prefix == "ن" and rest == word):
            feats.add("neg")
        if prefix == "ب" or (tense == "present" and not prefix.lstrip("ن").startswith("می")):
            feats.add("subj")
        if tense == "present":
            feats.add("present")
        passive_light = {w for w in getattr(sent.lex.data, "PASSIVE_LIGHT", ())}
        active = set(getattr(sent.lex.data, "ACTIVE_WITH_SHODAN", ()))
        if stem in passive_light and entry.words[-1] not in active:
            feats.add("passive")
        j += 1
        if rest.endswith("ه") and j < n and words[j] in _FA_AUX:
            if words[j].startswith("شد"):
                feats.add("passive")
            j += 1
        return j, feats
    if "future" in feats:
        return j, feats
    return None


def find_outcomes(sent: Sent) -> list[Outcome]:
    """Casualty, arrest and release words, in order (none inside "no casualties" phrases)."""
    out: list[Outcome] = []
    words = sent.words
    quiet = {k for i, n in sent.find("NO_CASUALTIES") for k in range(i, i + n)}
    phrases = sent.lex.outcome_phrases
    i = 0
    while i < len(words):
        n = phrases.match(words, i) if phrases is not None else 0
        if n:
            key = tuple(words[i:i + n])
            kind = sent.lex.outcome_phrase_keys.get(key) or sent.lex.outcome_phrase_keys.get((key[0][1:],) + key[1:])
            if kind:
                out.append(Outcome(i, i + n, kind))
                i += n
                continue
        if sent.tokens[i].is_word and sent.candidate(i) is None and i not in quiet:
            kind = sent.lex.outcome(words[i])
            if kind:
                out.append(Outcome(i, i + 1, kind))
        i += 1
    return out
