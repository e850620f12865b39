"""Record -> Article: extract (HTML), clean, date, detect language, give it an id."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from storyline.config import Config
from storyline.ingest.clean import clean_text, take_title
from storyline.ingest.dates import publication_date, publication_instant
from storyline.ingest.decode import sanitize
from storyline.ingest.formats import Record
from storyline.ingest.html import extract_html
from storyline.ingest.language import detect_language
from storyline.ingest.problems import Problem
from storyline.model import Article


def content_id(text: str, outlet: str | None = None) -> str:
    """Content-hash id: sha256 of the whitespace-normalized clean text and the outlet, 16 hex chars.

    The outlet is part of it so that one wire story printed by two outlets is
    two articles (the second marked as a copy by the deduplicator), while the
    same article read twice, from any file format, keeps one stable id.
    """
    key = " ".join(text.split()) + "\x00" + (outlet or "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def outlet_sign(outlet: str | None, removed: tuple[str, ...]) -> str | None:
    """The outlet's initials when cleaning took them out as a line of their own ("MNA" under a text of "Mehr News
    Agency", "(HDN)"): the outlet signing its own copy, its credit. An outlet of one word has no such sign."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’&.-]*", outlet or "") if w[:1].isupper()]
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words)
    return initials if any(line.strip(" ()[]-–—.") == initials for line in removed) else None


def _warning(record: Record, problem: str, hint: str) -> Problem:
    return Problem(record.source, problem, hint, line=record.line, skipped=False)


def _extract(record: Record, problems: list[Problem]) -> tuple[str, Any]:
    """The body text of a record, filling title/outlet/url from the HTML when the record lacks them."""
    if record.text is not None or record.html is None:
        return record.text or "", None
    page = extract_html(record.html, record.url)
    record.title = record.title or page.title
    record.outlet = record.outlet or page.outlet
    record.url = record.url or page.url
    if page.fallback and page.text.strip():
        problems.append(_warning(record, "no main article text recognised in the HTML; took all the page's text",
                                 "check that the page is an article (not an index or a script shell)"))
    return page.text, page.date


_TEXT_FIELDS = ("text", "html", "id", "title", "outlet", "url", "published", "source")


def _sanitized(value: Any) -> tuple[Any, int]:
    """``value`` (a string, or JSON-like containers of them) with unstorable code points replaced."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        out, n = {}, 0
        for k, v in value.items():
            key, nk = _sanitized(str(k))
            out[key], nv = _sanitized(v)
            n += nk + nv
        return out, n
    if isinstance(value, (list, tuple)):
        items = [_sanitized(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    return value, 0


def sanitize_record(record: Record) -> list[Problem]:
    """Replace, in place, what no store can keep (lone surrogates, NUL) in every field, one character for one
    (offsets stay right); a warning says how many. Also turns the record's notes into warnings."""
    count = 0
    for name in _TEXT_FIELDS:
        value = getattr(record, name)
        if value is not None:
            clean, n = sanitize(value)
            if n:
                setattr(record, name, clean)
                count += n
    record.metadata, n = _sanitized(record.metadata)
    count += n
    problems = [_warning(record, note, "fix the field in the source; the rest of the record was read")
                for note in record.notes]
    if count:
        problems.append(_warning(record, f"{count} character(s) that cannot be stored (lone surrogates or NUL) "
                                         "replaced with U+FFFD",
                                 "check the encoding of the source (a \\ud800-style escape without its pair?)"))
    return problems


def _preview(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _too_long(record: Record, n: int, config: Config) -> Problem:
    return Problem(record.source, f"article text is {n:,} characters, over the {config.max_text_chars:,} "
                                  "limit (Config.max_text_chars); it was not stored",
                   "split it into articles, or raise the limit (storyline analyze --max-text-chars N)",
                   line=record.line)


def build_article(record: Record, config: Config) -> tuple[Article | None, list[Problem]]:
    """Clean and describe one record. Returns (None, [why]) when nothing readable is left."""
    problems = sanitize_record(record)
    raw = len(record.text or record.html or "")
    if raw > 5 * config.max_text_chars:  # far over the cap: refused before any costly extraction or cleaning
        return None, [_too_long(record, raw, config)]
    body, html_date = _extract(record, problems)
    cleaned = clean_text(body, title=record.title)
    if not record.title:  # a plain text whose first line is its headline: the line is the title, not the body's
        record.title, cleaned = take_title(cleaned)
    if len(cleaned.text) > config.max_text_chars:
        return None, [_too_long(record, len(cleaned.text), config)]
    if not cleaned.text:
        what = "only boilerplate" if cleaned.removed else "no text"
        return None, [Problem(record.source, f"article has {what} after cleaning", "check the input; it was skipped",
                              line=record.line)]
    if not any(ch.isalpha() for ch in cleaned.text):  # "9" or "--": what is left of junk, never an article
        return None, [Problem(record.source, f"article text {_preview(cleaned.text)} has no words (only digits, "
                              "punctuation or symbols)", "check the input; it was skipped", line=record.line)]
    date = publication_date(record.published, html_date, record.url, body)
    if record.published and (date is None or date.source != "metadata"):
        problems.append(_warning(record, f"could not read the date {record.published!r}",
                                 "write it as YYYY-MM-DD (or YYYY-MM, YYYY); the article was kept without it"
                                 if date is None else "write it as YYYY-MM-DD; the date of the page/URL was used"))
    language, confidence = detect_language(cleaned.text)
    metadata: dict[str, Any] = {**record.metadata, "format": record.kind}
    if record.line is not None:
        metadata["line"] = record.line
    if cleaned.dateline:
        metadata["dateline"] = cleaned.dateline
    instant = publication_instant(record.published) if date is not None and date.source == "metadata" else None
    if instant:  # the time and UTC offset of publication: a weekday may lie past the local date (time/timexes)
        metadata["published_at"] = instant
    if language:
        metadata["language_confidence"] = round(confidence, 3)
    article = Article(
        id=record.id or content_id(cleaned.text, record.outlet),
        text=cleaned.text,
        title=record.title,
        outlet=record.outlet,
        url=record.url,
        published=date.value if date else None,
        published_granularity=date.granularity if date else None,
        published_source=date.source if date else None,
        credit=cleaned.credit or outlet_sign(record.outlet, cleaned.removed),
        language=language,
        removed=cleaned.removed,
        notes=cleaned.notes,
        source=record.source,
        metadata=metadata,
    )
    return article, problems
