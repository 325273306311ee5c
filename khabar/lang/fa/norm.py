"""Persian normalization and punctuation constants (data only, used by ``khabar.text``).

Normalized text is a *matching key*; display text is never changed. Choices for Persian keys:

- Arabic ya ي and alef maksura ى -> Persian ye ی; Arabic kaf ك -> Persian kaf ک
- ta marbuta ة -> ه (Persian writes الجزیره for الجزيرة)
- alef variants أ إ ٱ and also alef with madda آ -> bare alef ا. Collapsing آ makes "آمریکا" and
  "امریکا" (both common) share a key, and agrees with decomposed input (ا + combining madda U+0653,
  which is removed with the other marks).
- ۀ (he with hamza, the written ezafe) -> ه, for the same reason (ه + U+0654 decomposes to it):
  "خانهٔ" and "خانه" share a key.
- hamza on waw ؤ -> و ("سؤال" = "سوال") and on ya ئ -> ی ("رئیس" = "رییس", "پائیز" = "پاییز")
- heh doachashmee ھ -> ه
- the zero-width non-joiner (ZWNJ, U+200C) is kept, cleaned and *restored*: the canonical key
  writes it where standard orthography does, so "میگوید", "می گوید" and "می‌گوید" share the key
  "می‌گوید". Restoration uses the lexicon of the ``shekar`` package (read at run time) plus the
  prefix/suffix rules below.
"""

from __future__ import annotations

ZWNJ = "\u200c"

#: Letter map applied to Persian keys (single characters to single characters).
LETTER_MAP: dict[str, str] = {
    "ي": "ی",
    "ى": "ی",
    "ې": "ی",
    "ۍ": "ی",
    "ك": "ک",
    "ڪ": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "ۂ": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "ئ": "ی",
}

#: Whether the zero-width non-joiner is kept in keys.
KEEP_ZWNJ = True

#: Letters that never join to the following letter: a ZWNJ after them is invisible and is dropped
#: from keys ("نیرو‌ها" -> "نیروها").
NON_JOINING: frozenset[str] = frozenset("اآأإٱٲٳدذرزژوؤةءۀەۆۇۈۉۊۋڈډڊڋڌڍڎڏڐڑڒړڔڕږڗڙ")

#: Verb prefixes written with a ZWNJ before the verb ("می‌گوید", "نمی‌گوید"). Longest first.
VERB_PREFIXES: tuple[str, ...] = ("نمی", "می")

#: Personal endings after a present stem ending in a consonant (گیر -> گیرم ... گیرند).
PRESENT_ENDINGS: tuple[str, ...] = ("م", "ی", "د", "یم", "ید", "ند")

#: Personal endings after a present stem ending in a vowel (گو -> گویم ... گویند; آ -> آیم ...).
PRESENT_VOWEL_ENDINGS: tuple[str, ...] = ("یم", "یی", "ید", "ییم", "یید", "یند")

#: Past endings after the past stem (گفت -> گفتم ... گفتند) and the participle ending (گفته).
PAST_ENDINGS: tuple[str, ...] = ("", "م", "ی", "یم", "ید", "ند", "ه")

#: Plural suffix and its possessive/indefinite forms, written after a ZWNJ when the stem ends in a
#: joining letter ("کتاب‌ها", "گروه‌های"). Longest first.
PLURAL_SUFFIXES: tuple[str, ...] = (
    "هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها",
)

#: Superlative suffix ("بزرگ‌ترین"). The comparative "تر" is left to the lexicon: as a rule it
#: would split foreign names ("پیتر", "وینتر", "کلاستر") into a known stem plus "تر".
COMPARATIVE_SUFFIXES: tuple[str, ...] = ("ترین",)

#: Clitics written directly after a known word ("بها" + "ی" = "بهای", "تنها" + "یی" = "تنهایی").
#: A word that is a known word plus one of these is not split by the suffix rules ("بهای" is not
#: "به‌ای", "تنهای" is not "تن‌های").
JOINED_CLITICS: tuple[str, ...] = ("یی", "ی")

#: Suffixes written after a ZWNJ following a final silent he ("گونه‌ای", "رفته‌اند", "خانه‌ام").
HEH_SUFFIXES: tuple[str, ...] = ("اید", "ایم", "اند", "ای", "ام")

#: Suffix words that are joined to the previous word when written after a space ("کتاب ها").
SPACE_JOIN_SUFFIXES: frozenset[str] = frozenset(PLURAL_SUFFIXES + COMPARATIVE_SUFFIXES + HEH_SUFFIXES)

#: Words after which "می" is the month May, not the verb prefix ("ماه می گذشته"). A number before
#: "می" ("۱۵ می") blocks the join too.
MONTH_CONTEXT: frozenset[str] = frozenset({"ماه", "اواسط", "اوایل", "اواخر"})

#: Minimum corpus frequency (in shekar's vocab.csv) for a word to count as a known stem in the
#: suffix rules. The median frequency there is about 21,000; many rare entries are noise.
MIN_STEM_FREQUENCY = 20_000

#: Minimum stem length (letters) for the suffix rules ("تنها" must not become "تن‌ها").
MIN_STEM_LENGTH = 2

#: Where the lexicon lives: (package, file) pairs read with importlib.resources at run time.
LEXICON_PACKAGE = "shekar.data.files"
LEXICON_VOCAB = "vocab.csv"  # word,frequency
LEXICON_COMPOUNDS = "compound_words.csv"  # one word with ZWNJ per line
LEXICON_VERBS = "verbs.csv"  # present stem,past stem,colloquial present,colloquial past

#: Sentence-final punctuation besides the common ``. ! ? …`` (Arabic question mark).
SENTENCE_END = "؟"

#: Soft boundary: Arabic semicolon. Split on it only inside long sentences.
SOFT_BOUNDARY = "؛"

#: Abbreviations written with a dot that do not end a sentence, without the dot. Any single
#: letter followed by a dot (د. م. ص.) is also treated as an abbreviation.
ABBREVIATIONS: frozenset[str] = frozenset({
    "د",  # دکتر
    "م",  # میلادی / مهندس
    "ه",  # هجری (ه.ش / ه.ق)
    "ش",  # شمسی
    "ق",  # قمری / قبل (ق.م)
    "ص",  # صفحه
    "ج",  # جلد
    "ر",  # رحمه‌الله
    "ع",  # علیه‌السلام
    "س",  # سلام‌الله‌علیها
})
