"""Migrations: a store written before migrations 4-5 is upgraded in place and answers like a new one."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from storyline.store import SqlStore, StoreError, open_store, store_url
from storyline.store.tables import MIGRATIONS
from tests.store.test_contract import ARTICLES, sample_story


def _downgrade_to_schema_3(url: str) -> None:
    """Undo migrations 4 and 5 on a store: what a store written by the previous release looks like."""
    engine = create_engine(url)
    with engine.begin() as conn:
        for index in ("ix_articles_earliest", "ix_claims_earliest", "ix_search_facts_tsv", "ix_search_facts_id"):
            conn.execute(text(f"DROP INDEX IF EXISTS {index}"))
        for table, column in (("articles", "earliest"), ("articles", "latest"), ("claims", "end"),
                              ("claims", "earliest"), ("claims", "latest"), ("entities", "head")):
            conn.execute(text(f'ALTER TABLE {table} DROP COLUMN "{column}"'))
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE search_facts DROP COLUMN tsv"))
        conn.execute(text("DROP TABLE event_mentions"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version > 3"))
    engine.dispose()


def test_tables_old_store_is_upgraded_and_backfilled(backend: str) -> None:
    store = open_store(backend)
    store.add_articles(ARTICLES)
    store.save_story(sample_story(ARTICLES))
    store.close()
    _downgrade_to_schema_3(store_url(backend))
    if "://" not in backend:
        with pytest.raises(StoreError, match="older schema"):
            open_store(backend, readonly=True)  # a read-only reader cannot upgrade: it says what to do
    upgraded = open_store(backend)
    assert isinstance(upgraded, SqlStore) and upgraded.schema_version() == MIGRATIONS[-1][0]
    assert [e.id for e in upgraded.list_events(start="2024-05-20")] == ["ev:1", "ev:2"]
    assert [a.id for a in upgraded.list_articles(start="2024-05-02")] == ["a2"]
    assert [c.id for c in upgraded.list_claims(start="2024-05-02")] == ["c2"]
    assert upgraded.entity_header("ent:vell").aliases == {"Ana Vell": 2, "Vell": 1}  # type: ignore[union-attr]
    assert [e.id for e in upgraded.article_events(["a1"])] == ["ev:1"]
    hit = next(h for h in upgraded.search("Dorvik planned") if h.kind == "claim")
    assert (hit.article, hit.start, hit.end) == ("a1", 0, 27)
    assert sorted(h.id for h in upgraded.search("Vell", kinds=["article"])) == ["a1", "a2"]
    upgraded.close()
