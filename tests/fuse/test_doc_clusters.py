"""Document clusters: which articles of a pile tell the same incident (invented coverage)."""

from __future__ import annotations

import pytest

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext
from storyline.fuse import doc_clusters as dc
from storyline.fuse.doc_clusters import cluster_documents, doc_clusters, doc_vectors, name_key
from storyline.model import Article, ArticleAnalysis, StoryCluster

# two earthquakes of one week: the words of the kind are shared, the places, figures and people are not
QUAKES = {
    "q1": "A magnitude 6.8 earthquake struck the mountain town of Verrin on Monday, killing 41 people. Rescuers "
          "in Verrin pulled survivors from collapsed houses, governor Ilse Marrow said.",
    "q2": "The death toll from Monday's earthquake in Verrin rose to 41 as rescuers searched the rubble of the old "
          "market. Governor Ilse Marrow said the Verrin hospital was overwhelmed.",
    "q3": "Survivors of the Verrin earthquake slept in tents near the old market on Tuesday, and governor Ilse "
          "Marrow asked for more rescuers and tents.",
    "k1": "A magnitude 5.9 earthquake hit the coastal city of Osk on Thursday, injuring 17 people and cracking the "
          "harbour wall, mayor Tomas Rell said. Ferries to Osk were halted.",
    "k2": "Mayor Tomas Rell said 17 people were hurt when Thursday's earthquake shook Osk, damaging the harbour wall "
          "and halting the ferries.",
}


def test_cluster_documents_separates_two_incidents_of_one_kind() -> None:
    ids = sorted(QUAKES)
    got = cluster_documents(ids, [QUAKES[i] for i in ids], [[] for _ in ids], Config().incident_similarity)
    assert got["q1"] == got["q2"] == got["q3"] == "q1"
    assert got["k1"] == got["k2"] == "k1"


def test_cluster_documents_keeps_one_incident_together() -> None:
    ids = ["q1", "q2", "q3"]
    got = cluster_documents(ids, [QUAKES[i] for i in ids], [[] for _ in ids], Config().incident_similarity)
    assert set(got.values()) == {"q1"}


def test_cluster_documents_single_and_empty() -> None:
    assert cluster_documents([], [], [], 0.1) == {}
    assert cluster_documents(["x"], ["text"], [[]], 0.1) == {"x": "x"}


def test_doc_vectors_names_count_as_features() -> None:
    rows = doc_vectors(["a quake", "a quake"], [["The Red Cross"], ["Red Cross's"]])
    assert name_key("The Red Cross") == name_key("Red Cross's") == "name:red cross"
    assert all("name:red cross" in r for r in rows)


def _ctx(resources: Resources, ids: list[str], fused: list[str] | None = None) -> FuseContext:
    """The articles ``ids``, of which ``fused`` (all by default) have an analysis this run fuses."""
    arts = {i: Article(id=i, text=QUAKES[i]) for i in ids}
    analyses = {i: ArticleAnalysis(article=i, config_hash="") for i in (ids if fused is None else fused)}
    return FuseContext(config=Config(), resources=resources, articles=arts, analyses=analyses, new=set(arts))


def test_doc_clusters_cached_per_run(resources: Resources) -> None:
    ctx = _ctx(resources, sorted(QUAKES))
    first = doc_clusters(ctx)
    assert first["q2"] == "q1" and first["k2"] == "k1"
    assert doc_clusters(ctx) is first


def test_doc_clusters_large_pile_waits_for_story_clusters(resources: Resources, monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(dc, "MAX_BLOCK", 3)
    ctx = _ctx(resources, sorted(QUAKES))
    assert doc_clusters(ctx) == {}  # too many to cluster at once, and no story clusters yet: unknown
    ctx.story.stories = [StoryCluster(id="s1", label="", articles=["q1", "q2", "q3"]),
                         StoryCluster(id="s2", label="", articles=["k1", "k2"])]
    assert doc_clusters(ctx) == {"q1": "q1", "q2": "q1", "q3": "q1", "k1": "k1", "k2": "k1"}


def test_doc_clusters_large_pile_only_story_clusters_the_run_fuses(resources: Resources,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # an incremental run fuses a few articles of a large store: story clusters without one are not read
    monkeypatch.setattr(dc, "MAX_BLOCK", 3)
    ctx = _ctx(resources, sorted(QUAKES), fused=["k2"])
    ctx.story.stories = [StoryCluster(id="s1", label="", articles=["q1", "q2", "q3"]),
                         StoryCluster(id="s2", label="", articles=["k1", "k2"])]
    assert doc_clusters(ctx) == {"k1": "k1", "k2": "k1"}
