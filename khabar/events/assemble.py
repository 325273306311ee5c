"""From triggers to draft events, and the merging of drafts that name one event.

- Outcome words ("قُتل", "wounding", "کشته شدند") join the nearest attack of their sentence (the
  one before them, else the one after); alone, a killing or wounding is an attack of its own.
- Triggers of one type written together ("غارة إسرائيلية استهدفت", "قصف صاروخي استهدفها") are one
  event; so are a raid and the arrests made in it, the talks held during a visit, and an
  anaphoric definite noun ("the attack", "الهجوم") and the attack it refers back to.
- A REJECT of a report ("rejected reports that ...", "الاتهامات" after رفض) is a denial, not an
  event; storming by protesters is a PROTEST.
- Counts go to the event their outcome word belongs to, else to the nearest event whose type
  takes that key (see :data:`ADMITS`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from khabar.events.context import Sent
from khabar.events.dating import Dated
from khabar.events.quantities import Count, find_counts, no_casualty_spans, store
from khabar.events.roles import Roles
from khabar.events.triggers import Outcome, Trigger, find_outcomes, find_triggers

__all__ = ["Draft", "build_drafts", "apply_counts", "merge_drafts", "merge_document", "ADMITS"]

#: The quantity keys each event type takes.
ADMITS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"killed", "wounded", "rockets", "missiles", "drones", "shells"}),
    "COERCE": frozenset({"arrested", "people", "vehicles"}),
    "RETREAT": frozenset({"released", "people", "troops"}),
    "MOBILIZE": frozenset({"troops", "vehicles", "aircraft"}),
    "AID": frozenset({"tons", "aircraft", "vehicles", "usd"}),
    "SANCTION": frozenset({"people"}),
    "COOPERATE": frozenset({"people"}),
}

_OUTCOME_HOST = {"killed": "ASSAULT", "wounded": "ASSAULT", "arrested": "COERCE", "released": "RETREAT"}
_HOST_REACH = 25
_GAP_BLOCKERS = ("CONDITIONS", "CIRCUMSTANTIAL", "CLAUSE_BREAKS", "COMPLEMENTIZERS", "TOPIC_PREPOSITIONS")
_OUTCOME_REACH = 4
_OUTCOME_REACH_SOV = 12
_PROJECTILES = frozenset({"rockets", "missiles", "drones", "shells"})


@dataclass
class Draft:
    """An event being built."""

    sentence: Sent
    trigger: Trigger
    outcomes: list[Outcome] = field(default_factory=list)
    mode: str = "asserted"
    roles: Roles | None = None
    actor: str | None = None
    target: str | None = None
    place: tuple[str, str] | None = None  # (entity id, surface)
    place_from: Sent | None = None
    support: list[Sent] = field(default_factory=list)  # other sentences the event draws on
    quantities: dict[str, int] = field(default_factory=dict)
    dated: Dated | None = None
    shared: bool = False
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    clause: tuple[int, int] = (0, 0)

    @property
    def type(self) -> str:
        return self.trigger.type

    @property
    def outcome_spans(self) -> list[tuple[int, int]]:
        return [(o.start, o.end) for o in self.outcomes]

    @property
    def victim_spans(self) -> list[tuple[int, int]]:
        return [(o.start, o.end) for o in self.outcomes if o.kind in ("killed", "wounded")]

    def set_roles(self, roles: Roles, clause: tuple[int, int]) -> None:
        self.roles = roles
        self.clause = clause
        self.actor = roles.actor.agent if roles.actor else None
        self.target = roles.target.agent if roles.target else None
        if self.target is None and roles.target is not None:
            self.target = roles.target.entity
        if roles.place is not None:
            words = self.sentence.tokens[roles.place.start:roles.place.end]
            self.place = (roles.place.entity, " ".join(t.raw for t in words))


def _absorb(a: Trigger, b: Trigger, verb_last: bool = False) -> Trigger:
    """``a`` with ``b`` as another of its words (same type): ``a``'s span and features, plus ``b``'s
    voice when ``a`` is a noun ("غارة ... استهدفت"). With ``verb_last`` (Persian) a noun followed by
    its verb is the verb of the clause ("توافقنامه ... امضا کردند")."""
    feats = set(a.features) | ({"passive", "neg", "future", "subj", "present"} & set(b.features)
                               if a.kind == "noun" else set())
    kind = "verb" if a.kind == "verb" or (verb_last and b.kind == "verb") else a.kind
    return Trigger(a.type, a.start, a.end, kind, a.entry, frozenset(feats), a.weak and b.weak,
                   a.parts + ((b.start, b.end),) + b.parts, a.support)


def _last(t: Trigger) -> Trigger:
    """The last word of a trigger (with its parts), as a trigger of its own for adjacency."""
    s, e = t.spans[-1]
    return Trigger(t.type, s, e, t.kind, t.entry, t.features)


def _adjacent(sent: Sent, a: Trigger, b: Trigger) -> bool:
    """Same-type triggers written as one: side by side ("غارة إسرائيلية استهدفت"), a verb and its
    event noun in one clause ("شنت ... هجوما", "دفعت ... بتعزيزات", "held talks"), or a noun and the
    verb of its relative clause ("الهجوم الذي استهدف", "the attack that hit")."""
    gap = range(a.end, b.start)

    def clean(k: int) -> bool:
        c = sent.candidate(k)
        return not sent.tokens[k].is_punct and (c is None or c.how == "nationality")

    if any(sent.match(name, k) for k in gap for name in _GAP_BLOCKERS) or any(k in sent.reporting for k in gap):
        return False  # "التقى ... خلال زيارته", "بضرب ... إذا شنت": two events
    if len(gap) <= 2 and all(clean(k) for k in gap):
        return True
    if len(gap) > 8 or any(sent.tokens[k].is_punct for k in gap):
        return False
    if any(sent.match("COORDINATORS", k) for k in gap):
        return False
    if sent.lang in ("ar", "fa") and any(sent.words[k].startswith("و") and sent.lex.is_trigger_word(sent.words[k][1:])
                                         for k in gap):
        return False
    if a.kind == "noun" and b.kind == "verb":
        if sent.lang == "fa":
            return True  # "یک توافقنامه امنیتی ... امضا کردند": the noun, then its verb
        return len(gap) <= 2 and any(sent.match("RELATIVES", k) or sent.words[k] == "that" for k in gap)
    return a.kind != b.kind or (a.kind == "noun" and b.kind == "noun" and sent.lang != "fa")


def _report_rejection(sent: Sent, t: Trigger) -> bool:
    """A REJECT whose object is a report ("rejected reports", "الاتهامات", "گزارش ... را رد کرد")."""
    if t.type != "REJECT":
        return False
    reports = sent.cue("REPORT_NOUNS")
    if sent.lang == "fa":
        return any(reports.match(sent.words, k) for k in range(max(0, t.start - 8), t.start))
    return any(reports.match(sent.words, k) for k in range(t.end, min(len(sent.words), t.end + 4)))


def _protesters_before(sent: Sent, t: Trigger) -> bool:
    return any(sent.match("PROTESTERS", k) for k in range(max(0, t.start - 4), t.start))


def build_drafts(sent: Sent, skip: list[tuple[int, int]]) -> tuple[list[Draft], list[int]]:
    """Drafts of the sentence (one per event trigger, outcomes attached) and the token positions
    of REJECTs turned into denials; ``skip`` holds the token ranges of time expressions."""
    triggers = find_triggers(sent, skip)
    denial_cues: list[int] = []
    kept: list[Trigger] = []
    for t in triggers:
        if _report_rejection(sent, t):
            denial_cues.append(t.start)
            continue
        if t.type == "ASSAULT" and sent.match("RAIDS", t.start) and _protesters_before(sent, t):
            t = Trigger("PROTEST", t.start, t.end, t.kind, t.entry, t.features)
        if kept and kept[-1].type == t.type and _adjacent(sent, _last(kept[-1]), t):
            kept[-1] = _absorb(kept[-1], t, verb_last=sent.lang == "fa")
            continue
        kept.append(t)
    drafts = [Draft(sent, t) for t in kept]
    for o in find_outcomes(sent):
        host_type = _OUTCOME_HOST[o.kind]
        host = _host(sent, drafts, o, host_type)
        if host is not None:
            host.outcomes.append(o)
            continue
        if host_type == "ASSAULT":
            weak = Trigger("ASSAULT", o.start, o.end, "verb", "outcome:" + o.kind, frozenset({"passive"}), weak=True)
            d = Draft(sent, weak, [o])
            drafts.append(d)
            drafts.sort(key=lambda x: x.trigger.start)
    return drafts, denial_cues


def _host(sent: Sent, drafts: list[Draft], o: Outcome, host_type: str) -> Draft | None:
    """The event an outcome word belongs to: the attack before it in the sentence, else the one
    after it in the same clause ("قُتل ... بغارة أمريكية")."""
    for d in drafts:
        if any(s <= o.start < e or s < o.end <= e for s, e in d.trigger.spans):
            return d if d.type == host_type or host_type != "ASSAULT" else None
    before = [d for d in drafts if d.type == host_type and d.trigger.end <= o.start]
    if before:
        return before[-1]
    for d in drafts:
        if d.type == host_type and d.trigger.start >= o.end and d.trigger.start - o.end <= _HOST_REACH:
            if not any(sent.tokens[k].is_punct for k in range(o.end, d.trigger.start)):
                return d
    return None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def apply_counts(sent: Sent, drafts: list[Draft], skip: list[tuple[int, int]]) -> None:
    """Quantities of the sentence's events; ``skip`` holds the token ranges of time expressions."""
    if not drafts:
        return
    trigger_tokens = {k for d in drafts for s, e in d.trigger.spans for k in range(s, e)}
    counts = find_counts(sent, skip, trigger_tokens)
    outcomes = [(o, d) for d in drafts for o in d.outcomes]
    reach = _OUTCOME_REACH_SOV if sent.lang == "fa" else _OUTCOME_REACH
    for c in counts:
        span = (c.start, c.end)
        linked = [(o, d) for o, d in outcomes if _gap(span, (o.start, o.end)) <= reach
                  and not _punct_between(sent, span, (o.start, o.end))]
        linked.sort(key=lambda od: _gap(span, (od[0].start, od[0].end)))
        key = c.key
        target: Draft | None = None
        if linked and key in (None, "people", "troops"):
            o, target = linked[0]
            key = o.kind
        if key is None:
            continue
        if target is None and sent.lang == "fa":
            target = _object_of(sent, drafts, c, key)
        if target is None:
            target = _nearest(drafts, span, key)
            if target is not None and key == "people" and target.trigger.entry.startswith("outcome:"):
                key = target.trigger.entry.split(":", 1)[1]
            if target is not None and key == "people" and target.outcomes and target.type in ("COERCE", "RETREAT"):
                key = target.outcomes[0].kind
        if target is None or key not in ADMITS.get(target.type, ()):
            continue
        if key in _PROJECTILES and sent.match("SHOOT_DOWN", target.trigger.start):
            continue  # a drone shot down is the target, not the weapon
        store(target.quantities, key, c.value, c.bound)
    for pos in no_casualty_spans(sent):
        assaults = [d for d in drafts if d.type == "ASSAULT"]
        if assaults:
            host = min(assaults, key=lambda d: _gap((pos, pos + 1), (d.trigger.start, d.trigger.end)))
            store(host.quantities, "killed", 0)
            store(host.quantities, "wounded", 0)


