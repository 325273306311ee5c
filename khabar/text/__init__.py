"""Text utilities shared by the stages: normalization keys with offsets, sentence splitting and
language identification for Arabic, Persian and English news.

- :func:`normalize` / :func:`normalize_key` (``khabar.text.normalize``): matching keys that map
  back to the original characters;
- :func:`split_sentences` (``khabar.text.sentences``): sentence spans into the original text;
- :func:`detect_language` (``khabar.text.langid``): language code and confidence; tells Persian,
  Arabic, Urdu and Kurdish apart.
"""

from __future__ import annotations

from khabar.text.langid import detect_language
from khabar.text.normalize import Normalized, normalize, normalize_key
from khabar.text.sentences import split_sentences

__all__ = ["Normalized", "detect_language", "normalize", "normalize_key", "split_sentences"]
