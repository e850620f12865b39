"""Casualty reports of one incident and the headline figures chosen from them, the way ACLED keeps them.

Every figure an article gives for the incident is kept as a
:class:`~storyline.model.CasualtyReport` (kind, min/max, qualifier, article,
span, publication date, and the day its own clause gives it: "on Wednesday the
minister revised the toll from 118 to 109" in Thursday's article). Within one
article, only its latest-dated figures can be current; among them the new total
that ends its chain of revisions ("from 109 to 96" after "from 118 to 109"), else
the last figure told as a new total ("has risen to 14", "taking the toll to
59"), else its first figure that is neither a part of the toll ("including two
police officers") nor told as an earlier one ("initially", "had left 42 dead").
A figure its clause dates counts on that day.
Its other figures are kept with status "earlier" or "partial". A wire copy
counts with its original once.

**Headline** (per kind): the most recent report day's current figures, stale ones left out (a recap of a count
the running toll had replaced before it was given, also one told as a rise to less than the running toll, "has
risen to 100" a day after 120: see :func:`headline`; and the other counts of an article whose death toll
retells an old one: see :func:`_recaps`); among them one the text gives as a new total comes first, then the
one most sources give, then the one the day's other sources agree with most, then the lower (conservative). A
weak figure (an approximation, "nearly 100", "more than 100"; or one source's figure not told as a new total)
does not outrank a count several sources give on its day or later (:func:`_outvoted`): it neither heads nor
revises the running toll. A bound ("more than 30") that agrees with an exact figure given before (31) leaves
the exact figure standing. Undated
reports decide only when no report is dated. The perpetrators' own count
("said its fighters killed 11") is kept as a report, never as a headline or
a conflict. Counts of bodies found ("23 bodies have been recovered so far") are parts of the toll: a search's
running count, never a revision of the death toll ("62 on board, all presumed dead"); with no other figure of
the dead, the bodies told are its floor ("at least 31"; a part of one kind of victim, "including two
officers", is none).

**Revisions and conflicts.** Walking the current figures by publication day,
a figure that replaces the one before it (told as a new total, or given on a
later day while the older one is not repeated) is a revision, "up" or
"down". Two figures that cannot both be true (their ranges do not meet)
conflict when sources give them side by side: on the same day with neither
told as a new total, or the older one still given after the newer appeared
("killed 12" two days after "the toll has risen to 14"), but not a later
count that rises from a stated downward correction of the older one; a size in
words ("thousands") conflicts with no count in numbers. Conflicts list every
competing value with its articles and mentions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from storyline.analyze.events.casualties import (
    ABOUT,
    AT_MOST,
    GENERIC_VICTIMS,
    ONE_PERSON_PRONOUNS,
    VAGUE,
    body_count_text,
)
from storyline.lexicons.violence import DEATH_TRIGGERS, DEATH_UNDONE_AFTER, DEATH_UNDONE_BEFORE, DEATH_VERBS_DEAD
from storyline.model import Article, CasualtyReport, EventMention, Figure, Quantity, ValueReport, span_source
from storyline.timevalues import value_interval

KINDS = ("killed", "injured", "missing", "arrested", "abducted")
#: qualifiers that make a figure an approximation ("nearly 100", "about 40", "more than 300"); "at least N" is how
#: officials and wires give a count, not an estimate
APPROXIMATE = frozenset(AT_MOST + ABOUT + ("more than", "over", "upwards of", "in excess of", "above"))
SEVERAL = 2  # independent sources that make a count "several outlets'" (see _outvoted)


@dataclass(frozen=True)
class _Current:
    """One source's current figure of a kind."""

    report: CasualtyReport
    source: str  # the article, or the original it copies
    day: dt.date | None  # publication day when known to the day
    cued: bool  # told as a new total


def _day(article: Article | None) -> dt.date | None:
    if article is None or not article.published:
        return None
    iv = value_interval(article.published)
    return iv[0] if iv and iv[0] == iv[1] else None


def _bounds(r: CasualtyReport) -> tuple[int, float]:
    return (r.min if r.min is not None else 0, float(r.max) if r.max is not None else float("inf"))


