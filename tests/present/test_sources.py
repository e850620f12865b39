"""The sources list: how an article is named where a reader sees it."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Article
from storyline.present.sources import Outlets, headline_of, outlets_of, store_outlets
from storyline.store import open_store


def test_an_untitled_article_is_named_by_its_first_words_after_its_dateline() -> None:
    """The sources list names an untitled article by its first words: never its dateline (issue 14)."""
    for text, named in (("LESK — The ferry to Lesk was cancelled on Tuesday.", "The ferry to Lesk was"),
                        ("NORTH SARN, Valdora — Gunmen stormed the station on Saturday.", "Gunmen stormed the"),
                        ("KERETH, Estmark\nMilitants seized the gas plant at dawn on Wednesday.", "Militants seized"),
                        ("Tuesday, April 1, 2031 – The ferry to Lesk was cancelled.", "The ferry to Lesk"),
                        ("Sarn reopens its market a week after the bombing", "Sarn reopens its market")):
        assert (headline_of(Article("a1", text)) or "").startswith(named), text
    assert headline_of(Article("a1", "LESK — The minister arrived.", title="Minister in Lesk")) == "Minister in Lesk"


def _articles() -> list[Article]:
    return [Article("a1", "The ferry was cancelled.", outlet="Northwind Post", url="https://northwind.example/a1"),
            Article("a2", "The ferry ran again.", outlet="Northwind Post"),
            Article("a3", "A storm closed the port.", outlet="Eastern Ledger"),
            Article("a4", "The port reopened.", url="https://www.hill-daily.example/port"),
            Article("a5", "Nobody knows who wrote this.")]


def test_an_article_that_gives_only_a_url_is_from_its_web_site_and_one_with_neither_is_counted_apart() -> None:
    """One definition of an outlet (issue 14): the outlet, else the URL's web site; an article naming neither
    is no outlet "unknown outlet" (the briefing says it apart)."""
    assert outlets_of(_articles()) == Outlets(frozenset({"Northwind Post", "Eastern Ledger", "hill-daily.example"}), 1)
    assert len(outlets_of(_articles())) == 3


def test_the_store_counts_its_outlets_as_a_list_of_its_articles_does(tmp_path: Path) -> None:
    """The overview's count (from the store) and the briefing's (from its articles) are one count: 20 and 21
    on the examples before, where one article gives only its URL."""
    store = open_store(tmp_path / "o.db")
    store.add_articles(_articles())
    assert store_outlets(store) == outlets_of(store.articles()) == outlets_of(_articles())
    named = open_store(tmp_path / "n.db")  # every article names its outlet: the store's column is enough
    named.add_articles([a for a in _articles() if a.outlet])
    assert store_outlets(named) == Outlets(frozenset({"Northwind Post", "Eastern Ledger"}))
    store.close()
    named.close()
