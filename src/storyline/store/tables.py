"""Tables and migrations (registered and applied in order, like sqlite-utils).

Each fused object is stored as its JSON (``data``) plus the columns queries
filter and sort on. A migration is appended, never edited once released.
Tables are declared here at their latest shape; migration 1 creates them that
way on a new store, so a later migration that adds columns adds only those an
older store lacks (and fills them from the stored JSON).

Dates are stored as intervals: ``earliest``/``latest`` ISO days
(:func:`storyline.timevalues.time_bounds`), so a month-granular date is
filtered and sorted as the whole month.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
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
    inspect,
    literal,
    select,
    text,
    update,
)

from storyline.model import Claim, Entity, from_dict, to_dict
from storyline.store.fulltext import pg_document
from storyline.timevalues import DateRange, interval_strings, time_bounds

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
    Column("earliest", String(10)),  # interval of ``published`` (migration 4)
    Column("latest", String(10)),
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
    Column("head", Text),  # JSON of the entity without its mentions: aliases, types, roles (migration 4)
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

event_mentions = Table(  # which articles tell which event (migration 4)
    "event_mentions", metadata,
    Column("event", String(200), nullable=False),
    Column("article", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_event_mentions_event", "event"),
    Index("ix_event_mentions_article", "article"),
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
    Column("end", Integer),  # migration 4, with the interval: the claim's time, else its article's date
    Column("earliest", String(10)),
    Column("latest", String(10)),
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

search_facts = Table(  # PostgreSQL's search index: one row per article/entity/event/claim, tsvector ``tsv`` (mig. 5)
    "search_facts", metadata,
    Column("kind", String(20), nullable=False),
    Column("id", String(200), nullable=False),
    Column("title", Text),
    Column("body", Text),
    # unused since migration 5 (filters join the stored tables, the same SQL as SQLite's); kept, not dropped
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

fused_articles = Table(  # the articles the saved story was fused from; written with the story, in one transaction
    "fused_articles", metadata,
    Column("article", String(200), primary_key=True),
    Column("config_hash", String(40), nullable=False),  # its analysis' config hash then ("" when not analyzed)
)

fused_rows = Table(  # a digest of each stored fused row, so saving a story writes only the rows that changed (mig. 8)
    "fused_rows", metadata,
    Column("kind", String(20), primary_key=True),  # one of FUSED_KINDS
    Column("id", String(700), primary_key=True),  # the row's id (a claim link: from, to, type joined by U+001F)
    Column("digest", String(40), nullable=False),  # sha1 of the row's stored JSON
)

sentence_words = Table(  # each article's sentences as content words (mig. 10): source families read them, not the text
    "sentence_words", metadata,
    Column("article", String(200), primary_key=True),
    Column("version", String(40), nullable=False),  # what made them (stop words, rules): another version is stale
    Column("data", Text, nullable=False),  # one line per sentence, its words sorted and space-separated
)

passage_grams = Table(  # each article's sampled 8-grams (mig. 12): source families find shared passages by them
    "passage_grams", metadata,
    Column("article", String(200), primary_key=True),
    Column("version", String(40), nullable=False),  # what made them (the passage rules): another version is stale
    Column("grams", LargeBinary, nullable=False),  # the crc32 hashes, ascending, as little-endian uint32
)

passage_pairs = Table(  # each candidate pair's shared-passage verdict (mig. 12), a pure function of the two texts
    "passage_pairs", metadata,
    Column("first", String(200), primary_key=True),
    Column("second", String(200), primary_key=True),
    Column("version", String(40), nullable=False),
    Column("why", Text, nullable=False),  # why they are copies, "" when they are not
)

entity_keys = Table(  # the blocking keys of each stored entity (mig. 11): a run reads the entities new names meet
    "entity_keys", metadata,
    Column("entity", String(200), nullable=False, index=True),
    Column("key", String(500), nullable=False, index=True),
)

entity_keys_version = Table(  # what made the stored entity keys (one row): another version is stale, all of it
    "entity_keys_version", metadata,
    Column("version", String(40), primary_key=True),
)

name_folds = Table(  # the folded key of each stored entity's name (mig. 13), kept with the entity keys' version
    "name_folds", metadata,
    Column("name", String(500), primary_key=True),  # an alias, or an alias' folded key (folded again)
    Column("folded", String(500), nullable=False),  # storyline.analyze.names.keys.folded_key of it
)

writer_holder = Table(  # who holds a PostgreSQL store's writer lock (SQLite keeps it in the lock file)
    "writer_holder", metadata,
    Column("id", Integer, primary_key=True),
    Column("holder", Text, nullable=False),
)

presented = Table(  # what a run made for readers ahead of time (mig. 9): the overview's briefing, by name
    "presented", metadata,
    Column("name", String(100), primary_key=True),
    Column("state", Text, nullable=False),  # the store state it was made from: served only while it still holds
    Column("made_at", String(40), nullable=False),
    Column("data", Text, nullable=False),  # JSON
)

CORE_TABLES = [migrations_table, articles, analyses, entities, entity_mentions, events, event_mentions,
               event_entities, claims, claim_links, claim_support, stories, source_families, runs, search_facts]


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


# --------------------------------------------------------------------------- row values shared with the store


def entity_head(e: Entity) -> str:
    """The ``head`` column: an entity's small fields, so lists never parse its mention list."""
    return json.dumps({"aliases": e.aliases, "types": e.types, "roles": [to_dict(r) for r in e.roles]},
                      ensure_ascii=False, separators=(",", ":"))


