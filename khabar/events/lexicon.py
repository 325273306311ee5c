"""The event vocabularies of ``khabar/lang/<lang>/events.py``, compiled into look-up tables.

Inflection is generated here, once per language, so the language files stay short lists of lemmas:

- Arabic: verbs get subject and object suffixes; imperfects get the person prefixes ي/ت/ن/أ;
  nouns get the feminine, dual, plural, accusative and pronoun suffixes. Proclitics (و/ف, ب/ل/ك/س,
  the article) are stripped when a token is analysed, not generated.
- Persian: nouns get the plural and ezafe suffixes; simple verbs their prefixes and endings.
- English: verbs get -s/-es/-ed/-ing (and a doubled consonant); irregular forms are listed.

Every word is normalized with :func:`khabar.text.normalize.normalize_key` of its language, so a
lexicon entry matches the text whatever its spelling variant (hamza forms, ZWNJ, case).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import ModuleType

from khabar.text.normalize import normalize_key

__all__ = ["Entry", "Analysis", "Lexicon", "lexicon", "PhraseSet", "NEED_WINDOW", "LANGS"]

LANGS = ("ar", "fa", "en")

_CACHE_LIMIT = 50_000

#: How many words before and after a ``NEEDS`` trigger are searched for its context word (a
#: Persian verb ends its clause, far from its subject: "سه راکت به پایگاه ...، اصابت کرد").
NEED_WINDOW = (16, 10)

# -- Arabic affixes -------------------------------------------------------------------------------
_AR_OBJ = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا")
_AR_PERF_SUBJ = ("", "ت", "تا", "ا", "وا", "نا", "تم", "ن")
_AR_PERF_BEFORE_OBJ = ("", "ت", "تا", "ا", "و", "نا", "تمو")
_AR_IMPF_SUBJ = ("", "ون", "ان", "ين", "ن", "وا", "ا")
_AR_IMPF_BEFORE_OBJ = ("", "و", "ا", "ون", "ان")
_AR_PRON = ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم")
_AR_VERB_PREFIXES = {"": "", "و": "", "ف": "", "س": "future", "ل": "", "وس": "future", "فس": "future",
                     "ول": "", "فل": "", "سوف": "future"}
_AR_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "وب", "فب", "ول",
                     "فل", "وك", "وبال", "فبال", "ولل", "فلل", "وكال")
_AR_PERSON = ("ي", "ت", "ن", "ا")
_AR_PHRASE_CLITICS = ("وب", "وال", "بال", "و", "ف", "ب", "ل", "ال")

# -- Persian affixes ------------------------------------------------------------------------------
_ZW = "\u200c"
_FA_NOUN_SUFFIXES = ("", "ها", "های", "هایی", "ی", "ای", "یی", "ات", "ان", "اش", "ش", "شان", "هایش", "هایشان",
                     "ه", "هایی", "ام", "مان")
_FA_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")
_FA_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_FA_VERB_PREFIXES = {"": "", "می": "", "نمی": "neg", "ن": "neg", "ب": "subj", "نمی" + _ZW: "neg", "می" + _ZW: ""}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: a trigger (``type`` set) of one or more words."""

    type: str
    kind: str  # "verb" | "noun"
    words: tuple[str, ...]
    needs: str | None = None
    light: bool = False  # Persian: counts only with a light verb after it

    @property
    def key(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class Analysis:
    """A reading of a token as word ``index`` of ``entry``; ``rank`` 0 is a listed form."""

    entry: Entry
    index: int
    rank: int
    feature: str = ""  # "future", "neg", "subj", "article"


class PhraseSet:
    """Word sequences (cue phrases) matched on normalized tokens; the longest match wins."""

    def __init__(self, phrases: Iterable[str], lang: str) -> None:
        self.lang = lang
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            words = tuple(_norm(p, lang).split())
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for lst in self.by_first.values():
            lst.sort(key=len, reverse=True)

    def match(self, words: list[str], i: int) -> int:
        """Length in words of the longest phrase starting at ``words[i]`` (0 if none). The first
        word may carry an attached Arabic conjunction (و/ف)."""
        first = words[i]
        cands = self.by_first.get(first)
        if cands is None and self.lang == "ar":
            for bare in _ar_bare(first):
                cands = self.by_first.get(bare)
                if cands:
                    break
        if not cands:
            return 0
        for seq in cands:
            n = len(seq)
            if tuple(words[i + 1:i + n]) == seq[1:]:
                return n
        return 0

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and any(len(s) == 1 for s in self.by_first.get(word, ()))

    def find(self, words: list[str], start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int]]:
        """Every (start, length) match in ``words[start:stop]``."""
        stop = len(words) if stop is None else stop
        for i in range(start, stop):
            n = self.match(words, i)
            if n:
                yield i, n


