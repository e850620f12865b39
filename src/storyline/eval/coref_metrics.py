"""Coreference and clustering scorers, implemented from their definitions.

Coreference (``key`` = gold, ``response`` = system; each a list of clusters, a cluster being an
iterable of hashable mention ids):

- :func:`muc` — Vilain et al. (1995), link-based.
- :func:`b_cubed` — Bagga & Baldwin (1998), mention-based.
- :func:`ceaf_e` — Luo (2005), entity-based CEAF with the phi4 similarity
  ``phi4(K, R) = 2 |K ∩ R| / (|K| + |R|)`` and an optimal one-to-one entity alignment.
- :func:`conll_f1` — the CoNLL-2012 figure: mean of the MUC, B³ and CEAF-e F1.

All four work on *predicted* mentions the way the CoNLL-2012 reference scorer (v8) does, as described in
Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted Mentions": a response mention absent
from the key (or a key mention absent from the response) is *twinless*. It is never added to the other
side; instead it simply cannot match anything:

- MUC: when a key entity is partitioned by the response, each twinless key mention is its own part
  (and symmetrically for precision), so it costs one link.
- B³: a twinless mention contributes 0 to the numerator and 1 to the denominator of its side.
- CEAF-e: twinless mentions only count in the sizes |K| and |R| of their entities.

Story clustering over a flat labelling (item ``i`` has gold label ``gold[i]`` and predicted label
``pred[i]``): :func:`b_cubed_labels` and :func:`adjusted_rand_index` (Hubert & Arabie 1985).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from math import comb

from scipy.optimize import linear_sum_assignment

Cluster = Iterable[Hashable]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean (0.0 when both are 0)."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, p: float, r: float) -> PRF:
        """Build from precision and recall, computing F1."""
        return cls(p, r, 2 * p * r / (p + r) if p + r > 0 else 0.0)


def _ratio(num: float, den: float) -> float:
    return num / den if den > 0 else 0.0


def _normalize(clusters: Iterable[Cluster], side: str) -> list[frozenset[Hashable]]:
    """Non-empty clusters as frozensets; a mention in two clusters of one partition is an input error."""
    out: list[frozenset[Hashable]] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        members = frozenset(cluster)
        if not members:
            continue
        dup = members & seen
        if dup:
            raise ValueError(f"{side}: mention {next(iter(dup))!r} is in more than one cluster; "
                             "a partition must put each mention in exactly one cluster")
        seen |= members
        out.append(members)
    return out


def _index(clusters: list[frozenset[Hashable]]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(gold: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> float:
    """Vilain's recall of ``gold`` against ``other``: sum(|S| - |p(S)|) / sum(|S| - 1)."""
    where = _index(other)
    num = den = 0
    for cluster in gold:
        # A mention missing from ``other`` is its own part of the partition (Pradhan et al. 2014).
        parts = {where.get(m, ("twinless", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return _ratio(num, den)


def muc(key: Iterable[Cluster], response: Iterable[Cluster]) -> PRF:
    """MUC (Vilain et al. 1995). Singleton entities contribute nothing (they have no links)."""
    k, r = _normalize(key, "key"), _normalize(response, "response")
    return PRF.of(_muc_side(r, k), _muc_side(k, r))


def _b3_side(gold: list[frozenset[Hashable]], other: list[frozenset[Hashable]]) -> float:
    """Mean over mentions of ``gold`` of |G(m) ∩ O(m)| / |G(m)|; O(m) is empty for a twinless mention."""
    where = _index(other)
    total = 0.0
    n = 0
    for cluster in gold:
        overlaps = Counter(where[m] for m in cluster if m in where)
        # sum over mentions m of |G ∩ O(m)| / |G| equals sum over other-clusters j of |G ∩ O_j|^2 / |G|.
        total += sum(c * c for c in overlaps.values()) / len(cluster)
        n += len(cluster)
    return _ratio(total, n)


def b_cubed(key: Iterable[Cluster], response: Iterable[Cluster]) -> PRF:
    """B³ (Bagga & Baldwin 1998) over all key mentions (recall) and all response mentions (precision)."""
    k, r = _normalize(key, "key"), _normalize(response, "response")
    return PRF.of(_b3_side(r, k), _b3_side(k, r))


def _phi4_components(
    key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]
) -> list[dict[tuple[int, int], float]]:
    """phi4 for every overlapping (key, response) pair, grouped into connected components.

    Pairs without overlap have phi4 = 0, so the optimal alignment decomposes over the connected
    components of the overlap graph; solving each one separately is exact and keeps the matrices small
    on corpora with thousands of entities.
    """
    where = _index(response)
    inter: Counter[tuple[int, int]] = Counter()
    for i, cluster in enumerate(key):
        for m in cluster:
            if m in where:
                inter[(i, where[m])] += 1
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in inter:
        parent[find(("k", i))] = find(("r", j))
    groups: dict[tuple[str, int], dict[tuple[int, int], float]] = defaultdict(dict)
    for (i, j), n in inter.items():
        groups[find(("k", i))][(i, j)] = 2 * n / (len(key[i]) + len(response[j]))
    return list(groups.values())


def _best_assignment_total(pairs: dict[tuple[int, int], float]) -> float:
    """Maximum total weight of a one-to-one matching over the given weighted pairs."""
    rows = sorted({i for i, _ in pairs})
    cols = sorted({j for _, j in pairs})
    ri = {v: n for n, v in enumerate(rows)}
    ci = {v: n for n, v in enumerate(cols)}
    weights = [[0.0] * len(cols) for _ in rows]
    for (i, j), w in pairs.items():
        weights[ri[i]][ci[j]] = w
    return sum(weights[a][b] for a, b in max_weight_assignment(weights))


def max_weight_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a one-to-one assignment maximizing the total weight (rectangular allowed).

    ``scipy.optimize.linear_sum_assignment`` (the Jonker-Volgenant algorithm).
    """
    if not weights or not weights[0]:
        return []
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(a), int(b)) for a, b in zip(rows, cols, strict=True)]


def ceaf_e(key: Iterable[Cluster], response: Iterable[Cluster]) -> PRF:
    """Entity-based CEAF (Luo 2005, phi4): best alignment total / #key entities (R), / #response entities (P)."""
    k, r = _normalize(key, "key"), _normalize(response, "response")
    total = sum(_best_assignment_total(group) for group in _phi4_components(k, r))
    return PRF.of(_ratio(total, len(r)), _ratio(total, len(k)))


def conll_f1(key: Iterable[Cluster], response: Iterable[Cluster]) -> float:
    """CoNLL-2012 score: the unweighted mean of MUC, B³ and CEAF-e F1."""
    scores = coref_scores(key, response)
    return (scores["muc"].f1 + scores["b3"].f1 + scores["ceafe"].f1) / 3


def coref_scores(key: Iterable[Cluster], response: Iterable[Cluster]) -> dict[str, PRF]:
    """All three metrics at once: ``{"muc": PRF, "b3": PRF, "ceafe": PRF}``."""
    k, r = _normalize(key, "key"), _normalize(response, "response")
    return {"muc": muc(k, r), "b3": b_cubed(k, r), "ceafe": ceaf_e(k, r)}


def labels_to_clusters(labels: Sequence[Hashable]) -> list[set[int]]:
    """Clusters of item indices from a flat labelling (items with equal labels share a cluster)."""
    groups: dict[Hashable, set[int]] = defaultdict(set)
    for i, label in enumerate(labels):
        groups[label].add(i)
    return list(groups.values())


def _check_aligned(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} labels but pred has {len(pred)}; "
                         "both must label the same items in the same order")


def b_cubed_labels(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> PRF:
    """B³ for a flat clustering: ``gold[i]`` and ``pred[i]`` are the cluster labels of item ``i``."""
    _check_aligned(gold, pred)
    return b_cubed(labels_to_clusters(gold), labels_to_clusters(pred))


def adjusted_rand_index(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985) from the contingency table of two labellings.

    ARI = (Σ C(n_ij,2) - E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) - E), E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2).
    Fewer than two items, or two identical trivial partitions (all singletons / one cluster, where the
    formula is 0/0), score 1.0 — the partitions agree perfectly.
    """
    _check_aligned(gold, pred)
    n = len(gold)
    if n < 2:
        return 1.0
    index = sum(comb(c, 2) for c in Counter(zip(gold, pred, strict=True)).values())
    sum_a = sum(comb(c, 2) for c in Counter(gold).values())
    sum_b = sum(comb(c, 2) for c in Counter(pred).values())
    expected = sum_a * sum_b / comb(n, 2)
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)
