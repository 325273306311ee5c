"""Finding gazetteer names in text, with the context each match needs.

The text is keyed once (:func:`khabar.places.keys.text_key`); at each token the longest key of
the gazetteer that starts there is taken, reading Arabic tokens also without attached clitics
(و ف ب ك ل لل: "ببغداد", "والبصرة", "للموصل") and Persian tokens without an attached ezafe.
Latin matches must look like names in the original (first word capitalized, and half of the
others; names of two letters upper-case: "US", "UK"). A match may not start or end inside a word
joined by a zero-width non-joiner, nor follow a word that begins a longer name ("بنت جبيل").

Each :class:`Match` records the evidence around it: a trigger word before it ("مدينة", "محافظة",
"استان", "city of") or after it ("Province", "County"), a locative preposition or an attached
ب/ل, a qualifier after a comma ("Alexandria, Louisiana"), whether it starts a sentence, whether
it is glued to another capitalized word ("Michael Jordan"). :func:`required_level` and
:func:`evidence_level` turn that into a decision in :mod:`khabar.places.stage`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.places.common import VERY_COMMON
from khabar.places.gazetteer import Gazetteer, Hit
from khabar.places.keys import ZWNJ, TextKey, arabic_clitic_variants, is_arabic_script, letters, name_keys
from khabar.places.lexicon import (
    CALENDAR_WORDS,
    COMPOUND_PREFIXES,
    DIRECTION_WORDS,
    EN_SUFFIX_TRIGGERS,
    LATIN_PARTICLES,
    PREPOSITIONS,
    SPEECH_VERBS,
    TRIGGERS_BEFORE,
)
from khabar.places.resolve import Context
from khabar.places.types import DERIVED, PRIMARY, Candidate

__all__ = ["Match", "evidence_level", "find_names", "folded_words", "required_level", "trigger_before"]

_SENTENCE_END = frozenset(".!?\n:;؟؛")
_OPENERS = frozenset(" \t\"'“”«»‹›(［[{‘’-–—•*")
_PREP_CLITICS = ("ب", "ل", "لل")
_VERBAL_ENDINGS = ("ing", "ed", "ly")
# Capitalized in titles and headlines without being part of a name: "The US Embassy", "Visit To Iraq".
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "for", "with", "on", "by", "as", "is", "was", "says", "said",
    "after", "before", "over", "against", "amid", "into", "when", "while", "during", "where", "if", "but",
    "since", "until", "then", "also", "former", "across", "about", "between", "both", "all", "some", "many",
    "this", "that", "these", "those", "his", "her", "its", "their", "our", "why", "how", "what", "who",
    "today", "yesterday", "tonight", "last", "next", "new", "more", "most", "despite", "under",
})
# Persian adjectives that continue a name after the ezafe: "آمریکای لاتین" is Latin America.
_EZAFE_MODIFIERS = frozenset({"لاتين", "شمالي", "جنوبي", "شرقي", "غربي", "مركزي", "ميانه"})


@dataclass
class Match:
    """A gazetteer name found in text (original offsets) and its evidence."""

    start: int
    end: int
    key: str
    hits: list[Hit]
    first: int  # token numbers in the text key
    last: int
    trigger: str | None = None
    prep: bool = False
    qualifiers: list[Candidate] = field(default_factory=list)
    sentence_initial: bool = False
    glued: bool = False  # joined to a capitalized word before it: part of a longer name
    next_capitalized: bool = False
    speaker: bool = False  # followed by "said", "told": a person or a metonym
    person_name: bool = False  # written elsewhere in the document as part of a person's name
    suffix_end: int | None = None  # original end including a suffix trigger ("Anbar Province")
    lowercase_elsewhere: bool = False
    trigger_start: int | None = None  # original start of a province word right before ("محافظة", "استان")
    adjective: bool = False  # Arabic: a definite word after a definite noun ("الوضع القائم")
    clitic: str = ""  # Arabic clitics removed from the first word ("وب" in "وببغداد")


@lru_cache(maxsize=1)
def folded_words() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    """Trigger words and prepositions as folded keys."""
    before: dict[str, str] = {}
    for kind, words in TRIGGERS_BEFORE.items():
        for w in words:
            for k in name_keys(w):
                before.setdefault(k, kind)
    preps = {lang: frozenset(k for w in words for k in name_keys(w)) for lang, words in PREPOSITIONS.items()}
    after: dict[str, str] = {}
    for kind, words in EN_SUFFIX_TRIGGERS.items():
        for w in words:
            after[w] = kind
    return before, preps, after


def _is_latin(token: str) -> bool:
    return not is_arabic_script(token)


def _sentence_start(text: str, pos: int) -> bool:
    """True when only openers (spaces, quotes, brackets, bullets) stand between ``pos`` and the
    start of the text or the end of the previous sentence."""
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _capitalized(text: str, start: int, end: int) -> bool:
    chunk = text[start:end]
    return bool(chunk) and chunk[0].isupper()


def trigger_before(tk: TextKey, first: int, lang: str) -> tuple[str | None, bool]:
    """The trigger kind and whether a preposition stands before token ``first``."""
    before, preps, _ = folded_words()
    if first == 0 or not tk.joinable(first - 1):
        return None, False
    prev = tk.tokens[first - 1].text
    words = [prev]
    if lang in ("ar", "") or is_arabic_script(prev):
        words += [stem for stem, skip, _ in arabic_clitic_variants(prev) if skip]
    trigger = next((before[w] for w in words if w in before), None)
    if trigger is None and prev == "of" and first >= 2 and tk.joinable(first - 2):
        trigger = before.get(tk.tokens[first - 2].text)  # "city of Basra", "province of Anbar"
    prep_words = preps.get(lang) or frozenset().union(*preps.values())
    prep = any(w in prep_words for w in words)
    return trigger, prep


def _trigger_start(tk: TextKey, t: int) -> int | None:
    """Original start of the trigger word at token ``t`` without its attached clitics."""
    before, _, _ = folded_words()
    tok = tk.tokens[t]
    for stem, skip, _ in arabic_clitic_variants(tok.text):
        if before.get(stem) == "province":
            return tk.original(tok.start + skip, tok.end)[0]
    return None


def find_names(text: str, tk: TextKey, gaz: Gazetteer, lang: str, covered: Sequence[bool] | bytearray,
               person_words: frozenset[str] = frozenset()) -> list[Match]:
    """Every longest gazetteer name in ``text`` not overlapping a ``covered`` character.

    ``person_words`` are keys of words of person names found in the document: a name written
    elsewhere as part of a person's name ("Sheriff Bill Ripley ... Ripley said") is marked, and so
    is every occurrence of a name found glued to a capitalized word once (one sense per text).
    """
    tokens = tk.tokens
    first_tokens = gaz.first_tokens
    arabic_lang = lang in ("ar", "")
    persian = lang == "fa"
    _, _, after = folded_words()
    lowercase_words = _lowercase_words(text) if lang == "en" or not lang else frozenset()
    out: list[Match] = []
    n = len(tokens)
    i = 0
    counted = _number_words()
    while i < n:
        tok = tokens[i].text
        if i > 0 and tk.joinable(i - 1) and (tokens[i - 1].text.isdigit() or tokens[i - 1].text in counted):
            i += 1  # "ستين ميلاً", "سه نفر", "60 miles": a counted noun, not a place
            continue
        if is_arabic_script(tok) and (arabic_lang or not persian):
            variants = list(arabic_clitic_variants(tok)) if not persian else [(tok, 0, "")]
        else:
            variants = [(tok, 0, "")]
        options: list[tuple[int, str, int, str]] = []  # last token, key, skip, clitic
        whole_is_word = len(variants) > 1 and _rank(tok, lang, gaz) < 10**9
        for stem, skip, clitic in variants:
            maxn = first_tokens.get(stem)
            if not maxn or (skip and whole_is_word):
                continue  # "وكالة" is a word (agency), not و + a place
            parts = [stem]
            j = i
            for count in range(1, maxn + 1):
                if count > 1:
                    if j + 1 >= n or not tk.joinable(j):
                        break
                    j += 1
                    parts.append(tokens[j].text)
                key = " ".join(parts)
                if key in gaz:
                    options.append((j, key, skip, clitic))
        if not options and persian and not (i + 1 < n and tokens[i + 1].text in _EZAFE_MODIFIERS):
            ezafe = _persian_ezafe(tok, i, gaz)
            options = [ezafe] if ezafe else []
        options.sort(key=lambda o: (-o[0], o[2]))  # longest first; the bare token before clitic readings
        chosen: tuple[int, str, int, str, int, int, int] | None = None
        for last, key, skip, clitic in options:
            cut = len(tok) - len(key) if (persian and last == i and key != tok and not skip) else 0
            start, end = tk.original(tokens[i].start + skip, tokens[last].end - cut)
            if _is_latin(key) and all(len(tokens[t].text) == 1 for t in range(i, last + 1)) \
                    and text[end : end + 1] == ".":
                end += 1  # "U.S.": the abbreviation's last dot
            if any(covered[start:end]) or _inside_word(text, tk, i, last, cut) or _after_compound_prefix(tk, i, skip):
                break  # a shorter reading would be inside the same word or mention
            if _case_ok(text, tk, i, last, key, skip):
                chosen = (last, key, skip, clitic, cut, start, end)
                break
        if chosen is None:
            i += 1
            continue
        last, key, skip, clitic, cut, start, end = chosen
        m = Match(start, end, key, gaz.hits(key, lang), i, last, clitic=clitic)
        _evidence(m, text, tk, gaz, lang, clitic, after, lowercase_words)
        out.append(m)
        i = last + 1
    glued = {m.key for m in out if m.glued} | person_words
    for m in out:
        if m.key in glued:
            m.person_name = True
    return out


def _inside_word(text: str, tk: TextKey, first: int, last: int, cut: int) -> bool:
    """True when the match is only part of a word joined by a zero-width non-joiner
    ("وگو" in "گفت‌وگو"): the text key treats ZWNJ as a space, a name may not."""
    o_start, _ = tk.original(tk.tokens[first].start, tk.tokens[first].end)
    _, o_end = tk.original(tk.tokens[last].start, tk.tokens[last].end)
    return (o_start > 0 and text[o_start - 1] == ZWNJ) or (not cut and text[o_end : o_end + 1] == ZWNJ)


def _after_compound_prefix(tk: TextKey, first: int, skip: int) -> bool:
    """True after a word that starts a longer name ("بنت جبيل", "تل عفر"; see COMPOUND_PREFIXES)."""
    if skip or first == 0 or not tk.joinable(first - 1):
        return False
    prev = tk.tokens[first - 1].text
    if not is_arabic_script(prev):
        return False
    prefixes = _compound_prefixes()
    return any(stem in prefixes for stem, _, _ in arabic_clitic_variants(prev))


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Keys of the cardinal number words of ar/fa/en (the ones that are never other words)."""
    import importlib

    out: set[str] = set()
    for lang in ("ar", "fa", "en"):
        mod = importlib.import_module(f"khabar.lang.{lang}.events")
        ambiguous = set(getattr(mod, "AMBIGUOUS_NUMBERS", ()))
        for word in getattr(mod, "NUMBER_WORDS", {}):
            if word not in ambiguous:
                out.update(name_keys(word))
    return frozenset(out)


