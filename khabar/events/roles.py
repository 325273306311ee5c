"""Actor, target and place of an event, from the candidates of its sentence.

The rules read word order and prepositions, per language:

- **Actor.** An agent phrase after a passive or a noun ("by X", "من قبل X", "توسط X"); a
  nationality or name qualifying an event noun ("غارة أمريكية", "Turkish drone attack", "UN
  sanctions", "حمله ... اسرائیل"); otherwise the subject: in Arabic the first name after the verb
  (VSO), else the nearest before it; in English the nearest name before the verb; in Persian the
  first name of the clause that is not the object (followed by را) or inside a prepositional
  phrase. "X و Y" / "X and Y" / "بين X و Y" before a meeting or an agreement are actor and
  target. A passive without an agent, or a subject described as unknown ("مجهولة الهوية",
  "unidentified"), has no actor. Victims ("إصابة جنديين أمريكيين") are never the actor.
- **Target.** A name after a target preposition ("هجوم على Y", "attack on Y", "حمله به Y"; the
  recipient of aid, "to Y"); the direct object (after the subject in Arabic, after the verb in
  English, before را in Persian); the subject of a passive; the victims of the outcome clause; for
  an attack with none of these, the facility it hit ("the US Embassy"). Mobilizations and protests
  take a target only through a preposition.
- **Place.** A place name of the clause, after a locative preposition if possible, the most
  specific first (a base before its province); two countries and nothing more specific is no
  place (the event spans both). Speech acts and sanctions are placed only by an explicit "in X".

A name that is a role is not also the place, except a facility that is both target and place.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.events.context import PLACE_RANK, Candidate, Sent
from khabar.events.triggers import Trigger

__all__ = ["Roles", "assign_roles", "governor", "clause"]

_INTRANSITIVE_NOUN_TYPES = frozenset({"RETREAT", "PROTEST", "MOBILIZE", "CONSULT", "AID"})
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_EXPLICIT_TARGET_ONLY = frozenset({"MOBILIZE", "PROTEST"})
_PLACE_BY_PREPOSITION_ONLY = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "SANCTION"})
_FROM_AGENT_TYPES = frozenset({"REQUEST", "THREATEN", "AID", "SUPPORT"})
_AR_CLITIC_PREPS = {"ب": "ب", "ل": "ل", "لل": "ل", "وب": "ب", "ول": "ل", "فب": "ب", "فل": "ل", "ك": "ك", "ولل": "ل"}
_PREP_LISTS = ("AGENT_PREPOSITIONS", "PARTNER_PREPOSITIONS", "TARGET_PREPOSITIONS", "PLACE_PREPOSITIONS",
               "OTHER_PREPOSITIONS")
_UNKNOWN_RANK = 3
_SPEECH = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


@dataclass
class Roles:
    actor: Candidate | None = None
    target: Candidate | None = None
    place: Candidate | None = None
    unknown_actor: bool = False


def clause(sent: Sent, trig: Trigger, triggers: list[Trigger]) -> tuple[int, int]:
    """Token range of the trigger's clause: between the neighbouring triggers and the clause
    boundaries (punctuation, clause-break words) around it."""
    lo, hi = 0, len(sent.tokens)
    for t in triggers:
        if t.end <= trig.start:
            lo = max(lo, t.end)
        elif t.start >= trig.end:
            hi = min(hi, t.start)
    for k in range(trig.start - 1, lo - 1, -1):
        if sent.breaks[k]:
            lo = k + 1
            break
    for k in range(trig.end, hi):
        if sent.breaks[k]:
            hi = k
            break
    return lo, hi


def _windows(sent: Sent, trig: Trigger, triggers: list[Trigger]) -> tuple[int, int]:
    """The wide window of the trigger: from the previous trigger (in Persian the previous verb:
    the subject comes before the objects) or complementizer, to the next trigger, reporting verb
    (in English: the comma before it) or clause-break word."""
    before = [t for t in triggers if t.end <= trig.start and (sent.lang != "fa" or t.kind == "verb")]
    lo = max((t.end for t in before), default=0)
    for k in range(trig.start - 1, lo - 1, -1):
        if _complementizer(sent, k) or k in sent.reporting or sent.match("CLAUSE_BREAKS", k) or \
                sent.match("RELATIVES", k) or sent.words[k] in (";", "؛"):
            lo = k + max(1, sent.match("COMPLEMENTIZERS", k), sent.match("CLAUSE_BREAKS", k), sent.match("RELATIVES", k))
            break
    hi = min([t.start for t in triggers if t.start >= trig.end] + [len(sent.tokens)])
    for k in range(trig.end, hi):
        if k in sent.reporting or sent.match("CLAUSE_BREAKS", k) or sent.words[k] in (";", "؛") or \
                sent.match("CONDITIONS", k):
            hi = k
            if sent.lang == "en" and k in sent.reporting:
                commas = [j for j in range(trig.end, k) if sent.tokens[j].text == ","]
                hi = commas[-1] if commas else k
            break
    return lo, hi


def _complementizer(sent: Sent, k: int) -> bool:
    """A complementizer opening a clause; Persian "را که" opens a relative clause instead."""
    if not sent.match("COMPLEMENTIZERS", k):
        return False
    return not (sent.lang == "fa" and k > 0 and sent.words[k - 1] == "را")


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
                    return sent.span_text(s, k + 1)
        if sent.lex.is_trigger_word(tok.text):
            return ""
        if sent.lang == "ar" and k == cand.start - 1 and tok.text[:1] in "بل" and len(tok.text) > 3:
            return tok.text[:1]  # "بقيادة X", "لصالح X"
        if sent.lang == "en" and tok.text not in ("the", "a", "an") and k < cand.start - 2:
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


def _victims(sent: Sent, outcomes: list[tuple[int, int]]) -> set[int]:
    """Candidates naming the victims of an outcome ("إصابة جنديين أمريكيين", "killing two US
    soldiers", "دو نظامی سوری زخمی شدند")."""
    out = set()
    for s, e in outcomes:
        for c in sent.candidates:
            if 0 <= c.start - e <= 4 or 0 <= s - c.end <= 3:
                if not any(sent.tokens[k].is_punct for k in range(min(e, c.start), max(s, c.end))):
                    out.add(id(c))
    return out


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


def assign_roles(sent: Sent, trig: Trigger, triggers: list[Trigger],
                 outcomes: list[tuple[int, int]] | None = None) -> Roles:
    """Actor, target and place of one trigger; ``outcomes`` are the token ranges of its outcome
    words (their victims are targets, never actors)."""
    lo, hi = clause(sent, trig, triggers)
    wide_lo, wide_hi = _windows(sent, trig, triggers)
    if trig.support is not None:  # "نفذ الجيش ... عملية مشتركة": the subject of the carrying verb
        verb = Trigger(trig.type, trig.support, trig.support + 1, "verb", trig.entry, trig.features)
        others = [t for t in triggers if t is not trig]
        support_lo, _ = _windows(sent, verb, others)
        actor = _subject(sent, verb, support_lo, trig.start, _victims(sent, outcomes or []))
        if actor is not None:
            wide_lo = min(wide_lo, actor.start)
    victims = _victims(sent, outcomes or [])
    roles = Roles()
    passive = trig.has("passive") or trig.weak
    roles.actor = _explicit_agent(sent, trig, wide_hi)
    if roles.actor is None:
        roles.actor = _modifier(sent, trig)
    if roles.actor is None and trig.type in _PARTNER_TYPES:
        roles.actor, roles.target = _between(sent, trig, wide_hi)
    if roles.actor is None and not passive and trig.support is not None:
        verb = Trigger(trig.type, trig.support, trig.support + 1, "verb", trig.entry, trig.features)
        roles.actor = _subject(sent, verb, wide_lo, trig.start, victims)
    if roles.actor is None and not passive:
        roles.actor = _subject(sent, trig, wide_lo, wide_hi, victims)
    if roles.actor is None and not passive and trig.kind == "noun" and trig.type in _INTRANSITIVE_NOUN_TYPES:
        roles.actor = _genitive(sent, trig, wide_hi)
    roles.unknown_actor = bool(sent.find("UNKNOWN_ACTOR", max(wide_lo, trig.start - 6), min(wide_hi, trig.end + 6)))
    if roles.unknown_actor and roles.actor is not None and roles.actor.how == "nationality":
        roles.actor = None
    if roles.actor is not None and id(roles.actor) in victims:
        roles.actor = None
    if roles.actor is not None:
        roles.actor = _prefer_person(sent, roles.actor)
        if trig.type in _PARTNER_TYPES and roles.target is None:
            first = _pair_before(sent, roles.actor)
            if first is not None:  # "Turkey and Qatar signed": the first is the actor
                roles.actor, roles.target = first, roles.actor
            else:
                roles.target = _pair(sent, roles.actor, wide_lo, wide_hi)
    if roles.target is None:
        roles.target = _target(sent, trig, roles.actor, wide_lo, wide_hi, passive)
    if roles.target is None and trig.type == "ASSAULT":
        found = [c for c in sent.candidates if id(c) in victims and c.agent is not None]
        roles.target = found[0] if found else None
    if roles.target is not None:
        roles.target = _prefer_person(sent, roles.target)
    roles.place = _place(sent, trig, roles, lo, hi, wide_lo, wide_hi)
    if trig.type == "ASSAULT" and roles.target is None and roles.place is not None and roles.place.is_facility:
        roles.target = roles.place
    return roles


def _explicit_agent(sent: Sent, trig: Trigger, hi: int) -> Candidate | None:
    for c in sent.candidates:
        if not trig.end <= c.start < min(hi, trig.end + 8) or c.agent is None:
            continue
        prep = governor(sent, c)
        if prep and _is(sent, "AGENT_PREPOSITIONS", prep):
            return c
        if trig.kind == "noun" and trig.type in _FROM_AGENT_TYPES and _is(sent, "FROM_PREPOSITIONS", prep) \
                and c.start <= trig.end + 2:
            return c
    return None


def _modifier(sent: Sent, trig: Trigger) -> Candidate | None:
    """A nationality or name directly qualifying an event noun."""
    if sent.lang == "en":
        k = trig.start - 1
        while k >= 0 and sent.match("ATTACK_ADJECTIVES", k):
            k -= 1
        c = sent.candidate(k)
        if c is not None and c.agent is not None and (trig.kind == "noun" or c.how == "nationality"):
            if c.how == "nationality" or sent.words[k].endswith("'s") or trig.kind == "noun":
                return c
        return None
    if trig.kind != "noun":
        return None
    k = trig.end
    while k < len(sent.tokens) and sent.candidate(k) is None and sent.match("ATTACK_ADJECTIVES", k):
        k += 1  # "غارة جوية أمريكية", "حمله موشکی رژیم صهیونیستی"
    c = sent.candidate(k) if k < len(sent.tokens) else None
    if c is not None:
        if c.how == "nationality" and not governor(sent, c):
            return c
        if sent.lang == "fa" and c.agent is not None and not governor(sent, c) and trig.type not in _INTRANSITIVE_NOUN_TYPES:
            return c  # ezafe: "حمله ... اسرائیل به ..."
        return None
    if sent.lang == "fa" and trig.type not in _INTRANSITIVE_NOUN_TYPES:
        for k in range(trig.end + 2, min(len(sent.tokens), trig.end + 5)):
            if sent.lex.is_trigger_word(sent.words[k]):
                return None
            c = sent.candidate(k)
            if c is not None:
                if c.agent is not None and not governor(sent, c) and not sent.tokens[k - 1].is_punct:
                    return c
                return None
    return None


def _between(sent: Sent, trig: Trigger, hi: int) -> tuple[Candidate | None, Candidate | None]:
    """"محادثات بين واشنطن وطهران", "a meeting between X and Y": the two parties."""
    for c in sent.candidates:
        if trig.end <= c.start < min(hi, trig.end + 6) and c.agent is not None:
            if _is(sent, "BETWEEN_PREPOSITIONS", governor(sent, c)):
                return c, _pair(sent, c, c.end, hi)
    return None, None


def _subject(sent: Sent, trig: Trigger, lo: int, hi: int, victims: set[int]) -> Candidate | None:
    def fits(c: Candidate) -> bool:
        return c.agent is not None and id(c) not in victims and _free(sent, c)

    before = [c for c in sent.candidates if lo <= c.start and c.end <= trig.start and fits(c)]
    if sent.lang == "ar":
        if trig.kind == "verb":
            stop = min(hi, trig.end + 7)
            for k in range(trig.end, stop):  # the subject follows the verb, before any relative clause
                w = sent.words[k]
                if sent.match("RELATIVES", k) or sent.match("COMPLEMENTIZERS", k):
                    stop = k
                    break
                if sent.candidate(k) is None and w.startswith(("بال", "لل")) and len(w) > 4:
                    stop = k  # a prepositional phrase ("بالدور الذي أدته الصين")
                    break
            for c in sent.candidates:
                if trig.end <= c.start < stop and fits(c):
                    if c.how == "nationality" and c.start - trig.end > 2:
                        continue  # an adjective of a later noun ("ملف الديون العراقية"), not the subject
                    return c
        if trig.kind != "verb" or sent.words[trig.start].startswith("و"):
            return None  # "وبحث": a coordinated verb shares the subject before the و
        before = [c for c in before if not any(sent.breaks[k] for k in range(c.end, trig.start))]
        return before[-1] if before else None
    if sent.lang == "fa":
        if trig.kind == "noun":
            return None  # a Persian event noun is an object or complement; its agent follows it
        before = [c for c in before if not _object_marked(sent, c, trig.start)]
        return before[0] if before else None
    return before[-1] if before else None


def _genitive(sent: Sent, trig: Trigger, hi: int) -> Candidate | None:
    for c in sent.candidates:
        if trig.end <= c.start < min(hi, trig.end + 4) and c.agent is not None:
            prep = governor(sent, c)
            if not prep or (sent.lang == "en" and prep == "of"):
                return c
    return None


def _target_window_end(sent: Sent, trig: Trigger, hi: int) -> int:
    for k in range(trig.end, hi):
        if sent.match("COMPLEMENTIZERS", k) or sent.match("COORDINATORS", k) or sent.match("CONDITIONS", k):
            return k
    return hi


def _target(sent: Sent, trig: Trigger, actor: Candidate | None, lo: int, hi: int, passive: bool) -> Candidate | None:
    def ok(c: Candidate) -> bool:
        return (c.agent is not None or c.is_facility) and (actor is None or c.agent != actor.agent) \
            and not _part_of_place(sent, c)

    end = _target_window_end(sent, trig, hi)
    after = [c for c in sent.candidates if trig.end <= c.start < end and ok(c)]
    recipient = trig.type in ("AID", "COOPERATE")
    for c in after[:4]:
        prep = governor(sent, c)
        if not prep:
            continue
        if trig.type in _PARTNER_TYPES and _is(sent, "PARTNER_PREPOSITIONS", prep):
            return c
        if recipient and _is(sent, "RECIPIENT_PREPOSITIONS", prep) and c.agent is not None:
            return c
        if _is(sent, "TARGET_PREPOSITIONS", prep) and trig.type not in ("AID", "RETREAT") and (
                trig.type not in _SPEECH or _is(sent, "AGAINST_PREPOSITIONS", prep)):
            if c.is_place and not c.is_facility and c.kind != "country":
                continue
            return c
    if trig.type in _EXPLICIT_TARGET_ONLY:
        return None
    before = [c for c in sent.candidates if lo <= c.start and c.end <= trig.start and ok(c)]
    if passive and not trig.weak:
        if sent.lang == "ar":
            free_after = [c for c in after if _free(sent, c)]
            if free_after:
                return free_after[0]
        free_before = [c for c in before if _free(sent, c)]
        if free_before:
            return free_before[0] if sent.lang == "fa" else free_before[-1]
        return None
    if sent.lang == "fa":
        for c in before:
            if _object_marked(sent, c, trig.start):
                return c
        for c in before:
            prep = governor(sent, c)
            if prep and (_is(sent, "TARGET_PREPOSITIONS", prep) or
                         (trig.type in _PARTNER_TYPES and _is(sent, "PARTNER_PREPOSITIONS", prep))):
                if not (c.is_place and not c.is_facility and c.kind != "country"):
                    return c
        return None
    for c in after[:3]:
        if c.how == "nationality" and c.start - trig.end > 3 and not sent.match("FORCE_NOUNS", c.start - 1):
            continue  # "ملف الديون العراقية": an adjective of a topic, not the object
        if _free(sent, c) and (not c.is_place or c.is_facility or c.kind == "country" or c.state):
            return c
    return None


def _place(sent: Sent, trig: Trigger, roles: Roles, lo: int, hi: int, wide_lo: int, wide_hi: int) -> Candidate | None:
    """The place: a candidate of the clause before one of the wider window; then the most specific;
    then one after a locative preposition; then the nearest. None for two countries and nothing
    more specific, or (speech acts, sanctions) without an explicit locative preposition."""
    used = {id(roles.actor), id(roles.target)}
    strict = trig.type in _PLACE_BY_PREPOSITION_ONLY

    def locative(c: Candidate) -> bool:
        prep = governor(sent, c)
        return bool(prep) and _is(sent, "PLACE_PREPOSITIONS", prep)

    def topic(c: Candidate) -> bool:
        return any(sent.match("TOPIC_PREPOSITIONS", k) for k in range(max(0, c.start - 3), c.start))

    def object_place(c: Candidate) -> bool:
        """An ungoverned place is the object: after the verb (Arabic, English), before it (Persian)."""
        if governor(sent, c) or PLACE_RANK.get(c.kind, _UNKNOWN_RANK) < PLACE_RANK["province"]:
            return False
        return c.start >= trig.end or sent.lang == "fa" or id(c) == id(roles.target)

    def places(a: int, b: int) -> list[Candidate]:
        return [c for c in sent.candidates if a <= c.start < b and c.is_place and not topic(c) and
                (id(c) not in used or c.is_facility) and (not strict or locative(c)) and
                (locative(c) or object_place(c))]

    narrow = places(lo, hi)
    wide = [] if strict else [c for c in places(max(wide_lo, 0), wide_hi) if c not in narrow]
    found = narrow or wide
    if not found:
        return None
    best_rank = max(PLACE_RANK.get(c.kind, _UNKNOWN_RANK) for c in found)
    top = [c for c in found if PLACE_RANK.get(c.kind, _UNKNOWN_RANK) == best_rank]
    if best_rank == 0 and (len({c.entity for c in top}) > 1 or any(
            (p := _pair(sent, c, c.end, len(sent.tokens))) is not None and p.kind == "country" for c in top)):
        return None  # "in Iraq and Syria": the event spans two countries

    def score(c: Candidate) -> tuple[int, int]:
        return (0 if locative(c) else 1, min(abs(c.start - trig.end), abs(trig.start - c.end)))

    return min(top, key=score)
