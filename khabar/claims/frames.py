"""Attribution frames: where a sentence says who asserts what.

A :class:`~khabar.claims.framebase.Frame` is one attribution: its kind (report, continue, deny,
stance), the chain of voices (outermost first; a :func:`~khabar.claims.sources.continuation` marker
when the frame only continues the previous speaker: "وأضاف", "He added", "وی افزود"), the
*content* it attributes and the *region* it owns (content plus the attribution words). English
frames are built in :mod:`khabar.claims.english`.

Frames come from two kinds of cue:

- verbs (قال، أعلن، نفى، هدد / گفت، اعلام کرد، تکذیب کرد / said, told, denied, warned). Arabic
  reads the speaker after the verb, Persian and English before it; a verb at the end of its clause
  ("..., the ministry said.", «...»، قال المتحدث) attributes what came before it;
- prepositions (بحسب، وفقا لـ / به گزارش، به نقل از / according to): at the start of a clause they
  attribute what follows, elsewhere what precedes.
"""

from __future__ import annotations

import re

from khabar.claims.context import Context
from khabar.claims.english import build_english
from khabar.claims.framebase import (
    WINDOW,
    Cue,
    Frame,
    clause_start_before,
    last_punct,
    names_outlet,
    skip_space,
    window_end,
    words_between,
)
from khabar.claims.sources import NON_LATIN, Source, continuation, is_continuation, read_source, romanized, scan
from khabar.document import Citation

__all__ = ["Frame", "find_frames"]

_CLAUSE_OPENERS = ("في", "من", "على", "بعد", "خلال", "عقب", "اثر", "بدوره", "بدورها", "كذلك", "ايضا", "بينما",
                   "فيما", "حيث", "ثم", "وفي", "ومن", "وعلى", "وبعد", "وخلال", "وعقب", "واثر", "وبدوره",
                   "وبدورها", "وكذلك", "وايضا", "وفيما", "اليوم", "امس", "لاحقا", "وقت")
_KANA = re.compile(r"(?<![\w\u200c])[وف]?(?:كان|كانت|كانوا)\s+(?P<np>[^,.;:\"]{2,160}?)\s+قد\s*$")


