"""Event extraction for one text: triggers, roles, quantities, modes and dates, sentence by sentence.

:func:`extract_events` is a pure function of the text, its language, its sentences, its entity
mentions and places and its publication date; :class:`khabar.events.stage.EventStage` calls it on
a Document. It returns :class:`Found` records (the :class:`~khabar.document.Event` plus the span
of the trigger that named it) and the issues met on the way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from khabar.dates import DateMention, find_anchored, find_dates, find_two_digit_dates
from khabar.document import Event, Mention, Place, Span
from khabar.events import dating
from khabar.events.assemble import Draft, apply_counts, build_drafts, merge_document, merge_drafts
from khabar.events.context import Sent, World, build_sentence, drop_candidates
from khabar.events.lexicon import LANGS, lexicon
from khabar.events.modes import _circumstantial, assign_modes, denial_positions
from khabar.events.quantities import no_casualty_spans, store
from khabar.events.roles import assign_roles, clause
from khabar.events.tokens import tokenize
from khabar.text.sentences import split_sentences

__all__ = ["Found", "Extraction", "extract_events", "ISSUE_CODE", "MAX_CHUNK"]

LOGGER = logging.getLogger(__name__)

#: Issue code for uncertain event dates. W090 is the placeholder the project uses until a code of
#: its own is listed in khabar/errors.py (proposed: W040 "event date uncertain").
ISSUE_CODE = "W040"

#: Sentences longer than this many characters are read in pieces (text without punctuation).
MAX_CHUNK = 1200

#: Types whose actor or target may be a news outlet (an office shelled, a channel banned or
#: accused); for every other type an outlet is only a source.
_MEDIA_ROLE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"})

#: Evidence is the sentence; in a sentence longer than this, the clause around the event.
EVIDENCE_LIMIT = 400


@dataclass
class Found:
    """An extracted event with the trigger that named it (``trigger`` indexes the text)."""

    event: Event
    trigger: Span
    sentence: int
    date_text: str | None = None


@dataclass
class Extraction:
    events: list[Found] = field(default_factory=list)
    issues: list[tuple[str, str]] = field(default_factory=list)

    def keep(self, test: Callable[[Found], bool]) -> Extraction:
        """The same extraction with only the events that pass ``test``."""
        return Extraction([f for f in self.events if test(f)], list(self.issues))


def _base_date(published: str | dt.date | None, today: dt.date | None, issues: list[tuple[str, str]]) -> dt.date | None:
    if published is None:
        return None
    try:
        base = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        issues.append((ISSUE_CODE, f"event dates: unreadable publication date {published!r}; relative dates left unresolved"))
        return None
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if base > limit:
        issues.append((ISSUE_CODE, f"event dates: publication date {base.isoformat()} is in the future; "
                                   "relative dates left unresolved"))
        return None
    return base


def _chunks(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e - s > MAX_CHUNK:
            cut = text.rfind(" ", s + MAX_CHUNK // 2, s + MAX_CHUNK)
            cut = cut if cut > s else s + MAX_CHUNK
            out.append((s, cut))
            s = cut
        if e > s:
            out.append((s, e))
    return out


def extract_events(text: str, lang: str | None, *, sentences: Sequence[Span] | None = None,
                   mentions: Sequence[Mention] = (), places: Sequence[Place] = (),
                   published: str | dt.date | None = None, world: World | None = None, doc_id: str = "",
                   claim: Callable[[Span], str | None] | None = None, today: dt.date | None = None) -> Extraction:
    """Events of ``text`` (see the package notes for the rules). Never raises on any text.
    Every event found is returned; the events stage drops those that say too little
    (:func:`informative`)."""
    result = Extraction()
    code = (lang or "").split("-")[0].lower()
    if not text or code not in LANGS:
        return result
    world = world or World()
    lex = lexicon(code)
    base = _base_date(published, today, result.issues)
    spans = [(s.start, s.end) for s in sentences] if sentences else split_sentences(text, code)
    spans = _chunks(text, spans)
    date_mentions = find_dates(text, code, base=base)
    extra_dates = find_anchored(text, code) + find_two_digit_dates(text, code, base=base)
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    drafts: list[Draft] = []
    sents: list[Sent] = []
    for index, (s, e) in enumerate(spans):
        tokens = tokenize(text[s:e], code, s)
        if not tokens:
            continue
        local = [m for m in mentions if m.start < e and s < m.end]
        sent = build_sentence(index, s, e, tokens, lex, local, world)
        sents.append(sent)
        found = _sentence_events(sent, text, date_mentions, extra_dates, base, result.issues, world)
        if not found:
            _no_casualties_after(sent, drafts)
        drafts.extend(found)
    drafts = merge_document(merge_drafts(drafts))
    _place_fallbacks(drafts, sents, text, mentions, world)
    for d in drafts:
        result.events.append(_finish(d, text, places, world, doc_id, claim))
    _check_dates(result, base)
    return result


def _sentence_events(sent: Sent, text: str, date_mentions: list[DateMention], extra_dates: list[DateMention],
                     base: dt.date | None, issues: list[tuple[str, str]], world: World) -> list[Draft]:
    dates = dating.sentence_dates(sent, date_mentions, extra_dates)
    for a, b in dating.conflicts(sent, dates):
        issues.append((ISSUE_CODE, f"event dates: {a.text!r} and {b.text!r} name different days; no date taken"))
    for d in dates:
        if d.kind == "two-digit" and d.date is None:
            issues.append((ISSUE_CODE, f"event dates: {d.note}; no date taken from it"))
    skip = [(d.start, d.end) for d in dates]
    drop_candidates(sent, skip)
    drafts, rejected_reports = build_drafts(sent, skip)
    _impossible_dates(sent, text, date_mentions, issues)
    if not drafts:
        return []
    for d in dates:
        if d.kind == "two-digit" and d.date is not None:
            issues.append((ISSUE_CODE, f"event dates: {d.note}"))
    triggers = [d.trigger for d in drafts]
    modes = assign_modes(sent, triggers, rejected_reports)
    for d, mode in zip(drafts, modes, strict=True):
        d.mode = mode
        d.set_roles(assign_roles(sent, d.trigger, triggers, d.victim_spans), clause(sent, d.trigger, triggers))
    _inherit_actors(sent, drafts, world, base)
    drafts = _called_protests(sent, drafts)
    apply_counts(sent, drafts, skip)
    dating.resolve_anchored(dates)
    embedded = [_embedded(sent, drafts, j) for j in range(len(drafts))]
    anchors = []
    for j, d in enumerate(drafts):
        inside = embedded[j] or d.mode in ("threatened", "requested", "hypothetical", "denied") or _in_object(sent, d, drafts)
        for s, e in d.trigger.spans + d.outcome_spans:
            anchors.append(dating.Anchor(s, e, j, inside, d.trigger.kind == "noun", participle=_participle(sent, d)))
    anchors += [dating.Anchor(k, k + 1, None, reporting=True) for k in sent.reporting if not _attribution_phrase(sent, k)]
    anchors += [dating.Anchor(k, k + 1, None) for k in denial_positions(sent, triggers) + rejected_reports]
    owned = dating.attach_dates(sent, anchors, dates)
    for j, d in enumerate(drafts):
        if j in owned:
            d.dated = owned[j]
    _share_dates(sent, drafts, embedded)
    scheduled = bool(sent.find("PLANS")) or bool(sent.find("CANCELS"))
    for d in drafts:
        if d.dated is None:
            continue
        earlier = any(sent.match("EARLIER_WORDS", k) for k in range(max(0, d.dated.start - 1), d.dated.end))
        # a planned or future event reads a bare weekday forward; so does a cancelled scheduled one
        ahead = d.mode == "planned" or (d.mode == "asserted" and d.trigger.has("future")) or \
            (scheduled and d.mode == "denied")
        d.date, d.window = dating.adjust(d.dated, base, d.mode, ahead, earlier)
    return drafts


_CALLS = frozenset({"call", "called", "calls", "calling", "declared", "announced"})


def _called_protests(sent: Sent, drafts: list[Draft]) -> list[Draft]:
    """"دعت نقابة المعلمين إلى إضراب عام", "the union called for a strike": a protest called by its
    organizer is the organizer's planned protest, not a request to someone else."""
    drop: set[int] = set()
    for d in drafts:  # "the union called a strike from Monday": a protest set to start then
        if d.type == "PROTEST" and d.mode == "asserted" and d.trigger.entry.split()[0] in _CALLS and any(
                sent.match("START_WORDS", k) for k in range(d.trigger.end, min(len(sent.words), d.trigger.end + 6))):
            d.mode = "planned"
    for j, d in enumerate(drafts):
        if d.type != "PROTEST" or d.mode != "requested" or not j:
            continue
        p = drafts[j - 1]
        if p.type != "REQUEST" or p.target is not None or d.trigger.start - p.trigger.end > 3:
            continue
        d.mode = "planned"
        d.actor = p.actor or d.actor
        drop.add(j - 1)
    return [d for j, d in enumerate(drafts) if j not in drop]


