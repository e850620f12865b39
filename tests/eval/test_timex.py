"""The TempEval-3 scorer on hand-made gold/system pairs, and the TimeML reader on a hand-made file."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.timex import read_tml
from storyline.eval.timex_score import TimexSpan, score


def g(start: int, end: int, value: str, type_: str = "DATE", doc: str = "d1") -> TimexSpan:
    return TimexSpan(doc, start, end, type_, value)


def test_score_perfect_match() -> None:
    f, _ = score([g(0, 5, "2023")], [g(0, 5, "2023")])
    assert f["strict_f1"] == f["relaxed_f1"] == f["value_f1"] == 1.0


def test_score_relaxed_overlap_counts_but_not_strict() -> None:
    # gold "Wednesday" 10-19; system "on Wednesday" 7-19
    f, _ = score([g(10, 19, "2023-03-01")], [g(7, 19, "2023-03-01")])
    assert f["strict_f1"] == 0.0
    assert f["relaxed_f1"] == 1.0
    assert f["value_accuracy"] == 1.0


def test_score_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    gold = [g(0, 4, "2022"), g(10, 20, "2023-02"), g(30, 35, "P3Y", "DURATION"), g(50, 55, "PRESENT_REF")]
    system = [g(0, 4, "2022"), g(10, 20, "2023-03"), g(30, 35, "P3Y", "DATE"), g(60, 65, "2021")]
    f, counts = score(gold, system)
    assert (counts.relaxed, counts.strict) == (3, 3)
    assert f["relaxed_precision"] == pytest.approx(3 / 4)
    assert f["relaxed_recall"] == pytest.approx(3 / 4)
    assert f["value_accuracy"] == pytest.approx(2 / 3)
    assert f["type_accuracy"] == pytest.approx(2 / 3)
    assert f["value_f1"] == pytest.approx(0.75 * 2 / 3)


def test_score_one_to_one_matching() -> None:
    # one long system span over two gold spans matches only one of them
    f, counts = score([g(0, 5, "2023"), g(6, 10, "2023-02")], [g(0, 10, "2023-02")])
    assert counts.relaxed == 1
    assert f["relaxed_precision"] == 1.0
    assert f["relaxed_recall"] == 0.5


def test_score_documents_are_separate() -> None:
    f, _ = score([g(0, 5, "2023", doc="a")], [g(0, 5, "2023", doc="b")])
    assert f["relaxed_f1"] == 0.0


def test_read_tml_offsets_and_dct(tmp_path: Path) -> None:
    tml = tmp_path / "x.tml"
    tml.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" '
        'functionInDocument="CREATION_TIME">19980206</TIMEX3></DCT><TEXT>Talks &amp; votes <EVENT eid="e1">ended'
        '</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>.</TEXT></TimeML>')
    doc = read_tml(tml)
    assert doc.dct == "1998-02-06"
    assert doc.text == "Talks & votes ended yesterday."
    assert len(doc.gold) == 1
    t = doc.gold[0]
    assert doc.text[t.start:t.end] == "yesterday"
    assert (t.type, t.value) == ("DATE", "1998-02-05")
