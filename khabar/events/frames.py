"""Case frames of actor and target beyond word order (see the notes of :mod:`khabar.events.roles`):
orderers ("by order of X"), executors ("نفذته X"), Persian agents before the verb, forces a
facility hosts, owners of a facility, the genitive of an assassination or an arrest, the subject
of a verb of undergoing, visits to a capital, and country names that qualify an event noun."""

from __future__ import annotations

from khabar.events.context import Candidate, Sent
from khabar.events.phrase import _DETERMINERS, _prefer_person, governor
from khabar.events.triggers import Trigger

__all__: list[str] = []

#: Prepositions of direction before a visited capital.
_DIRECTIONS = {"en": ("to",), "ar": ("إلى", "الى", "ل"), "fa": ("به",)}
_HOST_OPENERS = frozenset({"که", "which", "that", "where", "حيث"})


def _same(a: Candidate | None, b: Candidate | None) -> bool:
    return a is not None and b is not None and (a is b or (a.agent is not None and a.agent == b.agent))


def _patient(sent: Sent, trig: Trigger) -> Candidate | None:
    """The one an event noun befell, written as its genitive: "the assassination of X", "اغتيال
    X", "مقتل X", "ترور X", "بازداشت X"."""
    if trig.kind != "noun" or not any(sent.match("PATIENT_NOUNS", k) for k in range(trig.start, trig.end)):
        return None
    for k in range(trig.end, min(len(sent.tokens), trig.end + 4)):
        if sent.tokens[k].is_punct:
            return None
        c = sent.candidate(k)
        if c is not None:
            prep = governor(sent, c)
            ok = c.agent is not None and (not prep or (sent.lang == "en" and prep == "of"))
            return c if ok and not c.is_place else None
    return None


def _orderer(sent: Sent, trig: Trigger, triggers: list[Trigger], lo: int) -> Candidate | None:
    """The authority named by an order phrase of the trigger's stretch of the sentence: from the
    start of its wide window to the next event word of another type ("by order of X", "بأمر من
    X", "به دستور X"); titles between the phrase and the name are skipped."""
    hi = min([t.start for t in triggers if t.start >= trig.end and t.type != trig.type] + [len(sent.tokens)])
    for i, n in sent.find("ORDER_PHRASES", lo, hi):
        for k in range(i + n, min(len(sent.tokens), i + n + 5)):
            if sent.tokens[k].is_punct or sent.lex.is_trigger_word(sent.words[k]):
                break
            c = sent.candidate(k)
            if c is not None:
                if c.agent is not None and c.how == "mention":
                    return _prefer_person(sent, c)
                break
    return None


def _hosted(sent: Sent, facility: Candidate, hi: int) -> Candidate | None:
    """The party whose forces a facility hosts, from a relative clause or an appositive right
    after it: "Ain al-Asad, which hosts US troops", "قاعدة حرير التي تضم قوات أمريكية", "پایگاه
    عین‌الاسد که محل استقرار نیروهای آمریکایی است", "Tower 22, a US outpost"."""
    stop = min(len(sent.tokens), max(hi, facility.end + 1), facility.end + 10)
    k = facility.end
    while k < min(stop, facility.end + 3) and sent.candidate(k) is None and not sent.tokens[k].is_punct and \
            not sent.match("RELATIVES", k) and sent.words[k] not in ("که", "which", "that", "where") and \
            (sent.match("ATTACK_ADJECTIVES", k) or sent.match("FACILITY_NOUNS", k) or sent.tokens[k].raw[:1].isupper()
             or sent.words[k] in ("الجوية", "العسكرية", "هوایی", "نظامی")):
        k += 1  # "قاعدة عين الأسد الجوية التي ...", "Ain al-Asad Air Base, which ..."
    if k < stop and sent.words[k] in (",", "،", "(", "-", "–"):
        k += 1
    if k < stop and sent.words[k] in ("a", "an", "the"):
        k += 1
    c = sent.candidate(k) if k < stop else None
    if c is not None and (c.how == "nationality" or c.kind == "country") and c.end < len(sent.tokens) \
            and sent.match("FACILITY_NOUNS", c.end):
        return c  # appositive "a US outpost": a nationality right before a facility noun
    host = -1
    opener = -1
    for j in range(k, stop):  # a relative or "where" clause, after a locative phrase at most
        if sent.match("RELATIVES", j) or sent.words[j] in _HOST_OPENERS:
            opener = j
            break
        if sent.words[j] in (".", "؛", ";", ",", "،") or sent.lex.is_trigger_word(sent.words[j]):
            break
    start = opener if opener >= 0 else k
    for j in range(start, min(stop, start + 4)):
        if sent.match("HOST_WORDS", j):
            host = j
            break
        if sent.words[j] in (".", "؛", ";") or sent.lex.is_trigger_word(sent.words[j]):
            return None
    if host < 0:
        return None
    for j in range(host, min(stop + 4, len(sent.tokens))):
        c = sent.candidate(j)
        if c is not None:
            return c if c.agent is not None and (c.how == "nationality" or c.kind == "country" or c.type == "ORG") else None
        if sent.words[j] in (".", "؛", ";") or (j > host and sent.words[j] in (",", "،")):
            return None
    return None


