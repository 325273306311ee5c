from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.config import SETTINGS, load_settings
from khabar.errors import CODES, KhabarError

REPO = Path(__file__).resolve().parents[1]


def test_user_toml_overrides_defaults_and_flags_override_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "k.toml"
    cfg.write_text('max_bytes = 1000\nhttp_timeout = 3\n[ignored]\nx = 1\n', encoding="utf-8")
    with pytest.raises(KhabarError) as exc:  # a top-level table other than [khabar] is an unknown key
        load_settings(cfg)
    assert exc.value.code == "E004"
    cfg.write_text('[khabar]\nmax_bytes = 1000\nhttp_timeout = 3\n', encoding="utf-8")
    s = load_settings(cfg, db="x.db")
    assert (s.max_bytes, s.http_timeout, s.db) == (1000, 3.0, "x.db")
    assert s.http_max_redirects == 5


@pytest.mark.parametrize(
    "body, code",
    [("max_bytes = 'big'\n", "E003"), ("no_such = 1\n", "E004"), ("max_bytes = \n", "E003")],
)
def test_bad_config_is_a_coded_error_naming_the_file(tmp_path: Path, body: str, code: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(KhabarError) as exc:
        load_settings(cfg)
    assert exc.value.code == code
    assert "bad.toml" in str(exc.value)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert s.help and f"`{s.name}`" in readme, f"setting {s.name} is not documented in README.md"


def test_every_code_used_in_the_package_is_defined() -> None:
    used: set[str] = set()
    for path in (REPO / "khabar").rglob("*.py"):
        used |= set(re.findall(r'"([EW]\d{3})"', path.read_text(encoding="utf-8")))
    assert used, "no codes found"
    assert used <= set(CODES), f"undefined codes: {sorted(used - set(CODES))}"
