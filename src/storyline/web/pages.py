"""Server-rendered pages: overview, entities, events, claims, articles (highlighted), search, graph, timeline.

Templates live in ``templates/`` with Jinja2 autoescape on; nothing from the
store is marked safe except HTML built here from escaped pieces
(:func:`storyline.web.highlight.highlight`, the graph SVG). Links to outside
pages are rendered only for http(s) URLs.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from jinja2 import ChainableUndefined, Environment, FileSystemLoader
from markupsafe import Markup

from storyline.present import words as W
from storyline.present.overview import key_actors
from storyline.present.sources import store_outlets
from storyline.present.timeline import TimelineFilter, TimelineItem, conflict_rows, search_hit_words, timeline_svg
from storyline.store.base import SNIPPET_CLOSE, SNIPPET_OPEN, EntityHeader, Store
from storyline.web import lookups as L
from storyline.web import preparing
from storyline.web import views as D
from storyline.web.ahead import PICTURE_ITEMS, OverviewIncidents, stored_overview_incidents
from storyline.web.api_models import BriefOut, TextSpan
from storyline.web.briefing import BriefBusy, cached_brief, make_brief, store_state, warm
from storyline.web.highlight import HSpan, highlight
from storyline.web.params import DateParam, Limit, Offset, StoreDep, Text, check_range, parse_kinds
from storyline.web.pictures import graph_data, graph_svg
from storyline.web.security import id_segment

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
SPAN_PAGES = {"entity": "/entities/", "event": "/events/", "claim": "/claims/"}
BRIEF_SECTIONS = 12
INTERACTIVE_MAX = 2000  # items handed to the browser's timeline at once

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
    return SPAN_PAGES[kind] + id_segment(id_) if id_ else None


def snippet(text: str) -> Markup:
    """A search snippet: escape it, then turn the store's ⟦ ⟧ match markers into <mark>."""
    esc = str(Markup.escape(text))
    return Markup(esc.replace(SNIPPET_OPEN, "<mark>").replace(SNIPPET_CLOSE, "</mark>"))


env.filters["safe_url"] = safe_url
env.filters["q"] = lambda s: id_segment(str(s))
env.globals["link"] = link
env.globals["headline"] = D.headline
# words for codes: every template shows these, never the raw values
env.filters["date_words"] = W.date_words
env.filters["between_words"] = lambda pair: W.between_words(pair[0], pair[1])
env.filters["moment_words"] = W.moment_words
env.filters["day_words"] = lambda v: W.date_words(v) if v else "undated"
env.filters["entity_type"] = W.entity_type_words
env.filters["event_type"] = lambda e: W.event_type_words(e.type, e.subtype)
env.filters["modality"] = W.modality_words
env.filters["quantity"] = W.quantity_words
env.filters["credibility"] = W.credibility_words
env.filters["field_words"] = W.field_words
env.filters["role_words"] = W.role_words
env.filters["polarity"] = W.polarity_words
env.filters["stance"] = lambda s: W.STANCE_WORDS.get(s or "", s or "")
env.filters["speaker_type"] = lambda s: W.SPEAKER_TYPE_WORDS.get(s or "", s or "")
env.filters["outlet"] = lambda a: W.outlet_words(getattr(a, "outlet", None), getattr(a, "url", None))
env.filters["conflict_value"] = lambda v, field: W.conflict_value_words(field, v)
env.globals["count"] = W.count
env.globals["interval"] = W.interval_words
env.filters["noun"] = lambda noun, n: noun if n == 1 else W.plural(noun)
env.filters["num"] = lambda n: W.number_words(n) if isinstance(n, (int, float)) else n  # "1,000"


def _by_outlet(sources: Any) -> list[tuple[str, list[Any]]]:
    """Sources grouped by outlet, in the order they first appear (an outlet's two articles show once)."""
    groups: dict[str, list[Any]] = {}
    for s in sources:
        groups.setdefault(s.outlet, []).append(s)
    return list(groups.items())


env.filters["by_outlet"] = _by_outlet
env.globals["cite_numbers"] = lambda cites, sources: sorted(
    {s.number for s in sources for c in cites if s.article == c.article})
