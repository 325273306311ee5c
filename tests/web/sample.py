"""A small hand-written corpus with mentions, events, claims and stories, for the web and brief tests.

The articles are written for khabar (Arabic, Persian, English reports of two events), and
their annotations are computed from substrings so every span points at the right characters.
:func:`hostile_documents` adds articles whose every field carries script-injection payloads,
used to prove the web app renders attacker-controlled content inert.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from khabar.document import (
    Citation,
    Claim,
    Difference,
    Document,
    Event,
    EventSource,
    Mention,
    Place,
    Source,
    Span,
    Story,
    Variant,
    document_id,
)

__all__ = ["sample_documents", "sample_stories", "merged_stories", "hostile_documents", "hostile_stories", "seed_store",
           "seed_stories", "HOSTILE_PAGE"]

AIN_AL_ASAD = Place(entity="ain-al-asad-air-base", name_en="Ain al-Asad Air Base", lat=33.7997, lon=42.4411)
BAGHDAD = Place(entity=None, name_en="Baghdad", lat=33.3406, lon=44.4009)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def _line(text: str, needle: str) -> Span:
    """The whole line (our sentences are one per line) containing ``needle``."""
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return Span(start, len(text) if end < 0 else end)


def _doc(outlet: str, lang: str, published: str, title: str, text: str, **fields: Any) -> Document:
    src = Source(kind="url", url=f"https://{outlet}/news/{published}", outlet=outlet)
    doc = Document(id=document_id(src, title + text), source=src, title=title, text=text, lang=lang,
                   published=published, published_how="meta", **fields)
    pos, sentences = 0, []
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    doc.sentences = sentences
    return doc


def _mentions(text: str, pairs: list[tuple[str, str, str]]) -> list[Mention]:
    out = []
    for needle, entity, etype in pairs:
        start = 0
        while (at := text.find(needle, start)) >= 0:
            out.append(Mention(start=at, end=at + len(needle), text=needle, entity=entity, type=etype, how="kb"))
            start = at + len(needle)
    return sorted(out, key=lambda m: m.start)


def _finish(doc: Document) -> Document:
    doc.entities = list(dict.fromkeys(m.entity for m in doc.mentions if m.entity))
    return doc


AR1 = (
    "الأنبار - تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، مساء الأربعاء، لهجوم بأربعة عشر صاروخاً،"
    " ما أدى إلى إصابة جنديين أمريكيين بجروح طفيفة.\n"
    "ونقلت وكالة رويترز عن مصدرين أمنيين عراقيين قولهما إن الصواريخ أطلقت من شاحنة متوقفة قرب بلدة البغدادي.\n"
    "ولم تتبن أي جهة الهجوم حتى الآن، فيما نفت كتائب حزب الله أي علاقة لها بالعملية."
)
EN1 = (
    "ANBAR, Iraq (Meso Wire) - Fourteen rockets struck Ain al-Asad Air Base in Iraq's western Anbar province on"
    " Wednesday, wounding two American service members, Reuters reported, citing two Iraqi security sources.\n"
    "The rockets were launched from the back of a truck near the town of al-Baghdadi, the sources said.\n"
    "Kataib Hezbollah denied any involvement in the attack."
)
FA1 = (
    "پایگاه عین الاسد در استان الانبار عراق روز چهارشنبه هدف حمله موشکی قرار گرفت.\n"
    "به گزارش رویترز، در این حمله دو نظامی آمریکایی زخمی شدند.\n"
    "کتائب حزب‌الله هرگونه دخالت در این حمله را تکذیب کرد."
)
AR2 = (
    "بغداد - وصل قائد فيلق القدس الإيراني إسماعيل قاآني إلى بغداد، يوم السبت، في زيارة غير معلنة التقى خلالها"
    " قادة فصائل مسلحة.\n"
    "وذكرت مصادر مطلعة أن الزيارة استمرت ثماني ساعات وتناولت التهدئة مع القوات الأمريكية."
)
FA2 = (
    "اسماعیل قاآنی، فرمانده نیروی قدس سپاه، هفته گذشته برای دیدار با مقام‌های عراقی به بغداد سفر کرد.\n"
    "به گفته منابع آگاه، این سفر هشت ساعت طول کشید."
)
EN2 = (
    "BAGHDAD (Levant Ledger) - The Iraqi government called on all parties to exercise restraint after the"
    " rocket attack on Ain al-Asad Air Base.\n"
    "A government spokesman said the investigation into the launch site was continuing."
)


def _attack(doc_id: str, text: str, evidence: str, claim: str | None, wounded: int = 2) -> Event:
    return Event(id=f"{doc_id}-ev1", type="ASSAULT", target="us-military", place=AIN_AL_ASAD, date="2021-07-07",
                 quantities={"wounded": wounded, "rockets": 14}, evidence=[_line(text, evidence)], claim=claim)


def sample_documents() -> list[Document]:
    """Six articles (2 ar, 2 fa, 2 en) about a rocket attack and a commander's visit."""
    d1 = _doc("alfurat.example", "ar", "2021-07-08", "هجوم صاروخي على قاعدة عين الأسد غربي العراق", AR1)
    d1.mentions = _mentions(AR1, [("قاعدة عين الأسد", "ain-al-asad-air-base", "LOC"), ("رويترز", "reuters", "ORG"),
                                  ("كتائب حزب الله", "kataib-hezbollah", "ORG")])
    d1.claims = [Claim(id=f"{d1.id}-c1", by="reuters", citing=[Citation(description="two Iraqi security sources")],
                       span=_line(AR1, "رويترز"))]
    d1.events = [
        _attack(d1.id, AR1, "لهجوم", d1.claims[0].id),
        Event(id=f"{d1.id}-ev2", type="REJECT", actor="kataib-hezbollah", evidence=[_line(AR1, "نفت")],
              date="2021-07-08"),
    ]
    d2 = _doc("mesowire.example", "en", "2021-07-08", "Rockets hit Ain al-Asad air base, two US service members hurt", EN1)
    d2.mentions = _mentions(EN1, [("Ain al-Asad Air Base", "ain-al-asad-air-base", "LOC"), ("Reuters", "reuters", "ORG"),
                                  ("Kataib Hezbollah", "kataib-hezbollah", "ORG")])
    d2.claims = [Claim(id=f"{d2.id}-c1", by="reuters", citing=[Citation(description="two Iraqi security sources")],
                       span=_line(EN1, "Reuters"))]
    d2.events = [
        _attack(d2.id, EN1, "Fourteen rockets", d2.claims[0].id),
        Event(id=f"{d2.id}-ev2", type="REJECT", actor="kataib-hezbollah", evidence=[_line(EN1, "denied")],
              date="2021-07-08"),
    ]
    d3 = _doc("ayenekhabar.example", "fa", "2021-07-09", "حمله موشکی به پایگاه عین الاسد در عراق", FA1)
    d3.mentions = _mentions(FA1, [("پایگاه عین الاسد", "ain-al-asad-air-base", "LOC"), ("رویترز", "reuters", "ORG"),
                                  ("کتائب حزب‌الله", "kataib-hezbollah", "ORG")])
    d3.events = [_attack(d3.id, FA1, "هدف حمله", None)]
    d4 = _doc("babilpress.example", "ar", "2021-06-20", "قاآني يصل إلى بغداد في زيارة غير معلنة", AR2)
    d4.mentions = _mentions(AR2, [("إسماعيل قاآني", "esmail-qaani", "PER"), ("فيلق القدس", "irgc-quds-force", "ORG")])
    d4.events = [Event(id=f"{d4.id}-ev1", type="CONSULT", actor="esmail-qaani", place=BAGHDAD, date="2021-06-19",
                       evidence=[_line(AR2, "وصل")])]
    d5 = _doc("tehran-daily.example", "fa", "2021-06-21", "سفر اسماعیل قاآنی به بغداد", FA2)
    d5.mentions = _mentions(FA2, [("اسماعیل قاآنی", "esmail-qaani", "PER"), ("نیروی قدس", "irgc-quds-force", "ORG")])
    d5.events = [Event(id=f"{d5.id}-ev1", type="CONSULT", actor="esmail-qaani", place=BAGHDAD,
                       date_window=("2021-06-14", "2021-06-20"), evidence=[_line(FA2, "سفر کرد")])]
    d6 = _doc("levantledger.example", "en", "2021-07-10", "Iraq calls for restraint after attack on Ain al-Asad", EN2)
    d6.mentions = _mentions(EN2, [("Iraqi government", "iraq-government", "ORG"),
                                  ("Ain al-Asad Air Base", "ain-al-asad-air-base", "LOC")])
    d6.events = [Event(id=f"{d6.id}-ev1", type="REQUEST", actor="iraq-government", mode="requested",
                       date="2021-07-08", evidence=[_line(EN2, "called on")])]
    return [_finish(d) for d in (d1, d2, d3, d4, d5, d6)]


