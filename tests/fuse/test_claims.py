"""Tests of claim fusion: supports and contradicts (paraphrases, updates, one claimant), evidence, non-links."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import STEP_CACHES, FuseContext, claim_links, fuse, release
from storyline.fuse.claim_text import clauses, features, reaches
from storyline.fuse.claims import (
    _body_of_state,
    _capitals_of_states,
    _days_apart,
    _longest_run,
    _positions,
    _same_proposition,
    _state_of_capital,
    negations,
    negations_alike,
    quoted_passages,
    speaker_entity,
    support_aligned_statements,
)
from storyline.model import Article, ArticleAnalysis, Claim, Entity, Mention, Story, StoryCluster
from tests.fuse.conftest import Build, claim_by_cue, links_of


def test_link_supports_same_proposition_in_two_outlets(build: Build) -> None:
    story = build("Police said that the fire destroyed the old town hall in Tarsk on Sunday night.",
                  "Firefighters said the fire destroyed the old town hall in Tarsk on Sunday night.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "supports") == [(b.id, a.id)]
    assert story.claim_support[a.id].independent_sources == 2
    assert story.claim_support[a.id].credibility == 1


def test_link_contradicts_on_numbers(build: Build) -> None:
    story = build("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
                  "Hospital staff said that 30 people were killed when the bus crashed near Tarsk on Friday.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
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
    supports = links_of(story, "supports")
    assert (tavro[1], tavro[0]) in supports
    assert not [p for p in supports if orsk[0] in p]  # another claimant: another proposition


def test_link_third_parties_opposite_statements_contradict(build: Build) -> None:
    story = build("The mayor said that the old bridge over the Eska will reopen to traffic in May.",
                  "Engineers said that the old bridge over the Eska will not reopen to traffic in May.")
    mayor, engineers = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert engineers.polarity == "assert" and engineers.negated  # not an answer to an allegation
    assert links_of(story, "contradicts") == [(engineers.id, mayor.id)]


def test_link_paraphrases_across_outlets_support_not_contradict(build: Build) -> None:
    story = build("Police chief Ivo Rask said on Monday that 12 people were killed and about 30 wounded "
                  "when the bomb went off in the Tarsk market.",
                  "About 30 people were wounded and 12 were killed when a bomb went off in the market in Tarsk "
                  "on March 6, police chief Ivo Rask told reporters.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "told", "a1")
    assert links_of(story, "contradicts") == []
    assert links_of(story, "supports") == [(b.id, a.id)]


def test_link_toll_of_another_day_is_an_update_not_a_contradiction(build: Build) -> None:
    texts = ("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
             "Hospital staff said that 14 people were killed when the bus crashed near Tarsk on Friday.")
    assert links_of(build(*texts, days=("2023-03-03", "2023-03-05")), "contradicts") == []
    assert len(links_of(build(*texts, days=("2023-03-03", "2023-03-03")), "contradicts")) == 1


def test_link_toll_of_an_unknown_day_in_the_same_words_is_a_contradiction(build: Build) -> None:
    texts = ("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
             "Hospital staff said that 14 people were killed when the bus crashed near Tarsk on Friday.")
    # a pasted text without its date: nothing says the second figure is a later update
    assert len(links_of(build(*texts, days=("2023-03-03", "")), "contradicts")) == 1
    assert len(links_of(build(*texts, days=("", "")), "contradicts")) == 1
    # in other words, one of the two may be a later count
    other = build(texts[0], "The toll of the crash of a bus near Tarsk rose to 14, a police officer said.",
                  days=("", ""))
    assert links_of(other, "contradicts") == []


def test_no_link_one_speakers_two_figures_are_a_series(build: Build) -> None:
    texts = ("Police said that 12 people were killed when the bus crashed near Tarsk on Friday.",
             "Police said that 14 people were killed when the bus crashed near Tarsk on Friday.")
    assert links_of(build(*texts, days=("2023-03-03", "2023-03-03")), "contradicts") == []
    story = build("The Bank of Velmora said it had provided the money market with 37 mln crowns in the morning.",
                  "The Bank of Velmora said it provided the money market 456 mln crowns in the afternoon.",
                  days=("2023-03-03", "2023-03-03"))
    assert links_of(story, "contradicts") == []


def test_no_link_figures_about_two_things(build: Build) -> None:
    days = ("2023-03-03", "2023-03-03")
    # two companies each telling of itself
    story = build("Tarvin Oil Co said it reduced the price it will pay for crude oil by one dollar a barrel.",
                  "Eskar Petroleum Corp said it had cut its prices for crude oil by 1.50 dollars a barrel.", days=days)
    assert links_of(story, "contradicts") == []
    story = build("Lesk Foods Inc said its board declared a quarterly dividend of 28 cents a share.",
                  "Orven Mills Corp said directors declared an initial dividend of five cents a share.", days=days)
    assert links_of(story, "contradicts") == []
    # one bank tells of one issuer, another of another
    story = build("Harrow Bank said Tarvin Gas NV is issuing a 100 mln dollar bond due 1992 paying 7 pct.",
                  "Velmor Trust said Eskar Motors AB is issuing a 150 mln dollar bond due 1992 paying 8 pct.",
                  days=days)
    assert links_of(story, "contradicts") == []
    # one index in two months
    story = build("The statistics office said the index of leading indicators rose 2.1 pct in December.",
                  "The trade department said the index of leading indicators fell 1.0 pct in January.", days=days)
    assert links_of(story, "contradicts") == []


def test_no_link_between_fragments(build: Build) -> None:
    story = build("The minister announced plans on Monday.", "The governor announced plans on Friday.")
    assert story.claim_links == []


def test_link_one_denial_in_two_outlets_supports_itself(build: Build) -> None:
    story = build('Allegations of the government\'s involvement are "absurd and malicious," the Velmoran foreign '
                  "ministry said on Tuesday.",
                  'Allegations of the government\'s involvement are "absurd and malicious," the Velmoran foreign '
                  "ministry said in a statement.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert a.polarity == b.polarity == "deny"
    assert links_of(story, "supports") == [(b.id, a.id)] and not links_of(story, "denies")


def test_no_support_between_denials_of_two_sides(build: Build) -> None:
    story = build('"We reject the statement of the Norvik premier," the Velmoran foreign ministry said.',
                  '"We reject the statement of the Velmoran foreign minister," the Norvik premier said.')
    assert not links_of(story, "supports") and not links_of(story, "denies")


def test_link_one_sides_denials_of_involvement_support_each_other(build: Build) -> None:
    story = build("Norvik's foreign ministry said Norvik had nothing to do with the bombing of the Tarsk bridge.",
                  "Norvik's foreign ministry said on Friday that Norvik had no role in the Tarsk bridge bombing.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert a.polarity == b.polarity == "deny" and a.involvement and b.involvement
    assert links_of(story, "supports") == [(b.id, a.id)]


def test_no_support_between_two_sides_denying_involvement(build: Build) -> None:
    story = build("Norvik's foreign ministry said Norvik had nothing to do with the bombing of the Tarsk bridge.",
                  "The Velmoran army said Velmora had no role in the Tarsk bridge bombing.")
    assert not links_of(story, "supports")


def test_no_support_between_allegations_sharing_only_the_place_of_the_act(build: Build) -> None:
    story = build("Governor Ivan Dorsk accused Norvik of involvement in the Tarsk market bombing.",
                  "Police chief Pavel Drem blamed the Tavra Front for the Tarsk market bombing.")
    assert not links_of(story, "supports")


def test_link_allegations_naming_one_accused_support_each_other(build: Build) -> None:
    story = build("Governor Ivan Dorsk accused Norvik of involvement in the Tarsk market bombing.",
                  "Police chief Pavel Drem blamed Norvik for the Tarsk market bombing.")
    assert links_of(story, "supports")


def test_link_two_sides_figures_for_one_incident_in_one_article_contradict(build: Build) -> None:
    story = build("The Tavro Front said its fighters had killed 11 policemen in the attack on the Eskar police "
                  "station on Saturday. Police said six officers had been killed in the attack on the station.")
    front, police = (c for c in story.claims if c.cue and c.cue.endswith("said"))
    assert links_of(story, "contradicts") == [(police.id, front.id)]


def test_no_link_a_series_of_figures_in_one_article_is_no_contradiction(build: Build) -> None:
    story = build("Police said five officers had been killed in the attack on the Eskar police station on "
                  "Saturday. The interior ministry later said six officers had been killed in the attack.")
    assert links_of(story, "contradicts") == []


def test_link_one_speakers_paraphrase_about_one_target_supports(build: Build) -> None:
    story = build("Interior Minister Anna Berg said the gunmen had crossed the Eska river from Norvik on Saturday "
                  "evening and returned the same way after the attack.",
                  "Interior Minister Anna Berg said the attackers had come from Norvik and returned there.")
    first, second = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "supports") == [(second.id, first.id)]


def test_no_link_one_speakers_two_propositions_about_one_target(build: Build) -> None:
    story = build("Interior Minister Anna Berg said the attackers had come from Norvik and returned there.",
                  "Interior Minister Anna Berg said Norvik must pay for the repair of the Eska bridge.")
    assert links_of(story, "supports") == []


def test_link_a_speakers_repeat_contradicts_what_the_claim_contradicts(build: Build) -> None:
    first = "The Tavro Front said its fighters had killed 11 policemen in the attack on the Eskar police station."
    story = build(first, first + " Police said six officers had been killed in the attack on the station.",
                  days=("2031-03-16", "2031-03-17"))
    front = [c.id for c in story.claims if "11 policemen" in c.content]
    police = next(c for c in story.claims if "six" in c.content)
    pairs = {frozenset(p) for p in links_of(story, "contradicts")}
    assert {frozenset((police.id, f)) for f in front} <= pairs


def test_link_a_speakers_phrase_quoted_alone_supports_its_sentence(build: Build) -> None:
    story = build('Interior Minister Anna Berg said the Tavro Front and the Orsk Brigade were "two names for one '
                  'enemy".',
                  '"Two names for one enemy," Interior Minister Anna Berg told reporters on Tuesday.')
    full = next(c for c in story.claims if "Orsk" in c.content)
    short = [c for c in story.claims if c.content.strip('"“” .,').lower() == "two names for one enemy"]
    assert short, [(c.cue, c.content) for c in story.claims]
    assert frozenset((full.id, short[0].id)) in {frozenset(p) for p in links_of(story, "supports")}


def test_link_supports_a_speaker_quoted_at_length_and_for_one_sentence(build: Build) -> None:
    story = build("“The harbour is full of wrecks and the crews are exhausted,” said Ilse Varga of the Tarvin port "
                  "authority. "
                  "“We need more tugboats to free the ferries. The storm will be back tonight and every hour counts.”",
                  "“We need more tugboats to free the stranded ferries because every hour counts,” "
                  "Ilse Varga of the port authority told reporters.")
    long_, short = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "told", "a1")
    assert links_of(story, "supports") == [(short.id, long_.id)]


def test_link_supports_a_speaker_giving_one_figure_twice(build: Build) -> None:
    story = build("The mayor of Tarvin, Oskar Brenn, said the number of dead might rise to 4,500 because many "
                  "villages were cut off.",
                  "“We fear there are many more victims. The dead could number 4,000 to 4,500 once the cut-off "
                  "villages of Tarvin are searched,” Mayor Oskar Brenn said.",
                  "Doctor Lia Sorn said 4,500 tents had been handed out in the valley.")
    a0, a1, a2 = (claim_by_cue(story, "said", a) for a in ("a0", "a1", "a2"))
    supports = links_of(story, "supports")
    assert (a1.id, a0.id) in supports
    assert not [p for p in supports if a2.id in p]  # another speaker's figure of something else


def test_link_supports_one_denial_quoted_word_for_word(build: Build) -> None:
    story = build('"We reject any attempt to portray the new port fees as a breach of the trade treaty," '
                  "the Tarvin ministry said.",
                  '"We reject any attempt to portray the new port fees as a breach of the trade treaty," '
                  "the government said.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert a.polarity == b.polarity == "deny"
    assert links_of(story, "supports") == [(b.id, a.id)]


def test_link_contradicts_a_correction_of_the_party_named(build: Build) -> None:
    story = build("Tarvin police chief Ivo Rask said the gunmen had tried to escape towards Estmark after the attack.",
                  "Norvik President Arvo Tamm said the gunmen were initially headed to Norvik, not Estmark.",
                  "Ivo Rask accused Estmark of involvement in the attack, saying the gunmen had tried to escape there.",
                  "Tarvin trade minister Lia Sorn said exports to Estmark rose by four percent in May.")
    escape, corrected = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    accused, exports = claim_by_cue(story, "accused", "a2"), claim_by_cue(story, "said", "a3")
    contradicts = links_of(story, "contradicts")
    assert (corrected.id, escape.id) in contradicts
    assert not [p for p in contradicts if accused.id in p or exports.id in p]


def test_link_two_tolls_of_one_disaster_are_no_support(build: Build) -> None:
    # "at least 1,400" and "could reach 12,000" are compatible bounds, but two reports, not one told twice
    story = build("The death toll from the landslides in the hill district of Tarvin has risen to at least "
                  "1,400 people, "
                  "rescue services said.",
                  "The death toll from the landslides in the hill district of Tarvin could reach 12,000 people, the "
                  "regional governor said.",
                  "The death toll from the landslides in the hill district of Tarvin has risen to 1,400 people, "
                  "the health ministry said.")
    low, high, same = (claim_by_cue(story, "said", a) for a in ("a0", "a1", "a2"))
    pairs = {frozenset(p) for p in links_of(story, "supports")}
    assert frozenset((low.id, high.id)) not in pairs and frozenset((high.id, same.id)) not in pairs
    assert frozenset((low.id, same.id)) in pairs  # negative: the same figure told twice


def test_link_two_sides_blaming_each_other_for_one_act_contradict(build: Build) -> None:
    story = build("Norvik accused Velmora of shelling the Tarsk prison on Friday night.",
                  "Velmora blamed Norvik for the shelling of the Tarsk prison on Friday night.",
                  "Norvik claimed that the Tavra Front shelled the Tarsk prison on Friday night.")
    a, b, c = (claim_by_cue(story, cue, art) for cue, art in (("accused", "a0"), ("blamed", "a1"), ("claimed", "a2")))
    assert sorted(links_of(story, "contradicts")) == [(b.id, a.id), (c.id, b.id)]  # Norvik's two suspects: one account
    assert not links_of(story, "supports")


def test_link_each_other_blame_supports_only_each_other_blame(build: Build) -> None:
    story = build("Norvik and Velmora accused each other of shelling the Tarsk prison on Friday night.",
                  "Velmora and Norvik blamed each other for the shelling of the Tarsk prison on Friday night.",
                  "Velmora blamed Norvik for the shelling of the Tarsk prison on Friday night.")
    a, b = claim_by_cue(story, "accused", "a0"), claim_by_cue(story, "blamed", "a1")
    assert links_of(story, "supports") == [(b.id, a.id)]


def test_link_one_speakers_rebuttal_told_again_supports_itself(build: Build) -> None:
    story = build("The kidnappers claimed that a ransom had been paid by the state government for the release of the "
                  "pupils.",
                  "Information minister Ivo Rask said no ransom was paid to free the 40 pupils abducted from the Tarvo "
                  "school last week.",
                  "Information minister Ivo Rask told reporters on Monday that no ransom had been paid for the pupils.")
    first, again = claim_by_cue(story, "said", "a1"), claim_by_cue(story, "told", "a2")
    assert first.polarity == again.polarity == "deny"
    assert links_of(story, "supports") == [(again.id, first.id)]


def test_link_one_speakers_statement_retold_in_other_words_supports(build: Build) -> None:
    texts = ("Interior Minister Anna Berg said the explosion at the market on Monday was caused by a truck packed "
             "with fuel.",
             "A tanker loaded with petrol blew up at the market on Monday, Interior Minister Anna Berg told reporters.")
    story = build(*texts, days=("2023-03-06", "2023-03-07"))
    said, told = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "told", "a1")
    assert links_of(story, "supports") == [(told.id, said.id)]
    assert not links_of(build(*texts, days=("2023-03-06", "2023-03-20")), "supports")  # weeks apart: two statements


def test_link_a_statement_naming_a_rival_doer_of_one_act_contradicts(build: Build) -> None:
    story = build("Velmora accused Norvik of blowing up the Tarsk dam on Tuesday.",
                  "Norvik's defence ministry said Velmoran troops blew up the Tarsk dam on Tuesday.")
    accusation, statement = claim_by_cue(story, "accused"), claim_by_cue(story, "said")
    assert statement.involvement
    assert links_of(story, "contradicts") == [(statement.id, accusation.id)]


def test_link_the_doer_comes_after_an_opening_adverbial(build: Build) -> None:
    story = build("Velmora accused Norvik of blowing up the Tarsk dam on Tuesday.",
                  "Norvik's defence ministry said that, in fact, Velmoran troops blew up the Tarsk dam on Tuesday.")
    accusation, statement = claim_by_cue(story, "accused"), claim_by_cue(story, "said")
    assert links_of(story, "supports") == []
    assert links_of(story, "contradicts") == [(statement.id, accusation.id)]


def test_link_two_sides_giving_one_killing_other_means_contradict(build: Build) -> None:
    story = build("Norvik's army said Tarsk mayor Ivan Dorsk was killed by a bomb planted in his car on Tuesday.",
                  "Velmora's interior ministry said Tarsk mayor Ivan Dorsk was killed by a missile fired from a drone "
                  "on Tuesday.")
    army, ministry = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "contradicts") == [(ministry.id, army.id)]


def test_no_link_one_means_told_twice_or_set_aside(build: Build) -> None:
    story = build("Norvik's army said Tarsk mayor Ivan Dorsk was killed by a bomb planted in his car on Tuesday.",
                  "Velmora's interior ministry said the blast that killed Tarsk mayor Ivan Dorsk on Tuesday was "
                  "unlikely to have been caused by a missile.")
    assert links_of(story, "contradicts") == []


def test_link_other_means_in_other_words_contradict(build: Build) -> None:
    story = build("Norvik's army said Tarsk mayor Ivan Dorsk was killed by a bomb planted in his car on Tuesday.",
                  "Velmora's interior ministry said a short-range projectile fired from outside the town hall was "
                  "behind the death of Ivan Dorsk.")
    army, ministry = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "contradicts") == [(ministry.id, army.id)]
    assert "how one act was done" in story.claim_links[0].reason


def test_link_a_statement_doer_is_the_actor_of_its_act_not_its_victim(build: Build) -> None:
    story = build("Velmora accused Norvik of killing Tarsk mayor Ivan Dorsk on Tuesday.",
                  "Norvik's army said Ivan Dorsk was killed in a Velmoran airstrike on Tuesday.")
    accusation, statement = claim_by_cue(story, "accused"), claim_by_cue(story, "said")
    assert statement.involvement
    assert links_of(story, "supports") == []
    assert links_of(story, "contradicts") == [(statement.id, accusation.id)]


def test_link_a_statement_naming_the_accused_as_its_acts_actor_supports(build: Build) -> None:
    story = build("Velmora accused Norvik of killing Tarsk mayor Ivan Dorsk on Tuesday.",
                  "Velmora's army said Ivan Dorsk was killed in a Norvik airstrike on Tuesday.")
    accusation, statement = claim_by_cue(story, "accused"), claim_by_cue(story, "said")
    assert links_of(story, "supports") == [(statement.id, accusation.id)]


def test_link_one_sides_claim_told_again_with_its_doer_supports_only_naming_it(build: Build) -> None:
    story = build("Velmora accused Norvik of shelling the Tarsk market on Tuesday.",
                  "Velmora's government said Norvik had committed a grave crime in shelling the Tarsk market on "
                  "Tuesday.",
                  "Velmora's government said the Tarsk market was shelled on Tuesday, a grave crime.")
    accusation = claim_by_cue(story, "accused", "a0")
    named, unnamed = claim_by_cue(story, "said", "a1"), claim_by_cue(story, "said", "a2")
    supports = links_of(story, "supports")
    assert (named.id, accusation.id) in supports and (unnamed.id, accusation.id) not in supports


class _CloseCallLinker:
    """Two claims of one speaker whose step vectors (a static approximation) are farther apart than MiniLM's."""

    def __init__(self, contents: tuple[str, str], step: float, exact: float) -> None:
        self.claims = [Claim(id=f"a{k}:cl0", article=f"a{k}", start=0, end=len(c), speaker="ent:berg",
                             speaker_text="Anna Berg", cue="said", content=c) for k, c in enumerate(contents)]
        self.feats = [features(c) for c in self.claims]
        self.when = [("2031-03-03", c.article, 0) for c in self.claims]
        self.index = {c.id: k for k, c in enumerate(self.claims)}
        self.step, self.exact = step, exact

    def allies(self, k: int) -> frozenset[str]:
        return frozenset({"ent:berg"})

    def one_side(self, i: int, j: int) -> bool:
        return self.claims[i].speaker == self.claims[j].speaker

    def exact_sim(self, i: int, j: int) -> tuple[float, float]:
        return self.exact, 0.2

    def exact_reaches(self, i: int, j: int, thresholds: tuple[tuple[float, float], ...]) -> bool:
        return reaches(self.exact_sim(i, j), thresholds)

    def clause_sim(self, i: int, j: int) -> tuple[float, float]:
        return 0.0, 0.0  # one clause each


