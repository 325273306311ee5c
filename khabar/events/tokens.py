"""Words and punctuation of one sentence, as normalized keys with offsets into the document.

Every rule of the event extractor works on these tokens: the normalized key (``khabar.text.normalize``
with the language's letter rules, lower-cased for English) is what the lexicons are matched against,
and ``start``/``end`` are character offsets into ``Document.text`` so that every finding maps back
to the exact evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.text.normalize import normalize

__all__ = ["Token", "tokenize", "PUNCT_BREAK", "PUNCT_SOFT"]

# A word: letters/digits, with ZWNJ, apostrophes, hyphens and inner dots ("U.S", "al-Asad",
# "گفت‌وگو", "Saturday's"); or one punctuation character.
_TOKEN_RE = re.compile(r"[^\W_](?:[^\W_]|\u200c)*(?:['’\-.][^\W_]+)*|[^\w\s\u200c]")

#: Punctuation that closes a clause for scope and date sharing.
PUNCT_BREAK = frozenset({",", ";", ":", "؛", "،", "(", ")", "—", "–", "-"})
#: Quotation marks: a quoted stretch is the speaker's.
PUNCT_SOFT = frozenset({"«", "»", "“", "”", '"', "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation character.

    ``text`` is the normalized key (lower case for English); ``raw`` the original characters;
    ``start``/``end`` offsets into the document text; ``i`` the position in the sentence.
    """

    i: int
    text: str
    raw: str
    start: int
    end: int
    is_word: bool = True
    is_punct: bool = False


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` (one sentence), with offsets shifted by ``offset`` (the sentence start)."""
    norm = normalize(text, lang)
    key = norm.text.lower() if lang == "en" else norm.text
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(key):
        s, e = m.span()
        word = m.group(0)
        if lang == "en" and word.endswith(".") and len(word) > 1:
            word = word.rstrip(".")
            e = s + len(word)
        os_, oe = norm.to_original(s, e)
        is_word = word[:1].isalnum()
        out.append(Token(len(out), word, text[os_:oe], os_ + offset, oe + offset, is_word, not is_word))
    return out
