"""The seeds, end to end through the CLI, scored by ../shared/seeds/check_story.py with per-category floors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.conftest import shared_data

# the issues' must-shows: cleaning 6/6, entities >= 25, types >= 24, timexes 12/12, events >= 9,
# claims 7/7, claim links 1/1
FLOORS = {"cleaning": 6, "entities": 25, "entity types": 24, "timexes": 12, "events": 9, "claims": 7,
          "claim links": 1}


@pytest.mark.parametrize("source", ["articles.jsonl", "articles"])
def test_seeds_scores_stay_above_floors(source: str, tmp_path: Path) -> None:
    seeds = shared_data("seeds", "check_story.py").parent
    result = CliRunner().invoke(app, ["analyze", str(seeds / source), "--db", str(tmp_path / "s.db"),
                                      "--json", str(tmp_path / "story.json"), "-q"])
    assert result.exit_code == 0, result.output
    if source == "articles":
        return  # plain files carry no ids, dates or outlets: the gold's article ids do not apply
    out = subprocess.run([sys.executable, str(seeds / "check_story.py"), str(tmp_path / "story.json"), "--verbose"],
                         capture_output=True, text=True, check=False).stdout
    scores = {m.group(1).strip(): int(m.group(2)) for m in re.finditer(r"^([a-z ]+?)\s+(\d+)/\s*\d+", out, re.M)}
    low = {k: (scores.get(k), v) for k, v in FLOORS.items() if scores.get(k, -1) < v}
    assert not low, f"below floor (got, floor): {low}\n{out}"
