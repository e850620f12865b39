"""Whole `storyline analyze` runs from two source trees, alternated: an A/B of a change on a shared machine.

    python benchmarks/ab.py A_TREE B_TREE [--n 1000] [--pairs 2]

Each tree is a checkout of this repository (``git worktree add --detach /tmp/a COMMIT``); its ``src`` goes
first on ``PYTHONPATH`` for its runs. The runs alternate (A first in odd pairs) into fresh SQLite stores on
the same first N Reuters articles, and each prints its wall and CPU time and every stage's CPU (read from
``/proc`` by ``measure.run``, so load from other jobs does not inflate them the way it inflates wall time).
Two runs of one change at the same time of day are what a before/after on a busy machine can compare.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import Measured, run  # noqa: E402
from reuters import write_jsonl  # noqa: E402
from throughput import storyline_cmd  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", type=Path, help="first source tree (a checkout with src/)")
    ap.add_argument("b", type=Path, help="second source tree")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--pairs", type=int, default=2)
    args = ap.parse_args()
    trees = {"A": args.a.resolve(), "B": args.b.resolve()}
    for tree in trees.values():
        if not (tree / "src" / "storyline").is_dir():
            raise SystemExit(f"{tree}: not a Storyline checkout (no src/storyline)")
    runs: dict[str, list[Measured]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "reuters.jsonl"
        write_jsonl(jsonl, args.n)
        for k in range(args.pairs):
            for name in ("A", "B") if k % 2 == 0 else ("B", "A"):
                m = run(storyline_cmd(jsonl, Path(tmp) / f"{name}{k}.db", 32),
                        env={"PYTHONPATH": str(trees[name] / "src")})
                if m.returncode != 0:
                    raise SystemExit(f"{name} failed (exit {m.returncode}):\n{m.tail}")
                runs[name].append(m)
                stages = ", ".join(f"{s} {v:.2f}" for s, v in sorted(m.stage_cpu.items()))
                print(f"pair {k + 1} {name}: wall {m.wall_s:.1f} s, cpu {m.cpu_s:.1f} s ({stages})", flush=True)
    for name, ms in runs.items():
        print(f"{name} {trees[name]}: median cpu {statistics.median(m.cpu_s for m in ms):.1f} s")


if __name__ == "__main__":
    main()
