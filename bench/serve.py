"""Web app under a bounded local load: requests/s and p50/p99 latency per endpoint.

Builds (or reuses) a store of synthetic Arabic, Persian and English documents with mentions,
events and stories — written straight through the store, no extraction — starts
``khabar serve`` on 127.0.0.1 in its own process, and drives it with an async httpx client:
N concurrent workers send a fixed number of requests to each endpoint (loopback only).

Usage: ``python bench/serve.py [--docs 20000] [--requests 400] [--concurrency 8] [--db FILE]``.
Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from khabar.document import Document as Doc  # noqa: E402
from khabar.document import Event, Mention, Place, Source, Span, Story, document_id  # noqa: E402
from khabar.store import SQLiteStore  # noqa: E402
from tests.web.sample import seed_stories  # noqa: E402

# entity id -> (type, {lang: name})
ENTITIES: dict[str, tuple[str, dict[str, str]]] = {
    "esmail-qaani": ("PER", {"ar": "إسماعيل قاآني", "fa": "اسماعیل قاآنی", "en": "Esmail Qaani"}),
    "mustafa-al-kadhimi": ("PER", {"ar": "مصطفى الكاظمي", "fa": "مصطفی الکاظمی", "en": "Mustafa al-Kadhimi"}),
    "kataib-hezbollah": ("ORG", {"ar": "كتائب حزب الله", "fa": "کتائب حزب‌الله", "en": "Kataib Hezbollah"}),
    "reuters": ("ORG", {"ar": "رويترز", "fa": "رویترز", "en": "Reuters"}),
    "us-military": ("ORG", {"ar": "الجيش الأمريكي", "fa": "ارتش آمریکا", "en": "the US military"}),
    "iraq-government": ("ORG", {"ar": "الحكومة العراقية", "fa": "دولت عراق", "en": "the Iraqi government"}),
    "iran-foreign-ministry": ("ORG", {"ar": "وزارة الخارجية الإيرانية", "fa": "وزارت امور خارجه ایران",
                                      "en": "the Iranian Foreign Ministry"}),
    "irgc": ("ORG", {"ar": "الحرس الثوري", "fa": "سپاه پاسداران", "en": "the IRGC"}),
}
PLACES: dict[str, tuple[float, float, dict[str, str]]] = {
    "ain-al-asad-air-base": (33.7997, 42.4411, {"ar": "قاعدة عين الأسد", "fa": "پایگاه عین الاسد", "en": "Ain al-Asad Air Base"}),
    "erbil-international-airport": (36.2376, 43.9632, {"ar": "مطار أربيل الدولي", "fa": "فرودگاه اربیل", "en": "Erbil airport"}),
    "us-embassy-baghdad": (33.298, 44.397, {"ar": "السفارة الأمريكية في بغداد", "fa": "سفارت آمریکا در بغداد",
                                            "en": "the US Embassy in Baghdad"}),
}
# sentence templates: {a} actor, {t} target, {p} place; the first one carries the event
LEAD = {
    "ar": "أعلن {a} أن هجوماً استهدف {t} في {p} صباح اليوم، وفق ما نقلته وكالة رويترز عن مصادر أمنية.",
    "fa": "{a} اعلام کرد که حمله‌ای {t} را در {p} هدف قرار داده است، به گزارش رویترز به نقل از منابع امنیتی.",
    "en": "{a} said an attack targeted {t} at {p} on Tuesday, Reuters reported, citing security sources.",
}
FILLER = {
    "ar": ["وقال مسؤول محلي إن الأضرار اقتصرت على المعدات وإن التحقيق مستمر لمعرفة الجهة المسؤولة.",
           "وتأتي هذه التطورات في ظل توتر متصاعد بين الفصائل المسلحة والقوات الأجنبية في البلاد.",
           "ودعت الحكومة جميع الأطراف إلى ضبط النفس والابتعاد عن التصعيد في المرحلة المقبلة.",
           "وأشارت مصادر مطلعة إلى أن اجتماعاً أمنياً سيعقد خلال الأيام المقبلة لبحث الوضع."],
    "fa": ["یک مقام محلی گفت خسارت‌ها به تجهیزات محدود بوده و تحقیقات برای شناسایی عاملان ادامه دارد.",
           "این تحولات در حالی رخ می‌دهد که تنش میان گروه‌های مسلح و نیروهای خارجی افزایش یافته است.",
           "دولت از همه طرف‌ها خواست خویشتنداری کنند و از تشدید تنش خودداری کنند.",
           "منابع آگاه گفتند نشستی امنیتی در روزهای آینده برای بررسی اوضاع برگزار خواهد شد."],
    "en": ["A local official said the damage was limited to equipment and that an investigation was under way.",
           "The incident comes amid rising tension between armed factions and foreign forces in the country.",
           "The government called on all sides to exercise restraint and avoid escalation in the coming days.",
           "Informed sources said a security meeting would be held in the coming days to review the situation."],
}
TYPES = ("ASSAULT", "CONSULT", "ACCUSE", "THREATEN", "REJECT", "REQUEST")
OUTLETS = {"ar": ["alfurat.example", "babilpress.example", "almadar.example"],
           "fa": ["ayenekhabar.example", "tehran-daily.example"],
           "en": ["mesowire.example", "levantledger.example", "gulfmonitor.example"]}
SEARCH = ["عين الأسد", "قاآنی", "الكاظمي", "Reuters", "Kataib Hezbollah", "سفارت", "investigation", "هجوم"]


def _fill(template: str, lang: str, slots: dict[str, str]) -> tuple[str, list[Mention]]:
    """Fill {a} {t} {p} with the slots' names in ``lang``, returning the text and its mentions."""
    text, mentions, pos = "", [], 0
    while pos < len(template):
        at = template.find("{", pos)
        if at < 0:
            text += template[pos:]
            break
        text += template[pos:at]
        key = template[at + 1]
        eid = slots[key]
        name = (ENTITIES[eid][1] if eid in ENTITIES else PLACES[eid][2])[lang]
        etype = ENTITIES[eid][0] if eid in ENTITIES else "LOC"
        mentions.append(Mention(start=len(text), end=len(text) + len(name), text=name, entity=eid, type=etype, how="kb"))
        text += name
        pos = at + 3
    return text, mentions


