"""`khabar export`: every kind in every format, columns as declared and documented, ACLED-like
events per document until stories exist and per merged event after, UTF-8 that loads as typed data."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.export.columns import EVENT_COLUMNS, TABLES
from khabar.store import SQLiteStore
from tests.web.sample import sample_documents, sample_stories, seed_stories

REPO = Path(__file__).resolve().parents[2]
DOCS = sample_documents()
BY_OUTLET = {d.source.outlet: d for d in DOCS}
N_EVENTS = sum(len(d.events) for d in DOCS)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "khabar.db"
    with SQLiteStore(path) as st:
        st.put_many(DOCS)
    return path


@pytest.fixture(scope="module")
def db_stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export-stories") / "khabar.db"
    with SQLiteStore(path) as st:
        st.put_many(DOCS)
        seed_stories(st.conn, sample_stories(DOCS), st)
    return path


def run_export(db: Path, *args: str) -> bytes:
    result = CliRunner().invoke(main, ["export", *args, "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.mark.parametrize("kind", list(TABLES))
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_kind_and_format_has_the_declared_columns(db_stories: Path, tmp_path: Path, kind: str, fmt: str) -> None:
    out = tmp_path / f"{kind}.{fmt}"
    run_export(db_stories, kind, "--format", fmt, "-o", str(out))
    names = [c.name for c in TABLES[kind]]
    if fmt == "csv":
        rows = read_csv(out.read_bytes())
        assert rows and list(rows[0]) == names
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert rows and all(list(r) == names for r in rows)
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        table = pq.read_table(out)
        assert table.column_names == names and table.num_rows > 0


def test_events_per_document_until_stories_exist(db: Path) -> None:
    rows = read_csv(run_export(db, "events"))
    assert len(rows) == N_EVENTS
    ar = next(r for r in rows if r["evidence_document"] == BY_OUTLET["alfurat.example"].id and r["event_type"] == "ASSAULT")
    assert ar["event_date"] == ar["date_window_start"] == ar["date_window_end"] == "2021-07-07"
    assert ar["date_precision"] == "day" and ar["mode"] == "asserted"
    assert ar["actor2"] == "US military" and ar["location"] == "Ain al-Asad Air Base"
    assert float(ar["latitude"]) == pytest.approx(33.7997) and float(ar["longitude"]) == pytest.approx(42.4411)
    assert ar["fatalities"] == "" and ar["injuries"] == "2"
    assert json.loads(ar["quantities"]) == {"rockets": 14, "wounded": 2}
    assert ar["sources"] == "alfurat.example" and ar["source_count"] == ar["independent_source_count"] == "1"
    assert "قاعدة عين الأسد الجوية" in ar["evidence"] and ar["evidence_lang"] == "ar"
    assert ar["attribution"] == "alfurat.example: Reuters citing two Iraqi security sources"
    assert ar["claim"].startswith("Attack on US military in Ain al-Asad Air Base, 2021-07-07")
    window = next(r for r in rows if r["evidence_document"] == BY_OUTLET["tehran-daily.example"].id)
    assert window["event_date"] == "" and window["date_precision"] == "window"
    assert (window["date_window_start"], window["date_window_end"]) == ("2021-06-14", "2021-06-20")
    call = next(r for r in rows if r["event_type"] == "REQUEST")
    assert call["mode"] == "requested" and call["claim"].endswith("(called for) — levantledger.example")


def test_events_are_merged_per_story_when_stories_exist(db_stories: Path) -> None:
    rows = read_csv(run_export(db_stories, "events"))
    assert [r["event_id"] for r in rows] == ["st-attack-ev1", "st-visit-ev1"]
    attack = rows[0]
    assert attack["story_id"] == "st-attack"
    assert attack["sources"] == "alfurat.example; mesowire.example; ayenekhabar.example"
    assert attack["source_count"] == "3" and attack["independent_source_count"] == "2"  # one wire copy folded
    assert len(attack["documents"].split("; ")) == 3


def test_parquet_is_typed(db: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    run_export(db, "events", "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("latitude").type == pa.float64() and schema.field("injuries").type == pa.int64()
    assert schema.field("sources").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert len(rows) == N_EVENTS and all(isinstance(r["sources"], list) for r in rows)


def test_csv_loads_as_typed_columns(db: Path) -> None:
    pacsv = pytest.importorskip("pyarrow.csv")
    pa = pytest.importorskip("pyarrow")
    table = pacsv.read_csv(io.BytesIO(run_export(db, "events")))
    assert table.schema.field("latitude").type == pa.float64()
    assert table.schema.field("event_date").type in (pa.date32(), pa.timestamp("s"), pa.string())
    assert table.num_rows == N_EVENTS


def test_csv_encoding_plain_and_excel(db: Path) -> None:
    plain = run_export(db, "documents")
    assert not plain.startswith(b"\xef\xbb\xbf") and b"\r\n" not in plain.split(b"\n", 1)[0] + b"\n"
    assert "عين الأسد".encode() in plain
    excel = run_export(db, "documents", "--excel")
    assert excel.startswith(b"\xef\xbb\xbf") and excel.split(b"\n", 1)[0].endswith(b"\r")
    assert len(read_csv(excel[3:])) == len(read_csv(plain)) == len(DOCS)


def test_jsonl_keeps_nesting(db: Path) -> None:
    rows = [json.loads(line) for line in run_export(db, "events", "--format", "jsonl").decode().splitlines()]
    assert len(rows) == N_EVENTS
    assert all(isinstance(r["quantities"], dict) and isinstance(r["documents"], list) for r in rows)
    assert {r["event_type"] for r in rows} == {"ASSAULT", "REJECT", "CONSULT", "REQUEST"}


def test_entities_export(db: Path) -> None:
    rows = {r["id"]: r for r in read_csv(run_export(db, "entities"))}
    qaani = rows["esmail-qaani"]
    assert qaani["name_en"] == "Esmail Qaani" and qaani["type"] == "PER" and qaani["document_count"] == "2"
    assert "اسماعیل قاآنی" in qaani["names_fa"].split("; ")
    assert qaani["first_seen"] == "2021-06-20" and qaani["last_seen"] == "2021-06-21"
    base = rows["ain-al-asad-air-base"]
    assert float(base["latitude"]) == pytest.approx(33.7997) and base["mention_count"] == "4"


def test_stories_export(db: Path, db_stories: Path) -> None:
    assert read_csv(run_export(db, "stories")) == []  # header only until stories exist
    assert run_export(db, "stories").decode().strip() == ",".join(c.name for c in TABLES["stories"])
    rows = {r["id"]: r for r in read_csv(run_export(db_stories, "stories"))}
    assert rows["st-attack"]["document_count"] == "4" and rows["st-attack"]["independent_sources"] == "3"
    assert set(rows["st-attack"]["languages"].split("; ")) == {"ar", "en", "fa"}


def test_json_is_the_result_contract(db_stories: Path) -> None:
    result = json.loads(run_export(db_stories, "events", "--format", "json"))
    assert result["schema"] == "khabar.result.v1"
    assert len(result["documents"]) == len(DOCS)
    doc = next(d for d in result["documents"] if d["id"] == BY_OUTLET["alfurat.example"].id)
    ev = doc["events"][0]
    assert "لهجوم" in doc["text"][ev["evidence"][0]["start"]:ev["evidence"][0]["end"]]
    ent = next(e for e in result["entities"] if e["id"] == "esmail-qaani")
    assert ent["name_en"] == "Esmail Qaani" and len(ent["documents"]) == 2
    assert {s["id"] for s in result["stories"]} == {"st-attack", "st-visit"}


def test_export_errors_are_clear(db: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", "events", "--format", "parquet", "--db", str(db)])
    assert r.exit_code == 2 and "needs -o FILE" in r.output
    r = CliRunner().invoke(main, ["export", "events", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 2 and "E005" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["export", "nonsense", "--db", str(db)])
    assert r.exit_code == 2


def test_empty_store_exports_headers_and_empty_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    empty = tmp_path / "empty.db"
    SQLiteStore(empty).close()
    assert read_csv(run_export(empty, "events")) == []
    out = tmp_path / "e.parquet"
    run_export(empty, "events", "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == [c.name for c in EVENT_COLUMNS]


def test_every_column_is_documented() -> None:
    doc = (REPO / "docs" / "exports.md").read_text(encoding="utf-8")
    for kind, columns in TABLES.items():
        section = doc.split(f"### {kind}\n", 1)[1].split("\n### ", 1)[0]
        documented = re.findall(r"^\| `([a-z0-9_]+)` \| (\w+) \| (.+) \|$", section, re.M)
        assert [(n, t) for n, t, _ in documented] == [(c.name, c.type) for c in columns], kind
        assert [h for _, _, h in documented] == [c.help for c in columns], kind
