"""The khabar command, end to end, on articles written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main

KHABAR = [sys.executable, "-m", "khabar.cli"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # khabar must print UTF-8 whatever the terminal says
    return subprocess.run([*KHABAR, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)


def test_ingest_docs_search_and_idempotence(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    first = run("ingest", str(corpus), "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "3 new" in first.stderr
    again = run("ingest", str(corpus), "--db", db, cwd=tmp_path)
    assert "0 new" in again.stderr and "3 unchanged" in again.stderr

    listed = json.loads(run("docs", "--json", "--db", db, cwd=tmp_path).stdout)
    by_lang = {d["lang"]: d for d in listed}
    assert set(by_lang) == {"ar", "fa", "en"}
    assert by_lang["ar"]["published"] == "2021-07-06" and by_lang["ar"]["published_how"] == "meta"
    assert by_lang["fa"]["title"].startswith("خطیب‌زاده")
    assert by_lang["fa"]["published"] is None  # the text gives no date; never the file's mtime

    hits = run("search", "کاظمی", "--db", db, cwd=tmp_path)  # Persian spelling finds the Arabic article
    assert hits.returncode == 0
    assert "الكاظمي" in hits.stdout


def test_brief_writes_html_and_json_result(corpus: Path, tmp_path: Path) -> None:
    out, js = tmp_path / "b.html", tmp_path / "b.json"
    r = run("brief", str(corpus), "--db", str(tmp_path / "k.db"), "-o", str(out), "--json", str(js), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html.replace('http-equiv', '') and "<script" not in html  # self-contained, no CDN
    result = json.loads(js.read_text(encoding="utf-8"))
    assert result["schema"] == "khabar.result.v1"
    docs = result["documents"]
    assert len(docs) == 3
    for d in docs:
        assert set(d) >= {"id", "source", "lang", "published", "published_how", "title", "text", "mentions", "events", "claims", "issues"}
        assert d["text"] and d["title"] and d["title"] in html
    ar = next(d for d in docs if d["lang"] == "ar")
    assert "اقرأ المزيد" not in ar["text"] and "جميع الحقوق محفوظة" not in ar["text"]
    assert "مصطفى الكاظمي" in ar["text"]
    fa = next(d for d in docs if d["lang"] == "fa")
    assert "دکمه بازگشت به بالا" not in fa["text"]
    # entities: every mention points at a listed entity and quotes the text exactly
    entities = {e["id"]: e for e in result["entities"]}
    for d in docs:
        for m in d["mentions"]:
            assert m["entity"] in entities and d["text"][m["start"]:m["end"]] == m["text"]
    kadhimi = [e for e in entities.values() if any("الكاظمي" in n for n in e["names"].get("ar", []))]
    assert kadhimi and "Kadhimi" in kadhimi[0]["name_en"]
    assert kadhimi[0]["name_en"] in html  # the brief names entities in English


def test_bad_inputs_are_recorded_and_the_batch_goes_on(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    db = str(tmp_path / "k.db")
    r = run("ingest", str(corpus), str(tmp_path / "missing.html"), "--db", db, cwd=tmp_path)
    assert r.returncode == 0, r.stderr  # some inputs worked
    assert "3 new" in r.stderr or "7 new" in r.stderr
    issues = json.loads(run("docs", "--issues", "--json", "--db", db, cwd=tmp_path).stdout)
    errors = {Path(i["input"]).name: i["code"] for i in issues if i["severity"] == "error"}
    assert errors["empty.txt"] == "W001"
    assert errors["binary.txt"] == "W002"
    assert errors["image.png"] in {"W002", "W006"}
    assert "missing.html" in errors
    assert len(json.loads(run("docs", "--json", "--db", db, cwd=tmp_path).stdout)) == 3


def test_exit_code_is_non_zero_only_when_nothing_could_be_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "k.db"), cwd=tmp_path)
    assert r.returncode != 0
    assert "E002" in r.stderr and "Traceback" not in r.stderr


def test_errors_are_one_coded_line_not_a_traceback(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["docs", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "E005" in r.output
    bad = tmp_path / "bad.toml"
    bad.write_text("max_bytes = 'x'", encoding="utf-8")
    r = CliRunner().invoke(main, ["config", "--config", str(bad)])
    assert r.exit_code == 2 and "E003" in r.output and "bad.toml" in r.output


def test_config_lists_every_setting() -> None:
    r = CliRunner().invoke(main, ["config"])
    assert r.exit_code == 0
    assert "max_bytes = 20000000" in r.output and "http_timeout" in r.output


@pytest.mark.slow
def test_demo_corpus_gives_a_brief(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    js = tmp_path / "b.json"
    r = run("brief", str(examples), "--db", str(tmp_path / "d.db"), "-o", str(tmp_path / "b.html"), "--json", str(js), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    docs = json.loads(js.read_text(encoding="utf-8"))["documents"]
    ok = [d for d in docs if not any(i["severity"] == "error" for i in d["issues"])]
    assert len(ok) >= 12
    assert {d["lang"] for d in ok} >= {"ar", "fa", "en"}
    # stories: every document in at most one story; wire copies fold into one independent source
    result = json.loads(js.read_text(encoding="utf-8"))
    stories = result["stories"]
    assert stories
    ids = [i for st in stories for i in st["documents"]]
    assert len(ids) == len(set(ids))
    for st in stories:
        folded = sum(len(g) - 1 for g in st["syndication"] if len(g) > 1)
        assert st["independent_sources"] == len(st["documents"]) - folded
    assert any(len(g) > 1 for st in stories for g in st["syndication"])  # the demo's Reuters copy
    assert "Stories" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_brief_takes_roles_from_the_users_knowledge_base(corpus: Path, tmp_path: Path) -> None:
    kb = tmp_path / "my-kb.yaml"
    kb.write_text("""version: 1
entities:
  - id: test-border-commissioner
    type: PER
    kind: person
    name_en: Dara Saleem Faraj
    names:
      en: [Dara Saleem Faraj]
    country: IQ
    roles:
      - {title: Commissioner of the Zurbatiyah border post, from: 2019, to: null}
""", encoding="utf-8")
    (tmp_path / "khabar.toml").write_text(f'kb_paths = ["{kb}"]\n', encoding="utf-8")
    article = (corpus / "en.html").read_text(encoding="utf-8").replace("the Iraqi foreign ministry said in a statement.",
                                 "the Iraqi foreign ministry said. Dara Saleem Faraj led the Iraqi side.")
    (corpus / "en.html").write_text(article, encoding="utf-8")
    out = tmp_path / "b.html"
    r = run("brief", str(corpus), "--db", str(tmp_path / "k.db"), "-o", str(out), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Dara Saleem Faraj" in html
    assert "Commissioner of the Zurbatiyah border post" in html  # who's who shows the user's role
