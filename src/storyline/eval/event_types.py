"""The story's events of each short text, for the event-typing scorers (PLOVER, CASE 2021).

Each text (a gold sentence or snippet) becomes an article that goes through
the shipped analysis and is fused as a corpus of its own
(:mod:`storyline.eval.shipped`), as a user would analyze one article: the
texts are unrelated and undated, and fused together, fusion would join
incidents of different texts. A text's events are its story's events
(fusion has already left out generic and untyped mentions). What the scorers add is only *which* of those events a
one-label gold record is compared with, read off the shipped parse by a
hook after the last component: how deep each event mention's trigger lies
in its sentence's parse (the main event is the shallowest), which event
mentions lie inside another's phrase ("agreed to provide aid *for Romania*"),
and the whole noun phrase of each argument (to compare with the gold actor
texts).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from storyline.analyze.pipeline import AnalysisState
from storyline.config import DEFAULT_COMPONENTS
from storyline.eval.shipped import run_shipped
from storyline.model import Article, Event, EventMention


@dataclass(frozen=True)
class TextEvent:
    """A story event as one text tells it: the event, its mention in this text, and that trigger's depth."""

    event: Event
    mention: EventMention
    depth: int


@dataclass
class Parses:
    """What the scorers read off the shipped parse (see the module docstring)."""

    depth: dict[str, int] = field(default_factory=dict)  # event mention id -> depth of its trigger
    inside: dict[str, list[str]] = field(default_factory=dict)  # event mention id -> mentions in its phrase
    phrase: dict[tuple[str, int, int], str] = field(default_factory=dict)  # argument span -> whole noun phrase

    def tap(self, state: AnalysisState) -> None:
        doc, aid = state.doc, state.article.id
        heads = {}
        for ev in state.events:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            heads[ev.id] = span.root
            self.depth[ev.id] = _depth(span.root)
            for p in [*ev.participants, *([ev.location] if ev.location else [])]:
                self.phrase[(aid, p.start, p.end)] = _phrase(doc, p.start, p.end) or p.text
        for mid, head in heads.items():
            below = {t.i for t in head.subtree}
            self.inside[mid] = [other for other, h in heads.items() if other != mid and h.i in below]


def _depth(tok: object) -> int:
    depth = 0
    while tok.head.i != tok.i:  # type: ignore[attr-defined]
        tok, depth = tok.head, depth + 1  # type: ignore[attr-defined]
    return depth


def _phrase(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    return doc[head.left_edge.i: head.right_edge.i + 1].text


def text_events(texts: list[str]) -> tuple[list[list[TextEvent]], dict[str, Event], Parses]:
    """For each text, the story events it tells; every event by mention id; and the parse readings."""
    parses = Parses()
    articles = [Article(id=f"t{n}", text=text) for n, text in enumerate(texts)]
    # one corpus per text (module docstring)
    result = run_shipped(articles, groups={a.id: a.id for a in articles}, hooks={DEFAULT_COMPONENTS[-1]: parses.tap})
    mentions = {m.id: m for a in result.analyses.values() for m in a.events}
    by_text: dict[str, list[TextEvent]] = defaultdict(list)
    by_mention: dict[str, Event] = {}
    for story in result.stories.values():
        for event in story.events:
            best: dict[str, TextEvent] = {}
            for mid in event.mention_ids:
                by_mention[mid] = event
                m = mentions.get(mid)
                if m is None:
                    continue
                te = TextEvent(event, m, parses.depth.get(mid, 99))
                old = best.get(m.article)
                if old is None or (te.depth, m.start) < (old.depth, old.mention.start):
                    best[m.article] = te
            for aid, te in best.items():
                by_text[aid].append(te)
    return [by_text.get(a.id, []) for a in articles], by_mention, parses
