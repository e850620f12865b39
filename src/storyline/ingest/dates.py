"""Publication dates with their granularity: from a metadata value, HTML markup, or the URL.

A date is kept only as precise as its source: "March 2023" is the month
"2023-03", never a made-up first day. Of the text, only its header is read: a
line among the first few that states the date and nothing else ("Published on
March 3, 2031 10:15 AM", "By Jane Roe | 3 March 2031", "Updated: 2031-03-04",
"12:34 GMT, 3 December 2031", "03.12.2031 15:40", "Published: December 2031"),
as pasted articles carry it; sentences of the story are never searched. A
line may name its source before the date ("Reuters , Tuesday 3 Dec 2031",
"This is an archive article published on March 3, 2031") and end in the page it
was taken from ("03-12-2031 16:50 via ledger.example"); a labelled date may run
into the lead ("date 2031-12-03 The council voted ..."), as exported records
write it. A numeric date whose day and month may be read either way
("12/3/2031") and a dateline without a year ("SARN, Dec. 3 (AGN) -") give no
date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from storyline.lexicons.calendar_words import MONTHS
from storyline.model import Granularity

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?(?:[T ].*)?")
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T.*)?")
_SLASHED = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})")
_MONTH_DAY_YEAR = re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}).*", re.I)
_DAY_MONTH_YEAR = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}}).*", re.I)
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})", re.I)

# URL paths: /2023/07/19/, /2023/07/, /20230301/, /2023-03-01-slug, /2023/jul/19/
_URL_DAY = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?=[/\-_.]|$)")
_URL_COMPACT = re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/\-_.]|$)")
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)(?=/)")
# month names in the path: /2031/jul/19/, /2031/july/
_URL_NAMES = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_URL_NAMED_DAY = re.compile(rf"/(?P<year>(?:19|20)\d\d)/{_URL_NAMES}/(?P<day>[0-3]?\d)(?=[/\-_.]|$)", re.I)
_URL_NAMED_MONTH = re.compile(rf"/(?P<year>(?:19|20)\d\d)/{_URL_NAMES}(?=/)", re.I)
#: the URL forms, most precise first
URL_PATTERNS = (_URL_DAY, _URL_COMPACT, _URL_NAMED_DAY, _URL_MONTH, _URL_NAMED_MONTH)

# HTML markup that states a publication date, best first (meta property/name/itemprop values).
_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
    "pubdate", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)


#: the label of a date line in a text's header, publication first ("Published on", "First posted:", "Published
#: time:")
_HEADER_LABEL = re.compile(
    r"(?:(?P<updated>(?:last\s+)?(?:updated|modified|edited))|(?:first\s+)?(?:(?:published|publish|posted)"
    r"(?:\s+(?:time|date))?|publication\s+date|dated?|released))\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*", re.I)
#: a time zone after a clock time: an abbreviation, an offset from GMT/UTC, a bare offset ("EST", "GMT+1",
#: "UTC-05:00", "+0100")
_ZONE = r"(?:\(?(?:(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?|(?-i:[A-Z]{2,5}))\)?|[+-]\d{2}:?\d{2})"
#: a clock time ("10:15 AM", "14.05", "4 p.m.", "12:34:56")
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
#: what may follow a date on its line: a time of day and a time zone ("10:15 AM EST", "14.05 GMT+1", "@ 4 p.m."),
#: or the clock of an ISO stamp ("T12:34:00Z", "T12:34:00.000+01:00")
_TIME_TAIL = re.compile(
    rf"(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?|[\s,]*(?:(?:at\s+|@\s*)?{_CLOCK})?"
    rf",?\s*{_ZONE}?)\s*(?:via\s+[\w.-]+\.[a-z]{{2,}}\s*)?", re.I)  # "10:33, UK", "16:50 via ledger.example"
#: a clock time written before the date ("12:34 GMT, 3 December 2031", "12:34 PM ET Dec 3, 2031")
_CLOCK_FIRST = rf"(?:{_CLOCK}\s*(?:{_ZONE}\s*)?,?\s+)?"
#: separators between the parts of a byline ("By Jane Roe | March 3, 2031", "Reuters \u00b7 3 March 2031"), and the
#: start of an update note after the publication date on one line ("Published Dec. 3, 2031 Updated Dec. 4, 2031",
#: "3 Dec 2031 09.00 GMT Last modified on 3 Dec 2031", "March 3, 2031 (Updated: March 4, 2031)")
_BYLINE_PARTS = re.compile(r"\s+[|\u2022\u00b7/\u2013\u2014-]\s+|\s*[|\u2022\u00b7]\s*|"
                           r"\s+\(?(?=(?:last\s+)?(?:updated|modified)\b)", re.I)
#: a byline that runs into its date ("By Jane Roe, March 3, 2031", "By Jane Roe on 3 March 2031"): up to six names
_BYLINE_HEAD = re.compile(r"by\s+(?:[^\W\d][\w.'\u2019-]*\s+(?:(?:and|&)\s+)?){0,5}[^\W\d][\w.'\u2019-]*"
                          r"(?:\s*,\s*|\s+on\s+)", re.I)
#: a source named before its date with a comma, and no "By" ("Reuters , Tuesday 3 Dec 2031", "Ledger, 3 March 2031"):
#: one to three capitalised words
_SOURCE_HEAD = re.compile(r"(?-i:[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2})\s*,\s*")
#: words before a publication label that say the page is the article ("This is an archive article published on")
_ARTICLE_NOTE = re.compile(r"this\s+(?:is\s+an?\s+)?(?:archived?\s+)?(?:article|story|post|report|page)\s+"
                           r"(?:was\s+)?(?:first\s+|originally\s+)?(?=publish|post)", re.I)
#: what a labelled date opening the lead runs into: a capitalised word of the text ("date 2031-12-03 The council")
_RUN_ON = re.compile(r"\s+(?=[\"\u201c\u2018']?[A-Z])")
_DATE_HEAD = (re.compile(rf"{_CLOCK_FIRST}{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                         rf"(?P<year>\d{{4}})", re.I),
              re.compile(rf"{_CLOCK_FIRST}{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){_MONTH}"
                         rf"(?:,?\s+|-)(?P<year>\d{{4}})", re.I),  # "3 December 2031", "03-Dec-2031"
              re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"))
#: a numeric date with the year last: "03.12.2031", "12/23/2031", "23-12-2031"
_NUMERIC_HEAD = re.compile(rf"{_CLOCK_FIRST}{_WEEKDAY}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)"
                           r"(?P<year>\d{4})(?!\d)", re.I)
#: a month and year alone ("December 2031"), read only after a publication label
_MONTH_HEAD = re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})", re.I)
#: how far into a text its header may reach: lines and characters
HEADER_LINES, HEADER_CHARS = 8, 800


def _numeric(m: re.Match[str]) -> tuple[str, Granularity] | None:
    """A numeric date with the year last, when its order is known: a number over 12 can only be the day; with both
    at most 12, dots write the day first (as in continental Europe), slashes and hyphens are either order (US
    "12/3/2031" is 3 December, British "12/3/2031" is 12 March) and stay unread."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if b > 12 >= a:  # "12/23/2031"
        return _build(year, a, b)
    if a > 12 or m.group("sep") == ".":  # "23/12/2031", "03.12.2031"
        return _build(year, b, a)
    return None


