"""Work grows with the definition, never faster: expansion bombs are shared or refused.

Each bomb is built here, a few kilobytes of JSON, and its stage runs in a fresh interpreter
held to ``MEMORY`` of address space (RLIMIT_AS: it cannot use more, it fails instead); the
stage must finish within ``SECONDS``. Before this was bounded, the 40-level inlining bomb
drove the MCP schema writer past 8 GB, the 40-level allOf diamond merged for over ten
minutes, and a million-value enum's duplicate check never finished (100,000 values: 196 s).
"""

from __future__ import annotations

import importlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anyio
import pytest
from jsonschema import Draft7Validator, validators
from mcp import Client
from trconnect.errors import InputError
from trconnect.load.limits import MAX_VALUES
from trconnect.model import Definition
from trconnect.render import mcp_schema
from trconnect.render.client_runtime import CHECK_DEPTH, CHECK_SCHEMAS, checked_schema
from trconnect.render.mcp_schema import MAX_TOOL_SCHEMAS, ToolSchemas
from trconnect.transform.openapi3 import to_openapi3
from trconnect.transform.power_platform import MAX_MERGED, merge_all_of
from trconnect.validate.rules.schemas import enum_invalid

from tests.conftest import ROOT, isolated_import

SECONDS = 10
MEMORY = 500 * 2**20
PACKAGE = "bomb"  # the client's package: the definitions' title is "Bomb"


# --- the bombs -------------------------------------------------------------------------------


def _definition(definitions: dict[str, Any]) -> dict[str, Any]:
    """One action taking and answering ``M0``, with ``definitions``."""
    body = {"name": "body", "in": "body", "required": True, "schema": {"$ref": "#/definitions/M0"}}
    return {
        "swagger": "2.0",
        "info": {"title": "Bomb", "version": "1.0", "description": "A definition built to expand."},
        "host": "api.example.com",
        "basePath": "/",
        "schemes": ["https"],
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": {
            "/m": {
                "post": {
                    "operationId": "PostM",
                    "summary": "Post M",
                    "description": "Posts M.",
                    "parameters": [body],
                    "responses": {
                        "200": {"description": "ok", "schema": {"$ref": "#/definitions/M0"}}
                    },
                }
            }
        },
        "definitions": definitions,
    }


def _levels(levels: int, schema_of: Any) -> dict[str, Any]:
    """``M0`` ... ``M<levels>``: each level's schema names the next (``schema_of(next_ref)``),
    the last holds a string ``v``."""
    definitions = {f"M{i}": schema_of(f"#/definitions/M{i + 1}") for i in range(levels)}
    definitions[f"M{levels}"] = {"type": "object", "properties": {"v": {"type": "string"}}}
    return definitions


def inlining_bomb(levels: int) -> dict[str, Any]:
    """Each model names the next one twice: 2**levels copies once inlined."""
    return _definition(
        _levels(levels, lambda ref: _object({"a": {"$ref": ref}, "b": {"$ref": ref}}))
    )


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def diamond(levels: int) -> dict[str, Any]:
    """Each level is allOf two references to the next: 2**levels paths to the bottom."""
    return _definition(_levels(levels, lambda ref: {"allOf": [{"$ref": ref}, {"$ref": ref}]}))


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, separators=(",", ":")))  # as small as the bomb is
    return path


# --- bounded runs ----------------------------------------------------------------------------


def _held() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _bounded(stage: str, *args: str) -> dict[str, Any]:
    """``stage`` (a function of this module) run in a fresh interpreter that cannot use more
    than ``MEMORY``: its answer, once the seconds it took (from the call, not the start of the
    interpreter and this module's imports) and the peak resident memory of the process and of
    what it ran (ruff) are held to the bounds."""
    code = (
        "import json, resource, sys, time\n"
        "from tests.trust import test_bounded as here\n"
        "started = time.perf_counter()\n"  # the stage, with what it imports itself
        f"answer = here.{stage}(*sys.argv[1:])\n"
        "seconds = time.perf_counter() - started\n"
        "peak = max(resource.getrusage(who).ru_maxrss"
        " for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
        "print(json.dumps({'answer': answer, 'seconds': seconds, 'peak_mb': peak / 1024}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a stage gone exponential fails here, not the machine
        preexec_fn=_held,
    )
    assert run.returncode == 0, f"{stage} failed within {MEMORY >> 20} MB:\n{run.stderr[-3000:]}"
    measured = json.loads(run.stdout.splitlines()[-1])
    print(f"{stage}: {measured['seconds']:.2f} s, peak {measured['peak_mb']:.0f} MB")
    assert measured["seconds"] < SECONDS, measured
    assert measured["peak_mb"] < MEMORY >> 20, measured
    return measured["answer"]


