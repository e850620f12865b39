"""The cited briefing on a hand-built fictional story (real spaCy sentences, real MiniLM), plus the seeds."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.analyze.embed import Embedder
from storyline.analyze.resources import Resources
from storyline.model import (
    Article,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Participant,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    TimeValue,
)
from storyline.present.briefing import Briefing, brief, md_escape, split_sentences
from tests.conftest import shared_data

BLAST = "A bomb exploded at the central market in Veloria on Monday, killing at least twelve people."
A1 = (f"{BLAST} The Green Front claimed responsibility for the attack in a statement posted online. "
      "Police chief Mara Quint said the attackers had crossed over from the northern hills at night. "
      "The city council of Veloria announced three days of mourning for the victims of the market attack.")
# a wire copy of A1, lightly edited, carried by another outlet
A2 = (f"{BLAST} The Green Front claimed responsibility for the attack in a statement it posted online. "
      "Police chief Mara Quint said the attackers had crossed over from the northern hills at night. "
      "The city council of Veloria announced three days of mourning for the victims of the market attack.")
# an independent outlet that happens to carry the same first sentence
A3 = (f"{BLAST} Interior minister Tomas Reyl denied that the attackers came from the northern hills. "
      "Veloria has seen a steady rise in violence since the disputed election held last autumn. "
      "Farmers in the valley said their harvest festival would go ahead despite the violence in the city.")
XSS = ('The mayor wrote <script>alert("boom")</script> and " onmouseover="alert(1) in a post that '
       "residents of Veloria shared widely after the market attack on Monday.")


def _span(article: Article, needle: str, nth: int = 0) -> Span:
    starts = [m.start() for m in re.finditer(re.escape(needle), article.text)]
    s = starts[nth]
    return Span(article.id, s, s + len(needle), needle)


def make_story(extra: tuple[Article, ...] = ()) -> Story:
    a1 = Article(id="a1", text=A1, outlet="Northwind Post", published="2024-04-29", published_granularity="day")
    a2 = Article(id="a2", text=A2, outlet="Eastern Ledger", published="2024-04-30", published_granularity="day",
                 copy_of="a1", credit="Wire")
    a3 = Article(id="a3", text=A3, outlet="Harbor Times", published="2024-04-30", published_granularity="day")
    arts = [a1, a2, a3, *extra]
    veloria = Entity("ent:veloria", "Veloria", "GPE", {"Veloria": 4},
                     tuple(_span(a, "Veloria") for a in arts if "Veloria" in a.text))
    front = Entity("ent:front", "Green Front", "ORG", {"Green Front": 2}, (_span(a1, "Green Front"),
                                                                            _span(a2, "Green Front")))
    quint = Entity("ent:quint", "Mara Quint", "PERSON", {"Mara Quint": 2}, (_span(a1, "Mara Quint"),
                                                                             _span(a2, "Mara Quint")))
    reyl = Entity("ent:reyl", "Tomas Reyl", "PERSON", {"Tomas Reyl": 1}, (_span(a3, "Tomas Reyl"),))
    blast = Event("ev:blast", "ASSAULT", subtype="bombing", date=TimeValue("2024-04-29", granularity="day"),
                  location="ent:veloria", location_text="Veloria",
                  participants=(Participant("actor", "The Green Front", 0, 0, entity="ent:front"),),
                  mentions=tuple(_span(a, "exploded") for a in (a1, a2, a3)),
                  corroboration=Corroboration(articles=3, independent_sources=2))
    said = "Police chief Mara Quint said the attackers had crossed over from the northern hills at night."
    c1 = Claim("cl:quint", "a1", A1.index(said), A1.index(said) + len(said), "ent:quint", "Mara Quint", "said",
               "the attackers had crossed over from the northern hills")
    denied = "Interior minister Tomas Reyl denied that the attackers came from the northern hills."
    c2 = Claim("cl:reyl", "a3", A3.index(denied), A3.index(denied) + len(denied), "ent:reyl", "Tomas Reyl",
               "denied", "the attackers came from the northern hills", polarity="deny")
    return Story(articles=arts, entities=[veloria, front, quint, reyl], events=[blast], claims=[c1, c2],
                 claim_links=[ClaimLink("denies", "cl:reyl", "cl:quint")],
                 stories=[StoryCluster("story_x", "Veloria / Green Front", ("a1", "a2", "a3"))],
                 source_families=[SourceFamily("fam:wire", ("a1", "a2"), reason="copy")],
                 claim_support={"cl:quint": Corroboration(2, 1)})


@pytest.fixture(scope="module")
def embedder(resources: Resources) -> Embedder:
    return resources.embedder


@pytest.fixture(scope="module")
def sentences(nlp: Any) -> dict[str, list[tuple[int, int]]]:
    texts = {"a1": A1, "a2": A2, "a3": A3, "x1": XSS}
    return {k: [(s.start_char, s.end_char) for s in nlp(t).sents] for k, t in texts.items()}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _check_cited(b: Briefing, story: Story) -> None:
    texts = {a.id: a.text for a in story.articles}
    for it in b.items():
        assert it.sources, it.text
        for c in it.sources:  # each citation points at text that says the same thing
            assert _norm(texts[c.article][c.start:c.end])[:20] == _norm(it.text)[:20]


def test_brief_every_sentence_carries_a_source(sentences: dict, embedder: Embedder) -> None:
    story = make_story()
    b = brief(story, sentences, max_sentences=8, embedder=embedder)
    assert b.items()
    assert b.title == "Briefing: Veloria / Green Front"
    _check_cited(b, story)


def test_brief_no_sentence_twice(sentences: dict, embedder: Embedder) -> None:
    b = brief(make_story(), sentences, max_sentences=20, embedder=embedder)
    norms = [_norm(it.text) for it in b.items()]
    assert len(norms) == len(set(norms))


def test_brief_syndicated_copy_appears_once_citing_all_carriers(sentences: dict, embedder: Embedder) -> None:
    b = brief(make_story(), sentences, max_sentences=20, embedder=embedder)
    blast = [it for it in b.items() if "bomb exploded" in it.text]
    assert len(blast) == 1
    assert {c.article for c in blast[0].sources} == {"a1", "a2", "a3"}
    assert blast[0].independent_sources == 2  # a1 and its copy a2 count once
    # the lightly edited wire sentence is the same sentence: shown once, from the original, citing both
    resp = [it for it in b.items() if "claimed responsibility" in it.text]
    assert len(resp) == 1
    assert {c.article for c in resp[0].sources} == {"a1", "a2"}
    assert resp[0].text in A1  # shown as the original says it



def test_brief_groups_sentences_under_their_event(sentences: dict, embedder: Embedder) -> None:
    b = brief(make_story(), sentences, max_sentences=20, embedder=embedder)
    heads = {s.heading: s for s in b.sections}
    event_heads = [h for h in heads if h.startswith("Bombing — 2024-04-29, Veloria")]
    assert event_heads
    assert any("bomb exploded" in it.text for it in heads[event_heads[0]].items)
    assert heads[event_heads[0]].event == "ev:blast"
    claims = [s for s in b.sections if s.heading == "Claims"]
    assert claims and any("denied" in it.text for it in claims[0].items)


def test_brief_respects_max_sentences(sentences: dict, embedder: Embedder) -> None:
    assert len(brief(make_story(), sentences, max_sentences=3, embedder=embedder).items()) == 3


def test_brief_entity_focus_keeps_sentences_naming_it(sentences: dict, embedder: Embedder) -> None:
    b = brief(make_story(), sentences, max_sentences=10, entity="ent:reyl", embedder=embedder)
    assert [it.text for it in b.items()] == [A3.split(". ")[1] + "."]
    assert b.title == "Briefing: Tomas Reyl"


def test_brief_query_focus_puts_the_matching_sentence_in(sentences: dict, embedder: Embedder) -> None:
    b = brief(make_story(), sentences, max_sentences=2, query="harvest festival of the farmers", embedder=embedder)
    assert any("harvest festival" in it.text for it in b.items())


def test_brief_lexical_fallback_without_embedder(sentences: dict) -> None:
    story = make_story()
    b = brief(story, sentences, max_sentences=6, embedder=None)
    assert b.method == "lexical"
    _check_cited(b, story)
    assert sum("bomb exploded" in it.text for it in b.items()) == 1


def test_brief_story_id_restricts_and_unknown_story_raises(sentences: dict) -> None:
    story = make_story()
    story.stories = [StoryCluster("story_y", "Valley", ("a3",))]
    b = brief(story, sentences, max_sentences=10, story_id="story_y")
    assert {c.article for it in b.items() for c in it.sources} == {"a3"}
    with pytest.raises(KeyError):
        brief(story, sentences, story_id="nope")


def test_brief_markdown_and_html_escape_untrusted_text(sentences: dict, embedder: Embedder) -> None:
    evil = Article(id='x1"><b>', text=XSS, outlet='Bad "Outlet" <i>', published="2024-04-30")
    story = make_story((evil,))
    b = brief(story, {**sentences, evil.id: sentences["x1"]}, max_sentences=20, embedder=embedder)
    assert any("<script>" in it.text for it in b.items())  # the object keeps the raw text
    page = b.to_html(link=lambda c: f"/articles/{c.article}?s={c.start}&e={c.end}")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'onmouseover="' not in page and "<i>" not in page and "<b>" not in page
    assert html.escape('x1"><b>', quote=True) in page
    md = b.to_markdown()
    assert "<script>" not in md and "&lt;script&gt;" in md and "<i>" not in md


def test_md_escape_neutralizes_links_and_emphasis() -> None:
    assert md_escape("[x](javascript:alert(1)) *bold* a_b") == r"\[x\](javascript:alert(1)) \*bold\* a_b"


def test_split_sentences_fallback_offsets() -> None:
    text = 'He said "No." Then he left!\nA new line'
    assert [text[s:e] for s, e in split_sentences(text)] == ['He said "No."', "Then he left!", "A new line"]


def test_brief_seeds_end_to_end(tmp_path: Path, resources: Resources) -> None:
    """`storyline brief` on the seeds: every sentence cites >= 1 source, no sentence twice."""
    seeds = shared_data("seeds", "articles.jsonl")
    from storyline.config import Config
    from storyline.run import analyze_inputs
    from storyline.store import open_store

    db = tmp_path / "seeds.db"
    analyze_inputs([seeds], db, Config(), resources=resources)
    store = open_store(db)
    story = store.load_story()
    sents = {k: a.sentences for k, a in store.analyses().items()}
    store.close()
    b = brief(story, sents, max_sentences=12, embedder=resources.embedder)
    assert len(b.items()) == 12
    _check_cited(b, story)
    norms = [_norm(it.text) for it in b.items()]
    assert len(norms) == len(set(norms))
