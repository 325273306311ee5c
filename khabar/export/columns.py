"""The columns of every export table, declared once with their type and meaning.

``docs/exports.md`` documents the same columns; a test checks the two agree. Types:
``string``, ``int``, ``float``, ``list`` (of strings: an array in JSON Lines and Parquet,
``"; "``-joined in CSV) and ``json`` (an object: nested in JSON Lines, JSON text in CSV
and Parquet).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Column", "EVENT_COLUMNS", "DOCUMENT_COLUMNS", "ENTITY_COLUMNS", "STORY_COLUMNS", "TABLES"]


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int | float | list | json
    help: str


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "string", "Stable id of the event (the merged event's id inside a story)."),
    Column("story_id", "string", "The story the event belongs to; empty for per-document events."),
    Column("event_date", "string", "Day the event happened (YYYY-MM-DD), not the publication day; empty if only a window is known."),
    Column("date_window_start", "string", "First possible day; equals event_date when the day is known."),
    Column("date_window_end", "string", "Last possible day; equals event_date when the day is known."),
    Column("date_precision", "string", "day (exact), window (a range such as 'last week') or empty (unknown)."),
    Column("event_type", "string", "PLOVER event type: ASSAULT, CONSULT, ACCUSE, THREATEN, REJECT, REQUEST, ..."),
    Column("sub_type", "string", "Finer type when the extractor gives one (e.g. rocket attack, drone strike)."),
    Column("mode", "string", "asserted, denied, threatened, planned or requested: only 'asserted' events happened as reported."),
    Column("actor1", "string", "English name of the actor (who did it)."),
    Column("actor1_id", "string", "Entity id of the actor (knowledge-base id or minted id)."),
    Column("actor2", "string", "English name of the target."),
    Column("actor2_id", "string", "Entity id of the target."),
    Column("location", "string", "English name of the place."),
    Column("location_id", "string", "Entity id of the place."),
    Column("latitude", "float", "WGS84 latitude of the place (empty when not geocoded)."),
    Column("longitude", "float", "WGS84 longitude of the place."),
    Column("fatalities", "int", "People killed, as reported (quantities.killed); empty when not stated."),
    Column("injuries", "int", "People wounded, as reported (quantities.wounded); empty when not stated."),
    Column("quantities", "json", "Every quantity found: killed, wounded, rockets, drones, ..."),
    Column("sources", "list", "Outlets whose articles report the event."),
    Column("source_count", "int", "Number of distinct outlets reporting the event."),
    Column("independent_source_count", "int", "Sources after folding syndicated (wire) copies: a wire text republished by five sites counts once."),
    Column("documents", "list", "Ids of the supporting documents."),
    Column("variants", "list", "Values the reports disagree on, kept apart (not averaged): 'rockets: 6 (Outlet A)', one per value and field."),
    Column("published", "string", "Earliest publication date among the supporting documents."),
    Column("evidence", "string", "The original sentence(s) stating the event, in the article's language."),
    Column("evidence_lang", "string", "Language of the evidence (ar, fa, en)."),
    Column("evidence_document", "string", "Id of the document the evidence is quoted from."),
    Column("attribution", "string", "Who asserts it: the outlet and the sources it cites (e.g. 'Reuters citing two security sources')."),
    Column("claim", "string", "The event rendered in English from its structure."),
)

DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("id", "string", "Stable document id (same source and bytes give the same id)."),
    Column("url", "string", "URL the article was fetched from, if any."),
    Column("path", "string", "File the article was read from, if any."),
    Column("outlet", "string", "Outlet (site or agency) that published it."),
    Column("lang", "string", "Language: ar, fa, en, ..."),
    Column("published", "string", "Publication date (YYYY-MM-DD)."),
    Column("published_how", "string", "Where the date was found: meta, text, url or header."),
    Column("title", "string", "Title as published."),
    Column("chars", "int", "Length of the clean text in characters."),
    Column("mention_count", "int", "Number of entity mentions found."),
    Column("event_count", "int", "Number of events found."),
    Column("entities", "list", "Ids of the entities mentioned."),
    Column("event_types", "list", "Types of the events found, in text order."),
    Column("issues", "list", "Issue codes recorded while processing (see `khabar docs --issues`)."),
    Column("text", "string", "The clean body text; every span of the JSON result indexes into it."),
)

ENTITY_COLUMNS: tuple[Column, ...] = (
    Column("id", "string", "Entity id (knowledge-base id, or minted for a newly found name)."),
    Column("type", "string", "PER, ORG, LOC, ..."),
    Column("name_en", "string", "English name: the knowledge base's, else the most frequent spelling seen."),
    Column("names_ar", "list", "Arabic spellings (knowledge base and seen in the articles)."),
    Column("names_fa", "list", "Persian spellings."),
    Column("names_en", "list", "English spellings."),
    Column("wikidata", "string", "Wikidata id (Q...) when known."),
    Column("latitude", "float", "Latitude, for places."),
    Column("longitude", "float", "Longitude, for places."),
    Column("roles", "list", "Roles from the knowledge base (title and organization)."),
    Column("document_count", "int", "Number of documents mentioning the entity."),
    Column("mention_count", "int", "Number of mentions across all documents."),
    Column("outlets", "list", "Outlets that mention the entity."),
    Column("first_seen", "string", "Earliest publication date of a document mentioning it."),
    Column("last_seen", "string", "Latest publication date of a document mentioning it."),
    Column("documents", "list", "Ids of the documents mentioning it."),
)

STORY_COLUMNS: tuple[Column, ...] = (
    Column("id", "string", "Story id."),
    Column("title_en", "string", "English title: the story's main merged event ('Rocket attack on US Embassy in Baghdad, 2023-12-08'); its main entities when no event says who or where and when."),
    Column("document_count", "int", "Number of member documents."),
    Column("independent_sources", "int", "Independent sources after folding syndicated copies."),
    Column("outlets", "list", "Outlets of the member documents."),
    Column("languages", "list", "Languages of the member documents."),
    Column("first_published", "string", "Earliest publication date of a member document."),
    Column("last_published", "string", "Latest publication date of a member document."),
    Column("event_count", "int", "Number of merged events."),
    Column("entities", "list", "Ids of the entities of the story."),
    Column("documents", "list", "Ids of the member documents."),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "events": EVENT_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "stories": STORY_COLUMNS,
}
