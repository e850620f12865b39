"""View models of the API and the pages (one place for both), built from :class:`~storyline.store.base.Store`
methods only.

Every list is fetched one page at a time (``limit + 1`` rows tell whether
another page follows), so a 20k-article store answers as fast as a small one;
an entity's mentions come a page at a time and its header never carries them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from storyline.model import Article, Claim, Entity, Event, Span
from storyline.present import words as W
from storyline.store.base import EntityHeader, Store
from storyline.timevalues import DateRangeError, range_value
from storyline.web import api_models as S

T = TypeVar("T")


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


def is_date_value(value: str) -> bool:
    """Whether a timex value can be a timeline filter (a calendar day, month, week, quarter, season, year)."""
    try:
        range_value(value)
    except DateRangeError:
        return False
    return True


# --------------------------------------------------------------------------- summaries


def headline(a: Article, n: int = 90) -> str:
    """The title, or the start of the first line of text for untitled articles (many inputs have none)."""
    if a.title and a.title.strip():
        return a.title.strip()
    first = next((line.strip() for line in a.text.splitlines() if line.strip()), a.id)
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "…"


def article_summary(a: Article) -> S.ArticleSummary:
    return S.ArticleSummary(id=a.id, title=a.title, headline=headline(a), outlet=a.outlet, url=a.url,
                            published=a.published, language=a.language, credit=a.credit, copy_of=a.copy_of,
                            n_chars=len(a.text))


def entity_summary(e: EntityHeader | Entity) -> S.EntitySummary:
    top = sorted(e.aliases, key=lambda a: (-e.aliases[a], a))[:5]
    n = e.n_mentions if isinstance(e, EntityHeader) else len(e.mentions)
    return S.EntitySummary(id=e.id, name=e.name, type=e.type, type_words=W.entity_type_words(e.type), n_mentions=n,
                           top_aliases=top)


def event_title(ev: Event) -> str:
    from storyline.present.timeline import event_title as words  # presentation owns the wording

    return words(ev)


def event_words(ev: Event) -> dict[str, Any]:
    from storyline.present.timeline import event_words as words  # presentation owns the wording

    return words(ev)


def event_summary(ev: Event) -> S.EventSummary:
    d = ev.date
    corr = ev.corroboration
    return S.EventSummary(
        id=ev.id, type=ev.type, subtype=ev.subtype, date=d.value if d else None, date_text=d.text if d else None,
        earliest=d.earliest if d else None, latest=d.latest if d else None, location=ev.location_text,
        modality=ev.modality, n_articles=len({m.article for m in ev.mentions}),
        independent_sources=corr.independent_sources if corr else None,
        fatalities_min=ev.fatalities.min if ev.fatalities else None,
        fatalities_max=ev.fatalities.max if ev.fatalities else None, title=event_title(ev), **event_words(ev))


def claim_summary(c: Claim, names: dict[str, str] | None = None, article: Article | None = None) -> S.ClaimSummary:
    from storyline.present.timeline import claim_label  # presentation owns the wording

    return S.ClaimSummary(id=c.id, article=c.article, speaker=c.speaker,
                          speaker_name=(names or {}).get(c.speaker or ""), speaker_text=c.speaker_text, cue=c.cue,
                          content=c.content, polarity=c.polarity, direct_quote=c.direct_quote, stance=c.stance,
                          label=claim_label(c, names or {}), outlet=article.outlet if article else None,
                          published=article.published if article else None)


def entity_names(store: Store, ids: Sequence[str | None]) -> dict[str, str]:
    return store.entity_names(ids)


def entity_lite(store: Store, entity_id: str) -> EntityHeader | None:
    """The entity without its mentions (the name is kept for callers of the earlier helper)."""
    return store.entity_header(entity_id)


def list_entity_summaries(store: Store, offset: int = 0, limit: int = 50, type: str | None = None,
                          q: str | None = None) -> list[S.EntitySummary]:
    """Entities by mention count, as summaries."""
    return [entity_summary(e) for e in store.list_entities(offset=offset, limit=limit, type=type, q=q)]


def _context(text: str, start: int, end: int, width: int = 70) -> tuple[str, str]:
    """Text around a span on its own line, cut at word boundaries."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - width):start]
    after = text[end:min(line_end, end + width)]
    if start - width > line_start and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + width < line_end and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


def mention_out(m: Span, a: Article | None) -> S.MentionOut:
    before, after = _context(a.text, m.start, m.end) if a else ("", "")
    return S.MentionOut(article=m.article, start=m.start, end=m.end, before=before, after=after,
                        text=m.text or (a.text[m.start:m.end] if a else ""), outlet=a.outlet if a else None,
                        title=headline(a) if a else None, published=a.published if a else None)


