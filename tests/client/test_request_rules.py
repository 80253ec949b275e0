"""The request a published connector's definition describes, as the generated client sends it.

Each rule is shown on a real connector of ``../shared/connectors``, through an
``httpx.MockTransport`` that records the exact request (method, URL, headers, body):

- a required ``x-ms-visibility: internal`` parameter (or body field) with a default is sent
  with it and is not an argument (query: Zoho Mail, Alvao; header: Africa's Talking SMS,
  inQuba Journey; path: Mural; form: inQuba Journey; body field: 3E Events);
- arrays are joined as their ``collectionFormat`` says (DeepL's form ``text``, csv by
  default; Oodrive Sign's query ``status``); no published connector uses ``ssv``, ``tsv``,
  ``pipes`` or ``multi``, nor an array in a path or header, so those run on Oodrive Sign (and
  DeepL) with one real parameter per place set to the format;
- ``Accept`` comes from ``produces``, JSON preferred (SIGNL4), a file's own type for a
  download (Oodrive Sign), httpx's ``*/*`` when nothing is declared (Zoho Mail);
- ``readOnly`` fields are never sent (SIGNL4, Eduframe), not even on a model the caller fills;
- ``x-ms-url-encoding: double`` encodes a path value twice (Airmeet);
- an empty success is ``None``, not an error (SIGNL4, Oodrive Sign).
"""

from __future__ import annotations

import base64
import importlib
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from trconnect.model import Definition
from trconnect.render.client_wire import find_wire
from trconnect.transform import to_openapi3

from bench.corpus import DEFINITION, PROPERTIES, Entry, generate_one
from tests.conftest import SHARED, isolated_import, made_up_credential

CONNECTORS = SHARED / "connectors"
BASE = "https://api.test/base"
SECRET = "k-1"
BASIC = "Basic " + base64.b64encode(f"{SECRET}:{SECRET}".encode()).decode()
# What httpx adds to every request, whatever the definition says.
TRANSPORT_HEADERS = frozenset({"host", "accept-encoding", "connection", "user-agent"})
FORMATS = ("ssv", "tsv", "pipes", "multi")


class Clients:
    """Each connector's client generated once per module, on first use (~1 s each)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: dict[str, Path] = {}

    def folder(self, name: str, change: Callable[[dict[str, Any]], None] | None = None) -> Path:
        """The generated folder of connector ``name``; ``change`` edits a copy of its
        definition first (the key then names the change)."""
        key = f"{name}+{change.__name__}" if change else name
        if key not in self.folders:
            self.folders[key] = self._generate(key, _source(name), change)
        return self.folders[key]

    def _generate(self, key: str, source: Path, change: Any) -> Path:
        spec = source / DEFINITION
        if change is not None:
            data = json.loads(spec.read_text(encoding="utf-8-sig"))
            change(data)
            spec = self.root / "changed" / key / DEFINITION
            spec.parent.mkdir(parents=True)
            spec.write_text(json.dumps(data), encoding="utf-8")
        properties = source / PROPERTIES
        entry = Entry(key, spec, properties if properties.is_file() else None, lenient=False)
        run = generate_one(entry, self.root / "out")
        assert run.error is None, run.error
        return run.out


def _source(name: str) -> Path:
    found = sorted(CONNECTORS.glob(f"*/{name}/{DEFINITION}"))
    if not found:
        pytest.skip(f"{name} is not in {CONNECTORS}")
    return found[0].parent


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> Clients:
    if not CONNECTORS.is_dir():
        pytest.skip(f"{CONNECTORS} is not present beside the project")
    return Clients(tmp_path_factory.mktemp("request-rules"))


class Sent:
    """One call's request as it went out, and the value the method gave back."""

    def __init__(self, request: httpx.Request, value: Any) -> None:
        self.method = request.method
        self.url = str(request.url)
        self.headers = {
            k: v for k, v in request.headers.items() if k.lower() not in TRANSPORT_HEADERS
        }
        self.body = request.read()
        self.value = value


def package_of(out: Path) -> str:
    package: str = json.loads((out / "report.json").read_text())["client"]["package"]
    return package