def overlapping(earliest: Any, latest: Any, dates: DateRange) -> list[ColumnElement[bool]]:
    """Conditions for an ``earliest``..``latest`` interval column pair overlapping ``dates``: it ends on or after
    the first day and starts on or before the last (an undated row matches no date filter)."""
    conds: list[ColumnElement[bool]] = []
    if dates.first:
        conds.append(latest >= dates.first)
    if dates.last:
        conds.append(earliest <= dates.last)
    return conds


def claim_bounds(c: Claim, published: str | None) -> tuple[str | None, str | None]:
    """A claim's date interval: its own time, else the publication date of its article."""
    lo, hi = time_bounds(c.time)
    return (lo, hi) if lo else interval_strings(published)


def event_mention_rows(event_id: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"event": event_id, "article": m["article"], "start": m["start"], "end": m["end"]}
            for m in data.get("mentions", ())]


# --------------------------------------------------------------------------- migration 4: intervals and indexes


def _add_columns(conn: Connection, table: Table, names: tuple[str, ...]) -> list[str]:
    """Add the columns an older store lacks (``ALTER TABLE ... ADD COLUMN``); returns those added."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    added = []
    for name in names:
        if name not in have:
            col = table.c[name]
            ddl = col.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {ddl}'))
            added.append(name)
    return added


def _backfill_articles(conn: Connection) -> None:
    rows = conn.execute(select(articles.c.id, articles.c.published)).all()
    for aid, published in rows:
        lo, hi = interval_strings(published)
        if lo:
            conn.execute(update(articles).where(articles.c.id == aid).values(earliest=lo, latest=hi))


def _backfill_claims(conn: Connection) -> None:
    published = dict(conn.execute(select(articles.c.id, articles.c.published)).all())
    for cid, data in conn.execute(select(claims.c.id, claims.c.data)).all():
        c = from_dict(Claim, json.loads(data))
        lo, hi = claim_bounds(c, published.get(c.article))
        conn.execute(update(claims).where(claims.c.id == cid).values(end=c.end, earliest=lo, latest=hi))


def _backfill_entities(conn: Connection) -> None:
    for eid, data in conn.execute(select(entities.c.id, entities.c.data)).all():
        conn.execute(update(entities).where(entities.c.id == eid).values(head=entity_head(
            from_dict(Entity, json.loads(data)))))


def _backfill_event_mentions(conn: Connection) -> None:
    rows = [r for eid, data in conn.execute(select(events.c.id, events.c.data)).all()
            for r in event_mention_rows(eid, json.loads(data))]
    if rows:
        conn.execute(event_mentions.insert(), rows)


def _intervals_and_indexes(conn: Connection) -> None:
    """Date intervals on articles and claims, the claim's end, entity heads, and the event-article index."""
    if _add_columns(conn, articles, ("earliest", "latest")):
        _backfill_articles(conn)
    if _add_columns(conn, claims, ("end", "earliest", "latest")):
        _backfill_claims(conn)
    if _add_columns(conn, entities, ("head",)):
        _backfill_entities(conn)
    if not inspect(conn).has_table(event_mentions.name):
        event_mentions.create(conn)
        _backfill_event_mentions(conn)
    for table in ("articles", "claims"):
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_earliest ON {table} (earliest)"))


# --------------------------------------------------------------------------- migration 5: PostgreSQL full text

#: the PostgreSQL tsvector of a search row: title tokens weigh A, body tokens B (``storyline.store.fulltext``)
PG_TSV = "setweight(to_tsvector('simple', :title_doc), 'A') || setweight(to_tsvector('simple', :body_doc), 'B')"


def pg_search_row(kind: str, id_: str, title: str | None, body: str | None) -> dict[str, Any]:
    """Parameters for one ``search_facts`` row, with its token documents for :data:`PG_TSV`."""
    return {"kind": kind, "id": id_, "title": title or "", "body": body or "",
            "title_doc": pg_document(title), "body_doc": pg_document(body)}


PG_INSERT = text("INSERT INTO search_facts (kind, id, title, body, tsv) VALUES (:kind, :id, :title, :body, "
                 + PG_TSV + ")")


