"""Names that are not in the knowledge base, in Arabic and Persian text.

No Arabic or Persian NER model can be installed, so this is the trigger-word and lexicon approach
of Europe Media Monitor, with evidence scores:

- **people**: a given name (lexicon), a compound (عبد ال..., أبو ...), or any word right after a title
  (اللواء, سردار, آیت‌الله ...) starts a name; it grows with more given names, particles (بن, آل) and
  one surname (a nisba ال...ي, a Persian surname ending, or one plain word). Evidence: a title just
  before, a role word before (Arabic "رئيس بلدية X NAME") or after (Persian "NAME سخنگوی ..."), a
  nisba surname, a speech verb before, "إن/أن/گفت" after. Weak given names (سعيد, نصر) need more.
- **organizations**: a head word (كتائب, سرايا, ألوية, سپاه ...) followed by one to three name
  words; generic heads (حزب, هيئة, سازمان ...) only with a quoted name or a naming cue before.
- **quoted names** («...») after a naming cue ("تطلق على نفسها اسم «...»", "موسوم به").
- **places** after a place head (قرية, قضاء, روستای, استان ...); the head stays outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.entities.lexicon import Lexicon
from khabar.entities.text import Analyzed, Word

__all__ = ["RuleName", "find_names", "THRESHOLD"]

#: Minimum evidence score for a person name.
THRESHOLD = 3.5
_PUNCT_BREAK = set(".,;:!?()[]{}\"'/|-")
_QUOTE_OPEN = '"'


@dataclass(frozen=True, slots=True)
class RuleName:
    """A name found by the rules: words ``[w_i, w_j)``, normalized span, type, how, score, and
    the number of leading words that are given names (the rest is the surname)."""

    w_i: int
    w_j: int
    nstart: int
    nend: int
    type: str
    how: str
    score: float
    given_len: int = 0


def _breaks(word: Word) -> bool:
    """Punctuation between this word and the previous one ends a name."""
    return any(ch in _PUNCT_BREAK or ch in "،؛؟«»" for ch in word.gap)


class _Ctx:
    def __init__(self, doc: Analyzed, lex: Lexicon, blocked: list[bool]) -> None:
        self.doc = doc
        self.lex = lex
        self.words = doc.words
        self.blocked = blocked  # word index -> inside a knowledge-base mention
        self.arabic = doc.lang == "ar"
        self._variants: dict[str, list[tuple[str, int]]] = {}

    def variants(self, key: str) -> list[tuple[str, int]]:
        """The word key and its clitic-stripped forms with the clitic length."""
        got = self._variants.get(key)
        if got is None:
            got = self._variants[key] = self._make_variants(key)
        return got

    def _make_variants(self, key: str) -> list[tuple[str, int]]:
        out = [(key, 0)]
        if not self.arabic:
            return out
        for ll in self.lex.lam_lam:
            if key.startswith(ll) and len(key) > len(ll) + 2:
                out.append(("ال" + key[len(ll):], len(ll)))
                break
        for cl in self.lex.prefix_clitics:
            if key.startswith(cl) and len(key) - len(cl) >= 3:
                out.append((key[len(cl):], len(cl)))
        return out

    def key(self, w: int) -> str:
        return self.words[w].key

    def in_set(self, w: int, s: frozenset[str]) -> tuple[str, int] | None:
        for k, cl in self.variants(self.key(w)):
            if k in s:
                return k, cl
        return None

    def phrase_before(self, w: int, phrases: frozenset[tuple[str, ...]], max_len: int = 3) -> bool:
        """A phrase of ``phrases`` ends right before word ``w`` (no punctuation in between)."""
        if w == 0 or _breaks(self.words[w]):
            return False
        for n in range(1, max_len + 1):
            if w - n < 0:
                break
            keys = [self.key(k) for k in range(w - n, w)]
            for first, _ in self.variants(keys[0]):
                if tuple([first] + keys[1:]) in phrases:
                    return True
            if n > 1 and _breaks(self.words[w - n + 1]):
                break
        return False

    def phrase_within(self, w: int, phrases: frozenset[tuple[str, ...]], window: int) -> bool:
        for k in range(max(0, w - window), w):
            if any(_breaks(self.words[m]) for m in range(k + 1, w + 1)):
                continue
            for first, _ in self.variants(self.key(k)):
                if (first,) in phrases:
                    return True
        return False

    def plain(self, w: int) -> bool:
        """Could be part of a name: not a function word, adjective, title, role or clitic+article."""
        k = self.key(w)
        lex = self.lex
        if len(k) < 2 or k.isdigit() or any(ch.isdigit() for ch in k) or self.blocked[w]:
            return False
        if k in lex.stop or k in lex.nisba_adjectives or (k,) in lex.titles or (k,) in lex.roles:
            return False
        if k in lex.org_heads or k in lex.loc_heads or k in lex.naming_cues:
            return False
        if not self.arabic and _persian_plural(k):
            return False  # a Persian plural is a common noun
        if self.arabic and k[:1] in "وفبلك" and k[1:3] == "ال":
            return False  # "والحكومة", "بالعراق"
        if self.arabic and k.startswith("لل"):
            return False
        return True

    def nisba(self, k: str) -> bool:
        return k.startswith("ال") and len(k) >= 5 and k.endswith("ي") and k not in self.lex.nisba_adjectives


def _persian_plural(k: str) -> bool:
    return len(k) > 4 and k.endswith(("ها", "هاي", "های", "هايي", "هایی"))


def find_names(doc: Analyzed, lex: Lexicon, blocked: list[bool]) -> list[RuleName]:
    """All rule-based names in an Arabic or Persian document (may overlap; resolved by the caller)."""
    ctx = _Ctx(doc, lex, blocked)
    out: list[RuleName] = []
    out += _people(ctx)
    out += _orgs(ctx)
    out += _quoted(ctx)
    out += _places(ctx)
    return out


def _first_unit(ctx: _Ctx, w: int) -> tuple[int, float, int] | None:
    """(words taken, given-name score, clitic length) when word ``w`` can start a person's name."""
    lex = ctx.lex
    words = ctx.words
    n = len(words)
    for k, cl in ctx.variants(ctx.key(w)):
        if k in lex.compound_heads and w + 1 < n and not _breaks(words[w + 1]) and ctx.plain(w + 1):
            nxt = ctx.key(w + 1)
            if k == "عبد" and not nxt.startswith("ال"):
                continue
            return 2, 2.5, cl
        for head in ("عبدال", "ابوال", "ابو", "بو"):
            if k.startswith(head) and len(k) >= len(head) + 3 and k not in lex.stop:
                return 1, 2.0, cl
        if (k,) in lex.titles:
            return None  # "سردار" is a rank before a name here, not the given name Sardar
        if k in lex.given:
            weak = k in lex.ambiguous_given
            if w + 1 < n and ctx.key(w + 1) in lex.compound_tails and not _breaks(words[w + 1]):
                return 2, 2.0, cl  # نور الدين
            return 1, (1.0 if weak else 2.0), cl
    return None


