"""The pieces of a briefing: runs of text, each with the sources that back it.

A :class:`Citation` points at one article (and the characters read there);
a :class:`Part` is a run of text with its citations; a :class:`BriefItem` is
one bullet made of parts: a sentence read in an article (one part), or a
sentence composed from figures or claims (a part per clause, each cited).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.model import Article
from storyline.present.words import outlet_words


@dataclass(frozen=True)
class Citation:
    """Where a briefing sentence comes from: one article (and the span read) plus how a reader names it."""

    article: str
    start: int
    end: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    field: str | None = None  # "title": the span read is in the article's headline (offsets into ``title``)

    @property
    def label(self) -> str:
        """The outlet, else the web site of its URL (never the article id)."""
        return outlet_words(self.outlet, self.url)


def cite(article_id: str, start: int, end: int, articles: dict[str, Article], field: str | None = None) -> Citation:
    a = articles.get(article_id)
    if a is None:
        return Citation(article_id, start, end, field=field)
    return Citation(article_id, start, end, a.outlet, a.published, a.url, a.title, field)


@dataclass(frozen=True)
class Part:
    """A run of text and the sources that back it (a sentence, or one clause of a composed sentence)."""

    text: str
    cites: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class BriefItem:
    """One bullet: an extracted sentence, or a sentence composed from figures or claims, with its sources."""

    parts: tuple[Part, ...]
    kind: str = "sentence"  # sentence | toll | claims
    score: float = 0.0
    independent_sources: int = 1
    events: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts)

    @property
    def sources(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(c for p in self.parts for c in p.cites))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def merge_same(items: Sequence[BriefItem]) -> list[BriefItem]:
    """Bullets that read the same (an exchange carried word for word by two outlets) are one bullet citing
    every copy, clause by clause, where the first of them stood."""
    out: list[BriefItem] = []
    for it in items:
        key = tuple(_words(p.text) for p in it.parts)
        twin = next((i for i, o in enumerate(out) if tuple(_words(p.text) for p in o.parts) == key), None)
        if twin is None:
            out.append(it)
            continue
        first = out[twin]
        parts = tuple(Part(a.text, tuple(dict.fromkeys(a.cites + b.cites)))
                      for a, b in zip(first.parts, it.parts, strict=True))
        out[twin] = replace(first, parts=parts, claims=tuple(dict.fromkeys(first.claims + it.claims)),
                            independent_sources=max(first.independent_sources, it.independent_sources))
    return out
