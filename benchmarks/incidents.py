"""How the display's incident collapse scales: synthetic events, timed at growing sizes (ratios in one run).

    .venv/bin/python benchmarks/incidents.py [--sizes 2500 5000 10000 20000]

Events are made up (a few kinds, a year of dates, 300 places, a third with no stated date, story
clusters of about 20 articles, fragments and duplicates of one another);
:func:`storyline.present.incidents.collapse` groups them exactly as the briefing and the timeline do.
A quadratic collapse would take 4x the time for 2x the events; the last column says how far each size
is from linear (1.0 = linear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from storyline.model import Event, Participant, Quantity, Span, TimeValue
from storyline.present.incidents import collapse

KINDS = [("ASSAULT", "bombing"), ("ASSAULT", "shooting"), ("ASSAULT", "killing"), ("DISASTER", "flood"),
         ("PROTEST", None), ("COERCE", "arrest")]


def make(n: int, seed: int = 1) -> tuple[list[Event], dict[str, str], dict[str, list[str]]]:
    """``n`` events told by about ``2n`` articles in story clusters of about 20 articles."""
    rnd = random.Random(seed)
    start = dt.date(2023, 1, 1)
    published: dict[str, str] = {}
    clusters: dict[str, list[str]] = {}
    events = []
    for i in range(n):
        day = start + dt.timedelta(days=rnd.randrange(365))
        story = rnd.randrange(max(1, n // 10))
        arts = []
        for _ in range(rnd.randint(1, 3)):
            aid = f"a{story}-{rnd.randrange(20)}"
            published.setdefault(aid, (day + dt.timedelta(days=rnd.randrange(4))).isoformat())
            clusters.setdefault(aid, [f"s{story}"])
            arts.append(aid)
        type_, sub = rnd.choice(KINDS)
        stated = rnd.random() < 0.66
        date = TimeValue(day.isoformat(), source="clause" if stated else "dct")
        place = f"p{rnd.randrange(300)}" if rnd.random() < 0.7 else None
        who = (Participant("target", "x", 0, 1, entity=f"e{rnd.randrange(2000)}"),) if rnd.random() < 0.2 else ()
        toll = Quantity(k, k, str(k)) if (k := rnd.randrange(40)) > 30 else None
        events.append(Event(f"ev{i}", type_, subtype=sub, date=date, location=place, location_text=place,
                            participants=who, fatalities=toll,
                            mentions=tuple(Span(a, 0, 4, "word") for a in arts)))
    return events, published, clusters


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000])
    args = ap.parse_args()
    types = {f"e{i}": "PERSON" for i in range(2000)}
    base: tuple[int, float] | None = None
    print(f"{'events':>8}  {'incidents':>9}  {'seconds':>8}  {'vs linear':>9}")
    for n in args.sizes:
        events, published, clusters = make(n)
        t = time.perf_counter()
        incidents = collapse(events, published, clusters, entity_types=types)
        took = time.perf_counter() - t
        base = base or (n, took)
        ratio = (took / base[1]) / (n / base[0])
        print(f"{n:>8}  {len(incidents):>9}  {took:8.2f}  {ratio:9.2f}")


if __name__ == "__main__":
    main()
