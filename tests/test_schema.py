"""The shipped JSON Schema accepts our exports and rejects broken ones."""

from __future__ import annotations

import copy

from storyline.schema import load_schema, schema_path, validate
from tests.test_model import full_story


def test_schema_ships_in_package() -> None:
    assert schema_path().is_file()
    assert load_schema()["properties"]["schema"]["const"] == "story@1"


def test_schema_accepts_export() -> None:
    assert validate(full_story().to_json()) == []


def test_schema_rejects_missing_field_and_bad_polarity() -> None:
    data = full_story().to_json()
    broken = copy.deepcopy(data)
    del broken["articles"][0]["text"]
    assert any("text" in e for e in validate(broken))
    broken = copy.deepcopy(data)
    broken["claims"][0]["polarity"] = "maybe"
    assert any("polarity" in e or "maybe" in e for e in validate(broken))


def test_schema_checks_span_offsets() -> None:
    data = full_story().to_json()
    data["entities"][0]["mentions"][0]["start"] += 1
    errors = validate(data)
    assert errors and "is not at" in errors[0]
