"""Tests of claim fusion: each link type (denies, supports, contradicts), its evidence, and non-links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.fuse.claims import ClaimFeatures, conflicts, features, reaches
from storyline.model import Article, Claim, Story

STEPS = ("entities", "events", "claims", "corroboration")
Build = Callable[..., Story]


@pytest.fixture(scope="module")
def build(analyzer: Analyzer, resources: Resources, make_article: Callable[..., Article]) -> Build:
    def run(*texts: str) -> Story:
        arts = [make_article(t, id=f"a{i}", outlet=f"Outlet {i}") for i, t in enumerate(texts)]
        analyses = {a.article: a for a in analyzer.analyze_many(arts)}
        ctx = FuseContext(config=Config(fuse_steps=STEPS), resources=resources,
                          articles={a.id: a for a in arts}, analyses=analyses, new=set(analyses))
        return fuse(ctx)

    return run


def _claim(story: Story, cue: str, article: str | None = None) -> Claim:
    # the cue keeps its auxiliaries and adverbs ("has strongly denied"): match its verb
    hits = [c for c in story.claims if c.cue and c.cue.split()[-1] == cue and (article is None or c.article == article)]
    assert hits, f"no claim with cue {cue!r}: {[(c.article, c.cue) for c in story.claims]}"
    return hits[0]


def _links(story: Story, kind: str) -> list[tuple[str, str]]:
    return [(lk.from_, lk.to) for lk in story.claim_links if lk.type == kind]


def test_link_denies_same_sentence_with_both_spans(build: Build) -> None:
    text = ("Valdorian officials allege that the militia is hiding in the northern hills, "
            "a claim strongly denied by Norvik.")
    story = build(text)
    alleged, denied = _claim(story, "allege"), _claim(story, "denied")
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(denied.id, alleged.id)]
    ev = links[0].evidence
    assert [e.text for e in ev] == [text[denied.start:denied.end], text[alleged.start:alleged.end]]
    assert "Norvik" in ev[0].text and "Valdorian officials allege" in ev[1].text
    assert links[0].reason


def test_link_denies_across_articles(build: Build) -> None:
    story = build("The Norvik government said that its soldiers crossed the Eska river near Tarsk on Monday.",
                  "The Valdor army denied that Norvik soldiers crossed the Eska river near Tarsk on Monday.")
    said, denied = _claim(story, "said", "a0"), _claim(story, "denied", "a1")
    assert (denied.id, said.id) in _links(story, "denies")


def test_link_denies_claims_of_named_owner(build: Build) -> None:
    story = build("Valdor has repeatedly maintained that Norvik shelters the smugglers in its ports. "
                  "Norvik has denied Valdor's claims, saying it polices its ports.")
    maintained, denied = _claim(story, "maintained"), _claim(story, "denied")
    assert (denied.id, maintained.id) in _links(story, "denies")


def test_link_supports_same_proposition_in_two_outlets(build: Build) -> None:
    story = build("Police said that the fire destroyed the old town hall in Tarsk on Sunday night.",
                  "Firefighters said the fire destroyed the old town hall in Tarsk on Sunday night.")
    a, b = _claim(story, "said", "a0"), _claim(story, "said", "a1")
    assert _links(story, "supports") == [(b.id, a.id)]
    assert story.claim_support[a.id].independent_sources == 2
    assert story.claim_support[a.id].credibility == 1


def test_link_contradicts_on_numbers(build: Build) -> None:
    story = build("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
                  "Hospital staff said that 30 people were killed when the bus crashed near Tarsk on Friday.")
    a, b = _claim(story, "said", "a0"), _claim(story, "said", "a1")
    links = [lk for lk in story.claim_links if lk.type == "contradicts"]
    assert [(lk.from_, lk.to) for lk in links] == [(b.id, a.id)]
    assert "numbers" in (links[0].reason or "")
    assert story.claim_support[a.id].credibility == 4


def test_no_link_between_unrelated_claims(build: Build) -> None:
    story = build("The mayor said that the library will open a new wing in spring.",
                  "The coach said that the team had trained hard for the final.")
    assert len(story.claims) == 2 and story.claim_links == []


def test_conflicts_reads_numbers_dates_and_negation(resources: Resources) -> None:
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})

    def feat(content: str) -> ClaimFeatures:
        return features(ctx, Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                                   speaker_text=None, cue=None, content=content))

    assert conflicts(feat("12 people died"), feat("thirty people died")) == "numbers differ"
    assert conflicts(feat("it happened in March"), feat("it happened in June")) == "dates differ"
    assert conflicts(feat("12 people died"), feat("12 people died")) is None
    assert reaches((0.9, 0.0), ((0.88, 0.0),)) and not reaches((0.7, 0.1), ((0.8, 0.15),))


def test_link_denies_accusation_against_the_denier_across_articles(build: Build) -> None:
    story = build("The Valdor government accused Norvik of arming the rebels in the hills.",
                  "Norvik rejected the accusations on Tuesday.")
    accused, rejected = _claim(story, "accused", "a0"), _claim(story, "rejected", "a1")
    assert rejected.speaker is not None and rejected.speaker in accused.targets
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(rejected.id, accused.id)]
    assert "accusation against the denier" in (links[0].reason or "")


def test_link_denial_answers_its_own_article_first(build: Build) -> None:
    story = build("The Valdor government accused Norvik of arming the rebels in the hills.",
                  "Valdor accused Norvik of shelling the border town. Norvik rejected the accusations.")
    here, rejected = _claim(story, "accused", "a1"), _claim(story, "rejected", "a1")
    assert [(lk.from_, lk.to) for lk in story.claim_links if lk.type == "denies"] == [(rejected.id, here.id)]
