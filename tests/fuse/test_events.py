"""Event fusion: within-document anaphora, cross-document coreference features, conflicts kept with sources."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse, get_step
from storyline.fuse.events import (
    CROSS_DOC,
    STATE_KEY,
    VENUE_WORDS,
    WHOLE_AT,
    Cluster,
    Info,
    Interval,
    Summary,
    _Agglomerator,
    _apart,
    _choose_date,
    _choose_place,
    _country_of,
    _dates,
    _facility_names,
    _fresh,
    _fresh_and_older,
    _from_first_day,
    _kind_agrees,
    _named_again,
    _names,
    _one_disaster_site,
    _order,
    _place,
    _reported_date,
    _setting,
    _sides,
    _specific_link,
    _told_class,
    _venue_names,
    _written_as_towns,
    calendar_name,
    compatible,
    core,
    coreference,
    departures,
    later_links,
    learn_places,
    operation_links,
    operations,
    order_links,
    parallel_pieces,
    same_content,
    score,
    signature,
    stored_pieces,
    summarize,
    within_article,
)
from storyline.fuse.places import PlaceGraph, PlaceMention, build_graph
from storyline.model import Article, Event, EventMention, Figure, Participant, Story, TimeValue
from tests.conftest import analyzer_with, shared_data

Fuser = Callable[..., tuple[Story, FuseContext]]


@pytest.fixture(scope="module")
def fuse_texts(resources: Resources) -> Fuser:
    components = ("baseline", "names", "coref", "time", "events")
    an = analyzer_with(resources, *components)

    def run(*articles: tuple[str, str, str],
            steps: tuple[str, ...] = ("entities", "events")) -> tuple[Story, FuseContext]:
        arts = [Article(id=aid, text=text, published=pub,
                        published_granularity="day" if pub else None) for aid, text, pub in articles]
        analyses = {a.article: a for a in an.analyze_many(arts)}
        ctx = FuseContext(config=Config(components=components, fuse_steps=steps), resources=resources,
                          articles={a.id: a for a in arts}, analyses=analyses)
        return fuse(ctx), ctx

    return run


def _assaults(story: Story) -> list[Event]:
    return [e for e in story.events if e.type == "ASSAULT"]


def test_fuse_events_same_bombing_across_outlets_is_one_event(fuse_texts: Fuser) -> None:
    story, ctx = fuse_texts(
        ("a1", "A suicide bomber blew himself up in a market in Maravel on Monday. The attack killed 30 people.",
         "2023-03-07"),
        ("a2", "The bombing in Maravel on March 6 left at least 30 people dead, officials said.", "2023-03-08"))
    evs = _assaults(story)
    assert len(evs) == 1
    ev = evs[0]
    assert {m.article for m in ev.mentions} == {"a1", "a2"}
    assert ev.date is not None and ev.date.value == "2023-03-06"
    assert ev.location_text == "Maravel" and ev.fatalities is not None and ev.fatalities.min == 30
    assert ev.subtype == "suicide_bombing"
    assert all(ctx.state[STATE_KEY][mid] == ev.id for mid in ev.mention_ids)


def test_fuse_events_disagreeing_figures_keep_both_sources(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("b1", "A car bomb exploded outside the central bank in Velmora on Friday, killing 84 people.", "2023-05-06"),
        ("b2", "The car bomb explosion outside the central bank in Velmora on Friday killed more than 100 people.",
         "2023-05-06"))
    evs = _assaults(story)
    assert len(evs) == 1
    reports = evs[0].conflicts.get("fatalities")
    assert reports is not None and len(reports) == 2
    values = {r.value["min"]: r.sources for r in reports}
    assert set(values) == {84, 100}
    assert all(src.startswith("b1") for src in values[84]) and all(src.startswith("b2") for src in values[100])


def test_fuse_events_disjoint_dates_are_two_visits(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("c1", "Foreign Minister Jane Holloway visited Varnholt on 3 January 2023.", "2023-01-04"),
        ("c2", "Foreign Minister Jane Holloway visited Varnholt on 9 June 2023.", "2023-06-10"))
    visits = [e for e in story.events if e.type == "CONSULT"]
    assert len(visits) == 2


def test_fuse_events_different_places_stay_apart(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("d1", "A bomb exploded at a bus station in Velmora on Monday, killing five people.", "2023-03-07"),
        ("d2", "A bomb exploded at a bus station in Maravel on Monday, killing five people.", "2023-03-07"))
    assert len(_assaults(story)) == 2


def test_fuse_events_anaphor_joins_previous_event(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("e1", "Rebels attacked an army base in Maravel on Monday. The deadly attack drew condemnation.", "2023-03-07"))
    evs = _assaults(story)
    assert len(evs) == 1 and len(evs[0].mentions) == 2


def test_fuse_events_expected_visit_not_merged_with_past_visit(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("f1", "Jane Holloway is expected to visit Varnholt next month.", "2023-03-07"),
        ("f2", "Jane Holloway visited Varnholt in 2021.", "2023-03-07"))
    visits = [e for e in story.events if e.type == "CONSULT"]
    assert sorted(e.modality for e in visits) == ["asserted", "expected"]


def test_fuse_events_seeds_peshawar_bombing_is_one_event(fuse_texts: Fuser) -> None:
    import json

    seeds = shared_data("seeds", "articles.jsonl")
    rows = [json.loads(line) for line in seeds.read_text().splitlines() if line.strip()]
    story, _ = fuse_texts(*((r["id"], r["text"], r.get("published")) for r in rows))
    by_articles = [e for e in _assaults(story) if {"000", "002", "004"} <= {m.article[:3] for m in e.mentions}]
    assert len(by_articles) == 1
    ev = by_articles[0]
    assert ev.date is not None and ev.date.value == "2023-01-30"
    assert ev.fatalities is not None and ev.fatalities.min == 100


class _CountingEmbedder:
    """The real encoder, remembering every text that actually went through the model."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seen: list[str] = []

    def encode(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        real = self.inner._encode_batch

        def counting(batch: list[str], *rest: Any) -> np.ndarray:
            self.seen.extend(batch)
            return real(batch, *rest)

        self.inner._encode_batch = counting
        try:
            return self.inner.encode(texts, batch_size=batch_size)
        finally:
            del self.inner._encode_batch


def test_coreference_embeds_each_sentence_once_as_if_alone(resources: Resources) -> None:
    an = analyzer_with(resources, "baseline", "names", "coref", "time", "events")
    shared = "A bomb attack killed four people at the Varnel market in Ostrava on Monday, and the blast wounded ten."
    arts = [Article(id="w1", text=shared + " Police said the bombing was planned.", published="2031-05-06"),
            Article(id="w2", text="Officials spoke on Tuesday. " + shared, published="2031-05-07")]
    analyses = {a.article: a for a in an.analyze_many(arts)}
    counting = _CountingEmbedder(resources.embedder)
    res = Resources()
    res.__dict__["embedder"] = counting  # the cached_property's slot
    config = Config(fuse_steps=("entities", "events"), step_encoders=(("events", "minilm"),))  # MiniLM, counted
    ctx = FuseContext(config=config, resources=res, articles={a.id: a for a in arts}, analyses=analyses)
    get_step("entities")(ctx)
    mentions = [m for a in analyses.values() for m in a.events if m.modality != "generic" and m.type != "OTHER"]
    infos = [i for c in coreference(ctx, mentions) for i in c.infos]
    assert len(infos) >= 3  # two mentions in the shared sentence, in both copies
    assert len(counting.seen) == len(set(counting.seen))
    assert shared in counting.seen
    alone = resources.embedder.encode([shared])[0]
    in_shared = [i for i in infos if ctx.articles[i.m.article].text[i.m.sentence_start:i.m.sentence_end] == shared]
    assert len(in_shared) >= 2 and all(i.vec is not None and np.allclose(i.vec, alone, atol=1e-6) for i in in_shared)


# --------------------------------------------------------------------------- incidents (issue 10 §3, §4)

def _only_assault(story: Story) -> Event:
    evs = _assaults(story)
    assert len(evs) == 1, [(e.subtype, [m.text for m in e.mentions]) for e in evs]
    return evs[0]


def test_fuse_events_one_incident_told_over_days_is_one_event(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("k1", "A bomb exploded at the bus station in Ardenna on Monday, killing at least 12 people.", "2031-05-06"),
        ("k2", "The death toll from Monday's bombing at the bus station in Ardenna has risen to 15, officials said.",
         "2031-05-07"),
        ("k3", "Police in Ardenna arrested two men over the bombing, which killed 15 people.", "2031-05-08"))
    ev = _only_assault(story)
    assert {m.article for m in ev.mentions} == {"k1", "k2", "k3"}
    assert ev.date is not None and (ev.date.value, ev.date.basis) == ("2031-05-05", "stated")
    assert ev.location_text == "Ardenna" and ev.fatalities is not None and ev.fatalities.min == 15
    assert not ev.conflicts


def test_fuse_events_fragments_join_the_incident_being_told(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("f1", "Gunmen attacked a police post in Ardenna on Monday. The attack lasted an hour. "
                                 "Officials condemned the assault.", "2031-05-07"))
    assert len(_only_assault(story).mentions) >= 2


def test_fuse_events_a_fragment_names_the_lead_not_an_attack_recalled_below_an_older_act(fuse_texts: Fuser) -> None:
    # "a drone attack" hangs below an act dated four years back: recalled with it, so "the attack" after it names
    # the bombing the article leads with, not the drone attack told last
    story, _ = fuse_texts(("r1", "Bomb kills 12 in Sarn market\n\nA bomb exploded at a crowded market in Sarn on "
                                 "Monday, killing 12 people, police said. The bombing came two days before a memorial "
                                 "for General Oskar Varn. The general was assassinated four years ago in a drone "
                                 "attack. Officials said the attack was the work of the Red Hand group.", "2031-03-04"))
    bombing = next(e for e in _assaults(story) if any(m.text == "exploded" for m in e.mentions))
    assert any(m.text == "attack" for m in bombing.mentions)
    assert not any(m.text in ("drone attack", "assassinated") for m in bombing.mentions)


def test_fuse_events_the_attack_named_again_is_not_a_killing_named_in_passing(fuse_texts: Fuser) -> None:
    # the killing is named deep in an argument of the blasts' sentence ("amid tensions over the killing of ...");
    # "the attack" an official blames on a group is the blasts the article leads with
    story, _ = fuse_texts(("r2", "Twin blasts killed 30 people at a shrine in Tolm on Monday, officials said. The "
                                 "blasts came amid high tensions over the killing of a senior militia commander in "
                                 "Varnland on Sunday. An official blamed the Red Hand group for the attack.",
                           "2031-03-04"))
    blasts = next(e for e in _assaults(story) if any(m.text == "Twin blasts" for m in e.mentions))
    killing = next(e for e in _assaults(story) if any(m.text == "killing" for m in e.mentions))
    assert any(m.text == "attack" for m in blasts.mentions) and killing.id != blasts.id
    assert not any(m.text == "attack" for m in killing.mentions)


def test_fuse_events_a_background_act_joins_the_incident_its_sentence_recalls(fuse_texts: Fuser) -> None:
    # "had detonated" (past perfect in the claim) is told as background, in the sentence that recalls the blasts
    # ("more than 24 hours after the explosions"): the blasts' own act, not an older incident
    story, _ = fuse_texts(("r3", "Twin blasts killed 30 people at a shrine in Tolm on Monday, officials said. The Red "
                                 "Hand group issued a statement on Tuesday, more than 24 hours after the explosions, "
                                 "claiming two bombers had detonated their vests among the crowd.", "2031-03-04"))
    blasts = next(e for e in _assaults(story) if any(m.text == "Twin blasts" for m in e.mentions))
    assert any(m.text == "detonated" for m in blasts.mentions)


def test_fuse_events_another_incident_in_the_article_stays_apart(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("s1", "Gunmen attacked a police post in Ardenna on Monday, killing two officers. "
                                 "In a separate attack, a bomb exploded in Maravel on Tuesday, wounding 12 people.",
                           "2031-05-07"))
    evs = _assaults(story)
    assert len(evs) == 2
    kereth = next(e for e in evs if e.location_text == "Ardenna")
    dovra = next(e for e in evs if e.location_text == "Maravel")
    assert kereth.injured is None and dovra.injured is not None and dovra.injured.min == 12  # figures stay home


def test_fuse_events_a_place_inside_another_is_compatible(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("p1", "A bomb exploded in the market of Malindi, in Kilifi county, on Monday, killing nine people.",
         "2031-05-06"),
        ("p2", "Nine people were killed when a bomb exploded in Kilifi county on Monday, officials said.",
         "2031-05-06"))
    assert len({m.article for m in _only_assault(story).mentions}) == 2


def test_fuse_events_report_date_when_the_text_gives_none(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("r1", "Rebels attacked an army base near Ardenna, killing four soldiers.", "2031-05-07"))
    ev = _only_assault(story)
    assert ev.date is not None and (ev.date.value, ev.date.basis, ev.date.mod) == ("2031-05-07", "reported",
                                                                                  "ON_OR_BEFORE")


def test_fuse_events_background_incident_is_not_dated_by_its_report(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("b1", "Troops have patrolled the valley since the takeover of Ardenna.", "2031-05-07"))
    taken = [e for e in story.events if e.type == "TAKEOVER"]
    assert taken and all(e.date is None or e.date.value != "2031-05-07" for e in taken)


def test_fuse_events_visits_reported_months_apart_stay_apart(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("v1", "Foreign Minister Jane Holloway arrived in Varnholt for talks with the government.", "2031-01-10"),
        ("v2", "Foreign Minister Jane Holloway arrived in Varnholt for talks with the government.", "2031-06-10"))
    assert len([e for e in story.events if e.type == "CONSULT" and e.subtype == "visit"]) == 2


def test_fuse_events_undated_accusations_reported_months_apart_stay_apart(fuse_texts: Fuser) -> None:
    # no date but their reports': five months apart, two accusations (as an incremental run's scope, which
    # never re-fuses reports more than OLD_DAYS apart, also keeps them; the seeds one at a time differed)
    story, _ = fuse_texts(
        ("c1", "Norland’s security agencies accused the Vorn Front of using Ardennan soil to launch attacks.",
         "2031-03-01"),
        ("c2", "Earlier, Norland’s defence minister accused the Vorn Front of using Ardennan soil for attacks.",
         "2031-07-20"))
    accusations = [e for e in story.events if e.type == "ACCUSE"]
    assert len(accusations) == 2, [[m.text for m in e.mentions] for e in accusations]


def test_fuse_events_an_arrest_recalled_in_passing_months_later_is_that_arrest(fuse_texts: Fuser) -> None:
    # a trial's coverage months on names the arrest again, undated, deep in its body: the same person's arrest,
    # not a new one (the old-report stop parted them: the pool's attempt on a politician, recalled a year on)
    story, _ = fuse_texts(
        ("r1", "Police in Velmora arrested Dara Lenk on Monday on suspicion of plotting to bomb the parliament.",
         "2031-03-05"),
        ("r2", "The trial of three men accused of plotting to bomb the Velmora parliament opened on Friday. "
               "Prosecutors read the charges for two hours. The judge set the next hearing for July. "
               "Dara Lenk was arrested days later, accused of buying the explosives.", "2031-09-20"))
    arrests = [e for e in story.events if e.type == "COERCE"]
    assert len(arrests) == 1, [[(m.article, m.text) for m in e.mentions] for e in arrests]
    assert {m.article for m in arrests[0].mentions} == {"r1", "r2"}


def test_fuse_events_an_arrest_a_later_report_leads_with_is_another(fuse_texts: Fuser) -> None:
    # the same person arrested again, told as a report's news months later, is a new arrest
    story, _ = fuse_texts(
        ("r1", "Police in Velmora arrested Dara Lenk on Monday on suspicion of plotting to bomb the parliament.",
         "2031-03-05"),
        ("r2", "Dara Lenk was arrested in Velmora, accused of buying explosives. The judge set a hearing for July.",
         "2031-09-20"))
    assert len([e for e in story.events if e.type == "COERCE"]) == 2


def test_fuse_events_one_person_killed_told_with_a_disputed_doer_is_one_killing(fuse_texts: Fuser) -> None:
    # gunmen in the first reports, soldiers in an accusation months on: the sides of the doers no longer part
    # two tellings of one named person's killing (the pool's activist shot dead, then blamed on a state's agents)
    story, _ = fuse_texts(
        ("k1", "Gunmen shot dead the activist Dara Lenk outside a temple in Velmora on June 18.", "2031-06-19"),
        ("k2", "The prime minister told parliament that soldiers killed the activist Dara Lenk in Velmora in June. "
               "Holm denied it.", "2031-09-20"))
    killings = _assaults(story)
    assert len(killings) == 1, [[(m.article, m.text) for m in e.mentions] for e in killings]


def _event_of(story: Story, article: str, text: str) -> str:
    return next(e.id for e in story.events for m in e.mentions if m.article == article and m.text == text)


def test_fuse_events_an_act_told_as_done_in_other_countries_is_not_the_incident(fuse_texts: Fuser) -> None:
    # the takeover and "seized power in five other countries since 2027" (a series told at once) stay apart
    story, _ = fuse_texts(
        ("t1", "Soldiers took power in Norland on Wednesday. The takeover drew alarm in a region where the military "
               "seized power in five other countries since 2027.", "2031-08-31"))
    assert _event_of(story, "t1", "takeover") != _event_of(story, "t1", "seized")


def test_fuse_events_strikes_launched_weekly_since_a_month_are_not_the_strike(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("w1", "A missile struck an apartment building in Kereth on Saturday, killing 12 people. The strike ended a "
               "lull in the airstrikes Varnland has launched against power plants almost weekly since October.",
         "2031-01-15"))
    assert _event_of(story, "w1", "struck") != _event_of(story, "w1", "airstrikes")


def test_fuse_events_protests_held_since_a_month_are_not_the_day_s_protest(fuse_texts: Fuser) -> None:
    # the day's violent protest and the movement "demonstrating since March 3": a series holds many protests
    story, _ = fuse_texts(
        ("m1", "Protesters clashed with police in Kesk on Tuesday, and six people were killed. Thousands of students "
               "have been demonstrating since March 3 against the new fuel prices.", "2031-03-18"))
    assert _event_of(story, "m1", "clashed") != _event_of(story, "m1", "demonstrating")


def test_fuse_events_the_deadliest_since_a_year_is_no_series(fuse_texts: Fuser) -> None:
    # "since 2027" after a superlative dates an older attack the strike is compared with: the strike is the incident
    story, _ = fuse_texts(
        ("d1", "A missile struck an apartment building in Kereth on Saturday, killing 12 people. The strike was the "
               "deadliest attack on the city since 2027.", "2031-01-15"))
    assert _event_of(story, "d1", "struck") == _event_of(story, "d1", "attack")


def test_fuse_events_later_toll_and_stale_toll_conflict(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("t1", "The death toll from Monday's bombing at the bus station in Ardenna has risen to 14.", "2031-05-06"),
        ("t2", "A bombing at the bus station in Ardenna killed 12 people on Monday.", "2031-05-08"),
        ("t3", "The death toll from the bombing at the bus station in Ardenna stands at 14.", "2031-05-09"))
    ev = _only_assault(story)
    assert ev.fatalities is not None and ev.fatalities.min == 14
    conflict = {v.value["min"]: set(v.articles) for v in ev.conflicts["fatalities"]}
    assert conflict == {12: {"t2"}, 14: {"t1", "t3"}}
    assert {(r.article, r.min) for r in ev.reports if r.kind == "killed"} == {("t1", 14), ("t2", 12), ("t3", 14)}


def test_fuse_events_change_of_toll_gives_the_new_total(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("c1", "The death toll from Monday's bombing in Ardenna rose by one to 101.", "2031-05-07"))
    ev = _only_assault(story)
    assert ev.fatalities is not None and (ev.fatalities.min, ev.fatalities.max) == (101, 101)


def test_fuse_events_the_perpetrators_count_is_no_conflict(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("g1", "Gunmen killed six police officers in an attack on a police station in Ardenna on Saturday.",
         "2031-05-11"),
        ("g2", "The Dark Front claimed the attack on the police station in Ardenna and said its fighters killed "
               "20 policemen.", "2031-05-11"))
    ev = _only_assault(story)
    assert ev.fatalities is not None and ev.fatalities.min == 6 and "fatalities" not in ev.conflicts
    assert any(r.status == "claimed" and r.min == 20 for r in ev.reports)


def test_fuse_events_independent_of_article_order(resources: Resources) -> None:
    components = ("baseline", "names", "coref", "time", "events")
    an = analyzer_with(resources, *components)
    texts = [("o1", "A bomb exploded in Ardenna on Monday, killing five people.", "2031-05-06"),
             ("o2", "The bombing in Ardenna on Monday killed five people, police said.", "2031-05-07"),
             ("o3", "Gunmen attacked a police post in Maravel on Tuesday.", "2031-05-07")]
    arts = [Article(id=a, text=t, published=p, published_granularity="day") for a, t, p in texts]
    analyses = {a.article: a for a in an.analyze_many(arts)}

    def events(order: list[Article]) -> list[tuple[str, tuple[str, ...]]]:
        ctx = FuseContext(config=Config(components=components, fuse_steps=("entities", "events")),
                          resources=resources, articles={a.id: a for a in order},
                          analyses={a.id: analyses[a.id] for a in order})
        return sorted((e.id, e.mention_ids) for e in fuse(ctx).events)

    assert events(arts) == events(arts[::-1])


def test_event_signature_blocks_by_type_place_date_story() -> None:
    ev = Event(id="e", type="ASSAULT", subtype="bombing", location="ent:x", story="s1",
               date=TimeValue("2031-05-05", earliest="2031-05-05", latest="2031-05-05"))
    assert signature(ev) == ("ASSAULT", "bombing", "ent:x", "2031-05-05", "2031-05-05", "s1")


def test_fuse_events_a_second_attack_in_the_sentence_of_the_first_stays_apart(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("h1", "A suicide bomber killed 50 people at a procession in Ardenna on Friday. Hours after "
                                 "the blast in Ardenna, a second attack hit a mosque in Maravel, killing five people.",
                           "2031-05-10"))
    evs = _assaults(story)
    assert len(evs) == 2 and {e.location_text for e in evs} == {"Ardenna", "Maravel"}
    assert sorted(e.fatalities.min for e in evs if e.fatalities) == [5, 50]


def test_fuse_events_a_flood_and_an_earthquake_are_two_disasters(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("q1", "Floods swept through Kereth after two dams collapsed, killing thousands. The disaster came days "
               "after the earthquake that struck central Valdora.", "2023-09-12"),
        ("q2", "The floods in Kereth killed at least 3,000 people.", "2023-09-13"))
    disasters = [e for e in story.events if e.type == "DISASTER"]
    quake = [e for e in disasters if e.subtype == "earthquake"]
    flood = [e for e in disasters if e.subtype == "flood"]
    assert len(quake) == 1 and len(flood) == 1
    assert {m.article for m in flood[0].mentions} == {"q1", "q2"}
    assert {m.article for m in quake[0].mentions} == {"q1"}


def test_fuse_events_opposite_expulsions_are_two_events(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("x1", "Chile expelled a Peruvian diplomat on Monday. Hours later, Peru expelled a senior Chilean "
               "diplomat.", "2022-05-17"),
        ("x2", "Peru has expelled a Chilean diplomat in a tit-for-tat move.", "2022-05-17"),
        ("x3", "Santiago expelled a top Peruvian diplomat on Monday.", "2022-05-17"))
    expulsions = [e for e in story.events if e.type == "SANCTION"]
    by_articles = sorted(sorted({m.article for m in e.mentions}) for e in expulsions)
    assert by_articles == [["x1", "x2"], ["x1", "x3"]]


def _expulsion_sides(text: str, trigger: str, *parts: tuple[str, str]) -> tuple[set[str], set[str]]:
    """The sides _sides reads for the trigger of ``text`` with the given (role, words) participants."""
    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)
    m = EventMention(id="z:ev0", article="z", start=at(trigger)[0], end=at(trigger)[1], text=trigger, type="SANCTION",
                     sentence_end=len(text))
    ctx = SimpleNamespace(articles={"z": Article(id="z", text=text)})
    actor, target = _sides(ctx, m, [Participant(role, w, *at(w)) for role, w in parts], {})  # type: ignore[arg-type]
    return set(actor), set(target)


