"""Scoring merged events and outlet differences against a gold truth (khabar.stories.evaluate)."""

from __future__ import annotations

import datetime as dt

from khabar.document import Difference, Event, Place, Story
from khabar.stories.evaluate import score_differences, score_events

TRUTH = {
    "stories": [{"id": "s1", "events": [
        {"id": "s1-e1", "type": "ASSAULT", "date": dt.date(2024, 1, 9), "place": "US Embassy, Green Zone, Baghdad",
         "quantities": {"rockets": 3, "wounded": 1}},
        {"id": "s1-e2", "type": "COERCE", "date": dt.date(2024, 1, 10), "place": "al-Dora, Baghdad",
         "quantities": {"arrested": 2}},
    ]}],
    "articles": [
        {"file": "a", "story": "s1", "events": ["s1-e1", "s1-e2"], "unique": ["fired at about 22:30"],
         "conflicts": [{"about": "rockets", "value": 4}, {"about": "date", "value": dt.date(2024, 1, 10)}]},
        {"file": "b", "story": "s1", "events": ["s1-e1"], "unique": [], "conflicts": []},
        {"file": "c", "story": "s1", "events": ["s1-e1", "s1-e2"], "unique": ["launcher found 8 km away"],
         "conflicts": []},
    ],
}
FILES = {"a": "A", "b": "B", "c": "C"}
ZONE = Place("green-zone", "Green Zone (Baghdad)")


def story(events: list[Event], diffs: list[Difference] = ()) -> list[Story]:
    return [Story(id="x", documents=["A", "B", "C"], events=events, differences=list(diffs))]


def test_exact_merge_scores_full() -> None:
    evs = [Event(id="1", type="ASSAULT", date="2024-01-09", place=ZONE, quantities={"missiles": 3, "wounded": 1},
                 documents=["A", "B", "C"]),
           Event(id="2", type="COERCE", date="2024-01-10", documents=["A", "C"], quantities={"arrested": 2})]
    s = score_events(TRUTH, story(evs), FILES)
    assert (s.gold, s.found, s.exact, s.split, s.over) == (2, 2, 2, 0, 0)
    assert (s.date_ok, s.place_ok, s.quantities_ok, s.quantities) == (2, 1, 3, 3)  # missiles count as rockets
    assert s.coverage == 1.0


def test_split_and_over_merge_are_counted() -> None:
    evs = [Event(id="1", type="ASSAULT", date="2024-01-09", documents=["A", "B"]),
           Event(id="2", type="ASSAULT", date="2024-01-10", documents=["C"]),
           Event(id="3", type="COERCE", date="2024-01-10", documents=["A", "B", "C"])]
    s = score_events(TRUTH, story(evs), FILES)
    assert s.exact == 0 and s.split == 1 and s.over == 1 and s.found == 2


def test_conflicts_match_document_field_and_value() -> None:
    diffs = [Difference("A", "conflict", "rockets: 4 (others: 3)", value="4"),
             Difference("A", "conflict", "date: 2024-01-11 (others: 2024-01-09)", value="2024-01-11"),
             Difference("B", "conflict", "wounded: 2 (others: 1)", value="2"),
             Difference("C", "unique", "an added detail naming Kia with the figure 8", value="Kia, 8")]
    d = score_differences(TRUTH, story([], diffs), FILES)
    assert (d.conflicts_hit, d.conflicts_system, d.conflicts_gold) == (1, 3, 2)
    assert d.unique_docs.precision == 1.0 and d.unique_docs.recall == 0.5
    assert (d.figures_hit, d.figures_gold) == (1, 2)
