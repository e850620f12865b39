"""`storyline eval case CASE_TSV`: our event types mapped to CASE 2021 task 2 sub-event types.

Each snippet (tab-separated: id, EventSnippet, SubType) gets our main event:
the typed, non-generic event whose (type, sub-type) has a CASE mapping
(:data:`storyline.analyze.events.ontology.CASE`), first sentence first, nearest
the parse root. Coverage is the share of snippets where some event maps;
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
from storyline.analyze.pipeline import AnalysisState
from storyline.eval.plover import _depth, analyze_texts
from storyline.model import EventMention


def read_snippets(path: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.append((row["id"], row["EventSnippet"], row["SubType"]))
    return rows[:limit] if limit is not None else rows


def mapped_event(state: AnalysisState) -> EventMention | None:
    """The event to score: mapped to CASE, earliest sentence, nearest the root."""
    evs = [e for e in state.events if case_of(e.type, e.subtype) and e.modality not in ("negated",)]
    if not evs:
        return None
    return min(evs, key=lambda e: (e.sentence_start, e.modality == "generic", _depth(state, e), e.start))


def evaluate(rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    n = covered = correct = 0
    per_type: dict[str, Counter[str]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for (_, _, gold), state in zip(rows, analyze_texts([r[1] for r in rows]), strict=True):
        n += 1
        stats = per_type.setdefault(gold, Counter())
        stats["n"] += 1
        ev = mapped_event(state)
        if ev is None:
            continue
        covered += 1
        stats["covered"] += 1
        pred = case_of(ev.type, ev.subtype) or "NONE"
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


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, Any]:
    """Score the type mapping on CASE 2021 snippets at ``path``; print and return the figures."""
    result = evaluate(read_snippets(path, limit))
    print("CASE 2021 task 2 snippets")
    for k, v in result.items():
        if k != "per_type":
            print(f"  {k}: {v}")
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