def test_sides_expulsions_told_together_give_no_side() -> None:
    text = "Both France and the United States have expelled one diplomat each."
    assert _expulsion_sides(text, "expelled", ("actor", "France"), ("actor", "United States"),
                            ("target", "diplomat")) == (set(), set())
    assert _expulsion_sides("The United States expelled a diplomat.", "expelled", ("actor", "United States"),
                            ("target", "diplomat")) == ({"US"}, set())


def test_sides_a_seat_of_government_is_its_state() -> None:
    text = "The Elysee expelled a diplomat."
    assert _expulsion_sides(text, "expelled", ("actor", "The Elysee"), ("target", "a diplomat")) == ({"FR"}, set())


def test_sides_a_demonym_inside_the_target_and_the_country_expelled_from() -> None:
    text = "Who is the Top American Diplomat Who Was Expelled From France?"
    assert _expulsion_sides(text, "Expelled", ("target", "Top American Diplomat Who Was")) == ({"FR"}, {"US"})


@pytest.mark.parametrize("text", [
    "LIMA: Chile’s diplomatic staff were expelled on Sunday, its foreign minister said.",
    "LIMA: Chile's diplomatic staff were expelled on Sunday, its foreign minister said.",
    "Chile’s staff were expelled on Sunday.",
])
def test_sides_a_possessive_owner_before_the_target_is_its_country(text: str) -> None:
    # the owner "Chile’s" (curly or straight) is the target's country, not the capital named before it
    assert _expulsion_sides(text, "expelled", ("target", "staff")) == (set(), {"CL"})


def test_fuse_events_a_night_dated_to_either_day_is_one_flood(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("n1", "The flash flood in Kereth on September 10 broke two dams.", "2023-09-12"),
        ("n2", "Two dams above Kereth burst early on September 11, flooding the city.", "2023-09-12"),
        ("n3", "The floods in Kereth on September 11 killed thousands.", "2023-09-13"))
    floods = [e for e in story.events if e.type == "DISASTER"]
    assert len(floods) == 1
    assert floods[0].date is not None and floods[0].date.value == "2023-09-11"  # the day most reports give
    assert {r.value for r in floods[0].conflicts.get("date", ())} == {"2023-09-10", "2023-09-11"}


def test_fuse_events_the_place_near_a_city_is_the_place(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("k1", "Gunmen attacked a concert hall in Krasnovo near Dovask on Friday, killing 40 people.", "2024-03-23"),
        ("k2", "The attack at a concert hall in Dovask on Friday killed 40 people.", "2024-03-23"),
        ("k3", "Friday's attack in Dovask left 40 dead, officials in Dovask said.", "2024-03-23"))
    attacks = _assaults(story)
    assert len(attacks) == 1 and attacks[0].location_text == "Krasnovo"


def test_fuse_events_arrests_of_different_counts_are_two(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("h1", "Police have arrested a man suspected of organising the bombing in Kereth, the police chief said on "
               "Monday. Two men were arrested at a checkpoint outside the town on the afternoon of the attack.",
         "2031-03-17"))
    arrests = [e for e in story.events if e.type == "COERCE"]
    assert len(arrests) == 2  # one man now, two men on the day of the attack


def test_fuse_events_an_expected_trip_is_not_bounded_by_its_report(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("t1", "Chief negotiator Ilse Borg will travel to Lesk on 25 May for talks, her office said.", "2031-05-20"),
        ("t2", "Ilse Borg has a new title. Whether she has a new mandate will be clear when she travels to Lesk.",
         "2031-05-18"))
    trips = [e for e in story.events if e.type == "CONSULT" and e.modality == "expected"]
    assert len(trips) == 1 and {m.article for m in trips[0].mentions} == {"t1", "t2"}


def test_fuse_events_a_visit_is_not_the_round_of_talks_told_before(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("r1", "A fourth round of the talks ended in Lesk last month without agreement. Interior Minister Ilse Borg, "
               "who visited the wounded in the district hospital, called the attack a crime.", "2031-03-05"))
    consult = [e for e in story.events if e.type == "CONSULT" and e.subtype in ("visit", "talks")]
    assert not [e for e in consult if {m.text for m in e.mentions} >= {"round", "visited"}]


def test_fuse_events_a_round_told_aside_joins_the_one_told_as_news_by_its_date(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("n1", "The fourth round of talks between Kereth and the rebels ended in February without agreement. "
               "Negotiators said the round was the longest so far.", "2031-03-06"),
        ("n2", "A bomb exploded in a market in Sarvel on Tuesday, killing 12 people. The bombing is the deadliest "
               "this year. A fourth round of the talks ended in Lesk in February without agreement.", "2031-03-05"))
    rounds = [e for e in story.events if e.type == "CONSULT" and "round" in {m.text for m in e.mentions}]
    assert len(rounds) == 1 and {m.article for m in rounds[0].mentions} == {"n1", "n2"}


def test_fuse_events_rounds_are_told_apart_by_their_ordinal(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("o1", "The fourth round of talks between Kereth and the rebels ended in Lesk in February.", "2031-03-02"),
        ("o2", "Negotiators said the fourth round of the talks, held in Lesk in February, was the longest so far.",
         "2031-03-03"),
        ("o3", "The fifth round of talks between Kereth and the rebels opened in Lesk in February.", "2031-03-01"))
    rounds = [e for e in story.events if "round" in {m.text for m in e.mentions}]
    assert sorted(sorted(m.article for m in e.mentions if m.text == "round") for e in rounds) == [["o1", "o2"], ["o3"]]


def test_fuse_events_a_fragment_named_by_its_site_is_that_incident(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("s2", "Gunmen hurled grenades at the police station in Tolm on Saturday night, killing six officers. "
               "The Kestrel Front claimed the attack. Eight officers were wounded in the attack. One of them died on "
               "Monday; the other seven are recovering in the district hospital in Tolm and in Sarvel, where some "
               "of the victims of the market bombing are still being treated.", "2031-03-18"))
    attack = next(e for e in story.events if any(m.text == "attack" for m in e.mentions))
    assert not any(m.text == "market bombing" for m in attack.mentions)


def _cluster(article: str, *subtypes: str | None, type_: str = "ASSAULT", parts: frozenset[str] = frozenset(),
             mclass: str = "realis", dated: bool = True) -> Cluster:
    """Mentions of one article in one story (by default shootings told on one day, with no place)."""
    day = (dt.date(2031, 3, 6), dt.date(2031, 3, 6))
    return Cluster([Info(m=EventMention(id=f"{article}:ev{n}", article=article, start=10 * n, end=10 * n + 6,
                                        text=sub or "event", type=type_, subtype=sub),
                         place=None, parts=parts, participants=[], stated=day if dated else None, soft=None,
                         before=day[1] if dated else None, mclass=mclass, fragment=False, indefinite=False,
                         story="st1", lead=False)
                    for n, sub in enumerate(subtypes)])


def test_stored_pieces_a_large_stored_incident_at_the_edge_enters_whole() -> None:
    # ev_big is told by WHOLE_AT articles outside the scope (o0, o1, ...), ev_small by two (s0, s1); n1 is new
    big = [_cluster(f"o{k}", "shooting") for k in range(WHOLE_AT)]
    small = [_cluster(f"s{k}", "shooting") for k in range(2)]
    new = _cluster("n1", "shooting")
    mixed = Cluster(_cluster("m1", "shooting", "shooting").infos)  # one article's piece of both stored incidents
    stored = {**{f"o{k}:ev0": "ev_big" for k in range(WHOLE_AT)}, "s0:ev0": "ev_small", "s1:ev0": "ev_small",
              "m1:ev0": "ev_big", "m1:ev1": "ev_small"}
    pieces = stored_pieces([big[0], small[0], new, *big[1:], small[1], mixed], stored)
    # the large incident's pieces are one, where its first stood; the small one's stay apart, as do the new
    # article's piece and a piece that holds mentions of two stored incidents
    assert [sorted(c.articles) for c in pieces] == [[f"o{k}" for k in range(WHOLE_AT)], ["s0"], ["n1"], ["s1"],
                                                    ["m1"]]
    assert stored_pieces([big[0], new], {}) == [big[0], new]  # not an incremental run: nothing joined


def test_score_a_stray_subtype_of_a_large_incident_is_no_evidence_against() -> None:
    places = build_graph([], set(), set(), {}, set())
    told = summarize(_cluster("w1", *["shooting"] * 7, "armed_clash"), with_vector=False)
    mixed = summarize(_cluster("w2", *["shooting"] * 2, *["armed_clash"] * 2), with_vector=False)
    one = summarize(_cluster("w3", "shooting"), with_vector=False)
    assert score(told, one, places) >= CROSS_DOC  # seven outlets' shooting, one sentence's "clash"
    assert score(mixed, one, places) < score(told, one, places)  # told as much a clash as a shooting


def test_fuse_events_an_old_uprising_named_by_its_year_is_one_across_articles(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("u1", "Floods hit the port of Varsk on Monday. The country has been divided since a 2029 uprising that "
               "toppled its ruler.", "2031-03-24"),
        ("u2", "Rescuers reached Varsk on Tuesday. The 2029 revolt toppled a ruler of four decades.", "2031-03-25"),
        ("u3", "Rescuers reached Varsk on Tuesday. The 2019 revolt failed.", "2031-03-25"))
    uprisings = sorted(sorted(m.article for m in e.mentions) for e in story.events if e.subtype == "uprising")
    assert uprisings == [["u1", "u2"], ["u3"]]


def test_agglomerator_an_expected_trip_joins_the_announced_trip_not_the_talks_expected() -> None:
    places = build_graph([], set(), set(), {}, set())
    envoy = frozenset({"ent:envoy"})
    talks = _cluster("v1", "talks", "talks", "talks", type_="CONSULT", parts=envoy, mclass="irrealis", dated=False)
    trip = _cluster("v2", "visit", type_="CONSULT", parts=envoy, mclass="irrealis", dated=False)
    announced = _cluster("v3", "visit", "visit", type_="CONSULT", parts=envoy, mclass="irrealis")
    out = _Agglomerator([talks, trip, announced], places).run()
    assert sorted(sorted(c.articles) for c in out) == [["v1"], ["v2", "v3"]]


def test_score_an_old_incident_told_beside_a_fragment_meets_its_recall_at_the_same_date() -> None:
    places = build_graph([], set(), set(), {}, set())
    autumn = (dt.date(2030, 9, 1), dt.date(2030, 11, 30))

    def talks(article: str, n: int, stated: Interval | None, fragment: bool) -> Info:
        return Info(m=EventMention(id=f"{article}:ev{n}", article=article, start=10 * n, end=10 * n + 5, text="talks",
                                   type="CONSULT", subtype="talks"),
                    place=None, parts=frozenset(), participants=[], stated=stated, soft=None,
                    before=dt.date(2031, 3, 5), mclass="realis", fragment=fragment, indefinite=False, story="st1",
                    lead=False, old=stated is not None)
    # "the talks opened in the autumn of 2030" with "wants the talks to fail" (a fragment told as news) ...
    told = summarize(Cluster([talks("o1", 0, autumn, False), talks("o1", 1, None, True)]), with_vector=False)
    # ... and "since they began in the autumn of 2030"
    recalled = summarize(Cluster([talks("o2", 0, autumn, False)]), with_vector=False)
    assert _specific_link(told, recalled, places)
    assert score(told, recalled, places) >= score(recalled, recalled, places) - 0.5


