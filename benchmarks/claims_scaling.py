"""Cost of the per-article components against text length: is each one linear?

Usage: python benchmarks/claims_scaling.py [--sizes 10000 100000 1000000] [--json OUT]

Builds one text of the largest size from real news paragraphs (PolNeAR train
texts, rich in quotes and reported speech; Reuters-21578 when PolNeAR is absent)
and parses it once with spaCy (in paragraph-aligned pieces joined with
``Doc.from_docs``: the parse is not what is measured). For each size, the same
text is cut into consecutive articles of that size (at paragraph ends), every
default component runs on each article in order, and the CPU time of each
component over the whole text is reported in microseconds per character. The
same text at every size keeps the mix of quotes and speech the same, so only the
article length changes.

The figure to read is the ratio of the largest to the smallest size: a linear
component keeps its time per character flat (ratio near 1; the target is within
1.5x). Times are CPU seconds of this process (``time.process_time``), so other
jobs on the machine disturb them less than wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reuters import iter_reuters  # noqa: E402

from storyline.analyze.pipeline import AnalysisState, Component, check_pipeline  # noqa: E402
from storyline.analyze.resources import Resources  # noqa: E402
from storyline.config import Config  # noqa: E402
from storyline.model import Article  # noqa: E402

POLNEAR = HERE.parents[1] / "shared" / "eval" / "polnear" / "data" / "train" / "text"
#: characters per piece given to spaCy (the parse of one piece stays small)
_PIECE = 20_000


def paragraphs() -> Iterator[str]:
    """Paragraphs of real news text, endlessly (the corpus is cycled)."""
    while True:
        if POLNEAR.is_dir():
            for path in sorted(POLNEAR.glob("*.txt")):
                yield from (p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
        else:
            for rec in iter_reuters():
                yield from (p.strip() for p in (rec["text"] or "").split("\n") if p.strip())


def article_text(size: int) -> str:
    """About ``size`` characters of whole paragraphs, one per line."""
    out, n = [], 0
    for p in paragraphs():
        if n >= size:
            break
        out.append(p)
        n += len(p) + 1
    return "\n".join(out)


def parse(resources: Resources, text: str) -> Doc:
    """One Doc for the whole text, parsed in paragraph-aligned pieces of about _PIECE characters."""
    pieces, start = [], 0
    while start < len(text):
        end = text.find("\n", start + _PIECE)
        end = len(text) if end < 0 else end + 1  # each piece keeps its newline, so the texts join exactly
        pieces.append(text[start:end])
        start = end
    doc = Doc.from_docs(list(resources.nlp.pipe(pieces)), ensure_whitespace=False)
    assert doc.text == text
    return doc


def articles(doc: Doc, size: int) -> Iterator[Doc]:
    """The document cut into consecutive articles of about ``size`` characters, at paragraph ends."""
    text, start = doc.text, 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 or end + 1 >= len(text) else end + 1
        span = doc.char_span(start, end, alignment_mode="expand")
        assert span is not None
        yield span.as_doc()
        start = span.end_char


def run_components(components: list[Component], doc: Doc, config: Config) -> dict[str, float]:
    """CPU seconds of each component on one document, and the claims it found."""
    article = Article(id="long", text=doc.text, published="2016-06-01", published_granularity="day")
    state = AnalysisState(article=article, doc=doc, config=config, dct=article.published)
    times = {}
    for comp in components:
        t0 = time.process_time()
        comp(state)
        times[comp.name] = time.process_time() - t0
    times["claims found"] = len(state.claims)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--json", type=Path, default=None, help="write the figures as JSON")
    args = ap.parse_args()
    config = Config(max_chars=max(args.sizes) * 2)
    resources = Resources(config)
    components = [cls(config) for cls in check_pipeline(config.components)]
    for comp in components:
        comp.warm_up(resources)
    text = article_text(max(args.sizes))
    doc = parse(resources, text)
    rows: dict[int, dict[str, float]] = {}
    for size in sorted(args.sizes):
        total: dict[str, float] = {}
        parts = list(articles(doc, size))
        for part in parts:
            for k, v in run_components(components, part, config).items():
                total[k] = total.get(k, 0.0) + v
        rows[size] = total
        per = "  ".join(f"{k} {1e6 * v / len(text):6.2f}" for k, v in total.items() if k != "claims found")
        print(f"{len(parts):>4} articles of ~{size:>9,} chars, {int(total['claims found']):>5} claims | us/char: {per}",
              flush=True)
    small, large = rows[min(rows)], rows[max(rows)]
    ratios = {k: large[k] / small[k] for k in small if k != "claims found" and small[k]}
    print(f"time per character, {max(rows):,}-char vs {min(rows):,}-char articles: "
          + "  ".join(f"{k} {v:.2f}x" for k, v in ratios.items()))
    if args.json is not None:
        args.json.write_text(json.dumps({"rows": rows, "ratios": ratios}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
