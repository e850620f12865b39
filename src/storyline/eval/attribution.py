"""``storyline eval attribution POLNEAR_DIR``: source, cue and content span P/R/F1 on PolNeAR.

PolNeAR (Newell et al., LREC 2018) annotates attributions in brat standoff:
``T`` lines with Source/Cue/Content spans (discontinuous spans as ``a b;c d``)
and ``E`` lines tying them into one attribution. We score the spans of the
claims component against them, two ways:

- *exact*: the predicted span equals the gold span (both trimmed of edge
  punctuation, quote marks and spaces; a discontinuous gold span counts from
  its first to its last character);
- *overlap*: the predicted span shares at least one character with the gold span.

Precision is the share of predicted spans that match some gold span, recall
the share of gold spans matched by some predicted span. PolNeAR is univocal
(a token belongs to at most one attribution), so predictions nested inside
another prediction's content are left out before scoring.

The baseline is what a regular expression gets: a quotation followed or
preceded by "said"/"says" (source: the words between them), plus "X said
(that) P" sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.analyze.claims.attribution import trim
from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import Article, Claim

ROLES = ("source", "cue", "content")
Spans = dict[str, list[tuple[int, int]]]


@dataclass
class Doc:
    """One PolNeAR article: text and gold spans per role (each span as its fragments)."""

    name: str
    text: str
    gold: dict[str, list[list[tuple[int, int]]]] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading brat


def _dev_dir(path: Path) -> Path:
    for cand in (path / "data" / "dev", path / "dev", path):
        if (cand / "attributions").is_dir() or any(cand.glob("*.ann")):
            return cand
    raise FileNotFoundError(f"{path}: no PolNeAR dev portion (expected data/dev/attributions/*.ann); "
                            "pass the PolNeAR folder")


def _text_for(ann: Path, root: Path) -> Path | None:
    text_dir = root / "text" if (root / "text").is_dir() else ann.parent
    stem = ann.stem
    for name in (stem, re.sub(r"_[0-9a-f]{4}$", "", stem)):
        cand = text_dir / f"{name}.txt"
        if cand.exists():
            return cand
    return None


def parse_ann(text: str) -> dict[str, list[list[tuple[int, int]]]]:
    """Gold spans per role from brat standoff (only spans that belong to an attribution)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    gold: dict[str, list[list[tuple[int, int]]]] = {r: [] for r in ROLES}
    events = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = (label.lower(), [(f[0], f[1]) for f in frags if len(f) == 2])
        elif parts[0].startswith("E"):
            events.append(parts[1].split())
    for args in events:
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            if role.lower() in gold and tid in spans:
                gold[role.lower()].append(spans[tid][1])
    return gold


def read_polnear(path: Path, limit: int | None = None) -> list[Doc]:
    """The dev articles with their gold attributions (one annotation file per article)."""
    root = _dev_dir(path)
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else root
    docs, seen = [], set()
    for ann in sorted(ann_dir.glob("*.ann")):
        txt = _text_for(ann, root)
        if txt is None or txt in seen:
            continue
        seen.add(txt)
        docs.append(Doc(txt.stem, txt.read_text(encoding="utf-8"), parse_ann(ann.read_text(encoding="utf-8"))))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------- predictions


def _univocal(claims: Iterable[Claim]) -> list[Claim]:
    """Drop claims whose cue lies inside another claim's content (PolNeAR annotates the outer one)."""
    cl = list(claims)
    out = []
    for c in cl:
        inner = any(o is not c and o.content_start is not None and o.content_end is not None and c.cue_start
                    is not None and o.content_start <= c.cue_start < o.content_end for o in cl)
        if not inner:
            out.append(c)
    return out


def system_spans(docs: list[Doc], analyzer: Analyzer) -> list[Spans]:
    arts = [Article(id=f"polnear{i}", text=d.text) for i, d in enumerate(docs)]
    out = []
    for analysis in analyzer.analyze_many(arts):
        spans: Spans = {r: [] for r in ROLES}
        for c in _univocal(analysis.claims):
            for role, (s, e) in (("source", (c.speaker_start, c.speaker_end)), ("cue", (c.cue_start, c.cue_end)),
                                 ("content", (c.content_start, c.content_end))):
                if s is not None and e is not None:
                    spans[role].append((s, e))
        out.append(spans)
    return out


_QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,}?)[\"”]")
_SAID = re.compile(r"\b(said|says)\b")
_PLAIN = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey) "
                    r"(said|says),? (that )?([^.\n]{3,}[.])")


def baseline_spans(text: str) -> Spans:
    """Quote marks + "said": the simplest attribution extractor worth comparing against."""
    spans: Spans = {r: [] for r in ROLES}
    for q in _QUOTE.finditer(text):
        after = text[q.end():q.end() + 60].split("\n")[0]
        m = _SAID.search(after)
        if m is None:
            continue
        cue = (q.end() + m.start(), q.end() + m.end())
        between = trim(text, q.end(), cue[0])
        if between[1] - between[0] > 1:
            source = between
        else:
            rest = re.match(r"[^,.;:!?\"“”]*", after[m.end():])
            source = trim(text, cue[1], cue[1] + (rest.end() if rest else 0))
        spans["cue"].append(cue)
        spans["content"].append((q.start(1), q.end(1)))
        if source[1] > source[0]:
            spans["source"].append(source)
    for m in _PLAIN.finditer(text):
        spans["source"].append((m.start(1), m.end(1)))
        spans["cue"].append((m.start(2), m.end(2)))
        spans["content"].append((m.start(3) if m.group(3) else m.start(4), m.end(4)))
    return spans


# --------------------------------------------------------------------------- scoring


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    return trim(text, start, end)


def _match(pred: tuple[int, int], gold: list[tuple[int, int]], text: str, exact: bool) -> bool:
    if exact:
        return _norm(text, *pred) == _norm(text, gold[0][0], gold[-1][1]) if gold else False
    return any(pred[0] < e and s < pred[1] for s, e in gold)


def score(docs: list[Doc], preds: list[Spans]) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 per role, exact and overlap."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for role in ROLES:
        out[role] = {}
        for mode in ("exact", "overlap"):
            tp_p = n_p = tp_g = n_g = 0
            for doc, pred in zip(docs, preds, strict=True):
                golds = [sorted(g) for g in doc.gold.get(role, []) if g]
                n_p += len(pred[role])
                n_g += len(golds)
                tp_p += sum(any(_match(p, g, doc.text, mode == "exact") for g in golds) for p in pred[role])
                tp_g += sum(any(_match(p, g, doc.text, mode == "exact") for p in pred[role]) for g in golds)
            p = tp_p / n_p if n_p else 0.0
            r = tp_g / n_g if n_g else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[role][mode] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                               "predicted": n_p, "gold": n_g}
    return out


def _report(result: dict[str, Any]) -> str:
    lines = [f"{result['dataset']}: {result['documents']} articles, {result['gold_attributions']} gold attributions",
             f"{'role':8s} {'match':8s} {'system P/R/F1':>22s}   {'baseline P/R/F1':>22s}"]
    for role in ROLES:
        for mode in ("exact", "overlap"):
            s, b = result["system"][role][mode], result["baseline"][role][mode]
            lines.append(f"{role:8s} {mode:8s} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}     "
                         f"{b['p']:6.3f} {b['r']:6.3f} {b['f1']:6.3f}")
    return "\n".join(lines)


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, Any]:
    """Score the claims component and the baseline on the PolNeAR dev portion under ``path``."""
    root = _dev_dir(Path(path))
    docs = read_polnear(root, limit)
    # claims read the events and times their content mentions (declared requirements of the component)
    analyzer = Analyzer(Config(components=("baseline", "time", "events", "claims"), use_embeddings=False))
    result: dict[str, Any] = {
        "dataset": f"PolNeAR {root.name}",
        "documents": len(docs),
        "gold_attributions": sum(len(d.gold.get("cue", [])) for d in docs),
        "system": score(docs, system_spans(docs, analyzer)),
        "baseline": score(docs, [baseline_spans(d.text) for d in docs]),
    }
    print(_report(result))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result
