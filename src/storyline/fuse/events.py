"""Fusion step "events": within- and cross-document event coreference, then one Event per cluster.

Mentions are first linked inside each article (a definite "the attack" with
nothing of its own refers back to the last compatible event; otherwise the
pair score below must pass ``WITHIN_DOC``), then article-level clusters are
merged across articles greedily, best pair first, while the score passes
``CROSS_DOC``. Two clusters can merge only when their types and sub-types are
compatible, their modality class agrees (realis / irrealis / negated), and no
two dated mentions have disjoint intervals (granularity-aware: "February
2023" and "2023-02-22" overlap). The score adds evidence:

- same place entity +2.5, different places -2.0;
- a shared participant entity +2.0 (+0.5 each further one);
- overlapping dates +0.5 (+1.0 when both are days);
- consistent casualty figures +1.0 (+1.5 identical), inconsistent -1.0
  (kept as a conflict when merged on other evidence);
- MiniLM cosine of the trigger sentences: 5 * (cos - 0.6) (when ``use_embeddings``);
- same trigger word +0.5, same sentence +1.5 (within an article).

Publication-date fallbacks (time source "dct") never veto and are used only
when no mention has a date from its own text. Generic mentions ("attacks have
continued") and untyped ones are left out of the story's events.

Cost: each distinct trigger sentence is encoded once, in length-sorted
batches (this is nearly all of the step's time); article-level clusters meet
only clusters sharing a block key (type + place, participant or trigger
word), keys shared by more than ``MAX_BLOCK`` clusters are dropped, and each
cluster's scoring features are gathered once, so scoring grows about
linearly with the corpus.

``ctx.state["events.mention_event"]`` maps every fused event mention id to
its Event id, for later steps (claims linking, corroboration).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.analyze.events.ontology import plover_of, subtypes_compatible
from storyline.fuse import FuseContext, fuse_step
from storyline.model import Event, EventMention, Participant, Quantity, Span, TimeValue, ValueReport
from storyline.timevalues import overlaps, value_interval

STATE_KEY = "events.mention_event"
WITHIN_DOC = 1.5
CROSS_DOC = 2.5
MAX_BLOCK = 400  # a key shared by more article-level clusters than this says nothing (a country, "attack")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "LOCATION", "PLACE"})
REALIS = frozenset({"asserted", "alleged", "claimed", "denied", "reported"})
IRREALIS = frozenset({"expected", "planned", "hypothetical"})
MODALITY_RANK = ("asserted", "claimed", "alleged", "denied", "expected", "planned", "hypothetical", "negated")
VAGUE_SUBTYPES = frozenset({"attack", "killing", None})
DEFINITE = re.compile(r"\b(the|this|that|these|those)\s+(\w+[\s-]+){0,3}$", re.I)


@dataclass
class Info:
    """What coreference needs to know about one mention."""

    m: EventMention
    place: str | None
    parts: set[str]
    actors: set[str]
    interval: tuple[dt.date, dt.date] | None  # from the mention's own text
    fatal: tuple[int, float] | None
    mclass: str
    anaphoric: bool
    vec: np.ndarray | None = None
    participants: list[Participant] = field(default_factory=list)


@dataclass
class Cluster:
    infos: list[Info]

    @property
    def articles(self) -> set[str]:
        return {i.m.article for i in self.infos}


# --------------------------------------------------------------------------- features


def _mclass(modality: str) -> str:
    if modality in IRREALIS:
        return "irrealis"
    if modality == "negated":
        return "negated"
    return "realis"


def _entity_types(ctx: FuseContext) -> dict[str, str]:
    return {e.id: e.type for e in ctx.story.entities}


def _place(ctx: FuseContext, m: EventMention, types: dict[str, str]) -> str | None:
    """The place entity: the sure location, else the first unsure candidate typed as a place."""
    cands = ([m.location] if m.location is not None else []) + [p for p in m.participants if p.role == "place?"]
    for p in cands:
        eid = ctx.entity_at(m.article, p.start, p.end)
        if eid is None:
            continue
        if p.role == "place" or types.get(eid, "").upper() in PLACE_TYPES:
            return eid
    return None


def _interval(t: TimeValue | None) -> tuple[dt.date, dt.date] | None:
    if t is None or t.source == "dct" or not t.value:
        return None
    return value_interval(t.value)


def _fatal(q: Quantity | None) -> tuple[int, float] | None:
    if q is None or (q.min is None and q.max is None):
        return None
    return (q.min or 0, float(q.max) if q.max is not None else float("inf"))


def _is_anaphoric(ctx: FuseContext, m: EventMention, parts: set[str], place: str | None) -> bool:
    """"The visit comes ...", "The deadly attack compelled ...": a definite event noun with nothing of its own."""
    text = ctx.articles[m.article].text if m.article in ctx.articles else ""
    before = text[max(m.sentence_start, m.start - 40): m.start]
    return bool(DEFINITE.search(before)) and not parts and place is None and _interval(m.time) is None


def _info(ctx: FuseContext, m: EventMention, types: dict[str, str]) -> Info:
    place = _place(ctx, m, types)
    resolved = []
    for p in m.participants:
        if p.role == "place?":
            continue
        eid = ctx.entity_at(m.article, p.start, p.end)
        resolved.append(Participant(p.role, p.text, p.start, p.end, entity=eid, chain=p.chain))
    parts = {p.entity for p in resolved if p.entity and p.entity != place}
    actors = {p.entity for p in resolved if p.entity and p.role == "actor"}
    return Info(m=m, place=place, parts=parts, actors=actors, interval=_interval(m.time),
                fatal=_fatal(m.fatalities), mclass=_mclass(m.modality),
                anaphoric=_is_anaphoric(ctx, m, parts, place), participants=resolved)


def _sentence(ctx: FuseContext, m: EventMention) -> str:
    text = ctx.articles[m.article].text if m.article in ctx.articles else m.text
    return text[m.sentence_start:m.sentence_end] or m.text


def _embed(ctx: FuseContext, infos: list[Info]) -> None:
    """One vector per distinct trigger sentence (mentions share sentences, wire copies repeat them).

    Padding is masked out by the encoder, so a sentence's vector does not
    depend on the batch it was encoded in.
    """
    if not ctx.config.use_embeddings or not infos:
        return
    vecs = ctx.resources.embedder.encode([_sentence(ctx, i.m) for i in infos])  # each distinct one once
    for i, vec in zip(infos, vecs, strict=True):
        i.vec = vec


# --------------------------------------------------------------------------- scoring


def compatible(a: Cluster, b: Cluster) -> bool:
    """Hard constraints: type, sub-type, modality class, and no disjoint dates."""
    for x in a.infos:
        for y in b.infos:
            if x.m.type != y.m.type or not subtypes_compatible(x.m.type, x.m.subtype, y.m.subtype):
                return False
            if x.mclass != y.mclass and not (x.anaphoric or y.anaphoric):
                return False
            if (x.mclass == "negated" or y.mclass == "negated") and x.mclass != y.mclass:
                return False
            if x.interval and y.interval and not overlaps(x.interval, y.interval):
                return False
    return True


def _vec(c: Cluster) -> np.ndarray | None:
    vs = [i.vec for i in c.infos if i.vec is not None]
    if not vs:
        return None
    v = np.mean(vs, axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None


@dataclass(frozen=True)
class Summary:
    """A cluster's scoring features, gathered once (article-level clusters are scored against many others)."""

    places: frozenset[str]
    parts: frozenset[str]
    intervals: tuple[tuple[dt.date, dt.date], ...]
    fatal: tuple[tuple[int, float], ...]
    vec: np.ndarray | None
    words: frozenset[str]


