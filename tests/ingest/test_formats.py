"""Every reader on small fictional files written into tmp_path."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from storyline.config import Config
from storyline.ingest import read_inputs
from storyline.ingest.build import content_id
from storyline.ingest.problems import Problem

from .conftest import Ingest

BODY = ("The mediator Oskar Velund arrived in Port Ammerin on Monday to restart talks between the council and "
        "the river guilds, officials in the harbour district said.\n"
        "He is expected to meet both delegations before the end of the week.")


def test_read_txt_plain_body_and_content_id(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.txt").write_text(BODY + "\n", encoding="utf-8")
    articles, problems = ingest(tmp_path / "a.txt")
    assert problems == []
    [a] = articles
    assert a.text == BODY
    assert a.id == content_id(BODY) and len(a.id) == 16
    assert a.title is None and a.published is None and a.language == "en"
    assert a.source == str(tmp_path / "a.txt") and a.metadata["format"] == "txt"


def test_read_md_front_matter_fields_and_extras(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "b.md").write_text(
        "---\ntitle: \"Mediator returns\"\noutlet: The Ammerin Ledger\nurl: https://ledger.example/x\n"
        "published: 2031-05-06\nid: ledger-17\nauthor: R. Sallow\n---\n" + BODY, encoding="utf-8")
    [a], problems = ingest(tmp_path / "b.md")
    assert problems == []
    assert (a.id, a.title, a.outlet, a.url) == ("ledger-17", "Mediator returns", "The Ammerin Ledger",
                                                "https://ledger.example/x")
    assert (a.published, a.published_granularity, a.published_source) == ("2031-05-06", "day", "metadata")
    assert a.metadata["author"] == "R. Sallow"
    assert a.text == BODY


def test_read_md_heading_becomes_title(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "c.md").write_text("# Mediator returns to the harbour\n\n" + BODY, encoding="utf-8")
    [a], _ = ingest(tmp_path / "c.md")
    assert a.title == "Mediator returns to the harbour"
    assert a.text == BODY


def test_read_html_main_text_and_metadata(tmp_path: Path, ingest: Ingest) -> None:
    page = f"""<!doctype html><html><head><title>Mediator returns | The Ammerin Ledger</title>
<meta property="og:title" content="Mediator returns">
<meta property="og:site_name" content="The Ammerin Ledger">
<meta property="og:url" content="https://ledger.example/news/mediator-returns">
<meta property="article:published_time" content="2031-05-06T08:30:00+02:00"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Mediator returns</h1>{''.join(f'<p>{p}</p>' for p in BODY.split(chr(10)))}
<p>Share this article</p></article><footer>Copyright 2031 The Ammerin Ledger</footer></body></html>"""
    (tmp_path / "d.html").write_text(page, encoding="utf-8")
    [a], problems = ingest(tmp_path / "d.html")
    assert problems == []
    assert a.text == BODY
    assert a.title == "Mediator returns"
    assert a.outlet == "The Ammerin Ledger"
    assert a.url == "https://ledger.example/news/mediator-returns"
    assert (a.published, a.published_granularity, a.published_source) == ("2031-05-06", "day", "html")
    assert "Share this article" in a.removed


def test_read_jsonl_fields_extras_and_html(tmp_path: Path, ingest: Ingest) -> None:
    rows = [
        {"id": "j1", "text": BODY, "title": "T1", "outlet": "Ledger", "url": "https://l.example/2031/05/t1",
         "published": "2031-05-06", "section": "World", "tags": ["talks"]},
        {"id": 2, "html": "<p>" + BODY.replace("\n", "</p><p>") + "</p>", "outlet": "Courier"},
    ]
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles, problems = ingest(path)
    assert problems == []
    first, second = articles
    assert (first.id, first.title, first.outlet, first.published) == ("j1", "T1", "Ledger", "2031-05-06")
    assert first.metadata["section"] == "World" and first.metadata["tags"] == ["talks"]
    assert first.metadata["line"] == 1
    assert second.id == "2" and second.text == BODY and second.metadata["line"] == 2


def test_read_csv_quoted_quotes_and_paragraphs(tmp_path: Path, ingest: Ingest) -> None:
    body = 'The minister said the talks were "suspended, not over".\n\nTalks resume on Friday, officials said.'
    path = tmp_path / "f.csv"
    with path.open("w", encoding="utf-8", newline="") as f:  # written as csv (and spreadsheets) write it
        writer = csv.writer(f)
        writer.writerows([["id", "title", "text"], ["q1", 'A "quoted" title', body], ["q2", "Plain", BODY]])
    articles, problems = ingest(path)
    assert problems == []
    assert [(a.id, a.title) for a in articles] == [("q1", 'A "quoted" title'), ("q2", "Plain")]
    assert articles[0].text == body


def test_read_csv_rows_with_extra_columns(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "f.csv"
    path.write_text('id,title,text,published,desk\n'
                    f'c1,First,"{BODY}",2031-05,World\n'
                    f'c2,Second,"{BODY} Talks resume on Friday, the council added in its statement.",,Local\n',
                    encoding="utf-8")
    articles, problems = ingest(path)
    assert problems == []
    assert [a.id for a in articles] == ["c1", "c2"]
    assert articles[0].text == BODY and articles[0].metadata["desk"] == "World"
    assert (articles[0].published, articles[0].published_granularity) == ("2031-05", "month")
    assert articles[1].published is None


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ammerin Ledger</title><link>https://ledger.example</link>
<item><title>Mediator returns</title><link>https://ledger.example/news/1</link>
<guid>ledger-1</guid><pubDate>Tue, 06 May 2031 08:30:00 GMT</pubDate>
<description><![CDATA[<p>The mediator Oskar Velund arrived in Port Ammerin on Monday to restart talks between the
council and the river guilds, officials in the harbour district said.</p><p>He is expected to meet both
delegations before the end of the week.</p>]]></description></item>
<item><title>Guilds answer</title><link>https://ledger.example/news/2</link>
<source url="https://courier.example/rss">Harbour Courier</source>
<description>The river guilds said on Tuesday that they would send a delegation of five elders to the new
round of talks in the harbour district.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Courier</title>
<entry><title>Guild elders named</title><link href="https://courier.example/2031/05/07/elders"/>
<id>urn:courier:77</id><updated>2031-05-07T10:00:00Z</updated>
<content type="html">&lt;p&gt;The river guilds named five elders on Wednesday to represent them at the talks
in the harbour district, a spokeswoman for the guilds said.&lt;/p&gt;</content></entry></feed>"""


