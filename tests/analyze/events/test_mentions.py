"""Event extraction: one test per trigger family, argument role and attribution pattern (fictional texts)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.events.ontology import case_of, plover_of, subtypes_compatible
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.ingest.build import build_article
from storyline.ingest.formats import Record
from storyline.model import Article, EventMention
from tests.conftest import analyzer_with


def _one(evs: list[EventMention], type_: str) -> EventMention:
    hits = [e for e in evs if e.type == type_]
    assert hits, f"no {type_} in {[(e.type, e.text) for e in evs]}"
    return hits[0]


def test_events_attack_with_place_time_actor_target(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Gunmen attacked a police station in Nairobi on Monday, killing at least 12 officers."),
              "ASSAULT")
    assert ev.text == "attacked"
    assert ev.location is not None and ev.location.text == "Nairobi"
    assert ev.time is not None and ev.time.value == "2023-02-27"
    assert {p.role for p in ev.participants} >= {"actor", "target"}
    assert ev.fatalities is not None and ev.fatalities.min == 12 and ev.fatalities.max is None


def test_events_result_verb_is_not_a_second_event(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Gunmen attacked a police station in Nairobi on Monday, killing at least 12 officers.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "The earthquake flattened villages across the valley and killed at least 40 people on Sunday.",
    "The blast destroyed the depot and killed 12 workers on Monday.",
])
def test_events_result_verb_sharing_its_subject_with_a_conjoined_verb(
        events_of: Callable[[str], list[EventMention]], text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.text == "killed"]
    assert any(e.fatalities is not None and e.fatalities.min in (40, 12) for e in evs if e.text != "killed")


def test_events_suicide_bombing_subtype_from_subject(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("A suicide bomber blew himself up at a market in Lima."), "ASSAULT")
    assert ev.subtype == "suicide_bombing" and ev.location is not None and ev.location.text == "Lima"


def test_events_gun_battle_is_armed_clash(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Two soldiers died in a gun battle with rebels on Sunday."), "ASSAULT")
    assert ev.subtype == "armed_clash" and plover_of(ev.type, ev.subtype) == "FIGHT"
    assert ev.fatalities is not None and ev.fatalities.min == 2 and ev.fatalities.group == "soldiers"


def test_events_visit_with_destination(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Foreign Minister Jane Holloway visited Oslo on Tuesday."), "CONSULT")
    assert ev.subtype == "visit" and ev.location is not None and ev.location.text == "Oslo"
    assert any(p.role == "actor" and "Holloway" in p.text for p in ev.participants)


def test_events_meeting_with_participant(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Jane Holloway met with Prime Minister Ravi Okonkwo."), "CONSULT")
    assert ev.subtype == "meeting"
    assert any(p.role == "participant" and "Okonkwo" in p.text for p in ev.participants)


def test_events_talks_between_parties(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Peace talks between the government and the Kestrel Front resumed in Nairobi."), "CONSULT")
    assert ev.subtype == "talks" and ev.modality == "asserted"
    assert any("Kestrel Front" in p.text for p in ev.participants)


def test_events_resignation_is_retreat(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Finance Minister Tom Adeyemi resigned on Friday."), "RETREAT")
    assert ev.subtype == "resignation" and ev.time is not None and ev.time.value == "2023-02-24"


def test_events_arrest_protest_accuse_appoint(events_of: Callable[[str], list[EventMention]]) -> None:
    assert _one(events_of("Police arrested three protesters in Lima."), "COERCE").subtype == "arrest"
    assert _one(events_of("Hundreds of students protested in Nairobi."), "PROTEST").plover == "PROTEST"
    assert _one(events_of("Ravi Okonkwo accused the Kestrel Front of the bombing."), "ACCUSE").plover == "DISAPPROVE"
    assert _one(events_of("The government appointed Tom Adeyemi as envoy."), "APPOINT").plover is None


def test_events_blamed_party_is_alleged_actor(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A faction of the Kestrel Front has been blamed by officials for a blast in Nairobi.")
    blast = next(e for e in evs if e.text == "blast")
    assert blast.modality == "alleged"
    assert any(p.role == "actor" and "Kestrel Front" in p.text for p in blast.participants)


def test_events_claimed_responsibility(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("The Kestrel Front claimed responsibility for the explosion in Lima."), "ASSAULT")
    assert ev.modality == "claimed" and any("Kestrel" in p.text for p in ev.participants if p.role == "actor")


@pytest.mark.parametrize("text", [
    "The Kestrel Front claimed responsibility for the explosion in Velmora.",
    "The Kestrel Front later took responsibility for the attack on the convoy.",
])
def test_events_the_claim_of_responsibility_has_its_claimant(events_of: Callable[[str], list[EventMention]],
                                                              text: str) -> None:
    # the claimant is the responsibility's own doer, as a light verb's subject is its noun's (its outlets' claims
    # of one group then share it across articles)
    claim = _typed(events_of(text), "ACCUSE", "responsibility")
    assert any(p.role == "actor" and "Front" in p.text for p in claim.participants), claim.participants


def test_events_bare_plural_is_generic(events_of: Callable[[str], list[EventMention]]) -> None:
    assert _one(events_of("Attacks have continued across the region."), "ASSAULT").modality == "generic"


def test_events_habitual_aspect_is_generic(events_of: Callable[[str], list[EventMention]]) -> None:
    # acts done again and again, told with an adverb of frequency on their verb, are no one incident: the verb and
    # the nouns of its clause ("have routinely targeted the garrison with rocket attacks")
    evs = [e for e in events_of("Militias have routinely targeted the garrison in Sarn with rocket and mortar "
                                "attacks.") if e.type == "ASSAULT"]
    assert evs and all(e.modality == "generic" for e in evs)
    assert _one(events_of("Gunmen often attack convoys on the road to Tolm."), "ASSAULT").modality == "generic"
    # negatives: one incident told with a repeated act, and a plain deed, stay one incident
    assert _one(events_of("He was shot repeatedly outside his home in Sarn on Friday."), "ASSAULT").modality != \
        "generic"
    assert _one(events_of("Militias targeted the garrison in Sarn with rockets on Friday."), "ASSAULT").modality != \
        "generic"


def test_events_delegation_sent_is_expected_visit(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Delegations will be sent to Oslo by Ravi Okonkwo."), "CONSULT")
    assert ev.modality == "expected" and any(p.role == "actor" and "Okonkwo" in p.text for p in ev.participants)
    # under a heading line of a pasted page the sentence's first word is tagged a name ("Delegations", PROPN)
    page = ("The council of Port Ammerin said on Tuesday that the ferry had left the quay an hour late and that its "
            "captain had reported no trouble before the storm.\nDelegation of Sarn\nDelegations will be sent to Oslo "
            "and Lesk by Ravi Okonkwo, the special envoy of the council, to ask for help.")
    assert _one(events_of(page), "CONSULT").subtype == "visit"


def test_event_types_mappings() -> None:
    assert case_of("ASSAULT", "suicide_bombing") == "SUIC_BOMB"
    assert case_of("COERCE", "arrest") == "ARREST"
    assert case_of("APPOINT", "appointment") is None
    assert subtypes_compatible("CONSULT", "visit", "meeting")
    assert not subtypes_compatible("ASSAULT", "bombing", "abduction")


Events = Callable[[str], list[EventMention]]


def test_events_sub_type_read_from_its_own_time_not_an_older_clause(events_of: Events) -> None:
    text = ("The blasts ripped through crowds at the memorial in Mombasa, four years after a drone strike in "
            "Nairobi killed the general.")
    blast = next(e for e in events_of(text) if e.text == "blasts")
    assert blast.subtype == "bombing"  # the drone belongs to the strike of four years before
    # negative: a drone in the trigger's own clause still makes an air strike
    attack = next(e for e in events_of("A drone attack hit a convoy near Mombasa.") if e.type == "ASSAULT")
    assert attack.subtype == "air_strike"


@pytest.mark.parametrize("text", [
    "The guards vowed revenge for explosions that killed nearly 90 people at a ceremony to commemorate the general "
    "Omar Dalen, who was killed by a drone in 2026 in Sarn.",
    "The explosions hit a memorial for the commander, which a drone had destroyed in 2026.",
    # what a group "also said" it had done is its own deed, not the explosions it claimed
    "The explosions came a week after attacks in Sarn claimed by the Tavra Front, which also said it had shot down "
    "a military helicopter near Dovra.",
])
def test_events_sub_type_not_read_from_a_relative_clause_of_another_story(events_of: Events, text: str) -> None:
    blasts = next(e for e in events_of(text) if e.text == "explosions")
    assert blasts.subtype != "air_strike"  # the drone belongs to the general's killing, years before


def test_events_a_drone_in_the_trigger_s_own_relative_clause_stays(events_of: Events) -> None:
    strike = next(e for e in events_of("The attack, which a drone carried out on Monday, killed four.")
                  if e.text == "attack")
    assert strike.subtype == "air_strike"


def test_events_another_event_s_phrase_hung_on_a_third_noun_does_not_type_the_trigger(events_of: Events) -> None:
    text = ("At least 40 people were killed on Wednesday in the twin bombing near the tomb of the general Omar Dalen, "
            "as a crowd gathered to mark the anniversary of his death in a drone strike.")
    found = events_of(text)
    assert next(e for e in found if e.text == "bombing").subtype == "bombing"
    assert next(e for e in found if e.text == "killed").subtype != "air_strike"
    # negative: the drone strike's phrase hung on the trigger, or on the verb that governs it, still types it
    killed = next(e for e in events_of("At least 40 people were killed on Wednesday in a drone strike near Sarn.")
                  if e.text == "killed")
    assert killed.subtype == "air_strike"
    attack = next(e for e in events_of("The attack killed 12 people in a drone strike near Sarn.")
                  if e.text == "attack")
    assert attack.subtype == "air_strike"


def test_events_another_event_dated_on_its_own_keeps_its_weapon(events_of: Events) -> None:
    text = "The explosions occurred amid high tension, with Tuesday's killing of a commander in a drone strike."
    assert next(e for e in events_of(text) if e.text == "explosions").subtype != "air_strike"
    # negative: what the trigger is said to be still types it
    blasts = next(e for e in events_of("The blasts were suicide attacks, officials said.") if e.text == "blasts")
    assert blasts.subtype == "suicide_bombing"


def test_events_a_noun_inside_a_clause_describing_another_thing_keeps_to_that_clause(events_of: Events) -> None:
    text = "Dozens were injured in two bomb explosions during a rally commemorating the killing of the general."
    assert next(e for e in events_of(text) if e.text == "killing").subtype == "killing"
    # negative: the clause's own weapon still types it
    attacked = next(e for e in events_of("Militants who attacked the convoy with drones fled.")
                    if e.text == "attacked")
    assert attacked.subtype == "air_strike"


def test_events_a_dateline_on_its_own_line_is_not_where_it_happened(events_of: Events) -> None:
    text = "Kerval, March 3\nThe rebels vowed revenge on Friday for air strikes that killed 12 villagers nearby."
    strikes = next(e for e in events_of(text) if e.text == "air strikes")
    assert strikes.location is None  # the parser hung the dateline's city on "vowed": where the report was filed
    # negative: a heading line naming its own incident keeps its place
    text = "Air strikes in Kerval\nThe rebels vowed revenge on Friday."
    strikes = next(e for e in events_of(text) if e.text == "Air strikes")
    assert strikes.location is not None and strikes.location.text == "Kerval"


def test_events_gas_explosion_is_an_accident_not_a_chemical_attack(events_of: Events) -> None:
    assert _one(events_of("Officials first blamed a gas explosion for the fire."), "DISASTER").subtype == "man_made"
    assert _one(events_of("Rebels launched a gas attack on the town."), "ASSAULT").subtype == "chemical"


def test_events_several_incidents_at_once_are_generic_but_twin_blasts_are_one(events_of: Events) -> None:
    both = next(e for e in events_of("The two attacks killed 21 people between them.") if e.text == "attacks")
    assert both.modality == "generic" and both.fatalities is None  # a sum of incidents is no toll
    pair = next(e for e in events_of("Militants claimed a pair of explosions in Mombasa.") if e.text == "explosions")
    assert pair.modality != "generic"
    shells = next(e for e in events_of("Tanks fired four shell bombs at targets in Mombasa.") if e.type == "ASSAULT")
    assert shells.modality != "generic"


def test_events_handled_devices_and_telephones_are_no_events(events_of: Events) -> None:
    assert not [e for e in events_of("He helped to move the bomb to the market.") if e.type == "ASSAULT"]
    assert not [e for e in events_of("His brother, reached by telephone, said nothing.") if e.type == "CONSULT"]
    assert [e for e in events_of("The bomb exploded in the market.") if e.type == "ASSAULT"]


def test_extract_events_at_builds_one_mention_per_given_span(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    from storyline.analyze.events.mentions import extract_events
    from storyline.analyze.pipeline import AnalysisState

    text = "Gunmen attacked a police station in Nairobi on Monday. The mayor thanked the officers."
    analyzer = analyzer_with(resources, "baseline", "names", "coref", "time")
    state = AnalysisState(article=make_article(text), doc=resources.nlp(text), config=analyzer.config,
                          dct="2023-03-01")
    for comp in analyzer.components:
        comp(state)
    spans = [(text.index("attacked"), text.index("attacked") + 8), (text.index("thanked"), text.index(" the off"))]
    evs = extract_events(state, at=spans)
    assert [(e.start, e.end) for e in evs] == spans  # exactly the given spans, in text order
    attack, thanks = evs
    assert attack.type == "ASSAULT" and attack.location is not None and attack.location.text == "Nairobi"
    assert attack.time is not None and attack.time.value == "2023-02-27"
    assert thanks.type == "OTHER"  # a trigger outside the ontology keeps its span, untyped
    assert [e.text for e in extract_events(state)] == ["attacked"]  # without spans: what the component finds


@pytest.mark.parametrize("text", ["Two dams exploded after heavy rain, flooding the city of Kereth.",
                                  "Two dams outside the city of Kereth collapsed last month.",
                                  "The flood was fed by the breaching of two dams."])
def test_events_a_structure_failing_is_a_disaster_not_a_bombing(events_of: Events, text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert any(e.type == "DISASTER" and e.subtype == "man_made" for e in evs)
    # negative: a bomb exploding at a dam is an attack
    assert _one(events_of("A bomb exploded at the dam on Monday."), "ASSAULT").subtype == "bombing"


def test_events_natural_hazards_keep_their_kind(events_of: Events) -> None:
    assert _one(events_of("Floods swept through Kereth on Monday."), "DISASTER").subtype == "flood"
    assert _one(events_of("An earthquake struck central Valdora on Friday."), "DISASTER").subtype == "earthquake"


def test_events_a_crowd_fired_on_is_no_protest(events_of: Events) -> None:
    text = "Gunmen burst into a concert hall and sprayed the crowd with gunfire."
    assert not [e for e in events_of(text) if e.type in ("COERCE", "PROTEST")]
    for forced in ("Police attacked the crowd with batons.", "Police shot at the crowd of protesters."):
        assert _one(events_of(forced), "COERCE").subtype == "force_against_protest"


def test_events_means_of_crowd_control_name_no_weapon(events_of: Events) -> None:
    # stun grenades and tear gas are the police's means of control: no grenade attack of their own, and no weapon
    # that makes the protesters' storming a grenade attack
    text = ("Police in Tesk used tear gas and stun grenades to stop hundreds of protesters from storming the "
            "mayor's office.")
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.subtype, e.text) for e in evs]
    assert "used" in {e.text for e in evs if e.type == "COERCE"}
    # negative: grenades thrown by militants are a grenade attack
    evs = events_of("Militants threw grenades at the checkpoint on Monday.")
    assert {e.subtype for e in evs if e.type == "ASSAULT"} == {"grenade"}, [(e.type, e.subtype, e.text) for e in evs]


def test_events_protesters_who_undergo_an_act_do_not_do_it(events_of: Events) -> None:
    # a passive's subject undergoes the act: "three protesters were killed" is no violent demonstration
    text = "Three protesters were killed on Sunday as demonstrations spread across the Lesk region."
    killed = next(e for e in events_of(text) if e.text == "killed")
    assert (killed.type, killed.subtype) != ("PROTEST", "violent_demonstration")
    # negative: a passive's "by" agent still does it
    stormed = next(e for e in events_of("The parliament was stormed by protesters on Monday.") if e.text == "stormed")
    assert (stormed.type, stormed.subtype) == ("PROTEST", "violent_demonstration")


def test_events_a_killing_told_beside_a_clash_with_protesters_stays_a_killing(events_of: Events) -> None:
    # deaths with no violence of the protesters' own: a killing with its toll, no violent demonstration
    text = "At least two people have been killed in Sarnovia after police clashed with protesters in Orvani."
    killed = next(e for e in events_of(text) if e.text == "killed")
    assert killed.type == "ASSAULT", (killed.type, killed.subtype)
    # negative: what protesters do by force stays theirs
    assert _one(events_of("Protesters stormed the parliament building in Orvani on Monday."), "PROTEST").subtype \
        == "violent_demonstration"


def test_events_toll_sentence_without_incident_gives_its_figures_to_the_incident(events_of: Events) -> None:
    # a later sentence with no incident of its own: the article's latest incident (tolls helper)
    evs = events_of("A bomb exploded at a market in Dovask on Monday. Officials said. "
                    "The number of people killed has since risen to 93.")
    bomb = [e for e in evs if e.type == "ASSAULT"]
    assert bomb and any((f.min, f.max) == (93, 93) for e in bomb for f in e.figures)
    # a toll told before the incident is named goes to the next incident
    evs = events_of("At least 2,400 people died, officials said. The floods swept away whole districts.")
    assert any(f.min == 2400 for e in evs if e.type == "DISASTER" for f in e.figures)
    # negative: with no incident in the article a figure has no owner
    assert not [f for e in events_of("At least 2,400 people died, officials said.") for f in e.figures]


def test_events_deaths_a_toll_counts_are_the_toll_of_the_incident_told(events_of: Events) -> None:
    evs = events_of("A typhoon struck the coast of Dovask on Monday. The governor said the number of 9,000 killed "
                    "was too high and the figure was more likely up to 2,500.")
    storm = [e for e in evs if e.type == "DISASTER"]
    assert storm and any(f.max == 2500 for e in storm for f in e.figures)
    assert not [f for e in evs if e.type != "DISASTER" for f in e.figures if f.max == 2500]


@pytest.mark.parametrize("text", ["Valdora has temporarily suspended the visa service in Tesland.",
                                  "The embassy paused consular services on Tuesday.",
                                  "After Tesland stopped in-person consular services at its consulates, talks ended.",
                                  # what one party gives another, cut (CAMEO 162 "reduce or stop aid")
                                  "The charity suspended aid deliveries in Kereth on Wednesday.",
                                  "Norland said it had halted economic aid to Velmora.",
                                  "Orvania stopped all medical treatment programmes in Tesland."])
def test_events_halted_services_are_a_sanction(events_of: Events, text: str) -> None:
    # CAMEO 161/162 (reduce relations, stop aid) are PLOVER SANCTION, not a party's own retreat
    assert _one(events_of(text), "SANCTION").subtype == "suspension"
    assert not [e for e in events_of(text) if e.type == "RETREAT"]


@pytest.mark.parametrize("text", ["The paper suspended publication of the column.",
                                  "The network halted the programme after complaints.",
                                  "The driver stopped the car at the gate."])
def test_events_halts_of_nothing_given_to_another_are_no_sanction(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.type in ("SANCTION", "RETREAT")]


def test_events_travel_advisory_and_published_documents(events_of: Events) -> None:
    assert _one(events_of("Valdora issued a travel advisory for its citizens."), "THREATEN").subtype == "advisory"
    assert _one(events_of("Peru advised all its citizens in Chile to exercise caution."), "THREATEN")
    assert not [e for e in events_of("The agency released a report on Monday.") if e.subtype == "release"]
    assert _one(events_of("The rebels released two hostages on Monday."), "RETREAT")  # negative: set free


def test_events_a_court_ordered_detention_is_a_remand_not_the_arrest(events_of: Events) -> None:
    assert _one(events_of("A court in Kereth ordered the men held in pre-trial detention."), "COERCE").subtype == \
        "remand"
    assert _one(events_of("Police arrested three men in Kereth on Monday."), "COERCE").subtype == "arrest"


def test_events_expelled_from_a_group_is_no_sanction(events_of: Events) -> None:
    assert not [e for e in events_of("The Kestrel Front said he had been expelled from the movement in 2029.")
                if e.type == "SANCTION"]
    assert not [e for e in events_of("His expulsion from the party was announced on Monday.") if e.type == "SANCTION"]
    # negative: a state expelling a diplomat is one
    assert _one(events_of("Valdora expelled a Kerethi diplomat from the country on Tuesday."), "SANCTION")


def test_events_place_is_not_where_someone_was_taken_next(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("The suspect was arrested before dawn and brought to Nairobi for questioning."), "COERCE")
    assert ev.location is None or ev.location.text != "Nairobi"
    ev = _one(events_of("The suspect was arrested in Kisumu and brought to Nairobi."), "COERCE")
    assert ev.location is not None and ev.location.text == "Kisumu"  # the place the arrest itself names


def test_events_arrest_after_an_attack_is_its_own_event(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A suspect in the Kereth bombing arrested last week was charged on Monday.")
    arrest = _one(evs, "COERCE")
    assert arrest.text == "arrested" and arrest.time is not None and arrest.time.value.startswith("2023-W08")


def test_events_arrest_of_someone_named_in_apposition(events_of: Callable[[str], list[EventMention]]) -> None:
    text = "The rebels said the arrest of a suspect in the Kereth bombing, Jonas Mbeki, proved nothing."
    ev = _one(events_of(text), "COERCE")
    targets = {p.text for p in ev.participants if p.role == "target"}
    assert "Jonas Mbeki" in targets and not any(p.role == "actor" for p in ev.participants)


def test_events_toll_of_an_incident_is_no_death_event(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A bombing killed 12 people and wounded 20 in Sarvel. Two more people died in hospital on Sunday.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert evs[0].injured is not None and evs[0].injured.min == 20


def test_events_death_told_alone_is_a_life_event(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The painter Ilsa Marrow died on Sunday in Corvel. She was 91.")
    assert [(e.type, e.subtype) for e in evs] == [("LIFE", "death")]


def test_events_sentenced_to_death_is_one_sentence(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A court sentenced the gang leader to death on Monday.")
    assert [(e.type, e.subtype) for e in evs] == [("JUSTICE", "sentence")]


def test_events_depth_says_which_event_a_sentence_tells(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The envoy resigned on Friday, three days after a bombing killed 12 people in the market town.")
    quit_, blast = _one(evs, "RETREAT"), _one(evs, "ASSAULT")
    assert quit_.depth == 0  # the main verb: what the sentence tells
    assert blast.depth is not None and blast.depth > quit_.depth  # named on the way, in the "after" clause


@pytest.mark.parametrize("text", [
    "The premier on Friday named Ilse Borg, a former judge, as the government's new envoy.",
    "Ilse Borg replaced Jonas Mbeki as chief negotiator on Friday.",
    "The council named Ilse Borg the new mayor.",
])
def test_events_naming_someone_to_a_post_is_an_appointment(events_of: Callable[[str], list[EventMention]],
                                                           text: str) -> None:
    assert _one(events_of(text), "APPOINT").subtype == "appointment"


@pytest.mark.parametrize("text", [
    "The agency named the storm Irma.",  # no post
    "Workers replaced the old bridge.",
])
def test_events_naming_without_a_post_is_no_appointment(events_of: Callable[[str], list[EventMention]],
                                                        text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "APPOINT"]


def test_events_person_of_a_relative_clause_travels(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The premier met Foreign Minister Jane Holloway, who flew to Lima on Thursday morning.")
    assert any(e.text == "flew" and e.subtype == "visit" for e in evs)


@pytest.mark.parametrize(("text", "want"), [
    ("The fourth round of talks ended in Lesk without agreement.", True),
    ("Kereth and Lesk opened talks last year. The fourth round ended in February.", True),
    ("The fourth round of voting ended in February.", False),
    ("The champion lost in the fourth round.", False),
])
def test_events_round_of_talks(events_of: Callable[[str], list[EventMention]], text: str, want: bool) -> None:
    rounds = [e for e in events_of(text) if e.text == "round"]
    assert bool(rounds) == want and all(e.type == "CONSULT" and e.subtype == "talks" for e in rounds)


@pytest.mark.parametrize(("text", "want"), [
    ("Foreign Minister Jane Holloway received the chief negotiator, Ilse Borg, in Lesk on Tuesday.", True),
    ("The premier received President Jonas Mbeki in Lima.", True),
    ("The ministry received a letter from the rebels.", False),
    ("The town received aid on Monday.", False),
    ("Piet Lenk was received by President Jonas Mbeki in Lesk on Monday.", True),  # the visitor as passive subject
    ("The letter was received by the ministry on Monday.", False),
])
def test_events_receiving_a_visitor_is_a_visit(events_of: Callable[[str], list[EventMention]], text: str,
                                              want: bool) -> None:
    assert bool([e for e in events_of(text) if e.text == "received" and e.type == "CONSULT"]) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Foreign Minister Jane Holloway called on President Arvid Lenk in Lesk on Monday.", True),
    ("The envoy called on the president at his office.", True),
    ("Norland called on Velmora to withdraw its troops.", False),  # a demand: the complement says what is asked
    ("The minister called on President Arvid Lenk to resign.", False),
    ("The opposition called on the government on Monday.", False),  # no person called on
])
def test_events_calling_on_a_person_is_a_meeting(events_of: Callable[[str], list[EventMention]], text: str,
                                                  want: bool) -> None:
    assert bool([e for e in events_of(text) if e.text == "called" and e.type == "CONSULT"]) == want


def test_events_going_on_is_no_trip(events_of: Callable[[str], list[EventMention]]) -> None:
    told = events_of("The minister then went on to add that Norland had expelled a senior diplomat.")
    assert not [e for e in told if e.type == "CONSULT"], [(e.text, e.type) for e in told]
    assert _one(events_of("The minister went to Tarvik on Monday."), "CONSULT").text == "went"


def test_events_a_document_released_is_no_concession(events_of: Callable[[str], list[EventMention]]) -> None:
    for text in ("The ministry said in a press release that it rejected the statement.",
                 "Initial reports released by the health minister said 62 people were killed.",
                 "The president declared a day of mourning in a video statement released on Saturday."):
        assert not [e for e in events_of(text) if e.subtype == "release"], text
    assert _one(events_of("The rebels released two hostages on Monday."), "RETREAT").text == "released"


@pytest.mark.parametrize(("text", "want"), [
    ("The group said Jonas Mbeki had been expelled the year before.", False),
    ("The Kestrel Front said it expelled him last year.", False),
    ("Norland expelled Jonas Mbeki, the Kereth intelligence station chief.", True),
    ("The Kereth government said it expelled him on Monday.", True),
    ("The head of the Norland intelligence service in Kereth has been expelled, AP reported.", True),
    ("Norland has expelled a senior Kereth diplomat.", True),
])
def test_events_a_group_expelling_its_member_is_no_sanction(events_of: Callable[[str], list[EventMention]],
                                                           text: str, want: bool) -> None:
    assert bool([e for e in events_of(text) if e.type == "SANCTION"]) == want


@pytest.mark.parametrize(("text", "talks_event"), [
    ("The government suspended the talks on Thursday.", False),
    ("The office said she would discuss the conditions for resuming the talks.", False),
    ("A fourth round of those talks ended in Lesk.", False),
    ("Talks between the two sides were held in Lesk on Monday.", True),
    ("The talks opened in Lesk in the autumn of 2030.", True),
])
def test_events_talks_acted_on_are_no_event(events_of: Callable[[str], list[EventMention]], text: str,
                                            talks_event: bool) -> None:
    assert bool([e for e in events_of(text) if e.text.lower() == "talks"]) == talks_event


def test_events_talks_mediated_by_someone_happen(events_of: Callable[[str], list[EventMention]]) -> None:
    assert [e for e in events_of("Last year talks between Lima and the rebels were mediated by Quito.")
            if e.text == "talks"]


@pytest.mark.parametrize(("text", "subtype"), [
    ("The four suspects will be held in pre-trial detention until May 22.", "remand"),
    ("The suspects were detained until 22 May.", "remand"),
    ("Police detained four suspects on Saturday.", "arrest"),
])
def test_events_detention_with_a_term_is_a_remand(events_of: Callable[[str], list[EventMention]], text: str,
                                                  subtype: str) -> None:
    assert _one(events_of(text), "COERCE").subtype == subtype


@pytest.mark.parametrize(("text", "want"), [
    ("Rebel fighters had held the town for eleven days in August 2027.", True),
    ("The border town was held by rebel fighters for eleven days in August 2027.", True),
    ("The two sides held talks in the town on Monday.", False),
    ("Police held the suspect for two days.", False),
])
def test_events_armed_men_holding_ground_is_a_takeover(events_of: Callable[[str], list[EventMention]], text: str,
                                                      want: bool) -> None:
    assert bool([e for e in events_of(text) if e.type == "TAKEOVER"]) == want


def test_events_standing_control_is_no_takeover(events_of: Callable[[str], list[EventMention]]) -> None:
    assert not [e for e in events_of("The army has held the valley since the rebels seized Kereth.")
                if e.text == "held"]


def test_events_the_wounded_are_people_not_an_injury(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Two of the wounded were in a serious condition on Monday, doctors in Corvel said.")
    assert not [e for e in evs if e.type == "LIFE"]


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The town recalled the 2004 school siege in Varsk.", "school siege", ("ASSAULT", "attack")),
    ("The country has been divided since a 2029 uprising against its ruler.", "uprising", ("PROTEST", "uprising")),
    ("The popular revolt of 2029 ended decades of one-man rule.", "revolt", ("PROTEST", "uprising")),
    ("The army staged a coup in 2030.", "coup", ("TAKEOVER", "coup")),
    ("Police said eleven people were apprehended on Saturday.", "apprehended", ("COERCE", "arrest")),
])
def test_events_sieges_uprisings_coups_and_apprehensions(events_of: Callable[[str], list[EventMention]], text: str,
                                                        trigger: str, kind: tuple[str, str]) -> None:
    assert (trigger, kind) in [(e.text, (e.type, e.subtype)) for e in events_of(text)]


def test_events_a_pronoun_that_began_is_the_event_named_before(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The mediator has hosted the talks in Tarvin since they began in the autumn of 2030.")
    began = [e for e in evs if e.text == "began"]
    assert began and (began[0].type, began[0].subtype) == ("CONSULT", "talks") and began[0].background
    assert not [e for e in events_of("The firm said its results were good since they began in 2020.")
                if e.text == "began"]


def test_events_a_fight_against_drugs_is_no_clash(events_of: Callable[[str], list[EventMention]]) -> None:
    assert not [e for e in events_of("She was at the forefront of the fight against drugs in the province.")
                if e.text == "fight"]
    assert [e for e in events_of("The army said the fight against the rebels in the north went on all night.")
            if e.text == "fight"]


def test_events_the_place_beside_the_agent_of_a_passive(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Jon Avel, 45, the chief of a banned group and one of the most wanted men in Kesh, was shot "
                        "dead by two unidentified gunmen outside a temple in Tarvin."), "ASSAULT")
    assert ev.location is not None and ev.location.text == "Tarvin"


def test_events_a_place_in_a_clause_of_what_came_before_is_not_the_event_s(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The chief negotiator resigned on Friday, three days after a bombing killed 12 people and wounded "
                    "20 in the market town of Sarvel.")
    resigned = next(e for e in evs if e.text == "resigned")
    assert resigned.location is None and not [p for p in resigned.participants if p.text == "Sarvel"]


def test_events_the_two_who_agreed_are_the_two_just_named(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Marta Olsen met Peter Halden in Tarvin on Tuesday, and the two agreed that technical teams "
                    "would meet in April.")
    agreed = next(e for e in evs if e.text == "agreed")
    assert {p.text for p in agreed.participants if p.role == "actor"} == {"Marta Olsen", "Peter Halden"}
    assert {p.text for p in next(e for e in events_of("Two men agreed to sell the farm.")
                                 if e.text == "agreed").participants} == {"men"}


@pytest.mark.parametrize(("text", "demand"), [
    ("Lima has asked Santiago to withdraw 12 diplomats.", True),
    ("The minister ordered the company to pay damages.", True),
    ("The court ordered the company to pay damages.", True),  # (a court bidding someone act too: test_frames)
    ("She told reporters that the talks were over.", False),
    ("He asked about the talks.", False),
])
def test_events_bidding_someone_to_act_is_a_demand(events_of: Callable[[str], list[EventMention]], text: str,
                                                    demand: bool) -> None:
    assert any(e.type == "REQUEST" for e in events_of(text)) == demand


def test_events_a_speech_verb_leaves_its_date_and_the_sentence_to_the_event_reported(events_of: Events) -> None:
    evs = events_of("Officials said on Tuesday that the army had withdrawn 300 troops from Varn.")
    said, withdrawn = _one(evs, "STATEMENT"), _one(evs, "RETREAT")
    assert said.depth is None and withdrawn.depth is not None  # the sentence tells the withdrawal
    assert withdrawn.time is not None and withdrawn.time.text == "Tuesday"  # bounded by the day it was told
    evs = events_of("On May 2 the army confirmed the deaths in a clash near Varno.")
    clash = _one(evs, "ASSAULT")
    assert _one(evs, "STATEMENT").text == "confirmed" and clash.time is not None and clash.time.text == "May 2"


@pytest.mark.parametrize("text", ["The mudslide, which villagers likened to a tsunami, buried the road on Monday.",
                                  "The blast felt like an earthquake, a shopkeeper in Varn said.",
                                  "The cyclone hit Dovask on Monday, generating tsunami-like storm surges."])
def test_events_a_comparison_names_no_event(events_of: Events, text: str) -> None:
    kinds = {(e.text, e.subtype) for e in events_of(text)}
    assert not {k for k in kinds if k[0] in ("tsunami", "earthquake")}, kinds


def test_events_a_toll_after_a_comma_belongs_to_the_incident_just_named(events_of: Events) -> None:
    text = ("Relief was slow in the valley, the aid chief told donors over a video link, comparing it with the "
            "earthquake that struck northern Tessaly in May, killing more than 2,000 people.")
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.text, e.subtype) for e in evs]
    quake = [e for e in evs if e.subtype == "earthquake" and e.fatalities is not None]
    assert quake and quake[0].fatalities is not None and quake[0].fatalities.min == 2000


def test_events_a_named_storm_is_the_storm_not_a_visitor(events_of: Events) -> None:
    evs = events_of("Storm Kalder arrived on the coast on Saturday. Hundreds died in the floods that Storm Kalder "
                    "brought to Varnia.")
    assert [e.subtype for e in evs if e.text == "Storm"] == ["storm", "storm"]
    assert not [e for e in evs if e.type == "CONSULT"], [(e.text, e.subtype) for e in evs]
    assert not [e for e in events_of("Officials said Kalder Storm arrived in Kereth.") if e.type == "DISASTER"]


def test_events_the_doer_after_by_is_no_place(events_of: Events) -> None:
    evs = events_of("The government rejected a travel advisory issued by Peru about security risks in Chile.")
    advisory = [e for e in evs if e.subtype == "advisory"]
    assert advisory and (advisory[0].location is None or advisory[0].location.text != "Peru")


def test_events_a_landmark_told_by_its_bearing_is_not_the_place(analyzer: Analyzer,
                                                               make_article: Callable[..., Article]) -> None:
    text = ("Officials in Madrid said the raid on a depot near Madrid had been planned for weeks.\n\nArmed men "
            "opened fire at a fuel depot in the town of Getafe, south of the capital, on Tuesday.")
    opened = [e for e in analyzer.analyze(make_article(text)).events if e.text == "opened"]
    assert opened and opened[0].location is not None and opened[0].location.text == "Getafe"


@pytest.mark.parametrize(("text", "word"), [
    ("He will be buried in Amsel on Friday.", "buried"),
    ("He was laid to rest in Amsel on Friday.", "laid"),
    ("The cleric led the funeral prayers in Varn on Thursday.", "funeral prayers"),
    ("Thousands attended the funeral in Varn on Thursday.", "funeral"),
])
def test_events_a_funeral_is_a_low_value_life_event(events_of: Events, text: str, word: str) -> None:
    assert [(e.type, e.subtype) for e in events_of(text) if e.text == word] == [("LIFE", "funeral")]


@pytest.mark.parametrize("text", ["Dozens of people were buried under the rubble.", "The firm laid off 300 workers."])
def test_events_burials_under_rubble_and_layoffs_are_no_funerals(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.subtype == "funeral"]


def test_events_a_request_for_comment_is_no_demand(events_of: Events) -> None:
    evs = events_of("The ministry did not respond to requests for comment. Peru requested the extradition of two men.")
    assert [e.text for e in evs if e.type == "REQUEST"] == ["requested"]


@pytest.mark.parametrize(("text", "word", "determiner"), [
    ("Police said it was a suicide blast carried out by the Kestrel Front.", "blast", "pred"),
    ("Officials said the explosion was a suicide bombing.", "bombing", "pred"),
    ("A suicide blast hit the station.", "blast", "a"),
    ("Police said there was a blast at the station.", "blast", "a"),  # "there was": the incident told anew
])
def test_events_what_a_copula_says_an_incident_was_is_a_description(
        events_of: Callable[[str], list[EventMention]], text: str, word: str, determiner: str) -> None:
    found = [e for e in events_of(text) if word in e.text]
    assert found and found[0].determiner == determiner, [(e.text, e.determiner) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "Crews from the Redmarsh Fire Department were at the scene on Monday.",
    "The Air Accident Investigation Board released its preliminary report on Friday.",
    "Chief Fire Officer Tom Vale said the Valemont Fire Service sent 30 engines.",
])
def test_events_word_inside_a_body_name_is_no_trigger(events_of: Callable[[str], list[EventMention]],
                                                      text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type in ("DISASTER", "INVESTIGATE")], [(e.type, e.text) for e in evs]


def test_events_storm_name_stays_a_trigger(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("On Monday Storm Orla hit the coast near Lesk."), "DISASTER")
    assert ev.subtype == "storm"


def test_events_people_taken_away_in_an_attack_are_its_abducted(events_of: Callable[[str], list[EventMention]]
                                                                ) -> None:
    evs = events_of("Gunmen stormed a school in Tolm on Thursday. They began shooting at the guards before "
                    "taking away at least 80 pupils.")
    taken = [f for e in evs for f in e.figures if f.kind == "abducted"]
    assert [(f.min, f.max) for f in taken] == [(80, None)], [(e.text, e.figures) for e in evs]


@pytest.mark.parametrize(("text", "word"), [
    ("Investigators examined the wreckage of the tragic XY 123 crash near Lesk.", "crash"),
    ("The crash of the jet near Lesk killed 12 people.", "crash"),
    ("A fire broke out at a garment factory in Tesk on Monday.", "fire"),
    ("Twelve workers died in the fire.", "fire"),
])
def test_events_accident_noun_is_a_disaster(events_of: Callable[[str], list[EventMention]], text: str,
                                            word: str) -> None:
    ev = _one(events_of(text), "DISASTER")
    assert ev.text == word and ev.subtype == "man_made"


@pytest.mark.parametrize("text", [
    "The convoy came under heavy fire near the bridge.",
    "An exchange of fire followed the raid.",
    "The minister came under fire from critics.",
])
def test_events_gunfire_or_criticism_is_no_blaze(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "DISASTER"]


@pytest.mark.parametrize("text", [
    "At least 24 people were killed when a passenger jet crashed into a hostel in Varnow on Monday.",
    "At least 19 people were killed and 12 injured as a massive blaze ripped through a mill in Tesk.",
    "A fire ripped through the old warehouse on Friday, killing at least 19 people.",
])
def test_events_deaths_in_an_accident_are_its_toll(events_of: Callable[[str], list[EventMention]],
                                                   text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.text) for e in evs]
    ev = _one(evs, "DISASTER")
    assert ev.fatalities is not None and ev.fatalities.min in (24, 19)


@pytest.mark.parametrize(("text", "city"), [
    ("Hours after the Paris-bound plane crashed on Thursday, rescuers searched the wreckage.", "Paris"),
    ("A flight bound for London crashed shortly after take-off on Monday.", "London"),
    ("The jet, en route to Berlin, crashed on Monday.", "Berlin"),
])
def test_events_destination_is_not_the_place(events_of: Callable[[str], list[EventMention]], text: str,
                                             city: str) -> None:
    ev = _one(events_of(text), "DISASTER")
    assert ev.location is None or ev.location.text != city
    assert city not in {p.text for p in ev.participants}


@pytest.mark.parametrize(("text", "country"), [
    ("The earthquake struck the mountain region bordering France late on Sunday.", "France"),
    ("A strong earthquake struck near the Spanish border on Sunday.", "Spanish"),
])
def test_events_a_neighbour_named_is_not_the_place(events_of: Callable[[str], list[EventMention]], text: str,
                                                   country: str) -> None:
    for ev in events_of(text):
        assert ev.location is None or country not in ev.location.text


def test_events_a_named_place_beside_its_neighbour_stays(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = events_of("Gunmen attacked a checkpoint in Lyon near the Swiss border on Sunday.")[0]
    assert ev.location is not None and ev.location.text == "Lyon"


@pytest.mark.parametrize("text", [
    "The union chief launched a scathing attack on the Daily Courier on Saturday, killing any hope of talks.",
    "The opposition attacked the decision to raise fuel prices.",
    "In a blistering attack, the senator accused the Lesk Times of lying about the 40 people killed in the fire.",
])
def test_events_attack_of_words_is_criticism_without_toll(events_of: Callable[[str], list[EventMention]],
                                                          text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.text.startswith("attack")], [(e.type, e.text) for e in evs]
    assert _one(evs, "DISAPPROVE").fatalities is None


def test_events_armed_attack_on_a_newspaper_stays_an_assault(events_of: Callable[[str], list[EventMention]]) -> None:
    assert _one(events_of("Gunmen attacked the offices of the newspaper in Lesk, killing four."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Officials said an explosion in an AC may have triggered the fire.",
    "A boiler blast at a mill in Tesk injured nine workers.",
    "Lesk jet crash: board responds to report on deadly explosion",
    # in a mine where miners work (a word of mining, or the mine as the place of the blast)
    "An explosion at a coal mine in northern Tesk killed 41 miners on Friday.",
    "The blast ripped through the mine 300 metres underground, trapping dozens of workers.",
    "Rescuers searched for miners trapped after a methane explosion in the Varno colliery.",
    "The explosion occurred at a depth of 300 metres in the mine, officials said.",
    "At least 28 people died in the mine blast, the energy minister said.",
    # at works, stores and ports, of a tanker, or caused by a fire
    "An explosion at a chemical plant in eastern Tesk killed 47 people on Thursday.",
    "A massive explosion at the port of Varno killed dozens.",
    "The explosion was caused by a fire in a warehouse storing fertilizer, officials said.",
    "A gas tanker exploded on the highway near Lesk, killing 12.",
])
def test_events_blast_of_an_accident_is_no_bombing(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.subtype, e.text) for e in evs]


@pytest.mark.parametrize("text", [
    # where the blast happened, told by its verb
    "Officials said the explosion occurred at a chemical facility run by Varno Dyes.",
    "An explosion at an industrial park in eastern Tesk killed six people on Thursday.",
    # one article, one accident: the blasts of the next sentences are that accident's
    "An explosion at a pesticide plant in Tesk killed six people on Thursday. The explosion happened at 2:48pm. "
    "The blast shattered the windows of a school nearby.",
    "A blast at a chemical plant in Tesk killed six people. The company, whose plant was involved in the blast, "
    "has major responsibilities, officials said.",
])
def test_events_blasts_of_an_accident_in_one_article_are_no_bombing(
        events_of: Callable[[str], list[EventMention]], text: str) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.subtype != "killing"], \
        [(e.type, e.subtype, e.text) for e in evs]


def test_events_blast_of_an_article_on_an_industrial_accident_is_no_bombing(
        events_of: Callable[[str], list[EventMention]]) -> None:
    # no sentence puts this blast beside its warehouse, but the article names no attack, weapon or attacker at
    # all, and it tells of burning chemicals and dead firemen: the blast is the accident's
    text = ("The toll of the Varno blasts rose to 114 after rescuers found two more bodies. Among the dead were 39 "
            "firefighters. The zone is dangerous because of the burning chemicals, a soldier said. A minor explosion "
            "occurred on Monday morning at the blast site.")
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.subtype, e.text) for e in evs]
    assert {e.text for e in evs if e.type == "DISASTER"} >= {"explosion"}
    # what the blast did, and a store "that blew up", tell the same accident ("explosive" is its goods)
    text = ("The blast, which struck shortly after 6 p.m., followed a fire in the port area of Varno. The cabinet "
            "ordered the arrest of the officials who ran the warehouse of highly explosive material that blew up.")
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.subtype, e.text) for e in evs]
    # negative: an article with an attacker in it keeps its blast a bombing, firemen or not
    evs = events_of("A minor explosion occurred on Monday morning at the market. Among the dead were 39 "
                    "firefighters. Police said militants were behind it.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "explosion"], [(e.type, e.text) for e in evs]
    # negative: a deed done on purpose is told, the blasts at a pipeline stay an attack
    evs = events_of("Two explosions struck the gas pipeline under the sea on Monday, and leaks were found. "
                    "Officials said it was an act of sabotage.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "explosions"], [(e.type, e.text) for e in evs]
    # negative: no setting of an accident named, the blast stays as told
    evs = events_of("A minor explosion occurred on Monday morning at the market. Nine people were hurt.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "explosion"], [(e.type, e.text) for e in evs]


def test_events_article_with_a_bombing_keeps_its_bombing(events_of: Callable[[str], list[EventMention]]) -> None:
    # a bombing told beside an accident recalled: the article tells a bombing, no blast of it becomes an accident
    evs = events_of("A car bomb exploded in a market in Sarn on Monday, killing nine. The blast shattered windows. "
                    "Last year an explosion at a chemical plant in Tesk killed 40.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "blast"], [(e.type, e.subtype, e.text) for e in evs]
    evs = events_of("A suicide bombing at a market in Sarn killed 12 on Monday. Police said the blast was heard "
                    "across the city. Last year an explosion at a chemical plant in Tesk killed 40.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "blast"], [(e.type, e.subtype, e.text) for e in evs]


def test_events_a_named_disaster_striking_is_the_disaster(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Typhoon Varna destroyed about 70 percent of the town. Varna struck the country on Friday "
                    "and went on to batter the coast of Tesk.")
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.subtype, e.text) for e in evs]
    # negative: a person's attack stays an attack, named or not
    evs = events_of("Typhoon Varna destroyed about 70 percent of the town. Gunmen struck a convoy in Tesk.")
    assert [e for e in evs if e.type == "ASSAULT" and e.text == "struck"], [(e.type, e.text) for e in evs]


def test_events_blast_near_a_base_stays_a_bombing(events_of: Callable[[str], list[EventMention]]) -> None:
    assert _one(events_of("An explosion near the army base killed six soldiers."), "ASSAULT").subtype == "bombing"
    # a landmine is no pit, and a bomb set off at a coal mine is still a bombing
    assert _one(events_of("A mine exploded under an army truck near Sarn, killing two soldiers."), "ASSAULT")
    assert _one(events_of("Militants detonated a bomb near a coal mine in Sarn, killing five miners."), "ASSAULT")
    assert _one(events_of("A car bomb exploded at the port of Varno, killing nine."), "ASSAULT")
    assert _one(events_of("A chemical attack on the town killed 40 people."), "ASSAULT").subtype == "chemical"


def test_events_trip_keeps_its_destination(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Foreign Minister Jane Holloway began a trip to Oslo on Tuesday."), "CONSULT")
    assert ev.location is not None and ev.location.text == "Oslo"


def test_events_deaths_in_a_fire_incident_tell_the_accident(events_of: Callable[[str], list[EventMention]]) -> None:
    for figures in ("21 people were killed and 14", "19 people were killed and 9"):  # two parses of the cause
        evs = events_of(f"The police said at least {figures} injured in the fire incident.")
        assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.text) for e in evs]
        assert _one(evs, "DISASTER").fatalities is not None


def test_events_death_in_a_crash_is_a_death_beside_the_crash(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Her husband was killed in the crash.")
    assert {(e.type, e.text) for e in evs} >= {("DISASTER", "crash"), ("LIFE", "killed")}


def test_events_blast_that_caused_a_collapse_stays_a_bombing(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The explosion shook the guesthouse and caused the partial collapse of a wall.")
    assert _one(evs, "ASSAULT").text == "explosion"


def test_events_those_kidnapped_stay_an_abduction(events_of: Callable[[str], list[EventMention]]) -> None:
    assert _one(events_of("Those kidnapped in Lesk are usually freed after a ransom is paid."), "ASSAULT")


def test_events_series_and_coordinated_acts_are_one_set_with_its_toll(events_of: Events) -> None:
    text = "The death toll from a series of attacks on churches in Varno rose to 20 on Monday."
    series = next(e for e in events_of(text) if e.text == "attacks")
    assert series.modality != "generic" and series.fatalities is not None and series.fatalities.min == 20
    planned = _one(events_of("Gunmen launched coordinated attacks in Sarn and Tolvar."), "ASSAULT")
    assert planned.modality != "generic"
    # negatives: a bare plural with nothing that bounds it, a series told as a history, stay generic
    assert _one(events_of("Attacks on churches have continued across the region."), "ASSAULT").modality == "generic"
    history = events_of("The raid follows a series of recent clashes between the two groups.")
    assert next(e for e in history if e.text == "clashes").modality == "generic"


def test_events_plural_acts_told_on_one_occasion_are_one_set_with_its_toll(events_of: Events) -> None:
    text = ("Powerful earthquakes that struck western Vardena on Saturday have killed more than 2,000 people, "
            "officials said.")
    quakes = next(e for e in events_of(text) if e.text == "earthquakes")
    assert quakes.modality != "generic" and quakes.fatalities is not None and quakes.fatalities.min == 2000
    toll = "The death toll from strong earthquakes that shook the Vardena province has risen to 2,025."
    assert next(e for e in events_of(toll) if e.text == "earthquakes").modality != "generic"
    # negatives: a habit ("attacks that have plagued"), acts told with no occasion of their own
    for habit in ("Attacks that have plagued the Vardena province continued on Monday.",
                  "Earthquakes that struck the region often killed hundreds."):
        found = events_of(habit)
        assert all(e.modality == "generic" for e in found if e.text in ("Attacks", "Earthquakes")), habit


def test_events_plural_acts_of_one_day_site_or_toll_are_one_set_with_its_toll(events_of: Events) -> None:
    day = events_of("The death toll in Valdora following several bomb blasts on Sunday has risen to 359.")
    blasts = next(e for e in day if e.text.endswith("blasts"))
    assert blasts.modality != "generic" and blasts.fatalities is not None and blasts.fatalities.min == 359
    site = events_of("An official says the death toll has risen to 34 in attacks on the Sarn airport and a metro "
                     "station.")
    attacks = next(e for e in site if e.text == "attacks")
    assert attacks.modality != "generic" and attacks.fatalities is not None and attacks.fatalities.min == 34
    counted = events_of("Police named nine men who staged suicide bombings that killed 253 people.")
    assert next(e for e in counted if e.text.endswith("bombings")).modality != "generic"
    # negatives: no day, no named site, no count: a habit or a history
    for habit in ("Attacks on churches have continued across the region.",
                  "Bombings that killed civilians went on for years.",
                  "Attacks in recent years have worried the government."):
        found = events_of(habit)
        assert all(e.modality == "generic" for e in found if e.text in ("Attacks", "Bombings")), habit


def test_events_plural_doers_of_a_day_named_in_their_clause_are_one_set_with_its_toll(events_of: Events) -> None:
    text = "Back-to-back suicide attacks on a market in Sarn killed 27 people and injured 84 on Friday."
    attacks = next(e for e in events_of(text) if e.text.endswith("attacks"))
    assert attacks.modality != "generic"
    assert {(f.kind, f.min) for f in attacks.figures} == {("killed", 27), ("injured", 84)}
    # negatives: no day, or a clause that is no simple past, is a habit or a history
    for habit in ("Suicide attacks on markets killed hundreds of people in Sarn last year.",
                  "Suicide attacks on markets have killed hundreds of people since Thursday."):
        found = events_of(habit)
        assert all(e.modality == "generic" for e in found if e.text.endswith("attacks")), habit


def test_events_plural_subject_of_a_simple_past_on_a_named_day_is_that_day_s_set(events_of: Events) -> None:
    for text, word in (("Protests quickly turned violent in the Varno area on Monday night.", "Protests"),
                       ("Clashes broke out in Sarn overnight.", "Clashes")):
        found = next(e for e in events_of(text) if e.text == word)
        assert found.modality != "generic", text
    # negatives: a series going on, or no day named, is no one day's set
    for habit, word in (("Raids resumed across the Vardena province on Friday.", "Raids"),
                        ("Protests spread to other cities last year.", "Protests")):
        found = [e for e in events_of(habit) if e.text == word]
        assert all(e.modality == "generic" for e in found), habit



def test_events_deaths_told_after_a_disaster_are_its_toll(events_of: Events) -> None:
    found = events_of("The quake struck Sarn on Friday. At least 40 people were killed, officials said.")
    quake = [e for e in found if e.type == "DISASTER" and e.figures]
    assert quake and quake[0].fatalities is not None and quake[0].fatalities.min == 40, found
    assert not [e for e in found if e.type == "ASSAULT" and e.figures]
    # negatives: after an attack the deaths keep their own killing (fusion joins it to the attack), and a
    # killing with its doers named is a killing of its own
    bomb = events_of("A bomb exploded in a market in Sarn on Friday. At least 40 people were killed.")
    assert [e for e in bomb if e.subtype == "killing" and e.figures]
    looters = events_of("The quake struck Sarn on Friday. Looters killed two people in Tolvar, police said.")
    assert [e for e in looters if e.subtype == "killing" and e.figures]


def test_events_a_participle_toll_goes_to_the_incident_not_a_bare_plural_it_caused(events_of: Events) -> None:
    text = ("A strong earthquake that shook a farming area in Valdora sparked landslides and destroyed thousands of "
            "homes Monday, killing at least 75 people and injuring more than 400, the government said.")
    found = events_of(text)
    quake = next(e for e in found if e.text == "earthquake")
    assert {(f.kind, f.min) for f in quake.figures} == {("killed", 75), ("injured", 400)}, found
    # negative: the latest incident told before the participle still takes it
    attack = events_of("Gunmen stormed a school, and a second attack hit a mosque, killing five.")
    assert next(e for e in attack if e.text == "attack").fatalities is not None


def test_events_what_bare_plurals_do_in_the_present_is_a_habit(events_of: Events) -> None:
    habit = events_of("In Tolvar and many other states, armed bandits kill and kidnap at will despite the efforts "
                      "of security agencies.")
    assert {e.text: e.modality for e in habit if e.type == "ASSAULT"} == {"kill": "generic", "kidnap": "generic"}
    gangs = events_of("The region is plagued by criminal gangs known as bandits who kidnap for ransom.")
    assert next(e for e in gangs if e.text == "kidnap").modality == "generic"
    # negatives: a headline in the present, a count, the past
    assert next(e for e in events_of("Gunmen kill 12 in Sarn market attack") if e.text == "kill").modality != \
        "generic"
    assert next(e for e in events_of("Gunmen kill 12 villagers in Sarn.") if e.text == "kill").modality != "generic"
    assert next(e for e in events_of("Gunmen stormed the school.") if e.text == "stormed").modality != "generic"
    assert next(e for e in events_of("Officials say gunmen stormed the school.") if e.text == "say").modality != \
        "generic"


def test_events_a_claimant_s_place_is_not_the_attack_s(events_of: Events) -> None:
    claimed = events_of('The "K" refers to Kessary, with the attack being claimed by the group\'s branch in Tolvar.')
    assert next(e for e in claimed if e.text == "attack").location is None
    blamed = events_of("The president has accused Estmark behind the Vega Hall attack on Friday.")
    loc = next(e for e in blamed if e.type == "ASSAULT").location
    assert loc is None or loc.text != "Estmark"
    # negative: the doer of the attack itself may be told where it struck
    done = events_of("The attack was carried out by gunmen in Orvani.")
    loc = next(e for e in done if e.text == "attack").location
    assert loc is not None and loc.text == "Orvani"


def test_events_a_country_owning_the_arms_is_not_the_place(events_of: Events) -> None:
    strike = events_of("A Norwegian drone strike killed three militants in Mombasa on Monday.")
    loc = next(e for e in strike if e.type == "ASSAULT").location
    assert loc is not None and loc.text == "Mombasa"
    drone = events_of("The general was killed by a US drone in 2027.")
    assert next(e for e in drone if e.text == "killed").location is None
    # negative: a town (a capital too) modifying the raid is where it happened
    raid = events_of("The Nairobi raid killed four people.")
    loc = next(e for e in raid if e.type == "ASSAULT").location
    assert loc is not None and loc.text == "Nairobi"


def test_events_a_crowd_crush_is_a_disaster_with_its_toll(events_of: Events) -> None:
    crush = _one(events_of("156 people were killed in the crowd crush on Saturday night."), "DISASTER")
    assert crush.subtype == "man_made" and crush.fatalities is not None and crush.fatalities.min == 156
    # negative: a bare "crush" with nothing pointing at it is no event
    assert not [e for e in events_of("Crush the grapes and stir.") if e.type == "DISASTER"]


def test_events_counts_that_add_up_to_a_toll_are_its_parts(events_of: Events) -> None:
    text = ("Officials said 31 people were killed in the attacks. Eleven died at the Sarn airport and 20 were "
            "killed at the metro station.")
    figs = {f.min: f for e in events_of(text) for f in e.figures if f.kind == "killed"}
    assert not figs[31].partial and figs[11].partial and figs[20].partial, figs
    # negative: a count that adds up to nothing the article gives is a toll of its own
    other = events_of("Officials said 31 people were killed in the attack. Eleven were killed in Tolvar.")
    assert not any(f.partial for e in other for f in e.figures if f.kind == "killed")


def test_events_a_toll_told_after_a_generic_mention_goes_to_the_incident(events_of: Events) -> None:
    # "followed by aftershocks" is no incident of its own: the next sentence's toll stays with the earthquake
    found = events_of("The magnitude 6.3 earthquake, followed by strong aftershocks, jolted Vardena on Saturday. "
                      "A spokesman said 2,053 people had lost their lives.")
    quake = next(e for e in found if e.text == "earthquake")
    assert quake.fatalities is not None and quake.fatalities.min == 2053, [(e.text, e.figures) for e in found]


def test_events_toll_in_a_clause_goes_to_the_incident_of_that_clause(events_of: Events) -> None:
    text = ("No group has claimed the raids, which come a year after a militant group carried out an assault at a "
            "hotel in Tolvar that claimed more than 140 lives.")
    evs = {e.text: e for e in events_of(text) if e.type == "ASSAULT"}
    assert evs["assault"].fatalities is not None and evs["assault"].fatalities.min == 140
    assert evs["raids"].fatalities is None
    # negative: a toll of the main clause stays with its incident
    main = events_of("The raids killed 12 people, a year after an assault on a hotel in Tolvar.")
    assert next(e for e in main if e.text == "raids").fatalities is not None
    # in one clause, the trigger whose own phrase holds the toll
    text = ("The attack came a week after the bombing of the market in Sarn, in which 15 people were killed and 31 "
            "wounded.")
    bombing = next(e for e in events_of(text) if e.text == "bombing")
    assert {f.kind for f in bombing.figures} == {"killed", "injured"}


def test_events_count_of_people_taken_goes_to_the_taking_of_its_clause(events_of: Events) -> None:
    text = "The kidnapping happened a day after gunmen abducted 200 displaced women in Lesk."
    evs = {e.text: e for e in events_of(text) if e.type == "ASSAULT"}
    assert [f.min for f in evs["abducted"].figures if f.kind == "abducted"] == [200]
    assert not evs["kidnapping"].figures
    # negative: the count of an arrest still goes to the arrest
    arrest = _one(events_of("Police arrested two men on Monday, a day after the kidnapping in Lesk."), "COERCE")
    assert [f.min for f in arrest.figures if f.kind == "arrested"] == [2]


def test_events_people_taken_before_the_abduction_is_named_go_to_it(events_of: Events) -> None:
    text = "Gunmen on Thursday invaded a school in Lesk and took away 40 pupils. The abduction shocked the town."
    abduction = next(e for e in events_of(text) if e.text == "abduction")
    assert [f.min for f in abduction.figures if f.kind == "abducted"] == [40]


def test_events_deaths_after_a_vehicle_fell_are_the_accident_s_toll(events_of: Events) -> None:
    text = "At least 26 people have been killed and eight injured after a bus fell into a deep gorge in Lesk."
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.text) for e in evs]


def test_events_toll_of_a_clause_goes_to_its_own_subject_incident(events_of: Events) -> None:
    text = "The quake struck Lesk on Monday, less than two years after another earthquake killed 900 people there."
    evs = events_of(text)
    other = next(e for e in evs if e.text == "earthquake")
    assert [f.min for f in other.figures if f.kind == "killed"] == [900]
    assert not [f for e in evs if e.text == "struck" for f in e.figures]


@pytest.mark.parametrize("text", [
    "Protesters stormed the parliament building in Orvani on Monday.",
    "Demonstrators charged the assembly building, shattering its glass doors.",
    "Hundreds of protesters broke into the legislature and took over the main chamber.",
    "The protesters managed to take over a council chamber as police backed off.",
])
def test_events_what_demonstrators_do_by_force_is_a_violent_demonstration(events_of: Events, text: str) -> None:
    # ACLED: demonstrators who storm, rush or take over a place are a violent demonstration, not an assault,
    # a capture of territory or a court's charge
    evs = [e for e in events_of(text) if e.type not in ("STATEMENT",)]
    assert evs and all((e.type, e.subtype) == ("PROTEST", "violent_demonstration") for e in evs), \
        [(e.text, e.type, e.subtype) for e in evs]


def test_events_a_charge_is_a_rush_only_at_something(events_of: Events) -> None:
    assert _one(events_of("Riot police charged at the crowd with batons."), "COERCE").subtype == \
        "force_against_protest"
    # negative: a court's charge stays one, with or without "with"
    for legal in ("Prosecutors charged three men with murder on Friday.", "Police charged two suspects on Friday."):
        assert _one(events_of(legal), "JUSTICE").subtype == "charge"
    # negative: what others storm stays theirs
    assert _one(events_of("Gunmen stormed the police station in Tolvar."), "ASSAULT")


def test_events_a_place_inside_an_anniversary_phrase_is_the_older_events(events_of: Events) -> None:
    ev = _one(events_of("Protesters stormed the council building on the anniversary of the handover of the colony "
                        "to Peru."), "PROTEST")
    assert ev.location is None
    for ev in events_of("Police clashed with protesters who tried to storm the council on the anniversary of the "
                        "handover of the colony to Peru."):
        assert "Peru" not in [p.text for p in ev.participants] + [ev.location.text if ev.location else ""]
    # negative: the event's own place stays
    ev = _one(events_of("Protesters stormed the council building in Tolvar on Monday, the anniversary of the "
                        "handover."), "PROTEST")
    assert ev.location is not None and ev.location.text == "Tolvar"


@pytest.mark.parametrize(("text", "kind"), [
    ("Gunman Kills Three At Sarn Market\n\nA gunman killed three people at the market in Sarn.", "ASSAULT"),
    ("Floods Kill 12 In Karvosh Province\n\nFloods killed 12 people.", "DISASTER"),
])
def test_events_title_case_headline_keeps_its_trigger(events_of: Callable[[str], list[EventMention]], text: str,
                                                      kind: str) -> None:
    # the tagger reads a title-case headline's verbs as proper nouns and keeps "Kills" as their lemma
    head = len(text.split("\n")[0])
    assert [e for e in events_of(text) if e.start < head and e.type == kind]



@pytest.mark.parametrize("text,type_,place", [
    ("A car bomb ripped through a crowded market in Mosul on Sunday.", "ASSAULT", "Mosul"),
    ("A fire tore through a garment factory in Dhaka on Monday, killing nine.", "DISASTER", "Dhaka"),
    ("Floods swept through Lagos last week.", "DISASTER", "Lagos"),
])
def test_events_what_ripped_through_a_place_happened_there(events_of: Callable[[str], list[EventMention]], text: str,
                                                           type_: str, place: str) -> None:
    ev = _one(events_of(text), type_)
    assert ev.location is not None and ev.location.text == place


def test_events_through_a_time_is_no_place(events_of: Callable[[str], list[EventMention]]) -> None:
    # negative: "through the night" and a person gone through are no places
    ev = _one(events_of("Fighting raged through the night after gunmen attacked a checkpoint."), "ASSAULT")
    assert ev.location is None


def test_events_where_a_quake_was_felt_is_not_its_place(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("The quake was felt in Lima, about 100 miles from the epicentre."), "DISASTER")
    assert ev.location is None or ev.location.text != "Lima"
    # negative: where it struck is its place
    ev = _one(events_of("An earthquake struck Naples on Monday."), "DISASTER")
    assert ev.location is not None and ev.location.text == "Naples"


def test_events_deaths_beside_a_disaster_of_their_sentence_are_its_toll(events_of: Events) -> None:
    found = events_of("All 120 people on board were killed when the jet crashed into a mountainside near Sarn.")
    crash = [e for e in found if e.type == "DISASTER" and e.figures]
    assert crash and crash[0].fatalities is not None and crash[0].fatalities.min == 120, found
    # negative: beside an attack they stay the killing's (fusion joins it to the attack)
    bomb = events_of("Twelve people were killed when a bomb exploded in a market in Sarn.")
    assert not [e for e in bomb if e.type == "DISASTER"]


def test_events_a_motive_s_place_is_not_the_event_s(events_of: Callable[[str], list[EventMention]]) -> None:
    # "in response to Norland's presence in Velmora": where the motive lies, not where the attack happened
    ev = next(e for e in events_of("The group said the attack was in response to Dovra's presence in Vesk.")
              if e.text == "attack")
    assert ev.location is None or ev.location.text != "Vesk", ev.location
    # negative: the attack's own place stays
    ev = next(e for e in events_of("Gunmen attacked a hotel in Sarn in retaliation for raids.") if e.text == "attacked")
    assert ev.location is not None and ev.location.text == "Sarn"


def test_events_a_response_is_a_motive_only_in_response_to(events_of: Callable[[str], list[EventMention]]) -> None:
    told = events_of("The emergency response to the bombing in Sarn on Tuesday was swift.")
    assert not next(e for e in told if e.text == "bombing").background
    # negative: "in response to" names an older event
    told = events_of("Rebels shelled the town in response to the bombing of their camp.")
    assert next(e for e in told if e.text == "bombing").background


def test_events_a_same_week_relative_clause_still_types_the_trigger(events_of: Events) -> None:
    killed = next(e for e in events_of("The device, which a drone dropped on Monday, killed 12 people in Sarn.")
                  if e.text == "killed")
    assert killed.subtype == "air_strike"


def test_events_the_act_that_names_the_people_struck_lends_neither_weapon_nor_place(events_of: Events) -> None:
    text = "The army launched a drone strike against the planner of the deadly attack on the Sarn market."
    found = events_of(text)
    strike = next(e for e in found if e.text == "drone strike")
    assert strike.location is None or strike.location.text != "Sarn"  # the market attack's place
    assert next(e for e in found if e.text == "attack").subtype != "air_strike"  # no drone in the market attack


def test_events_a_counted_group_named_by_its_country_is_not_the_place(events_of: Events) -> None:
    found = events_of("The bomber detonated his vest at the gate, killing 13 Norwegian soldiers and dozens of people.")
    assert all(e.location is None or e.location.text != "Norwegian" for e in found)
    assert all(e.location is None or "Norw" not in e.location.text for e in found)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Foreign Minister Jane Holloway spoke by phone with her Velmoran counterpart on Tuesday.", "spoke"),
    ("Jane Holloway held a telephone conversation with the Velmoran foreign minister.", "conversation"),
    ("The two ministers talked over the phone on Tuesday, the ministry said.", "talked"),
    ("Jane Holloway and Piet Lenk held phone talks on Tuesday.", "talks"),
    ("In a phone call on Tuesday, Jane Holloway urged Piet Lenk to restore the talks.", "call"),
])
def test_events_a_talk_at_a_distance_is_a_call(events_of: Events, text: str, trigger: str) -> None:
    calls = [e for e in events_of(text) if trigger in e.text.split()]
    assert calls and calls[0].type == "CONSULT" and calls[0].subtype == "call", [(e.text, e.subtype) for e in calls]


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # the speaker took part in the call, the visit or the meeting that is the occasion of the speech
    ("President Arvid Lenk spoke with Velmora's President Ilse Borg in a phone call on Sunday.", "call",
     {"Arvid Lenk", "Ilse Borg"}),
    ("President Arvid Lenk told reporters during a visit to Tarvik that the talks had failed.", "visit",
     {"Arvid Lenk"}),
    ("Arvid Lenk said in a televised meeting that the attackers had been caught.", "meeting", {"Arvid Lenk"}),
    ("Arvid Lenk earlier told a security meeting that the attackers had been caught.", "meeting", {"Arvid Lenk"}),
    # negative: a visit with its own doer is that doer's (the speaker may be the host)
    ("Arvid Lenk said during Ilse Borg's visit to Tarvik that ties were strong.", "visit", {"Ilse Borg"}),
])
def test_events_the_speaker_takes_part_in_the_occasion_of_the_speech(events_of: Events, text: str, trigger: str,
                                                                     want: set[str]) -> None:
    found = [e for e in events_of(text) if e.type == "CONSULT" and trigger in e.text.split()]
    assert found, [(e.text, e.type) for e in events_of(text)]
    assert {p.text.removesuffix("'s") for p in found[0].participants if p.role in ("actor", "participant")} == want, \
        found[0].participants


@pytest.mark.parametrize(("text", "want"), [
    ("The ministry said Arvid Lenk had accepted an invitation from Ilse Borg to visit Velmora.", "Arvid Lenk"),
    ("Arvid Lenk announced a plan to visit Velmora in the spring.", "Arvid Lenk"),
    # negative: the host who extends an invitation is not the one who is to come
    ("Ilse Borg extended an invitation to Arvid Lenk to visit Velmora.", None),
])
def test_events_who_is_to_do_an_act_to_come(events_of: Events, text: str, want: str | None) -> None:
    visit = next(e for e in events_of(text) if e.text == "visit")
    assert visit.modality == "planned"
    actors = [p.text for p in visit.participants if p.role == "actor"]
    assert actors == ([want] if want else []), visit.participants


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("The Velmora Red Crescent issued an urgent appeal for blood donors on Monday.", "appeal",
     "The Velmora Red Crescent"),
    ("The ministry issued a warning to Norland.", "warning", "ministry"),
])
def test_events_issuing_an_act_carries_its_noun(events_of: Events, text: str, trigger: str, want: str) -> None:
    # "issued an appeal" is a light verb with its noun: whoever issued it made the appeal
    act = next(e for e in events_of(text) if e.text == trigger)
    assert [p.text for p in act.participants if p.role == "actor"] == [want], act.participants


def test_events_what_a_meeting_is_told_to_do_does_not_place_it(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    an = analyzer_with(resources, "baseline", "names", "coref", "time", "events")  # (names: "Lesk" is a place)
    told = an.analyze(make_article("The summit follows months of speculation in Lesk about a deal.")).events
    meeting = _one(list(told), "CONSULT")
    assert meeting.location is None, meeting.location
    # negative: a verb's preposition still places it
    held = an.analyze(make_article("The summit was held in Lesk on Monday.")).events
    assert _one(list(held), "CONSULT").location is not None


@pytest.mark.parametrize("text", [
    "Jane Holloway spoke to reporters in Lesk on Tuesday.",  # speech, no call
    "Jane Holloway met Piet Lenk in Lesk on Tuesday.",  # a meeting in person
    "Jane Holloway could not be reached by telephone.",  # the means, no call
])
def test_events_talks_in_person_or_to_the_press_are_no_call(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.subtype == "call"]


def test_events_a_toll_belongs_to_the_cause_its_own_clause_gives(events_of) -> None:  # type: ignore[no-untyped-def]
    evs = events_of("This was the deadliest attack since October 2029, when eight students and 120 others were "
                    "killed after a bomb went off at a school.")
    owners = {e.text: [(f.kind, f.min) for f in e.figures] for e in evs}
    assert owners.get("bomb") == [("killed", 128)] and not owners.get("attack")
    # negative: with no cause clause the toll stays with the incident of its clause
    evs = events_of("The attack on the school killed eight students and 120 others.")
    assert any(e.text == "attack" and [(f.kind, f.min) for f in e.figures] == [("killed", 128)] for e in evs)


@pytest.mark.parametrize(("text", "other"), [
    ("Foreign Minister Ansel Marr called President Dova Kettel on Tuesday.", "Dova Kettel"),
    ("Foreign Minister Ansel Marr called her counterpart, Dova Kettel, to discuss the crisis.", "Dova Kettel"),
    ("Foreign Minister Ansel Marr spoke by phone with President Dova Kettel on Tuesday.", "Dova Kettel"),
])
def test_events_a_call_has_its_caller_and_the_other_party(events_of: Callable[[str], list[EventMention]], text: str,
                                                          other: str) -> None:
    call = next(e for e in events_of(text) if e.subtype == "call")
    assert {(p.role, p.text) for p in call.participants} == {("actor", "Ansel Marr"), ("participant", other)}


@pytest.mark.parametrize("text", [
    "Foreign Minister Ansel Marr called President Dova Kettel a traitor.",
    "Foreign Minister Ansel Marr called him a liar on Tuesday.",
    "Foreign Minister Ansel Marr called off the strike on Tuesday.",
    "Foreign Minister Ansel Marr called on President Dova Kettel to resign.",
    "A man called Dova Kettel was arrested on Tuesday.",
])
def test_events_calling_someone_names_is_no_call(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert not [e for e in events_of(text) if e.subtype == "call"]


@pytest.mark.parametrize(("text", "doer"), [
    ("Harbour Guild issues emergency appeal for quake survivors", "Harbour Guild"),  # the verb a noun of the compound
    ("Velmora Aid Council issues new appeal for displaced families", "Velmora Aid Council"),  # the appeal its object
])
def test_events_a_headline_s_verb_read_as_a_noun_keeps_its_doer(events_of: Callable[[str], list[EventMention]],
                                                                 text: str, doer: str) -> None:
    appeal = _one(events_of(text), "REQUEST")
    assert ("actor", doer) in {(p.role, p.text) for p in appeal.participants}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The hostage-taking at the Kereth plant ended on Sunday.", "hostage-taking"),
    ("The hostage crisis in Kereth ended on Sunday.", "hostage crisis"),
    ("A four-day hostage standoff at the Velmor Hotel is over.", "hostage standoff"),
])
def test_events_an_episode_named_by_its_act(events_of: Callable[[str], list[EventMention]], text: str,
                                            trigger: str) -> None:
    ev = _one(events_of(text), "ASSAULT")
    assert ev.text.endswith(trigger) and ev.subtype == "abduction"
    assert ev.modality == "asserted"


def test_events_an_episode_of_no_act_is_no_event(events_of: Callable[[str], list[EventMention]]) -> None:
    assert not [e for e in events_of("The debt crisis in Kereth deepened on Sunday.") if e.type == "ASSAULT"]


def test_events_hostages_held_are_one_act_not_a_habit(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Hostages are being held at the Velmor Hotel in Kereth."), "ASSAULT")
    assert ev.subtype == "abduction" and ev.modality != "generic"


@pytest.mark.parametrize("text", [
    "Troops began an operation to recapture the Velmor barracks.",  # set to recapture
    "Six raiders were killed in the security operation at the depot.",  # named so, and taking lives
    "The army carried out the operation on the Kereth depot at dawn.",  # by an armed force, on a site
])
def test_events_an_armed_operation_is_an_attack(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT" and e.text.endswith("operation")]


def test_events_a_relief_effort_is_rescue_work_no_attack(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Rescue operations continued in Kereth after the flood.")
    assert [(e.type, e.subtype) for e in evs if e.text.endswith("operations")] == [("AID", "rescue")]


@pytest.mark.parametrize("text", [
    "The surgeon said the operation on his knee went well.",
    "The company launched an operation to sell its shares.",
])
def test_events_an_operation_of_no_force_is_no_attack(events_of: Callable[[str], list[EventMention]],
                                                      text: str) -> None:
    assert not [e for e in events_of(text) if e.text.endswith("operation") or e.text.endswith("operations")]


def test_events_strikes_carried_out_by_an_army(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("The air force conducted strikes on militia camps in Kereth on Friday."), "ASSAULT")
    assert (ev.text, ev.subtype) == ("strikes", "air_strike")
    assert ev.modality == "asserted"  # the strikes of that Friday, not a habit
    assert ev.time is not None and ev.time.value == "2023-02-24"


@pytest.mark.parametrize("text", [
    "Workers went on strike in Kereth on Monday.",
    "The union launched a strike against the pension reform.",
])
def test_events_a_walkout_is_no_strike_from_afar(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]


def test_events_a_weapon_that_targeted_a_base(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("A drone targeted the army base at Kereth on Sunday."), "ASSAULT")
    assert ev.text == "targeted" and ev.subtype == "air_strike"
    assert not [e for e in events_of("The campaign targeted young voters in Kereth.") if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in the Dorvan capital, Kereth, on Monday.",
    "Rebels shelled a market in the Dorvan capital of Kereth on Monday.",
    "A landmine exploded outside the Dorvan mining town of Kereth.",
])
def test_events_a_place_named_by_a_noun_of_its_class(events_of: Callable[[str], list[EventMention]],
                                                     text: str) -> None:
    ev = _one(events_of(text), "ASSAULT")
    assert ev.location is not None and ev.location.text == "Kereth"  # not the country that qualifies the noun


@pytest.mark.parametrize("text", [
    "Raiders stormed the Tarvo Grand hotel in the Dorvan capital, Kereth, before dawn on Sunday.",
    "A dozen raiders attacked the Palm Hotel in Kereth, capital of Dorva, late on Tuesday.",
    "A car bomb exploded outside the Dorvan embassy in Kereth on Friday.",
])
def test_events_a_site_named_in_its_town_is_placed_in_the_town(analyzer: Analyzer,
                                                               make_article: Callable[..., Article], text: str) -> None:
    # the whole pipeline: its names step types "the Palm Hotel" a facility
    ev = _one(list(analyzer.analyze(make_article(text)).events), "ASSAULT")
    assert ev.location is not None and ev.location.text == "Kereth"  # the town, as a monitor codes it


def test_events_a_site_in_a_country_stays_the_place(analyzer: Analyzer,
                                                    make_article: Callable[..., Article]) -> None:
    ev = _one(list(analyzer.analyze(make_article("Gunmen attacked the Palm Hotel in France on Friday.")).events),
              "ASSAULT")
    assert ev.location is not None and ev.location.text == "Palm Hotel"  # a country is no site's town


@pytest.mark.parametrize("text", [
    "Rescuers reached a hotel in Kereth, stormed the night before by gunmen.",
    "Police on Monday retook a school in the capital Kereth, stormed the day before by gunmen.",
])
def test_events_a_participle_joined_to_the_verb_before_tells_of_its_noun(
        analyzer: Analyzer, make_article: Callable[..., Article], text: str) -> None:
    # the parser makes "stormed" a second verb of the sentence's subject; it is a clause on the hotel
    ev = _one(list(analyzer.analyze(make_article(text)).events), "ASSAULT")
    assert ev.text == "stormed" and ev.location is not None and ev.location.text == "Kereth"
    assert [p.text for p in ev.participants if p.role == "actor"] == ["gunmen"]


def test_events_a_second_verb_with_its_own_auxiliary_keeps_the_subject(
        events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("Gunmen raided a bank in Kereth and were chased by police."), "ASSAULT")
    assert ev.text == "raided" and "Gunmen" in [p.text for p in ev.participants if p.role == "actor"]


def test_events_a_site_named_in_its_town_under_the_verb(analyzer: Analyzer,
                                                        make_article: Callable[..., Article]) -> None:
    # the parser may hang "in Kereth" on the verb: still the site's town
    text = "Dozens of guests were taken hostage after gunmen stormed the Palm Hotel in Kereth."
    ev = next(e for e in analyzer.analyze(make_article(text)).events if e.text == "stormed")
    assert ev.location is not None and ev.location.text == "Kereth"


def test_events_a_participle_on_a_person_takes_no_place_of_the_act_that_names_them(
        analyzer: Analyzer, make_article: Callable[..., Article]) -> None:
    text = "Neither side gave evidence, and a suspect in the Kereth bombing arrested last week was detained in Lesk."
    arrested = next(e for e in analyzer.analyze(make_article(text)).events if e.text == "arrested")
    assert arrested.location is None or arrested.location.text != "Kereth"  # Kereth is the bombing's place


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Ivo Lenk convened an emergency meeting of the cabinet in Kereth.", "emergency meeting", "Ivo Lenk"),
])
def test_events_who_convenes_a_meeting_holds_it(events_of: Callable[[str], list[EventMention]], text: str,
                                                trigger: str, doer: str) -> None:
    ev = next(e for e in events_of(text) if e.text == trigger)
    assert doer in [p.text for p in ev.participants if p.role == "actor"]


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Twelve killed as bus plunges off Kereth bridge", "killed", "Twelve"),
    ("Eleven detained after riot at Kereth prison", "detained", "Eleven"),
])
def test_events_a_headline_participle_s_subject_suffered_the_act(
        events_of: Callable[[str], list[EventMention]], text: str, trigger: str, victims: str) -> None:
    """A past participle with a subject but neither auxiliary nor object is a headline's passive: the subject is
    who was killed or detained, never the doer. An active verb keeps its doer, and so does a thing fired that
    strikes with no object."""
    ev = next(e for e in events_of(text) if e.text == trigger)
    assert [(p.role, p.text) for p in ev.participants if p.text == victims] == [("target", victims)]
    ev = next(e for e in events_of("Four gunmen killed 12 villagers in Kereth.") if e.text == "killed")
    assert ("actor", "gunmen") in [(p.role, p.text) for p in ev.participants]
    for ev in events_of("Farmers fled their fields in Kereth after a Dorvan-made rocket struck in an orchard."):
        assert ("target", "rocket") not in [(p.role, p.text) for p in ev.participants]


def test_events_a_dateline_is_no_one_s_participant(resources: Resources) -> None:
    """The town and country of a wire dateline ("ALGORA, Dorva — Gunmen ... attacked") are where the report was
    filed, however the parser joined them to the sentence: neither is the attack's doer nor its place."""
    text = ("ALGORA, Dorva — Gunmen from the hills attacked a remote fuel depot in the south early Wednesday, "
            "killing a guard, local media said.\n\nThe attackers seized several workers.")
    article, _ = build_article(Record(source="t", kind="txt", id="t1", text=text, published="2031-03-05"), Config())
    assert article is not None and article.metadata.get("dateline") == "ALGORA"
    an = analyzer_with(resources, "baseline", "time", "events")
    attacked = next(e for e in an.analyze(article).events if e.text == "attacked")
    dash = article.text.index("—")
    assert [p.text for p in attacked.participants if p.start < dash] == []
    assert attacked.location is None or attacked.location.start > dash