env.globals["aliases_line"] = W.aliases_line
env.globals["ENTITY_TYPES"] = [(t, W.entity_type_words(t) + (f" ({W.ENTITY_TYPE_HINTS[t]})"
                                                             if t in W.ENTITY_TYPE_HINTS else ""))
                               for t in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")]
env.globals["EVENT_TYPES"] = sorted(((t, W.TYPE_WORDS[t]) for t in W.TYPE_WORDS if t != "OTHER"),
                                    key=lambda tw: tw[1])


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
    made, preparing_token = _overview_incidents_or_token(store)
    claims = store.list_claims(limit=10)
    brief = _overview_brief(store) if counts["articles"] else "No briefing yet: the store holds no articles."
    actors = key_actors(store, 12)
    timeline = None if made is None else _timeline_view(
        made.picture, "/timeline.svg?" + urlencode({"kind": "event", "limit": PICTURE_ITEMS}))
    return render(request, "overview.html", brief_src="/fragments/brief", counts=counts, info=store.info(),
                  outlets=len(store_outlets(store)),
                  stories=store.stories()[:10], brief=brief,
                  actors=[D.entity_summary(e) for e in actors], also_known=_also_known_as(actors),
                  incidents=made.shown if made else (), n_incidents=made.total if made else None,
                  timeline=timeline, preparing=preparing_token, claims=D.claim_summaries(store, claims[:10]))


def overview_incidents(store: Store) -> OverviewIncidents:
    """The overview's incidents: kept by the last run for the store's state (:mod:`storyline.web.ahead`), else
    built from the timeline (cached per state, and shared with the start-up warm-up building it)."""
    return stored_overview_incidents(store, store_state(store)) or \
        OverviewIncidents.of(L.timeline(store, TimelineFilter(), claims=False))


def _overview_incidents_or_token(store: Store) -> tuple[OverviewIncidents | None, str | None]:
    """The overview's incidents when kept by the last run or built (or built within a moment); else None and
    the token of their build, running off the request thread (a store an older version made: the page says they
    are being prepared and reloads when they are, instead of waiting for the whole timeline)."""
    kept = stored_overview_incidents(store, store_state(store))
    if kept is not None:
        return kept, None
    items, token = L.timeline_or_token(store, TimelineFilter(), claims=False)
    return (None, token) if items is None else (OverviewIncidents.of(items), None)


def _also_known_as(entities: Sequence[EntityHeader]) -> dict[str, list[str]]:
    """Other names of these entities, from all their aliases: the acronym first, never the name."""
    out = {}
    for e in entities:
        aliases = sorted(e.aliases, key=lambda a: (-e.aliases[a], a))
        out[e.id] = W.aliases_line(e.name, aliases)
    return out


def _overview_brief(store: Store, story_id: str | None = None) -> BriefOut | str | None:
    """The briefing once it is made; until then None, and the page fetches it when it is ready.

    It is made off-thread (at start-up for the whole store, on first request for a story), so no page waits
    for the sentence model to load.
    """
    made = cached_brief(store, sentences=BRIEF_SECTIONS, story_id=story_id)
    if made is None:
        key = (id(store), story_id)
        with _warming_lock:
            running = _warming.get(key)
            if running is None or not running.is_alive():
                _warming[key] = warm(store, BRIEF_SECTIONS, story_id)
    return made


_warming: dict[tuple[int, str | None], threading.Thread] = {}  # (store, story id or "timeline") -> thread
_warming_lock = threading.Lock()


def warm_overview(store: Store) -> None:
    """At start-up, off-thread: the default timeline (quick), then the default briefing (the sentence model
    loads), one after the other so the first overview, which needs only the timeline, is not kept waiting."""
    if store.count("articles") == 0:
        return

    def run() -> None:
        try:
            overview_incidents(store)  # kept by the last run, or built
            make_brief(store, sentences=BRIEF_SECTIONS)
            L.timeline(store, TimelineFilter())  # the timeline page
        except Exception:
            log.exception("overview warm-up failed")

    t = threading.Thread(target=run, name="storyline-overview-warmup", daemon=True)
    with _warming_lock:
        _warming[(id(store), None)] = t  # the overview's briefing is being made: no second thread for it
    t.start()


def stop_warming(store: Store, timeout: float = 60.0) -> None:
    """Wait for this store's warm-up threads (at shutdown: a thread still using the store or the model while
    the interpreter exits can abort the process)."""
    with _warming_lock:
        threads = [t for (sid, _), t in _warming.items() if sid == id(store)]
    for t in threads:
        t.join(timeout)
    preparing.stop(id(store), timeout)


@pages.get("/fragments/brief", response_class=HTMLResponse)
def brief_fragment(request: Request, store: StoreDep, story: Text = None, entity: Text = None, q: Text = None,
                   sections: Annotated[int, Query(ge=1, le=50)] = BRIEF_SECTIONS,
                   page: bool = False) -> HTMLResponse:
    """The briefing as a fragment (fetched by static/brief.js when a page was served before it was made); with
    ``page``, headed by its title as on the briefing's own page."""
    entity_id = L.entity_id(store, entity)
    return render(request, "_brief.html", brief=safe_brief(store, story, entity_id, q, sections), titled=page)


@pages.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request, store: StoreDep, entity: Text = None, q: Text = None, story: Text = None,
               sections: Annotated[int, Query(ge=1, le=50)] = BRIEF_SECTIONS) -> HTMLResponse:
    """The briefing on a page of its own (printable), for the whole store, an entity, a query or a story. One
    not made within a moment (a store an older version made, a new entity or query) is fetched by the page when
    it is: the page never waits for the sentence model."""
    entity_id = L.entity_id(store, entity)
    if story and store.story_cluster(story) is None:
        raise HTTPException(404, f"no story with id {story!r}")
    made: BriefOut | str | None
    try:
        made = make_brief(store, sentences=sections, entity=entity_id, query=q, story_id=story,
                          wait=preparing.PAGE_WAIT)
    except BriefBusy:  # still being made (it goes on and is cached): the page fetches it when it is
        made = None
    except Exception as exc:
        log.exception("briefing failed")
        made = f"The briefing could not be made ({type(exc).__name__})."
    asked = {k: v for k, v in (("entity", entity), ("q", q), ("story", story)) if v}
    if sections != BRIEF_SECTIONS:
        asked["sections"] = str(sections)
    return render(request, "brief.html", brief=made, entity=entity or "", q=q or "", story=story or "",
                  sections=sections, brief_src="/fragments/brief?" + urlencode({**asked, "page": "true"}),
                  brief_page="/brief?" + urlencode(asked) if asked else "/brief")


