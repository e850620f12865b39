"""The cited briefing on a hand-built fictional story (real spaCy sentences, real MiniLM), plus the seeds.

What an analyst would check before signing it: one section per incident in time order, headings built from
the incident, every incident with two independent sources present, tolls with their history, claims and
denials side by side, every sentence with numbered sources that resolve to one article, no page furniture.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from storyline.analyze.embed import Embedder
from storyline.analyze.resources import Resources
from storyline.model import (
    Article,
    ArticleAnalysis,
    CasualtyReport,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    EventMention,
    Participant,
    Quantity,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    TimeValue,
    Timex,
)
from storyline.present import said
from storyline.present.briefing import (
    ANAPHOR,
    Briefing,
    _copy_retold,
    brief,
    circumstance,
    headline_worthy,
    is_furniture,
    md_escape,
    one_source_news,
    scope_words,
    split_sentences,
)
from storyline.present.incidents import Incident
from storyline.present.sentences import normalize
from tests.conftest import shared_data

BLAST = "A bomb exploded at the central market in Veloria on Monday, killing at least twelve people."
A1 = (f"{BLAST} The Green Front claimed responsibility for the attack in a statement posted online. "
      "Police chief Mara Quint said the attackers had crossed over from the northern hills at night. "
      "The city council of Veloria announced three days of mourning for the victims of the market attack.")
# a wire copy of A1, lightly edited, carried by another outlet
A2 = (f"{BLAST} The Green Front claimed responsibility for the attack in a statement it posted online. "
      "Police chief Mara Quint said the attackers had crossed over from the northern hills at night. "
      "The city council of Veloria announced three days of mourning for the victims of the market attack.")
# an independent outlet: a higher toll a day later, a denial, and a visit
A3 = ("VELORIA: The death toll from Monday's bombing of the Veloria market rose to 14 on Tuesday, hospital staff said. "
      "Interior minister Tomas Reyl denied that the attackers came from the northern hills. "
      "Reyl visited the wounded in the Veloria city hospital on Tuesday afternoon with his deputy. "
      "Follow us on Twitter/ @harbortimes for the latest updates on the attack in Veloria.")
# a fourth outlet: the minister's visit, and page furniture around it
A5 = ("Interior minister Tomas Reyl visited the Veloria city hospital on Tuesday to meet doctors and the wounded. "
      "Farmers in the valley said their harvest festival would go ahead despite the violence in the city.")
XSS = ('The mayor wrote <script>alert("boom")</script> and " onmouseover="alert(1) in a post that '
       "residents of Veloria shared widely after the market attack on Monday.")


def _span(article: Article, needle: str, nth: int = 0) -> Span:
    starts = [m.start() for m in re.finditer(re.escape(needle), article.text)]
    s = starts[nth]
    return Span(article.id, s, s + len(needle), needle)


def _articles() -> list[Article]:
    return [Article(id="a1", text=A1, outlet="Northwind Post", published="2024-04-29", title="Market bomb",
                    url="https://northwind.example/bomb"),
            Article(id="a2", text=A2, outlet="Eastern Ledger", published="2024-04-30", copy_of="a1", credit="Wire"),
            Article(id="a3", text=A3, outlet="Harbor Times", published="2024-04-30", title="Toll rises"),
            Article(id="a5", text=A5, outlet="Valley Courier", published="2024-05-01", title="Minister at hospital")]


def make_story(extra: tuple[Article, ...] = ()) -> Story:
    arts = [*_articles(), *extra]
    a1, a2, a3, a5 = arts[:4]
    veloria = Entity("ent:veloria", "Veloria", "GPE", {"Veloria": 4},
                     tuple(_span(a, "Veloria") for a in arts if "Veloria" in a.text))
    front = Entity("ent:front", "Green Front", "ORG", {"Green Front": 2}, (_span(a1, "Green Front"),
                                                                            _span(a2, "Green Front")))
    quint = Entity("ent:quint", "Mara Quint", "PERSON", {"Mara Quint": 2}, (_span(a1, "Mara Quint"),
                                                                             _span(a2, "Mara Quint")))
    reyl = Entity("ent:reyl", "Tomas Reyl", "PERSON", {"Tomas Reyl": 2}, (_span(a3, "Tomas Reyl"),
                                                                           _span(a5, "Tomas Reyl")))
    blast = Event("ev:blast", "ASSAULT", subtype="bombing", date=TimeValue("2024-04-29", source="clause"),
                  location="ent:veloria", location_text="Veloria",
                  participants=(Participant("actor", "The Green Front", 0, 0, entity="ent:front"),),
                  mentions=(_span(a1, "exploded"), _span(a2, "exploded"), _span(a3, "bombing")),
                  mention_ids=("a1:ev0", "a2:ev0", "a3:ev0"), fatalities=Quantity(14, 14, "14"),
                  corroboration=Corroboration(articles=3, independent_sources=2))
    visit = Event("ev:visit", "CONSULT", subtype="visit", date=TimeValue("2024-04-30", source="clause"),
                  location="ent:veloria", location_text="Veloria",
                  participants=(Participant("actor", "Reyl", 0, 0, entity="ent:reyl"),),
                  mentions=(_span(a3, "visited"), _span(a5, "visited")), mention_ids=("a3:ev1", "a5:ev0"))
    said = "Police chief Mara Quint said the attackers had crossed over from the northern hills at night."
    c1 = Claim("cl:quint", "a1", A1.index(said), A1.index(said) + len(said), "ent:quint", "Mara Quint", "said",
               "the attackers had crossed over from the northern hills", event="ev:blast", stance="statement")
    denied = "Interior minister Tomas Reyl denied that the attackers came from the northern hills."
    c2 = Claim("cl:reyl", "a3", A3.index(denied), A3.index(denied) + len(denied), "ent:reyl", "Tomas Reyl",
               "denied", "that the attackers came from the northern hills", polarity="deny", stance="denial",
               event="ev:blast")
    return Story(articles=arts, entities=[veloria, front, quint, reyl], events=[blast, visit], claims=[c1, c2],
                 claim_links=[ClaimLink("denies", "cl:reyl", "cl:quint")],
                 stories=[StoryCluster("story_x", "Veloria / Green Front", tuple(a.id for a in arts))],
                 source_families=[SourceFamily("fam:wire", ("a1", "a2"), reason="copy")],
                 claim_support={"cl:quint": Corroboration(2, 1)})


def _mention(article: Article, mid: str, needle: str, type_: str, sentence: str,
             fatalities: Quantity | None = None) -> EventMention:
    s = _span(article, needle)
    start = article.text.index(sentence)
    return EventMention(mid, article.id, s.start, s.end, needle, type_, fatalities=fatalities,
                        sentence_start=start, sentence_end=start + len(sentence))


@pytest.fixture(scope="module")
def embedder(resources: Resources) -> Embedder:
    return resources.embedder


@pytest.fixture(scope="module")
def analyses(nlp: Any) -> dict[str, ArticleAnalysis]:
    arts = {a.id: a for a in _articles()}
    texts = {"a1": A1, "a2": A2, "a3": A3, "a5": A5, "x1": XSS}
    out = {k: ArticleAnalysis(k, "test", sentences=tuple((s.start_char, s.end_char) for s in nlp(t).sents))
           for k, t in texts.items()}
    first = A3.split(" hospital staff said.")[0] + " hospital staff said."
    events = {
        "a1": (_mention(arts["a1"], "a1:ev0", "exploded", "ASSAULT", BLAST, Quantity(12, None, "at least twelve",
                                                                                    "at least")),),
        "a2": (_mention(arts["a2"], "a2:ev0", "exploded", "ASSAULT", BLAST, Quantity(12, None, "at least twelve",
                                                                                    "at least")),),
        "a3": (_mention(arts["a3"], "a3:ev0", "bombing", "ASSAULT", first, Quantity(14, 14, "14")),),
    }
    return {k: (ArticleAnalysis(k, "test", sentences=v.sentences, events=events[k]) if k in events else v)
            for k, v in out.items()}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _check_cited(b: Briefing, story: Story) -> None:
    """Every item cites; every cited article has exactly one number; a read sentence is where it says it is."""
    texts = {a.id: a.text for a in story.articles}
    numbers = b.numbers()
    assert len(set(numbers.values())) == len(numbers) == len(b.sources)
    for it in b.items():
        assert it.sources, it.text
        for c in it.sources:
            assert c.article in numbers
            if it.kind == "sentence":
                assert _norm(texts[c.article][c.start:c.end])[:20] == _norm(it.text)[:20]
    md = b.to_markdown()
    for n in {int(x) for group in re.findall(r"\[(\d+(?:, \d+)*)\]", md) for x in group.split(", ")}:
        assert re.search(rf"^{n}\. ", md, re.MULTILINE), n  # each number resolves to a listed source


def test_brief_every_item_cites_numbered_sources(analyses: dict, embedder: Embedder) -> None:
    story = make_story()
    b = brief(story, analyses=analyses, embedder=embedder)
    assert b.items()
    assert b.title == "Briefing: Veloria, Green Front"
    assert b.scope == "From 4 articles by 4 outlets, published 29 April – 1 May 2024."
    _check_cited(b, story)
    src = {s.number: s for s in b.sources}
    assert src[1].words() == "Northwind Post, 29 April 2024, “Market bomb”" and src[1].url  # numbered as read
    assert src[2].words() == ("Eastern Ledger, 30 April 2024, “A bomb exploded at the central market in Veloria on "
                              "Monday, killing at least…”")  # untitled: named by its first words


def test_brief_headings_are_built_from_the_incident(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, embedder=embedder)
    heads = [(s.heading, s.event) for s in b.sections]
    assert heads[:2] == [("Bombing in Veloria, 29 April 2024", "ev:blast"),
                         ("Visit by Tomas Reyl to Veloria, 30 April 2024", "ev:visit")]  # in time order
    assert heads[2:] == [("Also reported", None)]  # two incidents leave room: the most salient of the rest
    assert all("harvest festival" not in it.text or s.kind == "also" for s in b.sections for it in s.items)
    for sec in b.sections[:2]:  # every read sentence tells the incident of its heading
        for it in sec.items:
            assert set(it.events) & set(sec.members), (sec.heading, it.text)


def test_brief_incidents_with_two_independent_sources_always_appear(analyses: dict) -> None:
    story = make_story()
    lone = Event("ev:lone", "PROTEST", subtype="demonstration", date=TimeValue("2024-04-28", source="clause"),
                 mentions=(_span(story.articles[4 - 1], "Farmers"),))  # one source: optional
    story.events.append(lone)
    b = brief(story, analyses=analyses, max_sections=1)
    assert {s.event for s in b.sections if s.event} == {"ev:blast", "ev:visit"}  # both have 2 sources, max or not


def test_brief_an_incident_nobody_can_place_heads_no_section_however_many_tell_it(analyses: dict) -> None:
    # "attacks on markets are common in the region", in two independent outlets: no date, no place, nobody
    # named, no count; the same told with a count of arrests is placed by it
    story = make_story()
    a3, a5 = story.articles[2], story.articles[3]
    vague = Event("ev:vague", "PROTEST", subtype="demonstration",
                  mentions=(_span(a3, "attack"), _span(a5, "violence")), mention_ids=("a3:ev9", "a5:ev9"))
    story.events.append(vague)
    assert "ev:vague" not in {s.event for s in brief(story, analyses=analyses).sections}
    story.events[-1] = replace(vague, arrested=Quantity(18, 18, "18 people"))
    assert "ev:vague" in {s.event for s in brief(story, analyses=analyses).sections}


def test_brief_toll_line_gives_latest_range_and_revisions(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, embedder=embedder)
    (toll,) = [it for it in b.items() if it.kind == "toll"]
    num = b.numbers()
    assert toll.text == ("14 killed, the latest figure (Harbor Times, 30 April 2024); reports range from 12 to 14: "
                         "first at least 12 (29 April 2024), then 14 (30 April 2024).")
    md = b.to_markdown()
    assert f"first at least 12 (29 April 2024) [{num['a1']}, {num['a2']}]" in md  # the wire copy cites too
    assert f"then 14 (30 April 2024) [{num['a3']}]" in md


def test_brief_claims_line_reads_said_and_denied(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, embedder=embedder)
    claims = [it for it in b.items() if it.kind == "claims"]
    assert len(claims) == 1 and claims[0].text == (
        "Mara Quint said the attackers had crossed over from the northern hills; "
        "Tomas Reyl denied that the attackers came from the northern hills.")
    assert {c.article for c in claims[0].sources} == {"a1", "a3"}


def test_brief_syndicated_copy_appears_once_citing_all_carriers(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, embedder=embedder)
    blast = [it for it in b.items() if "bomb exploded" in it.text]
    assert len(blast) == 1
    assert {c.article for c in blast[0].sources} == {"a1", "a2"}
    assert blast[0].independent_sources == 1  # a1 and its copy a2 count once
    assert blast[0].text in A1  # shown as the original says it
    norms = [_norm(it.text) for it in b.items()]
    assert len(norms) == len(set(norms))


def test_brief_leaves_out_page_furniture_and_datelines(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, embedder=embedder, per_section=4)
    texts = [it.text for it in b.items()]
    assert not any("@harbortimes" in t or "Twitter/" in t for t in texts)
    assert not any(t.startswith("VELORIA:") for t in texts)
    cut = [it for it in b.items() if it.text.startswith("The death toll from Monday's bombing")]
    assert cut and A3[cut[0].sources[0].start:].startswith("The death toll")  # offsets follow the cut
    assert is_furniture("Follow us on Twitter/ @harbortimes for updates.")
    assert is_furniture("(Reporting by A; Editing by B)")
    assert not is_furniture("The minister said on Twitter that the talks would resume.")
    assert is_furniture("Oper shr 17 cts vs 19 cts Oper net 636,000 vs 358,000 Revs 10.6 mln vs 7,024,000")
    assert not is_furniture("The death toll rose to 14 on 5 March 2031, officials said.")


def test_brief_entity_focus(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, entity="ent:reyl", embedder=embedder)
    assert b.title == "Briefing: Tomas Reyl"
    assert [s.event for s in b.sections if s.kind == "incident"] == ["ev:blast", "ev:visit"]  # he denies about
    # the one, makes the other
    assert any(it.kind == "claims" and "; Tomas Reyl denied" in it.text for it in b.sections[0].items)


def test_brief_query_focus_keeps_what_is_near_the_query(analyses: dict, embedder: Embedder) -> None:
    b = brief(make_story(), analyses=analyses, query="the minister visited the hospital", embedder=embedder)
    assert b.sections and b.sections[0].event == "ev:visit"


def test_brief_lexical_fallback_without_embedder(analyses: dict) -> None:
    story = make_story()
    b = brief(story, analyses=analyses, embedder=None)
    assert b.method == "lexical"
    _check_cited(b, story)
    assert sum("bomb exploded" in it.text for it in b.items()) == 1


def test_brief_story_id_restricts_and_unknown_story_raises(analyses: dict) -> None:
    story = make_story()
    story.stories = [StoryCluster("story_y", "Valley", ("a3", "a5"))]
    b = brief(story, analyses=analyses, story_id="story_y")
    assert {c.article for it in b.items() for c in it.sources} <= {"a3", "a5"}
    with pytest.raises(KeyError):
        brief(story, analyses=analyses, story_id="nope")


def test_brief_markdown_and_html_escape_untrusted_text(analyses: dict, embedder: Embedder) -> None:
    evil = Article(id='x1"><b>', text=XSS, outlet='Bad "Outlet" <i>', published="2024-04-30",
                   title="<script>alert(2)</script>", url="javascript:alert(3)")
    story = make_story((evil,))
    story.events[0] = replace(story.events[0], mentions=(*story.events[0].mentions, _span(evil, "attack")))
    b = brief(story, analyses={**analyses, evil.id: analyses["x1"]}, embedder=embedder, per_section=6)
    assert any("<script>" in it.text for it in b.items())  # the object keeps the raw text
    page = b.to_html(standalone=True)
    assert page.startswith("<!doctype html>") and "<style>" in page and "@media print" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'onmouseover="' not in page and "<i>" not in page and "<b>" not in page
    assert "javascript:" not in page  # only http(s) links
    assert html.escape('x1"><b>', quote=True) in page
    assert re.search(r'<a href="#src-\d+">\d+</a>', page) and 'id="src-1"' in page
    md = b.to_markdown()
    assert "<script>" not in md and "&lt;script&gt;" in md and "<i>" not in md


def test_md_escape_neutralizes_links_and_emphasis() -> None:
    assert md_escape("[x](javascript:alert(1)) *bold* a_b") == r"\[x\](javascript:alert(1)) \*bold\* a_b"


def test_split_sentences_fallback_offsets() -> None:
    text = 'He said "No." Then he left!\nA new line'
    assert [text[s:e] for s, e in split_sentences(text)] == ['He said "No."', "Then he left!", "A new line"]


def test_brief_seeds_end_to_end(tmp_path: Path, resources: Resources) -> None:
    """The seeds through the pipeline: every section cited, headings in words, every 2-source incident there."""
    seeds = shared_data("seeds", "articles.jsonl")
    from storyline.config import Config
    from storyline.present.incidents import collapse
    from storyline.present.sources import family_map, independent
    from storyline.run import analyze_inputs
    from storyline.store import open_store

    db = tmp_path / "seeds.db"
    analyze_inputs([seeds], db, Config(), resources=resources)
    store = open_store(db)
    story = store.load_story()
    analyses = store.analyses()
    store.close()
    b = brief(story, analyses=analyses, embedder=resources.embedder)
    assert len(b.sections) >= 5
    _check_cited(b, story)
    heads = " ".join(s.heading for s in b.sections)
    assert not re.search(r"\b\d{4}-\d\d|\b[A-Z]{4,}\b|_", heads), heads
    family = family_map(story.articles, story.source_families)
    published = {a.id: a.published for a in story.articles}
    clusters = {a: [s.id] for s in story.stories for a in s.articles}
    must = {i.id for i in collapse(story.events, published, clusters) if independent(i.articles, family) >= 2}
    assert must and must <= {s.event for s in b.sections}


def test_brief_title_folds_a_people_into_its_country(analyses: dict) -> None:
    story = make_story()
    story.stories = [StoryCluster("story_x", "Norway / Kenya / Norwegian", tuple(a.id for a in story.articles))]
    assert brief(story, analyses=analyses).title == "Briefing: Norway, Kenya"


def test_brief_title_names_things_not_peoples(analyses: dict) -> None:
    story = make_story()
    ids = tuple(a.id for a in story.articles)
    story.entities = [*story.entities, Entity("ent:kurd", "Kurdish", "NORP", {"Kurdish": 3}, ())]
    story.stories = [StoryCluster("story_x", "Norwegian / Kurdish / Veloria", ids)]
    assert brief(story, analyses=analyses).title == "Briefing: Veloria"
    story.stories = [StoryCluster("story_x", "Norwegian / Kurdish", ids)]
    assert brief(story, analyses=analyses).title == "Briefing: Norway"


def _exchange_story(denier: str) -> Story:
    """A statement by Oslo about no incident, 'denied' by ``denier`` (an entity name)."""
    story = make_story()
    a1, a3 = story.articles[0], story.articles[2]
    oslo = Entity("ent:oslo", "Oslo", "GPE", {"Oslo": 1}, ())
    other = Entity("ent:den", denier, "GPE", {denier: 1}, ())
    said = "Police chief Mara Quint said the attackers had crossed over from the northern hills at night."
    denied = "Interior minister Tomas Reyl denied that the attackers came from the northern hills."
    c1 = Claim("cl:oslo", "a1", A1.index(said), A1.index(said) + len(said), "ent:oslo", "Oslo", "said",
               "the attackers had crossed over from the northern hills", stance="statement")
    c2 = Claim("cl:den", "a3", A3.index(denied), A3.index(denied) + len(denied), "ent:den", denier, "denied",
               "that the attackers came from the northern hills", polarity="deny", stance="denial")
    assert a1.id == "a1" and a3.id == "a3"
    story.entities = [*story.entities, oslo, other]
    story.claims, story.claim_links = [c1, c2], [ClaimLink("denies", "cl:den", "cl:oslo")]
    return story


def test_brief_exchange_needs_two_actors_a_capital_is_its_country(analyses: dict) -> None:
    heads = [s.heading for s in brief(_exchange_story("Sweden"), analyses=analyses).sections]
    assert any(h.startswith("Statement by Oslo, denied by Sweden") for h in heads), heads
    heads = [s.heading for s in brief(_exchange_story("Norway"), analyses=analyses).sections]
    assert not any("denied by Norway" in h for h in heads), heads


def test_brief_leaves_recalled_background_to_the_timeline(analyses: dict) -> None:
    story = make_story()
    a3 = story.articles[2]
    siege = Event("ev:siege", "ASSAULT", subtype="hostage_taking", date=TimeValue("2004-09", source="clause"),
                  mentions=(_span(a3, "bombing"),), mention_ids=("a3:ev0",))
    story.events = [*story.events, siege]
    b = brief(story, analyses=analyses)
    assert not any("2004" in s.heading for s in b.sections)
    assert "1 incident an article recalls from well before it was written is on the timeline" in b.scope


def test_brief_one_exchange_section_per_accuser_and_day(analyses: dict) -> None:
    story = _exchange_story("Sweden")
    a1, a3 = story.articles[0], story.articles[2]
    mourning = "The city council of Veloria announced three days of mourning for the victims of the market attack."
    visit = "Reyl visited the wounded in the Veloria city hospital on Tuesday afternoon with his deputy."
    stockholm = Entity("ent:sto", "Stockholm", "GPE", {"Stockholm": 1}, ())
    c3 = Claim("cl:oslo2", "a1", A1.index(mourning), A1.index(mourning) + len(mourning), "ent:oslo", "Oslo",
               "announced", "three days of mourning for the victims of the market attack", stance="statement",
               time=TimeValue("2024-04-29", source="clause"))  # stated; the other is dated by its report
    c4 = Claim("cl:sto", "a3", A3.index(visit), A3.index(visit) + len(visit), "ent:sto", "Stockholm", "denied",
               "that there would be three days of mourning", polarity="deny", stance="denial")
    assert a1.id == "a1" and a3.id == "a3"
    story.entities = [*story.entities, stockholm]
    story.claims = [*story.claims, c3, c4]
    story.claim_links = [*story.claim_links, ClaimLink("denies", "cl:sto", "cl:oslo2")]
    sections = brief(story, analyses=analyses).sections
    heads = [s.heading for s in sections if s.kind == "exchange"]
    assert heads == ["Statements by Oslo, denied by Sweden, 29 April 2024"], heads
    # placed by its stated day (not the day it was reported), after that day's incident
    order = [s.heading for s in sections if s.kind != "also"]
    assert order.index(heads[0]) == order.index("Bombing in Veloria, 29 April 2024") + 1, order


def _headings_with(analyses: dict, type_: str, subtype: str, value: str) -> list[str]:
    """Incident headings of the test story with one more event, dated ``value``, told in two articles."""
    story = make_story()
    a3, a5 = story.articles[2], story.articles[3]
    extra = Event("ev:extra", type_, subtype=subtype, date=TimeValue(value, source="clause"),
                  mentions=(_span(a3, "bombing"), _span(a5, "visited")), mention_ids=("a3:ev0", "a5:ev0"))
    story.events = [*story.events, extra]
    return [s.heading for s in brief(story, analyses=analyses).sections if s.kind == "incident"]


def test_brief_puts_background_two_sources_recall_after_the_story(analyses: dict) -> None:
    heads = _headings_with(analyses, "ASSAULT", "hostage_taking", "2004-09")
    assert heads[-1].startswith("Background: ") and "2004" in heads[-1], heads
    assert not any("2004" in h for h in heads[:-1])


def test_brief_puts_what_the_coverage_starts_from_first_as_background(analyses: dict) -> None:
    heads = _headings_with(analyses, "PROTEST", "riot", "2024-02-10")
    assert heads[0].startswith("Background: ") and "10 February 2024" in heads[0], heads  # months before: context
    assert not any(h.startswith("Background") for h in heads[1:]), heads


def test_brief_sentence_goes_to_the_incident_it_tells(analyses: dict, nlp: Any) -> None:
    """"X resigned two days after the bombing" is the resignation's sentence: the bombing's section, which
    used to quote it for naming the bombing, leaves it to the resignation's."""
    from storyline.analyze.events.mentions import depth_of

    quit_text = "Police chief Mara Quint resigned on Wednesday, two days after the bombing of the Veloria market."
    a6 = Article(id="a6", text=quit_text, outlet="Hill Daily", published="2024-05-02", title="Quint quits")
    story = make_story((a6,))
    doc = nlp(quit_text)
    tok = {t.text: t for t in doc}
    marks = {w: (quit_text.index(w), quit_text.index(w) + len(w), depth_of(tok[w])) for w in ("resigned", "bombing")}
    quit_ev = Event("ev:quit", "RETREAT", subtype="resignation", date=TimeValue("2024-05-01", source="clause"),
                    participants=(Participant("actor", "Mara Quint", 0, 0, entity="ent:quint"),),
                    mentions=(_span(a6, "resigned"),), mention_ids=("a6:ev0",))
    story.events = [replace(story.events[0], mentions=(*story.events[0].mentions, _span(a6, "bombing")),
                            mention_ids=(*story.events[0].mention_ids, "a6:ev1")), *story.events[1:], quit_ev]
    mentions = tuple(EventMention(f"a6:ev{i}", "a6", s, e, w, t, sentence_start=0, sentence_end=len(quit_text),
                                  depth=d)
                     for i, (w, t) in enumerate((("resigned", "RETREAT"), ("bombing", "ASSAULT")))
                     for s, e, d in [marks[w]])
    with_a6 = {**analyses, "a6": ArticleAnalysis("a6", "test", sentences=((0, len(quit_text)),), events=mentions)}
    b = brief(story, analyses=with_a6, max_sections=3)
    by_event = {s.event: [it.text for it in s.items if it.kind == "sentence"] for s in b.sections if s.event}
    assert marks["resigned"][2] < marks["bombing"][2]
    assert not any("resigned" in t for t in by_event["ev:blast"]), by_event["ev:blast"]
    assert any("resigned" in t for t in by_event["ev:quit"]), by_event


