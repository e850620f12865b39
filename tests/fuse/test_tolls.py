"""Casualty reports of one incident: the headline figure, revisions and conflicts, the way ACLED keeps them."""

from __future__ import annotations

from storyline.fuse import tolls
from storyline.model import (
    Article,
    Event,
    EventMention,
    Figure,
    Participant,
    Quantity,
    Story,
    story_from_json,
    story_to_json,
)

Fig = tuple[str, str, int | None, int | None]  # article, text, min, max


def _figure(text: str, lo: int | None, hi: int | None, **kw: object) -> Figure:
    return Figure(kind=str(kw.pop("kind", "killed")), min=lo, max=hi, text=text, start=0, end=len(text),
                  **kw)  # type: ignore[arg-type]


def _choose(*reports: tuple[str, str, Figure], copies: dict[str, str] | None = None) -> tuple:  # type: ignore[type-arg]
    """(article id, published day, figure) -> what fusion keeps: headlines, conflicts, reports."""
    copies = copies or {}
    arts = {aid: Article(id=aid, text="", published=day, published_granularity="day" if day else None,
                         copy_of=copies.get(aid)) for aid, day, _ in reports}
    mentions = [EventMention(id=f"{aid}:ev{n}", article=aid, start=0, end=1, text="x", type="ASSAULT",
                             figures=(fig,)) for n, (aid, _, fig) in enumerate(reports)]
    return tolls.choose(tolls.collect(mentions, arts), arts)


def test_tolls_headline_is_the_most_recent_day() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("at least 10", 10, None, qualifier="at least")),
                                  ("a2", "2031-05-06", _figure("risen to 14", 14, 14, revision="up")),
                                  ("a3", "2031-05-07", _figure("14 people", 14, 14)))
    assert (heads["killed"].min, heads["killed"].max) == (14, 14) and not conflicts


def test_tolls_a_change_revises_down_as_well() -> None:
    heads, conflicts, reports = _choose(("a1", "2031-05-05", _figure("risen to 16", 16, 16, revision="up")),
                                        ("a2", "2031-05-08", _figure("revised down to 15", 15, 15, revision="down")))
    assert heads["killed"].min == 15 and not conflicts
    assert {r.revision for r in reports if r.article == "a2"} == {"down"}


def test_tolls_stale_figure_after_a_revision_is_a_conflict() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("has risen to 14", 14, 14, revision="up")),
                                  ("a2", "2031-05-07", _figure("killed 12 people", 12, 12)),
                                  ("a3", "2031-05-08", _figure("stands at 14", 14, 14, revision="update")))
    assert heads["killed"].min == 14
    values = {(v.value["min"], v.articles) for v in conflicts["fatalities"]}
    assert values == {(12, ("a2",)), (14, ("a1", "a3"))}


def test_tolls_same_day_disagreement_is_a_conflict_and_the_lower_wins() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("34 people", 34, 34)),
                                  ("a2", "2031-05-05", _figure("52 people", 52, 52)))
    assert heads["killed"].min == 34 and "fatalities" in conflicts


def test_tolls_rising_reports_without_cues_are_revisions_not_conflicts() -> None:
    heads, conflicts, reports = _choose(("a1", "2031-05-05", _figure("10 people", 10, 10)),
                                        ("a2", "2031-05-06", _figure("35 people", 35, 35)))
    assert heads["killed"].min == 35 and not conflicts
    assert [r.revision for r in reports if r.article == "a2"] == ["up"]


def test_tolls_most_widely_reported_on_the_latest_day() -> None:
    heads, _, _ = _choose(("a1", "2031-05-06", _figure("20 people", 20, 20)),
                          ("a2", "2031-05-06", _figure("22 people", 22, 22)),
                          ("a3", "2031-05-06", _figure("22 killed", 22, 22)))
    assert heads["killed"].min == 22


def test_tolls_copies_count_once() -> None:
    heads, _, _ = _choose(("a1", "2031-05-06", _figure("20 people", 20, 20)),
                          ("a2", "2031-05-06", _figure("22 people", 22, 22)),
                          ("a3", "2031-05-06", _figure("22 people", 22, 22)), copies={"a3": "a2"})
    assert heads["killed"].min == 20  # one source each: the conservative figure


def test_tolls_a_precise_figure_stands_against_a_later_bound() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-06", _figure("31 wounded", 31, 31, kind="injured")),
                                  ("a2", "2031-05-09", _figure("more than 30", 30, None, kind="injured",
                                                               qualifier="more than")))
    assert (heads["injured"].min, heads["injured"].max) == (31, 31) and not conflicts


