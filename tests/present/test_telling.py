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
