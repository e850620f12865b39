"""The timeline tells the story: incidents in words, intervals kept, claims with their verbs, outlets not ids."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace

from storyline.analyze.pipeline import Analyzer
from storyline.model import (
    Article,
    ArticleAnalysis,
    CasualtyReport,
    Claim,
    ClaimLink,
    Entity,
    Event,
    EventMention,
    Participant,
    Quantity,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    TimeValue,
    ValueReport,
)
from storyline.present.incidents import Incident
from storyline.present.telling import Telling
from storyline.present.timeline import (
    TimelineFilter,
    build_timeline,
    claim_label,
    compass_only,
    event_phrase,
    incident_event,
    incident_item,
    incident_when,
    page,
    reported_within,
    speaker_words,
    timeline_svg,
    timeline_text,
    told_once,
    type_matches,
)

ARTICLES = [
    Article("a1", "x" * 50, title="Blast in Tarvin", outlet="Northwind Post", published="2023-02-26"),
    Article("a2", "x" * 50, title="Tarvin toll rises", outlet="Harbor Times", published="2023-02-27"),
    Article("a3", "x" * 50, title="Mayor speaks", outlet="Eastern Ledger", published="2023-03-01"),
    Article("a4", "x" * 50, title="Wire copy", outlet="Coastal Wire", published="2023-03-01", copy_of="a3"),
]
NAMES = {"ent:tarvin": "Tarvin", "ent:front": "Green Front", "ent:lisk": "Mara Lisk"}


def _event(id: str, value: str | None, *, articles: tuple[str, ...] = ("a1", "a2"), conflicts: bool = False,
           source: str = "clause", type: str = "ASSAULT", subtype: str | None = "bombing",
           place: str | None = "ent:tarvin") -> Event:
    date = TimeValue(value=value, source=source) if value else None
    mids = tuple(f"{a}:ev{i}" for i, a in enumerate(articles))
    three, five = {"min": 3, "max": 3, "qualifier": None}, {"min": 5, "max": None, "qualifier": "at least"}
    conf = {"fatalities": (ValueReport(three, (mids[0],)), ValueReport(five, mids[1:]))} if conflicts else {}
    return Event(id=id, type=type, subtype=subtype, date=date, location=place,
                 location_text="Tarvin" if place else None, fatalities=Quantity(3, 3, "three") if conflicts else None,
                 participants=(Participant("actor", "Green Front", 0, 1, entity="ent:front"),),
                 mentions=tuple(Span(a, 0, 6, "attack") for a in articles), mention_ids=mids, conflicts=conf)


def _claim(id: str, article: str, content: str, *, polarity: str = "assert", stance: str = "statement",
           speaker: str | None = "ent:lisk", cue: str = "said", when: str | None = None,
           targets: tuple[str, ...] = ()) -> Claim:
    time = TimeValue(when, source="clause") if when else None
    return Claim(id=id, article=article, start=0, end=10, speaker=speaker, speaker_text="Mayor Lisk", cue=cue,
                 content=content, polarity=polarity, stance=stance, time=time, speaker_type="named",
                 targets=targets)  # type: ignore[arg-type]


def _said(id: str, article: str, content: str, **kw: object) -> Claim:
    """A statement the default timeline tells: one about an incident, saying who did what (the others are
    detail)."""
    return replace(_claim(id, article, content, **kw), event="e0", involvement=True)  # type: ignore[arg-type]


def _build(events: list[Event], claims: list[Claim] = (), **kw: object) -> list:  # type: ignore[assignment]
    return build_timeline(events, claims, ARTICLES, NAMES, **kw)  # type: ignore[arg-type]


def test_build_timeline_orders_by_start_and_keeps_month_intervals() -> None:
    items = _build([_event("e1", "2023-02", place=None), _event("e2", "2023-01-30", place="ent:x"),
                    _event("e3", None, type="CONSULT", subtype="visit")])
    assert [i.id for i in items] == ["e2", "e1", "e3"]
    month = items[1]
    assert (month.value, month.granularity, month.earliest, month.latest) == ("2023-02", "month", "2023-02-01",
                                                                              "2023-02-28")
    assert month.when == "February 2023"
    assert items[2].dated is False and items[2].when == "date not stated (reported 26 February 2023)"


def test_build_timeline_day_before_month_that_starts_with_it() -> None:
    items = _build([_event("m", "2023-02", place="ent:a"), _event("d", "2023-02-01", place="ent:b")])
    assert [i.id for i in items] == ["d", "m"]


def test_incidents_collapse_duplicates_and_detail_keeps_them() -> None:
    events = [_event("day", "2023-02-25"), _event("week", "2023-W08", articles=("a3",))]
    assert [i.members for i in _build(events)] == [("day", "week")]
    assert len(_build(events, detail=True)) == 2


def test_event_label_in_words_with_outlets_and_conflict_values() -> None:
    (item,) = _build([_event("e1", "2023-02-25", conflicts=True)])
    assert item.label == "Bombing in Tarvin: 3 killed"
    assert item.outlets == ("Northwind Post", "Harbor Times")
    assert item.lane == "Attacks and violence"
    # the figures the toll line counts, in the order they were reported, with who gives them
    assert item.conflicts == ("killed: from 3 to at least 5: first 3 (Northwind Post, 26 February 2023), then at "
                              "least 5 (Harbor Times, 27 February 2023)",)
    assert item.independent_sources == 2


def test_claims_carry_their_polarity_verb() -> None:
    claims = [_said("c1", "a1", "the Green Front planted the bomb", stance="allegation", cue="accused"),
              _said("c2", "a2", "that the group had any role", polarity="deny", stance="denial", cue="denied",
                     speaker="ent:front"),
              _said("c3", "a2", "the attack on the market", stance="responsibility", cue="claimed",
                     speaker="ent:front")]
    labels = [i.label for i in _build([], claims) if i.kind == "claim"]
    assert "Green Front denies that the group had any role" in labels
    assert "Green Front claims responsibility for the attack on the market" in labels
    assert any(label.startswith("Mara Lisk accuses") for label in labels)


def test_a_denial_of_the_same_words_names_what_it_denies() -> None:
    claims = [_claim("c1", "a1", "Estmark of sheltering fighters", stance="allegation", cue="accused"),
              _claim("c2", "a1", "Estmark of sheltering fighters", polarity="deny", stance="denial", cue="denied",
                     speaker="ent:front")]
    items = build_timeline([], claims, ARTICLES, NAMES, links=[ClaimLink("denies", "c2", "c1")])
    assert "Green Front denies Mara Lisk’s accusation" in [i.label for i in items]


def test_wire_copies_of_a_statement_are_one_line_citing_both() -> None:
    claims = [_said("c1", "a3", "the bridge will reopen"), _said("c2", "a4", "the bridge will reopen")]
    families = [SourceFamily("fam1", ("a3", "a4"))]
    (item,) = build_timeline([], claims, ARTICLES, NAMES, families=families)
    assert item.members == ("c1", "c2") and item.outlets == ("Eastern Ledger", "Coastal Wire")
    assert item.independent_sources == 1
    assert item.when == "reported 1 March 2023"  # dated by its report, and saying so


def test_filters_apply_to_claims_too() -> None:
    events = [_event("e1", "2023-02-25")]
    claims = [_said("c1", "a1", "the market will reopen", when="2023-02-26"),
              _said("c2", "a3", "the talks go on", speaker="ent:other", when="2023-03-01", targets=("ent:lisk",)),
              _said("c3", "a3", "nothing about her", speaker="ent:other", when="2023-03-01")]
    by_lisk = _build(events, claims, filters=TimelineFilter(entities=frozenset({"ent:lisk"})))
    assert {i.id for i in by_lisk} == {"c1", "c2"}  # she speaks in c1, is the target of c2; no event names her
    march = _build(events, claims, filters=TimelineFilter(start="2023-03", end="2023-03"))
    assert {i.id for i in march} == {"c2", "c3"}
    assaults = _build(events, claims, filters=TimelineFilter(type="assault"))
    assert {i.id for i in assaults} == {"e1"}  # claims about no assault are not kept by an event-type filter


def test_page_cuts_without_losing_the_total() -> None:
    items = _build([_event(f"e{i}", f"2023-02-{10 + i:02d}", place=f"ent:p{i}") for i in range(7)])
    p = page(items, offset=5, limit=5)
    assert [i.id for i in p.items] == ["e5", "e6"] and p.total == 7 and not p.has_more
    assert page(items, 0, 5).has_more


def test_timeline_text_speaks_words_not_codes() -> None:
    items = _build([_event("e1", "2023-W08", conflicts=True),
                    _event("e2", None, articles=("a3",), type="RETREAT", subtype="resignation")])
    text = timeline_text(items, total=2)
    assert "week of 20 February 2023" in text
    assert "sources disagree on killed: from 3 to at least 5: first 3 (Northwind Post" in text
    assert "date not stated (reported 1 March 2023)" in text
    assert "Showing 1–2 of 2 items" in text
    assert not re.search(r"\d{4}-W\d\d|ASSAULT|\ba[1-4]\b|ev_", text)


def test_timeline_svg_draws_bars_dots_and_escapes_within_its_width() -> None:
    ev = _event("e1", "2023-02", place=None)
    ev2 = Event(id="e2", type="CONSULT", subtype="visit", date=TimeValue(value="2023-02-20", source="clause"),
                location_text="<b>Kessel</b> " + "far away " * 20, mentions=(Span("a1", 0, 5, "visit"),))
    svg = timeline_svg(_build([ev, ev2, _event("e3", None, type="APPOINT", subtype="appointment")]), width=800)
    root = ET.fromstring(svg)  # well-formed: nothing leaked out of a label
    assert svg.count("<rect") == 1 and svg.count("<circle") == 1
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert "Date not stated" in svg
    for t in root.iter("{http://www.w3.org/2000/svg}text"):
        text = "".join(t.itertext())
        titled = t.find("{http://www.w3.org/2000/svg}title")
        shown = text if titled is None else text.replace(titled.text or "", "", 1)
        assert float(t.get("x") or 0) + 6.8 * len(shown) <= 800, shown  # no label runs off the right edge


def test_a_date_known_only_from_the_report_is_placed_there_and_says_so() -> None:
    (item,) = _build([_event("e1", "2023-02-26", source="dct")])
    assert item.when == "date not stated (on or before 26 February 2023)"
    assert (item.earliest, item.latest, item.date_stated) == ("2023-02-26", "2023-02-26", False)


def test_background_the_articles_recall_is_listed_after_the_story() -> None:
    items = _build([_event("old", "2004-09", place=None, subtype="hostage_taking"), _event("now", "2023-02-25"),
                    _event("later", None, type="CONSULT", subtype="visit")],
                   [_said("c1", "a3", "the officer joined the police in 1997", when="1997")])
    # the background in its own time order; a statement about 1997 was made when it was reported
    assert [i.id for i in items] == ["now", "c1", "later", "old"]
    assert [i.background for i in items] == [False, False, False, True]
    text = timeline_text(items)
    assert text.index("25 February 2023") < text.index("Background (") < text.index("September 2004")


def test_a_day_its_weekday_contradicts_is_no_date() -> None:
    ev = _event("e1", "2022-10-18")  # a Tuesday
    typo = replace(ev, date=replace(ev.date, text="Monday, 18 October"))
    (item,) = _build([typo])
    assert not item.date_stated and "2022" not in item.when and not item.background
    (item,) = _build([replace(ev, date=replace(ev.date, text="Tuesday, 18 October"))])
    assert item.date_stated and item.when == "18 October 2022"


def test_punctuation_is_no_speaker() -> None:
    c = replace(_claim("c1", "a3", "agents were behind the killing", speaker=None), speaker_text="-")
    assert speaker_words(c, NAMES) is None
    assert claim_label(c, NAMES).startswith("An unnamed speaker says")


def test_a_source_written_with_its_possessive_speaks_as_its_owner() -> None:
    # "prices rose, according to the journal's own survey": the source span ends on the owner's "'s"
    c = replace(_claim("c1", "a3", "prices rose by 8 per cent", speaker=None), speaker_text="the journal's")
    assert speaker_words(c, NAMES) == "the journal"
    assert claim_label(c, NAMES).startswith("The journal says")


def test_a_speaker_named_with_its_dateline_is_named_without_it() -> None:
    c = _claim("c1", "a3", "the search was called off", speaker="ent:guard")
    assert speaker_words(c, {"ent:guard": "TARVIN - The coast guard"}) == "The coast guard"


def test_a_reported_clause_with_a_quoted_tail_reads_whole() -> None:
    c = replace(_claim("c1", "a1", 'the Vessa Front "did not carry out the bombing in Orrin'), direct_quote=True)
    assert claim_label(c, NAMES, tense="past") == \
        "Mara Lisk said the Vessa Front “did not carry out the bombing in Orrin”"
    # negative: a quotation from its first word is still shown as one, up to its first break
    c = replace(_claim("c2", "a1", 'We never went to Orrin," she said. "Never'), direct_quote=True)
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk said: “We never went to Orrin …”"


def test_a_speaker_resolved_to_a_name_cut_short_is_named_as_written() -> None:
    c = replace(_claim("c1", "a1", "responsibility for the attack", stance="responsibility", cue="claimed",
                       speaker="ent:vessa"), speaker_text="The Vessa Liberation Front group")
    assert claim_label(c, {"ent:vessa": "Vessa"}, tense="past") == \
        "The Vessa Liberation Front group claimed responsibility for the attack"
    # negative: the whole name resolved, or a name written after a title, is the name
    whole = replace(c, speaker_text="the Vessa Liberation Front")
    label = claim_label(whole, {"ent:vessa": "Vessa Liberation Front"}, tense="past")
    assert label.startswith("Vessa Liberation Front"), label
    d = replace(c, speaker_text="Commander Ilse Varga", speaker="ent:varga")
    assert claim_label(d, {"ent:varga": "Ilse Varga"}, tense="past").startswith("Ilse Varga claimed")


def test_words_said_of_each_other_are_told_as_the_parties_said_them() -> None:
    names = {"ent:varnia": "Varnia", "ent:ostland": "Ostland"}
    c = replace(_claim("c1", "a1", "each other for starting the shelling", stance="allegation", cue="blamed",
                       speaker="ent:varnia"), speaker_text="Varnia and Ostland")
    assert claim_label(c, names) == "Varnia and Ostland blame each other for starting the shelling"
    assert claim_label(c, names, tense="past") == "Varnia and Ostland blamed each other for starting the shelling"
    both = replace(c, speaker_text="both governments", speaker=None, speaker_type="nominal",
                   content="one another of breaking the truce")
    assert claim_label(both, names, tense="past").startswith("Both governments blamed one another"), both
    assert claim_label(replace(both, speaker_text="the two governments"), names).startswith(
        "The two governments blame one another")
    # negative: one party accusing the other is told by its name
    one = replace(c, speaker_text="Varnia's army", content="Ostland for starting the shelling")
    assert claim_label(one, names, tense="past") == "Varnia blamed Ostland for starting the shelling"


def test_a_participle_cue_is_told_by_its_verb() -> None:
    # "…, accusing Ostland of firing first" and "…, urging its neighbour to hold fire": the cue in -ing form is
    # still the verb ("alleges Ostland of", "says its neighbour to" are no English)
    names = {"ent:varnia": "Varnia"}
    c = replace(_claim("c1", "a1", "Ostland of firing first", stance="allegation", cue="accusing",
                       speaker="ent:varnia"), speaker_text="Varnia's defence ministry")
    assert claim_label(c, names) == "Varnia accuses Ostland of firing first"
    u = replace(c, content="its neighbour to hold fire", stance="statement", cue="urging")
    assert claim_label(u, names, tense="past") == "Varnia urged its neighbour to hold fire"
    p = replace(c, content="to reopen the crossing", stance="statement", cue="planning")
    assert claim_label(p, names) == "Varnia plans to reopen the crossing"


def test_a_claim_of_responsibility_does_not_repeat_its_verb() -> None:
    c = _claim("c1", "a1", "responsibility for the attack on the market", stance="responsibility", cue="claimed")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk claimed responsibility for the attack on the market"
    c = _claim("c2", "a1", "the attack on the market", stance="responsibility", cue="claimed")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk claimed responsibility for the attack on the market"
    c = _claim("c3", "a1", "the responsibility for the attack on the market", stance="responsibility", cue="claimed")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk claimed responsibility for the attack on the market"
    c = _claim("c4", "a1", "that it carried out the attack on the market", stance="responsibility", cue="said")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk claimed that it carried out the attack on the market"
    # "No group had claimed responsibility by Wednesday": no deed follows the noun
    c = _claim("c5", "a1", "responsibility by Wednesday evening", stance="responsibility", cue="claimed")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk claimed responsibility by Wednesday evening"


def test_a_claim_of_responsibility_for_a_clause_reads_claims_that() -> None:
    """"Responsibility for" takes a noun phrase: what was claimed as a clause with its own subject and verb reads
    "claims that …" (issue 14: "claims responsibility for its fighters had killed 11" is no English); "credit for"
    keeps its own noun; a noun phrase with a relative clause stays."""
    def said(content: str) -> str:
        return claim_label(_claim("c1", "a1", content, stance="responsibility", cue="claimed"), NAMES)

    assert said("its fighters had killed 11 guards at the Tarvin depot") == \
        "Mara Lisk claims that its fighters had killed 11 guards at the Tarvin depot"
    assert said("it had carried out the raid") == "Mara Lisk claims that it had carried out the raid"
    assert said("credit for the raid on the depot") == "Mara Lisk claims credit for the raid on the depot"
    assert said("the raid that had killed 11") == "Mara Lisk claims responsibility for the raid that had killed 11"
    assert said("the raid in which 12 died") == "Mara Lisk claims responsibility for the raid in which 12 died"
    assert said("the raid in which 9 were shot") == "Mara Lisk claims responsibility for the raid in which 9 were shot"
    quoted = replace(_claim("c2", "a1", "We struck the depot at dawn.", stance="responsibility", cue="said"),
                     direct_quote=True)
    assert claim_label(quoted, NAMES) == "Mara Lisk claims: “We struck the depot at dawn.”"


def test_a_verb_that_takes_an_object_never_takes_a_that_clause() -> None:
    # "an accusation by Mara Lisk that Tarvin had sheltered the gunmen": "accused that" is no English
    c = _claim("c1", "a1", "that Tarvin had sheltered the gunmen", stance="allegation", cue="accusation")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk alleged that Tarvin had sheltered the gunmen"
    c = _claim("c2", "a1", "that the talks must resume", cue="urged")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk said that the talks must resume"
    # with an object the verb stays
    c = _claim("c3", "a1", "Tarvin of sheltering the gunmen", stance="allegation", cue="accused")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk accused Tarvin of sheltering the gunmen"


def test_background_of_an_undated_report_is_measured_from_the_coverage() -> None:
    undated = Article("a9", "x" * 50, title="Profile", outlet="Highland Voice")
    items = build_timeline([_event("now", "2023-02-25")], [_said("c1", "a9", "the group fought for a homeland",
                                                                  when="2019")],
                           [*ARTICLES, undated], NAMES)
    assert [(i.id, i.background) for i in items] == [("now", False), ("c1", True)]


def test_a_passive_claim_naming_its_speaker_reads_as_it_is() -> None:
    c = replace(_claim("c1", "a1", "a faction of the group has been blamed by authorities for the blast",
                       speaker=None, cue="blamed"), speaker_text="authorities")
    assert claim_label(c, NAMES, tense="past") == "A faction of the group has been blamed by authorities for the blast"


def test_a_bound_from_months_before_the_report_is_background() -> None:
    def bounded(id: str, day: str) -> Event:
        base = _event(id, day, place=None, type="CONSULT", subtype="visit")
        return replace(base, date=TimeValue(day, source="sentence", basis="reported"))  # type: ignore[call-arg]

    items = _build([bounded("months", "2022-12-20"), bounded("days", "2023-02-20")])
    assert [(i.id, i.background, i.date_stated) for i in items] == [("days", False, False), ("months", True, False)]


def test_talks_name_their_party_with_with() -> None:
    from storyline.present.timeline import event_phrase

    talks = _event("t1", "2023-02-25", type="CONSULT", subtype="meeting")
    assert event_phrase(talks, NAMES) == "Meeting with Green Front in Tarvin"
    visit = _event("v1", "2023-02-25", type="CONSULT", subtype="visit")
    assert event_phrase(visit, NAMES) == "Visit by Green Front to Tarvin"


def test_a_facility_is_where_it_happened_at_and_an_unknown_people_acts_for_no_one() -> None:
    from storyline.present.timeline import event_phrase

    ev = _event("s1", "2023-02-25", type="ASSAULT", subtype="shooting")
    hall = {**NAMES, "ent:tarvin": "Tarvin Hall"}
    assert event_phrase(ev, hall, {"ent:tarvin": "FAC"}) == "Shooting at Tarvin Hall"
    assert event_phrase(ev, NAMES, {"ent:tarvin": "GPE"}) == "Shooting in Tarvin"
    arrest = replace(_event("r1", "2023-02-25", type="COERCE", subtype="arrest"),
                     participants=(Participant("actor", "Veskan", 0, 1, entity="ent:ves"),))
    names = {**NAMES, "ent:ves": "Veskan"}
    assert event_phrase(arrest, names, {"ent:ves": "NORP"}) == "Arrest in Tarvin"  # not "Arrest by Veskan"
    assert event_phrase(arrest, names, {"ent:ves": "ORG"}) == "Arrest by Veskan in Tarvin"


def test_a_dateline_capital_is_not_the_incident_place() -> None:
    from storyline.present.timeline import dateline_place, event_phrase

    assert dateline_place("NAIROBI") and not dateline_place("NATO") and not dateline_place("Nairobi")
    filed = _event("v1", "2023-02-25", type="CONSULT", subtype="visit", place=None)
    assert event_phrase(replace(filed, location_text="NAIROBI"), NAMES) == "Visit by Green Front"


def test_a_denial_in_its_own_negated_words_reads_said() -> None:
    c = _claim("c1", "a1", "the group had nothing to do with the attack", polarity="deny", stance="denial")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk said the group had nothing to do with the attack"
    d = _claim("c2", "a1", "that the group carried out the attack", polarity="deny", stance="denial", cue="denied")
    assert claim_label(d, NAMES, tense="past") == "Mara Lisk denied that the group carried out the attack"


def test_timeline_svg_lists_background_below_the_axis() -> None:
    items = _build([_event("old", "2004-09", place=None, subtype="hostage_taking"), _event("now", "2023-02-25")])
    svg = timeline_svg(items)
    ET.fromstring(svg)
    assert "2004" not in "".join(re.findall(r'text-anchor="middle" fill="#555">([^<]*)<', svg))  # axis ticks
    assert ">Background</text>" in svg and "September 2004" in svg


def test_a_statement_is_placed_when_it_was_made_not_when_what_it_tells_happened() -> None:
    said = _said("c1", "a3", "the Front expelled him last year", when="2022")  # about 2022, said on 1 March
    recent = _said("c2", "a3", "the blast was heard on Sunday", when="2023-02-26")  # days before: its day
    items = {i.id: i for i in _build([], [said, recent]) if i.kind == "claim"}
    assert items["c1"].when == "reported 1 March 2023" and not items["c1"].date_stated
    assert items["c2"].when == "26 February 2023" and items["c2"].date_stated


def test_a_content_that_tells_the_accusation_in_the_passive_reads_as_it_is() -> None:
    c = _claim("c1", "a3", "Tarvin was accused twice of sheltering the gunmen", cue="was accused",
               stance="allegation")
    assert claim_label(c, NAMES) == "Tarvin was accused twice of sheltering the gunmen, by Mara Lisk"


def test_an_appointment_is_named_after_the_person_appointed() -> None:
    from storyline.present.timeline import event_phrase

    named = replace(_event("p1", "2023-02-25", type="APPOINT", subtype="appointment", place=None),
                    participants=(Participant("actor", "Mayor Lisk", 0, 1, entity="ent:lisk"),
                                  Participant("recipient", "Ada Vell", 2, 3, entity="ent:vell")))
    names = {**NAMES, "ent:vell": "Ada Vell"}
    types = {"ent:lisk": "PERSON", "ent:vell": "PERSON"}
    assert event_phrase(named, names, types) == "Appointment of Ada Vell"
    # with only the appointer known, the appointer is who acted
    alone = replace(named, participants=named.participants[:1])
    assert event_phrase(alone, names, types) == "Appointment by Mara Lisk"


def test_a_claim_opening_with_a_capitalized_common_noun_reads_lower_case() -> None:
    text = "Crews restored power. Water was scarce in Tarvin, the mayor said, and clean water ran out on Monday."
    articles = [replace(ARTICLES[0], text=text)]
    claims = [_said("c1", "a1", "Water was scarce in Tarvin"), _said("c2", "a1", "Tarvin had no power")]
    labels = [i.label for i in build_timeline([], claims, articles, NAMES)]
    assert "Mara Lisk says water was scarce in Tarvin" in labels
    assert "Mara Lisk says Tarvin had no power" in labels  # a name keeps its capital


def test_a_speaker_resolved_to_a_person_its_content_names_is_told_by_its_own_words() -> None:
    c = replace(_claim("c1", "a1", "the envoy will meet Mara Lisk in Tarvin on Tuesday"),
                speaker_text="the prime minister's office", speaker_type="organization")
    assert claim_label(c, NAMES, tense="past").startswith("The prime minister's office said the envoy will meet")
    d = replace(c, content="Lisk's deputy will travel to Tarvin")  # the name first, possessive
    assert claim_label(d, NAMES, tense="past").startswith("The prime minister's office said Lisk's deputy")
    e = replace(c, speaker_text="Mayor Lisk", content="the envoy will meet the council")
    assert claim_label(e, NAMES, tense="past").startswith("Mara Lisk said")


def test_a_headline_kicker_is_no_speaker() -> None:
    # "Flood Crisis: Governor Visits Sarn" read as "Flood Crisis said …": a colon inside the headline line, no
    # quote marks; a quoted headline stays a statement, and so does the same colon in the body
    text = "Flood Crisis: Governor Visits Sarn\n\nSarn: the governor came on Monday.\n\nBrant: 'We will rebuild'"
    art = Article("h1", text, title="Flood Crisis: Governor Visits Sarn", outlet="Hill Daily", published="2023-03-02")
    quoted = Article("h2", "Brant: 'We will rebuild the bridge'\n\nThe mayor spoke on Monday.",
                     title="Brant: 'We will rebuild the bridge'", outlet="Hill Daily", published="2023-03-02")
    kicker = replace(_said("k", "h1", "Governor Visits Sarn", cue=":"), start=0, end=34)
    body = replace(_said("b", "h1", "the governor came on Monday", cue=":"), start=36, end=69)
    said = replace(_said("q", "h2", "We will rebuild the bridge", cue=":"), start=0, end=34, direct_quote=True)
    items = build_timeline([], [kicker, body, said], [*ARTICLES, art, quoted], NAMES)
    labels = [i.label for i in items if i.kind == "claim"]
    assert not any("Governor Visits Sarn" in label for label in labels), labels
    assert any("came on Monday" in label for label in labels) and any("rebuild" in label for label in labels)


def test_a_label_opening_the_text_is_no_speaker() -> None:
    # a standfirst's label: "Tunnel Rescue: So far eleven bodies have been recovered …" as the text's first line
    text = ("Tunnel Rescue: So far eleven bodies have been recovered from the tunnel.\n\n"
            "Varno, Feb 16: The search went on.")
    art = Article("t1", text, title="Two more bodies found in Varno", outlet="Hill Daily", published="2023-03-02")
    label = replace(_claim("k", "t1", "So far eleven bodies have been recovered from the tunnel", cue=":",
                           speaker="ent:lisk"), start=0, end=72)
    labels = [i.label for i in build_timeline([], [label], [*ARTICLES, art], NAMES) if i.kind == "claim"]
    assert labels == [], labels


def test_a_claim_told_again_inside_a_longer_one_is_one_line() -> None:
    # "Mayor Lisk said the market would reopen and asserted that the curfew stays": the extractor also reads
    # "asserted that the curfew stays" alone; the same speaker's other words in that sentence stay a line
    whole = replace(_said("c1", "a1", "the market would reopen and asserted that the curfew stays"),
                    content_start=10, content_end=70)
    part = replace(_said("c2", "a1", "that the curfew stays"), content_start=50, content_end=70)
    other = replace(_said("c3", "a1", "police would guard the gates"), content_start=80, content_end=110)
    labels = [i.label for i in _build([], [whole, part, other]) if i.kind == "claim"]
    assert len(labels) == 2 and not any(label.endswith("says that the curfew stays") for label in labels), labels
    assert any("guard the gates" in label for label in labels)


def test_a_bare_kind_from_one_source_is_left_to_the_detail_view() -> None:
    # "Payment, date not stated" from one article: no date, no place, nobody named, no figure tells a reader nothing
    bare = replace(_event("bare", "2023-02-26", articles=("a1",), source="dct", type="TRANSACTION", subtype="money",
                          place=None), participants=())
    two = replace(bare, id="two", mentions=(Span("a1", 0, 6, "paid"), Span("a2", 0, 6, "paid")),
                  mention_ids=("a1:ev5", "a2:ev5"))
    assert [i.id for i in _build([bare]) if i.kind == "event"] == []
    assert [i.id for i in _build([bare], detail=True) if i.kind == "event"] == ["bare"]
    # two independent sources still place it nowhere: a fragment of the incident their articles tell, else detail
    assert [i.id for i in _build([two]) if i.kind == "event"] == []
    (line,) = _build([two, _event("e1", "2023-02-25")])
    assert line.id == "e1" and "two" in line.members


def test_a_name_made_of_conversion_debris_is_no_actor() -> None:
    from storyline.present.timeline import event_phrase

    ev = Event("e1", "RETREAT", subtype="withdrawal", participants=(Participant("actor", "x", 0, 1, entity="ent:x"),))
    assert event_phrase(ev, {"ent:x": "\\tWhile Reagan"}) == "Withdrawal"
    assert event_phrase(ev, {"ent:x": "Mara Lisk"}) == "Withdrawal by Mara Lisk"


def test_conversion_debris_is_read_as_a_space_in_speakers_and_contents() -> None:
    c = replace(_claim("c1", "a1", "&\\tThe survey index dropped to 51 pct", speaker=None),
                speaker_text="&\\tThe Bank of Sarn")
    named = replace(c, speaker="ent:bank")
    assert claim_label(c, NAMES) == "The Bank of Sarn says the survey index dropped to 51 pct"
    assert claim_label(named, {"ent:bank": "\\tBank of Sarn"}).startswith("Bank of Sarn says")


def test_a_demanded_resignation_is_not_told_as_one_that_happened() -> None:
    from storyline.present.timeline import event_phrase

    done = replace(_event("r1", None, type="RETREAT", subtype="resignation", place=None),
                   participants=(Participant("actor", "Mara Lisk", 0, 1, entity="ent:lisk"),))
    assert event_phrase(done, NAMES) == "Resignation of Mara Lisk"
    asked = replace(done, modality="planned")  # what the analysis reads for "demanded her resignation"
    assert event_phrase(asked, NAMES) == "Sought resignation of Mara Lisk"


def test_an_amount_taken_for_a_name_acts_for_no_one() -> None:
    from storyline.present.timeline import event_phrase

    paid = replace(_event("p1", None, type="TRANSACTION", subtype="money", place=None),
                   participants=(Participant("actor", "Rs 2", 0, 1, entity="ent:rs"),
                                 Participant("actor", "Mara Lisk", 0, 1, entity="ent:lisk")))
    assert event_phrase(paid, {**NAMES, "ent:rs": "Rs 2"}, {"ent:rs": "PERSON"}) == "Payment by Mara Lisk"


def test_an_accident_is_headed_by_the_kind_its_triggers_tell() -> None:
    from storyline.present.timeline import event_phrase

    acc = replace(_event("c1", "2023-02-25", type="DISASTER", subtype="man_made"), participants=(),
                  mentions=(Span("a1", 0, 15, "bridge collapse"), Span("a2", 0, 9, "collapsed"),
                            Span("a2", 20, 28, "accident")))
    assert event_phrase(acc, NAMES) == "Bridge collapse in Tarvin"
    plain = replace(acc, mentions=(Span("a1", 0, 8, "accident"),))
    assert event_phrase(plain, NAMES) == "Accident in Tarvin"


def test_a_title_and_a_persons_surname_typed_as_a_place_is_no_place() -> None:
    from storyline.present.timeline import event_phrase

    paid = replace(_event("p1", None, type="TRANSACTION", subtype="money", place="ent:pm"), participants=())
    names = {**NAMES, "ent:pm": "PM Lisk"}
    assert event_phrase(paid, names, {"ent:pm": "GPE", "ent:lisk": "PERSON"}) == "Payment"
    assert event_phrase(paid, {**NAMES, "ent:pm": "Port Lisk"}, {"ent:pm": "GPE", "ent:lisk": "PERSON"}) == \
        "Payment in Port Lisk"


def test_an_attack_placed_in_its_attackers_country_is_placed_nowhere() -> None:
    from storyline.present.timeline import event_phrase

    names = {**NAMES, "ent:peru": "Peru", "ent:lima": "Lima", "ent:pe": "Peruvian"}
    strike = replace(_event("s1", "2031-03-04", type="ASSAULT", subtype="air_strike", place="ent:peru"),
                     participants=(Participant("actor", "Peruvian", 0, 1, entity="ent:pe"),))
    assert event_phrase(strike, names) == "Air strike"
    army = replace(strike, participants=(Participant("actor", "the Peruvian army", 0, 1),))
    assert event_phrase(army, names) == "Air strike"
    # the town it struck, or another country's actor, keep the place
    assert event_phrase(replace(strike, location="ent:lima"), names) == "Air strike in Lima"
    other = replace(strike, participants=(Participant("actor", "Chilean", 0, 1),))
    assert event_phrase(other, names) == "Air strike in Peru"


def test_an_attack_keeps_its_country_when_its_actors_name_another_more_often() -> None:
    # a Valdoran-made missile struck in Peru: "Peruvian" read once as an actor beside "Valdoran" twice
    names = {**NAMES, "ent:peru": "Peru", "ent:va": "Valdora"}
    strike = replace(_event("s1", "2031-03-04", type="ASSAULT", subtype="shelling", place="ent:peru"),
                     participants=(Participant("actor", "Peruvian", 0, 1), Participant("actor", "Chilean", 0, 1),
                                   Participant("actor", "Chile", 0, 1)))
    assert event_phrase(strike, names) == "Shelling in Peru"
    alone = replace(strike, participants=strike.participants[:1])
    assert event_phrase(alone, names) == "Shelling"
    even = replace(strike, participants=strike.participants[:2])  # one each: no attacker's country to tell
    assert event_phrase(even, names) == "Shelling in Peru"


def test_a_part_of_a_country_resolved_to_a_whole_country_is_no_place() -> None:
    names = {**NAMES, "ent:peru": "Peru"}
    attack = replace(_event("s1", "2031-03-04", place="ent:peru"), location_text="the city", participants=())
    assert event_phrase(attack, names) == "Bombing"
    assert event_phrase(replace(attack, location_text="the country"), names) == "Bombing in Peru"
    assert event_phrase(replace(attack, location="ent:tarvin"), names) == "Bombing in Tarvin"


def test_a_visits_actor_is_one_never_its_recipient_first() -> None:
    names = {**NAMES, "ent:vesh": "Abdul Vesh"}
    visit = replace(_event("v1", "2031-03-04", type="CONSULT", subtype="visit", place=None),
                    participants=(Participant("actor", "Lisk", 0, 1, entity="ent:lisk"),
                                  Participant("actor", "his", 0, 1, entity="ent:vesh"),
                                  Participant("recipient", "Lisk", 0, 1, entity="ent:lisk")))
    assert event_phrase(visit, names) == "Visit by Abdul Vesh"
    one = replace(visit, participants=visit.participants[:2])
    assert event_phrase(one, names) == "Visit by Mara Lisk"


def test_build_timeline_detail_names_an_incidents_actions() -> None:
    ev = _event("e1", "2023-02-01", articles=("a1", "a2"))
    ev = replace(ev, mentions=(Span("a1", 0, 6, "attack"), Span("a2", 0, 8, "Arrested")),
                 chains=(("a1:ev0",), ("a2:ev1",)))
    label = next(i.label for i in _build([ev], detail=True) if i.id == "e1")
    assert label.endswith("(actions: attack, arrested)")
    one = replace(ev, chains=(("a1:ev0", "a2:ev1"),))
    assert "actions" not in next(i.label for i in _build([one], detail=True) if i.id == "e1")


def test_a_claim_does_not_name_its_speaker_again_at_its_end() -> None:
    c = _claim("c1", "a1", "the search was called off on Friday, according to provincial police chief Mara Lisk")
    assert claim_label(c, NAMES, tense="past") == "Mara Lisk said the search was called off on Friday"
    c = _claim("c2", "a1", "the search was called off on Friday, according to the coast guard")
    assert claim_label(c, NAMES, tense="past").endswith("on Friday, according to the coast guard")


def test_a_name_inside_a_description_is_not_the_speaker() -> None:
    names = {"ent:sarn": "Sarn", "ent:tarv": "Tarvinian", "ent:lisk": "Mara Lisk"}
    c = replace(_claim("c1", "a1", "the toll rose to 12", speaker="ent:sarn"),
                speaker_text="the Sarn governor's office")
    assert speaker_words(c, names) == "the Sarn governor's office"
    c = replace(_claim("c2", "a1", "the attack", stance="responsibility", speaker="ent:tarv"),
                speaker_text="A Tarvinian militant group on Thursday")
    assert claim_label(c, names, tense="past") == "A Tarvinian militant group claimed responsibility for the attack"
    c = replace(_claim("c3", "a1", "the talks were over", speaker="ent:lisk"), speaker_text="Mayor Mara Lisk")
    assert speaker_words(c, names) == "Mara Lisk"
    # a place named with its unit speaks no more for a body named after it
    c = replace(_claim("c4", "a1", "the toll rose to 12", speaker="ent:oru"),
                speaker_text="the Oru provincial health department")
    assert speaker_words(c, {**names, "ent:oru": "Oru province"}) == "the health department"


def test_a_claim_told_inside_another_claims_words_is_told_once() -> None:
    text = "Mara Lisk said an initial inquiry showed the ferry turned sharply."
    outer = replace(_claim("c1", "a1", "an initial inquiry showed the ferry turned sharply"),
                    speaker_start=0, speaker_end=9, content_start=15, content_end=len(text) - 1)
    inner = replace(_claim("c2", "a1", "the ferry turned sharply", speaker=None), speaker_text="an initial inquiry",
                    speaker_start=15, speaker_end=33, content_start=41, content_end=len(text) - 1)
    apart = replace(_claim("c3", "a2", "the ferry turned sharply", speaker=None), speaker_text="an initial inquiry",
                    speaker_start=15, speaker_end=33, content_start=41, content_end=len(text) - 1)
    assert [c.id for c in reported_within([outer, inner, apart])] == ["c2"]
    assert [c.id for c in told_once([outer, inner, apart], NAMES)] == ["c1", "c3"]


def test_type_filter_takes_the_code_or_the_words_a_heading_shows() -> None:
    assert type_matches("COERCE", "arrest", "COERCE") and type_matches("COERCE", "arrest", "arrest")
    assert type_matches("COERCE", "arrest", "Arrests") and type_matches("ASSAULT", "suicide_bombing", "suicide bombing")
    assert not type_matches("COERCE", "arrest", "ASSAULT") and not type_matches("ASSAULT", None, "arrest")



def test_a_compass_word_is_no_place_in_a_heading() -> None:
    # "the West" (a bloc) and "east" read as the scene: a heading names no place rather than a direction
    assert compass_only("the West") and compass_only("east") and compass_only("North-East")
    assert not compass_only("East Tarvin") and not compass_only("Westbrook") and not compass_only("")
    crash = replace(_event("e1", "2023-02-26", type="ACCIDENT", subtype="crash", place=None), location_text="West")
    assert event_phrase(crash, NAMES) == "Crash"
    # the incident takes the place another of its events names
    placed = _event("e2", "2023-02-26", type="ACCIDENT", subtype="crash")
    inc = Incident(crash, (crash, placed), ("a1", "a2"))
    assert event_phrase(incident_event(inc), NAMES) == "Crash in Tarvin"


def test_an_incident_takes_a_place_only_from_another_of_its_events_of_its_kind() -> None:
    """Talks folded into a visit were placed where the rebels are ("talking to the Tarvin rebels"): the visit
    does not take that place; another visit event's place it does."""
    visit = _event("v1", "2031-03-06", type="CONSULT", subtype="visit", place=None)
    talks = _event("t1", "2031-03-06", type="CONSULT", subtype="talks")
    assert event_phrase(incident_event(Incident(visit, (visit, talks), ("a1", "a2"))), NAMES) == "Visit by Green Front"
    other = _event("v2", "2031-03-06", type="CONSULT", subtype="visit")
    inc = Incident(visit, (visit, talks, other), ("a1", "a2"))
    assert event_phrase(incident_event(inc), NAMES) == "Visit by Green Front to Tarvin"


def test_a_line_one_article_tells_names_it_and_a_year_alone_places_nothing() -> None:
    items = _build([_event("e1", "2023-02-20", articles=("a1",), type="CONSULT", subtype="visit"),
                    _event("e2", "2023-02-26")])
    text = timeline_text(items)
    assert "(Northwind Post, “Blast in Tarvin”)" in text  # one article: its title says which of many
    assert "(Northwind Post and Harbor Times; 2 independent sources)" in text  # several: their outlets
    # "Sale, 1986" from one source, nobody and nowhere named: a year alone places nothing, and it is no line; nor
    # is "Sale, November 2022" (a kind alone: a fragment of what its article tells), which the detail lists
    bare = replace(_event("e3", "2022", articles=("a1",), type="TRANSACTION", subtype="sale", place=None),
                   participants=())
    month = replace(bare, id="e4", date=TimeValue(value="2022-11", source="clause"))
    assert [i.id for i in _build([bare, month])] == []
    assert [i.id for i in _build([bare, month], detail=True)] == ["e3", "e4"]


def test_a_visit_placed_nowhere_goes_where_it_names_not_to_a_dateline_or_home() -> None:
    """A visit with no place is told by where it went: the place it names other than its visitor, never the
    dateline's place in capitals nor the visitor's own country."""
    names = {**NAMES, "ent:nor": "Norland"}
    types = {"ent:tarvin": "GPE", "ent:nor": "GPE", "ent:front": "ORG"}
    visit = replace(_event("v1", "2023-02-25", type="CONSULT", subtype="visit", place=None), participants=(
        Participant("actor", "Green Front", 0, 1, entity="ent:front"),
        Participant("actor", "Norland", 0, 1, entity="ent:nor"),
        Participant("actor", "TARVIN", 0, 1, entity="ent:tarvin"),
        Participant("recipient", "Norland", 0, 1, entity="ent:nor")))
    assert event_phrase(visit, names, types) == "Visit by Green Front"  # home and the dateline: no destination
    tarvin = Participant("recipient", "Tarvin", 0, 1, entity="ent:tarvin")
    to = replace(visit, participants=(*visit.participants, tarvin))
    assert event_phrase(to, names, types) == "Visit by Green Front to Tarvin"
    assert event_phrase(to, names, types, destination=False) == "Visit by Green Front"


def test_an_agreement_dated_by_its_meeting_follows_it_on_the_timeline() -> None:
    """An agreement only its reports date, told by the articles of a meeting of its party on a stated day, is
    dated by that meeting and listed right after it."""
    meeting = _event("zz", "2023-02-26", type="CONSULT", subtype="visit")
    agreement = _event("ag", "2023-02-26", source="dct", type="AGREE", subtype="agreement", place=None)
    lines = [(i.label, i.when) for i in _build([meeting, agreement]) if i.kind == "event"]
    assert lines == [("Visit by Green Front to Tarvin", "26 February 2023"),
                     ("Agreement with Green Front", "26 February 2023")], lines


def _told(article: str, text: str, word: str) -> Span:
    start = text.index(word)
    return Span(article, start, start + len(word), word)


def test_an_incident_line_names_no_actor_its_sentences_hardly_name() -> None:
    """As a briefing heading does: the fourth round of talks is no "Meeting with <the envoy named weeks later>"
    because fusion put one mention of her visit in it; an actor most of its sentences name stays."""
    texts = {"t1": "Delegates of the two sides met in Halvik last month without agreement. Irma Soltrand was a judge.",
             "t2": "A fourth round of talks ended in Halvik last month. Irma Soltrand was named on Friday.",
             "t3": "Envoy Irma Soltrand met the mediators in Halvik on Tuesday.",
             "t4": "The talks in Halvik broke down in the winter."}
    arts = [Article(a, t, title=a, outlet=f"Outlet {a}", published="2031-03-20") for a, t in texts.items()]
    names = {"ent:soltrand": "Irma Soltrand", "ent:halvik": "Halvik"}
    types = {"ent:soltrand": "PERSON", "ent:halvik": "GPE"}
    envoy = (Participant("actor", "Irma Soltrand", 0, 1, entity="ent:soltrand"),)
    talks = Event("e1", "CONSULT", subtype="meeting", date=TimeValue("2031-02", source="clause"),
                  location="ent:halvik", location_text="Halvik", participants=envoy,
                  mentions=(_told("t1", texts["t1"], "met"), _told("t2", texts["t2"], "talks"),
                            _told("t3", texts["t3"], "met"), _told("t4", texts["t4"], "talks")),
                  mention_ids=("m1", "m2", "m3", "m4"))
    label = build_timeline([talks], [], arts, names, entity_types=types)[0].label
    assert label == "Meeting in Halvik", label
    named = replace(talks, mentions=talks.mentions[2:], mention_ids=("m3", "m4"))  # named in half: she stays
    assert build_timeline([named], [], arts, names, entity_types=types)[0].label == \
        "Meeting with Irma Soltrand in Halvik"
    # the analyses' sentence spans, when given, bound the sentences weighed
    spans = {a: ((0, len(t)),) for a, t in texts.items()}  # one sentence each: three of the four name her
    assert build_timeline([talks], [], arts, names, entity_types=types, sentences=spans)[0].label == \
        "Meeting with Irma Soltrand in Halvik"


def test_a_minor_happening_is_folded_into_the_incident_its_reports_tell() -> None:
    """A sale told beside a bombing, and an incident nothing places, head no briefing section: the timeline
    folds them into the bombing's line (its members), the detailed timeline lists them, and the overview's
    best-attested list never shows them."""
    from storyline.present.overview import best_attested

    bombing = _event("e1", "2023-02-25", articles=("a1", "a2", "a3"))
    sale = _event("e2", None, articles=("a1", "a3"), type="TRANSACTION", subtype="ownership", place=None)
    vague = replace(_event("e3", None, articles=("a2", "a3"), type="CONCEDE", subtype=None, place=None),
                    participants=(Participant("actor", "prisoners", 0, 1),))
    (line,) = _build([bombing, sale, vague])
    assert line.id == "e1" and not line.minor and {"e2", "e3"} <= set(line.members)
    assert [i.id for i in best_attested([line])] == ["e1"]
    assert {i.id for i in _build([bombing, sale, vague], detail=True)} == {"e1", "e2", "e3"}
    # nothing it can be part of (a sale stated for a day before the bombing): left to the detailed timeline
    before = replace(sale, date=TimeValue("2023-02-20", source="clause"))
    (line,) = _build([bombing, before])
    assert line.id == "e1" and "e2" not in line.members


def test_a_claim_made_in_a_groups_name_is_not_the_groups() -> None:
    """"A former commander of the Green Front (GF) who claimed the bombing in the GF's name": a speaker resolved
    to the group in whose name the claim is made is someone else; whose, the line cannot say, so it is not
    shown (the copy that names the commander is). The commander's own claim "in the name of" the group stays."""
    names = {"ent:front": "Green Front", "ent:odo": "Kell Odo"}
    group = replace(_claim("c1", "a1", "last week's bombing in Tarvin in the GF's name", speaker="ent:front",
                           cue="claimed", stance="responsibility"), speaker_text="the Green Front (GF")
    named = replace(_claim("c2", "a2", "the Tarvin bombing in the name of the Green Front", speaker="ent:odo",
                           cue="claimed", stance="responsibility"), speaker_text="Kell Odo")
    spelled = replace(group, id="c3", content="the bombing in the name of the Green Front")
    assert speaker_words(group, names) is None and speaker_words(spelled, names) is None
    assert speaker_words(named, names) == "Kell Odo"
    items = _build([], [group, named, spelled])
    assert [i.id for i in items] == ["c2"], [i.label for i in items]


def test_a_visit_by_a_state_comes_from_it() -> None:
    """A state visits by its envoys: "Visit from Norway to Tarvin" (its people too: "Norwegian" is Norway), never
    "Visit by Norway"; a person still visits "by"."""
    names = {**NAMES, "ent:no": "Norway", "ent:nor": "Norwegian"}
    types = {"ent:no": "GPE", "ent:nor": "NORP", "ent:lisk": "PERSON", "ent:tarvin": "GPE"}

    def visit(actor: str) -> Event:
        return replace(_event("v", "2023-02-26", type="CONSULT", subtype="visit"),
                       participants=(Participant("actor", names[actor], 0, 1, entity=actor),))

    assert event_phrase(visit("ent:no"), names, types) == "Visit from Norway to Tarvin"
    assert event_phrase(visit("ent:nor"), names, types) == "Visit from Norway to Tarvin"
    assert event_phrase(visit("ent:lisk"), names, types) == "Visit by Mara Lisk to Tarvin"


def test_a_description_resolved_to_a_name_does_not_back_that_name_in_a_heading() -> None:
    """The entity step read "the consultative group" as a rate's name: the lines saying "the consultative group"
    do not name it, so the heading does not say "Visit by <that name>"; an actor written by a name still is."""
    from storyline.present.timeline import told_event

    names = {"ent:rate": "Halvik Interbank Rate", "ent:orm": "Tova Orm"}
    types = {"ent:rate": "ORG", "ent:orm": "PERSON"}
    group = Participant("actor", "the consultative group", 0, 1, entity="ent:rate")
    trip = Event("v", "CONSULT", subtype="visit", participants=(group,), mentions=(Span("a1", 0, 4, "trip"),))
    told = ((), ["The minister and the consultative group would meet every year.", "The trip was short."])
    inc = Incident(trip, (trip,), ("a1",))
    assert told_event(inc, names, types, told).participants == ()
    orm = replace(trip, participants=(Participant("actor", "Orm", 0, 1, entity="ent:orm"),))
    told = ((), ["Orm would travel on Friday.", "The trip was short."])
    assert told_event(Incident(orm, (orm,), ("a1",)), names, types, told).participants == orm.participants


def test_an_accord_is_not_its_own_party() -> None:
    """"the Halvik Trade Agreement" read as the actor of an agreement is the accord itself: no "Agreement with
    Halvik Trade Agreement"; a party named otherwise stays."""
    names = {**NAMES, "ent:pact": "Halvik Trade Agreement"}
    pact = replace(_event("g", "2023-02-26", type="AGREE", subtype="agreement", place=None),
                   participants=(Participant("actor", "the Halvik Trade Agreement", 0, 1, entity="ent:pact"),))
    assert event_phrase(pact, names) == "Agreement"
    front = replace(pact, participants=(Participant("actor", "Green Front", 0, 1, entity="ent:front"),))
    assert event_phrase(front, names) == "Agreement with Green Front"


def test_an_event_told_as_not_having_happened_reads_no() -> None:
    """``--detail`` lists negated events: "No visit by Mara Lisk to Tarvin", never "Reported as not having happened
    visit by …"."""
    visit = replace(_event("v", "2023-02-26", type="CONSULT", subtype="visit"), modality="negated",
                    participants=(Participant("actor", "Mara Lisk", 0, 1, entity="ent:lisk"),))
    assert event_phrase(visit, NAMES, {"ent:lisk": "PERSON", "ent:tarvin": "GPE"}) == "No visit by Mara Lisk to Tarvin"


def test_on_one_day_what_is_stated_for_it_comes_before_what_only_its_report_dates() -> None:
    """A visit dated only by a report of 26 February ("on or before") follows the bombing stated for that day,
    whatever their ids; so do statements dated only by their report."""
    visit = _event("aa", "2023-02-26", source="dct", type="CONSULT", subtype="visit", place="ent:x")
    bombing = _event("zz", "2023-02-26")
    said = _said("ca", "a1", "the market would reopen on Friday", when="2023-02-26")
    stated = _said("cz", "a1", "the attackers came at dawn on Sunday", when="2023-02-26")
    said = replace(said, time=TimeValue("2023-02-26", source="dct"))
    items = _build([visit, bombing], [said, stated])
    assert [i.id for i in items] == ["zz", "cz", "aa", "ca"], [(i.id, i.date_stated) for i in items]


def _quake_story() -> tuple[Story, dict[str, ArticleAnalysis]]:
    """A quake fusion placed in a town one sentence recalls from another year ("a 1987 earthquake in Telmar"),
    with a headline figure one report's estimate gives (1,000) while two outlets count 85: the sentences that
    tell it name the province it struck."""
    texts = {
        "q1": ("A strong earthquake struck Oru province on Sunday, killing at least 40 people. "
               "Rescuers in Oru province searched collapsed homes after the earthquake."),
        "q2": ("The earthquake in Oru province has killed 85 people, officials said. "
               "A 1987 earthquake in Telmar killed 900 people."),
        "q3": "Officials in Oru province said the earthquake had killed 85 people and destroyed 300 houses.",
        "q4": "Seismologists said the earthquake could have killed 1,000 people.",
    }
    days = {"q1": "2031-05-04", "q2": "2031-05-05", "q3": "2031-05-06", "q4": "2031-05-05"}
    arts = [Article(a, t, outlet=f"Outlet {a}", published=days[a], title=f"Quake {a}") for a, t in texts.items()]

    def spans(word: str) -> list[Span]:
        return [Span(a.id, m.start(), m.end(), word) for a in arts for m in re.finditer(re.escape(word), a.text)]

    oru = Entity("ent:oru", "Oru province", "GPE", {"Oru province": 4}, tuple(spans("Oru province")))
    telmar = Entity("ent:telmar", "Telmar", "GPE", {"Telmar": 1}, tuple(spans("Telmar")))
    told = spans("earthquake")

    def report(article: str, words: str, n: int, qualifier: str | None = None) -> CasualtyReport:
        at = texts[article].index(words)
        return CasualtyReport("killed", n, n if qualifier is None else None, qualifier, words, article, at,
                              at + len(words), days[article])

    quake = Event("ev:quake", "DISASTER", subtype="earthquake", date=TimeValue("2031-05-04", source="clause"),
                  location="ent:telmar", location_text="Telmar", fatalities=Quantity(1000, 1000, "1,000"),
                  mentions=tuple(told), mention_ids=tuple(f"{s.article}:ev{i}" for i, s in enumerate(told)),
                  reports=(report("q1", "at least 40 people", 40, "at least"), report("q2", "85 people", 85),
                           report("q4", "1,000 people", 1000), report("q3", "85 people", 85)))
    story = Story(articles=arts, entities=[oru, telmar], events=[quake], claims=[],
                  stories=[StoryCluster("story_q", "Quake", tuple(texts))])
    sentences = {a.id: tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", a.text)) for a in arts}
    return story, {a: ArticleAnalysis(a, "test", sentences=s) for a, s in sentences.items()}


def test_a_timeline_line_and_a_briefing_heading_give_an_incident_the_same_place_and_toll() -> None:
    """The line and the section read the incident from one place (:func:`incident_facts`): the province its
    sentences name, not the town one sentence recalls from another year, and the toll the section's toll line
    opens with (85, which two outlets count), not the estimate fusion kept as its headline."""
    from storyline.present.briefing import brief
    from storyline.present.places import Places

    story, analyses = _quake_story()
    sec = next(s for s in brief(story, analyses=analyses).sections if s.event == "ev:quake")
    names = {e.id: e.name for e in story.entities}
    types = {e.id: e.type for e in story.entities}
    items = build_timeline(story.events, [], story.articles, names, places=Places.of_story(story),
                           entity_types=types, sentences={a: an.sentences for a, an in analyses.items()},
                           analyses=analyses)
    line = next(i for i in items if i.id == "ev:quake")
    assert sec.heading == "Earthquake in Oru province, 4 May 2031", sec.heading
    assert line.label == "Earthquake in Oru province: 85 killed", line.label
    toll = next(it for it in sec.items if it.kind == "toll")
    assert toll.text.startswith("85 killed"), toll.text


def test_a_name_stands_alone_for_its_one_name_not_for_a_compass_word_or_inside_another_name() -> None:
    """"Oru province" is named by "the city of Oru"; "Eastern Dovria" is not named by "Eastern" alone; "Karsa" in
    "the Front for a Free Karsa" or "Karsa Daily" names another thing; "President Karsa" and a sentence opening
    on a word before the name still name her."""
    from storyline.present.timeline import named_in

    assert named_in(["Oru province"], "Rescuers in the city of Oru searched the rubble.")
    assert not named_in(["Oru province"], "Rescuers searched the rubble.")
    assert not named_in(["Eastern Dovria"], "Eastern hills were shaken.")
    assert named_in(["Eastern Dovria"], "Villages across Dovria were shaken.")
    # with or without its diacritics, one place
    assert named_in(["Tarvino"], "A shell fell on a farm in Tarvíno on Tuesday.")
    assert named_in(["Tarvíno"], "A shell fell on a farm in Tarvino on Tuesday.")
    assert not named_in(["Ilda Karsa"], "Talks with the Front for a Free Karsa resumed.")
    assert not named_in(["Ilda Karsa"], "Karsa Daily reported the talks.")
    assert named_in(["Ilda Karsa"], "The talks, President Karsa said, will resume.")
    assert named_in(["Ilda Karsa"], "Yesterday Karsa said the talks would resume.")
    # whole words: a people's adjective does not name its country's place
    assert not named_in(["Dovria"], "The Dovrian government wants the talks back.")
    assert named_in(["Dovria"], "Dovria's government wants the talks back.")


def test_a_statement_about_a_month_gone_by_is_placed_at_its_report() -> None:
    """"The owner says the hotel was cleared after the February blast", reported on 1 March: February is the
    blast's month, not when the owner spoke, and the line comes after the blast, at its report. A day a few
    days before the report, or the report's own month, still dates the statement."""
    blast = _event("blast", "2023-02-26")
    month = _said("c1", "a3", "the hotel was cleared after the February blast", when="2023-02")
    items = _build([blast], [month])
    assert [i.id for i in items] == ["blast", "c1"]
    assert items[1].when == "reported 1 March 2023" and not items[1].date_stated
    assert _build([], [replace(month, time=TimeValue("2023-02-27", source="clause"))])[0].when == "27 February 2023"
    assert _build([], [replace(month, time=TimeValue("2023-03", source="clause"))])[0].when == "March 2023"


def test_an_outlets_name_read_as_what_was_said_is_no_statement() -> None:
    """"Some of the guests had texted colleagues for help, reported the Oru Daily", read with "the Oru Daily" as
    the guests' words, is no line ("Guests say the Oru Daily"); a statement of the guests stays one."""
    misread = _said("c1", "a3", "the Oru Daily", speaker=None, cue="reported", stance="allegation")
    kept = _said("c2", "a3", "the guests had texted colleagues for help", stance="allegation")
    assert [i.id for i in _build([], [misread, kept])] == ["c2"]


def test_a_timeline_lines_toll_conflicts_are_the_figures_its_toll_line_counts() -> None:
    """Fusion's disagreeing values may hold a figure the toll line leaves out (the 900 a sentence recalls from a
    1987 quake): the line's conflicts give the figures the briefing's toll line counts, in its order, with the
    outlets that give them, never a list that contradicts the figure the line shows."""
    from storyline.present.briefing import brief
    from storyline.present.places import Places

    story, analyses = _quake_story()
    (quake,) = story.events
    ids = quake.mention_ids
    quake = replace(quake, conflicts={"fatalities": (ValueReport(900, (ids[3],)), ValueReport(85, (ids[2],)),
                                                     ValueReport(1000, (ids[-1],)))})
    story = replace(story, events=[quake])
    names = {e.id: e.name for e in story.entities}
    items = build_timeline(story.events, [], story.articles, names, places=Places.of_story(story),
                           entity_types={e.id: e.type for e in story.entities},
                           sentences={a: an.sentences for a, an in analyses.items()}, analyses=analyses)
    line = next(i for i in items if i.id == "ev:quake")
    assert line.conflicts == ("killed: from 40 to 1,000: first at least 40 (Outlet q1, 4 May 2031), then 85 "
                              "(Outlet q2, 5 May 2031), then 1,000 (Outlet q4, 5 May 2031), then 85 (Outlet q3, "
                              "6 May 2031)",), line.conflicts
    toll = next(it for s in brief(story, analyses=analyses).sections for it in s.items if it.kind == "toll")
    assert "first at least 40 (4 May 2031), then 85 (5 May 2031), then 1,000 (5 May 2031), then 85" in toll.text
    # without the analyses' reading (the detail view) the fused values stay, with who gives them
    (detail,) = build_timeline(story.events, [], story.articles, names, detail=True)
    assert any("900 (Outlet q2)" in c for c in detail.conflicts), detail.conflicts


def _arrest_story(located: bool) -> tuple[Story, dict[str, ArticleAnalysis]]:
    """An arrest that one sentence of four places ("in Bryn"; the others: "police detained four suspects"),
    its mention there located at Bryn when ``located``, and a quake recalled once "in Telmar" beside three
    mentions of it placed at Oru."""
    from storyline.model import EventMention

    texts = {"r1": "Police detained four suspects in Bryn on Saturday.",
             "r2": "Police detained four suspects after the attack.",
             "r3": "The four suspects were detained, officials said.",
             "r4": "Officials confirmed the suspects were detained."}
    arts = [Article(a, t, outlet=f"Outlet {a}", published="2031-05-04", title=f"Arrests {a}") for a, t in texts.items()]
    bryn = Entity("ent:bryn", "Bryn", "GPE", {"Bryn": 1}, (Span("r1", 30, 34, "Bryn"),))
    told = [Span(a, texts[a].index("detained"), texts[a].index("detained") + 8, "detained") for a in texts]
    mids = tuple(f"{s.article}:ev0" for s in told)
    arrest = Event("ev:arrest", "COERCE", subtype="arrest", date=TimeValue("2031-05-03", source="clause"),
                   location="ent:bryn", location_text="Bryn", mentions=tuple(told), mention_ids=mids)
    analyses = {}
    for s, mid in zip(told, mids, strict=True):
        at = Participant("place", "Bryn", 30, 34, entity="ent:bryn") if located and s.article == "r1" else None
        m = EventMention(mid, s.article, s.start, s.end, "detained", "COERCE", "arrest", location=at)
        analyses[s.article] = ArticleAnalysis(s.article, "test", events=(m,),
                                              sentences=((0, len(texts[s.article])),))
    story = Story(articles=arts, entities=[bryn], events=[arrest], claims=[],
                  stories=[StoryCluster("story_r", "Arrests", tuple(texts))])
    return story, analyses


def test_a_place_the_incidents_own_mentions_give_it_stays_in_its_heading_and_line() -> None:
    """One sentence of four places the arrest: too few to back a place fusion took from anywhere, but the
    mention that tells the arrest there locates it there, and no mention places it elsewhere: the heading and
    the timeline line keep it. Without that mention's place, the sentences alone decide (left out)."""
    from storyline.present.briefing import brief
    from storyline.present.places import Places

    for located, phrase in ((True, "Arrest in Bryn"), (False, "Arrest")):
        story, analyses = _arrest_story(located)
        names = {e.id: e.name for e in story.entities}
        items = build_timeline(story.events, [], story.articles, names, places=Places.of_story(story),
                               entity_types={e.id: e.type for e in story.entities},
                               sentences={a: an.sentences for a, an in analyses.items()}, analyses=analyses)
        (line,) = [i for i in items if i.id == "ev:arrest"]
        assert line.label == phrase, (located, line.label)
        sec = next(s for s in brief(story, analyses=analyses).sections if s.event == "ev:arrest")
        assert sec.heading == f"{phrase}, 3 May 2031", (located, sec.heading)


def test_a_place_mentions_give_less_often_than_another_is_not_kept_for_them() -> None:
    from storyline.model import EventMention
    from storyline.present.timeline import located_there

    ev = Event("ev:q", "DISASTER", subtype="earthquake", location="ent:telmar", location_text="Telmar",
               mention_ids=("q1:ev0", "q2:ev0", "q3:ev0"))
    inc = Incident(ev, (ev,), ("q1", "q2", "q3"))

    def mention(mid: str, place: str | None, text: str) -> EventMention:
        where = Participant("place", text, 0, len(text), entity=place) if text else None
        return EventMention(mid, mid[:2], 0, 5, "quake", "DISASTER", "earthquake", location=where)

    recalled = {"q1:ev0": mention("q1:ev0", "ent:telmar", "Telmar"), "q2:ev0": mention("q2:ev0", "ent:oru", "Oru"),
                "q3:ev0": mention("q3:ev0", "ent:oru", "Oru")}
    assert not located_there(inc, recalled, "ent:telmar", ["Telmar"])
    assert located_there(inc, recalled, "ent:oru", ["Oru"])
    assert located_there(inc, {**recalled, "q3:ev0": mention("q3:ev0", None, "")}, "ent:telmar", ["Telmar"])
    assert not located_there(inc, {}, "ent:telmar", ["Telmar"])  # no mention placed anywhere: nothing to go on


def test_a_speakers_name_written_in_two_parts_is_told_whole() -> None:
    """The recognizer kept one part of "The Oru Observatory and Seismic Research Institute": the line names the
    institute as the sentence does; two people joined by "and" stay the one resolved."""
    names = {"ent:sri": "Seismic Research Institute", "ent:obs": "Oru Observatory", "ent:lanz": "Teodor Lanz"}
    said = replace(_claim("c1", "a1", "the epicentre was near Brisk", speaker="ent:sri"),
                   speaker_text="The Oru Observatory and Seismic Research Institute")
    assert speaker_words(said, names) == "Oru Observatory and Seismic Research Institute"
    assert claim_label(said, names).startswith("Oru Observatory and Seismic Research Institute says")
    owned = replace(said, speaker="ent:obs", speaker_text="Dovria's Oru Observatory and Seismic Research Institute")
    assert speaker_words(owned, names) == "Oru Observatory and Seismic Research Institute"
    two = replace(said, speaker="ent:lanz", speaker_text="Ilse Varga and Teodor Lanz")
    assert speaker_words(two, names) == "Teodor Lanz"
    companies = replace(said, speaker="ent:sri", speaker_text="Dorva Mills Ltd and Seismic Research Institute")
    assert speaker_words(companies, names) == "Seismic Research Institute"
    described = replace(said, speaker="ent:obs",
                        speaker_text="Mara Lisk, director of the Oru Observatory and Seismic Research Institute")
    assert speaker_words(described, names) == "Oru Observatory"


def _relative_claim(text: str, content: str, speaker: str, cue: str) -> tuple[Claim, dict[str, Article]]:
    start = text.index(content)
    s = text.index(speaker, start) if speaker in content else text.index(speaker)
    k = text.index(cue, s) if cue in text[s:] else text.index(cue)
    claim = Claim(id="r1", article="r", start=min(start, s), end=max(start + len(content), k + len(cue)),
                  speaker=None, speaker_text=speaker, cue=cue, content=content, speaker_start=s,
                  speaker_end=s + len(speaker), cue_start=k, cue_end=k + len(cue), content_start=start,
                  content_end=start + len(content), stance="allegation")
    return claim, {"r": Article("r", text, title="Orvani", outlet="Harbor Times", published="2031-03-01")}


def test_a_relative_clause_read_as_what_was_said_reads_its_antecedent_or_nothing() -> None:
    from storyline.present.timeline import as_said

    text = ("Police said Tarek Veln had no known role in the Vessa Liberation Front (VLF), which police blame for "
            "the blast.")
    claim, arts = _relative_claim(text, "which police blame for the blast", "police", "blame")
    [said] = as_said([claim], arts)
    assert said.content == "the Vessa Liberation Front (VLF) for the blast"
    assert claim_label(said, {}) == "Police blame the Vessa Liberation Front (VLF) for the blast"
    text = "The group that Orvani blames for the market bombing goes by many names."
    claim, arts = _relative_claim(text, "that Orvani blames for the market bombing", "Orvani", "blames")
    assert as_said([claim], arts)[0].content == "the group for the market bombing"
    # a verb before the noun is no part of the antecedent; a bare noun gives none
    text = "The agency had cited the numbers that had been verified by the Oru health board."
    claim, arts = _relative_claim(text, "that", "the Oru health board", "had been verified")
    claim = replace(claim, content_end=claim.content_start + 4)  # type: ignore[operator]
    assert [c.content for c in as_said([claim], arts)] == ["the numbers"]
    text = "They met for talks that both sides described as serious."
    claim, arts = _relative_claim(text, "that both sides described as serious", "both sides", "described")
    assert as_said([claim], arts) == []
    # the relative inside the reported clause, or a clause a denial answers: nothing a reader can follow
    text = "It will be clear when she travels to Lesk, which her office says she will do soon."
    claim, arts = _relative_claim(text, "which her office says she will do soon", "her office", "says")
    assert as_said([claim], arts) == []
    text = "Orvani has accused Lesk of sheltering the group's fighters, which Lesk denies."
    claim, arts = _relative_claim(text, "which", "Lesk denies", "denies")
    claim = replace(claim, speaker_text="Lesk", speaker_end=claim.speaker_start + 4)  # type: ignore[operator]
    assert as_said([claim], arts) == []
    # a claim that says what it says is kept as it is
    text = "Police said the blast was caused by a gas leak."
    claim, arts = _relative_claim(text, "the blast was caused by a gas leak", "Police", "said")
    assert as_said([claim], arts) == [claim]


def test_a_written_speaker_is_who_spoke_not_the_relay_or_the_words(analyzer: Analyzer,
                                                                     make_article: Callable[..., Article]) -> None:
    # the claims step cuts the relay frame and reads the owner of the words; a line names who spoke
    text = ("Lesk’s denial, as reported by the Oru Press agency, called the report untrue. "
            "A nurse at the Oru clinic, as per Radio Tarvin, said the ward was full. "
            "The ministry's statement said the border stays open.")
    claims = analyzer.analyze(make_article(text)).claims
    who = {c.cue: speaker_words(c, {}) for c in claims}
    assert who["called"] == "Lesk" and speaker_words(next(c for c in claims if c.cue == "called"), {}, short=True) \
        == "Lesk"
    said = [speaker_words(c, {}) for c in claims if c.cue == "said"]
    assert said == ["A nurse at the Oru clinic", "The ministry"]
    c = replace(_claim("c1", "a1", "the accusations were baseless", speaker=None),
                speaker_text="Orvani's foreign ministry")  # a body, not what it said: as written
    assert speaker_words(c, NAMES) == "Orvani's foreign ministry"


def test_a_happening_written_as_the_speaker_is_no_speaker() -> None:
    c = replace(_claim("c1", "a1", "the alliance could be drawn into the war", speaker=None),
                speaker_text="The explosion at the Tarvin depot", cue="warns")
    assert speaker_words(c, NAMES) is None
    assert speaker_words(replace(c, speaker_text="The resignation"), NAMES) is None
    # a statement or a body is one
    assert speaker_words(replace(c, speaker_text="The statement"), NAMES) == "The statement"
    assert speaker_words(replace(c, speaker_text="The port authority"), NAMES) == "The port authority"


def test_a_content_that_only_names_anothers_words_states_nothing() -> None:
    from storyline.present.timeline import no_statement

    c = replace(_claim("c1", "a1", "Lesk’s denial", speaker=None), speaker_text="the Oru Daily", cue="reported")
    assert no_statement(c, {a.id: a for a in ARTICLES})
    assert no_statement(replace(c, content="the ministry's statement"), {a.id: a for a in ARTICLES})
    assert not no_statement(replace(c, content="Lesk’s denial was false"), {a.id: a for a in ARTICLES})
    # negative: a statement with its own attribution at its end tells something
    told = "the gunmen had tried to flee to Tarvinia, according to state news agency Oru Press"
    assert not no_statement(replace(c, content=told), {a.id: a for a in ARTICLES})


def test_a_written_speaker_must_name_a_person_or_a_body() -> None:
    said = replace(_claim("c1", "a1", "the blast came from a Tarvish shell", speaker=None), speaker_type="nominal")
    for nobody in ("Photos of the wreckage at the Varno depot", "preliminary findings", "their information",
                   "The landing of the shell near the Orsk school", "A long revolt across the north", "The two",
                   "Several", "one"):
        assert speaker_words(replace(said, speaker_text=nobody), NAMES) is None, nobody
    # what was counted or shown speaks through whoever gave it
    counted = replace(said, speaker_text="the revised count published by the Oru health department on Tuesday")
    assert speaker_words(counted, NAMES) == "the Oru health department"
    assert speaker_words(replace(said, speaker_text="photos of the wreckage by the Varno road"), NAMES) is None
    # people and bodies by their head noun, whatever else the phrase says
    for someone in ("A Varnish woman", "state television", "firefighters", "the Orvan Front's Delm affiliate",
                    "a fruit seller near the station", "the leadership", "the statement", "the OFP"):
        assert speaker_words(replace(said, speaker_text=someone), NAMES) is not None, someone
    # a date the claims step read as a name is no speaker; a name it did not resolve still is
    named = replace(said, speaker_type="named")
    assert speaker_words(replace(named, speaker_text="Mar 24"), NAMES) is None
    assert speaker_words(replace(named, speaker_text="Vessik"), NAMES) == "Vessik"


def test_a_thing_seen_is_no_speaker_in_an_analysed_text(analyzer: Analyzer,
                                                          make_article: Callable[..., Article]) -> None:
    text = ("Photos of the wreckage at the Varno depot suggested the blast came from a Tarvish shell. "
            "A Varnish woman said the blast woke the whole street.")
    claims = analyzer.analyze(make_article(text)).claims
    speakers = {c.cue: speaker_words(c, {}) for c in claims}
    assert "suggested" in speakers and speakers["suggested"] is None  # the claim is read, its images speak not
    assert speakers["said"] == "A Varnish woman"


def _dated_incident(lead: str, said: list[tuple[str, str]], background: tuple[int, ...] = ()) -> tuple[Incident, dict]:
    """An attack dated ``lead`` whose mentions state ``said`` (value, source) in turn."""
    ev = replace(_event("e1", lead), mention_ids=tuple(f"a1:ev{i}" for i in range(len(said))),
                 mentions=tuple(Span("a1", 0, 6, "attack") for _ in said))
    mentions = {f"a1:ev{i}": EventMention(f"a1:ev{i}", "a1", 0, 6, "attack", "ASSAULT", "attack",
                                          time=TimeValue(value, source=source), background=i in background)
                for i, (value, source) in enumerate(said)}
    return Incident(ev, (ev,), ("a1",)), mentions


def test_incident_when_gives_the_date_its_own_mentions_agree_on() -> None:
    by_id = {a.id: a for a in ARTICLES}
    # the lead's day is the one most mentions give: kept (a report's own day counts for nothing)
    inc, ms = _dated_incident("2031-03-12", [("2031-03-12", "clause")] * 3 + [("2031-03-13", "sentence"),
                                                                               ("2031-03-16", "dct")] * 2)
    assert incident_when(inc, by_id, ms) == "12 March 2031"
    # "raided on Monday" and "arrests on Tuesday" fused into one attack: the month both agree on
    inc, ms = _dated_incident("2031-03-17", [("2031-03-17", "clause"), ("2031-03-18", "clause")])
    assert incident_when(inc, by_id, ms) == "March 2031"
    # another day more of them give (a week agreeing with its days), or a background sentence's date, not
    said = [("2031-03-10", "clause"), ("2031-03-10", "sentence"), ("2031-W11", "clause"),
            *[("2031-03-11", "clause")] * 3]
    inc, ms = _dated_incident("2031-03-11", said, background=(4, 5))
    assert incident_when(inc, by_id, ms) == "10 March 2031"
    # a year apart: no date they agree on
    inc, ms = _dated_incident("2031-03-04", [("2031-03-04", "clause"), ("2032-05-01", "clause")])
    assert incident_when(inc, by_id, ms).startswith("date not stated")
    # without the mentions, the incident's own date as before
    assert incident_when(inc, by_id) == "4 March 2031"


def test_timeline_places_an_incident_at_the_date_its_heading_gives() -> None:
    inc, ms = _dated_incident("2031-03-17", [("2031-03-17", "clause"), ("2031-03-18", "clause")])
    telling = Telling({a.id: a for a in ARTICLES}, mentions=ms)
    item = incident_item(inc, telling.articles, NAMES, {}, telling=telling)
    assert (item.value, item.granularity, item.when) == ("2031-03", "month", "March 2031")


def test_a_speaker_is_named_by_the_head_of_its_phrase_and_its_name_as_written() -> None:
    # a description: its head noun before a participle's phrase, not a name the phrase only mentions
    c = replace(_claim("c1", "a1", "it suspended its raids", speaker="ent:tarvin"),
                speaker_text="A Delmic armed faction funded by Tarvin blamed for the ambush on the convoy",
                speaker_type="nominal")
    assert speaker_words(c, NAMES) == "a Delmic armed faction"
    # a name the entity step read on with common words the speaker's phrase does not hold ("… rights monitor")
    names = {**NAMES, "ent:obs": "Orvan Council for Peace rights"}
    said = replace(c, speaker="ent:obs", speaker_text="The Orvan Council for Peace, a Delm-based watchdog",
                   speaker_type="organization")
    assert speaker_words(said, names) == "Orvan Council for Peace"
    # negative: a name's own lower-case words the phrase gives stay, and so does a particle of a person's name
    assert speaker_words(replace(said, speaker_text="the Orvan Council for Peace rights"), names) \
        == "Orvan Council for Peace rights"
    person = replace(said, speaker="ent:p", speaker_text="the rescue chief")
    assert speaker_words(person, {**names, "ent:p": "Tarik al-Vesk"}) == "Tarik al-Vesk"


def _placed_story(resigned_on: str) -> tuple[Incident, Incident, Telling]:
    """Three reports: an envoy resigned (fusion placed it in Derrow through "its"), each sentence also telling
    the bombing of Derrow three days before."""
    from storyline.present.incidents import Incident as Inc

    texts = {f"r{i}": f"Envoy Ilse Varga resigned on Friday, three days after a bomb killed {i + 10} people in the "
                      f"market town of Derrow. Talks stalled." for i in range(3)}
    arts = {a: Article(a, t, outlet=f"Outlet {a}", published="2031-03-08") for a, t in texts.items()}
    mentions: dict[str, EventMention] = {}
    res_spans, bomb_spans = [], []
    for a, t in texts.items():
        r, b, place = t.index("resigned"), t.index("bomb"), t.index("Derrow")
        mentions[f"{a}:ev0"] = EventMention(f"{a}:ev0", a, r, r + 8, "resigned", "RETREAT", "resignation")
        mentions[f"{a}:ev1"] = EventMention(f"{a}:ev1", a, b, b + 4, "bomb", "ASSAULT", "bombing",
                                            location=Participant("place", "Derrow", place, place + 6,
                                                                 entity="ent:derrow"))
        res_spans.append(Span(a, r, r + 8, "resigned"))
        bomb_spans.append(Span(a, b, b + 4, "bomb"))
    varga = (Participant("actor", "Ilse Varga", 0, 1, entity="ent:varga"),)
    resignation = Event("ev:res", "RETREAT", subtype="resignation", date=TimeValue(resigned_on, source="clause"),
                        location="ent:derrow", location_text="its", participants=varga, mentions=tuple(res_spans),
                        mention_ids=tuple(f"{a}:ev0" for a in texts))
    bombing = Event("ev:bomb", "ASSAULT", subtype="bombing", date=TimeValue("2031-03-04", source="clause"),
                    location="ent:derrow", location_text="Derrow", mentions=tuple(bomb_spans),
                    mention_ids=tuple(f"{a}:ev1" for a in texts))
    res, bomb = (Inc(e, (e,), tuple(texts)) for e in (resignation, bombing))
    telling = Telling.of(arts, mentions=mentions, incidents=[res, bomb])
    telling.names = {"ent:derrow": "Derrow", "ent:varga": "Ilse Varga"}
    telling.types = {"ent:derrow": "GPE", "ent:varga": "PERSON"}
    return res, bomb, telling


def test_a_heading_takes_no_place_its_sentences_name_only_as_another_incidents() -> None:
    """"Resigned three days after a bomb killed 12 in the market town of Derrow": Derrow is the bombing's place,
    not the resignation's (fusion's place, written "its", is no name the sentences back); the bombing keeps it.
    Where the other incident is of the same days ("met in Halvik and agreed"), its place is this one's too."""
    from storyline.present.timeline import incident_facts

    res, bomb, telling = _placed_story("2031-03-07")
    assert incident_facts(res, telling).heading(telling.names, telling.types) == \
        "Resignation of Ilse Varga, 7 March 2031"
    assert incident_facts(bomb, telling).heading(telling.names, telling.types) == "Bombing in Derrow, 4 March 2031"
    # the same day as the bombing: the sentences' place may be both's
    res, bomb, telling = _placed_story("2031-03-04")
    assert incident_facts(res, telling).heading(telling.names, telling.types) == \
        "Resignation of Ilse Varga in Derrow, 4 March 2031"


def test_own_words_blanks_the_words_another_incident_tells() -> None:
    res, bomb, telling = _placed_story("2031-03-07")
    text = telling.articles["r0"].text
    end = text.index(".") + 1
    assert " ".join(telling.own_words(res, "r0", 0, end).split()) == "Envoy Ilse Varga resigned on Friday, three 10 ."
    assert telling.own_words(bomb, "r0", 0, end).endswith("market town of Derrow.")


def test_a_place_written_as_a_pronoun_is_no_form_of_its_name() -> None:
    """Fusion's place written "its" (resolved to a town) gives the town no form "its", which every "its" (and
    "visits") would match; a place written as a name does."""
    from storyline.present.timeline import _written_forms

    pronoun = Event("e1", "RETREAT", location="ent:derrow", location_text="its")
    named = Event("e2", "ASSAULT", location="ent:derrow", location_text="Derrow")
    assert _written_forms(Incident(pronoun, (pronoun,), ("a1",))).get("ent:derrow", []) == []
    assert _written_forms(Incident(named, (named,), ("a1",)))["ent:derrow"] == ["Derrow"]


def test_a_suspension_is_headed_by_what_it_stops() -> None:
    """"Suspension of talks", from the common noun the event acts on ("its talks"); a name it acts on is no such
    noun, and other kinds keep their heading."""
    talks = (Participant("recipient", "its talks", 0, 1), Participant("actor", "Green Front", 0, 1,
                                                                        entity="ent:front"))
    suspension = Event("s1", "RETREAT", subtype="suspension", participants=talks)
    assert event_phrase(suspension, NAMES) == "Suspension of talks by Green Front"
    named = Event("s2", "RETREAT", subtype="suspension",
                  participants=(Participant("recipient", "Tarvin Accord", 0, 1),))
    assert event_phrase(named, NAMES) == "Suspension"
    assert event_phrase(replace(suspension, subtype="withdrawal"), NAMES) == "Withdrawal by Green Front"


def test_an_actor_not_written_as_a_name_heads_nothing() -> None:
    """"cts" (a results table's cents) read as a group acts for no one: a name is written with a capital."""
    payer = Event("p1", "TRANSACTION", subtype="money",
                  participants=(Participant("actor", "cts", 0, 1, entity="ent:cts"),))
    assert event_phrase(payer, {"ent:cts": "cts"}, {"ent:cts": "ORG"}) == "Payment"
    assert event_phrase(payer, {"ent:cts": "Orvan Chemical"}, {"ent:cts": "ORG"}) == "Payment by Orvan Chemical"


def test_a_place_is_shown_as_its_sentences_write_it_not_as_a_longer_name_they_never_write() -> None:
    """A city the entity step named after an institution that begins with it ("Halvik Mercantile Exchange" for
    "Halvik") is shown as written; a place's own longer name ("Oru province" written "Oru") stands."""
    from storyline.present.timeline import written_place

    ev = Event("t1", "CONSULT", subtype="talks", location="ent:h", location_text="Halvik")
    said = ["Talks resumed in Halvik on Tuesday.", "The talks in Halvik went on."]
    assert written_place(ev, {"ent:h": "Halvik Mercantile Exchange"}, said) == "Halvik"
    assert written_place(ev, {"ent:h": "Halvik Mercantile Exchange"},
                         [*said, "Traders at the Halvik Mercantile Exchange watched."]) is None  # written: it stands
    assert written_place(replace(ev, location_text="Oru"), {"ent:h": "Oru province"}, ["Talks in Oru."]) is None
    assert written_place(ev, {"ent:h": "Halvik"}, said) is None


def test_the_default_timeline_tells_the_statements_that_make_the_story() -> None:
    """Claims of responsibility, a denial and the accusation it answers, and what two independent sources
    report are lines; one outlet's "the market was busy" is detail, listed only with ``detail``."""
    claims = [_claim("resp", "a1", "the attack on the market", stance="responsibility", cue="claimed",
                     speaker="ent:front"),
              _claim("acc", "a1", "the Green Front of planting the bomb", stance="allegation", cue="accused"),
              _claim("den", "a2", "any role in the attack", polarity="deny", stance="denial", cue="denied",
                     speaker="ent:front"),
              _claim("busy", "a2", "the market was busy that morning"),
              _claim("two1", "a1", "the bridge will reopen on Friday", speaker="ent:other"),
              _claim("two2", "a3", "the bridge will reopen on Friday", speaker="ent:other")]
    links = [ClaimLink("denies", "den", "acc")]
    told = {m for i in _build([], claims, links=links) for m in i.members}
    assert told == {"resp", "acc", "den", "two1", "two2"}
    assert {i.id for i in _build([], claims, links=links, detail=True)} == {c.id for c in claims}
    # an accusation no one answers and fusion tied to no incident is one more quote: detail
    assert [i.id for i in _build([], claims[1:2])] == []
    assert [i.id for i in _build([], [replace(claims[1], event="e1")])] == ["acc"]


def test_a_denies_link_from_a_statement_that_denies_nothing_is_no_exchange() -> None:
    """A ``denies`` link makes an exchange only when its claim denies, rejects or negates: "Mara Lisk says the
    company will operate the routes", linked as answering an accusation, is no denial to show."""
    acc = _claim("acc", "a1", "the company of hiding losses", stance="allegation", cue="accused")
    says = _claim("says", "a2", "the company will operate the routes", speaker="ent:front")
    assert _build([], [acc, says], links=[ClaimLink("denies", "says", "acc")]) == []
    denial = replace(says, polarity="deny", stance="denial", cue="denied", content="that it hid losses")
    assert {i.id for i in _build([], [acc, denial], links=[ClaimLink("denies", "says", "acc")])} == {"acc", "says"}


def test_a_dispute_is_what_fusion_linked_as_contradicting() -> None:
    """``contradicts`` is fusion's call (two speakers' accounts of one matter, a side going back on its word): the
    linked statements are an exchange to show, in one article or two, tied to an event or not; the same two
    statements unlinked (two companies' figures, one speaker's series) are detail."""
    a = _claim("a", "a1", "five officers were killed", speaker="ent:lisk")
    b = _claim("b", "a2", "its fighters killed eleven officers", speaker="ent:front")
    assert _build([], [a, b]) == []  # no link: two statements, neither telling the story
    link = [ClaimLink("contradicts", "a", "b")]
    assert {i.id for i in _build([], [a, b], links=link)} == {"a", "b"}
    in_one = [a, replace(b, article="a1")]
    assert {i.id for i in _build([], in_one, links=link)} == {"a", "b"}

def test_one_speakers_paraphrase_in_another_outlet_is_one_line() -> None:
    """Two outlets' paraphrases of one speaker's statement that fusion linked as ``supports`` are one line citing
    both, backed by two independent sources; another speaker's support stays its own statement."""
    first = _claim("p1", "a1", "the men who planned the bombing had crossed the border days before")
    second = _claim("p2", "a2", "the planners of the bombing crossed the border")
    other = _claim("p3", "a3", "the planners of the bombing crossed the border", speaker="ent:other")
    links = [ClaimLink("supports", "p2", "p1"), ClaimLink("supports", "p3", "p1")]
    (line,) = _build([], [first, second, other], links=links)
    assert line.members == ("p1", "p2") and line.independent_sources == 2
    assert line.outlets == ("Northwind Post", "Harbor Times")


def test_a_statement_of_what_caused_an_incident_tells_the_story() -> None:
    """"Maintenance work might have caused the derailment", one outlet's, is a line: what caused an incident (a
    kind that has a cause or a culprit) or who is to blame; so is a denial of involvement no link or event
    ties ("there is no evidence that any armed group was involved"). "The cost of the bridge caused delays" is
    about no incident: detail."""
    cause = _claim("c1", "a1", "maintenance work might have caused the derailment")
    blame = _claim("c2", "a2", "he was not to blame for the crash")
    cleared = replace(_claim("c3", "a2", "there is no evidence that any armed group was involved", polarity="deny",
                             stance="denial"), involvement=True)
    other = _claim("c4", "a3", "the cost of the bridge caused delays")
    assert {i.id for i in _build([], [cause, blame, cleared, other])} == {"c1", "c2", "c3"}


def test_a_fragment_is_folded_into_the_incident_at_its_place() -> None:
    """A funeral in Tolvar told in reports of the Tarvin bombing and of the Tolvar attack is the Tolvar attack's,
    wherever more of its articles go."""
    tarvin = _event("e1", "2023-02-25", articles=("a1", "a2", "a3"))
    tolvar = _event("e2", "2023-02-26", articles=("a2", "a3"), place="ent:tolvar")
    funeral = replace(_event("e3", None, articles=("a2", "a3"), type="LIFE", subtype="funeral",
                             place="ent:tolvar"), participants=())
    lines = {i.id: i for i in _build([tarvin, tolvar, funeral])}
    assert "e3" not in lines and "e3" in lines["e2"].members and "e3" not in lines["e1"].members


def test_one_sources_kind_alone_is_no_line_even_when_dated() -> None:
    """"Agreement, February 2023" from one article: which agreement, the line cannot say; it folds into the
    incident its article tells, or is detail. Named ("Agreement with Green Front"), it stays a line."""
    bare = replace(_event("deal", "2023-02", articles=("a1",), type="COOPERATE", subtype="agreement", place=None),
                   participants=())
    named = replace(bare, id="named", participants=(Participant("actor", "Green Front", 0, 1, entity="ent:front"),))
    assert [i.id for i in _build([bare])] == []
    assert [i.id for i in _build([bare], detail=True)] == ["deal"]
    assert [i.id for i in _build([named])] == ["named"]


def test_a_partys_account_of_an_incident_two_sources_report_tells_the_story() -> None:
    """The Green Front, the attacker in a bombing two independent sources report, says why it struck, in an
    article that tells the bombing: a line. The same words about a bombing one source reports, or from someone
    who took no part, are detail."""
    bombing = _event("e1", "2023-02-25")  # a1 and a2, two outlets; the Green Front its actor
    why = _claim("c1", "a1", "the market fed the soldiers", speaker="ent:front")
    other = _claim("c2", "a1", "the market fed the soldiers", speaker="ent:other")
    assert {i.id for i in _build([bombing], [why, other]) if i.kind == "claim"} == {"c1"}
    once = _event("e1", "2023-02-25", articles=("a1",))
    assert [i.id for i in _build([once], [why]) if i.kind == "claim"] == []
