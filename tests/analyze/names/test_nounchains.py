"""Tests of in-document chains of unnamed participants by head noun, with made-up texts."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.names.nounchains import chain_nouns, open_mentions
from storyline.model import Mention


def _nominals(text: str, *phrases: str) -> list[Mention]:
    """Unchained nominal mentions of every occurrence of each phrase."""
    out = []
    for phrase in phrases:
        start = text.find(phrase)
        while start >= 0:
            out.append(Mention("a1", start, start + len(phrase), phrase, "MISC", kind="nominal"))
            start = text.find(phrase, start + 1)
    return out


def _chains(nlp: Language, text: str, *phrases: str) -> list[tuple[str, str | None]]:
    mentions, _nouns = chain_nouns(nlp(text), _nominals(text, *phrases), "a1")
    return [(m.text, m.chain) for m in mentions]


def test_chain_nouns_joins_a_definite_noun_to_the_participant_it_repeats(nlp: Language) -> None:
    text = "A gunman opened fire in the square of Tarvin on Monday. Police said the gunman fled on foot."
    mentions, nouns = chain_nouns(nlp(text), _nominals(text, "A gunman", "the gunman", "Police"), "a1")
    chains = {m.text: m.chain for m in mentions}
    assert chains["A gunman"] == chains["the gunman"] != chains["Police"]
    assert nouns[chains["the gunman"] or ""]["noun"] == "gunman"


def test_chain_nouns_an_indefinite_noun_is_someone_else(nlp: Language) -> None:
    text = "A man was arrested near the port. Hours later another man was detained at the station."
    chains = dict(_chains(nlp, text, "A man", "another man"))
    assert chains["A man"] != chains["another man"]


def test_chain_nouns_different_ordinals_and_numbers_stay_apart(nlp: Language) -> None:
    text = "The first victim was a teacher. The second victim was a nurse. The victims were buried on Friday."
    chains = dict(_chains(nlp, text, "The first victim", "The second victim", "The victims"))
    assert len(set(chains.values())) == 3  # first, second, and the plural


def test_chain_nouns_leaves_named_chains_and_pronouns_alone(nlp: Language) -> None:
    text = "Orlan Vesk, the comedian, spoke. He left."
    given = [Mention("a1", 0, 10, "Orlan Vesk", "PERSON", chain="a1:c0"),
             Mention("a1", 12, 25, "the comedian", "PERSON", kind="nominal", chain="a1:c0"),
             Mention("a1", 33, 35, "He", "PERSON", kind="pronoun")]
    mentions, nouns = chain_nouns(nlp(text), given, "a1")
    assert mentions == given and nouns == {}


def test_chain_nouns_a_participant_said_again_with_a_is_the_same(nlp: Language) -> None:
    text = "Woman hit by car in Tarvin\nA woman was struck by a car on Monday. The woman died later."
    chains = _chains(nlp, text, "Woman", "A woman", "The woman")
    assert len({c for _, c in chains}) == 1


def test_chain_nouns_a_pronoun_no_name_took_stands_for_the_participant_before_it(nlp: Language) -> None:
    text = "A woman was struck by a bus on Monday. She died in hospital. The bus drivers said they braked."
    mentions, _nouns = chain_nouns(nlp(text), _nominals(text, "A woman", "a bus", "The bus drivers"), "a1")
    chain = {m.text: m.chain for m in mentions}
    assert chain["She"] == chain["A woman"] and chain["they"] == chain["The bus drivers"]
    assert next(m for m in mentions if m.text == "She").kind == "pronoun"


def test_chain_nouns_a_pronoun_keeps_to_its_gender_and_to_a_nearer_name(nlp: Language) -> None:
    text = "A woman was struck by a bus. He was not hurt. Orlan Vesk saw it. He called the police."
    given = [*_nominals(text, "A woman"), Mention("a1", text.index("Orlan"), text.index(" saw"), "Orlan Vesk",
                                                   "PERSON", chain="a1:c0")]
    mentions, _nouns = chain_nouns(nlp(text), given, "a1")
    assert [m.text for m in mentions if m.kind == "pronoun"] == []  # no "he" for the woman, nor past Vesk


def test_chain_nouns_a_pronoun_stops_at_a_description_coreference_gave_a_name(nlp: Language) -> None:
    text = "A doctor spoke first. Then the minister arrived. He thanked the staff."
    start = text.index("the minister")
    given = [*_nominals(text, "A doctor"),
             Mention("a1", start, start + len("the minister"), "the minister", "PERSON", kind="nominal",
                     chain="a1:c0")]
    mentions, _nouns = chain_nouns(nlp(text), given, "a1")
    assert [m.text for m in mentions if m.kind == "pronoun"] == []  # "He" is the minister's, not the doctor's


def test_open_mentions_make_person_descriptions_mentions_not_offices_or_bodies() -> None:
    def d(start: int, text: str, person: bool | None) -> dict[str, object]:
        return {"start": start, "end": start + len(text), "text": text, "noun": text.split()[-1], "person": person}

    opened = [d(0, "the gunman", True), d(20, "the minister", True), d(40, "the government", False),
              d(60, "the crowd", None), d(80, "the driver", True)]
    have = [Mention("a1", 80, 90, "the driver", "PERSON", kind="nominal", chain="a1:c3")]
    made = open_mentions(opened, have, "a1")
    assert [(m.text, m.label, m.kind, m.chain) for m in made] == [("the gunman", "PERSON", "nominal", None)]


def test_chain_nouns_a_relative_pronoun_is_the_participant_its_clause_describes(nlp: Language) -> None:
    text = "A woman who was walking near the market in Sarn was hit by a truck that sped away. The driver fled."
    mentions, _ = chain_nouns(nlp(text), _nominals(text, "A woman", "a truck", "The driver"), "a1")
    chains = {m.text: m.chain for m in mentions}
    assert chains["who"] == chains["A woman"] is not None
    assert chains["that"] == chains["a truck"] is not None
    assert chains["The driver"] not in (chains["A woman"], chains["a truck"])


def test_chain_nouns_which_never_stands_for_a_person_nor_a_conjunction_for_anyone(nlp: Language) -> None:
    text = "The teacher, which nobody expected, left. Police said that the teacher fled."
    mentions, _ = chain_nouns(nlp(text), _nominals(text, "The teacher", "the teacher"), "a1")
    assert {m.text for m in mentions if m.kind == "pronoun"} == set()


def test_chain_nouns_the_object_of_a_participants_act_is_someone_else(nlp: Language) -> None:
    # binding: "a man ... killing a man" tells of two men
    text = "A 52-year-old man opened fire at a warehouse party in Tarvin, killing a man, police said."
    chains = [c for t, c in _chains(nlp, text, "man") if t == "man"]
    assert len(chains) == 2 and chains[0] != chains[1]


def test_chain_nouns_a_pronoun_skips_the_subject_of_its_clause(nlp: Language) -> None:
    text = "A woman was crossing Dalmor Street on Friday. A drunken driver struck her and drove off."
    chains = dict(_chains(nlp, text, "A woman", "A drunken driver"))
    assert chains["her"] == chains["A woman"] != chains["A drunken driver"]


def test_chain_nouns_a_role_description_is_chained_by_its_office_word(nlp: Language) -> None:
    text = "The hospital treated him. The hospital's chief physician said he was stable."
    desc = text.index("The hospital's chief")
    mentions = [Mention("a1", 0, 12, "The hospital", "ORG", kind="nominal"),
                Mention("a1", desc, desc + 20, "The hospital's chief", "PERSON", kind="nominal",
                        source="coref:description")]
    out, nouns = chain_nouns(nlp(text), mentions, "a1")
    chains = {m.text: m.chain for m in out}
    assert chains["The hospital"] != chains["The hospital's chief"]
    assert all(n["noun"] != "chief" or c == chains["The hospital's chief"] for c, n in nouns.items())
