"""Record -> Article: extract (HTML), clean, date, detect language, give it an id."""

from __future__ import annotations

import hashlib
from typing import Any

from storyline.config import Config
from storyline.ingest.clean import clean_text
from storyline.ingest.dates import publication_date
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


def build_article(record: Record, config: Config) -> tuple[Article | None, list[Problem]]:
    """Clean and describe one record. Returns (None, [why]) when nothing readable is left."""
    problems: list[Problem] = []
    body, html_date = _extract(record, problems)
    cleaned = clean_text(body)
    if not cleaned.text:
        what = "only boilerplate" if cleaned.removed else "no text"
        return None, [Problem(record.source, f"article has {what} after cleaning", "check the input; it was skipped",
                              line=record.line)]
    date = publication_date(record.published, html_date, record.url)
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
        credit=cleaned.credit,
        language=language,
        removed=cleaned.removed,
        notes=cleaned.notes,
        source=record.source,
        metadata=metadata,
    )
    return article, problems