def test_tolls_a_later_bound_beyond_an_exact_figure_leaves_it_behind() -> None:
    # "more than 200" says the count is not 200: the exact 200 of an earlier day does not stand against it
    heads, _, _ = _choose(("a1", "2031-05-06", _figure("200 injured", 200, 200, kind="injured")),
                          ("a2", "2031-05-09", _figure("more than 200", 200, None, kind="injured",
                                                       qualifier="more than")))
    assert (heads["injured"].min, heads["injured"].max) == (200, None)
    # negative: "at least 200" allows 200, which stands
    heads, _, _ = _choose(("a1", "2031-05-06", _figure("200 injured", 200, 200, kind="injured")),
                          ("a2", "2031-05-09", _figure("at least 200", 200, None, kind="injured",
                                                       qualifier="at least")))
    assert (heads["injured"].min, heads["injured"].max) == (200, 200)


def test_tolls_an_articles_current_figure_is_one_told_as_news() -> None:
    # "tensions escalated after two soldiers were killed in a blast" (background), then "the clashes have killed at
    # least 33" (news): the article's current count is 33, not the first figure it gives
    arts = {"a1": Article(id="a1", text="", published="2031-05-09", published_granularity="day")}
    older = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="killed", type="ASSAULT", background=True,
                         figures=(Figure(kind="killed", min=2, max=2, text="two soldiers", start=10, end=22),))
    news = EventMention(id="a1:ev1", article="a1", start=30, end=31, text="clashes", type="ASSAULT",
                        figures=(Figure(kind="killed", min=33, max=None, text="at least 33", start=40, end=51,
                                        qualifier="at least"),))
    reports = tolls.collect([older, news], arts)
    assert {r.text: r.status for r in reports} == {"two soldiers": "earlier", "at least 33": "current"}
    # negative: an article that tells the incident only as background keeps its first figure
    reports = tolls.collect([older], arts)
    assert [r.status for r in reports] == ["current"]


def test_tolls_a_later_size_in_words_leaves_the_count_it_fits() -> None:
    heads, _, _ = _choose(("a1", "2031-05-06", _figure("more than 200", 200, None, kind="injured",
                                                       qualifier="more than")),
                          ("a2", "2031-05-06", _figure("over 200", 200, None, kind="injured", qualifier="over")),
                          ("a3", "2031-05-06", _figure("200 injured", 200, 200, kind="injured")),
                          ("a4", "2031-05-07", _figure("hundreds", 100, None, kind="injured", qualifier="hundreds")))
    assert (heads["injured"].min, heads["injured"].max) == (200, None)
    # negative: a size in words alone is the headline
    heads, _, _ = _choose(("a4", "2031-05-07", _figure("hundreds", 100, None, kind="injured", qualifier="hundreds")))
    assert (heads["injured"].min, heads["injured"].max) == (100, None)


def test_tolls_the_perpetrators_count_is_kept_but_never_headline() -> None:
    heads, conflicts, reports = _choose(("a1", "2031-05-06", _figure("six officers", 6, 6)),
                                        ("a2", "2031-05-06", _figure("11 policemen", 11, 11, claimed=True)))
    assert heads["killed"].min == 6 and not conflicts
    assert {r.status for r in reports} == {"current", "claimed"}


def test_tolls_one_article_current_figure_is_its_new_total() -> None:
    arts = {"a1": Article(id="a1", text="", published="2031-05-06", published_granularity="day")}
    m = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        _figure("at least 44", 44, None, qualifier="at least", earlier=True),
        Figure(kind="killed", min=54, max=54, text="risen to 54", start=50, end=61, revision="up"),
        Figure(kind="killed", min=2, max=2, text="two of the wounded", start=70, end=88, partial=True)))
    reports = tolls.collect([m], arts)
    assert {r.text: r.status for r in reports} == {"at least 44": "earlier", "risen to 54": "current",
                                                   "two of the wounded": "partial"}
    assert all(r.article == "a1" and r.published == "2031-05-06" and r.mention == "a1:ev0" for r in reports)


def test_tolls_first_day_counts_overtaken_later_are_one_rising_count() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("12 people died", 12, 12)),
                                  ("a2", "2031-05-05", _figure("at least 40", 40, None, qualifier="at least")),
                                  ("a3", "2031-05-06", _figure("has risen to 93", 93, 93, revision="up")))
    assert heads["killed"].min == 93 and not conflicts
    # negative: the same two figures with nothing after them still disagree
    _, conflicts, _ = _choose(("a1", "2031-05-05", _figure("12 people died", 12, 12)),
                              ("a2", "2031-05-05", _figure("at least 40", 40, None, qualifier="at least")))
    assert "fatalities" in conflicts


