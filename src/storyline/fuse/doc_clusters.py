"""Which articles of a pile tell the same incident: document clusters finer than story clusters.

A pile of coverage often holds two incidents of one kind (two earthquakes in a week, two shootings in
different cities, a release from rehab this year and another one years ago). Story clustering
(:mod:`storyline.fuse.stories`) keeps such a pile together on purpose: it is one topic. Event and entity
coreference need the finer grouping, as the strong baselines of ECB+ do (documents clustered first,
same-lemma mentions linked inside a cluster: Barhom et al. 2019, Upadhyay et al. 2016): the words that
set two incidents apart are the specifics each article repeats (places, names, figures, the setting),
while the words of the kind ("earthquake", "magnitude", "rehab") are shared by all.

Each article is a TF-IDF vector of its title and text (content words, sublinear term frequency) plus its
names (the analysis' name and acronym mentions, normalized), the idf taken over the pile and smoothed
(``log((1 + n) / (1 + df)) + 1``): a word every article uses still counts a little, so a pile that tells one
incident stays one cluster rather than breaking up on its few rare words. Articles are joined by average
linkage (the mean cosine between two groups' articles) while that mean reaches
``Config.incident_similarity``.

Blocks: the whole pile when it holds at most ``MAX_BLOCK`` articles; else each story cluster of at most
that many (average linkage is quadratic in the block); articles of larger blocks get no cluster (unknown).

API: :func:`doc_clusters` (article id -> cluster id, computed once per fusion run and cached in
``ctx.state[STATE_KEY]``); :func:`cluster_documents` for texts without a fusion context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage

from storyline.analyze.tfidf import tokens, weigh
from storyline.fuse import FuseContext

#: ``ctx.state`` key of the cached clusters (article id -> cluster id)
STATE_KEY = "doc_clusters"
#: articles clustered in one block at most (average linkage holds the block's pairwise distances)
MAX_BLOCK = 2000

_NAME_JUNK = re.compile(r"\W+")
#: a name mention counts as this many words (names and places are what set one incident apart from another)
NAME_WEIGHT = 1


def name_key(text: str) -> str:
    """A name as a feature: lower case, one space between words, a leading article and a possessive dropped."""
    text = re.sub(r"^(the|a|an)\s+|['’]s$", "", text.strip().lower())
    return "name:" + _NAME_JUNK.sub(" ", text).strip()


def doc_vectors(texts: Sequence[str], names: Sequence[Iterable[str]]) -> list[dict[str, float]]:
    """Unit-length sparse TF-IDF rows of the texts with their names, smoothed idf over these texts."""
    counts = []
    for text, these in zip(texts, names, strict=True):
        c = Counter(tokens(text))
        for k in (name_key(n) for n in these):
            if k != "name:":
                c[k] += NAME_WEIGHT
        counts.append(c)
    return weigh(counts, fit=len(counts), smooth=True)


def cluster_documents(ids: Sequence[str], texts: Sequence[str], names: Sequence[Iterable[str]],
                      threshold: float) -> dict[str, str]:
    """``ids[i]`` -> its cluster's id (the smallest member id): average linkage of TF-IDF cosines while the
    mean cosine between two groups reaches ``threshold``."""
    if not ids:
        return {}
    if len(ids) == 1:
        return {ids[0]: ids[0]}
    matrix = _sparse(doc_vectors(texts, names))
    sims = np.clip((matrix @ matrix.T).toarray(), 0.0, 1.0)
    dist = 1.0 - sims[np.triu_indices(len(ids), k=1)]  # the condensed form scipy takes
    labels = fcluster(linkage(dist, method="average"), t=1.0 - threshold, criterion="distance")
    members: dict[int, list[str]] = {}
    for aid, label in zip(ids, labels, strict=True):
        members.setdefault(int(label), []).append(aid)
    return {aid: min(group) for group in members.values() for aid in group}


def _sparse(rows: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(w, len(vocab)) for row in rows for w in row]
    vals = [v for row in rows for v in row.values()]
    ptr = np.cumsum([0] + [len(row) for row in rows])
    return sparse.csr_matrix((np.asarray(vals, dtype=np.float64), cols, ptr), shape=(len(rows), max(len(vocab), 1)))


def _blocks(ctx: FuseContext) -> list[list[str]]:
    pile = sorted(ctx.articles)
    if len(pile) <= MAX_BLOCK:
        return [pile]
    # a story cluster holding no article this run fuses (``ctx.analyses``) is of no use to it: an incremental run
    # on a large store fuses a few hundred articles, and reading every cluster's texts grew with the store
    return [sorted(s.articles) for s in ctx.story.stories
            if len(s.articles) <= MAX_BLOCK and not ctx.analyses.keys().isdisjoint(s.articles)]


def _names(ctx: FuseContext, aid: str) -> list[str]:
    analysis = ctx.analyses.get(aid)
    if analysis is None:
        return []
    return [m.text for m in analysis.mentions if m.kind in ("name", "acronym")]


def doc_clusters(ctx: FuseContext) -> Mapping[str, str]:
    """Article id -> the id of its incident cluster (module docstring); articles left unclustered are absent.
    Computed once per fusion run (after the stories step when the pile is larger than ``MAX_BLOCK``)."""
    cached: dict[str, str] | None = ctx.state.get(STATE_KEY)
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    for block in _blocks(ctx):
        texts = [_text(ctx, aid) for aid in block]
        out.update(cluster_documents(block, texts, [_names(ctx, aid) for aid in block],
                                     ctx.config.incident_similarity))
    if len(ctx.articles) <= MAX_BLOCK or ctx.story.stories:
        ctx.state[STATE_KEY] = out  # a large pile before story clustering is not cached: stories refine it
    return out


def _text(ctx: FuseContext, aid: str) -> str:
    article = ctx.articles[aid]
    return f"{article.title}\n{article.text}" if article.title else article.text
