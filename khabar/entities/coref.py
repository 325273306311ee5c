"""Short forms and misspellings inside one document.

- **Surnames**: after "سعد الدراجي" (or "Saad al-Darraji"), a later "الدراجي"/"الدراجی"/"al-Darraji"/
  "Darraji" is the same person. The surname of a rule-found name is what follows its given names;
  of a knowledge-base person, its last word (used only once the full name is in the document).
  Keys are consonant skeletons, so the article and spelling variants do not matter.
- **Misspellings of knowledge-base names** (one edit, "خامئني" for "خامنئي"): a symmetric-deletion
  index over the Arabic-script keys of people finds them; they are accepted for a multi-word full
  name, or for a single word when the person is already in the document or a title precedes it.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from khabar.entities.keys import is_arabic_script, latin_skeleton, name_key, skeleton
from khabar.entities.lexicon import Lexicon
from khabar.entities.text import Analyzed
from khabar.kb import KnowledgeBase

if TYPE_CHECKING:
    from khabar.entities.kbindex import KBIndex
    from khabar.entities.recognize import Candidate

__all__ = ["FuzzyIndex", "misspelled", "resolve"]

MIN_FUZZY_LEN = 6


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))} | {key}


class FuzzyIndex:
    """One-edit look-up of Arabic-script person keys (full names and short forms)."""

    def __init__(self, kb: KnowledgeBase, index: KBIndex) -> None:
        self.by_deletion: dict[str, set[str]] = defaultdict(set)
        self.table = index.table
        # Latin spellings: consonant skeletons of multi-word English names ("Abu Mahdi al-Mohandes")
        latin: dict[str, set[str]] = defaultdict(set)
        for eid in sorted(kb.entities):
            for name in kb.entities[eid].names.get("en", []):
                key = latin_skeleton(name)
                if len(name.split()) >= 2 and len(key) >= 6:
                    latin[key].add(eid)
        self.latin: dict[str, str] = {k: next(iter(v)) for k, v in latin.items() if len(v) == 1}
        for key, entries in index.table.items():
            if len(key) < MIN_FUZZY_LEN or not is_arabic_script(key):
                continue
            if not any(kb.entities[e.entity].type == "PER" for e in entries):
                continue
            for d in _deletions(key):
                self.by_deletion[d].add(key)
        # first words of multi-word person names: a misspelled full name starts with one of them
        firsts: set[str] = set()
        for eid in kb.entities:
            ent = kb.entities[eid]
            if ent.type != "PER":
                continue
            for lang in ("ar", "fa"):
                for name in ent.names.get(lang, []):
                    words = name.split()
                    if len(words) >= 2:
                        firsts.add(name_key(words[0], lang))
        self.first_words: frozenset[str] = frozenset(d for f in firsts for d in _deletions(f))
        self._cache: dict[str, list[str]] = {}

    def may_start(self, word: str) -> bool:
        """Whether ``word`` is within one edit of the first word of a known multi-word name."""
        got = self._cache.get("^" + word)
        if got is None:
            got = [word] if any(d in self.first_words for d in _deletions(word)) else []
            self._cache["^" + word] = got
        return bool(got)

    def latin_entity(self, surface: str) -> str | None:
        """The knowledge-base entity whose English name has this Latin spelling's skeleton."""
        if len(surface.split()) < 2:
            return None
        return self.latin.get(latin_skeleton(surface))

    def lookup(self, key: str) -> list[str]:
        """Known keys within one edit (insertion, deletion, substitution, transposition)."""
        if len(key) < MIN_FUZZY_LEN:
            return []
        got = self._cache.get(key)
        if got is None:
            found: set[str] = set()
            for d in _deletions(key):
                found |= self.by_deletion.get(d, set())
            got = sorted(k for k in found if k != key and OSA.distance(k, key) <= 1)
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[key] = got
        return got


def misspelled(doc: Analyzed, chosen: list[Candidate], kb: KnowledgeBase, lex: Lexicon,
               fuzzy: FuzzyIndex) -> list[Candidate]:
    """One-edit misspellings of knowledge-base people in the words no mention covers yet."""
    from khabar.entities.recognize import Candidate

    covered = [False] * len(doc.words)
    for c in chosen:
        for w in _words_in(doc, c):
            covered[w] = True
    return _fuzzy(doc, covered, kb, lex, fuzzy, {c.entity for c in chosen}, Candidate)


