"""The days an undated article leaves open, read against the days of its story.

An article with no publication day cannot give a year to "November 8" (analysis leaves it ``XXXX-11-08``: see
docs/time.md, *Missing publication date*), nor to its dateline ("PORT SARN, Jan 25 -"). Fusion knows more: the
article's story cluster has dated articles, and the incident a mention joins may be reported by them. Two
readings follow, each keeping the text's own day and giving it only the year:

- **Dateline day** (:func:`dateline_day`, :func:`in_year_of`): a dateline's month-day with no year is the
  article's publication day in the year of its story's dated articles (the occurrence nearest their median day,
  when within ``YEAR_REACH`` of it). Fusion then reads the article as dated that day (report bounds, fresh and old
  days: ``fuse/events._article_days``).
- **Open month-day** (:func:`open_date`, :func:`story_date`): a mention with no date of its own in an article
  with no date at all, whose sentence names one month-day with no year, and no other event trigger between the
  two, tells of that day in the year before the incident's earliest report bound (or its article's dateline
  day): news gives the year of a day not in the past twelve months. It dates an incident no mention of which
  states a date, as the date the text states (``basis="stated"``), marked as read against the story
  (``source="story"``, confidence ``STORY_CONFIDENCE``).

A weekday ("on Monday") is not read so: on the round-35 pool (18 stories, 252 articles, 140 undated) a weekday of
the mention's sentence, read against the incident's report bound, was the gold day for 44 of 123 mentions (the
weekday belonged to another act of the sentence in 62, the bound lay in a later week in 17), against 16 of 25
for month-days; reading weekdays moved the pool by 0 (one story up, one down, -1 held out).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from storyline.analyze.time.dct import DATELINE_WITHIN, dateline_at
from storyline.model import Article, ArticleAnalysis, EventMention, TimeValue, Timex
from storyline.timevalues import interval_strings

#: confidence of a day whose year was read against another article's day (a sentence's date in a dated article
#: is 0.6, a publication day 0.3)
STORY_CONFIDENCE = 0.3
#: how far from the median of the story's dated days a dateline's month-day may lie and take their year: a
#: quarter, so that the occurrence taken is the only one that close; a dateline farther off is not read (not
#: fitted: the six year-less datelines of the round-35 pool lie days from their stories' medians)
YEAR_REACH = 92
_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
#: what ends a dateline's date: a dash, a colon, a bar, an agency's bracket, a line end, or a full stop before the
#: text ("LESK, August 20. A local blogger ..."); analysis reads a dateline's full date so (analyze/time/dct.py)
_DATELINE_END = re.compile(r"^\s*(?:[-–—:|(]|\.\s|\n|$)")


def month_day(t: Timex) -> tuple[int, int] | None:
    """(month, day) of a date with no year (``XXXX-11-08``), else None."""
    hit = _MONTH_DAY.match(t.value or "") if t.type in ("DATE", "TIME") else None
    return (int(hit.group(1)), int(hit.group(2))) if hit else None


def is_dateline(text: str, t: Timex) -> bool:
    """Does date ``t`` open the text's dateline ("PORT SARN, Jan 25 -", "Velmont, May 16 -")?"""
    return t.start < DATELINE_WITHIN and dateline_at(text, t.start) and bool(_DATELINE_END.match(text[t.end:]))


def dateline_day(article: Article, analysis: ArticleAnalysis) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives no year."""
    return next((md for t in analysis.timexes if (md := month_day(t)) is not None and is_dateline(article.text, t)),
                None)


def in_year_of(month: int, day: int, days: list[dt.date]) -> dt.date | None:
    """The occurrence of a month-day nearest the median of ``days`` (the story's dated days), if within
    ``YEAR_REACH`` of it."""
    if not days:
        return None
    mid = sorted(days)[len(days) // 2]
    near = []
    for year in (mid.year - 1, mid.year, mid.year + 1):
        try:
            near.append(dt.date(year, month, day))
        except ValueError:  # February 29 of a year that has none
            continue
    best = min(near, key=lambda x: abs((x - mid).days), default=None)
    return best if best is not None and abs((best - mid).days) <= YEAR_REACH else None


def open_date(m: EventMention, text: str, timexes: tuple[Timex, ...], sentence: tuple[int, int] | None,
              triggers: tuple[int, ...] = ()) -> tuple[int, int, str] | None:
    """(month, day, text) of the one month-day with no year in mention ``m``'s sentence, when no other event
    trigger (``triggers``: their starts) lies between the two; a dateline is the report's day, never one. The
    caller checks that the article (``text``) is undated and the mention has no date."""
    if sentence is None:
        return None
    found = [(t, md) for t in timexes if sentence[0] <= t.start < sentence[1] and (md := month_day(t)) is not None
             and not is_dateline(text, t)]
    if len({md for _, md in found}) != 1:
        return None  # (two month-days: which one is the mention's, the sentence does not say)
    t, (month, day) = min(found, key=lambda x: abs(x[0].start - m.start))
    lo, hi = min(t.end, m.end), max(t.start, m.start)
    if any(lo <= x < hi for x in triggers):
        return None  # ("urged parties to suspend the campaign for the vote on June 8": the vote's day)
    return month, day, t.text


def last_on_or_before(month: int, day: int, bound: dt.date) -> dt.date | None:
    """The last ``month``-``day`` on or before ``bound`` (within the year before it)."""
    for year in (bound.year, bound.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:  # February 29 of a year that has none
            continue
        if found <= bound:
            return found
    return None


def story_date(told: list[tuple[tuple[int, int, str], dt.date]]) -> TimeValue | None:
    """An incident's date from its open month-days, each with the day it was read against: the day most of them
    give, then the latest."""
    days = [(found, text) for (month, day, text), bound in told
            if (found := last_on_or_before(month, day, bound)) is not None]
    if not days:
        return None
    votes = Counter(found for found, _ in days)
    pick = max(votes, key=lambda x: (votes[x], x))
    value = pick.isoformat()
    lo, hi = interval_strings(value)
    return TimeValue(value=value, text=next(text for found, text in days if found == pick), granularity="day",
                     earliest=lo, latest=hi, confidence=STORY_CONFIDENCE, source="story", basis="stated")
