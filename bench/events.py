"""Event extraction accuracy on ``bench/gold/events.yaml``.

    python bench/events.py [--gold FILE] [--json] [--errors] [--lang ar|fa|en] [--set NAME]

Every gold item becomes a Document (text, lang, published) and goes through the document stages
that are available, in order: sentences, entities, places, claims (each skipped with a note when
it cannot be imported), then the events stage (:meth:`khabar.events.EventStage.extract`, which
also returns the trigger of each event).

**Matching.** A predicted event matches a gold event of the same type whose trigger overlaps its
trigger; left-over events of the same type are then paired when the gold trigger lies inside the
predicted evidence (closest triggers first). Unmatched predictions are false positives, unmatched
gold events misses.

**Scores**, per language and overall:

- ``type``: precision / recall / F1 of the events themselves (type + trigger match);
- ``actor``, ``target``, ``place``, ``date`` (exact day), ``window``: over matched pairs,
  precision = correct / predicted non-null, recall = correct / gold non-null. Names are compared
  in English: an entity id resolves to its knowledge-base English names, its gazetteer name or its
  place record; gold names the knowledge base spells differently are in :data:`ALIASES`;
- ``quantities``: (key, value) pairs over the gold's key list, a bound compared as written
  (">10", ">=25", "~20");
- ``mode``: precision / recall of the non-asserted modes, and accuracy;
- **exact-date accuracy**: over matched pairs, the fraction whose (date, window) equals the gold
  exactly, nulls included; and over the pairs whose gold has a date or window.

**Dropped events.** The events stage drops events that say too little (no actor, target or
place; :func:`khabar.events.stage.informative`). Slot figures are over matched events, so the
drop raises slot recall while it lowers event recall; ``--keep-all`` scores without the drop.

**Sets.** An item may name the set it was written in (``set: frames``); items without one are the
first set ("base"). Figures are printed for all items and then per set, so that rules tuned after a
set was written show whether they overfit it. ``--set NAME`` scores one set only.

The CI gate (``tests/events/test_gold_gate.py``) calls :func:`evaluate` and compares with
``tests/events/floors.json``. Timing: the events stage per document, and on a 3,000-character
article per language.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "gold" / "events.yaml"
sys.path.insert(0, str(REPO))

from khabar.config import Settings  # noqa: E402
from khabar.document import Document  # noqa: E402
from khabar.events import EventStage, Found, quantity_value  # noqa: E402

TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "ACCUSE", "REJECT", "REQUEST", "CONSULT", "AGREE",
         "SUPPORT", "COOPERATE", "AID", "SANCTION", "RETREAT")
MODES = ("asserted", "denied", "threatened", "planned", "requested", "hypothetical")
QUANTITY_KEYS = ("killed", "wounded", "rockets", "missiles", "drones", "shells", "arrested", "released", "troops",
                 "people", "vehicles", "aircraft", "tons", "usd")
SLOTS = ("actor", "target", "place", "date", "window", "quantities", "mode")
BOUND_RE = re.compile(r"^(>=|<=|>|<|~)\d+$")

#: Gold English names that the knowledge base or gazetteer spells differently: gold name -> ids.
ALIASES: dict[str, tuple[str, ...]] = {
    "IRGC": ("irgc",),
    "United States": ("csc:US",),
    "US Department of the Treasury": ("us-treasury",),
    "Kurdistan Region Counter-Terrorism Service": ("kurdistan-counter-terrorism",),
    "US-led coalition": ("us-led-coalition",),
    "Saudi-led coalition": ("saudi-led-coalition",),
    "Iraqi Parliament": ("iraq-parliament", "council-of-representatives"),
    "Pentagon": ("pentagon",),
    "Shabwa": ("csc:YE-SH",),
    "Zubair": ("gn:97990",),
    "Iraqi Ministry of Defense": ("iraq-defense-ministry",),
    "Iranian Ministry of Defense": ("iran-defense-ministry",),
    "Natanz nuclear facility": ("natanz",),
    "Zakho": ("gn:89570",),
    "Hodeidah": ("hodeidah-port",),
    "New York": ("gn:5128581",),
}

STAGES = (
    ("sentences", "khabar.stages.sentences", "SentenceStage"),
    ("entities", "khabar.entities.stage", "EntityStage"),
    ("places", "khabar.places.stage", "PlaceStage"),
    ("claims", "khabar.claims.stage", "ClaimStage"),
)


@dataclass
class GoldEvent:
    type: str
    trigger: tuple[int, int]
    actor: str | None
    target: str | None
    place: str | None
    date: str | None
    window: tuple[str, str] | None
    quantities: dict[str, Any]
    mode: str


@dataclass
class Item:
    id: str
    lang: str
    published: str | None
    text: str
    events: list[GoldEvent] = field(default_factory=list)
    set: str = "base"


def load_gold(path: Path = GOLD) -> list[Item]:
    """Parse and validate the gold file (the checks of bench/gold/README.md, section events.yaml)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items: list[Item] = []
    seen: set[str] = set()
    for raw in data["items"]:
        iid, lang, text = raw["id"], raw["lang"], raw["text"]
        if iid in seen:
            raise ValueError(f"{iid}: duplicate id")
        seen.add(iid)
        if not iid.startswith(lang + "-"):
            raise ValueError(f"{iid}: language {lang} does not match the id")
        pub = raw.get("published")
        item = Item(iid, lang, str(pub) if pub else None, text, set=str(raw.get("set") or "base"))
        for ev in raw.get("events") or []:
            trig = ev["trigger"]
            at = ev.get("trigger_at", text.find(trig))
            if at < 0 or text[at:at + len(trig)] != trig:
                raise ValueError(f"{iid}: trigger {trig!r} not in text")
            if ev["type"] not in TYPES or ev["mode"] not in MODES:
                raise ValueError(f"{iid}: bad type or mode")
            date = str(ev["date"]) if ev.get("date") else None
            window = tuple(str(x) for x in ev["date_window"]) if ev.get("date_window") else None
            if date and window:
                raise ValueError(f"{iid}: both date and window")
            if window and window[0] > window[1]:
                raise ValueError(f"{iid}: window out of order")
            for d in (date, *(window or ())):
                if d:
                    dt.date.fromisoformat(d)
            de = ev.get("date_expr")
            if de and de["text"] not in text:
                raise ValueError(f"{iid}: date_expr {de['text']!r} not in text")
            quantities = dict(ev.get("quantities") or {})
            for k, v in quantities.items():
                if k not in QUANTITY_KEYS or not (isinstance(v, int) or BOUND_RE.match(str(v))):
                    raise ValueError(f"{iid}: bad quantity {k}: {v!r}")
            item.events.append(GoldEvent(ev["type"], (at, at + len(trig)), ev.get("actor"), ev.get("target"),
                                         ev.get("place"), date, window, quantities, ev["mode"]))
        items.append(item)
    return items