@lru_cache(maxsize=1)
def _compound_prefixes() -> frozenset[str]:
    return frozenset(k for w in COMPOUND_PREFIXES for k in name_keys(w))


def _persian_ezafe(tok: str, i: int, gaz: Gazetteer) -> tuple[int, str, int, str] | None:
    from khabar.places.keys import persian_suffix_variants

    for stem, cut in persian_suffix_variants(tok):
        if cut and stem in gaz:
            return i, stem, 0, ""
    return None


def _lowercase_words(text: str) -> frozenset[str]:
    """Latin words written in lower case somewhere in the text (common words, not names)."""
    return frozenset(w for w in text.split() if w.isalpha() and w.islower())


def _case_ok(text: str, tk: TextKey, first: int, last: int, key: str, skip: int) -> bool:
    """Latin matches must look like names in the original: the first word capitalized, and at
    least half of the others ("Ain al-Asad air base", "Anbar Province"); names of two letters
    upper-case ("US", "UK")."""
    if is_arabic_script(key):
        return True
    short = letters(key) <= 2
    capitalized = words = 0
    for t in range(first, last + 1):
        tok = tk.tokens[t]
        start, end = tk.original(tok.start + (skip if t == first else 0), tok.end)
        chunk = text[start:end]
        if not chunk:
            return False
        if short:
            if not (chunk.isupper() or (len(chunk) == 1 and chunk.isalpha())):
                return False
            continue
        upper = chunk[0].isupper() or chunk[0].isdigit()
        if t == first and not upper:
            return False
        if tok.text not in LATIN_PARTICLES:
            words += 1
            capitalized += upper
    return short or capitalized * 2 >= words


