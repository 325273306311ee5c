"""Entity recognition in one document: knowledge base, name rules, spaCy, then resolution.

Order of work in :meth:`Recognizer.recognize`:

1. knowledge-base keys found in the text (:class:`khabar.entities.kbindex.KBIndex`); each match
   chooses one entity by context (full names in the document, type cues such as "وكالة" or
   "استان" before, countries of the other entities, role organizations); short forms are kept only
   when safe (the full name is in the document, a type cue agrees, or the short form is
   unambiguous and not a nisba adjective);
2. names outside the knowledge base: Arabic/Persian rules (:mod:`khabar.entities.rules`) or, in
   English, spaCy (:mod:`khabar.entities.english`); they get minted ids (:func:`keys.mint_id`);
3. overlaps resolved longest first (knowledge base first on a tie; in English, knowledge base
   wins unless spaCy's span contains it and ends with a head word such as "Airport");
4. short forms of the people found (surname alone, "الدراجي" after "سعد الدراجي") take the full
   name's id; misspelled knowledge-base names (one edit) are accepted when the entity is already
   in the document or a title stands before them (:mod:`khabar.entities.coref`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from khabar.document import Mention
from khabar.entities import coref
from khabar.entities.english import load_spacy, spacy_names
from khabar.entities.kbindex import KBIndex, Match
from khabar.entities.keys import is_arabic_script, mint_id
from khabar.entities.lexicon import Lexicon, lexicon
from khabar.entities.rules import find_names
from khabar.entities.text import Analyzed, analyze
from khabar.kb import KnowledgeBase
from khabar.lang.en import names as en_names

__all__ = ["Candidate", "Recognizer", "guess_lang"]

LOGGER = logging.getLogger(__name__)

_PRIORITY = {"kb": 3, "kb-short": 3, "kb-fuzzy": 2, "rule": 1, "spacy": 1}
_PERSIAN_RE = re.compile("[پچژگکی]")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_LATIN_RE = re.compile("[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention before selection: normalized and original spans, type, entity id, how."""

    nstart: int
    nend: int
    start: int
    end: int
    type: str
    entity: str
    how: str
    given_len: int = 0  # person names found by rules: leading given-name words

    @property
    def length(self) -> int:
        return self.end - self.start


