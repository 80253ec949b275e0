"""The Aranda Service Management client, generated from its published definition, against a
local stand-in of the ASMS API on 127.0.0.1.

The definition documents only its 200 answers. Its errors are those of the connector's
documentation (the seed page): 400 with a code such as ``InvalidProjectId``, 403
``DoNotHavePermissionForThisAction``, 500 ``FailureGetFields``. ASMS is an ASP.NET Web API,
whose errors are JSON objects ``{"Message": "<code>"}``; the stand-in answers that way.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from trconnect.load import load_document

from bench.corpus import Run
from tests.conftest import isolated_import

NAME = "Aranda_Service_Management"
BASE_PATH = "/asmsadapter/api/asms"
TOKEN = "asms-integration-token-5531"
ASMS_HOST = "https://asms.example"  # the hostUrl connection parameter, sent in UrlAsms
PROJECTS = {3: "Mesa de servicio"}
STATES = {1: "Registrado", 2: "En proceso"}


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Asms:
    """What the stand-in holds: cases by code, and every request it was sent."""

    cases: dict[str, dict[str, Any]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


class Handler(BaseHTTPRequestHandler):
    asms: Asms

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the test reads ``Asms.seen`` instead."""

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def _handle(self) -> None:
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        seen = Seen(self.command, url.path, parse_qs(url.query), dict(self.headers), body)
        self.asms.seen.append(seen)
        if self.headers.get("TokenAsms") != TOKEN:
            return self._send(401, {"Message": "Authorization has been denied for this request."})
        status, answer = route(self.asms, seen)
        self._send(status, answer)

    def _send(self, status: int, answer: Any) -> None:
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def route(asms: Asms, seen: Seen) -> tuple[int, Any]:
    """The ASMS behaviour the connector's operations rely on, with its documented errors."""
    parts = seen.path.removeprefix(BASE_PATH).strip("/").split("/")
    match seen.method, parts:
        case "GET", ["connection"]:
            return 200, True
        case "POST", ["case"]:
            return create_case(asms, json.loads(seen.body))
        case "POST", ["case", "list"]:
            query = json.loads(seen.body)
            if not query.get("filters"):
                return 400, {"Message": "CriteriaNeedsSomeArguments"}
            return 200, list(asms.cases.values())
        case "GET", ["case", "FAIL-1"]:
            return 500, {"Message": "FailureGetFields"}
        case "GET", ["case", "LOCKED-1"]:
            return 403, {"Message": "DoNotHavePermissionForThisAction"}
        case "GET", ["case", code] if unquote(code) in asms.cases:
            return 200, asms.cases[unquote(code)]
        case "PUT", ["case", code] if code in asms.cases:
            change = json.loads(seen.body)
            if change.get("stateId") not in (None, *STATES):
                return 400, {"Message": "InvalidStateId"}
            asms.cases[code].update({k: v for k, v in change.items() if v is not None})
            return 200, {"result": True}
        case "POST", ["case", code, "note"] if code in asms.cases:
            asms.cases[code]["commentary"] = seen.query["message"][0]
            return 200, {}
        case "POST", ["attachment", "file"]:
            asms.attachments.append((seen.headers["ticketId"], seen.body))
            return 200, None
    return 404, {"Message": f"No HTTP resource was found that matches {seen.path}"}


def create_case(asms: Asms, case: dict[str, Any]) -> tuple[int, Any]:
    if case.get("subject") == "crash":
        return 500, {"Message": "FailureGetAdditionalFields"}
    if "itemType" not in case:
        return 400, {"Message": "ItemTypeIsRequired"}
    if case.get("projectId") not in PROJECTS:
        return 400, {"Message": "InvalidProjectId"}
    number = len(asms.cases) + 1
    code = f"IM-{number}-{case['projectId']}"
    stored = {
        **case,
        "id": number,
        "idByProject": code,
        "projectName": PROJECTS[case["projectId"]],
        "stateName": STATES[case.get("stateId", 1)],
        "isClosed": False,
    }
    asms.cases[code] = stored
    return 200, {"id": number, "idByProject": code}


