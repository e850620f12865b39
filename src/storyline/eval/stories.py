"""``storyline eval stories ECB_DIR``: story clustering scored against ECB+ topics and sub-topics.

All documents of the chosen topics are pooled into one mixed corpus and
clustered with the fusion step's own function
(:func:`storyline.fuse.stories.cluster_articles`). Each ECB+ topic holds two
real-world events (``*ecb.xml`` vs ``*ecbplus.xml``), so the sub-topic is the
story a reader would expect; the topic level is reported as well.
Scores: B³ (precision, recall, F1) on the flat labelling and the adjusted
Rand index, beside simple baselines (TF-IDF cosine + threshold, all in one,
one per document).

What differs from a real run: ECB+ documents have no dates (the time term is
neutral) and entity keys are spaCy's normalized names (no cross-document
entity fusion runs here). The URL line that opens ``*ecbplus.xml`` files is
metadata, not article text, and is moved to ``Article.url``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.analyze.embed import StaticEmbedder
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.eval.coref_metrics import adjusted_rand_index, b_cubed_labels
from storyline.eval.ecbplus import EcbDoc, load_ecbplus
from storyline.fuse.stories import LEXICAL_PARAMS, ClusterParams, cluster_articles, params_for
from storyline.model import Article, ArticleAnalysis, StoryCluster

_URL_LINE = re.compile(r"^\s*(https?\s*:|www\s*\.)", re.IGNORECASE)
BASELINE_TFIDF = ClusterParams(threshold=0.2, w_vector=0.0, w_lexical=1.0, w_entities=0.0)


def to_article(doc: EcbDoc) -> Article:
    """An Article from an ECB+ document, the opening URL line (if any) moved to ``url``."""
    text, url = doc.text, None
    if doc.sentences:
        s, e = doc.sentences[0]
        if _URL_LINE.match(text[s:e]):
            url = re.sub(r"\s+", "", text[s:e])
            text = text[doc.sentences[1][0]:] if len(doc.sentences) > 1 else ""
    return Article(id=doc.doc_id, text=text, url=url, source=f"ecbplus:{doc.doc_id}")


def score(clusters: Sequence[StoryCluster], ids: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """B³ P/R/F1 and ARI of a clustering of ``ids`` against gold labels (same order)."""
    label = {aid: c.id for c in clusters for aid in c.articles}
    pred = [label.get(aid, f"unclustered:{aid}") for aid in ids]
    b3 = b_cubed_labels(gold, pred)
    return {"b3_p": b3.p, "b3_r": b3.r, "b3_f1": b3.f1, "ari": adjusted_rand_index(gold, pred)}


def _analyze(articles: Sequence[Article], resources: Resources) -> dict[str, ArticleAnalysis]:
    """Sentences and spaCy names only: what story clustering reads from an analysis."""
    analyzer = Analyzer(Config(components=("baseline",)), resources)
    return {a.article: a for a in analyzer.analyze_many(articles)}


def run_systems(articles: Sequence[Article], analyses: dict[str, ArticleAnalysis],
                resources: Resources) -> dict[str, list[StoryCluster]]:
    """The clusterings compared: what ships (the default Config's encoder), MiniLM, lexical, the baselines."""
    shipped = resources.encoder("stories")
    minilm = resources.embedder
    ids = [a.id for a in articles]
    name = "static + TF-IDF" if isinstance(shipped, StaticEmbedder) else "MiniLM"
    return {
        f"storyline: {name} + entities": cluster_articles(articles, analyses, encode=shipped.encode,
                                                          params=params_for(shipped)),
        "storyline: MiniLM + entities": cluster_articles(articles, analyses, encode=minilm.encode,
                                                         params=params_for(minilm)),
        "storyline: TF-IDF + entities": cluster_articles(articles, analyses, encode=None,
                                                                  params=LEXICAL_PARAMS),
        "baseline: TF-IDF >= 0.2": cluster_articles(articles, analyses, encode=None, params=BASELINE_TFIDF),
        "baseline: all in one": [StoryCluster("all", "all", tuple(ids))],
        "baseline: one per doc": [StoryCluster(i, i, (i,)) for i in ids],
    }


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, Any]:
    """Cluster ECB+ documents (first ``limit`` topics) and score against topics and sub-topics."""
    docs = load_ecbplus(Path(path), limit_topics=limit)
    if not docs:
        raise SystemExit(f"{path}: no ECB+ documents found")
    articles = [to_article(d) for d in docs]
    resources = Resources(Config())
    analyses = _analyze(articles, resources)
    ids = [a.id for a in articles]
    topics = [d.topic for d in docs]
    subtopics = [d.subtopic for d in docs]
    rows: dict[str, dict[str, Any]] = {}
    for name, clusters in run_systems(articles, analyses, resources).items():
        rows[name] = {"clusters": len(clusters), "topic": score(clusters, ids, topics),
                      "subtopic": score(clusters, ids, subtopics)}
    result: dict[str, Any] = {
        "documents": len(docs), "topics": len(set(topics)), "subtopics": len(set(subtopics)), "systems": rows,
    }
    _print_report(result)
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def _print_report(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"ECB+ story clustering: {result['documents']} documents, {result['topics']} topics, "
                        f"{result['subtopics']} sub-topics (B³ F1 / ARI, %)")
    for col in ("system", "clusters", "topic B³", "topic ARI", "sub B³", "sub ARI"):
        table.add_column(col, no_wrap=col == "system")
    for name, row in result["systems"].items():
        t, s = row["topic"], row["subtopic"]
        table.add_row(name, str(row["clusters"]), f"{100 * t['b3_f1']:.1f}", f"{100 * t['ari']:.1f}",
                      f"{100 * s['b3_f1']:.1f}", f"{100 * s['ari']:.1f}")
    Console().print(table)
