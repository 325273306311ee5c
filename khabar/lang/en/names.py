"""English name-recognition data (constants only, used by :mod:`khabar.entities`)."""

from __future__ import annotations

#: Titles and roles that spaCy sometimes includes at the start of a PERSON span; they are
#: trimmed ("Maj. Gen. Saad al-Darraji" -> "Saad al-Darraji"). Compared case-insensitively,
#: without the final dot.
TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh",
    "shaikh", "sheik", "sayyid", "sayed", "seyed", "seyyed", "sayyed", "imam", "ayatollah",
    "grand", "hojatoleslam", "hojjatoleslam", "mullah", "haj", "hajji", "hajj", "emir", "amir",
    "king", "queen", "prince", "princess", "crown", "president", "vice", "prime", "minister",
    "premier", "chancellor", "speaker", "secretary", "general", "gen", "maj", "major", "lt",
    "lieutenant", "col", "colonel", "brig", "brigadier", "capt", "captain", "cmdr", "commander",
    "adm", "admiral", "sgt", "sergeant", "cpl", "pvt", "marshal", "field", "senator", "sen", "rep",
    "representative", "governor", "gov", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "judge", "justice", "pope", "patriarch", "bishop", "archbishop", "rabbi",
    "cleric", "leader", "chief", "deputy", "foreign", "defense", "defence", "interior", "state",
    "then", "former", "late", "supreme", "mp", "lawmaker", "sultan", "rev", "father", "brother",
    "gen.", "the",
})

#: Words after which a capitalized span is a place ("village of X", "X province").
LOC_CUES_BEFORE: frozenset[str] = frozenset({"village", "town", "city", "province", "district", "governorate",
                                             "town of", "region", "near", "in", "outside"})
LOC_CUES_AFTER: frozenset[str] = frozenset({"village", "town", "city", "province", "district", "governorate",
                                            "region", "crossing", "border", "camp", "base", "airport", "port",
                                            "strait", "valley", "river", "mountains", "county", "neighbourhood",
                                            "neighborhood", "suburb", "suburbs"})

#: Last words that make a span an organization or a facility, even when it contains a place or
#: person name ("Erbil International Airport", "Kurdistan Regional Government").
HEAD_WORDS: frozenset[str] = frozenset({
    "airport", "base", "bridge", "mosque", "shrine", "university", "agency", "council", "party",
    "front", "brigade", "brigades", "battalion", "movement", "organization", "organisation", "forces",
    "army", "ministry", "command", "committee", "court", "bank", "company", "corporation", "crossing",
    "dam", "port", "field", "camp", "square", "street", "hospital", "prison", "government", "assembly",
    "parliament", "authority", "corps", "guard", "guards", "units", "group", "alliance", "coalition",
    "union", "league", "institute", "foundation", "network", "channel", "tv", "radio", "news",
    "times", "post", "service", "office", "palace", "heights", "island", "islands", "valley", "river",
    "sea", "gulf", "strait", "ocean", "mountains", "desert", "zone", "district", "province", "city",
})

#: Words that are never entities on their own even when spaCy says so (capitalized sentence words,
#: weekdays, months, adjectives).
NOT_ENTITIES: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "arbaeen", "ramadan", "eid", "nowruz",
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its",
    "us", "west", "east", "north", "south", "shiite", "sunni", "kurdish", "arab", "arabic", "persian",
    "supreme", "state", "defense", "defence", "foreign", "interior", "justice", "treasury", "congress",
})

#: spaCy labels and the khabar type they become (NORP, DATE, MONEY ... are not entities).
SPACY_TYPES: dict[str, str] = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

#: Articles inside Arabic names written in Latin letters ("al-Sadr", "el-Sisi", "Abd al-Aziz").
ARTICLES: frozenset[str] = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "adh"})

#: Words just after a name that say it is an organization ("the Fars news agency").
ORG_CUES_AFTER: frozenset[str] = frozenset({"news", "agency", "newspaper", "channel", "tv", "television",
                                            "movement", "party", "group", "militia", "faction"})

#: Words around a known name that are not part of the mention ("the Fars news agency",
#: "Diyala province", "the Ain al-Asad air base").
GENERIC_AFFIXES: frozenset[str] = frozenset({"news", "agency", "province", "governorate", "district", "air", "base",
                                             "city", "the", "crossing", "border"})

