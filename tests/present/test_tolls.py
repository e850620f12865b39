"""Toll lines: the latest figure, the range, the revisions; parts of a toll, older and claimed figures apart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

import pytest

from storyline.model import Article, Event, EventMention, Figure, Quantity, Span
from storyline.present.incidents import Incident
from storyline.present.tolls import spread_words, toll_item, toll_reports

ARTICLES = {a.id: a for a in [
    Article("a1", "x", outlet="Orvani Herald", published="2031-03-04"),
    Article("a2", "x", outlet="Karvosh Star", published="2031-03-05"),
    Article("a3", "x", outlet="Valdora Today", published="2031-03-10"),
    Article("a4", "x", outlet="Tavra Front channel", published="2031-03-11"),
]}


@dataclass(frozen=True)
class ReportedEvent(Event):
    """An event as fusion keeps it once story@1 ``events[].reports`` is in the model."""

    reports: tuple[Any, ...] = ()


def _report(article: str, lo: int | None, hi: int | None, status: str = "current", revision: str | None = None,
            qualifier: str | None = None, kind: str = "killed") -> dict[str, Any]:
    return {"kind": kind, "min": lo, "max": hi, "qualifier": qualifier, "text": "", "article": article,
            "start": 0, "end": 5, "published": ARTICLES[article].published, "status": status, "revision": revision}


def _incident(ev: Event) -> Incident:
    return Incident(ev, (ev,), tuple(dict.fromkeys(m.article for m in ev.mentions)))


def test_toll_from_fused_reports_keeps_statuses_apart() -> None:
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(14, 14),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ARTICLES),
                       reports=(_report("a1", 12, None, qualifier="at least"),
                                _report("a2", 2, 2, status="partial"),  # "including two police officers"
                                _report("a2", 14, 14, revision="up"),
                                _report("a3", 12, 12, status="earlier"),  # "initially put at 12"
                                _report("a3", 14, 14),
                                _report("a4", 20, 20, status="claimed")))  # the attackers' own count
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities)
    assert item is not None
    assert item.text == ("14 killed, the latest figure (Valdora Today, 10 March 2031); reports range from 12 to 14: "
                         "first at least 12 (4 March 2031), then 14 (5 March 2031); the perpetrators claimed 20.")
    assert [c.article for c in item.parts[0].cites] == ["a3"]  # the last report giving the headline


def test_a_denied_figure_is_told_as_denied_not_as_the_perpetrators_claim() -> None:
    fig = SimpleNamespace(kind="killed", min=9000, max=9000, text="9,000", start=0, end=5, qualifier=None,
                          revision=None, partial=False, earlier=False, claimed=True, denied=True, group=None)
    mention = SimpleNamespace(id="a3:ev0", article="a3", figures=(fig,))
    ev = ReportedEvent("ev1", "DISASTER", fatalities=Quantity(3000, 3000),
                       mentions=(Span("a1", 0, 4, "flood"), Span("a3", 0, 4, "flood")),
                       reports=(_report("a1", 3000, 3000), {**_report("a3", 9000, 9000, status="claimed"),
                                                           "mention": "a3:ev0"}))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {"a3:ev0": mention}), "killed", ARTICLES, ev.fatalities)
    assert item is not None and item.text == "3,000 killed; a report of 9,000 killed was denied."


def test_a_lower_figure_not_read_as_a_revision_is_no_step() -> None:
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(14, 14),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ("a1", "a2", "a3")),
                       reports=(_report("a1", 14, 14), _report("a2", 16, 16, revision="up"), _report("a3", 12, 12)))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, Quantity(16, 16))
    assert item is not None and item.text.endswith("first 14 (4 March 2031), then 16 (5 March 2031).")
    assert "range from 12 to 16" in item.text


def test_the_range_ends_are_figures_the_line_tells() -> None:
    # a floor the same day's higher count meets ("at least 9" beside 11) is one step told as 11, and a figure
    # between two marked revisions that fusion did not read as one (a part left current, "3") is no step: neither
    # is an end of the range, which would otherwise name a number the reader finds nowhere beside a date
    arts = {**ARTICLES, "b1": Article("b1", "x", outlet="Lowland Gazette", published="2031-03-04"),
            "b2": Article("b2", "x", outlet="Sorvik Daily", published="2031-03-04")}
    reports = ({**_report("a1", 9, None, qualifier="at least")}, {**_report("a1", 9, None), "article": "b1"},
               {**_report("a1", 11, 11), "article": "b2"}, _report("a2", 3, 3), _report("a3", 15, 15, revision="up"))
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(15, 15),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ("a1", "b1", "b2", "a2", "a3")), reports=reports)
    found = toll_reports(_incident(ev), arts, {})
    item = toll_item(found, "killed", arts, Quantity(15, 15))
    assert item is not None
    assert item.text == ("15 killed, the latest figure (Valdora Today, 10 March 2031); reports range from 11 to 15: "
                         "first 11 (4 March 2031), then 15 (10 March 2031)."), item.text
    spread = spread_words(found, "killed", arts)
    assert spread is not None and spread.startswith("killed: from 11 to 15: first 11 ("), spread


def test_a_floor_below_an_earlier_count_is_no_later_figure() -> None:
    # 12 killed on the first day (two reports), then 20, then 31; a week later a report recalls the first day in
    # looser words, "at least 12": both are true, so the toll did not change, and that report is not the latest
    arts = {**ARTICLES, "b1": Article("b1", "x", outlet="Lowland Gazette", published="2031-03-04"),
            "b5": Article("b5", "x", outlet="Sorvik Daily", published="2031-03-17")}
    reports = (_report("a1", 12, 12), {**_report("a1", 12, 12), "article": "b1"}, _report("a2", 20, 20),
               _report("a3", 31, 31), {**_report("a1", 12, None, qualifier="at least"), "article": "b5",
                                       "published": "2031-03-17"})
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(12, 12),
                       mentions=tuple(Span(a, 0, 4, "raid") for a in ("a1", "b1", "a2", "a3", "b5")), reports=reports)
    found = toll_reports(_incident(ev), arts, {})
    text = toll_item(found, "killed", arts, Quantity(12, 12), marked=False).text  # type: ignore[union-attr]
    assert "the latest figure (Sorvik Daily" not in text and "(17 March 2031)" not in text, text
    assert text.startswith("12 killed (Orvani Herald, 4 March 2031); later reports give 31 (10 March 2031)"), text
    assert text.endswith("first 12 (4 March 2031), then 20 (5 March 2031), then 31 (10 March 2031)."), text
    # negative: a floor above the count before it is a step ("at least 40" after 31)
    higher = (*reports[:4], {**reports[4], "min": 40})
    text = toll_item(toll_reports(_incident(replace(ev, reports=higher)), arts, {}), "killed", arts,
                     Quantity(12, 12), marked=False).text  # type: ignore[union-attr]
    assert text.endswith("then 31 (10 March 2031), then at least 40 (17 March 2031)."), text


def test_toll_from_mention_figures_and_agreeing_reports() -> None:
    fig = SimpleNamespace
    mentions: dict[str, Any] = {
        "a1:ev0": SimpleNamespace(id="a1:ev0", article="a1", start=0, end=4, sentence_start=0, sentence_end=9,
                                  fatalities=None, injured=None,
                                  figures=(fig(kind="killed", min=14, max=14, text="14", start=1, end=3,
                                               qualifier=None, revision=None, partial=False, earlier=False,
                                               claimed=False),
                                           fig(kind="killed", min=2, max=2, text="two police officers", start=5,
                                               end=8, qualifier=None, revision=None, partial=True, earlier=False,
                                               claimed=False))),
        "a2:ev0": SimpleNamespace(id="a2:ev0", article="a2", start=0, end=4, sentence_start=0, sentence_end=9,
                                  fatalities=Quantity(14, 14), injured=None, figures=()),
    }
    ev = Event("ev1", "ASSAULT", mentions=(Span("a1", 0, 4, "bomb"), Span("a2", 0, 4, "bomb")),
               mention_ids=("a1:ev0", "a2:ev0"))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "killed", ARTICLES)
    assert item is not None and item.text == "14 killed."
    assert {c.article for c in item.sources} == {"a1", "a2"}
    assert toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "injured", ARTICLES) is None


def test_one_count_in_two_wordings_is_one_step() -> None:
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(6, 6),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ("a1", "a2", "a3")),
                       reports=(_report("a1", 5, 5), _report("a1", 5, None, qualifier="at least"),
                                _report("a2", 5, 5), _report("a3", 6, 6)))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, Quantity(6, 6),
                     marked=False)
    assert item is not None and item.text.endswith("first 5 (4 March 2031), then 6 (10 March 2031).")


def test_a_headline_older_than_other_reports_is_not_called_the_latest() -> None:
    # fusion kept 14 (given twice); a later report says 12 without revising it: the sentence must not call 14
    # "the latest figure", and says what came later; a later bound 14 meets ("nearly 20") is no other figure
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(14, 14),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ("a1", "a2", "a3")),
                       reports=(_report("a1", 14, 14), _report("a2", 14, 14), _report("a3", 12, 12)))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities)
    assert item is not None and "latest" not in item.text
    assert item.text.startswith("14 killed (Karvosh Star, 5 March 2031); a later report gives 12 (10 March 2031)")
    assert [c.article for c in item.parts[1].cites] == ["a3"]
    bound = replace(ev, reports=(*ev.reports[:2], _report("a3", None, 20, qualifier="nearly")))
    item = toll_item(toll_reports(_incident(bound), ARTICLES, {}), "killed", ARTICLES, ev.fatalities)
    assert item is not None and item.text.startswith("14 killed, the latest figure (Karvosh Star, 5 March 2031)")


def test_figures_of_one_day_that_agree_are_one_step() -> None:
    # "more than 196" and "nearly 200" on one day are one count in two wordings; 183 days before is a step
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(183, 183),
                       mentions=tuple(Span(a, 0, 4, "crash") for a in ("a1", "a3", "a4")),
                       reports=(_report("a1", 183, 183), _report("a3", 196, None, qualifier="more than"),
                                _report("a3", None, 200, qualifier="nearly")))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities, marked=False)
    assert item is not None
    assert item.text.endswith("first 183 (4 March 2031), then more than 196 (10 March 2031).")
    exact = replace(ev, reports=(*ev.reports, _report("a4", 199, 199)))  # the same day's exact count tells the step
    exact = replace(exact, reports=tuple({**r, "published": "2031-03-10"} if r["article"] == "a4" else r
                                         for r in exact.reports))
    item = toll_item(toll_reports(_incident(exact), ARTICLES, {}), "killed", ARTICLES, ev.fatalities, marked=False)
    assert item is not None and item.text.endswith("first 183 (4 March 2031), then 199 (10 March 2031).")


def test_a_range_whose_top_is_only_a_lower_bound_keeps_its_qualifier() -> None:
    ev = ReportedEvent("ev1", "ACCIDENT", fatalities=Quantity(270, None, "270+", "more than"),
                       mentions=tuple(Span(a, 0, 4, "crash") for a in ("a1", "a2")),
                       reports=(_report("a1", 40, 40), _report("a2", 270, None, revision="up", qualifier="more than")))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities)
    assert item is not None and item.text.startswith("More than 270 killed, the latest figure")
    assert "range from 40 to more than 270" in item.text  # "270+" is not exactly 270


def test_a_folded_fragments_small_figure_is_a_part_not_a_revision() -> None:
    quake = ReportedEvent("quake", "DISASTER", subtype="earthquake", fatalities=Quantity(1400, 1400),
                          mentions=(Span("a1", 0, 4, "quake"),),
                          reports=(_report("a1", 800, None, qualifier="at least"), _report("a3", 1400, 1400)))
    # a killing folded under it: "another 12 were killed in the next province" (a part), "1,400 died" (the toll)
    side = ReportedEvent("side", "ASSAULT", subtype="killing", mentions=(Span("a4", 0, 4, "killed"),),
                         reports=(_report("a4", 12, 12), _report("a2", 1200, 1200)))
    inc = Incident(quake, (quake, side), ("a1", "a2", "a3", "a4"))
    reports = toll_reports(inc, ARTICLES, {})
    assert [(r.quantity.min, r.status) for r in reports] == [(800, "current"), (1200, "current"),
                                                             (1400, "current"), (12, "partial")]
    # the lead's own small figure stays what fusion read it as
    lead = replace(quake, reports=(*quake.reports, _report("a4", 12, 12)))
    assert toll_reports(Incident(lead, (lead,), ("a1",)), ARTICLES, {})[-1].status == "current"


def test_figures_of_one_day_are_told_rising() -> None:
    # two outlets on one day give 50 and 41 (which came first the dates cannot say): the toll is told rising
    ev = ReportedEvent("ev1", "ACCIDENT", fatalities=Quantity(59, 59),
                       mentions=tuple(Span(a, 0, 4, "capsizing") for a in ("a1", "a2", "a3", "a4")),
                       reports=(_report("a1", 38, None, qualifier="at least"), _report("a2", 50, 50),
                                _report("a3", 41, 41), _report("a4", 59, 59)))
    same_day = replace(ev, reports=tuple({**r, "published": "2031-03-05"} if r["article"] == "a3" else r
                                         for r in ev.reports))
    item = toll_item(toll_reports(_incident(same_day), ARTICLES, {}), "killed", ARTICLES, ev.fatalities,
                     marked=False)
    assert item is not None
    assert item.text.endswith("first at least 38 (4 March 2031), then 41 (5 March 2031), then 50 (5 March 2031), "
                              "then 59 (11 March 2031)."), item.text


def _lead(fatalities: Quantity, *reports: dict[str, Any], rising: bool = False,
          known: dict[str, Article] = ARTICLES) -> str:
    """The toll line fusion's headline ``fatalities`` and these reports make (no revision marks)."""
    articles = tuple(dict.fromkeys(r["article"] for r in reports))
    ev = ReportedEvent("ev1", "ACCIDENT", fatalities=fatalities, reports=reports,
                       mentions=tuple(Span(a, 0, 4, "crash") for a in articles))
    item = toll_item(toll_reports(_incident(ev), known, {}), "killed", known, fatalities, marked=False,
                     rising=rising)
    assert item is not None
    return item.text


