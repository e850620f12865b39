"""Small readers of event mentions shared by the event tests (the ``events_of`` fixture is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from storyline.model import EventMention

Events = Callable[[str], list[EventMention]]


def kinds(evs: list[EventMention]) -> set[tuple[str, str | None]]:
    """The (type, sub-type) pairs of ``evs``."""
    return {(e.type, e.subtype) for e in evs}


def one(evs: list[EventMention], type_: str, subtype: str) -> EventMention:
    """The one mention of ``evs`` of that type and sub-type (fails, listing them all, where there is none or more)."""
    found = [e for e in evs if (e.type, e.subtype) == (type_, subtype)]
    assert len(found) == 1, [(e.text, e.type, e.subtype) for e in evs]
    return found[0]
