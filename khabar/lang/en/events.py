"""English event vocabulary (constants only, compiled by :mod:`khabar.events.lexicon`).

Matching is case-insensitive on whole words. ``VERBS`` holds lemmas; the compiler adds the regular
forms (-s, -es, -ed, -d, -ing, a doubled final consonant) and the irregular ones in ``IRREGULAR``.
``NOUNS`` take -s/-es plurals. A phrase lists several words in a row; its first word is inflected.
"""

from __future__ import annotations

WORD_ORDER = "SVO"
DENIAL_SCOPE = "after"

VERBS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ASSAULT": (
        ("attack",), ("strike",), ("bomb",), ("shell",), ("shoot",), ("assassinate",), ("ambush",),
        ("target",), ("raze",), ("torch",), ("behead",), ("execute",), ("abduct",), ("kidnap",), ("stab",),
        ("hit",), ("storm",), ("invade",), ("massacre",),
    ),
    "COERCE": (
        ("arrest",), ("detain",), ("raid",), ("seize",), ("expel",), ("deport",), ("ban",), ("revoke",),
        ("confiscate",), ("imprison",), ("jail",), ("restrict",), ("block",), ("impound",),
    ),
    "MOBILIZE": (("deploy",), ("mobilize",), ("mobilise",), ("reinforce",), ("dispatch",)),
    "THREATEN": (("threaten",), ("warn",), ("vow",)),
    "PROTEST": (("protest",), ("demonstrate",), ("rally",), ("march",)),
    "ACCUSE": (("accuse",), ("condemn",), ("blame",), ("denounce",), ("criticize",), ("criticise",), ("decry",)),
    "REJECT": (("reject",), ("refuse",), ("rebuff",), ("dismiss",)),
    "REQUEST": (("urge",), ("demand",), ("ask",), ("request",), ("appeal",), ("propose",)),
    "CONSULT": (("meet",), ("visit",), ("discuss",), ("confer",), ("negotiate",)),
    "AGREE": (("agree",), ("sign",), ("approve",)),
    "SUPPORT": (("welcome",), ("praise",), ("endorse",), ("hail",), ("commend",), ("congratulate",), ("applaud",)),
    "COOPERATE": (("cooperate",), ("collaborate",)),
    "AID": (("supply",), ("deliver",), ("donate",), ("airlift",)),
    "SANCTION": (("sanction",), ("blacklist",)),
    "RETREAT": (("withdraw",), ("release",), ("free",), ("reopen",), ("evacuate",), ("retreat",)),
}

IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken"), "shoot": ("shot",), "meet": ("met",), "hold": ("held",),
    "withdraw": ("withdrew", "withdrawn"), "seize": ("seized",), "fight": ("fought",), "hit": ("hit",),
    "take": ("took", "taken"), "send": ("sent",), "give": ("gave", "given"), "lead": ("led",),
    "freeze": ("froze", "frozen"), "bring": ("brought",), "begin": ("began", "begun"), "run": ("ran",),
    "blow": ("blew", "blown"), "throw": ("threw", "thrown"), "set": ("set",), "put": ("put",),
    "fly": ("flew", "flown"), "ride": ("rode",), "speak": ("spoke", "spoken"), "break": ("broke", "broken"),
    "pull": ("pulled",), "call": ("called",), "hand": ("handed",), "fire": ("fired",), "launch": ("launched",),
    "open": ("opened",), "round": ("rounded",), "crack": ("cracked",), "shut": ("shut",),
}