def safe_brief(store: Store, story_id: str | None = None, entity: str | None = None, query: str | None = None,
               sections: int = BRIEF_SECTIONS) -> BriefOut | str:
    """The briefing, or why there is none: one failing part must not take the page down."""
    try:
        return make_brief(store, sentences=sections, entity=entity, query=query, story_id=story_id)
    except Exception as exc:
        log.exception("briefing failed")
        return f"The briefing could not be made ({type(exc).__name__}); the rest of the page is unaffected."


def _timeline_view(items: Sequence[TimelineItem], svg_src: str) -> Markup:
    """The interactive timeline (data for static/timeline.js) over the SVG picture shown without script.

    The items travel as JSON in a non-executable script element; the picture is an <img>, where no script
    inside an SVG can run, inside <noscript>: a browser that draws the interactive timeline never asks for it
    (on 1,000 Reuters articles the picture took 18 s cold at a load of 12 on two cores and held the overview's
    load event that long); static/timeline.js shows it when it cannot draw (``data-picture``).
    """
    # no "<", ">" or "&" inside the script element at all: nothing in the data can end it or open a comment
    data = json.dumps([_vis_item(i) for i in items], ensure_ascii=True)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    days = sorted(p for i in items for s in i.sources if (p := s.published) and len(p) == 10)
    return Markup(
        '<div class="tl-interactive" hidden data-from="{}" data-to="{}" data-picture="{}"></div>'
        '<script type="application/json" class="tl-data">{}</script>'
        '<noscript><img class="timeline-img tl-fallback" src="{}" alt="{}"></noscript>'
    ).format(days[0] if days else "", days[-1] if days else "", svg_src, Markup(data), svg_src, PICTURE_ALT)


