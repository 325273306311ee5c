"""Events: what happened, to whom, where and when, in Arabic, Persian and English news.

- :func:`extract_events` (``khabar.events.extract``): the events of a text, pure function of the
  text, its language, sentences, entity mentions, places and publication date;
- :class:`EventStage` (``khabar.events.stage``): the "events" document stage;
- :func:`render_event` (``khabar.events.render``): one English line per event for the brief;
- :func:`quantity_value`: a quantity as the integer or bound string (">10") it was written as.

How it works, sentence by sentence (each step in its own module):

1. **Triggers** (``triggers``, ``lexicon``): PLOVER types from lexicons in ``khabar/lang/<lang>/
   events.py``, matched on normalized text with clitics and inflections (استهدفت، واستهدف،
   يستهدف؛ حمله کردند، هدف قرار خواهد داد، بازداشت شدند؛ struck, were fired).
2. **Roles** (``roles``): actor, target and place from the entity mentions and from adjectives of
   nationality, by word order and prepositions.
3. **Quantities** (``quantities``): killed, wounded, rockets, drones, ... from digits in every
   digit set, number words and duals; bounds are stored under suffixed keys (``killed_over``),
   see :mod:`khabar.events.quantities`.
4. **Modes** (``modes``): asserted, denied, threatened, planned, requested, hypothetical.
5. **Dates** (``dating``): the time expression of the event's clause, resolved against the
   publication date with :func:`khabar.dates.find_dates`; windows when only a range is known.
   Days counted from another date ("the previous day", "اليوم السابق", "روز قبل"), two-digit
   years and bare weekdays in a future clause are read by ``khabar.dates`` (``find_anchored``,
   ``find_two_digit_dates``, ``weekday_for_tense``).
6. **Say less** (``stage.informative``): the stage stores only events with an actor, a target or
   a place; an attack, arrests or a protest may instead have a quantity or an exact day. A
   meeting of nobody, nowhere ("Meeting, between 2021-06-21 and 2021-06-30") is dropped, so the
   brief, the exports and the stories never show it. ``extract_events`` itself returns everything.

Decisions:

- **Orderers are actors**: "by order of X", "بأمر من X", "به دستور X" make X the actor, over the
  executor or a nationality ("the US strike ... on the orders of Trump": Trump); the orderer is
  never the target (:mod:`khabar.events.roles`).
- **Hosted forces are the target**: an attack on a facility the text says hosts a party's forces
  ("the base, which hosts US troops", "التي تضم قوات أمريكية", "محل استقرار نیروهای آمریکایی")
  targets that party; the facility is the place.

- **Quantity bounds** stay integers: "أكثر من عشرة" is ``rockets_over: 10``, "at least 25"
  ``killed_min: 25``, "نحو 20" ``vehicles_about: 20`` (also ``_under``, ``_max``);
  :func:`quantity_value` gives them back as ">10", ">=25", "~20".
- **Modes**: one per event, first match of hypothetical > denied > threatened > requested >
  planned > asserted (:mod:`khabar.events.modes`). A cancelled event is denied; a speech act
  (threat, request) is itself asserted and governs the events after it.
- **Claims**: ``Event.claim`` is the claim covering the trigger (the innermost voice: a threat's
  content is the threatener's), else the one covering the evidence (``khabar.claims.claim_for``).
- **Evidence** is the sentence (the clause around the trigger in sentences over 400 characters),
  plus any other sentence the event drew on (a place, "No casualties were reported.").
- **Ids** are stable: a hash of the document id, the type and the trigger's offsets.
- An event retold later in the document with nothing to tell it apart is folded into its first
  telling (:func:`khabar.events.assemble.merge_document`); events are never merged across documents
  here (that is the stories' work).

Uncertain dates are recorded as issues of the document (code ``W040``, "event date uncertain";
the message starts with "event dates:" and says what was read or why nothing was).
"""

from __future__ import annotations

import logging

from khabar.events.context import World
from khabar.events.extract import Extraction, Found, extract_events
from khabar.events.quantities import quantity_value
from khabar.events.render import render_event
from khabar.events.stage import EventStage

__all__ = ["EventStage", "Extraction", "Found", "World", "extract_events", "quantity_value", "render_event"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
