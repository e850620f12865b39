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
    outlets: int = Field(description="outlets the articles are from (an article's outlet, else its URL's web site)")
    published_range: list[str | None] = Field(description="earliest and latest publication date")
    writable: bool = Field(description="whether this server accepts POST /api/articles")


class PageMeta(BaseModel):
    """Every list answers one page: ``items[offset:offset + limit]`` of ``total`` items matching the filters."""

    offset: int = Field(description="index of the first item returned")
    limit: int = Field(description="most items returned")
    total: int = Field(description="items matching the filters, over all pages")
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
    label: str | None = Field(None, description="entity label, timex value, event type or claim polarity (a code)")
    ref: str | None = Field(None, description="id of the entity / event / claim the span belongs to, when fused")
    words: str = Field(default="", description="what the span is, in words, as the article page's tooltip says it: "
                                       "'name: place', 'event: attack', 'statement: denial', 'date: 4 March 2031'")


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
    type_words: str = Field(default="", description="the type in words: 'person', 'place', 'group'")
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
    when: str = Field("date not stated", description="the date in words at its granularity")
    killed: str | None = Field(None, description="the headline death toll in words, qualifier kept ('over 100')")
    injured: str | None = Field(None, description="the headline injured count in words")


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
    label: str = Field(default="", description="the claim as the timeline tells it: 'Estmark denies that …'")
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


class SourceRefOut(BaseModel):
    """One article as a reader cites it (the id resolves it; the rest is what is shown)."""

    article: str
    outlet: str = Field(description="the outlet, else the web site of its URL")
    published: str | None = None
    title: str | None = None
    url: str | None = None


class TimelineItemOut(BaseModel):
    kind: str = Field(description="event (an incident) | claim (a statement)")
    id: str = Field(description="the event or claim shown (its page: /events/{id} or /claims/{id})")
    label: str = Field(description="what happened or who said what, in words")
    when: str = Field(description="the date in words at its granularity, or 'date not stated (reported …)'")
    value: str | None = Field(None, description="TIMEX3 value of the date when the text states one")
    granularity: str | None = None
    earliest: str | None = Field(None, description="first possible ISO day (null: no stated date)")
    latest: str | None = Field(None, description="last possible ISO day")
    lane: str = Field(description="the kind of incident in words; statements are 'Statements'")
    sources: list[SourceRefOut] = Field(description="the articles that tell it, oldest first")
    conflicts: list[str] = Field(description="values the sources disagree on, each with who reports it")
    members: list[str] = Field(description="every event or claim id collapsed into this line")
    modality: str | None = None
    polarity: str | None = None
    date_stated: bool = True
    independent_sources: int = 1
    background: bool = Field(False, description="recalled by the articles from well before they were "
                                                "written (listed after the story)")
    minor: bool = Field(False, description="what the briefing heads no section with, nor the overview lists: a "
                                           "low-value happening told beside weightier news (a sale beside a "
                                           "bombing), or one nothing places (no date, place, name or figure)")


class TimelinePage(PageMeta):
    items: list[TimelineItemOut] = Field(description="incidents and statements in time order (undated, then "
                                                     "background, last)")


class BriefCitationOut(BaseModel):
    article: str
    start: int = Field(description="character offset of the cited text in the article (inclusive)")
    end: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None


class BriefPartOut(BaseModel):
    text: str
    cites: list[BriefCitationOut] = Field(description="the sources of this run of text")


class BriefItemOut(BaseModel):
    text: str
    kind: str = Field(description="sentence (read in an article) | toll (figures) | claims (who said what)")
    parts: list[BriefPartOut]
    sources: list[BriefCitationOut]
    numbers: list[int] = Field(description="the numbered sources this item cites")
    events: list[str] = []
    claims: list[str] = []
    independent_sources: int = 1


class BriefSectionOut(BaseModel):
    heading: str
    kind: str = Field(description="incident | exchange (an accusation and its denial)")
    event: str | None = Field(None, description="the lead event of the incident")
    members: list[str] = Field(description="every event collapsed into the incident")
    when: str
    items: list[BriefItemOut]


class BriefSourceOut(BaseModel):
    number: int
    article: str
    outlet: str
    published: str | None = None
    title: str | None = None
    url: str | None = None


class BriefOut(BaseModel):
    title: str
    method: str = Field(description="minilm (sentence embeddings) or lexical (TF-IDF fallback)")
    scope: str = Field("", description="what the briefing was made from")
    markdown: str = Field(description="the briefing as Markdown, every sentence followed by its numbered sources")
    sections: list[BriefSectionOut] = Field(description="one per incident or development, in time order")
    sources: list[BriefSourceOut] = Field([], description="the numbered sources: each is one article")
    made_at: str | None = Field(None, description="when the last run made it ahead of time (UTC); none when made "
                                                  "on request")


class SearchHitOut(BaseModel):
    kind: str
    id: str
    title: str
    snippet: str = Field(description="plain text; the matched words are between ⟦ and ⟧")
    score: float
    article: str | None = None
    start: int | None = None
    end: int | None = None


class SearchOut(PageMeta):
    q: str
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


class StoryPage(PageMeta):
    items: list[StoryCluster]


class ErrorOut(BaseModel):
    detail: str

