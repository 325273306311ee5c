"""Entities: recognition in Arabic, Persian and English text, and linking across documents.

``EntityStage`` (the ``entities`` document stage) finds mentions; :func:`link_entities` (a corpus
step) merges new names across documents and scripts and builds the top-level entity list.
"""

from __future__ import annotations

import logging

from khabar.entities.keys import latin_skeleton, mint_id, skeleton
from khabar.entities.link import link_entities
from khabar.entities.recognize import Recognizer
from khabar.entities.stage import EntityStage

__all__ = ["EntityStage", "Recognizer", "link_entities", "mint_id", "skeleton", "latin_skeleton"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
