"""The TempEval-3 task A scorer for time expressions (UzZaman et al., SemEval 2013), from its definitions.

Extents: a *strict* match has the same start and end; a *relaxed* match
overlaps. Precision = matched / system, recall = matched / gold (each
expression matched at most once). Attributes (type, value) are judged on the
relaxed-matched pairs: accuracy = correct / matched, and attribute F1 =
relaxed F1 x accuracy (the paper's "value F1", its ranking measure).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TimexSpan:
    """One gold or system expression of one document."""

    doc: str
    start: int
    end: int
    type: str | None = None
    value: str | None = None
    text: str = ""


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[TimexSpan | None, TimexSpan | None, str]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def prf(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_document(gold: Sequence[TimexSpan], system: Sequence[TimexSpan]) -> Counts:
    """Counts for one document: one-to-one matching, the largest overlaps first."""
    c = Counts(gold=len(gold), system=len(system))
    c.strict = len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
    pairs = sorted(((min(g.end, s.end) - max(g.start, s.start), gi, si)
                    for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if g.start < s.end and s.start < g.end), reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        c.relaxed += 1
        c.type_ok += g.type == s.type
        if g.value == s.value:
            c.value_ok += 1
        else:
            c.errors.append((g, s, "value"))
    c.errors.extend((gold[i], None, "missed") for i in range(len(gold)) if i not in used_g)
    c.errors.extend((None, system[i], "spurious") for i in range(len(system)) if i not in used_s)
    return c


def score(gold: Iterable[TimexSpan], system: Iterable[TimexSpan]) -> tuple[dict[str, float], Counts]:
    """TempEval-3 task A measures over all documents, and the raw counts (with the errors listed)."""
    by_doc_g: dict[str, list[TimexSpan]] = {}
    by_doc_s: dict[str, list[TimexSpan]] = {}
    for g in gold:
        by_doc_g.setdefault(g.doc, []).append(g)
    for s in system:
        by_doc_s.setdefault(s.doc, []).append(s)
    total = Counts()
    for doc in sorted(set(by_doc_g) | set(by_doc_s)):
        total.add(match_document(by_doc_g.get(doc, []), by_doc_s.get(doc, [])))
    return measures(total), total


def measures(c: Counts) -> dict[str, float]:
    sp, sr, sf = prf(c.strict, c.system, c.gold)
    rp, rr, rf = prf(c.relaxed, c.system, c.gold)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    return {"strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
            "type_accuracy": type_acc, "value_accuracy": value_acc,
            "type_f1": rf * type_acc, "value_f1": rf * value_acc,
            "gold": c.gold, "system": c.system, "strict_matches": c.strict, "relaxed_matches": c.relaxed}