def summarize(c: Cluster) -> Summary:
    return Summary(places=frozenset(i.place for i in c.infos if i.place),
                   parts=frozenset(e for i in c.infos for e in i.parts),
                   intervals=tuple(i.interval for i in c.infos if i.interval),
                   fatal=tuple(i.fatal for i in c.infos if i.fatal), vec=_vec(c),
                   words=frozenset(i.m.text.lower() for i in c.infos))


def score_summaries(a: Summary, b: Summary) -> float:
    """:func:`score` on precomputed features."""
    s = 0.0
    if a.places and b.places:
        s += 2.5 if a.places & b.places else -2.0
    shared = a.parts & b.parts
    if shared:
        s += 2.0 + 0.5 * (len(shared) - 1)
    if a.intervals and b.intervals:
        s += 1.0 if any(x[0] == x[1] and x == y for x in a.intervals for y in b.intervals) else 0.5
    if a.fatal and b.fatal:
        if any(x == y for x in a.fatal for y in b.fatal):
            s += 1.5
        elif all(x[0] <= y[1] and y[0] <= x[1] for x in a.fatal for y in b.fatal):
            s += 1.0
        else:
            s -= 1.0
    if a.vec is not None and b.vec is not None:
        s += 5.0 * (float(a.vec @ b.vec) - 0.6)
    if a.words & b.words:
        s += 0.5
    return s


def score(a: Cluster, b: Cluster) -> float:
    """Evidence that two compatible clusters tell the same event (see the module docstring)."""
    return score_summaries(summarize(a), summarize(b))


# --------------------------------------------------------------------------- clustering


