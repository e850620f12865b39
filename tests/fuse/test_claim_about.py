"""Tests of the incident a claim is about (fuse/claim_about.py): content, sentence, article lead, on real analyses."""

from __future__ import annotations

from storyline.fuse.claim_about import ArticleActs
from storyline.model import ArticleAnalysis, Claim, EventMention, Story
from tests.fuse.conftest import Build, claim_by_cue


def _event_of(story: Story, article: str, trigger: str) -> str:
    """The fused event holding the article's mention whose trigger is ``trigger``."""
    for ev in story.events:
        for m in ev.mentions:
            if m.article == article and m.text == trigger:
                return ev.id
    told = [(e.type, [m.text for m in e.mentions]) for e in story.events]
    raise AssertionError(f"no event with trigger {trigger!r}: {told}")


def test_claim_naming_no_act_is_about_the_articles_lead(build: Build) -> None:
    story = build("A car bomb exploded outside the central bank in Dravo on Monday, killing nine people. "
                  "The death toll now stands at eleven, with 40 wounded, the health ministry said on Tuesday.")
    claim = claim_by_cue(story, "said")
    assert claim.event == _event_of(story, "a0", "exploded")


def test_reaction_in_the_content_is_not_what_the_claim_is_about(build: Build) -> None:
    # the content's first event is the welcome (said, not done): the claim is about the agreement it welcomes
    story = build("Velmora and Ostria signed an agreement in Tarsk on Friday to restore diplomatic relations. "
                  "The Norvik government said it welcomes the agreement between the two rivals.")
    claim = claim_by_cue(story, "said")
    assert claim.event == _event_of(story, "a0", "signed")


def test_claim_keeps_the_act_its_content_tells(build: Build) -> None:
    # an article about an expulsion whose claim speaks of the killing before it
    story = build("Velmora expelled four Ostrian diplomats on Wednesday. "
                  "The prime minister said agents of Ostria had shot dead the activist Paul Merren in Tarsk in June.")
    claim = claim_by_cue(story, "said")
    assert claim.event == _event_of(story, "a0", "shot")
    assert claim.event != _event_of(story, "a0", "expelled")


def test_content_tells_its_own_predicate_before_an_act_on_its_way(build: Build) -> None:
    # a report's past perfect is no recalled act; the arrest is what the content tells, the bombing on its way
    story = build("A car bomb exploded outside the central bank in Dravo on Monday, killing nine people. "
                  "On Tuesday the interior minister said a suspect had been arrested on suspicion of planning the "
                  "bombing.")
    claim = claim_by_cue(story, "said")
    assert claim.event == _event_of(story, "a0", "arrested")


def _mention(id: str, start: int, end: int, type_: str, **kw: object) -> EventMention:
    return EventMention(id=id, article="x", start=start, end=end, text="t", type=type_, **kw)  # type: ignore[arg-type]


def test_lead_is_the_opening_act_told_most_often() -> None:
    # the opening holds a recalled bombing and the raid; the raid is told twice, the bombing once and as background
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 50), (50, 100), (100, 200)), events=(
        _mention("x:ev0", 5, 9, "ASSAULT", background=True),
        _mention("x:ev1", 20, 24, "COERCE"),
        _mention("x:ev2", 60, 64, "STATEMENT"),
        _mention("x:ev3", 120, 124, "COERCE"),
        _mention("x:ev4", 130, 134, "ASSAULT", modality="planned"),
    ))
    event_of = {"x:ev0": "E-bomb", "x:ev1": "E-raid", "x:ev2": "E-said", "x:ev3": "E-raid", "x:ev4": "E-later"}
    types = {"E-bomb": "ASSAULT", "E-raid": "COERCE", "E-said": "STATEMENT", "E-later": "ASSAULT"}
    acts = ArticleActs(analysis, event_of, types, {"E-bomb": 40, "E-raid": 2, "E-said": 9, "E-later": 1})
    assert acts.lead == "E-raid"
    # a claim whose content holds only the statement and the planned attack (no act done) is about the lead
    claim = Claim(id="x:cl0", article="x", start=55, end=140, speaker=None, speaker_text="he", cue="said",
                  content="...", cue_start=55, cue_end=59, content_start=60, content_end=140)
    assert acts.about(claim, "E-said") == "E-raid"
    # a claim of who did an act keeps the act the analysis found
    who = Claim(id="x:cl1", article="x", start=55, end=140, speaker=None, speaker_text="he", cue="said",
                content="...", cue_start=55, cue_end=59, content_start=60, content_end=140, involvement=True)
    assert acts.about(who, "E-bomb") == "E-bomb"