def test_fuse_events_a_running_total_of_arrests_is_no_other_arrest(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("r1", "Police arrested all four gunmen near the border on Saturday. The minister confirmed that 11 people "
               "have been arrested in total so far.", "2031-03-23"))
    arrests = [e for e in story.events if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_specific_link_the_same_number_arrested_is_specific() -> None:
    places = build_graph([], set(), set(), {}, set())
    a = summarize(_cluster("h1", "arrest", type_="COERCE", dated=False), with_vector=False)
    b = summarize(_cluster("h2", "arrest", type_="COERCE", dated=False), with_vector=False)
    assert not _specific_link(a, b, places)
    a.held, b.held = frozenset({11}), frozenset({11})
    assert _specific_link(a, b, places)
    a.held, b.held = frozenset({1}), frozenset({1})  # one man arrested twice over is no specific link
    assert not _specific_link(a, b, places)


def test_specific_link_a_month_recalled_holds_the_day_others_state() -> None:
    places = build_graph([], set(), set(), {}, set())

    def kidnapped(article: str, stated: Interval, old: bool) -> Info:
        return Info(m=EventMention(id=f"{article}:ev0", article=article, start=0, end=9, text="kidnapped",
                                   type="ASSAULT", subtype="abduction"),
                    place=None, parts=frozenset(), participants=[], stated=stated, soft=None,
                    before=dt.date(2031, 5, 2), mclass="realis", fragment=False, indefinite=False, story="st1",
                    lead=False, old=old)
    # "the aid workers were kidnapped on Saturday, March 14" ...
    day = summarize(Cluster([kidnapped("k1", (dt.date(2031, 3, 14), dt.date(2031, 3, 14)), False)]),
                    with_vector=False)
    # ... and, weeks later, "the aid workers kidnapped in March"
    march = summarize(Cluster([kidnapped("k2", (dt.date(2031, 3, 1), dt.date(2031, 3, 31)), True)]),
                      with_vector=False)
    assert _specific_link(day, march, places) and _specific_link(march, day, places)
    # a year names no incident of its own: a story holds two abductions in a year more often than in a month
    year = summarize(Cluster([kidnapped("k3", (dt.date(2031, 1, 1), dt.date(2031, 12, 31)), True)]),
                     with_vector=False)
    assert not _specific_link(day, year, places)
    # nor a month that does not hold the day
    april = summarize(Cluster([kidnapped("k4", (dt.date(2031, 4, 1), dt.date(2031, 4, 30)), True)]),
                      with_vector=False)
    assert not _specific_link(day, april, places)


def test_compatible_a_disaster_told_again_weeks_on_at_its_place_is_that_disaster() -> None:
    places = build_graph([], set(), set(), {}, set())

    def crash(article: str, place: str | None, stated: Interval | None, published: dt.date, text: str) -> Info:
        return Info(m=EventMention(id=f"{article}:ev0", article=article, start=0, end=len(text), text=text,
                                   type="DISASTER", subtype="man_made"),
                    place=place, parts=frozenset(), participants=[], stated=stated, soft=None, before=published,
                    mclass="realis", fragment=False, indefinite=False, story="st1", lead=True, published=published)
    june = dt.date(2031, 6, 2)
    # "two trains collided near Varn on Friday", the day's reports ...
    day = summarize(Cluster([crash("t1", "ent:varn", (june, june), june, "collided")]), with_vector=False)
    # ... and the reports of July that lead with "the Varn train crash" (the inquiry's findings), with no date
    inquiry = summarize(Cluster([crash("t2", "ent:varn", None, dt.date(2031, 7, 7), "train crash")]),
                        with_vector=False)
    assert compatible(day, inquiry, places) and score(day, inquiry, places) >= CROSS_DOC
    # a crash told at another place, or an act a doer does again (an attack), stays apart as before
    elsewhere = summarize(Cluster([crash("t3", "ent:dorn", None, dt.date(2031, 7, 7), "train crash")]),
                          with_vector=False)
    assert not compatible(day, elsewhere, places)
    attack = summarize(_cluster("t4", "bombing", dated=False), with_vector=False)
    attack.places = frozenset({"ent:varn"})
    assert not _one_disaster_site(summarize(_cluster("t5", "bombing"), with_vector=False), attack, places)


def _said(article: str, n: int, type_: str, subtype: str, start: int, mclass: str) -> Info:
    """A mention at ``start`` of the article's one sentence."""
    return Info(m=EventMention(id=f"{article}:ev{n}", article=article, start=start, end=start + 6, text=subtype,
                               type=type_, subtype=subtype, sentence_start=0, sentence_end=200),
                place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=None, mclass=mclass,
                fragment=False, indefinite=False, story="st1", lead=False)


def test_same_content_agreements_on_one_incident_are_one() -> None:
    places = build_graph([], set(), set(), {}, set())
    # "the two agreed that teams would meet in April" / "it ended with an agreement that teams would meet in April"
    agreed = Cluster([_said("c1", 0, "AGREE", "agreement", 10, "realis")])
    agreement = Cluster([_said("c2", 0, "AGREE", "agreement", 10, "realis")])
    meeting = Cluster([_said("c1", 1, "CONSULT", "meeting", 60, "irrealis"),
                       _said("c2", 1, "CONSULT", "meeting", 70, "irrealis")])
    other = Cluster([_said("c3", 0, "AGREE", "agreement", 10, "realis"),  # agreed on something else
                     _said("c3", 1, "CONSULT", "talks", 60, "irrealis")])
    out = same_content([agreed, meeting, agreement, other], places)
    assert sorted(sorted(c.articles) for c in out if c.infos[0].m.type == "AGREE") == [["c1", "c2"], ["c3"]]


def test_sides_the_target_s_own_nationality_word_before_a_line_above() -> None:
    text = "Protesters outside the embassy in Lima\n\nThe Chilean diplomat who was expelled by Peru left on Monday."
    assert _expulsion_sides(text, "expelled", ("target", "The Chilean diplomat")) == (set(), {"CL"})


def test_within_article_the_arrest_is_the_one_reported_not_one_recalled_in_passing() -> None:
    places = build_graph([], set(), set(), {}, set())
    day = (dt.date(2031, 3, 17), dt.date(2031, 3, 17))

    def arrest(n: int, text: str, background: bool = False, stated: Interval | None = None,
               parts: frozenset[str] = frozenset(), fragment: bool = False) -> Info:
        return Info(m=EventMention(id=f"z1:ev{n}", article="z1", start=100 * n, end=100 * n + 6, text=text,
                                   type="COERCE", subtype="arrest", background=background),
                    place=None, parts=parts, participants=[], stated=stated, soft=None, before=day[1],
                    mclass="realis", fragment=fragment, indefinite=False, story="st1", lead=False)
    # "Police on Monday arrested Pell ... Two men arrested on the day of the bombing remain in custody. ...
    # The arrest came two days after ...": the arrest the article reports, not the one recalled in passing
    infos = [arrest(0, "arrested", stated=day, parts=frozenset({"ent:pell"})),
             arrest(1, "arrested", background=True, parts=frozenset({"ent:men"})),
             arrest(2, "arrest", fragment=True)]
    out = within_article(infos, places)
    assert sorted(sorted(i.m.id for i in c.infos) for c in out) == [["z1:ev0", "z1:ev2"], ["z1:ev1"]]


def _outbreak(article: str, n: int, stated: Interval | None = None, told: Interval | None = None,
              before: dt.date | None = None, coverage_from: dt.date | None = None) -> Info:
    """An epidemic told at ``100 * n`` of an article (undated where ``coverage_from`` is given)."""
    return Info(m=EventMention(id=f"{article}:ev{n}", article=article, start=100 * n, end=100 * n + 8, text="outbreak",
                               type="DISASTER", subtype="epidemic", sentence_start=100 * n,
                               sentence_end=100 * n + 90),
                place=None, parts=frozenset(), participants=[], stated=stated, soft=None, before=before,
                mclass="realis", fragment=False, indefinite=n > 0, story="st1", lead=n == 0, told=told,
                coverage_from=coverage_from)


def test_within_article_an_undated_report_s_incident_years_before_its_coverage_is_another() -> None:
    places = build_graph([], set(), set(), {}, set())
    autumn = dt.date(2031, 9, 30)  # the story's dated reports begin then; this one has no publication day
    year = (dt.date(2029, 1, 1), dt.date(2029, 12, 31))
    # "An outbreak of fever in the country has killed six. ... Dovra reported an outbreak in 2029. ...
    # An outbreak in 2029 killed two."
    infos = [_outbreak("u1", 0, coverage_from=autumn), _outbreak("u1", 1, told=year, coverage_from=autumn),
             _outbreak("u1", 2, stated=year, coverage_from=autumn)]
    out = within_article(infos, places)
    assert [sorted(i.m.id for i in c.infos) for c in out if "u1:ev0" in {i.m.id for i in c.infos}] == [["u1:ev0"]]
    # without the coverage's first day, nothing tells them apart
    infos = [_outbreak("u3", 0), _outbreak("u3", 1, told=year)]
    assert len(within_article(infos, places)) == 1
    # a day within the coverage's month is no other incident's ("declared on September 27"), nor is a season
    # months before it ("the outbreak began in the spring"): only a year names what lies well back
    day, spring = (dt.date(2031, 9, 27), dt.date(2031, 9, 27)), (dt.date(2031, 3, 1), dt.date(2031, 5, 31))
    for n, date in enumerate((day, spring)):
        infos = [_outbreak(f"u{n + 4}", 0, coverage_from=autumn),
                 _outbreak(f"u{n + 4}", 1, stated=date, coverage_from=autumn)]
        assert len(within_article(infos, places)) == 1


def test_compatible_an_incident_reported_years_before_the_news_in_an_undated_report_is_older() -> None:
    places = build_graph([], set(), set(), {}, set())
    autumn = dt.date(2031, 10, 6)
    recalled = summarize(Cluster([_outbreak("u1", 1, told=(dt.date(2029, 1, 1), dt.date(2029, 12, 31)),
                                            coverage_from=autumn)]), with_vector=False)
    news = summarize(Cluster([_outbreak("d1", 0, before=autumn)]), with_vector=False)
    assert not compatible(recalled, news, places) and not compatible(news, recalled, places)
    # reported last week: the same outbreak may be told so
    lately = summarize(Cluster([_outbreak("u1", 1, told=(dt.date(2031, 9, 29), dt.date(2031, 9, 29)),
                                          coverage_from=autumn)]), with_vector=False)
    assert compatible(lately, news, places)


def test_compatible_a_funeral_told_as_held_is_not_the_next_days_funeral() -> None:
    places = build_graph([], set(), set(), {}, set())
    thursday, friday = dt.date(2031, 8, 1), dt.date(2031, 8, 2)

    def told(article: str, type_: str, subtype: str, stated: dt.date | None, before: dt.date) -> Cluster:
        return Cluster([Info(m=EventMention(id=f"{article}:ev0", article=article, start=0, end=6, text=subtype,
                                            type=type_, subtype=subtype),
                             place=None, parts=frozenset(), participants=[],
                             stated=(stated, stated) if stated else None, soft=None, before=before,
                             mclass="realis", fragment=False, indefinite=False, story="st1", lead=False)])
    # "the funeral prayers were led in the capital" (report of Thursday) / "he was buried on Friday in Amsel"
    held = summarize(told("f1", "LIFE", "funeral", None, thursday), with_vector=False)
    buried = summarize(told("f2", "LIFE", "funeral", friday, friday), with_vector=False)
    assert not compatible(held, buried, places)
    # an attack reported on Thursday from another time zone may be the one dated Friday
    attack = summarize(told("f3", "ASSAULT", "attack", None, thursday), with_vector=False)
    dated = summarize(told("f4", "ASSAULT", "attack", friday, friday), with_vector=False)
    assert compatible(attack, dated, places)


def test_fuse_events_one_incident_told_as_several_kinds_is_one_event(fuse_texts: Fuser) -> None:
    # a crowd storming a building, police firing on it, clashes: one incident in three wordings, told by three
    # outlets; its tolls on that one event, an older bombing the article recalls left apart
    story, _ = fuse_texts(
        ("v1", "Thousands of protesters stormed the parliament building in Kelvar on Tuesday after lawmakers passed "
               "a contested tax bill. Police opened fire on the crowd, killing at least five people, medics said. "
               "In 2027, a bombing in the northern town of Sarvik killed 12 people.", "2031-05-14"),
        ("v2", "Police in Dalmeria shot dead five protesters on Tuesday as crowds broke into the national parliament "
               "in Kelvar. The shooting came after hours of clashes between demonstrators and riot police.",
         "2031-05-14"),
        ("v3", "The death toll from Tuesday's clashes at the parliament in Kelvar has risen to eight, the health "
               "ministry said on Wednesday. More than 40 people were injured when police fired live rounds at "
               "protesters who had breached the building.", "2031-05-15"))
    violent = [e for e in story.events if e.type in ("ASSAULT", "COERCE", "PROTEST") and
               any(m.article != "v1" or m.text != "bombing" for m in e.mentions)]
    assert len(violent) == 1, [(e.type, e.subtype, [m.text for m in e.mentions]) for e in violent]
    ev = violent[0]
    assert ev.type == "ASSAULT" and {m.article for m in ev.mentions} == {"v1", "v2", "v3"}
    assert ev.fatalities is not None and ev.fatalities.min == 8
    older = [e for e in story.events if any(m.text == "bombing" for m in e.mentions)]
    assert len(older) == 1 and older[0] is not ev and older[0].fatalities is not None


def test_fuse_events_an_older_incident_told_after_the_news_stays_apart(fuse_texts: Fuser) -> None:
    # "a day after insurgents abducted 200 women": background with a place and a count of its own, not the news
    story, _ = fuse_texts(("b1", "Gunmen abducted 40 pupils from a school on Thursday, officials said. The attack came "
                                 "barely a day after insurgents abducted 200 women in Marvel State. Parents gathered "
                                 "at the school gate.", "2031-03-08"))
    news = next(e for e in story.events if any(m.start < 20 for m in e.mentions))
    assert news.abducted is not None and news.abducted.min == 40
    assert not any(r.min == 200 for r in news.reports), [(m.text, m.start) for m in news.mentions]


def test_fuse_events_a_killing_recalled_by_its_own_victim_stays_apart(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("t1", "Omar Dalen was assassinated in Kelvar, his movement said on Wednesday. His "
                                 "assassination came hours after the targeted killing of senior commander Ivo Marsk. "
                                 "Dalen had arrived in Kelvar on Tuesday.", "2031-07-31"))
    dalen = next(e for e in story.events if any(m.text == "assassinated" for m in e.mentions))
    assert not any(m.text == "killing" for m in dalen.mentions), [m.text for m in dalen.mentions]


def test_fuse_events_a_toll_that_followed_another_event_is_not_the_incident(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(("t2", "Omar Dalen was assassinated in Kelvar on Wednesday, his movement said. The war "
                                 "began in October. More than 30,000 people have since been killed in the fighting, "
                                 "according to the health ministry.", "2031-07-31"))
    dalen = next(e for e in story.events if any(m.text == "assassinated" for m in e.mentions))
    assert dalen.fatalities is None or dalen.fatalities.min != 30000
    assert not any(r.min == 30000 for r in dalen.reports)


def test_fuse_events_coordinated_attacks_in_two_towns_are_one_incident(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("a1", "Gunmen launched coordinated attacks in the city of Orsk and in the coastal town of Tolmen on Sunday, "
               "killing 12 people.", "2031-05-04"),
        ("a2", "Gunmen attacked a church in Tolmen on Sunday evening. Two guards were killed.", "2031-05-04"),
        ("a3", "Gunmen attacked a police post in Orsk on Sunday evening, police said.", "2031-05-04"))
    with_attack = [e for e in _assaults(story) if {m.article for m in e.mentions} & {"a2", "a3"}]
    assert len(with_attack) == 1 and {m.article for m in with_attack[0].mentions} == {"a1", "a2", "a3"}
    # negative: without an article telling them as one incident, attacks in two towns stay two
    apart, _ = fuse_texts(("a2", "Gunmen attacked a church in Tolmen on Sunday evening.", "2031-05-04"),
                          ("a3", "Gunmen attacked a police post in Orsk on Sunday evening, police said.", "2031-05-04"))
    assert len(_assaults(apart)) == 2


def test_fuse_events_deaths_told_without_their_cause_are_the_disaster_s_toll(fuse_texts: Fuser) -> None:
    # "610 people had been killed in Vardena" names no cause: read as a killing, it is the earthquake's toll
    quake = ("A strong earthquake struck the mountainous province of Vardena late on Sunday, killing at least 300 "
             "people, officials said on Monday. Rescue teams were searching for survivors.")
    story, _ = fuse_texts(
        ("q1", quake, "2031-09-01"),
        ("q2", "The death toll from Sunday's earthquake in Vardena has risen to 610, officials said on Tuesday. A "
               "spokesman said 610 people had been killed and hundreds injured in Vardena.", "2031-09-02"))
    assert not _assaults(story), [(e.subtype, [m.text for m in e.mentions]) for e in _assaults(story)]
    quakes = [e for e in story.events if e.type == "DISASTER"]
    assert len(quakes) == 1 and {m.text for m in quakes[0].mentions} >= {"earthquake", "killed"}
    # negative: a killing with its killers named is an attack of its own, not the disaster's toll
    apart, _ = fuse_texts(
        ("q1", quake, "2031-09-01"),
        ("q3", "Looters shot dead 12 people in Vardena on Tuesday, police said. The earthquake left 610 dead.",
         "2031-09-02"))
    assert [e.subtype for e in _assaults(apart)], [(e.type, [m.text for m in e.mentions]) for e in apart.events]


def _placed(place: str, n: int, lead: bool = True, old: bool = False, stated: Interval | None = None) -> Info:
    m = EventMention(id=f"a{n}:ev0", article=f"a{n}", start=0, end=7, text="crashed", type="DISASTER",
                     subtype="man_made", sentence_start=0, sentence_end=80)
    return Info(m=m, place=place, parts=frozenset(), participants=[], stated=stated, soft=None, before=None,
                mclass="realis", fragment=False, indefinite=False, story="st1", lead=lead, old=old)


def _town_graph() -> PlaceGraph:
    """Sarn and Tolvar, two towns of Land (Tolvar in the province of Vardena), Meghan a district of Sarn and the
    Rixa Hotel a site in Sarn."""
    places = PlaceGraph(countries={"land"}, regions={"vardena"}, sites={"rixa"})
    for inner, outer in [("meghan", "sarn"), ("sarn", "land"), ("tolvar", "vardena"), ("vardena", "land"),
                         ("rixa", "sarn")]:
        places.add_inside(inner, outer)
    places.finish()
    return places


def test_choose_place_one_articles_town_does_not_beat_a_town_more_articles_give() -> None:
    # a quake told in Sarn by two articles; a third names Tolvar (an older quake it recalls, unmarked): Sarn
    places = _town_graph()
    told = [_placed("sarn", 0, lead=False), _placed("sarn", 1, lead=False), _placed("tolvar", 2, lead=False)]
    assert _choose_place(told, places) == "sarn"
    # negative: one article's district of the town others give is where in it it happened
    told = [_placed("sarn", 0, lead=False), _placed("meghan", 1, lead=False)]
    assert _choose_place(told, places) == "meghan"


def test_choose_place_a_place_told_only_in_background_never_wins() -> None:
    places = _town_graph()
    told = [_placed("tolvar", 0)] + [_placed("sarn", n, lead=False, old=True) for n in (1, 2, 3)]
    assert _choose_place(told, places) == "tolvar"
    # negative: background pieces naming the town that holds the news pieces' site keep their vote (the town)
    told = [_placed("rixa", 0)] + [_placed("sarn", n, lead=False, old=True) for n in (1, 2, 3)]
    assert _choose_place(told, places) == "sarn"


def test_choose_place_a_site_alone_gives_the_town_it_lies_in() -> None:
    assert _choose_place([_placed("rixa", 0), _placed("rixa", 1)], _town_graph()) == "sarn"


def test_choose_place_a_piece_dated_apart_from_the_incident_does_not_vote() -> None:
    places = _town_graph()
    day = (dt.date(2031, 5, 4), dt.date(2031, 5, 4))
    years_before = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    told = [_placed("sarn", 0, lead=False, stated=day), _placed("tolvar", 1, stated=years_before),
            _placed("tolvar", 2, stated=years_before)]
    date = TimeValue(value="2031-05-04", text="Sunday", granularity="day", basis="stated")
    assert _choose_place(told, places, date) == "sarn"
    # negative: without the incident's date every piece votes (two lead pieces of Tolvar)
    assert _choose_place(told, places) == "tolvar"


def test_choose_place_a_district_one_outlet_names_is_not_the_incident_s_place() -> None:
    places = PlaceGraph(countries={"land"})
    places.add_inside("meghan", "sarn")
    places.add_inside("sarn", "land")
    places.finish()
    told = [_placed("sarn", n) for n in range(5)] + [_placed("meghan", 5)] + [_placed("land", 6)]
    assert _choose_place(told, places) == "sarn"
    # the district most outlets give is the place: the most specific one with a fair share
    told = [_placed("meghan", n) for n in range(4)] + [_placed("sarn", 4), _placed("sarn", 5)]
    assert _choose_place(told, places) == "meghan"


def test_choose_place_a_wide_area_few_reports_name_does_not_beat_the_country_most_give() -> None:
    # an attack most reports place in Land; three name "the Northern Steppe", an area the story places nowhere
    places = PlaceGraph(countries={"land"}, sites={"steppe"})
    places.finish()
    told = [_placed("land", n) for n in range(8)] + [_placed("steppe", n, lead=False) for n in range(8, 11)]
    assert _choose_place(told, places) == "land"
    # negative: an area as many reports name as the country is where in it the incident happened
    told = [_placed("land", n) for n in range(4)] + [_placed("steppe", n) for n in range(4, 8)]
    assert _choose_place(told, places) == "steppe"


def test_choose_place_a_trip_told_of_a_country_is_placed_in_the_country() -> None:
    # a visit most articles place in Land, whose stops (a town, a site, a province) one article each names
    places = _town_graph()
    told = [_placed("land", n) for n in range(4)] + [_placed("tolvar", 4), _placed("rixa", 5),
                                                        _placed("vardena", 6)]
    assert _choose_place(told, places, trip=True) == "land"
    # negative: an incident that is no trip is placed at its most specific place with a fair share
    assert _choose_place(told, places) != "land"
    # negative: a trip most articles place in one town is that town's
    told = [_placed("sarn", n) for n in range(4)] + [_placed("land", 4)]
    assert _choose_place(told, places, trip=True) == "sarn"


def _trip_piece(n: int, published: dt.date, stated: dt.date | None) -> Info:
    day = stated or published
    m = EventMention(id=f"v{n}:ev0", article=f"v{n}", start=0, end=7, text="visit", type="CONSULT", subtype="visit",
                     time=TimeValue(value=day.isoformat(), granularity="day", basis="stated" if stated else "reported",
                                    source="sentence" if stated else "dct"))
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=(stated, stated) if stated else None,
                soft=None, before=published, mclass="realis", fragment=False, indefinite=False, story="st1",
                lead=True)


def test_choose_date_a_visit_is_dated_by_the_day_it_began() -> None:
    # "has arrived in Land" (a report of the 12th), "met Y at the air base where he landed on Wednesday" (the
    # 14th), "toured a factory on Friday" (the 16th): the later days are days of the visit, not its start
    may = {d: dt.date(2031, 5, d) for d in range(1, 32)}
    told = [_trip_piece(0, may[12], None), _trip_piece(1, may[14], may[14]), _trip_piece(2, may[16], may[16]),
            _trip_piece(3, may[16], may[14])]
    date, _ = _choose_date(SimpleNamespace(), told, "visit")  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-12" and date.basis == "reported"
    # negative: the day the text gives for its start is kept ("arrived on Sunday", the 11th)
    date, _ = _choose_date(SimpleNamespace(), [*told, _trip_piece(4, may[13], may[11])], "visit")  # type: ignore
    assert date is not None and date.value == "2031-05-11"
    # negative: an incident that is no trip keeps the date most pieces state
    date, _ = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-14"
    # reports from its last day: "arrived on the 12th" (one) begins it, "met Y on the 14th" (two) is a day of it
    late = [_trip_piece(5, may[16], may[12]), _trip_piece(6, may[16], may[14]), _trip_piece(7, may[16], may[14])]
    date, _ = _choose_date(SimpleNamespace(), late, "visit")  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-12"
    date, _ = _choose_date(SimpleNamespace(), late)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-14"


def _lead_shooting(article: str, doc: str | None, lead: bool = True) -> Summary:
    info = Info(m=EventMention(id=f"{article}:ev0", article=article, start=0, end=8, text="shooting", type="ASSAULT",
                               subtype="shooting", sentence_start=0, sentence_end=80),
                place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=None, mclass="realis",
                fragment=False, indefinite=False, story="st1", lead=lead, doc=doc)
    return summarize(Cluster([info]), with_vector=False)


def test_score_main_incidents_of_other_incidents_articles_count_against() -> None:
    # two articles each leading with a shooting, in document clusters of their own (fuse/doc_clusters.py): two
    # shootings of one week in two towns; told in passing (not a lead), or in one cluster, nothing changes
    places = build_graph([], set(), set(), {}, set())
    base = score(_lead_shooting("a1", None), _lead_shooting("b1", None), places)
    assert score(_lead_shooting("a1", "a1"), _lead_shooting("b1", "b1"), places) == base - 2.0
    assert score(_lead_shooting("a1", "a1"), _lead_shooting("b1", "a1"), places) == base
    assert score(_lead_shooting("a1", "a1"), _lead_shooting("b1", "b1", lead=False), places) == \
        score(_lead_shooting("a1", None), _lead_shooting("b1", None, lead=False), places)


def test_events_place_graph_reads_a_known_place_the_tagger_missed() -> None:
    # "Tolm" marked as a place in another article: its name here is a place mention for reading containment
    text = "Waves swept ashore at the small city of Tolm, on the west coast of Kereth Island, said Dovra Mission."
    marked = [PlaceMention(text.index("Kereth"), text.index("Kereth") + len("Kereth Island"), "ent:k")]
    found = _named_again(text, marked, {"Tolm": "ent:t", "Kereth": "ent:k2", "Dovra": "ent:d"})
    got = {(text[p.start:p.end], p.entity) for p in found}
    assert ("Tolm", "ent:t") in got
    assert not any(e == "ent:k2" for _, e in got)  # inside a place mention already made
    # a name inside a longer capitalized run is found too ("Dovra Mission"): containment is read from its gap
    assert ("Dovra", "ent:d") in got
    assert _named_again(text, marked, {}) == []


def test_events_a_place_named_as_a_venue_less_its_last_word_is_a_site() -> None:
    names = {"g1": "Vega City", "o1": "Vega City Hall", "g2": "Belogorsk", "g3": "Orla", "o2": "Orla Bank",
             "g4": "Kesh", "o3": "Kesh Valley Hall"}
    types = {"g1": "GPE", "o1": "ORG", "g2": "GPE", "g3": "GPE", "o2": "ORG", "g4": "GPE", "o3": "FAC"}
    assert _venue_names(names, types, countries=set()) == {"g1"}
    # negatives: a bank is no venue, a name two words shorter is a town the venue is named after


def test_events_venue_names_index_matches_every_place_against_every_venue() -> None:
    """The prefix index finds what comparing each place with each venue name finds (case, doubled spaces,
    a place named like two venues, a country, a venue of one word)."""
    names = {"g1": "port Aster", "o1": "Port Aster Arena", "o2": "Port  Aster Mall", "g2": "Aster",
             "o3": "Aster Port Aster Hotel", "g3": "Port Aster Arena", "o4": "Hall", "g5": "Lumo",
             "o5": "Lumo Market", "g6": "Lumo Old", "o6": "Lumo Old Town Hall", "g7": "Ravel", "o7": "ravel club"}
    types = {k: ("GPE" if k[0] == "g" else "FAC" if k in ("o1", "o5") else "ORG") for k in names}

    def every_pair(countries: set[str]) -> set[str]:
        venues = {n.lower() for e, n in names.items() if types[e] in ("FAC", "ORG") and len(n.split()) > 1
                  and n.split()[-1].lower() in VENUE_WORDS}
        return {e for e, n in names.items() if types[e] == "GPE" and e not in countries
                and any(v.startswith(n.lower() + " ") and len(v.split()) == len(n.split()) + 1 for v in venues)}

    for countries in (set(), {"g5"}, {"g1", "g7"}):
        assert _venue_names(names, types, countries) == every_pair(countries)
    assert _venue_names(names, types, set()) == {"g1", "g5", "g7"}


def test_events_a_place_only_named_as_a_facility_is_a_site() -> None:
    texts = ["Blasts hit Merro airport and the Kesh metro station in Lesk.", "Two died at Merro airport.",
             "A blast struck Kesh metro. Lesk is in mourning."]
    per_article = [(t, [PlaceMention(t.index(n), t.index(n) + len(n), n) for n in ("Merro", "Kesh", "Lesk") if n in t])
                   for t in texts]
    assert _facility_names(per_article, countries=set()) == {"Merro", "Kesh"}
    # negative: a town also named on its own stays a town
    per_article.append(("Fighting went on in Merro.", [PlaceMention(18, 23, "Merro")]))
    assert _facility_names(per_article, countries=set()) == {"Kesh"}


def test_fuse_events_a_foreseen_attack_is_not_the_one_told_as_happened(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("a1", "The Orvani Front bears sole responsibility for the deadly attack in Sarn. Officials shared information "
               "about a planned attack in Sarn with the city early this month.", "2031-03-24"),
        ("a2", "Gunmen attacked a concert hall in Sarn on Friday, killing 40 people.", "2031-03-23"))
    done = [e for e in _assaults(story) if e.modality == "asserted"]
    assert len(done) == 1 and {m.article for m in done[0].mentions} == {"a1", "a2"}, _assaults(story)
    assert all(m.start < 70 for m in done[0].mentions if m.article == "a1")  # not the planned one
    # negative: a fragment of talks and their announced date stay one (a fragment says nothing of modality)
    talks, _ = fuse_texts(("b1", "The talks drew wide interest. Delegates will meet in Sarn on Monday.",
                           "2031-03-24"))
    assert len([e for e in talks.events if e.type == "CONSULT"]) <= 1


def test_events_a_common_noun_taken_for_a_territory_is_no_event_place() -> None:
    # "200ft", "n't": the model typed them as territories; an event keeps the town its sentence names
    spans = {(0, 5): "e:ft", (10, 14): "e:sarn", (20, 25): "e:nt", (30, 35): "e:metro"}
    ctx = SimpleNamespace(entity_at=lambda art, start, end: spans.get((start, end)), articles={})
    names = {"e:ft": "200ft", "e:sarn": "Sarn", "e:nt": "n't", "e:metro": "metro"}
    types = {**dict.fromkeys(names, "GPE"), "e:metro": "FAC"}
    at = lambda start, end, role="place?": Participant(role, "x", start, end)  # noqa: E731
    m = SimpleNamespace(article="a1", type="ASSAULT", location=at(0, 5, "place"), participants=[at(20, 25), at(10, 14)])
    assert _place(ctx, m, types, names) == "e:sarn"  # type: ignore[arg-type]
    # negative: a capitalized place stays the place; nothing else left gives none
    m = SimpleNamespace(article="a1", type="ASSAULT", location=at(10, 14, "place"), participants=[])
    assert _place(ctx, m, types, names) == "e:sarn"  # type: ignore[arg-type]
    m = SimpleNamespace(article="a1", type="ASSAULT", location=at(0, 5, "place"), participants=[at(20, 25)])
    assert _place(ctx, m, types, names) is None  # type: ignore[arg-type]
    # a site so taken ("on the city's airport and metro") may lie in any town: it stays the place
    m = SimpleNamespace(article="a1", type="ASSAULT", location=at(30, 35, "place"), participants=[at(10, 14)])
    assert _place(ctx, m, types, names) == "e:metro"  # type: ignore[arg-type]


def test_events_a_reported_date_years_before_its_article_is_no_report_bound() -> None:
    # "an attack by the Orvani Front in 2024" read as the date of a report in an article of 2031: the sentence's
    # date (evidence), not a bound the incident must precede (which let the 2024 attack join this week's)
    ctx = SimpleNamespace(articles={"a1": SimpleNamespace(published="2031-05-11")}, analyses={}, state={},
                          story=Story())

    def told(value: str, source: str = "sentence", basis: str = "reported") -> SimpleNamespace:
        return SimpleNamespace(article="a1", modality="asserted",
                               time=SimpleNamespace(value=value, source=source, basis=basis))

    stated, soft, before = _dates(ctx, told("2024"))  # type: ignore[arg-type]
    assert stated is None and soft == (dt.date(2024, 1, 1), dt.date(2024, 12, 31)) and before == dt.date(2031, 5, 11)
    # negatives: a reporting verb's day of the same week bounds the incident; the article's own date does
    assert _dates(ctx, told("2031-05-09"))[2] == dt.date(2031, 5, 9)  # type: ignore[arg-type]
    assert _dates(ctx, told("2031-05-11", source="dct"))[1:] == (None, dt.date(2031, 5, 11))  # type: ignore[arg-type]


def test_events_a_reported_date_in_an_undated_article_is_no_report_bound() -> None:
    # "In November, an explosion at a plant in Orvan ..." read as reported by November, in an article with no
    # publication day: nothing checks the date, so it bounds nothing (it had bounded every telling the mention
    # joined, and parted this week's blast from the articles that date it)
    ctx = SimpleNamespace(articles={"a1": SimpleNamespace(published=None)}, analyses={}, state={}, story=Story())
    told = SimpleNamespace(article="a1", modality="asserted",
                           time=SimpleNamespace(value="2030-11", source="sentence", basis="reported"))
    assert _dates(ctx, told) == (None, None, None)  # type: ignore[arg-type]
    # negative: in an article published days after it, the reporting date bounds the incident
    ctx.articles["a1"].published = "2030-12-02"
    assert _dates(ctx, told) == (None, None, dt.date(2030, 11, 30))  # type: ignore[arg-type]

def _attack(article: str, stated: Interval | None, before: dt.date | None, old: bool = False) -> Summary:
    info = Info(m=EventMention(id=f"{article}:ev0", article=article, start=0, end=6, text="attack", type="ASSAULT",
                               subtype="attack", sentence_start=0, sentence_end=80),
                place=None, parts=frozenset(), participants=[], stated=stated, soft=None, before=before,
                mclass="realis", fragment=False, indefinite=False, story="st1", lead=False, old=old)
    return summarize(Cluster([info]), with_vector=False)


def test_compatible_an_attack_stated_years_before_another_s_news_is_another() -> None:
    places = build_graph([], set(), set(), {}, set())
    old = _attack("a1", (dt.date(2024, 1, 1), dt.date(2024, 12, 31)), dt.date(2031, 5, 11))
    news = _attack("b1", None, dt.date(2031, 5, 11))
    assert not compatible(old, news, places) and not compatible(news, old, places)
    # negatives: a stated day of the week of the report, or a report of its own time, may be the same attack
    assert compatible(_attack("a1", (dt.date(2031, 5, 9), dt.date(2031, 5, 9)), dt.date(2031, 5, 11)), news, places)
    assert compatible(old, _attack("b1", None, dt.date(2024, 6, 1)), places)


def test_compatible_a_date_years_before_every_report_of_a_background_telling_is_another() -> None:
    # "after an explosion at the mine" (background, undated) in reports of 2031 is not "the 2024 disaster"
    places = build_graph([], set(), set(), {}, set())
    old = _attack("a1", (dt.date(2024, 1, 1), dt.date(2024, 12, 31)), dt.date(2031, 5, 11))
    recalled = _attack("b1", None, dt.date(2031, 5, 11), old=True)
    assert not compatible(old, recalled, places) and not compatible(recalled, old, places)
    # negative: recalled within the next year, it may be that incident ("since the disaster", months later)
    assert compatible(old, _attack("b1", None, dt.date(2025, 6, 1), old=True), places)


def test_within_article_a_toll_joins_the_attack_of_its_own_sentence() -> None:
    # "Raiders struck the fair in Sarn on Sunday. ... Last spring, twelve villagers were killed when raiders
    # stormed the fair in Kesh.": read in text order, the bare "killed" joined the Sunday attack
    # and left the attack of its own sentence alone
    places = build_graph([], set(), set(), {"p:sarn": "Sarn", "p:kesh": "Kesh"}, {"p:sarn", "p:kesh"})
    day = dt.date(2031, 10, 18)

    def told(n: int, text: str, sentence: int, place: str | None, subtype: str = "attack") -> Info:
        return Info(m=EventMention(id=f"z1:ev{n}", article="z1", start=sentence + 10 * n, end=sentence + 10 * n + 6,
                                   text=text, type="ASSAULT", subtype=subtype, sentence_start=sentence),
                    place=place, parts=frozenset(), participants=[], stated=None, soft=None, before=day,
                    mclass="realis", fragment=place is None, indefinite=False, story="st1", lead=sentence == 0)
    infos = [told(0, "attacked", 0, "p:sarn"), told(1, "killed", 300, None, "killing"),
             told(2, "attacked", 300, "p:kesh")]
    out = within_article(infos, places)
    assert sorted(sorted(i.m.id for i in c.infos) for c in out) == [["z1:ev0"], ["z1:ev1", "z1:ev2"]]
    # negative: a toll in a sentence of its own stays with the incident being told
    infos = [told(0, "attacked", 0, "p:sarn"), told(1, "killed", 300, None, "killing"),
             told(2, "attacked", 600, "p:kesh")]
    out = within_article(infos, places)
    assert sorted(sorted(i.m.id for i in c.infos) for c in out) == [["z1:ev0", "z1:ev1"], ["z1:ev2"]]


def test_events_a_place_after_near_is_the_place_whatever_its_spelling() -> None:
    # "derailed near Dovrayan" beside a town "Dovraya": the name reads as a demonym of it, but after "near" it is
    # where the train derailed
    text = "derailed near Dovrayan. Dovrayan troops came."
    spans = {(14, 22): "e:dovrayan", (24, 32): "e:dovrayan"}
    ctx = SimpleNamespace(entity_at=lambda art, start, end: spans.get((start, end)),
                          articles={"a1": SimpleNamespace(text=text)}, analyses={})
    names = {"e:dovraya": "Dovraya", "e:dovrayan": "Dovrayan"}
    types = dict.fromkeys(names, "GPE")
    m = SimpleNamespace(article="a1", type="ASSAULT", location=Participant("place", "Dovrayan", 14, 22),
                        participants=[])
    assert _place(ctx, m, types, names) == "e:dovrayan"  # type: ignore[arg-type]
    # negative: before a noun it is an adjective ("Dovrayan troops"), no place
    m = SimpleNamespace(article="a1", type="ASSAULT", location=Participant("place", "Dovrayan", 24, 32),
                        participants=[])
    assert _place(ctx, m, types, names) is None  # type: ignore[arg-type]


def test_dates_the_nth_day_of_an_incident_spans_the_days_before() -> None:
    tue = (dt.date(2031, 5, 6), dt.date(2031, 5, 6))
    assert _from_first_day("Troops battled the gunmen for a fourth day on Tuesday.", tue) == \
        (dt.date(2031, 5, 3), dt.date(2031, 5, 6))
    assert _from_first_day("as the siege moved into its third day", tue)[0] == dt.date(2031, 5, 4)
    assert _from_first_day("The strike entered a second straight day.", tue)[0] == dt.date(2031, 5, 5)
    # negatives: a first or a final day, or a day that is no count of the incident's, is the day told
    for text in ("Talks ended on the final day.", "Fighting broke out for the first day.", "Troops left on day two."):
        assert _from_first_day(text, tue) == tue


def test_fuse_events_a_siege_told_on_its_fourth_day_is_the_one_that_began(fuse_texts: Fuser) -> None:
    began = ("s1", "Gunmen stormed the Varo mall in Kesk on Saturday, killing 30 people and taking shoppers hostage.",
             "2031-05-03")
    story, _ = fuse_texts(began, ("s2", "Troops battled the gunmen at the Varo mall in Kesk on Tuesday for a fourth "
                                        "day, officials said.", "2031-05-06"))
    told = [e for e in _assaults(story) if {m.article for m in e.mentions} & {"s2"}]
    assert len(told) == 1 and {m.article for m in told[0].mentions} == {"s1", "s2"}, _assaults(story)
    assert told[0].date is not None and told[0].date.value == "2031-05-03"
    # negative: fighting told on Tuesday with no count of days is not Saturday's attack
    apart, _ = fuse_texts(began, ("s2", "Troops battled the gunmen at the Varo mall in Kesk on Tuesday, officials "
                                        "said.", "2031-05-06"))
    assert not any({m.article for m in e.mentions} == {"s1", "s2"} for e in _assaults(apart))


def test_told_class_a_mention_dated_after_its_report_was_foreseen() -> None:
    def told(type_: str, day: int, modality: str = "asserted") -> str:
        m = EventMention(id="f1:ev0", article="f1", start=0, end=7, text="funeral", type=type_, subtype=None,
                         modality=modality, sentence_start=0, sentence_end=80)
        return _told_class(m, (dt.date(2031, 8, day), dt.date(2031, 8, day)), dt.date(2031, 8, 15))
    assert told("LIFE", 16) == "irrealis"  # "ahead of a state funeral on Saturday" in a Friday report
    assert told("ASSAULT", 17) == "irrealis"
    # negatives: a night's slack for an attack a report from another time zone dates to the next day; the day
    # of the report itself; what is foreseen stays so, what is denied stays denied
    assert told("ASSAULT", 16) == "realis"
    assert told("LIFE", 15) == "realis"
    assert told("LIFE", 16, "negated") == "negated"
    # a visit, a meeting or talks are announced ahead: "to set off on a tour from March 4" in a report of the 3rd
    assert told("CONSULT", 16) == "irrealis"
    assert told("CONSULT", 15) == "realis"


def test_fuse_events_a_trip_dated_the_day_after_its_report_is_the_plan(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("p1", "The foreign minister's regional tour from March 4 is part of a new policy.", "2031-03-03"),
        ("p2", "Foreign Minister Jane Holloway visited Lesk on March 4.", "2031-03-05"))
    visits = [e for e in story.events if e.type == "CONSULT"]
    assert sorted(e.modality for e in visits) == ["asserted", "expected"], [(e.modality, e.mentions) for e in visits]


def test_fuse_events_one_person_meeting_two_others_held_two_meetings(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("m1", "Foreign Minister Jane Holloway met President Arvid Lenk in Lesk on Monday.", "2031-03-03"),
        ("m2", "Foreign Minister Jane Holloway met Prime Minister Tove Berg in Lesk on Monday.", "2031-03-03"),
        ("m3", "Holloway met Lenk in Lesk on Monday and discussed trade.", "2031-03-04"))
    meetings = [e for e in story.events if e.type == "CONSULT"]
    arts = sorted(sorted({m.article for m in e.mentions}) for e in meetings)
    assert arts == [["m1", "m3"], ["m2"]], arts


def test_fuse_events_meetings_of_other_pairs_are_two(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("n1", "Foreign Minister Jane Holloway met President Arvid Lenk in Lesk on Monday.", "2031-03-03"),
        ("n2", "Interior Minister Ola Dahl met Governor Ivo Moro in Lesk on Monday.", "2031-03-03"))
    meetings = [e for e in story.events if e.type == "CONSULT"]
    assert len(meetings) == 2, [e.mentions for e in meetings]


def test_fuse_events_a_trip_with_meetings_of_two_people_is_three_events(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("t1", "Foreign Minister Jane Holloway arrived in Lesk on Sunday for a two-day visit. She met Foreign "
               "Minister Arvid Lenk on Sunday. On Monday, Holloway met President Tove Berg.", "2031-03-03"),
        ("t2", "Jane Holloway met President Tove Berg in Lesk on Monday. Holloway's visit to Lesk was the first by a "
               "Dovran minister in a decade.", "2031-03-03"),
        ("t3", "Jane Holloway held talks with Arvid Lenk in Lesk on Sunday.", "2031-03-02"))
    consult = [e for e in story.events if e.type == "CONSULT" and e.modality == "asserted"]
    told = {e.id: {(m.article, m.text) for m in e.mentions} for e in consult}
    trips = [e for e in consult if ("t1", "arrived") in told[e.id]]
    berg = [e for e in consult if ("t2", "met") in told[e.id]]
    lenk = [e for e in consult if ("t3", "talks") in told[e.id]]
    assert len(trips) == len(berg) == len(lenk) == 1, told
    assert len({trips[0].id, berg[0].id, lenk[0].id}) == 3, told  # the trip and each meeting held on it
    assert ("t2", "visit") in told[trips[0].id], told
    assert berg[0].date is not None and berg[0].date.value == "2031-03-03"
    assert lenk[0].date is not None and lenk[0].date.value == "2031-03-02", told


def test_fuse_events_an_attack_on_a_site_in_a_town_is_placed_in_the_town(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("v1", "Gunmen attacked the Rixa Hotel in Sarn on Friday, killing 12 people, police said.", "2031-05-10"),
        ("v2", "The attack in Sarn on Friday killed 12 people.", "2031-05-10"))
    attacks = _assaults(story)
    assert len(attacks) == 1 and attacks[0].location_text == "Sarn", [(e.location_text, e.mentions) for e in attacks]


def test_fuse_events_a_trip_with_one_meeting_is_one_visit(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("u1", "Foreign Minister Jane Holloway met President Tove Berg in Lesk on Monday. It was Holloway's first "
               "trip abroad.", "2031-03-03"),
        ("u2", "Jane Holloway's visit to Lesk on Monday lasted less than a day.", "2031-03-04"))
    consult = [e for e in story.events if e.type == "CONSULT"]
    assert len(consult) == 1 and {m.text for m in consult[0].mentions} >= {"met", "trip", "visit"}, \
        [(e.id, [(m.article, m.text) for m in e.mentions]) for e in consult]


def test_fuse_events_a_funeral_told_in_advance_is_not_the_one_held(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("f1", "The first victims were laid to rest today ahead of a state funeral in Tolm on Saturday.",
         "2031-08-15"),
        ("f2", "Thousands attended a state funeral in Tolm on Saturday for the victims.", "2031-08-16"),
        ("f3", "A state funeral for the victims was held in Tolm on Saturday.", "2031-08-16"))
    held = [e for e in story.events if e.type == "LIFE" and {m.article for m in e.mentions} & {"f2", "f3"}]
    assert len(held) == 1 and {m.article for m in held[0].mentions} == {"f2", "f3"}, \
        [(e.subtype, e.modality, [(m.article, m.text) for m in e.mentions]) for e in story.events]


def _told(n: int, text: str, subtype: str | None, sentence: int, determiner: str | None = None) -> Info:
    m = EventMention(id=f"h1:ev{n}", article="h1", start=sentence * 100 + 10, end=sentence * 100 + 10 + len(text),
                     text=text, type="ASSAULT", subtype=subtype, sentence_start=sentence * 100,
                     sentence_end=sentence * 100 + 90, determiner=determiner)
    return Info(m=m, place="kesk", parts=frozenset(), participants=[], stated=None, soft=None, before=None,
                mclass="realis", fragment=False, indefinite=determiner == "a", story="st1", lead=True)


def test_within_article_an_indefinite_attack_names_no_other_kind() -> None:
    # "hostages" in the headline, "in a brutal attack" two sentences on: "attack" names no kind, so it is not
    # another incident than the hostage-taking (it only needs more evidence, as every indefinite mention)
    places = build_graph([], set(), set(), {}, set())
    clusters = within_article([_told(0, "hostages", "abduction", 0), _told(1, "attack", "attack", 2, "a")], places)
    assert len(clusters) == 1, [[i.m.text for i in c.infos] for c in clusters]
    # negative: "a shooting" names another kind than the hostage-taking just told, and stays apart
    clusters = within_article([_told(0, "hostages", "abduction", 0), _told(1, "shooting", "shooting", 2, "a")],
                              places)
    assert len(clusters) == 2


def test_events_a_country_named_in_a_meeting_s_noun_is_a_party_not_its_place() -> None:
    # "a historic Chile-Peru summit in Lesk": Peru is a party to the summit, Lesk where it was held
    text = "a historic Chile-Peru summit in Lesk"
    at = lambda word, role="place?": Participant(role, word, text.index(word), text.index(word) + len(word))  # noqa: E731
    spans = {(text.index(w), text.index(w) + len(w)): f"e:{w.lower()}" for w in ("Peru", "Lesk")}
    ctx = SimpleNamespace(entity_at=lambda art, start, end: spans.get((start, end)), articles={})
    names, types = {"e:peru": "Peru", "e:lesk": "Lesk"}, {"e:peru": "GPE", "e:lesk": "GPE"}
    start = text.index("Peru summit")
    summit = SimpleNamespace(article="a1", type="CONSULT", start=start, end=start + len("Peru summit"),
                             location=at("Peru", "place"), participants=[at("Lesk")])
    assert _place(ctx, summit, types, names) == "e:lesk"  # type: ignore[arg-type]
    # negatives: a city in the meeting's noun is where it was held; a country named for an attack is its place
    assert _place(ctx, summit, types, {**names, "e:peru": "Lesk"}) == "e:peru"  # type: ignore[arg-type]
    attack = SimpleNamespace(**{**vars(summit), "type": "ASSAULT"})
    assert _place(ctx, attack, types, {"e:peru": "Peru", "e:lesk": "Lesk"}) == "e:peru"  # type: ignore[arg-type]


def test_compatible_ordinals_tell_rounds_apart_but_number_the_parts_of_an_attack() -> None:
    places = build_graph([], set(), set(), {}, set())
    first = summarize(_cluster("b1", "bombing", "bombing"), with_vector=False)
    second = summarize(_cluster("b2", "bombing"), with_vector=False)
    first.ordinals, second.ordinals = frozenset({"first"}), frozenset({"second"})
    assert compatible(first, second, places)  # "the first explosion" and "the second bomb" of twin car bombs
    fourth = summarize(_cluster("r1", "talks", type_="CONSULT"), with_vector=False)
    fifth = summarize(_cluster("r2", "talks", type_="CONSULT"), with_vector=False)
    fourth.ordinals, fifth.ordinals = frozenset({"fourth"}), frozenset({"fifth"})
    assert not compatible(fourth, fifth, places)


def test_agglomerator_articles_main_incidents_join_before_their_asides() -> None:
    places = build_graph([], set(), set(), {}, set())
    group = frozenset({"ent:group"})
    mains = [_cluster(art, "bombing", "bombing", "bombing") for art in ("a1", "a2", "a3")]
    for c in mains:
        for i in c.infos:
            i.lead = True
    mains[0].infos[0].parts = group
    # what a2 tells aside (the same group's older siege, its related headline) scores higher with a1's bombing
    # than a2's own bombing does; joined first, it would keep a2's bombing out for good (one article)
    aside = _cluster("a2", "bombing", parts=group)
    out = _Agglomerator([*mains, aside], places).run()
    main = next(c for c in out if mains[0].infos[0] in c.infos)
    assert mains[1].infos[0] in main.infos and mains[2].infos[0] in main.infos


def test_fuse_events_a_killing_told_months_later_by_its_victim_is_that_killing(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("k1", "Arvid Kessel, a community leader, was shot dead outside a temple in Surrow on June 18. Police said "
               "two masked gunmen fired on him as he left the temple.", "2031-06-19"),
        ("k2", "Kereth expelled a senior Vetrian diplomat on Monday over the killing of Arvid Kessel. Arvid Kessel "
               "was shot dead in June outside a temple in Surrow.", "2031-09-19"),
        ("k3", "Vetria on Tuesday rejected the allegations of involvement in the killing of Arvid Kessel as absurd.",
         "2031-09-20"))
    killings = [e for e in story.events if e.type == "ASSAULT"]
    assert len(killings) == 1 and {m.article for m in killings[0].mentions} == {"k1", "k2", "k3"}
    assert killings[0].date is not None and killings[0].date.value == "2031-06-18"


def test_fuse_events_killings_of_two_people_months_apart_stay_two(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("v1", "Arvid Kessel, a community leader, was shot dead outside a temple in Surrow on June 18.", "2031-06-19"),
        ("v2", "Police are investigating the killing of Mira Tolvan, a union leader, in Surrow.", "2031-09-19"))
    assert len([e for e in story.events if e.type == "ASSAULT"]) == 2


def test_fuse_events_what_a_sentence_tells_of_an_older_incident_is_that_incident(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("h1", "Two car bombs exploded outside the education ministry in Tolvar on Saturday, killing 30 people. In "
               "late August, the Kestrel Front attacked a hotel in Tolvar and barricaded themselves inside, killing "
               "guests and fighting with security forces during a 30-hour siege.", "2031-10-05"))
    bombing = next(e for e in story.events if any(m.text == "car bombs" for m in e.mentions))
    assert not {m.text for m in bombing.mentions} & {"fighting", "hour siege", "siege"}


def test_fuse_events_a_strike_told_with_the_attack_it_answers_is_another_incident(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("r1", "Bombers hit the Tolvar airport gate\n\nA suicide bomber blew himself up at the gate of the Tolvar "
               "airport on Thursday, killing 40 people.", "2031-08-26"),
        ("r2", "Army says planner of Tolvar airport attack killed in drone strike\n\nThe army said on Saturday it "
               "carried out a drone strike in Kesh province, killing a planner of this week's attack at the Tolvar "
               "airport.", "2031-08-28"),
        ("r3", "Army retaliates for airport attack\n\nAn army drone struck a car in Kesh province on Friday night, "
               "killing the planner of the Tolvar airport bombing, the army said.", "2031-08-28"))
    assaults = _assaults(story)
    strike = next(e for e in assaults if any(m.text == "drone strike" for m in e.mentions))
    bombing = next(e for e in assaults if any(m.text == "blew" for m in e.mentions))
    assert strike is not bombing
    assert not {m.text for m in strike.mentions} & {"Tolvar airport attack", "attack", "airport attack", "bombing"}


def test_compatible_two_ways_of_fighting_need_a_town_or_a_day_in_common() -> None:
    places = build_graph([], set(), set(), {}, set())
    bombing = summarize(_cluster("m1", "suicide_bombing", "suicide_bombing"), with_vector=False)
    strike = summarize(_cluster("m2", "air_strike", "air_strike", dated=False), with_vector=False)
    assert not compatible(bombing, strike, places)  # a drone strike days later answered the bombing
    same_day = summarize(_cluster("m3", "air_strike"), with_vector=False)
    assert compatible(bombing, same_day, places)  # an explosion told as a drone strike on its day: one way told twice
    assert compatible(bombing, strike, places, strict_places=False)  # within one article: "the explosion" of a strike


def test_parallel_pieces_join_unless_an_article_kept_them_apart() -> None:
    places = build_graph([], set(), set(), {}, set())
    # a siege's outlets each split it into a "raided ... hostages" piece and a "stormed ... killed" piece
    raids = [_cluster(art, "attack", "abduction") for art in ("p1", "p2", "p3")]
    storms = [_cluster(art, "attack", "killing") for art in ("p1", "p2", "p3")]
    for c in raids + storms:
        for i in c.infos:
            i.lead = True
    one, two = Cluster([i for c in raids for i in c.infos]), Cluster([i for c in storms for i in c.infos])
    assert len(parallel_pieces([one, two], places)) == 1
    # negative: an article that tells one of them as an older incident kept them apart for a reason
    for i in two.infos:
        if i.m.article == "p2":
            i.old = True
    assert len(parallel_pieces([one, two], places)) == 2


def _stray_year(c: Cluster) -> None:
    """One article's mention of ``c`` read with a date years before the others' ("the 1999 earthquake")."""
    year = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    c.infos[0].stated = year


def test_core_leaves_out_what_one_article_of_many_says() -> None:
    many = Cluster([i for art in ("q1", "q2", "q3", "q4", "q5") for i in _cluster(art, "shooting").infos])
    assert core(many) is None  # nothing stray: the cluster is its own core
    _stray_year(many)
    kept = core(many)
    assert kept is not None and many.infos[0] not in kept.infos and len(kept.infos) == len(many.infos) - 1
    # negative: a cluster told in a few articles has no strays (there every article's word counts)
    few = Cluster([i for art in ("q1", "q2") for i in _cluster(art, "shooting").infos])
    _stray_year(few)
    assert core(few) is None


def test_parallel_pieces_judge_large_pieces_on_their_cores_and_leave_a_stray_date_apart() -> None:
    places = build_graph([], set(), set(), {}, set())
    arts = ("q1", "q2", "q3", "q4", "q5")
    raids = [_cluster(art, "attack", "abduction") for art in arts]
    storms = [_cluster(art, "attack", "killing") for art in arts]
    for c in raids + storms:
        for i in c.infos:
            i.lead = True
    one, two = Cluster([i for c in raids for i in c.infos]), Cluster([i for c in storms for i in c.infos])
    _stray_year(two)  # one outlet's sentence read with another year: the pooled stated dates miss each other
    assert not compatible(summarize(one), summarize(two), places)
    out = parallel_pieces([one, two], places)
    assert sorted(len(c.infos) for c in out) == [1, 19]  # one incident, and the stray date's mention apart
    # negative: pieces told in a few articles are judged whole (the stray date parts them)
    one, two = Cluster([i for c in raids[:2] for i in c.infos]), Cluster([i for c in storms[:2] for i in c.infos])
    assert len(parallel_pieces([one, two], places)) == 2


@pytest.mark.parametrize(("name", "day"), [
    ("Easter Sunday", True), ("Christmas Day", True), ("New Year's Day", True), ("Sunday (14)", True),
    ("Christmas Island", False), ("Easter Island", False), ("Tolvar", False),
])
def test_calendar_name_a_day_is_never_a_place(name: str, day: bool) -> None:
    assert calendar_name(name) is day


def test_fuse_events_the_toll_of_an_incident_a_sentence_recalls_stays_with_it(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("w1", "Gunmen attacked a police post in Tolvar on Friday, killing four officers. Residents of Kereth still "
               "mourn the market bombing of March 4. The raid came eleven days after the bombing in Kereth, which "
               "killed 12 people.", "2031-03-16"))
    # ("which killed 12 people" is the recalled bombing's toll, not a killing of its own)
    bombing = next(e for e in story.events if any(m.text == "bombing" and m.start > 150 for m in e.mentions))
    assert bombing.fatalities is not None and bombing.fatalities.min == 12
    raid = next(e for e in story.events if any(m.text == "attacked" for m in e.mentions))
    assert raid is not bombing and raid.fatalities is not None and raid.fatalities.min == 4


def test_fuse_events_a_toll_in_a_sentence_dated_years_back_joins_that_sentences_act(fuse_texts: Fuser) -> None:
    # "... occurred in December 2027, when gunmen stormed a college killing more than 150 people": the bare
    # "killing" has only its sentence's date; it was kept from the act of its own sentence (told as an old
    # incident) as news of the report's day, and stood alone or joined the news bombing, whose toll it then was
    story, _ = fuse_texts(
        ("z1", "Mourners in Varnok on Saturday buried the victims of Friday's bombing at the Sarel mosque. The "
               "death toll from the bombing has risen to 36, officials said. The country's deadliest attack "
               "occurred in Tessaly in December 2027, when gunmen stormed a college killing more than 150 people.",
         "2031-05-10"))
    old = [e for e in _assaults(story) if e.date is not None and e.date.value == "2027-12"]
    assert len(old) == 1 and old[0].fatalities is not None and old[0].fatalities.min == 150
    # negative: the news bombing keeps its own toll
    news = [e for e in _assaults(story) if e not in old]
    assert [e.fatalities.min for e in news if e.fatalities] == [36]


def test_names_a_title_case_headline_span_names_nothing() -> None:
    # a headline "Varn Music Hall Shooting": every word is capitalized there, "Hall" is no name that tells the
    # shooting apart from "the Orsk attack" of the body (they had stayed two incidents of one article)
    assert _names(frozenset({"Hall Shooting"})) == set()
    assert _names(frozenset({"Arms Summit"})) == set()
    # negative: a name before a lower-case trigger word is the incident's own name
    assert _names(frozenset({"Orsk attack", "Sarn market bombing"})) == {"Orsk", "Sarn"}


def _told_at(article: str, *places: str | None, lead: bool = True) -> Cluster:
    """One article's shootings on one day, each at the place given (None: no place)."""
    c = _cluster(article, *["shooting"] * len(places))
    for i, p in zip(c.infos, places, strict=True):
        i.place, i.lead = p, lead
    return c


def test_places_fit_a_stray_place_of_a_short_telling_is_no_hard_stop() -> None:
    names = {"p:varn": "Varn", "p:orsk": "Orsk", "p:dovra": "Dovra"}
    places = build_graph([], set(), set(), names, set(names))
    places.add_near("p:varn", "p:orsk")  # "the hall in Orsk, on Varn's outskirts"
    # twelve mentions place the attack in Varn, two in Orsk beside it; a two-mention telling gives Orsk and, by a
    # parse slip ("accused Dovra of linking it to the assault"), Dovra: both its main places
    many = Cluster([i for k in range(6) for i in _told_at(f"a{k}", "p:varn", "p:varn").infos] +
                   _told_at("a6", "p:orsk").infos + _told_at("a7", "p:orsk").infos)
    short = _told_at("b1", "p:orsk", "p:dovra")
    sm, ss = summarize(many, with_vector=False), summarize(short, with_vector=False)
    assert not places.compatible("p:varn", "p:dovra")
    assert compatible(sm, ss, places)
    # negative: a telling that places it in Dovra twice is of another town, however it also names Orsk
    other = _told_at("b2", "p:orsk", "p:dovra", "p:dovra")
    so = summarize(other, with_vector=False)
    assert not compatible(sm, so, places)
    # negative: nothing below country level in common, a stray place parts them still
    apart = _told_at("b3", "p:dovra", None)
    assert not compatible(sm, summarize(apart, with_vector=False), places)


def test_places_fit_the_killing_of_one_person_with_a_stray_place_is_one() -> None:
    names = {"p:varn": "Varn", "p:dovra": "Dovra"}
    places = build_graph([], set(), set(), names, set(names))
    # four mentions place the stabbing of one victim in Varn; a charge's "murder of <the victim>", its place read
    # off the accused's address in Dovra, names the same victim
    day = _cluster("k1", *["killing"] * 4)
    for i in day.infos:
        i.place, i.victims = "p:varn", frozenset({"ent:victim"})
    charge = _cluster("k2", "killing", "killing", dated=False)
    charge.infos[0].place = "p:dovra"
    for i in charge.infos:
        i.victims, i.before = frozenset({"ent:victim"}), dt.date(2031, 3, 8)
    sd, sc = summarize(day, with_vector=False), summarize(charge, with_vector=False)
    assert not places.compatible("p:varn", "p:dovra")
    assert compatible(sd, sc, places)
    # negative: another victim, the same stray place: another killing's town
    for i in charge.infos:
        i.victims = frozenset({"ent:other"})
    assert not compatible(sd, summarize(charge, with_vector=False), places)


def test_agglomerator_an_aside_joins_the_one_main_incident_it_can_be() -> None:
    names = {"p:varn": "Varn", "p:kesh": "Kesh", "p:land": "Lorvania"}
    places = build_graph([], {"p:land"}, set(), names, set(names))
    places.add_inside("p:varn", "p:land")
    places.add_inside("p:kesh", "p:land")

    def visits(article: str, place: str, day: int | None, lead: bool) -> Cluster:
        c = _cluster(article, "visit", "visit", type_="CONSULT", dated=day is not None)
        for i in c.infos:
            i.place, i.lead = place, lead
            if day is not None:
                i.stated = (dt.date(2031, 3, day), dt.date(2031, 3, day))
            i.before = dt.date(2031, 3, day or 7)
        return c

    # three outlets lead with a minister's visit to Varn; a fourth leads with the talks held on it and tells "the
    # visit to Lorvania" further down, with nothing of its own (no day, no town) to meet the trip by
    mains = [visits(art, "p:varn", 6, True) for art in ("v1", "v2", "v3")]
    aside = visits("v4", "p:land", None, False)
    out = _Agglomerator([*mains, aside], places).run()
    assert sorted(len(c.articles) for c in out) == [4]
    # negative: where two main incidents could take it (another visit, to Kesh, two days before), it stays apart
    mains = [visits(art, "p:varn", 6, True) for art in ("v1", "v2", "v3")] + \
        [visits(art, "p:kesh", 4, True) for art in ("w1", "w2")]
    aside = visits("v4", "p:land", None, False)
    out = _Agglomerator([*mains, aside], places).run()
    assert sorted(len(c.articles) for c in out) == [1, 2, 3]


def test_agglomerator_an_undated_report_tells_the_latest_incident_it_fits() -> None:
    names = {"p:plant": "Orsk gasworks", "p:varn": "Varn", "p:land": "Lorvania"}
    places = build_graph([], {"p:land"}, set(), names, set(names))
    places.add_inside("p:plant", "p:varn")
    places.add_inside("p:varn", "p:land")
    workers = frozenset({"ent:workers"})

    def siege(article: str, place: str, day: int | None, lead: bool = True, parts: frozenset[str] = frozenset(),
              report: int | None = None) -> Cluster:
        c = _cluster(article, "attack", "attack", parts=parts, dated=day is not None)
        for i in c.infos:
            i.place, i.lead = place, lead
            i.stated = (dt.date(2031, 3, day), dt.date(2031, 3, day)) if day is not None else None
            i.before = dt.date(2031, 3, report or day or 1)
        return c

    # gunmen seize the gasworks and its workers on the 3rd (two outlets); troops storm it on the 6th (two outlets,
    # placed in the town); a report of the 8th leads with the storming without a day, naming the gasworks and its
    # workers: its place and people meet the seizure best, but the news it leads with is the latest incident it fits
    seizure = [siege(art, "p:plant", 3, parts=workers) for art in ("g1", "g2")]
    assault = [siege(art, "p:varn", 6) for art in ("r1", "r2")]
    late = siege("u1", "p:plant", None, parts=workers, report=8)
    out = _Agglomerator([*seizure, *assault, late], places).run()
    stormed = next(c for c in out if "r1" in c.articles)
    assert stormed.articles == {"r1", "r2", "u1"}
    # a report that tells it as background ("since gunmen seized the gasworks") is judged by its evidence alone
    late = siege("u1", "p:plant", None, lead=False, parts=workers, report=8)
    for i in late.infos:
        i.old = True
    out = _Agglomerator([*seizure, *assault, late], places).run()
    seized = next(c for c in out if "g1" in c.articles)
    assert seized.articles == {"g1", "g2", "u1"}
    # as is one that gives the toll only the earlier incident has (fourteen killed when the gasworks was seized; two
    # in the storming): that toll is the seizure's
    def killed(c: Cluster, n: int) -> Cluster:
        for i in c.infos:
            i.m = replace(i.m, figures=(Figure(kind="killed", min=n, max=n, text=str(n), start=0, end=2),))
        return c

    seizure = [killed(siege(art, "p:plant", 3, parts=workers), 14) for art in ("g1", "g2")]
    assault = [killed(siege(art, "p:varn", 6), 2) for art in ("r1", "r2")]
    late = killed(siege("u1", "p:plant", None, parts=workers, report=8), 14)
    out = _Agglomerator([*seizure, *assault, late], places).run()
    seized = next(c for c in out if "g1" in c.articles)
    assert seized.articles == {"g1", "g2", "u1"}


def test_agglomerator_memos_read_as_the_plain_later_incident() -> None:
    # the memos of later_incident (sorted neighbours until a merge, the evidence per both clusters' versions) give
    # the clusters that recomputing both for every pair gives: sieges of three sites on several days told by several
    # outlets, undated lead reports and tolls, so that merges change neighbours and summaries between the asks
    names = {"p:a": "Orsk gasworks", "p:b": "Teln depot", "p:c": "Varn", "p:land": "Lorvania"}
    places = build_graph([], {"p:land"}, set(), names, set(names))
    for p in ("p:a", "p:b"):
        places.add_inside(p, "p:c")
    places.add_inside("p:c", "p:land")

    class Plain(_Agglomerator):
        def _sorted_neighbours(self, n: int) -> list[int]:
            return sorted(self.neighbours(n))

        def _fit(self, u: int, n: int) -> bool:
            su, sn = self.summary[u], self.summary[n]
            return compatible(su, sn, self.places) and score(su, sn, self.places) >= CROSS_DOC

    def siege(article: str, place: str, day: int | None, report: int, toll: int, lead: bool = True) -> Cluster:
        c = _cluster(article, "attack", "attack", dated=day is not None)
        for i in c.infos:
            i.place, i.lead = place, lead
            i.stated = (dt.date(2031, 3, day), dt.date(2031, 3, day)) if day is not None else None
            i.before = dt.date(2031, 3, report)
            if toll:
                i.m = replace(i.m, figures=(Figure(kind="killed", min=toll, max=toll, text=str(toll), start=0, end=2),))
        return c

    def pile() -> list[Cluster]:
        out, k = [], 0
        for day, place, toll in ((3, "p:a", 14), (6, "p:c", 2), (9, "p:b", 0), (11, "p:a", 5), (12, "p:b", 14)):
            for _ in range(3):
                out.append(siege(f"d{k}", place, day, day + k % 2, toll))
                k += 1
        for report, place, toll in ((8, "p:a", 14), (8, "p:a", 0), (10, "p:c", 0), (13, "p:b", 14), (13, "p:a", 5),
                                    (7, "p:b", 2), (12, "p:c", 0)):
            out.append(siege(f"u{k}", place, None, report, toll))
            out.append(siege(f"v{k}", place, None, report, toll, lead=False))
            k += 1
        return out

    memo, plain = _Agglomerator(pile(), places), Plain(pile(), places)
    got, want = memo.run(), plain.run()
    assert [sorted(c.articles) for c in got] == [sorted(c.articles) for c in want]
    assert len({frozenset(c.articles) for c in got}) > 3  # (the sieges do not all pool into one)
    assert memo._fits  # (the memo was asked)


def test_fuse_events_a_campaign_is_not_the_incident_told_beside_it(fuse_texts: Fuser) -> None:
    # "the current offensive" holds many incidents and is none of them: not the raid named again
    story, _ = fuse_texts(
        ("cp1", "Gunmen raided a fuel depot near Varnel on Tuesday, killing two guards. The raid was the work of a "
                "cell set up to hit the states that back the current offensive against the rebels.",
         "2031-04-09"),
        ("cp2", "Gunmen attacked a fuel depot near Varnel on Tuesday and killed two guards, officials said.",
         "2031-04-09"))
    evs = _assaults(story)
    raid = next(e for e in evs if "raided" in {m.text for m in e.mentions})
    assert {m.article for m in raid.mentions} == {"cp1", "cp2"}
    assert "offensive" not in {m.text.split()[-1] for m in raid.mentions}
    assert any({m.text.split()[-1] for m in e.mentions} == {"offensive"} for e in evs)


def test_fuse_events_a_site_seized_by_force_is_the_raid_that_took_it(fuse_texts: Fuser) -> None:
    # one outlet tells the raid, another the seizure of the plant: one incident (same town, same stated day)
    story, _ = fuse_texts(
        ("sz1", "Militants seized a fuel depot in Tarsk before dawn on Wednesday, officials said on Thursday.",
         "2031-05-08"),
        ("sz2", "Militants attacked a fuel depot in Tarsk on Wednesday, killing two guards.", "2031-05-07"))
    seized = [e for e in story.events if "seized" in {m.text for m in e.mentions}]
    assert len(seized) == 1 and {m.article for m in seized[0].mentions} == {"sz1", "sz2"}
    assert seized[0].type == "ASSAULT"


def test_fuse_events_an_undated_raid_told_as_news_is_not_an_attack_dated_days_before(fuse_texts: Fuser) -> None:
    # the raid that ended a siege, told bare as a later report's news, is not the seizure that began it
    story, _ = fuse_texts(
        ("fr1", "Armed men attacked a fuel depot near Tarsk on May 7, killing two guards.", "2031-05-07"),
        ("fr2", "Commandos stormed the fuel depot near Tarsk, freeing the workers.", "2031-05-11"),
        ("fr3", "Armed men attacked a fuel depot near Tarsk on Wednesday, killing two guards.", "2031-05-08"))
    evs = _assaults(story)
    stormed = next(e for e in evs if "stormed" in {m.text for m in e.mentions})
    assert {m.article for m in stormed.mentions} == {"fr2"}
    attack = next(e for e in evs if "fr1" in {m.article for m in e.mentions})
    assert {m.article for m in attack.mentions} == {"fr1", "fr3"}


def test_fuse_events_a_patron_named_before_the_attack_is_not_its_place(fuse_texts: Fuser) -> None:
    """"Norway-Backed Rocket Attack in Kenya": Norway backs it, the attack is in Kenya (the patron, read as the
    place, had parted the headline's telling from the incident as a country apart)."""
    story, _ = fuse_texts(
        ("a1", "Norway-Backed Rocket Attack in Kenya Wounds Five Guards", "2031-03-03"),
        ("a2", "Five guards were wounded when a rocket hit a checkpoint in Kenya on Sunday, the police said.",
         "2031-03-03"))
    ev = _only_assault(story)
    assert {m.article for m in ev.mentions} == {"a1", "a2"} and ev.location_text == "Kenya"


def test_fuse_events_a_place_in_a_list_is_no_incident_s_place(fuse_texts: Fuser) -> None:
    """"The latest of the raids on posts in Ardenna, Varnholt or Velmora": the raids are told at three places, none
    of them where the attack of the article happened (the first of the list had placed the article's attack in
    Ardenna, and parted it from the outlet that places it in Varnholt)."""
    story, _ = fuse_texts(
        ("a1", "A rocket attack on a police post in Varnholt on Sunday killed three officers, the police said.",
         "2031-03-03"),
        ("a2", "Three officers were killed in a rocket attack on a police post on Sunday, the latest of the raids on "
               "posts in Ardenna, Varnholt or Velmora this year.", "2031-03-04"))
    ev = next(e for e in _assaults(story) if "a1" in {m.article for m in e.mentions})
    assert {m.article for m in ev.mentions} == {"a1", "a2"}
    assert ev.location_text == "Varnholt"
    for e in _assaults(story):
        assert e.location_text != "Ardenna"


def test_fuse_events_an_explosion_names_no_way_of_attacking(fuse_texts: Fuser) -> None:
    """"A blast in Ardenna" and "a stray rocket strike" the same week in the same country are one incident: the
    blast (typed a bombing for its word) is what the rocket did, not an attack on the ground apart from one from
    afar."""
    story, _ = fuse_texts(
        ("a1", "Blast Kills Two Herders in Kenya\n\nTwo herders died in a blast in Ardenna, a hamlet in western "
               "Kenya.", "2031-03-05"),
        ("a2", "A stray rocket strike killed two herders in Kenya on Tuesday, officials said.", "2031-03-05"))
    ev = _only_assault(story)
    assert {m.article for m in ev.mentions} == {"a1", "a2"}


def test_fuse_events_news_told_after_a_recalled_attack_is_another_incident(fuse_texts: Fuser) -> None:
    """"In reprisal for a drone attack ... air strikes hit six depots": the strikes told as news are not the drone
    attack the article recalls as their motive (the same kind, nothing of their own in common)."""
    story, _ = fuse_texts(
        ("a1", "Warships answered on Monday in reprisal for a drone attack that wounded nine sailors at Maravel. "
               "Officers said air strikes hit six depots along the coast.", "2031-03-08"))
    drone = next(e for e in _assaults(story) if any(m.text == "drone attack" for m in e.mentions))
    assert all(m.text != "hit" for m in drone.mentions)
    assert any(m.text == "hit" for e in _assaults(story) for m in e.mentions)


def test_fuse_events_a_definite_phrase_said_again_names_the_incident_it_repeats(fuse_texts: Fuser) -> None:
    """"... in retaliation for a drone strike last week that wounded four guards. The drone strike wrecked a depot
    in Dovrel": the definite phrase repeats the words that brought the drone strike in, so it is that strike (told
    as background), not the strikes told as news between them, which it would have placed at the depot."""
    story, _ = fuse_texts(
        ("a1", "Dorvan jets on Wednesday carried out strikes on rebel camps in retaliation for a drone strike last "
               "week that wounded four guards. The drone strike wrecked a depot in Dovrel.",
         "2031-03-09"))
    drone = [e for e in _assaults(story) if any(m.text == "drone strike" for m in e.mentions)]
    assert len(drone) == 1 and len([m for m in drone[0].mentions if m.text == "drone strike"]) == 2
    assert all(m.text != "strikes" for m in drone[0].mentions)


def test_choose_place_a_site_told_only_lies_in_its_town_before_a_site_of_its_name() -> None:
    # "the Velmar Grand hotel in Sarn": the site lies in Sarn and, by its name, in "Velmar" (another site, the hotel's
    # short name); an incident told only at the hotel is placed in the town
    places = PlaceGraph(countries={"land"}, sites={"velmar grand", "velmar"})
    for inner, outer in [("velmar grand", "velmar"), ("velmar grand", "sarn")]:
        places.add_inside(inner, outer)
    places.finish()
    told = [_placed("velmar grand", n) for n in range(3)]
    assert _choose_place(told, places) == "sarn"


def test_agglomerator_a_bare_aside_waits_for_the_main_incident() -> None:
    names = {"p:land": "Lorvania"}
    places = build_graph([], {"p:land"}, set(), names, set(names))
    vec = np.ones(4, dtype=np.float32) / 2.0  # every sentence alike: only what each telling has of its own counts

    def told(article: str, lead: bool, *subtypes: str, dated: bool = True, place: str | None = "p:land") -> Cluster:
        c = _cluster(article, *subtypes, dated=dated)
        for i in c.infos:
            i.lead, i.place, i.vec = lead, place, vec
            i.before = dt.date(2031, 3, 6 if dated else 9)
        return c

    # three outlets lead with the border clashes of the 6th; two of them tell the air strikes of that day further
    # down, kept apart from the clashes in their article; a fourth leads with talks and tells "fighting continued"
    # aside, with no place, day, toll or person of its own
    mains = [told(art, True, "armed_clash", "armed_clash") for art in ("c1", "c2", "c3")]
    strikes = [told(art, False, "air_strike", "armed_clash") for art in ("c1", "c2")]
    bare = told("t1", False, "armed_clash", "killing", dated=False, place=None)
    out = _Agglomerator([*mains, *strikes, bare], places).run()
    main = next(c for c in out if mains[0].infos[0] in c.infos)
    # it is not pooled with the other articles' asides (a telling that shares their articles, so that the main
    # incident could never take it) but joins the one main incident it can be
    assert bare.infos[0] in main.infos
    # negative: an aside with a day of its own still meets the asides of that day
    dated = told("t2", False, "air_strike", "armed_clash")
    out = _Agglomerator([*mains, *strikes, dated], places).run()
    assert any(dated.infos[0] in c.infos and strikes[0].infos[0] in c.infos for c in out)


def test_fuse_events_an_expulsion_and_the_recall_it_forced_are_one_departure(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("d1", "Ecuador expelled the Peruvian ambassador on Monday over remarks by Peru's president.", "2031-03-04"),
        ("d2", "Peru said on Monday it had withdrawn its ambassador from Ecuador. Lima recalled the envoy hours after "
               "Quito's decision.", "2031-03-04"),
        ("d3", "Peru recalled its ambassador to Quito on Monday, the Peruvian foreign ministry said.", "2031-03-05"))
    acts = [e for e in story.events if e.type in ("SANCTION", "RETREAT")]
    departure = [e for e in acts if {m.article for m in e.mentions} >= {"d1", "d3"}]
    assert len(departure) == 1 and departure[0].type == "SANCTION"


def test_fuse_events_a_recall_of_envoys_is_not_placed_where_they_served(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("r1", "Valdoria said on Monday it would recall its ambassador to Sarnland for consultations.", "2031-03-04"),
        ("r2", "The Valdorian ministry gave the Sarnish ambassador 24 hours to leave, while recalling its own envoy "
               "in Sarnland.", "2031-03-04"))
    recalls = [e for e in story.events if e.type == "RETREAT"]
    assert recalls and all(e.location_text != "Sarnland" for e in recalls)


def test_fuse_events_a_counter_expulsion_is_no_recall_of_the_first(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("c1", "Ecuador expelled the Peruvian ambassador on Monday.", "2031-03-04"),
        ("c2", "Ecuador recalled its ambassador from Lima on Monday after Peru expelled two Ecuadorian diplomats.",
         "2031-03-04"))
    first = [e for e in story.events if e.type in ("SANCTION", "RETREAT") and
             any(m.article == "c1" for m in e.mentions)]
    assert len(first) == 1 and {m.article for m in first[0].mentions} == {"c1"}  # Ecuador's recall answers Peru


def test_departures_join_mirrored_sides_only() -> None:
    def piece(article: str, type_: str, subtype: str, actor: frozenset[str], target: frozenset[str],
              text: str) -> Cluster:
        m = EventMention(id=f"{article}:ev0", article=article, start=0, end=5, text=text, type=type_,
                         subtype=subtype, participants=(Participant("recipient", "its ambassador", 10, 24),))
        return Cluster([Info(m=m, place=None, parts=frozenset(), participants=list(m.participants), stated=None,
                             soft=None, before=dt.date(2031, 3, 4), mclass="realis", fragment=False,
                             indefinite=False, story="s", lead=True, actor_cc=actor, target_cc=target)])
    expel = piece("a", "SANCTION", "expulsion", frozenset({"EC"}), frozenset({"PE"}), "expelled")
    recall = piece("b", "RETREAT", "withdrawal", frozenset({"PE"}), frozenset(), "recalled")
    own = piece("c", "RETREAT", "withdrawal", frozenset({"EC"}), frozenset(), "recalled")
    graph = build_graph([], set(), set(), {}, set())
    assert len(departures([expel, recall], graph)) == 1
    assert len(departures([expel, own], graph)) == 2  # the expelling state's own recall is another act


def test_fuse_events_the_forces_raid_is_not_the_gunmen_s_attack(fuse_texts: Fuser) -> None:
    """Security forces storming a hotel to end a siege and the gunmen who stormed it the evening before act on two
    sides: two incidents, however close their day, place and words (one event had held the attack and its end,
    dated by the raid)."""
    story, _ = fuse_texts(
        ("sg1", "Gunmen stormed the Palm Hotel in Kereth on Friday evening, killing 12 guests.", "2031-05-09"),
        ("sg2", "Security forces stormed the Palm Hotel in Kereth early on Saturday, killing four gunmen.",
         "2031-05-10"),
        ("sg3", "The gunmen who stormed the Palm Hotel in Kereth on Friday had killed 12 guests, police said.",
         "2031-05-10"))
    evs = _assaults(story)
    raid = [e for e in evs if any(m.article == "sg2" and m.text == "stormed" for m in e.mentions)]
    attack = [e for e in evs if any(m.article == "sg1" and m.text == "stormed" for m in e.mentions)]
    assert len(raid) == len(attack) == 1 and raid[0].id != attack[0].id
    assert {m.article for m in raid[0].mentions} == {"sg2"}
    assert {m.article for m in attack[0].mentions} == {"sg1", "sg3"}
    assert attack[0].date is not None and attack[0].date.value == "2031-05-09"


def test_fuse_events_the_forces_shooting_the_attackers_is_not_their_attack(fuse_texts: Fuser) -> None:
    """On one day, undated: "gunmen opened fire on the parade" and "security forces shot dead three of the
    attackers" are the attack and the forces' act that ended it, two incidents as event annotation counts them."""
    text = ("Gunmen opened fire on a military parade in Kereth, killing 25 people. Security forces shot dead three "
            "of the gunmen at the scene.")
    story, _ = fuse_texts(("pd1", text, "2031-09-22"))
    assert _event_of(story, "pd1", "opened") != _event_of(story, "pd1", "shot")


def test_fuse_events_the_candidate_s_murder_is_not_the_assailant_killed_by_the_forces(fuse_texts: Fuser) -> None:
    """A person's killing and "an assailant killed by the security forces" (the participle after the noun it struck,
    the doer after "by") in one report: the victims of the one are the attackers of the other, two incidents though
    the murder names no doer of its own side."""
    text = ("Mayoral candidate Tobin Arvel was shot dead outside a school in Kereth on Wednesday. Police said six "
            "suspects were arrested after the attack, as well as a seventh assailant killed by the security forces.")
    story, _ = fuse_texts(("mr1", text, "2031-08-10"))
    assert _event_of(story, "mr1", "shot") != _event_of(story, "mr1", "killed")


def test_fuse_events_members_of_the_hit_squad_killed_by_police_are_not_its_victim(fuse_texts: Fuser) -> None:
    """"Three members of the hit squad were killed by police": the part of a group is of the group's side (a hit
    squad is armed men, not the state's), and its killing is not the squad's killing of the governor."""
    text = ("Governor Lenn Darrow was shot dead at his home on Wednesday by a hit squad. The police chief said "
            "three members of the hit squad were killed by police and 17 taken into custody.")
    story, _ = fuse_texts(("hs1", text, "2031-07-08"))
    assert _event_of(story, "hs1", "shot") != _event_of(story, "hs1", "killed")


def test_fuse_events_an_aftershock_is_not_the_earthquake(fuse_texts: Fuser) -> None:
    """An aftershock is by its name a later quake than the one it follows: not the earthquake of the same town
    and story."""
    text = ("A magnitude 6.4 earthquake struck the mountain town of Kereth on Friday night, killing 120 people. On "
            "Sunday an aftershock rattled Kereth as rescuers searched the rubble.")
    story, _ = fuse_texts(("aq1", text, "2031-09-10"), steps=("entities", "stories", "events", "actions"))
    assert _event_of(story, "aq1", "earthquake") != _event_of(story, "aq1", "aftershock")


def test_fuse_events_a_clash_told_by_either_side_stays_one(fuse_texts: Fuser) -> None:
    """A gun battle told from each side ("militants clashed with troops", "troops clashed with militants") is one
    fight: the sides of an assault part an attack from the raid that ends it, not a fight of two sides."""
    story, _ = fuse_texts(
        ("cl1", "Militants clashed with troops near the village of Orlek on Monday, killing three soldiers.",
         "2031-06-03"),
        ("cl2", "Troops clashed with militants near the village of Orlek on Monday, the army said.", "2031-06-03"))
    evs = [e for e in _assaults(story) if any(m.text == "clashed" for m in e.mentions)]
    assert len(evs) == 1 and {m.article for m in evs[0].mentions} == {"cl1", "cl2"}


def _main_event(story: Story, article: str) -> Event:
    """The assault holding most of an article's mentions."""
    return max(_assaults(story), key=lambda e: sum(m.article == article for m in e.mentions))


def test_fuse_events_an_undated_lead_weeks_later_is_a_later_incident(fuse_texts: Fuser) -> None:
    # the third report leads with the shelling under its sources' attribution and gives no day: its own news,
    # not the shelling two other reports told 17 days before (a fresh telling cannot follow another report)
    story, _ = fuse_texts(
        ("sh1", "Artillery shelled the border town of Keshet on Saturday, killing four civilians.", "2023-06-04"),
        ("sh2", "The shelling of Keshet killed four civilians, local officials said.", "2023-06-05"),
        ("sh3", "Troops shelled the border town of Keshet, wounding two farmers, local officials said.", "2023-06-21"))
    first, later = _main_event(story, "sh1"), _main_event(story, "sh3")
    assert _main_event(story, "sh2") is first and later is not first
    assert later.date is not None and later.date.value == "2023-06-21"


def _court_steps(story: Story, article: str) -> Event:
    """The court event holding most of an article's mentions."""
    return max((e for e in story.events if e.type == "JUSTICE"),
               key=lambda e: sum(m.article == article for m in e.mentions))


def test_fuse_events_a_courts_step_a_later_report_leads_with_is_its_news(fuse_texts: Fuser) -> None:
    # a court case is a run of steps days apart: the extension a report of the 16th leads with, undated, is its
    # news (of its days), so not the order of the 8th that first held the accused (see _fresh_and_older)
    story, ctx = fuse_texts(
        ("ct1", "Former president Orlan Vesk was arrested in Sarn on Wednesday. A judge on Thursday ordered Vesk "
                "held for seven days as a flight risk.", "2031-12-08"),
        ("ct2", "A Sarnian judge has extended former president Orlan Vesk's pre-trial detention to 18 months, as "
                "protests set off by his ouster showed no signs of abating.", "2031-12-16"))
    extended = next(m for m in ctx.analyses["ct2"].events if m.text == "extended")
    assert extended.type == "JUSTICE"
    assert _fresh(extended, None, None, dt.date(2031, 12, 16), lead=True)
    later = _court_steps(story, "ct2")
    assert later is not _court_steps(story, "ct1")
    assert later.date is not None and later.date.value == "2031-12-16"


def test_fuse_events_a_new_act_a_lead_brings_in_is_its_news(fuse_texts: Fuser) -> None:
    # "launched a retaliatory strike" in a lead: a new act (indefinite) its main verb tells, of the report's days
    story, _ = fuse_texts(
        ("rs1", "Warplanes struck a fuel depot in Tarsk, setting it ablaze, the governor said.", "2023-05-02"),
        ("rs2", "The army launched a retaliatory strike on the fuel depot in Tarsk, the governor said.", "2023-05-19"))
    assert _main_event(story, "rs1") is not _main_event(story, "rs2")


def test_fuse_events_copies_of_one_incident_told_days_later_stay_one(fuse_texts: Fuser) -> None:
    # undated tellings within the days a report's news can be of (a main verb, a relative clause)
    story, _ = fuse_texts(
        ("hc1", "Gunmen stormed a hotel in Lenz on Sunday, killing nine guests.", "2023-03-06"),
        ("hc2", "Gunmen stormed a hotel in Lenz, killing nine guests, police said.", "2023-03-07"),
        ("hc3", "Police said gunmen who stormed a hotel in Lenz killed nine guests.", "2023-03-09"))
    one = _main_event(story, "hc1")
    assert all(_main_event(story, a) is one for a in ("hc2", "hc3"))


def _shelling_told(article: str, published: dt.date, fresh: bool, bound: dt.date | None = None) -> Info:
    """An undated shelling of one article: told as that article's news (fresh) or not; ``bound``: a report
    bound read off its sentence (else its publication day)."""
    m = EventMention(id=f"{article}:ev", article=article, start=0, end=6, text="shelled", type="ASSAULT",
                     subtype="shelling", time=TimeValue(value=(bound or published).isoformat(), basis="reported"))
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=None, soft=None,
                before=bound or published, mclass="realis", fragment=False, indefinite=False, story="st1",
                lead=True, fresh=fresh, published=published)