def test_same_proposition_of_one_side_weighs_exact_vectors_on_a_close_call() -> None:
    lk = _CloseCallLinker(("the bridge would stay closed until engineers had inspected it",
                           "the bridge is to remain shut until the engineers inspect it"), step=0.6, exact=0.8)
    assert _same_proposition(lk, 0, 1, (0.6, 0.2), False)  # type: ignore[arg-type]
    lk.exact = 0.6
    assert not _same_proposition(lk, 0, 1, (0.6, 0.2), False)  # type: ignore[arg-type]


def test_no_link_a_claim_naming_the_accused_as_a_destination(build: Build) -> None:
    story = build("Velmora's president Anton Brask accused Norvik of involvement in the Tarsk market bombing.",
                  "Velmora's president Anton Brask said the men behind the Tarsk market bombing tried to flee to "
                  "Norvik after the attack.")
    assert links_of(story, "supports") == []


def test_link_supports_one_speakers_clause_told_beside_other_sentences(build: Build) -> None:
    # the quote's other sentences keep the whole contents apart; its last clause and the paraphrase are one
    # statement of one speaker. Another speaker saying it is not one side's statement told twice
    texts = ("“The trains were late again this morning and the commuters waited in the cold for hours. The unions "
             "will meet the ministry on Friday. The town will pay to rebuild every market stall that burned,” "
             "Mayor Oskar Brenn said.",
             "Mayor Oskar Brenn said the town would foot the bill for rebuilding all the market stalls destroyed by "
             "the blaze.")
    story = build(*texts, days=("2023-03-06", "2023-03-07"))
    long_, short = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "supports") == [(short.id, long_.id)]
    other = build(texts[0], texts[1].replace("Mayor Oskar Brenn", "Trader Lia Sorn"), days=("2023-03-06", "2023-03-07"))
    assert not links_of(other, "supports")


