"""ECB+ reader on a hand-written CAT XML file, plus a smoke test on one real topic when the corpus is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.coref_metrics import conll_f1
from storyline.eval.ecbplus import (
    align_by_overlap,
    gold_clusters,
    head_lemmas,
    keep_annotated,
    load_ecbplus,
    main,
    mention_kind,
    parse_document,
    relabel_clusters,
)
from tests.conftest import shared_data

# Sentence 0: "Vorlen Maddox left Quillport ." ; sentence 1: "He departed on Monday ."
DOC = """<Document doc_name="7_2ecbplus.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">Vorlen</token>
<token t_id="2" sentence="0" number="1">Maddox</token>
<token t_id="3" sentence="0" number="2">left</token>
<token t_id="4" sentence="0" number="3">Quillport</token>
<token t_id="5" sentence="0" number="4">.</token>
<token t_id="6" sentence="1" number="0">He</token>
<token t_id="7" sentence="1" number="1">departed</token>
<token t_id="8" sentence="1" number="2">on</token>
<token t_id="9" sentence="1" number="3">Monday</token>
<token t_id="10" sentence="1" number="4">.</token>
<Markables>
<HUMAN_PART_PER m_id="1"  >
  <token_anchor t_id="1"/>
  <token_anchor t_id="2"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="2"  >
  <token_anchor t_id="3"/>
</ACTION_OCCURRENCE>
<LOC_GEO m_id="3"  >
  <token_anchor t_id="4"/>
</LOC_GEO>
<HUMAN_PART_PER m_id="4"  >
  <token_anchor t_id="6"/>
</HUMAN_PART_PER>
<NEG_ACTION_OCCURRENCE m_id="5"  >
  <token_anchor t_id="7"/>
</NEG_ACTION_OCCURRENCE>
<TIME_DATE m_id="6"  >
  <token_anchor t_id="9"/>
</TIME_DATE>
<HUMAN_PART_PER m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t7_maddox" instance_id="HUM123" />
<ACTION_OCCURRENCE m_id="21" RELATED_TO="" TAG_DESCRIPTOR="leaving" />
<UNKNOWN_INSTANCE_TAG m_id="22" RELATED_TO="" TAG_DESCRIPTOR="" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="100" note="HUM123" >
  <source m_id="1" />
  <source m_id="4" />
  <target m_id="20" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="101" >
  <source m_id="2" />
  <source m_id="5" />
  <target m_id="21" />
</INTRA_DOC_COREF>
</Relations>
</Document>
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    topic = tmp_path / "xml" / "7"
    topic.mkdir(parents=True)
    (topic / "7_2ecbplus.xml").write_text(DOC, encoding="utf-8")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n7,2ecbplus,0\n", encoding="utf-8")
    return tmp_path


def test_parse_document_text_sentences_and_offsets(corpus: Path) -> None:
    doc = parse_document(corpus / "xml" / "7" / "7_2ecbplus.xml")
    assert doc.doc_id == "7_2ecbplus"
    assert (doc.topic, doc.subtopic) == ("7", "7_ecbplus")
    assert doc.text == "Vorlen Maddox left Quillport .\nHe departed on Monday ."
    assert [doc.text[s:e] for s, e in doc.sentences] == ["Vorlen Maddox left Quillport .", "He departed on Monday ."]
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text


def test_parse_document_kinds_types_and_clusters(corpus: Path) -> None:
    doc = parse_document(corpus / "xml" / "7" / "7_2ecbplus.xml")
    got = {m.text: (m.kind, m.type, m.sentence, m.cluster) for m in doc.mentions}
    assert got == {
        "Vorlen Maddox": ("entity", "HUMAN_PART_PER", 0, "HUM123"),
        "left": ("event", "ACTION_OCCURRENCE", 0, "7_2ecbplus/intra/21"),
        "Quillport": ("entity", "LOC_GEO", 0, "7_2ecbplus/single/3"),
        "He": ("entity", "HUMAN_PART_PER", 1, "HUM123"),
        "departed": ("event", "NEG_ACTION_OCCURRENCE", 1, "7_2ecbplus/intra/21"),
        "Monday": ("time", "TIME_DATE", 1, "7_2ecbplus/single/6"),
    }


def test_mention_kind_tag_families() -> None:
    assert mention_kind("NON_HUMAN_PART_GENERIC") == "entity"
    assert mention_kind("HUMAN_PART_ORG") == "entity"
    assert mention_kind("NEG_ACTION_STATE") == "event"
    assert mention_kind("TIME_OF_THE_DAY") == "time"
    assert mention_kind("UNKNOWN_INSTANCE_TAG") is None


def test_load_ecbplus_reads_annotated_sentences_and_filters(corpus: Path) -> None:
    docs = load_ecbplus(corpus)
    assert [d.annotated_sentences for d in docs] == [{0}]
    kept = keep_annotated(docs)
    assert [m.text for m in kept[0].mentions] == ["Vorlen Maddox", "left", "Quillport"]
    assert len(docs[0].mentions) == 6  # the original is untouched


def test_load_ecbplus_skips_bad_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "xml" / "7" / "7_3ecb.xml").write_text("<Document><token", encoding="utf-8")
    docs = load_ecbplus(corpus)
    assert [d.doc_id for d in docs] == ["7_2ecbplus"]
    assert "7_3ecb.xml" in capsys.readouterr().err