def test_fresh_and_older_reads_publication_days_not_sentence_bounds() -> None:
    later = summarize(Cluster([_shelling_told("s3", dt.date(2031, 6, 21), fresh=True)]), with_vector=False)
    first = summarize(Cluster([_shelling_told("s1", dt.date(2031, 6, 4), fresh=False)]), with_vector=False)
    assert _fresh_and_older(later, first)  # first published 17 days before the later report's news
    near = summarize(Cluster([_shelling_told("s2", dt.date(2031, 6, 19), fresh=False)]), with_vector=False)
    assert not _fresh_and_older(later, near)  # two days before: one shelling may be told by both
    # a bound read off a sentence ("... on June 4") of an article published with the news is no earlier report
    misread = summarize(Cluster([_shelling_told("s4", dt.date(2031, 6, 20), fresh=False,
                                                bound=dt.date(2031, 6, 4))]), with_vector=False)
    assert not _fresh_and_older(later, misread)


def test_reported_date_of_a_fresh_telling_skips_bounds_before_its_days() -> None:
    day = dt.date(2031, 6, 21)
    infos = [_shelling_told("s5", day, fresh=True), _shelling_told("s5", day, fresh=False, bound=dt.date(2031, 6, 4))]
    date = _reported_date(infos)
    assert date is not None and date.value == "2031-06-21" and date.mod == "ON_OR_BEFORE"