#: qualifiers of a bound that leaves out its own number ("more than 200": not 200)
STRICT_BOUNDS = frozenset({"more than", "over", "upwards of", "in excess of", "above"})


def _floor(r: CasualtyReport) -> int:
    """The least count a figure allows: "at least 200" allows 200, "more than 200" 201."""
    lo = r.min if r.min is not None else 0
    return lo + 1 if r.max is None and (r.qualifier or "").lower() in STRICT_BOUNDS else lo


def consistent(a: CasualtyReport, b: CasualtyReport) -> bool:
    """Can both figures be true ("at least 12" and "14" can; "12" and "14" cannot)?"""
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return alo <= bhi and blo <= ahi


def _value(r: CasualtyReport) -> tuple[int | None, int | None]:
    return (r.min, r.max)


#: where a headline's figures sort among an article's (after its text's: a title's offsets are its own)
_TITLE_AT = 1 << 40


def collect(mentions: Iterable[EventMention], articles: Mapping[str, Article]) -> list[CasualtyReport]:
    """Every figure of the mentions once (two mentions of one sentence share them), statuses set per article."""
    # a figure is at (article, kind, start) of its text, or of its title (a headline's: start after the text's)
    mentions = list(mentions)
    # (and its end: a sum of groups' counts starts where the first group's count does, see group_totals)
    seen: dict[tuple[str, str, int, int], tuple[Figure, str]] = {}
    news: set[tuple[str, str, int, int]] = set()  # figures a mention told as news carries
    fields: dict[str, str | None] = {}
    for m in mentions:
        fields[m.id] = m.field
        for f in m.figures:
            at = f.start if m.field is None else _TITLE_AT + f.start
            seen.setdefault((m.article, f.kind, at, f.end), (f, m.id))
            if not m.background:
                news.add((m.article, f.kind, at, f.end))
    by_article: dict[tuple[str, str], list[tuple[Figure, str]]] = {}
    told: dict[tuple[str, str], list[Figure]] = {}
    for (art, kind, start, end), pair in sorted(seen.items(), key=lambda kv: kv[0]):
        by_article.setdefault((art, kind), []).append(pair)
        if (art, kind, start, end) in news:
            told.setdefault((art, kind), []).append(pair[0])
    out = []
    for (art, kind), figs in sorted(by_article.items()):
        # an article's current figure is one of the incident told as news ("tensions escalated after two
        # soldiers were killed in a blast" told before "the clashes have killed at least 33": 33), unless the
        # article tells the incident only as background
        article = articles.get(art)
        current = _current_of(told.get((art, kind)) or [f for f, _ in figs], _day(article))
        for f, mid in figs:
            status = "current" if f is current else (
                "claimed" if f.claimed else "partial" if f.partial else "earlier")
            out.append(CasualtyReport(kind=f.kind, min=f.min, max=f.max, qualifier=f.qualifier, text=f.text,
                                      article=art, start=f.start, end=f.end,
                                      published=article.published if article else None, mention=mid,
                                      revision=f.revision if f.revision in ("up", "down") else None,
                                      status=status, date=f.date, field=fields.get(mid)))
    if not any(r.kind == "killed" for r in out):
        out += _named_deaths(mentions, articles)
    return out


#: modalities under which a killing still happened: "accused of murdering X" alleges the doer, not the death;
#: "claimed the killing of X", "denied killing X" likewise (not a negated, planned or hypothetical one)
TOLD_DEATHS = frozenset({"asserted", "alleged", "claimed", "denied"})


