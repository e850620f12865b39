"""The contract every store backend passes (SQLite always; PostgreSQL when STORYLINE_TEST_PG_URL is set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Participant,
    Span,
    Story,
    StoryCluster,
    TimeValue,
    Timex,
)
from storyline.store import SqlStore, StoreError, open_store
from storyline.store.tables import metadata

PG_URL = os.environ.get("STORYLINE_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    if request.param == "sqlite":
        st = open_store(tmp_path / "store.db")
    else:
        if not PG_URL:
            pytest.skip("STORYLINE_TEST_PG_URL is not set (CI starts a PostgreSQL server and sets it)")
        from sqlalchemy import create_engine

        engine = create_engine(PG_URL)
        metadata.drop_all(engine)
        engine.dispose()
        st = open_store(PG_URL)
    yield st
    st.close()


def art(i: int, text: str, outlet: str = "Daily", published: str | None = "2024-05-0{}") -> Article:
    pub = published.format(i) if published else None
    return Article(id=f"a{i}", text=text, title=f"Title {i}", outlet=outlet, published=pub,
                   published_granularity="day" if pub else None, language="en")


def sample_story(articles: list[Article]) -> Story:
    ent = Entity(id="ent:vell", name="Ana Vell", type="PERSON", aliases={"Ana Vell": 2},
                 mentions=(Span("a1", 0, 8, "Ana Vell"), Span("a2", 0, 8, "Ana Vell")))
    place = Entity(id="ent:dorvik", name="Dorvik", type="GPE", aliases={"Dorvik": 1},
                   mentions=(Span("a1", 21, 27, "Dorvik"),))
    early = Event(id="ev:1", type="RETREAT", subtype="resignation", date=TimeValue("2024-05", "May 2024", "month"),
                  participants=(Participant("actor", "Ana Vell", 0, 8, entity="ent:vell"),),
                  mentions=(Span("a1", 9, 17, "resigned"),))
    late = Event(id="ev:2", type="ASSAULT", date=TimeValue("2024-06-02", "June 2", "day"), location="ent:dorvik",
                 mentions=(Span("a2", 9, 16, "bombing"),))
    undated = Event(id="ev:3", type="CONSULT", mentions=(Span("a3", 0, 4, "talk"),))
    c1 = Claim(id="c1", article="a1", start=0, end=27, speaker="ent:vell", speaker_text="Ana Vell", cue="said",
               content="the bombing in Dorvik was planned")
    c2 = Claim(id="c2", article="a2", start=0, end=20, speaker=None, speaker_text="officials", cue="denied",
               content="the bombing was planned", polarity="deny")
    return Story(articles=articles, entities=[ent, place], events=[late, undated, early], claims=[c1, c2],
                 claim_links=[ClaimLink("denies", "c2", "c1",
                                        evidence=(Span("a2", 0, 20, "x"), Span("a1", 0, 27, "y")))],
                 stories=[StoryCluster("st:a1", "Vell", ("a1", "a2"))],
                 claim_support={"c1": Corroboration(articles=1, independent_sources=1, credibility=4)})


ARTICLES = [art(1, "Ana Vell resigned in Dorvik on Monday."), art(2, "Ana Vell bombing report from the north."),
            art(3, "Talks about the harbour toll resumed.", outlet="Coast Post", published=None)]


def test_store_add_articles_is_idempotent(store: SqlStore) -> None:
    assert store.add_articles(ARTICLES) == ["a1", "a2", "a3"]
    assert store.add_articles(ARTICLES) == []
    assert store.count("articles") == 3
    assert store.has_article("a2") and not store.has_article("zz")
    assert store.article("a1") == ARTICLES[0]
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]  # insertion order
    assert [a.id for a in store.list_articles(outlet="Coast Post")] == ["a3"]
    assert len(store.list_articles(limit=2)) == 2


def test_store_analyses_and_unanalyzed(store: SqlStore) -> None:
    store.add_articles([*ARTICLES, Article(id="fr", text="Bonjour", language="fr")])
    an = ArticleAnalysis(article="a1", config_hash="h1", sentences=((0, 38),),
                         timexes=(Timex("a1", 31, 37, "Monday", "DATE", "2024-05-06"),))
    store.put_analyses([an])
    assert store.analysis("a1") == an
    assert store.unanalyzed("h1", ["en"]) == ["a2", "a3"]
    assert store.unanalyzed("h2", ["en"]) == ["a1", "a2", "a3"]  # other settings -> analyze again
    store.put_analyses([ArticleAnalysis(article="a1", config_hash="h2")])
    assert store.analysis("a1").config_hash == "h2"  # type: ignore[union-attr]
    assert list(store.analyses()) == ["a1"]


def test_store_story_round_trip_and_replace(store: SqlStore) -> None:
    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    store.save_story(story)
    loaded = store.load_story()
    assert loaded.entities == sorted(story.entities, key=lambda e: e.id)
    assert {e.id for e in loaded.events} == {"ev:1", "ev:2", "ev:3"}
    assert loaded.claim_links == story.claim_links
    assert loaded.claim_support == story.claim_support
    store.save_story(Story(articles=ARTICLES, entities=story.entities[:1]))
    assert store.count("entities") == 1 and store.count("events") == 0 and store.count("claims") == 0


def test_store_queries(store: SqlStore) -> None:
    store.add_articles(ARTICLES)
    store.save_story(sample_story(ARTICLES))
    assert [e.id for e in store.list_entities()] == ["ent:vell", "ent:dorvik"]  # by mention count
    assert [e.id for e in store.list_entities(type="GPE")] == ["ent:dorvik"]
    assert [e.id for e in store.list_events()] == ["ev:1", "ev:2", "ev:3"]  # by date, undated last
    assert [e.id for e in store.list_events(start="2024-05-20")] == ["ev:1", "ev:2"]  # May overlaps May 20
    assert [e.id for e in store.list_events(start="2024-06-01")] == ["ev:2"]
    assert [e.id for e in store.list_events(end="2024-05-02")] == ["ev:1"]  # a month overlaps its days
    assert [e.id for e in store.list_events(type="assault")] == ["ev:2"]
    assert [e.id for e in store.list_events(entity="ent:vell")] == ["ev:1"]
    assert [e.id for e in store.list_events(entity="ent:dorvik")] == ["ev:2"]  # location counts
    assert [c.id for c in store.list_claims(speaker="ent:vell")] == ["c1"]
    assert [link.type for link in store.claim_links("c1")] == ["denies"]
    assert store.claim_support("c1") == Corroboration(articles=1, independent_sources=1, credibility=4)
    assert store.entity("nope") is None and store.event("nope") is None and store.claim("nope") is None
    assert [s.id for s in store.stories()] == ["st:a1"]


def test_store_search_with_filters(store: SqlStore) -> None:
    store.add_articles(ARTICLES)
    store.save_story(sample_story(ARTICLES))
    hits = store.search("resigned")
    assert sorted((h.kind, h.id) for h in hits) == [("article", "a1"), ("event", "ev:1")]
    assert {h.kind for h in store.search("bombing")} >= {"article", "claim"}
    assert sorted(h.id for h in store.search("bombing", kinds=["claim"], outlet="Daily")) == ["c1", "c2"]
    assert store.search("bombing", kinds=["claim"], outlet="Coast Post") == []
    assert [h.id for h in store.search("resigned", kinds=["article"], start="2024-05-05")] == []
    assert sorted(h.id for h in store.search("Vell", kinds=["article"], entity="ent:vell")) == ["a1", "a2"]
    assert store.search("Talks", kinds=["article"], entity="ent:vell") == []
    assert [h.id for h in store.search("bombing", event_type="ASSAULT")] == ["ev:2"]
    assert store.search("   ") == []
    with pytest.raises(ValueError, match="unknown search kind"):
        store.search("x", kinds=["nonsense"])


def test_store_runs_and_info(store: SqlStore) -> None:
    store.add_articles(ARTICLES)
    store.record_run({"read": 3, "added": 3})
    info = store.info()
    assert info["articles"] == 3 and info["schema_version"] >= 2
    assert info["last_run"]["added"] == 3
    assert store.migrate() == []  # nothing applied twice


def test_store_readonly_refuses_writes(tmp_path: Path) -> None:
    open_store(tmp_path / "s.db").add_articles(ARTICLES)
    ro = open_store(tmp_path / "s.db", readonly=True)
    assert ro.count("articles") == 3
    with pytest.raises(StoreError, match="read-only"):
        ro.add_articles([art(9, "x")])


def test_store_missing_file_readonly_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_store_directory_path_is_a_clear_error(tmp_path: Path) -> None:
    for readonly in (True, False):
        with pytest.raises(StoreError, match="is a directory"):
            open_store(tmp_path, readonly=readonly)
