"""The JSON API through an HTTP client, against a real SQLite store file (every endpoint, 404s, bad params)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.store import open_store
from storyline.web.app import create_app
from storyline.web.server import allowed_hosts, serve
from tests.web.storydata import A1, XSS_NAME, XSS_QUOTE, XSS_SCRIPT, at


def test_info_counts_store(client: TestClient) -> None:
    r = client.get("/api/info")
    assert r.status_code == 200
    body = r.json()
    assert body["articles"] == 3 and body["entities"] == 5 and body["events"] == 2 and body["claims"] == 4
    assert body["writable"] is False


def test_articles_paginate_with_total(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 3 and first["has_more"] is True and len(first["items"]) == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert rest["has_more"] is False and len(rest["items"]) == 1
    ids = {a["id"] for a in first["items"] + rest["items"]}
    assert ids == {"a1", "a2", "xss"}


def test_articles_filter_by_outlet(client: TestClient) -> None:
    r = client.get("/api/articles", params={"outlet": "Coastal Wire"}).json()
    assert [a["id"] for a in r["items"]] == ["a2"] and r["total"] == 1  # totals count the filtered rows


def test_article_detail_spans_point_into_text(client: TestClient) -> None:
    r = client.get("/api/articles/a1")
    assert r.status_code == 200
    body = r.json()
    text = body["article"]["text"]
    assert text == A1 and body["analyzed"] is True
    kinds = {s["kind"] for s in body["spans"]}
    assert kinds == {"entity", "date", "event", "claim"}
    for s in body["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
    varn = [s for s in body["spans"] if s["kind"] == "entity" and s["text"] == "Talia Varn"]
    assert varn and varn[0]["ref"] == "ent_varn"  # resolved through the store's entity mentions
    bombing = [s for s in body["spans"] if s["kind"] == "event" and s["text"] == "bombing"]
    assert bombing[0]["ref"] == "ev_bomb"
    assert (bombing[0]["start"], bombing[0]["end"]) == at(A1, "bombing")


def test_article_xss_round_trips_verbatim(client: TestClient) -> None:
    body = client.get("/api/articles/xss").json()
    assert XSS_SCRIPT in body["article"]["text"] and XSS_SCRIPT in body["article"]["title"]
    assert body["article"]["outlet"] == f"Evil{XSS_QUOTE}"
    assert client.get("/api/articles/xss").headers["content-type"].startswith("application/json")


def test_entities_list_by_mentions(client: TestClient) -> None:
    body = client.get("/api/entities").json()
    assert body["items"][0]["name"] == "Kessel" and body["total"] == 5
    people = client.get("/api/entities", params={"type": "PERSON"}).json()["items"]
    assert {e["id"] for e in people} == {"ent_varn", "ent_pell", "ent_xss"}


def test_entity_detail_aliases_roles_events_claims(client: TestClient) -> None:
    body = client.get("/api/entities/ent_varn").json()
    assert body["aliases"][0] == {"alias": "Talia Varn", "count": 2}
    assert body["roles"][0]["title"] == "interior minister" and body["roles"][0]["date"] == "2024-03-06"
    assert {c["id"] for c in body["claims"]} == {"a1:c1", "a2:c1"}
    assert body["mentions_total"] == 2 and body["mentions"][0]["outlet"] in ("Northern Ledger", "Coastal Wire")
    olf = client.get("/api/entities/ent_olf").json()
    assert [e["id"] for e in olf["events"]] == ["ev_bomb"]


def test_entity_mentions_paginate(client: TestClient) -> None:
    body = client.get("/api/entities/ent_kessel", params={"mentions_limit": 1, "mentions_offset": 1}).json()
    assert len(body["mentions"]) == 1 and body["mentions_total"] == 4


def test_events_in_date_order_and_filters(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert [e["id"] for e in body["items"]] == ["ev_bomb", "ev_visit"]
    march4 = client.get("/api/events", params={"start": "2024-03-04", "end": "2024-03-04"}).json()
    assert [e["id"] for e in march4["items"]] == ["ev_visit"]
    assert client.get("/api/events", params={"type": "assault"}).json()["items"][0]["id"] == "ev_bomb"
    assert client.get("/api/events", params={"entity": "ent_xss"}).json()["items"][0]["id"] == "ev_visit"


def test_event_detail_sources_independence_conflicts(client: TestClient) -> None:
    body = client.get("/api/events/ev_bomb").json()
    assert body["articles"] == 2 and body["independent_sources"] == 2
    assert {s["article"]["id"] for s in body["sources"]} == {"a1", "a2"}
    assert {v["value"] for v in body["conflicts"]["fatalities"]} == {12, 14}
    assert body["participants"][0] == {"role": "actor", "text": "Orsk Liberation Front", "entity": "ent_olf",
                                       "name": "Orsk Liberation Front"}


def test_claims_list_and_filters(client: TestClient) -> None:
    assert client.get("/api/claims").json()["total"] == 4
    by_varn = client.get("/api/claims", params={"speaker": "ent_varn"}).json()["items"]
    assert {c["id"] for c in by_varn} == {"a1:c1", "a2:c1"} and by_varn[0]["speaker_name"] == "Talia Varn"
    assert {(c["outlet"], c["published"]) for c in by_varn} == {("Northern Ledger", "2024-03-05"),
                                                                 ("Coastal Wire", "2024-03-06")}
    assert [c["id"] for c in client.get("/api/claims", params={"article": "a2"}).json()["items"]] == ["a2:c1"]


def test_claim_detail_supports_and_denials(client: TestClient) -> None:
    body = client.get("/api/claims/a1:c1").json()
    links = {(link["type"], link["direction"], link["other"]["id"]) for link in body["links"]}
    assert links == {("denies", "in", "a1:c2"), ("supports", "in", "a2:c1")}
    assert body["support"]["independent_sources"] == 2
    assert body["article"]["outlet"] == "Northern Ledger"


def test_timeline_orders_dated_items(client: TestClient) -> None:
    items = client.get("/api/timeline").json()["items"]
    assert [i["id"] for i in items if i["kind"] == "event"] == ["ev_bomb", "ev_visit"]
    bomb = items[0]
    # the toll the briefing's toll line opens with (the latest figure); the conflict line gives both, as the toll
    # line counts them (in the order they were reported, with who gives them)
    assert bomb["label"] == "Alleged bombing in Kessel: 14 killed" and bomb["when"] == "3 March 2024"
    assert [s["outlet"] for s in bomb["sources"]] == ["Northern Ledger", "Coastal Wire"]
    assert bomb["conflicts"] == ["killed: from 12 to 14: first 12 (Northern Ledger, 5 March 2024), then 14 (Coastal "
                                 "Wire, 6 March 2024)"]
    said = [i["label"] for i in items if i["kind"] == "claim"]
    assert "Orsk Liberation Front denies any role" in said


def test_timeline_pages_with_total_and_honours_limit(client: TestClient) -> None:
    whole = client.get("/api/timeline", params={"limit": 500}).json()
    assert whole["total"] == len(whole["items"]) > 2
    two = client.get("/api/timeline", params={"limit": 2}).json()
    assert len(two["items"]) == 2 and two["total"] == whole["total"] and two["has_more"] is True
    assert [i["id"] for i in two["items"]] == [i["id"] for i in whole["items"][:2]]
    rest = client.get("/api/timeline", params={"limit": 2, "offset": 2}).json()
    assert [i["id"] for i in rest["items"]] == [i["id"] for i in whole["items"][2:4]] and rest["offset"] == 2


def test_timeline_takes_names_and_filters_claims_too(client: TestClient) -> None:
    varn = client.get("/api/timeline", params={"entity": "talia varn"}).json()["items"]
    assert varn and all(i["kind"] == "claim" for i in varn)  # she takes part in no event, she speaks
    assert all(i["label"].startswith("Talia Varn") for i in varn)
    march5 = client.get("/api/timeline", params={"start": "2024-03-05", "end": "2024-03-05"}).json()["items"]
    assert {i["kind"] for i in march5} == {"claim"} and "ev_bomb" not in {i["id"] for i in march5}
    r = client.get("/api/timeline", params={"entity": "Nobody Known"})
    assert r.status_code == 404 and "no entity named 'Nobody Known'" in r.json()["detail"]


def test_timeline_detail_lists_every_event_and_claim(client: TestClient) -> None:
    detail = client.get("/api/timeline", params={"detail": "true", "limit": 500}).json()
    assert {i["id"] for i in detail["items"] if i["kind"] == "claim"} == {"a1:c1", "a1:c2", "a2:c1", "xss:c1"}


def test_search_finds_each_kind_and_filters(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Kessel"}).json()["items"]
    assert {h["kind"] for h in hits} >= {"article", "entity"}
    only = client.get("/api/search", params={"q": "Kessel", "kinds": "article", "outlet": "Coastal Wire"}).json()
    assert [h["id"] for h in only["items"]] == ["a2"]
    assert "⟦" in only["items"][0]["snippet"]


def test_search_hits_are_titled_as_the_pages_write_them(client: TestClient) -> None:
    """An event hit is titled as the briefing heads it and a claim as the timeline tells it, never with the
    index's type code ("ASSAULT bombing Kessel") or "speaker: cue" (issue 14)."""
    hits = {h["id"]: h["title"] for h in client.get("/api/search", params={"q": "Kessel", "kinds": "event"}).json()
            ["items"]}
    assert hits["ev_bomb"] == "Alleged bombing in Kessel, 3 March 2024"
    denied = client.get("/api/search", params={"q": "denied", "kinds": "claim"}).json()["items"]
    assert [h["title"] for h in denied] == ["Orsk Liberation Front denies any role"]
    page = client.get("/search", params={"q": "Kessel", "kinds": "event"}).text
    assert "Alleged bombing in Kessel, 3 March 2024" in page and "ASSAULT" not in page