def _named_deaths(mentions: list[EventMention], articles: Mapping[str, Article]) -> list[CasualtyReport]:
    """One named victim killed, where an incident gives no figure of its dead: "<Name> was shot dead", "the man
    who killed <Name>", "the assassination of <Name>" is a death toll of 1 (ACLED records the one death; the
    most frequent toll of all: an assassination). Only a killing that happened (:data:`TOLD_DEATHS`, told now or
    recalled, not an attempt) of exactly one target named with a capital or a singular pronoun; one report per
    article, status current; none unless a third of the incident's articles tell the death."""
    out: list[CasualtyReport] = []
    done: set[str] = set()
    for m in sorted(mentions, key=lambda m: (m.article, m.field is not None, m.start)):
        if m.article in done or m.modality not in TOLD_DEATHS or m.type not in ("ASSAULT", "LIFE"):
            continue
        art = articles.get(m.article)
        text = span_source(art, m.field) if art is not None else ""
        if not text:
            continue
        before = text[max(0, m.start - 20):m.start].lower()
        after = text[m.end:m.end + 12].lower()
        trigger = m.text.lower()
        last = trigger.split()[-1] if trigger.split() else ""
        dead = last in DEATH_TRIGGERS or (last in DEATH_VERBS_DEAD and after.lstrip().startswith("dead")) or \
            _to_death(text, m) or before.rstrip().endswith(FATALLY)
        if not dead or before.rstrip().endswith(DEATH_UNDONE_BEFORE) or after.lstrip().startswith(DEATH_UNDONE_AFTER):
            continue
        targets = {p.text for p in m.participants if p.role == "target"}
        if len(targets) != 1:
            continue
        victim = next(iter(targets))
        words = victim.split()
        one = victim.lower() in ONE_PERSON_PRONOUNS or (
            words and words[-1][:1].isupper() and not any(w.lower() in ("and", "&") or w[:1].isdigit() for w in words)
            and not words[-1].lower().endswith("s'"))
        if not one:
            continue
        p = next(p for p in m.participants if p.role == "target")
        done.add(m.article)
        out.append(CasualtyReport(kind="killed", min=1, max=1, qualifier=None, text=p.text, article=m.article,
                                  start=p.start, end=p.end, published=art.published if art else None,
                                  mention=m.id, status="current", field=m.field))
    # (a killing told in one article of many, "the raid came months after the assassination of X", is a mention
    # the incident took in, not its toll: the death must be told by a third of its articles)
    return out if 3 * len(done) >= len({m.article for m in mentions}) else []


#: adverbs that make an attack's verb tell a death ("fatally shot", "fatally stabbed", "was mortally wounded")
FATALLY = ("fatally", "mortally")
#: words of a clause that end the verb's own phrase before a "to death" that is not its own
_CLAUSE_ENDS = (",", ";", ".", ":", "?", "!", "\n", " and ", " but ", " after ", " before ", " while ",
                " when ", " who ", " which ", " that ")


def _to_death(text: str, m: EventMention) -> bool:
    """Does the attack's verb take "to death" ("stabbed to death", "was beaten to death", "shot Mr Tarn to death"):
    "to death" after the verb, at most five words on, in the verb's own clause ("sentenced to death" is no attack:
    only attacks and deaths come here)."""
    rest = text[m.end:m.end + 80].lower()
    at = rest.find(" to death")
    if at < 0 or len(rest[:at].split()) > 5:
        return False
    between = rest[:at] + " "
    return not any(stop in between for stop in _CLAUSE_ENDS)


def _vague(r: CasualtyReport | Figure) -> bool:
    """"thousands", "dozens": a size, not a count (ACLED takes a number over a word for one)."""
    return (r.qualifier or "") in VAGUE


def _approximate(r: CasualtyReport) -> bool:
    """"nearly 100", "about 40", "more than 300", "dozens": a size or an estimate, not a count."""
    return (r.qualifier or "") in APPROXIMATE or _vague(r)


