"""Policy templates applied as Power Platform applies them, on published connectors' clients.

Each client is generated from its folder in ../shared/connectors (apiProperties.json found
beside the definition) and called through an ``httpx.MockTransport``; the tests assert the
request that leaves: method, URL, headers, body. One connector per template and expression
form, and what the client cannot reproduce is reported degraded.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable

import anyio
import httpx
import pytest

from tests.client.published import Published, Wire, json_body, published_fixture  # noqa: F401

DEEPL = "certified-connectors/DeepL"
ANNATURE = "independent-publisher-connectors/Annature"
KANBAN = "certified-connectors/Kanban Tool"
ALKYMI = "certified-connectors/Alkymi"
PLANNER = "certified-connectors/Planner"
KEY = "k-3f9a-secret"

Get = Callable[[str], Published]


def test_deepl_setheader_rewrites_the_key_and_dynamichosturl_takes_the_plan(
    published: Get,
) -> None:
    """setheader ``DeepL-Auth-Key @headers('Authorization')`` over the securityDefinitions key;
    dynamichosturl ``@connectionParameters('environment')``."""
    deepl = published(DEEPL).package
    wire = Wire(lambda request: httpx.Response(200, json={"character_count": 1}))
    client = deepl.Client(KEY, environment="https://api.deepl.com/v2", transport=wire.transport())
    client.meta_information.get_usage()
    sent = wire.only()
    assert (sent.method, str(sent.url)) == ("GET", "https://api.deepl.com/v2/usage")
    assert sent.headers["authorization"] == f"DeepL-Auth-Key {KEY}"
    assert sent.headers["host"] == "api.deepl.com"
    assert sent.content == b""


def test_an_explicit_base_url_wins_over_the_host_policy(published: Get) -> None:
    """A mock or proxy given as base_url is where calls go; the other policies still apply."""
    deepl = published(DEEPL).package
    wire = Wire(lambda request: httpx.Response(200, json={}))
    client = deepl.Client(
        KEY,
        environment="https://api.deepl.com/v2",
        base_url="http://127.0.0.1:4010",
        transport=wire.transport(),
    )
    client.meta_information.get_usage()
    sent = wire.only()
    assert str(sent.url) == "http://127.0.0.1:4010/usage"
    assert sent.headers["authorization"] == f"DeepL-Auth-Key {KEY}"


def test_annature_routerequesttoendpoint_turns_head_into_delete(published: Get) -> None:
    """DeleteEnvelope is ``HEAD /envelopes/{id}`` in the swagger; the policy sends DELETE, and
    the two setheader policies send both API keys from the connection's parameters."""
    annature = published(ANNATURE).package
    wire = Wire(lambda request: httpx.Response(200))
    client = annature.Client(api_key=KEY, api_client_id="acct-7", transport=wire.transport())
    client.delete.delete_envelope("env/42")
    sent = wire.only()
    assert (sent.method, str(sent.url)) == (
        "DELETE",
        "https://api.annature.com.au/v1/envelopes/env%2F42",
    )
    assert sent.headers["x-annature-id"] == "acct-7"
    assert sent.headers["x-annature-key"] == KEY
    assert sent.content == b""


def test_annature_is_degraded_by_its_script_and_says_so(published: Get) -> None:
    report = published(ANNATURE).report
    degraded = {d["operation"]: d["reasons"] for d in report["client"]["degraded"]}
    assert set(degraded) == set(report["client"]["operations"])  # no scriptOperations: all
    assert all("script.csx" in " ".join(reasons) for reasons in degraded.values())
    assert report["counts"]["degraded"] == len(degraded)


def test_kanban_tool_subdomain_host_and_platform_query(published: Get) -> None:
    """dynamichosturl ``https://@connectionParameters('subdomain').kanbantool.com`` and
    setqueryparameter ``_platform=msflow``; the key rides in its query parameter."""
    kanban = published(KANBAN).package
    wire = Wire(lambda request: httpx.Response(200, json=[]))
    client = kanban.Client(KEY, subdomain="acme", transport=wire.transport())
    client.default.get_boards()
    sent = wire.only()
    assert sent.method == "GET"
    assert str(sent.url) == (
        f"https://acme.kanbantool.com/api/v1/boards.json?_platform=msflow&api_token={KEY}"
    )
    assert sent.content == b""


