"""Incidents as a reader counts them: fused events with their leftover fragments and duplicates collapsed.

Fusion makes one event per incident where it can; what it leaves apart is
collapsed here, conservatively, for display only (the store keeps every event).
Two events are never one incident when their stated dates do not overlap or
their places cannot be one place (:class:`storyline.present.places.Places`:
the same place, one inside or near the other as the articles say). Within that:

- a *duplicate* has a compatible kind and a stated date overlapping the
  incident's ("bombing in Sarn, 4 March" and "bombing, week of 3 March"); the
  same place, or no place in the same story cluster;
- a *fragment* has no stated date (dated by its report, or not at all) and
  joins the latest incident of a compatible kind that began on or before its
  report (and before the bound its date gives), within :data:`FRAGMENT_DAYS`;
  in a compatible place, or with no place and no other participants in the
  same story cluster;
- a stated date that is only the day of the report ("March 23, 2024 4:26 PM"
  over the article) may also be a fragment of an incident a few days older,
  when it shares a casualty figure (not a round one) or a named participant;
- an attack on a named person is one incident: events that share a person as
  their target are one incident when their dates overlap, wherever each
  places it (the places are then one inside the other, at worst one wrong),
  unless they are in two different countries; one with no stated date joins
  such an incident up to :data:`VICTIM_DAYS` older, however old when one of
  them is a killing or has a death toll (a person dies once);
- a disaster's stated days may be :data:`DISASTER_DAYS` apart at compatible
  known places or in one story cluster (a storm and its floods unfold over days);
- one-sided violence and a clash ("shooting", "gun attack" read as a clash) on
  the same day at the same place are one incident; a killing with no named
  perpetrator at the place and date of a disaster or accident is its toll (with
  no place, when only articles telling the disaster tell it; and up to a year
  later, or as an "attack" with no perpetrator, when its death toll is the
  disaster's within a quarter); a killing told beside the disaster (a third of
  its mentions within a sentence's reach of the disaster's: "the quake that
  struck X killed 1,400, the ministry said") is its toll whoever was read as
  its actor, and a storm's name ("Storm Oran", an event) kills no one;
- a fire, collapse or other harm with no stated date and no place, told only by
  articles that tell a dated attack or disaster of the month before, is a part
  of that incident (the fire the attackers set, a headline's "storm");
- incidents no text dates, of one kind, first reported within a week of each
  other by a named party they share, are one development told twice.

An event with a casualty figure is realis whatever its modality says ("the
warnings of a possible attack" next to its 133 dead). Speech acts are shown
through the claims that state them, not as incidents; negated and
hypothetical events are not incidents at all. The lead of an incident is its
best-attested event (a stated date, most articles, a place), and the
incident takes its type, date and place.

Scale: events are looked up only among incidents of their kind whose date
lies in the weeks they can join (a week index per kind), so collapsing is
near-linear in the number of events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from storyline.analyze.events.ontology import MODE, TRIGGERS, ancestors, subtypes_compatible
from storyline.lexicons.calendar_words import WEEKDAYS
from storyline.model import Event, Quantity, TimeValue
from storyline.present.places import Places
from storyline.present.words import SPEECH_SUBTYPES, SPEECH_TYPES, VAGUE
from storyline.timevalues import value_interval

FRAGMENT_DAYS = 30  # a follow-up mentions an incident of the last month, not of last year
DISASTER_DAYS = 2  # a storm and its floods unfold over days: their stated days may differ by this much
WEAK_DAYS = 7  # a date that is only the report's day can belong to an incident at most this much older
WEEK_DAYS = 7  # a time this long or longer is no day a statement was made on
BACKGROUND_DAYS = 365  # recalled from more than a year before anyone reported it: background, not the story
VICTIM_DAYS = 365  # an undated report of an attack on a named person joins one at most this much older
WIDE_DAYS = 400  # incidents dated more loosely than this are looked up linearly (there are few)
UNBLOCKED_MAX = 100  # a disaster looks at every incident of its weeks while they are at most this many
NOT_INCIDENTS = frozenset({"negated", "hypothetical", "generic"})
IRREALIS = frozenset({"expected", "planned"})
HARM_TYPES = frozenset({"DISASTER", "ACCIDENT"})  # incidents that kill without a perpetrator
PART_HOSTS = HARM_TYPES | {"ASSAULT"}  # incidents an undated, unplaced fire or collapse may be a part of
TOLL_MIN = 10  # a toll this large or more identifies its incident (two dead could be anyone's)
BESIDE = 150  # characters: a killing told this close to a disaster's mention is told in its sentence
BESIDE_SHARE = 1 / 3  # of a killing's mentions told beside a disaster's: the reports tell it as its toll
TOLL_SLACK = 0.25  # two tolls within this share of each other are one count, reported at two moments
PERSON_TYPES = frozenset({"PERSON", "PER"})
_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)

Interval = tuple[dt.date, dt.date]
ANY = "\0*"  # the block of incidents with no story cluster and no place


@dataclass(frozen=True)
class Incident:
    """One incident: the lead event and every event collapsed into it (lead first)."""

    lead: Event
    events: tuple[Event, ...]
    articles: tuple[str, ...]  # every article telling it, in order of first mention
    stated: bool | None = None  # whether its date is stated, when collapsing knew better than the date alone
    time: TimeValue | None = None  # its date when a member other than the lead states it best

    @property
    def id(self) -> str:
        return self.lead.id

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.events)

    @property
    def date(self) -> TimeValue | None:
        return self.time or self.lead.date

    @property
    def date_stated(self) -> bool:
        return date_stated(self.lead.date) if self.stated is None else self.stated

    @property
    def merged(self) -> bool:
        """More than one fused event tells it (fusion's headline and revision marks are per event)."""
        return len(self.events) > 1

    @property
    def fatalities(self) -> Quantity | None:
        """Fusion's headline figure of the lead event (what the export shows); else, from the events collapsed
        into it, the latest figure reported, else the most informative."""
        return self._headline("killed", "fatalities")

    @property
    def injured(self) -> Quantity | None:
        return self._headline("injured", "injured")

    def _headline(self, kind: str, attr: str) -> Quantity | None:
        # The lead is the fused event the export presents: a fragment folded under it (a background sentence's
        # toll, a count of another incident) must not replace the headline fusion chose from all its reports.
        own: Quantity | None = getattr(self.lead, attr)
        if own is not None or not self.merged:
            return own or _most_informative(getattr(e, attr) for e in self.events)
        return latest_reported(self.events, kind) or _most_informative(getattr(e, attr) for e in self.events)


def date_stated(time: TimeValue | None) -> bool:
    """True when the text states the date (not when it was taken from the report's own date).

    A day whose weekday the text contradicts ("Monday, 18 October" read as a Tuesday: a typo for another
    month) is not a stated date either: unknown stays unknown.
    """
    basis = getattr(time, "basis", None)  # story@1 events[].date.basis, once fusion records it
    if not (time and time.value and time.source != "dct" and basis != "reported"):
        return False
    iv = value_interval(time.value)
    return iv is not None and not _weekday_contradicts(time.text, iv)


def trusted(time: TimeValue | None) -> TimeValue | None:
    """The time, unless its weekday contradicts its day (a typo: it bounds nothing either); else None."""
    iv = value_interval(time.value) if time and time.value else None
    return None if time is None or (iv and _weekday_contradicts(time.text, iv)) else time


def _weekday_contradicts(text: str | None, iv: Interval) -> bool:
    if not text or iv[0] != iv[1]:
        return False
    named = {WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY.finditer(text)}
    return len(named) == 1 and iv[0].weekday() not in named


def interval(time: TimeValue | None) -> Interval | None:
    if time is None or not time.value:
        return None
    if time.earliest and time.latest:
        try:
            return dt.date.fromisoformat(time.earliest[:10]), dt.date.fromisoformat(time.latest[:10])
        except ValueError:
            pass
    return value_interval(time.value)


def background(time: TimeValue | None, first_reported: str | None, stated: bool = True) -> bool:
    """Something the articles recall from well before they were written ("the 2004 Beslan siege", "a 1997-batch
    officer"): its stated date ends more than :data:`BACKGROUND_DAYS` before its first report; a date it is only
    known to precede ("on or before 4 May", from another date in its sentence) more than :data:`FRAGMENT_DAYS`
    before (the news is what happened since the last report, not what a sentence places months earlier)."""
    iv = interval(time)
    day = value_interval(first_reported) if first_reported else None
    limit = BACKGROUND_DAYS if stated else FRAGMENT_DAYS
    return bool(iv and day) and (day[0] - iv[1]).days > limit  # type: ignore[index]


def before_story(time: TimeValue | None, opening: str | None, stated: bool = True) -> bool:
    """Stated as over more than :data:`FRAGMENT_DAYS` before the first article of the briefed coverage ("he was
    expelled last year" in a story that opens in March): what the story starts from, not what it tells."""
    iv = interval(time) if stated else None
    day = value_interval(opening) if opening else None
    return bool(iv and day) and (day[0] - iv[1]).days > FRAGMENT_DAYS  # type: ignore[index]


def said_then(time: TimeValue | None, reported: str | None) -> bool:
    """Whether a statement's stated time dates the speech act itself: not when it ends more than
    :data:`FRAGMENT_DAYS` before the report ("X said on Monday that agents were linked to the killing in June":
    the month is the killing's), nor when it spans more than a week and ends before the report's day ("the
    owner says the hotel was cleared after the October quake", reported in November: the month is the quake's;
    a statement is news when it is reported, and nobody dates one to a month gone by). Such a statement is
    dated by its report."""
    if not date_stated(time):
        return False
    iv, day = interval(time), value_interval(reported) if reported else None
    if iv is None or day is None:
        return True
    return (day[0] - iv[1]).days <= FRAGMENT_DAYS and not ((iv[1] - iv[0]).days >= WEEK_DAYS and iv[1] < day[0])


def latest_reported(events: Iterable[Event], kind: str) -> Quantity | None:
    """The figure of ``kind`` most recently reported as current by any of the events (ties: the larger)."""
    best: tuple[str, int, Quantity] | None = None
    for ev in events:
        for r in getattr(ev, "reports", ()) or ():
            if r.kind != kind or r.status != "current" or not (r.min or r.max) or (r.qualifier or "") in VAGUE:
                continue  # "thousands" is a word for a number, not the latest count
            key = (r.published or "", r.max if r.max is not None else (r.min or 0))
            if best is None or key > best[:2]:
                best = (*key, Quantity(r.min, r.max, r.text, r.qualifier))
    return best[2] if best else None


def _most_informative(qs: Iterable[Quantity | None]) -> Quantity | None:
    best = None
    for q in qs:
        if q is not None and (best is None or (q.min or 0, q.max or 0) > (best.min or 0, best.max or 0)):
            best = q
    return best


def is_incident(ev: Event, speech: bool = False) -> bool:
    """Realis or planned happenings; speech acts only when asked for."""
    if ev.modality in NOT_INCIDENTS:
        return False
    return speech or (ev.type not in SPEECH_TYPES and ev.subtype not in SPEECH_SUBTYPES)


#: sub-types too general to name an incident over a specific one its lead has ("attack", "killing": a
#: grenade attack is also an attack that killed)
GENERIC_KINDS = frozenset({None, "attack", "killing"})
DOMINANT_SHARE = 0.5  # of the incident's typed mentions the dominant sub-type must have
TWO_SIDED = frozenset({"armed_clash"})  # kinds of violence that need both sides: a heading only most reports give
DOMINANT_RATIO = 3  # times the mentions of the lead's own sub-type
#: the (type, sub-type) pairs some head word tells by itself ("visit", "grenade"), unlike "suicide_bombing"
WORDED = frozenset((k.type, k.subtype) for k in TRIGGERS.values())


def _trigger_kind(text: str) -> tuple[str, str | None] | None:
    """(type, sub-type) the ontology gives a trigger's head word, from a guess at its lemma ("abducted",
    "kidnapped", "releasing")."""
    words = text.lower().split()
    if not words:
        return None
    w = words[-1]
    guesses = [w]
    for suffix, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[:-len(suffix)]
            guesses += [base + add] + ([base[:-1]] if not add and len(base) > 3 and base[-1] == base[-2] else [])
    kind = next((TRIGGERS[g] for g in guesses if g in TRIGGERS), None)
    return (kind.type, kind.subtype) if kind is not None else None


def dominant_subtype(inc: Incident) -> str | None:
    """The sub-type most of the incident's mentions tell, when they tell it far more than the lead's own (a
    school raid fusion typed a shooting whose 19 articles say "abducted" 75 times and "shot" 3): the heading's
    kind. A general sub-type ("attack", "killing", a violent protest's "protest") never replaces a specific one,
    and one above the lead's (talks above a visit) only where the lead's has a head word the mentions hardly use;
    but for a fight (:data:`TWO_SIDED`) fewer than half of the mentions tell, the kind most of them tell leads."""
    lead = inc.lead
    counts: dict[str | None, int] = {}
    for ev in inc.events:
        for m in ev.mentions:
            kind = _trigger_kind(m.text)
            if kind is not None and kind[0] == lead.type:
                counts[kind[1]] = counts.get(kind[1], 0) + 1
    if not counts:
        return lead.subtype
    best = max(counts, key=lambda k: counts[k])
    if lead.subtype in TWO_SIDED and counts.get(lead.subtype, 0) < DOMINANT_SHARE * sum(counts.values()):
        # a fight takes two sides: one the reports mostly call an attack or a killing ("gunmen opened fire",
        # "the guard was killed", with "fighting" once) is one-sided violence, headed as they tell it
        return max((k for k in counts if k != lead.subtype), key=lambda k: (counts[k], k or ""))
    # a sub-type above the lead's replaces it only where the lead's has head words of its own that the mentions
    # hardly use, and where most of all the mentions (words the lexicon does not type, "met", "came", included)
    # tell it: talks told 17 times of 29 head a "visit" one sentence gives, while a bombing never replaces a
    # suicide bombing (no head word tells one: "suicide bombing" reads as "bombing")
    above = best in ancestors(lead.type, lead.subtype) and (
        (lead.type, lead.subtype) not in WORDED or counts[best] * 2 <= sum(len(ev.mentions) for ev in inc.events))
    if best == lead.subtype or best in GENERIC_KINDS or above or \
            counts[best] < DOMINANT_SHARE * sum(counts.values()) or \
            counts[best] < DOMINANT_RATIO * counts.get(lead.subtype, 0):
        return lead.subtype
    return best


def _articles(ev: Event) -> list[str]:
    return list(dict.fromkeys(m.article for m in ev.mentions))


def _place(ev: Event) -> str | None:
    return ev.location or ((ev.location_text or "").casefold() or None)


# --------------------------------------------------------------------------- what is known of one event


@dataclass(eq=False)
class _Info:
    """An event with what collapsing compares, computed once."""

    ev: Event
    arts: list[str]
    stated: bool
    iv: Interval | None  # the stated interval
    weak: bool  # stated, but only as the day of its own report
    bound: dt.date | None  # no stated date: the last day it can have happened (report, or the bound its date gives)
    place: str | None
    clusters: set[str]
    realis_irrealis: bool  # planned or expected (and no casualty figure)
    parties: set[str]  # named participants (entities), places left out
    victims: set[str]  # named persons it was done to
    figures: set[tuple[str, int]]  # casualty figures that are not round numbers
    named: set[str] = field(default_factory=set)  # participants with a specific name (a person, "Tolvar Police")
    agents: bool = False  # an actor is named that can do harm (not a storm's name, a date)

    @property
    def kill(self) -> bool:
        return self.ev.subtype == "killing" or bool(self.ev.fatalities)


def _info(ev: Event, pub: Mapping[str, dt.date], cluster_of: Mapping[str, Iterable[str]] | None,
          types: Mapping[str, str], specific: frozenset[str] = frozenset()) -> _Info:
    arts = _articles(ev)
    stated = date_stated(ev.date)
    iv = interval(ev.date) if stated else None
    days = sorted(pub[a] for a in arts if a in pub)
    report = days[0] if days else None
    if iv and days and iv[0] > days[-1] and ev.modality not in IRREALIS:
        stated, iv = False, None  # it happened, yet after every report of it: a deadline read as its date
    bound = None
    if not stated:
        own = interval(trusted(ev.date))
        bound = min(x for x in (report, own[1] if own else None) if x is not None) if (report or own) else None
    clusters = {c for a in arts for c in (cluster_of or {}).get(a, ())}
    if not clusters and getattr(ev, "story", None):
        clusters = {ev.story}  # type: ignore[arg-type]
    place = _place(ev)
    parties = {p.entity for p in ev.participants if p.entity and p.entity != ev.location}
    victims = {p.entity for p in ev.participants if p.entity and p.role == "target"
               and types.get(p.entity, "").upper() in PERSON_TYPES}
    return _Info(ev, arts, stated, iv, bool(iv and iv[0] == iv[1] and report == iv[0]), bound, place, clusters,
                 ev.modality in IRREALIS and not (ev.fatalities or ev.injured), parties, victims, _figures(ev),
                 parties & specific, _agents(ev, types))


#: entity types that name no one who could kill: a storm's name ("Storm Daniel" read as the killer), a date
NOT_AGENTS = frozenset({"EVENT", "DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL", "MONEY"})


def _agents(ev: Event, types: Mapping[str, str]) -> bool:
    return any(p.role == "actor" and p.entity and (types.get(p.entity) or "").upper() not in NOT_AGENTS
               for p in ev.participants)


def _figures(ev: Event) -> set[tuple[str, int]]:
    """Casualty figures precise enough to identify an incident (133 killed, not 'over 100')."""
    out = set()
    for kind, q in (("killed", ev.fatalities), ("injured", ev.injured)):
        if q is not None and q.min and q.min % 10:
            out.add((kind, q.min))
    for r in getattr(ev, "reports", ()) or ():
        if r.min and r.min % 10 and r.kind in ("killed", "injured"):
            out.add((r.kind, r.min))
    return out


def _strength(i: _Info) -> tuple[int, int, int, str, str]:
    width = (i.iv[1] - i.iv[0]).days if i.iv else 0
    return (0 if i.stated else 1, -len(i.arts), 0 if i.place else 1, f"{width:06d}", i.ev.id)


# --------------------------------------------------------------------------- incidents being built


@dataclass(eq=False)
class _Group:
    lead: _Info
    members: list[_Info]
    clusters: set[str]
    places: set[str]
    parties: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    figures: set[tuple[str, int]] = field(default_factory=set)
    subtypes: set[str | None] = field(default_factory=set)

    @property
    def blocks(self) -> set[str]:
        """Its story clusters and places; with no cluster, the block every event looks into."""
        return {*self.clusters, *(_at(p) for p in self.places), *([] if self.clusters else [ANY])}

    def add(self, i: _Info) -> None:
        self.members.append(i)
        self.subtypes.add(i.ev.subtype)
        self.clusters |= i.clusters
        if i.place:
            self.places.add(i.place)
        self.parties |= i.parties
        self.victims |= i.victims
        self.figures |= i.figures

    @property
    def host(self) -> Interval | None:
        return self.lead.iv

    @property
    def arts(self) -> list[str]:
        return [a for m in self.members for a in m.arts]


def _group(i: _Info) -> _Group:
    g = _Group(i, [], set(), set())
    g.add(i)
    return g


class _Index:
    """Incidents by kind, by the weeks their date covers and by block (a story cluster, a place), so an event
    meets only those it can join: what shares none of its clusters and none of its place is never compared."""

    def __init__(self) -> None:
        self.weeks: dict[tuple[str, int], list[_Group]] = {}  # every dated incident, for events with no cluster
        self.blocks: dict[tuple[str, int, str], list[_Group]] = {}
        self.wide: dict[str, list[_Group]] = {}
        self.victims: dict[tuple[str, str], list[_Group]] = {}  # (kind, person) -> incidents done to them
        self.named: dict[tuple[str, str], list[_Group]] = {}  # (kind, specific party) -> incidents it takes part in
        self.filed: dict[int, set[str]] = {}  # id of a group -> the blocks it is filed under here

    def note_victims(self, g: _Group, victims: Iterable[str]) -> None:
        self._note(self.victims, g, victims)

    def note_named(self, g: _Group, named: Iterable[str]) -> None:
        self._note(self.named, g, named)

    @staticmethod
    def _note(index: dict[tuple[str, str], list[_Group]], g: _Group, keys: Iterable[str]) -> None:
        """File a hosted incident under (its kind, each key), once."""
        if g.host is not None:
            for k in keys:
                found = index.setdefault((g.lead.ev.type, k), [])
                if g not in found:
                    found.append(g)

    def add(self, g: _Group) -> None:
        host = g.host
        if host is None:
            return  # an incident without a stated date hosts nothing
        self.note_victims(g, g.victims)
        self.note_named(g, g.lead.named)
        if (host[1] - host[0]).days > WIDE_DAYS:
            self.wide.setdefault(g.lead.ev.type, []).append(g)
            return
        for w in range(_week(host[0]), _week(host[1]) + 1):
            self.weeks.setdefault((g.lead.ev.type, w), []).append(g)
        self.grow(g)

    def grow(self, g: _Group) -> None:
        """File ``g`` under the blocks it gained (a member brought a cluster or a place)."""
        host = g.host
        if host is None or (host[1] - host[0]).days > WIDE_DAYS:
            return
        filed = self.filed.setdefault(id(g), set())  # per index: a group is filed in the main index and the harm one
        new = g.blocks - filed
        filed |= new
        for b in new:
            for w in range(_week(host[0]), _week(host[1]) + 1):
                self.blocks.setdefault((g.lead.ev.type, w, b), []).append(g)

    def count(self, type_: str, lo: dt.date, hi: dt.date) -> int:
        """How many incidents of ``type_`` its weeks from ``lo`` to ``hi`` hold (with repeats)."""
        return sum(len(self.weeks.get((type_, w), ())) for w in range(_week(lo), _week(hi) + 1))

    def near(self, type_: str, lo: dt.date, hi: dt.date, blocks: set[str] | None = None) -> Iterator[_Group]:
        """Incidents of ``type_`` whose date overlaps [lo, hi] (and a few more of the same weeks), each once;
        with ``blocks``, only those filed under one of them."""
        seen: set[int] = set()
        for w in range(_week(lo), _week(hi) + 1):
            lists = [self.weeks.get((type_, w), ())] if blocks is None else \
                [self.blocks.get((type_, w, b), ()) for b in blocks]
            for found in lists:
                for g in found:
                    if id(g) not in seen:
                        seen.add(id(g))
                        yield g
        yield from self.wide.get(type_, ())


def _at(place: str) -> str:
    return "\0" + place  # a place's block, apart from cluster ids


def _blocks(i: _Info) -> set[str] | None:
    """The blocks an event looks into (None: all, when it has no story cluster)."""
    if not i.clusters:
        return None
    return {*i.clusters, ANY, *([_at(i.place)] if i.place else [])}


def _week(d: dt.date) -> int:
    return d.toordinal() // 7


# --------------------------------------------------------------------------- can it join?


class _Judge:
    """The rules of the module docstring, for one event and one incident."""

    def __init__(self, places: Places | None) -> None:
        self.places = places

    def place_ok(self, g: _Group, i: _Info) -> bool:
        if not i.place or not g.places:
            return True
        return all(self._compatible(p, i.place, g, i) for p in g.places)

    def _compatible(self, a: str, b: str, g: _Group, i: _Info) -> bool:
        if a == b:
            return True
        if self.places is None:
            return False
        return self.places.compatible(a, b, [*g.lead.arts, *i.arts])

    def two_countries(self, g: _Group, i: _Info) -> bool:
        if self.places is None or not i.place:
            return False
        return i.place not in g.places and self.places.is_country(i.place) and \
            any(self.places.is_country(p) for p in g.places)

    def kind_ok(self, g: _Group, i: _Info, same_day_place: bool, announced: bool = False) -> bool:
        """The same type and realis-ness (``announced``: what was expected on the very day it happened, by
        the same party, is that event), and a sub-type compatible with one of the incident's."""
        a, b = g.lead.ev, i.ev
        if a.type != b.type or (g.lead.realis_irrealis != i.realis_irrealis and not announced):
            return False
        if any(subtypes_compatible(a.type, sub, b.subtype) for sub in g.subtypes):
            return True
        # a shooting and a gun attack read as a clash, on the same day at the same place: one incident
        modes = {MODE.get(sub or "") for sub in g.subtypes} | {MODE.get(b.subtype or "")}
        return same_day_place and a.type == "ASSAULT" and modes <= {"one-sided", "clash"}

    def score(self, g: _Group, i: _Info) -> tuple[int, int, int] | None:
        """How well ``i`` joins ``g`` (None: it cannot)."""
        host = g.host
        if host is None:
            return None
        victim = bool(i.victims & g.victims) and not self.two_countries(g, i)  # done to one named person
        killed = i.kill or g.lead.kill
        if i.stated and i.iv is not None:
            mine = i.iv
            slack = dt.timedelta(days=DISASTER_DAYS if _unfolds(g, i) else 0)
            if mine[0] > host[1] + slack or host[0] > mine[1] + slack:
                return self._weak(g, i) if i.weak else None
            one_day = mine[0] == mine[1] == host[0] == host[1]
            same = i.place is not None and i.place in g.places and one_day
            if not self.kind_ok(g, i, same, announced=one_day and bool(i.parties & g.parties)):
                return None
            if victim:
                return (3, len(g.members), 0)
            if not self._where_ok(g, i):
                return None
            return (2 if i.place else 1, len(g.members), 0)
        if i.bound is None:
            return None
        gap = (i.bound - host[0]).days
        same = i.place is not None and i.place in g.places and host[0] == host[1] and 0 <= gap <= 1
        if not self.kind_ok(g, i, same):
            return None
        if gap < 0:
            return None  # it happened before the incident began
        if victim and (killed or gap <= VICTIM_DAYS):  # a person dies once; is seldom shot twice in a year
            return (3, -gap, len(g.members))
        if gap > FRAGMENT_DAYS or not (self._where_ok(g, i) or self._named_ok(g, i)):
            return None
        if i.place is None and i.parties and g.parties and not i.parties & g.parties:
            return None  # other participants, no place: another incident
        return (1 if i.place else 0, -gap, len(g.members))

    @staticmethod
    def _named_ok(g: _Group, i: _Info) -> bool:
        """No place on one side, another story cluster, but a specific party in common ("Police have so far
        arrested nine" by the Tolvar Police, in a report about the inquiry): a follow-up of that incident."""
        return not (i.place and g.places) and bool(i.named & g.parties)

    def _where_ok(self, g: _Group, i: _Info) -> bool:
        """A compatible place; without a place on either side, the same story cluster."""
        if i.place and g.places:
            return self.place_ok(g, i)
        return not (i.clusters and g.clusters) or bool(i.clusters & g.clusters)

    def _weak(self, g: _Group, i: _Info, evidence: _Group | None = None) -> tuple[int, int, int] | None:
        """A date that is only the report's day, a few days after the incident: one incident with evidence
        (a casualty figure or a named participant in common; ``evidence`` is the incident ``i`` leads)."""
        if i.iv is None or g.host is None:
            return None
        gap = (i.iv[0] - g.host[0]).days
        if not 0 < gap <= WEAK_DAYS or not self.kind_ok(g, i, False) or not (i.place and g.places):
            return None
        if not self.place_ok(g, i):
            return None
        figures, parties = (evidence.figures, evidence.parties) if evidence else (i.figures, i.parties)
        if figures & g.figures or parties & g.parties:
            return (1, -gap, len(g.members))
        return None


# --------------------------------------------------------------------------- the entry point


def collapse(events: Sequence[Event], published: Mapping[str, str | None],
             cluster_of: Mapping[str, Iterable[str]] | None = None, speech: bool = False, *,
             places: Places | None = None, entity_types: Mapping[str, str] | None = None,
             entity_names: Mapping[str, str] | None = None) -> list[Incident]:
    """Group ``events`` into incidents (see the module doc); ``published`` maps article id -> ISO date.

    ``cluster_of`` maps article id -> story clusters (else each event's own ``story``), ``places`` compares
    two places (else only the same place is one place), ``entity_types`` entity id -> type (the victim rule),
    ``entity_names`` entity id -> name (a fragment in another story cluster joins by a specific party).
    """
    pub = {a: d for a, v in published.items() if v and (d := _first_day(v))}
    specific = _specific(entity_names or {}, entity_types or {})
    infos = sorted((_info(e, pub, cluster_of, entity_types or {}, specific) for e in events
                    if is_incident(e, speech)), key=_strength)
    judge = _Judge(places)
    index = _Index()
    groups: list[_Group] = []
    for i in infos:
        best = None
        for g in _candidates(index, i):
            s = judge.score(g, i)
            if s is not None and (best is None or s > best[0]):
                best = (s, g)
        if best is not None:
            best[1].add(i)
            index.grow(best[1])
            index.note_victims(best[1], i.victims)
            index.note_named(best[1], i.named)
        else:
            groups.append(_group(i))
            index.add(groups[-1])
    groups = _weak_pass(groups, index, judge)
    groups = _harm_pass(groups, judge)
    groups = _part_pass(groups)
    groups = _undated_pass(groups, judge)
    out = []
    for g in map(_happened_first, groups):
        arts = tuple(dict.fromkeys(g.arts))
        dated = _best_dated(g)
        time = dated.ev.date if dated is not None and dated is not g.lead else None
        out.append(Incident(g.lead.ev, tuple(m.ev for m in g.members), arts, g.lead.stated or dated is not None,
                            time))
    return out


def _happened_first(g: _Group) -> _Group:
    """The incident led by what happened: an expected visit joined by the report that it took place on that
    day ("will travel to Sarn on Tuesday", then "received her in Sarn on Tuesday") is headed as the visit, not
    as "Expected visit" - the lead is the happened event of the lead's type with a stated date, when there is
    one. When neither states a date, an undated report that it took place, no earlier than the report that it was
    to ("will appoint her", then "she has been appointed" two days later), heads it as well: both headings would
    read "date not stated", and only one of them says what the section's sentences say."""
    if not g.lead.realis_irrealis:
        return g
    done = next((m for m in g.members if m.ev.modality == "asserted" and m.stated and m.ev.type == g.lead.ev.type),
                None)
    if done is None and not g.lead.stated:
        done = next((m for m in g.members if m.ev.modality == "asserted" and not m.stated
                     and m.ev.type == g.lead.ev.type and m.bound is not None and g.lead.bound is not None
                     and m.bound >= g.lead.bound), None)
    if done is None:
        return g
    g.lead = done
    g.members = [done, *(m for m in g.members if m is not done)]
    return g


def _specific(names: Mapping[str, str], types: Mapping[str, str]) -> frozenset[str]:
    """Entities whose name picks out one party: a person, or a name of two words or more ("Tolvar Police"); a
    bare "Police" or "Army" could be anyone's."""
    return frozenset(e for e, n in names.items()
                     if (types.get(e) or "").upper() in PERSON_TYPES or len(n.split()) >= 2)


def _best_dated(g: _Group) -> _Info | None:
    """The member that states the incident's date best: the most confident reading, then the earliest day (the
    lead tells it most often, but "on Sunday" in a report of the revised toll is not the day of the crash
    another member reads as "Friday evening"), then the finest date inside that one ("Friday" in "last week")."""
    dated = [m for m in g.members if m.stated and m.iv is not None]
    if not dated:
        return None
    best = max(dated, key=_date_rank)
    # a finer date inside it, as sure, tells the same day better ("last week" and "on Friday" of that week)
    inside = [m for m in dated if m.iv is not None and best.iv is not None and best.iv[0] <= m.iv[0]
              and m.iv[1] <= best.iv[1] and m.iv != best.iv and _date_rank(m)[0] >= _date_rank(best)[0]]
    return min(inside, key=lambda m: (m.iv[1] - m.iv[0], m.iv[0]) if m.iv else (0, 0)) if inside else best


def _date_rank(m: _Info) -> tuple[float, int]:
    confidence = m.ev.date.confidence if m.ev.date is not None else 0.0
    return (confidence or 0.0, -m.iv[0].toordinal() if m.iv is not None else 0)


def _unfolds(g: _Group, i: _Info) -> bool:
    """A disaster at a known place, or in the same story cluster: its days may be a little apart (where it
    happened is then checked as for any event)."""
    return i.ev.type == g.lead.ev.type == "DISASTER" and \
        ((i.place is not None and bool(g.places)) or bool(i.clusters & g.clusters))


def _candidates(index: _Index, i: _Info) -> Iterator[_Group]:
    t = i.ev.type
    if i.victims:
        yield from _victim_hosts(index, t, i)
    if i.stated and i.iv is not None:
        lo = i.iv[0] - dt.timedelta(days=max(WEAK_DAYS if i.weak else 0, DISASTER_DAYS if t == "DISASTER" else 0))
        hi = i.iv[1] + dt.timedelta(days=DISASTER_DAYS if t == "DISASTER" else 0)
        # disasters are wide and named by any place they struck ("Kereth", "eastern Valdora"): all of their weeks
        # are looked into while those hold few
        wide = t == "DISASTER" and index.count(t, lo, hi) <= UNBLOCKED_MAX
        yield from index.near(t, lo, hi, None if wide else _blocks(i))
    elif i.bound is not None:
        far = i.bound - dt.timedelta(days=FRAGMENT_DAYS)
        yield from index.near(t, far, i.bound, _blocks(i))
        for n in sorted(i.named):  # a follow-up told in another story cluster, by a party they share
            yield from (g for g in index.named.get((t, n), ()) if g.host is not None and far <= g.host[0] <= i.bound)


def _victim_hosts(index: _Index, type_: str, i: _Info) -> Iterator[_Group]:
    """Incidents done to the same person, however old (a person dies once)."""
    for v in sorted(i.victims):
        yield from index.victims.get((type_, v), ())


def _weak_pass(groups: list[_Group], index: _Index, judge: _Judge) -> list[_Group]:
    """Incidents dated only by their report's day that came first: they join an older one found later."""
    merged: set[int] = set()
    for g in sorted((g for g in groups if g.lead.weak), key=lambda g: g.host or ()):
        assert g.host is not None
        lo = g.host[0] - dt.timedelta(days=WEAK_DAYS)
        near = index.near(g.lead.ev.type, lo, g.host[0], g.blocks | {ANY})
        scored = [(s, h) for h in near if h is not g and id(h) not in merged
                  and (s := judge._weak(h, g.lead, g)) is not None]
        if scored:
            host = max(scored, key=lambda sh: sh[0])[1]
            for m in g.members:
                host.add(m)
            index.grow(host)
            merged.add(id(g))
    return [g for g in groups if id(g) not in merged]


def _harm_pass(groups: list[_Group], judge: _Judge) -> list[_Group]:
    """A killing with no named perpetrator where and when a disaster or accident happened is its toll."""
    index = _Index()
    for g in groups:
        if g.lead.ev.type in HARM_TYPES and g.places:
            index.add(g)
    if not index.weeks and not index.wide:
        return groups
    return _fold(groups, lambda g: _harm_host(index, judge, g, _bare_harm(g)) if _harm(g) else None)


def _harm(g: _Group) -> bool:
    """A killing, or any assault that comes with a death toll ("stepped up the attack … after 178+ deaths" read
    as an attack killing 178)."""
    ev = g.lead.ev
    return ev.type == "ASSAULT" and (ev.subtype == "killing" or _toll(g) is not None)


def _bare_harm(g: _Group) -> bool:
    """Violence with nobody named as doing it."""
    return not any(m.agents for m in g.members)


def _told_beside(g: _Group, host: _Group) -> bool:
    """A third of the killing's mentions sit within :data:`BESIDE` characters of a mention of the disaster in the
    same article: "the earthquake that struck the east late on Sunday killed 1,400" is the quake's toll,
    whatever the analysis took for the killer (the place struck, a dateline, the ministry that counted)."""
    near: dict[str, list[int]] = {}
    for m in host.members:
        for s in m.ev.mentions:
            if s.field is None:  # a headline's offsets are no distance in the text
                near.setdefault(s.article, []).append(s.start)
    spans = [s for m in g.members for s in m.ev.mentions if s.field is None]
    beside = sum(any(abs(s.start - x) <= BESIDE for x in near.get(s.article, ())) for s in spans)
    return bool(spans) and beside >= BESIDE_SHARE * len(spans)


def _toll(g: _Group) -> int | None:
    """The group's death toll as one number (its lower bound), when it gives one."""
    qs = [q for m in g.members if (q := m.ev.fatalities) is not None and (q.qualifier or "") not in VAGUE]
    return max((q.min if q.min is not None else q.max or 0 for q in qs), default=None) or None


def _same_toll(g: _Group, host: _Group) -> bool:
    """The killing's toll is the host's headline toll within a quarter (197 and 183; not 2 and 183): a count of
    the dead identifies the incident they died in."""
    own = host.lead.ev.fatalities
    n, h = _toll(g), (own.min if own and own.min is not None else own.max if own else None) or _toll(host)
    return n is not None and h is not None and n >= TOLL_MIN and abs(n - h) <= TOLL_SLACK * h


def _harm_host(index: _Index, judge: _Judge, g: _Group, bare: bool = True) -> _Group | None:
    """The disaster or accident the killing is the toll of: its date overlaps the killing's (or began within a
    month before its report); at a compatible place, or, with no place, told only by articles that tell it.
    Its own toll within a quarter of the disaster's is evidence enough for a report up to a year later ("the
    crash last month that killed more than 196") and for an assault that is not a killing."""
    if g.host is not None:
        lo, hi = g.host
    elif g.lead.bound is not None:
        lo, hi = g.lead.bound - dt.timedelta(days=BACKGROUND_DAYS), g.lead.bound
    else:
        return None
    near = g.lead.bound - dt.timedelta(days=FRAGMENT_DAYS) if g.host is None and g.lead.bound else lo
    arts = set(g.arts)
    for t in sorted(HARM_TYPES):
        # filed by its lead's day, which may be a few days after the day its best-dated member states
        for h in index.near(t, lo, hi + dt.timedelta(days=WEAK_DAYS), g.blocks | {ANY}):
            dated = _best_dated(h)
            hv = dated.iv if dated is not None else h.host
            slack = dt.timedelta(days=DISASTER_DAYS if t == "DISASTER" else 0)  # its days may differ a little
            if hv is None or hv[0] > hi + slack or (g.host is not None and hv[1] + slack < lo):
                continue
            same = _same_toll(g, h)
            if not same and (g.lead.ev.subtype != "killing" or hv[1] < near):
                continue
            beside = _told_beside(g, h)
            if not bare and not beside:
                continue  # someone named did it, and the reports do not tell it as the disaster's toll
            if g.lead.place is not None:
                if judge.place_ok(h, g.lead):
                    return h
            elif arts <= set(h.arts) or (same and bool(g.clusters & h.clusters)) or beside:
                return h
    return None


def _undated_pass(groups: list[_Group], judge: _Judge) -> list[_Group]:
    """Incidents no text dates, of one kind, first reported within :data:`WEAK_DAYS` of each other at a
    compatible place (with no place, in one story cluster) by a named party they share, are one development
    told twice ("UN agencies sent aid" and "the UN's aid reached the valley"): with no stated date, nothing
    hosts either, and each would head a section of its own."""
    by_party: dict[tuple[str, str], list[_Group]] = {}  # (kind, named party) -> undated incidents, oldest first
    merged: set[int] = set()
    undated = [g for g in groups if g.host is None and g.lead.bound is not None]
    for g in sorted(undated, key=lambda g: (g.lead.bound, -len(set(g.arts)), g.lead.ev.id)):
        near = {id(h): h for p in sorted(g.lead.parties)
                for h in by_party.get((g.lead.ev.type, p), [])[-RETOLD_LOOKBACK:]}
        host = next((h for h in near.values() if _retold(judge, h, g.lead)), None)
        if host is None:
            host = g
        else:
            for m in g.members:
                host.add(m)
            merged.add(id(g))
        for p in g.lead.parties:
            found = by_party.setdefault((g.lead.ev.type, p), [])
            if host not in found:
                found.append(host)
    return [g for g in groups if id(g) not in merged]


RETOLD_LOOKBACK = 50  # undated incidents of a party's kind compared with each (the most recent: a week's worth)


def _retold(judge: _Judge, h: _Group, i: _Info) -> bool:
    assert h.lead.bound is not None and i.bound is not None
    # what was announced ("will appoint Ilse Varga"), then reported done ("Ilse Varga has been named"), neither
    # dated, to the same specific party, no earlier: the announced event took place (:func:`_happened_first`)
    announced = h.lead.realis_irrealis and not i.realis_irrealis and bool(i.named & h.parties)
    if not 0 <= (i.bound - h.lead.bound).days <= WEAK_DAYS or not judge.kind_ok(h, i, False, announced=announced):
        return False
    if not i.parties & h.parties:
        return False  # nobody in common: "released" and "released" may be two releases by two parties
    if i.place and h.places:
        return judge.place_ok(h, i)
    return bool(i.clusters & h.clusters)


def _part_pass(groups: list[_Group]) -> list[_Group]:
    """A disaster or accident with no stated date and no place, told only by articles that tell a dated violent
    incident or disaster of the month before their report, is a part of it: the fire the gunmen set, the roof
    that collapsed, a headline's "storm" of a building. Such a harm on its own would have a place or a day."""
    hosts: dict[str, list[_Group]] = {}  # article -> the dated attacks and disasters it tells
    for g in groups:
        if g.host is not None and g.lead.ev.type in PART_HOSTS:
            for a in dict.fromkeys(g.arts):
                hosts.setdefault(a, []).append(g)
    return _fold(groups, lambda g: _part_host(hosts.get(g.arts[0], []), g) if _bare_part(g) and g.arts else None)


def _fold(groups: Sequence[_Group], host_of: Callable[[_Group], _Group | None]) -> list[_Group]:
    """The groups that keep a section of their own, in order; each other group's members go to its host."""
    out = []
    for g in groups:
        host = host_of(g)
        if host is None:
            out.append(g)
            continue
        for m in g.members:
            host.add(m)
    return out


def _bare_part(g: _Group) -> bool:
    return g.lead.ev.type in HARM_TYPES and g.host is None and not g.places and \
        all(not m.stated and m.place is None for m in g.members)


def _part_host(hosts: Sequence[_Group], g: _Group) -> _Group | None:
    """The incident every article of ``g`` tells, begun within :data:`FRAGMENT_DAYS` before ``g``'s bound (the
    one most articles tell, when several)."""
    arts = set(g.arts)
    bound = g.lead.bound
    fits = [h for h in hosts if h is not g and arts <= set(h.arts) and h.host is not None and (
        bound is None or h.host[0] <= bound <= h.host[1] + dt.timedelta(days=FRAGMENT_DAYS))]
    return max(fits, key=lambda h: (len(set(h.arts)), h.lead.ev.id), default=None)


def _first_day(value: str) -> dt.date | None:
    iv = value_interval(value)
    return iv[0] if iv else None


# --------------------------------------------------------------------------- one incident told as several

RESULT_KINDS = frozenset({"attack", "killing"})  # what happened to people, not how: a disaster's deaths read so
HARM_RESULTS = frozenset({None, "man_made"})  # harm that says no cause: an attack's debris, its fire
RETOLD_SLACK = 1  # days: a night's incident is dated to either day ("late Tuesday", "early Wednesday")


def fold_retold(incidents: Sequence[Incident], published: Mapping[str, str | None],
                cluster_of: Mapping[str, Iterable[str]] | None, independent: Mapping[str, int], *,
                places: Places | None = None) -> list[Incident]:
    """Incidents that are one *major* incident told again, folded into it, for the briefing's sections.

    Collapsing is cautious: what it leaves apart are often pieces of the incident a story is about, each
    read with another sub-type, place or date ("a shooting in <the group's home country>", "an armed clash at
    the hall", "the killing" beside "the stampede"). A major incident is one reported by two or more
    independent sources (``independent``: incident id -> their number); a minor one with no more sources, in
    a story cluster they share, is one of its tellings when its date fits (its stated date overlaps the
    major's, a night's slack either side; dated only by its report, it was reported within :data:`WEAK_DAYS`
    after the major began) and the reports identify it:

    - its death toll is the major's, or one of the major's reported figures, within a quarter (ten dead or
      more: a count of the dead identifies the incident they died in; then a report up to
      :data:`BACKGROUND_DAYS` later, of any kind of harm - a crash read as a killing - at any place but
      another country fits), or
    - every article telling it tells the major one, it is of the same type with a compatible sub-type (or it
      tells only what happened to people, "the quake struck/killed", beside a disaster or accident; or harm
      with no cause and no toll, "debris fell on the grounds", beside an attack), and its place is the
      major's, one inside or near it, or unknown on one side.

    Distinct incidents stay apart: another country, a stated date apart, another mode of violence (a shelling
    beside a shooting), an incident some article tells without the major one and with no shared toll.
    """
    # the last day each article can have been published ("April 2016" over an undated article: by 30 April)
    pub = {a: iv[1] for a, v in published.items() if v and (iv := value_interval(v))}
    order = sorted(incidents, key=lambda i: (-independent.get(i.id, 0), -(_toll_of(i) or 0), i.id))
    clusters = cluster_of or {}
    majors: dict[str, list[Incident]] = {}  # story cluster (ANY: none known) -> its major incidents, in order
    rank: dict[str, int] = {}
    taken: dict[str, list[Incident]] = {}  # major id -> the incidents folded into it
    for inc in order:
        blocks = {c for a in inc.articles for c in clusters.get(a, ())} or {ANY}
        near = sorted({m.id: m for b in (*blocks, ANY) for m in majors.get(b, ())}.values(), key=lambda m: rank[m.id])
        host = next((m for m in near if independent.get(m.id, 0) >= independent.get(inc.id, 0)
                     and _retells(m, inc, pub, cluster_of, places)), None)
        if host is not None:
            taken.setdefault(host.id, []).append(inc)
        elif independent.get(inc.id, 0) >= 2:
            rank[inc.id] = len(rank)
            for b in blocks:
                majors.setdefault(b, []).append(inc)
    folded = {i.id for found in taken.values() for i in found}
    out = []
    for inc in incidents:
        if inc.id in folded:
            continue
        more = taken.get(inc.id, [])
        if more:
            dated = _stated_for(inc, more, pub)
            inc = replace(inc, events=(*inc.events, *(e for i in more for e in i.events)),
                          articles=tuple(dict.fromkeys((*inc.articles, *(a for i in more for a in i.articles)))))
            if dated is not None:
                inc = replace(inc, stated=True, time=dated.date)
        out.append(inc)
    return out


def _stated_for(major: Incident, folded: Sequence[Incident], pub: Mapping[str, dt.date]) -> Incident | None:
    """A major incident no text dates takes the stated date of one of its tellings ("last night", read on the
    telling that said the attack was tried), the narrowest, when it ends by the major's first report."""
    if major.date_stated:
        return None
    own, _ = _days(major, pub)
    found = [(iv, i) for i in folded if i.date_stated and (iv := interval(i.date)) is not None
             and (own is None or iv[1] <= own[1])]
    return min(found, key=lambda f: ((f[0][1] - f[0][0]).days, f[0][0]))[1] if found else None


def _toll_of(inc: Incident) -> int | None:
    q = inc.fatalities
    if q is None or (q.qualifier or "") in VAGUE:
        return None
    return q.min if q.min is not None else q.max


def _killed_figures(inc: Incident) -> set[int]:
    """Every death toll its events report (headlines and each report), not the words for numbers."""
    out = set()
    for ev in inc.events:
        q = ev.fatalities
        if q is not None and (q.qualifier or "") not in VAGUE and (n := q.min if q.min is not None else q.max):
            out.add(n)
        for r in getattr(ev, "reports", ()) or ():
            if r.kind == "killed" and (r.qualifier or "") not in VAGUE and (n := r.min if r.min is not None else r.max):
                out.add(n)
    if (own := _toll_of(inc)) is not None:
        out.add(own)
    return out


def _same_count(n: int | None, figures: Iterable[int]) -> bool:
    return n is not None and n >= TOLL_MIN and any(f >= TOLL_MIN and abs(n - f) <= TOLL_SLACK * max(n, f)
                                                   for f in figures)


def _days(inc: Incident, pub: Mapping[str, dt.date]) -> tuple[Interval | None, bool]:
    """The incident's days: its stated interval (True), else the days it can have happened in (False): up to its
    first report, or within the coarse date it was given ("April 2016" over an undated article)."""
    if inc.date_stated:
        return interval(inc.date), True
    own = interval(trusted(inc.date))
    bound = min([*(pub[a] for a in inc.articles if a in pub), *([own[1]] if own else [])], default=None)
    if bound is None:
        return None, False
    return ((own[0] if own and own[0] <= bound else bound), bound), False


def _retells(major: Incident, inc: Incident, pub: Mapping[str, dt.date],
             cluster_of: Mapping[str, Iterable[str]] | None, places: Places | None) -> bool:
    a, b = major.lead, inc.lead
    clusters = cluster_of or {}
    mine = {c for x in inc.articles for c in clusters.get(x, ())}
    theirs = {c for x in major.articles for c in clusters.get(x, ())}
    if mine and theirs and not mine & theirs:
        return False
    toll = a.type in PART_HOSTS and b.type in PART_HOSTS and _same_count(_toll_of(inc), _killed_figures(major))
    if not toll and not set(inc.articles) <= set(major.articles):
        return False  # no count in common, and some article tells it without the major one
    same_kind = (a.type == b.type and any(subtypes_compatible(a.type, x.subtype, y.subtype)
                                          for x in major.events for y in inc.events if x.type == y.type == a.type)) \
        or (a.type in HARM_TYPES and b.type == "ASSAULT" and b.subtype in RESULT_KINDS) \
        or (a.type == "ASSAULT" and b.type in HARM_TYPES and b.subtype in HARM_RESULTS and _toll_of(inc) is None)
    retold = same_kind and set(inc.articles) <= set(major.articles)
    if not (toll or retold):
        return False
    host, host_stated = _days(major, pub)
    days, stated = _days(inc, pub)
    if host is None or days is None:
        return False
    slack = dt.timedelta(days=DISASTER_DAYS if a.type == b.type == "DISASTER" else
                         RETOLD_SLACK if {a.type, b.type} <= PART_HOSTS else 0)
    later = dt.timedelta(days=BACKGROUND_DAYS if toll else WEAK_DAYS)
    if stated and host_stated:
        fits = days[0] <= host[1] + slack and host[0] <= days[1] + slack
        # the dead of a disaster or an accident, counted in a later report that dates the count ("Update, 2
        # October: more than 1,200 people were killed"): the same dead, whatever day the sentence gives
        fits = fits or (toll and a.type in HARM_TYPES and b.type == "ASSAULT" and b.subtype in RESULT_KINDS
                        and host[0] <= days[0] <= host[1] + later)
    elif host_stated:  # reported by its bound, its days meeting the major's, at most `later` after it began
        fits = host[0] - slack <= days[1] and days[0] <= host[1] + later
    elif stated:
        fits = days[0] <= host[1] + slack and host[1] <= days[1] + later
    else:
        fits = abs((days[1] - host[1]).days) <= WEAK_DAYS
    if not fits:
        return False
    pa, pb = a.location, b.location
    if not (pa and pb) or pa == pb:
        return True
    if places is None:
        return False
    if places.compatible(pa, pb, [*major.articles, *inc.articles]):
        return True
    # two places the articles do not relate ("the hall", "the metro station" of the city): the same count, or
    # told on the same stated day by the very articles that tell the major; never two countries
    return (toll or (stated and host_stated)) and not (places.is_country(pa) and places.is_country(pb))


#: what a meeting settles: an agreement, a promise, a ceasefire (what comes out of talks, not the talks)
OUTCOME_TYPES = frozenset({"AGREE"})
#: meetings, talks and visits, where such outcomes are reached
MEETING_TYPES = frozenset({"CONSULT"})
OUTCOME_DAYS = 7  # an outcome reported this many days after its meeting at most


def at_meetings(chosen: Sequence[Incident], incidents: Sequence[Incident], published: Mapping[str, str | None]
                ) -> tuple[list[Incident], set[str]]:
    """An agreement no text dates, told by the articles that tell a meeting of the same named parties on a stated
    day within a week before its first report ("Kovane and Eskeland met in Lesk on Tuesday … The two agreed that
    teams would meet in April"), was reached at that meeting: it takes the meeting's day (not "date not
    stated"). None when such meetings disagree on the day. ``published``: article id -> its day. The incidents,
    and the ids of those so dated."""
    meetings = [m for m in incidents if m.lead.type in MEETING_TYPES and m.date_stated and m.lead.modality == "asserted"
                and (iv := interval(m.date)) is not None and iv[0] == iv[1]]
    out, dated = [], set()
    for inc in chosen:
        first = min((iv[0] for a in inc.articles if (p := published.get(a)) and (iv := value_interval(p))),
                    default=None)
        if inc.lead.type not in OUTCOME_TYPES or inc.date_stated or inc.lead.modality != "asserted" or first is None:
            out.append(inc)
            continue
        day = first
        parties = {p.entity for ev in inc.events for p in ev.participants if p.entity}
        fits = [m for m in meetings if (iv := interval(m.date)) is not None
                and iv[0] <= day <= iv[0] + dt.timedelta(days=OUTCOME_DAYS)
                and 2 * len(set(inc.articles) & set(m.articles)) > len(inc.articles)
                and parties & {p.entity for ev in m.events for p in ev.participants if p.entity}]
        days = {interval(m.date) for m in fits}
        if len(days) != 1:
            out.append(inc)
            continue
        out.append(replace(inc, stated=True, time=fits[0].date))
        dated.add(inc.id)
    return out, dated