def _outvoted(c: _Current, currents: list[_Current]) -> bool:
    """A weak figure that several sources' firm count of its day or later leaves standing alone.

    Weak: an approximation ("nearly 100", "more than 100"), one source's figure not told as a new total
    ("killed 100" in one outlet), or a rise to less than a firm count of its day or later ("went up to 140"
    beside "205 are wounded" in two outlets). Firm: a count that is no approximation ("84", "at least 84": the number it
    states), given by at least ``SEVERAL`` independent sources on the weak figure's day or later and outside
    the weak figure's range. Conflict
    monitors keep the count most sources give; one outlet's round figure is not a revision of it.
    """
    if c.day is None:
        return False
    # a rise to less than several sources' count of its day or later is an older rise ("went up to 140" beside
    # "205 are wounded" twice that day)
    rise = c.cued and c.report.revision == "up"
    if not _approximate(c.report) and not rise and (
            c.cued or sum(_value(o.report) == _value(c.report) for o in currents) > 1):
        return False
    lo, hi = _bounds(c.report)
    # (a firm count is the number it states: "at least 84" counts 84, at odds with "killed 100")
    firm = [o for o in currents if o.day is not None and o.day >= c.day and o.report.min is not None
            and not _approximate(o.report) and not lo <= o.report.min <= hi and (not rise or o.report.min > hi)]
    return any(len({p.source for p in firm if p.report.min == o.report.min}) >= SEVERAL for o in firm)


def _current_of(figs: list[Figure], published: dt.date | None = None) -> Figure | None:
    """An article's current figure of one kind: its last new total, else its first plain figure that is a
    number rather than a word ("left thousands dead ... tolls from more than 4,000" is "more than 4,000")."""
    plain = [f for f in figs if not f.partial and not f.earlier and not f.claimed]
    # a figure its own clause dates before the article's day is older than one it does not date ("on Wednesday
    # the minister revised the toll from 118 to 109" beside "on Thursday revised it from 109 to 96" in Thursday's
    # article): only the latest-dated figures can be the article's current one. A figure dated the article's own
    # day ("rose to 161, the agency said Thursday" in Thursday's article) is as current as an undated one
    today = published.isoformat() if published is not None else None

    def when(f: Figure) -> str:
        return "9999" if not f.date or (today is not None and f.date[:10] >= today) else f.date

    latest = max((when(f) for f in plain), default=None)
    plain = [f for f in plain if when(f) == latest]
    cued = [f for f in plain if f.revision is not None]
    # a chain of revisions ("from 109 to 96 ... from 118 to 109") ends on the total no other one replaced
    replaced = {f.previous for f in cued if f.previous is not None}
    cued = [f for f in cued if f.min is None or f.min != f.max or f.min not in replaced] or cued
    if cued:
        # "revised down the toll to 96 ... the confirmed number stood at 96": the same total, told with the
        # direction it moved in
        moved = [f for f in cued if (f.min, f.max) == (cued[-1].min, cued[-1].max) and f.revision in ("up", "down")]
        return (moved or cued)[-1]
    precise = [f for f in plain if not _vague(f)]
    pick = precise or plain
    if pick and _one_group(pick[0]):
        # "13 soldiers were killed ... health officials said at least 60 people died": a count of one group of
        # victims is a part of a total the article gives of them all (at least as large), not the toll
        whole = [f for f in pick[1:] if not _one_group(f) and f.min is not None and
                 (pick[0].max is not None and f.min >= pick[0].max)]
        if whole:
            pick = whole + [f for f in pick if f not in whole]
    if pick and pick[0].min is not None and pick[0].max != pick[0].min:
        # "a crush killed more than 150" in the lead, "killed 155 people" below: the article's count is the exact
        # figure its own bound allows (ACLED keeps the most precise figure of a report), not the rounded lead
        lo, hi = pick[0].min, pick[0].max
        exact = [f for f in pick[1:] if f.min is not None and f.min == f.max and f.min >= lo
                 and (hi is None or f.min <= hi)]
        if exact:
            return exact[0]
    return pick[0] if pick else None


def _one_group(f: Figure) -> bool:
    """A count of one named group of victims ("13 service members"), not of people at large ("60 people")."""
    return bool(f.group) and (f.group or "").split()[-1] not in GENERIC_VICTIMS


def _currents(reports: list[CasualtyReport], kind: str, articles: Mapping[str, Article]) -> list[_Current]:
    """One current figure per independent source (a copy counts with its original, the earliest kept)."""
    out: dict[str, _Current] = {}
    for r in sorted(reports, key=lambda r: (r.published or "9999", r.article, r.start)):
        if r.kind != kind or r.status != "current":
            continue
        art = articles.get(r.article)
        source = (art.copy_of if art is not None and art.copy_of else None) or r.article
        out.setdefault(source, _Current(r, source, _own_day(r, _day(art)), r.revision is not None))
    return list(out.values())


