"""The web server as a user runs it (``storyline serve`` in a child process, a real SQLite file, HTTP over a
socket): ids of any form are routable, LIKE wildcards are literal, writes need the token and the same
origin, the Host allow-list holds on a network address, and a POST while another process writes answers
503 naming it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyline.model import Article, Claim, Entity, Event, Span, Story
from storyline.store import open_store
from storyline.web.security import id_segment
from tests.reliability.harness import ROOT, cli, cli_env

WEIRD = ["a/b", "../x", "..", ".", "q?x=1#frag", "100%", "50%_off", "ünï cödé", "sp ace", "a%2Fb", "back\\slash",
         "trailing/", "/leading", "名前/記事"]
TEXT = "Harbor minister Lena Strand resigned in Velmont on Tuesday, officials said."


def _store(path: Path) -> Path:
    store = open_store(path)
    try:
        arts = [Article(id=i, text=f"{TEXT} ({n})", title=f"Title {i}", language="en") for n, i in enumerate(WEIRD)]
        arts.append(Article(id="plain", text=TEXT + " (plain)", title="Plain title", language="en"))
        store.add_articles(arts)
        story = Story(articles=arts)
        story.entities = [Entity(id=f"ent:{i}", name=f"Name {i}", type="PERSON",
                                 mentions=(Span(i, 16, 27, "Lena Strand"),)) for i in WEIRD]
        story.events = [Event(id=f"ev:{i}", type="RETREAT", mentions=(Span(i, 28, 36, "resigned"),)) for i in WEIRD]
        story.claims = [Claim(id=f"cl:{i}", article=i, start=0, end=len(TEXT), speaker=None, speaker_text="officials",
                              cue="said", content=TEXT[:60]) for i in WEIRD]
        store.save_story(story)
    finally:
        store.close()
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, db: Path, *args: str, **env: str) -> None:
        self.port = _free_port()
        self.proc = subprocess.Popen(cli(["serve", "--db", db, "--port", str(self.port), *args]),
                                     env=cli_env(**env), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.communicate()[1][-3000:])
            try:
                if httpx.get(self.url + "/api/info", timeout=2, headers={"host": "localhost"}).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        raise RuntimeError("server did not start")

    def stop(self) -> str:
        self.proc.terminate()
        try:
            return self.proc.communicate(timeout=30)[1]
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.communicate()[1]


@pytest.fixture(scope="module")
def weird_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("weird") / "w.db")


@pytest.fixture(scope="module")
def server(weird_db: Path) -> Iterator[Server]:
    srv = Server(weird_db)
    yield srv
    srv.stop()


@pytest.mark.parametrize("id_", WEIRD)
def test_web_ids_of_any_form_are_routable(server: Server, id_: str) -> None:
    seg = id_segment(id_)
    with httpx.Client(base_url=server.url) as c:
        r = c.get(f"/api/articles/{seg}")
        assert r.status_code == 200, (id_, r.text[:200])
        assert r.json()["article"]["id"] == id_
        for kind, key, want in (("entities", "entity", f"ent:{id_}"), ("events", "event", f"ev:{id_}"),
                                ("claims", "claim", f"cl:{id_}")):
            api = c.get(f"/api/{kind}/{id_segment(want)}")
            assert api.status_code == 200 and api.json()[key]["id"] == want, (kind, id_, api.text[:200])
            assert c.get(f"/{kind}/{id_segment(want)}").status_code == 200, (kind, id_)
        page = c.get(f"/articles/{seg}")
        assert page.status_code == 200 and "Lena Strand" in page.text


def test_web_links_on_pages_reach_the_weird_ids(server: Server) -> None:
    with httpx.Client(base_url=server.url) as c:
        html = c.get("/articles", params={"limit": 100}).text
        for id_ in WEIRD:
            href = f'/articles/{id_segment(id_)}"'
            assert href in html, id_
            assert c.get(href[:-1]).status_code == 200, id_


def test_web_like_wildcards_are_literal(server: Server) -> None:
    with httpx.Client(base_url=server.url) as c:
        ids = {a["id"] for a in c.get("/api/articles", params={"q": "%", "limit": 100}).json()["items"]}
        assert ids == {"100%", "50%_off", "a%2Fb"}  # the ids holding a "%", not every id
        ids = {a["id"] for a in c.get("/api/articles", params={"q": "_", "limit": 100}).json()["items"]}
        assert ids == {"50%_off"}
        names = {e["name"] for e in c.get("/api/entities", params={"q": "%", "limit": 100}).json()["items"]}
        assert names == {"Name 100%", "Name 50%_off", "Name a%2Fb"}


def test_web_foreign_host_header_refused(server: Server) -> None:
    r = httpx.get(server.url + "/api/info", headers={"host": "attacker.example"})
    assert r.status_code == 400


def test_web_writes_need_the_token_and_the_same_origin(weird_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    db.write_bytes(weird_db.read_bytes())
    srv = Server(db, "--writable")
    try:
        body = {"text": "Port workers in Velmont returned to work on Friday, the union said.", "outlet": "Wire"}
        with httpx.Client(base_url=srv.url) as c:
            assert c.post("/api/articles", json=body).status_code == 401
            assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    finally:
        err = srv.stop()
    token = next(line.split(": ", 1)[1].strip() for line in err.splitlines() if "write token (generated):" in line)
    srv = Server(db, "--writable", STORYLINE_TOKEN=token + "-env")
    try:
        good = {"Authorization": f"Bearer {token}-env"}
        with httpx.Client(base_url=srv.url, timeout=60) as c:  # a write analyzes the article: seconds on a busy machine
            evil = c.post("/api/articles", json=body, headers={**good, "Origin": "http://evil.example"})
            assert evil.status_code == 403 and "cross-origin" in evil.json()["detail"]
            r = c.post("/api/articles", json=body, headers={**good, "Origin": srv.url})
            assert r.status_code == 201, r.text
            r = c.post("/api/articles", json={**body, "text": body["text"] + " Again."},
                       headers={"X-Storyline-Token": f"{token}-env"})
            assert r.status_code == 201, r.text
    finally:
        err = srv.stop()
    assert "write token: from $STORYLINE_TOKEN" in err and token not in err


def test_web_post_while_another_process_writes_answers_503(weird_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    db.write_bytes(weird_db.read_bytes())
    holder = subprocess.Popen([sys.executable, "-c", "import sys\nfrom storyline.store import open_store\n"
                               "s = open_store(sys.argv[1])\nwith s.writer(what='analyze run'):\n"
                               "    print('held', flush=True); sys.stdin.readline()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=cli_env(), cwd=ROOT)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    srv = Server(db, "--writable", STORYLINE_TOKEN="tok")
    try:
        r = httpx.post(srv.url + "/api/articles", json={"text": TEXT + " Later."},
                       headers={"Authorization": "Bearer tok"}, timeout=60)
        assert r.status_code == 503 and f"pid {holder.pid}" in r.json()["detail"], r.text
        assert r.headers["retry-after"] == "30"
    finally:
        srv.stop()
        holder.kill()
        holder.wait()


def test_web_network_bind_keeps_a_host_allow_list(weird_db: Path) -> None:
    srv = Server(weird_db, "--host", "0.0.0.0", "--allow-host", "news.example")
    try:
        assert httpx.get(srv.url + "/api/info", headers={"host": "news.example"}).status_code == 200
        assert httpx.get(srv.url + "/api/info", headers={"host": f"{socket.gethostname()}:{srv.port}"}
                         ).status_code == 200
        assert httpx.get(srv.url + "/api/info", headers={"host": "evil.example"}).status_code == 400
    finally:
        err = srv.stop()
    assert "accepting Host headers:" in err and "news.example" in err