def client_of(package: ModuleType, answer: Callable[[httpx.Request], httpx.Response]) -> Any:
    """The connector's client over a mock transport, with whichever credential it takes."""
    credentials = made_up_credential(package.Client, package, secret=SECRET)
    transport = httpx.MockTransport(answer)
    return package.Client(**credentials, base_url=BASE, transport=transport, retry=None)


def call(out: Path, act: Callable[[Any], Any], answer: httpx.Response | None = None) -> Sent:
    """``act(client)`` on the client generated in ``out``, answered with ``answer`` (an empty
    204 unless said: the request is what is looked at)."""
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer if answer is not None else httpx.Response(204)

    with isolated_import(out / "client", package_of(out)) as package:
        value = act(client_of(package, respond))
    assert len(seen) == 1
    return Sent(seen[0], value)


def signature(out: Path, pick: Callable[[Any], Any]) -> inspect.Signature:
    """The signature of the method ``pick(client)`` names, in the client generated in ``out``."""
    with isolated_import(out / "client", package_of(out)) as package:
        return inspect.signature(pick(client_of(package, lambda r: httpx.Response(204))))


# --- required internal parameters with a default: sent, never asked for -------------------


def test_zoho_mail_sends_its_hidden_query_parameter(clients: Clients) -> None:
    out = clients.folder("Zoho Mail")
    sent = call(out, lambda api: api.default.get_email_content("7", "42"))
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/api/accounts/7/folders/1/messages/42/content?includeBlockContent=true",
    )
    assert (
        sent.headers == {"accept": "*/*", "authorization": f"Bearer {SECRET}"} and sent.body == b""
    )
    arguments = signature(out, lambda api: api.default.get_email_content).parameters
    assert "include_block_content" not in arguments


def test_alvao_sends_its_hidden_expand(clients: Clients) -> None:
    out = clients.folder("Alvao")
    sent = call(out, lambda api: api.tickets.get_ticket(12))
    assert (sent.method, sent.url, sent.body) == (
        "GET",
        f"{BASE}/v1/tickets/12?%24expand=objects",
        b"",
    )
    assert sent.headers == {"accept": "application/json", "authorization": BASIC}
    arguments = list(signature(out, lambda api: api.tickets.get_ticket).parameters)
    assert arguments == ["ticket_id", "timeout", "extra_headers", "extra_query"]


def test_zoho_mail_sends_four_hidden_query_parameters_with_the_given_ones(
    clients: Clients,
) -> None:
    sent = call(
        clients.folder("Zoho Mail"),
        lambda api: api.default.new_mail_trigger(
            acc_id="7", criterias="x", webhook_url="https://h"
        ),
    )
    # Its policies then route the trigger to /integPlatform/api/outgoingWebhooks and wrap
    # ``criterias`` in the JSON filter the API reads.
    criterias = quote('[{"lhs":"sender","operator":"contains","rhs":"x"}]', safe="")
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/integPlatform/api/outgoingWebhooks"
        "?category=3&action=CREATE_OWH&metaOnly=false&matchingCondition=and&accId=7"
        f"&criterias={criterias}",
    )
    assert json.loads(sent.body) == {"webhookURL": "https://h"}


def test_a_hidden_header_is_sent_as_its_default_over_produces(clients: Clients) -> None:
    """Africa's Talking SMS declares ``Accept`` itself (internal, `` application/json``)."""
    sent = call(
        clients.folder("Africa's Talking SMS"),
        lambda api: api.default.send_sms(username="sandbox", message="Hi", phone_numbers=["+2547"]),
    )
    assert (sent.method, sent.url) == ("POST", f"{BASE}/version1/messaging/bulk")
    assert sent.headers == {
        "accept": " application/json",  # as written (HTTP readers drop the leading space)
        "apikey": "k-1",
        "content-length": str(len(sent.body)),
        "content-type": "application/json",
    }
    assert json.loads(sent.body) == {
        "username": "sandbox",
        "message": "Hi",
        "phoneNumbers": ["+2547"],
    }