@dataclass
class Lexicon:
    """The compiled vocabulary of one language."""

    lang: str
    data: ModuleType
    forms: dict[str, list[Analysis]] = field(default_factory=dict)
    outcome_forms: dict[str, str] = field(default_factory=dict)
    context_forms: dict[str, set[str]] = field(default_factory=dict)
    context_phrases: dict[str, PhraseSet] = field(default_factory=dict)
    quantity_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (key, "sg"|"pl"|"du")
    quantity_phrases: PhraseSet | None = None
    quantity_phrase_keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    outcome_phrases: PhraseSet | None = None
    outcome_phrase_keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    number_phrases: PhraseSet | None = None
    multipliers: dict[str, int] = field(default_factory=dict)
    nationalities: dict[str, str] = field(default_factory=dict)
    light_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # fa form -> (light stem, feature)
    cues: dict[str, PhraseSet] = field(default_factory=dict)
    bounds: dict[tuple[str, ...], str] = field(default_factory=dict)
    excluded: frozenset[str] = frozenset()
    _cache: dict[str, dict[str, object]] = field(default_factory=dict, repr=False)
    cue_index: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)

    # -- look-ups ----------------------------------------------------------------------------------

    def analyses(self, word: str) -> list[Analysis]:
        """Every reading of one normalized token as (part of) a trigger, best first."""
        cache = self._cache.setdefault("analyses", {})
        found = cache.get(word)
        if found is None:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            found = cache[word] = self._analyses(word)
        return found  # type: ignore[return-value]

    def is_trigger_word(self, word: str) -> bool:
        """Whether the word can start an event word or phrase."""
        return any(a.index == 0 for a in self.analyses(word))

    def _analyses(self, word: str) -> list[Analysis]:
        if self.lang == "ar":
            out = list(_ar_readings(word, self.forms))
        elif self.lang == "fa":
            out = list(_fa_readings(word, self.forms))
        else:
            out = [] if word in self.excluded else list(self.forms.get(word, ()))
        out.sort(key=lambda a: (a.rank, -len(a.entry.words[a.index])))
        return out

    def stem_lookup(self, word: str, table: dict[str, object]) -> str | None:
        """The form of ``word`` (proclitics stripped in Arabic) that is a key of ``table``."""
        cache = self._cache.setdefault(str(id(table)), {})
        if word in cache:
            return cache[word]  # type: ignore[return-value]
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        found = cache[word] = self._stem_lookup(word, table)
        return found

    def _stem_lookup(self, word: str, table: dict[str, object]) -> str | None:
        if word in table:
            return word
        if self.lang == "ar":
            for p in _AR_NOUN_PREFIXES[1:]:
                if word.startswith(p) and len(word) - len(p) >= 2:
                    rest = word[len(p):] if p != "لل" and not p.endswith("لل") else "ال" + word[len(p):]
                    for cand in (rest, rest[2:] if rest.startswith("ال") else None):
                        if cand and cand in table:
                            return cand
        if self.lang == "fa" and _ZW in word:
            head = word.split(_ZW)[0]
            if head in table:
                return head
        return None

    def outcome(self, word: str) -> str | None:
        found = self.stem_lookup(word, self.outcome_forms)  # type: ignore[arg-type]
        return self.outcome_forms[found] if found else None

    def context_classes(self, word: str) -> set[str]:
        found = self.stem_lookup(word, self.context_forms)  # type: ignore[arg-type]
        return self.context_forms[found] if found else set()

    def quantity_noun(self, word: str) -> tuple[str, str] | None:
        found = self.stem_lookup(word, self.quantity_forms)  # type: ignore[arg-type]
        return self.quantity_forms[found] if found else None

    def nationality(self, word: str) -> str | None:
        found = self.stem_lookup(word, self.nationalities)  # type: ignore[arg-type]
        return self.nationalities[found] if found else None

    def cue(self, name: str) -> PhraseSet:
        return self.cues[name]

    def all_cues(self, words: list[str]) -> dict[str, dict[int, int]]:
        """Every cue phrase of every list in ``words`` at once: list name -> {start: length}
        (the longest match at each start), the same results as :meth:`PhraseSet.find`."""
        if not self.cue_index:
            for name, ps in self.cues.items():
                for first, seqs in ps.by_first.items():
                    for seq in seqs:
                        self.cue_index.setdefault(first, []).append((name, seq))
        out: dict[str, dict[int, int]] = {name: {} for name in self.cues}
        n = len(words)
        for i, w in enumerate(words):
            exact = self.cue_index.get(w, ())
            names_exact = {name for name, _ in exact}
            options = list(exact)
            if self.lang == "ar":
                for bare in _ar_bare(w):
                    for name, seq in self.cue_index.get(bare, ()):
                        if name not in names_exact:
                            options.append((name, seq))
            for name, seq in options:
                length = len(seq)
                if i + length <= n and tuple(words[i + 1:i + length]) == seq[1:]:
                    found = out[name]
                    if length > found.get(i, 0):
                        found[i] = length
        return out