def test_tolls_first_day_counts_reached_again_later_are_one_rising_count() -> None:
    # 18, 45 and 96 wounded on the day of the attack, 96 given again the next day: the count coming in
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("18 wounded", 18, 18, kind="injured")),
                                  ("a2", "2031-05-05", _figure("45 wounded", 45, 45, kind="injured")),
                                  ("a3", "2031-05-05", _figure("96 wounded", 96, 96, kind="injured")),
                                  ("a4", "2031-05-06", _figure("96 wounded", 96, 96, kind="injured")))
    assert heads["injured"].min == 96 and not conflicts
    # negative: a later day that gives less than the first day's top leaves the first day's disagreement
    _, conflicts, _ = _choose(("a1", "2031-05-05", _figure("18 wounded", 18, 18, kind="injured")),
                              ("a3", "2031-05-05", _figure("96 wounded", 96, 96, kind="injured")),
                              ("a4", "2031-05-06", _figure("80 wounded", 80, 80, kind="injured")))
    assert "injured" in conflicts


def test_tolls_a_number_stands_before_a_word() -> None:
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("thousands", 1000, None, qualifier="thousands")),
                                ("a2", "2031-05-05", _figure("3,958", 3958, 3958)))
    assert heads["killed"].min == 3958


def test_tolls_one_article_current_figure_is_a_number_before_a_word() -> None:
    arts = {"a1": Article(id="a1", text="", published="2031-05-06", published_granularity="day")}
    m = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="DISASTER", figures=(
        _figure("thousands of people", 1000, None, qualifier="thousands"),
        Figure(kind="killed", min=4000, max=None, text="more than 4,000", start=50, end=65, qualifier="more than")))
    assert {r.text: r.status for r in tolls.collect([m], arts)} == {"thousands of people": "earlier",
                                                                   "more than 4,000": "current"}


def test_tolls_a_recap_of_an_old_count_never_undoes_a_rise() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("killed 12 people", 12, 12)),
                                  ("a2", "2031-05-06", _figure("has risen to 16", 16, 16, revision="up")),
                                  ("a3", "2031-05-09", _figure("the bombing, which killed 12", 12, 12)))
    assert heads["killed"].min == 16
    assert "fatalities" in conflicts  # the old count given after the new one is still a disagreement
    # negative: a lower figure first given after the rise (a quiet correction) is the latest figure
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("has risen to 16", 16, 16, revision="up")),
                          ("a2", "2031-05-09", _figure("15 people died", 15, 15)))
    assert heads["killed"].min == 15


def test_tolls_a_same_day_correction_that_names_the_old_figure_comes_after_it() -> None:
    day1 = [("a9", "2031-05-06", _figure("has risen to 174", 174, 174, revision="up")),
            ("a2", "2031-05-06", _figure("revised down to 125", 125, 125, revision="down")),
            ("a2", "2031-05-06", Figure(kind="killed", min=174, max=174, text="put the figure at 174", start=40,
                                        end=61, earlier=True))]
    # the next day a paper still gives 174: the correction stands
    heads, _, _ = _choose(*day1, ("a3", "2031-05-07", _figure("at least 174 died", 174, None, qualifier="at least")))
    assert heads["killed"].min == 125
    # negative: without the correction's mention of 174 the two new totals of the day are unordered, and the
    # later day's figure is the latest report
    heads, _, _ = _choose(*day1[:2], ("a3", "2031-05-07", _figure("at least 174 died", 174, None,
                                                                  qualifier="at least")))
    assert heads["killed"].min == 174


def test_tolls_one_outlets_round_figure_does_not_outrank_several_outlets_count() -> None:
    heads, _, reports = _choose(("a1", "2031-05-05", _figure("84 people", 84, 84)),
                                ("a2", "2031-05-05", _figure("84 worshippers", 84, 84)),
                                ("a3", "2031-05-06", _figure("killed 100", 100, 100)),
                                ("a4", "2031-05-06", _figure("at least 84", 84, None, qualifier="at least")),
                                ("a5", "2031-05-06", _figure("84 people", 84, 84)))
    assert (heads["killed"].min, heads["killed"].max) == (84, 84)
    assert not [r for r in reports if r.article == "a3" and r.revision]  # no rise from one outlet's round figure


def test_tolls_an_approximation_does_not_outrank_several_outlets_count() -> None:
    more = _figure("more than 100", 100, None, qualifier="more than")
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("84 people", 84, 84)),
                          ("a2", "2031-05-06", more), ("a3", "2031-05-06", more),
                          ("a4", "2031-05-06", _figure("84 people", 84, 84)),
                          ("a5", "2031-05-06", _figure("84 dead", 84, 84)))
    assert heads["killed"].min == 84


