"""apiProperties.json: brand colour, connection parameters and publisher."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...load import Document
from ...load.pointer import child
from ...model import as_dict
from ..registry import Hit, rule

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
FORBIDDEN_COLOURS = {"#ffffff": "white", "#007ee5": "the default blue"}
_SECRET_WORDS = {"key", "apikey", "secret", "password", "passwd", "pwd", "token", "pat"}
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def _properties(document: Document) -> dict:
    return as_dict(document.data.get("properties"))


def _connection_parameters(document: Document) -> Iterator[tuple[str, str, dict]]:
    for name, value in as_dict(_properties(document).get("connectionParameters")).items():
        if isinstance(value, dict):
            yield child("", "properties", "connectionParameters", name), name, value


def _words(text: object) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)} if isinstance(text, str) else set()


@rule(
    "brand-color-malformed",
    "warning",
    "properties",
    title="iconBrandColor is a colour written '#rrggbb'",
    fix="set properties.iconBrandColor to your brand colour as '#rrggbb', e.g. '#da3b01'",
)
def brand_color_malformed(document: Document) -> Iterator[Hit]:
    properties = _properties(document)
    colour = properties.get("iconBrandColor")
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        where = "/properties/iconBrandColor" if "iconBrandColor" in properties else "/properties"
        yield where, f"iconBrandColor {colour!r} is not a '#rrggbb' colour"


@rule(
    "brand-color-not-allowed",
    "warning",
    "properties",
    title="iconBrandColor is neither white nor the default blue",
    fix="use your own brand colour (independent publishers: '#da3b01')",
)
def brand_color_not_allowed(document: Document) -> Iterator[Hit]:
    colour = _properties(document).get("iconBrandColor")
    if isinstance(colour, str) and colour.lower() in FORBIDDEN_COLOURS:
        yield (
            "/properties/iconBrandColor",
            f"iconBrandColor {colour} is {FORBIDDEN_COLOURS[colour.lower()]}: not allowed",
        )


@rule(
    "secret-not-securestring",
    "warning",
    "properties",
    title="Connection parameters that hold secrets are 'securestring'",
    fix="set the parameter's 'type' to 'securestring' so that the value is never shown or exported",
)
def secret_not_securestring(document: Document) -> Iterator[Hit]:
    for pointer, name, parameter in _connection_parameters(document):
        if ":" in name or parameter.get("type") != "string":
            continue  # 'token:TenantId' and the like belong to an OAuth setting
        label = as_dict(parameter.get("uiDefinition")).get("displayName")
        if (_words(name) | _words(label)) & _SECRET_WORDS:
            yield (
                child(pointer, "type"),
                f"connection parameter '{name}' looks secret but is a string",
            )


@rule(
    "connection-parameter-label-missing",
    "warning",
    "properties",
    title="Connection parameters have a display name and a description",
    fix="add uiDefinition.displayName and uiDefinition.description",
)
def connection_parameter_label_missing(document: Document) -> Iterator[Hit]:
    for pointer, name, parameter in _connection_parameters(document):
        if parameter.get("type") == "oauthSetting" or ":" in name:
            continue
        ui = as_dict(parameter.get("uiDefinition"))
        missing = [key for key in ("displayName", "description") if not ui.get(key)]
        if missing:
            yield pointer, f"connection parameter '{name}' has no {' or '.join(missing)}"


@rule(
    "publisher-missing",
    "warning",
    "properties",
    title="apiProperties names the publisher and the stack owner",
    fix="add properties.publisher and properties.stackOwner",
)
def publisher_missing(document: Document) -> Iterator[Hit]:
    properties = _properties(document)
    missing = [key for key in ("publisher", "stackOwner") if not properties.get(key)]
    if missing:
        yield "/properties", f"apiProperties has no {' or '.join(missing)}"