@pytest.mark.parametrize(("fatalities", "reports", "lead"), [
    # fusion kept 72 (a breakdown's "Tolvar: 72" read as the toll); 150, the count all the others give, is
    # reported as late: it leads, and the line never calls 72 the latest figure
    (Quantity(72, 72), (("a1", 150, 150, None), ("a2", 150, 150, None), ("a3", 72, 72, None),
                        ("a4", 150, 150, None)), "150 killed, the latest figure (Tavra Front channel, 11 March 2031)"),
    # one source's later figure is still told as later when nobody repeats the older figure after it
    (Quantity(150, 150), (("a1", 150, 150, None), ("a2", 150, 150, None), ("a3", 72, 72, None)),
     "150 killed (Karvosh Star, 5 March 2031); a later report gives 72 (10 March 2031)"),
    # revised down to 84: "nearly 100", before and after the revision, is a rounded word, no count to weigh
    (Quantity(84, 84), (("a1", None, 100, "nearly"), ("a2", None, 100, "almost"), ("a3", 84, 84, None),
                        ("a4", None, 100, "nearly")), "84 killed, the latest figure (Valdora Today"),
    # "at least 137", then "more than 130": the later words are vaguer, not a revision
    (Quantity(130, None, "more than 130", "more than"),
     (("a1", 133, None, "at least"), ("a2", 137, None, "at least"), ("a3", 130, None, "more than")),
     "At least 137 killed, the latest figure (Karvosh Star, 5 March 2031)"),
    # "at least 220", then "at least 204", then "more than 200": the latest count it agrees with, not the highest
    (Quantity(200, None, "more than 200", "more than"),
     (("a1", 220, None, "at least"), ("a2", 204, None, "at least"), ("a3", 200, None, "more than")),
     "At least 204 killed, the latest figure (Karvosh Star, 5 March 2031)"),
    # an exact count is kept as it is, whatever came before it
    (Quantity(84, 84), (("a1", 95, 95, None), ("a3", 84, 84, None)), "84 killed, the latest figure (Valdora Today"),
])
def test_the_headline_is_the_latest_most_widely_counted_figure(
        fatalities: Quantity, reports: tuple[tuple[str, int | None, int | None, str | None], ...], lead: str) -> None:
    text = _lead(fatalities, *(_report(a, lo, hi, qualifier=q) for a, lo, hi, q in reports))
    assert text.startswith(lead), text


