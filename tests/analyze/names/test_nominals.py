"""Tests of nominal mentions tied to named chains by the parse, with made-up names."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.names.nominals import link_nominals, person_like
from storyline.model import Mention


def _names(text: str, *named: tuple[str, str, str]) -> list[Mention]:
    """Chained name mentions: (surface, label, chain), every occurrence of the surface."""
    out = []
    for surface, label, chain in named:
        start = text.find(surface)
        while start >= 0:
            out.append(Mention("a1", start, start + len(surface), surface, label, chain=chain))
            start = text.find(surface, start + 1)
    return out


def _links(nlp: Language, text: str, *named: tuple[str, str, str]) -> dict[str, str | None]:
    return {m.text.split()[-1]: m.chain for m in link_nominals(nlp(text), _names(text, *named)).mentions}  # by head


def test_link_nominals_apposition_predicate_as_phrase_and_relative(nlp: Language) -> None:
    text = ("Orlan Vesk, the comedian, spoke. The guild named Mara Tell as the host of the gala. "
            "Tell, who starred in two films, is a singer.")
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Mara Tell", "PERSON", "c2"), ("Tell", "PERSON", "c2"))
    assert links == {"comedian": "c1", "gala": "c2", "who": "c2", "singer": "c2"}  # "the host of the gala" whole


def test_link_nominals_later_description_by_the_noun_the_document_gave(nlp: Language) -> None:
    text = "Talk show host Orlan Vesk met Mara Tell on Monday. On Tuesday the host left early."
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Mara Tell", "PERSON", "c2"))
    assert links == {"host": "c1"}


def test_link_nominals_no_description_when_two_names_carry_the_noun(nlp: Language) -> None:
    text = "Actor Orlan Vesk met actor Mara Tell on Monday. The actor left early."
    assert _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Mara Tell", "PERSON", "c2")) == {}


def test_link_nominals_type_must_fit(nlp: Language) -> None:
    text = "The Velmor Guild, which runs the awards, said Orlan Vesk is the company now. Dorvan is a singer."
    links = _links(nlp, text, ("Velmor Guild", "ORG", "c1"), ("Orlan Vesk", "PERSON", "c2"), ("Dorvan", "GPE", "c3"))
    assert links == {"which": "c1"}  # a company is no person, a singer no place


def test_link_nominals_leaves_an_unchained_given_span_open(nlp: Language) -> None:
    text = "Orlan Vesk, the comedian, spoke."
    start = text.index("comedian")
    given = [*_names(text, ("Orlan Vesk", "PERSON", "c1")),
             Mention("a1", start, start + len("comedian"), "comedian", "PERSON", kind="nominal")]
    assert [(m.text, m.chain) for m in link_nominals(nlp(text), given).mentions] == [("the comedian", "c1")]


def test_link_nominals_the_body_word_of_a_name(nlp: Language) -> None:
    text = "The Velmor Navy seized a boat. The navy said the Free State of Orsk fled. The state is weak."
    links = _links(nlp, text, ("Velmor Navy", "ORG", "c1"), ("Free State of Orsk", "ORG", "c2"))
    assert links == {"navy": "c1"}  # "State" names a country or a group, it is no body word


def test_link_nominals_no_plural_for_a_person_no_as_phrase_past_an_object(nlp: Language) -> None:
    text = ("Commander Orlan Vesk met his commanders. What Vesk described as a week of talks ended. "
            "The Dorvan Police came; the border police stayed.")
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Vesk", "PERSON", "c1"), ("Dorvan Police", "ORG", "c2"))
    assert links == {}  # commanders: several; the week is what was described; the border police another force


def test_link_nominals_a_person_takes_only_a_person_noun(nlp: Language) -> None:
    text = "The guild confirmed the arrest of a suspect in the theft, Orlan Vesk, on Monday."
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"))
    assert "arrest" not in links  # an event noun apposed by the parse is no name of a person


def test_link_nominals_police_named_bare(nlp: Language) -> None:
    text = "The Dorvan Police arrested a man. Police said he had a knife."
    assert _links(nlp, text, ("Dorvan Police", "ORG", "c1")) == {"Police": "c1"}
    assert _links(nlp, "A guard saw it. Police said he had a knife.") == {}


def test_link_nominals_an_apposition_takes_its_of_phrase_up_to_its_noun(nlp: Language) -> None:
    text = "According to Orlan Vesk, the fire chief of the Tolvar district, the alley was too narrow to pass."
    found = link_nominals(nlp(text), _names(text, ("Orlan Vesk", "PERSON", "c1"))).mentions
    assert [(m.text, m.chain) for m in found] == [("the fire chief of the Tolvar district", "c1")]


def test_link_nominals_a_naming_verb_gives_the_noun_its_name(nlp: Language) -> None:
    text = ("Police identified the victim as Mira Tell. The suspect, identified as Orlan Vesk, fled. "
            "Officers arrested the driver, whom police identified as Dara Imrani. A witness saw Sarn Vale as a hero.")
    links = _links(nlp, text, ("Mira Tell", "PERSON", "c1"), ("Orlan Vesk", "PERSON", "c2"),
                   ("Dara Imrani", "PERSON", "c3"), ("Sarn Vale", "PERSON", "c4"))
    assert links.get("victim") == "c1" and links.get("suspect") == "c2" and links.get("driver") == "c3"
    assert "witness" not in links  # "saw X as" names no one


def test_link_nominals_a_persons_owned_predicate_names_the_person(nlp: Language) -> None:
    # "X has been the council's first choice": the predicate is X, whatever its noun ("choice", "pick") says
    text = "Orlan Vesk has been the council's first choice for the post. Mara Tell was the mayor's pick."
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Mara Tell", "PERSON", "c2"))
    assert links == {"choice": "c1", "pick": "c2"}
    # no owner, a plural, a place noun, or not a person: nothing
    text = ("Orlan Vesk was a surprise. Vesk and Tell were the council's choices. Mara Tell is the guild's "
            "headquarters. The Velmor Guild is the council's choice.")
    links = _links(nlp, text, ("Orlan Vesk", "PERSON", "c1"), ("Vesk", "PERSON", "c1"), ("Mara Tell", "PERSON", "c2"),
                   ("Velmor Guild", "ORG", "c3"))
    assert "surprise" not in links and "choices" not in links and "headquarters" not in links


def test_link_nominals_a_kind_noun_no_name_was_given_is_left_to_the_story(nlp: Language) -> None:
    text = "Velmor Star was seized on Monday. The operator said the crew was safe. The regime denied it."
    found = link_nominals(nlp(text), _names(text, ("Velmor Star", "ORG", "c1")))
    opened = {d["noun"]: d["person"] for d in found.open}
    assert opened == {"operator": False, "regime": False}  # not the last group named: the story decides
    assert found.mentions == []


def test_link_nominals_a_critic_in_apposition_is_the_person(nlp: Language) -> None:
    text = "Orlan Vesk, a staunch critic of President Dara Imrani, fell ill on a flight to Velmora."
    found = link_nominals(nlp(text), _names(text, ("Orlan Vesk", "PERSON", "c1"), ("Dara Imrani", "PERSON", "c2")))
    assert [(m.text, m.chain) for m in found.mentions] == [("a staunch critic of President Dara Imrani", "c1")]


def test_open_descriptions_a_role_description_is_open_by_its_office_word_not_its_owner(nlp: Language) -> None:
    text = "The hospital treated him. The hospital's chief physician said he was stable."
    at = text.index("The hospital's chief")
    desc = Mention("a1", at, at + 20, "The hospital's chief", "PERSON", kind="nominal", source="coref:description")
    found = link_nominals(nlp(text), [desc])
    # "The hospital" inside it is the hospital's own; the description is no hospital
    assert all(d["noun"] != "hospital" or (d["start"], d["end"]) != (at, at + 20) for d in found.open)


def test_link_nominals_a_noun_another_name_owns_is_not_the_chain_s(nlp: Language) -> None:
    text = "A bomb hit St Orvan's Church in Velmora. St. Tesk's church posted pictures of the damage."
    links = _links(nlp, text, ("St Orvan's Church", "FAC", "c1"))
    assert "church" not in links
    text = "A bomb hit St Orvan's Church in Velmora. The church posted pictures of the damage."
    assert _links(nlp, text, ("St Orvan's Church", "FAC", "c1")) == {"church": "c1"}


def test_link_nominals_a_country_owning_a_body_s_noun_is_still_the_body(nlp: Language) -> None:
    text = "The State Security Service detained two men. Velmora's security service said they confessed."
    assert _links(nlp, text, ("State Security Service", "ORG", "c1")) == {"service": "c1"}


def test_person_like_agent_endings_but_not_nouns_of_acts_or_things() -> None:
    assert all(person_like(n) for n in ("driver", "novelist", "resident", "dissident", "employee", "witness"))
    assert not any(person_like(n) for n in ("government", "statement", "settlement", "border", "order", "sector"))

