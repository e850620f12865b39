"""The pieces of a briefing: runs of text, each with the sources that back it.

A :class:`Citation` points at one article (and the characters read there);
a :class:`Part` is a run of text with its citations; a :class:`BriefItem` is
one bullet made of parts: a sentence read in an article (one part), or a
sentence composed from figures or claims (a part per clause, each cited).
"""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def label(self) -> str:
        """The outlet, else the web site of its URL (never the article id)."""
        return outlet_words(self.outlet, self.url)


def cite(article_id: str, start: int, end: int, articles: dict[str, Article]) -> Citation:
    a = articles.get(article_id)
    if a is None:
        return Citation(article_id, start, end)
    return Citation(article_id, start, end, a.outlet, a.published, a.url, a.title)


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
