"""English attribution: reading source phrases ("an Iraqi security official", "Iran's mission to the United Nations").

English phrases are kept as written: the head noun decides between a mention (the head lies in a
person, organization or place mention) and a description; "his office" names the office of the
sentence's subject; "the group" / "the ministry" refer back to the organization the sentence opened
with; "he", "the official" carry the previous speaker over.
"""

from __future__ import annotations

import re

from khabar.claims.context import Context, KMention
from khabar.claims.framebase import Cue, Frame, clause_start_before, last_punct, skip_space, window_end, words_between
from khabar.claims.sources import Source, continuation, read_source
from khabar.document import Citation

__all__ = ["read_english", "build_english"]

_STATEMENT_OPENERS = {"a statement from", "a statement by", "a statement issued by", "a statement released by",
                      "the statement from", "a statement from the", "a post by", "a post from"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}

_EN_LOWER_FIRST = {"the", "a", "an", "security", "military", "senior", "local", "government", "diplomatic",
                   "informed", "intelligence", "medical", "police", "officials", "sources", "witnesses",
                   "residents", "activists", "several", "some", "two", "three", "four", "five", "one"}
_EN_PREPOSITIONS = {"of", "to", "for", "in", "at", "from", "with", "on", "near"}
_EN_PERSON_HEADS = {"official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
                    "diplomat", "diplomats", "officer", "commander", "minister", "envoy", "aide", "adviser"}
_EN_DEFINITE_HEADS = {"group", "movement", "militia", "organization", "ministry", "agency", "coalition",
                      "alliance", "office", "army", "military"}


def read_english(ctx: Context, start: int, end: int) -> Source | None:
    """English phrases are kept as written; the head noun decides between a mention and a description."""
    words = ctx.words(start, end, cap=30)
    while words and words[0].text in ("and", "but", "after", "while", "as", "when", "since", "because", "also"):
        words = words[1:]
    texts = [w.text for w in words]
    for n in (4, 3, 2):
        if " ".join(texts[:n]) in _STATEMENT_OPENERS and len(words) > n:
            words = words[n:]  # "a statement from the ministry" -> the ministry
            break
    while words and words[-1].text in ctx.lex.adjunct_starts:
        words = words[:-1]
    if not words or len(words) > 12:
        return None
    a, b = words[0].start, words[-1].end
    # drop trailing adjuncts ("on Friday", "in a statement")
    for j, w in enumerate(words[1:], 1):
        if w.text in ctx.lex.adjunct_starts and w.text not in ("from",):
            b = words[j - 1].end
            words = words[:j]
            break
    text = ctx.key[a:b]
    by = re.search(r" (?:cited|quoted) by ", text)
    if by is not None:  # "sources cited by Reuters": Reuters citing the sources
        inner = read_english(ctx, a, a + by.start())
        outer = read_english(ctx, a + by.end(), b)
        if inner is not None and outer is not None and inner.cite is not None and outer.cite is not None:
            return Source(outer.cite, a, b, outlet=outer.outlet, mention=outer.mention, extra=[inner.cite])
    if text in ctx.lex.pronouns:
        per = ctx.last_mention_before(a, ("PER",))
        return Source(Citation(entity=per.entity) if per else None, a, b, anaphor=True)
    if text in ctx.lex.anaphors or (words[0].text == "the" and len(words) <= 4 and words[-1].text in _EN_PERSON_HEADS):
        return Source(Citation(description=ctx.original(a, b).replace("The ", "the ", 1)), a, b, anaphor=True)
    mentions = ctx.mentions_in(a, b)
    if len(mentions) >= 2 and (" and " in text or "," in text) and not any(m.type == "PER" for m in mentions):
        return Source(Citation(description=ctx.original(a, b)), a, b)
    head = words[-1]
    for j, w in enumerate(words):
        if j and w.text in _EN_PREPOSITIONS:
            head = words[j - 1]
            break
    if head.text in _SPOKES and len(words) > words.index(head) + 2 and words[words.index(head) + 1].text in ("for", "of"):
        body = next((m for m in ctx.mentions_in(words[words.index(head) + 2].start, b) if m.type == "ORG"), None)
        if body is not None:
            desc = ctx.original(a, b)
            return Source(Citation(entity=body.entity, description=desc[:1].lower() + desc[1:]), a, b)
    hm = ctx.mention_covering(head.start)
    if hm is not None and hm.start >= a - 1:
        return Source(Citation(entity=hm.entity), a, b, outlet=ctx.is_outlet(hm), mention=hm)
    for m in mentions:
        if m.type == "PER":
            return Source(Citation(entity=m.entity), a, b, mention=m)
    if words[0].text in ("his", "her") and len(words) <= 3:
        per = _sentence_subject(ctx, a, ("PER",)) or ctx.last_mention_before(a, ("PER",))
        if per is not None:
            owner = _english_title_and_name(ctx, per)
            desc = " ".join(w.text for w in words[1:])
            return Source(Citation(entity=per.entity, description=f"the {desc} of {owner}"), a, b)
    if words[0].text in ("the", "its", "their") and head.text in _EN_DEFINITE_HEADS and len(words) <= 4:
        prev = _sentence_subject(ctx, a) or ctx.last_mention_before(a)
        if prev is not None:
            return Source(Citation(entity=prev.entity), a, b, mention=prev)
    desc = ctx.original(a, b)
    first = desc.split(" ", 1)[0]
    if first.lower() in _EN_LOWER_FIRST:
        desc = first.lower() + desc[len(first):]
    return Source(Citation(description=desc), a, b)


