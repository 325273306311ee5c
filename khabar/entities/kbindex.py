"""Knowledge-base names as compact keys, and their occurrences in a document.

Every name and short form of every entity is keyed with :func:`khabar.entities.keys.name_key`
under the Arabic and the Persian rules (so a Persian text finds an Arabic spelling and the other
way round) and, for multi-word Arabic-script names, also without the first word's article
("حشد الشعبی" for "الحشد الشعبي"). Matching walks the document's tokens: a match starts at a token
(after Arabic clitics و ف ب ل ك, or ``لل`` standing for ل + ال) and ends at a token end (or before
a Persian suffix ها/های, or the ezafe ی after a vowel), spaces and ZWNJs inside being free.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from khabar.entities.keys import is_arabic_script, name_key
from khabar.entities.lexicon import Lexicon
from khabar.entities.text import Analyzed
from khabar.kb import KnowledgeBase

__all__ = ["Entry", "KBIndex", "Match"]

LOGGER = logging.getLogger(__name__)

MAX_TOKENS = 10  # longest name, in tokens
_ACRONYM_RE = re.compile(r"^[A-Z0-9&.\- ]{2,8}$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One knowledge-base name under one key."""

    entity: str
    short: bool
    variant: bool  # a derived spelling (article dropped)
    acronym: bool  # Latin capitals: the text must be in capitals too
    latin: bool
    cased: bool  # a Latin name starting with a capital: the text must too
    only: str = ""  # a one-word name listed for this Arabic-script language only ("ar" or "fa")


@dataclass(frozen=True, slots=True)
class Match:
    """A knowledge-base key found in the text: tokens ``[tok_i, tok_j]`` (inclusive), the
    normalized span, and every entry under the key."""

    tok_i: int
    tok_j: int
    nstart: int
    nend: int
    key: str
    entries: tuple[Entry, ...]
    clitic: str  # the clitic letters left outside the span


