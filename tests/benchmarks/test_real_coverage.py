"""The real-coverage scorer (benchmarks/real_coverage/score.py) on a made-up set and story: found, clean, split,
fused, the place rule (unknown is not wrong, another place is) and the claim rule."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from benchmarks.real_coverage import score

A1 = "Gunmen attacked a market in Sarn on Tuesday. Police later arrested two men."
A2 = "The attack on the Sarn market killed nine people, the governor said."


def _set(tmp_path: Path) -> Path:
    d = tmp_path / "set"
    d.mkdir()
    arts = [{"id": "a1", "title": "Market attack", "outlet": "One", "url": "u1", "published": "2031-03-02",
             "text": A1},
            {"id": "a2", "title": "Nine dead", "outlet": "Two", "url": "u2", "published": "2031-03-03", "text": A2}]
    (d / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in arts))
    gold = {"incidents": [
        {"id": "I1", "types": ["ASSAULT"], "date": "2031-03-02", "places": ["Sarn"], "background": False,
         "toll": {"dead": 9}, "anchors": [["a1", "Gunmen attacked a market"], ["a2", "The attack on the Sarn market"]]},
        {"id": "I2", "types": ["COERCE"], "date": "2031-03", "places": ["Sarn"], "background": False,
         "anchors": [["a1", "arrested two men"]]}],
        "entities": [{"id": "E1", "type": "GPE", "spellings": ["Sarn"]}],
        "claims": [{"id": "C1", "article": "a2", "quote": "killed nine people", "speaker": ["governor"],
                    "polarity": "assert", "group": "G1"}],
        "links": []}
    (d / "gold.json").write_text(json.dumps(gold))
    return d


def _event(eid: str, type_: str, spans: list[tuple[str, str, str]], place: str | None, day: str) -> dict[str, Any]:
    texts = {"a1": A1, "a2": A2}
    return {"id": eid, "type": type_, "location": None, "location_text": place,
            "date": {"value": day, "earliest": day, "latest": day, "basis": "stated"},
            "fatalities": {"min": 9, "max": 9} if type_ == "ASSAULT" else None,
            "mentions": [{"article": a, "start": texts[a].index(w), "end": texts[a].index(w) + len(w), "text": w}
                         for a, w, _ in spans]}


def _run(tmp_path: Path, events: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    d = _set(tmp_path)
    story = {"articles": [{"id": "a1", "title": "Market attack", "text": A1},
                          {"id": "a2", "title": "Nine dead", "text": A2}],
             "entities": [{"id": "g1", "name": "Sarn", "type": "GPE", "aliases": ["Sarn"], "mentions": []}],
             "events": events,
             "claims": [{"id": "c1", "article": "a2", "start": 0, "end": len(A2), "content_start": 0,
                         "content_end": A2.index(", the"), "speaker": None, "speaker_text": "the governor",
                         "polarity": "assert"}],
             "claim_links": []}
    path, out = tmp_path / "story.json", tmp_path / "score.json"
    path.write_text(json.dumps(story))
    monkeypatch.setattr(sys, "argv", ["score.py", str(d), str(path), "--json", str(out)])
    score.main()
    return json.loads(out.read_text())["summary"]


def test_one_event_per_incident_is_clean_and_an_unknown_place_is_not_wrong(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    events = [_event("e1", "ASSAULT", [("a1", "attacked", ""), ("a2", "attack", "")], "Sarn", "2031-03-02"),
              _event("e2", "COERCE", [("a1", "arrested", "")], None, "2031-03-02")]
    s = _run(tmp_path, events, monkeypatch)
    assert s["found"] == "2/2" and s["clean"] == "2/2" and s["toll"] == "1/1"
    assert s["entities"] == "1/1" and s["claims"].startswith("1/1")


def test_a_split_incident_and_a_wrong_place_are_not_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [_event("e1", "ASSAULT", [("a1", "attacked", "")], "Sarn", "2031-03-02"),
              _event("e3", "ASSAULT", [("a2", "attack", "")], "Sarn", "2031-03-02"),
              _event("e2", "COERCE", [("a1", "arrested", "")], "Velm", "2031-03-02")]
    s = _run(tmp_path, events, monkeypatch)
    assert s["found"] == "1/2" and s["clean"] == "0/2" and s["split"] == "1/2"
