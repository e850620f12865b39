"""`storyline eval event-coref ECB_DIR`: event coreference on ECB+ with predicted mentions.

Mentions are predicted, not gold: every reliably annotated sentence (the
corpus CSV) is parsed on its own and our event extractor runs in *broad*
mode (:func:`storyline.analyze.events.mentions.extract_events` with ``broad=True``):
the ontology triggers plus any other content verb and -tion/-ment/-sion/-ure/
-ance/-ence noun, because ECB+ annotates every action, not only political
events. Predicted triggers are aligned to gold action mentions one-to-one by
character overlap; unmatched ones stay in the response as twinless mentions.

Our resolver (the same idea as fusion's, adapted to a corpus with no entity
resolution): documents of a topic are first grouped by MiniLM similarity of
their annotated text (each ECB+ topic mixes two real-world events), then
within a document group mentions are linked when they share a head lemma or
an ontology type+sub-type, and, for mentions of different lemmas, their
trigger sentences are similar (MiniLM cosine >= ``SENT_SIM``). The baseline is
the classic same-head-lemma clustering within the topic, on the *same*
predicted mentions. Scores: MUC, B³, CEAF-e and CoNLL F1 (singletons kept),
for the whole (within+cross-document) partition and for the within-document
part alone (clusters split by document).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from storyline.analyze.events.mentions import extract_events
from storyline.analyze.pipeline import AnalysisState
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.eval.baselines import same_lemma_clusters
from storyline.eval.coref_metrics import coref_scores
from storyline.eval.ecbplus import EcbDoc, align_by_overlap, gold_clusters, keep_annotated, load_ecbplus
from storyline.model import Article, Mention

DOC_SIM = 0.45  # average-linkage cosine above which two documents of a topic tell the same events
SENT_SIM = 0.75  # cosine of trigger sentences for linking mentions with different lemmas


@dataclass(frozen=True)
class Predicted:
    key: tuple[str, int, int]
    topic: str
    lemma: str
    kind: str  # type/subtype, "OTHER/None" for broad triggers
    sentence: str


def predict_mentions(docs: list[EcbDoc], resources: Resources) -> list[Predicted]:
    """Broad-mode event triggers of every annotated sentence, with doc-level character offsets."""
    slots = [(d, s) for d in docs for s in sorted(d.annotated_sentences) if s < len(d.sentences)]
    texts = [d.text[slice(*d.sentences[s])] for d, s in slots]
    config = Config(components=("baseline", "events"))
    out = []
    for (doc, s), parsed in zip(slots, resources.nlp.pipe(texts, batch_size=64), strict=True):
        offset = doc.sentences[s][0]
        article = Article(id=doc.doc_id, text=parsed.text)
        mentions = [Mention(doc.doc_id, e.start_char, e.end_char, e.text, e.label_) for e in parsed.ents]
        state = AnalysisState(article=article, doc=parsed, config=config, mentions=mentions)
        for ev in extract_events(state, broad=True):
            span = parsed.char_span(ev.start, ev.end, alignment_mode="expand")
            lemma = span.root.lemma_.lower() if span is not None else ev.text.lower()
            out.append(Predicted((doc.doc_id, ev.start + offset, ev.end + offset), doc.topic, lemma,
                                 f"{ev.type}/{ev.subtype}", parsed.text))
    return out


def document_groups(docs: list[EcbDoc], resources: Resources) -> dict[str, int]:
    """Group the documents of each topic by similarity of their annotated text (average linkage)."""
    texts = [" ".join(d.text[slice(*d.sentences[s])] for s in sorted(d.annotated_sentences)
                      if s < len(d.sentences)) or d.text[:1000] for d in docs]
    vecs = resources.embedder.encode(texts)
    group: dict[str, int] = {}
    next_id = 0
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        by_topic[d.topic].append(i)
    for idx in by_topic.values():
        clusters = [[i] for i in idx]
        while len(clusters) > 1:
            best, pair = DOC_SIM, None
            for a in range(len(clusters)):
                for b in range(a + 1, len(clusters)):
                    sim = float(np.mean(vecs[clusters[a]] @ vecs[clusters[b]].T))
                    if sim > best:
                        best, pair = sim, (a, b)
            if pair is None:
                break
            a, b = pair
            clusters[a] += clusters.pop(b)
        for c in clusters:
            for i in c:
                group[docs[i].doc_id] = next_id
            next_id += 1
    return group


def resolve(preds: list[Predicted], groups: dict[str, int], resources: Resources) -> list[set[Hashable]]:
    """Our clusters: same lemma or same specific type within a document group, else similar sentences."""
    parent = list(range(len(preds)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_group: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(preds):
        by_group[groups[p.key[0]]].append(i)
    vecs = resources.embedder.encode([p.sentence for p in preds]) if preds else np.zeros((0, 384))
    for idx in by_group.values():
        first: dict[str, int] = {}
        for i in idx:
            for label in (preds[i].lemma, preds[i].kind if not preds[i].kind.startswith("OTHER")
                          and not preds[i].kind.endswith("None") else None):
                if label is None:
                    continue
                if label in first:
                    parent[find(i)] = find(first[label])
                else:
                    first[label] = i
        sims = vecs[idx] @ vecs[idx].T
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                pa, pb = preds[idx[a]], preds[idx[b]]
                same_kind = pa.kind == pb.kind and not pa.kind.startswith("OTHER")
                if same_kind and sims[a, b] >= SENT_SIM:
                    parent[find(idx[a])] = find(idx[b])
    clusters: dict[int, set[Hashable]] = defaultdict(set)
    for i, p in enumerate(preds):
        clusters[find(i)].add(p.key)
    return list(clusters.values())


def _score(key: list[set[Hashable]], response: list[set[Hashable]]) -> dict[str, float]:
    s = coref_scores(key, response)
    row = {f"{m}_{part}": round(getattr(prf, part), 4) for m, prf in s.items() for part in ("p", "r", "f1")}
    row["conll_f1"] = round(sum(prf.f1 for prf in s.values()) / 3, 4)
    return row


def _split_by_doc(clusters: list[set[Hashable]]) -> list[set[Hashable]]:
    out: list[set[Hashable]] = []
    for c in clusters:
        by_doc: dict[Hashable, set[Hashable]] = defaultdict(set)
        for k in c:
            by_doc[k[0] if isinstance(k, tuple) else k].add(k)
        out += list(by_doc.values())
    return out


def evaluate(docs: list[EcbDoc], resources: Resources) -> dict[str, object]:
    """Scores of our resolver and the same-lemma baseline on predicted mentions."""
    key: list[set[Hashable]] = [set(c) for c in gold_clusters(docs, "event")]
    preds = predict_mentions(docs, resources)
    mapping: dict[Hashable, Hashable] = dict(align_by_overlap([k for c in key for k in c],  # type: ignore[arg-type,misc]
                                                                [p.key for p in preds]))
    topic_of = {p.key: p.topic for p in preds}
    baseline = same_lemma_clusters([(p.key, p.lemma) for p in preds], group=lambda k: topic_of[k])  # type: ignore[index]
    ours = resolve(preds, document_groups(docs, resources), resources)
    systems = {"same lemma (baseline)": baseline, "storyline": ours}
    rows: dict[str, dict[str, float]] = {}
    for name, clusters in systems.items():
        response = [{mapping.get(k, k) for k in c} for c in clusters]
        rows[f"{name}: within+cross-doc"] = _score(key, response)
        rows[f"{name}: within-doc"] = _score(_split_by_doc(key), _split_by_doc(response))
    gold_n = sum(len(c) for c in key)
    return {"documents": len(docs), "topics": len({d.topic for d in docs}), "gold_mentions": gold_n,
            "predicted_mentions": len(preds), "matched_mentions": len(mapping),
            "mention_recall": round(len(mapping) / gold_n, 4) if gold_n else 0.0,
            "mention_precision": round(len(mapping) / len(preds), 4) if preds else 0.0, "scores": rows}


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, object]:
    """Evaluate on ECB+ at ``path`` (first ``limit`` topics), print a table, return the figures."""
    docs = keep_annotated(load_ecbplus(Path(path), limit_topics=limit))
    result = evaluate(docs, Resources(Config()))
    _print(result)
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def _print(result: dict[str, object]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(", ".join(f"{k}={v}" for k, v in result.items() if k != "scores"))
    table = Table(title="ECB+ event coreference on predicted mentions (annotated sentences)")
    for col in ("system", "MUC F1", "B3 F1", "CEAF-e F1", "CoNLL F1"):
        table.add_column(col)
    rows = result["scores"]
    assert isinstance(rows, dict)
    for name, row in rows.items():
        table.add_row(name, *(f"{100 * row[k]:.1f}" for k in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1")))
    console.print(table)