def test_mural_fills_in_its_hidden_path_parameter(clients: Clients) -> None:
    out = clients.folder("Mural")
    sent = call(out, lambda api: api.default.get_rooms_operation())
    assert (sent.method, sent.url) == ("GET", f"{BASE}/api/public/v1/workspaces/Null/rooms")
    assert list(signature(out, lambda api: api.default.get_rooms_operation).parameters) == [
        "timeout",
        "extra_headers",
        "extra_query",
    ]


def test_inquba_fills_in_its_hidden_form_fields_and_content_type(clients: Clients) -> None:
    sent = call(
        clients.folder("inQuba Journey"),
        lambda api: api.default.acquire_access_token(
            "acme",
            host_url="api.inqubacx.com",
            username="ada",
            password="pw",
            client_id="c",
            client_secret="s",
        ),
    )
    assert (sent.method, sent.url) == ("POST", f"{BASE}/acme/connect/token")
    assert sent.body == (
        b"grant_type=password&scope=openid+cx_api&username=ada&password=pw"
        b"&client_id=c&client_secret=s"
    )
    assert sent.headers == {
        "accept": "application/json",
        "content-length": str(len(sent.body)),
        "content-type": "application/x-www-form-urlencoded",
        "hosturl": "api.inqubacx.com",
    }


def test_3e_events_fills_in_its_hidden_body_fields(clients: Clients) -> None:
    out = clients.folder("3E Events")
    sent = call(
        out, lambda api: api.default.matter_created_event_trigger(callback_url="https://h/x")
    )
    # Its setqueryparameter policy adds the connection's instance id.
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v1/subscriptions/event/matter_created?3eInstanceId={SECRET}",
    )
    assert json.loads(sent.body) == {
        "application": "MsPowerPlatform",
        "object": "Matter",
        "state": "Created",
        "callbackUrl": "https://h/x",
    }
    arguments = signature(out, lambda api: api.default.matter_created_event_trigger).parameters
    assert not {"application", "object", "state"} & set(arguments)


def test_a_hidden_multipart_content_type_keeps_the_body_boundary(clients: Clients) -> None:
    """Oneflow fills in ``Content-Type: multipart/form-data`` with no boundary: sent as given
    the parts could not be split, so the body's own type, with its boundary, goes out."""
    sent = call(
        clients.folder("Oneflow"),
        lambda api: api.default.upload_attachments(
            "c9", file=("a.pdf", b"%PDF-1.4", "application/pdf"), upload_as="attachment"
        ),
    )
    assert (sent.method, sent.url) == ("POST", f"{BASE}/contracts/c9/files")
    media, _, boundary = sent.headers["content-type"].partition("; boundary=")
    assert media == "multipart/form-data" and boundary
    assert sent.body.startswith(f"--{boundary}\r\n".encode())
    assert sent.body.endswith(f"--{boundary}--\r\n".encode())
    assert b'name="file"; filename="a.pdf"' in sent.body


# --- collectionFormat, in every place -------------------------------------------------------


def test_deepl_sends_its_form_array_as_csv_not_json(clients: Clients) -> None:
    """DeepL's ``text`` says no collectionFormat: Swagger's default, csv (never JSON text)."""
    out = clients.folder("DeepL")
    one = call(out, lambda api: api.translate_text.translate_text(text=["Hello"], target_lang="DE"))
    assert (one.method, one.url) == ("POST", f"{BASE}/translate")
    assert one.body == b"text=Hello&target_lang=DE"
    assert one.headers == {
        "accept": "application/json",
        "authorization": f"DeepL-Auth-Key {SECRET}",  # its setheader policy's form
        "content-length": "25",
        "content-type": "application/x-www-form-urlencoded",
    }
    two = call(
        out, lambda api: api.translate_text.translate_text(text=["Hi", "you"], target_lang="DE")
    )
    assert two.body == b"text=Hi%2Cyou&target_lang=DE"


