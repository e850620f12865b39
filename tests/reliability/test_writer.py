"""One writer at a time, with real processes: a second writer waits (saying for whom) or refuses (exit 3),
never with a traceback and never doing the first one's work again. SQLite always; PostgreSQL (advisory
lock) when STORYLINE_TEST_PG_URL is set."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.store import open_store
from tests.reliability.harness import CORPUS, N_FIRST, N_SECOND, ROOT, cli, cli_env, differences, integrity, run_cli

PG_URL = os.environ.get("STORYLINE_TEST_PG_URL")
HOLDER = """
import sys
from storyline.store import open_store
store = open_store(sys.argv[1])
with store.writer(what="test holder"):
    print("held", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""

N = N_FIRST + N_SECOND


def _files() -> list[Path]:
    return [CORPUS / "a", CORPUS / "b"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_URL:
        pytest.skip("STORYLINE_TEST_PG_URL is not set (CI starts a PostgreSQL server and sets it)")
    from sqlalchemy import create_engine

    from storyline.store.tables import metadata

    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    engine.dispose()
    yield PG_URL


@pytest.fixture
def holder(db: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store's writer lock until a line is written to its stdin."""
    open_store(db).close()  # create the schema first, so the holder does not hold the lock to migrate
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=cli_env(), cwd=ROOT)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"


def _runs(db: str) -> list[dict[str, object]]:
    from sqlalchemy import select

    from storyline.store import tables as t

    store = open_store(db, readonly=True)
    try:
        with store.engine.connect() as conn:
            return [json.loads(r[0]) for r in conn.execute(select(t.runs.c.data).order_by(t.runs.c.id))]
    finally:
        store.close()


def test_writer_second_refuses_naming_the_holder(db: str, holder: subprocess.Popen[str]) -> None:
    t0 = time.monotonic()
    done = run_cli(["analyze", *_files(), "--db", db, "--wait", "0", "-q"])
    assert done.returncode == 3, done.stderr
    assert f"pid {holder.pid} on {socket.gethostname()}, since " in done.stderr
    assert "test holder" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert time.monotonic() - t0 < 60
    assert _runs(db) == []  # it did nothing


def test_writer_second_waits_with_a_message_then_runs(db: str, holder: subprocess.Popen[str]) -> None:
    proc = subprocess.Popen(cli(["analyze", *_files(), "--db", db, "-q"]), env=cli_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "waiting:" in line:
            break
    assert any(f"pid {holder.pid}" in line for line in seen), "".join(seen)
    assert _runs(db) == []  # still waiting
    _release(holder)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, "".join(seen) + err
    assert "Traceback" not in err
    assert [r["added"] for r in _runs(db)] == [N]


def test_writer_wait_seconds_then_refuses(db: str, holder: subprocess.Popen[str]) -> None:
    t0 = time.monotonic()
    done = run_cli(["resolve", "--incremental", "--db", db, "--wait", "1.5"])
    assert done.returncode == 3, done.stderr
    assert time.monotonic() - t0 >= 1.5
    assert "waited" in done.stderr and f"pid {holder.pid}" in done.stderr
    assert "Traceback" not in done.stderr


def test_writer_two_runs_at_once_equal_one_run(db: str, tmp_path: Path) -> None:
    """Issue 12 item 3: two `analyze` runs on one store both succeed; the work is done once."""
    args = ["analyze", *_files(), "--db", db, "-q"]
    procs = [subprocess.Popen(cli(args), env=cli_env(), cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    runs = _runs(db)
    assert sorted(int(r["added"]) for r in runs) == [0, N]  # type: ignore[call-overload]
    assert sorted(int(r["analyzed"]) for r in runs) == [0, N]  # type: ignore[call-overload]
    assert sum("waiting:" in err for _, err in results) == 1
    if db.endswith(".db"):
        reference = tmp_path / "ref.db"
        assert run_cli(["analyze", *_files(), "--db", reference, "-q"]).returncode == 0
        assert integrity(Path(db)) == []
        assert differences(Path(db), reference) == []
