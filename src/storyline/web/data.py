"""What the API and the pages show, assembled from store queries (one place for both).

Every list is fetched one page at a time (``limit + 1`` rows tell whether
another page follows), so a 20k-article store answers as fast as a small one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select, text

from storyline.model import Article, Claim, Entity, Event
from storyline.store.base import Store
from storyline.web import schemas as S

T = TypeVar("T")

#: TIMEX3 values that name a calendar period the timeline can be filtered on
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass
class Page(Generic[T]):
    items: list[T]
    offset: int
    limit: int
    has_more: bool
    total: int | None = None


def paginate(fetch: Callable[[int, int], list[T]], offset: int, limit: int, total: int | None = None) -> Page[T]:
    rows = fetch(offset, limit + 1)
    return Page(rows[:limit], offset, limit, len(rows) > limit, total)


# --------------------------------------------------------------------------- summaries


def article_summary(a: Article) -> S.ArticleSummary:
    return S.ArticleSummary(id=a.id, title=a.title, outlet=a.outlet, url=a.url, published=a.published,
                            language=a.language, credit=a.credit, copy_of=a.copy_of, n_chars=len(a.text))


def entity_summary(e: Entity) -> S.EntitySummary:
    top = sorted(e.aliases, key=lambda a: (-e.aliases[a], a))[:5]
    return S.EntitySummary(id=e.id, name=e.name, type=e.type, n_mentions=len(e.mentions), top_aliases=top)


def event_title(ev: Event) -> str:
    kind = (ev.subtype or ev.type or "event").replace("_", " ")
    where = f" in {ev.location_text}" if ev.location_text else ""
    when = f" ({ev.date.value})" if ev.date and ev.date.value else ""
    return f"{kind}{where}{when}"


def event_summary(ev: Event) -> S.EventSummary:
    d = ev.date
    corr = ev.corroboration
    return S.EventSummary(
        id=ev.id, type=ev.type, subtype=ev.subtype, date=d.value if d else None, date_text=d.text if d else None,
        earliest=d.earliest if d else None, latest=d.latest if d else None, location=ev.location_text,
        modality=ev.modality, n_articles=len({m.article for m in ev.mentions}),
        independent_sources=corr.independent_sources if corr else None,
        fatalities_min=ev.fatalities.min if ev.fatalities else None,
        fatalities_max=ev.fatalities.max if ev.fatalities else None, title=event_title(ev))


def claim_summary(c: Claim, names: dict[str, str] | None = None) -> S.ClaimSummary:
    return S.ClaimSummary(id=c.id, article=c.article, speaker=c.speaker,
                          speaker_name=(names or {}).get(c.speaker or ""), speaker_text=c.speaker_text, cue=c.cue,
                          content=c.content, polarity=c.polarity, direct_quote=c.direct_quote, stance=c.stance)


def entity_names(store: Store, ids: Sequence[str | None]) -> dict[str, str]:
    """Names of the entities ``ids`` (one query each; callers pass a page's worth, not a corpus)."""
    out: dict[str, str] = {}
    for i in {x for x in ids if x}:
        e = store.entity(i)
        if e:
            out[i] = e.name
    return out


def claim_summaries(store: Store, claims: Sequence[Claim]) -> list[S.ClaimSummary]:
    names = entity_names(store, [c.speaker for c in claims])
    return [claim_summary(c, names) for c in claims]


def articles_by_id(store: Store, ids: Sequence[str]) -> dict[str, Article]:
    return {a.id: a for a in store.articles(list(dict.fromkeys(ids)))} if ids else {}


# --------------------------------------------------------------------------- article spans


def _sql_engine(store: Store) -> Any:
    return getattr(store, "engine", None)


def article_entity_ids(store: Store, article_id: str) -> dict[tuple[int, int], str]:
    """(start, end) -> entity id for the fused mentions in one article (indexed lookup on SQL stores)."""
    engine = _sql_engine(store)
    if engine is None:
        return {}
    from storyline.store import schema as s

    m = s.entity_mentions
    with engine.connect() as conn:
        rows = conn.execute(select(m.c.start, m.c.end, m.c.entity).where(m.c.article == article_id)).all()
    return {(r[0], r[1]): r[2] for r in rows}


def article_events(store: Store, article_id: str) -> list[Event]:
    """Fused events with a mention in this article.

    The store has no event-article index, so this scans event JSON for the
    article id; the id is a bound parameter (no injection) and the match is
    confirmed on the parsed event.
    """
    engine = _sql_engine(store)
    if engine is None:
        return []
    raw = json.dumps(article_id, ensure_ascii=False)
    needle = "%" + raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT data FROM events WHERE data LIKE :n ESCAPE '\\'"), {"n": needle}).all()
    from storyline.model import from_dict

    events = [from_dict(Event, json.loads(r[0])) for r in rows]
    return [ev for ev in events if any(m.article == article_id for m in ev.mentions)]


def article_spans(store: Store, article: Article) -> tuple[list[S.TextSpan], bool]:
    """All highlightable spans of an article with the ids of the entity/event/claim each belongs to."""
    analysis = store.analysis(article.id)
    spans: list[S.TextSpan] = []
    ents = article_entity_ids(store, article.id)
    if analysis:
        for m in analysis.mentions:
            if m.kind == "pronoun":
                continue
            ref = m.entity or ents.get((m.start, m.end))
            spans.append(S.TextSpan(kind="entity", start=m.start, end=m.end, text=m.text, label=m.label, ref=ref))
        spans += [S.TextSpan(kind="date", start=t.start, end=t.end, text=t.text, label=t.value, ref=None)
                  for t in analysis.timexes]
    for ev in article_events(store, article.id):
        spans += [S.TextSpan(kind="event", start=m.start, end=m.end, text=m.text, label=ev.type, ref=ev.id)
                  for m in ev.mentions if m.article == article.id]
    claims = store.list_claims(article=article.id, limit=10_000)
    spans += [S.TextSpan(kind="claim", start=c.start, end=c.end, text=article.text[c.start:c.end],
                         label=c.polarity, ref=c.id) for c in claims]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans, analysis is not None


# --------------------------------------------------------------------------- detail views


def entity_detail(store: Store, e: Entity, offset: int = 0, limit: int = 50) -> S.EntityDetail:
    mentions = list(e.mentions[offset:offset + limit])
    arts = articles_by_id(store, [m.article for m in mentions])
    outs = [S.MentionOut(article=m.article, start=m.start, end=m.end, text=m.text,
                         outlet=arts[m.article].outlet if m.article in arts else None,
                         title=arts[m.article].title if m.article in arts else None,
                         published=arts[m.article].published if m.article in arts else None) for m in mentions]
    aliases = [S.AliasCount(alias=a, count=n) for a, n in sorted(e.aliases.items(), key=lambda x: (-x[1], x[0]))]
    roles = sorted(e.roles, key=lambda r: (r.date or "", r.title))
    return S.EntityDetail(entity=entity_summary(e), aliases=aliases, types=dict(e.types), roles=roles,
                          mentions=outs, mentions_total=len(e.mentions),
                          events=[event_summary(x) for x in store.list_events(entity=e.id, limit=100)],
                          claims=claim_summaries(store, store.list_claims(speaker=e.id, limit=100)))


def _families(store: Store) -> dict[str, str]:
    return {a: f.id for f in store.source_families() for a in f.articles}


def event_detail(store: Store, ev: Event) -> S.EventDetail:
    by_article: dict[str, list[Any]] = {}
    for m in ev.mentions:
        by_article.setdefault(m.article, []).append(m)
    arts = articles_by_id(store, list(by_article))
    fam = _families(store)
    sources = [S.SourceOut(article=article_summary(arts[a]), mentions=ms, family=fam.get(a))
               for a, ms in by_article.items() if a in arts]
    sources.sort(key=lambda s: (s.article.published or "9999", s.article.id))
    # without a fused corroboration, articles of one source family still count once
    independent = (ev.corroboration.independent_sources if ev.corroboration
                   else len({fam.get(a, a) for a in by_article}))
    names = entity_names(store, [p.entity for p in ev.participants])
    parts = [S.Participant(role=p.role, text=p.text, entity=p.entity, name=names.get(p.entity or ""))
             for p in ev.participants]
    conflicts = {k: [S.ConflictValue(value=v.value, sources=list(v.sources)) for v in vals]
                 for k, vals in ev.conflicts.items()}
    return S.EventDetail(event=event_summary(ev), participants=parts, sources=sources, articles=len(by_article),
                         independent_sources=independent, corroboration=ev.corroboration, conflicts=conflicts,
                         raw=ev)


def claim_detail(store: Store, c: Claim) -> S.ClaimDetail:
    links = []
    for link in store.claim_links(c.id):
        outgoing = link.from_ == c.id
        other = store.claim(link.to if outgoing else link.from_)
        links.append(S.LinkOut(type=link.type, direction="out" if outgoing else "in",
                               other=claim_summaries(store, [other])[0] if other else None,
                               score=link.score, reason=link.reason))
    art = store.article(c.article)
    return S.ClaimDetail(claim=claim_summaries(store, [c])[0], raw=c, article=article_summary(art) if art else None,
                         links=links, support=store.claim_support(c.id))
