"""Date values and intervals: the one module every layer uses for them (analysis, fusion, store, timeline, web).

A value keeps its granularity: "2023-02" is the whole of February 2023, never
2023-02-01. :func:`value_interval` turns a TIMEX3 value into the first and last
day it covers; :func:`granularity_of` names its granularity; :func:`time_bounds`
gives a :class:`~storyline.model.TimeValue`'s interval. Values that are not on
the calendar (durations, PRESENT_REF, values with unknown parts like
``XXXX-02-26``) have no interval.

Filters: :func:`parse_range` turns a user's ``start``/``end`` (any calendar
value: year, month, ISO week, quarter, half, season, day) into a
:class:`DateRange`, and a dated fact matches when its interval *overlaps* the
range (:meth:`DateRange.overlaps`), so ``end="2023"`` keeps an event on
2023-12-31 and ``start="2023-W05"`` one dated "January 2023".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from storyline.model import TimeValue

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")  # TIMEX3 "199" (older annotations: "199X")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")

#: meteorological seasons (northern hemisphere): first month, last month; winter runs into next year
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def granularity_of(value: str | None) -> str | None:
    """"day", "month", "year", "week", "quarter", "half", "season", "decade", "century", "time",
    "duration", "set"-like "ref" for PRESENT_REF/PAST_REF/FUTURE_REF, or None when unknown."""
    if not value:
        return None
    v = value.strip()
    if v in REFS:
        return "ref"
    if v.startswith("P"):
        return "duration"
    if "T" in v and _DAY.match(v):
        return "time"
    for pattern, name in ((_DAY, "day"), (_MONTH, "month"), (_YEAR, "year"), (_WEEK, "week"),
                          (_QUARTER, "quarter"), (_HALF, "half"), (_SEASON, "season"),
                          (_DECADE, "decade"), (_CENTURY, "century")):
        if pattern.match(v):
            return name
    if re.match(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)", v):
        return "day"
    if re.match(r"^(\d{4}|XXXX)-(\d{2}|XX)$", v):
        return "month"
    return None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def value_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last calendar day (inclusive) a TIMEX3 value covers, or None when it is not on the calendar."""
    if not value:
        return None
    v = value.strip()
    try:
        return _interval(v)
    except ValueError:  # e.g. 2023-02-30 or week 54: not a real date
        return None


def _interval(v: str) -> tuple[dt.date, dt.date] | None:
    if m := _DAY.match(v):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(v):
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), dt.date(y, mo, last_day(y, mo))
    if m := _YEAR.match(v):
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _WEEK.match(v):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if v.endswith("-WE"):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := _QUARTER.match(v):
        y, q = int(m[1]), int(m[2])
        return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, last_day(y, 3 * q))
    if m := _HALF.match(v):
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m := _SEASON.match(v):
        y = int(m[1])
        first, last = SEASON_MONTHS[m[2]]
        end_year = y + 1 if last < first else y
        return dt.date(y, first, 1), dt.date(end_year, last, last_day(end_year, last))
    if m := _DECADE.match(v):
        y = int(m[1]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if m := _CENTURY.match(v):
        y = int(m[1]) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    return None


def interval_strings(value: str | None) -> tuple[str | None, str | None]:
    """``value_interval`` as ISO strings (None, None when not on the calendar)."""
    iv = value_interval(value)
    return (iv[0].isoformat(), iv[1].isoformat()) if iv else (None, None)


def time_bounds(time: TimeValue | None) -> tuple[str | None, str | None]:
    """Earliest and latest ISO day of a time (its stored interval, else the interval of its value)."""
    if time is None:
        return None, None
    if time.earliest or time.latest:
        return time.earliest or time.latest, time.latest or time.earliest
    return interval_strings(time.value)


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether two inclusive day intervals share at least one day."""
    return a[0] <= b[1] and b[0] <= a[1]


# --------------------------------------------------------------------------- user date ranges

#: granularities a user may filter on (a decade or century is too coarse to be meant as a filter)
RANGE_GRANULARITIES = ("day", "time", "week", "month", "quarter", "half", "season", "year")
RANGE_FORMS = ("YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www (ISO week), YYYY-Qn (quarter), YYYY-Hn (half year) "
               "or YYYY-SP/SU/FA/WI (season)")


class DateRangeError(ValueError):
    """A start or end that is not a calendar value, or a start after the end."""


@dataclass(frozen=True)
class DateRange:
    """Inclusive first and last day of a filter; either side open (None)."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __bool__(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def first(self) -> str | None:
        """The first day as ISO text (what stores compare with an interval's latest day)."""
        return self.start.isoformat() if self.start else None

    @property
    def last(self) -> str | None:
        """The last day as ISO text (what stores compare with an interval's earliest day)."""
        return self.end.isoformat() if self.end else None

    def overlaps(self, earliest: str | dt.date | None, latest: str | dt.date | None) -> bool:
        """Whether a fact dated ``earliest``..``latest`` (ISO days) overlaps the range.

        An undated fact overlaps only the open range: a filter never keeps what it cannot place.
        """
        if not self:
            return True
        if earliest is None or latest is None:
            return False
        lo = earliest if isinstance(earliest, dt.date) else dt.date.fromisoformat(earliest[:10])
        hi = latest if isinstance(latest, dt.date) else dt.date.fromisoformat(latest[:10])
        return (self.start is None or hi >= self.start) and (self.end is None or lo <= self.end)

    def covers(self, time: TimeValue | None) -> bool:
        """:meth:`overlaps` for a :class:`TimeValue`."""
        return self.overlaps(*time_bounds(time))


def range_value(value: str, side: str = "date") -> tuple[dt.date, dt.date]:
    """The interval of a filter value, or :class:`DateRangeError` saying what is accepted."""
    text = value.strip()
    iv = value_interval(text) if granularity_of(text) in RANGE_GRANULARITIES else None
    if iv is None:
        raise DateRangeError(f"{side} {value!r} is not a calendar date; use {RANGE_FORMS}")
    return iv


def parse_range(start: str | None = None, end: str | None = None) -> DateRange:
    """``start``/``end`` filter values -> the days they span: from the first day of ``start`` to the last of ``end``.

    Raises :class:`DateRangeError` (a ``ValueError``) for a value that is not on the calendar ("March",
    "2023-13") and for a start after the end.
    """
    first = range_value(start, "start")[0] if start else None
    last = range_value(end, "end")[1] if end else None
    if first and last and first > last:
        raise DateRangeError(f"start {start!r} (from {first.isoformat()}) is after end {end!r} "
                             f"(to {last.isoformat()})")
    return DateRange(first, last)
