"""The contract every store backend passes: SQLite always; PostgreSQL when STORYLINE_TEST_PG_URL is set.

Every test takes the ``store`` fixture (``tests/store/conftest.py``) and so runs once per backend with the
same assertions: a new backend is done when this file passes against it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from sqlalchemy import event, text

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    EventMention,
    Mention,
    Participant,
    Role,
    SourceFamily,
    Span,
    StoredEntity,
    Story,
    StoryCluster,
    TimeValue,
    Timex,
    dumps,
)
from storyline.store import EntityHeader, SqlStore, Store, StoreError, open_store
from storyline.store.base import SNIPPET_CLOSE, SNIPPET_OPEN
from storyline.store.tables import digest
from storyline.timevalues import DateRangeError


def art(i: int, text: str, outlet: str = "Daily", published: str | None = "2024-05-0{}",
        title: str | None = None) -> Article:
    pub = published.format(i) if published else None
    gran = {10: "day", 7: "month", 4: "year"}.get(len(pub or ""))
    return Article(id=f"a{i}", text=text, title=title or f"Title {i}", outlet=outlet, published=pub,
                   published_granularity=gran, language="en")  # type: ignore[arg-type]


def sample_story(articles: list[Article]) -> Story:
    ent = Entity(id="ent:vell", name="Ana Vell", type="PERSON", aliases={"Ana Vell": 2, "Vell": 1},
                 mentions=(Span("a1", 0, 8, "Ana Vell"), Span("a2", 0, 8, "Ana Vell"), Span("a2", 0, 3, "Ana")),
                 types={"PERSON": 3}, roles=(Role("minister", "a1", 0, 8, date="2024-05-01"),))
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
                 source_families=[SourceFamily("fam:1", ("a1", "a2"), "wire copy", "AFP")],
                 claim_support={"c1": Corroboration(articles=1, independent_sources=1, credibility=4)})


ARTICLES = [art(1, "Ana Vell resigned in Dorvik on Monday."), art(2, "Ana Vell bombing report from the north."),
            art(3, "Talks about the harbour toll resumed.", outlet="Coast Post", published=None)]


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_articles(ARTICLES)
    store.save_story(sample_story(ARTICLES))
    return store


# --------------------------------------------------------------------------- articles and analyses


def test_store_add_articles_is_idempotent(store: Store) -> None:
    assert store.add_articles(ARTICLES) == ["a1", "a2", "a3"]
    assert store.add_articles(ARTICLES) == []
    assert store.count("articles") == 3
    assert store.has_article("a2") and not store.has_article("zz")
    assert store.article("a1") == ARTICLES[0] and store.article("zz") is None
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]  # insertion order
    assert [a.id for a in store.articles(["a3", "a1", "zz"])] == ["a1", "a3"]
    assert [a.id for a in store.list_articles(outlet="Coast Post")] == ["a3"]
    assert len(store.list_articles(limit=2)) == 2


def test_store_add_articles_keeps_the_first_of_an_id_given_twice_and_numbers_after_the_stored(store: Store) -> None:
    assert store.add_articles([ARTICLES[1]]) == ["a2"]
    again = replace(ARTICLES[0], text="Ana Vell quit in Dorvik.")
    assert store.add_articles([ARTICLES[0], ARTICLES[1], again, ARTICLES[2]]) == ["a1", "a3"]
    assert store.article("a1") == ARTICLES[0]
    assert [a.id for a in store.articles()] == ["a2", "a1", "a3"]  # stored order continues after the stored
    assert [h.id for h in store.search("resigned", kinds=("article",))] == ["a1"]  # indexed once, as first given
    assert store.search("quit", kinds=("article",)) == []


def test_store_list_articles_newest_first_with_filters_and_counts(store: Store) -> None:
    month = art(4, "Harbour fees rose.", published="2024-06", title="Fees 50%_off")
    store.add_articles([*ARTICLES, month])
    assert [a.id for a in store.list_articles()] == ["a4", "a2", "a1", "a3"]  # undated last
    assert [a.id for a in store.list_articles(offset=1, limit=2)] == ["a2", "a1"]
    assert [a.id for a in store.list_articles(q="title 2")] == ["a2"]  # title substring, any case
    assert [a.id for a in store.list_articles(q="50%_")] == ["a4"]  # LIKE characters are literal
    assert store.list_articles(q="5_%") == []
    assert [a.id for a in store.list_articles(start="2024-05-02")] == ["a4", "a2"]
    assert [a.id for a in store.list_articles(end="2024-06-01")] == ["a4", "a2", "a1"]  # June overlaps June 1
    assert store.count_articles() == 4 and store.count_articles(outlet="Daily") == 3
    assert store.count_articles(start="2024-W22") == 1  # ISO week 22 = 27 May - 2 June 2024: the June article
    assert store.count_articles(q="TITLE") == 3


def test_store_analyses_and_unanalyzed(store: Store) -> None:
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
    assert list(store.analyses(["a2"])) == []


def test_store_incident_parts_keep_only_the_given_event_mentions_and_no_claims(store: Store) -> None:
    store.add_articles(ARTICLES)
    strike = EventMention("a2:ev1", "a2", 9, 16, "bombing", "ASSAULT", sentence_end=40,
                          participants=(Participant("target", "Ana Vell", 0, 8),))
    talks = EventMention("a2:ev2", "a2", 20, 26, "report", "CONSULT")
    claim = Claim(id="c9", article="a2", start=0, end=20, speaker=None, speaker_text="officials", cue="said",
                  content="the bombing was planned")
    full = ArticleAnalysis(article="a2", config_hash="h1", sentences=((0, 40),), events=(strike, talks),
                           claims=(claim,), timexes=(Timex("a2", 0, 3, "Ana", "DATE", "2024-05-06"),))
    store.put_analyses([full, ArticleAnalysis(article="a1", config_hash="h1", events=(talks,))])
    parts = store.incident_parts({"a2": {"a2:ev1"}, "a1": {"nothing"}, "zz": {"a2:ev1"}})
    assert list(parts) == ["a1", "a2"]  # corpus order; an article without an analysis is left out
    assert parts["a2"] == replace(full, events=(strike,), claims=())  # what the incident steps read of it
    assert parts["a1"].events == ()


def test_store_analyses_read_without_claims_or_timexes_and_those_make_the_whole_analysis(store: Store) -> None:
    store.add_articles(ARTICLES)
    strike = EventMention("a2:ev1", "a2", 9, 16, "bombing", "ASSAULT", sentence_end=40)
    claims = (Claim(id="c9", article="a2", start=0, end=20, speaker=None, speaker_text="officials", cue="said",
                    content="the bombing was planned", negated=True),
              Claim(id="c8", article="a2", start=21, end=40, speaker=None, speaker_text="police", cue="denied",
                    content="a report", polarity="deny"))
    full = ArticleAnalysis(article="a2", config_hash="h1", sentences=((0, 40),), events=(strike,), claims=claims,
                           timexes=(Timex("a2", 0, 3, "Ana", "DATE", "2024-05-06"),))
    bare = ArticleAnalysis(article="a1", config_hash="h1", sentences=((0, 38),))
    store.put_analyses([full, bare])
    read = store.analyses(["a2", "zz", "a1"], claims=False)
    assert list(read) == ["a1", "a2"]  # corpus order; an article without an analysis is left out
    assert read["a2"] == replace(full, claims=()) and read["a1"] == bare
    assert store.analysis_claims(["a2", "a1", "zz"]) == {"a2": claims, "a1": ()}
    assert replace(read["a2"], claims=store.analysis_claims(["a2"])["a2"]) == store.analyses(["a2"])["a2"]
    neither = store.analyses(["a1", "a2"], claims=False, timexes=False)
    assert neither["a2"] == replace(full, claims=(), timexes=()) and neither["a1"] == bare
    times = store.analysis_timexes(["a2", "a1", "zz"])
    assert times == {"a2": full.timexes, "a1": ()}
    assert replace(neither["a2"], claims=claims, timexes=times["a2"]) == full
    named = replace(bare, mentions=(Mention("a1", 0, 4, "Orla", "PERSON"),))
    store.put_analyses([named])
    told = store.analyses(["a1", "a2"], claims=False, mentions=False)  # what the timeline and the briefing read
    assert told["a1"] == bare and told["a2"] == replace(full, claims=())
    assert store.analyses(["a1"])["a1"] == named


def test_store_sentence_words_kept_by_version_and_dropped_with_the_analysis(store: Store) -> None:
    store.add_articles(ARTICLES)
    store.put_analyses([ArticleAnalysis(article=a, config_hash="h1") for a in ("a1", "a2")])
    store.put_sentence_words("v1", {"a1": "bridge closed mayor\nflood town", "a2": ""})
    store.put_sentence_words("v1", {"a2": "river rose"})  # replaced
    assert store.sentence_words("v1") == {"a1": "bridge closed mayor\nflood town", "a2": "river rose"}
    assert store.sentence_words("v2") == {}  # made otherwise: stale
    store.put_analyses([ArticleAnalysis(article="a1", config_hash="h2")])  # its sentences may have changed
    assert store.sentence_words("v1") == {"a2": "river rose"}


def _values(grams: dict[str, npt.NDArray[np.uint32]]) -> dict[str, list[int]]:
    """Kept grams as lists of integers, each array checked to hold uint32 (what a fusion keeps in memory)."""
    assert all(g.dtype == np.uint32 for g in grams.values())
    return {aid: g.tolist() for aid, g in grams.items()}


def test_store_passage_grams_and_verdicts_kept_by_version_and_dropped_with_the_analysis(store: Store) -> None:
    store.add_articles(ARTICLES)
    store.put_analyses([ArticleAnalysis(article=a, config_hash="h1") for a in ("a1", "a2")])
    store.put_passage_grams("v1", {"a1": (3, 70000, 2**32 - 1), "a2": ()})
    store.put_passage_grams("v1", {"a2": (5,)})  # replaced
    assert _values(store.passage_grams("v1")) == {"a1": [3, 70000, 2**32 - 1], "a2": [5]}
    store.put_passage_verdicts("v1", {("a1", "a2"): "shared passages: 31 words word for word"})
    store.put_passage_verdicts("v1", {("a1", "a2"): ""})  # replaced
    assert store.passage_verdicts("v1") == {("a1", "a2"): ""}
    assert store.passage_grams("v2") == {} and store.passage_verdicts("v2") == {}  # made otherwise: stale
    store.put_analyses([ArticleAnalysis(article="a2", config_hash="h2")])
    assert _values(store.passage_grams("v1")) == {"a1": [3, 70000, 2**32 - 1]} and store.passage_verdicts("v1") == {}


def test_store_put_analyses_keeps_the_last_of_an_article_given_twice(store: Store) -> None:
    store.add_articles(ARTICLES)
    store.put_analyses([ArticleAnalysis(article="a1", config_hash="h1"),
                        ArticleAnalysis(article="a2", config_hash="h1"),
                        ArticleAnalysis(article="a1", config_hash="h3")])
    assert store.analysis("a1").config_hash == "h3"  # type: ignore[union-attr]
    assert sorted(store.analyses()) == ["a1", "a2"]


# --------------------------------------------------------------------------- the fused story


def test_store_story_round_trip_and_replace(store: Store) -> None:
    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    store.save_story(story)
    loaded = store.load_story()
    assert loaded.entities == sorted(story.entities, key=lambda e: e.id)
    assert {e.id for e in loaded.events} == {"ev:1", "ev:2", "ev:3"}
    assert loaded.claim_links == story.claim_links
    assert loaded.claim_support == story.claim_support
    assert loaded.source_families == story.source_families
    store.save_story(Story(articles=ARTICLES, entities=story.entities[:1]))
    assert store.count("entities") == 1 and store.count("events") == 0 and store.count("claims") == 0
    assert store.article_events(["a1", "a2"]) == [] and store.search("bombing", kinds=["event"]) == []


def _inserted_rows(store: Store) -> Iterator[dict[str, int]]:
    """Count the rows each INSERT writes, by table, while the block runs (through the engine's events)."""
    assert isinstance(store, SqlStore)
    counts: dict[str, int] = {}

    def count(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, many: bool) -> None:
        words = statement.split()
        if words[:2] == ["INSERT", "INTO"]:
            table = words[2].strip('"')
            counts[table] = counts.get(table, 0) + (len(params) if many else 1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield counts
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def test_store_save_story_writes_only_changed_rows(backend: str, tmp_path: Path) -> None:
    store = open_store(backend)
    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    store.save_story(story, fused={"a1": "", "a2": ""})
    ent, place = story.entities
    moved = replace(ent, aliases={**ent.aliases, "A. Vell": 1}, mentions=(*ent.mentions, Span("a3", 0, 5, "Talks")))
    c3 = Claim(id="c3", article="a3", start=0, end=12, speaker=None, speaker_text="harbour master", cue="said",
               content="the toll resumed")
    changed = replace(story, entities=[moved, place], events=[e for e in story.events if e.id != "ev:3"],
                      claims=[*story.claims, c3], claim_links=[])
    changed.claim_support = {"c1": Corroboration(articles=2, independent_sources=2, credibility=1)}
    with contextmanager(_inserted_rows)(store) as written:
        store.save_story(changed, fused={"a1": "", "a2": "", "a3": ""})
    assert written.get("entities") == 1 and written.get("entity_mentions") == 4  # Ana Vell only, not Dorvik
    assert "events" not in written and "stories" not in written and "source_families" not in written
    assert written.get("claims") == 1 and written.get("claim_support") == 1
    assert written.get("fused_articles") == 1  # a3's mark; a1's and a2's stay
    assert store.unfused() == []
    fresh = open_store(str(tmp_path / "fresh.db"))
    fresh.add_articles(ARTICLES)
    fresh.save_story(changed)
    for kind in ("entities", "events", "claims", "claim_links", "stories", "source_families"):
        assert store.count(kind) == fresh.count(kind), kind
    mine, theirs = store.load_story(), fresh.load_story()
    assert (mine.entities, mine.events, mine.claims, mine.claim_links, mine.claim_support, mine.stories) == \
        (theirs.entities, theirs.events, theirs.claims, theirs.claim_links, theirs.claim_support, theirs.stories)
    assert store.mention_entities("a3") == {(0, 5): "ent:vell"}
    assert [e.id for e in store.article_events(["a3"])] == []  # ev:3 is gone, with its article index
    assert [h.id for h in store.search("toll resumed", kinds=["claim"])] == ["c3"]
    assert [h.id for h in store.search("A. Vell", kinds=["entity"])] == ["ent:vell"]  # one index row, not two
    assert store.search("talk", kinds=["event"]) == []
    store.save_story(story)  # and back: the old rows again
    assert store.load_story().claim_links == story.claim_links and store.count("events") == 3
    store.close()
    fresh.close()


def test_store_entity_keys_kept_at_each_save_and_dropped_with_their_entity(store: Store) -> None:
    from storyline.analyze.names.keys import folded_key
    from storyline.fuse.entities import entity_keys, entity_keys_version

    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    version = entity_keys_version()
    vell, dorvik, town = ("f:" + folded_key(n) for n in ("Ana Vell", "Dorvik", "Dorvik Town"))
    assert store.entity_key_rows(version, [vell]) is None  # none kept yet: the caller reads every entity
    store.save_story(story)
    ent, place = story.entities
    assert vell in entity_keys(ent)
    assert sorted(store.entity_key_rows(version, [vell, dorvik, "f:nowhere"]) or []) == \
        [(vell, "ent:vell"), (dorvik, "ent:dorvik")]
    assert store.entity_key_blocks(version, [vell, dorvik, "f:nowhere"]) == \
        {vell: (1, "ent:vell", "ent:vell"), dorvik: (1, "ent:dorvik", "ent:dorvik")}
    assert store.entity_key_rows("another version", [vell]) is None  # stale
    assert store.entity_key_blocks("another version", [vell]) is None
    renamed = replace(place, id="ent:dorvik2", aliases={"Dorvik Town": 1})
    store.save_story(replace(story, entities=[ent, renamed]))  # Dorvik gone, its keys with it
    assert {e for _, e in store.entity_key_rows(version, [dorvik, town]) or []} == {"ent:dorvik2"}
    both = replace(place, id="ent:dorvik0", aliases={"Dorvik": 2})
    store.save_story(replace(story, entities=[ent, renamed, both]))
    assert (store.entity_key_blocks(version, [dorvik]) or {})[dorvik] == (2, "ent:dorvik0", "ent:dorvik2")


def test_store_stored_entities_read_their_mention_lists_on_first_use_and_save_as_they_were(store: Store) -> None:
    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    vell, dorvik = story.entities
    store.save_story(replace(story, entities=[vell, replace(dorvik, metonymy=(Span("a1", 21, 27, "Dorvik"),))]))
    read = store.stored_entities()
    assert [e.id for e in read] == ["ent:dorvik", "ent:vell"]  # in id order, as entities() reads them
    assert all(isinstance(e, StoredEntity) and not e.read for e in read)
    place, person = read
    assert (person.name, person.type, person.aliases, person.types, person.roles) == \
        (vell.name, vell.type, vell.aliases, vell.types, vell.roles) and not person.read  # from the head
    # where the unread ones are mentioned in some articles: the store's mention rows, in position order
    assert person.source.spans(["a2", "a3"]) == {"ent:vell": [("a2", 0, 3), ("a2", 0, 8)]}
    assert not person.read and not place.read
    assert dumps(person) == dumps(vell) and person.read and not place.read  # read on use, that one only
    assert place.metonymy == (Span("a1", 21, 27, "Dorvik"),) and place.mentions == dorvik.mentions
    assert [dumps(e) for e in read] == [dumps(e) for e in store.entities()]
    again = store.stored_entities()
    with contextmanager(_inserted_rows)(store) as written:  # saved as read: the unread and the read alike
        store.save_story(replace(story, entities=[again[0], replace(again[1], aliases={"Ana Vell": 3})]))
    assert written.get("entities") == 1 and not again[0].read  # Ana Vell's row only; Dorvik's stays unread
    assert next(e for e in store.entities() if e.id == "ent:vell").aliases == {"Ana Vell": 3}
    third = store.stored_entities()
    orsk = Entity(id="ent:orsk", name="Orsk", type="GPE", aliases={"Orsk": 1}, mentions=(Span("a3", 0, 5, "Talks"),))
    store.save_story(replace(story, entities=[third[1], orsk]))  # Dorvik gone, Orsk new, Ana Vell as read
    assert [e.id for e in store.entities()] == ["ent:orsk", "ent:vell"]
    assert store.mention_entities("a1") == {(0, 8): "ent:vell"}
    assert isinstance(store, SqlStore)
    with store.engine.connect() as conn:
        kept = dict(conn.execute(text("SELECT id, digest FROM fused_rows WHERE kind = 'entity'")).all())
        rows = dict(conn.execute(text("SELECT id, data FROM entities")).all())
    assert kept == {eid: digest(data) for eid, data in rows.items()}  # what each row holds, no more, no less


def test_store_name_folds_kept_with_the_entity_keys_for_every_alias_and_its_folded_key(store: Store) -> None:
    from storyline.analyze.names.keys import folded_key
    from storyline.fuse.entities import entity_keys_version

    store.add_articles(ARTICLES)
    story = sample_story(ARTICLES)
    version = entity_keys_version()
    assert store.name_folds(version) is None  # none kept yet: a run folds every name itself
    store.save_story(story)
    folds = store.name_folds(version) or {}
    names = {alias for e in story.entities for alias in e.aliases}
    assert names and names <= folds.keys()
    assert {folded_key(n) for n in names} <= folds.keys()  # a folded key is kept folded again
    assert all(folded == folded_key(name) for name, folded in folds.items())
    assert store.name_folds("another version") is None  # stale: never read
    renamed = replace(story.entities[1], id="ent:dorvik2", aliases={"Dorvik Town": 1})
    store.save_story(replace(story, entities=[story.entities[0], renamed]))
    assert {"Dorvik Town", folded_key("Dorvik Town")} <= (store.name_folds(version) or {}).keys()


def test_store_article_claims_and_claim_links_answer_what_incremental_fusion_blocks_on(filled: Store) -> None:
    assert [c.id for c in filled.article_claims(["a2", "a1", "zz"])] == ["c1", "c2"]  # by article, then position
    assert filled.article_claims(["a3"]) == [] and filled.article_claims([]) == []
    links, others = filled.article_claim_links(["a2"])  # c2 (a2) denies c1 (a1)
    assert [(lk.from_, lk.to, lk.type) for lk in links] == [("c2", "c1", "denies")]
    assert [c.id for c in others] == ["c1"]  # the other end, an a1 claim
    links, others = filled.article_claim_links(["a1", "a2"])
    assert len(links) == 1 and others == []  # both ends inside: no claim of another article
    assert filled.article_claim_links(["a3"]) == ([], [])


def test_store_article_event_types_are_what_article_events_tell_of_those_articles(store: Store) -> None:
    store.add_articles(ARTICLES)
    raid = Event(id="ev:raid", type="ASSAULT", mentions=(Span("a1", 0, 4, "raid"), Span("a1", 9, 13, "raid"),
                                                         Span("a2", 0, 6, "attack")))
    talks = Event(id="ev:talks", type="CONSULT", mentions=(Span("a3", 0, 5, "talks"),))
    blast = Event(id="ev:blast", type="ASSAULT", mentions=(Span("a3", 9, 14, "blast"),))
    store.save_story(Story(articles=ARTICLES, events=[raid, talks, blast]))

    def told(ids: list[str], types: set[str]) -> set[tuple[str, str]]:  # what reading the events gives
        return {(m.article, ev.type) for ev in store.article_events(ids) if ev.type in types
                for m in ev.mentions if m.article in ids}

    for ids in (["a1"], ["a1", "a3"], ["a2", "a3"], ["a1", "a2", "a3"], []):
        for types in ({"ASSAULT"}, {"CONSULT"}, {"ASSAULT", "CONSULT", "ARREST"}, set()):
            assert store.article_event_types(ids, types) == told(ids, types), (ids, types)
    # an event's mention in an article not asked about does not count (a2 of the raid)
    assert store.article_event_types(["a1", "a3"], {"ASSAULT"}) == {("a1", "ASSAULT"), ("a3", "ASSAULT")}


def test_store_load_story_in_a_date_range(filled: Store) -> None:
    june = filled.load_story(start="2024-06")
    assert [e.id for e in june.events] == ["ev:2"]
    assert [a.id for a in june.articles] == ["a2"]  # the article telling the June event
    assert {c.id for c in june.claims} == set()  # claims are dated by their articles (May)
    may = filled.load_story(start="2024-05", end="2024-05")
    assert {e.id for e in may.events} == {"ev:1"} and {c.id for c in may.claims} == {"c1", "c2"}
    assert {a.id for a in may.articles} == {"a1", "a2"}
    vell = next(e for e in may.entities if e.id == "ent:vell")
    assert {m.article for m in vell.mentions} == {"a1", "a2"}
    assert [x.type for x in may.claim_links] == ["denies"]


def test_store_entity_headers_names_and_mention_pages(filled: Store) -> None:
    head = filled.entity_header("ent:vell")
    assert head == EntityHeader("ent:vell", "Ana Vell", "PERSON", 3, {"Ana Vell": 2, "Vell": 1}, {"PERSON": 3},
                                (Role("minister", "a1", 0, 8, date="2024-05-01"),))
    assert filled.entity_header("nope") is None
    assert [e.id for e in filled.list_entities()] == ["ent:vell", "ent:dorvik"]  # by mention count
    assert [e.id for e in filled.list_entities(type="GPE")] == ["ent:dorvik"]
    assert [e.id for e in filled.list_entities(q="vel")] == ["ent:vell"]
    assert [e.id for e in filled.list_entities(offset=1)] == ["ent:dorvik"]
    assert filled.count_entities() == 2 and filled.count_entities(type="PERSON") == 1
    assert filled.count_entities(q="zz") == 0
    assert filled.entity_names(["ent:dorvik", "nope", None]) == {"ent:dorvik": "Dorvik"}
    assert filled.entity_types(["ent:dorvik", "ent:vell", "nope"]) == {"ent:dorvik": "GPE", "ent:vell": "PERSON"}
    assert filled.entity_aliases(["ent:vell", "nope", None]) == {"ent:vell": ["Ana Vell", "Vell"]}  # most used first
    spans = filled.entity_mentions("ent:vell", offset=1, limit=5)
    assert [(m.article, m.start, m.end) for m in spans] == [("a2", 0, 3), ("a2", 0, 8)]  # by article, then position
    assert filled.count_entity_mentions("ent:vell") == 3 and filled.count_entity_mentions("nope") == 0
    assert filled.mention_entities("a1") == {(0, 8): "ent:vell", (21, 27): "ent:dorvik"}


def test_store_events_claims_links_clusters(filled: Store) -> None:
    assert [e.id for e in filled.list_events()] == ["ev:1", "ev:2", "ev:3"]  # by date, undated last
    assert [e.id for e in filled.list_events(start="2024-05-20")] == ["ev:1", "ev:2"]  # May overlaps May 20
    assert [e.id for e in filled.list_events(start="2024-06-01")] == ["ev:2"]
    assert [e.id for e in filled.list_events(end="2024-05-02")] == ["ev:1"]  # a month overlaps its days
    assert [e.id for e in filled.list_events(type="assault")] == ["ev:2"]
    assert [e.id for e in filled.list_events(entity="ent:vell")] == ["ev:1"]
    assert [e.id for e in filled.list_events(entity="ent:dorvik")] == ["ev:2"]  # location counts
    assert filled.count_events() == 3 and filled.count_events(start="2024-06") == 1
    assert [e.id for e in filled.article_events(["a2", "a1"])] == ["ev:1", "ev:2"]
    assert [e.id for e in filled.article_events(["a3"])] == ["ev:3"] and filled.article_events([]) == []
    assert [c.id for c in filled.list_claims(speaker="ent:vell")] == ["c1"]
    assert [c.id for c in filled.list_claims(article="a2")] == ["c2"]
    assert filled.count_claims() == 2 and filled.count_claims(speaker="ent:vell") == 1
    assert [link.type for link in filled.claim_links("c1")] == ["denies"]
    assert filled.claim_support("c1") == Corroboration(articles=1, independent_sources=1, credibility=4)
    assert filled.claim_support("c2") is None
    assert filled.entity("nope") is None and filled.event("nope") is None and filled.claim("nope") is None
    assert [s.id for s in filled.stories()] == ["st:a1"]
    assert filled.story_cluster("st:a1") == StoryCluster("st:a1", "Vell", ("a1", "a2"))
    assert filled.story_cluster("nope") is None
    assert [f.id for f in filled.source_families(["a2"])] == ["fam:1"] and filled.source_families(["a3"]) == []


# --------------------------------------------------------------------------- dates as intervals

#: one event per granularity: year, month, ISO week (27 Feb - 5 Mar 2023), quarter, season (winter runs
#: into 2024), day, plus an undated one. Intervals are left for the store to compute from the value.
DATED = {"year": "2023", "month": "2023-03", "week": "2023-W09", "quarter": "2023-Q2", "winter": "2023-WI",
         "day": "2023-03-01", "undated": None}


@pytest.fixture
def dated(store: Store) -> Store:
    arts = [art(1, "x", published="2023-03-01"), art(2, "y", published="2023-05"), art(3, "z", published=None)]
    events = [Event(id=name, type="ASSAULT", date=TimeValue(v) if v else None, mentions=(Span("a1", 0, 1, "x"),))
              for name, v in DATED.items()]
    claims = [Claim("own-time", "a1", 0, 1, None, "x", "said", "x", time=TimeValue("2023-Q2")),
              Claim("article-date", "a2", 0, 1, None, "y", "said", "y"),
              Claim("undated", "a3", 0, 1, None, "z", "said", "z")]
    store.add_articles(arts)
    store.save_story(Story(articles=arts, events=events, claims=claims))
    return store


@pytest.mark.parametrize(("start", "end", "expected"), [
    (None, "2023", {"year", "month", "week", "quarter", "winter", "day"}),  # a year means all of it
    (None, "2023-02-28", {"year", "week"}),  # the week starts on 27 February
    ("2023-03-06", None, {"year", "month", "quarter", "winter"}),  # the week ended on 5 March
    ("2023-W09", "2023-W09", {"year", "month", "week", "day"}),
    ("2024", None, {"winter"}),  # winter 2023 ends in February 2024
    ("2024-02-29", "2024-02-29", {"winter"}),  # leap day: the season's last day
    ("2024-03-01", None, set()),
    ("2023-Q2", "2023-Q2", {"year", "quarter"}),
    ("2023-SU", "2023-SU", {"year", "quarter"}),  # summer (June-August) overlaps Q2 in June
    ("2023-H2", None, {"year", "winter"}),
    ("2023-03-31", "2023-04-01", {"year", "month", "quarter"}),  # last day of a month, first of a quarter
    ("2023-03-02", "2023-03", {"year", "month", "week"}),
    ("2022-12-31", "2022-12-31", set()),
])
def test_store_date_filters_are_interval_overlap(dated: Store, start: str | None, end: str | None,
                                                 expected: set[str]) -> None:
    assert {e.id for e in dated.list_events(start=start, end=end, limit=100)} == expected
    assert dated.count_events(start=start, end=end) == len(expected)


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2023-04", "2023-04", {"own-time"}),  # Q2 overlaps April; the a2 article is dated May only
    ("2023-05-31", None, {"own-time", "article-date"}),  # no time of its own: its article's month
    (None, "2023-03-31", set()),  # a1 is dated 1 March, but its claim has its own time (Q2)
    (None, None, {"own-time", "article-date", "undated"}),
])
def test_store_claims_dated_by_their_time_else_their_article(dated: Store, start: str | None, end: str | None,
                                                             expected: set[str]) -> None:
    assert {c.id for c in dated.list_claims(start=start, end=end)} == expected
    assert dated.count_claims(start=start, end=end) == len(expected)