def test_clauses_of_a_content_that_can_be_propositions() -> None:
    assert clauses("The unions will meet the ministry on Friday. The town will pay to rebuild every stall") == [
        "The unions will meet the ministry on Friday.", "The town will pay to rebuild every stall"]
    assert clauses("the town will pay to rebuild the stalls and the market hall") == []  # one clause
    assert clauses("the smoke made the tunnel too dark for the rescuers, though one driver walked out of it unhurt") \
        == ["the smoke made the tunnel too dark for the rescuers", "though one driver walked out of it unhurt"]
    # a clause too short to be a proposition is left out; what is left is a part of the content
    assert clauses("it was dark, though one driver walked out of the tunnel unhurt") == [
        "though one driver walked out of the tunnel unhurt"]


def test_link_supports_two_sources_giving_one_toll_in_other_words(build: Build) -> None:
    texts = ("The death toll from the floods that swept through the Tarsk valley has risen to over 120, the "
             "provincial governor said on Monday.",
             "At least 120 people were killed and nearly 400 injured after floods swept through the Tarsk valley "
             "on Sunday, the Red Crescent said.")
    story = build(*texts, days=("2023-03-06", "2023-03-06"))
    governor, crescent = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert [(lk.from_, lk.to, lk.type) for lk in story.claim_links] == [(crescent.id, governor.id, "supports")]
    assert "120 killed" in story.claim_links[0].reason
    other = build(texts[0], texts[1].replace("120 people were killed", "120 people were injured"),
                  days=("2023-03-06", "2023-03-06"))
    assert not links_of(other, "supports")  # the same figure of another count


def test_link_supports_one_toll_told_with_number_words_and_figures(build: Build) -> None:
    # "Twenty-four" is one figure: the two counts are the same, and the hostages' count is of the dead
    story = build("Twenty-four gunmen and 13 hostages were killed at the Keldor gas plant, the interior ministry said "
                  "on Saturday.",
                  "At least 24 militants and 13 hostages were killed at the Keldor gas plant, the government said on "
                  "Saturday.", days=("2023-03-11", "2023-03-11"))
    assert [lk.type for lk in story.claim_links] == ["supports"]


def test_link_supports_one_large_toll_of_one_day_in_words_further_apart(build: Build) -> None:
    # one figure of 64 dead on one day: one toll, though the wordings are further apart than a toll of a few needs
    texts = ("Commander Lina Varga said the number of people confirmed dead, or missing and presumed dead, had "
             "risen to 64 and could increase further.",
             "The death toll from the Tarsk tower fire has risen to 64, police have said.")
    story = build(*texts, days=("2023-03-06", "2023-03-06"))
    assert [lk.type for lk in story.claim_links] == ["supports"]
    assert "64 killed" in (story.claim_links[0].reason or "")
    other_day = build(*texts, days=("2023-03-06", "2023-03-09"))
    assert not other_day.claim_links


def test_link_supports_one_running_toll_hung_on_two_dated_incidents_of_one_unrest(build: Build) -> None:
    # one outlet's running toll sits in a report of the protests of Sunday, the other's in a report of the storming
    # of Wednesday: the incidents are two days apart, the figure of one day is one total
    texts = ("Thousands of protesters rallied in the Tarsk square on Sunday against fuel prices. The government said "
             "on Thursday that 164 people have died during the demonstrations, including 103 people in Tarsk.",
             "Gunmen stormed the mayor's office in Tarsk on Wednesday and set it on fire. Authorities said 164 people "
             "were killed in the unrest that rocked the country in the past week, including three children.")
    story = build(*texts, days=("2023-03-09", "2023-03-09"))
    dates = {e.date.earliest for e in story.events if e.date and e.date.source == "clause"}
    assert {"2023-03-05", "2023-03-08"} <= dates  # two incidents, two days apart
    assert [lk.type for lk in story.claim_links] == ["supports"]
    assert "164 killed" in (story.claim_links[0].reason or "")


def test_link_contents_with_figures_none_in_common_are_no_one_proposition(build: Build) -> None:
    # close words, but one gives 19 gunmen dead and three taken, the other 24 gunmen dead
    story = build("The prime minister said 19 of the gunmen who stormed the Keldor gas plant were killed and three "
                  "captured alive.",
                  "Twenty-four gunmen who stormed the Keldor gas plant were killed, the interior ministry said.",
                  days=("2023-03-11", "2023-03-11"))
    assert not links_of(story, "supports")


def test_days_apart_of_a_text_without_its_date_are_none() -> None:
    lk = _CloseCallLinker(("the bridge would stay closed", "the bridge is to remain shut"), step=0.6, exact=0.8)
    lk.when = [("2023-03-06", "a0", 0), ("2023-03-20", "a1", 0)]
    assert _days_apart(lk, 0, 1) == 14  # type: ignore[arg-type]
    lk.when[1] = ("", "a1", 0)  # a pasted text without its date: nothing says the statements are apart
    assert _days_apart(lk, 0, 1) == 0  # type: ignore[arg-type]


def test_link_a_corrected_figure_contradicts_the_claim_giving_it(build: Build) -> None:
    story = build("A parent said the gunmen kidnapped at least 160 pupils from the Tarsk school.",
                  "A presidential aide, Ivo Rask, said 90 pupils were kidnapped from the Tarsk school and not 160 "
                  "as first claimed.",
                  days=("2031-03-07", "2031-03-08"))
    parent, aide = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "contradicts") == [(aide.id, parent.id)], [(c.content, c.event) for c in story.claims]


def test_link_a_rejected_figure_contradicts_the_claim_giving_it_and_supports_nothing(build: Build) -> None:
    story = build("The regional police chief, Ivo Rask, said that 4,000 people were killed in the province.",
                  "The president, Tomas Vell, said the number of 4,000 killed was too high and the toll was more "
                  "likely up to 1,200.")
    chief, president = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "contradicts") == [(president.id, chief.id)], [c.content for c in story.claims]
    assert not links_of(story, "supports")  # the figure the president rejects is no toll he gives


