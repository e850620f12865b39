"""Calendar arithmetic on TIMEX3 values for normalization (no spaCy here).

``Dct`` is a document creation time at its own granularity (a day, a month or
only a year). Shifting functions return None when the DCT is too coarse for
the requested unit: "yesterday" against a month-only DCT cannot be a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.timevalues import SEASON_MONTHS

#: TIMEX3 duration letters by unit
DURATION_LETTER = {"century": "CE", "decade": "DE", "year": "Y", "half": "M", "quarter": "Q", "month": "M",
                   "week": "W", "weekend": "WE", "day": "D", "hour": "H", "minute": "M", "second": "S",
                   "season": "M"}
TIME_UNITS = ("hour", "minute", "second")


@dataclass(frozen=True)
class Dct:
    """A parsed reference time: year always, month and day when known."""

    year: int
    month: int | None = None
    day: int | None = None
    #: had the next day begun somewhere the news may come from when the text was written: True (published late
    #: west of UTC: it had begun at UTC), False (the publication moment says not, or the DCT was inferred), None
    #: (a date without a time: it may have)
    next_day_begun: bool | None = None

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @property
    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


_PARSE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")


def parse_dct(value: str | None) -> Dct | None:
    """"2023-03-01", "2023-03", "2023", "1998-02-06T22:19:00" -> Dct; anything else -> None."""
    if not value:
        return None
    m = _PARSE.match(value.strip())
    if not m:
        return None
    try:
        d = Dct(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
        _ = d.date
    except ValueError:
        return None
    return d


def next_day_begun(local_date: str | None, instant: str | None) -> bool:
    """Had the day after ``local_date`` begun at UTC at the publication ``instant`` ("2031-03-04T23:30:00-05:00"
    is 04:30 UTC on March 5)? False without a day or an instant with an offset."""
    if not local_date or not instant or len(local_date) != 10:
        return False
    try:
        moment = dt.datetime.fromisoformat(instant)
        day = dt.date.fromisoformat(local_date)
    except ValueError:
        return False
    if moment.utcoffset() is None:
        return False
    return (moment - moment.utcoffset()).date() > day  # type: ignore[operator]


def iso(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(ref: Dct, unit: str, n: int) -> str | None:
    """The value ``n`` units from ``ref`` at the granularity of ``unit`` (None if ref is too coarse, or the
    value falls outside the calendar: "10,000 days ago" in a table, a misread figure)."""
    if unit in ("day", "week", "weekend"):
        if ref.date is None:
            return None
        try:
            day = ref.date + (dt.timedelta(days=n) if unit == "day" else dt.timedelta(weeks=n))
        except OverflowError:
            return None
        if unit == "day":
            return iso(day)
        w = week_value(day)
        return w + "-WE" if unit == "weekend" else w
    if unit in ("month", "quarter", "half"):
        if ref.month is None:
            return None
        if unit == "month":
            y, m = add_months(ref.year, ref.month, n)
            return f"{y:04d}-{m:02d}" if dt.MINYEAR <= y <= dt.MAXYEAR else None
        size = 3 if unit == "quarter" else 6
        k = ref.year * (12 // size) + (ref.month - 1) // size + n
        y, q = divmod(k, 12 // size)
        return f"{y:04d}-{'Q' if unit == 'quarter' else 'H'}{q + 1}" if dt.MINYEAR <= y <= dt.MAXYEAR else None
    if unit == "year":
        return f"{ref.year + n:04d}" if dt.MINYEAR <= ref.year + n <= dt.MAXYEAR else None
    if unit == "decade":
        return f"{ref.year // 10 + n:03d}"  # TIMEX3: three digits name a decade ("199")
    if unit == "century":
        return f"{ref.year // 100 + n:02d}"
    return None


def shift_value(value: str, unit: str, n: int, keep: bool = False) -> str | None:
    """Shift a mentioned value (the anaphoric reference) by ``n`` units.

    ``keep``: keep the reference's own granularity when it is finer than the
    unit ("a year earlier" after "the third quarter" is that quarter a year before).
    """
    if keep and unit == "year":
        if m := _QUARTER.match(value):
            return f"{int(m[1]) + n:04d}-Q{m[2]}"
        if re.match(r"^\d{4}-(\d{2}|SP|SU|FA|WI|H[12])(-\d{2})?$", value):
            return f"{int(value[:4]) + n:04d}{value[4:]}"
    if m := _QUARTER.match(value):
        ref = Dct(int(m[1]), 3 * int(m[2]) - 2)
        return shift(ref, unit, n) if unit not in ("day", "week", "weekend") else None
    if m := _WEEK.match(value):
        ref_date = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return shift(Dct(ref_date.year, ref_date.month, ref_date.day), unit, n)
    parsed = parse_dct(value)
    return shift(parsed, unit, n) if parsed else None


def weekday_date(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The ``weekday`` (0=Monday) nearest ``ref``: "past" on or before, "future" on or after,
    "before"/"after" strictly."""
    delta = (ref.weekday() - weekday) % 7
    if direction == "past":
        return ref - dt.timedelta(days=delta)
    if direction == "before":
        return ref - dt.timedelta(days=delta or 7)
    ahead = (weekday - ref.weekday()) % 7
    if direction == "future":
        return ref + dt.timedelta(days=ahead)
    return ref + dt.timedelta(days=ahead or 7)