def _evidence(m: Match, text: str, tk: TextKey, gaz: Gazetteer, lang: str, clitic: str,
              after: dict[str, str], lowercase_words: frozenset[str]) -> None:
    tokens = tk.tokens
    m.trigger, m.prep = trigger_before(tk, m.first, lang)
    m.adjective = _arabic_adjective(tk, m, gaz)
    if m.trigger == "province" and m.first > 0:
        m.trigger_start = _trigger_start(tk, m.first - 1)
    if clitic and clitic.lstrip("وف") in _PREP_CLITICS:
        m.prep = True
    latin = _is_latin(m.key)
    nxt = m.last + 1
    if nxt < len(tokens) and tk.joinable(m.last):
        word = tokens[nxt].text
        o_start, o_end = tk.original(tokens[nxt].start, tokens[nxt].end)
        if latin and word in after and _capitalized(text, o_start, o_end):
            m.trigger = m.trigger or after[word]
            m.suffix_end = o_end
        elif latin and _capitalized(text, o_start, o_end) and _is_latin(word):
            m.next_capitalized = True
        elif latin and word in SPEECH_VERBS:
            m.speaker = True
    # ", Qualifier": "Alexandria, Louisiana", "Mosul, Iraq"
    gap = tk.key[tokens[m.last].end : tokens[nxt].start] if nxt < len(tokens) else ""
    if gap.strip() == ",":
        m.qualifiers = _qualifiers(tk, nxt, gaz)
    if latin:
        m.sentence_initial = _sentence_start(text, m.start)
        prev = tokens[m.first - 1] if m.first > 0 else None
        if (prev is not None and tk.joinable(m.first - 1) and not m.sentence_initial
                and tk.key[prev.end : tokens[m.first].start] == " "):
            p_start, p_end = tk.original(prev.start, prev.end)
            headline_word = _sentence_start(text, p_start) and prev.text.endswith(_VERBAL_ENDINGS)
            if (text[p_end : m.start].strip(" ") == "" and _capitalized(text, p_start, p_end)
                    and _is_latin(prev.text) and not headline_word
                    and prev.text not in DIRECTION_WORDS and prev.text not in _FUNCTION_WORDS
                    and prev.text not in CALENDAR_WORDS and prev.text not in folded_words()[0]):
                m.glued = True
        if " " not in m.key and letters(m.key) > 3 and m.key in lowercase_words:
            m.lowercase_elsewhere = True


