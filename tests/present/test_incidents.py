"""Incidents: duplicates and fragments of one incident collapse; different places, kinds and stories stay apart."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.model import CasualtyReport, Event, Participant, Quantity, Span, TimeValue
from storyline.present.incidents import Incident, collapse, date_stated, fold_retold
from storyline.present.places import Places

PUBLISHED = {"a1": "2031-03-04", "a2": "2031-03-05", "a3": "2031-03-20", "a4": "2031-05-30", "a5": "2031-03-06"}


def ev(id: str, value: str | None, *, articles: tuple[str, ...] = ("a1",), place: str | None = None,
       type: str = "ASSAULT", subtype: str | None = "bombing", source: str = "clause", modality: str = "asserted",
       actor: str | None = None) -> Event:
    date = TimeValue(value, source=source) if value else None
    parts = (Participant("actor", actor, 0, 1, entity=actor),) if actor else ()
    return Event(id=id, type=type, subtype=subtype, date=date, location=place, location_text=place,
                 modality=modality, participants=parts,
                 mentions=tuple(Span(a, 0, 4, "bomb") for a in articles))


def test_date_stated_reads_source_and_basis() -> None:
    assert date_stated(TimeValue("2031-03-04", source="clause"))
    assert not date_stated(TimeValue("2031-03-04", source="dct"))
    assert not date_stated(None)


def test_collapse_merges_a_duplicate_with_an_overlapping_date() -> None:
    incs = collapse([ev("day", "2031-03-04", place="Sarn", articles=("a1", "a2")),
                     ev("week", "2031-W10", place="Sarn", articles=("a3",))], PUBLISHED)
    assert len(incs) == 1 and incs[0].id == "day" and set(incs[0].members) == {"day", "week"}
    assert incs[0].articles == ("a1", "a2", "a3")


def test_collapse_keeps_different_places_and_days_apart() -> None:
    incs = collapse([ev("sarn", "2031-03-04", place="Sarn"), ev("lesk", "2031-03-04", place="Lesk"),
                     ev("later", "2031-03-09", place="Sarn", articles=("a3",))], PUBLISHED)
    assert len(incs) == 3


def test_collapse_reads_a_date_after_every_report_as_unstated() -> None:
    # reported on 4 March, "dated" 9 March: a deadline or a typo, not the day it happened
    incs = collapse([ev("sarn", "2031-03-04", place="Sarn"), ev("later", "2031-03-09", place="Sarn")], PUBLISHED)
    assert len(incs) == 1 and set(incs[0].members) == {"sarn", "later"}


def test_collapse_attaches_a_fragment_dated_by_its_report() -> None:
    main = ev("main", "2031-03-04", place="Sarn", articles=("a1",))
    frag = ev("frag", "2031-03-05", source="dct", articles=("a2",))  # "the attack", told the next day
    old = ev("old", "2031-05-30", source="dct", articles=("a4",))  # three months later: another incident
    incs = collapse([frag, main, old], PUBLISHED)
    by_id = {i.id: i for i in incs}
    assert set(by_id) == {"main", "old"} and set(by_id["main"].members) == {"main", "frag"}
    assert not by_id["old"].date_stated


def test_collapse_respects_kinds_modality_and_speech() -> None:
    incs = collapse([ev("bomb", "2031-03-04", place="Sarn"),
                     ev("visit", "2031-03-04", type="CONSULT", subtype="visit", place="Sarn"),
                     ev("planned", "2031-03-04", modality="planned", place="Sarn"),
                     ev("never", "2031-03-04", modality="negated", place="Sarn"),
                     ev("denial", "2031-03-04", type="REJECT", subtype=None)], PUBLISHED)
    assert {i.id for i in incs} == {"bomb", "visit", "planned"}
    assert {i.id for i in collapse([ev("denial", "2031-03-04", type="REJECT", subtype=None)], PUBLISHED,
                                   speech=True)} == {"denial"}


def test_collapse_keeps_stories_apart() -> None:
    a = ev("a", "2031-03-04", articles=("a1",))
    b = ev("b", "2031-03-05", source="dct", articles=("a2",))
    clusters = {"a1": ["story-1"], "a2": ["story-2"]}
    assert len(collapse([a, b], PUBLISHED, clusters)) == 2
    assert len(collapse([a, b], PUBLISHED, {"a1": ["s"], "a2": ["s"]})) == 1


def test_collapse_keeps_fragments_with_other_actors_apart() -> None:
    main = ev("main", "2031-03-04", place="Sarn", actor="ent:x")
    frag = ev("frag", "2031-03-05", source="dct", articles=("a2",), actor="ent:y")
    assert len(collapse([main, frag], PUBLISHED)) == 2


def test_collapse_lets_a_disaster_unfold_over_days_at_one_place() -> None:
    def flood(id: str, day: str, place: str | None = "Sarn") -> Event:
        return ev(id, day, place=place, type="DISASTER", subtype="flood", articles=("a3",))

    incs = collapse([flood("f1", "2031-03-04"), flood("f2", "2031-03-05"), flood("f3", "2031-03-10"),
                     flood("f4", "2031-03-05", place=None)], PUBLISHED)
    assert sorted(sorted(i.members) for i in incs) == [["f1", "f2"], ["f3"], ["f4"]]  # no place, no cluster
    clustered = collapse([flood("f1", "2031-03-04"), flood("f4", "2031-03-05", place=None)], PUBLISHED,
                         {"a3": ["s1"]})
    assert len(clustered) == 1
    bombs = collapse([ev("b1", "2031-03-04", place="Sarn"), ev("b2", "2031-03-05", place="Sarn", articles=("a2",))],
                     PUBLISHED)
    assert len(bombs) == 2  # an attack happens on its day


def test_collapse_joins_attacks_on_one_named_person() -> None:
    def shot(id: str, value: str, place: str | None, victim: str, **kw: object) -> Event:
        base = ev(id, value, place=place, subtype="shooting", **kw)  # type: ignore[arg-type]
        return replace(base, participants=(Participant("target", victim, 0, 1, entity=victim),))

    types = {"ent:p": "PERSON", "ent:q": "PERSON"}
    events = [shot("month", "2031-03", "Sarn", "ent:p"), shot("day", "2031-03-04", "Sarn temple", "ent:p"),
              shot("later", "2031-05-30", None, "ent:p", source="dct", articles=("a4",)),
              shot("other", "2031-03-04", "Lesk", "ent:q")]
    incs = collapse(events, PUBLISHED, entity_types=types)
    assert sorted(sorted(i.members) for i in incs) == [["day", "later", "month"], ["other"]]


def test_before_story_is_what_the_coverage_starts_from() -> None:
    from storyline.present.incidents import before_story

    last_year = TimeValue("2030", source="clause")
    assert before_story(last_year, "2031-03-05")  # "expelled last year" in a story that opens in March
    assert not before_story(TimeValue("2031-02-24", source="clause"), "2031-03-05")  # days before
    assert not before_story(last_year, "2031-03-05", stated=False)  # a date it only precedes says nothing
    assert not before_story(last_year, None)


def test_collapse_an_expected_visit_on_the_day_it_happened_is_that_visit() -> None:
    went = ev("went", "2031-03-20", articles=("a3",), type="CONSULT", subtype="visit", place="Lesk", actor="ent:k")
    due = ev("due", "2031-03-20", articles=("a1",), type="CONSULT", subtype="visit", modality="expected",
             actor="ent:k")
    other = replace(due, id="other", participants=(Participant("actor", "ent:j", 0, 1, entity="ent:j"),))
    assert [sorted(i.members) for i in collapse([went, due], PUBLISHED)] == [["due", "went"]]
    assert len(collapse([went, other], PUBLISHED)) == 2  # another party's expected visit stays apart
    assert len(collapse([went, replace(due, date=TimeValue("2031-03-21", source="clause"))], PUBLISHED)) == 2
    # told by more articles as expected than as done, it is still headed by the visit that took place
    widely_due = replace(due, mentions=tuple(Span(a, 0, 4, "trip") for a in ("a1", "a2", "a5")))
    (inc,) = collapse([went, widely_due], PUBLISHED)
    assert inc.lead.id == "went" and inc.members[0] == "went" and set(inc.members) == {"went", "due"}


def test_an_undated_expected_appointment_reported_done_later_is_headed_as_done() -> None:
    # "the council will name Ilse Varga as its chair" (4 March) and "Ilse Varga has been named chair" (5 March),
    # neither with a stated date: the incident is the appointment, not "Expected appointment"
    due = ev("due", None, articles=("a1",), type="APPOINT", subtype="appointment", modality="expected",
             actor="ent:v")
    done = ev("done", None, articles=("a2",), type="APPOINT", subtype="appointment", actor="ent:v")
    who: dict[str, Any] = {"entity_types": {"ent:v": "PERSON"}, "entity_names": {"ent:v": "Ilse Varga"},
                           "cluster_of": {a: ["st1"] for a in PUBLISHED}}
    (inc,) = collapse([due, done], PUBLISHED, **who)
    assert inc.lead.id == "done" and inc.members[0] == "done", inc
    # reported done before it was announced as due: another appointment told as background, the lead stays
    early = replace(done, mentions=(Span("a1", 0, 4, "named"),))
    late_due = replace(due, mentions=(Span("a2", 0, 4, "name"),))
    incs = collapse([late_due, early], PUBLISHED, **who)
    assert all(i.lead.id == "due" for i in incs if "due" in i.members), incs
    # another party's appointment stays apart
    other = replace(done, participants=(Participant("actor", "ent:w", 0, 1, entity="ent:w"),))
    assert len(collapse([due, other], PUBLISHED, entity_types={"ent:v": "PERSON", "ent:w": "PERSON"},
                        entity_names={"ent:v": "Ilse Varga", "ent:w": "Arno Stelt"},
                        cluster_of=who["cluster_of"])) == 2
    # a stated date on the expected event keeps the existing rule (a happened member with a stated date)
    dated_due = replace(due, date=TimeValue("2031-03-06", source="clause"))
    incs = collapse([dated_due, done], PUBLISHED, **who)
    assert all(i.lead.id == "due" for i in incs if "due" in i.members), incs


def test_incident_headline_toll_is_the_lead_events_own() -> None:
    # the fused event's headline is what the export shows; a fragment folded under it (a background sentence's
    # larger toll, reported later) neither replaces it nor disagrees with the export
    lead = replace(ev("main", "2031-03-04", place="Sarn", articles=("a1", "a2")), fatalities=Quantity(14, 14))
    frag = replace(ev("frag", "2031-03-05", source="dct", articles=("a2",)), fatalities=Quantity(1200, 1200),
                   reports=(CasualtyReport("killed", 1200, 1200, None, "1,200", "a2", 0, 5, "2031-03-05"),))
    inc = collapse([lead, frag], PUBLISHED)[0]
    assert inc.merged and inc.fatalities == Quantity(14, 14)
    bare = replace(lead, fatalities=None)  # no headline of its own: the latest figure its fragments report
    assert collapse([bare, frag], PUBLISHED)[0].fatalities == Quantity(1200, 1200, "1,200", None)


def _killing(id: str, published: str, article: str, dead: int | None, *, place: str | None = None,
             subtype: str = "killing") -> Event:
    e = ev(id, published, articles=(article,), place=place, subtype=subtype, source="dct")
    return replace(e, fatalities=Quantity(dead, None, f"more than {dead}", "more than") if dead else None)


def test_collapse_folds_an_unattributed_toll_into_its_accident() -> None:
    published = {**PUBLISHED, "b1": "2031-03-04", "b2": "2031-03-05", "b3": "2031-04-20", "b4": "2031-03-05"}
    crash = replace(ev("crash", "2031-03-04", type="ACCIDENT", subtype="crash", place="Sarn",
                       articles=("b1", "b2", "b3")), fatalities=Quantity(183, 183))
    placeless = _killing("placeless", "2031-03-05", "b2", 174)  # "killed over 174 people", in a crash report
    months = _killing("months", "2031-04-20", "b3", 197, place="Sarn")  # "the crash last month that killed 197"
    attack = _killing("attack", "2031-03-05", "b2", 178, subtype="attack")  # "the attack … after 178 deaths"
    other = _killing("other", "2031-03-05", "b4", 2)  # two dead, told by an article that does not tell the crash
    incs = collapse([crash, placeless, months, attack, other], published)
    by_id = {i.id: i for i in incs}
    assert set(by_id) == {"crash", "other"}
    assert set(by_id["crash"].members) == {"crash", "placeless", "months", "attack"}
    assert by_id["crash"].fatalities == Quantity(183, 183)
    far_small = _killing("far", "2031-04-20", "b3", 12, place="Sarn")  # a later, smaller killing: another one
    assert len(collapse([crash, far_small], published)) == 2


def test_an_incident_takes_the_date_its_best_dated_member_states() -> None:
    # fusion split a crash: most reports sit on a copy dated by "on Sunday" (the day the toll was revised); the
    # copy that reads "Friday evening" dates the crash, and a placeless toll reported on Saturday is its toll
    published = {"c1": "2031-03-07", "c2": "2031-03-08", "c3": "2031-03-09", "c4": "2031-03-09"}
    sunday = replace(ev("sunday", "2031-03-09", type="DISASTER", subtype="man_made", place="Sarn",
                        articles=("c2", "c3", "c4")), fatalities=Quantity(183, 183))
    sunday = replace(sunday, date=TimeValue("2031-03-09", source="sentence", confidence=0.6))
    friday = replace(ev("friday", "2031-03-07", type="DISASTER", subtype="man_made", place="Sarn",
                        articles=("c1",)), date=TimeValue("2031-03-07", source="clause", confidence=0.9))
    toll = _killing("toll", "2031-03-08", "c2", 174)
    incs = collapse([sunday, friday, toll], published)
    assert len(incs) == 1 and set(incs[0].members) == {"sunday", "friday", "toll"}
    assert incs[0].id == "sunday" and incs[0].date is not None and incs[0].date.value == "2031-03-07"
    assert incs[0].fatalities == Quantity(183, 183)


def test_an_incident_takes_the_finer_date_inside_its_best_dated_members() -> None:
    # one landslide read as "last week" by a later report and as "on Friday" by the first: the day inside the
    # week dates it, not the week's first day
    published = {"c1": "2031-03-07", "c2": "2031-03-14"}
    week = replace(ev("week", "2031-W10", type="DISASTER", subtype="natural", place="Varno", articles=("c2", "c1")),
                   date=TimeValue("2031-W10", source="clause", confidence=0.9, granularity="week",
                                  earliest="2031-03-03", latest="2031-03-09"))
    friday = replace(ev("friday", "2031-03-07", type="DISASTER", subtype="natural", place="Varno", articles=("c1",)),
                     date=TimeValue("2031-03-07", source="clause", confidence=0.9))
    incs = collapse([week, friday], published)
    assert len(incs) == 1 and incs[0].date is not None and incs[0].date.value == "2031-03-07", incs


def test_collapse_a_follow_up_in_another_cluster_joins_by_a_specific_party() -> None:
    arrest = ev("arrest", "2031-03-04", place="Sarn", type="COERCE", subtype="arrest", actor="ent:police",
                articles=("a1", "a2"))
    # "Police have so far arrested nine people", in a report of the inquiry that story clustering put apart
    later = ev("later", "2031-03-20", source="dct", type="COERCE", subtype="arrest", actor="ent:police",
               articles=("a3",))
    clusters = {"a1": ["s1"], "a2": ["s1"], "a3": ["s2"]}
    names, types = {"ent:police": "Sarn District Police"}, {"ent:police": "ORG"}
    assert len(collapse([arrest, later], PUBLISHED, clusters, entity_types=types)) == 2  # no names: apart
    incs = collapse([arrest, later], PUBLISHED, clusters, entity_types=types, entity_names=names)
    assert len(incs) == 1 and set(incs[0].members) == {"arrest", "later"}
    bare = collapse([arrest, later], PUBLISHED, clusters, entity_types=types, entity_names={"ent:police": "Police"})
    assert len(bare) == 2  # a bare "Police" could be anyone's


def test_the_heading_kind_is_the_one_most_mentions_tell() -> None:
    from storyline.present.incidents import Incident, dominant_subtype

    def told(subtype: str, *words: str) -> Event:
        return replace(ev("raid", "2031-03-04", subtype=subtype), mentions=tuple(Span("a1", 0, 4, w) for w in words))

    raid = told("shooting", "shot", "abducted", "kidnapped", "abduction", "abducting", "attack", "attacked")
    assert dominant_subtype(Incident(raid, (raid,), ("a1",))) == "abduction"  # 4 of 7 tell it, the lead's 1
    grenade = told("grenade", "grenade", "attack", "attack", "attack", "killed")
    assert dominant_subtype(Incident(grenade, (grenade,), ("a1",))) == "grenade"  # "attack" says less
    both = told("shooting", "shot", "shooting", "abducted", "kidnapped")
    assert dominant_subtype(Incident(both, (both,), ("a1",))) == "shooting"  # not three times the lead's
    # fusion's "armed clash" from one "fighting" among reports that say "attack" and "killed": an attack
    onesided = told("armed_clash", "attack", "attack", "attacked", "fighting", "killed")
    assert dominant_subtype(Incident(onesided, (onesided,), ("a1",))) == "attack"
    clash = told("armed_clash", "clashes", "fighting", "clashed", "attack")
    assert dominant_subtype(Incident(clash, (clash,), ("a1",))) == "armed_clash"


def test_talks_most_mentions_tell_head_a_visit_one_sentence_gives() -> None:
    """A sub-type above the lead's (talks above a visit) leads where most of all the mentions tell it and the
    lead's own head words are hardly used; words the lexicon does not type ("met") may tell the lead's, so
    half is not most; a sub-type no head word tells (a suicide bombing) is never replaced by its parent."""
    from storyline.present.incidents import Incident, dominant_subtype

    def told(subtype: str, *words: str, type: str = "CONSULT") -> Event:
        return replace(ev("t", "2031-03-04", type=type, subtype=subtype),
                       mentions=tuple(Span("a1", 0, 4, w) for w in words))

    talks = told("visit", "talks", "talks", "talks", "talks", "visited", "round")
    assert dominant_subtype(Incident(talks, (talks,), ("a1",))) == "talks"
    half = told("meeting", "met", "talks", "met", "talks")
    assert dominant_subtype(Incident(half, (half,), ("a1",))) == "meeting"
    suicide = told("suicide_bombing", "bombing", "bombing", "blast", "bombing", type="ASSAULT")
    assert dominant_subtype(Incident(suicide, (suicide,), ("a1",))) == "suicide_bombing"


def test_collapse_folds_an_undated_unplaced_fire_into_the_attack_its_articles_tell() -> None:
    attack = ev("attack", "2031-03-04", place="Sarn", articles=("a1", "a2", "a5"))
    fire = ev("fire", "2031-03-05", source="dct", type="DISASTER", subtype="man_made", articles=("a2", "a5"))
    incs = collapse([attack, fire], PUBLISHED)
    assert len(incs) == 1 and set(incs[0].members) == {"attack", "fire"}


def test_collapse_keeps_a_fire_with_a_place_a_date_or_its_own_articles_apart() -> None:
    attack = ev("attack", "2031-03-04", place="Sarn", articles=("a1", "a2"))
    placed = ev("placed", "2031-03-05", source="dct", type="DISASTER", subtype="man_made", articles=("a2",),
                place="Lesk")
    other = ev("other", "2031-03-06", source="dct", type="DISASTER", subtype="man_made", articles=("a5",))
    months = ev("months", "2031-05-30", source="dct", type="DISASTER", subtype="man_made", articles=("a4",))
    late = ev("attack2", "2031-03-04", place="Sarn", articles=("a1", "a4"))
    incs = collapse([attack, placed, other], PUBLISHED)
    assert len(incs) == 3
    assert len(collapse([late, months], PUBLISHED)) == 2  # reported three months after the attack


def _quake(articles: tuple[str, ...], at: int = 40) -> Event:
    e = ev("quake", "2031-03-04", type="DISASTER", subtype="earthquake", place="Sarn", articles=articles)
    return replace(e, mentions=tuple(Span(a, at, at + 10, "earthquake") for a in articles))


def _killed(id: str, articles: tuple[str, ...], at: int, actor: str | None = "ent:ministry",
            value: str = "2031-03-04") -> Event:
    e = ev(id, value, subtype="killing", place="Sarn", articles=articles, actor=actor)
    return replace(e, mentions=tuple(Span(a, at, at + 6, "killed") for a in articles))


def test_collapse_folds_a_killing_told_in_the_disasters_sentences_whoever_was_read_as_its_actor() -> None:
    # "The earthquake that struck Sarn on Sunday killed 1,400, the ministry said": the ministry is no killer
    arts = ("a1", "a2", "a5")
    beside = _killed("beside", arts, 120)
    incs = collapse([_quake(arts), beside], PUBLISHED, entity_types={"ent:ministry": "ORG"})
    assert len(incs) == 1 and set(incs[0].members) == {"quake", "beside"}
    # told far from every mention of the quake, by a named actor: someone's killing, kept apart
    apart = _killed("apart", arts, 2000)
    assert len(collapse([_quake(arts), apart], PUBLISHED, entity_types={"ent:ministry": "ORG"})) == 2


def test_collapse_a_storms_name_is_no_killer_and_its_day_may_be_the_one_before() -> None:
    # "Storm Oran" (an event's name) read as the actor of "killed", on the night before the flood's stated day
    flood = ev("flood", "2031-03-05", type="DISASTER", subtype="flood", place="Sarn", articles=("a1", "a2"))
    storm = _killed("storm", ("a2",), 3000, actor="ent:storm", value="2031-03-04")
    incs = collapse([flood, storm], PUBLISHED, entity_types={"ent:storm": "EVENT"})
    assert len(incs) == 1 and set(incs[0].members) == {"flood", "storm"}
    assert len(collapse([flood, storm], PUBLISHED, entity_types={"ent:storm": "PERSON"})) == 2


def test_collapse_an_undated_development_told_twice_by_one_party_is_one() -> None:
    # "UN agencies sent aid" (4 March) and "the UN's aid reached the valley" (6 March): no date stated in either
    clusters = {"a1": ["s"], "a5": ["s"], "a3": ["s"]}
    sent = ev("sent", "2031-03-04", source="dct", type="AID", subtype=None, actor="ent:un", articles=("a1",))
    reached = ev("reached", "2031-03-06", source="dct", type="AID", subtype=None, actor="ent:un", articles=("a5",))
    incs = collapse([sent, reached], PUBLISHED, clusters)
    assert len(incs) == 1 and set(incs[0].members) == {"sent", "reached"}
    # another party, nobody named, or two weeks later: kept apart
    other = replace(reached, participants=(Participant("actor", "Red Cross", 0, 1, entity="ent:rc"),))
    assert len(collapse([sent, other], PUBLISHED, clusters)) == 2
    assert len(collapse([replace(sent, participants=()), replace(reached, participants=())], PUBLISHED,
                        clusters)) == 2
    later = ev("later", "2031-03-20", source="dct", type="AID", subtype=None, actor="ent:un", articles=("a3",))
    assert len(collapse([sent, later], PUBLISHED, clusters)) == 2


# --------------------------------------------------------------------------- one incident told as several

FOLD_PUBLISHED = {"a1": "2031-03-04", "a2": "2031-03-05", "a3": "2031-03-05", "a4": "2031-03-06",
                  "a5": "2031-03-20", "a6": "2031-06-30", "a7": "2031-03"}
PLACES = Places(lambda ids: [], {"p:sarn": "Sarn", "p:orvani": "Orvani", "p:hall": "Tolvar Hall",
                                 "p:peru": "Peru", "p:chile": "Chile"},
                {"p:sarn": "GPE", "p:orvani": "GPE", "p:hall": "FAC", "p:peru": "GPE", "p:chile": "GPE"})


def inc(id: str, value: str | None, *, articles: tuple[str, ...], place: str | None = None,
        type: str = "ASSAULT", subtype: str | None = "bombing", killed: int | None = None,
        source: str = "clause") -> Incident:
    e = ev(id, value, articles=articles, place=place, type=type, subtype=subtype, source=source)
    e = replace(e, fatalities=Quantity(killed, killed) if killed else None)
    return Incident(e, (e,), articles)


def fold(*incs: Incident, sources: dict[str, int] | None = None) -> dict[str, set[str]]:
    indep = sources or {i.id: len(i.articles) for i in incs}
    return {i.id: set(i.members) for i in fold_retold(list(incs), FOLD_PUBLISHED, None, indep, places=PLACES)}


def test_a_telling_with_the_same_toll_is_the_major_incident() -> None:
    # a shooting at a place the articles never relate to the city, reported the next day with 137 dead, is the
    # bombing of 133 dead that three sources report, read another way
    major = inc("major", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn", killed=133)
    other = inc("other", "2031-03-05", source="dct", articles=("a2", "a4"), place="p:orvani", subtype="shooting",
                killed=137)
    assert fold(major, other) == {"major": {"major", "other"}}
    # a crash read as a killing, months later, with the same count: the same dead
    late = inc("late", "2031-06-30", source="dct", articles=("a6",), type="ACCIDENT", subtype=None, killed=130)
    assert fold(major, late) == {"major": {"major", "late"}}
    # another count, or a count in another country, is another incident
    assert len(fold(major, replace(other, lead=replace(other.lead, fatalities=Quantity(12, 12)),
                                   events=(replace(other.lead, fatalities=Quantity(12, 12)),)))) == 2
    abroad = inc("abroad", "2031-03-04", articles=("a1", "a2"), place="p:chile", killed=30)
    home = inc("home", "2031-03-04", articles=("a1", "a2", "a3"), place="p:peru", killed=28)
    assert len(fold(home, abroad)) == 2


def test_a_telling_by_the_same_articles_of_the_same_kind_is_the_major_incident() -> None:
    major = inc("major", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn")
    hall = inc("hall", "2031-03-04", articles=("a2",), place="p:hall", subtype="suicide_bombing")
    undated = inc("undated", "2031-03-05", source="dct", articles=("a1", "a3"), subtype="attack")
    assert fold(major, hall, undated) == {"major": {"major", "hall", "undated"}}


def test_distinct_incidents_of_one_story_stay_apart() -> None:
    major = inc("major", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn")
    shelling = inc("shelling", "2031-03-04", articles=("a2",), subtype="shelling")  # another mode of violence
    elsewhere = inc("elsewhere", "2031-03-05", source="dct", articles=("a2", "a4"))  # an article without it
    later = inc("later", "2031-03-20", articles=("a1",))  # a stated date apart
    visit = inc("visit", "2031-03-04", articles=("a1",), type="CONSULT", subtype="visit")
    assert len(fold(major, shelling, elsewhere, later, visit)) == 5
    # the major one is the one more independent sources report, and it keeps its own lead
    assert fold(major, inc("minor", "2031-03-04", articles=("a1", "a2"), place="p:sarn"),
                sources={"major": 3, "minor": 2}) == {"major": {"major", "minor"}}


def test_a_disasters_dead_counted_in_a_later_dated_report_are_its_toll() -> None:
    quake = inc("quake", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn", type="DISASTER",
                subtype="earthquake", killed=1234)
    update = inc("update", "2031-03-06", articles=("a4",), place="p:orvani", subtype="killing", killed=1200)
    assert fold(quake, update) == {"quake": {"quake", "update"}}
    # two bombings days apart with tolls alike are two bombings
    first = inc("first", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn", killed=31)
    second = inc("second", "2031-03-06", articles=("a4",), place="p:sarn", killed=28)
    assert len(fold(first, second)) == 2



def test_an_article_dated_only_by_its_month_can_tell_the_major_incident() -> None:
    # "the quake struck" read as an attack, in an article known only as published in March: it may have been
    # written after the quake of 4 March, so it may tell it
    quake = inc("quake", "2031-03-04", articles=("a1", "a2", "a7"), place="p:sarn", type="DISASTER",
                subtype="earthquake")
    struck = inc("struck", "2031-03", source="dct", articles=("a7",), subtype="attack")
    assert fold(quake, struck) == {"quake": {"quake", "struck"}}
    assert len(fold(quake, replace(struck, articles=("a5",), events=(replace(struck.lead, mentions=(
        Span("a5", 0, 4, "bomb"),)),)))) == 2  # told by an article that does not tell the quake


def test_harm_with_no_cause_beside_an_attack_is_its_damage() -> None:
    # "debris fell on the grounds" (read as a man-made disaster) in the articles of the drone attack
    attack = inc("attack", "2031-03-04", articles=("a1", "a2", "a3"), place="p:sarn", subtype="air_strike")
    debris = inc("debris", "2031-03-05", source="dct", articles=("a2",), type="DISASTER", subtype="man_made")
    assert fold(attack, debris) == {"attack": {"attack", "debris"}}
    # a flood, or a harm with dead of its own, is another incident
    assert len(fold(attack, replace(debris, lead=replace(debris.lead, subtype="flood"),
                                    events=(replace(debris.lead, subtype="flood"),)))) == 2
    dead = replace(debris.lead, fatalities=Quantity(3, 3))
    assert len(fold(attack, replace(debris, lead=dead, events=(dead,)))) == 2


def test_an_undated_major_incident_takes_the_date_a_telling_states() -> None:
    # three reports of the drone attack give no date; the telling that says it was tried "last night" does
    attack = inc("attack", "2031-03-05", source="dct", articles=("a2", "a3", "a4"), place="p:sarn",
                 subtype="air_strike")
    tried = inc("tried", "2031-03-04TNI", articles=("a2", "a3"), subtype="air_strike")
    folded = fold_retold([attack, tried], FOLD_PUBLISHED, None, {"attack": 3, "tried": 2}, places=PLACES)
    assert len(folded) == 1 and folded[0].date_stated and folded[0].date is not None
    assert folded[0].date.value == "2031-03-04TNI"
    # a telling whose stated date ends after the major's first report ("this week") does not date it
    week = inc("week", "2031-W10", articles=("a2",), subtype="air_strike")
    folded = fold_retold([attack, week], FOLD_PUBLISHED, None, {"attack": 3, "week": 1}, places=PLACES)
    assert [set(i.members) for i in folded] == [{"attack", "week"}] and not folded[0].date_stated


def test_at_meetings_dates_an_agreement_by_the_meeting_it_came_out_of() -> None:
    """An agreement no text dates, told by the articles that tell a dated meeting of the same parties, takes
    the meeting's day; with no party in common, or reported weeks later, it stays undated."""
    from storyline.model import Article, Participant
    from storyline.present.incidents import at_meetings

    arts = {k: Article(id=k, text="x", outlet=k, published=day) for k, day in
            (("m1", "2031-05-06"), ("m2", "2031-05-07"), ("m3", "2031-06-02"))}
    kell = Participant("actor", "Kell", 0, 0, entity="ent:kell")
    meeting = Event("ev:meet", "CONSULT", subtype="visit", participants=(kell,),
                    date=TimeValue("2031-05-06", "Tuesday", "day", "2031-05-06", "2031-05-06", source="clause",
                                   basis="stated"))

    def agreement(*articles: str, party: Participant = kell) -> Incident:
        reported = TimeValue(arts[articles[0]].published, None, "day", source="dct", basis="reported")
        ev = Event("ev:agree", "AGREE", subtype="agreement", participants=(party,), date=reported)
        return Incident(ev, (ev,), articles)

    met = Incident(meeting, (meeting,), ("m1", "m2", "m3"))
    days = {k: a.published for k, a in arts.items()}
    (dated,), ids = at_meetings([agreement("m1", "m2")], [met], days)
    assert dated.date_stated and dated.date is not None and dated.date.value == "2031-05-06" and ids == {"ev:agree"}
    other = Participant("actor", "Orsk", 0, 0, entity="ent:orsk")
    for undated in (agreement("m1", "m2", party=other), agreement("m3")):
        (kept,), ids = at_meetings([undated], [met], days)
        assert not kept.date_stated and ids == set()
