"""Date values as intervals, and user date ranges (the filters of the store, CLI and API)."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.model import TimeValue
from storyline.timevalues import (
    DateRange,
    DateRangeError,
    granularity_of,
    overlaps,
    parse_range,
    time_bounds,
    value_interval,
)

D = dt.date


@pytest.mark.parametrize(("value", "first", "last", "granularity"), [
    ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),  # leap year
    ("2023-02", D(2023, 2, 1), D(2023, 2, 28), "month"),
    ("2023-W01", D(2023, 1, 2), D(2023, 1, 8), "week"),  # ISO week 1 of 2023 starts on Monday 2 January
    ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), "week"),  # a week across the new year
    ("2023-W09-WE", D(2023, 3, 4), D(2023, 3, 5), "week"),
    ("2023-Q1", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
    ("2023-Q4", D(2023, 10, 1), D(2023, 12, 31), "quarter"),
    ("2023-H2", D(2023, 7, 1), D(2023, 12, 31), "half"),
    ("2023-SP", D(2023, 3, 1), D(2023, 5, 31), "season"),
    ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), "season"),  # winter runs into the next (leap) year
    ("2023-03-01", D(2023, 3, 1), D(2023, 3, 1), "day"),
    ("2023-03-01T09:30", D(2023, 3, 1), D(2023, 3, 1), "time"),
])
def test_timevalues_interval_at_each_granularity(value: str, first: dt.date, last: dt.date,
                                                 granularity: str) -> None:
    assert value_interval(value) == (first, last)
    assert granularity_of(value) == granularity


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "XXXX-02-26", "2023-02-30", "2023-W54", "March", "", None])
def test_timevalues_off_calendar_values_have_no_interval(value: str | None) -> None:
    assert value_interval(value) is None


def test_timevalues_time_bounds_prefer_the_stored_interval() -> None:
    assert time_bounds(TimeValue("2023-03")) == ("2023-03-01", "2023-03-31")
    assert time_bounds(TimeValue("2023-03", earliest="2023-03-10", latest="2023-03-12")) == ("2023-03-10",
                                                                                            "2023-03-12")
    assert time_bounds(TimeValue("P2Y")) == (None, None) and time_bounds(None) == (None, None)
    assert overlaps((D(2023, 1, 1), D(2023, 1, 31)), (D(2023, 1, 31), D(2023, 2, 5)))
    assert not overlaps((D(2023, 1, 1), D(2023, 1, 30)), (D(2023, 1, 31), D(2023, 2, 5)))


@pytest.mark.parametrize(("start", "end", "first", "last"), [
    ("2023", "2023", D(2023, 1, 1), D(2023, 12, 31)),  # a year from its first to its last day
    ("2023-03", "2023-03", D(2023, 3, 1), D(2023, 3, 31)),
    ("2023-W09", "2023-W10", D(2023, 2, 27), D(2023, 3, 12)),
    ("2023-Q2", "2023-Q3", D(2023, 4, 1), D(2023, 9, 30)),
    ("2023-SU", "2023-WI", D(2023, 6, 1), D(2024, 2, 29)),
    ("2023-03-15", "2023-03", D(2023, 3, 15), D(2023, 3, 31)),  # a day and its month: not reversed
    (" 2023 ", None, D(2023, 1, 1), None),
    (None, "2023-H1", None, D(2023, 6, 30)),
])
def test_timevalues_parse_range_spans_first_to_last_day(start: str | None, end: str | None, first: dt.date | None,
                                                        last: dt.date | None) -> None:
    assert parse_range(start, end) == DateRange(first, last)


def test_timevalues_parse_range_errors_say_what_is_accepted() -> None:
    with pytest.raises(DateRangeError, match=r"start 'March' is not a calendar date; use YYYY, YYYY-MM"):
        parse_range("March")
    with pytest.raises(DateRangeError, match="end '2023-02-30'"):
        parse_range(None, "2023-02-30")
    with pytest.raises(DateRangeError, match="not a calendar date"):
        parse_range("P3Y")
    with pytest.raises(DateRangeError, match=r"start '2023-04' \(from 2023-04-01\) is after end '2023-Q1' "
                                             r"\(to 2023-03-31\)"):
        parse_range("2023-04", "2023-Q1")
    assert isinstance(DateRangeError("x"), ValueError)  # callers that catch ValueError still do
    assert not parse_range() and parse_range().overlaps(None, None)  # no filter keeps everything


@pytest.mark.parametrize(("value", "inside", "outside"), [
    # (a fact's value, a day range it overlaps at its first or last day, the day range just outside it)
    ("2023", ("2023-01-01", "2023-01-01"), ("2022-12-31", "2022-12-31")),
    ("2023", ("2023-12-31", "2024-01-05"), ("2024-01-01", "2024-01-05")),
    ("2023-02", ("2023-02-28", "2023-02-28"), ("2023-03-01", "2023-03-01")),
    ("2023-W09", ("2023-02-27", "2023-02-27"), ("2023-02-20", "2023-02-26")),
    ("2023-W09", ("2023-03-05", "2023-03-09"), ("2023-03-06", "2023-03-09")),
    ("2023-Q1", ("2023-03-31", "2023-04-30"), ("2023-04-01", "2023-04-30")),
    ("2023-Q2", ("2023-02-01", "2023-04-01"), ("2023-02-01", "2023-03-31")),
    ("2023-WI", ("2024-02-29", "2024-03-10"), ("2024-03-01", "2024-03-10")),
    ("2023-WI", ("2023-11-01", "2023-12-01"), ("2023-11-01", "2023-11-30")),
])
def test_timevalues_range_overlap_at_boundaries(value: str, inside: tuple[str, str],
                                                outside: tuple[str, str]) -> None:
    time = TimeValue(value)
    assert parse_range(*inside).covers(time)
    assert not parse_range(*outside).covers(time)
    assert parse_range(value, value).covers(time)
    assert not parse_range(*outside).covers(TimeValue(None)) and not parse_range("2023").covers(None)