def test_brief_an_accusation_reported_days_later_joins_its_stated_day() -> None:
    from storyline.present.briefing import BriefItem, Part, _Exchange, _merge_exchanges

    def ex(day: str, stated: bool, key: str) -> _Exchange:
        item = BriefItem((Part(f"Kell accused Norland ({key})", ()),), claims=(key,))
        return _Exchange((0, day, "", key), "Mira Kell", ["Norland"], True, day if stated else f"reported {day}",
                         item, day, stated)

    heads = [s.heading for _, s in _merge_exchanges([ex("2031-03-10", True, "a"), ex("2031-03-11", False, "b"),
                                                      ex("2031-03-20", False, "c")])]
    assert heads == ["Accusations by Mira Kell, denied by Norland, 2031-03-10",
                     "Accusation by Mira Kell, denied by Norland, reported 2031-03-20"], heads


def test_brief_an_exchange_two_outlets_carry_word_for_word_is_one_bullet() -> None:
    from storyline.present.briefing import BriefItem, Citation, Part, _Exchange, _merge_exchanges

    def ex(article: str, key: str, said: str) -> _Exchange:
        item = BriefItem((Part(f"Mira Kell said {said}", (Citation(article, 0, 9),)),
                          Part("; Norland denied it", (Citation(article, 20, 29),)), Part(".")),
                         claims=(f"{key}:acc", f"{key}:den"))
        return _Exchange((0, "2031-03-10", "", key), "Mira Kell", ["Norland"], True, "2031-03-10", item,
                         "2031-03-10", True)

    found = [ex("a1", "a", "the gunmen came from Norland"), ex("a2", "b", "the gunmen came from Norland"),
             ex("a3", "c", "the bombers were trained in Norland")]
    (_, section), = _merge_exchanges(found)
    assert [it.text for it in section.items] == [
        "Mira Kell said the gunmen came from Norland; Norland denied it.",
        "Mira Kell said the bombers were trained in Norland; Norland denied it."]
    assert [[c.article for c in p.cites] for p in section.items[0].parts[:2]] == [["a1", "a2"], ["a1", "a2"]]
    assert section.heading.startswith("Accusations by Mira Kell")  # two exchanges, though three reports


