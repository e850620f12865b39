"""String-match and same-lemma baselines on made-up mentions."""

from __future__ import annotations

from collections.abc import Hashable

from storyline.eval.baselines import normalize_head, normalize_text, same_lemma_clusters, string_match_clusters


def as_sorted(clusters: list[set[Hashable]]) -> list[list[Hashable]]:
    return sorted(sorted(c) for c in clusters)  # type: ignore[type-var]


def test_normalize_text_drops_case_punctuation_determiners_and_possessives() -> None:
    assert normalize_text("The Velmar Council's") == "velmar council"
    assert normalize_text("  velmar   COUNCIL. ") == "velmar council"
    assert normalize_text("the") == "the"  # a lone function word is kept, not emptied
    assert normalize_text("...") == ""


def test_normalize_head_takes_last_word() -> None:
    assert normalize_head("the Oakvale harbour master") == "master"
    assert normalize_head("") == ""


def test_string_match_clusters_exact_normalized_match() -> None:
    mentions = [(1, "Dr. Irena Solvik"), (2, "Irena Solvik"), (3, "dr irena solvik"), (4, "the Velmar Council"),
                (5, "Velmar Council"), (6, "Solvik")]
    assert as_sorted(string_match_clusters(mentions)) == [[1, 3], [2], [4, 5], [6]]


def test_string_match_clusters_head_variant_and_groups() -> None:
    mentions = [(("a", 0), "Irena Solvik"), (("a", 1), "Solvik"), (("b", 0), "Minister Solvik"), (("b", 1), "it")]
    assert as_sorted(string_match_clusters(mentions, normalize=normalize_head)) == [
        [("a", 0), ("a", 1), ("b", 0)], [("b", 1)]]
    by_doc = string_match_clusters(mentions, normalize=normalize_head, group=lambda key: key[0])  # type: ignore[index]
    assert as_sorted(by_doc) == [[("a", 0), ("a", 1)], [("b", 0)], [("b", 1)]]


def test_string_match_clusters_is_a_partition() -> None:
    mentions = [(1, "x"), (1, "y"), (2, ""), (3, "")]
    clusters = string_match_clusters(mentions)
    assert as_sorted(clusters) == [[1], [2], [3]]


def test_same_lemma_clusters_groups_by_lemma_within_group() -> None:
    mentions = [("t1/e1", "attack"), ("t1/e2", "Attack"), ("t1/e3", "kill"), ("t2/e1", "attack")]
    assert as_sorted(same_lemma_clusters(mentions)) == [["t1/e1", "t1/e2", "t2/e1"], ["t1/e3"]]
    by_topic = same_lemma_clusters(mentions, group=lambda key: str(key).split("/")[0])
    assert as_sorted(by_topic) == [["t1/e1", "t1/e2"], ["t1/e3"], ["t2/e1"]]