def test_tolls_a_single_later_count_still_revises_an_older_one() -> None:
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("84 people", 84, 84)),
                          ("a2", "2031-05-05", _figure("84 dead", 84, 84)),
                          ("a3", "2031-05-06", _figure("killed 90", 90, 90)))
    assert heads["killed"].min == 90  # several sources' count of an earlier day does not hold a later one back


def test_tolls_a_rise_to_less_than_the_running_toll_repeats_an_old_rise() -> None:
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("has risen to 100", 100, 100, revision="up")),
                          ("a2", "2031-05-06", _figure("has risen to 120", 120, 120, revision="up")),
                          ("a3", "2031-05-06", _figure("stands at 120", 120, 120, revision="update")),
                          ("a4", "2031-05-07", _figure("has risen to 100", 100, 100, revision="up")))
    assert heads["killed"].min == 120


def test_tolls_a_size_in_words_is_no_rival_of_a_count() -> None:
    heads, conflicts, _ = _choose(
        ("a1", "2031-05-05", _figure("thousands of people", 1000, None, qualifier="thousands")),
        ("a2", "2031-05-06", _figure("killed 120", 120, 120)),
        ("a3", "2031-05-06", _figure("120 people", 120, 120)))
    assert heads["killed"].min == 120 and not conflicts


def test_tolls_a_figure_its_clause_dates_before_the_article_is_not_the_articles_latest() -> None:
    arts = {"a1": Article(id="a1", text="", published="2031-05-07", published_granularity="day")}
    # "on Tuesday revised from 109 to 96 ... In an interview on Monday the health minister revised it from 118 to
    # 109": told last, Monday's revision is still the older one
    m = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        Figure(kind="killed", min=96, max=96, text="from 109 to 96", start=10, end=23, revision="down", previous=109),
        Figure(kind="killed", min=109, max=109, text="from 118 to 109", start=90, end=104, revision="down",
               previous=118, date="2031-05-06")))
    assert {r.text: r.status for r in tolls.collect([m], arts)} == {"from 109 to 96": "current",
                                                                    "from 118 to 109": "earlier"}
    # with no dates, the chain of revisions says which total came last: 109 was replaced by 96
    undated = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        Figure(kind="killed", min=96, max=96, text="from 109 to 96", start=10, end=23, revision="down", previous=109),
        Figure(kind="killed", min=109, max=109, text="from 118 to 109", start=90, end=104, revision="down",
               previous=118)))
    assert {r.text: r.status for r in tolls.collect([undated], arts)}["from 109 to 96"] == "current"
    # negative: two new totals that do not chain keep the last told
    loose = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        Figure(kind="killed", min=96, max=96, text="risen to 96", start=10, end=21, revision="up"),
        Figure(kind="killed", min=109, max=109, text="risen to 109", start=90, end=101, revision="up")))
    assert {r.text: r.status for r in tolls.collect([loose], arts)}["risen to 109"] == "current"


def test_tolls_an_articles_only_figure_dated_by_its_clause_counts_on_that_day() -> None:
    # "59 people were killed on Monday" in Wednesday's article is Monday's count: Tuesday's rise stands
    heads, conflicts, _ = _choose(
        ("a1", "2031-05-05", _figure("killed 40", 40, 40)),
        ("a2", "2031-05-06", _figure("has risen to 80", 80, 80, revision="up")),
        ("a3", "2031-05-07", _figure("59 people were killed on Monday", 59, 59, date="2031-05-05")))
    assert heads["killed"].min == 80 and not conflicts  # (40 and 59 on Monday: the count coming in, overtaken)
    # negative: undated, Wednesday's 59 is the latest day's figure
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("killed 40", 40, 40)),
                          ("a2", "2031-05-06", _figure("has risen to 80", 80, 80, revision="up")),
                          ("a3", "2031-05-07", _figure("59 people were killed", 59, 59)))
    assert heads["killed"].min == 59


def test_tolls_a_rise_after_a_downward_correction_is_no_rival_of_the_corrected_figure() -> None:
    day1 = ("a1", "2031-05-05", _figure("killed 118", 118, 118))
    fix = ("a2", "2031-05-06", _figure("revised down to 96", 96, 96, revision="down"))
    later = ("a3", "2031-05-07", _figure("killed 102 people", 102, 102))
    heads, conflicts, _ = _choose(day1, fix, later)
    assert heads["killed"].min == 102 and "fatalities" not in conflicts
    # negative: without the correction a later, lower count is a disagreement
    heads, conflicts, _ = _choose(day1, later)
    assert "fatalities" in conflicts
    # negative: the corrected value given again after the correction still disagrees with the later count
    heads, conflicts, _ = _choose(day1, fix, ("a4", "2031-05-07", _figure("at least 118", 118, None,
                                                                         qualifier="at least")),
                                  ("a3", "2031-05-08", _figure("killed 102 people", 102, 102)))
    assert "fatalities" in conflicts