def test_link_a_sides_admission_contradicts_what_it_had_denied(build: Build) -> None:
    story = build("The Valdoran army said on Saturday that its air defences mistakenly shot down the airliner near "
                  "Tolvar. The Valdoran army had denied that a missile brought down the aircraft.")
    admitted, denied = claim_by_cue(story, "said"), claim_by_cue(story, "denied")
    assert denied.polarity == "deny"
    assert links_of(story, "contradicts") == [(admitted.id, denied.id)]


def test_link_an_admission_contradicts_what_the_side_first_said(build: Build) -> None:
    story = build("The Orvani government has finally acknowledged that the reporter was killed inside its embassy "
                  "in Sarn. The Orvani government initially said the reporter had left the embassy alive.")
    admitted, first = claim_by_cue(story, "acknowledged"), claim_by_cue(story, "said")
    assert links_of(story, "contradicts") == [(admitted.id, first.id)]


def test_no_link_a_sides_answer_to_an_accusation_it_had_called_absurd(build: Build) -> None:
    story = build("Velmora has expelled 20 Norlandian diplomats in retaliation for the expulsions by Lesk, the "
                  "Velmoran foreign ministry said on Sunday. The Velmoran foreign ministry had said earlier the "
                  "Norlandian accusations were absurd, and Velmora would hit back hard.")
    assert links_of(story, "contradicts") == []


def test_no_link_a_side_telling_its_earlier_word_again_or_another_side(build: Build) -> None:
    story = build("The Valdoran army said on Monday that the airliner crashed after an engine fire near Tolvar. "
                  "The Valdoran army had said on Sunday that the airliner crashed after an engine fire. "
                  "The pilots' union had denied that the crew ignored a warning light.")
    assert links_of(story, "contradicts") == []


def test_link_across_claim_blocks_weighs_exact_vectors(analyzer: Analyzer, resources: Resources,
                                                       make_article: Callable[..., Article],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A large corpus looks for its claims' close and nearest neighbours block by block (story clusters packed
    together); a candidate pair across two blocks that is a close call still gets MiniLM vectors for both
    contents, and the paraphrase links as it does in one block. A content with no close candidate keeps its
    static vector."""
    texts = ("Police said that the fire destroyed the old town hall in Tarsk on Sunday night.",
             "Firefighters said the blaze destroyed the old town hall of Tarsk late on Sunday.",
             "The coach said that the team had trained hard for the final in Orvani.")
    arts = [make_article(t, id=f"a{i}", outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    analyses = {a.article: a for a in analyzer.analyze_many(arts)}

    def run(bound: int) -> tuple[Story, np.ndarray]:
        monkeypatch.setattr(claim_links, "BLOCK_CLAIMS", bound)
        ctx = FuseContext(config=Config(fuse_steps=("entities", "claims")), resources=resources,
                          articles={a.id: a for a in arts}, analyses=analyses, new=set(analyses))
        ctx.story.stories = [StoryCluster("s0", "", ("a0",)), StoryCluster("s1", "", ("a1", "a2"))]
        story = fuse(ctx)
        return story, claim_links.Linker(ctx, story.claims).vecs  # type: ignore[return-value]

    whole, one_block = run(100)
    split, blocked = run(1)
    assert [(lk.from_, lk.to, lk.type) for lk in split.claim_links] == \
        [(lk.from_, lk.to, lk.type) for lk in whole.claim_links] != []
    exact = resources.embedder.encode([c.content[:claim_links._EMBED_CHARS] for c in split.claims])
    static = resources.static_embedder.encode([split.claims[2].content[:claim_links._EMBED_CHARS]])
    assert np.allclose(blocked[:2], exact[:2], atol=1e-6) and np.allclose(blocked, one_block, atol=1e-6)
    assert np.allclose(blocked[2], static[0], atol=1e-6)


def test_link_the_accused_naming_another_culprit_contradicts_the_accusation(build: Build) -> None:
    story = build("The Tavro Front has blamed the Norland army for the blast at the Sarn hospital. But the Norland "
                  "army said it was the result of a failed rocket launch by the Orsk Brigade.")
    blamed, answer = claim_by_cue(story, "blamed"), claim_by_cue(story, "said")
    assert blamed.involvement and not answer.involvement  # the answer names its culprit without an act verb
    assert links_of(story, "contradicts") == [(answer.id, blamed.id)]


def test_no_link_the_accused_naming_no_other_culprit(build: Build) -> None:
    story = build("The Tavro Front has blamed the Norland army for the blast at the Sarn hospital. The Norland "
                  "army said the blast at the hospital was investigated by its own engineers on Monday.",
                  "The Tavro Front has blamed the Norland army for the blast at the Sarn hospital. Ten doctors "
                  "said that 40 people were killed in the Norland army's shelling of Sarn, which was condemned "
                  "by the Orsk Brigade.")
    assert links_of(story, "contradicts") == []


def test_link_two_speakers_clearing_one_party_support_each_other(build: Build) -> None:
    story = build("The Estmark foreign ministry said on Monday that Norland had no involvement whatsoever in the "
                  "attack on the Sarn bridge.",
                  "Officials in Valdora said there was no Norland involvement in the attack on the Sarn bridge.")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert a.polarity == b.polarity == "deny" and a.negated and b.negated
    assert links_of(story, "supports") == [(b.id, a.id)]




def test_link_a_speaker_without_a_side_quoting_one_clause_of_a_statement_supports_it(build: Build) -> None:
    story = build("The Valdoran interior ministry said the two drones were shot down over the presidential palace "
                  "by air defence units, and nobody was hurt.",
                  "The news agency reported: \"The two drones were shot down over the presidential palace by air "
                  "defence units. Engineers will inspect the roof of the old library, and schools in the capital "
                  "will stay closed while police search the river banks for debris.\"")
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "reported", "a1")
    assert b.speaker is None  # an agency we cannot place: it may be the ministry's voice
    assert links_of(story, "supports") == [(b.id, a.id)]


def test_a_speaker_without_a_side_is_compared_clause_by_clause_only_with_contents_sharing_words(
        build: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most pairs of an unplaced speaker's claim in a pile of unrelated reports share no words: their clauses
    are not encoded (on 1,000 Reuters articles that was 60,000 comparisons and doubled the claims step)."""
    from storyline.fuse.claim_links import Linker

    compared: list[tuple[int, int]] = []
    clause_sim = Linker.clause_sim

    def counting(self: Linker, i: int, j: int) -> tuple[float, float]:
        compared.append((i, j))
        return clause_sim(self, i, j)

    monkeypatch.setattr(Linker, "clause_sim", counting)
    story = build("The Valdoran interior ministry said the two drones were shot down over the presidential palace "
                  "by air defence units, and nobody was hurt.",
                  "The news agency reported that grain exports from the northern ports rose by a tenth in May, "
                  "and that freight rates fell.")
    assert claim_by_cue(story, "reported", "a1").speaker is None
    assert links_of(story, "supports") == [] and compared == []


def test_link_one_speakers_pleas_in_two_articles_support_each_other(build: Build) -> None:
    story = build("Senator Orla Venn pleaded not guilty on Friday to charges of taking bribes from a shipping firm.",
                  "\"I am absolutely innocent,\" Orla Venn said after the hearing in Sarn.",
                  days=("2031-05-01", "2031-05-02"))
    pleaded = claim_by_cue(story, "pleaded", "a0")
    innocent = next(c for c in story.claims if c.article == "a1" and "innocent" in c.content)
    assert pleaded.polarity == innocent.polarity == "deny"
    assert (innocent.id, pleaded.id) in links_of(story, "supports")


def test_link_a_sides_own_act_supports_the_account_naming_it_the_doer(build: Build) -> None:
    story = build("Estmark said on Tuesday that it believes Valdora shelled the bus convoy near Sarn.",
                  "Valdora said on Saturday that its artillery mistakenly shelled the bus convoy near Sarn, "
                  "killing 30 people.",
                  days=("2031-05-02", "2031-05-06"))
    accounts = {c.id for c in story.claims if c.article == "a0" and c.content.startswith("Valdora shelled")}
    own = next(c for c in story.claims if c.article == "a1" and "shelled" in c.content)
    assert own.stance == "responsibility" and accounts
    assert {(own.id, a) for a in accounts} & set(links_of(story, "supports"))


def test_link_one_sides_two_denials_of_one_claim_support_each_other(build: Build) -> None:
    # a claim noun and a dismissive word say too little to compare: what they deny makes them one denial
    story = build("Norland accused Velmora of planning the attack on the Eskar dam. "
                  "Velmora rejected the charge on Tuesday.",
                  "Norland accused Velmora of planning the attack on the Eskar dam. "
                  "The Velmora government dismissed the accusation as ridiculous.")
    first, second = claim_by_cue(story, "rejected"), claim_by_cue(story, "dismissed")
    assert first.polarity == "deny" and second.polarity == "deny"
    supports = links_of(story, "supports")
    assert (second.id, first.id) in supports or (first.id, second.id) in supports


def test_a_described_speaker_is_the_person_the_story_resolves_the_description_to(build: Build) -> None:
    # "Velmar's interior minister" names no one in its article; across the story one person holds that office
    story = build("Velmar's Interior Minister Oda Rask said on Monday that the gunmen had crossed from Tarsk.",
                  "Tarsk rejected an accusation by Velmar's interior minister that it had sheltered the gunmen.")
    rask = next(e.id for e in story.entities if e.name == "Oda Rask")
    described = [c for c in story.claims if (c.speaker_text or "").lower() == "velmar's interior minister"]
    assert described and all(c.speaker == rask for c in described)


def test_no_contradiction_between_two_outlets_not_only_but_paraphrases(build: Build) -> None:
    story = build('"Accepting responsibility by this organisation for the blast is not only surprising but '
                  'ridiculous," the spokesman said in a statement.',
                  '"Accepting responsibility for the attack by this organisation is not just surprising, but also '
                  'ridiculous," the spokesperson said.')
    assert links_of(story, "contradicts") == []