#: Arabic-script demonstratives: the word after one is a common noun ("هذا الخبر" is "this news",
#: not Al Khobar; "این شهر").
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اين", "آن", "همين", "همان"})


@lru_cache(maxsize=1)
def _calendar_number_keys() -> frozenset[str]:
    """Weekdays, month names and number words of Arabic and Persian as keys: "دوشنبه" is Monday
    before it is Dushanbe, "دو" is two."""
    from khabar.lang.ar import dates as ar_dates
    from khabar.lang.fa import dates as fa_dates

    words: set[str] = set()
    for mod in (ar_dates, fa_dates):
        for table in ("WEEKDAYS", "CARDINALS", "GREGORIAN_MONTHS", "JALALI_MONTHS", "HIJRI_MONTHS"):
            words.update(getattr(mod, table, {}))
    return frozenset(k for w in words for k in name_keys(w))


def _after_demonstrative(tk: TextKey, m: Match) -> bool:
    if m.first == 0 or not tk.joinable(m.first - 1):
        return False
    prev = tk.tokens[m.first - 1].text
    return any(k in _DEMONSTRATIVES for k in name_keys(prev)) or prev in _DEMONSTRATIVES


def _arabic_adjective(tk: TextKey, m: Match, gaz: Gazetteer) -> bool:
    """True for a definite Arabic word right after a definite noun that is neither a trigger nor a
    preposition nor a place ("الوضع القائم", "الطريق الجديدة"): an adjective, not a name."""
    if _after_demonstrative(tk, m):
        return True
    if not m.key.startswith("ال") or m.first == 0 or not tk.joinable(m.first - 1) or m.trigger or m.prep:
        return False
    prev = tk.tokens[m.first - 1].text
    stems = [stem for stem, _, _ in arabic_clitic_variants(prev)]
    if not any(s.startswith("ال") and len(s) > 3 for s in stems):
        return False
    return not any(s in gaz or s in _direction_keys() for s in stems)