def _pg_full_text(conn: Connection) -> None:
    """PostgreSQL: a ``tsvector`` column on ``search_facts`` with a GIN index, filled for stored rows."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text("ALTER TABLE search_facts ADD COLUMN IF NOT EXISTS tsv tsvector"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_search_facts_tsv ON search_facts USING GIN (tsv)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_search_facts_id ON search_facts (id)"))
    sf = search_facts
    for kind, id_, title, body in conn.execute(select(sf.c.kind, sf.c.id, sf.c.title, sf.c.body)).all():
        params = pg_search_row(kind, id_, title, body)
        conn.execute(text("UPDATE search_facts SET tsv = " + PG_TSV + " WHERE kind = :kind AND id = :id"), params)


# --------------------------------------------------------------------------- migrations 6-7: crash-safe runs


def _create_fused_marks(conn: Connection) -> None:
    """Fusion state kept in the store, so a run killed before saving its story is resumed by the next one.

    Stores fused before this migration carry no marks: the analyzed articles the saved story has entity
    mentions of count as fused, and so do unanalyzed ones (other languages); the rest (an article lost to a
    crashed fusion, or one without any name) is fused again, incrementally, by the next run.
    """
    fused_articles.create(conn, checkfirst=True)
    mentioned = select(entity_mentions.c.article).distinct()
    marked = select(fused_articles.c.article)
    conn.execute(insert(fused_articles).from_select(
        ["article", "config_hash"],
        select(analyses.c.article, analyses.c.config_hash).where(analyses.c.article.in_(mentioned))
        .where(analyses.c.article.not_in(marked))))
    if conn.execute(select(entities.c.id).limit(1)).first():  # a story was saved: unanalyzed ones were in it
        conn.execute(insert(fused_articles).from_select(
            ["article", "config_hash"],
            select(articles.c.id, literal("")).where(articles.c.id.not_in(select(analyses.c.article)))
            .where(articles.c.id.not_in(marked))))


def _create_writer_holder(conn: Connection) -> None:
    writer_holder.create(conn, checkfirst=True)


# --------------------------------------------------------------------------- migration 8: write only what changed

#: the kinds of fused rows :data:`fused_rows` tracks
FUSED_KINDS = ("entity", "event", "claim", "claim_link", "claim_support", "story", "source_family")


def digest(data: str) -> str:
    """The digest :data:`fused_rows` keeps of a row's JSON."""
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def link_key(from_id: str, to_id: str, type_: str) -> str:
    """A claim link's id in :data:`fused_rows` (links have no id of their own)."""
    return f"{from_id}\x1f{to_id}\x1f{type_}"


def stored_fused_rows(conn: Connection) -> list[dict[str, str]]:
    """(kind, id, digest) of every fused row stored now, read from the fused tables themselves."""
    simple = [("entity", entities, entities.c.id), ("event", events, events.c.id), ("claim", claims, claims.c.id),
              ("claim_support", claim_support, claim_support.c.claim), ("story", stories, stories.c.id),
              ("source_family", source_families, source_families.c.id)]
    out = [{"kind": kind, "id": key, "digest": digest(data)}
           for kind, table, col in simple for key, data in conn.execute(select(col, table.c.data)).all()]
    groups: dict[str, list[str]] = {}
    cl = claim_links
    for f, t, ty, data in conn.execute(select(cl.c.from_id, cl.c.to_id, cl.c.type, cl.c.data)).all():
        groups.setdefault(link_key(f, t, ty), []).append(data)
    out += [{"kind": "claim_link", "id": k, "digest": digest("\n".join(sorted(v)))} for k, v in groups.items()]
    return out


def _create_fused_rows(conn: Connection) -> None:
    """Digests of the stored fused rows, and the index deleting an event's entity links needs."""
    fused_rows.create(conn, checkfirst=True)
    conn.execute(fused_rows.delete())
    rows = stored_fused_rows(conn)
    if rows:
        conn.execute(insert(fused_rows), rows)
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_event_entities_event ON event_entities (event)"))


def _create_presented(conn: Connection) -> None:
    presented.create(conn, checkfirst=True)


def _create_sentence_words(conn: Connection) -> None:
    sentence_words.create(conn, checkfirst=True)  # empty: filled by the next fusion, which reads every article


def _create_entity_keys(conn: Connection) -> None:
    entity_keys.create(conn, checkfirst=True)  # empty, no version: filled by the next save of the story
    entity_keys_version.create(conn, checkfirst=True)


def _create_name_folds(conn: Connection) -> None:
    name_folds.create(conn, checkfirst=True)  # empty: filled with the entity keys at the next save of the story


def _create_passages(conn: Connection) -> None:
    passage_grams.create(conn, checkfirst=True)  # empty: filled by the next fusion, which reads every text once
    passage_pairs.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "core tables", _create_core),
    (2, "full-text search (FTS5)", _create_fts),
    (3, "sentence embedding cache", _create_embedding_cache),
    (4, "date intervals on articles and claims, entity heads, event-article index", _intervals_and_indexes),
    (5, "PostgreSQL full-text search (tsvector, GIN)", _pg_full_text),
    (6, "fused-article marks", _create_fused_marks),
    (7, "writer lock holder", _create_writer_holder),
    (8, "fused-row digests: a save writes only what changed", _create_fused_rows),
    (9, "what a run presents ahead of time (the overview's briefing)", _create_presented),
    (10, "sentence words: source families read each article's text once", _create_sentence_words),
    (11, "entity keys: an incremental run reads the stored entities new names can meet", _create_entity_keys),
    (12, "passage grams and verdicts: source families hash and compare only new articles' texts", _create_passages),
    (13, "name folds: an incremental run reads the stored names' folded keys, not folds them", _create_name_folds),
]
