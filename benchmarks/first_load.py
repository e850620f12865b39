"""Cold first load: a new server process, then its first request for a page, timed per tree (A/B).

    python benchmarks/first_load.py STORE.db [--tree /work/main --tree .] [--path / --path /brief] [--pairs 2]
                                    [--prepared-by TREE]

For each pair and each tree in turn (alternated, so load changes hit both alike):

1. the store is copied into a temporary folder and brought to the state that tree's run leaves it in: the end of
   ``storyline analyze`` (``run.present_ahead``: what it makes for readers ahead of time) is run by that tree's
   Python on the copy; its CPU seconds are reported (the run-time cost of presenting ahead). With
   ``--prepared-by TREE`` every tree is served a copy prepared by that one tree instead (e.g. the start tree: what a
   newer version meets on a store an older one made);
2. ``storyline serve`` of that tree starts on the copy (a real process and socket); ``ready`` is the time until it
   answers ``/api/info``;
3. each ``--path`` is requested once, in order: the wall seconds of the request, and the CPU seconds the server
   process and its children (the briefing worker) spent from the start until that answer.

Linux only (CPU times from /proc). The load average is printed with each run: two shared cores make wall times
move with what else runs; compare within one invocation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

PRESENT = """
import sys, time
from storyline.config import Config
from storyline.run import Resources, present_ahead
from storyline.store import open_store
store = open_store(sys.argv[1])
t0 = time.process_time()
with store.writer():
    present_ahead(store, Config(), Resources(Config()))
store.close()
print(round(time.process_time() - t0, 2))
"""


def _tick() -> float:
    return float(os.sysconf("SC_CLK_TCK"))


def tree_cpu(pid: int) -> float:
    """CPU seconds of ``pid`` and its live descendants, plus the children it has reaped."""
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2:].split()  # after "pid (comm) "
        stats[int(entry.name)] = fields
        parents[int(entry.name)] = int(fields[1])
    mine, todo = set(), [pid]
    while todo:
        p = todo.pop()
        mine.add(p)
        todo += [c for c, pp in parents.items() if pp == p and c not in mine]
    total = 0.0
    for p in mine:
        f = stats.get(p)
        if f:  # utime, stime, cutime, cstime are fields 14-17 of stat (11-14 after pid and comm)
            total += sum(int(x) for x in f[11:15])
    return total / _tick()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


HERE = Path(__file__).resolve().parents[1]


def python_of(tree: Path) -> tuple[str, dict[str, str]]:
    """The tree's own .venv, else this checkout's with the tree's ``src`` first on the path (a ``git archive``
    of another commit needs no install of its own)."""
    own = tree / ".venv" / "bin" / "python"
    if own.exists():
        return str(own), dict(os.environ)
    return str(HERE / ".venv" / "bin" / "python"), {**os.environ, "PYTHONPATH": str(tree / "src"),
                                                    "PYTHONDONTWRITEBYTECODE": "1"}


def prepare(tree: Path, db: Path) -> float:
    """Run that tree's end-of-run presentation on ``db``; its CPU seconds."""
    python, env = python_of(tree)
    out = subprocess.run([python, "-c", PRESENT, str(db)], check=True, capture_output=True, text=True, cwd=tree,
                         env=env)
    return float(out.stdout.strip().splitlines()[-1])


def first_load(tree: Path, db: Path, paths: list[str]) -> dict[str, float]:
    port = _port()
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    python, env = python_of(tree)
    server = subprocess.Popen([python, "-m", "storyline.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tree, env=env)
    out: dict[str, float] = {}
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"the server of {tree} died at start")
            try:
                if httpx.get(url + "/api/info", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        out["ready_s"] = time.perf_counter() - t0
        with httpx.Client(base_url=url, timeout=600) as c:
            for path in paths:
                t = time.perf_counter()
                r = c.get(path)
                out[f"{path} s"] = time.perf_counter() - t
                out[f"{path} cpu"] = tree_cpu(server.pid)
                out[f"{path} status"] = r.status_code
                out[f"{path} bytes"] = len(r.content)
    finally:  # a server still warming its caches may take a while to stop; the next run must not share the CPU
        server.terminate()
        try:
            server.wait(120)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--tree", type=Path, action="append", help="a checkout with its .venv (repeat; default: this)")
    ap.add_argument("--path", action="append", help="pages to ask for, in order (default: / then /brief)")
    ap.add_argument("--pairs", type=int, default=2)
    ap.add_argument("--prepared-by", type=Path, help="serve every tree a copy prepared by this tree")
    args = ap.parse_args()
    trees = [t.resolve() for t in (args.tree or [HERE])]
    paths = args.path or ["/", "/brief"]
    for k in range(args.pairs):
        for tree in trees:
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / "s.db"
                shutil.copyfile(args.store, db)
                made = prepare(args.prepared_by.resolve() if args.prepared_by else tree, db)
                load = os.getloadavg()[0]
                got = first_load(tree, db, paths)
            cells = [f"ready {got['ready_s']:.1f} s"] + [
                f"{p} {got[p + ' s']:.2f} s wall, {got[p + ' cpu']:.1f} s cpu (HTTP {got[p + ' status']:.0f},"
                f" {got[p + ' bytes']:.0f} B)" for p in paths]
            print(f"pair {k + 1} {tree}: present_ahead {made:.1f} s cpu; load {load:.1f}; " + "; ".join(cells),
                  flush=True)


if __name__ == "__main__":
    main()
