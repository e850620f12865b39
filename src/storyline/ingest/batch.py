"""Page furniture by repetition across a batch: lines that several articles of one outlet (or of the whole batch)
carry around their text are the pages' template, not any one article's text.

Cleaning (:mod:`storyline.ingest.clean`) reads one page at a time and knows furniture by its words or its form; a
site's own furniture ("Editor's Picks", "Follow the Harbour Ledger on", a newsletter slogan) is often neither.
What gives it away is that every page of the site carries it. :func:`without_repeated_lines` reads the articles of a
batch together and takes out such lines: short (at most :data:`MOST_WORDS` words), not a sentence however short, no
quotation, not a credit, standing over the text (not its first line: the headline, which wire copies share) or
under it (inside the text, a repeated line is a wire copy's subheading, kept), and found in two articles of one
outlet or more, or in :data:`BATCH_ARTICLES` articles of the batch. A line that other copies of the same wire story
share is the wire's text: lines repeated only among articles that share their text's opening are not counted.

The article keeps its id (the content hash of its page's clean text, so that the same page read in another batch is
the same article); the lines taken out are added to its ``removed``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from storyline.ingest import line_form
from storyline.ingest.clean import byline_credit, standalone_credit
from storyline.ingest.problems import Problem
from storyline.model import Article

#: a repeated line longer than this is a paragraph (a copy's), not furniture
MOST_WORDS = 8
#: articles of the batch, of two outlets or more, that must carry a line when their outlets differ
BATCH_ARTICLES = 3
#: articles read together (a window over the stream: memory stays bounded on large inputs)
WINDOW = 500

_QUOTE = re.compile(r"[\"“”«»]")


def _outlet(article: Article) -> str | None:
    if article.outlet:
        return article.outlet.strip().lower()
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else None


def _opening(article: Article) -> str:
    """The first prose line of the text, folded: copies of one wire story share it."""
    return next((line_form._fold(line) for line in article.text.split("\n") if line_form._prose(line)), "")


def _candidates(article: Article) -> dict[str, int]:
    """The lines of an article that may be template: folded line -> index, over or under its text."""
    lines = article.text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    prose = [k for k in filled if line_form._prose(lines[k])]
    if not prose:
        return {}  # no text to stand outside of
    out: dict[str, int] = {}
    for k in filled:
        line = lines[k].strip()
        if prose[0] <= k <= prose[-1] or k == filled[0]:
            continue  # the text and its headline
        if article.title and line_form._fold(line) == line_form._fold(article.title):
            continue
        if len(line.split()) > MOST_WORDS or _QUOTE.search(line) or not any(ch.isalpha() for ch in line) or \
                line_form._protected(line):
            continue  # a sentence however short ("No one was hurt."), a quote, a lead-in: the text's
        if byline_credit(line)[1] or standalone_credit(lines, k):
            continue  # a credit: the rules read it
        out.setdefault(line_form._fold(line), k)
    return out


def repeated_lines(articles: list[Article]) -> list[frozenset[int]]:
    """For each article, the indices of its lines (``text.split("\\n")``) that the batch shows to be template."""
    found = [_candidates(a) for a in articles]
    outlets = [_outlet(a) for a in articles]
    openings = [_opening(a) for a in articles]
    where: dict[str, list[int]] = defaultdict(list)
    for n, lines in enumerate(found):
        for folded in lines:
            where[folded].append(n)
    template: set[str] = set()
    for folded, ns in where.items():
        texts = {openings[n] for n in ns}  # copies of one story count once
        if len(texts) < 2:
            continue
        by_outlet: dict[str, set[str]] = defaultdict(set)
        for n in ns:
            by_outlet[outlets[n] or f"#{n}"].add(openings[n])  # an article of no known outlet: an outlet of its own
        if any(len(t) >= 2 for t in by_outlet.values()) or (len(texts) >= BATCH_ARTICLES and len(by_outlet) >= 2):
            template.add(folded)
    return [frozenset(k for folded, k in lines.items() if folded in template) for lines in found]


def _without(article: Article, drop: frozenset[int]) -> Article:
    if not drop:
        return article
    lines = article.text.split("\n")
    kept = [line for k, line in enumerate(lines) if k not in drop]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not text:
        return article
    return replace(article, text=text, removed=(*article.removed, *(lines[k].strip() for k in sorted(drop))))


def without_repeated_lines(items: Iterable[Article | Problem], window: int = WINDOW) -> Iterator[Article | Problem]:
    """The stream of :func:`storyline.ingest.read_inputs` with the batch's template lines out of each article,
    read in windows of ``window`` articles; problems pass through in their place."""
    held: list[Article | Problem] = []
    count = 0
    for item in items:
        held.append(item)
        count += isinstance(item, Article)
        if count >= window:
            yield from _flush(held)
            held, count = [], 0
    yield from _flush(held)


def _flush(held: list[Article | Problem]) -> Iterator[Article | Problem]:
    articles = [item for item in held if isinstance(item, Article)]
    drops = iter(repeated_lines(articles))
    for item in held:
        yield _without(item, next(drops)) if isinstance(item, Article) else item
