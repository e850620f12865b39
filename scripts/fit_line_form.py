"""Rebuild ``src/storyline/data/line_form.json``: the weights of the page-furniture line model (ingest/line_form).

    .venv/bin/python scripts/fit_line_form.py PAGES.txt [PAGES.txt ...] [--l2 1.0] [--margin 0.05] [--floor 0.5]
        [--prior OLD.json] [--cv] [--override 0.95] [--keep-shipped]
        [--override-off]

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

3. ``--cv`` (leave one outlet out: the outlet is the host of the address on each page's ``===`` line): for each
   outlet, the weights are fitted on the other outlets' pages and score its pages, as pasted and after the rules.
   The run prints, for each threshold of a grid, the furniture, body and headline lines taken out of fold, for the
   model's candidates (``line_form.candidates``) and for the override (``line_form._overruled``: lines a guard of
   form keeps that the model scores over ``Model.override``). The threshold becomes the lowest on the grid, not
   under ``--floor``, at which no body line is taken out of fold after the rules; the override the lowest, not
   under ``--override-floor``, at which it takes no body line out of fold, as pasted or after the rules (none: no
   override). Without ``--cv`` the override is ``--override`` (default: none).
4. ``--keep-shipped``: the weights, headline weights and threshold stay those of the shipped file (fitted on pages
   no longer at hand); the weights fitted here become the override's (``override_weights``), and with ``--cv``
   only the override's threshold is chosen.
5. ``--override-off``: the override's weights and the threshold chosen for it are written (``override_cv``), but
   ``override`` is left over 1: the override stays off until pages it was not chosen on bear it out.

The run is deterministic; it prints the weights, the threshold and the furniture lines the rules left that the
model takes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from storyline.ingest import clean, line_form

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "line_form.json"


#: the site of a page: its address's host, without "www." or a mobile prefix
_HOST = re.compile(r"https?://(?:www\d?\.|m\.|amp\.)?([^/\s]+)")


def parse(path: Path, outlets: list[str] | None = None) -> list[list[tuple[str, str]]]:
    """Pages as lists of (tag, line); tag "" for a body line. ``outlets``, when given, receives each page's site
    (the host of the address on its ``===`` line, else the page's id)."""
    pages: list[list[tuple[str, str]]] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("=== "):
            pages.append([])
            if outlets is not None:
                host = _HOST.search(raw)
                outlets.append(host.group(1).lower() if host else f"{path}:{raw.split()[1]}")
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


def furniture_rows(pages: list[list[tuple[str, str]]]) -> tuple[list[list[float]], list[float]]:
    """The training rows: every F/C line (1) and body line (0), its features on the page as pasted."""
    rows, labels = [], []
    for page in pages:
        for (tag, line), x in zip(page, line_form.features([t for _, t in page]), strict=True):
            if line.strip() and tag in ("F", "C", ""):
                rows.append(x)
                labels.append(0.0 if tag == "" else 1.0)
    return rows, labels


#: the thresholds the cross-validation tries
GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995)