@lru_cache(maxsize=65536)
def _ar_bare(word: str) -> tuple[str, ...]:
    """The word without each of its possible Arabic proclitics (longest clitics first)."""
    return tuple(word[len(p):] for p in _AR_PHRASE_CLITICS if word.startswith(p) and len(word) - len(p) >= 2)


def _norm(text: str, lang: str) -> str:
    key = normalize_key(text, lang)
    return key.lower() if lang == "en" else key


def _ar_readings(word: str, forms: dict[str, list[Analysis]]) -> Iterator[Analysis]:
    for prefix, feature in _AR_VERB_PREFIXES.items():
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            for a in forms.get(word[len(prefix):], ()):
                if a.entry.kind == "verb" or (a.index > 0 and not prefix):
                    yield Analysis(a.entry, a.index, a.rank + (1 if prefix else 0), feature) if feature else a
    for prefix in _AR_NOUN_PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < 2:
            continue
        rest = word[len(prefix):]
        if prefix.endswith("لل"):
            rest = "ال" + rest
        for cand, art in ((rest, prefix.endswith(("ال", "لل"))), (rest[2:], True) if rest.startswith("ال") else (None, False)):
            if not cand or len(cand) < 2:
                continue
            for a in forms.get(cand, ()):
                if a.entry.kind == "noun":
                    yield Analysis(a.entry, a.index, a.rank, "article" if art else "")


def _fa_readings(word: str, forms: dict[str, list[Analysis]]) -> Iterator[Analysis]:
    seen: set[int] = set()
    for prefix, feature in _FA_VERB_PREFIXES.items():
        if not word.startswith(prefix) or len(word) - len(prefix) < 2:
            continue
        rest = word[len(prefix):].lstrip(_ZW)
        for a in forms.get(rest, ()):
            if (a.entry.kind == "verb" or not prefix) and id(a) not in seen:
                seen.add(id(a))
                yield Analysis(a.entry, a.index, a.rank, feature) if feature else a


# -- compilation ----------------------------------------------------------------------------------

def _ar_verb_forms(form: str) -> Iterator[tuple[str, int]]:
    if form.startswith("ي") and len(form) >= 3:
        stem = form[1:]
        if stem.endswith("ي"):  # يلتقي، ينفي: the final ya drops before some suffixes (يلتقون)
            yield from ((p + stem[:-1] + s, 1) for p in _AR_PERSON for s in ("ون", "ان", "ين", "وا", "ا"))
        if stem.endswith("و"):  # يدعو
            yield from ((p + stem[:-1] + s, 1) for p in _AR_PERSON for s in ("ون", "ان", "وا"))
        for p in _AR_PERSON:
            for s in _AR_IMPF_SUBJ:
                yield p + stem + s, 0 if (p == "ي" and not s) else 1
            for s in _AR_IMPF_BEFORE_OBJ:
                for o in _AR_OBJ[1:]:
                    yield p + stem + s + o, 1
        return
    base = form[:-1] if form.endswith(("ي", "ا")) and len(form) > 3 else form
    for s in _AR_PERF_SUBJ:
        yield form + s, 0 if not s else 1
        if base != form:
            yield base + s, 1
    for s in _AR_PERF_BEFORE_OBJ:
        for o in _AR_OBJ[1:]:
            yield form + s + o, 1