def test_events_a_participle_conjoined_to_a_passive_shares_its_sufferer(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"were ambushed and killed", "were abducted and later freed by troops": the subject of the passive suffered the
    conjoined act too; it is not its doer. A conjoined active verb keeps the shared subject as its doer."""
    killed = next(e for e in events_of("Three guards were ambushed and killed near Kereth on Monday.")
                  if e.text == "killed")
    assert [(p.role, p.text) for p in killed.participants if p.text == "guards"] == [("target", "guards")]
    freed = next(e for e in events_of("Two herders were abducted and later freed by troops.") if e.text == "freed")
    assert ("actor", "herders") not in [(p.role, p.text) for p in freed.participants]
    assert ("actor", "troops") in [(p.role, p.text) for p in freed.participants]
    killed = next(e for e in events_of("Gunmen stormed the depot and killed three guards.") if e.text == "killed")
    assert ("actor", "Gunmen") in [(p.role, p.text) for p in killed.participants]


@pytest.mark.parametrize(("text", "place"), [
    ("Four people were killed in a bomb attack in Kereth's southern Marla neighbourhood on Monday.", "Marla"),
    ("A car bomb exploded in the crowded Dorin suburb of the capital on Friday.", "Dorin"),
])
def test_events_a_district_named_before_its_class_noun_is_the_place(
        analyzer: Analyzer, make_article: Callable[..., Article], text: str, place: str) -> None:
    # the whole pipeline: its names step reads "X neighbourhood", "X suburb" as a place whatever the tagger said
    evs = [e for e in analyzer.analyze(make_article(text)).events if e.type == "ASSAULT" and e.location is not None]
    assert evs and {e.location.text for e in evs if e.location is not None} == {place}


@pytest.mark.parametrize(("text", "place"), [
    ("Troops repelled an attack by insurgents on the capital's western suburb of Velsk on Monday.", "Velsk"),
    ("Police foiled an attack by gunmen on a bank in Velsk.", "Velsk"),
])
def test_events_the_place_attacked_when_parsed_under_the_doers(
        events_of: Callable[[str], list[EventMention]], text: str, place: str) -> None:
    # the parser hangs "on X" on the doers of "an attack by Y": what they attacked is still where it happened
    ev = _one(events_of(text), "ASSAULT")
    assert ev.location is not None and ev.location.text == place


def test_events_the_blast_the_deaths_happened_in_is_where_they_happened(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("In the town of Qarvesh, about 20 miles south of the capital, three shoppers were killed and 10 "
                    "wounded in a bomb explosion, a police officer said.")
    blast = next(e for e in evs if e.text == "bomb explosion")
    assert blast.location is not None and blast.location.text == "Qarvesh"
    # negative: the place of those who speak is not the attack's
    evs = events_of("At least 12 people were killed in the attack, officials in Kereth said.")
    assert all(e.location is None for e in evs if e.type == "ASSAULT")


@pytest.mark.parametrize(("text", "place"), [
    ("Police in Dorva's capital city of Kereth opened fire on Monday on protesters.", "Kereth"),
    ("Protesters in Kereth clashed with riot police on Sunday.", "Kereth"),
])
def test_events_doers_by_force_act_where_their_phrase_puts_them(
        analyzer: Analyzer, make_article: Callable[..., Article], text: str, place: str) -> None:
    def events_of(t: str) -> list[EventMention]:
        return list(analyzer.analyze(make_article(t)).events)

    evs = [e for e in events_of(text) if e.type in ("ASSAULT", "PROTEST", "COERCE")]
    assert evs and all(e.location is not None and e.location.text == place for e in evs)
    # negative: where those who speak of it are is not where it happened
    evs = events_of("Officials in Kereth said a bomb exploded at a market.")
    assert all(e.location is None for e in evs if e.type == "ASSAULT")


@pytest.mark.parametrize("text, word", [
    ("Lima recalled its ambassador to Santiago on Tuesday.", "recalled"),
    ("The envoy was recalled for consultations after the vote.", "recalled"),
    ("Quito said it would announce the recall of two consuls this week.", "recall"),
    ("The government recalled its high commissioner and three other diplomats.", "recalled"),
])
def test_events_a_recall_of_diplomats_is_a_withdrawal(events_of: Callable[[str], list[EventMention]], text: str,
                                                      word: str) -> None:
    found = [m for m in events_of(text) if m.text == word]
    assert found and (found[0].type, found[0].subtype) == ("RETREAT", "withdrawal")


def test_events_a_lead_sets_its_news_in_a_named_place_not_a_description(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    # "the country" of the lead stands for one of the states it names (which, coreference guesses): no setting
    text = ("Freedonia has started consultations with Elbonian authorities regarding former President Joel Vask's "
            "request to seek asylum in the country, Freedonia's foreign minister said on Thursday.\n\n"
            "A preliminary hearing on Thursday sought to evaluate the legality of Vask's arrest.")
    an = analyzer_with(resources, "baseline", "names", "coref", "time", "events")
    hearing = [m for m in an.analyze(make_article(text)).events if m.text == "hearing"]
    assert hearing and not [p for p in hearing[0].participants if p.role == "setting"]


@pytest.mark.parametrize("text", [
    "Valdoria said on Monday it was recalling its ambassador in Sarnland.",
    "The Tarvish foreign ministry said it had recalled its envoy in Lesk and frozen all new trade.",
])
def test_events_a_recall_of_diplomats_is_not_placed_at_their_post(events_of: Callable[[str], list[EventMention]],
                                                                  text: str) -> None:
    recall = [m for m in events_of(text) if m.type == "RETREAT"]
    assert recall and recall[0].location is None  # the post the envoy leaves; the recall is made at home
    assert not [p for p in recall[0].participants if p.role == "setting"]


@pytest.mark.parametrize("text", [
    "Residents recalled the night the river rose.",
    "The carmaker recalled 40,000 vehicles over faulty brakes.",
    "The police commissioner recalled that the road had been closed.",
])
def test_events_a_recall_of_memories_or_goods_is_no_event(events_of: Callable[[str], list[EventMention]],
                                                          text: str) -> None:
    assert not [m for m in events_of(text) if m.text == "recalled"]


def test_events_the_expelled_of_an_expulsion_noun_are_its_targets(
        events_of: Callable[[str], list[EventMention]]) -> None:
    found = [m for m in events_of("Quito announced the expulsion of four Peruvian diplomats on Friday.")
             if m.text == "expulsion"]
    assert found and found[0].type == "SANCTION"
    assert {p.role for p in found[0].participants if "diplomats" in p.text} == {"target"}


@pytest.mark.parametrize("text, word", [
    ("Quito ordered six Peruvian diplomats to leave the country within 72 hours.", "ordered"),
    ("The Ecuadorian envoy was told to leave by Friday.", "told"),
    ("The government gave the ambassador two days to leave.", "gave"),
    ("Lima declared two Ecuadorian diplomats persona non grata on Sunday.", "declared"),
])
def test_events_diplomats_sent_away_are_expelled(events_of: Callable[[str], list[EventMention]], text: str,
                                                 word: str) -> None:
    found = [m for m in events_of(text) if m.text == word]
    assert found and (found[0].type, found[0].subtype) == ("SANCTION", "expulsion")


@pytest.mark.parametrize("text, word", [
    ("Quito asked Lima to withdraw its ambassador.", "asked"),
    ("The court ordered the company to leave the building.", "ordered"),
])
def test_events_other_bids_stay_demands(events_of: Callable[[str], list[EventMention]], text: str,
                                        word: str) -> None:
    found = [m for m in events_of(text) if m.text == word]
    assert not found or found[0].type != "SANCTION"


@pytest.mark.parametrize("text, word", [
    ("The junta gave Ambassador Tomas Brell three days to leave the country.", "gave"),
    ("Lima recalled Ambassador Tomas Brell, who was given three days to leave.", "given"),
])
def test_events_a_named_ambassador_sent_away_is_expelled(events_of: Callable[[str], list[EventMention]], text: str,
                                                         word: str) -> None:
    found = [m for m in events_of(text) if m.text == word]
    assert found and (found[0].type, found[0].subtype) == ("SANCTION", "expulsion")
    recalled = [m for m in events_of(text) if m.text == "recalled"]
    assert not recalled or recalled[0].type == "RETREAT"


@pytest.mark.parametrize("text, held", [
    ("The suspect has been remanded in custody.", True),
    ("A judge remanded both men in custody on Saturday.", True),
    ("The two women were remanded to prison until their trial.", True),
    ("The case was remanded to the lower court.", False),
])
def test_events_a_remand_in_custody_is_its_own_step(events_of: Callable[[str], list[EventMention]], text: str,
                                                    held: bool) -> None:
    found = [m for m in events_of(text) if m.text == "remanded"]
    assert bool(found) == held
    assert all((m.type, m.subtype) == ("COERCE", "remand") for m in found)


@pytest.mark.parametrize("text, word, target", [
    ('Quito reciprocated by declaring the Peruvian consul "persona non grata".', "declaring", "consul"),
    ("Lima declared two Ecuadorian diplomats persona non grata.", "declared", "diplomats"),
])
def test_events_whom_a_state_declares_persona_non_grata(events_of: Callable[[str], list[EventMention]], text: str,
                                                        word: str, target: str) -> None:
    found = [m for m in events_of(text) if m.text == word]
    assert found
    assert not any("grata" in p.text for p in found[0].participants)
    assert any(p.role == "target" and p.text.endswith(target) for p in found[0].participants)


@pytest.mark.parametrize(("text", "word"), [
    ("Investigators failed to detain the former governor Arlo Venn at his home on Friday.", "detain"),
    ("The attempt to arrest Venn was called off after a six-hour standoff.", "arrest"),
    ("Officers made a failed bid to detain the former governor on March 7.", "detain"),
    ("Police attempted to arrest the mayor of Tolvar on Tuesday but were turned back.", "arrest"),
])
def test_events_an_arrest_only_attempted_is_planned(events_of: Callable[[str], list[EventMention]], text: str,
                                                   word: str) -> None:
    ev = next(e for e in events_of(text) if e.text == word)
    assert (ev.type, ev.modality) == ("COERCE", "planned")


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Police arrested the former governor at his home on Wednesday.", "arrested", "COERCE"),
    ("Pirates attempted to hijack the tanker off Dovra on Friday.", "hijack", "ASSAULT"),  # the attack itself
    ("Gunmen attempted to storm the barracks in Sarn on Monday.", "storm", "ASSAULT"),
])
def test_events_an_attempted_attack_or_a_done_arrest_stays_asserted(
        events_of: Callable[[str], list[EventMention]], text: str, word: str, type_: str) -> None:
    ev = next(e for e in events_of(text) if e.text == word)
    assert (ev.type, ev.modality) == (type_, "asserted")


@pytest.mark.parametrize(("text", "word"), [
    ("A judge ordered the suspects held for 30 days on Friday.", "held"),
    ("The court on Friday granted a request by the prosecution to hold the suspects for 30 days.", "hold"),
    ("A magistrate ordered that the five be held in custody for 30 days.", "held"),
])
def test_events_a_court_ordering_people_held_is_a_remand(events_of: Callable[[str], list[EventMention]], text: str,
                                                         word: str) -> None:
    ev = next(e for e in events_of(text) if e.text == word)
    assert (ev.type, ev.subtype) == ("COERCE", "remand")


def test_events_a_remand_ordered_is_done_a_remand_asked_for_is_not(
        events_of: Callable[[str], list[EventMention]]) -> None:
    ordered = next(e for e in events_of("Five suspects were taken to a court on Friday and ordered detained for 30 "
                                        "days.") if e.text == "detained")
    assert (ordered.subtype, ordered.modality) == ("remand", "asserted")
    asked = next(e for e in events_of("Prosecutors asked the court to remand him in custody.") if e.text == "remand")
    assert asked.modality == "planned"


def test_events_talks_held_are_no_remand(events_of: Callable[[str], list[EventMention]]) -> None:
    assert not [e for e in events_of("The two leaders held talks in the court building on Friday.")
                if e.type == "COERCE"]


@pytest.mark.parametrize(("text", "n"), [
    ("The government lifted the curfew after police fired on the marchers, killing 19 people.", 19),
    ("Following the clash between protesters and police, which left nine people dead, the minister resigned.", 9),
    ("The ban was dropped after 12 people were killed on Monday as police fired tear gas at the crowds.", 12),
])
def test_events_force_used_on_a_crowd_holds_its_toll(events_of: Events, text: str, n: int) -> None:
    evs = events_of(text)
    assert any(f.min == n for e in evs if e.type in ("COERCE", "PROTEST") for f in e.figures), \
        [(e.type, e.subtype, e.figures) for e in evs]


@pytest.mark.parametrize(("text", "n"), [
    ("In total, 31 people lost their lives during the protests over the fuel price rise.", 31),
    ("At least 12 people died during the march on the capital.", 12),
])
def test_events_deaths_inside_a_protest_are_its_toll(events_of: Events, text: str, n: int) -> None:
    evs = events_of(text)
    assert any(f.min == n for e in evs if e.type == "PROTEST" for f in e.figures)


def test_events_deaths_beside_an_attack_are_not_the_protest_s(events_of: Events) -> None:
    # negative: with an attack in the sentence the protest takes no toll
    evs = events_of("Protests broke out after a bomb killed 14 people at the station.")
    assert not [f for e in evs if e.type == "PROTEST" for f in e.figures]


def test_events_the_victims_named_are_not_the_incident(events_of: Events) -> None:
    evs = events_of("Gunmen stormed the hotel on Friday, killing 20 hostages before troops ended the siege.")
    assert any(f.min == 20 for e in evs if e.text == "stormed" for f in e.figures), \
        [(e.text, e.figures) for e in evs]


def test_events_all_aboard_killed_in_the_next_sentence_is_the_crash_s_toll(events_of: Events) -> None:
    evs = events_of("The helicopter came down in the hills on Tuesday. There were 14 passengers and crew members "
                    "aboard. All of them were killed.")
    assert any(f.min == 14 for e in evs if e.type == "DISASTER" for f in e.figures)


def _setting(ev: EventMention) -> str | None:
    return next((p.text for p in ev.participants if p.role == "setting"), None)


def test_events_an_unplaced_incident_takes_its_paragraph_s_place_as_its_setting(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A gas explosion tore through an apartment block in Tarvin on Saturday, killing six people.\n"
                    "Police arrested the building's manager on Sunday. The mayor visited the scene on Monday.\n"
                    "The interior ministry condemned the negligence.")
    arrest, visit = _one(evs, "COERCE"), _one(evs, "CONSULT")
    assert arrest.location is None and _setting(arrest) == "Tarvin"  # a weaker source, kept apart from its place
    assert _setting(visit) == "Tarvin"
    assert _setting(_one(evs, "DISAPPROVE")) is None  # words are said anywhere
    assert _setting(_one(evs, "DISASTER")) is None  # it names its own place


def test_events_the_lead_s_place_sets_an_article_whose_lead_places_no_incident(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Voters in Lindau cast ballots on Sunday.\n"
                    "Later, protesters clashed with police outside the election commission.")
    assert _setting(_one(evs, "PROTEST")) == "Lindau"


def test_events_a_relative_clause_about_a_person_sets_no_paragraph(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Protesters stormed the parliament in Tesland on Sunday.\n"
                    "Omar Vell, who travelled to the city of Brenmoor last week, has not commented. Police fired "
                    "tear gas at the crowd.")
    assert _setting(_one(evs, "COERCE")) == "Tesland"


@pytest.mark.parametrize(("text", "setting"), [
    # the site the lead's attack struck sets no other act: the lead's town or country does
    ("At least 30 people were killed in a gun attack on two mosques packed with worshippers in Tesland.\n"
     "Police arrested three other suspects and defused explosive devices.", "Tesland"),
    ("Gunmen stormed the Sarn Palace hotel, which stands in Tarvin, on Friday.\n"
     "Police arrested two suspects on Saturday.", "Tarvin"),
])
def test_events_a_site_sets_no_other_act_but_its_town_does(events_of: Callable[[str], list[EventMention]],
                                                           text: str, setting: str) -> None:
    assert _setting(_one(events_of(text), "COERCE")) == setting


@pytest.mark.parametrize(("text", "place"), [
    ("In Kenya, troops seized the state broadcaster in the port city of Mombasa on Tuesday.", "Mombasa"),
    ("Floods in Pakistan killed 40 people in the town of Sukkur on Monday.", "Sukkur"),
    ("A bomb exploded in Nigeria on Sunday, killing five.", "Nigeria"),  # no town named: the country
])
def test_events_a_town_in_the_clause_beats_its_country(events_of: Callable[[str], list[EventMention]], text: str,
                                                       place: str) -> None:
    ev = next(e for e in events_of(text) if e.type in ("TAKEOVER", "DISASTER", "ASSAULT"))
    assert ev.location is not None and ev.location.text == place


@pytest.mark.parametrize(("text", "summons"), [
    ("The foreign ministry summoned the ambassador of Ostrava on Tuesday over the remarks.", True),
    ("Vandora's envoy was summoned to the foreign ministry over the border incident.", True),
    ("The ministry summoned Ambassador Joel Marek and handed him a note.", True),
    ("The court summoned three witnesses for Monday.", False),
    ("She summoned the courage to speak.", False),
])
def test_events_summoning_an_envoy_is_an_official_complaint(events_of: Callable[[str], list[EventMention]],
                                                            text: str, summons: bool) -> None:
    assert (("DISAPPROVE", "summons") in {(e.type, e.subtype) for e in events_of(text)}) is summons


def _doers(evs: list[EventMention], type_: str) -> set[str]:
    return {p.text for e in evs if e.type == type_ for p in e.participants if p.role == "actor"}


@pytest.mark.parametrize(("text", "type_", "head"), [
    # a head of a body who announces, decides or orders what the body does is a doer of it
    ("Prime Minister Elena Varga announced that the government would suspend talks with the union.", "RETREAT",
     "Elena Varga"),
    ("Prime Minister Elena Varga announced the government's decision to suspend accession talks with the bloc.",
     "RETREAT", "Elena Varga"),
    ("President Omar Talib declared that the state would close its border with Sarn.", "RETREAT", "Omar Talib"),
    ("President Omar Talib told reporters that the army would withdraw from the border by Friday.", "RETREAT",
     "Omar Talib"),
    ("The gang's leader, Pierre Lamy, ordered the killing of dozens of elderly residents.", "ASSAULT", "Pierre Lamy"),
    ("Mayor Ruth Adeyemi ordered the closure of all schools in Tarvin.", "COERCE", "Ruth Adeyemi"),
])
def test_events_the_head_who_announces_or_orders_the_bodys_act_is_its_doer(
        events_of: Callable[[str], list[EventMention]], text: str, type_: str, head: str) -> None:
    assert head in _doers(events_of(text), type_)


@pytest.mark.parametrize(("text", "type_", "other"), [
    # negative: no head by title, no body acting, or a report of what was done
    ("The spokesman said the government would suspend the talks.", "RETREAT", "spokesman"),
    ("The minister announced that rescuers had found the missing climbers.", "MOVE", "minister"),
    ("Rebel leader Josef Kane said his fighters had seized the town.", "TAKEOVER", "Josef Kane"),
    ("Spokesman Tom Reed said police had arrested two suspects.", "COERCE", "Tom Reed"),
])
def test_events_a_speaker_who_heads_nothing_or_reports_a_deed_is_not_its_doer(
        events_of: Callable[[str], list[EventMention]], text: str, type_: str, other: str) -> None:
    assert other not in _doers(events_of(text), type_)


@pytest.mark.parametrize(("text", "names"), [
    # the people an arrest holds, however the sentence names them
    ("Two opposition figures, John Smith and Mary Jones, were detained in separate raids.", {"John Smith",
                                                                                             "Mary Jones"}),
    ("Authorities detained three union organisers, including Sara Lind and Tom Berg.", {"Sara Lind", "Tom Berg"}),
    ("Officers arrested a 71-year-old man, named as Karl Weiss, on charges of sedition.", {"Karl Weiss"}),
    ("The arrest of the contractor's director, Li Wen, followed the fire.", {"Li Wen"}),
])
def test_events_the_named_people_an_arrest_holds_are_its_targets(
        events_of: Callable[[str], list[EventMention]], text: str, names: set[str]) -> None:
    held = {p.text for e in events_of(text) if (e.type, e.subtype) == ("COERCE", "arrest") for p in e.participants
            if p.role == "target"}
    assert names <= held
    # negative: a count of the dead with an "including" phrase names no one
    blast = events_of("The blast killed 12 people, including two children.")
    assert not {p.text for e in blast for p in e.participants} & {"children", "two children"}


@pytest.mark.parametrize(("text", "raid"), [
    ("Police raided the headquarters of the opposition party in Tbilisi.", True),
    ("Anti-corruption investigators searched the offices of the contractor in Kowloon.", True),
    ("The homes of three activists were searched on Tuesday.", True),
    ("A police raid on the newspaper's offices in Tarvin lasted six hours.", True),
    # a noun's doer told by the verb carrying it; a raid told with an arrest
    ("On Wednesday, anti-terror police also carried out a raid in the Dunmore area of the city.", True),
    ("He was arrested in a raid in Tarvin last Friday.", True),
    ("Twenty-five people have been arrested in raids across Kelmar on suspicion of plotting a coup.", True),
    # harm told of what the raid is about, or in a name, is not the raid's own
    ("A special investigation team raided the offices of the fire chief as part of an inquiry into the crush that "
     "killed 56 people.", True),
    ("A total of 40 offices were raided, including the Tarvin Fire Station.", True),
    ("The police tried to raid the gathering in Tarvin but were stopped.", True),
    ("Troops raided a rebel camp near Ostra, killing 14 fighters.", False),
    ("Soldiers carried out a raid on the rebel camp on Tuesday.", False),
    ("Militants raided the village at dawn and abducted 20 women.", False),
    ("Special forces raided the compound, freeing 12 hostages.", False),
    ("Rescuers searched the homes for survivors after the quake.", False),
])
def test_events_a_search_with_force_is_a_coercion_not_an_assault(events_of: Callable[[str], list[EventMention]],
                                                                 text: str, raid: bool) -> None:
    assert (("COERCE", "raid") in {(e.type, e.subtype) for e in events_of(text)}) is raid


@pytest.mark.parametrize(("text", "words"), [
    ("Western governments immediately attacked the Velmoran leadership, saying it was responsible.", True),
    ("Opposition lawmakers attacked the premier in parliament on Tuesday.", True),
    ("Government forces attacked the town of Arvo on Tuesday.", False),
])
def test_events_a_governments_attack_with_no_weapon_is_words(events_of: Events, text: str, words: bool) -> None:
    kinds = {e.type for e in events_of(text) if e.text == "attacked"}
    assert kinds == ({"DISAPPROVE"} if words else {"ASSAULT"})


@pytest.mark.parametrize(("text", "halted"), [
    ("Colonel Ivo Marek said his fighters had halted their campaign to avert bloodshed.", True),
    ("Colonel Ivo Marek announced he was calling off the march on the capital.", True),
    ("Riot police halted the march near the square in Tarvin.", False),
])
def test_events_an_own_campaign_halted_is_a_withdrawal(events_of: Events, text: str, halted: bool) -> None:
    assert (("RETREAT", "withdrawal") in {(e.type, e.subtype) for e in events_of(text)}) is halted


@pytest.mark.parametrize(("text", "deployed"), [
    ("Police said they had sent 137 officers to maintain order during the festival.", True),
    ("The ministry sent officers a letter about their pensions.", False),
])
def test_events_officers_sent_are_a_deployment(events_of: Events, text: str, deployed: bool) -> None:
    assert ("MOBILIZE" in {e.type for e in events_of(text)}) is deployed


@pytest.mark.parametrize(("text", "kind"), [
    # a cooperation reversed (CAMEO 16 "reduce relations", PLOVER SANCTION), apart from a process halted (CAMEO 164)
    ("Norland suspended its strategic partnership with Velmora on Saturday.", "reduce_relations"),
    ("Norland froze its free trade pact with the Tarvin government after the vote.", "reduce_relations"),
    ("The bloc announced the suspension of its association agreement with Sarn.", "reduce_relations"),
    ("The government suspended the country's accession talks until 2028.", "suspension"),
    ("The strike suspended production at the plant for a week.", None),
    ("The paper suspended publication of the column.", None),
])
def test_events_a_suspended_partnership_is_a_cooperation_reversed(events_of: Callable[[str], list[EventMention]],
                                                                  text: str, kind: str | None) -> None:
    found = {e.subtype for e in events_of(text) if e.type in ("RETREAT", "SANCTION")}
    assert (kind in found) if kind else not found & {"suspension", "reduce_relations"}
    if kind == "reduce_relations":
        assert "suspension" not in found  # no join with a halt of talks by its sub-type
        assert {e.type for e in events_of(text) if e.subtype == kind} == {"SANCTION"}


@pytest.mark.parametrize(("text", "place"), [
    ("Police raided offices on Rustaveli Avenue in Tbilisi on Thursday.", "Tbilisi"),
    ("Gunmen stormed the hotel on Main Street in London, killing four.", "London"),
])
def test_events_a_site_on_a_street_lies_in_the_town_its_phrase_names(events_of: Callable[[str], list[EventMention]],
                                                                     text: str, place: str) -> None:
    ev = next(e for e in events_of(text) if e.type in ("COERCE", "ASSAULT", "TAKEOVER"))
    assert ev.location is not None and ev.location.text == place


def test_events_a_death_of_a_seizure_of_the_body_is_no_assault(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The former mayor died of a heart attack at his home in Lessa.")
    assert [(e.type, e.subtype) for e in evs] == [("LIFE", "death")]
    assert "attack" not in {p.text for e in evs for p in e.participants}  # the cause is nobody's deed
    # negative: an attack by someone stays one, and so does a killing told with "died of" wounds given
    assert ("ASSAULT", "attack") in {(e.type, e.subtype) for e in events_of("Gunmen attacked the bus in Lessa.")}


@pytest.mark.parametrize(("text", "held", "not_held"), [
    # the body whose people an arrest holds is held with them; the grounds of an arrest are nobody held
    ("Police arrested three directors of Hollin Construction on suspicion of manslaughter.",
     {"directors", "Hollin Construction"}, {"suspicion"}),
    ("Two employees of Meridian Bank were detained on Friday.", {"employees", "Meridian Bank"}, set()),
    ("Officers arrested a 71-year-old man, named as Karl Weiss, on charges of sedition.", {"Karl Weiss"},
     {"charges"}),
    # negative: people named by no post bring no body with them
    ("Police arrested three men from Lessa on suspicion of theft.", {"men"}, {"Lessa", "suspicion"}),
])
def test_events_an_arrest_holds_the_body_of_its_staff_and_not_its_grounds(
        events_of: Callable[[str], list[EventMention]], text: str, held: set[str], not_held: set[str]) -> None:
    targets = {p.text for e in events_of(text) if (e.type, e.subtype) == ("COERCE", "arrest")
               for p in e.participants if p.role == "target"}
    assert held <= targets and not targets & not_held


@pytest.mark.parametrize("text", ["A section of the Dorvan mine collapsed on Thursday, killing nine workers.",
                                  "A mound of earth caved in at the Dorvan pit on Thursday, burying 12 miners.",
                                  "Rescuers recovered five bodies from a caved-in coal mine near Dorvan."])
def test_events_a_part_or_mound_of_a_mine_failing_is_a_collapse(events_of: Events, text: str) -> None:
    evs = events_of(text)
    assert any(e.type == "DISASTER" and e.subtype == "man_made" for e in evs), [(e.type, e.text) for e in evs]
    assert not [e for e in evs if e.type == "ASSAULT"]  # the mine is a pit, no landmine
    # negative: a part of a speech does not collapse
    assert not [e for e in events_of("Part of the deal collapsed on Thursday.") if e.type == "DISASTER"]


@pytest.mark.parametrize("text", ["Rescuers searched the site of a building that collapsed on Wednesday in Darnby.",
                                  "Olan Vesk, the owner of the factory building which collapsed four days ago, fled."])
def test_events_a_structure_failing_in_a_relative_clause_is_a_collapse(events_of: Events, text: str) -> None:
    evs = events_of(text)
    assert any((e.type, e.subtype, e.text) == ("DISASTER", "man_made", "collapsed") for e in evs), \
        [(e.type, e.text) for e in evs]
    # negative: a deal that collapsed is no structure
    assert not [e for e in events_of("Investors fled the deal that collapsed on Monday.") if e.type == "DISASTER"]


def test_events_a_datelines_place_is_not_the_leads_subject(events_of: Events) -> None:
    evs = events_of("DARNBY, Valdora -- A six-story building collapsed Wednesday on the outskirts of the Valdoran "
                    "capital, killing at least 40 people and injuring more than 300, officials said.")
    assert any((e.type, e.text) == ("DISASTER", "collapsed") for e in evs), [(e.type, e.text) for e in evs]
    assert not [p for e in evs for p in e.participants if p.text in ("DARNBY", "Valdora") and p.role == "actor"]
    evs = events_of("TARSK, VALDORA: Prime Minister Olan Vesk on Wednesday refused to apologize for blaming Dorvia.")
    assert {p.text for e in evs if e.type == "REJECT" for p in e.participants if p.role == "actor"} == {"Olan Vesk"}


def test_events_battling_to_rescue_is_an_effort_not_a_clash(events_of: Events) -> None:
    evs = events_of("Hundreds of workers battled overnight to rescue the miners trapped in Dorvan.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    # negative: troops who battled rebels fought
    assert _one(events_of("Troops battled rebels in Dorvan on Monday."), "ASSAULT")
    assert _one(events_of("Troops battled for hours to retake the town of Dorvan."), "ASSAULT")


def test_events_a_toll_told_before_the_incident_is_not_a_hostage_taking_s(events_of: Events) -> None:
    evs = events_of("The number of deaths has risen to 16, police said. Relatives of the dead took two mine "
                    "officials hostage on Saturday. The cause of the collapse is not known.")
    taking = _one(evs, "ASSAULT")
    assert taking.fatalities is None
    assert _one(evs, "DISASTER").fatalities is not None


def test_events_a_noun_s_own_phrase_names_its_place_before_its_clause(events_of: Events) -> None:
    evs = events_of("In a separate incident in Valdora state on Thursday, four miners were injured in a roof "
                    "collapse at the Pellam coal mine in the town of Kereth.")
    collapse = _one(evs, "DISASTER")
    assert collapse.location is not None and collapse.location.text == "Kereth"
    # negative: with no place of its own the noun keeps its clause's
    other = _one(events_of("In the town of Kereth on Thursday, four miners were injured in a roof collapse."),
                 "DISASTER")
    assert other.location is not None and other.location.text == "Kereth"


@pytest.mark.parametrize("text", ["The cave-in at the Dorvan coal mine killed 16 workers on Thursday.",
                                  "Dorvan Mine Cave-In: Number Of Deaths Now 16",
                                  "Rescuers are still searching the site of the cave-in near Dorvan."])
def test_events_a_cave_in_is_a_collapse(events_of: Events, text: str) -> None:
    evs = events_of(text)
    collapse = _one(evs, "DISASTER")
    assert collapse.subtype == "man_made" and collapse.text.lower().endswith("cave-in")
    assert not [e for e in evs if e.type == "ASSAULT"]  # the deaths are the collapse's toll, no killing
    # negative: a break-in is no collapse, nor a hyphened word that only shares a part
    assert not [e for e in events_of("Police are looking into a break-in at the Dorvan office.")
                if e.type == "DISASTER"]


def test_events_a_crowd_surge_is_a_crush_with_its_toll(events_of: Events) -> None:
    ev = _one(events_of("A crowd surge in the narrow lanes of Varno killed 48 people on Saturday."), "DISASTER")
    assert ev.text == "crowd surge" and ev.fatalities is not None and ev.fatalities.min == 48
    assert not [e for e in events_of("A crowd surge in the narrow lanes of Varno killed 48 people.")
                if e.type == "ASSAULT"]
    # negative: a surge of something else is no incident
    assert not [e for e in events_of("A surge in prices hit shoppers in Varno.") if e.type == "DISASTER"]


def test_events_the_incident_that_killed_is_the_incident_told(events_of: Events) -> None:
    """"the incident that killed 56", "were killed in the tragedy": a definite mishap word points back to the
    incident being told; its deaths are that incident's toll, not a killing of their own."""
    evs = events_of("A stampede at the stadium in Varno killed 50 people on Saturday. The minister apologised for "
                    "the incident that killed 56 people and injured 80 others.")
    assert [e.type for e in evs if e.type in ("ASSAULT", "DISASTER")] == ["DISASTER"]
    stampede = _one(evs, "DISASTER")
    assert {(f.kind, f.min) for f in stampede.figures} >= {("killed", 56), ("injured", 80)}
    evs = events_of("A fire swept through a market in Varno on Monday. At least 20 people were killed and 30 others "
                    "injured in the incident, officials said.")
    assert [e.type for e in evs if e.type in ("ASSAULT", "DISASTER")] == ["DISASTER"]
    # negative: an indefinite incident is a new one, and its killing stays an event
    assert [e for e in events_of("Gunmen killed four people in an incident near Varno on Monday.")
            if e.type == "ASSAULT"]


def test_events_an_accident_noun_makes_a_mishap_word_a_disaster(events_of: Events) -> None:
    evs = events_of("It was the worst disaster since a ferry sinking incident left 300 people dead in 2014.")
    ev = _one(evs, "DISASTER")
    assert ev.text == "incident" and ev.fatalities is not None and ev.fatalities.min == 300


def test_events_deaths_conjoined_to_a_disaster_verb_are_its_toll(events_of: Events) -> None:
    evs = events_of("The ferry sank in waters off the coast of Varno and killed 304 people.")
    assert [e.type for e in evs] == ["DISASTER"] and evs[0].fatalities is not None and evs[0].fatalities.min == 304
    # negative: two verbs sharing their object stay a killing ("a car struck and killed a man")
    assert [e for e in events_of("Gunmen stormed the depot and killed three guards.") if e.text == "killed"]


@pytest.mark.parametrize(("text", "dead"), [
    ("An outbreak of cholera has killed 12 people in Tesk, health officials said.", 12),
    ("The death toll from the fever outbreak in Varnow has risen to 9.", 9),
    ("Nine people have died of the disease in the district since the outbreak was declared.", 9),
    ("Measles has killed 40 children in the province of Sarn this year.", 40),
])
def test_events_an_outbreak_of_disease_holds_its_deaths(events_of: Callable[[str], list[EventMention]], text: str,
                                                        dead: int) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.text) for e in evs]
    ev = next(e for e in evs if e.type == "DISASTER" and e.fatalities is not None)
    assert ev.subtype == "epidemic" and ev.fatalities is not None and ev.fatalities.min == dead


