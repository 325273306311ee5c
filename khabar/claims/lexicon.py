"""Compiled attribution lexicons: the constants of ``khabar/lang/<lang>/attribution.py`` as keys.

Every word and phrase is normalized with :func:`khabar.text.normalize.normalize_key`, the rules
used for the text, so the matchers run on the document's normalized key. Arabic verbs also match
with the conjunctions و / ف attached ("وقال", "فأكد"); Arabic adjectives with their inflections
("أمني" -> "أمنية", "أمنيين", "الأمنية"); Persian verbs with their plural and perfect endings.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from khabar.text.normalize import normalize_key

__all__ = ["Lexicon", "lexicon_for", "SUPPORTED"]

SUPPORTED = ("ar", "fa", "en")

#: Arabic adjective endings added to a masculine singular base (after normalization ة is ه).
_AR_ADJ_ENDINGS = ("", "ه", "ين", "ون", "ان", "تين", "تان", "ات", "ا")
_WORD = r"[\w\u200c]"


@dataclass(frozen=True)
class Lexicon:
    """One language's attribution vocabulary, normalized, with compiled matchers."""

    lang: str
    side: str
    verbs: re.Pattern[str]
    verb_kind: dict[str, str]
    according: re.Pattern[str]
    cite: re.Pattern[str]
    comp: re.Pattern[str]
    relatives: re.Pattern[str] | None
    as_words: re.Pattern[str]
    anonymity: re.Pattern[str]
    anonymity_kind: dict[str, str]
    media: re.Pattern[str]
    heads: dict[str, tuple[str, int]]
    modifiers: dict[str, str]
    nationalities: dict[str, str]
    numbers: dict[str, int]
    vague: dict[str, str]
    tails: dict[str, str]
    titles: dict[str, str]
    glossary: dict[str, str]
    glossary_adj: dict[str, str]
    glossary_tails: dict[str, str]
    outlet_words: dict[str, str]
    own_reporter: frozenset[str]
    statement_words: frozenset[str]
    anaphors: frozenset[str]
    pronouns: frozenset[str]
    one_of: frozenset[str]
    person_nouns: dict[str, str]
    media_quantifiers: dict[str, str]
    issued: re.Pattern[str] | None = None
    told: re.Pattern[str] | None = None
    possessives: dict[str, str] = field(default_factory=dict)
    stops: frozenset[str] = field(default_factory=frozenset)
    honorifics: frozenset[str] = field(default_factory=frozenset)
    fillers: frozenset[str] = field(default_factory=frozenset)
    adjunct_starts: frozenset[str] = field(default_factory=frozenset)
    clause_words: frozenset[str] = field(default_factory=frozenset)
    not_after_verb: frozenset[str] = field(default_factory=frozenset)
    max_phrase: int = 4

    def phrase_at(self, table: dict[str, object] | frozenset[str], words: list[str], i: int) -> tuple[str, int] | None:
        """The longest phrase of ``table`` starting at ``words[i]``: (phrase, number of words)."""
        for n in range(min(self.max_phrase, len(words) - i), 0, -1):
            cand = " ".join(words[i : i + n])
            if cand in table:
                return cand, n
        return None


def _key(word: str, lang: str) -> str:
    return normalize_key(word, lang)


