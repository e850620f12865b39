"""Cross-document fusion: entities, events, claims, corroboration, story clusters.

Fusion runs over all stored analyses after each ``analyze`` run. Steps are
registered by name like analysis components and run in ``Config.fuse_steps``
order over one :class:`FuseContext`; each fills its part of ``ctx.story``.
Steps that keep incremental state (entity resolution, story clusters) read
what the store already holds through ``ctx.store`` (anything with the two
:class:`FusedSoFar` methods; every :class:`storyline.store.base.Store` has
them, and fusion never imports the store) and only resolve ``ctx.new`` articles.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from storyline.analyze.names import keys
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.model import Article, ArticleAnalysis, Entity, Story, StoryCluster

if TYPE_CHECKING:
    from storyline.analyze.embed import Encoder

FUSE_MODULES: dict[str, str] = {
    "entities": "storyline.fuse.entities",
    "events": "storyline.fuse.events",
    "actions": "storyline.fuse.actions",
    "participants": "storyline.fuse.entities",
    "claims": "storyline.fuse.claims",
    "corroboration": "storyline.fuse.corroboration",
    "stories": "storyline.fuse.stories",
}

class FusedSoFar(Protocol):
    """What incremental fusion reads back from earlier runs (the store, seen from below it)."""

    def entities(self) -> list[Entity]: ...
    def stories(self) -> list[StoryCluster]: ...


#: state a step leaves for the steps after it -> the steps that read it; dropped once none of them is left to
#: run (the incident clusters hold every event mention with its sentence vector: about 150 MB on 19k articles,
#: which the claims step would otherwise carry at its peak)
TRANSIENT: dict[str, tuple[str, ...]] = {"events.clusters": ("actions",), "events.places": ("actions",)}

FuseStep = Callable[["FuseContext"], None]
STEPS: dict[str, FuseStep] = {}


def fuse_step(name: str) -> Callable[[FuseStep], FuseStep]:
    def wrap(fn: FuseStep) -> FuseStep:
        STEPS[name] = fn
        return fn

    return wrap


def get_step(name: str) -> FuseStep:
    if name not in STEPS:
        if name not in FUSE_MODULES:
            raise ValueError(f"unknown fusion step {name!r}; known: {', '.join(FUSE_MODULES)}")
        importlib.import_module(FUSE_MODULES[name])
    return STEPS[name]


@dataclass
class FuseContext:
    """What fusion steps share.

    ``articles``/``analyses``: the whole corpus, by article id, in a stable
    order. ``new``: ids first analyzed in this run (for incremental steps).
    ``mention_entity``: (article, start, end) -> entity id, filled by the
    entities step and read by later steps. ``state``: free space for steps to
    hand data to later steps (document what you put there).
    """

    config: Config
    resources: Resources
    articles: dict[str, Article]
    analyses: dict[str, ArticleAnalysis]
    new: set[str] = field(default_factory=set)
    store: FusedSoFar | None = None
    story: Story = field(default_factory=Story)
    mention_entity: dict[tuple[str, int, int], str] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)

    def encoder(self, step: str) -> Encoder:
        """The sentence encoder for fusion step ``step`` (static or MiniLM, per ``config``)."""
        return self.resources.encoder(step, self.config)

    def entity_at(self, article: str, start: int, end: int) -> str | None:
        """Entity id of the mention at exactly this span, else of a mention overlapping it."""
        hit = self.mention_entity.get((article, start, end))
        if hit is not None:
            return hit
        best = None
        for m in self.analyses[article].mentions if article in self.analyses else ():
            if m.start < end and start < m.end:
                eid = self.mention_entity.get((article, m.start, m.end))
                if eid is not None and (best is None or (m.end - m.start) > best[0]):
                    best = (m.end - m.start, eid)
        return best[1] if best else None


def fuse(ctx: FuseContext, on_step: Callable[[str, int, int], None] | None = None) -> Story:
    """Run the configured fusion steps; returns the filled story.

    ``on_step(name, done, total)`` is called before each step and once at the end (name ``""``).
    """
    ctx.story.articles = list(ctx.articles.values())
    ctx.story.timexes = [t for a in ctx.analyses.values() for t in a.timexes]
    steps = ctx.config.fuse_steps
    gc.freeze()  # the loaded analyses live through fusion: spare the collector rescanning them (1k Reuters: 1 s)
    try:
        run_steps(ctx, steps, on_step)
    finally:
        gc.unfreeze()
    if on_step:
        on_step("", len(steps), len(steps))
    return ctx.story


def run_steps(ctx: FuseContext, names: Sequence[str], on_step: Callable[[str, int, int], None] | None = None,
              first: int = 0, total: int | None = None) -> None:
    """Run the named steps in order; ``on_step(name, done, total)`` before each, ``done`` counted from ``first``
    (an incremental run calls this twice, for the steps before and after it narrows the scope)."""
    for k, name in enumerate(names, first):
        if on_step:
            on_step(name, k, len(names) if total is None else total)
        get_step(name)(ctx)
        release(ctx, name)


#: memo caches of pure name-pair tests that entity resolution fills with every pair it compares (65,536 entries
#: of ``tokens_match`` on 1k Reuters articles, tens of MB on a large store): emptied after the entities step, before
#: the incident and claim steps reach a run's memory peak (dropping an entry only costs its recomputation)
PAIR_CACHES = (keys.tokens_match, keys.align_names, keys.person_names_compatible)
#: the one-name caches of the same module (``folded_key``, ``fold_token``, ...): full on a large store (the 37,788
#: aliases of 18,942 Reuters articles fill them with about 55 MB) and barely read by the steps after entities, so
#: they are emptied too; saving the entities' blocking keys computes the keys it needs again (about 1 s of CPU
#: there)
NAME_CACHES = tuple(f for f in vars(keys).values() if hasattr(f, "cache_clear") and f not in PAIR_CACHES)
#: a step's own memo caches that no later step reads, by step name (filled by the step's module): emptied with
#: the above once the step is done
STEP_CACHES: dict[str, tuple[Any, ...]] = {}


def release(ctx: FuseContext, done: str) -> None:
    """Drop the :data:`TRANSIENT` state that no configured step after ``done`` reads, after entity resolution
    the memo caches of the name tests it filled (:data:`PAIR_CACHES`, :data:`NAME_CACHES`), and the step's own
    memo caches (:data:`STEP_CACHES`)."""
    for f in (PAIR_CACHES + NAME_CACHES if done == "entities" else ()) + STEP_CACHES.get(done, ()):
        f.cache_clear()
    steps = list(ctx.config.fuse_steps)
    later = set(steps[steps.index(done) + 1:]) if done in steps else set()
    for key, readers in TRANSIENT.items():
        if key in ctx.state and not later & set(readers):
            del ctx.state[key]