def generate_stage(spec: str, out: str) -> dict[str, Any]:
    """The whole pipeline, as ``generate --spec`` runs it; what it refused, if it did."""
    from trconnect.pipeline import generate, job_for

    try:
        generate(job_for(Path(spec), Path(out), None, lenient=False))
    except InputError as refusal:
        return {"refused": str(refusal)}
    return {"refused": None}


def enum_rule_stage(count: str) -> list[list[str]]:
    """The duplicate check over ``count`` distinct values and two listed again at the end."""
    data = _definition({"M0": {"type": "object"}})
    values: list[Any] = [f"value-{i}" for i in range(int(count))]
    values += [{"b": 1, "a": [2]}, {"a": [2], "b": 1}, 1, 1.0, True, "1", "value-7", "value-99"]
    data["definitions"]["M0"]["properties"] = {"kind": {"type": "string", "enum": values}}
    return [list(hit) for hit in enum_invalid(Definition.from_data(data))]


# --- the must-shows --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bomb_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 40-level inlining bomb generated, in bounds (a test fails here when not)."""
    folder = tmp_path_factory.mktemp("inlining")
    spec = _write(folder / "bomb.json", inlining_bomb(40))
    assert len(spec.read_bytes()) < 6_000
    assert _bounded("generate_stage", str(spec), str(folder / "out")) == {"refused": None}
    return folder / "out"


def test_the_inlining_bomb_generates_in_bounds_and_shares_its_definitions(bomb_out: Path) -> None:
    assert (bomb_out / "client" / PACKAGE / "mcp.py").stat().st_size < 100_000  # depth 16: 144 MB
    with isolated_import(bomb_out / "client", PACKAGE):
        (tool,) = importlib.import_module(f"{PACKAGE}.mcp").TOOLS
    for schema in (tool.input_schema, tool.output_schema):
        Draft7Validator.check_schema(schema)
        assert _refs(schema) <= {f"#/definitions/M{i}" for i in range(41)}  # self-contained
    assert set(tool.input_schema["definitions"]) == {f"M{i}" for i in range(2, 41)}
    assert set(tool.output_schema["definitions"]) == {f"M{i}" for i in range(1, 41)}
    check = validators.validator_for(tool.input_schema)(tool.input_schema)
    assert not list(check.iter_errors({"a": _nested(39, "deep"), "b": {}}))
    (wrong,) = check.iter_errors({"a": _nested(39, 5), "b": {}})
    assert list(wrong.absolute_path) == ["a", *["a"] * 39, "v"]  # through all 40 definitions


def test_the_mcp_runtime_serves_and_checks_the_shared_schemas(bomb_out: Path) -> None:
    """Listed, arguments checked through every $ref, and the answer read against the output
    schema by the SDK; the API call itself is a stand-in that answers a 40-level object."""
    answer = {"a": _nested(39, "deep"), "b": {}}
    with isolated_import(bomb_out / "client", PACKAGE):
        tools = importlib.import_module(f"{PACKAGE}.mcp").TOOLS
        tool_server = importlib.import_module(f"{PACKAGE}._mcp_server").ToolServer
        scrubber = importlib.import_module(f"{PACKAGE}._scrub").Scrubber(())
        server = tool_server(tools, _answering(tools[0], answer, scrubber)).server

        async def run() -> None:
            async with Client(server) as session:
                (listed,) = (await session.list_tools()).tools
                assert "M40" in listed.input_schema["definitions"]
                good = await session.call_tool("PostM", {"a": _nested(39, "x"), "b": {}})
                assert not good.is_error, good.content
                assert good.structured_content == answer
                bad = await session.call_tool("PostM", {"a": _nested(39, 5), "b": {}})
                assert bad.is_error
                assert f"a.{'a.' * 39}v" in bad.content[0].text  # type: ignore[union-attr]

        anyio.run(run)


def test_the_allof_diamond_generates_in_bounds_merged(tmp_path: Path) -> None:
    spec = _write(tmp_path / "diamond.json", diamond(40))
    assert len(spec.read_bytes()) < 5_000
    out = tmp_path / "out"
    assert _bounded("generate_stage", str(spec), str(out)) == {"refused": None}
    written = json.loads((out / "connector" / "apiDefinition.swagger.json").read_text())
    for level in (0, 20, 39):
        assert written["definitions"][f"M{level}"] == {
            "type": "object",
            "properties": {"v": {"type": "string"}},
        }