def within_document(infos: list[Info]) -> list[Cluster]:
    """Link one article's mentions in text order (anaphors to the last compatible event)."""
    clusters: list[Cluster] = []
    for info in sorted(infos, key=lambda i: i.m.start):
        one = Cluster([info])
        cands = [c for c in clusters if compatible(c, one)]
        if info.anaphoric and cands:
            max(cands, key=lambda c: max(i.m.start for i in c.infos)).infos.append(info)
            continue
        best, best_s = None, WITHIN_DOC
        for c in cands:
            s = score(c, one)
            if any(i.m.sentence_start == info.m.sentence_start and (
                    i.m.subtype == info.m.subtype or i.m.subtype in VAGUE_SUBTYPES
                    or info.m.subtype in VAGUE_SUBTYPES) for i in c.infos):
                s += 1.5
            if s >= best_s:
                best, best_s = c, s
        if best is not None:
            best.infos.append(info)
        else:
            clusters.append(one)
    return clusters


def _block_keys(c: Cluster) -> set[tuple[str, str]]:
    """Keys under which a cluster meets candidates: its type with each place, participant and trigger word."""
    type_ = c.infos[0].m.type
    keys = {(type_, "w:" + i.m.text.lower()) for i in c.infos}
    for i in c.infos:
        keys |= {(type_, "e:" + e) for e in i.parts | ({i.place} if i.place else set())}
    return keys


def candidate_pairs(clusters: list[Cluster]) -> list[tuple[float, int, int]]:
    """Scored pairs from different articles that share a block key; huge blocks (a country) are skipped.

    Each cluster meets the later clusters of its blocks once (a set per
    cluster rather than one set of every pair seen, so memory stays
    proportional to the corpus); at most ``MAX_BLOCK`` members per block
    bound the pairs to ``MAX_BLOCK`` per key of a cluster.
    """
    blocks: dict[tuple[str, str], list[int]] = {}
    keys = [_block_keys(c) for c in clusters]
    for n, ks in enumerate(keys):
        for key in ks:
            blocks.setdefault(key, []).append(n)
    arts = [c.articles for c in clusters]
    summaries: dict[int, Summary] = {}
    out = []
    for a, ks in enumerate(keys):
        later = {b for key in ks if len(blocks[key]) <= MAX_BLOCK for b in blocks[key] if b > a}
        for b in sorted(later):
            if arts[a] & arts[b] or not compatible(clusters[a], clusters[b]):
                continue
            sa = summaries.get(a) or summaries.setdefault(a, summarize(clusters[a]))
            sb = summaries.get(b) or summaries.setdefault(b, summarize(clusters[b]))
            s = score_summaries(sa, sb)
            if s >= CROSS_DOC:
                out.append((s, a, b))
        summaries.pop(a, None)  # every later pair of a is done
    return sorted(out, reverse=True)


def across_documents(clusters: list[Cluster]) -> list[Cluster]:
    """Merge article-level clusters across articles, best-scoring pair first.

    Pairs are scored once between article-level clusters (blocked by shared
    place, participant or trigger word, so large corpora stay near-linear);
    a pair is merged only if the two growing groups are still compatible and
    share no article.
    """
    root = list(range(len(clusters)))
    groups: dict[int, Cluster] = {n: Cluster(list(c.infos)) for n, c in enumerate(clusters)}

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n

    for _, a, b in candidate_pairs(clusters):
        ra, rb = find(a), find(b)
        if ra == rb or groups[ra].articles & groups[rb].articles or not compatible(groups[ra], groups[rb]):
            continue
        root[rb] = ra
        groups[ra] = Cluster(groups[ra].infos + groups.pop(rb).infos)
    return list(groups.values())


# --------------------------------------------------------------------------- building events


def _choose_subtype(infos: list[Info]) -> str | None:
    subs = Counter(i.m.subtype for i in infos if i.m.subtype not in VAGUE_SUBTYPES)
    if subs:
        return subs.most_common(1)[0][0]
    subs = Counter(i.m.subtype for i in infos if i.m.subtype)
    return subs.most_common(1)[0][0] if subs else None


def _choose_date(infos: list[Info]) -> tuple[TimeValue | None, tuple[ValueReport, ...]]:
    """The most specific date consistent with every other dated mention; disjoint dates are a conflict."""
    dated = [i for i in infos if i.interval and i.m.time]
    if not dated:
        weak = [i.m.time for i in infos if i.m.time is not None]
        return (weak[0] if weak else None), ()
    reports: dict[str, list[str]] = {}
    for i in dated:
        reports.setdefault(i.m.time.value or "", []).append(i.m.id)  # type: ignore[union-attr]
    consistent = [i for i in dated if all(overlaps(i.interval, j.interval) for j in dated)]  # type: ignore[arg-type]
    pool = consistent or dated
    pick = min(pool, key=lambda i: ((i.interval[1] - i.interval[0]).days, -len(reports[i.m.time.value])))  # type: ignore
    conflicts = () if consistent else tuple(ValueReport(v, tuple(s)) for v, s in reports.items())
    return pick.m.time, conflicts