def _ar_noun_forms(word: str) -> Iterator[tuple[str, int]]:
    yield word, 0
    if word.endswith("ه"):
        b = word[:-1]
        for s in ("ات", "تان", "تين", "تا", "اتها", "اته", "اتهم"):
            yield b + s, 1
        for p in _AR_PRON:
            yield b + "ت" + p, 1
        return
    for s in ("ا", "ان", "ين", "ات", "ي", "يه", "يين", "يا", "ون", "ه", "اتها", "ها", "هم", "هما", "ي"):
        yield word + s, 1
    if word.endswith("ا"):  # مستشفى-like endings are rare; "اعتداء" keeps its hamza
        return


def _fa_noun_forms(word: str) -> Iterator[tuple[str, int]]:
    yield word, 0
    for s in _FA_NOUN_SUFFIXES[1:]:
        yield word + s, 1
        yield word + _ZW + s, 1
    if word.endswith("ه"):
        for s in ("ای", "ها", "های", "هایی"):
            yield word + _ZW + s, 1


def _fa_verb_forms(past: str, present: str | None) -> Iterator[tuple[str, int]]:
    for e in _FA_PAST_ENDINGS:
        yield past + e, 0 if not e else 1
    if present:
        for e in _FA_PRESENT_ENDINGS:
            yield present + e, 1
            if present.endswith(("ا", "و")):
                yield present + "ی" + e, 1


def _en_verb_forms(lemma: str, irregular: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, int]]:
    yield lemma, 0
    if lemma.endswith("e"):
        yield from ((lemma + "s", 1), (lemma + "d", 1), (lemma[:-1] + "ing", 1))
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        yield from ((lemma[:-1] + "ies", 1), (lemma[:-1] + "ied", 1), (lemma + "ing", 1))
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        yield from ((plural, 1), (lemma + "ed", 1), (lemma + "ing", 1))
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            yield from ((lemma + lemma[-1] + "ed", 1), (lemma + lemma[-1] + "ing", 1))
    for f in irregular.get(lemma, ()):
        yield f, 1


def _en_noun_forms(word: str) -> Iterator[tuple[str, int]]:
    yield word, 0
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        yield word[:-1] + "ies", 1
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        yield word + "es", 1
    else:
        yield word + "s", 1


def _word_forms(lang: str, kind: str, word: str, data: ModuleType) -> Iterator[tuple[str, int]]:
    if lang == "ar":
        yield from (_ar_verb_forms(word) if kind == "verb" else _ar_noun_forms(word))
    elif lang == "fa":
        yield from _fa_noun_forms(word)
    else:
        yield from (_en_verb_forms(word, _irregular(data)) if kind == "verb" else _en_noun_forms(word))


def _irregular(data: ModuleType) -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v.lower() for v in vs) for k, vs in getattr(data, "IRREGULAR", {}).items()}


def _add(forms: dict[str, list[Analysis]], form: str, a: Analysis) -> None:
    lst = forms.setdefault(form, [])
    if not any(x.entry == a.entry and x.index == a.index for x in lst):
        lst.append(a)


