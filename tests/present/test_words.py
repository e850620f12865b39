"""Words for codes: dates at their granularity, counts, qualifiers, types, verbs and sources as a reader reads them."""

from __future__ import annotations

import pytest

from storyline.model import Quantity
from storyline.present.words import (
    LowerCaseWords,
    aliases_line,
    between_words,
    claim_verb,
    content_words,
    count,
    date_words,
    entity_type_words,
    event_type_words,
    family_words,
    fragment,
    interval_words,
    lane_words,
    modality_words,
    moment_words,
    outlet_words,
    plural_subject,
    plural_verb,
    quantity_words,
    when_words,
)


@pytest.mark.parametrize(("value", "words"), [
    ("2031-03-04", "4 March 2031"),
    ("2031-03", "March 2031"),
    ("2031", "2031"),
    ("2030-FA", "autumn 2030"),
    ("2030-SU", "summer 2030"),
    ("2030-WI", "winter 2030–31"),
    ("2031-W10", "week of 3 March 2031"),
    ("2031-W10-WE", "weekend of 8–9 March 2031"),
    ("2031-Q1", "first quarter of 2031"),
    ("2031-H2", "second half of 2031"),
    ("199", "the 1990s"),
    ("199X", "the 1990s"),
    ("20", "the 21st century"),
    ("2031-03-04T10:30", "4 March 2031, 10:30"),
    ("2031-03-04TNI", "4 March 2031, night"),
    ("XXXX-03-04", "4 March (year not stated)"),
    ("PRESENT_REF", "now"),
    ("PAST_REF", "in the past"),
    ("P3Y", "3 years"),
    ("P1W", "1 week"),
    ("PT2H", "2 hours"),
    (None, "date not stated"),
    ("", "date not stated"),
    ("2031-13", "date not stated"),
    ("nonsense", "date not stated"),
])
def test_date_words_reads_every_granularity(value: str | None, words: str) -> None:
    assert date_words(value) == words


def test_when_words_says_when_a_date_was_only_the_report() -> None:
    assert when_words("2031-03-04", "clause") == "4 March 2031"
    assert when_words("2031-03-05", "dct") == "date not stated (reported 5 March 2031)"
    assert when_words(None, None, "2031-03") == "date not stated (reported March 2031)"
    assert when_words(None) == "date not stated"


def test_unstated_words() -> None:
    from storyline.present.words import unstated_words

    assert unstated_words("2023-01-30") == "date not stated (on or before 30 January 2023)"
    assert unstated_words(None, "2023-02") == "date not stated (reported February 2023)"
    assert unstated_words(None) == "date not stated"
    # a part of the day reads in the sentence, not in parentheses within parentheses
    assert unstated_words("2023-01-30TAF") == "date not stated (on or before 30 January 2023, afternoon)"


def test_interval_words() -> None:
    assert interval_words("2031-03-04", "2031-03-14") == "4–14 March 2031"
    assert interval_words("2031-02-27", "2031-03-02") == "27 February – 2 March 2031"
    assert interval_words("2030-12-30", "2031-01-02") == "30 December 2030 – 2 January 2031"
    assert interval_words("2031-03-04", "2031-03-04") == "4 March 2031"


def test_count_pluralizes() -> None:
    assert count(1, "article") == "1 article"
    assert count(2, "article") == "2 articles"
    assert count(0, "independent source") == "0 independent sources"
    assert count(3, "person") == "3 people"
    assert count(2, "story") == "2 stories"
    assert count(1000, "article") == "1,000 articles" and count(2722, "name") == "2,722 names"  # as news copy writes
    assert count(2, "match") == "2 matches"


@pytest.mark.parametrize(("q", "words"), [
    (Quantity(100, None, "more than 100", "more than"), "more than 100"),
    (Quantity(100, None, "over 100", "over"), "over 100"),
    (Quantity(12, None, "at least 12", "at least"), "at least 12"),
    (Quantity(None, 50, "nearly 50", "nearly"), "nearly 50"),
    (Quantity(40, 40, "about 40", "about"), "about 40"),
    (Quantity(10, 12, "10 to 12"), "10 to 12"),
    (Quantity(10, 12, "between 10 and 12", "between"), "10 to 12"),
    (Quantity(12, None, "dozens", "dozens"), "dozens"),
    (Quantity(14, 14, "14"), "14"),
    (Quantity(12, None, "12 or more"), "at least 12"),
    (Quantity(None, 5, "up to 5"), "up to 5"),
    ({"min": 84, "max": 84, "qualifier": None}, "84"),
])
def test_quantity_words_keep_the_qualifier(q: object, words: str) -> None:
    assert quantity_words(q) == words


