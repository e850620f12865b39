"""Actions told with the same word inside one story: the pass after incident clustering.

The events step (:mod:`storyline.fuse.events`) joins two article-level
incidents across articles only on positive evidence (a shared place,
participant, date, similar sentences): coverage that names none of these,
as short wire copies, feature pieces and undated texts often do, leaves one
death, one hiring or one arraignment in as many events as articles. Within
one story cluster (:mod:`storyline.fuse.stories`) an event of one type told
with the same trigger word is, unless something tells them apart, the same
one: the convention of event coreference work since the same-lemma baseline
of ECB+ (Cybulska & Vossen 2014; Upadhyay et al. 2016), here with the events
step's hard stops as the things that tell them apart.

:func:`link` merges clusters of the events step (largest bucket of one type and lemma first, each
cluster joining the first earlier one it may join) when they

- have the same type and share a trigger lemma (``EventMention.lemma``; the text for analyses stored
  before the field existed),
- tell one story: an article of each in one story cluster, or two articles naming ``SHARED_ENTITIES``
  of the same entities (story clustering may split one story's coverage),
- pass :func:`storyline.fuse.events.compatible` (sub-types, realis vs. not, negation, stated dates that
  miss each other, a date after a report, main places that cannot hold one event, other sides of a
  directed event), recomputed on the merged cluster,
- and, for the sub-types a story holds many of (``events.RECURRING_SUBTYPES``: talks, visits, attacks,
  arrests...), share a participant or a place, or are told in close sentences (MiniLM cosine
  ``SAME_SENTENCE``), and are not told at times apart (the events step's date evidence is not negative):
  the word alone does not make two attacks, or two visits months apart, one.

Acts of saying (``events.SPEECH_SUBTYPES``: "police said" is said many times in a story, by many speakers;
the events step leaves each alone) join when their speakers are the same (:func:`speakers`: entities, or the
words of an unnamed speaker such as "police", within one story).

A trigger word the parser left inflected is read as its story's lemma (:func:`base_forms`: "Kills" and "Fired"
of a title-case headline, "the Galas", when "kill", "fire", "gala" are told elsewhere in the story), in the
buckets of one word here and in :func:`untyped` and :func:`typed_homes`.

Clusters that share an article may join (the events step leaves one article's "the sentencing" apart
from its "was sentenced" for lack of evidence); the hard stops keep its separate incidents apart.

Actions outside the ontology (type ``OTHER``: the analysis makes them for trigger spans it is handed,
``extract_events(at=...)``; its own triggers are all typed) are linked by :func:`untyped`, not by the
events step, which has no type to block them on: a word told again in one article with arguments and a
time that do not clash is one action; across articles of one story the same word needs evidence as well
(a shared participant or place, dates that agree, an event of the story or an entity told in the sentences
of both, or close sentences), since a story holds many "met", "said" and "fell". An untyped action then joins
the typed event told in its incident's articles with its word or one close in meaning (:func:`typed_homes`,
``CLOSE_WORD``: cosine of the trigger lemmas' sentence-encoder vectors; one outlet's "nominee" where another's
"nominated" is typed). Two untyped actions of close words stay apart: tried, ECB+ dev +0.05 CoNLL F1 and MEANTIME
-0.3 (a quarter's "loss" joined the next quarter's "lost"; "won" and "lost" are as close in these vectors).

Inside the articles of one incident (a document cluster), an action told as done in one and as to come in another
is one action when their reports are a night apart at most and none tells the deed after the plan
(:func:`told_as_done`): outlets word one announcement as "X to host Y", "was picked to host", "will host" and
"hosts", and the parse reads some as done; a deed reported after its plan's report (the visit, a day after "will
travel there on Tuesday") is the happening and stays apart, as do both told in one article, and violence (a planned
attack is not the one that happened). Measured on ECB+ dev with gold mentions: 75.82 -> 76.32 CoNLL F1
(docs/evaluation.md).

Wire copies and rewrites retell one incident in each other's sentences: the same word at the same place of two
alike sentences of one incident's articles ties their clusters, the hard stops still holding (:func:`twins`,
``TWIN_SENTENCE``: half the sentences' words, in order).

Measured on ECB+ dev with gold mentions (docs/evaluation.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from functools import cached_property, partial

from storyline.analyze.events.ontology import uninflected
from storyline.fuse import FuseContext, fuse_step
from storyline.fuse.chains import Similar, chains, lemma_similarity, word_similarity
from storyline.fuse.doc_clusters import doc_clusters
from storyline.fuse.events import (
    CLUSTERS_KEY,
    NIGHT,
    OLD_DAYS,
    RECURRING_SUBTYPES,
    SPEECH_SUBTYPES,
    STATE_KEY,
    VIOLENT_TYPES,
    Cluster,
    Info,
    Summary,
    _date_score,
    _embed,
    _info,
    _meet,
    _place_names,
    _specific_link,
    about_apart,
    build_event,
    compatible,
    only_if_linked,
    summarize,
)
from storyline.fuse.forest import root
from storyline.fuse.places import PlaceGraph
from storyline.model import Article, Event, EventMention
from storyline.timevalues import value_interval


def lemma_of(m: EventMention, base: Mapping[str, str] | None = None) -> str:
    """The trigger's lemma (lower case), else its lower-cased text (analyses stored before ``lemma``); with
    ``base`` (:func:`base_forms`), a form the parser left inflected read as its story's lemma."""
    word = (m.lemma or m.text).lower()
    return base.get(word, word) if base else word