def _coord_split(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    """Split coordinated sources ("ثلاثة مصادر ... ومصدرين أمنيين", "two officials and a diplomat")."""
    words = ctx.words(a, b)
    cuts: list[int] = []
    lex = ctx.lex
    for i, w in enumerate(words[1:], 1):
        nxt: str | None = None
        if ctx.lang == "ar" and w.text.startswith("و") and len(w.text) > 2:
            nxt = w.text[1:]
        elif w.text in ("و", "and") and i + 1 < len(words):
            nxt = words[i + 1].text
        if nxt is None:
            continue
        starts_source = (nxt in lex.heads or nxt in lex.numbers or nxt in lex.vague
                         or nxt.isdigit() or ctx.mention_at(w.start, slack=len(w.text) + 2) is not None)
        if starts_source and ctx.mention_covering(w.start) is None:
            cuts.append(w.start)
    out, prev = [], a
    for c in cuts:
        out.append((prev, c))
        prev = c + (1 if ctx.key[c] == "و" and ctx.lang == "ar" else 0)
        if ctx.key[prev : prev + 4] in ("and ",) or ctx.key[prev : prev + 2] == "و ":
            prev += 4 if ctx.key[prev : prev + 4] == "and " else 2
    out.append((prev, b))
    return [(x, y) for x, y in out if y > x]


def _told_split(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """The outlet a source spoke to inside ``[a, b)`` ("لوكالة فرانس برس", "به خبرگزاری رویترز",
    'لـ"المرصاد"'): its start (the ل / به included) and ``b``."""
    if ctx.lex.told is not None:
        tm = ctx.lex.told.search(ctx.key, a, b)
        if tm is not None:
            first = scan(ctx, skip_space(ctx.key, tm.end(), b), b, stop_at_unknown=True)
            m = next((it.value for it in first if it.kind == "mention"), None)
            if first and (first[0].kind == "outlet" or (m is not None and ctx.is_outlet(m))):  # type: ignore[arg-type]
                return tm.start(), b
    items = scan(ctx, a, b, stop_at_unknown=False)
    for k in range(1, len(items)):
        it, prev = items[k], items[k - 1]
        sep = prev.kind == "unknown" and prev.value in ("به", "ل")
        if not (sep or it.clitic.endswith("ل")):
            continue
        if it.kind in ("own", "outlet") or (it.kind == "mention" and ctx.is_outlet(it.value)):  # type: ignore[arg-type]
            return (prev.start if sep else it.start), b
    last = items[-1] if items else None
    if last is not None and last.kind == "unknown" and last.value == "ل" and '"' in ctx.key[last.end : b + 2]:
        return last.start, b
    return None


def _quoted_outlet(ctx: Context, a: int, b: int) -> tuple[Citation, int] | None:
    """'صحيفة "الشرق الأوسط"' at ``a``: the outlet (its mention, or its name as written) and its end."""
    m = re.match(r'([^"]{0,40}?)\s*"([^"]{1,60})"', ctx.key[a:b])
    if m is None or not names_outlet(ctx, a, a + m.start(0) + len(m.group(1)) + 1):
        return None
    qa, qb = a + m.start(2), a + m.end(2)
    inside = next((x for x in ctx.mentions_in(qa - 1, qb + 1) if x.type not in ("PER", "LOC")), None)
    if inside is not None:
        return Citation(entity=inside.entity), a + m.end()
    return Citation(description=_name_as_written(ctx, qa, qb)), a + m.end()


def _name_as_written(ctx: Context, a: int, b: int) -> str:
    """An outlet's name as written, romanized when it is in Arabic script."""
    original = ctx.original(a, b)
    return romanized(original, "ORG") or original if NON_LATIN.search(original) else original


def _told_outlet(ctx: Context, a: int, b: int) -> tuple[Citation | None, int]:
    """Read the outlet of a :func:`_told_split`: (citation or None for "our correspondent", end)."""
    key = ctx.key
    own = scan(ctx, a, b, stop_at_unknown=True)
    if own and own[0].kind == "own":
        return None, own[0].end
    q = re.match(r'(?:ل|به)?\s*"([^"]{1,60})"', key[a : b + 80])
    if q:
        qa, qb = a + q.start(1), a + q.end(1)
        src = read_source(ctx, qa, qb, complete=True)
        cite = src.cite if src is not None and src.cite is not None and src.cite.entity else None
        if cite is not None and src is not None and (src.mention is None or src.mention.type == "LOC"):
            cite = None  # 'لـ"دمشق الآن"': a city inside an outlet's name is not the outlet
        return cite or Citation(description=_name_as_written(ctx, qa, qb)), a + q.end()
    tm = ctx.lex.told.match(key, a) if ctx.lex.told is not None else None
    if tm is not None:
        a = skip_space(key, tm.end(), b)
    src = read_source(ctx, a, b, complete=False)
    if src is None:
        word = ctx.words(a, b)
        skip = word[0].end if word and word[0].text in ("به", "ل") else a
        src = read_source(ctx, skip_space(key, skip, b), b, complete=False)
    if src is not None and src.cite is not None:
        return src.cite, src.end
    return None, a


def read_chain(ctx: Context, a: int, b: int, *, complete: bool,
               names_ok: bool = False) -> tuple[list[Citation], int] | None:
    """The chain of voices in ``[a, b)``: speaker (or the outlet spoken to), then cited sources.

    Returns (chain, end of the phrase) -- a :func:`continuation` for an anaphor ("المصادر", "he")
    -- or None when no voice is named.
    """
    lex, key = ctx.lex, ctx.key
    if lex.issued is not None:
        issued = lex.issued.search(key, a, min(b, a + 40))
        if issued and all(it.kind == "statement" for it in scan(ctx, a, issued.start(), stop_at_unknown=False)):
            a = skip_space(key, issued.end(), b)
    anon = [(m.start(), m.end()) for m in lex.anonymity.finditer(key, a, b)]
    cites = [m for m in lex.cite.finditer(key, a, b) if not any(s <= m.start() < e for s, e in anon)]
    first_end = cites[0].start() if cites else b
    quoted = _quoted_outlet(ctx, a, first_end)
    if quoted is not None:
        cite, qend = quoted
        chain = [cite]
        end = qend
        for i, c in enumerate(cites):
            part_end = cites[i + 1].start() if i + 1 < len(cites) else b
            for ps, pe in _coord_split(ctx, c.end(), part_end):
                inner = read_source(ctx, skip_space(key, ps, pe), pe, complete=complete)
                if inner is not None and inner.cite is not None:
                    chain.append(inner.cite)
                    end = max(end, inner.end)
        return chain, end
    told = _told_split(ctx, a, first_end)
    speaker_end = told[0] if told else first_end
    src = read_source(ctx, a, speaker_end, complete=complete or bool(cites) or bool(told))
    if src is None and names_ok and 0 < words_between(ctx, a, speaker_end) <= 5:
        # "به گزارش هرانا": a name no table knows is still the source; keep it as written
        src = Source(Citation(description=ctx.original(a, speaker_end)), a, speaker_end)
    if src is None:
        return None
    if src.anaphor:
        return continuation(src.cite), src.end
    assert src.cite is not None
    chain: list[Citation] = []
    end = src.end
    if told is not None:
        outlet, outlet_end = _told_outlet(ctx, told[0], told[1])
        if outlet is not None:
            chain.append(outlet)
        end = max(end, outlet_end)
    chain.append(src.cite)
    chain.extend(src.extra)
    if not complete and not cites:
        return chain, end
    for i, c in enumerate(cites):
        if not complete and skip_space(key, end, b) < c.start():
            break
        part_end = cites[i + 1].start() if i + 1 < len(cites) else b
        for ps, pe in _coord_split(ctx, c.end(), part_end):
            inner: Source | None = read_source(ctx, skip_space(key, ps, pe), pe, complete=complete)
            if inner is not None and inner.cite is not None:
                chain.append(inner.cite)
                end = max(end, inner.end)
    return chain, end


# ---------------------------------------------------------------------- cue collection
def _cues(ctx: Context, u0: int, u1: int) -> list[Cue]:
    lex, key = ctx.lex, ctx.key
    out = [Cue("according", m.start(), m.end(), m.group()) for m in lex.according.finditer(key, u0, u1)]
    for m in lex.verbs.finditer(key, u0, u1):
        out.append(Cue(lex.verb_kind.get(m.group("v"), "report"), m.start(), m.end(), m.group("v")))
    first = "according" if ctx.lang == "ar" else "verb"
    out.sort(key=lambda c: (0 if (c.kind == "according") == (first == "according") else 1, c.start))
    return out


def _as_before(ctx: Context, u0: int, pos: int) -> int | None:
    """Start of "كما" / "as" right before ``pos``."""
    lo = max(u0, pos - 16)
    for m in ctx.lex.as_words.finditer(ctx.key, lo, pos):
        if not ctx.key[m.end() : pos].strip():
            return m.start()
    return None


def _at_clause_start(ctx: Context, u0: int, pos: int, chars: str = ',;:"') -> bool:
    lo = last_punct(ctx, u0, pos, chars)
    words = ctx.words(lo, pos, cap=6)
    if not words:
        return True
    if len(words) <= 4 and (words[0].text in _CLAUSE_OPENERS or words[0].text == "و"):
        return True
    return False


# ---------------------------------------------------------------------- builders
def _build_after(ctx: Context, cue: Cue, u0: int, u1: int) -> Frame | None:
    """Verb-first languages (Arabic): "قال X إن ...", "كما أفادت X", "«...»، قال X."."""
    if cue.kind == "participle":
        return None
    key = ctx.key
    as_start = _as_before(ctx, u0, cue.start)
    kana = _KANA.search(key, max(u0, cue.start - WINDOW), cue.start)
    if kana is not None and _at_clause_start(ctx, u0, kana.start()):
        return _build_kana(ctx, cue, kana, u1)
    if as_start is None and not _at_clause_start(ctx, u0, cue.start):
        return None
    bpos, why, bend = window_end(ctx, cue.end, min(u1, cue.end + WINDOW))
    complete = why in ("comp", "colon", "quote")
    got = read_chain(ctx, skip_space(key, cue.end, bpos), bpos, complete=complete)
    if got is None:
        if cue.kind != "continue" or words_between(ctx, cue.end, bpos) > 0 and not complete:
            return None
        got = (continuation(), cue.end)
    chain, src_end = got
    if cue.text.startswith("اتهم") and not is_continuation(chain) and re.match(r"\s*ب", key[src_end : src_end + 3]):
        # "واتهمت التحالف بعدم ...": the subject is left out, the noun read is the accused
        chain, src_end = continuation(), skip_space(key, cue.end, u1)
    kind = "report" if cue.kind == "continue" else cue.kind
    if as_start is not None:
        return Frame(kind, (as_start, src_end), (u0, as_start), chain, False, [(as_start, src_end)], as_report=True)
    before = words_between(ctx, u0, cue.start)
    after = words_between(ctx, src_end, u1)
    if not complete and before >= 2 and after <= 1 and key[last_punct(ctx, u0, cue.start) - 1 : cue.start].strip():
        cut = last_punct(ctx, u0, cue.start) - 1
        return Frame(kind, (u0, u1), (u0, max(u0, cut)), chain, False, [(cue.start, u1)])
    cstart = bend if complete else src_end
    return Frame(kind, (cue.start, u1), (cstart, u1), chain, True, [(cue.start, cstart)])


def _build_kana(ctx: Context, cue: Cue, kana: re.Match[str], u1: int) -> Frame | None:
    """"وكانت وكالة رويترز قد نقلت عن مصادر أن ...": the subject sits between كان and قد."""
    key = ctx.key
    got = read_chain(ctx, kana.start("np"), kana.end("np"), complete=True)
    if got is None or is_continuation(got[0]):
        return None
    chain = list(got[0])
    bpos, why, bend = window_end(ctx, cue.end, min(u1, cue.end + WINDOW))
    after = skip_space(key, cue.end, bpos)
    if ctx.lex.cite.match(key, after):
        inner = read_chain(ctx, ctx.lex.cite.match(key, after).end(), bpos,  # type: ignore[union-attr]
                           complete=why in ("comp", "colon", "quote"))
        if inner is not None and not is_continuation(inner[0]):
            chain += inner[0]
    cstart = bend if why in ("comp", "colon", "quote") else cue.end
    kind = "report" if cue.kind == "continue" else cue.kind
    return Frame(kind, (kana.start(), u1), (cstart, u1), chain, True, [(kana.start(), cstart)])


def _subject_before(ctx: Context, cs: int, vs: int) -> tuple[list[Citation], int] | None:
    """The subject opening the clause ``[cs, vs)``; an apposition after a person is skipped."""
    key = ctx.key
    words = ctx.words(cs, vs, cap=4)
    for w in words[:4]:
        m = ctx.mention_at(w.start)
        if m is not None and m.type == "PER" and m.end <= vs:
            end = m.end
            nxt = skip_space(key, end, vs)
            if nxt < vs and key[nxt] == ",":
                close = key.find(",", nxt + 1, min(vs, nxt + 120))
                end = close + 1 if close >= 0 else end
            rest = read_chain(ctx, skip_space(key, end, vs), vs, complete=False)
            chain: list[Citation] = [Citation(entity=m.entity)]
            if rest is not None and not is_continuation(rest[0]) and len(rest[0]) > 1:
                chain += rest[0][1:]
                end = rest[1]
            cites = list(ctx.lex.cite.finditer(key, end, vs))
            if cites:
                got = read_chain(ctx, cs, vs, complete=True)
                if got is not None and got[0]:
                    return got[0], vs
            return chain, end
        if m is None and w.text not in ctx.lex.honorifics:
            break
    cites = list(ctx.lex.cite.finditer(key, cs, vs))
    if cites:
        return read_chain(ctx, cs, vs, complete=True)
    return read_chain(ctx, cs, vs, complete=False)


def _build_before(ctx: Context, cue: Cue, u0: int, u1: int, frames: list[Frame]) -> Frame | None:
    """Subject-first languages (Persian, English)."""
    if cue.kind == "participle":
        return None
    if ctx.lang == "en":
        return build_english(ctx, cue, u0, u1, frames)
    key = ctx.key
    cs = clause_start_before(ctx, u0, cue.start, frames)
    got = _subject_before(ctx, cs, cue.start) if cs < cue.start else None
    if got is None:
        alt = skip_space(key, last_punct(ctx, u0, cue.start, ","), cue.start)
        if alt > cs:
            cs = alt
            got = _subject_before(ctx, cs, cue.start)
    if got is None:
        if cue.kind != "continue":
            return None
        got = (continuation(), cue.start)
    chain, subj_end = got
    kind = "report" if cue.kind == "continue" else cue.kind
    after = skip_space(key, cue.end, u1)
    m = re.match(r'(?:که|:|")', key[after : after + 3])
    if m or (kind in ("report", "continue") and after < u1):
        cstart = after + (len(m.group()) if m and m.group() == "که" else 0)
        return Frame(kind, (cs, u1), (cstart, u1), chain, True, [(cs, subj_end), (cue.start, cstart)])
    return Frame(kind, (cs, cue.end), (subj_end, cue.start), chain, True, [(cs, subj_end), (cue.start, cue.end)])


def _build_according(ctx: Context, cue: Cue, u0: int, u1: int) -> Frame | None:
    key = ctx.key
    start = skip_space(key, cue.end, u1)
    # "وفق ما أعلنه X", "بحسب ما نقلته X": skip the relative "ما" and its verb.
    vm = ctx.lex.verbs.match(key, start, u1)
    if ctx.lang == "ar" and vm:
        start = skip_space(key, vm.end(), u1)
    bpos, why, bend = window_end(ctx, start, min(u1, start + WINDOW))
    got = read_chain(ctx, start, bpos, complete=why in ("comma", "punct", "end", "comp"),
                     names_ok=why in ("comma", "punct", "end"))
    if got is None:
        return None
    chain, src_end = got
    lo = last_punct(ctx, u0, cue.start)
    before = ctx.words(lo, cue.start, cap=2)
    opening = not before or [w.text for w in before] == ["و"]
    if opening and lo == u0:
        cstart = bend if why == "comma" else src_end
        return Frame("report", (cue.start, u1), (cstart, u1), chain, True, [(cue.start, cstart)])
    return Frame("report", (u0, max(src_end, cue.end)), (u0, max(u0, cue.start)), chain, False,
                 [(cue.start, max(src_end, cue.end))])


# ---------------------------------------------------------------------- per unit
def find_frames(ctx: Context, u0: int, u1: int) -> list[Frame]:
    """The attribution frames of the unit ``[u0, u1)`` (key offsets), in text order."""
    frames: list[Frame] = []
    taken: list[tuple[int, int]] = []
    for cue in _cues(ctx, u0, u1):
        if any(a <= cue.start < b for a, b in taken):
            continue
        if cue.kind == "according":
            if ctx.lex.cite.fullmatch(cue.text.lstrip("وف")) and not _at_clause_start(ctx, u0, cue.start, ",;:"):
                continue  # "X نقلا عن Y", "X, citing Y": a link of X's chain, not a frame of its own
            frame = _build_according(ctx, cue, u0, u1)
        elif ctx.lex.side == "after":
            frame = _build_after(ctx, cue, u0, u1)
        else:
            frame = _build_before(ctx, cue, u0, u1, frames)
        if frame is None:
            continue
        frames.append(frame)
        taken.extend(frame.attr)
    frames.sort(key=lambda f: (f.region[0], f.content[0]))
    return frames
