"""The phrase around a role candidate: the preposition that governs it, a person named after a
title, coordinated names, Persian objects marked by را (shared by :mod:`khabar.events.roles` and
:mod:`khabar.events.frames`)."""

from __future__ import annotations

from khabar.events.context import Candidate, Sent

__all__ = ["governor"]

_AR_CLITIC_PREPS = {"ب": "ب", "ل": "ل", "لل": "ل", "وب": "ب", "ول": "ل", "فب": "ب", "فل": "ل", "ك": "ك", "ولل": "ل"}
_PREP_LISTS = ("AGENT_PREPOSITIONS", "PARTNER_PREPOSITIONS", "TARGET_PREPOSITIONS", "PLACE_PREPOSITIONS",
               "OTHER_PREPOSITIONS")
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "province", "district", "region", "governorate"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def _part_of_place(sent: Sent, c: Candidate) -> bool:
    """"اقلیم کردستان عراق", "Kirkuk, Iraq": a country right after a place completes its name."""
    if c.kind != "country" or c.how != "mention":
        return False
    prev = sent.candidate(c.start - 1) or (sent.candidate(c.start - 2) if sent.words[c.start - 1] == "," else None)
    return prev is not None and prev.is_place and prev.kind != "country"


def governor(sent: Sent, cand: Candidate) -> str:
    """The preposition governing a candidate, as its normalized text ("" when none)."""
    clitic = cand.clitic.strip()
    if sent.lang == "ar" and clitic:
        for c in ("ولل", "لل", "وب", "ول", "فب", "فل", "ب", "ل", "ك"):
            if clitic.endswith(c):
                return _AR_CLITIC_PREPS[c]
    for k in range(cand.start - 1, max(-1, cand.start - 4), -1):
        tok = sent.tokens[k]
        if tok.is_punct or sent.candidate(k) is not None or tok.text.isdigit():
            return ""
        for name in _PREP_LISTS:
            for length in (3, 2, 1):
                s = k - length + 1
                if s >= 0 and sent.match(name, s) == length:
                    prep = sent.span_text(s, k + 1)
                    if prep == "of" and s > 0 and sent.words[s - 1] in _SETTLEMENTS:
                        return _settlement_governor(sent, s - 1)  # "toward the Saudi city of Jazan"
                    return prep
        if sent.lex.is_trigger_word(tok.text):
            return ""
        if sent.lang == "ar" and k == cand.start - 1 and tok.text[:1] in "بل" and len(tok.text) > 3:
            return tok.text[:1]  # "بقيادة X", "لصالح X"
        if sent.lang == "en" and tok.text not in ("the", "a", "an") and k < cand.start - 2:
            return ""
    return ""


def _settlement_governor(sent: Sent, noun: int) -> str:
    """The preposition before "(the) (Saudi) city of": it governs the place named after "of"."""
    for k in range(noun - 1, max(-1, noun - 4), -1):
        w = sent.words[k]
        c = sent.candidate(k)
        if w in ("the", "a", "an") or (c is not None and c.how == "nationality"):
            continue
        for name in _PREP_LISTS:
            if sent.match(name, k) == 1:
                return w
        return ""
    return ""


def _is(sent: Sent, name: str, prep: str) -> bool:
    words = prep.split()
    return bool(words) and sent.cue(name).match(words, 0) == len(words)


def _prefer_person(sent: Sent, cand: Candidate) -> Candidate:
    """"قائد فيلق القدس قاسم سليماني", "US Secretary of State Mike Pompeo": an organization or a
    nationality right before a person is the person's title."""
    if cand.type == "PER":
        return cand
    for c in sent.candidates:
        if c.type == "PER" and cand.end <= c.start <= cand.end + 4:
            gap = range(cand.end, c.start)
            if not any(sent.tokens[k].is_punct or sent.lex.is_trigger_word(sent.words[k]) or sent.candidate(k) for k in gap):
                return c
    return cand


def _object_marked(sent: Sent, cand: Candidate, hi: int) -> bool:
    """Persian: the candidate's phrase ends with را within a few words (a direct object)."""
    for k in range(cand.end, min(hi, cand.end + 5)):
        if sent.words[k] == "را":
            return True
        if sent.tokens[k].is_punct or sent.candidate(k) is not None or sent.lex.is_trigger_word(sent.words[k]) \
                or sent.words[k].isdigit():
            return False
    return False


def _free(sent: Sent, c: Candidate) -> bool:
    return not governor(sent, c)


def _pair(sent: Sent, c: Candidate, lo: int, hi: int) -> Candidate | None:
    """The candidate coordinated after ``c`` ("X و Y", "X and Y", "X، Y")."""
    for d in sent.candidates:
        if d.start <= c.start or not lo <= d.start < hi or d.agent is None:
            continue
        gap = [sent.words[k] for k in range(c.end, d.start)]
        joined = d.clitic.strip().startswith("و") or (sent.lang == "ar" and sent.words[d.start].startswith("و"))
        if len(gap) <= 1 and (joined or gap in (["و"], ["and"])):
            return d
        return None
    return None


def _pair_before(sent: Sent, c: Candidate) -> Candidate | None:
    """The candidate coordinated before ``c`` ("X و Y", "X and Y")."""
    for d in sent.candidates:
        if d.end <= c.start and d.agent is not None and _pair(sent, d, d.end, c.end) is c:
            return d
    return None
