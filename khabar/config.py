"""Settings, declared once with their help text.

Packaged defaults live in :data:`SETTINGS`. A user TOML file overrides them: the path given
with ``--config``, else ``$KHABAR_CONFIG``, else ``khabar.toml`` in the working directory
(if present). Keys are the setting names, at the top level or under a ``[khabar]`` table.
One :class:`Settings` object is built by the CLI and passed down to library functions.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import KhabarError

__all__ = ["Setting", "SETTINGS", "Settings", "load_settings"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "khabar.db", "SQLite database file used by ingest, docs, search and brief."),
    Setting("max_bytes", 20_000_000, "Inputs larger than this many bytes are skipped with issue W003."),
    Setting("max_files", 200_000, "At most this many files are read from the folders given as input."),
    Setting("http_timeout", 20.0, "Seconds to wait for a URL or feed before giving up (issue W011)."),
    Setting("http_max_redirects", 5, "Redirects followed per URL before giving up (issue W012)."),
    Setting(
        "user_agent",
        "khabar/0.1 (+news analysis; respects robots by fetching only given URLs)",
        "User-Agent header sent with every HTTP request.",
    ),
    Setting("allow_private_urls", False, "Fetch URLs on loopback, private or link-local addresses."),
    Setting("feed_max_entries", 200, "At most this many entries are fetched from one feed."),
    Setting("min_text_chars", 200, "Body text shorter than this gets issue W021 (kept, but thin)."),
    Setting("workers", 0, "Worker processes for document stages; 0 means one per CPU core."),
    Setting("kb_paths", [], "Extra knowledge-base YAML files or folders to load."),
    Setting("kb_dir", "~/.local/share/khabar/kb", "Folder where `khabar kb add` keeps user knowledge-base files."),
    Setting("ingest_token", "", "Token required by POST /api/ingest; empty disables the endpoint."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """One options object: attribute access to every setting, validated on build."""

    __slots__ = tuple(s.name for s in SETTINGS) + ("source",)

    def __init__(self, source: str = "defaults", **values: Any) -> None:
        self.source = source
        for s in SETTINGS:
            setattr(self, s.name, s.default)
        for key, value in values.items():
            self.set(key, value)

    def set(self, key: str, value: Any) -> None:
        if key not in _BY_NAME:
            raise KhabarError("E004", f"{key!r} (from {self.source})")
        default = _BY_NAME[key].default
        if value is not None and default is not None and not _same_kind(default, value):
            raise KhabarError(
                "E003", f"{key} must be {type(default).__name__}, got {value!r} (from {self.source})"
            )
        if isinstance(default, float) and isinstance(value, int):
            value = float(value)
        setattr(self, key, value)

    def as_dict(self) -> dict[str, Any]:
        return {s.name: getattr(self, s.name) for s in SETTINGS}

    def replace(self, **values: Any) -> Settings:
        new = Settings(self.source, **self.as_dict())
        for k, v in values.items():
            if v is not None:
                new.set(k, v)
        return new


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then the user TOML file, then explicit overrides (e.g. CLI flags)."""
    chosen = path or os.environ.get("KHABAR_CONFIG") or ("khabar.toml" if Path("khabar.toml").is_file() else None)
    settings = Settings()
    if chosen:
        p = Path(chosen)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KhabarError("E003", f"{p} does not exist") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise KhabarError("E003", f"{p}: {exc}") from None
        table = data.get("khabar", data)
        settings = Settings(source=str(p))
        for key, value in table.items():
            settings.set(key, value)
    return settings.replace(**overrides)