#: Given names that are also past-tense verbs of news prose ("أبوبكر طالب الحكومتين": Abubakr
#: *demanded* the two governments): before a definite noun or a بـ phrase they are the verb.
_VERB_NAMES = frozenset({"طالب", "ناشد", "حذر", "شدد", "رحب"})


#: Last words of outlet names ("سليمانية بوست", "بغداد اليوم", "شفق نيوز").
_OUTLET_TAILS = frozenset({"بوست", "نيوز", "برس", "تايمز", "تايم", "اليوم", "نت", "ميديا", "24", "٢٤", "تي في"})


def _verb_after_name(ctx: _Ctx, j: int, k: str) -> bool:
    """Token ``j`` after a name is a verb, not more name: a verb-name before its object, or a
    dual/plural past verb ("غادرا القاعة", "قالوا")."""
    nxt = ctx.key(j + 1) if j + 1 < len(ctx.words) and not _breaks(ctx.words[j + 1]) else ""
    if k.startswith("ل") and len(k) >= 4 and nxt in _OUTLET_TAILS:
        return True  # "قال دلشاد عمر لسليمانية بوست": told an outlet, not part of the name
    if k in _VERB_NAMES and (nxt.startswith(("ال", "ب")) or not nxt):
        return True
    if k in ctx.lex.given:
        return False
    if len(k) >= 4 and k.endswith("وا"):
        return True
    return len(k) >= 5 and k.endswith("ا") and not k.endswith(("يا", "ءا")) and nxt.startswith("ال")