def cross_validate(pages: list[list[tuple[str, str]]], outlets: list[str], l2: float, prior: np.ndarray | None,
                   headline_weights: tuple[float, ...], floor: float, override_floor: float,
                   shipped: line_form.Model | None) -> tuple[float, float]:
    """Leave one outlet out: the furniture weights fitted on the other outlets score each outlet's pages, as pasted
    and after the rules (``clean.rule_pass``); print the lines taken at each threshold of :data:`GRID`, by the
    candidates' path (with the ``shipped`` weights when given) and by the override; return the threshold and the
    override chosen (see the module's 3.)."""
    # per view and threshold: lines taken, by path ("cand", "over") and label ("F", "C", "H", "N", "" for body)
    taken: dict[str, dict[float, Counter[str]]] = {v: {t: Counter() for t in GRID} for v in ("pasted", "rules")}
    totals: dict[str, Counter[str]] = {v: Counter() for v in taken}
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, outlet in enumerate(outlets):
        by_outlet[outlet].append(i)
    for held in by_outlet.values():
        rows, labels = furniture_rows([p for i, p in enumerate(pages) if i not in held])
        w = tuple(float(v) for v in fit(np.array(rows), np.array(labels), l2, prior))
        weights = shipped.weights if shipped else w
        for i in held:
            tags = {t.strip(): tag for tag, t in pages[i] if t.strip()}
            pasted = [t for _, t in pages[i]]
            for view, lines in (("pasted", pasted), ("rules", clean.rule_pass("\n".join(pasted))[0])):
                vectors = line_form.features(lines)
                model = line_form.Model(weights, 2.0, headline_weights)
                candidates = set(line_form.candidates(lines, m=model, vectors=vectors))
                totals[view].update(tags.get(line.strip(), "N") for line in lines if line.strip())
                for t in GRID:
                    for k in candidates:
                        if model.score(vectors[k]) > t:
                            taken[view][t]["cand" + tags.get(lines[k].strip(), "N")] += 1
                    over = line_form.Model(weights, 2.0, headline_weights, t, w)
                    for k in set(line_form._overruled(lines, frozenset(), over, vectors)) - candidates:
                        taken[view][t]["over" + tags.get(lines[k].strip(), "N")] += 1
    print("leave-one-outlet-out (furniture F+C / body / headline lines taken, out of fold):")
    for view in taken:
        n = totals[view]
        print(f"  {view}: {n['F'] + n['C']} furniture, {n['']} body, {n['H']} headline lines")
        print(f"    thr    candidates ({'shipped' if shipped else 'fold'} weights)   override (fold weights)")
        for t, c in taken[view].items():
            print(f"    {t:.3f}  {c['candF'] + c['candC']:4d} {c['cand']:4d} {c['candH']:3d}"
                  f"                  {c['overF'] + c['overC']:4d} {c['over']:4d} {c['overH']:3d}")
    threshold = shipped.threshold if shipped else \
        next((t for t in GRID if t >= floor and not taken["rules"][t]["cand"]), 0.99)
    override = next((t for t in GRID if t >= override_floor and not taken["rules"][t]["over"]
                     and not taken["pasted"][t]["over"]), 2.0)
    print(f"  chosen: threshold {threshold}{' (shipped)' if shipped else ''}, override {override}")
    return threshold, override


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="+", type=Path)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--margin", type=float, default=0.05)
    ap.add_argument("--floor", type=float, default=0.5)
    ap.add_argument("--prior", type=Path, help="a line_form.json whose weights the fit is pulled toward (features "
                    "it lacks start at 0): the weights of fitting pages no longer at hand")
    ap.add_argument("--cv", action="store_true", help="choose the threshold and the override by leave-one-outlet-"
                    "out cross-validation and print its table")
    ap.add_argument("--override", type=float, default=2.0, help="without --cv: the override (over 1: none)")
    ap.add_argument("--override-floor", type=float, default=0.9, help="with --cv: the lowest override (a guard "
                    "yields only to a confident score, whatever few body lines the guards hold in the pages)")
    ap.add_argument("--override-off", action="store_true", help="record the override chosen (override_cv) but "
                    "leave it off")
    ap.add_argument("--keep-shipped", action="store_true", help="keep the shipped weights, headline weights and "
                    "threshold; fit only the override's weights (and with --cv its threshold)")
    args = ap.parse_args()
    priors = (None, None)
    if args.prior:
        old = json.loads(args.prior.read_text(encoding="utf-8"))
        named = [dict(zip(old["features"], old[key], strict=True)) for key in ("weights", "headline_weights")]
        priors = tuple(np.array([d.get(f, 0.0) for f in line_form.FEATURES]) for d in named)  # type: ignore[assignment]
    outlets: list[str] = []
    pages = [page for path in args.pages for page in parse(path, outlets)]
    rows, labels = furniture_rows(pages)
    head_rows, head_labels = [], []
    for page in pages:
        lines = [t for _, t in page]
        prose = next((k for k, line in enumerate(lines) if line_form._prose(line)), len(lines))
        for k, ((tag, line), x) in enumerate(zip(page, line_form.features(lines), strict=True)):
            if tag in ("F", "C", "H") and line.strip() and k < prose and len(line.split()) >= 2:
                head_rows.append(x)
                head_labels.append(1.0 if tag == "H" else 0.0)
    fitted = fit(np.array(rows), np.array(labels), args.l2, priors[0])
    shipped = line_form.model() if args.keep_shipped else None
    w = np.array(shipped.weights) if shipped else fitted
    hw = np.array(shipped.headline_weights) if shipped else \
        fit(np.array(head_rows), np.array(head_labels), args.l2, priors[1])
    threshold, override = (shipped.threshold if shipped else None), args.override
    if args.cv:
        threshold, override = cross_validate(pages, outlets, args.l2, priors[0], tuple(float(v) for v in hw),
                                             args.floor, args.override_floor, shipped)
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
    if threshold is None:
        threshold = min(0.99, max(args.floor, max(body_scores, default=0.5) + args.margin))
    out = {"features": list(line_form.FEATURES), "weights": [round(float(v), 6) for v in w],
           "headline_weights": [round(float(v), 6) for v in hw], "threshold": round(threshold, 6),
           "override": 2.0 if args.override_off else round(override, 6), "override_cv": round(override, 6),
           "rows": len(rows), "furniture_rows": int(sum(labels))}
    if shipped:  # the rows counted are the override's; the shipped weights keep their own counts
        before = json.loads(OUT.read_text(encoding="utf-8"))
        out.update(rows=before["rows"], furniture_rows=before["furniture_rows"], override_rows=len(rows),
                   override_furniture_rows=int(sum(labels)))
        out["override_weights"] = [round(float(v), 6) for v in fitted]
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    for name, v, h, o in zip(line_form.FEATURES, w, hw, fitted, strict=True):
        print(f"{name:20s} {v:+.3f}  headline {h:+.3f}  override {o:+.3f}")
    taken = [f for f in furniture if f[0] > threshold]
    print(f"rows {len(rows)} (furniture {int(sum(labels))}); threshold {threshold:.3f}, override {override:.3f} "
          f"(highest body score {max(body_scores, default=math.nan):.3f}); furniture left by the rules "
          f"{len(furniture)}, taken {len(taken)}")
    for score, tag, line in sorted(kept_lines, reverse=True)[:15]:
        print(f"  {tag:4s} {score:.3f} {line[:100]}  [kept as headline: {heads.get(line, '')[:60]}]")
    for score, line in sorted(furniture, reverse=True):
        print(f"  {'TAKE' if score > threshold else 'left'} {score:.3f} {line[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
