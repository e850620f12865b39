"""Tests for fuse/open_dates.py: the days an undated article leaves open, read against its story's days."""

from __future__ import annotations

import datetime as dt

from storyline.fuse.open_dates import (
    dateline_day,
    in_year_of,
    last_on_or_before,
    month_day,
    open_date,
    story_date,
)
from storyline.model import Article, ArticleAnalysis, EventMention, Timex


def _timex(text: str, start: int, value: str | None) -> Timex:
    return Timex(article="a1", start=start, end=start + len(text), text=text, type="DATE", value=value)


def _analysis(*timexes: Timex) -> ArticleAnalysis:
    return ArticleAnalysis(article="a1", config_hash="x", timexes=timexes)


def test_month_day_only_a_date_with_no_year() -> None:
    assert month_day(_timex("November 8", 0, "XXXX-11-08")) == (11, 8)
    # negatives: a full date, an open weekday, a year-less month
    assert month_day(_timex("November 8, 2031", 0, "2031-11-08")) is None
    assert month_day(_timex("Friday", 0, None)) is None
    assert month_day(_timex("November", 0, "XXXX-11")) is None


def test_dateline_day_reads_a_dateline_with_no_year() -> None:
    text = "TARVIN, Jan 25 - Officials in Tarvin said the blast on January 24 killed 12."
    art = Article(id="a1", text=text)
    assert dateline_day(art, _analysis(_timex("Jan 25", 8, "XXXX-01-25"), _timex("January 24", 50, "XXXX-01-24"))) \
        == (1, 25)
    # a full stop ends an agency's dateline too ("ORVAN, August 20. Officials ...")
    text = "ORVAN, August 20. Officials said the plant was shut."
    assert dateline_day(Article(id="a1", text=text), _analysis(_timex("August 20", 7, "XXXX-08-20"))) == (8, 20)
    # negative: a month-day in the text's first sentence is no dateline
    text = "Officials said on Jan 25 that the plant was shut."
    assert dateline_day(Article(id="a1", text=text), _analysis(_timex("Jan 25", 18, "XXXX-01-25"))) is None


def test_in_year_of_takes_the_year_of_the_story_days() -> None:
    days = [dt.date(2031, 1, 3), dt.date(2031, 1, 4), dt.date(2030, 12, 30)]
    assert in_year_of(12, 31, days) == dt.date(2030, 12, 31)  # across the turn of the year: the nearest
    assert in_year_of(1, 2, days) == dt.date(2031, 1, 2)
    # negatives: no dated article, and a day half a year or more from the story's days
    assert in_year_of(1, 2, []) is None
    assert in_year_of(7, 10, days) is None


def test_last_on_or_before_the_bound() -> None:
    assert last_on_or_before(11, 8, dt.date(2031, 11, 23)) == dt.date(2031, 11, 8)
    assert last_on_or_before(12, 30, dt.date(2031, 1, 2)) == dt.date(2030, 12, 30)
    assert last_on_or_before(2, 29, dt.date(2031, 3, 1)) is None  # (no February 29 in 2030 or 2031)


def _mention(start: int, text: str) -> EventMention:
    return EventMention(id="a1:ev0", article="a1", start=start, end=start + len(text), text=text, type="DISASTER",
                        sentence_start=0, sentence_end=80)


def test_open_date_is_the_one_month_day_of_the_sentence() -> None:
    text = "The storm struck Orvan on November 8, officials said."
    got = open_date(_mention(10, "struck"), text, (_timex("November 8", 26, "XXXX-11-08"),), (0, len(text)))
    assert got == (11, 8, "November 8")


def test_open_date_none_when_the_sentence_does_not_say_which() -> None:
    text = "The storm struck Orvan on November 8 and the vote was moved to November 20."
    timexes = (_timex("November 8", 26, "XXXX-11-08"), _timex("November 20", 63, "XXXX-11-20"))
    assert open_date(_mention(10, "struck"), text, timexes, (0, len(text))) is None
    # another trigger between the two: the date is that act's ("urged a pause before the vote on June 8")
    text = "Lena Varo urged a pause before the vote on June 8."
    assert open_date(_mention(10, "urged"), text, (_timex("June 8", 43, "XXXX-06-08"),), (0, len(text)),
                     triggers=(35,)) is None
    # a dateline is the report's day
    text = "ORVAN, Nov 9 - The storm struck Orvan."
    assert open_date(_mention(21, "struck"), text, (_timex("Nov 9", 7, "XXXX-11-09"),), (0, len(text))) is None


def test_story_date_most_told_then_latest() -> None:
    bound = dt.date(2031, 11, 23)
    got = story_date([((11, 8, "November 8"), bound), ((11, 8, "Nov. 8"), bound), ((11, 9, "November 9"), bound)])
    assert got is not None and got.value == "2031-11-08" and got.text == "November 8"
    assert got.basis == "stated" and got.source == "story" and got.granularity == "day"
    assert story_date([]) is None
