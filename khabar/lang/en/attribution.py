"""English attribution data (constants only, used by :mod:`khabar.claims`).

Words are lower-case; keys are case-folded. English news attributes before the content ("X said
that ...", "According to X, ...") or after it ("..., X said on Sunday.", "..., two sources told
Reuters."), and cites nested sources with "citing" / "quoting".
"""

from __future__ import annotations

#: Where the speaker stands relative to an attribution verb: "before" (subject-verb order; the
#: inverted "..., said X" is recognized too).
SPEAKER_SIDE = "before"

#: Reporting verbs: the speaker asserts the content.
REPORT_VERBS: tuple[str, ...] = (
    "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "stated",
    "confirmed", "confirms", "claimed", "wrote", "writes", "tweeted", "posted", "noted", "revealed",
    "disclosed", "explained", "insisted", "insists", "acknowledged", "admitted", "maintained", "asserted",
    "declared", "quoted", "reported that", "has said", "have said", "had said", "has told", "have told",
    "has reported", "has confirmed", "has announced",
)

#: Verbs that continue the previous speaker ("He added that ...").
CONTINUE_VERBS: tuple[str, ...] = ("added", "adds")

#: Participles continuing the speaker within one sentence ("..., adding that ...").
PARTICIPLES: tuple[str, ...] = ("adding", "saying", "noting", "stressing", "insisting", "explaining")

#: Denial verbs (claim kind "denial").
DENY_VERBS: tuple[str, ...] = (
    "denied", "denies", "has denied", "have denied", "rejected reports", "dismissed reports", "refuted",
    "rejected claims", "dismissed claims", "rejected allegations", "dismissed allegations",
)

#: Stance verbs: threaten, warn, vow, accuse. The act is the article's, the content the speaker's.
STANCE_VERBS: tuple[str, ...] = (
    "threatened", "threatens", "warned", "warns", "vowed", "vows", "accused", "accuses", "alleged", "alleges",
    "has threatened", "has warned", "has accused",
)

#: "as X reported" makes a trailing frame.
AS_WORDS: tuple[str, ...] = ("as",)

#: Prepositional frames "according to X".
ACCORDING: tuple[str, ...] = ("according to", "citing", "quoting", "as reported by", "as cited by")

#: Inside a source phrase: "citing X" marks the next, inner, source.
CITE_MARKERS: tuple[str, ...] = ("citing", "quoting")

#: Complementizers opening the reported content.
COMPLEMENTIZERS: tuple[str, ...] = ("that",)

#: Relative words ending a source phrase.
RELATIVES: tuple[str, ...] = ("who", "which")

#: Generic outlet words.
OUTLET_WORDS: dict[str, str] = {
    "news agency": "news agency", "agency": "agency", "newspaper": "newspaper", "daily": "daily",
    "channel": "channel", "television": "television", "tv": "TV", "radio": "radio", "website": "website",
    "broadcaster": "broadcaster", "outlet": "outlet", "magazine": "magazine", "media": "media",
}

#: "told our correspondent", "told reporters": no outlet is cited.
OWN_REPORTER: tuple[str, ...] = (
    "reporters", "journalists", "our correspondent", "this newspaper", "the newspaper", "a news conference",
    "a press conference", "parliament", "lawmakers", "the crowd", "supporters",
)

#: Statement words dropped from the speaker ("a statement from X").
STATEMENT_WORDS: tuple[str, ...] = ("a statement from", "a statement by", "statement from", "in a statement")

#: Anaphors referring back to the last speaker.
ANAPHORS: tuple[str, ...] = (
    "he", "she", "they", "the official", "the officials", "the source", "the sources", "the spokesman",
    "the spokeswoman", "the spokesperson", "the minister", "the statement", "the ministry", "the agency",
    "the group", "the diplomat", "the officer", "the commander",
)
PRONOUNS: tuple[str, ...] = ("he", "she", "they")

