"""Tests of the PolNeAR attribution scorer on small synthetic brat files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.analyze.claims.attribution import trim
from storyline.analyze.pipeline import Analyzer
from storyline.eval.attribution import (
    Attribution,
    Doc,
    baseline_attributions,
    claim_attributions,
    main,
    matched,
    parse_ann,
    read_polnear,
    score,
    split_dir,
)
from storyline.model import Article, Claim

TEXT = ("Mayor Ilse Varn said that the bridge would reopen in May. "
        "“We are ready,” said the engineer. "
        "According to the port authority, ten ships were delayed.")
ROWS = [("Mayor Ilse Varn", "said", "that the bridge would reopen in May"),
        ("the engineer", "said", "We are ready"),
        ("the port authority", "According to", "ten ships were delayed")]


def _at(sub: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(sub, after)
    return start, start + len(sub)


def _gold() -> list[Attribution]:
    out = []
    for src, cue, content in ROWS:
        c = _at(content)
        # each attribution's cue is the one next to its own content
        k = _at(cue, c[1]) if cue == "said" and src == "the engineer" else _at(cue)
        out.append(Attribution(_at(src), k, c))
    return out


def _ann() -> str:
    rows, n = [], 0
    for i, a in enumerate(_gold()):
        ids = []
        for label, span in (("Source", a.source), ("Cue", a.cue), ("Content", a.content)):
            assert span is not None
            s, e = span
            n += 1
            rows.append(f"T{n}\t{label} {s} {e}\t{TEXT[s:e]}")
            ids.append(f"{label}:T{n}")
        rows.append(f"E{i + 1}\tAttribution:T{n} " + " ".join(ids))
    return "\n".join(rows) + "\n"


def _corpus(tmp_path: Path, split: str = "dev") -> Path:
    part = tmp_path / "data" / split
    (part / "text").mkdir(parents=True)
    (part / "attributions").mkdir()
    (part / "text" / "local_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (part / "attributions" / "local_2016-01-01_bridge_ab12.ann").write_text(_ann(), encoding="utf-8")
    return tmp_path


def test_parse_ann_reads_attributions_with_and_without_source() -> None:
    text = "Mary said it rained, and wind was expected."
    ann = ("T1\tSource 0 4\tMary\nT2\tCue 5 9\tsaid\nT3\tContent 10 12;13 20\tx\n"
           "T4\tCue 34 42\texpected\nT5\tContent 24 33\twind was\nT6\tDiscuss 0 4\tMary\n"
           "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nE2\tAttribution-no-source:T4 Cue:T4 Content:T5\n")
    gold = parse_ann(ann, text)
    assert gold[0] == Attribution((0, 4), (5, 9), (10, 19))  # discontinuous: first to last, trimmed of ","
    assert gold[1].source is None and text[slice(*gold[1].content)] == "wind was"  # type: ignore[misc]


def test_colon_cue_is_kept_and_matched() -> None:
    # "Name: words": the cue is the colon itself; trimmed to nothing it could never be matched
    text = "Ostrand: The harbour will stay open\n\nThe governor spoke."
    ann = ("T1\tSource 0 7\tOstrand\nT2\tCue 7 8\t:\nT3\tContent 9 35\tThe harbour will stay open\n"
           "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
    gold = parse_ann(ann, text)
    assert gold == [Attribution((0, 7), (7, 8), (9, 35))]
    claim = Claim(id="a:cl0", article="a", start=0, end=35, speaker=None, speaker_text="Ostrand", cue=":",
                  content=text[9:35], speaker_start=0, speaker_end=7, cue_start=7, cue_end=8, content_start=9,
                  content_end=35)
    pred = claim_attributions(text, [claim])
    assert score([Doc("d", text, gold)], [pred])["attribution"]["exact"]["matched"] == 1


def test_read_polnear_pairs_annotations_with_texts(tmp_path: Path) -> None:
    docs = read_polnear(_corpus(tmp_path))
    assert len(docs) == 1 and docs[0].text == TEXT
    assert docs[0].gold == _gold()


def test_split_dir_takes_any_split_and_names_the_missing_one(tmp_path: Path) -> None:
    _corpus(tmp_path, "train")
    _corpus(tmp_path, "test")
    assert split_dir(tmp_path, "train") == tmp_path / "data" / "train"
    assert split_dir(tmp_path / "data" / "test") == tmp_path / "data" / "test"  # a split folder itself
    with pytest.raises(FileNotFoundError, match=r"'dev'.*splits here: train, test"):
        split_dir(tmp_path, "dev")


def test_score_attribution_needs_all_three_roles_exactly() -> None:
    gold = _gold()
    doc = Doc("d", TEXT, gold)
    short_source = Attribution(_at("Ilse Varn"), gold[0].cue, gold[0].content)
    result = score([doc], [[short_source, gold[1]]])
    assert result["attribution"]["exact"]["matched"] == 1  # the second only
    assert result["attribution"]["lenient"]["matched"] == 2  # the short source overlaps
    assert result["source"]["exact"]["matched"] == 1 and result["cue"]["exact"]["matched"] == 2
    assert result["attribution"]["exact"]["r"] == round(1 / 3, 4)


def test_score_missing_source_matches_only_a_missing_source() -> None:
    gold = Attribution(None, _at("said"), _at("that the bridge would reopen in May"))
    doc = Doc("d", TEXT, [gold])
    with_source = Attribution(_at("Mayor Ilse Varn"), gold.cue, gold.content)
    assert score([doc], [[gold]])["attribution"]["exact"]["f1"] == 1.0
    assert score([doc], [[with_source]])["attribution"]["lenient"]["f1"] == 0.0


def test_matched_is_one_to_one() -> None:
    def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    # two predictions overlap one gold span: one match, not two
    assert matched([(0, 5), (3, 8)], [(4, 6)], exact=False, same=overlap) == 1
    # the matching is maximal: (0, 5) must take (0, 2) so that (3, 8) can take (4, 6)
    assert matched([(0, 5), (3, 8)], [(4, 6), (0, 2)], exact=False, same=overlap) == 2
    assert matched([(1, 2), (1, 2)], [(1, 2)], exact=True) == 1


def test_baseline_finds_quote_and_said() -> None:
    found = baseline_attributions(TEXT)
    quoted = [a for a in found if a.content == _at("We are ready")]
    assert quoted and quoted[0].source == _at("the engineer")
    assert trim(TEXT, *_at("said")) == _at("said")


def test_main_scores_the_default_analysis(tmp_path: Path, analyzer: Analyzer) -> None:
    out = tmp_path / "figures.json"
    result = main(_corpus(tmp_path), json_out=out)
    assert json.loads(out.read_text()) == result
    # the figures are those of the shipped analysis (the default Config), nothing eval-only
    shipped = claim_attributions(TEXT, analyzer.analyze(Article(id="x", text=TEXT)).claims)
    assert result["system"]["attribution"]["exact"]["matched"] == len(set(shipped) & set(_gold()))
    assert result["system"]["attribution"]["exact"]["predicted"] == len(shipped)
    assert result["system"]["attribution"]["lenient"]["f1"] > result["baseline"]["attribution"]["lenient"]["f1"]
    assert result["system"]["source"]["exact"]["r"] == 1.0
