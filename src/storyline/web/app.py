"""The web application: a JSON API under /api (documented at /openapi.json and /docs) and the pages.

Security model (article text, titles and names are untrusted input):
- the store is opened read-only unless the app is created with ``writable=True``;
  every other mutating request is refused with 403;
- no request parameter names a file: static files come only from the package's
  own ``static`` directory (Starlette refuses paths leaving it);
- pages escape everything (Jinja2 autoescape, highlighted text built from
  escaped segments) and a Content-Security-Policy allows only this origin's
  scripts and styles, so even a missed escape could not run inline script.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline.config import Config
from storyline.model import to_dict
from storyline.present.sources import store_outlets
from storyline.present.timeline import TimelineFilter, search_hit_words
from storyline.store import open_store
from storyline.store.base import SearchHit, Store, StoreBusy
from storyline.web import api_models as S
from storyline.web import lookups as L
from storyline.web.briefing import BriefBusy, make_brief, stop_building
from storyline.web.pages import error_page, pages, stop_warming, warm_overview
from storyline.web.params import (
    DateParam,
    EntityP,
    EventTypeP,
    Limit,
    Offset,
    OutletP,
    StoreDep,
    check_range,
    parse_kinds,
)
from storyline.web.pictures import graph_data
from storyline.web.security import refuse_write, write_token
from storyline.web.views import (
    article_spans,
    article_summary,
    claim_detail,
    claim_summaries,
    entity_detail,
    entity_lite,
    event_detail,
    event_summary,
    list_entity_summaries,
    paginate,
)

if TYPE_CHECKING:
    from storyline.ingest import Deduplicator

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WRITE_WAIT_S = 5.0  # how long a POST waits for another process writing the store before answering 503
#: the <style> elements the vendored vis-timeline build injects (the same rules are also in its CSS file); allowed
#: by hash, so no other inline style can run. The browser tests fail on any CSP violation, so a library
#: upgrade that changes them is noticed.
VIS_TIMELINE_STYLES = (
    "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "4cgFR0//m8/eHo2G/esYsuZetUHlzCUWYM59sfgE9zY=",
    "ATJNJCL6Wpn/tPBpNaKy3Ig13EdPxHee6ABd7iI5mws=", "JpD3E+Z6xKRloIXUfvynO2x74VKoQhS46cmzKyphJl4=",
    "Pp9TeUBeLNGvSpG/WQNr6F3PYBi3hh26KmQ3FkCtS/s=", "QuPewnJYr+SnQiTnCNHFBw99ExTsz9f8w5320PimEPw=",
    "U3cY7+F4GcTGxjocx4JSltmifCzwxxzq20dqKX4Tpyc=", "XBP/Oxjt3ECoRQDQ/Oy5mLhrX1dQxCIiptFACGjUcTs=",
    "baaZQ3ax85WnC7GoHJg/b0c0Mc2RCKGK73AZ1RkuJn8=", "c5RgAgDBfjnEymw+IboUyFPkkpdh8YEBSEryb+t1dMk=",
    "gGUn/VMBXCeWm86qX/pOf+4ZDSbe0JcaXXb4rJjw1mA=", "q+AlK1feXh8YLw+gxDqtezQZl8UqsWOM3W5c0pt//tg=",
    "v0QGAkPIWT/V4bfkkxL6vDfyRDULSXZUBrHxAFR30lY=", "w0Te9S8PSkCwFxTBObrIR3XmcxltdxckbplgXIG85qk=",
    "w6U1+htdQc1k4FTNbX5Rk8gOIBBM7jVgmCKvXCQklGE=",
)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' "
       + " ".join(f"'sha256-{h}'" for h in VIS_TIMELINE_STYLES)
       + "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": S.ErrorOut, "description": "unknown id"}}


def _missing(kind: str, id_: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {kind} with id {id_!r}")


# --------------------------------------------------------------------------- API

api = APIRouter(prefix="/api")


@api.get("/info", response_model=S.InfoOut, summary="Store summary: counts, outlets, date range, last run")
def info(store: StoreDep, request: Request) -> S.InfoOut:
    return S.InfoOut(**{**store.info(), "outlets": len(store_outlets(store)), "writable": request.app.state.writable})


@api.get("/articles", response_model=S.ArticlePage, summary="Articles, newest first, paginated")
def list_articles(store: StoreDep, offset: Offset = 0, limit: Limit = 50, outlet: OutletP = None,
                  q: Annotated[str | None, Query(max_length=300, description="text the title or id contains")]
                  = None) -> S.ArticlePage:
    total = store.count_articles(outlet=outlet, q=q)
    page = paginate(lambda o, n: store.list_articles(offset=o, limit=n, outlet=outlet, q=q), offset, limit, total)
    return S.ArticlePage(items=[article_summary(a) for a in page.items], offset=offset, limit=limit,
                         total=total, has_more=page.has_more)


@api.get("/articles/{article_id:path}", response_model=S.ArticleDetail, responses=NOT_FOUND,
         summary="One article: clean text and its entity/date/event/claim spans")
def get_article(article_id: str, store: StoreDep) -> S.ArticleDetail:
    art = store.article(article_id)
    if art is None:
        raise _missing("article", article_id)
    spans, analyzed = article_spans(store, art)
    return S.ArticleDetail(article=art, spans=spans, analyzed=analyzed)


@api.post("/articles", response_model=S.ArticleCreated, status_code=201,
          summary="Add an article (only when the server was started with --writable)")
def add_article(body: S.ArticleIn, store: StoreDep, request: Request) -> S.ArticleCreated:
    # the same path as `storyline analyze`: cleaning, date, language, content-hash id, near-duplicate check
    # (imported here: ingest's cleaning and near-duplicate libraries are half a new server's start-up, ~2 s of CPU,
    # and only a writable server adding articles needs them)
    from storyline.ingest import article_from_fields, take_in

    config: Config = request.app.state.config
    article, problems = article_from_fields(body.model_dump(exclude_none=True), config, source="web")
    if article is None:
        raise HTTPException(400, "; ".join(p.problem for p in problems) or "no article text")
    # the store's writer lock, not for long: a run writing the store answers 503 naming it (see store_busy)
    with request.app.state.write_lock, store.writer(wait=WRITE_WAIT_S, what="storyline serve (POST)"):
        intake = take_in([article, *problems], store, _deduplicator(request.app, store, config))
    return S.ArticleCreated(id=article.id, added=bool(intake.added), copy_of=intake.copy_of.get(article.id),
                            warnings=[p.problem for p in intake.warnings],
                            note="stored; run `storyline analyze` on this store to analyze and fuse it")


def _deduplicator(app: FastAPI, store: Store, config: Config) -> Deduplicator:
    """The app's near-duplicate index, seeded once with the stored articles (first POST)."""
    from storyline.ingest import Deduplicator

    if app.state.dedup is None:
        app.state.dedup = Deduplicator.from_articles(store.articles(), config.near_duplicate_threshold)
    dedup: Deduplicator = app.state.dedup
    return dedup