def _own_day(r: CasualtyReport, published: dt.date | None) -> dt.date | None:
    """The day of a figure: the one its own clause gives when that is before the publication day ("59 people
    were killed on Monday" in Tuesday's article is Monday's count), else the publication day."""
    if r.date is None or published is None:
        return published
    try:
        own = dt.date.fromisoformat(r.date)
    except ValueError:
        return published
    return own if own < published else published


def headline(currents: list[_Current], running: _Current | None = None) -> CasualtyReport | None:
    """The most recent day's figure: a new total first, then the most sources, then the most agreed with, then the
    lower.

    With ``running`` (the toll the revisions walk ends on, :func:`walk`), a stale figure is left out first: one
    not told as a new total that the running toll had already replaced when it appeared ("the bombing, which
    killed 12" in a story of the funerals, days after the toll rose to 16), so a recap of an old count never
    undoes a rise. A later, lower figure first given after the running toll stays in (a quiet correction).
    """
    if not currents:
        return None
    fresh = [c for c in currents if not _stale(c, currents, running)] or [
        c for c in currents if running is not None and _value(c.report) == _value(running.report)] or currents
    dated = [c for c in fresh if c.day is not None]
    pool = [c for c in dated if c.day == max(d.day for d in dated)] if dated else fresh  # type: ignore[type-var]
    pool = [c for c in pool if not _outvoted(c, currents)] or pool
    groups: dict[tuple[int | None, int | None], list[_Current]] = {}
    for c in pool:
        groups.setdefault(_value(c.report), []).append(c)

    def rank(key: tuple[int | None, int | None]) -> tuple[bool, bool, int, int, float, float]:
        members = groups[key]
        lo, hi = _bounds(members[0].report)
        # between values given by as many sources, the one more of the day's other sources agree with ("at least
        # 2,012" beside "more than 2,000", against one outlet's "1,351"): a lone figure at odds with all the others
        # is more likely a part (one province's dead) or an old count than the toll
        agree = len({c.source for c in pool if consistent(c.report, members[0].report)})
        return (any(c.cued for c in members), not _vague(members[0].report), len(members), agree, -lo, -hi)

    head = groups[max(groups, key=rank)][0].report
    counts = [c for c in currents if not _vague(c.report) and consistent(c.report, head)] if _vague(head) else []
    if counts and len(counts) < len(currents):
        # "hundreds" the day after "more than 200" in three outlets: a size in words that the counts fit tells
        # nothing new; the latest count stands
        return headline(counts, running)
    if (head.qualifier or "").lower() in ABOUT and head.min is not None and head.min == head.max:
        # "around ninety" the day after "risen to 91": a round figure that the count rounds to tells nothing new;
        # the latest count it rounds stands (ACLED keeps the most precise figure)
        half = _rounding(head.min) // 2
        exact = [c for c in fresh if c.report.min is not None and c.report.min == c.report.max
                 and not _approximate(c.report) and abs(c.report.min - head.min) <= half
                 and c.report.min != head.min and not _outvoted(c, currents)]
        if exact:
            return max(exact, key=lambda c: (c.day or dt.date.min, c.cued, c.source)).report
    if head.min != head.max:  # "more than 30" after "31": the precise figure it agrees with stands
        exact = [c for c in fresh if c.report.min is not None and c.report.min == c.report.max
                 and consistent(c.report, head) and c.report.min >= _floor(head) and not _outvoted(c, currents)]
        if exact:
            return max(exact, key=lambda c: (c.day or dt.date.min, c.cued, c.source)).report
    return head


def _rounding(n: int) -> int:
    """The unit a round figure is rounded to: 90 -> 10, 300 -> 100, 1,500 -> 100, 253 -> 1."""
    unit = 1
    while n and n % (unit * 10) == 0 and unit < 1000:
        unit *= 10
    return unit


