"""Real processes and real files: run ``storyline`` as a child process, kill it, compare stores row for row."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: a small made-up corpus in two folders (two runs): a/ holds 5 articles, b/ 5 more
CORPUS = Path(__file__).resolve().parent / "corpus"
N_FIRST, N_SECOND = 5, 5
#: tables whose rows depend on when a run happened, not on what it did (presented: its state names the last
#: run, with its seconds, and its briefing its making time)
TIMED_TABLES = frozenset({"runs", "schema_migrations", "writer_holder", "presented"})
STAGES = ("ingest", "analyze", "fuse", "save")


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    env["STORYLINE_LOG_LEVEL"] = "INFO"  # the stage lines the killer waits for
    env.pop("STORYLINE_DB", None)
    env.update(extra)
    return env


def cli(args: Sequence[str | Path]) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", *map(str, args)]


def run_cli(args: Sequence[str | Path], timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli(args), env=cli_env(**env), capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=ROOT)


@dataclass
class Killed:
    """What a killed run had done: the stage lines it printed before SIGKILL, with their times."""

    returncode: int
    lines: list[tuple[float, str]] = field(default_factory=list)
    target: str = ""
    delay: float = 0.0

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    def stage(self) -> str:
        """The stage the run was in when it died ("done" when it finished first)."""
        if not self.killed:
            return "done"
        last = "start"
        for _, line in self.lines:
            for st in STAGES:
                if f"stage {st}: start" in line:
                    last = st
                elif f"stage {st}: done" in line or f"stage {st}: nothing" in line:
                    last = f"after {st}"
        return last


def stage_times(stderr: str, t0: float, stamped: list[tuple[float, str]]) -> dict[str, float]:
    """Seconds each stage took in a run, from its stamped stage lines."""
    starts: dict[str, float] = {}
    out: dict[str, float] = {}
    for t, line in stamped:
        for st in STAGES:
            if f"stage {st}: start" in line:
                starts[st] = t
            elif f"stage {st}: done" in line and st in starts:
                out[st] = t - starts[st]
    return out


def run_stamped(args: Sequence[str | Path], **env: str) -> tuple[int, list[tuple[float, str]]]:
    """Run to the end, keeping every stderr line with the time it arrived."""
    proc = subprocess.Popen(cli(args), env=cli_env(**env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    lines: list[tuple[float, str]] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append((time.monotonic(), line.rstrip("\n")))
    return proc.wait(), lines


def run_and_kill(args: Sequence[str | Path], target: str, delay: float, **env: str) -> Killed:
    """Start a run and SIGKILL it ``delay`` seconds after it prints ``stage <target>: start``."""
    proc = subprocess.Popen(cli(args), env=cli_env(**env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    result = Killed(returncode=0, target=target, delay=delay)
    armed = threading.Event()

    def killer() -> None:
        armed.wait()
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    assert proc.stderr is not None
    for line in proc.stderr:
        result.lines.append((time.monotonic(), line.rstrip("\n")))
        if f"stage {target}: start" in line:
            armed.set()
    result.returncode = proc.wait()
    armed.set()
    thread.join()
    return result


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of a SQLite store (FTS shadow tables aside) as sorted rows."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts_%' ORDER BY name")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names if n not in TIMED_TABLES}
    finally:
        con.close()


def differences(a: Path, b: Path) -> list[str]:
    """Tables whose rows differ between two stores, with a count of rows only in each."""
    da, db = dump(a), dump(b)
    out = []
    for name in sorted(set(da) | set(db)):
        ra, rb = da.get(name, []), db.get(name, [])
        if ra != rb:
            only_a = len(set(map(repr, ra)) - set(map(repr, rb)))
            only_b = len(set(map(repr, rb)) - set(map(repr, ra)))
            out.append(f"{name}: {len(ra)} vs {len(rb)} rows ({only_a} only in the first, {only_b} only in the "
                       "second)")
    return out


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` and duplicate checks that the schema itself does not enforce."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        checks = {
            "articles_fts": "SELECT id, COUNT(*) FROM articles_fts GROUP BY id HAVING COUNT(*) > 1",
            "entity_mentions": 'SELECT entity, article, start, "end", COUNT(*) FROM entity_mentions '
                               'GROUP BY entity, article, start, "end" HAVING COUNT(*) > 1',
            "facts_fts": "SELECT kind, id, COUNT(*) FROM facts_fts GROUP BY kind, id HAVING COUNT(*) > 1",
        }
        for name, sql in checks.items():
            dupes = con.execute(sql).fetchall()
            if dupes:
                problems.append(f"{name}: {len(dupes)} duplicated row(s), e.g. {dupes[0]!r}")
        n_articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        n_fts = con.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
        if n_articles != n_fts:
            problems.append(f"{n_articles} articles but {n_fts} rows in their search index")
        return problems
    finally:
        con.close()
