"""Tests of the PolNeAR attribution scorer on small synthetic brat files."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.analyze.claims.attribution import trim
from storyline.eval.attribution import Doc, baseline_spans, main, parse_ann, read_polnear, score

TEXT = ("Mayor Ilse Varn said that the bridge would reopen in May. "
        "“We are ready,” said the engineer. "
        "According to the port authority, ten ships were delayed.")


def _offsets(sub: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(sub, after)
    return start, start + len(sub)


def _ann() -> str:
    rows = []
    n = 0
    for i, (src, cue, content) in enumerate([
        ("Mayor Ilse Varn", "said", "that the bridge would reopen in May"),
        ("the engineer", "said", "We are ready"),
        ("the port authority", "According to", "ten ships were delayed"),
    ]):
        ids = []
        after = TEXT.index(content)  # each attribution's cue is searched from its own content on
        for label, sub in (("Source", src), ("Cue", cue), ("Content", content)):
            n += 1
            s, e = _offsets(sub, after if label == "Cue" and cue == "said" and i else 0)
            rows.append(f"T{n}\t{label} {s} {e}\t{sub}")
            ids.append(f"{label}:T{n}")
        rows.append(f"E{i + 1}\tAttribution:T{n} " + " ".join(ids))
    return "\n".join(rows) + "\n"


def _corpus(tmp_path: Path) -> Path:
    dev = tmp_path / "data" / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    (dev / "text" / "local_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (dev / "attributions" / "local_2016-01-01_bridge_ab12.ann").write_text(_ann(), encoding="utf-8")
    return tmp_path


def test_parse_ann_reads_roles_and_discontinuous_spans() -> None:
    ann = ("T1\tSource 0 4\tMary\nT2\tCue 5 9\tsaid\nT3\tContent 10 14;20 25\tx\n"
           "T4\tDiscuss 30 34\tnote\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
    gold = parse_ann(ann)
    assert gold["source"] == [[(0, 4)]] and gold["cue"] == [[(5, 9)]]
    assert gold["content"] == [[(10, 14), (20, 25)]]


def test_read_polnear_pairs_annotations_with_texts(tmp_path: Path) -> None:
    docs = read_polnear(_corpus(tmp_path))
    assert len(docs) == 1 and docs[0].text == TEXT
    assert len(docs[0].gold["cue"]) == 3


def test_score_exact_and_overlap() -> None:
    doc = Doc("d", TEXT, {"source": [[_offsets("Mayor Ilse Varn")]], "cue": [], "content": []})
    half = _offsets("Ilse Varn")
    result = score([doc], [{"source": [half], "cue": [], "content": []}])
    assert result["source"]["exact"]["f1"] == 0.0
    assert result["source"]["overlap"]["f1"] == 1.0


def test_baseline_finds_quote_and_said() -> None:
    spans = baseline_spans(TEXT)
    assert _offsets("We are ready") in [trim(TEXT, *sp) for sp in spans["content"]]
    assert _offsets("the engineer") in spans["source"]


def test_main_reports_system_above_baseline(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = main(_corpus(tmp_path), json_out=out)
    assert json.loads(out.read_text()) == result
    for role in ("source", "cue", "content"):
        assert result["system"][role]["overlap"]["f1"] > result["baseline"][role]["overlap"]["f1"]
    assert result["system"]["source"]["exact"]["r"] == 1.0