def test_alkymi_token_header_and_host_from_connection_parameters(published: Get) -> None:
    """No securityDefinitions: the key reaches the API only through setheader
    ``Token @connectionParameters('api_key')``; the host is ``host_name``."""
    alkymi = published(ALKYMI).package
    wire = Wire(lambda request: httpx.Response(200, json={"count": 0, "results": []}))
    client = alkymi.Client(api_key=KEY, host_name="acme.alkymi.io", transport=wire.transport())
    client.datasets.datasets_list()
    sent = wire.only()
    assert (sent.method, str(sent.url)) == ("GET", "https://acme.alkymi.io/api/v2/datasets/")
    assert sent.headers["authorization"] == f"Token {KEY}"
    assert KEY not in repr(client)


def test_route_keeps_the_original_method_and_moves_the_path(published: Get) -> None:
    """Aletheia: newPath ``/StockData`` with ``@Request.OriginalHTTPMethod``."""
    aletheia = published("certified-connectors/Aletheia").package
    wire = Wire(lambda request: httpx.Response(200, json={}))
    client = aletheia.Client(KEY, transport=wire.transport())
    client.default.stock_data_v2(symbol="MSFT")
    sent = wire.only()
    assert sent.method == "GET"
    assert sent.url.path == "/StockData"
    assert sent.url.params["symbol"] == "MSFT"


def test_route_fills_a_camel_case_placeholder_from_the_snake_case_argument(
    published: Get,
) -> None:
    """Tribal ActionEntities: newPath ``.../entities/{service}/{actionType}`` names the path
    parameter as the definition does; the client's argument is ``action_type``."""
    tribal = published("certified-connectors/Tribal").package
    wire = Wire(lambda request: httpx.Response(200, json=[]))
    client = tribal.Client(
        KEY,
        token_environment=".tribaledge.com",
        token_region="emea",
        token_tenant_id="t1",
        transport=wire.transport(),
    )
    client.default.action_entities("svc", "act")
    assert wire.only().url.path.endswith("/eventsConnector/t1/api/actions/entities/svc/act")


def test_host_from_a_query_parameter(published: Get) -> None:
    """JiraSearch: dynamichosturl ``https://@queryParameters('hostname').atlassian.net/``."""
    jira = published("independent-publisher-connectors/JiraSearch").package
    wire = Wire(lambda request: httpx.Response(200, json={}))
    client = jira.Client("ada@x.org", KEY, transport=wire.transport())
    client.default.simple_search(jql="project = X", hostname="acme")
    sent = wire.only()
    assert sent.url.host == "acme.atlassian.net"
    assert sent.url.path == "/rest/api/2/search"
    assert sent.url.params["jql"] == "project = X"


def test_setvaluefromurl_fetches_the_token_first(published: Get) -> None:
    """Cradl AI: Basic key to the auth host, setvaluefromurl takes ``@body().access_token`` into
    Authorization, ``Bearer @headers('Authorization')``, then the API host again."""
    cradl = published("certified-connectors/Cradl AI")

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "auth.lucidtech.ai":
            return httpx.Response(200, json={"access_token": "tok-1"})
        return httpx.Response(200, json={"workflows": []})

    wire = Wire(answer)
    client = cradl.package.Client(api_key=KEY, transport=wire.transport())
    client.default.get_workflows()
    token, call = wire.sent
    assert (token.method, str(token.url)) == (
        "POST",
        "https://auth.lucidtech.ai/oauth2/token?grant_type=client_credentials",
    )
    assert token.headers["authorization"] == f"Basic {KEY}"
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    assert (call.method, str(call.url)) == ("GET", "https://api.lucidtech.ai/v1/workflows")
    assert call.headers["authorization"] == "Bearer tok-1"
    assert call.headers["content-type"] == "application/json"
    assert "GetWorkflows" not in cradl.degraded()


