"""Web fixtures: a real SQLite store file with a made-up story (and an XSS article), and a client over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.web import preparing
from storyline.web.app import create_app
from tests.web.storydata import build_store


@pytest.fixture(scope="session")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "story.db")


@pytest.fixture(scope="session")
def client(story_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(story_db)) as c:
        yield c


@pytest.fixture(autouse=True)
def pages_wait_for_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process tests read what a page shows once its parts are built: a page waits for a timeline being built
    (on a loaded machine the made-up story's can take longer than a page's usual wait) instead of saying it is
    being prepared; that state has its own tests (test_preparing.py), and the browser tests meet it for real."""
    monkeypatch.setattr(preparing, "PAGE_WAIT", 300.0)
