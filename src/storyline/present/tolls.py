"""The toll line of a briefing section: the latest figure, the range, and how the figure was revised.

Reports come from the fused event when fusion keeps them (story@1
``events[].reports``, each with a ``status``: "current" for an article's own
figure, "earlier", "partial" or "claimed" for the others (a claimed count the analysis read as
denied, "police denied that 40 were killed", is told as "denied", never as the perpetrators'), and a ``revision``
"up"/"down" where one replaces the figure before it). Without them the
analyses' event mentions give one figure per mention (``figures`` when the
extractor records them, else the headline ``fatalities``/``injured``), and
without analyses the event's recorded conflicts and headline.

The sentence reads, for example: "14 killed, the latest figure (Valdora Today,
10 March 2031) [5]; reports range from 12 to 14: first at least 12
(4 March 2031) [1, 2], then 14 (5 March 2031) [3]; the attackers' own claim:
20 [7]." The latest figure is fusion's headline (the most recent, most widely
reported one) when there is one, cited by the last report that gives it
(when reports after it give another figure, the sentence says so instead:
"183 killed (Valdora Today, 6 June 2031) [3]; a later report gives more
than 196 (7 July 2031) [7]"; a later bound the figure meets, "nearly 200",
is no other figure);
parts of a toll ("including two police officers", a later count of one kind of
victim below an earlier count of people at large) and figures told as older
ones stay out of the range and the history, and so do strays: one article's figure
far above the count most give, which later reports ignore.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from storyline.analyze.events import casualties
from storyline.lexicons.countries import demonym_country
from storyline.model import Article, Event, EventMention, Quantity
from storyline.present.incidents import Incident
from storyline.present.items import BriefItem, Citation, Part, cite
from storyline.present.words import (
    UNKNOWN_OUTLET,
    date_words,
    list_words,
    number_words,
    outlet_words,
    quantity_words,
)

KINDS = {"fatalities": "killed", "killed": "killed", "dead": "killed", "injured": "injured", "wounded": "injured"}
HISTORY = 5  # changes shown: the first and the last four
CITES_PER_STEP = 3  # a figure many outlets repeat cites its first three
ROUNDED_SLACK = 0.1  # a round bound ("more than 40") words a count at most this much above it (43)


@dataclass(frozen=True)
class TollReport:
    """One reported figure: what (killed, injured), how many, where it was read, when it was published."""

    kind: str
    quantity: Quantity
    article: str
    start: int
    end: int
    published: str | None
    status: str = "current"  # current | earlier | partial | claimed | denied
    revision: str | None = None  # up | down: it replaces the figure current before it
    own: bool = True  # reported for the incident's lead event (not for an event folded under it)
    group: str | None = None  # the victims it counts when a kind of them ("journalists"), not people at large
    field: str | None = None  # "title": read in the article's headline (offsets into its title)

    @property
    def day(self) -> str | None:
        """The publication day, when the report is dated to the day (a month cannot be placed in a history)."""
        return self.published if self.published and len(self.published) == 10 else None


def lower(q: Quantity) -> int:
    return q.min if q.min is not None else (q.max or 0)


def upper(q: Quantity) -> int:
    return q.max if q.max is not None else (q.min or 0)


def figure(q: Quantity) -> tuple[int | None, int | None]:
    """The figure itself: "over 100" and "more than 100" are one figure in two wordings."""
    return (q.min, q.max)


def count_of(q: Quantity) -> tuple[int | None, int | None]:
    """The count a history step tells: "5" and "at least 5" are one step (a range stays a range)."""
    if q.min is None or q.max is None or q.min == q.max:
        n = q.min if q.min is not None else q.max
        return (n, n)
    return (q.min, q.max)


def vague(q: Quantity) -> bool:
    """"several", "dozens": a word for a number, not a count to put in a range or a history."""
    return quantity_words(q) == (q.qualifier or "").strip().lower() and bool(q.qualifier)


def _quantity(d: object) -> Quantity | None:
    if isinstance(d, Quantity):
        return d
    if isinstance(d, Mapping):
        return Quantity(d.get("min"), d.get("max"), d.get("text"), d.get("qualifier"), d.get("group"))
    if isinstance(d, int):
        return Quantity(d, d)
    return None


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, Mapping) else getattr(obj, key, None)


def toll_reports(inc: Incident, articles: Mapping[str, Article],
                 mentions: Mapping[str, EventMention]) -> list[TollReport]:
    """Every figure reported for the incident, oldest report first, each once."""
    out: list[TollReport] = []
    for ev in inc.events:
        found = _fused(ev, articles, mentions) or _from_mentions(ev, articles, mentions) or \
            _from_conflicts(ev, articles)
        out += found if ev is inc.lead else [replace(_part_of(r, inc.lead), own=False) for r in found]
    seen, unique = set(), []
    for r in sorted(out, key=lambda r: (r.published or "9999", r.article, r.start)):
        key = (r.kind, r.article, r.field, r.start, r.quantity.min, r.quantity.max)
        if key not in seen and upper(r.quantity) > 0:  # "no one was killed" is not a toll to revise
            seen.add(key)
            unique.append(r)
    return _kind_parts(_breakdowns(_tightest_wording(_group_parts(unique))))


def _group_parts(reports: list[TollReport]) -> list[TollReport]:
    """A count of one kind of victim ("two journalists died") that an article gives first, beside a larger count
    of people at large of the same kind it does not tell as older ("at least 38 people lost their lives"), is a
    part of that count: the larger one is the article's count (fusion takes an article's first figure as its
    current one, and keeps the others as earlier)."""
    out = list(reports)
    for i, r in enumerate(reports):
        if r.status != "current" or not victim_kind(r.group):
            continue
        whole = [(j, o) for j, o in enumerate(reports) if o.status == "other" and o.article == r.article
                 and o.kind == r.kind and o.group is None and lower(o.quantity) > upper(r.quantity)]
        if whole:
            j = max(whole, key=lambda jo: lower(jo[1].quantity))[0]
            out[i], out[j] = replace(r, status="partial"), replace(reports[j], status="current")
    return out


def _kind_parts(reports: list[TollReport]) -> list[TollReport]:
    """A later count of one kind of victim below a count of people at large given before it ("37 people were
    killed" on Monday, "the siege claimed the lives of four Tarvani guards" on Tuesday) is the part of the
    toll that kind makes up, not a revision down: a toll is cut only in words that say so (a revision "down");
    so is a count of victims of one nationality below an earlier count of another kind of them ("26 hostages",
    then "five Peruvian citizens").
    Only a count ("23", "at least 23") weighs so, never rounded words ("more than 20,000"), and never against a
    figure both can be true with ("over 12 guards" beside "at least 15": one count in looser words)."""
    out = list(reports)
    for i, r in enumerate(reports):
        if r.status != "current" or not victim_kind(r.group) or r.revision == "down" or vague(r.quantity):
            continue
        wider = [o for o in reports if o.status == "current" and o.kind == r.kind
                 and (o.group is None or (_of_one_nation(r.group) and not _of_one_nation(o.group)))
                 and _counted(o.quantity) and (o.day or "9999") <= (r.day or "") and o.article != r.article
                 and lower(o.quantity) > upper(r.quantity) and not agree(o.quantity, r.quantity)]
        if wider:
            out[i] = replace(r, status="partial")
    return out


def _of_one_nation(group: str | None) -> bool:
    """Victims of one nationality ("Tarvani citizens", "Peruvian workers"): part of any count of victims of the
    incident at large ("26 hostages", "at least 60 captives") that is not itself of one nationality."""
    first = (group or "").split()[:1]
    return bool(first) and demonym_country(first[0].capitalize()) is not None


def _tightest_wording(reports: list[TollReport]) -> list[TollReport]:
    """An article's count told first as a round bound and then more tightly ("more than 40 ... killing at least
    43"): the tighter figure, a little above the bound, is the article's count. Fusion takes an article's first
    figure as its current one and keeps the others as "earlier"; one the text does not tell as older (``other``)
    and that the bound allows is the same count in closer words, so it replaces the bound (kept as older)."""
    swap: dict[int, int] = {}  # index of an article's current bound -> index of its tightest other wording
    for i, r in enumerate(reports):
        q = r.quantity
        if r.status != "current" or q.max is not None or not q.min or q.min % 10 or not q.qualifier or vague(q):
            continue  # only a round bound ("more than 40") is a looser wording of a count
        others = [(j, o) for j, o in enumerate(reports) if o.status == "other" and o.article == r.article
                  and o.kind == r.kind and o.quantity.min is not None
                  and q.min < o.quantity.min <= q.min * (1 + ROUNDED_SLACK)
                  and not vague(o.quantity) and agree(o.quantity, q)]
        if others:
            swap[i] = max(others, key=lambda jo: (lower(jo[1].quantity), -jo[1].start))[0]
    if not swap:
        return [replace(r, status="earlier") if r.status == "other" else r for r in reports]
    promoted = set(swap.values())
    return [replace(r, status="earlier") if i in swap or (r.status == "other" and i not in promoted)
            else replace(r, status="current") if i in promoted else r for i, r in enumerate(reports)]


def _breakdowns(reports: list[TollReport]) -> list[TollReport]:
    """One article's own count is its largest: a smaller figure of the same kind it gives as current beside a
    larger one ("a total of 34 dead, 14 at the airport and 20 at the station"; "77 killed ... 16 dead in one
    city") is a part of that count, not a count the toll went through."""
    top: dict[tuple[str, str], Quantity] = {}
    for r in reports:
        key = (r.article, r.kind)
        if r.status == "current" and not vague(r.quantity) and (key not in top or lower(r.quantity) > lower(top[key])):
            top[key] = r.quantity
    return [replace(r, status="partial") if r.status == "current" and not vague(r.quantity)
            and upper(r.quantity) < lower(big := top[(r.article, r.kind)]) and not agree(r.quantity, big)
            else r for r in reports]


PART_SHARE = 0.1  # a folded fragment's figure under this share of the lead's own count is a part of it


def _part_of(r: TollReport, lead: Event) -> TollReport:
    """A figure of an event folded under the lead (a killing told beside a quake) that is a small part of the
    lead's own count ("another 12 were killed in the next province" beside 2,200) is a part, not a revision."""
    own = lead.fatalities if r.kind == "killed" else lead.injured if r.kind == "injured" else None
    low = (own.min if own.min is not None else own.max) if own is not None else None
    if r.status == "current" and low and upper(r.quantity) < PART_SHARE * low:
        return replace(r, status="partial")
    return r


def victim_kind(group: str | None) -> bool:
    """A kind of victim ("journalists", "Turkish soldiers"), not a word for the count itself ("deaths",
    "casualties", "bodies", "lives", "dead"): "at least 85 deaths" counts everyone."""
    head = (group or "").split()[-1:] or [""]
    word = head[0].lower()
    lemma = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return bool(word) and not ({word, lemma} & (set(casualties.CUES) | casualties.THE_COUNTED | COUNT_WORDS))


#: words for a count of victims that casualty cues do not list ("45 bodies", "the lives of 23")
COUNT_WORDS = frozenset({"body", "life", "lives", "toll", "victim"})


def _fused(ev: Event, articles: Mapping[str, Article],
           mentions: Mapping[str, EventMention] | None = None) -> list[TollReport]:
    out = []
    for r in getattr(ev, "reports", None) or ():
        kind = KINDS.get(str(_get(r, "kind") or ""))
        q = _quantity({k: _get(r, k) for k in ("min", "max", "qualifier", "text")})
        art = _get(r, "article")
        if kind and q and art:
            pub = _get(r, "published") or (articles[art].published if art in articles else None)
            status = str(_get(r, "status") or "current")
            start = int(_get(r, "start") or 0)
            f = _figure(mentions or {}, _get(r, "mention"), start)
            if status == "earlier" and _plain(f):
                status = "other"  # not told as older: only not the article's first figure
            if status == "claimed" and _get(f, "denied"):
                status = "denied"  # a count a source denies, no claim of the perpetrators'
            out.append(TollReport(kind, q, art, start, int(_get(r, "end") or 0), pub, status, _get(r, "revision"),
                                  group=_get(f, "group") if f is not None else None, field=_get(r, "field")))
    return out


def _figure(mentions: Mapping[str, EventMention], mention: str | None, start: int) -> object | None:
    """The analysis's reading of the figure at ``start`` of that mention (None when not known)."""
    m = mentions.get(mention) if mention else None
    return next((f for f in getattr(m, "figures", None) or () if _get(f, "start") == start), None)


def _plain(f: object | None) -> bool:
    """The analysis read the figure as a plain count: not told as older, a part or claimed."""
    return f is not None and not (_get(f, "earlier") or _get(f, "partial") or _get(f, "claimed"))


def _from_mentions(ev: Event, articles: Mapping[str, Article],
                   mentions: Mapping[str, EventMention]) -> list[TollReport]:
    out = []
    for mid in ev.mention_ids:
        m = mentions.get(mid)
        if m is None:
            continue
        pub = articles[m.article].published if m.article in articles else None
        figures = getattr(m, "figures", None) or ()
        if figures:  # the extractor's own reading of each figure: part of a toll, told as older, claimed
            for f in figures:
                kind = KINDS.get(str(_get(f, "kind") or ""))
                status = ("denied" if _get(f, "denied") else "claimed" if _get(f, "claimed")
                          else "partial" if _get(f, "partial")
                          else "earlier" if _get(f, "earlier") else "current")
                figure = Quantity(_get(f, "min"), _get(f, "max"), _get(f, "text"), _get(f, "qualifier"))
                if kind:
                    out.append(TollReport(kind, figure, m.article, int(_get(f, "start")), int(_get(f, "end")), pub,
                                          status, _get(f, "revision"), group=_get(f, "group"),
                                          field=getattr(m, "field", None)))
            continue
        start, end = (m.sentence_start, m.sentence_end) if m.sentence_end > m.sentence_start else (m.start, m.end)
        for kind, headline in (("killed", m.fatalities), ("injured", m.injured)):
            if headline is not None:
                out.append(TollReport(kind, headline, m.article, start, end, pub, field=getattr(m, "field", None)))
    return out


def _from_conflicts(ev: Event, articles: Mapping[str, Article]) -> list[TollReport]:
    span_of = dict(zip(ev.mention_ids, ev.mentions, strict=False))
    out = []
    for field_name, kind in (("fatalities", "killed"), ("injured", "injured")):
        values = ev.conflicts.get(field_name, ())
        for v in values:
            q = _quantity(v.value)
            for src in v.sources:
                span = span_of.get(src)
                art = span.article if span else src
                if q is not None and art in articles:
                    out.append(TollReport(kind, q, art, span.start if span else 0, span.end if span else 0,
                                          articles[art].published, field=span.field if span else None))
        headline = getattr(ev, field_name, None)
        if not values and headline is not None and ev.mentions and ev.mentions[0].article in articles:
            first = ev.mentions[0]
            out.append(TollReport(kind, headline, first.article, first.start, first.end,
                                  articles[first.article].published, field=first.field))
    return out


def _cites(rs: Iterable[TollReport], articles: Mapping[str, Article]) -> tuple[Citation, ...]:
    return tuple(cite(r.article, r.start, r.end, dict(articles), r.field) for r in rs)


def toll_item(reports: Sequence[TollReport], kind: str, articles: Mapping[str, Article],
              headline: Quantity | None = None, marked: bool = True, rising: bool = False) -> BriefItem | None:
    """The toll of one kind as a sentence (None when nothing of that kind was reported).

    ``marked`` False ignores fusion's revision marks (an incident collapsed from several events: each event's
    marks read only its own reports). ``rising``: a disaster's or an accident's toll, which rises as bodies are
    found; the figures of its latest report day, and undated ones, are then steps of one rising count, not
    rival counts (see :func:`_rising_top`)."""
    current = _current(reports, kind)
    claimed = [r for r in reports if r.kind == kind and r.status == "claimed"]
    denied = [r for r in reports if r.kind == kind and r.status == "denied"]
    if not current:
        return None
    parts = _latest(current, kind, articles, headline, rising)
    lo, hi = _span(current, marked, headline, rising)
    if len({figure(r.quantity) for r in current}) > 1 and lo != hi:
        parts.append(Part(f"; reports range from {number_words(lo)} to {_top_words(current, hi)}"))
        parts += _history(current, articles, marked)
    if claimed:
        parts.append(Part(f"; the perpetrators claimed {quantity_words(claimed[-1].quantity)}",
                          _cites(claimed[-1:], articles)))
    if denied:
        parts.append(Part(f"; a report of {quantity_words(denied[-1].quantity)} {kind} was denied",
                          _cites(denied[-1:], articles)))
    parts.append(Part("."))
    return BriefItem(tuple(p for p in parts if p.text), kind="toll")


def _span(current: list[TollReport], marked: bool = True, headline: Quantity | None = None,
          rising: bool = False) -> tuple[int, int]:
    """The lowest and highest figure a toll line tells: when it tells a history, the figures of its steps and its
    lead figure, so that every end of "reports range from 14 to 74" is a figure the reader finds beside a date and
    a source; a floor the same day's higher count meets ("at least 14" on the day others count 19: one step, told
    as 19) or a figure no step tells (a part fusion left current, "two soldiers") is no end of the range.
    Without a history, every figure counts."""
    steps = _steps(current, marked)
    told = [r.quantity for r, _ in steps]
    if told:
        last, lead = _lead(current, headline, rising)
        told.append(lead)
        if len({figure(r.quantity) for r in current}) > 1 and (newest := _later(current, last, rising)[1]):
            told.append(newest.quantity)  # "; a later report gives 12"
    else:
        told = [r.quantity for r in current]
    return min(lower(q) for q in told), max(upper(q) for q in told)


def _current(reports: Sequence[TollReport], kind: str) -> list[TollReport]:
    """The figures of one kind reported as current, and of those the ones that count ("12", not "many"), less the
    strays (:func:`_strays`)."""
    current = [r for r in reports if r.kind == kind and r.status == "current"]
    if any(not vague(r.quantity) for r in current):
        current = [r for r in current if not vague(r.quantity)]
    strays = _strays(current)
    return [r for r in current if r not in strays]


STRAY_FACTOR = 5  # a figure this many times the count most articles give, that later reports ignore, is a stray
STRAY_LATER = 2  # ... when at least this many other articles give that count after it


def _strays(current: list[TollReport]) -> list[TollReport]:
    """Figures of another toll read as this incident's: one article's figure many times the count most articles
    give, which later reports of other articles keep giving as before ("3 killed" in most reports, then one
    article's "more than 12,000 have been killed" of a war elsewhere, then "3 killed" again in two more). A toll
    that rises is told rising by the reports after it; a figure they ignore counts something else."""
    support: dict[tuple[int | None, int | None], set[str]] = {}
    for r in current:
        if exact(r.quantity):
            support.setdefault(count_of(r.quantity), set()).add(r.article)
    if not support:
        return []
    common = max(support, key=lambda k: (len(support[k]), -(k[0] or 0)))
    base = common[1] or 0
    if len(support[common]) <= STRAY_LATER or not base:
        return []
    out = []
    for r in current:
        if lower(r.quantity) <= STRAY_FACTOR * base or not r.day:
            continue
        others = {o.article for o in current if figure(o.quantity) == figure(r.quantity)}
        later = {o.article for o in current if count_of(o.quantity) == common and o.day and o.day > r.day
                 and o.article != r.article}
        if others == {r.article} and len(later) >= STRAY_LATER:
            out.append(r)
    return out


def lead_figure(reports: Sequence[TollReport], kind: str, headline: Quantity | None = None,
                rising: bool = False) -> Quantity | None:
    """The figure a toll of one kind is told by (the one its toll line opens with, :func:`toll_item`): what a
    heading or a timeline line shows beside the incident. None when nothing of that kind was reported."""
    current = _current(reports, kind)
    return _lead(current, headline, rising)[1] if current else None


def _lead(current: list[TollReport], headline: Quantity | None, rising: bool) -> tuple[TollReport, Quantity]:
    """The report a toll is told by and the figure shown for it: the one figure all give, else fusion's headline
    as most reports give it (:func:`_widely`) or the latest report, recounted (:func:`_recount`)."""
    if len({figure(r.quantity) for r in current}) == 1:
        return current[0], current[0].quantity
    headline = _widely(current, headline)
    giving = [r for r in current if figure(r.quantity) == figure(headline)] if headline is not None else []
    last = max(giving or current, key=lambda r: (r.day or "", upper(r.quantity)))
    last = _tighter(current, last)
    last = _recount(current, last, rising)
    return last, (headline if giving and headline and last in giving else last.quantity)


def _top_words(current: list[TollReport], hi: int) -> str:
    """The top of the range in words: "more than 270" when the highest report is only a lower bound ("270+"),
    else the number."""
    tops = [r.quantity for r in current if upper(r.quantity) == hi]
    if tops and all(q.max is None and q.qualifier for q in tops):
        return quantity_words(tops[0])
    return number_words(hi)


def _latest(current: list[TollReport], kind: str, articles: Mapping[str, Article],
            headline: Quantity | None, rising: bool = False) -> list[Part]:
    """'14 killed, the latest figure (Valdora Today, 10 March 2031) [5]', or '14 killed [1, 2]' when all agree."""
    if len({figure(r.quantity) for r in current}) == 1:
        return [Part(f"{_cap(quantity_words(current[0].quantity))} {kind}",
                     _cites(current[:CITES_PER_STEP], articles))]
    last, lead = _lead(current, headline, rising)
    a = articles.get(last.article)
    when = f", {date_words(last.published)}" if last.published else ""
    outlet = outlet_words(a.outlet if a else None, a.url if a else None)
    shown = quantity_words(lead)
    later, newest = _later(current, last, rising)
    if newest is None:
        return [Part(f"{_cap(shown)} {kind}, the latest figure ({outlet}{when})", _cites([last], articles))]
    verb = "later reports give" if len(later) > 1 else "a later report gives"
    return [Part(f"{_cap(shown)} {kind} ({outlet}{when})", _cites([last], articles)),
            Part(f"; {verb} {quantity_words(newest.quantity)} ({date_words(newest.day)})",
                 _cites([newest], articles))]


def _later(current: list[TollReport], last: TollReport,
           rising: bool) -> tuple[list[TollReport], TollReport | None]:
    """The reports after the lead one that give another figure, and the one of them a toll line names ("; a later
    report gives 12"): fusion's headline is not always the newest figure (it may weigh sources), so the line
    says so, never "latest" over it."""
    later = [r for r in current if r.day and r.day > (last.day or "")
             and (not agree(r.quantity, last.quantity) or _higher_floor(r.quantity, last.quantity))
             and not (rising and lower(r.quantity) < lower(last.quantity) and r.revision != "down")]
    if not later:
        return [], None
    day = max(r.day or "" for r in later)
    last_day = sorted((r for r in later if r.day == day), key=lambda r: (r.article, r.start))
    return later, next((r for r in last_day if exact(r.quantity)), last_day[0])  # as the history tells that day


def _higher_floor(later: Quantity, shown: Quantity) -> bool:
    """Both figures are only floors and the later one is higher ("more than 600" weeks after "at least 534"):
    it says more than the shown figure does, though both can be true, so the shown one is not the latest."""
    return (later.max is None and shown.max is None and later.min is not None and shown.min is not None
            and later.min > shown.min)


def _widely(current: list[TollReport], headline: Quantity | None) -> Quantity | None:
    """Fusion's headline figure, unless fewer articles count it exactly than another exact figure reported as
    late or later (a breakdown's "Tolvar: 72" read as the toll, beside the 150 every report repeats): then the
    most widely reported of those (ties: the lower, conservative where reports conflict). Rounded words
    ("nearly 100") are no count to weigh: a toll revised down to 84 stays 84."""
    if headline is None:
        return None
    support: dict[tuple[int | None, int | None], set[str]] = {}
    last: dict[tuple[int | None, int | None], str] = {}
    for r in current:
        if not exact(r.quantity) or r.quantity.qualifier:  # "nearly 100" rounds; a count is a count
            continue
        key = count_of(r.quantity)
        support.setdefault(key, set()).add(r.article)
        last[key] = max(last.get(key, ""), r.day or "")
    own = count_of(headline)
    if own not in support:
        return headline  # not counted exactly by anyone: nothing to weigh it against
    rivals = [k for k in support if k != own and last[k] >= last[own] and len(support[k]) > len(support[own])
              and not agree(Quantity(*k), headline)]
    if not rivals:
        return headline
    best = max(rivals, key=lambda k: (len(support[k]), -(k[0] or k[1] or 0)))
    return next(r.quantity for r in current if count_of(r.quantity) == best)


RECOUNT_SLACK = 0.25  # a later count at most this much above the headline is the same dead counted again


def _recount(current: list[TollReport], last: TollReport, rising: bool) -> TollReport:
    """The count that replaces the headline as the latest one: a count reported on a later day, a little above it
    (54, then 56 a week later: more of the injured died), with no report after it below it; and for a rising
    toll, the top count of the latest report day and of the undated reports (see :func:`_rising_top`). Rounded
    words are never a recount."""
    base = lower(last.quantity)
    up = [r for r in current if r.day and r.day > (last.day or "") and _counted(r.quantity)]
    if base and up and all(lower(r.quantity) >= base for r in up):
        newest = max(up, key=lambda r: (r.day or "", lower(r.quantity)))
        # above it: "at least 19" a week after 19 is the same count retold, no recount (and no latest figure
        # over the higher counts reported between them)
        if base < lower(newest.quantity) <= base * (1 + RECOUNT_SLACK):
            last = newest
    return _rising_top(current, last) if rising else last


def _rising_top(current: list[TollReport], last: TollReport) -> TollReport:
    """A disaster's toll only rises as bodies are found, unless a report says it was revised down: of the figures
    of the latest report day (which came first that day the dates cannot say) and of undated reports (which
    cannot be placed before it), the highest count is the latest ("12, then 39" on one day; 70 in an undated
    report beside 11 and 17). Counts only, never rounded words (:func:`_counted`)."""
    days = [r.day for r in current if r.day]
    top_day = max(days, default=None)
    if any(r.revision == "down" for r in current):
        return last
    # the lead event's own counts: a fragment folded under it may be another count told beside it
    pool = [r for r in current if (r.day == top_day or r.day is None) and _counted(r.quantity) and r.own]
    best = max(pool, key=lambda r: (lower(r.quantity), exact(r.quantity), r.day or ""), default=last)
    return best if lower(best.quantity) > lower(last.quantity) else last


def _counted(q: Quantity) -> bool:
    """A count, not rounded words: 156, "at least 37"; not "nearly 100", "more than 200", "dozens"."""
    return exact(q) or (q.min is not None and q.min % 10 != 0 and not vague(q))


def _tighter(current: list[TollReport], last: TollReport) -> TollReport:
    """A headline that is only a lower bound ("more than 130") gives way to the latest higher count it agrees
    with ("at least 137", reported before it): the later wording is vaguer, not a revision."""
    q = last.quantity
    if q.max is not None or q.min is None:
        return last
    tighter = [r for r in current if r.quantity.min is not None and r.quantity.min > q.min
               and (r.quantity.max is None or exact(r.quantity)) and agree(r.quantity, q)]
    return max(tighter, key=lambda r: (r.day or "", exact(r.quantity), lower(r.quantity)), default=last)


def exact(q: Quantity) -> bool:
    return q.min is not None and q.min == q.max


def agree(a: Quantity, b: Quantity) -> bool:
    """Both can be true ("nearly 200" and 183; "more than 1,100" and 1,175): a bound is no later figure."""
    inf = float("inf")
    lo_a, hi_a = a.min or 0, a.max if a.max is not None else inf
    lo_b, hi_b = b.min or 0, b.max if b.max is not None else inf
    return lo_a <= hi_b and lo_b <= hi_a


def _steps(current: list[TollReport], use_marks: bool = True) -> list[tuple[TollReport, list[TollReport]]]:
    """The changes of the figure in publication order, each with the reports that give it: the revisions fusion
    marked when it marked any, else every change (none when the figure never changed)."""
    # within a day a toll is told rising (bodies are found through the day) unless fusion marked a cut
    dated = sorted((r for r in current if r.day),
                   key=lambda r: (r.day or "", r.revision == "down", lower(r.quantity), r.article, r.start))
    marked = use_marks and any(r.revision for r in dated)
    steps: list[tuple[TollReport, list[TollReport]]] = []
    for r in dated:
        if steps and (count_of(r.quantity) == count_of(steps[-1][0].quantity) or (
                r.day == steps[-1][0].day and agree(r.quantity, steps[-1][0].quantity))):
            # the same count again ("5", "at least 5"), or in other words the same day ("more than 178", "183"):
            # one more source for this step, told by its most precise figure
            steps[-1][1].append(r)
            if exact(r.quantity) and not exact(steps[-1][0].quantity):
                steps[-1] = (r, steps[-1][1])
        elif steps and _met_floor(r.quantity, steps[-1][0].quantity) and r.revision is None:
            continue  # "at least 19" after 74: a floor the count before it meets says no change
        elif not steps or not marked or r.revision is not None:
            steps.append((r, [r]))
        # else: a different figure fusion did not read as a revision is a conflicting report, not a step
    if len(steps) < 2:
        return []
    return [steps[0], *steps[-(HISTORY - 1):]] if len(steps) > HISTORY else steps


def _met_floor(q: Quantity, before: Quantity) -> bool:
    """A floor ("at least 19", "more than 19") below a count told before it (74): both are true, so the later
    wording tells no change of the toll (a report recalling the first day's count in looser words)."""
    return q.max is None and q.min is not None and q.qualifier is not None and \
        (exact(before) or before.max is None) and before.min is not None and before.min > q.min


def _history(current: list[TollReport], articles: Mapping[str, Article], use_marks: bool = True) -> list[Part]:
    """': first at least 12 (4 March 2031) [1, 2], then 14 (5 March 2031) [3]' (:func:`_steps`)."""
    parts = []
    for i, (r, same) in enumerate(_steps(current, use_marks)):
        lead = ": first " if i == 0 else ", then "
        parts.append(Part(f"{lead}{quantity_words(r.quantity)} ({date_words(r.day)})",
                          _cites(same[:CITES_PER_STEP], articles)))
    return parts


def spread_words(reports: Sequence[TollReport], kind: str, articles: Mapping[str, Article],
                 marked: bool = True) -> str | None:
    """What the figures of one kind that a toll line counts (:func:`toll_item`) disagree on, told as that line
    tells them, with outlets for its numbered sources (a timeline line's conflicts): "killed: from 12 to 16:
    first 14 (Orvani Herald, 5 March 2031), then 16 (Valdora Today, 8 March 2031)", or the figures and who gives
    them when no change can be dated ("killed: 12 (Orvani Herald); 14 (Karvosh Star)"). None when they agree."""
    current = _current(reports, kind)
    if len({figure(r.quantity) for r in current}) < 2:
        return None
    lo, hi = _span(current, marked)
    if lo == hi:  # "5" and "at least 5": one count in two wordings (no range on the toll line either)
        return None

    def who(rs: Iterable[TollReport]) -> str:
        outlets = list(dict.fromkeys(outlet_words(a.outlet, a.url) if (a := articles.get(r.article)) else
                                     UNKNOWN_OUTLET for r in rs))
        # "Orvani Public Radio and Lowland Gazette", not "…, unknown outlet and …" (the briefing numbers it)
        return list_words([o for o in outlets if o != UNKNOWN_OUTLET] or outlets)

    if steps := _steps(current, marked):
        told = ", then ".join(f"{quantity_words(r.quantity)} ({who(same[:CITES_PER_STEP])}, {date_words(r.day)})"
                              for r, same in steps)
        return f"{kind}: from {number_words(lo)} to {_top_words(current, hi)}: first {told}"
    by_figure: dict[tuple[int | None, int | None], list[TollReport]] = {}
    for r in sorted(current, key=lambda r: (lower(r.quantity), upper(r.quantity))):
        by_figure.setdefault(figure(r.quantity), []).append(r)
    return f"{kind}: " + "; ".join(f"{quantity_words(rs[0].quantity)} ({who(rs)})" for rs in by_figure.values())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