def test_tolls_an_incident_told_only_with_older_figures_keeps_them() -> None:
    # "a bombing at a mosque had killed 62 people" (past perfect, recalled): its only figure is its headline
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("had killed 62 people", 62, 62, earlier=True)))
    assert heads["killed"].min == 62
    # negative: beside a current figure an older one never heads
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("had killed 62 people", 62, 62, earlier=True)),
                          ("a2", "2031-05-06", _figure("70 people", 70, 70)))
    assert heads["killed"].min == 70


def test_tolls_a_rise_to_less_than_several_outlets_count_of_its_day_is_an_older_rise() -> None:
    day1 = ("a1", "2031-05-05", _figure("at least 120", 120, None, qualifier="at least", kind="injured"))
    rise = ("a2", "2031-05-06", _figure("went up to 140", 140, 140, revision="up", kind="injured"))
    heads, _, _ = _choose(day1, rise, ("a3", "2031-05-06", _figure("205 are wounded", 205, 205, kind="injured")),
                          ("a4", "2031-05-06", _figure("at least 205", 205, None, qualifier="at least",
                                                       kind="injured")))
    assert heads["injured"].min == 205
    # negative: one outlet's higher count does not set the rise aside
    heads, _, _ = _choose(day1, rise, ("a3", "2031-05-06", _figure("205 are wounded", 205, 205, kind="injured")))
    assert heads["injured"].min == 140


def test_tolls_a_bound_agreeing_with_an_older_rise_leaves_several_outlets_count() -> None:
    # "more than 150" agrees with the morning's "went up to 140"... and with "205" that two outlets give: the
    # exact figure it agrees with is the one several outlets give, not the outvoted rise
    day1 = ("a1", "2031-05-05", _figure("at least 120", 120, None, qualifier="at least", kind="injured"))
    rise = ("a2", "2031-05-06", _figure("went up to 160", 160, 160, revision="up", kind="injured"))
    heads, _, _ = _choose(day1, rise, ("a3", "2031-05-06", _figure("205 are wounded", 205, 205, kind="injured")),
                          ("a4", "2031-05-06", _figure("at least 205", 205, None, qualifier="at least",
                                                       kind="injured")),
                          ("a5", "2031-05-06", _figure("more than 150", 150, None, qualifier="more than",
                                                       kind="injured")))
    assert heads["injured"].min == 205


def test_tolls_an_articles_current_figure_keeps_the_direction_it_moved_in() -> None:
    arts = {"a1": Article(id="a1", text="", published="2031-05-09", published_granularity="day")}
    m = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        Figure(kind="killed", min=96, max=96, text="revised down to 96", start=10, end=28, revision="down"),
        Figure(kind="killed", min=96, max=96, text="stood at 96", start=90, end=101, revision="update")))
    current = [r for r in tolls.collect([m], arts) if r.status == "current"]
    assert [(r.text, r.revision) for r in current] == [("revised down to 96", "down")]
    # negative: a later new total of another value is still the current one
    m = EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="ASSAULT", figures=(
        Figure(kind="killed", min=96, max=96, text="revised down to 96", start=10, end=28, revision="down"),
        Figure(kind="killed", min=99, max=99, text="stood at 99", start=90, end=101, revision="update")))
    assert [r.text for r in tolls.collect([m], arts) if r.status == "current"] == ["stood at 99"]


def test_tolls_the_range_of_the_articles_current_figures_is_kept() -> None:
    # the briefing said "reports range from 10 to 14"; the event did not carry the range
    _, _, reports = _choose(("a1", "2031-05-05", _figure("at least 10", 10, None, qualifier="at least")),
                            ("a2", "2031-05-06", _figure("risen to 14", 14, 14, revision="up")),
                            ("a3", "2031-05-06", _figure("dozens", 12, None, qualifier="dozens")),
                            ("a4", "2031-05-06", _figure("initially 40", 40, 40, earlier=True)),
                            ("a4", "2031-05-06", _figure("20 wounded", 20, 20, kind="injured")))
    found = tolls.ranges(reports)
    assert set(found) == {"fatalities"}  # one injured count is no range
    # a size in words beside counts, and a figure told as an earlier one, are not in it
    assert (found["fatalities"].min, found["fatalities"].max) == (10, 14)
    # negative: figures that agree give no range
    _, _, reports = _choose(("a1", "2031-05-05", _figure("14 people", 14, 14)),
                            ("a2", "2031-05-06", _figure("14 dead", 14, 14)))
    assert tolls.ranges(reports) == {}