#: Given names of the region as usually romanized (lower case). A spaCy GPE/ORG span that starts
#: with one of these and has no head word is a person ("Mohammadreza Nowruzi").
GIVEN_NAMES: frozenset[str] = frozenset({
    "mohammad", "mohammed", "muhammad", "mohamed", "mohammadreza", "mohammad-reza", "ali", "alireza",
    "hamidreza", "gholamreza", "hassan", "hasan", "hossein", "hussein", "husain", "ahmad", "ahmed",
    "mahmoud", "mahmud", "mostafa", "mustafa", "moustafa", "reza", "saad", "saeed", "said", "saleh",
    "salih", "khalid", "khaled", "omar", "umar", "ibrahim", "ebrahim", "ismail", "esmail", "esmaeil",
    "yousef", "yusuf", "youssef", "yahya", "abbas", "abdul", "abdel", "abd", "abdullah", "abdulla",
    "abdulsattar", "abdulmalik", "abdulaziz", "abdulrahman", "abu", "um", "umm", "jafar", "jaafar",
    "kazem", "kadhim", "kazim", "qasem", "qassem", "qasim", "kasim", "hadi", "mahdi", "mehdi", "haidar",
    "haider", "hayder", "karwan", "kamran", "masoud", "masood", "majid", "hamid", "nasser", "naser",
    "faisal", "fahd", "fuad", "fouad", "falah", "falih", "raad", "badr", "bader", "wissam", "wisam",
    "nouri", "nuri", "qais", "qays", "muqtada", "ammar", "amer", "amir", "adel", "adil", "karim",
    "kareem", "jawad", "javad", "sadiq", "sadegh", "baqir", "bagher", "morteza", "mortaza", "mojtaba",
    "amin", "bashar", "bashir", "tariq", "tareq", "walid", "waleed", "ziad", "ziyad", "nabil", "nabih",
    "najib", "naim", "hisham", "haitham", "ayman", "anwar", "akram", "salman", "sultan", "mansour",
    "nizar", "osama", "usama", "hamza", "hamzeh", "jamal", "kamal", "saif", "sayf", "nour", "noor",
    "fatima", "fatemeh", "zainab", "zeinab", "maryam", "mariam", "aisha", "khadija", "sara", "layla",
    "leila", "huda", "rana", "reem", "mona", "kaveh", "kourosh", "dariush", "bahram", "babak", "behrouz",
    "farhad", "farid", "saman", "sina", "ramin", "rasoul", "rasul", "yaser", "yasser", "yasir", "hashem",
    "hashim", "aliakbar", "ali-akbar", "mirza", "sardar", "shirko", "hoshyar", "rebwar", "bafel", "qubad",
    "nechirvan", "masrour", "hemin", "lahur", "azad", "aram", "dara", "sirwan", "nawzad", "jotyar",
})


#: Nouns of weapons: a capitalized word right before one names the weapon's type ("Katyusha
#: rockets", "Shahed drones"), not a place or an organization.
WEAPON_NOUNS: frozenset[str] = frozenset({
    "rocket", "rockets", "missile", "missiles", "drone", "drones", "launcher", "launchers", "shell", "shells",
    "mortar", "mortars", "rifle", "rifles", "tank", "tanks", "warhead", "warheads", "interceptor", "interceptors",
})

#: Words after a weapon noun that make the phrase an event ("the Erbil drone attack"): the word
#: before the weapon is then the event's place, so it is kept.
WEAPON_EVENT_NOUNS: frozenset[str] = frozenset({
    "attack", "attacks", "strike", "strikes", "barrage", "barrages", "fire", "salvo", "raid", "raids",
})

#: Weapon systems named in regional news; never places, people or organizations.
WEAPON_NAMES: frozenset[str] = frozenset({
    "katyusha", "grad", "shahed", "qassam", "kornet", "fateh", "zolfaghar", "burkan", "samad", "qasef", "tomahawk",
    "hellfire", "patriot", "atacms", "himars", "scud", "shahab", "sejjil", "kheibar", "emad", "ghadr", "paveh",
    "toophan", "mohajer", "arash", "sayyad", "khorramshahr", "quds-1", "badr-1", "kh-101", "iskander", "reaper",
})

#: Office words after a one-word name make it part of a title ("Health Minister", "Parliament
#: Speaker"), not an organization of its own.
OFFICE_WORDS: frozenset[str] = frozenset({
    "minister", "ministers", "speaker", "spokesman", "spokeswoman", "spokesperson", "chief", "commander",
    "secretary", "director", "official", "officials", "committee",
})

#: Nouns of vessels: a name right after one is a ship ("the bulk carrier Marisol Star"), not a person.
VESSEL_NOUNS: frozenset[str] = frozenset({
    "ship", "vessel", "tanker", "carrier", "freighter", "boat", "frigate", "destroyer", "cargo", "supertanker",
    "dhow", "yacht", "submarine", "warship", "containership",
})

