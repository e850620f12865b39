"""Analysis cost per character of long articles: is every component linear in text length?

Usage: python benchmarks/long_texts.py [--sizes 10000 100000 1000000] [--out benchmarks/results]

Each size is one article made of consecutive Reuters-21578 bodies (real newswire text, one paragraph
each) cut to that many characters, analyzed by the default pipeline (``Analyzer.analyze``: parsing in
sentence-aligned windows, then every component) in its own child process, so that peak memory is
measured per size. Model loading is not timed. The figure to read is the time per character, per
component and in total: flat across sizes (within 1.5x) means linear. A second pass times each
component apart on the same parse (``run_isolated``, as the pipeline runs it).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reuters import iter_reuters  # noqa: E402


def long_text(n_chars: int) -> str:
    parts: list[str] = []
    size = 0
    for rec in iter_reuters():
        body = str(rec["text"]).strip()
        parts.append(body)
        size += len(body) + 2
        if size >= n_chars:
            break
    text = "\n\n".join(parts)
    if len(text) < n_chars:
        raise SystemExit(f"the Reuters corpus holds only {len(text)} characters")
    return text[:n_chars]


def worker(n_chars: int) -> dict[str, float]:
    from storyline.analyze.pipeline import AnalysisState, Analyzer, run_isolated
    from storyline.analyze.windows import parse
    from storyline.config import Config
    from storyline.model import Article

    text = long_text(n_chars)
    config = Config(max_text_chars=max(n_chars, Config().max_text_chars))
    analyzer = Analyzer(config).warm_up()
    article = Article(id="long", text=text, published="1987-03-02", published_granularity="day")
    t0 = time.process_time()
    result = analyzer.analyze(article)  # what ships
    total = time.process_time() - t0
    out = {"chars": len(text), "total_s": total, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "mentions": len(result.mentions), "events": len(result.events), "claims": len(result.claims),
           "failed": len(result.extras.get("failed_components", ()))}
    t0 = time.process_time()
    doc = next(parse(analyzer.resources.nlp, [text], config.max_chars, config.batch_size))
    out["parse_s"] = time.process_time() - t0
    state = AnalysisState(article=article, doc=doc, config=config, dct=article.published)
    for comp in analyzer.components:
        t0 = time.process_time()
        run_isolated(comp, state)
        out[f"{comp.name}_s"] = time.process_time() - t0
    return out


def run(sizes: list[int]) -> dict[str, object]:
    rows = []
    for n in sizes:
        res = subprocess.run([sys.executable, __file__, "--worker", str(n)], capture_output=True, text=True,
                             check=False)
        if res.returncode != 0:
            raise SystemExit(f"worker for {n} characters failed:\n{res.stderr[-3000:]}")
        rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    keys = [k for k in rows[0] if k.endswith("_s")]
    per_char = {k: [1e6 * r[k] / r["chars"] for r in rows] for k in keys}
    spread = {k: max(v) / max(min(v), 1e-9) for k, v in per_char.items()}
    return {"rows": rows, "us_per_char": per_char, "max_over_min": spread}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--out", type=Path, default=None, help="directory for long_texts.json")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return
    result = run(args.sizes)
    rows = result["rows"]
    assert isinstance(rows, list)
    per_char = result["us_per_char"]
    spread = result["max_over_min"]
    assert isinstance(per_char, dict) and isinstance(spread, dict)
    print(f"{'stage':<12}" + "".join(f"{r['chars']:>14,}" for r in rows) + "   max/min  (µs of CPU per character)")
    for k, values in per_char.items():
        print(f"{k[:-2]:<12}" + "".join(f"{v:>14.1f}" for v in values) + f"   {spread[k]:>6.2f}x")
    print(f"{'peak MB':<12}" + "".join(f"{r['peak_mb']:>14.0f}" for r in rows))
    print(f"{'events':<12}" + "".join(f"{r['events']:>14}" for r in rows))
    print(f"{'claims':<12}" + "".join(f"{r['claims']:>14}" for r in rows))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "long_texts.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
