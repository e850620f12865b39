"""Scorers checked against values computed by hand from the metric definitions and the papers' examples."""

from __future__ import annotations

import random

import pytest

from storyline.eval.coref_metrics import (
    PRF,
    adjusted_rand_index,
    b_cubed,
    b_cubed_labels,
    ceaf_e,
    conll_f1,
    coref_scores,
    labels_to_clusters,
    max_weight_assignment,
    muc,
)

# Pradhan et al. (2014), Figure 1: key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}
# (e is a twinless key mention, h and i are twinless response mentions).
PRADHAN_KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
PRADHAN_RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]

# Bagga & Baldwin (1998) / Luo (2005): truth {1..5} {6,7} {8..12}.
BB_KEY = [set(range(1, 6)), {6, 7}, set(range(8, 13))]


def approx(prf: PRF, p: float, r: float, f1: float | None = None) -> None:
    assert prf.p == pytest.approx(p)
    assert prf.r == pytest.approx(r)
    if f1 is not None:
        assert prf.f1 == pytest.approx(f1)


def test_muc_pradhan_2014_example_with_twinless_mentions() -> None:
    # R: K1 split in 2 parts, K2 in 3 ({d}, {e} twinless, {f,g}) -> (1 + 1) / (2 + 3)
    # P: R1 1 part, R2 2 parts, R3 3 parts ({f,g}, {h}, {i}) -> (1 + 0 + 1) / (1 + 1 + 3)
    approx(muc(PRADHAN_KEY, PRADHAN_RESPONSE), 0.4, 0.4, 0.4)


def test_b_cubed_pradhan_2014_example_with_twinless_mentions() -> None:
    # R = (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = 35/84 ; P = (2²/2 + 1/2 + 1/2 + 2²/4) / 8 = 4/8
    approx(b_cubed(PRADHAN_KEY, PRADHAN_RESPONSE), 0.5, 35 / 84, 2 * 0.5 * (35 / 84) / (0.5 + 35 / 84))


def test_ceaf_e_pradhan_2014_example_with_twinless_mentions() -> None:
    # best alignment K1-R1 (2*2/5 = 0.8) + K2-R3 (2*2/8 = 0.5) = 1.3 ; R = 1.3/2, P = 1.3/3
    approx(ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE), 1.3 / 3, 0.65, 0.52)


def test_conll_f1_pradhan_2014_example_is_mean_of_three() -> None:
    b3 = b_cubed(PRADHAN_KEY, PRADHAN_RESPONSE).f1
    assert conll_f1(PRADHAN_KEY, PRADHAN_RESPONSE) == pytest.approx((0.4 + b3 + 0.52) / 3)


def test_muc_vilain_1995_split_entity() -> None:
    # key {A,B,C,D}; response {A,B} {C,D}: recall (4-2)/(4-1), precision 1
    approx(muc([{"A", "B", "C", "D"}], [{"A", "B"}, {"C", "D"}]), 1.0, 2 / 3, 0.8)


def test_b_cubed_bagga_baldwin_1998_distinguishes_what_muc_does_not() -> None:
    merge_small = [set(range(1, 6)), set(range(6, 13))]
    merge_large = [set(range(1, 6)) | set(range(8, 13)), {6, 7}]
    # MUC cannot tell the two errors apart: both lose one link of 9.
    approx(muc(BB_KEY, merge_small), 0.9, 1.0)
    approx(muc(BB_KEY, merge_large), 0.9, 1.0)
    # B³ precision: (5 + 2*2/7 + 5*5/7)/12 = 64/84 versus (10*5/10 + 2)/12 = 7/12
    approx(b_cubed(BB_KEY, merge_small), 64 / 84, 1.0)
    approx(b_cubed(BB_KEY, merge_large), 7 / 12, 1.0)


@pytest.mark.parametrize(
    ("response", "expected_f"),
    [
        ([set(range(1, 6)), set(range(6, 13))], 0.733),  # Luo (2005) Table 1, system (a)
        ([set(range(1, 6)) | set(range(8, 13)), {6, 7}], 0.667),  # system (b)
        ([set(range(1, 13))], 0.294),  # system (c): everything in one entity
        ([{i} for i in range(1, 13)], 0.178),  # system (d): all singletons
    ],
)
def test_ceaf_e_luo_2005_systems(response: list[set[int]], expected_f: float) -> None:
    assert ceaf_e(BB_KEY, response).f1 == pytest.approx(expected_f, abs=5e-4)


def test_coref_scores_identical_partitions_are_perfect() -> None:
    key = [{"x1", "x2", "x3"}, {"y1"}, {"z1", "z2"}]
    for prf in coref_scores(key, [set(c) for c in key]).values():
        approx(prf, 1.0, 1.0, 1.0)
    assert conll_f1(key, key) == pytest.approx(1.0)


def test_coref_scores_all_singletons_response() -> None:
    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{m} for m in "abcde"]
    scores = coref_scores(key, response)
    assert scores["muc"] == PRF(0.0, 0.0, 0.0)  # no links proposed, none found
    approx(scores["b3"], 1.0, (3 * 1 / 3 + 2 * 1 / 2) / 5)
    # each key entity aligned to one singleton: 2/(3+1) + 2/(2+1) ; R over 2 entities, P over 5
    total = 0.5 + 2 / 3
    approx(scores["ceafe"], total / 5, total / 2)


