"""The overview's incidents made by a run and kept in the store: the same as the ones built from the timeline,
served by the first overview instead of building them, and only while the store is in the state they were made
for."""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.store import open_store
from storyline.web import ahead as A
from storyline.web import briefing as B
from storyline.web import lookups as L
from storyline.web.app import create_app
from tests.web.test_briefing import NoBuilds


@pytest.fixture()
def made_db(story_db: Path, tmp_path: Path) -> Path:
    """A copy of the made-up store as a run leaves it: the overview's briefing (lexical) and incidents kept."""
    db = tmp_path / "made.db"
    db.write_bytes(story_db.read_bytes())
    store = open_store(db)
    try:
        B.store_overview_brief(store, embedder=None)
        A.store_overview_incidents(store)
    finally:
        store.close()
    return db


@pytest.fixture()
def quiet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Empty caches, no start-up warming and no briefing builds: what a page shows comes from the store or from
    the request itself."""
    import storyline.web.app as app

    monkeypatch.setattr(B, "_service", B.BriefService(NoBuilds))
    monkeypatch.setattr(app, "warm_overview", lambda store: None)
    monkeypatch.setattr(A, "_read", {})
    monkeypatch.setattr(L, "_timelines", OrderedDict())
    yield


def _without_incidents(db: Path, to: Path) -> Path:
    to.write_bytes(db.read_bytes())
    with sqlite3.connect(to) as con:
        con.execute("delete from presented where name = ?", (A.STORED_INCIDENTS,))
    return to


def test_stored_incidents_equal_the_timelines(made_db: Path, quiet: None) -> None:
    store = open_store(made_db, readonly=True)
    try:
        stored = A.stored_overview_incidents(store, B.store_state(store))
        built = A.build_overview_incidents(store)
    finally:
        store.close()
    assert stored is not None and stored == built  # every field of every item, sources included
    assert built.total >= len(built.shown) > 0 and built.picture


def test_first_overview_shows_the_stored_incidents(made_db: Path, quiet: None, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    """Served from the store: a label changed there is what the page shows, and no timeline is built."""
    with sqlite3.connect(made_db) as con:
        data = json.loads(con.execute("select data from presented where name = ?",
                                      (A.STORED_INCIDENTS,)).fetchone()[0])
        data["shown"][0]["label"] = "Zorvath parade in Quellmar"
        con.execute("update presented set data = ? where name = ?", (json.dumps(data), A.STORED_INCIDENTS))

    def no_timeline(*args: object, **kwargs: object) -> object:
        raise AssertionError("the overview built the timeline")

    monkeypatch.setattr(L, "timeline_from_store", no_timeline)
    with TestClient(create_app(made_db)) as c:
        html = c.get("/").text
    assert "Zorvath parade in Quellmar" in html
    assert f"<strong>{data['total']}</strong> incident" in html


def test_overview_the_same_with_or_without_stored_incidents(made_db: Path, tmp_path: Path, quiet: None) -> None:
    built_db = _without_incidents(made_db, tmp_path / "built.db")
    with TestClient(create_app(made_db)) as c:
        stored_html = c.get("/").text
    with TestClient(create_app(built_db)) as c:
        built_html = c.get("/").text
    assert stored_html == built_html
    assert 'class="brief-list"' in stored_html  # the stored briefing, in both


def test_stored_incidents_not_served_after_the_next_run(made_db: Path, quiet: None) -> None:
    store = open_store(made_db)
    try:
        state = B.store_state(store)
        assert A.stored_overview_incidents(store, state) is not None
        store.record_run({"added": 0, "note": "a later run"})
        assert A.stored_overview_incidents(store, B.store_state(store)) is None
    finally:
        store.close()


def test_stored_incidents_not_served_by_another_version_of_the_code(made_db: Path, quiet: None,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(B, "CODE", "0" * 12)  # as a newer Storyline would see it
    store = open_store(made_db, readonly=True)
    try:
        assert A.stored_overview_incidents(store, B.store_state(store)) is None
    finally:
        store.close()


def test_unreadable_stored_incidents_are_built_instead(made_db: Path, quiet: None) -> None:
    with sqlite3.connect(made_db) as con:
        con.execute("update presented set data = ? where name = ?", ('{"total": 1}', A.STORED_INCIDENTS))
    store = open_store(made_db, readonly=True)
    try:
        assert A.stored_overview_incidents(store, B.store_state(store)) is None
    finally:
        store.close()
    with TestClient(create_app(made_db)) as c:
        assert "incident" in c.get("/").text


def test_large_stores_leave_the_incidents_to_the_server(story_db: Path, tmp_path: Path) -> None:
    """Past the bound a run keeps nothing (its timeline reads the whole store), and the overview builds them."""
    db = tmp_path / "large.db"
    db.write_bytes(story_db.read_bytes())
    store = open_store(db)
    try:
        events = store.count("events")
        assert events > 0
        assert A.store_overview_incidents(store, max_events=events - 1) is None
        assert store.presented(A.STORED_INCIDENTS) is None
        assert A.store_overview_incidents(store, max_events=events) is not None
    finally:
        store.close()