_RETOLD_FIRST = ("VESKA - Interior Minister Dorun Kessa said the car bombing in Tarsk on Saturday was carried out by "
                 "men working for cells run by the {party}.")
_RETOLD_SECOND = ("VESKA - Two car bombs killed 40 people in Tarsk on Saturday. \"We know who carried out this attack. "
                  "We have learned that they belong to cells backing the government in Norvik,\" {speaker} said.")


def test_link_supports_one_speakers_account_of_who_did_it_retold_naming_other_entities(build: Build) -> None:
    # one minister on one bombing, two wordings that name the culprit's state by two of its entities: one statement
    story = build(_RETOLD_FIRST.format(party="Norvik Intelligence Ministry"),
                  _RETOLD_SECOND.format(speaker="Interior Minister Dorun Kessa"))
    first, second = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert (second.id, first.id) in links_of(story, "supports")


def test_no_support_between_one_speakers_accounts_naming_parties_of_two_states(build: Build) -> None:
    story = build(_RETOLD_FIRST.format(party="Tavra Front"),
                  _RETOLD_SECOND.format(speaker="Interior Minister Dorun Kessa"))
    first, second = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert (second.id, first.id) not in links_of(story, "supports")


_ONE_DOER = ("Cabinet spokesman Hal Brenner blamed followers of President Amon Grell for the twin bombings in Tarsk on "
             "Sunday that killed 40 people. The Unity Council, the largest opposition bloc, said {doer} were "
             "responsible for the bombings.")


def test_link_supports_two_sides_of_one_article_naming_one_doer(build: Build) -> None:
    story = build(_ONE_DOER.format(doer="followers of President Amon Grell"))
    blamed, said = claim_by_cue(story, "blamed"), claim_by_cue(story, "said")
    assert (said.id, blamed.id) in links_of(story, "supports")


def test_no_support_between_two_sides_of_one_article_naming_two_doers(build: Build) -> None:
    story = build(_ONE_DOER.format(doer="fighters of the Tavro Front"))
    blamed, said = claim_by_cue(story, "blamed"), claim_by_cue(story, "said")
    assert (said.id, blamed.id) not in links_of(story, "supports")


@pytest.mark.parametrize(("phrase", "names", "speaker"), [
    # the head's own name, not what it is sent to or where it sits
    ("Norland's delegation to the Tarsk Council", ("Norland", "Tarsk Council"), "Norland"),
    ("the Orsk Front in Lesk Valley Province, an alliance of bands", ("Orsk Front", "Lesk Valley Province"),
     "Orsk Front"),
    # the owner after "of" speaks through its ministry
    ("the Foreign Ministry of Norland", ("Norland",), "Norland"),
    # a name told only after "in": no speaker
    ("the delegation in Lesk", ("Lesk",), None),
])
def test_speaker_entity_of_a_phrase_without_its_own_name_is_decided_by_its_head(
        resources: Resources, make_article: Callable[..., Article], phrase: str, names: tuple[str, ...],
        speaker: str | None) -> None:
    text = f"{phrase} said the talks would resume."
    mentions = tuple(Mention("a0", text.index(n), text.index(n) + len(n), n, "ORG") for n in names)
    ctx = FuseContext(config=Config(), resources=resources, articles={"a0": make_article(text, id="a0")},
                      analyses={"a0": ArticleAnalysis("a0", "", mentions=mentions)},
                      mention_entity={("a0", m.start, m.end): m.text for m in mentions})
    claim = Claim(id="a0:cl0", article="a0", start=0, end=len(text), speaker=None, speaker_text=phrase, cue="said",
                  content="the talks would resume", speaker_start=0, speaker_end=len(phrase),
                  speaker_type="organization")
    assert speaker_entity(ctx, claim) == speaker


_PLACES = ("A rocket hit a fuel depot near the frontier of Norland and Estmark on Sunday, wounding two guards. "
           "The Norlandian defence ministry said the explosion happened in Estmark; Estmarki army officers said "
           "{second}. Each government blamed the other for the strike.")


def test_link_two_sides_placing_one_act_in_two_countries_contradict(build: Build) -> None:
    story = build(_PLACES.format(second="it fell inside Norland, two kilometres from the frontier"))
    first = next(c for c in story.claims if "happened in Estmark" in c.content)
    second = next(c for c in story.claims if "inside Norland" in c.content)
    assert (second.id, first.id) in links_of(story, "contradicts")


@pytest.mark.parametrize("second", [
    "it fell near Lesk",  # a city lies in some country: no disagreement known
    "the inspectors were in Norland",  # not the act
])
def test_no_link_a_place_that_is_no_other_country_of_the_act(build: Build, second: str) -> None:
    assert links_of(build(_PLACES.format(second=second)), "contradicts") == []


_HOSTAGES = ("Gunmen stormed the Orsk copper mine on Friday. Officials said the gunmen were holding {held} "
             "miners after the raid on the mine. The Tavro Front said its fighters had carried out the raid on "
             "the mine, seizing six captives — three engineers, two drivers and a cook.")


def test_link_a_part_counted_above_its_whole_by_another_side_contradicts(build: Build) -> None:
    story = build(_HOSTAGES.format(held="at least eight"))
    officials, front = sorted(story.claims, key=lambda c: c.start)
    assert links_of(story, "contradicts") == [(front.id, officials.id)]
    # four of the six held may be miners: no disagreement
    assert links_of(build(_HOSTAGES.format(held="four")), "contradicts") == []


def test_negation_pair_asks_minilm_nothing_when_no_bar_is_in_reach(resources: Resources, encoded: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A negated answer to a claim is weighed on exact vectors; when the two share too few words for any bar of the
    rebuttal or the negation, and the negation is not of the claim's own predicate, no cosine could make a link."""
    from storyline.fuse import claims as claims_step

    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())
    contents = ("the harbour guild raised the tolls on the northern canal",
                "nobody in Velmont had ever seen such a storm",
                "the harbour guild did not raise the tolls on the northern canal")
    claims = [Claim(f"a{k}:cl0", f"a{k}", 0, 1, f"ent:side{k}", f"Side {k}", "said", text, negated=k > 0)
              for k, text in enumerate(contents)]
    lk = claim_links.Linker(ctx, claims)
    monkeypatch.setattr(claims_step, "answers", lambda lk, n, p: True)
    monkeypatch.setattr(claims_step, "_about_doer", lambda lk, n, p: True)
    encoded.clear()  # from here on: what judging the pairs asks for
    claims_step._negation_pair(lk, 0, 1)
    assert encoded == [] and not lk.links
    claims_step._negation_pair(lk, 0, 2)  # a rebuttal in the claim's own words: weighed, and linked
    assert set(encoded) <= set(contents) and [x.type for x in lk.links.values()] == ["denies"]


def test_unnamed_spokesman_speaks_for_the_body_told_speaking_before_him(build: Build) -> None:
    story = build("Floods cut the road to the Eskar dam on Monday, a radio station said. On Tuesday the Velmora water "
                  "ministry denied the report. A water ministry spokesman said the dam was still open to traffic. He "
                  "said the sluices were open.")
    ministry = next(c for c in story.claims if c.speaker_text == "the Velmora water ministry")
    spokesman = next(c for c in story.claims if c.speaker_text == "A water ministry spokesman")
    he = next(c for c in story.claims if c.speaker_text == "He")
    assert ministry.speaker is not None and spokesman.speaker == he.speaker == ministry.speaker


@pytest.mark.parametrize("texts", [
    # one speaker's statement, two outlets' wordings, no incident of its own in either: no fused event ties them
    ("Prime Minister Ora Vance said on Monday that the cabinet would cut the fuel tax by half before the winter.",
     "The government is going to halve the tax on fuel ahead of winter, Prime Minister Ora Vance told lawmakers."),
    ("Health Minister Tomas Lind said hospitals in the north were overwhelmed by the number of injured people.",
     "Northern hospitals are struggling to cope with the flood of wounded, Health Minister Tomas Lind told reporters."),
])
def test_link_one_speakers_statement_retold_across_outlets_without_one_event(build: Build,
                                                                              texts: tuple[str, str]) -> None:
    story = build(*texts, days=("2023-03-06", "2023-03-07"))
    first, second = (c for c in story.claims if c.article == "a0"), (c for c in story.claims if c.article == "a1")
    pairs = {(b.id, a.id) for a in first for b in second}
    assert pairs & set(links_of(story, "supports"))


def test_no_link_one_speakers_two_statements_of_one_speech(build: Build) -> None:
    # one speaker, one day, one subject, two things said: not one statement retold
    story = build("Prime Minister Ora Vance said the police had never been ordered to fire on the marchers.",
                  "Prime Minister Ora Vance said the bullets that hit the marchers came from rifles the police do not "
                  "carry, and called for an inquiry.", days=("2023-03-06", "2023-03-07"))
    assert not links_of(story, "supports")


def test_link_one_speakers_negated_statement_in_two_wordings(build: Build) -> None:
    # "we do not trust them" told by two outlets in two wordings, one negating its main verb ("do not believe"),
    # the other its object ("have no trust": a verb of state, an assertion whose predicate is not negated)
    story = build("Foreign Minister Kaspar Orn said: \"We have no trust in Norvik. Nothing they have done shows they "
                  "are sincere about talks.\"",
                  "\"We do not believe Norvik is acting in good faith, judging by what it has done,\" Foreign Minister "
                  "Kaspar Orn said.", days=("2023-03-06", "2023-03-06"))
    a, b = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert not links_of(story, "denies")
    assert {(b.id, a.id), (a.id, b.id)} & set(links_of(story, "supports"))


