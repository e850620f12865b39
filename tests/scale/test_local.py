"""Analysis on a process pool gives exactly the sequential result, in order, and survives failures."""

from __future__ import annotations

import os
import signal

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import AnalysisFailure, Article, ArticleAnalysis
from storyline.scale import in_order, open_engine, tasks
from storyline.scale import local as local_mod
from storyline.scale.local import InProcessEngine, ProcessPoolEngine, analyze_parallel
from storyline.scale.work import analyze_task


def _articles(n: int) -> list[Article]:
    return [Article(id=f"p{i}", text=f"Mayor Ida Rook of Tarnfeld met {i + 2} union leaders on Monday.",
                    published=f"2024-02-{i % 28 + 1:02d}", published_granularity="day") for i in range(n)]


def test_analyze_parallel_matches_sequential(analyzer: Analyzer) -> None:
    arts = _articles(6)
    parallel = list(analyze_parallel(arts, Config(), workers=2))
    assert [a.article for a in parallel] == [a.id for a in arts]
    assert parallel == list(analyzer.analyze_many(arts))


def test_pool_engine_streams_in_order_with_one_pool(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storyline.scale.engine.TASK_SIZE", 3)  # many tasks, several in flight at once
    arts = _articles(20)
    with ProcessPoolEngine(Config(), 2) as engine:
        pool = engine.pool
        first = list(engine.analyze(arts[:10]))
        second = list(engine.analyze(arts[10:]))
        assert engine.pool is pool  # the same processes served both calls: models loaded once per worker
    assert first + second == list(analyzer.analyze_many(arts))


def test_open_engine_picks_by_config(analyzer: Analyzer) -> None:
    assert isinstance(open_engine(analyzer), InProcessEngine)
    with open_engine(Analyzer(Config(n_process=2))) as engine:
        assert isinstance(engine, ProcessPoolEngine)
    with pytest.raises(ValueError, match="unknown engine"):
        open_engine(Analyzer(Config(engine="spark")))


def test_analyze_task_isolates_the_failing_article(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _articles(3)
    real = Analyzer.analyze_many

    def fragile(self: Analyzer, articles: list[Article]):  # type: ignore[no-untyped-def]
        if any(a.id == "p1" for a in articles):
            raise RuntimeError("boom")
        return real(self, articles)

    monkeypatch.setattr(Analyzer, "analyze_many", fragile)
    out = analyze_task(analyzer, arts)
    assert [type(o) for o in out] == [ArticleAnalysis, AnalysisFailure, ArticleAnalysis]
    assert isinstance(out[1], AnalysisFailure) and "RuntimeError: boom" in out[1].error


def _killer(articles: list[Article]) -> list[object]:
    """A worker task that kills its own process on the article named 'p3' (a crash in native code)."""
    if any(a.id == "p3" for a in articles):
        os.kill(os.getpid(), signal.SIGKILL)
    return local_mod._run(articles)


def test_pool_engine_survives_a_worker_crash(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storyline.scale.engine.TASK_SIZE", 2)
    monkeypatch.setattr(local_mod, "_run", _killer)
    arts = _articles(8)
    with ProcessPoolEngine(Config(), 2) as engine:
        out = list(engine.analyze(arts))
    assert [o.article for o in out] == [a.id for a in arts]
    failed = [o.article for o in out if isinstance(o, AnalysisFailure)]
    assert failed == ["p3"]


def test_in_order_keeps_order_and_bounds_the_window() -> None:
    in_flight: list[int] = []
    peak = [0]

    def submit(x: int) -> int:
        in_flight.append(x)
        peak[0] = max(peak[0], len(in_flight))
        return x * 10

    def result(x: int, handle: int) -> int:
        in_flight.remove(x)
        return handle

    assert list(in_order(range(7), submit, result, window=3)) == [0, 10, 20, 30, 40, 50, 60]
    assert peak[0] == 3
    assert [len(t) for t in tasks(_articles(7), 3)] == [3, 3, 1]


def test_pool_context_preloads_the_configured_components() -> None:
    """Workers fork from a server that imported the components once (where the platform has one)."""
    config = Config(components=("baseline", "names"))
    ctx = local_mod._context(config)
    if ctx.get_start_method() != "forkserver":
        pytest.skip("no fork server on this platform: workers are spawned")
    from multiprocessing import forkserver

    preload = forkserver._forkserver._preload_modules  # the server's list: no public reader
    assert "storyline.analyze.names.repair" in preload and "storyline.analyze.baseline" in preload
    assert "storyline.analyze.claims.statements" not in preload  # only what the config runs