def _date_only(part: str, month_too: bool = False) -> tuple[str, Granularity] | None:
    """A date written alone (a time of day and zone may come before or after it): never a date inside a sentence.
    With ``month_too``, a month and year alone ("December 2031") is read as that month."""
    part = part.strip(" ,;:()[]")
    for pattern in _DATE_HEAD:
        m = pattern.match(part)
        if m and _TIME_TAIL.fullmatch(part[m.end():]):
            found = _from_groups(m)
            if found and found[1] == "day":
                return found
    m = _NUMERIC_HEAD.match(part)
    if m and _TIME_TAIL.fullmatch(part[m.end():]):
        return _numeric(m)
    if month_too and (m := _MONTH_HEAD.fullmatch(part)):
        return _from_groups(m)
    return None


def _date_opening(rest: str) -> tuple[str, Granularity] | None:
    """A full date that a publication label puts at the text's very start, run into the lead's first sentence
    ("date 2031-12-03 The council voted ..."): the label says it is the record's date, not the story's."""
    for pattern in _DATE_HEAD:
        m = pattern.match(rest)
        if m and _RUN_ON.match(rest, m.end()):
            found = _from_groups(m)
            if found and found[1] == "day":
                return found
    return None


def date_from_header(text: str) -> tuple[str, Granularity] | None:
    """The publication date a text's header line states (see the module note); updated dates only as a fallback."""
    published: tuple[str, Granularity] | None = None
    updated: tuple[str, Granularity] | None = None
    lines = [ln.strip() for ln in text[:HEADER_CHARS].split("\n") if ln.strip()][:HEADER_LINES]
    for n, line in enumerate(lines):
        for part in _BYLINE_PARTS.split(line):
            part = part.strip(" ,;:()[]")
            if note := _ARTICLE_NOTE.match(part):
                part = part[note.end():]
            label = _HEADER_LABEL.match(part)
            rest = part[label.end():] if label else part
            if not label and ((by := _BYLINE_HEAD.match(rest)) or (by := _SOURCE_HEAD.match(rest))):
                rest = rest[by.end():]
            found = _date_only(rest, month_too=label is not None and not label.group("updated"))
            if found is None and n == 0 and label is not None and not label.group("updated"):
                found = _date_opening(rest)
            if found is None:
                continue
            if label and label.group("updated"):
                updated = updated or found
            elif published is None:
                published = found
    return published or updated


