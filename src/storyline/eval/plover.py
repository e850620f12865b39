"""`storyline eval plover RECORDS_JSON`: event typing and actor roles on PLOVER gold sentences.

Each record is one sentence with a gold PLOVER category, source actors and
(in half of them) target actors. We run baseline + time + events on the
sentence and take our *main* event: the typed event whose trigger is
nearest the root of the parse (ties: leftmost), skipping generic mentions.
Its PLOVER label is :func:`storyline.analyze.events.ontology.plover_of` of its
type and sub-type, except that PLOVER codes an *expressed intent* to do
something cooperative as AGREE, so an expected/planned cooperative event
("Finland will give Tanzania a grant") is scored as AGREE.

Figures: coverage (share of sentences where we produce a typed event), type
accuracy on covered sentences and over all sentences, "any-event" accuracy
(the gold type is the label of some event we found: an upper bound for a
better main-event choice), and source/target match: our actor (target)
participant text shares a word with a gold source (target) actor text,
over the records that have such gold actors and where we found an event.
Our side is the participant's text and the whole noun phrase of each such
argument (actor; or target, recipient, participant, place) of the main event and of
events embedded under its trigger ("agreed to provide aid *for Romania*").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.analyze.events.ontology import plover_of
from storyline.analyze.pipeline import AnalysisState, Analyzer
from storyline.config import Config
from storyline.model import Article, EventMention

COOPERATIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT", "AGREE"})
STOP = frozenset({"the", "of", "and", "a", "an", "'s", "s", "in", "for", "to"})


def analyze_texts(texts: list[str], components: tuple[str, ...] = ("baseline", "time", "events")
                  ) -> Iterator[AnalysisState]:
    """Run a reduced pipeline over plain texts, yielding each finished state (parse + events)."""
    analyzer = Analyzer(Config(components=components)).warm_up()
    docs = analyzer.resources.nlp.pipe(texts, batch_size=32)
    for n, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        state = AnalysisState(article=Article(id=f"t{n}", text=text), doc=doc, config=analyzer.config)
        for comp in analyzer.components:
            comp(state)
        yield state


def _depth(state: AnalysisState, ev: EventMention) -> int:
    span = state.doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return 99
    tok, depth = span.root, 0
    while tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def main_event(state: AnalysisState, sentence_only: bool = False) -> EventMention | None:
    """The typed, non-generic event nearest the parse root (in the first sentence when asked)."""
    evs = [e for e in state.events if e.type != "OTHER" and e.modality != "generic"]
    if sentence_only and evs:
        first = min(e.sentence_start for e in evs)
        evs = [e for e in evs if e.sentence_start == first]
    if not evs:
        return None
    return min(evs, key=lambda e: (_depth(state, e), e.start))


def plover_label(ev: EventMention) -> str | None:
    """PLOVER category of one of our mentions (intent to cooperate is AGREE, as PLOVER codes it)."""
    if ev.modality in ("expected", "planned") and ev.type in COOPERATIVE:
        return "AGREE"
    return plover_of(ev.type, ev.subtype)


TARGET_ROLES = frozenset({"target", "recipient", "participant", "place", "place?"})


def target_phrases(state: AnalysisState, ev: EventMention, roles: frozenset[str] = TARGET_ROLES) -> list[str]:
    """Our phrases in ``roles``: arguments (whole noun phrase) of the event and of events embedded in it."""
    doc = state.doc
    root = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    inside = [ev]
    if root is not None:
        sub = {t.i for t in root.root.subtree}
        for e in state.events:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if e is not ev and span is not None and span.root.i in sub:
                inside.append(e)
    out = []
    for e in inside:
        for p in [*e.participants, *([e.location] if e.location else [])]:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if p.role in roles and span is not None:
                head = span.root
                out.append(doc[head.left_edge.i: head.right_edge.i + 1].text)
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
    for rec, state in zip(records, analyze_texts([r["text"] for r in records]), strict=True):
        n += 1
        gold = rec["event"]
        ev = main_event(state)
        labels = {plover_label(e) for e in state.events if e.type != "OTHER"}
        any_correct += gold in labels
        if ev is None:
            continue
        covered += 1
        label = plover_label(ev) or "NONE"
        correct += label == gold
        confusion[(gold, label)] += 1
        src, tgt = _actors(rec.get("source")), _actors(rec.get("target"))
        if src:
            src_n += 1
            src_ok += _match([p.text for p in ev.participants if p.role == "actor"]
                             + target_phrases(state, ev, frozenset({"actor"})), src)
        if tgt:
            tgt_n += 1
            tgt_ok += _match(target_phrases(state, ev), tgt)
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


def main(path: Path, limit: int | None = None, json_out: Path | None = None) -> dict[str, Any]:
    """Score event typing and actor roles on PLOVER records at ``path``; print and return the figures."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if limit is not None:
        records = records[:limit]
    result = evaluate(records)
    print("PLOVER gold sentences")
    for k, v in result.items():
        print(f"  {k}: {v}")
    if json_out is not None:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
