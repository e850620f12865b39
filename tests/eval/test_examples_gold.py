"""The examples corpus through the real pipeline, scored against examples/gold.json with per-category floors.

The floors are in ``tests/eval/floors.json`` (section ``examples``): what the
code scored when they were set, never lowered silently. The same scorer must
count the seeds' gold exactly as ``../shared/seeds/check_story.py`` does.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storyline.eval.storygold import CHECK_STORY_CATEGORIES, analyze_corpus, score_story
from tests.conftest import EXAMPLES, shared_data

FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text())["examples"]
GOLD = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def examples_story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("examples")
    return analyze_corpus([EXAMPLES], tmp / "story.db", tmp / "story.json")


def test_examples_gold_resolves_every_article_and_quote(examples_story: dict[str, Any]) -> None:
    report = score_story(examples_story, GOLD)
    assert [m for c, m in report.misses if c == "gold"] == []
    assert len(examples_story["articles"]) == len(GOLD["articles"])


def test_examples_gold_scores_stay_above_floors(examples_story: dict[str, Any]) -> None:
    report = score_story(examples_story, GOLD)
    assert set(FLOORS["floors"]) <= set(report.scores), "a floor names a category the scorer no longer has"
    low = {k: (report.scores[k][0], floor) for k, floor in FLOORS["floors"].items() if report.scores[k][0] < floor}
    misses = "\n".join(f"[{c}] {m}" for c, m in report.misses if c in low)
    assert not low, f"below floor (got, floor): {low}\n{misses}"


def _check_story(story: Path) -> dict[str, tuple[int, int]]:
    out = subprocess.run([sys.executable, str(shared_data("seeds", "check_story.py")), str(story)],
                         capture_output=True, text=True, check=False).stdout
    return {m.group(1).strip(): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^([a-z ]+?)\s+(\d+)/\s*(\d+)", out, re.M) if m.group(1) != "total"}


def _damaged(story: dict[str, Any]) -> dict[str, Any]:
    """The same export with every other entity, event, claim and timex value lost: misses of every kind."""
    bad = copy.deepcopy(story)
    for key in ("entities", "events", "claims"):
        bad[key] = bad[key][::2]
    for t in bad["timexes"][::2]:
        t["value"] = None
    for a in bad["articles"]:
        a["credit"] = None
    return bad


def test_storygold_counts_the_seeds_gold_as_check_story(tmp_path: Path) -> None:
    seeds = shared_data("seeds", "check_story.py").parent
    story = analyze_corpus([seeds / "articles.jsonl"], tmp_path / "seeds.db", tmp_path / "seeds.json")
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    for name, data in (("as analyzed", story), ("damaged", _damaged(story))):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        ours = score_story(data, gold).scores
        assert {k: ours[k] for k in CHECK_STORY_CATEGORIES} == _check_story(path), name
