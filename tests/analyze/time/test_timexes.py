"""The time component: one test per rule family, the missing-date policy, and best_time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import AnalysisState, Analyzer
from storyline.analyze.resources import Resources
from storyline.analyze.time.calendar import Dct, shift
from storyline.analyze.time.dct import url_date
from storyline.analyze.time.timexes import annotate, best_time
from storyline.config import Config
from storyline.model import Article, ArticleAnalysis, Timex
from tests.conftest import analyzer_with


@pytest.fixture(scope="module")
def time_analyzer(resources: Resources) -> Analyzer:
    return analyzer_with(resources, "baseline", "time")


@pytest.fixture(scope="module")
def run(time_analyzer: Analyzer, make_article: Callable[..., Article]) -> Callable[..., ArticleAnalysis]:
    def go(text: str, published: str | None = "2023-03-01", **kw: object) -> ArticleAnalysis:
        return time_analyzer.analyze(make_article(text, published=published, **kw))

    return go


def timex(analysis: ArticleAnalysis, text: str) -> Timex:
    found = [t for t in analysis.timexes if t.text == text]
    assert found, f"{text!r} not found in {[t.text for t in analysis.timexes]}"
    return found[0]


# 2023-03-01 is a Wednesday


def test_weekday_past_tense_is_on_or_before_dct(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Minister Lorna Vesk resigned from her post on Wednesday. Her deputy left on Monday.")
    assert timex(a, "Wednesday").value == "2023-03-01"
    assert timex(a, "Monday").value == "2023-02-27"
    assert timex(a, "Wednesday").anchor == "dct:2023-03-01"
    assert timex(a, "Wednesday").rule == "weekday"


def test_weekday_under_a_perfect_infinitive_or_modal_perfect_is_past(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-05 is a Sunday: "are believed to have struck on Friday evening" is the Friday before, not the next
    a = run("The gunmen are believed to have struck on Friday evening. The hostages may have been moved on "
            "Thursday. The envoy is to be received on Tuesday.", published="2023-03-05")
    assert timex(a, "Friday evening").value == "2023-03-03"
    assert timex(a, "Thursday").value == "2023-03-02"
    # negative: a passive infinitive with no perfect still looks ahead
    assert timex(a, "Tuesday").value == "2023-03-07"


def test_weekday_of_the_infinitive_that_ranks_a_noun_takes_the_noun_s_clause_tense(
        run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-05 is a Sunday: "the first premier to be ousted ... on Friday" is the Friday before, as "became" says
    a = run("Lorna Vesk became the first premier to be ousted by a vote of no confidence on Friday. Her rival will "
            "be the only leader to visit the island on Tuesday.", published="2023-03-05")
    assert timex(a, "Friday").value == "2023-03-03"
    assert timex(a, "Tuesday").value == "2023-03-07"  # negative: a clause ahead keeps its infinitive ahead


def test_weekday_of_an_act_decided_or_ordered_lies_ahead_of_the_deciding(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-04 is a Saturday: a pause decided for Sunday is the next day, even though the deciding is past
    a = run("The rescue team decided to take a pause in the search at 6 am on Sunday. The envoy ordered the "
            "guards to leave on Tuesday. The two men tried to flee on Friday.", published="2023-03-04")
    assert timex(a, "6 am on Sunday").value == "2023-03-05T06:00"
    assert timex(a, "Tuesday").value == "2023-03-07"
    # negative: an attempt tells the act's own (past) time
    assert timex(a, "Friday").value == "2023-03-03"


def test_day_named_in_a_quote_is_named_from_the_day_it_was_spoken(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: words spoken on Monday name Sunday as "last night"
    a = run('"Three more hostages were freed last night," the Orvani Aid Mission said on Monday.\n'
            'The envoy said on Monday: "Talks resume today."\n'
            '"The border opens today," the minister said.')
    assert timex(a, "last night").value == "2023-02-26TNI"
    assert timex(a, "today").value == "2023-02-27"
    # negative: a quote whose speaking is not dated keeps the report's day
    third = [t for t in a.timexes if t.text == "today"][1]
    assert third.value == "2023-03-01"


def test_weekday_of_set_telling_a_deed_is_past_and_of_set_scheduling_ahead(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-05 is a Sunday
    a = run("The attackers set off a bomb on Friday evening. Rioters set fire to the depot on Thursday. "
            "The talks are set to resume on Tuesday.", published="2023-03-05")
    assert timex(a, "Friday evening").value == "2023-03-03"
    assert timex(a, "Thursday").value == "2023-03-02"
    # negative: "set" that schedules still looks ahead
    assert timex(a, "Tuesday").value == "2023-03-07"


def test_weekday_naming_the_day_after_the_dct_is_that_day(run: Callable[..., ArticleAnalysis]) -> None:
    # stamped Tuesday 2023-02-28 23:30 -05:00 (Wednesday 04:30 at UTC): "on Wednesday" is that Wednesday
    text = "A ferry sank off Sarn on Wednesday, the coast guard said. The storm hit on Monday."
    a = run(text, published="2023-02-28", metadata={"published_at": "2023-02-28T23:30:00-05:00"})
    assert timex(a, "Wednesday").value == "2023-03-01"
    assert timex(a, "Monday").value == "2023-02-27"
    # a date without a time: the day after it may have begun where the news happened when the text says its first
    # hours (news says "last Wednesday" for the one six days before)
    early = run("A ferry sank off Sarn early Wednesday, the coast guard said.", published="2023-02-28")
    assert timex(early, "early Wednesday").value == "2023-03-01"
    # negatives: the same report stamped at 18:00 (still Tuesday at UTC), "last Wednesday", or a later part of the
    # day after the DCT, which no report dated the day before can have seen begin
    night = run("The dams broke on Wednesday night, officials said.", published="2023-02-28")
    assert timex(night, "Wednesday night").value == "2023-02-22"
    assert timex(run("It struck late Wednesday.", published="2023-02-28"), "late Wednesday").value == "2023-02-22"
    a = run(text, published="2023-02-28", metadata={"published_at": "2023-02-28T18:00:00-05:00"})
    assert timex(a, "Wednesday").value == "2023-02-22"
    a = run("The ferry sank last Wednesday.", published="2023-02-28",
            metadata={"published_at": "2023-02-28T23:30:00-05:00"})
    assert timex(a, "last Wednesday").value == "2023-02-22"


def test_past_weekday_without_publication_time_is_never_after_the_report(
        run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-05 is a Sunday: "said on Monday" is the Monday before, not the day after the report
    a = run("Envoy Darel Mosk said on Monday that the talks had failed.", published="2023-03-05")
    assert timex(a, "Monday").value == "2023-02-27"
    a = run("A ferry sank off Sarn on Wednesday, the coast guard said.", published="2023-02-28")
    assert timex(a, "Wednesday").value == "2023-02-22"
    # the same day: a Sunday report's "on Sunday" is the report's day
    assert timex(run("Lorna Vesk said on Sunday that she would stay.", published="2023-03-05"), "Sunday").value \
        == "2023-03-05"


def test_weekday_naming_an_incident_is_past_whatever_the_verb(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-02-28 is a Tuesday: an attack no one schedules has happened when a report names it
    a = run("Police will investigate Sunday's attack on the Dorn market.", published="2023-02-28")
    assert timex(a, "Sunday").value == "2023-02-26"
    a = run("The council is expected to discuss the Sunday bombing in Pellan.", published="2023-02-28")
    assert timex(a, "Sunday").value == "2023-02-26"
    # mishaps no one schedules, though their nouns need help to be events elsewhere, and a coup
    a = run("An inquiry will examine Tuesday's collapse of the Orrin footbridge.", published="2023-03-02")
    assert timex(a, "Tuesday").value == "2023-02-28"
    a = run("The junta is expected to name a cabinet after Monday's coup.", published="2023-03-02")
    assert timex(a, "Monday").value == "2023-02-27"
    assert timex(run("Monday's march will start at noon.", published="2023-03-02"), "Monday").value == "2023-03-06"
    # a schedulable event under a future verb stays ahead
    assert timex(run("Sunday's vote will decide the mayor of Pellan.", published="2023-02-28"), "Sunday").value \
        == "2023-03-05"


def test_month_naming_an_act_told_as_scheduled_or_recent_is_ahead_or_behind(
        run: Callable[..., ArticleAnalysis]) -> None:
    # a past verb tells when the act was spoken of; the noun phrase's "scheduled" tells when it falls
    a = run("Judge Orla Penn announced the ruling at a hearing in Varn, less than two months before the scheduled "
            "October fraud trial.", published="2023-08-11")
    assert timex(a, "October").value == "2023-10"
    a = run("Mayor Tobin Hale spoke of the upcoming March vote in Dorn.", published="2023-04-20")
    assert timex(a, "March").value == "2024-03"
    a = run("Officials will review the recent May election in Pellan.", published="2023-04-20")
    assert timex(a, "May").value == "2022-05"
    # no such word: the verb's tense still decides
    assert timex(run("The October trial ended in Varn.", published="2023-08-11"), "October").value == "2022-10"


def test_weekday_limit_or_arrangement_not_in_the_past_looks_ahead(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The curfew remains in force until Sunday. The town has until Friday to answer.")
    assert timex(a, "Sunday").value == "2023-03-05"
    assert timex(a, "Friday").value == "2023-03-03"
    a = run("The envoy is meeting the council on Friday.")
    assert timex(a, "Friday").value == "2023-03-03"
    # a state told by a complement takes the tense of its linking verb
    a = run("Guards will remain posted at the dam until Sunday, the utility said.")
    assert timex(a, "Sunday").value == "2023-03-05"
    assert timex(run("The ferry piers stay shut until Monday."), "Monday").value == "2023-03-06"
    # a limit under a past verb, or on the noun a weekday names, stays behind
    assert timex(run("The roads stayed closed until Monday."), "Monday").value == "2023-02-27"
    a = run("Their stake before Monday's purchases is far below the limit.")
    assert timex(a, "Monday").value == "2023-02-27"


def test_weekday_described_by_a_when_clause_takes_that_clause_s_tense(run: Callable[..., ArticleAnalysis]) -> None:
    # "called" is past, but the Friday the "when" clause tells lies ahead (2023-03-01 is a Wednesday)
    a = run("Officials in Dorvia have called for marches on Friday, when the funerals of the victims will be held.")
    assert timex(a, "Friday").value == "2023-03-03"
    a = run("Officials in Dorvia said the marches began on Monday, when the funerals of the victims were held.")
    assert timex(a, "Monday").value == "2023-02-27"


def test_weekday_future_tense_is_on_or_after_dct(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The envoy will meet the council on Friday. Talks are expected to resume on Monday.")
    assert timex(a, "Friday").value == "2023-03-03"
    assert timex(a, "Monday").value == "2023-03-06"


def test_weekday_with_its_week_named_after_it_lies_in_that_week(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: "Monday last week" is the Monday of the week before the report's, not the
    # Monday of this week; "Friday of next week" is not this week's Friday
    a = run("The Velmar council filed the motion on Monday last week, but the members walked out.")
    assert timex(a, "Monday").value == "2023-02-20"
    b = run("The Velmar council will hold the vote on Friday of next week.")
    assert timex(b, "Friday").value == "2023-03-10"
    c = run("The Velmar council met on Thursday this week.", published="2023-03-04")
    assert timex(c, "Thursday").value == "2023-03-02"


def test_weekday_joined_to_another_takes_the_reading_of_the_first(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: the limit "until" stands before "Sunday" only; "Monday" is a limit too
    a = run("Residents of Varnel may have to wait until Sunday or Monday to get their power back, he said.")
    assert timex(a, "Sunday").value == "2023-03-05"
    assert timex(a, "Monday").value == "2023-03-06"
    b = run("Rebels attacked Varnel on Sunday and Monday.")
    assert (timex(b, "Sunday").value, timex(b, "Monday").value) == ("2023-02-26", "2023-02-27")


def test_clock_time_still_to_come_is_no_hour_of_a_past_day_told_before(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: the curfew began on the Saturday before; its lifting hours are still to come
    a = run("The curfew in Varnel, which began last Saturday, will stay. It will be lifted between 8 a.m. and 5 p.m.")
    assert timex(a, "8 a.m.").value == "2023-03-01T08:00"
    b = run("Police reached Varnel on Saturday. They left at 10 p.m.")
    assert timex(b, "10 p.m.").value == "2023-02-25T22:00"


def test_weekday_under_a_reporting_verb_still_to_come_is_ahead(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: the announcement, the ruling and the statement are to come
    a = run("The board is expected to announce on Friday a new chief. The judge will rule on Monday.")
    assert timex(a, "Friday").value == "2023-03-03"
    assert timex(a, "Monday").value == "2023-03-06"
    b = run("The union plans to say on Thursday whether the strike goes on.")
    assert timex(b, "Thursday").value == "2023-03-02"
    # a reporting verb in the past, or untensed, keeps the last such day
    c = run("The board announced on Friday a new chief. The mayor said on Monday that the roads were open.")
    assert timex(c, "Friday").value == "2023-02-24"
    assert timex(c, "Monday").value == "2023-02-27"


def test_would_reads_month_days_nearest_and_weekdays_ahead(run: Callable[..., ArticleAnalysis]) -> None:
    # "would" in a past narrative: a future seen from a past day; the month-day is the nearest one, not next year's
    a = run("Divers placed the charges in June 2022; they would be detonated on September 26.", published="2023-02-10")
    assert timex(a, "September 26").value == "2022-09-26"
    # weekdays stay ahead ("said the talks would resume on Monday"); "will" is still the future
    a = run("He said the talks would resume on Monday. The envoy will arrive on September 26.", published="2023-02-10")
    assert timex(a, "Monday").value == "2023-02-13"
    assert timex(a, "September 26").value == "2023-09-26"


def test_weekday_last_and_next(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The board met last Wednesday and will meet again next Tuesday.")
    assert timex(a, "last Wednesday").value == "2023-02-22"
    assert timex(a, "next Tuesday").value == "2023-03-07"


def test_month_day_takes_year_from_dct_and_tense(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("On February 26, the army confirmed the deaths of two soldiers. The vote will be held on March 20.")
    assert timex(a, "February 26").value == "2023-02-26"
    assert timex(a, "March 20").value == "2023-03-20"
    b = run("On December 30, the port of Velmar was closed.", published="2023-01-10")
    assert timex(b, "December 30").value == "2022-12-30"


def test_month_day_a_few_weeks_against_the_tense_keeps_the_year(run: Callable[..., ArticleAnalysis]) -> None:
    # a clause's tense points one way, its day a few weeks the other: news would give the year of another year's day
    a = run("The inquiry will look into the derailment on February 20. The hearing was moved to March 21.")
    assert timex(a, "February 20").value == "2023-02-20"  # not February 2024
    assert timex(a, "March 21").value == "2023-03-21"  # not March 2022
    # far on the other side, the tense still decides
    b = run("The dam will reopen on January 5. The port was closed on November 30.", published="2023-12-20")
    assert timex(b, "January 5").value == "2024-01-05"
    assert timex(b, "November 30").value == "2023-11-30"
    c = run("The levee will be rebuilt by October 1.", published="2023-06-10")
    assert timex(c, "October 1").value == "2023-10-01"
    d = run("The mill had closed on August 30.", published="2023-06-10")
    assert timex(d, "August 30").value == "2022-08-30"


def test_month_year_and_year_are_absolute(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("He had come in November 2021, and again in 2019. The plan dates from Sept. 30, 1989.")
    assert timex(a, "November 2021").value == "2021-11"
    assert timex(a, "November 2021").anchor is None
    assert timex(a, "2019").value == "2019"
    assert timex(a, "Sept. 30, 1989").value == "1989-09-30"


def test_full_date_with_a_space_before_its_comma_is_one_expression(run: Callable[..., ArticleAnalysis]) -> None:
    # text rebuilt from tokens writes "December 10 , 2031": one date, not a month-day and a year
    a = run("The mill closed on December 10 , 2031 and reopened on 4 January , 2032.")
    assert timex(a, "December 10 , 2031").value == "2031-12-10"
    assert timex(a, "4 January , 2032").value == "2032-01-04"
    assert not [t for t in a.timexes if t.text in ("2031", "2032")]
    b = run("On May 5 , 20 people were hurt.")
    assert timex(b, "May 5").rule == "month_day"  # a count after the comma is no year


def test_numeric_dates_read_their_order_from_the_numbers_or_the_article_date(
        run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The levee failed on 23.02.2023. The board met on 2/14/2023 and the ferry resumed on 2023/02/27. "
            "The audit of 3/2/2023 and the filing dated 02-03-2023 came later.", published="2023-03-04")
    assert timex(a, "23.02.2023").value == "2023-02-23"  # 23 cannot be a month
    assert timex(a, "2/14/2023").value == "2023-02-14"  # 14 cannot be a month
    assert timex(a, "2023/02/27").value == "2023-02-27"  # year first: year, month, day
    assert timex(a, "3/2/2023").value == "2023-03-02"  # 2 March is nearer the article's 4 March than 3 February
    assert timex(a, "02-03-2023").value == "2023-03-02"
    assert not [t for t in a.timexes if t.text == "2023"]  # the year is not read again on its own


def test_ambiguous_numeric_date_without_article_date_keeps_only_what_is_known(
        run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The warehouse burned on 4/6/2022. Repairs began on 7.5.2022. The code 13/14/2022 is no date.",
            published=None)
    assert timex(a, "4/6/2022").value == "2022"  # April 6 or 4 June: the year only
    assert timex(a, "7.5.2022").value == "2022-05-07"  # dotted dates are day first
    assert not [t for t in a.timexes if t.text.startswith("13/14")]


def test_short_month_without_period_only_before_a_day(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Port Ammerin, Jun 12 - The locks reopened. The storm did not mar the festival in Sep.",
            published="2023-06-13")
    assert timex(a, "Jun 12").value == "2023-06-12"
    assert not [t for t in a.timexes if t.text in ("mar", "Sep")]


def test_may_or_march_followed_by_a_verb_of_an_actor_is_a_name(run: Callable[..., ArticleAnalysis]) -> None:
    # "on Sunday May announced": a minister named May speaks; a month never announces, says or vows
    a = run("On Sunday May announced a payment for each family. Later May has said she would stay.")
    assert [t.text for t in a.timexes] == ["Sunday"]
    b = run("Prices rose in May, and March saw a fall. May was the wettest month.")
    assert {t.text for t in b.timexes} >= {"May", "March"}


def test_month_never_invents_a_day(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The mayor of Tarvin visited the factory in January.")
    t = timex(a, "January")
    assert t.value == "2023-01"
    assert t.granularity == "month"


def test_relative_month_and_year(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Last month, the minister visited Orvale. This year the budget grew, after it fell last year. "
            "Prices will rise next month.")
    assert timex(a, "Last month").value == "2023-02"
    assert timex(a, "This year").value == "2023"
    assert timex(a, "last year").value == "2022"
    assert timex(a, "next month").value == "2023-04"


def test_deictic_days(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The delegation is in Orvale today. It arrived yesterday and leaves tomorrow.")
    assert timex(a, "today").value == "2023-03-01"
    assert timex(a, "yesterday").value == "2023-02-28"
    assert timex(a, "tomorrow").value == "2023-03-02"


def test_anaphoric_expressions_follow_the_last_date(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The dam at Kessel opened on May 4, 2019. Two days later the mayor resigned. "
            "The following year it flooded.")
    following = timex(a, "The following year")
    assert following.value == "2020"
    assert following.anchor == "timex:2019-05-04"
    assert timex(a, "Two days later").value == "2019-05-06"


def test_count_before_an_opening_quote_is_no_date(run: Callable[..., ArticleAnalysis]) -> None:
    # "seven months after "Tolvar" fled": a duration before the event it counts from, not seven months later
    a = run('The arrest on May 4, 2019 comes seven months after "Tolvar" fled from the Kessel jail. '
            'He was caught two days after.')
    assert "seven months after" not in [t.text for t in a.timexes]
    assert timex(a, "two days after").value == "2019-05-06"


def test_anaphoric_without_antecedent_in_paragraph_is_deictic(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("A report came out in May 2021.\nIn the previous year, talks failed.")
    assert timex(a, "the previous year").value == "2022"
    assert timex(a, "the previous year").anchor == "dct:2023-03-01"


def test_durations(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("After serving close to three years, she left. The government fell in a span of 20 days. "
            "The 20-year conflict ended after several months of talks.")
    assert timex(a, "close to three years").value == "P3Y"
    assert timex(a, "close to three years").type == "DURATION"
    assert timex(a, "20 days").value == "P20D"
    assert timex(a, "20-year").value == "P20Y"
    assert timex(a, "several months").value == "PXM"


def test_durations_are_not_ages(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The 6-year-old boy was found.")
    assert not [t for t in a.timexes if "year" in t.text]


def test_sets(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The ferry runs daily and the council meets every Monday, twice a year in full session.")
    assert timex(a, "daily").type == "SET"
    assert timex(a, "daily").value == "P1D"
    assert timex(a, "every Monday").value == "XXXX-WXX-1"
    assert timex(a, "a year").value == "P1Y"


def test_quarters_seasons_and_refs(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Profit fell in the fourth quarter of 2022. The dam was built in the 1990s. Prices are high now.")
    assert timex(a, "the fourth quarter of 2022").value == "2022-Q4"
    assert timex(a, "the 1990s").value == "199"
    assert timex(a, "now").value == "PRESENT_REF"


def test_extent_excludes_preposition(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The envoy resigned on Wednesday.")
    t = timex(a, "Wednesday")
    assert a.timexes[0] == t
    assert (t.start, t.end) == (22, 31)


# --------------------------------------------------------------------------- missing publication date


def test_missing_dct_leaves_relative_expressions_open(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The minister is expected to visit in the coming weeks. He came in November 2021 and left "
            "on Wednesday, last month.", published=None)
    assert a.dct is None
    assert timex(a, "November 2021").value == "2021-11"
    assert timex(a, "Wednesday").value is None
    assert timex(a, "last month").value is None
    assert a.extras["dct_range"]["earliest"] == "2021-11-01"


def test_missing_dct_a_weekday_of_the_last_date_told_is_that_day(run: Callable[..., ArticleAnalysis]) -> None:
    # 2031-04-12 is a Saturday: with no publication date, "the Saturday night quake" after it is that Saturday
    a = run("Police inspect a car crushed in Tolvar on Saturday, April 12, 2031.\nThe Saturday night quake was "
            "the strongest in decades. Rescuers arrived on Sunday.", published=None)
    assert timex(a, "Saturday night").value == "2031-04-12"
    assert timex(a, "Sunday").value is None  # another weekday stays open
    b = run("Rescuers reached Tolvar after the quake on Saturday, April 12, 2031.\nThe quake struck late Saturday.",
            published=None)
    assert timex(b, "late Saturday").value == "2031-04-12"


def test_missing_dct_a_year_after_since_is_no_reference(run: Callable[..., ArticleAnalysis]) -> None:
    # "since 1962" is where a count starts: "on September 5" is not a day of 1962
    a = run("It is the first such vote since 1962. The premier took office on September 5.", published=None)
    assert timex(a, "1962").value == "1962"
    assert timex(a, "September 5").value == "XXXX-09-05"
    b = run("The council first met in 1962. It met again on September 5.", published=None)
    assert timex(b, "September 5").value == "1962-09-05"  # a year told as the story's time still is


def test_missing_dct_is_taken_from_url(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The envoy resigned on Wednesday.", published=None,
            url="https://news.example.org/2023/07/19/envoy-resigns.html")
    assert a.dct == "2023-07-19"
    assert a.dct_inferred
    assert timex(a, "Wednesday").value == "2023-07-19"


def test_missing_dct_bounded_by_past_and_future_dates(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The mill closed on June 3, 2024. The new one will open on June 28, 2024. It rained last month.",
            published=None)
    assert a.dct == "2024-06"
    assert a.dct_inferred
    assert timex(a, "last month").value == "2024-05"


def test_missing_dct_is_taken_from_a_dateline_under_the_headline(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Ferry sinks off Tolvar, dozens missing\nLESK, 4th March, 2031 (VNA) -- A ferry sank off Tolvar on "
            "Sunday.", published=None)
    assert (a.dct, a.dct_inferred) == ("2031-03-04", True)
    assert timex(a, "Sunday").value == "2031-03-02"
    # a date in a line that does not open with a place name is no dateline: the date of the ferry's launch
    b = run("Ferry sinks off Tolvar\nThe ferry, built in Lesk on 4 March 2021 -- sank on Sunday.", published=None)
    assert b.dct is None


def test_typographic_apostrophes_read_as_plain_ones(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The quake struck Tolvar on New Year\u2019s Day.", published="2031-01-08")
    assert timex(a, "New Year\u2019s Day").value == "2031-01-01"
    # negative: the present age stays no day ("today's youth")
    b = run("Today\u2019s youth read the news online.", published="2031-01-08")
    assert not [t for t in b.timexes if t.value == "2031-01-08"]


def test_url_date_forms() -> None:
    assert url_date("https://x.org/20230301/story-1.html") == "2023-03-01"
    assert url_date("https://x.org/2023/07/story/") == "2023-07"
    assert url_date("https://x.org/story-12345678") is None
    assert url_date("https://x.org/world/2031/jul/19/lock-keepers") == "2031-07-19"
    assert url_date("https://x.org/2031/Sept/lock-keepers") == "2031-09"
    assert url_date("https://x.org/2031/may-day-parade/") is None


def test_month_granularity_dct(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Talks resumed last month and the envoy left on Wednesday.", published="2023-03")
    assert timex(a, "last month").value == "2023-02"
    assert timex(a, "Wednesday").value is None


# --------------------------------------------------------------------------- best_time


def _state(resources: Resources, text: str, published: str | None = "2023-03-01") -> AnalysisState:
    gran = "day" if published else None
    article = Article(id="bt", text=text, published=published, published_granularity=gran)  # type: ignore[arg-type]
    state = AnalysisState(article=article, doc=resources.nlp(text), config=Config(), dct=published)
    state.sentences = [(s.start_char, s.end_char) for s in state.doc.sents]
    annotate(state)
    return state


def test_best_time_prefers_the_clause(resources: Resources) -> None:
    text = "In May 2022 the report was published, and on February 26 two soldiers were killed."
    state = _state(resources, text)
    start = text.index("killed")
    t = best_time(state, start, start + len("killed"))
    assert t is not None
    assert (t.value, t.source) == ("2023-02-26", "clause")
    assert (t.earliest, t.latest) == ("2023-02-26", "2023-02-26")


def test_best_time_month_is_an_interval(resources: Resources) -> None:
    text = "Last month, the defence minister visited Orvale."
    state = _state(resources, text)
    start = text.index("visited")
    t = best_time(state, start, start + len("visited"))
    assert t is not None
    assert (t.value, t.granularity, t.earliest, t.latest) == ("2023-02", "month", "2023-02-01", "2023-02-28")


def test_best_time_falls_back_to_dct_for_past_not_future(resources: Resources) -> None:
    text = "The minister resigned. The envoy will visit Orvale."
    state = _state(resources, text)
    s1 = text.index("resigned")
    t = best_time(state, s1, s1 + 8)
    assert t is not None
    assert (t.value, t.source) == ("2023-03-01", "dct")
    assert t.confidence < 0.5
    s2 = text.index("visit ")
    assert best_time(state, s2, s2 + 5) is None


def test_best_time_without_dct_is_none(resources: Resources) -> None:
    text = "The minister resigned."
    state = _state(resources, text, published=None)
    assert best_time(state, 13, 21) is None


def test_decades_use_three_digits(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The mill closed in the late 1970s and reopened in the nineties. It grew over the last decade.")
    assert timex(a, "the late 1970s").value == "197"
    assert timex(a, "the nineties").value == "199"
    assert timex(a, "last decade").value == "201"


def test_duration_fractions_and_couples(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Talks in Varnholt lasted 5 1/2 hours after 2 1/2 years of delay; the vote took a minute and a half, "
            "and the plan runs for a couple of years.")
    assert timex(a, "5 1/2 hours").value == "PT5H30M"
    assert timex(a, "2 1/2 years").value == "P2Y6M"
    assert timex(a, "a minute and a half").value == "PT1M30S"
    assert timex(a, "a couple of years").value == "P2Y"


def test_fiscal_and_full_years(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Dorlan Corp. expects higher sales for the full year and in the current fiscal year. "
            "It sold $3 million in the latest fiscal year.")
    assert timex(a, "the full year").value == "2023"
    assert timex(a, "the current fiscal year").value == "2023"
    assert timex(a, "the latest fiscal year").value == "2022"


def test_latest_period_is_the_quarter_under_discussion(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Dorlan Corp. said profit rose in the fourth quarter. Sales in the latest period were $2 million, "
            "up from the year-earlier period.")
    assert timex(a, "the fourth quarter").value == "2022-Q4"
    assert timex(a, "the latest period").value == "2022-Q4"
    assert timex(a, "the year-earlier period").value == "2021-Q4"


def test_the_year_period_and_current_year(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("For the year ended June 30, Dorlan Corp. earned $5 million. Its shares hit a high for the year. "
            "Output was delayed earlier in the year by floods.")
    assert timex(a, "the year").value == "P1Y"
    assert timex(a, "the year").type == "DURATION"
    dated = [t for t in a.timexes if t.text == "the year" and t.type == "DATE"]
    assert [t.value for t in dated] == ["2023"]
    assert timex(a, "earlier in the year").value == "2023"


def test_generic_today_is_not_a_day(run: Callable[..., ArticleAnalysis]) -> None:
    text = "In today's world, the Varnholt council said, today's vote matters."
    a = run(text)
    assert [t.text for t in a.timexes] == ["today"]
    assert a.timexes[0].start == text.index("today's vote")


def test_week_of_a_date_is_its_iso_week(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The Varnholt hearing will be held the week of March 6.")
    assert timex(a, "the week of March 6").value == "2023-W10"


def test_clock_time_takes_the_last_mentioned_day(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Storms hit Varnholt on Feb. 20. The bridge closed at about 10:35 a.m., officials said.")
    assert timex(a, "Feb. 20").value == "2023-02-20"
    t = next(t for t in a.timexes if "10:35" in t.text)
    assert t.value == "2023-02-20T10:35"


def test_clock_time_takes_its_day_told_after_local_time_or_another_zone(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Storms hit Varnholt on Feb. 20. The ferry sank shortly after 10:30 a.m. local time on Friday, police say.")
    t = next(t for t in a.timexes if "10:30" in t.text)
    assert (t.text, t.value) == ("shortly after 10:30 a.m.", "2023-02-24T10:30")
    b = run("Storms hit Varnholt on Feb. 20. The ferry sank at 2:45 p.m. (0645 GMT) Sunday, police said.")
    assert next(t for t in b.timexes if "2:45" in t.text).value == "2023-02-26T14:45"
    # negative: a later day in another clause is not the clock time's
    c = run("Storms hit Varnholt on Feb. 20. The bridge closed at 10:35 a.m. and the council met on Friday.")
    assert next(t for t in c.timexes if "10:35" in t.text).value == "2023-02-20T10:35"


def test_untensed_later_quarter_is_last_years(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Dorlan Corp. reported a profit, its chairman said in the fourth quarter report.", published="2023-01-20")
    assert timex(a, "the fourth quarter").value == "2022-Q4"
    b = run("Dorlan Corp. will open a plant in the fourth quarter.", published="2023-01-20")
    assert timex(b, "the fourth quarter").value == "2023-Q4"


def test_the_past_year_is_last_year_but_past_decade_a_duration(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Varnholt's council grew in the past year and shrank over the past decade.")
    assert timex(a, "the past year").value == "2022"
    assert timex(a, "the past decade").value == "P10Y"


def test_bare_month_without_dct_before_its_reference_keeps_the_year_open(run: Callable[..., ArticleAnalysis]
                                                                        ) -> None:
    # no publication date: "in early March" after "the autumn of 2030" may be March 2030 or March 2031
    a = run("The talks began in the autumn of 2030. In early March the bombing came.", published=None)
    assert timex(a, "the autumn of 2030").value == "2030-FA"
    assert timex(a, "early March").value == "XXXX-03"
    # negative: a month after the reference in its year is read in that year
    b = run("The talks began in January 2030. In March the bombing came.", published=None)
    assert timex(b, "March").value == "2030-03"


def test_weekday_with_clock_time_dated_not_crashed(run: Callable[..., ArticleAnalysis]) -> None:
    # reliability (issue 12): the day_clock rule has no month group; reading one raised IndexError
    analysis = run("Police said the blast came on Sunday at 9:27 a.m. near the market.")
    assert [t.value[:10] for t in analysis.timexes if "Sunday" in t.text] == ["2023-02-26"]


def test_a_count_read_as_units_outside_the_calendar_is_no_date(run: Callable[..., ArticleAnalysis]) -> None:
    # market tables: "292,000 week ago" is a figure a week ago, not 292,000 weeks; the component used to fail
    an = run("Traders estimate the slaughter at 300,000 head versus 292,000 week ago and 316,000 a year ago.")
    assert "failed_components" not in an.extras
    assert all(t.value is None or len(t.value.split("-")[0]) <= 4 for t in an.timexes)
    assert shift(Dct(2023, 3, 1), "week", 600_000) is None and shift(Dct(2023, 3), "month", 10**6) is None
    assert shift(Dct(2023), "year", -3000) is None and shift(Dct(2023, 3, 1), "day", -2) == "2023-02-27"


def test_month_day_naming_an_incident_a_past_clause_tells_is_past(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The army has vowed to punish the group after the October 7 raid on its posts, which killed 40 people.",
            published="2031-07-31")
    assert timex(a, "October 7").value == "2030-10-07"
    b = run("The force has fought the group for months in retaliation for the raid on Oct. 9 that killed 12 guards.",
            published="2031-08-01")
    assert timex(b, "Oct. 9").value == "2030-10-09"
    c = run("Voters will go to the polls in the October 7 election, which the opposition boycotted last time.",
            published="2031-07-31")
    assert timex(c, "October 7").value == "2031-10-07"


def test_a_bare_gerund_takes_the_tense_of_the_clause_it_hangs_on(run: Callable[..., ArticleAnalysis]) -> None:
    """"will be explaining it before travelling to Lesk at the weekend" (a Wednesday report): the trip is
    ahead, the coming weekend; a gerund has no tense of its own. In a past clause it stays behind us."""
    a = run("The minister will be explaining the plan to the bankers before travelling to Lesk at the weekend.")
    assert timex(a, "the weekend").value == "2023-W09-WE"  # 4-5 March 2023
    b = run("The minister explained the plan to the bankers before travelling to Lesk at the weekend.")
    assert timex(b, "the weekend").value == "2023-W08-WE"  # 25-26 February
    c = run("The envoy will sign the accord after meeting the council on Friday.")
    assert timex(c, "Friday").value == "2023-03-03"


def test_a_holiday_naming_a_kind_of_thing_is_no_date(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("A van drove into shoppers at the Christmas market in Velm on Friday. The stalls were shut over "
            "Christmas, and the Easter eggs were recalled.", published="2023-12-27")
    days = [t.text for t in a.timexes if t.type == "DATE" and ("Christmas" in t.text or "Easter" in t.text)]
    assert days == ["Christmas"]  # "over Christmas": the day; the market's and the eggs' holiday is their season
    assert [t.value for t in a.timexes if t.text == "Christmas"] == ["PXD", "2023-12-25"]
    # negative: a holiday before a word of time is still the day ("on Christmas morning")
    b = run("The ferry sank on Christmas morning.", published="2023-12-27")
    assert timex(b, "Christmas").value == "2023-12-25"


@pytest.mark.parametrize(("text", "published", "value"), [
    # written before the holiday: the coming one, whether the sentence looks ahead or is in the present
    ("The ferry will run again before Christmas.", "2031-12-03", "2031-12-25"),
    ("Shops expect record sales at Christmas.", "2031-12-03", "2031-12-25"),
    ("The council said the locks would reopen by Christmas.", "2031-12-03", "2031-12-25"),
    ("The guild hopes to finish the dam by New Year.", "2031-12-03", "2032-01-01"),
    ("Officials say the bridge opens after New Year's.", "2031-12-10", "2032-01-01"),
    # in the past tense: the last one, even when the next is near
    ("The market closed over Christmas.", "2031-12-03", "2030-12-25"),
    ("The ferry service was suspended after New Year.", "2031-01-09", "2031-01-01"),
    # present tense just after the holiday: the one just gone is nearest
    ("Shops count their losses from Christmas.", "2032-01-05", "2031-12-25"),
])
def test_a_bare_holiday_is_the_coming_one_unless_the_sentence_looks_back(
        run: Callable[..., ArticleAnalysis], text: str, published: str, value: str) -> None:
    holiday = next(w for w in ("Christmas", "New Year's", "New Year") if w in text)
    assert timex(run(text, published=published), holiday).value == value


@pytest.mark.parametrize("text", ["Crowds marked the Lunar New Year in Sarn.", "Early in the new year, prices rose."])
def test_another_calendar_s_new_year_or_a_lower_case_new_year_is_no_first_of_january(
        run: Callable[..., ArticleAnalysis], text: str) -> None:
    assert not any(t.value and t.value.endswith("-01-01") for t in run(text, published="2031-12-03").timexes)


def test_two_holidays_joined_before_a_thing_are_one_season(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("Shops did well in the Christmas and New Year sales.", published="2031-01-10")
    assert [(t.text, t.value) for t in a.timexes] == [("Christmas and New Year", "PXD")]


def test_edge_of_a_year_or_month_is_one_timex_with_a_mod(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The tariffs will be lifted by the end of 2024, and talks resume at the beginning of March 2025. "
            "The river peaked in the middle of 2022.")
    for text, value, mod in (("the end of 2024", "2024", "END"), ("the beginning of March 2025", "2025-03", "START"),
                             ("the middle of 2022", "2022", "MID")):
        t = timex(a, text)
        assert (t.value, t.mod) == (value, mod)


def test_last_weekday_is_never_the_day_before_the_report(run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-01 is a Wednesday: "last Tuesday" is the Tuesday of the week before (the day before is "Tuesday",
    # "yesterday"); "last Monday" is the most recent Monday, "this past Tuesday" the day before
    a = run("The river burst its banks last Tuesday. The strike began last Monday. This past Tuesday the port shut.")
    assert timex(a, "last Tuesday").value == "2023-02-21"
    assert timex(a, "last Monday").value == "2023-02-27"
    assert timex(a, "This past Tuesday").value == "2023-02-28"


def test_four_digits_before_a_time_zone_are_a_clock_not_a_year(run: Callable[..., ArticleAnalysis]) -> None:
    a = run("The strike hit the depot at around 1700 GMT on Tuesday. In 1999 the depot was built.")
    assert "1700" not in [t.text for t in a.timexes]
    assert timex(a, "1999").value == "1999"


def test_clock_time_takes_a_month_day_told_after_its_zone(run: Callable[..., ArticleAnalysis]) -> None:
    # a day after the time in another zone, or after local time and that zone, is the clock time's day too
    a = run("Storms hit Varnholt on Feb. 20. The ferry sank at 2:17pm (09:17 GMT) on February 19, police said.")
    assert next(t for t in a.timexes if "2:17" in t.text).value == "2023-02-19T14:17"
    assert next(t for t in a.timexes if "09:17" in t.text).value == "2023-02-19T09:17"
    b = run("Storms hit Varnholt on Feb. 20. Polls closed at 19:00 local time (18:00 GMT) on Friday, officials said.")
    assert next(t for t in b.timexes if "19:00" in t.text).value == "2023-02-24T19:00"
    c = run("Storms hit Varnholt on Feb. 20. The ferry sank at 10:30 a.m. local time on 18 February, police said.")
    assert next(t for t in c.timexes if "10:30" in t.text).value == "2023-02-18T10:30"
    d = run("Storms hit Varnholt on Feb. 20. By 9.00 am (06.30 IST) on February 18, the toll was 112.")
    assert next(t for t in d.timexes if "9.00" in t.text).value == "2023-02-18T09:00"


def test_weekday_under_the_infinitive_of_a_ranked_noun_takes_its_clause_tense(
        run: Callable[..., ArticleAnalysis]) -> None:
    # 2023-03-06 is a Monday: "the first premier to be ousted ... on Sunday" is a record told in the past, the
    # Sunday before; told in the future it is the Sunday to come
    a = run("Orla Venn became the first premier to be ousted by a vote in the early hours of Sunday.",
            published="2023-03-06")
    assert timex(a, "Sunday").value == "2023-03-05"
    b = run("Orla Venn will be the first premier to be sworn in on Sunday.", published="2023-03-06")
    assert timex(b, "Sunday").value == "2023-03-12"


def test_date_told_after_a_noun_its_modifier_tells_as_ahead(run: Callable[..., ArticleAnalysis]) -> None:
    # "until his next court appearance in February", in a December report, is the coming February, not the last
    a = run("Tomas Ekk was remanded in custody until his next court appearance in February.", published="2022-12-14")
    assert timex(a, "February").value == "2023-02"
    # negative: a noun told as recent keeps the past reading
    b = run("The recent attack on Sunday killed four people.", published="2022-12-14")
    assert timex(b, "Sunday").value == "2022-12-11"
    # negative: a phrase after an incident's noun may date the verb's act ("foiled ... on Sunday"): left as it was
    c = run("Police foiled a planned attack on Sunday.", published="2022-12-14")
    assert timex(c, "Sunday").value == "2022-12-11"
