"""Claims lines: accusations before their denials, a denial only of what it can deny, speakers a reader can trust."""

from __future__ import annotations

from dataclasses import replace

from storyline.model import Article, Claim, ClaimLink
from storyline.present.said import Links, claims_item, denies, pick, usable

ARTICLES = {"a1": Article("a1", "x", outlet="Valdora Today", published="2031-03-10")}
NAMES = {"ent:b": "Lucia Brannock", "ent:e": "Estmark", "ent:sarn": "Sarn"}
TYPES = {"ent:b": "PERSON", "ent:e": "GPE", "ent:sarn": "GPE"}


def _claim(id: str, content: str, speaker: str | None, stance: str = "statement", polarity: str = "assert",
           speaker_text: str = "x", cue: str = "said") -> Claim:
    return Claim(id, "a1", 0, 10, speaker, speaker_text, cue, content, polarity=polarity, stance=stance,  # type: ignore[arg-type]
                 speaker_type="named")


def test_an_accusation_comes_before_its_denial() -> None:
    acc = _claim("c1", "Estmark of sheltering the bombers", "ent:b", "allegation", cue="accused")
    den = _claim("c2", "the accusation", "ent:e", "denial", "deny", cue="denied")
    links = Links.of([acc, den], [ClaimLink("denies", "c2", "c1")])
    chosen = pick([den, acc], NAMES, links, TYPES)
    assert [c.id for c in chosen] == ["c1", "c2"]
    item = claims_item(chosen, NAMES, ARTICLES, links)
    assert item is not None
    assert item.text == "Lucia Brannock accused Estmark of sheltering the bombers; Estmark denied the accusation."


def test_denying_the_accusation_needs_an_accusation() -> None:
    said = _claim("c1", "she would meet Estmarki officials soon", "ent:b")
    den = _claim("c2", "the accusation", "ent:e", "denial", "deny", cue="denied")
    assert not denies(den, said)
    assert denies(_claim("c3", "that it shelters any armed group", "ent:e", "denial", "deny"), said)


def test_a_persons_pronoun_resolved_to_a_place_does_not_speak() -> None:
    wrong = _claim("c1", "our fighters do not target markets", "ent:sarn", speaker_text="he")
    assert not usable(wrong, NAMES, TYPES)
    assert usable(_claim("c2", "the talks could resume", "ent:e", speaker_text="Estmark"), NAMES, TYPES)


def test_a_clause_after_a_semicolon_goes_on_in_lower_case_and_an_office_speaks_for_its_head() -> None:
    first = _claim("c1", "the border was closed", "ent:b")
    second = _claim("c2", "technical teams would meet in April", None, speaker_text="The two", cue="agreed")
    office = _claim("c3", "Brannock had accepted the resignation", "ent:b", speaker_text="The minister's office")
    item = claims_item([first, second, office], NAMES, ARTICLES, Links.of([], []))
    assert item is not None
    assert item.text == ("Lucia Brannock said the border was closed; the two agreed technical teams would meet in "
                         "April; the minister's office said Brannock had accepted the resignation.")


def test_a_speaker_owned_by_a_pronoun_nobody_resolved_does_not_speak() -> None:
    advisers = _claim("c1", "the visit might be the last act of the mediation", None, speaker_text="Her advisers",
                      cue="warned")
    assert not usable(advisers, NAMES, TYPES)
    assert usable(_claim("c2", "the visit might be the last", None, speaker_text="The advisers", cue="warned"),
                  NAMES, TYPES)
    assert usable(_claim("c3", "the visit might be the last", "ent:b", speaker_text="Her adviser", cue="warned"),
                  NAMES, TYPES)  # resolved: the reader is told who


def test_a_clause_after_a_semicolon_opens_in_lower_case_unless_a_name() -> None:
    from storyline.present.said import mid_sentence
    from storyline.present.words import LowerCaseWords

    lower = LowerCaseWords(["The officials said so, and police agreed."])
    assert mid_sentence("Nobody claimed responsibility for it") == "nobody claimed responsibility for it"
    assert mid_sentence("Officials said the road was closed", lower) == "officials said the road was closed"
    assert mid_sentence("Police Chief Mara Lisk said so", lower) == "Police Chief Mara Lisk said so"
    assert mid_sentence("Mara Lisk said so", lower) == "Mara Lisk said so"


def test_one_articles_words_read_as_two_claims_are_quoted_once() -> None:
    """"Dr Orsen said the institute estimated that 300 had died": the nested reading (the institute said …)
    covers the same words, so the claims line quotes them once."""
    outer = replace(_claim("c1", "the institute estimated that about 300 people may have died", "ent:b"),
                    content_start=20, content_end=80)
    inner = replace(_claim("c2", "about 300 people may have died", None, speaker_text="the institute",
                           cue="estimated"), content_start=50, content_end=80)
    other = replace(_claim("c3", "the border crossings stayed open", "ent:e"), content_start=120, content_end=150)
    chosen = pick([outer, inner, other], NAMES, Links.of([], []), TYPES)
    assert [c.id for c in chosen] == ["c1", "c3"]
    elsewhere = replace(inner, id="c4", article="a2")  # the same words in another article are another report
    assert [c.id for c in pick([outer, elsewhere], NAMES, Links.of([], []), TYPES)] == ["c1", "c4"]