def _stale(c: _Current, currents: list[_Current], running: _Current | None) -> bool:
    """A figure the running toll had replaced before it was given again: not told as a new total, at odds with
    the running toll, and first given before the day the running toll took over (or that day, when the running
    toll was told as a new total)."""
    if running is None or running.day is None or consistent(c.report, running.report):
        return False
    if c.cued and (c.report.revision == "down" or _bounds(c.report)[0] > _bounds(running.report)[0]):
        return False  # a correction, or a rise past the running toll (a rise to less repeats an old rise)
    # the day the figure was first given, in its own words or another's that agree with it and not with the
    # running toll ("at least 174" the day after "risen to 174")
    first = min((o.day for o in currents if o.day is not None and consistent(o.report, c.report)
                 and not consistent(o.report, running.report)), default=None)
    # (given the same day, only a new total sets it aside: "34 killed" and "52 killed" side by side both stand)
    return first is not None and (first < running.day or (first == running.day and running.cued))


def _conflicting(a: list[_Current], b: list[_Current], overtaken: dt.date | None = None,
                 corrections: list[_Current] | None = None) -> bool:
    """Two inconsistent values given side by side (see the module docstring).

    On the same day with neither told as a new total (but not on a first day
    of reports that later figures overtook: "12 people died" and "at least 40"
    on the day of an attack whose toll then rose past both are one count
    coming in); or the older value still given after the newer one appeared;
    or a newer, lower value not told as a revision (tolls rise: a later
    "killed 12" after "the toll has risen to 14" is a report that kept the old
    figure, not a correction), unless a figure told as a downward revision
    (``corrections``) had already set the older value aside.
    """
    if any(x.day == y.day and x.day != overtaken and not (x.cued or y.cued) for x in a for y in b
           if x.day is not None):
        return True
    if any(x.day is None and y.day is None and not (x.cued or y.cued) for x in a for y in b):
        return True  # two undated sources: nothing puts one count after the other, they stand side by side
    first_a = min((c.day for c in a if c.day), default=None)
    first_b = min((c.day for c in b if c.day), default=None)
    if first_a is None or first_b is None or first_a == first_b:
        return False
    older, newer = (a, b) if first_a < first_b else (b, a)
    newer_first = max(first_a, first_b)
    corrections = corrections or []
    if any(c.day is not None and c.day > newer_first and not c.cued for c in older):
        return True
    lower = _bounds(newer[0].report)[1] < _bounds(older[0].report)[0]
    return lower and not any(c.report.revision == "down" for c in newer) and \
        not _corrected(older, newer_first, corrections)


def _corrected(older: list[_Current], until: dt.date, corrections: list[_Current]) -> bool:
    """Was the older value revised down below itself, in so many words, between its first day and ``until``
    and never given again after that ("118 killed" on Monday, "revised down to 96" on Tuesday, "102 killed" on
    Wednesday: 102 rises from the correction, it is no rival of 118)?"""
    first = min((c.day for c in older if c.day), default=None)
    last = max((c.day for c in older if c.day), default=None)
    low = _bounds(older[0].report)[0]
    # (an older value still given after the correction is a disagreement: "at least 174" the day after 174 was
    # revised down to 125)
    return first is not None and last is not None and any(
        d.day is not None and first <= d.day <= until and d.day >= last and _bounds(d.report)[1] < low
        for d in corrections)


def _overtaken_first_day(currents: list[_Current], pair: list[_Current]) -> dt.date | None:
    """The first day of reports when a later day's figure reaches every figure of ``pair`` given then: above
    them, or the highest of them repeated ("18 wounded", "45 wounded" and "96 wounded" on the day of an attack,
    96 given again the next day: the count coming in, not rival counts)."""
    first = min((c.day for c in currents if c.day is not None), default=None)
    if first is None:
        return None
    top = max(_bounds(c.report)[0] for c in pair if c.day == first) if any(c.day == first for c in pair) else 0
    later = [c for c in currents if c.day is not None and c.day > first]
    return first if later and max(_bounds(c.report)[0] for c in later) >= top else None