def test_brief_claim_a_shown_sentence_already_tells_is_not_repeated() -> None:
    from storyline.present.briefing import _retold
    from storyline.present.said import Links

    told = {("a1", 30, 130)}
    shown = ["police said a fourth body was recovered from the river on sunday"]

    def claim(cid: str, start: int, end: int, content: str, polarity: str = "assert") -> Claim:
        return Claim(cid, "a1", start, end, None, "Police", "said", content, polarity=polarity)

    inside = claim("c1", 20, 130, "the ferry had left the pier late")  # its dateline was cut from the shown one
    words = claim("c2", 0, 200, "a fourth body was recovered from the river")  # the span runs into the title
    longer = claim("c3", 30, 260, "the ferry left late. It had no lights")  # a quotation over two sentences
    denial = claim("c4", 30, 130, "that the ferry left late", polarity="deny")
    denied = claim("c5", 30, 130, "the ferry had left the pier late")
    links = Links.of([inside, words, longer, denial, denied], [ClaimLink("denies", "c9", "c5")])
    assert [c.id for c in (inside, words, longer, denial, denied) if _retold(c, told, shown, links)] == ["c1", "c2"]


def test_brief_heading_names_no_actor_its_sentences_do_not(analyses: dict) -> None:
    """An actor fusion attached to an incident that none of its lines and few of its sentences name is left out
    of the heading (the place they do name stays)."""
    story = make_story()
    visit = story.events[1]
    story.events[1] = replace(visit, participants=(Participant("actor", "The Green Front", 0, 0, entity="ent:front"),))
    heads = {s.event: s.heading for s in brief(story, analyses=analyses).sections}
    assert heads["ev:visit"] == "Visit to Veloria, 30 April 2024", heads
    assert heads["ev:blast"] == "Bombing in Veloria, 29 April 2024"


