"""The bundled example corpus ingests cleanly and carries the difficulties its README promises."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storyline.config import Config
from storyline.ingest import Deduplicator, Problem, read_inputs
from storyline.model import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GOLD = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))


def _articles() -> dict[str, Article]:
    results = list(read_inputs([EXAMPLES], Config()))
    # gold.json is read and holds no articles: a note about it, nothing else
    notes = [r for r in results if isinstance(r, Problem)]
    assert [str(p) for p in notes if not (p.source.endswith("gold.json") and not p.skipped)] == []
    dedup = Deduplicator(Config().near_duplicate_threshold)
    articles = [dedup.add(r) for r in results if isinstance(r, Article)]
    return {f"{Path(a.source or '').name}:{a.title}": a for a in articles}


def _one(articles: dict[str, Article], file_prefix: str, title: str | None = None) -> Article:
    [article] = [a for key, a in articles.items()
                 if key.startswith(file_prefix) and (title is None or a.title == title)]
    return article


def test_examples_ingest_without_problems_and_readme_skipped() -> None:
    articles = _articles()
    assert len(articles) == len(GOLD["articles"]) == 44
    assert not any("README" in key or "gold" in key for key in articles)
    assert all(a.language == "en" for a in articles.values())
    formats = Counter(a.metadata["format"] for a in articles.values())
    assert formats == {"txt": 13, "md": 9, "html": 6, "feed": 6, "jsonl": 6, "csv": 4}, formats
    assert all(150 <= len(a.text.split()) <= 700 for a in articles.values() if a.metadata["format"] != "feed")
    assert all(80 <= len(a.text.split()) <= 300 for a in articles.values() if a.metadata["format"] == "feed")


def test_examples_every_gold_article_is_one_ingested_article() -> None:
    articles = _articles()
    for key, sel in GOLD["articles"].items():
        found = [a for a in articles.values()
                 if Path(a.source or "").name == sel["file"] and sel.get("title", a.title) == a.title]
        assert len(found) == 1, key


def test_examples_wire_copies_marked_with_credit() -> None:
    articles = _articles()
    wire, copy = _one(articles, "03_"), _one(articles, "04_")
    assert wire.credit == copy.credit == "VNA"
    assert wire.copy_of is None and copy.copy_of == wire.id
    assert _one(articles, "09_").credit == "VNA"
    eps = [_one(articles, p) for p in ("13_", "14_", "15_", "22_", "29_")]
    assert {a.credit for a in eps} == {"EPS"}  # "(EPS)" in the dateline, "–EPS" at the end
    assert all(a.copy_of is None for a in eps[:2])
    # copies in a JSONL and a CSV file, credited in their datelines or at the end
    for title in ("Sarn death toll climbs to 16", "Five police killed in night attack on Tolvar station",
                  "Sarn bombing suspect held in Hollin"):
        assert _one(articles, "31_", title).credit == "VNA"
    assert _one(articles, "32_", "Negotiator Dravik quits after Sarn attack").credit == "VNA"
    assert _one(articles, "32_", 'Lesk: "No one crossed the Tavra"').credit == "EPS"


def test_examples_dates_from_metadata_html_feeds_url_or_none() -> None:
    articles = _articles()
    assert _one(articles, "02_").published_source == "html"
    assert _one(articles, "11_").published == "2031-03-08"
    undated, by_url, pasted = _one(articles, "07_"), _one(articles, "06_"), _one(articles, "10_")
    assert undated.published is None
    # pasted from a page: the byline "By VNA | March 8, 2031" is its only date
    assert (pasted.published, pasted.published_source) == ("2031-03-08", "text")
    assert (by_url.published, by_url.published_granularity, by_url.published_source) == ("2031-03", "month", "url")
    atom = _one(articles, "18_", "Gunmen kill at least five police in Tolvar")
    assert (atom.published, atom.outlet) == ("2031-03-16", "Highlands Wire")
    month = _one(articles, "32_", "Sarn's lost week: traders put losses at two million crowns")
    assert (month.published, month.published_granularity) == ("2031-03", "month")
    assert _one(articles, "26_").published == "2031-03-19"
    # a plain text's headline line is its title (ingest/clean.take_title), and leaves the body
    assert _one(articles, "26_").title == "HTK Tells Orvani: Free Our Men, Then We Talk"
    assert not _one(articles, "26_").text.startswith("HTK Tells")


def test_examples_boilerplate_footnotes_and_page_furniture() -> None:
    articles = _articles()
    star = _one(articles, "02_")
    assert "HTK)" in star.text and "*" not in star.text and star.notes
    for article in articles.values():
        assert not any(word in article.text for word in ("Share this article", "Leave a", "Follow us", "©"))
    pasted = _one(articles, "10_")  # text pasted from a web page: no front matter, the page's furniture around it
    assert pasted.title == "Two more die of wounds from Sarn market bombing" and pasted.text.startswith("SARN:")
    assert "Short URL:" in (pasted.text + "".join(pasted.removed))