def test_the_openapi_document_says_how_a_form_array_is_written() -> None:
    """Schemathesis and mocks read the 3.0 document: DeepL's ``text`` is csv there too (3.0's
    own default for a form would repeat the key); a query array without a format is csv."""
    converted = to_openapi3(Definition.load(_source("DeepL") / DEFINITION)).document
    form = converted["paths"]["/translate"]["post"]["requestBody"]["content"]
    assert form["application/x-www-form-urlencoded"]["encoding"] == {
        "text": {"style": "form", "explode": False}
    }
    listed = to_openapi3(Definition.load(_source("Alkymi") / DEFINITION)).document
    status = next(
        p
        for p in listed["paths"]["/api/v2/executions/"]["get"]["parameters"]
        if "schema" in p and p["schema"].get("type") == "array"
    )
    assert (status["style"], status["explode"]) == ("form", False)


def multi_text(definition: dict[str, Any]) -> None:
    """DeepL with ``text`` as its API reads it: one ``text`` field per item."""
    parameters = definition["paths"]["/translate"]["post"]["parameters"]
    next(p for p in parameters if p["name"] == "text")["collectionFormat"] = "multi"


def test_deepl_with_multi_repeats_the_form_key(clients: Clients) -> None:
    out = clients.folder("DeepL", multi_text)
    sent = call(
        out,
        lambda api: api.translate_text.translate_text(text=["Hello", "World"], target_lang="DE"),
    )
    assert sent.body == b"text=Hello&text=World&target_lang=DE"


def test_oodrive_sends_its_csv_query_array(clients: Clients) -> None:
    sent = call(
        clients.folder("Oodrive Sign"),
        lambda api: api.default.list_all_contracts(status=["OPEN", "SIGNED"], size=5),
        httpx.Response(200, json=[]),
    )
    assert (sent.method, sent.url) == ("GET", f"{BASE}/contracts?size=5&status=OPEN%2CSIGNED")
    assert sent.headers == {"accept": "*/*", "j_token": "k-1"} and sent.value == []


def in_format(fmt: str) -> Callable[[dict[str, Any]], None]:
    """Oodrive Sign with one real parameter per place (query, path, form) an array in ``fmt``:
    no published connector uses these formats, or arrays in paths. (openapi-python-client
    makes no method for an array header: see the runtime's own test below.)"""

    def change(definition: dict[str, Any]) -> None:
        paths = definition["paths"]
        places = [
            ("/contracts", "get", "status"),
            ("/contracts/{id}/transaction/recipients/{cfc_id}/relaunch", "get", "cfc_id"),
            ("/contracts/{id}/appendices", "post", "option_definition_name"),
        ]
        for path, method, name in places:
            found = next(p for p in paths[path][method]["parameters"] if p.get("name") == name)
            found.update(type="array", items={"type": "string"}, collectionFormat=fmt)
            found.pop("enum", None)

    change.__name__ = fmt
    return change


