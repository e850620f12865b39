"""Time each fusion step on an analyzed store (reads it, writes nothing).

Usage: python benchmarks/fuse_profile.py STORE.db [--cprofile N] [--json OUT.json] [--whole]

``--cprofile N`` also prints, per step, the N functions with the most cumulative
and own CPU time (cProfile; it slows Python code down, so read the step times of
a run without it). ``--json`` writes the fused story in its story@1 form, to
check that a speed change leaves the result alone (compare two such files).
``--whole`` times what `storyline resolve --full` runs instead (``run.fuse_store``:
loading the analyses, every step through the store's vector cache, saving) on a
temporary copy of the store whose vector cache is emptied, i.e. the fusion of a
fresh `storyline analyze` of that corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, get_step
from storyline.store import open_store


def _print_profile(prof: cProfile.Profile, top: int) -> None:
    for key in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(top)
        lines = out.getvalue().splitlines()
        start = next((k for k, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
        print(f"  -- by {key}:")
        print("\n".join("  " + line for line in lines[start:] if line.strip()))


@contextmanager
def cold_store(db: str | Path) -> Iterator[tuple[Any, Config, Resources]]:
    """A copy of ``db`` without cached vectors, the default Config and its resources with the encoders loaded,
    so that what follows times fusion as a fresh run pays for it; the copy is removed on exit."""
    from sqlalchemy import text

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copy(db, copy)
        store = open_store(copy)
        with store.engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(text("DELETE FROM embedding_cache"))
        config = Config()
        resources = Resources(config)
        resources.embedder  # noqa: B018 - load the encoders before timing
        resources.static_embedder  # noqa: B018
        try:
            yield store, config, resources
        finally:
            store.close()


def whole(db: str, top: int, json_out: Path | None) -> None:
    """``run.fuse_store(full=True)`` on a copy of ``db`` without cached vectors (see the docstring)."""
    from storyline.run import fuse_store

    with cold_store(db) as (store, config, resources):
        prof = cProfile.Profile() if top else None
        t0, c0 = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        story = fuse_store(store, config, resources, full=True)
        if prof:
            prof.disable()
        print(f"fuse_store --full: wall {time.perf_counter() - t0:6.1f} s  cpu {time.process_time() - c0:6.1f} s  "
              f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB", flush=True)
        if prof:
            _print_profile(prof, top)
        if json_out:
            json_out.write_text(json.dumps(story.to_json(), indent=1, sort_keys=True, default=str))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="print the N top functions per step")
    ap.add_argument("--json", type=Path, help="write the fused story (story@1 JSON) here")
    ap.add_argument("--whole", action="store_true", help="time run.fuse_store --full on a copy instead")
    a = ap.parse_args()
    if a.whole:
        whole(a.db, a.cprofile, a.json)
        return
    config = Config()
    resources = Resources(config)
    resources.embedder  # noqa: B018 - load the encoders before timing
    resources.static_embedder  # noqa: B018
    store = open_store(a.db, readonly=True)
    articles = {art.id: art for art in store.articles()}
    analyses = store.analyses()
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=analyses,
                      new=set(analyses), store=None)  # no store: every step resolves from scratch
    ctx.story.articles = list(articles.values())
    ctx.story.timexes = [t for an in analyses.values() for t in an.timexes]
    total = 0.0
    for name in config.fuse_steps:
        prof = cProfile.Profile() if a.cprofile else None
        t0, c0 = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        get_step(name)(ctx)
        if prof:
            prof.disable()
        cpu = time.process_time() - c0
        total += cpu
        print(f"{name:14s} wall {time.perf_counter() - t0:6.1f} s  cpu {cpu:6.1f} s  "
              f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB", flush=True)
        if prof:
            _print_profile(prof, a.cprofile)
    s = ctx.story
    print(f"fusion cpu {total:.1f} s; {len(s.entities)} entities, {len(s.events)} events, {len(s.claims)} claims, "
          f"{len(s.claim_links)} claim links, {len(s.stories)} stories")
    if a.json:
        a.json.write_text(json.dumps(s.to_json(), indent=1, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
