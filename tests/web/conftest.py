"""Web fixtures: a real SQLite store file with a made-up story (and an XSS article), and a client over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.web.app import create_app
from tests.web.storydata import build_store


@pytest.fixture(scope="session")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "story.db")


@pytest.fixture(scope="session")
def client(story_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(story_db)) as c:
        yield c