def test_a_million_value_enum_is_checked_for_duplicates_in_bounds() -> None:
    hits = _bounded("enum_rule_stage", "1000000")
    place = "/definitions/M0/properties/kind/enum"
    assert hits == [
        [f"{place}/1000001", 'enum value {"a": [2], "b": 1} is listed twice'],
        [f"{place}/1000006", 'enum value "value-7" is listed twice'],
        [f"{place}/1000007", 'enum value "value-99" is listed twice'],
    ]  # 1, 1.0, true and "1" are four values, as JSON has them


def test_a_million_value_enum_definition_is_refused_in_bounds_with_its_place(
    tmp_path: Path,
) -> None:
    data = _definition({"M0": {"type": "object"}})
    data["paths"]["/m"]["post"]["parameters"].append(
        {"name": "kind", "in": "query", "type": "string", "enum": list(range(1_000_000))}
    )
    spec = _write(tmp_path / "enum.json", data)
    out = tmp_path / "out"
    refused = _bounded("generate_stage", str(spec), str(out))["refused"]
    assert f"enum.json: the document holds more than {MAX_VALUES:,} values" in refused
    assert "(at /paths/~1m/post/parameters/1/enum)" in refused and "hint:" in refused
    assert not out.exists()


# --- what else expands: refused with the place, or shared ------------------------------------


def allof_properties_bomb(levels: int) -> dict[str, Any]:
    """Each model's two properties are each allOf the next model: merging copies 2**levels."""

    def level(ref: str) -> dict[str, Any]:
        return _object({"a": {"allOf": [{"$ref": ref}]}, "b": {"allOf": [{"$ref": ref}]}})

    return _definition(_levels(levels, level))


def test_an_allof_merge_that_would_explode_is_refused_in_bounds_with_its_place(
    tmp_path: Path,
) -> None:
    spec = _write(tmp_path / "parts.json", allof_properties_bomb(40))
    out = tmp_path / "out"
    refused = _bounded("generate_stage", str(spec), str(out))["refused"]
    assert f"the allOf parts merged by this one stand for more than {MAX_MERGED:,}" in refused
    assert refused.startswith("parts.json:") and "(at /definitions/M" in refused
    assert "hint: Power Platform needs every allOf merged" in refused
    assert not out.exists()


def test_a_long_allof_chain_merges_without_recursion_and_a_growing_one_is_refused() -> None:
    only = _levels(2_000, lambda ref: {"allOf": [{"$ref": ref}]})
    merged = merge_all_of(Definition.from_data(_definition(only)))["definitions"]
    assert merged["M0"] == {"type": "object", "properties": {"v": {"type": "string"}}}

    def growing(levels: int) -> dict[str, Any]:
        return _definition(
            {
                f"M{i}": {
                    "allOf": [{"$ref": f"#/definitions/M{i + 1}"}],
                    "properties": {f"p{i}": {"type": "string"}},
                }
                for i in range(levels)
            }
            | {f"M{levels}": {"type": "object"}}
        )

    assert (
        len(merge_all_of(Definition.from_data(growing(100)))["definitions"]["M0"]["properties"])
        == 100
    )
    started = time.perf_counter()
    with pytest.raises(InputError, match=f"more than {MAX_MERGED:,}"):
        merge_all_of(Definition.from_data(growing(2_000)))  # 2,000,000 properties merged
    assert time.perf_counter() - started < SECONDS


def test_small_schemas_stay_inlined_for_copilot_studio() -> None:
    """Copilot Studio drops a tool whose schema holds a $ref: only what is too big shares."""
    flat = Definition.from_data(inlining_bomb(3))
    [schema], shared = ToolSchemas(flat, flat).convert(
        [{"$ref": "#/definitions/M0"}], output=False, place="/paths/~1m/post"
    )
    assert shared == {} and not _refs(schema)
    deepest = schema["properties"]["a"]["properties"]["b"]["properties"]["a"]["properties"]["v"]
    assert deepest == {"type": "string"}


def test_a_long_reference_chain_is_shared_not_a_recursion_error() -> None:
    chain = _levels(1_000, lambda ref: {"type": "object", "properties": {"a": {"$ref": ref}}})
    flat = Definition.from_data(_definition(chain))
    [schema], shared = ToolSchemas(flat, flat).convert(
        [{"$ref": "#/definitions/M0"}], output=True, place="/paths/~1m/post"
    )
    assert len(shared) == 1_000 and schema["properties"]["a"] == {"$ref": "#/definitions/M1"}


