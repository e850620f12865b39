"""Names for ids and the cached timeline, for the API and the pages.

- **Names where ids are asked for**: an ``entity`` parameter takes an id or a
  name (:mod:`storyline.present.lookup`); nothing matching is a 404 that says
  so and suggests the closest names.
- **The timeline** is built over everything in range (incidents need every
  fragment of an incident to collapse them), once per store state and filter;
  pages are cut from it. A page that cannot wait for a build asks
  :func:`timeline_or_token`: the timeline when built in time, else the token of
  its build running off-thread (:mod:`storyline.web.preparing`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from fastapi import HTTPException

from storyline.present.lookup import NoMatch, find_entities
from storyline.present.timeline import TimelineFilter, TimelineItem, timeline_from_store
from storyline.store.base import Store
from storyline.web import preparing
from storyline.web.briefing import store_state

_CACHE_SIZE = 32
_timelines: OrderedDict[tuple[Any, ...], list[TimelineItem]] = OrderedDict()
_lock = threading.Lock()
_building: dict[tuple[Any, ...], threading.Lock] = {}  # one lock per timeline being built


def entity_ids(store: Store, value: str | None) -> frozenset[str]:
    """The entities an ``entity`` parameter names (an id, or a name/alias); 404 when none does."""
    if not value:
        return frozenset()
    try:
        return frozenset(m.id for m in find_entities(store, value))
    except NoMatch as exc:
        raise HTTPException(404, str(exc)) from None


def entity_id(store: Store, value: str | None) -> str | None:
    """The best entity an ``entity`` parameter names (for filters that take one entity)."""
    if not value:
        return None
    try:
        return find_entities(store, value)[0].id
    except NoMatch as exc:
        raise HTTPException(404, str(exc)) from None


def _key(store: Store, filters: TimelineFilter, detail: bool, claims: bool) -> tuple[Any, ...]:
    return (id(store), store_state(store), filters, detail, claims)


def cached_timeline(store: Store, filters: TimelineFilter, detail: bool = False,
                    claims: bool = True) -> list[TimelineItem] | None:
    """The timeline when it is built already, else None (never builds it)."""
    key = _key(store, filters, detail, claims)
    with _lock:
        return _timelines.get(key)


def timeline_or_token(store: Store, filters: TimelineFilter, detail: bool = False, claims: bool = True,
                      wait: float | None = None) -> tuple[list[TimelineItem] | None, str | None]:
    """``(items, None)`` when the timeline is built, or is within ``wait`` seconds; else ``(None, token)``: it is
    being built off the request thread (:func:`storyline.web.preparing.start`), the page says so and polls."""
    found = cached_timeline(store, filters, detail, claims)
    if found is not None:
        return found, None
    token = preparing.start(id(store), _key(store, filters, detail, claims),
                            lambda: timeline(store, filters, detail, claims))
    # built, or failed: then built here, where its error reaches the page
    if preparing.wait(token, preparing.PAGE_WAIT if wait is None else wait):
        return timeline(store, filters, detail, claims), None
    return None, token


def timeline(store: Store, filters: TimelineFilter, detail: bool = False, claims: bool = True) -> list[TimelineItem]:
    """Every timeline item passing ``filters`` (cached per store state; a request for a timeline being built
    waits for that build instead of making a second one)."""
    key = _key(store, filters, detail, claims)
    with _lock:
        if key in _timelines:
            _timelines.move_to_end(key)
            return _timelines[key]
        building = _building.setdefault(key, threading.Lock())
    with building:
        with _lock:
            if key in _timelines:
                return _timelines[key]
        items = timeline_from_store(store, filters, detail=detail, claims=claims)
        with _lock:
            _timelines[key] = items
            _building.pop(key, None)
            while len(_timelines) > _CACHE_SIZE:
                _timelines.popitem(last=False)
    return items