# The texts each format gives for ["a b", "c"], by place; multi cannot repeat a path, so
# there it is csv (the generator warns).
EXPECTED = {
    "ssv": ("status=a+b+c", "a%20b%20c", [b"a b c"]),
    "tsv": ("status=a+b%09c", "a%20b%09c", [b"a b\tc"]),
    "pipes": ("status=a+b%7Cc", "a%20b%7Cc", [b"a b|c"]),
    "multi": ("status=a+b&status=c", "a%20b%2Cc", [b"a b", b"c"]),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_collection_format_in_each_place(clients: Clients, fmt: str) -> None:
    out = clients.folder("Oodrive Sign", in_format(fmt))
    query, path, parts = EXPECTED[fmt]
    listed = call(out, lambda api: api.default.list_all_contracts(status=["a b", "c"]))
    assert listed.url == f"{BASE}/contracts?{query}"
    relaunch = call(out, lambda api: api.default.resend_notification_recipient("9", ["a b", "c"]))
    assert relaunch.url == f"{BASE}/contracts/9/transaction/recipients/{path}/relaunch"
    upload = call(
        out,
        lambda api: api.default.upload_attachment_and_add_to_contract(
            "9", option_definition_name=["a b", "c"]
        ),
    )
    fields = [
        chunk.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n", 1)[0]
        for chunk in upload.body.split(b"--")
        if b'name="option_definition_name"' in chunk
    ]
    assert fields == parts


@pytest.mark.parametrize(
    ("fmt", "header"),
    [("csv", "a b,c"), ("ssv", "a b c"), ("tsv", "a b\tc"), ("pipes", "a b|c"), ("multi", "a b,c")],
)
def test_a_header_array_is_joined_by_its_format(rt: ModuleType, fmt: str, header: str) -> None:
    wire = rt._wire.Wire(formats={"header": {"X-Tags": fmt}})
    assert rt._bodies.header_values({"X-Tags": ["a b", "c"]}, frozenset(), wire) == {
        "X-Tags": header
    }


def test_an_array_of_files_is_one_part_per_file(clients: Clients) -> None:
    sent = call(
        clients.folder("Oodrive Sign"),
        lambda api: api.default.upload_attachment_and_add_to_contract(
            "9",
            file=[("a.pdf", b"%PDF-a", "application/pdf"), ("b.pdf", b"%PDF-b", "application/pdf")],
        ),
    )
    assert (sent.method, sent.url) == ("POST", f"{BASE}/contracts/9/appendices")
    assert sent.body.count(b'name="file"; filename=') == 2
    assert b"%PDF-a" in sent.body and b"%PDF-b" in sent.body


# --- Accept from produces ----------------------------------------------------------------


def test_signl4_asks_for_json_among_what_it_produces(clients: Clients) -> None:
    """SIGNL4 produces text/plain, application/json and text/json: JSON is asked for."""
    sent = call(
        clients.folder("SIGNL4 - Mobile Alerting"),
        lambda api: api.categories.categories_get_image_names(),
        httpx.Response(200, json=["bell"]),
    )
    assert (sent.method, sent.url, sent.body) == ("GET", f"{BASE}/v2/categories/images", b"")
    assert sent.headers == {"accept": "application/json", "x-s4-api-key": "k-1"}
    assert sent.value == ["bell"]


def test_a_download_asks_for_its_file_type(clients: Clients) -> None:
    """DeepL's DownloadDocument answers a file and produces text/plain and JSON."""
    sent = call(
        clients.folder("DeepL"),
        lambda api: api.translate_documents.download_document("d1", document_key="k"),
    )
    assert sent.headers["accept"] == "text/plain" and sent.body == b"document_key=k"


def test_a_declared_accept_parameter_rules_over_produces(clients: Clients) -> None:
    """DeepL's GetGlossaryEntries produces text/plain and JSON, but its optional ``Accept``
    parameter allows only TSV: that is what goes out unless the caller says otherwise."""
    out = clients.folder("DeepL")
    sent = call(out, lambda api: api.manage_glossaries.get_glossary_entries("g1"))
    assert (sent.method, sent.url) == ("GET", f"{BASE}/glossaries/g1/entries")
    assert sent.headers == {
        "accept": "text/tab-separated-values",
        "authorization": f"DeepL-Auth-Key {SECRET}",
    }
    given = call(out, lambda api: api.manage_glossaries.get_glossary_entries("g1", accept="x/y"))
    assert given.headers["accept"] == "x/y"


def test_nothing_produced_leaves_httpx_accept(clients: Clients) -> None:
    sent = call(clients.folder("Zoho Mail"), lambda api: api.default.get_email_content("7", "42"))
    assert sent.headers["accept"] == "*/*"  # httpx's own


# --- readOnly fields are never sent -------------------------------------------------------


def test_eduframe_does_not_ask_for_read_only_fields(clients: Clients) -> None:
    out = clients.folder("Eduframe")
    arguments = signature(out, lambda api: api.categories.post_categories).parameters
    assert "name" in arguments and not {"id", "slug", "courses_count"} & set(arguments)
    sent = call(out, lambda api: api.categories.post_categories(name="Bread"))
    assert json.loads(sent.body) == {"name": "Bread"}


def test_signl4_leaves_read_only_fields_of_a_whole_body_out(clients: Clients) -> None:
    """``isValid`` is read-only in UserMembership: left out of a dict and of a model the
    caller filled in; the other fields, extra ones too, go as given."""
    out = clients.folder("SIGNL4 - Mobile Alerting")
    as_dict = call(
        out,
        lambda api: api.teams.teams_update_user_membership(
            "t1", "u1", body={"roleId": "r", "isValid": True, "note": "kept"}
        ),
    )
    assert (as_dict.method, as_dict.url) == ("PUT", f"{BASE}/v2/teams/t1/memberships/u1")
    assert json.loads(as_dict.body) == {"roleId": "r", "note": "kept"}

    def with_model(api: Any) -> Any:
        models = importlib.import_module(type(api).__module__.rpartition(".")[0] + ".models")
        body = models.UserMembership(is_valid=True, role_id="r", team_id="t1")
        return api.teams.teams_update_user_membership("t1", "u1", body=body)

    assert json.loads(call(out, with_model).body) == {"roleId": "r", "teamId": "t1"}


def test_coupa_leaves_nested_read_only_fields_out(clients: Clients) -> None:
    """Coupa's Item: ``id`` is read-only, and so are ``uom.id`` and ``commodity.id``."""
    sent = call(
        clients.folder("Coupa"),
        lambda api: api.items.items_create(
            name="Bolt",
            uom={"id": 3, "code": "EA"},
            commodity={"id": 1, "name": "Hardware", "created-at": "2024-01-01T00:00:00Z"},
        ),
    )
    assert (sent.method, sent.url) == ("POST", f"{BASE}/api/items")
    assert json.loads(sent.body) == {
        "name": "Bolt",
        "uom": {"code": "EA"},
        "commodity": {"name": "Hardware"},
    }


def test_read_only_fields_are_left_out_of_every_item_of_an_array(rt: ModuleType) -> None:
    wire = rt._wire.Wire(read_only={"": {"id": None, "owner": "O"}, "O": {"id": None}})
    body = [{"id": 1, "a": 2, "owner": {"id": 3, "b": 4}}, {"a": 5}]
    assert rt._wire.json_body(body, wire) == [{"a": 2, "owner": {"b": 4}}, {"a": 5}]


def test_the_read_only_walk_visits_each_schema_once() -> None:
    """40 schemas, each naming the next twice: 2**40 ways down, one visit each and one entry
    in the graph the client carries; a cycle at the end (the last names the first) stops."""
    definitions: dict[str, Any] = {
        f"S{i}": {
            "properties": {
                "a": {"$ref": f"#/definitions/S{i + 1}"},
                "b": {"$ref": f"#/definitions/S{i + 1}"},
            }
        }
        for i in range(40)
    }
    definitions["S40"] = {
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "up": {"$ref": "#/definitions/S0"},
        }
    }
    body = {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/S0"}}
    swagger = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "A",
                    "parameters": [body],
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
        "definitions": definitions,
    }
    graph = find_wire(Definition.from_data(swagger), "A", {}).read_only
    assert graph[""] == {"a": "#/definitions/S1", "b": "#/definitions/S1"}
    assert len(graph) == 41 and graph["#/definitions/S40"] == {"id": None}