def _in_object(sent: Sent, d: Draft, drafts: list[Draft]) -> bool:
    """Persian: an event noun in the object phrase of a later verb ("پیشنهاد ... را رد کرد")."""
    if sent.lang != "fa" or d.trigger.kind != "noun":
        return False
    nxt = next((p.trigger.start for p in drafts if p.trigger.start > d.trigger.start and p.trigger.kind == "verb"),
               len(sent.words))
    return "را" in sent.words[d.trigger.end:nxt]


def _attribution_phrase(sent: Sent, k: int) -> bool:
    """"به گزارش X،", "بحسب X", "according to X": a prepositional attribution dates nothing."""
    w = sent.words[k]
    return any(sent.lex.cues[name].match([w], 0) for name in ("OTHER_PREPOSITIONS", "PLACE_PREPOSITIONS")) or \
        w in ("according", "بحسب", "وفق", "حسب", "وفقا", "نقلا")


def _participle(sent: Sent, d: Draft) -> bool:
    """An adverbial participle after a comma ("..., accusing him of", "..., warning that",
    "، داعياً"): its subject is the subject of the clause before it."""
    t = d.trigger
    if t.start == 0 or sent.words[t.start - 1] not in (",", "،"):
        return False
    if sent.lang == "en":
        return sent.words[t.start].endswith("ing")
    return sent.lang == "ar" and sent.tokens[t.start].raw.endswith(("اً", "ًا"))