def _compile_triggers(lex: Lexicon) -> None:
    data, lang = lex.data, lex.lang
    light = {_norm(w, lang) for w in getattr(data, "NEED_LIGHT_VERB", ())}
    needs: dict[str, tuple[str, str]] = {_norm(k, lang): v for k, v in getattr(data, "NEEDS", {}).items()}

    def add_entry(etype: str, kind: str, text: str, need: str | None = None) -> None:
        words = tuple(_norm(text, lang).split())
        if not words:
            return
        entry = Entry(etype, kind, words, need, light=len(words) == 1 and words[0] in light)
        for idx, w in enumerate(words):
            wkind = kind if idx == 0 else "noun"
            if lang == "fa" and kind == "verb":
                continue
            for form, rank in _word_forms(lang, wkind if len(words) == 1 or idx == 0 else "noun", w, data):
                _add(lex.forms, form, Analysis(entry, idx, rank))

    for etype, verbs in data.VERBS.items():
        for group in verbs:
            if lang == "fa":
                past, present = (tuple(_norm(g, lang) for g in group) + (None,))[:2]
                entry = Entry(etype, "verb", (past,))
                for form, rank in _fa_verb_forms(past, present):
                    _add(lex.forms, form, Analysis(entry, 0, rank))
                continue
            for form in group:
                add_entry(etype, "verb", form)
    for etype, nouns in data.NOUNS.items():
        for noun in nouns:
            add_entry(etype, "noun", noun)
    for etype, phrases in getattr(data, "PHRASES", {}).items():
        for phrase in phrases:
            add_entry(etype, "verb" if lang != "fa" else "noun", phrase)
    for word, (etype, cls) in needs.items():
        entry = Entry(etype, "verb" if lang == "en" else "noun", (word,), cls)
        _add(lex.forms, word, Analysis(entry, 0, 0))
        if lang == "ar":
            for form, rank in _ar_noun_forms(word):
                _add(lex.forms, form, Analysis(Entry(etype, "noun", (word,), cls), 0, rank))
            for form, rank in _ar_verb_forms(word):
                _add(lex.forms, form, Analysis(Entry(etype, "verb", (word,), cls), 0, rank))
        elif lang == "fa":
            for form, rank in _fa_noun_forms(word):
                _add(lex.forms, form, Analysis(entry, 0, rank))


def _compile_nouns(words: Iterable[str], lang: str) -> Iterator[tuple[str, str, int]]:
    """(form, lemma, rank) of simple noun inflection for look-up tables."""
    for w in words:
        key = _norm(w, lang)
        if not key:
            continue
        if lang == "ar":
            for form, rank in _ar_noun_forms(key):
                yield form, key, rank
        elif lang == "fa":
            for form, rank in _fa_noun_forms(key):
                yield form, key, rank
        else:
            for form, rank in _en_noun_forms(key):
                yield form, key, rank


def _compile_tables(lex: Lexicon) -> None:
    data, lang = lex.data, lex.lang
    multi: list[str] = []
    for kind, words in data.OUTCOMES.items():
        for w in words:
            key = _norm(w, lang)
            if " " in key:
                multi.append(key)
                lex.outcome_phrase_keys[tuple(key.split())] = kind
                continue
            lex.outcome_forms.setdefault(key, kind)
            if lang == "ar":
                for form, _ in list(_ar_verb_forms(key)) + list(_ar_noun_forms(key)):
                    lex.outcome_forms.setdefault(form, kind)
            elif lang == "en":
                lex.outcome_forms.setdefault(key, kind)
    lex.outcome_phrases = PhraseSet(multi, lang)
    for cls, words in data.CONTEXT.items():
        multi_words = [w for w in words if " " in _norm(w, lang)]
        lex.context_phrases[cls] = PhraseSet(multi_words, lang)
        for w in words:
            key = _norm(w, lang)
            if " " in key:
                continue  # "سيارة مفخخة" counts as a whole, "سيارة" alone is no bomb
            for form, _, _ in _compile_nouns([key], lang):
                lex.context_forms.setdefault(form, set()).add(cls)
    phrases: list[str] = []
    for key, pairs in data.QUANTITY_NOUNS.items():
        for sg_text, pl_text in pairs:
            sg, pl = _norm(sg_text, lang), _norm(pl_text, lang)
            if " " in sg or " " in pl:
                for text, number in ((sg, "sg"), (pl, "pl")):
                    phrases.append(text)
                    lex.quantity_phrase_keys[tuple(text.split())] = f"{key}:{number}"
                continue
            for form, number in _quantity_forms(sg, pl, lang):
                lex.quantity_forms.setdefault(form, (key, number))
    lex.quantity_phrases = PhraseSet(phrases, lang)
    for w, v in data.NUMBER_WORDS.items():
        lex.numbers[_norm(w, lang)] = v
    lex.number_phrases = PhraseSet([w for w in data.NUMBER_WORDS if " " in w], lang)
    lex.multipliers = {_norm(k, lang): v for k, v in data.MULTIPLIERS.items()}
    lex.bounds = {tuple(_norm(k, lang).split()): v for k, v in data.BOUNDS.items()}
    for adj, cc in data.NATIONALITIES.items():
        key = _norm(adj, lang)
        lex.nationalities[key] = cc
        if lang == "ar":
            for s in ("ه", "ين", "ون", "ان", "تين", "تان"):
                lex.nationalities.setdefault(key + s, cc)
    for past, present in getattr(data, "LIGHT_VERBS", ()):
        p, r = _norm(past, lang), _norm(present, lang)
        for form, _ in _fa_verb_forms(p, r):
            feature = "present" if not form.startswith(p) else "past"
            lex.light_forms.setdefault(form, (p, feature))
    lex.excluded = frozenset(_norm(w, lang) for w in getattr(data, "EXCLUDED_FORMS", ()))


