"""Incremental fusion: a run with new articles re-fuses only the part of the story they can touch.

Entity resolution and story clustering already resolve only the new articles against what the store
holds (:mod:`storyline.fuse.entities`, :mod:`storyline.fuse.stories`); they run first, on the new
articles' analyses plus the stored members the story step profiles. Entity resolution builds units only for
the stored entities the new names can meet, found by the blocking keys the store keeps for each entity
(:func:`storyline.fuse.entities.meeting`; the same pairs as among all of them). The *scope* is then the new articles
and those articles of the story clusters they joined whose stored events or claims they can change
(:func:`reach`: an event of a type a new article tells, a claim sharing a rare content word with a new
claim, a denial or negated statement), **bounded by what is new** (:func:`bounded`): each new article takes
at most :data:`SCOPE_PER_NEW` of the stored articles it reaches, those of its own story cluster first, then
the nearest in date, and none reported more than :data:`SCOPE_DAYS` days from it, so the scope holds at most
``len(new) * (1 + SCOPE_PER_NEW)`` articles however large the store or a story cluster grows (a large story
cluster is otherwise re-fused whole by every run that adds to it). Events, claims, claim links and
corroboration are fused again from the scope's analyses, and the store replaces the scope's rows with them
(:meth:`storyline.store.base.Store.save_story` with ``scope``), writing only the rows that changed.

What the store links across the scope's edge is kept whole without pulling the linked articles in (which,
closed over stored events and links that chain across a corpus, took half of a 19k store into a run of 100
new articles): a stored incident with a mention in the scope is fused again with all its mentions (the
incident steps read only those mentions of the articles outside it: :func:`edge`), so new mentions may join
it and none is cut in two (what the store made of the articles outside the scope stands: the pieces of a
stored incident told in :data:`storyline.fuse.events.WHOLE_AT` or more of them enter the events step as one,
:func:`storyline.fuse.events.stored_pieces`); a stored claim link from a scope claim to a claim outside it is
kept as it is, and counts when the scope's claims are graded.

Where the result can differ from ``storyline resolve --full`` on the same store (the equality test
bounds it): an incident or claim link a full fusion would make between the scope and an article
outside it that shares no stored event or link with it (a new article of one story reporting an incident
first told in another story cluster, or a stored article the scope's bound leaves out: one past the
:data:`SCOPE_PER_NEW` nearest a new article reaches, or reported more than :data:`SCOPE_DAYS` days from it, such
as the act a report months later names again in passing, :func:`storyline.fuse.events._recalled_later`);
claim links proposed by a claim's nearest neighbours, which are looked for within the scope; a stored link
at the edge that a full fusion would judge again, and a large stored incident's pieces outside the scope, which
it would agglomerate again; an incident at the edge whose id changes (its earliest
mention moves) while a claim outside the scope still names the old id; and what entity resolution and story
clustering already make of arrival order.

Source families are still computed over every stored article, from what the store keeps of each text: its
sentence words (:meth:`storyline.store.base.Store.sentence_words`; an article without them is read
from its text and sentence bounds, without parsing the rest of its analysis), its sampled 8-grams and the
shared-passage verdict of each candidate pair (:meth:`storyline.store.base.Store.passage_grams`,
:meth:`~storyline.store.base.Store.passage_verdicts`); what a run lacks it makes and keeps for the next run,
so a run hashes and compares the new articles' texts only. These are pure functions of the texts: the
families are the same as a full fusion's.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, FusedSoFar, run_steps
from storyline.fuse.claim_links import _MAX_POSTING
from storyline.fuse.claim_text import claim_words
from storyline.fuse.corroboration import WORDS_KEY
from storyline.fuse.entities import map_mentions
from storyline.fuse.events import OLD_DAYS, STORED_KEY
from storyline.fuse.stories import to_day
from storyline.model import Article, ArticleAnalysis, Claim, ClaimLink, Event, Story, StoryCluster, Timex

log = logging.getLogger(__name__)

#: the steps that resolve new articles against the store by themselves (run before the scope is known)
RESOLVING = ("entities", "stories")
#: the steps that build incidents: they also read the stored incidents at the scope's edge (:func:`edge`)
INCIDENT_STEPS = ("events", "actions")
#: state key: article id -> an analysis, or a stand-in holding its sentence spans only, for source families
SENTENCES_KEY = "corroboration.sentences"


class StoredStory(FusedSoFar, Protocol):
    """What incremental fusion reads from the store (every :class:`storyline.store.base.Store` has it)."""

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]: ...
    def analyses(self, ids: Iterable[str] | None = None, claims: bool = True,
                 timexes: bool = True, mentions: bool = True) -> dict[str, ArticleAnalysis]: ...
    def analysis_claims(self, ids: Iterable[str]) -> dict[str, tuple[Claim, ...]]: ...
    def analysis_timexes(self, ids: Iterable[str]) -> dict[str, tuple[Timex, ...]]: ...
    def analysis_sentences(self, ids: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]: ...
    def incident_parts(self, mentions: Mapping[str, Collection[str]]) -> dict[str, ArticleAnalysis]: ...
    def article_claim_links(self, ids: Iterable[str]) -> tuple[list[ClaimLink], list[Claim]]: ...
    def article_events(self, article_ids: Iterable[str]) -> list[Event]: ...
    def article_event_types(self, article_ids: Iterable[str], types: Collection[str]) -> set[tuple[str, str]]: ...
    def article_claims(self, article_ids: Iterable[str]) -> list[Claim]: ...


@dataclass(frozen=True)
class Plan:
    """What an incremental run re-fused: ``scope`` articles, for the ``new`` ones."""

    new: frozenset[str]
    scope: frozenset[str]
    loaded: int  # analyses read from the store
    marks: dict[str, str]  # the new articles' fused marks: article -> its analysis' config hash ("" if none)
    touched: int = 0  # articles of the story clusters the new ones joined
    reached: int = 0  # the new articles and the touched ones they can change (:func:`reach`), before the bound
    edge: int = 0  # articles outside the scope whose stored incidents' mentions were read (:func:`edge`)


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


#: stored articles each new article re-fuses at most, the nearest first (see :func:`bounded`): what bounds the
#: scope by what is new, however large the store or a story cluster grows
SCOPE_PER_NEW = 16
#: a stored article reported more than this many days from a new one is not re-fused for it: incidents whose
#: reports are that far apart are never one (:data:`storyline.fuse.events.OLD_DAYS`)
SCOPE_DAYS = OLD_DAYS


def reach(store: StoredStory, touched: set[str], new: Mapping[str, ArticleAnalysis]) -> dict[str, set[str]]:
    """Stored article of ``touched`` -> the new articles that can change its stored events or claims.

    Events merge only within one type (:func:`storyline.fuse.events.compatible`), so a stored article is
    reached by a new one when it tells an event of a type the new article tells. Claims are linked in pairs
    that share a content word held by at most ``_MAX_POSTING`` claims
    (:meth:`storyline.fuse.claim_links.Linker.candidates`), or by the denial rules, which look past words (the
    accused, the owner of a claim): a stored article is reached by a new one when one of its claims shares
    such a word with the new one's claims; one holding a denial or a negated statement by every new article
    (it may answer a new claim); and a new denial or negated statement reaches every touched article with
    claims.
    """
    out: dict[str, set[str]] = {}
    stored = touched - set(new)
    types = {aid: {m.type for m in a.events if m.modality != "generic" and m.type != "OTHER"}
             for aid, a in new.items()}
    by_type: dict[str, set[str]] = {}
    for aid, ts in types.items():
        for t in ts:
            by_type.setdefault(t, set()).add(aid)
    # which types the touched articles' stored events are of, read from the store's mention rows: decoding every
    # stored event of the touched story clusters (which grow with the store) was most of this function
    for article, type_ in store.article_event_types(stored, by_type) if by_type and stored else ():
        out.setdefault(article, set()).update(by_type[type_])
    theirs = store.article_claims(stored)
    mine = [c for a in new.values() for c in a.claims]
    answering = {c.article for c in mine if _answers(c)}
    for c in theirs:
        if answering:
            out.setdefault(c.article, set()).update(answering)
        if _answers(c):
            out.setdefault(c.article, set()).update(new)
    words = [claim_words(c) for c in mine]  # (the words alone: the claims step makes the rest of the features)
    stored_words = [claim_words(c) for c in theirs]
    posting = Counter(w for ws in [*words, *stored_words] for w in ws)
    rare: dict[str, set[str]] = {}  # a rare word of a new claim -> the new articles holding it
    for c, ws in zip(mine, words, strict=True):
        for w in ws:
            if posting[w] <= _MAX_POSTING:
                rare.setdefault(w, set()).add(c.article)
    for c, ws in zip(theirs, stored_words, strict=True):
        for w in ws:
            if w in rare:
                out.setdefault(c.article, set()).update(rare[w])
    return out


def bounded(reached: Mapping[str, Collection[str]], clusters: list[StoryCluster], articles: Mapping[str, Article],
            new: Collection[str], per_new: int | None = None, days: int | None = None) -> set[str]:
    """The scope: the new articles and, for each, the first ``per_new`` of the stored articles it reaches
    (``reached``: :func:`reach`) reported at most ``days`` days from it, in this order: those of its own
    story cluster first, then the nearest in date, then the latest stored (an article of unknown date is as
    near as can be). The bound: at most ``len(new) * (1 + per_new)`` articles, however large the store or a
    story cluster grows. (The stored incidents of the scope's articles are still read whole: :func:`edge`.)
    """
    per_new = SCOPE_PER_NEW if per_new is None else per_new
    days = SCOPE_DAYS if days is None else days
    fresh = set(new)
    order = {aid: k for k, aid in enumerate(articles)}
    day = {aid: to_day(a.published) for aid, a in articles.items()}
    cluster = {aid: k for k, st in enumerate(clusters) for aid in st.articles}
    by_new: dict[str, list[str]] = {}
    for aid, ns in reached.items():
        for n in ns:
            by_new.setdefault(n, []).append(aid)
    out = set(fresh)
    for n, cands in by_new.items():
        here = day.get(n)

        def apart(aid: str, here: int | None = here) -> int:
            there = day.get(aid)
            return 0 if here is None or there is None else abs(here - there)

        def rank(aid: str, n: str = n) -> tuple[bool, int, int]:
            return cluster.get(aid) != cluster.get(n), apart(aid), -order.get(aid, -1)

        out.update(sorted((aid for aid in cands if aid not in fresh and apart(aid) <= days), key=rank)[:per_new])
    return out


def _answers(c: Claim) -> bool:
    """A denial or a negated statement: the denial rules link it past shared words."""
    return c.polarity == "deny" or c.negated


def edge(store: StoredStory, scope: set[str], events: dict[str, str] | None = None) -> dict[str, set[str]]:
    """The stored incidents at the scope's edge: article outside ``scope`` -> ids of its event mentions that
    belong to a stored event with a mention inside it. ``events``, when given, is filled with each of those
    mentions' stored event (mention id -> event id)."""
    out: dict[str, set[str]] = {}
    for ev in store.article_events(scope):
        for span, mid in zip(ev.mentions, ev.mention_ids, strict=False):
            if span.article not in scope:
                out.setdefault(span.article, set()).add(mid)
                if events is not None:
                    events[mid] = ev.id
    return out


def _incident_part(analysis: ArticleAnalysis, mentions: set[str]) -> ArticleAnalysis:
    """What the incident steps read of an article at the scope's edge: its stored incidents' mentions (with
    the entity mentions and sentences they are placed by), no claims and no other events."""
    return replace(analysis, events=tuple(m for m in analysis.events if m.id in mentions), claims=())


def fuse_incremental(store: StoredStory, config: Config, resources: Resources, new: Collection[str],
                     on_step: Callable[[str, int, int], None] | None = None,
                     kept: dict[str, Any] | None = None) -> tuple[Story, Plan]:
    """Fuse ``new`` articles into the stored story; returns the story part to save with its scope.

    The returned story holds every entity, story cluster and source family, and the events, claims,
    claim links and supports of the scope's articles (see the module docstring). ``kept``: what the store keeps
    for source families (:data:`storyline.fuse.corroboration.WORDS_KEY`: sentence words; ``GRAMS_KEY``,
    ``VERDICTS_KEY``: sampled 8-grams and passage verdicts), state filled in place.
    """
    from storyline.fuse.stories import CENTROID_SAMPLE, _sample

    st = store
    articles = {a.id: a for a in st.articles()}
    profiled, _ = _sample(list(articles.values()), st.stories(), CENTROID_SAMPLE)
    # the resolving steps read no claims and no time expressions of the stored articles story clustering profiles
    # (up to ``STORED_BUDGET`` of them, most outside the scope): those are read without (a third of their JSON, and
    # a fifth of what decoding the rest costs), and the scope's and the edge's among them are given them back below
    whole = st.analyses(new)
    bare = st.analyses({a.id for a in profiled} - whole.keys(), claims=False, timexes=False)
    analyses = {aid: whole[aid] if aid in whole else bare[aid] for aid in articles
                if aid in whole or aid in bare}  # in corpus order
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=analyses,
                      new=set(new), store=st)
    ctx.story.articles = list(articles.values())
    steps = config.fuse_steps
    gc.freeze()  # what was loaded lives through fusion: spare the collector rescanning it (as fuse() does)
    try:
        run_steps(ctx, RESOLVING, on_step, total=len(steps))
        touched = touched_clusters(ctx.story.stories, new)
        reached = reach(st, touched, {a: analyses[a] for a in new if a in analyses})
        scope = bounded(reached, ctx.story.stories, articles, new)
        stored_events: dict[str, str] = {}
        outside = edge(st, scope - set(new), stored_events)
        ctx.state[STORED_KEY] = stored_events  # each stored incident at the edge enters whole
        more = st.analyses(scope - analyses.keys())
        times = st.analysis_timexes((scope | outside.keys()) & bare.keys())  # (the events step reads them)
        more.update((aid, replace(bare[aid], claims=claims, timexes=times.get(aid, ())))
                    for aid, claims in st.analysis_claims(scope & bare.keys()).items())
        parts = st.incident_parts({aid: ids for aid, ids in outside.items() if aid not in analyses})
        n_read = len(analyses) + len(more) + len(parts)
        # (an edge article's part holds no claims: one read without them serves as well)
        parts.update({aid: _incident_part(replace(analyses[aid], timexes=times.get(aid, ())), ids)
                      if aid in bare else _incident_part(analyses[aid], ids)
                      for aid, ids in outside.items() if aid in analyses})
        both = {**analyses, **more}
        inside = {aid: both[aid] for aid in articles if aid in scope and aid in both}  # corpus order
        incidents = {aid: inside[aid] if aid in inside else parts[aid] for aid in articles
                     if aid in inside or aid in parts}
        map_mentions(ctx, incidents.keys() | inside.keys())  # the entities of the mentions the steps below read
        kept = {} if kept is None else kept
        ctx.state[SENTENCES_KEY] = _sentences(st, articles, inside, kept.get(WORDS_KEY, {}))
        ctx.state.update(kept)
        fixed = st.article_claim_links(scope - set(new))
        for k, name in enumerate(steps[len(RESOLVING):], len(RESOLVING)):
            ctx.analyses = incidents if name in INCIDENT_STEPS else inside
            run_steps(ctx, (name,), on_step, first=k, total=len(steps))
            if name == "claims":
                _join_fixed_links(ctx, scope, *fixed)
        _drop_outside_claims(ctx, scope)
    finally:
        gc.unfreeze()
    if on_step:
        on_step("", len(steps), len(steps))
    marks = {aid: analyses[aid].config_hash if aid in analyses else "" for aid in new if aid in articles}
    plan = Plan(frozenset(new), frozenset(scope), n_read, marks, len(touched), len(set(new) | set(reached)),
                len(outside))
    log.info("incremental fusion: %d new article(s), scope %d of %d (%d more at its edge), %d analyses read",
             len(new), len(scope), len(articles), len(outside), plan.loaded)
    return ctx.story, plan


