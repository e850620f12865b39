"""Incremental fusion: a run with new articles re-fuses only the part of the story they can touch.

Entity resolution and story clustering already resolve only the new articles against what the store
holds (:mod:`storyline.fuse.entities`, :mod:`storyline.fuse.stories`); they run first, on the new
articles' analyses plus the stored members the story step profiles. The *scope* is then the new articles
and those articles of the story clusters they joined whose stored events or claims they can change
(:func:`reachable`: an event of a type a new article tells, a claim sharing a rare content word with a new
claim, a denial or negated statement), closed over what the store links: an article sharing a stored
event or a stored claim link with one in the scope is in it too (so no stored incident or link is cut in
two). Events, claims, claim links and corroboration
are fused again from the scope's analyses only, and the store replaces the scope's rows with them
(:meth:`storyline.store.base.Store.save_story` with ``scope``), writing only the rows that changed.

Where the result can differ from ``storyline resolve --full`` on the same store (the equality test
bounds it): an incident or claim link a full fusion would make between the scope and an article
outside it that shares no stored event or link with it (a new article of one story reporting an incident
first told in another story cluster); claim links proposed by a claim's nearest neighbours, which are
looked for within the scope; and what entity resolution and story clustering already make of arrival
order. Source families are still computed over every stored article's text (sentence bounds read from
the store without parsing the analyses).
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, FusedSoFar, run_steps
from storyline.fuse.claim_links import _MAX_POSTING
from storyline.fuse.claim_text import features
from storyline.model import Article, ArticleAnalysis, Claim, Event, Story, StoryCluster

log = logging.getLogger(__name__)

#: the steps that resolve new articles against the store by themselves (run before the scope is known)
RESOLVING = ("entities", "stories")
#: rounds of closing the scope over stored events and claim links (each round adds what the last one reached)
CLOSURE_ROUNDS = 8
#: state key: article id -> an analysis, or a stand-in holding its sentence spans only, for source families
SENTENCES_KEY = "corroboration.sentences"


class StoredStory(FusedSoFar, Protocol):
    """What incremental fusion reads from the store (every :class:`storyline.store.base.Store` has it)."""

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]: ...
    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, ArticleAnalysis]: ...
    def analysis_sentences(self, ids: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]: ...
    def linked_articles(self, ids: Iterable[str]) -> set[str]: ...
    def article_events(self, article_ids: Iterable[str]) -> list[Event]: ...
    def article_claims(self, article_ids: Iterable[str]) -> list[Claim]: ...


@dataclass(frozen=True)
class Plan:
    """What an incremental run re-fused: ``scope`` articles, for the ``new`` ones."""

    new: frozenset[str]
    scope: frozenset[str]
    loaded: int  # analyses read from the store
    marks: dict[str, str]  # the new articles' fused marks: article -> its analysis' config hash ("" if none)
    touched: int = 0  # articles of the story clusters the new ones joined
    reached: int = 0  # of those, the ones the new articles can change (before closing over stored links)


def applies(config: Config, stored_story: bool) -> bool:
    """Incremental fusion needs a saved story and the default step order (resolving steps first)."""
    steps = config.fuse_steps
    return stored_story and steps[:len(RESOLVING)] == RESOLVING


def touched_clusters(stories: list[StoryCluster], new: Collection[str]) -> set[str]:
    """The new articles and every article of a story cluster holding one."""
    out = set(new)
    for st in stories:
        if not out.isdisjoint(st.articles):
            out.update(st.articles)
    return out


def reachable(store: StoredStory, touched: set[str], new: Mapping[str, ArticleAnalysis]) -> set[str]:
    """The new articles and the articles of ``touched`` whose stored events or claims they can change.

    Events merge only within one type (:func:`storyline.fuse.events.compatible`), so a stored article counts
    when it tells an event of a type the new articles tell. Claims are linked in pairs that share a content
    word held by at most ``_MAX_POSTING`` claims (:meth:`storyline.fuse.claim_links.Linker.candidates`), or
    by the denial rules, which look past words (the accused, the owner of a claim): a stored article counts
    when one of its claims shares such a word with a new claim, or holds a denial or a negated statement
    (it may answer a new claim); a new denial or negated statement takes every touched article with claims.
    """
    out = set(new)
    stored = touched - out
    types = {m.type for a in new.values() for m in a.events if m.modality != "generic" and m.type != "OTHER"}
    for ev in store.article_events(stored) if types else ():
        if ev.type in types:
            out.update(m.article for m in ev.mentions if m.article in stored)
    theirs = store.article_claims(stored)
    mine = [c for a in new.values() for c in a.claims]
    if any(_answers(c) for c in mine):
        return out | {c.article for c in theirs}
    out.update(c.article for c in theirs if _answers(c))
    words = [features(c).words for c in mine]
    stored_words = [features(c).words for c in theirs]
    posting = Counter(w for ws in [*words, *stored_words] for w in ws)
    rare = {w for ws in words for w in ws if posting[w] <= _MAX_POSTING}
    out.update(c.article for c, ws in zip(theirs, stored_words, strict=True) if not rare.isdisjoint(ws))
    return out


def _answers(c: Claim) -> bool:
    """A denial or a negated statement: the denial rules link it past shared words."""
    return c.polarity == "deny" or c.negated


def close_scope(store: StoredStory, scope: set[str], rounds: int = CLOSURE_ROUNDS) -> set[str]:
    """``scope`` with every article sharing a stored event or claim link with it, until nothing is added."""
    frontier = set(scope)
    for _ in range(rounds):
        reached = store.linked_articles(frontier) - scope
        if not reached:
            break
        scope |= reached
        frontier = reached
    return scope


def fuse_incremental(store: StoredStory, config: Config, resources: Resources, new: Collection[str],
                     on_step: Callable[[str, int, int], None] | None = None) -> tuple[Story, Plan]:
    """Fuse ``new`` articles into the stored story; returns the story part to save with its scope.

    The returned story holds every entity, story cluster and source family, and the events, claims,
    claim links and supports of the scope's articles (see the module docstring).
    """
    from storyline.fuse.stories import CENTROID_SAMPLE, _sample

    st = store
    articles = {a.id: a for a in st.articles()}
    profiled, _ = _sample(list(articles.values()), st.stories(), CENTROID_SAMPLE)
    analyses = st.analyses(set(new) | {a.id for a in profiled})  # in corpus order
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=analyses,
                      new=set(new), store=st)
    ctx.story.articles = list(articles.values())
    steps = config.fuse_steps
    gc.freeze()  # what was loaded lives through fusion: spare the collector rescanning it (as fuse() does)
    try:
        run_steps(ctx, RESOLVING, on_step, total=len(steps))
        touched = touched_clusters(ctx.story.stories, new)
        reached = reachable(st, touched, {a: analyses[a] for a in new if a in analyses})
        scope = close_scope(st, set(reached))
        more = st.analyses(scope - set(analyses))
        both = {**analyses, **more}
        ctx.analyses = {aid: both[aid] for aid in articles if aid in scope and aid in both}  # corpus order
        ctx.state[SENTENCES_KEY] = _sentences(st, articles, ctx.analyses)
        run_steps(ctx, steps[len(RESOLVING):], on_step, first=len(RESOLVING), total=len(steps))
    finally:
        gc.unfreeze()
    if on_step:
        on_step("", len(steps), len(steps))
    marks = {aid: analyses[aid].config_hash if aid in analyses else "" for aid in new if aid in articles}
    plan = Plan(frozenset(new), frozenset(scope), len(analyses) + len(more), marks, len(touched), len(reached))
    log.info("incremental fusion: %d new article(s), scope %d of %d, %d analyses read", len(new), len(scope),
             len(articles), plan.loaded)
    return ctx.story, plan


def _sentences(store: StoredStory, articles: Mapping[str, Article],
               analyses: Mapping[str, ArticleAnalysis]) -> dict[str, ArticleAnalysis]:
    """Stand-in analyses (sentence spans only) of the articles outside the scope, for source families."""
    rest = [aid for aid in articles if aid not in analyses]
    spans = store.analysis_sentences(rest)
    out = {aid: ArticleAnalysis(article=aid, config_hash="", sentences=s) for aid, s in spans.items()}
    return {**out, **analyses}
