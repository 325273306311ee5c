"""Negation and modality: did the event happen, or was it denied, threatened, planned, requested or
only supposed?

Each event gets one ``mode``; when several cues reach it, the first that applies in this order wins:

1. ``hypothetical`` — inside a condition ("إذا", "اگر", "در صورت", "if", "unless", up to the
   next comma) or next to a cue of possibility or readiness ("could", "مستعدة ل", "ممکن است").
2. ``denied`` — the trigger is negated ("لم", "نکرد", "did not"), or it is the first event governed
   by a denial or a cancellation ("نفى أن يكون ... التقى", "... را تکذیب کرد", "denied supplying",
   "أُلغي اجتماع", "called off a summit"). A cancelled event is denied, not planned.
3. ``threatened`` — an event after a THREATEN trigger in the same sentence ("هدد بضرب",
   "threatened to strike", "تهدید کرد که ... هدف قرار خواهد داد").
4. ``requested`` — an event after a REQUEST trigger, up to a clause break or a relative clause
   ("طالب ... بانسحاب", "called on X to release Y, who were detained ...": the release is
   requested, the detention asserted).
5. ``planned`` — after a cue of intention or schedule ("تعتزم", "قرار است", "plans to"), up to a
   new finite clause or a quotation, or with a future verb ("ستُعقد", "خواهد", "will") or a Persian
   subjunctive ("سفر کند") that no other cue explains.
6. ``asserted`` otherwise.

An event noun after a circumstantial preposition ("في اتصال هاتفي", "during a visit") is a
circumstance of the act before it and stays outside request and denial scopes.
"""

from __future__ import annotations

from khabar.events.context import Sent
from khabar.events.triggers import Trigger

__all__ = ["assign_modes", "denial_positions", "MODES", "SPEECH_TYPES"]

MODES = ("asserted", "denied", "threatened", "planned", "requested", "hypothetical")

#: Types whose trigger is a speech act: it governs the events after it.
SPEECH_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"})

_CONDITION_REACH = 14
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_PLAN_REACH = 20
_DENIAL_REACH = 25


def _stop(sent: Sent, k: int) -> bool:
    """A clause-break word, relative pronoun or reporting verb at token ``k`` ends a scope."""
    return bool(sent.match("CLAUSE_BREAKS", k) or sent.match("RELATIVES", k) or k in sent.reporting)


def _circumstantial(sent: Sent, trig: Trigger) -> bool:
    if trig.kind != "noun":
        return False
    for k in range(trig.start - 1, max(-1, trig.start - 4), -1):
        if sent.match("CIRCUMSTANTIAL", k):
            return True
        if sent.tokens[k].is_punct or sent.candidate(k) is not None or sent.lex.is_trigger_word(sent.words[k]):
            return False
        if sent.lang == "ar" and k == trig.start - 1 and sent.words[k] in ("في", "خلال"):
            return True
    if sent.lang == "ar" and sent.words[trig.start][:1] == "ب" and trig.type == "CONSULT":
        return False
    return False


def _conditional(sent: Sent) -> list[tuple[int, int]]:
    spans = []
    for i, n in sent.find("CONDITIONS"):
        end = i + n
        while end < len(sent.tokens) and end < i + _CONDITION_REACH and not (
                sent.tokens[end].text in (",", ";", ":", "«", "»") or sent.match("CLAUSE_BREAKS", end)):
            end += 1
        spans.append((i, end))
    return spans


def _cue_positions(sent: Sent, names: tuple[str, ...], triggers: list[Trigger]) -> list[int]:
    inside = set()
    for t in triggers:
        inside.update(range(t.start, t.end))
    out = []
    for name in names:
        out.extend(i for i, _ in sent.find(name) if i not in inside)
    return sorted(out)


def denial_positions(sent: Sent, triggers: list[Trigger]) -> list[int]:
    """Token positions of denials and cancellations that are not themselves event words."""
    return _cue_positions(sent, ("DENIALS", "CANCELS"), triggers)


def assign_modes(sent: Sent, triggers: list[Trigger], denial_cues: list[int] | None = None) -> list[str]:
    """The mode of each trigger (same order). ``denial_cues`` adds token positions that act as
    denials (a REJECT of a report, turned into a denial by the caller)."""
    n = len(triggers)
    modes = ["asserted"] * n
    hypo = [False] * n
    denied = [False] * n
    threat = [False] * n
    request = [False] * n
    plan = [False] * n
    for a, b in _conditional(sent):
        for j, t in enumerate(triggers):
            if a <= t.start < b:
                hypo[j] = True
    for i in _cue_positions(sent, ("POSSIBLE",), triggers):
        for j, t in enumerate(triggers):
            if i - 3 <= t.start <= i + 5 and not any(sent.breaks[k] for k in range(min(i, t.start), max(i, t.start))):
                hypo[j] = True
    cues = _cue_positions(sent, ("DENIALS", "CANCELS"), triggers) + list(denial_cues or [])
    after = getattr(sent.lex.data, "DENIAL_SCOPE", "after") == "after"
    for i in cues:
        j = _denied_target(sent, triggers, i, after)
        if j is not None:
            denied[j] = True
    for j, t in enumerate(triggers):
        if t.has("neg"):
            denied[j] = True
    for j, t in enumerate(triggers):
        if t.type not in ("THREATEN", "REQUEST"):
            continue
        for k in range(j + 1, n):
            other = triggers[k]
            if any(_stop(sent, m) for m in range(t.end, other.start)):
                break
            if other.type in SPEECH_TYPES and other.type != t.type:
                break
            if other.type == t.type or (t.type == "REQUEST" and _circumstantial(sent, other)):
                continue  # a second threat is a threat, "in a phone call" is where the request was made
            (threat if t.type == "THREATEN" else request)[k] = True
    for i in _cue_positions(sent, ("PLANS",), triggers):
        for j, t in enumerate(triggers):
            if t.start <= i or t.start - i > _PLAN_REACH or any(_stop(sent, m) for m in range(i, t.start)):
                continue
            if any(sent.words[m] in _QUOTES for m in range(i, t.start)):
                continue  # the cue is inside (or outside) a quotation the event is not in
            if any(u.kind == "verb" and i < u.start < t.start for u in triggers) and t.kind == "verb":
                continue  # a new finite clause: "will not hesitate ... and accused"
            if t.type in SPEECH_TYPES and t.kind == "verb":
                continue
            plan[j] = True
    for j, t in enumerate(triggers):
        if t.has("future") or t.has("subj"):
            plan[j] = True
    for j in range(n):
        if hypo[j]:
            modes[j] = "hypothetical"
        elif denied[j]:
            modes[j] = "denied"
        elif threat[j]:
            modes[j] = "threatened"
        elif request[j]:
            modes[j] = "requested"
        elif plan[j]:
            modes[j] = "planned"
    return modes


def _denied_target(sent: Sent, triggers: list[Trigger], cue: int, after: bool) -> int | None:
    """The event a denial or cancellation at token ``cue`` governs."""
    if after:
        for j, t in enumerate(triggers):
            if t.start <= cue:
                continue
            if any(_stop(sent, m) for m in range(cue + 1, t.start)) or t.start - cue > _DENIAL_REACH:
                return None
            if _circumstantial(sent, t) and t.start - cue > 3:
                return None
            return j
        return None
    best = None
    for j, t in enumerate(triggers):
        if t.end <= cue and cue - t.end <= _DENIAL_REACH and not any(_stop(sent, m) for m in range(t.end, cue)):
            best = j
    return best
