"""The overview's incidents made at the end of a run and kept in the store, so the first overview needs no timeline.

The overview shows the best-attested incidents, the first incidents in the picture and how many there are; all
three come from the whole store's incident timeline (on 1,000 Reuters articles about 5 s of CPU, most of a cold
server's first overview). A run makes them (``run.present_ahead``, beside the overview's briefing) and keeps them
with the store state they were made for (:func:`storyline.web.briefing.store_state`: the last run, the fused
counts and the digest of the presenting code); the server serves them while that state holds and otherwise
builds them from the timeline, as before. Either way the page is the same: the items are the timeline's own,
written as JSON and read back by the model's own loader (:func:`storyline.model.from_dict`).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from dataclasses import dataclass

from storyline.model import from_dict
from storyline.present.overview import best_attested
from storyline.present.timeline import TimelineFilter, TimelineItem, timeline_from_store
from storyline.store.base import Store

log = logging.getLogger(__name__)

STORED_INCIDENTS = "overview-incidents"
PICTURE_ITEMS = 60  # incidents handed to the overview's picture (the timeline page has them all)
#: a run makes the overview's incidents ahead only for stores of up to this many fused events. Their timeline reads
#: every event and the analyses of every article telling one (1k Reuters, 3,243 events: ~3 s of CPU a run), so a
#: run on a larger store would pay a whole-store read for every few articles it adds (issue 11: adding costs what
#: is new); there the server builds them at start-up, as it does for a store an older version made.
AHEAD_MAX_EVENTS = 10_000


@dataclass(frozen=True)
class OverviewIncidents:
    """What the overview shows of the incident timeline."""

    total: int  # incidents on the timeline
    shown: tuple[TimelineItem, ...]  # the best attested, in time order (the incidents table)
    picture: tuple[TimelineItem, ...]  # the first :data:`PICTURE_ITEMS` (the picture)

    @classmethod
    def of(cls, incidents: list[TimelineItem]) -> OverviewIncidents:
        return cls(len(incidents), tuple(best_attested(incidents)), tuple(incidents[:PICTURE_ITEMS]))

    def to_json(self) -> str:
        return json.dumps({"total": self.total, "shown": [dataclasses.asdict(i) for i in self.shown],
                           "picture": [dataclasses.asdict(i) for i in self.picture]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> OverviewIncidents:
        raw = json.loads(data)
        return cls(int(raw["total"]), tuple(from_dict(TimelineItem, i) for i in raw["shown"]),
                   tuple(from_dict(TimelineItem, i) for i in raw["picture"]))


def build_overview_incidents(store: Store) -> OverviewIncidents:
    """From the timeline, as the web overview builds it (incidents only, default filters, not in detail)."""
    return OverviewIncidents.of(timeline_from_store(store, TimelineFilter(), claims=False))


def store_overview_incidents(store: Store, max_events: int = AHEAD_MAX_EVENTS) -> OverviewIncidents | None:
    """Make the overview's incidents and keep them for the state the run leaves (called at the end of a run,
    holding the writer lock, after :func:`storyline.web.briefing.store_overview_brief`: both are kept for the
    same state); None, and nothing made, for a store of more than ``max_events`` events."""
    from storyline.web.briefing import store_state

    if store.count("events") > max_events:
        return None
    made = build_overview_incidents(store)
    store.put_presented(STORED_INCIDENTS, store_state(store), made.to_json())
    return made


_read: dict[tuple[str, str], OverviewIncidents] = {}  # (store url, state) -> read from the store
_read_lock = threading.Lock()


def stored_overview_incidents(store: Store, state: str) -> OverviewIncidents | None:
    """The overview's incidents the last run kept, while the store is in ``state``; None when it is in another
    (a later run, another version of the code) or none were kept. Read from the store once per state."""
    key = (store.url, state)
    with _read_lock:
        if key in _read:
            return _read[key]
    found = store.presented(STORED_INCIDENTS)
    if found is None or found[0] != state:
        return None
    try:
        made = OverviewIncidents.from_json(found[1])
    except (KeyError, TypeError, ValueError):  # written by other code under the same state: build it instead
        log.warning("the stored overview incidents could not be read; building them from the timeline")
        return None
    with _read_lock:
        for old in [k for k in _read if k[0] == store.url]:  # a store is in one state at a time
            del _read[old]
        _read[key] = made
    return made
