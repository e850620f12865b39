"""Which incident words and figures tell (storyline.present.telling)."""

from __future__ import annotations

import pytest

from storyline.model import Article, Quantity, Span
from storyline.present.incidents import Incident
from storyline.present.telling import Telling, indefinite
from tests.present.test_tolls import ReportedEvent, _report


@pytest.mark.parametrize(("text", "new"), [("A 5.6-magnitude earthquake", True), ("another strong tremor", True),
                                           ("the official toll from the quake", False),
                                           ("Sunday's powerful 7.2-magnitude earthquake", False)])
def test_words_that_bring_an_incident_in_areindefinite(text: str, new: bool) -> None:
    """"A 5.6-magnitude earthquake" (a mention may start inside the compound) brings one in; "the quake" and
    "Sunday's … earthquake" refer to one the reader knows."""
    noun = text.split()[-1]
    start = text.rindex(noun) if "-" not in text.split()[-2] else text.rindex(text.split()[-2].split("-")[-1])
    assert indefinite(text, start) is new


def test_a_claimed_count_more_reports_give_of_another_incident_is_that_ones() -> None:
    articles = {a: Article(a, "x", outlet=f"Outlet {a}", published="2031-03-0" + a[-1]) for a in
                ("a1", "a2", "a3", "a4")}

    def event(eid: str, *reports: dict[str, object]) -> Incident:
        ev = ReportedEvent(eid, "ASSAULT", fatalities=Quantity(6, 6), reports=reports,  # type: ignore[arg-type]
                           mentions=tuple(Span(str(r["article"]), 0, 4, "raid") for r in reports))
        return Incident(ev, (ev,), tuple(dict.fromkeys(m.article for m in ev.mentions)))

    def claimed(article: str) -> dict[str, object]:
        return {**_report("a1", 11, 11, status="claimed"), "article": article, "published": None}

    market = event("ev1", {**_report("a1", 15, 15), "published": None}, claimed("a2"))
    station = event("ev2", {**_report("a1", 6, 6), "published": None}, claimed("a3"), claimed("a4"))
    telling = Telling(articles, incidents=[market, station])
    assert [r.status for r in telling.reports(market)] == ["current"]  # the station's claim, told once here
    assert sorted(r.status for r in telling.reports(station)) == ["claimed", "claimed", "current"]
    # negative: alone, the claim is the market's
    assert sorted(r.status for r in Telling(articles, incidents=[market]).reports(market)) == ["claimed", "current"]


def test_a_count_of_victims_many_more_articles_give_of_another_incident_is_that_ones() -> None:
    from storyline.model import EventMention, Figure

    recalled = "A mortar attack on Tarn Base killed four guards and injured two others. Later, more raids."
    texts = {"a1": recalled, "a2": "Raids on Delm killed 22 fighters.", "a3": "x" * 40, "a4": "x" * 40,
             "a5": "x" * 40}
    articles = {a: Article(a, t, outlet=f"Outlet {a}", published="2031-03-0" + a[-1]) for a, t in texts.items()}
    mentions: dict[str, EventMention] = {}

    def report(article: str, n: int, group: str | None, at: int = 0, kind: str = "killed") -> dict[str, object]:
        mid = f"{article}:m{at}"
        mentions[mid] = EventMention(mid, article, at, at + 5, "killed", "ASSAULT", figures=(
            Figure(kind, n, n, "figure", at, at + 5, group=group),))
        return {**_report("a1", n, n, kind=kind), "article": article, "published": None, "start": at,
                "end": at + 5, "mention": mid}

    def event(eid: str, *reports: dict[str, object]) -> Incident:
        ev = ReportedEvent(eid, "ASSAULT", reports=reports,  # type: ignore[arg-type]
                           mentions=tuple(Span(str(r["article"]), 0, 4, "raid") for r in reports))
        return Incident(ev, (ev,), tuple(dict.fromkeys(m.article for m in ev.mentions)))

    strikes = event("ev1", report("a1", 4, "guards", 20), report("a1", 2, None, 50, "injured"),
                    report("a2", 22, "fighters", 8))
    drone = event("ev2", *(report(a, 4, "Tarnish guards", 10) for a in ("a3", "a4", "a5")))
    telling = Telling(articles, mentions=mentions, incidents=[strikes, drone])
    # the four guards are the mortar attack's, and the two injured told in their sentence go with them
    assert [(r.kind, r.quantity.min) for r in telling.reports(strikes)] == [("killed", 22)]
    assert len(telling.reports(drone)) == 3
    # negative: alone, or beside an incident that gives the figure no more often, every figure is its own
    alone = Telling(articles, mentions=mentions, incidents=[strikes])
    assert len(alone.reports(strikes)) == 3
    once = event("ev3", report("a3", 4, "guards", 30))
    assert len(Telling(articles, mentions=mentions, incidents=[strikes, once]).reports(strikes)) == 3
