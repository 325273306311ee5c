"""Extraction: main text, title and metadata from raw HTML or plain text, then boilerplate removal.

The stage is :class:`khabar.extract.stage.ExtractStage`, registered as ``"extract"``.
"""

from __future__ import annotations

import logging

from .boilerplate import remove_boilerplate
from .html import extract_html
from .title import clean_title

__all__ = ["extract_html", "remove_boilerplate", "clean_title"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