def base_forms(ctx: FuseContext) -> dict[str, str]:
    """Trigger lemmas the parser left inflected, each to the lemma of the same word the story tells elsewhere.

    spaCy reads the capitalized words of a title-case headline as proper nouns and keeps their form as
    lemma ("Gunman Kills Three", "Coach Fired", "the Sarn Galas"), so one outlet's "kills" never met another's
    "kill" in the buckets below. A word ending in -s or -ed is read as the shorter word (-s; -d, then -ed)
    when that is itself a trigger lemma of the story; nothing else is guessed.
    """
    known = {lemma_of(m) for a in ctx.analyses.values() for m in a.events}
    out = {}
    for word in known:
        hit = next((w for w in uninflected(word) if len(w) >= 3 and w in known), None)
        if hit is not None:
            out[word] = hit
    return out


def story_of(c: Cluster) -> str | None:
    """The story cluster of most of its mentions (ties: the smallest id), None when none is known."""
    counts = Counter(i.story for i in c.infos if i.story)
    return min(counts, key=lambda s: (-counts[s], s)) if counts else None


#: entities two articles must share to count as telling the same story when story clustering put them apart
SHARED_ENTITIES = 2
#: MiniLM cosine of two clusters' trigger sentences (mean vectors) that tells one recurring action twice
SAME_SENTENCE = 0.7
#: ... and across the articles of one incident (fuse/doc_clusters.py), where the word itself is evidence
INCIDENT_SENTENCE = 0.45
#: cosine of two trigger lemmas' vectors at which two actions' words may tell one action ("nominee"/"nominate")
CLOSE_WORD = 0.7
#: a (type, lemma) bucket larger than this is split by story cluster (a corpus-wide "attack" says nothing)
MAX_BUCKET = 400


def article_entities(ctx: FuseContext) -> dict[str, frozenset[str]]:
    """The entities each article names (fused ids), for :func:`together`."""
    out: dict[str, set[str]] = defaultdict(set)
    for (article, _, _), eid in ctx.mention_entity.items():
        out[article].add(eid)
    return {a: frozenset(e) for a, e in out.items()}


def together(a: Cluster, b: Cluster, stories: dict[str, str], entities: dict[str, frozenset[str]]) -> bool:
    """Two clusters tell one story: an article of each in the same story cluster, or naming
    ``SHARED_ENTITIES`` of the same entities (story clusters are topics; one story's coverage may be split)."""
    sa = {stories[x] for x in a.articles if x in stories}
    if sa & {stories[y] for y in b.articles if y in stories}:
        return True
    return any(len(entities.get(x, frozenset()) & entities.get(y, frozenset())) >= SHARED_ENTITIES
               for x in a.articles for y in b.articles)


class _Root(Cluster):
    """A root's cluster inside :func:`link`, its articles' set made once: each root meets every other root of its
    buckets, and the rules ask for both sides' articles several times a meeting (about 400k sets on 5k articles)."""

    @cached_property
    def articles(self) -> set[str]:
        return {i.m.article for i in self.infos}