def test_planner_request_body_policies(published: Get) -> None:
    """AssignUsers: route (PATCH kept, new path), setvaluefromurl If-Match from the task's
    etag, then stringtoarray, setproperty (two), stringreplace and convertarraytoobject on the
    body, in the listed order. Its encodepropertyvalue is not applied: degraded, said so."""
    planner = published(PLANNER)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json={"@odata.etag": 'W/"etag-9"'})
        return httpx.Response(200, json={"id": "t1", "assignments": {}})

    wire = Wire(answer)
    client = planner.package.Client("graph-token", transport=wire.transport())
    client.default.assign_users("t1", assignments="ada.l@x.org;bob")
    lookup, call = wire.sent
    assert (lookup.method, str(lookup.url)) == (
        "GET",
        "https://graph.microsoft.com/v1.0/planner/tasks/t1",
    )
    assert (call.method, str(call.url)) == (
        "PATCH",
        "https://graph.microsoft.com/v1.0/planner/tasks/t1",
    )
    assert call.headers["if-match"] == 'W/"etag-9"'
    assert call.headers["authorization"] == "Bearer graph-token"
    assignment = {"orderHint": " !", "@odata.type": "microsoft.graph.plannerAssignment"}
    assert json_body(call) == {"assignments": {"ada%2El@x%2Eorg": assignment, "bob": assignment}}
    assert int(call.headers["content-length"]) == len(call.content)
    assert "encodepropertyvalue" in " ".join(planner.degraded()["AssignUsers"])


def test_planner_response_policies_reshape_the_answer(published: Get) -> None:
    """GetTaskDetails_V2: convertobjecttoarray of checklist and references, then stringreplace
    decodes each reference's resourceLink."""
    planner = published(PLANNER).package
    answer = {
        "id": "t1",
        "checklist": {"c1": {"title": "Flour"}},
        "references": {"https%3A//x%2Eorg/a%40b": {"alias": "spec"}},
    }
    wire = Wire(lambda request: httpx.Response(200, json=answer))
    client = planner.Client("graph-token", transport=wire.transport())
    raw = client.with_raw_response.default.get_task_details_v2("t1")
    details = raw.parse()
    assert str(wire.only().url) == "https://graph.microsoft.com/v1.0/planner/tasks/t1/details"
    data = details.to_dict()
    assert data["checklist"] == [{"id": "c1", "value": {"title": "Flour"}}]
    assert data["references"] == [{"resourceLink": "https://x.org/a@b", "value": {"alias": "spec"}}]


def test_convertobjecttoarray_on_a_response(published: Get) -> None:
    """Pushover GetSounds: ``sounds`` (an object) also as ``soundsArray`` of sound/description."""
    pushover = published("independent-publisher-connectors/Pushover").package
    wire = Wire(lambda request: httpx.Response(200, json={"sounds": {"bike": "Bike"}, "status": 1}))
    client = pushover.Client(KEY, transport=wire.transport())
    raw = client.with_raw_response.default.get_sounds()
    parsed = raw.parse().to_dict()
    assert parsed["soundsArray"] == [{"sound": "bike", "description": "Bike"}]
    assert json.loads(raw.http_response.content) == {"sounds": {"bike": "Bike"}, "status": 1}


def test_setproperty_on_a_response_and_a_scoped_host(published: Get) -> None:
    """iObeya ListRooms: setproperty ``nextLink`` = ``{@body().next}``; dynamichosturl from
    ``@connectionParameters('token:HostnamePrefix')`` on the operations it names; its hidden
    required ``page`` and ``size`` go with their defaults."""
    iobeya = published("certified-connectors/iObeya").package
    wire = Wire(lambda request: httpx.Response(200, json={"data": [], "next": "n2"}))
    client = iobeya.Client("tok", token_hostname_prefix="acme", transport=wire.transport())
    rooms = client.with_raw_response.default.list_rooms().parse()
    assert str(wire.only().url) == "https://acme.api.iobeya.com/v1/rooms?page=1&size=200"
    assert rooms.to_dict()["nextLink"] == "n2"


def test_setproperty_on_a_request_body(published: Get) -> None:
    """RealFaviconGenerator: setproperty puts ``api_key`` into ``favicon_generation``."""
    favicon = published("independent-publisher-connectors/RealFaviconGenerator").package
    wire = Wire(lambda request: httpx.Response(200, json={}))
    client = favicon.Client(key=KEY, transport=wire.transport())
    client.default.favicon_post(favicon_generation={"master_picture": {"type": "url"}})
    body = json_body(wire.only())
    assert body["favicon_generation"]["api_key"] == "e2bb108879b133a34f3530083111d423be88f5fd"
    assert body["favicon_generation"]["master_picture"] == {"type": "url"}


