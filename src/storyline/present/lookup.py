"""Names where ids are asked for: ``--entity "Lucia Brannock"`` finds the entity (or entities) a reader means.

An exact id is taken as is. Otherwise the name is looked up in the store's
full-text index of entity names and aliases (every word must occur, the last
as a prefix: "brann" finds "Lucia Brannock"); entities whose name or an alias
is exactly the text come first. When nothing matches, :class:`NoMatch` says so
and suggests the closest known names.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from storyline.store.base import Store

MAX_MATCHES = 10


class NoMatch(LookupError):
    """Nothing in the store matches the name; ``suggestions`` are the closest entity names."""

    def __init__(self, text: str, suggestions: list[str]) -> None:
        self.text = text
        self.suggestions = suggestions
        hint = f" Did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {text!r} in this store.{hint}")


@dataclass(frozen=True)
class EntityMatch:
    id: str
    name: str


def _hits(store: Store, text: str) -> list[EntityMatch]:
    try:
        hits = store.search(text, kinds=["entity"], limit=50)
    except ValueError:  # text the full-text syntax cannot take: fall back to a substring of the name
        hits = []
    found = [EntityMatch(h.id, h.title) for h in hits if h.kind == "entity"]
    if not found:
        found = [EntityMatch(e.id, e.name) for e in store.list_entities(limit=50, q=text)]
    return found


def find_entities(store: Store, text: str) -> list[EntityMatch]:
    """The entities ``text`` names (an id, or a name/alias), best first; raises :class:`NoMatch`."""
    text = " ".join(text.split())
    if not text:
        raise NoMatch(text, [])
    direct = store.entity(text)
    if direct is not None:
        return [EntityMatch(direct.id, direct.name)]
    found = _hits(store, text)
    if not found:
        raise NoMatch(text, suggest(store, text))
    folded = text.casefold()
    found.sort(key=lambda m: (m.name.casefold() != folded, -fuzz.ratio(m.name.casefold(), folded)))
    return list({m.id: m for m in found}.values())[:MAX_MATCHES]


def suggest(store: Store, text: str, n: int = 3) -> list[str]:
    """The known entity names closest to ``text`` (among the most mentioned ones)."""
    names = list(dict.fromkeys(e.name for e in store.list_entities(limit=300)))
    return [name for name, score, _ in process.extract(text, names, scorer=fuzz.WRatio, limit=n) if score >= 75]
