"""Where an event happened, read off the parse (a parse given by hand, as the small model sometimes makes it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from storyline.analyze.events.arguments import MentionIndex, place_of
from storyline.model import EventMention, Mention

WORDS = ["The", "protests", "took", "place", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru", "."]
HEADS = [1, 2, 2, 2, 2, 6, 4, 6, 9, 7, 2, 10, 2]  # "to Peru" hung on "took", as the parser did on real text
DEPS = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
POS = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
LEMMAS = ["the", "protest", "take", "place", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru", "."]


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=HEADS, deps=DEPS, pos=POS, lemmas=lemmas)


def _peru(doc: Doc) -> MentionIndex:
    start = doc[11].idx
    return MentionIndex(doc, [Mention("a", start, start + 4, "Peru", "GPE")])


def test_arguments_a_verb_of_occurrence_has_no_destination() -> None:
    doc = _doc(WORDS, LEMMAS)
    place, _ = place_of([doc[1], doc[2]], _peru(doc), avoid=set())
    assert place is None
    # negative: protests that spread to a place are there
    words = ["The", "protests", "spread", "quickly", "on", "the", "anniversary", "of", "the", "handover", "to", "Peru",
             "."]
    doc = _doc(words, [w.lower() if w != "protests" else "protest" for w in words])
    place, _ = place_of([doc[1], doc[2]], _peru(doc), avoid=set())
    assert place is not None and place.text == "Peru"


# ---------------------------------------------------------------- the real model (round 18)

def test_arguments_where_a_journey_set_out_from_is_not_the_visit_s_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    visits = [e for e in events_of("The president left Velmora on Sunday, his first foreign visit in years.")
              if e.type == "CONSULT"]
    assert visits and all(e.location is None or e.location.text not in ("Velmora", "the capital") for e in visits)


def test_arguments_where_a_journey_came_back_from_is_the_visit_s_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    # negative: the trip that ends with a return was in the place it came back from
    visits = [e for e in events_of("President Arvid Lenk returned from the city of Velmora on Friday.")
              if e.type == "CONSULT"]
    assert visits and visits[0].location is not None and visits[0].location.text == "Velmora"


def test_arguments_a_landmark_far_away_is_not_the_place(events_of: Callable[[str], list[EventMention]]) -> None:
    far = events_of("Militants attacked the city, which lies 610 miles north of Velmora, on Monday.")
    near = events_of("Militants attacked a village 30 km south of Velmora on Monday.")
    assert [e.location for e in far if e.type == "ASSAULT"] == [None]
    assert [e.location.text if e.location else None for e in near if e.type == "ASSAULT"] == ["Velmora"]


@pytest.mark.parametrize(("text", "country"), [
    ("Attack on UAE military personnel in Velmora left three dead.", "UAE"),
    ("Gunmen attacked a Chile outpost in Velmora on Monday.", "Chile"),
    ("Drones attacked UAE bases in Velmora on Monday, killing two.", "UAE"),
])
def test_arguments_a_country_owning_the_base_or_its_people_is_not_the_place(
        events_of: Callable[[str], list[EventMention]], text: str, country: str) -> None:
    """A country's name on a base, an outpost or its personnel says whose they are: the attack is in Velmora."""
    ev = next(e for e in events_of(text) if e.type == "ASSAULT")
    assert ev.location is not None and ev.location.text == "Velmora"
    assert country not in {p.text for p in ev.participants if p.role == "place?"}


