"""Sources as a reader names them: outlet, date, title and link of one article, and which articles are one source.

A citation always resolves to one article (its id and, where a sentence is
cited, the character offsets); what is shown is the outlet and date, never
the id. Articles that are not independent (a wire story and its copies,
``copy_of`` pairs, the families fusion found) count once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from storyline.model import Article, SourceFamily
from storyline.present.sentences import dateline_cut
from storyline.present.words import UNKNOWN_OUTLET, date_words, outlet_words
from storyline.store.base import Store


@dataclass(frozen=True)
class SourceRef:
    """One article as a reader cites it."""

    article: str
    outlet: str
    published: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def date(self) -> str:
        return date_words(self.published) if self.published else "undated"

    def words(self) -> str:
        """'The Orvani Herald, 4 March 2031'."""
        return f"{self.outlet}, {self.date}"


def headline_of(article: Article, n: int = 80) -> str | None:
    """The title, else the start of the text's first line cut at a word (many inputs have no title), after its
    dateline ("LESK — Estmark's …" reads "Estmark's …"; a line that is only a dateline is skipped)."""
    if article.title and article.title.strip():
        return article.title.strip()
    lines = (line.strip() for line in article.text.splitlines() if line.strip())
    first = next((cut for line in lines if (cut := line[dateline_cut(line):].strip())), "")
    if not first:
        return None
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "…"


def source_ref(article: Article) -> SourceRef:
    title = article.title.strip() if article.title and article.title.strip() else None
    return SourceRef(article.id, outlet_words(article.outlet, article.url), article.published, title, article.url)


def refs(article_ids: Iterable[str], articles: Mapping[str, Article]) -> tuple[SourceRef, ...]:
    """The articles as sources, oldest first (undated last; a copy after its original), each once."""
    seen = [articles[a] for a in dict.fromkeys(article_ids) if a in articles]
    seen.sort(key=lambda a: (a.published or "9999", a.copy_of is not None, a.outlet or "", a.id))
    return tuple(source_ref(a) for a in seen)


@dataclass(frozen=True)
class Outlets:
    """The outlets a set of articles is from, counted the one way every page counts them: an article's outlet
    is what :func:`~storyline.present.words.outlet_words` names (its outlet, else the web site of its URL);
    an article that names neither is counted apart (``unnamed``), never as an outlet "unknown outlet"."""

    names: frozenset[str]
    unnamed: int = 0

    def __len__(self) -> int:
        return len(self.names)


def outlets_of(articles: Iterable[Article]) -> Outlets:
    """The outlets of ``articles`` (see :class:`Outlets`)."""
    names = [outlet_words(a.outlet, a.url) for a in articles]
    return Outlets(frozenset(n for n in names if n != UNKNOWN_OUTLET), names.count(UNKNOWN_OUTLET))


def store_outlets(store: Store) -> Outlets:
    """The outlets of every stored article, the same count as ``outlets_of(store.articles())``: the outlet
    column's values when every article has one (no article read), else the articles without one are read
    for their web site (an article that gives only a URL is from that site: the briefing cites it so)."""
    named = {o: n for o, n in store.facets().outlets.items() if o.strip()}
    if sum(named.values()) >= store.count("articles"):
        return Outlets(frozenset(outlet_words(o) for o in named))
    return outlets_of(store.articles())


def family_map(articles: Iterable[Article], families: Iterable[SourceFamily]) -> dict[str, str]:
    """Article id -> a key shared by the articles that are not independent of each other."""
    arts = list(articles)
    fam: dict[str, str] = {a.id: a.id for a in arts}
    for f in families:
        for aid in f.articles:
            fam[aid] = f.id
    for a in arts:  # a copy belongs with its original
        if a.copy_of:
            fam[a.id] = fam.get(a.copy_of, a.copy_of)
    return fam


def independent(article_ids: Iterable[str], family: Mapping[str, str]) -> int:
    """How many independent sources the articles are (copies and one family count once)."""
    return len({family.get(a, a) for a in article_ids})