def synthetic_document(n: int, rng: random.Random, story: int, day: dt.date) -> Doc:
    lang = ("ar", "fa", "en")[n % 3]
    actor, target = rng.sample(sorted(ENTITIES), 2)
    place = sorted(PLACES)[story % len(PLACES)]
    lead, mentions = _fill(LEAD[lang], lang, {"a": actor, "t": target, "p": place})
    body = [lead] + [rng.choice(FILLER[lang]) for _ in range(rng.randint(5, 12))]
    text = "\n".join(body)
    title = lead.split("،")[0].split(",")[0][:90]
    outlet = rng.choice(OUTLETS[lang])
    src = Source(kind="url", url=f"https://{outlet}/news/{n}", outlet=outlet)
    lat, lon, _ = PLACES[place]
    ev = Event(id=f"ev-{n}", type=TYPES[story % len(TYPES)], actor=actor, target=target,
               place=Place(entity=place, name_en=PLACES[place][2]["en"], lat=lat, lon=lon),
               date=(day - dt.timedelta(days=1)).isoformat(), quantities={"wounded": rng.randint(0, 4)},
               evidence=[Span(0, len(lead))])
    spans, at = [], 0
    for line in body:
        spans.append(Span(at, at + len(line)))
        at += len(line) + 1
    doc = Doc(id=document_id(src, f"{n}:{text}"), source=src, title=title, text=text, lang=lang,
              published=day.isoformat(), published_how="meta", sentences=spans, mentions=mentions, events=[ev])
    doc.entities = list(dict.fromkeys(m.entity for m in mentions if m.entity))
    return doc


