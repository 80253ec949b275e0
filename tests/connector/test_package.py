"""The connector package: what a maker imports into Power Platform."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import jsonschema
import pytest
from trconnect.load import load_document
from trconnect.model import Definition
from trconnect.render.connector import ConnectorOverrides, render_connector

from tests.conftest import MS_SCHEMAS, ROOT, SPEC

OVERRIDES = ROOT / "overrides" / "connector"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("connector")
    render_connector(_definition(), out, ConnectorOverrides.from_folder(OVERRIDES))
    return out


def _definition() -> Definition:
    """The spec as the pipeline hands it over; the renderer merges its ``allOf``s itself."""
    return Definition.load(SPEC)


def _ms_schema(name: str) -> dict:
    path = MS_SCHEMAS / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return json.loads(path.read_text())


def test_package_has_the_five_files(package: Path) -> None:
    assert sorted(p.name for p in package.iterdir()) == [
        "apiDefinition.swagger.json",
        "apiProperties.json",
        "icon.png",
        "readme.md",
        "settings.json",
    ]


def test_definition_is_the_spec_as_json_with_refs_and_key_order(package: Path) -> None:
    text = (package / "apiDefinition.swagger.json").read_text(encoding="utf-8")
    spec = load_document(SPEC).data
    assert text.endswith("}\n") and text.startswith('{\n  "swagger": "2.0"')
    written = json.loads(text)
    assert list(written) == list(spec)
    assert written["paths"] == spec["paths"]
    assert list(written["definitions"]) == list(spec["definitions"])
    assert '"$ref": "#/definitions/' in text


def test_definition_has_no_all_of_and_merged_schemas_keep_every_field(package: Path) -> None:
    text = (package / "apiDefinition.swagger.json").read_text(encoding="utf-8")
    assert '"allOf"' not in text
    definitions = json.loads(text)["definitions"]
    contact_input = set(definitions["ContactInput"]["properties"])
    bulk = set(definitions["BulkContactInput"]["properties"])
    contact = set(definitions["Contact"]["properties"])
    assert contact_input < bulk < contact
    assert {"phone_number", "last_message", "first_contact_utc"} <= contact


@pytest.mark.parametrize(
    ("file", "schema"),
    [
        ("apiDefinition.swagger.json", "apiDefinition.swagger.schema.json"),
        ("apiProperties.json", "paconn-apiProperties.schema.json"),
        ("settings.json", "paconn-settings.schema.json"),
    ],
)
def test_files_validate_against_microsofts_schemas(package: Path, file: str, schema: str) -> None:
    document = json.loads((package / file).read_text())
    validator_class = jsonschema.validators.validator_for(_ms_schema(schema))
    errors = sorted(
        validator_class(_ms_schema(schema)).iter_errors(document), key=lambda e: e.json_path
    )
    assert [f"{e.json_path}: {e.message}" for e in errors] == []


def test_api_key_is_a_required_securestring(package: Path) -> None:
    properties = json.loads((package / "apiProperties.json").read_text())["properties"]
    api_key = properties["connectionParameters"]["api_key"]
    assert api_key["type"] == "securestring"
    ui = api_key["uiDefinition"]
    assert ui["displayName"] and ui["description"] and ui["tooltip"]
    assert ui["constraints"]["required"] == "true"
    assert properties["publisher"] and properties["stackOwner"]


def test_settings_name_files_that_exist(package: Path) -> None:
    settings = json.loads((package / "settings.json").read_text())
    for key in ("apiDefinition", "apiProperties", "icon"):
        assert (package / settings[key]).is_file()


def _png_size_and_first_pixel(data: bytes) -> tuple[int, int, tuple[int, int, int]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    chunks, offset = {}, 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8].decode("ascii")
        chunks[kind] = chunks.get(kind, b"") + data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks["IHDR"][:10])
    assert depth == 8, "expected 8 bits per channel"
    first_row = zlib.decompress(chunks["IDAT"])
    # For the first pixel of the first row, every PNG filter predicts 0: the bytes are raw.
    if colour == 3:
        index = first_row[1]
        pixel = tuple(chunks["PLTE"][3 * index : 3 * index + 3])
    else:
        pixel = tuple(first_row[1:4])
    return width, height, pixel  # type: ignore[return-value]


def test_icon_is_a_square_png_on_the_brand_colour(package: Path) -> None:
    data = (package / "icon.png").read_bytes()
    assert len(data) < 1_000_000
    width, height, corner = _png_size_and_first_pixel(data)
    assert width == height >= 100
    brand = json.loads((package / "apiProperties.json").read_text())["properties"]["iconBrandColor"]
    assert corner == tuple(int(brand[i : i + 2], 16) for i in (1, 3, 5))


def test_readme_lists_every_operation_from_the_spec(package: Path) -> None:
    readme = (package / "readme.md").read_text()
    spec = load_document(SPEC).data
    summaries = [
        operation["summary"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert len(summaries) == 29
    for summary in summaries:
        assert f"#### {summary}\n" in readme
    for heading in (
        "## Publisher: Text Request",
        "## Prerequisites",
        "## Supported Operations",
        "### Triggers",
        "## Obtaining Credentials",
        "## Known Issues and Limitations",
        "## Deployment Instructions",
    ):
        assert heading in readme


def test_rendering_is_deterministic(package: Path, tmp_path: Path) -> None:
    render_connector(_definition(), tmp_path, ConnectorOverrides.from_folder(OVERRIDES))
    for path in package.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_readme_survives_a_careless_definition(tmp_path: Path) -> None:
    careless = {
        "swagger": "2.0",
        "info": 3,
        "paths": {"/a": {"get": {"summary": 7, "description": ["x"], "operationId": "A"}}},
    }
    render_connector(
        Definition.from_data(careless), tmp_path, ConnectorOverrides(properties={"properties": []})
    )
    readme = (tmp_path / "readme.md").read_text()
    assert readme.startswith("# Connector\n")
    assert "#### A\n" in readme and "## Publisher: not stated" in readme
