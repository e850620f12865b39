"""The overview's briefing made by a run and kept in the store: served at once while the store is in the state
it was made for, never when a later run changed it, and only for the request it answers."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.store import open_store
from storyline.web import briefing as B
from storyline.web.app import create_app


class NoBuilds(Executor):
    """An executor that refuses work: a briefing served while it is the builder came from the store."""

    def submit(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        raise AssertionError("a briefing was built on request")


@pytest.fixture()
def stored_db(story_db: Path, tmp_path: Path) -> Path:
    """A copy of the made-up store whose overview briefing a run stored (lexically: no model needed)."""
    db = tmp_path / "stored.db"
    db.write_bytes(story_db.read_bytes())
    store = open_store(db)
    try:
        B.store_overview_brief(store, embedder=None)
    finally:
        store.close()
    return db


@pytest.fixture()
def no_builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's briefing service with an empty cache and no way to build (and no start-up warming)."""
    import storyline.web.app as app

    monkeypatch.setattr(B, "_service", B.BriefService(NoBuilds))
    monkeypatch.setattr(app, "warm_overview", lambda store: None)
    yield


def test_stored_brief_served_on_first_overview(stored_db: Path, no_builds: None) -> None:
    with TestClient(create_app(stored_db)) as c:
        html = c.get("/").text
        assert 'class="brief-list"' in html and "being prepared" not in html
        assert "Prepared at the end of the last run," in html and " UTC." in html
        made = c.get("/api/brief").json()
        assert made["made_at"] and made["sections"] and made["method"] == "lexical"


def test_stored_brief_not_served_after_the_next_run(stored_db: Path, no_builds: None) -> None:
    store = open_store(stored_db)
    try:
        store.record_run({"added": 0, "note": "a later run"})  # the state the briefing was made for is gone
        assert B.cached_brief(store, sentences=B.OVERVIEW_SECTIONS) is None
    finally:
        store.close()


def test_stored_brief_not_served_by_another_version_of_the_code(stored_db: Path, no_builds: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(B, "CODE", "0" * 12)  # as a newer Storyline would see it
    store = open_store(stored_db, readonly=True)
    try:
        assert B.cached_brief(store, sentences=B.OVERVIEW_SECTIONS) is None
    finally:
        store.close()


def test_stored_brief_answers_only_the_overview_request(stored_db: Path, no_builds: None) -> None:
    store = open_store(stored_db, readonly=True)
    try:
        assert B.cached_brief(store, sentences=B.OVERVIEW_SECTIONS) is not None
        assert B.cached_brief(store, sentences=5) is None
        assert B.cached_brief(store, sentences=B.OVERVIEW_SECTIONS, story_id="st_kessel") is None
    finally:
        store.close()


def test_store_overview_brief_replaces_older_states(stored_db: Path) -> None:
    store = open_store(stored_db)
    try:
        first = store.presented(B.STORED_BRIEF)
        store.record_run({"added": 0})
        B.store_overview_brief(store, embedder=None)
        second = store.presented(B.STORED_BRIEF)
        assert first is not None and second is not None and first[0] != second[0]
        assert second[0] == B.store_state(store)
    finally:
        store.close()


def test_a_large_stores_briefing_says_which_articles_it_reads(story_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The overview counts the whole store's articles; a large store's briefing reads a slice ("From 20 articles"
    under "1000 articles" on 1,000 Reuters articles): its scope says which, in the markdown too."""
    store = open_store(story_db)
    try:
        n = store.count("articles")
        whole = B._make(store, B.OVERVIEW_SECTIONS, None, None, None, embedder=None)
        assert "The store holds" not in whole.scope  # briefed whole: nothing to say
        monkeypatch.setattr(B, "WHOLE_STORE_LIMIT", 1)
        monkeypatch.setattr(B, "SLICE_ARTICLES", 2)
        sliced = B._make(store, B.OVERVIEW_SECTIONS, None, None, None, embedder=None)
    finally:
        store.close()
    assert f"The store holds {n} articles: this briefing reads the 2 newest of one story, “" in sliced.scope
    assert sliced.scope.startswith("From 2 articles") and "The store holds" in sliced.markdown