def _inherit_actors(sent: Sent, drafts: list[Draft], world: World, base: dt.date | None) -> None:
    """Subjects shared across clauses (see the rules inline)."""
    year = base.year if base else None
    for j, d in enumerate(drafts):
        roles = d.roles
        if roles is None or roles.unknown_actor or d.trigger.has("passive") or d.trigger.weak:
            continue
        prev = next((p for p in reversed(drafts[:j]) if not _embedded(sent, drafts, drafts.index(p))), None)
        # "raided X and arrested Y", "..., accusing him of": the subject of the clause before
        if prev is not None and prev.actor and (_participle(sent, d) or (
                sent.lang == "en" and d.trigger.kind == "verb" and sent.words[d.trigger.start - 1] in ("and", "then"))):
            d.actor = prev.actor
        if d.actor is not None:
            continue
        # "رحّب X ... وأشاد": a coordinated verb without a subject of its own
        if prev is not None and prev.actor and prev.trigger.kind == "verb" and _connected(sent, prev.trigger.end, d.trigger.start):
            d.actor = prev.actor
        # a threatened act with no subject is the threatener's (or the organization he speaks for)
        if d.actor is None and d.mode == "threatened":
            threats = [p for p in drafts[:j] if p.type == "THREATEN" and p.actor]
            if threats:
                d.actor = world.org_of(threats[-1].actor, year) or threats[-1].actor
        # "called on Iranian authorities to release ...": the addressee acts
        if d.actor is None and d.mode == "requested":
            asks = [p for p in drafts[:j] if p.type == "REQUEST" and p.target]
            if asks:
                d.actor = asks[-1].target
        # "سپاه اعلام کرد که ... هدف قرار داده است": the announcer is the subject of what it announces
        if d.actor is None and sent.lang == "fa" and d.trigger.kind == "verb":
            d.actor = _announcer(sent, d)
    for j, d in enumerate(drafts):
        if j and _circumstantial(sent, d.trigger) and d.trigger.start - drafts[j - 1].trigger.end <= 10:
            p = drafts[j - 1]  # "asked X in a phone call", "praised Y during a visit": same parties
            if p.actor and p.type in ("REQUEST", "SUPPORT", "ACCUSE", "CONSULT", "THREATEN", "AGREE"):
                d.actor, d.target = p.actor, p.target or d.target
    for d in drafts:  # "أدان X الهجوم": a target that is the actor itself is no target (before it is used)
        if d.actor is not None and d.actor == d.target:
            d.target = None
    _accused(sent, drafts)
    _threatened_party(drafts)
    for d in drafts:
        if d.type != "ACCUSE":  # an outlet reports or is hit; it attacks, arrests or threatens nobody
            d.actor = None if world.is_media(d.actor) else d.actor
        if d.type not in _MEDIA_ROLE_TYPES:  # an outlet is a source ("told Tigris Times"), not a party
            d.target = None if world.is_media(d.target) else d.target
        if d.actor is not None and d.actor == d.target:
            d.target = None
        orderer = d.roles.orderer if d.roles is not None else None
        if orderer is not None and d.target in (orderer.agent, orderer.entity):
            d.target = None  # the one who gave the order is never the one hit


