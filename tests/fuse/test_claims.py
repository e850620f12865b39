"""Tests of claim fusion: each link type (denies, supports, contradicts), its evidence, and non-links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.fuse.claims import Amount, ClaimFeatures, amounts, conflicts, features, reaches, stem
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


# --------------------------------------------------------------------------- figures, stems


def test_amounts_key_figures_by_what_they_count() -> None:
    assert amounts("12 people were killed and about 30 wounded") == (
        Amount("killed", 12, 12), Amount("injured", 24, 36))
    assert amounts("the death toll rose by two to 16") == (Amount("killed", 16, 16),)
    at_least = amounts("at least 60 people died")[0]
    assert at_least.low == 60 and at_least.high == float("inf")
    assert amounts("two of the bombers were brothers") == () and amounts("no one was hurt") == ()


def test_stem_meets_inflections() -> None:
    assert stem("used") == stem("using") == stem("use")
    assert stem("attacks") == stem("attack") and stem("denied") == stem("deny")


def test_conflicts_only_for_the_same_quantity_and_the_same_kind_of_date(resources: Resources) -> None:
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})

    def feat(content: str) -> ClaimFeatures:
        return features(ctx, Claim(id="x", article="x", start=0, end=len(content), speaker=None,
                                   speaker_text=None, cue=None, content=content))

    killed = feat("12 people were killed in the blast")
    assert conflicts(killed, feat("31 people were wounded in the blast")) is None
    assert conflicts(feat("at least 60 people were killed"), feat("137 people were killed")) is None
    assert conflicts(killed, feat("14 people were killed in the blast")) == "numbers differ"
    assert conflicts(feat("it happened on Monday"), feat("it happened on 6 March")) is None
    assert conflicts(feat("exports rose in March"), feat("exports fell in March"), near=True) == "antonymous predicates"
    assert conflicts(feat("exports rose in March"), feat("exports fell in March")) is None


# --------------------------------------------------------------------------- responsibility and involvement


def test_link_denial_of_involvement_retracts_a_claim_of_responsibility(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge on Monday. "
                  "On Tuesday a Tavro Front spokesman said the group had nothing to do with the bombing.")
    claimed, denial = _claim(story, "claimed"), _claim(story, "said")
    assert claimed.stance == "responsibility" and denial.polarity == "deny"
    links = [lk for lk in story.claim_links if lk.type == "denies"]
    assert [(lk.from_, lk.to) for lk in links] == [(denial.id, claimed.id)]
    assert "responsibility" in (links[0].reason or "")


def test_no_link_when_another_party_denies_involvement(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge on Monday. "
                  "The Norvik government said it had nothing to do with the bombing.")
    assert _claim(story, "said").polarity == "deny"
    assert _links(story, "denies") == []


def test_link_denial_of_involvement_answers_an_allegation(build: Build) -> None:
    story = build("The Valdor government accused the Tavro Front of carrying out the bombing of the Eskar bridge. "
                  "The Tavro Front denied any involvement in the bombing.")
    accused, denied = _claim(story, "accused"), _claim(story, "denied")
    assert accused.involvement and denied.involvement
    assert (denied.id, accused.id) in _links(story, "denies")


def test_link_responsibility_claims_of_one_claimant_support_each_other(build: Build) -> None:
    story = build("The Tavro Front claimed responsibility for the bombing of the Eskar bridge.",
                  "The Tavro Front has claimed responsibility for the bombing of the Eskar bridge, its first attack.",
                  "The Orsk Brigade claimed responsibility for the bombing of the Eskar bridge.")
    tavro = [c.id for c in story.claims if c.stance == "responsibility" and "Tavro" in (c.speaker_text or "")]
    orsk = [c.id for c in story.claims if c.stance == "responsibility" and "Orsk" in (c.speaker_text or "")]
    supports = _links(story, "supports")
    assert (tavro[1], tavro[0]) in supports
    assert not [p for p in supports if orsk[0] in p]  # another claimant: another proposition


# --------------------------------------------------------------------------- rebuttals, paraphrases, updates


def test_link_negated_rebuttal_denies_the_allegation(build: Build) -> None:
    story = build("The Valdor government accused Norvik of sheltering the smugglers in its northern ports.",
                  "Norvik said that it is not sheltering the smugglers in its northern ports.",
                  days=("2023-03-01", "2023-03-02"))
    accused = _claim(story, "accused")
    rebuttal = _claim(story, "said")
    assert rebuttal.polarity == "deny" and rebuttal.stance == "denial"  # made a denial by what it answers
    assert (rebuttal.id, accused.id) in _links(story, "denies")
    assert _links(story, "contradicts") == []


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
