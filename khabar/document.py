"""The data model: a news article becomes a :class:`Document` that stages enrich.

Every class here is a plain dataclass with a lossless ``to_dict()`` / ``from_dict()``
pair: the store, the JSON result and the Ray boundary all go through them. Spans are
character offsets into ``Document.text`` (the clean body); they are the *evidence*
behind every fact khabar states.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar, Union

__all__ = [
    "Span",
    "Source",
    "Issue",
    "Mention",
    "Entity",
    "Place",
    "Citation",
    "Claim",
    "Event",
    "EventSource",
    "Variant",
    "Difference",
    "Story",
    "Document",
    "document_id",
]

T = TypeVar("T", bound="Record")


class Record:
    """Mixin giving dataclasses a lossless, type-driven ``to_dict`` / ``from_dict``."""

    _hints: ClassVar[dict[type, dict[str, Any]]] = {}

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        hints = Record._hints.get(cls)
        if hints is None:
            hints = typing.get_type_hints(cls)
            Record._hints[cls] = hints
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if isinstance(value, dict) and "$bytes" in value:
            return base64.b64decode(value["$bytes"])
        for a in args:
            if dataclasses.is_dataclass(a) and isinstance(value, dict):
                return _load(a, value)
        for a in args:
            if typing.get_origin(a) in (list, tuple, dict):
                return _load(a, value)
        return value
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return tp.from_dict(value)  # type: ignore[attr-defined]
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_load(arg, v) for v in value]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v) for v in value)
        return tuple(_load(a, v) for a, v in zip(args, value, strict=False))
    if origin is dict:
        _, varg = typing.get_args(tp) or (Any, Any)
        return {k: _load(varg, v) for k, v in value.items()}
    if tp is bytes and isinstance(value, dict):
        return base64.b64decode(value["$bytes"])
    return value


@dataclass(frozen=True)
class Span(Record):
    """Character offsets ``[start, end)`` into ``Document.text``."""

    start: int
    end: int
    #: The document the offsets index into, when the span is not inside the record's own
    #: document (evidence of a story's merged events and differences). Omitted from JSON when None.
    document: str | None = None

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.document is not None:
            d["document"] = self.document
        return d

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Source(Record):
    """Where a document came from. ``kind`` is file, url, feed, warc or jsonl."""

    kind: str = "file"
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    fetched_at: str | None = None  # ISO timestamp of the fetch, for URLs and feeds
    content_type: str | None = None
    encoding: str | None = None  # how the bytes were decoded, and how we knew
    feed: str | None = None  # the feed a document was found in
    http_date: str | None = None  # Last-Modified / Date header, a weak publication hint

    @property
    def key(self) -> str:
        """A stable identity of the source used in the document id."""
        if self.url:
            return self.url
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return ""


@dataclass
class Issue(Record):
    """Something that went wrong or is uncertain, recorded on the input; never silent."""

    stage: str
    code: str
    message: str
    severity: str = "warning"  # "warning": kept with a caveat; "error": the input was skipped


@dataclass
class Mention(Record):
    start: int
    end: int
    text: str
    entity: str | None = None
    type: str | None = None
    how: str | None = None  # "kb", "rule:title", "spacy", ...


@dataclass
class Entity(Record):
    id: str
    type: str
    name_en: str
    names: dict[str, list[str]] = field(default_factory=dict)
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    roles: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass
class Place(Record):
    entity: str | None
    name_en: str
    lat: float | None = None
    lon: float | None = None


@dataclass
class Citation(Record):
    entity: str | None = None
    description: str | None = None


@dataclass
class Claim(Record):
    id: str
    by: str | None
    citing: list[Citation] = field(default_factory=list)
    span: Span | None = None
    kind: str = "report"  # report, quote, denial


@dataclass
class Event(Record):
    id: str
    type: str
    actor: str | None = None
    target: str | None = None
    place: Place | None = None
    date: str | None = None
    date_window: tuple[str, str] | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    claim: str | None = None
    mode: str = "asserted"  # asserted, denied, threatened, planned, requested
    documents: list[str] = field(default_factory=list)  # filled for merged events in stories
    # -- merged events of a story only (empty on a document's own events) --
    sources: list[EventSource] = field(default_factory=list)  # the reports merged into this event
    independent_sources: int | None = None  # documents after folding wire copies
    variants: list[Variant] = field(default_factory=list)  # values the reports disagree on


@dataclass
class EventSource(Record):
    """One document's report of a merged event: its own event id and the claim behind it."""

    document: str
    event: str
    claim: str | None = None


@dataclass
class Variant(Record):
    """A value of a merged event that some of its reports give differently (kept, not averaged).

    ``about`` is the field: ``date``, ``place``, ``actor``, ``target`` or ``quantities.<key>``.
    """

    about: str
    value: Any
    documents: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Difference(Record):
    document: str
    kind: str  # "unique" | "conflict"
    about: str
    evidence: Span | None = None  # with ``document`` set
    event: str | None = None  # the merged event the difference is about, if any
    value: str | None = None  # the document's value, as text (a conflict's differing value)


@dataclass
class Story(Record):
    id: str
    title_en: str | None = None
    documents: list[str] = field(default_factory=list)
    independent_sources: int = 0
    syndication: list[list[str]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


@dataclass
class Document(Record):
    """One news article as it moves through the stages."""

    id: str
    source: Source = field(default_factory=Source)
    raw: bytes | str | None = None
    title: str | None = None
    text: str = ""
    lang: str | None = None
    lang_confidence: float | None = None
    published: str | None = None  # YYYY-MM-DD
    published_how: str | None = None  # meta | text | url | header
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    embedding: list[float] | None = None
    issues: list[Issue] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # extractor extras: author, sitename, ...

    def add_issue(self, stage: str, code: str, message: str, severity: str = "warning") -> None:
        self.issues.append(Issue(stage=stage, code=code, message=message, severity=severity))

    @property
    def failed(self) -> bool:
        """True when an error-level issue means the document has no usable text."""
        return any(i.severity == "error" for i in self.issues)


def document_id(source: Source, raw: bytes | str) -> str:
    """Stable id: same source identity and same input bytes give the same id."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    h = hashlib.sha256()
    h.update(source.key.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(data)
    return h.hexdigest()[:20]
