"""The pages in a real browser: `storyline serve` in its own process, driven by headless Chromium (Playwright).

Two stores: the made-up story of ``storydata`` (exact expectations, XSS payloads
in text, title, outlet and names) and the seed articles run through the real
pipeline plus an XSS article of our own. Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from tests.conftest import shared_data
from tests.web.storydata import XSS_NAME, XSS_SCRIPT, build_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

XSS_JSONL = {"id": "xss_web_test", "outlet": 'Evil" onmouseover="alert(1)',
             "title": "<script>alert('title')</script> Envoy \" onmouseover=\"alert(1)",
             "url": "javascript:alert(3)", "published": "2023-03-02",
             "text": ("The envoy Mara Lind <script>alert('xss')</script> met officials in the capital on Monday. "
                      "\" onmouseover=\"alert(1)\" <img src=x onerror=alert(2)> Lind said the talks were useful "
                      "and would continue next month.")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path) -> Iterator[str]:
    """`storyline serve --db DB --port N` in a child process; yields its base URL; stops it afterwards."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"storyline serve exited with {proc.returncode}:\n{out}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("storyline serve did not start listening within 60 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium; see .ci/run)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def dialogs() -> list[str]:
    """Messages of JavaScript dialogs the page opened: an alert would mean injected script ran."""
    return []


@pytest.fixture()
def console_errors() -> list[str]:
    """Console errors (a blocked resource, a Content-Security-Policy violation, a script error)."""
    return []


@pytest.fixture()
def page(browser: Browser, dialogs: list[str], console_errors: list[str]) -> Iterator[Page]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()

    def on_dialog(d: Dialog) -> None:
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: console_errors.append(str(e)))
    yield pg
    ctx.close()