def test_fuse_events_an_act_done_to_another_person_is_another_event(fuse_texts: Fuser) -> None:
    # arrests, charges and resignations are known by their person: the arrest of one organiser is not the arrest
    # of another by the same police a day later, nor one minister's resignation another's (round 28)
    story, _ = fuse_texts(
        ("a1", "Police in Brenholm arrested the union leader Tamsin Arkwell. Arkwell was taken to a station.",
         "2031-03-12"),
        ("a2", "Police in Brenholm arrested the opposition organiser Dario Pellwick. Pellwick was held overnight.",
         "2031-03-13"),
        ("a3", "The arrest of Tamsin Arkwell angered unions in Brenholm. Lawyers for Dario Pellwick said his "
               "arrest was illegal.", "2031-03-14"),
        ("r1", "Gerrit Haldane resigned as finance minister of Ostrava. Haldane said he had lost the confidence "
               "of parliament.", "2031-03-18"),
        ("r2", "Interior minister Lena Brask resigned in Ostrava. Brask followed Haldane out of the cabinet.",
         "2031-03-19"),
        ("r3", "The resignation of Gerrit Haldane weakened the coalition in Ostrava, commentators said.",
         "2031-03-20"))
    arrests = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.subtype == "arrest")
    assert arrests == [["a1", "a3"], ["a2", "a3"]]
    quits = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.subtype == "resignation")
    assert quits == [["r1", "r3"], ["r2"]]