def _join_fixed_links(ctx: FuseContext, scope: set[str], links: list[ClaimLink], others: list[Claim]) -> None:
    """After the claims step: the stored links from the scope's claims to claims outside it are kept as they
    are (the claims step saw only the scope), and the claims at their other ends join the story so that
    support is graded on every link (they are taken out again before saving: :func:`_drop_outside_claims`)."""
    mine = {c.id for c in ctx.story.claims}
    kept = [lk for lk in links if (lk.from_ in mine) != (lk.to in mine)]
    ctx.story.claim_links = [*ctx.story.claim_links, *kept]
    ctx.story.claims = [*ctx.story.claims, *(c for c in others if c.article not in scope)]


def _drop_outside_claims(ctx: FuseContext, scope: set[str]) -> None:
    """At the end: claims of articles outside the scope (and their supports, graded on part of their
    links) are not the story's to save; the stored ones stay."""
    ctx.story.claims = [c for c in ctx.story.claims if c.article in scope]
    ids = {c.id for c in ctx.story.claims}
    ctx.story.claim_support = {k: v for k, v in ctx.story.claim_support.items() if k in ids}


def _sentences(store: StoredStory, articles: Mapping[str, Article], analyses: Mapping[str, ArticleAnalysis],
               known: Mapping[str, str]) -> dict[str, ArticleAnalysis]:
    """Stand-in analyses (sentence spans only) of the articles outside the scope whose sentence words are not
    ``known``, for source families."""
    rest = [aid for aid in articles if aid not in analyses and aid not in known]
    spans = store.analysis_sentences(rest)
    out = {aid: ArticleAnalysis(article=aid, config_hash="", sentences=s) for aid, s in spans.items()}
    return {**out, **analyses}
