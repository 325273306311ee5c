"""Score a khabar result (``khabar brief --json``) against the held-out corpus in bench/gold/heldout.

    khabar brief bench/gold/heldout/*.html -o /tmp/heldout/brief.html --json /tmp/heldout/brief.json --db /tmp/heldout/k.db
    python bench/heldout.py /tmp/heldout/brief.json [--truth bench/gold/heldout/truth.yaml]

Prints publication-date and language accuracy, boilerplate leaked into / body kept in ``text``, story
clustering (B-cubed), wire-group pairs, entity recall/precision by English name (loosely normalized)
and event recall by type, date, place and quantities, listing every miss. Missing pieces are
skipped, never fatal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from khabar.stories.evaluate import bcubed, pair_scores  # noqa: E402

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "gold" / "heldout" / "truth.yaml"


def norm(name: Any) -> str:
    """Loose key for an English name: no accents, case, articles, punctuation or spaces."""
    s = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(al|el|ad|ash|as|an|ar|the)[- ]", "", s)
    s = s.replace("ou", "u").replace("ee", "i").replace("kh", "k").replace("q", "k")
    return re.sub(r"[^a-z0-9]", "", s)


def same_name(a: Any, b: Any) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    return x == y or (len(short) >= 5 and short in long_ and len(short) >= 0.6 * len(long_))


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.0f}%" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("result", nargs="?", default="/tmp/heldout/brief.json")
    ap.add_argument("--truth", default=str(TRUTH))
    args = ap.parse_args(argv)
    for path in (args.truth, args.result):
        if not Path(path).is_file():
            print(f"missing: {path}", file=sys.stderr)
            return 2
    truth = yaml.safe_load(Path(args.truth).read_text(encoding="utf-8"))
    res = json.loads(Path(args.result).read_text(encoding="utf-8"))
    gold_docs = {d["file"]: d for d in truth.get("documents", [])}
    ents = {e["id"]: e for e in res.get("entities", [])}
    docs: dict[str, dict] = {}
    for d in res.get("documents", []):
        name = Path(((d.get("source") or {}).get("path")) or "").name
        if name in gold_docs:
            docs[name] = d
    print(f"documents: {len(docs)} of {len(gold_docs)} gold files found in the result")

    # --- publication date, language ------------------------------------------------------------
    pub_ok = how_ok = lang_ok = 0
    for f, g in gold_docs.items():
        d = docs.get(f)
        if not d:
            continue
        if d.get("published") == g.get("published"):
            pub_ok += 1
            how_ok += d.get("published_how") == g.get("published_how")
        else:
            print(f"  pubdate  {f}: got {d.get('published')} ({d.get('published_how')}), want {g.get('published')} ({g.get('published_how')})")
        if d.get("lang") == g.get("lang"):
            lang_ok += 1
        else:
            print(f"  lang     {f}: got {d.get('lang')}, want {g.get('lang')}")
    n = len(docs)
    print(f"publication date   {pct(pub_ok, n)} (and right 'how': {how_ok})")
    print(f"language           {pct(lang_ok, n)}")

    # --- boilerplate / body --------------------------------------------------------------------
    leaks = 0
    leak_docs = 0
    kept = checks = 0
    for f, g in gold_docs.items():
        d = docs.get(f)
        if not d:
            continue
        text = collapse(d.get("text", ""))
        found = [s for s in g.get("must_not_contain", []) if collapse(s) and collapse(s) in text]
        leaks += len(found)
        leak_docs += bool(found)
        if found:
            print(f"  chrome   {f}: {found}")
        for s in g.get("must_contain", []):
            checks += 1
            if collapse(s) in text:
                kept += 1
            else:
                print(f"  body lost {f}: {s[:40]!r}")
    print(f"boilerplate leaked {leaks} chrome strings in {leak_docs}/{n} documents")
    print(f"body kept          {pct(kept, checks)} first/last-paragraph snippets")

    # --- stories -------------------------------------------------------------------------------
    id2file = {d["id"]: f for f, d in docs.items()}
    pred: dict[str, str] = {f: f"single:{f}" for f in docs}
    wire_pred: list[list[str]] = []
    for s in res.get("stories", []):
        for did in s.get("documents", []):
            if did in id2file:
                pred[id2file[did]] = s["id"]
        for grp in s.get("syndication", []) or []:
            wire_pred.append([id2file[x] for x in grp if x in id2file])
    gold_story = {f: g["story"] for f, g in gold_docs.items() if f in docs}
    print(f"stories (B-cubed)  {bcubed(pred, gold_story)}   predicted stories: {len(set(pred.values()))}, gold: {len(set(gold_story.values()))}")
    by_pred: dict[str, list[str]] = defaultdict(list)
    for f, sid in pred.items():
        by_pred[sid].append(f)
    titles = {s["id"]: s.get("title_en") for s in res.get("stories", [])}
    for sid, fs in sorted(by_pred.items(), key=lambda kv: -len(kv[1])):
        mix = Counter(gold_story[f] for f in fs)
        print(f"  {sid[:14]:14} {dict(mix)}  {titles.get(sid) or ''}"[:160])
    copies: dict[str, list[str]] = defaultdict(list)
    anyw: dict[str, list[str]] = defaultdict(list)
    for f, g in gold_docs.items():
        if g.get("wire_group") and f in docs:
            anyw[g["wire_group"]].append(f)
            if g.get("wire_role") in ("full", "edited"):
                copies[g["wire_group"]].append(f)
    print(f"wire copies (pairs) {pair_scores(wire_pred, copies.values())}  (predicted groups: {wire_pred})")
    print(f"wire text (pairs)   {pair_scores(wire_pred, anyw.values())}")
    for s in res.get("stories", []):
        fs = [id2file[x] for x in s.get("documents", []) if x in id2file]
        groups = {gold_docs[f].get("wire_group") or f for f in fs if gold_docs[f].get("wire_role") != "partial"}
        groups |= {f for f in fs if gold_docs[f].get("wire_role") == "partial"}
        if s.get("independent_sources") is not None and len(fs) > 1 and s["independent_sources"] != len(groups):
            print(f"  independent_sources {s['id'][:14]}: got {s['independent_sources']}, want {len(groups)}")

    # --- entities ------------------------------------------------------------------------------
    tp = gold_n = pred_n = ptp = 0
    missed: Counter = Counter()
    extra: Counter = Counter()
    type_err: Counter = Counter()
    for f, g in gold_docs.items():
        d = docs.get(f)
        if not d:
            continue
        got = {}
        for m in d.get("mentions", []):
            e = ents.get(m.get("entity"))
            if e:
                got[e.get("name_en") or m.get("text")] = e.get("type")
        gold_e = g.get("entities", [])
        gold_n += len(gold_e)
        pred_n += len(got)
        for ge in gold_e:
            hit = [k for k in got if any(same_name(k, x) for x in [ge["name"], *(ge.get("aka") or [])])]
            if hit:
                tp += 1
                if got[hit[0]] != ge["type"]:
                    type_err[f"{ge['name']} {ge['type']}->{got[hit[0]]}"] += 1
            else:
                missed[ge["name"]] += 1
        for k in got:
            if any(same_name(k, x) for ge in gold_e for x in [ge["name"], *(ge.get("aka") or [])]):
                ptp += 1
            else:
                extra[f"{k} ({got[k]})"] += 1
    print(f"entities recall    {pct(tp, gold_n)}   precision vs main-entity list {pct(ptp, pred_n)} (lists are of main entities only)")
    print(f"  missed (count of docs): {dict(missed.most_common(40))}")
    print(f"  not in lists: {dict(extra.most_common(40))}")
    if type_err:
        print(f"  type errors: {dict(type_err)}")

    # --- dangling ids: events and claims pointing at entities the result does not list ----------
    dangling: Counter = Counter()
    for d in docs.values():
        refs = [e.get(k) for e in d.get("events", []) for k in ("actor", "target")]
        refs += [(e.get("place") or {}).get("entity") for e in d.get("events", [])]
        refs += [c.get("by") for c in d.get("claims", [])]
        refs += [x.get("entity") for c in d.get("claims", []) for x in c.get("citing", []) or []]
        dangling.update(r for r in refs if isinstance(r, str) and r and r not in ents)
    print(f"dangling entity ids in events/claims: {sum(dangling.values())} {dict(dangling)}")
    empty = [s["id"] for s in res.get("stories", []) if not s.get("events")]
    print(f"stories without merged events: {len(empty)}/{len(res.get('stories', []))}")

    # --- events --------------------------------------------------------------------------------
    by_story: dict[str, list[dict]] = defaultdict(list)
    for f, g in gold_docs.items():
        if f in docs:
            for e in docs[f].get("events", []):
                by_story[g["story"]].append(dict(e, _file=f))

    def pname(e: dict) -> str | None:
        p = e.get("place") or {}
        return p.get("name_en") if isinstance(p, dict) else None

    def ename(eid: Any) -> str | None:
        return (ents.get(eid) or {}).get("name_en") if eid else None

    stats: dict[str, Counter] = defaultdict(Counter)
    for sid, st in (truth.get("stories") or {}).items():
        for ge in st.get("events") or []:
            t = ge["type"]
            c = stats[t]
            c["gold"] += 1
            cands = [e for e in by_story.get(sid, []) if e.get("type") == t]
            if not cands:
                print(f"  event miss   {sid} {t} {ge.get('actor')} -> {ge.get('target')} {ge.get('date')}")
                continue
            c["type"] += 1
            if ge.get("date"):
                c["dated"] += 1
                if any(e.get("date") == str(ge["date"]) for e in cands):
                    c["date"] += 1
                else:
                    print(f"  event date   {sid} {t}: want {ge['date']}, got {sorted({str(e.get('date')) for e in cands})}")
            if ge.get("place"):
                c["placed"] += 1
                ok = [ge["place"], *(ge.get("place_alt") or [])]
                if any(same_name(pname(e), p) for e in cands for p in ok):
                    c["place"] += 1
                else:
                    print(f"  event place  {sid} {t}: want {ok}, got {sorted({str(pname(e)) for e in cands})}")
            if ge.get("actor") and not ge["actor"][0].islower():  # lowercase = a description, not an entity
                c["actored"] += 1
                if any(same_name(ename(e.get("actor")), ge["actor"]) for e in cands):
                    c["actor"] += 1
            for k, val in (ge.get("quantities") or {}).items():
                c["qty_gold"] += 1
                if any((e.get("quantities") or {}).get(k) == val for e in cands):
                    c["qty"] += 1
                else:
                    print(f"  event qty    {sid} {t} {k}={val}: got {sorted({str((e.get('quantities') or {}).get(k)) for e in cands})}")
    print("event recall by type (type found / date right / place right / actor right / quantities right):")
    tot: Counter = Counter()
    for t, c in sorted(stats.items()):
        tot.update(c)
        print(f"  {t:9} type {c['type']}/{c['gold']}  date {c['date']}/{c['dated']}  place {c['place']}/{c['placed']}"
              f"  actor {c['actor']}/{c['actored']}  qty {c['qty']}/{c['qty_gold']}")
    print(f"  {'ALL':9} type {pct(tot['type'], tot['gold'])}  date {pct(tot['date'], tot['dated'])}  place {pct(tot['place'], tot['placed'])}"
          f"  actor {pct(tot['actor'], tot['actored'])}  qty {pct(tot['qty'], tot['qty_gold'])}")
    # merged story events: the predicted story holding most of a gold story's documents
    sc: Counter = Counter()
    story_of = {s["id"]: s for s in res.get("stories", [])}
    for sid, st in (truth.get("stories") or {}).items():
        votes = Counter(pred[f] for f, g in gold_story.items() if g == sid)
        ps = story_of.get(votes.most_common(1)[0][0]) if votes else None
        for ge in st.get("events") or []:
            sc["gold"] += 1
            cands = [e for e in (ps or {}).get("events", []) if e.get("type") == ge["type"]]
            if not cands:
                continue
            sc["type"] += 1
            top = max(cands, key=lambda e: len(e.get("documents") or []))
            ok_date = not ge.get("date") or top.get("date") == str(ge["date"])
            ok_place = not ge.get("place") or any(same_name(pname(top), p) for p in [ge["place"], *(ge.get("place_alt") or [])])
            sc["date"] += ok_date
            sc["place"] += ok_place
            if not (ok_date and ok_place):
                print(f"  merged event {sid} {ge['type']}: best-supported has date {top.get('date') or top.get('date_window')}, place {pname(top)}"
                      f"; want {ge.get('date')}, {ge.get('place')}")
    print(f"merged story events: type {pct(sc['type'], sc['gold'])}, and on the best-supported one date right {sc['date']}, place right {sc['place']}")
    # events whose type is not among the story's gold types (main or background): likely false events
    spurious: Counter = Counter()
    n_ev = 0
    for sid, evs in by_story.items():
        st = (truth.get("stories") or {}).get(sid) or {}
        ok_types = {e["type"] for e in (st.get("events") or []) + (st.get("background_events") or [])}
        for e in evs:
            n_ev += 1
            if e.get("type") not in ok_types:
                spurious[f"{sid}:{e.get('type')}"] += 1
    print(f"predicted events   {n_ev}; of a type absent from the story's truth: {sum(spurious.values())} {dict(spurious)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
