"""End to end on the seed articles: the gold boilerplate lines are gone and the wire credit is recorded.

The rules are general; nothing in src/storyline/ingest names a seed outlet, person or place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Config
from storyline.ingest import Problem, read_inputs
from storyline.model import Article
from tests.conftest import SHARED, shared_data

SEEDS = SHARED / "seeds"  # every test here first checks it is there (the autouse fixture below)


@pytest.fixture(autouse=True)
def _seeds_present() -> None:
    shared_data("seeds", "gold.json")


def _gold() -> dict[str, Any]:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))


def _read(path: Path) -> dict[str, Article]:
    """Seed articles by their seed id (the JSONL id, or the file name stem for the plain-text copies)."""
    results = list(read_inputs([path], Config()))
    assert [r for r in results if isinstance(r, Problem)] == []
    articles = [r for r in results if isinstance(r, Article)]
    return {a.id if a.metadata["format"] == "jsonl" else Path(a.source or "").stem: a for a in articles}


@pytest.mark.parametrize("source", ["articles.jsonl", "articles"])
def test_seeds_boilerplate_removed_and_credit_recorded(source: str) -> None:
    articles = _read(shared_data("seeds", source))
    gold = _gold()
    assert len(articles) == 5
    for item in gold["boilerplate"]:
        article = articles[item["article"]]
        assert item["text"] not in article.text
        assert any(item["text"] in line for line in article.removed)
    for item in gold["credits"]:
        assert item["credit"] in (articles[item["article"]].credit or "")
    others = [a for a in articles.values() if a.id not in {c["article"] for c in gold["credits"]}
              and Path(a.source or "").stem not in {c["article"] for c in gold["credits"]}]
    assert all(a.credit is None for a in others)  # an agency named in a sentence is not a credit
    assert all(a.language == "en" for a in articles.values())


def test_seeds_footnotes_become_notes() -> None:
    articles = _read(SEEDS / "articles.jsonl")
    noted = [a for a in articles.values() if a.notes]
    assert noted
    for article in noted:
        assert "*" not in article.text
        assert all(note.startswith("*") and note not in article.text for note in article.notes)


def test_seeds_dates_from_metadata() -> None:
    articles = _read(SEEDS / "articles.jsonl")
    records = [json.loads(line) for line in (SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    for record in records:
        article = articles[record["id"]]
        assert article.published == record["published"]
        assert article.published_source == ("metadata" if record["published"] else None)