def test_tolls_the_range_is_on_the_exported_event() -> None:
    ev = Event(id="ev1", type="ASSAULT", fatalities=Quantity(14, 14), ranges={"fatalities": Quantity(10, 14)})
    data = story_to_json(Story(events=[ev]))
    assert data["events"][0]["ranges"]["fatalities"]["min"] == 10
    back = story_from_json(data).events[0]
    assert back.ranges["fatalities"] == Quantity(10, 14)


def test_tolls_the_wounded_of_an_old_count_retold_do_not_head_the_wounded() -> None:
    # "killing at least 20 people and wounding 30", a day after the toll had risen to 36 and 27 wounded were
    # counted: the 30 wounded are of that old count, like its dead; they headed the wounded as a rise
    old = (("a1", "2031-05-05", _figure("has risen to 36", 36, 36, revision="up")),
           ("a1", "2031-05-05", _figure("27 injured", 27, 27, kind="injured")),
           ("a2", "2031-05-06", _figure("at least 20", 20, None, qualifier="at least")),
           ("a2", "2031-05-06", _figure("wounding 30", 30, 30, kind="injured")))
    heads, _, reports = _choose(*old)
    assert (heads["killed"].min, heads["injured"].min) == (36, 27)
    assert [r.revision for r in reports if r.kind == "injured" and r.article == "a2"] == [None]
    # negative: an article that gives the running death toll gives its wounded as news
    heads, _, _ = _choose(*old[:2], ("a3", "2031-05-06", _figure("36 people", 36, 36)),
                          ("a3", "2031-05-06", _figure("30 wounded", 30, 30, kind="injured")))
    assert heads["injured"].min == 30


def test_tolls_bodies_found_never_revise_the_toll_of_those_aboard() -> None:
    heads, conflicts, reports = _choose(
        ("a1", "2031-05-05", _figure("62 people", 62, 62, qualifier="presumed")),
        ("a2", "2031-05-06", _figure("23 bodies", 23, 23, partial=True)),
        ("a3", "2031-05-07", _figure("31 bodies", 31, 31, partial=True)),
        ("a4", "2031-05-07", _figure("62 people", 62, 62)))
    assert (heads["killed"].min, heads["killed"].max) == (62, 62) and not conflicts
    assert {r.min for r in reports if r.status == "partial"} == {23, 31}  # kept as reports, parts of the toll


def test_tolls_bodies_found_are_the_floor_of_the_dead_with_no_other_figure() -> None:
    heads, conflicts, _ = _choose(("a1", "2031-05-05", _figure("12 bodies", 12, 12, partial=True)),
                                  ("a2", "2031-05-06", _figure("40 bodies", 40, 40, partial=True)))
    assert (heads["killed"].min, heads["killed"].max, heads["killed"].qualifier) == (40, None, "at least")
    assert not conflicts
    # negative: a count of the dead, however low, is the toll (bodies are a part of it)
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("at least 10", 10, None, qualifier="at least")),
                          ("a2", "2031-05-06", _figure("8 bodies", 8, 8, partial=True)))
    assert (heads["killed"].min, heads["killed"].max) == (10, None)


def test_tolls_parts_of_one_kind_are_no_floor_of_the_dead() -> None:
    # a flood story that names only the officers among the dead: no toll of the dead at large
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("including two officers", 2, 2, partial=True,
                                                        group="officers")))
    assert "killed" not in heads
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("12 bodies", 12, 12, partial=True)))
    assert (heads["killed"].min, heads["killed"].qualifier) == (12, "at least")


def test_tolls_an_articles_exact_count_outranks_its_own_rounded_lead() -> None:
    """"a crush killed more than 150" in the lead, "killed 155 people" below: the article's count is 155."""
    from dataclasses import replace
    lead = _figure("more than 150 people", 150, None, qualifier="more than")
    body = replace(_figure("155 people", 155, 155), start=60, end=70)
    arts = {aid: Article(id=aid, text="", published="2031-05-05", published_granularity="day") for aid in ("a1", "a2")}
    mentions = [EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="DISASTER",
                             figures=(lead, body)),
                EventMention(id="a2:ev0", article="a2", start=0, end=1, text="x", type="DISASTER",
                             figures=(_figure("at least 156 people", 156, None, qualifier="at least"),))]
    _, conflicts, reports = tolls.choose(tolls.collect(mentions, arts), arts)
    assert [(r.min, r.max) for r in reports if r.article == "a1" and r.status == "current"] == [(155, 155)]
    assert {v.value["min"] for v in conflicts["fatalities"]} == {155, 156}  # same day, neither a new total
    # negative: an exact figure outside the lead's bound is no count of it (a part, another place)
    apart = replace(_figure("120 people", 120, 120), start=60, end=70)
    mentions = [EventMention(id="a1:ev0", article="a1", start=0, end=1, text="x", type="DISASTER",
                             figures=(lead, apart))]
    _, _, reports = tolls.choose(tolls.collect(mentions, arts), arts)
    assert [(r.min, r.max) for r in reports if r.status == "current"] == [(150, None)]