def _alternation(phrases: list[str]) -> str:
    """A regex alternation, longest first; spaces match a space or a ZWNJ."""
    uniq = sorted(set(p for p in phrases if p), key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"
    return "|".join(re.escape(p).replace(r"\ ", r"[ \u200c]") for p in uniq)


def _bounded(body: str, prefix: str = "") -> re.Pattern[str]:
    return re.compile(rf"(?<!{_WORD}){prefix}(?:{body})(?!{_WORD})")


def _keys(words: tuple[str, ...] | list[str], lang: str) -> list[str]:
    return [_key(w, lang) for w in words]


def _adjectives(table: dict[str, str], lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for word, english in table.items():
        base = _key(word, lang)
        forms = [base]
        if lang == "ar":
            forms = [base + e for e in _AR_ADJ_ENDINGS]
            forms += ["ال" + f for f in forms]
        for f in forms:
            out.setdefault(f, english)
    return out


def _with_article(table: dict[str, str], lang: str) -> dict[str, str]:
    """Arabic nouns also with the article ("هيئة" -> "الهيئة")."""
    if lang != "ar":
        return table
    out = dict(table)
    for k, v in table.items():
        if not k.startswith("ال"):
            out.setdefault("ال" + k, v)
    return out


def _table(table: dict[str, object], lang: str) -> dict[str, object]:
    return {_key(k, lang): v for k, v in table.items()}


@cache
def lexicon_for(lang: str | None) -> Lexicon | None:
    """The compiled lexicon for ``lang``, or None for a language khabar has no attribution data for."""
    if lang not in SUPPORTED:
        return None
    mod: ModuleType = importlib.import_module(f"khabar.lang.{lang}.attribution")
    get = lambda name, default=(): getattr(mod, name, default)  # noqa: E731
    kinds: dict[str, str] = {}
    endings = get("VERB_ENDINGS", ("",))
    for name, kind in (("REPORT_VERBS", "report"), ("CONTINUE_VERBS", "continue"), ("DENY_VERBS", "deny"),
                       ("STANCE_VERBS", "stance"), ("PARTICIPLES", "participle")):
        for verb in get(name):
            for ending in endings:
                kinds.setdefault(_key(verb + ending, lang), kind)
    for verb in get("REPORT_PRESENT"):
        kinds.setdefault(_key(verb, lang), "report")
    verb_body = _alternation(list(kinds))
    if lang == "ar":
        verbs = re.compile(rf"(?<!{_WORD})[وف]?(?P<v>{verb_body})(?!{_WORD})")
    elif lang == "fa":
        # "گفت و گو" (conversation) is not "گفت" (said).
        verbs = re.compile(rf"(?<!{_WORD})(?P<v>{verb_body})(?!{_WORD})(?![ \u200c]*و[ \u200c]*گو)")
    else:
        verbs = re.compile(rf"(?<!{_WORD})(?P<v>{verb_body})(?!{_WORD})")
    anonymity = _table(get("ANONYMITY", {}), lang)
    relatives = _keys(get("RELATIVES"), lang)
    ar_prefix = "[وف]?" if lang == "ar" else ""
    lex = Lexicon(
        lang=lang,
        side=get("SPEAKER_SIDE", "before"),
        verbs=verbs,
        verb_kind=kinds,
        according=_bounded(_alternation(_keys(get("ACCORDING"), lang)), ar_prefix),
        cite=_bounded(_alternation(_keys(get("CITE_MARKERS"), lang))),
        comp=_bounded(_alternation(_keys(get("COMPLEMENTIZERS"), lang))),
        relatives=_bounded(_alternation(relatives)) if relatives else None,
        as_words=_bounded(_alternation(_keys(get("AS_WORDS"), lang)), ar_prefix),
        anonymity=_bounded(_alternation(list(anonymity))),
        anonymity_kind={k: str(v) for k, v in anonymity.items()},
        media=_bounded(_alternation(_keys(get("MEDIA_HEADS"), lang)), "(?:ال)?" if lang == "ar" else ""),
        heads={k: v for k, v in _table(get("SOURCE_HEADS", {}), lang).items()},  # type: ignore[misc]
        modifiers=_adjectives(get("MODIFIERS", {}), lang),
        nationalities=_adjectives(get("NATIONALITIES", {}), lang),
        numbers={k: int(v) for k, v in _table(get("NUMBER_WORDS", {}), lang).items()},  # type: ignore[call-overload]
        vague={k: str(v) for k, v in _table(get("VAGUE_WORDS", {}), lang).items()},
        tails={k: str(v) for k, v in _table(get("TAIL_PREPOSITIONS", {}), lang).items()},
        titles={k: str(v) for k, v in _table(get("TITLES", {}), lang).items()},
        glossary=_with_article({k: str(v) for k, v in _table(get("GLOSSARY", {}), lang).items()}, lang),
        glossary_adj=_adjectives(get("GLOSSARY_ADJECTIVES", {}), lang) if lang != "ar"
        else {k: str(v) for k, v in _table(get("GLOSSARY_ADJECTIVES", {}), lang).items()},
        glossary_tails={k: str(v) for k, v in _table(get("GLOSSARY_TAILS", {}), lang).items()},
        outlet_words={k: str(v) for k, v in _table(get("OUTLET_WORDS", {}), lang).items()},
        own_reporter=frozenset(_keys(get("OWN_REPORTER"), lang)),
        statement_words=frozenset(_keys(get("STATEMENT_WORDS"), lang)),
        anaphors=frozenset(_keys(get("ANAPHORS"), lang)),
        pronouns=frozenset(_keys(get("PRONOUNS"), lang)),
        one_of=frozenset(_keys(get("ONE_OF"), lang)),
        person_nouns={k: str(v) for k, v in _table(get("PERSON_NOUNS", {}), lang).items()},
        media_quantifiers={k: str(v) for k, v in _table(get("MEDIA_QUANTIFIERS", {}), lang).items()},
        told=_bounded(_alternation(_keys(get("TOLD_PHRASES"), lang))) if get("TOLD_PHRASES") else None,
        issued=_bounded(_alternation(_keys(get("ISSUED_BY"), lang))) if get("ISSUED_BY") else None,
        possessives={k: str(v) for k, v in _table(get("POSSESSIVES", {}), lang).items()},
        stops=frozenset(_keys(get("STOPS"), lang)),
        honorifics=frozenset(_keys(get("HONORIFICS"), lang)),
        fillers=frozenset(_keys(get("FILLERS"), lang)),
        adjunct_starts=frozenset(_keys(get("ADJUNCT_STARTS"), lang)),
        clause_words=frozenset(_keys(get("CLAUSE_WORDS"), lang)),
        not_after_verb=frozenset(_keys(get("NOT_AFTER_VERB"), lang)),
    )
    return lex