def test_events_deaths_told_after_an_outbreak_are_its_toll(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The health ministry confirmed the outbreak in Tesk on Monday. Three more people died on "
                    "Sunday, bringing the toll to 14.")
    ev = _one(evs, "DISASTER")
    assert ev.subtype == "epidemic" and ev.fatalities is not None and ev.fatalities.min == 14


@pytest.mark.parametrize("text", [
    "The outbreak of violence in Tesk left 12 people dead.",
    "Sales at the Varnow plant have not recovered from the pandemic, the company said.",
    "Since the outbreak of war, the mill in Sarn has been closed.",
    "The virus infected 10,000 computers at the bank in Tesk.",
])
def test_events_violence_war_and_a_background_pandemic_are_no_outbreak(
        events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert not [e for e in events_of(text) if e.subtype == "epidemic"]


@pytest.mark.parametrize(("text", "dead"), [
    # a relative clause of deaths hung on the place or the time after the incident's noun
    ("Rescuers dug on Tuesday to find survivors from the earthquake in the south that killed at least 36 people.", 36),
    ("Police detained six more suspects linked to a plant blast last month which killed 78.", 78),
])
def test_events_deaths_told_around_a_disaster_are_its_toll(events_of: Callable[[str], list[EventMention]],
                                                           text: str, dead: int) -> None:
    evs = events_of(text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.fatalities is not None], [(e.type, e.text) for e in evs]
    assert any(e.type == "DISASTER" and e.fatalities is not None and e.fatalities.min == dead for e in evs)


def test_events_a_killing_by_a_named_doer_stays_a_killing(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Five soldiers were reported killed by militants near Tesk after a storm hit the town.")
    assert any(e.type == "ASSAULT" and e.fatalities is not None and e.fatalities.min == 5 for e in evs)


def test_events_a_relative_clause_of_deaths_keeps_its_place(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Police have detained 17 more suspects connected to a chemical blast in eastern Sarn last month "
                    "which killed 78 in eastern Sarn last month, local authorities said Monday.")
    arrest = _one(evs, "COERCE")
    assert arrest.location is None or "Sarn" not in arrest.location.text


def _typed(evs: list[EventMention], type_: str, subtype: str) -> EventMention:
    hits = [e for e in evs if (e.type, e.subtype) == (type_, subtype)]
    assert len(hits) == 1, [(e.type, e.subtype, e.text) for e in evs]
    return hits[0]


def test_events_the_act_a_ruling_judges_stays_that_act(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A tribunal in Velmora on Friday ruled the arrest of the former minister was illegal.")
    arrest = _typed(evs, "COERCE", "arrest")  # not the court's remand: the arrest it judged
    assert arrest.background


@pytest.mark.parametrize("text", [
    "The Velmoran diplomats have until Saturday to leave the country.",
    "The ministry set a Thursday deadline for the envoys to leave the country.",
])
def test_a_mission_given_time_to_leave_has_not_left(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert _typed(events_of(text), "RETREAT", "withdrawal").modality == "planned"


def test_events_a_ruling_holds_the_suspect_where_the_court_sits(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("A court in Pezinok, northeast of Bratislava, ruled on Saturday that the suspect will remain in "
                    "pretrial detention.")
    ruling = _typed(evs, "JUSTICE", "ruling")
    assert ruling.location is not None and ruling.location.text == "Pezinok"
    assert _typed(evs, "COERCE", "remand").modality == "asserted"


def test_events_an_envoy_s_home_places_nothing(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _typed(events_of("Kenya expelled the Ugandan ambassador on Monday."), "SANCTION", "expulsion")
    assert not any(p.text == "Ugandan" for p in ev.participants)
    assert ev.location is None or ev.location.text != "Ugandan"


def test_events_a_party_s_word_on_an_act_does_not_make_it_older(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Lawyers for Dario Pellwick said his arrest was illegal.")
    assert not _typed(evs, "COERCE", "arrest").background  # the news it is, not the court's remand either
    evs = events_of("The tribunal confirmed the arrest was illegal and arbitrary, the judge said.")
    assert _typed(evs, "COERCE", "arrest").background


@pytest.mark.parametrize(("text", "word", "subtype"), [
    ("Police arrested the man on the court premises in Kereth on Monday.", "arrested", "arrest"),
    ("Officers detained two protesters outside the court on Tuesday.", "detained", "arrest"),
    ("During the court hearing, police denied beating him during the arrest.", "arrest", "arrest"),
    ("He was wounded during the arrest and appeared in court in a wheelchair.", "arrest", "arrest"),
    ("A court spokesman said police arrested the man on Monday.", "arrested", "arrest"),
    # negative: a court that does the holding, or orders it, makes it a remand
    ("A Kereth court on Friday detained the four suspects.", "detained", "remand"),
    ("A judge in Kereth ordered the men detained for 30 days.", "detained", "remand"),
    ("The court ruled that the suspect will remain in detention.", "detention", "remand"),
    ("The Lorn District Court of Kereth satisfied the petition of the investigators and elected a measure of "
     "restraint in the form of detention until May 22.", "detention", "remand"),
])
def test_events_a_court_named_as_a_place_does_not_make_an_arrest_a_remand(
        events_of: Callable[[str], list[EventMention]], text: str, word: str, subtype: str) -> None:
    ev = next(e for e in events_of(text) if e.text == word)
    assert (ev.type, ev.subtype) == ("COERCE", subtype)


@pytest.mark.parametrize("text", [
    "Velmora has been suspended from the regional union following the coup.",
    "The regional bloc suspended Velmora's membership on Friday.",
    "The bloc announced the suspension of Velmora from all its decision-making bodies.",
])
def test_a_body_suspending_a_member_is_a_sanction(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert [(e.type, e.subtype) for e in events_of(text) if e.type == "SANCTION"] == [
        ("SANCTION", "member_suspension")]


@pytest.mark.parametrize("text", [
    "Shares of the company were suspended from trading on Monday.",
    "The officer was suspended from duty pending an inquiry.",
])
def test_a_suspension_from_no_body_is_no_sanction(events_of: Callable[[str], list[EventMention]], text: str) -> None:
    assert not [e for e in events_of(text) if (e.type, e.subtype) == ("SANCTION", "member_suspension")]


def test_the_court_that_tells_a_police_arrest_does_not_remand(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("The district court said police arrested him on Tuesday near the border.")
    assert [(e.text, e.subtype) for e in evs if e.type == "COERCE"] == [("arrested", "arrest")]


def test_people_detained_told_beside_a_court_s_ruling_are_arrested(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Officials said judges have confirmed the arrest of 14 people, while the extradition of two "
                    "others detained abroad is being sought.")
    assert ("detained", "arrest") in [(e.text, e.subtype) for e in evs if e.type == "COERCE"]


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers staged a coup in Africa on Wednesday, seizing power in Lesk.", "Lesk"),
    ("Gunmen in Velmora attacked a convoy. The attack was the deadliest in Africa this year.", None),
])
def test_a_region_yields_to_the_country_or_city_its_sentence_or_lead_names(
        events_of: Callable[[str], list[EventMention]], text: str, place: str | None) -> None:
    evs = [e for e in events_of(text) if e.text in ("coup", "attack")]
    assert [e.location.text if e.location is not None else None for e in evs[-1:]] == [place]


def test_a_region_stays_where_the_text_names_no_narrower_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Military takeovers have swept the region. Officers staged a coup in West Africa last year.")
    assert [e.location.text for e in evs if e.text == "coup" and e.location is not None] == ["West Africa"]


def test_going_on_trial_is_no_trip(events_of: Callable[[str], list[EventMention]]) -> None:
    evs = events_of("Tomas Brenner went on trial in Lesk on Tuesday.")
    assert ("CONSULT", "visit") not in [(e.type, e.subtype) for e in evs]


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("A gunman tried to shoot the vice-president outside her home on Thursday, but the gun failed to fire.",
     "shoot", "asserted"),
    ("Police said a man had attempted to stab Mayor Ilsa Dorn outside the town hall.", "stab", "asserted"),
    ("Mayor Ilsa Dorn survived an attempt on her life in September.", "attempt", "asserted"),
    ("Prosecutors charged the couple over the assassination attempt.", "assassination attempt", "alleged"),
    ("He will try to kill again, the judge warned.", "kill", "expected"),
])
def test_events_an_attack_tried_is_an_attack_as_real_as_the_trying(
        events_of: Callable[[str], list[EventMention]], text: str, trigger: str, modality: str) -> None:
    ev = next(e for e in events_of(text) if e.text == trigger)
    assert ev.type == "ASSAULT" and ev.modality == modality
    # what the authorities try to do to a person stays apart from the deed done days later
    arrest = next(e for e in events_of("Investigators failed to detain the suspect on Monday.") if e.text == "detain")
    assert arrest.modality == "planned"


def test_events_impeachment_is_a_legal_step_proposed_by_a_motion_done_by_a_vote(
        events_of: Callable[[str], list[EventMention]]) -> None:
    def impeach(text: str) -> list[EventMention]:
        return [e for e in events_of(text) if e.lemma in ("impeach", "impeachment")]

    assert [(e.type, e.subtype, e.modality) for e in impeach(
        "Lawmakers voted 204-85 to impeach President Marlo Vess on Saturday.")] == [
        ("JUSTICE", "impeachment", "asserted")]
    assert [e.modality for e in impeach("The opposition submitted a motion to impeach President Marlo Vess.")] == [
        "planned"]
    assert [e.type for e in impeach("Vess has been impeached by the Tesland assembly.")] == ["JUSTICE"]
    # a requirement, a cause, a position on it: no impeachment done
    assert impeach("Impeaching Vess requires the support of 200 of the 300 members.") == []
    assert impeach("The declaration was perfect grounds for his impeachment.") == []
    assert impeach("A majority of voters support the president's impeachment.") == []


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Soldiers toppled President Arlo Venn last week.", "toppled", ("TAKEOVER", "coup")),
    ("The military overthrew him in August.", "overthrew", ("TAKEOVER", "coup")),
    ("Six student leaders were taken into custody by detectives on Friday.", "taken", ("COERCE", "arrest")),
    ("Two buses were set on fire on Tuesday.", "set", ("ASSAULT", "property_destruction")),
    ("The bloc suspended Valdora on Friday after the coup.", "suspended", ("SANCTION", "member_suspension")),
    ("Police are carrying out another raid against suspected supporters of the movement.", "raid",
     ("COERCE", "raid")),
    ("The measure was formally lifted around 4:30 a.m.", "lifted", ("RETREAT", "easing")),
    ("The spokesman then retracted his online apology.", "retracted", ("RETREAT", "retraction")),
    ("It followed the decree, which the president retracted within six hours.", "retracted",
     ("RETREAT", "retraction")),
])
def test_events_acts_told_with_ordinary_verbs_by_what_they_act_on(
        events_of: Callable[[str], list[EventMention]], text: str, trigger: str, kind: tuple[str, str]) -> None:
    found = [(e.type, e.subtype) for e in events_of(text) if e.text == trigger]
    assert found == [kind]
    # the same verbs with other objects make none of these acts
    for other in ("The storm toppled trees across the city.", "The court took custody of the children.",
                  "She set the table for dinner.", "The club suspended its striker for two games.",
                  "The cat retracted its claws."):
        assert not {(e.type, e.subtype) for e in events_of(other)} & {
            ("TAKEOVER", "coup"), ("COERCE", "arrest"), ("ASSAULT", "property_destruction"),
            ("SANCTION", "member_suspension"), ("RETREAT", "retraction")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Troops surrounded parliament on Tuesday night.", "surrounded"),
    ("Military forces were surrounding the building, officials in Lesk said.", "surrounding"),
    ("The motion says that Varn sent military personnel into the election commission.", "sent"),
    ("The foreign ministry had sent a rapid deployment team to Lesk.", "sent"),
])
def test_events_armed_forces_sent_or_surrounding_a_place_are_a_mobilization(
        events_of: Callable[[str], list[EventMention]], text: str, trigger: str) -> None:
    assert [(e.type, e.subtype) for e in events_of(text) if e.text == trigger] == [("MOBILIZE", None)]
    # a crowd or a landscape surrounding something, experts sent: no force shown
    for other in ("Protesters surrounded the minister's car.", "Hills surround the town of Lesk.",
                  "The ministry sent a team of experts to Lesk."):
        assert "MOBILIZE" not in {e.type for e in events_of(other)}


@pytest.mark.parametrize(("text", "word"), [
    ("The president's decree sparked widespread protests across Velmora.", "protests"),
    ("His short-lived decree has triggered political chaos and large protests calling for his ouster.", "protests"),
])
def test_events_bare_plural_acts_a_cause_set_off_are_that_set(events_of: Events, text: str, word: str) -> None:
    ev = next(e for e in events_of(text) if e.text == word)
    assert ev.type == "PROTEST" and ev.modality == "asserted"


def test_events_bare_plural_acts_a_cause_sets_off_in_the_present_stay_generic(events_of: Events) -> None:
    ev = next(e for e in events_of("Such decrees often spark protests in Velmora.") if e.text == "protests")
    assert ev.modality == "generic"


def test_events_whoever_is_held_under_house_arrest_is_the_arrests_target(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"X is under house arrest", "X, who was placed under house arrest": X is whom the arrest is done to."""
    for text, who in (("President Dario Vell is under house arrest, the officers said.", "Dario Vell"),
                      ("Dario Vell, who was initially placed under house arrest in Sarnat, is now free.",
                       "Dario Vell")):
        held = [e for e in events_of(text) if e.type == "COERCE" and e.text == "house arrest"]
        assert held and any(p.role == "target" and p.text == who for p in held[0].participants), text
    # negative: a place one is held in is no target
    held = [e for e in events_of("Dario Vell is under house arrest in Sarnat.") if e.type == "COERCE"]
    assert held and not any(p.role == "target" and p.text == "Sarnat" for p in held[0].participants)


@pytest.mark.parametrize(("text", "type_", "role", "names"), [
    ("Ministers of the bloc agreed on Saturday to provide about 70 million dollars of aid for Velmora and Tarsk.",
     "AGREE", "recipient", {"Velmora", "Tarsk"}),
    ("Farmers threatened today to hold a general strike unless Velmora rescinded its decree.",
     "THREATEN", "target", {"Velmora"}),
    ("The Sarn Front has threatened to deliver devastating blows to Velmora and Tarsk.",
     "THREATEN", "target", {"Velmora", "Tarsk"}),
    ("The rebel group insisted on its demands that Tarsk's government grant the minority more rights.",
     "REQUEST", "recipient", {"government"}),
    ("The envoys demanded that Tarsk withdraw its troops.", "REQUEST", "recipient", {"Tarsk"}),
    ("Tarsk mobilized army reservists for a possible war against Velmora on Tuesday.",
     "MOBILIZE", "target", {"Velmora"}),
])
def test_events_the_state_a_promised_threatened_or_demanded_act_is_aimed_at_is_a_party(
        events_of: Events, text: str, type_: str, role: str, names: set[str]) -> None:
    """The named state that the act an agreement, a threat, a demand or a mobilization leads to is done to or for
    (its object, "to/for/against", the doer a condition or a demand puts it to) is a party of it, not its place."""
    ev = _one(events_of(text), type_)
    assert names <= {p.text for p in ev.participants if p.role == role}, ev.participants
    assert ev.location is None or ev.location.text not in names


def test_events_a_place_a_threatened_act_is_done_in_is_no_party(events_of: Events) -> None:
    ev = _one(events_of("Farmers threatened today to hold a general strike in Velmora."), "THREATEN")
    assert not any(p.text == "Velmora" and p.role in ("target", "recipient") for p in ev.participants)


def test_events_a_withdrawal_is_placed_where_it_pulls_out_from(events_of: Events) -> None:
    """"will withdraw its force from X": the force was in X, where the withdrawal is done."""
    ev = _one(events_of("Tarsk announced that it will withdraw its peacekeeping force from Velmora."), "RETREAT")
    assert ev.location is not None and ev.location.text == "Velmora"


def test_events_where_an_agreed_journey_goes_is_no_party(events_of: Events) -> None:
    ev = _one(events_of("The refugees agreed to return to Velmora next month."), "AGREE")
    assert not any(p.text == "Velmora" and p.role in ("target", "recipient") for p in ev.participants)


def test_events_a_headline_past_tense_of_an_act_done_to_someone_is_its_passive(events_of: Events) -> None:
    """"Police officer shot in raids": a headline drops "was", and the tagger reads "shot" as a past tense; with no
    object, in a line with no full stop, the subject is who was shot. A sentence of the body keeps its doer."""
    ev = next(e for e in events_of("Police officer shot in raids in Kereth") if e.text == "shot")
    assert [(p.role, p.text) for p in ev.participants if p.text == "officer"] == [("target", "officer")]
    ev = next(e for e in events_of("The gunman shot at the guards in Kereth on Monday.") if e.text == "shot")
    assert ("actor", "gunman") in [(p.role, p.text) for p in ev.participants]


def test_events_what_was_fired_is_no_target_but_whom_it_was_fired_at_is(events_of: Events) -> None:
    """"Shots were fired at police officers": the shots are what was fired; the officers were aimed at. A craft
    "shot down" is struck."""
    ev = next(e for e in events_of("Shots were fired at police officers in Kereth on Monday.") if e.text == "fired")
    assert [(p.role, p.text) for p in ev.participants if p.role == "target"] == [("target", "officers")]
    ev = next(e for e in events_of("A drone was shot down over Kereth on Monday.") if e.text == "shot down")
    assert ("target", "drone") in [(p.role, p.text) for p in ev.participants]


@pytest.mark.parametrize(("text", "word", "kind"), [
    # a noun a light verb carries is the act done ("held a long conversation with X", "held a news conference")
    ("Minister Orla Venn had held a long conversation with her Tarvin counterpart on Tuesday.", "conversation",
     ("CONSULT", "talks")),
    ("The charity held a news conference in Lesk on Monday.", "news conference", ("STATEMENT", "broadcast")),
    ("Residents held a vigil outside the town hall in Sarn on Friday.", "vigil", ("PROTEST", "demonstration")),
    ("The police in Varno are in contact with the kidnappers.", "contact", ("CONSULT", "talks")),
    ("The rescue team decided to take a pause in the rescue operation on Sunday.", "pause",
     ("RETREAT", "suspension")),
    # something asked of another party (CAMEO 02)
    ("The State Department had asked Tarvin for details of the arrests.", "asked", ("REQUEST", None)),
    # an examination launched or ordered is an investigation (CAMEO 09)
    ("The attorney general said she was launching a review of the decision-making.", "review",
     ("INVESTIGATE", None)),
    ("The board of Sarn Water ordered an audit of the accounts on Monday.", "audit", ("INVESTIGATE", None)),
])
def test_events_carried_nouns_and_requests(events_of: Callable[[str], list[EventMention]], text: str, word: str,
                                           kind: tuple[str, str | None]) -> None:
    assert kind in [(e.type, e.subtype) for e in events_of(text) if e.text == word]


@pytest.mark.parametrize(("text", "word"), [
    ("The book is a conversation about grief and memory.", "conversation"),  # no light verb: nothing done
    ("Residents lost contact with relatives in Varno.", "contact"),  # nobody in touch
    ("The ministry did not respond when asked for comment.", "asked"),  # a reporter's question
    ("Sarn Water asked for comment, declined to say more.", "asked"),
    ("Critics gave the film a glowing review.", "review"),  # a review given is an opinion, no examination
])
def test_events_no_carried_noun_or_request_where_none_is_told(events_of: Callable[[str], list[EventMention]],
                                                              text: str, word: str) -> None:
    assert not [e for e in events_of(text) if e.text == word and e.type in ("CONSULT", "REQUEST", "INVESTIGATE")]


def test_events_the_means_of_a_transport_is_no_actor(events_of: Callable[[str], list[EventMention]]) -> None:
    ev = _one(events_of("The banker was brought to Varno on Sunday by a military helicopter."), "MOVE")
    assert "helicopter" not in {p.text for p in ev.participants if p.role == "actor"}


@pytest.mark.parametrize(("text", "expelled"), [
    ("Tarvin forced the refugee agency out of the country following the relief operation.", True),
    ("Lesk kicked the envoy out of Varno on Monday.", True),
    ("The scandal forced the minister out of office in May.", False),  # out of a post
    ("The floods drove thousands of families out of their homes.", False),
])
def test_events_forced_out_of_a_country_is_an_expulsion(events_of: Callable[[str], list[EventMention]], text: str,
                                                        expelled: bool) -> None:
    assert (("SANCTION", "expulsion") in {(e.type, e.subtype) for e in events_of(text)}) is expelled


@pytest.mark.parametrize("text", [
    "The two perjury counts each carry a maximum prison sentence of five years.",
    "Vorn faces a maximum sentence of 40 years.",
])
def test_mentions_a_penalty_in_law_is_generic(events_of: Callable[..., list[EventMention]], text: str) -> None:
    found = [m for m in events_of(text) if m.subtype == "sentence"]
    assert found and all(m.modality == "generic" for m in found)


def test_mentions_a_sentence_passed_is_no_penalty_in_law(events_of: Callable[..., list[EventMention]]) -> None:
    found = [m for m in events_of("The judge handed Vorn the maximum sentence on Friday.") if m.subtype == "sentence"]
    assert found and all(m.modality != "generic" for m in found)


@pytest.mark.parametrize(("text", "type_", "charge"), [
    # a verb's "of" names the charge or the topic, never its doer (a noun's does: "the visit of X")
    ("Prime Minister Tomas Brill accused Lesk of involvement in the killing.", "ACCUSE", "involvement"),
    ("The ministry warned of attacks on the border.", "THREATEN", "attacks"),
    ("Joel Amsel was acquitted of the charges.", "JUSTICE", "charges"),
    ("A spokesman of the Red Hand claimed responsibility of this brutal act.", "ACCUSE", "act"),
    ("Lesk rejected Brill's allegations of involvement in the killing.", "ACCUSE", "involvement"),
])
def test_events_a_verbs_of_object_is_no_doer(
        events_of: Callable[[str], list[EventMention]], text: str, type_: str, charge: str) -> None:
    assert charge not in _doers(events_of(text), type_)


def test_events_a_nouns_of_object_is_still_its_doer(events_of: Callable[[str], list[EventMention]]) -> None:
    assert "Tomas Brill" in _doers(events_of("The visit of Tomas Brill to Lesk ended on Monday."), "CONSULT")


@pytest.mark.parametrize(("text", "type_"), [
    # a relative pronoun subject of the verb that carries a noun's act stands for the noun the clause is on
    ("The Lesk Liberation Front, which has claimed responsibility for the attack, named the bomber.", "ACCUSE"),
    ("The Lesk Liberation Front, which has claimed responsibility for the attack, named the bomber.", "ASSAULT"),
])
def test_events_a_relative_pronoun_doer_is_the_noun_it_stands_for(
        events_of: Callable[[str], list[EventMention]], text: str, type_: str) -> None:
    assert {d.removeprefix("The ") for d in _doers(events_of(text), type_)} == {"Lesk Liberation Front"}