def _lone(eid: str, type_: str, subtype: str | None, *articles: str) -> Incident:
    ev = Event(eid, type_, subtype=subtype, mentions=tuple(Span(a, 0, 4, "word") for a in articles))
    return Incident(ev, (ev,), articles)


def test_headline_worthy_keeps_low_value_happenings_only_where_nothing_weightier_is_told() -> None:
    bombing = _lone("e1", "ASSAULT", "bombing", "a1", "a2")
    fled = _lone("e2", "MOVE", "transport", "a1")  # "shoppers fled towards the bridge" beside the bombing
    bought = _lone("e3", "TRANSACTION", "ownership", "a2")  # "he had bought the cart"
    obituary = _lone("e4", "LIFE", "death", "a3")  # a death that is its article's news
    kept = [inc.id for inc in headline_worthy([bombing, fled, bought, obituary])]
    assert kept == ["e1", "e4"]


def test_headline_worthy_keeps_a_payment_two_independent_sources_report() -> None:
    collapse_ = _lone("e1", "DISASTER", "man_made", "a1", "a2", "a3")
    paid = _lone("e2", "TRANSACTION", "money", "a1", "a2")  # "announced compensation of ... to the families"
    died = _lone("e3", "LIFE", "death", "a1", "a2")  # deaths told beside the collapse stay in it
    assert [i.id for i in headline_worthy([collapse_, paid, died])] == ["e1"]
    sold = _lone("e4", "TRANSACTION", "ownership", "a1", "a2")  # "sold spices", "selling the group's name"
    assert [i.id for i in headline_worthy([collapse_, paid, died, sold], {"e1": 3, "e2": 2, "e3": 2, "e4": 2})] \
        == ["e1", "e2"]


def test_brief_leaves_an_incident_from_one_source_no_reader_could_place_to_detail() -> None:
    from storyline.present.timeline import unplaced as _unplaced

    aid = _lone("e1", "AID", None, "a1")  # "every federal resource is available to assist": no date, place, name
    assert _unplaced(aid)
    dated = replace(aid, lead=replace(aid.lead, date=TimeValue("2024-03-26", source="clause")))
    placed = replace(aid, lead=replace(aid.lead, location_text="Tarvin"))
    named = replace(aid, lead=replace(aid.lead, participants=(Participant("actor", "WHO", 0, 3, entity="ent:who"),)))
    assert not any(_unplaced(i) for i in (dated, placed, named))


def test_brief_has_no_section_headed_by_a_bare_kind_from_one_source(analyses: dict) -> None:
    story = make_story()
    aid = Event("ev:aid", "AID", mentions=(_span(story.articles[2], "bombing"),), mention_ids=("a3:ev0",))
    story.events = [*story.events, aid]
    heads = [s.heading for s in brief(story, analyses=analyses).sections]
    assert not any(h.startswith("Aid") for h in heads), heads
    placed = replace(aid, location_text="Veloria", date=TimeValue("2024-04-30", source="clause"))
    story.events = [*story.events[:-1], placed]
    heads = [s.heading for s in brief(story, analyses=analyses).sections]
    assert any(h.startswith("Aid in Veloria") for h in heads), heads