@dataclass(frozen=True)
class PubDate:
    """A publication date: ISO value truncated to its granularity, and where it came from."""

    value: str
    granularity: Granularity
    source: str  # metadata | html | url | text


def _build(year: int, month: int | None, day: int | None) -> tuple[str, Granularity] | None:
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat(), "day"
        if month is not None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}", "month"
    except ValueError:
        return None
    return (f"{year:04d}", "year") if 1 <= year <= 9999 else None


def _from_groups(m: re.Match[str]) -> tuple[str, Granularity] | None:
    g = m.groupdict()
    month_raw = g.get("month")
    month: int | None = None
    if month_raw is not None:
        month = int(month_raw) if month_raw.isdigit() else MONTHS[month_raw.lower().rstrip(".")]
    day = int(g["day"]) if g.get("day") else None
    return _build(int(g["year"]), month, day)


def parse_date(value: str) -> tuple[str, Granularity] | None:
    """'2023-03-01T10:00Z' -> ('2023-03-01', 'day'); 'March 2023' -> ('2023-03', 'month'); junk -> None.

    Ambiguous numeric forms (01/03/2023) are refused rather than guessed.
    """
    text = value.strip()
    for pattern in (_ISO, _COMPACT, _SLASHED, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _MONTH_YEAR):
        m = pattern.fullmatch(text)
        if m:
            return _from_groups(m)
    try:  # RFC 2822, as in RSS: "Wed, 01 Mar 2023 10:00:00 GMT"
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return (parsed.date().isoformat(), "day") if parsed else None


def publication_instant(value: str | None) -> str | None:
    """'2031-03-04T23:30:00-05:00' -> '2031-03-04T23:30:00-05:00'; 'Tue, 04 Mar 2031 23:30:00 -0500' likewise:
    the moment of publication with its UTC offset, when the value states a clock time and an offset (a time
    without an offset, or a date alone, is no instant: None). The publication date stays the local date."""
    text = (value or "").strip()
    if not re.search(r"\d:\d\d", text):
        return None
    parsed: dt.datetime | None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None or parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    return parsed.isoformat(timespec="seconds")


def date_from_url(url: str | None) -> tuple[str, Granularity] | None:
    """A date written in the URL path, as precise as it is written there (no year-only guesses)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0])
    for pattern in URL_PATTERNS:
        m = pattern.search(path)
        if m:
            found = _from_groups(m)
            if found:
                return found
    return None


def _json_ld_dates(tree: HtmlElement) -> list[str]:
    values: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    values.append(item["datePublished"])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return values


def date_from_html(tree: HtmlElement) -> tuple[str, Granularity] | None:
    """The publication date stated in HTML markup (meta tags, JSON-LD, <time pubdate>); text is not searched."""
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_KEYS and key not in found:
            found[key] = meta.get("content")
    candidates = [found[k] for k in _META_KEYS if k in found]
    candidates += _json_ld_dates(tree)
    candidates += [t.get("datetime") for t in tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished']")]
    for value in candidates:
        parsed = parse_date(value or "")
        if parsed:
            return parsed
    return None


def publication_date(metadata_value: str | None, html_date: tuple[str, Granularity] | None,
                     url: str | None, text: str | None = None) -> PubDate | None:
    """The first of: the metadata value, the date stated in the HTML, the URL, the text's header line.

    Absent stays absent."""
    if metadata_value:
        parsed = parse_date(metadata_value)
        if parsed:
            return PubDate(parsed[0], parsed[1], "metadata")
    if html_date:
        return PubDate(html_date[0], html_date[1], "html")
    parsed = date_from_url(url)
    if parsed:
        return PubDate(parsed[0], parsed[1], "url")
    parsed = date_from_header(text) if text else None
    if parsed:
        return PubDate(parsed[0], parsed[1], "text")
    return None
