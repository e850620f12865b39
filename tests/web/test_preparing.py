"""Page parts built off the request threads: "being prepared" instead of a page that waits, then the page itself.

A store an older version made has no overview incidents kept for it, and a server just started on it has built no
timeline: the overview, the timeline page and the briefing's page answer at once with a notice and a way to come
back (a script that asks ``/fragments/ready/{token}`` and reloads, a refresh without script).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.present import timeline as T
from storyline.web import ahead as A
from storyline.web import briefing as B
from storyline.web import lookups as L
from storyline.web import preparing as P
from storyline.web.app import create_app


class Pending(Executor):
    """Briefing builds that never finish (the sentence model still loading, for as long as the test needs)."""

    def __init__(self) -> None:
        self.futures: list[Future[Any]] = []

    def submit(self, *args: object, **kwargs: object) -> Future[Any]:
        self.futures.append(Future())
        return self.futures[-1]

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for f in self.futures:  # the server stops: whoever waits for one is told it is cancelled
            f.cancel()


@pytest.fixture()
def slow_timeline(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Timelines are built only once the returned event is set; no start-up warming, empty caches, pending
    briefings, short waits."""
    import storyline.web.app as app

    release = threading.Event()
    real = T.timeline_from_store

    def held(*args: Any, **kwargs: Any) -> Any:
        assert release.wait(60), "the test never released the timeline build"
        return real(*args, **kwargs)

    monkeypatch.setattr(L, "timeline_from_store", held)
    monkeypatch.setattr(app, "warm_overview", lambda store: None)
    monkeypatch.setattr(L, "_timelines", OrderedDict())
    monkeypatch.setattr(A, "_read", {})
    monkeypatch.setattr(B, "_service", B.BriefService(Pending))
    monkeypatch.setattr(P, "PAGE_WAIT", 0.05)
    monkeypatch.setattr(P, "POLL_WAIT", 0.2)
    yield release
    release.set()


@pytest.fixture()
def older_db(story_db: Path, tmp_path: Path) -> Path:
    """A copy of the made-up store as an older version left it: nothing made ahead for this code."""
    db = tmp_path / "older.db"
    db.write_bytes(story_db.read_bytes())
    with sqlite3.connect(db) as con:
        con.execute("delete from presented")
    return db


def _ready(c: TestClient, token: str) -> bool:
    """What the page's script does: ask until the part is ready (each answer waits up to POLL_WAIT)."""
    return any(c.get(f"/fragments/ready/{token}").json() == {"ready": True} for _ in range(300))


def _token(html: str) -> str:
    start = html.index('data-ready="/fragments/ready/') + len('data-ready="/fragments/ready/')
    return html[start:html.index('"', start)]


def test_preparing_runs_one_build_per_key_and_says_when_it_is_done() -> None:
    release, runs = threading.Event(), []

    def build() -> None:
        runs.append(1)
        release.wait(30)

    owner = object()
    first = P.start(owner, ("store", "state", "filters"), build)
    assert P.start(owner, ("store", "state", "filters"), build) == first  # running: not started twice
    assert P.wait(first, 0.05) is False
    release.set()
    assert P.wait(first, 30) is True
    assert runs == [1]
    assert P.wait("0123456789abcdef", 0) is True  # unknown (a restarted server): the page reloads and asks anew
    P.stop(owner)


def test_preparing_keeps_no_finished_build_nobody_asked_about() -> None:
    finished = threading.Event()
    first = P.start(object(), ("quick",), finished.set)
    assert finished.wait(30)
    P._jobs[first].join(30)
    second = P.start(object(), ("next",), lambda: None)
    assert first not in P._jobs  # a server asked for many filters keeps no thread per filter
    assert P.wait(first, 0) is True and P.wait(second, 30) is True


def test_preparing_a_failed_build_is_done_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise ValueError("no such table")

    token = P.start(object(), ("broken",), broken)
    assert P.wait(token, 30) is True
    assert "preparing a page part failed" in caplog.text


def test_overview_of_an_older_store_says_incidents_are_being_prepared(older_db: Path,
                                                                      slow_timeline: threading.Event) -> None:
    with TestClient(create_app(older_db)) as c:
        html = c.get("/").text  # answered while the timeline is still being built
        assert "The timeline&#39;s incidents are being prepared." in html
        assert "incidents being prepared" in html and '<script src="/static/preparing.js" defer></script>' in html
        assert '<noscript><meta http-equiv="refresh"' in html  # without script: the page refreshes itself
        assert "Key actors" in html and "Who says what" in html  # the rest is there to read meanwhile
        token = _token(html)
        assert c.get(f"/fragments/ready/{token}").json() == {"ready": False}
        slow_timeline.set()
        assert _ready(c, token)
        html = c.get("/").text
        assert "incidents being prepared" not in html and "incidents are being prepared" not in html
        assert "data-ready" not in html and "preparing.js" not in html
        assert "Alleged bombing in Kessel" in html and "</strong> incident" in html
        assert c.get("/static/preparing.js").status_code == 200


def test_timeline_page_answers_while_its_timeline_is_built(older_db: Path, slow_timeline: threading.Event) -> None:
    with TestClient(create_app(older_db)) as c:
        html = c.get("/timeline", params={"detail": "true"}).text
        assert "The timeline is being prepared." in html and 'timeline-list' not in html
        assert 'value="true" checked' in html  # the filters as asked, to change meanwhile
        token = _token(html)
        slow_timeline.set()
        assert _ready(c, token)
        html = c.get("/timeline", params={"detail": "true"}).text
        assert "being prepared" not in html and 'timeline-list' in html
        assert c.get("/fragments/ready/not-a-token").status_code == 400  # a bad parameter, said as such


def test_brief_page_answers_while_the_briefing_is_made(older_db: Path, slow_timeline: threading.Event) -> None:
    with TestClient(create_app(older_db)) as c:
        html = c.get("/brief", params={"q": "market", "sections": 3}).text
        assert "The briefing is being prepared." in html and '<script src="/static/brief.js" defer></script>' in html
        assert 'data-src="/fragments/brief?q=market&amp;sections=3&amp;page=true"' in html
        assert '<noscript><meta http-equiv="refresh"' in html


def test_brief_fragment_for_the_page_carries_its_title(story_db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """What static/brief.js puts into the briefing's page: the briefing headed by its title, as the page would."""
    db = tmp_path / "stored.db"
    db.write_bytes(story_db.read_bytes())
    from storyline.store import open_store

    store = open_store(db)
    try:
        made = B.store_overview_brief(store, embedder=None)
    finally:
        store.close()
    monkeypatch.setattr(B, "_service", B.BriefService(Pending))
    with TestClient(create_app(db)) as c:
        fragment = c.get("/fragments/brief", params={"page": "true"}).text
        assert f"<h1>{made.title}</h1>" in fragment and 'class="brief-list"' in fragment
        assert "<h1>" not in c.get("/fragments/brief").text  # the overview's has its own heading
        page = c.get("/brief").text
        assert page.count(f"<h1>{made.title}</h1>") == 1
