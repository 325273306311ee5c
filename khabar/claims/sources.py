"""Reading a source phrase: who speaks, and an English description when it has no entity.

A *source phrase* is the stretch of text that names a voice: "وكالة رويترز", "الناطق باسم
الحكومة العراقية حسن ناظم", "ثلاثة مصادر في فصائل مسلحة", "یک منبع نظامی آگاه که نخواست نامش
فاش شود", "an Iraqi security official". :func:`read_source` turns it into a
:class:`~khabar.document.Citation`:

- a person mention in the phrase wins (the title before a name is not the speaker);
- a title before an organization ("المتحدث باسم وزارة الخارجية", "سخنگوی وزارت ...") gives a
  citation with the organization's entity id *and* a description ("the spokesperson for the
  Iranian Foreign Ministry"): the voice is the person, the entity the body they speak for;
- an organization or place mention gives its entity id (a capital stands for its government);
- otherwise the phrase is described in English from templates: count + adjectives + source noun +
  tail + anonymity ("three sources in armed factions", "a security source who asked not to be
  named"). Words the templates do not know are kept: the original phrase is appended in
  parentheses, so nothing the text said is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.claims.context import Context, KMention, Word
from khabar.claims.lexicon import Lexicon
from khabar.document import Citation

__all__ = ["Item", "Source", "scan", "read_source", "describe_media", "english_count", "CONTINUE", "continuation",
           "is_continuation", "NON_LATIN", "romanized", "english_only"]

#: Description of the marker citation that stands for "the previous speaker" until claims are
#: assembled; its ``entity`` is a fallback (the body an anaphor names) for when there is none.
CONTINUE = "\0continue"


def continuation(fallback: Citation | None = None) -> list[Citation]:
    """A chain meaning "the previous speaker"; ``fallback`` is the voice to use when there is none."""
    return [Citation(description=CONTINUE)] + ([fallback] if fallback is not None else [])


def is_continuation(chain: list[Citation] | None) -> bool:
    return bool(chain) and chain[0].description == CONTINUE  # type: ignore[index]

_EN_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
               9: "nine", 10: "ten"}
_IRREGULAR_PLURALS = {"spokesperson": "spokespeople", "media": "media", "police": "police",
                      "authorities": "authorities", "people": "people", "party": "parties",
                      "media outlet": "media outlets", "military": "military"}
_EVALUATIVE = {"informed", "senior", "reliable", "close", "local", "official", "unnamed", "field"}
_AR_CLITICS = ("وال", "فال", "بال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك")
_PUNCT_GAP = re.compile(r"[^\s\u200c]")
#: A source phrase is never longer than this (bounds the work on text without punctuation).
MAX_PHRASE_WORDS = 24
MAX_PHRASE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Item:
    """One recognized piece of a source phrase."""

    kind: str  # mention, number, vague, head, modifier, nationality, title, gloss, gadj, gtail, outlet,
    # statement, anonymity, prep, one_of, person, honorific, own, anaphor, unknown
    start: int
    end: int
    value: object = None
    clitic: str = ""


@dataclass
class Source:
    """A voice read from a source phrase."""

    cite: Citation | None
    start: int
    end: int
    anaphor: bool = False
    outlet: bool = False
    mention: KMention | None = None
    extra: list[Citation] = field(default_factory=list)


def english_count(n: int, noun: str) -> str:
    if n == 1:
        return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun
    return f"{_EN_NUMBERS.get(n, str(n))} {noun}"


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _strip_clitic(ctx: Context, word: str) -> list[tuple[str, str]]:
    """The word and its forms without Arabic-script proclitics: [(form, clitic)]."""
    out = [(word, "")]
    if ctx.lang == "ar":
        for c in _AR_CLITICS:
            if word.startswith(c) and len(word) > len(c) + 1:
                rest = word[len(c):]
                if c in ("لل", "ولل"):
                    rest = "ال" + rest
                elif c in ("وال", "فال", "بال", "كال"):
                    rest = "ال" + rest
                out.append((rest, c))
    return out


def _gap_has_punct(ctx: Context, a: int, b: int) -> bool:
    return bool(_PUNCT_GAP.search(ctx.key, a, b)) if b > a else False


def scan(ctx: Context, start: int, end: int, *, stop_at_unknown: bool = True) -> list[Item]:
    """Recognize the pieces of the phrase at ``[start, end)``, left to right.

    With ``stop_at_unknown`` the scan ends at the first word no table knows (the phrase ends
    there); otherwise unknown words are kept as ``unknown`` items. It also ends at punctuation.
    """
    lex = ctx.lex
    words = ctx.words(start, min(end, start + MAX_PHRASE_CHARS), cap=MAX_PHRASE_WORDS)
    items: list[Item] = []
    i = 0
    prev_end = start
    index = _index(lex)
    while i < len(words):
        w = words[i]
        if items and _gap_has_punct(ctx, prev_end, w.start):
            break
        m = ctx.mention_at(w.start, slack=3 if ctx.lang != "en" else 0)
        if m is not None and m.start < w.end and m.end <= end + 1:
            clitic = ctx.key[w.start : m.start]
            items.append(Item("mention", m.start, m.end, m, clitic))
            prev_end = m.end
            while i < len(words) and words[i].start < m.end:
                i += 1
            continue
        am = lex.anonymity.match(ctx.key, w.start, end)
        if am:
            items.append(Item("anonymity", am.start(), am.end(), lex.anonymity_kind.get(am.group(), "asked")))
            prev_end = am.end()
            while i < len(words) and words[i].start < am.end():
                i += 1
            continue
        if w.text.isdigit():
            items.append(Item("number", w.start, w.end, int(w.text)))
            prev_end = w.end
            i += 1
            continue
        found = _lookup(ctx, words, i, index)
        if found is None:
            if stop_at_unknown and ctx.lang == "ar" and items and items[-1].kind == "gloss" and w.text.startswith("ال"):
                items.append(Item("unknown", w.start, w.end, w.text))
                prev_end = w.end
                i += 1
                break
            if stop_at_unknown:
                break
            items.append(Item("unknown", w.start, w.end, w.text))
            prev_end = w.end
            i += 1
            continue
        kind, value, n, clitic = found
        if kind == "stop":
            break
        items.append(Item(kind, w.start, words[i + n - 1].end, value, clitic))
        prev_end = words[i + n - 1].end
        i += n
    return items


_INDEXES: dict[int, dict[str, tuple[str, object]]] = {}


def _index(lex: Lexicon) -> dict[str, tuple[str, object]]:
    """Every phrase of the source tables -> (kind, value), the first table in priority order winning."""
    idx = _INDEXES.get(id(lex))
    if idx is None:
        tables: list[tuple[str, object]] = [
            ("stop", lex.stops), ("possessive", lex.possessives), ("title", lex.titles), ("head", lex.heads),
            ("gtail", lex.glossary_tails), ("person", lex.person_nouns), ("one_of", lex.one_of),
            ("vague", lex.vague), ("number", lex.numbers), ("outlet", lex.outlet_words),
            ("statement", lex.statement_words), ("own", lex.own_reporter), ("gloss", lex.glossary),
            ("honorific", lex.honorifics), ("modifier", lex.modifiers), ("nationality", lex.nationalities),
            ("gadj", lex.glossary_adj), ("prep", lex.tails), ("anaphor", lex.anaphors), ("filler", lex.fillers),
        ]
        idx = {}
        for kind, table in tables:
            for phrase in table:  # type: ignore[attr-defined]
                value = table[phrase] if isinstance(table, dict) else phrase
                idx.setdefault(phrase, (kind, value))
        _INDEXES[id(lex)] = idx
    return idx


def _lookup(ctx: Context, words: list[Word], i: int,
            index: dict[str, tuple[str, object]]) -> tuple[str, object, int, str] | None:
    texts = [w.text for w in words[i : i + ctx.lex.max_phrase]]
    for form, clitic in _strip_clitic(ctx, texts[0]):
        cand = [form] + texts[1:]
        for n in range(len(cand), 0, -1):
            hit = index.get(" ".join(cand[:n]))
            if hit is not None:
                return hit[0], hit[1], n, clitic
    return None


# ---------------------------------------------------------------------- reading a voice
def read_source(ctx: Context, start: int, end: int, *, complete: bool) -> Source | None:
    """The voice named by the phrase at ``[start, end)``.

    ``complete`` says the whole stretch is the phrase (it ended at a complementizer or a comma);
    otherwise the phrase is the longest recognizable prefix and ``Source.end`` says where it ends.
    """
    if ctx.lang == "en":
        from khabar.claims.english import read_english

        return read_english(ctx, start, end)
    items = scan(ctx, start, end, stop_at_unknown=not complete)
    items = [it for it in items if it.kind not in ("statement",)]
    if not items:
        return None
    real = [it for it in items if it.kind not in ("outlet", "filler", "honorific")]
    if not real and not any(it.kind == "outlet" for it in items):
        return None
    if not real:
        desc = _describe(ctx, items, start, items[-1].end)
        return Source(Citation(description=desc), start, items[-1].end) if desc else None
    phrase_end = items[-1].end
    first = real[0]
    if first.kind == "possessive":
        owner = ctx.last_mention_before(start, ("PER", "ORG"))
        if owner is not None:
            desc = f"the {first.value} of {_mention_name(owner)}"
            return Source(Citation(entity=owner.entity, description=desc), start, phrase_end)
        return Source(None, start, phrase_end, anaphor=True)
    naming = ("head", "mention", "gloss", "title", "person", "number", "one_of", "vague", "possessive", "gadj",
              "gtail", "nationality", "modifier")
    if first.kind in ("anaphor", "gloss") and _form(ctx, first).startswith("ال") and not any(
            r.kind in naming for r in real[1:]):
        body = _resolve_body(ctx, first, start)
        if body is not None and first.kind == "gloss":
            return Source(Citation(entity=body.entity), start, phrase_end, mention=body)
        if body is not None:
            return Source(Citation(entity=body.entity), start, phrase_end, anaphor=True)
        noun = first.value if first.kind == "gloss" else None
        return Source(Citation(description=f"the {noun}") if noun else None, start, phrase_end, anaphor=True)
    if first.kind == "anaphor" and not any(r.kind in naming for r in real[1:]):
        return Source(None, start, phrase_end, anaphor=True)
    if first.kind == "mention" and isinstance(first.value, KMention) and first.value.type != "PER" and not any(
            r.kind == "mention" and isinstance(r.value, KMention) and r.value.type == "PER" for r in real[1:]):
        m = first.value
        return Source(Citation(entity=m.entity), start, m.end, outlet=ctx.is_outlet(m), mention=m)
    mentions = [it for it in real if it.kind == "mention"]
    pers = [it for it in mentions if isinstance(it.value, KMention) and it.value.type == "PER"]
    if pers:
        m = pers[0].value
        assert isinstance(m, KMention)
        return Source(Citation(entity=m.entity), start, max(phrase_end, m.end), mention=m)
    if first.kind == "title":
        body = _body_after(ctx, real[1:], start)
        if body is not None:
            ent, name = body
            desc = f"{_article(ctx, first)} {first.value} {name}".strip()
            return Source(Citation(entity=ent, description=desc), start, phrase_end)
    if first.kind == "mention":
        m = first.value
        assert isinstance(m, KMention)
        rest = [it for it in real[1:] if it.kind not in ("anonymity",)]
        if not rest or all(it.kind in ("mention", "gtail", "filler") for it in rest) or not complete:
            return Source(Citation(entity=m.entity), start, m.end, outlet=ctx.is_outlet(m), mention=m)
    desc = _describe(ctx, [it for it in items if it.kind not in ("filler", "honorific")], start, phrase_end)
    if desc is None:
        return None
    return Source(Citation(description=desc), start, phrase_end)


def _article(ctx: Context, title: Item) -> str:
    if ctx.lang == "ar":
        word = ctx.key[title.start : title.end]
        return "the" if word.startswith("ال") else "a"
    return "the"


def _body_after(ctx: Context, items: list[Item], pos: int) -> tuple[str | None, str] | None:
    """The body a title speaks for: (entity id or None, English name)."""
    mention = next((it.value for it in items if it.kind == "mention"), None)
    if isinstance(mention, KMention):
        name = _mention_name(mention)
        return mention.entity, (name if mention.type == "LOC" else _the(name))  # "the governor of Kirkuk"
    anaphoric = [it for it in items if it.kind in ("gloss", "anaphor") and _form(ctx, it).startswith("ال")]
    if anaphoric and len([it for it in items if it.kind in ("gloss", "gadj", "nationality", "anaphor")]) == 1:
        prev = _resolve_body(ctx, anaphoric[0], pos) or ctx.last_mention_before(pos)
        if prev is not None:
            return prev.entity, _the(_mention_name(prev))
    text = _render_body(ctx, items)
    if text:
        return None, _the(text)
    return None


def _form(ctx: Context, item: Item) -> str:
    """The item's words without its proclitic ("للتحالف" -> "التحالف")."""
    word = ctx.key[item.start : item.end]
    if item.clitic and item.kind != "mention":
        word = word[len(item.clitic):]
        if item.clitic in ("لل", "ولل", "وال", "فال", "بال", "كال"):
            word = "ال" + word
    return word


