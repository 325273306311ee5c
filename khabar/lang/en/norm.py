"""English normalization and punctuation constants (data only, used by ``khabar.text``).

English keys are case-folded and Latin letters lose their diacritics (é -> e, ø -> o); these Latin
rules apply to Latin words inside Arabic and Persian text too, so names match across languages.
"""

from __future__ import annotations

#: Latin letters that Unicode decomposition does not strip to a base letter.
LATIN_EXTRA: dict[str, str] = {
    "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l",
    "ħ": "h", "Ħ": "h",
    "ı": "i",
    "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe",
    "ð": "d", "Ð": "d",
    "þ": "th", "Þ": "th",
    "ß": "ss", "ẞ": "ss",
    "ŧ": "t", "Ŧ": "t",
    "ƒ": "f",
}

#: Whether the zero-width non-joiner is kept in keys.
KEEP_ZWNJ = False

#: Abbreviations (lower-case, without the final dot) after which a dot does not end a sentence.
#: Dotted acronyms (U.S., U.N., e.g.) and single-letter initials are recognized by pattern.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr", "st", "mt", "ft",
    "gen", "col", "lt", "capt", "maj", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen",
    "rep", "rev", "hon", "pres", "amb", "insp", "supt", "det",
    "vs", "approx", "dept", "inc", "ltd", "corp", "bros", "assn", "univ",
    "e.g", "i.e", "cf", "viz",
})

#: Abbreviations that only count as such when a number follows ("No. 5", "Jan. 6", "p. 12").
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset({
    "no", "nos", "vol", "vols", "art", "sec", "ch", "fig", "p", "pp", "para", "op",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
