"""``storyline eval stories ECB_DIR``: story clustering scored against ECB+ topics and sub-topics.

All documents of the chosen topics are pooled into one mixed corpus and go
through the shipped analysis and fusion (:mod:`storyline.eval.shipped`);
the story's clusters (``Story.stories``, the ``stories`` fusion step) are
scored. Each ECB+ topic holds two real-world events (``*ecb.xml`` vs
``*ecbplus.xml``), so the sub-topic is the story a reader would expect; the
topic level is reported as well. Scores: B³ (precision, recall, F1) on the
flat labelling and the adjusted Rand index, beside simple baselines
(TF-IDF cosine + threshold over the same analyses, all in one, one per
document).

ECB+ documents have no dates (the time term is neutral). The URL line that
opens ``*ecbplus.xml`` files is metadata, not article text, and is moved to
``Article.url``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.eval.coref_metrics import adjusted_rand_index, b_cubed_labels
from storyline.eval.ecbplus import EcbDoc, article_of, load_ecbplus
from storyline.eval.shipped import ShippedRun, run_shipped
from storyline.fuse.stories import ClusterParams, cluster_articles
from storyline.model import Article, StoryCluster

BASELINE_TFIDF = ClusterParams(threshold=0.2, w_vector=0.0, w_lexical=1.0, w_entities=0.0)


def to_article(doc: EcbDoc) -> Article:
    """An Article from an ECB+ document, the opening URL line (if any) moved to ``url``."""
    return article_of(doc)[0]


def score(clusters: Sequence[StoryCluster], ids: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """B³ P/R/F1 and ARI of a clustering of ``ids`` against gold labels (same order)."""
    label = {aid: c.id for c in clusters for aid in c.articles}
    pred = [label.get(aid, f"unclustered:{aid}") for aid in ids]
    b3 = b_cubed_labels(gold, pred)
    return {"b3_p": b3.p, "b3_r": b3.r, "b3_f1": b3.f1, "ari": adjusted_rand_index(gold, pred)}


def run_systems(articles: Sequence[Article], result: ShippedRun) -> dict[str, list[StoryCluster]]:
    """The story's clusters and the baselines (over the same analyses)."""
    ids = [a.id for a in articles]
    return {
        "storyline": [c for story in result.stories.values() for c in story.stories],
        "baseline: TF-IDF >= 0.2": cluster_articles(articles, result.analyses, encode=None, params=BASELINE_TFIDF),
        "baseline: all in one": [StoryCluster("all", "all", tuple(ids))],
        "baseline: one per doc": [StoryCluster(i, i, (i,)) for i in ids],
    }


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str = "all") -> dict[str, Any]:
    """Cluster ECB+ documents (first ``limit`` topics of ``split``) and score against topics and sub-topics."""
    docs = load_ecbplus(Path(path), limit_topics=limit, split=split)
    if not docs:
        raise SystemExit(f"{path}: no ECB+ documents found")
    articles = [to_article(d) for d in docs]
    ids = [a.id for a in articles]
    topics = [d.topic for d in docs]
    subtopics = [d.subtopic for d in docs]
    rows: dict[str, dict[str, Any]] = {}
    for name, clusters in run_systems(articles, run_shipped(articles)).items():
        rows[name] = {"clusters": len(clusters), "topic": score(clusters, ids, topics),
                      "subtopic": score(clusters, ids, subtopics)}
    result: dict[str, Any] = {
        "split": split, "documents": len(docs), "topics": len(set(topics)), "subtopics": len(set(subtopics)),
        "systems": rows,
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