def link(ctx: FuseContext, clusters: list[Cluster], places: PlaceGraph, same_article: bool = True,
         base: Mapping[str, str] | None = None) -> list[Cluster]:
    """Merge same-type clusters of one story that share a trigger lemma and can be one (module docstring);
    ``same_article=False`` keeps clusters that share an article apart. ``base``: :func:`base_forms`, when the
    caller has them."""
    stories = {aid: st.id for st in ctx.story.stories for aid in st.articles}
    entities = article_entities(ctx)
    docs = doc_clusters(ctx)
    base = base_forms(ctx) if base is None else base
    days = report_days(ctx)
    infos = [list(c.infos) for c in clusters]
    parent = list(range(len(clusters)))
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for n, c in enumerate(clusters):
        for word in sorted({lemma_of(i.m, base) for i in c.infos}):
            buckets[(c.infos[0].m.type, word, "")].append(n)
    for key in [k for k in buckets if len(buckets[k]) > MAX_BUCKET]:
        for n in buckets.pop(key):
            buckets[(key[0], key[1], story_of(clusters[n]) or "")].append(n)

    find = partial(root, parent)
    # a root's summary, made once and again only when the root takes a cluster in: each root meets every
    # other root of its buckets, and summarizing it anew at each meeting cost most of the step's time
    summaries: dict[int, Summary] = {}

    def summary(n: int) -> Summary:
        if n not in summaries:
            summaries[n] = summarize(Cluster(infos[n]))
        return summaries[n]

    made: dict[int, _Root] = {}  # likewise a root's cluster (its articles), made again when it takes one in

    def cluster(n: int) -> _Root:
        if n not in made:
            made[n] = _Root(infos[n])
        return made[n]

    order = sorted(buckets, key=lambda k: (-len(buckets[k]), k))
    # the last bucket that holds one of a root's clusters: past it, nothing asks for the root's summary or
    # cluster again, so both are dropped there (held for every root to the end, they were the step's memory peak:
    # about 56 MiB at 5k Reuters articles; most clusters have one trigger lemma, so one bucket)
    last = [0] * len(clusters)
    for k, key in enumerate(order):
        for n in buckets[key]:
            last[n] = k
    for k, key in enumerate(order):
        roots = list(dict.fromkeys(find(n) for n in buckets[key]))
        for i, r in enumerate(roots):
            for head in roots[:i]:
                if parent[head] != head:
                    continue
                a, b = cluster(head), cluster(r)
                one = one_incident(a, b, docs)
                if (one or together(a, b, stories, entities)) and _joinable(a, b, places, same_article, one,
                                                                            (summary(head), summary(r)), days):
                    infos[head] += infos[r]
                    infos[r] = []
                    parent[r] = head
                    last[head] = max(last[head], last[r])
                    summaries.pop(head, None)
                    made.pop(head, None)
                    made.pop(r, None)
                    break
        for r in roots:
            if parent[r] != r or last[r] <= k:
                summaries.pop(r, None)
                made.pop(r, None)
    merged = {parent[n] for n in range(len(clusters)) if parent[n] != n}
    return [Cluster(infos[n]) if n in merged else clusters[n] for n in range(len(clusters)) if parent[n] == n]


def speakers(c: Cluster) -> frozenset[str]:
    """Who said it: the actors' entities, or the lower-cased words of an unnamed one ("police", "the army")."""
    return frozenset(p.entity or "~" + p.text.lower() for i in c.infos for p in i.participants if p.role == "actor")


def incident_docs(c: Cluster, docs: Mapping[str, str]) -> frozenset[str]:
    """The document clusters (:mod:`storyline.fuse.doc_clusters`) of a cluster's articles that are known."""
    return frozenset(docs[a] for a in c.articles if a in docs)


def one_incident(a: Cluster, b: Cluster, docs: Mapping[str, str]) -> bool | None:
    """Do the two clusters' articles tell one incident? True: an article of each is in one document cluster;
    False: both clusters' document clusters are known and none is shared; None: unknown."""
    x, y = incident_docs(a, docs), incident_docs(b, docs)
    if x & y:
        return True
    known = all(art in docs for c in (a, b) for art in c.articles)
    return False if known else None


