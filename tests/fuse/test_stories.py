"""Story clustering: groups articles by story, incrementally, with ids that survive reruns (fictional texts)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.analyze.tfidf import dense, tfidf_vectors
from storyline.config import Config
from storyline.fuse import FuseContext, get_step
from storyline.fuse import stories as stories_mod
from storyline.fuse.stories import (
    DocProfile,
    cluster_articles,
    cluster_profiles,
    label_clusters,
    lead_text,
    story_id,
    to_day,
)
from storyline.model import Article, ArticleAnalysis, Story, StoryCluster
from storyline.store import open_store
from tests.conftest import analyzer_with

BOMBING = [
    ("b1", "2024-04-29", "A bomb exploded at the central market in Veloria on Monday, killing at least twelve people. "
     "The Green Front claimed responsibility. Police chief Mara Quint said the attackers came from the hills."),
    ("b2", "2024-04-30", "Veloria mourned on Tuesday the twelve people killed when a bomb tore through the central "
     "market. Mara Quint, the city's police chief, blamed the Green Front for the market bombing."),
    ("b3", "2024-05-02", "Investigators in Veloria arrested two men over Monday's market bombing, police chief Mara "
     "Quint said. The Green Front, which claimed the attack, warned of more bombings in Veloria."),
]
CHESS = [
    ("c1", "2024-05-01", "Grandmaster Oskar Lindqvist won the Dravenport chess championship on Wednesday after a "
     "tense final game against Priya Nandakumar that lasted more than six hours."),
    ("c2", "2024-05-02", "Oskar Lindqvist, the new Dravenport chess champion, said his win over Priya Nandakumar was "
     "the hardest game of his career and thanked the tournament organisers."),
    ("c3", "2024-05-04", "Priya Nandakumar asked the Dravenport chess federation to review the final game of the "
     "championship she lost to Oskar Lindqvist, citing a clock fault."),
]
FLOOD = ("f1", "2024-05-03", "Heavy rain flooded the river town of Osterbrook on Friday, forcing hundreds of "
         "families from their homes as the Ambel river burst its banks, mayor Lena Hofstad said.")


def _articles(rows: list[tuple[str, str, str]]) -> list[Article]:
    return [Article(id=i, text=t, published=d, published_granularity="day") for i, d, t in rows]


@pytest.fixture(scope="module")
def analyses(resources: Resources) -> dict[str, ArticleAnalysis]:
    arts = _articles([*BOMBING, *CHESS, FLOOD])
    return {a.article: a for a in analyzer_with(resources, "baseline").analyze_many(arts)}


def _fuse(rows: list[tuple[str, str, str]], analyses: dict[str, ArticleAnalysis], resources: Resources,
          store: object = None, use_embeddings: bool = True) -> Story:
    arts = _articles(rows)
    ctx = FuseContext(config=Config(use_embeddings=use_embeddings), resources=resources,
                      articles={a.id: a for a in arts}, analyses={a.id: analyses[a.id] for a in arts},
                      new={a.id for a in arts}, store=store)  # type: ignore[arg-type]
    get_step("stories")(ctx)
    return ctx.story


def _partition(story: Story) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in story.stories}


def test_stories_groups_articles_by_story(analyses: dict, resources: Resources) -> None:
    story = _fuse([*BOMBING, *CHESS], analyses, resources)
    assert _partition(story) == {frozenset({"b1", "b2", "b3"}), frozenset({"c1", "c2", "c3"})}
    labels = {frozenset(s.articles): s.label for s in story.stories}
    assert "Veloria" in labels[frozenset({"b1", "b2", "b3"})]


def test_stories_ids_come_from_the_founding_article(analyses: dict, resources: Resources) -> None:
    story = _fuse([*CHESS, *BOMBING], analyses, resources)  # input order does not matter: dates do
    ids = {frozenset(s.articles): s.id for s in story.stories}
    assert ids[frozenset({"b1", "b2", "b3"})] == story_id("b1")
    assert ids[frozenset({"c1", "c2", "c3"})] == story_id("c1")


def test_stories_rerun_gives_the_same_clusters(analyses: dict, resources: Resources) -> None:
    one = _fuse([*BOMBING, *CHESS, FLOOD], analyses, resources)
    two = _fuse([*BOMBING, *CHESS, FLOOD], analyses, resources)
    assert [(s.id, s.articles) for s in one.stories] == [(s.id, s.articles) for s in two.stories]


def test_stories_incremental_keeps_stored_ids(analyses: dict, resources: Resources, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        first = _fuse([BOMBING[1], CHESS[2]], analyses, resources)
        store.add_articles(_articles([BOMBING[1], CHESS[2]]))
        store.save_story(first)
        old = {s.id: set(s.articles) for s in store.stories()}
        assert set(old) == {story_id("b2"), story_id("c3")}
        # b1 and c1 are older than the founders: they still join the stored stories, whose ids stay
        second = _fuse([*BOMBING, *CHESS, FLOOD], analyses, resources, store=store)
        new = {s.id: set(s.articles) for s in second.stories}
        assert new[story_id("b2")] == {"b1", "b2", "b3"}
        assert new[story_id("c3")] == {"c1", "c2", "c3"}
        assert new[story_id("f1")] == {"f1"}  # a new story opens with its own id
        assert len(new) == 3
    finally:
        store.close()


def test_stories_lexical_fallback_without_embeddings(analyses: dict, resources: Resources) -> None:
    story = _fuse([*BOMBING, *CHESS], analyses, resources, use_embeddings=False)
    assert _partition(story) == {frozenset({"b1", "b2", "b3"}), frozenset({"c1", "c2", "c3"})}


def test_tfidf_vectors_are_unit_rows_and_share_vocabulary() -> None:
    m = tfidf_vectors(["the river flooded the town", "a chess game"], extra=["river town"])
    assert m.shape[0] == 3
    assert abs(float(m[0] @ m[0]) - 1.0) < 1e-5
    assert float(m[2] @ m[0]) > 0.5 and float(m[2] @ m[1]) == 0.0


def test_to_day_handles_partial_dates() -> None:
    assert to_day("2024-05") == to_day("2024-05-01")
    assert to_day(None) is None and to_day("someday") is None


def test_dense_hashes_large_vocabularies_into_bounded_unit_rows() -> None:
    rows = [{f"w{i}": 1.0 for i in range(k, k + 50)} for k in (0, 0, 1000)]
    m = dense(rows, max_dim=64)  # 1050 words > 64 columns: the hashing trick
    assert m.shape == (3, 64)
    assert abs(float(m[0] @ m[1]) - 1.0) < 1e-5
    assert abs(float(m[0] @ m[2])) < 0.5  # unrelated rows stay far apart
    exact = dense(rows[:1], max_dim=64)  # 50 words fit: exact columns
    assert exact.shape == (1, 50)


def test_stories_sampled_rerun_keeps_every_stored_member(analyses: dict, resources: Resources) -> None:
    """With only the latest member of each stored story profiled, no member is lost and new ones still join."""
    stored = _fuse([*BOMBING[:2], *CHESS[:2]], analyses, resources).stories
    arts = _articles([*BOMBING, *CHESS])
    again = cluster_articles(arts, analyses, encode=resources.embedder.encode, previous=stored, sample=1)
    got = {s.id: set(s.articles) for s in again}
    assert got == {story_id("b1"): {"b1", "b2", "b3"}, story_id("c1"): {"c1", "c2", "c3"}}


def _synthetic_profiles(n: int, seed: int = 7) -> list[DocProfile]:
    """Noisy copies of a few random directions, one per day: made-up stories for the clustering core."""
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(8, 32))
    out = []
    for i in range(n):
        v = centers[i % 8] + rng.normal(scale=1.2, size=32)
        ents = Counter({f"name:e{i % 8}": 1, f"name:x{rng.integers(40)}": 1})
        out.append(DocProfile(f"d{i:03d}", (v / np.linalg.norm(v)).astype(np.float32), ents, 738000 + i))
    return out


def test_cluster_profiles_blocks_match_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring a block of articles with one matrix product must see centroids as they change within it."""
    profiles = _synthetic_profiles(300)
    blocked = cluster_profiles(profiles)
    monkeypatch.setattr(stories_mod, "BLOCK", 1)
    single = cluster_profiles(profiles)
    assert [c.articles for c in blocked] == [c.articles for c in single]
    assert 4 <= len(blocked) < 150  # the made-up stories do form clusters


