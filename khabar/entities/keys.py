"""Matching keys shared by Arabic, Persian and Latin spellings of a name.

Three kinds of key:

- the **unified key** (:func:`unify`): the normalized text (``khabar.text.normalize``) with Persian
  ی/ک folded to Arabic ي/ك and the ZWNJ turned into a space, one character for one so offsets
  survive. Arabic and Persian spellings of one name share it, except for the Persian-only
  letters پ چ ژ گ, which stay (Arabic writes them in several ways).
- the **compact key** (:func:`compact`): letters and digits only, no spaces, hyphens or
  apostrophes, so "حزب الله", "حزب‌الله" and "حزبالله", or "al-Kadhimi" and "Al Kadhimi", agree.
- the **skeleton** (:func:`skeleton`, :func:`latin_skeleton`): a consonant key that ignores the
  article, alef/hamza spellings, joined or spaced compounds and Persian letters, used to mint ids
  for new names (:func:`mint_id`) so the same new name gets the same id in every document.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from anyascii import anyascii

from khabar.lang.en import names as en_names
from khabar.text.normalize import normalize_key

__all__ = ["UNIFY", "unify", "compact", "name_key", "skeleton", "surname_skeleton", "latin_skeleton", "latin_key",
           "mint_id", "script_of", "is_arabic_script"]

ZWNJ = "\u200c"

#: One-to-one folding applied on top of the per-language normalized key.
UNIFY: dict[int, str] = {ord("ی"): "ي", ord("ک"): "ك", ord(ZWNJ): " ", ord("ى"): "ي", ord("ة"): "ه",
                         ord("ۀ"): "ه", ord("ە"): "ه", ord("ھ"): "ه", ord("ئ"): "ي", ord("ؤ"): "و",
                         ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا"}
_TABLE = str.maketrans(UNIFY)
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_PERSIAN_ONLY_RE = re.compile("[پچژگکی]")


def unify(key: str) -> str:
    """Fold a normalized key (of any language) into the shared Arabic-script form."""
    return key.translate(_TABLE)


def compact(text: str) -> str:
    """Letters and digits only."""
    return "".join(ch for ch in text if ch.isalnum())


def name_key(name: str, lang: str) -> str:
    """The compact unified key of a name written in ``lang`` ("ar", "fa" or "en")."""
    return compact(unify(normalize_key(name, lang)))


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def script_of(text: str, lang: str | None = None) -> str:
    """"ar", "fa" or "en" for a surface form: Latin is "en"; Arabic script is "fa" when written in a
    Persian document or with Persian-only letters, else "ar"."""
    if not is_arabic_script(text):
        return "en"
    if lang == "fa" or (lang != "ar" and _PERSIAN_ONLY_RE.search(text)):
        return "fa"
    return "ar"


# -- skeletons ---------------------------------------------------------------------------------

_PERSIAN_LETTERS = str.maketrans({"پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك", "ڤ": "ف", "ڕ": "ر", "ڵ": "ل",
                                  "ۆ": "و", "ێ": "ي"})
_COMPOUND_ARTICLE = re.compile("^(عبد|ابو|بو|ابي|ام)ال(?=..)")
_VOWELS_AR = str.maketrans("", "", "اءى")


def _skeleton_tokens(name: str) -> list[str]:
    key = unify(normalize_key(name, "ar")).translate(_PERSIAN_LETTERS)
    key = key.replace("الله", "له")
    out: list[str] = []
    for tok in re.split(r"[^\w]+|_", key):
        if not tok:
            continue
        if tok.startswith("ال") and len(tok) > 3:
            tok = tok[2:]
        tok = _COMPOUND_ARTICLE.sub(r"\1", tok)
        out.append(tok)
    return out


@functools.lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """Consonant skeleton of an Arabic-script name: no article, no alef or hamza, Persian letters
    folded, spaces removed ("سعد الدراجي" and "سعد الدراجی" -> "سعددرجي")."""
    s = "".join(_skeleton_tokens(name)).translate(_VOWELS_AR)
    return re.sub(r"(.)\1+", r"\1", s)


def surname_skeleton(name: str) -> str:
    """Skeleton of the last word of a name (the usual short form)."""
    toks = _skeleton_tokens(name)
    return re.sub(r"(.)\1+", r"\1", toks[-1].translate(_VOWELS_AR)) if toks else ""


_LATIN_FOLD = (("kh", "x"), ("sh", "c"), ("ch", "c"), ("th", "s"), ("dh", "z"), ("gh", "g"), ("ph", "f"),
               ("q", "k"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"), ("w", "v"), ("j", "j"))


@functools.lru_cache(maxsize=100_000)
def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a Latin name: articles (al-, el-) dropped, vowels and h, y, w removed,
    digraphs folded, doubles collapsed ("Saad al-Darraji" -> "sdrj")."""
    s = unicodedata.normalize("NFKD", anyascii(name)).casefold()
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t]
    toks = [t for t in toks if t not in en_names.ARTICLES]
    out = []
    for t in toks:
        for a in ("al", "el"):
            if t.startswith(a) and len(t) > 5 and t not in ("alan", "alex", "ali"):
                t = t[len(a):]
                break
        out.append(t)
    s = "".join(out)
    for a, b in _LATIN_FOLD:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyhw']", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def latin_key(name: str) -> str:
    """Letters of a Latin name without articles, hyphens, apostrophes or case ("Saad al-Darraji" ->
    "saaddarraji"): exact enough that "Amman" and "Yemen" differ."""
    s = unicodedata.normalize("NFKD", anyascii(name)).casefold()
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in en_names.ARTICLES]
    return "".join(toks)


def mint_id(etype: str, name: str) -> str:
    """A deterministic, script-independent id for a name not in the knowledge base:
    ``new-<type>-<readable>-<hash>``. Arabic and Persian spellings of one name share their skeleton,
    hence their id; Latin names get a Latin-skeleton id (merged across scripts by linking)."""
    if is_arabic_script(name):
        key = "a:" + skeleton(name)
        readable = re.sub(r"[^a-z0-9]", "", anyascii(key[2:]).lower())[:24]
    else:
        key = "l:" + latin_key(name)
        readable = key[2:][:24]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return f"new-{etype.lower()}-{readable or 'x'}-{digest}"