def _people(ctx: _Ctx) -> list[RuleName]:
    lex = ctx.lex
    words = ctx.words
    n = len(words)
    out: list[RuleName] = []
    w = 0
    while w < n:
        if ctx.blocked[w]:
            w += 1
            continue
        if w > 0 and not _breaks(words[w]) and (ctx.in_set(w - 1, lex.org_heads) or ctx.in_set(w - 1, lex.loc_heads)):
            w += 1  # "قرارگاه حمزه ...", "قرية حسين": a group or place named after someone
            continue
        titled = ctx.phrase_before(w, lex.titles)
        unit = _first_unit(ctx, w)
        if unit is None and titled and ctx.plain(w) and not ctx.key(w).startswith("ال"):
            unit = (1, 0.5, 0)
        if unit is None and titled and ctx.nisba(ctx.key(w)) and ctx.plain(w):
            # "اللواء الفتلاوي": a rank and a family name alone
            out.append(RuleName(w, w + 1, words[w].start, words[w].end, "PER", "rule:title", 4.0, 0))
            w += 1
            continue
        if unit is None:
            w += 1
            continue
        took, score, clitic = unit
        j = w + took
        given_len = took
        surname = False
        verb_end = False  # the name ends at its verb ("... طالب الحكومتين"): a person acting
        while j < n and j - w < 6 and not _breaks(words[j]) and not ctx.blocked[j]:
            k = ctx.key(j)
            if ctx.arabic and _verb_after_name(ctx, j, k):
                verb_end = True
                break
            if not surname and k in lex.given and ctx.plain(j):
                j += 1
                given_len += 1
                score += 0.5
                continue
            if k in lex.particles and j + 1 < n and not _breaks(words[j + 1]) and ctx.plain(j + 1):
                j += 2
                score += 1.0
                surname = True
                continue
            if not surname and k in lex.compound_heads and j + 1 < n and ctx.plain(j + 1):
                j += 2
                given_len += 2
                score += 0.5
                continue
            if surname and k in lex.detached_surname:
                j += 1
                continue
            if surname or not ctx.plain(j):
                break
            if ctx.nisba(k):
                score += 2.0
            elif k.endswith(lex.surname_suffixes) and len(k) >= 5:
                score += 1.5
            elif k.endswith("ي") and len(k) >= 4:
                score += 1.0
            else:
                score += 0.5
            surname = True
            j += 1
        if j - w < 2 and not (titled and ctx.nisba(ctx.key(w))):
            w += 1
            continue
        if titled:
            score += 2.0
        elif ctx.phrase_within(w, lex.roles, 7):
            score += 1.0
        if j < n and not _breaks(words[j]) and ((ctx.key(j),) in lex.roles or ctx.key(j) in lex.after_name):
            score += 1.0 if (ctx.key(j),) in lex.roles else 0.5
        elif j < n and _breaks(words[j]) and words[j].gap[:1] in ",،":
            score += 0.5
        if ctx.phrase_within(w, frozenset((v,) for v in lex.speech_verbs), 8):
            score += 0.5
        if surname and given_len >= 2:
            score += 1.0  # "محمد صادق الصدر": two given names and a family name
        if verb_end and j - w >= 2:
            score += 1.0
        elif not surname and given_len == j - w:
            score -= 1.0  # only given names: "محمد علي" is more often two people or a phrase
        if score >= THRESHOLD:
            nstart = words[w].start + clitic
            out.append(RuleName(w, j, nstart, words[j - 1].end, "PER", "rule:title" if titled else "rule:name",
                                score, given_len))
            w = j
            continue
        w += 1
    return out