def test_read_rss_entries(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "g.rss").write_text(RSS, encoding="utf-8")
    articles, problems = ingest(tmp_path / "g.rss")
    assert problems == []
    first, second = articles
    assert first.title == "Mediator returns" and first.url == "https://ledger.example/news/1"
    assert first.outlet == "Ammerin Ledger"
    assert first.text.split("\n")[1] == "He is expected to meet both delegations before the end of the week."
    assert (first.published, first.published_source) == ("2031-05-06", "metadata")
    assert first.metadata["id"] == "ledger-1"
    assert second.outlet == "Harbour Courier"  # the entry's <source> wins over the feed title


def test_read_atom_entry(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "h.atom").write_text(ATOM, encoding="utf-8")
    [a], problems = ingest(tmp_path / "h.atom")
    assert problems == []
    assert a.text.startswith("The river guilds named five elders on Wednesday")
    assert (a.outlet, a.url, a.published) == ("Harbour Courier", "https://courier.example/2031/05/07/elders",
                                             "2031-05-07")


def test_read_directory_recursive_sorted_skips_hidden_and_unsupported(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.txt", "sub/a.md", ".secret.txt", ".hidden/c.txt"):
        (tmp_path / name).write_text(f"{BODY}\nFile {name} adds a sentence of its own here.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04junk")
    articles, problems = ingest(tmp_path)
    assert problems == []
    assert [Path(a.source or "").name for a in articles] == ["b.txt", "a.md"]


def test_read_glob_and_same_file_twice(tmp_path: Path, ingest: Ingest) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(f"{BODY}\nFile {name} adds a sentence of its own here.", encoding="utf-8")
    articles, problems = ingest(str(tmp_path / "x*.txt"), tmp_path / "x1.txt")
    assert problems == []
    assert sorted(Path(a.source or "").name for a in articles) == ["x1.txt", "x2.txt"]


def test_read_same_text_twice_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "two.md").write_text(BODY, encoding="utf-8")
    results = list(read_inputs([tmp_path], Config()))
    assert len(results) == 1 and not isinstance(results[0], Problem)


def test_read_inputs_accepts_one_bare_path(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    [article] = list(read_inputs(str(tmp_path / "one.txt"), Config()))
    assert not isinstance(article, Problem) and article.text == BODY


def test_a_run_without_feeds_or_pages_imports_neither_reader_library() -> None:
    # a fresh interpreter: what importing the whole run and reading a JSONL record loads
    code = ("import sys, json, tempfile, pathlib; import storyline.run; from storyline.config import Config; "
            "from storyline.ingest import read_inputs; p = pathlib.Path(tempfile.mkdtemp()) / 'a.jsonl'; "
            "p.write_text(json.dumps({'id': 'x1', 'text': 'Harbour fees rose in Dorvik on Monday.'}) + '\\n'); "
            "assert [a.id for a in read_inputs([p], Config())] == ['x1']; "
            "print(sorted(m for m in ('feedparser', 'trafilatura') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