def _joinable(a: Cluster, b: Cluster, places: PlaceGraph, same_article: bool, one_doc: bool | None = None,
              made: tuple[Summary, Summary] | None = None, days: Mapping[str, dt.date] | None = None) -> bool:
    """``one_doc``: whether the two clusters' articles tell one incident (:func:`one_incident`); ``made``: the
    summaries of ``a`` and ``b`` when the caller has them; ``days``: :func:`report_days`."""
    if not same_article and a.articles & b.articles:
        return False
    if told_apart_in_article(a, b):
        return False
    x, y = made or (summarize(a), summarize(b))
    if one_doc:
        x, y = told_as_done(x, y, days or {})
    if not compatible(x, y, places):
        return False
    if only_if_linked(x, y, by_word=True) and not _specific_link(x, y, places):
        return False  # an older incident recalled in passing, an expected one: not by their word (events step)
    if (x.subtypes | y.subtypes) <= SPEECH_SUBTYPES:
        # one speaker's acts of saying: the same speakers (an equivalence, so the order of joins does not
        # matter; a pooled "shares one" would chain a story's statements into one)
        who = speakers(a)
        return bool(who) and who == speakers(b)
    if (x.subtypes | y.subtypes) <= RECURRING_SUBTYPES or one_doc is False:
        # a story holds many talks, visits, attacks, arrests: the word alone does not make them one
        # (and neither is told far from the other's time: two visits reported months apart are two); inside
        # the articles of one incident (``one_doc``) less alike sentences do unless their counts of people
        # (held, killed) or their named actors or targets differ (the arrests of two men on the day of a
        # bombing and its organiser's a fortnight later); across incidents (``one_doc`` False) no word suffices
        bar = INCIDENT_SENTENCE if one_doc and not _counted_apart(x, y) and not _other_parties(a, b) \
            else SAME_SENTENCE
        close = x.vec is not None and y.vec is not None and float(x.vec @ y.vec) >= bar
        return bool(x.parts & y.parts or x.places & y.places or close) and _date_score(x, y) >= 0
    return True


def told_apart_in_article(a: Cluster, b: Cluster) -> bool:
    """An article tells both clusters and marks one as another incident than the other ("In a separate
    incident, four miners were injured in a roof collapse" after the mine's collapse): the word they share
    does not make them one (the events step kept them apart for that mark)."""
    for art in a.articles & b.articles:
        if any(i.m.distinct for c in (a, b) for i in c.infos if i.m.article == art):
            return True
    # one sentence told them days apart ("X was arrested, while Y was arrested three days later": Info.later, see
    # :func:`storyline.fuse.events.later_links`; not every order of acts: "after the attack" names the attack again
    # as often as another one, and ECB+ lost 0.14 CoNLL F1 with every order_links pair here)
    ids = {i.m.id for i in b.infos}
    return bool(a.articles & b.articles) and any(i.later & ids for i in a.infos)


def _counted_apart(x: Summary, y: Summary) -> bool:
    """Both count the people held or killed, and no count agrees."""
    if x.held and y.held and not x.held & y.held:
        return True
    return bool(x.deaths and y.deaths) and not any(p[0] <= q[1] and q[0] <= p[1] for p in x.deaths for q in y.deaths)


Anchors = dict[tuple[str, int], frozenset[str]]
"""(article, sentence start) -> the events told in that sentence (and, for :func:`untyped`, the entities named)."""


def anchors_of(pairs: list[tuple[Cluster, Event]]) -> Anchors:
    """The story's events (not acts of saying) told in each sentence: what an untyped action there is part of."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c, ev in pairs:
        for i in c.infos:
            if i.m.subtype not in SPEECH_SUBTYPES:
                out[(i.m.article, i.m.sentence_start)].add(ev.id)
    return {k: frozenset(v) for k, v in out.items()}


def untyped(ctx: FuseContext, places: PlaceGraph, anchors: Anchors | None = None,
            base: Mapping[str, str] | None = None) -> list[Cluster]:
    """The story's actions outside the ontology (module docstring), one cluster per action."""
    mentions = sorted((m for aid in sorted(ctx.analyses) for m in ctx.analyses[aid].events
                       if m.type == "OTHER" and m.modality != "generic" and m.field is None),  # not a headline's
                      key=lambda m: (m.article, m.start, m.id))
    if not mentions:
        return []
    types = {e.id: e.type for e in ctx.story.entities}
    stories = {aid: st.id for st in ctx.story.stories for aid in st.articles}
    names = {e.id: e.name for e in ctx.story.entities}
    by_name = _place_names(ctx)
    infos = [_info(ctx, m, types, stories, names, by_name) for m in mentions]
    _embed(ctx, infos)
    clusters = [Cluster([i]) for i in infos]
    entities = article_entities(ctx)
    docs = doc_clusters(ctx)
    anchors = named_with(ctx, infos, anchors or {})
    base = base_forms(ctx) if base is None else base
    days = report_days(ctx)
    by_word: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        by_word[lemma_of(c.infos[0].m, base)].append(c)
    out: list[Cluster] = []
    for word in sorted(by_word):
        # one article's mentions first: a later article's evidence then meets the whole action it told
        joined = _group(by_word[word], lambda a, b: bool(a.articles & b.articles) and _same_action(a, b, places))
        out += _group(joined, lambda a, b: not a.articles & b.articles and _across(a, b, places, anchors, docs,
                                                                                together(a, b, stories, entities),
                                                                                days))
    return out


