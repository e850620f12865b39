"""One writer at a time: a lock every process that writes a store holds while it writes.

SQLite: an exclusive ``flock`` on a file next to the store (``STORE-writer.lock``); the file holds
who has it (pid, host, since, command). PostgreSQL: a session advisory lock, with the holder in the
``writer_holder`` table. Either way the operating system (or the server) drops the lock when its
process dies, so a killed run never leaves the store locked.

The lock is re-entrant within a thread (a run that holds it can open the store again) and excludes
other threads of the same process as it excludes other processes.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, text

#: the advisory lock key of a Storyline store in a PostgreSQL database (any fixed 64-bit number)
PG_LOCK_KEY = 0x5354_4F52_594C_494E >> 1
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Holder:
    """Who holds a store's writer lock."""

    pid: int
    host: str
    since: str
    command: str = ""

    def __str__(self) -> str:
        what = f" ({self.command})" if self.command else ""
        return f"pid {self.pid} on {self.host}, since {self.since}{what}"

    @staticmethod
    def me(what: str = "") -> Holder:
        command = what or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:200]
        return Holder(os.getpid(), socket.gethostname(), datetime.now(UTC).isoformat(timespec="seconds"), command)

    @staticmethod
    def parse(raw: str | None) -> Holder | None:
        try:
            data = json.loads(raw or "")
            return Holder(int(data["pid"]), str(data["host"]), str(data["since"]), str(data.get("command", "")))
        except (ValueError, KeyError, TypeError):
            return None


class LockBackend(Protocol):
    def try_acquire(self, holder: Holder) -> bool: ...
    def release(self) -> None: ...
    def holder(self) -> Holder | None: ...


class FileLockBackend:
    """``flock`` on a file beside a SQLite store; the kernel releases it when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def try_acquire(self, holder: Holder) -> bool:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(asdict(holder)).encode("utf-8"), 0)
        self.fd = fd
        return True

    def release(self) -> None:
        import fcntl

        if self.fd is None:
            return
        with suppress(OSError):
            os.ftruncate(self.fd, 0)  # the file stays (unlinking a lock file races with waiters)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    def holder(self) -> Holder | None:
        try:
            return Holder.parse(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None


class AdvisoryLockBackend:
    """A PostgreSQL session advisory lock on its own connection; the server releases it with the session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None

    def try_acquire(self, holder: Holder) -> bool:
        conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar()
        if not got:
            conn.close()
            return False
        self.conn = conn
        if self._has_table(conn):  # absent only while the first migration runs
            conn.execute(text("DELETE FROM writer_holder"))
            conn.execute(text("INSERT INTO writer_holder (id, holder) VALUES (1, :h)"),
                         {"h": json.dumps(asdict(holder))})
        return True

    @staticmethod
    def _has_table(conn: Connection) -> bool:
        return bool(conn.execute(text("SELECT to_regclass('writer_holder') IS NOT NULL")).scalar())

    def release(self) -> None:
        if self.conn is None:
            return
        try:
            if self._has_table(self.conn):
                self.conn.execute(text("DELETE FROM writer_holder"))
            self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
        finally:
            self.conn.close()  # closing the session releases the lock in any case
            self.conn = None

    def holder(self) -> Holder | None:
        with self.engine.connect() as conn:
            if not self._has_table(conn):
                return None
            return Holder.parse(conn.execute(text("SELECT holder FROM writer_holder WHERE id = 1")).scalar())


class StoreBusy(RuntimeError):
    """Another process (or thread) writes the store; ``holder`` says who, when it could be read."""

    def __init__(self, url: str, holder: Holder | None, waited: float = 0.0) -> None:
        who = str(holder) if holder else "another process"
        after = f" (waited {waited:.0f} s)" if waited >= 1 else ""
        super().__init__(f"{url} is being written by {who}{after}; only one writer at a time. "
                         "Wait for it to finish (or give --wait SECONDS), then run again: "
                         "nothing is done twice")
        self.holder = holder


@dataclass
class _Held:
    thread: int
    count: int
    backend: LockBackend


_held: dict[str, _Held] = {}
_registry_lock = threading.Lock()


def _enter(key: str, backend: LockBackend, holder: Holder) -> bool:
    """Take the lock for this thread (again, when it holds it already); False when someone else has it."""
    me = threading.get_ident()
    with _registry_lock:
        held = _held.get(key)
        if held is not None:
            if held.thread != me:
                return False
            held.count += 1
            return True
        if not backend.try_acquire(holder):
            return False
        _held[key] = _Held(me, 1, backend)
        return True


def _exit(key: str) -> None:
    with _registry_lock:
        held = _held[key]
        held.count -= 1
        if held.count == 0:
            del _held[key]
            held.backend.release()


class WriterLock:
    """The writer lock of one store: ``with lock.hold(wait=...)``; see the module docstring."""

    def __init__(self, url: str, key: str, backend_factory: Callable[[], LockBackend]) -> None:
        self.url = url
        self.key = key
        self.factory = backend_factory

    def holder(self) -> Holder | None:
        with _registry_lock:
            held = _held.get(self.key)
        return Holder.me() if held else self.factory().holder()

    def acquire(self, wait: bool | float = True, on_wait: Callable[[Holder | None], None] | None = None,
                what: str = "") -> None:
        """Take the lock; ``wait``: True (until free), False (refuse at once) or seconds at most.

        Raises :class:`StoreBusy` naming the holder when the lock is not free in time. ``on_wait`` is
        called once, with the holder, when the lock is taken and the call is going to wait.
        """
        me = Holder.me(what)
        t0 = time.monotonic()
        told = False
        while not _enter(self.key, self.factory(), me):
            waited = time.monotonic() - t0
            limit = None if wait is True else (0.0 if wait is False else float(wait))
            if limit is not None and waited >= limit:
                raise StoreBusy(self.url, self.holder(), waited)
            if not told and on_wait is not None:
                on_wait(self.holder())
                told = True
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        _exit(self.key)


def writer_lock(url: str, engine: Engine) -> WriterLock:
    """The writer lock for a store URL (its engine is used for PostgreSQL's advisory lock)."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):] + "-writer.lock")
        return WriterLock(url, str(path), lambda: FileLockBackend(path))
    if engine.dialect.name == "postgresql":
        return WriterLock(url, url, lambda: AdvisoryLockBackend(engine))
    return WriterLock(url, url, _ProcessOnly)


class _ProcessOnly:
    """Backends without a cross-process lock (in-memory SQLite): threads of this process exclude each other."""

    def try_acquire(self, holder: Holder) -> bool:
        return True

    def release(self) -> None:
        pass

    def holder(self) -> Holder | None:
        return None