def test_definite_noun_inside_a_clause_of_what_may_be_is_the_act_told_before() -> None:
    # "called for an inquiry to take place into the blast": the clause is planned, "the blast" is the one told before;
    # "could blow up the city" (a verb of what may be) is no act
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 50), (50, 100), (100, 200)), events=(
        _mention("x:ev0", 5, 10, "COERCE"),
        _mention("x:ev1", 80, 85, "ASSAULT", modality="hypothetical"),
        _mention("x:ev2", 120, 125, "ASSAULT", modality="planned", determiner="the", depth=3),
    ))
    event_of = {"x:ev0": "E-arrest", "x:ev1": "E-maybe", "x:ev2": "E-blast"}
    types = {"E-arrest": "COERCE", "E-maybe": "ASSAULT", "E-blast": "ASSAULT"}
    acts = ArticleActs(analysis, event_of, types, {"E-arrest": 3, "E-maybe": 1, "E-blast": 9})
    could = Claim(id="x:cl0", article="x", start=55, end=100, speaker=None, speaker_text="inspectors", cue="said",
                  content="...", cue_start=55, cue_end=59, content_start=60, content_end=100)
    assert acts.about(could, "E-maybe") == "E-arrest"
    inquiry = Claim(id="x:cl1", article="x", start=100, end=200, speaker=None, speaker_text="Amnesty", cue="called",
                    content="...", cue_start=100, cue_end=106, content_start=107, content_end=200)
    assert acts.about(inquiry, None) == "E-blast"


def test_act_in_a_relative_clause_of_the_content_describes_its_people() -> None:
    # "five men who were imprisoned in Norland are coming home": the imprisonment describes the men; the claim is
    # about the article's lead (the release its headline tells), not the imprisonment
    content = "Today, five men who were imprisoned in Norland are finally coming home"
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 60), (60, 200)), events=(
        _mention("x:title-ev0", 0, 5, "CONCEDE", field="title", depth=1),
        _mention("x:ev0", 10, 16, "CONCEDE", depth=0),
        _mention("x:ev1", 61 + content.index("imprisoned"), 61 + content.index("imprisoned") + 10, "COERCE",
                 depth=3),
    ))
    event_of = {"x:title-ev0": "E-release", "x:ev0": "E-release", "x:ev1": "E-prison"}
    types = {"E-release": "CONCEDE", "E-prison": "COERCE"}
    acts = ArticleActs(analysis, event_of, types, {"E-release": 5, "E-prison": 3})
    claim = Claim(id="x:cl0", article="x", start=60, end=150, speaker=None, speaker_text="the president", cue="said",
                  content=content, cue_start=140, cue_end=144, content_start=61, content_end=61 + len(content))
    assert acts.about(claim, None) == "E-release"
    # the same act as the content's own predicate is what it tells
    plain = "Today, all five men were imprisoned in Norland"
    assert plain.index("imprisoned") == content.index("imprisoned")
    told = Claim(id="x:cl1", article="x", start=60, end=150, speaker=None, speaker_text="the president", cue="said",
                 content=plain, cue_start=140, cue_end=144, content_start=61, content_end=61 + len(content))
    assert acts.about(told, None) == "E-prison"


def test_lead_prefers_the_act_the_headline_tells_over_a_state_the_opening_recalls() -> None:
    # headline: the release; opening: "men detained for years ... arrived home" (the detention told twice)
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 80), (80, 160), (160, 240)), events=(
        _mention("x:title-ev0", 10, 15, "CONCEDE", field="title", depth=1),
        _mention("x:ev0", 10, 18, "COERCE", depth=2),
        _mention("x:ev1", 100, 110, "COERCE", depth=2),
    ))
    event_of = {"x:title-ev0": "E-release", "x:ev0": "E-prison", "x:ev1": "E-prison"}
    types = {"E-release": "CONCEDE", "E-prison": "COERCE"}
    acts = ArticleActs(analysis, event_of, types, {"E-release": 5, "E-prison": 3})
    assert acts.lead == "E-release"


