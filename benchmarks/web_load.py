"""A responsive server: latency of cached pages under 20 concurrent clients while an ingest writes the store.

Usage: python benchmarks/web_load.py [--store STORE.db] [--clients 20] [--think 0] [--articles 1000] [--ingest 300]

1. A store of ``--articles`` Reuters-21578 articles (``storyline analyze``; ``--store`` reuses one).
2. ``storyline serve`` on a copy of it (a child process, a real socket); the pages below are fetched
   once, so their briefings and timelines are cached ("cached pages").
3. ``storyline analyze`` of ``--ingest`` more articles into the same store starts (another process:
   the writer), and ``--clients`` threads request pages as fast as they can: most requests are
   cached pages (overview, API briefing, entity/event/article pages, lists), one in five asks for a
   briefing on a new query (``/api/brief?q=<word>``, never asked before: built off the request thread,
   or answered 503 "being made, retry" when too many wait).
4. The load phase ends when the ingest saves its story (a new story means new briefings) or after
   ``--seconds``. Reported: p50/p95/max of cached pages, what the new queries got, and the ingest's time.

Latencies depend on the machine (here two shared cores, with the ingest's analysis on them too).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reuters import write_jsonl  # noqa: E402

WORDS = ("oil", "bank", "rate", "trade", "wheat", "dollar", "profit", "share", "tax", "gold", "coffee", "sugar",
         "strike", "merger", "loan", "debt", "export", "import", "price", "market", "crude", "yen", "mark", "bond",
         "grain", "steel", "copper", "tin", "rubber", "cocoa", "deficit", "budget", "reserve", "inflation")


def storyline(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", *map(str, args)]


def build_store(path: Path, n: int) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "r.jsonl"
        write_jsonl(src, n)
        subprocess.run(storyline("analyze", src, "--db", path, "-q"), check=True, capture_output=True)
    return path


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_up(url: str, proc: subprocess.Popen[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server died at start")
        try:
            if httpx.get(url + "/api/info", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit("the server did not start")


def cached_urls(url: str) -> list[str]:
    """The pages a user keeps opening: fetched once here, so that what they show is made and cached."""
    with httpx.Client(base_url=url, timeout=600) as c:
        ents = [e["id"] for e in c.get("/api/entities", params={"limit": 8}).json()["items"]]
        evs = [e["id"] for e in c.get("/api/events", params={"limit": 8}).json()["items"]]
        arts = [a["id"] for a in c.get("/api/articles", params={"limit": 8}).json()["items"]]
        urls = ["/", "/api/brief", "/fragments/brief", "/api/info", "/api/entities", "/api/events", "/timeline",
                "/api/brief?q=oil+prices", "/api/brief?q=interest+rates"]
        urls += [f"/entities/{i}" for i in ents] + [f"/events/{i}" for i in evs] + [f"/articles/{i}" for i in arts]
        for u in urls:  # twice: the second answer comes from the caches
            for _ in range(2):
                r = c.get(u)
                if r.status_code == 503:  # a briefing still being made
                    time.sleep(2)
        return urls


def load(url: str, urls: list[str], clients: int, stop: threading.Event, think: float = 0.0,
         seed: int = 0) -> list[tuple[str, float, int]]:
    results: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    fresh = iter(f"{w} {random.Random(seed).randint(0, 10**6) + i}" for i, w in enumerate(WORDS * 1000))
    fresh_lock = threading.Lock()

    def client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        with httpx.Client(base_url=url, timeout=600) as c:
            while not stop.is_set():
                if rng.random() < 0.2:
                    with fresh_lock:
                        q = next(fresh)
                    kind, path = "new query", "/api/brief?" + str(httpx.QueryParams({"q": q}))
                else:
                    kind, path = "cached " + _page(path := rng.choice(urls)), path
                t0 = time.perf_counter()
                try:
                    status = c.get(path).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    results.append((kind, time.perf_counter() - t0, status))
                if think:
                    stop.wait(rng.uniform(0, 2 * think))  # a reader looking at the page before the next click

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def _page(path: str) -> str:
    """The page a URL is ("/entities/ent:12" -> "/entities/*")."""
    parts = path.split("?")[0].split("/")
    return "/".join([*parts[:2], "*"]) if len(parts) > 2 and parts[1] in ("entities", "events", "articles") \
        else path.split("?")[0]


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def run(store: Path, clients: int, ingest: int, seconds: float, articles: int, think: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.db"
        shutil.copyfile(store, db)
        src = Path(tmp) / "more.jsonl"
        write_jsonl(src, articles + ingest)
        src.write_text("".join(src.read_text(encoding="utf-8").splitlines(keepends=True)[articles:]),
                       encoding="utf-8")
        port = _port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(storyline("serve", "--db", db, "--port", str(port)), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, text=True)
        try:
            _wait_up(url, server)
            t0 = time.perf_counter()
            urls = cached_urls(url)
            warm_s = time.perf_counter() - t0
            ingest_proc = subprocess.Popen(storyline("analyze", src, "--db", db, "-q"), stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE, text=True,
                                          env={**os.environ, "STORYLINE_LOG_LEVEL": "INFO"})
            stop = threading.Event()
            t_ingest = time.perf_counter()
            saved: list[float] = []

            def watch() -> None:  # the load phase ends when the ingest saves its story
                assert ingest_proc.stderr is not None
                for line in ingest_proc.stderr:
                    if "stage save: start" in line:
                        saved.append(time.perf_counter() - t_ingest)
                        stop.set()
                ingest_proc.wait()
                stop.set()

            threading.Thread(target=watch, daemon=True).start()
            threading.Timer(seconds, stop.set).start()
            results = load(url, urls, clients, stop, think)
            phase_s = time.perf_counter() - t_ingest
            ingest_proc.wait()
            ingest_s = time.perf_counter() - t_ingest
        finally:
            server.terminate()
            server.wait(30)
    cached = [d for k, d, s in results if k.startswith("cached") and s == 200]
    pages: dict[str, list[float]] = {}
    for k, d, s in results:
        if k.startswith("cached ") and s == 200:
            pages.setdefault(k[len("cached "):], []).append(d)
    fresh = [(d, s) for k, d, s in results if k == "new query"]
    return {
        "clients": clients, "think_s": think, "store_articles": articles, "ingest_articles": ingest,
        "warm_up_s": round(warm_s, 1),
        "phase_s": round(phase_s, 1), "ended_by": "ingest saved its story" if saved else "time limit",
        "ingest_s": round(ingest_s, 1), "ingest_exit": ingest_proc.returncode,
        "cached_requests": len(cached),
        "cached_errors": sum(1 for k, _, s in results if k.startswith("cached") and s != 200),
        "cached_p50_s": round(_pct(cached, 50), 3), "cached_p95_s": round(_pct(cached, 95), 3),
        "cached_max_s": round(max(cached, default=float("nan")), 3),
        "new_queries": len(fresh), "new_200": sum(1 for _, s in fresh if s == 200),
        "new_503": sum(1 for _, s in fresh if s == 503),
        "new_200_p50_s": round(_pct([d for d, s in fresh if s == 200], 50), 2),
        "new_503_p50_s": round(_pct([d for d, s in fresh if s == 503], 50), 3),
        "cached_by_page_p50_p95_n": {p: [round(_pct(v, 50), 3), round(_pct(v, 95), 3), len(v)]
                                     for p, v in sorted(pages.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="an analyzed store of the first --articles Reuters articles "
                                                "(built, and kept there, when missing)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--ingest", type=int, default=300, help="articles the concurrent ingest adds")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=600, help="longest load phase")
    ap.add_argument("--think", type=float, default=0.0, help="mean pause of a client between requests "
                                                              "(uniform 0..2x; 0: as fast as it can)")
    ap.add_argument("--out", type=Path, default=None, help="directory for web_load.json")
    args = ap.parse_args()
    store = args.store or Path(tempfile.gettempdir()) / f"storyline-web-load-{args.articles}.db"
    if not store.exists():
        print(f"building a {args.articles}-article store at {store} (once) ...", flush=True)
        build_store(store, args.articles)
    result = run(store, args.clients, args.ingest, args.seconds, args.articles, args.think)
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "web_load.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