PICTURE_ALT = "timeline of incidents and statements"


def _vis_item(i: TimelineItem) -> dict[str, Any]:
    """One item as the browser script draws it: an interval for a week, month or season, a point for a day."""
    return {"id": i.id, "kind": i.kind, "label": i.label, "when": i.when, "lane": i.lane,
            "start": i.earliest, "end": i.latest, "conflict": bool(i.conflicts), "stated": i.date_stated,
            "href": link("claim" if i.kind == "claim" else "event", i.id),
            "outlets": list(i.outlets)}


@pages.get("/timeline.svg")
def timeline_picture(store: StoreDep, start: DateParam = None, end: DateParam = None, entity: Text = None,
                     type: Text = None, detail: bool = False, offset: Offset = 0, limit: Limit = 50,
                     kind: Annotated[str | None, Query(pattern="^(event|claim)$")] = None) -> Response:
    items = _timeline_items(store, start, end, entity, type, detail)
    if kind:
        items = [i for i in items if i.kind == kind]
    return Response(timeline_svg(items[offset:offset + limit]), media_type="image/svg+xml")


def _timeline_items(store: Store, start: str | None, end: str | None, entity: str | None, type: str | None,
                    detail: bool) -> list[TimelineItem]:
    check_range(start, end)
    return L.timeline(store, TimelineFilter(start, end, L.entity_ids(store, entity), type or None), detail)


@pages.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, start: DateParam = None, end: DateParam = None,
                  entity: Text = None, type: Text = None, detail: bool = False, offset: Offset = 0,
                  limit: Limit = 50) -> HTMLResponse:
    check_range(start, end)
    filters = TimelineFilter(start, end, L.entity_ids(store, entity), type or None)
    items, token = L.timeline_or_token(store, filters, detail)
    form: dict[str, Any] = {"start": start or "", "end": end or "", "entity": entity or "", "type": type or "",
                            "detail": detail}
    if items is None:  # a server just started on a large store (or one an older version made): not built yet
        return render(request, "timeline.html", page=None, picture=None, preparing=token, **form)
    shown = items[offset:offset + limit]
    page = D.Page(shown, offset, limit, offset + len(shown) < len(items), len(items))
    params = {k: v for k, v in (("start", start), ("end", end), ("entity", entity), ("type", type),
                                ("detail", "true" if detail else None), ("offset", offset), ("limit", limit)) if v}
    # the interactive picture holds the whole range (zoom and pan); the list and the no-script picture page
    picture = _timeline_view(items[:INTERACTIVE_MAX], "/timeline.svg?" + urlencode(params))
    return render(request, "timeline.html", page=page, picture=picture, preparing=None, **form)


@pages.get("/fragments/ready/{token}")
def ready(token: Annotated[str, PathParam(pattern="^[0-9a-f]{16}$")]) -> dict[str, bool]:
    """Whether a page part being prepared (:mod:`storyline.web.preparing`) is ready: answered when it is, or
    after a while (the page's script asks again)."""
    return {"ready": preparing.wait(token, preparing.POLL_WAIT)}


@pages.get("/stories/{story_id:path}", response_class=HTMLResponse)
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


@pages.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, outlet: Text = None,
                  q: Text = None) -> HTMLResponse:
    total = store.count_articles(outlet=outlet, q=q)
    page = D.paginate(lambda o, n: store.list_articles(offset=o, limit=n, outlet=outlet, q=q), offset, limit, total)
    return render(request, "articles.html", page=page, outlet=outlet or "", q=q or "")


def resolve_entity(store: Store, value: str | None) -> str | None:
    """An entity filter typed into a page: an id, or a name or alias (404 with suggestions when none matches)."""
    return L.entity_id(store, value)


def _hspans(spans: list[TextSpan]) -> list[HSpan]:
    out = []
    for s in spans:
        if s.kind == "date":
            href = f"/timeline?start={s.label}&end={s.label}" if s.label and _is_date(s.label) else None
            out.append(HSpan(s.start, s.end, "date", href, s.words))
        else:
            anchor = "claim-" + quote(s.ref, safe="") if s.kind == "claim" and s.ref else None
            out.append(HSpan(s.start, s.end, s.kind, link(s.kind, s.ref), s.words, anchor))
    return out


