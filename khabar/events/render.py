"""English one-line renderings of events for the brief, from templates.

``render_event(event, names)`` gives, for example::

    Rocket attack on United States at Ain al-Asad Air Base, 2021-07-07, 3 rockets, 2 wounded
    — Reuters citing three armed faction sources, two Iraqi security sources
    Meeting between Mustafa al-Kadhimi and Mohammad Javad Zarif in Baghdad, 2021-07-05

Names come from the ``names`` callable (entity id -> English name), so the rendering never shows
an id. The claim part needs the claim: pass ``claim`` (a :class:`~khabar.document.Claim`), and
``names`` resolves its speaker and cited sources too. The mode is said in words ("Denied:",
"Threatened:", "Called for:", "Planned:", "If:").
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.document import Claim, Event
from khabar.events.quantities import BOUND_SUFFIXES

__all__ = ["render_event", "render_quantities", "render_claim", "TEMPLATES"]

#: Per type: the noun for the act, the word before its actor, the word before its target. "between"
#: joins both parties ("Meeting between X and Y").
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "ASSAULT": ("attack", "by", "on"),
    "COERCE": ("arrests or coercive action", "by", "against"),
    "MOBILIZE": ("military mobilization", "by", "against"),
    "THREATEN": ("threat", "by", "against"),
    "PROTEST": ("protest", "by", "against"),
    "ACCUSE": ("accusation", "by", "against"),
    "REJECT": ("rejection", "by", "of"),
    "REQUEST": ("request", "by", "to"),
    "CONSULT": ("meeting", "between", "with"),
    "AGREE": ("agreement", "between", "with"),
    "SUPPORT": ("statement of support", "by", "for"),
    "COOPERATE": ("cooperation", "between", "with"),
    "AID": ("aid", "from", "to"),
    "SANCTION": ("sanctions", "by", "on"),
    "RETREAT": ("withdrawal or release", "by", "involving"),
}

_MODES = {
    "denied": "Denied: ", "threatened": "Threatened: ", "planned": "Planned: ", "requested": "Called for: ",
    "hypothetical": "If: ",
}

#: How the weapons of an attack name it ("Rocket attack").
_WEAPON_WORDS = (("rockets", "Rocket"), ("missiles", "Missile"), ("drones", "Drone"), ("shells", "Shelling"))

_NOUNS = {
    "rockets": ("rocket", "rockets"), "missiles": ("missile", "missiles"), "drones": ("drone", "drones"),
    "shells": ("shell", "shells"), "killed": ("killed", "killed"), "wounded": ("wounded", "wounded"),
    "arrested": ("arrested", "arrested"), "released": ("released", "released"), "troops": ("troop", "troops"),
    "people": ("person", "people"), "vehicles": ("vehicle", "vehicles"), "aircraft": ("aircraft", "aircraft"),
    "tons": ("ton", "tons"), "usd": ("US dollar", "US dollars"),
}
_PARTICIPLES = {"killed", "wounded", "arrested", "released"}
_BOUND_WORDS = {"_over": "more than ", "_min": "at least ", "_about": "about ", "_under": "fewer than ", "_max": "up to "}


def render_quantities(quantities: dict[str, int]) -> str:
    """"3 rockets, more than 10 killed, about 20 vehicles"."""
    parts = []
    for key in sorted(quantities, key=_quantity_order):
        value = quantities[key]
        base, bound = key, ""
        for suffix in BOUND_SUFFIXES.values():
            if key.endswith(suffix):
                base, bound = key[: -len(suffix)], _BOUND_WORDS[suffix]
                break
        sg, pl = _NOUNS.get(base, (base, base))
        if base in _PARTICIPLES:
            parts.append(f"{'no one' if value == 0 and not bound else bound + str(value)} {sg}")
        else:
            parts.append(f"{bound}{value} {sg if value == 1 and not bound else pl}")
    return ", ".join(parts)


def _quantity_order(key: str) -> tuple[int, str]:
    order = list(_NOUNS)
    base = key.split("_")[0]
    return (order.index(base) if base in order else len(order), key)


def render_claim(claim: Claim, names: Callable[[str], str]) -> str:
    """"Reuters citing two Iraqi security sources"."""
    by = names(claim.by) if claim.by else "the article"
    cited = [names(c.entity) if c.entity else (c.description or "") for c in claim.citing]
    cited = [c for c in cited if c]
    verb = {"denial": "denial by", "quote": "quoting"}.get(claim.kind, "")
    head = f"{verb} {by}".strip() if verb == "denial by" else by
    return f"{head} citing {', '.join(cited)}" if cited else head


def _act(event: Event, actor: str, target: str) -> str:
    noun, by, to = TEMPLATES.get(event.type, (event.type.lower(), "by", "against"))
    if event.type == "ASSAULT":
        for key, word in _WEAPON_WORDS:
            if any(k == key or k.startswith(key + "_") for k in event.quantities):
                noun = f"{word.lower()} {noun}"
                break
    if by == "between" and actor and target:
        text = f"{noun} between {actor} and {target}"
    else:
        text = noun + (f" {'by' if by == 'between' else by} {actor}" if actor else "")
        text += f" {to} {target}" if target else ""
    return text[:1].upper() + text[1:]


def render_event(event: Event, names: Callable[[str], str], claim: Claim | None = None) -> str:
    """One English line for an event (see the module docstring)."""
    actor = names(event.actor) if event.actor else ""
    target = names(event.target) if event.target else ""
    text = _act(event, actor, target)
    if event.place is not None:
        place = names(event.place.entity) if event.place.entity else event.place.name_en
        place = place or event.place.name_en
        if place and place != target:
            text += f" at {place}" if event.type in ("ASSAULT", "PROTEST") else f" in {place}"
    parts = [_MODES.get(event.mode, "") + text]
    if event.date:
        parts.append(event.date)
    elif event.date_window:
        parts.append(f"between {event.date_window[0]} and {event.date_window[1]}")
    if event.quantities:
        parts.append(render_quantities(event.quantities))
    line = ", ".join(p for p in parts if p)
    if claim is not None:
        line += " — " + render_claim(claim, names)
    return line
