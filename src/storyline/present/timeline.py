"""The timeline: events and claims ordered by date, keeping each date's uncertainty.

A fact dated "2023-02" is an interval (Feb 1 - Feb 28), sorted by its start and
drawn as a bar, never a fake day; a day is a dot. Undated facts are listed
after the dated ones, apart. ``build_timeline`` is the query; ``timeline_svg``
and ``timeline_text`` render it for the web UI and the CLI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from storyline.model import Claim, Event, TimeValue
from storyline.timevalues import granularity_of, time_bounds


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "event" | "claim"
    id: str
    label: str
    value: str | None
    granularity: str | None
    earliest: str | None  # ISO day, inclusive
    latest: str | None
    sources: tuple[str, ...] = ()  # article ids
    conflict: bool = False

    @property
    def dated(self) -> bool:
        return self.earliest is not None and self.latest is not None


def _interval(time: TimeValue | None) -> tuple[str | None, str | None, str | None, str | None]:
    """value, granularity, earliest, latest of a time (the interval recomputed from the value if missing)."""
    if time is None or not time.value:
        return None, None, None, None
    earliest, latest = time_bounds(time)
    return time.value, time.granularity or granularity_of(time.value), earliest, latest


def event_label(ev: Event) -> str:
    what = (ev.subtype or ev.type or "event").replace("_", " ").lower()
    where = f" in {ev.location_text}" if ev.location_text else ""
    if ev.mentions:
        return f"{what}{where}: {ev.mentions[0].text}"
    return f"{what}{where}"


def build_timeline(events: Sequence[Event], claims: Sequence[Claim]) -> list[TimelineItem]:
    """Dated items by start, then end (a day before the month that holds it), then undated ones."""
    items: list[TimelineItem] = []
    for ev in events:
        value, gran, lo, hi = _interval(ev.date)
        sources = tuple(dict.fromkeys(m.article for m in ev.mentions))
        items.append(TimelineItem("event", ev.id, event_label(ev), value, gran, lo, hi, sources,
                                  conflict=bool(ev.conflicts)))
    for cl in claims:
        value, gran, lo, hi = _interval(cl.time)
        who = cl.speaker_text or "someone"
        label = f"{who}: {cl.content}" if cl.content else who
        items.append(TimelineItem("claim", cl.id, label, value, gran, lo, hi, (cl.article,)))
    dated = sorted((i for i in items if i.dated),
                   key=lambda i: (i.earliest or "", i.latest or "", i.kind, i.id))
    undated = sorted((i for i in items if not i.dated), key=lambda i: (i.kind, i.id))
    return dated + undated


def timeline_text(items: Sequence[TimelineItem]) -> str:
    """Plain text for the CLI: one line per item, the date as the text gives it (month stays a month)."""
    lines = []
    for i in items:
        when = i.value if i.dated else "undated"
        span = f" [{i.earliest} .. {i.latest}]" if i.dated and i.earliest != i.latest else ""
        flag = " (conflicting reports)" if i.conflict else ""
        lines.append(f"{when:>12}{span}  {i.kind}: {i.label}{flag}  <{', '.join(i.sources)}>")
    return "\n".join(lines)


def timeline_svg(items: Sequence[TimelineItem], width: int = 900, row: int = 22) -> str:
    """A simple SVG: intervals as bars, days as dots on a shared date axis, undated items listed below."""
    dated = [i for i in items if i.dated]
    undated = [i for i in items if not i.dated]
    height = row * (len(items) + 3)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12" role="img" aria-label="timeline">']
    left, right = 110, width - 20
    if dated:
        lo = min(dt.date.fromisoformat(i.earliest or "") for i in dated)
        hi = max(dt.date.fromisoformat(i.latest or "") for i in dated)
        days = max((hi - lo).days, 1)

        def x(d: str) -> float:
            return left + (right - left) * 0.6 * (dt.date.fromisoformat(d) - lo).days / days

        out.append(f'<text x="4" y="{row - 6}">{escape(lo.isoformat())} .. {escape(hi.isoformat())}</text>')
        for n, i in enumerate(dated, start=1):
            y = row * n + row / 2
            x0, x1 = x(i.earliest or ""), x(i.latest or "")
            color = "#c0392b" if i.conflict else "#2c6fbb"
            if i.earliest == i.latest:
                out.append(f'<circle cx="{x0:.1f}" cy="{y:.1f}" r="5" fill="{color}"/>')
            else:
                out.append(f'<rect x="{x0:.1f}" y="{y - 5:.1f}" width="{max(x1 - x0, 3):.1f}" height="10" '
                           f'fill="{color}" opacity="0.6"/>')
            out.append(f'<text x="4" y="{y + 4:.1f}">{escape(i.value or "")}</text>')
            out.append(f'<text x="{max(x1, x0) + 8:.1f}" y="{y + 4:.1f}">{escape(_short(i.label))}</text>')
    base = row * (len(dated) + 2)
    if undated:
        out.append(f'<text x="4" y="{base}" font-weight="bold">undated</text>')
        for n, i in enumerate(undated, start=1):
            out.append(f'<text x="4" y="{base + row * n}">{escape(i.kind)}: {escape(_short(i.label))}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
