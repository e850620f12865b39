"""Place containment read off how articles name places, and when two places can hold one event."""

from __future__ import annotations

import re

import pytest

from storyline.fuse.places import (
    ROAD_NAME,
    PlaceGraph,
    PlaceMention,
    bloc_name,
    build_graph,
    capital_country,
    country_code,
    demonym,
    is_country_name,
    nation_of,
    province_named,
    spanned_places,
)

COUNTRIES = ("Pakistan", "Ukraine", "Peru")


def graph(*texts: str, names: tuple[str, ...], kinds: dict[str, str] | None = None) -> PlaceGraph:
    """A graph from invented texts; every listed name found in a text is a place mention whose entity is the name."""
    per_article = []
    for text in texts:
        found = [PlaceMention(m.start(), m.end(), n) for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
        # a longer name wins over a name inside it ("Velka province" over "Velka")
        found = [p for p in found if not any(q != p and q.start <= p.start and p.end <= q.end for q in found)]
        per_article.append((text, found))
    kinds = kinds or {}
    return build_graph(per_article, countries=[n for n in names if is_country_name(n)],
                       sites=[n for n, k in kinds.items() if k in ("FAC", "LOC")], names={n: n for n in names})


def test_places_containment_patterns() -> None:
    g = graph("A bomb exploded in Kereth, in Velmar's Drask province, on Monday.",
              "the attack in Orsk, the capital of Tavin", "the police station in Hollin in Marel",
              "the Tavur district of Pakistan", "in Ostrel's Nela district", "the Velmar border town of Tolm",
              names=("Kereth", "Velmar", "Drask province", "Orsk", "Tavin", "Hollin", "Marel", "Tavur", "Pakistan",
                     "Ostrel", "Nela", "Tolm"))
    assert "Drask province" in g.ancestors("Kereth") and "Velmar" not in g.inside["Kereth"]
    assert "Tavin" in g.ancestors("Orsk") and "Marel" in g.ancestors("Hollin")
    assert "Pakistan" in g.ancestors("Tavur") and "Ostrel" in g.ancestors("Nela")
    assert "Velmar" in g.ancestors("Tolm")  # "the X town of Y": Y lies in X


def test_places_lists_and_sentences_are_not_containment() -> None:
    g = graph("Delegations will go to Dovran, Lesk and Orlenby.", "In Lesk, Orlenby's envoy said nothing.",
              names=("Dovran", "Lesk", "Orlenby"))
    assert not any(g.inside.values())


def test_places_compatible_when_one_holds_the_other_or_unknown_site() -> None:
    g = graph("a blast in Kereth, in Drask province", "Corvo Hall in Krasny",
              "the Corvo Hall on the outskirts of Mosk",
              names=("Kereth", "Drask province", "Dovra", "Corvo Hall", "Krasny", "Mosk", "Pakistan", "Peru",
                     "Oru Shrine"),
              kinds={"Corvo Hall": "FAC", "Oru Shrine": "FAC"})
    assert g.compatible("Kereth", "Drask province")
    assert g.compatible("Krasny", "Mosk")  # a venue known in one and near the other
    assert g.compatible("Oru Shrine", "Kereth")  # a site nothing places: it may be anywhere
    assert g.compatible("Pakistan", "Kereth")  # a country holds any place not known elsewhere
    # negatives: two towns nothing relates, two countries, a site placed elsewhere
    assert not g.compatible("Kereth", "Dovra")
    assert not g.compatible("Pakistan", "Peru")
    assert not g.compatible("Corvo Hall", "Kereth")


def test_places_regions_hold_unplaced_towns_but_not_towns_placed_elsewhere() -> None:
    g = graph("Tarnu, in Vesk province", names=("Tarnu", "Vesk province", "Marsa province", "Tolm"))
    assert g.compatible("Tolm", "Marsa province")  # nothing places Tolm
    assert not g.compatible("Tarnu", "Marsa province")  # Tarnu lies in another province


def test_places_spelling_variants_and_suffixes_are_one_place() -> None:
    g = graph(names=("Orlyv", "Orlev", "Tavur", "Tavaur", "Drask", "Drask province", "Iran", "Iraq"))
    assert g.compatible("Orlyv", "Orlev") and g.compatible("Tavur", "Tavaur")
    assert g.compatible("Drask", "Drask province")
    assert not g.compatible("Iran", "Iraq")


def test_places_contradictions_and_countries_inside_countries_are_dropped() -> None:
    g = graph("Marel in Hollin", "Hollin in Marel", "the areas bordering Peru in Pakistan",
              names=("Marel", "Hollin", "Peru", "Pakistan"))
    assert not g.ancestors("Marel") and not g.ancestors("Hollin") and not g.ancestors("Peru")


def test_places_demonyms() -> None:
    names = {"a": "Velmar", "b": "Velmaran", "c": "Dovran"}
    assert demonym("Velmaran", names) and demonym("Pakistani", {})
    assert not demonym("Dovran", names) and not demonym("Velmar", names)


def test_places_demonym_bounds_and_a_names_dict_that_grows() -> None:
    names = {"a": "Oran", "b": "Lor"}
    assert demonym("ORANxyz", names) and not demonym("Oranwxyz", names)  # at most 3 more characters
    assert not demonym("Lore", names)  # a name of fewer than 4 characters is no stem
    names["c"] = "Kest"  # asked again after it grew, the dict is read anew
    assert demonym("Kesto", names)


def test_places_a_region_does_not_hold_a_town_known_elsewhere() -> None:
    g = graph("Tarnu, in Vesk", names=("Tarnu", "Vesk", "Marsa province"))
    assert not g.compatible("Tarnu", "Marsa province")  # Tarnu lies in Vesk, whatever Vesk is called


def test_places_one_country_under_two_names() -> None:
    g = graph("a blast in Kereth, Russia", "the Kremlin in the Russian Federation",
              names=("Kereth", "Russia", "Russian Federation", "Peru"))
    assert g.compatible("Kereth", "Russian Federation") and g.compatible("Russia", "Russian Federation")
    assert not g.compatible("Kereth", "Peru")  # negative: another country


def test_places_an_abbreviated_country_whatever_its_dots() -> None:
    # "U.S" is "U.S." with its final dot taken by a sentence's end (or the tagger)
    assert [country_code(n) for n in ("U.S", "U.S.", "the U.S.", "US", "U.S.A", "U.K", "U.A.E.", "UAE")] == \
        ["US", "US", "US", "US", "US", "GB", "AE", "AE"]
    assert is_country_name("U.S") and is_country_name("the U.K") and capital_country("Washington D.C") == "US"
    assert country_code("Ostrel") is None and not is_country_name("U.S. Embassy")  # negative: no country
    g = graph("the worst U.S storm", "floods in Dunmore in Ohio", "a storm in Quito",
              names=("U.S", "Dunmore", "Ohio", "Quito"))
    assert g.compatible("U.S", "Dunmore") and g.compatible("U.S", "Ohio")  # a state of the country and a town in it
    assert not g.compatible("U.S", "Quito")  # negative: another country's capital


def test_places_gazetteer_provinces_and_capitals() -> None:
    g = graph("a shooting in Wollongong", "the attack in New South Wales", "talks in Canberra", "talks in Lima",
              names=("Wollongong", "New South Wales", "Canberra", "Lima", "Australia"))
    assert g.compatible("New South Wales", "Wollongong")  # a province holds a town nothing places elsewhere
    assert g.compatible("Australia", "New South Wales") and g.compatible("Australia", "Canberra")
    assert not g.compatible("Canberra", "Lima")  # capitals of two countries
    assert not g.compatible("New South Wales", "Lima")  # a province and another country's capital


def test_nation_of_a_demonym_shared_with_a_dependency_names_the_country() -> None:
    assert (nation_of("American"), nation_of("French"), nation_of("Indian")) == ("US", "FR", "IN")
    assert nation_of("Congolese") is None  # two peers share it


def test_places_a_described_city_of_a_possessor_lies_in_it() -> None:
    g = graph("in Velmar's largest city of Orsk", "Tavin's second-largest port city, Hollin", "Marel's war in Kereth",
              names=("Velmar", "Orsk", "Tavin", "Hollin", "Marel", "Kereth"))
    assert "Velmar" in g.ancestors("Orsk") and "Tavin" in g.ancestors("Hollin")
    assert not g.ancestors("Kereth")  # negative: a noun phrase that is no place's description


def _mentions(text: str, names: tuple[str, ...]) -> list[PlaceMention]:
    return sorted((PlaceMention(m.start(), m.end(), n) for n in names for m in re.finditer(rf"\b{n}\b", text)),
                  key=lambda p: p.start)


def test_places_one_incident_told_in_a_list_of_places_makes_them_near() -> None:
    names = ("Orsk", "Tolm", "Kereth", "Dovra", "Peru", "Chile")
    texts = ["Gunmen launched attacks in the city of Orsk and in the coastal town of Tolm.",
             "Blasts hit Kereth, Dovra and the provincial capital Orsk.", "Strikes in Peru and Chile."]
    g = graph(*texts, names=names)
    for text in texts:
        places = _mentions(text, names)
        spanned_places(g, text, places[0], places)
    assert g.compatible("Orsk", "Tolm") and g.compatible("Kereth", "Dovra") and g.compatible("Dovra", "Orsk")
    assert not g.compatible("Peru", "Chile")  # an incident in two countries is two
    # negative: two towns named in one sentence, but not as the list of one incident's places
    h = graph("Police in Orsk said the gunmen came from Tolm.", names=names)
    text = "Police in Orsk said the gunmen came from Tolm."
    spanned_places(h, text, _mentions(text, names)[0], _mentions(text, names))
    assert not h.compatible("Orsk", "Tolm")


def test_places_two_regions_of_one_level_never_hold_each_other() -> None:
    g = graph("a school in Kereth, in Lesk State", names=("Lesk State", "Marsa State", "Dovra district", "Kereth"))
    assert not g.compatible("Lesk State", "Marsa State")
    # negatives: regions of two levels, and a region with a town it may hold
    assert g.compatible("Dovra district", "Lesk State") and g.compatible("Marsa State", "Dovra district")
    assert g.compatible("Lesk State", "Kereth")


def test_places_on_a_coast_or_an_island_lies_in_it() -> None:
    g = graph("swept ashore at the city of Tolm, on the west coast of Kereth.", "Orsk, on the island of Dovra",
              "Valdora's island of Kereth", names=("Tolm", "Kereth", "Orsk", "Dovra", "Valdora"))
    assert "Kereth" in g.ancestors("Tolm") and "Dovra" in g.ancestors("Orsk")
    assert "Valdora" in g.ancestors("Kereth") and "Valdora" in g.ancestors("Tolm")
    # a common noun the tagger took for a place ("west coast") does not break the pattern
    text = "swept ashore at the small city of Tolm, on the west coast of Kereth."
    found = [PlaceMention(text.index(n), text.index(n) + len(n), n) for n in ("Tolm", "west coast", "Kereth")]
    g2 = build_graph([(text, found)], countries=[], names={"Tolm": "Tolm", "west coast": "west coast",
                                                           "Kereth": "Kereth"})
    assert "Kereth" in g2.ancestors("Tolm")
    # negative: off a coast is at sea, not in the land
    assert not graph("a boat sank at Orsk, off the coast of Dovra", names=("Orsk", "Dovra")).inside["Orsk"]


def test_places_a_part_named_after_a_land_lies_in_it() -> None:
    g = graph("in Central Kereth", "on Kereth", "in Northern Tavin", "Tavin", names=("Central Kereth", "Kereth",
                                                                                 "Northern Tavin", "Tavin"))
    assert "Kereth" in g.ancestors("Central Kereth") and "Tavin" in g.ancestors("Northern Tavin")
    # negative: a country's namesake is not inside it, nor two states named one after the other
    g = graph("in Northern Ireland", "in Ireland", "West Virginia", "Virginia",
              names=("Northern Ireland", "Ireland", "West Virginia", "Virginia"))
    assert not g.inside["Northern Ireland"] and not g.inside["West Virginia"]


def test_places_a_place_named_after_another_lies_in_it() -> None:
    g = graph("at Sarn City Hall", "in Sarn", "at Sarn Tolvi airport", "the Peru Embassy", "in Peru", "Tolm",
              names=("Sarn City Hall", "Sarn", "Sarn Tolvi", "Peru Embassy", "Peru", "Tolm"))
    assert "Sarn" in g.ancestors("Sarn City Hall") and "Sarn" in g.ancestors("Sarn Tolvi")
    assert g.compatible("Sarn", "Sarn Tolvi")
    # negatives: a country's embassy lies elsewhere; another town stays apart
    assert not g.inside["Peru Embassy"]
    assert not g.compatible("Sarn City Hall", "Tolm")


def test_places_a_valley_holds_unplaced_villages_and_class_words_name_one_place() -> None:
    g = graph("in the Kereth Valley", "near Gorsk village", "Lesk, in Drask province", "Dovra City", "the Dovra Strip",
              names=("Kereth Valley", "Kereth", "Gorsk", "Lesk", "Drask province", "Dovra City", "Dovra Strip",
                     "Tolm"))
    assert g.compatible("Kereth Valley", "Gorsk")  # nothing places the village: the valley may hold it
    assert g.compatible("Kereth Valley", "Kereth") and g.compatible("Dovra City", "Dovra Strip")
    # negatives: a village placed in another province, two towns
    assert not g.compatible("Kereth Valley", "Lesk")
    assert not g.compatible("Dovra City", "Tolm")


def test_places_road_names() -> None:
    for name in ("Orvani Springs Road", "Interstate 15", "Highway 7", "Tolvar Avenue", "A9"):
        assert ROAD_NAME.search(name), name
    for name in ("Sarn", "Roadtown", "Lanesborough", "Tolvar Valley", "Highway Patrol Office"):
        assert not ROAD_NAME.search(name), name


def test_places_a_class_or_site_noun_left_out_of_the_name_before_in() -> None:
    # "the Dovra area in Drask", "Tolm station in Kereth district": the tagger left "area"/"station" out
    g = graph("the train derailed near the Dovra area in Drask", "near Tolm station in Kereth district",
              "the Marel market in Hollin", names=("Dovra", "Drask", "Tolm", "Kereth district", "Marel", "Hollin"))
    assert "Drask" in g.ancestors("Dovra") and "Kereth district" in g.ancestors("Tolm")
    assert "Hollin" in g.ancestors("Marel")
    # negative: a list and a noun that is no class word say nothing
    g = graph("the Dovra area, Drask and Tolm", "the Dovra army in Drask", names=("Dovra", "Drask", "Tolm"))
    assert not any(g.inside.values())


def test_places_a_name_after_a_place_preposition_is_no_demonym() -> None:
    # "Dovrayan" beside "Dovraya" reads as an adjective of it; "near Dovrayan in Kereth" names a town
    names = ("Dovraya", "Dovrayan", "Kereth")
    g = graph("the coaches derailed near Dovrayan in Kereth", "the village of Dovrayan, Kereth", names=names)
    assert g.ancestors("Dovrayan") == {"Kereth"}
    # negative: as an adjective it places nothing
    g = graph("The Dovrayan in Kereth said so.", names=names)
    assert not g.ancestors("Dovrayan")


def test_places_names_one_final_letter_apart_are_one_place() -> None:
    g = graph(names=("Dovraya", "Dovrayan", "Sarn", "Sarna", "Kereth", "Kerethi lake"))
    assert g.compatible("Dovraya", "Dovrayan")
    # negatives: short names, a name of several words
    assert not g.compatible("Sarn", "Sarna") and not g.compatible("Kereth", "Kerethi lake")


def test_places_a_building_in_a_capital_named_in_apposition_lies_in_it() -> None:
    # "the Velmar Grand hotel in the Dovran capital, Kereth": the hotel lies in Kereth (the tagger leaves "hotel" out
    # of the name, and the capital's noun and its name are one place told twice, not a list)
    text = "Raiders stormed the Velmar Grand hotel in the Dovran capital, Kereth, before dawn on Sunday."
    found = [PlaceMention(m.start(), m.end(), "Velmar Grand") for m in re.finditer("Velmar Grand", text)]
    found += [PlaceMention(text.index("the Dovran capital"), text.index(", Kereth"), "Kereth"),
              PlaceMention(text.index("Kereth"), text.index("Kereth") + 6, "Kereth")]
    g = build_graph([(text, found)], countries=[], sites=["Velmar Grand"],
                    names={"Velmar Grand": "Velmar Grand", "Kereth": "Kereth"})
    assert "Kereth" in g.ancestors("Velmar Grand")
    # each on its own: the building's noun ("hotel in Kereth"), the apposition ("in the Dovran capital, Kereth")
    assert "Kereth" in graph("the Velmar Grand hotel in Kereth", names=("Velmar Grand", "Kereth")).ancestors(
        "Velmar Grand")
    text = "Gunmen stormed Velmar Grand in the Dovran capital, Kereth, on Monday."
    found = [PlaceMention(text.index("Velmar Grand"), text.index(" in the"), "Velmar Grand"),
             PlaceMention(text.index("the Dovran capital"), text.index(", Kereth"), "Kereth"),
             PlaceMention(text.index("Kereth"), text.index("Kereth") + 6, "Kereth")]
    g = build_graph([(text, found)], countries=[], sites=["Velmar Grand"],
                    names={"Velmar Grand": "Velmar Grand", "Kereth": "Kereth"})
    assert "Kereth" in g.ancestors("Velmar Grand")
    # negative: a list of places after "in" is still no containment
    g = graph("the Velmar Grand hotel in Kereth, Tolm and Sarn", names=("Velmar Grand", "Kereth", "Tolm", "Sarn"))
    assert not g.ancestors("Velmar Grand")


def test_places_a_name_with_a_province_word_is_a_region() -> None:
    g = graph("Tarnu, in Vesk province, and Dovra Oblast", names=("Tarnu", "Vesk province", "Dovra Oblast",
                                                                  "Lorn State"))
    assert {"Vesk province", "Dovra Oblast"} <= g.regions
    assert province_named("Kano State")  # "state" after a state the gazetteer knows
    # negatives: a town, "state" after a name the gazetteer does not know (a group's name), a bare class word
    assert not {"Tarnu", "Lorn State"} & g.regions
    assert not province_named("Lorn State") and not province_named("Province") and not province_named("Tarnu")


@pytest.mark.parametrize(("name", "bloc"), [
    ("the West", True), ("West", True), ("the Global South", True), ("East", True), ("North-East", True),
    ("West Velmora", False), ("North Caucasus", False), ("the North Sea", False), ("South Maravel", False),
    ("the", False),
])
def test_places_a_compass_point_alone_is_a_bloc_not_a_place(name: str, bloc: bool) -> None:
    """"appealed to the West": a bloc or a half of the world, never where an act happened."""
    assert bloc_name(name) is bloc