NOUNS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "attack", "strike", "airstrike", "air strike", "drone strike", "bombing", "bombardment", "shelling",
        "assassination", "ambush", "offensive", "assault", "massacre", "clash",
        "rocket attack", "drone attack", "missile attack", "artillery strike", "suicide bombing", "shooting",
        "arson", "incursion", "execution", "abduction", "kidnapping",
    ),
    "COERCE": (
        "arrest", "detention", "crackdown", "seizure", "expulsion", "deportation", "ban", "raid", "curfew",
        "blockade", "siege", "roundup",
    ),
    "MOBILIZE": ("deployment", "reinforcements", "military exercise", "military exercises", "drill", "drills", "mobilization", "mobilisation", "buildup"),
    "THREATEN": ("threat", "warning", "ultimatum"),
    "PROTEST": ("protest", "demonstration", "rally", "sit-in", "strike action", "march", "walkout", "general strike", "hunger strike", "on strike",
                "called a strike", "call a strike", "calls a strike", "calling a strike", "declared a strike",
                "announced a strike", "went on strike", "go on strike", "going on strike", "staged a strike",
                "nationwide strike", "labor strike", "labour strike", "workers' strike", "teachers' strike"),
    "ACCUSE": ("accusation", "condemnation", "criticism"),
    "REJECT": ("rejection", "refusal"),
    "REQUEST": ("request", "demand", "appeal", "proposal", "plea"),
    "CONSULT": (
        "meeting", "talks", "visit", "summit", "phone call", "negotiations", "consultations",
        "conversation", "telephone call", "round of talks",
    ),
    "AGREE": ("agreement", "deal", "accord", "treaty", "memorandum"),
    "SUPPORT": ("endorsement", "praise"),
    "COOPERATE": ("cooperation", "joint operation", "joint patrol", "joint patrols", "intelligence sharing", "coordination"),
    "AID": ("aid", "humanitarian aid", "aid convoys", "aid convoy", "assistance", "relief", "shipment", "aid plane", "aid flight"),
    "SANCTION": ("sanctions", "sanction", "embargo"),
    "RETREAT": ("withdrawal", "release", "pullout", "pullback", "evacuation", "retreat", "reopening"),
}

PHRASES: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("opened fire", "open fire", "shot dead", "shoot down", "shot down", "blew up", "set fire", "set ablaze"),
    "COERCE": ("cracked down", "crack down", "rounded up", "round up", "took into custody", "taken into custody"),
    "MOBILIZE": ("called up", "call up", "calls up", "sent troops", "send troops", "sent reinforcements"),
    "REQUEST": ("called on", "call on", "calls on", "called for", "call for", "calls for", "appealed to"),
    "CONSULT": ("held talks", "hold talks", "holds talks", "spoke with", "phone call", "sat down"),
    "AGREE": ("reached a deal", "reached an agreement", "struck a deal", "signed an agreement"),
    "COOPERATE": ("handed over", "hand over", "hands over", "joint operation", "joint operations"),
    "RETREAT": ("pulled out", "pull out", "pulled back", "set free", "lifted sanctions", "eased restrictions"),
}

CONTEXT: dict[str, tuple[str, ...]] = {
    "projectile": (
        "rocket", "rockets", "missile", "missiles", "drone", "drones", "shell", "shells", "mortar", "mortars",
        "projectile", "projectiles", "bomb", "bombs", "grenade", "artillery", "katyusha",
    ),
    "explosive": ("bomb", "ied", "explosive", "explosives", "car bomb", "suicide", "device", "mine", "landmine"),
    "force": ("troops", "forces", "soldiers", "military", "naval", "army", "reinforcements", "carrier", "warship", "warships", "battalion", "brigade", "jets", "marines", "carrier strike group"),
    "aid": ("aid", "food", "medicine", "medical", "humanitarian", "supplies", "relief", "wheat", "fuel"),
    "weapons": ("weapons", "arms", "drones", "missiles", "rockets", "ammunition", "munitions", "aid"),
    "intelligence": ("intelligence", "information", "data"),
}

