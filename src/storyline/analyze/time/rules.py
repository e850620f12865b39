"""TIMEX3 detection rules: regular patterns over the clean text, each with a normalizer.

A rule's normalizer returns a :class:`Cand`: the extent, the TIMEX3 type and a
``resolve`` function that computes the value once the context is known (the
DCT, the last mentioned date, the tense of the governing verb). Rules know
nothing of particular documents: they are the calendar grammar of English news.
Extents follow the TimeML guidelines: "on Wednesday" -> "Wednesday";
"the previous year", "last month", "two years ago", "late November",
"about three years" keep their determiners and modifiers.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.analyze.time.calendar import (
    DURATION_LETTER,
    TIME_UNITS,
    Dct,
    easter,
    month_day_year,
    month_year,
    nth_weekday,
    parse_dct,
    season_year,
    shift,
    shift_value,
    weekday_date,
)
from storyline.lexicons import calendar_words as lx
from storyline.lexicons.stopwords import STOPWORDS
from storyline.regex_prefilter import fold, prefiltered, required_words
from storyline.timevalues import value_interval


@dataclass
class Ctx:
    """What a relative expression is resolved against."""

    dct: Dct | None
    ref: str | None  # the last calendar value mentioned before the expression
    # past | present | future | would (a future seen from the past) | ahead (a limit or arrangement not in the past:
    # weekdays ahead, month-days the nearest) | none
    tense: str = "none"
    ref_local: bool = True  # the reference was mentioned in the same paragraph
    quarter: str | None = None  # the last quarter mentioned before ("2023-Q3")


#: a resolved value and what it was anchored to ("dct", "ref" or None)
Resolved = tuple[str | None, str | None]
Resolver = Callable[[Ctx], Resolved]


@dataclass
class Cand:
    start: int
    end: int
    type: str
    rule: str
    resolve: Resolver
    mod: str | None = None
    needs_propn: bool = False  # a bare month name: only when spaCy reads it as a proper noun
    extra: dict[str, str] = field(default_factory=dict)


def fixed(value: str | None) -> Resolver:
    return lambda ctx: (value, None)


#: how a present-tense verb reads a weekday (news: "meets Friday" is scheduled); set from evaluation
PRESENT_WEEKDAY = "past"


def direction(ctx: Ctx) -> str:
    """Past or future reading of a month-day / month from the governing verb's tense ("none": nearest)."""
    return "future" if ctx.tense == "future" else "past" if ctx.tense == "past" else "none"


def weekday_direction(ctx: Ctx) -> str:
    """Weekdays: future tense, or a clause that looks ahead ("remains until Sunday", "is meeting them on Friday")
    -> on or after the DCT; past -> on or before; present per PRESENT_WEEKDAY."""
    if ctx.tense in ("future", "would", "ahead"):
        return "future"
    return PRESENT_WEEKDAY if ctx.tense == "present" else "past"


# --------------------------------------------------------------------------- regex fragments

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
NUM = lx.NUMBER_RE
UNIT = lx.UNIT_RE
B = r"(?<![\w$£€.,-])"  # start boundary: not inside a word or a number
E = r"(?![\w%]|[.,]\d)"  # end boundary: not inside a word or a number ("2082.1")

Handler = Callable[[re.Match[str]], Cand | None]
RULES: list[tuple[str, re.Pattern[str], Handler]] = []


def rule(name: str, pattern: str, flags: int = re.IGNORECASE) -> Callable[[Handler], Handler]:
    compiled = prefiltered(pattern, flags)  # same matches; positions no rule can start at are skipped at once

    def wrap(fn: Handler) -> Handler:
        RULES.append((name, compiled, fn))
        return fn

    return wrap


def month_num(text: str) -> int:
    return lx.MONTHS[text.lower().rstrip(".")]


def weekday_num(text: str) -> int:
    return lx.WEEKDAYS[text.lower().rstrip(".")]


def cand(m: re.Match[str], type_: str, name: str, resolve: Resolver, group: int | str = 0, **kw: object) -> Cand:
    return Cand(m.start(group), m.end(group), type_, name, resolve, **kw)  # type: ignore[arg-type]


def capitalized(s: str) -> bool:
    return s[:1].isupper()


# --------------------------------------------------------------------------- absolute and month-day dates


def resolve_month_day(month: int, day: int) -> Resolver:
    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is not None:
            year = month_day_year(ctx.dct, month, day, direction(ctx))
            return f"{year:04d}-{month:02d}-{day:02d}", "dct"
        value = f"{ctx.ref[:4]}-{month:02d}-{day:02d}" if ctx.ref and ctx.ref[:4].isdigit() else None
        if value is not None and not _before_ref(value, ctx.ref):
            return value, "ref"
        return f"XXXX-{month:02d}-{day:02d}", None

    return run


def _before_ref(value: str, ref: str | None) -> bool:
    """With no DCT, "in early March" after "the autumn of 2030" may be March 2030 or March 2031: a month of
    the reference's year that ends before the reference starts leaves the year unknown."""
    a, b = value_interval(value), value_interval(ref)
    return a is not None and b is not None and a[1] < b[0]


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@rule("month_day_year", rf"{B}(?:(?P<wd>{lx.WEEKDAY_RE}),?\s+)?(?P<mon>{lx.MONTH_RE})\s*(?P<day>{DAY})"
      rf"(?:(?:\s?,\s*|\s+)(?P<year>{YEAR}))?{E}")  # "December 10 , 2013": text rebuilt from tokens
def month_day(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]):
        return None
    month, day = month_num(m["mon"]), int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        year = int(m["year"])
        if not valid_day(year, month, day):
            return None
        return cand(m, "DATE", "month_day_year", fixed(f"{year:04d}-{month:02d}-{day:02d}"))
    if not valid_day(2000, month, day):
        return None
    return cand(m, "DATE", "month_day", resolve_month_day(month, day))


@rule("day_month_year", rf"{B}(?:(?P<wd>{lx.WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?"
      rf"(?P<mon>{lx.MONTH_RE})(?:\s?,?\s+(?P<year>{YEAR}))?{E}")
def day_month(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]):
        return None
    return month_day(m)


@rule("week_of", rf"{B}the\s+week\s+of\s+(?P<mon>{lx.MONTH_RE})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?{E}")
def week_of(m: re.Match[str]) -> Cand | None:
    """"the week of March 6": the ISO week holding that day."""
    if not capitalized(m["mon"]):
        return None
    month, day = month_num(m["mon"]), int(re.sub(r"\D", "", m["day"]))
    if not valid_day(int(m["year"] or 2000), month, day):
        return None
    day_res = fixed(f"{m['year']}-{month:02d}-{day:02d}") if m["year"] else resolve_month_day(month, day)

    def run(ctx: Ctx) -> Resolved:
        value, anchor = day_res(ctx)
        if not value or not value[:4].isdigit():
            return None, anchor
        year, week, _ = dt.date.fromisoformat(value).isocalendar()
        return f"{year:04d}-W{week:02d}", anchor

    return cand(m, "DATE", "week_of", run)


@rule("iso_date", rf"{B}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){E}")
def iso_date(m: re.Match[str]) -> Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    return cand(m, "DATE", "iso_date", fixed(f"{y:04d}-{mo:02d}-{d:02d}"))


