"""Tables and migrations (registered and applied in order, like sqlite-utils).

Each fused object is stored as its JSON (``data``) plus the columns queries
filter and sort on. A migration is appended, never edited once released.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    text,
)

metadata = MetaData()

migrations_table = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text),
    Column("outlet", String(300)),
    Column("url", Text),
    Column("published", String(40)),
    Column("language", String(20)),
    Column("credit", String(200)),
    Column("copy_of", String(200)),
    Column("source", Text),
    Column("seq", Integer, nullable=False),  # insertion order: stable corpus order
    Column("data", Text, nullable=False),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_published", "published"),
)

analyses = Table(
    "analyses", metadata,
    Column("article", String(200), primary_key=True),
    Column("config_hash", String(40), nullable=False),
    Column("data", Text, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(40)),
    Column("n_mentions", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_entities_type", "type"),
)

entity_mentions = Table(
    "entity_mentions", metadata,
    Column("entity", String(200), nullable=False),
    Column("article", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_entity_mentions_entity", "entity"),
    Index("ix_entity_mentions_article", "article"),
)

events = Table(
    "events", metadata,
    Column("id", String(200), primary_key=True),
    Column("type", String(60)),
    Column("subtype", String(60)),
    Column("date_value", String(40)),
    Column("earliest", String(10)),
    Column("latest", String(10)),
    Column("location", String(200)),
    Column("n_articles", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_events_earliest", "earliest"),
    Index("ix_events_type", "type"),
)

event_entities = Table(
    "event_entities", metadata,
    Column("event", String(200), nullable=False),
    Column("entity", String(200), nullable=False),
    Column("role", String(40)),
    Index("ix_event_entities_entity", "entity"),
)

claims = Table(
    "claims", metadata,
    Column("id", String(200), primary_key=True),
    Column("article", String(200), nullable=False),
    Column("speaker", String(200)),
    Column("polarity", String(20)),
    Column("start", Integer),
    Column("data", Text, nullable=False),
    Index("ix_claims_article", "article"),
    Index("ix_claims_speaker", "speaker"),
)

claim_links = Table(
    "claim_links", metadata,
    Column("from_id", String(200), nullable=False),
    Column("to_id", String(200), nullable=False),
    Column("type", String(30), nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_claim_links_from", "from_id"),
    Index("ix_claim_links_to", "to_id"),
)

claim_support = Table(
    "claim_support", metadata,
    Column("claim", String(200), primary_key=True),
    Column("data", Text, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", String(200), primary_key=True),
    Column("label", Text),
    Column("n_articles", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

source_families = Table(
    "source_families", metadata,
    Column("id", String(200), primary_key=True),
    Column("data", Text, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finished_at", String(40), nullable=False),
    Column("data", Text, nullable=False),
)

search_facts = Table(  # the non-SQLite fallback search index (PostgreSQL uses ILIKE/tsvector on it)
    "search_facts", metadata,
    Column("kind", String(20), nullable=False),
    Column("id", String(200), nullable=False),
    Column("title", Text),
    Column("body", Text),
    Column("article", String(200)),
    Column("start", Integer),
    Column("end", Integer),
    Column("published", String(40)),
    Column("outlet", String(300)),
    Column("etype", String(60)),
    Column("entity", String(200)),  # a claim's speaker
    Column("weight", Float),
    Index("ix_search_facts_kind", "kind"),
)

embedding_cache = Table(  # sentence vectors by hash of (model, text): fusion re-runs encode only new text
    "embedding_cache", metadata,
    Column("key", String(64), primary_key=True),
    Column("vec", LargeBinary, nullable=False),
)

fused_articles = Table(  # the analyses the saved story was fused from; written with the story, in one transaction
    "fused_articles", metadata,
    Column("article", String(200), primary_key=True),
    Column("config_hash", String(40), nullable=False),  # the analysis' config hash when it was fused
)

writer_holder = Table(  # who holds a PostgreSQL store's writer lock (SQLite keeps it in the lock file)
    "writer_holder", metadata,
    Column("id", Integer, primary_key=True),
    Column("holder", Text, nullable=False),
)

CORE_TABLES = [migrations_table, articles, analyses, entities, entity_mentions, events, event_entities, claims,
               claim_links, claim_support, stories, source_families, runs, search_facts]


def _create_core(conn: Connection) -> None:
    metadata.create_all(conn, tables=CORE_TABLES)


def _create_fts(conn: Connection) -> None:
    """SQLite FTS5 indexes over article text and fact text (other backends search ``search_facts``)."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                      "id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"))
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5("
                      "kind UNINDEXED, id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"))


def _create_embedding_cache(conn: Connection) -> None:
    embedding_cache.create(conn, checkfirst=True)


def _create_fused_marks(conn: Connection) -> None:
    """Fusion state kept in the store, so a run killed before saving its story is resumed by the next one.

    Stores fused before this migration carry no marks: the analyzed articles the saved story has entity
    mentions of count as fused; the others (an article lost to a crashed fusion, or one without any name)
    are fused again, incrementally, by the next run.
    """
    fused_articles.create(conn, checkfirst=True)
    mentioned = select(entity_mentions.c.article).distinct()
    conn.execute(insert(fused_articles).from_select(
        ["article", "config_hash"],
        select(analyses.c.article, analyses.c.config_hash).where(analyses.c.article.in_(mentioned))))


def _create_writer_holder(conn: Connection) -> None:
    writer_holder.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "core tables", _create_core),
    (2, "full-text search (FTS5)", _create_fts),
    (3, "sentence embedding cache", _create_embedding_cache),
    (4, "fused-article marks", _create_fused_marks),
    (5, "writer lock holder", _create_writer_holder),
]