def _threatened_party(drafts: list[Draft]) -> None:
    """A threat without a target threatens the party it accused in the same breath ("اتهم
    إسرائيل ... وتوعد بالرد"), else the target of the act it promises ("threatened to strike US
    bases"), else the actor of its condition ("... if Tehran attacked", "إذا بدأت إسرائيل")."""
    for j, t in enumerate(drafts):
        if t.type != "THREATEN" or t.target is not None:
            continue
        accused = [p.target for p in drafts[:j] if p.type == "ACCUSE" and p.target and p.actor == t.actor]
        promised = [d.target for d in drafts[j + 1:] if d.mode == "threatened" and d.target]
        condition = [d.actor for d in drafts[j + 1:] if d.mode == "hypothetical" and d.actor]
        for options in (accused, promised, condition):
            options = [o for o in options if o != t.actor]
            if options:
                t.target = options[0]
                break


def _announcer(sent: Sent, d: Draft) -> str | None:
    for k in range(d.trigger.start - 1, -1, -1):
        if sent.match("COMPLEMENTIZERS", k) and k > 0 and (k - 1 in sent.reporting or k - 2 in sent.reporting):
            before = [c for c in sent.candidates if c.end <= k and c.agent is not None and c.type in ("PER", "ORG")
                      and c.kind != "media"]  # "رویترز گزارش داد که ...": an outlet reports, it does not act
            return before[0].agent if before else None
    return None


def _accused(sent: Sent, drafts: list[Draft]) -> None:
    """"X accused Israel of the attack", "اسرائیل را به انجام این حمله متهم کرد": the event of an
    accusation is the accused's act."""
    for a in drafts:
        if a.type != "ACCUSE" or not a.target:
            continue
        for d in drafts:
            if d is a or d.type in ("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"):
                continue
            if sent.lang == "fa":
                inside = d.trigger.end <= a.trigger.start and a.trigger.start - d.trigger.end <= 6
            else:
                inside = a.trigger.end <= d.trigger.start and d.trigger.start - a.trigger.end <= 12 and not any(
                    k in sent.reporting or sent.breaks[k] for k in range(a.trigger.end, d.trigger.start))
            if inside:
                d.actor = a.target


def _no_casualties_after(sent: Sent, drafts: list[Draft]) -> None:
    """"... struck the base. No casualties were reported.": the attack of the previous sentence."""
    if not no_casualty_spans(sent):
        return
    prev = [d for d in drafts if d.type == "ASSAULT" and d.sentence.index == sent.index - 1]
    if prev:
        store(prev[-1].quantities, "killed", 0)
        store(prev[-1].quantities, "wounded", 0)
        prev[-1].support.append(sent)


