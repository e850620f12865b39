"""Tests of the type corrections in :mod:`storyline.analyze.names.retype`, with made-up names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.language import Language

from storyline.analyze.names.retype import (
    area_name,
    company_short_names,
    council_area,
    dateline_places,
    gazetteer_places,
    retype_from_context,
)
from storyline.analyze.resources import Resources
from storyline.model import Article, Mention
from tests.conftest import analyzer_with


def _m(text: str, sub: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention("a1", start, start + len(sub), sub, label)


def test_company_short_names_a_bare_name_of_a_company_is_the_company() -> None:
    text = ("Workers at Halvex Inc. and Tarvel Motors Corp protested. Halvex said Tarvel Motors would talk; "
            "Ana Dorsk of Dorsk Ltd and Dorsk the lawyer, and Ostra of Ostra Holdings, were there too.")
    mentions = [_m(text, "Halvex Inc.", "ORG"), _m(text, "Tarvel Motors Corp", "ORG"), _m(text, "Halvex", "PERSON", 1),
                _m(text, "Tarvel Motors", "PERSON", 1), _m(text, "Ana Dorsk", "PERSON"), _m(text, "Dorsk Ltd", "ORG"),
                _m(text, "Dorsk", "PERSON", 2), _m(text, "Ostra", "GPE"), _m(text, "Ostra Holdings", "ORG")]
    out = [(m.text, m.label) for m in company_short_names(mentions)]
    # a person's full name ends with "Dorsk": the bare word stays as tagged (either may be meant)
    assert out == [("Halvex Inc.", "ORG"), ("Tarvel Motors Corp", "ORG"), ("Halvex", "ORG"), ("Tarvel Motors", "ORG"),
                   ("Ana Dorsk", "PERSON"), ("Dorsk Ltd", "ORG"), ("Dorsk", "PERSON"), ("Ostra", "ORG"),
                   ("Ostra Holdings", "ORG")]


def test_dateline_places_the_datelines_place_is_a_place_wherever_the_article_names_it() -> None:
    text = "Velmora Dresk, May 3 - Orlan Vesk was treated at the hospital in Velmora Dresk."
    mentions = [_m(text, "Velmora Dresk", "PERSON"), _m(text, "Orlan Vesk", "PERSON"),
                _m(text, "Velmora Dresk", "ORG", 1)]
    assert [(m.text, m.label) for m in dateline_places(mentions, "Velmora Dresk")] == [
        ("Velmora Dresk", "GPE"), ("Orlan Vesk", "PERSON"), ("Velmora Dresk", "GPE")]
    assert dateline_places(mentions, None) == mentions


def test_dateline_places_in_the_names_component(resources: Resources,
                                                make_article: Callable[..., Article]) -> None:
    text = ("Velmora Dresk, May 3 - The minister Orlan Vesk was taken to the hospital in Velmora Dresk, "
            "where Velmora Dresk doctors operated on him.")
    article = make_article(text, metadata={"dateline": "Velmora Dresk"})
    analysis = analyzer_with(resources, "baseline", "names").analyze(article)
    assert {m.label for m in analysis.mentions if m.text == "Velmora Dresk"} == {"GPE"}
    assert {m.label for m in analysis.mentions if m.text == "Orlan Vesk"} == {"PERSON"}


def _labels(resources: Resources, make_article: Callable[..., Article], text: str) -> dict[str, str]:
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    return {m.text: m.label for m in analysis.mentions if m.kind == "name"}


def test_retype_a_name_a_place_class_noun_introduces_is_a_place(resources: Resources,
                                                                 make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "The flood reached the villages of Dorvan Tesk and Mirel Haa. Officials in the town of "
                     "Kelvar Osk said the capital Trenmo was dry.")
    assert {labels.get(n) for n in ("Dorvan Tesk", "Mirel Haa", "Kelvar Osk", "Trenmo")} == {"GPE"}


def test_retype_a_full_name_speaking_after_a_place_noun_stays_a_person(resources: Resources,
                                                                      make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Twelve people died in the Velmor region, the head of the authorities in the region Ivan "
                     "Dorosh reported. The flood reached the town of Kelvar Osk.")
    assert labels.get("Ivan Dorosh") == "PERSON"
    assert labels.get("Kelvar Osk") == "GPE"


def test_retype_an_autonomous_area_and_a_power_plant(resources: Resources,
                                                    make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "The Prison Service of the Velmor-Tesk Autonomous District said the inmate died. Engineers said "
                     "the Orvask Nuclear Power Plant had enough water. Robert Plant sang.")
    assert labels.get("Velmor-Tesk Autonomous District") == "GPE"
    assert labels.get("Orvask Nuclear Power Plant") == "FAC"
    assert labels.get("Robert Plant") == "PERSON"


def test_retype_a_place_class_nouns_list_runs_through_hyphenated_names(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "The cities of Tarvik, Al-Sorin and Mabrata lost power after the rains.")
    assert labels.get("Mabrata") == "GPE"  # "Al-Sorin" is one name of the list, its hyphen no end of it


def test_retype_a_name_described_as_a_natural_feature_or_a_building(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Floodwaters gushed down the Kesh Varn, a river flowing from the hills, and into Merrow Tal, "
                     "a valley that runs through the town. Survivors were taken to Orvan Dask, a hospital on the "
                     "coast. Selim Dorvak, the owner, said the Telvar Arms, a hotel near the port, was closed.")
    assert (labels.get("Kesh Varn"), labels.get("Merrow Tal")) == ("LOC", "LOC")
    assert (labels.get("Orvan Dask"), labels.get("Telvar Arms")) == ("FAC", "FAC")
    assert labels.get("Selim Dorvak") == "PERSON"  # "the owner" is no class noun


def test_retype_a_state_of_a_name_and_a_list_closed_by_a_plural_place_noun_are_places(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "He lived in the eastern state of Velka-Ostrava, officials said. The orders came from the "
                     "governors of Tarvin, Osska, Merrow and Dolan provinces.")
    assert {labels.get(n) for n in ("Velka-Ostrava", "Tarvin", "Osska", "Merrow", "Dolan")} == {"GPE"}
    people = _labels(resources, make_article, "Tomas Merrow and Ilse Dolan villagers left the area.")
    assert "GPE" not in people.values()  # "villagers" is no place noun


def test_retype_a_name_opened_by_a_natural_features_word_is_a_location(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "The River Tamsor burst its banks near Lake Orvell on Sunday. Boats left the Gulf of "
                     "Kerran on Monday, and the Lake Orvell Hospital took in the injured.")
    assert {labels.get(n) for n in ("River Tamsor", "Lake Orvell", "Gulf of Kerran")} == {"LOC"}
    assert labels.get("Lake Orvell Hospital") != "LOC"  # a building's word ends it
    titled = _labels(resources, make_article, "Floods On The River Tamsor Force Evacuations\n\nThe water rose.")
    assert "River Tamsor" not in titled  # capitals run on: a title-case headline, no name of its own


def test_retype_a_full_name_in_apposition_to_an_office_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Over 400 homes were lost, the housing minister, Kamal Abdulsameer said.")
    assert labels.get("Kamal Abdulsameer") == "PERSON"  # the tagger reads the name an organization's


def test_retype_a_full_name_after_an_occupation_noun_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Police arrested the engineer Tarvesh Rumal Orlan and technician Babbu Velmir on Friday. "
                     "They also detained prominent activist Nadira al-Vesk.")
    assert {labels.get(n) for n in ("Tarvesh Rumal Orlan", "Babbu Velmir", "Nadira al-Vesk")} == {"PERSON"}
    places = _labels(resources, make_article, "The student Valdoria Scholarship Fund and the journalist Union met.")
    assert places.get("Valdoria Scholarship Fund") != "PERSON"  # a body's word ends it


def test_retype_a_name_described_as_a_town_or_pointed_at_by_a_compass_word_is_a_place(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Trevik Ams, a village on the coast, was hit. Marlo Vesk is a town in the north. "
                     "Shells fell 40 km east of Ashkar Dun. A Kelvaro-based firm built the dam.")
    assert {labels.get(n) for n in ("Trevik Ams", "Marlo Vesk", "Ashkar Dun", "Kelvaro")} == {"GPE"}


def test_retype_a_name_before_a_countrys_name_as_in_an_address_is_a_place(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Residents fled Kelvo Darn, Norway, after the blast. Ivan Petrov, Russia's envoy, spoke.")
    assert labels.get("Kelvo Darn") == "GPE"
    assert labels.get("Ivan Petrov") == "PERSON"


def test_retype_a_person_or_a_body_beside_a_place_noun_keeps_its_label(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "A resident of the village, Orlan Vesk, said the Trenmo Hospital of the town was full.")
    assert labels.get("Orlan Vesk") == "PERSON"
    assert labels.get("Trenmo Hospital") != "GPE"


#: (text, [(mention, tagger label[, which of its copies])], labels after the context rules): one case each
_CONTEXT_CASES = {
    "a one-word name the words after its comma describe as a person is a person": (
        "\"We wait,\" said Tarvi, who lost a niece. Orsani, whose eldest daughter was aboard, wept. Mr Dellu said "
        "Velko, head of the rescue agency in Sarn, was there. Kaveli, the agency's chief for the coast, spoke.",
        [("Tarvi", "GPE"), ("Orsani", "GPE"), ("Velko", "ORG"), ("Kaveli", "NORP"), ("Sarn", "GPE")],
        ["PERSON", "PERSON", "PERSON", "PERSON", "GPE"]),
    "a body's name shaped as a person's full name that an office describes after its comma is a person": (
        "Prosecutors spoke. Horvan Alek Tessel, chief of the Velmor Public Prosecutor's Office, said so. Velmor "
        "Trade Agency, head of the panel, paid. Orvan Dask, owner of the ship, paid.",
        [("Horvan Alek Tessel", "ORG"), ("Velmor Trade Agency", "ORG"), ("Orvan Dask", "ORG")],
        ["PERSON", "ORG", "ORG"]),
    "no person from the words after a place, a people or a body": (
        "Troops left Norway, whose army was small. The Vashti, who fled, were fed. Orvex, the owner of the ship, "
        "paid. Sarn, whose mayor spoke, was calm. Tolvar, the capital of the coast, was dark.",
        [("Norway", "GPE"), ("Vashti", "NORP"), ("Orvex", "ORG"), ("Sarn", "GPE"), ("Tolvar", "GPE")],
        ["GPE", "NORP", "ORG", "GPE", "GPE"]),
    "a people-shaped word no country bears before a town noun after a preposition or a quake is a place": (
        "It was the worst since the Dervian earthquake. Rain fell in Kelvari town and in a Peruvian town. "
        "The Valdoran town of Sarn, the central Orvanian town and the Chilean earthquake were recalled.",
        [("Dervian", "NORP"), ("Kelvari", "NORP"), ("Peruvian", "NORP"), ("Valdoran", "NORP"),
         ("Orvanian", "NORP"), ("Chilean", "NORP")],
        ["GPE", "GPE", "NORP", "NORP", "NORP", "NORP"]),
    "a one-word name paired with a place after a place preposition is a place": (
        "Boats were sent from Kelvano and Oslo. Aid came from Russia and Dorvat. Ana met Orlan and Sarn. "
        "Valdora won independence from Norway and Orvan I became its king.",
        [("Kelvano", "PERSON"), ("Dorvat", "ORG"), ("Orlan", "PERSON"), ("Orvan", "PERSON")],
        ["GPE", "GPE", "PERSON", "PERSON"]),
    "an office word an article makes an adjective gives no person": (
        "Photos in the official Orvan Daily showed it, and ministry official Dara Vell said so.",
        [("Orvan Daily", "ORG"), ("Dara Vell", "ORG")], ["ORG", "PERSON"]),
    "an outlet before 'state' and a media word is no place": (
        "The official Velhar state news agency said troops reached Orvani state on Monday.",
        [("Velhar", "ORG"), ("Orvani", "ORG")], ["ORG", "GPE"]),
    "a person whose name opens with a compass word is a region": (
        "The boat left Tarvo regency, Southeast Orvania, and Dara West said Northern Sarn Party won.",
        [("Southeast Orvania", "PERSON"), ("Dara West", "PERSON"), ("Northern Sarn Party", "PERSON")],
        ["GPE", "PERSON", "ORG"]),
    "a town tagged as a peoples word is a place before a place noun or after in": (
        "Gunmen stormed Kelvaro town. Parents in Kelvaro wept. Valdoran police came.",
        [("Kelvaro", "NORP"), ("Kelvaro", "NORP", 1), ("Valdoran", "NORP")],
        ["GPE", "GPE", "NORP"]),
    "a body noun or an acronym before a persons name makes it a body": (
        "The militant group Dorva Hask took pupils from TSC Tarvin. The ethnic group Mirel Osk fled. "
        "KIM Sora spoke.",
        [("Dorva Hask", "PERSON"), ("TSC Tarvin", "PERSON"), ("Mirel Osk", "PERSON"), ("KIM Sora", "PERSON")],
        ["ORG", "ORG", "PERSON", "PERSON"]),
    "a name before area is a place": (
        "The convoy was seen in the Orvan Dask area of Tolvar State.",
        [("Orvan Dask", "PERSON"), ("Tolvar State", "ORG")],
        ["GPE", "GPE"]),
    "a name after a facilitys name and a comma is its place": (
        "Pupils of Tolvar Science College, Dask were freed. At Orvani Hospital, Sarn Vell said no.",
        [("Dask", "PERSON"), ("Sarn Vell", "PERSON")],
        ["GPE", "PERSON"]),
    "a name before a lower case building word is the building": (
        "Guests fled the Sarn Vale hotel. Flights left Tolvar airport. The Orvani church was shut.",
        [("Sarn Vale", "ORG"), ("Tolvar", "GPE"), ("Orvani", "NORP")],
        ["FAC", "GPE", "NORP"]),
    "the end of a journey from or to a place is a place": (
        "The flight from Velmorsk to Moscow landed. They drove from Paris to Dorvask. A grant from Oxfam to Peru.",
        [("Velmorsk", "ORG"), ("Dorvask", "PERSON"), ("Oxfam", "ORG")],
        ["GPE", "GPE", "ORG"]),
    # the tagger's LOC is a natural feature or a site, which may lie anywhere; "the town of X" names a town
    "a location a settlement noun introduces is a town": (
        "In the town of Qarvesh, three people died. The village Tolmiya was spared. The Kesh Varn river rose.",
        [("Qarvesh", "LOC"), ("Tolmiya", "LOC"), ("Kesh Varn", "LOC")],
        ["GPE", "GPE", "LOC"]),
    "a name a gate or a plaza closes is a facility": (
        "The bomber struck at Tolvan Gate. Crowds filled Orvani Plaza, and the Tolvan gate shut.",
        [("Tolvan Gate", "PERSON"), ("Orvani Plaza", "ORG"), ("Tolvan", "PERSON", 1)],
        ["FAC", "FAC", "FAC"]),
    "a name after a coalition or an alliance is a body whatever the tagger read": (
        "It was condemned by the opposition coalition Onward for Sarn and by the alliance Velmor Rising.",
        [("Onward for Sarn", "WORK_OF_ART"), ("Velmor Rising", "PERSON")],
        ["ORG", "ORG"]),
    "a name with a german or dutch particle is a persons": (
        "Suspects include former soldier Anke von Tarsel, Joost van der Velm and the Tarsel Foundation.",
        [("Anke von Tarsel", "ORG"), ("Joost van der Velm", "GPE"), ("Tarsel Foundation", "ORG")],
        ["PERSON", "PERSON", "ORG"]),
    "a faiths or a peoples word tagged a place is a peoples word": (
        "Gunmen killed a Druze community leader near Tarsk. Shiite villages were shelled. Marla Druze spoke.",
        [("Druze", "FAC"), ("Shiite", "GPE"), ("Tarsk", "GPE"), ("Marla Druze", "PERSON")],
        ["NORP", "NORP", "GPE", "PERSON"]),
    "a name ending in ministries (a charity's or a church's) is an organization": (
        "Missionaries of Tarvin Aid Ministries were freed, Tarvin Aid Ministries said.",
        [("Tarvin Aid Ministries", "PERSON"), ("Tarvin Aid Ministries", "PERSON", 1)],
        ["ORG", "ORG"]),
    "a name before neighbourhood or suburb is a place": (
        "A bomb went off in Kereth's southern Marla neighbourhood and in the Dorin suburb.",
        [("Marla", "PERSON"), ("Dorin", "PERSON")],
        ["GPE", "GPE"]),
}


@pytest.mark.parametrize("case", list(_CONTEXT_CASES), ids=list(_CONTEXT_CASES))
def test_retype_from_context_cases(nlp: Language, case: str) -> None:
    text, tagged, expected = _CONTEXT_CASES[case]
    mentions = [_m(text, *m) for m in tagged]
    assert [m.label for m in retype_from_context(mentions, nlp(text), [])] == expected


def test_retype_a_dateline_town_in_capitals_is_a_place_not_an_acronym(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "DORVANEK, Norway: Rescuers dug through the rubble for a second day. The NATO envoy came."
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in analysis.mentions}
    assert labels.get("DORVANEK") == "GPE"
    assert labels.get("NATO") == "ORG"


def test_retype_the_odd_name_in_a_list_of_places_is_a_place(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "It hit Lisbon, Madrid, Porto and Taroudanto. Orlan Vesk and Dara Imrani met.")
    assert labels.get("Taroudanto") == "GPE"
    assert labels.get("Dara Imrani") == "PERSON"


def test_retype_a_place_tag_confirmed_by_an_address_outweighs_person_tags(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("Of the villages hit, Kelvarsk is the best known. Kelvarsk was a seat of kings. "
            "A man walked past the ruins in Kelvarsk, Norway, on Monday.")
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    assert {m.label for m in analysis.mentions if m.text == "Kelvarsk"} == {"GPE"}


def test_retype_a_name_before_a_states_ministry_is_the_state(resources: Resources,
                                                            make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article, "Tarsk Foreign Minister Ilva Renko met Orvel Dask on Monday.")
    assert labels.get("Tarsk") == "GPE"


def test_retype_an_unknown_word_before_a_place_noun_is_a_place(resources: Resources,
                                                              make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article, "Residents of the Isle of Tarv fled to the Dorsk region.")
    assert labels.get("Dorsk") == "GPE"


def _person(text: str, sub: str, nth: int = 0, source: str = "spacy") -> Mention:
    return replace(_m(text, sub, "PERSON", nth), source=source)


@pytest.mark.parametrize("text,name", [
    ("Floodwater reached Ostrava on Sunday and Ostrava closed its schools.", "Ostrava"),  # a flood
    ("Lyon voted for the incumbent by a wide margin, the count showed.", "Lyon"),  # an election
    ("Dortmund rejected the tariff ruling on Friday.", "Dortmund"),  # a trade dispute
    ("Rotterdam dockworkers joined the strike at dawn.", "Rotterdam"),  # a strike
    ("The trial moved to Kharkiv after the judge stepped aside.", "Kharkiv"),  # a court case
    ("Tiflis denied sending the drones.", "Tiflis"),  # another spelling of a city's name; a capital that speaks
])
def test_gazetteer_places_a_known_town_read_as_a_person_is_a_place(text: str, name: str) -> None:
    assert gazetteer_places([_person(text, name)], text) == [
        replace(_person(text, name), label="GPE", source="names:gazetteer")]


def test_gazetteer_places_leaves_persons_called_like_towns() -> None:
    # a title confirmed by a sentence (the context rules' source), the surname of a full name of the article,
    # a common given name, a name cut from a longer one after a capitalized word, a name no gazetteer knows
    text = ("Mr Crewe said the mill would reopen. Judge Ana Bolton adjourned; Bolton said the hearing "
            "would resume. Her brother Marco was there. Minister of Trade Orlan Baza resigned; Baza declined "
            "to comment. Velmora said nothing.")
    mentions = [_person(text, "Crewe", source="names:context"), _person(text, "Ana Bolton"),
                _person(text, "Bolton", 1), _person(text, "Marco"), _person(text, "Baza"),
                _person(text, "Baza", 1), _person(text, "Velmora")]
    # the bare surname keeps its evidence for the entity (other articles may hold the bare name alone)
    kept = [replace(m, source="names:surname") if m.text == "Bolton" else m for m in mentions]
    assert gazetteer_places(mentions, text) == kept
    # an office noun right before it, an apposition that says what it is (a company, a product)
    text = "Her aide Ana K. Bolton wrote the memo."  # a name cut after an initial
    assert gazetteer_places([_person(text, "Bolton")], text) == [_person(text, "Bolton")]
    text = ("Lyon, a maker of car parts, bid for the plant. The talks with spokesman Crewe went on. Crewe "
            "declined to comment.")
    mentions = [_person(text, "Lyon"), _person(text, "Crewe"), _person(text, "Crewe", 1)]
    assert gazetteer_places(mentions, text) == mentions
    # a town's name again where the article gives no such evidence is the town's
    text = "Bolton said the hearing would resume."
    assert [m.label for m in gazetteer_places([_person(text, "Bolton")], text)] == ["GPE"]


def test_gazetteer_places_in_the_names_component(resources: Resources,
                                                 make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Gdansk hosted the talks. Mayor Ana Kowalczyk said Gdansk would pay for the repairs.")
    assert labels.get("Gdansk") == "GPE" and labels.get("Ana Kowalczyk") == "PERSON"


def test_area_name_an_areas_word_closing_a_name_makes_it_a_place() -> None:
    assert area_name("Tarsk Oblast") and area_name("Dorvan District") and area_name("Upper Kelso Region")
    # a group's name holding "State" or an organization word, a group word opening it, a lone word: no area
    assert not area_name("Islamic State Khorasan Province") and not area_name("Velmor Police District")
    assert not area_name("Jamaat-ul-Velmor Province") and not area_name("Province")


def test_council_area_a_local_government_areas_phrase_closing_a_name_makes_it_a_place() -> None:
    assert council_area("Dorvan Local Government Area") and council_area("Dorvan LGA")
    assert council_area("Upper Tesk Local Government")
    assert not council_area("Local Government Area") and not council_area("the local government area")


def test_retype_a_local_government_area_is_a_place(resources: Resources,
                                                    make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article, "Gunmen raided a school in Dorvan Local Government Area of the "
                                              "state on Thursday, the Tesk Local Government Area council said.")
    assert labels.get("Dorvan Local Government Area") == "GPE"


def test_retype_a_name_closed_by_an_areas_word_is_a_place(resources: Resources,
                                                          make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article, "Tarsk Oblast governor Ana Vesk said the dam held.")
    assert labels.get("Tarsk Oblast") == "GPE" and labels.get("Ana Vesk") == "PERSON"


def test_retype_a_full_name_in_apposition_to_a_compound_office_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    # the small tagger reads both names as organizations; a compound office ("deputy director general",
    # "secretary general") before "for"/"of" says a person
    labels = _labels(resources, make_article,
                     "Ifeoma Daniels, deputy director general for operations at the relief agency, said 300 "
                     "families had left. Nkechi Orji, secretary general of the union, said the strike would go on.")
    assert labels.get("Ifeoma Daniels") == "PERSON" and labels.get("Nkechi Orji") == "PERSON"
    # a company that owns a ship stays a company
    labels = _labels(resources, make_article, "Tesk Maritime Holdings, the owner of the vessel, declined to comment.")
    assert labels.get("Tesk Maritime Holdings", "ORG") == "ORG"


def test_retype_initials_before_a_surname_with_an_office_or_speech_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Twelve miners remain trapped at the Varlo colliery. DP Tamrin, the mines minister, ordered an "
                     "inquiry. Officials said the rescue was slow. RR Kavesh said the company had ignored warnings.")
    assert labels.get("DP Tamrin") == "PERSON"  # the acronym rule read "DP" as a body's
    assert labels.get("RR Kavesh") == "PERSON"  # the tagger read a body's name


def test_retype_initials_written_apart_before_a_surname_that_says_something_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "The bodies were recovered on Monday, Orvan director general of police (DGP) D K Tamrin said.")
    assert labels.get("D K Tamrin") == "PERSON"


def test_an_outlets_name_before_or_after_its_kind_noun_is_an_organization(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("The news was first reported by the official Tesmal news agency. The exchange was published in full by "
            "the Orvanian daily La Vestra. She spoke to the local television channel Kelvisa. The Peruvian news "
            "agency said so.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in a.mentions if m.kind == "name"}
    assert labels.get("Tesmal") == "ORG"
    assert labels.get("La Vestra") == "ORG"
    assert labels.get("Kelvisa") == "ORG"
    assert labels.get("Peruvian") == "NORP"  # a people's word says whose agency it is


def test_retype_a_name_a_class_noun_and_called_introduce_takes_the_class(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Survivors were found on a mountain called Morvane à Teshir, said police spokesman Karel "
                     "Dost. Others fled to a village named Kesh Tarvo. The sprawling Al-Vesdar Air Base is home "
                     "to a command.")
    assert labels.get("Morvane à Teshir") == "LOC"
    assert labels.get("Kesh Tarvo") == "GPE"
    assert labels.get("Al-Vesdar Air Base") == "FAC"  # a base closes a facility's name


def test_retype_a_peoples_word_read_as_a_body_or_a_person_is_a_people(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("Uzbek President Orlan Vesk met leaders of the Druze community in Velmora on Monday. Many "
            "have left, said the Hazara elders.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in a.mentions if m.kind == "name"}
    assert labels.get("Uzbek") == "NORP"
    assert labels.get("Druze") == "NORP"


def test_retype_a_name_set_off_after_a_class_noun_takes_the_class(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Officers in the country's capital, Nor-Velsan, searched homes. Plotters planned to storm the "
                     "parliament building, the Kestrag, and seize power. In the capital, Orlan Vesk said nothing.")
    assert labels.get("Nor-Velsan") == "GPE"
    assert labels.get("Kestrag") == "FAC"
    assert labels.get("Orlan Vesk") != "GPE"  # a clause's subject after the comma, not an apposition


def test_retype_a_squares_name_is_a_site(resources: Resources, make_article: Callable[..., Article]) -> None:
    labels = _labels(resources, make_article,
                     "Mourners laid flowers at the Place de la Vestre in the old town on Tuesday.")
    assert labels.get("Place de la Vestre") == "FAC"


def test_retype_a_name_before_a_body_noun_is_the_body(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("On Sunday, the Construva movement decided to name journalist Orlan Vesk. The candidate we chose with "
            "Construva is Vesk, said the party. Supporters of the Ilvan Dresk movement marched; Dresk spoke.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = [(m.text, m.label) for m in a.mentions if m.kind == "name"]
    assert ("Construva", "ORG") in labels
    assert ("Dresk", "ORG") not in labels  # a movement named after its leader: the surname stays his