def _resolve_body(ctx: Context, item: Item, pos: int) -> KMention | None:
    """The organization a definite noun refers back to ("الوزارة" -> the last ministry mentioned)."""
    noun = _form(ctx, item)
    for c in ("ال", "the "):
        if noun.startswith(c):
            noun = noun[len(c):]
    if len(noun) < 3:
        return None
    lo = max(0, pos - 1500)
    best = None
    for m in ctx.mentions_in(lo, pos):
        if m.type == "ORG" and noun in ctx.key[m.start : m.end]:
            best = m
    return best


def _the(name: str) -> str:
    return name if name.lower().startswith("the ") else "the " + name


def _mention_name(m: KMention) -> str:
    """The English name of a mention; a name only in Arabic script is romanized (descriptions are
    read in English: "a governor of Kirkuk", never "a governor of the كركوك")."""
    if m.name_en:
        return m.name_en
    if not NON_LATIN.search(m.text):
        return m.text
    return romanized(m.text, m.type or "")


NON_LATIN = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def romanized(text: str, etype: str) -> str:
    try:
        from khabar.entities.romanize import romanize_many

        out = romanize_many([(text, etype, "")])[0]
    except Exception:  # the romanizer is optional here: without it the name is left out
        return ""
    return "" if NON_LATIN.search(out) else out


