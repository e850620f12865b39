"""The romanisation benchmark: one Cyrillic name in a dozen romanisation systems is one entity, two names two."""

from __future__ import annotations

from benchmarks.romanisation import cyrillic_names, fold, measure, measure_clusters, measure_short, romanised


def test_the_names_are_distinct_and_romanised_several_ways() -> None:
    names = cyrillic_names()
    assert len(set(names)) == len(names) == 240
    spellings = romanised("Евгения Щукина")
    assert "Yevgeniya Shchukina" in spellings and "Evgueniia Chtchoukina" in spellings
    assert all(s.isascii() or "\u0361" in s or "\u0306" in s or "\u02b9" in s for s in spellings)


def test_spellings_of_one_name_link_and_other_names_stay_apart_out_of_fold() -> None:
    # fold b was never read to write the rules (fold a was): its figures are the out-of-fold ones
    figures = measure(fold(cyrillic_names(), "b"))
    assert figures.pairs > 900
    assert figures.link_joined / figures.pairs >= 0.97, figures.line("fold b")
    assert figures.roman_joined / figures.pairs >= 0.9, figures.line("fold b")
    assert figures.name_pairs_joined <= 1 and figures.same_surname_joined == 0, figures.false


def test_a_surname_alone_joins_its_one_bearer_and_no_one_when_two_bear_it_out_of_fold() -> None:
    short = measure_short(fold(cyrillic_names(), "b"))
    assert short.alone > 600 and short.shared > 600
    assert short.joined / short.alone >= 0.95, short.line("fold b")
    assert short.wrong == 0, short.line("fold b")


def test_clustered_as_fusion_clusters_the_spellings_of_one_name_are_one_entity_out_of_fold() -> None:
    clustered = measure_clusters(fold(cyrillic_names(), "b"))
    assert clustered.together / clustered.pairs >= 0.95, clustered.line("fold b")
    assert clustered.apart_pairs == 0, clustered.line("fold b")
