"""Incidents as a reader counts them: fused events with their leftover fragments and duplicates collapsed.

Fusion makes one event per incident where it can; what it leaves apart is
collapsed here, conservatively, for display only (the store keeps every event):

- a *duplicate* is an event of a compatible kind whose stated date overlaps an
  incident's and whose place is the same or unknown ("bombing in Sarn, 4 March"
  and "bombing, week of 3 March");
- a *fragment* is an event whose date was never stated (dated by its report,
  or not at all) and that names no other place: "the attack" in a follow-up
  article. It joins the latest incident of a compatible kind that began on or
  before the report, within :data:`FRAGMENT_DAYS`.

Both must share a story cluster with the incident when clusters are known.
Speech acts (accusations, denials, demands, support) are shown through the
claims that state them, not as incidents; negated and hypothetical events are
not incidents at all. The lead of an incident is its best-attested event
(a stated date, most articles, a place), and the incident takes its type,
date and place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storyline.analyze.events.ontology import subtypes_compatible
from storyline.model import Event, Quantity, TimeValue
from storyline.present.words import SPEECH_SUBTYPES, SPEECH_TYPES
from storyline.timevalues import value_interval

FRAGMENT_DAYS = 30  # a follow-up mentions an incident of the last month, not of last year
NOT_INCIDENTS = frozenset({"negated", "hypothetical", "generic"})
IRREALIS = frozenset({"expected", "planned"})


@dataclass(frozen=True)
class Incident:
    """One incident: the lead event and every event collapsed into it (lead first)."""

    lead: Event
    events: tuple[Event, ...]
    articles: tuple[str, ...]  # every article telling it, in order of first mention

    @property
    def id(self) -> str:
        return self.lead.id

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.events)

    @property
    def date(self) -> TimeValue | None:
        return self.lead.date

    @property
    def date_stated(self) -> bool:
        return date_stated(self.lead.date)

    @property
    def fatalities(self) -> Quantity | None:
        """The lead's headline figure (fusion chose it); else the most informative of the others."""
        return self.lead.fatalities or _most_informative(e.fatalities for e in self.events)

    @property
    def injured(self) -> Quantity | None:
        return self.lead.injured or _most_informative(e.injured for e in self.events)


def date_stated(time: TimeValue | None) -> bool:
    """True when the text states the date (not when it was taken from the report's own date)."""
    basis = getattr(time, "basis", None)  # story@1 events[].date.basis, once fusion records it
    return bool(time and time.value and value_interval(time.value) and time.source != "dct" and basis != "reported")


def interval(time: TimeValue | None) -> tuple[dt.date, dt.date] | None:
    if time is None or not time.value:
        return None
    if time.earliest and time.latest:
        try:
            return dt.date.fromisoformat(time.earliest[:10]), dt.date.fromisoformat(time.latest[:10])
        except ValueError:
            pass
    return value_interval(time.value)


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


def _articles(ev: Event) -> list[str]:
    return list(dict.fromkeys(m.article for m in ev.mentions))


def _strength(ev: Event) -> tuple[int, int, int, str, str]:
    stated = date_stated(ev.date)
    width = 0
    if stated and (iv := interval(ev.date)):
        width = (iv[1] - iv[0]).days
    return (0 if stated else 1, -len(_articles(ev)), 0 if ev.location or ev.location_text else 1,
            f"{width:06d}", ev.id)


def _kind_ok(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if (a.modality in IRREALIS) != (b.modality in IRREALIS):
        return False
    return subtypes_compatible(a.type, a.subtype, b.subtype)


def _place(ev: Event) -> str | None:
    return ev.location or ((ev.location_text or "").casefold() or None)


def _reported(ev: Event, published: Mapping[str, dt.date]) -> dt.date | None:
    days = [published[a] for a in _articles(ev) if a in published]
    return min(days) if days else None


@dataclass
class _Group:
    lead: Event
    events: list[Event]
    clusters: set[str]
    places: set[str]


def _host_score(g: _Group, ev: Event, published: Mapping[str, dt.date],
                clusters: set[str]) -> tuple[int, int, int] | None:
    """How well ``ev`` joins group ``g`` (None: it cannot)."""
    if not _kind_ok(g.lead, ev):
        return None
    if clusters and g.clusters and not clusters & g.clusters:
        return None
    place = _place(ev)
    if place and g.places and place not in g.places:
        return None
    host = interval(g.lead.date)
    if date_stated(ev.date):
        mine = interval(ev.date)
        if host is None or mine is None or not date_stated(g.lead.date):
            return None
        if mine[0] > host[1] or host[0] > mine[1]:
            return None
        return (2 if place else 1, len(g.events), 0)
    report = _reported(ev, published)
    if host is None or report is None or not date_stated(g.lead.date):
        return None
    gap = (report - host[0]).days
    if gap < 0 or gap > FRAGMENT_DAYS or (place is None and ev.participants and not _shares_participant(g, ev)):
        return None
    return (1 if place else 0, -gap, len(g.events))


def _shares_participant(g: _Group, ev: Event) -> bool:
    """False only when both name participants and none is shared (then they are two incidents)."""
    mine = {p.entity for p in ev.participants if p.entity}
    theirs = {p.entity for e in g.events for p in e.participants if p.entity}
    return not mine or not theirs or bool(mine & theirs)


def collapse(events: Sequence[Event], published: Mapping[str, str | None],
             cluster_of: Mapping[str, Iterable[str]] | None = None, speech: bool = False) -> list[Incident]:
    """Group ``events`` into incidents (see the module doc); ``published`` maps article id -> ISO date."""
    pub = {a: d for a, v in published.items() if v and (d := _first_day(v))}
    groups: list[_Group] = []
    by_type: dict[str, list[_Group]] = {}  # only incidents of one type can take an event in
    for ev in sorted((e for e in events if is_incident(e, speech)), key=_strength):
        clusters = {c for a in _articles(ev) for c in (cluster_of or {}).get(a, ())}
        scored = [(s, g) for g in by_type.get(ev.type, ()) if (s := _host_score(g, ev, pub, clusters)) is not None]
        if scored:
            g = max(scored, key=lambda sg: sg[0])[1]
            g.events.append(ev)
            g.clusters |= clusters
            if place := _place(ev):
                g.places.add(place)
        else:
            place = _place(ev)
            groups.append(_Group(ev, [ev], clusters, {place} if place else set()))
            by_type.setdefault(ev.type, []).append(groups[-1])
    out = []
    for g in groups:
        arts = list(dict.fromkeys(a for e in g.events for a in _articles(e)))
        out.append(Incident(g.lead, tuple(g.events), tuple(arts)))
    return out


def _first_day(value: str) -> dt.date | None:
    iv = value_interval(value)
    return iv[0] if iv else None
