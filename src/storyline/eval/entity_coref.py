"""``storyline eval entity-coref ECB_DIR``: entity coreference of the shipped code on ECB+.

As ``eval event-coref`` (each topic analyzed and fused as its own corpus by
the shipped code), scored on the entities of the resulting story. Gold: the
ECB+ participant and location mentions (``HUMAN_PART*``,
``NON_HUMAN_PART*``, ``LOC_*``) of the reliably annotated sentences,
singletons included; time expressions are left out. Two settings
(:mod:`storyline.eval.coref_settings`): gold mentions given to the shipped
analysis in place of the mentions it found (before in-document coreference,
so that its chains and cross-document fusion decide the links), and end to
end on predicted mentions (exact alignment, lenient beside it). Baselines:
same head lemma and same normalized string within the topic, on the same
mentions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.eval.coref_settings import report
from storyline.eval.event_coref import figures


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str = "all"
         ) -> dict[str, Any]:
    """Score the shipped entity coreference on ECB+ at ``path`` (first ``limit`` topics of ``split``)."""
    result = figures(path, "entity", limit, split)
    print(report(result, f"ECB+ entity coreference: {result['dataset']}"))
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result
