"""The bundled example corpus ingests cleanly and carries the difficulties its README promises."""

from __future__ import annotations

from pathlib import Path

from storyline.config import Config
from storyline.ingest import Deduplicator, Problem, read_inputs
from storyline.model import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _articles() -> dict[str, Article]:
    results = list(read_inputs([EXAMPLES], Config()))
    assert [str(r) for r in results if isinstance(r, Problem)] == []
    dedup = Deduplicator(Config().near_duplicate_threshold)
    articles = [dedup.add(r) for r in results if isinstance(r, Article)]
    return {f"{Path(a.source or '').name}:{a.title}": a for a in articles}


def _one(articles: dict[str, Article], file_prefix: str) -> Article:
    [article] = [a for key, a in articles.items() if key.startswith(file_prefix)]
    return article


def test_examples_ingest_without_problems_and_readme_skipped() -> None:
    articles = _articles()
    assert len(articles) == 9  # 7 files with one article each, a feed with two entries
    assert not any("README" in key for key in articles)
    assert all(a.language == "en" for a in articles.values())
    assert all(150 <= len(a.text.split()) <= 350 for a in articles.values() if a.metadata["format"] != "feed")


def test_examples_wire_copy_marked_with_credit() -> None:
    articles = _articles()
    wire, copy = _one(articles, "03_"), _one(articles, "04_")
    assert wire.credit == copy.credit == "VNA"
    assert wire.copy_of is None and copy.copy_of == wire.id
    others = [a for a in articles.values() if a.id not in (wire.id, copy.id)]
    assert all(a.copy_of is None for a in others)


def test_examples_dates_and_boilerplate() -> None:
    articles = _articles()
    assert _one(articles, "02_").published_source == "html"
    undated, by_url = _one(articles, "07_"), _one(articles, "06_")
    assert undated.published is None
    assert (by_url.published, by_url.published_granularity, by_url.published_source) == ("2031-03", "month", "url")
    star = _one(articles, "02_")
    assert "HTK)" in star.text and "*" not in star.text and star.notes
    for article in articles.values():
        assert not any(word in article.text for word in ("Share this article", "Leave a", "Follow us", "©"))
