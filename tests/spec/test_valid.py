"""The spec is valid Swagger 2.0 and valid against Microsoft's schema for connector definitions."""

from __future__ import annotations

import json

import jsonschema
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.validators import OpenAPIV2SpecValidator

from tests.conftest import MS_SCHEMAS

MS_SCHEMA = MS_SCHEMAS / "apiDefinition.swagger.schema.json"


def test_valid_swagger_2(spec: dict) -> None:
    validate(spec, cls=OpenAPIV2SpecValidator)


def test_valid_against_microsoft_connector_schema(spec: dict) -> None:
    if not MS_SCHEMA.is_file():
        pytest.skip(f"{MS_SCHEMA} is not present beside the project")
    validator = jsonschema.Draft4Validator(json.loads(MS_SCHEMA.read_text(encoding="utf-8")))
    errors = [f"/{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(spec)]
    assert errors == []