def _is_date(value: str) -> bool:
    return D.is_date_value(value)


@pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
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


@pages.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, store: StoreDep, offset: Offset = 0,
                limit: Limit = 50) -> HTMLResponse:
    e = D.entity_lite(store, entity_id)
    if e is None:
        raise HTTPException(404, f"no entity with id {entity_id!r}")
    d = D.entity_detail(store, e, offset, limit)
    pic = graph_svg(graph_data(store, entity=e.id, limit=25), max_height=460)
    cited = D.articles_by_id(store, [r.article for r in d.roles])
    role_sources = {a.id: f"{W.outlet_words(a.outlet, a.url)}, "
                          f"{W.date_words(a.published) if a.published else 'undated'}" for a in cited.values()}
    # a role's "of" is an entity id when the organization or country was resolved: shown by its name
    role_of = D.entity_names(store, [r.of for r in d.roles if r.of])
    return render(request, "entity.html", d=d, offset=offset, limit=limit, graph=pic, role_sources=role_sources,
                  role_of=role_of)


@pages.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, start: DateParam = None,
                end: DateParam = None, type: Text = None, entity: Text = None) -> HTMLResponse:
    check_range(start, end)
    entity_id = resolve_entity(store, entity)
    total = store.count_events(start=start, end=end, type=type, entity=entity_id)
    page = D.paginate(lambda o, n: store.list_events(offset=o, limit=n, start=start, end=end, type=type,
                                                     entity=entity_id), offset, limit, total)
    page.items = [D.event_summary(e) for e in page.items]  # type: ignore[misc]
    return render(request, "events.html", page=page, start=start or "", end=end or "", type=type or "",
                  entity=entity or "")


@pages.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    ev = store.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    arts = D.articles_by_id(store, [m.article for m in ev.mentions])
    return render(request, "event.html", d=D.event_detail(store, ev), conflicts=conflict_rows(ev, arts))


@pages.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, offset: Offset = 0, limit: Limit = 50, speaker: Text = None,
                article: Text = None) -> HTMLResponse:
    speaker_id = resolve_entity(store, speaker)
    total = store.count_claims(speaker=speaker_id, article=article)
    page = D.paginate(lambda o, n: store.list_claims(offset=o, limit=n, speaker=speaker_id, article=article),
                      offset, limit, total)
    page.items = D.claim_summaries(store, page.items)  # type: ignore[assignment]
    links: dict[str, list[Any]] = {}
    for c in page.items:
        links[c.id] = store.claim_links(c.id)
    return render(request, "claims.html", page=page, links=links, speaker=speaker or "", article=article or "")


@pages.get("/claims/{claim_id:path}", response_class=HTMLResponse)
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
        page = D.paginate(lambda o, n: search_hit_words(store, store.search(
            q, kinds=wanted, start=start, end=end, entity=entity, outlet=outlet, event_type=event_type, limit=n,
            offset=o)), offset, limit)
    return render(request, "search.html", page=page, q=q, kinds=kinds or "", start=start or "", end=end or "",
                  entity=entity or "", outlet=outlet or "", event_type=event_type or "", snippet=snippet)


@pages.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, store: StoreDep, entity: Text = None,
               limit: Annotated[int, Query(ge=1, le=300)] = 40) -> HTMLResponse:
    entity_id = resolve_entity(store, entity)
    g = graph_data(store, entity=entity_id, limit=limit)
    name = store.entity_names([entity_id]).get(entity_id or "") if entity_id else None
    return render(request, "graph.html", svg=graph_svg(g), n_nodes=len(g.nodes), n_edges=len(g.edges),
                  entity=entity_id or "", entity_name=name, limit=limit)


@pages.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for it on every direct visit (the SVG picture, the JSON API); there is none."""
    return Response(status_code=204)


@pages.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI document (no CDN-hosted Swagger UI offline)."""
    spec = request.app.openapi()
    return render(request, "docs.html", spec=spec)