def test_arguments_a_country_across_the_border_is_not_the_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"near the border with X", "near the X border" (however the parser hangs X: on a line break the parser
    glued to the next line, an nmod of what follows): X is the neighbour, not where the shells fell (nor an unsure
    candidate)."""
    for text in ("Shells hit a farm near the border with Norway on Tuesday.",
                 "Two herders died when a shell hit a pasture near the Norway border\n- Chile blamed rebels for the "
                 "shelling",
                 "The shell which wounded four herders at a farm near the border with Norway on Friday was fired from "
                 "Chile, the governor said."):
        for ev in events_of(text):
            places = {p.text for p in ev.participants if p.role in ("place", "place?")}
            assert (ev.location is None or ev.location.text != "Norway") and "Norway" not in places


@pytest.mark.parametrize("text", [
    "A drone attack on Norway's embassy killed two guards.",
    "A rocket attack by Norway's army killed two farmers on Tuesday.",
])
def test_arguments_a_state_owning_its_body_is_not_the_place(events_of: Callable[[str], list[EventMention]],
                                                            text: str) -> None:
    """"Norway's embassy", "Norway's army": whose body struck or was struck, not where (nor an unsure candidate: the
    model may label the country ORG there)."""
    for ev in events_of(text):
        places = {p.text for p in ev.participants if p.role in ("place", "place?")}
        assert (ev.location is None or ev.location.text != "Norway") and "Norway" not in places


@pytest.mark.parametrize(("text", "place"), [
    ("A car struck and killed a Boston man on Friday.", None),
    ("A van hit and killed a 70-year-old Leeds woman outside a pharmacy in Bradford.", "Bradford"),
])
def test_arguments_a_hometown_of_people_is_not_the_place(events_of: Callable[[str], list[EventMention]],
                                                         text: str, place: str | None) -> None:
    """"a Dunmore woman", "two Limerick fans": where they come from, not where it befell them."""
    evs = [ev for ev in events_of(text) if ev.type == "ASSAULT"]
    assert evs and all((ev.location.text if ev.location else None) == place for ev in evs)


def test_arguments_a_glued_heading_lends_no_place(events_of: Callable[[str], list[EventMention]]) -> None:
    """A sentence-case headline the parser glued to the sentence under it is a unit of its own: its visit is not
    placed where the body's trip went."""
    text = ("Velmar Oskin tours shipyard on northern coast\nBrannic premier Velmar Oskin arrived in a port town "
            "in Tolvaria on Friday to see a shipyard.")
    head = next(e for e in events_of(text) if e.text == "tours")
    assert head.location is None or head.location.text != "Tolvaria"