NEEDS: dict[str, tuple[str, str]] = {
    "fired": ("ASSAULT", "projectile"), "fire": ("ASSAULT", "projectile"), "fires": ("ASSAULT", "projectile"),
    "firing": ("ASSAULT", "projectile"), "launched": ("ASSAULT", "projectile"), "launch": ("ASSAULT", "projectile"),
    "launches": ("ASSAULT", "projectile"), "launching": ("ASSAULT", "projectile"),
    "landed": ("ASSAULT", "projectile"), "fell": ("ASSAULT", "projectile"),
    "exploded": ("ASSAULT", "explosive"), "explosion": ("ASSAULT", "explosive"), "blast": ("ASSAULT", "explosive"),
    "detonated": ("ASSAULT", "explosive"),
    "sent": ("MOBILIZE", "force"), "send": ("MOBILIZE", "force"), "sends": ("MOBILIZE", "force"),
    "ordered": ("MOBILIZE", "force"), "orders": ("MOBILIZE", "force"), "moved": ("MOBILIZE", "force"),
    "shipped": ("AID", "aid"), "provided": ("AID", "aid"), "provide": ("AID", "aid"), "providing": ("AID", "aid"),
    "shared": ("COOPERATE", "intelligence"), "share": ("COOPERATE", "intelligence"), "sharing": ("COOPERATE", "intelligence"),
    "exercise": ("MOBILIZE", "force"), "exercises": ("MOBILIZE", "force"),
    "sending": ("AID", "weapons"), "supplying": ("AID", "weapons"), "supplied": ("AID", "weapons"),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "killing", "kills", "dead", "died", "deaths", "death toll", "fatalities", "shot dead", "slain", "lives"),
    "wounded": ("wounded", "wounding", "injured", "injuring", "injuries", "hurt", "casualties"),
    "arrested": ("arrested", "arresting", "detained", "detaining", "rounded up", "arrests", "detentions"),
    "released": ("released", "freed", "releasing", "freeing", "set free"),
}

OUTCOME_TYPES: dict[str, str] = {"killed": "ASSAULT", "wounded": "ASSAULT"}

OUTCOME_PASSIVE: tuple[str, ...] = ("killed", "wounded", "injured", "died", "dead")

#: Counted nouns for quantities: the key, then (singular, plural) spellings.
QUANTITY_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "rockets": (("rocket", "rockets"), ("katyusha", "katyushas")),
    "missiles": (("missile", "missiles"), ("ballistic missile", "ballistic missiles"), ("cruise missile", "cruise missiles")),
    "drones": (("drone", "drones"), ("uav", "uavs")),
    "shells": (("shell", "shells"), ("mortar", "mortars"), ("mortar round", "mortar rounds"), ("artillery shell", "artillery shells")),
    "aircraft": (("plane", "planes"), ("aircraft", "aircraft"), ("jet", "jets"), ("helicopter", "helicopters"), ("flight", "flights")),
    "vehicles": (("vehicle", "vehicles"), ("truck", "trucks"), ("tank", "tanks"), ("armoured vehicle", "armoured vehicles"), ("armored vehicle", "armored vehicles")),
    "tons": (("ton", "tons"), ("tonne", "tonnes"), ("metric ton", "metric tons")),
    "troops": (("soldier", "soldiers"), ("troop", "troops"), ("reservist", "reservists"), ("marine", "marines"), ("serviceman", "servicemen"), ("fighter", "fighters")),
    "people": (
        ("person", "people"), ("person", "persons"), ("civilian", "civilians"), ("member", "members"), ("official", "officials"),
        ("suspect", "suspects"), ("palestinian", "palestinians"), ("protester", "protesters"), ("activist", "activists"),
        ("journalist", "journalists"), ("hostage", "hostages"), ("prisoner", "prisoners"), ("detainee", "detainees"),
        ("tourist", "tourists"), ("contractor", "contractors"), ("crew member", "crew members"), ("worker", "workers"),
        ("child", "children"), ("woman", "women"), ("man", "men"), ("militant", "militants"), ("individual", "individuals"),
        ("citizen", "citizens"), ("student", "students"), ("commander", "commanders"), ("pilgrim", "pilgrims"),
        ("migrant", "migrants"), ("sailor", "sailors"), ("guard", "guards"), ("officer", "officers"), ("policeman", "policemen"),
    ),
    "usd": (("dollar", "dollars"), ("usd", "usd")),
}

MISSILE_QUALIFIERS: tuple[str, ...] = ()

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a couple of": 2, "a pair of": 2,
    "single": 1,
}

MULTIPLIERS: dict[str, int] = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "hundred": 100}

AMBIGUOUS_NUMBERS: frozenset[str] = frozenset({"one", "single"})

#: The indefinite article: a singular counted noun after it counts 1 ("a ballistic missile").
INDEFINITE: tuple[str, ...] = ("a", "an")