@api.get("/entities", response_model=S.EntityPage, summary="Entities by number of mentions, paginated")
def list_entities(store: StoreDep, offset: Offset = 0, limit: Limit = 50,
                  type: Annotated[str | None, Query(max_length=40, description="PERSON, ORG, GPE, LOC, NORP, ...")]
                  = None,
                  q: Annotated[str | None, Query(max_length=300, description="text the name contains")] = None
                  ) -> S.EntityPage:
    total = store.count_entities(type=type, q=q)
    page = paginate(lambda o, n: list_entity_summaries(store, o, n, type=type, q=q), offset, limit, total)
    return S.EntityPage(items=page.items, offset=offset, limit=limit,
                        total=total, has_more=page.has_more)


@api.get("/entities/{entity_id:path}", response_model=S.EntityDetail, responses=NOT_FOUND,
         summary="One entity: aliases with counts, roles with dates, mentions, related events and claims")
def get_entity(entity_id: str, store: StoreDep, mentions_offset: Offset = 0,
               mentions_limit: Limit = 50) -> S.EntityDetail:
    e = entity_lite(store, entity_id)
    if e is None:
        raise _missing("entity", entity_id)
    return entity_detail(store, e, mentions_offset, mentions_limit)


@api.get("/events", response_model=S.EventPage, summary="Events in date order (undated last), paginated")
def list_events(store: StoreDep, offset: Offset = 0, limit: Limit = 50, start: DateParam = None,
                end: DateParam = None, type: EventTypeP = None, entity: EntityP = None) -> S.EventPage:
    check_range(start, end)
    entity = L.entity_id(store, entity)
    total = store.count_events(start=start, end=end, type=type, entity=entity)
    page = paginate(lambda o, n: store.list_events(offset=o, limit=n, start=start, end=end, type=type,
                                                   entity=entity), offset, limit, total)
    return S.EventPage(items=[event_summary(e) for e in page.items], offset=offset, limit=limit, total=total,
                       has_more=page.has_more)


