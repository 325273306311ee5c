"""Arabic normalization and punctuation constants (data only, used by ``khabar.text``).

Normalized text is a *matching key*; display text is never changed. Choices for Arabic keys:

- alef with hamza above/below, alef with madda, alef wasla (أ إ آ ٱ ٲ ٳ) -> bare alef ا
- alef maksura ى -> ya ي (so على and علي share a key, as in most Arabic search engines)
- ta marbuta ة -> ha ه
- hamza on waw ؤ -> و and hamza on ya ئ -> ي. This is also what decomposed input gives (و/ي +
  combining hamza U+0654, which is removed with the other marks), so precomposed and decomposed
  spellings agree. Bare hamza ء is kept.
- Persian/Urdu letter shapes that Arabic pages sometimes use: ی ې ۍ -> ي, ک ڪ -> ك, ھ ہ ۀ ۂ -> ه
- ZWNJ is removed (it carries no meaning in Arabic)
"""

from __future__ import annotations

#: Letter map applied to Arabic keys (single characters to single characters).
LETTER_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ې": "ي",
    "ۍ": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "ھ": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    "ۂ": "ه",
}

#: Whether the zero-width non-joiner is kept in keys.
KEEP_ZWNJ = False

#: Sentence-final punctuation besides the common ``. ! ? …`` (Arabic question mark).
SENTENCE_END = "؟"

#: Soft boundary: Arabic semicolon. Split on it only inside long sentences.
SOFT_BOUNDARY = "؛"

#: Abbreviations written with a dot that do not end a sentence, without the dot.
#: Any single Arabic letter followed by a dot (د. أ. م. ص. ج.) is also treated as an abbreviation.
ABBREVIATIONS: frozenset[str] = frozenset({
    "د",  # دكتور
    "أ",  # أستاذ
    "م",  # ميلادي (2021م.) / مهندس
    "هـ",  # هجري (1443هـ.)
    "ه",
    "ص",  # صفحة
    "ج",  # جزء
    "ق",  # قبل (ق.م.)
    "ت",  # توفي / تلفون
    "ب",  # بريد
    "ش",  # شارع
    "ع",  # عدد
})
