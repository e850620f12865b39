"""The entity–event–claim graph and its GraphML/CSV exports, on a hand-built fictional story and the seeds."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from storyline.analyze.resources import Resources
from storyline.model import (
    Article,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Participant,
    Quantity,
    Span,
    Story,
    TimeValue,
)
from storyline.present.graph import build_graph, write_csv, write_graphml
from tests.conftest import shared_data


def make_story() -> Story:
    text1 = "Port officials in Larkmoor said the ferry sank on Friday. Captain Ilse Varga denied any fault."
    text2 = 'Larkmoor police "confirmed" the ferry sank with <b>40</b> people aboard.'
    a1 = Article(id="g1", text=text1, outlet="Coast Daily", published="2024-06-07")
    a2 = Article(id="g2", text=text2, outlet=None, published=None)  # unknown outlet and date: no None attributes
    larkmoor = Entity("ent:lark", "Larkmoor", "GPE", {"Larkmoor": 2},
                      (Span("g1", 18, 26, "Larkmoor"), Span("g2", 0, 8, "Larkmoor")))
    varga = Entity("ent:varga", "Ilse Varga", "PERSON", {"Ilse Varga": 1, "Varga": 1},
                   (Span("g1", 66, 76, "Ilse Varga"),))
    police = Entity("ent:police", 'Larkmoor "police"', "ORG", {"Larkmoor police": 1},
                    (Span("g2", 0, 15, "Larkmoor police"),))
    sinking = Event("ev:sink", "ACCIDENT", subtype=None, date=TimeValue("2024-06-07"), location="ent:lark",
                    location_text="Larkmoor",
                    participants=(Participant("target", "Captain Ilse Varga", 58, 76, entity="ent:varga"),
                                  Participant("actor", "someone", 0, 7, entity=None)),
                    fatalities=Quantity(min=None), mentions=(Span("g1", 42, 46, "sank"), Span("g2", 38, 42, "sank")),
                    corroboration=Corroboration(2, 2))
    c1 = Claim("cl:1", "g1", 0, 57, None, "Port officials", "said", "the ferry sank on Friday", event="ev:sink")
    c2 = Claim("cl:2", "g1", 58, 94, "ent:varga", "Captain Ilse Varga", "denied", "any fault", polarity="deny",
               targets=("ent:lark", "not-an-entity"))
    return Story(articles=[a1, a2], entities=[larkmoor, varga, police], events=[sinking], claims=[c1, c2],
                 claim_links=[ClaimLink("denies", "cl:2", "cl:1", score=0.8), ClaimLink("supports", "cl:1", "cl:9")])


def test_build_graph_nodes_and_edges() -> None:
    g = build_graph(make_story())
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(kinds.values()).count("article") == 2
    assert g.number_of_nodes() == 2 + 3 + 1 + 2
    types = sorted(d["type"] for _, _, d in g.edges(data=True))
    # mentions: lark->g1, lark->g2, varga->g1, police->g2; event: participant, location, reported_in x2;
    # claims: stated_in x2, about, speaker, target (the unknown target id is skipped); one link (cl:9 unknown)
    assert types == sorted(["mentioned_in"] * 4 + ["participant", "location", "reported_in", "reported_in",
                                                   "stated_in", "stated_in", "about", "speaker", "target", "denies"])
    assert g.has_edge("event:ev:sink", "entity:ent:varga")
    role = next(d["role"] for _, _, d in g.edges("event:ev:sink", data=True) if d["type"] == "participant")
    assert role == "target"
    assert g.nodes["event:ev:sink"]["independent_sources"] == 2


def test_labels_are_words_not_codes() -> None:
    """A node's label is what a person reads in Gephi or a spreadsheet: the event's kind, place and date in
    words, a claim as the timeline tells it, an untitled article by its first words; the codes keep their
    own columns (issue 14)."""
    story = make_story()
    week = Event("ev:week", "ASSAULT", subtype="suicide_bombing", date=TimeValue("2031-W10"), location="ent:lark",
                 location_text="Larkmoor", mentions=(Span("g1", 42, 46, "sank"),))
    story = Story(articles=story.articles, entities=story.entities, events=[*story.events, week],
                  claims=story.claims, claim_links=story.claim_links)
    g = build_graph(story)
    assert g.nodes["event:ev:week"]["label"] == "Suicide bombing in Larkmoor, week of 3 March 2031"
    assert g.nodes["event:ev:week"]["subtype"] == "suicide_bombing" and g.nodes["event:ev:week"]["date"] == "2031-W10"
    assert g.nodes["event:ev:sink"]["label"] == "Accident in Larkmoor, 7 June 2024"
    assert g.nodes["claim:cl:2"]["label"] == "Ilse Varga denies any fault"
    assert g.nodes["article:g2"]["label"].startswith("Larkmoor police")  # no title, no outlet: never its id


def test_write_graphml_loads_back_with_networkx(tmp_path: Path) -> None:
    story = make_story()
    path = write_graphml(story, tmp_path / "sub" / "story.graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    ref = build_graph(story)
    assert g.number_of_nodes() == ref.number_of_nodes()
    assert g.number_of_edges() == ref.number_of_edges()
    assert g.nodes["entity:ent:police"]["label"] == 'Larkmoor "police"'
    assert g.nodes["claim:cl:2"]["direct_quote"] is False
    assert "outlet" not in g.nodes["article:g2"]  # unknown values are left out, never written as None
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())


def test_write_csv_loads_with_csv_module(tmp_path: Path) -> None:
    story = make_story()
    nodes_path, edges_path = write_csv(story, tmp_path / "csv")
    with nodes_path.open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with edges_path.open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    ref = build_graph(story)
    assert len(nodes) == ref.number_of_nodes() and len(edges) == ref.number_of_edges()
    assert list(nodes[0])[:3] == ["id", "label", "kind"]
    assert list(edges[0])[:3] == ["source", "target", "type"]
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    police = next(n for n in nodes if n["id"] == "entity:ent:police")
    assert police["label"] == 'Larkmoor "police"'  # quotes survive the CSV round trip


def test_graph_exports_on_seeds(tmp_path: Path, resources: Resources) -> None:
    """GraphML and CSV exports of the seeds story (as `storyline analyze` stores it) load back."""
    seeds = shared_data("seeds", "articles.jsonl")
    from storyline.config import Config
    from storyline.run import analyze_inputs
    from storyline.store import open_store

    db = tmp_path / "seeds.db"
    analyze_inputs([seeds], db, Config(use_embeddings=False), resources=resources)
    store = open_store(db)
    story = store.load_story()
    store.close()
    g = nx.read_graphml(write_graphml(story, tmp_path / "seeds.graphml"), force_multigraph=True)
    assert g.number_of_nodes() == len(story.articles) + len(story.entities) + len(story.events) + len(story.claims)
    nodes_path, edges_path = write_csv(story, tmp_path)
    with nodes_path.open(encoding="utf-8", newline="") as f:
        assert sum(1 for _ in csv.DictReader(f)) == g.number_of_nodes()
    with edges_path.open(encoding="utf-8", newline="") as f:
        assert sum(1 for _ in csv.DictReader(f)) == g.number_of_edges()