def conflicts(currents: list[_Current]) -> tuple[ValueReport, ...]:
    """Every value involved in a conflict, with its mentions and articles (empty when none)."""
    groups: dict[tuple[int | None, int | None], list[_Current]] = {}
    for c in currents:
        groups.setdefault(_value(c.report), []).append(c)
    keys = sorted(groups, key=lambda k: (k[0] or 0, k[1] if k[1] is not None else 10**9))
    # a size in words ("thousands have been killed") stands against no count in numbers: ACLED takes the number
    counted = any(not _vague(groups[k][0].report) for k in keys)
    corrections = [c for c in currents if c.cued and c.report.revision == "down"]
    involved: set[tuple[int | None, int | None]] = set()
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            if consistent(groups[ka][0].report, groups[kb][0].report) or \
                    (counted and (_vague(groups[ka][0].report) or _vague(groups[kb][0].report))):
                continue
            if _conflicting(groups[ka], groups[kb], _overtaken_first_day(currents, groups[ka] + groups[kb]),
                            corrections):
                involved |= {ka, kb}
    out = []
    for k in keys:
        if k in involved:
            first = groups[k][0].report
            out.append(ValueReport({"min": k[0], "max": k[1], "text": first.text, "qualifier": first.qualifier},
                                   tuple(c.report.mention or "" for c in groups[k]),
                                   tuple(sorted({c.report.article for c in groups[k]}))))
    return tuple(out)


def walk(currents: list[_Current], reports: list[CasualtyReport]) -> tuple[dict[tuple[str, int], str], _Current | None]:
    """Label the current figures that revise the one before them by publication day ("up" / "down"), and the
    figure the walk ends on (the running toll).

    A figure replaces the running one when the text gives it as a new total,
    or when it comes on a later day and is higher (tolls rise); a later, lower
    figure not told as a revision leaves the running one standing.
    """
    label: dict[tuple[str, int], str] = {}
    running: _Current | None = None
    overturned: list[CasualtyReport] = []  # figures a new total set aside
    for c in _in_order(currents, reports):
        r = c.report
        if running is None:
            running = c
            continue
        if consistent(running.report, r):
            if c.cued and _value(r) != _value(running.report) and not _outvoted(c, currents):
                running = c
            continue
        up = _bounds(r)[0] > _bounds(running.report)[0]
        later = c.day is not None and running.day is not None and c.day > running.day
        # (a later "at least 174" after "174" was revised down to 125 repeats the old figure, it is no rise)
        again = any(consistent(r, o) for o in overturned)
        if ((c.cued and (up or r.revision == "down")) or (later and up and not again)) and \
                not _outvoted(c, currents):
            label[(r.article, r.start)] = "up" if up else "down"
            if c.cued:
                overturned.append(running.report)
            running = c
    return label, running


def _in_order(currents: list[_Current], reports: list[CasualtyReport]) -> list[_Current]:
    """The dated current figures in the order they were given: by day; within a day, after the figures it tells
    as older ones ("revised down to 125 ... earlier officials had put the figure at 174" comes after the 174 of
    that day), then a new total first, then by source."""
    dated = [c for c in currents if c.day is not None]
    kinds = {c.report.kind for c in dated}
    told: dict[str, set[tuple[int | None, int | None]]] = {}
    for r in reports:
        if r.status in ("current", "earlier") and r.kind in kinds:
            told.setdefault(r.article, set()).add(_value(r))

    def knows_older(c: _Current) -> bool:
        others = {_value(o.report) for o in dated if o.day is not None and c.day is not None and o.day <= c.day
                  and not consistent(o.report, c.report)}
        return bool(told.get(c.report.article, set()) & others)

    return sorted(dated, key=lambda c: (c.day, knows_older(c), not c.cued, c.source))


