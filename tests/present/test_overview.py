"""The overview's best-attested incidents: the most independent sources first, shown in time order."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Article, Entity, Span, Story
from storyline.present.overview import best_attested, key_actors, overview_text
from storyline.present.timeline import TimelineItem
from storyline.store import open_store


def _item(id: str, day: str | None, sources: int) -> TimelineItem:
    return TimelineItem("event", id, id, day, "day" if day else None, day, day, independent_sources=sources)


def test_best_attested_leaves_single_source_incidents_out_when_enough_have_two() -> None:
    items = [_item("visit", None, 1), _item("crash", "2031-03-04", 9), _item("arrest", "2031-03-09", 3),
             _item("probe", "2031-03-06", 2), _item("payment", None, 1)]
    assert [i.id for i in best_attested(items)] == ["crash", "arrest", "probe"]  # in the timeline's order
    few = [_item("visit", None, 1), _item("crash", "2031-03-04", 9), _item("payment", None, 1)]
    assert [i.id for i in best_attested(few)] == ["visit", "crash", "payment"]  # too few: the list is filled
    assert [i.id for i in best_attested(items, n=2)] == ["crash", "arrest"]


def test_key_actors_are_names_the_texts_write_with_a_capital(tmp_path: Path) -> None:
    """A unit the recognizer read as an organization ("cts" in every price, "CTS" once) and a description ("the
    port authority") are the most mentioned, but no key actor: the overview lists the names (the names list
    keeps them all)."""
    text = "Dorva Mills paid 12 cts a share; the port authority and Ilse Varga agreed. " * 3
    art = Article("k1", text, outlet="Tarvin Wire", published="2031-04-02")

    def spans(form: str, n: int) -> tuple[Span, ...]:
        at = text.index(form)
        return tuple(Span("k1", at, at + len(form), form) for _ in range(n))

    entities = [Entity("ent:cts", "cts", "ORG", {"cts": 50, "CTS": 1}, spans("cts", 51)),
                Entity("ent:port", "port authority", "ORG", {"port authority": 20}, spans("port authority", 20)),
                Entity("ent:dorva", "Dorva Mills", "ORG", {"Dorva Mills": 9}, spans("Dorva Mills", 9)),
                Entity("ent:varga", "Ilse Varga", "PERSON", {"Ilse Varga": 3, "Varga": 2}, spans("Ilse Varga", 5))]
    store = open_store(tmp_path / "k.db")
    try:
        store.add_articles([art])
        store.save_story(Story(articles=[art], entities=entities, events=[], claims=[]))
        assert [e.name for e in store.list_entities(limit=4)][:2] == ["cts", "port authority"]
        assert [e.name for e in key_actors(store, 2)] == ["Dorva Mills", "Ilse Varga"]
        assert [e.name for e in key_actors(store, 1)] == ["Dorva Mills"]
        text_view = overview_text(store)
        assert "- Dorva Mills (" in text_view and "- cts (" not in text_view and "port authority (" not in text_view
    finally:
        store.close()


def test_the_overview_counts_the_outlets_the_briefing_counts(tmp_path: Path) -> None:
    """An article that gives only its URL is from that web site in the overview as in the briefing's scope
    (the examples' overview said 20 outlets where the briefing said 21)."""
    from storyline.present.briefing import scope_words

    arts = [Article("o1", "The ferry was cancelled.", outlet="Tarvin Wire", published="2031-04-02"),
            Article("o2", "The port reopened.", url="https://hill-daily.example/port", published="2031-04-03"),
            Article("o3", "Nobody signed this.", published="2031-04-03")]
    store = open_store(tmp_path / "o.db")
    try:
        store.add_articles(arts)
        store.save_story(Story(articles=arts, entities=[], events=[], claims=[]))
        assert "3 articles by 2 outlets" in overview_text(store)
        assert scope_words(store.articles()).startswith("From 3 articles (1 with no outlet named) by 2 outlets")
    finally:
        store.close()