def _mentions_of(nlp: Any, article: str, text: str, words: tuple[str, ...], type_: str, depth: Any
                 ) -> tuple[tuple[tuple[int, int], ...], tuple[EventMention, ...]]:
    """The parsed sentences of ``text`` and one event mention per word in ``words`` (its depth from ``depth``)."""
    doc = nlp(text)
    sents = tuple((s.start_char, s.end_char) for s in doc.sents)
    found = [t for t in doc if t.lower_ in words]
    return sents, tuple(EventMention(f"{article}:ev{i}", article, t.idx, t.idx + len(t.text), t.text, type_,
                                     sentence_start=s, sentence_end=e, depth=depth(t))
                        for i, t in enumerate(found) for s, e in sents if s <= t.idx < e)


def test_brief_prefers_a_sentence_the_incident_heads_to_one_that_names_it_deep_in_a_clause(nlp: Any) -> None:
    """"The governor toured the square where the fire broke out" is the tour's sentence, though it names the
    fire: the fire's section opens with a sentence whose main verb or subject is the fire."""
    from storyline.analyze.events.mentions import depth_of

    deep = "Governor Ilsa Brandt toured the square where the warehouse fire broke out on Monday."
    shallow = "A warehouse fire destroyed forty stalls near the square on Monday, officials said."
    other = "Traders said the square would reopen next week."
    text = f"{other} {deep} {shallow}"
    art = Article(id="f1", text=text, outlet="Hill Daily", published="2024-05-02", title="Market fire")
    sents, mentions = _mentions_of(nlp, "f1", text, ("fire",), "DISASTER", depth_of)
    assert mentions[0].depth is not None and mentions[1].depth is not None and mentions[0].depth > 1
    ev = Event("ev:fire", "DISASTER", subtype="fire", date=TimeValue("2024-04-29", source="clause"),
               mentions=tuple(Span("f1", m.start, m.end, "fire") for m in mentions),
               mention_ids=tuple(m.id for m in mentions))
    story = Story(articles=[art], entities=[], events=[ev], claims=[],
                  stories=[StoryCluster("story_f", "Veloria", ("f1",))])
    an = {"f1": ArticleAnalysis("f1", "test", sentences=sents, events=mentions)}
    b = brief(story, analyses=an, max_sections=1, per_section=1)
    first = next(s for s in b.sections if s.event == "ev:fire").items[0]
    assert first.text.startswith("A warehouse fire destroyed"), first.text
    # a mention that carries the incident's casualty figure tells it however deep ("the toll from the fire rose")
    counted = (replace(mentions[0], fatalities=Quantity(3, 3, "three")), *mentions[1:])
    an = {"f1": ArticleAnalysis("f1", "test", sentences=sents, events=counted)}
    first = next(s for s in brief(story, analyses=an, max_sections=1, per_section=1).sections
                 if s.event == "ev:fire").items[0]
    assert first.text.startswith("Governor Ilsa Brandt"), first.text


def test_brief_leaves_out_a_sentence_dated_before_the_incident(nlp: Any) -> None:
    """Fusion joined a recalled bombing to this one: the sentence that dates it months before this incident
    tells the other one, and is not a bullet under this one's heading (a later date tells what became of it)."""
    old = "A double bombing in Sarn on 10 October 2030 left 103 people dead."
    new = "A car bomb killed 29 people near the barracks in Sarn on 17 February 2031."
    later = "The toll from the bombing rose to 31 on 19 February 2031."
    since = "It was the first bombing in Sarn since the double bombing on 10 October 2030."
    text = f"{old} {new} {later} {since}"
    art = Article(id="b1", text=text, outlet="Hill Daily", published="2031-02-20", title="Sarn bombing")
    sents, mentions = _mentions_of(nlp, "b1", text, ("bombing", "bomb"), "ATTACK", lambda t: 0)
    ev = Event("ev:bomb", "ATTACK", subtype="bombing", date=TimeValue("2031-02-17", source="clause"),
               mentions=tuple(Span("b1", m.start, m.end, m.text) for m in mentions),
               mention_ids=tuple(m.id for m in mentions))
    timexes = [Timex("b1", m.start(), m.end(), d, "DATE", v)
               for d, v in (("10 October 2030", "2030-10-10"), ("17 February 2031", "2031-02-17"),
                            ("19 February 2031", "2031-02-19")) for m in re.finditer(d, text)]
    story = Story(articles=[art], entities=[], events=[ev], claims=[], timexes=timexes,
                  stories=[StoryCluster("story_b", "Sarn", ("b1",))])
    an = {"b1": ArticleAnalysis("b1", "test", sentences=sents, events=mentions)}
    shown = [it.text for s in brief(story, analyses=an, per_section=3).sections for it in s.items]
    assert not any(t.startswith("A double bombing") for t in shown), shown
    assert any(t.startswith("A car bomb killed 29") for t in shown), shown
    assert any(t.startswith("It was the first bombing") for t in shown), shown  # a date it measures from


def test_brief_toll_leaves_out_a_running_total_counted_from_before_the_incident(nlp: Any) -> None:
    """"Landslides have killed at least 91 since mid-June" counts a season: not the 12 July landslide's toll."""
    season = "Landslides and floods have killed at least 91 people in Orvania since mid-June."
    slide = "A landslide swept two buses into the Varno river on 12 July 2031, killing 19 people."
    text = f"{slide} {season}"
    art = Article(id="l1", text=text, outlet="Hill Daily", published="2031-07-13", title="Buses swept away")
    sents, mentions = _mentions_of(nlp, "l1", text, ("landslide", "landslides"), "DISASTER", lambda t: 0)
    reports = tuple(CasualtyReport("killed", n, None if q else n, q, f, "l1", text.index(f), text.index(f) + len(f),
                                   published="2031-07-13")
                    for n, q, f in ((19, None, "19 people"), (91, "at least", "at least 91 people")))
    ev = Event("ev:slide", "DISASTER", subtype="landslide", date=TimeValue("2031-07-12", source="clause"),
               mentions=tuple(Span("l1", m.start, m.end, m.text) for m in mentions),
               mention_ids=tuple(m.id for m in mentions), fatalities=Quantity(19, 19), reports=reports)
    timexes = [Timex("l1", text.index(d), text.index(d) + len(d), d, "DATE", v)
               for d, v in (("12 July 2031", "2031-07-12"), ("mid-June", "2031-06"))]
    story = Story(articles=[art], entities=[], events=[ev], claims=[], timexes=timexes,
                  stories=[StoryCluster("story_l", "Varno", ("l1",))])
    an = {"l1": ArticleAnalysis("l1", "test", sentences=sents, events=mentions)}
    tolls = [it.text for sec in brief(story, analyses=an).sections for it in sec.items if it.kind == "toll"]
    assert not any("91" in t for t in tolls), tolls  # before: "19 killed …; reports range from 19 to at least 91"


def test_brief_heading_keeps_a_place_only_the_cut_dateline_names() -> None:
    """"Sarnova, June 3: The governor visited …" shows "The governor visited …": the dateline the sentence lost
    still says where, so the heading keeps "in Sarnova"."""
    text = "Sarnova, June 3: Governor Ilsa Brandt on Saturday visited the villages the river had flooded."
    art = Article(id="d1", text=text, outlet="Hill Daily", published="2024-06-03", title="Governor visits")
    sarnova = Entity("ent:sarnova", "Sarnova", "GPE", {"Sarnova": 1}, (_span(art, "Sarnova"),))
    brandt = Entity("ent:brandt", "Ilsa Brandt", "PERSON", {"Ilsa Brandt": 1}, (_span(art, "Ilsa Brandt"),))
    visit = Event("ev:visit", "CONSULT", subtype="visit", date=TimeValue("2024-06-01", source="clause"),
                  location="ent:sarnova", location_text="Sarnova",
                  participants=(Participant("actor", "Ilsa Brandt", 0, 0, entity="ent:brandt"),),
                  mentions=(_span(art, "visited"),), mention_ids=("d1:ev0",))
    story = Story(articles=[art], entities=[sarnova, brandt], events=[visit], claims=[],
                  stories=[StoryCluster("story_d", "Sarnova", ("d1",))])
    an = {"d1": ArticleAnalysis("d1", "test", sentences=((0, len(text)),))}
    sec = next(s for s in brief(story, analyses=an).sections if s.event == "ev:visit")
    assert sec.items[0].text.startswith("Governor Ilsa Brandt"), sec.items[0].text
    assert sec.heading.startswith("Visit by Ilsa Brandt to Sarnova"), sec.heading