def _qualifiers(tk: TextKey, first: int, gaz: Gazetteer) -> list[Candidate]:
    """Provinces and countries named right after a comma (up to three tokens)."""
    tokens = tk.tokens
    out: list[Candidate] = []
    parts: list[str] = []
    for j in range(first, min(first + 3, len(tokens))):
        if j > first and not tk.joinable(j - 1):
            break
        parts.append(tokens[j].text)
        for cand, _ in gaz.hits(" ".join(parts)):
            if cand.kind in ("province", "country"):
                out.append(cand)
    return out


def required_level(m: Match, best: Candidate, quality: int, gaz: Gazetteer, ctx: Context) -> int:
    """How much evidence a match needs: 0 none, 1 weak (a preposition, the country named, a
    place nearby), 2 strong (a trigger word or qualifier; or weak evidence plus the country named
    or a place nearby)."""
    if best.source == "kb":
        return 0
    cc = best.country_code
    home = bool(cc) and (ctx.country_weight(cc, m.key) > 0 or cc in ctx.lang_countries)
    prominent = best.capital or best.population >= 1_000_000
    if best.kind == "country":
        level = 0
    elif best.kind == "city":
        level = 0 if (prominent or best.population >= 100_000 or home) else 1
    else:
        level = 0 if home else 1
    n = letters(m.key)
    arabic = is_arabic_script(m.key)
    if quality == DERIVED:
        level = max(level, 2 if arabic else 1)  # Arabic script: a name of the other language ("ترکیه")
    if arabic and n <= 2:
        level = max(level, 1)
    if best.kind != "country" and all(
            _frequent_word(m.key, c, bool(c.country_code) and (ctx.country_weight(c.country_code, m.key) > 0
                                                              or c.country_code in ctx.lang_countries), ctx.lang, gaz)
            for c, _ in m.hits):
        level = 2  # a frequent word, and none of its places is one the word usually means
    if best.kind == "country" and not home and m.key.endswith("ي") and _rank(m.key[:-1], ctx.lang, gaz) < 10**9:
        level = 2  # "مالی" is Mali and, far more often, مال + ی: Persian for "financial"
    if arabic and " " not in m.key and best.kind == "city" and not prominent \
            and not (home and best.population >= 100_000):
        # one Arabic-script word naming a small or foreign town: "بيان", "ليل" (Lille), "حائل"
        level = max(level, 1 if best.population >= 300_000 else 2)
    if m.adjective or m.key in _direction_keys():
        level = 3  # "الوضع القائم" (the status quo); "شمال" (north)
    if arabic and best.kind != "country" and m.key in _calendar_number_keys():
        level = 3  # "دوشنبه" (Monday), "دو" (two)
    major = prominent or best.kind == "country"
    if m.person_name and not (best.capital or best.kind == "country"):
        level = 3
    if m.clitic and not home and not prominent:
        level = max(level, 2)  # "بيان إن" read as ب + "يان ان" (Yan'an): a foreign town behind a clitic
    if not arabic:
        if quality != PRIMARY and not prominent:
            level = max(level, 1)  # GeoNames alternates in Latin are mostly other languages' exonyms
        if n <= 3 and best.kind != "country":
            level = max(level, 1)
        if m.lowercase_elsewhere:
            level = max(level, 2)
        if m.sentence_initial and " " not in m.key and not major and m.key.endswith(_VERBAL_ENDINGS):
            level = max(level, 2)  # "Reading the report, ..."
        if m.next_capitalized and level >= 1 and not major:
            level = 3  # "Metro Council", "Cottonport Fire Station" when not clearly a place
        if m.speaker and not major:
            level = 3  # "Taylor said"
        if m.glued or m.key in CALENDAR_WORDS:
            level = 3  # "Michael Jordan", "Paris Hilton"; "Saturday"
    return level


