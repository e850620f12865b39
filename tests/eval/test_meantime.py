"""MEANTIME reader and `storyline eval meantime` on two hand-written CAT XML documents (fictional texts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval.meantime import corpus_dirs, load_meantime, main, read_document

SENTENCES = [
    ["Korvex", "opens", "plant", "in", "Velmora"],
    ["March", "3", ",", "2011"],
    ["Korvex", "opened", "a", "car", "plant", "in", "Velmora", "on", "Monday", "."],
    ["The", "company", "said", "the", "plant", "will", "employ", "900", "people", "."],
    ["It", "cost", "$", "2", "billion", "."],
    ["Production", "starts", "next", "year", "."],
    ["Korvex", "plans", "a", "second", "plant", "."],
]


def _xml(doc_id: str, instance: str) -> str:
    tokens, ids, t = [], {}, 0
    for s, words in enumerate(SENTENCES):
        for n, w in enumerate(words):
            t += 1
            ids[(s, n)] = t
            tokens.append(f'<token t_id="{t}" sentence="{s}" number="{n}">{w}</token>')

    def anchors(s: int, a: int, b: int) -> str:
        return "".join(f'<token_anchor t_id="{ids[(s, n)]}"/>' for n in range(a, b + 1))

    marks = [
        f'<ENTITY_MENTION m_id="1" syntactic_type="NAM">{anchors(0, 0, 0)}</ENTITY_MENTION>',
        f'<ENTITY_MENTION m_id="2" syntactic_type="NAM">{anchors(2, 0, 0)}</ENTITY_MENTION>',
        f'<ENTITY_MENTION m_id="3" syntactic_type="NOM">{anchors(3, 0, 1)}</ENTITY_MENTION>',
        f'<ENTITY_MENTION m_id="4" syntactic_type="NAM">{anchors(2, 6, 6)}</ENTITY_MENTION>',
        f'<ENTITY_MENTION m_id="5" syntactic_type="NAM">{anchors(6, 0, 0)}</ENTITY_MENTION>',  # past sentence 5
        f'<EVENT_MENTION m_id="6" pred="open">{anchors(2, 1, 1)}</EVENT_MENTION>',
        f'<EVENT_MENTION m_id="7" pred="open">{anchors(0, 1, 1)}</EVENT_MENTION>',
        f'<TIMEX3 m_id="8" functionInDocument="CREATION_TIME" type="DATE" value="2011-03-03">{anchors(1, 0, 3)}'
        '</TIMEX3>',
        f'<TIMEX3 m_id="9" functionInDocument="NONE" type="DATE" value="2011-02-28">{anchors(2, 8, 8)}</TIMEX3>',
        '<TIMEX3 m_id="10" functionInDocument="NONE" type="DATE" value="2011-12-31"></TIMEX3>',
        f'<ENTITY m_id="20" ent_type="ORG" instance_id="ORG_KORVEX"/><ENTITY m_id="21" ent_type="LOC" '
        f'instance_id="LOC_VELMORA"/><EVENT m_id="22" class="OTHER" instance_id="{instance}"/>',
    ]
    rels = ['<REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><source m_id="3"/><source m_id="5"/>'
            '<target m_id="20"/></REFERS_TO>', '<REFERS_TO r_id="2"><source m_id="4"/><target m_id="21"/></REFERS_TO>',
            '<REFERS_TO r_id="3"><source m_id="6"/><source m_id="7"/><target m_id="22"/></REFERS_TO>']
    return (f'<Document doc_id="{doc_id}" doc_name="{doc_id}_x" url="http://example.org/{doc_id}">'
            + "".join(tokens) + "<Markables>" + "".join(marks) + "</Markables><Relations>" + "".join(rels)
            + "</Relations></Document>")


def _corpus(root: Path) -> Path:
    folder = root / "intra_cross-doc_annotation" / "corpus_cars"
    folder.mkdir(parents=True)
    (folder / "1_x.xml").write_text(_xml("1", "OPEN_A"), encoding="utf-8")
    (folder / "2_x.xml").write_text(_xml("2", "OPEN_A"), encoding="utf-8")
    return root


def test_read_document_text_date_timexes_and_clusters(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "mt")
    doc = read_document(root / "intra_cross-doc_annotation" / "corpus_cars" / "1_x.xml", "cars")
    assert doc.text.startswith("Korvex opens plant in Velmora\nMarch 3 , 2011\n")
    assert doc.dct == "2011-03-03" and doc.article().published == "2011-03-03"
    assert [(t.text, t.value) for t in doc.timexes] == [("March 3 , 2011", "2011-03-03"), ("Monday", "2011-02-28")]
    ents = [m for m in doc.mentions if m.kind == "entity"]
    assert len(ents) == 4  # the mention in sentence 6 lies past the exhaustively annotated sentences
    assert {m.cluster for m in ents} == {"ORG_KORVEX", "LOC_VELMORA"}
    assert {m.cluster for m in doc.mentions if m.kind == "event"} == {"OPEN_A"}


def test_corpus_dirs_by_release_folder_split_or_corpus_folder(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "mt")
    assert [d.name for d in corpus_dirs(root)] == ["corpus_cars"]
    assert [d.name for d in corpus_dirs(root, "cars")] == ["corpus_cars"]
    assert corpus_dirs(root / "intra_cross-doc_annotation" / "corpus_cars")[0].name == "corpus_cars"
    with pytest.raises(FileNotFoundError, match="'boats'"):
        corpus_dirs(root, "boats")
    assert len(load_meantime(root, limit=1)) == 1


def test_eval_meantime_scores_timexes_and_both_coreference_settings(tmp_path: Path) -> None:
    out = tmp_path / "mt.json"
    result = main(_corpus(tmp_path / "mt"), json_out=out)
    assert json.loads(out.read_text()) == result
    assert result["documents"] == 2 and result["corpora"] == ["cars"]
    assert result["timex"]["gold"] == 4 and result["timex"]["relaxed_f1"] > 0.5
    for kind in ("entity", "event"):
        assert set(result[kind]) == {"gold_mentions", "end_to_end"}
    assert result["entity"]["gold_mentions"]["within_and_cross_doc"]["storyline"]["muc_r"] > 0
