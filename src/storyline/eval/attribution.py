"""``storyline eval attribution POLNEAR``: whole attributions (source + cue + content) on PolNeAR.

PolNeAR (Newell et al., LREC 2018) annotates attributions in brat standoff:
``T`` lines with Source/Cue/Content spans (discontinuous spans as ``a b;c d``)
and ``E`` lines tying them into one attribution (some have no source). We
run the shipped analysis (:class:`~storyline.analyze.pipeline.Analyzer` with the
default :class:`~storyline.config.Config`, every component) and score the
attributions of the ``claims`` component:

- **attributions, exact** (the headline): a predicted attribution matches a gold
  one when its source, cue and content spans all equal the gold spans (a missing
  source matches only a missing source); each gold attribution is matched at most
  once (one-to-one);
- **attributions, lenient** (labelled as such): the same one-to-one matching, but
  each role only has to share one character with its gold span;
- **per role** beside them: source, cue and content spans matched one-to-one on
  their own, exact and overlapping.

Spans are compared after trimming edge punctuation, quote marks and spaces (a span
that is only punctuation, the colon cue of "Name: words", keeps it); a
discontinuous gold span counts from its first to its last character. PolNeAR is
univocal (a token belongs to at most one attribution), so a predicted
attribution whose cue lies inside another one's content is left out.

The baseline reads the same texts with regular expressions: a quotation followed
by "said"/"says" (source: the words between them), plus "X said (that) P."

``PATH`` is the PolNeAR folder (``split`` picks ``data/dev``, ``data/train`` or a
``data/test`` folder when one is present) or a split folder itself.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from storyline.analyze.claims.attribution import trim
from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import Article, Claim

ROLES = ("source", "cue", "content")
SPLITS = ("dev", "train", "test")
Pair = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One attribution as trimmed character spans; ``source`` is None when there is none."""

    source: Pair | None
    cue: Pair | None
    content: Pair | None

    def role(self, name: str) -> Pair | None:
        span: Pair | None = getattr(self, name)
        return span


@dataclass
class Doc:
    """One PolNeAR article: text and gold attributions."""

    name: str
    text: str
    gold: list[Attribution] = field(default_factory=list)


# --------------------------------------------------------------------------- reading brat


def split_dir(path: Path, split: str = "dev") -> Path:
    """The folder of one split: ``path`` itself when it holds annotations, else ``path/data/<split>``."""
    if (path / "attributions").is_dir() or any(path.glob("*.ann")):
        return path
    for cand in (path / "data" / split, path / split):
        if (cand / "attributions").is_dir() or any(cand.glob("*.ann")):
            return cand
    have = [s for s in SPLITS if (path / "data" / s).is_dir() or (path / s).is_dir()]
    raise FileNotFoundError(f"{path}: no PolNeAR {split!r} portion (expected data/{split}/attributions/*.ann); "
                            f"splits here: {', '.join(have) or 'none'}")


def _text_for(ann: Path, root: Path) -> Path | None:
    text_dir = root / "text" if (root / "text").is_dir() else ann.parent
    stem = ann.stem
    for name in (stem, re.sub(r"_[0-9a-f]{4}$", "", stem)):
        cand = text_dir / f"{name}.txt"
        if cand.exists():
            return cand
    return None


def role_span(text: str, start: int, end: int) -> Pair:
    """A role's span trimmed of edge punctuation, quote marks and spaces; a span that is nothing but punctuation
    (the colon cue of a headline, "Name: words") keeps its characters, less spaces, so that it can be matched."""
    s, e = trim(text, start, end)
    if e > s:
        return s, e
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_ann(ann: str, text: str) -> list[Attribution]:
    """Gold attributions from brat standoff (``E`` lines), spans trimmed as predictions are."""
    spans: dict[str, list[Pair]] = {}
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T"):
            _, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = sorted((f[0], f[1]) for f in frags if len(f) == 2)
    out = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("E"):
            continue
        roles: dict[str, Pair] = {}
        for arg in parts[1].split()[1:]:
            role, _, tid = arg.partition(":")
            if role.lower() in ROLES and spans.get(tid):
                pieces = spans[tid]
                roles[role.lower()] = role_span(text, pieces[0][0], pieces[-1][1])
        if roles.get("cue") or roles.get("content"):
            out.append(Attribution(roles.get("source"), roles.get("cue"), roles.get("content")))
    return out


