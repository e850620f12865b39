"""Server-rendered pages: overview, entities, events, claims, articles (highlighted), search, graph, timeline.

Templates live in ``templates/`` with Jinja2 autoescape on; nothing from the
store is marked safe except HTML built here from escaped pieces
(:func:`storyline.web.highlight.highlight`, the graph SVG). Links to outside
pages are rendered only for http(s) URLs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import ChainableUndefined, Environment, FileSystemLoader
from markupsafe import Markup

from storyline.store.base import SNIPPET_CLOSE, SNIPPET_OPEN, Store
from storyline.web import views as D
from storyline.web.api_models import BriefOut, TextSpan
from storyline.web.briefing import WHOLE_STORE_LIMIT, cached_brief, make_brief
from storyline.web.highlight import HSpan, highlight
from storyline.web.params import DateParam, Limit, Offset, StoreDep, Text, check_range, parse_kinds
from storyline.web.pictures import (
    fallback_timeline_svg,
    graph_data,
    graph_svg,
    has_present_timeline,
    timeline_items,
    timeline_svg,
)

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
SPAN_PAGES = {"entity": "/entities/", "event": "/events/", "claim": "/claims/"}

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=ChainableUndefined,
                  trim_blocks=True, lstrip_blocks=True)


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) (then fit for href), else None: javascript:, data: etc. stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def link(kind: str, id_: str | None) -> str | None:
    return SPAN_PAGES[kind] + quote(id_, safe="") if id_ else None


def snippet(text: str) -> Markup:
    """A search snippet: escape it, then turn the store's ⟦ ⟧ match markers into <mark>."""
    esc = str(Markup.escape(text))
    return Markup(esc.replace(SNIPPET_OPEN, "<mark>").replace(SNIPPET_CLOSE, "</mark>"))


env.filters["safe_url"] = safe_url
env.filters["q"] = lambda s: quote(str(s), safe="")
env.globals["link"] = link
env.globals["headline"] = D.headline


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    def page_url(**changes: Any) -> str:
        params = dict(request.query_params)
        params.update({k: str(v) for k, v in changes.items()})
        return request.url.path + "?" + urlencode({k: v for k, v in params.items() if v not in ("", "None")})

    html = env.get_template(name).render(request=request, page_url=page_url, path=request.url.path, **ctx)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


pages = APIRouter(include_in_schema=False)


@pages.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep) -> HTMLResponse:
    counts = {k: store.count(k) for k in ("articles", "entities", "events", "claims", "claim_links", "stories")}
    events = store.list_events(limit=40)
    claims = store.list_claims(limit=10)
    items = timeline_items(events, [])  # the overview's picture: events only; dated claims are on /timeline
    return render(request, "overview.html", brief_src="/fragments/brief", counts=counts, info=store.info(),
                  stories=store.stories()[:10], brief=_overview_brief(store),
                  actors=D.list_entity_summaries(store, limit=12),
                  events=[D.event_summary(e) for e in events[:15]],
                  timeline=_timeline_picture(items, limit="40", claims="false"),
                  claims=D.claim_summaries(store, claims[:10]))


def _overview_brief(store: Store, story_id: str | None = None) -> BriefOut | str | None:
    """Small stores: the briefing now. Large ones: the cached briefing, or None (the page fetches it later)."""
    if store.count("articles") <= WHOLE_STORE_LIMIT:
        return safe_brief(store, story_id)
    return cached_brief(store, story_id=story_id)


@pages.get("/fragments/brief", response_class=HTMLResponse)
def brief_fragment(request: Request, store: StoreDep, story: Text = None) -> HTMLResponse:
    return render(request, "_brief.html", brief=safe_brief(store, story))


def safe_brief(store: Store, story_id: str | None = None) -> BriefOut | str:
    """The briefing, or why there is none: one failing part must not take the page down."""
    try:
        return make_brief(store, sentences=8, story_id=story_id)
    except Exception as exc:
        log.exception("briefing failed")
        return f"The briefing could not be made ({type(exc).__name__}); the rest of the page is unaffected."


