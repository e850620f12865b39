"""``storyline eval event-coref ECB_DIR``: event coreference of the shipped code on ECB+.

Every document of the split becomes an article; each topic is analyzed and
fused by the shipped code as its own corpus (what ``storyline analyze``
runs with the default ``Config``), and the events of the resulting story
are the response. Gold: the ECB+ action mentions (``ACTION_*``,
``NEG_ACTION_*``) of the sentences the corpus lists as reliably annotated,
singletons included. Two settings (:mod:`storyline.eval.coref_settings`):

- **gold mentions** given to the shipped analysis in place of the event
  mentions it found, then fused as shipped;
- **end to end** on the events' predicted mentions, aligned to gold with
  exact boundaries (headline) and leniently (labelled).

Baseline: same head lemma within the topic, in the same setting on the same
mentions. MUC, B³, CEAF-e and CoNLL F1, within and across documents.
``--split dev`` is the usual development topics, ``test`` a held-out
``test/`` folder (or topics 36-45), ``all`` every topic in ``ECB_DIR``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.eval.coref_settings import report
from storyline.eval.ecbplus import coref_figures


def figures(path: Path, kind: str, limit: int | None, split: str) -> dict[str, Any]:
    """One kind's figures (a copy: the ECB+ computation is shared by both commands)."""
    shared = coref_figures(str(path), split, limit)
    return json.loads(json.dumps({"dataset": shared["dataset"], "split": split, "documents": shared["documents"],
                                  "topics": shared["groups"], "component_failures": len(shared["failures"]),
                                  **shared[kind]}))


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str = "all"
         ) -> dict[str, Any]:
    """Score the shipped event coreference on ECB+ at ``path`` (first ``limit`` topics of ``split``)."""
    result = figures(path, "event", limit, split)
    print(report(result, f"ECB+ event coreference: {result['dataset']}"))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result