def test_coref_scores_disjoint_mention_sets_score_zero() -> None:
    scores = coref_scores([{"a", "b"}, {"c"}], [{"p", "q"}, {"r", "s"}])
    for prf in scores.values():
        assert prf == PRF(0.0, 0.0, 0.0)


def test_coref_scores_empty_inputs_score_zero() -> None:
    for prf in coref_scores([], []).values():
        assert prf == PRF(0.0, 0.0, 0.0)


def test_coref_scores_mention_in_two_clusters_is_rejected() -> None:
    with pytest.raises(ValueError, match="more than one cluster"):
        muc([{"a", "b"}, {"b", "c"}], [{"a"}])


def test_ceaf_e_decomposes_over_components_like_a_full_assignment() -> None:
    rng = random.Random(7)
    mentions = list(range(60))
    for _ in range(20):
        key = labels_to_clusters([rng.randrange(12) for _ in mentions])
        response = labels_to_clusters([rng.randrange(15) for _ in mentions])
        weights = [[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key]
        full = sum(weights[a][b] for a, b in max_weight_assignment(weights))
        assert ceaf_e(key, response).r == pytest.approx(full / len(key))


def test_max_weight_assignment_matches_brute_force_on_small_rectangular_matrices() -> None:
    from itertools import permutations

    rng = random.Random(3)
    for rows, cols in [(3, 3), (2, 4), (4, 2), (1, 5), (5, 5)]:
        weights = [[rng.random() for _ in range(cols)] for _ in range(rows)]
        pairs = max_weight_assignment(weights)
        assert len(pairs) == min(rows, cols)
        assert len({a for a, _ in pairs}) == len({b for _, b in pairs}) == len(pairs)
        got = sum(weights[a][b] for a, b in pairs)
        if rows <= cols:
            best = max(sum(weights[i][p[i]] for i in range(rows)) for p in permutations(range(cols), rows))
        else:
            best = max(sum(weights[p[j]][j] for j in range(cols)) for p in permutations(range(rows), cols))
        assert got == pytest.approx(best)
        assert sum(weights[a][b] for a, b in max_weight_assignment(weights)) == pytest.approx(best)


def test_b_cubed_labels_matches_cluster_form() -> None:
    gold = ["s1", "s1", "s1", "s2", "s2", "s3"]
    pred = [0, 0, 1, 1, 1, 2]
    # R: items of s1 see 2,2,1 of 3 ; s2 see 2,2 of 2 ; s3 1 of 1 -> (2/3+2/3+1/3+1+1+1)/6
    # P: cluster 0 (s1,s1) 1,1 ; cluster 1 (s1,s2,s2) 1/3,2/3,2/3 ; cluster 2 1 -> (1+1+1/3+4/3+1)/6
    approx(b_cubed_labels(gold, pred), (1 + 1 + 1 / 3 + 4 / 3 + 1) / 6, (5 / 3 + 3) / 6)


def test_adjusted_rand_index_hand_computed_contingency_table() -> None:
    gold = [0, 0, 0, 1, 1, 1]
    pred = [0, 0, 1, 1, 2, 2]
    # n_ij: (0,0)=2 (0,1)=1 (1,1)=1 (1,2)=2 -> index 2 ; a: 3+3 = 6 ; b: 1+1+1 = 3 ; C(6,2) = 15
    expected = 6 * 3 / 15
    assert adjusted_rand_index(gold, pred) == pytest.approx((2 - expected) / ((6 + 3) / 2 - expected))


def test_adjusted_rand_index_perfect_trivial_and_label_permutation() -> None:
    assert adjusted_rand_index([1, 1, 2, 2], ["b", "b", "a", "a"]) == pytest.approx(1.0)
    assert adjusted_rand_index([0, 1, 2, 3], [5, 6, 7, 8]) == pytest.approx(1.0)
    assert adjusted_rand_index([0, 0, 0], [1, 1, 1]) == pytest.approx(1.0)
    # one side all singletons, the other one cluster: no agreement beyond chance
    assert adjusted_rand_index([0, 1, 2, 3], [0, 0, 0, 0]) == pytest.approx(0.0)


def test_adjusted_rand_index_rejects_unaligned_labellings() -> None:
    with pytest.raises(ValueError, match="same items"):
        adjusted_rand_index([0, 1], [0])


def test_coref_scores_swapping_key_and_response_swaps_precision_and_recall() -> None:
    rng = random.Random(11)
    for _ in range(10):
        key = labels_to_clusters([rng.randrange(6) for _ in range(25)])
        # the response covers a shifted mention range, so both sides have twinless mentions
        response = [{m + 5 for m in c} for c in labels_to_clusters([rng.randrange(8) for _ in range(25)])]
        forward, backward = coref_scores(key, response), coref_scores(response, key)
        for name in ("muc", "b3", "ceafe"):
            assert forward[name].p == pytest.approx(backward[name].r)
            assert forward[name].r == pytest.approx(backward[name].p)


def test_max_weight_assignment_falls_back_without_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "scipy.optimize", None)  # makes the import raise ImportError
    weights = [[0.1, 0.9, 0.0], [0.8, 0.7, 0.0]]
    assert max_weight_assignment(weights) == [(0, 1), (1, 0)]
    approx(ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE), 1.3 / 3, 0.65)