def test_brief_leaves_out_a_headline_claim_its_article_tells_again() -> None:
    from storyline.present.briefing import _no_headline_echo

    text = "Minister announces inquiry into depot fire\n\nThe minister said an inquiry would open on Monday."
    art = Article(id="h1", text=text, title="Minister announces inquiry into depot fire", outlet="Hill Daily")
    body_at = text.index("The minister")
    head = Claim("c1", "h1", 0, 42, "ent:m", "Minister", "announces", "inquiry into depot fire")
    body = Claim("c2", "h1", body_at, len(text), "ent:m", "The minister", "said", "an inquiry would open on Monday")
    arts = {"h1": art}
    assert _no_headline_echo([head, body], set(), arts) == [body]
    assert _no_headline_echo([head], {("h1", body_at, len(text))}, arts) == []  # the section shows its sentence
    assert _no_headline_echo([head], set(), arts) == [head]  # the headline alone says it: kept


def test_brief_also_reported_holds_no_sentence_of_an_incident_a_section_briefs(analyses: dict) -> None:
    """A sentence telling the bombing that its section had no room for is not more news at the end."""
    deep = {k: replace(an, events=tuple(replace(m, depth=0) for m in an.events)) for k, an in analyses.items()}
    b = brief(make_story(), analyses=deep, max_sections=30, per_section=1)
    blast = next(s for s in b.sections if s.event == "ev:blast")
    shown = {c.article for it in blast.items if it.kind == "sentence" for c in it.sources}
    also = next(s for s in b.sections if s.kind == "also")
    telling = {"a1": "A bomb exploded", "a2": "A bomb exploded", "a3": "The death toll from Monday's bombing"}
    leaked = [it.text for it in also.items if any(it.text.startswith(t) for a, t in telling.items() if a not in shown)]
    assert not leaked, leaked


def test_brief_heading_takes_the_named_town_around_a_place_its_sentences_hardly_name() -> None:
    """Fusion placed the crash in a district one sentence names; the sentences that tell it name the town it
    lies in: "Crash in Orvik", not "Crash" with no place."""
    text = ("A cargo plane crashed into a hostel in Orvik on Monday. The plane crash in Orvik killed 30 people. "
            "Rescuers in Orvik searched the crash site all night. The hostel stands in Dunmere, Orvik, near a school.")
    art = Article(id="p1", text=text, outlet="Hill Daily", published="2024-06-03", title="Plane crash")

    def spans(word: str) -> tuple[Span, ...]:
        return tuple(Span("p1", i, i + len(word), word) for i in range(len(text)) if text.startswith(word, i))

    orvik = Entity("ent:orvik", "Orvik", "GPE", {"Orvik": 4}, spans("Orvik"))
    dunmere = Entity("ent:dunmere", "Dunmere", "GPE", {"Dunmere": 1}, spans("Dunmere"))
    told = (*spans("crashed"), *spans("plane crash "), *spans("crash site"))
    crash = Event("ev:crash", "ACCIDENT", subtype="crash", date=TimeValue("2024-06-03", source="clause"),
                  location="ent:dunmere", location_text="Dunmere", mentions=told,
                  mention_ids=tuple(f"p1:ev{i}" for i in range(len(told))))
    story = Story(articles=[art], entities=[orvik, dunmere], events=[crash], claims=[],
                  stories=[StoryCluster("story_p", "Orvik", ("p1",))])
    ends = [i + 1 for i, ch in enumerate(text) if ch == "."]
    an = {"p1": ArticleAnalysis("p1", "test", sentences=tuple(zip([0, *[e + 1 for e in ends[:-1]]], ends,
                                                                    strict=True)))}
    sec = next(s for s in brief(story, analyses=an, per_section=1).sections if s.event == "ev:crash")
    assert sec.heading.startswith("Crash in Orvik"), sec.heading
    # with no named place around it, the heading has none
    alone = replace(story, entities=[dunmere])
    sec = next(s for s in brief(alone, analyses=an, per_section=1).sections if s.event == "ev:crash")
    assert sec.heading.startswith("Crash,"), sec.heading


def test_brief_an_exchange_is_not_dated_by_the_month_its_statement_talks_about() -> None:
    """"Kell said on Monday that agents were linked to the killing in June", reported in September: June is the
    killing's month, not the day she spoke; the exchange is dated by its report."""
    from storyline.present.briefing import _said_when

    def said(value: str, source: str = "clause") -> Claim:
        return Claim("c1", "a1", 0, 9, "ent:kell", "Mira Kell", "said", "agents were linked to the killing",
                     time=TimeValue(value, source=source))

    assert not _said_when(said("2031-06"), "2031-09-19")
    assert _said_when(said("2031-09-18"), "2031-09-19")  # the day before its report: the day she spoke
    assert _said_when(said("2031-09"), "2031-09-19")
    assert not _said_when(said("2031-09-19", "dct"), "2031-09-19")  # the report's own day is no stated date


def test_brief_an_undated_section_is_placed_at_the_day_it_was_first_reported() -> None:
    from storyline.present.briefing import _time_key

    arts = {"a1": Article(id="a1", text="x", published="2031-10-03"), "a2": Article(id="a2", text="x",
                                                                                   published="2031-10-21")}
    undated = Incident(Event("ev:u", "RETREAT", subtype="withdrawal"), (), ("a1",))
    later = Incident(Event("ev:l", "RETREAT", subtype="withdrawal",
                           date=TimeValue("2031-10-19", source="dct")), (), ("a2",))
    assert sorted([later, undated], key=lambda i: _time_key(i, arts)) == [undated, later]
    assert _time_key(Incident(Event("ev:n", "AID"), (), ()))[0] == 1  # never reported: last


def test_brief_a_one_source_incident_named_only_deep_in_a_sentence_heads_no_section(analyses: dict) -> None:
    """"Farmers said their harvest festival would go ahead despite the violence": one source names a festival
    (read as a demonstration) deep in a clause of what farmers said; it is no development of its own. Told on
    the sentence's main verb, the same event heads a section."""
    story = make_story()
    a5 = story.articles[3]
    fest = Event("ev:fest", "PROTEST", subtype="demonstration", date=TimeValue("2024-04-28", source="clause"),
                 location="ent:veloria", location_text="Veloria", mentions=(_span(a5, "festival"),),
                 mention_ids=("a5:ev9",))
    story.events = [*story.events, fest]
    sentence = "Farmers in the valley said their harvest festival would go ahead despite the violence in the city."

    def sections(depth: int) -> list[str]:
        m = replace(_mention(a5, "a5:ev9", "festival", "PROTEST", sentence), depth=depth)
        an = {**analyses, "a5": replace(analyses["a5"], events=(*analyses["a5"].events, m))}
        return [s.event or "" for s in brief(story, analyses=an, max_sections=30).sections]

    assert "ev:fest" in sections(1)
    assert "ev:fest" not in sections(4)


@pytest.mark.parametrize(("text", "anaphor"), [
    ("That bombing killed 29 people near the barracks.", True),
    ("They were taken to three hospitals in Sarn.", True),
    ("It ripped through the market at noon.", True),
    ("It was the first attack on the town since 2027.", False),
    ("That is why the talks failed.", False),
    ("A car bomb killed 29 people in Sarn on Monday.", False),
])
def test_a_sentence_opening_on_what_its_neighbour_named_is_told_so(text: str, anaphor: bool) -> None:
    assert bool(ANAPHOR.match(text)) is anaphor


def test_one_development_told_as_expected_and_as_under_way_is_one_section() -> None:
    from storyline.present.briefing import _siblings

    def inc(id: str, modality: str, articles: tuple[str, ...], day: str = "2031-07-03",
            type_: str = "INVESTIGATE") -> Incident:
        e = Event(id, type_, date=TimeValue(day, source="clause"), modality=modality, location="ent:varno",
                  mentions=tuple(Span(a, 0, 4, "probe") for a in articles))
        return Incident(e, (e,), articles)

    expected, under_way = inc("exp", "expected", ("a1", "a2")), inc("now", "asserted", ("a2", "a3"))
    joined = _siblings([expected, under_way])
    assert len(joined) == 1 and joined[0].id == "now" and set(joined[0].members) == {"exp", "now"}
    assert joined[0].articles == ("a2", "a3", "a1")
    # no common article, another kind, or both told as done: two sections
    assert len(_siblings([expected, inc("far", "asserted", ("a9",))])) == 2
    assert len(_siblings([expected, inc("arr", "asserted", ("a2",), type_="COERCE")])) == 2
    assert len(_siblings([inc("x", "asserted", ("a2",)), under_way])) == 2


