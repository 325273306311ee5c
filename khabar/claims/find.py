"""From frames to claims: who asserts each sentence of a document."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from khabar.claims.context import Context
from khabar.claims.frames import Frame, find_frames
from khabar.claims.lexicon import lexicon_for
from khabar.claims.sources import NON_LATIN, continuation, describe_media, english_only, is_continuation, romanized
from khabar.document import Citation, Claim, Mention, Span
from khabar.kb import KnowledgeBase, load_kb
from khabar.text.sentences import split_sentences

__all__ = ["find_claims", "voice_of"]

LOGGER = logging.getLogger(__name__)

#: Leftover text (outside every attributed region) shorter than this many words is not a claim.
MIN_ARTICLE_WORDS = 3
#: Inside a frame, a claim of kind "quote" spans only the quote when the rest is this short.
QUOTE_REST_WORDS = 4
#: A sentence is "only a quotation" when the quotation covers this share of it.
QUOTE_SHARE = 0.8
_QUOTED_SENTENCE = re.compile(r'^\s*[«“"„][^«»“”"]+[»”"“][.!?؟]?\s*$')


@dataclass
class _Raw:
    chain: list[Citation]
    kind: str
    start: int  # key offsets
    end: int
    unit: int
    nested: bool = False  # a stance frame's content inside another claim


def voice_of(claim: Claim) -> list[Citation]:
    """The claim's whole chain, outermost first: ``[by] + citing``, or ``citing`` when ``by`` is None.

    An empty list is the article's own voice.
    """
    if claim.by is not None:
        return [Citation(entity=claim.by), *claim.citing]
    return list(claim.citing)


def _english(chain: list[Citation]) -> list[Citation]:
    """Descriptions read in English: Arabic-script words are left out, and a citation left with
    neither an entity nor a description is dropped."""
    out = []
    for c in chain:
        desc = english_only(c.description) if c.description else c.description
        if c.entity is None and not desc:
            continue
        out.append(c if desc == c.description else Citation(entity=c.entity, description=desc or None))
    return out


def _own_voice(chain: list[Citation], own: str | None) -> list[Citation]:
    """"به گزارش نوای کردستان، ..." in Navaye Kurdistan's own article: the outlet speaking in its own
    voice, not a source it cites (the outlet's name as written, romanized like the description)."""
    if not own or not chain or chain[0].entity is not None or not chain[0].description:
        return chain
    desc = chain[0].description
    return chain[1:] if desc == own or desc.endswith(f"({own})") else chain


def _to_claim(chain: list[Citation], kind: str, span: Span, cid: str, own: str | None = None) -> Claim:
    chain = _own_voice(_english(chain), own)
    if chain and chain[0].entity is not None and not chain[0].description:
        return Claim(id=cid, by=chain[0].entity, citing=list(chain[1:]), span=span, kind=kind)
    return Claim(id=cid, by=None, citing=list(chain), span=span, kind=kind)


def _units(ctx: Context, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences in key offsets, merged where a quotation runs across a sentence end."""
    units: list[tuple[int, int]] = []
    for s, e in sentences:
        ks, ke = ctx.to_key(s), ctx.to_key(e)
        if ke <= ks:
            continue
        if units and any(qs < units[-1][1] and qe > ks and qs < ke for qs, qe in ctx.quotes):
            units[-1] = (units[-1][0], max(units[-1][1], ke))
        else:
            units.append((ks, ke))
    return units


def _fix_frames(ctx: Context, frames: list[Frame], u0: int, u1: int) -> list[Frame]:
    """Compose nested frames, fold denied reports into their denial, and bound every content."""
    key = ctx.key
    out: list[Frame] = []
    for f in frames:
        if out:
            a = out[-1]
            gap = key[a.content[0] : f.region[0]]
            at_start = f.region[0] >= a.content[0] and len(gap.strip(" ,\u200c")) == 0
            if (a.prefix and a.kind == "report" and a.chain and at_start and f.kind != "stance"
                    and not is_continuation(a.chain) and not is_continuation(f.chain)):
                f.chain = list(a.chain) + list(f.chain)
                f.region = (a.region[0], f.region[1])
                f.attr = a.attr + f.attr
                out[-1] = f
                continue
            if a.kind == "deny" and f.as_report and a.content[0] <= f.region[0] < a.region[1] and f.chain:
                a.extras.append(f.chain[-1] if len(f.chain) == 1 else f.chain[0])
                continue
        out.append(f)
    owners = [f for f in out if f.kind != "stance"]
    for i, f in enumerate(owners):
        if f.prefix:
            nxt = next((g.region[0] for g in owners[i + 1 :] if g.region[0] > f.content[0]), u1)
            nxt_stance = next((g.region[0] for g in out if g.kind == "stance" and g is not f
                               and g.region[0] > f.content[0] and f.kind == "deny"), u1)
            end = min(f.content[1], nxt, nxt_stance)
            f.content = (f.content[0], end)
            f.region = (f.region[0], max(end, max(b for _, b in f.attr) if f.attr else end))
        else:
            prev = max((g.region[1] for g in owners[:i] if g.region[1] <= f.attr[0][0]), default=u0)
            start = max(f.content[0], prev)
            start = max(start, _narrow_start(ctx, start, f.attr[0][0]))
            f.content = (start, max(start, f.content[1]))
            f.region = (start, f.region[1])
    for f in out:
        if f.kind == "stance":
            nxt = next((g.region[0] for g in out if g.region[0] > f.content[0] and g is not f), u1)
            f.content = (f.content[0], min(f.content[1], nxt))
    for f in out:
        if f.kind == "deny":
            seen = {c.description for c in f.extras}
            for m in ctx.lex.media.finditer(key, f.region[0], f.region[1]):
                cite = describe_media(ctx, m.start(), m.end())
                if cite.description not in seen and not any(
                        cite.description and c.description and c.description in cite.description for c in f.extras):
                    f.extras.append(cite)
                    seen.add(cite.description)
    return out


def _narrow_start(ctx: Context, lo: int, hi: int) -> int:
    """A trailing attribution covers only the last coordinated clause: "A، وB، وفق X" -> B
    (never cutting inside a quotation)."""
    key = ctx.key
    best = lo
    marker = ", و" if ctx.lang == "ar" else (", and " if ctx.lang == "en" else ", و ")
    pos = key.find(marker, lo, hi)
    while pos >= 0:
        if not any(qs < pos < qe for qs, qe in ctx.quotes):
            best = pos + 2
        pos = key.find(marker, pos + 1, hi)
    return best


def _unit_claims(ctx: Context, u0: int, u1: int, ui: int) -> list[_Raw]:
    frames = _fix_frames(ctx, find_frames(ctx, u0, u1), u0, u1)
    raws: list[_Raw] = []
    if not frames:
        q = ctx.quote_in(u0, u1)
        if q is not None and (q[1] - q[0]) >= QUOTE_SHARE * (u1 - u0):
            # a sentence that is only a quotation goes on with the previous speaker
            return [_Raw(continuation(), "quote", q[0], q[1], ui)]
        if _QUOTED_SENTENCE.match(ctx.original(u0, u1)):
            return [_Raw(continuation(), "quote", u0, u1, ui)]
    owned: list[tuple[int, int]] = []
    for f in frames:
        chain = f.chain
        if f.kind == "stance":
            kind = "quote" if ctx.quote_in(*f.content) else "report"
            raws.append(_Raw(chain, kind, f.content[0], f.content[1], ui, nested=True))
            continue
        owned.append(f.region)
        kind = {"deny": "denial", "continue": "report"}.get(f.kind, "report")
        start, end = f.region
        q = ctx.quote_in(*f.content) if kind == "report" else None
        if q is not None:
            kind = "quote"
            rest = len(ctx.words(*f.content)) - len(ctx.words(*q))
            if rest <= QUOTE_REST_WORDS:
                start, end = q
        raws.append(_Raw(chain, kind, start, end, ui))
        for extra in f.extras:
            raws.append(_Raw([extra], "report", start, end, ui))
    # the article's own voice: what no frame owns
    pos = u0
    gaps: list[tuple[int, int]] = []
    for a, b in sorted(owned):
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < u1:
        gaps.append((pos, u1))
    stances = [f for f in frames if f.kind == "stance"]
    for a, b in gaps:
        has_stance = any(a <= f.region[0] < b for f in stances)
        if has_stance or len(ctx.words(a, b)) >= MIN_ARTICLE_WORDS:
            raws.append(_Raw([], "report", a, b, ui))
    raws.sort(key=lambda r: (r.start, -r.end))
    return raws


def find_claims(text: str, lang: str | None, sentences: list[Span] | None, mentions: list[Mention] | None,
                *, kb: KnowledgeBase | None = None, names: dict[str, str] | None = None,
                outlet: str | None = None) -> list[Claim]:
    """Claims of one document: who asserts each sentence, citing whom.

    ``sentences`` are spans into ``text`` (split here when empty); ``mentions`` come from the
    entities stage. ``kb`` defaults to the packaged knowledge base (it tells outlets apart and
    gives English names). ``names`` gives English names of entities the knowledge base does not
    hold (gazetteer places, new names), so that descriptions stay in English. A language without
    attribution data gives the article's voice only. ``outlet`` is the publishing outlet's name:
    "according to <outlet>" in its own article is its own voice, not a citation.
    """
    if not text:
        return []
    n = len(text)
    spans = sorted((max(0, s.start), min(n, s.end)) for s in (sentences or []) if s.end > s.start)
    spans = [(s, e) for s, e in spans if e > s]
    if not spans:
        spans = [(s, e) for s, e in split_sentences(text, lang or "und")] or [(0, n)]
    lex = lexicon_for(lang)
    if lex is None:
        return [Claim(id=f"c{i + 1}", by=None, span=Span(s, e)) for i, (s, e) in enumerate(_merge_adjacent(spans))]
    if kb is None:
        kb = load_kb()
    ctx = Context(text, lex, list(mentions or []), kb, names)
    ctx.own = (romanized(outlet, "ORG") if NON_LATIN.search(outlet) else outlet) if outlet else None
    raws: list[_Raw] = []
    for ui, (u0, u1) in enumerate(_units(ctx, spans)):
        raws.extend(_unit_claims(ctx, u0, u1, ui))
    return _finish(ctx, raws)


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not spans:
        return []
    return [(spans[0][0], spans[-1][1])]


def _finish(ctx: Context, raws: list[_Raw]) -> list[Claim]:
    """Resolve continuations, merge neighbours with the same voice, number the claims."""
    history: list[list[Citation]] = []
    resolved: list[_Raw] = []
    for r in raws:
        if is_continuation(r.chain):
            r.chain = _antecedent(history, r.chain[1:])
            if not r.chain and r.kind == "quote":
                r.kind = "report"
        if r.nested and not r.chain:
            continue  # a threat reported in the article's own voice: the sentence claim covers it
        if r.chain:
            history.append(r.chain)
        resolved.append(r)
    merged: list[_Raw] = []
    for r in resolved:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.chain == r.chain and prev.kind == r.kind and prev.nested == r.nested
                and r.start >= prev.start):
            between = [x for x in resolved if prev.end <= x.start < r.start and x is not prev and x is not r]
            if not between:
                prev.end = max(prev.end, r.end)
                continue
        merged.append(r)
    claims: list[Claim] = []
    seen: set[tuple[int, int, str, str]] = set()
    for r in sorted(merged, key=lambda x: (x.start, -x.end)):
        a, b = ctx.to_text(r.start, r.end)
        a, b = _trim(ctx.text, a, b)
        if b <= a:
            continue
        sig = (a, b, r.kind, repr(r.chain))
        if sig in seen:
            continue
        seen.add(sig)
        claims.append(_to_claim(r.chain, r.kind, Span(a, b), f"c{len(claims) + 1}", ctx.own))
    return claims


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in ("the", "a", "an", "of", "in")}


def _carry(chain: list[Citation], i: int) -> list[Citation]:
    """The chain up to its voice ``i``, without the sources cited beside it at the same depth."""
    out = [c for c in chain[:i] if c.entity]
    return out + [chain[i]]


def _antecedent(history: list[list[Citation]], fallback: list[Citation]) -> list[Citation]:
    """The voice an anaphor ("the Iraqi official", "المصادر", "he") refers back to: the latest voice
    whose description has the anaphor's words, else the latest voice, else the anaphor itself."""
    if not history:
        return list(fallback)
    if fallback and fallback[0].description and not fallback[0].entity:
        want = _words(fallback[0].description)
        for chain in reversed(history):
            for i in range(len(chain) - 1, -1, -1):
                if want and want <= _words(chain[i].description):
                    return _carry(chain, i)
        if want:
            return list(fallback)
    return list(history[-1])


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    strip = " \t\n\r\u200c\u200f\u200e,،؛;:"
    while a < b and text[a] in strip:
        a += 1
    while b > a and text[b - 1] in strip:
        b -= 1
    return a, b
