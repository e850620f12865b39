"""The overview's best-attested incidents: the most independent sources first, shown in time order."""

from __future__ import annotations

from storyline.present.overview import best_attested
from storyline.present.timeline import TimelineItem


def _item(id: str, day: str | None, sources: int) -> TimelineItem:
    return TimelineItem("event", id, id, day, "day" if day else None, day, day, independent_sources=sources)


def test_best_attested_leaves_single_source_incidents_out_when_enough_have_two() -> None:
    items = [_item("visit", None, 1), _item("crash", "2031-03-04", 9), _item("arrest", "2031-03-09", 3),
             _item("probe", "2031-03-06", 2), _item("payment", None, 1)]
    assert [i.id for i in best_attested(items)] == ["crash", "arrest", "probe"]  # in the timeline's order
    few = [_item("visit", None, 1), _item("crash", "2031-03-04", 9), _item("payment", None, 1)]
    assert [i.id for i in best_attested(few)] == ["visit", "crash", "payment"]  # too few: the list is filled
    assert [i.id for i in best_attested(items, n=2)] == ["crash", "arrest"]
