"""`storyline eval entity-coref` on a tiny ECB+-shaped corpus (fictional texts): both settings, what ships."""

from __future__ import annotations

from pathlib import Path

from storyline.eval.entity_coref import main
from tests.eval.ecb_corpus import write_corpus


def test_entity_coref_scores_gold_mentions_and_end_to_end(tmp_path: Path) -> None:
    result = main(write_corpus(tmp_path / "ecb"), json_out=tmp_path / "en.json")
    gold = result["gold_mentions"]
    assert gold["mentions"] == 7
    rows = gold["within_and_cross_doc"]
    assert set(rows) == {"storyline", "same head lemma", "same string"}
    # "Daniel Korvath" ~ "Korvath" and "Velmora" ~ "Velmora" are linked across the reports, and so are
    # "two guards" ~ "two guards", named by no name (one unnamed participant of the story)
    assert rows["storyline"]["muc_r"] == 100.0 and rows["storyline"]["muc_p"] == 100.0
    e2e = result["end_to_end"]
    assert e2e["exact"]["mention_detection"]["matched"] >= 4
    assert set(e2e["lenient"]["within_doc"]) == {"storyline", "same head lemma", "same string"}
