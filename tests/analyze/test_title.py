"""The headline as a small text of its own (analyze/title.py): its event mentions, marked field="title", enter
fusion; alone they make no incident. Invented headlines and texts."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.analyze.title import headline, parse_case
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, Story, span_source, story_to_json
from storyline.schema import validate

BODY = ("Firefighters fought the flames at the fuel depot in Sarn through the night, officials in Valdora said on "
        "Tuesday.\nResidents near the depot were moved to a school, the town council said.")


def _article(title: str | None, text: str = BODY, id: str = "a1", published: str = "2031-03-04") -> Article:
    return Article(id=id, text=text, title=title, published=published, published_granularity="day",
                   outlet=f"Outlet {id}")


def _fused(analyzer: Analyzer, resources: Resources, *arts: Article) -> Story:
    analyses = {a.article: a for a in analyzer.analyze_many(arts)}
    ctx = FuseContext(config=Config(), resources=resources, articles={a.id: a for a in arts}, analyses=analyses)
    return fuse(ctx)


@pytest.mark.parametrize(("title", "text", "want"), [
    (None, BODY, None),
    ("Sarn", BODY, None),  # one word: a label, not a headline
    ("Blast at Sarn depot kills 12", "Blast at Sarn depot kills 12\n" + BODY, None),  # the body opens with it
    ("Blast at Sarn depot kills 12 | Harbour Ledger", "Blast at Sarn depot kills 12\n" + BODY, None),  # its copy
    ("Blast at Sarn depot kills 12", BODY, "Blast at Sarn depot kills 12"),
])
def test_title_headline_to_read(title: str | None, text: str, want: str | None) -> None:
    assert headline(_article(title, text)) == want


@pytest.mark.parametrize(("title", "want"), [
    ("Blast At Sarn Fuel Depot Kills 12", "Blast at Sarn fuel depot kills 12"),  # the body's case: names stay
    ("Fire At The Depot In Sarn", "Fire at the depot in Sarn"),
    ("Blast at Sarn fuel depot kills 12", "Blast at Sarn fuel depot kills 12"),  # sentence case: untouched
    ("Valdora Officials Say Depot Fire Is Out", "Valdora officials Say depot fire is out"),  # "said", not "say"
])
def test_title_parse_case_follows_the_body(title: str, want: str) -> None:
    body = BODY + "\nA blast kills no one, the fire is out and officials are at the depot."
    got = parse_case(title, body)
    assert got == want and len(got) == len(title)


@pytest.mark.parametrize("title", [
    "Blast at Sarn fuel depot kills 12",
    "Blast At Sarn Fuel Depot Kills 12",
    "12 killed as blast rips through Sarn fuel depot",
])
def test_title_event_mentions_quote_the_title(analyzer: Analyzer, title: str) -> None:
    art = _article(title)
    an = analyzer.analyze(art)
    heads = [m for m in an.events if m.field == "title"]
    assert heads, [(m.text, m.type) for m in an.events]
    for m in heads:
        assert title[m.start:m.end] == m.text == span_source(art, m.field)[m.start:m.end]
        assert m.id.startswith("a1:title-ev")
        for f in m.figures:
            assert title[f.start:f.end] == f.text
        for p in m.participants:  # a participant is the body's mention of the same name
            assert art.text[p.start:p.end] == p.text
    figures = [f for m in heads for f in m.figures if f.kind == "killed"]
    assert figures and figures[0].min == 12
    assert all(m.field is None for m in an.events if not m.id.startswith("a1:title"))
    assert not any(c.article == "a1" and c.start >= len(art.text) for c in an.claims)


def test_title_toll_reaches_the_incident_the_body_tells(analyzer: Analyzer, resources: Resources) -> None:
    text = ("An explosion tore through the fuel depot in Sarn on Monday night, police in Valdora said.\n"
            "Firefighters fought the flames until dawn, and residents were moved to a school.")
    art = _article("Depot explosion in Sarn kills 12", text)
    story = _fused(analyzer, resources, art)
    blasts = [e for e in story.events if any(m.field is None and "explosion" in m.text.lower() for m in e.mentions)]
    assert len(blasts) == 1, [(e.type, [m.text for m in e.mentions]) for e in story.events]
    ev = blasts[0]
    assert any(m.field == "title" for m in ev.mentions)
    assert ev.fatalities is not None and ev.fatalities.min == 12
    assert [r.field for r in ev.reports if r.kind == "killed"] == ["title"]
    data = story_to_json(story)
    assert validate(data) == []  # every span quotes its article's text, or its title for field "title"


def test_title_alone_makes_no_incident(analyzer: Analyzer, resources: Resources) -> None:
    text = ("The town council of Sarn met on Monday to discuss the budget for the new school.\n"
            "Councillors approved the plan, the mayor told reporters.")
    story = _fused(analyzer, resources, _article("Floods kill 40 in the Marrow valley", text))
    assert not [e for e in story.events if all(m.field == "title" for m in e.mentions)]
    assert not [e for e in story.events if e.fatalities is not None]


def test_title_joins_another_articles_incident(analyzer: Analyzer, resources: Resources) -> None:
    """An article whose only word of the incident is its headline still tells it, with its toll."""
    one = _article(None, "Gunmen attacked the market in Sarn on Monday, killing 12 people, police in Valdora said."
                         "\nTraders closed their stalls until Wednesday.", id="a1")
    two = _article("Gunmen attack Sarn market, killing 12",
                   "Residents of Sarn returned to their homes on Tuesday as the town counted the damage.\n"
                   "Police in Valdora said the square would stay closed for a week.", id="a2",
                   published="2031-03-05")
    story = _fused(analyzer, resources, one, two)
    attacks = [e for e in story.events if any(m.article == "a1" and "attack" in m.text for m in e.mentions)]
    assert len(attacks) == 1, [(e.type, [(m.article, m.text) for m in e.mentions]) for e in story.events]
    assert {m.article for m in attacks[0].mentions} == {"a1", "a2"}
    assert {(r.article, r.field) for r in attacks[0].reports if r.kind == "killed"} == {("a1", None), ("a2", "title")}
    assert validate(story_to_json(story)) == []