def sample_stories(docs: list[Document]) -> list[Story]:
    """The attack story (d1-d3, d6) with one merged event, and the visit story (d4, d5)."""
    d1, d2, d3, d4, d5, d6 = docs
    attack = Event(id="st-attack-ev1", type="ASSAULT", target="us-military", place=AIN_AL_ASAD, date="2021-07-07",
                   quantities={"wounded": 2, "rockets": 14}, evidence=list(d1.events[0].evidence),
                   claim=d1.events[0].claim, documents=[d1.id, d2.id, d3.id])
    visit = Event(id="st-visit-ev1", type="CONSULT", actor="esmail-qaani", place=BAGHDAD, date="2021-06-19",
                  evidence=list(d4.events[0].evidence), documents=[d4.id, d5.id])
    return [
        Story(id="st-attack", title_en="Rocket attack on US forces at Ain al-Asad Air Base",
              documents=[d1.id, d2.id, d3.id, d6.id], independent_sources=3, syndication=[[d1.id, d2.id]],
              events=[attack], entities=["ain-al-asad-air-base", "reuters", "kataib-hezbollah", "us-military"]),
        Story(id="st-visit", title_en="Esmail Qaani visits Baghdad", documents=[d4.id, d5.id], independent_sources=2,
              events=[visit], entities=["esmail-qaani", "irgc-quds-force"]),
    ]