def _words(c: Cluster, base: Mapping[str, str] | None = None) -> frozenset[str]:
    return frozenset(lemma_of(i.m, base) for i in c.infos)


def _across(a: Cluster, b: Cluster, places: PlaceGraph, anchors: Anchors, docs: Mapping[str, str],
            same_story: bool, days: Mapping[str, dt.date] | None = None) -> bool:
    """Two articles' actions told with one word: one action when their articles tell one incident (a document
    cluster) and nothing tells them apart; across incidents never; else when evidence ties them."""
    one = one_incident(a, b, docs)
    if one is None:
        return same_story and _same_action(a, b, places, anchors)
    return one and _same_action(a, b, places, anchors, close=INCIDENT_SENTENCE, days=days)


def _group(clusters: list[Cluster], may_join: Callable[[Cluster, Cluster], bool]) -> list[Cluster]:
    """Each cluster, in order, joins the first earlier group it may join (checked on the merged group)."""
    groups: list[Cluster] = []
    for c in clusters:
        for n, g in enumerate(groups):
            if may_join(g, c):
                groups[n] = Cluster(g.infos + c.infos)
                break
        else:
            groups.append(c)
    return groups


#: the modalities of an action told as done or as to come (not negated, denied...: those stay apart)
DONE_OR_TO_COME = frozenset({"realis", "irrealis"})


def report_days(ctx: FuseContext) -> dict[str, dt.date]:
    """The publication day of each article that states one (the last day of its published value)."""
    out = {}
    for aid, art in ctx.articles.items():
        iv = value_interval(art.published) if art.published else None
        if iv is not None:
            out[aid] = iv[1]
    return out


def told_as_done(x: Summary, y: Summary, days: Mapping[str, dt.date]) -> tuple[Summary, Summary]:
    """Two summaries of one incident's articles, one told as done and the other as to come, read as one action
    (both returned as done; otherwise unchanged) when their reports allow it.

    Outlets telling one announcement word it differently: a headline's "X to host Y", "was picked to host" and
    "will host" beside "hosts", and the parse reads some as done and some as to come; the events step's hard
    stop on realis vs. not then keeps one hosting in two pieces. An action told as done in a report no later than
    the one that tells it as to come, and within a night of it, cannot be the deed that followed the plan: the two
    are one announcement's coverage read two ways (a deed reported weeks before a plan is an earlier deed; reports
    with no date say nothing against it). One article telling both tells two ("his first visit in November; he is
    expected again"). A deed reported after the report of its plan ("will travel to Lesk on Tuesday", then "met ...
    in Lesk on Tuesday" a day later) is the happening, kept apart from its expectation as the events step keeps
    it, and so is violence (a planned attack is not the one that happened: ``events._foreseen``).
    """
    if x.mclasses == y.mclasses or not (x.mclasses <= DONE_OR_TO_COME and y.mclasses <= DONE_OR_TO_COME) \
            or x.type in VIOLENT_TYPES or x.articles & y.articles:
        return x, y
    # the side told as done: the one with no plan in it, else the one that has a deed in it
    done, to_come = (x, y) if "irrealis" not in x.mclasses or "realis" not in y.mclasses else (y, x)
    told = [days[a] for a in done.articles if a in days]
    planned = [days[a] for a in to_come.articles if a in days]
    if told and planned and (max(told) > min(planned) or (max(planned) - min(told)).days > NIGHT):
        return x, y
    both = frozenset({"realis"})
    return dataclasses.replace(x, mclasses=both), dataclasses.replace(y, mclasses=both)


def _same_action(a: Cluster, b: Cluster, places: PlaceGraph, anchors: Anchors | None = None,
                 close: float = SAME_SENTENCE, days: Mapping[str, dt.date] | None = None) -> bool:
    """Nothing tells them apart (the events step's hard stops, other actors or targets); across articles
    (``anchors`` given) something ties them as well: a participant or place of both, dates that agree,
    an event told or an entity named in the sentences of both, or close sentences. ``days`` (:func:`report_days`):
    the two are told in the articles of one incident, where :func:`told_as_done` applies."""
    evidence = anchors is not None
    x, y = summarize(a, with_vector=evidence), summarize(b, with_vector=evidence)
    if days is not None:
        x, y = told_as_done(x, y, days)
    if not compatible(x, y, places, strict_places=evidence) or _other_parties(a, b):
        return False
    if anchors is None or x.parts & y.parts or x.places & y.places or _date_score(x, y) > 0:
        return True
    if _told_with(a, anchors) & _told_with(b, anchors):
        return True
    return x.vec is not None and y.vec is not None and float(x.vec @ y.vec) >= close


