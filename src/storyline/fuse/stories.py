"""Story clusters for mixed corpora: which articles tell the same real-world story.

Each article gets a profile: a MiniLM vector of its title and lead sentences
(news puts the story in the lead), the named entities it mentions (cross-doc
entity ids after the entities step, normalized surface forms otherwise) and
its date. Clustering is single-pass and incremental, like topic detection and
tracking: articles are visited in date order and join the most similar
existing cluster when the similarity clears a threshold, otherwise they found
a new one. The similarity blends the cosine to the cluster's mean vector with
an idf-weighted entity overlap (two earthquakes read alike to MiniLM; their
places and people tell them apart), damped by the time gap.

Stable ids: a cluster id is a hash of its founding article's id, and previous
clusters (``ctx.store.stories()``) are kept as they were: only articles no
cluster holds yet are assigned, so reruns never renumber stories.

Without embeddings (``Config.use_embeddings`` False) documents are compared
by TF-IDF vectors of their title and lead instead (:func:`tfidf_vectors`).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from storyline.analyze.embed import Encoder, StaticEmbedder
from storyline.analyze.tables import FIGURE_ROWS
from storyline.analyze.tfidf import dense, sparse_tfidf, tokens
from storyline.fuse import FuseContext, fuse_step
from storyline.lexicons.figures import ABBREVIATIONS
from storyline.model import Article, ArticleAnalysis, StoryCluster

LEAD_SENTENCES = 5  # title + this many sentences make the document text MiniLM sees
#: ...cut to this many characters: MiniLM's cost grows with every word piece (about 0.3 ms each
#: on one core) and the story is stated at the top; 450 keeps the ECB+ scores of the uncut lead
#: (600 or 400 move them by 1-2 points either way) at about 60% of the word pieces on Reuters
LEAD_CHARS = 450
CENTROID_SAMPLE = 12  # a stored story's centroid is rebuilt from its latest this-many members each run
#: at most this many stored articles are re-placed per run (most recently active stories first), so an
#: incremental run over a large store costs what is new, not the store's size; older stories keep
#: their members but no longer attract new articles (their lead vectors come from the store's vector
#: cache when MiniLM encoded them before; the budget bounds the reads and comparisons)
STORED_BUDGET = 2000
SHORTLIST = 25  # clusters scored in full per article: the nearest by vector (keeps big corpora fast)
BLOCK = 64  # articles whose centroid similarities are computed in one matrix product
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})



@dataclass(frozen=True)
class ClusterParams:
    """Weights and threshold of the story similarity.

    ``threshold`` and the weights were tuned on ECB+ dev topics 1-35; ECB+ has no
    dates, so the time terms are set by judgement, not tuned.
    """

    threshold: float = 0.4
    w_vector: float = 0.6
    w_entities: float = 0.4
    w_lexical: float = 0.0  # sparse TF-IDF cosine to the cluster's term centroid (beside MiniLM)
    # a developing story runs for weeks: no damping within the grace period, then the similarity
    # halves every half-life, down to a floor (dates can be wrong, and stories resurface)
    time_grace_days: float = 14.0
    time_half_life_days: float = 60.0
    time_floor: float = 0.6


#: with TF-IDF vectors (no MiniLM) cosines run lower, so the threshold is lower (same ECB+ dev tuning)
LEXICAL_PARAMS = ClusterParams(threshold=0.2, w_vector=0.0, w_lexical=0.6, w_entities=0.4)
#: with the static embedding distilled from MiniLM (a coarser similarity) the exact TF-IDF cosine shares the
#: weight (same ECB+ dev tuning; with MiniLM's own weights the sub-topic B3 F1 was 3 points lower)
STATIC_PARAMS = ClusterParams(threshold=0.28, w_vector=0.25, w_lexical=0.35, w_entities=0.4)


def params_for(encoder: Encoder | None) -> ClusterParams:
    """The similarity weights that go with a sentence encoder (None: TF-IDF only)."""
    if encoder is None:
        return LEXICAL_PARAMS
    return STATIC_PARAMS if isinstance(encoder, StaticEmbedder) else ClusterParams()
LEXICAL_SHORTLIST_DIM = 1024


@dataclass
class DocProfile:
    """What story clustering knows about one article."""

    id: str
    vector: np.ndarray
    entities: Counter[str] = field(default_factory=Counter)
    day: int | None = None  # proleptic ordinal of the article's date
    terms: dict[str, float] = field(default_factory=dict)  # unit-length sparse TF-IDF of the lead


@dataclass
class _Cluster:
    id: str
    members: list[str]
    vec_sum: np.ndarray
    entities: Counter[str]
    first_day: int | None = None  # date range of the members, for the time damping
    last_day: int | None = None
    terms: dict[str, float] = field(default_factory=dict)  # sum of member term vectors
    terms_sq: float = 0.0  # its squared norm, kept up to date so a cosine costs one pass over a document
    size: int = 0  # members with a profile (stored members may be carried without one)

    def add(self, p: DocProfile) -> None:
        self.members.append(p.id)
        self.size += 1
        self.vec_sum += p.vector
        self.entities.update(p.entities.keys())
        if p.day is not None:
            self.first_day = p.day if self.first_day is None else min(self.first_day, p.day)
            self.last_day = p.day if self.last_day is None else max(self.last_day, p.day)
        for t, w in p.terms.items():
            old = self.terms.get(t, 0.0)
            self.terms[t] = old + w
            self.terms_sq += 2 * old * w + w * w

    def lexical(self, terms: Mapping[str, float]) -> float:
        if not terms or self.terms_sq <= 0:
            return 0.0
        return sum(w * self.terms.get(t, 0.0) for t, w in terms.items()) / math.sqrt(self.terms_sq)


# --------------------------------------------------------------------------- text and vectors


def lead_text(article: Article, analysis: ArticleAnalysis | None, n: int = LEAD_SENTENCES,
              max_chars: int | None = LEAD_CHARS) -> str:
    """Title plus the first ``n`` sentences (at most ``max_chars``, cut at a space): where news states the story.

    A table's rows (``extras["figure_rows"]``, analyze/tables.py) are no sentences of the lead: every company's
    results table reads alike to MiniLM ("Shr 34 cts vs 1.19 dlrs / Net 807,000 vs 2,858,000"), and with them
    in the lead 118 of 1,000 Reuters articles, the results of as many companies, were one story."""
    rows = analysis.extras.get(FIGURE_ROWS, ()) if analysis is not None else ()
    if analysis is not None and analysis.sentences and rows:
        told = [(s, e) for s, e in analysis.sentences if not any(a <= s < b for a, b in rows)][:n]
        lead = "\n".join(article.text[s:e] for s, e in told)
    elif analysis is not None and analysis.sentences:
        lead = article.text[:analysis.sentences[min(n, len(analysis.sentences)) - 1][1]]
    else:
        lead = article.text[:min(len(article.text), 1200)]
    text = f"{article.title}\n{lead}" if article.title else lead
    if max_chars is not None and len(text) > max_chars:
        cut = text.rfind(" ", 0, max_chars)
        text = text[: cut if cut > max_chars // 2 else max_chars]
    return text


def norm_name(text: str) -> str:
    """A surface-form entity key for mentions without a cross-doc entity id."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip().lower())
    text = re.sub(r"'s$|’s$", "", text)
    return "name:" + re.sub(r"\W+", " ", text).strip()


