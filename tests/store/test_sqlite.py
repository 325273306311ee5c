from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from khabar.document import Document, Source
from khabar.errors import KhabarError
from khabar.store import SQLiteStore
from khabar.store.sqlite import MIGRATIONS


def _doc(i: str, title: str, text: str, lang: str = "ar", **kw) -> Document:
    return Document(id=i, source=Source(path=f"{i}.html", outlet="Example"), raw=f"<p>{text}</p>",
                    title=title, text=text, lang=lang, **kw)


@pytest.fixture
def store(tmp_path: Path):
    with SQLiteStore(tmp_path / "k.db") as s:
        yield s


def test_schema_is_migrated_once_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    SQLiteStore(path).close()
    with SQLiteStore(path) as s:
        assert s.migrations == [name for name, _ in MIGRATIONS]
        mode = s.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_a_database_from_a_newer_khabar_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    SQLiteStore(path).close()
    c = sqlite3.connect(path)
    c.execute("INSERT INTO migrations VALUES ('9999_future', 'now')")
    c.commit()
    c.close()
    with pytest.raises(KhabarError) as exc:
        SQLiteStore(path)
    assert exc.value.code == "E006"


def test_a_non_database_file_is_a_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(KhabarError) as exc:
        SQLiteStore(path)
    assert exc.value.code == "E005"


def test_reingest_is_idempotent(store: SQLiteStore) -> None:
    d = _doc("a1", "عنوان", "نص الخبر")
    assert store.put(d) == "new"
    assert store.put(d) == "unchanged"
    d.title = "عنوان جديد"
    assert store.put(d) == "updated"
    assert len(store) == 1
    assert store.get("a1").title == "عنوان جديد"
    assert store.get("a1", with_raw=True).raw == "<p>نص الخبر</p>"
    assert len(store.search("جديد")) == 1  # FTS row replaced, not duplicated
    assert len(store.search("عنوان")) == 1


def test_issues_are_listed_and_failed_inputs_kept(store: SQLiteStore) -> None:
    bad = Document(id="b1", source=Source(path="empty.txt"))
    bad.add_issue("ingest", "W001", "empty input", severity="error")
    store.put_many([_doc("a1", "t", "x"), bad])
    assert [d.id for d in store.listing()] == ["a1"]
    assert {d.id for d in store.listing(include_failed=True)} == {"a1", "b1"}
    issues = store.issues()
    assert issues == [{"document_id": "b1", "input": "empty.txt", "stage": "ingest", "code": "W001",
                       "severity": "error", "message": "empty input"}]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("الكاظمي", {"ar1", "fa1"}),          # Arabic spelling finds the Persian text (ی/ي folded)
        ("کاظمی", {"ar1", "fa1"}),            # and the other way round
        ("بغداد", {"ar1", "fa1"}),            # clitic: "ببغداد" / "بغداد"
        ("أربيل", {"ar2"}),                   # hamza form of alef is folded: text says "اربيل"
        ("baghdad", {"en1"}),                 # case-insensitive
        ('"border security"', {"en1"}),       # phrase
        ("قاعدة عين الأسد", {"ar2"}),          # teh marbuta/alef forms normalized
    ],
)
def test_search_across_spellings(store: SQLiteStore, query: str, expected: set[str]) -> None:
    store.put_many([
        _doc("ar1", "الكاظمي يلتقي وفدا", "استقبل الكاظمي الوفد ببغداد أمس"),
        _doc("fa1", "کاظمی", "نخست‌وزیر عراق در بغداد گفت", lang="fa"),
        _doc("ar2", "هجوم", "استهدف هجوم مطار اربيل وقاعده عين الاسد"),
        _doc("en1", "Talks in Baghdad", "Officials discussed border security.", lang="en"),
    ])
    assert {d.id for d, _ in store.search(query)} == expected


def test_search_never_raises_on_fts_syntax(store: SQLiteStore) -> None:
    store.put(_doc("a1", "t", "text"))
    for q in ['"', "AND OR NOT", "(*)", "a:b", "NEAR(", "''", "-", "^x"]:
        store.search(q)


def test_documents_iterate_in_publication_order(store: SQLiteStore) -> None:
    store.put_many([_doc("b", "b", "x", published="2021-07-06"), _doc("a", "a", "y", published="2021-07-01"),
                    _doc("c", "c", "z")])
    assert [d.id for d in store.documents()] == ["a", "b", "c"]


def test_snippets_show_the_original_text_not_the_key(store: SQLiteStore) -> None:
    store.put(_doc("fa1", "عنوان", "دولت مصطفی کاظمی، نخست‌وزیر عراق، اعلام کرد.", lang="fa"))
    (hit, snip), = store.search("الكاظمي")
    assert hit.id == "fa1"
    assert "[کاظمی]" in snip and "نخست‌وزیر" in snip  # Persian letters and ZWNJ as written