def named_with(ctx: FuseContext, infos: list[Info], anchors: Anchors) -> Anchors:
    """``anchors`` with the entities named in the sentences of ``infos`` added (the people, groups and places
    the sentence tells the action with, as arguments or not)."""
    sentences: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i in infos:
        sentences[i.m.article].append((i.m.sentence_start, i.m.sentence_end))
    out = {k: set(v) for k, v in anchors.items()}
    for (article, start, _), eid in ctx.mention_entity.items():
        for lo, hi in sentences.get(article, ()):
            if lo <= start < hi:
                out.setdefault((article, lo), set()).add(eid)
    return {k: frozenset(v) for k, v in out.items()}


def _told_with(c: Cluster, anchors: Anchors) -> frozenset[str]:
    return frozenset(e for i in c.infos for e in anchors.get((i.m.article, i.m.sentence_start), ()))


def _other_parties(a: Cluster, b: Cluster) -> bool:
    """Both name who acted (or who it was done to), and no one is named by both."""
    for role in ("actor", "target"):
        left, right = (frozenset(p.entity for i in c.infos for p in i.participants if p.role == role and p.entity)
                       for c in (a, b))
        if left and right and not left & right:
            return True
    return False


def typed_homes(typed: list[Cluster], loose: list[Cluster], docs: Mapping[str, str], places: PlaceGraph,
                similar: Similar | None = None, base: Mapping[str, str] | None = None,
                days: Mapping[str, dt.date] | None = None) -> tuple[list[Cluster], list[Cluster]]:
    """Untyped actions told with the word of a typed event of the same incident join it.

    The analysis types a word by its sense in the sentence, so one incident's "fall" or "hit" may be typed
    in one article and left outside the ontology in another; each part is clustered on its own above and
    the two never meet. An untyped cluster joins the typed cluster that holds most mentions of its word (with
    ``similar``, also of words close in meaning: ``CLOSE_WORD``; "dead" for "killed") in its document clusters
    (:mod:`storyline.fuse.doc_clusters`), when nothing tells them apart (the hard stops of
    :func:`storyline.fuse.events.compatible` on the typed cluster's type, other actors or targets).
    """
    where: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for n, c in enumerate(typed):
        for i in c.infos:
            if i.m.article in docs:
                where[(docs[i.m.article], lemma_of(i.m, base))][n] += 1
    near: dict[str, set[str]] = defaultdict(set)  # document cluster -> the typed words told in it
    for d, w in where:
        near[d].add(w)
    grown: dict[int, list[Info]] = {}
    left = []
    for u in loose:
        words = _words(u, base)
        votes: Counter[int] = Counter()
        for d in incident_docs(u, docs):
            for w in near.get(d, ()):
                if w in words or (similar is not None and any(similar(x, w) >= CLOSE_WORD for x in words)):
                    votes.update(where[(d, w)])
        home = next((n for n, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
                     if _may_take(Cluster(grown.get(n, typed[n].infos)), u, places, days or {})), None)
        if home is None:
            left.append(u)
        else:
            grown[home] = grown.get(home, list(typed[home].infos)) + u.infos
    return [Cluster(grown[n]) if n in grown else c for n, c in enumerate(typed)], left


#: how alike two sentences of one incident's articles must be (share of their words in the same order,
#: ``difflib``'s ratio) for the same word at the same place of both to tell one action (:func:`twins`)
TWIN_SENTENCE = 0.5
_WORD = re.compile(r"\w+|[^\w\s]")