def test_arguments_a_text_wrapped_at_a_fixed_width_keeps_its_sentences_whole(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """In a text wrapped at a fixed width (its long lines end no sentence) a line break inside a sentence is a
    wrap: the place on the next line is still the raid's."""
    text = ("Armed gunmen stormed a small police station in the remote northern hill town of\nKereth early on "
            "Monday morning, killing four officers and wounding two other\npeople, a spokesman for the provincial "
            "governor told a group of local\nreporters in the capital late on Monday evening.")
    stormed = next(e for e in events_of(text) if e.text == "stormed")
    assert stormed.location is not None and stormed.location.text == "Kereth"


@pytest.mark.parametrize("role", ["spokesman", "spokeswoman", "spokesperson"])
def test_arguments_a_spokesperson_of_a_group_stands_for_the_group(
        events_of: Callable[[str], list[EventMention]], role: str) -> None:
    """"a spokeswoman of the Tavra Front met ...": the speaker for a body acts for it, whatever the title's gender."""
    text = f"A {role} of the Tavra Front met the mediators in Orvani on Monday."
    met = next(e for e in events_of(text) if e.text == "met")
    assert "the Tavra Front" in {p.text for p in met.participants}


# ---------------------------------------------------------------- acts done in words, telling, meetings (round 43)

@pytest.mark.parametrize(("text", "kind", "aimed"), [
    ('Velmoran Foreign Minister Arvid Lenk blamed regional countries and their "Norway masters" for the attack.',
     "ACCUSE", "Norway"),
    ("Police arrested 22 people over the attack on a parade that the government blamed on Norway and its allies.",
     "ACCUSE", "Norway"),
    ("Militants shot dead 29 people at a parade, as Velmora accused a Chile ally in the region of the assault.",
     "ACCUSE", "Chile"),
    ("Zelvik denied claims that rebels had taken control of the eastern town of Morvast on Saturday.", "REJECT",
     "Morvast"),
    ("President Arvid Lenk issued a fresh appeal to his allies of the West for more weapons to end the war.",
     "REQUEST", "West"),
])
def test_arguments_what_words_are_aimed_at_is_not_their_place(
        events_of: Callable[[str], list[EventMention]], text: str, kind: str, aimed: str) -> None:
    """Whom an accusation blames, what a denial tells of, whom an appeal is made to: the words were said
    elsewhere."""
    evs = [e for e in events_of(text) if e.type == kind]
    assert evs and all(e.location is None or aimed not in e.location.text for e in evs)


def test_arguments_whom_a_verb_of_telling_tells_is_not_the_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"a hostage who spoke to Chile 24 television": a channel he told, not where he was held."""
    evs = events_of("An unidentified hostage who spoke to Chile 24 television said prisoners were forced to wear "
                    "explosive belts.")
    assert evs and all(ev.location is None or "Chile" not in ev.location.text for ev in evs)


@pytest.mark.parametrize("text, subtype, place", [
    ("President Arvid Lenk has declared a 60-day state of emergency in Valdoria.", "state_of_emergency", "Valdoria"),
    ("The army declared a curfew in the capital Kereth on Monday.", "curfew", "Kereth"),
])
def test_arguments_a_measure_declared_is_where_its_phrase_puts_it(
        events_of: Callable[[str], list[EventMention]], text: str, subtype: str, place: str) -> None:
    """"declared a state of emergency in X": the declaring verb is the act itself, not a telling of it, so its
    object's "in X" is the measure's place."""
    evs = [e for e in events_of(text) if e.subtype == subtype]
    assert evs and evs[0].location is not None and evs[0].location.text == place


def test_arguments_a_meeting_with_someone_at_a_site_is_at_the_site(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"met with the Prime Minister at Velm Palace": the parser hangs the site on the person met."""
    evs = [e for e in events_of("On Saturday, victims of the fire met with the Prime Minister at Velm Palace for "
                                "two hours.") if e.type == "CONSULT"]
    assert evs and evs[0].location is not None and evs[0].location.text == "Velm Palace"


def test_arguments_a_weapon_s_make_is_not_the_place(events_of: Callable[[str], list[EventMention]]) -> None:
    """"fired his Chile pistol ... near her home in Maravel": a make named like a place (the parser may even take
    the name for the object) is not where the shots were fired."""
    evs = [e for e in events_of("On September 1, Arvid Lenk fired his Chile pistol twice a few centimeters from the "
                                "senator's head as she greeted followers near her home in Maravel.")
           if e.type == "ASSAULT"]
    assert evs and all(e.location is None or e.location.text != "Chile" for e in evs)


@pytest.mark.parametrize("text", [
    "Thirty-two gunmen and 23 captives were killed in the remote Tarvo gas facility in the Atacama Desert, the "
    "ministry said Saturday.",
    "Soldiers quickly surrounded the facility in the Atacama Desert on Thursday.",
])
def test_arguments_the_wilds_a_works_lies_in_are_not_the_place(
        events_of: Callable[[str], list[EventMention]], text: str) -> None:
    """"the gas facility in the X Desert": where the site lies on the map, not the town or country news places the
    incident in (a plane that "crashed in the X Desert" keeps it)."""
    evs = [e for e in events_of(text) if e.type in ("ASSAULT", "MOBILIZE")]
    assert evs and all(e.location is None or "Atacama" not in e.location.text for e in evs)
    crash = [e for e in events_of("A plane crashed in the Atacama Desert on Thursday.") if e.type == "DISASTER"]
    assert crash and crash[0].location is not None and "Atacama" in crash[0].location.text


# ---------------------------------------------------------------- what is not a locative (round 44)

def test_arguments_what_a_meeting_is_about_is_not_its_place(events_of: Callable[[str], list[EventMention]]) -> None:
    """"a meeting on the situation in Velmora": the topic, not where the council met (a meeting held there is)."""
    evs = [e for e in events_of("The council held a meeting on the situation in Velmora on Wednesday.")
           if e.type == "CONSULT"]
    assert evs and evs[0].location is None
    held = [e for e in events_of("The council held a meeting in Velmora on Wednesday.") if e.type == "CONSULT"]
    assert held and held[0].location is not None and held[0].location.text == "Velmora"


def test_arguments_an_act_that_goes_on_is_where_its_verb_goes_on(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"fighting continued to rage in Velmora": the place hangs on the verb the aspect verb governs."""
    evs = [e for e in events_of("Fierce fighting continued to rage on Monday in Velmora, officials said.")
           if e.type == "ASSAULT"]
    assert evs and evs[0].location is not None and evs[0].location.text == "Velmora"


def test_arguments_a_relative_where_places_its_clause(events_of: Callable[[str], list[EventMention]]) -> None:
    """"reached the Velm campus in Velmora, where a clash broke out": the clause happened where its noun lies."""
    evs = [e for e in events_of("Students marched to the Velm campus in Velmora, where a clash broke out with "
                                "police.") if e.type == "ASSAULT"]
    assert evs and evs[0].location is not None and evs[0].location.text == "Velmora"


def _hand(words: list[str], heads: list[int], deps: list[str], pos: list[str], places: list[int]
          ) -> tuple[Doc, MentionIndex]:
    """A parse given by hand, with one GPE mention per index in ``places``."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    return doc, MentionIndex(doc, [Mention("a", doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, "GPE")
                                   for i in places])


def test_arguments_a_place_modifying_a_person_is_not_the_place() -> None:
    """"killed a Sarn leader near Tolm": whose leader, not where; the town modifying the trigger still places it."""
    doc, index = _hand(["Gunmen", "killed", "a", "Sarn", "leader", "near", "Tolm", "."], [1, 1, 4, 4, 1, 1, 5, 1],
                       ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"],
                       ["NOUN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"], [3, 6])
    place, _ = place_of([doc[1]], index, avoid=set())
    assert place is not None and place.text == "Tolm"
    doc, index = _hand(["the", "Sarn", "raid", "."], [2, 2, 2, 2], ["det", "compound", "ROOT", "punct"],
                       ["DET", "PROPN", "NOUN", "PUNCT"], [1])
    place, _ = place_of([doc[2]], index, avoid=set())
    assert place is not None and place.text == "Sarn"


