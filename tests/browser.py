"""Real headless Debian chromium for the UI tests (Playwright for Python, no downloaded browser)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - the skip marks below say why
    Browser = Page = Any  # type: ignore[misc,assignment]
    sync_playwright = None  # type: ignore[assignment]

#: Marks of a test that needs the browser: skipped, with the reason, when it is absent.
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(sync_playwright is None, reason="playwright (Python) is not installed: pip install playwright"),
    pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                       reason="Debian chromium is not installed: apt-get install -y chromium"),
]

__all__ = ["ARGS", "BROWSER_MARKS", "CHROMIUM", "Browser", "Page", "launch"]


def launch() -> Iterator[Browser]:
    """A chromium browser for a fixture to yield from; closed afterwards."""
    assert sync_playwright is not None
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              args=ARGS)
        yield b
        b.close()
