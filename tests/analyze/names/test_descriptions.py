"""Role descriptions: found, matched to roles by office and owner, unresolved when no one or several fit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from storyline.analyze.names.descriptions import (
    age_descriptions,
    appositive_mentions,
    find_descriptions,
    fits,
    given_age,
    leads,
    person_ages,
    resolve_descriptions,
    same_owner,
    title_mentions,
)
from storyline.analyze.resources import Resources
from storyline.model import Article, Mention, Role
from tests.conftest import analyzer_with


def _m(text: str, sub: str, label: str, chain: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention("a1", start, start + len(sub), sub, label, chain=chain)


def _role(title: str, of: str | None = None) -> Role:
    return Role(title, "a1", 0, len(title), None, of)


def test_find_descriptions_reads_office_modifiers_and_owner() -> None:
    text = ("The acting foreign minister spoke. The group's spokesman denied it. Velmora's interior minister "
            "left. The interior minister Orlan Vesk came. The ministers met.")
    found = {d.text: d for d in find_descriptions(text)}
    assert found["The acting foreign minister"].words == {"foreign", "minister"}
    assert found["The group's spokesman"].owner_noun == "group"
    assert found["Velmora's interior minister"].owner_text == "Velmora"
    assert not any("Orlan" in t or "ministers" in t for t in found)  # a title before a name; a plural


def test_find_descriptions_a_group_named_before_the_office_owns_it() -> None:
    text = ("Revenge for the Dravosh Front leader was vowed. The Foreign Minister left. The Dravosh leader Orlan Vesk "
            "came. The leader smiled.")
    found = [(d.text, sorted(d.words), d.owner_text) for d in find_descriptions(text)]
    assert found == [("the Dravosh Front leader", ["leader"], "Dravosh Front"),
                     ("The Foreign Minister", ["foreign", "minister"], None)]


def test_fits_an_office_after_to_is_the_one_served() -> None:
    assert not fits(frozenset({"president"}), "Special Adviser to the President on Media")
    assert fits(frozenset({"adviser"}), "Special Adviser to the President on Media")
    assert fits(frozenset({"ambassador"}), "Ambassador to Velmora")


def test_fits_needs_every_word_and_former_on_both_sides() -> None:
    assert fits(frozenset({"foreign", "minister"}), "Acting Foreign Minister")
    assert fits(frozenset({"spokesperson"}), "spokesman for the Dravosh Front")
    assert not fits(frozenset({"foreign", "minister"}), "Interior Minister")
    assert not fits(frozenset({"minister"}), "former Defence Minister")


TEXT = ("Foreign Minister Orlan Vesk met Interior Minister Dara Imrani. Vesk spoke first. "
        "The interior minister said the talks failed.")


def test_resolve_descriptions_by_role_not_by_the_last_person_named() -> None:
    mentions = [_m(TEXT, "Orlan Vesk", "PERSON", "c1"), _m(TEXT, "Dara Imrani", "PERSON", "c2"),
                _m(TEXT, "Vesk", "PERSON", "c1", 1)]
    roles = [("c1", _role("Foreign Minister")), ("c2", _role("Interior Minister"))]
    out, pending = resolve_descriptions(TEXT, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("The interior minister", "c2")] and pending == []


def test_resolve_descriptions_reads_an_office_written_with_capitals() -> None:
    text = ("Velmoran President Orlan Vesk met Foreign Minister Dara Imrani. The President, who was reelected, "
            "spoke. The Foreign Minister Tomas Kell was absent. The Foreign Minister left.")
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2"),
                _m(text, "Tomas Kell", "PERSON", "c3")]
    roles = [("c1", _role("Velmoran President")), ("c2", _role("Foreign Minister")), ("c3", _role("Foreign Minister"))]
    out, _ = resolve_descriptions(text, mentions, roles, "a1")
    # a title before a name is no description; the last one fits two people: open
    assert [(m.text, m.chain) for m in out] == [("The President", "c1"), ("The Foreign Minister", None)]


def test_find_descriptions_sentence_opener_is_no_owner_and_a_titled_name_no_description() -> None:
    text = "While Velmora's Interior Minister stayed, Ostra's Special Envoy for Tarvin Dara Imrani left."
    found = find_descriptions(text)
    assert found[0].text == "Velmora's Interior Minister" and found[0].owner_text == "Velmora"
    # the owner's name tagged as a person still owns the office; a name closing the phrase makes it a title
    mentions = [_m(text, "Velmora", "PERSON", "c2"), _m(text, "Dara Imrani", "PERSON", "c1")]
    out, _ = resolve_descriptions(text, mentions, [], "a1")
    assert [m.text for m in out] == ["Velmora's Interior Minister"]


def test_resolve_descriptions_leaves_ambiguous_and_unknown_offices_for_the_story() -> None:
    text = "Defence Minister Orlan Vesk met Defence Minister Dara Imrani. The minister left. The envoy stayed."
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2")]
    roles = [("c1", _role("Defence Minister")), ("c2", _role("Defence Minister"))]
    out, pending = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("The minister", None), ("The envoy", None)]
    assert [p["words"] for p in pending] == [["minister"], ["envoy"]]


def test_resolve_descriptions_apposed_name_tagged_otherwise_is_the_person() -> None:
    text = "Velmar's justice minister, Lidia Marsk, spoke. The Tarsk Police, the city force, left."
    mentions = [_m(text, "Velmar", "GPE", "c1"), _m(text, "Lidia Marsk", "ORG", "c2"),
                _m(text, "Tarsk Police", "ORG", "c3")]
    out, pending = resolve_descriptions(text, mentions, [], "a1")
    assert [(m.text, m.chain) for m in out] == [("Velmar's justice minister", "c2")] and pending == []
    # a list is no apposition: an organization named before a description
    text = "The government suspended talks with the Harakat Dorvani, its chief negotiator resigned."
    out, _ = resolve_descriptions(text, [_m(text, "Harakat Dorvani", "ORG", "c1")], [], "a1")
    assert [(m.text, m.chain) for m in out] == [("its chief negotiator", None)]


def test_resolve_descriptions_owner_picks_the_groups_spokesman() -> None:
    text = ("Orlan Vesk, spokesman for the Dravosh Front, and Dara Imrani, spokesman for Velmora Hospital, spoke. "
            "The Dravosh Front denied it. The group's spokesman said so.")
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dravosh Front", "ORG", "c3"),
                _m(text, "Dara Imrani", "PERSON", "c2"), _m(text, "Velmora Hospital", "ORG", "c4"),
                _m(text, "Dravosh Front", "ORG", "c3", 1)]
    roles = [("c1", _role("spokesman for the Dravosh Front", "Dravosh Front")),
             ("c2", _role("spokesman for Velmora Hospital", "Velmora Hospital"))]
    out, _ = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("The group's spokesman", "c1")]


@pytest.mark.parametrize(("text", "description", "name"), [
    ("Acting Foreign Minister Orlan Vesk met Interior Minister Dara Imrani in Velmora on Monday. "
     "Vesk said the talks went well. The acting foreign minister then flew home.",
     "The acting foreign minister", "Orlan Vesk"),
    # a name apposed to a person's description is a person's (the tagger reads "Lidia Marsk" as an organization)
    ("Interior Minister Oren Vask said six people died. Velmar's justice minister, Lidia Marsk, said that a "
     "woman sat on a bench there for an hour.",
     "Velmar's justice minister", "Lidia Marsk"),
])
def test_descriptions_end_to_end_in_the_coref_component(resources: Resources, make_article: Callable[..., Article],
                                                        text: str, description: str, name: str) -> None:
    a = analyzer_with(resources, "baseline", "names", "coref").analyze(make_article(text))
    desc = next(m for m in a.mentions if m.text == description)
    person = next(m for m in a.mentions if m.text == name)
    assert desc.chain == person.chain and desc.kind == "nominal" and person.label == "PERSON"


def test_find_descriptions_nationality_owner_abbreviations_and_no_function_words() -> None:
    text = ("The Velmoran foreign minister spoke. The Velmoran PM left. They burned the home of the mayor of Ostra. "
            "The Velmoran premier came.")
    found = {d.text: d for d in find_descriptions(text)}
    assert found["The Velmoran foreign minister"].owner_text == "Velmoran"
    assert found["The Velmoran PM"].words == found["The Velmoran premier"].words == {"prime", "minister"}
    assert found["the mayor of Ostra"].owner_text == "Ostra"
    assert not any(t.startswith("the home") for t in found)


def test_fits_the_head_of_government_is_the_prime_minister_not_the_president() -> None:
    text = "Ana Dresk was named Prime Minister. The head of government is under pressure."
    described = find_descriptions(text)
    assert [d.text for d in described] == ["The head of government"]
    assert fits(described[0].words, "Prime Minister") and fits(described[0].words, "Chancellor")
    assert not fits(described[0].words, "President") and not fits(described[0].words, "Deputy Prime Minister")


def test_find_descriptions_reads_law_and_administration_offices() -> None:
    text = ("The country's chief prosecutor said the district collector and the police commissioner agreed with the "
            "judge.")
    assert [(d.text, d.owner_noun) for d in find_descriptions(text)] == [
        ("The country's chief prosecutor", "country"), ("the district collector", None),
        ("the police commissioner", None), ("the judge", None)]
    assert fits(find_descriptions(text)[0].words, "Chief Prosecutor")


def test_fits_another_office_word_on_the_title_is_another_office() -> None:
    assert fits(frozenset({"prime", "minister"}), "Premier")
    assert not fits(frozenset({"minister"}), "Prime Minister")
    assert not fits(frozenset({"president"}), "Vice President")
    assert fits(frozenset({"minister"}), "Foreign Minister")
    assert not fits(frozenset({"leader"}), "opposition leader")
    assert fits(frozenset({"opposition", "leader"}), "opposition leader")
    assert not fits(frozenset({"secretary"}), "Assistant Secretary")


def test_same_owner_a_place_and_its_nationality_word_not_a_similar_country() -> None:
    assert same_owner("Velmora", "Velmoran") and same_owner("Tarkistan", "Tarkistani")
    assert same_owner("Tarkistan", "Tarkik")
    assert not same_owner("Austria", "Australian") and not same_owner("Iran", "Iraqi")
    assert same_owner("Turkish", "Turkey") and same_owner("U.S.", "American")  # by the country lexicon


def test_resolve_descriptions_nationality_picks_that_countrys_office_holder() -> None:
    text = ("Velmoran Foreign Minister Orlan Vesk met Ostravian Foreign Minister Dara Imrani. "
            "The Ostravian foreign minister said the talks failed.")
    mentions = [_m(text, "Velmoran", "NORP", "c3"), _m(text, "Orlan Vesk", "PERSON", "c1"),
                _m(text, "Ostravian", "NORP", "c4"), _m(text, "Dara Imrani", "PERSON", "c2"),
                _m(text, "Ostravian", "NORP", "c4", 1)]
    roles = [("c1", _role("Foreign Minister", "Velmora")), ("c2", _role("Foreign Minister", "Ostravian"))]
    out, _ = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("The Ostravian foreign minister", "c2")]


def test_age_descriptions_take_the_one_person_named_just_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police named the suspect, Orlan Vesk. The 32-year-old was charged on Monday. Dara Imrani met Tomas "
            "Kell. The 41-year-old said nothing. Vesk's lawyer spoke. The 32-year-old driver was fined.")
    doc = nlp(text)
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2"),
                _m(text, "Tomas Kell", "PERSON", "c3"), _m(text, "Vesk", "PERSON", "c1", 1)]
    found, pending = age_descriptions(doc, mentions, [s.start_char for s in doc.sents], "a1")
    # two people before the 41-year-old: nobody; "the 32-year-old driver" is a driver's description
    assert [(m.text, m.chain, m.kind) for m in found if m.chain] == [("The 32-year-old", "c1", "nominal")]
    # no one of the article is given an age: the others wait for the story (another article may give it)
    assert [(text[p["start"]:p["end"]], p["age"]) for p in pending] == [("The 41-year-old", 41),
                                                                       ("The 32-year-old driver", 32)]


def test_age_descriptions_after_adjectives_named_in_their_own_sentence_wait_for_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The inquiry is over. Police did not charge officer Tomas Kell, who is tall, in the death of the "
            "unarmed young 19-year-old. The slain 19-year-old was buried on Monday.")
    doc = nlp(text)
    mentions = [_m(text, "Tomas Kell", "PERSON", "c2")]
    found, pending = age_descriptions(doc, mentions, [s.start_char for s in doc.sents], "a1")
    # Kell is named in the description's own sentence: not taken there; the story gives the age to someone, or
    # the person named just before stands
    # the next sentence's "slain 19-year-old" is the same one, not Kell named just before it
    assert [(m.text, m.chain) for m in found] == [("the unarmed young 19-year-old", None),
                                                 ("The slain 19-year-old", None)]
    kell = [text.index("Tomas Kell"), text.index("Tomas Kell") + len("Tomas Kell")]
    assert [(text[p["start"]:p["end"]], p["age"], p["near"]) for p in pending] == [
        ("the unarmed young 19-year-old", 19, kell), ("The slain 19-year-old", 19, kell)]


def test_age_descriptions_take_the_one_person_the_article_gives_that_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Orlan Vesk, 56, and Dara Imrani (41) left Sarn. Tomas Kell spoke to 33-year-old engineer Ana Vell. "
            "The 56-year-old prosecutor was charged. The 41-year-old said nothing. The 33-year-old declined to talk. "
            "The 70-year-old was hurt.")
    doc = nlp(text)
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2"),
                _m(text, "Tomas Kell", "PERSON", "c3"), _m(text, "Ana Vell", "PERSON", "c4")]
    ana = text.index("Ana Vell")
    assert person_ages(text, mentions) == [(0, 10, 56), (20, 31, 41), (ana, ana + 8, 33)]
    found, pending = age_descriptions(doc, mentions, [s.start_char for s in doc.sents], "a1")
    # by the age given, not the person named last (Tomas Kell, Ana Vell); an age no one has: for the story
    assert [(m.text, m.chain) for m in found] == [("The 56-year-old prosecutor", "c1"), ("The 41-year-old", "c2"),
                                                 ("The 33-year-old", "c4"), ("The 70-year-old", None)]
    assert [p["age"] for p in pending] == [70]


def test_head_of_state_is_the_office_that_heads_the_state() -> None:
    text = ("Vice President Dara Imrani met President Orlan Vesk and Interior Minister Tomas Kell in Sarn. "
            "Gunmen later wounded the Head of State, officials said.")
    found = {d.text: d for d in find_descriptions(text)}
    assert found["the Head of State"].words == {"head", "state"}
    assert fits(frozenset({"head", "state"}), "President") and fits(frozenset({"head", "state"}), "King")
    assert not fits(frozenset({"head", "state"}), "Vice President")
    assert not fits(frozenset({"head", "state"}), "Interior Minister")
    mentions = [_m(text, "Dara Imrani", "PERSON", "c2"), _m(text, "Orlan Vesk", "PERSON", "c1"),
                _m(text, "Tomas Kell", "PERSON", "c3")]
    roles = [("c2", _role("Vice President")), ("c1", _role("President")), ("c3", _role("Interior Minister"))]
    out, _ = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("the Head of State", "c1")]


def test_given_age_before_a_name_written_without_hyphens() -> None:
    for said in ("a 52-year-old driver Orlan Vesk", "a 52 year old driver Orlan Vesk", "a 52 - year - old Orlan Vesk"):
        start = said.index("Orlan")
        assert given_age(said, start, start + len("Orlan Vesk")) == 52, said


def test_age_descriptions_of_an_office_after_a_peoples_word_take_the_one_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The cabinet office announced Vesk's resignation on Monday. The 61-year-old Norwegian politician was "
            "elected in May. Dara Imrani struck a cyclist. The 44-year-old Norwegian man died.")
    doc = nlp(text)
    mentions = [_m(text, "Vesk", "PERSON", "c1"), _m(text, "Norwegian", "NORP", "c5"),
                _m(text, "Dara Imrani", "PERSON", "c2"), _m(text, "Norwegian", "NORP", "c5", 1)]
    found, pending = age_descriptions(doc, mentions, [s.start_char for s in doc.sents], "a1")
    assert [(m.text, m.chain) for m in found] == [("The 61-year-old Norwegian politician", "c1"),
                                                 ("The 44-year-old Norwegian man", None)]  # a man: maybe another
    assert [p["age"] for p in pending] == [44]


def test_find_descriptions_reads_the_place_served_and_an_owner_noun_after_of() -> None:
    text = ("Tarsk's ambassador to Velmora, Ana Dresk, was summoned. The mayor of the city said the river rose. "
            "The governor of the province left. The spokesman to Ostrava Radio said no. The envoy to the Ubari "
            "League spoke. The head of the city's police came.")
    found = {d.text: d for d in find_descriptions(text)}
    assert (found["Tarsk's ambassador to Velmora"].owner_text, found["Tarsk's ambassador to Velmora"].served) == \
        ("Tarsk", "Velmora")
    assert found["The mayor of the city"].owner_noun == "city"
    assert found["The governor of the province"].owner_noun == "province"
    assert found["The spokesman"].served is None  # an office that serves no place ends before "to"
    assert found["The envoy to the Ubari League"].served == "Ubari League"
    assert not any(t.startswith("The head") for t in found)


def test_fits_a_place_served_never_fits_a_title_serving_another() -> None:
    assert fits(frozenset({"ambassador"}), "Ambassador to Velmora", "Velmora")
    assert fits(frozenset({"envoy"}), "special envoy to the Ubari League", "Ubari League")
    assert not fits(frozenset({"ambassador"}), "Ambassador to Velmora", "Tarsk")
    assert fits(frozenset({"ambassador"}), "Ambassador", "Tarsk")  # a title that names no place may be the one


@pytest.mark.parametrize(("title", "leader"), [
    ("President", True), ("Prime Minister", True), ("Premier", True), ("King", True), ("Chancellor", True),
    ("Emir", True), ("president of the Dravosh Front", True),
    ("Vice President", False), ("Deputy Prime Minister", False), ("former president", False),
    ("Foreign Minister", False), ("opposition leader", False), ("Interior Minister", False),
])
def test_leads_a_country_s_leader_heads_its_state_or_government(title: str, leader: bool) -> None:
    assert leads(frozenset({"leader"}), title) is leader
    assert not leads(frozenset({"opposition", "leader"}), title) or title == "opposition leader"


def test_resolve_descriptions_an_ambassador_by_owner_and_place_served() -> None:
    text = ("Tarsk's ambassador to Velmora, Ana Dresk, met Velmora's ambassador to Tarsk, Jomart Seitkali. "
            "Velmora's ambassador left early. Tarsk's ambassador to Velmora stayed.")
    mentions = [_m(text, "Tarsk", "GPE", "c1"), _m(text, "Velmora", "GPE", "c2"), _m(text, "Ana Dresk", "PERSON", "c3"),
                _m(text, "Velmora", "GPE", "c2", 1), _m(text, "Tarsk", "GPE", "c1", 1),
                _m(text, "Jomart Seitkali", "PERSON", "c4"), _m(text, "Velmora", "GPE", "c2", 2),
                _m(text, "Tarsk", "GPE", "c1", 2), _m(text, "Velmora", "GPE", "c2", 3)]
    roles = [("c3", _role("ambassador to Velmora", "Tarsk")), ("c4", _role("ambassador to Tarsk", "Velmora"))]
    out, pending = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [
        ("Tarsk's ambassador to Velmora", "c3"), ("Velmora's ambassador to Tarsk", "c4"),
        ("Velmora's ambassador", "c4"), ("Tarsk's ambassador to Velmora", "c3")]
    assert pending == []
    # the ambassador to Velmora is no ambassador of Velmora's, even with no owner kept on the role
    out, _ = resolve_descriptions(text, mentions, [("c3", _role("ambassador to Velmora"))], "a1")
    assert [m.chain for m in out if m.text == "Velmora's ambassador"] == [None]


@pytest.mark.parametrize(("text", "roles", "described", "chain"), [
    # an election: the leader of the country named is its head of government, not the other country's
    ("Ostravian Prime Minister Noh Seok-pyeol met President Dara Imrani of Velmora. The Ostravian leader said "
     "the vote would go ahead.", [("c1", "Prime Minister", "Ostravian"), ("c2", "President", "Velmora")],
     "The Ostravian leader", "c1"),
    # a strike: "the group's leader" is the union's president, named before
    ("Kwame Asante-Boadu, president of the Dock Workers Union, met the port authority. The group's leader said "
     "the strike would go on.", [("c1", "president of the Dock Workers Union", "Dock Workers Union")],
     "The group's leader", "c1"),
    # a head of state with no owner kept is no country's leader: nobody can say whose
    ("President Dara Imrani met Noh Seok-pyeol. The Ostravian leader said the vote would go ahead.",
     [("c2", "President", None)], "The Ostravian leader", None),
    # the deputy is not the leader
    ("Deputy Prime Minister Lidia Marsk of Ostrava spoke. The Ostravian leader said the vote would go ahead.",
     [("c1", "Deputy Prime Minister", "Ostrava")], "The Ostravian leader", None),
    # a flood: the mayor of the city is not the province's governor, and the other way round
    ("Karsk Mayor Li Wenqiang met Governor Aigerim Bekova. The governor of the province said dams failed.",
     [("c1", "Mayor", "Karsk"), ("c2", "Governor", None)], "The governor of the province", "c2"),
    ("Karsk Mayor Li Wenqiang met Governor Aigerim Bekova. The mayor of the city said dams failed.",
     [("c1", "Mayor", "Karsk"), ("c2", "Governor", None)], "The mayor of the city", "c1"),
    # two ministers of one country: "the Velmoran minister" is either
    ("Velmoran Foreign Minister Orlan Vesk and Velmoran Trade Minister Jomart Seitkali left. The Velmoran "
     "minister said talks failed.", [("c1", "Foreign Minister", "Velmoran"), ("c2", "Trade Minister", "Velmoran")],
     "The Velmoran minister", None),
])
def test_resolve_descriptions_by_role_and_owner_across_domains(
        text: str, roles: list[tuple[str, str, str | None]], described: str, chain: str | None) -> None:
    names = [("Noh Seok-pyeol", "c1"), ("Dara Imrani", "c2"), ("Kwame Asante-Boadu", "c1"), ("Lidia Marsk", "c1"),
             ("Li Wenqiang", "c1"), ("Aigerim Bekova", "c2"), ("Orlan Vesk", "c1"), ("Jomart Seitkali", "c2")]
    places = [("Dock Workers Union", "ORG", "c5"), ("Karsk", "GPE", "c6"), ("Velmora", "GPE", "c7"),
              ("Ostrava", "GPE", "c8")]
    mentions = [_m(text, n, "PERSON", c) for n, c in names if n in text and not (n == "Noh Seok-pyeol" and
                                                                                 "Prime Minister Noh" not in text)]
    mentions += [_m(text, n, label, c) for n, label, c in places if n in text]
    out, _ = resolve_descriptions(text, mentions, [(c, _role(t, of)) for c, t, of in roles], "a1")
    assert [(m.text, m.chain) for m in out if m.text == described] == [(described, chain)]


def test_find_descriptions_a_chief_or_an_executive_only_with_its_owner() -> None:
    text = ("Velmora's police chief spoke. The company's chief executive resigned. The chief said nothing. "
            "The executive left.")
    found = {d.text: d for d in find_descriptions(text)}
    assert found["Velmora's police chief"].words == {"police", "chief"}
    assert found["Velmora's police chief"].owner_text == "Velmora"
    assert found["The company's chief executive"].words == {"chief", "executive"}  # one office, not "chief" alone
    assert found["The company's chief executive"].owner_noun == "company"
    assert set(found) == {"Velmora's police chief", "The company's chief executive"}  # no owner: nominals


def test_resolve_descriptions_his_office_is_the_office_of_whom_his_stands_for() -> None:
    text = "Orlan Vesk fell ill, his spokesperson said. Dara Imrani, spokesman for the ministry, and Lina Sarv, " \
        "spokeswoman for Vesk, spoke. Vesk is in a coma, his spokesperson said."
    mentions = [_m(text, "Orlan Vesk", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2"),
                _m(text, "Lina Sarv", "PERSON", "c3"), _m(text, "Vesk", "PERSON", "c1", 2),
                Mention("a1", text.index("his"), text.index("his") + 3, "his", "PERSON", kind="pronoun", chain="c1"),
                Mention("a1", text.rindex("his"), text.rindex("his") + 3, "his", "PERSON", kind="pronoun",
                        chain="c1")]
    roles = [("c2", _role("spokesman for the ministry")), ("c3", _role("spokeswoman for Vesk", "Vesk"))]
    out, pending = resolve_descriptions(text, mentions, roles, "a1")
    # the first is Vesk's spokesperson, named nowhere before it: left to the story with its owner
    assert [(m.text, m.chain) for m in out] == [("his spokesperson", None), ("his spokesperson", "c3")]
    assert pending[0]["owner"] == "orlan vesk" and pending[0]["apart"]


def test_resolve_descriptions_his_office_of_no_named_person_is_no_description() -> None:
    text = "He fell ill, his spokesperson said."
    assert resolve_descriptions(text, [], [], "a1") == ([], [])


def test_resolve_descriptions_a_person_named_after_for_is_the_owner_not_the_holder() -> None:
    text = "Lina Sarv, spokeswoman for Orlan Vesk, spoke. Later the spokesperson for Orlan Vesk said he woke."
    mentions = [_m(text, "Lina Sarv", "PERSON", "c1"), _m(text, "Orlan Vesk", "PERSON", "c2"),
                _m(text, "Orlan Vesk", "PERSON", "c2", 1)]
    roles = [("c1", _role("spokeswoman for Orlan Vesk", "Orlan Vesk"))]
    out, _ = resolve_descriptions(text, mentions, roles, "a1")
    assert [(m.text, m.chain) for m in out] == [("the spokesperson for Orlan Vesk", "c1")]


def test_title_mentions_a_role_phrase_next_to_a_name_is_its_mention() -> None:
    text = "The President of the Assembly Lina Sarv spoke. Orlan Vesk, head of the port authority, left."
    mentions = [_m(text, "Assembly", "ORG", "c3"), _m(text, "Lina Sarv", "PERSON", "c1"),
                _m(text, "Orlan Vesk", "PERSON", "c2")]
    title = text.index("President")
    head = text.index("head of")
    roles = [("c1", Role("President of the Assembly", "a1", title, title + 25)),
             ("c2", Role("head of the port authority", "a1", head, head + 26)),
             ("c9", Role("head", "a1", head, head + 4))]  # a chain with no name here: nothing
    out = title_mentions(roles, mentions, "a1", text)
    assert [(m.text, m.chain, m.kind, m.label) for m in out] == [
        ("The President of the Assembly", "c1", "nominal", "PERSON"),
        ("head of the port authority", "c2", "nominal", "PERSON")]
    # a description already found there (or a mention crossing the phrase) keeps it
    taken = [*mentions, Mention("a1", head, head + 26, "head of the port authority", "PERSON", kind="nominal")]
    assert [m.chain for m in title_mentions(roles, taken, "a1", text)] == ["c1"]


def test_title_mentions_a_short_title_is_part_of_the_names_phrase() -> None:
    text = "The President Lina Sarv spoke."
    mentions = [_m(text, "Lina Sarv", "PERSON", "c1")]
    assert title_mentions([("c1", Role("President", "a1", 4, 13))], mentions, "a1", text) == []


def test_described_extents_a_person_s_description_reaches_its_restrictive_postmodifiers(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("Residents met the police officer who shot a teenager in Lesk. The 44-year-old foe of President Orlan "
            "Vesk said nothing. The suspected driver, who was arrested on the scene, is a writer.")
    a = analyzer_with(resources, "baseline", "names", "coref").analyze(make_article(text))
    nominals = {m.text for m in a.mentions if m.kind == "nominal" and m.label == "PERSON"}
    assert "the police officer who shot a teenager in Lesk" in nominals
    assert "The 44-year-old foe of President Orlan Vesk" in nominals
    # a non-restrictive clause after a comma adds a fact, not the description
    assert not any(t.startswith("The suspected driver,") for t in nominals)
    # the names inside stay mentions of their own
    assert any(m.text == "Orlan Vesk" and m.kind == "name" for m in a.mentions)


def _names(text: str, *names: tuple[str, str, str]) -> list[Mention]:
    return [_m(text, sub, label, chain) for sub, label, chain in names]


def test_appositive_mentions_a_phrase_after_a_name_is_its_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Keln, a lawyer for Dario Pesk, said the court erred."
    mentions = _names(text, ("Marta Keln", "PERSON", "c1"), ("Dario Pesk", "PERSON", "c2"))
    records = [{"start": text.index("a lawyer"), "end": text.index("a lawyer") + 8, "noun": "lawyer"}]
    out = appositive_mentions(nlp(text), mentions, (records,))
    added = [m for m in out if m.source == "coref:apposition"]
    assert [(m.text, m.chain) for m in added] == [("a lawyer for Dario Pesk", "c1")]
    assert records == []  # the open record the phrase covers is resolved


def test_appositive_mentions_a_group_described_after_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Velmora Relief Fund, a charity that helps flood victims, said it would help."
    out = appositive_mentions(nlp(text), _names(text, ("Velmora Relief Fund", "ORG", "c1")))
    assert [(m.text, m.chain, m.label) for m in out if m.source == "coref:apposition"] == [
        ("a charity that helps flood victims", "c1", "ORG")]


def test_appositive_mentions_replace_the_shorter_nominal_of_their_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Keln, the chief spokesperson of the flood relief agency, said nothing."
    nominal = replace(_m(text, "the chief spokesperson", "PERSON", "c9"), kind="nominal")
    out = appositive_mentions(nlp(text), [*_names(text, ("Marta Keln", "PERSON", "c1")), nominal])
    assert [(m.text, m.chain) for m in out if m.kind == "nominal"] == [
        ("the chief spokesperson of the flood relief agency", "c1")]


@pytest.mark.parametrize("text, names", [
    ("Officials in Tolvar, Dravosh Province, said the fire spread.", [("Tolvar", "ORG", "c1")]),
    ("Orlan Vesk, Marta Keln and Dario Pesk signed the letter.",
     [("Orlan Vesk", "PERSON", "c1"), ("Marta Keln", "PERSON", "c2"), ("Dario Pesk", "PERSON", "c3")]),
    ("Orlan Vesk, a retired school teacher, and Marta Keln were hurt.",
     [("Orlan Vesk", "PERSON", "c1"), ("Marta Keln", "PERSON", "c2")]),
    ("Orlan Vesk, a nurse, was hurt.", [("Orlan Vesk", "PERSON", "c1")]),
])
def test_appositive_mentions_not_a_place_a_list_another_name_or_a_short_phrase(  # type: ignore[no-untyped-def]
        nlp, text: str, names: list[tuple[str, str, str]]) -> None:
    mentions = _names(text, *names)
    assert appositive_mentions(nlp(text), mentions) == mentions


def test_appositive_mentions_a_person_noun_whatever_label_the_name_has(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tolvar Kesh, a spokesperson for the port authority, said so. Ships met in Dravo, a port on the coast."
    out = appositive_mentions(nlp(text), _names(text, ("Tolvar Kesh", "GPE", "c1"), ("Dravo", "GPE", "c2")))
    assert [(m.text, m.chain) for m in out if m.source == "coref:apposition"] == [
        ("a spokesperson for the port authority", "c1")]


def test_appositive_mentions_take_a_phrase_with_a_conjunct_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Vesk, a retired teacher and father of three, was hurt."
    out = appositive_mentions(nlp(text), _names(text, ("Orlan Vesk", "PERSON", "c1")))
    assert [(m.text, m.chain) for m in out if m.source == "coref:apposition"] == [
        ("a retired teacher and father of three", "c1")]


def test_appositive_mentions_rechain_a_nominal_on_the_same_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Keln, the owner of the harbour bakery, said nothing."
    nominal = replace(_m(text, "the owner of the harbour bakery", "PERSON", "c9"), kind="nominal")
    out = appositive_mentions(nlp(text), [*_names(text, ("Marta Keln", "PERSON", "c1")), nominal])
    assert [(m.text, m.chain) for m in out if m.kind == "nominal"] == [("the owner of the harbour bakery", "c1")]


def test_resolve_descriptions_an_office_told_first_is_the_one_holder_the_article_names_after_it() -> None:
    text = ("A gang has demanded a ransom, the country's justice minister said on Tuesday.\n\n"
            "Justice Minister Liszt Orvan told a newspaper that police were in contact with the gang. "
            "Police chief Dara Imrani said the country's interior minister would visit.")
    mentions = [_m(text, "Liszt Orvan", "PERSON", "c1"), _m(text, "Dara Imrani", "PERSON", "c2")]
    title = text.index("Justice Minister")
    chief = text.index("Police chief")
    roles = [("c1", Role("Justice Minister", "a1", title, title + 16)),
             ("c2", Role("Police chief", "a1", chief, chief + 12))]
    out, pending = resolve_descriptions(text, mentions, roles, "a1")
    # the office the article names its holder for later is that holder; one no one named holds stays open
    assert [(m.text, m.chain) for m in out] == [("the country's justice minister", "c1"),
                                                ("the country's interior minister", None)]
    assert [p["words"] for p in pending] == [["interior", "minister"]]


def test_find_descriptions_an_owner_does_not_reach_over_a_paragraph_break() -> None:
    text = "Four die in an attack claimed by Tavro Front\n\nVelmora's president has said the attack is over."
    assert [(d.text, d.owner_text) for d in find_descriptions(text)] == [("Velmora's president", "Velmora")]
