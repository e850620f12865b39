"""PLOVER scorer on a tiny hand-made record file (fictional sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.eval.plover import main


def _rec(text: str, event: str, src: str, tgt: str | None = None) -> dict[str, object]:
    return {"text": text, "event": event, "source": [{"actorText": src}],
            "target": [{"actorText": tgt}] if tgt else ""}


def test_plover_scores_type_coverage_and_actors(tmp_path: Path) -> None:
    records = [
        _rec("Rebels attacked the village of Ostrava on Monday.", "ASSAULT", "Rebels", "village"),
        _rec("Foreign Minister Jane Holloway visited Oslo on Tuesday.", "CONSULT", "Jane Holloway", "Oslo"),
        _rec("Finance Minister Tom Adeyemi resigned on Friday.", "RETREAT", "Tom Adeyemi"),
        _rec("The weather was pleasant.", "AGREE", "weather"),
    ]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records))
    out = tmp_path / "out.json"
    result = main(path, json_out=out)
    assert result["records"] == 4
    assert result["coverage"] == 0.75
    assert result["type_accuracy_covered"] == 1.0
    assert result["type_accuracy_all"] == 0.75
    assert result["source_match"] == 1.0 and result["source_records"] == 3
    assert json.loads(out.read_text())["records"] == 4


def test_plover_limit_and_labels_as_the_story_exports_them(tmp_path: Path) -> None:
    records = [_rec("Finland will send humanitarian aid to Tanzania.", "AGREE", "Finland"),
               _rec("Rebels attacked the village.", "ASSAULT", "Rebels")]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records))
    result = main(path, limit=1)
    assert result["records"] == 1
    # the story's PLOVER label as exported: the aid is AID (its modality says it is expected); PLOVER codes
    # the promise as AGREE, and the scorer does not relabel
    assert result["coverage"] == 1.0 and result["top_confusions"] == ["AGREE->AID: 1"]


def test_plover_main_event_skips_types_plover_does_not_code() -> None:
    from storyline.eval.event_types import TextEvent
    from storyline.eval.plover import main_event
    from storyline.model import Event, EventMention

    def te(type_: str, plover: str | None, depth: int) -> TextEvent:
        m = EventMention(id=f"x:{type_}", article="x", start=depth, end=depth + 1, text=type_, type=type_)
        return TextEvent(Event(id=type_, type=type_, plover=plover), m, depth)

    # "banned candidates from the upcoming elections": the election is nearer the root, the ban is coded
    chosen = main_event([te("APPOINT", None, 0), te("COERCE", "COERCE", 1)])
    assert chosen is not None and chosen.event.type == "COERCE"
    assert main_event([te("LIFE", None, 0)]) is None