def test_lead_text_is_cut_at_a_space() -> None:
    art = Article(id="x", title="Title", text="word " * 400)
    lead = lead_text(art, None, max_chars=100)
    assert len(lead) <= 100 and lead.endswith("word")


def test_sample_profiles_at_most_the_budget_of_stored_articles_latest_first() -> None:
    arts = [Article(id=f"a{i}", text="x", published=f"2024-01-{i + 1:02d}") for i in range(6)]
    stored = [StoryCluster("old", "", ("a0", "a1")), StoryCluster("new", "", ("a4", "a5"))]
    todo, carry = stories_mod._sample(arts, stored, sample=2, budget=3)
    assert {a.id for a in todo} == {"a2", "a3", "a5", "a4", "a1"}  # unclustered + the latest 3 stored
    assert carry == {"a0"}


def test_stories_sampled_rerun_keeps_the_labels_of_stored_clusters_no_article_joined(analyses: dict) -> None:
    """A rerun profiles a sample of each stored story (here none of it): a story no new article joins keeps the
    label made from all its members, not one from its sample (here its id, from no member at all)."""
    arts = _articles([*BOMBING[:2], *CHESS])
    stored = cluster_articles(arts, analyses, encode=None)
    labels = {s.id: s.label for s in stored}
    assert labels[story_id("c1")] != story_id("c1")  # labelled by its names
    again = cluster_articles(_articles([*BOMBING, *CHESS]), analyses, encode=None, previous=stored, sample=0)
    got = {s.id: s for s in again}
    assert got[story_id("c1")].label == labels[story_id("c1")]
    assert got[story_id("c1")].articles == next(s for s in stored if s.id == story_id("c1")).articles