def guess_lang(text: str) -> str:
    """ar, fa or en from the letters when the document has no (supported) language."""
    arabic = len(_ARABIC_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    if arabic > latin:
        return "fa" if len(_PERSIAN_RE.findall(text)) > arabic * 0.01 else "ar"
    return "en"


class Recognizer:
    """Holds the knowledge-base index, the lexicons and the spaCy model; call :meth:`recognize`."""

    def __init__(self, kb: KnowledgeBase, *, spacy: bool = True) -> None:
        self.kb = kb
        self.lex: Lexicon = lexicon()
        self.index = KBIndex(kb, self.lex)
        self.fuzzy = coref.FuzzyIndex(kb, self.index)
        self.nlp: Any | None = load_spacy() if spacy else None

    # -- public -----------------------------------------------------------------------------------

    def recognize(self, text: str, lang: str | None) -> list[Mention]:
        """All mentions of ``text`` with their entity ids, sorted by position."""
        code = (lang or "").split("-")[0].lower()
        if code not in ("ar", "fa", "en"):
            code = guess_lang(text)
        if not text.strip():
            return []
        doc = analyze(text, code)
        kb_cands = self._kb_candidates(doc, self.index.find(doc))
        chosen = _select(kb_cands)
        chosen = _select(chosen + coref.misspelled(doc, chosen, self.kb, self.lex, self.fuzzy))
        blocked = _blocked_words(doc, chosen)
        extra: list[Candidate] = []
        if code in ("ar", "fa"):
            for r in find_names(doc, self.lex, blocked):
                s, e = doc.span(r.nstart, r.nend)
                if e > s:
                    extra.append(Candidate(r.nstart, r.nend, s, e, r.type, mint_id(r.type, text[s:e]),
                                           r.how, r.given_len))
        elif self.nlp is not None:
            extra += self._spacy(doc, chosen)
        chosen = _select(chosen + extra)
        chosen = coref.resolve(doc, chosen, self.kb, self.lex)
        chosen = _select(chosen)
        return [Mention(c.start, c.end, text[c.start:c.end], c.entity, c.type, c.how) for c in chosen]

    # -- knowledge base ---------------------------------------------------------------------------

    def _kb_candidates(self, doc: Analyzed, matches: list[Match]) -> list[Candidate]:
        kb = self.kb
        full_found: set[str] = set()
        for m in matches:
            full = {e.entity for e in m.entries if not e.short and not (e.only and e.only != doc.lang)}
            weak = m.tok_i == m.tok_j and (m.key in self.lex.nisba_adjectives or m.key in self.lex.stop)
            if len(full) == 1 and not weak:
                full_found |= full
        countries = Counter(c for eid in full_found if (c := kb.entities[eid].country))
        total = sum(countries.values()) or 1
        out: list[Candidate] = []
        for m in matches:
            best = self._choose(doc, m, full_found, countries, total)
            if best is None:
                continue
            eid, short = best
            s, e = doc.span(m.nstart, m.nend)
            if e > s:
                out.append(Candidate(m.nstart, m.nend, s, e, kb.entities[eid].type, eid,
                                     "kb-short" if short else "kb"))
        return out

    def _choose(self, doc: Analyzed, m: Match, full_found: set[str], countries: Counter[str],
                total: int) -> tuple[str, bool] | None:
        kb = self.kb
        cue = self._cue(doc, m)
        by_entity: dict[str, bool] = {}
        foreign: dict[str, bool] = {}
        for e in m.entries:
            by_entity[e.entity] = by_entity.get(e.entity, True) and e.short
            foreign[e.entity] = foreign.get(e.entity, True) and bool(e.only) and e.only != doc.lang
        ambiguous = len(self.index.entities_by_key.get(m.key, ())) > 1
        single = m.tok_i == m.tok_j
        scored: list[tuple[float, int, str, bool]] = []
        for eid in sorted(by_entity):
            short = by_entity[eid]
            ent = kb.entities[eid]
            found = eid in full_found
            agrees = cue is not None and cue == ent.type
            if cue is not None and cue != ent.type and not found:
                continue
            if not found and not agrees:
                if foreign[eid]:
                    continue  # Persian "القاعده" is al-Qaeda; Arabic "القاعدة" is first "the base"
                if short and (ambiguous or self._unsafe_short(doc, m)):
                    continue
                if not short and single and (m.key in self.lex.nisba_adjectives or m.key in self.lex.stop):
                    continue  # "العراقية" is an adjective unless "قناة" stands before it
            if single and self._after_number(doc, m) and not found:
                continue
            if single and m.clitic and doc.tokens[m.tok_i].text in self.lex.not_names:
                continue
            score = (0.0 if short else 2.0) + (3.0 if found else 0.0) + (2.0 if agrees else 0.0)
            if ent.country:
                score += countries.get(ent.country, 0) / total
            linked = {r.org for r in ent.roles if r.org} | ({ent.part_of} if ent.part_of else set())
            if linked & full_found:
                score += 1.5
            scored.append((score, 0 if short else 1, eid, short))
        if not scored:
            return None
        scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
        return scored[0][2], scored[0][3]

    def _cue(self, doc: Analyzed, m: Match) -> str | None:
        """The type the words around a match point to, if any."""
        lex = self.lex
        w = doc.tok_word[m.tok_i]
        word = doc.words[w]
        if doc.lang == "en":
            after = doc.original[doc.span(m.nstart, m.nend)[1]:][:40].split()
            nxt = after[0].strip(".,;:").casefold() if after else ""
            if nxt in en_names.ORG_CUES_AFTER:
                return "ORG"
            if nxt in en_names.LOC_CUES_AFTER:
                return "LOC"
            return None
        if m.clitic or w == 0 or any(ch in ".,;:!?«»()،؛" for ch in word.gap):
            prev = None
        else:
            prev = doc.words[w - 1].key
        if prev is None:
            return None
        variants = [prev] + [prev[len(c):] for c in lex.prefix_clitics if prev.startswith(c)]
        variants += ["ال" + prev[len(ll):] for ll in lex.lam_lam if prev.startswith(ll)]
        for v in variants:
            if v in lex.org_cues:
                return "ORG"
            if v in lex.loc_heads:
                return "LOC"
            if (v,) in lex.titles:
                return "PER"
        return None

    def _unsafe_short(self, doc: Analyzed, m: Match) -> bool:
        """A short form that could be an ordinary word: a given name, a stop word, an adjective of
        nationality, or a nisba-shaped surname right after a definite noun ("الجيش السوداني" is
        "the Sudanese army"; "قال السوداني" is al-Sudani speaking)."""
        key = m.key
        if key in self.lex.stop or key in self.lex.given:
            return True
        if is_arabic_script(key) and key.startswith("ال") and key.endswith("ي") and not m.clitic:
            w = doc.tok_word[m.tok_i]
            if w > 0 and not doc.words[w].gap and doc.words[w - 1].key.startswith("ال"):
                return True
        return False

    @staticmethod
    def _after_number(doc: Analyzed, m: Match) -> bool:
        """"۱۵ مهر": a single word after a number is a month or a unit, not a name."""
        return m.tok_i > 0 and doc.tokens[m.tok_i - 1].text.isdigit()

    # -- English ----------------------------------------------------------------------------------

    def _spacy(self, doc: Analyzed, chosen: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.original
        for name in spacy_names(self.nlp, text):
            inside = [c for c in chosen if c.start < name.end and name.start < c.end]
            if inside and not self._spacy_wins(text, name.start, name.end, name.type, inside):
                continue
            surface = text[name.start:name.end]
            known = self.fuzzy.latin_entity(surface)
            if known is not None and self.kb.entities[known].type == name.type:
                out.append(Candidate(-1, -1, name.start, name.end, name.type, known, "kb-fuzzy"))
                continue
            out.append(Candidate(-1, -1, name.start, name.end, name.type, mint_id(name.type, surface), "spacy"))
        return out


    @staticmethod
    def _spacy_wins(text: str, start: int, end: int, etype: str, inside: list[Candidate]) -> bool:
        """A longer spaCy span beats the knowledge-base mentions inside it when it is a full name
        around a short form ("Mohammed Sadiq al-Sadr" around "al-Sadr"), or a name that goes on
        after the known one with capitalized words ("Erbil International Airport")."""
        if not all(start <= c.start and c.end <= end and c.length < end - start for c in inside):
            return False
        if etype == "PER" and all(c.how == "kb-short" for c in inside):
            return True
        if len(inside) != 1 or inside[0].start != start:
            return False
        extra = text[inside[0].end:end].split()
        return bool(extra) and all(w[:1].isupper() for w in extra) and extra[-1].casefold() in en_names.HEAD_WORDS


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then knowledge base before rules, then earliest."""
    order = sorted(cands, key=lambda c: (-c.length, -_PRIORITY.get(c.how.split(":")[0], 0), c.start, c.entity))
    taken: list[Candidate] = []
    used = bytearray(max((c.end for c in cands), default=0))
    for c in order:
        if any(used[c.start:c.end]):
            continue
        taken.append(c)
        used[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(taken, key=lambda c: (c.start, c.end))


def _blocked_words(doc: Analyzed, chosen: list[Candidate]) -> list[bool]:
    """Words inside knowledge-base mentions (rules do not start or continue names there)."""
    blocked = [False] * len(doc.words)
    lex = lexicon()
    for c in chosen:
        span = doc.words_in(c.nstart, c.nend) if c.nstart >= 0 else doc.words_in(c.start, c.end, original=True)
        for w in span:
            word = doc.words[w]
            # a one-word organization that is also a given name (بدر) stays open to the rules
            if (c.how == "kb-short" and c.type == "PER") or (c.type != "PER" and word.key in lex.given
                                       and c.nend - c.nstart <= len(word.key)):
                continue
            blocked[w] = True
    return blocked
