"""Which incident a sentence or a figure tells, read one way for every view (briefing, timeline).

A :class:`Telling` holds what that reading needs of a story: the articles, their time expressions, the analyses'
event mentions and every incident. It says when a sentence's words bring in a later incident of the kind
(:meth:`Telling.tells_later`), when a figure counts from before the incident (:meth:`Telling.counts_before`),
and so which figures an incident's toll is told from (:meth:`Telling.reports`; a claimed count more reports give of
another incident is that one's, :meth:`Telling.claimed_elsewhere`, and so is a count of victims many more articles
give of another incident, :meth:`Telling.counted_elsewhere`): a briefing's toll line and a
timeline's line read them here, so that the two never give one incident two tolls.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from storyline.model import Article, EventMention, Timex
from storyline.present.incidents import Incident
from storyline.present.places import Places
from storyline.present.tolls import TollReport, agree, exact, toll_reports, upper, victim_kind
from storyline.timevalues import granularity_of, value_interval

ELSEWHERE = 2  # a figure that more than this many times as many articles give of another incident is that one's


def _victims(group: str | None) -> str:
    """The kind of victims a figure counts, by the last word of its group, singular ("Tarnish guards": "guard")."""
    word = (group or "").split()[-1:] or [""]
    w = word[0].lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _figure_keys(r: TollReport) -> list[tuple[str, str]]:
    """What a figure is looked up by: its kind of victims, and its exact number."""
    return [(r.kind, _victims(r.group)), *([(r.kind, f"={r.quantity.min}")] if exact(r.quantity) else [])]


#: the granularities at which a date a sentence states can tell it is about another incident
SENTENCE_DATE_GRAINS = frozenset({"day", "time", "week", "month"})


@dataclass
class Telling:
    """What deciding which incident words tell needs of a story (see the module docstring)."""

    articles: Mapping[str, Article]
    timexes: dict[str, list[Timex]] = field(default_factory=dict)  # article id -> its time expressions
    mentions: Mapping[str, EventMention] = field(default_factory=dict)  # event mention id -> the mention
    incidents: list[Incident] = field(default_factory=list)  # every incident of the articles read
    incident_of: dict[str, str] = field(default_factory=dict)  # event id -> its incident's id
    # what an incident's heading is read with (:func:`storyline.present.timeline.incident_facts`)
    names: Mapping[str, str] = field(default_factory=dict)  # entity id -> its name
    types: Mapping[str, str] = field(default_factory=dict)  # entity id -> its type
    aliases: Mapping[str, Sequence[str]] = field(default_factory=dict)  # entity id -> its surface forms
    places: Places | None = None  # which places can be one another's
    # incident id -> how many of its reports give each of the perpetrators' counts (kind, min, max); filled as asked
    claims: dict[str, Counter[tuple[str, int | None, int | None]]] = field(default_factory=dict)
    sentences: Mapping[str, Sequence[tuple[int, int]]] = field(default_factory=dict)  # article id -> its spans
    # incident id -> every figure reported for it; (kind, victims or exact number) -> the incidents giving one
    figures: dict[str, list[TollReport]] = field(default_factory=dict)
    figure_index: dict[tuple[str, str], dict[str, Incident]] | None = None
    # article id -> the body's event mentions of the incidents known, with their incident's id (built when asked)
    mention_index: dict[str, list[tuple[EventMention, str]]] | None = None
    incident_by_id: dict[str, Incident] | None = None

    @classmethod
    def of(cls, articles: Mapping[str, Article], timexes: Iterable[Timex] = (),
           mentions: Mapping[str, EventMention] | None = None, incidents: Sequence[Incident] = ()) -> Telling:
        """Read ``articles`` with these time expressions, event mentions and incidents."""
        out = cls(articles, mentions=mentions or {})
        for t in timexes:
            out.timexes.setdefault(t.article, []).append(t)
        out.know(incidents)
        return out

    def know(self, incidents: Sequence[Incident]) -> None:
        """The incidents the words may tell (collapsed from the events read)."""
        self.incidents = list(incidents)
        self.incident_of = {ev: inc.id for inc in incidents for ev in inc.members}
        self.mention_index = self.incident_by_id = None

    def own_words(self, inc: Incident, article: str, start: int, end: int) -> str:
        """The text of ``article`` from ``start`` to ``end`` (a sentence that tells the incident) with every word
        that tells another incident blanked: a word inside another incident's event word ("the Sarn market
        bombing") or place ("a bomb exploded in Sarn"), or nearer to another incident's event word than to any of
        this one's ("resigned three days after a bombing killed 12 in the town of Sarn"): a place so named is that
        incident's, not this one's. A word inside one of this incident's places stays, and so do the words of an
        incident of the same days ("met in Lesk on Tuesday and agreed": the meeting's place is the agreement's)."""
        a = self.articles.get(article)
        if a is None:
            return ""
        text = a.text[start:end]
        mine = {mid for e in inc.events for mid in e.mention_ids}
        own = [m for mid in mine if (m := self.mentions.get(mid)) is not None and m.article == article
               and m.field is None and start <= m.start < end]
        others = [m for m, i in self._mentions_of(article)
                  if start <= m.start < end and i != inc.id and m.id not in mine and not self._same_days(inc, i)]
        if not others:
            return text
        kept = [(p.start, p.end) for m in own if (p := m.location) is not None]
        theirs = [(p.start, p.end) for m in others if (p := m.location) is not None]

        def distance(w: tuple[int, int], m: EventMention) -> int:
            return max(0, m.start - w[1], w[0] - m.end)

        out = list(text)
        for w in re.finditer(r"[^\W\d_][\w'’-]*", text):
            span = (start + w.start(), start + w.end())
            if any(lo <= span[0] and span[1] <= hi for lo, hi in kept):
                continue
            near_mine = min((distance(span, m) for m in own), default=len(a.text))
            near_theirs = min((distance(span, m) for m in others), default=len(a.text))
            if near_theirs < near_mine or any(lo <= span[0] and span[1] <= hi for lo, hi in theirs):
                out[w.start():w.end()] = " " * (w.end() - w.start())
        return "".join(out)

    def _same_days(self, inc: Incident, other: str) -> bool:
        """Both incidents have stated dates that share a day."""
        o = self._by_id().get(other)
        if o is None:
            return False
        ivs = [value_interval(i.date.value) if i.date is not None and i.date_stated and i.date.value else None
               for i in (inc, o)]
        a, b = ivs
        return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]

    def _by_id(self) -> dict[str, Incident]:
        if self.incident_by_id is None:
            self.incident_by_id = {i.id: i for i in self.incidents}
        return self.incident_by_id

    def _mentions_of(self, article: str) -> list[tuple[EventMention, str]]:
        """The body's event mentions of ``article`` that tell a known incident, each with that incident's id."""
        if self.mention_index is None:
            self.mention_index = {}
            for inc in self.incidents:
                for mid in dict.fromkeys(mid for e in inc.events for mid in e.mention_ids):
                    m = self.mentions.get(mid)
                    if m is not None and m.field is None:
                        self.mention_index.setdefault(m.article, []).append((m, inc.id))
        return self.mention_index.get(article, [])

    def reports(self, inc: Incident) -> list[TollReport]:
        """The figures the incident's toll is told from: every figure reported for it
        (:func:`storyline.present.tolls.toll_reports`) but one that counts from before it
        (:meth:`counts_before`) or that words bringing in a later incident give (:meth:`later_one`)."""
        reports = [r for r in toll_reports(inc, self.articles, self.mentions) if not self.counts_before(r, inc)]
        reports = [r for r in reports if not self.later_one(r, reports, inc) and not self.claimed_elsewhere(r, inc)]
        # a figure of another incident takes the figures told in its sentence with it ("killing four guards and
        # injuring two others")
        theirs = {(r.article, self._sentence(r)) for r in reports if self.counted_elsewhere(r, inc)}
        return [r for r in reports if (r.article, self._sentence(r)) not in theirs] if theirs else reports

    def counted_elsewhere(self, r: TollReport, inc: Incident) -> bool:
        """A count of a kind of victims ("four guards") that more than twice as many articles give of another
        incident as of this one, in the same kind of victims or as the same exact number of them: that incident's
        figure, told in words fusion joined to this one (the guards an attack killed, recalled in a report of
        the raids that answered it). Figures of people at large ("40 people", "deaths") are no one incident's."""
        if not victim_kind(r.group):
            return False
        mine = self._alike(inc, r)
        return any(self._alike(o, r) > ELSEWHERE * mine for o in self._holding(r) if o.id != inc.id)

    def _alike(self, inc: Incident, r: TollReport) -> int:
        """How many articles give the incident a figure like ``r``: of its kind, a count both can be true with, of
        the same kind of victims, or of victims and the same exact number."""
        return len({o.article for o in self._figures(inc) if o.kind == r.kind and victim_kind(o.group)
                    and agree(o.quantity, r.quantity) and (_victims(o.group) == _victims(r.group)
                                                           or (exact(o.quantity) and exact(r.quantity)))})

    def _holding(self, r: TollReport) -> list[Incident]:
        """The incidents with a figure of ``r``'s kind of victims or exact number (an index built when first
        asked)."""
        if self.figure_index is None:
            self.figure_index = {}
            for i in self.incidents:
                for o in self._figures(i):
                    if victim_kind(o.group):
                        for key in _figure_keys(o):
                            self.figure_index.setdefault(key, {})[i.id] = i
        return list({i.id: i for key in _figure_keys(r) for i in self.figure_index.get(key, {}).values()}.values())

    def _figures(self, inc: Incident) -> list[TollReport]:
        if inc.id not in self.figures:
            self.figures[inc.id] = toll_reports(inc, self.articles, self.mentions)
        return self.figures[inc.id]

    def _sentence(self, r: TollReport) -> tuple[int, int]:
        a = self.articles.get(r.article)
        return sentence_of(a.text, r.start, r.end) if a is not None else (r.start, r.end)

    def claimed_elsewhere(self, r: TollReport, inc: Incident) -> bool:
        """The perpetrators' count that more reports give of another incident ("said its fighters killed 11",
        told four times of the station attack and once in words fusion joined to the market bombing): that
        incident's claim, not this one's."""
        if r.status != "claimed":
            return False
        key = (r.kind, r.quantity.min, r.quantity.max)
        mine = self._claimed(inc)[key]
        return any(self._claimed(o)[key] > mine for o in self.incidents if o.id != inc.id)

    def _claimed(self, inc: Incident) -> Counter[tuple[str, int | None, int | None]]:
        if inc.id not in self.claims:
            self.claims[inc.id] = Counter((r.kind, r.quantity.min, r.quantity.max)
                                          for r in toll_reports(inc, self.articles, self.mentions)
                                          if r.status == "claimed")
        return self.claims[inc.id]

    def counts_before(self, r: TollReport, inc: Incident) -> bool:
        """A figure its sentence dates from before the incident: "landslides and floods have killed at least 91
        since mid-June" counts a season, not a landslide on 12 July ("since" included: a count from a date
        before the incident is a running total of other things)."""
        when = value_interval(inc.date.value) if inc.date is not None and inc.date_stated else None
        a = self.articles.get(r.article)
        if when is None or a is None:
            return False
        lo, hi = sentence_of(a.text, r.start, r.end)
        stated = [iv for t in self.timexes.get(r.article, ()) if lo <= t.start and t.end <= hi
                  and t.type == "DATE" and granularity_of(t.value) in SENTENCE_DATE_GRAINS
                  and (iv := value_interval(t.value)) is not None]
        return bool(stated) and all(iv[1] < when[0] - timedelta(days=1) for iv in stated)

    def later_one(self, r: TollReport, reports: Sequence[TollReport], inc: Incident) -> bool:
        """A figure that words bringing in a later incident of the kind give (:meth:`tells_later`) and that is
        under half of what was reported before it: "a 5.6-magnitude earthquake has killed at least nine", weeks
        after 534 were counted, is the second quake's toll; "the toll from a devastating earthquake climbed to
        113" three days after 75 goes on counting the first's."""
        before = [upper(o.quantity) for o in reports if o.kind == r.kind and o is not r and (o.published or "~") <
                  (r.published or "")]
        if not before or upper(r.quantity) >= max(before) / 2 or r.article not in self.articles:
            return False
        return self.tells_later(r.article, *sentence_of(self.articles[r.article].text, r.start, r.end), inc)

    def tells_later(self, article: str, start: int, end: int, inc: Incident, told: Collection[str] = ()) -> bool:
        """The words bring in an incident of the kind ("a …", "another …"), state no date of the incident and were
        reported after a later incident of the same kind began: like an event the text never dates (see
        :func:`storyline.present.incidents.collapse`), they tell the latest incident of their kind. "A
        5.6-magnitude earthquake killed at least nine", reported the day after a second quake weeks after the
        first, is the second's sentence (and figure, :meth:`later_one`), whatever event fusion joined it to
        ("the region was struck last month by a quake that killed 600" dates the first: its).
        Words that also tell another incident of the same days (``told``: the events they tell) are anchored by
        it: "two men arrested on the day of the bombing remain in custody" is the first arrest's."""
        when = value_interval(inc.date.value) if inc.date is not None and inc.date_stated else None
        a = self.articles.get(article)
        if when is None or a is None:
            return False
        kind = (inc.lead.type, inc.lead.subtype)
        later = [iv for j in self.incidents if j.id != inc.id and (j.lead.type, j.lead.subtype) == kind
                 and j.date is not None and j.date_stated
                 and (iv := value_interval(j.date.value)) is not None and iv[0] > when[1] + timedelta(days=1)]
        if not later or (a.published or "") < min(iv[0] for iv in later).isoformat():
            return False
        # only words that bring a new one in ("a 5.6-magnitude earthquake", "another tremor"): "the official
        # toll from the quake has been lifted to 163" goes on telling the one the reader knows
        if not any(indefinite(a.text, m.start) for e in inc.events for m in e.mentions
                   if m.article == article and start <= m.start < end):
            return False
        stated = [iv for t in self.timexes.get(article, ()) if start <= t.start and t.end <= end
                  and t.type == "DATE" and granularity_of(t.value) in SENTENCE_DATE_GRAINS | {"season"}
                  and (iv := value_interval(t.value)) is not None]
        by_id = {i.id: i for i in self.incidents}
        anchors = [iv for ev in told if (o := by_id.get(self.incident_of.get(ev, inc.id))) is not None
                   and o.id != inc.id and o.date is not None and o.date_stated
                   and (iv := value_interval(o.date.value)) is not None]
        return not any(iv[0] <= when[1] and when[0] <= iv[1] for iv in (*stated, *anchors))


#: a noun phrase that brings something new in: "a 5.6-magnitude", "an", "another strong", "a second" (up to three
#: words between the determiner and the noun, none of them one that refers back)
_INDEFINITE = re.compile(r"(?<![\w'’])(?:a|an|another)\s+(?:(?!(?:the|this|that|its|their)\b)[\w.,’'-]+\s+){0,3}"
                         r"(?:[\w.,’']+-)?$", re.IGNORECASE)  # a mention may start inside "5.6-magnitude earthquake"


def indefinite(text: str, start: int) -> bool:
    """The mention at ``start`` is the noun of an indefinite phrase ("a 5.6-magnitude earthquake")."""
    return _INDEFINITE.search(text[max(0, start - 60):start]) is not None


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, by full stops and line ends (its end one past the stop)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return lo, (min(ends) if ends else len(text)) + 1