def test_an_articles_smaller_figures_beside_its_own_count_are_its_parts() -> None:
    # "a total of 34 dead, 14 at the airport and 20 at the station": 14 and 20 are parts of 34, no step of the
    # toll; 31 the next day is the revision
    text = _lead(Quantity(31, 31), _report("a1", 34, 34), _report("a1", 14, 14), _report("a1", 20, 20),
                 _report("a3", 31, 31))
    assert text.startswith("31 killed, the latest figure (Valdora Today, 10 March 2031)"), text
    assert "range from 31 to 34" in text and " 14 " not in text and " 20 " not in text
    # one count in two wordings in one article is no part ("more than 196", "nearly 200")
    text = _lead(Quantity(196, None, "more than 196", "more than"), _report("a1", 183, 183),
                 _report("a3", 196, None, qualifier="more than"), _report("a3", None, 200, qualifier="nearly"))
    assert text.endswith("first 183 (4 March 2031), then more than 196 (10 March 2031)."), text


def test_a_round_bound_gives_way_to_the_same_articles_closer_count() -> None:
    # "more than 40 were killed ... the bomb in the Sarn market, killing at least 43": fusion takes the first
    # figure as the article's and keeps 43 as "earlier"; the analysis did not read 43 as older, so it is the
    # article's count in closer words; a figure the text tells as older ("initially 43") stays older
    report = {**_report("a2", 43, None, status="earlier", qualifier="at least"), "start": 40, "mention": "m1"}
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(40, None, "more than 40", "more than"),
                       mentions=(Span("a1", 0, 4, "attack"), Span("a2", 0, 4, "attack")),
                       reports=(_report("a1", 41, None, qualifier="at least"),
                                _report("a2", 40, None, qualifier="more than"), report))

    def line(earlier: bool) -> str:
        figure = Figure("killed", 43, None, "at least 43", 40, 52, qualifier="at least", earlier=earlier)
        mentions = {"m1": EventMention("m1", "a2", "ASSAULT", 0, 4, "attack", figures=(figure,))}
        item = toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "killed", ARTICLES, ev.fatalities)
        assert item is not None
        return item.text

    assert line(False).startswith("At least 43 killed, the latest figure (Karvosh Star, 5 March 2031)"), line(False)
    assert line(True).startswith("At least 41 killed"), line(True)
    # a figure far above the bound is another count ("more than 40 killed ... at least 300 wounded" misread)
    far = replace(ev, reports=(*ev.reports[:2], {**report, "min": 300}))
    figure = Figure("killed", 300, None, "at least 300", 40, 52, qualifier="at least")
    mentions = {"m1": EventMention("m1", "a2", "ASSAULT", 0, 4, "attack", figures=(figure,))}
    item = toll_item(toll_reports(_incident(far), ARTICLES, mentions), "killed", ARTICLES, ev.fatalities)
    assert item is not None and "300" not in item.text


