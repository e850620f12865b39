"""The briefing service with real threads: a cached briefing never waits for a build, builds are shared and
bounded, the cache is an LRU, and too many waiting requests are told to retry (503) instead of queueing."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from storyline.web import api_models as S
from storyline.web.briefing import BriefBusy, BriefService


def _brief(title: str) -> S.BriefOut:
    return S.BriefOut(title=title, method="test", markdown=title, sections=[])


class Builds:
    """Build functions that block until released, counting how often each key is built."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    def __call__(self, key: str, block: bool = True) -> Any:
        def build() -> S.BriefOut:
            with self.lock:
                self.calls[key] = self.calls.get(key, 0) + 1
            self.started.release()
            if block:
                assert self.release.wait(30)
            return _brief(key)

        return build


@pytest.fixture
def service() -> BriefService:
    return BriefService(lambda: ThreadPoolExecutor(2), max_waiting=3, max_entries=3)


def test_briefing_cached_page_never_waits_for_a_build(service: BriefService) -> None:
    builds = Builds()
    assert service.get(("old",), builds("old", block=False)).title == "old"
    slow = service.start(("new",), builds("new"))
    assert builds.started.acquire(timeout=10)
    t0 = time.perf_counter()
    assert service.get(("old",), builds("old")).title == "old"  # while "new" is being built
    assert time.perf_counter() - t0 < 0.05
    builds.release.set()
    assert slow.result(timeout=10).title == "new"


def test_briefing_same_query_built_once(service: BriefService) -> None:
    builds = Builds()
    with ThreadPoolExecutor(3) as pool:
        futures = [pool.submit(service.get, ("q",), builds("q"), 10) for _ in range(3)]
        assert builds.started.acquire(timeout=10)
        builds.release.set()
        assert {f.result().title for f in futures} == {"q"}
    assert builds.calls == {"q": 1}


def test_briefing_builds_bounded_and_waiters_bounded(service: BriefService) -> None:
    builds = Builds()
    with ThreadPoolExecutor(6) as pool:
        waiting = [pool.submit(service.get, (f"k{i}",), builds(f"k{i}"), 10) for i in range(3)]
        assert builds.started.acquire(timeout=10) and builds.started.acquire(timeout=10)
        time.sleep(0.2)
        assert len(builds.calls) == 2  # two build threads: the third build queues
        with pytest.raises(BriefBusy):  # three requests already wait: the fourth is told to retry
            service.get(("k9",), builds("k9"), 10)
        builds.release.set()
        assert sorted(f.result().title for f in waiting) == ["k0", "k1", "k2"]
    assert "k9" not in builds.calls  # refused: nothing was queued for it
    assert service.get(("k9",), builds("k9"), 10).title == "k9"  # asked again later, it is made


def test_briefing_queue_bounded_when_waiters_give_up(service: BriefService) -> None:
    builds = Builds()
    for i in range(3):  # each waiter gives up; its build stays queued or running
        with pytest.raises(BriefBusy, match="still being made"):
            service.get((f"q{i}",), builds(f"q{i}"), wait=0.05)
    with pytest.raises(BriefBusy, match="3 briefings are being made"):
        service.get(("q9",), builds("q9"), wait=0.05)
    assert len(service.inflight) == 3 and "q9" not in builds.calls
    builds.release.set()


def test_briefing_wait_timeout_says_retry_and_build_goes_on(service: BriefService) -> None:
    builds = Builds()
    with pytest.raises(BriefBusy, match="still being made"):
        service.get(("slow",), builds("slow"), wait=0.2)
    builds.release.set()
    deadline = time.monotonic() + 10
    while service.cached(("slow",)) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert service.cached(("slow",)) is not None and builds.calls == {"slow": 1}


def test_briefing_lru_keeps_the_most_recent(service: BriefService) -> None:
    builds = Builds()
    for k in ("a", "b", "c"):
        service.get((k,), builds(k, block=False))
    service.get(("a",), builds("a", block=False))  # used again: b is now the oldest
    service.get(("d",), builds("d", block=False))
    assert [k for (k,) in service.cache] == ["c", "a", "d"]


def test_briefing_failed_build_reported_not_cached(service: BriefService) -> None:
    def boom() -> S.BriefOut:
        raise ValueError("no story")

    with pytest.raises(ValueError, match="no story"):
        service.get(("bad",), boom, 10)
    deadline = time.monotonic() + 10
    while service.inflight and time.monotonic() < deadline:  # the done-callback runs on the build's thread
        time.sleep(0.01)
    assert service.cached(("bad",)) is None and service.inflight == {}
    assert service.get(("bad",), lambda: _brief("fixed"), 10).title == "fixed"


def _no_worker() -> None:
    raise SystemExit("this worker cannot start")


def test_briefing_broken_worker_process_falls_back_to_threads() -> None:
    import multiprocessing
    from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
    from functools import partial

    service = BriefService(lambda: ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                       initializer=_no_worker))
    with pytest.raises(BrokenExecutor):
        service.get(("a",), partial(_brief, "a"), 60)
    deadline = time.monotonic() + 10
    while service.inflight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert service.get(("a",), partial(_brief, "a"), 60).title == "a"  # made on a thread this time
