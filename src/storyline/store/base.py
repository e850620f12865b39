"""The storage protocol every backend implements (SQLite by default, PostgreSQL for shared use).

This protocol is the only way into stored data: the web, the CLI, fusion and
the exports call these methods and nothing else (no engine, no SQL). A
backend passes the contract suite in ``tests/store/test_contract.py``.

Conventions:
- ``list_*`` methods return one page (``offset``, ``limit``) in a stable
  order; the matching ``count_*`` takes the same filters and gives the total.
- ``start``/``end`` are calendar values (``2023``, ``2023-03``,
  ``2023-03-01``, ``2023-W09``, ``2023-Q1``, ``2023-H1``, ``2023-SU``): a fact
  matches when its date interval *overlaps* the range
  (:func:`storyline.timevalues.parse_range`); an undated fact never matches a
  date filter. An invalid value or a start after the end raises
  :class:`storyline.timevalues.DateRangeError` (a ``ValueError``).
- Text filters (``q``) are case-insensitive substrings; search (``search``)
  is full-text: every word must occur, the last one as a prefix.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Role,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    Timex,
)
from storyline.store.lock import Holder
from storyline.store.lock import StoreBusy as StoreBusy  # part of the protocol: Store.writer() raises it

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

KINDS = ("articles", "analyses", "entities", "events", "claims", "claim_links", "stories", "source_families")
SEARCH_KINDS = ("article", "entity", "event", "claim")

#: marks around matched words in search snippets (escape the snippet, then replace these)
SNIPPET_OPEN, SNIPPET_CLOSE = "\u27e6", "\u27e7"


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result; ``article``/``start``/``end`` locate it in text when it is a span.

    ``score``: relevance, higher is better (comparable within one result list only).
    """

    kind: str  # article | entity | event | claim
    id: str
    title: str
    snippet: str
    score: float
    article: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class EntityHeader:
    """An entity without its mention list (a popular entity has hundreds of thousands of mentions):
    what lists, page headers and the briefing need."""

    id: str
    name: str
    type: str
    n_mentions: int
    aliases: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Facets:
    """What the stored articles and facts can be filtered by, each value with its count (largest first)."""

    outlets: dict[str, int]
    languages: dict[str, int]
    entity_types: dict[str, int]
    event_types: dict[str, int]
    published: tuple[str | None, str | None]  # earliest and latest publication day


