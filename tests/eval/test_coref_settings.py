"""Coreference of what ships in two settings: alignment, the two response builders, and the gold hooks."""

from __future__ import annotations

from pathlib import Path

from storyline.eval.coref_settings import (
    CorefDoc,
    GoldMention,
    Head,
    align,
    end_to_end,
    gold_setting,
    run,
)
from storyline.eval.ecbplus import coref_docs, keep_annotated, load_ecbplus
from storyline.eval.shipped import ShippedRun
from storyline.model import Article, Entity, Event, Span, Story
from tests.eval.ecb_corpus import write_corpus

TEXT = "Rebels attacked Lima. The attack killed two."  # offsets: attacked 7-15, attack 26-32, killed 33-39


def _docs() -> list[CorefDoc]:
    gold = [GoldMention("a", 7, 15, "ATT", "event"), GoldMention("a", 26, 32, "ATT", "event"),
            GoldMention("a", 33, 39, "KIL", "event"), GoldMention("a", 0, 6, "REB", "entity")]
    return [CorefDoc(Article(id="a", text=TEXT), "g", gold, ((0, 21), (22, len(TEXT))))]


def _run(events: list[list[tuple[int, int]]]) -> ShippedRun:
    story = Story(events=[Event(id=f"e{n}", type="ASSAULT", mentions=tuple(Span("a", s, e, TEXT[s:e]) for s, e in ms))
                          for n, ms in enumerate(events)],
                  entities=[Entity(id="x", name="Rebels", type="ORG", mentions=(Span("a", 0, 6, "Rebels"),))])
    return ShippedRun(articles={}, analyses={}, stories={"g": story})


def test_align_exact_then_lenient_by_head_word() -> None:
    gold = [("a", 7, 15), ("a", 26, 32)]
    predicted = [("a", 7, 15), ("a", 22, 32), ("a", 0, 3)]
    heads = {("a", 26, 32): Head(26, 32, "attack"), ("a", 22, 32): Head(26, 32, "attack"), ("a", 0, 3): Head(0, 3, "x")}
    assert align(gold, predicted, heads, lenient=False) == {("a", 7, 15): ("a", 7, 15)}
    # "The attack" holds the head of gold "attack"; one shared character without a head word is not enough
    assert align(gold, predicted, heads, lenient=True) == {("a", 7, 15): ("a", 7, 15), ("a", 22, 32): ("a", 26, 32)}


def test_gold_setting_reads_story_clusters_and_leaves_the_rest_singletons() -> None:
    heads = {("a", 7, 15): Head(7, 15, "attack"), ("a", 26, 32): Head(26, 32, "attack"),
             ("a", 33, 39): Head(33, 39, "kill")}
    result = gold_setting(_docs(), "event", _run([[(7, 15), (26, 32)]]), heads)
    assert result["mentions"] == 3 and result["in_story"] == 2
    ours = result["within_and_cross_doc"]["storyline"]
    assert ours["conll_f1"] == 100.0  # {attacked, attack} + the singleton "killed" is the key
    assert result["within_and_cross_doc"]["same head lemma"]["conll_f1"] == 100.0


def test_gold_setting_scores_chains_with_incidents_beside() -> None:
    heads = {("a", 7, 15): Head(7, 15, "attack"), ("a", 26, 32): Head(26, 32, "attack"),
             ("a", 33, 39): Head(33, 39, "kill")}
    spans = [Span("a", s, e, TEXT[s:e]) for s, e in ((7, 15), (26, 32), (33, 39))]
    incident = Event(id="e0", type="ASSAULT", mentions=tuple(spans), mention_ids=("m1", "m2", "m3"),
                     chains=(("m1", "m2"), ("m3",)))
    run = ShippedRun(articles={}, analyses={}, stories={"g": Story(events=[incident])})
    result = gold_setting(_docs(), "event", run, heads)
    rows = result["within_and_cross_doc"]
    assert rows["storyline"]["conll_f1"] == 100.0  # the chains are the gold actions
    assert rows["storyline incidents"]["muc_p"] == 50.0  # the incident joins the attack and the killing


def test_end_to_end_counts_twinless_predictions_and_scored_sentences_only() -> None:
    heads = {("a", 7, 15): Head(7, 15, "attack"), ("a", 33, 39): Head(33, 39, "kill"),
             ("a", 16, 20): Head(16, 20, "lima")}
    result = end_to_end(_docs(), "event", _run([[(7, 15), (33, 39)], [(16, 20)], [(20, 22)]]), heads)
    assert result["predicted_mentions"] == 3  # (20, 22) crosses two scored sentences: left out
    exact = result["exact"]
    assert exact["mention_detection"] == {"p": 66.67, "r": 66.67, "f1": 66.67, "matched": 2}
    muc = exact["within_and_cross_doc"]["storyline"]
    assert muc["muc_p"] == 0.0 and muc["muc_r"] == 0.0  # the one predicted link joins two gold clusters


def test_gold_run_puts_gold_spans_in_place_of_the_analysis_mentions(tmp_path: Path) -> None:
    docs = coref_docs(keep_annotated(load_ecbplus(write_corpus(tmp_path / "ecb"))))
    result, heads = run(docs, gold=True)
    for d in docs:
        analysis = result.analyses[d.article.id]
        assert sorted((m.start, m.end) for m in analysis.mentions) == d.spans("entity")
        assert sorted((e.start, e.end) for e in analysis.events) == d.spans("event")
        assert all(m.key in heads for m in d.mentions)
    korvath = [e for e in result.stories["9"].entities if "Korvath" in e.aliases]
    assert len(korvath) == 1 and {s.article for s in korvath[0].mentions} == {"9_1ecb", "9_2ecb"}
