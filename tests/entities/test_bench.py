"""The benchmarks' loaders and their clean skip when data is absent."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_gold_marks_become_offsets(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text('version: 1\npassages:\n  - id: ar-1\n    lang: ar\n'
                    '    text: "قال [[علي خامنئي|PER|Ali Khamenei]] في [[طهران|LOC|Tehran]]."\n'
                    '    note: "kb-absent: Nobody."\n', encoding="utf-8")
    (p,) = _load("entities").load_gold(gold)
    assert p.text == "قال علي خامنئي في طهران."
    assert [(m.start, m.end, m.type) for m in p.mentions] == [(4, 14, "PER"), (18, 23, "LOC")]
    assert p.invented == {"Nobody"}


def test_names_bench_skips_without_data(tmp_path, capsys):
    assert _load("names").main(["--data", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_names_relaxed_key():
    names = _load("names")
    assert names.relaxed("Saad al-Darraji") == names.relaxed("Sa'ad Al-Daraji")
    assert names._join_chars("م و غ ي") == "موغي"