def _choose_quantity(infos: list[Info], attr: str) -> tuple[Quantity | None, tuple[ValueReport, ...]]:
    """The most informative figure when all agree; on disagreement the figure most sources give (then the lower)."""
    qs = [(i.m.id, getattr(i.m, attr)) for i in infos if getattr(i.m, attr) is not None]
    if not qs:
        return None, ()
    bounds = [(_fatal(q) or (0, float("inf")), mid, q) for mid, q in qs]
    agree = all(a[0] <= b[1] and b[0] <= a[1] for a, _, _ in bounds for b, _, _ in bounds)
    if agree:
        return max(bounds, key=lambda b: (b[0][0], -b[0][1]))[2], ()
    groups: dict[tuple[int | None, int | None], list[str]] = {}
    first: dict[tuple[int | None, int | None], Quantity] = {}
    for mid, q in qs:
        groups.setdefault((q.min, q.max), []).append(mid)
        first.setdefault((q.min, q.max), q)
    key = max(groups, key=lambda k: (len(groups[k]), -(k[0] or 0)))
    reports = tuple(ValueReport({"min": k[0], "max": k[1], "text": first[k].text, "qualifier": first[k].qualifier},
                                tuple(v)) for k, v in groups.items())
    return first[key], reports


def _participants(infos: list[Info], place: str | None) -> tuple[Participant, ...]:
    seen, out = set(), []
    for i in infos:
        for p in i.participants:
            key = (p.entity, p.role) if p.entity else (p.text.lower(), p.role)
            if (p.entity == place and p.entity is not None) or key in seen:
                continue
            seen.add(key)
            out.append(p)
    return tuple(out)


def _modality(infos: list[Info]) -> str:
    own = [i.m.modality for i in infos if not i.anaphoric and i.m.modality in MODALITY_RANK] or \
        [i.m.modality for i in infos if i.m.modality in MODALITY_RANK]
    return min(own, key=MODALITY_RANK.index) if own else "asserted"


def build_event(ctx: FuseContext, c: Cluster) -> Event:
    infos = sorted(c.infos, key=lambda i: (i.m.article, i.m.start))
    mids = tuple(i.m.id for i in infos)
    type_ = Counter(i.m.type for i in infos).most_common(1)[0][0]
    subtype = _choose_subtype(infos)
    date, date_conf = _choose_date(infos)
    places = Counter(i.place for i in infos if i.place)
    place = places.most_common(1)[0][0] if places else None
    place_text = next((i.m.location.text for i in infos if i.place == place and i.m.location), None)
    if place is not None and place_text is None:
        place_text = next((p.text for i in infos if i.place == place for p in i.m.participants
                           if p.role == "place?" and ctx.entity_at(i.m.article, p.start, p.end) == place), None)
    fatalities, fat_conf = _choose_quantity(infos, "fatalities")
    injured, inj_conf = _choose_quantity(infos, "injured")
    conflicts = {k: v for k, v in (("date", date_conf), ("fatalities", fat_conf), ("injured", inj_conf)) if v}
    return Event(
        id="ev_" + hashlib.sha1(min(mids).encode()).hexdigest()[:12], type=type_, subtype=subtype,
        plover=plover_of(type_, subtype), date=date, location=place, location_text=place_text,
        participants=_participants(infos, place), fatalities=fatalities, injured=injured,
        modality=_modality(infos), mentions=tuple(Span(i.m.article, i.m.start, i.m.end, i.m.text) for i in infos),
        mention_ids=mids, conflicts=conflicts)


def coreference(ctx: FuseContext, mentions: list[EventMention]) -> list[Cluster]:
    """Within- then cross-document clusters of the given mentions."""
    types = _entity_types(ctx)
    infos = [_info(ctx, m, types) for m in mentions]
    _embed(ctx, infos)
    by_article: dict[str, list[Info]] = {}
    for i in infos:
        by_article.setdefault(i.m.article, []).append(i)
    clusters = [c for art in sorted(by_article) for c in within_document(by_article[art])]
    return across_documents(clusters)


@fuse_step("events")
def fuse_events(ctx: FuseContext) -> None:
    """Fill ``ctx.story.events`` from every analysis's event mentions."""
    mentions = [m for aid in ctx.analyses for m in ctx.analyses[aid].events
                if m.modality != "generic" and m.type != "OTHER"]
    events = [build_event(ctx, c) for c in coreference(ctx, mentions)]
    events.sort(key=lambda e: (e.date.earliest or "9999" if e.date else "9999", e.id))
    ctx.story.events = events
    ctx.state[STATE_KEY] = {mid: e.id for e in events for mid in e.mention_ids}
