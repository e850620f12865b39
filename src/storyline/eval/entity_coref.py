"""``storyline eval entity-coref ECB_DIR``: entity coreference on ECB+ with *predicted* mentions.

Gold: the ECB+ entity mentions (human participants, non-human participants,
locations: ``HUMAN_PART*``, ``NON_HUMAN_PART*``, ``LOC_*``) of the sentences
the corpus CSV lists as reliably annotated, singletons included.

Predicted mentions: what our pipeline (``baseline``, ``names``, ``coref``)
finds in those sentences — names, acronyms, pronouns and definite
descriptions. They are aligned one-to-one to gold mentions by character
overlap (:func:`storyline.eval.ecbplus.align_by_overlap`); unaligned ones stay
as twinless mentions and cost precision, unfound gold mentions cost recall.

Systems, all on the same predicted mentions and all within one ECB+ topic
(each topic is fused separately, as in the usual ECB+ set-up; the two
sub-topics of a topic are not told apart):

- ``string match``: mentions with the same normalized text corefer
  (:func:`storyline.eval.baselines.string_match_clusters`);
- ``in-doc coref``: our in-document chains only;
- ``storyline``: in-document chains fused across the topic's documents by the
  ``entities`` fusion step.

Metrics: MUC, B³, CEAF-e and their mean, the CoNLL F1
(:mod:`storyline.eval.coref_metrics`, reference-scorer semantics for
twinless mentions).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.eval.baselines import string_match_clusters
from storyline.eval.coref_metrics import coref_scores
from storyline.eval.ecbplus import (
    EcbDoc,
    MentionKey,
    align_by_overlap,
    gold_clusters,
    keep_annotated,
    load_ecbplus,
    relabel_clusters,
)
from storyline.fuse import FuseContext
from storyline.fuse.entities import fuse_entities
from storyline.model import Article, ArticleAnalysis, Mention

COMPONENTS = ("baseline", "names", "coref")


def analyze_docs(docs: list[EcbDoc], config: Config, resources: Resources) -> dict[str, ArticleAnalysis]:
    """Run the name components over every document's full text."""
    analyzer = Analyzer(config, resources)
    arts = [Article(id=d.doc_id, text=d.text) for d in docs]
    return {a.article: a for a in analyzer.analyze_many(arts)}


def scored_mentions(doc: EcbDoc, analysis: ArticleAnalysis) -> list[Mention]:
    """Predicted mentions that lie in the document's reliably annotated sentences."""
    spans = [doc.sentences[i] for i in doc.annotated_sentences if i < len(doc.sentences)]
    return [m for m in analysis.mentions if any(s <= m.start and m.end <= e for s, e in spans)]


def fused_entities(docs: list[EcbDoc], analyses: dict[str, ArticleAnalysis], config: Config,
                   resources: Resources) -> dict[MentionKey, str]:
    """Entity id of every mention, fusing each topic on its own."""
    by_topic: dict[str, list[EcbDoc]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    out: dict[MentionKey, str] = {}
    for topic, tdocs in sorted(by_topic.items()):
        ctx = FuseContext(config=config, resources=resources,
                          articles={d.doc_id: Article(id=d.doc_id, text=d.text) for d in tdocs},
                          analyses={d.doc_id: analyses[d.doc_id] for d in tdocs},
                          new={d.doc_id for d in tdocs})
        fuse_entities(ctx)
        out.update({k: f"{topic}/{v}" for k, v in ctx.mention_entity.items()})
    return out


def _clusters_by(keys: list[MentionKey], label: dict[MentionKey, Hashable]) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for k in keys:
        groups[label.get(k, k)].add(k)
    return list(groups.values())


def _row(key: list[set[MentionKey]], response: list[set[Hashable]], mapping: dict[MentionKey, MentionKey]
         ) -> dict[str, float]:
    scores = coref_scores(key, relabel_clusters(response, mapping))  # type: ignore[arg-type]
    row = {f"{metric}_{part}": round(100 * getattr(prf, part), 2)
           for metric, prf in scores.items() for part in ("p", "r", "f1")}
    row["conll_f1"] = round(sum(prf.f1 for prf in scores.values()) * 100 / 3, 2)
    return row


def evaluate(docs: list[EcbDoc], config: Config | None = None) -> dict[str, Any]:
    """All systems' scores on the given (annotated-sentence) documents."""
    config = config or Config(components=COMPONENTS, fuse_steps=("entities",))
    resources = Resources(config)
    analyses = analyze_docs(docs, config, resources)
    topic_of = {d.doc_id: d.topic for d in docs}
    mentions = [m for d in docs for m in scored_mentions(d, analyses[d.doc_id])]
    keys = [(m.article, m.start, m.end) for m in mentions]
    gold = gold_clusters(docs, "entity")
    mapping = align_by_overlap([k for c in gold for k in c], keys)
    entity_of = fused_entities(docs, analyses, config, resources)
    chain_of: dict[MentionKey, Hashable] = {(m.article, m.start, m.end): m.chain for m in mentions if m.chain}
    systems: dict[str, list[set[Hashable]]] = {
        "string match": string_match_clusters(((k, m.text) for k, m in zip(keys, mentions, strict=True)),
                                              group=lambda k: topic_of[str(k[0])]),  # type: ignore[index]
        "in-doc coref": _clusters_by(keys, chain_of),
        "storyline": _clusters_by(keys, dict(entity_of)),
    }
    return {
        "documents": len(docs), "topics": len(set(topic_of.values())),
        "gold_mentions": sum(len(c) for c in gold), "predicted_mentions": len(keys), "aligned": len(mapping),
        "rows": {name: _row(gold, response, mapping) for name, response in systems.items()},
    }


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, Any]:
    """Score string match, in-doc chains and full resolution on ECB+ (first ``limit`` topics)."""
    docs = keep_annotated(load_ecbplus(Path(path), limit_topics=limit))
    result = evaluate(docs)
    result["corpus"] = str(path)
    _print(result)
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def _print(result: dict[str, Any]) -> None:
    print(f"ECB+ entity coreference on predicted mentions: {result['documents']} documents, "
          f"{result['topics']} topics, {result['gold_mentions']} gold mentions, "
          f"{result['predicted_mentions']} predicted ({result['aligned']} aligned to gold)")
    print(f"{'system':14s} {'MUC':>6s} {'B3':>6s} {'CEAF-e':>6s} {'CoNLL':>6s}")
    for name, row in result["rows"].items():
        print(f"{name:14s} {row['muc_f1']:6.2f} {row['b3_f1']:6.2f} {row['ceafe_f1']:6.2f} {row['conll_f1']:6.2f}")