def _english_title_and_name(ctx: Context, m: KMention) -> str:
    """A person's name with the capitalized title words before it ("Iraqi Prime Minister Adil ...")."""
    a, b = ctx.to_text(m.start, m.end)
    text = ctx.text
    start = a
    for tok in reversed(re.findall(r"\S+\s*", text[max(0, a - 60) : a])):
        word = tok.strip()
        if word[:1].isupper() and word.isalpha() and word.lower() not in ("the", "a", "an"):
            start -= len(tok)
        else:
            break
    return " ".join(text[start:b].split())


def _sentence_subject(ctx: Context, pos: int, types: tuple[str, ...] = ("ORG",)) -> KMention | None:
    """The first organization (or person) mentioned in the sentence before ``pos``."""
    lo = max(ctx.key.rfind(". ", 0, pos), 0)
    return next((m for m in ctx.mentions_in(lo, pos) if m.type in types), None)


# ---------------------------------------------------------------------- frames
_EN_TAIL = re.compile(r"\s*(?:(?:on|in|at|late|early|earlier|later|last|this|yesterday|today|overnight|via|"
                      r"through|hours|days|shortly|after|before|during)\b[^,.;:\"]*)?\s*(?:[,.;]|$)")
_EN_COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "several", "some", "other", "senior", "local"})
_EN_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being", "not", "never", "who", "which",
                         "neither", "nor", "nobody", "none", "no", "the", "a", "an", "these", "those", "his", "her",
                         "its", "their", "our", "such"})


def build_english(ctx: Context, cue: Cue, u0: int, u1: int, frames: list[Frame]) -> Frame | None:
    """The frame of an English verb cue: "X said (that) ...", "..., X said.", '"...," said X',
    "X told Reuters", "..., Reuters reported, citing X"; None when the verb is not attribution
    (passive "were reported", a noun "the reports", "claimed responsibility")."""
    key, lex = ctx.key, ctx.lex
    prev = ctx.words(max(u0, cue.start - 20), cue.start)
    if prev and prev[-1].text in _EN_PASSIVE:
        return None  # "no casualties were reported", "it was announced", "the reports"
    if cue.text == "reports" and prev and prev[-1].text in ("media", "news", "press", "unconfirmed", "initial"):
        return None  # "media reports" is a noun
    if prev and prev[-1].text == "and" and not ctx.key[prev[-1].end : cue.start].strip():
        # "X said ... and accused ...": the subject is X's, left out
        kind = "report" if cue.kind == "continue" else cue.kind
        return Frame(kind, (prev[-1].start, u1), (cue.end, u1), continuation(), True, [(prev[-1].start, cue.end)])
    nxt = ctx.words(cue.end, min(u1, cue.end + 24))
    if nxt and nxt[0].text in lex.not_after_verb:
        return None  # "reported by", "said to be"
    pos = cue.end
    told_cite: Citation | None = None
    if cue.text.endswith(("told", "tells")):
        told_cite, pos = _english_told(ctx, pos, u1)
    anon = lex.anonymity.search(key, pos, min(u1, pos + 80))
    tail = _EN_TAIL.match(key, pos, u1)
    ws = last_punct(ctx, u0, cue.start, ',"')
    has_before = words_between(ctx, u0, ws) >= 2
    after_quote = re.search(r'"\s*$', key[u0 : cue.start]) is not None
    if (tail or after_quote) and has_before:
        window = (skip_space(key, ws, cue.start), cue.start)
        if not ctx.words(*window):  # inverted: '"...," said one of the officials'
            bpos, _, _ = window_end(ctx, pos, u1)
            window = (skip_space(key, pos, bpos), bpos)
        src = read_source(ctx, window[0], window[1], complete=True)
        if src is None or _clausal(ctx, *window):
            return None
        chain = _en_chain(ctx, src, told_cite, anon, pos, u1)
        kind = "report" if cue.kind == "continue" else cue.kind
        content = (u0, max(u0, ws))
        q = next(((qs, qe) for qs, qe in ctx.quotes if u0 <= qs and ws - 3 <= qe <= window[0] + 1), None)
        if q is not None:
            content = q
        return Frame(kind, (content[0], u1), content, chain, False, [(min(window[0], cue.start), u1)])
    cs = clause_start_before(ctx, u0, cue.start, frames)
    segs = key[cs : cue.start].split(",")
    if len(segs) > 1 and " and " not in segs[-1]:
        per = next((m for m in ctx.mentions_in(cs, cue.start) if m.type == "PER"), None)
        if per is None or segs[-1].strip():
            cs = skip_space(key, cue.start - len(segs[-1]), cue.start)
        if per is not None and not segs[-1].strip():
            cs = skip_space(key, per.start, cue.start)
    if cs >= cue.start or _clausal(ctx, cs, cue.start):
        return None
    src = read_source(ctx, cs, cue.start, complete=True)
    if src is None:
        return None
    chain = _en_chain(ctx, src, told_cite, anon, pos, u1)
    after = skip_space(key, pos, u1)
    m = re.match(r'(?:that\b|:|")', key[after : after + 5])
    cstart = after + (4 if m and m.group() == "that" else 0)
    kind = "report" if cue.kind == "continue" else cue.kind
    return Frame(kind, (cs, u1), (cstart, u1), chain, True, [(cs, cstart)])


