"""The timeline keeps intervals: a month is a bar from its first to its last day, never a fake day."""

from __future__ import annotations

from storyline.model import Claim, Event, Span, TimeValue, ValueReport
from storyline.present.timeline import build_timeline, timeline_svg, timeline_text


def _event(id: str, value: str | None, conflicts: bool = False) -> Event:
    date = TimeValue(value=value, granularity=None) if value else None
    return Event(id=id, type="ASSAULT", date=date, location_text="Tarvin",
                 mentions=(Span("a1", 0, 6, "attack"), Span("a2", 3, 9, "blast")),
                 conflicts={"fatalities": (ValueReport(3, ("a1",)), ValueReport(5, ("a2",)))} if conflicts else {})


def test_build_timeline_orders_by_start_and_keeps_month_intervals() -> None:
    items = build_timeline([_event("e1", "2023-02"), _event("e2", "2023-01-30"), _event("e3", None)], [])
    assert [i.id for i in items] == ["e2", "e1", "e3"]
    month = items[1]
    assert (month.value, month.granularity, month.earliest, month.latest) == ("2023-02", "month", "2023-02-01",
                                                                              "2023-02-28")
    assert items[2].dated is False


def test_build_timeline_day_before_month_that_starts_with_it() -> None:
    items = build_timeline([_event("m", "2023-02"), _event("d", "2023-02-01")], [])
    assert [i.id for i in items] == ["d", "m"]


def test_build_timeline_sources_conflicts_and_claims() -> None:
    claim = Claim(id="c1", article="a3", start=0, end=10, speaker=None, speaker_text="Mayor Lisk",
                  cue="said", content="the bridge will reopen",
                  time=TimeValue(value="2023-03-01", granularity="day", earliest="2023-03-01",
                                 latest="2023-03-01"))
    items = build_timeline([_event("e1", "2023-02-26", conflicts=True)], [claim])
    assert items[0].sources == ("a1", "a2")
    assert items[0].conflict is True
    assert items[1].kind == "claim"
    assert items[1].sources == ("a3",)
    assert "Mayor Lisk" in items[1].label


def test_timeline_svg_draws_bars_dots_and_escapes() -> None:
    ev = _event("e1", "2023-02")
    ev2 = Event(id="e2", type="VISIT", date=TimeValue(value="2023-02-20"),
                mentions=(Span("a1", 0, 5, "<b>visit</b>"),))
    svg = timeline_svg(build_timeline([ev, ev2, _event("e3", None)], []))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<rect" in svg and "<circle" in svg
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert "undated" in svg


def test_timeline_text_shows_month_as_month() -> None:
    text = timeline_text(build_timeline([_event("e1", "2023-02")], []))
    assert "2023-02 [2023-02-01 .. 2023-02-28]" in text
    assert "2023-02-01  event" not in text