def read_polnear(path: Path, limit: int | None = None, split: str = "dev") -> list[Doc]:
    """The articles of one split with their gold attributions (the first annotation of each article)."""
    root = split_dir(Path(path), split)
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else root
    docs, seen = [], set()
    for ann in sorted(ann_dir.glob("*.ann")):
        txt = _text_for(ann, root)
        if txt is None or txt in seen:
            continue
        seen.add(txt)
        text = txt.read_text(encoding="utf-8")
        docs.append(Doc(txt.stem, text, parse_ann(ann.read_text(encoding="utf-8"), text)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------- predictions


def _univocal(claims: Iterable[Claim]) -> list[Claim]:
    """Drop claims whose cue lies inside another claim's content (PolNeAR annotates the outer one)."""
    cl = sorted((c for c in claims if c.cue_start is not None), key=lambda c: c.cue_start or 0)
    contents = sorted((c.content_start, c.content_end, c.id) for c in cl
                      if c.content_start is not None and c.content_end is not None)
    out = []
    for c in cl:
        cue = c.cue_start or 0
        # contents are few per article; a scan of those that start before the cue is enough
        inner = any(s <= cue < e and cid != c.id for s, e, cid in contents if s <= cue)
        if not inner:
            out.append(c)
    return out


def _span(text: str, start: int | None, end: int | None) -> Pair | None:
    if start is None or end is None:
        return None
    s, e = role_span(text, start, end)
    return (s, e) if e > s else None


def claim_attributions(text: str, claims: Iterable[Claim]) -> list[Attribution]:
    """The claims of one article as attributions (speaker, cue and content spans)."""
    return [Attribution(_span(text, c.speaker_start, c.speaker_end), _span(text, c.cue_start, c.cue_end),
                        _span(text, c.content_start, c.content_end)) for c in _univocal(claims)]


def system_attributions(docs: list[Doc], analyzer: Analyzer) -> list[list[Attribution]]:
    arts = [Article(id=f"polnear{i}", text=d.text) for i, d in enumerate(docs)]
    return [claim_attributions(d.text, a.claims)
            for d, a in zip(docs, analyzer.analyze_many(arts), strict=True)]


_QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,}?)[\"”]")
_SAID = re.compile(r"\b(said|says)\b")
_PLAIN = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey) "
                    r"(said|says),? (that )?([^.\n]{3,}[.])")


def baseline_attributions(text: str) -> list[Attribution]:
    """Quote marks + "said": the simplest attribution extractor worth comparing against."""
    out = []
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
        out.append(Attribution(source if source[1] > source[0] else None, cue, trim(text, q.start(1), q.end(1))))
    for m in _PLAIN.finditer(text):
        content = trim(text, m.start(3) if m.group(3) else m.start(4), m.end(4))
        out.append(Attribution((m.start(1), m.end(1)), (m.start(2), m.end(2)), content))
    return out


# --------------------------------------------------------------------------- scoring


def _overlaps(a: Pair | None, b: Pair | None) -> bool:
    if a is None or b is None:
        return a is b
    return a[0] < b[1] and b[0] < a[1]


def _spans(attributions: list[Attribution], role: str) -> list[Pair]:
    return [span for a in attributions if (span := a.role(role)) is not None]


def _lenient(p: Attribution, g: Attribution) -> bool:
    return all(_overlaps(p.role(r), g.role(r)) for r in ROLES)


def matched(pred: list[Any], gold: list[Any], exact: bool, same: Any = None) -> int:
    """How many one-to-one pairs: equal items (``exact``) or items for which ``same(p, g)`` holds.

    The lenient pairing is a maximum bipartite matching (one gold item is never counted twice,
    however many predictions overlap it).
    """
    if exact:
        return sum((Counter(pred) & Counter(gold)).values())
    if not pred or not gold:
        return 0
    ok = np.array([[bool(same(p, g)) for g in gold] for p in pred], dtype=float)
    rows, cols = linear_sum_assignment(ok, maximize=True)
    return int(ok[rows, cols].sum())


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "matched": tp, "predicted": n_pred,
            "gold": n_gold}


def score(docs: list[Doc], preds: list[list[Attribution]]) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 of whole attributions and of each role, exact and lenient (overlap)."""
    tally: dict[tuple[str, str], list[int]] = {}
    for doc, pred in zip(docs, preds, strict=True):
        rows: dict[str, tuple[list[Any], list[Any], Any]] = {"attribution": (pred, doc.gold, _lenient)}
        for role in ROLES:
            rows[role] = (_spans(pred, role), _spans(doc.gold, role), _overlaps)
        for name, (p, g, same) in rows.items():
            for mode in ("exact", "lenient"):
                t = tally.setdefault((name, mode), [0, 0, 0])
                t[0] += matched(p, g, mode == "exact", same)
                t[1] += len(p)
                t[2] += len(g)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (name, mode), (tp, n_p, n_g) in tally.items():
        out.setdefault(name, {})[mode] = _prf(tp, n_p, n_g)
    return out


def _report(result: dict[str, Any]) -> str:
    lines = [f"{result['dataset']}: {result['documents']} articles, {result['gold_attributions']} gold attributions",
             "attribution = source + cue + content matched one-to-one; lenient = each role overlaps its gold span",
             f"{'unit':12s} {'match':8s} {'system P/R/F1':>22s}   {'baseline P/R/F1':>22s}"]
    for name in ("attribution", *ROLES):
        for mode in ("exact", "lenient"):
            s, b = result["system"][name][mode], result["baseline"][name][mode]
            lines.append(f"{name:12s} {mode:8s} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}     "
                         f"{b['p']:6.3f} {b['r']:6.3f} {b['f1']:6.3f}")
    return "\n".join(lines)


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str = "dev") -> dict[str, Any]:
    """Score the shipped claims component and the baseline on one PolNeAR split under ``path``."""
    root = split_dir(Path(path), split)
    docs = read_polnear(root, limit)
    analyzer = Analyzer(Config())  # what `storyline analyze` runs: every component
    result: dict[str, Any] = {
        "dataset": f"PolNeAR {root.name}",
        "documents": len(docs),
        "gold_attributions": sum(len(d.gold) for d in docs),
        "system": score(docs, system_attributions(docs, analyzer)),
        "baseline": score(docs, [baseline_attributions(d.text) for d in docs]),
    }
    print(_report(result))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result
