"""Server-rendered pages through the HTTP client: content, links, pagination, and escaping of untrusted text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.model import Article
from storyline.store import open_store
from storyline.web.app import create_app
from storyline.web.views import headline

PAGES = ["/", "/articles", "/articles/a1", "/articles/xss", "/entities", "/entities/ent_xss", "/entities/ent_varn",
         "/events", "/events/ev_bomb", "/events/ev_visit", "/claims", "/claims/xss:c1", "/claims/a1:c1",
         "/search?q=Kessel", "/search?q=envoy", "/graph", "/timeline", "/docs", "/stories/st_kessel"]


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(html)
    return p.tags


@pytest.mark.parametrize("path", PAGES)
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_escape_untrusted_text(client: TestClient, path: str) -> None:
    html = client.get(path).text
    found = tags(html)
    bad = [t for t, a in found if t in ("script", "img", "b", "iframe") and not _ours(t, a)]
    assert not bad, "markup from data became tags"
    assert not [a for _, a in found if any(k.startswith("on") for k in a)], "an attribute broke out of its quotes"
    assert not [a for _, a in found if (a.get("href") or "").strip().lower().startswith("javascript:")]
    assert "<script>" not in html


def _ours(tag: str, attrs: dict[str, str | None]) -> bool:
    """The tags we write ourselves: the timeline picture, our static scripts, the timeline's JSON data."""
    src = attrs.get("src") or ""
    if tag == "img":
        return src.startswith("/timeline.svg")
    if tag == "script":
        return src.startswith("/static/") or (attrs.get("type") == "application/json" and not src)
    return False


def test_timeline_data_cannot_close_its_script(tmp_path: Path) -> None:
    from storyline.model import Article, Claim, Story

    text = "</script><script>alert(1)</script> said that the bridge will close next week for repairs."
    db = tmp_path / "x.db"
    store = open_store(db)
    store.add_articles([Article("x1", text, outlet="Evil", published="2024-03-04")])
    store.save_story(Story(articles=[Article("x1", text, outlet="Evil", published="2024-03-04")],
                           claims=[Claim("c1", "x1", 0, len(text), None, "</script><script>alert(1)</script>",
                                         "said", "the bridge will close next week for repairs",
                                         speaker_type="named")]))
    store.close()
    with TestClient(create_app(db)) as c:
        html = c.get("/timeline", params={"detail": "true"}).text  # one outlet's statement: a detail line
    assert html.count("<script") == 3  # the data, vis-timeline and timeline.js; the label stays inside the data
    assert "\\u003c/script\\u003e" in html


def test_xss_article_text_shown_as_text(client: TestClient) -> None:
    html = client.get("/articles/xss").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "Evil&#34; onmouseover=&#34;alert(1)" in html or "Evil&quot; onmouseover=&quot;alert(1)" in html
    # the javascript: URL is printed, never linked
    assert 'href="javascript' not in html and "javascript:alert(3)" in html


def test_entity_name_with_quotes_stays_in_attribute(client: TestClient) -> None:
    html = client.get("/entities/ent_xss").text
    assert "&lt;b&gt;Mara&lt;/b&gt;" in html
    # the name sits in title attributes and link text; it must never add an attribute of its own
    assert not [a for _, a in tags(html) if "onmouseover" in a]
    assert html.count("onmouseover") >= 2