def entity_keys(analysis: ArticleAnalysis, entity_at: Callable[[str, int, int], str | None] | None = None
                ) -> Counter[str]:
    """Entity keys of an article's name mentions: the fused entity id when known, else the normalized name."""
    keys: Counter[str] = Counter()
    for m in analysis.mentions:
        if m.label not in ENTITY_LABELS or m.kind not in ("name", "acronym"):
            continue
        eid = entity_at(m.article, m.start, m.end) if entity_at else m.entity
        key = eid or norm_name(m.text)
        if key != "name:":
            keys[key] += 1
    return keys


def to_day(value: str | None) -> int | None:
    """Ordinal day of an ISO date ("2023-03-01", "2023-03" -> the 1st, "2023" -> Jan 1st)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)).toordinal()
    except ValueError:
        return None


# --------------------------------------------------------------------------- clustering


def story_id(founder: str) -> str:
    """A story id derived from its founding article, hence stable across runs."""
    return "story_" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:12]


def _idf(profiles: Iterable[DocProfile]) -> Callable[[str], float]:
    df: Counter[str] = Counter()
    n = 0
    for p in profiles:
        n += 1
        df.update(set(p.entities))

    def idf(key: str) -> float:
        return math.log((1 + n) / (1 + df[key])) + 1.0

    return idf


def _entity_sim(doc: Counter[str], cluster: _Cluster, idf: Callable[[str], float]) -> float:
    """Weighted overlap: how much of the document's entity mass the cluster's members share.

    A cluster entity counts by the share of members mentioning it, so one
    stray member does not pull every article naming a big country.
    """
    if not doc or not cluster.entities:
        return 0.0
    size = max(cluster.size, 1)
    total = sum(idf(k) for k in doc)
    shared = sum(idf(k) * min(1.0, 2.0 * cluster.entities[k] / size) for k in doc if k in cluster.entities)
    return shared / total if total else 0.0


def _time_factor(day: int | None, cluster: _Cluster, params: ClusterParams) -> float:
    if day is None or cluster.first_day is None or cluster.last_day is None:
        return 1.0
    gap = max(0, cluster.first_day - day, day - cluster.last_day) - params.time_grace_days
    return max(params.time_floor, 0.5 ** (max(gap, 0.0) / params.time_half_life_days))


def similarity(p: DocProfile, c: _Cluster, idf: Callable[[str], float], params: ClusterParams,
               vec: float | None = None) -> float:
    """Blend of vector cosine to the cluster centroid and entity overlap, damped by the time gap."""
    if vec is None:
        vec = float(p.vector @ (c.vec_sum / max(np.linalg.norm(c.vec_sum), 1e-12)))
    ent = _entity_sim(p.entities, c, idf)
    lex = c.lexical(p.terms) if params.w_lexical else 0.0
    blend = params.w_vector * vec + params.w_entities * ent + params.w_lexical * lex
    return blend * _time_factor(p.day, c, params)


class _Index:
    """Clusters plus a matrix of their unit centroids, so the vector part is one matrix product.

    Articles come in blocks: one product scores a whole block against the
    centroids as they were when the block began, and only the few centroids
    that change within the block (joined or new clusters) are scored again
    per article, so each article still sees the clusters as they are.
    """

    def __init__(self, dim: int) -> None:
        self.clusters: list[_Cluster] = []
        self.centroids = np.zeros((16, dim), dtype=np.float32)
        self._block = np.zeros((0, 0), dtype=np.float32)  # block's cosines to the first _frozen centroids
        self._frozen = 0
        self._dirty: set[int] = set()  # centroids among those changed since the block began

    def add(self, c: _Cluster) -> None:
        if len(self.clusters) == len(self.centroids):
            self.centroids = np.vstack([self.centroids, np.zeros_like(self.centroids)])
        self.clusters.append(c)
        self.refresh(len(self.clusters) - 1)

    def refresh(self, i: int) -> None:
        v = self.clusters[i].vec_sum
        self.centroids[i] = v / max(float(np.linalg.norm(v)), 1e-12)
        if i < self._frozen:
            self._dirty.add(i)

    def start_block(self, vectors: np.ndarray) -> None:
        """Score the next articles (rows of ``vectors``) against the current centroids at once."""
        self._frozen = len(self.clusters)
        self._block = self.centroids[: self._frozen] @ vectors.T
        self._dirty = set()

    def _cosines(self, p: DocProfile, j: int) -> np.ndarray:
        """Cosines of block article ``j`` to every current centroid."""
        n, k = len(self.clusters), self._frozen
        vecs = np.empty(n, dtype=np.float32)
        vecs[:k] = self._block[:, j]
        vecs[k:] = self.centroids[k:n] @ p.vector
        for i in self._dirty:
            vecs[i] = self.centroids[i] @ p.vector
        return vecs

    def best(self, p: DocProfile, j: int, idf: Callable[[str], float], params: ClusterParams
             ) -> tuple[int, float]:
        """The best cluster for block article ``j`` and its score; only the SHORTLIST nearest by vector
        get the full score."""
        n = len(self.clusters)
        if n == 0:
            return -1, 0.0
        vecs = self._cosines(p, j)
        near = np.argpartition(-vecs, SHORTLIST)[:SHORTLIST] if n > SHORTLIST else np.arange(n)
        scored = [(similarity(p, self.clusters[i], idf, params, float(vecs[i])), int(i)) for i in near]
        score, i = max(scored, key=lambda si: (si[0], -si[1]))  # ties go to the older cluster
        return i, score


def cluster_profiles(profiles: Sequence[DocProfile], previous: Sequence[StoryCluster] = (),
                     params: ClusterParams | None = None, carry: Collection[str] = ()) -> list[StoryCluster]:
    """Assign profiles to stories, keeping ``previous`` clusters and their ids as they are.

    Articles already in a previous cluster stay there (they only refresh its
    centroid); the others are visited in date order (undated last, then by
    id) and join the best cluster above ``params.threshold`` or found a new one.
    ``carry``: ids of stored members that have no profile this run (see
    ``CENTROID_SAMPLE``); they stay in their cluster without shaping it.
    Labels are left empty; :func:`label_clusters` fills them.
    """
    params = params or ClusterParams()
    by_id = {p.id: p for p in profiles}
    idf = _idf(profiles)
    dim = next(iter(by_id.values())).vector.shape[0] if by_id else 1
    index = _Index(dim)
    placed: set[str] = set()
    for sc in previous:
        c = _Cluster(sc.id, [], np.zeros(dim, dtype=np.float32), Counter())
        for aid in sc.articles:
            if aid in placed:
                continue
            if aid in by_id:
                c.add(by_id[aid])
                placed.add(aid)
            elif aid in carry:
                c.members.append(aid)
                placed.add(aid)
        if c.members:
            index.add(c)
    pending = sorted((p for p in profiles if p.id not in placed),
                     key=lambda p: (p.day is None, p.day or 0, p.id))
    for start in range(0, len(pending), BLOCK):
        block = pending[start:start + BLOCK]
        index.start_block(np.stack([p.vector for p in block]))
        for j, p in enumerate(block):
            best, score = index.best(p, j, idf, params)
            if best >= 0 and score >= params.threshold:
                index.clusters[best].add(p)
                index.refresh(best)
            else:
                index.add(_Cluster(story_id(p.id), [], np.zeros(dim, dtype=np.float32), Counter()))
                index.clusters[-1].add(p)
                index.refresh(len(index.clusters) - 1)
    return [StoryCluster(id=c.id, label="", articles=tuple(c.members)) for c in index.clusters]


def label_clusters(clusters: Sequence[StoryCluster], profiles: Mapping[str, DocProfile],
                   texts: Mapping[str, str], names: Mapping[str, str], top: int = 3,
                   previous: Sequence[StoryCluster] = ()) -> list[StoryCluster]:
    """Give each cluster a short label: its most shared entities, else its most shared keywords.

    A stored cluster (``previous``) that holds the same articles keeps its stored label: a rerun profiles only
    a sample of each stored cluster (``CENTROID_SAMPLE``, at most ``STORED_BUDGET`` articles in all), and a
    label read from that sample, or from no member at all (then the cluster's id), replaced the one made from
    every member (issue 11: the first incremental run after a full fusion of 19k Reuters articles turned
    4,082 of 4,787 labels into ids and wrote 4,143 story rows again). A stored label that is the cluster's own id
    (nothing to label it by when it was made) is not kept.
    """
    stored = {sc.id: (frozenset(sc.articles), sc.label) for sc in previous if sc.label and sc.label != sc.id}
    out = []
    for c in clusters:
        same = stored.get(c.id)
        if same is not None and same[0] == frozenset(c.articles):
            out.append(StoryCluster(id=c.id, label=same[1], articles=c.articles))
            continue
        ents: Counter[str] = Counter()
        words: Counter[str] = Counter()
        for aid in c.articles:
            if aid in profiles:
                ents.update(set(profiles[aid].entities))
            words.update(set(tokens(texts.get(aid, ""))))
        parts: list[str] = []
        # ties broken by key, not by set order (which changes from process to process)
        for key, _ in sorted(ents.items(), key=lambda kv: (-kv[1], kv[0])):
            name = names.get(key) or (key[5:].title() if key.startswith("name:") else key)
            if name and name.lower() not in {p.lower() for p in parts} and name.lower() not in ABBREVIATIONS:
                parts.append(name)
            if len(parts) == top:
                break
        if len(parts) < top:
            # a table's abbreviations ("cts", "dlrs", "shr") are the commonest words of a results report, and none
            # tells its story
            seen = {p.lower() for p in parts}
            ranked = sorted(((w, k) for w, k in words.items() if w not in ABBREVIATIONS),
                            key=lambda kv: (-kv[1], kv[0]))[: top * 2]
            parts += [w for w, _ in ranked if w not in seen][: top - len(parts)]
        out.append(StoryCluster(id=c.id, label=" / ".join(parts) or c.id, articles=c.articles))
    return out


def build_profiles(articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis],
                   encode: Callable[[list[str]], np.ndarray] | None,
                   entity_at: Callable[[str, int, int], str | None] | None = None,
                   lexical: bool = True) -> list[DocProfile]:
    """Profiles of ``articles``: MiniLM vectors via ``encode`` (or TF-IDF when None), entities, dates.

    ``lexical``: also keep each lead's sparse TF-IDF terms (only read when ``w_lexical`` is set).
    """
    # the cut saves MiniLM time; TF-IDF is cheap and keeps the whole lead
    cap = LEAD_CHARS if encode is not None else None
    texts = [lead_text(a, analyses.get(a.id), max_chars=cap) for a in articles]
    terms = sparse_tfidf(texts) if lexical or encode is None else [{} for _ in texts]
    # without MiniLM a small hashed TF-IDF vector only shortlists clusters; the exact sparse
    # cosine (``w_lexical``) scores them
    vectors = (np.asarray(encode(texts), dtype=np.float32) if encode is not None
               else dense(terms, max_dim=LEXICAL_SHORTLIST_DIM))
    profiles = []
    for a, vec, t in zip(articles, vectors, terms, strict=True):
        an = analyses.get(a.id)
        ents = entity_keys(an, entity_at) if an is not None else Counter()
        profiles.append(DocProfile(a.id, np.asarray(vec, dtype=np.float32), ents, to_day(a.published), t))
    return profiles


def _sample(articles: Sequence[Article], previous: Sequence[StoryCluster], sample: int | None,
            budget: int | None = STORED_BUDGET) -> tuple[list[Article], set[str]]:
    """Articles to profile (unclustered ones + each stored cluster's latest ``sample``) and the rest.

    At most ``budget`` stored articles are profiled in all: the stories with the
    latest members first (an old story is likelier to have ended).
    """
    if sample is None or not previous:
        return list(articles), set()
    by_id = {a.id: a for a in articles}
    carry: set[str] = set()
    latest: list[list[Article]] = []
    for sc in previous:
        members = sorted((by_id[x] for x in sc.articles if x in by_id),
                         key=lambda a: (a.published or "", a.id), reverse=True)
        carry.update(a.id for a in members[sample:])
        latest.append(members[:sample])
    latest.sort(key=lambda ms: (ms[0].published or "", ms[0].id) if ms else ("", ""), reverse=True)
    left = len(by_id) if budget is None else budget
    for ms in latest:
        take = ms[:max(left, 0)]
        left -= len(take)
        carry.update(a.id for a in ms[len(take):])
    return [a for a in articles if a.id not in carry], carry


def cluster_articles(articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis], *,
                     encode: Callable[[list[str]], np.ndarray] | None,
                     entity_at: Callable[[str, int, int], str | None] | None = None,
                     previous: Sequence[StoryCluster] = (), names: Mapping[str, str] | None = None,
                     params: ClusterParams | None = None, sample: int | None = None) -> list[StoryCluster]:
    """The whole story clustering: profiles, incremental assignment, labels. Used by fusion and the eval.

    ``sample``: profile only the latest ``sample`` members of each stored
    cluster (plus every unclustered article), so a rerun over a large store
    encodes what is new, not the whole corpus again.
    """
    todo, carry = _sample(articles, previous, sample)
    if params is None:
        params = ClusterParams() if encode is not None else LEXICAL_PARAMS
    profiles = build_profiles(todo, analyses, encode, entity_at, lexical=bool(params.w_lexical))
    clusters = cluster_profiles(profiles, previous, params, carry=carry)
    texts = {a.id: lead_text(a, analyses.get(a.id), max_chars=None) for a in todo}
    return label_clusters(clusters, {p.id: p for p in profiles}, texts, names or {}, previous=previous)


@fuse_step("stories")
def stories(ctx: FuseContext) -> None:
    """Fill ``ctx.story.stories``, keeping the clusters (and ids) the store already holds."""
    previous: list[StoryCluster] = ctx.store.stories() if ctx.store is not None else []
    articles = list(ctx.articles.values())
    encoder = ctx.encoder("stories") if ctx.config.use_embeddings else None
    names = {e.id: e.name for e in ctx.story.entities}
    ctx.story.stories = cluster_articles(articles, ctx.analyses, encode=encoder.encode if encoder else None,
                                         entity_at=ctx.entity_at, previous=previous, names=names,
                                         params=params_for(encoder), sample=CENTROID_SAMPLE)