def test_no_link_one_speakers_statement_and_its_negation(build: Build) -> None:
    # one content negated, the other saying no negation at all: a speaker who changed his mind is not retelling
    story = build("Foreign Minister Kaspar Orn said his delegation will attend the talks in Norvik next week.",
                  "Foreign Minister Kaspar Orn said his delegation will not attend the talks in Norvik next week.",
                  days=("2023-03-06", "2023-03-07"))
    assert not links_of(story, "supports")


def test_no_link_one_speakers_like_statements_weeks_apart(build: Build) -> None:
    story = build("Health Minister Tomas Lind said hospitals in the north were overwhelmed by the number of injured "
                  "people.", "Northern hospitals are struggling to cope with the flood of wounded, Health Minister "
                  "Tomas Lind told reporters.", days=("2023-03-06", "2023-03-20"))
    assert not links_of(story, "supports")


@pytest.mark.parametrize(("doer", "linked"), [("infiltrators", True), ("agents of Norvik", False)])
def test_link_one_speakers_account_of_who_did_it_retold_as_a_statement_naming_no_one_else(
        build: Build, doer: str, linked: bool) -> None:
    # an account of who did it and a statement of the same speaker: one statement retold when the account names no
    # one the statement does not ("infiltrators" / "Infiltrators turned ..."), not when it names a party
    story = build(f"Mayor Ilse Dorn said {doer} were behind the violence that broke out at the peaceful rally on "
                  "Sunday.", "Infiltrators turned the peaceful rally violent on Sunday, Mayor Ilse Dorn told "
                  "reporters.", days=("2023-03-06", "2023-03-07"))
    account, told = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "told", "a1")
    assert account.involvement
    assert ((told.id, account.id) in links_of(story, "supports")) is linked


# --------------------------------------------------------------------------- round 26: hedged vs flat, counted doers
_HEDGED_AGAINST_FLAT = [
    ("The transport ministry said the fire at the Kestin bus depot was possibly accidental.",
     "The drivers' union said the fire at the Kestin bus depot was no accident and blamed the management."),
    ("The mayor of Orvel said the collapse of the river embankment on Sunday night was under investigation. "
     "\"It could have been caused by the heavy rain,\" she added.",
     "Engineers who built the embankment said its collapse was not caused by rain, pointing to illegal sand mining "
     "upstream."),
    ("A court spokesman said the disappearance of the evidence files from the registry was being examined. He said "
     "it might have been a clerical error.",
     "Defence lawyer Mara Velt told reporters the loss of the evidence files from the registry was no clerical error."),
    ("Norvia's trade minister Pavel Dorn said the halt of grain shipments at the Velia border crossing was "
     "regrettable. He said it was possibly a technical problem with customs software.",
     "Velian farmers' leader Ruth Amsel said the halt of grain shipments at the border was not a technical problem "
     "but a political decision."),
]


_HEDGED_AGAINST_OTHER_CAUSE = [
    ("The transport ministry said the fire at the Kestin bus depot was possibly accidental.",
     "The drivers' union said the fire at the Kestin bus depot was set deliberately to destroy the records."),
    ("A police spokesman said the shot that killed the student in Harlow might have been accidental.",
     "The family's lawyer Omar Venn said the officer fired at the student in Harlow deliberately."),
    ("The Velian coast guard said the collision with the Norvian trawler near Kesh island could have been an "
     "accident.", "Norvia's fisheries minister Ada Lund said the Velian patrol boat rammed the trawler near Kesh "
                  "island deliberately."),
]


@pytest.mark.parametrize(("hedged", "flat"), _HEDGED_AGAINST_OTHER_CAUSE)
def test_link_hedged_cause_contradicted_by_another_sides_account_of_the_other_cause(build: Build, hedged: str,
                                                                                     flat: str) -> None:
    # "may have been accidental" against "was set deliberately": the other kind of cause, told flatly
    story = build(hedged, flat)
    a, b = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert (b.id, a.id) in links_of(story, "contradicts")
    assert not links_of(story, "supports")


def test_no_contradiction_of_a_hedged_cause_by_another_deliberate_act(build: Build) -> None:
    story = build(_HEDGED_AGAINST_OTHER_CAUSE[0][0],
                  "The opposition said the government had deliberately delayed the budget vote in parliament.")
    assert not story.claim_links


@pytest.mark.parametrize(("hedged", "flat"), _HEDGED_AGAINST_FLAT)
def test_link_hedged_account_contradicted_by_another_sides_flat_negation(build: Build, hedged: str,
                                                                          flat: str) -> None:
    # one side holds it possible ("may have been", "possibly"), another negates it flatly: a contradiction, whether
    # the hedged content names its subject or says "it" after a sentence that does
    story = build(hedged, flat)
    hedge = next(c for c in story.claims if c.article == "a0" and c.hedged)
    negation = next(c for c in story.claims if c.article == "a1")
    assert negation.negated and not hedge.negated
    assert (negation.id, hedge.id) in links_of(story, "contradicts")
    assert not [p for p in links_of(story, "supports") if negation.id in p]


@pytest.mark.parametrize(("hedged", "other"), [
    # the negated word is the hedged one's, about another matter of the story
    (_HEDGED_AGAINST_FLAT[1][0], "Residents said the power cut in the eastern district of Orvel on Monday was not "
                                 "caused by the storm but by a failed transformer."),
    (_HEDGED_AGAINST_FLAT[2][0], "The prosecutor said the delay in the defendant's release from custody was no "
                                 "clerical error but a deliberate decision by the prison."),
    # another matter with the same verb
    ("The Corvex chief executive said up to 300 jobs could be lost after the merger with Dalton.",
     "The election commission said the ballots from the Dunmore district were not lost in transit."),
    # one voice correcting itself is no contradiction between sides
    ("The transport ministry said the fire at the Kestin bus depot was possibly accidental.",
     "The transport ministry said the fire at the Kestin bus depot was not accidental."),
])
def test_no_contradiction_of_a_hedge_by_another_matter_or_its_own_voice(build: Build, hedged: str, other: str) -> None:
    assert not links_of(build(hedged, other), "contradicts")


def test_negation_contradicts_only_what_the_other_content_says(build: Build) -> None:
    # "was no clerical error" and "was being examined" are about the same files and negate nothing of each other
    story = build("A court spokesman said the disappearance of the evidence files from the registry was being "
                  "examined.", "Defence lawyer Mara Velt told reporters the loss of the evidence files from the "
                  "registry was no clerical error.")
    assert not links_of(story, "contradicts") and not links_of(story, "supports")


def test_link_two_sides_naming_different_doers_when_one_counts_them(build: Build) -> None:
    # "12 Tarskese drones struck": the count before the name opens the doer's phrase
    story = build("Ostrian military officials said 12 Tarskese drones struck a fuel depot in the border town of Melk "
                  "on Sunday.", "The Tarskese government accused Ostria of bombing its own fuel depot in Melk on "
                  "Sunday.")
    told, accused = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "accused", "a1")
    assert (accused.id, told.id) in links_of(story, "contradicts")


def test_link_one_speakers_statement_retold_in_other_words_supports_its_closest(build: Build) -> None:
    # a strike: the union leader's statement told in two outlets with no word in common; her other statement of the
    # first article is not what the second tells
    story = build("Union leader Mara Voss said the strike at the Tarvin docks would go on until the port company "
                  "raised its wage offer. She also said members had voted by a large majority to walk out.",
                  "Union leader Mara Voss said the dockers would stay out until a better pay deal was on the table.",
                  days=("2031-05-02", "2031-05-02"))
    first = next(c for c in story.claims if c.article == "a0" and "strike" in c.content)
    vote = next(c for c in story.claims if c.article == "a0" and "voted" in c.content)
    second = next(c for c in story.claims if c.article == "a1")
    links = [lk for lk in story.claim_links if lk.type == "supports"]
    assert [(lk.from_, lk.to) for lk in links] == [(second.id, first.id)]
    assert "closest" in (links[0].reason or "")
    assert not [lk for lk in story.claim_links if vote.id in (lk.from_, lk.to)]


def test_no_link_one_speakers_figures_of_two_reports_or_a_negated_retelling(build: Build) -> None:
    # a flood: one governor's two counts of flooded homes are two reports, not one statement told twice
    flood = build("The regional governor, Ilka Sandor, said the river had flooded 40 homes in Brenn overnight.",
                  "The regional governor, Ilka Sandor, said 120 homes in Brenn were under water.",
                  days=("2031-05-02", "2031-05-02"))
    assert links_of(flood, "supports") == []
    # a strike: a negated wording is not aligned with an asserted one
    strike = build("Union leader Mara Voss said the strike at the Tarvin docks would go on until the port company "
                   "raised its wage offer.",
                   "Union leader Mara Voss said the dockers would not return to work before a better pay deal was on "
                   "the table.", days=("2031-05-02", "2031-05-02"))
    assert links_of(strike, "supports") == []


def test_no_link_one_speakers_two_statements_sharing_only_a_name(build: Build) -> None:
    # a fraud trial: the prosecutor's two statements about one place told in two outlets are two statements; a
    # retelling keeps a word, or a word of one sense, besides the names
    story = build("Prosecutor Lena Marsh said the defendant had hidden the money in accounts in Lorsa.",
                  "Prosecutor Lena Marsh said the accountant forged the signatures on the Lorsa transfers.",
                  days=("2031-05-02", "2031-05-02"))
    assert links_of(story, "supports") == []


def test_link_one_speakers_statement_retold_read_as_negated_in_one_outlet_only(build: Build) -> None:
    # one quotation told by two outlets, its "cannot" read as the main predicate's negation in one of them only
    story = build("\"The farmers are tired of being ignored. We cannot let this go on,\" said Ana Vell, leader of the "
                  "Green League.",
                  "\"The farmers are tired of being ignored (…) We cannot leave things as they are,\" said Ana Vell, "
                  "leader of the Green League, on Monday.", days=("2023-03-06", "2023-03-06"))
    first, second = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert first.negated != second.negated
    assert links_of(story, "supports") == [(second.id, first.id)]