@pytest.mark.parametrize(("start", "end", "message"), [
    ("March", None, "not a calendar date"), (None, "2023-13", "not a calendar date"),
    ("2023-02-30", None, "not a calendar date"), ("199", None, "not a calendar date"),  # a decade is no filter
    ("2023-03-05", "2023-03-01", "after end"), ("2024", "2023-Q4", "after end"),
])
def test_store_bad_date_ranges_raise(filled: Store, start: str | None, end: str | None, message: str) -> None:
    for call in (lambda: filled.list_events(start=start, end=end), lambda: filled.list_claims(start=start, end=end),
                 lambda: filled.list_articles(start=start, end=end), lambda: filled.load_story(start, end),
                 lambda: filled.search("Vell", start=start, end=end)):
        with pytest.raises(DateRangeError, match=message):
            call()


# --------------------------------------------------------------------------- full-text search


def test_store_search_with_filters(filled: Store) -> None:
    hits = filled.search("resigned")
    assert sorted((h.kind, h.id) for h in hits) == [("article", "a1"), ("event", "ev:1")]
    assert {h.kind for h in filled.search("bombing")} >= {"article", "claim"}
    assert sorted(h.id for h in filled.search("bombing", kinds=["claim"], outlet="Daily")) == ["c1", "c2"]
    assert filled.search("bombing", kinds=["claim"], outlet="Coast Post") == []
    assert [h.id for h in filled.search("resigned", kinds=["article"], start="2024-05-05")] == []
    assert sorted(h.id for h in filled.search("Vell", kinds=["article"], entity="ent:vell")) == ["a1", "a2"]
    assert filled.search("Talks", kinds=["article"], entity="ent:vell") == []
    assert [h.id for h in filled.search("bombing", event_type="ASSAULT")] == ["ev:2"]
    assert [h.id for h in filled.search("Vell", kinds=["entity"])] == ["ent:vell"]
    assert filled.search("   ") == [] and filled.search("'-") == []
    with pytest.raises(ValueError, match="unknown search kind"):
        filled.search("x", kinds=["nonsense"])