def entity_mentions_page(store: Store, entity_id: str, offset: int, limit: int) -> tuple[list[S.MentionOut], int]:
    """One page of an entity's mentions (in corpus order) and their total."""
    page = store.entity_mentions(entity_id, offset=offset, limit=limit)
    arts = articles_by_id(store, [m.article for m in page])
    return [mention_out(m, arts.get(m.article)) for m in page], store.count_entity_mentions(entity_id)


def claim_summaries(store: Store, claims: Sequence[Claim]) -> list[S.ClaimSummary]:
    names = store.entity_names([c.speaker for c in claims])
    arts = articles_by_id(store, [c.article for c in claims])
    return [claim_summary(c, names, arts.get(c.article)) for c in claims]


def articles_by_id(store: Store, ids: Sequence[str]) -> dict[str, Article]:
    return {a.id: a for a in store.articles(ids)} if ids else {}


# --------------------------------------------------------------------------- article spans


def article_spans(store: Store, article: Article) -> tuple[list[S.TextSpan], bool]:
    """All highlightable spans of an article with the ids of the entity/event/claim each belongs to."""
    analysis = store.analysis(article.id)
    spans: list[S.TextSpan] = []
    ents = store.mention_entities(article.id)
    if analysis:
        for m in analysis.mentions:
            if m.kind == "pronoun":
                continue
            ref = m.entity or ents.get((m.start, m.end))
            spans.append(S.TextSpan(kind="entity", start=m.start, end=m.end, text=m.text, label=m.label, ref=ref))
        spans += [S.TextSpan(kind="date", start=t.start, end=t.end, text=t.text, label=t.value, ref=None)
                  for t in analysis.timexes]
    for ev in store.article_events([article.id]):
        spans += [S.TextSpan(kind="event", start=m.start, end=m.end, text=m.text, label=ev.type, ref=ev.id)
                  for m in ev.mentions if m.article == article.id and m.field is None]  # not the headline's
    claims = store.list_claims(article=article.id, limit=10_000)
    spans += [S.TextSpan(kind="claim", start=c.start, end=c.end, text=article.text[c.start:c.end],
                         label=c.polarity, ref=c.id) for c in claims]
    spans = [s.model_copy(update={"words": W.span_words(s.kind, s.label)}) for s in spans]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans, analysis is not None


# --------------------------------------------------------------------------- detail views


def entity_detail(store: Store, e: EntityHeader, offset: int = 0, limit: int = 50) -> S.EntityDetail:
    mentions, total = entity_mentions_page(store, e.id, offset, limit)
    aliases = [S.AliasCount(alias=a, count=n) for a, n in sorted(e.aliases.items(), key=lambda x: (-x[1], x[0]))]
    roles = sorted(e.roles, key=lambda r: (r.date or "", r.title))
    return S.EntityDetail(entity=entity_summary(e), aliases=aliases, types=dict(e.types), roles=roles,
                          mentions=mentions, mentions_total=total,
                          events=[event_summary(x) for x in store.list_events(entity=e.id, limit=100)],
                          claims=claim_summaries(store, store.list_claims(speaker=e.id, limit=100)))


def event_detail(store: Store, ev: Event) -> S.EventDetail:
    by_article: dict[str, list[Any]] = {}
    for m in ev.mentions:
        by_article.setdefault(m.article, []).append(m)
    arts = articles_by_id(store, list(by_article))
    fam = {a: f.id for f in store.source_families(list(by_article)) for a in f.articles}
    sources = [S.SourceOut(article=article_summary(arts[a]), mentions=ms, family=fam.get(a))
               for a, ms in by_article.items() if a in arts]
    sources.sort(key=lambda s: (s.article.published or "9999", s.article.id))
    # without a fused corroboration, articles of one source family still count once
    independent = (ev.corroboration.independent_sources if ev.corroboration
                   else len({fam.get(a, a) for a in by_article}))
    names = store.entity_names([p.entity for p in ev.participants])
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
    excerpt = None
    if art and 0 <= c.start < c.end <= len(art.text):
        before, after = _context(art.text, c.start, c.end, width=160)
        excerpt = S.Excerpt(before=before, text=art.text[c.start:c.end], after=after)
    return S.ClaimDetail(claim=claim_summaries(store, [c])[0], raw=c, article=article_summary(art) if art else None,
                         excerpt=excerpt, links=links, support=store.claim_support(c.id))