def test_tolls_undated_sources_that_disagree_are_a_conflict() -> None:
    _, conflicts, _ = _choose(("a1", "", _figure("151 people", 151, 151, kind="injured")),
                              ("a2", "", _figure("152 people", 152, 152, kind="injured")))
    assert {v.value["min"] for v in conflicts["injured"]} == {151, 152}


def test_tolls_undated_new_total_is_no_conflict() -> None:
    _, conflicts, _ = _choose(("a1", "", _figure("12 people", 12, 12)),
                              ("a2", "", _figure("has risen to 14", 14, 14, revision="up")))
    assert not conflicts


def test_tolls_a_round_figure_leaves_the_count_it_rounds_standing() -> None:
    # "around ninety" the day after "risen to 91": the count stands; a round figure it does not round stays news
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("84 people", 84, 84)),
                          ("a2", "2031-05-06", _figure("risen to 91", 91, 91, revision="up")),
                          ("a3", "2031-05-07", _figure("around ninety", 90, 90, qualifier="around")))
    assert (heads["killed"].min, heads["killed"].max) == (91, 91)
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("risen to 359", 359, 359, revision="up")),
                          ("a2", "2031-05-06", _figure("about 253", 253, 253, qualifier="about", revision="down")))
    assert heads["killed"].min == 253


def _killing(aid: str, text: str, trigger: str, victim: str, **kw: object) -> tuple[EventMention, Article]:
    at = text.index(trigger)
    who = text.index(victim)
    art = Article(id=aid, text=text, published="2031-05-06", published_granularity="day")
    return EventMention(id=f"{aid}:ev0", article=aid, start=at, end=at + len(trigger), text=trigger, type="ASSAULT",
                        participants=(Participant("target", victim, who, who + len(victim)),),
                        **kw), art  # type: ignore[arg-type]


def _named(*told: tuple[EventMention, Article]) -> Quantity | None:
    arts = {a.id: a for _, a in told}
    heads, _, _ = tolls.choose(tolls.collect([m for m, _ in told], arts), arts)
    return heads.get("killed")


def test_tolls_one_named_victim_killed_is_a_toll_of_one() -> None:
    head = _named(_killing("a1", "Tomas Verell was shot dead on Friday.", "shot", "Tomas Verell"),
                  _killing("a2", "The man who assassinated Verell was charged.", "assassinated", "Verell"))
    assert head is not None and (head.min, head.max) == (1, 1)
    # an allegation names the doer, the death happened ("accused of murdering Verell", recalled months later)
    head = _named(_killing("a1", "Sarn was accused of murdering Verell in June.", "murdering", "Verell",
                           modality="alleged", background=True))
    assert head is not None and head.min == 1


def test_tolls_a_named_victim_attacked_to_death_or_fatally_is_a_toll_of_one() -> None:
    # "stabbed to death", "shot <victim> to death", "fatally shot": the attack's verb tells the death
    for text, trigger in (("Tomas Verell was stabbed to death on Friday.", "stabbed"),
                          ("Gunmen shot Tomas Verell to death on Friday.", "shot"),
                          ("Tomas Verell was fatally shot on Friday.", "shot"),
                          ("Tomas Verell was mortally wounded on Friday.", "wounded")):
        head = _named(_killing("a1", text, trigger, "Tomas Verell"))
        assert head is not None and (head.min, head.max) == (1, 1), text
    # a "to death" of another clause, or an attempt, is no death by the attack
    assert _named(_killing("a1", "Tomas Verell was stabbed, and his brother was sentenced to death.", "stabbed",
                           "Tomas Verell")) is None
    assert _named(_killing("a1", "A mob tried to beat Tomas Verell to death.", "beat", "Tomas Verell")) is None
    assert _named(_killing("a1", "Tomas Verell was shot in the leg.", "shot", "Tomas Verell")) is None


