"""Loading and checking knowledge-base YAML with line numbers for every field."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from khabar.errors import KhabarError

LOGGER = logging.getLogger(__name__)

TYPES = {
    "PER": {"person"},
    "ORG": {"government", "ministry", "military", "security", "armed_group", "party", "parliament", "media",
            "agency", "company", "intl", "religious", "other"},
    "LOC": {"country", "province", "city", "district", "base", "crossing", "site", "region", "embassy"},
}
LANGS = ("ar", "fa", "en")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Letters that belong to one script only: a Persian-only letter in an Arabic name, or an
# Arabic-only letter in a Persian name, is almost always a typing slip.
NOT_IN = {"ar": re.compile("[پچژگیک]"), "fa": re.compile("[يكة]")}
FIELDS = {"id", "type", "kind", "name_en", "names", "short", "country", "roles", "part_of", "lat", "lon",
          "wikidata", "note"}


@dataclass(frozen=True)
class Role:
    title: str
    org: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class KBEntity:
    id: str
    type: str
    kind: str
    name_en: str
    names: dict[str, list[str]] = field(default_factory=dict)
    short: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    part_of: str | None = None
    lat: float | None = None
    lon: float | None = None
    wikidata: str | None = None
    note: str | None = None
    origin: str = ""  # file:line where it is defined

    def all_names(self, lang: str | None = None) -> Iterator[str]:
        for lg, ns in self.names.items():
            if lang is None or lg == lang:
                yield from ns


@dataclass(frozen=True)
class Problem:
    """A finding of ``khabar kb check``: errors make loading fail, warnings do not."""

    path: str
    line: int
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class KnowledgeBase:
    """All entities by id, loaded from YAML files."""

    def __init__(self, entities: Iterable[KBEntity] = ()) -> None:
        self.entities: dict[str, KBEntity] = {}
        for e in entities:
            self.entities[e.id] = e

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, eid: object) -> bool:
        return eid in self.entities

    def __getitem__(self, eid: str) -> KBEntity:
        return self.entities[eid]

    def get(self, eid: str) -> KBEntity | None:
        return self.entities.get(eid)


def packaged_files() -> list[Path]:
    root = resources.files("khabar.kb") / "data"
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith((".yaml", ".yml")))


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.suffix in (".yaml", ".yml"))
        else:
            out.append(p)
    return out


def check_files(paths: Iterable[str | Path]) -> tuple[list[KBEntity], list[Problem]]:
    """Parse and validate files; returns the entities that are valid and every problem found."""
    entities: list[KBEntity] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in _expand(paths):
        ents, probs = _check_file(path)
        problems += probs
        for e in ents:
            if e.id in seen:
                line = int(e.origin.rsplit(":", 1)[1])
                problems.append(Problem(str(path), line, "id", f"{e.id!r} is already defined at {seen[e.id]}"))
                continue
            seen[e.id] = e.origin
            entities.append(e)
    ids = {e.id for e in entities}
    for e in entities:
        refs = [("part_of", e.part_of)] + [("roles.org", r.org) for r in e.roles]
        for name, ref in refs:
            if ref and ref not in ids:
                path, line = e.origin.rsplit(":", 1)
                problems.append(Problem(path, int(line), name, f"{e.id}: unknown id {ref!r}", "warning"))
    return entities, problems


def load_kb(extra: Iterable[str | Path] = (), *, packaged: bool = True) -> KnowledgeBase:
    """Load the packaged knowledge base plus ``extra`` files; raise on the first error."""
    paths = (packaged_files() if packaged else []) + _expand(extra)
    return _load_cached(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...]) -> KnowledgeBase:
    entities, problems = check_files(paths)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        code = "E011" if "already defined" in first.message else "E010"
        more = f" (and {len(errors) - 1} more; run `khabar kb check`)" if len(errors) > 1 else ""
        raise KhabarError(code, f"{first}{more}")
    LOGGER.info("knowledge base: %d entities from %d files", len(entities), len(paths))
    return KnowledgeBase(entities)


# -- parsing with line numbers -------------------------------------------------------------

def _check_file(path: Path) -> tuple[list[KBEntity], list[Problem]]:
    p = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [Problem(p, 0, "file", "no such file")]
    except UnicodeDecodeError as exc:
        return [], [Problem(p, 0, "file", f"not UTF-8: {exc}")]
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [Problem(p, line, "yaml", str(getattr(exc, "problem", exc)))]
    if root is None:
        return [], [Problem(p, 1, "file", "empty file", "warning")]
    if not isinstance(root, yaml.MappingNode):
        return [], [Problem(p, root.start_mark.line + 1, "file", "top level must be a mapping with `entities:`")]
    top = {k.value: v for k, v in root.value}
    node = top.get("entities")
    if not isinstance(node, yaml.SequenceNode):
        line = node.start_mark.line + 1 if node is not None else 1
        return [], [Problem(p, line, "entities", "must be a list of entities")]
    out, problems = [], []
    for item in node.value:
        ent, probs = _entity(p, item)
        problems += probs
        if ent is not None and not any(x.severity == "error" for x in probs):
            out.append(ent)
    return out, problems



_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct(node: yaml.Node) -> Any:
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()
        _CONSTRUCTOR.recursive_objects.clear()


def _entity(path: str, node: yaml.Node) -> tuple[KBEntity | None, list[Problem]]:
    line0 = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, line0, "entity", "each entity must be a mapping")]
    fields = {k.value: v for k, v in node.value}
    probs: list[Problem] = []

    def bad(name: str, msg: str, severity: str = "error", at: yaml.Node | None = None) -> None:
        n = at if at is not None else fields.get(name)
        probs.append(Problem(path, (n.start_mark.line + 1) if n is not None else line0, name, msg, severity))

    for name in fields:
        if name not in FIELDS:
            bad(name, f"unknown field (known: {', '.join(sorted(FIELDS))})")
    data = {k: _construct(v) for k, v in fields.items() if k in FIELDS}
    eid = data.get("id")
    if not isinstance(eid, str) or not ID_RE.match(eid):
        bad("id", f"must be a lowercase slug like 'hossein-taeb', got {eid!r}")
    etype, kind = data.get("type"), data.get("kind")
    if etype not in TYPES:
        bad("type", f"must be one of {', '.join(TYPES)}, got {etype!r}")
    elif kind is not None and kind not in TYPES[etype]:
        bad("kind", f"for {etype} must be one of {', '.join(sorted(TYPES[etype]))}, got {kind!r}")
    if not isinstance(data.get("name_en"), str) or not data["name_en"].strip():
        bad("name_en", "required: the English name shown in briefs")
    names = _names(data.get("names"), "names", bad, fields.get("names"))
    short = _names(data.get("short"), "short", bad, fields.get("short"))
    if not any(names.values()):
        bad("names", "at least one name is required")
    roles = []
    for r in data.get("roles") or []:
        if not isinstance(r, dict) or not isinstance(r.get("title"), str):
            bad("roles", f"each role needs a title, got {r!r}")
            continue
        start, end = r.get("from"), r.get("to")
        if (start is not None and not isinstance(start, int)) or (end is not None and not isinstance(end, int)):
            bad("roles", f"years must be integers: {r!r}")
            continue
        roles.append(Role(r["title"], r.get("org"), start, end))
    lat, lon = data.get("lat"), data.get("lon")
    if (lat is None) != (lon is None):
        bad("lat" if lat is None else "lon", "lat and lon go together")
    for name, v, lim in (("lat", lat, 90), ("lon", lon, 180)):
        if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool) or abs(v) > lim):
            bad(name, f"must be a number within ±{lim}, got {v!r}")
    wd = data.get("wikidata")
    if wd is not None and not (isinstance(wd, str) and re.fullmatch(r"Q\d+", wd)):
        bad("wikidata", f"must look like Q12345, got {wd!r}")
    if probs and any(p.severity == "error" for p in probs):
        return None, probs
    ent = KBEntity(
        id=eid, type=etype, kind=kind or {"PER": "person", "ORG": "other", "LOC": "site"}[etype],
        name_en=data["name_en"].strip(), names=names, short=short,
        country=data.get("country"), roles=roles, part_of=data.get("part_of"),
        lat=float(lat) if lat is not None else None, lon=float(lon) if lon is not None else None,
        wikidata=wd, note=data.get("note"), origin=f"{path}:{line0}",
    )
    return ent, probs


def _names(value: Any, name: str, bad: Any, node: yaml.Node | None) -> dict[str, list[str]]:
    if value is None:
        return {}
    lines = {k.value: v for k, v in node.value} if isinstance(node, yaml.MappingNode) else {}
    if not isinstance(value, dict):
        bad(name, "must map languages (ar, fa, en) to lists of names")
        return {}
    out: dict[str, list[str]] = {}
    for lang, ns in value.items():
        if lang not in LANGS:
            bad(name, f"unknown language {lang!r} (use ar, fa, en)")
            continue
        if isinstance(ns, str):
            ns = [ns]
        if not isinstance(ns, list) or not all(isinstance(n, str) and n.strip() for n in ns):
            bad(name, f"{lang}: must be a list of non-empty strings")
            continue
        for n in ns:
            rx = NOT_IN.get(lang)
            if rx is not None and rx.search(n):
                other = ", ".join(sorted(set(rx.findall(n))))
                bad(name, f"{lang} name {n!r} has letters of another script ({other})", at=lines.get(lang))
            if lang in ("ar", "fa") and not re.search(r"[\u0600-\u06ff]", n):
                bad(name, f"{lang} name {n!r} has no Arabic-script letters", at=lines.get(lang))
        out[lang] = [n.strip() for n in ns]
    return out


def user_paths(settings: Any) -> list[Path]:
    """The user's knowledge-base files: ``kb_dir`` (filled by ``khabar kb add``) and ``kb_paths``."""
    out: list[Path] = []
    d = Path(str(settings.kb_dir)).expanduser()
    if d.is_dir():
        out += sorted(q for q in d.rglob("*") if q.suffix in (".yaml", ".yml"))
    out += [Path(str(p)).expanduser() for p in settings.kb_paths]
    return out