RESULTS = ("Shr 34 cts vs 1.19 dlrs\n\n Net 807,000 vs 2,858,000\n\n Revs 291.8 mln vs 151.1 mln\n\n"
           " Note: the year includes a gain from the sale of the Osterbrook plant.")


def test_lead_text_leaves_out_a_tables_rows(analyzer: Analyzer) -> None:
    art = Article(id="r1", title="ARLEN WIDGETS INC YEAR NET", text=RESULTS, published="2024-03-02")
    lead = lead_text(art, analyzer.analyze(art))
    assert lead == "ARLEN WIDGETS INC YEAR NET\nNote: the year includes a gain from the sale of the Osterbrook plant."
    # negative: an article with no rows keeps its lead as it was, the text up to its n-th sentence
    prose = Article(id="p1", title="Flood", text=FLOOD[2], published="2024-05-03")
    assert lead_text(prose, analyzer.analyze(prose)) == f"Flood\n{FLOOD[2]}"


def test_stories_label_is_no_tables_abbreviation() -> None:
    clusters = [StoryCluster("s1", "", ("r1", "r2"))]
    profiles = {a: DocProfile(a, np.zeros(3, dtype=np.float32)) for a in ("r1", "r2")}
    texts = {"r1": "widgets shr cts dlrs mln widgets net", "r2": "widgets cts dlrs mln shr marine net"}
    label = label_clusters(clusters, profiles, texts, {})[0].label
    assert label == "net / widgets / marine", label  # not "cts / dlrs / mln"