def test_compatible_patients_part_acts_done_to_other_persons() -> None:
    def one(patients: set[str], subtype: str = "arrest", type_: str = "COERCE") -> Summary:
        m = EventMention(id="m", article="a", start=0, end=8, text="arrested", type=type_, subtype=subtype,
                         sentence_start=0, sentence_end=20)
        return summarize(Cluster([Info(m=m, place=None, parts=frozenset(patients), participants=[], stated=None,
                                       soft=None, before=dt.date(2031, 3, 12), mclass="realis", fragment=False,
                                       indefinite=False, story="s", lead=True, patients=frozenset(patients))]),
                         with_vector=False)
    g = PlaceGraph()
    assert not compatible(one({"ent:arkwell"}), one({"ent:pellwick"}), g)
    assert compatible(one({"ent:arkwell"}), one({"ent:arkwell", "ent:pellwick"}), g)  # one arrest of both
    assert compatible(one({"ent:arkwell"}), one(set()), g)  # "police arrested a man": nobody named, no stop


def test_fuse_events_protests_stated_on_two_days_are_two_protests(fuse_texts: Fuser) -> None:
    # a crowd gathers on a day: a march stated on Monday and one stated on Tuesday are two protests (no night's
    # slack, unlike an overnight attack); an outlet that dates the Saturday march again tells that march
    story, _ = fuse_texts(
        ("f1", "Thousands of farmers protested in Velmar on Monday against the new water tax.", "2031-05-05"),
        ("f2", "Farmers protested again in Velmar on Tuesday, blocking the ring road with tractors.", "2031-05-06"),
        ("d1", "Dock workers marched through Antrel on Saturday to protest job cuts at the port.", "2031-07-01"),
        ("d2", "The march by dock workers through Antrel on Saturday passed peacefully, the city said on Sunday.",
         "2031-07-02"))
    protests = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.type == "PROTEST")
    assert ["f1"] in protests and ["f2"] in protests
    assert ["d1", "d2"] in protests


def test_fuse_events_an_incident_no_mention_places_is_placed_by_its_setting(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("s1", "A gas explosion tore through an apartment block in Tarvin on Saturday, killing six people.\n"
               "Police arrested the building's manager on Sunday.", "2031-05-08"),
        ("s2", "Floods killed 30 people in the town of Sukkur on Monday.\n"
               "The mayor of Lindau condemned the response.", "2031-05-08"))
    arrest = next(e for e in story.events if e.type == "COERCE")
    assert arrest.location is not None and arrest.location_text == "Tarvin"
    assert all(p.role != "setting" for p in arrest.participants)  # a place, never a participant
    assert not any(e.location_text == "Tarvin" for e in story.events if e.type == "DISAPPROVE")


def test_fuse_events_a_counted_toll_told_apart_is_the_toll_of_a_man_made_disaster(fuse_texts: Fuser) -> None:
    # a crush is no natural disaster, but "156 people were killed late Saturday" told apart is its toll, like a quake's
    story, _ = fuse_texts(
        ("c1", "Officials said the crowd crush in Tarvin on Saturday night was a tragedy. The "
               "crush happened in a narrow alley.", "2031-11-01"),
        ("c2", "At least 156 people were killed late Saturday in Tarvin, police said. Most of "
               "the dead were young.", "2031-11-01"))
    crush = next(e for e in story.events if any("crush" in m.text for m in e.mentions))
    assert {m.article for m in crush.mentions} == {"c1", "c2"}, [(e.type, [m.text for m in e.mentions])
                                                                 for e in story.events]
    assert crush.fatalities is not None and crush.fatalities.min == 156


def test_fuse_events_a_few_deaths_told_apart_from_an_accident_stay_the_persons_own(fuse_texts: Fuser) -> None:
    # below MASS_TOLL, deaths counted apart from a fall or a crash are the persons' own events (ECB+, ACE: Life.Die)
    story, _ = fuse_texts(
        ("f1", "Officials said the bus crash in Tarvin on Saturday night was a tragedy. The crash happened on a "
               "narrow road.", "2031-11-01"),
        ("f2", "Three people were killed late Saturday in Tarvin, police said. All of them were young.", "2031-11-01"))
    crash = next(e for e in story.events if any("crash" in m.text for m in e.mentions))
    assert {m.article for m in crash.mentions} == {"f1"}, [(e.type, [m.text for m in e.mentions]) for e in story.events]


def test_reported_date_skips_a_bound_a_month_before_most_of_its_bounds() -> None:
    # an explosion told by five reports of its week; two sentences recall "a blast in November" and were read as
    # reports of November: the incident is not dated by a background incident's month
    week = [_shelling_told(f"r{n}", dt.date(2031, 3, 21 + n), fresh=False) for n in range(5)]
    recalled = [_shelling_told(f"r{n}", dt.date(2031, 3, 22), fresh=False, bound=dt.date(2030, 11, 30))
                for n in (5, 6)]
    date = _reported_date(week + recalled)
    assert date is not None and date.value == "2031-03-21" and date.mod == "ON_OR_BEFORE"
    # negatives: bounds days apart stay (the earliest report bounds it); the earliest of two reports stays
    assert _reported_date(week).value == "2031-03-21"  # type: ignore[union-attr]
    two = [_shelling_told("r1", dt.date(2031, 3, 21), fresh=False), _shelling_told("r2", dt.date(2031, 3, 25),
                                                                                 fresh=False)]
    assert _reported_date(two).value == "2031-03-21"  # type: ignore[union-attr]
    # negative: the first report's publication day, months before the articles that recall it, bounds it
    first = [_shelling_told("r0", dt.date(2031, 1, 5), fresh=False), *week]
    assert _reported_date(first).value == "2031-01-05"  # type: ignore[union-attr]


def _set_in(place: str, n: int, old: bool = False) -> Info:
    return dataclasses.replace(_placed(place, n, lead=False, old=old), place=None, setting=place)


def test_setting_is_the_most_specific_place_a_fair_share_of_its_articles_are_set_in() -> None:
    # arrests after a blast: every article's lead names the country, the paragraphs telling them are set in Sarn
    places = _town_graph()
    told = [_set_in("land", n) for n in range(7)] + [_set_in("sarn", 0), _set_in("sarn", 1)]
    assert _setting(told, places) == "sarn"
    # negatives: a town only background mentions are set in; no setting at all
    told = [_set_in("land", n) for n in range(7)] + [_set_in("sarn", 0, old=True)]
    assert _setting(told, places) == "land"
    assert _setting([_placed("sarn", 0)], places) is None


def test_written_as_towns_a_place_with_its_province_or_country_after_a_comma() -> None:
    text = "Riots in Sarn, Vesk province and at the Sarn Market. Tolm, Land mourns. Kesh, Tolm and Orla."
    names = {"sarn": "Sarn", "vesk": "Vesk province", "tolm": "Tolm", "land": "Land", "kesh": "Kesh", "orla": "Orla"}
    places = [PlaceMention(m.start(), m.end(), k) for k, n in names.items() for m in re.finditer(rf"\b{n}\b", text)]
    places = [p for p in places if not any(q != p and q.start <= p.start and p.end <= q.end for q in places)]
    assert _written_as_towns([(text, places)], names, {"land"}) == {"sarn", "tolm"}
    # negative: a list of towns ("Kesh, Tolm and Orla") says nothing of what Kesh is


def test_choose_place_a_landmark_one_article_points_to_stays_the_place_more_articles_give() -> None:
    # a blast three articles place in Sarn; one says a tremor was felt in Tolvar, "a town near Sarn"
    places = _town_graph()
    places.landmarks["tolvar"].add("sarn")
    told = [_placed("sarn", n, lead=False) for n in range(3)] + [_placed("tolvar", 3, lead=False)]
    assert _choose_place(told, places) == "sarn"
    # negatives: "in Tolvar, near Sarn" told as widely as Sarn, or told in a lead: the event is in Tolvar, Sarn only
    # points the way
    told = [_placed("sarn", 0, lead=False), _placed("tolvar", 1, lead=False)]
    assert _choose_place(told, places) == "tolvar"
    told = [_placed("sarn", n, lead=False) for n in range(3)] + [_placed("tolvar", 3)]
    assert _choose_place(told, places) == "tolvar"


def test_fuse_events_an_unsited_act_is_placed_where_its_sentence_names(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("s1", "Doctors at the Velmar clinic in Dovask said on Monday that the patient had been poisoned.",
         "2031-03-17"))
    said = [e for e in story.events if e.type == "STATEMENT"]
    assert len(said) == 1 and said[0].location_text == "Dovask"  # a statement has no place or setting of its own


def test_fuse_events_a_party_or_a_dateline_is_no_place_of_an_unsited_act(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("s2", "Valdora accused Norland of the cyberattack on Tuesday.", "2031-03-18"),
        ("s3", "DOVASK, March 3 (Reuters) - The Orvani health ministry said the outbreak was under control.",
         "2031-03-03"))
    accused = [e for e in story.events if e.type == "ACCUSE"]
    said = [e for e in story.events if e.type == "STATEMENT"]
    assert len(accused) == 1 and accused[0].location is None  # Norland is whom it accuses, not where
    assert len(said) == 1 and said[0].location is None  # Dovask is where the report was filed


def test_fuse_events_a_doer_of_another_act_is_no_place_of_an_unsited_act(fuse_texts: Fuser) -> None:
    # the country that condemned the coup (the agent of a passive in a relative clause) is no place of the
    # suspension its sentence tells; nor is the country that says the talks collapsed (it speaks of them: no
    # locative sets them there)
    story, _ = fuse_texts(
        ("s4", "Orvania has been suspended from the African Union following the coup, which has been condemned by "
         "the United Nations and France.", "2031-03-18"),
        ("s5", "Germany said on Tuesday that the Velmar talks had collapsed.", "2031-03-19"))
    suspended = [e for e in story.events if e.type == "SANCTION"]
    assert len(suspended) == 1 and suspended[0].location_text != "France"
    collapsed = [e for e in story.events if e.type != "STATEMENT" and any(m.article == "s5" for m in e.mentions)]
    assert collapsed and all(e.location_text != "Germany" for e in collapsed)


def test_fuse_events_a_sentence_places_an_unsited_act_only_by_a_locative(fuse_texts: Fuser) -> None:
    # the sentence's fallback place is a name it sets something in, and not another act's own place ("the killing
    # of a leader in Kereth" is the killing's), nor what words tell of ("denied that rebels took Kereth"), nor a name
    # that modifies a person ("a Valdoran judge"); a town's police ("Kereth police raided") say where it was done
    story, _ = fuse_texts(
        ("p1", "Tesland expelled a senior diplomat on Monday over the killing of a leader in the northern province "
         "of Kereth.", "2031-03-18"),
        ("p2", "The minister denied claims that rebels had taken the eastern town of Lusk.", "2031-03-18"),
        ("p3", "A Valdoran judge on Friday revoked the bail of the founder.", "2031-03-18"))

    def of(article: str, type_: str) -> list[Event]:
        return [e for e in story.events if e.type == type_ and any(m.article == article for m in e.mentions)]
    assert of("p1", "SANCTION") and all(e.location_text != "Kereth" for e in of("p1", "SANCTION"))
    assert of("p2", "REJECT") and all(e.location_text != "Lusk" for e in of("p2", "REJECT"))
    assert of("p3", "COERCE") and all(e.location is None for e in of("p3", "COERCE"))  # bail revoked: held again
    story, _ = fuse_texts(("p4", "Kereth police raided the offices of the opposition party overnight.", "2031-03-18"))
    raids = [e for e in story.events if e.type == "COERCE"]
    assert raids and all(e.location_text == "Kereth" for e in raids)


def test_fuse_events_an_undated_month_day_takes_the_year_of_the_incident_reports(fuse_texts: Fuser) -> None:
    # "on November 8" in an article with no date at all is XXXX-11-08; the dated outlet telling the same storm
    # with no date of its own bounds it by November 10, 2031: the storm is November 8, 2031, as the text states
    story, _ = fuse_texts(
        ("a1", "A powerful typhoon struck the coastal town of Orvan on November 8, killing 40 people.", None),
        ("a2", "A powerful typhoon struck the coastal town of Orvan, killing 40 people, officials said.",
         "2031-11-10"))
    evs = [e for e in story.events if e.type == "DISASTER"]
    assert len(evs) == 1 and evs[0].date is not None
    assert evs[0].date.value == "2031-11-08" and evs[0].date.basis == "stated" and evs[0].date.source == "story"
    # negative: with no dated report of it, the year stays open and the storm undated
    story, _ = fuse_texts(
        ("a1", "A powerful typhoon struck the coastal town of Orvan on November 8, killing 40 people.", None))
    evs = [e for e in story.events if e.type == "DISASTER"]
    assert len(evs) == 1 and (evs[0].date is None or evs[0].date.value is None)


