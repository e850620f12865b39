"""The CoNLL-2003 NER scorer on a small hand-written file."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.eval.ner import capitalized_runs, main, read_conll, score

CONLL = """-DOCSTART- -X- -X- O

Officials NNS B-NP O
of IN B-PP O
the DT B-NP O
European NNP I-NP B-ORG
Union NNP I-NP I-ORG
met VBD B-VP O
Angela NNP B-NP B-PER
Merkel NNP I-NP I-PER
in IN B-PP O
Berlin NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

The DT B-NP O
German JJ I-NP B-MISC
team NN I-NP O
beat VBD B-VP O
France NNP B-NP B-LOC
. . O O
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_read_conll_rebuilds_text_and_gold_spans(tmp_path: Path) -> None:
    docs = read_conll(_write(tmp_path))
    assert len(docs) == 2
    first = docs[0]
    assert {(first.text[s:e], t) for s, e, t in first.gold} == {
        ("European Union", "ORG"), ("Angela Merkel", "PER"), ("Berlin", "LOC")}


def test_score_exact_match_per_type_and_overall() -> None:
    gold = [{(0, 5, "PER"), (10, 15, "LOC")}]
    pred = [{(0, 5, "PER"), (10, 15, "ORG"), (20, 25, "MISC")}]
    s = score(gold, pred)
    assert s["PER"]["f1"] == 100.0 and s["LOC"]["r"] == 0.0 and s["ORG"]["p"] == 0.0
    assert s["overall"]["p"] == round(100 / 3, 2) and s["overall"]["r"] == 50.0


def test_capitalized_runs_skips_sentence_starts(tmp_path: Path) -> None:
    doc = read_conll(_write(tmp_path))[0]
    runs = {doc.text[s:e] for s, e, _ in capitalized_runs(doc, "PER")}
    assert runs == {"European Union", "Angela Merkel", "Berlin"}


def test_main_scores_the_story_beside_the_analysis_and_baselines(tmp_path: Path) -> None:
    out = tmp_path / "ner.json"
    result = main(_write(tmp_path), json_out=out)
    assert set(result["rows"]) == {"storyline", "storyline analysis", "spacy-sm", "capitalized-runs"}
    assert json.loads(out.read_text())["documents"] == 2
    story = result["rows"]["storyline"]["overall"]
    assert story["predicted"] >= 3 and story["f1"] >= result["rows"]["capitalized-runs"]["overall"]["f1"]