def test_store_search_dates_overlap_at_any_granularity(filled: Store) -> None:
    # the articles are dated 1 and 2 May 2024; end="2024" is the whole year, not the string "2024"
    assert sorted(h.id for h in filled.search("Vell", kinds=["article"], end="2024")) == ["a1", "a2"]
    assert sorted(h.id for h in filled.search("Vell", kinds=["article"], end="2024-05")) == ["a1", "a2"]
    assert [h.id for h in filled.search("Vell", kinds=["article"], start="2024-05-02")] == ["a2"]
    assert [h.id for h in filled.search("resigned", kinds=["event"], end="2024-05-01")] == ["ev:1"]  # May
    assert [h.id for h in filled.search("bombing", kinds=["event"], start="2024-Q2", end="2024-Q2")] == ["ev:2"]
    assert filled.search("bombing", kinds=["event"], end="2024-05") == []
    assert sorted(h.id for h in filled.search("planned", kinds=["claim"], start="2024-05-02")) == ["c2"]
    assert filled.search("Talks", kinds=["article"], start="2000") == []  # an undated article is never in a range


def test_store_search_query_semantics(store: Store) -> None:
    arts = [art(1, "Café owners in Dorvik protested the harbour-toll rise on Monday.", title="Protest"),
            art(2, "The toll at the harbour was cut, the minister said.", title="Dispute at the harbour"),
            art(3, "Bombings continued in the north.", title="North")]
    store.add_articles(arts)
    assert [h.id for h in store.search("cafe")] == ["a1"]  # diacritics and case do not matter
    assert [h.id for h in store.search("CAFÉ OWNERS")] == ["a1"]
    assert [h.id for h in store.search("bomb")] == ["a3"]  # the last word is a prefix
    assert store.search("bomb north") == []  # ... only the last one
    assert [h.id for h in store.search("north bomb")] == ["a3"]
    assert [h.id for h in store.search("protested toll")] == ["a1"]  # every word must occur
    assert [h.id for h in store.search("harbour-toll")] == ["a1"]  # a hyphenated word is a phrase
    ranked = store.search("harbour")
    assert [h.id for h in ranked] == ["a2", "a1"]  # a title match ranks first
    assert ranked[0].score > ranked[1].score
    assert [h.id for h in store.search("harbour", limit=1, offset=1)] == ["a1"]
    snippet = store.search("owners")[0].snippet
    assert f"{SNIPPET_OPEN}owners{SNIPPET_CLOSE}" in snippet.replace("Owners", "owners")