def test_a_polling_trigger_is_degraded_with_its_reason(published: Get) -> None:
    report = published("certified-connectors/App Power Forms").report
    degraded = {d["operation"]: d["reasons"] for d in report["client"]["degraded"]}
    assert list(degraded) == ["TriggerGetCardResponse"]
    assert "pollingtrigger" in degraded["TriggerGetCardResponse"][0]
    assert report["counts"]["degraded"] == 1


@pytest.mark.parametrize(
    "template", ["pollingtrigger", "moveproperties", "encodepropertyvalue", "dynamicsubdomain"]
)
def test_templates_the_runtime_does_not_apply_are_the_generators_gaps(
    template: str, published: Get
) -> None:
    """The generator's list of applied templates is the runtime's: no template is reported
    applied that the client ignores, nor the other way round."""
    from trconnect.model import Policy
    from trconnect.render.client_package import APPLIED, policy_gap

    runtime = published(DEEPL).package._policies
    assert set(runtime.HANDLERS) == APPLIED
    assert template not in runtime.HANDLERS
    assert policy_gap(Policy(template, "", "", {})) != ""


def test_the_mcp_server_gets_the_policies_through_the_client(published: Get) -> None:
    """A tool call is a client call: Annature's DeleteEnvelope tool sends DELETE too."""
    annature = published(ANNATURE).package
    mcp = importlib.import_module(f"{annature.__name__}.mcp")
    server = importlib.import_module(f"{annature.__name__}._mcp_server")
    wire = Wire(lambda request: httpx.Response(200))
    client = annature.AsyncClient(api_key=KEY, api_client_id="acct-7", transport=wire.transport())
    result = anyio.run(server.ToolServer(mcp.TOOLS, client).call, "DeleteEnvelope", {"id": "e1"})
    assert not result.is_error, result.content
    sent = wire.only()
    assert (sent.method, str(sent.url)) == ("DELETE", "https://api.annature.com.au/v1/envelopes/e1")
    assert (sent.headers["x-annature-id"], sent.headers["x-annature-key"]) == ("acct-7", KEY)


def test_capitalised_connection_parameters_build_a_host_with_a_path(published: Get) -> None:
    """Microsoft D365CE v9 OnPrem: ``@ConnectionParameters('hostUrl')/@ConnectionParameters(
    'orgName')/api/data/v9.0/`` (the capitalised form) replaces host and base path."""
    d365 = published("independent-publisher-connectors/Microsoft D365CE v9 OnPrem").package
    wire = Wire(lambda request: httpx.Response(204))
    client = d365.Client(host_url="https://crm.local", org_name="org1", transport=wire.transport())
    client.default.upsert_contact("g-1", lastname="Lovelace")
    sent = wire.only()
    assert (sent.method, str(sent.url)) == (
        "PATCH",
        "https://crm.local/org1/api/data/v9.0/contacts(g-1)",
    )
    assert sent.headers["host"] == "crm.local"
    assert json_body(sent) == {"lastname": "Lovelace"}


def test_setheader_on_the_response_section(published: Get) -> None:
    """d.velop: request setheaders (Origin, ``Bearer @connectionParameters('api_key')``) and a
    response setheader that makes the answer's content type application/json."""
    dvelop = published("certified-connectors/dvelop").package
    wire = Wire(lambda request: httpx.Response(200, text="[]", headers={"content-type": "text/x"}))
    client = dvelop.Client(
        api_key=KEY, dvelop_domain="https://acme.d-velop.cloud", transport=wire.transport()
    )
    raw = client.with_raw_response.dynamic_actions.get_actions()
    sent = wire.only()
    assert (sent.method, str(sent.url)) == (
        "GET",
        "https://acme.d-velop.cloud/integrationplatform/actions",
    )
    assert sent.headers["origin"] == "https://acme.d-velop.cloud"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert raw.http_response.headers["content-type"] == "application/json"
