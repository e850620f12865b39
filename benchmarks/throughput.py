"""`storyline analyze` against bare spaCy `nlp.pipe` on the same Reuters texts: whole processes, alternated.

    python benchmarks/throughput.py [--n 1000] [--pairs 3] [--workers 1] [--out benchmarks/results]

Each pair runs both as separate processes, in alternating order (spaCy first in
odd pairs), so that load from other jobs on a shared machine falls on both:
``storyline analyze FILE.jsonl --db NEW.db -q`` (read, analyze, fuse, save into
a fresh SQLite store) and a process that loads the same spaCy model and runs
``nlp.pipe`` over the same texts with the same batch size. Both times include
the process start and the model load. The figures are medians over the pairs:
wall time, CPU time (user + system, which other jobs on the machine do not
inflate), peak RSS, and for Storyline each stage's share (from its stage log).
Read the ratios; absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import Measured, run  # noqa: E402
from reuters import write_jsonl  # noqa: E402

# spaCy as it ships: not load_spacy, which adds our paragraph marks and the indexed attribute ruler
BARE_SPACY = """
import json, sys
import spacy
from storyline.config import Config
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(Config().spacy_model)
for _doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""


def storyline_cmd(jsonl: Path, db: Path, batch_size: int, workers: int = 1, extra: tuple[str, ...] = ()
                  ) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "analyze", str(jsonl), "--db", str(db), "-q",
            "--batch-size", str(batch_size), "--workers", str(workers), *extra]


def _median(runs: list[Measured], key: str) -> float:
    return statistics.median(getattr(r, key) for r in runs)


def _stage_medians(runs: list[Measured]) -> dict[str, dict[str, float]]:
    names = {n for r in runs for n in r.stages}
    return {n: {"s": statistics.median(r.stages.get(n, (0.0, 0.0))[0] for r in runs),
                "cpu_s": statistics.median(r.stage_cpu.get(n, 0.0) for r in runs),
                "peak_mb": statistics.median(r.stages.get(n, (0.0, 0.0))[1] for r in runs)} for n in sorted(names)}


def _check(m: Measured, what: str) -> Measured:
    if m.returncode != 0:
        raise SystemExit(f"{what} failed (exit {m.returncode}):\n{m.tail}")
    return m


def compare(n: int, pairs: int, batch_size: int, workers: int) -> dict[str, object]:
    ours: list[Measured] = []
    bare: list[Measured] = []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "reuters.jsonl"
        count = write_jsonl(jsonl, n)
        words = sum(len(json.loads(line)["text"].split()) for line in jsonl.open(encoding="utf-8"))
        for k in range(pairs):
            runs = [("spacy", [sys.executable, "-c", BARE_SPACY, str(jsonl), str(batch_size)]),
                    ("storyline", storyline_cmd(jsonl, Path(tmp) / f"bench{k}.db", batch_size, workers))]
            for name, cmd in runs if k % 2 == 0 else runs[::-1]:
                m = _check(run(cmd), name)
                (bare if name == "spacy" else ours).append(m)
                print(f"pair {k + 1}/{pairs} {name:9s} wall {m.wall_s:7.1f} s  cpu {m.cpu_s:7.1f} s  "
                      f"peak {m.peak_mb:6.0f} MB", flush=True)
    result: dict[str, object] = {"articles": count, "words": words, "pairs": pairs, "workers": workers}
    for name, runs in (("spacy", bare), ("storyline", ours)):
        result[name] = {"wall_s": _median(runs, "wall_s"), "cpu_s": _median(runs, "cpu_s"),
                        "peak_mb": _median(runs, "peak_mb"), "runs": [r.as_dict() for r in runs]}
    result["storyline_stages"] = _stage_medians(ours)
    s, o = result["spacy"], result["storyline"]
    assert isinstance(s, dict) and isinstance(o, dict)
    result["time_ratio"] = o["wall_s"] / s["wall_s"]
    result["cpu_ratio"] = o["cpu_s"] / s["cpu_s"]
    result["memory_ratio"] = o["peak_mb"] / s["peak_mb"]
    return result


def report(r: dict) -> str:  # type: ignore[type-arg]
    s, o = r["spacy"], r["storyline"]
    rows = [f"{r['articles']} Reuters-21578 articles, {r['words']} words; medians of {r['pairs']} alternated pairs",
            f"{'':28s}{'wall s':>9s}{'cpu s':>9s}{'words/s':>10s}{'peak MB':>9s}"]
    for name, x in (("bare spaCy nlp.pipe", s), ("storyline analyze", o)):
        rows.append(f"{name:28s}{x['wall_s']:9.1f}{x['cpu_s']:9.1f}{r['words'] / x['wall_s']:10.0f}"
                    f"{x['peak_mb']:9.0f}")
    rows.append(f"ratio storyline/spaCy: time {r['time_ratio']:.2f}x (cpu {r['cpu_ratio']:.2f}x), "
                f"memory {r['memory_ratio']:.2f}x")
    rows.append("storyline stages (wall s / CPU s, peak MB at their end): " + ", ".join(
        f"{k} {v['s']:.1f} / {v.get('cpu_s', 0.0):.1f} ({v['peak_mb']:.0f})" for k, v in r["storyline_stages"].items()))
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles (the first N Reuters articles with a body)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--out", type=Path, default=HERE / "results")
    a = ap.parse_args()
    result = compare(a.n, a.pairs, a.batch_size, a.workers)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / f"throughput_{result['articles']}.json").write_text(json.dumps(result, indent=1))
    print(report(result))


if __name__ == "__main__":
    main()