@rule("numeric_date", rf"{B}(?:(?P<y1>{YEAR})(?P<s1>[/.])(?P<m1>0?[1-9]|1[0-2])(?P=s1)(?P<d1>0?[1-9]|[12]\d|3[01])"
      rf"|(?P<a>0?[1-9]|[12]\d|3[01])(?P<s2>[/.-])(?P<b>0?[1-9]|[12]\d|3[01])(?P=s2)(?P<y2>{YEAR})){E}")
def numeric_date(m: re.Match[str]) -> Cand | None:
    """All-digit dates: "2025/03/09" (year first), "23.03.2025", "3/9/2025", "09-03-2025".

    The order of day and month is read from the numbers when one is over 12; otherwise both readings stay
    possible (the day-first convention of most of the world, the month-first one of the United States) and the
    one nearer the article's date is taken, as a reader does; with no date to compare, a dotted date is read day
    first (the European convention) and a slashed or hyphenated one keeps only its year: unknown stays unknown."""
    if m["y1"]:
        y, mo, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
        return cand(m, "DATE", "numeric_date", fixed(f"{y:04d}-{mo:02d}-{d:02d}")) if valid_day(y, mo, d) else None
    y, a, b = int(m["y2"]), int(m["a"]), int(m["b"])
    readings = sorted({(mo, d) for mo, d in ((b, a), (a, b)) if mo <= 12 and valid_day(y, mo, d)})
    if not readings:
        return None
    if len(readings) == 1:
        mo, d = readings[0]
        return cand(m, "DATE", "numeric_date", fixed(f"{y:04d}-{mo:02d}-{d:02d}"))
    day_first = (b, a)

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is not None and ctx.dct.month is not None:
            ref = dt.date(ctx.dct.year, ctx.dct.month, ctx.dct.day or 15)
            mo, d = min(readings, key=lambda r: (abs((dt.date(y, r[0], r[1]) - ref).days), r != day_first))
            return f"{y:04d}-{mo:02d}-{d:02d}", "dct"
        if m["s2"] == ".":
            return f"{y:04d}-{day_first[0]:02d}-{day_first[1]:02d}", None
        return f"{y:04d}", None

    return cand(m, "DATE", "numeric_date", run)


#: "early", "late", "mid" before a month or a year, or its edge named as a part of it ("the end of 2024", "the
#: beginning of March", "the middle of June 2023"): TimeML marks the whole phrase, the period's value with a mod
MODP = r"(?:(?P<pmod>early|late|mid)[\s-]+|(?:the\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+)?"
#: TIMEX3 mods of "early", "late" and "mid" before a month, a year or a decade, and of a period's named edge
PERIOD_MODS = {"early": "START", "late": "END", "mid": "MID", "end": "END", "close": "END", "beginning": "START",
               "start": "START", "middle": "MID"}


def _pmod(m: re.Match[str]) -> str | None:
    return PERIOD_MODS.get((m["pmod"] or m["edge"] or "").lower())


@rule("month_year", rf"{B}{MODP}(?P<mon>{lx.MONTH_RE}),?\s+(?:of\s+)?(?P<year>{YEAR}){E}")
def month_year_rule(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]):
        return None
    return cand(m, "DATE", "month_year", fixed(f"{int(m['year']):04d}-{month_num(m['mon']):02d}"), mod=_pmod(m))


@rule("month_rel_year", rf"{B}(?P<mon>{lx.MONTH_RE})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year{E}")
def month_rel_year(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]):
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = month_num(m["mon"])

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None:
            return None, None
        return f"{ctx.dct.year + offset:04d}-{month:02d}", "dct"

    return cand(m, "DATE", "month_rel_year", run)


@rule("rel_month", rf"{B}(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<mon>{lx.MONTH_RE}){E}")
def rel_month(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]):
        return None
    month, rel = month_num(m["mon"]), m["rel"].lower().split()[-1]

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None or ctx.dct.month is None:
            return None, None
        if rel in ("last", "past"):
            year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
        elif rel in ("next", "coming"):
            year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
        else:
            year = ctx.dct.year
        return f"{year:04d}-{month:02d}", "dct"

    return cand(m, "DATE", "rel_month", run)


_ABBREVIATIONS = frozenset({"jan", "feb", "apr", "aug", "sept", "oct", "nov", "dec"})


@rule("month", rf"{B}{MODP}(?P<mon>{lx.MONTH_RE}){E}")
def bare_month(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["mon"]) or (m["mon"].lower() == "may" and m["mon"] != "May"):
        return None
    if m["mon"].lower() in _ABBREVIATIONS:
        return None  # a bare "Jan" (no day, no dot) is a name more often than a month
    month = month_num(m["mon"])

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is not None:
            return f"{month_year(ctx.dct, month, direction(ctx)):04d}-{month:02d}", "dct"
        if ctx.ref and ctx.ref[:4].isdigit() and not _before_ref(f"{ctx.ref[:4]}-{month:02d}", ctx.ref):
            return f"{ctx.ref[:4]}-{month:02d}", "ref"
        return f"XXXX-{month:02d}", None

    c = cand(m, "DATE", "month", run, needs_propn=True, mod=_pmod(m))
    if m["pmod"] or m["edge"]:
        c.needs_propn = False
    return c


@rule("year", rf"{B}{MODP}(?:(?P<fiscal>fiscal(?:\s+year)?[\s-]+|the\s+year\s+|FY\s*)?)(?P<year>{YEAR}){E}"
      r"(?!\s*(?:%|percent|GMT\b|UTC\b|[ECMP][SD]T\b|hours\b|hrs\b|local\s+time\b))")  # ("1700 GMT": a clock)
def year(m: re.Match[str]) -> Cand | None:
    return cand(m, "DATE", "year", fixed(m["year"]), needs_propn=not (m["fiscal"] or m["pmod"] or m["edge"]),
                mod=_pmod(m))


_DIGIT_WORDS = "|".join(w for w, n in lx.ONES.items() if 1 <= n <= 9)
_SPELLED_YEAR = (rf"(?:(?:the\s+year\s+)?nineteen[\s-]+(?:{'|'.join(lx.TENS)})(?:[\s-]+(?:{_DIGIT_WORDS}))?"
                 rf"|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_DIGIT_WORDS}|ten))?)")


@rule("spelled_year", rf"{B}{_SPELLED_YEAR}{E}")
def spelled_year(m: re.Match[str]) -> Cand | None:
    words = re.sub(r"^the\s+year\s+", "", m[0].lower())
    if words.startswith("nineteen"):
        rest = lx.number_value(words.replace("nineteen", "", 1))
        value = 1900 + int(rest or 0)
    else:
        if not m[0].lower().startswith("the year") and words.strip() == "two thousand":
            return None  # "two thousand people"
        value = 2000 + int(lx.number_value(words.replace("two thousand", "", 1).replace("and", "")) or 0)
    return cand(m, "DATE", "spelled_year", fixed(str(value)))