def english_only(text: str) -> str:
    """``text`` without parenthesized or bare Arabic-script words (a description must read in English)."""
    text = re.sub(r"\s*\([^()]*[\u0600-\u06ff][^()]*\)", "", text)
    return " ".join(w for w in text.split() if not NON_LATIN.search(w))


def _render_body(ctx: Context, items: list[Item], *, lower: bool = False) -> str:
    """An institution in English: adjectives, then construct-chain nouns reversed, then tails."""
    groups: list[str] = []
    nouns: list[str] = []
    adjs: list[str] = []
    nats: list[str] = []
    tails: list[str] = []

    def flush() -> None:
        if nouns or adjs or nats:
            words = nats + adjs + list(reversed(nouns))
            text = " ".join(w for w in words if w)
            groups.append(text.lower() if lower else text)
        nouns.clear()
        adjs.clear()
        nats.clear()

    for it in items:
        if it.kind in ("gloss", "head"):
            nouns.append(str(it.value if it.kind == "gloss" else _plural(str(it.value[0]))))  # type: ignore[index]
        elif it.kind in ("gadj", "modifier"):
            adjs.append(str(it.value))
        elif it.kind == "nationality":
            nats.append(str(it.value))
        elif it.kind == "gtail":
            tails.append(str(it.value))
        elif it.kind == "mention" and isinstance(it.value, KMention):
            flush()
            groups.append(_mention_name(it.value))
    flush()
    text = " of ".join(groups)
    if tails:
        text = (text + " " + " ".join(tails)).strip()
    return text


