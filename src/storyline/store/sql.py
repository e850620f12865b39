"""The SQL store: SQLite by default (one file, WAL), PostgreSQL with the same code.

One writer, many readers: the CLI writes in one process; the web server opens
the file read-only. Everything a query filters on is a column; the rest of an
object is its JSON in ``data`` (the generic serialization of ``model.py``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, or_, select, text
from sqlalchemy.pool import NullPool

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    SourceFamily,
    Story,
    StoryCluster,
    from_dict,
    to_dict,
)
from storyline.store import tables as s
from storyline.store.base import SearchHit
from storyline.store.lock import Holder, writer_lock

T = TypeVar("T")
log = logging.getLogger(__name__)

#: marks around matched words in search snippets (escape the snippet, then replace these)
SNIPPET_OPEN, SNIPPET_CLOSE = "\u27e6", "\u27e7"


class StoreError(RuntimeError):
    pass


def _log_wait(holder: Holder | None) -> None:
    log.warning("waiting for the writer lock, held by %s", holder or "another process")


def _dump(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def _load(cls: type[T], data: str) -> T:
    return from_dict(cls, json.loads(data))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _interval(ev: Event) -> tuple[str | None, str | None]:
    """Earliest/latest ISO day of an event's date, for ordering and range filters."""
    if ev.date is None:
        return None, None
    if ev.date.earliest or ev.date.latest:
        return ev.date.earliest, ev.date.latest
    if ev.date.value:
        from storyline.timevalues import value_interval

        span = value_interval(ev.date.value)
        if span:
            return span[0].isoformat(), span[1].isoformat()
    return None, None