def test_tolls_no_toll_of_one_for_an_attempt_or_a_count() -> None:
    assert _named(_killing("a1", "He was charged with attempted murder of Tomas Verell.", "murder", "Tomas Verell"),
                  _killing("a2", "An assassination attempt on Verell failed.", "assassination", "Verell")) is None
    assert _named(_killing("a1", "Gunmen killed Verell and his driver.", "killed", "Verell and his driver")) is None
    assert _named(_killing("a1", "Tomas Verell was reportedly shot dead on Friday.", "shot", "Tomas Verell",
                           modality="hypothetical")) is None
    assert _named(_killing("a1", "He was accused of attempting to kill Tomas Verell.", "kill", "Tomas Verell",
                           modality="alleged")) is None
    # a killing one article of many tells beside the incident is a mention it took in, not its toll
    raid = [_killing(f"r{n}", "Police raided the embassy of Sarn.", "raided", "embassy") for n in range(4)]
    assert _named(_killing("a1", "The raid came after Verell was killed.", "killed", "Verell"), *raid) is None
    # with a figure of the dead told, the figure is the toll
    killing, art = _killing("a1", "Tomas Verell was shot dead.", "shot", "Tomas Verell")
    counted = EventMention(id="a2:ev0", article="a2", start=0, end=1, text="x", type="ASSAULT",
                           figures=(_figure("three people", 3, 3),))
    arts = {"a1": art, "a2": Article(id="a2", text="x", published="2031-05-07", published_granularity="day")}
    heads, _, _ = tolls.choose(tolls.collect([killing, counted], arts), arts)
    assert heads["killed"].min == 3


def test_tolls_the_wounded_of_their_own_sentence_in_a_recap_article_stay_news() -> None:
    # an article that retells an old death toll ("killing at least 20 people", a day after "risen to 36") gives the
    # wounded of that sentence as old too, but a count told in a sentence of its own ("the latest figure ... was
    # 40") is news
    def article(aid: str, day: str, text: str, *figs: tuple[str, str, int]) -> tuple[Article, list[EventMention]]:
        art = Article(id=aid, text=text, published=day, published_granularity="day")
        found = [Figure(kind=kind, min=n, max=None if "least" in words else n, text=words, start=text.index(words),
                        end=text.index(words) + len(words), qualifier="at least" if "least" in words else None,
                        revision="up" if "risen" in text and kind == "killed" else None) for kind, words, n in figs]
        return art, [EventMention(id=f"{aid}:ev{i}", article=aid, start=0, end=1, text="x", type="ASSAULT",
                                  figures=(f,)) for i, f in enumerate(found)]

    first = article("a1", "2031-05-05", "The toll has risen to 36 and 27 were injured.",
                    ("killed", "36", 36), ("injured", "27", 27))
    own = article("a2", "2031-05-06", "The attack, killing at least 20 people, shocked Tarvel. The latest figure on "
                  "the number of injuries was 40, the sheriff said.",
                  ("killed", "at least 20", 20), ("injured", "40", 40))
    told_with = article("a3", "2031-05-06", "The attack, killing at least 20 people and wounding 40, shocked Tarvel.",
                        ("killed", "at least 20", 20), ("injured", "wounding 40", 40))
    for second, injured in ((own, 40), (told_with, 27)):
        arts = {a.id: a for a, _ in (first, second)}
        heads, _, _ = tolls.choose(tolls.collect([*first[1], *second[1]], arts), arts)
        assert (heads["killed"].min, heads["injured"].min) == (36, injured)


def test_tolls_a_groups_count_does_not_head_over_the_articles_total() -> None:
    """"13 soldiers were killed ... officials said at least 60 people died": the article's toll is 60."""
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("13 soldiers", 13, 13, group="soldiers")),
                          ("a1", "2031-05-05", _figure("at least 60 people", 60, None, qualifier="at least",
                                                       group="people")))
    assert (heads["killed"].min, heads["killed"].max) == (60, None)
    # negative: a count of a group alone is the toll the article gives
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("13 soldiers", 13, 13, group="soldiers")))
    assert heads["killed"].min == 13


def test_tolls_a_lone_figure_at_odds_with_the_days_others_does_not_head() -> None:
    # one outlet's count of one province beside two outlets' bounds that agree with each other
    heads, _, _ = _choose(("a1", "2031-05-05", _figure("at least 2,012 people", 2012, None, qualifier="at least")),
                          ("a2", "2031-05-05", _figure("more than 2,000", 2000, None, qualifier="more than")),
                          ("a3", "2031-05-05", _figure("1,351 deaths", 1351, 1351)))
    assert heads["killed"].min in (2000, 2012)


def test_tolls_a_figure_dated_the_articles_own_day_is_current() -> None:
    # "rose to 161, the agency said Thursday" in Thursday's article, then a breakdown "11 in Dorvan"
    _, _, reports = _choose(("a1", "2031-05-08", _figure("rose to 161", 161, 161, revision="up", date="2031-05-08")),
                            ("a1", "2031-05-08", _figure("11", 11, 11)))
    current = [r.min for r in reports if r.status == "current"]
    assert current == [161]