def resolve(doc: Analyzed, chosen: list[Candidate], kb: KnowledgeBase, lex: Lexicon) -> list[Candidate]:
    """Add surname mentions of the people found and give one-word look-alikes their id."""
    from khabar.entities.recognize import Candidate

    covered = [False] * len(doc.words)
    for c in chosen:
        for w in _words_in(doc, c):
            covered[w] = True
    out = list(chosen)
    surnames = _surnames(doc, out, kb, lex)
    if not surnames:
        return out
    for i, c in enumerate(out):
        # a one-word person found on its own (spaCy "Sindi") is the surname of a full name
        if c.how in ("spacy", "rule:title", "rule:loc-head") and len(_words_in(doc, c)) <= 2:
            hit = surnames.get(_key(doc.original[c.start:c.end]))
            if hit and hit[0] != c.entity and (c.type == "PER" or c.how == "spacy" or len(_words_in(doc, c)) == 1):
                out[i] = replace(c, entity=hit[0], type=hit[1], how=hit[2])
    for w in range(len(doc.words)):
        if covered[w]:
            continue
        for n in (2, 1):
            if w + n > len(doc.words) or any(covered[w:w + n]):
                continue
            if n == 2 and doc.words[w + 1].gap not in ("", "-"):
                continue
            hit = _surname_hit(doc, w, n, surnames, lex)
            if hit is None:
                continue
            eid, etype, how, clitic = hit
            nstart, nend = doc.words[w].start + clitic, doc.words[w + n - 1].end
            s, e = doc.span(nstart, nend)
            if e > s:
                out.append(Candidate(nstart, nend, s, e, etype, eid, how))
                covered[w:w + n] = [True] * n
            break
    return out


def _words_in(doc: Analyzed, c: Candidate) -> range:
    if c.nstart < 0:  # spaCy candidates carry original offsets only
        return doc.words_in(c.start, c.end, original=True)
    return doc.words_in(c.nstart, c.nend)


def _key(text: str) -> str:
    return skeleton(text) if is_arabic_script(text) else latin_skeleton(text)


def _surnames(doc: Analyzed, cands: list[Candidate], kb: KnowledgeBase,
              lex: Lexicon) -> dict[str, tuple[str, str, str]]:
    """Surname skeleton -> (entity id, type, how) for the people found; ambiguous ones dropped."""
    table: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for c in cands:
        if c.type != "PER":
            continue
        ws = list(_words_in(doc, c))
        if len(ws) < 2:
            continue
        if c.how.startswith("kb"):
            if c.how != "kb":
                continue
            tail = ws[-1:]
            how = "kb-short"
        elif c.given_len and c.given_len < len(ws):
            tail = ws[c.given_len:]
            how = "rule:coref"
        else:
            tail = ws[-1:]
            how = "rule:coref" if c.how.startswith("rule") else "spacy:coref"
        keys = [doc.words[w].key for w in tail]
        if len(tail) == 1 and (keys[0] in lex.nisba_adjectives or keys[0] in lex.stop):
            continue
        if len(tail) == 1 and keys[0] in lex.given and how != "kb-short":
            continue
        text = " ".join(keys)
        k = _key(text)
        if len(k) >= 3:
            table[k].add((c.entity, c.type, how))
    for c in cands:
        # a known organization named by one word here ("منظمة [[بدر]]") is that word again later
        if c.how == "kb" and c.type == "ORG" and len(_words_in(doc, c)) == 1:
            key = doc.words[_words_in(doc, c)[0]].key
            if len(key) >= 3 and key not in lex.stop:
                table["=" + key].add((c.entity, c.type, "kb-short"))
    return {k: next(iter(v)) for k, v in table.items() if len(v) == 1}