def twins(clusters: list[Cluster], docs: Mapping[str, str], articles: Mapping[str, Article], places: PlaceGraph,
          base: Mapping[str, str] | None = None, days: Mapping[str, dt.date] | None = None) -> list[Cluster]:
    """Clusters holding the same word at the same place of twin sentences of one incident's articles join.

    Outlets retell one incident in each other's sentences (wire copies, rewrites of a wire story): "Police
    charged the driver on Sunday" in one article and "Police on Sunday charged the driver" in another tell one
    charging. When two articles of one document cluster (:mod:`storyline.fuse.doc_clusters`) have sentences
    alike in ``TWIN_SENTENCE`` of their words, in order, and the same trigger word stands at the same place of
    the alignment in both, the copies are evidence that the two mentions' clusters are one action: they join
    unless a hard stop of the events step keeps them apart (:func:`_may_join`; one side is read with the other's
    type and sub-type, as :func:`typed_homes` reads an untyped side: the copies' types come from their parses). A
    different word at that place is not enough (a rewrite's "arrested" may stand where the wire's "threatened"
    was), and the two mentions' own places and dates still tell copies apart (:func:`_told_apart`: a yearly
    event is retold in last year's words).

    Joining past every stop (the copies' parses disagreeing on a place, a modality as well) gained more on ECB+
    dev (+1.4 CoNLL F1) but joined two attacks of one story told in alike sentences in the examples corpus.
    """
    at: dict[tuple[str, str], list[tuple[int, Info]]] = defaultdict(list)
    for n, c in enumerate(clusters):
        for i in c.infos:
            if i.m.article in docs:
                at[(docs[i.m.article], lemma_of(i.m, base))].append((n, i))
    # per sentence met, made once (a large store's fusion meets hundreds of thousands): a number standing for it
    # in the pair keys below, its words (one string per distinct word) and their offsets as machine integers (a
    # tuple of a new string and two integers per word held most of the step's memory)
    words: dict[tuple[str, int], tuple[int, tuple[str, ...], array[int], array[int]]] = {}
    vocab: dict[str, str] = {}

    def sentence(m: EventMention) -> tuple[int, tuple[str, ...], array[int], array[int]]:
        key = (m.article, m.sentence_start)
        if key not in words:
            text = articles[m.article].text if m.article in articles else ""
            found = list(_WORD.finditer(text, m.sentence_start, m.sentence_end))
            words[key] = (len(words), tuple(vocab.setdefault(w := f.group().lower(), w) for f in found),
                          array("l", [w.start() for w in found]), array("l", [w.end() for w in found]))
        return words[key]

    aligned: dict[int, list[tuple[int, int, int]]] = {}  # (one sentence's number, the other's) as one integer
    apart: list[tuple[int, int, int]] = []  # shared by the pairs not alike enough

    def blocks(x: EventMention, y: EventMention) -> list[tuple[int, int, int]]:
        """The runs of words the two mentions' sentences share, in order; none when they are not alike enough."""
        (i, a, _, _), (j, b, _, _) = sentence(x), sentence(y)
        key = i << 32 | j
        if key not in aligned:
            # the words both hold, counted with repeats, bound the ratio from above: most pairs end here
            alike = bool(a and b) and 2 * len(bag(x) & bag(y)) >= TWIN_SENTENCE * (len(a) + len(b))
            match = difflib.SequenceMatcher(None, a, b, autojunk=False) if alike else None
            aligned[key] = [(i, j, n) for i, j, n in match.get_matching_blocks() if n] \
                if match is not None and match.ratio() >= TWIN_SENTENCE else apart
        return aligned[key]

    bags: dict[int, frozenset[str]] = {}

    def bag(m: EventMention) -> frozenset[str]:
        """The sentence's words, each with how many times it came before (a multiset as a set): a word's first
        time is the word itself, its k-th repeat the word, a NUL and k (no word holds a NUL beside another
        character), so most members are the words' own strings and not a pair apiece."""
        n, ws, _, _ = sentence(m)
        if n not in bags:
            seen: Counter[str] = Counter()
            items = []
            for w in ws:
                items.append(f"{w}\x00{seen[w]}" if seen[w] else w)
                seen[w] += 1
            bags[n] = frozenset(items)
        return bags[n]

    def same_place(x: EventMention, y: EventMention) -> bool:
        _, _, x_lo, x_hi = sentence(x)
        _, _, y_lo, y_hi = sentence(y)
        # the words a mention overlaps: a run of the sentence's words, whose starts and ends both ascend
        xs = range(bisect_right(x_hi, x.start), bisect_left(x_lo, x.end))
        y_first, y_end = bisect_right(y_hi, y.start), bisect_left(y_lo, y.end)
        return any(i <= n < i + size and y_first <= n - i + j < y_end for i, j, size in blocks(x, y) for n in xs)

    parent = list(range(len(clusters)))
    find = partial(root, parent)
    joined: dict[int, list[Info]] = {}
    for group in at.values():
        for (p, x), (q, y) in ((u, v) for k, u in enumerate(group) for v in group[k + 1:]):
            if x.m.article != y.m.article and find(p) != find(q) and not _told_apart(x, y, places) \
                    and same_place(x.m, y.m):
                a, b = sorted((find(p), find(q)))
                left, right = (Cluster(joined.get(n, clusters[n].infos)) for n in (a, b))
                if not _may_join(left, right, places, days or {}):
                    continue
                parent[b] = a
                joined[a] = left.infos + right.infos
    if not joined:
        return clusters
    return [Cluster(joined[n]) if n in joined else c for n, c in enumerate(clusters) if find(n) == n]