@rule("decade", rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s){E}")
def decade(m: re.Match[str]) -> Cand | None:
    mod = PERIOD_MODS.get((m["mod"] or "").lower())
    if m["c"]:
        return cand(m, "DATE", "decade", fixed(f"{m['c']}{m['d']}"), mod=mod)
    d2 = m["d2"]

    def run(ctx: Ctx) -> Resolved:
        century = ctx.dct.year // 100 if ctx.dct else 19
        if ctx.dct and int(d2) * 10 > ctx.dct.year % 100:
            century -= 1
        return f"{century}{d2}", "dct" if ctx.dct else None

    return cand(m, "DATE", "decade", run, mod=mod)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@rule("decade_word", rf"{B}the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?P<w>{'|'.join(_DECADE_WORDS)}){E}")
def decade_word(m: re.Match[str]) -> Cand | None:
    d = _DECADE_WORDS[m["w"].lower()]

    def run(ctx: Ctx) -> Resolved:
        century = ctx.dct.year // 100 if ctx.dct else 19
        if ctx.dct and d * 10 > ctx.dct.year % 100:
            century -= 1
        return f"{century}{d}", "dct" if ctx.dct else None

    return cand(m, "DATE", "decade", run)


@rule("century", rf"{B}(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century{E}")
def century(m: re.Match[str]) -> Cand | None:
    return cand(m, "DATE", "century", fixed(f"{int(m['n']) - 1:02d}"))


@rule("rel_century", rf"{B}(?P<rel>this|last|next|the\s+last|the\s+next|the\s+current)\s+century{E}")
def rel_century(m: re.Match[str]) -> Cand | None:
    offset = {"last": -1, "next": 1}.get(m["rel"].lower().split()[-1], 0)

    def run(ctx: Ctx) -> Resolved:
        return (shift(ctx.dct, "century", offset), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "rel_century", run)


# --------------------------------------------------------------------------- quarters, halves, seasons, holidays


_QUARTER = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


@rule("quarter", rf"{B}(?:(?P<the>the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
      rf"{_QUARTER}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}))?{E}")
def quarter(m: re.Match[str]) -> Cand | None:
    q = lx.ORDINALS[m["q"].lower()]
    if m["year"]:
        return cand(m, "DATE", "quarter_year", fixed(f"{m['year']}-Q{q}"))
    offset = {"last": -1, "next": 1}.get((m["the"] or "").split("'")[0].split()[0].lower() if m["the"] else "", 0)

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None:
            return (f"{ctx.ref[:4]}-Q{q}", "ref") if ctx.ref and ctx.ref[:4].isdigit() else (None, None)
        year = ctx.dct.year + offset
        # a quarter later in the year than the DCT, read in the past or untensed, is last year's
        if offset == 0 and ctx.tense in ("past", "none") and ctx.dct.month and q > (ctx.dct.month - 1) // 3 + 1:
            year -= 1
        return f"{year:04d}-Q{q}", "dct"

    return cand(m, "DATE", "quarter", run)


@rule("year_quarter", rf"{B}(?:the\s+)?(?:(?P<year>{YEAR})|(?P<ya>year-(?:earlier|ago)))\s+(?:{_QUARTER}[\s-]+)?"
      rf"(?:fiscal\s+)?quarter{E}")
