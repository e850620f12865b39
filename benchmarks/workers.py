"""Analysis speed with 1 and 2 workers, local processes and Ray actors: whole `storyline analyze` processes.

    python benchmarks/workers.py [--n 1000] [--rounds 3] [--engines local ray] [--counts 1 2]

Each round runs every (engine, workers) setting once, in a rotating order, into a
fresh store; the figure is the median over rounds of the **analysis stage** (from
the stage log: the pool or actors start, load their models and analyze; reading
and fusion are the same single process whatever the setting). Start-up of the
engine is reported apart: ``ray`` starts a local Ray instance in the process
(about 5-10 s here before the actors load their models). Speed-ups need idle
cores: on a machine shared with other jobs they show less, so each run also
records the CPU time of the whole process tree, of its analysis stage and of each worker process (the
busiest worker's CPU is what the stage would take with a core per process), and the load average at its end.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import run  # noqa: E402
from reuters import write_jsonl  # noqa: E402
from throughput import storyline_cmd  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--engines", nargs="+", default=["local", "ray"])
    ap.add_argument("--counts", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--out", type=Path, default=HERE / "results")
    a = ap.parse_args()
    settings = [(e, w) for e in a.engines for w in a.counts]
    times: dict[str, list[dict[str, float]]] = {f"{e} x{w}": [] for e, w in settings}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "reuters.jsonl"
        count = write_jsonl(jsonl, a.n)
        for r in range(a.rounds):
            for k in range(len(settings)):
                engine, workers = settings[(k + r) % len(settings)]
                m = run(storyline_cmd(jsonl, Path(tmp) / f"w{r}{k}.db", 32, workers, ("--engine", engine)))
                if m.returncode != 0:
                    raise SystemExit(f"{engine} x{workers} failed:\n{m.tail}")
                row = {"analysis_s": m.stages["analyze"][0], "analysis_cpu_s": m.stage_cpu["analyze"],
                       "worker_cpu_s": [round(c, 1) for c in m.child_cpu if c >= 1.0],
                       "wall_s": m.wall_s, "cpu_s": m.cpu_s,
                       "load_1min": os.getloadavg()[0]}
                times[f"{engine} x{workers}"].append(row)
                print(f"round {r + 1}: {engine} x{workers}: analysis {row['analysis_s']:.1f} s "
                      f"(cpu {row['analysis_cpu_s']:.1f} s; workers' cpu {row['worker_cpu_s']}), "
                      f"total {row['wall_s']:.1f} s (cpu {row['cpu_s']:.1f} s, load {row['load_1min']:.1f} "
                      f"on {os.cpu_count()} cores)", flush=True)
    med = {k: statistics.median(x["analysis_s"] for x in v) for k, v in times.items()}
    result = {"articles": count, "rounds": a.rounds, "analysis_s": med, "runs": times, "cores": os.cpu_count()}
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / f"workers_{count}.json").write_text(json.dumps(result, indent=1))
    print(f"{count} articles, analysis stage, medians of {a.rounds} rounds:")
    for e in a.engines:
        base = med.get(f"{e} x{a.counts[0]}")
        for w in a.counts:
            s = med[f"{e} x{w}"]
            print(f"  {e:5s} x{w}: {s:6.1f} s" + (f"   speed-up {base / s:.2f}x" if base and w != a.counts[0] else ""))


if __name__ == "__main__":
    main()