def test_article_spans_say_what_they_are_in_words(client: TestClient) -> None:
    """Each highlighted span keeps its code in ``label`` and says it in ``words``, as the page's tooltip does
    (issue 14: words for codes wherever a person reads)."""
    spans = client.get("/api/articles/a1").json()["spans"]
    by_kind = {s["kind"]: s for s in spans}
    assert by_kind["event"]["label"] == "ASSAULT" and by_kind["event"]["words"] == "event: attack"
    assert by_kind["entity"]["words"].startswith("name: ") and by_kind["claim"]["words"].startswith("statement")
    assert all(s["words"] and not re.search(r"\b[A-Z]{4,}\b|_", s["words"]) for s in spans)


def test_entity_and_claim_lists_carry_words_beside_their_codes(client: TestClient) -> None:
    """An entity's type and a claim are also given in words (the type as the pages name it, the claim as the
    timeline tells it), beside the codes a program reads (issue 14)."""
    ents = {e["id"]: e for e in client.get("/api/entities").json()["items"]}
    assert (ents["ent_kessel"]["type"], ents["ent_kessel"]["type_words"]) == ("GPE", "place")
    claims = {c["id"]: c for c in client.get("/api/claims").json()["items"]}
    assert claims["a1:c2"]["polarity"] == "deny" and claims["a1:c2"]["label"] == "Orsk Liberation Front denies any role"