def test_a_later_count_a_little_higher_is_the_latest() -> None:
    # 54 (fusion's headline, most sources), then 56 a week later: the dead counted again, it leads
    text = _lead(Quantity(54, 54), _report("a1", 54, 54), _report("a2", 54, 54), _report("a3", 56, 56))
    assert text.startswith("56 killed, the latest figure (Valdora Today, 10 March 2031)"), text
    # far higher, or rounded words, is no recount of the same dead: the headline stays and the line says so
    text = _lead(Quantity(54, 54), _report("a1", 54, 54), _report("a2", 54, 54), _report("a3", 400, 400))
    assert text.startswith("54 killed (Karvosh Star, 5 March 2031); a later report gives 400"), text


def test_a_disasters_toll_of_one_day_and_undated_reports_leads_with_its_top_count() -> None:
    # one day gives 12 and 39 (a rising count: which came first the dates cannot say); an undated report's 70
    # cannot be placed before them; a later lower report of a rising toll is a partial or stale count
    day = {"published": "2031-03-05"}
    text = _lead(Quantity(12, 12), _report("a1", 17, None, qualifier="at least"), {**_report("a2", 12, 12)},
                 {**_report("a3", 39, 39), **day}, rising=True)
    assert text.startswith("39 killed, the latest figure (Valdora Today, 5 March 2031)"), text
    undated = {**_report("a4", 70, 70), "published": None}
    articles = {**ARTICLES, "a4": Article("a4", "x", outlet="Tavra Front channel")}
    text = _lead(Quantity(12, 12), _report("a1", 17, None, qualifier="at least"), _report("a2", 12, 12), undated,
                 rising=True, known=articles)
    assert text.startswith("70 killed, the latest figure (Tavra Front channel)"), text
    # a revision down stops the rising reading; so does an attack (its counts conflict, fusion's headline stays)
    down = _lead(Quantity(12, 12), _report("a1", 17, None, qualifier="at least"),
                 _report("a2", 12, 12, revision="down"), undated, rising=True, known=articles)
    assert down.startswith("12 killed"), down
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(12, 12),
                       reports=(_report("a2", 12, 12), {**_report("a3", 39, 39), **day}),
                       mentions=(Span("a2", 0, 4, "bombing"), Span("a3", 0, 4, "bombing")))
    item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities, marked=False)
    assert item is not None and item.text.startswith("12 killed"), item.text
    assert _lead(Quantity(12, 12), _report("a2", 12, 12), {**_report("a3", 39, 39), **day}).startswith("12 killed")
    # a count of an event folded under the lead (another toll told beside it) does not lead a rising toll
    lead = ReportedEvent("ev1", "DISASTER", fatalities=Quantity(12, 12), reports=(_report("a2", 12, 12),),
                         mentions=(Span("a2", 0, 4, "quake"),))
    other = ReportedEvent("ev2", "DISASTER", reports=({**_report("a3", 39, 39), **day},),
                          mentions=(Span("a3", 0, 4, "quake"),))
    reports = toll_reports(Incident(lead, (lead, other), ("a2", "a3")), ARTICLES, {})
    item = toll_item(reports, "killed", ARTICLES, lead.fatalities, marked=False, rising=True)
    assert item is not None and item.text.startswith("12 killed"), item.text


