"""Throughput and peak memory: `storyline analyze` vs. bare spaCy `nlp.pipe` on the same Reuters texts.

Usage: python benchmarks/throughput.py --n 1000 [--n 19043] [--out benchmarks/results]

Both runs happen in this invocation, each in its own child process so that
peak memory (ru_maxrss) is measured separately. The figure to read is the
ratio (Storyline time / spaCy time), which is stable across machines; the
absolute numbers depend on the machine. Model loading is timed apart.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reuters import write_jsonl  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def worker_spacy(jsonl: Path, batch_size: int) -> dict[str, float]:
    from storyline.analyze.resources import load_spacy
    from storyline.config import Config

    texts = [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    t0 = time.perf_counter()
    nlp = load_spacy(Config().spacy_model)
    t1 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "run_s": t2 - t1, "peak_mb": _peak_mb()}


def worker_storyline(jsonl: Path, db: Path, batch_size: int) -> dict[str, float]:
    from storyline.analyze.resources import Resources
    from storyline.config import Config
    from storyline.run import analyze_inputs

    config = Config(batch_size=batch_size)
    resources = Resources(config)
    t0 = time.perf_counter()
    resources.nlp  # noqa: B018 - load time reported apart, as for spaCy
    if config.use_embeddings:
        resources.embedder  # noqa: B018
    t1 = time.perf_counter()
    stages: dict[str, float] = {}
    last = [t1]

    def progress(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - last[0]
        last[0] = now

    summary = analyze_inputs([jsonl], db, config=config, resources=resources, progress=progress)
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "run_s": t2 - t1, "peak_mb": _peak_mb(), "analyzed": summary.analyzed,
            "problems": len(summary.problems), **{f"stage_{k}_s": v for k, v in stages.items()}}


def _child(args: list[str]) -> dict[str, float]:
    res = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"benchmark worker failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def run(n: int, out: Path, batch_size: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "reuters.jsonl"
        count = write_jsonl(jsonl, n)
        words = sum(len(json.loads(line)["text"].split()) for line in jsonl.open(encoding="utf-8"))
        spacy_res = _child(["--worker", "spacy", "--jsonl", str(jsonl), "--batch-size", str(batch_size)])
        ours = _child(["--worker", "storyline", "--jsonl", str(jsonl), "--db", str(Path(tmp) / "bench.db"),
                       "--batch-size", str(batch_size)])
    result = {
        "articles": count, "words": words,
        "spacy": {**spacy_res, "articles_per_s": count / spacy_res["run_s"], "words_per_s": words / spacy_res["run_s"]},
        "storyline": {**ours, "articles_per_s": count / ours["run_s"], "words_per_s": words / ours["run_s"]},
        "time_ratio": ours["run_s"] / spacy_res["run_s"],
        "memory_ratio": ours["peak_mb"] / spacy_res["peak_mb"],
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / f"throughput_{count}.json").write_text(json.dumps(result, indent=1))
    return result


def report(r: dict) -> str:  # type: ignore[type-arg]
    s, o = r["spacy"], r["storyline"]
    return "\n".join([
        f"{r['articles']} Reuters-21578 articles, {r['words']} words",
        f"{'':24s}{'articles/s':>12s}{'words/s':>12s}{'peak MB':>10s}{'load s':>9s}",
        f"{'bare spaCy nlp.pipe':24s}{s['articles_per_s']:12.1f}{s['words_per_s']:12.0f}{s['peak_mb']:10.0f}"
        f"{s['load_s']:9.1f}",
        f"{'storyline analyze':24s}{o['articles_per_s']:12.1f}{o['words_per_s']:12.0f}{o['peak_mb']:10.0f}"
        f"{o['load_s']:9.1f}",
        f"time ratio storyline/spaCy: {r['time_ratio']:.2f}x   memory ratio: {r['memory_ratio']:.2f}x",
        "stages (s): " + ", ".join(f"{k[6:-2]} {v:.1f}" for k, v in o.items() if k.startswith("stage_")),
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, action="append", help="articles (repeatable); default 1000")
    ap.add_argument("--out", type=Path, default=HERE / "results")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--worker", choices=["spacy", "storyline"], help=argparse.SUPPRESS)
    ap.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker == "spacy":
        print(json.dumps(worker_spacy(a.jsonl, a.batch_size)))
        return
    if a.worker == "storyline":
        print(json.dumps(worker_storyline(a.jsonl, a.db, a.batch_size)))
        return
    for n in a.n or [1000]:
        print(report(run(n, a.out, a.batch_size)), flush=True)


if __name__ == "__main__":
    main()