def test_brief_heading_keeps_the_town_its_sentences_name_most_though_under_a_third() -> None:
    """The attack's sentences name the town twice in seven, the province around it once (and the line shown): the
    heading stays "in Haldor"; a town they name once in seven gives way to the province."""
    from storyline.present.timeline import as_told as _as_told

    names = {"ent:haldor": "Haldor", "ent:karva": "Karva province"}

    def forms(entity: str | None, text: str) -> list[str]:
        return [f for f in (names.get(entity or "", ""), text) if f]

    telling = ["Gunmen attacked the police station in Haldor late on Saturday.",
               "Officers in Haldor said the attack lasted an hour.", "The attack killed five officers.",
               "The attack began shortly before midnight.", "The attackers fled towards the river after the attack.",
               "The attack was the second in Karva province this month.", "The attack shocked residents."]
    shown = "Five officers were killed when gunmen stormed a police station in Karva province."
    ev = Event("ev:a", "ASSAULT", subtype="attack", location="ent:haldor", location_text="Haldor")
    assert _as_told(ev, forms, shown, telling, lambda place: ["ent:karva"]).location == "ent:haldor"
    once = [t.replace("Officers in Haldor", "Officers") for t in telling]
    assert _as_told(ev, forms, shown, once, lambda place: ["ent:karva"]).location == "ent:karva"


def test_one_source_heads_a_section_only_with_what_a_reader_can_place() -> None:
    def one(modality: str = "asserted", place: str | None = None, date: TimeValue | None = None,
            killed: Quantity | None = None) -> Incident:
        e = Event("e", "AGREE", "agreement", date=date, location=place, location_text=place, modality=modality,
                  fatalities=killed, participants=(Participant("actor", "Orla Venn", 0, 9, entity="ent:venn"),),
                  mentions=(Span("a1", 0, 6, "agreed"),))
        return Incident(e, (e,), ("a1",))

    assert not one_source_news(one())  # "X agreed …": a name alone places nothing
    assert one_source_news(one(place="ent:sarn"))
    assert one_source_news(one(date=TimeValue("2031-03-04", source="clause")))
    assert one_source_news(one(killed=Quantity(3, 3)))
    assert not one_source_news(one(modality="planned", place="ent:sarn"))  # sought, not done: a claims line
    assert not one_source_news(one(modality="claimed", place="ent:sarn"))
    assert not one_source_news(one(modality="alleged", place="ent:sarn"))  # "the alleged killing in Sarn"
    assert one_source_news(one(modality="alleged", date=TimeValue("2031-03", source="clause")))


def test_a_trip_told_only_as_where_someone_was_heads_no_section() -> None:
    texts = {
        "a1": "Orla Venn, who was on an unannounced visit to Tolvar for talks with its leaders, dismissed the claims.",
        "a2": "The victims included teachers returning from an exchange trip to Sarn.",
        "a3": "Orla Venn made a surprise visit to Tolvar on Friday.",
    }
    articles = {a: Article(a, t, outlet=a) for a, t in texts.items()}

    def trip(*spans: tuple[str, str]) -> Incident:
        mentions = tuple(Span(a, (i := texts[a].index(word)), i + len(word), word) for a, word in spans)
        e = Event("e", "CONSULT", "visit", location="ent:tolvar", mentions=mentions)
        return Incident(e, (e,), tuple(dict.fromkeys(a for a, _ in spans)))

    assert circumstance(trip(("a1", "visit"), ("a1", "talks"), ("a2", "trip")), articles)
    assert not circumstance(trip(("a1", "visit"), ("a3", "visit")), articles)  # one report tells the visit itself
    assert not circumstance(trip(("a3", "visit")), articles)


def test_brief_a_visit_placed_nowhere_is_headed_by_where_it_went(analyses: dict) -> None:
    """A visit fusion gave no place is headed by the place it names besides its visitor, not by a dateline's
    place in capitals nor by the visitor's own country."""
    story = make_story()
    home = Entity("ent:home", "Norland", "GPE", {"Norland": 1}, ())
    story.entities.append(home)
    visit = story.events[1]
    story.events[1] = replace(visit, location=None, location_text=None, participants=(
        Participant("actor", "Reyl", 0, 0, entity="ent:reyl"),
        Participant("actor", "Norland", 0, 0, entity="ent:home"),  # "Norland's minister": where he came from
        Participant("actor", "VELORIA", 0, 7, entity="ent:veloria"),  # a dateline read as an actor
        Participant("recipient", "Norland", 0, 0, entity="ent:home"),
        Participant("recipient", "Veloria", 0, 0, entity="ent:veloria")))
    heads = {s.event: s.heading for s in brief(story, analyses=analyses).sections}
    assert heads["ev:visit"] == "Visit by Tomas Reyl to Veloria, 30 April 2024", heads


def test_brief_quotes_one_statement_once_citing_every_carrier(analyses: dict) -> None:
    """One speaker's words carried by two outlets and read by fusion as about two incidents are quoted in one
    section, citing both, and not again in the other."""
    story = make_story()
    quote = "The market will open again on Friday, and it will stay open"
    extra = tuple(Article(id=k, text=f"Mara Quint said: “{quote}.” {t}", outlet=o, published="2024-04-30",
                          title=k) for k, o, t in (("q1", "Ridge Post", "Shops were shut."),
                                                    ("q2", "Lake Daily", "Roads were closed.")))
    story = make_story(extra)
    for art, event in zip(extra, ("ev:blast", "ev:visit"), strict=True):
        start = art.text.index("“") + 1
        story.claims.append(Claim(f"cl:{art.id}", art.id, start, start + len(quote), "ent:quint", "Mara Quint",
                                  "said", quote, direct_quote=True, event=event, stance="statement"))
    md = brief(story, analyses=analyses).to_markdown()
    assert md.count("will stay open") == 1, md
    line = next(x for x in md.splitlines() if "will stay open" in x)
    number = {a: re.search(rf"^(\d+)\. {o}", md, re.M) for a, o in (("q1", "Ridge Post"), ("q2", "Lake Daily"))}
    assert all(number.values()), md
    cited = re.search(r"will stay open” \[([\d, ]+)\]", line)
    assert cited and {int(n) for n in cited.group(1).split(", ")} == {int(m.group(1)) for m in number.values() if m}



def test_brief_scope_counts_no_unknown_outlet_as_an_outlet() -> None:
    """Articles no outlet or link names are said apart, not counted as one more outlet."""
    def art(aid: str, outlet: str | None, url: str | None = None) -> Article:
        return Article(id=aid, text="x", outlet=outlet, url=url, published="2031-03-04")

    mixed = [art("1", "Ridge Post"), art("2", None), art("3", None, "https://lake.example/a")]
    assert scope_words(mixed) == "From 3 articles (1 with no outlet named) by 2 outlets, published 4 March 2031."
    assert scope_words([art("1", None), art("2", None)]) == "From 2 articles, no outlet named, published 4 March 2031."


def test_an_outlets_versions_of_one_story_are_one_source_for_what_they_say_alike() -> None:
    """A story put out again under (nearly) the same title is one source for a sentence its versions carry: the
    clause cites the first version, and the sources list the others only where they are cited alone."""
    from storyline.present.briefing import BriefSection, _number, versions_once
    from storyline.present.items import BriefItem, Citation, Part

    def cite(article: str, title: str, day: str, outlet: str = "Halvik Wire") -> Citation:
        return Citation(article, 0, 40, outlet, day, None, title)

    first = cite("w1", "TALKS ON HALVIK DEBT RESUME", "2031-03-02")
    again = cite("w2", "TALKS ON HALVIK DEBT RESUME", "2031-03-03")
    plural = cite("w3", "Talks on Halvik debts resume", "2031-03-02")
    other = cite("o1", "TALKS ON HALVIK DEBT RESUME", "2031-03-02", outlet="Lowland Post")  # another outlet
    later = cite("w4", "TALKS ON HALVIK DEBT RESUME", "2031-03-09")  # a week on: a story of its own
    alone = cite("w5", "TALKS ON HALVIK DEBT RESUME", "2031-03-03")
    items = (BriefItem((Part("The talks resumed on Monday.", (again, first, plural, other, later)),)),
             BriefItem((Part("Only the update says the talks ended.", (alone,)),)))
    sections = versions_once([BriefSection("Talks in Halvik, 2 March 2031", items)])
    assert [c.article for c in sections[0].items[0].sources] == ["w1", "o1", "w4"]
    assert [c.article for c in sections[0].items[1].sources] == ["w5"]
    assert [s.article for s in _number(sections, {})] == ["w1", "o1", "w4", "w5"]