def test_a_count_of_one_kind_of_victim_beside_a_count_of_people_is_a_part() -> None:
    """"Two reporters died when their hotel collapsed … at least 38 people lost their lives in the tremor":
    fusion takes the article's first figure (2) as its count and keeps 38 as earlier; the analysis read 38 as a
    plain count of people at large, and 2 as one kind of victim: 38 is the article's count, 2 a part of it."""
    two = {**_report("a3", 2, 2), "start": 0, "mention": "m0"}
    most = {**_report("a3", 38, None, status="earlier", qualifier="at least"), "start": 40, "mention": "m1"}
    ev = ReportedEvent("ev1", "DISASTER", fatalities=Quantity(2, 2, "Two reporters"),
                       mentions=(Span("a2", 0, 4, "quake"), Span("a3", 0, 4, "quake")),
                       reports=(_report("a2", 10, 10), two, most))

    def line(group: str | None) -> str:
        mentions = {"m0": EventMention("m0", "a3", "DISASTER", 0, 4, "quake", figures=(
                        Figure("killed", 2, 2, "Two reporters", 0, 13, group=group),)),
                    "m1": EventMention("m1", "a3", "DISASTER", 40, 44, "tremor", figures=(
                        Figure("killed", 38, None, "at least 38 people", 40, 58, qualifier="at least"),))}
        item = toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "killed", ARTICLES, ev.fatalities,
                         rising=True)
        assert item is not None
        return item.text

    assert line("reporters").startswith("At least 38 killed, the latest figure (Valdora Today"), line("reporters")
    assert line(None).startswith("2 killed"), line(None)  # a count of people: the article's first figure stays
    # "2 deaths" counts everyone: a figure told beside it (a quake recalled from another year) is no count of it
    assert line("deaths").startswith("2 killed"), line("deaths")


