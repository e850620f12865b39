"""Storage: ``open_store`` picks the backend from a path or URL."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import EntityHeader, Facets, SearchHit, Store
from storyline.store.lock import Holder, StoreBusy
from storyline.store.sql import SqlStore, StoreError

__all__ = ["EntityHeader", "Facets", "Holder", "SearchHit", "SqlStore", "Store", "StoreBusy", "StoreError",
           "open_store", "store_url"]

DEFAULT_DB = "storyline.db"


def store_url(db: str | Path) -> str:
    """A file path means SQLite; ``postgresql://...`` (or any SQLAlchemy URL) is used as is."""
    db = str(db)
    if "://" in db:
        if db.startswith("postgres://"):
            db = "postgresql+psycopg://" + db[len("postgres://"):]
        elif db.startswith("postgresql://"):
            db = "postgresql+psycopg://" + db[len("postgresql://"):]
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def open_store(db: str | Path = DEFAULT_DB, readonly: bool = False, migrate: bool = True) -> Store:
    """Open (and migrate, unless read-only or told not to) the store at a path or URL: SQLite or PostgreSQL,
    same protocol. ``migrate=False``: the caller migrates once it holds the writer lock."""
    return SqlStore(store_url(db), readonly=readonly, migrate=migrate)
