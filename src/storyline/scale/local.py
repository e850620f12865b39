"""Analysis in this process, or on a pool of local processes that each load the models once.

The pool lives for the whole run (one per :class:`ProcessPoolEngine`). Its
processes are forked from a fork server (a fresh single-threaded process:
forking the caller, which may run ONNX or spaCy threads, would be unsafe) that
imported spaCy and the analysis components once (``PRELOAD``), so each worker
starts with them imported and only loads the models (spawned workers each
imported them again: about a second of CPU per worker). Tasks are submitted
through :func:`storyline.scale.engine.in_order`, so results come back in
input order while ``2 x workers`` tasks are in flight. A worker that dies (a
crash in native code, the out-of-memory killer) breaks the pool: the pool is
rebuilt and the tasks that were in flight are retried one article at a time,
so only an article that kills its worker again is reported as failed.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import AnalysisFailure, Article, ArticleAnalysis
from storyline.scale.engine import TASK_SIZE, Outcome, in_order, tasks
from storyline.scale.work import analyze_task

_WORKER: Analyzer | None = None

#: imported once by the fork server, before it forks the workers (the component modules are in the config)
PRELOAD = ["storyline.scale.local", "storyline.analyze.pipeline", "spacy"]


def _context(config: Config) -> mp.context.BaseContext:
    from storyline.analyze.pipeline import COMPONENT_MODULES

    if "forkserver" not in mp.get_all_start_methods():  # not on Windows
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([*PRELOAD, *(COMPONENT_MODULES[c] for c in config.components
                                            if c in COMPONENT_MODULES)])
    return ctx


def _init(config: Config) -> None:
    global _WORKER
    _WORKER = Analyzer(config).warm_up()


def _run(articles: list[Article]) -> list[Outcome]:
    assert _WORKER is not None, "worker not initialized"
    return analyze_task(_WORKER, articles)


class InProcessEngine:
    """No workers: the caller's analyzer runs here, on the caller's loaded models."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer

    def analyze(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        for task in tasks(articles, max(TASK_SIZE, self.analyzer.config.batch_size)):
            yield from analyze_task(self.analyzer, task)

    def close(self) -> None:
        pass

    def __enter__(self) -> InProcessEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ProcessPoolEngine:
    """``workers`` processes from the fork server, started once, each holding a warmed-up :class:`Analyzer`."""

    def __init__(self, config: Config, workers: int) -> None:
        self.config, self.workers = config, workers
        self.generation = 0  # bumped when a broken pool is replaced
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(self.config), initializer=_init,
                                   initargs=(self.config,))

    def analyze(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        for outcomes in in_order(tasks(articles), self._submit, self._result, window=2 * self.workers):
            yield from outcomes

    def _submit(self, task: list[Article]) -> tuple[int, Future[list[Outcome]] | None]:
        try:
            return self.generation, self.pool.submit(_run, task)
        except BrokenProcessPool:
            return self.generation, None  # _result rebuilds the pool

    def _result(self, task: list[Article], handle: tuple[int, Future[list[Outcome]] | None]) -> list[Outcome]:
        generation, future = handle
        try:
            if future is not None:
                return future.result()
        except BrokenProcessPool:
            pass
        if generation == self.generation:  # the tasks in flight with it fail too: rebuild once for all
            self._rebuild()
        return [o for a in task for o in self._alone(a)]

    def _alone(self, article: Article) -> Sequence[Outcome]:
        """One article in a task of its own: if it breaks the pool again, it is the culprit."""
        try:
            return self.pool.submit(_run, [article]).result()
        except BrokenProcessPool:
            self._rebuild()
            return [AnalysisFailure(article.id, "analysis crashed its worker process (killed, out of memory or "
                                                "a crash in native code); please report this with the article")]

    def _rebuild(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self.pool = self._new_pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ProcessPoolEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def analyze_parallel(articles: Sequence[Article], config: Config, workers: int) -> Iterator[ArticleAnalysis]:
    """Analyses in input order, computed by ``workers`` processes (failed articles are left out)."""
    with ProcessPoolEngine(config, workers) as engine:
        for outcome in engine.analyze(articles):
            if isinstance(outcome, ArticleAnalysis):
                yield outcome
