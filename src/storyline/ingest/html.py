"""HTML -> main text and metadata (trafilatura for pages, a small block walker for fragments)."""

from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from storyline.ingest.dates import date_from_html
from storyline.model import Granularity

# trafilatura logs every page it finds too short; those cases reach the user as a Problem instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
})
_SPACE = re.compile(r"\s+")
_DROP = ("script", "style", "noscript", "template", "svg", "iframe")


@dataclass(frozen=True)
class HtmlExtract:
    """What a page gives: its main text and the metadata its markup states."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: tuple[str, Granularity] | None = None
    fallback: bool = False  # True when trafilatura found no main text and the whole body was taken


def _parse(html: str) -> HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry, a page body): one line per block element."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(html.split())
    return _tree_text(root)


def _tree_text(root: HtmlElement) -> str:
    for bad in root.xpath("|".join(f".//{tag}" for tag in _DROP)):
        bad.drop_tree()
    parts: list[str] = []
    # iterwalk instead of recursion: broken pages can nest thousands of unclosed tags.
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        is_element = isinstance(el.tag, str)
        if event == "start":
            if is_element and el.tag in _BLOCK:
                parts.append("\n")
            if is_element and el.text:
                parts.append(_SPACE.sub(" ", el.text))  # source newlines are spaces in HTML
        else:
            if is_element and el.tag in _BLOCK:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(_SPACE.sub(" ", el.tail))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*>|<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)


def salvage_text(html: str) -> str:
    """Last resort for pages no parser makes sense of (an unclosed <title> swallows the page): strip tags."""
    def tag(m: re.Match[str]) -> str:
        return "\n" if (m.group(2) or "").lower() in _BLOCK | {"title", "body", "head"} else ""

    text = htmllib.unescape(_TAG.sub(tag, _SCRIPT.sub("", html)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _meta(tree: HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name"):
            values = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            if values and values[0].strip():
                return str(values[0]).strip()
    return None


def _drop_title_line(text: str, title: str | None) -> str:
    """Pages repeat the headline as the first line of the main text; the title is a field, not body."""
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text via trafilatura (precision first), falling back to the page's block text."""
    # imported here: a run over JSONL or text files never needs trafilatura (0.2 s of CPU to import)
    import trafilatura
    from trafilatura.metadata import extract_metadata

    tree = _parse(html)
    if tree is None:
        return HtmlExtract(text=fragment_text(html), fallback=True)
    # Metadata first: the fallback below drops <script> nodes, where JSON-LD dates live.
    date = date_from_html(tree)
    meta = extract_metadata(tree, default_url=url, extensive=False)
    title = meta.title or _meta(tree, "og:title")
    outlet = _meta(tree, "og:site_name", "application-name", "publisher") or meta.sitename
    page_url = url or _meta(tree, "og:url") or meta.url
    text = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False, include_tables=False,
                               include_images=False, deduplicate=False)
    fallback = not text
    if fallback:
        body = tree.find("body")
        text = _tree_text(body if body is not None else tree)
        if not text or (title and "<" in title):
            # The parser put the page somewhere odd (e.g. inside an unclosed <title>): read the raw markup.
            text = salvage_text(html)
    if title and "<" in title:
        title = None
    return HtmlExtract(
        text=_drop_title_line(text or "", title),
        title=title,
        outlet=outlet,
        url=page_url,
        date=date,
        fallback=fallback,
    )