BOUNDS: dict[str, str] = {
    "more than": ">", "over": ">", "upwards of": ">", "at least": ">=", "no fewer than": ">=",
    "about": "~", "around": "~", "nearly": "~", "almost": "~", "some": "~", "approximately": "~",
    "roughly": "~", "an estimated": "~", "less than": "<", "fewer than": "<", "under": "<", "up to": "<=",
}

VAGUE: tuple[str, ...] = ("hundreds", "thousands", "dozens", "scores", "several", "many", "few", "tens", "numerous")

NO_CASUALTIES: tuple[str, ...] = (
    "no casualties", "no injuries", "no one was hurt", "no one was injured", "nobody was hurt",
    "no one was killed", "without casualties", "caused no casualties", "no deaths",
)

NEGATIONS: tuple[str, ...] = ("not", "n't", "never", "no", "did not", "didn't", "has not", "have not", "had not", "without")

#: Verbs of abstaining: the act after them (within a few words) did not happen ("refrained from
#: resuming strikes").
ABSTENTIONS: tuple[str, ...] = ("refrained", "refrain", "refrains", "refraining", "held off", "holding off",
                                "avoided", "avoid", "avoids", "stopped short of", "declined to")

#: Words of speaking about or looking into an act ("called the attack reckless", "ordered an
#: investigation into the bombing"): an event noun after them is not their subject's act.
OBSERVER_WORDS: tuple[str, ...] = (
    "called", "calls", "calling", "condemned", "condemns", "condemning", "denounced", "denounces", "described",
    "describes", "investigation into", "investigation of", "investigations into", "inquiry into", "probe into",
    "probe of", "investigating", "investigate", "investigates", "criticized", "criticised", "decried", "deplored",
    "mourned", "responded to", "commented on", "documented", "blamed",
)

#: Phrases naming a source before a name ("according to X"): the name is a source, never a party.
SOURCE_PHRASES: tuple[str, ...] = ("according to", "citing", "cited by", "quoted by", "as reported by")

DENIALS: tuple[str, ...] = ("deny", "denied", "denies", "denying", "denial", "refuted", "dismissed reports")

CANCELS: tuple[str, ...] = ("cancel", "cancelled", "canceled", "cancels", "called off", "call off", "calls off", "scrapped", "cancellation")

REPORT_NOUNS: tuple[str, ...] = ("reports", "report", "claims", "claim", "allegations", "allegation", "accusations", "rumours", "rumors")

PLANS: tuple[str, ...] = (
    "plans to", "plan to", "planned to", "planning to", "intends to", "intend to", "is to",
    "are to", "was to", "were to", "scheduled", "set to", "expected to", "due to", "is due", "are due", "aims to",
    "to be held", "going to", "prepares to", "preparing to", "planned", "upcoming",
)

POSSIBLE: tuple[str, ...] = ("could", "might", "may", "ready to", "willing to", "prepared to", "possible")

CONDITIONS: tuple[str, ...] = ("if", "unless", "in case", "in the event")

REPORTING: tuple[str, ...] = (
    "said", "says", "told", "announced", "reported", "stated", "added", "according", "wrote", "confirmed",
    "quoted", "claimed", "tweeted", "say", "tells", "announces",
)

CLAUSE_BREAKS: tuple[str, ...] = ("while", "whereas", "but", "although", "after", "before", "as", "amid", "then", "following", "when", "because", "though")

RELATIVES: tuple[str, ...] = ("who", "which", "whom", "whose")

COORDINATORS: tuple[str, ...] = ("and", "then")

LATER_MARKERS: tuple[str, ...] = ("days later", "hours later", "weeks later", "later", "subsequently", "afterwards")
EARLIER_WORDS: tuple[str, ...] = ("earlier",)

PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in", "at", "near", "outside", "inside", "across", "around", "off", "into", "to", "toward", "towards",
    "north of", "south of", "east of", "west of", "on", "from", "over", "along", "within", "through",
)

TARGET_PREPOSITIONS: tuple[str, ...] = ("on", "against", "at", "toward", "towards", "targeting")

AGENT_PREPOSITIONS: tuple[str, ...] = ("by",)

