"""Type correction of mentions: from their context, then by a vote over the document.

Context rules (each sets ``source="names:context"``, which counts double in votes):

- after a personal title ("Ambassador X", "Mullah X") -> PERSON;
- subject of a speech verb while tagged as a thing (FAC, LOC, PRODUCT, WORK_OF_ART, EVENT, LAW) -> PERSON;
- a single-word ORG after a location preposition ("in X") -> GPE;
- a name ending in an organization word ("... Party", "... Ministry") tagged otherwise -> ORG;
- a name followed by a place noun ("the X police", "X province") tagged ORG/PERSON/LOC/FAC -> GPE.

The vote: mentions of one folded name in a document take the label with the
strict majority of weight (a string tagged PERSON in most places is a person).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from storyline.analyze.names.keys import folded_key, is_acronym
from storyline.lexicons.speech import ACTOR_VERBS as SPEECH_VERBS
from storyline.lexicons.titles import (
    LOCATION_PREPOSITIONS,
    ORG_SUFFIXES,
    PLACE_FOLLOWERS,
    STRONG_ORG_SUFFIXES,
)
from storyline.model import Mention

_THING_LABELS = frozenset({"FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
CONTEXT = "names:context"


def retype_from_context(mentions: list[Mention], doc: Doc, titles: list[dict[str, Any]]) -> list[Mention]:
    """Apply the context rules of the module docstring to each mention."""
    titled = {(t["start"], t["end"]) for t in titles}
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        label = _context_label(m, span, doc, (m.start, m.end) in titled) if span is not None else None
        if label is not None and label != m.label:
            m = replace(m, label=label, source=CONTEXT)
        elif label is not None:
            m = replace(m, source=CONTEXT)  # confirmed by context: counts double in the vote
        out.append(m)
    return out


def _context_label(m: Mention, span: Span, doc: Doc, titled: bool) -> str | None:
    if titled:
        return "PERSON"
    words = m.text.split()
    if m.label in _THING_LABELS and span.root.dep_ in ("nsubj", "nsubjpass") \
            and span.root.head.lemma_ in SPEECH_VERBS:
        return "PERSON"
    if len(words) > 1 and words[-1] in ORG_SUFFIXES and m.label != "ORG" \
            and (m.label != "PERSON" or words[-1] in STRONG_ORG_SUFFIXES):
        return "ORG"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in PLACE_FOLLOWERS and m.label in ("ORG", "PERSON", "LOC", "FAC", "GPE"):
        return "GPE"
    before = doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.text in LOCATION_PREPOSITIONS and m.label == "ORG" and len(words) == 1
            and not is_acronym(m.text) and m.text[:1].isupper() and not m.text.isupper()
            and m.text not in ORG_SUFFIXES):  # "in Congress", "in Parliament" stay organizations
        return "GPE"
    return None


def vote_labels(mentions: list[Mention]) -> list[Mention]:
    """Relabel mentions of one folded name to the label holding a strict majority of the weight."""
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        weights[_vote_key(m)][m.label] += mention_weight(m)
    out = []
    for m in mentions:
        w = weights[_vote_key(m)]
        best = max(w, key=lambda lab: w[lab])
        if best != m.label and w[best] > sum(w.values()) - w[best]:
            m = replace(m, label=best, source="names:vote")
        out.append(m)
    return out


def mention_weight(m: Mention) -> int:
    """A label confirmed by context or an acronym definition counts twice as much as a raw tag."""
    return 2 if m.source in (CONTEXT, "names:acronym", "names:title") else 1


def _vote_key(m: Mention) -> str:
    return m.kind + ":" + folded_key(m.text)
