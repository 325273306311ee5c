"""Actor, target and place of an event, from the candidates of its sentence.

The rules read word order and prepositions, per language:

- **Orderer.** A person or body named as the one who ordered the act ("by order of X", "on the
  orders of X", "بأمر من X", "بتوجيه من X", "به دستور X", "به فرمان X") is its actor, over the
  executor and over a nationality ("the US strike ... on the orders of Trump": Trump). One rule
  everywhere: command responsibility. The orderer is never the target nor the place.
- **Actor.** An agent phrase after a passive or a noun ("by X", "من قبل X", "توسط X"; in
  Persian also before the verb, "توسط اسرائیل ترور شد"; the subject of a carrying verb after an event
  noun, "هجوم نفذته جماعة الحوثي"); a nationality or name qualifying an event noun ("غارة أمريكية", "Turkish drone attack", "UN
  sanctions", "حمله ... اسرائیل"); otherwise the subject: in Arabic the first name after the verb
  (VSO), else the nearest before it; in English the nearest name before the verb; in Persian the
  first name of the clause that is not the object (followed by را) or inside a prepositional
  phrase. "X و Y" / "X and Y" / "بين X و Y" before a meeting or an agreement are actor and
  target. A passive without an agent, or a subject described as unknown ("مجهولة الهوية",
  "unidentified"), has no actor. Victims ("إصابة جنديين أمريكيين") are never the actor.
- **Target.** A name after a target preposition ("هجوم على Y", "attack on Y", "حمله به Y"; the
  recipient of aid, "to Y"); the direct object (after the subject in Arabic, after the verb in
  English, before را in Persian); the subject of a passive; the victims of the outcome clause; for
  an attack with none of these, the facility it hit ("the US Embassy"). A facility the text says
  hosts a party's forces ("the base, which hosts US troops", "القاعدة التي تضم قوات أمريكية",
  "پایگاه عین‌الاسد، محل استقرار نیروهای آمریکایی", "Tower 22, a US outpost") gives way to that
  party: the facility stays the place. Mobilizations and protests
  take a target only through a preposition.
- **Other frames.** The genitive of an event noun of what befalls someone ("the assassination of
  X", "اغتيال X", "ترور X", "بازداشت X") is the target, never the actor. The subject of a verb of
  undergoing ("تعرضت X لهجوم", "X came under attack") is the target. The owner of an attacked
  facility ("مقراً لجهاز الموساد", "منشأة ... التابعة لشركة أرامكو", "Saudi Aramco's plant was
  attacked", "struck the convoy of X") is the target. A visit or aid to a capital ("زار بلينكن
  بغداد", "به تهران سفر کند", "aid to Beirut") is a dealing with its state; the city stays the
  place. A meeting's venue ("at the White House") is not its partner.
- **No participants.** A patron named after an affiliation phrase ("backed by Iran", "نزدیک به
  ایران", "المدعومة من إيران") is no candidate at all; forces a facility hosts are never the
  subject; a news outlet is a source (never a party to a meeting or a request); the addressee of
  "told" is not a subject.
- **Place.** A place name of the clause, after a locative preposition if possible, the most
  specific first (a base before its province); two countries and nothing more specific is no
  place (the event spans both). Speech acts and sanctions are placed only by an explicit "in X".

A name that is a role is not also the place, except a facility that is both target and place.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.events.context import PLACE_RANK, Candidate, Sent
from khabar.events.frames import (
    _executed_by,
    _hosted,
    _hosted_party,
    _modifies_event,
    _orderer,
    _own_verb_between,
    _owned_object,
    _patient,
    _same,
    _undergoer,
    _visited_capital,
)
from khabar.events.phrase import (
    _DETERMINERS,
    _free,
    _is,
    _object_marked,
    _pair,
    _pair_before,
    _part_of_place,
    _prefer_person,
    governor,
)
from khabar.events.triggers import Trigger

__all__ = ["Roles", "assign_roles", "governor", "clause"]

_INTRANSITIVE_NOUN_TYPES = frozenset({"RETREAT", "PROTEST", "MOBILIZE", "CONSULT", "AID"})
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_EXPLICIT_TARGET_ONLY = frozenset({"MOBILIZE", "PROTEST"})
_PLACE_BY_PREPOSITION_ONLY = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "SANCTION"})
_FROM_AGENT_TYPES = frozenset({"REQUEST", "THREATEN", "AID", "SUPPORT"})
_UNKNOWN_RANK = 3
_SPEECH = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
_TELL = frozenset({"told", "tells", "tell", "informed", "briefed", "telling"})
#: Types whose target may be a news outlet (an office shelled, a channel banned, reporters detained).
_MEDIA_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"})  # as extract


@dataclass
class Roles:
    actor: Candidate | None = None
    target: Candidate | None = None
    place: Candidate | None = None
    unknown_actor: bool = False
    orderer: Candidate | None = None


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


def _victims(sent: Sent, outcomes: list[tuple[int, int]]) -> set[int]:
    """Candidates naming the victims of an outcome ("إصابة جنديين أمريكيين", "killing two US
    soldiers", "دو نظامی سوری زخمی شدند"): the nearest one after the outcome (and one coordinated
    with it), or the nearest one before it, with no punctuation or event word between. A name
    after an agent or locative preposition is not a victim ("was killed by Israel", "قتل X في
    غارة أمريكية")."""
    out = set()
    for s, e in outcomes:
        after = [c for c in sent.candidates if 0 <= c.start - e <= 4 and _victim_gap(sent, e, c.start) and
                 not _agent_or_place_phrase(sent, c)]
        if after:
            out.add(id(after[0]))
            pair = _pair(sent, after[0], after[0].end, len(sent.tokens))
            if pair is not None:
                out.add(id(pair))
        before = [c for c in sent.candidates if 0 <= s - c.end <= 3 and _victim_gap(sent, c.end, s)]
        if before:
            out.add(id(before[-1]))
    return out


def _victim_gap(sent: Sent, a: int, b: int) -> bool:
    return not any(sent.tokens[k].is_punct or sent.lex.is_trigger_word(sent.words[k]) for k in range(a, b))


def _agent_or_place_phrase(sent: Sent, c: Candidate) -> bool:
    prep = governor(sent, c)
    if not prep or prep in ("من", "of", "از"):  # partitive: "مقتل سبعة من عناصر الحرس"
        return False
    return _is(sent, "AGENT_PREPOSITIONS", prep) or _is(sent, "PLACE_PREPOSITIONS", prep)


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
    patient = _patient(sent, trig)
    if patient is not None:
        victims = victims | {id(patient)}  # "ترور سلیمانی", "اغتيال هنية": never the actor
    roles.orderer = _orderer(sent, trig, triggers, wide_lo)
    executor = None
    if roles.orderer is not None:  # the executor ("the US strike", "carried out by X") is not the target either
        executor = _explicit_agent(sent, trig, wide_lo, wide_hi) or _modifier(sent, trig)
    roles.actor = roles.orderer or _explicit_agent(sent, trig, wide_lo, wide_hi) or \
        _outcome_agent(sent, outcomes or [], wide_lo, wide_hi)
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
    if roles.actor is not None and id(roles.actor) in victims and roles.actor is not roles.orderer:
        roles.actor = None
    if roles.actor is not None:
        roles.actor = _prefer_person(sent, roles.actor)
        if trig.type in _PARTNER_TYPES and roles.target is None:
            first = _pair_before(sent, roles.actor)
            if first is not None:  # "Turkey and Qatar signed": the first is the actor
                roles.actor, roles.target = first, roles.actor
            else:
                roles.target = _pair(sent, roles.actor, wide_lo, wide_hi)
    if roles.actor is not None and roles.actor.kind == "media" and trig.type != "ACCUSE":
        roles.actor = None  # "told Tigris Times", "المسيرة" read as a channel: an outlet hits nobody
    if roles.target is None and patient is not None and not _same(patient, roles.actor):
        roles.target = patient
    if roles.target is None:
        roles.target = _target(sent, trig, roles.actor, wide_lo, wide_hi, passive, executor)
    if roles.target is not None and roles.target.kind == "media" and trig.type not in _MEDIA_TARGET_TYPES:
        roles.target = None  # "در گفت‌وگو با خبرگزاری تسنیم": an interview, not a meeting
    if roles.target is None and trig.type == "ASSAULT":
        found = [c for c in sent.candidates if id(c) in victims and c.agent is not None and not _same(c, roles.actor)
                 and not _same(c, executor)]
        roles.target = found[0] if found else None
    if roles.target is not None and _reporter(sent, roles.target):
        roles.target = None  # "وأفادت هيئة ... بأن صاروخا أصاب": the reporter, not the one hit
    if roles.target is not None:
        roles.target = _prefer_person(sent, roles.target)
    if roles.orderer is not None and _same(roles.target, roles.orderer):
        roles.target = None  # the one who gave the order is never the one hit
    roles.place = _place(sent, trig, roles, lo, hi, wide_lo, wide_hi)
    if trig.type == "ASSAULT" and roles.target is None and roles.place is not None and roles.place.is_facility:
        roles.target = roles.place
    if trig.type == "ASSAULT" and roles.target is not None and roles.target.is_facility:
        hosted = _hosted(sent, roles.target, wide_hi)
        if hosted is not None and not _same(hosted, roles.actor):
            if roles.place is None:
                roles.place = roles.target
            roles.target = hosted
    return roles


def _explicit_agent(sent: Sent, trig: Trigger, lo: int, hi: int) -> Candidate | None:
    for c in sent.candidates:
        if not trig.end <= c.start < min(hi, trig.end + 8) or c.agent is None:
            continue
        prep = governor(sent, c)
        if prep and _is(sent, "AGENT_PREPOSITIONS", prep):
            return c
        if trig.kind == "noun" and trig.type in _FROM_AGENT_TYPES and _is(sent, "FROM_PREPOSITIONS", prep) \
                and c.start <= trig.end + 2:
            return c
        if trig.kind == "noun" and _executed_by(sent, trig, c):
            return c
    if sent.lang == "fa":  # "توسط اسرائیل ترور شد": the agent phrase precedes the verb
        for c in sent.candidates:
            if lo <= c.start and c.end <= trig.start and c.agent is not None and \
                    _is(sent, "AGENT_PREPOSITIONS", governor(sent, c)):
                return c
    return None


def _outcome_agent(sent: Sent, outcomes: list[tuple[int, int]], lo: int, hi: int) -> Candidate | None:
    """"Two soldiers were killed by Islamic State militants in an attack": the agent of the
    casualty verb is the attacker."""
    for _, e in outcomes:
        for c in sent.candidates:
            if lo <= c.start < hi and e <= c.start <= e + 6 and c.agent is not None and \
                    _is(sent, "AGENT_PREPOSITIONS", governor(sent, c)) and \
                    not any(sent.tokens[k].is_punct or sent.lex.is_trigger_word(sent.words[k]) for k in range(e, c.start)):
                return c
    return None


def _modifier(sent: Sent, trig: Trigger) -> Candidate | None:
    """A nationality or name directly qualifying an event noun."""
    if sent.lang == "en":
        k = trig.start - 1
        while k >= 0 and sent.match("ATTACK_ADJECTIVES", k):
            k -= 1
        if k > 0 and sent.words[k] == "." and sent.candidate(k - 1) is not None:
            k -= 1  # "a U.S. drone strike": the abbreviation's dot is a token of its own
        c = sent.candidate(k)
        nounish = trig.kind == "noun" or trig.has("article") or (k > 0 and sent.words[k - 1] in _DETERMINERS)
        # "The US strike that ...", "a U.S. drone strike"
        if c is not None and c.agent is not None and (nounish or c.how == "nationality"):
            if c.how == "nationality" or sent.words[k].endswith("'s") or nounish:
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
    if sent.lang == "fa" and trig.type not in _INTRANSITIVE_NOUN_TYPES and trig.type not in _SPEECH:
        # "حمله موشکی اسرائیل": an ezafe agent; after a speech noun ("خواستار خروج نیروهای آمریکایی")
        # the ezafe is what is asked for, not who asks
        for k in range(trig.end, min(len(sent.tokens), trig.end + 5)):
            if sent.lex.is_trigger_word(sent.words[k]):
                return None
            if k < trig.end + 2:
                continue
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
        return c.agent is not None and id(c) not in victims and _free(sent, c) and not _hosted_party(sent, c) \
            and not (sent.lang == "en" and c.start > 0 and sent.words[c.start - 1] in _TELL)  # "told X": the addressee

    before = [c for c in sent.candidates if lo <= c.start and c.end <= trig.start and fits(c)]
    if trig.kind == "noun" and trig.support is None and _observed(sent, trig.start):
        return None  # "CENTCOM called the attack reckless": a speaker about the act, not its author
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


def _modifier_of_noun(sent: Sent, c: Candidate) -> bool:
    """English: a country name used as an adjective ("U.S. assets", "Iran oil"): a plain lowercase
    word follows it."""
    if sent.lang != "en" or c.end >= len(sent.words) or c.kind != "country":
        return False
    k = c.end
    w = sent.tokens[k].text
    return w.isalpha() and w.islower() and not sent.lex.is_trigger_word(sent.words[k]) and not any(
        sent.match(name, k) for name in ("PLACE_PREPOSITIONS", "TARGET_PREPOSITIONS", "OTHER_PREPOSITIONS",
                                          "COORDINATORS", "REPORTING", "RELATIVES", "COMPLEMENTIZERS"))


def _reporter(sent: Sent, c: Candidate) -> bool:
    """The subject of a reporting verb ("أفادت هيئة ... بأن", "UKMTO said", "سنتکام اعلام کرد"):
    a source of what follows, never its target."""
    if sent.lang == "ar":
        return c.start - 1 in sent.reporting
    return any(k in sent.reporting for k in range(c.end, min(len(sent.words), c.end + 2))) and \
        not any(sent.tokens[k].is_punct for k in range(c.end, min(len(sent.words), c.end + 1)))


def _observed(sent: Sent, start: int) -> bool:
    """An event noun that is the object of a word of speaking about or looking into it, within five
    words ("called the attack", "an investigation into the bombing")."""
    for k in range(start - 1, max(-1, start - 6), -1):
        if sent.tokens[k].is_punct or sent.candidate(k) is not None:
            return False
        if sent.match("OBSERVER_WORDS", k):
            return True
    return False


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


def _target(sent: Sent, trig: Trigger, actor: Candidate | None, lo: int, hi: int, passive: bool,
            executor: Candidate | None = None) -> Candidate | None:
    found = _target_of(sent, trig, actor, lo, hi, passive, executor)
    if found is None and trig.type in ("AID", "CONSULT"):
        found = _visited_capital(sent, trig, actor, lo, _target_window_end(sent, trig, hi))
    return found


def _target_of(sent: Sent, trig: Trigger, actor: Candidate | None, lo: int, hi: int, passive: bool,
               executor: Candidate | None = None) -> Candidate | None:
    def ok(c: Candidate) -> bool:
        return (c.agent is not None or c.is_facility) and (actor is None or c.agent != actor.agent) \
            and not _part_of_place(sent, c) and not _same(c, executor) and not _reporter(sent, c)

    end = _target_window_end(sent, trig, hi)
    after = [c for c in sent.candidates if trig.end <= c.start < end and ok(c)]
    recipient = trig.type in ("AID", "COOPERATE")
    undergoer = _undergoer(sent, trig, lo)
    if undergoer is not None and ok(undergoer):
        return undergoer
    for c in after[:4]:
        prep = governor(sent, c)
        if not prep:
            continue
        if trig.type in _PARTNER_TYPES and _is(sent, "PARTNER_PREPOSITIONS", prep):
            return c
        if trig.type in _PARTNER_TYPES and _is(sent, "TARGET_PREPOSITIONS", prep):
            continue  # "will meet X at the White House", "talks on Iran": a place or a topic, not a party
        if trig.type == "ASSAULT" and _owned_object(sent, trig, c):
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
        free_before = [c for c in before if _free(sent, c) and not _own_verb_between(sent, c, trig)]
        if free_before:
            return free_before[0] if sent.lang == "fa" else free_before[-1]
        return None
    if sent.lang == "fa":
        for c in before:
            if _object_marked(sent, c, trig.start):
                return c
        marks = [k for k in range(lo, trig.start) if sent.words[k] == "را"]
        if trig.type in ("ASSAULT", "COERCE", "SANCTION") and marks:
            # "هفت شرکت و دو کشتی را به دلیل ... به سوریه تحریم کرد": after the object, a phrase with
            # به is an adverbial, not the one sanctioned or hit
            before = [c for c in before if c.end <= marks[-1]]
        for c in before:
            prep = governor(sent, c)
            if prep and (_is(sent, "TARGET_PREPOSITIONS", prep) or
                         (trig.type in _PARTNER_TYPES and _is(sent, "PARTNER_PREPOSITIONS", prep))):
                if not (c.is_place and not c.is_facility and c.kind != "country"):
                    return c
        return None
    if sent.lang == "en" and passive:
        for c in before:  # "Saudi Aramco's Abqaiq plant was attacked": the owner
            if c.agent is not None and not c.is_place and sent.words[c.end - 1].endswith("'s"):
                return c
    for c in after[:3]:
        if any(sent.words[k] in (",", "،", ";", "؛", ":") for k in range(trig.end, c.start)):
            break  # the object follows its verb within the clause ("الزيارة، تعرضت قاعدة ..." is not)
        if c.how == "nationality" and c.start - trig.end > 3 and not sent.match("FORCE_NOUNS", c.start - 1):
            continue  # "ملف الديون العراقية": an adjective of a topic, not the object
        if trig.type == "SANCTION" and (c.how == "nationality" or _modifier_of_noun(sent, c)):
            continue  # "the sanctions freeze any U.S. assets": whose assets, not who is sanctioned
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

    def destination(c: Candidate) -> bool:
        """"sailing toward Suez", "الدخول إلى موانئ": where someone goes, not where it happened."""
        for k in range(c.start - 1, max(-1, c.start - 5), -1):
            if sent.tokens[k].is_punct or sent.candidate(k) is not None:
                return False
            if sent.match("MOTION_WORDS", k):
                return True
        return False

    def places(a: int, b: int) -> list[Candidate]:
        return [c for c in sent.candidates if a <= c.start < b and c.is_place and not topic(c) and
                not destination(c) and
                not _modifies_event(sent, c) and
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