def test_a_later_count_of_one_kind_of_victim_below_an_earlier_count_is_a_part() -> None:
    def line(group: str | None, earlier: int = 23, qualifier: str | None = None,
             later: tuple[int, int | None, str | None] = (4, 4, None)) -> str:
        lo, hi, later_qualifier = later
        mentions = {"m3": EventMention("m3", "a3", "ASSAULT", 0, 4, "siege", figures=(
            Figure("killed", lo, hi, "four Tarvani guards", 0, 20, qualifier=later_qualifier, group=group),))}
        ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(lo, hi, qualifier=later_qualifier),
                           mentions=(Span("a1", 0, 4, "siege"), Span("a3", 0, 4, "siege")),
                           reports=(_report("a1", earlier, earlier if qualifier is None else None, qualifier=qualifier),
                                    {**_report("a3", lo, hi, qualifier=later_qualifier), "mention": "m3"}))
        item = toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "killed", ARTICLES, ev.fatalities)
        assert item is not None
        return item.text

    assert line("tarvani guards").startswith("23 killed"), line("tarvani guards")
    # negative: a later lower count of people at large is a figure of its own (fusion's headline leads)
    assert line(None).startswith("4 killed"), line(None)
    # negative: rounded words weigh no count down
    assert line("tarvani guards", 20, "more than").startswith("4 killed"), line("tarvani guards", 20, "more than")
    # negative: a looser wording both can be true with is no part ("over 12 guards" after "at least 15")
    looser = line("tarvani guards", 15, "at least", (12, None, "over"))
    assert "range from 12 to at least 15" in looser, looser


