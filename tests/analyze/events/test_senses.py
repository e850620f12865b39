"""Event words whose sense the sentence decides (fictional texts, the real spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.model import Article
from tests.conftest import analyzer_with

Kinds = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def kinds_of(resources: Resources, make_article: Callable[..., Article]) -> Kinds:
    an: Analyzer = analyzer_with(resources, "baseline", "time", "events")

    def run(text: str, word: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.subtype) for e in an.analyze(make_article(text)).events if e.text.lower() == word]

    return run


@pytest.mark.parametrize(("text", "kind"), [
    ("The club fired its coach on Monday.", ("RETREAT", "dismissal")),
    ("Tamsin Orrel was fired as head coach on Saturday.", ("RETREAT", "dismissal")),
    ("Soldiers fired at the crowd near the bridge.", ("ASSAULT", "shooting")),
    ("Shots were fired outside the bank in Varnow.", ("ASSAULT", "shooting")),
])
def test_senses_fire_is_a_dismissal_or_a_shooting(kinds_of: Kinds, text: str, kind: tuple[str, str]) -> None:
    assert kinds_of(text, "fired") == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("A woman was hit by a car on Elm Street.", [("DISASTER", "man_made")]),
    ("The driver who hit her fled the scene.", [("DISASTER", "man_made")]),
    ("A missile hit the school in Varnow.", [("ASSAULT", "shelling")]),
    ("The earthquake hit the coast of Tessaly.", [("DISASTER", "earthquake")]),
    ("The film hit theaters on Friday.", []),
    ("Prices hit a record high in May.", []),
])
def test_senses_hit_is_an_accident_an_attack_or_nothing(kinds_of: Kinds, text: str,
                                                      kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, "hit") == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The climber fell 150 metres from a ridge.", "fell", [("DISASTER", "man_made")]),
    ("A doctor died after a fall from a mountain.", "fall", [("DISASTER", "man_made")]),
    ("Prices fell 5% last week.", "fell", []),
    ("He fell ill in March.", "fell", []),
    ("The minister fell from power in 2010.", "fell", []),
    ("The talks resume in the fall.", "fall", []),
])
def test_senses_a_person_falling_is_an_accident(kinds_of: Kinds, text: str, word: str,
                                                kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


def test_senses_capturing_people_is_an_arrest_capturing_a_town_a_takeover(kinds_of: Kinds) -> None:
    assert kinds_of("The navy captured five pirates.", "captured") == [("COERCE", "arrest")]
    assert kinds_of("Rebels captured the town of Orlek.", "captured") == [("TAKEOVER", "capture")]


@pytest.mark.parametrize("text", [
    # a site whose noun ends as an agent noun does ("-ant", "-er") is no person taken
    "On Wednesday, militants seized the base and captured the gas plant.",
    "Rebels captured the tower overlooking the port.",
])
def test_senses_capturing_a_site_named_like_an_agent_is_a_takeover(kinds_of: Kinds, text: str) -> None:
    assert kinds_of(text, "captured") == [("TAKEOVER", "capture")]


@pytest.mark.parametrize(("text", "word"), [
    ("The Varnish navy detained a Tarvian tanker off the coast of Orlek.", "detained"),
    ("A Tarvian oil tanker was detained off Orlek on Thursday.", "detained"),
    ("Another Tarvian ship was briefly detained by Varnish forces on Friday.", "detained"),
    ("Guards said they had confiscated a Tarvian tanker in the strait.", "confiscated"),
    ("The ship's seizure in the strait angered Tarvia.", "seizure"),
])
def test_senses_a_ship_detained_or_confiscated_is_seized(kinds_of: Kinds, text: str, word: str) -> None:
    assert kinds_of(text, word) == [("TAKEOVER", "capture")]


def test_senses_people_detained_stay_an_arrest(kinds_of: Kinds) -> None:
    assert kinds_of("The navy detained the crew of the tanker on Friday.", "detained") == [("COERCE", "arrest")]
    assert kinds_of("Police detained six suspects in Orlek.", "detained") == [("COERCE", "arrest")]


def test_senses_recapturing_a_fugitive_is_an_arrest_recapturing_a_town_a_takeover(kinds_of: Kinds) -> None:
    assert kinds_of("Drug lord Tomas Varga was recaptured on Friday.", "recaptured") == [("COERCE", "arrest")]
    assert kinds_of("The fugitive drug lord was captured in a raid.", "captured") == [("COERCE", "arrest")]
    assert kinds_of("Marines searched the house after the recapture of the drug lord.", "recapture") == [
        ("COERCE", "arrest")]
    assert kinds_of("Varga looked tired after his capture.", "capture") == [("COERCE", "arrest")]
    assert kinds_of("Fugitive drug lord Tomas 'the Fox' Varga has been recaptured.", "recaptured") == [
        ("COERCE", "arrest")]
    # negatives: a town taken back, a town's capture
    assert kinds_of("Rebels recaptured the town of Orlek.", "recaptured") == [("TAKEOVER", "regain")]
    assert kinds_of("The capture of the town took three days.", "capture") == [("TAKEOVER", "capture")]


def test_senses_dismissing_a_person_is_a_dismissal_dismissing_allegations_is_not(kinds_of: Kinds) -> None:
    assert kinds_of("The president dismissed the defence minister on Friday.", "dismissed") == [
        ("RETREAT", "dismissal")]
    assert kinds_of("Norvik dismissed the allegations as absurd.", "dismissed") == []
    assert kinds_of("The ministry's dismissal of the report came a day later.", "dismissal") == []
    # the object put after its "as" phrase ("dismissed as absurd X"), which the parser makes the phrase's object
    assert kinds_of("Norvik has dismissed as absurd Tomas Brill's suspicions.", "dismissed") == []
    assert kinds_of("Norvik dismissed as baseless the allegations of the opposition.", "dismissed") == []


@pytest.mark.parametrize(("text", "word", "kind"), [
    # what a party asked for, dismissed or disallowed: a rejection (CAMEO 12), not a person put out of office
    ("Deputy Speaker Arlo Venn dismissed the no-confidence motion against the premier.", "dismissed",
     [("REJECT", None)]),
    ("The opposition's petition was dismissed on Sunday.", "dismissed", [("REJECT", None)]),
    ("The judge dismissed the request for a new hearing.", "dismissed", [("REJECT", None)]),
    ("The speaker disallowed the no-confidence motion against the premier.", "disallowed", [("REJECT", None)]),
    # negative: a person dismissed stays a dismissal
    ("The premier dismissed the interior minister on Monday.", "dismissed", [("RETREAT", "dismissal")]),
])
def test_senses_a_motion_dismissed_is_a_rejection(kinds_of: Kinds, text: str, word: str,
                                                  kind: list[tuple[str, str | None]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    # a legislature's or government's term ended, not a company wound up
    ("President Tamsin Orrel dissolved the National Assembly on the premier's advice.", "dissolved",
     [("RETREAT", "dissolution")]),
    ("The president then dissolved parliament and called early elections.", "dissolved",
     [("RETREAT", "dissolution")]),
    ("The king announced the dissolution of the cabinet on Friday.", "dissolution", [("RETREAT", "dissolution")]),
    # negative: a firm dissolved is the end of a company
    ("The trading firm was dissolved in 2019.", "dissolved", [("BUSINESS", "end_org")]),
])
def test_senses_a_legislature_dissolved_ends_its_term(kinds_of: Kinds, text: str, word: str,
                                                      kind: list[tuple[str, str | None]]) -> None:
    assert kinds_of(text, word) == kind


def test_senses_drunk_driving_is_an_offence_driving_is_not(kinds_of: Kinds) -> None:
    assert kinds_of("He was arrested for drunk driving.", "driving") == [("CRIME", "traffic_offence")]
    assert kinds_of("Police said he was driving under the influence.", "driving") == [("CRIME", "traffic_offence")]
    assert kinds_of("She was driving to work when it rained.", "driving") == []


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("She was struck by a car on Elm Street.", "struck", [("DISASTER", "man_made")]),
    ("The driver struck and killed a cyclist on Route 9.", "struck", [("DISASTER", "man_made")]),
])
def test_senses_struck_by_a_vehicle_is_an_accident(kinds_of: Kinds, text: str, word: str,
                                                   kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Troops rescued the kidnapped villagers on Sunday.", "rescued", [("RETREAT", "release")]),
    ("Police said the hostages were rescued by special forces at dawn.", "rescued", [("RETREAT", "release")]),
    # saved from a disaster: the rescue work (AID), no release of captives
    ("Some were rescued while swimming towards the shore of Varno.", "rescued", [("AID", "rescue")]),
    ("Around 100 passengers were rescued alive by speedboats near Lesk.", "rescued", [("AID", "rescue")]),
    ("The two abducted teachers regained their freedom on Tuesday.", "regained", [("RETREAT", "release")]),
    ("The army regained control of Orlek on Tuesday.", "regained", [("TAKEOVER", "regain")]),
    ("The army said 40 hostages had been freed.", "freed", [("RETREAT", "release")]),
    ("The bill would free up funds for schools.", "free up", []),
    ("Divers recovered 12 bodies from the river.", "recovered", []),
    ("Police recovered two rifles and a grenade.", "recovered", [("COERCE", "weapons_seized")]),
    ("A total of 32 bodies have been recovered from the river near Varno.", "recovered", []),
    ("One body was recovered past midnight, while another was recovered at dawn.", "recovered", []),
    ("Troops recovered a large cache of arms in Orlek.", "recovered", [("COERCE", "weapons_seized")]),
    ("So far 18 machines have been recovered from the pit, he said.", "recovered", []),
])
def test_senses_people_freed_or_rescued_are_released_bodies_recovered_are_no_seizure(
        kinds_of: Kinds, text: str, word: str, kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A bus plunged into a gorge near Lesk on Monday.", "plunged", [("DISASTER", "man_made")]),
    ("Two trains collided near Tolvar on Sunday.", "collided", [("DISASTER", "man_made")]),
    ("The ferry sank off Varno on Friday.", "sank", [("DISASTER", "man_made")]),
    ("The jet was bound for Varno when it lost height and went down near Lesk.", "went down",
     [("DISASTER", "man_made")]),
    ("The government went down after the vote.", "went down", []),
    ("The court overturned the ruling on Monday.", "overturned", [("JUSTICE", "ruling")]),  # (a court rules)
    ("Share prices plunged in March.", "plunged", []),
])
def test_senses_a_vehicle_that_plunges_or_collides_is_an_accident(kinds_of: Kinds, text: str, word: str,
                                                                    kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


def test_senses_deaths_of_a_vehicle_mishap_are_its_toll_not_a_killing(kinds_of: Kinds) -> None:
    text = "A bus plunged into a gorge near Lesk on Monday, killing 23 passengers."
    assert kinds_of(text, "killing") != [("ASSAULT", "killing")]


def test_senses_a_vehicle_falling_into_a_gorge_is_an_accident(kinds_of: Kinds) -> None:
    assert kinds_of("A crowded bus fell into a deep gorge near Lesk on Monday.", "fell") == [("DISASTER", "man_made")]
    # negative: what falls in figures is no accident
    assert kinds_of("Sales of new cars fell in March.", "fell") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The rescue teams continued searching the river for bodies on Monday.", []),  # rescue work
    ("Soldiers joined the search and rescue operation at the collapsed bridge.", []),
    ("The governor told officials to speed up rescue and emergency medical services.", []),
    ("The rescue of the 40 pupils ended their ordeal on Sunday.", [("RETREAT", "release")]),  # set free
])
def test_senses_rescue_work_is_no_release(kinds_of: Kinds, text: str, kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, "rescue") == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    # people moved out of harm's way (ACE Movement.Transport), no withdrawal
    ("The area was evacuated as a precaution after the blast in Sarn.", "evacuated", [("MOVE", "transport")]),
    ("Thousands of residents were evacuated ahead of the storm.", "evacuated", [("MOVE", "transport")]),
    ("The government evacuated its embassy in Lesk on Friday.", "evacuated", [("RETREAT", "withdrawal")]),
    ("The evacuation of the garrison began on Monday.", "evacuation", [("RETREAT", "withdrawal")]),
])
def test_senses_evacuating_people_is_no_withdrawal_evacuating_troops_is(kinds_of: Kinds, text: str, word: str,
                                                                          kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Tragedy struck last Sunday morning, when a glacier breach sent a torrent down the Varno valley.",
     [("DISASTER", None)]),
    ("The disaster struck less than three months after a ferry capsized near Lesk.", [("DISASTER", None)]),
    ("A missile struck the school in Orlek on Monday.", [("ASSAULT", "shelling")]),
])
def test_senses_a_misfortune_that_strikes_is_a_disaster_not_an_attack(kinds_of: Kinds, text: str,
                                                                       kind: list[tuple[str, str | None]]) -> None:
    assert kinds_of(text, "struck") == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The buses were traveling on a highway to Varno when the landslide struck.", "traveling", []),
    ("Twenty people were travelling on the first bus heading to Lesk.", "travelling", []),
    ("Twenty-four people, including two Orvani nationals, were travelling on the first bus heading towards Lesk "
     "from Varno.", "travelling", []),
    ("Divers waited for the arrival of the rescue vessel near Orlek.", "arrival", []),
    ("The foreign minister will travel to Lesk on Tuesday for talks.", "travel", [("CONSULT", "visit")]),
    ("The envoy arrived in Varno on Monday.", "arrived", [("CONSULT", "visit")]),
    # a munition's flight (round 18)
    ("The new Orvani missile can travel farther than any before it.", "travel", []),
    ("The rockets travelled more than 80 km before they struck Lesk.", "travelled", []),
])
def test_senses_a_vehicle_or_its_passengers_travelling_is_no_visit(kinds_of: Kinds, text: str, word: str,
                                                                    kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("A car bomb struck the busy market in Orlek on Monday.", ("ASSAULT", "bombing")),
    ("Two suicide car bombers struck an army barracks near Orlek.", ("ASSAULT", "suicide_bombing")),
    # negative: a vehicle that strikes people is a road accident
    ("A speeding car struck a group of pilgrims near Orlek.", ("DISASTER", "man_made")),
])
def test_senses_a_vehicle_that_names_the_weapon_makes_no_accident(kinds_of: Kinds, text: str,
                                                                   kind: tuple[str, str]) -> None:
    assert kinds_of(text, "struck") == [kind]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A car plowed into a crowded holiday market in Velsk on Friday. Police arrested the suspect.", "plowed",
     [("ASSAULT", "attack")]),
    ("The attacker rammed his van into shoppers on the main street of Velsk.", "rammed", [("ASSAULT", "attack")]),
    # an accident when nothing tells it was meant
    ("A car plowed into a crowd at a street fair in Velsk. The elderly driver lost control, police said.", "plowed",
     [("DISASTER", "man_made")]),
    ("A car plowed into a crowd at a street fair in Velsk after its driver suffered a heart attack.", "plowed",
     [("DISASTER", "man_made")]),
    # negative: driven into no crowd
    ("The convoy drove into the city on Friday.", "drove", []),
])
def test_senses_a_vehicle_driven_into_a_crowd(kinds_of: Kinds, text: str, word: str,
                                              kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


def test_senses_a_gunman_captured_alive_is_arrested(kinds_of: Kinds) -> None:
    assert kinds_of("Four attackers were killed and one was captured alive, the ministry said.", "captured") == [
        ("COERCE", "arrest")]
    assert kinds_of("Police questioned the only gunman captured after the raid.", "captured") == [
        ("COERCE", "arrest")]
    assert kinds_of("Rebels captured the town of Orlek on Monday.", "captured") == [("TAKEOVER", "capture")]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Divers recovered the flight data recorder on Tuesday.", "recovered", [("INVESTIGATE", "recovery")]),
    ("Search teams found the wreckage of the plane off the coast.", "found", [("INVESTIGATE", "recovery")]),
    ("Navy divers retrieved the black box from the seabed.", "retrieved", [("INVESTIGATE", "recovery")]),
    ("Rescuers recovered 12 bodies on Monday.", "recovered", []),  # a toll, no finding of remains
    ("Police found two rifles in the car.", "found", []),
])
def test_senses_finding_a_craft_s_remains_is_a_step_of_its_search(kinds_of: Kinds, text: str, word: str,
                                                                  kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Lawmakers removed the president from office on Friday.", "removed", [("RETREAT", "dismissal")]),
    # an impeachment is the legislature's formal accusation, tried after it; the removal is the dismissal (round 43)
    ("Parliament voted on Saturday to impeach President Arlo Venn.", "impeach", [("JUSTICE", "impeachment")]),
    ("Workers removed debris from the road.", "removed", []),
])
def test_senses_a_removal_from_office_is_a_dismissal(kinds_of: Kinds, text: str, word: str,
                                                     kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, word) == kind


@pytest.mark.parametrize(("text", "word"), [
    ("Workers at the Tolm steel plant went on strike on Monday, demanding higher pay.", "strike"),
    ("Teachers launched a nationwide strike on Tuesday over unpaid wages.", "strike"),
    ("The dock workers' strike entered its third day as the union rejected the offer.", "strike"),
    ("Nurses struck for 48 hours across the country last week.", "struck"),
    ("A strike by rail workers halted trains across the region on Friday.", "strike"),
    ("Port workers have been on strike since Monday.", "strike"),
    ("Thousands of garment workers walked out of factories on Wednesday.", "walked"),
])
def test_senses_a_stoppage_of_work_is_a_protest(kinds_of: Kinds, text: str, word: str) -> None:
    assert kinds_of(text, word) == [("PROTEST", "demonstration")]


@pytest.mark.parametrize(("text", "word"), [
    ("The army carried out a strike on a rebel camp in the hills.", "strike"),
    ("Rebels struck a military convoy near the town, killing nine soldiers.", "struck"),
    ("Israeli jets struck targets in the south overnight.", "struck"),
    ("The storm struck the coast on Friday.", "struck"),
])
def test_senses_a_strike_with_arms_or_a_hazard_is_no_protest(kinds_of: Kinds, text: str, word: str) -> None:
    assert all(k[0] != "PROTEST" for k in kinds_of(text, word)) and kinds_of(text, word)


@pytest.mark.parametrize(("text", "kind"), [
    ("Rescuers pulled out two more bodies from the rubble on Tuesday.", []),
    ("Three miners were pulled out alive on Sunday.", []),
    ("Ten bodies have been recovered after two more were pulled out, he said.", []),
    ("Dorvan pit collapse: Nine bodies pulled out, 20 workers feared trapped", []),
    ("The army pulled out 5,000 soldiers from the border on Monday.", [("RETREAT", "withdrawal")]),
])
def test_senses_pulling_out_bodies_or_survivors_is_no_withdrawal(kinds_of: Kinds, text: str,
                                                                 kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, "pulled out") == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Aides recalled Prime Minister Hal Verna's address to the nation on 16 July.", [("STATEMENT", "speech")]),
    ("Premier Oda Renn's address was broadcast on state TV.", [("STATEMENT", "speech")]),
    ("In a televised address, the president of Velmora called for calm.", [("STATEMENT", "speech")]),
    ("The premier is expected to address the media later today.", [("STATEMENT", "speech")]),
    ("Please send the form to my home address.", []),
    ("The government must address the fuel shortage.", []),
])
def test_senses_an_address_to_an_audience_is_a_speech(kinds_of: Kinds, text: str,
                                                      kind: list[tuple[str, str]]) -> None:
    assert kinds_of(text, "address") == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The students will march until their nine-point list of demands is met.", []),
    ("The builder failed to meet the deadline set by Portwell council.", []),
    ("The foreign minister met his Tesland counterpart in Varnow on Friday.", [("CONSULT", "meeting")]),
])
def test_senses_a_demand_or_target_met_is_no_meeting(kinds_of: Kinds, text: str,
                                                    kind: list[tuple[str, str]]) -> None:
    word = "met" if " met" in text else "meet"
    assert kinds_of(text, word) == kind


@pytest.fixture(scope="module")
def events_with(resources: Resources,
                make_article: Callable[..., Article]) -> Callable[[str], list[tuple[str, str | None, str]]]:
    an: Analyzer = analyzer_with(resources, "baseline", "time", "events")

    def run(text: str) -> list[tuple[str, str | None, str]]:
        return [(e.type, e.subtype, e.text) for e in an.analyze(make_article(text)).events]

    return run


@pytest.mark.parametrize(("text", "kind"), [
    # the work of saving people after a disaster, told by its effort, its search or its verb (PLOVER AID)
    ("Crews resumed the rescue operation at the collapsed mall in Varno on Monday.",
     ("AID", "rescue", "rescue operation")),
    ("The recovery operation at the burnt-out hotel in Lesk continued on Friday.",
     ("AID", "rescue", "recovery operation")),
    ("The search for survivors and bodies ended on Sunday.", ("AID", "rescue", "search")),
    ("Firefighters searched the tower in Orlek overnight.", ("AID", "rescue", "searched")),
    ("Rescuers were able to rescue 26 people from the rubble in Tesk on Saturday.", ("AID", "rescue", "rescue")),
    # people moved: out of harm's way, or a person carried somewhere by others (ACE Movement.Transport)
    ("Evacuation flights from the airport in Lesk resumed on Friday.", ("MOVE", "transport", "Evacuation flights")),
    ("Maren Tolvik was brought to Varno on Sunday afternoon by helicopter.", ("MOVE", "transport", "brought")),
    ("The banker will soon be flown back to Norland.", ("MOVE", "transport", "flown")),
    # a crowd gathered at a place: a demonstration; a person greeting a person: a meeting
    ("Hundreds also gathered in front of the former premier's home in Lesk on Sunday.",
     ("PROTEST", "demonstration", "gathered")),
    ("Footage showed President Arlen Voss greeting the envoy at his residence.", ("CONSULT", "meeting", "greeting")),
])
def test_senses_rescue_work_and_people_moved_are_events(
        events_with: Callable[[str], list[tuple[str, str | None, str]]], text: str, kind: tuple[str, str, str]) -> None:
    assert kind in events_with(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The court said the killers would be brought to justice.", "brought"),  # nobody carried
    ("The truce brought the war to an end in May.", "brought"),
    ("Special forces launched a rescue operation to free the kidnapped pupils.", "rescue operation"),  # armed
    ("Police searched the offices of the contractor in Lesk.", "searched"),  # a search with force
    ("The minister flew to Varno on Monday.", "flew"),  # a journey of one's own
    ("Thousands gathered in the square in Lesk to mourn the victims.", "gathered"),  # mourning
    ("Police gathered evidence at the scene in Varno.", "gathered"),
])
def test_senses_no_rescue_or_transport_where_none_is_told(
        events_with: Callable[[str], list[tuple[str, str | None, str]]], text: str, word: str) -> None:
    assert not [e for e in events_with(text) if e[2] == word and e[:2] in (
        ("AID", "rescue"), ("MOVE", "transport"), ("PROTEST", "demonstration"))]



def test_a_craft_carrying_people_that_arrives_moves_them(kinds_of: Kinds) -> None:
    text = "Two flights carrying 15 wounded soldiers arrived at the Velmora air base on Sunday."
    assert kinds_of(text, "arrived") == [("MOVE", "transport")]
    assert kinds_of("A plane carrying the freed hostages arrived in Velmora on Sunday.", "arrived") == []  # release
    assert kinds_of("The rescue vessel arrived at the port on Monday.", "arrived") == []


@pytest.mark.parametrize(("text", "word"), [
    ("Meanwhile, Varnow's bonds due in 2040 rallied 1.3 cents on the dollar.", "rallied"),
    ("The Lesk dinar rallied 2% against the euro on Tuesday.", "rallied"),
    ("Shares in Orrel Mining rallied after the results.", "rallied"),
    ("A relief rally in Varnow's stocks lifted the index.", "rally"),
])
def test_senses_a_rally_of_prices_is_no_protest(kinds_of: Kinds, text: str, word: str) -> None:
    assert kinds_of(text, word) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Thousands of supporters rallied outside parliament in Lesk on Sunday.", "rallied"),
    ("Opposition supporters held a rally in the capital of Varnow.", "rally"),
])
def test_senses_a_rally_of_people_stays_a_protest(kinds_of: Kinds, text: str, word: str) -> None:
    assert kinds_of(text, word) == [("PROTEST", "demonstration")]