def year_quarter(m: re.Match[str]) -> Cand | None:
    """"the 1988 third quarter", "the year-ago third quarter" (a quarter of the year before the DCT)."""
    q = lx.ORDINALS[m["q"].lower()] if m["q"] else None
    if m["year"]:
        return cand(m, "DATE", "quarter_year", fixed(f"{m['year']}-Q{q}" if q else None)) if q else None

    def run(ctx: Ctx) -> Resolved:
        if q is None:
            if ctx.ref and re.match(r"^\d{4}-Q\d$", ctx.ref):
                return shift_value(ctx.ref, "year", -1, keep=True), "ref"
            return (shift(ctx.dct, "quarter", -5), "dct") if ctx.dct else (None, None)
        return (f"{ctx.dct.year - 1:04d}-Q{q}", "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "year_quarter", run)


@rule("rel_quarter", rf"{B}(?P<rel>the|this|last|next|the\s+latest|the\s+current|the\s+previous|the\s+past|"
      rf"the\s+most\s+recent|the\s+same|that)\s+(?:fiscal\s+)?quarter{E}")
def rel_quarter(m: re.Match[str]) -> Cand | None:
    rel = m["rel"].lower().split()[-1]

    def run(ctx: Ctx) -> Resolved:
        if rel in ("the", "same", "that") and ctx.ref and re.match(r"^\d{4}-Q\d$", ctx.ref):
            return ctx.ref, "ref"
        if ctx.dct is None:
            return None, None
        offset = {"current": 0, "this": 0 if ctx.tense != "past" else -1, "next": 1}.get(rel, -1)
        return shift(ctx.dct, "quarter", offset), "dct"

    return cand(m, "DATE", "rel_quarter", run)


@rule("latest_period", rf"{B}the\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period{E}")
def latest_period(m: re.Match[str]) -> Cand | None:
    """"the latest period" in results news: the quarter under discussion, else the last one completed."""
    def run(ctx: Ctx) -> Resolved:
        if ctx.quarter:
            return ctx.quarter, "ref"
        return (shift(ctx.dct, "quarter", -1), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "latest_period", run)


@rule("half", rf"{B}(?:the\s+)?(?P<h>first|second|last|latter)\s+half"
      rf"(?:\s+of\s+(?P<year>{YEAR}|the\s+year|this\s+year))?{E}")
def half(m: re.Match[str]) -> Cand | None:
    h = 1 if m["h"].lower() == "first" else 2  # second, last, latter
    if m["year"] and m["year"][0].isdigit():
        return cand(m, "DATE", "half_year", fixed(f"{m['year']}-H{h}"))
    if not m["year"]:
        return None  # "the first half" of a match, a game: too vague alone

    def run(ctx: Ctx) -> Resolved:
        return (f"{ctx.dct.year:04d}-H{h}", "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "half", run)


#: after "the fall", what makes it the noun of falling and not the season: "the fall of the regime", "the fall
#: from power" ("in" and "to" stay the season: "in the fall in Lesk", "put off to the fall"); the season's year is
#: read by the rule itself ("the fall of 2031"), and "the fall of last year" or "of that year" stays the season
FALL_OF = re.compile(r"\s+(?:from|of(?!\s+(?:last|this|next|that|the\s+(?:same|following|previous)|each|every)"
                     r"\s+year\b))\b", re.I)


@rule("season", rf"{B}(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the|early|late)\s+)?(?P<s>{lx.SEASON_RE})"
      rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?{E}")
def season(m: re.Match[str]) -> Cand | None:
    if _named_season(m):
        return None  # "the Veloran Spring", "the Lesk Spring of 2031": a movement's name, not a season
    code = lx.SEASONS[m["s"].lower()]
    if m["year"]:
        return cand(m, "DATE", "season_year", fixed(f"{m['year']}-{code}"))
    rel = (m["rel"] or "").lower().split()
    if m["s"].lower() == "fall" and (not rel or (rel == ["the"] and FALL_OF.match(m.string, m.end()))):
        return None  # "a fall in prices", "the fall of the regime": the noun of falling
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel[-1] if rel else "", 0)

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None:
            return None, None
        off = offset
        if not rel or rel[-1] in ("the", "early", "late"):
            off = -1 if ctx.tense == "past" and code != "WI" and _season_started_after(ctx.dct, code) else 0
        return f"{season_year(ctx.dct, code, off):04d}-{code}", "dct"

    return cand(m, "DATE", "season", run)


#: the capitalised word just before a season's name: English writes seasons in lower case, so a capitalised
#: "Spring" after a capitalised word that is no function or time word is a name ("the Arab Spring")
WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
#: capitalised words that may open a sentence or a title-case headline before a season ("In Spring", "Every Winter")
SEASON_OPENERS = STOPWORDS | frozenset({"every", "early", "late", "mid", "coming", "past", "throughout", "since",
                                        "during", "ahead"})


def _named_season(m: re.Match[str]) -> bool:
    """A season word that is part of a name: capitalised when the season is not ("the Arab Spring", "the Prague
    Spring"), right after a capitalised word that is no function word ("In Spring", "Every Winter" stay seasons)."""
    if m["rel"] or not m["s"][0].isupper():
        return False
    before = WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    return before is not None and before[1].lower() not in SEASON_OPENERS


def _season_started_after(d: Dct, code: str) -> bool:
    return d.month is not None and {"SP": 3, "SU": 6, "FA": 9}[code] > d.month


#: a holiday's name that modifies a noun of a thing ("a Christmas market", ``HOLIDAY_THINGS``): the season, no day
HOLIDAY_THING = re.compile(r"\s+(?:" + "|".join(sorted(lx.HOLIDAY_THINGS)) + r")\b", re.I)
#: a second holiday joined to the first: "Christmas and New Year sales" is the two holidays' season, one span
HOLIDAY_AND = re.compile(rf"\s+(?:and|or|&)\s+{lx.HOLIDAY_RE}", re.I)


def _holiday_direction(ctx: Ctx) -> str:
    """A bare holiday: past tense -> the last one on or before the report; a future, or a future seen from the past
    ("would open by Christmas"), or a clause that looks ahead -> the next one; otherwise ("none") the nearest."""
    if ctx.tense in ("future", "would", "ahead"):
        return "future"
    return "past" if ctx.tense == "past" else "none"


@rule("holiday", rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{lx.HOLIDAY_RE})(?:,?\s+(?P<year>{YEAR}))?{E}")
def holiday(m: re.Match[str]) -> Cand | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    if not m["year"] and not m["rel"] and HOLIDAY_THING.match(m.string, m.end("h")):
        return cand(m, "DURATION", "holiday_season", fixed("PXD"))  # "Christmas sales": its season, as MEANTIME
        # marks it; "an attack on a Christmas market" was not on 25 December
    if not m["year"] and not m["rel"] and (co := HOLIDAY_AND.match(m.string, m.end("h"))) and \
            HOLIDAY_THING.match(m.string, co.end()):
        return Cand(m.start(), co.end(), "DURATION", "holiday_season", fixed("PXD"))  # "Christmas and New Year sales"

    def on(year: int) -> dt.date:
        if name in lx.FIXED_HOLIDAYS:
            mo, d = lx.FIXED_HOLIDAYS[name]
            return dt.date(year, mo, d)
        if name.startswith("thanksgiving"):
            return nth_weekday(year, 11, 3, 4)
        e = easter(year)
        return e - dt.timedelta(days=2) if name == "good friday" else e

    if m["year"]:
        return cand(m, "DATE", "holiday_year", fixed(on(int(m["year"])).isoformat()))
    rel = (m["rel"] or "").lower()

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None:
            return None, None
        ref = ctx.dct.date or dt.date(ctx.dct.year, ctx.dct.month or 7, 1)
        this = on(ctx.dct.year)
        if rel == "this":
            return this.isoformat(), "dct"
        way = {"last": "past", "next": "future"}.get(rel) or _holiday_direction(ctx)
        if way == "past":
            return (this if this <= ref else on(ctx.dct.year - 1)).isoformat(), "dct"
        if way == "future":
            return (this if this >= ref else on(ctx.dct.year + 1)).isoformat(), "dct"
        # present tense or none: the occurrence nearest the report ("shops expect record sales at Christmas",
        # written on 3 December: the coming one, 22 days on, not last year's, 343 days back)
        near = min((on(ctx.dct.year + k) for k in (-1, 0, 1)), key=lambda d: abs((d - ref).days))
        return near.isoformat(), "dct"

    return cand(m, "DATE", "holiday", run)


# --------------------------------------------------------------------------- deictic: today, weekdays, last/next


_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


@rule("deictic_day", rf"{B}(?:(?P<pre>earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?:'s)?"
      rf"(?:\s+(?P<part>{lx.PART_RE}))?{E}")
def deictic_day(m: re.Match[str]) -> Cand | None:
    word = m["w"].lower()
    offset = _DEICTIC_DAYS.get(word, 0)
    part = lx.PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if m[0].lower().endswith("'s"):
        if _GENERIC_AFTER.match(m.string, m.end()):
            return None  # "today's world", "today's youth": the present age, not a day
        return cand(m, "DATE", "deictic_day", _day_resolver(offset, None), group="w")

    return cand(m, "TIME" if part else "DATE", "deictic_day", _day_resolver(offset, part))


_GENERIC_AFTER = re.compile(r"\s+(?:world|youth|society|generation|young|children|kids|standards|economy)\b",
                            re.IGNORECASE)


def _day_resolver(offset: int, part: str | None) -> Resolver:
    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None:
            return None, None
        day = shift(ctx.dct, "day", offset)
        if day is None:  # month-only DCT: "today" lies somewhere in that month
            return (ctx.dct.value, "dct") if offset == 0 and ctx.dct.month else (None, None)
        return (f"{day}T{part}" if part else day), "dct"

    return run


@rule("last_night", rf"{B}(?:last|this|tomorrow)\s+(?P<part>night|morning|afternoon|evening){E}")
def last_night(m: re.Match[str]) -> Cand | None:
    offset = -1 if m[0].lower().startswith("last") else 1 if m[0].lower().startswith("tomorrow") else 0
    return cand(m, "TIME", "part_of_day", _day_resolver(offset, lx.PARTS_OF_DAY[m["part"].lower()]))


_REFS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
         "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF",
         "formerly": "PAST_REF", "once": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF",
         "the future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF", "the years ahead": "FUTURE_REF", "a later date": "FUTURE_REF",
         "then": "PAST_REF"}
#: marked far more often by us than by TimeML annotators (TBAQ dev): left out of detection
_UNMARKED = ("once", "then", "in the past", "previously", "formerly", "shortly", "soon", "recent", "lately")
_REF_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _REFS if k not in _UNMARKED),
                          key=len, reverse=True))


@rule("ref_word", rf"{B}(?P<w>{_REF_RE}){E}")
def ref_word(m: re.Match[str]) -> Cand | None:
    key = re.sub(r"\s+", " ", m["w"].lower())
    return cand(m, "DATE", "ref_word", fixed(_REFS[key]))