def test_shared_names_resolve_whatever_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mcp_schema, "INLINE_BUDGET", 0)  # share everything
    names = ["a b", "50%", "x/y~z", "/definitions/M0", "ünï", "#frag"]
    definitions = {name: {"type": "integer"} for name in names}
    definitions["M0"] = {
        "type": "object",
        "properties": {name: {"$ref": "#/definitions/" + _token(name)} for name in names},
    }
    flat = Definition.from_data(_definition(definitions))
    [schema], shared = ToolSchemas(flat, flat).convert(
        [{"$ref": "#/definitions/M0"}], output=False, place="/paths/~1m/post"
    )
    whole = {**schema, "definitions": shared}
    Draft7Validator.check_schema(whole)
    check = Draft7Validator(whole)
    assert not list(check.iter_errors({name: 1 for name in names}))
    for name in names:
        (error,) = check.iter_errors({name: "not an integer"})
        assert list(error.absolute_path) == [name]


def test_all_the_tools_schemas_together_are_refused_past_the_bound() -> None:
    big = {"type": "string", "enum": [f"value-{i:06}" for i in range(30_000)]}
    flat = Definition.from_data(_definition({"M0": big}))
    schemas = ToolSchemas(flat, flat)
    place = "/paths/~1m/post"
    with pytest.raises(InputError) as refusal:
        for _ in range(MAX_TOOL_SCHEMAS // 400_000 + 1):  # each tool carries 450,000
            schemas.convert([{"$ref": "#/definitions/M0"}], output=True, place=place)
    assert f"take more than {MAX_TOOL_SCHEMAS:,} characters" in refusal.value.message
    assert f"(at {place})" in refusal.value.message and refusal.value.line is not None


def test_a_trigger_payload_bomb_is_checked_within_its_bounds() -> None:
    data = inlining_bomb(40)
    data["paths"]["/hooks"] = {
        "x-ms-notification-content": {"schema": {"$ref": "#/definitions/M0"}},
        "post": {
            "operationId": "OnEvent",
            "x-ms-trigger": "single",
            "responses": {"201": {"description": "subscribed"}},
        },
    }
    started = time.perf_counter()
    conversion = to_openapi3(Definition.from_data(data))
    schema = checked_schema(conversion.document, conversion.notifications["OnEvent"])
    assert time.perf_counter() - started < SECONDS
    sizes = _schemas_and_depth(schema)
    assert sizes[0] <= CHECK_SCHEMAS and sizes[1] <= CHECK_DEPTH + 1


# --- helpers ---------------------------------------------------------------------------------


def _nested(levels: int, leaf: Any) -> dict[str, Any]:
    """``{"a": {"a": ... {"v": leaf}}}``, ``levels`` deep."""
    value: dict[str, Any] = {"v": leaf}
    for _ in range(levels):
        value = {"a": value}
    return value


class _Answer:
    """What the client's raw-response method gives the server: an HTTP 200 with JSON."""

    status_code = 200

    def __init__(self, data: Any) -> None:
        self.data = data
        self.text = json.dumps(data)
        self.content = self.text.encode()

    def parse(self) -> Any:
        return self.data

    def json(self) -> Any:
        return self.data


def _answering(tool: Any, data: Any, scrubber: Any) -> Any:
    """A stand-in for the client: ``tool``'s method answers ``data``, whatever it is sent
    (its scrubber holds no secret)."""

    async def method(*args: Any, **kwargs: Any) -> _Answer:
        return _Answer(data)

    resource = SimpleNamespace(**{tool.method: method})
    raw = SimpleNamespace(**{tool.resource: resource})
    return SimpleNamespace(with_raw_response=raw, _scrubber=scrubber)


def _refs(schema: Any) -> set[str]:
    found, stack = set(), [schema]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                found.add(value["$ref"])
            stack += value.values()
        elif isinstance(value, list):
            stack += value
    return found


def _token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _schemas_and_depth(schema: dict[str, Any]) -> tuple[int, int]:
    count, deepest, stack = 0, 0, [(schema, 1)]
    while stack:
        value, depth = stack.pop()
        count, deepest = count + 1, max(deepest, depth)
        children = [*value.get("properties", {}).values(), value.get("items", {})]
        stack += [(child, depth + 1) for child in children if child]
    return count, deepest