def _key(name: str) -> str:
    """A comparison key: no accents, case, parenthesized qualifiers, leading article or hyphens."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    name = re.sub(r"\([^)]*\)", " ", name).replace("’", "'").replace("‘", "'").replace("-", " ")
    name = re.sub(r"^the ", "", name.strip())
    return re.sub(r"\s+", " ", name).strip()


def _skeleton(key: str) -> str:
    """Consonants of a comparison key without a leading article: "khan yunis" and "khan younis",
    "jazan" and "jizan" agree (romanizations of one Arabic name)."""
    key = re.sub(r"^(al|el|an|ar|as|ad|az|ash)[ '-]", "", key)
    return re.sub(r"[^a-z]|[aeiouyw]", "", key.replace("'", ""))


def same_name(gold: str, names: set[str]) -> bool:
    """A gold name matches a predicted entity's names exactly (as keys) or by consonant skeleton
    (at least four consonants, for spelling variants of one place name)."""
    key = _key(gold)
    if key in names:
        return True
    sk = _skeleton(key)
    return len(sk) >= 4 and any(_skeleton(n) == sk for n in names)


class Names:
    """English names of entity ids, for comparison with the gold names."""

    def __init__(self, kb: Any, gazetteer: Any) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.alias: dict[str, set[str]] = defaultdict(set)
        for gold, ids in ALIASES.items():
            for i in ids:
                self.alias[i].add(_key(gold))

    def of(self, entity: str | None, place_name: str | None = None) -> set[str]:
        out: set[str] = set()
        if place_name:
            out.add(_key(place_name))
        if not entity:
            return out
        out |= self.alias.get(entity, set())
        e = self.kb.get(entity) if self.kb is not None else None
        if e is not None:
            out.add(_key(e.name_en))
            out |= {_key(n) for n in e.names.get("en", [])}
            out |= {_key(n) for n in e.short.get("en", [])}
        if self.gazetteer is not None:
            cand = self.gazetteer.get(entity)
            if cand is not None:
                out.add(_key(cand.name_en))
        return out

    def label(self, entity: str | None) -> str | None:
        if not entity:
            return None
        e = self.kb.get(entity) if self.kb is not None else None
        if e is not None:
            return e.name_en
        cand = self.gazetteer.get(entity) if self.gazetteer is not None else None
        return cand.name_en if cand is not None else entity


def build_stages(settings: Settings) -> tuple[list[tuple[str, Any]], list[str]]:
    stages: list[tuple[str, Any]] = []
    notes: list[str] = []
    for name, module, cls in STAGES:
        try:
            stages.append((name, getattr(importlib.import_module(module), cls)(settings)))
        except Exception as exc:  # a stage being written elsewhere may not import yet
            notes.append(f"stage {name} skipped: {type(exc).__name__}: {exc}")
    return stages, notes


def run_item(item: Item, stages: list[tuple[str, Any]], events: EventStage,
             failures: dict[str, int] | None = None) -> tuple[Document, list[Found], float]:
    """Run the stages on one item as the pipeline runner would: a stage that fails on the item is
    counted in ``failures`` and the next stages still run."""
    doc = Document(id=item.id, text=item.text, lang=item.lang, published=item.published)
    for name, st in stages:
        try:
            doc = st(doc)
        except Exception as exc:  # another engineer's stage may be broken mid-work; keep scoring events
            if failures is not None:
                failures[f"{name}: {type(exc).__name__}: {exc}"[:160]] = failures.get(name, 0) + 1
    t0 = time.process_time()
    found = events.extract(doc).events
    return doc, found, time.process_time() - t0


def match(gold: list[GoldEvent], found: list[Found]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, f in enumerate(found):
            if pi in used_p or f.event.type != g.type:
                continue
            if f.trigger.start < g.trigger[1] and g.trigger[0] < f.trigger.end:
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    options = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, f in enumerate(found):
            if pi in used_p or f.event.type != g.type:
                continue
            if any(s.start <= g.trigger[0] < s.end for s in f.event.evidence):
                options.append((abs(f.trigger.start - g.trigger[0]), gi, pi))
    for _, gi, pi in sorted(options):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


class Tally:
    """Counts of one language."""

    def __init__(self) -> None:
        self.c: dict[str, int] = defaultdict(int)

    def pr(self, slot: str) -> tuple[float, float]:
        p = self.c[slot + ":ok"] / self.c[slot + ":pred"] if self.c[slot + ":pred"] else 1.0
        r = self.c[slot + ":ok"] / self.c[slot + ":gold"] if self.c[slot + ":gold"] else 1.0
        return p, r

    def add(self, slot: str, pred: bool, gold: bool, ok: bool) -> None:
        self.c[slot + ":pred"] += pred
        self.c[slot + ":gold"] += gold
        self.c[slot + ":ok"] += ok


def score_pair(t: Tally, g: GoldEvent, f: Found, names: Names, errors: list[str], iid: str) -> None:
    e = f.event
    for slot, gval, pid, pname in (("actor", g.actor, e.actor, None), ("target", g.target, e.target, None),
                                   ("place", g.place, e.place.entity if e.place else None,
                                    e.place.name_en if e.place else None)):
        pred_names = names.of(pid, pname)
        ok = gval is not None and bool(pred_names) and same_name(gval, pred_names)
        t.add(slot, bool(pred_names), gval is not None, ok)
        if not ok and (gval or pred_names):
            errors.append(f"{iid} {g.type} {slot}: gold {gval!r} pred {names.label(pid) or pname!r}")
    t.add("date", e.date is not None, g.date is not None, e.date is not None and e.date == g.date)
    pw = tuple(e.date_window) if e.date_window else None
    t.add("window", pw is not None, g.window is not None, pw is not None and pw == g.window)
    exact = (e.date, pw) == (g.date, g.window)
    t.c["exact:n"] += 1
    t.c["exact:ok"] += exact
    if g.date or g.window:
        t.c["dated:n"] += 1
        t.c["dated:ok"] += exact
    if not exact:
        errors.append(f"{iid} {g.type} date: gold {g.date or g.window} pred {e.date or pw} ({f.date_text!r})")
    pq = {k: quantity_value(e.quantities, k) for k in QUANTITY_KEYS}
    pq = {k: v for k, v in pq.items() if v is not None}
    gq = {k: v for k, v in g.quantities.items()}
    ok_q = sum(1 for k, v in pq.items() if k in gq and str(gq[k]) == str(v))
    t.add("quantities", False, False, False)
    t.c["quantities:pred"] += len(pq)
    t.c["quantities:gold"] += len(gq)
    t.c["quantities:ok"] += ok_q
    if pq != {k: v for k, v in gq.items()} and (pq or gq):
        if {k: str(v) for k, v in pq.items()} != {k: str(v) for k, v in gq.items()}:
            errors.append(f"{iid} {g.type} quantities: gold {gq} pred {pq}")
    t.add("mode", e.mode != "asserted", g.mode != "asserted", e.mode != "asserted" and e.mode == g.mode)
    t.c["mode_acc:n"] += 1
    t.c["mode_acc:ok"] += e.mode == g.mode
    if e.mode != g.mode:
        errors.append(f"{iid} {g.type} mode: gold {g.mode} pred {e.mode}")


def evaluate(gold_path: Path = GOLD, langs: tuple[str, ...] = ("ar", "fa", "en"),
             sets: tuple[str, ...] | None = None, keep_all: bool = False) -> dict[str, Any]:
    """Run the stages on every gold item and score; returns figures per language and "all", and
    per set under ``"sets"`` (``{set: {lang: row}}``)."""
    items = [i for i in load_gold(gold_path) if i.lang in langs and (sets is None or i.set in sets)]
    settings = Settings()
    stages, notes = build_stages(settings)
    events = EventStage(settings)
    events.keep_uninformative = keep_all
    names = Names(events.world.kb, events.world.gazetteer)
    tallies: dict[str, Tally] = defaultdict(Tally)
    errors: list[str] = []
    times: list[float] = []
    failures: dict[str, int] = {}
    for item in items:
        doc, found, spent = run_item(item, stages, events, failures)
        times.append(spent)
        pairs = match(item.events, found)
        for t in (tallies[item.lang], tallies["all"]):
            t.add("type", False, False, False)
            t.c["type:pred"] += len(found)
            t.c["type:gold"] += len(item.events)
            t.c["type:ok"] += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(item.events):
            if gi not in matched_g:
                errors.append(f"{item.id} missed {g.type} {item.text[g.trigger[0]:g.trigger[1]]!r}")
        for pi, f in enumerate(found):
            if pi not in matched_p:
                errors.append(f"{item.id} extra {f.event.type} {doc.text[f.trigger.start:f.trigger.end]!r} ({f.event.mode})")
        for t in (tallies[f"{item.set}|{item.lang}"], tallies[f"{item.set}|all"]):
            t.c["type:pred"] += len(found)
            t.c["type:gold"] += len(item.events)
            t.c["type:ok"] += len(pairs)
        for gi, pi in pairs:
            for t in (tallies[f"{item.set}|{item.lang}"], tallies[f"{item.set}|all"]):
                score_pair(t, item.events[gi], found[pi], names, [], item.id)
            for t in (tallies[item.lang], tallies["all"]):
                score_pair(t, item.events[gi], found[pi], names, errors if t is tallies["all"] else [], item.id)
    notes += [f"stage failed on some items: {msg}" for msg in failures]
    out: dict[str, Any] = {"notes": notes, "errors": errors, "langs": {}, "sets": {}}
    for lang, t in tallies.items():
        row: dict[str, Any] = {}
        p, r = t.pr("type")
        row["type"] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
        for slot in SLOTS:
            p, r = t.pr(slot)
            row[slot] = {"p": p, "r": r}
        row["mode"]["acc"] = t.c["mode_acc:ok"] / t.c["mode_acc:n"] if t.c["mode_acc:n"] else 1.0
        row["exact_date"] = t.c["exact:ok"] / t.c["exact:n"] if t.c["exact:n"] else 1.0
        row["exact_date_dated"] = t.c["dated:ok"] / t.c["dated:n"] if t.c["dated:n"] else 1.0
        row["counts"] = {"gold": t.c["type:gold"], "pred": t.c["type:pred"], "matched": t.c["type:ok"]}
        if "|" in lang:
            name, code = lang.split("|")
            out["sets"].setdefault(name, {})[code] = row
        else:
            out["langs"][lang] = row
    out["time_ms_per_doc"] = 1000 * sum(times) / max(1, len(times))
    out["time_ms_3000"] = _timing_3000(items, stages, events)
    return out


def _timing_3000(items: list[Item], stages: list[tuple[str, Any]], events: EventStage) -> dict[str, float]:
    """Milliseconds of the events stage on a ~3,000-character article per language (mean of 5)."""
    out: dict[str, float] = {}
    for lang in sorted({i.lang for i in items}):
        text = ""
        for i in items:
            if i.lang == lang and len(text) < 3000:
                text += i.text + ("\n" if lang == "en" else "\n")
        doc = Document(id=f"timing-{lang}", text=text[:3200], lang=lang, published="2023-05-01")
        for _, st in stages:
            try:
                doc = st(doc)
            except Exception:  # noted by evaluate(); timing the events stage needs no more
                continue
        spent = []
        for _ in range(5):
            t0 = time.process_time()
            events.extract(doc)
            spent.append(time.process_time() - t0)
        out[lang] = 1000 * sorted(spent)[2]
    return out


def _table(rows: dict[str, Any]) -> None:
    head = f"{'lang':5} {'n(g/p/m)':>12} " + " ".join(f"{s:>13}" for s in ("type",) + SLOTS) + f" {'exact-date':>10}"
    print(head)
    for lang in ("ar", "fa", "en", "all"):
        row = rows.get(lang)
        if row is None:
            continue
        cnt = row["counts"]
        cells = [f"{row['type']['p']:.2f}/{row['type']['r']:.2f}"]
        cells += [f"{row[s]['p']:.2f}/{row[s]['r']:.2f}" for s in SLOTS]
        print(f"{lang:5} {cnt['gold']:>4}/{cnt['pred']:>3}/{cnt['matched']:>3} " + " ".join(f"{c:>13}" for c in cells)
              + f" {row['exact_date']:>10.2f}")


def _print(res: dict[str, Any]) -> None:
    for note in res["notes"]:
        print("note:", note)
    _table(res["langs"])
    print("(cells are precision/recall; mode is for the non-asserted modes; exact-date is over matched events)")
    for lang in ("ar", "fa", "en", "all"):
        row = res["langs"].get(lang)
        if row:
            print(f"{lang}: type F1 {row['type']['f1']:.2f}; mode accuracy {row['mode']['acc']:.2f}; exact date "
                  f"{row['exact_date']:.2f} (dated gold only {row['exact_date_dated']:.2f})")
    for name, rows in sorted(res.get("sets", {}).items()):
        if len(res["sets"]) > 1:
            print(f"\nset {name!r}:")
            _table(rows)
    print(f"events stage: {res['time_ms_per_doc']:.1f} ms per gold item; on a 3,000-character article: "
          + ", ".join(f"{k} {v:.1f} ms" for k, v in res["time_ms_3000"].items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--errors", action="store_true", help="list every mismatch")
    ap.add_argument("--lang", choices=("ar", "fa", "en"), action="append")
    ap.add_argument("--set", action="append", help="score only the items of this set (base, frames)")
    ap.add_argument("--keep-all", action="store_true",
                    help="keep the events the stage drops as uninformative (no actor, target or place)")
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    res = evaluate(args.gold, tuple(args.lang) if args.lang else ("ar", "fa", "en"),
                   tuple(args.set) if args.set else None, args.keep_all)
    if args.json:
        print(json.dumps({k: v for k, v in res.items() if k != "errors" or args.errors}, ensure_ascii=False, indent=1))
        return 0
    _print(res)
    if args.errors:
        print("\n".join(res["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