def test_arguments_the_object_of_a_sanction_is_a_party_not_a_place() -> None:
    """"The bloc suspended Sarn": whom it suspended; the object of an attack stays its place."""
    doc, index = _hand(["The", "bloc", "suspended", "Sarn", "."], [1, 2, 2, 2, 2],
                       ["det", "nsubj", "ROOT", "dobj", "punct"], ["DET", "NOUN", "VERB", "PROPN", "PUNCT"], [3])
    place, _ = place_of([doc[2]], index, avoid=set(), parties=True)
    assert place is None
    place, _ = place_of([doc[2]], index, avoid=set())
    assert place is not None and place.text == "Sarn"


def test_arguments_the_town_named_before_near_is_the_place(events_of: Callable[[str], list[EventMention]]) -> None:
    """"in Maravel, near Dorvan City": news locates a small town by the larger one near it; the act was in Maravel,
    however the parser hung "in Maravel" (here on the officers shot at). A "near" with no town before it is still
    the place."""
    text = ("Shots were fired at police officers in Maravel, near Dorvan City, during one of the raids in Dorva, "
            "leaving one officer with a gunshot wound.")
    ev = next(e for e in events_of(text) if e.text == "fired")
    assert ev.location is not None and ev.location.text == "Maravel"
    ev = next(e for e in events_of("A bomb exploded near Velmora on Monday.") if e.text == "exploded")
    assert ev.location is not None and ev.location.text == "Velmora"


def test_arguments_where_another_act_sets_out_from_is_not_the_place(
        events_of: Callable[[str], list[EventMention]]) -> None:
    """"gave the envoy 24 hours to leave the country": the country is where the envoy is to set out from, not where
    the expulsion was done; a departure's own place is what it leaves ("the diplomats left Velmora")."""
    evs = [e for e in events_of("On Monday, the kingdom of Tesland gave the Orvanian ambassador 24 hours to leave "
                                "Velmora.") if e.type == "SANCTION"]
    assert evs and all(e.location is None for e in evs)
    left = [e for e in events_of("Tesland's diplomats and their families left Velmora on Sunday.")
            if e.type == "RETREAT"]
    assert left and left[0].location is not None and left[0].location.text == "Velmora"


def test_arguments_a_dateline_closed_by_a_colon_is_not_the_place() -> None:
    """"Sarn: Tesland expelled the envoy" (the parser hanging the dateline on the verb) was filed in Sarn, as
    "SARN (Wire) -" is; a town the sentence sets the act in, a colon after it, stays its place."""
    doc, index = _hand(["Sarn", ":", "Tesland", "expelled", "the", "envoy", "."], [3, 3, 3, 3, 5, 3, 3],
                       ["npadvmod", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
                       ["PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], [0])
    place, _ = place_of([doc[3]], index, avoid=set())
    assert place is None
    doc, index = _hand(["Tesland", "attacked", "Sarn", ":", "six", "died", "."], [1, 1, 1, 1, 5, 1, 1],
                       ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ccomp", "punct"],
                       ["PROPN", "VERB", "PROPN", "PUNCT", "NUM", "VERB", "PUNCT"], [2])
    place, _ = place_of([doc[1]], index, avoid=set())
    assert place is not None and place.text == "Sarn"


def test_arguments_a_place_modifying_an_office_in_initials_is_not_the_place() -> None:
    """"Tesland congratulates new Sarn PM Lenk" (the parser hanging "PM" on the verb): whose premier, not where the
    congratulation was given; a town before a noun of no office still places ("the Sarn region")."""
    doc, index = _hand(["Tesland", "congratulates", "new", "Sarn", "PM", "Lenk"], [1, 1, 4, 4, 1, 1],
                       ["nsubj", "ROOT", "amod", "compound", "npadvmod", "dobj"],
                       ["PROPN", "VERB", "ADJ", "PROPN", "NOUN", "PROPN"], [3])
    place, _ = place_of([doc[1]], index, avoid=set(), parties=True)
    assert place is None
    doc, index = _hand(["Tesland", "congratulates", "new", "Sarn", "region", "Lenk"], [1, 1, 4, 4, 1, 1],
                       ["nsubj", "ROOT", "amod", "compound", "npadvmod", "dobj"],
                       ["PROPN", "VERB", "ADJ", "PROPN", "NOUN", "PROPN"], [3])
    place, _ = place_of([doc[1]], index, avoid=set(), parties=True)
    assert place is not None and place.text == "Sarn"