def test_lead_a_claim_falls_back_to_is_an_incident_of_the_story() -> None:
    # a wire's passing "agreed" (one article, once, not in its headline) is no incident a remark on earnings is about
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 80), (80, 160), (160, 240)), events=(
        _mention("x:ev0", 10, 16, "AGREE", depth=1),
        _mention("x:ev1", 100, 104, "STATEMENT"),
    ))
    event_of = {"x:ev0": "E-deal", "x:ev1": "E-said"}
    types = {"E-deal": "AGREE", "E-said": "STATEMENT"}
    remark = Claim(id="x:cl0", article="x", start=90, end=150, speaker=None, speaker_text="analysts", cue="said",
                   content="...", cue_start=100, cue_end=104, content_start=105, content_end=150)
    once = ArticleActs(analysis, event_of, types, {"E-deal": 1, "E-said": 1}, {"E-deal": 1, "E-said": 1}, titled=True)
    assert once.lead == "E-deal" and once.about(remark, "E-said") == "E-said"
    # the same lead told by two of the story's articles is its incident
    told = ArticleActs(analysis, event_of, types, {"E-deal": 3, "E-said": 1}, {"E-deal": 2, "E-said": 1}, titled=True)
    assert told.about(remark, "E-said") == "E-deal"
    # told by the headline and again in the body, it is the article's incident
    titled = ArticleAnalysis(article="x", config_hash="h", sentences=analysis.sentences, events=(
        _mention("x:title-ev0", 0, 6, "AGREE", field="title", depth=0), *analysis.events))
    event_of_t = {**event_of, "x:title-ev0": "E-deal"}
    both = ArticleActs(titled, event_of_t, types, {"E-deal": 2, "E-said": 1}, {"E-deal": 1, "E-said": 1}, titled=True)
    assert both.about(remark, "E-said") == "E-deal"
    # an untitled article's opening decides alone
    untitled = ArticleActs(analysis, event_of, types, {"E-deal": 1, "E-said": 1}, {"E-deal": 1, "E-said": 1})
    assert untitled.about(remark, "E-said") == "E-deal"


def test_act_the_content_sets_its_matter_after_is_no_act_it_tells() -> None:
    # "a lone wolf upset after his ally won the election": the election is when; the claim is about the article's
    # lead (the shooting its headline tells), and the content's own act, where it names one, before the lead
    content = "the gunman was a lone wolf upset after a party ally won the election"
    at = content.index("won")
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 60), (60, 200)), events=(
        _mention("x:title-ev0", 0, 5, "ASSAULT", field="title", depth=1),
        _mention("x:ev0", 10, 16, "ASSAULT", depth=0),
        _mention("x:ev1", 61 + at, 61 + at + 3, "APPOINT", depth=3),
    ))
    event_of = {"x:title-ev0": "E-shooting", "x:ev0": "E-shooting", "x:ev1": "E-vote"}
    types = {"E-shooting": "ASSAULT", "E-vote": "APPOINT"}
    acts = ArticleActs(analysis, event_of, types, {"E-shooting": 5, "E-vote": 3})
    claim = Claim(id="x:cl0", article="x", start=60, end=150, speaker=None, speaker_text="the minister", cue="said",
                  content=content, cue_start=140, cue_end=144, content_start=61, content_end=61 + len(content))
    assert acts.about(claim, None) == "E-shooting"
    # the same act with no time word before it is what the content tells
    plain = "the gunman was a lone wolf and said a party ally won the election"
    at2 = plain.index("won")
    analysis2 = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 60), (60, 200)), events=(
        _mention("x:title-ev0", 0, 5, "ASSAULT", field="title", depth=1),
        _mention("x:ev0", 10, 16, "ASSAULT", depth=0),
        _mention("x:ev1", 61 + at2, 61 + at2 + 3, "APPOINT", depth=3),
    ))
    acts2 = ArticleActs(analysis2, event_of, types, {"E-shooting": 5, "E-vote": 3})
    told = Claim(id="x:cl1", article="x", start=60, end=150, speaker=None, speaker_text="the minister", cue="said",
                 content=plain, cue_start=140, cue_end=144, content_start=61, content_end=61 + len(plain))
    assert acts2.about(told, None) == "E-vote"


def test_since_as_an_adverb_sets_no_act_apart() -> None:
    # "have since been released": the release is what the content tells, not when
    content = "Two teenagers have since been released without charge"
    at = content.index("released")
    analysis = ArticleAnalysis(article="x", config_hash="h", sentences=((0, 60), (60, 200)), events=(
        _mention("x:title-ev0", 0, 5, "COERCE", field="title", depth=1),
        _mention("x:ev0", 10, 16, "COERCE", depth=0),
        _mention("x:ev1", 61 + at, 61 + at + 8, "CONCEDE", depth=1),
    ))
    event_of = {"x:title-ev0": "E-arrest", "x:ev0": "E-arrest", "x:ev1": "E-release"}
    types = {"E-arrest": "COERCE", "E-release": "CONCEDE"}
    acts = ArticleActs(analysis, event_of, types, {"E-arrest": 5, "E-release": 3})
    claim = Claim(id="x:cl0", article="x", start=60, end=150, speaker=None, speaker_text="police", cue="said",
                  content=content, cue_start=140, cue_end=144, content_start=61, content_end=61 + len(content))
    assert acts.about(claim, None) == "E-release"
