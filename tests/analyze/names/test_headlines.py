"""Headline and kicker fragments: cut or dropped inside headline lines, names in the body untouched."""

from __future__ import annotations

from storyline.analyze.names.headlines import drop_headline_fragments, headline_lines
from storyline.model import Mention


def _m(text: str, sub: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention("a1", start, start + len(sub), sub, label)


def _texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return sorted((m.text, m.label) for m in mentions)


BODY = "The Dravosh Front said on Monday that it had no part in the attack on Velmora, a city of the north."


def test_headline_lines_finds_title_case_and_skips_sentences_and_tables() -> None:
    text = ("Dravosh Front Tells Velmora to Look Inward\n" + BODY + "\n"
            "5. Arlo Venn ( Ostravia ) 12.92\nKarel Dunmore, Arlo Venn")
    spans = headline_lines(text)
    assert [text[s:e] for s, e in spans] == ["Dravosh Front Tells Velmora to Look Inward"]


def test_drop_headline_fragments_cuts_group_before_reporting_verb() -> None:
    text = "Dravosh Front Tells Velmora to Look Inward\n" + BODY
    mentions = [_m(text, "Dravosh Front Tells", "PERSON"), _m(text, "Dravosh Front", "ORG", 1)]
    out = drop_headline_fragments(mentions, text)
    assert ("Dravosh Front", "ORG") in _texts(out)
    assert not any("Tells" in m.text for m in out)


def test_drop_headline_fragments_keeps_the_body_name_of_a_place() -> None:
    text = "Velmora Blast Leaves 40 Dead in the North\n" + BODY
    out = drop_headline_fragments([_m(text, "Velmora Blast", "GPE"), _m(text, "Velmora", "GPE", 1)], text)
    assert _texts(out) == [("Velmora", "GPE"), ("Velmora", "GPE")]


def test_drop_headline_fragments_drops_headline_only_person_made_of_a_verb() -> None:
    text = "Blast Leaves 47 Ostravians Killed in Velmora\n" + BODY
    out = drop_headline_fragments([_m(text, "Ostravians Killed", "PERSON")], text)
    assert out == []


def test_drop_headline_fragments_keeps_names_in_sentences_and_real_headline_names() -> None:
    text = "Karel Dunmore Says Talks Will Resume in Velmora\nKarel Dunmore said the talks tells nothing.\n" + BODY
    mentions = [_m(text, "Karel Dunmore", "PERSON"), _m(text, "Karel Dunmore", "PERSON", 1)]
    assert _texts(drop_headline_fragments(mentions, text)) == _texts(mentions)


def test_drop_headline_fragments_drops_kicker_words() -> None:
    text = "BREAKING: Dravosh Front denies the attack.\n" + BODY
    out = drop_headline_fragments([_m(text, "BREAKING", "ORG"), _m(text, "Dravosh Front", "ORG")], text)
    assert _texts(out) == [("Dravosh Front", "ORG")]


def test_drop_headline_fragments_leaves_out_words_the_body_never_capitalizes() -> None:
    text = ("Minister Vesk Out of Danger as Driver Remanded in Custody\n"
            "Orlan Vesk is out of danger, doctors said. Vesk was hit on Monday; a driver was held in custody.")
    mentions = [_m(text, "Vesk Out", "PERSON"), _m(text, "Driver", "ORG"), _m(text, "Custody", "GPE"),
                _m(text, "Orlan Vesk", "PERSON"), _m(text, "Vesk", "PERSON", 2)]
    out = drop_headline_fragments(mentions, text)
    assert _texts(out) == [("Driver", "PERSON"), ("Orlan Vesk", "PERSON"), ("Vesk", "PERSON"), ("Vesk", "PERSON")]
    assert next(m for m in out if m.text == "Driver").kind == "nominal"  # a person noun: the body's "a driver"


def test_a_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    text = ("Gunmen stormed a school in Tolvar. The gunmen fled. Kidnappings for ransom are common. "
            "Many kidnapping cases end well. Orvanis gathered; the orvanis are a people here? No. Vesks said so.")
    mentions = [_m(text, "Gunmen", "GPE"), _m(text, "Kidnappings", "PERSON"), _m(text, "Tolvar", "GPE"),
                _m(text, "Vesks", "PERSON")]
    out = {(m.text, m.kind) for m in drop_headline_fragments(mentions, text)}
    assert out == {("Gunmen", "nominal"), ("Tolvar", "name"), ("Vesks", "name")}


def test_a_title_that_capitalizes_its_small_words_is_a_headline() -> None:
    text = ("Driver Charged In Fatal Crash Near Doral\nSet As Host For The Velmor Awards\n"
            "A driver was charged on Monday. Ilse Marn Of Doral\n")
    spans = headline_lines(text)
    assert [text[s:e] for s, e in spans] == ["Driver Charged In Fatal Crash Near Doral",
                                            "Set As Host For The Velmor Awards"]


def test_a_singular_person_noun_opening_a_line_is_no_name() -> None:
    text = ("Climber dead after fall on Mount Tarvik\nA climber from Doral died on Sunday. "
            "Baker said the climber fell at night. Ilse Baker is a baker.\nDriver held. Arlo Driver and a driver.")
    mentions = [_m(text, "Climber", "PERSON"), _m(text, "Baker", "PERSON"), _m(text, "Driver", "PERSON")]
    out = {(m.text, m.kind, m.label) for m in drop_headline_fragments(mentions, text)}
    # "Baker" and "Driver" are also written inside a sentence with their capital: a name each time
    assert out == {("Climber", "nominal", "PERSON"), ("Baker", "name", "PERSON"), ("Driver", "name", "PERSON")}