def _clausal(ctx: Context, a: int, b: int) -> bool:
    """The stretch before a verb is a clause or too long to be its subject ("It was ... reported")."""
    words = ctx.words(a, b)
    return len(words) > 12 or any(w.text in ctx.lex.clause_words for w in words)


def _english_told(ctx: Context, pos: int, u1: int) -> tuple[Citation | None, int]:
    """The object of "told": an outlet (cited), or someone else (reporters, parliament: not cited)."""
    key, lex = ctx.key, ctx.lex
    bpos, _, _ = window_end(ctx, pos, min(u1, pos + 80))
    words = ctx.words(pos, bpos)
    stop = bpos
    for i, w in enumerate(words):
        if w.text in lex.adjunct_starts or w.text == "that" or (
                w.text == "in" and i + 1 < len(words) and words[i + 1].text in ("a", "an")):
            stop = w.start
            break
    a = skip_space(key, pos, stop)
    obj = key[a:stop].strip()
    if not obj or obj in lex.own_reporter or obj.split(" ")[0] in ("him", "her", "them", "us", "me"):
        return None, max(pos, stop)
    src = read_source(ctx, a, stop, complete=True)
    if src is None or src.cite is None:
        return None, max(pos, stop)
    m = src.mention
    if src.outlet or (m is not None and m.type == "ORG") or any(w in obj for w in lex.outlet_words):
        return src.cite, max(pos, stop)
    ta, _ = ctx.to_text(a, stop)
    if m is None and ctx.text[ta : ta + 1].isupper():
        return Citation(description=ctx.original(a, stop)), max(pos, stop)
    return None, max(pos, stop)


def _en_chain(ctx: Context, src: Source, told: Citation | None, anon: re.Match[str] | None,
              pos: int, u1: int) -> list[Citation]:
    if src.anaphor or src.cite is None:
        return continuation(src.cite)
    cites = _english_coordination(src.cite)
    if anon is not None and cites[-1].entity is None and cites[-1].description and "anonym" not in cites[-1].description:
        kind = ctx.lex.anonymity_kind.get(anon.group(), "anonymity")
        suffix = " who asked not to be named" if kind == "asked" else " who spoke on condition of anonymity"
        cites = [Citation(entity=None, description=(c.description or "") + suffix) if c.entity is None else c
                 for c in cites]
    chain = ([told] if told is not None else []) + cites + list(src.extra)
    cm = re.compile(r",?\s*(?:citing|quoting)\s+").search(ctx.key, pos, min(u1, pos + 120))
    if cm is not None:
        bpos, _, _ = window_end(ctx, cm.end(), u1)
        inner = read_source(ctx, cm.end(), bpos, complete=True)
        if inner is not None and inner.cite is not None:
            chain.append(inner.cite)
    return chain


def _english_coordination(cite: Citation) -> list[Citation]:
    """"two Iraqi security officials and a militia commander" -> two citations."""
    desc = cite.description
    if cite.entity is not None or not desc or " and " not in desc:
        return [cite]
    parts = [p.strip() for p in desc.split(" and ")]
    if len(parts) == 2 and all(p and p.split(" ")[0].lower() in _EN_COUNT_WORDS for p in parts):
        return [Citation(description=p) for p in parts]
    return [cite]