#: months (31-day units) a month-day may lie on the side its tense does not point to and keep the reference's year
NEAR_OTHER_SIDE = 1.0


def month_day_year(ref: Dct, month: int, day: int, direction: str) -> int:
    """The year of a year-less "February 26" written at ``ref``.

    past: the latest such day on or before the reference; future: the first on
    or after; otherwise the one nearest the reference (news reports recent or
    coming days far more often than ones eleven months away).
    """
    if ref.month is None:
        return ref.year
    day_ref = ref.day or (15 if month != ref.month else day)
    here = (ref.month, day_ref)
    diff = (month - ref.month) + (day - day_ref) / 31
    # the tense picks the side, but not against a day a few weeks off on the other: news gives the year of a day
    # not in the current one, so "was postponed to <a day next month>" is this year's, as is "will look into the
    # accident on <a day last week>" (the tense is the clause's, the date often the incident's)
    if direction == "past":
        return ref.year if (month, day) <= here or diff <= NEAR_OTHER_SIDE else ref.year - 1
    if direction == "future":
        return ref.year if (month, day) >= here or diff >= -NEAR_OTHER_SIDE else ref.year + 1
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def month_year(ref: Dct, month: int, direction: str) -> int:
    """The year of a bare month name ("in January") written at ``ref``, like :func:`month_day_year`."""
    if ref.month is None:
        return ref.year
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if month - ref.month > 6:
        return ref.year - 1
    if month - ref.month < -6:
        return ref.year + 1
    return ref.year


def season_year(ref: Dct, season: str, offset: int) -> int:
    """Year of "this/last/next summer" (offset 0/-1/+1) at ``ref``: "last winter" in March is the one just ended.

    A winter is named by the year it starts in (TIMEX3: 1998-WI is Dec 1998 - Feb 1999).
    """
    if ref.month is None:
        return ref.year + offset
    first, _ = SEASON_MONTHS[season]
    now = current_season(ref.month)
    this_year = ref.year - 1 if now == "WI" and ref.month <= 2 and season == "WI" else ref.year
    if offset == 0:
        return this_year
    if offset < 0:
        if season == now:
            return this_year - 1
        return ref.year if first < ref.month else ref.year - 1
    return ref.year if first > ref.month else ref.year + 1


def current_season(month: int) -> str:
    for name, (first, last) in SEASON_MONTHS.items():
        if (first <= month <= last) if first <= last else (month >= first or month <= last):
            return name
    return "WI"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