def _in(doc: Document, needle: str) -> Span:
    """The line of ``doc`` holding ``needle``, as evidence naming its document."""
    sp = _line(doc.text, needle)
    return Span(sp.start, sp.end, document=doc.id)


def merged_stories(docs: list[Document]) -> list[Story]:
    """The stories as the merging stage fills them: merged events with their reports (sources, claims,
    evidence in every supporting article), a value one report gives differently, and differences."""
    d1, d2, d3, d4, d5, d6 = docs
    attack = Event(
        id="st-attack-ev1", type="ASSAULT", target="us-military", place=AIN_AL_ASAD, date="2021-07-07",
        quantities={"wounded": 2, "rockets": 14}, claim=d1.events[0].claim,
        evidence=[_in(d1, "لهجوم"), _in(d2, "Fourteen rockets"), _in(d3, "هدف حمله")],
        documents=[d1.id, d2.id, d3.id],
        sources=[EventSource(d1.id, d1.events[0].id, d1.claims[0].id), EventSource(d2.id, d2.events[0].id, d2.claims[0].id),
                 EventSource(d3.id, d3.events[0].id, None)],
        independent_sources=2,
        variants=[Variant(about="quantities.wounded", value=3, documents=[d3.id], evidence=[_in(d3, "زخمی")])],
    )
    denial = Event(
        id="st-attack-ev2", type="REJECT", actor="kataib-hezbollah", date="2021-07-08", mode="denied",
        evidence=[_in(d1, "نفت"), _in(d2, "denied"), _in(d3, "تکذیب")], documents=[d1.id, d2.id, d3.id],
        sources=[EventSource(d1.id, d1.events[1].id), EventSource(d2.id, d2.events[1].id)], independent_sources=2,
    )
    request = Event(
        id="st-attack-ev3", type="REQUEST", actor="iraq-government", date="2021-07-08", mode="requested",
        evidence=[_in(d6, "called on")], documents=[d6.id], sources=[EventSource(d6.id, d6.events[0].id)],
        independent_sources=1,
    )
    visit = Event(
        id="st-visit-ev1", type="CONSULT", actor="esmail-qaani", place=BAGHDAD, date="2021-06-19",
        evidence=[_in(d4, "وصل"), _in(d5, "سفر کرد")], documents=[d4.id, d5.id],
        sources=[EventSource(d4.id, d4.events[0].id), EventSource(d5.id, d5.events[0].id)], independent_sources=2,
        variants=[Variant(about="date", value="2021-06-14 – 2021-06-20", documents=[d5.id], evidence=[_in(d5, "هفته گذشته")])],
    )
    differences = [
        Difference(document=d1.id, kind="unique", about="launch site", value="a truck near al-Baghdadi",
                   evidence=_in(d1, "شاحنة"), event="st-attack-ev1"),
        Difference(document=d3.id, kind="conflict", about="quantities.wounded", value="3",
                   evidence=_in(d3, "زخمی"), event="st-attack-ev1"),
        Difference(document=d6.id, kind="unique", about="the investigation", value="continuing",
                   evidence=_in(d6, "investigation")),
    ]
    return [
        Story(id="st-attack", title_en="Rocket attack on US forces at Ain al-Asad Air Base",
              documents=[d1.id, d2.id, d3.id, d6.id], independent_sources=3, syndication=[[d1.id, d2.id]],
              events=[attack, denial, request], differences=differences,
              entities=["ain-al-asad-air-base", "reuters", "kataib-hezbollah", "us-military"]),
        Story(id="st-visit", title_en="Esmail Qaani visits Baghdad", documents=[d4.id, d5.id], independent_sources=2,
              events=[visit], entities=["esmail-qaani", "irgc-quds-force"]),
    ]


