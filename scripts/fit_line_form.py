"""Rebuild ``src/storyline/data/line_form.json``: the weights of the page-furniture line model (ingest/line_form).

    .venv/bin/python scripts/fit_line_form.py PAGES.txt [PAGES.txt ...] [--l2 1.0] [--margin 0.05] [--floor 0.5]
        [--prior OLD.json]

The pages are hand-labelled copies of web pages as users paste them (kept out of the repository: real
coverage). Format, one page after another::

    === <id> <url>
    credit: <agency or ->
    F| <a furniture line>
    C| <a credit line (furniture that names the copy's agency)>
    H| <a headline>            (not fitted)
    N| <a line left undecided> (not fitted)
    <a body line>

1. Every F/C line (1) and body line (0) of every page is a training row; its features are computed on the page as
   pasted (line_form.features over all its lines). A logistic regression with an L2 penalty (``--l2``, the bias
   not penalised) is fitted by Newton's method; the penalty pulls the weights toward zero, or toward the weights of
   ``--prior`` (an earlier line_form.json, whose fitting pages may be gone; a feature it lacks starts at 0). A
   second one, on the lines of two words or more over the text
   (the first prose line), tells the headline (1) from furniture (0): line_form.headlines keeps the line it scores
   highest and any over line_form.HEADLINE_SCORE.
2. The threshold is set on the lines that the rules of ingest/clean leave (``clean.rule_pass``), where the model
   acts: just above the highest score of a body line there (plus ``--margin``), so that no labelled body line is
   taken out, and never under ``--floor`` (a line is taken when it is furniture more likely than not). Headlines are
   kept by line_form.headlines; the run lists the body lines and headlines (other than copies of the one kept)
   that score highest.

The run is deterministic; it prints the weights, the threshold and the furniture lines the rules left that the
model takes.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

from storyline.ingest import clean, line_form

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "line_form.json"


def parse(path: Path) -> list[list[tuple[str, str]]]:
    """Pages as lists of (tag, line); tag "" for a body line."""
    pages: list[list[tuple[str, str]]] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("=== "):
            pages.append([])
        elif raw.startswith("credit: ") and pages and not pages[-1]:
            continue
        elif pages:
            tag = raw[:1] if raw[:3] in ("F| ", "C| ", "H| ", "N| ") else ""
            pages[-1].append((tag, raw[3:] if tag else raw))
    return pages


def fit(x: np.ndarray, y: np.ndarray, l2: float, prior: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression by Newton's method, the weights pulled toward ``prior`` (zeros when None) by the L2
    penalty: a refit on new pages that keeps what earlier fitting pages taught where the new ones are silent."""
    prior = np.zeros(x.shape[1]) if prior is None else prior
    w = prior.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0  # the bias
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * (w - prior)
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return w


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="+", type=Path)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--margin", type=float, default=0.05)
    ap.add_argument("--floor", type=float, default=0.5)
    ap.add_argument("--prior", type=Path, help="a line_form.json whose weights the fit is pulled toward (features "
                    "it lacks start at 0): the weights of fitting pages no longer at hand")
    args = ap.parse_args()
    priors = (None, None)
    if args.prior:
        old = json.loads(args.prior.read_text(encoding="utf-8"))
        named = [dict(zip(old["features"], old[key], strict=True)) for key in ("weights", "headline_weights")]
        priors = tuple(np.array([d.get(f, 0.0) for f in line_form.FEATURES]) for d in named)  # type: ignore[assignment]
    pages = [page for path in args.pages for page in parse(path)]
    rows, labels, head_rows, head_labels = [], [], [], []
    for page in pages:
        lines = [t for _, t in page]
        prose = next((k for k, line in enumerate(lines) if line_form._prose(line)), len(lines))
        for k, ((tag, line), x) in enumerate(zip(page, line_form.features(lines), strict=True)):
            if not line.strip():
                continue
            if tag in ("F", "C", ""):
                rows.append(x)
                labels.append(0.0 if tag == "" else 1.0)
            if tag in ("F", "C", "H") and k < prose and len(line.split()) >= 2:
                head_rows.append(x)
                head_labels.append(1.0 if tag == "H" else 0.0)
    w = fit(np.array(rows), np.array(labels), args.l2, priors[0])
    hw = fit(np.array(head_rows), np.array(head_labels), args.l2, priors[1])
    model = line_form.Model(tuple(float(v) for v in w), 0.0, tuple(float(v) for v in hw))
    body_scores, furniture, kept_lines = [], [], []
    heads: dict[str, str] = {}
    for page in pages:
        kept = clean.rule_pass("\n".join(t for _, t in page))[0]
        tags = {t.strip(): tag for tag, t in page if t.strip()}
        scored = [model.score(x) for x in line_form.features(kept)]
        keep = line_form.headlines(kept, model)
        for line in kept:
            heads[line.strip()] = " / ".join(kept[k].strip()[:30] for k in sorted(keep))
        for k in line_form.candidates(kept, m=model):
            line = kept[k]
            tag = tags.get(line.strip())
            if tag == "H" and any(line_form._fold(line) == line_form._fold(kept[j]) for j in keep):
                continue  # the headline told twice: one copy is enough
            if tag in ("", "H"):
                kept_lines.append((scored[k], tag or "body", line.strip()))
            if tag == "":
                body_scores.append(scored[k])
            elif tag in ("F", "C"):
                furniture.append((scored[k], line.strip()))
    threshold = min(0.99, max(args.floor, max(body_scores, default=0.5) + args.margin))
    OUT.write_text(json.dumps({"features": list(line_form.FEATURES), "weights": [round(float(v), 6) for v in w],
                               "headline_weights": [round(float(v), 6) for v in hw],
                               "threshold": round(threshold, 6), "rows": len(rows),
                               "furniture_rows": int(sum(labels))}, indent=1) + "\n", encoding="utf-8")
    for name, v, h in zip(line_form.FEATURES, w, hw, strict=True):
        print(f"{name:20s} {v:+.3f}  headline {h:+.3f}")
    taken = [f for f in furniture if f[0] > threshold]
    print(f"rows {len(rows)} (furniture {int(sum(labels))}); threshold {threshold:.3f} (highest body score "
          f"{max(body_scores, default=math.nan):.3f}); furniture left by the rules {len(furniture)}, "
          f"taken {len(taken)}")
    for score, tag, line in sorted(kept_lines, reverse=True)[:15]:
        print(f"  {tag:4s} {score:.3f} {line[:100]}  [kept as headline: {heads.get(line, '')[:60]}]")
    for score, line in sorted(furniture, reverse=True):
        print(f"  {'TAKE' if score > threshold else 'left'} {score:.3f} {line[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
