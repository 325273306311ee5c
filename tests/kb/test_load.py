from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import KhabarError
from khabar.kb import check_files, load_kb, packaged_files

GOOD = """\
version: 1
entities:
  - id: saad-al-darraji
    type: PER
    kind: person
    name_en: Saad al-Darraji
    names:
      ar: [سعد الدراجي]
      fa: [سعد دراجی]
"""


def _write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_packaged_knowledge_base_is_valid_and_large() -> None:
    entities, problems = check_files(packaged_files())
    assert [p for p in problems if p.severity == "error"] == []
    assert len(entities) >= 600
    types = {e.type for e in entities}
    assert types == {"PER", "ORG", "LOC"}
    assert all(e.lat is not None for e in entities if e.kind in {"base", "crossing", "embassy"})


@pytest.mark.parametrize(
    "body, line, field",
    [
        (GOOD.replace("id: saad-al-darraji", "id: Saad Darraji"), 3, "id"),
        (GOOD.replace("type: PER", "type: PERSON"), 4, "type"),
        (GOOD.replace("ar: [سعد الدراجي]", "ar: [سعد الدراجی]"), 8, "names"),  # Persian yeh in an Arabic name
        (GOOD.replace("fa: [سعد دراجی]", "fa: [سعد الدراجي]"), 9, "names"),   # Arabic yeh in a Persian name
        (GOOD + "    lat: 95\n    lon: 44\n", 10, "lat"),
        (GOOD + "    colour: red\n", 10, "colour"),
        (GOOD.replace("    name_en: Saad al-Darraji\n", ""), 3, "name_en"),
        ("version: 1\nentities:\n  - id: x\n    names: [unclosed\n", 5, "yaml"),
    ],
)
def test_malformed_entries_name_file_line_and_field(tmp_path: Path, body: str, line: int, field: str) -> None:
    path = _write(tmp_path, "user.yaml", body)
    _, problems = check_files([path])
    errors = [p for p in problems if p.severity == "error"]
    assert errors, problems
    assert (errors[0].path, errors[0].line, errors[0].field) == (str(path), line, field)
    with pytest.raises(KhabarError) as exc:
        load_kb([path], packaged=False)
    assert exc.value.code == "E010" and f"user.yaml:{line}: {field}" in str(exc.value)


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.yaml", GOOD)
    b = _write(tmp_path, "b.yaml", GOOD)
    with pytest.raises(KhabarError) as exc:
        load_kb([a, b], packaged=False)
    assert exc.value.code == "E011" and "a.yaml:3" in str(exc.value)


def test_user_file_colliding_with_packaged_id_is_refused(tmp_path: Path) -> None:
    some_id = check_files(packaged_files())[0][0].id
    p = _write(tmp_path, "mine.yaml", GOOD.replace("saad-al-darraji", some_id))
    with pytest.raises(KhabarError) as exc:
        load_kb([p])
    assert exc.value.code == "E011"


def test_kb_add_checks_then_copies_into_the_user_folder(tmp_path: Path) -> None:
    cfg = _write(tmp_path, "k.toml", f'kb_dir = "{tmp_path / "kb"}"\n')
    good = _write(tmp_path, "good.yaml", GOOD)
    bad = _write(tmp_path, "bad.yaml", GOOD.replace("type: PER", "type: XX"))
    r = CliRunner().invoke(main, ["kb", "add", str(bad), "--config", str(cfg)])
    assert r.exit_code == 2 and "bad.yaml:4: type" in r.output
    assert not (tmp_path / "kb" / "bad.yaml").exists()
    r = CliRunner().invoke(main, ["kb", "add", str(good), "--config", str(cfg)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "kb" / "good.yaml").exists()
    r = CliRunner().invoke(main, ["kb", "list", "--grep", "Darraji", "--config", str(cfg)])
    assert "saad-al-darraji" in r.output
    r = CliRunner().invoke(main, ["kb", "check", "--config", str(cfg)])
    assert r.exit_code == 0