@api.get("/events/{event_id:path}", response_model=S.EventDetail, responses=NOT_FOUND,
         summary="One event: sources, independent-source count, conflicting values")
def get_event(event_id: str, store: StoreDep) -> S.EventDetail:
    ev = store.event(event_id)
    if ev is None:
        raise _missing("event", event_id)
    return event_detail(store, ev)


@api.get("/claims", response_model=S.ClaimPage, summary="Claims (who said what), paginated")
def list_claims(store: StoreDep, offset: Offset = 0, limit: Limit = 50,
                speaker: Annotated[str | None, Query(max_length=300, description="the speaker: an entity id or a name")]
                = None,
                article: Annotated[str | None, Query(max_length=300, description="article id")] = None,
                start: DateParam = None, end: DateParam = None) -> S.ClaimPage:
    check_range(start, end)
    speaker = L.entity_id(store, speaker)
    total = store.count_claims(speaker=speaker, article=article, start=start, end=end)
    page = paginate(lambda o, n: store.list_claims(offset=o, limit=n, speaker=speaker, article=article,
                                                   start=start, end=end), offset, limit, total)
    return S.ClaimPage(items=claim_summaries(store, page.items), offset=offset, limit=limit, total=total,
                       has_more=page.has_more)


@api.get("/claims/{claim_id:path}", response_model=S.ClaimDetail, responses=NOT_FOUND,
         summary="One claim: speaker, content, claims that support or deny it, support in sources")
def get_claim(claim_id: str, store: StoreDep) -> S.ClaimDetail:
    c = store.claim(claim_id)
    if c is None:
        raise _missing("claim", claim_id)
    return claim_detail(store, c)


@api.get("/timeline", response_model=S.TimelinePage, summary="Incidents and statements in time order, paginated")
def timeline(store: StoreDep, start: DateParam = None, end: DateParam = None, entity: EntityP = None,
             type: EventTypeP = None,
             detail: Annotated[bool, Query(description="every fused event and claim instead of incidents and "
                                                       "the statements that make the story")] = False,
             offset: Offset = 0, limit: Limit = 50) -> S.TimelinePage:
    check_range(start, end)
    f = TimelineFilter(start, end, L.entity_ids(store, entity), type)
    items = L.timeline(store, f, detail)
    page = items[offset:offset + limit]
    return S.TimelinePage(items=[S.TimelineItemOut(**to_dict(i)) for i in page], offset=offset, limit=limit,
                          total=len(items), has_more=offset + len(page) < len(items))


@api.get("/brief", response_model=S.BriefOut, summary="Cited briefing: salient sentences, each with its sources")
def brief(store: StoreDep, sentences: Annotated[int, Query(ge=1, le=50, description="most sections beyond the "
                                                          "incidents reported by two or more independent sources, "
                                                          "which always appear")] = 12,
          entity: Annotated[str | None, Query(max_length=300, description="only what this entity (an id or a "
                                                                          "name) takes part in or says")] = None,
          q: Annotated[str | None, Query(max_length=300, description="rank by closeness to this text")] = None,
          story: Annotated[str | None, Query(max_length=300, description="story cluster id (/api/stories)")]
          = None) -> S.BriefOut:
    entity = L.entity_id(store, entity)
    if story and store.story_cluster(story) is None:
        raise _missing("story", story)
    try:
        return make_brief(store, sentences=sentences, entity=entity, query=q, story_id=story)
    except BriefBusy as exc:  # being made (or too many are): the build goes on; ask again shortly
        raise HTTPException(503, str(exc), headers={"Retry-After": "2"}) from exc
    except Exception as exc:  # the briefing is one part; report it as unavailable, not as a crash of the API
        log.exception("briefing failed")
        raise HTTPException(503, f"briefing unavailable: {type(exc).__name__}: {exc}") from exc


