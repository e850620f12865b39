"""One reader per source kind: decoded file content -> raw records (or Problems naming file and line).

A :class:`Record` is what a source says about one article before cleaning;
:mod:`storyline.ingest.build` turns it into an :class:`~storyline.model.Article`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import feedparser

from storyline.ingest.html import fragment_text
from storyline.ingest.problems import Problem

FIELDS = ("id", "text", "html", "title", "outlet", "url", "published")
# Other spellings of the same fields seen in exports; mapped, never guessed from content.
ALIASES = {
    "date": "published", "pubdate": "published", "published_at": "published", "publication_date": "published",
    "source": "outlet", "site": "outlet", "site_name": "outlet", "publisher": "outlet",
    "link": "url", "headline": "title", "body": "text", "content": "text",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<head>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w -]*?)\s*:\s*(?P<value>.*)")


@dataclass
class Record:
    """What one source says about one article: text or html plus the fields it carries."""

    source: str
    kind: str  # txt | md | html | jsonl | csv | feed
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    line: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def _field_name(key: str) -> str:
    key = key.strip().lower()
    return ALIASES.get(key, key)


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_from_fields(fields: dict[str, Any], source: str, kind: str, line: int | None = None) -> Record:
    """Known fields by name (or alias); every other field goes to metadata as it is."""
    record = Record(source=source, kind=kind, line=line)
    for key, value in fields.items():
        name = _field_name(str(key))
        if name in FIELDS and getattr(record, name) is None:
            setattr(record, name, _as_str(value))
        else:
            record.metadata[str(key)] = value
    return record


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_text(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    """.txt / .md: optional ``---`` front matter of ``key: value`` lines, then the body."""
    fields: dict[str, Any] = {}
    body = content
    m = _FRONT_MATTER.match(content)
    if m:
        body = content[m.end():]
        for offset, raw in enumerate(m.group("head").split("\n"), start=2):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            kv = _KEY_VALUE.fullmatch(raw.strip())
            if kv is None:
                yield Problem(source, f"front matter line is not 'key: value': {raw.strip()[:60]!r}",
                              "write it as 'key: value' (it was ignored; the article was still read)",
                              line=offset, skipped=False)
                continue
            fields[kv.group("key")] = _unquote(kv.group("value"))
    record = record_from_fields(fields, source, kind)
    if kind == "md" and record.title is None:
        # A leading "# Headline" is the title of a Markdown article, not its first sentence.
        heading = re.match(r"\A\s*#\s+(?P<title>[^\n]+)\n?", body)
        if heading:
            record.title = heading.group("title").strip()
            body = body[heading.end():]
    if record.text is None:
        record.text = body
    yield record


def read_html(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    yield Record(source=source, kind=kind, html=content)


def _record_or_problem(fields: Any, source: str, kind: str, line: int) -> Record | Problem:
    if not isinstance(fields, dict):
        return Problem(source, f"record is a JSON {type(fields).__name__}, not an object",
                       'write one JSON object per line: {"id": ..., "text": ...}', line=line)
    for name in ("text", "html"):
        if fields.get(name) is not None and not isinstance(fields[name], str):
            return Problem(source, f"'{name}' is a JSON {type(fields[name]).__name__}, not a string",
                           f"write the article body as one string in '{name}'; the record was skipped", line=line)
    record = record_from_fields(fields, source, kind, line)
    if record.text is None and record.html is None:
        keys = ", ".join(map(str, fields)) or "none"
        return Problem(source, f"record has no 'text' or 'html' field (fields: {keys})",
                       "add the article body as 'text' (or 'html'); the record was skipped", line=line)
    return record


def read_jsonl(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    """One JSON object per line; a broken line is reported with its number and the rest is still read."""
    for number, raw in enumerate(content.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            fields = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Problem(source, f"line is not valid JSON ({err.msg} at column {err.colno})",
                          "fix or remove that line; the other lines were read", line=number)
            continue
        yield _record_or_problem(fields, source, kind, number)


def _dialect(content: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        sniffed = csv.Sniffer().sniff(content.split("\n", 1)[0], delimiters=",;\t|")
    except csv.Error:
        return csv.excel
    # A header line says nothing about how quotes inside fields are written; the Sniffer then guesses
    # "no doubling", which breaks every body that quotes someone. Keep RFC 4180's "" (what csv, Excel write).
    sniffed.doublequote = True
    return sniffed


def read_csv(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    """A header row with the field names, one article per row."""
    csv.field_size_limit(max(csv.field_size_limit(), len(content)))  # an article body is one (large) field
    reader = csv.DictReader(io.StringIO(content, newline=""), dialect=_dialect(content))
    columns = [c for c in (reader.fieldnames or []) if c is not None]
    names = {_field_name(c) for c in columns}
    if "text" not in names and "html" not in names:
        yield Problem(source, f"CSV has no 'text' or 'html' column (columns: {', '.join(columns) or 'none'})",
                      "add a header row with a 'text' (or 'html') column holding the article body; "
                      "the file was skipped")
        return
    try:
        for row in reader:
            fields = {k: v for k, v in row.items() if k is not None}
            if not any((v or "").strip() for v in fields.values()):
                continue
            yield _record_or_problem(fields, source, kind, reader.line_num)
    except csv.Error as err:
        yield Problem(source, f"CSV is malformed ({err})",
                      "fix the quoting on that line; rows after it were not read", line=reader.line_num)


def _entry_html(entry: Any) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return entry.get("summary") or entry.get("description")


def read_feed(data: bytes, source: str, kind: str) -> Iterator[Record | Problem]:
    """RSS/Atom: one record per entry (its content, else its summary), with link, date and source title."""
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Problem(source, f"not an RSS/Atom feed with entries{reason}",
                      "give a .xml/.rss/.atom file only for feeds; other XML is not read")
        return
    feed_title = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        html = _entry_html(entry)
        if not html:
            yield Problem(source, f"feed entry {number} ({entry.get('title', 'untitled')!r}) has no content",
                          "the feed carries only titles; save the articles themselves")
            continue
        source_title = (entry.get("source") or {}).get("title")
        metadata = {k: entry[k] for k in ("id", "author") if entry.get(k)}
        if feed_title:
            metadata["feed"] = feed_title
        yield Record(source=source, kind=kind, text=fragment_text(html), title=entry.get("title"),
                     outlet=source_title or feed_title, url=entry.get("link"),
                     published=entry.get("published") or entry.get("updated"), metadata=metadata)


TextReader = Callable[[str, str, str], Iterator[Record | Problem]]

# extension -> (kind, reader of decoded text); feeds are read from bytes (feedparser sniffs their encoding).
TEXT_READERS: dict[str, tuple[str, TextReader]] = {
    ".txt": ("txt", read_text), ".text": ("txt", read_text),
    ".md": ("md", read_text), ".markdown": ("md", read_text),
    ".html": ("html", read_html), ".htm": ("html", read_html), ".xhtml": ("html", read_html),
    ".jsonl": ("jsonl", read_jsonl), ".ndjson": ("jsonl", read_jsonl),
    ".csv": ("csv", read_csv), ".tsv": ("csv", read_csv),
}
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
SUPPORTED = tuple(TEXT_READERS) + FEED_EXTENSIONS