def _may_join(a: Cluster, b: Cluster, places: PlaceGraph, days: Mapping[str, dt.date] | None = None) -> bool:
    """The events step's hard stops, one side read with the other's type: each copy's type is read from its own
    parse ("killed" an attack in one copy of a hit-and-run, a disaster in the other; "charged" an accusation or a
    court's act), and the copies tell one action; places, dates, modality, sides and parties still stop."""
    if told_apart_in_article(a, b):
        return False
    x, y = summarize(a, with_vector=False), summarize(b, with_vector=False)
    if x.type == "OTHER" and y.type != "OTHER":
        x, y = y, x
    y = dataclasses.replace(y, type=x.type, subtypes=x.subtypes, main_subtypes=x.main_subtypes)
    x, y = told_as_done(x, y, days or {})
    return compatible(x, y, places) and not _other_parties(a, b)


def _told_apart(x: Info, y: Info, places: PlaceGraph) -> bool:
    """The two mentions cannot be one action: places that cannot hold one event, stated dates that miss each
    other by more than a night, or both told as news in reports more than ``OLD_DAYS`` apart (a yearly launch
    retold in last year's words: "Sarn Motors today unveiled its new model", June 2008 and June 2009)."""
    if x.place is not None and y.place is not None and not places.compatible(x.place, y.place):
        return True
    if x.stated is not None and y.stated is not None and _meet((x.stated, y.stated), NIGHT) is None:
        return True
    return x.before is not None and y.before is not None and not (x.old or y.old) \
        and abs((x.before - y.before).days) > OLD_DAYS


def _may_take(t: Cluster, u: Cluster, places: PlaceGraph, days: Mapping[str, dt.date] | None = None) -> bool:
    x, y = summarize(t, with_vector=False), summarize(u, with_vector=False)
    y = dataclasses.replace(y, type=x.type, subtypes=x.subtypes, main_subtypes=x.main_subtypes)
    x, y = told_as_done(x, y, days or {})
    return compatible(x, y, places) and not _other_parties(t, u)


@fuse_step("actions")
def fuse_actions(ctx: FuseContext) -> None:
    """Regroup the events step's clusters (:func:`link`); events whose cluster did not change are kept as
    the events step built them. Each event then gets its chains (:mod:`storyline.fuse.chains`)."""
    built: list[tuple[Cluster, Event]] = ctx.state.get(CLUSTERS_KEY, [])
    places = ctx.state.get("events.places")
    if places is None:
        return  # the events step did not run
    was = {id(c.infos): ev for c, ev in built}
    base = base_forms(ctx)  # once: it reads every analysis's mentions
    clusters = link(ctx, [c for c, _ in built], places, base=base)
    pairs = [(c, was.get(id(c.infos)) or build_event(ctx, c, places)) for c in clusters]
    loose = untyped(ctx, places, anchors_of(pairs), base)
    similar = lemma_similarity(ctx, {lemma_of(i.m, base) for c in clusters + loose for i in c.infos}) \
        if loose else None
    docs = doc_clusters(ctx)
    days = report_days(ctx)
    clusters, loose = typed_homes(clusters, loose, docs, places, similar, base, days)
    clusters = about_apart(twins(clusters + loose, docs, ctx.articles, places, base, days))
    was = {id(c.infos): ev for c, ev in pairs}
    pairs = [(c, was.get(id(c.infos)) or build_event(ctx, c, places)) for c in clusters
             if any(i.m.field is None for i in c.infos)]  # headlines' mentions alone make no incident
    similar = word_similarity(ctx, [c for c, _ in pairs])
    pairs = [(c, dataclasses.replace(ev, chains=chains(c, similar))) for c, ev in pairs]
    pairs.sort(key=lambda p: (p[1].date.earliest or p[1].date.latest or "9999" if p[1].date else "9999", p[1].id))
    ctx.story.events = [ev for _, ev in pairs]
    ctx.state[STATE_KEY] = {mid: ev.id for _, ev in pairs for mid in ev.mention_ids}
    ctx.state[CLUSTERS_KEY] = pairs