@rule("weekday", rf"{B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|"
      rf"early|late|(?P<pt>{lx.PART_RE}))\s+)?(?P<wd>{lx.WEEKDAY_RE})(?:'s)?(?:,?\s+(?P<part>{lx.PART_RE}))?{E}")
def weekday(m: re.Match[str]) -> Cand | None:
    if not capitalized(m["wd"]):
        return None
    wd = weekday_num(m["wd"])
    rel = (m["rel"] or "").lower().split()
    rel_word = rel[-1] if rel and not m["pt"] else ""
    part_word = (m["part"] or m["pt"] or "").lower()
    part = lx.PARTS_OF_DAY.get(part_word)
    later_hours = rel_word == "late" or part_word in LATER_PARTS
    anaphoric = rel_word in ("previous", "following")
    end_group = "part" if m["part"] else "wd"
    # "filed the motion on Wednesday last week", "Friday of next week": the weekday of the week named after it
    # (the week before or after the report's), whatever the tense says
    week = None if rel_word else _WEEK_AFTER.match(m.string, m.end(end_group))
    week_shift = {"last": -1, "this": 0, "next": 1}.get(week["rel"].lower()) if week else None

    def run(ctx: Ctx) -> Resolved:
        base, anchor = (parse_dct(ctx.ref), "ref") if anaphoric else (ctx.dct, "dct")
        if week_shift is not None and base is not None and base.date is not None:
            monday = base.date - dt.timedelta(days=base.date.weekday())
            day = (monday + dt.timedelta(days=7 * week_shift + wd)).isoformat()
            return (f"{day}T{part}" if part and WEEKDAY_PART else day), anchor
        if (base is None or base.date is None) and not anaphoric and rel_word in ("", "early", "late"):
            # no publication day: "the Saturday night quake" (or "late Saturday") after "on Saturday, April 16,
            # 2031" is that day (the last date told names the same weekday); any other weekday stays open
            ref = parse_dct(ctx.ref)
            if ref is not None and ref.date is not None and ref.date.weekday() == wd:
                return ref.date.isoformat(), "ref"
            return None, None
        if base is None or base.date is None:
            return None, None
        way = {"last": "before", "past": "before", "previous": "before", "next": "after", "coming": "after",
               "following": "after"}.get(rel_word) or weekday_direction(ctx)
        date = weekday_date(base.date, wd, way)
        begun = base.next_day_begun or (base.next_day_begun is None and (rel_word == "early" or
                                                                          part_word in EARLY_PARTS))
        if way == "past" and anchor == "dct" and begun and (base.date - date).days == 6 and not later_hours:
            # "struck early Wednesday" in a report dated Tuesday: Wednesday had begun where the news happened (a
            # report stamped Tuesday 23:30 -05:00 is Wednesday at UTC), not the Wednesday six days before (news
            # says "last Wednesday"). Without a publication time only the day's first hours said outright ("early
            # Wednesday", "Wednesday morning") tell that: "said on Monday" in a report dated Sunday is the Monday
            # before, a past day never after the report. Only its first hours can precede a report dated the day
            # before: "broke on Sunday night" in a report dated Saturday is the Sunday before
            date += dt.timedelta(days=7)
        if rel_word == "last" and anchor == "dct" and (base.date - date).days == 1:
            # "last Sunday" in a report dated Monday is the Sunday of the week before: the day before the report is
            # "yesterday" or "on Sunday", never "last Sunday" (TimeBank's "last Monday" in a report dated Monday is
            # the Monday before, a week back; "this past Sunday" stays the day before)
            date -= dt.timedelta(days=7)
        day = date.isoformat()
        return (f"{day}T{part}" if part and WEEKDAY_PART else day), anchor

    return Cand(m.start(), m.end(end_group), "TIME" if part and WEEKDAY_PART else "DATE", "weekday", run)


#: the week a weekday lies in, told after it: "Wednesday last week", "on Friday of next week", "Monday this week"
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|this|next)\s+week"
                         r"(?![\w'’-])", re.IGNORECASE)


#: "Friday night": TimeBank mostly gives the day (2000-01-07), not 2000-01-07TNI; the extent keeps "night"
WEEKDAY_PART = False
#: parts of a day that no report dated the day before can have seen begin, in any time zone news comes from
LATER_PARTS = frozenset({"afternoon", "mid-afternoon", "evening", "night", "noon", "midday"})
#: parts of a day that name its first hours: said outright, they can follow a report dated the day before
EARLY_PARTS = frozenset({"morning", "dawn"})


@rule("rel_unit", rf"{B}(?:(?P<pre>earlier|later|early|late)\s+)?(?P<rel>this|last|next|this\s+past|this\s+coming|"
      rf"the\s+current|the\s+past|the\s+coming|the\s+latest|the\s+previous|the\s+following|the\s+same|that|"
      rf"the\s+next|the\s+prior|a\s+year\s+ago|the\s+preceding|the\s+full)\s+(?P<fiscal>fiscal\s+)?"
      rf"(?P<u>week|weekend|month|year|decade|day)(?!-){E}")
def rel_unit(m: re.Match[str]) -> Cand | None:
    if m["u"].istitle():
        return None  # "This Week", "Next Year": a title (a programme, a magazine), not a date
    rel = " ".join(m["rel"].lower().split())
    unit = m["u"].lower()
    if (m["fiscal"] and unit != "year") or (rel == "the full" and unit != "year"):
        return None
    mod = {"early": "START", "late": "END"}.get((m["pre"] or "").lower())
    anaphoric = rel in ("the previous", "the following", "the same", "that", "the next", "the prior", "the preceding")
    # "the latest (fiscal) year": the last one completed, as with "the latest quarter"
    offset = {"last": -1, "this past": -1, "the past": -1, "the previous": -1, "the prior": -1, "the preceding": -1,
              "the latest": -1,
              "next": 1, "this coming": 1, "the coming": 1, "the following": 1, "the next": 1}.get(rel, 0)
    if unit == "day" and not anaphoric:
        return None  # "this day" / "the past day" are rare and vague
    if rel in ("the past", "the coming", "the next") and unit in ("week", "month", "year", "decade") and \
            (rel, unit) != ("the past", "year"):  # TimeBank reads "in the past year" as last year (a DATE)
        if rel == "the next":
            return None  # "the next year" is mostly a duration ahead; handled by durations
        return cand(m, "DURATION", "rel_unit_duration", fixed(duration_value(1, unit)))

    def run(ctx: Ctx) -> Resolved:
        if anaphoric and ctx.ref is not None and ctx.ref_local:
            return shift_value(ctx.ref, unit, offset), "ref"
        if anaphoric and (ctx.dct is None or offset == 0):
            return None, None  # "that year" with nothing before it in its paragraph: unknown
        # "the previous year" opening a paragraph, with no date before it there: the year before
        # the publication (a deictic reading), as readers take it
        if ctx.dct is None:
            return None, None
        return shift(ctx.dct, unit, offset), "dct"

    return cand(m, "DATE", "rel_unit_anaphoric" if anaphoric else "rel_unit", run, mod=mod)


