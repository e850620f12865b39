"""Short names an entity goes by (story@1 aliases after the surface forms)."""

from __future__ import annotations

from storyline.model import Entity, Span, Story, story_to_json
from storyline.present.short_names import (
    group_short_name,
    person_short_name,
    place_short_name,
    short_names,
    written_forms,
)


def _e(eid: str, name: str, type_: str, *aliases: str, mentions: tuple[Span, ...] = ()) -> Entity:
    return Entity(id=eid, name=name, type=type_, aliases=dict.fromkeys((name, *aliases), 1), mentions=mentions)


def test_person_surname() -> None:
    assert person_short_name("Marta Vesker") == "Vesker"
    assert person_short_name("Omar Al-Nasri") == "Nasri"  # a joined article is no part of the surname
    assert person_short_name("Vesker") is None
    assert person_short_name("mayor of Velmora city") is None
    assert person_short_name("Tan Li") is None  # too short to tell whose


def test_place_without_unit_word() -> None:
    assert place_short_name("Velmora province") == "Velmora"
    assert place_short_name("Upper Velmora district") == "Upper Velmora"
    assert place_short_name("Velmora police") is None  # a body, not the place
    assert place_short_name("Velmora Province") is None  # the capitalized unit is the name's own word


def test_group_without_legal_form() -> None:
    assert group_short_name("Orvan Chemical Co. Ltd") == "Orvan Chemical"
    assert group_short_name("Orvan Trading Holdings") == "Orvan Trading"
    assert group_short_name("Orvan Co") is None  # one word left: too little to name the company
    assert group_short_name("Orvan Chemical") is None


def test_short_names_only_where_unambiguous() -> None:
    marta = _e("p1", "Marta Vesker", "PERSON")
    ivo = _e("p2", "Ivo Vesker", "PERSON")
    dana = _e("p3", "Dana Orlik", "PERSON")
    orlik = _e("g1", "Orlik", "ORG")
    prov = _e("l1", "Velmora province", "GPE", "Velmora")
    assert short_names([marta, ivo, dana, orlik, prov]) == {}  # two Veskers; Orlik is another's; Velmora is had
    hale = _e("p4", "Viktor Hale", "PERSON", mentions=(Span("a", 0, 11, "Viktor Hålé"),))
    assert short_names([hale]) == {"p4": ["Viktor Hålé", "Hale", "Hålé"]}  # the name as written first


def test_story_json_lists_short_names_after_surface_forms() -> None:
    story = Story(entities=[_e("p1", "Marta Vesker", "PERSON", "M. Vesker")])
    d = story_to_json(story, short_names(story.entities))["entities"][0]
    assert d["aliases"][-1] == "Vesker" and d["alias_counts"] == {"Marta Vesker": 1, "M. Vesker": 1}
    assert Story.from_json(story_to_json(story, short_names(story.entities))).entities[0].aliases == \
        {"Marta Vesker": 1, "M. Vesker": 1}
    assert "Vesker" not in story.to_json()["entities"][0]["aliases"]  # the model alone writes what the texts wrote



def test_written_forms_give_the_folded_aliases_as_the_texts_write_them() -> None:
    spans = (Span("a1", 0, 13, "Orvan Tesvík"), Span("a1", 20, 40, "Tesvík’s lawyer"), Span("a1", 50, 52, "he"),
             Span("a2", 0, 15, "the Velmor Agency"))
    e = _e("e1", "Orvan Tesvik", "PERSON", "Tesvik", mentions=spans)
    assert written_forms(e) == ["Orvan Tesvík", "Tesvík"]
    assert "Orvan Tesvík" in short_names([e])["e1"]
