"""One reader per source kind: decoded file content -> raw records (or Problems naming file and line).

A :class:`Record` is what a source says about one article before cleaning;
:mod:`storyline.ingest.build` turns it into an :class:`~storyline.model.Article`.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storyline.ingest.html import fragment_text
from storyline.ingest.problems import Problem

log = logging.getLogger(__name__)

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
    notes: list[str] = field(default_factory=list)  # fields left out (not text), told as warnings


def json_type(value: Any) -> str:
    """The JSON name of a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {"dict": "object", "list": "array", "str": "string"}.get(type(value).__name__, type(value).__name__)


def _field_name(key: str) -> str:
    key = key.strip().lower()
    return ALIASES.get(key, key)


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_from_fields(fields: dict[str, Any], source: str, kind: str, line: int | None = None) -> Record:
    """Known fields by name (or alias); every other field goes to metadata as it is.

    A known field must be text (a number is taken as its digits): an object, an array or a boolean
    there is left out and noted (``Record.notes``), never stored as its Python repr.
    """
    record = Record(source=source, kind=kind, line=line)
    for key, value in fields.items():
        name = _field_name(str(key))
        if name in FIELDS and getattr(record, name) is None:
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                record.notes.append(f"'{key}' is a JSON {json_type(value)}, not a string; it was left out")
                continue
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


def _record_or_problem(fields: Any, source: str, kind: str, line: int | None, item: int | None = None
                       ) -> Record | Problem:
    where = f"item {item}: " if item is not None else ""
    if not isinstance(fields, dict):
        return Problem(source, f"{where}record is a JSON {json_type(fields)}, not an object",
                       'write each article as a JSON object: {"id": ..., "text": ...}', line=line)
    for key, value in fields.items():
        if _field_name(str(key)) in ("text", "html") and value is not None and not isinstance(value, str):
            return Problem(source, f"{where}'{key}' is a JSON {json_type(value)}, not a string",
                           f"write the article body as one string in '{key}'; the record was skipped", line=line)
    record = record_from_fields(fields, source, kind, line)
    if record.text is None and record.html is None:
        keys = ", ".join(map(str, fields))[:200] or "none"
        return Problem(source, f"{where}record has no 'text' or 'html' field (fields: {keys})",
                       "add the article body as 'text' (or 'html'); the record was skipped", line=line)
    return record


def _unexpected(source: str, err: Exception, line: int | None = None, what: str = "record") -> Problem:
    log.exception("reading %s failed", source)
    return Problem(source, f"the {what} could not be read ({type(err).__name__}: {str(err)[:200]})",
                   f"the {what} was skipped, the rest was read; please report this with the file", line=line)


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
        except Exception as err:  # e.g. a number too long to convert: this line only
            yield _unexpected(source, err, number, "line")
            continue
        try:
            yield _record_or_problem(fields, source, kind, number)
        except Exception as err:
            yield _unexpected(source, err, number)


#: keys under which JSON exports keep their list of articles (any other list of article objects is found too)
_LIST_KEYS = ("articles", "items", "records", "entries", "documents", "docs", "data", "results", "stories")


def _is_article(value: Any) -> bool:
    return isinstance(value, dict) and any(_field_name(str(k)) in ("text", "html") for k in value)


def _json_items(data: Any) -> list[Any] | None:
    """The articles of a JSON document: a list of objects, one article object, or the list under one of the
    usual keys (``{"articles": [...]}``); else None (other lists of objects with a "text" are not articles:
    annotations, quotes...)."""
    if isinstance(data, list):
        return data
    if _is_article(data):
        return [data]
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            found = data.get(key)
            if isinstance(found, list) and any(_is_article(x) for x in found):
                return found
    return None


