"""ECB+ entity coreference on predicted mentions, on two hand-written CAT XML documents."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.eval.entity_coref import main

# (sentences, markables): a markable is (tag, sentence, first token, last token, instance id)
DOCS = {
    "9_1ecb.xml": (
        [["Daniel", "Korvath", "visited", "Velmora", "on", "Monday", "."],
         ["He", "met", "Peter", "Asdal", "there", "."]],
        [("HUMAN_PART_PER", 0, 0, 1, "HUM1"), ("LOC_GEO", 0, 3, 3, "LOC1"),
         ("HUMAN_PART_PER", 1, 0, 0, "HUM1"), ("HUMAN_PART_PER", 1, 2, 3, "HUM2")]),
    "9_2ecb.xml": (
        [["Korvath", "said", "Velmora", "was", "calm", "."],
         ["Peter", "Asdal", "agreed", "with", "Korvath", "."]],
        [("HUMAN_PART_PER", 0, 0, 0, "HUM1"), ("LOC_GEO", 0, 2, 2, "LOC1"),
         ("HUMAN_PART_PER", 1, 0, 1, "HUM2"), ("HUMAN_PART_PER", 1, 4, 4, "HUM1")]),
}


def _xml(name: str, sentences: list[list[str]], markables: list[tuple[str, int, int, int, str]]) -> str:
    tokens, ids, t_id = [], {}, 0
    for s, words in enumerate(sentences):
        for n, w in enumerate(words):
            t_id += 1
            ids[(s, n)] = t_id
            tokens.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{w}</token>')
    marks, rels, instances = [], [], {}
    for m_id, (tag, s, a, b, inst) in enumerate(markables, start=1):
        anchors = "".join(f'<token_anchor t_id="{ids[(s, n)]}"/>' for n in range(a, b + 1))
        marks.append(f'<{tag} m_id="{m_id}">{anchors}</{tag}>')
        instances.setdefault(inst, (tag, []))[1].append(m_id)
    for k, (inst, (tag, members)) in enumerate(instances.items(), start=100):
        marks.append(f'<{tag} m_id="{k}" RELATED_TO="" TAG_DESCRIPTOR="d{k}" instance_id="{inst}" />')
        sources = "".join(f'<source m_id="{m}" />' for m in members)
        rels.append(f'<CROSS_DOC_COREF r_id="{k}" note="{inst}">{sources}<target m_id="{k}" /></CROSS_DOC_COREF>')
    return (f'<Document doc_name="{name}" doc_id="{name}">' + "".join(tokens) + "<Markables>" + "".join(marks)
            + "</Markables><Relations>" + "".join(rels) + "</Relations></Document>")


def _corpus(root: Path) -> Path:
    topic = root / "xml" / "9"
    topic.mkdir(parents=True)
    rows = ["Topic,File,Sentence Number"]
    for name, (sentences, markables) in DOCS.items():
        (topic / name).write_text(_xml(name, sentences, markables), encoding="utf-8")
        rows += [f"9,{name.removesuffix('.xml').split('_')[1]},{i}" for i in range(len(sentences))]
    (root / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_entity_coref_beats_string_match_on_predicted_mentions(tmp_path: Path) -> None:
    out = tmp_path / "ec.json"
    result = main(_corpus(tmp_path / "ecb"), json_out=out)
    rows = result["rows"]
    assert set(rows) == {"string match", "in-doc coref", "storyline"}
    assert result["gold_mentions"] == 8 and result["aligned"] >= 6
    assert rows["storyline"]["conll_f1"] > rows["string match"]["conll_f1"]
    assert json.loads(out.read_text())["rows"]["storyline"] == rows["storyline"]
