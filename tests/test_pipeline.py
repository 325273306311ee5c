from __future__ import annotations

import pytest

from khabar.config import Settings
from khabar.document import Document
from khabar.errors import KhabarError
from khabar.pipeline import REGISTRY, Pipeline, stage


@pytest.fixture
def toy_stages():
    names = []

    @stage("t_upper", requires=("text",), assigns=("title",))
    def upper(doc: Document) -> Document:
        doc.title = doc.text.upper()
        return doc

    @stage("t_boom", requires=("text",), assigns=())
    class Boom:
        def __init__(self, settings: Settings) -> None:
            self.settings = settings

        def __call__(self, doc: Document) -> Document:
            if "boom" in doc.text:
                raise RuntimeError("exploded")
            return doc

    @stage("t_needs_title", requires=("title",), assigns=("lang",))
    def needs_title(doc: Document) -> Document:
        doc.lang = "en" if doc.title else None
        return doc

    @stage("t_text", requires=("raw",), assigns=("text",))
    def text(doc: Document) -> Document:
        doc.text = str(doc.raw)
        return doc

    names += ["t_upper", "t_boom", "t_needs_title", "t_text"]
    yield
    for n in names:
        REGISTRY.pop(n, None)


def test_order_is_checked_when_the_pipeline_is_built(toy_stages) -> None:
    with pytest.raises(KhabarError) as exc:
        Pipeline(["t_text", "t_needs_title", "t_upper"])
    assert exc.value.code == "E007"
    assert "title" in str(exc.value)
    Pipeline(["t_text", "t_upper", "t_needs_title"])  # the right order builds


def test_unknown_stage_is_a_coded_error() -> None:
    with pytest.raises(KhabarError) as exc:
        Pipeline(["no-such-stage"])
    assert exc.value.code == "E008"


def test_an_exception_becomes_an_issue_and_later_stages_still_run(toy_stages) -> None:
    pipe = Pipeline(["t_text", "t_boom", "t_upper"], Settings())
    doc = pipe(Document(id="a", raw="boom here"))
    assert doc.title == "BOOM HERE"
    assert [(i.stage, i.code) for i in doc.issues] == [("t_boom", "W090")]
    assert "exploded" in doc.issues[0].message
    assert pipe(Document(id="b", raw="fine")).issues == []


def test_a_failed_document_is_not_processed_further(toy_stages) -> None:
    pipe = Pipeline(["t_text", "t_upper"])
    doc = Document(id="a", raw="x")
    doc.add_issue("ingest", "W001", "empty", severity="error")
    assert pipe(doc).title is None