class KBIndex:
    """Compact keys of all knowledge-base names, with a prefix set to stop walks early."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon) -> None:
        self.kb = kb
        self.lex = lex
        table: dict[str, list[Entry]] = defaultdict(list)
        for eid in sorted(kb.entities):
            ent = kb.entities[eid]
            full_keys = {lang: {k for n in ns for k, _ in self._keys(n, lang, False)} for lang, ns in ent.names.items()}
            for short, names in ((False, ent.names), (True, ent.short)):
                for lang in sorted(names):
                    for name in names[lang]:
                        for key, variant in self._keys(name, lang, short):
                            other = "fa" if lang == "ar" else "ar" if lang == "fa" else None
                            # A one-word name listed for one language only crosses scripts badly
                            # (Persian "المسیره", a TV channel, is the Arabic for "drone"): it
                            # needs the context a short form needs.
                            only = lang if (not short and other and " " not in name.strip()
                                            and other in full_keys and key not in full_keys[other]) else ""
                            latin = not is_arabic_script(name)
                            acronym = latin and bool(_ACRONYM_RE.match(name.strip())) and len(key) <= 6
                            cased = latin and name.strip()[:1].isupper()
                            entry = Entry(eid, short, variant, acronym, latin, cased, only)
                            if entry not in table[key]:
                                table[key].append(entry)
        # a name that is a full name somewhere is not "variant" if it is also a real name
        self.table: dict[str, tuple[Entry, ...]] = {k: tuple(v) for k, v in table.items()}
        self.prefixes: frozenset[str] = frozenset(k[:i] for k in self.table for i in range(1, len(k) + 1))
        self.entities_by_key: dict[str, frozenset[str]] = {k: frozenset(e.entity for e in v)
                                                           for k, v in self.table.items()}
        LOGGER.info("knowledge-base index: %d keys for %d entities", len(self.table), len(kb))

    def _keys(self, name: str, lang: str, short: bool) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        langs = ("ar", "fa") if lang in ("ar", "fa") else ("en",)
        for lg in langs:
            key = name_key(name, lg)
            if len(key) >= 2 and key not in self.lex.stop and (key, False) not in out:
                out.append((key, False))
        if lang in ("ar", "fa"):
            words = name.split()
            if len(words) >= 2 and words[0].startswith(("ال", "أل", "إل")) and len(words[0]) > 4:
                stripped = " ".join([words[0][2:]] + words[1:])
                for lg in langs:
                    key = name_key(stripped, lg)
                    if len(key) >= 4 and all(key != k for k, _ in out):
                        out.append((key, True))
        return out

    # -- matching ------------------------------------------------------------------------------

    def find(self, doc: Analyzed) -> list[Match]:
        """Every knowledge-base key occurring in the document (overlapping; resolved later)."""
        toks = doc.tokens
        n = len(toks)
        arabic_doc = doc.lang == "ar"
        persian_doc = doc.lang == "fa"
        out: list[Match] = []
        for i in range(n):
            first = toks[i].text
            starts: list[tuple[int, str, str]] = [(0, "", "")]  # (skip, virtual prefix, clitic)
            if is_arabic_script(first):
                if arabic_doc or persian_doc:
                    for ll in self.lex.lam_lam:
                        if first.startswith(ll) and len(first) > len(ll) + 1:
                            starts.append((len(ll), "ال", first[:len(ll)]))
                            break
                if arabic_doc:
                    for cl in self.lex.prefix_clitics:
                        if first.startswith(cl) and len(first) - len(cl) >= 3:
                            starts.append((len(cl), "", cl))
            for skip, virtual, clitic in starts:
                self._walk(doc, i, skip, virtual, clitic, persian_doc, out)
        return [self._trim(doc, m) for m in self._drop_generic(doc, out)]

    def _trim(self, doc: Analyzed, m: Match) -> Match:
        """A generic head before a one-word name stays outside the span ("خبرگزاری [[مهر]]",
        "وكالة [[رويترز]]", "پایگاه [[حریر]]")."""
        generic = self.lex.generic_affixes
        toks = doc.tokens
        i, j = m.tok_i, m.tok_j

        def gen(t: int) -> bool:
            text = toks[t].text[m.nstart - toks[t].start:] if t == m.tok_i else toks[t].text
            return text in generic or text.casefold() in generic

        lead = i
        while lead < j and gen(lead):
            lead += 1
        if lead > i and lead == j and toks[j].text not in self.lex.stop:
            i = lead
        if (i, j) == (m.tok_i, m.tok_j):
            return m
        nstart = toks[i].start if i > m.tok_i else m.nstart
        nend = toks[j].end if j < m.tok_j else m.nend
        return Match(i, j, nstart, nend, m.key, m.entries, m.clitic)

    def _drop_generic(self, doc: Analyzed, matches: list[Match]) -> list[Match]:
        """"وكالة رويترز" and "رويترز" both name Reuters: keep the span without the generic words."""
        generic = self.lex.generic_affixes
        qualifiers = self.lex.qualifiers
        keep: list[Match] = []
        for m in matches:
            ents = {e.entity for e in m.entries}
            drop = False
            for o in matches:
                if o is m or not (m.tok_i <= o.tok_i and o.tok_j <= m.tok_j) or (o.tok_i, o.tok_j) == (m.tok_i, m.tok_j):
                    continue
                if not ents & {e.entity for e in o.entries if not e.short}:
                    continue  # only a full name without the generic words replaces the longer one
                extra = [doc.tokens[t].text[m.nstart - doc.tokens[t].start:] if t == m.tok_i else doc.tokens[t].text
                         for t in range(m.tok_i, m.tok_j + 1) if not o.tok_i <= t <= o.tok_j]
                if extra and all(x in generic or x.casefold() in generic for x in extra):
                    drop = True
                    break
                if o.tok_i == m.tok_i and len(extra) == 1 and extra[0] in qualifiers:
                    drop = True  # "حزب‌الله لبنان" = Hezbollah + Lebanon
                    break
            if not drop:
                keep.append(m)
        return keep

    def _walk(self, doc: Analyzed, i: int, skip: int, virtual: str, clitic: str, persian: bool,
              out: list[Match]) -> None:
        toks = doc.tokens
        n = len(toks)
        head = virtual + toks[i].text[skip:]
        acc = ""
        prefixes, table = self.prefixes, self.table
        for j in range(i, min(n, i + MAX_TOKENS)):
            part = head if j == i else toks[j].text
            full = acc + part
            if full in table:
                self._add(doc, i, j, skip, len(virtual), full, len(part), clitic, out)
            if persian:
                for suf in self.lex.fa_suffixes:
                    if len(part) - len(suf) >= 2 and part.endswith(suf):
                        stem = full[: len(full) - len(suf)]
                        if suf == "ي" and stem[-1] not in "او":
                            continue
                        if stem in table:
                            self._add(doc, i, j, skip, len(virtual), stem, len(part) - len(suf), clitic, out)
            if full not in prefixes:
                return
            acc = full

    def _add(self, doc: Analyzed, i: int, j: int, skip: int, vlen: int, key: str, plen: int, clitic: str,
             out: list[Match]) -> None:
        toks = doc.tokens
        nstart = toks[i].start + skip
        nend = toks[j].start + plen if j > i else toks[i].start + skip + plen - vlen
        if (j > i and doc.lang == "fa" and toks[j].text in self.lex.fa_suffixes
                and toks[j].start == toks[j - 1].end + 1):
            nend = toks[j - 1].end  # "حوثی‌ها": the plural suffix stays outside the span
        if nend <= nstart:
            return
        entries = self.table[key]
        if any(e.latin for e in entries):
            s, _ = doc.norm.to_original(nstart, nend)
            surface = doc.original[s:nend and doc.norm.to_original(nstart, nend)[1]]
            keep = []
            for e in entries:
                if e.acronym and not surface.isupper():
                    continue
                if e.latin and e.cased and not (surface[:1].isupper() or surface[:1].isdigit()):
                    continue
                keep.append(e)
            entries = tuple(keep)
            if not entries:
                return
        out.append(Match(i, j, nstart, nend, key, entries, clitic))
