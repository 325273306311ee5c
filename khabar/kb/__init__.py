"""The knowledge base: curated people, organizations and places with names in every script.

Packaged YAML files live in ``khabar/kb/data/``; users add their own (``kb_paths`` in the
settings, or ``khabar kb add FILE``). The schema is in ``khabar/kb/SCHEMA.md``. A malformed
file is a coded error naming the file, line and field (E010); an id defined twice is E011.
"""

from __future__ import annotations

from .load import KBEntity, KnowledgeBase, Problem, Role, check_files, load_kb, packaged_files, user_paths

__all__ = ["KBEntity", "KnowledgeBase", "Problem", "Role", "check_files", "load_kb", "packaged_files", "user_paths"]