def _fold_tail(ctx: Context, prep: str | None, tail: list[Item]) -> str | None:
    """A short tail becomes a noun modifier: "مصادر في فصائل مسلحة" -> "armed faction sources",
    "مصادر تابعة للميليشيات" -> "militia sources"."""
    if prep not in ("in", "affiliated with") or not tail:
        return None
    if any(it.kind not in ("gloss", "gadj", "modifier", "nationality") for it in tail):
        return None
    rendered = _render_body(ctx, tail, lower=True)
    words = rendered.split(" ")
    if not rendered or len(words) > 2:
        return None
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def _describe(ctx: Context, items: list[Item], start: int, end: int) -> str | None:
    """An English description from the templates, or None when the phrase names no source."""
    count: int | None = None
    vague: str | None = None
    head: tuple[str, int] | None = None
    mods: list[str] = []
    nats: list[str] = []
    anon: str | None = None
    tail: list[Item] = []
    tail_prep: str | None = None
    person: str | None = None
    lossy = False
    titles: list[Item] = []
    body: list[Item] = []
    outlet_noun: str | None = None
    definite = False
    for it in items:
        if tail_prep is not None:
            if it.kind == "anonymity":
                anon = str(it.value)
            else:
                tail.append(it)
            continue
        k = it.kind
        if k == "number":
            count = int(it.value)  # type: ignore[call-overload]
            if count == 0:
                vague = ctx.lex.vague.get(ctx.key[it.start : it.end], "several")
                count = None
        elif k == "vague":
            vague = str(it.value)
        elif k == "one_of":
            count = 1
        elif k == "person":
            person = str(it.value)
        elif k == "head" and head is None:
            head = it.value  # type: ignore[assignment]
            definite = _form(ctx, it).startswith("ال")
        elif k == "head":
            mod = ctx.lex.modifiers.get(ctx.key[it.start : it.end])
            if mod:
                mods.append(mod)
        elif k == "modifier":
            mods.append(str(it.value))
        elif k == "nationality":
            nats.append(str(it.value))
        elif k == "anonymity":
            anon = str(it.value)
        elif k == "prep" and (head is not None or person is not None):
            tail_prep = str(it.value)
        elif k == "title":
            titles.append(it)
        elif k in ("gloss", "gadj", "mention", "gtail"):
            body.append(it)
        elif k == "unknown":
            lossy = True
        elif k == "outlet" and head is None:
            outlet_noun = str(it.value)
            definite = _form(ctx, it).startswith("ال")
    if head is None and person is None and outlet_noun and not body and not titles:
        head = (outlet_noun, 1)
    if head is None and person is None:
        if titles:
            rendered = _render_body(ctx, body)
            if not rendered:
                return None
            text = f"{_article(ctx, titles[0])} {titles[0].value} {_the(rendered)}"
        elif body and any(it.kind in ("gloss", "mention") for it in body):
            extra = [Item("nationality", 0, 0, n) for n in nats] + [Item("modifier", 0, 0, m) for m in mods]
            text = _render_body(ctx, body + extra)
            if not text:
                return None
            if len(body) == 1 and body[0].kind == "gloss" and not nats:
                # a generic body ("الشرطة المحلية"): "the local police"
                text = ("the " if _form(ctx, body[0]).startswith("ال") else "") + text.lower()
        else:
            return None
        return _lossy(ctx, text, start, end) if lossy else text
    noun, number = head if head is not None else (person or "", 1)
    if count is None and number == 2:
        count = 2
    if count is None and number == 1 and vague is None:
        count = 1
    if anon == "unnamed":
        mods.insert(0, "unnamed")
        anon = None
    ev = [m for m in mods if m in _EVALUATIVE]
    fn = [m for m in mods if m not in _EVALUATIVE]
    folded = _fold_tail(ctx, tail_prep, tail)
    if folded:
        fn.append(folded)
        tail_prep = None
    noun_phrase = " ".join(ev + nats + fn + [noun])
    plural = not (count == 1)
    if plural:
        words = noun_phrase.split(" ")
        noun_phrase = " ".join(words[:-1] + [_plural(words[-1])])
    if count == 1 and definite:
        text = "the " + noun_phrase
    elif count is not None:
        text = english_count(count, noun_phrase)
    elif vague:
        text = f"{vague} {noun_phrase}"
    else:
        text = noun_phrase
    if tail_prep is not None:
        rendered = _render_body(ctx, tail, lower=True)
        if rendered:
            text += f" {tail_prep} {rendered}"
        if any(it.kind == "unknown" for it in tail) or not rendered:
            lossy = True
    if anon == "asked":
        text += " who asked not to be named"
    elif anon == "anonymity":
        text += " who spoke on condition of anonymity"
    return _lossy(ctx, text, start, end) if lossy else text