def ranges(reports: Iterable[CasualtyReport]) -> dict[str, Quantity]:
    """Per kind (keyed like ``Event`` fields), the range the articles' current figures span where they differ:
    the lowest and the highest count ("reports range from 149 to 292", as the briefing words it), a size in
    words ("dozens") left out beside counts; the perpetrators' own count, earlier figures and parts of the toll
    are not current and count for nothing. An open bound counts as its number ("at least 30": 30)."""
    out: dict[str, Quantity] = {}
    for kind in KINDS:
        current = [r for r in reports if r.kind == kind and r.status == "current"]
        current = [r for r in current if not _vague(r)] or current
        if not current:
            continue
        lo = min(r.min if r.min is not None else r.max or 0 for r in current)
        hi = max(r.max if r.max is not None else r.min or 0 for r in current)
        if lo != hi:
            out["fatalities" if kind == "killed" else kind] = Quantity(min=lo, max=hi)
    return out


def _bodies(r: CasualtyReport, articles: Mapping[str, Article]) -> bool:
    """Is the part a count of bodies found ("23 bodies recovered", "the bodies of nine hikers", "the remains of 14
    people"), not of one kind of victim ("including two officers")? Read in the words around the count."""
    art = articles.get(r.article)
    text = span_source(art, r.field) if art is not None else ""
    return body_count_text(text[max(0, r.start - 25):r.end + 25] if text else r.text)


def _recaps(currents: list[_Current], running: _Current | None) -> dict[str, CasualtyReport]:
    """The articles whose current death toll retells an old count, with that count: not told as a new total,
    lower than the running toll and given on a later day than it ("killing at least 25 people", three days after
    "risen to 36"): the other counts told with it (the wounded of its sentence) are of that old count too."""
    if running is None or running.day is None:
        return {}
    low = _bounds(running.report)[0]
    return {c.report.article: c.report for c in currents if not c.cued and c.day is not None
            and c.day > running.day and _bounds(c.report)[0] < low}


def _told_with(r: CasualtyReport, old: CasualtyReport, articles: Mapping[str, Article]) -> bool:
    """Is the figure told in the sentence of the old count ("killing at least 20 people and wounding 30"), rather
    than in one of its own ("... killing 58 people. The latest figure on the number of injuries was 546")?"""
    if r.field != old.field:
        return False
    art = articles.get(r.article)
    text = span_source(art, r.field) if art is not None else ""
    if not text:
        return True
    first, second = sorted((r, old), key=lambda x: x.start)
    between = text[first.end:second.start]
    return not any(stop in between for stop in (". ", ".\n", "? ", "! ", "\n"))


def choose(reports: list[CasualtyReport], articles: Mapping[str, Article]
           ) -> tuple[dict[str, Quantity], dict[str, tuple[ValueReport, ...]], list[CasualtyReport]]:
    """Headline per kind, conflicts per kind (keyed like ``Event`` fields), and the reports with revisions."""
    heads: dict[str, Quantity] = {}
    confl: dict[str, tuple[ValueReport, ...]] = {}
    recaps: dict[str, CasualtyReport] = {}  # articles whose death toll retells an old count (see _recaps)
    for kind in KINDS:
        currents = _currents(reports, kind, articles) or _currents(
            # an incident told only with older figures ("a bombing at a mosque had killed 62 people", recalled):
            # they are all it has
            [replace(r, status="current") for r in reports if r.status == "earlier"], kind, articles) or (_currents(
                # only bodies found so far or other parts of the dead ("23 bodies have been recovered"): at least them
                [replace(r, status="current", qualifier=r.qualifier or "at least", max=None) for r in reports
                 if r.status == "partial" and r.min is not None and _bodies(r, articles)], kind, articles)
                if kind == "killed" else [])
        # "killing at least 25 people and wounding 30" days after the toll rose to 36: the wounded of that old
        # count are as old as its dead, and neither head nor revise the running count of the wounded
        told = [c for c in currents if c.cued or c.report.article not in recaps
                or not _told_with(c.report, recaps[c.report.article], articles)] or currents
        label, running = walk(told, reports)
        head = headline(told, running)
        if kind == "killed":
            recaps = _recaps(currents, running)
        if head is None:
            continue
        heads[kind] = Quantity(min=head.min, max=head.max, text=head.text, qualifier=head.qualifier)
        found = conflicts(currents)
        if found:
            confl["fatalities" if kind == "killed" else kind] = found
        reports = [replace(r, revision=label.get((r.article, r.start), r.revision)) for r in reports]
    return heads, confl, reports
