"""Tests of claim fusion: supports and contradicts (paraphrases, updates, one claimant), evidence, non-links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, Claim, Story

STEPS = ("entities", "events", "claims", "corroboration")
Build = Callable[..., Story]


@pytest.fixture(scope="module")
def build(analyzer: Analyzer, resources: Resources, make_article: Callable[..., Article]) -> Build:
    def run(*texts: str, days: tuple[str, ...] = ()) -> Story:
        arts = [make_article(t, id=f"a{i}", outlet=f"Outlet {i}", **({"published": days[i]} if days else {}))
                for i, t in enumerate(texts)]
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


def test_link_responsibility_claims_of_one_claimant_support_each_other(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge.",
                  "The Tavro Front has claimed responsibility for the bombing of the Eskar bridge, its first attack.",
                  "The Orsk Brigade claimed responsibility for the bombing of the Eskar bridge.")
    tavro = [c.id for c in story.claims if c.stance == "responsibility" and "Tavro" in (c.speaker_text or "")]
    orsk = [c.id for c in story.claims if c.stance == "responsibility" and "Orsk" in (c.speaker_text or "")]
    supports = _links(story, "supports")
    assert (tavro[1], tavro[0]) in supports
    assert not [p for p in supports if orsk[0] in p]  # another claimant: another proposition


def test_link_third_parties_opposite_statements_contradict(build: Build) -> None:
    story = build("The mayor said that the old bridge over the Eska will reopen to traffic in May.",
                  "Engineers said that the old bridge over the Eska will not reopen to traffic in May.")
    mayor, engineers = _claim(story, "said", "a0"), _claim(story, "said", "a1")
    assert engineers.polarity == "assert" and engineers.negated  # not an answer to an allegation
    assert _links(story, "contradicts") == [(engineers.id, mayor.id)]


def test_link_paraphrases_across_outlets_support_not_contradict(build: Build) -> None:
    story = build("Police chief Ivo Rask said on Monday that 12 people were killed and about 30 wounded "
                  "when the bomb went off in the Tarsk market.",
                  "About 30 people were wounded and 12 were killed when a bomb went off in the market in Tarsk "
                  "on March 6, police chief Ivo Rask told reporters.")
    a, b = _claim(story, "said", "a0"), _claim(story, "told", "a1")
    assert _links(story, "contradicts") == []
    assert _links(story, "supports") == [(b.id, a.id)]


def test_link_toll_of_another_day_is_an_update_not_a_contradiction(build: Build) -> None:
    texts = ("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
             "Police said that 14 people were killed when the bus crashed near Tarsk on Friday.")
    assert _links(build(*texts, days=("2023-03-03", "2023-03-05")), "contradicts") == []
    assert len(_links(build(*texts, days=("2023-03-03", "2023-03-03")), "contradicts")) == 1


def test_no_link_between_fragments(build: Build) -> None:
    story = build("The minister announced plans on Monday.", "The governor announced plans on Friday.")
    assert story.claim_links == []


def test_link_one_denial_in_two_outlets_supports_itself(build: Build) -> None:
    story = build('Allegations of the government\'s involvement are "absurd and motivated," the Velmoran foreign '
                  "ministry said on Tuesday.",
                  'Allegations of the government\'s involvement are "absurd and motivated," the Velmoran foreign '
                  "ministry said in a statement.")
    a, b = _claim(story, "said", "a0"), _claim(story, "said", "a1")
    assert a.polarity == b.polarity == "deny"
    assert _links(story, "supports") == [(b.id, a.id)] and not _links(story, "denies")


def test_no_support_between_denials_of_two_sides(build: Build) -> None:
    story = build('"We reject the statement of the Norvik premier," the Velmoran foreign ministry said.',
                  '"We reject the statement of the Velmoran foreign minister," the Norvik premier said.')
    assert not _links(story, "supports") and not _links(story, "denies")


def test_link_one_sides_denials_of_involvement_support_each_other(build: Build) -> None:
    story = build("Norvik's foreign ministry said Norvik had nothing to do with the bombing of the Tarsk bridge.",
                  "Norvik's foreign ministry said on Friday that Norvik had no role in the Tarsk bridge bombing.")
    a, b = _claim(story, "said", "a0"), _claim(story, "said", "a1")
    assert a.polarity == b.polarity == "deny" and a.involvement and b.involvement
    assert _links(story, "supports") == [(b.id, a.id)]


def test_no_support_between_two_sides_denying_involvement(build: Build) -> None:
    story = build("Norvik's foreign ministry said Norvik had nothing to do with the bombing of the Tarsk bridge.",
                  "The Velmoran army said Velmora had no role in the Tarsk bridge bombing.")
    assert not _links(story, "supports")


def test_no_support_between_allegations_sharing_only_the_place_of_the_act(build: Build) -> None:
    story = build("Governor Ivan Dorsk accused Norvik of involvement in the Tarsk market bombing.",
                  "Police chief Pavel Drem blamed the Tavra Front for the Tarsk market bombing.")
    assert not _links(story, "supports")


def test_link_allegations_naming_one_accused_support_each_other(build: Build) -> None:
    story = build("Governor Ivan Dorsk accused Norvik of involvement in the Tarsk market bombing.",
                  "Police chief Pavel Drem blamed Norvik for the Tarsk market bombing.")
    assert _links(story, "supports")