@pytest.fixture(scope="module")
def asms() -> Iterator[tuple[Asms, str]]:
    """The stand-in on a free port of 127.0.0.1, and the base URL the client is given."""
    state = Asms()
    handler = type("AsmsHandler", (Handler,), {"asms": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_port}{BASE_PATH}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def aranda_run(corpus_runs: dict[str, Run]) -> Run:
    run = corpus_runs[NAME]
    assert run.error is None, run.error
    return run


@pytest.fixture
def aranda(aranda_run: Run) -> Iterator[ModuleType]:
    report = json.loads((aranda_run.out / "report.json").read_text())
    with isolated_import(aranda_run.out / "client", report["client"]["package"]) as package:
        yield package


def body_properties(run: Run, operation_id: str) -> set[str]:
    """The property names the definition declares for an operation's JSON body."""
    definition = load_document(run.entry.spec).data
    for item in definition["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                bodies = [p for p in operation["parameters"] if p.get("in") == "body"]
                return set(bodies[0]["schema"]["properties"])
    raise KeyError(operation_id)


def test_every_operation_reaches_the_server_as_the_definition_says(
    aranda: ModuleType, aranda_run: Run, asms: tuple[Asms, str]
) -> None:
    state, base_url = asms
    models = aranda.models
    with aranda.Client(api_key=TOKEN, host_url=ASMS_HOST, base_url=base_url, retry=None) as client:
        assert client.default.test_connection() is True
        created = client.default.create_case(
            item_type=1, project_id=3, service_id=7, category_id=12, subject="Printer down"
        )
        code = created.id_by_project
        assert code == "IM-1-3" and created.id == 1
        case = client.default.get_case(code)
        assert (case.subject, case.project_name) == ("Printer down", PROJECTS[3])
        assert case.is_closed is False
        assert client.default.update_case(code, state_id=2, commentary="on it").result is True
        client.default.attach_note(code, message="Toner replaced")
        assert client.default.get_case(code).commentary == "Toner replaced"
        filters = models.SearchTicketsBodyFiltersItem(
            field=models.SearchTicketsBodyFiltersItemFieldToFilter("ProjectId"),
            operator=models.SearchTicketsBodyFiltersItemSearchOperator("EqualTo"),
            value="3",
        )
        found = client.default.search_tickets(logic_operator="And", filters=[filters])
        assert [c.id_by_project for c in found] == [code]
        attached = client.default.attach_file(
            ticket_id=code, file="UERGIGJ5dGVz", file_name="report.pdf"
        )
        assert attached is None
    [(ticket, sent_file)] = state.attachments
    assert ticket == code
    assert json.loads(sent_file) == {"file": "UERGIGJ5dGVz", "fileName": "report.pdf"}
    assert all(seen.headers["TokenAsms"] == TOKEN for seen in state.seen)
    assert all(seen.headers["UrlAsms"] == ASMS_HOST for seen in state.seen)  # a setheader policy
    sent = {seen.path.removeprefix(BASE_PATH): seen for seen in state.seen}
    assert sent[f"/case/{code}/note"].query == {"message": ["Toner replaced"]}
    for path, operation_id in (("/case", "CreateCase"), ("/case/list", "SearchTickets")):
        assert set(json.loads(sent[path].body)) <= body_properties(aranda_run, operation_id)


def test_a_400_raises_bad_request_whose_message_names_the_asms_error(
    aranda: ModuleType, asms: tuple[Asms, str]
) -> None:
    state, base_url = asms
    body = {"item_type": 1, "project_id": 999, "service_id": 7, "category_id": 12}
    with (
        aranda.Client(api_key=TOKEN, host_url=ASMS_HOST, base_url=base_url, retry=None) as client,
        pytest.raises(aranda.BadRequest) as caught,
    ):
        client.default.create_case(**body, subject="Wrong project")
    error = caught.value
    assert isinstance(error, aranda.APIStatusError)
    assert error.message == "InvalidProjectId"
    assert error.status_code == 400 and error.operation == "CreateCase"
    assert error.body == {"Message": "InvalidProjectId"}
    assert "InvalidProjectId" in str(error) and "400" in str(error)
    assert TOKEN not in str(error) + repr(error)
    assert state.seen[-1].method == "POST" and json.loads(state.seen[-1].body)["projectId"] == 999


@pytest.mark.parametrize(
    ("code", "kind", "message"),
    [
        ("LOCKED-1", "Unauthorized", "DoNotHavePermissionForThisAction"),
        ("FAIL-1", "ServerError", "FailureGetFields"),
        ("IM-404-3", "NotFound", "No HTTP resource"),
    ],
)
def test_other_asms_errors_surface_with_their_body(
    aranda: ModuleType, asms: tuple[Asms, str], code: str, kind: str, message: str
) -> None:
    _, base_url = asms
    with (
        aranda.Client(api_key=TOKEN, host_url=ASMS_HOST, base_url=base_url, retry=None) as client,
        pytest.raises(getattr(aranda, kind)) as caught,
    ):
        client.default.get_case(code)
    assert message in str(caught.value)


def test_a_wrong_token_is_unauthorized_and_the_token_is_not_shown(
    aranda: ModuleType, asms: tuple[Asms, str]
) -> None:
    _, base_url = asms
    wrong = "not-the-asms-token-0000"
    with (
        aranda.Client(api_key=wrong, host_url=ASMS_HOST, base_url=base_url, retry=None) as client,
        pytest.raises(aranda.Unauthorized) as caught,
    ):
        client.default.test_connection()
    assert "Authorization has been denied" in str(caught.value)
    assert wrong not in str(caught.value) + repr(caught.value)


def test_a_server_error_on_a_read_is_retried_and_a_create_is_not(
    aranda: ModuleType, asms: tuple[Asms, str]
) -> None:
    """GET is safe to repeat; POST /case creates a case, so a 5xx is not sent again."""
    state, base_url = asms
    retry = aranda.RetryPolicy(attempts=3, backoff=0.0)
    with aranda.Client(api_key=TOKEN, host_url=ASMS_HOST, base_url=base_url, retry=retry) as client:
        before = len(state.seen)
        with pytest.raises(aranda.ServerError):
            client.default.get_case("FAIL-1")
        assert len(state.seen) - before == 3
        crash = {"item_type": 1, "project_id": 3, "service_id": 7, "category_id": 12}
        with pytest.raises(aranda.ServerError, match="FailureGetAdditionalFields"):
            client.default.create_case(**crash, subject="crash")
        assert len(state.seen) - before == 4
