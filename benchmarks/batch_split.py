"""A gold's folder added to a store in batches, fused after each (incremental runs), and scored (issue 11).

Usage: python benchmarks/batch_split.py GOLD.json OUTDIR [--sizes 11,11] [--above-block]

Analyzes the gold's folder once (kept as ``OUTDIR/analyzed.db``), then adds its articles in batches of
``--sizes`` (the rest in a last batch) to a fresh store, as ``storyline analyze`` run once per batch does, exports
story@1 and scores it against the gold (``storyline eval examples``'s scorer). ``--above-block`` makes every run
form its document clusters (:mod:`storyline.fuse.doc_clusters`) as a store of more than ``MAX_BLOCK`` articles
does: no whole-pile block, so the entities step of an incremental run has no incidents and the events step
clusters the story clusters it touches; what a small store's runs would do on a large one (docs/performance.md,
round 25). Prints the scores; the store and its export stay in OUTDIR.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.eval.storygold import score_story
from storyline.fuse import FuseContext
from storyline.fuse import doc_clusters as dc
from storyline.run import RunSummary, add_in_batches, analyze_stored, export_json, ingest
from storyline.store import open_store


def _story_blocks(ctx: FuseContext) -> list[list[str]]:
    """``doc_clusters._blocks`` as a pile larger than ``MAX_BLOCK`` has them."""
    return [sorted(s.articles) for s in ctx.story.stories
            if len(s.articles) <= dc.MAX_BLOCK and not ctx.analyses.keys().isdisjoint(s.articles)]


def main(gold: Path, out: Path, sizes: list[int], above_block: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    config = Config()
    resources = Resources(config)
    analyzed = out / "analyzed.db"
    if not analyzed.exists():
        store = open_store(analyzed)
        ingest([gold.parent], store, config, RunSummary(db=str(analyzed)))
        analyze_stored(store, Analyzer(config, resources), RunSummary(db=str(analyzed)))
        store.close()
    resources.release("nlp")
    store = open_store(analyzed)
    articles, analyses = store.articles(), store.analyses()
    store.close()
    if above_block:
        dc._blocks = _story_blocks
    name = f"{'above' if above_block else 'default'}_{'-'.join(map(str, sizes)) or 'one'}"
    db = out / f"{name}.db"
    for suffix in ("", "-wal", "-shm", "-writer.lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_store(db)
    add_in_batches(store, articles, analyses, sizes, config, resources)
    export = db.with_suffix(".json")
    export_json(store, export)
    store.close()
    report = score_story(json.loads(export.read_text(encoding="utf-8")), json.loads(gold.read_text(encoding="utf-8")))
    print(name)
    print(report.render(False))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="", help="batch sizes, comma-separated (the rest in a last batch)")
    parser.add_argument("--above-block", action="store_true")
    args = parser.parse_args()
    main(args.gold, args.out, [int(x) for x in args.sizes.split(",") if x], args.above_block)
