"""Sentence splitting stage: spans into Document.text."""

from __future__ import annotations

from khabar.config import Settings
from khabar.document import Document, Span
from khabar.pipeline import stage
from khabar.text.sentences import split_sentences


@stage("sentences", requires=("text", "lang"), assigns=("sentences",))
class SentenceStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        doc.sentences = [Span(s, e) for s, e in split_sentences(doc.text, doc.lang or "und")]
        return doc