def _timeline_picture(items: list[dict[str, Any]], **filters: str | None) -> Markup:
    # the present helper's SVG is shown through <img>, where any script inside an SVG never runs
    if has_present_timeline():
        query = urlencode({k: v for k, v in filters.items() if v})
        src = "/timeline.svg" + ("?" + query if query else "")
        return Markup('<img class="timeline-img" src="{}" alt="timeline of events and dated claims">').format(src)
    return fallback_timeline_svg(items)


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, store: StoreDep, offset: Offset = 0,
               limit: Limit = 50) -> HTMLResponse:
    cluster = store.story_cluster(story_id)
    if cluster is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    ids = list(cluster.articles)
    page = D.Page(sorted(store.articles(ids[offset:offset + limit]), key=lambda a: a.published or "", reverse=True),
                  offset, limit, offset + limit < len(ids), len(ids))
    return render(request, "story.html", cluster=cluster, page=page, brief=_overview_brief(store, story_id),
                  brief_src="/fragments/brief?" + urlencode({"story": story_id}))


@pages.get("/timeline.svg")
def timeline_picture(store: StoreDep, start: DateParam = None, end: DateParam = None,
                     entity: Text = None, type: Text = None, limit: Limit = 200,
                     claims: Annotated[bool, Query(description="include dated claims")] = True) -> Response:
    check_range(start, end)
    events = store.list_events(start=start, end=end, entity=entity, type=type, limit=limit)
    said = store.list_claims(speaker=entity, start=start, end=end, limit=limit) if claims else []
    svg = timeline_svg(events, said) or str(fallback_timeline_svg(timeline_items(events, said)))
    if not svg.lstrip().startswith("<svg"):
        svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 20"></svg>'
    elif "xmlns=" not in svg[:200]:
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
    return Response(svg, media_type="image/svg+xml")


@pages.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, start: DateParam = None, end: DateParam = None,
                  entity: Text = None, type: Text = None) -> HTMLResponse:
    check_range(start, end)
    entity = resolve_entity(store, entity)
    events = store.list_events(start=start, end=end, entity=entity, type=type, limit=200)
    claims = store.list_claims(speaker=entity, start=start, end=end, limit=200)
    items = timeline_items(events, claims)
    picture = _timeline_picture(items, start=start, end=end, entity=entity, type=type)
    return render(request, "timeline.html", items=items, picture=picture, start=start or "", end=end or "",
                  entity=entity or "", type=type or "", src_label=_source_labels(store, items))


def _source_labels(store: Store, items: list[dict[str, Any]]) -> dict[str, str]:
    """Article id -> outlet (or id) for the sources column; items list ids or {article: ...} mappings."""
    ids = [src["article"] if isinstance(src, dict) else str(src) for i in items for src in i.get("sources") or []]
    return {a.id: a.outlet or a.id for a in D.articles_by_id(store, ids).values()}


@pages.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, outlet: Text = None,
                  q: Text = None) -> HTMLResponse:
    total = store.count_articles(outlet=outlet, q=q)
    page = D.paginate(lambda o, n: store.list_articles(offset=o, limit=n, outlet=outlet, q=q), offset, limit, total)
    return render(request, "articles.html", page=page, outlet=outlet or "", q=q or "")


def resolve_entity(store: Store, value: str | None) -> str | None:
    """An entity filter typed into a page: an entity id, or a name (the best-known entity with that name)."""
    if not value or D.entity_exists(store, value):
        return value or None
    hits = D.list_entity_summaries(store, limit=20, q=value)
    exact = [e for e in hits if e.name.casefold() == value.casefold() or
             value.casefold() in (a.casefold() for a in e.top_aliases)]
    if not (exact or hits):
        raise HTTPException(404, f"no entity named {value!r}")
    return (exact or hits)[0].id


def _hspans(spans: list[TextSpan]) -> list[HSpan]:
    out = []
    for s in spans:
        if s.kind == "date":
            href = f"/timeline?start={s.label}&end={s.label}" if s.label and _is_date(s.label) else None
            out.append(HSpan(s.start, s.end, "date", href, f"date: {s.label or 'unresolved'}"))
        else:
            anchor = "claim-" + quote(s.ref, safe="") if s.kind == "claim" and s.ref else None
            out.append(HSpan(s.start, s.end, s.kind, link(s.kind, s.ref), f"{s.kind}: {s.label or ''}", anchor))
    return out