def test_graph_nodes_and_edges(client: TestClient) -> None:
    body = client.get("/api/graph").json()
    ids = {n["id"]: n["kind"] for n in body["nodes"]}
    assert ids["ev_bomb"] == "event" and ids["ent_olf"] == "entity" and ids["a1:c2"] == "claim"
    edges = {(e["source"], e["target"], e["kind"]) for e in body["edges"]}
    assert any({a, b} == {"a1:c2", "a1:c1"} and k == "denies" for a, b, k in edges)
    around = client.get("/api/graph", params={"entity": "ent_xss"}).json()
    assert "ev_visit" in {n["id"] for n in around["nodes"]} and "ev_bomb" not in {n["id"] for n in around["nodes"]}


def test_stories_lists_clusters(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    assert body["items"][0]["id"] == "st_kessel" and body["total"] == 1 and body["has_more"] is False
    assert client.get("/api/stories", params={"offset": 1}).json()["items"] == []


def test_search_says_how_many_match(client: TestClient) -> None:
    whole = client.get("/api/search", params={"q": "Kessel", "limit": 500}).json()
    one = client.get("/api/search", params={"q": "Kessel", "limit": 1}).json()
    assert whole["total"] == len(whole["items"]) > 1
    assert len(one["items"]) == 1 and one["total"] == whole["total"] and one["has_more"] is True


def test_brief_cites_every_sentence_once(client: TestClient) -> None:
    r = client.get("/api/brief")
    assert r.status_code == 200, r.text
    body = r.json()
    first = body["sections"][0]
    assert first["heading"] == "Alleged bombing in Kessel, 3 March 2024" and first["event"] == "ev_bomb"
    items = [it for sec in body["sections"] for it in sec["items"]]
    texts = [it["text"] for it in items]
    assert texts and len(texts) == len(set(texts))
    numbers = {s["number"]: s["article"] for s in body["sources"]}
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    for it in items:  # every item cites, and each number is one article
        assert it["sources"] and it["numbers"]
        assert {numbers[n] for n in it["numbers"]} == {c["article"] for c in it["sources"]}
    toll = [it for it in items if it["kind"] == "toll"]
    assert toll and "14 killed, the latest figure (Coastal Wire, 6 March 2024)" in toll[0]["text"]
    assert "## Sources" in body["markdown"]


def test_brief_for_an_entity_keeps_what_it_says_and_does(client: TestClient) -> None:
    body = client.get("/api/brief", params={"entity": "Talia Varn"}).json()  # a name, not an id
    assert body["title"] == "Briefing: Talia Varn"
    said = [it["text"] for sec in body["sections"] for it in sec["items"] if it["kind"] == "claims"]
    assert said and all("Talia Varn" in t for t in said)


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/entities/nope", "/api/events/nope",
                                  "/api/claims/nope", "/api/graph?entity=nope", "/api/brief?entity=nope",
                                  "/api/brief?story=nope"])