@rule("weekend", rf"{B}(?:the|this|last|next|this\s+past|this\s+coming)\s+weekend{E}")
def weekend(m: re.Match[str]) -> Cand | None:
    rel = m[0].lower().split()[-2]

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None or ctx.dct.date is None:
            return None, None
        way = {"last": "before", "past": "before", "next": "after", "coming": "after"}.get(rel)
        if way is None:
            way = "future" if ctx.tense in ("future", "would") else "past"
        saturday = weekday_date(ctx.dct.date, 5, way)
        return f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE", "dct"

    return cand(m, "DATE", "weekend", run)


@rule("end_of_unit", rf"{B}(?:the\s+)?(?P<pos>end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+"
      rf"(?P<rel>the|this|last|next)\s+(?P<u>year|month|week|quarter|decade|century){E}")
def end_of_unit(m: re.Match[str]) -> Cand | None:
    unit = m["u"].lower()
    offset = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "turn": "START",
           "middle": "MID"}.get(m["pos"].lower())

    def run(ctx: Ctx) -> Resolved:
        return (shift(ctx.dct, unit, offset), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "end_of_unit", run, mod=mod)


@rule("the_year", rf"{B}(?:(?P<pre>earlier|later)\s+in\s+the\s+year{E}|the\s+(?:fiscal\s+)?year"
      rf"(?=\s+(?P<end>ended|ending)\b|'s\b|\s*[,.;:)]))")
def the_year(m: re.Match[str]) -> Cand | None:
    """"for the year ended June 30": a year-long period (P1Y); "a high for the year.": the current year."""
    if m["end"]:
        return cand(m, "DURATION", "the_year", fixed("P1Y"))

    def run(ctx: Ctx) -> Resolved:
        return (str(ctx.dct.year), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "the_year", run)


@rule("year_end", rf"{B}year(?:-|\s+|'s\s+)end{E}")
def year_end(m: re.Match[str]) -> Cand | None:
    """"by year-end", "at year's end": the end of the current year."""
    def run(ctx: Ctx) -> Resolved:
        return (str(ctx.dct.year), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "year_end", run, mod="END")


@rule("year_earlier", rf"{B}(?:(?:the\s+)?(?:comparable\s+|corresponding\s+)?year-(?:earlier|ago)\s+(?:period|quarter)|"
      rf"year-(?:earlier|ago)){E}")
def year_earlier(m: re.Match[str]) -> Cand | None:
    """"year-earlier", "the year-ago quarter": the period under discussion, a year before."""
    def run(ctx: Ctx) -> Resolved:
        if ctx.quarter:  # results news compares with the quarter under discussion, a year before
            return shift_value(ctx.quarter, "year", -1, keep=True), "ref"
        if ctx.ref and ctx.ref[:1].isdigit():
            return shift_value(ctx.ref, "year", -1, keep=True), "ref"
        return (shift(ctx.dct, "year", -1), "dct") if ctx.dct else (None, None)

    return cand(m, "DATE", "year_earlier", run)


#: quotation marks: after a space and before a word one opens a quote ("seven months after "Orvani" fled")
QUOTES = "'\"\u201c\u201d\u2018\u2019"


def _phrase_end(m: re.Match[str]) -> bool:
    """Does the expression end its phrase ("two days after." / "two days after, ...") rather than lead into an
    object ("two days after the attack", "seven months after "Orvani" fled": an opening quote)?"""
    rest = m.string[m.end():m.end() + 3]
    if rest[:1].isspace() and rest[1:2] in QUOTES and rest[2:3].isalnum():
        return False
    return not rest[:2].strip() or rest.lstrip()[:1] in ",.;:)'\"" or rest[:1] in ",.;:"


def _ago(unit: str, n: float | None, anaphoric: bool, sign: int) -> Resolver:
    def run(ctx: Ctx) -> Resolved:
        if n is None or n != int(n):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF", "dct") if not anaphoric else (None, None)
        steps = sign * int(n)
        if unit in TIME_UNITS:
            return ("PAST_REF" if sign < 0 else "FUTURE_REF", "dct") if not anaphoric else (None, None)
        if anaphoric:
            if ctx.ref is None or not ctx.ref[:1].isdigit():
                return None, None
            if unit == "year" and abs(steps) == 1 and ctx.quarter:
                return shift_value(ctx.quarter, "year", steps, keep=True), "ref"
            # "a year earlier" after a quarter is that quarter a year before; after a day, the year before
            keep = unit == "year" and abs(steps) == 1 and bool(re.match(r"^\d{4}-[QH]\d$", ctx.ref))
            return shift_value(ctx.ref, unit, steps, keep=keep), "ref"
        if ctx.dct is None:
            return None, None
        if unit == "year" and abs(steps) == 1 and ctx.quarter:
            # "profit rose from a year ago" after "the third quarter": that quarter a year before
            return shift_value(ctx.quarter, "year", steps, keep=True), "ref"
        return shift(ctx.dct, "week" if unit == "fortnight" else unit, steps * (2 if unit == "fortnight" else 1)), "dct"

    return run


@rule("ago", rf"{B}(?:(?P<mod>about|around|nearly|almost|some|more\s+than|less\s+than|over|just\s+over|roughly|"
      rf"approximately|at\s+least)\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})\s+(?P<dir>ago|earlier|later|before|after|"
      rf"from\s+now|hence|previously|since){E}")
def ago(m: re.Match[str]) -> Cand | None:
    unit = lx.UNIT_WORDS[m["u"].lower()]
    if unit in ("quarter", "weekend"):
        return None
    direction_word = m["dir"].lower().split()[0]
    if direction_word == "since" or (direction_word in ("before", "after") and not _phrase_end(m)):
        return None  # "an hour after the attack": a duration and a preposition
    sign = -1 if direction_word in ("ago", "earlier", "before", "previously") else 1
    anaphoric = direction_word not in ("ago", "from", "hence")
    if anaphoric and unit in TIME_UNITS:
        return None  # "an hour later": TimeML marks the duration
    n = lx.number_value(m["n"])
    return cand(m, "DATE", "ago_anaphoric" if anaphoric else "ago", _ago(unit, n, anaphoric, sign),
                mod=_duration_mod(m["mod"]))


@rule("bare_ago", rf"{B}(?P<u>days|weeks|months|years|decades)\s+(?P<dir>ago|earlier|later){E}")
def bare_ago(m: re.Match[str]) -> Cand | None:
    unit = lx.UNIT_WORDS[m["u"].lower()]
    word = m["dir"].lower()
    sign = -1 if word in ("ago", "earlier") else 1
    return cand(m, "DATE", "ago_vague", _ago(unit, None, word != "ago", sign))


@rule("ref_day", rf"{B}(?:(?P<pre>earlier|later)\s+)?(?P<w>that\s+(?:same\s+)?day|the\s+same\s+day|the\s+day\s+before|"
      rf"the\s+(?:next|following|previous|prior)\s+(?:day|morning|evening|night|afternoon)|the\s+day\s+after|"
      rf"a\s+day\s+(?:earlier|later|before|after)|that\s+(?:morning|evening|night|afternoon)){E}")
