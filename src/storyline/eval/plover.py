"""`storyline eval plover RECORDS_JSON`: event typing and actor roles on PLOVER gold sentences.

Each record is one sentence with a gold PLOVER category, source actors and
(in half of them) target actors. The sentences go through the shipped
analysis and fusion, each as its own corpus (:mod:`storyline.eval.event_types`), and a
sentence's *main* event is the story event whose mention there lies nearest
the root of the parse (ties: leftmost). Its label is the story's
``Event.plover``, exactly what ``storyline analyze`` exports: no relabelling
here.

Figures: coverage (share of sentences with a story event PLOVER has a category for), type
accuracy on covered sentences and over all sentences, "any-event" accuracy
(the gold type is the label of some event of the sentence: an upper bound for
a better main-event choice), and source/target match: one of our phrases
shares a word with a gold source (target) actor text, over the records that
have such gold actors and where we found an event. Our phrases: the event's
participant texts in the role (actor; or target, recipient, participant,
place), with the whole noun phrase of each of them in this sentence, and those
of the events whose mention lies inside the main one's phrase ("agreed to
provide aid *for Romania*").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.eval.event_types import Parses, TextEvent, text_events
from storyline.eval.splits import pick
from storyline.model import Event

STOP = frozenset({"the", "of", "and", "a", "an", "'s", "s", "in", "for", "to"})
TARGET_ROLES = frozenset({"target", "recipient", "participant", "place", "place?"})


def main_event(events: list[TextEvent]) -> TextEvent | None:
    """The story event with a PLOVER category whose mention in the sentence is nearest the parse root (then
    leftmost). Events of types PLOVER has no category for (an election, a marriage: ``Event.plover`` None)
    are outside what the dataset codes, as a sentence with no event is."""
    return min((te for te in events if te.event.plover), key=lambda te: (te.depth, te.mention.start), default=None)


def phrases(main: TextEvent, by_mention: dict[str, Event], parses: Parses, roles: frozenset[str]) -> list[str]:
    """Our phrases in ``roles``: the main event's and those of events whose mention lies inside its phrase."""
    events = [main.event] + [by_mention[mid] for mid in parses.inside.get(main.mention.id, []) if mid in by_mention]
    out = []
    for ev in events:
        for p in ev.participants:
            if p.role in roles:
                out += [p.text, parses.phrase.get((main.mention.article, p.start, p.end), p.text)]
        if "place" in roles and ev.location_text:
            out.append(ev.location_text)
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in STOP}


def _actors(field: Any) -> list[str]:
    if not isinstance(field, list):
        return []
    return [a.get("actorText", "") for a in field if isinstance(a, dict) and a.get("actorText")]


def _match(ours: list[str], gold: list[str]) -> bool:
    return any(_words(o) & _words(g) for o in ours for g in gold)


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    n = covered = correct = any_correct = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    per_text, by_mention, parses = text_events([r["text"] for r in records])
    for rec, events in zip(records, per_text, strict=True):
        n += 1
        gold = rec["event"]
        any_correct += gold in {te.event.plover for te in events}
        main = main_event(events)
        if main is None:
            continue
        covered += 1
        label = main.event.plover or "NONE"
        correct += label == gold
        confusion[(gold, label)] += 1
        src, tgt = _actors(rec.get("source")), _actors(rec.get("target"))
        if src:
            src_n += 1
            src_ok += _match(phrases(main, by_mention, parses, frozenset({"actor"})), src)
        if tgt:
            tgt_n += 1
            tgt_ok += _match(phrases(main, by_mention, parses, TARGET_ROLES), tgt)
    return {
        "records": n, "coverage": round(covered / n, 4) if n else 0.0,
        "type_accuracy_covered": round(correct / covered, 4) if covered else 0.0,
        "type_accuracy_all": round(correct / n, 4) if n else 0.0,
        "any_event_accuracy": round(any_correct / n, 4) if n else 0.0,
        "source_match": round(src_ok / src_n, 4) if src_n else 0.0, "source_records": src_n,
        "target_match": round(tgt_ok / tgt_n, 4) if tgt_n else 0.0, "target_records": tgt_n,
        "top_confusions": [f"{g}->{p}: {c}" for (g, p), c in Counter(
            {k: v for k, v in confusion.items() if k[0] != k[1]}).most_common(12)],
    }


def main(path: Path, limit: int | None = None, json_out: Path | None = None, split: str | None = None
         ) -> dict[str, Any]:
    """Score event typing and actor roles on PLOVER records at ``path``; print and return the figures."""
    records = json.loads(pick(Path(path), split, ".json").read_text(encoding="utf-8"))
    if limit is not None:
        records = records[:limit]
    result = evaluate(records)
    print("PLOVER gold sentences")
    for k, v in result.items():
        print(f"  {k}: {v}")
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
