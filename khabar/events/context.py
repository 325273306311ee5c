"""The analysis context of one sentence: tokens, role candidates and clause boundaries.

Role candidates come from the entity mentions of the sentence (``Document.mentions``, filled by
the "entities" and "places" stages) and from adjectives of nationality ("القوات الأمريكية",
"Turkish drones", "نیروهای آمریکایی"), which name a state. :class:`World` answers what the
event rules need to know about an entity: what kind of place it is, which country a capital
stands for, and the record of a place.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.document import Mention, Place
from khabar.events.lexicon import Lexicon, PhraseSet
from khabar.events.tokens import PUNCT_BREAK, Token

__all__ = ["Candidate", "Sent", "World", "PLACE_RANK", "build_sentence", "drop_candidates"]

LOGGER = logging.getLogger(__name__)

#: Specificity of a place kind: higher is more specific (a base beats its province).
PLACE_RANK: dict[str, int] = {
    "country": 0, "region": 1, "province": 2, "county": 3, "city": 4, "district": 5, "crossing": 6,
    "site": 7, "base": 7, "embassy": 8,
}

_FACILITIES = ("base", "site", "embassy", "crossing")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible actor, target or place: tokens ``[start, end)`` of the sentence."""

    start: int
    end: int
    entity: str
    type: str  # PER, ORG, LOC
    kind: str = ""  # place kind for LOC
    how: str = "mention"  # "mention" | "nationality"
    state: str | None = None  # the country entity a capital or a nationality stands for
    clitic: str = ""  # letters of the first token before the name ("ل" in "لإيران")
    capital_of: str | None = None  # the country a capital city is the capital of, wherever it stands

    @property
    def is_place(self) -> bool:
        return self.type == "LOC" and self.how == "mention"

    @property
    def is_facility(self) -> bool:
        return self.kind in _FACILITIES

    @property
    def agent(self) -> str | None:
        """The entity as an actor or target: a country, a capital's country, a person or group."""
        if self.type in ("PER", "ORG"):
            return self.entity
        if self.how == "nationality" or self.kind == "country":
            return self.state or self.entity
        if self.state:
            return self.state
        return None


class World:
    """What the rules need to know about entities. Works without any resource (ids carry their
    kind: ``csc:XX`` countries, ``csc:XX-YY`` provinces, ``gn:`` cities); with the knowledge base
    and the gazetteer it knows place kinds, capitals and coordinates."""

    def __init__(self, kb: Any = None, gazetteer: Any = None) -> None:
        self.kb = kb
        self.gazetteer = gazetteer

    def country(self, cc: str) -> str:
        return f"csc:{cc.upper()}"

    def _candidate(self, entity: str) -> Any:
        if self.gazetteer is None:
            return None
        try:
            return self.gazetteer.get(entity)
        except Exception:  # a gazetteer that cannot answer is no reason to lose the event
            LOGGER.debug("gazetteer lookup failed for %s", entity)
            return None

    def kind(self, entity: str | None) -> str:
        if not entity:
            return ""
        if self.kb is not None:
            e = self.kb.get(entity)
            if e is not None:
                return e.kind if e.type == "LOC" else ""
        cand = self._candidate(entity)
        if cand is not None:
            return str(cand.kind)
        if entity.startswith("csc:"):
            return "province" if "-" in entity else "country"
        if entity.startswith("gn:"):
            return "city"
        return ""

    def state_of(self, entity: str | None) -> str | None:
        """The country a capital city stands for ("واشنطن" -> United States), else None."""
        if not entity:
            return None
        if entity.startswith("csc:") and "-" not in entity:
            return entity
        cand = self._candidate(entity)
        if cand is not None and getattr(cand, "capital", False) and cand.country_code:
            return self.country(cand.country_code)
        return None

    def is_media(self, entity: str | None) -> bool:
        """A news outlet or agency (knowledge-base kind media/agency): a source, not a party."""
        if not entity or self.kb is None:
            return False
        e = self.kb.get(entity)
        return e is not None and e.kind in ("media", "agency")

    def org_of(self, entity: str | None, year: int | None = None) -> str | None:
        """The organization a person speaks for (knowledge-base role valid in ``year``)."""
        if not entity or self.kb is None:
            return None
        e = self.kb.get(entity)
        if e is None or e.type != "PER":
            return None
        for role in e.roles:
            if not role.org:
                continue
            if year is None or ((role.start is None or role.start <= year) and (role.end is None or year <= role.end)):
                return str(role.org)
        return None

    def place(self, entity: str, name: str, places: Sequence[Place] = ()) -> Place:
        for p in places:
            if p.entity == entity:
                return p
        cand = self._candidate(entity)
        if cand is not None:
            return Place(entity=entity, name_en=cand.name_en, lat=cand.lat, lon=cand.lon)
        if self.kb is not None:
            e = self.kb.get(entity)
            if e is not None:
                return Place(entity=entity, name_en=e.name_en, lat=e.lat, lon=e.lon)
        return Place(entity=entity, name_en=name)


