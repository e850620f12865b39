"""Run what ``storyline analyze`` runs, for the scorers: articles -> shipped analysis -> shipped fusion -> story.

Every ``storyline eval`` goes through here, so a figure measures the product:
documents become :class:`~storyline.model.Article` objects, go through the
shipped :class:`~storyline.analyze.pipeline.Analyzer` with the default
:class:`~storyline.config.Config` (every default component) and the shipped
:func:`~storyline.fuse.fuse` (every default fusion step, a fresh corpus with
no store), and the scorer reads the resulting :class:`~storyline.model.Story`.
What differs from ``storyline analyze``: no ingest (the datasets' texts are
already clean, and their gold offsets must stay valid), and no store.

Two things an evaluation may add, neither of which changes what a component
or a fusion step does:

- ``groups``: articles fused in separate corpora (an ECB+ topic, a MEANTIME
  corpus), as a user would analyze each story's coverage on its own;
- ``hooks``: ``{component name: function(state)}`` run right after that
  component (for the gold-mention setting: gold spans replace the mentions a
  component found, their attributes built by the product's own functions,
  and the following components and fusion run as shipped). A hook is wired in
  as an unregistered component of this analyzer only.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from storyline.analyze.pipeline import AnalysisState, Analyzer, Component
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, ArticleAnalysis, Story

log = logging.getLogger(__name__)

Hook = Callable[[AnalysisState], None]


class _Hook(Component):
    """A hook between two shipped components (never registered: ``storyline analyze`` cannot run it)."""

    def __init__(self, config: Config, fn: Hook) -> None:
        super().__init__(config)
        self.fn = fn

    def __call__(self, state: AnalysisState) -> None:
        self.fn(state)


def _hook(config: Config, after: Component, fn: Hook) -> Component:
    # its own class: name and assigns are class attributes (a failure report names it, and puts back
    # what the component before it assigned)
    cls = type("Hook", (_Hook,), {"name": f"eval-hook:{after.name}", "assigns": after.assigns})
    return cls(config, fn)


_RESOURCES: list[Resources] = []


def shared_resources() -> Resources:
    """The models for the default configuration, loaded once per process (several scorers in one run share them)."""
    if not _RESOURCES:
        _RESOURCES.append(Resources(Config()))
    return _RESOURCES[0]


def shipped_analyzer(hooks: Mapping[str, Hook] | None = None, resources: Resources | None = None) -> Analyzer:
    """The default analyzer, with ``hooks[name]`` run right after the component ``name``."""
    config = Config()
    analyzer = Analyzer(config, resources or shared_resources())
    for name, fn in (hooks or {}).items():
        at = next((n for n, comp in enumerate(analyzer.components) if comp.name == name), None)
        if at is None:
            raise ValueError(f"no component {name!r} in the default pipeline ({', '.join(config.components)})")
        analyzer.components.insert(at + 1, _hook(config, analyzer.components[at], fn))
    return analyzer


@dataclass
class ShippedRun:
    """What the shipped code made of the articles: one story per group, and the per-article analyses."""

    articles: dict[str, Article]
    analyses: dict[str, ArticleAnalysis]
    stories: dict[str, Story] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # "article: component ... failed" (kept, and reported)


def run_shipped(articles: Iterable[Article], groups: Mapping[str, str] | None = None,
                hooks: Mapping[str, Hook] | None = None, resources: Resources | None = None) -> ShippedRun:
    """Analyze ``articles`` and fuse each group (``groups[article id]``; default: one corpus) into a story."""
    arts = list(articles)
    analyzer = shipped_analyzer(hooks, resources)
    analyses = {a.article: a for a in analyzer.analyze_many(arts)}
    run = ShippedRun(articles={a.id: a for a in arts}, analyses=analyses)
    for analysis in analyses.values():
        run.failures += [f"{analysis.article}: {f}" for f in analysis.extras.get("failed_components", ())]
    by_group: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        by_group[groups.get(a.id, "") if groups else ""].append(a)
    for group, members in sorted(by_group.items()):
        run.stories[group] = fuse_shipped(members, analyses, analyzer.config, analyzer.resources)
    if run.failures:
        log.warning("%d component failures during the evaluation run (first: %s)", len(run.failures), run.failures[0])
    return run


def fuse_shipped(articles: list[Article], analyses: Mapping[str, ArticleAnalysis], config: Config,
                 resources: Resources) -> Story:
    """The configured fusion steps over these articles as a fresh corpus (every article new, no store)."""
    ctx = FuseContext(config=config, resources=resources, articles={a.id: a for a in articles},
                      analyses={a.id: analyses[a.id] for a in articles if a.id in analyses},
                      new={a.id for a in articles})
    return fuse(ctx)