def test_types_in_words() -> None:
    assert event_type_words("ASSAULT", "suicide_bombing") == "suicide bombing"
    assert event_type_words("THREATEN", None) == "threat"
    assert event_type_words("REQUEST", None) == "request"
    assert event_type_words("RETREAT", "suspension") == "suspension"  # talks suspended: no withdrawal
    assert event_type_words("RETREAT", "resignation") == "resignation"
    assert event_type_words("NEW_KIND", None) == "new kind"  # unknown codes are still words
    assert entity_type_words("GPE") == "place"
    assert entity_type_words("NORP") == "group"
    assert entity_type_words("ORG") == "organization"
    assert modality_words("hypothetical") == "possible"
    assert modality_words("planned") == "sought"  # "demanded his resignation", "plans to visit" are planned
    assert lane_words("ASSAULT") == "Attacks and violence"


def test_claim_verbs_carry_polarity() -> None:
    assert claim_verb("denial", "deny", "denied") == "denies"
    assert claim_verb("denial", "deny", "rejected", tense="past") == "rejected"
    assert claim_verb("statement", "assert", "agreed", tense="past") == "agreed"  # "agreed to mediate"
    assert claim_verb("denial", "deny", "refused", tense="past") == "refused"
    # "called the accusations baseless": the complement denies, the cue describes
    assert claim_verb("denial", "deny", "called") == "calls"
    assert claim_verb("denial", "deny", "described", tense="past") == "described"
    assert claim_verb("statement", "deny", "told") == "denies"  # a denial whatever its cue
    assert claim_verb("responsibility", "assert", "claimed") == "claims responsibility for"
    assert claim_verb("allegation", "assert", "accused") == "accuses"
    assert claim_verb("statement", "assert", "said", tense="past") == "said"
    assert claim_verb(None, "assert", None) == "says"


def test_plural_subjects_and_verbs() -> None:
    assert plural_subject("Police") and plural_subject("officials") and plural_subject("Diplomats in Lesk")
    assert plural_subject("Valdoran newspapers")
    assert not plural_subject("Reuters") and not plural_subject("The prime minister's office")
    assert not plural_subject("United Nations")
    assert plural_verb("says") == "say" and plural_verb("denies") == "deny"
    assert plural_verb("claims responsibility for") == "claim responsibility for"
    assert plural_verb("dismisses") == "dismiss" and plural_verb("accuses") == "accuse"


def test_content_words() -> None:
    assert content_words("The death toll stands at 14") == "the death toll stands at 14"
    assert content_words("Twenty-four passengers were aboard the bus") == "twenty-four passengers were aboard the bus"
    assert content_words('it was "a way out') == "it was a way out"  # a quotation cut in half loses its marks
    quote = 'We never did," he said. "Never.'
    assert content_words(quote, direct_quote=True) == "“We never did …”"
    assert content_words("Of those who were killed, at least 14 were fishermen") == \
        "of those who were killed, at least 14 were fishermen"
    assert content_words("In Lima, the talks went on") == "in Lima, the talks went on"
    assert content_words("I will stay") == "I will stay" and content_words("Peru will stay") == "Peru will stay"
    assert content_words("LIMA - The bodies of two fishermen were recovered") == \
        "the bodies of two fishermen were recovered"  # a dateline the span swallowed
    assert content_words("SAN TARVO - Nine people have been arrested") == "nine people have been arrested"
    assert content_words("US - China talks went on") == "US - China talks went on"  # two names, no dateline
    assert content_words("&\\tThe survey index dropped to 51.9 pct") == "the survey index dropped to 51.9 pct"  # debris
    assert fragment("SARN: At least 12 people were killed and")
    assert not fragment("the talks could continue")
    assert fragment("a statement") and fragment("a statement from the armed group")  # a speech act named only
    assert not fragment("the statement from the ministry was false")
    assert fragment("an account") and fragment("an account by the ferry's skipper")  # "cited an account by …"
    assert not fragment("the report on the dam had been ignored for years")


def test_aliases_line_skips_the_name_and_puts_the_acronym_first() -> None:
    assert aliases_line("Harakat Tahrir-e Karvosh", ["Harakat Tahrir-e Karvosh", "Harakat-e-Tahrir", "HTK"]) == [
        "HTK", "Harakat-e-Tahrir"]
    assert aliases_line("Lucia Brannock", ["lucia brannock", "Ms Brannock"]) == ["Ms Brannock"]