def _and_verb(sent: Sent, k: int) -> bool:
    """"وأشاد", "وأصيب": an event word with the conjunction و attached (not "وزارة", "وراء")."""
    w = sent.words[k] if k < len(sent.words) else ""
    return w.startswith("و") and len(w) > 3 and sent.candidate(k) is None and (
        sent.lex.is_trigger_word(w[1:]) or sent.lex.outcome(w[1:]) is not None)


def _connected(sent: Sent, a: int, b: int) -> bool:
    """Tokens ``a`` < ``b`` are in clauses joined by a coordinator or a consequence link ("وأشاد",
    "and rejected", "، أسفرت عن", "..., accusing"), with no reporting verb or relative marker
    between them and no clause break, complementizer or relative pronoun after the last link."""
    if any(k in sent.reporting or sent.match("LATER_MARKERS", k) for k in range(a, b)):
        return False
    link = -1
    for k in range(a, b + 1):
        w = sent.words[k] if k < len(sent.words) else ""
        if sent.match("COORDINATORS", k) or sent.match("CONSEQUENCES", k):
            link = k
        elif sent.lang in ("ar", "fa") and _and_verb(sent, k):
            link = k
        elif sent.lang == "en" and w.endswith("ing") and k > 0 and sent.words[k - 1] == ",":
            link = k
    if link < 0:
        return False
    return not any(sent.match("CLAUSE_BREAKS", k) or sent.match("COMPLEMENTIZERS", k) or sent.match("RELATIVES", k)
                   for k in range(link + 1, b))


def _embedded(sent: Sent, drafts: list[Draft], j: int) -> bool:
    """The event is the object of an earlier speech act in the same clause chain."""
    from khabar.events.modes import SPEECH_TYPES

    t = drafts[j].trigger
    for d in drafts[:j]:
        if d.trigger.type in SPEECH_TYPES and not _connected(sent, d.trigger.end, t.start):
            if not any(k in sent.reporting or sent.match("CLAUSE_BREAKS", k) for k in range(d.trigger.end, t.start)):
                return True
    return False


def _circumstance_of(sent: Sent, dated: Draft, other: Draft) -> bool:
    """``dated`` is a noun after a circumstantial preposition right after ``other``'s clause."""
    return dated.trigger.kind == "noun" and _circumstantial(sent, dated.trigger) and \
        not any(k in sent.reporting for k in range(min(other.trigger.end, dated.trigger.start),
                                                  max(other.trigger.end, dated.trigger.start)))


def _share_dates(sent: Sent, drafts: list[Draft], embedded: list[bool]) -> None:
    for j, d in enumerate(drafts):
        if d.dated is not None or d.mode != "asserted" or embedded[j]:
            continue
        source = None
        for i in range(j - 1, -1, -1):
            p = drafts[i]
            if p.dated is None or embedded[i] or p.mode != "asserted":
                continue
            if _connected(sent, p.trigger.end, d.trigger.start):
                source = p
            break
        if source is None:
            for p in drafts[j + 1:]:
                if p.dated is not None and _circumstance_of(sent, p, d):
                    source = p
                    break
        if source is not None and not any(sent.match("LATER_MARKERS", k)
                                          for k in range(d.trigger.end, min(len(sent.words), d.trigger.end + 8))):
            d.dated = source.dated
            d.shared = True


def _impossible_dates(sent: Sent, text: str, date_mentions: list[DateMention], issues: list[tuple[str, str]]) -> None:
    """A day number before a month name that ``find_dates`` did not read ("31 June")."""
    from khabar.dates.lexicon import key
    from khabar.dates.lexicon import lexicon as date_lexicon

    months = date_lexicon(sent.lang).months
    covered = [(m.start, m.end) for m in date_mentions]
    for k in range(len(sent.tokens) - 1):
        tok, nxt = sent.tokens[k], sent.tokens[k + 1]
        if not tok.text.isdigit() or not 28 <= int(tok.text) <= 99:
            continue
        if key(nxt.raw) not in months or any(s <= tok.start < e for s, e in covered):
            continue
        issues.append((ISSUE_CODE, f"event dates: {text[tok.start:nxt.end]!r} is not a valid date; no date taken from it"))


