"""``storyline eval ner CONLL_FILE``: entity-level NER scores on CoNLL-2003 data.

Each ``-DOCSTART-`` document is rebuilt as text (tokens joined by one space,
sentences by a newline, so every gold token has character offsets) and
becomes an article; all of them go through the shipped analysis and fusion
as one corpus (:mod:`storyline.eval.shipped`). Rows:

- ``storyline``: the story's entities: every name or acronym mention of an
  entity, labelled with the entity's type (what ``storyline analyze``
  exports; fusion may retype a mention by its entity's majority);
- ``storyline analysis``: the same run's per-article mentions with their own
  labels, before fusion (for comparison);
- ``spacy-sm``: the raw spaCy entities of the same model (baseline);
- ``capitalized-runs``: a trivial baseline — every run of capitalized tokens
  not at a sentence start, labelled with the most frequent gold type.

Label mapping (OntoNotes -> CoNLL): PERSON -> PER; ORG -> ORG;
GPE, LOC, FAC -> LOC; NORP, EVENT, PRODUCT, LAW, WORK_OF_ART, LANGUAGE -> MISC.
Pronoun and nominal mentions are not names and are left out. Scores are
entity-level exact match (same character span and type): precision, recall
and F1 per type and micro-averaged overall, as in the CoNLL-2003 scorer.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.analyze.resources import Resources
from storyline.eval.shipped import ShippedRun, run_shipped, shared_resources
from storyline.eval.splits import pick
from storyline.model import Article, Mention

LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
             "EVENT": "MISC", "PRODUCT": "MISC", "LAW": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC"}
TYPES = ("PER", "ORG", "LOC", "MISC")
NAME_KINDS = ("name", "acronym")

Ent = tuple[int, int, str]  # start, end, CoNLL type


@dataclass
class ConllDoc:
    """One CoNLL document: text rebuilt from tokens, sentence starts, gold entities as char spans."""

    id: str
    text: str
    tokens: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: set[int] = field(default_factory=set)  # token indices
    gold: set[Ent] = field(default_factory=set)


def read_conll(path: Path, limit: int | None = None) -> list[ConllDoc]:
    """Documents of a CoNLL-2003 file (IOB1 or IOB2 tags in the last column)."""
    docs: list[ConllDoc] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if parts[0] == "-DOCSTART-":
            if sentences:
                docs.append(_build(f"doc{len(docs)}", sentences))
                sentences = []
            continue
        current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    if sentences:
        docs.append(_build(f"doc{len(docs)}", sentences))
    return docs[:limit] if limit else docs


def _build(doc_id: str, sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    doc = ConllDoc(doc_id, "")
    pieces: list[str] = []
    pos = 0
    tags: list[str] = []
    for sent in sentences:
        doc.sentence_starts.add(len(doc.tokens))
        for k, (word, tag) in enumerate(sent):
            if k:
                pieces.append(" ")
                pos += 1
            doc.tokens.append((pos, pos + len(word)))
            pieces.append(word)
            pos += len(word)
            tags.append(tag)
        pieces.append("\n")
        pos += 1
    doc.text = "".join(pieces)
    doc.gold = _spans(doc.tokens, tags)
    return doc


def _spans(tokens: list[tuple[int, int]], tags: list[str]) -> set[Ent]:
    """Entities from IOB tags: B- or a type change or I- after O starts one."""
    out: set[Ent] = set()
    start = kind = None
    last_end = 0
    for (s, e), tag in zip(tokens, tags, strict=True):
        prefix, _, typ = tag.partition("-")
        if kind is not None and (prefix != "I" or typ != kind):
            out.add((start, last_end, kind))  # type: ignore[arg-type]
            start = kind = None
        if prefix in ("B", "I") and kind is None:
            start, kind = s, typ
        last_end = e
    if kind is not None:
        out.add((start, last_end, kind))  # type: ignore[arg-type]
    return out


def predicted(mentions: list[Mention]) -> set[Ent]:
    return {(m.start, m.end, LABEL_MAP[m.label]) for m in mentions
            if m.kind in NAME_KINDS and m.label in LABEL_MAP}


def story_names(result: ShippedRun, doc_id: str) -> set[Ent]:
    """The name mentions of the story's entities in one document, labelled with their entity's type."""
    kinds = {(m.start, m.end): m.kind for m in result.analyses[doc_id].mentions} if doc_id in result.analyses else {}
    return {(s.start, s.end, LABEL_MAP[e.type]) for story in result.stories.values() for e in story.entities
            if e.type in LABEL_MAP for s in e.mentions
            if s.article == doc_id and kinds.get((s.start, s.end)) in NAME_KINDS}


def capitalized_runs(doc: ConllDoc, label: str) -> set[Ent]:
    """The trivial baseline: runs of capitalized tokens that do not open a sentence."""
    out: set[Ent] = set()
    run: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(doc.tokens):
        word = doc.text[s:e]
        if word[:1].isupper() and i not in doc.sentence_starts:
            run.append((s, e))
            continue
        if run:
            out.add((run[0][0], run[-1][1], label))
        run = []
    if run:
        out.add((run[0][0], run[-1][1], label))
    return out


def raw_spacy(docs: list[ConllDoc], resources: Resources) -> list[set[Ent]]:
    """The baseline: spaCy's own entities, of the model the product loads."""
    out = []
    for sdoc in resources.nlp.pipe((d.text for d in docs), batch_size=32):
        out.append({(e.start_char, e.end_char, LABEL_MAP[e.label_]) for e in sdoc.ents if e.label_ in LABEL_MAP})
    return out


