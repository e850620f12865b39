"""Where per-article analysis spends its CPU beyond bare spaCy, in one process on the same Reuters texts.

    python benchmarks/analysis_profile.py [--n 200] [--cprofile 25] [--component NAME]

Times, with ``time.process_time`` (CPU of this process, which other jobs on a
shared machine do not inflate): bare ``nlp.pipe`` over the texts, then the
same parse as ``Analyzer.analyze_many`` does it (sentence-aligned windows),
each configured component summed over the articles, ``freeze`` and the
store's ``put_analyses`` into a fresh SQLite file (serialisation + writes).
Every step runs the shipped code with the default ``Config``; only the loop
that calls the components is repeated here so that each one can be timed.
``--cprofile N`` prints the N functions with the most own time over the
components (``--component`` restricts it to one).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reuters import iter_reuters  # noqa: E402

from storyline.analyze.pipeline import AnalysisState, Analyzer, run_isolated  # noqa: E402
from storyline.analyze.windows import parse  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.store import open_store  # noqa: E402


def reuters_articles(n: int) -> list[Article]:
    out = []
    for rec in iter_reuters():
        if len(out) >= n:
            break
        out.append(Article(id=str(rec["id"]), text=str(rec["text"]), title=rec["title"], outlet=rec["outlet"],
                           published=rec["published"], published_granularity="day" if rec["published"] else None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    ap.add_argument("--component", default=None, help="profile only this component")
    a = ap.parse_args()
    arts = reuters_articles(a.n)
    analyzer = Analyzer().warm_up()
    cfg, nlp = analyzer.config, analyzer.resources.nlp
    texts = [x.text for x in arts]
    for _ in nlp.pipe(texts[:8]):  # first batches allocate: keep them out of both figures
        pass
    t = time.process_time()
    for _ in nlp.pipe(texts, batch_size=cfg.batch_size):
        pass
    bare = time.process_time() - t
    t = time.process_time()
    docs = list(parse(nlp, texts, cfg.max_chars, cfg.batch_size))
    parsed = time.process_time() - t
    spent = {c.name: 0.0 for c in analyzer.components}
    prof = cProfile.Profile() if a.cprofile else None
    frozen = []
    t_freeze = 0.0
    for art, doc in zip(arts, docs, strict=True):
        state = AnalysisState(article=art, doc=doc, config=cfg,
                              dct=art.published if not art.published_inferred else None)
        for comp in analyzer.components:
            on = prof is not None and a.component in (None, comp.name)
            t = time.process_time()
            if on:
                prof.enable()  # type: ignore[union-attr]
            run_isolated(comp, state)
            if on:
                prof.disable()  # type: ignore[union-attr]
            spent[comp.name] += time.process_time() - t
        t = time.process_time()
        frozen.append(state.freeze())
        t_freeze += time.process_time() - t
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "p.db")
        store.add_articles(arts)
        t = time.process_time()
        store.put_analyses(frozen)
        t_store = time.process_time() - t
    words = sum(len(x.split()) for x in texts)
    ours = parsed + sum(spent.values()) + t_freeze + t_store
    print(f"{len(arts)} Reuters articles, {words} words; CPU seconds of this process")
    print(f"  bare nlp.pipe            {bare:7.2f}")
    print(f"  parse (windows)          {parsed:7.2f}")
    for name, s in spent.items():
        print(f"  component {name:14s} {s:7.2f}  ({s / bare:5.1%} of bare spaCy)")
    print(f"  freeze                   {t_freeze:7.2f}")
    print(f"  put_analyses (SQLite)    {t_store:7.2f}")
    print(f"  analysis total           {ours:7.2f}  = {ours / bare:.2f}x bare spaCy")
    if prof is not None:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(a.cprofile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