PARTNER_PREPOSITIONS: tuple[str, ...] = ("with", "between")

OTHER_PREPOSITIONS: tuple[str, ...] = ("of", "for", "from", "about", "during", "under", "since", "via", "according", "per", "like")

#: Auxiliaries of the passive ("were fired", "was killed").
PASSIVE_AUX: tuple[str, ...] = ("was", "were", "been", "being", "is", "are", "be", "got", "get")

FORCE_NOUNS: tuple[str, ...] = (
    "authorities", "government", "officials", "diplomats", "forces", "troops", "soldiers", "jets", "warplanes", "drones", "drone", "aircraft", "military", "army",
    "navy", "artillery", "police", "security forces", "fighter jets", "planes", "tanks", "warships", "strike",
    "strikes", "airstrike", "airstrikes", "gunboats",
)

NATIONALITIES: dict[str, str] = {
    "american": "US", "u.s.": "US", "us": "US", "israeli": "IL", "iranian": "IR", "iraqi": "IQ", "syrian": "SY",
    "turkish": "TR", "russian": "RU", "saudi": "SA", "emirati": "AE", "qatari": "QA", "kuwaiti": "KW",
    "bahraini": "BH", "omani": "OM", "yemeni": "YE", "lebanese": "LB", "jordanian": "JO", "egyptian": "EG",
    "palestinian": "PS", "british": "GB", "french": "FR", "german": "DE", "chinese": "CN", "ukrainian": "UA",
    "pakistani": "PK", "afghan": "AF", "azerbaijani": "AZ", "indian": "IN", "japanese": "JP", "italian": "IT",
    "swedish": "SE", "armenian": "AM", "libyan": "LY", "sudanese": "SD",
}

UNKNOWN_ACTOR: tuple[str, ...] = ("unknown", "unidentified", "gunmen", "unknown assailants", "unidentified gunmen", "masked")

NOT_TRIGGERS: tuple[str, ...] = (
    "strike a balance", "hit a record", "hit record", "hit a new", "target of", "targets of", "press release",
    "share price", "release date", "free trade", "free zone", "free elections", "meets the criteria",
    "welcome news", "visit the website", "struck a chord", "pulled out all the stops", "deal with",
    "dealt with", "dealing with", "a great deal", "the protest vote", "strike group", "strike groups",
    "attack helicopter", "attack helicopters", "sanctions relief", "meeting point", "asked not to be",
    "requested anonymity", "asked to remain anonymous", "declined to be named", "on condition of anonymity",
    # a danger described, not a threat made ("a threat to shipping", "threatens freedom of navigation")
    "threat to shipping", "threat to navigation", "threat to freedom", "threat to regional", "threat to international",
    "threat to stability", "threat to security", "threat to peace", "threat to global", "threat to maritime",
    "threatens shipping", "threatens navigation", "threatens freedom", "threatens regional", "threatens international",
    "threatens stability", "threatens security", "threatens peace", "threatens global", "threatens maritime",
    "threaten shipping", "threaten navigation", "threaten freedom", "threaten regional", "threaten stability",
    "threatening shipping", "threatening navigation", "threatening freedom", "threatening regional",
    # a boycott of a vote and a leadership are no sanction or coercion
    "boycott of the election", "boycott the election", "boycotted the election", "election boycott", "led by",
    # a purpose of a march, not a demand of its own
    "to demand",
    # money, not a place hit ("we will keep targeting the networks that fund them")
    "targeting the networks", "targeting networks", "targeting the financial", "targeting financial",
    "targeting the funding", "targeting the finances", "targeting the revenue", "targeting the assets",
    "target the networks", "target the financial", "target the funding", "target the finances", "targets the financial",
    "targeted the financial", "targeted the networks", "targeting the illicit", "target the illicit",
)

#: Inflected forms the compiler would make that are more often something else ("free", "target").
EXCLUDED_FORMS: tuple[str, ...] = (
    "free", "target", "targets", "march", "marches", "shell", "shells", "ban", "bans", "host", "hosts", "fire",
    "fires", "lives", "block", "blocks", "press", "deal", "back", "hit", "hits", "supply", "supplies",
)

