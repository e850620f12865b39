"""Publication dates: metadata, HTML markup, URL, a text's header line, absent; each with its granularity."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from storyline.ingest.dates import (
    date_from_header,
    date_from_html,
    date_from_url,
    parse_date,
    publication_date,
    publication_instant,
)

from .conftest import Ingest

BODY = ("The lock keepers of Port Ammerin ended their strike on Thursday after the council agreed to hire "
        "twelve more keepers for the northern locks, a spokesman said.")


@pytest.mark.parametrize(("value", "expected"), [
    ("2031-05-06", ("2031-05-06", "day")),
    ("2031-05-06T08:30:00+02:00", ("2031-05-06", "day")),
    ("20310506", ("2031-05-06", "day")),
    ("2031/5/6", ("2031-05-06", "day")),
    ("2031-05", ("2031-05", "month")),
    ("2031", ("2031", "year")),
    ("May 6, 2031", ("2031-05-06", "day")),
    ("Tuesday, 6 May 2031", ("2031-05-06", "day")),
    ("Sept. 30, 2031", ("2031-09-30", "day")),
    ("May 2031", ("2031-05", "month")),
    ("Tue, 06 May 2031 08:30:00 GMT", ("2031-05-06", "day")),
])
def test_parse_date_keeps_granularity(value: str, expected: tuple[str, str]) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["06/05/2031", "2031-13-01", "2031-02-30", "last Tuesday", "", "soon"])
def test_parse_date_refuses_ambiguous_or_invalid(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://ledger.example/2031/07/lock-keepers-strike/", ("2031-07", "month")),
    ("https://ledger.example/2031/07/09/lock-keepers-strike", ("2031-07-09", "day")),
    ("https://courier.example/20310301/lock-keepers-1041946.html", ("2031-03-01", "day")),
    ("https://courier.example/news/lock-keepers-1041946.html", None),
    ("https://courier.example/2031/story-2031123", None),
    ("https://courier.example/world/2031/jul/19/lock-keepers", ("2031-07-19", "day")),
    ("https://courier.example/stories/2031/Sept/9/lock-keepers/", ("2031-09-09", "day")),
    ("https://courier.example/2031/aug/lock-keepers/", ("2031-08", "month")),
    ("https://courier.example/2031/may-day-parade/", None),
    (None, None),
])
def test_date_from_url(url: str | None, expected: tuple[str, str] | None) -> None:
    assert date_from_url(url) == expected


def test_date_from_html_meta_and_json_ld() -> None:
    meta = lxml.html.document_fromstring(
        '<html><head><meta name="pubdate" content="2031-05-06"></head><body><p>x</p></body></html>')
    assert date_from_html(meta) == ("2031-05-06", "day")
    ld = lxml.html.document_fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2031-06-01T10:00:00Z"}</script></head><body><p>On 3 May 2031 the locks closed.</p></body></html>')
    assert date_from_html(ld) == ("2031-06-01", "day")
    none = lxml.html.document_fromstring("<html><body><p>On 3 May 2031 the locks closed.</p></body></html>")
    assert date_from_html(none) is None  # dates in the body text are not publication dates


def test_publication_date_order_metadata_html_url() -> None:
    url = "https://ledger.example/2031/07/x"
    assert publication_date("2031-07-19", ("2031-07-18", "day"), url).source == "metadata"  # type: ignore[union-attr]
    assert publication_date(None, ("2031-07-18", "day"), url).source == "html"  # type: ignore[union-attr]
    from_url = publication_date(None, None, url)
    assert from_url is not None and (from_url.value, from_url.granularity, from_url.source) == (
        "2031-07", "month", "url")
    assert publication_date(None, None, None) is None


def test_article_date_from_url_when_no_metadata(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.md").write_text(f"---\nurl: https://ledger.example/2031/07/strike-ends\n---\n{BODY}",
                                   encoding="utf-8")
    [a], problems = ingest(tmp_path / "a.md")
    assert problems == []
    assert (a.published, a.published_granularity, a.published_source) == ("2031-07", "month", "url")


@pytest.mark.parametrize(("text", "expected"), [
    ("Locks reopen\nBy Jane Roe\nPublished on March 3, 2031 10:15 AM\n\nThe locks reopened.", "2031-03-03"),
    ("Locks reopen\nBy Jane Roe | 3 March 2031\nThe locks reopened.", "2031-03-03"),
    ("Ammerin Ledger \u00b7 Wednesday, March 3, 2031 \u00b7 2 min read\nThe locks reopened.", "2031-03-03"),
    ("Posted Mar. 3, 2031, at 4 p.m.\nThe locks reopened.", "2031-03-03"),
    ("Sunday 2 March 2031 14.05 GMT\nThe locks reopened.", "2031-03-02"),
    ("Last updated: 2031-03-04\nFirst published: 2031-03-02 09:00 GMT\nThe locks reopened.", "2031-03-02"),
    ("Updated 2031-03-04 08:00\nThe locks reopened.", "2031-03-04"),  # an update date only when nothing else
    ("Locks reopen\nPublished time: March 3, 2031 10:15\nThe locks reopened.", "2031-03-03"),
    ("Publish date: 3 March 2031\nThe locks reopened.", "2031-03-03"),
    ("Locks reopen\n\nLedger , Tuesday 4 Mar 2031\n\nThe locks reopened.", "2031-03-04"),  # a source, a comma
    ("Locks reopen\nThis is an archive article published on March 3, 2031\nThe locks reopened.", "2031-03-03"),
    ("Locks reopen\nFriday 7 March 2031 10:33, UK\nThe locks reopened.", "2031-03-07"),
    ("15-03-2031 16:50 via ledger.example\n\nLocks reopen\nThe locks reopened.", "2031-03-15"),
    (" date 2031-03-04 A keeper said the locks reopened on Tuesday.\n\nThe strike is over.", "2031-03-04"),
])
def test_date_from_header_reads_a_date_line(text: str, expected: str) -> None:
    assert date_from_header(text) == (expected, "day")


@pytest.mark.parametrize("text", [
    "On March 3, 2031, the locks reopened after a strike.",  # a date inside a sentence of the story
    "3 March 2031. The keepers voted to end the strike.",
    "Locks reopen\nThe keepers said in March 2031 that they would strike.",
    "Locks reopen\n" + "The keepers voted.\n" * 10 + "Published on March 3, 2031",  # past the header
    "Published: 03/04/2031\nThe locks reopened.",  # ambiguous numeric form
    "Locks reopen\nMarch 3, 2031 The keepers voted to end the strike.",  # no label: a sentence's date
    "Locks reopen\nThe keepers said, March 3, 2031",  # a sentence's words before the comma, not a source
])
def test_date_from_header_never_reads_the_story(text: str) -> None:
    assert date_from_header(text) is None


def test_article_date_from_its_header_line_when_no_metadata(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.txt").write_text(f"Strike ends\nBy Jane Roe\nPublished on July 19, 2031 10:15 AM\n\n{BODY}",
                                    encoding="utf-8")
    [a], problems = ingest(tmp_path / "a.txt")
    assert problems == []
    assert (a.published, a.published_granularity, a.published_source) == ("2031-07-19", "day", "text")
    assert "Published on" not in a.text  # the line is still furniture of the text
    (tmp_path / "b.md").write_text(f"---\npublished: 2031-07-20\n---\nPublished on July 19, 2031\n\n{BODY}",
                                   encoding="utf-8")
    [b], _ = ingest(tmp_path / "b.md")
    assert (b.published, b.published_source) == ("2031-07-20", "metadata")  # metadata comes first


def test_article_without_date_stays_undated(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.txt").write_text(f"On 6 May 2031 the strike began.\n{BODY}", encoding="utf-8")
    [a], _ = ingest(tmp_path / "a.txt")
    assert (a.published, a.published_granularity, a.published_source) == (None, None, None)


def test_article_unreadable_date_is_reported_and_left_out(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.md").write_text(f"---\npublished: 06/05/2031\n---\n{BODY}", encoding="utf-8")
    [a], [problem] = ingest(tmp_path / "a.md")
    assert a.published is None
    assert not problem.skipped and "06/05/2031" in problem.problem


@pytest.mark.parametrize(("value", "expected"), [
    ("2031-07-19T23:30:00-05:00", "2031-07-19T23:30:00-05:00"),
    ("2031-07-20T04:30Z", "2031-07-20T04:30:00+00:00"),
    ("Sat, 19 Jul 2031 23:30:00 -0500", "2031-07-19T23:30:00-05:00"),
    # no instant: a date alone, a time without an offset, an unknown offset (RFC 2822 "-0000"), junk
    ("2031-07-19", None), ("2031-07-19T23:30:00", None), ("Sat, 19 Jul 2031 23:30:00 -0000", None),
    ("July 19, 2031 at 23:30", None), (None, None),
])
def test_publication_instant_keeps_time_and_offset(value: str | None, expected: str | None) -> None:
    assert publication_instant(value) == expected


def test_article_keeps_its_publication_instant(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.md").write_text(f"---\npublished: 2031-07-19T23:30:00-05:00\n---\n{BODY}", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\npublished: 2031-07-19\n---\n{BODY}", encoding="utf-8")
    [a], _ = ingest(tmp_path / "a.md")
    [b], _ = ingest(tmp_path / "b.md")
    assert (a.published, a.metadata["published_at"]) == ("2031-07-19", "2031-07-19T23:30:00-05:00")
    assert "published_at" not in b.metadata


#: an inventory of publication-date and dateline forms as pasted web articles carry them in their header (title
#: line, date line, body), with the date an article given that text must get: the day, the month when only a month
#: is written, or nothing when the form states no year or leaves day and month ambiguous
PASTED_DATE_FORMS = [
    ("Published 12:34 GMT, 3 December 2031", ("2031-12-03", "day")),
    ("PUBLISHED: 12:34 EST, 3 December 2031 | UPDATED: 15:40 EST, 4 December 2031", ("2031-12-03", "day")),
    ("Dec 3, 2031 | 12:34 PM", ("2031-12-03", "day")),
    ("Updated: Wed 3 Dec 2031 14.05 GMT", ("2031-12-03", "day")),
    ("2031-12-03T12:34:00Z", ("2031-12-03", "day")),
    ("Published: 2031-12-03T12:34:00+01:00", ("2031-12-03", "day")),
    ("2031-12-03 12:34:56 +0100", ("2031-12-03", "day")),
    ("2031/12/03 12:34", ("2031-12-03", "day")),
    ("03.12.2031 15:40", ("2031-12-03", "day")),
    ("Published: 03.12.2031, 15:40", ("2031-12-03", "day")),
    ("3rd December 2031", ("2031-12-03", "day")),
    ("Wednesday, December 3rd, 2031, 8:15 a.m. ET", ("2031-12-03", "day")),
    ("First published on Wed 3 Dec 2031", ("2031-12-03", "day")),
    ("Wed 3 Dec 2031 09.00 GMT Last modified on Wed 3 Dec 2031 14.05 GMT", ("2031-12-03", "day")),
    ("Last Modified: December 03, 2031", ("2031-12-03", "day")),
    ("Published Dec. 3, 2031 Updated Dec. 4, 2031, 9:02 a.m. ET", ("2031-12-03", "day")),
    ("Updated 12:34 PM EST, Wed December 3, 2031", ("2031-12-03", "day")),
    ("12:34 PM ET Dec 3, 2031", ("2031-12-03", "day")),
    ("December 3, 2031 at 12:34 pm", ("2031-12-03", "day")),
    ("December 3, 2031 12:34 PM GMT+0 Updated 2 hours ago", ("2031-12-03", "day")),
    ("Dec. 3, 2031 / 12:34 PM EST / Updated Dec. 3, 2031 / 3:05 PM EST", ("2031-12-03", "day")),
    ("Wed, 03 Dec 2031 12:34:00 +0000", ("2031-12-03", "day")),
    ("3 Dec 2031 \u2022 12:34pm", ("2031-12-03", "day")),
    ("DECEMBER 3, 2031", ("2031-12-03", "day")),
    ("Last Updated: 3rd Dec 2031 12:34 IST", ("2031-12-03", "day")),
    ("Posted on 03 Dec, 2031", ("2031-12-03", "day")),
    ("Updated: 03-Dec-2031 12:34 IST", ("2031-12-03", "day")),
    ("Posted: Wed, Dec 3rd 2031 @ 12:34 pm", ("2031-12-03", "day")),
    ("Published: 12:34 PM, December 3, 2031", ("2031-12-03", "day")),
    ("By Jane Roe on December 3, 2031", ("2031-12-03", "day")),
    ("By Jane Roe, December 3, 2031", ("2031-12-03", "day")),
    ("By Jane Roe - Dec 3, 2031 - 12:34 PM", ("2031-12-03", "day")),
    ("December 3, 2031 12:34 pm (Updated: December 4, 2031 3:05 pm)", ("2031-12-03", "day")),
    ("Published: December 2031", ("2031-12", "month")),
    ("Published 12/23/2031", ("2031-12-23", "day")),  # day past 12: month first, no ambiguity
    ("Published 23/12/2031", ("2031-12-23", "day")),
    ("12/3/2031", None),  # ambiguous: December 3 (US) or 12 March
    ("3/12/2031", None),
    ("Published on: 03/12/2031 12:34", None),
    ("Published 3 hours ago", None),
    ("PORT AMMERIN, Dec. 3 (AGN) -", None),  # a dateline without a year: the year is not known
]


@pytest.mark.parametrize(("line", "expected"), PASTED_DATE_FORMS)
def test_article_date_from_pasted_date_forms(tmp_path: Path, ingest: Ingest, line: str,
                                             expected: tuple[str, str] | None) -> None:
    """A pasted article (title line, date line, body) read as `storyline analyze` reads a file."""
    if line.endswith("-"):  # a dateline opens the story's first sentence
        text = f"Lock keepers end strike\n\n{line} {BODY}\n"
    else:
        text = f"Lock keepers end strike\n{line}\n\n{BODY}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [a], _ = ingest(tmp_path / "a.txt")
    assert ((a.published, a.published_granularity) if a.published else None) == expected
    if expected:
        assert a.published_source == "text"
    assert line not in a.text  # the date line is furniture of the page, never read as the story
