"""Place compatibility for display, from a story in memory and from a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Article, Entity, Span, Story
from storyline.present.places import Places
from storyline.store import open_store

TEXT = "A crane collapsed in Sarn in Kessel province on Monday. Sarn was quiet the next day."


def _story() -> Story:
    art = Article("p1", TEXT, title="Crane collapse", outlet="Hill Daily", published="2031-03-04")
    first, again = TEXT.index("Sarn"), TEXT.index("Sarn was")
    sarn = Entity("ent:sarn", "Sarn", "GPE", {"Sarn": 2},
                  (Span("p1", first, first + 4, "Sarn"), Span("p1", again, again + 4, "Sarn")))
    k = TEXT.index("Kessel")
    kessel = Entity("ent:kessel", "Kessel", "GPE", {"Kessel": 1}, (Span("p1", k, k + 6, "Kessel"),))
    return Story(articles=[art], entities=[sarn, kessel], events=[], claims=[])


def test_places_from_a_store_learn_what_they_compare(tmp_path: Path) -> None:
    # the store's places start knowing no entity: the two compared are learned, then their articles read
    story = _story()
    assert Places.of_story(story).compatible("ent:sarn", "ent:kessel", ["p1"])
    store = open_store(tmp_path / "places.db")
    try:
        store.add_articles(story.articles)
        store.save_story(story)
        places = Places.of_store(store, {}, {})
        assert places.compatible("ent:sarn", "ent:kessel", ["p1"])
        assert not places.compatible("ent:sarn", "ent:nowhere", ["p1"])
    finally:
        store.close()
