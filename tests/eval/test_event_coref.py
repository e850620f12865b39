"""`storyline eval event-coref` on a tiny ECB+-shaped corpus (fictional texts): both settings, what ships."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.eval.event_coref import main
from tests.eval.ecb_corpus import write_corpus


def test_event_coref_scores_gold_mentions_and_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "ev.json"
    result = main(write_corpus(tmp_path / "ecb"), json_out=out)
    assert json.loads(out.read_text()) == result
    assert result["documents"] == 2 and result["topics"] == 1 and result["component_failures"] == 0
    gold = result["gold_mentions"]
    assert gold["mentions"] == 9
    # the attack and the killing are ontology events fused across the two reports; acts of saying ("said") are
    # low-value statement events since round 5: fusion takes in what the product types, at least the four
    assert 4 <= gold["fusion_input"]["mentions"] <= 9
    assert gold["in_story"] == gold["fusion_input"]["mentions"]
    for scope in ("within_and_cross_doc", "within_doc"):
        assert set(gold[scope]) == {"storyline", "storyline incidents", "same head lemma"}  # chains, events whole
        assert gold[scope]["storyline"]["conll_f1"] > 0
    e2e = result["end_to_end"]
    assert e2e["predicted_mentions"] >= 3
    exact, lenient = e2e["exact"], e2e["lenient"]
    assert exact["mention_detection"]["p"] > 50
    assert lenient["mention_detection"]["matched"] >= exact["mention_detection"]["matched"]
    assert set(exact["within_and_cross_doc"]["storyline"]) >= {"muc_f1", "b3_f1", "ceafe_f1", "conll_f1"}
