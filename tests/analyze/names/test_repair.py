"""Tests of the ``names`` repair rules, one rule at a time, with made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from storyline.analyze.names import repair
from storyline.analyze.names.acronyms import find_definitions, link_acronyms
from storyline.analyze.names.keys import folded_key, person_names_compatible, skeleton, tokens_match
from storyline.analyze.names.repair import (
    acronyms_after_class_nouns,
    agency_names,
    businesses_before_descriptions,
    extend_to_known_names,
    feature_names,
    join_coordinated_bodies,
    join_cut_names,
    merge_adjacent_persons,
    merge_group_names,
    merge_particle_names,
    names_after_roles,
    names_after_titles,
    names_apposed_to_roles,
    names_before_roles,
    names_to_unit_nouns,
    numbered_group_names,
    numbered_names_again,
    outlets_after_media_nouns,
    persons_by_surname,
    places_owned_by_countries,
    sites_with_nouns,
    split_country_owner,
    split_leading_demonym,
    split_leading_group,
    split_lines,
    split_office_holder,
    split_owner_words,
    split_owning_body,
    split_posted_place,
    split_titled_holder,
    split_titles,
    surnames_again,
    trim_mention,
    untagged_places,
    with_class_nouns,
)
from storyline.analyze.names.retype import retype_from_context, vote_labels
from storyline.analyze.resources import Resources
from storyline.model import Article, Mention
from tests.conftest import analyzer_with


def _m(text: str, sub: str, label: str, nth: int = 0, source: str = "spacy") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention("a1", start, start + len(sub), sub, label, source=source)


def _texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return sorted((m.text, m.label) for m in mentions)


def test_trim_mention_drops_determiner_possessive_and_footnote() -> None:
    text = "the Varnhold Accord’s critics met the Blue Lantern Front** today."
    assert trim_mention(_m(text, "the Varnhold Accord’s", "ORG"), text).text == "Varnhold Accord"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "the Blue Lantern Front**", "ORG"), text).text == "Blue Lantern Front"  # type: ignore[union-attr]


def test_trim_mention_drops_a_bracket_without_its_pair() -> None:
    text = "the head of the Velmor Guard Corps (VGC) Tarn Force and (VGC units, said (Orvan Dresk) later."
    assert trim_mention(_m(text, "VGC)", "ORG"), text).text == "VGC"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "(VGC", "ORG"), text).text == "VGC"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Velmor Guard Corps (VGC)", "ORG"), text).text == "Velmor Guard Corps (VGC)"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "(Orvan Dresk)", "PERSON"), text).text == "(Orvan Dresk)"  # type: ignore[union-attr]


def test_trim_mention_drops_prepositions_no_name_opens_or_ends_with() -> None:
    text = "For Ana Dresk, a figure of the Velmor Rally on Monday, it was over.\nOn the left, nothing."
    assert trim_mention(_m(text, "For Ana Dresk", "PERSON"), text).text == "Ana Dresk"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Velmor Rally on", "ORG"), text).text == "Velmor Rally"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "On", "ORG"), text) is None
    text = "Shares fell.\nWill Ana Dresk still be minister by Friday? Will Smith said so."
    assert trim_mention(_m(text, "Will Ana Dresk", "PERSON"), text).text == "Ana Dresk"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Will Smith", "PERSON"), text).text == "Will Smith"  # type: ignore[union-attr]


def test_trim_mention_leaves_a_correlative_opening_the_sentence_out() -> None:
    text = "It was so.\nNeither Orvan Dresk nor the man were members. Either Velmor Rally or Tessa Kell will.\n" \
           "Both Harlo Tower and the mall shut. Bothwell Ness spoke."
    for span, name in (("Neither Orvan Dresk", "Orvan Dresk"), ("Either Velmor Rally", "Velmor Rally"),
                       ("Both Harlo Tower", "Harlo Tower"), ("Bothwell Ness", "Bothwell Ness")):
        assert trim_mention(_m(text, span, "PERSON"), text).text == name  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Neither", "PERSON"), text) is None


def test_split_lines_ends_a_name_before_through_or_via() -> None:
    text = "Ravel Osk wrote to Adamu Vesk through Facebook and to Tessa Kell via the Velmor Post. Via Tarn is a street."
    out = split_lines(_m(text, "Adamu Vesk through Facebook", "ORG"), text)
    assert _texts(out) == [("Adamu Vesk", "ORG"), ("Facebook", "ORG")]
    assert all(text[m.start:m.end] == m.text for m in out)
    assert [m.text for m in split_lines(_m(text, "Tessa Kell via the Velmor Post", "PERSON"), text)] == ["Tessa Kell"]
    street = _m(text, "Via Tarn", "FAC")
    assert split_lines(street, text) == [street]  # a capitalized "Via" is a name's word


def test_names_before_roles_leaves_a_sentence_opening_preposition_out() -> None:
    text = "Shares fell.\nFor Tomas Kell, former head of the Velmoran Red Cross, it was over."
    assert _texts(names_before_roles([], text, "a1")) == [("Tomas Kell", "PERSON")]


def test_trim_mention_drops_the_words_that_say_what_an_outlet_is() -> None:
    text = "The Velmor news agency and the Ostra state newspaper quoted Radio Karvosh and the Tarvin city council."
    trimmed = [trim_mention(_m(text, sub, "ORG"), text) for sub in ("Velmor news agency", "Ostra state newspaper",
                                                                   "Radio Karvosh", "Tarvin city council")]
    assert [t.text for t in trimmed if t] == ["Velmor", "Ostra", "Radio Karvosh", "Tarvin city council"]


def test_trim_mention_leaves_a_distance_out_of_the_place_it_measures_from() -> None:
    text = "A shell hit Dorvic 4 miles from the border and Tessa Hill six km away; the Harlo Tower 3 km off."
    dorvic = trim_mention(_m(text, "Dorvic 4 miles", "LAW"), text)
    hill = trim_mention(_m(text, "Tessa Hill six km", "PERSON"), text)
    tower = trim_mention(_m(text, "Harlo Tower 3 km", "FAC"), text)
    assert [(t.text, t.label) for t in (dorvic, hill, tower) if t] == [
        ("Dorvic", "GPE"), ("Tessa Hill", "GPE"), ("Harlo Tower", "FAC")]


def test_trim_mention_leaves_the_place_a_building_stands_in_out_of_its_name() -> None:
    text = "A blast hit St Orvan's Church at Velmora and the University of Tarvin at Ostra."
    church = trim_mention(_m(text, "St Orvan's Church at Velmora", "ORG"), text)
    college = trim_mention(_m(text, "University of Tarvin at Ostra", "ORG"), text)
    assert [t.text for t in (church, college) if t] == ["St Orvan's Church", "University of Tarvin at Ostra"]


def test_trim_mention_keeps_plain_mentions_unchanged() -> None:
    text = "Orlan Vesk spoke."
    m = _m(text, "Orlan Vesk", "PERSON")
    assert trim_mention(m, text) is m


def test_merge_particle_names_joins_split_hyphenated_group() -> None:
    text = "Attacks by the Jamaat-e-Noorin Valdistan (JNV) rose."
    parts = [_m(text, "Jamaat", "ORG"), _m(text, "Valdistan", "GPE")]
    merged = merge_particle_names(parts, text)
    assert _texts(merged) == [("Jamaat-e-Noorin Valdistan", "ORG")]


def test_merge_particle_names_handles_space_after_particle_and_bin() -> None:
    text = "Harkat-e Sardan Morvia and Osric bin Talvar met."
    parts = [_m(text, "Harkat", "ORG"), _m(text, "Morvia", "GPE"), _m(text, "Osric", "PERSON")]
    merged = merge_particle_names(parts, text)
    assert ("Harkat-e Sardan Morvia", "ORG") in _texts(merged)
    assert ("Osric bin Talvar", "PERSON") in _texts(merged)


def test_merge_particle_names_joins_european_particles_and_keeps_a_places_label() -> None:
    text = "Marta von der Velde met Ivo da Sarno in Porto de Lenta."
    parts = [_m(text, "Marta von", "PERSON"), _m(text, "Velde", "GPE"), _m(text, "Ivo", "PERSON"),
             _m(text, "Porto de Lenta", "GPE")]
    merged = _texts(merge_particle_names(parts, text))
    assert ("Marta von der Velde", "PERSON") in merged and ("Ivo da Sarno", "PERSON") in merged
    assert ("Porto de Lenta", "GPE") in merged


def test_merge_particle_names_joins_a_towns_hyphenated_name_as_a_place() -> None:
    text = "Ana Vell flew from Tarsk-on-Velm to Dorlow-upon-Tesk."
    parts = [_m(text, "Tarsk", "ORG"), _m(text, "Dorlow", "PERSON"), _m(text, "Tesk", "PERSON")]
    assert _texts(merge_particle_names(parts, text)) == [("Dorlow-upon-Tesk", "GPE"), ("Tarsk-on-Velm", "GPE")]


def test_merge_particle_names_joins_a_french_towns_particles_hyphenated_or_spaced() -> None:
    text = "Priests taken in Pont-des-Varel were freed in Val-et-Orne, near the Bois des Varel area."
    parts = [_m(text, "Pont", "GPE"), _m(text, "Val", "ORG"), _m(text, "Bois", "GPE")]
    assert _texts(merge_particle_names(parts, text)) == [("Bois des Varel", "GPE"), ("Pont-des-Varel", "GPE"),
                                                         ("Val-et-Orne", "GPE")]


def test_trim_mention_leaves_a_title_before_a_name_out_of_the_body() -> None:
    text = ("Velmor Army Marshals Orlan Tesk and Mirel Dask met the Office of the President Ana Varn and "
            "Velmoran Foreign Minister Ilse Dorn.")
    kept = [_m(text, "Office of the President", "ORG"), _m(text, "Velmoran Foreign Minister", "ORG")]
    assert trim_mention(_m(text, "Velmor Army Marshals", "ORG"), text).text == "Velmor Army"  # type: ignore[union-attr]
    assert [trim_mention(m, text) for m in kept] == kept  # the title is part of the body's name, or the title


def test_names_after_titles_after_a_plural_title_takes_in_the_words_the_tagger_left_out() -> None:
    text = "Velmor Army Marshals Tor Pyong Chol and Vak Jong Chon came."
    ments = [_m(text, "Velmor Army", "ORG"), _m(text, "Chol", "PERSON"), _m(text, "Vak Jong Chon", "PERSON")]
    assert _texts(names_after_titles(ments, text, "a1")) == [
        ("Tor Pyong Chol", "PERSON"), ("Vak Jong Chon", "PERSON"), ("Velmor Army", "ORG")]


def test_split_titles_strips_rank_from_person() -> None:
    text = "Lt Gen Parvez Kolani arrived."
    out = split_titles([_m(text, "Lt Gen Parvez Kolani", "PERSON")], text)
    assert _texts(out) == [("Parvez Kolani", "PERSON")]


def test_split_titles_drops_mentions_made_of_title_words() -> None:
    text = "Defence Minister Orlan Vesk and the Special Representative met."
    out = split_titles([_m(text, "Defence", "ORG"), _m(text, "Orlan Vesk", "PERSON"),
                        _m(text, "Special Representative", "ORG")], text)
    assert _texts(out) == [("Orlan Vesk", "PERSON")]


def test_names_after_titles_adds_missed_person() -> None:
    text = "The team includes Director General Lt Gen Tarvin Oskeli and others."
    out = names_after_titles([], text, "a1")
    assert _texts(out) == [("Tarvin Oskeli", "PERSON")]


def test_names_after_titles_ignores_organizations() -> None:
    text = "He joined Major League Hurling last year."
    assert names_after_titles([], text, "a1") == []


def test_find_definitions_links_long_and_short_form() -> None:
    text = "The Morvian Harbour Authority (MHA*) said. Later the MHA agreed."
    (acr, ls, le, ss, se), = find_definitions(text)
    assert (acr, text[ls:le], text[ss:se]) == ("MHA", "Morvian Harbour Authority", "MHA")


def test_link_acronyms_labels_every_occurrence_like_the_long_form() -> None:
    text = "The Morvian Harbour Authority (MHA) said. Later the MHA agreed."
    mentions = [_m(text, "Morvian Harbour Authority", "ORG"), _m(text, "MHA", "GPE", nth=0)]
    out, pairs = link_acronyms(mentions, text)
    assert pairs == [("MHA", "Morvian Harbour Authority")]
    acr = [m for m in out if m.text == "MHA"]
    assert len(acr) == 2 and all(m.label == "ORG" and m.kind == "acronym" for m in acr)


def test_retype_from_context_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ambassador Quellin Darve spoke. The Velmora police arrested two men. "
            "Voters in Ostravel cheered. The Zentar Party won.")
    doc = nlp(text)
    mentions = [_m(text, "Quellin Darve", "GPE"), _m(text, "Velmora", "ORG"), _m(text, "Ostravel", "ORG"),
                _m(text, "Zentar Party", "PERSON")]
    titles = [{"start": mentions[0].start, "end": mentions[0].end, "title": "Ambassador"}]
    out = {m.text: m.label for m in retype_from_context(mentions, doc, titles)}
    assert out == {"Quellin Darve": "PERSON", "Velmora": "GPE", "Ostravel": "GPE", "Zentar Party": "ORG"}


def test_retype_speech_subject_thing_becomes_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tovaric Lunn said the talks failed."
    doc = nlp(text)
    out = retype_from_context([_m(text, "Tovaric Lunn", "PRODUCT")], doc, [])
    assert out[0].label == "PERSON"


def test_vote_labels_majority_wins_in_document() -> None:
    text = "Ardo Pell met Ardo Pell and Ardo Pell."
    mentions = [_m(text, "Ardo Pell", "PERSON", 0), _m(text, "Ardo Pell", "PERSON", 1),
                _m(text, "Ardo Pell", "ORG", 2)]
    assert {m.label for m in vote_labels(mentions)} == {"PERSON"}


def test_vote_labels_context_counts_double() -> None:
    text = "Kessa one. Kessa two. Kessa three."
    mentions = [_m(text, "Kessa", "GPE", 0, source="names:context"), _m(text, "Kessa", "ORG", 1),
                _m(text, "Kessa", "ORG", 2)]
    # 2 (context) vs 2 (raw): no strict majority, nothing changes
    assert [m.label for m in vote_labels(mentions)] == ["GPE", "ORG", "ORG"]


def test_vote_labels_a_place_confirmed_once_outweighs_person_tags() -> None:
    text = "Kessa one. Kessa two. Kessa three. Orlan Vesk, Orlan Vesk, Orlan Vesk."
    mentions = [_m(text, "Kessa", "GPE", 0, source="names:context"), _m(text, "Kessa", "PERSON", 1),
                _m(text, "Kessa", "PERSON", 2), _m(text, "Orlan Vesk", "GPE", 0, source="names:context"),
                _m(text, "Orlan Vesk", "PERSON", 1), _m(text, "Orlan Vesk", "PERSON", 2)]
    # a one-word place only: a full name tagged a person twice stays as it was
    assert [m.label for m in vote_labels(mentions)] == ["GPE", "GPE", "GPE", "GPE", "PERSON", "PERSON"]


def test_namekeys_fold_transliterations() -> None:
    assert folded_key("Tehreek-e-Noorin") == folded_key("Tehreek e Noorin")
    assert skeleton("Mohammad") == skeleton("Muhammad") and tokens_match("Muttavi", "Mutavvi")
    assert tokens_match("Tehrik", "Tahreek") and not tokens_match("Valdistan", "Valdistani")
    assert person_names_compatible("Orlan Vesk", "Orlan Marek Vesk")
    assert not person_names_compatible("Orlan Vesk", "Vesk Darmody")


def test_names_component_end_to_end(resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("The delegation includes Lt Gen Tarvin Oskeli and the Jamaat-e-Noorin Valdistan (JNV) "
            "leader Osric Palmar. The JNV denied it.")
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    got = {(m.text, m.label) for m in analysis.mentions}
    assert ("Tarvin Oskeli", "PERSON") in got
    assert ("Jamaat-e-Noorin Valdistan", "ORG") in got
    assert ("JNV", "Jamaat-e-Noorin Valdistan") in analysis.acronyms
    assert [m.label for m in analysis.mentions if m.text == "JNV"] == ["ORG", "ORG"]
    assert any(t["title"] == "Lt Gen" for t in analysis.extras["titles"])


def test_names_after_titles_leaves_possessive_out() -> None:
    text = "President Arvid Tolmer's plan failed."
    assert _texts(names_after_titles([], text, "a1")) == [("Arvid Tolmer", "PERSON")]


def test_namekeys_keep_final_vowel_apart() -> None:
    assert not tokens_match("Maria", "Mario") and tokens_match("Mustafa", "Moustafa")


def test_retype_location_preposition_spares_institutions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bill stalled in Congress and in Ostravel."
    out = retype_from_context([_m(text, "Congress", "ORG"), _m(text, "Ostravel", "ORG")], nlp(text), [])
    assert [m.label for m in out] == ["ORG", "GPE"]


def test_trim_mention_drops_quotes() -> None:
    text = "see the `` Grand Velmora Five '' plan"
    m = _m(text, "the `` Grand Velmora Five ''", "ORG")
    assert trim_mention(m, text).text == "Grand Velmora Five"  # type: ignore[union-attr]


def test_retype_org_suffix_does_not_override_person_on_weak_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arvid Press met the Zentar Party."
    out = retype_from_context([_m(text, "Arvid Press", "PERSON"), _m(text, "Zentar Party", "PERSON")], nlp(text), [])
    assert [m.label for m in out] == ["PERSON", "ORG"]


def test_namekeys_uppercase_particle_is_a_name() -> None:
    assert folded_key("US") == "us" and folded_key("Osric bin Talvar") == folded_key("Osric Talvar")


def test_split_lines_cuts_a_mention_at_a_line_break() -> None:
    text = "Arvo Dell 12\nK. Marrow bowled"
    out = split_lines(_m(text, "Arvo Dell 12\nK. Marrow", "PERSON"), text)
    assert _texts(out) == [("Arvo Dell 12", "PERSON"), ("K. Marrow", "PERSON")]
    plain = _m(text, "Arvo Dell", "PERSON")
    assert split_lines(plain, text) == [plain]


def test_split_owner_words_takes_a_named_group_off_a_person_before_its_possessive() -> None:
    text = "The Dravosh said it. So said Amir Varo Dravosh's acting minister."
    mentions = [_m(text, "Dravosh", "ORG"), _m(text, "Amir Varo Dravosh", "PERSON")]
    assert _texts(split_owner_words(mentions, text)) == [("Amir Varo", "PERSON"), ("Dravosh", "ORG"),
                                                         ("Dravosh", "ORG")]


def test_split_owner_words_keeps_a_surname_that_names_nothing_else() -> None:
    text = "Amir Varo Dravosh's plan. The Ostrava council met."
    mentions = [_m(text, "Amir Varo Dravosh", "PERSON"), _m(text, "Ostrava", "ORG")]
    assert split_owner_words(mentions, text) == mentions


def test_split_titles_keeps_a_title_word_that_opens_an_institution_name() -> None:
    text = "Lady Marwen Hospital said. Lady Ardith Colne said."
    out = split_titles([_m(text, "Lady Marwen Hospital", "PERSON"), _m(text, "Lady Ardith Colne", "PERSON")], text)
    assert _texts(out) == [("Ardith Colne", "PERSON"), ("Lady Marwen Hospital", "PERSON")]


def test_retype_transliterated_group_word_makes_an_organization(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harakat Tanzim-e Velmor and Jamaat-ul-Soran fought. Harakat Dunmore spoke. Ansar Velt spoke."
    mentions = [_m(text, "Harakat Tanzim-e Velmor", "PERSON"), _m(text, "Jamaat-ul-Soran", "PERSON"),
                _m(text, "Ansar Velt", "PERSON")]
    out = {m.text: m.label for m in retype_from_context(mentions, nlp(text), [])}
    assert out == {"Harakat Tanzim-e Velmor": "ORG", "Jamaat-ul-Soran": "ORG", "Ansar Velt": "PERSON"}


def test_merge_group_names_joins_a_run_a_group_word_opens() -> None:
    text = "Fighters of the Harakat Tehrim Velmor attacked. Lashkar-e-Dunmor Front denied it on Monday."
    out = merge_group_names([_m(text, "Velmor", "PERSON")], text)
    assert ("Harakat Tehrim Velmor", "ORG") in _texts(out) and ("Lashkar-e-Dunmor Front", "ORG") in _texts(out)
    assert ("Velmor", "PERSON") not in _texts(out)


def test_merge_group_names_leaves_other_capitalized_runs_alone() -> None:
    text = "Velmor Tehrim met Arlo Venn. Harakat said nothing."
    mentions = [_m(text, "Velmor Tehrim", "PERSON"), _m(text, "Arlo Venn", "PERSON")]
    assert merge_group_names(mentions, text) == mentions


def test_surnames_again_adds_a_bare_surname_the_tagger_missed() -> None:
    text = "Viktor Halden spoke first. Later Halden said prices would settle. Mr Halden left."
    out = surnames_again([_m(text, "Viktor Halden", "PERSON")], text, "a1")
    assert [m.start for m in out if m.text == "Halden"] == [text.index("Halden said"), text.index("Halden left")]


def test_surnames_again_adds_the_full_name_written_again() -> None:
    text = ("Viktor Halden was charged. What we know:\n  • Viktor Halden: the 32-year-old was first. "
            "He met Anna Viktor Halden")
    out = surnames_again([_m(text, "Viktor Halden", "PERSON")], text, "a1")
    assert [(m.start, m.text) for m in out if m.source == "names:surname"] == [(text.index("Viktor Halden:"),
                                                                                 "Viktor Halden")]


def test_surnames_again_adds_the_surname_spelled_another_way_but_not_short_or_other_words() -> None:
    text = "Lina Dalmosh spoke. 'He felt bad,' Dalmush wrote. Halden and Dalmak came. Ivo Tas met Tos."
    out = surnames_again([_m(text, "Lina Dalmosh", "PERSON"), _m(text, "Ivo Tas", "PERSON")], text, "a1")
    assert [m.text for m in out if m.source == "names:surname"] == ["Dalmush"]


def test_surnames_again_skips_other_names_and_covered_words() -> None:
    text = "Viktor Halden spoke. Halden Street was closed. The Halden Bank said so. Halden"
    mentions = [_m(text, "Viktor Halden", "PERSON"), _m(text, "Halden Bank", "ORG")]
    out = surnames_again(mentions, text, "a1")
    assert [m.start for m in out if m.source == "names:surname"] == [text.rindex("Halden")]


def test_retype_state_owner_nationality_word_and_office_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Velmora's foreign minister arrived. Ostravan officials met him. The talks were held in Dunmor. "
            "Department spokeswoman Ilse Varden said so. Orlan Vesk's plan failed.")
    mentions = [_m(text, "Velmora", "PERSON"), _m(text, "Ostravan", "PERSON"), _m(text, "Dunmor", "PERSON"),
                _m(text, "Ilse Varden", "ORG"), _m(text, "Orlan Vesk", "PERSON")]
    out = {m.text: m.label for m in retype_from_context(mentions, nlp(text), [])}
    assert out == {"Velmora": "GPE", "Ostravan": "NORP", "Dunmor": "GPE", "Ilse Varden": "PERSON",
                   "Orlan Vesk": "PERSON"}


def test_link_acronyms_long_form_takes_in_the_owner_the_tagger_read_with_it() -> None:
    text = ("The Dorvan Union Office for Velmor Flood Relief (OVFR) and the Paraguayan Tarsk Audit Service (TAS) "
            "and Dorvan's Tarsk Relief Agency (TRA) met.")
    mentions = [_m(text, "The Dorvan Union Office", "ORG"), _m(text, "Velmor Flood Relief", "ORG"),
                _m(text, "Paraguayan Tarsk Audit Service", "ORG"), _m(text, "Dorvan's Tarsk Relief Agency", "ORG")]
    _, pairs = link_acronyms(mentions, text)
    assert ("OVFR", "Dorvan Union Office for Velmor Flood Relief") in pairs  # the acronym leaves the owner out
    # a people's word or a possessive owner is no part of the body's name
    assert ("TAS", "Tarsk Audit Service") in pairs and ("TRA", "Tarsk Relief Agency") in pairs


def test_link_acronyms_group_word_makes_the_pair_an_organization() -> None:
    text = "The Harakat Tehrim Velmor (HTV) struck. The HTV denied it."
    mentions = [_m(text, "Harakat Tehrim Velmor", "PERSON"), _m(text, "HTV", "PERSON")]
    out, _ = link_acronyms(mentions, text)
    assert {m.label for m in out} == {"ORG"}


def test_merge_adjacent_persons_joins_a_name_the_tagger_cut() -> None:
    text = "led by Gen. Mohammed Harun Dagvo Mousar, a former trader. Arlo Venn, Dara Imrani met."
    mentions = [_m(text, "Mohammed Harun", "PERSON"), _m(text, "Dagvo Mousar", "PERSON"),
                _m(text, "Arlo Venn", "PERSON"), _m(text, "Dara Imrani", "PERSON")]
    assert _texts(merge_adjacent_persons(mentions, text)) == [
        ("Arlo Venn", "PERSON"), ("Dara Imrani", "PERSON"), ("Mohammed Harun Dagvo Mousar", "PERSON")]


def test_merge_particle_names_leaves_a_sentence_opener_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Although al-Varhan agreed, no place was set. Abu al-Varhan spoke."
    out = merge_particle_names([], text, nlp(text))
    assert ("al-Varhan", "PERSON") in _texts(out) and not any(m.text.startswith("Although") for m in out)


def test_split_lines_splits_a_list_of_names_but_not_one_name_with_and() -> None:
    text = "The same was chosen for Rachevi, Fayzan and Faridov. Velmor and Dunmore Trading met."
    out = split_lines(_m(text, "Rachevi, Fayzan and Faridov", "WORK_OF_ART"), text)
    assert [m.text for m in out] == ["Rachevi", "Fayzan", "Faridov"]
    assert all(text[m.start:m.end] == m.text for m in out)
    one = _m(text, "Velmor and Dunmore Trading", "ORG")
    assert split_lines(one, text) == [one]


def test_split_lines_splits_a_results_line_of_names_and_figures() -> None:
    text = "Varnholt 3 Keswin 2\nThe Channel 9 News crew filmed the Velmor 737 800 jet."
    out = split_lines(_m(text, "Varnholt 3 Keswin 2", "PERSON"), text)
    assert [m.text for m in out] == ["Varnholt", "Keswin"]
    assert all(text[m.start:m.end] == m.text for m in out)
    for one in (_m(text, "Channel 9 News", "ORG"), _m(text, "Velmor 737 800", "PRODUCT")):
        assert split_lines(one, text) == [one]  # a figure inside a name; a product's model numbers


def test_trim_mention_leaves_a_table_s_figures_out_of_the_name() -> None:
    text = "J. Tarvell 54, Dunmere 108-3 and Oskeby 1 3 0 7 led; Terminal 2, Velmor 737-800 and Halbury 4 waited."
    cut = {sub: trim_mention(_m(text, sub, label), text) for sub, label in (
        ("J. Tarvell 54", "PERSON"), ("Dunmere 108-3", "FAC"), ("Oskeby 1 3 0 7", "ORG"), ("Terminal 2", "FAC"),
        ("Velmor 737-800", "PRODUCT"), ("Halbury 4", "ORG"))}
    assert {sub: t.text for sub, t in cut.items() if t} == {
        "J. Tarvell 54": "J. Tarvell", "Dunmere 108-3": "Dunmere", "Oskeby 1 3 0 7": "Oskeby",
        "Terminal 2": "Terminal 2", "Velmor 737-800": "Velmor 737-800", "Halbury 4": "Halbury 4"}


def test_find_definitions_reads_a_translated_name_whose_words_come_in_another_order() -> None:
    text = "the far-right Velmor Rally (RV) and the New Tarsk Front (NFT) filed it; told Los Angeles (AP) then."
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("RV", "Velmor Rally"), ("NFT", "New Tarsk Front")]


def test_find_definitions_translated_long_form_with_one_initial_off() -> None:
    text = "as disclosed by the Dorvan Security Office (DSB). The Velmor Lake Board (XQZ) met."
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("DSB", "Dorvan Security Office")]


def test_find_definitions_acronym_opening_with_a_places_first_letters() -> None:
    text = "The Karvosh State Border Service (KARBS) said so. The Ostra Harbour Board (OSTQX) met."
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("KARBS", "Karvosh State Border Service")]


def test_find_definitions_acronym_of_the_words_opening_letters() -> None:
    text = ("The Velmor Commerce (VELCOM) met. The Tarvin Sarn Holdings and Ostra Trust (TASAHO) said. "
            "The Dorvan Union (DOVAQ) sat.")
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("VELCOM", "Velmor Commerce"), ("TASAHO", "Tarvin Sarn Holdings and Ostra Trust")]


def test_link_acronyms_place_word_after_the_definition_makes_a_place() -> None:
    text = "Police in Velmor Dunkhwa (VD) province said. The VD government met."
    out, _ = link_acronyms([_m(text, "Velmor Dunkhwa", "ORG")], text)
    assert {m.label for m in out} == {"GPE"}


def test_trim_mention_unclosed_bracket_and_caption_word() -> None:
    text = "named president of the Velmor Council (VC, the junta. A rally in Dunmor Photo: AFP"
    m = _m(text, "Velmor Council (VC", "ORG")
    assert trim_mention(m, text).text == "Velmor Council"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Dunmor Photo", "PERSON"), text).text == "Dunmor"  # type: ignore[union-attr]


def test_find_definitions_acronym_with_more_said_inside_the_bracket() -> None:
    text = "The Economic Velmor Community (EVC; also known as CEV in French) condemned it."
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("EVC", "Economic Velmor Community")]


def test_split_titles_keeps_only_the_owner_of_a_title() -> None:
    text = "since Velmoran Interior Minister Dara Imrani spoke, and the Dunmor Harbour Board met."
    out = split_titles([_m(text, "Velmoran Interior", "ORG"), _m(text, "Dunmor Harbour Board", "ORG")], text)
    assert _texts(out) == [("Dunmor Harbour Board", "ORG"), ("Velmoran", "NORP")]


def test_find_definitions_short_long_form_whose_initials_open_the_acronym() -> None:
    text = "The militant group Velmor Orda (VOIS) said it, and Dara Imrani (DI) spoke; Tor Vell (TVXYZ) met."
    found = [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)]
    assert ("VOIS", "Velmor Orda") in found
    assert not any(acr == "TVXYZ" for acr, _ in found)  # three letters more than the initials: no definition


def test_retype_storm_building_and_band_from_context(resources: Resources,
                                                     make_article: Callable[..., Article]) -> None:
    text = ("Storm Velmar hit the coast. People met at the Dorvan Mosque. Tickets for the band \"Ostrakor\" "
            "sold out, and the musical group Ostrakor played. Orlan Vesk spoke.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in a.mentions if m.kind == "name"}
    assert labels.get("Storm Velmar") == "EVENT"
    assert labels.get("Dorvan Mosque") == "FAC"
    assert labels.get("Ostrakor") == "ORG"
    assert labels.get("Orlan Vesk") == "PERSON"


def test_find_definitions_acronym_of_the_part_before_and() -> None:
    text = "the Federation of Velmor Hills and Ostra Plains (FVH) met; Dara and Velmor Hills (QVH) left."
    found = [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)]
    assert ("FVH", "Federation of Velmor Hills and Ostra Plains") in found
    assert not any(acr == "QVH" for acr, _ in found)  # no part before "and" spells it


def test_extend_to_known_names_a_cut_name_the_document_names_whole() -> None:
    text = "The Velmoran Orda group struck. The Velmoran Orda said so. Velmoran officials and Ordan Hill met."
    mentions = [_m(text, "Velmoran", "NORP"), _m(text, "Velmoran Orda", "ORG", 1),
                _m(text, "Velmoran", "NORP", 2), _m(text, "Ordan", "PERSON")]
    out = extend_to_known_names(mentions, text)
    assert _texts(out) == [("Ordan", "PERSON"), ("Velmoran", "NORP"), ("Velmoran Orda", "ORG"),
                           ("Velmoran Orda", "ORG")]  # "Velmoran officials" stays; "Ordan" is no "Orda"


def test_trim_mention_acronym_owner_leaves_a_multi_word_name() -> None:
    text = "according to the UN’s Velmor Relief Office, and the UN’s chief."
    assert trim_mention(_m(text, "UN’s Velmor Relief Office", "ORG"), text).text == "Velmor Relief Office"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "UN’s chief", "ORG"), text).text == "UN’s chief"  # type: ignore[union-attr]


def test_with_class_nouns_takes_the_noun_the_name_heads(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boats crossed the Velna river at dawn. Fighters of the Orsk Brigade group fled to Dorvan province."
    mentions = [_m(text, "Velna", "GPE"), _m(text, "Orsk Brigade", "ORG"), _m(text, "Dorvan", "GPE")]
    out = {m.text: m.label for m in with_class_nouns(mentions, nlp(text))}
    assert out == {"Velna river": "LOC", "Orsk Brigade group": "ORG", "Dorvan": "GPE"}  # a unit: news style leaves it


def test_with_class_nouns_leaves_a_noun_that_heads_something_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Guards watched the Velna river border. Arlen Tosk group leaders and Dorvan police met."
    mentions = [_m(text, "Velna", "GPE"), _m(text, "Arlen Tosk", "PERSON"), _m(text, "Dorvan", "GPE")]
    out = {m.text: m.label for m in with_class_nouns(mentions, nlp(text))}
    assert out == {"Velna": "GPE", "Arlen Tosk": "PERSON", "Dorvan": "GPE"}  # the border; a person; the police


def test_trim_mention_a_quoted_name_ends_at_its_closing_quote() -> None:
    text = 'Staff of the “Orsk Wolf” Arctic penal colony spoke. The “Velmor Front” said so. Ana “Lark” Dresk came.'
    assert trim_mention(_m(text, "the “Orsk Wolf” Arctic", "ORG"), text).text == "Orsk Wolf"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Velmor Front", "ORG"), text).text == "Velmor Front"  # type: ignore[union-attr]
    # a nickname in quotes inside a name the quote does not open
    assert trim_mention(_m(text, "Ana “Lark” Dresk", "PERSON"), text).text == "Ana “Lark” Dresk"  # type: ignore[union-attr]


def test_sites_with_nouns_take_the_site_noun_as_a_facility(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mourners met at the Orvesk cemetery. The Tarlin mosque reopened. Crowds left the Velsa and "
            "Ardun mosques. Troops guarded Kabul airport and the Dorvik airport.")
    mentions = [_m(text, "Orvesk", "PERSON"), _m(text, "Tarlin", "ORG"), _m(text, "Velsa", "ORG"),
                _m(text, "Ardun", "ORG"), _m(text, "Kabul", "GPE"), _m(text, "Dorvik", "FAC")]
    out = [(m.text, m.label) for m in sites_with_nouns(mentions, nlp(text))]
    # a name read as a place or a site keeps its span, so does a body's (the context rules make it a site)
    assert out == [("Orvesk cemetery", "FAC"), ("Tarlin", "ORG"), ("Velsa", "FAC"), ("Ardun", "FAC"),
                   ("Kabul", "GPE"), ("Dorvik", "FAC")]


def test_sites_with_nouns_leave_a_body_s_site_and_a_noun_heading_more(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police raided the Tavro Holdings hotel. The Orvesk cemetery gates shut. The Dark Front prison held him."
    mentions = [_m(text, "Tavro Holdings", "ORG"), _m(text, "Orvesk", "PERSON"), _m(text, "Dark Front", "ORG")]
    out = [(m.text, m.label) for m in sites_with_nouns(mentions, nlp(text))]
    assert out == [("Tavro Holdings", "ORG"), ("Orvesk", "PERSON"), ("Dark Front", "ORG")]


def test_untagged_known_places_are_places(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # stand-ins for ISO 3166 names (the rule reads pycountry through known_place)
    monkeypatch.setattr(repair, "known_place", lambda w: "country" if w in ("Velmora", "Tarsk") else None)
    text = "Velmora’s premier met Dorval’s mayor. Tarsk Hollis flew to Velmora on Monday with Tarsk Hydro staff."
    doc = nlp(text)
    hollis = _m(text, "Tarsk Hollis", "PERSON")
    untagged = [m for m in untagged_places([hollis], doc, "a1") if m is not hollis]
    # a name alone; not a word of a person's name, nor one a capitalized word joins ("Tarsk Hydro")
    assert [(m.start, m.text, m.label) for m in untagged] == [
        (0, "Velmora", "GPE"), (text.index("Velmora on"), "Velmora", "GPE")]


def test_untagged_province_names_need_the_text_to_place_them(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # stand-ins for ISO 3166-2 names: a province's name alone is no place (a team's, a person's, a common word)
    provinces = ("Dorwick", "Halbury", "Halvey", "Marlow", "Tavelin", "Oskeby", "Sarnet")
    monkeypatch.setattr(repair, "known_place", lambda w: "subdivision" if w in provinces else None)
    text = ("Standings:\nDorwick 4 2 0 2 6 6 6\nHalbury 4 1 1 2 5 6 4\nFans in Halvey cheered as Marlow's mayor "
            "spoke. They played Oskeby on Sunday. Tavelin reopened a road. Tavelin lies north. Officers of the "
            "Sarnet police came.")
    doc = nlp(text)
    tagged = _m(text, "Tavelin", "GPE", nth=1)  # the tagger read the second one as a place
    untagged = [m for m in untagged_places([tagged], doc, "a1") if m is not tagged]
    # "in X", "X's mayor", "X police", the name the article tags a place elsewhere; not a table row's nor a side's
    assert [m.text for m in untagged] == ["Halvey", "Marlow", "Tavelin", "Sarnet"]
    assert untagged[2].start == text.index("Tavelin")


def test_numbered_names_again_a_group_the_tagger_marked_once_is_marked_everywhere() -> None:
    text = "The Quorum of Five met in Dorval. Q5 envoys and the Q-5 chair agreed; the Q6 stayed away from Q5."
    out = numbered_names_again([_m(text, "Quorum of Five", "ORG"), _m(text, "Dorval", "GPE")], text, "a1")
    assert _texts(out) == [("Dorval", "GPE"), ("Q-5", "ORG"), ("Q5", "ORG"), ("Q5", "ORG"), ("Quorum of Five", "ORG")]
    assert numbered_names_again([_m(text, "Dorval", "GPE")], text, "a1") == [_m(text, "Dorval", "GPE")]


def test_split_posted_place_takes_the_country_off_the_envoy_s_name() -> None:
    text = "Velmora summoned the High Commissioner to Norway Ana Dresk and the envoy to South Africa Tomas Kell."
    ments = [_m(text, "Norway Ana Dresk", "ORG"), _m(text, "South Africa Tomas Kell", "PERSON")]
    assert _texts(split_posted_place(ments, text)) == [("Ana Dresk", "PERSON"), ("Norway", "GPE"),
                                                        ("South Africa", "GPE"), ("Tomas Kell", "PERSON")]


def test_split_posted_place_takes_a_place_before_a_comma_off_the_holder_s_name() -> None:
    text = ("Tarsk's ambassador to Velmora, Jomart Seitkali, was summoned. The envoy to Ostrava, Inc. Holdings left. "
            "Officials in Karsk, Li Wenqiang said.")
    ments = [_m(text, "Velmora, Jomart Seitkali", "ORG"), _m(text, "Ostrava, Inc. Holdings", "ORG"),
             _m(text, "Karsk, Li Wenqiang", "ORG")]
    assert _texts(split_posted_place(ments, text)) == [
        ("Jomart Seitkali", "PERSON"), ("Karsk, Li Wenqiang", "ORG"), ("Ostrava, Inc. Holdings", "ORG"),
        ("Velmora", "GPE")]


@pytest.mark.parametrize(("text", "name"), [
    ("Tarsk's ambassador to Velmora, Ana Dresk, was summoned on Monday.", "Ana Dresk"),
    ("The chairman of the Ostravian observer mission, Tomas Kell, said the vote was fair.", "Tomas Kell"),
    ("A spokeswoman for the dock workers' union, Aigerim Bekova, said the strike would go on.", "Aigerim Bekova"),
    ("The head of the flood relief committee in Karsk, Li Wen-qiang, said 40 were missing.", "Li Wen-qiang"),
    ("The judge in the case, Kwame Asante-Boadu, adjourned the hearing.", "Kwame Asante-Boadu"),
    # the office noun in any case (the pattern's lead on its first letter is case-blind, like the noun)
    ("Ambassador to Velmora, Ana Dresk, was summoned on Monday.", "Ana Dresk"),
    ("REUTERS - SPOKESWOMAN for the union, Aigerim Bekova, said so.", "Aigerim Bekova"),
])
def test_names_apposed_to_roles_finds_the_holder_set_off_by_commas(text: str, name: str) -> None:
    assert _texts(names_apposed_to_roles([], text, "a1")) == [(name, "PERSON")]


@pytest.mark.parametrize("text", [
    "The governor of the province, Karsk Valley, was flooded.",  # a place
    "The ambassador to Velmora, Tarsk and Ostrava met on Monday.",  # a list, no closing comma
    "The president of the court, Chief Justice Tomas Kell, spoke.",  # a title, not a bare name
    "Officials in Velmora, Ana Dresk, said so.",  # no office
])
def test_names_apposed_to_roles_leaves_places_lists_and_titles(text: str) -> None:
    assert names_apposed_to_roles([], text, "a1") == []


def test_split_posted_place_leaves_names_that_follow_no_post_or_no_country() -> None:
    text = "Officials met Norway Ana Dresk. The Ambassador to Velmora Ana Dresk and the envoy in Norway Police HQ."
    ments = [_m(text, "Norway Ana Dresk", "ORG"), _m(text, "Velmora Ana Dresk", "PERSON"),
             _m(text, "Norway Police HQ", "ORG")]
    assert split_posted_place(ments, text) == ments


def test_split_office_holder_takes_the_person_off_the_body_and_its_country() -> None:
    text = ("The Deputy Chair of the Audit Council of the Republic of Paraguay Tarvo Lendrik resigned, and the "
            "spokesman of the Bank of Paraguay Velmor Holdings said so.")
    ments = [_m(text, "Audit Council of the Republic of Paraguay Tarvo Lendrik", "ORG"),
             _m(text, "Bank of Paraguay Velmor Holdings", "ORG")]
    assert _texts(split_office_holder(ments, text)) == [
        ("Audit Council of the Republic of Paraguay", "ORG"), ("Bank of Paraguay Velmor Holdings", "ORG"),
        ("Tarvo Lendrik", "PERSON")]  # "Holdings" is no word of a person's name


def test_split_office_holder_takes_the_person_off_a_body_ending_in_its_organization_or_chamber_word() -> None:
    text = ("The Speaker of the Tarsk Assembly Pavel Roske met the Chair of Velmora's House of Representatives "
            "Orvan Tesvik, and the Chairman of the Senate Halvar Ostrin agreed. Shares of the Tarsk Bank Ana Dresk "
            "fell; the head of the Tarsk Bank Velmor Holdings spoke.")
    ments = [_m(text, "Tarsk Assembly Pavel Roske", "ORG"), _m(text, "House of Representatives Orvan Tesvik", "ORG"),
             _m(text, "Senate Halvar Ostrin", "ORG"), _m(text, "Tarsk Bank Ana Dresk", "ORG"),
             _m(text, "Tarsk Bank Velmor Holdings", "ORG")]
    assert _texts(split_office_holder(ments, text)) == sorted([
        ("Tarsk Assembly", "ORG"), ("Pavel Roske", "PERSON"), ("House of Representatives", "ORG"),
        ("Orvan Tesvik", "PERSON"), ("Senate", "ORG"), ("Halvar Ostrin", "PERSON"),
        ("Tarsk Bank Ana Dresk", "ORG"),  # no office before the body
        ("Tarsk Bank Velmor Holdings", "ORG")])  # "Holdings" is no word of a person's name


def test_split_titled_holder_takes_the_officer_off_the_body_he_speaks_for() -> None:
    text = ("Tarsk Assembly Speaker Pavel Roske-jin said so, and Foreign Ministry Spokesperson Orvan Tesvik agreed. "
            "The news came from the Minister of Security Halvar Ostrin. The Tarsk Assembly Speaker said so, and the "
            "Velmor Bank Deputy Governor Office spoke.")
    ments = [_m(text, "Tarsk Assembly Speaker Pavel Roske-jin", "ORG"),
             _m(text, "Foreign Ministry Spokesperson Orvan Tesvik", "ORG"),
             _m(text, "Minister of Security Halvar Ostrin", "ORG"),
             _m(text, "Tarsk Assembly Speaker", "ORG", nth=1),
             _m(text, "Velmor Bank Deputy Governor Office", "ORG")]
    assert _texts(split_titled_holder(ments, text)) == sorted([
        ("Tarsk Assembly", "ORG"), ("Pavel Roske-jin", "PERSON"), ("Foreign Ministry", "ORG"),
        ("Orvan Tesvik", "PERSON"), ("Halvar Ostrin", "PERSON"),
        ("Tarsk Assembly Speaker", "ORG"),  # no holder's name after the title
        ("Velmor Bank Deputy Governor Office", "ORG")])  # "Office" is no word of a person's name


def test_names_component_takes_the_speaker_off_the_assembly(resources: Resources,
                                                             make_article: Callable[..., Article]) -> None:
    text = ("Tarsk Assembly Speaker Pavel Roske announced that 190 lawmakers had voted. Roske said the motion passed "
            "and the Tarsk Assembly adjourned.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in a.mentions}
    assert labels.get("Pavel Roske") == "PERSON"
    assert "Tarsk Assembly Speaker Pavel Roske" not in labels


def test_acronyms_after_class_nouns_finds_outlets_by_broadcast_words_appositions_and_datelines() -> None:
    text = ("Tarsk, May 27 (XNA) - The man was charged.\nReports on XB3, a Velmoran TV station, said so. He told KTR "
            "radio. It ran on FM radio, on a TV network and at a KVF station.\nA statement to XNA said so.")
    assert sorted((m.text, m.label) for m in acronyms_after_class_nouns([], text, "a1")) == [
        ("KTR", "ORG"), ("XB3", "ORG"), ("XNA", "ORG"), ("XNA", "ORG")]
    # the credited agency (its dateline taken out of the text) where the text names it; an outlet read as a facility
    text = "A statement was provided to XNA by the court. Reports on XB3, a Velmoran TV station, said so."
    found = acronyms_after_class_nouns([_m(text, "XB3", "FAC")], text, "a1", credit="XNA")
    assert sorted((m.text, m.label) for m in found) == [("XB3", "ORG"), ("XNA", "ORG")]


def test_agency_names_finds_a_news_agency_the_tagger_missed() -> None:
    text = "An Associated Press photographer saw it. Bloomberg and the AFP reported it; Press Trust of India too."
    afp = _m(text, "AFP", "ORG")
    assert sorted((m.text, m.label) for m in agency_names([afp], text, "a1")) == [
        ("AFP", "ORG"), ("Associated Press", "ORG"), ("Press Trust of India", "ORG")]  # "Bloomberg" may be a person


def test_outlets_after_media_nouns_finds_a_channel_the_tagger_missed_and_its_other_mentions(nlp: Language) -> None:
    text = ("She spoke to the local television channel Xantel on Sunday, and she told Xantel that the daily "
            "Tagvo Blatt and the newspaper Monday edition were wrong. Mira Orsk of the channel Orsk was there.")
    mentions = [_m(text, "Xantel", "PERSON", 1), _m(text, "Mira Orsk", "PERSON")]
    found = outlets_after_media_nouns(mentions, text, "a1", nlp(text))
    # a weekday is no outlet; nor is a word a person's full name of the article holds
    assert sorted((m.text, m.label) for m in found) == [
        ("Mira Orsk", "PERSON"), ("Tagvo Blatt", "ORG"), ("Xantel", "ORG"), ("Xantel", "ORG")]


def test_split_office_holder_reads_accented_letters_as_name_letters() -> None:
    text = "says the President of the Tarsk Assembly Yaëlle Brönsk-Éval."
    ments = [_m(text, "Tarsk Assembly Yaëlle Brönsk-Éval", "ORG")]
    assert _texts(split_office_holder(ments, text)) == [("Tarsk Assembly", "ORG"), ("Yaëlle Brönsk-Éval", "PERSON")]


def test_split_office_holder_needs_an_office_before_the_body() -> None:
    text = "Shares of the Bank of Paraguay Tarvo Lendrik rose."
    ments = [_m(text, "Bank of Paraguay Tarvo Lendrik", "ORG")]
    assert split_office_holder(ments, text) == ments


def test_names_before_roles_finds_a_name_a_role_phrase_describes() -> None:
    text = ("Ana Dresk, head of the Velmoran Red Cross, said so. Tomas Kell, the agency's chief spokesman for "
            "the region, agreed. Norway, home to the fund, paid. The Old Harbour Club, leader of the league, won.")
    club = _m(text, "The Old Harbour Club", "ORG")
    out = names_before_roles([club], text, "a1")
    assert _texts(out) == [("Ana Dresk", "PERSON"), ("The Old Harbour Club", "ORG"), ("Tomas Kell", "PERSON")]


def test_split_leading_group_takes_a_group_off_the_front_of_a_persons_name() -> None:
    text = "Dravosh said its leader died. The movement Dravosh Orlan Vesk and a guard were killed. Tarvo Orlan Vesk"
    mentions = [_m(text, "Dravosh", "ORG"), _m(text, "Dravosh Orlan Vesk", "PERSON"),
                _m(text, "Tarvo Orlan Vesk", "PERSON")]
    assert _texts(split_leading_group(mentions, text)) == [("Dravosh", "ORG"), ("Dravosh", "ORG"),
                                                           ("Orlan Vesk", "PERSON"), ("Tarvo Orlan Vesk", "PERSON")]


def test_persons_by_surname_a_full_name_read_as_a_place_whose_last_word_is_a_person() -> None:
    text = "Teacher Ana Dresk was taken. Dresk said so. Ostra Dresk Hospital and Velmora Dresk stayed. Norway Dresk"
    mentions = [_m(text, "Ana Dresk", "GPE"), _m(text, "Dresk", "PERSON", 1), _m(text, "Ostra Dresk Hospital", "ORG"),
                _m(text, "Norway Dresk", "GPE")]
    assert _texts(persons_by_surname(mentions)) == [("Ana Dresk", "PERSON"), ("Dresk", "PERSON"),
                                                    ("Norway Dresk", "GPE"), ("Ostra Dresk Hospital", "ORG")]


def test_persons_by_surname_matches_a_surname_written_once_with_its_accent_and_once_without() -> None:
    text = "She wrote to Marisol Dávesk, a friend. Davesk herself was held. Orvan Nuñez Club and Nunez stayed."
    mentions = [_m(text, "Marisol Dávesk", "ORG"), _m(text, "Davesk", "PERSON"),
                _m(text, "Orvan Nuñez Club", "ORG"), _m(text, "Nunez", "PERSON")]
    assert _texts(persons_by_surname(mentions)) == [("Davesk", "PERSON"), ("Marisol Dávesk", "PERSON"),
                                                    ("Nunez", "PERSON"), ("Orvan Nuñez Club", "ORG")]


def test_persons_by_surname_a_given_name_first_makes_the_full_name_and_its_last_word_a_person() -> None:
    text = ("Tomas Varek, a deputy, spoke. Varek said so. Ostra Varek Hospital stayed. Washington and George "
            "Washington. At Ellis Tarn the Tarn said so; the Tarn won.")
    mentions = [_m(text, "Tomas Varek", "GPE"), _m(text, "Varek", "ORG", 1), _m(text, "Ostra Varek Hospital", "ORG"),
                _m(text, "Washington", "GPE"), _m(text, "George Washington", "PERSON"), _m(text, "Ellis Tarn", "LOC"),
                _m(text, "Tarn", "ORG", 2)]
    assert _texts(persons_by_surname(mentions, text)) == [
        ("Ellis Tarn", "LOC"), ("George Washington", "PERSON"), ("Ostra Varek Hospital", "ORG"),
        ("Tarn", "ORG"), ("Tomas Varek", "PERSON"), ("Varek", "PERSON"), ("Washington", "GPE")]


def test_split_leading_demonym_a_nationality_leaves_a_persons_name() -> None:
    text = "The Norwegian Orlan Vesk and the Estonian Ilse Marta Dresk met Chad Pike and Christian Tamas Vell."
    mentions = [_m(text, "Norwegian Orlan Vesk", "PERSON"), _m(text, "Estonian Ilse Marta Dresk", "PERSON"),
                _m(text, "Chad Pike", "PERSON"), _m(text, "Christian Tamas Vell", "PERSON")]
    assert _texts(split_leading_demonym(mentions, text)) == [
        ("Chad Pike", "PERSON"), ("Christian Tamas Vell", "PERSON"), ("Estonian", "NORP"),
        ("Ilse Marta Dresk", "PERSON"), ("Norwegian", "NORP"), ("Orlan Vesk", "PERSON")]


def test_names_after_roles_a_full_name_after_a_lower_case_office_noun() -> None:
    text = ("The ouster of the council's chair Ana Dresk angered spokeswoman Ilse Vell, the director Orlan Vesk "
            "and the minister Monday Morning. The judge Velmora said nothing.")
    mentions = [_m(text, "Orlan Vesk", "PERSON")]
    assert _texts(names_after_roles(mentions, text, "a1")) == [
        ("Ana Dresk", "PERSON"), ("Ilse Vell", "PERSON"), ("Orlan Vesk", "PERSON")]


def test_trim_mention_takes_in_a_hyphenated_syllable_of_a_given_name() -> None:
    text = "Premier Tae Min-soo met Sok Ha-eun, and a Tae Min-led panel and the Sok Ha-backed plan."
    assert trim_mention(_m(text, "Tae Min", "PERSON"), text).text == "Tae Min-soo"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Sok Ha", "PERSON"), text).text == "Sok Ha-eun"  # type: ignore[union-attr]
    # English compounds stay out, and so does a syllable after a one-word name or a place
    assert trim_mention(_m(text, "Tae Min", "PERSON", nth=1), text).text == "Tae Min"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Sok Ha", "PERSON", nth=1), text).text == "Sok Ha"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Sok Ha", "GPE"), text).text == "Sok Ha"  # type: ignore[union-attr]


def test_trim_mention_drops_an_english_word_the_tagger_took_with_the_name() -> None:
    text = "The Orlan Vesk-led cabinet and the Sarn-backed militia met Tae Min-soo."
    assert trim_mention(_m(text, "Orlan Vesk-led", "PERSON"), text).text == "Orlan Vesk"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Sarn-backed", "GPE"), text).text == "Sarn"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Tae Min-soo", "PERSON"), text).text == "Tae Min-soo"  # type: ignore[union-attr]


def test_split_owning_body_cuts_an_agencys_unit_from_the_agency() -> None:
    text = "said Orvel Tass, chief of the National Velmor Agency’s Public Order Bureau, at People's Tolvar Army day."
    out = split_owning_body([_m(text, "National Velmor Agency’s Public Order Bureau", "ORG"),
                             _m(text, "People's Tolvar Army", "ORG")], text)
    assert _texts(out) == [("National Velmor Agency", "ORG"), ("People's Tolvar Army", "ORG"),
                           ("Public Order Bureau", "ORG")]


def test_trim_mention_cuts_the_task_word_of_a_wire_credit_line() -> None:
    text = "(Reporting by Dorva Tesk Writing by Mara Oskel Editing by Ilse Varden) Mara Oskel Writing."
    assert trim_mention(_m(text, "Dorva Tesk Writing", "PERSON"), text).text == "Dorva Tesk"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Mara Oskel Editing", "PERSON"), text).text == "Mara Oskel"  # type: ignore[union-attr]
    # no "by" after it: a word of the name or the sentence, left alone
    assert trim_mention(_m(text, "Mara Oskel Writing", "PERSON"), text).text == "Mara Oskel Writing"  # type: ignore[union-attr]


def test_merge_adjacent_persons_joins_a_last_word_the_tagger_read_as_a_place() -> None:
    text = ("Police chief Marvo Ansel Dresk said so. Orlan Vesk Norway visit. Ana Dell Sarn Hotel. "
            "Results: Tolvar 6 Orvex 2.")
    mentions = [_m(text, "Marvo Ansel", "PERSON"), _m(text, "Dresk", "GPE"), _m(text, "Orlan Vesk", "PERSON"),
                _m(text, "Norway", "GPE"), _m(text, "Ana Dell", "PERSON"), _m(text, "Sarn", "GPE"),
                _m(text, "Tolvar 6", "PERSON"), _m(text, "Orvex", "ORG")]
    assert _texts(merge_adjacent_persons(mentions, text)) == [
        ("Ana Dell", "PERSON"), ("Marvo Ansel Dresk", "PERSON"), ("Norway", "GPE"), ("Orlan Vesk", "PERSON"),
        ("Orvex", "ORG"), ("Sarn", "GPE"), ("Tolvar 6", "PERSON")]


def test_find_definitions_long_form_with_one_word_misquoted() -> None:
    text = ("The Dorvan Community of Eastern Velmor Countries (DCOEVS) met. Dara Imrani Tor (DQXT) spoke. "
            "The Ostra Harbour Board (XHB) sat.")
    found = [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)]
    assert found == [("DCOEVS", "Dorvan Community of Eastern Velmor Countries")]  # "... States" misquoted


def test_link_acronyms_other_acronym_given_inside_the_bracket() -> None:
    text = "The Economic Velmor Community (EVC; also known as CEV in French) met. The CEV said so."
    out, pairs = link_acronyms([], text)
    assert ("CEV", "Economic Velmor Community") in pairs and ("EVC", "Economic Velmor Community") in pairs
    assert [m.text for m in out if m.text == "CEV"] == ["CEV", "CEV"]


def test_trim_mention_a_rank_before_a_persons_name_leaves_a_body() -> None:
    text = "Chief of the Velmor Guard Gen. Orlan Vesk spoke; the Tarsk Gen met them."
    assert trim_mention(_m(text, "Velmor Guard Gen", "ORG"), text).text == "Velmor Guard"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Velmor Guard Gen.", "ORG"), text).text == "Velmor Guard"  # type: ignore[union-attr]
    assert trim_mention(_m(text, "Tarsk Gen", "ORG"), text).text == "Tarsk Gen"  # type: ignore[union-attr]


def test_names_after_titles_after_the_office_a_title_names() -> None:
    text = ("Chief of Staff Orvel Dask and Minister of Foreign Affairs Ilva Renko met. "
            "Secretary of State Tesh Morwen left.")
    assert _texts(names_after_titles([], text, "a1")) == [
        ("Ilva Renko", "PERSON"), ("Orvel Dask", "PERSON"), ("Tesh Morwen", "PERSON")]


def test_names_after_roles_after_the_office_a_lower_case_noun_names() -> None:
    text = "The chief of staff Orvel Dask met the minister of foreign affairs Ilva Renko in the Hall of Tarv."
    assert _texts(names_after_roles([], text, "a1")) == [("Ilva Renko", "PERSON"), ("Orvel Dask", "PERSON")]


def test_names_an_acronym_after_a_bodys_or_outlets_noun(resources: Resources,
                                                        make_article: Callable[..., Article]) -> None:
    text = ("At least 500 people died, state broadcaster TVRK reported. TVRK said rescuers reached Orsel. "
            "King Orvel II of Tarsk spoke, and the company CEO left.")
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    found = [(m.text, m.label, m.kind) for m in a.mentions if m.text in ("TVRK", "II", "CEO")]
    assert found == [("TVRK", "ORG", "acronym"), ("TVRK", "ORG", "acronym")]


def test_names_a_hyphenated_abbreviation_is_one_name(resources: Resources,
                                                     make_article: Callable[..., Article]) -> None:
    text = "Officials blamed KVF-O for the blast. KVF-O fighters trained in Tarsk, the officials said."
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    assert [m.text for m in a.mentions if m.text.startswith("KVF")] == ["KVF-O", "KVF-O"]


def test_names_a_state_office_that_opens_a_bodys_name_is_its_owner(resources: Resources,
                                                                   make_article: Callable[..., Article]) -> None:
    text = "Foreign Office Crisis Response Council spokesman Orvel Dask said on Monday that the border was calm."
    a = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    names = {(m.text, m.label) for m in a.mentions if m.kind == "name"}
    assert ("Crisis Response Council", "ORG") in names and ("Foreign Office", "ORG") in names


def test_split_titled_owner_a_country_and_its_title_leave_the_holders_name() -> None:
    text = ("Former Norway PM T. R. Dalvik Orsen Denies Claim. Estonian PM Vesk resigns. Chad Pike spoke. "
            "Norway Dresk Hospital opened. Norway PM NATO")
    mentions = [_m(text, "Norway PM T. R. Dalvik Orsen", "PERSON"), _m(text, "Estonian PM Vesk", "LOC"),
                _m(text, "Chad Pike", "PERSON"), _m(text, "Norway Dresk Hospital", "ORG"),
                _m(text, "Norway PM NATO", "ORG")]
    assert _texts(repair.split_titled_owner(mentions, text)) == [
        ("Chad Pike", "PERSON"), ("Estonian", "NORP"), ("Norway", "GPE"), ("Norway Dresk Hospital", "ORG"),
        ("Norway PM NATO", "ORG"), ("T. R. Dalvik Orsen", "PERSON"), ("Vesk", "PERSON")]


def test_given_name_before_a_name_the_tagger_began_one_word_late(resources: Resources,
                                                                 make_article: Callable[..., Article]) -> None:
    text = ("The farmers want a new road, said Devan Prakash Tolani, the head of the village council. "
            "Officials met Norway Dresk Tolani on Monday. The team hired Coach Orvan Tessel and Undersheriff "
            "Marek Dolan.")
    doc = resources.nlp(text)
    mentions = [_m(text, "Prakash Tolani", "PERSON"), _m(text, "Dresk Tolani", "PERSON"),
                _m(text, "Orvan Tessel", "PERSON"), _m(text, "Marek Dolan", "PERSON")]
    got = _texts(repair.given_name_before(mentions, doc))
    assert ("Devan Prakash Tolani", "PERSON") in got
    assert ("Dresk Tolani", "PERSON") in got  # a country's name before it is no given name
    # an English word or an office written with a capital is a description, not a given name
    assert ("Orvan Tessel", "PERSON") in got and ("Marek Dolan", "PERSON") in got


def test_find_definitions_a_letter_from_inside_a_compound_word() -> None:
    text = ("Ministers of the Tarvin Northwest Velmor Union (TNWVU) met. The Orla Southeast Bay (OSEAB) "
            "sold. The Ostra Lake Guild (OSLAG) met.")
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("TNWVU", "Tarvin Northwest Velmor Union")]  # three capitalized words or more; one inner letter only


def test_find_definitions_a_translated_bodys_name_before_its_own_acronym() -> None:
    text = ("The Federal Office for Velmor Refugees (BAVF) said so. Shares of the Velmor Lantern Trade Company "
            "(AFPX) fell. The Unity Party (ABC) met. The Tarvin Federal Office for Velmor Refugees (BAVF) met.")
    assert [(acr, text[ls:le]) for acr, ls, le, _, _ in find_definitions(text)] == [
        ("BAVF", "Federal Office for Velmor Refugees")]


def test_names_to_unit_nouns_runs_a_cut_place_name_on_to_its_unit_noun() -> None:
    text = "Shells fell in Ko Ta Lam province and near Velna Ostra district on Friday Morning village."
    mentions = [_m(text, "Ko Ta", "GPE"), _m(text, "Velna Ostra", "GPE"), _m(text, "Friday", "DATE")]
    assert _texts(names_to_unit_nouns(mentions, text)) == [("Friday", "DATE"), ("Ko Ta Lam", "GPE"),
                                                           ("Velna Ostra", "GPE")]
    person = "A shell hit Tomas Velk Ostra village."
    assert _texts(names_to_unit_nouns([_m(person, "Tomas Velk", "PERSON")], person)) == [("Tomas Velk", "PERSON")]


def test_feature_names_adds_a_river_or_lake_the_tagger_missed_or_cut() -> None:
    text = "The River Tamsor rose near Lake Orvell Hospital and Mount Kelvar on Sunday."
    mentions = [_m(text, "Tamsor", "GPE"), _m(text, "Lake Orvell Hospital", "ORG")]
    assert _texts(feature_names(mentions, text, "a1")) == [("Lake Orvell Hospital", "ORG"), ("Mount Kelvar", "LOC"),
                                                          ("River Tamsor", "LOC")]


def test_surname_after_a_name_the_tagger_ended_one_word_early(resources: Resources) -> None:
    text = ("The government bears the blame, Velmora's foreign minister Orvan Tessel Dahr wrote on Monday. "
            "Police stopped Marek Dolan Tuesday. They closed Ana Dresk Street. The fund of Ivo Lask Velmar Holdings "
            "grew.")
    doc = resources.nlp(text)
    mentions = [_m(text, "Orvan Tessel", "PERSON"), _m(text, "Marek Dolan", "PERSON"), _m(text, "Ana Dresk", "PERSON"),
                _m(text, "Ivo Lask", "PERSON")]
    got = _texts(repair.surname_after(mentions, doc))
    assert ("Orvan Tessel Dahr", "PERSON") in got
    # a weekday, an English word, the first of more capitalized words are no surname
    assert {("Marek Dolan", "PERSON"), ("Ana Dresk", "PERSON"), ("Ivo Lask", "PERSON")} <= set(got)


def test_given_names_again_a_given_name_alone_is_the_person(resources: Resources) -> None:
    text = ("Ivo Dresk's widow Yelvana vows to go on. Yelvana Dresk spoke on Monday. \"We will fight for Ivo,\" "
            "Yelvana said. Marek Olin and Marek Tarsen left; Marek stayed. Rose Velk and Rose met.")
    doc = resources.nlp(text)
    mentions = [_m(text, "Ivo Dresk", "PERSON"), _m(text, "Yelvana", "GPE"), _m(text, "Yelvana Dresk", "PERSON"),
                _m(text, "Marek Olin", "PERSON"), _m(text, "Marek Tarsen", "PERSON"), _m(text, "Rose Velk", "PERSON")]
    got = [(m.text, m.label) for m in repair.given_names_again(mentions, doc, "a1") if len(m.text.split()) == 1]
    # two people share "Marek"; "Rose" is an English word
    assert sorted(got) == [("Ivo", "PERSON"), ("Yelvana", "PERSON"), ("Yelvana", "PERSON")]


def test_given_names_again_leaves_a_company_a_person_shares(resources: Resources) -> None:
    text = "Tarvelli said on Friday it would expand. Tarvelli Cables and Tarvelli shares rose. Ivo Tarvelli agreed."
    doc = resources.nlp(text)
    mentions = [_m(text, "Tarvelli", "ORG"), _m(text, "Tarvelli Cables", "PERSON"), _m(text, "Tarvelli", "ORG", 2),
                _m(text, "Ivo Tarvelli", "PERSON")]
    got = sorted((m.text, m.label) for m in repair.given_names_again(mentions, doc, "a1"))
    assert ("Tarvelli", "PERSON") not in got


def test_merge_particle_names_portuguese_do_joins_only_after_a_person() -> None:
    text = "Senate President Ivo Vital do Sarno spoke. Let Velmorans do Business."
    parts = [_m(text, "Ivo Vital", "PERSON"), _m(text, "Sarno", "PERSON"), _m(text, "Velmorans", "NORP")]
    assert _texts(merge_particle_names(parts, text)) == [("Ivo Vital do Sarno", "PERSON"), ("Velmorans", "NORP")]


def test_split_person_owner_a_persons_possessive_leaves_the_body_they_lead() -> None:
    text = ("Ana Dresk was jailed. Ivo Lask, director of Dresk’s Civic Rights Foundation, spoke. "
            "Velmor's Tavern Group and Orlan's Party stayed quiet.")
    mentions = [_m(text, "Ana Dresk", "PERSON"), _m(text, "Ivo Lask", "PERSON"),
                _m(text, "Dresk’s Civic Rights Foundation", "ORG"), _m(text, "Velmor's Tavern Group", "ORG"),
                _m(text, "Orlan's Party", "ORG")]
    # only an owner the article names as a person elsewhere
    assert _texts(repair.split_person_owner(mentions, text)) == [
        ("Ana Dresk", "PERSON"), ("Civic Rights Foundation", "ORG"), ("Dresk", "PERSON"), ("Ivo Lask", "PERSON"),
        ("Orlan's Party", "ORG"), ("Velmor's Tavern Group", "ORG")]


def test_split_country_owner_a_countrys_possessive_leaves_the_name_it_owns() -> None:
    text = ("Shots were fired near Estonia’s Kelvask border post; Peru's Ana Dresk said so. "
            "The People's Velmor Army and St John's Wood stayed quiet.")
    mentions = [_m(text, "Estonia’s Kelvask", "GPE"), _m(text, "Peru's Ana Dresk", "PERSON"),
                _m(text, "People's Velmor Army", "ORG"), _m(text, "St John's Wood", "GPE")]
    assert _texts(split_country_owner(mentions, text)) == [
        ("Ana Dresk", "PERSON"), ("Estonia", "GPE"), ("Kelvask", "GPE"), ("People's Velmor Army", "ORG"),
        ("Peru", "GPE"), ("St John's Wood", "GPE")]


def test_places_owned_by_countries_a_missed_name_before_a_place_unit_noun() -> None:
    text = ("Drones hit a depot in Latvia’s Orvesk region and farms near Chile's Tambo Velde village. "
            "Norway's Monday meeting, Latvia's Velmor Bank branch and the Orlan's Dorvik region stayed as they were.")
    taken = [_m(text, "Velmor Bank", "ORG")]
    added = places_owned_by_countries(taken, text, "a1")
    assert _texts(added) == [("Orvesk", "GPE"), ("Tambo Velde", "GPE"), ("Velmor Bank", "ORG")]


def test_initials_before_a_person_the_tagger_began_after_them_join_the_name() -> None:
    text = "The rescue was slow. R K Dallin said so. Later R.K. Dallin spoke. The TV Dallin show aired."
    ms = [_m(text, "Dallin", "PERSON"), _m(text, "Dallin", "PERSON", 1), _m(text, "Dallin", "PERSON", 2)]
    out = repair.initials_before(ms, text)
    assert [m.text for m in out] == ["R K Dallin", "R.K. Dallin", "Dallin"]  # "TV" joined is no run of initials


def test_initials_before_a_name_the_tagger_began_at_its_second_initial_join_it() -> None:
    text = "The rescue was slow, Orvan police chief R K Dallin said. Senator K Dallin spoke."
    out = repair.initials_before([_m(text, "K Dallin", "ORG"), _m(text, "K Dallin", "PERSON", 1)], text)
    assert [m.text for m in out] == ["R K Dallin", "K Dallin"]  # a capitalized word before one initial: no run


def test_join_coordinated_bodies_one_body_of_two_fields() -> None:
    text = "at the request of Velmora Ports and Maritime Organisation when the ship passed"
    mentions = [_m(text, "Velmora Ports", "ORG"), _m(text, "Maritime Organisation", "ORG")]
    assert _texts(join_coordinated_bodies(mentions, text)) == [("Velmora Ports and Maritime Organisation", "ORG")]
    alone = [_m(text, "Velmora Ports", "ORG")]  # the second half untagged
    assert _texts(join_coordinated_bodies(alone, text)) == [("Velmora Ports and Maritime Organisation", "ORG")]


def test_join_coordinated_bodies_leaves_two_bodies_and_shared_unit_words() -> None:
    text = "the Velmora Water Authority and Orvan City Council met; Orlan and Tesk Agency"
    two = [_m(text, "Velmora Water Authority", "ORG"), _m(text, "Orvan City Council", "ORG")]
    assert _texts(join_coordinated_bodies(two, text)) == _texts(two)  # each has its own organization word
    places = [_m(text, "Orlan", "GPE"), _m(text, "Tesk Agency", "ORG")]
    assert _texts(join_coordinated_bodies(places, text)) == _texts(places)  # "Orlan and Tesk Agencies"


def test_names_before_roles_an_appositive_closed_after_its_role(resources: Resources) -> None:
    text = ("Shares fell.\n\nOrvo Kaben Tessel, a senior VNP leader, accused the government. Ana Dresk, the group's "
            "spokesman, said so. Tomas Kell, a deputy minister. Velmor Rally, a senior official said. Ilse Marn, "
            "a leader who won.")
    out = names_before_roles([], text, "a1", resources.nlp(text))
    assert _texts(out) == [("Ana Dresk", "PERSON"), ("Ilse Marn", "PERSON"), ("Orvo Kaben Tessel", "PERSON"),
                           ("Tomas Kell", "PERSON")]


def test_names_before_roles_a_person_the_tagger_cut_from_the_front_runs_on(resources: Resources) -> None:
    text = ("Shares fell.\n\nBabu Tarn Velk, the deputy regional director for the south, said so. It rained. "
            "Meanwhile Ana Dresk, the head of the club, said so.")
    mentions = [_m(text, "Tarn Velk", "PERSON"), _m(text, "Ana Dresk", "PERSON")]
    out = names_before_roles(mentions, text, "a1", resources.nlp(text))
    assert _texts(out) == [("Ana Dresk", "PERSON"), ("Babu Tarn Velk", "PERSON")]
    assert all(text[m.start:m.end] == m.text for m in out)


def test_merge_particle_names_a_compound_given_name_joined_by_or_is_a_person(resources: Resources) -> None:
    text = "Police chief Tarun-or-Vessid told reporters. Tarun-or-Vessid said seven were held. The do-or-die match."
    merged = merge_particle_names([], text, resources.nlp(text))
    assert _texts(merged) == [("Tarun-or-Vessid", "PERSON"), ("Tarun-or-Vessid", "PERSON")]
    assert all(text[m.start:m.end] == m.text for m in merged)


def test_numbered_group_names_a_number_opens_a_gangs_name() -> None:
    text = ("The leader of the 400 Velzo gang was held. He was 400 Velzo's leader. The group, named 400 Velzo, left. "
            "In 2021 Velzo Tarn spoke. Of 1,400 Ana Dresk fans, 12 Tomas Kell fans left.")
    mentions = [_m(text, "Velzo", "PERSON"), _m(text, "400 Velzo", "PERSON", 1), _m(text, "Velzo", "PERSON", 2),
                _m(text, "Velzo Tarn", "PERSON"), _m(text, "Ana Dresk", "PERSON"), _m(text, "Tomas Kell", "PERSON")]
    out = numbered_group_names(mentions, text)
    assert [(m.text, m.label) for m in out] == [("400 Velzo", "ORG"), ("400 Velzo", "ORG"), ("400 Velzo", "ORG"),
                                               ("Velzo Tarn", "PERSON"), ("Ana Dresk", "PERSON"),
                                               ("Tomas Kell", "PERSON")]
    assert all(text[m.start:m.end] == m.text for m in out)


def test_businesses_before_descriptions_a_name_an_appositive_classes_as_a_business() -> None:
    text = ("She said so.\n\nTarvomark, a clothes retailer with a large presence in Velmora, confirmed it. Ana Dresk, "
            "a company director, spoke. Monday, a bank holiday, passed. Ostra Velk Bank, the lender, agreed. "
            "Velmora, a country with a bank, paid.")
    out = businesses_before_descriptions([_m(text, "Ostra Velk Bank", "ORG")], text, "a1")
    assert _texts(out) == [("Ostra Velk Bank", "ORG"), ("Tarvomark", "ORG")]


def test_untagged_places_a_name_before_an_administrative_units_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighting raged in the country's eastern Tarvetsk province. Tarvetsk and neighbouring Olvansk province "
            "lie east. The Northern region and the Ana Dresk district stayed calm. Velkovo fans cheered. Velmish "
            "county sides played.")
    doc = nlp(text)
    taken = [_m(text, "Olvansk", "GPE"), _m(text, "Ana Dresk", "PERSON")]
    tarvetsk = [(t.text, t.pos_) for t in doc if t.text == "Tarvetsk"]
    assert tarvetsk == [("Tarvetsk", "PROPN"), ("Tarvetsk", "PROPN")]  # the premise: the tagger left it a name
    untagged = [(m.text, m.label) for m in untagged_places(taken, doc, "a1") if m not in taken]
    assert untagged == [("Tarvetsk", "GPE"), ("Tarvetsk", "GPE")]


def test_join_cut_names_a_body_cut_at_its_linking_word_and_a_german_fuer() -> None:
    text = ("The State Guard Service of Velmora said so. The Bundesamt für Tarnschutz agreed. The Velmor Rally of "
            "Ana Dresk. Ana Dresk of Velmora spoke.")
    mentions = [_m(text, "The State Guard Service of", "ORG"), _m(text, "Velmora", "GPE"),
                _m(text, "Bundesamt", "PERSON"), _m(text, "Tarnschutz", "PERSON"), _m(text, "Velmor Rally", "ORG"),
                _m(text, "Ana Dresk", "PERSON"), _m(text, "Ana Dresk", "PERSON", 1), _m(text, "Velmora", "GPE", 1)]
    out = join_cut_names(mentions, text)
    assert [(m.text, m.label) for m in out] == [
        ("The State Guard Service of Velmora", "ORG"), ("Bundesamt für Tarnschutz", "ORG"), ("Velmor Rally", "ORG"),
        ("Ana Dresk", "PERSON"), ("Ana Dresk", "PERSON"), ("Velmora", "GPE")]
    assert all(text[m.start:m.end] == m.text for m in out)


def test_titles_before_reads_an_office_with_its_field_before_the_name() -> None:
    text = ("State Minister for Information and Broadcasting Orvan Delis said on Thursday that police were "
            "not allowed to fire. Minister Ana Kell agreed.")
    start = text.index("Orvan Delis")
    kell = text.index("Ana Kell")
    mentions = [Mention("a1", start, start + 11, "Orvan Delis", "PERSON"),
                Mention("a1", kell, kell + 8, "Ana Kell", "PERSON")]
    found = repair.titles_before(mentions, text)
    assert [(t["title"], t["start"]) for t in found] == [
        ("State Minister for Information and Broadcasting", start), ("Minister", kell)]


def test_regnal_numbers_take_a_monarchs_numeral_into_the_name(resources: Resources,
                                                              make_article: Callable[..., Article]) -> None:
    text = ("Velmora’s King Tomas VI ordered the army to help. Queen Ilse II’s aides met. Dorwick V Ostrava "
            "ended 2-1, and I left.")
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    names = {m.text for m in analysis.mentions if m.kind == "name"}
    assert {"Tomas VI", "Ilse II"} <= names and "Tomas" not in names
    # a match's "V" between two sides and the pronoun "I" are no numerals
    assert not any(n.endswith((" V", " I")) for n in names)


def test_names_before_roles_a_described_name_the_tagger_read_as_a_body_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("\"We must keep digging,\" said Orlan Fesque, founder of Rescuers Without Frontiers, who had a team "
            "there.\n\nThe employees were identified as Tarun Vesh Malanta, senior section engineer; Omid Varo "
            "Kesh, signal technician.")
    analysis = analyzer_with(resources, "baseline", "names").analyze(make_article(text))
    labels = {m.text: m.label for m in analysis.mentions if m.kind == "name"}
    assert labels["Orlan Fesque"] == "PERSON"
    assert labels["Tarun Vesh Malanta"] == "PERSON"  # a list's appositive, no article, closed by a semicolon
    assert labels["Rescuers Without Frontiers"] == "ORG"


def test_split_titles_takes_the_title_off_a_full_name_the_tagger_read_as_a_body() -> None:
    text = "The Supreme Prosecutor Tarvo Lendrik spoke, and so did the Supreme Court Velmora Branch."
    out = split_titles([_m(text, "Supreme Prosecutor Tarvo Lendrik", "ORG"),
                        _m(text, "Supreme Court Velmora Branch", "ORG")], text)
    assert _texts(out) == [("Supreme Court Velmora Branch", "ORG"), ("Tarvo Lendrik", "PERSON")]