def test_gold_clusters_by_kind_and_type(corpus: Path) -> None:
    docs = load_ecbplus(corpus)
    entity = gold_clusters(docs, "entity")
    assert sorted(sorted(c) for c in entity) == [
        [("7_2ecbplus", 0, 13), ("7_2ecbplus", 31, 33)],
        [("7_2ecbplus", 19, 28)],
    ]
    assert gold_clusters(docs, "entity", types={"LOC_"}) == [{("7_2ecbplus", 19, 28)}]
    assert gold_clusters(docs, "event") == [{("7_2ecbplus", 14, 18), ("7_2ecbplus", 34, 42)}]


def test_align_by_overlap_prefers_largest_overlap_then_shorter_span() -> None:
    gold = [("d", 0, 20), ("d", 0, 5), ("d", 30, 35), ("e", 0, 5)]
    predicted = [("d", 0, 5), ("d", 2, 19), ("d", 31, 40), ("d", 50, 55), ("e", 1, 3)]
    assert align_by_overlap(gold, predicted) == {
        ("d", 2, 19): ("d", 0, 20),  # overlap 17 beats everything
        ("d", 0, 5): ("d", 0, 5),
        ("d", 31, 40): ("d", 30, 35),
        ("e", 1, 3): ("e", 0, 5),  # same offsets in another document never match
    }
    # ties on overlap go to the shorter gold span; each gold mention is used once
    assert align_by_overlap([("d", 0, 20), ("d", 0, 5)], [("d", 0, 5)]) == {("d", 0, 5): ("d", 0, 5)}
    assert align_by_overlap([("d", 0, 5)], [("d", 0, 5), ("d", 0, 8)]) == {("d", 0, 5): ("d", 0, 5)}


def test_relabel_clusters_scores_aligned_prediction_as_perfect() -> None:
    key = [{("d", 0, 5), ("d", 10, 14)}, {("d", 20, 25)}]
    predicted = [{("d", 0, 4), ("d", 10, 15)}, {("d", 19, 25)}]
    response = relabel_clusters(predicted, align_by_overlap(
        [m for c in key for m in c], [m for c in predicted for m in c]))
    assert conll_f1(key, response) == pytest.approx(1.0)


def test_load_ecbplus_real_topic_smoke() -> None:
    docs = load_ecbplus(shared_data("eval", "ecbplus"), limit_topics=1)
    assert docs and {d.topic for d in docs} == {docs[0].topic}
    assert {d.subtopic for d in docs} == {f"{docs[0].topic}_ecb", f"{docs[0].topic}_ecbplus"}
    for doc in docs:
        for m in doc.mentions:
            assert doc.text[m.start:m.end] == m.text
            start, end = doc.sentences[m.sentence]
            assert start <= m.start < end
    kept = keep_annotated(docs)
    events = gold_clusters(kept, "event")
    # cross-document chains exist: some gold event cluster spans two documents
    assert any(len({key[0] for key in c}) > 1 for c in events)
    assert sum(len(d.mentions) for d in kept) < sum(len(d.mentions) for d in docs)


def test_head_lemmas_takes_lemma_of_syntactic_head(corpus: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    docs = load_ecbplus(corpus)
    lemmas = head_lemmas(docs, nlp)
    by_text = {m.text: lemmas[m.key] for m in docs[0].mentions}
    assert by_text["departed"] == "depart"
    assert by_text["Vorlen Maddox"] == "maddox"
    assert set(lemmas) == {m.key for m in docs[0].mentions}


def test_main_real_topic_reports_baselines(tmp_path: Path) -> None:
    import json

    out = tmp_path / "ecbplus.json"
    result = main(shared_data("eval", "ecbplus"), limit=1, json_out=out, lemmas=False)
    assert json.loads(out.read_text()) == result
    rows = result["baselines"]
    assert isinstance(rows, dict)
    assert rows["event: singletons"]["muc_f1"] == 0.0
    for kind in ("entity", "event"):
        assert rows[f"{kind}: exact string"]["conll_f1"] > rows[f"{kind}: singletons"]["conll_f1"]


def test_load_ecbplus_split_by_usual_topics_or_by_folder(tmp_path: Path) -> None:
    from tests.eval.ecb_corpus import write_corpus

    root = write_corpus(write_corpus(tmp_path / "ecb", topic="2"), topic="3")
    assert {d.topic for d in load_ecbplus(root)} == {"2", "3"}
    assert {d.topic for d in load_ecbplus(root, split="dev")} == {"2"}  # topic 2 is a development topic
    assert {d.topic for d in load_ecbplus(root, split="train")} == {"3"}
    assert load_ecbplus(root, split="test") == []
    held_out = write_corpus(tmp_path / "ecb" / "test", topic="40")  # a held-out folder laid out like the release
    assert {d.topic for d in load_ecbplus(root, split="test")} == {"40"}
    assert {d.topic for d in load_ecbplus(held_out)} == {"40"}
    with pytest.raises(FileNotFoundError, match="'heldout'"):
        load_ecbplus(root, split="heldout")