def test_negations_alike() -> None:
    assert negations("We can't go on, and nobody cannot see it") == ("not", "nobody", "not")
    assert negations_alike("We cannot let this go on", "we can not leave things as they are")
    assert negations_alike("police did not fire a shot", "he heard shots, but said police didn’t fire")
    assert not negations_alike("the bridge will not reopen", "the bridge will reopen")
    assert not negations_alike("the bridge will never reopen", "the bridge will not reopen")
    assert not negations_alike("the bridge will reopen", "the road will reopen")  # no negation: nothing to align


def test_link_one_speakers_statement_within_a_longer_content_of_his_supports(build: Build) -> None:
    # "had acted alone" told alone in one outlet, and beside another thing he said in the other: the longer content's
    # other words keep the cosine of the whole under the paraphrase bars; most of the shorter one's words are there
    texts = ("Interior Minister Lea Varn said the suspect, who was arrested at the scene, had acted alone.",
             "The suspect in the shooting of Tarsk mayor Ivo Dren acted alone and had taken part in farm protests, "
             "Interior Minister Lea Varn said.")
    story = build(*texts, days=("2023-03-06", "2023-03-06"))
    alone, both = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert [lk.reason for lk in story.claim_links if lk.type == "supports"] == [
        "one side's statement within another content of its in another article (3 of its words, cosine 0.55)"]
    assert links_of(story, "supports") == [(both.id, alone.id)]
    assert not links_of(build(*texts, days=("2023-03-06", "2023-03-20")), "supports")  # weeks apart: two statements


def test_no_contained_statement_of_shared_names(build: Build) -> None:
    # one speaker, one day: the suspect's name and one common word shared, two things said (the names count for
    # nothing in the share of words; other rules weigh the pair as a whole)
    story = build("Interior Minister Lea Varn said the suspect Ivo Dren had acted alone.",
                  "Interior Minister Lea Varn said the suspect Ivo Dren had been charged with attempted murder and "
                  "would appear in court on Friday.", days=("2023-03-06", "2023-03-06"))
    assert not [lk for lk in story.claim_links if "within another content" in (lk.reason or "")]


def test_link_one_sides_statement_within_its_spokesmans_longer_content_supports(build: Build) -> None:
    # the body and its spokesman are two speakers of one side: the body's statement told again inside his
    story = build("The Norvik Foreign Office said the strike had targeted a refugee camp in the Tarsk valley.",
                  "Foreign Office spokesman Ivo Dren said Norvik sticks to its stance that the recent drone strike "
                  "targeted a refugee camp near the border.", days=("2023-03-06", "2023-03-07"))
    office, spokesman = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert office.speaker != spokesman.speaker
    assert links_of(story, "supports") == [(spokesman.id, office.id)]
    assert [lk.reason for lk in story.claim_links] == [
        "one side's statement within another content of its in another article (4 of its words, cosine 0.63)"]




def test_link_one_sides_statement_told_in_other_words_supports_by_word_sense(build: Build) -> None:
    """One speaker's verdict told alone in one outlet and with what it is about in another: too few words for the
    paraphrase bars, but each content's words are the other's or close in sense."""
    texts = ("Mara Velt said it was deeply unfair.",
             "Mara Velt said the toll plan was deeply unfair for the villages of the north.")
    story = build(*texts)
    first, second = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "supports") == [(second.id, first.id)]
    assert "words of one sense" in (story.claim_links[0].reason or "")
    other = build("Tomas Ardel said it was deeply unfair.", texts[1])  # another speaker: not one statement
    assert links_of(other, "supports") == []


def test_link_one_sides_statement_with_its_subject_described_otherwise_supports(build: Build) -> None:
    """One police chief's announcement told by two outlets, one describing the accused and one naming him: the
    subjects' words keep the whole contents apart, the predicates say one thing."""
    texts = ("Police Commissioner Tomas Varga said a man in his late 20s had been charged with murder and would "
             "appear in court.",
             "The suspected gunman, Erik Mallon, has been charged with murder, Police Commissioner Tomas Varga said.")
    story = build(*texts, days=("2031-05-10", "2031-05-11"))
    first, second = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert links_of(story, "supports") == [(second.id, first.id)]
    assert "subject described otherwise" in (story.claim_links[0].reason or "")
    # weeks apart: two statements
    assert links_of(build(*texts, days=("2031-05-10", "2031-06-20")), "supports") == []
    # two descriptions with no word in common are two subjects, however alike their predicates
    other = build("Police Commissioner Tomas Varga said the driver of the van had been charged with murder and would "
                  "appear in court.", texts[1].replace("The suspected gunman, Erik Mallon,", "His brother"),
                  days=("2031-05-10", "2031-05-11"))
    assert links_of(other, "supports") == []


def test_quoted_passages() -> None:
    assert quoted_passages('the strike "carried out by the mission this morning, which hit a depot') == (
        ("carried", "out", "by", "the", "mission", "this", "morning", "which", "hit", "a", "depot"),)
    assert quoted_passages("the drones “hit a grain depot” near the border") == (("hit", "a", "grain", "depot"),)
    # a content opening inside a quotation: the words up to its closing mark are quoted
    assert quoted_passages('caused a lot of damage," Vell said. "We will answer') == (
        ("caused", "a", "lot", "of", "damage"), ("we", "will", "answer"))
    assert quoted_passages("We will answer") == ()  # a direct quotation read without its marks: no quoted words
    assert quoted_passages("the strike hit a depot") == ()


def test_link_one_statement_quoted_by_two_outlets_supports_whoever_speaks(build: Build) -> None:
    # two outlets quote the same words of one ministry, each naming it its own way: two speakers to the linker, whose
    # contents' other words keep the cosine under the paraphrase bars
    story = build('The Norvik Foreign Office said the strike, "carried out by the coalition this morning, hit a '
                  'grain depot in the valley".',
                  'Missiles fired by unmanned aircraft "hit a grain depot in the valley" of Tarsk, officials in the '
                  'capital said in a statement.', days=("2023-03-06", "2023-03-06"))
    first, second = (next(c for c in story.claims if c.article == k) for k in ("a0", "a1"))
    assert [lk.reason for lk in story.claim_links if lk.type == "supports"] == [
        "the same words quoted in another article (7 words in a row)"]
    assert links_of(story, "supports") == [(second.id, first.id)]


def test_link_one_direct_quotation_given_whole_and_after_another_sentence_supports(build: Build) -> None:
    # one outlet quotes the sentence alone, another after a sentence of the speaker's before it (in straight single
    # marks); the pronoun speaker resolves to the governor named before it: ten words or more in a row decide
    story = build('"If that was the case, then they would have walked into the flood," Orvo Lind explained at the '
                  'press conference.',
                  "Lind defended his record at the press conference held by Governor Tessa Varn.\n\n'Had we rung the "
                  "bells that night, we're afraid that people would have gone up the valley [toward the dam] and if "
                  "that was the case, then they would have walked into the flood,' he said.",
                  days=("2023-08-17", "2023-08-18"))
    first = next(c for c in story.claims if c.article == "a0")
    second = next(c for c in story.claims if c.article == "a1" and "walked into the flood" in c.content)
    assert first.direct_quote and second.direct_quote
    assert links_of(story, "supports") == [(second.id, first.id)]


def test_no_link_of_two_statements_sharing_four_quoted_words(build: Build) -> None:
    # four words in a row are a phrase two statements can share ("an act of war"), not one statement quoted twice
    story = build('Norvik said the film would be "an act of war we will never tolerate".',
                  'Norvik called the broadcast "an act of war" against its people and said it would answer.',
                  days=("2023-03-06", "2023-03-06"))
    assert not [lk for lk in story.claim_links if "quoted" in (lk.reason or "")]



_BODIES = {"org:min": {frozenset({"ministry", "of", "the", "interior", "and", "safety"})},
           "org:fm": {frozenset({"ministry", "of", "foreign", "affairs", "ostrian"})},
           "org:quake": {frozenset({"norland", "earthquake", "administration"})},
           "org:gov": {frozenset({"norland", "government"})}}
_TYPES = {"gpe:norland": "GPE", "norp:norlandian": "NORP", "person:kessa": "PERSON", **dict.fromkeys(_BODIES, "ORG")}


@pytest.mark.parametrize(("phrase", "owner", "speaker"), [
    # a body told by its owner and its kind's words: the story's one organization with all those words
    ("the Norlandian interior ministry", "norp:norlandian", "org:min"),
    ("Norland's earthquake administration", "gpe:norland", "org:quake"),
    # the kind alone names no one body: the owner stays
    ("The Norlandian government", "norp:norlandian", "norp:norlandian"),
    # no organization of the story has all the words
    ("Norland's education ministry", "gpe:norland", "gpe:norland"),
    # the one foreign ministry of the story is another state's
    ("Norland's foreign ministry", "gpe:norland", "gpe:norland"),
    # a person's words are his own
    ("the interior ministry", "person:kessa", "person:kessa"),
])
def test_body_told_by_its_owner_speaks_for_the_storys_body_of_that_kind(phrase: str, owner: str,
                                                                       speaker: str) -> None:
    claim = Claim(id="c", article="a", start=0, end=40, speaker=owner, speaker_text=phrase, cue="said",
                  content="the toll rose", speaker_type="nominal")
    states = {"org:fm": frozenset({"Ostria"})}
    countries = {"gpe:norland": "Norland", "norp:norlandian": "Norland"}
    assert _body_of_state(claim, _TYPES, _BODIES, states, countries).speaker == speaker