def test_outlets_and_families_in_words() -> None:
    assert outlet_words("  The Orvani Herald ") == "The Orvani Herald"
    assert outlet_words(None, "https://www.example.org/x") == "example.org"
    assert outlet_words(None) == "unknown outlet"
    assert family_words(["Valdoran News Agency", "The Meridian Times"], "VNA") == (
        "VNA wire story: Valdoran News Agency and The Meridian Times")
    assert "family:" not in family_words(["A", "B", "C"])


def test_between_words_reads_mixed_granularities() -> None:
    assert between_words("2031-03-04", "2031-03-26") == "4–26 March 2031"
    assert between_words("2031-03", "2031-03-26") == "March 2031"  # a day of that month
    assert between_words("2031-03", "2031-04-02") == "March 2031 to 2 April 2031"
    assert between_words(None, "2031-04-02") == "date not stated"


def test_moment_words_reads_a_timestamp_to_the_minute_in_utc() -> None:
    assert moment_words("2031-03-04T21:07:55+00:00") == "4 March 2031, 21:07 UTC"
    assert moment_words("2031-03-05T01:30:00+02:00") == "4 March 2031, 23:30 UTC"
    assert moment_words("not a time") == "not a time"


def test_content_words_lowers_a_common_noun_the_story_writes_lower_case() -> None:
    lower = LowerCaseWords(["Residents queued for clean water.", "Water was scarce. Hope Carrow said she would stay."])
    assert content_words("Water was scarce", lower=lower) == "water was scarce"
    assert content_words("Hope Carrow would stay", lower=lower) == "Hope Carrow would stay"  # a name's first word
    assert content_words("Carrow would stay", lower=lower) == "Carrow would stay"  # never written lower-case
    assert content_words("Water was scarce") == "Water was scarce"  # no story given: left as written


def test_every_sub_type_the_extractor_makes_has_words() -> None:
    # "rescue" is RETREAT/release: a reader must read "release", not the type's "withdrawal"; the kinds the frames
    # and senses make (a restriction, an easing, a summons) as well as the ontology's triggers
    from storyline.analyze.events import frames, mentions, ontology, senses, statements
    from storyline.present.words import SUBTYPE_WORDS, event_type_words

    kinds = {k for v in vars(ontology).values() if isinstance(v, dict)
             for k in v.values() if isinstance(k, ontology.EventKind)}
    kinds |= {v for module in (frames, mentions, senses, statements) for v in vars(module).values()
              if isinstance(v, ontology.EventKind)}
    missing = sorted({k.subtype for k in kinds if k.subtype and k.subtype not in SUBTYPE_WORDS})
    assert not missing, missing
    assert event_type_words("RETREAT", "release") == "release"


def test_accident_words_name_the_kind_the_triggers_tell() -> None:
    from storyline.present.words import accident_words

    assert accident_words(["bridge collapse", "collapsed", "Tarvin bridge collapse", "accident"]) == "bridge collapse"
    assert accident_words(["stampede", "stampede", "crush"]) == "stampede"
    assert accident_words(["capsized", "the ferry"]) == "capsizing"
    assert accident_words(["accident", "mishap"]) is None  # no kind told: the sub-type's words stay


def test_a_capitalized_plural_the_story_writes_lower_case_is_plural() -> None:
    """"Traders say …": the word opened the sentence; the story writes "traders" elsewhere, so it is a common
    plural, not a name such as "Reuters" (which no text writes lower-case)."""
    from storyline.present.words import LowerCaseWords, plural_subject

    lower = LowerCaseWords(["The market traders met the mayor.", "Reuters reported it first."])
    assert plural_subject("Traders", lower) and not plural_subject("Traders")
    assert not plural_subject("Reuters", lower)


def test_a_pages_date_stamp_is_no_words_of_a_claim() -> None:
    # a stored page opens with its date stamp ("date 2031-03-04"), which a claim's span swallows
    assert content_words(" date 2031-03-04 Police in Sarn opened fire on the crowd") == \
        "Police in Sarn opened fire on the crowd"
    assert content_words("Date: 2031-03-04 13:05 The bridge reopened") == "the bridge reopened"
    # negative: a year or a date in words opening the words is what was said
    assert content_words("2031 will be a hard year") == "2031 will be a hard year"
    assert content_words("4 March was the worst day") == "4 March was the worst day"


def test_midnight_at_the_end_of_a_day_is_told_in_words() -> None:
    assert date_words("2031-03-04T24:00") == "4 March 2031, midnight"
    assert date_words("2031-03-04T13:00") == "4 March 2031, 13:00"


def test_role_words_name_every_role_the_analysis_writes() -> None:
    from storyline.present.words import role_words

    assert role_words("place?") == "place"
    assert role_words("setting") == "place (where its paragraph is set)"  # a place its sentence does not give
    assert role_words(None) == "participant"