def test_one_articles_figure_far_above_the_common_count_that_later_reports_ignore_is_a_stray() -> None:
    def line(*reports: dict[str, Any]) -> str:
        ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(3, 3), reports=reports,
                           mentions=tuple(Span(a, 0, 4, "raid") for a in ARTICLES))
        item = toll_item(toll_reports(_incident(ev), ARTICLES, {}), "killed", ARTICLES, ev.fatalities)
        assert item is not None
        return item.text

    war = _report("a2", 9000, None, qualifier="more than")  # a war's toll told beside the raid
    text = line(_report("a1", 3, 3), war, _report("a3", 3, 3), _report("a4", 3, 3))
    assert "9,000" not in text and text.startswith("3 killed"), text
    # negative: a toll the later reports repeat is a rise, not a stray
    text = line(_report("a1", 3, 3), _report("a2", 40, 40), _report("a3", 40, 40), _report("a4", 40, 40))
    assert "range from 3 to 40" in text, text
    # negative: with one later report of the common count, the figure stays (nothing shows it was ignored)
    text = line(_report("a1", 3, 3), _report("a2", 3, 3), _report("a3", 9000, None, qualifier="more than"),
                _report("a4", 3, 3))
    assert "9,000" in text, text


def test_a_later_higher_floor_is_told_after_the_figure_not_under_latest() -> None:
    # 53 counted twice, recounted "at least 57", then a day later "more than 70": both floors can be true, but
    # the later one says more, so the line must not call 57 the latest figure (and list 70 after it)
    counted = (_report("a1", 53, 53), _report("a2", 53, 53), _report("a3", 57, None, qualifier="at least"))
    text = _lead(Quantity(53, 53), *counted, _report("a4", 70, None, qualifier="more than"))
    assert "latest" not in text, text
    assert text.startswith("At least 57 killed (Valdora Today, 10 March 2031); a later report gives more than 70 "
                           "(11 March 2031)"), text
    # a later floor under the figure ("more than 50") is no other figure
    text = _lead(Quantity(53, 53), *counted, _report("a4", 50, None, qualifier="more than"))
    assert text.startswith("At least 57 killed, the latest figure (Valdora Today, 10 March 2031)"), text


