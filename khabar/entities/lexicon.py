"""Name lexicons of ``khabar/lang/{ar,fa,en}/names.py`` turned into matching keys, once.

Every word list is normalized with the same rules as the text and folded into the unified key
(:mod:`khabar.entities.keys`), so a Persian title written with Arabic letters, or an Arabic name
written with Persian letters, is still found. Multi-word entries become tuples of word keys.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from khabar.entities.keys import compact, unify
from khabar.lang.ar import names as ar
from khabar.lang.en import names as en
from khabar.lang.fa import names as fa
from khabar.text.normalize import normalize_key

__all__ = ["Lexicon", "lexicon", "word_key"]


def word_key(word: str, lang: str) -> tuple[str, ...]:
    """The unified key of a lexicon entry as a tuple of word keys (ZWNJ joins, spaces split)."""
    key = unify(normalize_key(word, lang).replace("\u200c", ""))
    return tuple(compact(w) for w in key.split() if compact(w))


def _singles(words: Iterable[str], *langs: str) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        for lg in langs:
            k = word_key(w, lg)
            if len(k) == 1:
                out.add(k[0])
            elif k:
                out.add("".join(k))
    return frozenset(out)


def _phrases(words: Iterable[str], *langs: str) -> frozenset[tuple[str, ...]]:
    return frozenset(k for w in words for lg in langs if (k := word_key(w, lg)))


@dataclass(frozen=True)
class Lexicon:
    """Keys of every list, per purpose; Arabic and Persian lists are merged (both scripts occur
    in both languages' news)."""

    titles: frozenset[tuple[str, ...]]
    roles: frozenset[tuple[str, ...]]
    given: frozenset[str]
    ambiguous_given: frozenset[str]
    compound_heads: frozenset[str]
    compound_tails: frozenset[str]
    particles: frozenset[str]
    detached_surname: frozenset[str]
    surname_suffixes: tuple[str, ...]
    nisba_adjectives: frozenset[str]
    stop: frozenset[str]
    org_heads: frozenset[str]
    generic_org_heads: frozenset[str]
    loc_heads: frozenset[str]
    place_prefixes: frozenset[str]
    naming_cues: frozenset[str]
    quote_org_cues: frozenset[str]
    speech_verbs: frozenset[str]
    after_name: frozenset[str]
    org_head_en: dict[str, str]
    fa_suffixes: tuple[str, ...]
    prefix_clitics: tuple[str, ...]
    lam_lam: tuple[str, ...]
    en_titles: frozenset[str]
    org_cues: frozenset[str]
    generic_affixes: frozenset[str]
    not_names: frozenset[str]
    qualifiers: frozenset[str]
    demonstratives: frozenset[str]

    @property
    def max_title_len(self) -> int:
        return max(len(t) for t in self.titles | self.roles)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built on first use."""
    nisba = _singles(ar.NISBA_ADJECTIVES, "ar") | _singles(fa.NISBA_ADJECTIVES, "fa")
    # feminine and plural forms of the Arabic adjectives: العراقية، العراقيون، العراقيين
    nisba |= frozenset(n + s for n in _singles(ar.NISBA_ADJECTIVES, "ar") for s in ("ه", "ون", "ين", "يه"))
    return Lexicon(
        titles=_phrases(ar.TITLES, "ar") | _phrases(fa.TITLES, "fa"),
        roles=_phrases(ar.ROLES, "ar") | _phrases(fa.ROLES, "fa"),
        given=_singles(ar.GIVEN_NAMES, "ar") | _singles(fa.GIVEN_NAMES, "fa"),
        ambiguous_given=_singles(ar.AMBIGUOUS_GIVEN, "ar") | _singles(fa.AMBIGUOUS_GIVEN, "fa"),
        compound_heads=_singles(ar.COMPOUND_HEADS, "ar"),
        compound_tails=_singles(ar.COMPOUND_TAILS, "ar"),
        particles=_singles(ar.NAME_PARTICLES, "ar"),
        detached_surname=_singles(ar.DETACHED_SURNAME_PARTS, "ar") | _singles(fa.SURNAME_SUFFIXES, "fa"),
        surname_suffixes=tuple(sorted(_singles(fa.SURNAME_SUFFIXES, "fa"), key=len, reverse=True)),
        nisba_adjectives=nisba,
        stop=_singles(ar.STOP_WORDS, "ar") | _singles(fa.STOP_WORDS, "fa"),
        org_heads=_singles(ar.ORG_HEADS, "ar") | _singles(fa.ORG_HEADS, "fa"),
        generic_org_heads=_singles(ar.GENERIC_ORG_HEADS, "ar") | _singles(fa.GENERIC_ORG_HEADS, "fa"),
        loc_heads=_singles(ar.LOC_HEADS, "ar") | _singles(fa.LOC_HEADS, "fa"),
        place_prefixes=_singles(ar.PLACE_PREFIXES, "ar") | _singles(fa.PLACE_PREFIXES, "fa"),
        naming_cues=_singles(ar.NAMING_CUES, "ar") | _singles(fa.NAMING_CUES, "fa"),
        quote_org_cues=_singles(ar.QUOTE_ORG_CUES, "ar") | _singles(fa.NAMING_CUES, "fa"),
        speech_verbs=_singles(ar.SPEECH_VERBS, "ar"),
        after_name=_singles(ar.AFTER_NAME, "ar") | _singles(fa.AFTER_NAME, "fa"),
        org_head_en={"".join(word_key(k, "ar")): v for k, v in ar.ORG_HEAD_EN.items()},
        fa_suffixes=tuple("".join(word_key(s, "fa")) for s in fa.SUFFIXES),
        prefix_clitics=tuple("".join(word_key(c, "ar")) for c in ar.PREFIX_CLITICS),
        lam_lam=tuple("".join(word_key(c, "ar")) for c in ar.LAM_LAM),
        en_titles=en.TITLES,
        org_cues=_singles(ar.ORG_CUES, "ar") | _singles(fa.ORG_CUES, "fa"),
        generic_affixes=(_singles(ar.GENERIC_AFFIXES, "ar") | _singles(fa.GENERIC_AFFIXES, "fa")
                         | _singles(en.GENERIC_AFFIXES, "en")),
        not_names=_singles(ar.NOT_NAMES, "ar"),
        qualifiers=_singles(ar.QUALIFIERS, "ar") | _singles(fa.QUALIFIERS, "fa"),
        demonstratives=_singles(("هذه", "هذا", "تلك", "ذلك", "نفس", "این", "آن", "همین", "همان", "هر"), "ar"),
    )