def _dated_piece(article: str, n: int, day: dt.date, basis: str = "stated", source: str = "clause") -> Info:
    m = EventMention(id=f"{article}:ev{n}", article=article, start=n, end=n + 9, text="kidnapped", type="ASSAULT",
                     subtype="abduction", time=TimeValue(value=day.isoformat(), granularity="day", basis=basis,
                                                         source=source))
    stated = (day, day) if basis == "stated" else None
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=stated, soft=None,
                before=dt.date(2031, 5, 20), mclass="realis", fragment=False, indefinite=False, story="st1",
                lead=True)


def test_choose_date_outlets_that_disagree_on_the_day_are_weighed_by_article() -> None:
    # one report gives "May 8" twice ("were kidnapped when gunmen stormed the school on May 8"); another states
    # May 7, and three more give May 7 to the verb beside the mention ("on Thursday, May 7, invaded the school,
    # kidnapping hundreds"): four articles against one
    may = {d: dt.date(2031, 5, d) for d in range(1, 32)}
    told = [_dated_piece("k9", 0, may[8]), _dated_piece("k9", 1, may[8]), _dated_piece("k2", 0, may[7]),
            *(_dated_piece(f"k{n}", 0, may[7], basis="reported", source="sentence") for n in (3, 4, 5))]
    date, conflicts = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-07"
    assert [c.value for c in conflicts] == ["2031-05-07", "2031-05-08"]
    # negative: with no other article behind May 7, the report that says May 8 in two articles wins
    told = [_dated_piece("k9", 0, may[8]), _dated_piece("k8", 0, may[8]), _dated_piece("k2", 0, may[7])]
    date, _ = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-05-08"


def _acts(sentence: str, *words: tuple[str, str, str | None]) -> list[EventMention]:
    """One mention per (word, type, sub-type), at the word's first place in ``sentence``."""
    return [EventMention(id=f"o1:ev{n}", article="o1", start=sentence.index(w), end=sentence.index(w) + len(w),
                         text=w, type=t, subtype=st) for n, (w, t, st) in enumerate(words)]


def test_order_links_a_sentence_that_sets_two_acts_in_order_links_them() -> None:
    # a headline "X comes after Y": the parse often misses what "after" governs there
    s = "Air strike comes after Sarn twin suicide bombing that killed dozens"
    ms = _acts(s, ("Air strike", "ASSAULT", "air_strike"), ("suicide bombing", "ASSAULT", "suicide_bombing"),
               ("killed", "ASSAULT", "killing"))
    assert order_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}
    # the connective first, a gap counted: "A week after Y, X"
    s = "A week after the attack in Kesk, troops raided the camp near Dovra"
    ms = _acts(s, ("attack", "ASSAULT", "attack"), ("raided", "ASSAULT", "attack"))
    assert order_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}
    # offsets into the field: the sentence starts at 40
    assert order_links(s, 40, [replace(m, start=m.start + 40, end=m.end + 40) for m in ms]) == \
        {frozenset({"o1:ev0", "o1:ev1"})}
    s = "It was the deadliest attack since the 2019 bombing of the port"
    assert order_links(s, 0, _acts(s, ("attack", "ASSAULT", "attack"), ("bombing", "ASSAULT", "bombing")))


def test_order_links_a_toll_s_cause_a_saying_s_occasion_and_phases_are_not_two_acts() -> None:
    s = "Twelve people were killed after a bomb exploded in the market"  # the cause of a toll
    assert not order_links(s, 0, _acts(s, ("killed", "ASSAULT", "killing"), ("exploded", "ASSAULT", "bombing")))
    s = "After the attack in Kesk, the minister said gunmen opened fire"  # what the news answers is the news
    assert not order_links(s, 0, _acts(s, ("attack", "ASSAULT", "attack"), ("said", "STATEMENT", "speech"),
                                       ("opened", "ASSAULT", "shooting")))
    s = "Minutes after the first blast, a second explosion hit the crowd"  # phases of one twin attack
    assert not order_links(s, 0, _acts(s, ("blast", "ASSAULT", "bombing"), ("explosion", "ASSAULT", "bombing")))
    s = "The breakthrough came after the envoy visited Kesk, and the minister travelled to Dovra"  # not an opening
    assert not order_links(s, 0, _acts(s, ("visited", "CONSULT", "visit"), ("travelled", "CONSULT", "visit")))
    s = "The blast came after police said the gunmen had fled"  # a clause begins before the act
    assert not order_links(s, 0, _acts(s, ("blast", "ASSAULT", "bombing"), ("fled", "ASSAULT", "attack")))


def _acts_at(sentence: str, *words: tuple[str, str, str | None]) -> list[EventMention]:
    """One mention per (word, type, sub-type), each at the word's first place after the previous one's."""
    out, pos = [], 0
    for n, (w, t, st) in enumerate(words):
        pos = sentence.index(w, pos)
        out.append(EventMention(id=f"o1:ev{n}", article="o1", start=pos, end=pos + len(w), text=w, type=t, subtype=st))
        pos += len(w)
    return out


def test_later_links_an_act_told_days_after_another_of_its_kind_is_another() -> None:
    # two arrests in one sentence, the second dated by a counted gap after it
    s = "After the pistol jammed, the gunman was overpowered and arrested, while his partner Mira Vell was " \
        "arrested three days later"
    ms = _acts_at(s, ("arrested", "COERCE", "arrest"), ("arrested", "COERCE", "arrest"))
    assert later_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}
    # the gap opening its clause ("days later X was arrested")
    s = "The gunman was detained at the scene, and days later his partner, Mira Vell, was arrested in Dovra"
    ms = _acts_at(s, ("detained", "COERCE", "arrest"), ("arrested", "COERCE", "arrest"))
    assert later_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}


def test_later_links_other_kinds_hours_and_no_gap_are_not_ordered() -> None:
    s = "The gunman was arrested at the scene and charged two weeks later"  # the arrest's own sequel, not an arrest
    assert not later_links(s, 0, _acts_at(s, ("arrested", "COERCE", "arrest"), ("charged", "JUSTICE", "charge")))
    s = "A bomb exploded near the market and a second blast hit the station hours later"  # one night's attack
    assert not later_links(s, 0, _acts_at(s, ("exploded", "ASSAULT", "bombing"), ("blast", "ASSAULT", "bombing")))
    s = "The gunman was overpowered and arrested, while his partner Mira Vell was arrested nearby"
    assert not later_links(s, 0, _acts_at(s, ("arrested", "COERCE", "arrest"), ("arrested", "COERCE", "arrest")))


def _headline_acts(title: str, *words: tuple[str, str, str | None]) -> list[Info]:
    """The headline's acts as fusion reads them: field "title", sentence offsets -1 (:func:`_apart`)."""
    return [Info(m=_apart(replace(m, field="title", sentence_start=0, sentence_end=len(title))), place=None,
                 parts=frozenset(), participants=[], stated=None, soft=None, before=None, mclass="realis",
                 fragment=False, indefinite=False, story="st1", lead=True) for m in _acts(title, *words)]


def test_order_reads_a_headline_as_one_sentence() -> None:
    # a headline's mentions carry sentence offsets -1, which sliced an empty sentence: no headline was ever ordered
    title = "Air strike comes after Sarn twin suicide bombing"
    art = Article(id="o1", title=title, text="Troops struck a camp near Dovra on Monday.", published="2031-05-20")
    strike, bombing = _headline_acts(title, ("Air strike", "ASSAULT", "air_strike"),
                                     ("suicide bombing", "ASSAULT", "suicide_bombing"))
    assert strike.m.sentence_start == -1
    _order(SimpleNamespace(articles={"o1": art}), [strike, bombing])  # type: ignore[arg-type]
    assert strike.ordered == frozenset({bombing.m.id}) and bombing.ordered == frozenset({strike.m.id})
    # negative: a headline that sets nothing in order
    title = "Air strike and suicide bombing hit Sarn"
    art = replace(art, title=title)
    strike, bombing = _headline_acts(title, ("Air strike", "ASSAULT", "air_strike"),
                                     ("suicide bombing", "ASSAULT", "suicide_bombing"))
    _order(SimpleNamespace(articles={"o1": art}), [strike, bombing])  # type: ignore[arg-type]
    assert not strike.ordered and not bombing.ordered


def test_operation_links_a_raid_and_the_arrest_it_was_made_for_are_one_operation() -> None:
    # the arrest as the raid's purpose, after its object and a time
    s = "Security forces stormed the embassy in Kesk late on Friday to arrest a former minister"
    ms = _acts(s, ("stormed", "ASSAULT", "attack"), ("arrest", "COERCE", "arrest"))
    assert operation_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}
    s = "Officials condemned the raid, which police carried out in a bid to capture the former minister"
    assert operation_links(s, 0, _acts(s, ("raid", "COERCE", "raid"), ("capture", "COERCE", "arrest")))
    s = "Police storm the embassy in Kesk and arrest the former minister"  # one doer goes on to the arrest
    assert operation_links(s, 0, _acts(s, ("storm", "ASSAULT", "attack"), ("arrest", "COERCE", "arrest")))
    # the arrest first, then the raid it was made in
    s = "The minister was arrested a week ago during a raid by police on the embassy"
    ms = _acts(s, ("arrested", "COERCE", "arrest"), ("raid", "ASSAULT", "attack"))
    ms[1] = replace(ms[1], determiner="a")
    assert operation_links(s, 0, ms) == {frozenset({"o1:ev0", "o1:ev1"})}
    # offsets into the field
    assert operation_links(s, 40, [replace(m, start=m.start + 40, end=m.end + 40) for m in ms])


def test_operation_links_a_bombing_or_a_shooting_and_an_arrest_are_not_one_operation() -> None:
    s = "Two men were arrested in the bombing inquiry"  # the arrest of the bombing's suspects
    ms = _acts(s, ("arrested", "COERCE", "arrest"), ("bombing", "ASSAULT", "bombing"))
    ms[1] = replace(ms[1], determiner="the")
    assert not operation_links(s, 0, ms)
    s = "The gunman shot three people and was arrested at the scene"  # another doer, after the shooting
    assert not operation_links(s, 0, _acts(s, ("shot", "ASSAULT", "shooting"), ("arrested", "COERCE", "arrest")))
    s = "Troops attacked the town, and police later arrested two men"  # a clause break, another doer
    assert not operation_links(s, 0, _acts(s, ("attacked", "ASSAULT", "attack"), ("arrested", "COERCE", "arrest")))
    s = "Police raided the camp; a month later they went on to arrest its leader"  # too far, past a clause break
    assert not operation_links(s, 0, _acts(s, ("raided", "COERCE", "raid"), ("arrest", "COERCE", "arrest")))
    # the attack named by a noun in the subject of the arrest: what the arrested are linked to, not a raid whose
    # doers went on to arrest them
    s = "Some 14 people involved in the attack in Sarn have been identified and arrested"
    ms = _acts(s, ("attack", "ASSAULT", "attack"), ("arrested", "COERCE", "arrest"))
    ms[0] = replace(ms[0], determiner="the")
    assert not operation_links(s, 0, ms)


def _linked(c: Cluster, n: int, other: Cluster, k: int) -> None:
    c.infos[n].operation = c.infos[n].operation | {other.infos[k].m.id}
    other.infos[k].operation = other.infos[k].operation | {c.infos[n].m.id}


def test_operations_join_a_raid_and_the_arrest_it_was_made_for() -> None:
    places = build_graph([], set(), set(), {}, set())
    raid, arrest = _cluster("r1", "attack", "attack"), _cluster("r2", "arrest", "arrest", type_="COERCE")
    other = _cluster("r3", "arrest", type_="COERCE")  # an arrest no sentence ties to the raid
    _linked(raid, 0, arrest, 1)
    out = operations([raid, arrest, other], places)
    assert len(out) == 2 and {i.m.type for i in out[0].infos} == {"ASSAULT", "COERCE"} and out[1] is other
    # negative: stated on days apart (the raid of March 6, an arrest told for March 20)
    raid, arrest = _cluster("r1", "attack"), _cluster("r2", "arrest", type_="COERCE")
    for i in arrest.infos:
        i.stated = (dt.date(2031, 3, 20), dt.date(2031, 3, 20))
    _linked(raid, 0, arrest, 0)
    assert len(operations([raid, arrest], places)) == 2
    # negative: both told only as background ("police who had raided his home to arrest him in 2029")
    raid, arrest = _cluster("r1", "attack"), _cluster("r2", "arrest", type_="COERCE")
    for i in raid.infos + arrest.infos:
        i.old = True
    _linked(raid, 0, arrest, 0)
    assert len(operations([raid, arrest], places)) == 2
    # negative: an attack by gunmen ("gunmen opened fire on the parade") that a "police raid" mention joined is not
    # the raid the arrests were made in ("the arrests occurred during a police raid")
    raid, arrest = _cluster("r1", "attack", "attack"), _cluster("r2", "arrest", type_="COERCE")
    raid.infos[0].forces = frozenset({"armed"})
    _linked(raid, 1, arrest, 0)
    assert len(operations([raid, arrest], places)) == 2


def test_compatible_a_later_report_whose_sentence_gives_the_day_tells_the_old_incident() -> None:
    # "According to the indictment, X killed Y by firing a gun around 11:30 a.m. July 8", in a January report:
    # the firing has no stated date of its own (the date is its sentence's) and is told as that report's news; the
    # shooting the July reports state for July 8 is the same one, not older than the news
    places = build_graph([], set(), set(), {}, set())
    july = (dt.date(2031, 7, 8), dt.date(2031, 7, 8))
    shooting = _cluster("s1", "shooting")
    for i in shooting.infos:
        i.stated, i.before = july, dt.date(2031, 7, 9)
    firing = _cluster("s2", "shooting", dated=False)
    for i in firing.infos:
        i.soft, i.before = july, dt.date(2032, 1, 13)
    assert compatible(summarize(shooting, False), summarize(firing, False), places)
    # negative: a sentence that dates it otherwise (or not at all) leaves it the January report's news
    for soft in (None, (dt.date(2032, 1, 12), dt.date(2032, 1, 12)), (dt.date(2031, 1, 1), dt.date(2031, 12, 31))):
        for i in firing.infos:
            i.soft = soft
        assert not compatible(summarize(shooting, False), summarize(firing, False), places), soft


def test_within_article_acts_one_sentence_sets_in_order_are_two_incidents() -> None:
    # "Air strike comes after Sarn twin suicide bombing": one sentence, nothing of its own on either, so they
    # would be one incident; ordered, they are two, and a later "the air strike" joins the strike
    places = build_graph([], set(), set(), {}, set())
    strike, bombing = _told(0, "Air strike", "air_strike", 0), _told(1, "suicide bombing", "suicide_bombing", 0)
    assert len(within_article([strike, bombing], places)) == 1  # not ordered: one incident, as before
    strike.ordered, bombing.ordered = frozenset({bombing.m.id}), frozenset({strike.m.id})
    later = _told(2, "air strike", "air_strike", 1, "the")
    clusters = within_article([strike, bombing, later], places)
    assert sorted(sorted(i.m.text for i in c.infos) for c in clusters) == [["Air strike", "air strike"],
                                                                           ["suicide bombing"]]


def test_learn_places_learns_nothing_from_an_incident_its_article_sets_in_order_with_another() -> None:
    places = build_graph([], set(), set(), {}, set())
    a, b = replace(_told(0, "strike", "air_strike", 0), place="kesk"), replace(_told(1, "strike", "air_strike", 1),
                                                                               place="dovra")
    assert not places.compatible("kesk", "dovra")
    learn_places([Cluster([replace(a, ordered=frozenset({"h1:ev9"})), b])], places)
    assert not places.compatible("kesk", "dovra")
    learn_places([Cluster([a, b])], places)  # the same incident told with no order: its places are near
    assert places.compatible("kesk", "dovra")


def test_order_links_how_an_episode_ended_and_a_process_it_came_out_of_are_not_older_acts() -> None:
    s = "A special meeting of the two sides ended in deadlock late yesterday after eight days of talks"
    ms = _acts(s, ("meeting", "CONSULT", "meeting"), ("talks", "CONSULT", "talks"))
    assert not order_links(s, 0, ms)
    s = "The ministers held a meeting in Kesk after the talks in Dovra"  # no ending: two acts in order
    assert order_links(s, 0, _acts(s, ("meeting", "CONSULT", "meeting"), ("talks", "CONSULT", "talks")))
    s = "After years of violence, suicide bombings have become rare in the capital"
    assert not order_links(s, 0, _acts(s, ("violence", "ASSAULT", "attack"),
                                       ("suicide bombings", "ASSAULT", "suicide_bombing")))


def _court(story: Story) -> list[Event]:
    return [e for e in story.events if e.type in ("COERCE", "JUSTICE")]


def test_fuse_events_a_charge_and_a_remand_in_one_sentence_are_one_sitting(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("cs1", "A court in Velmora on Sunday charged three men with arson and remanded them in custody until June.",
         "2031-04-07"))
    steps = _court(story)
    assert len(steps) == 1  # one court, one day, the same men: one judicial step
    assert {m.text for m in steps[0].mentions} == {"charged", "remanded"}
    assert steps[0].date is not None and steps[0].date.value == "2031-04-06"


def test_fuse_events_a_charge_and_a_remand_told_by_two_outlets_are_one_sitting(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("cs2", "A court in Velmora charged three men with arson on Sunday.", "2031-04-07"),
        ("cs3", "Three men accused of setting fire to a depot were remanded in custody by a court in Velmora.",
         "2031-04-08"))
    steps = _court(story)
    assert len(steps) == 1 and {m.article for m in steps[0].mentions} == {"cs2", "cs3"}
    assert (steps[0].type, steps[0].subtype) in {("COERCE", "remand"), ("JUSTICE", "charge")}


def test_fuse_events_court_steps_on_other_days_or_of_other_people_stay_apart(fuse_texts: Fuser) -> None:
    week, _ = fuse_texts(
        ("cs4", "A court in Velmora charged three men with arson on Monday, March 3.", "2031-03-04"),
        ("cs5", "The three men were remanded in custody by a court in Velmora on Monday, March 10.", "2031-03-11"))
    assert len(_court(week)) == 2  # two hearings a week apart
    police, _ = fuse_texts(
        ("cs6", "Police in Velmora charged Arlen Toth with murder on Tuesday.", "2031-04-08"),
        ("cs7", "Arlen Toth was remanded in custody at Velmora Magistrates' Court on Wednesday.", "2031-04-09"))
    assert len(_court(police)) == 2  # the police's charge reported on Tuesday is not Wednesday's remand
    others, _ = fuse_texts(
        ("cs8", "A court in Velmora charged Arlen Toth with fraud on Monday.", "2031-04-08"),
        ("cs9", "A court in Velmora remanded Mira Castell in custody on Monday.", "2031-04-08"))
    assert len(_court(others)) == 2  # the charge of one person is not the remand of another


def test_fuse_events_a_police_charge_is_no_step_of_a_later_court_sitting(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("cs10", "Police in Velmora charged Arlen Toth with attempted murder on Thursday.", "2031-04-10"),
        ("cs11", "A court in Velmora has remanded Arlen Toth in custody, a court spokeswoman said.", "2031-04-12"))
    steps = _court(story)
    assert len(steps) == 2  # the police's charge of Thursday and the court's remand told on Saturday: two acts
    assert {(e.type, e.subtype) for e in steps} == {("JUSTICE", "charge"), ("COERCE", "remand")}


def _arrests(story: Story) -> list[Event]:
    return [e for e in story.events if e.type == "COERCE" and e.subtype == "arrest"]


def test_fuse_events_an_arrest_at_the_scene_told_by_two_outlets_is_one(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("sa1", "Gunmen shot the mayor of Velmora outside the town hall on Sunday. Police detained a man and drove "
                "him away, a witness said.", "2031-04-06"),
        ("sa2", "The mayor of Velmora was shot outside the town hall on Sunday. The assailant was detained at the "
                "scene, the agency said.", "2031-04-06"))
    arrests = _arrests(story)
    assert len(arrests) == 1 and {m.article for m in arrests[0].mentions} == {"sa1", "sa2"}


def test_fuse_events_an_arrest_days_after_the_attack_is_not_the_one_at_the_scene(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("sa3", "Gunmen shot the mayor of Velmora outside the town hall on Sunday. Police detained a man and drove "
                "him away, a witness said.", "2031-04-06"),
        ("sa4", "The mayor of Velmora was shot outside the town hall on Sunday. Police detained three more men on "
                "Wednesday, the agency said.", "2031-04-10"))
    assert len(_arrests(story)) == 2  # a step of the inquiry four days on, and three men, not one


def test_fuse_events_suspects_freed_without_charge_are_not_the_hostages_freed(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("h1", "Hostages freed after standoff at Kereth clinic. After a ten-hour standoff, the three remaining "
               "hostages were released unharmed late on Saturday.", "2031-05-04"),
        ("h2", "Hostages freed in Kereth. The last three hostages were freed when police stormed the clinic, "
               "officials said.", "2031-05-04"),
        ("s1", "Men held in Tolmar over Kereth clinic siege released without charge. Two men who were arrested in "
               "Tolmar as part of the inquiry into the hostage-taking in Kereth have been released without charge, "
               "police said on Tuesday.", "2031-05-06"),
        ("s2", "Two men arrested in Tolmar over the Kereth clinic siege have been released without charge, the "
               "police said.", "2031-05-06"), steps=("entities", "stories", "events", "actions"))
    freed = [e for e in story.events if e.subtype == "release" and {m.article for m in e.mentions} & {"s1", "s2"}]
    assert len(freed) == 1, [(e.id, sorted(e.mention_ids)) for e in freed]
    assert {m.article for m in freed[0].mentions} == {"s1", "s2"}  # the suspects' release, apart from the hostages'
    assert freed[0].location_text == "Tolmar"  # released where the arrest took them, not in the siege's town


def test_within_article_the_previous_raids_are_not_the_raids_told_as_news() -> None:
    places = build_graph([], set(), set(), {}, set())
    day = (dt.date(2031, 3, 22), dt.date(2031, 3, 22))

    def raid(n: int, background: bool = False, stated: Interval | None = None, fragment: bool = False,
             prior: bool = False) -> Info:
        return Info(m=EventMention(id=f"r1:ev{n}", article="r1", start=100 * n, end=100 * n + 5, text="raids",
                                   type="COERCE", subtype="raid", background=background, sentence_start=100 * n,
                                   sentence_end=100 * n + 90,
                                   determiner=None if stated else "the"),
                    place=None, parts=frozenset(), participants=[], stated=stated, soft=None, before=day[1],
                    mclass="realis", fragment=fragment, indefinite=False, story="st1", lead=n == 0,
                    old=background, prior=prior)
    # "Police carried out raids across six provinces on Wednesday. ... the homes searched in these raids, which
    # were linked to the previous raids": the last is an older incident of the kind, whatever its date
    infos = [raid(0, stated=day), raid(1, fragment=True), raid(2, background=True, fragment=True, prior=True)]
    out = within_article(infos, places)
    assert sorted(sorted(i.m.id for i in c.infos) for c in out) == [["r1:ev0", "r1:ev1"], ["r1:ev2"]]
    # without the adjective, "the raids" told in passing names the article's raids
    infos = [raid(0, stated=day), raid(1, fragment=True), raid(2, background=True, fragment=True)]
    assert len(within_article(infos, places)) == 1


