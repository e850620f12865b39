"""The store under contract: a real SQLite file always, a real PostgreSQL server when CI gives one.

CI starts PostgreSQL and sets ``STORYLINE_TEST_PG_URL`` (see ``.ci/run``); elsewhere the PostgreSQL half
skips with that reason. Each PostgreSQL test starts from an empty schema.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.store import Store, open_store
from storyline.store.tables import metadata

PG_URL = os.environ.get("STORYLINE_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def empty_postgres() -> str:
    """The test PostgreSQL URL with Storyline's tables dropped (skips when there is no server)."""
    if not PG_URL:
        pytest.skip("STORYLINE_TEST_PG_URL is not set (CI starts a PostgreSQL server and sets it)")
    from sqlalchemy import create_engine

    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    engine.dispose()
    return PG_URL


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store location for each backend: a new SQLite file, or the emptied PostgreSQL database."""
    return str(tmp_path / "store.db") if request.param == "sqlite" else empty_postgres()


@pytest.fixture
def store(backend: str) -> Iterator[Store]:
    st = open_store(backend)
    yield st
    st.close()