def _rank(key: str, lang: str, gaz: Gazetteer) -> int:
    """Frequency rank of ``key`` in the document's language (all languages when unknown)."""
    tables = gaz.common
    found = [tables[lang].get(key)] if lang in tables else [t.get(key) for t in tables.values()]
    return min((r for r in found if r is not None), default=10**9)


@lru_cache(maxsize=1)
def _direction_keys() -> frozenset[str]:
    """Prepositions and directions as keys: never a place on their own."""
    _, preps, _ = folded_words()
    return frozenset().union(*preps.values()) | frozenset(DIRECTION_WORDS)


def _frequent_word(key: str, best: Candidate, home: bool, lang: str, gaz: Gazetteer) -> bool:
    """True when ``key`` is a frequent word of the document's language (of any language when
    unknown) and the place is not one the word would usually mean there: a capital of a country
    where the language is spoken (تهران in Persian, بغداد in Arabic), a city of 300,000 or more
    there, or a foreign capital with a name of four letters or more (لندن; not كيف for Kyiv)."""
    tables = gaz.common
    ranks = [tables[lang].get(key)] if lang in tables else [t.get(key) for t in tables.values()]
    found = [r for r in ranks if r is not None]
    if not found:
        return False
    rank = min(found)
    if best.capital and home:
        return False
    if rank < VERY_COMMON:
        return True
    big = 1_000_000 if key.startswith("ال") else 300_000  # "العين", "الجديدة": words with the article
    if best.kind == "city" and home and best.population >= big:
        return False
    return not (best.capital and letters(key) >= 4)


def evidence_level(m: Match, best: Candidate, ctx: Context) -> int:
    """The evidence a match has (see :func:`required_level`)."""
    near = ctx.nearest_km(best, m.key) if best.kind != "country" else None
    big = best.kind != "city" or best.population >= 100_000
    named = bool(best.country_code) and ctx.country_weight(best.country_code or "", m.key) >= 1.0
    # a small town needs a place nearby; naming its country is not enough
    local = (named and big) or (near is not None and near < 300)
    if m.trigger or any(q.country_code == best.country_code for q in m.qualifiers):
        return 2
    if m.prep and local:
        return 2
    if m.prep or local:
        return 1
    return 0