def _executed_by(sent: Sent, trig: Trigger, c: Candidate) -> bool:
    """"هجوم ... نفذته جماعة الحوثي": the subject of a carrying verb whose object pronoun is the event."""
    for k in range(max(trig.end, c.start - 3), c.start):
        if sent.match("EXECUTION_VERBS", k):
            return not any(sent.tokens[j].is_punct for j in range(k, c.start))
    return False


def _own_verb_between(sent: Sent, c: Candidate, trig: Trigger) -> bool:
    """Persian: a finite verb between a name and the trigger ("خامنه‌ای نمی‌خواهد عراق ... صحنه
    درگیری شود") makes the name the subject of that verb, not of the trigger."""
    if sent.lang != "fa":
        return False
    return any(sent.words[k].startswith(("می", "نمی")) and len(sent.words[k]) > 4 and
               not sent.lex.is_trigger_word(sent.words[k]) for k in range(c.end, trig.start))


def _hosted_party(sent: Sent, c: Candidate) -> bool:
    """"... که محل استقرار نیروهای آمریکایی است", "which hosts US troops": forces a facility hosts
    are never the subject of the clause around it."""
    return any(sent.match("HOST_WORDS", k) for k in range(max(0, c.start - 3), c.start))


def _as_state(c: Candidate) -> Candidate:
    """A capital standing for its country (the place stays the city)."""
    return Candidate(c.start, c.end, c.capital_of or c.entity, "LOC", "country", "nationality", c.capital_of, c.clitic)


def _undergoer(sent: Sent, trig: Trigger, lo: int) -> Candidate | None:
    """"تعرضت السفارة الأميركية لهجوم", "the convoy came under attack": the subject of a verb of
    undergoing before the event noun is its target."""
    if trig.kind != "noun" or trig.type not in ("ASSAULT", "COERCE", "THREATEN", "SANCTION"):
        return None
    for i, n in sent.find("UNDERGO_VERBS", max(lo, trig.start - 12), trig.start):
        if sent.lang == "en":  # the subject before the verb: "the embassy came under attack"
            before = [c for c in sent.candidates if lo <= c.start and c.end <= i and (c.agent is not None or c.is_facility)
                      and not any(sent.tokens[k].is_punct for k in range(c.end, i))]
            return before[-1] if before else None
        for c in sent.candidates:
            if i + n <= c.start and c.end <= trig.start and (c.agent is not None or c.is_facility):
                if sent.lang != "ar" or governor(sent, c) in ("", "ل"):
                    return c
    return None


def _owned_object(sent: Sent, trig: Trigger, c: Candidate) -> bool:
    """"قصف ... مقراً لجهاز الموساد", "منشأة بقيق التابعة لشركة أرامكو", "a plant owned by X": the
    owner of the facility that is the object of an attack."""
    if c.agent is None or c.is_place:
        return False
    for k in range(max(trig.end, c.start - 3), c.start):
        if sent.match("OWNER_WORDS", k) and not any(sent.tokens[j].is_punct for j in range(k, c.start)):
            return True
    if sent.lang == "en" and governor(sent, c) == "of" and c.start - trig.end <= 5 and trig.kind == "verb":
        return not any(sent.tokens[j].is_punct or sent.candidate(j) for j in range(trig.end, c.start))  # "struck the convoy of X"
    if sent.lang == "ar" and governor(sent, c) == "ل":
        k = c.start - 1 if sent.candidate(c.start - 1) is None and sent.words[c.start - 1].startswith("ل") and \
            not sent.words[c.start].startswith("ل") else c.start
        # "مقراً لجهاز الموساد" / "مقراً للموساد": a facility noun right before
        for j in range(max(trig.end, k - 2), k):
            if sent.match("FACILITY_NOUNS", j):
                return True
    return False


def _modifies_event(sent: Sent, c: Candidate) -> bool:
    """A country name qualifying an event noun ("in a U.S. drone strike") is its agent, not its place."""
    if c.kind != "country" or sent.lang != "en":
        return False
    if c.start == 0 or sent.words[c.start - 1] not in _DETERMINERS:
        return False
    for k in range(c.end, min(len(sent.tokens), c.end + 3)):
        if (sent.tokens[k].is_punct and sent.words[k] != ".") or sent.candidate(k) is not None:
            return False  # ("U.S." may end in a token of its own)
        if sent.lex.is_trigger_word(sent.words[k]):
            return True
    return False


def _visited_capital(sent: Sent, trig: Trigger, actor: Candidate | None, lo: int, hi: int) -> Candidate | None:
    """A visit or aid to a capital is a dealing with its state: "aid to Beirut", "به تهران سفر
    کند", "will visit Baghdad", "زار بلينكن بغداد" (the city stays the place). Only after a
    preposition of direction or as the direct object of the event word; a meeting *in* a capital
    or talks *in* Vienna are not."""
    def fits(c: Candidate) -> bool:
        return c.capital_of is not None and c.agent is None and not (actor is not None and actor.agent == c.capital_of)

    for c in sent.candidates:
        if not fits(c) or not (lo <= c.start < hi):
            continue
        prep = governor(sent, c)
        if prep in _DIRECTIONS.get(sent.lang, ()):
            return _as_state(c)
        if not prep and c.start >= trig.end and trig.kind == "verb":
            after_verb = actor.end if actor is not None and trig.end <= actor.start < c.start else trig.end  # VSO
            if c.start - after_verb <= 1:
                return _as_state(c)
    return None
