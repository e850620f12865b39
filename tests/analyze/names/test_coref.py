"""Tests of the in-document coreference rules, with made-up names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language

from storyline.analyze.names.coref import mark_metonymy, name_chains, reported_it, resolve_nominals, resolve_pronouns
from storyline.analyze.resources import Resources
from storyline.model import Article, ArticleAnalysis, Mention, Role
from tests.conftest import analyzer_with


def _m(text: str, sub: str, label: str, nth: int = 0, kind: str = "name") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention("a1", start, start + len(sub), sub, label, kind=kind)


def _chain_of(mentions: list[Mention], text: str) -> str | None:
    return next(m.chain for m in mentions if m.text == text)


def test_name_chains_last_name_joins_full_name_and_takes_its_label() -> None:
    text = "Orlan Marek Vesk spoke. Later Vesk left."
    out = name_chains([_m(text, "Orlan Marek Vesk", "PERSON"), _m(text, "Vesk", "GPE", 1)], "a1", {})
    assert _chain_of(out, "Vesk") == _chain_of(out, "Orlan Marek Vesk")
    assert {m.label for m in out} == {"PERSON"}


def test_name_chains_transliterated_last_name() -> None:
    text = "Tarik Muttavi came. Mutavvi's visit ended."
    out = name_chains([_m(text, "Tarik Muttavi", "PERSON"), _m(text, "Mutavvi", "ORG")], "a1", {})
    assert _chain_of(out, "Mutavvi") == _chain_of(out, "Tarik Muttavi")


def test_name_chains_first_name_and_shorter_full_name() -> None:
    text = "Dara Kell Imrani met. Dara Imrani said. Dara left."
    out = name_chains([_m(text, "Dara Kell Imrani", "PERSON"), _m(text, "Dara Imrani", "PERSON"),
                       _m(text, "Dara", "PERSON", 2)], "a1", {})
    assert len({m.chain for m in out}) == 1


def test_name_chains_first_name_joins_after_the_bare_last_name_whatever_its_tag() -> None:
    text = "Orlan Vesk flew home. Vesk fell ill. 'Orlan is unwell,' an aide said. Marek Tosh and Tosh left."
    out = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Vesk", "PERSON", 1),
                       _m(text, "Orlan", "ORG", 1), _m(text, "Marek Tosh", "PERSON"), _m(text, "Tosh", "PERSON", 1)],
                      "a1", {})
    assert _chain_of(out, "Orlan") == _chain_of(out, "Orlan Vesk") == _chain_of(out, "Vesk")
    assert _chain_of(out, "Orlan") != _chain_of(out, "Tosh")
    assert {m.label for m in out} == {"PERSON"}


def test_name_chains_keep_different_full_names_apart() -> None:
    text = "Kerim Asdal met Asdal Voren."
    out = name_chains([_m(text, "Kerim Asdal", "PERSON"), _m(text, "Asdal Voren", "PERSON")], "a1", {})
    assert _chain_of(out, "Kerim Asdal") != _chain_of(out, "Asdal Voren")


def test_name_chains_a_bare_surname_with_a_letter_slipped_is_the_full_names_person() -> None:
    text = "Governor Petro Orlanenko spoke. Earlier, Orlaneno said more. Vesk met Ivo Veska."
    out = name_chains([_m(text, "Petro Orlanenko", "PERSON"), _m(text, "Orlaneno", "PERSON"),
                       _m(text, "Vesk", "PERSON"), _m(text, "Ivo Veska", "PERSON")], "a1", {})
    assert _chain_of(out, "Orlaneno") == _chain_of(out, "Petro Orlanenko")
    assert _chain_of(out, "Vesk") != _chain_of(out, "Ivo Veska")  # a short name, a letter at its end: two people


def test_name_chains_a_given_name_read_as_a_place_joins_the_full_name_it_opens() -> None:
    text = "Marta Varnek was attacked. 'Marta is still alive,' he said. Paris Vane met him in Paris."
    out = name_chains([_m(text, "Marta Varnek", "PERSON"), _m(text, "Marta", "GPE", 1),
                       _m(text, "Paris Vane", "PERSON"), _m(text, "Paris", "GPE", 1)], "a1", {})
    assert _chain_of(out, "Marta") == _chain_of(out, "Marta Varnek")
    assert len({m.chain for m in out}) == 3  # a city's name stays the city


def test_name_chains_same_person_spelled_with_another_final_vowel() -> None:
    text = "Yusuf Abu Nasre spoke. Later Abu Nasra said more."
    out = name_chains([_m(text, "Yusuf Abu Nasre", "PERSON"), _m(text, "Abu Nasra", "PERSON")], "a1", {})
    assert _chain_of(out, "Abu Nasra") == _chain_of(out, "Yusuf Abu Nasre")


def test_name_chains_final_vowel_variant_of_two_people_joins_neither() -> None:
    text = "Yusuf Nasre met Omar Nasri. Later Nasra said more."
    out = name_chains([_m(text, "Yusuf Nasre", "PERSON"), _m(text, "Omar Nasri", "PERSON"),
                       _m(text, "Nasra", "PERSON")], "a1", {})
    assert len({m.chain for m in out}) == 3


def test_name_chains_country_named_like_a_given_name_joins_no_person() -> None:
    text = "Minister Chad Pike spoke. Chad has not commented. Pike left."
    out = name_chains([_m(text, "Chad Pike", "PERSON"), _m(text, "Chad", "PERSON", 1), _m(text, "Pike", "PERSON")],
                      "a1", {})
    assert _chain_of(out, "Pike") == _chain_of(out, "Chad Pike") != next(m.chain for m in out if m.text == "Chad")


def test_name_chains_acronym_joins_long_form() -> None:
    text = "The Morvian Harbour Authority (MHA) met. The MHA left."
    out = name_chains([_m(text, "Morvian Harbour Authority", "ORG"), _m(text, "MHA", "ORG", 0, "acronym"),
                       _m(text, "MHA", "ORG", 1, "acronym")], "a1", {"MHA": "Morvian Harbour Authority"})
    assert len({m.chain for m in out}) == 1


def test_resolve_pronouns_he_and_they(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Vesk met the Zentar Party. He said they would win."
    chained = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Zentar Party", "ORG")], "a1", {})
    pron = {m.text: m for m in resolve_pronouns(chained, nlp(text))}
    assert pron["He"].chain == _chain_of(chained, "Orlan Vesk") and pron["He"].kind == "pronoun"
    assert pron["they"].chain == _chain_of(chained, "Zentar Party")


def test_resolve_pronouns_they_is_never_a_news_agency_that_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    # a news agency named as the story's reporter takes no part in its acts: "them" is the guard before it
    text = ("Members of the Zentar Guard held the palace. A Bernama reporter saw armoured cars at the gate. "
            "The army has given them an ultimatum.")
    chained = name_chains([_m(text, "Zentar Guard", "ORG"), _m(text, "Bernama", "ORG")], "a1", {})
    pron = {m.text: m.chain for m in resolve_pronouns(chained, nlp(text))}
    assert pron["them"] == _chain_of(chained, "Zentar Guard")


def test_resolve_pronouns_its_to_an_organization_of_this_sentence_or_the_last(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Zentar Party met Orlan Vesk. Its leader left. Vesk spoke for an hour. Nobody came. "
            "Later its office closed.")
    chained = name_chains([_m(text, "Zentar Party", "ORG"), _m(text, "Orlan Vesk", "PERSON"),
                           _m(text, "Vesk", "PERSON", 1)], "a1", {})
    pron = [(m.text, m.chain) for m in resolve_pronouns(chained, nlp(text)) if m.text.lower() == "its"]
    assert pron == [("Its", _chain_of(chained, "Zentar Party"))]  # the second "its" is too far from any group


def test_resolve_pronouns_subject_prefers_last_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Vesk met Dara Imrani in the capital. He said the talks went well."
    chained = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Dara Imrani", "PERSON")], "a1", {})
    (he,) = resolve_pronouns(chained, nlp(text))
    assert he.chain == _chain_of(chained, "Orlan Vesk")


def test_resolve_pronouns_a_possessive_fronted_before_a_named_subject_is_that_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Prosecutor Lina Sorvik argued that at the time of her arrest Maren Tolle was living in hiding. "
            "Since his arrest in July, Orlan Vesk has been held in Darnby.")
    chained = name_chains([_m(text, "Lina Sorvik", "PERSON"), _m(text, "Maren Tolle", "PERSON"),
                           _m(text, "Orlan Vesk", "PERSON")], "a1", {})
    pron = {m.text: m.chain for m in resolve_pronouns(chained, nlp(text))}
    assert pron["her"] == _chain_of(chained, "Maren Tolle")  # not the prosecutor named before it
    assert pron["his"] == _chain_of(chained, "Orlan Vesk")  # (no person before it at all)


def test_resolve_pronouns_a_fronted_possessive_stays_with_the_name_before_when_the_clause_has_him(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Vesk begged for mercy. Despite his pleas, Judge Dara Imrani sentenced him to ten years."
    chained = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Dara Imrani", "PERSON")], "a1", {})
    pron = {m.text: m.chain for m in resolve_pronouns(chained, nlp(text))}
    assert pron["his"] == _chain_of(chained, "Orlan Vesk")


def test_resolve_nominals_group_and_leader_but_not_offices(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Zentar Party met Orlan Vesk. Later the group thanked the leader and the envoy."
    chained = name_chains([_m(text, "Zentar Party", "ORG"), _m(text, "Orlan Vesk", "PERSON")], "a1", {})
    noms = {m.text: m for m in resolve_nominals(chained, nlp(text), [])}
    assert noms["the group"].chain == _chain_of(chained, "Zentar Party")
    assert noms["the leader"].chain == _chain_of(chained, "Orlan Vesk") and noms["the leader"].kind == "nominal"
    assert "the envoy" not in noms  # an office: resolved by role, never by recency (descriptions.py)


def test_resolve_nominals_a_ministry_only_to_a_ministry_so_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Ministry of Velmoran Affairs spoke. The Dravosh Front denied it. The velmoran affairs ministry "
            "said more. The Dravosh Front met. The health ministry was silent.")
    chained = name_chains([_m(text, "Ministry of Velmoran Affairs", "ORG"), _m(text, "Dravosh Front", "ORG"),
                           _m(text, "Dravosh Front", "ORG", 1)], "a1", {})
    noms = {m.text: m for m in resolve_nominals(chained, nlp(text), [])}
    assert noms["The velmoran affairs ministry"].chain == _chain_of(chained, "Ministry of Velmoran Affairs")
    assert "The health ministry" not in noms  # no ministry of that name: unresolved, not the last group


def test_resolve_nominals_person_noun_not_by_recency_nor_past_an_indefinite(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Orlan Vesk met Dara Imrani. The diplomat left. Dara Imrani stayed. "
            "Velmora expelled a senior Ostravian diplomat. The concerned diplomat left.")
    chained = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Dara Imrani", "PERSON"),
                           _m(text, "Dara Imrani", "PERSON", 1)], "a1", {})
    roles = [(_chain_of(chained, "Dara Imrani"), Role("diplomat", "a1", 0, 8, None, None))]
    noms = {m.text: m for m in resolve_nominals(chained, nlp(text), roles)}
    assert noms["The diplomat"].chain == _chain_of(chained, "Dara Imrani")  # the one given that role
    assert "The concerned diplomat" not in noms  # "a ... diplomat" came in between: that unnamed one
    plain = {m.text for m in resolve_nominals(chained, nlp(text), [])}
    assert "The diplomat" not in plain  # two people, neither a diplomat: not the last one by recency


def test_mark_metonymy_capital_as_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The charge was denied by Velmora. Ostravel said nothing. Tourists love Velmora."
    mentions = [_m(text, "Velmora", "GPE"), _m(text, "Ostravel", "GPE"), _m(text, "Velmora", "GPE", 1)]
    roles = [m.role for m in mark_metonymy(mentions, nlp(text))]
    assert roles == ["government", "government", None]


def _analyze(resources: Resources, make_article: Callable[..., Article], text: str) -> ArticleAnalysis:
    return analyzer_with(resources, "baseline", "names", "coref").analyze(make_article(text))


def test_roles_from_apposition_before_name(resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Norland's special envoy to Estovia, Daniel Korvath, resigned on Monday."
    a = _analyze(resources, make_article, text)
    roles = [r for _, r in a.roles]
    assert any(r.title == "special envoy to Estovia" and r.of == "Norland" and r.date == "2023-03-01"
               for r in roles)
    person = next(m for m in a.mentions if m.text == "Daniel Korvath")
    assert all(chain == person.chain for chain, _ in a.roles)


def test_roles_from_apposition_after_name(resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Talks were led by Daniel Korvath, the Special Assistant to the Prime Minister, on Monday."
    a = _analyze(resources, make_article, text)
    assert any(r.title == "Special Assistant to the Prime Minister" for _, r in a.roles)


def test_roles_from_apposition_the_office_served_is_no_role(resources: Resources,
                                                            make_article: Callable[..., Article]) -> None:
    text = ("An aide said the Special Adviser to the President on Media & Publicity, Daniel Korvath, was pleased "
            "with President Ilse Varden.")
    a = _analyze(resources, make_article, text)
    titles = {r.title for _, r in a.roles}
    assert "Special Adviser to the President on Media & Publicity" in titles
    assert not any(t.startswith("President on") for t in titles)


def test_roles_from_title_before_name(resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Defence Minister Daniel Korvath visited the border."
    a = _analyze(resources, make_article, text)
    assert [r.title for _, r in a.roles] == ["Defence Minister"]


def test_name_chains_earlier_bare_surname_joins_later_full_name() -> None:
    text = "Vesk arrived. Vesk spoke. Later Orlan Vesk left."
    out = name_chains([_m(text, "Vesk", "GPE", 0), _m(text, "Vesk", "GPE", 1), _m(text, "Orlan Vesk", "PERSON")],
                      "a1", {})
    assert len({m.chain for m in out}) == 1 and {m.label for m in out} == {"PERSON"}


def test_name_chains_alias_phrase_joins_two_names() -> None:
    text = "The Dravosh Front, also known as the Velmoran Brotherhood, or VBH, struck."
    mentions = [_m(text, "Dravosh Front", "ORG"), _m(text, "Velmoran Brotherhood", "ORG"),
                _m(text, "VBH", "ORG", kind="acronym")]
    out = name_chains(mentions, "a1", {}, text)
    assert len({m.chain for m in out}) == 1


def test_name_chains_a_groups_other_name_set_off_by_or() -> None:
    text = "The Velmor Unity Movement, or the Harkan Front, claimed the attack. The Harkan Front said so."
    mentions = [_m(text, "Velmor Unity Movement", "ORG"), _m(text, "Harkan Front", "ORG"),
                _m(text, "Harkan Front", "ORG", 1)]
    assert len({m.chain for m in name_chains(mentions, "a1", {}, text)}) == 1
    # two groups named before: "A, or B," is a choice between them
    text = "Dorval Bank and Sarn Trust met. Officials from Dorval Bank, or Sarn Trust, declined to comment."
    mentions = [_m(text, "Dorval Bank", "ORG"), _m(text, "Sarn Trust", "ORG"), _m(text, "Dorval Bank", "ORG", 1),
                _m(text, "Sarn Trust", "ORG", 1)]
    assert len({m.chain for m in name_chains(mentions, "a1", {}, text)}) == 2

def test_name_chains_alias_phrase_needs_the_phrase_and_same_kind() -> None:
    text = "The Dravosh Front and the Velmoran Brotherhood met Orlan Vesk, known as Velmora."
    mentions = [_m(text, "Dravosh Front", "ORG"), _m(text, "Velmoran Brotherhood", "ORG"),
                _m(text, "Orlan Vesk", "PERSON"), _m(text, "Velmora", "GPE")]
    out = name_chains(mentions, "a1", {}, text)
    assert len({m.chain for m in out}) == 4


def test_name_chains_a_groups_other_name_read_as_a_place() -> None:
    text = "The Korvan Front, also known as the Eastern Shield, struck. The Eastern Shield said so."
    mentions = [_m(text, "Korvan Front", "ORG"), _m(text, "Eastern Shield", "LOC"),
                _m(text, "Eastern Shield", "ORG", 1)]
    assert len({m.chain for m in name_chains(mentions, "a1", {}, text)}) == 1


def test_name_chains_a_former_name() -> None:
    for text in ("The Eastern Shield was formerly known as the Tarsk Brigade.",
                 "Lake Ormu (formerly Lake Varsa) froze.", "Orsel Bank, previously called Dunmore Trust, failed."):
        first, second = re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", text.removeprefix("The "))
        mentions = [_m(text, first, "ORG"), _m(text, second, "GPE")]
        assert len({m.chain for m in name_chains(mentions, "a1", {}, text)}) == 1, text


def test_name_chains_a_former_owner_is_no_other_name() -> None:
    text = "Orsel Bank, formerly Dunmore Trust's lender, failed. Orvel Dask, formerly Tarsk Bank, spoke."
    mentions = [_m(text, "Orsel Bank", "ORG"), _m(text, "Dunmore Trust", "ORG"), _m(text, "Orvel Dask", "PERSON"),
                _m(text, "Tarsk Bank", "ORG")]
    assert len({m.chain for m in name_chains(mentions, "a1", {}, text)}) == 4


def test_name_chains_a_person_better_known_as_a_word_read_as_a_place() -> None:
    text = "General Orlan Tavesk Vorm, better known as Velmiro, spoke. Vorm, popularly known as Velmiro, left."
    mentions = [_m(text, "Orlan Tavesk Vorm", "PERSON"), _m(text, "Velmiro", "GPE"), _m(text, "Vorm", "PERSON", 1),
                _m(text, "Velmiro", "GPE", 1)]
    out = name_chains(mentions, "a1", {}, text)
    assert len({m.chain for m in out}) == 1 and {m.label for m in out} == {"PERSON"}


def test_name_chains_a_person_nicknamed_a_word_read_as_a_place() -> None:
    text = "General Orlan Tavesk Vorm, nicknamed Velmiro, spoke."
    out = name_chains([_m(text, "Orlan Tavesk Vorm", "PERSON"), _m(text, "Velmiro", "GPE")], "a1", {}, text)
    assert len({m.chain for m in out}) == 1 and {m.label for m in out} == {"PERSON"}


def test_name_chains_an_alias_in_quotes() -> None:
    text = 'Orlan Tavesk Vorm, also known as "Velmiro," spoke.'
    out = name_chains([_m(text, "Orlan Tavesk Vorm", "PERSON"), _m(text, "Velmiro", "WORK_OF_ART")], "a1", {}, text)
    assert len({m.chain for m in out}) == 1


def test_name_chains_better_known_as_never_joins_a_country() -> None:
    text = "Orlan Vesk, better known as France, spoke."
    out = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "France", "GPE")], "a1", {}, text)
    assert len({m.chain for m in out}) == 2


def test_name_chains_joined_words_find_the_full_name() -> None:
    text = "Rana Sana Ullah Khol spoke. Later Sanaullah left."
    out = name_chains([_m(text, "Rana Sana Ullah Khol", "PERSON"), _m(text, "Sanaullah", "PERSON")], "a1", {})
    assert _chain_of(out, "Sanaullah") == _chain_of(out, "Rana Sana Ullah Khol")


def test_roles_lower_case_title_before_a_name_with_its_owner(resources: Resources,
                                                             make_article: Callable[..., Article]) -> None:
    text = "The Velmora Harbour Authority met. Later, Velmora Harbour Authority spokesperson Orlan Vesk said so."
    a = _analyze(resources, make_article, text)
    assert any(r.title == "spokesperson" and r.of == "Velmora Harbour Authority" for _, r in a.roles)


def test_roles_its_spokesman_belongs_to_the_last_group_named(resources: Resources,
                                                            make_article: Callable[..., Article]) -> None:
    text = "The Velmora Harbour Authority rejected the charge. Its spokesman, Orlan Vesk, said so on Monday."
    a = _analyze(resources, make_article, text)
    assert any(r.title == "spokesman" and r.of == "Velmora Harbour Authority" for _, r in a.roles)


def test_roles_forms_of_address_are_not_roles(resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Mr Orlan Vesk and Dr Dara Imrani met on Monday in Velmora."
    a = _analyze(resources, make_article, text)
    assert not [r.title for _, r in a.roles]


def test_name_chains_surname_joins_a_chain_that_holds_an_alias() -> None:
    text = "Mohamed Harun Dagvo, known as Hemvi, spoke. Later Dagvo left."
    mentions = [_m(text, "Mohamed Harun Dagvo", "PERSON"), _m(text, "Hemvi", "PERSON"), _m(text, "Dagvo", "PERSON", 1)]
    out = name_chains(mentions, "a1", {}, text)
    assert len({m.chain for m in out}) == 1


def test_name_chains_a_family_name_two_people_share_is_the_one_named_first() -> None:
    text = "Orlan Vesk was shot at home. His wife Mira Vesk was wounded. Vesk had ruled since 2017."
    out = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Mira Vesk", "PERSON"),
                       _m(text, "Vesk", "PERSON", 2)], "a1", {})
    assert _chain_of(out, "Vesk") == _chain_of(out, "Orlan Vesk") != _chain_of(out, "Mira Vesk")


def test_reported_it_is_the_body_that_says_it(nlp: Language) -> None:
    text = "The Velmor Navy said it had sunk the boat. Orlan Vesk said it was raining. It rained."
    doc = nlp(text)
    named = [replace(_m(text, "Velmor Navy", "ORG"), chain="a1:c0"), replace(_m(text, "Orlan Vesk", "PERSON"),
                                                                           chain="a1:c1")]
    out = reported_it(named, doc)
    its = [(m.start, m.chain) for m in out if m.text.lower() == "it"]
    assert its == [(text.index("it had"), "a1:c0")]  # a person's "it" and a sentence's "It" are no one


def test_name_chains_a_body_word_alone_joins_the_one_body_it_ends() -> None:
    text = ("The Velmor Guard struck. The Guard's camp fell. The Tarsk Council met; the Ostra Council too. "
            "The Council left.")
    out = name_chains([_m(text, "Velmor Guard", "ORG"), _m(text, "Guard", "ORG"), _m(text, "Tarsk Council", "ORG"),
                       _m(text, "Ostra Council", "ORG"), _m(text, "Council", "ORG", 2)], "a1", {})
    assert _chain_of(out, "Guard") == _chain_of(out, "Velmor Guard")
    council = next(m for m in out if m.text == "Council")
    assert council.chain not in {_chain_of(out, "Tarsk Council"), _chain_of(out, "Ostra Council")}  # two bodies


def test_resolve_pronouns_skips_the_subject_of_the_pronouns_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # binding: "Vesk later praised him" is not Vesk praising himself
    text = "Orlan Vesk met Davor Kren in Dorval on Monday. Vesk later praised him."
    chained = name_chains([_m(text, "Orlan Vesk", "PERSON"), _m(text, "Davor Kren", "PERSON"),
                           _m(text, "Vesk", "PERSON", 1)], "a1", {})
    (him,) = resolve_pronouns(chained, nlp(text))
    assert him.chain == _chain_of(chained, "Davor Kren")


def test_name_chains_a_bodys_name_without_its_kind_word_joins_the_body() -> None:
    text = ("A statement by the Velmar Agency named him. According to Velmar, he died. Orlan Tarsk of Tarsk Group "
            "spoke. Tarsk left.")
    out = name_chains([_m(text, "Velmar Agency", "ORG"), _m(text, "Velmar", "PERSON", 1),
                       _m(text, "Orlan Tarsk", "PERSON"), _m(text, "Tarsk Group", "ORG"),
                       _m(text, "Tarsk", "PERSON", 2)], "a1", {})
    assert _chain_of(out, "Velmar") == _chain_of(out, "Velmar Agency")
    assert next(m.label for m in out if m.text == "Velmar") == "ORG"  # the person reading was the tagger's slip
    # a person of the article bears the word: the bare name is his
    assert [m.chain for m in out if m.text == "Tarsk"] == [_chain_of(out, "Orlan Tarsk")]


def test_resolve_pronouns_he_is_never_a_body_the_tagger_read_as_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Velmora Gazette" and "Orvan Airways" read as people: "he" is the reporter named before them
    text = ("Dario Kesh, a former Velmora Gazette reporter who flew Orvan Airways, has not been seen since he "
            "entered the consulate.")
    chained = name_chains([_m(text, "Dario Kesh", "PERSON"), _m(text, "Velmora Gazette", "PERSON"),
                           _m(text, "Orvan Airways", "PERSON")], "a1", {})
    pron = {m.text: m.chain for m in resolve_pronouns(chained, nlp(text))}
    assert pron["he"] == _chain_of(chained, "Dario Kesh")
