"""Ingest: files, folders, URLs, feeds, WARC and JSON Lines become Documents.

The public surface is :func:`iter_documents` and :func:`count_inputs`; decoding, fetching
and the per-format readers live in their own modules.
"""

from __future__ import annotations

import logging

from .decode import Decoded, decode_bytes
from .fetch import check_url, outlet_from_url
from .reader import count_inputs, iter_documents

__all__ = ["iter_documents", "count_inputs", "decode_bytes", "Decoded", "check_url", "outlet_from_url"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
