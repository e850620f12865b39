"""Inferring a missing publication date (DCT) from an article's URL and content.

Policy (never the run date):
1. A date in the URL (``/2023/03/01/``, ``/20230301/``, ``/2023/03/``) is the
   publication date at that granularity: outlets put it there.
2. A dateline at the very start of the text ("March 1, 2023 -") is too.
3. Otherwise the content gives a range: the DCT is on or after the latest
   absolute date told in the past tense, and on or before the earliest one
   told in the future tense. Only when both bounds exist and fall in one
   month (or one year) is that month (or year) taken as an inferred DCT;
   an open range is recorded (``extras["dct_range"]``) but anchors nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from storyline.analyze.doctext import doc_text
from storyline.analyze.time.rules import Cand, Ctx
from storyline.lexicons.calendar_words import MONTHS
from storyline.model import Article
from storyline.timevalues import value_interval

_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
#: a month name in the path: "/2031/jul/19/", "/2031/july/"
_URL_NAMED = re.compile(r"/((?:19|20)\d\d)/(" + "|".join(sorted(MONTHS, key=len, reverse=True)) +
                        r")/(?:([0-3]?\d)(?=[/\-_.]|$))?", re.I)
#: absolute rules: their value does not depend on any anchor
ABSOLUTE_RULES = frozenset({"month_day_year", "day_month_year", "iso_date", "month_year", "year", "quarter_year",
                            "season_year", "holiday_year", "half_year", "spelled_year"})


@dataclass
class InferredDct:
    value: str | None = None
    granularity: str | None = None
    source: str | None = None
    range: dict[str, str | None] = field(default_factory=dict)


def infer_dct(article: Article, doc: Doc, cands: Sequence[Cand], tense: Callable[[Cand], str]) -> InferredDct:
    """Infer the DCT of an undated article (see the module policy)."""
    for url in (article.url, article.metadata.get("url") if article.metadata else None):
        if url and (found := url_date(str(url))):
            return InferredDct(found, "day" if len(found) == 10 else "month", "url", {"earliest": found,
                                                                                     "latest": found})
    text = doc_text(doc)
    line = next((c for c in cands if c.rule in DAY_RULES and c.start < DATELINE_WITHIN and dateline_at(text, c.start)
                 and re.match(r"^\s*(?:[-–—:|(]|\n|$)", text[c.end:])), None)
    if line is not None:
        value = line.resolve(Ctx(dct=None, ref=None))[0]
        if value:
            return InferredDct(value, "day", "dateline", {"earliest": value, "latest": value})
    return content_range(cands, tense)


#: rules of a full date (day, month and year)
DAY_RULES = ("month_day_year", "iso_date", "day_month_year")
#: a place name and a comma before a dateline's date at a paragraph start ("Port Ammerin, ", "LESK, ")
DATELINE_PLACE = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s*")
#: how far into the text a paragraph may open with a dateline (under a headline, a byline, a stamp)
DATELINE_WITHIN = 400


def dateline_at(text: str, start: int) -> bool:
    """Does the date at ``start`` open a dateline: the text's first words (after at most a place name), or a line
    near the top that opens with a place name and a comma ("Headline\nSARN, 4th March, 2031 (VNA) --")?"""
    if text[:start].strip(" -–—:,\n").count(" ") <= 2 and start < 40:
        return True
    line = text.rfind("\n", 0, start) + 1
    return line > 0 and bool(DATELINE_PLACE.fullmatch(text[line:start]))


def url_date(url: str) -> str | None:
    """The date a URL path carries, at day or month granularity."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    if m := _URL_DAY.search(path):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if m := _URL_MONTH.search(path):
        return f"{m[1]}-{m[2]}"
    if m := _URL_NAMED.search(path):
        month = MONTHS[m[2].lower()]
        try:
            return dt.date(int(m[1]), month, int(m[3])).isoformat() if m[3] else f"{m[1]}-{month:02d}"
        except ValueError:
            return None
    return None


def content_range(cands: Sequence[Cand], tense: Callable[[Cand], str]) -> InferredDct:
    """Bounds from absolute dates: past-tense ones happened before publication, future-tense ones after."""
    lows: list[dt.date] = []
    highs: list[dt.date] = []
    for c in cands:
        if c.rule not in ABSOLUTE_RULES or c.type != "DATE":
            continue
        iv = value_interval(c.resolve(Ctx(dct=None, ref=None))[0])
        if iv is None:
            continue
        t = tense(c)
        if t == "past":
            lows.append(iv[0])
        elif t == "future":
            highs.append(iv[1])
    earliest = max(lows) if lows else None
    latest = min(highs) if highs else None
    rng = {"earliest": earliest.isoformat() if earliest else None, "latest": latest.isoformat() if latest else None}
    if earliest is None or latest is None or latest < earliest:
        return InferredDct(range=rng)
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return InferredDct(f"{earliest.year:04d}-{earliest.month:02d}", "month", "content", rng)
    if earliest.year == latest.year:
        return InferredDct(f"{earliest.year:04d}", "year", "content", rng)
    return InferredDct(range=rng)