def _object_of(sent: Sent, drafts: list[Draft], c: Count, key: str) -> Draft | None:
    """Persian: a count in the object phrase (before را) belongs to the verb after the را."""
    for k in range(c.end, min(len(sent.words), c.end + 8)):
        if sent.tokens[k].is_punct:
            return None
        if sent.words[k] == "را":
            for d in drafts:
                if d.trigger.start > k and d.trigger.kind == "verb":
                    return d if key in ADMITS.get(d.type, ()) else None
            return None
    return None


def _punct_between(sent: Sent, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return any(sent.tokens[k].text in (",", ";", ".", ":") for k in range(lo, hi))


def _nearest(drafts: list[Draft], span: tuple[int, int], key: str) -> Draft | None:
    fits = [d for d in drafts if key in ADMITS.get(d.type, ())]
    if not fits:
        return None
    return min(fits, key=lambda d: _gap(span, (d.trigger.start, d.trigger.end)))


def _compatible(a: Draft, b: Draft, strict_mode: bool = True) -> bool:
    """Nothing tells the two apart: same mode, no different days, and the parties of ``b`` are
    parties of ``a`` (in either role: "X met Y ..., the first meeting between Y and X")."""
    if a.mode != b.mode and (strict_mode or b.mode != "asserted"):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if not strict_mode:
        return b.actor is None or a.actor is None or b.actor == a.actor
    parties = {a.actor, a.target} - {None}
    others = {b.actor, b.target} - {None}
    return not parties or not others or others <= parties or (len(others) == 1 and None in (a.actor, a.target))


def _merge_into(a: Draft, b: Draft) -> None:
    a.actor = a.actor or b.actor
    a.target = a.target or b.target
    a.place = a.place or b.place
    for k, v in b.quantities.items():
        base = k.split("_")[0]
        if not any(x == base or x.startswith(base + "_") for x in a.quantities):
            a.quantities[k] = v
    if a.date is None and a.window is None and (b.date or b.window):
        a.date, a.window, a.dated = b.date, b.window, b.dated


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Fold drafts that name the same event into the first of them (see the module notes)."""
    out: list[Draft] = []
    for d in drafts:
        host = None
        for p in reversed(out):
            if p.type != d.type:
                continue
            if p.sentence is d.sentence:
                host = p if _same_event(p, d) else None
            elif p.sentence.index == d.sentence.index - 1 and _anaphor(d) and _compatible(p, d, strict_mode=False):
                host = p
                p.support.append(d.sentence)
            break
        if host is not None:
            if _site_target(host) and d.target is not None and not _site_target(d) and _means_of(host, d):
                host.target = d.target  # the one killed in the strike, not the airport it hit
            _merge_into(host, d)
            continue
        out.append(d)
    return out


def _anaphor(d: Draft) -> bool:
    """"this attack", "این حمله", "هذا الهجوم", "the raid": a definite event noun with no actor
    of its own refers back to an event already told."""
    t = d.trigger
    return t.kind == "noun" and t.has("article") and (d.actor is None or d.roles is None or d.roles.actor is None
                                                       or sent_has_demonstrative(d))


def sent_has_demonstrative(d: Draft) -> bool:
    words = d.sentence.words
    k = d.trigger.start - 1
    return k >= 0 and words[k] in ("this", "that", "these", "این", "همین", "هذا", "هذه", "ذلك", "تلك")


def _same_event(p: Draft, d: Draft) -> bool:
    sent = p.sentence
    if d.type == "ASSAULT" and p.mode == d.mode and not (p.date and d.date and p.date != d.date) and _means_of(p, d) \
            and not any(k in sent.reporting or sent.match("CLAUSE_BREAKS", k) for k in range(p.trigger.end, d.trigger.start)):
        return True  # "در حمله پهپادی آمریکا ... ترور شد", "was killed in a U.S. drone strike"
    if not _compatible(p, d):
        return False
    if _anaphor(d):
        return True
    between = range(p.trigger.end, d.trigger.start)
    if any(k in sent.reporting or sent.match("CLAUSE_BREAKS", k) for k in between):
        return False
    if d.type == "COERCE" and (sent.match("RAIDS", p.trigger.start) or sent.match("RAIDS", d.trigger.start)):
        return True  # a raid and the arrests made in it
    if d.dated is not None and not d.shared:
        return False
    if d.type == "ASSAULT" and sent.match("SHOOT_DOWN", d.trigger.start):
        return True  # "launched ... and two of them were shot down": the interception of the attack
    if d.type in _MERGE_TYPES and (d.actor is None or d.actor in (p.actor, p.target)):
        return True
    return False


def _means_of(p: Draft, d: Draft) -> bool:
    """One of the two is a passive (or casualty) verb and the other the attack it happened in,
    introduced by "in"/"در"/"في"/"بـ", with no party that tells them apart."""
    def means(x: Draft) -> bool:
        t = x.trigger
        if t.kind != "noun":
            return False
        sent = x.sentence
        if sent.lang == "ar" and sent.tokens[t.start].raw[:1] == "ب":
            return True  # "بغارة أمريكية"
        for k in range(t.start - 1, max(-1, t.start - 5), -1):  # "in a U.S. drone strike"
            w = sent.words[k]
            if w in ("in", "during", "در", "طی", "في", "خلال"):
                return True
            if not (w in ("a", "an", "the", ".") or sent.candidate(k) is not None or sent.match("ATTACK_ADJECTIVES", k)):
                return False
        return False

    def suffered(x: Draft) -> bool:
        return x.trigger.kind == "verb" and (x.trigger.has("passive") or x.trigger.weak)

    if not ((means(p) and suffered(d)) or (suffered(p) and means(d))):
        return False
    sent = p.sentence
    gap = range(p.trigger.end, d.trigger.start)
    if len(gap) > 12 or any(sent.words[k] in (",", "،", ";", "؛", ":") or sent.match("COORDINATORS", k) for k in gap):
        return False  # "... wounded in a rocket attack, and a contractor was killed": two events
    return (p.actor is None or d.actor is None or p.actor == d.actor) and \
        (p.target is None or d.target is None or p.target == d.target or _site_target(p) or _site_target(d))


def _site_target(x: Draft) -> bool:
    """The target is only the facility the attack happened at (the place standing in as target)."""
    return x.target is not None and x.place is not None and x.target == x.place[0]


_MERGE_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "THREATEN"})
#: Types whose later mentions in a document retell the same act; speech acts are each their own.
_RETOLD = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "RETREAT"})
_SPEECH_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Fold an event told again in a later sentence into its first telling: same type and mode,
    nothing that tells them apart (actor, target, place, day), and either a place, target or day
    in common, or the later telling right after the first with no actor or day of its own ("... a
    drone attack on his home. Officials said three drones were launched at his residence")."""
    out: list[Draft] = []
    for d in drafts:
        host = None
        if d.mode in ("asserted", "denied"):
            for p in reversed(out):
                if p.sentence.index < d.sentence.index and p.type == d.type and _same_telling(p, d):
                    host = p
                    break
        if host is None:
            out.append(d)
            continue
        _merge_into(host, d)
        host.support.append(d.sentence)
    return out


def _same_telling(p: Draft, d: Draft) -> bool:
    if p.mode != d.mode:
        return False

    def clash(x: object, y: object) -> bool:
        return x is not None and y is not None and x != y

    place_p = p.place[0] if p.place else None
    place_d = d.place[0] if d.place else None
    day_p, day_d = p.date or p.window, d.date or d.window
    if clash(p.actor, d.actor) or clash(p.target, d.target) or clash(place_p, place_d) or clash(day_p, day_d):
        return False
    site = p.roles is not None and p.roles.place is not None and p.roles.place.is_facility
    same_place = place_p is not None and place_p == place_d
    same_day = day_p is not None and day_p == day_d
    same_target = p.target is not None and p.target == d.target
    shared = (same_place and site) or (same_target and (same_day or same_place)) or (same_day and same_place)
    follows = (d.sentence.index == p.sentence.index + 1 and d.actor is None and day_d is None and d.target is None
               and (place_d is None or same_place) and d.type in _RETOLD)
    return (shared and d.type not in _SPEECH_ACTS) or follows