def _is_date(value: str) -> bool:
    return D.is_date_value(value)


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    spans, analyzed = D.article_spans(store, art)
    counts = {k: sum(1 for s in spans if s.kind == k) for k in ("entity", "date", "event", "claim")}
    claims = D.claim_summaries(store, store.list_claims(article=art.id, limit=500))
    event_ids = dict.fromkeys(s.ref for s in spans if s.kind == "event" and s.ref)
    events = [D.event_summary(ev) for i in event_ids if (ev := store.event(i)) is not None]
    events.sort(key=lambda e: (e.earliest is None, e.earliest or "", e.id))
    return render(request, "article.html", a=art, body=highlight(art.text, _hspans(spans)), analyzed=analyzed,
                  counts=counts, claims=claims, events=events)


@pages.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, type: Text = None,
                  q: Text = None) -> HTMLResponse:
    total = store.count_entities(type=type, q=q)
    page = D.paginate(lambda o, n: D.list_entity_summaries(store, o, n, type=type, q=q), offset, limit, total)
    return render(request, "entities.html", page=page, type=type or "", q=q or "")


@pages.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, store: StoreDep, offset: Offset = 0,
                limit: Limit = 50) -> HTMLResponse:
    e = D.entity_lite(store, entity_id)
    if e is None:
        raise HTTPException(404, f"no entity with id {entity_id!r}")
    d = D.entity_detail(store, e, offset, limit)
    pic = graph_svg(graph_data(store, entity=e.id, limit=25), max_height=460)
    return render(request, "entity.html", d=d, offset=offset, limit=limit, graph=pic)


@pages.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, start: DateParam = None,
                end: DateParam = None, type: Text = None, entity: Text = None) -> HTMLResponse:
    check_range(start, end)
    entity = resolve_entity(store, entity)
    total = store.count_events(start=start, end=end, type=type, entity=entity)
    page = D.paginate(lambda o, n: store.list_events(offset=o, limit=n, start=start, end=end, type=type,
                                                     entity=entity), offset, limit, total)
    page.items = [D.event_summary(e) for e in page.items]  # type: ignore[misc]
    return render(request, "events.html", page=page, start=start or "", end=end or "", type=type or "",
                  entity=entity or "")


@pages.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    ev = store.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return render(request, "event.html", d=D.event_detail(store, ev))


@pages.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, speaker: Text = None,
                article: Text = None) -> HTMLResponse:
    total = store.count_claims(speaker=speaker, article=article)
    page = D.paginate(lambda o, n: store.list_claims(offset=o, limit=n, speaker=speaker, article=article),
                      offset, limit, total)
    page.items = D.claim_summaries(store, page.items)  # type: ignore[assignment]
    links: dict[str, list[Any]] = {}
    for c in page.items:
        links[c.id] = store.claim_links(c.id)
    return render(request, "claims.html", page=page, links=links, speaker=speaker or "", article=article or "")


@pages.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, store: StoreDep) -> HTMLResponse:
    c = store.claim(claim_id)
    if c is None:
        raise HTTPException(404, f"no claim with id {claim_id!r}")
    return render(request, "claim.html", d=D.claim_detail(store, c))


@pages.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=300)] = "",
                kinds: Annotated[str | None, Query(max_length=100)] = None, start: DateParam = None,
                end: DateParam = None, entity: Text = None, outlet: Text = None, event_type: Text = None,
                offset: Offset = 0, limit: Limit = 20) -> HTMLResponse:
    check_range(start, end)
    wanted = parse_kinds(kinds)
    entity = resolve_entity(store, entity)
    page = None
    if q.strip():
        page = D.paginate(lambda o, n: store.search(q, kinds=wanted, start=start, end=end, entity=entity,
                                                    outlet=outlet, event_type=event_type, limit=n, offset=o),
                          offset, limit)
    return render(request, "search.html", page=page, q=q, kinds=kinds or "", start=start or "", end=end or "",
                  entity=entity or "", outlet=outlet or "", event_type=event_type or "", snippet=snippet)


@pages.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, store: StoreDep, entity: Text = None,
               limit: Annotated[int, Query(ge=1, le=300)] = 40) -> HTMLResponse:
    if entity and not D.entity_exists(store, entity):
        raise HTTPException(404, f"no entity with id {entity!r}")
    g = graph_data(store, entity=entity, limit=limit)
    return render(request, "graph.html", svg=graph_svg(g), n_nodes=len(g.nodes), n_edges=len(g.edges),
                  entity=entity or "", limit=limit)


@pages.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI document (no CDN-hosted Swagger UI offline)."""
    spec = request.app.openapi()
    return render(request, "docs.html", spec=spec)