def _orgs(ctx: _Ctx) -> list[RuleName]:
    lex = ctx.lex
    words = ctx.words
    n = len(words)
    out: list[RuleName] = []
    for w in range(n):
        if ctx.blocked[w]:
            continue
        hit = ctx.in_set(w, lex.org_heads)
        if hit is None:
            continue
        head, clitic = hit
        if w > 0 and not _breaks(words[w]) and not _breaks(words[w - 1]) and ctx.key(w - 1) in lex.demonstratives:
            continue  # "این سازمان", "هذه الحركة": an anaphor, no name follows
        start = w
        if (w + 2 < n and not _breaks(words[w + 1]) and not _breaks(words[w + 2])
                and ctx.key(w + 1) in lex.naming_cues and ctx.key(w + 1) in lex.nisba_adjectives):
            start = w + 1  # "گروه هکری X": the head and its adjective stay outside the name
        j = start + 1
        while j < n and j - start <= 3 and not _breaks(words[j]) and not ctx.blocked[j]:
            k = ctx.key(j)
            if j - start == 3 and not (k.startswith("ال") and not ctx.key(j - 1).startswith("ال")):
                break  # a third word only closes a construct: "عصائب أهل الحق"
            if k in lex.stop or k in lex.nisba_adjectives or (k,) in lex.roles or k in lex.compound_heads:
                break
            if j > w + 1 and k.startswith(("ابو", "عبد")):
                break
            if k in lex.org_heads or k in lex.loc_heads or any(ch.isdigit() for ch in k):
                break
            if ctx.arabic and k[:1] in "وفبلك" and k[1:3] == "ال":
                break
            if not ctx.arabic and _persian_plural(k):
                break  # "سازمان ورودی‌های ...": a plural common noun ends the name
            j += 1
        if j == start + 1:
            continue
        cue = start > w or any(ctx.key(m) in lex.naming_cues or ctx.key(m) in lex.quote_org_cues
                               for m in range(max(0, w - 2), w))
        if head in lex.generic_org_heads and not cue:
            continue
        if start > w:
            out.append(RuleName(start + 1, j, words[start + 1].start, words[j - 1].end, "ORG", "rule:org-head", 4.0))
        else:
            out.append(RuleName(w, j, words[w].start + clitic, words[j - 1].end, "ORG", "rule:org-head", 4.0))
    return out


def _quoted(ctx: _Ctx) -> list[RuleName]:
    lex = ctx.lex
    words = ctx.words
    n = len(words)
    out: list[RuleName] = []
    for w in range(n):
        if words[w].gap[-1:] not in ("«", _QUOTE_OPEN) or ctx.blocked[w]:
            continue
        cue = any(ctx.key(m) in lex.naming_cues for m in range(max(0, w - 3), w)) or (
            w > 0 and (ctx.key(w - 1) in lex.quote_org_cues or ctx.key(w - 1) in lex.org_heads))
        if not cue:
            continue
        j = w + 1
        while j < n and j - w < 5 and not words[j].gap:
            j += 1
        if j < n and words[j].gap[:1] in ("»", _QUOTE_OPEN) and j - w <= 4:
            out.append(RuleName(w, j, words[w].start, words[j - 1].end, "ORG", "rule:quoted", 4.0))
    return out


def _verb_with_object(k: str) -> bool:
    """An Arabic imperfect verb carrying an object pronoun (يستخدمها، تستهدفهم، نعرفه)."""
    return len(k) >= 5 and k[0] in "يتنا" and k.endswith(("ها", "هم", "هما", "كم"))


def _indefinite_nisba(head: str, k: str) -> bool:
    """An indefinite Arabic relative adjective after an indefinite head ("حي سكني", "منطقة
    زراعية", "قرية حدودية"): it describes the head. A name after an indefinite head rarely ends in
    the nisba -ي/-ية without the article (names with -ية carry it: "ناحية العامرية")."""
    return (not head.startswith("ال") and not k.startswith("ال") and len(k) >= 4
            and (k.endswith("ي") or k.endswith(("يه", "ية"))))


def _places(ctx: _Ctx) -> list[RuleName]:
    lex = ctx.lex
    words = ctx.words
    n = len(words)
    out: list[RuleName] = []
    for w in range(n - 1):
        if ctx.blocked[w] or ctx.in_set(w, lex.loc_heads) is None:
            continue
        if w > 0 and not _breaks(words[w]) and ctx.key(w - 1) in lex.demonstratives:
            continue  # "این روستا", "هذه القرية": an anaphor, no name follows
        p = w + 1
        if _breaks(words[p]) or not ctx.plain(p) or ctx.key(p) in lex.given:
            continue
        if ctx.arabic and _verb_with_object(ctx.key(p)):
            continue  # "مواقع تستخدمها الفصائل": a verb, not a place name
        if ctx.key(p) in lex.nisba_adjectives or (ctx.arabic and _indefinite_nisba(ctx.key(w), ctx.key(p))):
            continue  # "حي سكني", "منطقة صناعية", "روستای مرزی": an adjective of the head, not a name
        j = p + 1
        if j < n and not _breaks(words[j]) and ctx.key(j) not in lex.nisba_adjectives:
            second = ctx.key(j)
            if (ctx.key(p) in lex.place_prefixes and ctx.plain(j)) or (
                    ctx.arabic and second.startswith("ال") and not ctx.key(p).startswith("ال")
                    and second not in lex.stop and len(second) > 3):
                j += 1
        out.append(RuleName(p, j, words[p].start, words[j - 1].end, "LOC", "rule:loc-head", 4.0))
    return out
