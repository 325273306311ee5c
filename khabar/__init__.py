"""khabar: Arabic, Persian and English news into stories, entities and events.

Every fact khabar states points back to the characters of the article that support it,
and to the independent sources that assert it.
"""

from __future__ import annotations

import logging

from .config import Settings, load_settings
from .document import Document, Entity, Event, Source, Span, Story
from .errors import KhabarError

__all__ = [
    "Document", "Entity", "Event", "KhabarError", "Settings", "Source", "Span", "Story", "load_settings",
    "__version__",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
