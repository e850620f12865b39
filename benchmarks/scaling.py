"""Time and memory of `storyline analyze` against corpus size: 1k, 2k, 5k, 10k and all 19,043 Reuters articles.

    python benchmarks/scaling.py [--sizes 1000 2000 5000 10000 19043] [--workers 1] [--fresh]

Each size is one whole `storyline analyze` process into a fresh SQLite store
(the first N Reuters-21578 articles with a body), measured from outside by
``measure.run``: wall and CPU time, peak RSS, and per stage (ingest, analysis,
fusion, save) the time and the peak RSS reached by its end. Results go to
``benchmarks/scaling.json`` (sizes already there are kept unless ``--fresh``, so
an interrupted series resumes) and the plot to ``benchmarks/scaling.png``. The
full corpus takes a long time on two shared cores: run it with ``nice`` in the
background.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import run  # noqa: E402
from reuters import write_jsonl  # noqa: E402
from throughput import storyline_cmd  # noqa: E402

SIZES = (1000, 2000, 5000, 10000, 19043)


def measure_size(n: int, workers: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "reuters.jsonl"
        count = write_jsonl(jsonl, n)
        m = run(storyline_cmd(jsonl, Path(tmp) / "scale.db", 32, workers))
    if m.returncode != 0:
        raise SystemExit(f"storyline analyze on {n} articles failed (exit {m.returncode}):\n{m.tail}")
    stages = {k: {"s": s, "peak_mb": p, "cpu_s": m.stage_cpu.get(k, 0.0)} for k, (s, p) in m.stages.items()}

    def both(key: str) -> float:  # fusion and its save, as one figure
        return sum(stages.get(k, {}).get(key, 0.0) for k in ("fuse", "save"))

    return {"articles": count, "workers": workers, "wall_s": m.wall_s, "cpu_s": m.cpu_s, "peak_mb": m.peak_mb,
            "analysis_s": stages.get("analyze", {}).get("s", 0.0), "fusion_s": both("s"),
            "analysis_cpu_s": stages.get("analyze", {}).get("cpu_s", 0.0), "fusion_cpu_s": both("cpu_s"),
            "analysis_peak_mb": stages.get("analyze", {}).get("peak_mb", 0.0), "stages": stages}


def plot(results: list[dict], path: Path) -> None:  # type: ignore[type-arg]
    import matplotlib

    matplotlib.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt

    rows = sorted(results, key=lambda r: r["articles"])
    n = [r["articles"] for r in rows]
    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(11, 4.2))
    # CPU is the figure to read on a shared machine (wall time measures the others' load too)
    for key, label in (("wall_s", "total (wall)"), ("cpu_s", "total (CPU)"), ("analysis_cpu_s", "analysis (CPU)"),
                       ("fusion_cpu_s", "fusion + save (CPU)")):
        if all(key in r for r in rows):  # results from before stage CPU was recorded have wall times only
            ax_t.plot(n, [r[key] / 60 for r in rows], marker="o", label=label)
    if rows:  # what linear growth from the smallest size would give
        ax_t.plot(n, [rows[0]["cpu_s"] / 60 * x / n[0] for x in n], ls=":", color="grey", label="total CPU, linear")
    ax_t.set(xlabel="articles", ylabel="minutes", title="time (one process; wall depends on the machine's load)")
    for key, label in (("peak_mb", "peak RSS, whole run"), ("analysis_peak_mb", "peak RSS by end of analysis")):
        ax_m.plot(n, [r[key] for r in rows], marker="o", label=label)
    ax_m.axhline(2048, ls=":", color="grey", label="2 GB")
    ax_m.set(xlabel="articles", ylabel="MB", title="memory")
    for ax in (ax_t, ax_m):
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("storyline analyze on Reuters-21578 (fresh SQLite store)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--fresh", action="store_true", help="measure every size again")
    ap.add_argument("--json", type=Path, default=HERE / "scaling.json")
    ap.add_argument("--png", type=Path, default=HERE / "scaling.png")
    ap.add_argument("--plot-only", action="store_true", help="redraw the plot from --json, measure nothing")
    a = ap.parse_args()
    done = [] if a.fresh or not a.json.exists() else json.loads(a.json.read_text())
    if a.plot_only:
        plot(done, a.png)
        return
    for n in a.sizes:
        if any(r["articles"] == n and r["workers"] == a.workers for r in done):
            continue
        r = measure_size(n, a.workers)
        done = [x for x in done if not (x["articles"] == r["articles"] and x["workers"] == a.workers)] + [r]
        a.json.write_text(json.dumps(sorted(done, key=lambda x: x["articles"]), indent=1))
        print(f"{r['articles']:6d} articles: total {r['wall_s']:7.0f} s (cpu {r['cpu_s']:.0f} s), analysis "
              f"{r['analysis_s']:.0f} s, fusion+save {r['fusion_s']:.0f} s, peak {r['peak_mb']:.0f} MB", flush=True)
        plot(done, a.png)
    plot(done, a.png)


if __name__ == "__main__":
    main()