def score(gold: list[set[Ent]], pred: list[set[Ent]]) -> dict[str, dict[str, float]]:
    """P/R/F1 per type and overall (micro), entity-level exact match."""
    tp: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for _s, _e, t in p:
            np_[t] += 1
        for _s, _e, t in g:
            ng[t] += 1
        for _s, _e, t in g & p:
            tp[t] += 1
    out = {t: _prf(tp[t], np_[t], ng[t]) for t in TYPES}
    out["overall"] = _prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2), "gold": n_gold,
            "predicted": n_pred}


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str | None = None
         ) -> dict[str, Any]:
    """Score the shipped story's names, the analysis mentions and two baselines; print and return them."""
    path = pick(Path(path), split, ".txt")
    docs = read_conll(path, limit)
    gold = [d.gold for d in docs]
    result_run = run_shipped(Article(id=d.id, text=d.text) for d in docs)
    rows = {"storyline": score(gold, [story_names(result_run, d.id) for d in docs]),
            "storyline analysis": score(gold, [predicted(list(result_run.analyses[d.id].mentions))
                                              if d.id in result_run.analyses else set() for d in docs]),
            "spacy-sm": score(gold, raw_spacy(docs, shared_resources()))}
    majority = Counter(t for g in gold for _s, _e, t in g).most_common(1)[0][0] if any(gold) else "PER"
    rows["capitalized-runs"] = score(gold, [capitalized_runs(d, majority) for d in docs])
    result: dict[str, Any] = {"file": str(path), "documents": len(docs),
                              "gold_entities": sum(len(g) for g in gold), "rows": rows,
                              "label_map": LABEL_MAP}
    base, ours = rows["spacy-sm"]["overall"]["f1"], rows["storyline"]["overall"]["f1"]
    result["storyline_minus_raw_f1"] = round(ours - base, 2)
    _print(result)
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def _print(result: dict[str, Any]) -> None:
    print(f"NER on {result['file']}: {result['documents']} documents, {result['gold_entities']} gold entities")
    print(f"{'system':18s} " + " ".join(f"{t:>6s}" for t in (*TYPES, "P", "R", "F1")))
    for name, row in result["rows"].items():
        o = row["overall"]
        cells = [f"{row[t]['f1']:6.2f}" for t in TYPES] + [f"{o['p']:6.2f}", f"{o['r']:6.2f}", f"{o['f1']:6.2f}"]
        print(f"{name:18s} " + " ".join(cells))
    print(f"storyline vs raw spaCy sm: {result['storyline_minus_raw_f1']:+.2f} F1 (per-type columns are F1)")
