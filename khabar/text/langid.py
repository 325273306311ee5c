"""Language identification that tells Arabic, Persian, Urdu and Kurdish apart, even in titles.

:func:`detect_language` combines the character n-gram model of ``py3langid`` with evidence that a
short title still carries:

- letters found in only one of the languages written in Arabic script: Urdu ٹ ڈ ڑ ں ے ۓ ہ,
  Kurdish (Sorani) ێ ڵ ڕ ە ۆ, Pashto ټ ډ ړ ږ ښ ګ ځ څ ڼ ۍ; the letters پ چ ژ گ, which Persian (and
  Urdu, Kurdish) use but Arabic does not; ة and final ى, which Arabic uses and Persian rarely does;
- function words: Arabic في على إلى الذي التي أن ...; Persian است را این که در از ...; Urdu ہے کے
  کی میں اور ... They are matched after mapping Arabic ي/ك to Persian ی/ک, so Arabic typed on a
  Persian keyboard ("فی", "الذی") and Persian typed with Arabic letters ("اين", "كه") still count;
- Persian morphology: the zero-width non-joiner and the verb prefix "می‌" / "نمی‌"; Arabic
  morphology: words that start with the article "ال".

Each language's score is the log-probability from py3langid plus these weighted counts; the
confidence returned is the winner's share after a softmax. Text in other scripts goes to
py3langid alone. Codes are ISO 639-1 where one exists ("ar" for py3langid's Egyptian and Moroccan
labels, "ku" for Kurmanji and for Sorani/Southern Kurdish), otherwise py3langid's ISO 639-3 code.
"""

from __future__ import annotations

import copy
import functools
import logging
import math
import re
from typing import Any

from khabar.lang.fa.norm import ZWNJ

__all__ = ["detect_language", "SAMPLE_CHARS"]

LOGGER = logging.getLogger(__name__)

#: Only the first characters are looked at (news language does not change mid-article).
SAMPLE_CHARS = 3000

#: py3langid labels for languages written in Arabic script, and the codes khabar returns.
_ARABIC_SCRIPT_LABELS = ("ar", "arz", "ary", "fa", "ur", "ps", "ku", "sdh", "ug")
#: Languages considered for text in other scripts: languages with a sizeable news press. Leaving
#: out py3langid's rarer labels (Kabyle, Walloon, Ligurian ...) makes short titles far more stable.
_OTHER_LABELS = (
    "en", "fr", "de", "es", "it", "pt", "nl", "tr", "az", "ku", "id", "ms", "sv", "da", "no", "fi", "pl",
    "cs", "sk", "ro", "hu", "hr", "bs", "sr", "sl", "sq", "el", "ru", "uk", "bg", "mk", "be", "kk", "ky",
    "uz", "tg", "hy", "ka", "he", "hi", "bn", "pa", "gu", "mr", "ta", "te", "kn", "ml", "th", "vi", "zh",
    "ja", "ko", "sw", "ha", "so", "am", "ca", "eu", "gl", "et", "lv", "lt", "is", "ga", "cy", "mt", "af",
    "tl", "ne", "si", "my", "km", "mn", "lo", "tk",
)
_CODE_ALIASES = {"arz": "ar", "ary": "ar", "sdh": "ku", "uzs": "uz", "zxx": "und"}

_URDU_LETTERS = frozenset("ٹڈڑںےۓہ")
_KURDISH_LETTERS = frozenset("ێڵڕەۆ")
_PASHTO_LETTERS = frozenset("ټډړږښګځڅڼۍ")
_PERSIAN_LETTERS = frozenset("پچژگ")
_ARABIC_LETTERS = frozenset("ةى")

# neutral spelling for function-word look-up: Arabic ya/kaf as Persian ye/kaf
_NEUTRAL = str.maketrans({"ي": "ی", "ك": "ک", "\u0640": None})


def _neutral(words: str) -> frozenset[str]:
    return frozenset(words.translate(_NEUTRAL).split())


_AR_WORDS = _neutral(
    "في على إلى الى عن مع التي الذي الذين اللذين هذا هذه ذلك تلك كان كانت قال وقال وأضاف أن إن أنه إنه "
    "لم لن قد حيث منذ حتى أو ثم هو هي وفي ولا إلا وهو وهي كما فيما عليه إليه عندما لكن وذلك"
)
_FA_WORDS = _neutral(
    "است را این که در از به با برای شد کرد شده خود آن بود یک نیز گفت اند ها های تا اما اگر هر همه "
    "چه دیگر شود کند دارد باید کرده داد وی او آنها ایشان هستند بودند خواهد نمی می شدند کردند"
)
_UR_WORDS = _neutral(
    "ہے ہیں کے کی کا کو میں اور سے نے یہ وہ پر بھی تھا تھے تھی گیا گئی گئے کر کیا ہو نہیں ایک لیے "
    "ہوں گا گی والے کہا"
)