# -- attacker-controlled content ------------------------------------------------------------

PAYLOADS = (
    "<script>document.title='PWN'+'ED';window.__pwned=1</script>",
    "<img src=x onerror=\"document.title='PWN'+'ED'\">",
    "<img src=x onerror=alert(1)><b onmouseover=confirm(1)>hover</b>",
    "<a href=\"javascript:document.title='PWN'+'ED'\">click</a>",
    "<svg onload=\"document.title='PWN'+'ED'\"></svg>",
    "<style>body{display:none}</style>",
    "\"><iframe srcdoc=\"<script>parent.document.title='PWN'+'ED'</script>\"></iframe>",
    "{{7*7}}{% raw %}",
)

#: An HTML page to ingest: live tags that must be dropped and escaped tags that become text.
HOSTILE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Breaking &lt;img src=x onerror="document.title='PWN'+'ED'"&gt; news</title>
<meta property="article:published_time" content="2021-07-11T08:00:00Z">
<script>document.title='PWN'+'ED';</script>
<style>body { background: red; } p { display: none }</style>
</head><body onload="document.title='PWN'+'ED'">
<article><h1>Breaking &lt;img src=x onerror="document.title='PWN'+'ED'"&gt; news</h1>
<p style="color:red" onclick="document.title='PWN'+'ED'">Officials met in Baghdad on Tuesday to discuss the security
of the border crossings and the electricity payments, a statement said. &lt;script&gt;document.title='PWN'+'ED'&lt;/script&gt;
and <a href="javascript:document.title='PWN'+'ED'">a javascript link</a> were in the article.</p>
<p>The statement added that &lt;img src=x onerror="document.title='PWN'+'ED'"&gt; a joint committee would meet again
next month to review the trade figures and the pilgrims' travel arrangements for the coming season.</p>
<img src="x" onerror="document.title='PWN'+'ED'">
<script>document.title='PWN'+'ED'</script>
</article></body></html>
"""


def hostile_documents() -> list[Document]:
    """Two documents whose title, text, outlet, URL, mentions, entity ids and events are payloads."""
    out = []
    for i, lang in enumerate(("en", "ar")):
        text = "\n".join(f"سطر {n}: {p}" if lang == "ar" else f"Line {n}: {p}" for n, p in enumerate(PAYLOADS))
        src = Source(kind="url", url="javascript:document.title='PWN'+'ED'", outlet=PAYLOADS[1])
        doc = Document(id=f"hostile-{i}", source=src, title=PAYLOADS[0] + " " + PAYLOADS[2], text=text, lang=lang,
                       published="2021-07-12", published_how="meta")
        evil_entity = "x\"><script>document.title='PWN'+'ED'</script>"
        doc.mentions = [Mention(start=m.start, end=m.end, text=m.text, entity=evil_entity if n % 2 else "javascript:alert(1)",
                                type="PER") for n, m in enumerate(_mentions(text, [(PAYLOADS[1], "", "")]))]
        sp = _line(text, PAYLOADS[0])
        doc.mentions.append(Mention(start=sp.start, end=sp.start + 4, text=text[sp.start:sp.start + 4], entity=evil_entity))
        doc.events = [Event(id="ev\"><img src=x onerror=alert(1)>", type=PAYLOADS[3], actor=evil_entity,
                            place=Place(entity=None, name_en=PAYLOADS[0]), date="2021-07-11", evidence=[sp])]
        doc.sentences = [_line(text, p) for p in PAYLOADS]
        out.append(_finish(doc))
    return out


def hostile_stories(docs: list[Document]) -> list[Story]:
    """A story of :func:`hostile_documents` whose title, merged event, variant and difference carry payloads."""
    a, b = docs
    ev = Event(id="m\"><script>x</script>", type=PAYLOADS[3], actor=a.events[0].actor, date="2021-07-11",
               place=Place(entity=None, name_en=PAYLOADS[4], lat=33.3, lon=44.4), mode=PAYLOADS[2],
               evidence=[Span(0, 20, document=a.id), Span(0, 20, document=b.id)], documents=[a.id, b.id],
               sources=[EventSource(a.id, a.events[0].id, "c\"><img src=x onerror=alert(1)>")],
               variants=[Variant(about=PAYLOADS[0], value=PAYLOADS[1], documents=[b.id],
                                 evidence=[Span(0, 5, document=b.id)])])
    diff = Difference(document=b.id, kind=PAYLOADS[2], about=PAYLOADS[5], value=PAYLOADS[1],
                      evidence=Span(0, 10, document=b.id), event=ev.id)
    return [Story(id="hostile-story", title_en=PAYLOADS[0], documents=[a.id, b.id], independent_sources=2, events=[ev],
                  differences=[diff], entities=[a.events[0].actor or "", "javascript:alert(1)"])]


def seed_store(store: Any, docs: list[Document]) -> None:
    """Write ``docs`` through the store (``put_many``)."""
    store.put_many(docs)


def seed_stories(conn: sqlite3.Connection, stories: list[Story], store: Any = None) -> None:
    """Write ``stories`` the way the story engine does (``store.put_story_row`` and ``story_documents``).

    Merged events and differences go into the row's JSON ``data`` beside the engine's keys.
    Without the story tables, a minimal ``stories (id, data)`` table stands in;
    :func:`khabar.web.queries.story_table` reads either.
    """
    if store is not None and hasattr(store, "put_story_row"):
        docs = {d.id: d for d in store.documents(ids=[i for s in stories for i in s.documents])}
        for s in stories:
            days = sorted(docs[i].published for i in s.documents if i in docs and docs[i].published)
            langs: dict[str, int] = {}
            for i in s.documents:
                if i in docs and docs[i].lang:
                    langs[docs[i].lang] = langs.get(docs[i].lang, 0) + 1  # type: ignore[index]
            data = {
                "documents": s.documents, "floating": [], "syndication": s.syndication, "quotes": [],
                "entities": [{"id": e, "name_en": None, "weight": 1.0} for e in s.entities],
                "outlets": sorted({docs[i].source.outlet for i in s.documents if i in docs and docs[i].source.outlet}),
                "events": [e.to_dict() for e in s.events], "differences": [d.to_dict() for d in s.differences],
            }
            row = {"id": s.id, "first_day": days[0] if days else None, "last_day": days[-1] if days else None,
                   "n_documents": len(s.documents), "langs": json.dumps(langs), "independent_sources": s.independent_sources,
                   "title_en": s.title_en, "data": json.dumps(data, ensure_ascii=False), "updated_at": "2021-07-10T00:00:00+00:00"}
            store.put_story_row(row, s.entities)
            if hasattr(store, "set_assignments"):
                store.set_assignments([(d, s.id, f"{n:04d}", False, None) for n, d in enumerate(s.documents) if d in docs])
        return
    conn.execute("CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    conn.executemany(
        "INSERT OR REPLACE INTO stories (id, data) VALUES (?, ?)",
        [(s.id, json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=True)) for s in stories],
    )