#: Source nouns -> (English noun, number: 1 singular, 2 dual, 0 plural).
SOURCE_HEADS: dict[str, tuple[str, int]] = {
    "source": ("source", 1), "sources": ("source", 0), "official": ("official", 1), "officials": ("official", 0),
    "spokesman": ("spokesman", 1), "spokeswoman": ("spokeswoman", 1), "spokesperson": ("spokesperson", 1),
    "witness": ("witness", 1), "witnesses": ("witness", 0), "residents": ("resident", 0),
    "resident": ("resident", 1), "activist": ("activist", 1), "activists": ("activist", 0),
    "diplomat": ("diplomat", 1), "diplomats": ("diplomat", 0), "police": ("police", 0), "medics": ("medic", 0),
    "doctors": ("doctor", 0), "officer": ("officer", 1), "officers": ("officer", 0), "media": ("media", 0),
    "reports": ("report", 0), "military": ("military", 1), "army": ("army", 1), "ministry": ("ministry", 1),
    "office": ("office", 1), "government": ("government", 1), "authorities": ("authorities", 0),
    "group": ("group", 1), "statement": ("statement", 1), "analysts": ("analyst", 0), "experts": ("expert", 0),
    "lawmaker": ("lawmaker", 1), "lawmakers": ("lawmaker", 0), "person": ("person", 1), "people": ("people", 0),
}
ONE_OF: tuple[str, ...] = ("one of the",)
PERSON_NOUNS: dict[str, str] = {}

MODIFIERS: dict[str, str] = {}
NATIONALITIES: dict[str, str] = {}

#: Phrases saying a source is not named -> "asked" (who asked not to be named) / "anonymity" / "unnamed".
ANONYMITY: dict[str, str] = {
    "on condition of anonymity": "anonymity", "on the condition of anonymity": "anonymity",
    "who asked not to be named": "asked", "who asked not to be identified": "asked",
    "who declined to be named": "asked", "who declined to be identified": "asked",
    "speaking on condition of anonymity": "anonymity", "who requested anonymity": "asked",
    "who spoke on condition of anonymity": "anonymity",
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "several": 0, "some": 0,
}
VAGUE_WORDS: dict[str, str] = {"several": "several", "some": "some"}
TAIL_PREPOSITIONS: dict[str, str] = {}
TITLES: dict[str, str] = {}
GLOSSARY: dict[str, str] = {}
GLOSSARY_ADJECTIVES: dict[str, str] = {}
GLOSSARY_TAILS: dict[str, str] = {}

#: Nouns of media that publish the reports a denial rejects ("denied media reports").
MEDIA_HEADS: tuple[str, ...] = ("media reports", "media", "reports in", "newspapers", "websites", "social media")
MEDIA_QUANTIFIERS: dict[str, str] = {"some": "some", "several": "several"}

#: Words that end a subject read back from a verb ("the ministry on Sunday said", "X also said").
ADJUNCT_STARTS: tuple[str, ...] = (
    "on", "late", "early", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "overnight",
    "separately", "also", "previously", "privately", "publicly", "via", "through", "after", "had", "has", "have",
    "once", "again", "repeatedly", "then",
)

#: Words that show a stretch before a verb is a clause, not a subject ("It was ... reported").
CLAUSE_WORDS: tuple[str, ...] = (
    "is", "was", "were", "are", "will", "would", "did", "does", "do", "could", "can", "it", "there", "which",
    "while", "when", "because", "if", "than", "no", "nobody", "none", "neither",
)

#: Words right after a verb that show a participle, not attribution ("reported by", "said to be").
NOT_AFTER_VERB: tuple[str, ...] = ("by", "for", "to", "as", "with", "of", "from", "against", "up", "out",
                                   "responsibility", "credit", "victory", "lives", "the lives")

#: Phrases naming the outlet a source spoke to, as "told" does ("در گفت‌وگو با خبرگزاری تسنیم").
TOLD_PHRASES: tuple[str, ...] = ("in an interview with",)