class Store(Protocol):
    url: str
    readonly: bool

    # ------------------------------------------------------------------ articles
    def add_articles(self, articles: Iterable[Article]) -> list[str]:
        """Store articles whose id is not stored yet; returns the ids added (re-runs add nothing)."""
        ...

    def has_article(self, article_id: str) -> bool: ...
    def article(self, article_id: str) -> Article | None: ...

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """The articles ``ids`` (all when None) in insertion order; unknown ids are left out."""
        ...

    def list_articles(self, offset: int = 0, limit: int = 50, outlet: str | None = None, q: str | None = None,
                      start: str | None = None, end: str | None = None) -> list[Article]:
        """Newest first; ``q`` is a substring of the title or id."""
        ...

    def count_articles(self, outlet: str | None = None, q: str | None = None, start: str | None = None,
                       end: str | None = None) -> int: ...

    def count(self, kind: str) -> int:
        """Rows of one of :data:`KINDS`."""
        ...

    # ------------------------------------------------------------------ analyses
    def put_analyses(self, analyses: Iterable[ArticleAnalysis]) -> None: ...
    def analysis(self, article_id: str) -> ArticleAnalysis | None: ...
    def analyses(self, ids: Iterable[str] | None = None, claims: bool = True,
                 timexes: bool = True, mentions: bool = True) -> dict[str, ArticleAnalysis]:
        """These articles' analyses (all with ``ids`` None), in corpus order; an article without one is left out.
        ``claims=False``: each with ``claims`` empty, the claims (a third of a stored analysis' JSON) dropped before
        decoding; ``timexes=False``: likewise its time expressions; ``mentions=False``: likewise its name and
        pronoun mentions (a fifth of the JSON). What an incremental fusion's resolving steps read of the stored
        articles story clustering profiles is neither claims nor time expressions
        (:func:`storyline.fuse.incremental.fuse_incremental`); the timeline and the briefing read neither claims
        nor name mentions (:func:`storyline.present.timeline.timeline_from_store`)."""
        ...

    def analysis_claims(self, ids: Iterable[str]) -> dict[str, tuple[Claim, ...]]:
        """The claims of these articles' analyses (article -> its analysis' ``claims``), read without decoding the
        rest of each analysis: what an analysis read by :meth:`analyses` without its claims lacks."""
        ...

    def analysis_timexes(self, ids: Iterable[str]) -> dict[str, tuple[Timex, ...]]:
        """The time expressions of these articles' analyses (article -> its analysis' ``timexes``), read without
        decoding the rest of each analysis: what an analysis read by :meth:`analyses` without them lacks."""
        ...

    def unanalyzed(self, config_hash: str, languages: Sequence[str]) -> list[str]:
        """Ids of stored articles in ``languages`` (or of unknown language) lacking an analysis made with
        ``config_hash``."""
        ...

    def unfused(self) -> list[str]:
        """Ids of stored articles the saved story was not fused from (new, re-analyzed, or left by a run that
        was killed), in corpus order."""
        ...

    def analysis_sentences(self, ids: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        """The sentence spans of these articles' analyses (cheaper than :meth:`analyses`)."""
        ...

    def incident_parts(self, mentions: Mapping[str, Collection[str]]) -> dict[str, ArticleAnalysis]:
        """Article -> its analysis holding only the event mentions of these ids and no claims (what the
        incident steps of an incremental run read of an article at the scope's edge), in corpus order; the
        rest of each analysis is not decoded (cheaper than :meth:`analyses`)."""
        ...

    def sentence_words(self, version: str) -> dict[str, str]:
        """Article -> the content words of its sentences, as stored by :meth:`put_sentence_words` with
        ``version`` (a cache source families read instead of every article's text)."""
        ...

    def put_sentence_words(self, version: str, words: Mapping[str, str]) -> None:
        """Keep these articles' sentence words (replacing what each had); dropped when its analysis is."""
        ...

    def passage_grams(self, version: str) -> dict[str, npt.NDArray[np.uint32]]:
        """Article -> its sampled 8-gram hashes (:func:`storyline.fuse.corroboration.sampled_grams`) as an array
        of uint32 (read-only), as stored by :meth:`put_passage_grams` with ``version``."""
        ...

    def put_passage_grams(self, version: str, grams: Mapping[str, Sequence[int] | npt.NDArray[np.uint32]]) -> None:
        """Keep these articles' sampled 8-grams (replacing what each had); dropped when its analysis is."""
        ...

    def passage_verdicts(self, version: str) -> dict[tuple[str, str], str]:
        """(article, article) -> the shared-passage verdict of that candidate pair
        (:func:`storyline.fuse.corroboration.passage_verdict`), as stored with ``version``."""
        ...

    def put_passage_verdicts(self, version: str, verdicts: Mapping[tuple[str, str], str]) -> None:
        """Keep these pairs' verdicts (replacing what each had); dropped when either article's analysis is."""
        ...

    def entity_key_blocks(self, version: str, keys: Iterable[str]) -> dict[str, tuple[int, str, str]] | None:
        """Key -> (how many stored entities hold it, the first and the last of them by id), or None when the
        keys kept are of another ``version`` (see :meth:`entity_key_rows`)."""
        ...

    def entity_key_rows(self, version: str, keys: Iterable[str]) -> list[tuple[str, str]] | None:
        """(key, entity) for the stored entities holding any of these blocking keys (kept at each save, see
        :func:`storyline.fuse.entities.entity_keys`), or None when the keys kept are of another ``version``."""
        ...

    def name_folds(self, version: str) -> dict[str, str] | None:
        """Name -> its folded key (:func:`storyline.analyze.names.keys.folded_key`), for every alias of the
        stored entities and each alias' folded key (kept at each save with the entity keys: a run that would
        fold them all again reads them), or None when the entity keys kept are of another ``version``."""
        ...

    def article_claim_links(self, ids: Iterable[str]) -> tuple[list[ClaimLink], list[Claim]]:
        """The stored links from or to the claims of these articles, and the claims at their other ends that
        belong to other articles (what incremental fusion keeps as fixed units at its scope's edge)."""
        ...

    # ------------------------------------------------------------------ the fused story
    def save_story(self, story: Story, fused: Mapping[str, str] | None = None,
                   scope: Collection[str] | None = None) -> None:
        """Replace the fused objects (entities, events, claims, links, clusters, families) at once; with
        ``fused`` (article id -> its analysis' config hash, "" when not analyzed), the fused marks too, in
        the same transaction. Only rows whose content changed are written.

        ``scope`` (article ids): the story's events, claims, claim links and claim supports stand for those
        of these articles only; the stored ones of other articles are kept, and so are the fused marks
        ``fused`` does not name (an incremental fusion re-fused only this part of the story)."""
        ...

    def load_story(self, start: str | None = None, end: str | None = None) -> Story:
        """The whole fused story; with a date range, the events and claims in it and the articles that are
        dated in it or tell one of those (entities, links and clusters restricted to them)."""
        ...

    # entities
    def entities(self) -> list[Entity]:
        """Every entity with its mentions (for exports; fusion reads :meth:`stored_entities`)."""
        ...

    def stored_entities(self) -> list[Entity]:
        """Every entity as :meth:`entities` gives it, each read without its mention lists until they are used
        (:class:`storyline.model.StoredEntity`: what incremental fusion reads, issue 11); saved unchanged, such
        an entity's row is kept as it is."""
        ...

    def entity(self, entity_id: str) -> Entity | None: ...
    def entity_header(self, entity_id: str) -> EntityHeader | None: ...

    def list_entities(self, offset: int = 0, limit: int = 50, type: str | None = None,
                      q: str | None = None) -> list[EntityHeader]:
        """Most mentioned first; ``q`` is a substring of the name."""
        ...

    def count_entities(self, type: str | None = None, q: str | None = None) -> int: ...

    def entity_names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Name of each known entity among ``ids``."""
        ...

    def entity_types(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Type (PERSON, GPE, …) of each known entity among ``ids``."""
        ...

    def entity_aliases(self, ids: Iterable[str | None]) -> dict[str, list[str]]:
        """The surface forms (aliases) of each known entity among ``ids``, most used first."""
        ...

    def entity_mentions(self, entity_id: str, offset: int = 0, limit: int = 50) -> list[Span]:
        """One page of an entity's mentions by article id, then position (``Span.text`` is empty: cut it from
        the article)."""
        ...

    def count_entity_mentions(self, entity_id: str) -> int: ...

    def mention_entities(self, article_id: str) -> dict[tuple[int, int], str]:
        """(start, end) -> entity id for the fused mentions in one article."""
        ...

    # events
    def event(self, event_id: str) -> Event | None: ...

    def list_events(self, offset: int = 0, limit: int = 50, start: str | None = None, end: str | None = None,
                    type: str | None = None, entity: str | None = None) -> list[Event]:
        """Dated events by the start of their interval, undated ones last; ``type`` in any case; ``entity``
        takes part in the event or is its place."""
        ...

    def count_events(self, start: str | None = None, end: str | None = None, type: str | None = None,
                     entity: str | None = None) -> int: ...

    def article_events(self, article_ids: Iterable[str]) -> list[Event]:
        """Events with a mention in any of these articles, in the order of :meth:`list_events`."""
        ...

    def article_event_types(self, article_ids: Iterable[str], types: Collection[str]) -> set[tuple[str, str]]:
        """(article, type) for each event of one of ``types`` with a mention in one of these articles: what
        :meth:`article_events` tells of them, read from the mention and type columns without decoding an event
        (incremental fusion's reach, :func:`storyline.fuse.incremental.reach`)."""
        ...

    # claims
    def claim(self, claim_id: str) -> Claim | None: ...

    def list_claims(self, offset: int = 0, limit: int = 50, speaker: str | None = None,
                    article: str | None = None, start: str | None = None, end: str | None = None) -> list[Claim]:
        """By article, then position. A claim's date is its own time, else its article's publication date."""
        ...

    def article_claims(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of these articles, by article, then position (what incremental fusion blocks on)."""
        ...

    def count_claims(self, speaker: str | None = None, article: str | None = None, start: str | None = None,
                     end: str | None = None) -> int: ...

    def claim_links(self, claim_id: str | None = None) -> list[ClaimLink]:
        """Links from or to ``claim_id`` (all when None)."""
        ...

    def claim_support(self, claim_id: str) -> Corroboration | None: ...

    # clusters and families
    def stories(self) -> list[StoryCluster]:
        """Story clusters, largest first."""
        ...

    def story_cluster(self, story_id: str) -> StoryCluster | None: ...

    def source_families(self, articles: Iterable[str] | None = None) -> list[SourceFamily]:
        """Source families (those holding any of ``articles`` when given)."""
        ...

    # ------------------------------------------------------------------ sentence vectors (keys: model + text hash)
    def get_vectors(self, keys: Sequence[str]) -> dict[str, bytes]: ...
    def put_vectors(self, vectors: dict[str, bytes]) -> None: ...

    def reads(self) -> AbstractContextManager[None]:
        """A block whose reads (in the calling thread) share one connection, each still seeing what was written
        before it: for code that asks the store many small questions (fusion asks its vector cache thousands of
        times, the end-of-run briefing hundreds). Nothing is held after the block."""
        ...

    # ------------------------------------------------------------------ search, runs, info
    def search(self, q: str, kinds: Sequence[str] | None = None, start: str | None = None,
               end: str | None = None, entity: str | None = None, outlet: str | None = None,
               event_type: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over articles, entities, events and claims, best first.

        Every word must occur (case and diacritics ignored), the last one as a prefix. A filter narrows
        the kinds it applies to: ``event_type`` keeps events; ``outlet`` articles and claims; ``entity``
        articles that mention it, events it takes part in and claims it makes; ``start``/``end`` apply to
        articles, events and claims (entities are not dated).
        """
        ...

    def facets(self) -> Facets: ...

    def put_presented(self, name: str, state: str, data: str) -> None:
        """Keep ``data`` (JSON a run made for readers ahead of time, e.g. the overview's briefing) under
        ``name``, with the store ``state`` it was made from; rows made for another state are dropped."""
        ...

    def presented(self, name: str) -> tuple[str, str] | None:
        """(state, data) stored under ``name``, or None: the reader serves it only while the state holds."""
        ...

    def record_run(self, summary: dict[str, Any]) -> None: ...
    def last_run(self) -> dict[str, Any] | None: ...

    def info(self) -> dict[str, Any]:
        """Counts of every kind, copies, outlets, languages, publication range, schema version, last run."""
        ...

    def close(self) -> None: ...

    # ------------------------------------------------------------------ one writer at a time (store.lock)
    def writer(self, wait: bool | float = True, on_wait: Callable[[Holder | None], None] | None = None,
               what: str = "") -> AbstractContextManager[None]:
        """Hold the store's single-writer lock for a block (re-entrant within a thread); ``wait``: True,
        False or seconds; raises :class:`storyline.store.StoreBusy` naming the holder when not free in time."""
        ...

    def writer_holder(self) -> Holder | None: ...
    def migrate(self) -> list[int]: ...