@pytest.fixture(scope="module")
def made_up_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(build_store(tmp_path_factory.mktemp("browser") / "story.db"))


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles and our XSS article through the real pipeline (ingest, analyze, fuse, store)."""
    from storyline.run import analyze_inputs

    tmp = tmp_path_factory.mktemp("seeds")
    xss = tmp / "xss.jsonl"
    xss.write_text(json.dumps(XSS_JSONL) + "\n", encoding="utf-8")
    db = tmp / "seeds.db"
    summary = analyze_inputs([shared_data("seeds", "articles.jsonl"), xss], db)
    assert summary.added == 6, summary.as_dict()
    return db


@pytest.fixture(scope="module")
def seeds_server(seeds_db: Path) -> Iterator[str]:
    yield from _serve(seeds_db)


def shot(pg: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _check_highlights(pg: Page) -> dict[str, int]:
    # an article link was just clicked: count on the article page once it has loaded, not on a half-parsed one
    # (counting at once read {'entity': 0, 'date': 0, 'event': 0, 'claim': 2} under load in CI)
    pg.wait_for_url("**/articles/*")
    pg.wait_for_load_state("load")
    counts = {k: pg.locator(f"#article-text .hl-{k}").count() for k in ("entity", "date", "event", "claim")}
    hrefs = pg.eval_on_selector_all("#article-text a.hl", "els => els.map(e => e.getAttribute('href'))")
    assert all(h.startswith(("/entities/", "/events/", "/timeline?")) for h in hrefs), hrefs
    return counts


def test_browser_made_up_overview_entity_event_article(made_up_server: str, page: Page, dialogs: list[str],
                                                       console_errors: list[str]) -> None:
    pg = page
    pg.goto(made_up_server + "/")
    assert pg.locator("h1").inner_text() == "Story overview"
    shot(pg, "made_up_overview")
    pg.locator("a.entity-link", has_text="Talia Varn").first.click()
    assert pg.locator("h1.entity-name").inner_text().startswith("Talia Varn")
    assert pg.locator("text=interior minister").count() >= 1
    shot(pg, "made_up_entity")
    pg.go_back()
    pg.locator("a", has_text="Alleged bombing in Kessel").first.click()
    assert pg.locator("h1.event-title").inner_text().startswith("Alleged bombing in Kessel")
    assert pg.locator("h2", has_text="Sources disagree").count() == 1
    shot(pg, "made_up_event")
    pg.locator("a.article-link").first.click()
    counts = _check_highlights(pg)
    assert counts["entity"] >= 3 and counts["date"] >= 1 and counts["event"] >= 1 and counts["claim"] >= 1, counts
    shot(pg, "made_up_article")
    pg.locator("#article-text a.hl-entity", has_text="Kessel").first.click()
    assert pg.locator("h1.entity-name").inner_text().startswith("Kessel")
    pg.goto(made_up_server + "/graph")
    shot(pg, "made_up_graph")
    pg.locator("svg.graph a.node-event").first.click()  # graph nodes are links to their pages
    pg.locator("h1.event-title").first.wait_for()  # count() does not wait for the navigation
    assert pg.locator("h1.event-title").count() == 1
    assert dialogs == [] and console_errors == []


def test_browser_made_up_xss_renders_as_text(made_up_server: str, page: Page, dialogs: list[str]) -> None:
    pg = page
    for path in ("/articles/xss", "/entities/ent_xss", "/claims/xss:c1", "/", "/search?q=envoy", "/graph"):
        pg.goto(made_up_server + path)
        for link in pg.locator("a.hl, a.entity-link, td a").all()[:20]:
            link.hover()  # would fire an injected onmouseover
    pg.goto(made_up_server + "/articles/xss")
    text = pg.locator("#article-text").inner_text()
    assert XSS_SCRIPT in text and "<img src=x onerror=alert(2)>" in text and XSS_NAME in text
    assert XSS_SCRIPT in pg.locator("h1").inner_text()
    assert pg.locator("main script, main img").count() == 0
    assert pg.locator("dd", has_text="javascript:alert(3)").locator("a").count() == 0
    shot(pg, "made_up_xss_article")
    assert dialogs == []


def test_browser_seeds_overview_entity_event_article(seeds_server: str, page: Page, dialogs: list[str]) -> None:
    pg = page
    pg.goto(seeds_server + "/")
    shot(pg, "seeds_overview")
    entity = pg.locator("a.entity-link").first
    name = entity.inner_text()
    entity.click()
    assert pg.locator("h1.entity-name").inner_text().startswith(name)
    shot(pg, "seeds_entity")
    pg.go_back()
    pg.locator("table.data a[href^='/events/']").first.click()
    pg.locator("h1.event-title").first.wait_for()
    assert pg.locator("h1.event-title").count() == 1
    shot(pg, "seeds_event")
    pg.locator("a.article-link").first.click()
    counts = _check_highlights(pg)
    assert counts["entity"] >= 1 and sum(counts.values()) > counts["entity"], counts
    shot(pg, "seeds_article")
    pg.goto(seeds_server + "/timeline")
    shot(pg, "seeds_timeline")
    pg.goto(seeds_server + "/graph")
    shot(pg, "seeds_graph")
    assert dialogs == []


@pytest.mark.parametrize("width", [1280, 390])
def test_browser_first_overview_shows_the_briefing_the_run_stored(seeds_db: Path, browser: Browser, width: int,
                                                                  tmp_path: Path) -> None:
    """A server just started on a store a run made: the first overview carries the briefing in its HTML (made
    at the end of the run, kept in the store), with no request for it after the page."""
    db = tmp_path / "cold.db"
    db.write_bytes(seeds_db.read_bytes())
    server = _serve(db)
    url = next(server)
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    try:
        pg = ctx.new_page()
        asked: list[str] = []
        pg.on("request", lambda r: asked.append(r.url))
        first = pg.goto(url + "/")
        assert first is not None and 'class="brief-list"' in first.text()  # in the page as first served
        assert pg.locator("#brief[data-src]").count() == 0  # no placeholder waiting for a build
        assert "Prepared at the end of the last run" in pg.locator("section.brief").inner_text()
        assert pg.locator("section.brief .brief-section h3").count() >= 1
        assert not [u for u in asked if "/fragments/brief" in u or "/api/brief" in u], asked
        shot(pg, f"seeds_overview_stored_brief_{width}")
    finally:
        ctx.close()
        server.close()


def test_browser_seeds_xss_article_renders_as_text(seeds_server: str, page: Page, dialogs: list[str]) -> None:
    pg = page
    pg.goto(seeds_server + "/articles/xss_web_test")
    if pg.locator("h1", has_text="Not found").count():
        # ingest derives its own content-hash id: find the article through the list
        pg.goto(seeds_server + "/articles?q=Envoy")
        pg.locator("a.article-link").first.click()
    title = pg.locator("h1").inner_text()
    assert "alert('title')" in title  # the title is shown, as text
    text = pg.locator("#article-text").inner_text()
    assert "Mara Lind" in text
    assert pg.locator("main script, main img").count() == 0
    for link in pg.locator("#article-text a.hl").all():
        link.hover()
    shot(pg, "seeds_xss_article")
    assert dialogs == []