def test_aligned_statements_encode_their_contents_in_one_batch(resources: Resources,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A speaker's statements in two articles are compared each with each on MiniLM vectors: the contents not encoded
    yet go to MiniLM in one call, not pair by pair, and the links and the texts encoded are those of asking pair by
    pair."""
    from storyline.analyze.embed import Embedder

    contents = (("the strike at the Tarvin docks would go on until the port company raised its wage offer",
                 "members had voted by a large majority to walk out"),
                ("the dockers would stay out until a better pay deal was on the table",
                 "the union would meet the port company again next week"))
    claims = [Claim(f"a{a}:cl{k}", f"a{a}", 100 * k, 100 * k + 50, "e:voss", "Mara Voss", "said", text)
              for a, texts in enumerate(contents) for k, text in enumerate(texts)]
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())
    calls: list[list[str]] = []
    encode = Embedder.encode

    def counted(self: Embedder, batch: list[str], batch_size: int = 8) -> np.ndarray:
        calls.append(list(batch))
        return encode(self, batch, batch_size)

    monkeypatch.setattr(Embedder, "encode", counted)

    def aligned() -> tuple[list[tuple[str, str, str, float]], list[list[str]]]:
        lk = claim_links.Linker(ctx, claims)
        calls.clear()
        support_aligned_statements(lk)
        return [(x.from_, x.to, x.type, x.score) for x in lk.links.values()], list(calls)

    batched, batched_calls = aligned()
    monkeypatch.setattr(claim_links.Linker, "encode_contents", lambda self, ks: None)  # pair by pair, as it was
    single, single_calls = aligned()
    assert batched == single != []
    assert sorted(t for c in batched_calls for t in c) == sorted(t for c in single_calls for t in c)
    assert sorted(batched_calls[0]) == sorted(t for texts in contents for t in texts)  # at once
    assert len(single_calls) > len(batched_calls)


def test_longest_run_counts_a_passages_words_in_a_row_in_that_order() -> None:
    def _words(text: str) -> tuple[str, ...]:
        return tuple(text.split())

    words = _words("the ferry to velmont will sail again on friday and the ferry to lesk on monday")
    assert _longest_run(_words("ferry to velmont will sail"), words) == 5
    # "the ferry to lesk"; "will sail" comes elsewhere
    assert _longest_run(_words("the ferry to lesk will sail"), words) == 4
    assert _longest_run(_words("sail will velmont"), words) == 1  # out of order: one word at a time
    assert _longest_run(_words("no such words"), words) == 0
    assert _longest_run((), words) == _longest_run(("ferry",), ()) == 0


def test_longest_run_reads_a_contents_word_positions_once_and_the_step_empties_them() -> None:
    """Issue 11: the candidate pairs grow with the square of an incremental run's scope, and a content's word
    positions were made again for every pair it is in; they are made once per content (the same runs as every
    pair of positions compared) and emptied after the claims step."""
    def brute(passage: tuple[str, ...], words: tuple[str, ...]) -> int:
        return max([n for i in range(len(passage)) for j in range(len(words))
                    for n in range(1, min(len(passage) - i, len(words) - j) + 1)
                    if passage[i:i + n] == words[j:j + n]] + [0])

    text = "the ferry to velmont will sail again and the ferry to velmont will stay"
    words = tuple(text.split())
    passages = [tuple(p.split()) for p in ("ferry to velmont will stay", "the the ferry", "stay will", "to lesk",
                                           "velmont will sail again and the ferry")]
    _positions.cache_clear()
    assert [_longest_run(p, words) for p in passages] == [brute(p, words) for p in passages] == [5, 2, 1, 1, 7]
    info = _positions.cache_info()
    assert (info.misses, info.hits) == (1, len(passages) - 1)
    assert _positions in STEP_CACHES["claims"]
    release(FuseContext(config=Config(), resources=None, articles={}, analyses={}), "claims")  # type: ignore[arg-type]
    assert _positions.cache_info().currsize == 0


@pytest.mark.parametrize(("phrase", "told", "speaker"), [
    # the article names the body whose work the phrase tells, by another kind's word ("committee", not "agency")
    ("Norland's top investigative agency", {"org:inv", "org:gov"}, "org:inv"),
    # a body of the story the article does not name: the owner stays
    ("Norland's top investigative agency", {"org:gov"}, "gpe:norland"),
    # rank and ownership words alone tell no work ("the state agency"): the owner stays
    ("Norland's top state agency", {"org:inv", "org:gov"}, "gpe:norland"),
])
def test_body_of_a_state_speaks_for_the_body_its_article_names(phrase: str, told: set[str], speaker: str) -> None:
    bodies = {**_BODIES, "org:inv": {frozenset({"investigative", "committee"})}}
    claim = Claim(id="c", article="a", start=0, end=40, speaker="gpe:norland", speaker_text=phrase, cue="said",
                  content="the toll rose", speaker_type="nominal")
    types = {**_TYPES, "org:inv": "ORG"}
    assert _body_of_state(claim, types, bodies, {}, {"gpe:norland": "Norland"}, frozenset(told)).speaker == speaker


def test_the_group_is_no_police_force_the_entities_step_put_its_mention_with(build: Build) -> None:
    text = ("Ostria's information minister on Saturday said he doubts whether the attack in Valmo district on "
            "February 14 was the handiwork of the Tavro Front group. At least 40 officers of the Ostrian Central "
            "Police Force were killed in the suicide bomb attack. The extremist group has claimed responsibility for "
            "the attack.")
    story = build(text)
    c = claim_by_cue(story, "claimed", "a0")
    names = {e.id: e.name for e in story.entities}
    assert c.speaker is None or "Police" not in names.get(c.speaker, "")


def test_a_capital_speaking_alone_is_its_states_claim() -> None:
    capitals = _capitals_of_states([Entity("g1", "Peru", "GPE"), Entity("g2", "Lima", "GPE")])
    claim = Claim("c1", "a0", 0, 40, "g2", "Lima", "denied", "the report", polarity="deny")
    assert _state_of_capital(claim, capitals).speaker == "g1"
    # a body of the city, not the capital named alone, stays the city's
    mayor = Claim("c2", "a0", 0, 40, "g2", "the Lima mayor", "said", "the roads were open")
    assert _state_of_capital(mayor, capitals).speaker == "g2"


def test_a_capital_stays_itself_when_the_story_names_no_state() -> None:
    capitals = _capitals_of_states([Entity("g2", "Lima", "GPE")])
    claim = Claim("c1", "a0", 0, 40, "g2", "Lima", "said", "the border stays closed")
    assert _state_of_capital(claim, capitals).speaker == "g2"


def test_link_two_reports_giving_the_same_counts_support_each_other(build: Build) -> None:
    # two outlets, two sources, two counts below a toll's figure, one of them called otherwise ("gunmen" /
    # "militants"), the words of the two contents apart
    story = build("Seven gunmen and four guards were killed at the Orsk gas plant in the desert, the Velmari interior "
                  "ministry said on Saturday.",
                  "Officials said at least 7 militants and 4 guards died in Orsk, in a preliminary death toll which is "
                  "expected to rise when a search of the site is complete.",
                  days=("2023-03-04", "2023-03-04"))
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert (b.id, a.id) in links_of(story, "supports")


def test_no_link_for_one_figure_counting_other_things(build: Build) -> None:
    # "15 hostage-takers were killed" and "15 foreigners escaped" share a figure, not a count
    story = build("Officials said an estimated 35 hostages and 15 hostage-takers were killed in an airstrike at "
                  "the Orsk plant.",
                  "Local sources said some 30 workers and 15 foreigners escaped the Orsk plant, while 35 hostages "
                  "died in an airstrike.",
                  days=("2023-03-04", "2023-03-04"))
    assert not [lk.reason for lk in story.claim_links if "same counts" in (lk.reason or "")]


def test_link_one_speakers_count_retold_however_written(build: Build) -> None:
    # "Some 22" and "Twenty-two": a count below three digits, one speaker, two outlets
    story = build("Some 22 people involved in the attack in Tarsk have been identified and arrested, and weapons and "
                  "communication equipment were seized in the house of the five-member team, the Velmari "
                  "intelligence ministry said.",
                  "Twenty-two people have been arrested for suspected links to an attack in southern Velmar that left "
                  "at least 25 dead, the Velmari intelligence ministry said.",
                  days=("2023-03-04", "2023-03-04"))
    a, b = claim_by_cue(story, "said", "a0"), claim_by_cue(story, "said", "a1")
    assert (b.id, a.id) in links_of(story, "supports")


def test_link_two_sources_of_one_article_giving_the_same_toll(build: Build) -> None:
    story = build("The Velmari health ministry said the death toll in Tarsk had increased to more than 90 killed and "
                  "150 wounded, according to volunteers and medical staff. An official with the Velmari ministry "
                  "of public health told reporters that the toll was 90 dead and more than 150 wounded from the "
                  "blasts.")
    a, b = claim_by_cue(story, "said"), claim_by_cue(story, "told")
    assert (b.id, a.id) in links_of(story, "supports")


def test_link_one_sides_accusation_in_other_words_where_one_wording_names_no_act(build: Build) -> None:
    # the allegation hung on the act's relative clause ("an attack ... that Velmar blamed on X") is not read as about
    # the act; the minister's wording is: one side's accusation all the same
    story = build("TARSK - Velmar has arrested 22 people in connection with a deadly attack on a military parade "
                  "in the southern city of Orsk last week that Velmar blamed on Norland and its regional allies, the "
                  "intelligence ministry was quoted as saying on Monday.",
                  "Velmar's foreign minister Ivo Darn said on Saturday that Norland and its regional allies were "
                  "responsible for the attack on the parade in Orsk.")
    blamed, minister = claim_by_cue(story, "blamed", "a0"), claim_by_cue(story, "said", "a1")
    assert (minister.id, blamed.id) in links_of(story, "supports")