def test_fuse_events_an_attack_told_as_tried_is_the_attack_told_as_done(fuse_texts: Fuser) -> None:
    # "the gunman who tried to shoot X", in a report two weeks later, is the attempt the first reports told as done
    first = "A gunman shot at Judge Mira Vell outside her home in Kesk on Thursday, but the pistol jammed."
    later = ("The gunman who tried to shoot Judge Mira Vell outside her home in Kesk was formally charged on Friday "
             "with attempted homicide, court documents showed.")
    story, _ = fuse_texts(("t1", first, "2031-09-02"), ("t2", later, "2031-09-16"))
    tried = later.index("shoot")
    evs = [e for e in _assaults(story) if any(m.article == "t2" and m.start == tried for m in e.mentions)]
    assert len(evs) == 1 and "t1" in {m.article for m in evs[0].mentions}


def test_fuse_events_a_compass_point_cut_from_its_region_places_nothing(fuse_texts: Fuser) -> None:
    # "West and Central Africa": the first region's name cut short, read as a place "West"
    story, _ = fuse_texts(
        ("w1", "Soldiers placed President Oren Vask under house arrest. The coup is the eighth in West and Central "
               "Africa since 2020.", "2031-08-30"))
    held = [e for e in story.events if e.type == "COERCE"]
    assert held and all(e.location_text != "West" for e in held)


def test_fuse_events_deals_of_other_parties_told_in_one_template_stay_apart(fuse_texts: Fuser) -> None:
    # two issuers' bonds told in the wire's one template on one day (no place, no date of their own) are two
    # deals; the same issue told again, naming its issuer, is one
    story, _ = fuse_texts(
        ("i1", "Ardel Holdings Inc is issuing a 100 mln dlr eurobond due April 2, 2036 paying 7-3/4 pct and priced "
               "at 101-3/4 pct, lead manager Tovan Bank said. The issue pays a coupon of 7-3/4 pct.", "2031-03-02"),
        ("i2", "Bexmoor Funding Corp is issuing a 125 mln dlr eurobond due April 7, 2036 paying 8-1/8 pct and priced "
               "at 101-1/2 pct, lead manager Quillan Trust said. The issue pays a coupon of 8-1/8 pct.", "2031-03-02"),
        ("i3", "Ardel Holdings Inc is issuing a 100 mln dlr eurobond paying 7-3/4 pct, lead manager Tovan Bank "
               "said on Monday.", "2031-03-02"))
    deals = {e.id: {m.article for m in e.mentions} for e in story.events if e.type == "TRANSACTION"}
    assert len(deals) == 2, deals
    assert {"i1", "i3"} in deals.values() and {"i2"} in deals.values()


# ---------------------------------------------------------------- places of acts done in words, place text (round 43)

def test_fuse_events_a_state_s_accusation_is_placed_in_the_state(fuse_texts: Fuser) -> None:
    """"Norway blamed rebels": a state's words with no place of their own are said at home (not where the attack
    they tell of was)."""
    story, _ = fuse_texts(
        ("a1", "Gunmen attacked a military parade in the city of Maravel on Saturday, killing 29 people. On Sunday, "
               "Norway blamed the attack on rebels backed by Chile.", "2023-03-07"))
    accusations = [e for e in story.events if e.type == "ACCUSE"]
    assert accusations and all(e.location_text == "Norway" for e in accusations), [
        (e.type, e.location_text) for e in story.events]
    # the state placed at home is still the accuser (the place is otherwise no participant)
    assert all(any(p.role == "actor" and p.text == "Norway" for p in e.participants) for e in accusations)


def test_fuse_events_a_place_is_written_by_its_name(fuse_texts: Fuser) -> None:
    """A common noun joined to the place ("the country") is not how the event's place is written when a mention
    names it."""
    story, _ = fuse_texts(
        ("a1", "Students protested across Velmora on Monday. Police fired on the protests across the country, "
               "killing six students in the protests in Velmora.", "2023-03-07"))
    texts = {e.location_text for e in story.events if e.location_text}
    assert texts and all(t[:1].isupper() for t in texts)


def test_fuse_events_a_stated_day_after_a_report_of_the_act_spans_the_day_before(fuse_texts: Fuser) -> None:
    # a report of the 17th tells the accusation as made; one from a time zone ahead dates it the 18th: the date
    # keeps the day stated and spans the day before, when it was first reported
    story, _ = fuse_texts(
        ("c1", "Prime Minister Ilse Varga accused Dovra of plotting the killing of a Norland citizen, in a speech "
               "to parliament in Tolm.", "2031-03-17"),
        ("c2", "Relations between Norland and Dovra collapsed on Tuesday when Prime Minister Ilse Varga accused "
               "Dovra of plotting the killing of a Norland citizen.", "2031-03-18"))
    accusations = [e for e in story.events if e.type == "ACCUSE" and {m.article for m in e.mentions} == {"c1", "c2"}]
    assert len(accusations) == 1
    date = accusations[0].date
    assert date is not None and date.value == "2031-03-18" and (date.earliest, date.latest) == \
        ("2031-03-17", "2031-03-18")
    # negative: told only by the later report, the stated day is the day
    story, _ = fuse_texts(("c2", "Relations between Norland and Dovra collapsed on Tuesday when Prime Minister Ilse "
                                 "Varga accused Dovra of plotting the killing of a Norland citizen.", "2031-03-18"))
    date = next(e for e in story.events if e.type == "ACCUSE").date
    assert date is not None and (date.value, date.earliest) == ("2031-03-18", "2031-03-18")


def _arrest_piece(n: int, published: dt.date, background: bool) -> Info:
    m = EventMention(id=f"r{n}:ev0", article=f"r{n}", start=0, end=8, text="arrested", type="COERCE",
                     subtype="arrest", background=background,
                     time=None if background else TimeValue(value=published.isoformat(), granularity="day",
                                                             basis="reported", source="dct"))
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=published,
                mclass="realis", fragment=False, indefinite=False, story="st1", lead=not background, old=background,
                published=published)


def test_an_arrest_of_one_named_person_led_with_days_after_a_groups_is_a_later_arrest() -> None:
    # "17 suspects were detained" (reports of the 9th) and "Dr Orlan Vesk has been arrested", the lead of reports
    # of the 11th and 12th: the inquiry's later arrest, though the same story, police and words tell both
    july = {d: dt.date(2031, 7, d) for d in range(1, 32)}
    group = [replace(_arrest_piece(n, july[9], False), held=17) for n in range(2)]
    one = [replace(_arrest_piece(n, july[d], False), held=1, patients=frozenset({"ent:vesk"}))
           for n, d in ((5, 11), (6, 12))]
    graph = PlaceGraph()
    assert not compatible(summarize(Cluster(group), with_vector=False), summarize(Cluster(one), with_vector=False),
                          graph)
    # told the next day (a report from another time zone), or not as a lead: left to the evidence
    soon = [replace(i, published=july[10], before=july[10]) for i in one]
    assert compatible(summarize(Cluster(group), with_vector=False), summarize(Cluster(soon), with_vector=False),
                      graph)
    aside = [replace(i, lead=False) for i in one]
    assert compatible(summarize(Cluster(group), with_vector=False), summarize(Cluster(aside), with_vector=False),
                      graph)


def test_choose_date_a_background_telling_does_not_bound_an_incident_told_as_news() -> None:
    # "police had arrested seven students" recalled in a report of the 10th, joined to "police have arrested nearly
    # 3,000", the news of reports of the 17th and 19th: the incident is dated by its news reports
    march = {d: dt.date(2031, 3, d) for d in range(1, 32)}
    told = [_arrest_piece(0, march[10], True), _arrest_piece(1, march[17], False), _arrest_piece(2, march[19], False)]
    date, _ = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and (date.value, date.basis, date.mod) == ("2031-03-17", "reported", "ON_OR_BEFORE")
    # negative: told only as background, its earliest report still bounds it, with no date of its own
    date, _ = _choose_date(SimpleNamespace(), [*told[:1], _arrest_piece(3, march[12], True)])  # type: ignore[arg-type]
    assert date is not None and date.value is None and (date.latest, date.mod) == ("2031-03-10", "BEFORE")


def test_fuse_events_the_steps_of_one_case_stay_apart_and_one_verdict_is_one(fuse_texts: Fuser) -> None:
    story, _ = fuse_texts(
        ("jv1", "Arlen Toth pleaded not guilty to fraud at a federal court in Velmora on Friday, January 3.",
         "2031-01-04"),
        ("jv2", "A judge in Velmora on Monday, August 11, revoked Arlen Toth's bail and sent him to jail.",
         "2031-08-12"),
        ("jv3", "A jury in Velmora found Arlen Toth guilty of fraud on Thursday, November 6.", "2031-11-07"),
        ("jv4", "Arlen Toth was convicted of fraud by a Velmora jury on Thursday.", "2031-11-07"))
    kinds = {(e.type, e.subtype) for e in _court(story)}
    assert {("JUSTICE", "plea"), ("COERCE", "remand"), ("JUSTICE", "conviction")} <= kinds
    verdicts = [e for e in _court(story) if e.subtype == "conviction"]
    assert len(verdicts) == 1 and {m.article for m in verdicts[0].mentions} == {"jv3", "jv4"}
    plea = next(e for e in _court(story) if e.subtype == "plea")
    assert {m.article for m in plea.mentions} == {"jv1"}


def test_compatible_acts_about_incidents_apart_are_apart() -> None:
    """A claim, an accusation or a vote is the one about its incident: a claim cannot precede what it claims, and
    a vote to impeach is not a vote to lift a decree (round 44)."""
    def one(type_: str, subtype: str, before: dt.date, about: set[str],
            about_from: dt.date | None = None) -> Summary:
        m = EventMention(id="m", article="a", start=0, end=8, text="x", type=type_, subtype=subtype,
                         sentence_start=0, sentence_end=20)
        return summarize(Cluster([Info(m=m, place=None, parts=frozenset(), participants=[], stated=None,
                                       soft=None, before=before, mclass="realis", fragment=False,
                                       indefinite=False, story="s", lead=True, about_types=frozenset(about),
                                       about_from=about_from)]), with_vector=False)
    g = PlaceGraph()
    thursday, monday = dt.date(2031, 8, 26), dt.date(2031, 8, 30)
    # "claimed responsibility for a rocket attack on Monday" is not the claim reported on Thursday
    assert not compatible(one("ACCUSE", "responsibility", thursday, {"ASSAULT"}),
                          one("ACCUSE", "responsibility", monday, {"ASSAULT"}, about_from=monday), g)
    # "voted to impeach" (an impeachment) and "voted to lift martial law" (its lifting, the decree)
    assert not compatible(one("AGREE", "vote", thursday, {"JUSTICE"}),
                          one("AGREE", "vote", thursday, {"RETREAT", "COERCE"}), g)
    # negative: a claim of the attack and a claim of the killings it caused may be one claim
    assert compatible(one("ACCUSE", "responsibility", thursday, {"ASSAULT"}),
                      one("ACCUSE", "responsibility", thursday, {"LIFE"}), g)
    # negative: a claim reported after the day of what it claims, or one whose sentence tells nothing else
    assert compatible(one("ACCUSE", "responsibility", monday, {"ASSAULT"}),
                      one("ACCUSE", "responsibility", monday, {"ASSAULT"}, about_from=thursday), g)
    assert compatible(one("AGREE", "vote", thursday, {"JUSTICE"}), one("AGREE", "vote", thursday, set()), g)


def test_fuse_events_claims_of_two_attacks_are_two_claims(fuse_texts: Fuser) -> None:
    """One group claims the airport bombing on Thursday and a rocket attack on the airport on Monday: two claims,
    though the words, the group and the city are the same (each is about its own attack)."""
    story, _ = fuse_texts(
        ("a1", "A suicide bomber killed 40 people outside Varn airport on Thursday. The Dark Front has claimed "
               "responsibility for the attack at Varn airport.", "2031-08-26"),
        ("a2", "The Dark Front claimed responsibility for a rocket attack on Varn airport, the group said. Air "
               "defences intercepted five rockets fired at Varn airport early on Monday, an official said.",
         "2031-08-30"))
    claims = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.type == "ACCUSE")
    assert claims == [["a1"], ["a2"]]


def test_fuse_events_the_arrest_of_someones_son_is_not_his(fuse_texts: Fuser) -> None:
    """"Vell's adviser Ilan Marro was arrested": the possessor names whose adviser, not whom the arrest took, so
    the arrest of Marro is not the house arrest of Vell (round 44)."""
    story, _ = fuse_texts(
        ("a1", "Officers who seized power in Sarnat on Wednesday said President Dario Vell is under house arrest "
               "in Sarnat.", "2031-08-30"),
        ("a2", "Dario Vell's son and adviser Ilan Marro was arrested in Sarnat on Wednesday, the officers said.",
         "2031-08-30"))
    arrests = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.type == "COERCE")
    assert arrests == [["a1"], ["a2"]]


def test_fuse_events_shots_at_the_police_during_their_raid_are_not_the_raid(fuse_texts: Fuser) -> None:
    """An assault on the police during their raid is the suspect's, not the raid: "shots were fired at police
    officers" and "an officer was shot" name no doer but strike the police, so they are an incident of the other
    side, not a piece of the raid the police carried out (one event, typed as the raid's arrest, had held both)."""
    story, _ = fuse_texts(
        ("pr1", "Shots were fired at police officers in Kereth during one of the raids in Dorva, leaving one "
                "officer with a gunshot wound.\n\nPolice carried out raids across eight provinces on Wednesday. One "
                "person was detained on suspicion of attempted murder following the shooting.", "2031-03-22"),
        ("pr2", "Police conducted raids across the country on Wednesday to arrest extremists. An officer was "
                "slightly injured and a suspect was arrested following a shooting in Kereth, prosecutors said.",
         "2031-03-22"),
        ("pr3", "Police officer shot in raids in Kereth", "2031-03-22"))
    fired = next(e for e in story.events if e.id == _event_of(story, "pr1", "fired"))
    assert fired.id != _event_of(story, "pr1", "raids") and fired.type == "ASSAULT"


def test_fuse_events_halts_of_different_things_toward_one_state_stay_apart(fuse_texts: Fuser) -> None:
    # one state freezing trade and suspending flights to another in the same week: two measures, each its own event
    # (what is halted is its patient); two reports of the flights halted stay one
    story, _ = fuse_texts(
        ("f1", "Orvania suspends flights to Tesland. Orvania's state airline suspended flights to Tesland on "
               "Monday, the carrier said.", "2031-08-06"),
        ("f2", "The Orvanian carrier suspended flights to Tesland on Monday amid the diplomatic row.", "2031-08-06"),
        ("t1", "Orvania froze all new trade with Tesland on Monday, the foreign ministry said.", "2031-08-06"),
        ("t2", "Orvania on Monday froze all new trade with Tesland in a widening row.", "2031-08-06"),
        steps=("entities", "stories", "events", "actions"))
    halts = [e for e in story.events if (e.type, e.subtype) == ("SANCTION", "suspension")]
    by_articles = sorted(sorted({m.article for m in e.mentions}) for e in halts)
    assert ["f1", "f2"] in by_articles and ["t1", "t2"] in by_articles, by_articles


def _ruling(n: str, published: dt.date, stated: dt.date, text: str, old: bool = False) -> Info:
    m = EventMention(id=f"{n}:ev0", article=n, start=0, end=5, text="found", type="JUSTICE", subtype="conviction",
                     time=TimeValue(value=stated.isoformat(), text=text, granularity="day", basis="stated",
                                    source="clause", earliest=stated.isoformat(), latest=stated.isoformat()))
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=(stated, stated), soft=None,
                before=published, mclass="realis", fragment=False, indefinite=False, story="st1", lead=True,
                old=old)


def test_choose_date_rival_days_go_to_a_calendar_date_then_to_news() -> None:
    # a jury's verdict: "Today's verdict ..." quoted in a report published after midnight (the 3rd), "found guilty on
    # Nov. 2" in a recall months later: the calendar date is the verdict's
    nov2, nov3 = dt.date(2031, 11, 2), dt.date(2031, 11, 3)
    told = [_ruling("a0", nov3, nov3, "Today"), _ruling("b0", dt.date(2032, 3, 1), nov2, "Nov. 2", old=True)]
    date, conflicts = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-11-02" and conflicts
    # a weekday told as news beats a weekday read in a later recall
    told = [_ruling("b0", dt.date(2031, 11, 9), nov3, "Wednesday", old=True), _ruling("a0", nov2, nov2, "Tuesday")]
    date, _ = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-11-02"
    # negative: more reports giving one day still outweigh a calendar date
    told = [_ruling("a0", nov3, nov3, "Today"), _ruling("a1", nov3, nov3, "Thursday"),
            _ruling("b0", nov3, nov2, "Nov. 2")]
    date, _ = _choose_date(SimpleNamespace(), told)  # type: ignore[arg-type]
    assert date is not None and date.value == "2031-11-03"


def test_fuse_events_a_place_owning_what_an_act_answers_is_not_its_place(fuse_texts: Fuser) -> None:
    # "in protest at Lerin's calls": the government named by its capital called; the expulsion was not done there.
    # A place noun after the owner still sets it ("at Lerin's main airport")
    story, _ = fuse_texts(
        ("o1", "Police in Lerin said the city was calm. Tesland said on Monday it was expelling the Orvanian "
               "ambassador in protest at Lerin's vigorous calls for the release of jailed activists.", "2031-03-18"))
    expelled = [e for e in story.events if e.type == "SANCTION"]
    assert expelled and all(e.location_text != "Lerin" for e in expelled)
    story, _ = fuse_texts(
        ("o2", "Police in Lerin said the city was calm. The minister said on Monday the ambassador was expelled "
               "at Lerin's main airport.", "2031-03-18"))
    expelled = [e for e in story.events if e.type == "SANCTION"]
    assert expelled and expelled[0].location_text == "Lerin"


def test_fuse_events_a_common_noun_names_the_kind_of_place_it_joins() -> None:
    # "the country" joined by coreference to a town (or to a product's name) is a wrong antecedent, not the place;
    # "the city" is no country
    assert not _kind_agrees("the country", "Lerin") and not _kind_agrees("the whole nation", "Broadnet")
    assert _kind_agrees("the country", "Uruguay") and _kind_agrees("Lerin", "Lerin")
    assert not _kind_agrees("the capital", "Uruguay") and _kind_agrees("the capital", "Lerin")


def test_fuse_events_a_capital_that_speaks_is_placed_as_its_state() -> None:
    # "Quito blamed" is the state speaking, as "Ecuador blamed" is: placed in the country the story names, not in
    # the more specific town no telling says the words were said in; with no entity of that country, none (the
    # capital then stays). The gazetteer reads real capitals only: these real names are in no pool story
    names, types = {"e1": "Ecuador", "e2": "Quito", "e3": "Velmar"}, {"e1": "GPE", "e2": "GPE", "e3": "GPE"}
    assert _country_of("Quito", names, types) == "e1"
    assert _country_of("Quito", {"e2": "Quito", "e3": "Velmar"}, types) is None
    assert _country_of("Velmar", names, types) is None


def test_fuse_events_a_country_wide_act_is_set_in_the_country(fuse_texts: Fuser) -> None:
    # arrests "nationwide" that the sentence places nowhere are set in the country the article's town lies in, not
    # in the town the lead's attack was in; arrests the sentence does not spread over the country stay in the town
    # (a real country: the gazetteer knows real countries only; it is in no pool story)
    lead = "Gunmen attacked a police post in the town of Lerin in Uruguay on Monday, killing four officers. "
    story, _ = fuse_texts(("w1", lead + "Police have arrested more than 500 people nationwide since the attack.",
                           "2031-03-18"))
    arrests = [e for e in story.events if e.type == "COERCE"]
    assert arrests and arrests[0].location_text == "Uruguay"
    story, _ = fuse_texts(("w2", lead + "Police have arrested two men since the attack.", "2031-03-18"))
    arrests = [e for e in story.events if e.type == "COERCE"]
    assert arrests and arrests[0].location_text == "Lerin"


def test_fuse_events_an_accusation_told_with_what_it_led_to_is_one_accusation(fuse_texts: Fuser) -> None:
    """What one accuses of is a harm: the expulsion one outlet tells in the accusation's sentence is what the
    accusation led to, not what it is about, so it does not part the accusation from another outlet's telling
    with the shooting it blames (both outlets' accusations were one event only until the incidents were known)."""
    story, _ = fuse_texts(
        ("ac1", "Norland expelled a senior Tarvian diplomat on Monday after Prime Minister Ilse Varga accused Tarvia "
                "of involvement.", "2031-09-19"),
        ("ac2", "Prime Minister Ilse Varga on Monday accused Tarvia of involvement in the shooting of activist Oren "
                "Dask in Tolm.", "2031-09-19"))
    accusations = sorted(sorted({m.article for m in e.mentions}) for e in story.events if e.type == "ACCUSE")
    assert accusations == [["ac1", "ac2"]], accusations


def test_fuse_events_a_coup_told_as_soldiers_seizing_power_is_one_event(fuse_texts: Fuser) -> None:
    # one outlet names the coup, another tells the soldiers "seized power" (read as a capture): a coup is a capture,
    # of the state's power, so the two are one takeover, named by the deeper kind
    story, _ = fuse_texts(
        ("k1", "Army officers staged a coup in Orvania on Wednesday, ousting President Oren Vask.", "2031-08-30"),
        ("k2", "Soldiers seized power in Orvania on Wednesday, state television said.", "2031-08-30"))
    takeovers = [e for e in story.events if e.type == "TAKEOVER"]
    assert len(takeovers) == 1 and {m.article for m in takeovers[0].mentions} == {"k1", "k2"}
    assert takeovers[0].subtype == "coup"


def test_fuse_events_an_act_named_as_what_a_toll_counts_is_no_fresh_news(resources: Resources) -> None:
    # a headline "Tarsel attacks death toll rises to 20", days after the bombings: the parser reads "attacks" as
    # the headline's verb, but the report's news is the toll; the act it counts is the known attack, not a new one
    # of the report's days
    components = ("baseline", "names", "coref", "time", "events")
    an = analyzer_with(resources, *components)
    arts = [Article(id="t1", text="Suicide bombers attacked a market in Tarsel on Monday, killing 12 people.",
                    published="2031-03-03", published_granularity="day"),
            Article(id="t2", title="Tarsel attacks death toll rises to 20",
                    text="The death toll from the suicide attacks on a market in Tarsel rose to 20 on Saturday. "
                         "Officials said eight of the wounded had died in hospital.",
                    published="2031-03-08", published_granularity="day")]
    ctx = FuseContext(config=Config(components=components, fuse_steps=("entities", "events")), resources=resources,
                      articles={a.id: a for a in arts}, analyses={a.article: a for a in an.analyze_many(arts)})
    story = fuse(ctx)
    held = [e for e in _assaults(story) if any(m.article == "t2" and m.field == "title" for m in e.mentions)]
    assert len(held) == 1 and "t1" in {m.article for m in held[0].mentions}


def test_fuse_events_toll_named_is_read_only_before_a_toll_noun(fuse_texts: Fuser) -> None:
    from storyline.fuse.events import TOLL_AFTER
    assert TOLL_AFTER.match("Maravel attacks death toll rises", len("Maravel attacks"))
    assert TOLL_AFTER.match("the blast toll", len("the blast"))
    # negative: an act told with its own object or time is not named by a toll
    assert not TOLL_AFTER.match("Troops attacked the town on Monday", len("Troops attacked"))
    assert not TOLL_AFTER.match("the attack on tollbooths", len("the attack"))
    assert not TOLL_AFTER.match("Gunmen attack toll booth on highway", len("Gunmen attack"))
    assert not TOLL_AFTER.match("Gunmen attack toll-free line", len("Gunmen attack"))