#: Words that, shortly before a noun trigger, make it a reference to a framework, not an event
#: ("under the ceasefire deal").
FRAME_BLOCKERS: tuple[str, ...] = ("under", "per", "pursuant", "violation of", "violating", "breach of", "breaching")

#: Nouns for protesters: an "attack" or "storming" by them is a PROTEST.
PROTESTERS: tuple[str, ...] = ("protesters", "demonstrators", "protestors", "rioters", "crowd", "crowds", "supporters")

#: Complementizers: the clause after them has its own subject ("said that ...").
COMPLEMENTIZERS: tuple[str, ...] = ("that",)

#: Raids: an arrest reported with a raid in the same sentence is the same event.
RAIDS: tuple[str, ...] = ("raid", "raided", "raids", "raiding", "stormed")

#: Prepositions that make an event noun a circumstance of another act ("in a phone call"):
#: such a noun is outside the scope of a request or denial before it.
CIRCUMSTANTIAL: tuple[str, ...] = ("in", "during", "at", "after", "before", "on", "amid", "following")

#: Consequence links: a clause they introduce shares the date of the clause before it.
CONSEQUENCES: tuple[str, ...] = ("killing", "wounding", "injuring", "leaving", "resulting", "accusing", "forcing", "prompting")

#: Words for buildings: an organization named after one is a place ("the Swedish Embassy").
BUILDINGS: tuple[str, ...] = ("embassy", "consulate", "headquarters", "building", "parliament building", "compound", "mission")

#: Shooting down: the drone or missile is the target, not the weapon (no count of it).
SHOOT_DOWN: tuple[str, ...] = ("shot down", "shoot down", "shoots down", "downed", "intercepted")

#: Nouns after which an event noun is a modifier, not an event ("protest leader", "aid worker").
MODIFIED_HEADS: tuple[str, ...] = (
    "leader", "leaders", "movement", "movements", "group", "groups", "camp", "camps", "site", "sites", "worker",
    "workers", "organizer", "organizers", "organiser", "organisers", "agency", "zone", "route", "routes",
    "helicopter", "helicopters", "vote", "campaign", "law", "laws", "list", "committee", "talks",
)

#: Prepositions of topic: a place after them is what was discussed, not where ("talks about Gaza").
TOPIC_PREPOSITIONS: tuple[str, ...] = ("about", "regarding", "concerning", "over", "on the situation in")

#: Verbs that carry an event noun ("carried out an attack", "held talks", "staged a protest").
SUPPORT_VERBS: tuple[str, ...] = (
    "carried out", "carry out", "carries out", "conducted", "conduct", "held", "hold", "holds", "staged",
    "stage", "launched", "launch", "mounted", "made",
)

#: Prepositions of the recipient of aid or a handover, of a source ("a request from X"), of a pair.
RECIPIENT_PREPOSITIONS: tuple[str, ...] = ("to", "for")
FROM_PREPOSITIONS: tuple[str, ...] = ("from",)
BETWEEN_PREPOSITIONS: tuple[str, ...] = ("between",)

#: Nouns and adjectives between the author and an attack noun ("Turkish drone attack").
ATTACK_ADJECTIVES: tuple[str, ...] = ("drone", "rocket", "missile", "artillery", "air", "military", "naval", "'s", "aerial")

#: Prepositions that mark the target of a threat, accusation or demand ("threatened action against X").
AGAINST_PREPOSITIONS: tuple[str, ...] = ("against",)

#: Phrases naming the authority that ordered an act ("by order of X"): X is the actor, never the
#: target (khabar.events.roles, "orderer").
ORDER_PHRASES: tuple[str, ...] = (
    "by order of", "by the order of", "by orders of", "on the orders of", "on the order of", "on orders of",
    "on orders from", "under orders from", "ordered by", "at the behest of", "on the instructions of",
    "on the instruction of", "at the direction of", "on the direction of", "on the command of",
)

#: Verbs of carrying out an act that introduce its agent after an event noun ("an attack carried
#: out by X"; in English the agent follows "by", already an agent preposition).
EXECUTION_VERBS: tuple[str, ...] = ()