def test_a_section_only_its_report_dates_follows_the_sections_stated_for_that_day(analyses: dict) -> None:
    """The minister's visit dated only by its reports of 30 April ("on or before") comes after the bombing
    stated for 30 April, whatever the two events' ids: an undated visit is no reason to open with it."""
    story = make_story()
    blast, visit = story.events
    story.events = [replace(blast, date=TimeValue("2024-04-30", source="clause")),
                    replace(visit, id="ev:a-visit", date=TimeValue("2024-04-30", source="dct"))]
    headings = [s.heading for s in brief(story, analyses=analyses).sections]
    assert [h.split(",")[0] for h in headings[:2]] == ["Bombing in Veloria", "Visit by Tomas Reyl to Veloria"], \
        headings
    assert "date not stated" in headings[1]


def test_brief_words_reported_after_a_later_incident_of_their_kind_are_not_the_earlier_ones(nlp: Any) -> None:
    """Fusion joined the second quake's "a 5.4-magnitude earthquake has killed at least seven", reported the day
    after it and dating nothing, to the first quake: neither that sentence nor its figure is the first's."""
    one = ("A strong earthquake struck Morvask on 2 May 2031, killing 40 people. "
           "Rescuers pulled survivors from the rubble of the earthquake in Morvask.")
    two = ("A second earthquake struck Morvask on 20 May 2031, toppling the Linden hotel. "
           "A 5.4-magnitude earthquake has killed at least seven people in the region.")
    arts = [Article(id="q1", text=one, outlet="Hill Daily", published="2031-05-03", title="Quake in Morvask"),
            Article(id="q2", text=two, outlet="Valley Post", published="2031-05-21", title="Second quake")]
    s1, m1 = _mentions_of(nlp, "q1", one, ("earthquake",), "DISASTER", lambda t: 0)
    s2, m2 = _mentions_of(nlp, "q2", two, ("earthquake",), "DISASTER", lambda t: 0)
    first_ms, second_ms = (*m1, *m2[1:]), m2[:1]

    def quake(id: str, day: str, ms: tuple[EventMention, ...], reports: tuple[CasualtyReport, ...]) -> Event:
        return Event(id, "DISASTER", subtype="earthquake", date=TimeValue(day, source="clause"),
                     mentions=tuple(Span(m.article, m.start, m.end, m.text) for m in ms),
                     mention_ids=tuple(m.id for m in ms), reports=reports,
                     fatalities=Quantity(40, 40) if reports else None)

    reports = tuple(CasualtyReport("killed", n, None if q else n, q, f, a, t.index(f), t.index(f) + len(f),
                                   published=p)
                    for n, q, f, a, t, p in ((40, None, "40 people", "q1", one, "2031-05-03"),
                                             (7, "at least", "at least seven people", "q2", two, "2031-05-21")))
    events = [quake("ev:first", "2031-05-02", first_ms, reports), quake("ev:second", "2031-05-20", second_ms, ())]
    timexes = [Timex(a, m.start(), m.end(), d, "DATE", v) for a, t in (("q1", one), ("q2", two))
               for d, v in (("2 May 2031", "2031-05-02"), ("20 May 2031", "2031-05-20")) for m in re.finditer(d, t)]
    story = Story(articles=arts, entities=[], events=events, claims=[], timexes=timexes,
                  stories=[StoryCluster("story_q", "Morvask", ("q1", "q2"))])
    an = {"q1": ArticleAnalysis("q1", "test", sentences=s1, events=m1),
          "q2": ArticleAnalysis("q2", "test", sentences=s2, events=m2)}
    (first, *_) = [s for s in brief(story, analyses=an, per_section=3).sections if s.event == "ev:first"]
    shown = [it.text for it in first.items]
    assert not any(t.startswith("A 5.4-magnitude") for t in shown), shown
    tolls = [it.text for it in first.items if it.kind == "toll"]
    assert not any("7" in t for t in tolls), tolls  # was "reports range from 7 to 40: …, then at least 7"


def test_one_source_heads_no_section_with_a_day_alone_and_nobody_nowhere(analyses: dict) -> None:
    """"It struck at 9:23 p.m. on Wednesday", read as an attack: a day, but nobody (a pronoun) and nowhere:
    no section "Attack, 30 April 2024"; told with who did it, it is one."""
    story = make_story()
    a5 = story.articles[3]
    it = Event("ev:it", "ASSAULT", subtype="attack", date=TimeValue("2024-04-30", source="clause"),
               participants=(Participant("actor", "It", 0, 2),),
               mentions=(_span(a5, "violence"),), mention_ids=("a5:ev7",))
    story.events = [*story.events, it]
    heads = [s.heading for s in brief(story, analyses=analyses).sections]
    assert not any(h.startswith("Attack") for h in heads), heads
    story.events = [*story.events[:-1], replace(it, participants=(Participant("actor", "Gunmen", 0, 6),))]
    heads = [s.heading for s in brief(story, analyses=analyses).sections]
    assert any(h.startswith("Attack") for h in heads), heads


def test_a_statement_another_outlet_carries_in_a_sentence_shown_is_not_quoted_again() -> None:
    """A wire story carried twice, one copy saying "fuel depot" where the other says "petrol depot": the section
    shows the second copy's sentence, so the first copy's reading of the same statement is no new line."""
    head = "The army said most of the dead were at a "
    texts = {"w1": head + "fuel depot near Orrin.", "w2": head + "petrol depot near Orrin."}
    start = len("The army said ")
    copies = [Claim(f"cl:{k}", k, start, len(t) - 1, "ent:army", "The army", "said", t[start:-1],
                    stance="statement", event="ev:blast") for k, t in texts.items()]
    links = said.Links.of(copies, [])
    told = {("w2", 0, len(texts["w2"]))}  # the sentence of w2 is shown
    shown = [normalize(texts["w2"])]
    names = {"ent:army": "Valdoran army"}
    assert _copy_retold(copies[0], copies, told, shown, links, names)
    # negative: nothing of the other copy shown, or another speaker's words, or a denial: quoted as before
    assert not _copy_retold(copies[0], copies, set(), [], links, names)
    other = replace(copies[1], speaker="ent:police", speaker_text="Police")
    assert not _copy_retold(copies[0], [copies[0], other], told, shown, links, names)
    denial = replace(copies[0], polarity="deny")
    assert not _copy_retold(denial, [denial, replace(copies[1], polarity="deny")], told, shown, links, names)


def test_brief_text_is_plain_and_cited(analyses: dict, embedder: Embedder) -> None:
    """`brief --format text`: headings underlined, no Markdown markup or escapes, citations "[n]" that the numbered
    sources resolve, links only http(s); an article's control characters never reach the terminal."""
    evil = Article(id="x1", text=XSS, outlet="Bad \x1b[31mOutlet\x1b[0m *Post*", published="2024-04-30",
                   title="Market_bomb\r [live]", url="javascript:alert(3)")
    story = make_story((evil,))
    story.events[0] = replace(story.events[0], mentions=(*story.events[0].mentions, _span(evil, "attack")))
    b = brief(make_story(), analyses=analyses, embedder=embedder)
    text = b.to_text()
    lines = text.splitlines()
    assert lines[0] == b.title and lines[1] == "=" * len(b.title)
    for sec in b.sections:
        at = lines.index(sec.heading)
        assert lines[at + 1] == "-" * len(sec.heading)
    assert not re.search(r"^#|\\[\[\]*_]|^_", text, re.M)  # no Markdown heading, escape or emphasis
    marks = {int(n) for m in re.finditer(r"\[([\d, ]+)\]", text) for n in m[1].split(", ")}
    listed = {int(m[1]) for m in re.finditer(r"^(\d+)\. ", text, re.M)}
    assert marks and marks <= listed
    bad = brief(story, analyses={**analyses, evil.id: analyses["x1"]}, embedder=embedder).to_text()
    assert "\x1b" not in bad and "\r" not in bad and "javascript:" not in bad
    assert "Bad [31mOutlet[0m *Post*" in bad and "Market_bomb [live]" in bad  # as written, nothing escaped