def test_unknown_ids_are_404_json(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
    assert "nope" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/api/articles?limit=0", "/api/articles?limit=100000", "/api/articles?offset=-1",
                                  "/api/entities?limit=abc", "/api/search", "/api/search?q=",
                                  "/api/brief?sentences=0", "/api/graph?limit=0"])
def test_bad_parameters_are_422_with_message(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


@pytest.mark.parametrize("path", ["/api/search?q=x&kinds=article,nonsense",
                                  "/api/events?start=2024-03-05&end=2024-03-01"])
def test_inconsistent_parameters_are_400(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 400 and r.json()["detail"]


@pytest.mark.parametrize("path", ["/api/events?start=2024-13-01", "/api/events?start=March",
                                  "/api/events?end=2024-02-30", "/api/timeline?start=yesterday",
                                  "/api/claims?end=2024-Q5", "/api/search?q=x&start=199",
                                  "/api/timeline?start=2024-Q2&end=2024-03", "/api/claims?start=2024-SU&end=2024-SP"])
def test_bad_date_ranges_are_400_saying_why(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 400, r.text
    assert "not a calendar date" in r.json()["detail"] or "is after end" in r.json()["detail"]


@pytest.mark.parametrize(("params", "events"), [
    ({"end": "2024"}, {"ev_bomb", "ev_visit"}),  # a year is all of it, not the text "2024"
    ({"start": "2024-03", "end": "2024-03"}, {"ev_bomb", "ev_visit"}),
    ({"start": "2024-W10", "end": "2024-W10"}, {"ev_visit"}),  # 4-10 March 2024
    ({"start": "2024-Q1", "end": "2024-Q1"}, {"ev_bomb", "ev_visit"}),
    ({"start": "2024-SU"}, set()),
])
def test_events_date_filters_overlap_at_any_granularity(client: TestClient, params: dict[str, str],
                                                        events: set[str]) -> None:
    r = client.get("/api/events", params=params).json()
    assert {e["id"] for e in r["items"]} == events and r["total"] == len(events)


def test_unknown_api_route_is_404_json(client: TestClient) -> None:
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_read_only_refuses_mutations(client: TestClient, method: str) -> None:
    r = client.request(method.upper(), "/api/articles", json={"text": "Someone wrote something."})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    assert client.get("/api/info").json()["articles"] == 3


def test_writable_adds_article(story_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    db.write_bytes(story_db.read_bytes())
    with TestClient(create_app(db, writable=True, token="t0k"), headers={"Authorization": "Bearer t0k"}) as c:
        r = c.post("/api/articles", json={"text": f"New text {XSS_SCRIPT}", "title": XSS_NAME,
                                          "published": "2024-03-07"})
        assert r.status_code == 201 and r.json()["added"] is True
        new_id = r.json()["id"]
        assert c.get(f"/api/articles/{new_id}").json()["article"]["title"] == XSS_NAME
        again = c.post("/api/articles", json={"text": f"New text {XSS_SCRIPT}", "title": XSS_NAME,
                                              "published": "2024-03-07"})
        assert again.json() == {**r.json(), "added": False}
        assert c.post("/api/articles", json={"text": ""}).status_code == 422
        assert c.post("/api/articles", json={"text": "x", "published": "soon"}).status_code == 422
        assert c.delete("/api/articles").status_code == 405
    store = open_store(db, readonly=True)
    assert store.count("articles") == 4
    store.close()


def test_writable_post_takes_the_ingest_path(story_db: Path, tmp_path: Path) -> None:
    from storyline.ingest import content_id

    db = tmp_path / "w.db"
    db.write_bytes(story_db.read_bytes())
    body = ("The harbour toll of Kessel was cut by half on Tuesday after a week of protests by fishermen, "
            "the port authority said in a statement.")
    with TestClient(create_app(db, writable=True, token="t0k"), headers={"Authorization": "Bearer t0k"}) as c:
        r = c.post("/api/articles", json={"text": body + "\n\nLeave a Reply", "outlet": "Coastal Wire",
                                          "published": "2024-03-05"}).json()
        assert r["id"] == content_id(body, "Coastal Wire") and r["added"] is True and r["copy_of"] is None
        stored = c.get(f"/api/articles/{r['id']}").json()["article"]
        assert stored["text"] == body and stored["removed"] and stored["language"] == "en"
        copy = c.post("/api/articles", json={"text": body + "\n\n(AFP)", "outlet": "Other Post"}).json()
        assert copy["added"] is True and copy["copy_of"] == r["id"]  # a wire copy, as `analyze` marks it
        odd = c.post("/api/articles", json={"text": "Leave a Reply"})
        assert odd.status_code == 400 and "boilerplate" in odd.json()["detail"]


def test_read_only_app_cannot_create_a_store(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no such store"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static//etc/passwd", "/static/../../../../etc/passwd"])
def test_no_path_from_request_to_files(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "create_app" not in r.text and "root:" not in r.text


def test_static_css_is_served(client: TestClient) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200 and ".hl-entity" in r.text


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/info", "/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
              "/api/events", "/api/events/{event_id}", "/api/claims", "/api/claims/{claim_id}", "/api/timeline",
              "/api/brief", "/api/search", "/api/graph", "/api/stories"):
        assert p in paths, p
        assert spec["paths"][p].get("get", spec["paths"][p].get("post", {})).get("summary")
    assert "EventDetail" in spec["components"]["schemas"]
    assert not any(p.startswith("/entities") for p in paths)  # pages are not part of the API


def test_serve_binds_localhost_by_default() -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve).parameters["writable"].default is False
    assert allowed_hosts("127.0.0.1") == ["127.0.0.1", "localhost", "[::1]"]
    network = allowed_hosts("0.0.0.0", ["news.example"])  # bound to the network: still an allow-list
    assert network is not None and "news.example" in network and allowed_hosts("0.0.0.0", ["*"]) is None


def test_local_app_refuses_foreign_host_header(story_db: Path) -> None:
    with TestClient(create_app(story_db, allowed_hosts=allowed_hosts("127.0.0.1")),
                    base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/info").status_code == 200
        assert c.get("/api/info", headers={"host": "attacker.example"}).status_code == 400


def test_entity_mentions_carry_context(client: TestClient) -> None:
    m = client.get("/api/entities/ent_pell").json()["mentions"][0]
    assert m["text"] == "Doran Pell" and m["before"].endswith("its spokesman ") and m["after"] == " told reporters."


def test_claim_detail_has_excerpt_as_written(client: TestClient) -> None:
    ex = client.get("/api/claims/a1:c2").json()["excerpt"]
    assert ex["text"] == "The group denied any role, its spokesman Doran Pell told reporters"
    assert ex["before"].endswith("in Kessel. ") and ex["after"] == "."


def test_timeline_tells_the_statements_that_make_the_story_and_detail_tells_all(client: TestClient) -> None:
    """The default timeline is a reader's: the denial of a role in the bombing is a line, one outlet's other
    statements are detail; ``detail=true`` lists every claim, and both page with their own total."""
    default = client.get("/api/timeline", params={"limit": 500}).json()
    detail = client.get("/api/timeline", params={"detail": "true", "limit": 500}).json()
    told = {i["id"] for i in default["items"] if i["kind"] == "claim"}
    every = {i["id"] for i in detail["items"] if i["kind"] == "claim"}
    assert told < every and "xss:c1" not in told
    assert any(i["label"] == "Orsk Liberation Front denies any role" for i in default["items"])
    assert default["total"] == len(default["items"]) < detail["total"] == len(detail["items"])
    one = client.get("/api/timeline", params={"detail": "true", "limit": 1, "offset": 1}).json()
    assert [i["id"] for i in one["items"]] == [detail["items"][1]["id"]] and one["total"] == detail["total"]