#: Words of a relative clause or appositive saying whose forces a facility hosts ("the base, which
#: hosts US troops"): an attack on the facility targets them.
HOST_WORDS: tuple[str, ...] = (
    "hosts", "hosting", "host", "houses", "housing", "home to", "used by", "where", "stationing",
)

#: Facility nouns of an appositive naming the facility's owner ("Tower 22, a US outpost").
FACILITY_NOUNS: tuple[str, ...] = ("outpost", "base", "garrison", "facility", "camp", "position", "positions")

#: Verbs of undergoing: the subject of "X came under attack" is the target of the event noun.
UNDERGO_VERBS: tuple[str, ...] = ("came under", "come under", "comes under", "coming under", "was subjected to",
                                  "were subjected to")

#: Words after a facility naming its owner ("a plant owned by Saudi Aramco"): the owner is the target.
OWNER_WORDS: tuple[str, ...] = ("owned by", "belonging to", "operated by", "run by")

NOT_TRIGGERS = NOT_TRIGGERS + ORDER_PHRASES

#: Phrases of affiliation: the name after them is a patron, never a participant ("militias backed
#: by Iran", "groups close to Tehran").
AFFILIATIONS: tuple[str, ...] = ("backed by", "close to", "aligned with", "loyal to", "allied to", "allied with",
                                 "supported by", "funded by", "affiliated with", "linked to", "tied to")

#: Event nouns whose genitive is the one it befell ("the assassination of X", "the arrest of X"):
#: that name is the target, never the actor.
PATIENT_NOUNS: tuple[str, ...] = ("assassination", "killing", "murder", "arrest", "detention", "kidnapping",
                                  "abduction", "execution", "death")


#: Words of motion or access: a place after them is a destination, not where the event happened
#: ("sailing toward Suez", "access to the ports of").
MOTION_WORDS: tuple[str, ...] = ("sailing", "sailed", "heading", "headed", "bound", "en route", "travelling", "traveling",
                                 "transiting", "moving", "steaming", "entry", "access", "entering", "destined",
                                 "on its way", "on their way")

#: Words of dispersal by non-lethal force: an attack with them is coercion ("tear gas").
DISPERSAL_WORDS: tuple[str, ...] = ("tear gas", "teargas", "rubber bullets", "water cannon", "water cannons", "disperse",
                                    "dispersed", "pepper spray", "stun grenades")

#: Nouns of a sitting: walking out of one is a protest.
SESSION_WORDS: tuple[str, ...] = ("session", "sitting")

#: Words of protest as a purpose ("in protest"): a withdrawal they explain is a walkout.
PROTEST_PURPOSE: tuple[str, ...] = ("in protest", "to protest", "protesting")

#: Money and information: releasing them is a payment or a publication, not a release of
#: people ("released the salaries").
RELEASED_THINGS: tuple[str, ...] = ("results", "report", "statement", "figures", "data", "video", "footage", "images", "album", "film", "song", "details", "findings", "list", "salaries", "salary", "funds", "wages", "money", "payments", "budget", "assets", "revenues")

#: Words of labour: a "strike" near them is a stoppage of work, a protest, not an attack.
LABOUR_WORDS: tuple[str, ...] = (
    "union", "unions", "teachers", "teacher", "workers", "worker", "employees", "staff", "salaries", "salary",
    "wages", "pay", "doctors", "nurses", "civil servants", "labor", "labour", "dockworkers", "drivers", "miners",
    "students", "lawyers", "pensioners", "walkout",
)

#: Members of a sitting: their withdrawal is a walkout.
WALKOUT_MEMBERS: tuple[str, ...] = ("ministers", "lawmakers", "mps", "deputies", "delegates", "members")

#: Words introducing slogans: an event word inside the quoted slogan is no event.
SLOGAN_WORDS: tuple[str, ...] = ("placards", "placard", "banners", "banner", "slogans", "slogan", "chanting", "chanted",
                                 "reading", "signs")

#: Words of a start date ("called a strike from Monday"): a protest called to start then is planned.
START_WORDS: tuple[str, ...] = ("from", "starting", "beginning", "as of", "as from", "effective")
