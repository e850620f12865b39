"""Where per-article analysis runs: in this process, on a local process pool, or on a Ray cluster.

``analyze(article, config)`` is a pure function of both, so articles can be
analyzed anywhere. An engine takes the articles as a stream, sends them out in
tasks of a few dozen to workers that loaded the models once, keeps a bounded
number of tasks in flight, and yields one outcome per article **in input
order** (an :class:`~storyline.model.ArticleAnalysis`, or an
:class:`~storyline.model.AnalysisFailure` for an article that raised), so the
single writer (``run.analyze_stored``) stores them as they come. Fusion stays
in the writer's process.

``open_engine(analyzer)`` picks the engine from ``Config.engine`` and
``Config.n_process``; use it as a context manager (one pool or one set of
actors per run).
"""

from __future__ import annotations

from storyline.analyze.pipeline import Analyzer
from storyline.scale.engine import TASK_SIZE, Engine, Outcome, in_order, tasks

__all__ = ["TASK_SIZE", "Engine", "Outcome", "in_order", "open_engine", "tasks"]


def open_engine(analyzer: Analyzer) -> Engine:
    """The engine ``analyzer.config`` asks for; the in-process one runs ``analyzer`` itself."""
    config = analyzer.config
    if config.engine == "ray":
        from storyline.scale.ray_engine import RayEngine

        return RayEngine(config)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r}; use 'local' or 'ray'")
    from storyline.scale.local import InProcessEngine, ProcessPoolEngine

    if config.n_process > 1:
        return ProcessPoolEngine(config, config.n_process)
    return InProcessEngine(analyzer)
