"""`storyline eval stories` on a small synthetic ECB+-shaped corpus (fictional texts in CAT XML)."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

from storyline.eval.ecbplus import EcbDoc
from storyline.eval.stories import main, score, to_article
from storyline.model import StoryCluster

# topic -> sub-topic ("ecb" / "ecbplus": two different real-world events of one kind) -> documents
CORPUS = {
    "1": {
        "ecb": ["Singer Lola Brennick checked into the Sunvale rehab clinic on Tuesday , her agent said .",
                "Lola Brennick has entered rehab at Sunvale , the singer 's agent confirmed to reporters .",
                "Pop singer Lola Brennick is at the Sunvale clinic for treatment , according to her agent ."],
        "ecbplus": ["Actor Dario Feltz left the Coldwater rehab centre after six weeks , his lawyer said .",
                    "Dario Feltz checked out of Coldwater rehab on Sunday , the actor 's lawyer told fans .",
                    "The lawyer for actor Dario Feltz said he finished treatment at Coldwater ."],
    },
    "2": {
        "ecb": ["A strong earthquake shook the island of Varesh on Monday , toppling houses in Port Elin .",
                "Rescuers in Port Elin searched rubble after the Varesh earthquake destroyed dozens of homes .",
                "The Varesh quake left hundreds homeless in Port Elin , island officials said ."],
        "ecbplus": ["Floods swept through the valley town of Morrowgate after the Tell river burst its banks .",
                    "Morrowgate residents fled as the Tell river flooded streets and farms overnight .",
                    "The mayor of Morrowgate said the Tell river floods were the worst in forty years ."],
    },
}


def _xml(name: str, sentences: list[str]) -> str:
    toks, t_id = [], 1
    for s_no, sent in enumerate(sentences):
        for n, word in enumerate(sent.split()):
            toks.append(f'<token t_id="{t_id}" sentence="{s_no}" number="{n}">{escape(word)}</token>')
            t_id += 1
    return f'<Document doc_name="{name}" doc_id="X">\n' + "\n".join(toks) + "\n<Markables/>\n<Relations/>\n</Document>"


def _corpus(root: Path) -> Path:
    for topic, subs in CORPUS.items():
        folder = root / "xml" / topic
        folder.mkdir(parents=True)
        for sub, texts in subs.items():
            for i, text in enumerate(texts, 1):
                name = f"{topic}_{i}{sub}.xml"
                lines = [text]
                if sub == "ecbplus":  # ecbplus files open with the source URL as sentence 0
                    lines = [f"http : / / www . example . org / news / {topic} _ {i}", text]
                (folder / name).write_text(_xml(name, lines), encoding="utf-8")
    return root


def test_eval_stories_main_scores_topics_and_subtopics(tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = main(_corpus(tmp_path / "ecb"), json_out=out)
    assert result["documents"] == 12 and result["topics"] == 2 and result["subtopics"] == 4
    assert json.loads(out.read_text(encoding="utf-8")) == result
    rows = result["systems"]
    ours = rows["storyline"]
    # four distinct fictional events, three reports each: the clustering finds them
    assert ours["subtopic"]["b3_f1"] >= 0.8 and ours["subtopic"]["ari"] >= 0.7
    assert rows["baseline: all in one"]["subtopic"]["ari"] == 0.0
    assert rows["baseline: one per doc"]["clusters"] == 12
    assert ours["subtopic"]["b3_f1"] > rows["baseline: all in one"]["subtopic"]["b3_f1"]


def test_score_perfect_and_all_in_one() -> None:
    ids = ["a", "b", "c", "d"]
    gold = ["x", "x", "y", "y"]
    perfect = score([StoryCluster("1", "", ("a", "b")), StoryCluster("2", "", ("c", "d"))], ids, gold)
    assert perfect["b3_f1"] == 1.0 and perfect["ari"] == 1.0
    lumped = score([StoryCluster("1", "", tuple(ids))], ids, gold)
    assert lumped["b3_r"] == 1.0 and lumped["b3_p"] == 0.5 and lumped["ari"] == 0.0


def test_to_article_moves_the_url_line_out_of_the_text() -> None:
    text = "http : / / www . example . org / a\nThe headline here\nBody sentence ."
    doc = EcbDoc("1_1ecbplus", "1", "1_ecbplus", text, [(0, 34), (35, 52), (53, 68)])
    art = to_article(doc)
    assert art.text == "The headline here\nBody sentence ."
    assert art.url == "http://www.example.org/a"
    plain = to_article(EcbDoc("1_1ecb", "1", "1_ecb", "Just text .", [(0, 11)]))
    assert plain.text == "Just text ." and plain.url is None
