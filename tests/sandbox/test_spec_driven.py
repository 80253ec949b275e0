"""Routes come from the spec; every operation has a behaviour; no request gets a 5xx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from trconnect.load import load_document
from trconnect.model import Definition
from trconnect.sandbox.handlers import HANDLERS
from trconnect.sandbox.testing import SandboxServer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "textrequest.yaml"
FACTS = Path(__file__).resolve().parents[3] / "shared" / "reference" / "textrequest-api.facts.json"


def test_every_operation_in_the_spec_has_a_handler_and_no_other():
    spec = Definition.load(SPEC)
    assert sorted(HANDLERS) == sorted(op.id for op in spec.operations)
    if FACTS.is_file():
        facts = json.loads(FACTS.read_text())
        assert sorted(HANDLERS) == sorted(op["operationId"] for op in facts["operations"])


def test_routes_follow_the_spec(tmp_path):
    """Move the base path and rename a path in a copy of the spec: the sandbox follows."""
    data = load_document(SPEC).data
    data["basePath"] = "/v9"
    data["paths"]["/boards"] = data["paths"].pop("/dashboards")
    copy = tmp_path / "moved.json"
    copy.write_text(json.dumps(data))
    with SandboxServer(spec_path=copy) as sandbox, sandbox.client() as api:
        assert sandbox.base_url.endswith("/v9")
        created = api.post("/boards", json={"name": "Moved", "phone": "4236300001"})
        assert created.status_code == 200
        assert api.get("/boards", params={"page": 0, "page_size": 5}).json()["items"]
        assert api.get("/dashboards", params={"page": 0, "page_size": 5}).status_code == 404


def _sample(spec: Definition, schema: dict, depth: int = 0, integer: int = 1):
    """A value of the schema's types (not necessarily meaningful)."""
    schema = spec.deref(schema)
    if "allOf" in schema:
        merged: dict = {}
        for member in schema["allOf"]:
            merged.update(_sample(spec, member, depth + 1, integer))
        return merged
    kind = schema.get("type", "object")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        props = schema.get("properties", {})
        if depth >= 4:
            return {}
        return {k: _sample(spec, v, depth + 1, integer) for k, v in props.items()}
    if kind == "array":
        return [_sample(spec, schema.get("items", {}), depth + 1, integer)] if depth < 4 else []
    return {"string": "4235551111", "integer": integer, "number": 1.5, "boolean": True}.get(kind)


@pytest.fixture(scope="module")
def sweep_server():
    with SandboxServer() as sandbox:
        yield sandbox


def _requests(spec: Definition, ids: dict):
    """(op, method, path, params, body) for a plausible and several broken calls per operation."""
    for op in spec.operations:
        path = op.path.format(**ids)
        query = {
            p.name: 0 if p.name == "page" else 5 for p in op.parameters if p.name.startswith("page")
        }
        body = _sample(spec, op.body().schema) if op.body() else None
        yield op, path, query, body
        yield op, path, {**query, "unexpected": "1"}, body
        yield op, path.replace(str(ids["dashboard_id"]), "abc", 1), query, body
        for huge in (10**19, 10**30):
            yield op, path.replace(str(ids["dashboard_id"]), str(huge), 1), query, body
        yield op, path, {k: -(10**20) for k in query}, body
        yield op, path, {k: 10**18 for k in query}, body
        if op.body():
            yield op, path, query, {"unexpected": [1, {"x": None}]}
            yield op, path, query, _sample(spec, op.body().schema, integer=10**25)
            yield op, path, query, "a string"
            yield op, path, query, None
        for param in op.parameters:
            if param.location == "query" and param.name not in query:
                yield op, path, {**query, param.name: "%%garbage%%"}, body


def test_no_request_gets_a_5xx(sweep_server):
    spec = Definition.load(SPEC)
    with sweep_server.client() as api:
        dashboard = api.post("/dashboards", json={"name": "Sweep", "phone": "4236300002"}).json()
        base = f"/dashboards/{dashboard['id']}"
        group = api.post(f"{base}/groups", json={"name": "G"}).json()
        api.post(f"{base}/payments", json={"customer_phone": "4235551111", "amount_requested": 2})
        payment = api.get(f"{base}/payments", params={"page": 0, "page_size": 1}).json()
        ids = {
            "dashboard_id": dashboard["id"],
            "phone_number": "4235551111",
            "group_id": group["id"],
            "payment_id": payment["items"][0]["payment_id"],
        }
        answers = []
        for op, path, query, body in _requests(spec, ids):
            kwargs = {"params": query}
            if body is not None:
                kwargs["json"] = body
            response = api.request(op.method.upper(), path, **kwargs)
            answers.append((op.id, path, response.status_code, response.text[:200]))
        for raw in (b"{", b"\x00\x01", b"[" * 5000):
            response = api.post(f"{base}/contacts", content=raw)
            answers.append(("BulkUpdateContacts", "raw", response.status_code, response.text[:200]))
    failures = [a for a in answers if a[2] >= 500]
    assert failures == []
    assert len(answers) > 200