def read_json(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    """A JSON document: a list of article objects, one article object, or ``{"articles": [...]}``."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        if content.lstrip().startswith("{") and "\n{" in content:  # JSON Lines saved as .json
            yield from read_jsonl(content, source, "jsonl")
            return
        yield Problem(source, f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})",
                      "fix the file, or write one JSON object per line as .jsonl", line=err.lineno)
        return
    items = _json_items(data)
    if items is None:
        what = f"a JSON {json_type(data)}" + (f" with keys {', '.join(map(str, list(data)[:8]))}"
                                              if isinstance(data, dict) else "")
        # a warning, not a refusal: nothing in it was an article (a corpus folder's gold or config file)
        yield Problem(source, f"no articles in it ({what}; no object with 'text' or 'html'); nothing was taken",
                      'Storyline reads a list of {"text": ...} objects, one such object, or {"articles": [...]}',
                      skipped=False)
        return
    for number, fields in enumerate(items, start=1):
        try:
            record = _record_or_problem(fields, source, kind, None, item=number)
        except Exception as err:
            record = _unexpected(source, err, None, f"item {number}")
        if isinstance(record, Record):
            record.metadata.setdefault("item", number)
        yield record


def _delimiter(content: str) -> str:
    """The delimiter, sniffed from the header row. Only the delimiter: quoting rules cannot be told from a
    header (the sniffer then turns off doubled quotes and a quoted quote splits its field), so they stay
    Excel's."""
    try:
        return csv.Sniffer().sniff(content.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_csv(content: str, source: str, kind: str) -> Iterator[Record | Problem]:
    """A header row with the field names, one article per row.

    Quoting is read strictly: a row whose quote is never closed (which would swallow every row after it)
    or that has text after a closing quote is reported with its line, and reading resumes on the next line.
    """
    csv.field_size_limit(max(csv.field_size_limit(), len(content)))  # an article body is one (large) field
    delimiter = _delimiter(content)
    lines = _LINE.findall(content)
    columns = next(csv.reader(lines[:1], delimiter=delimiter), [])
    names = {_field_name(c) for c in columns}
    if "text" not in names and "html" not in names:
        yield Problem(source, f"CSV has no 'text' or 'html' column (columns: {', '.join(columns) or 'none'})",
                      "add a header row with a 'text' (or 'html') column holding the article body; "
                      "the file was skipped")
        return
    start = 1  # index of the line the reader (re)starts on
    while start < len(lines):
        reader = csv.reader(lines[start:], delimiter=delimiter, strict=True)
        done = 0  # lines of lines[start:] taken by complete rows
        try:
            for row in reader:
                line = start + done + 1  # 1-based number of the row's first line
                done = reader.line_num
                yield from _csv_row(columns, row, source, kind, line)
            return
        except csv.Error as err:
            line = start + done + 1
            if "unexpected end of data" in str(err):
                what = "its quote is never closed"
            elif "expected after" in str(err):
                what = "a quote does not end where its field ends: a stray quote, or one left open"
            else:
                what = f"bad quoting: {err}"
            yield Problem(source, f"CSV row starting on line {line} is malformed ({what})",
                          "fix the quoting on that line; that row was skipped, the rows after it were read",
                          line=line)
            start = line  # resume on the line after the row's first line


def _csv_row(columns: list[str], row: list[str], source: str, kind: str, line: int) -> Iterator[Record | Problem]:
    if not any(v.strip() for v in row):
        return
    fields = dict(zip(columns, row, strict=False))
    extra = [v for v in row[len(columns):] if v.strip()]
    bodiless = not any((fields.get(c) or "").strip() for c in columns if _field_name(c) in ("text", "html"))
    if extra or (len(row) < len(columns) and bodiless):
        yield Problem(source, f"row has {len(row)} fields but the header has {len(columns)}",
                      "check the delimiter and the quoting of that row; it was skipped", line=line)
        return
    try:
        yield _record_or_problem(fields, source, kind, line)
    except Exception as err:
        yield _unexpected(source, err, line, "row")


def _entry_html(entry: Any) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return entry.get("summary") or entry.get("description")


_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(?:%\s+)?([A-Za-z_][\w.:-]*)")


def _declared_entities(data: bytes) -> re.Pattern[str] | None:
    """References to entities the feed declares itself: feedparser leaves them unexpanded (as it should:
    expanding them is the "billion laughs" attack), so they would reach the text as ``&name``."""
    names = sorted({m.decode("ascii", "replace") for m in _ENTITY_DECL.findall(data[:200_000])}, key=len,
                   reverse=True)  # longest first: "&lol9" is "&lol9" when the feed declares lol9
    if not names:
        return None
    # no look-ahead: the lenient parser drops the semicolons, so "&nil&nil9" is two references and a "9"
    return re.compile(r"&(?:" + "|".join(map(re.escape, names)) + r");?")


def read_feed(data: bytes, source: str, kind: str) -> Iterator[Record | Problem]:
    """RSS/Atom: one record per entry (its content, else its summary), with link, date and source title."""
    import feedparser  # here, not at import: a run without feeds never needs it (0.07 s of CPU)

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Problem(source, f"not an RSS/Atom feed with entries{reason}",
                      "give a .xml/.rss/.atom file only for feeds; other XML is not read")
        return
    feed_title = feed.feed.get("title")
    entities = _declared_entities(data)
    if entities is not None and not feed.get("bozo"):  # a well-formed feed: the XML parser expanded them
        yield Problem(source, "the feed declares its own XML entities (a DTD inside the file) and they were "
                      "expanded; text made of them may be junk", "check the entries' text", skipped=False)
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield from _feed_entry(entry, number, source, kind, feed_title, entities)
        except Exception as err:  # one odd entry costs that entry
            yield _unexpected(source, err, None, f"feed entry {number}")


def _feed_entry(entry: Any, number: int, source: str, kind: str, feed_title: str | None,
                entities: re.Pattern[str] | None) -> Iterator[Record | Problem]:
    html = _entry_html(entry)
    title = entry.get("title")
    if not html:
        yield Problem(source, f"feed entry {number} ({title or 'untitled'!r}) has no content",
                      "the feed carries only titles; save the articles themselves")
        return
    text = fragment_text(html)
    if entities is not None:
        text, n_text = entities.subn("", text)
        title, n_title = entities.subn("", title) if title else (title, 0)
        if n_text + n_title:
            what = (f"feed entry {number}: {n_text + n_title} reference(s) to entities the feed declares itself "
                    "(custom XML entities are never expanded: a feed can use them to blow up memory)")
            if not text.strip():
                yield Problem(source, what + "; nothing else is in its text",
                              "the entry was skipped; give the articles' text itself")
                return
            yield Problem(source, what + "; they were removed", "check the entry's text", skipped=False)
    source_title = (entry.get("source") or {}).get("title")
    metadata = {k: entry[k] for k in ("id", "author") if entry.get(k)}
    if feed_title:
        metadata["feed"] = feed_title
    yield Record(source=source, kind=kind, text=text, title=title or None, outlet=source_title or feed_title,
                 url=entry.get("link"), published=entry.get("published") or entry.get("updated"),
                 metadata=metadata)


TextReader = Callable[[str, str, str], Iterator[Record | Problem]]

# extension -> (kind, reader of decoded text); feeds are read from bytes (feedparser sniffs their encoding).
TEXT_READERS: dict[str, tuple[str, TextReader]] = {
    ".txt": ("txt", read_text), ".text": ("txt", read_text),
    ".md": ("md", read_text), ".markdown": ("md", read_text),
    ".html": ("html", read_html), ".htm": ("html", read_html), ".xhtml": ("html", read_html),
    ".jsonl": ("jsonl", read_jsonl), ".ndjson": ("jsonl", read_jsonl), ".json": ("json", read_json),
    ".csv": ("csv", read_csv), ".tsv": ("csv", read_csv),
}
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
SUPPORTED = tuple(TEXT_READERS) + FEED_EXTENSIONS
