"""Language identification stage."""

from __future__ import annotations

from khabar.config import Settings
from khabar.document import Document
from khabar.errors import message
from khabar.pipeline import stage
from khabar.text.langid import detect_language

SUPPORTED = ("ar", "fa", "en")
MIN_CONFIDENCE = 0.5


@stage("language", requires=("title", "text", "meta"), assigns=("lang", "lang_confidence"))
class LanguageStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        sample = ((doc.title or "") + "\n" + doc.text[:4000]).strip()
        lang, confidence = detect_language(sample, hint=doc.meta.get("html_lang"))
        doc.lang, doc.lang_confidence = lang, round(float(confidence), 3)
        if lang == "und" or confidence < MIN_CONFIDENCE:
            doc.add_issue("language", "W023", message("W023", f"{lang} at {confidence:.2f}"))
        elif lang not in SUPPORTED:
            doc.add_issue("language", "W024", message("W024", lang))
        return doc
