"""Cost of adding articles to a stored story: fusion time against the store's size (issue 11).

Usage: python benchmarks/incremental.py BASE.db NEW.jsonl [--full] [--prepared] [--calls]

Copies BASE.db to a scratch file next to it, stores and analyzes NEW.jsonl there without fusing, then
times the fusion alone (what ``storyline analyze`` runs after analysis): incremental by default,
``--full`` for a re-fusion of the whole store. Prints one JSON line: store size, new articles, fusion
seconds (wall and CPU), CPU seconds per fusion step (``read``: reading the store before the first step;
``save``: the write), the re-fused scope, the articles at its edge whose stored incidents were read, the
analyses read and the load average. Run it for bases of 1k,
5k and 19k Reuters articles with the same 100 new ones (docs/performance.md, "Scaling", has the figures and commands).

A base whose stored articles were analyzed by another version of the analysis would have them all analyzed again,
and the fusion timed would be a first fusion of the whole store, not an add: the script stops instead.
``--prepared``: BASE.db already holds the new articles stored and analyzed, not fused (a copy of a scratch file
made before its fusion), so repeated A/B runs skip the analysis and a base analyzed by another code version can
serve; NEW.jsonl is then not read, and the gazetteer's index, which the analysis builds in a whole run, is built
before the clock.
``--calls``: the fusion also runs under cProfile, and the line adds its function calls (``calls``: all of them;
``calls_of``: those of :data:`COUNTED`, the units of work that grow with the store; ``step_calls``: all calls per
fusion step, as ``step_cpu_s`` names them, so that a 1k and a 5k add show which steps' work grows). In both, an
incremental run's ``plan`` is what it does between the resolving steps and the events step: choosing the scope and
its edge, and reading their analyses. Calls do not
depend on the machine's load, as CPU seconds on shared cores do (±3 s on a 5k add at load 15), so they compare two
trees' work; the profiler slows the run, so the seconds of such a run are not the figure.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from storyline.analyze.names.gazetteer import _index as gazetteer_index
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import incremental
from storyline.run import RunSummary, analyze_stored, fuse_store, ingest
from storyline.store import open_store

#: functions whose calls ``--calls`` reports one by one: claim pairs judged (with those judged again once their
#: vectors are encoded), entity name pairs scored, blocking keys made, stored objects decoded, events summarized
COUNTED = ("_pair_links", "_heads_link", "block_keys", "from_dict", "summarize", "within_article")


def _calls(profile: cProfile.Profile) -> int:
    return sum(v[1] for v in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def call_counts(profiles: dict[str, cProfile.Profile]) -> dict[str, object]:
    """All function calls of a run profiled step by step (step -> its profile), those of :data:`COUNTED` (summed
    over modules and steps), and all calls per step."""
    of = dict.fromkeys(COUNTED, 0)
    for profile in profiles.values():
        for (_file, _line, name), (_prim, calls, *_rest) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
            if name in of:
                of[name] += calls
    steps = {step: _calls(profile) for step, profile in profiles.items()}
    return {"calls": sum(steps.values()), "calls_of": of, "step_calls": steps}


def main(base: str, new: str, full: bool = False, prepared: bool = False, calls: bool = False) -> None:
    work = Path(base).with_name(Path(base).stem + ".incr.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
        if Path(f"{base}{suffix}").exists():
            shutil.copyfile(f"{base}{suffix}", f"{work}{suffix}")
    config = Config()
    resources = Resources(config)
    store = open_store(work)
    summary = RunSummary(db=str(work))
    if prepared:  # what the analysis leaves built in a whole run: not fusion's cost
        gazetteer_index()
        added = []
    else:
        added = ingest([new], store, config, summary)
        stale = len(store.unanalyzed(config.analysis_hash(), config.languages)) - len(added)
        if stale > 0:  # analyzed again, they would be fused again: the figure would be a re-fusion, not an add
            store.close()
            raise SystemExit(f"{stale} stored articles of {base} lack an analysis of this code's version; analyzing "
                             "them again would time a fusion of the whole store, not an add: rebuild the base "
                             "with this code, or store and analyze the new articles once and pass --prepared")
        analyze_stored(store, Analyzer(config, resources), summary, new=added)
        resources.release("nlp")
    plans: list[incremental.Plan] = []
    inner = incremental.fuse_incremental

    def spy(*args: object, **kw: object) -> object:
        story, plan = inner(*args, **kw)  # type: ignore[arg-type]
        plans.append(plan)
        return story, plan

    incremental.fuse_incremental = spy  # type: ignore[assignment]
    steps: dict[str, float] = {}
    mark = [time.process_time(), "read"]  # reading the store until the first step starts

    profiles: dict[str, cProfile.Profile] = {}  # step -> the profile of its calls (``--calls``)

    def profiled(step: str | None) -> None:  # the calls from here on count for ``step`` (None: no more)
        for profile in profiles.values():
            profile.disable()
        if calls and step is not None:
            profiles.setdefault(step, cProfile.Profile()).enable()

    def progress(stage: str, done: int, total: int | None) -> None:  # CPU seconds per fusion step and the save
        profiled(None)
        now = time.process_time()
        if mark[1]:
            steps[str(mark[1])] = round(steps.get(str(mark[1]), 0.0) + now - float(mark[0]), 2)
        mark[:] = [now, stage.removeprefix("fuse:") if stage != "fuse:" else "finish"]
        profiled(str(mark[1]) if stage else None)

    touched = incremental.touched_clusters

    def planning(*args: Any, **kw: Any) -> set[str]:  # the resolving steps are done: the scope is chosen next
        progress("fuse:plan", 0, None)
        return touched(*args, **kw)

    t0, c0 = time.perf_counter(), time.process_time()
    mark[0] = c0
    profiled("read")
    incremental.touched_clusters = planning
    try:
        fuse_store(store, config, resources, full=full, progress=progress)
    finally:
        incremental.touched_clusters = touched
        incremental.fuse_incremental = inner  # type: ignore[assignment]
    profiled(None)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    progress("", 0, None)
    plan = plans[0] if plans else None
    n_new = len(plan.new) if prepared and plan else len(added)
    print(json.dumps({"store": store.count("articles") - n_new, "new": n_new, "full": full,
                      "fuse_wall_s": round(wall, 2), "fuse_cpu_s": round(cpu, 2),
                      "touched": plan.touched if plan else None, "reached": plan.reached if plan else None,
                      "scope": len(plan.scope) if plan else None, "edge": plan.edge if plan else None,
                      "analyses_read": plan.loaded if plan else None,
                      "step_cpu_s": steps, "load_avg": round(os.getloadavg()[0], 1),
                      **(call_counts(profiles) if calls else {})}))
    store.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in ("--full", "--prepared", "--calls")]
    if len(args) != 2:
        raise SystemExit(__doc__)
    main(args[0], args[1], "--full" in sys.argv, "--prepared" in sys.argv, "--calls" in sys.argv)