def fts_query(q: str) -> str:
    """User text -> a safe FTS5 query: every word quoted (implicit AND), the last one as a prefix."""
    words = re.findall(r"\w[\w'-]*", q)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class SqlStore:
    """A :class:`storyline.store.base.Store` over SQLAlchemy Core."""

    def __init__(self, url: str, readonly: bool = False, migrate: bool = True) -> None:
        self.url = url
        self.readonly = readonly
        self.engine = self._engine(url, readonly)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.lock = writer_lock(url, self.engine)
        if not readonly:
            if migrate:  # migrate=False: the caller migrates once it holds the writer lock
                self.migrate()
        elif not self._has_table("schema_migrations"):
            raise StoreError(f"{url}: not a Storyline store (no schema); run `storyline analyze` first")

    # ------------------------------------------------------------------ setup

    @staticmethod
    def _engine(url: str, readonly: bool) -> Engine:
        if url.startswith("sqlite:///"):
            path = url[len("sqlite:///"):]
            if Path(path).is_dir():
                raise StoreError(f"{path} is a directory; give a store file such as {Path(path) / 'storyline.db'}")
            if readonly:
                if not Path(path).exists():
                    raise StoreError(f"{path}: no such store; run `storyline analyze ... --db {path}` first")
                url = f"sqlite:///file:{path}?mode=ro&uri=true"
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, poolclass=NullPool)

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                if not readonly:
                    cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA busy_timeout=10000")
                cur.close()

            return engine
        return create_engine(url, pool_pre_ping=True)

    def _has_table(self, name: str) -> bool:
        from sqlalchemy import inspect

        return inspect(self.engine).has_table(name)

    def migrate(self) -> list[int]:
        """Apply pending migrations in order (holding the writer lock); returns the versions applied."""
        applied: list[int] = []
        if not self._pending_migrations():
            return applied  # the usual case: no lock taken, so opening a store never waits for a writer
        with self.writer(what="migrate"), self.engine.begin() as conn:
            s.migrations_table.create(conn, checkfirst=True)
            done = {r[0] for r in conn.execute(select(s.migrations_table.c.version))}
            for version, name, fn in s.MIGRATIONS:
                if version not in done:
                    fn(conn)
                    conn.execute(insert(s.migrations_table).values(version=version, name=name, applied_at=_now()))
                    applied.append(version)
        return applied

    def _pending_migrations(self) -> bool:
        if not self._has_table("schema_migrations"):
            return True
        with self.engine.connect() as conn:
            done = {r[0] for r in conn.execute(select(s.migrations_table.c.version))}
        return any(version not in done for version, _, _ in s.MIGRATIONS)

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(s.migrations_table.c.version))).scalar() or 0

    @contextmanager
    def writer(self, wait: bool | float = True, on_wait: Callable[[Holder | None], None] | None = None,
               what: str = "") -> Iterator[None]:
        """Hold the store's single-writer lock for the block (re-entrant within a thread).

        ``wait``: True waits until the lock is free, False refuses at once, a number waits that many
        seconds at most; :class:`StoreBusy` names the holder (pid, host, since) when it is not free in
        time. ``on_wait(holder)`` is called once when the call starts waiting. Every write takes the lock
        for its own transaction when the caller does not hold it, so a run holds it from its first write
        to its last and a second run waits for the whole first one (never interleaving with it).
        """
        if self.readonly:
            raise StoreError(f"{self.url} is open read-only")
        self.lock.acquire(wait, on_wait or _log_wait, what)
        try:
            yield
        finally:
            self.lock.release()

    def writer_holder(self) -> Holder | None:
        """Who holds the writer lock now (None when nobody does, or when that cannot be read)."""
        return self.lock.holder()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.readonly:
            raise StoreError(f"{self.url} is open read-only")
        with self.writer(), self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ articles

    def add_articles(self, articles: Iterable[Article]) -> list[str]:
        """Store articles whose id is not stored yet; returns the ids added (re-runs add nothing)."""
        added: list[str] = []
        with self._write() as conn:
            seq = conn.execute(select(func.coalesce(func.max(s.articles.c.seq), 0))).scalar() or 0
            for a in articles:
                if conn.execute(select(s.articles.c.id).where(s.articles.c.id == a.id)).first():
                    continue
                seq += 1
                conn.execute(insert(s.articles).values(
                    id=a.id, title=a.title, outlet=a.outlet, url=a.url, published=a.published,
                    language=a.language, credit=a.credit, copy_of=a.copy_of, source=a.source, seq=seq,
                    data=_dump(a)))
                if self.is_sqlite:
                    conn.execute(text("INSERT INTO articles_fts(id, title, body) VALUES (:i, :t, :b)"),
                                 {"i": a.id, "t": a.title or "", "b": a.text})
                else:
                    conn.execute(insert(s.search_facts).values(
                        kind="article", id=a.id, title=a.title or a.id, body=a.text, article=a.id,
                        published=a.published, outlet=a.outlet, weight=1.0))
                added.append(a.id)
        return added

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(s.articles.c.id).where(s.articles.c.id == article_id)).first() is not None

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles.c.data).where(s.articles.c.id == article_id)).first()
        return _load(Article, row[0]) if row else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        q = select(s.articles.c.data).order_by(s.articles.c.seq)
        if ids is not None:
            q = q.where(s.articles.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            return [_load(Article, r[0]) for r in conn.execute(q)]

    def list_articles(self, offset: int = 0, limit: int = 50, outlet: str | None = None,
                      q: str | None = None) -> list[Article]:
        query = select(s.articles.c.data).order_by(s.articles.c.published.desc(), s.articles.c.seq)
        if outlet:
            query = query.where(s.articles.c.outlet == outlet)
        if q:
            like = f"%{q}%"
            query = query.where(or_(s.articles.c.title.ilike(like), s.articles.c.id.ilike(like)))
        with self.engine.connect() as conn:
            return [_load(Article, r[0]) for r in conn.execute(query.offset(offset).limit(limit))]

    def count(self, kind: str) -> int:
        table = {"articles": s.articles, "analyses": s.analyses, "entities": s.entities, "events": s.events,
                 "claims": s.claims, "claim_links": s.claim_links, "stories": s.stories,
                 "source_families": s.source_families}.get(kind)
        if table is None:
            raise ValueError(f"unknown kind {kind!r}")
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar() or 0

    # ------------------------------------------------------------------ analyses

    def put_analyses(self, analyses: Iterable[ArticleAnalysis]) -> None:
        with self._write() as conn:
            for a in analyses:
                conn.execute(delete(s.analyses).where(s.analyses.c.article == a.article))
                # a new analysis is not in the saved story yet: the next fusion takes it up
                conn.execute(delete(s.fused_articles).where(s.fused_articles.c.article == a.article))
                conn.execute(insert(s.analyses).values(article=a.article, config_hash=a.config_hash, data=_dump(a)))

    def analysis(self, article_id: str) -> ArticleAnalysis | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.analyses.c.data).where(s.analyses.c.article == article_id)).first()
        return _load(ArticleAnalysis, row[0]) if row else None

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, ArticleAnalysis]:
        q = select(s.analyses.c.article, s.analyses.c.data).join(
            s.articles, s.articles.c.id == s.analyses.c.article).order_by(s.articles.c.seq)
        if ids is not None:
            q = q.where(s.analyses.c.article.in_(list(ids)))
        with self.engine.connect() as conn:
            return {r[0]: _load(ArticleAnalysis, r[1]) for r in conn.execute(q)}

    def unanalyzed(self, config_hash: str, languages: Sequence[str]) -> list[str]:
        """Ids of stored articles in ``languages`` (or of unknown language) lacking a current analysis."""
        a, an = s.articles, s.analyses
        q = (select(a.c.id).select_from(a.outerjoin(an, an.c.article == a.c.id))
             .where(or_(an.c.article.is_(None), an.c.config_hash != config_hash))
             .where(or_(a.c.language.is_(None), a.c.language.in_(list(languages))))
             .order_by(a.c.seq))
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

    def unfused(self) -> list[str]:
        """Ids of analyzed articles the saved story was not fused from (new, re-analyzed, or left by a crash)."""
        an, f = s.analyses, s.fused_articles
        q = (select(an.c.article).select_from(
            an.join(s.articles, s.articles.c.id == an.c.article)
            .outerjoin(f, f.c.article == an.c.article))
             .where(or_(f.c.article.is_(None), f.c.config_hash != an.c.config_hash))
             .order_by(s.articles.c.seq))
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

    # ------------------------------------------------------------------ fused objects

    def save_story(self, story: Story, fused: Mapping[str, str] | None = None) -> None:
        """Replace the fused objects (entities, events, claims, links, clusters) in one transaction.

        ``fused`` (article id -> analysis config hash) says which analyses the story was made from; it
        replaces the fused marks in the same transaction, so a run killed at any point leaves either the
        old story with the old marks or the new story with the new ones (see :meth:`unfused`).
        """
        with self._write() as conn:
            if fused is not None:
                conn.execute(delete(s.fused_articles))
                marks = [{"article": k, "config_hash": v} for k, v in fused.items()]
                if marks:
                    conn.execute(insert(s.fused_articles), marks)
            for table in (s.entities, s.entity_mentions, s.events, s.event_entities, s.claims, s.claim_links,
                          s.claim_support, s.stories, s.source_families):
                conn.execute(delete(table))
            if self.is_sqlite:
                conn.execute(text("DELETE FROM facts_fts"))
            else:
                conn.execute(delete(s.search_facts).where(s.search_facts.c.kind != "article"))
            self._save_entities(conn, story.entities)
            self._save_events(conn, story.events)
            self._save_claims(conn, story)
            for st in story.stories:
                conn.execute(insert(s.stories).values(id=st.id, label=st.label, n_articles=len(st.articles),
                                                      data=_dump(st)))
            for fam in story.source_families:
                conn.execute(insert(s.source_families).values(id=fam.id, data=_dump(fam)))

    def _save_entities(self, conn: Connection, entities: Sequence[Entity]) -> None:
        rows: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        for e in entities:
            rows.append({"id": e.id, "name": e.name, "type": e.type, "n_mentions": len(e.mentions), "data": _dump(e)})
            mentions.extend({"entity": e.id, "article": m.article, "start": m.start, "end": m.end}
                            for m in e.mentions)
            facts.append({"kind": "entity", "id": e.id, "title": e.name, "body": " ".join(e.aliases)})
        if rows:
            conn.execute(insert(s.entities), rows)
        if mentions:
            conn.execute(insert(s.entity_mentions), mentions)
        self._index_facts(conn, facts)

    def _save_events(self, conn: Connection, events: Sequence[Event]) -> None:
        rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        for ev in events:
            earliest, latest = _interval(ev)
            rows.append({"id": ev.id, "type": ev.type, "subtype": ev.subtype,
                         "date_value": ev.date.value if ev.date else None, "earliest": earliest, "latest": latest,
                         "location": ev.location, "n_articles": len({m.article for m in ev.mentions}),
                         "data": _dump(ev)})
            ents = {(p.entity, p.role) for p in ev.participants if p.entity}
            if ev.location:
                ents.add((ev.location, "place"))
            links.extend({"event": ev.id, "entity": ent, "role": role} for ent, role in ents)
            title = " ".join(x for x in (ev.type, ev.subtype, ev.location_text) if x)
            facts.append({"kind": "event", "id": ev.id, "title": title,
                          "body": " ".join(m.text for m in ev.mentions), "etype": ev.type,
                          "published": earliest})
        if rows:
            conn.execute(insert(s.events), rows)
        if links:
            conn.execute(insert(s.event_entities), links)
        self._index_facts(conn, facts)

    def _save_claims(self, conn: Connection, story: Story) -> None:
        rows: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        by_id = {a.id: a for a in story.articles}
        for c in story.claims:
            source = by_id.get(c.article)
            rows.append({"id": c.id, "article": c.article, "speaker": c.speaker, "polarity": c.polarity,
                         "start": c.start, "data": _dump(c)})
            facts.append({"kind": "claim", "id": c.id, "title": f"{c.speaker_text or 'unknown'}: {c.cue or ''}",
                          "body": c.content, "article": c.article, "start": c.start, "end": c.end,
                          "outlet": source.outlet if source else None,
                          "published": source.published if source else None, "entity": c.speaker})
        if rows:
            conn.execute(insert(s.claims), rows)
        links = [{"from_id": link.from_, "to_id": link.to, "type": link.type, "data": _dump(link)}
                 for link in story.claim_links]
        if links:
            conn.execute(insert(s.claim_links), links)
        support = [{"claim": k, "data": _dump(v)} for k, v in story.claim_support.items()]
        if support:
            conn.execute(insert(s.claim_support), support)
        self._index_facts(conn, facts)

    def _index_facts(self, conn: Connection, facts: list[dict[str, Any]]) -> None:
        if not facts:
            return
        if self.is_sqlite:
            conn.execute(text("INSERT INTO facts_fts(kind, id, title, body) VALUES (:kind, :id, :title, :body)"),
                         [{k: f.get(k) or "" for k in ("kind", "id", "title", "body")} for f in facts])
        else:
            cols = [c.name for c in s.search_facts.columns]
            conn.execute(insert(s.search_facts), [{c: f.get(c) for c in cols} for f in facts])

    def load_story(self) -> Story:
        """The whole fused story (articles, analyses' timexes, fused objects). For small stores and exports."""
        with self.engine.connect() as conn:
            def rows(table: Any, cls: type[T], order: Any = None) -> list[T]:
                q = select(table.c.data)
                if order is not None:
                    q = q.order_by(order)
                return [_load(cls, r[0]) for r in conn.execute(q)]

            story = Story(
                articles=rows(s.articles, Article, s.articles.c.seq),
                entities=rows(s.entities, Entity, s.entities.c.id),
                events=rows(s.events, Event, s.events.c.id),
                claims=rows(s.claims, Claim, s.claims.c.id),
                claim_links=rows(s.claim_links, ClaimLink),
                stories=rows(s.stories, StoryCluster, s.stories.c.id),
                source_families=rows(s.source_families, SourceFamily, s.source_families.c.id),
            )
            story.claim_support = {r[0]: _load(Corroboration, r[1])
                                   for r in conn.execute(select(s.claim_support.c.claim, s.claim_support.c.data))}
        story.timexes = [t for a in self.analyses().values() for t in a.timexes]
        return story

    def entities(self) -> list[Entity]:
        with self.engine.connect() as conn:
            return [_load(Entity, r[0]) for r in conn.execute(select(s.entities.c.data).order_by(s.entities.c.id))]

    def _one(self, table: Any, key: Any, value: str, cls: type[T]) -> T | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(table.c.data).where(key == value)).first()
        return _load(cls, row[0]) if row else None

    def entity(self, entity_id: str) -> Entity | None:
        return self._one(s.entities, s.entities.c.id, entity_id, Entity)

    def list_entities(self, offset: int = 0, limit: int = 50, type: str | None = None,
                      q: str | None = None) -> list[Entity]:
        query = select(s.entities.c.data).order_by(s.entities.c.n_mentions.desc(), s.entities.c.name)
        if type:
            query = query.where(s.entities.c.type == type)
        if q:
            query = query.where(s.entities.c.name.ilike(f"%{q}%"))
        with self.engine.connect() as conn:
            return [_load(Entity, r[0]) for r in conn.execute(query.offset(offset).limit(limit))]

    def event(self, event_id: str) -> Event | None:
        return self._one(s.events, s.events.c.id, event_id, Event)

    def list_events(self, offset: int = 0, limit: int = 50, start: str | None = None, end: str | None = None,
                    type: str | None = None, entity: str | None = None) -> list[Event]:
        ev = s.events
        # dated events first, by start of their interval; undated ones after
        query = select(ev.c.data).order_by(ev.c.earliest.is_(None), ev.c.earliest, ev.c.id)
        if start:
            query = query.where(ev.c.latest >= start)
        if end:
            query = query.where(ev.c.earliest <= end)
        if type:
            query = query.where(func.lower(ev.c.type) == type.lower())
        if entity:
            query = query.where(ev.c.id.in_(select(s.event_entities.c.event).where(
                s.event_entities.c.entity == entity)))
        with self.engine.connect() as conn:
            return [_load(Event, r[0]) for r in conn.execute(query.offset(offset).limit(limit))]

    def claim(self, claim_id: str) -> Claim | None:
        return self._one(s.claims, s.claims.c.id, claim_id, Claim)

    def list_claims(self, offset: int = 0, limit: int = 50, speaker: str | None = None,
                    article: str | None = None) -> list[Claim]:
        query = select(s.claims.c.data).order_by(s.claims.c.article, s.claims.c.start)
        if speaker:
            query = query.where(s.claims.c.speaker == speaker)
        if article:
            query = query.where(s.claims.c.article == article)
        with self.engine.connect() as conn:
            return [_load(Claim, r[0]) for r in conn.execute(query.offset(offset).limit(limit))]

    def claim_links(self, claim_id: str | None = None) -> list[ClaimLink]:
        query = select(s.claim_links.c.data)
        if claim_id:
            query = query.where(or_(s.claim_links.c.from_id == claim_id, s.claim_links.c.to_id == claim_id))
        with self.engine.connect() as conn:
            return [_load(ClaimLink, r[0]) for r in conn.execute(query)]

    def claim_support(self, claim_id: str) -> Corroboration | None:
        return self._one(s.claim_support, s.claim_support.c.claim, claim_id, Corroboration)

    def stories(self) -> list[StoryCluster]:
        with self.engine.connect() as conn:
            return [_load(StoryCluster, r[0])
                    for r in conn.execute(select(s.stories.c.data).order_by(s.stories.c.n_articles.desc()))]

    def source_families(self) -> list[SourceFamily]:
        with self.engine.connect() as conn:
            return [_load(SourceFamily, r[0]) for r in conn.execute(select(s.source_families.c.data))]

    # ------------------------------------------------------------------ search

    def search(self, q: str, kinds: Sequence[str] | None = None, start: str | None = None,
               end: str | None = None, entity: str | None = None, outlet: str | None = None,
               event_type: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over articles, entities, events and claims with filters.

        A filter narrows the kinds it applies to: ``event_type`` keeps events
        only; ``outlet`` keeps articles and claims; ``entity`` keeps articles
        that mention it, events it takes part in and claims it makes.
        """
        from storyline.store.search import run_search

        return run_search(self, q, kinds=kinds, start=start, end=end, entity=entity, outlet=outlet,
                          event_type=event_type, limit=limit, offset=offset)

    # ------------------------------------------------------------------ embedding cache

    def get_vectors(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached sentence vectors (raw float32 bytes) for the keys that have one."""
        out: dict[str, bytes] = {}
        table = s.embedding_cache
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                chunk = list(keys[i:i + 500])
                out.update((r[0], r[1]) for r in conn.execute(select(table.c.key, table.c.vec).where(
                    table.c.key.in_(chunk))))
        return out

    def put_vectors(self, vectors: dict[str, bytes]) -> None:
        if not vectors or self.readonly:
            return
        table = s.embedding_cache
        with self._write() as conn:
            known: set[str] = set()
            keys = list(vectors)
            for i in range(0, len(keys), 500):
                known.update(r[0] for r in conn.execute(select(table.c.key).where(
                    table.c.key.in_(keys[i:i + 500]))))
            rows = [{"key": k, "vec": v} for k, v in vectors.items() if k not in known]
            if rows:
                conn.execute(insert(table), rows)

    # ------------------------------------------------------------------ runs and info

    def record_run(self, summary: dict[str, Any]) -> None:
        with self._write() as conn:
            conn.execute(insert(s.runs).values(finished_at=_now(), data=json.dumps(summary, default=str)))

    def last_run(self) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.runs.c.data).order_by(s.runs.c.id.desc()).limit(1)).first()
        return json.loads(row[0]) if row else None

    def info(self) -> dict[str, Any]:
        from storyline.store.base import KINDS

        out: dict[str, Any] = {"store": self.url, "schema_version": self.schema_version()}
        out.update({k: self.count(k) for k in KINDS})
        with self.engine.connect() as conn:
            out["copies"] = conn.execute(select(func.count()).select_from(s.articles).where(
                s.articles.c.copy_of.is_not(None))).scalar()
            out["outlets"] = conn.execute(select(func.count(func.distinct(s.articles.c.outlet)))).scalar()
            out["languages"] = dict(conn.execute(select(s.articles.c.language, func.count()).group_by(
                s.articles.c.language)).all())
            out["published_range"] = list(conn.execute(select(func.min(s.articles.c.published),
                                                              func.max(s.articles.c.published))).one())
        out["last_run"] = self.last_run()
        return out
