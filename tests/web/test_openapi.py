"""Property-based conformance of the running API to its OpenAPI spec (schemathesis, bounded).

Every operation is called with generated parameters (valid and invalid); answers must never be
a server error, must match the documented status codes, content types and response schemas,
and invalid input must be refused in the one error shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from khabar.config import Settings
from khabar.store import SQLiteStore
from khabar.web import create_app
from khabar.web.server import ServerThread
from tests.web.sample import sample_documents, sample_stories, seed_stories

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (optional)")


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    db = tmp_path_factory.mktemp("openapi") / "khabar.db"
    docs = sample_documents()
    with SQLiteStore(db) as st:
        st.put_many(docs)
        seed_stories(st.conn, sample_stories(docs), st)
    with ServerThread(create_app(Settings(db=str(db), ingest_token="openapi-test-token"))) as srv:
        yield srv


# the spec is the app's own (the same object the server publishes at /api/openapi.json)
schema = schemathesis.openapi.from_dict(create_app(Settings(db=":memory:")).openapi())


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_spec(case: Any, web: ServerThread) -> None:
    response = case.call(base_url=web.url, timeout=30)
    case.validate_response(response)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["status"] == response.status_code