def test_a_tolls_spread_names_the_outlets_of_each_step_and_no_unknown_one_beside_them() -> None:
    known = {**ARTICLES, "a5": Article("a5", "x", published="2031-03-05")}  # no outlet, no link
    ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(14, 14),
                       mentions=tuple(Span(a, 0, 4, "bomb") for a in ("a1", "a2", "a5", "a3")),
                       reports=(_report("a1", 12, None, qualifier="at least"), _report("a2", 14, 14),
                                {**_report("a2", 14, 14), "article": "a5"}, _report("a3", 16, 16),
                                _report("a2", 2, 2, status="partial")))
    reports = toll_reports(_incident(ev), known, {})
    assert spread_words(reports, "killed", known, marked=False) == (
        "killed: from 12 to 16: first at least 12 (Orvani Herald, 4 March 2031), then 14 (Karvosh Star, 5 March "
        "2031), then 16 (Valdora Today, 10 March 2031)")
    same = replace(ev, reports=(_report("a1", 14, 14), _report("a2", 14, 14), _report("a3", 14, None,
                                                                                     qualifier="at least")))
    assert spread_words(toll_reports(_incident(same), known, {}), "killed", known) is None  # one count


def test_a_later_count_of_one_nationality_below_an_earlier_count_of_hostages_is_a_part() -> None:
    def line(group: str, earlier_group: str) -> str:
        mentions = {"m1": EventMention("m1", "a1", "ASSAULT", 0, 4, "siege", figures=(
            Figure("killed", 26, 26, "26 hostages", 0, 20, group=earlier_group),)),
                    "m3": EventMention("m3", "a3", "ASSAULT", 0, 4, "siege", figures=(
            Figure("killed", 5, 5, "five Peruvian citizens", 0, 20, group=group),))}
        ev = ReportedEvent("ev1", "ASSAULT", fatalities=Quantity(5, 5),
                           mentions=(Span("a1", 0, 4, "siege"), Span("a3", 0, 4, "siege")),
                           reports=({**_report("a1", 26, 26), "mention": "m1"},
                                    {**_report("a3", 5, 5), "mention": "m3"}))
        item = toll_item(toll_reports(_incident(ev), ARTICLES, mentions), "killed", ARTICLES, ev.fatalities)
        assert item is not None
        return item.text

    assert line("peruvian citizens", "hostages").startswith("26 killed"), line("peruvian citizens", "hostages")
    # negative: two counts of one nationality, or a kind that names none, stay figures of their own
    assert line("peruvian citizens", "peruvian workers").startswith("5 killed")
    assert line("tarvani guards", "hostages").startswith("5 killed")