def build_store(path: Path, n_docs: int, *, per_story: int = 10, seed: int = 7) -> tuple[float, int]:
    """Write ``n_docs`` documents and ``n_docs / per_story`` stories; returns (seconds, stories)."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    start = dt.date(2021, 1, 1)
    with SQLiteStore(path) as st:
        batch: list[Doc] = []
        stories: list[Story] = []
        members: list[Doc] = []
        for n in range(n_docs):
            story = n // per_story
            day = start + dt.timedelta(days=story // 20)
            doc = synthetic_document(n, rng, story, day)
            batch.append(doc)
            members.append(doc)
            if len(members) == per_story or n == n_docs - 1:
                ev = members[0].events[0]
                merged = Event(**{**ev.__dict__, "id": f"st-{story}-ev", "documents": [d.id for d in members]})
                stories.append(Story(id=f"st-{story}", title_en=f"{ev.type.title()} at {ev.place.name_en if ev.place else '?'}",
                                     documents=[d.id for d in members], independent_sources=len(members) - 2,
                                     syndication=[[members[0].id, members[1].id]] if len(members) > 1 else [],
                                     events=[merged], entities=list(dict.fromkeys(e for d in members for e in d.entities))))
                members = []
            if len(batch) >= 1000:
                st.put_many(batch)
                batch = []
        st.put_many(batch)
        st.conn.execute("BEGIN")
        seed_stories(st.conn, stories, st)
        st.conn.execute("COMMIT")
    return time.perf_counter() - t0, len(stories)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _load(client: httpx.AsyncClient, make_url: Callable[[random.Random], str], n: int, workers: int,
                seed: int) -> tuple[float, list[float], int]:
    """``n`` GETs from ``workers`` concurrent tasks; returns (seconds, latencies, errors)."""
    latencies: list[float] = []
    errors = 0
    left = n

    async def worker(k: int) -> None:
        nonlocal left, errors
        rng = random.Random(seed * 1000 + k)
        while left > 0:
            left -= 1
            url = make_url(rng)
            t = time.perf_counter()
            resp = await client.get(url)
            latencies.append(time.perf_counter() - t)
            if resp.status_code != 200:
                errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(workers)))
    return time.perf_counter() - t0, latencies, errors


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def run_load(base: str, doc_ids: list[str], story_ids: list[str], requests: int, workers: int) -> None:
    from urllib.parse import quote

    endpoints: list[tuple[str, Callable[[random.Random], str]]] = [
        ("GET /api/stories (list)", lambda r: f"/api/stories?limit=20&offset={r.randrange(0, 200)}"),
        ("GET / (stories page)", lambda r: "/"),
        ("GET /api/stories/{id}", lambda r: f"/api/stories/{r.choice(story_ids)}"),
        ("GET /stories/{id} (page)", lambda r: f"/stories/{r.choice(story_ids)}"),
        ("GET /api/documents (list)", lambda r: f"/api/documents?limit=20&offset={r.randrange(0, 2000)}"),
        ("GET /documents (page)", lambda r: f"/documents?offset={r.randrange(0, 2000)}"),
        ("GET /api/documents/{id}", lambda r: f"/api/documents/{r.choice(doc_ids)}"),
        ("GET /documents/{id} (page)", lambda r: f"/documents/{r.choice(doc_ids)}"),
        ("GET /api/search?q=", lambda r: "/api/search?q=" + quote(r.choice(SEARCH))),
        ("GET /search?q= (page)", lambda r: "/search?q=" + quote(r.choice(SEARCH))),
    ]
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for _, make in endpoints:  # warm caches and code paths
            for k in range(3):
                await client.get(make(random.Random(k)))
        print(f"{'endpoint':<30} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for i, (name, make) in enumerate(endpoints):
            secs, lat, errors = await _load(client, make, requests, workers, seed=i)
            print(f"{name:<30} {len(lat) / secs:8.0f} {_pct(lat, 0.5) * 1000:8.1f} {_pct(lat, 0.99) * 1000:8.1f} {errors:7d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20_000, help="documents in the store (default 20000)")
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint (default 400)")
    ap.add_argument("--concurrency", type=int, default=8, help="concurrent client workers (default 8)")
    ap.add_argument("--db", help="store to build or reuse (default: a temporary file)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="khabar-bench-serve-")
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    existing = 0
    if db.exists():
        with SQLiteStore(db) as st:
            existing = len(st)
    if existing < args.docs:
        if db.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        secs, n_stories = build_store(db, args.docs)
        print(f"built a store of {args.docs:,} documents and {n_stories:,} stories in {secs:.1f}s "
              f"({args.docs / secs:,.0f} documents/s, {db.stat().st_size / 1e6:.0f} MB)")
    with SQLiteStore(db) as st:
        doc_ids = [r[0] for r in st.conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 2000")]
        story_ids = [r[0] for r in st.conn.execute("SELECT id FROM stories ORDER BY random() LIMIT 500")]
        print(f"store: {len(st):,} documents, {len(story_ids) and st.conn.execute('SELECT count(*) FROM stories').fetchone()[0]:,} stories")

    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(base + "/api/health", timeout=5).json()
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    err = server.stderr.read().decode() if server.stderr else ""
                    raise SystemExit("the server did not start: " + err) from None
                time.sleep(0.2)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"server up on {base} ({json.dumps(health)}); {args.requests} requests per endpoint, "
              f"{args.concurrency} concurrent workers, one uvicorn process, loopback; "
              f"{os.cpu_count()} CPUs, load average {load} (figures scale down with other load)")
        asyncio.run(run_load(base, doc_ids, story_ids, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(10)
        tmp.cleanup()


if __name__ == "__main__":
    main()
