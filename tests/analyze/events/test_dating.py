"""When an event mention happened and whether it is told as background, through the real events component."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from storyline.analyze.events.dating import is_background
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.model import Article, EventMention
from tests.conftest import analyzer_with

Mentions = Callable[..., list[EventMention]]


@pytest.fixture(scope="module")
def mentions(resources: Resources, make_article: Callable[..., Article]) -> Mentions:
    an: Analyzer = analyzer_with(resources, "baseline", "names", "coref", "time", "events")

    def run(text: str, published: str | None = "2031-05-07") -> list[EventMention]:
        return list(an.analyze(make_article(text, published=published)).events)

    return run


def _one(found: list[EventMention], trigger: str) -> EventMention:
    hits = [m for m in found if m.text == trigger]
    assert hits, f"{trigger!r} not among {[m.text for m in found]}"
    return hits[0]


# 2031-05-07 is a Wednesday


def test_dating_own_clause_date_is_stated(mentions: Mentions) -> None:
    m = _one(mentions("A bomb exploded at the bus station in Kereth on Monday."), "exploded")
    assert m.time is not None and m.time.value == "2031-05-05" and m.time.basis == "stated"


def test_dating_possessive_date_is_the_event_own(mentions: Mentions) -> None:
    m = _one(mentions("Police blamed the rebels for Monday's bombing in Kereth."), "bombing")
    assert m.time is not None and m.time.value == "2031-05-05" and m.time.basis == "stated"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the day of what the act is about or aimed at is not the act's: it is dated by its report
    ("Judge Tarvo Lesk has agreed to add the former president to the probe for last Sunday's events in Kereth.",
     "agreed", "2031-05-07"),
    ("Police arrested 20 people over Monday's chaos in Kereth.", "arrested", "2031-05-07"),
    # the day of what it happened in is its own
    ("Two officers were killed in Monday's violence in Kereth.", "killed", "2031-05-05"),
])
def test_dating_a_possessive_date_of_what_the_act_is_about_is_not_its_own(mentions: Mentions, text: str,
                                                                          trigger: str, day: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value == day


def test_dating_a_clock_time_takes_the_day_its_clause_names(mentions: Mentions) -> None:
    # a clock time before "on May 5" is the time of that day, not of the report's; nor is that day a page stamp
    found = mentions("Lesk died at 2:17pm (09:17 GMT) on May 5, according to the notice given to his mother, "
                     "his spokesman wrote on Wednesday.")
    m = _one(found, "died")
    assert m.time is not None and m.time.value == "2031-05-05"


def test_dating_an_occasion_s_name_gives_way_to_the_day_its_clause_names(mentions: Mentions) -> None:
    # "Christmas festivities" say which crowds, "on Monday night" when
    found = mentions("At least 40 people died after a crowd crush during Christmas festivities in the old town of "
                     "Kereth on Monday night, officials said.", published="2031-12-23")
    m = _one(found, "crowd crush")
    assert m.time is not None and m.time.value.startswith("2031-12-22")


def test_dating_undated_event_is_dated_by_its_report(mentions: Mentions) -> None:
    m = _one(mentions("Rebels attacked an army base near Kereth, killing four soldiers."), "attacked")
    assert m.time is not None and m.time.value == "2031-05-07"
    assert (m.time.basis, m.time.mod) == ("reported", "ON_OR_BEFORE")


def test_dating_report_date_of_a_toll_is_no_event_date(mentions: Mentions) -> None:
    # "rose to 15 on Tuesday" dates the toll, not the bombing: the bombing is on or before Tuesday
    m = _one(mentions("The death toll from the bombing in Kereth rose to 15 on Tuesday."), "bombing")
    assert m.time is not None and m.time.value == "2031-05-06" and m.time.basis == "reported"
    assert m.time.mod == "ON_OR_BEFORE"


def test_dating_closing_attribution_keeps_the_reported_date(mentions: Mentions) -> None:
    text = "Twelve people were killed when a bomb exploded in the market of Kereth on Tuesday, officials said."
    m = _one(mentions(text), "exploded")
    assert m.time is not None and m.time.value == "2031-05-06" and m.time.basis == "stated"


def test_dating_counted_from_another_event(mentions: Mentions) -> None:
    m = _one(mentions("The minister resigned on Friday, three days after a bombing killed 12 people in Kereth.",
                      published="2031-05-10"), "bombing")
    assert m.time is not None and m.time.value == "2031-05-06" and m.background  # Friday 9 May minus three days


def test_dating_future_event_gets_no_report_date(mentions: Mentions) -> None:
    m = _one(mentions("The foreign minister will visit Kereth next month."), "visit")
    assert m.time is None or m.time.basis != "reported"


def test_dating_an_ordered_act_is_not_dated_by_the_order(mentions: Mentions) -> None:
    # the Friday is the order's; the arrest is still to come and must not bound a later arrest by that day
    m = _one(mentions("On Friday, the premier ordered the arrest of Tomas Varek."), "arrest")
    assert m.modality == "planned" and m.time is None
    # an incident ordered keeps the clause's day ("ordered the attack" tells who did it)
    m = _one(mentions("On Friday, the colonel ordered the attack on the village of Kereth."), "attack")
    assert m.time is not None and m.time.value == "2031-05-02"


@pytest.mark.parametrize("text", [
    "Relations soured after the rebels seized the town of Kereth.",
    "The army has held the valley since the rebels seized Kereth.",
    "Troops have patrolled the valley since the takeover of Kereth.",
    "The envoy had visited Kereth to meet the elders.",
    "Previously, a suicide bomber blew himself up in a mosque in Kereth.",
    "Earlier last week, a suicide bomber blew himself up in a mosque in Kereth.",
    "The minister said the rebels had attacked a base in Kereth.",
    "Police said he had stabbed three people in Kereth.",  # a third party's deed, not the speaker's own
    "Villagers have fled the valley since the army started shelling Kereth.",  # the mark on the verb it completes
])
def test_dating_background_is_never_dated_by_the_report(mentions: Mentions, text: str) -> None:
    found = [m for m in mentions(text) if m.type in ("TAKEOVER", "CONSULT", "ASSAULT", "RETREAT")]
    assert found and all(m.background for m in found), [(m.text, m.background) for m in found]
    assert all(m.time is None or m.time.source != "dct" for m in found)


@pytest.mark.parametrize("text", [
    "The rebels seized the town of Kereth on Monday.",
    "A suicide bomber blew himself up in a mosque in Kereth.",
    "A spokesman said 610 people had been killed in Kereth.",  # backshifted "have been killed": the toll told now
    "Earlier today, the rebels seized the town of Kereth.",  # an earlier hour of the day's news
    "Earlier in the day, a suicide bomber blew himself up in a mosque in Kereth.",
    "Troops shelled the hills over three days of fighting.",  # "over" a span of time: the acts happened in it
    "Police arrested two men over the bombing in Kereth.",  # an arrest's "over" names the offence, not a reprisal's
])
def test_dating_news_is_not_background(mentions: Mentions, text: str) -> None:
    found = [m for m in mentions(text) if m.type in ("TAKEOVER", "ASSAULT")]
    assert found and not any(m.background for m in found)


@pytest.mark.parametrize(("text", "news", "older"), [
    ("A drone strike killed the planner of the bombing in Kereth.", "drone strike", "bombing"),  # says who was hit
    ("The army carried out raids following the attack on the Kereth market.", "raids", "attack"),  # a verb
    ("The army launched raids to retaliate against the group for its attack on Kereth.", "raids", "attack"),
    ("After officials said the rebels struck a base, the army shelled the hills.", "shelled", "struck"),  # on "said"
    # "over" names what the act answers: the cause a headline gives
    ("The army launched air strikes on Tolm over the drone attack on its base.", "air strikes", "drone attack"),
    ("Police raided the offices of the group over the bombing of a depot in Kereth.", "raided", "bombing"),
])
def test_dating_the_act_a_sentence_names_to_tell_another_is_older(mentions: Mentions, text: str, news: str,
                                                                   older: str) -> None:
    found = mentions(text)
    assert not _one(found, news).background and _one(found, older).background


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hostages were held at the Velmor Hotel amid an attack by gunmen.", "attack"),  # under way
    ("Lenk told journalists after an urgent meeting of the cabinet in Kereth that the army would respond.",
     "meeting"),  # speech
    ("Following the attack, the minister said the army would respond.", "attack"),
    ("The cabinet held urgent talks after a shell hit a school in Dorvic.", "hit"),  # a meeting answers it
    ("The siege of the Kereth depot ended after police raided the building.", "raided"),  # how it ended
    ("The siege of the Kereth depot is over after police raided the building.", "raided"),  # "be over": ended
    ("Forty hostages were freed after troops stormed the Palm Hotel.", "stormed"),  # how the captives got free
    ("Dozens of guests were taken hostage after gunmen stormed the Palm Hotel.", "stormed"),  # the captives' cause
    ("Dozens held hostage at Kereth bank after attack", "attack"),  # (a headline)
])
def test_dating_what_a_reaction_answers_is_news(mentions: Mentions, text: str, trigger: str) -> None:
    found = _one(mentions(text), trigger)
    assert not found.background
    assert found.time is not None and found.time.basis == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lenk said two weeks after the attack that the army would respond.", "attack"),  # a gap counted
    ("The army struck back after the attack on the base.", "attack"),  # a deed, not a reaction in words
    # the report of a deed: the phrase may be the deed's ("reached ... following talks")
    ("Lenk reached a port town in Dorvic on Friday to tour a shipyard, officials reported, following talks with "
     "Berg in Kereth.", "talks"),
])
def test_dating_what_a_deed_or_a_counted_gap_follows_stays_older(mentions: Mentions, text: str,
                                                                  trigger: str) -> None:
    assert _one(mentions(text), trigger).background


def test_dating_another_incident_is_distinct(mentions: Mentions) -> None:
    found = mentions("Gunmen attacked a police post in Kereth. In a separate attack, a bomb exploded in Dovra.")
    assert _one(found, "attack").distinct and not _one(found, "attacked").distinct
    assert _one(mentions("A second attack hit a mosque in Dovra."), "attack").distinct
    assert not _one(mentions("This is his fourth visit to Kereth."), "visit").distinct  # the one being told


def test_dating_places_one_act_spreads_over_set_no_other_act_apart(mentions: Mentions) -> None:
    found = mentions("Gunmen opened fire in six different locations in central Kereth on Monday.")
    assert not _one(found, "opened").distinct
    found = mentions("Witnesses said the blasts may have gone off at different exits of the plant.")
    assert not _one(found, "blasts").distinct
    found = mentions("In a separate attack, gunmen opened fire on a bus in Dovra.")
    assert _one(found, "opened").distinct  # (the rule the places leave out still holds)


def test_dating_determiner_of_noun_triggers(mentions: Mentions) -> None:
    found = mentions("The attack was condemned. Sunday's blast killed two. A bombing followed.")
    assert _one(found, "attack").determiner == "the"
    assert _one(found, "blast").determiner == "poss"
    assert _one(found, "bombing").determiner == "a"


def test_dating_a_second_blast_of_one_attack_is_not_another_incident(mentions: Mentions) -> None:
    found = mentions("The first bomb exploded at noon, and a second blast went off 20 minutes later.")
    assert not _one(found, "blast").distinct
    assert _one(mentions("Hours later, a second attack hit a mosque in Nairobi."), "attack").distinct


def test_dating_a_clock_time_without_a_day_binds_nothing(mentions: Mentions) -> None:
    m = _one(mentions("The first explosion occurred around 3 pm near the mosque."), "explosion")
    assert m.time is None or m.time.source != "clause"


@pytest.mark.parametrize("text, trigger", [
    ("A court in Kereth ordered the four suspects held in pre-trial detention until May 22.", "detention"),
    ("The government told Valdora to withdraw 30 diplomats by 12 November.", "withdraw"),
])
def test_dating_a_deadline_is_not_the_event_date(mentions: Mentions, text: str, trigger: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is None or m.time.value != {"detention": "2031-05-22", "withdraw": "2031-10-10"}[trigger]


def test_dating_a_compared_incident_does_not_date_this_one(mentions: Mentions) -> None:
    m = _one(mentions("The assault, reminiscent of the 2004 school siege, has sparked renewed discussions in "
                      "Kereth."), "assault")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.basis == "reported"


def test_dating_another_incident_clause_does_not_date_this_one(mentions: Mentions) -> None:
    found = mentions("Hours after Valdora expelled senior diplomat Pavan Rai over allegations that agents of "
                     "the government were behind the killing of a community leader in June this year, Kereth "
                     "too has expelled a senior diplomat.")
    assert _one(found, "killing").time.value == "2031-06"  # type: ignore[union-attr]
    assert all(m.time is None or m.time.value != "2031-06" for m in found if m.text == "expelled")


def test_dating_a_byline_stamp_is_not_the_event_date(mentions: Mentions) -> None:
    m = _one(mentions("Rebels killed 12 soldiers  by The Kereth Times news desk May 6, 2031 4:26 PM  The attack "
                      "happened at dawn."), "killed")
    assert m.time is not None and m.time.basis == "reported" and m.time.value == "2031-05-07"


def test_dating_a_heading_dated_with_the_page_day_binds_nothing(mentions: Mentions) -> None:
    found = mentions("May 7 Kereth concert hall attack\n\nThe attack on Friday killed 40 people.")
    heading = _one(found, "hall attack").time  # a line of its own: no clause of the attack's
    assert heading is None or heading.source != "clause"
    # negative: the same date in a sentence that tells the attack binds it
    assert _one(mentions("The May 7 attack in Kereth killed 40."), "attack").time.source == "clause"  # type: ignore


def test_dating_a_date_on_another_line_is_not_the_event_date(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.analyze.events.dating import foreign
    from storyline.model import Timex

    for text, want in (("the Dovask concert hall attack\n\nMarch 25 Dovask concert", True),
                       ("the Dovask concert hall attack on March 25", False)):  # negative: the same line
        doc = nlp(text)
        start = text.index("March 25")
        when = Timex(article="t", start=start, end=start + 8, text="March 25", type="DATE", value="2031-03-25")
        attack = next(t for t in doc if t.text == "attack")
        assert foreign(doc, when, attack) is want


def test_dating_counted_from_an_event_named_in_a_clause(mentions: Mentions) -> None:
    m = _one(mentions("The envoy resigned on Friday, a day after the council suspended the talks.",
                      published="2031-05-10"), "suspended")
    assert m.time is not None and m.time.value == "2031-05-08"  # Friday 9 May minus a day


def test_dating_present_state_is_on_or_before_its_day(mentions: Mentions) -> None:
    m = _one(mentions("Today the talks are suspended and the border is closed."), "suspended")
    assert m.time is not None and m.time.basis == "reported" and m.time.mod == "ON_OR_BEFORE"


def test_dating_loose_date_goes_to_the_nearer_event(mentions: Mentions) -> None:
    found = mentions("Police have arrested a man they suspect of organising the bombing of the Kereth market two "
                     "weeks ago, the police chief said on Monday.")
    arrest = _one(found, "arrested")
    assert arrest.time is None or not (arrest.time.value or "").startswith("2031-W1")


def test_dating_date_of_an_event_a_conjoined_clause_follows(mentions: Mentions) -> None:
    text = ("The raid follows the market bombing in Kereth on 4 May, and comes a day after the premier appointed a "
            "new envoy, Ilse Borg.")
    m = _one(mentions(text), "appointed")
    assert m.time is None or m.time.value != "2031-05-04"


def test_dating_talks_opened_take_their_date(mentions: Mentions) -> None:
    m = _one(mentions("The envoy has led the delegation since the talks opened in Lesk in the autumn of 2030."),
             "talks")
    assert m.time is not None and m.time.value == "2030-FA"


def test_dating_another_clause_date_bounds_nothing(mentions: Mentions) -> None:
    text = ("Its leader is a former commander of the Kestrel Front, which says he was expelled last year and which "
            "denied on Sunday any part in the attack.")
    m = _one(mentions(text), "attack")
    assert m.time is None or not (m.time.value or "").startswith("2030")


def test_event_time_a_date_describing_a_noun_bounds_no_event(mentions: Mentions) -> None:
    raid = _one(mentions("The envoy is a 1997-batch police officer who led the raid on the farm."), "raid")
    assert raid.time is None or raid.time.value != "1997"


def test_dating_a_dateline_opening_the_body_under_a_headline_is_no_event_date(mentions: Mentions) -> None:
    # the dateline is the report's day; the expulsion it opens is on or before it, not on it
    text = ("Norland recalls envoy\n\nMay 8, 2031\n\nLesk, May 6 (EPS): Relations with Estmark are on the brink "
            "of collapse as the Norland government expelled a top Estmarki diplomat.")
    m = _one(mentions(text, published="2031-05-08"), "expelled")
    assert m.time is None or m.time.basis != "stated"
    # negative: the same date told in the sentence, not as its dateline, dates the expulsion
    m = _one(mentions("Lesk, on May 6, the Norland government expelled a top Estmarki diplomat.",
                      published="2031-05-08"), "expelled")
    assert m.time is not None and m.time.basis == "stated" and m.time.value == "2031-05-06"


def test_dating_people_described_by_an_arrest_at_another_events_time_is_background(mentions: Mentions) -> None:
    recalled = _one(mentions("Two men arrested on the day of the bombing remain in custody."), "arrested")
    assert recalled.background
    told = _one(mentions("Police arrested two men on the day of the bombing."), "arrested")
    assert not told.background


def test_dating_an_event_that_happened_in_another_takes_its_date(mentions: Mentions) -> None:
    # "killed in the attack on Friday night": the killing is the attack's, on its day (2031-05-02)
    m = _one(mentions("Two people were killed in the attack on Friday night, police said."), "killed")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-02", "stated")
    m = _one(mentions("Two people were killed in Friday's attack in Sarn."), "killed")
    assert m.time is not None and m.time.value == "2031-05-02"
    # negative: the date of another event the verb did not happen in stays that event's
    m = _one(mentions("Police arrested two men over Friday's attack."), "arrested")
    assert m.time is None or m.time.basis == "reported"


def test_dating_the_verb_that_tells_a_noun_event_is_not_another_event(mentions: Mentions) -> None:
    m = _one(mentions("A bomb exploded early on Monday in the market of Sarn."), "bomb")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-05", "stated")


def test_dating_a_headline_the_parser_joined_does_not_take_the_sentence_date(mentions: Mentions) -> None:
    text = ("Norland police arrest suspect after deadly attack at market\n"
            "Norland police on Saturday arrested the suspect behind a knife rampage that left three people dead.")
    m = _one(mentions(text), "arrested")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-03", "stated")


def test_dating_counted_from_the_event_it_follows(mentions: Mentions) -> None:
    # the arrest 24 hours after Friday's attack is on Saturday; the retaking two days after Sunday on Tuesday
    m = _one(mentions("Police arrested the suspect some 24 hours after the attack on Friday."), "arrested")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-03", "stated")
    m = _one(mentions("The army retook the town two days after rebels seized it on Sunday."), "retook")
    assert m.time is not None and m.time.value == "2031-05-06"
    # hours without a count are the same day; a count of hours is whole days ("some 24 hours": one day)
    m = _one(mentions("The minister spoke on Saturday, some 24 hours after the attack that killed three."), "attack")
    assert m.time is not None and m.time.value == "2031-05-02"
    # negative: without a count, "after" bounds the event but gives no day
    m = _one(mentions("Police arrested the suspect after the attack on Friday."), "arrested")
    assert m.time is None or m.time.basis == "reported"


def test_dating_an_anniversary_day_is_not_the_event_day(mentions: Mentions) -> None:
    # 2031-04-15 is a Tuesday: the ceremony's day, not the bombing's, nor "on or before" it
    m = _one(mentions("Survivors came together Tuesday to mark the anniversary of the Sarn bombing.",
                      published="2031-04-15"), "Sarn bombing")
    assert m.time is None
    m = _one(mentions("Sarn marked the anniversary of the market bombing, which killed 12 people, on Tuesday with a "
                      "memorial service.", published="2031-04-15"), "market bombing")
    assert m.time is None
    # the event's own date in its phrase stays
    m = _one(mentions("Sarn marked the anniversary of the April 15, 2030 bombing on Tuesday.",
                      published="2031-04-15"), "bombing")
    assert m.time is not None and m.time.value == "2030-04-15"


def test_dating_a_when_clause_is_the_same_time(mentions: Mentions) -> None:
    m = _one(mentions("Twelve people were killed when a bomb exploded in the market on Tuesday."), "killed")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-06", "stated")
    m = _one(mentions("Twelve people were killed when a bomb exploded in the market on Tuesday."), "bomb")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-06", "stated")
    # negative: an "after" clause is no same time
    m = _one(mentions("Twelve people were killed after a bomb exploded in the market on Tuesday."), "killed")
    assert m.time is None or m.time.basis == "reported"


def test_dating_what_follows_a_since_phrase_is_the_older_event(mentions: Mentions) -> None:
    # the parser hangs "nearly 15 years ago" and "outside Lesk" on the sentence's verb and the crash; they tell
    # the older disaster the "since" phrase names
    m = _one(mentions("It was the first crash of a large passenger jet on Valdoran soil since the Merro disaster "
                      "just outside Lesk nearly 15 years ago."), "crash")
    assert m.time is None or m.time.value == "2031-05-07"
    assert m.location is None
    # negative: a date before the "since" phrase stays the event's
    m = _one(mentions("A bomb exploded in Sarn on Tuesday, the deadliest attack since 2027."), "exploded")
    assert m.time is not None and m.time.value == "2031-05-06" and m.location is not None


def test_dating_a_date_after_through_is_an_end_not_the_day(mentions: Mentions) -> None:
    m = _one(mentions("President Varn has ordered that all flags be flown at half-staff through Saturday out of "
                      "respect for victims of the Sarn attack."), "Sarn attack")
    assert m.time is None or m.time.value == "2031-05-07"  # (not a Saturday)


def test_dating_what_a_disaster_does_tells_its_day(mentions: Mentions) -> None:
    m = _one(mentions("A major fire engulfed a factory in Sarn early on Sunday."), "fire")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-04", "stated")
    # negative: a verb of reporting on it does not ("the fire was reported on Sunday")
    m = _one(mentions("Officials reported the fire in Sarn on Sunday."), "fire")
    assert m.time is None or m.time.basis == "reported"


def test_dating_a_when_clause_takes_the_date_of_its_clause(mentions: Mentions) -> None:
    # the reverse of the test above: the bus plunged at the time the people were killed
    m = _one(mentions("Three people were killed on Tuesday when a bus plunged into a ravine near Sarn."), "plunged")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-06", "stated")
    # negative: a reporting verb's date is the report's, not the when-clause's
    m = _one(mentions("Police said on Monday that a bomb exploded in Sarn when the market opened."), "exploded")
    assert m.time is None or m.time.basis == "reported"


def test_dating_the_act_a_toll_follows_takes_the_date_of_the_toll(mentions: Mentions) -> None:
    # "On May 2, 14 people were killed and 50 wounded after a bomber attacked a court": the attack is the cause
    # of the toll, of its day; it took the report's day, and fusion kept the attack apart from its deaths
    m = _one(mentions("On May 2, at least 14 people were killed and more than 50 wounded after a suicide bomber "
                      "attacked a court in Vessa."), "attacked")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-02", "stated")
    # negative: a gap in time makes it an older act ("two days after a bomber attacked")
    m = _one(mentions("Fourteen people were killed on Monday, two days after a bomber attacked a court in Vessa."),
             "attacked")
    assert m.time is None or m.time.value != "2031-05-05"


def test_dating_a_date_closing_two_conjoined_acts_is_both_acts(mentions: Mentions) -> None:
    # "those forces had killed 13 of its members and arrested several others in 2029": the killing of 2029 took
    # the report's day and passed for the news attack's toll
    m = _one(mentions("It said those forces had killed 13 of its members and arrested several others in 2029."),
             "killed")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2029", "stated")
    # negative: a conjunct with a date of its own, or with a subject of its own, keeps the date to itself
    m = _one(mentions("Police killed two suspects and on Tuesday arrested five others."), "killed")
    assert m.time is None or m.time.value != "2031-05-06"
    m = _one(mentions("Police killed two suspects and troops arrested five others on Tuesday."), "killed")
    assert m.time is None or m.time.value != "2031-05-06"


def test_dating_a_count_of_months_tells_the_month(mentions: Mentions) -> None:
    # 2031-05-02 is the Friday before the report; six months earlier is November 2030, not a day of it
    m = _one(mentions("Marines caught Orvani on Friday, six months after he escaped from a prison in Sarn."),
             "escaped")
    assert m.time is not None and (m.time.value, m.time.granularity, m.time.basis) == ("2030-11", "month", "stated")
    m = _one(mentions("The hostages were freed two years after their abduction in March 2029."), "freed")
    assert m.time is not None and m.time.value == "2031-03"
    # negative: without a count "after" gives no month
    m = _one(mentions("Marines caught Orvani on Friday, after he escaped from a prison in Sarn."), "escaped")
    assert m.time is None or m.time.basis == "reported"


def test_dating_a_date_before_another_event_noun_is_that_events(mentions: Mentions) -> None:
    text = ("The blasts occurred four days after the arrest in Sarn of a suspected participant in November attacks "
            "in Tolvar that killed 130 people.")
    found = mentions(text)
    arrest = _one(found, "arrest").time
    assert arrest is None or arrest.value != "2030-11"
    m = _one(found, "attacks")
    assert m.time is not None and m.time.value == "2030-11"
    # negative: a date opening the sentence does not modify the noun after it
    m = _one(mentions("On Tuesday the bombs exploded in the market of Sarn."), "exploded")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-06", "stated")


@pytest.mark.parametrize(("text", "value"), [
    ("A bomb exploded in Sarn in March, on March 3.", "2031-03-03"),  # the day inside the month, both the clause's
    ("A bomb exploded in Sarn on March 3, 2030 and in April.", "2030-03-03"),  # negative: April is no refinement
])
def test_dating_the_narrower_date_of_the_clause_wins(mentions: Mentions, text: str, value: str) -> None:
    time = _one(mentions(text), "exploded").time
    assert time is not None and time.value == value


def test_dating_counted_back_from_an_undated_event_told_as_news(mentions: Mentions) -> None:
    # the blasts are news (on or before the report's day, 2031-05-07): the arrest four days before is on or before
    # 2031-05-03
    text = "The blasts at the airport occurred four days after the arrest of a suspect in Sarn."
    time = _one(mentions(text), "arrest").time
    assert time is not None and (time.value, time.basis, time.mod) == ("2031-05-03", "reported", "ON_OR_BEFORE")
    # negatives: no count, a bound or a rough count ("less than two weeks", "some four days": the bombing may lie
    # anywhere within them), or an event still to come, gives no such bound
    assert _one(mentions("The minister resigned after the bombing in Sarn."), "bombing").time is None
    assert _one(mentions("The attack came less than two weeks after the bombing in Sarn."), "bombing").time is None
    assert _one(mentions("The attack came some four days after the bombing in Sarn."), "bombing").time is None
    assert _one(mentions("Rebels will attack three days after the bombing in Sarn."), "bombing").time is None


def test_dating_a_motive_s_date_is_not_the_event_s(mentions: Mentions) -> None:
    # "retribution for the 2029 push into Vesk": the push's year, not the attack's
    m = _one(mentions("The Orvani Front said the attack was retribution for the army's 2029 push into Vesk.",
                      published="2031-05-07"), "attack")
    assert m.time is None or m.time.value != "2029", m.time
    # an event named inside the motive phrase is older (background)
    m = _one(mentions("Gunmen stormed a hotel in Sarn on Monday in revenge for the killing of a cleric.",
                      published="2031-05-07"), "killing")
    assert m.background
    # negative: the attack's own date in the same sentence stays
    m = _one(mentions("Gunmen stormed a hotel in Sarn on Monday in revenge for the killing of a cleric.",
                      published="2031-05-07"), "stormed")
    assert m.time is not None and m.time.value == "2031-05-05"


def test_dating_after_that_gives_the_cause_of_a_toll_is_no_background(mentions: Mentions) -> None:
    found = mentions("Twelve people were killed after a bomb exploded at a market in Sarn.")
    assert not _one(found, "bomb").background and not _one(found, "exploded").background
    found = mentions("At least 25 people were killed and over 50 sustained injuries after a blast ripped through "
                     "the Tolvar railway station on Saturday.")
    assert not _one(found, "blast").background
    assert not _one(mentions("Twelve people died following the blast at the market in Sarn."), "blast").background


def test_dating_after_with_a_gap_in_time_stays_background(mentions: Mentions) -> None:
    found = mentions("Two men were killed in Sarn on Monday, two days after a blast killed 20 in Tolvar.")
    assert _one(found, "blast").background


def test_dating_a_clause_set_after_a_frame_verb_takes_not_its_date(mentions: Mentions) -> None:
    # "came" lends its date to a purpose ("arrived on Monday to visit"), not to what its "after" sets before it
    found = mentions("Monday's raid on the Tarvo barracks came a week after gunmen killed nine villagers in Sarn.")
    m = _one(found, "killed")
    assert m.time is not None and m.time.value == "2031-04-28", m.time
    m = _one(mentions("Monday's raid on the Tarvo barracks came after gunmen killed nine villagers in Sarn."), "killed")
    assert m.time is None or m.time.value != "2031-05-05", m.time


def test_dating_a_claims_date_bounds_the_claimed_incident(mentions: Mentions) -> None:
    m = _one(mentions("The group last week claimed responsibility for a siege of a hotel in Sarn that killed "
                      "nine people."), "siege")
    assert m.time is not None and m.time.value == "2031-W18" and m.time.mod == "ON_OR_BEFORE"


def test_dating_an_act_done_by_way_of_another_takes_its_day(mentions: Mentions) -> None:
    found = _one(mentions("The navy retaliated on Monday by launching raids on militia camps in Kereth."), "raids")
    assert found.time is not None and (found.time.value, found.time.basis) == ("2031-05-05", "stated")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police imposed a curfew in Kereth on Monday.", "imposed"),  # the imposing is the act (frames.py)
    ("Velmora imposed sanctions on Dorvia on Monday.", "sanctions"),  # one package of measures, not a habit
])
def test_dating_a_measure_is_dated_by_the_verb_that_imposes_it(mentions: Mentions, text: str, trigger: str) -> None:
    found = _one(mentions(text), trigger)
    assert found.time is not None and (found.time.value, found.time.basis) == ("2031-05-05", "stated")
    assert found.modality == "asserted"


def test_dating_a_rough_count_of_weeks_gives_no_day(mentions: Mentions) -> None:
    # five days or six: the older act is on or before the news day, not on the day a week before it
    text = ("Nearly a week after a rocket attack wounded four guards at a depot in Dorvic, police made arrests on "
            "Sunday.")
    attack = _one(mentions(text), "rocket attack")
    assert attack.background and (attack.time is None or attack.time.basis == "reported")
    exact = _one(mentions(text.replace("Nearly a week", "A week")), "rocket attack")
    assert exact.time is not None and exact.time.basis == "stated"  # an exact count still gives the day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the parser hangs the "when" clause on the noun before the date ("the fourth raid since last Sunday when ...")
    ("It was the fourth raid since last Sunday when gunmen attacked a school in Kereth.", "attacked", "2031-05-04"),
    ("The clash was the worst since last Friday, when militiamen ambushed a convoy near Lesk.", "ambushed",
     "2031-05-02"),
    # an "as" clause of a toll happened at the time the toll's "when" clause gives
    ("This is the second blast since last Sunday when 40 people were killed as two bombers struck a church in "
     "Kereth.", "struck", "2031-05-04"),
])
def test_dating_a_when_clause_after_a_date_happened_then(mentions: Mentions, text: str, trigger: str,
                                                         day: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and (m.time.value, m.time.basis) == (day, "stated")


def test_dating_a_cause_told_with_as_keeps_its_own_report_date(mentions: Mentions) -> None:
    # "as" gives the time of the clause it hangs on only when that clause is dated
    m = _one(mentions("Five people were wounded as gunmen opened fire on a bus near Kereth, police said."),
             "opened")
    assert m.time is not None and m.time.basis == "reported"


@pytest.mark.parametrize("text, trigger", [
    ("Quito on Tuesday announced it was withdrawing its ambassador from Lima.", "withdrawing"),
    ("The ministry declared on Tuesday that police had arrested two men.", "arrested"),
    ("On Tuesday the government announced that it had expelled six diplomats.", "expelled"),
])
def test_dating_an_announcement_bounds_what_it_tells(mentions: Mentions, text: str, trigger: str) -> None:
    m = _one(mentions(text, published="2031-05-07"), trigger)  # a Wednesday: the act is of Tuesday or before
    assert m.time is not None and (m.time.value, m.time.basis, m.time.mod) == ("2031-05-06", "reported",
                                                                              "ON_OR_BEFORE")


def test_dating_a_clause_telling_who_carried_the_act_out_dates_it(mentions: Mentions) -> None:
    # the act is the object of the clause's carry-out verb: the clause's date is the act's own
    text = "The navy shelled the port in retaliation for an air raid Dorvia launched last weekend."
    m = _one(mentions(text), "air raid")
    assert m.time is not None and m.time.value == "2031-W18-WE" and m.time.basis == "stated"
    m = _one(mentions("Mourners recalled the attack that rebels mounted on the convoy in March."), "attack")
    assert m.time is not None and m.time.value == "2031-03" and m.time.basis == "stated"


def test_dating_a_clause_about_something_else_on_the_noun_does_not_date_it(mentions: Mentions) -> None:
    # banning a protest and linking a bombing to a group are other acts, on their own days
    m = _one(mentions("The protest the mayor banned on Monday drew thousands of people."), "protest")
    assert m.time is None or m.time.basis != "stated"
    m = _one(mentions("The bombing that investigators linked to the group on Monday killed nine people."), "bombing")
    assert m.time is None or m.time.basis != "stated"


@pytest.mark.parametrize("text,trigger,value", [
    ("The talks are scheduled for Thursday in Arn, the ministry said.", "talks", "2031-05-08"),
    ("The summit planned for next month in Lenz was called off.", "summit", "2031-06"),
])
def test_dating_a_scheduled_event_takes_the_day_it_is_set_for(mentions: Mentions, text: str, trigger: str,
                                                             value: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value == value and m.time.basis == "stated"


def test_dating_a_holiday_that_names_the_occasion_is_evidence_not_its_day(mentions: Mentions) -> None:
    # "the Thanksgiving crush": the occasion's name (its crowds fill the days around it), a date of the sentence only
    crush = _one(mentions("The Thanksgiving crush in Kereth killed 40 people.", published="2031-11-30"),
                 "Thanksgiving crush")
    assert crush.time is not None and crush.time.value == "2031-11-27" and crush.time.source == "sentence"
    event = _one(mentions("A crowd crush at a Thanksgiving event in Kereth killed 40 people.", published="2031-11-30"),
                 "crowd crush")
    assert event.time is not None and event.time.source == "sentence"
    # a name that says its day, or one told as a time, is that day
    told = _one(mentions("A bomb exploded in Kereth on Halloween.", published="2031-11-02"), "exploded")
    assert told.time is not None and told.time.value == "2031-10-31" and told.time.source == "clause"
    day = _one(mentions("The Christmas Day bombing in Kereth killed 12 people.", published="2031-12-27"),
               "Day bombing")
    assert day.time is not None and day.time.value == "2031-12-25" and day.time.source == "clause"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen invaded the school last Thursday morning after the assembly and abducted the pupils.", "abducted"),
    ("Armed men, on Thursday, May 1, invaded the school in Kereth, kidnapping dozens of pupils.", "kidnapping"),
])
def test_dating_an_act_told_after_a_dated_one_under_its_subject_takes_its_day(mentions: Mentions, text: str,
                                                                              trigger: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value == "2031-05-01" and m.time.basis == "stated"


def test_dating_a_conjunct_with_its_own_subject_or_auxiliary_keeps_no_day_of_the_first(mentions: Mentions) -> None:
    m = _one(mentions("The army shelled Kereth on Monday and will attack the port again."), "attack")
    assert m.time is None or m.time.value != "2031-05-05"
    m = _one(mentions("Rebels stormed Kereth on Monday and police said twelve people were killed."), "killed")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.basis == "reported"


def test_dating_an_event_named_inside_an_argument_of_a_dated_clause_takes_not_its_date(mentions: Mentions) -> None:
    # the funerals are on Friday (ahead: "will be held"); the blasts their victims died in are not
    found = mentions("Officials have called for marches on Friday, when the funerals of the victims of the twin "
                     "blasts in Kereth will be held.")
    funerals, blasts = _one(found, "funerals"), _one(found, "blasts")
    assert funerals.time is not None and funerals.time.value == "2031-05-09"
    assert blasts.time is None or blasts.time.basis == "reported"


def test_dating_a_date_naming_the_event_after_after_is_its_own(mentions: Mentions) -> None:
    m = _one(mentions("Police have received 140 reports of missing people after last week's attack in Kereth."),
             "attack")
    assert m.time is not None and m.time.value == "2031-W18" and m.time.basis == "stated"


def test_dating_a_count_back_hung_on_after_by_the_parser_is_no_lower_bound(mentions: Mentions) -> None:
    m = _one(mentions("Almost day after day three years ago, 31 people were killed in a suicide attack on the same "
                      "square in Kereth."), "suicide attack")
    assert m.time is not None and m.time.value == "2028" and m.time.basis == "stated"


def test_dating_the_act_a_victim_was_killed_in_takes_the_killing_s_date(mentions: Mentions) -> None:
    m = _one(mentions("The general was assassinated four years ago in a drone attack near Kereth."), "drone attack")
    assert m.time is not None and m.time.value == "2027" and m.time.basis == "stated"


def test_dating_a_relative_clause_in_a_dated_phrase_takes_the_phrase_s_date(mentions: Mentions) -> None:
    m = _one(mentions("Dorvia has answered an April 2 rampage by gunmen who killed 40 villagers by sending troops."),
             "killed")
    assert m.time is not None and m.time.value == "2031-04-02" and m.time.basis == "stated"
    # an act of another kind than the phrase's is on or before its day, not on it
    m = _one(mentions("Police announced Monday's arrest of a man who stabbed two guards in Kereth."), "stabbed")
    assert m.time is not None and m.time.value == "2031-05-05" and m.time.mod == "ON_OR_BEFORE"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Today, Wednesday, May 7, makes it two weeks since the pupils were abducted in Kereth.", "abducted",
     "2031-04-23"),
    ("It has been a year since the attack on the Kereth market.", "attack", "2030-05"),
])
def test_dating_a_time_counted_since_the_event_dates_it(mentions: Mentions, text: str, trigger: str,
                                                         value: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value == value and m.time.basis == "stated"


def test_dating_a_count_after_an_event_runs_from_the_day_of_the_announcement(mentions: Mentions) -> None:
    m = _one(mentions("The premier announced on Tuesday the army had killed the group's leader, a week after a "
                      "bombing in Kereth killed 30 people."), "bombing")
    assert m.time is not None and m.time.value == "2031-04-29"


def test_dating_earlier_the_day_opening_a_sentence_is_the_day_s_news(mentions: Mentions) -> None:
    m = _one(mentions("Earlier the day in central Kereth, two suicide bombers blew themselves up in a market."), "blew")
    assert not m.background and m.time is not None and m.time.value == "2031-05-07"


def test_dating_a_clause_set_against_by_but_keeps_its_date_to_itself(mentions: Mentions) -> None:
    found = mentions("Officials announced the end of the siege hours after it began, but gunfire was heard again in "
                     "Kereth early on Monday.")
    announced = _one(found, "announced")
    assert announced.time is not None and announced.time.basis == "reported"


def test_dating_the_decision_a_deed_is_said_to_answer_keeps_its_date(mentions: Mentions) -> None:
    m = _one(mentions("The group said the attack in Kereth was a response to the government's 2029 decision to "
                      "close the border."), "attack")
    assert m.time is None or m.time.value != "2029"


def test_dating_the_day_an_episode_ended_bounds_it(mentions: Mentions) -> None:
    m = _one(mentions("After 19 hours of terror, the siege at a hotel in Kereth ended on Wednesday morning."), "siege")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.mod == "ON_OR_BEFORE"


def test_dating_a_relative_clause_under_a_date_the_parser_made_its_head_takes_the_phrase_s_date(
        mentions: Mentions) -> None:
    m = _one(mentions("The minister cited evidence of a link between foreign agents and the murder in March of Tarn "
                      "Vesh, 45, who was shot dead outside a temple in a Kereth suburb."), "shot")
    assert m.time is not None and m.time.value == "2031-03" and m.time.basis == "stated"


@pytest.mark.parametrize("text", [
    "The former mayor and two aides went on trial in Lesk on Tuesday charged with fraud.",
    "The two men appeared in court on Monday charged with the murder of a guard.",
    "Three men charged with the killing appeared before magistrates in Kereth on Monday.",
])
def test_dating_a_charge_carried_into_court_came_before(mentions: Mentions, text: str) -> None:
    assert _one(mentions(text), "charged").background


def test_dating_a_charge_brought_today_is_news(mentions: Mentions) -> None:
    assert not _one(mentions("Police charged three men with the killing on Monday."), "charged").background


def test_dating_date_of_an_including_phrase_is_the_part_s_not_the_count_s(mentions: Mentions) -> None:
    # "including 300 on Monday" dates the 300; the 2,000 are counted up to the report
    m = _one(mentions("Police in Dravia have arrested more than 2,000 people, including 300 on Monday, the "
                      "ministry said."), "arrested")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.basis == "reported"
    n = _one(mentions("Police arrested 30 people in Dravia on Monday, including two students."), "arrested")
    assert n.time is not None and n.time.value == "2031-05-05" and n.time.basis == "stated"


def test_dating_an_answer_to_an_act_dated_the_report_s_day_is_that_day(mentions: Mentions) -> None:
    # a claim or a condemnation comes on or after the act it answers and on or before its report
    m = _one(mentions("The Dark Front claimed responsibility for a rocket attack on Kereth airport on Wednesday, its "
                      "news agency said."), "responsibility")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-07", "stated")
    m = _one(mentions("The government condemned Wednesday's bombing in Tolm."), "condemned")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-07", "stated")
    # negative: an act dated days before the report leaves the answer on or before its report
    m = _one(mentions("The government condemned Monday's bombing in Tolm."), "condemned")
    assert m.time is not None and (m.time.value, m.time.basis) == ("2031-05-07", "reported")


def test_a_date_in_what_a_custody_lasts_until_is_no_date_of_the_act(mentions: Mentions) -> None:
    when = _one(mentions("Velk was remanded in custody until his February court date.", "2031-05-08"), "remanded").time
    assert when is None or not (when.value or "").endswith("-02")  # February is when the custody ends


def test_dating_a_date_closing_a_toll_s_subject_is_the_toll_s(mentions: Mentions) -> None:
    # "on Sunday" ends the subject of "rose", hung by the parser on "history": the toll's day; the collapse is on or
    # before it
    text = "The death toll in the worst building collapse in the history of Varnland on Sunday rose to nearly 400."
    m = _one(mentions(text, published="2031-05-11"), "building collapse")
    assert m.time is not None and m.time.value == "2031-05-11" and m.time.basis == "reported"
    # negative: the date of the subject's own head is the event's ("The bombing on Sunday killed five")
    m = _one(mentions("The bombing on Sunday killed five people in Kereth.", published="2031-05-11"), "bombing")
    assert m.time is not None and m.time.value == "2031-05-11" and m.time.basis == "stated"


def test_dating_an_act_of_law_is_dated_by_the_verb_that_does_it(mentions: Mentions) -> None:
    text = "Prosecutors filed new charges against Vorn in a superseding indictment last month."
    m = _one(mentions(text), "charges")
    assert m.time is not None and m.time.value == "2031-04" and m.time.basis == "stated"
    # negative: a topic of what a verb of law issues keeps no date of it
    m = _one(mentions("Officials issued a statement on Monday about the attack in Kereth."), "attack")
    assert m.time is not None and m.time.basis == "reported"


def test_dating_an_older_act_in_a_fronted_since_phrase_takes_no_date_past_its_comma(mentions: Mentions) -> None:
    # the parser hangs "rescuers, on Saturday," inside the phrase of the collapse; Saturday is the rescue's
    text = ("After the passage of 80 hours since the tragic collapse of the 8-storey Tarvin building that housed "
            "nearly 5,000 workers of five garment factories, rescuers, on Saturday, were able to rescue 26 people.")
    m = _one(mentions(text, published="2031-05-10"), "collapse")
    assert m.background and (m.time is None or m.time.value != "2031-05-10")
    # negative: a date inside the phrase is the older act's own
    m = _one(mentions("Since the attack on Sunday, police have arrested four men.", published="2031-05-10"), "attack")
    assert m.time is not None and m.time.value == "2031-05-04"


def test_dating_a_part_of_a_named_day_binds_as_the_day_does(mentions: Mentions) -> None:
    # "last night" names its day as "yesterday" does: the fire's own date, not a sentence's evidence
    text = "Parts of the rescue effort were suspended last night when a fire broke out in the wreckage."
    m = _one(mentions(text, published="2031-05-10"), "fire")
    assert m.time is not None and m.time.value.startswith("2031-05-09") and m.time.source == "clause"
    # negative: a bare clock time put on the report's day stays evidence only
    m = _one(mentions("Gunmen attacked the bank in Kereth at 3 pm.", published="2031-05-10"), "attacked")
    assert m.time is None or m.time.source != "clause"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the date closing a fronted "following"/"after" phrase is its object's, however the parser hangs it
    ("Following a 6.9-magnitude earthquake late Monday, Varnia has declared it has accepted aid offers from Lesk.",
     "declared", "2031-05-05"),
    ("Following the storm Sunday, the government declared a state of emergency in Kereth.", "declared",
     "2031-05-04"),
])
def test_dating_a_date_closing_a_fronted_after_phrase_is_not_the_clause_s(mentions: Mentions, text: str,
                                                                         trigger: str, day: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value != day and m.time.value == "2031-05-07" and m.time.basis == "reported"


def test_dating_a_date_closing_a_fronted_after_phrase_is_its_object_s(mentions: Mentions) -> None:
    found = mentions("Following a 6.9-magnitude earthquake late Monday, Varnia has declared it has accepted aid.")
    quake = next(m for m in found if "earthquake" in m.text)
    assert quake.time is not None and quake.time.value == "2031-05-05"


def test_dating_a_date_after_a_closed_fronted_phrase_is_the_clause_s(mentions: Mentions) -> None:
    # negative: past the comma that closes the "following" phrase, the date is the main clause's
    m = _one(mentions("Following the attack, on Monday police arrested three men in Kereth."), "arrested")
    assert m.time is not None and m.time.value == "2031-05-05"


@pytest.mark.parametrize("text", [
    "The protests were sparked by the ousting of the former president on December 7 in an impeachment vote.",
    "The ousting of the president on December 7 sparked protests across Kereth.",
])
def test_dating_the_date_of_a_cause_is_not_the_date_of_what_it_set_off(mentions: Mentions, text: str) -> None:
    m = _one(mentions(text), "protests")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.basis == "reported"


def test_dating_a_date_on_the_verb_of_causing_is_the_effect_s(mentions: Mentions) -> None:
    # negative: the date of the setting off itself is the day the protests began
    m = _one(mentions("On Monday the decree sparked protests across Kereth."), "protests")
    assert m.time is not None and m.time.value == "2031-05-05"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a speaker telling its own deed: "we have launched", shifted back under "said" (news, not an older act)
    ("On Tuesday, Varnia said that it had launched air strikes on rebel camps in Kereth province.", "air strikes",
     "2031-05-06"),
    ("Police said they had arrested two men in Kereth.", "arrested", "2031-05-07"),
    ("The army said it had shelled rebel positions near Kereth.", "shelled", "2031-05-07"),
])
def test_dating_a_speaker_own_deed_told_in_the_past_perfect_is_news(mentions: Mentions, text: str, trigger: str,
                                                                    day: str) -> None:
    m = _one(mentions(text), trigger)
    assert not m.background
    assert m.time is not None and m.time.value == day and m.time.mod == "ON_OR_BEFORE"


def test_dating_a_decision_is_not_dated_by_the_deed_it_plans(mentions: Mentions) -> None:
    # "on Tuesday" read as the coming Tuesday is the suspension's; the vote, told in the past, came on or before
    # the report
    m = _one(mentions("Lawmakers in Kereth voted to suspend the minister on Tuesday."), "voted")
    assert m.time is not None and m.time.value == "2031-05-07" and m.time.mod == "ON_OR_BEFORE"


def test_dating_a_result_told_by_its_figure_is_no_own_deed(nlp: Language) -> None:
    # "it had lost $5.9 billion": a result over a period told by its figure (a quarter's loss), no deed of the
    # report's day; "it had shelled" is the speaker's own act
    doc = nlp("The firm said it had lost $5.9 billion in the quarter.")
    assert is_background(next(t for t in doc if t.lower_ == "lost"))
    doc = nlp("The army said it had shelled rebel positions near Kereth.")
    assert not is_background(next(t for t in doc if t.lower_ == "shelled"))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The death toll from the quake that struck Kereth on Monday morning rose to 161.", "quake"),
    ("The toll from the earthquake that hit northern Kereth Monday rose to 161 on Wednesday.", "earthquake"),
])
def test_dating_a_noun_takes_the_date_of_its_relative_clause_telling_it_happen(
        mentions: Mentions, text: str, trigger: str) -> None:
    m = _one(mentions(text), trigger)
    assert m.time is not None and m.time.value == "2031-05-05" and m.time.basis == "stated"


def test_dating_an_operation_people_are_taken_in_has_the_taking_s_day(mentions: Mentions) -> None:
    # "arrested in a raid last Friday": the raid is what the arrest was made in, on its day (2031-05-02)
    raid = _one(mentions("He was arrested in a raid in Tarvin last Friday."), "raid")
    assert raid.time is not None and raid.time.value == "2031-05-02"
    search = _one(mentions("Weapons were found during a search of the house on Monday."), "search")
    assert search.time is not None and search.time.value == "2031-05-05"
    # negative: a deed named as the grounds of an arrest keeps its own day, not the arrest's
    shooting = _one(mentions("A man was arrested on Monday in the shooting of two officers."), "shooting")
    assert shooting.time is None or shooting.time.value != "2031-05-05"


def test_dating_a_when_clause_on_the_second_of_two_tolls_takes_the_first_ones_date(mentions: Mentions) -> None:
    # the "when" clause hung on the second toll ("a dozen injured") happened at the date of the whole toll
    m = _one(mentions("In March this year, 15 people were killed and more than a dozen injured when an illegal "
                      "fireworks depot exploded in the province of Varn."), "exploded")
    assert m.time is not None and m.time.value == "2031-03"