# --- x-ms-url-encoding: double ------------------------------------------------------------


def test_airmeet_encodes_the_attendee_email_twice(clients: Clients) -> None:
    sent = call(
        clients.folder("Airmeet"),
        lambda api: api.default.remove_attendee("ev/1", "ada+x@example.com"),
    )
    assert sent.method == "DELETE"
    assert sent.url == f"{BASE}/airmeet/ev%2F1/attendee/ada%252Bx%2540example.com"


# --- an empty success is a value ----------------------------------------------------------


@pytest.mark.parametrize("answer", [httpx.Response(204), httpx.Response(200)])
def test_an_empty_success_is_none(clients: Clients, answer: httpx.Response) -> None:
    """SIGNL4 documents the 204; the annotation says ``| None``."""
    out = clients.folder("SIGNL4 - Mobile Alerting")
    sent = call(out, lambda api: api.categories.categories_get_image_names(), answer)
    assert sent.value is None


def test_an_empty_200_where_a_contract_is_promised_is_none_not_not_found(
    clients: Clients,
) -> None:
    sent = call(
        clients.folder("Oodrive Sign"),
        lambda api: api.default.get_specific_contract("c1"),
        httpx.Response(200),
    )
    assert (sent.method, sent.url, sent.value) == ("GET", f"{BASE}/contracts/c1", None)
