"""Every API endpoint answers what /openapi.json says it answers, and every list pages the same way."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator

#: a real call for each documented GET path (ids from the made-up story in storydata.py)
CALLS = {
    "/api/info": {},
    "/api/articles": {"limit": 2},
    "/api/articles/{article_id}": {"article_id": "a1"},
    "/api/entities": {"limit": 2},
    "/api/entities/{entity_id}": {"entity_id": "ent_varn"},
    "/api/events": {"limit": 2},
    "/api/events/{event_id}": {"event_id": "ev_bomb"},
    "/api/claims": {"limit": 2},
    "/api/claims/{claim_id}": {"claim_id": "a1:c1"},
    "/api/timeline": {"limit": 2},
    "/api/brief": {},
    "/api/search": {"q": "Kessel", "limit": 2},
    "/api/graph": {},
    "/api/stories": {},
}


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    return client.get("/openapi.json").json()


def _response_schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    op = spec["paths"][path]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    # refs point at "#/components/...": validate against a document that carries the components
    return {**schema, "components": spec["components"]}


def _call(client: TestClient, path: str, args: dict[str, Any]) -> Any:
    url, params = path, {}
    for k, v in args.items():
        if "{" + k + "}" in url:
            url = url.replace("{" + k + "}", str(v))
        else:
            params[k] = v
    r = client.get(url, params=params)
    assert r.status_code == 200, (path, r.text[:300])
    return r.json()


def test_every_get_endpoint_is_called_here(spec: dict[str, Any]) -> None:
    documented = {p for p, ops in spec["paths"].items() if "get" in ops}
    assert documented == set(CALLS), documented ^ set(CALLS)


@pytest.mark.parametrize("path", sorted(CALLS))
def test_endpoint_answers_its_schema(client: TestClient, spec: dict[str, Any], path: str) -> None:
    body = _call(client, path, CALLS[path])
    errors = sorted(Draft202012Validator(_response_schema(spec, path)).iter_errors(body), key=str)
    assert not errors, [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]]


LISTS = sorted(p for p in CALLS if "{" not in p and p not in ("/api/info", "/api/brief", "/api/graph"))


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_total_offset_limit_and_honours_them(client: TestClient, spec: dict[str, Any],
                                                            path: str) -> None:
    schema = _response_schema(spec, path)
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    props = schema.get("properties", {})
    assert {"items", "total", "offset", "limit", "has_more"} <= set(props), path
    args = {**CALLS[path], "limit": 1}
    first = _call(client, path, args)
    assert len(first["items"]) <= 1 and first["limit"] == 1 and first["offset"] == 0
    assert isinstance(first["total"], int) and first["total"] >= len(first["items"])
    assert first["has_more"] == (first["total"] > 1)
    if first["total"] > 1:
        second = _call(client, path, {**args, "offset": 1})
        assert second["offset"] == 1 and len(second["items"]) == 1 and second["items"] != first["items"]