def test_store_search_claims_locate_their_span(filled: Store) -> None:
    hit = next(h for h in filled.search("Dorvik planned") if h.kind == "claim")
    assert (hit.id, hit.article, hit.start, hit.end) == ("c1", "a1", 0, 27)


# --------------------------------------------------------------------------- vectors, runs, facets, info


def test_store_vectors_are_kept(store: Store) -> None:
    store.put_vectors({"k1": b"\x00\x01", "k2": b"\x02"})
    store.put_vectors({"k1": b"\xff"})  # a key is written once
    assert store.get_vectors(["k1", "k2", "k3"]) == {"k1": b"\x00\x01", "k2": b"\x02"}
    assert store.get_vectors([]) == {}


def test_store_reads_share_one_connection_see_later_writes_and_stay_in_their_thread(store: Store) -> None:
    assert isinstance(store, SqlStore)
    out: list[int] = []
    back: list[int] = []
    on_out, on_back = (lambda *_: out.append(1)), (lambda *_: back.append(1))
    event.listen(store.engine, "checkout", on_out)
    event.listen(store.engine, "checkin", on_back)

    def taken(read: Any) -> tuple[Any, int]:  # what a read gives, and the connections taken for it
        before = len(out)
        return read(), len(out) - before

    try:
        with store.reads():
            assert taken(lambda: store.count("articles")) == (0, 0)  # the block's connection, taken when it began
            store.add_articles(ARTICLES[:2])  # written through a connection of its own
            with store.reads():  # nested: the outer block's connection serves
                assert taken(lambda: [a.id for a in store.articles()]) == (["a1", "a2"], 0)  # and sees the write
            other: list[tuple[Any, int]] = []
            worker = threading.Thread(target=lambda: other.append(taken(lambda: store.count("articles"))))
            worker.start()
            worker.join()
            assert other == [(2, 1)]  # another thread reads through a connection of its own
            store.add_articles(ARTICLES[2:])
            assert taken(lambda: store.count("articles")) == (3, 0)
            assert taken(lambda: store.get_vectors(["k1"])) == ({}, 0)  # the vector cache's reads too
            store.put_vectors({"k1": b"\x01"})
            assert taken(lambda: store.get_vectors(["k1", "k2"])) == ({"k1": b"\x01"}, 0)
        assert len(out) == len(back)  # nothing held after the block
        assert taken(lambda: store.count("articles")) == (3, 1)  # outside a block: a connection per read, as before
    finally:
        event.remove(store.engine, "checkout", on_out)
        event.remove(store.engine, "checkin", on_back)


def test_store_runs_facets_and_info(filled: Store) -> None:
    assert filled.last_run() is None
    filled.record_run({"read": 3, "added": 3})
    filled.record_run({"read": 1, "added": 0})
    assert filled.last_run() == {"read": 1, "added": 0}
    info = filled.info()
    assert info["articles"] == 3 and info["entities"] == 2 and info["schema_version"] >= 5
    assert info["last_run"]["read"] == 1
    facets = filled.facets()
    assert facets.outlets == {"Daily": 2, "Coast Post": 1}
    assert facets.event_types == {"ASSAULT": 1, "CONSULT": 1, "RETREAT": 1}
    assert facets.entity_types == {"GPE": 1, "PERSON": 1}
    assert facets.published == ("2024-05-01", "2024-05-02")


def test_store_migrate_twice_applies_nothing(backend: str) -> None:
    first = open_store(backend)
    assert isinstance(first, SqlStore) and first.migrate() == []
    first.close()
    again = open_store(backend)
    assert isinstance(again, SqlStore) and again.migrate() == []
    again.close()


# --------------------------------------------------------------------------- opening


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
