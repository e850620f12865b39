"""Which two place names can be where one incident happened, read off the articles (for display).

Fusion compares places with the corpus's place graph (:mod:`storyline.fuse.places`:
"Velogorsk, near Tarvin", "Arequipa, Peru", spelling variants such
as Kyiv / Kiev); the graph is not stored, so the display rebuilds it, lazily:
only the articles of the events being compared are read, once each, so the
cost follows the number of place conflicts, not the size of the store.

``Places.compatible(a, b, articles)`` answers for two place entity ids; a place
known only as text (no entity) is compatible with the same text only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from storyline.fuse.places import (
    PLACE_TYPES,
    PlaceGraph,
    PlaceMention,
    is_country_name,
    read_relations,
    spelling_variants,
)
from storyline.model import Story
from storyline.store.base import Store

#: (article id) -> (text, place mentions resolved to entities)
Loader = Callable[[Sequence[str]], Iterable[tuple[str, str, list[PlaceMention]]]]


class Places:
    """Place compatibility from the articles read so far (more are read when a comparison needs them)."""

    def __init__(self, load: Loader, names: Mapping[str, str], types: Mapping[str, str]) -> None:
        self._load = load
        self.names = dict(names)
        self.types = {k: v.upper() for k, v in types.items()}
        self.graph = PlaceGraph(names=self.names)
        self._read: set[str] = set()
        self.mentioned: dict[str, set[str]] = {}  # article id -> the place entities it names (of those read)
        self.aliases: dict[str, list[str]] = {}  # entity id -> its surface forms, most used first (when known)
        self._dirty = True
        self._learn: Callable[[set[str]], None] = lambda ids: None  # names and types of unseen entities

    def is_entity(self, place: str) -> bool:
        return self.types.get(place, "") in PLACE_TYPES

    def is_country(self, place: str) -> bool:
        return self.is_entity(place) and is_country_name(self.names.get(place, ""))

    def _note(self, eid: str) -> None:
        if self.types.get(eid) in PLACE_TYPES and is_country_name(self.names.get(eid, "")):
            self.graph.countries.add(eid)
        if self.types.get(eid) in ("FAC", "LOC"):
            self.graph.sites.add(eid)

    def read(self, articles: Iterable[str]) -> None:
        """Read what these articles say about their places (each article once)."""
        todo = sorted(set(articles) - self._read)
        if not todo:
            return
        self._read.update(todo)
        for aid, text, mentions in self._load(todo):
            for m in mentions:
                self._note(m.entity)
                if self.is_entity(m.entity):
                    self.mentioned.setdefault(aid, set()).add(m.entity)
            read_relations(self.graph, text, mentions, self.names)
        self._dirty = True

    def compatible(self, a: str, b: str, articles: Iterable[str] = ()) -> bool:
        """Can one incident have happened at both places? (the same place, one inside or near the other, ...)"""
        if a == b:
            return True
        if not (a in self.types and b in self.types):  # a store's entities are learned as they are met
            self._learn({a, b})
        if not (self.is_entity(a) and self.is_entity(b)):
            return False
        self._note(a)
        self._note(b)
        self.read(articles)
        if self._dirty:
            self._refresh()
        return self.graph.compatible(a, b)

    def around(self, place: str, articles: Iterable[str] = ()) -> list[str]:
        """The places these articles put around ``place``: what holds it, and what lies near it (a country only
        as what holds it: an incident near a border is not in the country across it)."""
        self.read(articles)
        if self._dirty:
            self._refresh()
        near = {e for e in self.graph.near.get(place, ()) if not self.is_country(e)}
        return sorted(e for e in self.graph.ancestors(place) | near if e != place and self.is_entity(e))

    def named_in(self, articles: Iterable[str]) -> list[str]:
        """The place entities these articles name."""
        articles = list(articles)
        self.read(articles)
        return sorted({e for a in articles for e in self.mentioned.get(a, ())})

    def _refresh(self) -> None:
        places = {e: n for e, n in self.names.items() if self.types.get(e) in PLACE_TYPES}
        spelling_variants(self.graph, places)
        self.graph.__dict__.pop("_up", None)  # containment grew: recompute what lies in what
        self.graph.__dict__.pop("_down", None)
        self.graph.finish()
        self._dirty = False

    @classmethod
    def of_story(cls, story: Story) -> Places:
        """For a story in memory: its entities' place mentions and its article texts."""
        types = {e.id: e.type for e in story.entities}
        per_article: dict[str, list[PlaceMention]] = {}
        for e in story.entities:
            if e.type.upper() in PLACE_TYPES:
                for m in e.mentions:
                    per_article.setdefault(m.article, []).append(PlaceMention(m.start, m.end, e.id))
        texts = {a.id: a.text for a in story.articles}

        def load(ids: Sequence[str]) -> list[tuple[str, str, list[PlaceMention]]]:
            return [(a, texts[a], per_article.get(a, [])) for a in ids if a in texts]

        places = cls(load, {e.id: e.name for e in story.entities}, types)
        places.aliases = {e.id: sorted(e.aliases, key=lambda a: -e.aliases[a]) for e in story.entities}
        return places

    @classmethod
    def of_store(cls, store: Store, names: Mapping[str, str], types: Mapping[str, str]) -> Places:
        """For a store: the texts and entity mentions of the articles compared, read when first needed."""
        places = cls(lambda ids: [], names, types)

        def load(ids: Sequence[str]) -> list[tuple[str, str, list[PlaceMention]]]:
            out = []
            for art in store.articles(list(ids)):
                found = store.mention_entities(art.id)
                _learn(store, places, set(found.values()))
                mentions = [PlaceMention(s, e, eid) for (s, e), eid in found.items()
                            if places.types.get(eid) in PLACE_TYPES]
                out.append((art.id, art.text, mentions))
            return out

        places._load = load
        places._learn = lambda ids: _learn(store, places, ids)
        return places


def _learn(store: Store, places: Places, ids: set[str]) -> None:
    """Names and types of entities not seen yet (headers, one query each; an article names few new ones)."""
    for eid in sorted(ids - places.types.keys()):
        head = store.entity_header(eid)
        places.types[eid] = (head.type if head else "").upper()
        if head is not None:
            places.names[eid] = head.name
            places.aliases[eid] = sorted(head.aliases, key=lambda a: -head.aliases[a])