def _quantity_forms(sg: str, pl: str, lang: str) -> Iterator[tuple[str, str]]:
    """Forms of a counted noun with their grammatical number: "sg", "pl" or (Arabic) "du"."""
    yield sg, "sg"
    yield pl, "pl"
    if lang == "ar":
        stem = sg[:-1] + "ت" if sg.endswith("ه") else sg
        for s in ("ان", "ين"):
            if stem + s != pl:
                yield stem + s, "du"
        yield sg + "ا", "sg"  # accusative after 11-99: "١٢ متهماً"
        yield pl + "ا", "pl"
    elif lang == "fa":
        for s in ("ی", _ZW + "ی", "ای", _ZW + "ای"):
            yield sg + s, "sg"
        for s in ("ها", _ZW + "ها", "های", _ZW + "های"):
            yield sg + s, "pl"


_CUE_NAMES = ("NEGATIONS", "DENIALS", "CANCELS", "REPORT_NOUNS", "PLANS", "POSSIBLE", "CONDITIONS", "REPORTING",
              "CLAUSE_BREAKS", "RELATIVES", "COORDINATORS", "LATER_MARKERS", "EARLIER_WORDS", "PLACE_PREPOSITIONS",
              "TARGET_PREPOSITIONS", "AGENT_PREPOSITIONS", "PARTNER_PREPOSITIONS", "OTHER_PREPOSITIONS",
              "FORCE_NOUNS", "UNKNOWN_ACTOR", "NOT_TRIGGERS", "NO_CASUALTIES", "VAGUE", "MISSILE_QUALIFIERS",
              "OUTCOME_PASSIVE", "FRAME_BLOCKERS", "PROTESTERS", "PASSIVE_AUX", "INDEFINITE",
              "COMPLEMENTIZERS", "RAIDS", "CIRCUMSTANTIAL", "CONSEQUENCES", "BUILDINGS",
              "SHOOT_DOWN", "MODIFIED_HEADS", "TOPIC_PREPOSITIONS",
              "SUPPORT_VERBS", "RECIPIENT_PREPOSITIONS", "FROM_PREPOSITIONS", "BETWEEN_PREPOSITIONS",
              "ATTACK_ADJECTIVES", "AGAINST_PREPOSITIONS", "ORDER_PHRASES", "EXECUTION_VERBS", "HOST_WORDS",
              "FACILITY_NOUNS", "UNDERGO_VERBS", "OWNER_WORDS",
              "AFFILIATIONS", "PATIENT_NOUNS", "ABSTENTIONS", "SOURCE_PHRASES",
              "OBSERVER_WORDS", "MOTION_WORDS", "DISPERSAL_WORDS", "SESSION_WORDS",
              "PROTEST_PURPOSE", "RELEASED_THINGS", "LABOUR_WORDS",
              "WALKOUT_MEMBERS", "SLOGAN_WORDS", "COMPOUND_PREVERBS", "START_WORDS")


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` ("ar", "fa", "en"; anything else reads as English)."""
    code = lang if lang in LANGS else "en"
    data = importlib.import_module(f"khabar.lang.{code}.events")
    lex = Lexicon(code, data)
    _compile_triggers(lex)
    _compile_tables(lex)
    for name in _CUE_NAMES:
        lex.cues[name] = PhraseSet(getattr(data, name, ()), code)
    return lex
