"""`storyline eval case CASE_TSV`: our event types mapped to CASE 2021 task 2 sub-event types.

The snippets (tab-separated: id, EventSnippet, SubType) go through the shipped
analysis and fusion, each as its own corpus (:mod:`storyline.eval.event_types`). Each
snippet gets its main event: the story event, not negated, whose (type,
sub-type) has a CASE mapping (:data:`storyline.analyze.events.ontology.CASE`),
the one told first in the snippet, then nearest the parse root. Coverage is
the share of snippets where some event maps;
accuracy is over covered snippets (and, for reference, over all snippets).
Snippets whose gold type has no counterpart in our ontology (OTHER) still
count in the denominators.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.analyze.events.ontology import case_of
from storyline.eval.event_types import TextEvent, text_events
from storyline.eval.splits import pick


def read_snippets(path: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.append((row["id"], row["EventSnippet"], row["SubType"]))
    return rows[:limit] if limit is not None else rows


def mapped_event(events: list[TextEvent]) -> TextEvent | None:
    """The event to score: mapped to CASE and not negated, told first in the snippet, nearest the root."""
    evs = [te for te in events if case_of(te.event.type, te.event.subtype) and te.event.modality != "negated"]
    return min(evs, key=lambda te: (te.mention.sentence_start, te.depth, te.mention.start), default=None)


def evaluate(rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    n = covered = correct = 0
    per_type: dict[str, Counter[str]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    per_text, _, _ = text_events([r[1] for r in rows])
    for (_, _, gold), events in zip(rows, per_text, strict=True):
        n += 1
        stats = per_type.setdefault(gold, Counter())
        stats["n"] += 1
        te = mapped_event(events)
        if te is None:
            continue
        covered += 1
        stats["covered"] += 1
        pred = case_of(te.event.type, te.event.subtype) or "NONE"
        if pred == gold:
            correct += 1
            stats["correct"] += 1
        else:
            confusion[(gold, pred)] += 1
    return {
        "snippets": n, "coverage": round(covered / n, 4) if n else 0.0,
        "accuracy_covered": round(correct / covered, 4) if covered else 0.0,
        "accuracy_all": round(correct / n, 4) if n else 0.0,
        "per_type": {t: dict(c) for t, c in sorted(per_type.items())},
        "top_confusions": [f"{g}->{p}: {c}" for (g, p), c in confusion.most_common(12)],
    }


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str | None = None
         ) -> dict[str, Any]:
    """Score the type mapping on CASE 2021 snippets at ``path``; print and return the figures."""
    result = evaluate(read_snippets(pick(Path(path), split, ".tsv"), limit))
    print("CASE 2021 task 2 snippets")
    for k, v in result.items():
        if k != "per_type":
            print(f"  {k}: {v}")
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