def test_article_highlights_link_to_pages(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert re.search(r'<a class="hl hl-entity" href="/entities/ent_varn"[^>]*>Talia Varn</a>', html)
    assert re.search(r'<a class="hl hl-event" href="/events/ev_bomb"[^>]*>bombing</a>', html)
    assert re.search(r'<a class="hl hl-date" href="/timeline\?start=2024-03-03&amp;end=2024-03-03"', html)
    assert 'href="/claims/a1%3Ac1"' in html and 'id="claim-a1%3Ac1"' in html  # claim pages link to the anchor
    assert 'class="legend"' in html
    assert "Events told here" in html and 'href="/events/ev_bomb">Alleged bombing in Kessel' in html


def test_overview_shows_actors_events_claims_timeline(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/entities/ent_kessel"' in html and 'href="/events/ev_bomb"' in html
    assert 'href="/claims/a1%3Ac2"' in html
    assert 'src="/timeline.svg?kind=event&amp;limit=60"' in html and 'class="tl-data"' in html
    assert "Briefing" in html and "ASSAULT" not in html and "GPE" not in html


def test_event_page_shows_sources_and_conflict(client: TestClient) -> None:
    html = client.get("/events/ev_bomb").text
    assert "Sources disagree" in html and "independent sources" in html
    assert 'href="/articles/a1"' in html and 'href="/articles/a2"' in html


def test_claim_page_shows_denial(client: TestClient) -> None:
    html = client.get("/claims/a1:c1").text
    assert "denies" in html and 'href="/claims/a1%3Ac2"' in html and "supports" in html
    assert 'href="/articles/a1#claim-a1%3Ac1"' in html


def test_untitled_article_gets_a_headline_from_its_text() -> None:
    text = ("\n  The envoy of Veltria resigned from his post on Wednesday after three long years of service "
            "abroad.\nMore.")
    h = headline(Article(id="u1", text=text))
    assert h.startswith("The envoy of Veltria resigned") and h.endswith("…") and len(h) <= 91
    assert headline(Article(id="u2", text="Short one.", title=" A title ")) == "A title"


def test_lists_paginate(client: TestClient) -> None:
    html = client.get("/articles?limit=2").text
    assert 'rel="next"' in html and "of 3" in html
    html2 = client.get("/articles?limit=2&offset=2").text
    assert 'rel="prev"' in html2 and 'rel="next"' not in html2


def test_search_page_marks_matches_escaped(client: TestClient) -> None:
    html = client.get("/search", params={"q": "script"}).text
    assert "<mark>" in html and "<script>" not in html


def test_graph_page_links_nodes(client: TestClient) -> None:
    html = client.get("/graph").text
    assert 'href="/events/ev_bomb"' in html and 'href="/entities/ent_olf"' in html
    assert "&lt;b&gt;Mara" in html


def test_timeline_svg_is_svg(client: TestClient) -> None:
    r = client.get("/timeline.svg", params={"detail": "true"})  # the hostile statement is a detail line
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert "<script" not in r.text and "&lt;script&gt;" in r.text  # the hostile claim is drawn, escaped
    events_only = client.get("/timeline.svg", params={"claims": "false", "limit": 1}).text
    assert "&lt;script&gt;" not in events_only and "bombing" in events_only


@pytest.mark.parametrize("path", ["/entities/nope", "/events/nope", "/claims/nope", "/articles/nope",
                                  "/graph?entity=nope"])
def test_unknown_pages_are_404_html(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "nope" in r.text


@pytest.mark.parametrize("path", ["/events?start=2024-99", "/articles?limit=0", "/search?q=x&kinds=bad",
                                  "/entities/ent_varn?offset=-5"])
def test_bad_page_parameters_are_400_html(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 400
    assert "Bad parameter" in r.text or "unknown kind" in r.text or "not a calendar date" in r.text


def test_unknown_id_in_404_page_is_escaped(client: TestClient) -> None:
    r = client.get("/entities/%3Cscript%3Ealert(1)")
    assert r.status_code == 404 and "<script>" not in r.text and "&lt;script&gt;" in r.text


def test_a_role_of_a_resolved_entity_reads_its_name_not_its_id(client: TestClient) -> None:
    """A role whose organization or country was resolved to an entity keeps that entity's id ("of": id); the page
    names it (issue 14: no id where a person reads)."""
    html = client.get("/entities/ent_pell").text
    assert "spokesman" in html and re.search(r"of\s+Orsk Liberation Front<", html) and "of ent_olf" not in html


def test_entity_filter_accepts_a_name(client: TestClient) -> None:
    html = client.get("/events", params={"entity": "lind"}).text  # part of the (hostile) name, any case
    assert 'href="/events/ev_visit"' in html and 'href="/events/ev_bomb"' not in html
    html = client.get("/events", params={"entity": "Orsk Liberation Front"}).text
    assert 'href="/events/ev_bomb"' in html and 'href="/events/ev_visit"' not in html
    assert client.get("/events", params={"entity": "Nobody Known"}).status_code == 404


def test_empty_store_pages_render(tmp_path: Path) -> None:
    open_store(tmp_path / "empty.db").close()
    with TestClient(create_app(tmp_path / "empty.db")) as c:
        for path in ["/", "/articles", "/entities", "/events", "/claims", "/search?q=anything", "/graph", "/timeline",
                     "/timeline.svg", "/docs"]:
            r = c.get(path)
            assert r.status_code == 200, (path, r.text[:300])
        assert "No briefing yet" in c.get("/").text


def test_story_page_lists_articles_and_briefing(client: TestClient) -> None:
    assert 'href="/stories/st_kessel"' in client.get("/").text
    html = client.get("/stories/st_kessel").text
    assert "Kessel market bombing" in html and 'href="/articles/a1"' in html and 'href="/articles/xss"' in html
    # the story's briefing is made off-thread: the page fetches it from its fragment until it is cached
    assert 'class="brief-list"' in html or "/fragments/brief?story=st_kessel" in html
    assert 'class="brief-list"' in client.get("/fragments/brief?story=st_kessel").text
    assert 'class="brief-list"' in client.get("/stories/st_kessel").text  # made once, then on the page
    assert client.get("/stories/nope").status_code == 404


def test_overview_loads_briefing_when_made(story_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.web.app as app

    monkeypatch.setattr(app, "warm_overview", lambda store: None)  # no start-up warming: the first page waits
    db = tmp_path / "copy.db"
    db.write_bytes(story_db.read_bytes())
    with TestClient(create_app(db)) as c:  # not warmed: the app's start-up check uses the real limit
        html = c.get("/").text  # answered at once, the briefing is being made off-thread
        assert 'data-src="/fragments/brief"' in html and '<script src="/static/brief.js" defer></script>' in html
        assert 'href="/brief"' in html  # without script: a page of its own
        fragment = c.get("/fragments/brief").text
        assert 'class="brief-list"' in fragment and "<html" not in fragment
        assert 'class="brief-list"' in c.get("/").text  # now cached: rendered in place
        assert c.get("/static/brief.js").status_code == 200


def test_timeline_rows_head_the_background_once() -> None:
    from storyline.present.timeline import TimelineItem
    from storyline.web.pages import env

    def item(id: str, background: bool) -> TimelineItem:
        return TimelineItem("event", id, f"Bombing {id}", None, None, "2023-01-01", "2023-01-01",
                            background=background)

    macro = env.get_template("_macros.html").module.timeline_rows  # type: ignore[attr-defined]
    html = str(macro([item("a", False), item("b", True), item("c", True)]))
    assert html.count("Background: recalled by the articles") == 1
    assert html.index("Bombing a") < html.index("Background:") < html.index("Bombing b")
    assert "Background:" not in str(macro([item("a", False)]))


def test_overview_and_api_count_outlets_as_the_briefing_does(tmp_path: Path) -> None:
    """One count of outlets: an article that gives only its URL is from that web site on the overview, in
    `/api/info` and in the briefing's scope alike (the examples' overview said 20 where the briefing said 21)."""
    from storyline.model import Story

    arts = [Article("o1", "The ferry to Lesk was cancelled on Tuesday.", outlet="Tarvin Wire", published="2031-04-02"),
            Article("o2", "The port of Lesk reopened on Wednesday.", url="https://hill-daily.example/port",
                    published="2031-04-03"),
            Article("o3", "Nobody signed this note about the port.", published="2031-04-03")]
    db = tmp_path / "o.db"
    store = open_store(db)
    store.add_articles(arts)
    store.save_story(Story(articles=arts))
    store.close()
    with TestClient(create_app(db)) as c:
        page = c.get("/").text
        assert c.get("/api/info").json()["outlets"] == 2
        brief = c.get("/fragments/brief").text
    assert "<strong>2</strong> outlets" in page
    assert "by 2 outlets" in brief, brief


def test_counts_a_reader_sees_are_thousands_separated() -> None:
    """The overview's and an event's counts: "1,000 articles", "2,722 names" (1,000 Reuters articles read "1000
    articles" and "2722 names"), as every sentence writes them."""
    from storyline.web.pages import env

    page = env.from_string('<strong>{{ n|num }}</strong> {{ "article"|noun(n) }}')
    assert page.render(n=1000) == "<strong>1,000</strong> articles" and page.render(n=1) == "<strong>1</strong> article"
    overview = (Path(__file__).parents[2] / "src/storyline/web/templates/overview.html").read_text()
    assert not re.search(r"<strong>\{\{ [\w.]+ \}\}</strong>", overview)  # every count through |num