@functools.lru_cache(maxsize=50_000)
def _variants(first: str, arabic: bool, lam_lam: tuple[str, ...], clitics: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    out = [(first, 0)]
    if arabic:
        out += [("ال" + first[len(ll):], len(ll)) for ll in lam_lam if first.startswith(ll)]
        out += [(first[len(c):], len(c)) for c in clitics if first.startswith(c) and len(first) - len(c) >= 3]
    return tuple(out)


def _surname_hit(doc: Analyzed, w: int, n: int, surnames: dict[str, tuple[str, str, str]],
                 lex: Lexicon) -> tuple[str, str, str, int] | None:
    words = doc.words[w:w + n]
    first = words[0].key
    rest = [x.key for x in words[1:]]
    if n > 1 and any(x.key in lex.stop and x.key not in lex.given for x in words):
        return None  # a name does not contain "با", "في", "و" ... as a word
    hits = []
    for v, clitic in _variants(first, doc.lang == "ar", lex.lam_lam, lex.prefix_clitics):
        alias = "=" + v if n == 1 else ""
        k = _key(" ".join([v] + rest))
        if alias in surnames or k in surnames:
            hits.append((v, clitic, alias if alias in surnames else "", k))
    if not hits:
        return None
    nxt = doc.words[w + n] if w + n < len(doc.words) else None
    isolated = nxt is None or bool(nxt.gap) or nxt.key in lex.stop or nxt.key in lex.after_name
    prev = doc.words[w - 1] if w > 0 and not words[0].gap else None
    after_cue = prev is not None and (prev.key in lex.loc_heads or (prev.key,) in lex.titles
                                      or any(ch.isdigit() for ch in prev.key))
    for v, clitic, alias, k in hits:
        if n == 1 and (v in lex.stop or v in lex.nisba_adjectives):
            continue
        if doc.lang == "en":
            head = words[0] if n == 1 or words[0].key not in ("al", "el") else words[1]
            if not doc.original[doc.span(head.start, head.end)[0]].isupper():
                continue
        if alias:
            if after_cue or (clitic and first in lex.not_names):
                continue  # "۱۵ مهر" is a date, "استاندار فارس" a province, "بحماس" "with zeal"
            eid, etype, how = surnames[alias]
            return eid, etype, how, clitic
        if k in surnames:
            eid, etype, how = surnames[k]
            # "قاسم" alone may be Naim Qassem's surname; "قاسم سليماني" is someone else
            if n == 1 and v in lex.given and (how != "kb-short" or not isolated or after_cue):
                continue
            if n == 1 and v.startswith("ال") and v[2:] in lex.given:
                continue  # "الحسين" (the Imam) is not Fuad Hussein
            return eid, etype, how, clitic
    return None


def _fuzzy(doc: Analyzed, covered: list[bool], kb: KnowledgeBase, lex: Lexicon, fuzzy: FuzzyIndex,
           in_doc: set[str], cls: type[Candidate]) -> list[Candidate]:
    if doc.lang not in ("ar", "fa"):
        return []
    out: list[Candidate] = []
    words = doc.words
    w = 0
    while w < len(words):
        done = False
        for n in (3, 2, 1):
            if w + n > len(words) or any(covered[w:w + n]):
                continue
            if any(words[m].gap for m in range(w + 1, w + n)):
                continue
            if n > 1 and not fuzzy.may_start(words[w].key):
                continue
            if any(words[m].key in lex.stop and words[m].key not in lex.given for m in range(w, w + n)):
                continue  # a misspelled name does not span function words ("الحين إلى"; "علي" may be Ali)
            key = "".join(words[m].key for m in range(w, w + n))
            if key in lex.stop or key in lex.nisba_adjectives or key in lex.given:
                continue
            hits = fuzzy.lookup(key)
            if n == 1:  # one word: a swapped or wrong letter, not an added ending ("العامرية")
                hits = [h for h in hits if len(h) == len(key)]
            ents = sorted({e.entity for h in hits for e in fuzzy.table[h] if kb.entities[e.entity].type == "PER"})
            if len(ents) != 1:
                continue
            eid = ents[0]
            titled = any(w >= k and not any(words[m].gap for m in range(w - k + 1, w + 1))
                         and tuple(words[m].key for m in range(w - k, w)) in lex.titles for k in (1, 2, 3))
            if n == 1 and eid not in in_doc and not titled:
                continue
            s, e = doc.span(words[w].start, words[w + n - 1].end)
            out.append(cls(words[w].start, words[w + n - 1].end, s, e, "PER", eid, "kb-fuzzy"))
            in_doc.add(eid)
            covered[w:w + n] = [True] * n
            w += n
            done = True
            break
        if not done:
            w += 1
    return out