@api.get("/search", response_model=S.SearchOut, summary="Full-text search over articles, entities, events, claims")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=300, description="words to find")],
           kinds: Annotated[str | None, Query(max_length=100, description="comma-separated: "
                                              "article,entity,event,claim")] = None,
           start: DateParam = None, end: DateParam = None, entity: EntityP = None, outlet: OutletP = None,
           event_type: EventTypeP = None, offset: Offset = 0, limit: Limit = 20) -> S.SearchOut:
    check_range(start, end)
    wanted = parse_kinds(kinds)
    entity = L.entity_id(store, entity)
    hits = search_all(store, q, kinds=wanted, start=start, end=end, entity=entity, outlet=outlet,
                      event_type=event_type)
    page = search_hit_words(store, hits[offset:offset + limit])
    items = [S.SearchHitOut(kind=h.kind, id=h.id, title=h.title, snippet=h.snippet, score=h.score, article=h.article,
                            start=h.start, end=h.end) for h in page]
    return S.SearchOut(q=q, offset=offset, limit=limit, total=len(hits), has_more=offset + len(page) < len(hits),
                       items=items)


SEARCH_CAP = 5000  # matches ranked and counted per query; a page is cut from them


def search_all(store: Store, q: str, **filters: Any) -> list[SearchHit]:
    """Every match (up to SEARCH_CAP), best first: the total a list promises, and pages that agree with it."""
    return store.search(q, limit=SEARCH_CAP, offset=0, **filters)


@api.get("/graph", response_model=S.GraphOut, summary="Entity–event–claim graph (nodes with layout, edges)")
def graph(store: StoreDep,
          entity: Annotated[str | None, Query(max_length=300, description="only what this entity (an id or a "
                                                                          "name) takes part in or says")] = None,
          limit: Annotated[int, Query(ge=1, le=300, description="most events and most claims")] = 40) -> S.GraphOut:
    return graph_data(store, entity=L.entity_id(store, entity), limit=limit)


@api.get("/stories", response_model=S.StoryPage, summary="Story clusters (groups of articles about one story), "
                                                           "largest first, paginated")
def stories(store: StoreDep, offset: Offset = 0, limit: Limit = 50) -> S.StoryPage:
    clusters = store.stories()
    page = clusters[offset:offset + limit]
    return S.StoryPage(items=page, offset=offset, limit=limit, total=len(clusters),
                       has_more=offset + len(page) < len(clusters))


# --------------------------------------------------------------------------- app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                             for e in exc.errors())
        if _wants_json(request):
            return JSONResponse({"detail": problems, "errors": _plain(exc.errors())}, status_code=422)
        return error_page(request, 400, f"Bad parameter — {problems}")

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return error_page(request, 400, str(exc))


def _plain(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the raw input objects (which need not be JSON-serializable)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in errors]


def create_app(db: str | Path, writable: bool = False, allowed_hosts: Sequence[str] | None = None,
               token: str | None = None) -> FastAPI:
    """The app over the store at ``db`` (a SQLite path or a database URL); read-only unless ``writable``.

    ``allowed_hosts`` limits the Host header (``serve`` passes the local names, or an allow-list when bound
    to a network address), so a web page elsewhere cannot reach the API through DNS rebinding. A writable
    app takes writes only with its ``token`` (a random one when not given: ``app.state.token``) and never
    from a page of another origin (see :mod:`storyline.web.security`).
    """
    store = open_store(db, readonly=not writable)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        warm_overview(store)  # the first overview shows what is ready and fetches the briefing when it is
        yield
        stop_building()  # queued briefings cancelled, the worker let go: warm-up joins return at once
        stop_warming(store)
        store.close()

    app = FastAPI(title="Storyline", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who is who, what happened when, who claims what — with sources. "
                              "Read-only unless the server was started with --writable.")
    app.state.store = store
    app.state.writable = writable
    app.state.token = write_token(token)[0] if writable else None
    app.state.config = Config()
    app.state.dedup = None
    app.state.write_lock = threading.Lock()

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if request.method in MUTATING and not writable:
            return JSONResponse({"detail": "this server is read-only; start it with --writable to add articles"},
                                status_code=403)
        if request.method in MUTATING:
            refused = refuse_write(request, request.app.state.token)
            if refused is not None:
                return refused
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    _install_handlers(app)

    @app.exception_handler(StoreBusy)
    async def store_busy(request: Request, exc: StoreBusy) -> Response:  # another process writes the store
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "30"})

    app.include_router(api)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