_EN_WORDS = frozenset(
    "the of and to in on for is was with after as by at from says said over will has have are be its his "
    "her their were been into against amid than who which".split()
)
_LATIN_WORD_RE = re.compile("[a-z']+")
_WORD_RE = re.compile(f"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff{ZWNJ}]+")
_ARABIC_SCRIPT_RE = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff"
                               "\ufb50-\ufdff\ufe70-\ufefc]")

# weights of the evidence (log-odds units); see the module docstring
_W_FUNCTION_WORD = 1.5
_W_EXCLUSIVE_LETTER = 1.5
_W_PERSIAN_LETTER = 1.0
_W_ARABIC_LETTER = 1.0
_W_ZWNJ = 1.0
_W_VERB_PREFIX = 1.5
_W_ARTICLE = 0.8
_W_NO_ARABIC_CLUE = 1.5
_W_EN_PRIOR = 1.0
_CAP = 6  # at most this many of one kind of clue count
_HINT_MARGIN = 1.0  # the hint wins if its score is this close to the best


@functools.cache
def _identifiers() -> tuple[Any, Any]:
    """py3langid restricted to the other-script news languages, and to Arabic-script languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    other = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    arabic = copy.copy(other)  # shares the model arrays; set_languages rebinds, never mutates them
    known = set(other.nb_classes)
    other.set_languages([c for c in _OTHER_LABELS if c in known])
    arabic.set_languages([c for c in _ARABIC_SCRIPT_LABELS if c in known])
    return other, arabic


def _code(label: str) -> str:
    return _CODE_ALIASES.get(label, label)


def _base(hint: str | None) -> str | None:
    if not hint:
        return None
    return _code(hint.strip().replace("_", "-").split("-")[0].lower()) or None


def _count_scripts(text: str) -> tuple[int, int]:
    """(letters in Arabic script, all letters)."""
    arabic = len(_ARABIC_SCRIPT_RE.findall(text))
    letters = sum(1 for ch in text if ch.isalpha())
    return arabic, max(letters, arabic)


def _capped(n: int) -> float:
    return float(min(n, _CAP))


def _evidence(text: str) -> dict[str, float]:
    """Script and word clues per language, in log-odds units."""
    letters: dict[str, int] = {}
    for ch in text:
        if ch in _URDU_LETTERS or ch in _KURDISH_LETTERS or ch in _PASHTO_LETTERS \
                or ch in _PERSIAN_LETTERS or ch in _ARABIC_LETTERS:
            letters[ch] = letters.get(ch, 0) + 1

    def total(chars: frozenset[str]) -> int:
        return sum(n for ch, n in letters.items() if ch in chars)

    words = _WORD_RE.findall(text.translate(_NEUTRAL))
    plain = [w.replace(ZWNJ, "") for w in words]
    ar_hits = sum(1 for w in plain if w in _AR_WORDS)
    fa_hits = sum(1 for w in plain if w in _FA_WORDS)
    ur_hits = sum(1 for w in plain if w in _UR_WORDS)
    final_ya = sum(1 for w in plain if w.endswith("ى"))
    article = sum(1 for w in plain if len(w) > 3 and (w.startswith("ال") or w[1:3] == "ال" and w[0] in "وبفلک"))
    zwnj = text.count(ZWNJ)
    verb_prefix = sum(1 for w in words if w.startswith(("می" + ZWNJ, "نمی" + ZWNJ)))
    persian_letters = total(_PERSIAN_LETTERS)
    arabic_letters = letters.get("ة", 0) + final_ya
    n_words = max(len(words), 1)
    article_share = article / n_words

    ev = {lang: 0.0 for lang in ("ar", "fa", "ur", "ku", "ps", "ug")}
    ev["ar"] += _W_FUNCTION_WORD * _capped(ar_hits) + _W_ARABIC_LETTER * _capped(arabic_letters)
    ev["ar"] -= _W_PERSIAN_LETTER * _capped(persian_letters) + _W_ZWNJ * _capped(zwnj)
    ev["ar"] += _W_ARTICLE * _CAP * max(0.0, article_share - 0.1)
    if len(words) >= 4 and not article and not ar_hits:
        ev["ar"] -= _W_NO_ARABIC_CLUE  # an Arabic sentence without the article or a function word
    ev["fa"] += _W_FUNCTION_WORD * _capped(fa_hits) + _W_PERSIAN_LETTER * _capped(persian_letters)
    ev["fa"] += _W_ZWNJ * _capped(zwnj) + _W_VERB_PREFIX * _capped(verb_prefix)
    ev["fa"] -= _W_ARTICLE * _CAP * max(0.0, article_share - 0.15)
    ev["ur"] += _W_FUNCTION_WORD * _capped(ur_hits) + _W_EXCLUSIVE_LETTER * _capped(total(_URDU_LETTERS))
    ev["ur"] += _W_PERSIAN_LETTER * _capped(persian_letters) - _W_ARABIC_LETTER * _capped(arabic_letters)
    ev["ku"] += _W_EXCLUSIVE_LETTER * _capped(total(_KURDISH_LETTERS)) + _W_PERSIAN_LETTER * _capped(persian_letters)
    ev["ps"] += _W_EXCLUSIVE_LETTER * _capped(total(_PASHTO_LETTERS))
    exclusive = total(_URDU_LETTERS) + total(_KURDISH_LETTERS) + total(_PASHTO_LETTERS)
    for lang in ("ar", "fa"):
        ev[lang] -= _W_EXCLUSIVE_LETTER * _capped(exclusive)
    return ev


def _softmax_pick(scores: dict[str, float], hint: str | None) -> tuple[str, float]:
    best = max(scores, key=lambda k: scores[k])
    top = scores[best]
    total = sum(math.exp(s - top) for s in scores.values())
    if hint and hint in scores and hint != best and top - scores[hint] < _HINT_MARGIN:
        best = hint
    return best, math.exp(scores[best] - top) / total


def _arabic_script(sample: str, hint: str | None) -> tuple[str, float]:
    # The n-gram model keys on ي/ك versus ی/ک, which says more about the keyboard than the language:
    # average its log-probabilities over the text as written and with those letters neutralized.
    _, arabic = _identifiers()
    variants = [sample]
    neutral = sample.translate(_NEUTRAL)
    if neutral != sample:
        variants.append(neutral)
    scores: dict[str, float] = {}
    for variant in variants:
        probs: dict[str, float] = {}
        for label, prob in arabic.rank(variant):
            probs[_code(label)] = probs.get(_code(label), 0.0) + prob
        for code, prob in probs.items():
            scores[code] = scores.get(code, 0.0) + math.log(prob + 1e-9) / len(variants)
    for lang, value in _evidence(sample).items():
        scores[lang] = scores.get(lang, math.log(1e-9)) + value
    return _softmax_pick(scores, hint)


def _other_script(sample: str, hint: str | None) -> tuple[str, float]:
    other, _ = _identifiers()
    ranked = other.rank(sample)
    if not ranked or ranked[0][1] * len(ranked) < 2.5:
        return "und", 0.0  # no n-gram the model knows: a uniform distribution
    ranked = ranked[:10]
    scores: dict[str, float] = {}
    for label, prob in ranked:
        code = _code(label)
        scores[code] = math.log(math.exp(scores.get(code, -math.inf)) + prob + 1e-9)
    # khabar reads English news: a small prior, and English function words, steady short titles
    en_hits = sum(1 for w in _LATIN_WORD_RE.findall(sample.lower()) if w in _EN_WORDS)
    scores["en"] = scores.get("en", math.log(1e-9)) + _W_EN_PRIOR + _W_FUNCTION_WORD * _capped(en_hits)
    return _softmax_pick(scores, hint)


def detect_language(text: str, *, hint: str | None = None) -> tuple[str, float]:
    """The language of ``text`` as (code, confidence in [0, 1]).

    ``hint`` (e.g. the page's ``<html lang>``) only breaks near-ties; it may be wrong. Empty text
    or text without letters gives ``("und", 0.0)``.
    """
    sample = text[:SAMPLE_CHARS] if text else ""
    arabic, letters = _count_scripts(sample)
    if letters == 0:
        return "und", 0.0
    base_hint = _base(hint)
    if arabic * 2 >= letters:
        code, conf = _arabic_script(sample, base_hint)
    else:
        code, conf = _other_script(sample, base_hint)
    if code == "und":
        return "und", 0.0
    LOGGER.debug("language %s (%.2f) for %d letters", code, conf, letters)
    return code, round(conf, 4)
