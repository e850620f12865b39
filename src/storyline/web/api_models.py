"""Response models of the JSON API (they are what /openapi.json documents)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from storyline.model import Article, Claim, Corroboration, Event, Role, Span, StoryCluster


class InfoOut(BaseModel):
    """Store summary (more keys may be present, e.g. the last run's summary)."""

    model_config = ConfigDict(extra="allow")

    store: str = Field(description="the store's database URL")
    schema_version: int
    articles: int
    analyses: int
    entities: int
    events: int
    claims: int
    claim_links: int
    stories: int
    source_families: int
    copies: int = Field(description="articles that are copies of another (syndication, near-duplicates)")
    outlets: int
    published_range: list[str | None] = Field(description="earliest and latest publication date")
    writable: bool = Field(description="whether this server accepts POST /api/articles")


class PageMeta(BaseModel):
    offset: int = Field(description="index of the first item returned")
    limit: int = Field(description="most items returned")
    total: int | None = Field(None, description="items matching the filters (null where not counted, e.g. search)")
    has_more: bool = Field(description="true when another page follows")


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    headline: str = Field(description="the title, or the start of the text when the article has no title")
    outlet: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO date truncated to its granularity")
    language: str | None = None
    credit: str | None = Field(None, description="wire credit, e.g. a news agency")
    copy_of: str | None = Field(None, description="the original when this article is a syndicated copy")
    n_chars: int = Field(description="length of the clean text")


class ArticlePage(PageMeta):
    items: list[ArticleSummary]


class TextSpan(BaseModel):
    """A highlighted span of an article's clean text."""

    kind: str = Field(description="entity | date | event | claim")
    start: int = Field(description="character offset into the clean text (inclusive)")
    end: int = Field(description="character offset into the clean text (exclusive)")
    text: str
    label: str | None = Field(None, description="entity label, timex value, event type or claim polarity")
    ref: str | None = Field(None, description="id of the entity / event / claim the span belongs to, when fused")


class ArticleDetail(BaseModel):
    article: Article
    spans: list[TextSpan] = Field(description="entity, date, event and claim spans, sorted by start")
    analyzed: bool = Field(description="false when the article has no stored analysis yet")


class ArticleIn(BaseModel):
    """An article to add (only when the server runs with --writable)."""

    text: str = Field(min_length=1, max_length=200_000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ArticleCreated(BaseModel):
    id: str = Field(description="content-hash id of the cleaned text and outlet (as `storyline analyze` gives it)")
    added: bool = Field(description="false when an article with the same id was already stored")
    copy_of: str | None = Field(None, description="the stored article this one is a (near) copy of")
    warnings: list[str] = Field(default_factory=list, description="what was read anyway (e.g. an unparsed date)")
    note: str


class EntitySummary(BaseModel):
    id: str
    name: str
    type: str
    n_mentions: int
    top_aliases: list[str] = Field(description="most frequent surface forms")


class EntityPage(PageMeta):
    items: list[EntitySummary]


class AliasCount(BaseModel):
    alias: str
    count: int


class MentionOut(BaseModel):
    article: str
    start: int
    end: int
    text: str
    before: str = Field("", description="up to 70 characters of text before the mention")
    after: str = Field("", description="up to 70 characters of text after the mention")
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


class EventSummary(BaseModel):
    id: str
    type: str
    subtype: str | None = None
    date: str | None = Field(None, description="TIMEX3 value of the event date, null when unknown")
    date_text: str | None = None
    earliest: str | None = Field(None, description="first possible ISO day")
    latest: str | None = Field(None, description="last possible ISO day")
    location: str | None = None
    modality: str
    n_articles: int
    independent_sources: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    title: str = Field(description="a one-line label: type, place and date")


class EventPage(PageMeta):
    items: list[EventSummary]


class ClaimSummary(BaseModel):
    id: str
    article: str
    speaker: str | None = Field(None, description="entity id of the speaker when resolved")
    speaker_name: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    content: str
    polarity: str
    direct_quote: bool
    stance: str | None = None
    outlet: str | None = Field(None, description="outlet of the article the claim is read from")
    published: str | None = Field(None, description="publication date of that article")


class ClaimPage(PageMeta):
    items: list[ClaimSummary]


class EntityDetail(BaseModel):
    entity: EntitySummary
    aliases: list[AliasCount] = Field(description="surface forms with how often each occurs")
    types: dict[str, int] = Field(default_factory=dict, description="labels the mentions carried, with counts")
    roles: list[Role] = Field(description="titles/roles read from text, with their dates")
    mentions: list[MentionOut] = Field(description="a page of mentions (see mentions_offset/mentions_limit)")
    mentions_total: int
    events: list[EventSummary] = Field(description="events the entity takes part in")
    claims: list[ClaimSummary] = Field(description="claims the entity makes")


class Participant(BaseModel):
    role: str
    text: str
    entity: str | None = None
    name: str | None = None


class SourceOut(BaseModel):
    article: ArticleSummary
    mentions: list[Span]
    family: str | None = Field(None, description="source family (a wire story and its copies count once)")


class ConflictValue(BaseModel):
    value: Any
    sources: list[str]


class EventDetail(BaseModel):
    event: EventSummary
    participants: list[Participant]
    sources: list[SourceOut]
    articles: int
    independent_sources: int = Field(description="syndicated copies and wire stories count once")
    corroboration: Corroboration | None = None
    conflicts: dict[str, list[ConflictValue]] = Field(description="attributes the sources disagree on")
    raw: Event


class LinkOut(BaseModel):
    type: str = Field(description="supports | denies | contradicts")
    direction: str = Field(description="out: this claim -> other; in: other -> this claim")
    other: ClaimSummary | None
    score: float = 0.0
    reason: str | None = None


class Excerpt(BaseModel):
    before: str
    text: str = Field(description="the claim's span of the article text")
    after: str


class ClaimDetail(BaseModel):
    claim: ClaimSummary
    raw: Claim
    article: ArticleSummary | None
    excerpt: Excerpt | None = Field(None, description="the attribution as written, with the text around it")
    links: list[LinkOut]
    support: Corroboration | None = None


class TimelineOut(BaseModel):
    items: list[dict[str, Any]] = Field(description="events and dated claims in time order")


class BriefOut(BaseModel):
    title: str
    method: str = Field(description="minilm (sentence embeddings) or lexical (TF-IDF fallback)")
    markdown: str = Field(description="the briefing as Markdown, each sentence followed by its sources")
    sections: list[dict[str, Any]] = Field(description="sections (an event or theme) with their sentences "
                                                       "(text, sources with article and offsets, support)")


class SearchHitOut(BaseModel):
    kind: str
    id: str
    title: str
    snippet: str = Field(description="plain text; the matched words are between ⟦ and ⟧")
    score: float
    article: str | None = None
    start: int | None = None
    end: int | None = None


class SearchOut(BaseModel):
    q: str
    offset: int
    limit: int
    has_more: bool
    items: list[SearchHitOut]


class GraphNode(BaseModel):
    id: str
    kind: str = Field(description="entity | event | claim")
    label: str
    size: float = 1.0
    x: float | None = None
    y: float | None = None


class GraphEdge(BaseModel):
    source: str
    target: str
    kind: str = Field(description="participant role, 'says', or a claim link type")


class GraphOut(BaseModel):
    nodes: list[GraphNode] = Field(description="x in [0, 1] and y in [0, aspect]: a layout ready to draw")
    edges: list[GraphEdge]
    aspect: float = Field(0.6, description="height / width of the layout")


class StoriesOut(BaseModel):
    items: list[StoryCluster]


class ErrorOut(BaseModel):
    detail: str