def _place_fallbacks(drafts: list[Draft], sents: list[Sent], text: str, mentions: Sequence[Mention], world: World) -> None:
    """An anaphoric event ("the attack", "الهجوم") without a place takes the place of the event it
    refers back to in the previous sentence; an event of the lead sentence takes the dateline."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for d in drafts:
        if d.place is not None:
            continue
        if d.trigger.has("article"):
            prev = [p for p in by_sentence.get(d.sentence.index - 1, []) if p.type == d.type and p.place is not None]
            if prev:
                d.place = prev[-1].place
                d.place_from = prev[-1].sentence
                continue
    dateline = _dateline(text, mentions, world)
    if dateline is None or not sents:
        return
    first = sents[0].index
    for d in by_sentence.get(first, []):
        if d.place is None:
            d.place = dateline
            d.place_from = None


def _dateline(text: str, mentions: Sequence[Mention], world: World) -> tuple[str, str] | None:
    """The place of a dateline ("BAGHDAD (Reuters) -", "بغداد - ") at the start of the text."""
    for m in mentions:
        if m.start > 3:
            break
        if (m.type or "").upper() != "LOC" or not m.entity:
            continue
        rest = text[m.end:m.end + 40].lstrip(" ,،")
        if rest[:1] in ("-", "—", "–", "(", ":"):
            return m.entity, m.text
    return None


def _event_id(doc_id: str, etype: str, span: Span) -> str:
    h = hashlib.sha1(f"{doc_id}|{etype}|{span.start}|{span.end}".encode()).hexdigest()
    return "ev-" + h[:12]


def _finish(d: Draft, text: str, places: Sequence[Place], world: World, doc_id: str,
            claim: Callable[[Span], str | None] | None) -> Found:
    sent = d.sentence
    t0, t1 = sent.tokens[d.trigger.start], sent.tokens[d.trigger.end - 1]
    trigger = Span(t0.start, t1.end)
    evidence = [_evidence(d)]
    for other in ([d.place_from] if d.place_from is not None else []) + d.support:
        span = Span(other.start, other.end)
        if other.index != sent.index and span not in evidence:
            evidence.append(span)
    place = None
    if d.place is not None:
        entity, name = d.place
        place = world.place(entity, name, places)
    event = Event(
        id=_event_id(doc_id, d.type, trigger), type=d.type, actor=d.actor, target=d.target, place=place,
        date=d.date.isoformat() if d.date else None,
        date_window=(d.window[0].isoformat(), d.window[1].isoformat()) if d.window and not d.date else None,
        quantities=dict(d.quantities), evidence=evidence, mode=d.mode,
    )
    if claim is not None:
        try:
            event.claim = claim(trigger) or claim(evidence[0])
        except Exception as exc:  # the claims stage is optional for events
            LOGGER.debug("claim_for failed: %r", exc)
    return Found(event, trigger, sent.index, d.dated.text if d.dated else None)


def _evidence(d: Draft) -> Span:
    sent = d.sentence
    if sent.end - sent.start <= EVIDENCE_LIMIT:
        return Span(sent.start, sent.end)
    lo, hi = d.clause
    toks = sent.tokens
    lo = max(0, min(lo, d.trigger.start))
    hi = min(len(toks), max(hi, d.trigger.end))
    return Span(toks[lo].start, toks[hi - 1].end)


def _check_dates(result: Extraction, base: dt.date | None) -> None:
    if base is None:
        return
    for f in result.events:
        e = f.event
        if e.date and e.mode == "asserted" and dt.date.fromisoformat(e.date) > base:
            result.issues.append((ISSUE_CODE, f"event dates: {e.type} dated {e.date}, after the publication date "
                                              f"{base.isoformat()} (kept as written: {f.date_text!r})"))