def ref_day(m: re.Match[str]) -> Cand | None:
    w = " ".join(m["w"].lower().split())
    if w.endswith(("before", "after")) and not _phrase_end(m):
        return None  # "the day before the vote": a prepositional phrase, not a time expression
    offset = -1 if any(k in w for k in ("before", "previous", "prior", "earlier")) else \
        1 if any(k in w for k in ("next", "following", "after", "later")) else 0
    part = next((lx.PARTS_OF_DAY[p] for p in ("morning", "evening", "night", "afternoon") if w.endswith(p)), None)

    def run(ctx: Ctx) -> Resolved:
        base = parse_dct(ctx.ref) if ctx.ref else None
        if base is None or base.date is None:
            return None, None
        day = shift(base, "day", offset)
        return (f"{day}T{part}" if part else day), "ref"

    return cand(m, "TIME" if part else "DATE", "ref_day", run)


# --------------------------------------------------------------------------- durations and sets


def _duration_mod(word: str | None) -> str | None:
    if not word:
        return None
    return lx.DURATION_MODS.get(" ".join(word.lower().split())) or None


#: a fractional count is written in the next smaller unit ("2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M)
_FRACTION_UNITS = {"year": ("Y", "M", 12), "day": ("D", "H", 24), "hour": ("H", "M", 60), "minute": ("M", "S", 60)}


def _fraction_value(n: float, unit: str) -> str:
    big, small, factor = _FRACTION_UNITS[unit]
    whole, rest = int(n), round((n - int(n)) * factor)
    head = f"{whole}{big}" if whole else ""
    if unit == "year":
        return f"P{head}{rest}{small}"
    if unit == "day":
        return f"P{head}T{rest}{small}"
    return f"PT{head}{rest}{small}"


def duration_value(n: float | None, unit: str) -> str:
    if unit == "fortnight":
        unit, n = "week", (n or 1) * 2 if n is not None else None
    letter = DURATION_LETTER[unit]
    if unit == "quarter":
        letter = "Q"
    if n is not None and n != int(n) and unit in _FRACTION_UNITS:
        return _fraction_value(n, unit)
    count = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    if unit in TIME_UNITS:
        return f"PT{count}{letter}"
    if unit == "decade":
        return f"P{count}DE" if n is None else f"P{int(n * 10) if n == int(n) else n * 10:g}Y"
    if unit == "century":
        return f"P{count}CE" if n is None else f"P{int(n * 100)}Y"
    return f"P{count}{letter}"


_DMOD = (r"(?:about|around|approximately|roughly|some|close\s+to|nearly|almost|less\s+than|under|more\s+than|over|"
         r"at\s+least|up\s+to|no\s+more\s+than|at\s+most|just\s+over|just\s+under|well\s+over|fewer\s+than|"
         r"an\s+additional|another)")


@rule("duration", rf"{B}(?:(?P<mod>{_DMOD})\s+)?(?P<the>the\s+(?:first|last|past|next|coming|previous|following)\s+|"
      rf"the\s+)?(?P<n>{NUM})[\s-]+(?:(?:more|full|straight|consecutive|trading|business|calendar)[\s-]+)?"
      rf"(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?{E}")
def duration(m: re.Match[str]) -> Cand | None:
    unit = lx.UNIT_WORDS[m["u"].lower()]
    words = m["n"].lower()
    if m["u"].istitle() and m[0] != m[0].upper():
        return None  # "60 Minutes": a title
    if unit == "second" and words in ("a", "an"):
        return None  # "a second term": an ordinal, not a duration
    if re.search(r"old$", m[0], re.IGNORECASE):
        return None  # "a 6-year-old": an age, not a time expression in TimeML
    if unit == "quarter" and re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "three-quarters of": a fraction
    if words[:1].isdigit() and float(re.sub(r"[^\d.]", "", words.split()[0]) or 0) >= 1000:
        return None  # "the 1988 second quarter": a year, not a count
    if words in ("a", "an") and m["the"] and m["the"].strip() == "the":
        return None
    if re.match(r"^an?\s+\S", words) and not re.match(r"^an?\s+(half|hundred|couple|few)", words) and not m["mod"]:
        art = re.match(r"^an?\s+", m[0], re.IGNORECASE)
        if art:  # "a five-hour": the article is not part of the count
            return Cand(m.start() + art.end(), m.end(), "DURATION", "duration",
                        fixed(duration_value(lx.number_value(words.split(None, 1)[1]), unit)))
    if unit == "weekend":
        return None
    n = lx.number_value(words)
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half"
    the = (m["the"] or "").strip().lower()
    if the == "the" and "-" in m.string[m.start("n"):m.end("u")]:
        # "the 20-year conflict": an adjectival duration; TimeML leaves the article out
        return Cand(m.start("n"), m.end(), "DURATION", "duration", fixed(duration_value(lx.number_value(words), unit)),
                    mod=_duration_mod(m["mod"]))
    if the == "the" and words not in ("first", "last") and n is None:
        return None
    if unit == "quarter" and the in ("the first", "") and not m["mod"]:
        if n is None or n != 1:
            return cand(m, "DURATION", "duration", fixed(f"P{int(n) if n else 'X'}Q"))
        return None
    value = duration_value(n, unit)
    if unit == "quarter":
        value = f"P{int(n)}Q" if n is not None and n == int(n) else "PXQ"
    return cand(m, "DURATION", "duration", fixed(value), mod=_duration_mod(m["mod"]))


@rule("vague_duration", rf"{B}(?:(?P<rel>recent|the\s+past|the\s+last|the\s+coming|the\s+next|coming|in|for|over|"
      rf"within|after)\s+)(?P<u>days|weeks|months|years|decades|hours|minutes)(?!\s+(?:ago|earlier|later)){E}")
def vague_duration(m: re.Match[str]) -> Cand | None:
    rel = " ".join(m["rel"].lower().split())
    unit = lx.UNIT_WORDS[m["u"].lower()]
    start = m.start("u") if rel in ("in", "for", "over", "within", "after") else m.start()
    return Cand(start, m.end(), "DURATION", "vague_duration", fixed(duration_value(None, unit)))


@rule("set_word", rf"{B}(?P<w>{'|'.join(lx.SET_WORDS)}){E}")
def set_word(m: re.Match[str]) -> Cand | None:
    return cand(m, "SET", "set", fixed(lx.SET_WORDS[m["w"].lower()]))


@rule("set_every", rf"{B}(?:every|each|per)\s+(?:(?P<n>other|two|three|four|few|\d+)\s+)?(?P<u>{UNIT}|"
      rf"{lx.WEEKDAY_RE}|{lx.MONTH_RE}|morning|evening|night|afternoon){E}")
def set_every(m: re.Match[str]) -> Cand | None:
    u = m["u"].lower().rstrip(".")
    if u in lx.WEEKDAYS:
        return cand(m, "SET", "set", fixed(f"XXXX-WXX-{lx.WEEKDAYS[u] + 1}"))
    if u in lx.MONTHS:
        return cand(m, "SET", "set", fixed(f"XXXX-{lx.MONTHS[u]:02d}"))
    if u in lx.PARTS_OF_DAY:
        return cand(m, "SET", "set", fixed(f"TXX{lx.PARTS_OF_DAY[u]}" if len(lx.PARTS_OF_DAY[u]) == 2 else "P1D"))
    unit = lx.UNIT_WORDS.get(u)
    if unit is None or unit == "weekend":
        return None
    n = {"other": 2.0, "few": None}.get((m["n"] or "").lower(), lx.number_value(m["n"]) if m["n"] else 1.0)
    return cand(m, "SET", "set", fixed(duration_value(n, unit)))