def _lossy(ctx: Context, text: str, start: int, end: int) -> str:
    """A description that left words unread carries the whole phrase, romanized ("Kermanshah
    (Sedaye Kermanshah)"): never Arabic script in an English description."""
    original = ctx.original(start, end)
    roman = romanized(original, "ORG") if NON_LATIN.search(original) else original
    return f"{text} ({roman})" if roman and roman != text else text


def describe_media(ctx: Context, start: int, end: int) -> Citation:
    """The media named at ``[start, end)`` in a denial ("بعض المواقع الإخبارية" -> "some news websites")."""
    lex = ctx.lex
    words = ctx.words(max(0, start - 24), start)
    quant = ""
    for n in (2, 1):
        cand = " ".join(w.text for w in words[-n:]) if len(words) >= n else ""
        if cand in lex.media_quantifiers:
            quant = lex.media_quantifiers[cand]
            break
    items = scan(ctx, start, min(len(ctx.key), end + 40), stop_at_unknown=True)
    head = None
    mods: list[str] = []
    for it in items:
        if it.kind == "head" and head is None:
            head = str(it.value[0])  # type: ignore[index]
        elif it.kind in ("modifier", "nationality"):
            mods.append(str(it.value))
    noun = _plural(head) if head and head not in ("media",) else (head or "media")
    text = " ".join(x for x in [quant, *mods, noun] if x)
    return Citation(description=text)