@dataclass
class Sent:
    """One sentence ready for the rules."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    lex: Lexicon
    words: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    cand_at: list[int] = field(default_factory=list)  # token -> candidate index or -1
    breaks: list[bool] = field(default_factory=list)  # token is a clause boundary
    reporting: list[int] = field(default_factory=list)  # token indexes of reporting verbs
    lang: str = ""
    _cue_cache: dict[str, dict[int, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.words = [t.text for t in self.tokens]
        self.lang = self.lex.lang
        self._cue_cache = self.lex.all_cues(self.words)

    def cue(self, name: str) -> PhraseSet:
        return self.lex.cues[name]

    def _matches(self, name: str) -> dict[int, int]:
        return self._cue_cache[name]

    def match(self, name: str, i: int) -> int:
        """Length of the cue phrase of list ``name`` starting at token ``i`` (0 if none)."""
        return self._cue_cache[name].get(i, 0)

    def find(self, name: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
        """(start, length) of every cue of list ``name`` in tokens ``[start, stop)``."""
        stop = len(self.words) if stop is None else stop
        return sorted((i, n) for i, n in self._matches(name).items() if start <= i < stop)

    def candidate(self, i: int) -> Candidate | None:
        k = self.cand_at[i] if 0 <= i < len(self.cand_at) else -1
        return self.candidates[k] if k >= 0 else None

    def span_text(self, start: int, end: int) -> str:
        return " ".join(self.words[start:end])


def build_sentence(index: int, start: int, end: int, tokens: list[Token], lex: Lexicon,
                   mentions: Sequence[Mention], world: World) -> Sent:
    """The sentence with its role candidates and clause boundaries."""
    sent = Sent(index, start, end, tokens, lex)
    n = len(tokens)
    sent.cand_at = [-1] * n
    for m in mentions:
        if m.end <= start or m.start >= end or not m.entity:
            continue
        toks = [t.i for t in tokens if t.start < m.end and m.start < t.end and t.is_word]
        if not toks:
            continue
        first, last = tokens[toks[0]], tokens[toks[-1]]
        if "-" in first.raw[max(0, m.start - first.start):] and last.end > m.end:
            continue  # "Iran-aligned", "US-led": a name inside a compound modifier is no participant
        etype = (m.type or "").upper() or ("LOC" if m.entity.startswith(("gn:", "csc:")) else "ORG")
        kind = world.kind(m.entity) if etype == "LOC" else ""
        state = world.state_of(m.entity) if etype == "LOC" else None
        capital_of = state if state and kind != "country" else None
        if state and kind != "country" and not _subject_position(sent, toks[0]):
            state = None  # "دادستانی تهران": a city after a noun is a genitive, not the state
        if etype == "ORG" and _building(sent, toks[0], toks[-1] + 1):
            etype, kind = "LOC", "site"
        elif etype == "ORG" and world.is_media(m.entity):
            kind = "media"  # "told Tigris Times", "به السومریه گفت": a source, never a party to a dealing
        if sent.lang in ("ar", "fa") and toks[0] > 0 and _counted(sent, toks[0]):
            continue  # "سه فرد و چهار نفتکش": after a number comes a counted noun, not a name
        if etype in ("ORG", "PER") and _cited(sent, toks[0]):
            continue  # "به گفته استانداری ...", "according to the ministry": a source, no participant
        if etype != "LOC" or kind == "country" or capital_of:
            if _affiliated(sent, toks[0]):
                continue  # "گروه‌های نزدیک به ایران", "الفصائل المدعومة من إيران": a patron, no participant
        first = tokens[toks[0]]
        clitic = first.raw[: max(0, m.start - first.start)].replace("\u0640", "")
        cand = Candidate(toks[0], toks[-1] + 1, m.entity, etype, kind, "mention", state, clitic, capital_of)
        cand = _generic_forces(sent, cand, world)
        _place_candidate(sent, cand)
    for t in tokens:
        if sent.cand_at[t.i] >= 0 or not t.is_word:
            continue
        cc = lex.nationality(t.text)
        if cc and _nationality_counts(sent, t.i):
            _place_candidate(sent, Candidate(t.i, t.i + 1, world.country(cc), "LOC", "country", "nationality",
                                             world.country(cc)))
    sent.breaks = _clause_breaks(sent)
    sent.reporting = [i for i, _ in sent.find("REPORTING")]
    return sent


def _affiliated(sent: Sent, i: int) -> bool:
    """A name right after an affiliation phrase ("backed by", "close to", "المدعومة من", "نزدیک به")."""
    for k in range(max(0, i - 3), i):
        n = sent.lex.cues["AFFILIATIONS"].match(sent.words, k)
        if n and k + n == i:
            return True
    return False


def _counted(sent: Sent, i: int) -> bool:
    """Token ``i`` follows a cardinal number (a word or digits) directly."""
    prev = sent.tokens[i - 1]
    w = prev.text
    return prev.is_word and (w.isdigit() or w in sent.lex.numbers) and len(w) < 12


def _cited(sent: Sent, i: int) -> bool:
    """A name right after a source phrase ("according to", "بحسب", "به گفته"), up to one word
    between ("according to the ministry")."""
    cue = sent.lex.cues["SOURCE_PHRASES"]
    for k in range(max(0, i - 4), i):
        n = cue.match(sent.words, k)
        if n and i - 1 <= k + n <= i and not any(sent.tokens[j].is_punct for j in range(k + n, i)):
            return True
    return False


def _subject_position(sent: Sent, i: int) -> bool:
    """A capital can stand for its state at the start of a clause, after a conjunction or a verb."""
    if i == 0:
        return True
    prev = sent.tokens[i - 1]
    if prev.is_punct or sent.lex.cues["COORDINATORS"].match(sent.words, i - 1):
        return True
    raw = sent.tokens[i].text
    return sent.lang == "ar" and raw.startswith("و") and len(raw) > 3


def _building(sent: Sent, start: int, end: int) -> bool:
    """An organization named with or after a building word is a place ("مبنى البرلمان",
    "the Swedish Embassy", "ساختمان مجلس")."""
    cue = sent.lex.cues["BUILDINGS"]
    if any(cue.match(sent.words, k) for k in range(start, end)):
        return True
    return any(cue.match(sent.words, k) for k in range(max(0, start - 2), start))


def drop_candidates(sent: Sent, ranges: list[tuple[int, int]]) -> None:
    """Forget candidates inside time expressions ("دوشنبه" is Monday, not Dushanbe)."""
    keep = [c for c in sent.candidates if not any(s <= c.start < e for s, e in ranges)]
    if len(keep) == len(sent.candidates):
        return
    sent.candidates = []
    sent.cand_at = [-1] * len(sent.tokens)
    for c in keep:
        _place_candidate(sent, c)


def _place_candidate(sent: Sent, cand: Candidate) -> None:
    if any(sent.cand_at[i] >= 0 for i in range(cand.start, cand.end)):
        return
    sent.candidates.append(cand)
    for i in range(cand.start, cand.end):
        sent.cand_at[i] = len(sent.candidates) - 1


def _nationality_counts(sent: Sent, i: int) -> bool:
    """A nationality adjective names a state next to a force or attack noun ("غارة أمريكية",
    "Israeli forces", "نیروهای آمریکایی") or a victim noun ("جنديين أمريكيين")."""
    words = sent.words
    force = sent.cue("FORCE_NOUNS")
    if sent.lang == "en":
        nxt = [k for k in range(i + 1, min(len(words), i + 3)) if sent.tokens[k].is_word]
        return any(force.match(words, k) or sent.lex.quantity_noun(words[k]) for k in nxt[:2])
    prev = [k for k in range(max(0, i - 3), i) if sent.tokens[k].is_word][-2:]
    for k in prev:
        if force.match(words, k) or sent.lex.quantity_noun(words[k]) or sent.lex.is_trigger_word(words[k]):
            return True
    return False


def _generic_forces(sent: Sent, cand: Candidate, world: World) -> Candidate:
    """A mention that is only "forces + nationality" ("القوات الأمريكية", "US forces") names the
    state; a named unit keeps its own id."""
    if cand.type != "ORG":
        return cand
    words = [w for w in sent.words[cand.start:cand.end]]
    force = sent.cue("FORCE_NOUNS")
    cc = None
    forces = 0
    for k, w in enumerate(words):
        c = sent.lex.nationality(w)
        if c:
            cc = c
            continue
        if force.match(words, k):
            forces += 1
            continue
        if w in ("ال", "the"):
            continue
        return cand
    if cc is None or (not forces and not _nationality_counts(sent, cand.start)):
        return cand  # a lone adjective tagged as an organization ("الديون العراقية") is not a state
    return Candidate(cand.start, cand.end, world.country(cc), "LOC", "country", "nationality", world.country(cc),
                     cand.clitic)


def _clause_breaks(sent: Sent) -> list[bool]:
    out = [False] * len(sent.tokens)
    for t in sent.tokens:
        if t.text in PUNCT_BREAK:
            out[t.i] = True
    for name in ("CLAUSE_BREAKS", "RELATIVES"):
        for i, _ in sent.find(name):
            out[i] = True
    return out