@rule("set_times_a", rf"\b(?:once|twice|thrice|times)\s+(?P<x>(?:a|an|per)\s+(?P<u>{UNIT})){E}")
def set_times_a(m: re.Match[str]) -> Cand | None:
    unit = lx.UNIT_WORDS[m["u"].lower()]
    return cand(m, "SET", "set", fixed(duration_value(1, unit)), group="x")


# --------------------------------------------------------------------------- clock times


_CLOCK = (r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)"
          r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC))?|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s+(?P<tz2>GMT|UTC|[ECMP][SD]T))?|(?P<w>noon|midnight)")


#: a clock time's day told after its place's time or its time in another zone, outside the expression: "10:30 a.m.
#: local time on Friday", "2:45 p.m. (0645 GMT) Sunday", "7 p.m. local time (1600 GMT) on Friday", "2:17pm (09:17
#: GMT) on March 4", "9.00 am (06.30 IST) on May 6", "3 p.m. (local time) on Friday" (the day is read, the span stays
#: the clock time's)
_ZONE_ASIDE = (r"\s*\(\s*(?:\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|[A-Z]{2,4}T|IST|[A-Z][a-z]+\s+time)|local\s+time)\s*\)")
_LATER_DAY = (r"(?:(?=(?:\s+local(?:\s+time)?(?:" + _ZONE_ASIDE + r")?|" + _ZONE_ASIDE + r"),?\s*(?:on\s+)?"
              r"(?:(?P<wd2>" + lx.WEEKDAY_RE + r"|today|yesterday|tomorrow)\b|(?P<mon2>" + lx.MONTH_RE + r")\s*"
              r"(?P<day2>" + DAY + r")\b|(?P<day3>" + DAY + r")\s+(?P<mon3>" + lx.MONTH_RE + r")\b)))?")


@rule("clock", rf"{B}(?:(?P<mod>about|around|approximately|at\s+about|shortly\s+after|shortly\s+before|just\s+after|"
      rf"just\s+before)\s+)?(?:{_CLOCK})(?:(?:,?\s+(?:on\s+)?)(?P<wd>{lx.WEEKDAY_RE}|today|yesterday|tomorrow|"
      rf"(?P<mon>{lx.MONTH_RE})\s*(?P<day>{DAY})))?(?!\w){_LATER_DAY}")
def clock(m: re.Match[str]) -> Cand | None:
    if m["w"]:
        hh, mm = (12, 0) if m["w"].lower() == "noon" else (24, 0)
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["mi24"])
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        if hh > 12:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    clock_s = f"T{hh:02d}:{mm:02d}"
    day_res = _attached_day(m)
    if m["w"] and day_res is None:
        return None  # bare "noon" without a day: let the day rules decide

    def run(ctx: Ctx) -> Resolved:
        if day_res is None:
            today = ctx.dct.date.isoformat() if ctx.dct is not None and ctx.dct.date is not None else None
            if ctx.ref and re.match(r"^\d{4}-\d{2}-\d{2}", ctx.ref) and not (
                    today is not None and ctx.tense in ("future", "ahead") and ctx.ref[:10] < today):
                return f"{ctx.ref[:10]}{clock_s}", "ref"  # "Police came on Friday ... at 10 p.m.": that day
            # (a time still to come, "the curfew will be lifted between 8 a.m. and 5 p.m.", is no hour of a past
            # day told before it, "went into place last Saturday": the report's day, or after)
            if ctx.dct is None or ctx.dct.date is None:
                return None, None
            return f"{ctx.dct.value}{clock_s}", "dct"
        day, anchor = day_res(ctx)
        return (f"{day[:10]}{clock_s}" if day else None), anchor

    return cand(m, "TIME", "clock", run, mod=None)


def _attached_day(m: re.Match[str]) -> Resolver | None:
    groups = m.groupdict()
    if not m["wd"] and (groups.get("mon2") or groups.get("mon3")):  # the day is a month-day told after the zone
        mon, day = (groups["mon2"], groups["day2"]) if groups.get("mon2") else (groups["mon3"], groups["day3"])
        return resolve_month_day(month_num(mon), int(re.sub(r"\D", "", day)))
    word = m["wd"] or groups.get("wd2")
    if not word:
        return None
    low = word.lower().rstrip(".")
    if low in _DEICTIC_DAYS:
        return _day_resolver(_DEICTIC_DAYS[low], None)
    if m["wd"] and "mon" in m.re.groupindex and m["mon"]:  # day_clock ("Sunday at 9:27 a.m.") has no month group
        return resolve_month_day(month_num(m["mon"]), int(re.sub(r"\D", "", m["day"])))
    wd = weekday_num(word)

    def run(ctx: Ctx) -> Resolved:
        if ctx.dct is None or ctx.dct.date is None:
            return None, None
        way = weekday_direction(ctx)
        return weekday_date(ctx.dct.date, wd, way).isoformat(), "dct"

    return run


@rule("day_clock", rf"{B}(?P<wd>{lx.WEEKDAY_RE}|today|yesterday|tomorrow)\s+(?:at\s+)?(?:{_CLOCK})(?!\w)")
def day_clock(m: re.Match[str]) -> Cand | None:
    if not m["w"] and not m["ap"] and not m["h24"]:
        return None
    c = clock(m)
    return c


# --------------------------------------------------------------------------- matching


@lru_cache(maxsize=1)
def _rule_needs(count: int) -> list[frozenset[str] | None]:
    """The words one of which each of the first ``count`` rules' matches contains (None: not known)."""
    return [required_words(pattern.pattern, pattern.flags) for _, pattern, _ in RULES[:count]]


#: typographic apostrophes web text carries ("New Year’s Day", "Friday’s attack"), read as "'" by the rules: one
#: character for one, so every offset stays
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def find_candidates(text: str) -> list[Cand]:
    """All rule matches, overlaps resolved: the longest wins, then the earliest rule."""
    found: list[tuple[int, int, int, Cand]] = []
    text = text.translate(APOSTROPHES)
    folded = fold(text)  # a rule none of whose required words the text holds cannot match: not run (same result)
    for order, ((_, pattern, handler), needs) in enumerate(zip(RULES, _rule_needs(len(RULES)), strict=True)):
        if needs is not None and not any(word in folded for word in needs):
            continue
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            c = handler(m)
            if c is not None and c.end > c.start:
                found.append((-(c.end - c.start), order, c.start, c))
    found.sort(key=lambda x: (x[0], x[1], x[2]))
    # the taken spans are disjoint and kept in order, so a candidate can only overlap its two neighbours
    # (checking every taken span was quadratic in text length)
    starts: list[int] = []
    taken: list[Cand] = []
    for _, _, _, c in found:
        i = bisect_right(starts, c.start)
        if (i and taken[i - 1].end > c.start) or (i < len(taken) and taken[i].start < c.end):
            continue
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken
