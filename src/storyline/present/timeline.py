"""The timeline: incidents and statements in time order, in words, keeping each date's uncertainty.

A fact dated "2023-02" is an interval (1–28 February), sorted by its start and
drawn as a bar, never a fake day; a day is a dot. Facts whose date was never
stated are listed after the dated ones, apart, with the day they were reported.

By default the timeline is a reader's, at incident level (:mod:`storyline.present.incidents`):
fragments and duplicates of one incident are one line (:func:`fold_fragments`), wire
copies and one speaker's paraphrases of one statement are one line citing every
outlet, and of the statements only those that make the story are told
(:func:`makes_the_story`: claims of responsibility, accusations and denials that
answer each other or concern an incident, disputes, what several independent
sources report); speech acts appear as the claims that state them ("X denies …").
``detail=True`` lists every fused event and every claim. Nothing is truncated: :func:`page` cuts a page and says how
many items there are in all.

``build_timeline`` is the query; ``timeline_text`` (CLI) and ``timeline_svg``
(the picture the web UI shows without JavaScript) render it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from html import escape

from rapidfuzz import fuzz

from storyline.analyze.claims.cues import CLAIM_NOUNS, VEHICLE_NOUNS
from storyline.analyze.events.ontology import TRIGGERS, WEAK_NOUNS, low_value
from storyline.fuse.places import is_country_name
from storyline.lexicons import pronouns
from storyline.lexicons.cause import CAUSE_WORDS
from storyline.lexicons.countries import country_of, demonym_country, state_of, unaccented
from storyline.lexicons.titles import (
    COMPASS_WORDS,
    ORG_SUFFIXES,
    PLACE_CLASS_NOUNS,
    PLACE_UNIT_WORDS,
    SAME_ORG_SUFFIXES,
    STRONG_ORG_SUFFIXES,
    is_title_word,
)
from storyline.model import Article, ArticleAnalysis, Claim, Event, EventMention, Quantity, TimeValue
from storyline.present.actors import (
    head_word,
    is_description,
    is_outlet,
    names_a_speaker,
    only_a_date,
    short_description,
    speaker_phrase,
)
from storyline.present.incidents import (
    HARM_TYPES,
    Incident,
    at_meetings,
    background,
    collapse,
    date_stated,
    dominant_subtype,
    fold_retold,
    said_then,
    trusted,
)
from storyline.present.places import Places
from storyline.present.sources import SourceRef, family_map, independent, refs
from storyline.present.telling import Telling
from storyline.present.tolls import lead_figure, spread_words
from storyline.present.words import (
    DENIED_WORDS,
    GENERIC_SUBTYPES,
    NO_WORDS,
    NOT_STATED,
    STANCE_WORDS,
    STATEMENTS_LANE,
    VIOLENT_TYPES,
    LowerCaseWords,
    accident_words,
    casualty_words,
    claim_verb,
    conflict_value_words,
    content_words,
    count,
    date_words,
    event_type_words,
    field_words,
    fragment,
    lane_words,
    list_words,
    mixed_quote,
    modality_words,
    plural_subject,
    plural_verb,
    quantity_words,
    strip_dateline,
    unstated_words,
    without_debris,
)
from storyline.store.base import SearchHit, Store
from storyline.timevalues import granularity_of, time_bounds, value_interval

NO_ACTOR_TYPES = frozenset({"ASSAULT", "FIGHT", "DISASTER", "ACCIDENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_LABELS = frozenset({"PERSON", "PER"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who"})
NAMED_SPEAKERS = frozenset({"named", "organization", "nominal"})
STRONG_STANCES = frozenset({"allegation", "denial", "confirmation", "promise", "warning"})


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "event" | "claim"
    id: str
    label: str  # what happened or who said what, in words
    value: str | None  # TIMEX3 value (for filters and the API); never shown as such
    granularity: str | None
    earliest: str | None  # ISO day, inclusive
    latest: str | None
    when: str = NOT_STATED  # the date in words at its granularity
    lane: str = STATEMENTS_LANE  # the incident type in words (lanes of the interactive timeline)
    sources: tuple[SourceRef, ...] = ()
    conflicts: tuple[str, ...] = ()  # "killed: at least 12 (The Orvani Herald); 14 (Karvosh Daily Star)"
    members: tuple[str, ...] = ()  # every event or claim id shown as this one line
    modality: str | None = None
    polarity: str | None = None
    date_stated: bool = True
    independent_sources: int = 1
    background: bool = False  # recalled from well before its first report (listed after the story)
    minor: bool = False  # heads no briefing section: told beside weightier news (a sale), or nowhere placed

    @property
    def dated(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @property
    def conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.outlet for s in self.sources))


@dataclass(frozen=True)
class TimelineFilter:
    """What to show: a date range (overlap with the item's interval), entities, an event type."""

    start: str | None = None
    end: str | None = None
    entities: frozenset[str] = field(default_factory=frozenset)  # entity ids (names resolved by the caller)
    type: str | None = None


@dataclass(frozen=True)
class TimelinePage:
    items: tuple[TimelineItem, ...]
    offset: int
    limit: int
    total: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


# --------------------------------------------------------------------------- events


def _iso(time: TimeValue | None) -> tuple[str | None, str | None, str | None, str | None]:
    """value, granularity, earliest, latest of a time (the interval recomputed from the value if missing)."""
    if time is None or not time.value:
        return None, None, None, None
    earliest, latest = time_bounds(time)
    return time.value, time.granularity or granularity_of(time.value), earliest, latest


def _reported_day(articles: Iterable[str], by_id: Mapping[str, Article]) -> str | None:
    days = sorted(p for a in articles if (art := by_id.get(a)) and (p := art.published))
    return days[0] if days else None


def _report_key(published: str | None, ident: str) -> tuple[bool, str, str]:
    """Reports in time order, those that give their day before those that give a coarser date."""
    return (len(published or "") < len("YYYY-MM-DD"), published or "9999", ident)


def _when(time: TimeValue | None, stated: bool, reported: str | None) -> str:
    if stated and time is not None:
        return date_words(time.value)
    return unstated_words(time.value if time else None, reported)


#: how a kind of event names its actor: 'Resignation of X', 'Talks with X', else 'Bombing by X'
_ACTOR_WORD = {"resignation": "of", "meeting": "with", "talks": "with", "agreement": "with", "ceasefire": "with"}
#: sub-types named after the person the post goes to or is taken from ("Appointment of X"), not who gives it
_NAMED_BY_PERSON = frozenset({"appointment", "dismissal", "election"})


def event_phrase(ev: Event, names: Mapping[str, str] | None = None, types: Mapping[str, str] | None = None,
                 destination: bool = True) -> str:
    """'Bombing in Sarn', 'Planned visit by X to Lesk', 'Resignation of Anselm Dravik' (built from the event).

    A visit fusion placed nowhere is headed by where it went (:func:`visit_destination`) unless
    ``destination`` is false (a caller that has already weighed that place)."""
    names = names or {}
    what = event_type_words(ev.type, ev.subtype)
    if ev.subtype in GENERIC_SUBTYPES:  # "Bridge collapse in X", "Stampede in Y", rather than "Accident"
        what = accident_words(m.text for m in ev.mentions) or what
    if ev.modality == "negated":  # "No request by X", not "Reported as not having happened request by X"
        what = f"no {what}"
    elif ev.modality not in ("asserted", None):
        what = f"{modality_words(ev.modality)} {what}"
    who, there = _actor(ev, names, types or {})
    where = _place_text(ev, names) or there
    if where is None and destination and (to := visit_destination(ev, names, types or {})) is not None:
        where = names[to]
    if where and compass_only(where):
        where = None  # "the West", "east": a direction, not the place it happened
    if where and _titled_person(where, names, types or {}):
        where = None  # "PM Vesk" typed as a place: a person with a title, no place
    if where and _attackers_country(ev, where, names):
        where = None  # "Valdoran strike" placed in Valdora: the attacker's country read as the scene
    if where and _part_read_as_country(ev.location_text, where):
        where = None  # "in the city" resolved to a whole country: which city, the reader is not told
    text = what[0].upper() + what[1:]
    if (thing := _what_stopped(ev)) is not None:
        text += f" of {thing}"  # "Suspension of talks", not a bare "Suspension"
    if (person := _appointee(ev, names, types or {})) is not None:
        text += f" of {person}"
    elif who and ev.subtype == "visit" and country_of(who) is not None:
        text += f" from {who}"  # a state visits by its envoys: "Visit from Norway to X", not "Visit by Norway"
    elif who:
        text += f" {_ACTOR_WORD.get(ev.subtype or '', 'by')} {who}"
    if where:
        text += f" {_place_word(ev, types or {})} {where}"
    return text


#: sub-types headed by what they stop ("Suspension of talks"), told as a common noun the event acts on
_HEADED_BY_OBJECT = frozenset({"suspension"})
_OBJECT_WORDS = re.compile(r"^(?:(?:the|its|their|his|her|our|all|a|an)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$")


def _what_stopped(ev: Event) -> str | None:
    """What a suspension stops, as the event's own words give it ("its talks" -> "talks"): a common noun of up to
    three words that the event acts on (not a name: a name is an actor's or a place's)."""
    if ev.subtype not in _HEADED_BY_OBJECT:
        return None
    for p in ev.participants:
        if p.role in ("recipient", "target", "participant") and not p.entity and \
                (m := _OBJECT_WORDS.match(" ".join(p.text.split()))) is not None:
            return m.group(1)
    return None


def visit_destination(ev: Event, names: Mapping[str, str], types: Mapping[str, str]) -> str | None:
    """Where a visit fusion placed nowhere went (the first of :func:`visit_destinations`), or None."""
    return next(iter(visit_destinations(ev, names, types)), None)


def visit_destinations(ev: Event, names: Mapping[str, str], types: Mapping[str, str]) -> list[str]:
    """The places a visit fusion placed nowhere names as other than its actor ("travelled to Orvani", "came to
    Orvani": where the visit went), in its order: not a dateline's place in capitals, a compass word, nor the
    visitor's own country ("Estmark's foreign minister came to Orvani" is no visit to Estmark). Entity ids."""
    if ev.subtype != "visit" or ev.location or ev.location_text:
        return []
    # a place written in capitals ("ORVANI") is a dateline's, where the report was filed: no visitor's own
    actors = [names[p.entity] for p in ev.participants
              if p.role == "actor" and p.entity and p.entity in names and not _in_capitals(p.text)]
    own = {c for name in actors for c in (name, demonym_country(name), country_of(name)) if c}
    out = []
    for p in ev.participants:
        if p.role == "actor" or not p.entity or p.entity not in names or p.entity in out:
            continue
        name = names[p.entity]
        if (types.get(p.entity) or "").upper() not in PLACE_LABELS or name in own or country_of(name) in own:
            continue
        if _in_capitals(p.text) or compass_only(name) or is_outlet(name):
            continue
        out.append(p.entity)
    return out


def _in_capitals(text: str) -> bool:
    return text.isupper() and len(text) > 3


def compass_only(place: str) -> bool:
    """A place named by a compass word alone ("the West", "east", "North"): a direction or a bloc, never the
    scene of an incident."""
    words = place.strip().lower().split()
    return bool(words) and words[-1] in COMPASS_WORDS and (len(words) == 1 or words[:-1] == ["the"])


def _attackers_country(ev: Event, where: str, names: Mapping[str, str]) -> bool:
    """An attack placed in a whole country that one of its actors belongs to ("the Valdoran strike that
    killed a commander" placed in Valdora): reports place an attack by where it struck, a town or a region,
    and name the attacker by its country; the country of the attacker as the scene is the actor read as the
    place. A country's attack on its own soil is told by the town, which this leaves alone. Only a country its
    actors name more often than any other is the attacker's: "a Valdoran-made missile" twice beside "Peruvian"
    once is a strike in Peru, its people's name read as an actor's."""
    if ev.type != "ASSAULT" or country_of(where) is None or country_of(where) != where:
        return False
    countries = Counter(c for p in ev.participants if p.role == "actor"
                        and (c := _country_of_actor(names.get(p.entity or "", "") or p.text or "")))
    return countries[where] > 0 and all(countries[where] > n for c, n in countries.items() if c != where)


#: a place's class nouns no whole country is ("the city", "the province"); an island or an area may be one
_PART_NOUNS = PLACE_CLASS_NOUNS - {"island", "area"}


def _part_read_as_country(written: str | None, where: str) -> bool:
    """The place is written as a part of a country ("the city", "this province") and resolved to a whole country
    ("the city" as the United States): a description the entity step took for another name, not the scene."""
    m = re.fullmatch(r"(?:the|this|that)\s+(\w+)", " ".join((written or "").split()), re.IGNORECASE)
    return m is not None and m.group(1).lower() in _PART_NOUNS and country_of(where) == where


def _country_of_actor(text: str) -> str | None:
    """'Valdoran', 'the Valdoran army', 'Valdora's military', 'Valdora' -> Valdora (by the gazetteer)."""
    first = re.sub(r"['’]s$", "", text.split()[0]) if text.split() else ""
    return country_of(text) or state_of(text) or (country_of(first) if first[:1].isupper() else None)


def _place_word(ev: Event, types: Mapping[str, str]) -> str:
    """'Visit to X'; 'Shooting at <a building, a bridge>' (a facility is a spot, not an area); else 'in X'."""
    if ev.subtype == "visit":
        return "to"
    return "at" if (types.get(ev.location or "") or "").upper() == "FAC" else "in"


def event_title(ev: Event, names: Mapping[str, str] | None = None) -> str:
    """A one-line title: 'Bombing in Sarn, 4 March 2031'; 'Visit by X, date not stated (on or before …)'."""
    return f"{event_phrase(ev, names)}, {_when(ev.date, date_stated(ev.date), None)}"


def search_hit_words(store: Store, hits: Sequence[SearchHit]) -> list[SearchHit]:
    """Search hits titled as the pages write them: an event by its title ("Bombing in Sarn, 4 March 2031"), a
    claim as the timeline tells it ("Estmark denies that …"), never the index's codes ("ASSAULT bombing Sarn") or
    "speaker: cue" (issue 14). Articles and entities keep their titles and names. For a page of hits (a few
    store reads each), not for the thousands a query may match."""
    events = {h.id: store.event(h.id) for h in hits if h.kind == "event"}
    claims = {h.id: store.claim(h.id) for h in hits if h.kind == "claim"}
    ids = [x for ev in events.values() if ev for x in (ev.location, *(p.entity for p in ev.participants))]
    names = store.entity_names(ids + [c.speaker for c in claims.values() if c])
    articles = {a.id: a for a in store.articles([c.article for c in claims.values() if c])} if claims else {}
    out = []
    for h in hits:
        ev, c = events.get(h.id), claims.get(h.id)
        if h.kind == "event" and ev is not None:
            h = replace(h, title=event_title(ev, names))
        elif h.kind == "claim" and c is not None:
            # in its own words where a relative clause was read as what was said ("…, which police blame for …");
            # a hit is never dropped, so a claim no view tells keeps the plain line
            said = relative_object(c, articles) or c
            h = replace(h, title=claim_label(said, names))
        out.append(h)
    return out


def event_words(ev: Event) -> dict[str, str | None]:
    """What a reader sees of an event's date and tolls: {'when': ..., 'killed': ..., 'injured': ...}."""
    when = _when(ev.date, date_stated(ev.date), None)
    return {"when": when, "killed": quantity_words(ev.fatalities) if ev.fatalities else None,
            "injured": quantity_words(ev.injured) if ev.injured else None}


def event_label(ev: Event, names: Mapping[str, str] | None = None, fatalities: object = None,
                injured: object = None, types: Mapping[str, str] | None = None, destination: bool = True) -> str:
    """The phrase and the toll: 'Bombing in Sarn: at least 12 killed, 20 injured'."""
    tolls = [casualty_words(q, kind) for q, kind in ((fatalities or ev.fatalities, "killed"),
                                                     (injured or ev.injured, "injured")) if q is not None]
    return event_phrase(ev, names, types, destination) + (f": {', '.join(tolls)}" if tolls else "")


def unplaced(inc: Incident) -> bool:
    """An incident a reader could not place: no stated date finer than a year, no place, nobody named, no figure
    (killed, injured, arrested, abducted, missing) ("Aid, date not stated" from "every federal resource is
    available to assist"; "Payment, 2030"; "raids on border villages are common", however many outlets say it).
    It heads no briefing section (unless a story has nothing else) and, from one source, is no line of the
    incident-level timeline (``--detail`` lists it): a kind alone tells nothing."""
    ev = incident_event(inc)
    named = ev.location is not None or bool(ev.location_text) or any(p.entity for p in ev.participants)
    dated = inc.date_stated and granularity_of(inc.date.value if inc.date else None) not in COARSE
    counted = inc.fatalities or inc.injured or any(getattr(e, k, None) for e in inc.events
                                                   for k in ("arrested", "abducted", "missing"))
    return not (dated or named or counted)


def bare(inc: Incident) -> bool:
    """Nobody (a pronoun at most), nowhere and no figure: "It struck at 9:23 p.m. on Wednesday", read as an
    attack, is a day alone. From one source it heads no briefing section (the timeline lists it: a day is a
    place on a timeline)."""
    counted = inc.fatalities or inc.injured or any(getattr(e, k, None) for e in inc.events
                                                   for k in ("arrested", "abducted", "missing"))
    placed = any(e.location or e.location_text for e in inc.events)
    named = any(p.entity or (p.text and p.text.strip().casefold() not in PRONOUNS)
                for e in inc.events for p in e.participants)
    return not (counted or placed or named)


PRONOUNS = pronouns.PERSON | pronouns.GROUP | pronouns.FIRST | pronouns.SECOND

#: dates too coarse to place an incident by themselves ("Payment, 2030": which, of a year's payments?)
COARSE = frozenset({"year", "decade", "century"})


def incident_event(inc: Incident) -> Event:
    """The lead event, with the place its other events of its kind give when it names none itself, the actors
    its other events give, and the sub-type most of its mentions tell (:func:`incidents.dominant_subtype`)."""
    ev = inc.lead
    if (kind := dominant_subtype(inc)) != ev.subtype:
        ev = replace(ev, subtype=kind)
    others = sorted(inc.events[1:], key=lambda e: -len(e.mentions))
    if compass_only(ev.location_text or ""):  # "in east": a direction, not a place; another event's place
        ev = replace(ev, location=None, location_text=None)
    if not (ev.location or ev.location_text):  # of its own kind: talks folded into a visit may be placed elsewhere
        placed = next((e for e in others if (e.location or e.location_text)
                       and (e.type, e.subtype) in ((ev.type, ev.subtype), (inc.lead.type, inc.lead.subtype))), None)
        if placed is not None:
            ev = replace(ev, location=placed.location, location_text=placed.location_text)
    if not any(p.role == "actor" and p.entity for p in ev.participants):
        actors = tuple(p for e in others for p in e.participants if p.role == "actor" and p.entity)
        ev = replace(ev, participants=ev.participants + actors[:1])
    return ev


SUPPORT = 1 / 3  # of the sentences telling an incident that must name what its heading names (unless shown)


def told_event(inc: Incident, names: Mapping[str, str], types: Mapping[str, str],
               told: tuple[Sequence[str], Sequence[str]], aliases: Mapping[str, Sequence[str]] | None = None,
               places: Places | None = None, weigh_place: bool = True,
               mentions: Mapping[str, EventMention] | None = None, placing: Sequence[str] | None = None) -> Event:
    """:func:`incident_event` as its lines tell it: ``told`` holds the lines shown with it (a briefing section's;
    none on the timeline) and the sentences that tell the incident. An actor or a place that the lines do not
    name, by any of its ``aliases``, nor a third of those sentences, is left out: a name fusion attached to the
    incident that its own sentences hardly give is not the reader's ("Meeting with X" over talks X never took
    part in). With ``places``, a place so left out gives way to one that contains it or lies near it and that
    the lines do name (a district the reports hardly name, in the city they all name). A visit placed nowhere
    goes where the lines say it went (:func:`visit_destinations`). No sentence at all: the event as it is.
    ``weigh_place=False`` (no lines shown: the timeline) weighs the actors alone, and keeps the places.
    With the analyses' event ``mentions``, a place the incident's own mentions give it (:func:`located_there`)
    stays however few sentences name it: "four suspects were detained" needs no place to tell the arrest that
    one sentence places "in Bryn". ``placing``: the telling sentences as a place is weighed on, without the
    words that tell other incidents (:meth:`Telling.own_words`: "resigned after a bombing in Sarn" does not
    place the resignation in Sarn)."""
    ev = incident_event(inc)
    known = aliases or {}
    shown, telling = " ".join(told[0]), told[1]

    def forms(entity: str | None, text: str) -> list[str]:
        # a description the entity step resolved to a name ("the consultative group" read as a rate's name)
        # does not back that name: the heading shows the name, so a name must be what the lines give
        written = text if named_form(text) or not entity else ""
        name = names.get(entity or "") or (places.names.get(entity or "", "") if places is not None else "")
        learned = places.aliases.get(entity or "", ()) if places is not None else ()
        return list(dict.fromkeys(f for f in (name, written, *known.get(entity or "", ()), *learned) if f))

    def nearby(place: str) -> list[str]:
        # what the articles say holds it or lies near it; a place merely compatible with it (a country nothing
        # ties it to, a river the attackers fled towards) does not stand in for it
        if places is None:
            return []
        return [e for e in places.around(place, inc.articles) if places.compatible(place, e, inc.articles)]

    def holding(place: str) -> list[str]:
        # a place the incident's articles name that can hold it, though no article says it does (a province
        # around a town recalled from another incident): not a country, and not another town
        if places is None:
            return []
        return [e for e in places.named_in(inc.articles) if e != place and not places.is_country(e)
                and places.compatible(place, e, inc.articles)]

    # where a visit placed nowhere went, the first its lines name; weighed below as a stated place is
    if goes := visit_destinations(ev, names, types):
        to = next((e for e in goes if named_in(forms(e, ""), shown)), goes[0])
        ev = replace(ev, location=to, location_text=names[to])
    if not weigh_place:  # an actor that is a place ("Suspension in Valdora") is weighed as a place: kept
        kept = set(as_told(ev, forms, shown, telling).participants)
        return replace(ev, participants=tuple(p for p in ev.participants if p in kept
                                              or (types.get(p.entity or "") or "").upper() in PLACE_LABELS))
    return as_told(ev, forms, shown, telling, nearby, holding,
                   lambda place, text: located_there(inc, mentions or {}, place, forms(place, text)), placing)


def located_there(inc: Incident, mentions: Mapping[str, EventMention], place: str | None,
                  forms: Sequence[str]) -> bool:
    """The incident's own event mentions locate it at ``place`` (by id, or by one of its ``forms``) at least once
    and no less often than at any other one place: fusion's place is what its mentions state, not a place it
    took from a mention of another incident folded in (a quake recalled from another year, told "in Telmar"
    once beside seventeen mentions in the country struck now)."""
    at: Counter[str] = Counter()
    here = 0
    for mid in dict.fromkeys(mid for e in inc.events for mid in e.mention_ids):
        loc = getattr(mentions.get(mid), "location", None)
        if loc is None or not (loc.entity or loc.text):
            continue
        if (place is not None and loc.entity == place) or (loc.text and named_in(forms, loc.text)):
            here += 1
        else:
            at[loc.entity or loc.text.casefold()] += 1
    return here > 0 and here >= max(at.values(), default=0)


def named_form(text: str) -> bool:
    """Written as a name (a capitalized word after any article: "Seixas", "the IMF"), not a description ("the
    consultative group", "officials")."""
    return re.search(r"(?<![\w'’-])[A-Z]", re.sub(r"^\s*(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)) is not None


def named_in(forms: Sequence[str], text: str) -> bool:
    """Whether the text names it by one of its forms, or a word of one of four letters or more ("Kovane"), or the
    one name of a form that adds only common words to it ("Oru province", "Oru city": "Oru"), as whole words
    ("Valdora" is not named by "Valdoran"). A country's name or
    a compass word in a longer name does not stand for it ("Eastern" is not "Eastern Dovria"). A word stands for
    its name only where it is not part of another ("Oru" in "the Oru Liberation Front" names no town). Letters
    compare without their diacritics."""
    text = unaccented(text)  # "Tarvíno" names "Tarvino": one place, with or without its diacritics
    for form in map(unaccented, forms):
        found = re.findall(r"[^\W\d_][\w'’-]*", form)
        capital = [w for w in found if w[0].isupper()]
        words = [w for w in capital if len(w) >= 4 and (len(found) == 1 or _stands_for(w))]
        if len(capital) == 1 and len(found) > 1 and all(w == capital[0] or w.islower() for w in found):
            words.append(capital[0])
        if _whole(form, text) or any(_alone(w, text) for w in words):
            return True
    return False


def _whole(form: str, text: str) -> bool:
    """The form stands in the text as whole words: "Valdora" is not in "the Valdoran government"."""
    return bool(form) and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def _alone(word: str, text: str) -> bool:
    """The word stands in the text as a name of its own: no capitalized word after it ("Oru Daily"), nor before
    it but a title ("President Oru") or the sentence's first word ("Yesterday Oru said")."""
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = re.search(r"([^\W\d_][\w'’.-]*)\s+$", text[:m.start()])
        after = re.match(r"\s+([^\W\d_][\w'’-]*)", text[m.end():])
        if before and before.group(1)[0].isupper() and before.start(1) > 0 and not is_title_word(before.group(1)):
            continue
        if after and after.group(1)[0].isupper():
            continue
        return True
    return False


def _stands_for(word: str) -> bool:
    """A word of a name that may stand for it alone: not a country's name, nor a compass word ("Eastern")."""
    low = word.lower()
    return not (is_country_name(word) or low in COMPASS_WORDS or low.removesuffix("ern") in COMPASS_WORDS)


def as_told(ev: Event, forms: Callable[[str | None, str], list[str]], shown: str, telling: Sequence[str],
            nearby: Callable[[str], list[str]] = lambda place: [],
            holding: Callable[[str], list[str]] = lambda place: [],
            located: Callable[[str | None, str], bool] = lambda place, text: False,
            placing: Sequence[str] | None = None) -> Event:
    """``ev`` without the actors and the place that neither ``shown`` nor a third of ``telling`` name
    (:func:`told_event`), but a place the incident's mentions give it (``located``). A place so left out gives
    way to the most named of the places ``nearby`` (what holds it, what lies near it) that they do name, a town
    before its country; one they hardly name at all (under twice, or a sixth of them) also to a place
    ``holding`` gives (one that can hold it); else it is left out. Places are weighed on ``placing`` (the
    telling sentences without other incidents' words, one for one) where given: a place ``telling`` names but
    only as other incidents' is left out, with nothing in its stead."""
    def named(names: list[str], lines: Sequence[str] = telling) -> int:
        return sum(named_in(names, t) for t in lines)

    def backed(names: list[str], lines: Sequence[str] = telling) -> bool:
        return named_in(names, shown) or named(names, lines) >= SUPPORT * len(lines)

    parts = tuple(p for p in ev.participants if p.role != "actor" or not p.entity or backed(forms(p.entity, p.text)))
    where = telling if placing is None else placing

    def placed(names: list[str]) -> int:
        return named(names, where)

    def place_backed(names: list[str]) -> bool:
        return backed(names, where)

    if (ev.location or ev.location_text) and not place_backed(forms(ev.location, ev.location_text or "")) \
            and not located(ev.location, ev.location_text or ""):
        if placing is not None and backed(forms(ev.location, ev.location_text or "")):
            # named, but as the place of other incidents the sentences tell: no place of this one's
            return replace(ev, participants=parts, location=None, location_text=None)
        told_here = placed(forms(ev.location, ev.location_text or ""))
        weak = told_here < max(2, SUPPORT / 2 * len(where))
        found = [*nearby(ev.location), *(holding(ev.location) if weak else ())] if ev.location else []
        around = [e for e in found if place_backed(forms(e, ""))]
        best = max(around, key=lambda e: (not is_country_name(forms(e, "")[0]), placed(forms(e, "")), e), default=None)
        if not weak and (best is None or told_here >= placed(forms(best, ""))):
            return replace(ev, participants=parts)  # still the place its sentences name most
        return replace(ev, participants=parts, location=best, location_text=forms(best, "")[0] if best else None)
    return replace(ev, participants=parts)


def telling_sentences(inc: Incident, by_id: Mapping[str, Article],
                      sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> list[str]:
    """The sentences that hold the incident's mentions, each once (a wire copy's is its original's): the
    analyses' sentence spans (``sentences``: article id -> spans), else the text between sentence ends.
    A mention its article's text does not hold where it says (another version of the text) gives none."""
    return list(telling_spans(inc, by_id, sentences))


def telling_spans(inc: Incident, by_id: Mapping[str, Article],
                  sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> dict[str, tuple[str, int, int]]:
    """:func:`telling_sentences`, each with where it is: sentence text -> (article id, start, end)."""
    out: dict[str, tuple[str, int, int]] = {}
    for ev in inc.events:
        for m in ev.mentions:
            a = by_id.get(m.article)
            if a is None or m.field is not None or m.end <= m.start or \
                    " ".join(a.text[m.start:m.end].split()).casefold() != \
                    " ".join(m.text.split()).casefold():
                continue  # a text that does not hold the mention where it says tells nothing of it
            spans = (sentences or {}).get(m.article)
            at = next(((s, e) for s, e in spans or () if s <= m.start < e), None)
            if at is None:
                end = _SENTENCE_END.search(a.text, m.end)
                at = (max(a.text.rfind(ch, 0, m.start) for ch in ".!?\n") + 1,
                      end.end() if end is not None else len(a.text))
            text = " ".join(a.text[at[0]:at[1]].split())
            if text:
                out.setdefault(text, (m.article, at[0], at[1]))
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


#: low-value sub-types that head a section once two independent sources report them
ATTESTED_WORTHY = frozenset({("TRANSACTION", "money")})


def headline_worthy(incidents: Sequence[Incident], indep: Mapping[str, int] | None = None) -> list[Incident]:
    """The incidents that may head a section: a low-value happening (:func:`ontology.low_value`: a death or an
    injury told beside the attack that caused it, people fleeing, a purchase) only when some article of it
    tells nothing weightier (an obituary's death, a company's takeover stay), or, for a payment (compensation,
    a ransom, a loan), when two or more independent sources report it (``indep``: incident id -> their
    number): compensation announced for the victims is a development of its own. A sale stays out: "sold
    spices" and "selling the name of the group" are two things fusion may read as one."""
    def low(inc: Incident) -> bool:
        ev = incident_event(inc)
        return low_value(ev.type, ev.subtype)

    def attested(inc: Incident) -> bool:
        ev = incident_event(inc)
        return (indep or {}).get(inc.id, 0) >= 2 and (ev.type, ev.subtype) in ATTESTED_WORTHY

    told_weightier = {a for inc in incidents if not low(inc) for a in inc.articles}
    return [inc for inc in incidents if not low(inc) or not set(inc.articles) <= told_weightier or attested(inc)]


def _titled_person(text: str, names: Mapping[str, str], types: Mapping[str, str]) -> bool:
    """"PM Vesk", "President Orlen": a title (or a short capitals abbreviation of one) before the surname of a
    person the story names in full, whatever type the entity step gave the phrase."""
    words = text.split()
    if len(words) != 2 or not (is_title_word(words[0]) or re.fullmatch(r"[A-Z]{2,3}", words[0])):
        return False
    return any(len(n.split()) >= 2 and n.split()[-1] == words[1] and (types.get(e) or "").upper() in PERSON_LABELS
               for e, n in names.items())


def _place_text(ev: Event, names: Mapping[str, str]) -> str | None:
    text = names[ev.location] if ev.location and ev.location in names else ev.location_text
    return None if text and dateline_place(text) else text


def dateline_place(name: str) -> bool:
    """A known country or capital written in capitals ("CAIRO"): a dateline's, where the report was filed,
    not where the incident happened (acronyms such as "NATO" are not places of that list)."""
    if not (name.isupper() and len(name) > 3):
        return False
    return country_of(" ".join(w.capitalize() for w in name.split())) is not None


def _appointee(ev: Event, names: Mapping[str, str], types: Mapping[str, str]) -> str | None:
    """The person a post goes to or is taken from ("Appointment of X"), when the event names one."""
    if ev.subtype not in _NAMED_BY_PERSON:
        return None
    return next((names[p.entity] for p in ev.participants if p.role != "actor" and p.entity and p.entity in names
                 and (types.get(p.entity) or "").upper() in PERSON_LABELS), None)


_SUM_OR_NUMBER = re.compile(r"(?i)^\W*(?:rs\.?|inr|usd|us\$|eur|gbp|[$€£₹¥])?\s*\d[\d.,]*(?:\s+(?:lakh|crore|million|"
                            r"billion|thousand))?\W*$")


def _sum_or_number(name: str) -> bool:
    """"Rs 2", "$5 million", "50,000": an amount or a number the entity step took for a name acts for no one."""
    return bool(_SUM_OR_NUMBER.match(name))


def _actor(ev: Event, names: Mapping[str, str], types: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The named actor of a development (a visit, a resignation), one never its recipient or target before one
    that is, and, when the actor named is a town (not a country: "Arrest by Kereth"), that town as the place
    instead. Violence and disasters leave blame to the claims; an outlet reports, it does not act; a people
    acts as its country ("Chilean" -> "Chile")."""
    if ev.type in NO_ACTOR_TYPES or ev.modality in ("alleged", "claimed"):
        return None, None
    # one the mentions also make its recipient or target ("visited Orlen" beside "Orlen hosted") acts less surely
    # than one they make its actor only: "Visit by Vesh", where both are read as visiting
    received = {p.entity for p in ev.participants if p.role in ("recipient", "target") and p.entity}
    for p in sorted(ev.participants, key=lambda p: p.entity in received):
        if p.role != "actor" or not p.entity or p.entity not in names or p.entity == ev.location:
            continue
        name = names[p.entity]
        if is_outlet(name) or "\\" in name or _sum_or_number(name):  # "\tWhile Reagan": debris read as a name
            continue
        if not named_form(name):
            continue  # "cts" (a table's cents) read as a group: a name is written with a capital
        kind = (types.get(p.entity) or "").upper()
        if kind in PLACE_LABELS and country_of(name) is None:
            return None, name
        country = demonym_country(name)
        if kind == "NORP" and country is None and not name.endswith("s"):
            continue  # a people's adjective the lexicon cannot make a country of: "Arrest by Veskan" says nothing
        if _names_the_kind(name, ev):
            continue  # "the Halvik Trade Agreement" as the party to an agreement is the accord itself
        return country or name, None
    return None, None


def _names_the_kind(name: str, ev: Event) -> bool:
    """The name ends with the word of the event's own kind ("Coffee Agreement" for an agreement, "Peace Talks"
    for talks): the thing itself read as its party, never "Agreement with the Coffee Agreement"."""
    kind = event_type_words(ev.type, ev.subtype).split()
    last = name.split()[-1].casefold() if name.split() else ""
    return bool(kind) and last.rstrip("s") == kind[-1].casefold().rstrip("s")


def conflict_rows(ev: Event, by_id: Mapping[str, Article]) -> list[tuple[str, str, str]]:
    """(what, value, who reports it) for each disagreeing value: ('killed', 'at least 12', 'Orvani Herald')."""
    article_of = dict(zip(ev.mention_ids, (m.article for m in ev.mentions), strict=False))
    rows = []
    for fld, values in sorted(ev.conflicts.items()):
        for v in values:
            arts = list(getattr(v, "articles", ()) or ()) or [article_of.get(s, s) for s in v.sources]
            outlets = list(dict.fromkeys(r.outlet for r in refs(arts, by_id)))
            rows.append((field_words(fld), conflict_value_words(fld, v.value), list_words(outlets) or "unknown outlet"))
    return rows


#: the conflicts (in words) a toll line tells, with the figures it counts (:func:`spread_words`)
TOLL_FIELDS = frozenset({"killed", "injured"})


def _conflicts(ev: Event, by_id: Mapping[str, Article], told: Container[str] = ()) -> tuple[str, ...]:
    """'killed: at least 12 (The Orvani Herald); 14 (Karvosh Daily Star, Valdora Today)', but for the fields
    ``told`` otherwise (the tolls, as the toll line reads them: :attr:`IncidentFacts.spread`)."""
    by_field: dict[str, list[str]] = {}
    for what, value, who in conflict_rows(ev, by_id):
        if what in told:
            continue
        by_field.setdefault(what, []).append(f"{value} ({who})")
    return tuple(f"{what}: {'; '.join(parts)}" for what, parts in by_field.items())


@dataclass(frozen=True)
class IncidentFacts:
    """What every view tells of one incident: its event as the sentences that tell it give it (kind, actors,
    place), the figure each toll is told by, and its date in words. A briefing's heading and toll line and a
    timeline's line read them here (:func:`incident_facts`), so that no two views give one incident two places
    or two tolls."""

    event: Event
    killed: Quantity | None
    injured: Quantity | None
    when: str
    # what the figures of each toll disagree on, as its toll line tells it ("killed: from 12 to 16: first …")
    spread: tuple[str, ...] = ()
    # the place as its sentences write it, where they never write its entity's longer name (:func:`written_place`)
    place: str | None = None

    def phrase(self, names: Mapping[str, str], types: Mapping[str, str] | None = None) -> str:
        """'Earthquake in Oru province' (a visit's destination was weighed by :func:`told_event` already)."""
        if self.place is not None and self.event.location:
            names = {**names, self.event.location: self.place}
        return event_phrase(self.event, names, types, destination=False)

    def heading(self, names: Mapping[str, str], types: Mapping[str, str] | None = None) -> str:
        """'Earthquake in Oru province, 23 October 2031' (a briefing section's heading)."""
        return f"{self.phrase(names, types)}, {self.when}"

    def label(self, names: Mapping[str, str], types: Mapping[str, str] | None = None) -> str:
        """'Earthquake in Oru province: at least 534 killed, 6 injured' (a timeline line)."""
        tolls = [casualty_words(q, kind) for q, kind in ((self.killed, "killed"), (self.injured, "injured"))
                 if q is not None]
        return self.phrase(names, types) + (f": {', '.join(tolls)}" if tolls else "")


def incident_facts(inc: Incident, telling: Telling) -> IncidentFacts:
    """The incident as every view tells it (:class:`IncidentFacts`): the event with the actors and the place the
    sentences that tell it back (:func:`told_event`, weighed on those sentences and the datelines they lost), the
    figure each toll line opens with (:func:`storyline.present.tolls.lead_figure` over :meth:`Telling.reports`)
    and the date (:func:`incident_when`)."""
    spans = telling_spans(inc, telling.articles, telling.sentences)
    sentences = list(spans)
    # where the heading's place is weighed, each sentence without the words that tell other incidents
    placing = [" ".join(telling.own_words(inc, *at).split()) for at in spans.values()]
    forms = {e: [*telling.aliases.get(e, ()), *written] for e, written in _written_forms(inc).items()}
    ev = told_event(inc, telling.names, telling.types, ((), sentences), {**telling.aliases, **forms},
                    telling.places, mentions=telling.mentions, placing=placing)
    reports = telling.reports(inc)
    rising = inc.lead.type in HARM_TYPES
    spread = tuple(t for kind in ("killed", "injured")
                   if (t := spread_words(reports, kind, telling.articles, marked=not inc.merged)))
    return IncidentFacts(ev, lead_figure(reports, "killed", inc.fatalities, rising),
                         lead_figure(reports, "injured", inc.injured, rising),
                         incident_when(inc, telling.articles, telling.mentions),
                         spread, written_place(ev, telling.names, sentences))


def written_place(ev: Event, names: Mapping[str, str], sentences: Sequence[str]) -> str | None:
    """The event's place as its sentences write it, where its entity's name is a longer one that begins with that
    form and that none of them writes: "New York" for a city the entity step named "New York Mercantile
    Exchange" (an institution named after its city, read as one entity with it). None: the name stands."""
    name = names.get(ev.location or "")
    text = " ".join((ev.location_text or "").split())
    if not name or not text or not named_form(text) or not name.startswith(text + " "):
        return None
    if any(w.casefold() in PLACE_UNIT_WORDS for w in name[len(text):].split()):
        return None  # "Oru province", "Gulf Coast": the place's own longer name, which "Oru" stands for
    if any(_whole(name, s) for s in sentences) or not any(_whole(text, s) for s in sentences):
        return None
    return text


def incident_when(inc: Incident, articles: Mapping[str, Article],
                  mentions: Mapping[str, EventMention] | None = None) -> str:
    """The incident's date in words: stated, or 'date not stated (on or before …)' (a day its own weekday
    contradicts is no stated date: it is placed at its report). With the analyses' event ``mentions``, a stated
    date that most of the incident's own dated mentions do not agree with gives way to the date they do agree on,
    at the granularity they agree at (:func:`agreed_date`: "March 2031" where they say the 4th and the 6th), and
    to no date where they agree on none."""
    date, stated = agreed_time(inc, mentions or {})
    if stated and date is not None:
        return date_words(date.value)
    return unstated_words(date.value if date else None, _reported_day(inc.articles, articles))


def agreed_time(inc: Incident, mentions: Mapping[str, EventMention]) -> tuple[TimeValue | None, bool]:
    """The incident's date as its views give it, and whether it is stated: its own (:func:`trusted`), or the date
    its mentions agree on where most do not agree with it (:func:`best_supported`); a date none agree on is not
    stated (placed at the incident's own date, said to be known only by its report)."""
    date = trusted(inc.date)
    if not (inc.date_stated and date is not None and date.value):
        return date, inc.date_stated and date is not None
    said = _stated_mention_days(inc, mentions)
    agreed = best_supported(date.value, said) if said else date.value
    if agreed == date.value:
        return date, True
    if agreed is None:
        return date, False
    return TimeValue(agreed, text=date.text, granularity=granularity_of(agreed), source=date.source), True


_Said = list[tuple[str, tuple[dt.date, dt.date]]]  # stated dates, each with its interval of days


def _stated_mention_days(inc: Incident, mentions: Mapping[str, EventMention]) -> _Said:
    """The dates the incident's own event mentions state (not their reports' days; not a background sentence's),
    each with its interval of days."""
    out: _Said = []
    for mid in dict.fromkeys(mid for e in inc.events for mid in e.mention_ids):
        m = mentions.get(mid)
        t = m.time if m is not None and not m.background else None
        if t is None or not t.value or t.source == "dct":
            continue
        iv = value_interval(t.value)
        if iv is not None:
            out.append((t.value, iv))
    return out


def _agreeing(iv: tuple[dt.date, dt.date] | None, said: _Said) -> int:
    """How many of the stated dates share a day with the interval (a month agrees with each of its days)."""
    return 0 if iv is None else sum(iv[0] <= hi and lo <= iv[1] for _, (lo, hi) in said)


def best_supported(value: str, said: _Said) -> str | None:
    """The date a heading gives an incident dated ``value``, from the dates its own mentions state (``said``): of
    the dates at ``value``'s granularity (a day: the days they state, a month: their months), the one that most of
    them agree with (a month or a week agrees with each of its days), if no other is agreed with as often; where
    two are ("raided on Monday" and "arrests on Tuesday" fused into one attack), the finest coarser date most of
    them agree with (:func:`agreed_date`: "March 2031"); None where none is."""
    gran = granularity_of(value)
    peers = {v: iv for v, iv in _candidates([(value, (dt.date.min, dt.date.min)), *said]).items()
             if granularity_of(v) == gran}
    support = {v: _agreeing(iv, said) for v, iv in peers.items()}
    top = max(support.values(), default=0)
    best = [v for v, n in support.items() if n == top]
    return best[0] if len(best) == 1 else agreed_date(said)


def _candidates(said: _Said) -> dict[str, tuple[dt.date, dt.date]]:
    """Each stated date and its day, month and year, with their intervals."""
    out: dict[str, tuple[dt.date, dt.date]] = {}
    for value, _ in said:
        for v in (value, value[:10], value[:7], value[:4]):
            if v not in out and (iv := value_interval(v)) is not None:
                out[v] = iv
    return out


def agreed_date(said: _Said) -> str | None:
    """The finest date most of the stated dates agree with: one of them, or its day, month or year ("2031-03-04"
    and "2031-03-06" agree on "2031-03"); None where no date has most of them (a year apart)."""
    held = [(v, iv) for v, iv in _candidates(said).items() if _agreeing(iv, said) * 2 > len(said)]
    return min(held, key=lambda c: ((c[1][1] - c[1][0]).days, -_agreeing(c[1], said), c[0]))[0] if held else None


def incident_item(inc: Incident, by_id: Mapping[str, Article], names: Mapping[str, str],
                  family: Mapping[str, str], types: Mapping[str, str] | None = None,
                  coverage: str | None = None, *, telling: Telling | None = None,
                  minor: bool = False) -> TimelineItem:
    """One incident as a line (``coverage``: the first day of all the articles, for undated reports). With
    ``telling``, its label is the incident as a briefing section tells it (:func:`incident_facts`: the place
    and the actors its sentences back, the toll its toll line opens with); else the lead event as fusion gave
    it (``--detail``)."""
    ev = inc.lead
    spread: tuple[str, ...] = ()
    if telling is not None:
        facts = incident_facts(inc, telling)
        label, spread = facts.label(names, types), facts.spread
    else:
        label = event_label(incident_event(inc), names, inc.fatalities, inc.injured, types)
    # a day its own weekday contradicts is placed at its report, like an unstated one; with ``telling``, the date
    # its mentions agree on, as its briefing heading gives it
    date, stated = agreed_time(inc, telling.mentions) if telling is not None else (trusted(inc.date), inc.date_stated)
    value, gran, lo, hi = _iso(date)
    # the tolls' disagreements as the toll line reads them (its figures, none it leaves out), the rest as fused
    tolls = TOLL_FIELDS if telling is not None else ()
    conflicts = (*spread, *dict.fromkeys(c for e in inc.events for c in _conflicts(e, by_id, tolls)))
    # dated only by its report: placed at the report (it happened by then) and said so; with no date at all
    # it is listed apart, with the day it was first reported
    return TimelineItem(
        kind="event", id=ev.id, label=label,
        value=value if stated else None, granularity=gran if stated else None, earliest=lo, latest=hi,
        when=_when(date, stated, _reported_day(inc.articles, by_id)), lane=lane_words(ev.type),
        sources=refs(inc.articles, by_id), conflicts=conflicts, members=inc.members, modality=ev.modality,
        date_stated=stated, independent_sources=independent(inc.articles, family),
        background=background(date, _reported_day(inc.articles, by_id) or coverage, stated), minor=minor)


def _written_forms(inc: Incident) -> dict[str, list[str]]:
    """Each entity's forms as the incident's mentions write them ("HTK" for the Harakat Tahrir-e Karvosh), names
    only: a place written "its" or "the town" is no form of its name (every "its" would name it)."""
    out: dict[str, list[str]] = {}
    for ev in inc.events:
        for p in ev.participants:
            if p.entity and p.text and named_form(p.text) and p.text not in out.setdefault(p.entity, []):
                out[p.entity].append(p.text)
        if ev.location and ev.location_text and named_form(ev.location_text) \
                and ev.location_text not in out.setdefault(ev.location, []):
            out[ev.location].append(ev.location_text)
    return out


# --------------------------------------------------------------------------- claims


def speaker_words(c: Claim, names: Mapping[str, str], short: bool = False) -> str | None:
    """The speaker by name (the resolved entity; a people's name is its country), else as written without
    the clauses hung on it (``short``: the head of a description, for headings); None for a bare pronoun.

    Words said of "each other" or "one another" are said by more than one party: a speaker written as two
    ("Varnia and Ostland blamed each other") is told as written, never as the one of them its name resolved to."""
    if reciprocal(c):
        written = strip_dateline(" ".join(without_debris(c.speaker_text or "").split()))
        return short_description(written) if short else speaker_phrase(written)
    if c.speaker and c.speaker in names:  # a name the recognizer read with its dateline: "TARVIN - The X"
        if in_its_name(c, names[c.speaker]):
            return None  # "claimed the bombing in the HTK's name" is someone else's claim: whose, not told
        plain = " ".join(without_debris(names[c.speaker]).split())
        name = as_written(strip_dateline(plain) or plain, c.speaker_text or "")
        if _name_only_modifies(name, c.speaker_text or ""):
            return short_description(" ".join(c.speaker_text.split()))  # type: ignore[union-attr]
        if _cut_short(name, c.speaker_text or ""):  # "Vessa" resolved for "the Vessa Liberation Front"
            written = " ".join((c.speaker_text or "").split())
            return short_description(written) if short else speaker_phrase(written)
        return demonym_country(name) or two_part_name(name, c.speaker_text or "") or name
    text = strip_dateline(" ".join(without_debris(c.speaker_text or "").split()))
    # a relay frame (", as reported by …", ", as per …") and "<owner>'s denial" are cut by the claims step
    # (claims/speakers.phrase_bounds, claims/attribution.find_subject); "according to the journal's own survey":
    # the source span keeps the possessive; the owner speaks
    text = re.sub(r"(?<=\w)['’]s$", "", text)
    if not any(ch.isalpha() for ch in text) or text.casefold() in PRONOUNS:
        return None  # nothing, a pronoun, or punctuation ("-") is no speaker
    if is_description(text) and _happening(head_word(text)):
        return None  # "the explosion warns …", "the resignation showed …": a happening says nothing
    if only_a_date(text):
        return None  # "Mar 24 charges …": a date read as a name
    if c.speaker_type in _DESCRIBED and not names_a_speaker(text):
        # "the latest figures from the health department": who gave them speaks; "photos of the wreckage suggested
        # …", "the two said …": no one named
        text = _giver(text) or ""
        if not text:
            return None
    return short_description(text) if short else speaker_phrase(text)


_RECIPROCAL = re.compile(r"^(?:each other|one another)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:and|both)\b|&", re.IGNORECASE)


def reciprocal(c: Claim) -> bool:
    """Words said of "each other" by a speaker written as more than one party ("Varnia and Ostland", "both
    sides"): the speaker is the parties together (:func:`speaker_words`)."""
    text = c.speaker_text or ""
    return bool(_RECIPROCAL.match(c.content.strip(" \"“”'")) and (_SEVERAL.search(text) or plural_subject(text)))


#: "<what was seen or counted> from|by <giver>": "the revised count published by the health department on Tuesday"
_GIVEN_BY = re.compile(r"\b(?:from|by)\s+(?P<giver>(?:(?:the|a|an)\s+)?\S.*?)(?:\s+(?:on|in|at|last|this|after|before|"
                       r"during|since)\b.*)?$")


def _giver(text: str) -> str | None:
    """Who gave what a speaker phrase names when that is no one who speaks ("the latest figures from the Oru health
    department": the department), if the phrase says and the giver can speak (:func:`names_a_speaker`)."""
    m = _GIVEN_BY.search(text)
    giver = m.group("giver").strip(" ,") if m else ""
    return giver if giver and names_a_speaker(giver) else None


#: speaker types the claims step gives a phrase it found no name nor known source or body in: a description
_DESCRIBED = frozenset({"nominal", "pronoun"})


def as_written(name: str, written: str) -> str:
    """The name without the lower-case words the entity step read on after it that the speaker's phrase does not
    hold ("the Orvan Council for Peace, a watchdog" spoke, not "Orvan Council for Peace rights", read from
    "… rights monitor" elsewhere): a name ends on a word of the name. A description ("The coast guard") is kept."""
    words = name.split()
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-2][:1].isupper() \
            and words[-2].lower() not in ("the", "a", "an") \
            and re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", written) is None:
        words.pop()
    return " ".join(words)


def _happening(word: str) -> bool:
    """A noun of something that happens (an event trigger: "explosion", "resignation"), not of what is said
    ("statement") nor one that also names a thing ("release", "strike"): no speaker."""
    kind = TRIGGERS.get(word) or TRIGGERS.get(word.removesuffix("s"))
    return kind is not None and kind.pos != "verb" and kind.type != "STATEMENT" and word not in WEAK_NOUNS \
        and word.removesuffix("s") not in WEAK_NOUNS


#: nouns of what is said or its vehicle ("denial", "statement", "report"): "<owner>'s <noun>" names words
_SAID_NOUNS = CLAIM_NOUNS | frozenset(VEHICLE_NOUNS) | frozenset(STANCE_WORDS.values())


def _owner_of_words(text: str) -> str | None:
    """"Lesk's denial", "the ministry's latest statement": the owner of the words; None for anything else."""
    m = re.fullmatch(r"(?P<owner>.*?\w)['’]s\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)", text)
    return m.group("owner") if m and m.group("noun") in _SAID_NOUNS else None


#: "[The|Oru's] <capitalized words> and <capitalized words>": one name written in two parts joined by "and"
_TWO_PART = re.compile(r"^(?:(?:the|The)\s+|[A-Z][\w.-]*['’]s\s+)?((?:[A-Z][\w.-]*\s+)+and\s+(?:[A-Z][\w.-]*\s*)+)$")


def two_part_name(name: str, written: str) -> str | None:
    """The speaker's whole name where the sentence writes one organization's name in two parts joined by "and"
    and the resolved entity is one part: "The Oru Observatory and Seismic Research Institute said" is not
    "Seismic Research Institute said". Only a name ending in an organization's word ("Institute", "Ministry")
    is one name, and only one whose first part does not end as a name does ("Dorva Mills Ltd and Oru Trading
    Inc" are two companies, "Ilse Varga and Teodor Lanz" two people). None when it is not so written."""
    m = _TWO_PART.match(" ".join(written.split()))
    whole = m.group(1).strip() if m else ""
    if not whole or len(whole) <= len(name) or not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", whole):
        return None
    first = whole.split(" and ")[0].split()[-1]  # "Dorva Mills Ltd and Oru Trading Inc": two companies speak
    ends_one = first in SAME_ORG_SUFFIXES or first in STRONG_ORG_SUFFIXES
    return whole if whole.split()[-1] in ORG_SUFFIXES and not ends_one else None


def in_its_name(c: Claim, name: str) -> bool:
    """The content says the claim is made in the speaker's name ("claimed the bombing in the HTK's name", "in
    the name of the Green Front"): one speaks in a group's name when one is not the group itself, so a speaker
    resolved to that group (the relative clause of "a former commander of the HTK who claimed …") is wrong.
    The speaker's forms: its name, the initials of its name, the words as written (an acronym in brackets)."""
    written = re.sub(r"^(?:the|a|an)\s+", "", " ".join((c.speaker_text or "").split()), flags=re.IGNORECASE)
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper())
    forms = {f for f in (name, written.split(" (")[0], *re.findall(r"\(([^()]+)\)?", written),
                         initials if len(initials) >= 2 else "") if f and f.strip()}
    return any(re.search(rf"\bin\s+(?:the\s+name\s+of\s+(?:the\s+)?{re.escape(f.strip())}(?!\w)|(?:the\s+)?"
                         rf"{re.escape(f.strip())}['’]s\s+name\b)", c.content, re.IGNORECASE) for f in forms)


def _cut_short(name: str, text: str) -> bool:
    """The resolved name is one word that the speaker's name as written goes on from: "Vessa" for "the Vessa
    Liberation Front group", "Orrin" for "Orrin Mining": an entity whose name the recognizer cut short, not the
    speaker (a one-word name is no organization's whole name when the text gives more of it)."""
    if len(name.split()) != 1 or len(name) < 2:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(name)}\s+[A-Z][a-z]", " ".join(text.split())) is not None


def _name_only_modifies(name: str, text: str) -> bool:
    """The resolved name is a word inside a description of someone else: "a Tarvinian militant group",
    "the Sarn governor's office" speak, not Tarvinia or Sarn; nor does "Oru province" speak for "the Oru
    provincial health department" (a name of one capitalized word and common nouns is found by that word). A
    body that speaks for a state ("the Valdoran government") is its country, as before."""
    text = " ".join(text.split())
    if not name or not is_description(text) or state_of(text) is not None:
        return False
    words = name.split()
    capital = [w for w in words if w[:1].isupper()]
    forms = [name, *(capital if len(capital) == 1 and len(words) > 1 else [])]
    for form in forms:
        m = re.search(rf"(?<!\w){re.escape(form)}(?:’s|'s)?\s+(?P<next>\S+)", text)
        if m is not None:
            return m.group("next")[:1].islower()
    return False


def claim_label(c: Claim, names: Mapping[str, str], tense: str = "present",
                denied: Claim | None = None, lower: Container[str] = NO_WORDS) -> str:
    """'Estmark's foreign ministry denies that it shelters …', 'The HTK claims responsibility for …'.

    ``lower``: the words the story writes lower-case (a capitalized common noun opening the content is no name).

    A denial that repeats the words of the claim it denies ("X alleges P, a claim denied by Y") reads
    "Y denies X's accusation".
    """
    who = speaker_words(c, names) or "an unnamed speaker"
    if _names_itself(c, names):  # "The prime minister's office said Lindqvist had …", not "Lindqvist said Lindqvist"
        who = speaker_words(c, {}) or who
    verb = claim_verb(c.stance, c.polarity, c.cue, tense)
    if c.polarity == "deny" and not _DENY_CUE.search(c.cue or "") and _NEGATED.search(c.content):
        # "Norland had nothing to do with it", said: a denial in its own words; "denied" would unsay it
        verb = claim_verb("statement", "assert", "say", tense)
    if tense == "present" and (reciprocal(c) or (plural_subject(who, lower)
                                                  and not (c.speaker and c.speaker in names))):
        verb = plural_verb(verb)  # "Varnia and Ostland blame each other"
    what = content_words(c.content, c.direct_quote, lower)
    if denied is not None and _same_words(c.content, denied.content):
        owner = speaker_words(denied, names)
        noun = DENIED_WORDS.get(denied.stance or "", "claim")
        what = f"{owner}’s {noun}" if owner else f"the {noun}"
    elif c.direct_quote and not mixed_quote(c.content):  # (a reported clause with a quoted tail reads on)
        verb = verb.removesuffix(" responsibility for")  # a quotation is no noun phrase: "claims: “We …”"
        verb, what = (f"{verb} it", what) if verb.split()[0] in ("calls", "called", "call", "describes",
                                                                   "described") else (f"{verb}:", what)
    else:
        what = _without_own_attribution(_after_verb(verb, what), c, who)
        if verb.endswith(" responsibility for") and re.match(r"responsibility\b", what, re.IGNORECASE):
            # "no group had claimed responsibility by Wednesday": the words after the noun are no deed
            verb, what = verb[:-len(" for")], what[len("responsibility"):].lstrip()
        if verb.endswith(" responsibility for") and re.match(r"credit\b", what, re.IGNORECASE):
            verb = verb.split()[0]  # "claimed credit for the attack", not "claimed responsibility for credit for"
        if verb.endswith(" responsibility for") and re.match(r"that\b", what, re.IGNORECASE):
            verb = verb.split()[0]  # "claimed that it carried out the bombing", not "claimed responsibility for that"
        if verb.endswith(" responsibility for") and _CLAUSE.match(what):
            # what was claimed is a clause with its own subject and verb ("its fighters had killed 11 guards"):
            # "responsibility for" takes a noun phrase, so it reads "claimed that its fighters had killed …"
            verb, what = verb.split()[0], f"that {what}"
        if re.match(r"that\b", what, re.IGNORECASE) and verb.split()[0] in _OBJECT_VERBS:
            # "an accusation by X that it had allowed …": "X accused that …" is no English; "X alleged that …"
            verb = claim_verb("allegation" if verb.split()[0] in _ALLEGING_VERBS else "statement", "assert", None,
                              tense)
        if _passive_by(what, who):  # "X has been blamed by authorities for …" already says who said it
            return f"{what[0].upper()}{what[1:]}"
        if _passive_cue(what, c.cue):  # "X was accused twice of …: first by Y" reads so, not "Y accused X was …"
            return f"{what[0].upper()}{what[1:]}, by {who}"
    return f"{who[0].upper()}{who[1:]} {verb} {what}"


#: a clause with its own subject and finite verb: a subject pronoun first ("it had carried out …", "they killed …"),
#: or an auxiliary within its first eight words that no relative pronoun introduces ("its fighters had killed 11",
#: "twelve guards and two of the attackers were killed"; not "the attack in which 12 were killed")
_CLAUSE = re.compile(r"(?:it|they|he|she|we|i)\s+[a-z]|(?:(?!(?:that|which|who|whom|whose|when|where)\b)[\w'’,-]+\s+)"
                     r"{1,7}(?:had|has|have|was|were|is|are|will|would|did)\b", re.IGNORECASE)


#: speech verbs that take a person or thing as object, never a "that" clause ("accused X of", "urged X to")
_OBJECT_VERBS = frozenset({"accuses", "accused", "blames", "blamed", "charges", "charged", "condemns", "condemned",
                           "criticizes", "criticized", "praises", "praised", "describes", "described", "urges",
                           "urged", "asks", "asked", "invites", "invited", "orders", "ordered", "advises",
                           "advised", "calls", "called", "requests", "requested"})
#: of those, the ones that charge someone with something: with a "that" clause they read "alleges that"
_ALLEGING_VERBS = frozenset({"accuses", "accused", "blames", "blamed", "charges", "charged"})


def _names_itself(c: Claim, names: Mapping[str, str]) -> bool:
    """The content opens with the resolved speaker's name, or names it whole, while the words that spoke were
    another's (an office, a spokesman): named so, the speaker would say its own name ("Ana Berg said … talks
    with Ana Berg"), which a speaker hardly does; the words that spoke are what the article says."""
    name = names.get(c.speaker or "")
    if not name or not c.speaker_text:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) >= 3 and w[0].isupper()]
    first = c.content.split(maxsplit=1)[0].strip(",.'’s") if c.content.split() else ""
    whole = len(words) > 1 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", c.content) is not None
    return bool(words) and (first in words or whole) and not any(w in c.speaker_text for w in words)


def _passive_cue(what: str, cue: str | None) -> bool:
    """The content tells the speech act itself in the passive ("Estmark was accused twice of …")."""
    word = (cue or "").split()[-1:] or [""]
    return bool(word[0]) and re.search(rf"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+)?"
                                       rf"{re.escape(word[0])}\b", what, re.IGNORECASE) is not None


def _passive_by(what: str, who: str) -> bool:
    return re.search(rf"\b(?:was|were|is|are|has been|have been|had been)\s+\w+(?:ed|en)\s+by\s+(?:the\s+)?"
                     rf"{re.escape(re.sub(r'^the ', '', who, flags=re.I))}\b", what, re.IGNORECASE) is not None


_DENY_CUE = re.compile(r"\b(?:den(?:y|ies|ied|ial)|reject|dismiss|refut|disput|rebut)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n't|never|no|nothing|nobody|none|neither|nor)\b", re.IGNORECASE)


def _after_verb(verb: str, what: str) -> str:
    """The content without the words the verb already ends with ("claimed responsibility for" + "responsibility
    for the attack" reads "claimed responsibility for the attack")."""
    tail, words = verb.lower().split(), what.split()
    # "the responsibility for the attack": an article before the words the verb ends with goes with them
    skip = 1 if len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[1].lower() in tail else 0
    for k in range(min(3, len(tail), len(words) - 1 - skip), 0, -1):
        if [w.lower() for w in words[skip:skip + k]] == tail[-k:]:
            return " ".join(words[skip + k:])
    return what


_ACCORDING_TO = re.compile(r",?\s+according to\s+(?P<who>[^,;:]+?)[.]?$", re.IGNORECASE)


def _without_own_attribution(what: str, c: Claim, who: str) -> str:
    """The content less a closing "according to <the speaker>": "Ana Berg said the search ended on Friday,
    according to police chief Ana Berg" names her twice."""
    m = _ACCORDING_TO.search(what)
    if m is None:
        return what
    tail = m.group("who").casefold()
    own = [x.casefold() for x in (who, c.speaker_text or "") if x]
    last = [x.split()[-1] for x in own if x.split()]
    if any(x in tail for x in own) or any(re.search(rf"\b{re.escape(w)}$", tail) for w in last if len(w) > 2):
        return what[:m.start()].rstrip()
    return what


def _same_words(a: str, b: str) -> bool:
    wa, wb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    return bool(wa) and (wa == wb or fuzz.ratio(" ".join(wa), " ".join(wb)) >= 90)


def no_statement(c: Claim, articles: Mapping[str, Article]) -> bool:
    """A claim that states nothing, left out of every view (the timeline's lines, the briefing's claims): a
    headline's kicker (:func:`headline_kicker`), an outlet's name read as what was said (:func:`outlet_said`),
    or another's words named, not told (:func:`words_named`)."""
    return headline_kicker(c, articles) or outlet_said(c) or words_named(c)


def words_named(c: Claim) -> bool:
    """"Lesk's denial, as reported by the Oru Daily, called …" read as the Oru Daily reporting "Lesk's denial":
    a content that is only someone's noun of what was said names words, it tells none."""
    return _owner_of_words(" ".join(c.content.strip(" .,;:\"'“”‘’").split())) is not None


def as_said(claims: Iterable[Claim], articles: Mapping[str, Article]) -> list[Claim]:
    """The claims a view tells (:func:`no_statement` left out), each with what it says in its own words
    (:func:`relative_object`): a claim whose content is the relative clause it was said in reads its antecedent
    instead, or is left out where none can be read."""
    out = []
    for c in claims:
        if no_statement(c, articles):
            continue
        said = relative_object(c, articles)
        if said is not None:
            out.append(said)
    return out


#: a preposition opening what follows a cue ("blame X for the bombing", "described X as serious")
_PREPOSITION = re.compile(r"(?:for|of|on|over|as|about|with|in|at|to|from|by)\b")
#: a name before a relative pronoun: capitalized words (a hyphened particle inside: "Tahrir-e") and an acronym
_NAME_BEFORE = re.compile(r"(?:\b(?:the|The)\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*(?:\s+\([A-Z][\w.-]*\))?\s*$")
#: a noun phrase before a restrictive relative ("the group that X blames"): a determiner and up to three words (a
#: verb before a bare noun is no part of it: "had cited numbers that …")
_WORD = r"\b(?!(?:for|of|on|over|as|about|with|in|at|to|from|by|and|or|but|that|which|who|whom)\b)[\w'’-]+"
_PHRASE_BEFORE = re.compile(rf"\b(?:the|The|a|A|an|An|its|Its|their|Their)\s+(?:{_WORD}\s+){{0,2}}{_WORD}\s*$")


def relative_object(c: Claim, articles: Mapping[str, Article]) -> Claim | None:
    """A claim whose content is the relative clause its speaker and cue stand in ("the Vessa Front, which police
    blame for the bombing" read as police blaming "which … for the bombing"), or the relative pronoun alone
    ("…, which Estmark denies" read as denying "which"): what was said is about the relative's antecedent,
    before the content. Where the cue takes the relative as its object (nothing after the cue, or a
    preposition) and the antecedent can be read (a name before "which"; a noun phrase with its determiner right
    before a relative without a comma: "the group that Orvani blames"), the content is the antecedent and the
    cue's remaining words ("the Vessa Front for the bombing"); else (a relative inside the reported clause:
    "which her office says she will do soon"; a clause before ", which" that a denial answers) nothing a reader
    can follow is said: None. Any other claim is returned as it is."""
    a = articles.get(c.article)
    if a is None or None in (c.content_start, c.speaker_start, c.cue_end, c.content_end):
        return c
    start, speaker, cue, end = c.content_start, c.speaker_start, c.cue_end, c.content_end
    assert start is not None and speaker is not None and cue is not None and end is not None
    alone = re.fullmatch(r"which|that|whom", c.content.strip(), re.IGNORECASE) is not None and end <= speaker
    if not alone and (not start < speaker < cue <= end or not re.fullmatch(
            r"\s*(?:which|that|whom)\s*", a.text[start:speaker], re.IGNORECASE)):
        return c
    rest = "" if alone else " ".join(a.text[cue:end].split())
    if rest and not _PREPOSITION.match(rest):
        return None
    before = a.text[max(0, start - 200):start]
    restrictive = not before.rstrip().endswith(",")
    m = (_PHRASE_BEFORE if restrictive else _NAME_BEFORE).search(before.rstrip().rstrip(","))
    if m is None or not m.group(0).strip():
        return None
    what = " ".join(m.group(0).split())
    if what[:1].isupper() and what.split()[0] in ("The", "A", "An", "Its", "Their"):
        what = what[0].lower() + what[1:]
    return replace(c, content=f"{what} {rest}".strip())


def outlet_said(c: Claim) -> bool:
    """"Some of the guests had texted colleagues for help, reported the Oru Daily" read with "the Oru Daily" as
    what the guests reported: words that are an outlet's or an agency's name alone are who reported, not a
    statement (an inverted attribution misread)."""
    words = re.sub(r"^the\s+", "", c.content.strip(" .,;:\"'“”‘’"), flags=re.IGNORECASE)
    return bool(words) and is_outlet(words)


def headline_kicker(c: Claim, articles: Mapping[str, Article]) -> bool:
    """A headline's kicker read as a speaker ("Flood Crisis: Minister Visits Sarn" as "Flood Crisis said …"): a
    claim introduced by a colon, not quoted, inside the article's headline line. A quoted headline ("Reyl: 'We
    will not leave'") stays a statement."""
    return c.cue == ":" and not c.direct_quote and (in_headline(c, articles) or _opens_text(c, articles))


def _opens_text(c: Claim, articles: Mapping[str, Article]) -> bool:
    """The claim is the article's first line: a label before a colon there is a kicker or standfirst label
    ("Tunnel Rescue: So far eleven bodies have been recovered …"), not a speaker, even when the line ends
    as a sentence."""
    a = articles.get(c.article)
    return a is not None and not a.text[:c.start].strip()


def in_headline(c: Claim, articles: Mapping[str, Article]) -> bool:
    """The claim lies in the article's headline line (its title, or a first line without a sentence end)."""
    a = articles.get(c.article)
    if a is None:
        return False
    cut = a.text.find("\n")
    line_end = len(a.text) if cut < 0 else cut
    if c.end > line_end:
        return False
    line = a.text[:line_end].strip()
    title = " ".join((a.title or "").split())
    return bool(line) and (" ".join(line.split()) == title or line[-1] not in ".!?\"”’")


def notable(c: Claim, names: Mapping[str, str], linked: set[str]) -> bool:
    """Claims shown at incident level: an identified speaker, or a stance that matters (denial, allegation …)."""
    words = c.content.split()
    if fragment(c.content):
        return False
    if not words or (len(words) < 2 and (c.polarity != "deny" or words[0].casefold() in PRONOUNS)):
        return False
    who = speaker_words(c, names)
    if who is None:
        return False
    return bool(c.speaker) or c.speaker_type in NAMED_SPEAKERS or c.stance in STRONG_STANCES or c.id in linked \
        or c.polarity == "deny"


def _claim_key(c: Claim, names: Mapping[str, str]) -> str:
    who = c.speaker or (speaker_words(c, names) or "").casefold()
    return f"{who}|{c.polarity}|{' '.join(re.findall(r'[a-z0-9]+', c.content.lower()))}"


def told_once(claims: Sequence[Claim], names: Mapping[str, str], keep: Container[str] = ()) -> list[Claim]:
    """An article's claims less those it tells again inside a longer one by the same speaker ("X said A and
    asserted that B", then "X asserted that B"; a quote's opening words quoted again in full): the longer one
    stands for both. A claim a link names (a denial's target) is kept."""
    by_article: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        key = _claim_key(c, names)
        by_article.setdefault((c.article, key.split("|", 1)[0] + "|" + str(c.polarity)), []).append(c)
    drop: set[str] = set()
    for group in by_article.values():
        words = {c.id: " ".join(re.findall(r"[a-z0-9]+", c.content.lower())) for c in group}
        for c in group:
            if c.id in keep:
                continue
            for o in group:
                if o.id == c.id or o.id in drop or len(words[o.id]) <= len(words[c.id]):
                    continue
                if _within_content(c, o) or (words[c.id] and words[c.id] in words[o.id]):
                    drop.add(c.id)
                    break
    drop |= {c.id for c in reported_within(claims) if c.id not in keep}
    return [c for c in claims if c.id not in drop]


def reported_within(claims: Sequence[Claim]) -> list[Claim]:
    """Claims told whole, speaker and words, inside another claim's words: "Mara Lisk said an initial
    inquiry showed the ferry turned sharply" is Lisk's; "an initial inquiry says …" read from inside it
    would tell it twice."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    out = []
    for group in by_article.values():
        for c in group:
            if c.speaker_start is None or c.content_start is None or c.content_end is None:
                continue
            lo, hi = min(c.speaker_start, c.content_start), max(c.speaker_end or 0, c.content_end)
            if any(o.id != c.id and o.content_start is not None and o.content_end is not None
                   and o.content_start <= lo and hi <= o.content_end
                   and (o.content_start, o.content_end) != (c.content_start, c.content_end) for o in group):
                out.append(c)
    return out


def _within_content(c: Claim, o: Claim) -> bool:
    """``c``'s words lie inside ``o``'s (two claims of one sentence share its span, not their words)."""
    if None in (c.content_start, c.content_end, o.content_start, o.content_end):
        return False
    return o.content_start <= c.content_start and c.content_end <= o.content_end  # type: ignore[operator]


def _group_claims(claims: Sequence[Claim], names: Mapping[str, str]) -> list[list[Claim]]:
    """Wire copies of one statement (same speaker and polarity, near-identical words) become one group."""
    groups: list[list[Claim]] = []
    by_speaker: dict[str, list[int]] = {}
    for c in claims:
        key = _claim_key(c, names)
        who, _, words = key.rpartition("|")
        hit = None
        for gi in by_speaker.get(who, []):
            other = _claim_key(groups[gi][0], names).rpartition("|")[2]
            if words == other or fuzz.ratio(words, other) >= 90:
                hit = gi
                break
        if hit is None:
            by_speaker.setdefault(who, []).append(len(groups))
            groups.append([c])
        else:
            groups[hit].append(c)
    return groups


def claim_item(group: Sequence[Claim], by_id: Mapping[str, Article], names: Mapping[str, str],
               family: Mapping[str, str], denied: Mapping[str, Claim] | None = None,
               coverage: str | None = None, lower: Container[str] = NO_WORDS) -> TimelineItem:
    # the first report to name its day: "March 2031" (an outlet that gives the month alone) sorts before every day
    # of March but says less than the day a copy gives
    c = min(group, key=lambda x: _report_key(by_id[x.article].published if x.article in by_id else None, x.id))
    arts = [x.article for x in group]
    reported = by_id[c.article].published if c.article in by_id else None
    # a statement is made days before it is reported at most: a date months earlier ("says it expelled him
    # last year"), or a month gone by ("cleared after the October quake"), is the date of what it is about, and
    # the statement is placed at its report (as the briefing dates its exchanges)
    stated = said_then(c.time, reported)
    if stated:
        value, gran, lo, hi = _iso(c.time)
        when = date_words(value)
    else:  # a statement is dated by the report that carries it
        value = reported
        gran = granularity_of(reported) if reported else None
        lo, hi = _iso(TimeValue(reported))[2:] if reported else (None, None)
        when = f"reported {date_words(reported)}" if reported else NOT_STATED
    label = claim_label(c, names, denied=(denied or {}).get(c.id), lower=lower)
    return TimelineItem(kind="claim", id=c.id, label=label, value=value, granularity=gran,
                        earliest=lo, latest=hi, when=when, lane=STATEMENTS_LANE, sources=refs(arts, by_id),
                        members=tuple(x.id for x in group), polarity=c.polarity, date_stated=stated,
                        independent_sources=independent(arts, family),
                        background=stated and background(c.time, reported or coverage))


# --------------------------------------------------------------------------- the query


def _overlaps(item: TimelineItem, f: TimelineFilter) -> bool:
    if not (f.start or f.end):
        return True
    if not item.dated:
        return False
    start = _bound(f.start, first=True)
    end = _bound(f.end, first=False)
    return (end is None or (item.earliest or "") <= end) and (start is None or (item.latest or "") >= start)


def _bound(value: str | None, first: bool) -> str | None:
    if not value:
        return None
    iv = value_interval(value)
    if iv is None:
        return value
    return (iv[0] if first else iv[1]).isoformat()


def _event_about(ev: Event, entities: frozenset[str]) -> bool:
    return ev.location in entities or any(p.entity in entities for p in ev.participants)


def _claim_about(c: Claim, entities: frozenset[str]) -> bool:
    return c.speaker in entities or any(t in entities for t in c.targets)


def _sort_key(i: TimelineItem) -> tuple[str, str, int, str]:
    """By interval; on one day what is stated for it before what is dated only by its report, events first."""
    return (i.earliest or "", i.latest or "", (0 if i.date_stated else 2) + (0 if i.kind == "event" else 1), i.id)


def _undated_key(i: TimelineItem) -> tuple[str, int, str]:
    """Items with no stated date: by the day they were first reported (never reported last)."""
    reported = min((s.published for s in i.sources if s.published), default="9999")
    return (reported, 0 if i.kind == "event" else 1, i.id)


def type_matches(type_: str, subtype: str | None, wanted: str) -> bool:
    """An event of the type a user asked for, by code or in words: "COERCE", "arrest", "arrests", "suicide
    bombing" (a heading's words find what the heading heads)."""
    want = " ".join(wanted.replace("_", " ").split()).casefold()
    forms = {type_.casefold(), (subtype or "").replace("_", " ").casefold(),
             event_type_words(type_, subtype).casefold(), event_type_words(type_).casefold()}
    return want in forms or (want.endswith("s") and want[:-1] in forms)


def build_timeline(events: Sequence[Event], claims: Sequence[Claim], articles: Iterable[Article] = (),
                   names: Mapping[str, str] | None = None, *, detail: bool = False,
                   filters: TimelineFilter | None = None, families: Iterable = (),
                   clusters: Iterable = (), links: Iterable = (), places: Places | None = None,
                   entity_types: Mapping[str, str] | None = None,
                   label_types: Mapping[str, str] | None = None,
                   sentences: Mapping[str, Sequence[tuple[int, int]]] | None = None,
                   analyses: Mapping[str, ArticleAnalysis] | None = None,
                   aliases: Mapping[str, Sequence[str]] | None = None) -> list[TimelineItem]:
    """Dated items by start, then end (a day before the month that holds it), then items with no stated date,
    then the background the articles recall (:func:`storyline.present.incidents.background`), in time order.

    ``articles`` give outlets and dates (sources show outlets, never ids), ``names`` entity id -> name,
    ``families``/``clusters``/``links`` the story's source families, story clusters and claim links,
    ``places`` and ``entity_types`` what collapsing incidents compares (:func:`storyline.present.incidents.collapse`),
    ``label_types`` the types the incidents' headings read (default ``entity_types``), ``sentences`` the
    analyses' sentence spans (article id -> spans) that the incident-level labels weigh their names on, and
    ``analyses`` the time expressions and event mentions their tolls are read with, ``aliases`` the entities'
    other names, as briefing headings and toll lines are (:func:`incident_facts`). An incident the briefing
    would head no section with (one :func:`headline_worthy` leaves out, a sale beside a bombing; one a reader
    cannot place, :func:`unplaced`) is marked ``minor``; such a line, and one source's kind alone ("Agreement",
    February 1986"), is folded into the incident that shares its articles (:func:`fold_fragments`). Statements are the
    ones that make the story (:func:`makes_the_story`).
    """
    f = filters or TimelineFilter()
    names = names or {}
    by_id = {a.id: a for a in articles}
    family = family_map(by_id.values(), families)
    lower = LowerCaseWords(a.text for a in by_id.values())
    evs = [e for e in events if (not f.entities or _event_about(e, f.entities))
           and (not f.type or type_matches(e.type, e.subtype, f.type))]
    event_type = {e.id: (e.type, e.subtype) for e in events}
    cls = [c for c in as_said(claims, by_id) if (not f.entities or _claim_about(c, f.entities))
           and (not f.type or (c.event in event_type and type_matches(*event_type[c.event], f.type)))]
    by_claim = {c.id: c for c in claims}
    denied = {link.from_: by_claim[link.to] for link in links if link.type == "denies" and link.to in by_claim}
    outcomes: set[str] = set()
    if detail:
        items = [with_actions(incident_item(Incident(e, (e,), tuple(dict.fromkeys(m.article for m in e.mentions))),
                                            by_id, names, family), e) for e in evs]
        items += [claim_item([c], by_id, names, family, denied, lower=lower) for c in cls]
    else:
        cluster_of: dict[str, list[str]] = {}
        for s in clusters:
            for a in s.articles:
                cluster_of.setdefault(a, []).append(s.id)
        published = {a.id: a.published for a in by_id.values()}
        incidents = collapse(evs, published, cluster_of, places=places, entity_types=entity_types,
                             entity_names=names)
        # one incident told several ways is one line, as it is one briefing section
        incidents = fold_retold(incidents, published, cluster_of,
                                {i.id: independent(i.articles, family) for i in incidents}, places=places)
        incidents, outcomes = at_meetings(incidents, incidents, published)  # an agreement dated by its meeting
        first = min((d for a in by_id.values() if (d := a.published) and value_interval(d)), default=None)
        incidents = [i for i in incidents if not (unplaced(i) and independent(i.articles, family) < 2)]
        heads = entity_types if label_types is None else label_types
        indep = {i.id: independent(i.articles, family) for i in incidents}
        worthy = {i.id for i in headline_worthy(incidents, indep)}
        telling = _telling(by_id, analyses or {}, incidents, names, heads, places, sentences, aliases)
        items = [incident_item(inc, by_id, names, family, heads, first, telling=telling,
                               minor=inc.id not in worthy or unplaced(inc)) for inc in incidents]
        alone = {i.id for inc, i in zip(incidents, items, strict=True) if kind_alone(inc, i.label)}
        items = fold_fragments(items, alone, {inc.id for inc in incidents if inc.lead.type in CAUSED_TYPES},
                               {inc.id: incident_event(inc).location for inc in incidents})
        links = list(links)
        linked = {x for link in links for x in (link.from_, link.to)}
        keep = told_once([c for c in cls if notable(c, names, linked)], names, linked)
        exchanged = exchanges(links, by_claim, names)
        caused = {e.id for e in events if e.type in CAUSED_TYPES}
        # who took part in an attack, a disaster or an accident two or more independent sources report, by article
        parties = {(m.article, p.entity) for inc in incidents if inc.lead.type in CAUSED_TYPES and indep[inc.id] >= 2
                   for e in inc.events for p in e.participants if p.entity for m in e.mentions}
        for g in join_supported(_group_claims(keep, names), links, names, published):
            if makes_the_story(g, independent([c.article for c in g], family), exchanged, caused, parties):
                items.append(claim_item(g, by_id, names, family, denied, first, lower))
    items = [i for i in items if _overlaps(i, f)]
    if not detail and outcomes:  # an agreement dated by its meeting comes right after that day's incidents
        def key(i: TimelineItem) -> tuple[str, str, int, str]:
            first, last, kind, ident = _sort_key(i)
            return (first, last, kind, ("~" if i.id in outcomes else "") + ident)
    else:
        key = _sort_key
    dated = sorted((i for i in items if i.dated and not i.background), key=key)
    undated = sorted((i for i in items if not i.dated), key=_undated_key)
    earlier = sorted((i for i in items if i.dated and i.background), key=_sort_key)
    return dated + undated + earlier


#: claim links that make both statements part of the story: a denial and what it denies, two incompatible accounts
STORY_LINKS = frozenset({"denies", "contradicts"})
#: stances a statement about an incident makes the story with: who did it, who is accused, who denies it
INCIDENT_STANCES = frozenset({"allegation", "denial", "responsibility"})


def exchanges(links: Iterable, claims: Mapping[str, Claim], names: Mapping[str, str]) -> set[str]:
    """The claims an exchange joins: a denial (a claim that denies, rejects or negates) and what it answers, and
    incompatible accounts of one matter (``contradicts``). Which statements contradict is fusion's call
    (:mod:`storyline.fuse.claims`: two speakers' accounts of one matter, or a side going back on its word), not
    this list's: one speaker's series of figures and two companies' dividends are linked by nothing."""
    out: set[str] = set()
    for link in links:
        a, b = claims.get(link.from_), claims.get(link.to)
        if a is None or b is None or link.type not in STORY_LINKS:
            continue
        if link.type == "denies" and not (a.polarity == "deny" or a.stance == "denial" or a.negated):
            continue
        out |= {a.id, b.id}
    return out


#: kinds of incident a statement may give the cause or the culprit of (an attack, a clash, a disaster, an accident)
CAUSED_TYPES = frozenset({"ASSAULT", "FIGHT", "DISASTER", "ACCIDENT"})


def makes_the_story(group: Sequence[Claim], indep: int, exchanged: Container[str],
                    caused: Container[str] = (), parties: Container[tuple[str, str | None]] = ()) -> bool:
    """A statement the default timeline tells (the rest are under ``detail``): a claim of responsibility; a
    denial or an accusation answered or contradicted (``exchanged``: the claims a ``denies`` or ``contradicts``
    link joins); an accusation, a denial or a statement of who did it about an incident fusion tied it to, or a
    denial of involvement ("there is no evidence of any terror outfit involved") about none; a statement of what
    caused an incident or who is to blame (:data:`storyline.lexicons.cause.CAUSE_WORDS`) about an event of a
    kind that has a cause (``caused``: their ids, :data:`CAUSED_TYPES`: "maintenance work might have caused the
    derailment", "he was not to blame for the crash"); an account by a party to an attack, a disaster or an
    accident that two or more independent sources report, in an article that tells it (``parties``: (article,
    entity) pairs; the driver's "I was going at 190 km/h", the claimant's "more attacks will follow"); or a
    statement two or more independent sources carry (``indep``: how many carry the group).
    "X says the market was busy", one outlet's quote, is detail: the incident it tells is on the timeline
    already."""
    if indep >= 2:
        return True
    return any(c.stance == "responsibility" or c.id in exchanged
               or (c.event is not None and (c.involvement or c.polarity == "deny" or c.stance in INCIDENT_STANCES))
               or (c.involvement and c.polarity == "deny")
               or (CAUSE_WORDS.search(c.content) is not None and (c.event in caused or names_an_incident(c.content)))
               or (c.speaker is not None and (c.article, c.speaker) in parties)
               for c in group)


def names_an_incident(text: str) -> bool:
    """The words name a happening of a kind that has a cause or a culprit ("the derailment", "the blast", "an
    attack"): a trigger word of :data:`CAUSED_TYPES`."""
    for word in re.findall(r"[a-z]+", text.lower()):
        kind = TRIGGERS.get(word) or (TRIGGERS.get(word[:-1]) if word.endswith("s") else None)
        if kind is not None and kind.type in CAUSED_TYPES:
            return True
    return False


def join_supported(groups: Sequence[list[Claim]], links: Iterable, names: Mapping[str, str],
                   published: Mapping[str, str | None] | None = None) -> list[list[Claim]]:
    """Groups of one statement (:func:`_group_claims`) that a ``supports`` link joins, said by the same speaker
    with the same polarity and reported within :data:`NEWS_CYCLE_DAYS` of each other (one statement
    paraphrased by two outlets), as one group, where the first stood. ``published``: article id -> its day; a
    group no report of which gives its day joins nothing. The same accusation made again a week later is a
    line of its own: the timeline tells that it was repeated."""
    where = {c.id: n for n, g in enumerate(groups) for c in g}
    who = [_claim_key(g[0], names).rpartition("|")[0] for g in groups]
    days: list[tuple[dt.date, dt.date] | None] = []
    for g in groups:
        known = sorted(d for c in g if (d := _day((published or {}).get(c.article))) is not None)
        days.append((known[0], known[-1]) if known else None)
    parent = list(range(len(groups)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for link in links:
        if link.type != "supports" or link.from_ not in where or link.to not in where:
            continue
        a, b = root(where[link.from_]), root(where[link.to])
        if a == b or who[a] != who[b] or not who[a].split("|")[0]:
            continue
        da, db = days[a], days[b]
        if da is None or db is None or (max(da[1], db[1]) - min(da[0], db[0])).days > NEWS_CYCLE_DAYS:
            continue
        keep, gone = min(a, b), max(a, b)
        parent[gone] = keep
        days[keep] = (min(da[0], db[0]), max(da[1], db[1]))
    out: dict[int, list[Claim]] = {}
    for n, g in enumerate(groups):
        out.setdefault(root(n), []).extend(g)
    return list(out.values())


#: how many days apart two outlets' reports of one statement may be (the day it was made and the next)
NEWS_CYCLE_DAYS = 1


def _day(published: str | None) -> dt.date | None:
    """The day a report gives, or None where it gives a coarser date (or none)."""
    try:
        return dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def kind_alone(inc: Incident, label: str) -> bool:
    """An incident whose line (``label``) tells its kind alone: no actor, no place, no figure ("Movement",
    "Funeral", "Expected sale")."""
    ev = incident_event(inc)
    return label == event_phrase(replace(ev, location=None, location_text=None, participants=()), {}, {})


def piece_of_story(item: TimelineItem, alone: Container[str]) -> bool:
    """An incident line that is a piece of the story, not a development of its own: one the briefing heads no
    section with (``minor``: a sale told beside a bombing, one nobody could place), or one source's happening
    told by its kind alone (``alone``: "Movement, date not stated", "Agreement, February 1986": which, of a
    wire's thousand agreements, the line cannot say)."""
    return item.kind == "event" and (item.minor or (item.id in alone and item.independent_sources < 2))


def fold_fragments(items: Sequence[TimelineItem], alone: Container[str], weighty: Container[str] = (),
                   place: Mapping[str, str | None] | None = None) -> list[TimelineItem]:
    """The incident lines less their fragments (:func:`piece_of_story`): each is folded into an incident line
    that shares its articles at a date it can be part of (:func:`_can_hold`; its members join that line's:
    "Funeral" in the bombing's reports), else left to the detailed timeline. Of several such lines: one at the
    fragment's own place (``place``: line id -> its place entity; a funeral in Tolvar is the Tolvar attack's),
    then one of a kind that has a cause or a culprit (``weighty``: a funeral told in the reports of a bombing
    and of a visit is the bombing's), then the one sharing most of its articles, then the best attested. The
    line's sources stay its own: an outlet that told only the fragment does not tell the incident."""
    kept = [i for i in items if not piece_of_story(i, alone)]
    index = {i.id: n for n, i in enumerate(kept)}
    by_article: dict[str, list[str]] = {}
    for i in kept:
        if i.kind == "event":
            for s in i.sources:
                by_article.setdefault(s.article, []).append(i.id)
    for f in items:
        if not piece_of_story(f, alone):
            continue
        own = {s.article for s in f.sources}
        shared = Counter(x for a in own for x in by_article.get(a, ()))
        fits = [(n, kept[index[x]]) for x, n in shared.items() if _can_hold(kept[index[x]], f)]
        if not fits:
            continue
        where = (place or {}).get(f.id)
        host = max(fits, key=lambda t: (where is not None and (place or {}).get(t[1].id) == where,
                                        t[1].id in weighty, t[0], t[1].independent_sources, t[1].earliest or "",
                                        t[1].id))[1]
        kept[index[host.id]] = replace(host, members=tuple(dict.fromkeys(host.members + f.members)))
    return kept


def _can_hold(host: TimelineItem, f: TimelineItem) -> bool:
    """``f`` may be part of ``host``: their stated dates overlap, or ``f`` is dated by its first report, which
    comes on or after ``host`` began."""
    if f.date_stated and f.dated:
        return host.dated and (host.earliest or "") <= (f.latest or "") and (f.earliest or "") <= (host.latest or "")
    reported = f.latest if f.dated else min((s.published for s in f.sources if s.published), default=None)
    return not host.dated or reported is None or (host.earliest or "") <= reported


def _telling(by_id: Mapping[str, Article], analyses: Mapping[str, ArticleAnalysis], incidents: Sequence[Incident],
             names: Mapping[str, str], types: Mapping[str, str] | None, places: Places | None,
             sentences: Mapping[str, Sequence[tuple[int, int]]] | None,
             aliases: Mapping[str, Sequence[str]] | None) -> Telling:
    """How the incident-level lines are read (:class:`Telling`): the analyses' time expressions and event
    mentions, and the sentence spans (the analyses' where ``sentences`` lacks them)."""
    telling = Telling.of(by_id, (t for an in analyses.values() for t in an.timexes),
                         {m.id: m for an in analyses.values() for m in an.events}, incidents)
    telling.names, telling.types, telling.places = names, types or {}, places
    telling.aliases = aliases or {}
    telling.sentences = {**{a: an.sentences for a, an in analyses.items()}, **(sentences or {})}
    return telling


def with_actions(item: TimelineItem, ev: Event, most: int = 4) -> TimelineItem:
    """An incident of several actions (``Event.chains``, fuse/chains.py) with them named after its label, each by
    its most told word, the most told action first: "Attack in Tarvin (actions: attack, arrested)"."""
    words = dict(zip(ev.mention_ids, (m.text.lower() for m in ev.mentions), strict=False))
    heads = [Counter(words[m] for m in chain if m in words).most_common(1) for chain in ev.chains]
    told = list(dict.fromkeys(h[0][0] for h in heads if h))[:most]
    return replace(item, label=f"{item.label} (actions: {', '.join(told)})") if len(told) > 1 else item


def page(items: Sequence[TimelineItem], offset: int = 0, limit: int = 50) -> TimelinePage:
    return TimelinePage(tuple(items[offset:offset + limit]), offset, limit, len(items))


# --------------------------------------------------------------------------- text


BACKGROUND_HEADING = "Background (recalled by the articles from well before they were written):"


def timeline_text(items: Sequence[TimelineItem], total: int | None = None, offset: int = 0) -> str:
    """Plain text for the CLI: the date in words, what happened, conflicts with their values, the outlets (and the
    title, when one article tells it)."""
    lines = []
    for n, i in enumerate(items):
        if i.background and (n == 0 or not items[n - 1].background):
            lines += ["", BACKGROUND_HEADING, ""] if n else [BACKGROUND_HEADING, ""]
        mark = "≈ " if i.dated and i.earliest != i.latest else "  "
        lines.append(f"{mark}{i.when}")
        lines.append(f"    {i.label}")
        for c in i.conflicts:
            lines.append(f"    sources disagree on {c}")
        outlets = list_words(i.outlets) or "unknown outlet"
        indep = f"; {count(i.independent_sources, 'independent source')}" if len(i.outlets) > 1 else ""
        # one article's line names it: "Sale (Valdoran News Agency)" alone could be any of a wire's thousand sales
        titles = {src.title for src in i.sources if src.title}
        title = f", “{next(iter(titles))}”" if len({src.article for src in i.sources}) == 1 and titles else ""
        lines.append(f"    ({outlets}{indep}{title})")
    if total is not None:
        shown = f"{offset + 1}–{offset + len(items)}" if items else "none"
        lines.append("")
        lines.append(f"Showing {shown} of {count(total, 'item')}; ≈ marks a date known only to a week, month or "
                     "season.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- picture

_CHAR = 6.8  # px per character of 12 px sans-serif: a generous average so estimated widths never fall short


def _fit(text: str, width: float) -> str:
    n = max(4, int(width / _CHAR))
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: days for spans up to a month, months up to ~3 years (at most 8), else years."""
    days = (hi - lo).days
    if days <= 31:
        step = max(1, days // 6 or 1)
        return [(lo + dt.timedelta(d), f"{(lo + dt.timedelta(d)).day} {(lo + dt.timedelta(d)).strftime('%b')}")
                for d in range(0, days + 1, step)]
    if days > 3 * 366:
        return [(dt.date(y, 1, 1), str(y)) for y in range(lo.year + (lo > dt.date(lo.year, 1, 1)), hi.year + 1)]
    months: list[tuple[dt.date, str]] = []
    d = dt.date(lo.year, lo.month, 1)
    while d <= hi:
        if d >= lo:
            months.append((d, d.strftime("%b %Y") if d.month == 1 or not months else d.strftime("%b")))
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    step = max(1, -(-len(months) // 8))
    return months[::step]


def timeline_svg(items: Sequence[TimelineItem], width: int = 1000, row: int = 22) -> str:
    """An SVG: one row per item, the date and label on the left (cut to fit, full text in a tooltip),
    intervals as bars and days as dots on a shared axis on the right; items with no stated date are
    listed below. Every string is escaped."""
    dated = [i for i in items if i.dated and not i.background]
    undated = [i for i in items if not i.dated]
    earlier = [i for i in items if i.dated and i.background]  # listed, not on the axis: it would squash the story
    label_w = int(width * 0.55)
    left, right = label_w + 10, width - 16
    height = row * (len(dated) + len(undated) + len(earlier) + (2 if undated else 0) + (2 if earlier else 0) + 2) \
        + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" font-family="sans-serif" font-size="12" role="img" '
           f'aria-label="timeline">']
    if dated:
        lo = min(dt.date.fromisoformat(i.earliest or "") for i in dated)
        hi = max(dt.date.fromisoformat(i.latest or "") for i in dated) + dt.timedelta(days=1)
        days = max((hi - lo).days, 1)

        def x(d: dt.date) -> float:
            return left + (right - left) * (d - lo).days / days

        for d, label in _ticks(lo, hi - dt.timedelta(days=1)):
            out.append(f'<line x1="{x(d):.1f}" y1="{row}" x2="{x(d):.1f}" y2="{row * (len(dated) + 1)}" '
                       f'stroke="#ddd"/><text x="{x(d):.1f}" y="{row - 8}" text-anchor="middle" fill="#555">'
                       f"{escape(label)}</text>")
        for n, i in enumerate(dated, start=1):
            out.append(_svg_row(i, row * n + row / 2, x, label_w))
    base = row * (len(dated) + 2)
    for title, rows in (("Date not stated", undated), ("Background", earlier)):
        if not rows:
            continue
        out.append(f'<text x="4" y="{base}" font-weight="bold">{title}</text>')
        for n, i in enumerate(rows, start=1):
            text = f"{i.when} — {i.label}"
            out.append(f'<text x="4" y="{base + row * n}"><title>{escape(text)}</title>'
                       f"{escape(_fit(text, width - 8))}</text>")
        base += row * (len(rows) + 2)
    out.append("</svg>")
    return "\n".join(out)


def _svg_row(i: TimelineItem, y: float, x: object, label_w: int) -> str:
    a = dt.date.fromisoformat(i.earliest or "")
    b = dt.date.fromisoformat(i.latest or "") + dt.timedelta(days=1)
    x0, x1 = x(a), x(b)  # type: ignore[operator]
    color = "#c0392b" if i.conflict else ("#6b8e23" if i.kind == "claim" else "#2c6fbb")
    full = f"{i.when} — {i.label}"
    if i.earliest == i.latest:
        mark = f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="5" fill="{color}"/>'
    else:
        mark = (f'<rect x="{x0:.1f}" y="{y - 5:.1f}" width="{max(x1 - x0, 3):.1f}" height="10" fill="{color}" '
                f'opacity="0.45" stroke="{color}" stroke-dasharray="3 2"/>')
    return (f'<g><title>{escape(full)}</title>{mark}'
            f'<text x="4" y="{y + 4:.1f}">{escape(_fit(full, label_w - 8))}</text></g>')


# --------------------------------------------------------------------------- from a store

ALL = 10_000_000  # the timeline is built over everything in range; pages are cut afterwards


def entity_names_of(store: Store, ids: Iterable[str | None]) -> dict[str, str]:
    """Names of the entities ``ids`` through the Store protocol (a store may offer a lighter query)."""
    light = getattr(store, "entity_names", None)
    wanted = sorted({i for i in ids if i})
    if callable(light):
        return dict(light(wanted))
    return {i: e.name for i in wanted if (e := store.entity(i)) is not None}


def timeline_from_store(store: Store, filters: TimelineFilter | None = None, *, detail: bool = False,
                        names_of: Callable[[list[str]], Mapping[str, str]] | None = None,
                        claims: bool = True) -> list[TimelineItem]:
    """The timeline of everything in ``store`` that passes ``filters`` (all of it; see :func:`page`);
    ``claims=False`` gives the incidents alone (the overview's picture, half the reading)."""
    f = filters or TimelineFilter()
    code = f.type if f.type and re.fullmatch(r"[A-Z_]+", f.type) else None  # words ("arrest") are matched below
    events = store.list_events(limit=ALL, start=_bound(f.start, first=True), end=_bound(f.end, first=False),
                               type=code)
    said = store.list_claims(limit=ALL) if claims else []
    ids = [x for e in events for x in (e.location, *(p.entity for p in e.participants))]
    ids += [x for c in said for x in (c.speaker, *c.targets)]
    names = dict(names_of(sorted({i for i in ids if i}))) if names_of else entity_names_of(store, ids)
    articles = {m.article for e in events for m in e.mentions} | {c.article for c in said}
    links = store.claim_links() if said else []
    types = _target_types(store, events) if not detail else {}
    places = None if detail else Places.of_store(store, {}, {})
    told = {m.article for e in events for m in e.mentions}
    sentences = None if detail else store.analysis_sentences(sorted(told))
    # the time expressions and event mentions of the articles that tell an event: which figures a toll counts,
    # where the mentions place an incident (as the briefing reads them, from every article it briefs)
    counting = None if detail else store.analyses(sorted(told), claims=False, mentions=False)  # (not read)
    return build_timeline(events, said, store.articles(sorted(articles)), names, detail=detail, filters=f,
                          families=store.source_families(), clusters=store.stories(), links=links, places=places,
                          entity_types=types, label_types=_label_types(store, events), sentences=sentences,
                          analyses=counting, aliases=None if detail else store.entity_aliases({i for i in ids if i}))


def _label_types(store: Store, events: Sequence[Event]) -> dict[str, str]:
    """Types of the places and parties a heading may name ("Talks in Lesk", not "Talks with <a town>"; a visit
    to the place it names), as the briefing knows them."""
    ids = sorted({x for e in events for x in (e.location, *(p.entity for p in e.participants)) if x})
    return store.entity_types(ids)


def _target_types(store: Store, events: Sequence[Event]) -> dict[str, str]:
    """Types of the named targets of violence (a person killed twice over is one killing)."""
    ids = sorted({p.entity for e in events if e.type in VIOLENT_TYPES for p in e.participants
                  if p.role == "target" and p.entity})
    return store.entity_types(ids)
